"""Language resources (generator/ingest/lang/<code>.yaml), loaded once and compiled.

The files hold the language knowledge; this module only turns them into sets and regexes,
and folds text the way the files are written (lowercase; Arabic without diacritics,
alef/hamza variants as ا, ى as ي, ة as ه, Arabic-Indic digits as ASCII digits).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from babel import Locale
from ruamel.yaml import YAML

from generator.ingest.parsed import parsed

#: Arabic marks (tanween, shadda, sukun, ...): not \w, so a pattern that reads words names them itself
ARABIC_MARKS = "\u0610-\u061a\u064b-\u065f\u0670"
#: words after a number that make it a time of day in every language ('11 Uhr', '14:00 GMT')
TIME_OF_DAY_WORDS = frozenset({"uhr", "gmt", "utc", "mez", "cet", "cest"})
#: the first words of places' names in many languages, folded: a cape, a bay, a valley, a
#: mountain, a saint's town, a port, a spa ('Ras Al-Hikma', 'Marsa Matrouh', 'San José', 'رأس
#: الحكمة'), an administrative division ('Kanton Uri', 'Provinz Hubei'); a name that starts with
#: one is a place's, no person's
PLACE_PREFIXES = frozenset({
    "ras", "marsa", "wadi", "jebel", "djebel", "dschebel", "san", "santa", "santo", "sao", "são", "sankt", "saint", "sainte",
    "port", "porto", "puerto", "fort", "kap", "cape", "cap", "mount", "lake", "bad",
    "kanton", "canton", "provinz", "province", "provincia", "landkreis", "bezirk", "county", "departement", "département",
    "راس", "مرسي", "وادي", "جبل", "سان", "سانت", "بورت", "ميناء", "خليج", "جزيره"})
#: tanween, the marks of an indefinite noun or an adverb ('سابقًا', 'وموصيًا'): no name takes them
TANWEEN = re.compile("[\u064b\u064c\u064d]")
ARABIC_DIACRITICS = re.compile(f"[{ARABIC_MARKS}\u0640]")
ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
#: the one character whose lowercase is two ('İ': 'i' and a combining dot above), lowercased to one
#: letter, so that folding keeps every position ('İnce' -> 'ince', as the name is written in Latin)
ONE_LOWER = str.maketrans({"\u0130": "i"})
ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
#: runs of them (every one of these code points is a letter)
ARABIC_LETTERS = re.compile(ARABIC_LETTER.pattern + "+")
RESOURCE_FILE = re.compile(r"[a-z]{2,3}\.yaml")


@lru_cache(maxsize=1 << 15)  # words and names recur: uncached, 8 % of an ingest's time
def fold(text: str) -> str:
    """Text as the language files write it: lowercase, Arabic folded, ASCII digits."""
    text = ARABIC_DIACRITICS.sub("", text)
    return text.translate(ARABIC_FOLD).translate(DIGITS).translate(ONE_LOWER).lower()


def fold_keep_length(text: str) -> str:
    """`fold` without removing characters, so that positions match the original text: as long
    as it, character for character."""
    text = ARABIC_DIACRITICS.sub("\u0640", text)  # same length: diacritics become tatweel
    return text.translate(ARABIC_FOLD).translate(DIGITS).translate(ONE_LOWER).lower()


def fold_pattern(pattern: str) -> str:
    """A regex folded like the text it is matched against (Arabic letters and digits; case
    is left alone: patterns are compiled case-insensitive)."""
    return ARABIC_DIACRITICS.sub("", pattern).translate(ARABIC_FOLD)


def compile_all(patterns) -> list[re.Pattern]:
    return [re.compile(fold_pattern(pattern), re.IGNORECASE) for pattern in patterns or ()]


def words_pattern(words) -> re.Pattern | None:
    """One regex that finds any of the words (longest first) at word boundaries."""
    words = sorted({fold(word) for word in words or () if word}, key=len, reverse=True)
    if not words:
        return None
    alternatives = "|".join(re.escape(word) for word in words)
    return re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])", re.IGNORECASE)


@cache
def calendar_words(code: str) -> frozenset[str]:
    """The full names of the months and weekdays in a language, folded, from CLDR (Babel)."""
    locale = Locale.parse(code)
    names = [*locale.months["format"]["wide"].values(), *locale.months["stand-alone"]["wide"].values(),
             *locale.days["format"]["wide"].values(), *locale.days["stand-alone"]["wide"].values()]
    return frozenset(fold(name) for name in names)


def month_first(code: str) -> bool:
    """Whether the language writes the month before the day ('October 9'), from Babel's long date format."""
    try:
        pattern = Locale.parse(code).date_formats["long"].pattern
    except Exception:  # noqa: BLE001 - an unknown locale: day first, as most languages
        return False
    return "M" in pattern and "d" in pattern and pattern.index("M") < pattern.index("d")


