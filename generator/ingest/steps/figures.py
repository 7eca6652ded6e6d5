"""Figures: amounts, counts and percentages in the body, with normalised value and unit.

`25.000` / `٢٥٬٠٠٠` / `25 ألف` / `25,000` -> 25000; `700 Millionen` -> 700000000;
`3,5 Mrd. Euro` -> 3500000000 EUR.  Separators follow the article's language (Babel's
number symbols); scale words, currencies, percent words and count nouns come from the
language files.  Years without a unit, and numbers inside dates, are not figures.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from generator.ingest.draft import Draft
from generator.ingest.langdata import Language, fold_keep_length
from generator.ingest.steps.dates import ISO_DATE, NUMERIC_DATE
from generator.ingest.steps.structure import language_of

NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:(?:[.,\u202f\u00a0 ]|٬)\d{3})+(?:[.,٫]\d+)?|\d+(?:[.,٫]\d+)?)(?![\w]|[.,]\d)")
CURRENCY_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "us$": "USD"}
#: the next word; a French elided article is skipped ("millions d'euros")
WORD_AFTER = re.compile(r"\s*(?:[dl]['’])?([^\W\d][\w.\-]*)", re.UNICODE)
MAX_UNIT_GAP_WORDS = 2


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
    text = re.sub(r"[\u202f\u00a0 ]", "", text)
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", text) and (text.count(decimal) > 1 or decimal not in text or group in text):
        return float(text.replace(".", "").replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", text) and text.count(decimal) == 1:
        # "4.200" in German, "4,200" in English: a group separator; "4,200" in German: a decimal
        return float(text.replace(group, "").replace(decimal, "."))
    cleaned = text.replace(group, "") if group in ".," and text.count(group) and decimal != group else text
    cleaned = cleaned.replace(decimal, ".").replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        return None


def lookup(word: str, table: dict) -> object | None:
    """A word in a table of inflected forms; also its longest listed prefix (≥ 4 letters)."""
    word = word.lower().replace("\u0640", "").rstrip(".,;:)»\"'")
    if word in table:
        return table[word]
    for cut in range(len(word) - 1, 3, -1):
        if word[:cut] in table:
            return table[word[:cut]]
    return None


def following_words(folded: str, start: int, count: int) -> list[tuple[str, int]]:
    """Up to `count` words after `start`, each with the position where it ends."""
    found = []
    position = start
    for _ in range(count):
        match = WORD_AFTER.match(folded, position)
        if not match:
            break
        found.append((match.group(1), match.end()))
        position = match.end()
    return found


YEAR = re.compile(r"(?:19|20)\d\d")


def figure_at(match: re.Match, folded: str, original: str, language: Language) -> dict | None:
    """The figure around a number: scale, currency or percent or count noun, and its text."""
    value = parse_number(match.group(1), language.code)
    if value is None:
        return None
    start, end = match.span(1)
    unit = None
    before = folded[max(0, start - 4) : start].strip()
    for symbol, code in CURRENCY_SYMBOLS.items():
        if before.endswith(symbol):
            unit, start = code, start - len(symbol) - (len(folded[:start]) - len(folded[:start].rstrip()))
    if before.endswith(("%", "٪")):
        unit, start = "percent", folded.rfind(before[-1], 0, start)
    after = following_words(folded, end, 1 + MAX_UNIT_GAP_WORDS)
    if after:
        scale = lookup(after[0][0], language.scale_words)
        if scale:
            value *= float(scale)
            end = after[0][1]
            after = following_words(folded, end, MAX_UNIT_GAP_WORDS)
    tail = folded[end : end + 3].lstrip()
    if unit is None and tail[:1] in ("%", "٪"):
        unit, end = "percent", folded.index(tail[0], end) + 1
    if unit is None:
        for symbol, code in CURRENCY_SYMBOLS.items():
            if tail.startswith(symbol):
                unit, end = code, folded.index(symbol, end) + len(symbol)
    if unit is None:
        if YEAR.fullmatch(match.group(1)):
            after = after[:1]  # '2025 hatte das Unternehmen': a year, unless its noun follows at once
        unit, end = unit_after(after, language, end)
    if unit is None:
        return None
    approximator = approximator_before(folded, start, language)
    if approximator:
        start -= approximator
    value = int(value) if float(value).is_integer() else round(value, 6)
    return {"value": value, "unit": unit, "text": original[start:end].strip().rstrip(".,;:،")}


def unit_after(after: list[tuple[str, int]], language: Language, end: int) -> tuple[str | None, int]:
    """The unit among the words after a number: a two-word noun ('فرصة عمل') or one word."""
    for index, (word, word_end) in enumerate(after):
        if index + 1 < len(after):
            pair = f"{word} {after[index + 1][0]}".replace("\u0640", "").rstrip(".,;:،")
            if pair in language.unit_nouns or pair in language.currency_words:
                return language.unit_nouns.get(pair) or language.currency_words[pair], after[index + 1][1]
        unit = percent_or_currency(word, language) or lookup(word, language.unit_nouns)
        if unit:
            return unit, word_end
    return None, end


def word_figures(folded: str, original: str, language: Language) -> list[dict]:
    """Figures written in words: 'zehn Jahre', 'عشر سنوات', 'مليوني مشترك' (a scale word alone)."""
    found = []
    for match in re.finditer(r"[^\W\d_][\w\-]*", folded):
        word = match.group(0).replace("\u0640", "")
        value = language.number_words.get(word)
        if value is None and language.script == "arabic":
            value = language.scale_words.get(word)
        if value is None or (match.start() and folded[match.start() - 1].isdigit()):
            continue
        before = folded[max(0, match.start() - 12) : match.start()]
        if re.search(r"\d[\d.,٬٫]*\s*$", before):
            continue  # '25 ألف': the scale of a written number, handled with it
        after = following_words(folded, match.end(), MAX_UNIT_GAP_WORDS)
        unit, end = unit_after(after[:1], language, match.end())
        if unit is None or unit == "percent":
            continue
        start = match.start() - approximator_before(folded, match.start(), language)
        found.append({"value": int(value) if float(value).is_integer() else value, "unit": unit,
                      "text": original[start:end].strip().rstrip(".,;:،")})
    return found


def percent_or_currency(word: str, language: Language) -> str | None:
    word = word.lower().rstrip(".,;:")
    if word in language.percent_words:
        return "percent"
    return language.currency_words.get(word)


def approximator_before(folded: str, start: int, language: Language) -> int:
    """Length of an approximator ('rund ', 'نحو ') right before a number, else 0."""
    head = folded[:start]
    for word in sorted(language.approximators, key=len, reverse=True):
        if head.endswith(word + " "):
            return len(word) + 1
    return 0


def date_spans(folded: str) -> list[tuple[int, int]]:
    return [match.span() for pattern in (ISO_DATE, NUMERIC_DATE) for match in pattern.finditer(folded)]


def find_figures(draft: Draft) -> Draft:
    """Every figure with a unit in the body, once per (value, unit, text)."""
    language = language_of(draft)
    if language is None:
        return draft
    seen = set()
    for text in draft.body_lines():
        folded = fold_keep_length(text)
        if len(folded) != len(text):
            folded = text.lower()
        dates = date_spans(folded)
        numbers = [
            figure_at(match, folded, text, language)
            for match in NUMBER.finditer(folded)
            if not any(start <= match.start() < end for start, end in dates)
        ]
        for figure in [*filter(None, numbers), *word_figures(folded, text, language)]:
            key = (figure["value"], figure["unit"], figure["text"])
            if key not in seen:
                seen.add(key)
                draft.figures.append(figure)
    return draft


STEPS = [find_figures]
