"""Organisations that the starter knowledge base knows (generator/ingest/starter.py), found by their
name alone: the rules in latin_organisations.py and arabic_organisations.py find a name by its
context (a legal form, 'شركة', a role); this finder, like spaCy's entity ruler beside its
statistical tagger, finds a known name where the text gives no such sign ('Lufthansa kündigt
...', 'أعلنت أدنوك ...'). Its mentions are merged with the others (organisation_merge.py).

A name is the same spelling as one of a record's names or aliases (compared by name_key: without
case, accents, hyphens or Arabic letter variants), and only when exactly one record has it:

- in Arabic script, a glued و ب ل ف ك may stand before it; a name of one word must not begin
  with the article ('البلاد' is a bank and 'the country') nor be a word Arabic also uses
  otherwise (see `ordinary`: 'نيسان' is a carmaker and a month, 'موانئ' ports);
- in Latin script it must be capitalised, and tell itself apart from ordinary words: two
  capitalised words or more ('Deutsche Bank'), an acronym ('BMW'), a word with a capital or a
  digit inside ('SoftBank'), or one capitalised word of four letters or more that is no role
  word and not `ordinary` in the language ('Bahn', 'Welt', 'Energy'). A possessive or genitive
  ending is allowed ("Boeing's", 'Lufthansas'), and in German a weak ending ('den Grünen') and
  a compound whose first part is the name ('FDP-Politiker', 'Intel-Fabrik': the name is 'FDP').

A name inside a person's name ('Ford' in 'Henry Ford') is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from generator.ingest import orgnames
from generator.ingest.draft import Draft
from generator.ingest.langdata import ARABIC_MARKS, Language, calendar_words, fold, load_language
from generator.ingest import names
from generator.ingest.names import is_arabic, name_key
from generator.ingest import starter as starter_base
from generator.ingest.steps.organisation_rules import Mention, Rules, descriptive, is_prefix_word, plain, territories
from generator.ingest.steps.roles import is_role_word, key_of, vocabulary
from generator.ingest.tagger.common_words import common_words

#: the most words a known name has (spelled-out letters count one each: 'إيه بي سي' is ABC)
MAX_WORDS = 6
CLITICS = "وبلفك"
#: a word with its Arabic marks ('سعيّد'); a plus glued to a name: 'Opec+'; '&' alone: 'Pratt & Whitney'
WORD = re.compile(rf"\w[\w{ARABIC_MARKS}'’&-]*\+?|&")
#: an elided article or preposition before a capitalised name (French, Italian: "d’Alaska", "l’Opep")
ELISION = re.compile(r"^(?:[dlDL]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=[A-ZÀ-ÖØ-Þ])")
#: an English possessive ("Boeing's", "Airbus'") or a German genitive s ('Lufthansas')
POSSESSIVE = re.compile(r"['’]s?$")
GENITIVE = re.compile(r"(?<=[a-zäöü])s$")
#: a German weak ending after a consonant and e ('von den Grünen', 'der Linken': Grüne, Linke);
#: not after two vowels: 'Green' is no inflected 'Gree'
WEAK_N = re.compile(r"(?<=[bcdfghjklmnpqrstvwxzß]e)n$")
#: a German adjective inflected at the start of a name ('der Deutschen Bank', 'der Schweizerischen
#: Nationalbank', 'des Deutschen Gewerkschaftsbunds'): the record has 'Deutsche', 'Deutscher'
ADJECTIVE_ENDING = re.compile(r"(?<=[a-zäöü])(?:en|em|er|es)$")
#: a German compound whose first part is a name: 'FDP-Politiker', 'Intel-Fabrik', 'Boeing-Chef'
COMPOUND_HEAD = re.compile(r"^(.+?)-([A-ZÄÖÜ][a-zäöüß]{2,})$")
#: lower-case words that may stand inside a name ('Bank of England', 'Caisse des Dépôts')
NAME_JOINERS = {"of", "and", "for", "the", "de", "des", "du", "la", "le", "et", "für", "und", "der", "die", "das", "al", "el", "&"}


def spans(count: int) -> Iterable[tuple[int, int]]:
    """Every run of up to MAX_WORDS of `count` words, longest first."""
    for length in range(min(MAX_WORDS, count), 0, -1):
        for start in range(count - length + 1):
            yield start, start + length


def capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def distinctive(words: list[str], language: Language) -> bool:
    """Capitalised words that stand apart from the language's ordinary words (see the module).
    An article before a name does not count as a word of it ('Die Zeit drängt' is one noun)."""
    if not capitalised(words[0]) or not capitalised(words[-1]):
        return False
    if any(not capitalised(word) and word.lower() not in NAME_JOINERS for word in words):
        return False
    own = [word for word in words if word[:1].isupper() and fold(word) not in language.stopwords]
    if len(own) >= 2:
        return True
    if len(own) != 1:
        return False
    word = own[0]
    if word.isupper() or any(ch.isupper() or ch.isdigit() for ch in word[1:]):
        return len(word) >= 2
    return len(word) >= 4 and not ordinary(word, language) and not is_role_word(key_of(word), vocabulary(language.code))


def ordinary(word: str, language: Language) -> bool:
    """A word that the language also uses otherwise: a function word, a month or weekday, a word
    of the organisation-word lexicon ('Energy', 'موانئ': what an organisation is, not which one)
    or one the language lists under `ambiguous_names`."""
    folded = fold(word)
    return (folded in language.stopwords or folded in ambiguous_names(language.code) or folded in calendar_words(language.code)
            or folded in language.months or folded in language.weekdays
            or any(form in orgnames.lexicon().words for form in orgnames.forms_of(orgnames.normal(word))))


@cache
def ambiguous_names(code: str) -> frozenset[str]:
    """Ordinary words of a language that are also names of organisations ('Bahn', 'Welt')."""
    return frozenset(fold(word) for word in load_language(code).data.get("ambiguous_names") or ())


def recognised_latin(words: list[str], by_key: dict, language: Language,
                     acronyms: frozenset[str] = frozenset()) -> tuple[str | None, str]:
    """The one id that these Latin-script words name in `by_key` (name key -> ids), or None, and
    the name as written, without a possessive or genitive ending; a key in `acronyms` only when
    written in capitals."""
    text = " ".join(words)
    if not capitalised(words[0]) or not capitalised(words[-1]) or is_arabic(text):
        return None, text
    forms = [words]
    written = {}  # a form read without the weak ending of a plural adjective is named as written ('den Grünen')
    for ending in (POSSESSIVE, GENITIVE, WEAK_N) if language.code == "de" else (POSSESSIVE,):
        stem = ending.sub("", words[-1])
        if stem != words[-1] and len(stem) >= 3:
            forms.append([*words[:-1], stem])
            if ending is WEAK_N:
                written[len(forms) - 1] = text
    if language.code == "de" and len(words) > 1:
        for form in list(forms):
            for adjective in adjective_forms(form[0]):
                forms.append([adjective, *form[1:]])
                written[len(forms) - 1] = " ".join([words[0], *form[1:]])  # as written: 'Schweizerischen Nationalbank'
    head = COMPOUND_HEAD.match(words[-1]) if language.code == "de" and len(words) == 1 else None
    heads = []
    if head:  # 'EU-Kommissionspräsidentin': a known name made of the head and the tail's start, before a role word
        tail = head.group(2)
        singles = vocabulary(language.code).role_singles  # the shortest listed role word that ends the tail
        cut = next((cut for cut in range(len(tail) - 3, 3, -1) if key_of(tail[cut:]) in singles), None)
        for part in dict.fromkeys([tail[:cut], GENITIVE.sub("", tail[:cut])] if cut else []):
            forms.append([f"{head.group(1)}-{part}"])
    if head and plain(head.group(1)) not in territories(language.code):  # 'EU-Staaten', 'US-Zölle': a place, not a body
        heads = [head.group(1)] + [WEAK_N.sub("", head.group(1))] * (WEAK_N.search(head.group(1)) is not None)
        forms += [[part] for part in heads]  # 'Grünen-Politiker': the party 'Grüne', named 'Grünen'
        written[len(forms) - 1] = head.group(1)
    #: a role or a kind after the hyphen says the head is a body's name, however ordinary the word
    #: ('Grünen-Politiker', 'Eon-Konzerns')
    vouched = bool(head) and (is_role_word(key_of(head.group(2)), vocabulary(language.code)) or kind_word(head.group(2), language))
    for index, form in enumerate(forms):
        key = name_key(" ".join(form))
        ids = by_key.get(key) or ()
        if not ids:
            ids = by_key.get(starter_base.joined_key(" ".join(form))) or ()  # 'Thyssen-Krupp', 'Deutschen Presseagentur'

        if key in acronyms and not " ".join(form).isupper():
            continue
        if len(ids) == 1 and (distinctive(form, language) or vouched and form[0] in heads and len(key) >= 3):
            return next(iter(ids)), written.get(index, " ".join(form))  # the dictionary first: it rules out nearly every span
    return None, text


def adjective_forms(word: str) -> list[str]:
    """The other endings of a capitalised German adjective ('Deutschen' -> Deutsche, Deutscher,
    Deutsches), or none."""
    if len(word) < 6 or not word[:1].isupper() or not ADJECTIVE_ENDING.search(word):
        return []
    stem = ADJECTIVE_ENDING.sub("", word)
    return [form for form in (stem + "e", stem + "er", stem + "es") if form != word]


def kind_word(word: str, language: Language) -> bool:
    """A word that says what kind of body a name is ('Konzern', 'Tochter'), also in the genitive."""
    folded = fold(word)
    return any(form in language.org_kind_words or form in language.org_prefixes for form in {folded, GENITIVE.sub("", folded)})


def clitic_forms(text: str) -> list[str]:
    """The text, and the text without its first letter when that may be a glued conjunction or
    preposition (و ب ل ف ك: 'لسيمنس' -> 'سيمنس', 'بصحيفة X' -> 'صحيفة X'); not when the first word is a
    function word as it stands ('كانوا' is 'they were', not ك + 'انوا')."""
    if text[:1] not in CLITICS or fold(text.split(maxsplit=1)[0]) in load_language("ar").stopwords:
        return [text]
    return [text, text[1:]]


def recognised_arabic(words: list[str], by_key: dict) -> tuple[str | None, str, int]:
    """The one id that these Arabic words name, the name as written (without a glued conjunction
    or preposition), and how many letters were cut off its start."""
    text = " ".join(words)
    if not is_arabic(text):
        return None, text, 0
    language = load_language("ar")
    for cut, form in enumerate(clitic_forms(text)):
        key = name_key(form)
        article = fold(form).startswith("ال") and not form.startswith(("أل", "إل", "آل"))  # 'ألفابت': a hamza, no article
        if len(key) < 4 or len(words) == 1 and (article or ordinary(form, language) or fold(form) in common_words("ar")):
            continue  # one word with the article, or an ordinary word ('أراد', a verb: not Arada), is no name by itself
        ids = by_key.get(key) or (by_key.get(key.replace(" ", "")) if len(words) > 1 else None) or ()
        if len(ids) == 1:  # also a name the text writes in more words than the record ('يورو نيوز', 'يورونيوز')
            return next(iter(ids)), form, cut
    return None, text, 0


def first_words(by_key: dict) -> frozenset[str]:
    """The first word of every name key: a span that starts with another word names nothing."""
    return frozenset(key.split()[0] for key in by_key if key)


def may_start_name(word: str, first: frozenset[str]) -> bool:
    return any(key in first for key in start_keys(word))


def may_start_joined(word: str, following: str, first: frozenset[str]) -> bool:
    """may_start_name of two words run together, asked only when a known name's first word may
    begin as the first of them does: every form start_keys reads changes the end of the word, takes
    off a glued clitic or keeps the part before a hyphen, so it begins with the first three letters
    of the first word's key (or of it without its first letter), or is one or two letters long."""
    for key in (name_key(word), name_key(word[1:])):
        head = key.split()[0] if key.strip() else ""
        if not head or head[:3] in first_prefixes(first) or head[:2] in first or head[:1] in first:
            return may_start_name(word + following, first)
    return False


