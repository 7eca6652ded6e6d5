"""Comparing names across spellings and scripts: 'Gregor Stein', 'غريغور شتاين', 'جريجور شتاين'.

A name becomes a list of tokens, each reduced to a *phonetic skeleton*: the consonants, with
the letters that transliteration confuses merged into one class (b/p, f/v, d/t, s/z/sh/ch,
g/gh/j, k/q/kh), vowels, the half-vowels w/y and an h inside a word dropped, particles (von,
van der, bin, بن) dropped, and a leading ال read both as the article and as part of the name.  Skeletons of the first and the last token are compared with a
similarity ratio; the weaker of the two is the score.  Ranking candidates with a margin is
left to the caller (generator/ingest/knowledge.py).
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

from generator.ingest.langdata import fold

#: name particles and articles of any of the languages, Latin and Arabic script (folded)
PARTICLES = {
    "von", "vom", "van", "der", "den", "de", "du", "des", "da", "di", "del", "della", "le", "la",
    "zu", "zur", "ten", "ter", "bin", "ben", "ibn", "bint", "al", "el", "abu",
    "فون", "فان", "دير", "در", "دي", "دو", "دا", "لا", "بن", "بنت", "ابن", "ال", "ابو",
}
GERMAN_SIBILANTS = [("tsch", "s"), ("dsch", "g"), ("sch", "s")]
LATIN_DIGRAPHS = [
    ("sh", "s"), ("zh", "s"), ("kh", "k"), ("gh", "g"),
    ("ph", "f"), ("th", "t"), ("dh", "t"), ("ck", "k"), ("qu", "k"), ("dj", "g"), ("x", "ks"),
]
LATIN_LETTERS = str.maketrans({
    "b": "B", "p": "B", "f": "F", "v": "F", "d": "T", "t": "T", "s": "S", "z": "S", "ç": "S",
    "g": "G", "j": "G", "k": "K", "q": "K", "c": "K", "h": "H", "l": "L", "m": "M", "n": "N", "r": "R",
})
ARABIC_LETTERS = str.maketrans({
    "ب": "B", "پ": "B", "ف": "F", "ڤ": "F", "ت": "T", "ط": "T", "د": "T", "ض": "T", "ذ": "T", "ث": "T",
    "ظ": "T", "س": "S", "ص": "S", "ز": "S", "ش": "S", "چ": "S", "ج": "G", "غ": "G", "گ": "G", "ق": "K",
    "ك": "K", "خ": "K", "ح": "H", "ه": "H", "ل": "L", "م": "M", "ن": "N", "ر": "R",
})
VOWELS = "aeiouy"


#: what a name key reads as a space
KEY_PUNCTUATION = re.compile(r"[-‐’'`«»\"().,]")


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """A name compared without case, accents, hyphens, quotes or Arabic letter variants."""
    text = fold(text).replace("ı", "i")
    if not text.isascii():  # ASCII has nothing to decompose: most Latin words skip the letter-by-letter pass
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(KEY_PUNCTUATION.sub(" ", text).split())


#: 'son of', 'daughter of' in a name: what follows is the father's name
SON_OF = frozenset({"بن", "بنت", "ابن", "bin", "ibn", "ben", "bint"})


def plain_latin(text: str) -> str:
    """Lowercase, accents removed ('Yıldız' -> 'yildiz', 'ß' -> 'ss')."""
    text = unicodedata.normalize("NFKD", text.lower().replace("ı", "i").replace("ß", "ss"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


#: Latin letters spelled out in Arabic script (folded), as in acronyms: 'إيه بي سي' is ABC
LETTER_NAMES = {
    "ايه": "a", "بي": "b", "سي": "c", "دي": "d", "اي": "i", "اف": "f", "جي": "g", "اتش": "h",
    "جاي": "j", "جيه": "j", "كيه": "k", "كي": "k", "ام": "m", "ان": "n", "او": "o", "كيو": "q",
    "ار": "r", "اس": "s", "تي": "t", "يو": "u", "دبليو": "w", "اكس": "x", "واي": "y", "زد": "z",
}
#: spelled letters that are also words ('في' in, 'ال' the, 'زي' dress): letters only beside other letters
#: with dots between them ('سي.في.سي') or inside a known name
WORD_LETTER_NAMES = {"في": "v", "ال": "l", "زي": "z"}
#: every spelled letter, the ones that are also words too
SPELLED_LETTERS = {**LETTER_NAMES, **WORD_LETTER_NAMES}


def spelled_acronyms(words: list[str]) -> list[str]:
    """Runs of two or more spelled-out letters become one Latin word: ['اي', 'جي'] -> ['ig']."""
    out: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        if word in LETTER_NAMES:
            run.append(word)
            continue
        out += ["".join(LETTER_NAMES[letter] for letter in run)] if len(run) >= 2 else run  # one alone is a word ('في')
        run = []
        if word:
            out.append(word)
    return out


def spelled_out(text: str) -> bool:
    """A name made only of Latin letters spelled out in Arabic ('إم تي إن', MTN): an acronym, whose
    skeleton is no more than its letters' consonants ('Modon' reads the same)."""
    words = fold(text).split()
    return len(words) >= 2 and all(word in LETTER_NAMES for word in words)