def demonym_forms(word: str) -> set[str]:
    """An Arabic nisba adjective ('الماني') in its usual forms: with ال, feminine, plural."""
    if not ARABIC_LETTER.match(word):
        return {word}
    forms = {word, word + "ه", word + "ين", word + "ون"}
    return forms | {"ال" + form for form in forms}


@dataclass(frozen=True)
class Cues:
    """A measure's cue words: `pattern` finds them as the language reads them (`Language.cue_pattern`);
    `words`, the cue words alone, finds quickly where one stands."""

    pattern: re.Pattern
    words: re.Pattern

    def spans(self, folded: str) -> tuple[tuple[int, int], ...]:
        """The spans of `pattern.finditer(folded)`, found faster. Every match of the pattern starts
        at the start of a run of word characters that holds the start of a cue word (cue words
        begin with a letter; the run may begin with a clitic or, in German, a compound's first
        noun) and ends at the end of a run: so the pattern is tried only at the start of a run that
        a search for the cue words alone hits, and the search goes on after the match or the run."""
        found = []
        at = 0
        while hit := self.words.search(folded, at):
            start = hit.start()
            while start > at and is_word_character(folded[start - 1]):
                start -= 1
            match = self.pattern.match(folded, start)
            if match:
                found.append(match.span())
                at = match.end()
            else:
                at = WORD_RUN.match(folded, hit.start()).end()
        return tuple(found)


#: the rest of a run of word characters (`\w`, as the patterns read it)
WORD_RUN = re.compile(r"\w+")


def is_word_character(character: str) -> bool:
    r"""What `\w` matches (Unicode letters and digits, and the underscore)."""
    return character.isalnum() or character == "_"


@dataclass(frozen=True)
class Measure:
    """What a figure can measure (figures' `about`): its label in the language, the units it
    applies to (money, percent, count or unit names), its cue words, the units whose meaning it
    is when no cue is found, and the largest value it can have."""

    key: str
    label: str
    units: frozenset[str]
    cues: Cues | None
    #: the units it is the meaning of when no cue is found ('years (age)': age)
    default: frozenset[str] = frozenset()
    #: the largest value it can be (a price per share is no billion)
    max_value: float | None = None

    def fits(self, unit: str, value: float) -> bool:
        money = bool(re.fullmatch(r"[A-Z]{3}", unit))
        if self.max_value is not None and value > self.max_value:
            return False
        return (unit in self.units or ("money" in self.units and money) or ("percent" in self.units and unit == "percent")
                or ("count" in self.units and not money and unit != "percent"))