@cache
def first_prefixes(first: frozenset[str]) -> frozenset[str]:
    """The beginnings, of one to three letters, of known names' first words."""
    return frozenset(word[:size] for word in first for size in (1, 2, 3))


@lru_cache(maxsize=1 << 15)  # every word of every line is tested, by several steps
def start_keys(word: str) -> tuple[str, ...]:
    """The first words of the name keys that a word may start a name as: as written, run together,
    without a possessive, genitive or weak ending, a compound's head, without a glued clitic, as
    another ending of an adjective."""
    head = COMPOUND_HEAD.match(word)
    key = name_key(word)
    keys = (key, key.replace(" ", ""), name_key(POSSESSIVE.sub("", word)), name_key(GENITIVE.sub("", word)),
            name_key(WEAK_N.sub("", word)), name_key(head.group(1)) if head else "",
            name_key(WEAK_N.sub("", head.group(1))) if head else "",
            *map(name_key, clitic_forms(word)[1:]), *map(name_key, adjective_forms(word)))
    return tuple(dict.fromkeys(key.split()[0] for key in keys if key))


def known_names(line: str, by_key: dict, language: Language, min_words: int = 1,
                first: frozenset[str] | None = None, acronyms: frozenset[str] = frozenset()) -> list[tuple[str, str, int]]:
    """(id, the name as written, where it starts) of every known name in a line that `by_key`
    (name key -> ids; `first`: its first words) gives one id for, longest first, no two
    overlapping."""
    first = first_words(by_key) if first is None else first
    tokens = list(WORD.finditer(line))
    elided = [len(match.group(0)) if (match := ELISION.match(token.group(0))) else 0 for token in tokens]
    words = [token.group(0)[cut:] for token, cut in zip(tokens, elided)]  # "d’Alaska Airlines": the name after the elision
    # a name starts at a word that starts a known name, or at two that the record writes as one ('كويل نيوز')
    starts = [may_start_name(word, first) or index + 1 < len(words) and may_start_joined(word, words[index + 1], first)
              for index, word in enumerate(words)]
    #: whether a word and the next stand in one phrase: only spaces between them, no full stop,
    #: comma or bracket ('Milliarden Euro. Finanzminister' is no 'Euro Finanzminister')
    joined = [not line[one.end():other.start()].strip() for one, other in zip(tokens, tokens[1:])]
    used: set[int] = set()
    found = []
    for start, end in spans(len(words)):
        if end - start < min_words:
            break
        if not starts[start] or used & set(range(start, end)) or not all(joined[start:end - 1]):
            continue
        found_id, text = recognised_latin(words[start:end], by_key, language, acronyms)
        cut = elided[start]
        if found_id is None:
            found_id, text, cut = recognised_arabic(words[start:end], by_key)
        if found_id is not None and not inside_spelled_letters(words, start, end):
            used |= set(range(start, end))
            found.append((found_id, text, tokens[start].start() + cut))
    return found


