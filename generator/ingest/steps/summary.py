"""The summary: the lead of the article, in its language, without dateline."""

from __future__ import annotations

import re

from generator.ingest.draft import BODY, DATELINE, Draft
from generator.ingest.steps.structure import is_paragraph

SUMMARY_CHARS = 320
#: a sentence ends at . ! ? ؟ followed by a space and a letter that starts a sentence;
#: not after a short abbreviation (Dr., Mio., Nr.) or a single letter
SENTENCE_BREAK = re.compile(r"(?<=[.!?؟])(?<!\b\w\.)(?<!\b\w\w\.)(?<!\b\w\w\w\.)\s+(?=[\"„«“A-ZÄÖÜÉÈÀ\u0600-\u06ff])")


def sentences(text: str) -> list[str]:
    return [part.strip() for part in SENTENCE_BREAK.split(text) if part.strip()]


def find_summary(draft: Draft) -> Draft:
    """The first sentences of the lead, up to about 320 characters: the first paragraph of a
    dozen words or more (a news lead is often two short sentences; shorter lines are
    subheadings, bylines or captions), as the events step reads it."""
    lead = next((line.text for line in draft.lines if line.role in (BODY, DATELINE) and is_paragraph(line.text)), None)
    if lead is None:
        return draft
    if draft.dateline and lead.startswith(draft.dateline):
        lead = lead[len(draft.dateline) :].lstrip(" -–—:")
    summary = ""
    for sentence in sentences(lead):
        if summary and len(summary) + len(sentence) > SUMMARY_CHARS:
            break
        summary = f"{summary} {sentence}".strip()
    draft.summary = summary or None
    return draft


STEPS = [find_summary]
