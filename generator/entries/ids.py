"""The one rule that turns a name or title into an entry id (and so a file name and URL).

An id is made of a-z, 0-9 and single '-' between them, so that as a file name and a URL it
stays inside its folder whatever the title was (`../../etc` gives 'etc'), and it is never a
name that the generator or an operating system keeps for itself.

Arabic names are romanised by arabic-name-romanizer (a dictionary of the Latin spellings that
Wikidata attests, with a small trained model for the rest), so an entity first seen in Arabic
gets a readable id ('محمد صلاح' -> 'mohamed-salah', not slugify's letter-by-letter 'mhmd-slh').
"""

import re
from functools import lru_cache

from slugify import slugify

MAX_ID_LENGTH = 60
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
#: Ids that would collide with the pages the generator writes itself.
RESERVED_IDS = frozenset({"index"})
#: Device names that Windows keeps, with any extension: `people/con.md` cannot be checked out there.
WINDOWS_NAMES = frozenset({"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)), *(f"lpt{n}" for n in range(1, 10))})
#: The id of a title with no letters or digits, and the suffix that makes a reserved one usable.
FALLBACK_ID = "entry"
#: A run of Arabic-script words (letters and marks; digits stay outside, slugify keeps them).
ARABIC_WORDS = re.compile(r"[\u0621-\u065f\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f]+(?:\s+[\u0621-\u065f\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f]+)*")


def make_id(text: str) -> str:
    """ASCII id from any script: 'Ayşe Yıldız' -> 'ayse-yildiz', Arabic is transliterated;
    'Index' -> 'index-entry', '?!' -> 'entry'."""
    slug = slugify(ARABIC_WORDS.sub(lambda match: f" {romanised(match.group())} ", text), max_length=MAX_ID_LENGTH, word_boundary=True)
    slug = re.sub(r"[^a-z0-9]+", "-", slug.lower()).strip("-") or FALLBACK_ID
    if slug in RESERVED_IDS or slug in WINDOWS_NAMES:
        slug = f"{slug}-{FALLBACK_ID}"
    return slug


@lru_cache(maxsize=2)
def romaniser(model: bool = True):
    """Loaded on the first Arabic name only (about 0.2 s with the model): the build never needs it."""
    from arabic_name_romanizer import Transliterator

    return Transliterator(auto_load_model=model)


#: a run of at most this many words is romanised as one name ('عبد الرحمن' is one unit), with the
#: library's model for the words its dictionary lacks; a longer run is a headline's words, each
#: romanised alone by the dictionary and the library's rules (the model costs ~25 ms a headline,
#: combining every word's candidates seconds), and only as many as an id can hold
NAME_WORDS = 6
MAX_ID_WORDS = MAX_ID_LENGTH // 4


@lru_cache(maxsize=4096)
def romanised(words: str) -> str:
    """The likeliest Latin spelling of a run of Arabic words, as the library ranks it by default
    (on the starter knowledge base's 473 Arabic/English names of public figures that ranking
    matched the English spelling exactly for 13.7 % and at 0.81 similarity; passing over its
    rarely attested whole-name spellings, or asking the model below its trust threshold, did
    worse: 9.1 % and 10.8 %)."""
    split = words.split()
    if len(split) <= NAME_WORDS:
        return romaniser().transliterate(words) or words
    return " ".join(romaniser(model=False).transliterate_many(name_units(split)[:MAX_ID_WORDS]))


#: words that make one name with the word after them ('عبد الله' is Abdullah; 'عبد' alone the
#: dictionary reads as a whole name, 'Abdelkader')
JOINED_TO_NEXT = frozenset({"عبد", "أبو", "ابو"})


def name_units(words: list[str]) -> list[str]:
    """A headline's words, with 'عبد' or 'أبو' and the word after it as one unit."""
    units: list[str] = []
    for word in words:
        if units and units[-1] in JOINED_TO_NEXT:
            units[-1] = f"{units[-1]} {word}"
        else:
            units.append(word)
    return units
