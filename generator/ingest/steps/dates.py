"""Dates: absolute dates in any of the languages' formats, relative timestamps, publication date."""

from __future__ import annotations

import datetime
import re

from generator.ingest.draft import BYLINE, CHROME, Draft
from generator.ingest.langdata import Language, fold
from generator.ingest.steps.structure import is_long, language_of

NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)")
ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
UNIT_DAYS = {"minutes": 0, "hours": 0, "days": 1, "weeks": 7, "months": 30, "years": 365}


def make_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def find_date(text: str, language: Language) -> tuple[datetime.date, str] | None:
    """The first absolute date in a text, and the text it was read from."""
    folded = fold(text)
    found = []
    for match in ISO_DATE.finditer(folded):
        date = make_date(int(match[1]), int(match[2]), int(match[3]))
        if date:
            found.append((match.start(), date, match.group(0)))
    for match in NUMERIC_DATE.finditer(folded):
        day, month = int(match[1]), int(match[2])
        if language.code == "en" and month > 12 >= day:
            day, month = month, day
        date = make_date(int(match[3]), month, day)
        if date:
            found.append((match.start(), date, match.group(0)))
    for match in language.date_day_first.finditer(folded):
        date = make_date(int(match[3]), language.months[match[2].lower()], int(match[1]))
        if date:
            found.append((match.start(), date, match.group(0)))
    for match in language.date_month_first.finditer(folded):
        date = make_date(int(match[3]), language.months[match[1].lower()], int(match[2]))
        if date:
            found.append((match.start(), date, match.group(0)))
    if not found:
        return None
    _, date, matched = min(found, key=lambda item: item[0])
    return date, matched


def relative_offset(text: str, language: Language) -> datetime.timedelta | None:
    """How long ago a relative timestamp line says ('vor 8 Tagen', 'منذ يومين'), if it is one."""
    folded = fold(text).strip()
    if folded in language.relative_words:
        return datetime.timedelta(days=-int(language.relative_words[folded]))
    for pattern in language.relative_time:
        match = pattern.search(folded)
        if not match:
            continue
        groups = match.groupdict()
        unit_word = (groups.get("unit") or "").lower()
        unit = language.relative_units.get(unit_word) or next(
            (value for key, value in language.relative_units.items() if unit_word.startswith(key)), "days"
        )
        amount = count_of(groups.get("n"), unit_word, language)
        return datetime.timedelta(days=amount * UNIT_DAYS.get(unit, 1))
    return None


def count_of(number: str | None, unit_word: str, language: Language) -> int:
    if number:
        number = number.lower()
        if number.isdigit():
            return int(number)
        return int(language.number_words.get(number, 1))
    # Arabic dual: يومين, ساعتين, شهرين = two
    if language.code == "ar" and unit_word.endswith(("ين", "ان")) and len(unit_word) > 3:
        return 2
    return 1


def find_published(draft: Draft) -> Draft:
    """Publication date: HTML <time>, a byline or date line, a dated dateline, else a relative
    timestamp counted back from the retrieval date; null when none is found."""
    language = language_of(draft)
    meta = draft.source.meta
    stamp = meta.get("time") or meta.get("published")
    if stamp:
        date = make_date(*map(int, stamp[:10].split("-"))) if ISO_DATE.match(stamp[:10]) else None
        if date:
            draft.published, draft.published_from = date, f"<time datetime=\"{stamp}\">"
            return draft
    if language is None:
        return draft
    candidates = [line.text for line in draft.lines if line.role == BYLINE]
    if draft.dateline:
        candidates.append(draft.dateline)
    for text in candidates:
        found = find_date(text, language)
        if found:
            draft.published, draft.published_from = found
            return draft
    for line in draft.lines:
        if line.role == CHROME and line.why == "relative time":
            offset = relative_offset(line.text, language)
            if offset is not None:
                draft.published = draft.retrieved - offset
                draft.published_from = line.text
                draft.relative_time = line.text
                return draft
        if line.role != CHROME and is_long(line.text):
            break
    return draft


STEPS = [find_published]
