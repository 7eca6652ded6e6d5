"""Figures: amounts, counts and percentages in the body, with normalised value and unit.

`25.000` / `٢٥٬٠٠٠` / `25 ألف` / `25,000` -> 25000; `700 Millionen` -> 700000000;
`3,5 Mrd. Euro` -> 3500000000 EUR.  Separators follow the article's language (Babel's
number symbols); scale words, currencies, percent words and count nouns come from the
language files.  Years without a unit, and numbers inside dates, are not figures.
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator.ingest.draft import Draft
from generator.ingest.langdata import TIME_OF_DAY_WORDS, Cues, Language, currency_family, currency_places, fold, fold_keep_length
from generator.ingest.numbers import ARABIC_PROCLITIC, WORD_BEFORE, Number, date_spans, exact, numbers_in
from generator.ingest.steps.structure import language_of

CURRENCY_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "us$": "USD"}
#: the next word; a French elided article is skipped ("millions d'euros")
WORD_AFTER = re.compile(r"\s*\)?\s*(?:[dl]['’])?([^\W\d][\w.\-]*)", re.UNICODE)
MAX_UNIT_GAP_WORDS = 2


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


#: a currency code or symbol written right before the number: 'SAR42.1', 'Dh128.5', 'EUR 5'
CURRENCY_CODE_BEFORE = re.compile(r"(?:^|[\s(])([A-Z][A-Za-z]{1,3}\$?|[A-Z]{1,2}\$)\s?$")
#: 'Muster (54)': a person's age after the name, as German, English and French papers write it
AGE_AFTER_NAME = re.compile(r"([A-ZÄÖÜÀ-Ý][\w\-]+) \((\d{2})\)(?![\w(])")
AGES = range(16, 106)
#: a count that a rate word after it makes a daily rate (per_day_words of the language files)
DAILY_UNITS = {"barrels": "barrels_per_day"}


def figure_from(number: Number, folded: str, original: str, language: Language) -> dict | None:
    """The figure around a number: currency before it, scale and unit (currency, percent, count
    noun) after it, an approximator before; None without a unit."""
    value, start, end = number.value, number.start, number.end
    unit = None
    scaled = False
    before = folded[max(0, start - 4) : start].strip()
    for symbol, code in CURRENCY_SYMBOLS.items():
        if before.endswith(symbol):
            unit, start = code, start - len(symbol) - (len(folded[:start]) - len(folded[:start].rstrip()))
    if unit is None:
        code = CURRENCY_CODE_BEFORE.search(original[max(0, start - 6) : start])
        if code and code.group(1).lower() in language.currency_words:
            unit, start = language.currency_words[code.group(1).lower()], start - len(code.group(0).lstrip(" ("))
    if before.endswith(("%", "٪")):
        unit, start = "percent", folded.rfind(before[-1], 0, start)
    after = following_words(folded, end, 1 + MAX_UNIT_GAP_WORDS)
    scaled = number.scaled
    if after and not number.scaled:
        scale = lookup(after[0][0], language.scale_words)
        if scale:
            value *= float(scale) if not number.article else float(scale) / value
            scaled, end = True, after[0][1]
            after = following_words(folded, end, MAX_UNIT_GAP_WORDS)
    tail = folded[end : end + 3].lstrip()
    if unit is None and tail[:1] in ("%", "٪"):
        unit, end = "percent", folded.index(tail[0], end) + 1
    if unit is None:
        for symbol, code in CURRENCY_SYMBOLS.items():
            if tail.startswith(symbol):
                unit, end = code, folded.index(symbol, end) + len(symbol)
    if unit is None:
        if number.year_like:
            after = after[:1]  # '2025 hatte das Unternehmen': a year, unless its noun follows at once
        if original[end : end + 1] == ")":
            after = after[:1]  # '(54) طائرة': the noun right after the bracket, or none ('Muster (54) leitet das Werk')
        if number.article and not scaled:
            after = [word for word in after[:1] if percent_or_currency(word[0], language) == "percent"]
        if after and not number.year_like and after[0][0] in language.aircraft_makers:
            unit, end = "aircraft", after[0][1]  # '99 Airbus', '130 Boeing 787 Dreamliners'
        else:
            unit, end = unit_after(after, language, end, original)
    word_before = WORD_BEFORE.search(folded, max(0, start - 20), start)
    if unit == "aircraft" and word_before and word_before.group(1) in language.aircraft_makers:
        return None  # 'Boeing 787 Dreamliners': a model, not a count ('Airbus 559 Millionen Dollar' is an amount)
    if unit is None or value == 0:
        return None
    if number.article and not scaled and unit != "percent":
        return None
    daily = language.per_day.match(folded, end) if unit in DAILY_UNITS and language.per_day else None
    if daily:
        unit, end = DAILY_UNITS[unit], daily.end()  # '548.000 Barrel pro Tag', '548 ألف برميل يوميا'

    while end > start and original[end - 1] in ".,;:،":
        end -= 1  # 'percent.' read as one word: the sentence's full stop is not the figure's
    if start and original[start - 1] == "(" and ")" in original[start:end]:
        start -= 1  # '(54) طائرة'
    approximator = approximator_before(folded, start, language)
    if approximator:
        start -= approximator
    return {"value": exact(value), "unit": unit, "text": original[start:end].strip().rstrip(".,;:،"), "scaled": scaled, "start": start, "end": end}


def unit_after(after: list[tuple[str, int]], language: Language, end: int, original: str) -> tuple[str | None, int]:
    """The unit among the words after a number: a two-word noun ('فرصة عمل', 'per cent') or one word."""
    for index, (word, word_end) in enumerate(after):
        word = word.replace("\u0640", "")  # 'درهماً' folded keeps its tanween as a tatweel
        if index + 1 < len(after):
            pair = f"{word} {after[index + 1][0]}".replace("\u0640", "").rstrip(".,;:،")
            if pair in language.percent_words:
                return "percent", after[index + 1][1]
            if pair in language.unit_nouns or pair in language.currency_words:
                return language.unit_nouns.get(pair) or language.currency_words[pair], after[index + 1][1]
        unit = percent_or_currency(word, language) or lookup(word, language.unit_nouns) or compound_head(word, language)
        if unit and language.capitalised_nouns and len(word) > 3 and unit in language.unit_nouns.values() and original[word_end - len(word)].islower():
            unit = None  # '2023 beschäftigte der Konzern': a verb, not 'Beschäftigte'
        if unit:
            return unit, word_end
        if word in language.number_words or word in language.rate_words or word in language.range_words:
            break  # '2 billion a year', 'dix en un an', '1 und betroffene Kunden': another number's noun
        if word in TIME_OF_DAY_WORDS:
            break  # '11 Uhr Artikel': a time of day, not a count of what follows
    return None, end


#: the shortest head, and the shortest first part, of a German compound whose head is looked up as a
#: count noun ('Kampf|flugzeuge', 'Ja-|Stimmen'); shorter ones are words of their own ('Se|kunden', 'Trieb|werke')
MIN_HEAD, MIN_MODIFIER = 7, 3


def compound_head(word: str, language: Language) -> str | None:
    """The unit of a compound noun by its head, the last element, in a language that writes
    compounds as one word (German: 'Kampfflugzeuge' -> aircraft, 'Ja-Stimmen' -> votes)."""
    if not language.capitalised_nouns:
        return None
    word = word.lower().rstrip(".,;:)»\"'")
    if "-" in word:
        return language.unit_nouns.get(word.rsplit("-", 1)[1])
    for start in range(MIN_MODIFIER, len(word) - MIN_HEAD + 1):
        if word[start:] in language.unit_nouns:
            return language.unit_nouns[word[start:]]
    return None


def share_range_units(numbers: list[Number], figures: list[dict | None], folded: str, original: str, language: Language) -> None:
    """'von 9 auf 21 Prozent', 'zwischen 4 und 5 Milliarden Euro', '7 أو 8%': the first number
    of a range takes the unit (and the scale) written once after the second."""
    for index in range(len(numbers) - 2, -1, -1):
        first, second = numbers[index], numbers[index + 1]
        if first.year_like or first.article or not language.range_connector.fullmatch(folded[first.end : second.start]):
            continue
        if figures[index] is not None and figures[index + 1] is None and not figures[index]["scaled"]:
            # '$1-2 billion': the currency before the first, the scale after the second
            after = following_words(folded, second.end, 1)
            scale = lookup(after[0][0], language.scale_words) if after else None
            if scale:
                figures[index + 1] = {**figures[index], "value": exact(second.value * float(scale)), "scaled": True,
                                      "text": original[second.start : after[0][1]].strip(), "start": second.start, "end": after[0][1]}
                figures[index].update(value=exact(first.value * float(scale)), scaled=True,
                                      text=original[figures[index]["start"] : after[0][1]].strip(), end=after[0][1])
            continue
        if figures[index] is not None or figures[index + 1] is None:
            continue
        shared = figures[index + 1]
        scale = shared["value"] / second.value if shared["scaled"] and second.value else 1
        start = first.start - approximator_before(folded, first.start, language)
        figures[index] = {**shared, "value": exact(first.value * scale), "start": start,
                          "text": original[start : shared["end"]].strip().rstrip(".,;:،")}


def ages_after_names(original: str) -> list[dict]:
    """'Muster (54)': the age in brackets after a capitalised name."""
    return [
        {"value": int(match.group(2)), "unit": "years (age)", "text": match.group(0), "scaled": False, "start": match.start(), "end": match.end()}
        for match in AGE_AFTER_NAME.finditer(original)
        if int(match.group(2)) in AGES
    ]


#: an Arabic definite plural of time and its number after it, both with the article: 'السنوات
#: الخمس المقبلة' (the next five years), 'للسنوات العشر'; folded (fold_keep_length) as the line is
DEFINITE_COUNT = re.compile(r"(?<!\w)[وف]?(?:[لب]?ال|لل)(\w+) ال(\w+)(?!\w)")


def definite_counts(folded: str, original: str, language: Language) -> list[dict]:
    """Arabic durations written as a definite noun and its definite number ('السنوات الخمس'):
    the number follows the noun, which the count-then-noun reading does not see."""
    if language.script != "arabic":
        return []
    found = []
    for match in DEFINITE_COUNT.finditer(folded):
        if "ال" + match.group(2) in language.weekdays or match.group(2) in language.weekdays:
            continue  # 'اليوم الاثنين': today, Monday
        unit, value = language.unit_nouns.get(match.group(1)), language.number_words.get(match.group(2))
        if unit in ("years", "months", "weeks", "days") and isinstance(value, (int, float)) and value >= 2:
            start = match.start(1) - 2
            found.append({"value": value, "unit": unit, "text": original[start:match.end()], "start": start, "end": match.end()})
    return found


def written_ages(folded: str, original: str, language: Language) -> list[dict]:
    """A person's age as the language writes it ('der 42-jährige Banker', 'a 62-year-old',
    'البالغ من العمر 65 سنة'): the number with its word."""
    found = []
    for pattern in language.age_patterns:
        for match in pattern.finditer(folded):
            if int(match.group("n")) in AGES:
                start, end = match.start("n"), match.end()
                found.append({"value": int(match.group("n")), "unit": "years (age)", "text": original[start:end].strip(),
                              "scaled": False, "start": start, "end": end})
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


SENTENCE_END = re.compile(r"[.!?؟;:](?=\s)|[»«\"“”]\s")


def measure_of(unit: str, value: float, folded: str, start: int, end: int, language: Language) -> str | None:
    """What the figure at folded[start:end] measures, in the article's language: the measure
    whose cue word is nearest in the same sentence and whose units fit; else the unit's default
    measure ('years (age)': age); else None (nothing is better than a guess)."""
    sentence_start = max((match.end() for match in SENTENCE_END.finditer(folded, 0, start)), default=0)
    following = SENTENCE_END.search(folded, end)
    sentence_end = following.start() if following else len(folded)
    best = None
    for measure in language.figure_measures:
        if measure.cues is None or not measure.fits(unit, value):
            continue
        for cue_start, cue_end in cue_spans(measure.cues, folded):
            if cue_start < sentence_start or cue_end > sentence_end or start <= cue_start < end:
                continue  # another sentence's; the figure's own words ('Stellenabbau' inside its text is fine: it ends after)
            distance = start - cue_end if cue_end <= start else cue_start - end
            if distance >= 0 and (best is None or distance < best[0]):
                best = (distance, measure.label)
    if best:
        return best[1]
    return next((measure.label for measure in language.figure_measures if unit in measure.default), None)


@lru_cache(maxsize=256)
def cue_spans(cues: Cues, folded: str) -> tuple[tuple[int, int], ...]:
    """Where a measure's cue words stand in a line, read once for all its figures (a cue does not
    run across the end of a sentence)."""
    return cues.spans(folded)


def figures_in(text: str, language: Language) -> list[dict]:
    """The figures of one line, each with what it measures."""
    folded = fold_keep_length(text)
    alone = ARABIC_PROCLITIC.sub(lambda match: " " * len(match.group(0)), folded) if language.script == "arabic" else folded
    numbers = numbers_in(alone, language, date_spans(folded))
    figures = [figure_from(number, folded, text, language) for number in numbers]
    share_range_units(numbers, figures, folded, text, language)
    figures += definite_counts(folded, text, language)
    ages = written_ages(folded, text, language) + (ages_after_names(text) if language.script == "latin" else [])
    # an age's number is no duration ('65 سنة' after 'من العمر')
    figures = [figure for figure in figures if figure is None or not any(
        age["start"] <= figure["start"] < age["end"] or figure["start"] <= age["start"] < figure["end"] for age in ages)] + ages
    found = []
    for figure in filter(None, figures):
        about = measure_of(figure["unit"], figure["value"], folded, figure["start"], figure["end"], language)
        unit = "jobs" if figure["unit"] == "employees" and about is not None and about == cut_label(language) else figure["unit"]
        found.append({"value": figure["value"], "unit": unit, "text": figure["text"], **({"about": about} if about else {})})
    return found


def cut_label(language: Language) -> str | None:
    """The label of the language's job cuts measure: a cut of 1,200 workers is 1,200 jobs."""
    return next((measure.label for measure in language.figure_measures if measure.key == "jobs_cut"), None)


