"""Organisation rules: what the organisation finders and the merging of their mentions share.

A mention of a name in the text and the organisation the mentions of one name make; keys that
compare names (`plain`, `stem_key`); the country, region and language names that are never
organisations; and the language's organisation lists (legal forms, kind words, descriptive
words, role words) compiled into `Rules`, with the tests that read one word by them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache

from generator.ingest import orgnames
from generator.ingest.langdata import Language, fold_keep_length, load_language
from generator.ingest.langdata import fold as fold_text

#: public bodies, whose names go on with an adjective of level ('محكمة ميونيخ الإقليمية', 'هيئة ...
#: الاتحادية') and with their remit after a connector ('des Eidgenössischen Departements für Wirtschaft')
PUBLIC_KINDS = {"court", "regulator", "ministry"}
#: the order in which a name's kind words decide its kind (the most specific first)
KIND_ORDER = ("court", "ministry", "regulator", "union", "law_firm", "association", "fund", "media", "division", "company")
ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9&]{1,6}")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    return fold_text(text)


@dataclass
class Mention:
    text: str
    line: int
    start: int
    kind: str | None = None
    division: bool = False
    parent: str | None = None
    aliases: list[str] = field(default_factory=list)
    #: the name without descriptive words or legal form ('Beispiel Antriebe' for 'Beispiel Antriebe AG')
    core: str = ""
    #: only an alias of an organisation found otherwise (a quoted word, a person's organisation)
    weak: bool = False
    #: the id of the starter knowledge base's record that it names (known_organisations.py)
    record: str | None = None


def line_mentions(finder: type, line: str, index: int, rules: Rules, people: set[str]) -> list[Mention]:
    """`finder(line, index, rules, people).find()`, read once for a line and the people that can
    matter there: a finder asks of a person only whether a name it reads is that person's or ends
    it, so only people whose last word the line holds (`plain`, as a finder compares) change what it
    finds; the organisations are looked for twice per article, before and after the people's roles
    are known. Fresh copies: the callers change mentions."""
    text = plain(line)
    present = frozenset(person for person in people if person and person.split()[-1] in text)
    return [replace(mention, aliases=list(mention.aliases)) for mention in found_in_line(finder, line, index, rules, present)]


@lru_cache(maxsize=1024)
def found_in_line(finder: type, line: str, index: int, rules: Rules, people: frozenset[str]) -> tuple[Mention, ...]:
    return tuple(finder(line, index, rules, set(people)).find())


@dataclass
class Organisation:
    name: str
    core: str
    kind: str | None
    parent: str | None
    aliases: list[str] = field(default_factory=list)
    division: bool = False
    #: the starter knowledge base's records its mentions name
    records: set[str] = field(default_factory=set)

    def forms(self) -> list[str]:
        return [self.name, self.core, *self.aliases]


@lru_cache(maxsize=65536)
def plain(text: str) -> str:
    """A name compared without case, accents, hyphens, possessive or Arabic letter variants."""
    text = unicodedata.normalize("NFKD", fold(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ı", "i")
    text = re.sub(r"['’]s\b", "", text)
    return " ".join(re.sub(r"[-‐'’`«»\"“”„]", " ", text).split())


@lru_cache(maxsize=65536)
def stem_key(text: str) -> str:
    """`plain` with German case endings cut ('Europäischen Kommission' = 'Europäische Kommission')."""
    return " ".join(re.sub(r"(?:es|en|er|em|e|s|n)$", "", word) if len(word) > 5 else word for word in plain(text).split())


def cldr_names(code: str, names_of) -> set[str]:
    """Names Babel's CLDR data gives in the article's language and in English, `names_of(locale)`,
    compared as `plain` does."""
    from babel import Locale

    names = set()
    for locale in {code, "en"}:
        try:
            names |= {plain(name) for name in names_of(Locale.parse(locale))}
        except Exception:  # noqa: BLE001, S112 - a locale Babel does not know
            continue
    return names


@cache
def territories(code: str) -> frozenset[str]:
    """Country and region names, and languages' ('German', 'French'), in the article's language and in
    English (Babel)."""
    return frozenset(cldr_names(code, lambda locale: [*locale.territories.values(), *locale.languages.values()])
                     | {"eu", "us", "usa", "uk", "un"})


@cache
def cities(code: str) -> frozenset[str]:
    """The cities CLDR names time zones by (Babel's exemplar cities: 'لندن', 'Zürich'), in the
    article's language and in English."""
    return frozenset(cldr_names(code, lambda locale: [zone["city"] for zone in locale.time_zones.values() if zone.get("city")]))


def is_place(words: list[str], code: str) -> bool:
    """A country's or region's name, also inflected as German inflects its adjectives ('in den
    Vereinigten Arabischen Emiraten (VAE)')."""
    places = territories(code)
    if plain(" ".join(words)) in places:
        return True
    return code == "de" and plain(" ".join(re.sub(r"(?<=e)n$", "", word) for word in words)) in places


@cache
def genitive_countries(code: str) -> frozenset[str]:
    """Country and region names with German case endings cut (stem_key): 'Vereinigten Staaten' is
    'Vereinigte Staaten'. A twin of is_place, whose weak-n form does not reach that one (it reads
    'Staate'); the two are kept apart because is_place's callers (abbreviations in brackets,
    acronyms) were measured with its form and stem_key's would change what they accept."""
    return frozenset(stem_key(name) for name in territories(code))


#: an abbreviation in brackets after the capitalised words before it ('Vereinigte Arabische Emirate (VAE)')
BRACKETED_ABBREVIATION = re.compile(r"((?:[A-ZÄÖÜ][\w-]*\s+){0,3}[A-ZÄÖÜ][\w-]*)\s*\(([A-Z]{2,6})\)")


def place_abbreviations(lines: list[str], code: str) -> set[str]:
    """The abbreviations an article gives a place's name in brackets ('in den Vereinigten
    Arabischen Emiraten (VAE)'): wherever it names them so, 'VAE' is that place, no organisation."""
    found = set()
    for line in lines:
        for match in BRACKETED_ABBREVIATION.finditer(line):
            words = match.group(1).split()
            if any(is_place(words[index:], code) for index in range(len(words))):
                found.add(match.group(2))
    return found


@dataclass(eq=False)  # one per language (rules_for), hashed by identity: the word tests below are cached
class Rules:
    """The language's organisation lists, compiled for matching tokens."""

    language: Language
    suffix: re.Pattern
    kind_exact: dict
    kind_phrases: dict
    kind_end: re.Pattern | None
    prefixes: set
    prefix_phrases: set
    role_words: set
    role_end: re.Pattern | None
    #: words between a role or a unit and its organisation ('von', 'of', 'de')
    role_connectors: set
    #: German compounds ending in a descriptive word ('Investmentfonds', 'Elektroautobauer')
    prefix_end: re.Pattern | None = None

    @cached_property
    def kind_names(self) -> frozenset[str]:
        """Every kind word and phrase (the finders test each word against them)."""
        return frozenset(self.kind_exact) | frozenset(self.kind_phrases)

    @cached_property
    def kind_phrase_starts(self) -> frozenset[str]:
        """The first words of the kind phrases: a word that is none starts none."""
        return frozenset(phrase.split()[0] for phrase in self.kind_phrases)


@cache
def rules_for(code: str) -> Rules:
    language = load_language(code)
    suffixes = sorted(language.org_suffixes, key=len, reverse=True)
    suffix = re.compile(r"[ ,]+(" + "|".join(re.escape(s).replace(r"\ ", r"\s*") for s in suffixes) + r")(?![\w&])", re.IGNORECASE)
    kinds = {word: kind for word, kind in language.org_kind_words.items() if kind != "other"}
    compound = [word for word in kinds if " " not in word and len(word) >= 4]
    kind_end = re.compile("(?:" + "|".join(sorted(map(re.escape, compound), key=len, reverse=True)) + ")(?:es|s)?$") if compound else None
    roles = {word for word in language.role_words if " " not in word}
    role_end = re.compile("(?:" + "|".join(sorted((re.escape(w) for w in roles if len(w) >= 4), key=len, reverse=True)) + ")(?:in|en|n)?$") if roles else None
    return Rules(
        language, suffix,
        {w: k for w, k in kinds.items() if " " not in w}, {w: k for w, k in kinds.items() if " " in w}, kind_end,
        {w for w in language.org_prefixes if " " not in w}, {w for w in language.org_prefixes if " " in w},
        roles, role_end, {fold(word) for word in language.data.get("role_connectors") or ()},
        re.compile(r"\w\w\w(?:" + "|".join(sorted((re.escape(w) for w in language.org_prefixes if len(w) >= 5 and " " not in w), key=len, reverse=True)) + ")$"),
    )


#: a German noun's genitive ending ('Ministeriums', 'Konzernes'), left off to find the kind word
GENITIVE_END = re.compile(r"(?:es|s)$")


@lru_cache(maxsize=1 << 15)  # a word is tested again and again: by each finder, in each line
def kind_of_word(word: str, rules: Rules, compounds: bool) -> str | None:
    word = fold(word).strip(".")
    if word in rules.kind_exact:
        return rules.kind_exact[word]
    genitive = GENITIVE_END.sub("", word)
    if compounds and genitive != word and genitive in rules.kind_exact:
        return rules.kind_exact[genitive]  # German genitive: 'des Ministeriums für ...', 'des Departements'
    if compounds and rules.kind_end:
        match = rules.kind_end.search(word)
        if match and match.start() > 1:  # a compound's first part has two letters or more: 'Pfund' is no 'fund'
            return rules.kind_exact.get(GENITIVE_END.sub("", word[match.start():]) if word[match.start():] not in rules.kind_exact else word[match.start():])
    return None


def best_kind(kinds) -> str | None:
    kinds = [kind for kind in kinds if kind in KIND_ORDER]
    return min(kinds, key=KIND_ORDER.index) if kinds else None


#: inflection endings of a Latin-script noun: plural and genitive s/es, German weak (e)n
#: ('Konkurrenten', 'Rivalen', 'Konzerns', 'investors')
NOUN_ENDINGS = ("en", "es", "n", "s")


def inflected(word: str, listed: frozenset[str] | set[str]) -> bool:
    """Whether a folded Latin-script word is a listed noun with an inflection ending."""
    return any(word.endswith(ending) and word[: -len(ending)] in listed for ending in NOUN_ENDINGS)


@lru_cache(maxsize=1 << 15)  # a word is tested again and again: by each finder, in each line
def is_prefix_word(word: str, rules: Rules, compounds: bool, inflections: bool = True) -> bool:
    """A descriptive word before a name; with `inflections`, also in a case or plural form
    (not where a plural cannot stand: 'Nordwerk, der Zulieferer', not 'Ärger, ... Fluggesellschaften')."""
    word = fold(word)
    last = word.rsplit("-", 1)[-1]
    if word in rules.prefixes or last in rules.prefixes or inflections and inflected(last, rules.prefixes):
        return True  # 'US-Konzern', 'KI-Unternehmen', 'Riyadh-based', 'Konkurrenten'
    return compounds and bool(rules.prefix_end.search(word))


@lru_cache(maxsize=None)
def index_pattern(code: str) -> re.Pattern | None:
    """The stock market indices the language's file names (and English's, in Latin script),
    with a number after them ('S&P 500')."""
    language = load_language(code)
    names = set(language.market_indices) | (set(load_language("en").market_indices) if language.script == "latin" else set())
    if not names:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True)) + r")(?:[\s-]*\d+)?(?!\w)")