@dataclass
class Language:
    """One language's resources, folded and compiled for matching."""

    code: str
    script: str
    data: dict

    def __post_init__(self):
        data = self.data
        folded = lambda key: {fold(str(k)): v for k, v in (data.get(key) or {}).items()}
        self.stopwords = {fold(word) for word in data.get("stopwords") or ()}
        self.months = folded("months")
        self.weekdays = folded("weekdays")
        self.relative_time = compile_all(data.get("relative_time"))
        self.relative_units = folded("relative_units")
        self.relative_words = folded("relative_words")
        self.number_words = folded("number_words")
        self.scale_words = folded("scale_words")
        self.currency_words = folded("currency_words")
        self.percent_words = {fold(word) for word in data.get("percent_words") or ()}
        self.unit_nouns = folded("unit_nouns")
        self.approximators = {fold(word) for word in data.get("approximators") or ()}
        #: German: nouns are capitalised, so a lowercase word after a number is no count noun,
        #: and a measure's cue may stand inside a compound noun ('Jahresumsatz')
        self.capitalised_nouns = bool(data.get("role_capitalised_nouns"))
        self.figure_measures = [
            Measure(key, str(spec["label"]), frozenset(map(str, spec.get("units") or ())),
                    self.cue_pattern(spec.get("cues") or ()), frozenset(map(str, spec.get("default") or ())), spec.get("max_value"))
            for key, spec in (data.get("figure_measures") or {}).items()
        ]
        self.rate_words = {fold(word) for word in data.get("rate_words") or ()}
        per_day = sorted((fold(word) for word in data.get("per_day_words") or ()), key=len, reverse=True)
        # a vowel mark kept as a tatweel by fold_keep_length may stand after any letter ('يوميًا')
        per_day = ["\u0640*".join(map(re.escape, word)) for word in per_day]
        self.per_day = re.compile(r"\s*(?:%s)\u0640*(?!\w)" % "|".join(per_day)) if per_day else None
        self.age_patterns = compile_all(data.get("age_patterns"))
        self.aircraft_makers = {fold(word) for word in data.get("aircraft_makers") or ()}
        self.stamp_cue = words_pattern(data.get("stamp_cues"))
        self.wire_prefixes = tuple(f"{prefix} " for prefix in data.get("wire_prefixes") or ())
        self.kicker_prepositions = frozenset(fold(word) for word in data.get("kicker_prepositions") or ())
        self.kicker_function_words = frozenset(fold(word) for word in data.get("kicker_function_words") or ())
        self.scale_plurals = {fold(word) for word in data.get("scale_plurals") or ()}
        self.range_words = {fold(word) for word in data.get("range_connectors") or ()}
        connectors = sorted(self.range_words, key=len, reverse=True)
        self.range_connector = re.compile(
            r"\s*(?:[-–—]|%s)\s*" % "|".join(re.escape(word) for word in connectors) if connectors else r"\s*[-–—]\s*",
            re.IGNORECASE,
        )
        chrome = data.get("chrome") or {}
        self.share_words = {fold(word) for word in chrome.get("share") or ()}
        self.ad_words = {fold(word) for word in chrome.get("ads") or ()}
        self.navigation_words = {fold(word) for word in chrome.get("navigation") or ()}
        #: the share and navigation phrases of several words, longest first (chrome.covered_by_phrases)
        self.button_phrases = tuple(sorted((phrase for phrase in self.share_words | self.navigation_words if " " in phrase),
                                           key=len, reverse=True))
        self.comment_lines = compile_all(chrome.get("comments"))
        self.newsletter = compile_all(chrome.get("newsletter"))
        self.cookies = compile_all(chrome.get("cookies"))
        self.footer = compile_all(chrome.get("footer"))
        self.captions = compile_all(chrome.get("captions"))
        self.credits = compile_all(chrome.get("credits"))
        self.teaser_prefixes = [fold(prefix) for prefix in chrome.get("teaser_prefixes") or ()]
        self.related_headings = {fold(heading).rstrip(":") for heading in chrome.get("related_headings") or ()}
        self.tags_prefixes = [fold(prefix) for prefix in chrome.get("tags_prefixes") or ()]
        self.byline = compile_all(data.get("byline"))
        self.byline_inline = compile_all(data.get("byline_inline"))
        self.dateline = [re.compile(fold_pattern(pattern)) for pattern in data.get("dateline") or ()]
        self.honorifics = {fold(word) for word in data.get("honorifics") or ()}
        self.particles = {fold(word) for word in data.get("particles") or ()}
        self.role_words = {fold(word) for word in data.get("role_words") or ()}
        self.speech_verbs = {fold(word) for word in data.get("speech_verbs") or ()}
        self.org_suffixes = [fold(word) for word in data.get("org_suffixes") or ()]
        self.org_prefixes = {fold(word) for word in data.get("org_prefixes") or ()}
        self.org_kind_words = folded("org_kind_words")
        # organisations (steps/organisation_rules.py and the finders)
        self.org_connectors = {fold(word) for word in data.get("org_connectors") or ()}
        self.org_division_words = {fold(word) for word in data.get("org_division_words") or ()}
        self.org_unit_words = {fold(word) for word in data.get("org_unit_words") or ()}
        self.org_name_compounds = tuple(fold(word) for word in data.get("org_name_compounds") or ())
        self.org_adjectives = compile_all(data.get("org_adjectives"))
        self.org_modifiers = compile_all(data.get("org_modifiers"))
        self.org_name_continues = bool(data.get("org_name_continues"))
        self.org_definite_prefixes = {fold(word) for word in data.get("org_definite_prefixes") or ()}
        self.org_non_names = {fold(word) for word in data.get("org_non_names") or ()}
        #: country adjectives ('سويسري'), and with them those of regions and levels ('دولي')
        self.country_demonyms = {form for word in data.get("demonyms") or () for form in demonym_forms(fold(word))}
        self.demonyms = self.country_demonyms | {form for word in data.get("region_adjectives") or () for form in demonym_forms(fold(word))}
        self.event_words = folded("event_words")
        self.non_name_words = {fold(word) for word in data.get("non_name_words") or ()}
        self.government_words = {fold(word) for word in data.get("government_words") or ()}
        self.term_abbreviations = {fold(word) for word in data.get("term_abbreviations") or ()}
        self.event_name_words = {fold(word) for word in data.get("event_name_words") or ()}
        self.term_names = {fold(word) for word in data.get("term_names") or ()}
        self.market_indices = sorted({fold(word) for word in data.get("market_indices") or ()}, key=len, reverse=True)
        self.facility_words = {fold(word) for word in data.get("facility_words") or ()}
        self.exchange_words = words_pattern(data.get("exchange_words"))
        self.trading_place_cues = tuple(sorted({fold(cue) for cue in data.get("trading_place_cues") or ()}, key=len, reverse=True))
        self.ruler_titles = {fold(word) for word in data.get("ruler_titles") or ()}
        self.leader_genitive_nouns = {fold(word) for word in data.get("leader_genitive_nouns") or ()}
        #: German 'von' after a common noun ('Tod von ...'), as written: 'of', not a nobleman's particle
        self.of_particles = frozenset(data.get("of_particles") or ())
        self.org_dual_prefixes = {fold(word) for word in data.get("org_dual_prefixes") or ()}
        #: words after which a name follows: speech verbs, appointment and departure words
        self.name_triggers = self.speech_verbs | {
            word for word, kind in self.event_words.items() if kind in ("appointment", "departure")
        }
        self.month_pattern = words_pattern(self.months)
        months = self.month_pattern.pattern if self.month_pattern else r"(?!x)x"
        #: a second name of the same month after a slash or in brackets, as Levantine papers write
        #: both series: 'أيلول/سبتمبر', 'أيلول (سبتمبر)'
        self.month_also = rf"(?:\s*(?:/|\(|-)\s*(?:{months})\s*\)?)?"
        #: '17. Februar 2026', 'le 3 février 2026', '١٤ يناير ٢٠٢٦', '12 أيلول/سبتمبر 2024'
        self.date_day_first = re.compile(
            rf"(?<!\d)(\d{{1,2}})(?:(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?({months}){self.month_also}\.?,?\s+(?:de\s+)?"
            rf"|[/-]({months})[/-])(\d{{4}})(?!\d)",  # or '20/ديسمبر/2023', '20-Dec-2023'
            re.IGNORECASE,
        )
        #: 'February 4, 2026'
        self.date_month_first = re.compile(rf"({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", re.IGNORECASE)
        self.scale_pattern = words_pattern(self.scale_words)
        self.compile_date_cues()

    def cue_pattern(self, cues) -> Cues | None:
        """One regex for a measure's cue words in folded running text: the start of a word
        (inflections follow), a short cue only with a common ending, a long one also inside a
        German compound, an Arabic one after a clitic."""
        alternatives = []
        cues = sorted({fold(str(cue)) for cue in cues}, key=len, reverse=True)
        if any(not is_word_character(cue[0]) for cue in cues):
            raise ValueError(f"{self.code}.yaml: a figure measure's cue word must begin with a letter: {cues}")
        for cue in cues:
            word = re.escape(cue)
            if self.script == "arabic":
                alternatives.append(rf"(?<![\w])(?:و|ف|ب|ل|ال|وال|فال|بال|لل)?{word}\w*")
            elif len(cue) <= 4:
                alternatives.append(rf"(?<![\w]){word}(?:s|es|ed|d|ing|e|en|er|t)?(?![\w])")
            elif self.capitalised_nouns:
                alternatives.append(rf"\w*{word}\w*")
            else:
                alternatives.append(rf"(?<![\w]){word}\w*")
        if not alternatives:
            return None
        return Cues(re.compile("|".join(alternatives)), re.compile("|".join(map(re.escape, cues))))

    def compile_date_cues(self):
        """Dates in running text (events): months without day or year, weekdays, relative periods."""
        data = self.data
        months = self.month_pattern.pattern if self.month_pattern else r"(?!x)x"
        self.relative_periods = {fold(k): v for k, v in (data.get("relative_periods") or {}).items()}
        self.relative_period_pattern = words_pattern(self.relative_periods)
        self.date_past_words = {fold(word) for word in data.get("date_past_words") or ()}
        self.date_future_words = {fold(word) for word in data.get("date_future_words") or ()}
        self.date_next_words = {fold(word) for word in data.get("date_next_words") or ()}
        self.date_plan_words = self.date_future_words | self.date_next_words
        self.expectation_words = {fold(word) for word in data.get("expectation_words") or ()}
        self.month_cues = {fold(word) for word in data.get("month_cues") or ()}
        #: 'Mai 2023', 'janvier 2025', 'يونيو 2023'
        self.month_year = re.compile(rf"({months}){self.month_also}\.?,?\s+(\d{{4}})(?!\d)", re.IGNORECASE)
        #: '9. Oktober', 'le 1er octobre', '9 أكتوبر' (and 'October 9' below), without a year
        self.day_month = re.compile(rf"(?<![\d.])(\d{{1,2}})(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?({months}){self.month_also}", re.IGNORECASE)
        self.month_day = (
            re.compile(rf"({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d|[.,]\d|\s*%)", re.IGNORECASE)
            if month_first(self.code) else None
        )
        #: a month name alone; abbreviations with a dot are left out
        self.month_alone = words_pattern(word for word in self.months if not word.endswith("."))
        #: weekdays in running text: no abbreviations; Arabic forms only with ال or يوم (bare
        #: forms such as احد or اثنين are also common words)
        self.weekday_pattern = words_pattern(
            word for word in self.weekdays
            if not word.endswith(".") and (self.script != "arabic" or word.startswith(("ال", "يوم")))
        )
        #: 'gestern', 'yesterday', 'امس' in running text (only days before publication)
        self.past_day_pattern = words_pattern(word for word, offset in self.relative_words.items() if int(offset) < 0)


