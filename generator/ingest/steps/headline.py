"""Which line above an article's first paragraph is its headline, if any: a logistic model over
what tells a headline from the lines around it on a page (a standfirst, a photo's caption, a
site's slogan, a teaser, the lead's first sentence when the copy has no headline).

A page's text puts the headline first (or under the site's name and the date), then a
standfirst, the byline and date, a picture with its caption, then the article; stored copies
often start with the article itself. A line ending in a full stop is a sentence, not a candidate.
The model weighs where a line stands among the candidates, its length and punctuation, whether
a photo credit ends it, and how much of it the lead says again. Fitted by tools/train_headline.py on the tuning part of the real-news corpus
and the development corpus; read from headline_model.yaml.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from pathlib import Path

from ruamel.yaml import YAML

from generator.ingest.draft import BODY, Line
from generator.ingest.langdata import Language, fold
from generator.ingest.steps import chrome, masthead, structure
from generator.ingest.steps.dates import DATE_PREFIX, find_date

#: words of four letters or more: what a headline and its lead share (names, nouns, verbs)
CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def candidates(lines: list[Line], language: Language | None) -> tuple[list[int], int | None]:
    """Indexes of the body lines above the first paragraph that could be the headline (3 to 40
    words not ending with a full stop or a colon, not a list item, a caption's text, a date line
    or a byline), and the index of that paragraph (the first long one; on a page of short
    paragraphs only, the first of a dozen words). No paragraph, no candidates."""
    body = [index for index, line in enumerate(lines) if line.role == BODY]
    stop = next((index for index in body if structure.is_long(lines[index].text)), None)
    if stop is None:
        stop = next((index for index in body if structure.is_paragraph(lines[index].text)), None)
    if stop is None:
        return [], None  # no paragraph: no article to head
    found = []
    for index in body:
        if index >= stop:
            break
        text = headline_text(lines[index].text, language)
        count = len(structure.words(text))
        if lines[index].why == "caption text" or masthead.LIST_ITEM.match(text) or not 3 <= count <= 40:
            continue
        if text.rstrip("*_ ").endswith((".", ":", "…")) and not text.endswith(" ."):
            continue  # a sentence, a caption or a label: headlines end without a full stop (some Arabic sites add ' .')
        if language is not None and (count <= 12 and find_date(text, language) or masthead.byline_match(text, language)):
            continue
        found.append(index)
    return found, stop


def headline_text(text: str, language: Language | None) -> str:
    """A line as a headline would be read from it: without the time stamp the page glued to its
    end (chrome.without_stamp) or the date set before it ('Mittwoch, 21. August 2024: Ryanair
    droht ...'), when at least four words are left; a date line stays as it is."""
    text = chrome.without_stamp(text, language)
    prefix = DATE_PREFIX.match(text)
    if language is not None and prefix and len(structure.words(prefix["rest"])) >= 4 and find_date(prefix["date"], language) \
            and not find_date(prefix["rest"], language):
        return prefix["rest"]
    return text


def content_words(text: str) -> set[str]:
    return set(CONTENT_WORD.findall(fold(text)))


def features(lines: list[Line], found: list[int], stop: int, rank: int) -> dict[str, float]:
    """What the model weighs for the `rank`-th candidate. (Tried and left out, as they did not help
    on batches of the corpus they were not fitted on: a byline or date line before or after it, a
    photo credit after it, the page repeating it, a date in it, a bar in it.)"""
    index = found[rank]
    text = lines[index].text
    count = len(structure.words(text))
    lead = " ".join(line.text for line in lines[stop:stop + 2])
    own, told = content_words(text), content_words(lead)
    return {
        "first": float(rank == 0),
        "only": float(len(found) == 1),
        "words": min(count, 40) / 10,
        "short": float(count <= 3),
        "headline_length": float(6 <= count <= 20),
        "question": float(text.rstrip("*_ \"”»'").endswith(("?", "!", "؟"))),
        "colon": float(":" in text[: len(text) // 2 + 1]),
        "credit_inside": float(any(pattern.search(fold(text)) for pattern in chrome.PHOTO_CREDIT)
                               or bool(chrome.CREDIT_AT_END.search(text))),
        "lead_overlap": len(own & told) / len(own) if own else 0.0,
        "before_lead": float(all(line.role != BODY for line in lines[index + 1:stop])),
        "kicker": float(rank + 1 < len(found) and found[rank + 1] == next_body(lines, index)
                        and count < len(structure.words(lines[found[rank + 1]].text))),
    }


def next_body(lines: list[Line], index: int) -> int | None:
    return next((later for later in range(index + 1, len(lines)) if lines[later].role == BODY), None)


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    bias: float
    #: the probability from which the likeliest candidate is taken as the headline
    threshold: float

    def probability(self, values: dict[str, float]) -> float:
        logit = self.bias + sum(weight * values[name] for name, weight in self.weights.items())
        return 1.0 / (1.0 + math.exp(-logit))


@functools.lru_cache(maxsize=1)
def model() -> Model:
    data = YAML(typ="safe").load((Path(__file__).parent.parent / "headline_model.yaml").read_text(encoding="utf-8"))
    return Model(weights={name: float(value) for name, value in data["weights"].items()}, bias=float(data["bias"]),
                 threshold=float(data["threshold"]))


def find_headline(lines: list[Line], language: Language | None, chosen: Model | None = None) -> int | None:
    """The index of the headline among the lines, or None when no line is likely enough to be one."""
    chosen = chosen or model()
    found, stop = candidates(lines, language)
    scored = [(chosen.probability(features(lines, found, stop, rank)), index) for rank, index in enumerate(found)]
    best = max(scored, default=None)
    return under_title_bar(lines, best[1]) if best and best[0] >= chosen.threshold else None


#: a page's title bar: the headline, a dash or a bar, the site's name ('Intel gibt Werk auf - Beispielblatt')
TITLE_BAR = re.compile(r"^(.*\S)\s+[-|–—]\s+\S[^-|–—]{0,60}$")


def under_title_bar(lines: list[Line], index: int) -> int:
    """The headline itself when the chosen line is the page's title bar and the headline follows
    below it without the site's name (as text, or as a teaser's chrome); else the chosen line."""
    bar = TITLE_BAR.match(lines[index].text)
    if bar:
        headline = " ".join(bar.group(1).split())
        for later in range(index + 1, len(lines)):
            if " ".join(lines[later].text.split()) == headline:
                return later
    return index