#: litres in a barrel of oil: '(ein Barrel entspricht 159 Litern)' explains the unit, it is no figure of the story
BARREL_LITRES = (155, 160)
#: the most barrels a day (a country's or the world's output, about 100 million) a figure of an
#: article that counts barrels a day may be; more is a reserve ('260 Milliarden Barrel')
MAX_DAILY_BARRELS = 1.5e8


def find_figures(draft: Draft) -> Draft:
    """Every figure with a unit in the body, once per (value, unit, text); first, those of the
    headline that the body does not give (a headline's figure is a key figure)."""
    language = language_of(draft)
    if language is None:
        return draft
    seen = set()
    for text in draft.body_lines():
        for figure in figures_in(text, language):
            key = (figure["value"], figure["unit"], figure["text"])
            if key not in seen:
                seen.add(key)
                draft.figures.append(figure)
    if draft.title:
        told = {(figure["value"], figure["unit"]) for figure in draft.figures}
        draft.figures[:0] = [figure for figure in figures_in(draft.title, language) if (figure["value"], figure["unit"]) not in told]
    by_place(draft)
    per_day(draft)
    draft.figures = [figure for figure in draft.figures if not counts_few(figure)]
    return draft


#: units that measure (an amount of energy, area, volume ...) rather than count things: a small
#: value of them may be a key figure ('2 GW')
MEASURED = {"GW", "GWh", "MW", "MWh", "TWh", "kW", "kWh", "km", "km2", "m2", "miles", "acres", "hectares", "sq ft",
            "tonnes", "litres", "cubic metres", "barrels", "barrels_per_day", "points", "basis points", "percentage_points", "TEU",
            "percent", "years", "months", "weeks", "days", "hours", "years (age)"}
