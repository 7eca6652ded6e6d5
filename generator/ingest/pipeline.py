"""Raw article -> draft: the ordered list of named extraction steps."""

from __future__ import annotations

import datetime

from generator import errors
from generator.ingest.draft import CHROME, Draft
from generator.ingest.reader import MIN_LETTERS, Source, SourceError, read_source
from generator.ingest.steps import (
    chrome,
    dates,
    events,
    figures,
    masthead,
    organisations,
    people,
    structure,
    summary,
    tagged_people,
)

#: the steps that tell the article's own text from the page's chrome
CHROME_STEPS = [
    structure.split_lines, structure.identify_language, chrome.mark_chrome,
    masthead.find_title, chrome.mark_trailing_chrome,
]
STEPS = [*CHROME_STEPS, *masthead.STEPS, *dates.STEPS, *summary.STEPS, *figures.STEPS, *people.STEPS, *tagged_people.STEPS,
         *organisations.STEPS, *events.STEPS]


def extract(source: Source, retrieved: datetime.date, marked: Draft | None = None) -> Draft:
    """Run every step in order on a fresh draft; or, given the draft that `prepare` made of this
    source, the steps after the chrome steps on that draft, which they change (it is used up: the
    chrome steps are not run twice)."""
    if marked is None or marked.source is not source:
        marked = mark_chrome(source)
    draft = marked
    draft.retrieved = retrieved
    for step in STEPS[len(CHROME_STEPS):]:
        draft = step(draft)
    return draft


def mark_chrome(source: Source) -> Draft:
    """A fresh draft of a source with the chrome steps run (they do not read the retrieval day)."""
    draft = Draft(source=source, retrieved=datetime.date.min)
    for step in CHROME_STEPS:
        draft = step(draft)
    return draft


def read_article(path) -> Source:
    """A raw article read (reader.read_source) and checked to be more than page chrome."""
    return prepare(path).source


def prepare(path) -> Draft:
    """A raw article read, its page chrome marked, checked to be more than chrome: what
    `extract` goes on with."""
    source = read_source(path)
    return check_article_text(source)


def check_article_text(source: Source) -> Draft:
    """Refuse a page that is nothing but chrome (menus, share buttons, a cookie notice, a
    footer): what is left once the chrome steps set those lines aside is too short to be an
    article. prepare (and so read_article) calls this, so that such a file is reported like any
    other bad input.
    The draft with its chrome marked, when it is an article."""
    draft = mark_chrome(source)
    letters = sum(sum(map(str.isalpha, line)) for line in draft.body_lines())  # counted in C, as langdata.arabic_share does
    if letters < MIN_LETTERS:
        reasons = sorted({line.why for line in draft.lines if line.role == CHROME and line.why})
        raise SourceError(errors.SOURCE_ONLY_CHROME.format(
            reasons=", ".join(reasons) or "no text besides a title", letters=letters, minimum=MIN_LETTERS))
    return draft
