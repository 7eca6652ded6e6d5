"""The statistical name tagger: a CRF model per language tags tokens with BIO labels.

    >>> tagger = load_tagger("de")
    >>> tagger.tag(["Der", "Chef", "der", "Deutschen", "Bank", ",", "Christian", "Sewing", "."])
    ['O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'B-PER', 'I-PER', 'O']

Labels are B-/I- PER, ORG and LOC, and O. The models (de.crfsuite, ar.crfsuite) sit beside this
module; train.py writes them (README.md).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

import pycrfsuite

from generator.ingest.langdata import ARABIC_MARKS
from generator.ingest.tagger.features import Lexicon, load_lexicon, sentence_features

LANGUAGES = ("de", "ar")
#: letters with their Arabic marks (tanween, shadda, ... are not \w)
LETTERS = rf"[\w{ARABIC_MARKS}]+"
#: a number (with its separators), a word (with inner hyphens and apostrophes), or one other character
TOKEN = re.compile(rf"\d+(?:[.,]\d+)*|{LETTERS}(?:[-'’]{LETTERS})*|[^\w\s]")


def tokens_of(text: str) -> list[str]:
    """A line split into words and punctuation, as the training corpora are."""
    return TOKEN.findall(text)


def model_path(code: str) -> str:
    return str(resources.files("generator.ingest.tagger").joinpath(f"{code}.crfsuite"))


class Tagger:
    """One language's CRF model and gazetteers."""

    def __init__(self, code: str, path: str | None = None, lexicon: Lexicon | None = None):
        if code not in LANGUAGES:
            raise ValueError(f"no tagger model for language {code!r} (known: {', '.join(LANGUAGES)})")
        self.code = code
        self.model = pycrfsuite.Tagger()
        self.model.open(path or model_path(code))
        self.lexicon = lexicon or load_lexicon(code)

    def tag(self, tokens: list[str]) -> list[str]:
        """One sentence's tokens -> one BIO label each."""
        if not tokens:
            return []
        return self.model.tag(sentence_features(tokens, self.lexicon))

    def analyse(self, tokens: list[str], *kinds: str) -> tuple[list[str], list[float], ...]:
        """One sentence's labels (as `tag` gives them) and, for each kind asked, per token the
        probability that it is part of an entity of that kind (B- or I-), from one computation
        of the features."""
        if not tokens:
            return [], *([] for _ in kinds)
        self.model.set(sentence_features(tokens, self.lexicon))
        labels = self.model.tag()
        return labels, *([self.model.marginal(f"B-{kind}", i) + self.model.marginal(f"I-{kind}", i) for i in range(len(tokens))]
                         for kind in kinds)


@cache
def load_tagger(code: str) -> Tagger:
    """The language's tagger, loaded once."""
    return Tagger(code)


@lru_cache(maxsize=4096)
def analysed_line(line: str, code: str) -> tuple[list[str], list[str], list[float], list[float]]:
    """A line's tokens, labels, and each token's probability of being part of a person's name and
    of an organisation's (the steps for people and organisations read the same lines)."""
    tokens = tokens_of(line)
    labels, people, organisations = load_tagger(code).analyse(tokens, "PER", "ORG")
    return tokens, labels, people, organisations


def spans_of(labels: list[str]) -> list[tuple[str, int, int]]:
    """BIO labels -> (type, start, end) entities; an I- without its B- starts an entity (seqeval's rule)."""
    spans: list[tuple[str, int, int]] = []
    kind, start = None, 0
    for i, label in enumerate([*labels, "O"]):
        prefix, _, this = label.partition("-")
        if kind and (prefix != "I" or this != kind):
            spans.append((kind, start, i))
            kind = None
        if prefix == "B" or prefix == "I" and kind is None:
            kind, start = this, i
    return spans