#: spelled letters that folding would confuse, as written: 'إي' is E and 'آي' I (both fold to 'اي'),
#: 'إل' is L (folded it is the article)
WRITTEN_LETTERS = {"إي": "e", "آي": "i", "إل": "l"}
SEPARATOR = re.compile(r"[\s.]+")


@lru_cache(maxsize=65536)
def latin_letters(text: str) -> str:
    """A name with its runs of two or more Latin letters spelled out in Arabic written as those
    letters: 'إيه جي آي' -> 'AGI', 'بنك يو بي إس' -> 'بنك UBS', 'جي.اس.ام.ايه' -> 'GSMA' (letters
    that are also words only between dots: 'سي.في.سي'). An id made from it reads as the acronym."""
    dotted = "." in text

    def letter(part: str) -> str | None:
        written = re.sub("[\u064b-\u065f\u0640]", "", part)
        return WRITTEN_LETTERS.get(written) or LETTER_NAMES.get(fold(part)) or (WORD_LETTER_NAMES.get(fold(part)) if dotted else None)

    out, run = [], []  # run: the letters read so far, with the separators between them

    def flush() -> None:
        letters = [letter(part) for part in run if not SEPARATOR.fullmatch(part)]
        ends = len(run)
        while ends and SEPARATOR.fullmatch(run[ends - 1]):
            ends -= 1
        out.extend(["".join(letters).upper(), *run[ends:]] if len(letters) >= 2 else run)
        run.clear()

    for part in re.findall(r"[^\s.]+|[\s.]+", text):
        if SEPARATOR.fullmatch(part):
            (run if run else out).append(part)
        elif letter(part):
            run.append(part)
        else:
            flush()
            out.append(part)
    flush()
    return "".join(out)


def tokens(name: str, generic: frozenset[str] = frozenset()) -> list[str]:
    """The words of a name that carry it: particles and `generic` words (an organisation's
    legal form, 'شركة', 'Gruppe') dropped."""
    words = spelled_acronyms(re.split(r"[\s\-‐’'`.,()]+", fold(name)))
    kept = []
    for word in words:
        if not word or word in PARTICLES or word in generic:
            continue
        if kept and kept[-1] in SERVANT_OF:
            kept[-1] += word  # 'عبد الله' is one name, 'Abdullah' ('Abdel Aziz', 'عبد العزيز': 'Abdulaziz')
            continue
        kept.append(word)
    return kept


#: 'servant of': the first half of an Arabic compound name, written apart in Arabic and often in
#: one word in Latin letters ('عبد الله' Abdullah, 'عبد الرحمن' Abdulrahman)
SERVANT_OF = {"عبد", "abd", "abdel", "abdul", "abdal", "abdol", "abdu"}


#: Latin letters that transliteration reads two ways: 'ch' (Chen تش / Bach خ), 'w' (Walid و /
#: Wagner ف), 'j' (Rajesh ج / Jan ي).  Every reading is kept and the best one is compared.
READINGS = [("ch", ("s", "k")), ("w", ("", "f")), ("j", ("g", "y"))]


def skeleton(word: str, reading: dict[str, str] | None = None) -> str:
    """The consonant skeleton of one folded word, in either script."""
    if re.search("[\u0621-\u064a]", word):
        out = word.replace("تش", "ش").translate(ARABIC_LETTERS)
    else:
        word = plain_latin(word)
        for letters, sound in GERMAN_SIBILANTS:
            word = word.replace(letters, sound)
        for letters, choices in READINGS:
            word = word.replace(letters, (reading or {}).get(letters, choices[0]))
        for digraph, letter in LATIN_DIGRAPHS:
            word = word.replace(digraph, letter)
        word = re.sub(r"c(?=[eiy])", "s", word)
        out = word.translate(LATIN_LETTERS)
    # h inside a word is often silent or unwritten ('Ahlen' آلن, final ة/ه, 'Kahtani' القحطاني)
    out = out[:1] + out[1:].replace("H", "")
    out = re.sub(r"[^BFTSGKHLMNR]", "", out)
    return re.sub(r"(.)\1+", r"\1", out)