@lru_cache(maxsize=4096)
def index_spans(line: str, code: str) -> tuple[tuple[int, int], ...]:
    """Where a line names a stock market index: (start, end) in the line (read once a line: the
    organisations' mentions and the people are both checked against it)."""
    pattern = index_pattern(code)
    return tuple(match.span() for match in pattern.finditer(fold_keep_length(line))) if pattern else ()


def descriptive(word: str, rules: Rules) -> bool:
    """A word that describes an organisation without naming it: a descriptive noun ('Autobauer'),
    a kind word ('Gewerkschaft') or a compound ending in one ('Förderbank', 'Nachrichtenagentur')."""
    folded = fold(word).rsplit("-", 1)[-1]
    if is_prefix_word(word, rules, True) or folded in rules.kind_exact or bool(rules.kind_end and rules.kind_end.search(folded)):
        return True
    lex = orgnames.lexicon()
    normal = orgnames.normal(folded)
    parts = [orgnames.listed(normal, lex)] if orgnames.listed(normal, lex) else orgnames.compound(normal, lex) or []
    return bool(parts) and parts[-1][0] in ("meaning", "type") and all(group != "place" for group, _ in parts)


@lru_cache(maxsize=1 << 15)  # a word is tested again and again: by each finder, in each line
def is_role_word(word: str, rules: Rules) -> bool:
    word = fold(word)
    return word in rules.role_words or bool(rules.role_end and len(word) > 4 and rules.role_end.search(word))
