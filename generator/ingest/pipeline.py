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


def extract(source: Source, retrieved: datetime.date) -> Draft:
    """Run every step in order on a fresh draft."""
    draft = Draft(source=source, retrieved=retrieved)
    for step in STEPS:
        draft = step(draft)
    return draft


def read_article(path) -> Source:
    """A raw article read (reader.read_source) and checked to be more than page chrome."""
    source = read_source(path)
    check_article_text(source)
    return source


def check_article_text(source: Source) -> None:
    """Refuse a page that is nothing but chrome (menus, share buttons, a cookie notice, a
    footer): what is left once the chrome steps set those lines aside is too short to be an
    article. read_article calls this, so that such a file is reported like any other bad input."""
    draft = Draft(source=source, retrieved=datetime.date.min)
    for step in CHROME_STEPS:
        draft = step(draft)
    letters = sum(ch.isalpha() for line in draft.body_lines() for ch in line)
    if letters < MIN_LETTERS:
        reasons = sorted({line.why for line in draft.lines if line.role == CHROME and line.why})
        raise SourceError(errors.SOURCE_ONLY_CHROME.format(
            reasons=", ".join(reasons) or "no text besides a title", letters=letters, minimum=MIN_LETTERS))
