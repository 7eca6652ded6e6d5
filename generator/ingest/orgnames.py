"""Organisation names across languages, where words are translated rather than transliterated:
'Landgericht Hamburg', 'tribunal régional de Hambourg', 'المحكمة الإقليمية في هامبورغ'.

The `org_words` of every language file map words to concepts shared by all languages, in four
groups: *meaning* words (court, regional, trading, green) must agree between two names of one
body; *type* words (company, group, fund) say what kind of body it is, not which, and are left
out; *place* words (a country or its adjective) are compared only when both names have one;
*ignore* words (of, für, في, مكافحة) carry nothing.  German compounds are split into listed
words ('Bundes|kartell|amt'); Arabic clitics and the article are stripped ('للتجارة' -> 'تجارة').
What is left are the name's own words, compared by their phonetic skeleton (names.py).

Two names are of one body when their meaning words are the same, their places do not differ,
and their own words pair up one to one ('Osthafen Trading' = 'أوستهافن للتجارة', but not
'أوستهافن للطاقة').  A name of meaning words only needs at least two of them, or one and the
same country ('European Commission', 'Qatar Airways' = 'الخطوط الجوية القطرية').
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from itertools import permutations

from generator.ingest import names
from generator.ingest.langdata import available, fold, load_language

GROUPS = ("meaning", "type", "place", "ignore")
#: endings a Latin word may carry beyond the listed form ('Europäische', 'régionales')
LATIN_ENDINGS = ("es", "en", "er", "em", "s", "e", "n", "x")
#: what may stand before an Arabic word: a conjunction or preposition and the article
ARABIC_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف", "ك")
#: the article alone: a name's reading in which no conjunction or preposition is taken off
#: ('باول', Paul or Powell, is no 'ب' + 'أول')
ARTICLE = ("ال",)
#: endings of an Arabic word beyond the listed form: feminine ة (folded ه), plural ات/ين/ون
ARABIC_ENDINGS = ("ه", "ات", "ين", "ون")
SPLIT = re.compile(r"[\s\-‐’'`.,()«»\"/&:;]+")
#: German compounds are split only down to parts of this length
PART = 3
#: own words must pair up at least this well (as names.py's skeleton matches)
ACCEPT = 0.8
#: how alike the letters of two Latin spellings must be to be compared by their sound at all
LATIN_SPELLING = 0.7


@dataclass(frozen=True)
class Lexicon:
    """The `org_words` of all languages: folded word -> (group, concept), and phrases."""

    words: dict[str, tuple[str, str]]
    phrases: dict[str, list[tuple[tuple[str, ...], tuple[str, str]]]]


@dataclass(frozen=True)
class OrgName:
    """An organisation name by meaning: concepts, places, and the skeletons of its own words."""

    meaning: frozenset[str]
    places: frozenset[str]
    own: tuple[tuple[str, ...], ...]


def normal(word: str) -> str:
    """A word as the lexicon is keyed: folded, and for Latin script without accents."""
    word = fold(word)
    return word if names.is_arabic(word) else names.plain_latin(word)


def build_lexicon(tables: list[dict]) -> Lexicon:
    """One lexicon from the `org_words` tables of several languages."""
    words: dict[str, tuple[str, str]] = {}
    phrases: dict[str, list] = {}
    for table in tables:
        for group in GROUPS:
            entries = (table or {}).get(group) or {}
            if group == "ignore":
                entries = {"": entries}
            for concept, forms in entries.items():
                for form in forms or ():
                    parts = tuple(normal(part) for part in SPLIT.split(str(form)) if part)
                    if len(parts) == 1:
                        words.setdefault(parts[0], (group, concept))
                    elif parts:
                        phrases.setdefault(parts[0], []).append((parts, (group, concept)))
    for options in phrases.values():
        options.sort(key=lambda option: len(option[0]), reverse=True)
    return Lexicon(words, phrases)


@cache
def lexicon() -> Lexicon:
    return build_lexicon([load_language(code).data.get("org_words") for code in available()])


def forms_of(word: str, prefixes: tuple[str, ...] = ARABIC_PREFIXES) -> list[str]:
    """The forms under which a word may be listed: itself, without clitics (those of `prefixes`),
    without endings."""
    if names.is_arabic(word):
        bases = [word] + [word[len(prefix):] for prefix in prefixes
                          if word.startswith(prefix) and len(word) - len(prefix) >= 2]
        return bases + [base[: -len(ending)] for base in bases for ending in ARABIC_ENDINGS
                        if base.endswith(ending) and len(base) - len(ending) >= 2]
    return [word] + [word[: -len(ending)] for ending in LATIN_ENDINGS
                     if word.endswith(ending) and len(word) - len(ending) >= PART]


def listed(word: str, lex: Lexicon, prefixes: tuple[str, ...] = ARABIC_PREFIXES) -> tuple[str, str] | None:
    return next((lex.words[form] for form in forms_of(word, prefixes) if form in lex.words), None)


def compound(word: str, lex: Lexicon) -> list[tuple[str, str]] | None:
    """A Latin compound as listed words ('bundeskartellamt' -> federal, competition, office),
    or None when some part of it is not listed."""
    if names.is_arabic(word) or len(word) < 2 * PART:
        return None
    for cut in range(len(word), PART - 1, -1):
        head, rest = word[:cut], word[cut:]
        if head not in lex.words:
            continue
        if not rest or rest in LATIN_ENDINGS:
            return [lex.words[head]]
        for tail in (rest, rest[1:] if rest.startswith("s") else ""):
            parts = [listed(tail, lex)] if listed(tail, lex) else compound(tail, lex)
            if len(tail) >= PART and parts:
                return [lex.words[head], *parts]
    return None


def phrase_at(words: list[str], index: int, lex: Lexicon, prefixes: tuple[str, ...] = ARABIC_PREFIXES) -> tuple[int, tuple[str, str]] | None:
    """A listed phrase starting at words[index]: (its length, its concept)."""
    for first in forms_of(words[index], prefixes):
        for parts, concept in lex.phrases.get(first, ()):
            following = words[index + 1: index + len(parts)]
            if len(following) == len(parts) - 1 and all(
                part in forms_of(word) for part, word in zip(parts[1:], following, strict=True)
            ):
                return len(parts), concept
    return None


def org_name(text: str, generic: frozenset[str] = frozenset(), lex: Lexicon | None = None, split: bool = True,
             prefixes: tuple[str, ...] = ARABIC_PREFIXES) -> OrgName:
    """The name by meaning; `generic` words (legal forms, 'Gruppe') are left out like type words;
    with `split`, compounds of listed words count as those words; an Arabic word is looked up also
    without the clitics of `prefixes`."""
    lex = lex or lexicon()
    words = names.spelled_acronyms([normal(word) for word in SPLIT.split(fold(text)) if word])
    meaning, places, own = set(), set(), []
    index = 0
    while index < len(words):
        word = words[index]
        found = phrase_at(words, index, lex, prefixes)
        step, concepts = (found[0], [found[1]]) if found else (1, None)
        if concepts is None:
            one = listed(word, lex, prefixes)
            concepts = [one] if one else compound(word, lex) if split else None
        index += step
        if concepts:
            meaning |= {concept for group, concept in concepts if group == "meaning"}
            places |= {concept for group, concept in concepts if group == "place"}
        elif word not in generic and word not in names.PARTICLES:
            own += names.name_skeleton(word)
    return OrgName(frozenset(meaning), frozenset(places), tuple(own))


@dataclass(frozen=True)
class OrgForm:
    """What one spelling of an organisation is compared by: its skeleton (names.py), and its name
    by meaning read with and without splitting compounds (a compound of listed words may be a
    body's description, 'Bundeskartellamt', or a name of its own, 'Nordstern'), and in Arabic
    also without taking a conjunction or preposition off a word (a glued one may be the first
    letter of a name: 'معهد باول-إيرليش', not 'ب' + 'أول')."""

    skeleton: list
    readings: tuple[OrgName, ...]
    #: a Latin spelling's letters and digits, without case, accents or spaces ('' in Arabic script)
    letters: str = ""


def org_form(text: str, generic: frozenset[str] = frozenset()) -> OrgForm:
    readings = dict.fromkeys([org_name(text, generic), org_name(text, generic, split=False),
                              org_name(text, generic, prefixes=ARTICLE)])
    lex = lexicon()
    kept = [word for word in map(normal, SPLIT.split(fold(text)))
            if word and word not in generic and (listed(word, lex) or ("",))[0] not in ("type", "ignore")]
    letters = "" if names.is_arabic(text) else re.sub(r"[\W_]+", "", "".join(kept))
    return OrgForm(names.name_skeleton(text, generic), tuple(readings), letters)


def similarity(one: OrgForm, other: OrgForm) -> float:
    """How surely two spellings name one body (0..1).

    By meaning alone when both names have meaning words in some reading ('Helvik Bank' is not
    'Helvik Bahn', 'Landgericht X' not 'Amtsgericht X'); else also by skeleton, word by word or
    run together ('StreamBox', 'ستريم بوكس'), as a transliteration of 'Médias' is no
    translation."""
    pairs = [(a, b) for a in one.readings for b in other.readings]
    by_meaning = max(org_similarity(a, b) for a, b in pairs)
    if any(a.meaning and b.meaning for a, b in pairs):
        if described(one) and described(other):
            return by_meaning
        # a word the lexicon lacks in one spelling ('فايننشل', a transliteration of 'financial'
        # it does not list) leaves a name of its own: word for word of the same sound, it is one
        return max(by_meaning, sounded_out(one.skeleton, other.skeleton))
    if one.letters and other.letters and SequenceMatcher(None, one.letters, other.letters).ratio() < LATIN_SPELLING:
        return 0.0  # two Latin spellings of one name differ in a letter or two, they do not only sound alike ('Roxane', 'Ericsson')
    if not (telling(one.skeleton) and telling(other.skeleton)):
        return by_meaning
    if described(one) or described(other):
        return max(by_meaning, sounded_out(one.skeleton, other.skeleton))
    skeletons = max(names.similarity(one.skeleton, other.skeleton), names.joined_similarity(one.skeleton, other.skeleton))
    return max(by_meaning, skeletons)


#: skeleton letters a name needs to be compared by its sound: 'Wiz' (S) sounds like the article-less
#: 'السويس' (Suez, S), and any two names of one or two consonants sound alike
TELLING_LETTERS = 3


def described(form: OrgForm) -> bool:
    """A name made only of meaning words in every reading ('Verts', 'Grüne', 'Bundeskartellamt'):
    a translation says what the body is, and its sound is no spelling of another name
    ('Jefferies' sounds like 'Verts', FRS and FRTS)."""
    return all(reading.meaning and not reading.own for reading in form.readings)


def elliptic(alias: str, forms: list[OrgForm]) -> bool:
    """A description without the country that one of the body's names has ('البنك المركزي' of
    'البنك المركزي المصري', 'die Notenbank' of 'Ägyptische Zentralbank', 'Bank' of 'Deutsche
    Bank'): how an article refers back to the body, not a name of it; an alias so made would name
    every country's central bank. `forms`: the body's names as compared (knowledge.form_of; the
    words it leaves out as generic change no meaning or place)."""
    bare = [reading.meaning for reading in org_form(alias).readings if reading.meaning and not reading.places and not reading.own]
    return bool(bare) and any(meaning <= reading.meaning and reading.places for form in forms for reading in form.readings for meaning in bare)


def sounded_out(one: list, other: list) -> float:
    """1.0 when a descriptive name and another are one spelling word for word: as many words, two
    at least, each of the same sound ('Deutsche Börse' and its transliteration 'دويتشه بورسي'),
    else 0.0. A single word sounding like a description says too little ('Jefferies', 'Verts')."""
    if len(one) != len(other) or len(one) < 2:
        return 0.0
    return 1.0 if all(names.ratio(a, b) == 1.0 for a, b in zip(one, other)) else 0.0


def telling(skeleton: list) -> bool:
    return sum(max(map(len, readings)) for readings in skeleton) >= TELLING_LETTERS


def org_similarity(one: OrgName, other: OrgName) -> float:
    """1.0 (or the weakest own-word match) when the two names are of one body, else 0.0.

    A country is compared only when both name one, as long as neither name has words of its
    own: 'Office fédéral allemand des ententes' = 'Bundeskartellamt', but 'Acme Germany' is
    not 'Acme'."""
    if one.meaning != other.meaning or (one.places and other.places and one.places != other.places):
        return 0.0
    if not one.own and not other.own:
        shared_place = bool(one.places and one.places == other.places)
        return 1.0 if len(one.meaning) + shared_place >= 2 else 0.0
    if one.places != other.places or len(one.own) != len(other.own) or len(one.own) > 5:
        return 0.0
    if not one.meaning and not (telling(list(one.own)) and telling(list(other.own))):
        return 0.0  # a bare name of one or two consonants: 'Wiz' and 'السويس' both read S
    best = max(
        min(names.ratio(a, b) for a, b in zip(one.own, order, strict=True))
        for order in permutations(other.own)
    )
    return best if best >= ACCEPT else 0.0