@lru_cache(maxsize=65536)
def readings(word: str) -> tuple[str, ...]:
    """Every skeleton a word can have (one for Arabic script)."""
    if re.match(r"^ال[\u0621-\u064a]{2,}", word):
        # the article ('الهاشمي' -> 'هاشمي'), or the first letters of a foreign name ('اليزابيث', Elizabeth)
        return tuple(dict.fromkeys([skeleton(word[2:]) or word[2:], skeleton(word) or word]))
    if re.match(r"^al[^aeiouy\W]\w{3,}", plain_latin(word)):
        # the article run into a transliterated name ('Alsuwaidi' السويدي, 'Alwaleed'), or a name's
        # own first letters ('Albrecht')
        return tuple(dict.fromkeys([*readings(word[2:]), *latin_readings(word)]))
    return latin_readings(word) if not re.search("[\u0621-\u064a]", word) else (skeleton(word) or word,)


def latin_readings(word: str) -> tuple[str, ...]:
    """The skeletons of a Latin-script word, one per reading of its ambiguous letters (READINGS)."""
    plain = plain_latin(word)
    options = [{}]
    for letters, choices in READINGS:
        if letters in plain:
            options = [{**option, letters: choice} for option in options for choice in choices]
    return tuple(dict.fromkeys(skeleton(word, option) or word for option in options))


def name_skeleton(name: str, generic: frozenset[str] = frozenset()) -> list[tuple[str, ...]]:
    """Per token of a name, its skeleton readings."""
    return [readings(word) for word in tokens(name, generic)]


def ratio(one: tuple[str, ...] | str, other: tuple[str, ...] | str) -> float:
    """Similarity of two tokens' skeletons: the best pair of readings."""
    ones = (one,) if isinstance(one, str) else one
    others = (other,) if isinstance(other, str) else other
    return max(text_ratio(a, b) for a in ones for b in others)


@lru_cache(maxsize=262144)
def text_ratio(one: str, other: str) -> float:
    """difflib's ratio, cached: the same skeletons meet again and again across articles."""
    if one == other:
        return 1.0
    if not one or not other:
        return 0.0
    return SequenceMatcher(None, one, other, autojunk=False).ratio()


def similarity(one: list[tuple[str, ...]], other: list[tuple[str, ...]]) -> float:
    """How alike two names' skeletons are (0..1): the weaker of first-token and last-token ratios.

    A name of one token is compared only with another one-token name (a surname alone says
    too little to join two people)."""
    if not one or not other or (len(one) == 1) != (len(other) == 1):
        return 0.0
    first = ratio(one[0], other[0])
    last = ratio(one[-1], other[-1])
    return min(first, last)


def spelt_two_ways(one: str, other: str) -> bool:
    """Two folded words that one article may write for one word of a name ('هيوارد', 'هايورد';
    'بتروليوم', 'بيتروليوم'): nearly the same letters (difflib's ratio 0.8) and the same skeleton;
    a particle, which has no skeleton, only as itself."""
    ones, others = name_skeleton(one), name_skeleton(other)
    return bool(ones) and bool(others) and text_ratio(one, other) >= 0.8 and ratio(ones[0], others[0]) == 1.0


def person_similarity(one: list[tuple[str, ...]], other: list[tuple[str, ...]]) -> float:
    """How alike two people's names are (0..1): as `similarity`, and no more than their middle words
    where both names have as many words: an Arab name's father's name tells two people of one
    family apart ('Ahmed bin Saeed Al Maktoum', 'Mohammed bin Rashid Al Maktoum', whose first names
    the skeletons read alike), where one of two spellings may leave it out ('Mohammed Al Maktoum').
    Nothing for two Latin spellings whose letters differ more than a transliteration's
    (LATIN_SPELLING; forms made by person_form)."""
    ones, others = getattr(one, "letters", ""), getattr(other, "letters", "")
    if ones and others and text_ratio(ones, others) < LATIN_SPELLING:
        return 0.0  # two Latin spellings of one name differ in a few letters, they do not only sound alike ('Sam Altman', 'Osama bin Laden')
    ending, other_ending = getattr(one, "nisba", None), getattr(other, "nisba", None)
    if ending is not None and other_ending is not None and ending != other_ending:
        return 0.0  # one surname with a nisba's ي and one without: other names of one root
    middle = min((ratio(a, b) for a, b in zip(one[1:-1], other[1:-1])), default=1.0) if len(one) == len(other) else 1.0
    return min(similarity(one, other), middle)