#: the fewest things a count that is a key figure counts: 'zwei Werke', 'two companies', 'deux
#: pays' tell who, not how much (9 of the real-news corpus's 2,000 key figures count fewer: two
#: blast furnaces, two shares; on its tuning part, all 12 such counts extracted were not key figures)
FEWEST_COUNTED = 3


def counts_few(figure: dict) -> bool:
    """A count of fewer than FEWEST_COUNTED things (not money, a share or a measure)."""
    unit = str(figure["unit"])
    return figure["value"] < FEWEST_COUNTED and unit not in MEASURED and not re.fullmatch(r"[A-Z]{3}", unit)


def per_day(draft: Draft) -> None:
    """Barrels in an article about oil output: the volume of a barrel in litres is no figure, and
    where the article counts barrels a day ('100 000 Barrel am Tag'), its other counts of barrels
    of that order are a day's too ('die Opec um 400 000 Barrel')."""
    if not any(figure["unit"] in ("barrels", "barrels_per_day") for figure in draft.figures):
        return
    draft.figures = [figure for figure in draft.figures
                     if not (figure["unit"] == "litres" and BARREL_LITRES[0] <= figure["value"] <= BARREL_LITRES[1])]
    if any(figure["unit"] == "barrels_per_day" for figure in draft.figures):
        for figure in draft.figures:
            if figure["unit"] == "barrels" and figure["value"] <= MAX_DAILY_BARRELS:
                figure["unit"] = "barrels_per_day"


def by_place(draft: Draft) -> None:
    """A currency that shares its bare name with others (dirham, riyal, dinar) is the one whose
    country the article names, when it does not name the currency's own (lang/currency_places.yaml):
    'milliards de dirhams' in an article about Dubai are AED, not MAD."""
    places, family = currency_places(), currency_family()
    if not any(figure["unit"] in family for figure in draft.figures):
        return
    text = fold(" ".join([draft.title or "", *draft.body_lines()]))
    named = {code for code, pattern in places.items() if pattern is not None and pattern.search(text)}
    for figure in draft.figures:
        if figure["unit"] in family and figure["unit"] not in named:
            others = sorted(named & family[figure["unit"]])
            if len(others) == 1:
                figure["unit"] = others[0]


STEPS = [find_figures]
