"""Which story an article reports: pairing it with a story already in content/.

A story is an event that some article names as its `event`.  A new article reports the same
story when these together make it likely enough, whatever the language (the Evidence a logistic
model weighs, fitted on real news: story_model.yaml, tools/train_pairing.py):

- the same figures (value and unit: 4.200 Stellen, ٤٬٢٠٠ وظيفة and 4,200 jobs are one figure),
  a percentage or a small count less, a duration or an age not at all; and, against it, units
  in which both give figures that all differ (another year's results, another rate decision);
- the same people and organisations: most when they are *key* (named in the title or lead)
  in both, less when key in one only, least when both only mention them further down;
- the same kind of event;
- headlines and leads that say the same thing: the cosine of their multilingual sentence
  embeddings (similarity.py), asked only of a story that shares an actor or a figure.

A new article is compared with each article of a story (with the story's key actors, kind and
date) and the best of these counts: a long story's articles together name so many actors and
figures that their union would draw in every article about the same companies.

News outlets and agencies (organisations of kind `media`) never count: 'Berlin (Reuters)' heads
stories of every kind. An actor of more than COMMON_ACTOR_STORIES stories counts less, in
proportion: the parties of an election campaign, a country's central bank.

A stated date more than a month away from every stated date of the story rules the story out
(a date estimated from 'vor 3 Tagen' does not), and so does a month more than one month away
when only the month is known (an archived page's 'date 2024-09').  Teaser
lines never count: they are removed before extraction.
"""

from __future__ import annotations

import datetime
import functools
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml import YAML

from generator.entries.schema import date_stated
from generator.ingest.knowledge import Knowledge
from generator.ingest.similarity import cosine, story_text

MAX_FIGURES = 3
MAX_DAYS_APART = 31


@dataclass
class Signature:
    """What identifies a story: its key actors, all actors, figures, dates and kind."""

    key: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    figures: set[tuple[float, str]] = field(default_factory=set)
    dates: set[datetime.date] = field(default_factory=set)
    #: months known without a day ('2024-09': the story's event is dated so), as (year, month)
    months: set[tuple[int, int]] = field(default_factory=set)
    kind: str | None = None
    #: headline and lead (similarity.story_text)
    text: str = ""
    #: the article entry's id (a part's; the new article's once it has one)
    article: str | None = None
    #: a story's: one signature per article that reports it (with the story's key actors, kind and date)
    parts: list[Signature] = field(default_factory=list)


#: units one story's reports give the same count in: '20.000 Arbeitsplätze' and '20 ألف من عامليها'
SAME_COUNT = {"employees": "jobs"}


def figure_keys(figures) -> set[tuple[float, str]]:
    """(value, unit) of each figure, a unit of SAME_COUNT read as the one it stands for."""
    keys = set()
    for figure in figures or ():
        try:
            unit = str(figure.get("unit"))
            keys.add((float(figure["value"]), SAME_COUNT.get(unit, unit)))
        except (KeyError, TypeError, ValueError):
            continue
    return keys


def day(value) -> datetime.date | None:
    """A date of a story: full dates only (a month or a year says too little)."""
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        return None


def month_of(value) -> tuple[int, int] | None:
    """(year, month) of a date given to the month only ('2024-09')."""
    match = re.fullmatch(r"((?:19|20)\d\d)-(\d\d)", str(value or "").strip())
    return (int(match.group(1)), int(match.group(2))) if match else None


def in_language(text, language) -> str | None:
    """An entry's text field in the article's language (or its first, or a plain string)."""
    if isinstance(text, dict):
        return text.get(language) or next((str(value) for value in text.values() if value), None)
    return str(text) if text else None


def media(knowledge: Knowledge) -> set[str]:
    """The ids of content/'s news outlets and agencies: no sign of a story."""
    return {entry.stem for entry in knowledge.of("companies") if entry.data.get("kind") == "media"}