@cache
def available() -> tuple[str, ...]:
    """Codes of the languages that have a resource file (`<code>.yaml`, a 2- or 3-letter code)."""
    folder = resources.files("generator.ingest").joinpath("lang")
    return tuple(sorted(item.name[:-5] for item in folder.iterdir() if RESOURCE_FILE.fullmatch(item.name)))


@cache
def identification_words() -> dict[str, tuple[str, set[str]]]:
    """code -> (script, function words) of languages without resources (lang/identify.yaml):
    enough to name an article's language, nothing to read it with."""
    path = resources.files("generator.ingest").joinpath("lang", "identify.yaml")
    data = parsed(path.read_bytes(), YAML(typ="safe").load, "identify")
    return {code: (entry["script"], {fold(str(word)) for word in entry["words"]}) for code, entry in data.items()}


@cache
def language_data(code: str) -> dict:
    """A language file as parsed, before any of its patterns is compiled."""
    path = resources.files("generator.ingest").joinpath("lang", f"{code}.yaml")
    return parsed(path.read_bytes(), YAML(typ="safe").load, "lang")


@cache
def load_language(code: str) -> Language:
    data = language_data(code)
    return Language(code=code, script=data.get("script", "latin"), data=data)


@cache
def currency_families() -> dict[str, dict[str, list[str]]]:
    """lang/currency_places.yaml: family (dirham, riyal, dinar) -> currency code -> the words
    that name its country."""
    path = resources.files("generator.ingest").joinpath("lang", "currency_places.yaml")
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


@cache
def currency_places() -> dict[str, re.Pattern]:
    """Currency code -> a pattern of the words that name its country, for the codes of families
    that share a bare name."""
    return {code: words_pattern(words) for family in currency_families().values() for code, words in family.items()}


@cache
def currency_family() -> dict[str, frozenset[str]]:
    """Currency code -> the codes of its family (itself included)."""
    return {code: frozenset(family) for family in currency_families().values() for code in family}


@cache
def stopwords_of(code: str) -> tuple[str, frozenset[str]]:
    """A language's script and folded function words, to tell it from the others, without
    compiling the patterns that only reading an article in it needs."""
    data = language_data(code)
    return data.get("script", "latin"), frozenset(fold(word) for word in data.get("stopwords") or ())


def arabic_share(text: str) -> float:
    """Share of Arabic-script letters among all letters."""
    letters = sum(map(str.isalpha, text))  # counted in C: a letter at a time in Python was 3 % of an ingest
    if not letters:
        return 0.0
    return sum(map(len, ARABIC_LETTERS.findall(text))) / letters