#: how alike the letters of two Latin spellings of a person's name must be (names_key, difflib's
#: ratio): other transliterations of one name stay above it ('Chalid al-Falih', 'Khalid al-Falih'
#: 0.93; 'Schehbas Scharif', 'Shehbaz Sharif' 0.87), other people whose skeletons read alike fall
#: below ('Mohamed al-Shukri', 'Mohamed Shaker' 0.77; 'Ralf Schmitz', 'Rolf Martin Schmitz' 0.71)
LATIN_SPELLING = 0.8


class PersonForm(list):
    """A person's name as compared: its skeleton (a list, as name_skeleton makes it) and, for a
    Latin spelling, its letters (name_key; '' in Arabic script); whether its last word ends in
    the ي of a nisba, or in Latin letters in the sound it is written for (`nisba`)."""

    letters: str = ""
    nisba: bool | None = None


def person_form(text: str) -> PersonForm:
    form = PersonForm(name_skeleton(text))
    arabic = is_arabic(text)
    form.letters = "" if arabic else name_key(text)
    # the skeleton drops it with the vowels, but a nisba is written, in Arabic letters and in Latin
    # ones, and names another family: 'الناصري', 'al-Nasiri' are not 'ناصر', 'Nasser'
    if arabic:
        letters = ARABIC_NAME_LETTER.findall(text)  # as written: 'ى' folds to 'ي'
        if letters and letters[-1] != "ى":  # 'موسى' (Moussa), and Egypt writes a final ي so too: says nothing
            form.nisba = letters[-1] == "ي"
    elif words := tokens(text):
        last = name_key(words[-1])
        if last.endswith(LATIN_FINAL_I) or not last.endswith("e"):
            form.nisba = last.endswith(LATIN_FINAL_I)  # a final e says nothing: 'Mbappé' is 'مبابي', 'Lagarde' 'لاغارد'
    return form


#: an Arabic letter (no mark, no tatweel)
ARABIC_NAME_LETTER = re.compile("[\u0621-\u064a]")
#: how Latin letters end a name whose Arabic spelling ends in ي ('Shukri', 'Fahmy', 'Lee', 'Mazrouei',
#: German 'Selenskyj')
LATIN_FINAL_I = ("i", "y", "ee", "ie", "yj", "ij")


#: skeleton letters that a person's first and last word must hold together before the name is joined
#: by likeness alone to a name outside its story: skeletons drop vowels and silent letters, so
#: 'Leyla Aydın' (L, TN) is as like 'العاهل ... الثاني' as its own Arabic spelling, and 'Emmett'
#: reads 'Ahmed' (MT); within one story two alike names are far likelier to be one person
TELLING_LETTERS = 5


def telling(one: list[tuple[str, ...]], other: list[tuple[str, ...]]) -> bool:
    """Whether two people's names say enough to be joined by likeness across stories: about as
    many words (one more at most: 'Liu Yang' is not 'Lee Jae-yong'), TELLING_LETTERS skeleton
    letters in the first and last word of each, and the same skeleton in one of the two words: a
    transliteration changes vowels, a consonant of both words is another name ('Lionel Messi',
    LNL MS, is 0.8 like 'Elon Musk', LN MSK)."""
    if not one or not other or abs(len(one) - len(other)) > 1:
        return False
    if ratio(one[0], other[0]) < 1.0 and ratio(one[-1], other[-1]) < 1.0:
        return False
    return all(min(map(len, name[0])) + min(map(len, name[-1])) >= TELLING_LETTERS for name in (one, other))


def joined_similarity(one: list[tuple[str, ...]], other: list[tuple[str, ...]]) -> float:
    """Similarity of two names' skeletons run together, for organisations whose words are split
    differently in two scripts ('StreamBox' and 'ستريم بوكس'); short skeletons say too little."""
    ones, others = joined(one), joined(other)
    if min(len(text) for text in ones + others) < 4:
        return 0.0
    return max(text_ratio(a, b) for a in ones for b in others)


def joined(name: list[tuple[str, ...]], limit: int = 16) -> list[str]:
    texts = [""]
    for readings_ in name:
        texts = [text + reading for text in texts for reading in readings_][:limit]
    return texts


def is_arabic(text: str) -> bool:
    return bool(re.search("[\u0621-\u064a]", text))