@lru_cache(maxsize=4096)
def starter_names(line: str, starter: starter_base.Starter, folder: str, code: str, min_words: int = 1) -> tuple:
    """known_names of the starter knowledge base (the same lines are read by several steps)."""
    return tuple(known_names(line, starter.by_key[folder], load_language(code), min_words, starter.first_words[folder],
                             starter.acronyms))


def inside_spelled_letters(words: list[str], start: int, end: int) -> bool:
    """Latin letters spelled out in Arabic ('إيه بي سي' is ABC): a name of them is part of a longer
    one when another such letter stands beside it ('بي سي', BC, inside 'إيه بي سي')."""
    letters = names.SPELLED_LETTERS
    if not all(fold(word) in letters for word in words[start:end]):
        return False
    # 'آر دبليو إي إيه جي' is RWE AG: a legal form after the name does not continue it
    return start > 0 and fold(words[start - 1]) in letters or end < len(words) and fold(words[end]) in letters \
        and not legal_form_words(words[end:], load_language("ar"))


def particle_forms(name: str) -> list[str]:
    """A person's name as written in full, and from each of its particles on, which news writes
    alone ('Bruno Le Maire': 'Le Maire'; 'Ursula von der Leyen': 'von der Leyen')."""
    words = name.split()
    return [name, *(" ".join(words[index:]) for index in range(1, len(words) - 1) if words[index].lower() in names.PARTICLES)]