def story_signatures(knowledge: Knowledge, outlets: set[str]) -> dict[str, Signature]:
    """The signature of every story in content/: the key actors and kind of its event, one part
    per article that reports it (find_story scores them one by one) and all their actors (the
    context in which the writer matches names). `outlets`: `media(knowledge)`, which never count."""
    signatures: dict[str, Signature] = {}
    for article in knowledge.of("articles"):
        event_id = article.data.get("event")
        event = knowledge.entries.get(str(event_id)) if event_id else None
        if event is None or event.folder != "events":
            continue
        signature = signatures.get(event.stem)
        if signature is None:
            key = {str(id_) for id_ in (event.data.get("people") or []) + (event.data.get("companies") or [])} - outlets
            signature = signatures[event.stem] = Signature(key=key, actors=set(key), kind=event.data.get("kind"))
        when = event.data.get("date")
        actors = {str(id_) for id_ in (article.data.get("people") or []) + (article.data.get("companies") or [])}
        part = Signature(key=signature.key & actors, kind=signature.kind, actors=actors - outlets,
                         text=story_text(in_language(article.data.get("title"), article.data.get("language")),
                                         in_language(article.data.get("summary"), article.data.get("language"))),
                         article=article.stem,
                         figures=figure_keys(article.data.get("figures")),
                         dates={date for date in [day(when)] if date}, months={month for month in [month_of(when)] if month})
        if date_stated(article.data.get("published_from")):
            part.dates |= {date for date in [day(article.data.get("published"))] if date}
        signature.parts.append(part)
        signature.actors |= part.actors
    return signatures


#: units of figures that many stories share: durations and ages say little about which story it is
COMMON_UNITS = {"years", "months", "weeks", "days", "hours", "years (age)"}


def figure_weight(figure: tuple[float, str]) -> float:
    """How much one shared figure says 'the same story': a price, a count of jobs or aircraft
    fully; a percentage (many stories have a 10 % somewhere) or a small count half; a duration
    or an age not at all."""
    value, unit = figure
    if unit in COMMON_UNITS:
        return 0.0
    if unit == "percent" or value < 10:
        return 0.5
    return 1.0


#: an actor of this many stories or fewer counts fully; one of more stories counts this many
#: stories' worth, shared out ('SPD', 'Grüne' in every story of a German election)
COMMON_ACTOR_STORIES = 3


def actor_weights(signatures: dict[str, Signature]) -> dict[str, float]:
    """How much sharing each actor says 'the same story': less for an actor of many stories."""
    stories_of: dict[str, int] = {}
    for signature in signatures.values():
        for actor in signature.actors:
            stories_of[actor] = stories_of.get(actor, 0) + 1
    return {actor: min(1.0, COMMON_ACTOR_STORIES / count) for actor, count in stories_of.items()}


def ruled_out(new: Signature, old: Signature) -> bool:
    """Whether the dates of two signatures say they are different stories."""
    if new.dates and old.dates:
        apart = min(abs((one - other).days) for one in new.dates for other in old.dates)
        if apart > MAX_DAYS_APART:
            return True
    if new.months or old.months:  # to the month only: a month apart at most
        new_months = new.months | {(date.year, date.month) for date in new.dates}
        old_months = old.months | {(date.year, date.month) for date in old.dates}
        if new_months and old_months and min(abs((one[0] - other[0]) * 12 + one[1] - other[1])
                                             for one in new_months for other in old_months) > 1:
            return True
    return False


@dataclass
class Evidence:
    """What two signatures share: the features of the pairing model (story_model.yaml)."""

    #: actors key in both, key in one, mentioned in both (each weighted by actor_weights)
    key: float = 0.0
    half: float = 0.0
    mentioned: float = 0.0
    #: shared figures, the MAX_FIGURES most telling (figure_weight)
    figures: float = 0.0
    #: 1 for the same kind of event (not 'other')
    kind: float = 0.0
    #: the cosine of their headlines' and leads' sentence embeddings (similarity.py)
    text: float = 0.0
    #: units in which both give figures and none of them agree (conflicts): another year's
    #: results, another rate cut, another deal of the same company
    conflict: float = 0.0

    def shares(self) -> bool:
        """A candidate at all: an actor or a figure in common (the same kind alone is not)."""
        return bool(self.key or self.half or self.mentioned or self.figures)


