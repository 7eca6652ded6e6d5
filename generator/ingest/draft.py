"""The draft that extraction steps pass along: what is known so far about one article."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from generator.ingest.reader import Source

CHROME, TITLE, BYLINE, DATELINE, HEADING, BODY = "chrome", "title", "byline", "dateline", "heading", "body"


@dataclass
class Line:
    """One line of the article's text and what it was found to be."""

    text: str
    role: str = BODY
    #: why a line is chrome (for debugging and tests): "share", "menu", "teaser", ...
    why: str = ""


@dataclass
class Draft:
    source: Source
    #: the day the article was retrieved: relative dates ("vor 8 Tagen") count back from it
    retrieved: datetime.date
    lines: list[Line] = field(default_factory=list)
    language: str | None = None
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: datetime.date | None = None
    #: the text the publication date was read from ("10.03.2026", "vor 8 Tagen", "<time datetime>")
    published_from: str | None = None
    relative_time: str | None = None
    #: the date ('2024-09-13') or month ('2024-09') that a stored copy of the page gives before its
    #: text ('date 2024-09 ...'): its publication date
    page_date: str | None = None
    dateline: str | None = None
    summary: str | None = None
    figures: list[dict] = field(default_factory=list)
    people: list[dict] = field(default_factory=list)
    companies: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def body_lines(self) -> list[str]:
        return [line.text for line in self.lines if line.role in (BODY, HEADING, DATELINE)]

    @property
    def body(self) -> str:
        """The article's own text: paragraphs and sub-headings, no chrome, no title or byline."""
        return "\n".join(self.body_lines())

    def cut_off(self) -> tuple[int, int] | None:
        """Where a page that was cut short ends mid-sentence ('... المتحدث باسم وزارة الخ'): the last
        body line's index and its length, when it ends with no mark that ends a sentence; a name
        that runs to there may have lost its end. None for a page that ends properly."""
        lines = self.body_lines()
        if not lines or re.search(r"[.!?؟:。»“”\"')\]…]\s*$", lines[-1]):
            return None
        return len(lines) - 1, len(lines[-1].rstrip())

    def kept_lines(self) -> list[str]:
        """Every line that is part of the article (for the boilerplate measure)."""
        return [line.text for line in self.lines if line.role != CHROME]