def known_mentions(draft: Draft, rules: Rules, people: list[str]) -> list[Mention]:
    """Every place in the body where an organisation of the starter knowledge base is named,
    except inside a person's name as written there ('Dell' in 'Michael Dell'), also where the
    name is written from its particle on ('Le Maire' of 'Bruno Le Maire', 'von der Leyen')."""
    starter = starter_base.load_starter()
    records = starter.records["companies"]
    forms = {form for name in people if name for form in particle_forms(name)}
    mentions = []
    for index, line in enumerate(draft.body_lines()):
        first = len(mentions)  # where this line's mentions begin
        inside_people = [(match.start(), match.end()) for form in forms
                         for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", line)]
        for record_id, text, start in starter_names(line, starter, "companies", rules.language.code):
            if any(begin <= start and start + len(text) <= end for begin, end in inside_people):
                continue
            division = records[record_id].kind == "division"
            keys = {name_key(spelling) for spelling in records[record_id].spellings}
            spellings = keys | {key.replace(" ", "") for key in keys}  # and as one word: 'Presseagentur', 'Presse-Agentur'

            words = text.split()
            while len(words) > 1 and rules.language.script == "latin" and descriptive(words[0], rules) \
                    and name_key(" ".join(words[1:])) in spellings and not all(descriptive(word, rules) for word in words[1:]):
                start += text.index(words[1], len(words[0]))  # 'Gewerkschaft Verdi', 'Förderbank KfW': the name is 'Verdi', 'KfW'
                text, words = text[text.index(words[1], len(words[0])):], words[1:]
            while len(words) > 1 and is_prefix_word(words[0], rules, False):
                words = words[1:]  # 'نقابة آي جي ميتال': the name is 'آي جي ميتال'
            if not spelt(words, spellings) and spelt(WEAK_N.sub("", " ".join(words)).split(), spellings):
                words = WEAK_N.sub("", " ".join(words)).split()  # named 'Grünen', the record's 'Grüne'
            if not spelt(words, spellings):  # named 'Deutschen Bahn', the record's 'Deutsche Bahn'
                words = next((form for form in ([adjective, *words[1:]] for adjective in adjective_forms(words[0]))
                              if spelt(form, spellings)), words)
            country = other_country(line, start, text, record_id, rules.language)
            if country:  # 'dem algerischen Verfassungsrat' is not the record's French one: a body of its own
                begin, end = min(start, country.start()), max(start + len(text), country.end())
                mentions.append(Mention(line[begin:end], index, begin, kind=records[record_id].kind, core=line[begin:end]))
                continue
            legal_form = legal_form_after(line, start + len(text), rules.language)
            if legal_form:  # 'آر دبليو إي إيه جي': the name with its legal form, as the rules read 'RWE AG'
                text = line[start:start + len(text) + legal_form]
            # named in the genitive ('des Innenministeriums'): the form as written is an alias
            genitive = re.match(rf"{re.escape(text)}e?s(?!\w)", line[start:]) if rules.language.code == "de" else None
            mentions.append(Mention(text, index, start, kind=None if division else records[record_id].kind, division=division,
                                    core=" ".join(words), record=record_id, aliases=[genitive.group()] if genitive else []))
        mentions += affiliations(line, index, people, starter, records)
        mentions += coordinated(line, index, mentions[first:], starter, rules.language)
    return mentions


def other_country(line: str, start: int, text: str, record_id: str, language: Language) -> re.Match | None:
    """The word that makes a known description another country's body: a country's adjective
    right before it that the name alone does not state and none of the record's names does ('dem
    algerischen Verfassungsrat', where the record is France's Constitutional Council). Only for
    the public bodies every country has (PUBLIC_BODIES) named by a description: a company's
    country before its name ('die amerikanische SpaceX', 'die französische Thales') is its own.
    None when there is no such word. Latin script only: an Arabic body's name in the knowledge
    base states its country ('المجلس الدستوري الفرنسي'), and the adjective after an Arabic name
    is mostly the company's country ('كوفيسترو الألمانية')."""
    if language.script == "arabic" or start < 2 or line[start - 1] != " " \
            or starter_base.load_starter().records["companies"][record_id].kind not in PUBLIC_BODIES:
        return None
    word = next(reversed(list(WORD.finditer(line, max(0, start - 40), start - 1))), None)
    if not word or word.end() != start - 1 or not bare_description(text):
        return None
    added = places_of(f"{word.group()} {text}") - places_of(text)
    return word if added and not added & record_places(record_id) else None


#: the kinds of body every country has one of, by the same description (a court, a ministry)
PUBLIC_BODIES = frozenset({"court", "ministry", "regulator"})


@lru_cache(maxsize=4096)
def bare_description(text: str) -> bool:
    """Whether a name can be read as a description alone, with no name of its own and no country."""
    return any(reading.meaning and not reading.own and not reading.places for reading in orgnames.org_form(text).readings)


@lru_cache(maxsize=4096)
def places_of(text: str) -> frozenset[str]:
    """The countries a name states (orgnames: 'algerischen Verfassungsrat': Algeria)."""
    return frozenset().union(*(reading.places for reading in orgnames.org_form(text).readings))


@cache
def record_places(record_id: str) -> frozenset[str]:
    """The countries any name of a starter organisation states."""
    return frozenset().union(*(places_of(spelling) for spelling in starter_base.load_starter().records["companies"][record_id].spellings))


def spelt(words: list[str], spellings: set[str]) -> bool:
    """Whether these words are one of a record's spellings (`spellings`: name keys, also without spaces)."""
    key = name_key(" ".join(words))
    return key in spellings or key.replace(" ", "") in spellings


def legal_form_after(line: str, end: int, language: Language) -> int:
    """The length of an Arabic legal form (one to three words of the language's `org_suffixes`) right
    after a name ending at `end`, with the space before it; 0 when there is none."""
    if language.script != "arabic":
        return 0
    words = list(WORD.finditer(line, end, end + 40))
    if not words or line[end:words[0].start()].strip():
        return 0
    size = legal_form_words([word.group() for word in words], language)
    return words[size - 1].end() - end if size else 0


def legal_form_words(words: list[str], language: Language) -> int:
    """How many of these words, from the first, are a legal form of the language's `org_suffixes`
    (the longest of one to three words), or 0."""
    return next((size for size in (3, 2, 1) if len(words) >= size
                 and " ".join(fold(word) for word in words[:size]) in language.org_suffixes), 0)


def coordinated(line: str, index: int, named: list[Mention], starter: starter_base.Starter, language: Language) -> list[Mention]:
    """A known name that the language also uses as an ordinary word ('Union', 'Linke'), joined by
    'und' to an organisation named in the same line ('Union und SPD', 'die AfD und die Linke'):
    that organisation too. Not a word that ends a longer capitalised name ('Europäische Union')."""
    joins = [re.escape(fold(word)) for word in language.data.get("role_coordinators") or () if word.isalpha()]
    if language.script != "latin" or not named or not joins:
        return []
    join, article, word = "|".join(joins), r"(?:[a-zäöüéè]{1,3}\s+)?", r"([A-ZÄÖÜÉ][\w-]+)"
    records = starter.records["companies"]
    found = []
    for mention in named:
        end = mention.start + len(mention.text)
        after = re.match(rf"\s+(?:{join})\s+{article}{word}\b", line[end:])
        before = re.search(rf"(?<!\w){word}\s+(?:{join})\s+{article}$", line[:mention.start])
        for match, offset in ((after, end), (before, 0)):
            if match is None:
                continue
            text, start = match.group(1), offset + match.start(1)
            previous = re.search(r"(\w+)\W*$", line[:start])
            if previous and previous.group(1)[:1].isupper() or any(other.start <= start < other.start + len(other.text) for other in named):
                continue
            form = next((form for form in (text, WEAK_N.sub("", text)) if fold(form) in ambiguous_names(language.code)), None)
            ids = starter.by_key["companies"].get(name_key(form)) if form else None
            if ids and len(ids) == 1:
                record_id = next(iter(ids))
                found.append(Mention(text, index, start, kind=records[record_id].kind, core=form, record=record_id))
    return found


def affiliations(line: str, index: int, people: list[str], starter: starter_base.Starter, records: dict) -> list[Mention]:
    """A known name in brackets right after a person's name, as news gives a politician's party
    ('Robert Beispiel (Grüne)'): that organisation, even where its name is an ordinary word."""
    found = []
    for name in people:
        for match in re.finditer(rf"(?<!\w){re.escape(name)}\s*\(([^()\d]{{2,40}})\)", line) if name else ():
            ids = starter.by_key["companies"].get(name_key(match.group(1))) or ()
            if len(ids) == 1:
                record_id = next(iter(ids))
                found.append(Mention(match.group(1), index, match.start(1), kind=records[record_id].kind,
                                     core=match.group(1), record=record_id))
    return found