def evidence(new: Signature, old: Signature, weights: dict[str, float] | None = None) -> Evidence | None:
    """What `new` and `old` share, without the text similarity; None when their dates rule it
    out. `weights`: actor -> how much sharing it counts (actor_weights), 1 when not given."""
    if ruled_out(new, old):
        return None
    key = new.key & old.key
    half = ((new.key & old.actors) | (new.actors & old.key)) - key
    mentioned = (new.actors & old.actors) - key - half
    weight = (lambda actors: sum(weights.get(actor, 1.0) for actor in actors)) if weights else len
    return Evidence(key=weight(key), half=weight(half), mentioned=weight(mentioned),
                    figures=sum(sorted((figure_weight(figure) for figure in new.figures & old.figures), reverse=True)[:MAX_FIGURES]),
                    kind=float(bool(new.kind and new.kind == old.kind and new.kind != "other")),
                    conflict=float(min(MAX_CONFLICTS, len(conflicts(new.figures, old.figures)))))


#: the most conflicting units that count
MAX_CONFLICTS = 2
#: two values of one unit this close (relative) are one figure rounded two ways (15.9 and 15.87 billion)
SAME_VALUE = 0.02


def conflicts(one: set[tuple[float, str]], other: set[tuple[float, str]]) -> set[str]:
    """The units (not durations or ages) in which both sets have figures and no two agree: two
    years' results, two rate decisions, two deals of one company."""
    found = set()
    for unit in {unit for _, unit in one} & {unit for _, unit in other} - COMMON_UNITS:
        values = [value for value, of in one if of == unit], [value for value, of in other if of == unit]
        if not any(abs(a - b) <= SAME_VALUE * max(abs(a), abs(b)) for a in values[0] for b in values[1]):
            found.add(unit)
    return found


@dataclass
class Model:
    """A logistic model of 'the same story' over Evidence; fitted by tools/train_pairing.py on the
    tuning part of the real-news corpus, read from story_model.yaml."""

    weights: dict[str, float]
    bias: float
    #: the probability from which an article joins the most likely story
    threshold: float

    def logit(self, found: Evidence) -> float:
        return self.bias + sum(weight * getattr(found, name) for name, weight in self.weights.items())

    def probability(self, found: Evidence) -> float:
        return 1.0 / (1.0 + math.exp(-self.logit(found)))

    def could_pass(self, found: Evidence) -> bool:
        """Whether texts as alike as can be (cosine 1) would make `found` the same story: else the
        embedding is not worth computing."""
        best = self.logit(Evidence(**{**vars(found), "text": 1.0}))
        return best >= math.log(self.threshold / (1.0 - self.threshold))


@functools.lru_cache(maxsize=1)
def model() -> Model:
    data = YAML(typ="safe").load((Path(__file__).parent / "story_model.yaml").read_text(encoding="utf-8"))
    return Model(weights={name: float(value) for name, value in data["weights"].items()}, bias=float(data["bias"]),
                 threshold=float(data["threshold"]))


#: called by find_story with every candidate (new, part, Evidence): tools/train_pairing.py collects them
OBSERVERS: list = []


def find_story(signatures: dict[str, Signature], new: Signature, similar=cosine, pairing: Model | None = None) -> str | None:
    """The id of the story (among `story_signatures`) that the new article reports, or None.
    `similar(text, text) -> cosine`; `pairing`: model() unless given."""
    weights, pairing = actor_weights(signatures), pairing or model()
    best: tuple[float, str] | None = None
    for id_, old in signatures.items():
        for part in old.parts or [old]:
            found = evidence(new, part, weights)
            if found is None or not found.shares():
                continue
            if pairing.could_pass(found):
                found.text = similar(new.text, part.text)
            for observe in OBSERVERS:
                observe(new, part, found)
            probability = pairing.probability(found)
            if best is None or probability > best[0]:
                best = (probability, id_)
    if best and best[0] >= pairing.threshold:
        return best[1]
    return None
