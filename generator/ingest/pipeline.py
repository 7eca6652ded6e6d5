"""Raw article -> draft: the ordered list of named extraction steps."""

from __future__ import annotations

import datetime

from generator.ingest.draft import Draft
from generator.ingest.reader import Source
from generator.ingest.steps import dates, events, figures, organisations, people, structure, summary

STEPS = [*structure.STEPS, *dates.STEPS, *summary.STEPS, *figures.STEPS, *people.STEPS, *organisations.STEPS, *events.STEPS]


def extract(source: Source, retrieved: datetime.date) -> Draft:
    """Run every step in order on a fresh draft."""
    draft = Draft(source=source, retrieved=retrieved)
    for step in STEPS:
        draft = step(draft)
    return draft
