"""Token features of the CRF name tagger: pure functions, the same at training and at run time.

A sentence is a list of tokens; each token becomes a list of binary feature strings
('w=bank', 'shape=Xxxx', '-1:given', ...). Features of one token: its folded form, shape,
prefixes and suffixes (1-4), capitalisation, position, and gazetteer flags (given name, role
word, a word of a known company's or person's name in the starter knowledge base). Arabic
tokens also give their stem with the clitics و ف ب ل ك and the article ال split off, and the
stem's own features. Neighbours within two tokens add their main features, marked by offset.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from generator.ingest.langdata import fold

ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
#: conjunctions, then prepositions, then the article, in the order they attach (folded letters)
CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
#: stems shorter than this are not split off (و in 'وزير' is no conjunction, 'ال' in 'الف' no article)
MIN_STEM = 3
WINDOW = 2
#: the starter files whose names the gazetteer features read: those the committed models were
#: trained with. A file added later is not read here: its names would fire the features more often
#: than in training (a word of a new record's name raised the tagger's belief in a person or an
#: organisation where the rules had rightly seen none); retrain and list it to use it
GAZETTEER_FILES = frozenset({
    "organisations-americas-asia.yaml", "organisations-companies-more.yaml", "organisations-europe.yaml",
    "organisations-institutions.yaml", "organisations-media-bodies-more.yaml", "organisations-mena.yaml",
    "organisations-public-bodies.yaml", "people-business.yaml", "people-politics.yaml", "people.yaml",
})


@dataclass(frozen=True)
class Lexicon:
    """The gazetteers a language's features look words up in."""

    code: str
    people: frozenset[str]  # words of the starter's people's name keys
    companies: frozenset[str]  # words of the starter's company name keys
    is_given: Callable[[str], bool]
    is_role: Callable[[str], bool]


def name_words(keys) -> frozenset[str]:
    """Every word of the folded name keys ('deutsche bank' -> 'deutsche', 'bank')."""
    return frozenset(word for key in keys for word in key.split() if len(word) > 1)


@cache
def load_lexicon(code: str) -> Lexicon:
    """The language's gazetteers, built once from the project's own lists (about 1.3 s the first time)."""
    from generator.ingest.given_names import is_given_name
    from generator.ingest.starter import key_forms, load_starter
    from generator.ingest.steps.roles import is_role_word, key_of, vocabulary

    records = [record for folder in load_starter().records.values() for record in folder.values()
               if record.source in GAZETTEER_FILES]
    keys = {folder: {variant for record in records if record.folder == folder for key in record.keys
                     for variant in key_forms(key)} for folder in ("people", "companies")}
    vocab = vocabulary(code)
    return Lexicon(
        code, name_words(keys["people"]), name_words(keys["companies"]),
        is_given_name, lambda token: is_role_word(key_of(token), vocab),
    )


def shape(token: str) -> str:
    """'Merkel' -> 'Xxxxxx', 'DAX-30' -> 'XXX-dd', Arabic letters -> 'a'."""
    out = []
    for ch in token:
        if ch.isdigit():
            out.append("d")
        elif ARABIC_LETTER.match(ch):
            out.append("a")
        elif ch.isupper():
            out.append("X")
        elif ch.isalpha():
            out.append("x")
        else:
            out.append(ch)
    return "".join(out)


#: a character repeated
REPEATS = re.compile(r"(.)\1+")


def short_shape(full_shape: str) -> str:
    """A shape with repeats collapsed: 'Xxxxxx' -> 'Xx', 'XXX-dd' -> 'X-d'."""
    return REPEATS.sub(r"\1", full_shape)


def split_clitics(word: str) -> tuple[str, str]:
    """A folded Arabic word's proclitics and stem: 'وبالشركه' -> ('وبال', 'شركه'), 'للبنك' -> ('لل', 'بنك')."""
    prefix, stem = "", word
    if stem[:1] in CONJUNCTIONS and len(stem) - 1 >= MIN_STEM:
        prefix, stem = prefix + stem[0], stem[1:]
    if stem.startswith("لل") and len(stem) - 2 >= MIN_STEM:  # li + al
        return prefix + "لل", stem[2:]
    if stem[:1] in PREPOSITIONS and len(stem) - 1 >= MIN_STEM:
        prefix, stem = prefix + stem[0], stem[1:]
    if stem.startswith("ال") and len(stem) - 2 >= MIN_STEM:
        prefix, stem = prefix + "ال", stem[2:]
    return prefix, stem


def gazetteer_features(word: str, original: str, lexicon: Lexicon, tag: str = "") -> list[str]:
    """Flags for one folded word (and its original spelling, for the given-name and role lists)."""
    out = []
    if word in lexicon.people:
        out.append(f"{tag}kp")
    if word in lexicon.companies:
        out.append(f"{tag}kc")
    if lexicon.is_given(original):
        out.append(f"{tag}given")
    if lexicon.is_role(original):
        out.append(f"{tag}role")
    return out


@lru_cache(maxsize=65536)  # a token's own features do not depend on its sentence; words recur
def own_features(token: str, lexicon: Lexicon) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """One token's features, and the shorter list its neighbours see."""
    word = fold(token)
    full_shape = shape(token)
    out = [f"w={word}", f"sh={full_shape[:8]}", f"ss={short_shape(full_shape)}"]
    out += [f"p{n}={word[:n]}" for n in range(1, 5) if len(word) >= n]
    out += [f"s{n}={word[-n:]}" for n in range(1, 5) if len(word) >= n]
    if token[:1].isupper():
        out.append("cap")
    if token.isupper() and len(token) > 1:
        out.append("upper")
    if any(ch.isdigit() for ch in token):
        out.append("digit")
    if "-" in token:
        out.append("hyphen")
    gazetteer = gazetteer_features(word, token, lexicon)
    out += gazetteer
    near = [f"w={word}", f"ss={short_shape(full_shape)}", *gazetteer]
    if lexicon.code == "ar" and ARABIC_LETTER.match(word):
        prefix, stem = split_clitics(word)
        if prefix:
            out += [f"pre={prefix}", f"stem={stem}", f"ss1={stem[-1:]}", f"ss2={stem[-2:]}", f"ss3={stem[-3:]}"]
            out += ["al"] if prefix.endswith("ال") or prefix.endswith("لل") else []
            stem_gazetteer = gazetteer_features(stem, stem, lexicon, "stem_")
            out += stem_gazetteer
            near += [f"stem={stem}", f"pre={prefix}", *stem_gazetteer]
    return tuple(out), tuple(near)


def sentence_features(tokens: list[str], lexicon: Lexicon) -> list[list[str]]:
    """The CRF's input for one sentence: each token's features and its neighbours' (±2)."""
    own = [own_features(token, lexicon) for token in tokens]
    rows = []
    for i, (features, _) in enumerate(own):
        row = ["bias", *features]
        if i == 0:
            row.append("BOS")
        if i == len(tokens) - 1:
            row.append("EOS")
        for offset in range(-WINDOW, WINDOW + 1):
            j = i + offset
            if offset and 0 <= j < len(tokens):
                row += [f"{offset}:{feature}" for feature in own[j][1]]
            elif offset and abs(offset) == 1:
                row.append(f"{offset}:pad")
        if 0 < i:
            row.append(f"-1|0:{own[i - 1][0][0][2:]}|{own[i][0][0][2:]}")
        rows.append(row)
    return rows
