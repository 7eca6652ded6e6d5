"""Numbers in running text: digits in each language's convention (Babel's separators), the
Arabic decimals 'ر' and '،' between digits, numbers written in words ('zehn', 'ثمانية') and Arabic numbers written in parts
('39 مليونا و702 ألف و451'), each with its value and where it stands. The figures step reads
their units (steps/figures.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from babel import Locale

from generator.ingest.langdata import Language
from generator.ingest.steps.dates import ISO_DATE, NUMERIC_DATE

NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:(?:[.,\u202f\u00a0 '’]|٬)\d{3})+(?:[.,٫]\d+)?|\d+(?:[.,٫]\d+)?)(?![\w]|[.,]\d)")


@cache
def separators(code: str) -> tuple[str, str]:
    """(decimal, group) separators of a language's Latin-digit numbers."""
    try:
        symbols = Locale.parse(code).number_symbols["latn"]
        return symbols["decimal"], symbols["group"]
    except Exception:  # noqa: BLE001 - an unknown locale falls back to English conventions
        return ".", ","


def parse_number(text: str, code: str) -> float | None:
    """A written number in the language's convention as a float: '4.200' (de) -> 4200."""
    text = text.replace("٬", ",").replace("٫", ".") if code == "ar" else text
    decimal, group = separators(code)
    text = re.sub(r"[\u202f\u00a0 '’]", "", text)  # '147 000', '147'000' (Swiss)
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", text) and (text.count(decimal) > 1 or decimal not in text or group in text):
        return float(text.replace(".", "").replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", text) and text.count(decimal) == 1:
        # "4.200" in German, "4,200" in English: a group separator; "4,200" in German: a decimal
        return float(text.replace(group, "").replace(decimal, "."))
    if decimal not in text and re.fullmatch(rf"\d+{re.escape(group)}\d{{1,2}}", text):
        return float(text.replace(group, "."))  # '9,9%' in an Arabic text: a group has three digits, so a decimal
    cleaned = text.replace(group, "") if group in ".," and text.count(group) and decimal != group else text
    cleaned = cleaned.replace(decimal, ".").replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        return None


YEAR = re.compile(r"(?:19|20)\d\d")
#: the decimal comma of Gulf and Egyptian wires, written 'ر' with the fraction first in the
#: logical order ('9ر12' is shown right to left as 12ر9: 12.9)
ARABIC_DECIMAL = re.compile(r"(?<![\w.,])(\d+)ر(\d+)(?!\w)")
#: the Arabic comma between digits, used as the decimal mark by Yemeni and other wires ('2،9 مليار
#: دولار', '18،6 في المئة'): a fraction of one or two digits after at most three
ARABIC_COMMA_DECIMAL = re.compile(r"(?<!\d{4})(?<=\d)،(?=\d{1,2}(?!\d))")
#: the word right before a number (or a number word), within a window the caller gives
WORD_BEFORE = re.compile(r"(?<!\w)(\w+)\s*$")
#: what follows a fraction word that is a number: a scale, maybe after an article ('half a billion')
FRACTION_SCALE = re.compile(r"\s+(?:(a|an|un|une)\s+)?([^\W\d_][\w.]*)")
#: a number glued to the currency code before it ('SAR42.1', 'Dh128.5'): the code must be known
GLUED_TO_CODE = re.compile(r"(?<!\w)([a-z]{2,3}\$?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(?![\w]|[.,]\d)")
#: a conjunction or preposition written onto a number ('و200 مليون يورو', 'بـ15 مليار دولار'): read
#: as a space, so that the number stands alone
ARABIC_PROCLITIC = re.compile(r"(?<!\w)[وفبلك]{1,2}\u0640?(?=\d)")


@dataclass
class Number:
    """A number in running text: digits or words, its value and where it stands (folded text)."""

    value: float
    start: int
    end: int
    #: a bare 19xx/20xx: a year unless its unit follows at once
    year_like: bool = False
    #: 'ein', 'one', 'un': an article as often as a number, so only a number before a scale or percent
    article: bool = False
    #: its scale is part of it (an Arabic compound '39 مليونا و702 ألف و451'): none is read after it
    scaled: bool = False


def numbers_in(folded: str, language: Language, dates: list[tuple[int, int]]) -> list[Number]:
    """The numbers of a line in order: digits in the language's convention, the Arabic 'ر'
    decimal, cardinal words ('zehn', 'ثمانية') and Arabic scale words that are numbers alone
    (singular and dual: 'مليار' a billion, 'مليوني' two million; not the plural 'مليارات')."""
    found = []
    digits = ARABIC_COMMA_DECIMAL.sub("٫", folded) if language.script == "arabic" else folded  # the same length: spans hold
    for match in NUMBER.finditer(digits):
        if any(start <= match.start() < end for start, end in dates):
            continue
        value = parse_number(match.group(1), language.code)
        if value is not None:
            found.append(Number(value, *match.span(1), year_like=bool(YEAR.fullmatch(match.group(1)))))
    for match in GLUED_TO_CODE.finditer(folded):
        value = parse_number(match.group(2), language.code)
        if match.group(1) in language.currency_words and value is not None:
            found.append(Number(value, *match.span(2)))
    if language.script == "arabic":
        for match in ARABIC_DECIMAL.finditer(folded):
            found.append(Number(float(f"{match.group(2)}.{match.group(1)}"), *match.span()))
    for match in re.finditer(r"[^\W\d_][\w\-]*", folded):
        word = match.group(0).replace("\u0640", "")
        value = language.number_words.get(word)
        if value is None and language.script == "arabic" and word not in language.scale_plurals:
            value = language.scale_words.get(word)
        if value is None or (match.start() and folded[match.start() - 1].isdigit()):
            continue
        if re.search(r"\d[\d.,٬٫]*\s*$", folded[max(0, match.start() - 12) : match.start()]):
            continue  # '25 ألف': the scale of a written number, read with it
        before = WORD_BEFORE.search(folded, max(0, match.start() - 20), match.start())
        if before and 0 < float(language.number_words.get(before.group(1), 1)) < 1:
            continue  # 'نصف مليار': the scale of a fraction, read with it
        end = match.end()
        if 0 < float(value) < 1:
            scale = FRACTION_SCALE.match(folded, end)  # 'eine halbe Milliarde', 'half a billion', 'نصف مليار'
            if not scale or scale.group(2).rstrip(".") not in language.scale_words:
                continue  # 'die Hälfte der Stellen', 'نصف الموظفين': a share, not a number
            end = scale.start(2)
        found.append(Number(float(value), match.start(), end, article=float(value) == 1))
    if language.script == "arabic":
        compounds = arabic_compounds(folded, language)
        found = [number for number in found if not any(whole.start <= number.start < whole.end for whole in compounds)] + compounds
    return sorted(found, key=lambda number: number.start)


def arabic_compounds(folded: str, language: Language) -> list[Number]:
    """Numbers Arabic writes in parts joined by 'و', each with its scale ('39 مليونا و702 ألف و451',
    'مليونين و438 ألفا و954', 'مليار و600 مليون'): one number, the sum of the parts, the scales
    falling from part to part."""
    scales = "|".join(sorted(map(re.escape, language.scale_words), key=len, reverse=True))
    part = rf"(?:(\d+(?:\.\d+)?)\s*)?({scales})(?!\w)"
    found = []
    for match in re.finditer(rf"(?<![\w.,]){part}", folded):
        if found and match.start() < found[-1].end:
            continue  # a part of the compound before
        value = float(match.group(1) or 1) * float(language.scale_words[match.group(2)])
        last_scale, end, parts = float(language.scale_words[match.group(2)]), match.end(), 1
        while True:
            # 'و' itself may already be a space (ARABIC_PROCLITIC)
            following = re.compile(rf"\s*(?:و\s*)?(?:(\d+)\s*({scales})(?!\w)|(\d+)(?![\d.,]))").match(folded, end)
            if not following:
                break
            if following.group(2):
                scale = float(language.scale_words[following.group(2)])
                if scale >= last_scale:
                    break
                value, last_scale = value + float(following.group(1)) * scale, scale
            else:
                if float(following.group(3)) >= last_scale:
                    break
                value, last_scale = value + float(following.group(3)), 1.0
            end, parts = following.end(), parts + 1
        if parts > 1:
            found.append(Number(value, match.start(), end, scaled=True))
    return found


def exact(value: float) -> int | float:
    """A figure's value without binary noise: 16.33 × 10⁹ is 16330000000, not ...999.998."""
    if abs(value - round(value)) <= 1e-9 * max(1.0, abs(value)):
        return int(round(value))
    return round(value, 6)


def date_spans(folded: str) -> list[tuple[int, int]]:
    """Where dates stand in a text: their numbers are no figures."""
    return [match.span() for pattern in (ISO_DATE, NUMERIC_DATE) for match in pattern.finditer(folded)]
