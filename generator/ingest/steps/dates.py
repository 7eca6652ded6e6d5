"""Dates: absolute dates in any of the languages' formats, relative timestamps, publication date."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from generator.ingest.draft import BODY, BYLINE, CHROME, TITLE, Draft, Line
from generator.ingest.langdata import Language, fold
from generator.ingest.steps.structure import is_long, language_of

NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)")  # 05.02.2026, 26-07-2020
ISO_DATE = re.compile(r"(?<!\d)(\d{4})([-/])(\d{2})\2(\d{2})(?!\d)")  # 2025-05-14, 2025/05/14
#: a day, a month and a year of two digits, as a page's time stamp gives them before the time
#: ('18.03.25 16:02 Uhr'); without the time such digits may be anything (a version, a score)
STAMP_SHORT_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?=,?\s+\d{1,2}[:.h]\d{2}(?!\d))")
#: the stamp that closes a Dow Jones Newswires story: month, day and two-digit year, then the
#: time in New York ('(END) Dow Jones Newswires' / '10-30-24 1822ET')
WIRE_STAMP = re.compile(r"(?<![\d-])(\d{2})-(\d{2})-(\d{2})\s+(?:[01]\d|2[0-3])[0-5]\d\s?et\b")
UNIT_DAYS = {"minutes": 0, "hours": 0, "days": 1, "weeks": 7, "months": 30, "years": 365}


def make_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


#: a date before a headline, set off by a colon, a dash or a bar ('Mittwoch, 21. August 2024: ...')
DATE_PREFIX = re.compile(r"^(?P<date>[^:|–—]{6,40}?)\s*(?::|\s[-–—|])\s+(?P<rest>\S.*)$")


def find_date(text: str, language: Language) -> tuple[datetime.date, str] | None:
    """The first absolute date in a text, and the text it was read from."""
    found = dates_in(text, language)
    return found[0] if found else None


def absolute_dates(folded: str, language: Language, months: bool = True) -> list[tuple[int, int, datetime.date]]:
    """Every absolute date in a folded text: (start, end, date); written months only with `months`."""
    found = []
    for match in ISO_DATE.finditer(folded):
        date = make_date(int(match[1]), int(match[3]), int(match[4]))
        if date:
            found.append((match.start(), match.end(), date))
    for match in STAMP_SHORT_DATE.finditer(folded):
        date = make_date(2000 + int(match[3]), int(match[2]), int(match[1]))
        if date:
            found.append((match.start(), match.end(), date))
    for match in WIRE_STAMP.finditer(folded):
        date = make_date(2000 + int(match[3]), int(match[1]), int(match[2]))
        if date:
            found.append((match.start(), match.end(), date))
    for match in NUMERIC_DATE.finditer(folded):
        day, month = int(match[1]), int(match[3])
        if language.code == "en" and month > 12 >= day:
            day, month = month, day
        date = make_date(int(match[4]), month, day)
        if date:
            found.append((match.start(), match.end(), date))
    if not months:
        return found
    for match in language.date_day_first.finditer(folded):
        date = make_date(int(match[4]), language.months[(match[2] or match[3]).lower()], int(match[1]))
        if date:
            found.append((match.start(), match.end(), date))
    for match in language.date_month_first.finditer(folded):
        date = make_date(int(match[3]), language.months[match[1].lower()], int(match[2]))
        if date:
            found.append((match.start(), match.end(), date))
    return found


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


def count_of(number: str | None, unit_word: str, language: Language) -> float:
    if number:
        number = number.lower()
        if number.isdigit():
            return int(number)
        return float(language.number_words.get(number, 1))  # 'vor einem halben Jahr': 0.5
    # Arabic dual: يومين, ساعتين, شهرين = two
    if language.code == "ar" and unit_word.endswith(("ين", "ان")) and len(unit_word) > 3:
        return 2
    return 1


def head_dates(lines: list[Line]) -> list[str]:
    """Where a page states its date above the article: the short lines before its first
    paragraph ('آخر تحديث 26-07-2020 17:37', 'Stand: 06.06.2024'), and the start of that paragraph
    when a time and a date open it ('09:18 - 28 أكتوبر 2024أعلنت ...')."""
    texts = []
    for line in lines:
        if not is_long(line.text):
            texts.append(line.text)
            continue
        opening = re.match(r"[\d\s:.,|/–—-]*\d[\d\s:.,|/–—-]*(?=\D)", line.text)
        if opening:
            texts.append(line.text[:opening.end() + 30])
        break
    return texts


#: a clock time right after a date ('06.03.2025 05:00 Uhr', '7 مايو 2025 | 9:33 ص', 'le 20 février
#: 2025 à 15h52', 'March 18, 2025 11:03 ET') or right before it ('09:18 - 28 أكتوبر 2024')
CLOCK_AFTER = re.compile(r"^[\s,|·•/–—-]*(?:um|à|a|at|الساعة)?\s*(?:(?:[01]?\d|2[0-3])[:h][0-5]\d(?!\d)|(?:[01]?\d|2[0-3])\.[0-5]\d\s*uhr\b|(?:[01]\d|2[0-3])[0-5]\d\s?et\b)")
CLOCK_BEFORE = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?:uhr|am|pm|ص|م))?[\s,|·•/–—-]*$")
#: words allowed between a stamp word and its date ('Stand: Freitag, 6. Juni 2025', 'publié le')
STAMP_GLUE = {"am", "vom", "le", "du", "ce", "on", "the", "في", "يوم"}


def stamp_dates(text: str, language: Language) -> list[tuple[datetime.date, str]]:
    """The dates in a text that a page stamps itself with: a date beside a clock time, or after
    a stamp word of the language ('Stand:', 'publié le', 'نشر في', 'Diese Nachricht wurde am').
    A date in running text has neither ('am 5. Juli 2025 legte der Konzern ...'). Each date
    with the text it was read from."""
    folded = fold(text)
    found = []
    for start, end, date in sorted(absolute_dates(folded, language)):
        before = folded[max(0, start - 60):start]
        stamped = CLOCK_AFTER.match(folded[end:end + 20]) or CLOCK_BEFORE.search(before[-20:]) \
            or WIRE_STAMP.match(folded, start) or not folded[:start].strip() and not folded[end:].strip()  # a date alone on its line
        if not stamped and language.stamp_cue is not None:
            cues = list(language.stamp_cue.finditer(before))
            between = re.findall(r"[^\W\d_]+", before[cues[-1].end():]) if cues else None
            stamped = between is not None and len(between) <= 2 and all(
                word in STAMP_GLUE or word in language.weekdays for word in between)
        if stamped:
            found.append((date, folded[start:end]))
    return found


def dates_in(text: str, language: Language) -> list[tuple[datetime.date, str]]:
    """Every absolute date in a text in text order, with the text it was read from."""
    folded = fold(text)
    return [(date, folded[start:end]) for start, end, date in sorted(absolute_dates(folded, language))]


def publication_candidates(draft: Draft) -> list[tuple[bool, list[str]]]:
    """Texts that may state the publication date, best first, in tiers of (stamped only, texts):
    the byline, date lines and dateline under the headline; a stamped date in the article (in a
    paragraph run together with the headline, or in a closing line 'Diese Nachricht wurde am
    ...'); the short lines under the headline; the page's header above the headline, which often
    shows the day the page was seen rather than the day the article was published; last, a stamp
    after the article ('(END) Dow Jones Newswires 10-30-24'), where teasers of other articles
    carry their own dates."""
    lines = draft.lines
    title = next((index for index, line in enumerate(lines) if line.role == TITLE), None)
    start = title + 1 if title is not None else 0
    end = max((index + 1 for index, line in enumerate(lines) if line.role == BODY), default=len(lines))
    below = lines[start:end]
    marked = [line.text for line in below if line.role == BYLINE or line.role == CHROME and line.why == "time stamp"]
    prefix = DATE_PREFIX.match(lines[title].text) if title is not None else None  # 'Mittwoch, 21. August 2024: <headline>'
    return [
        (False, marked + ([draft.dateline] if draft.dateline else [])),
        (True, [line.text for line in lines[start - 1 if title is not None else 0:end]]),  # with the headline's own line
        (False, ([prefix["date"]] if prefix else []) + head_dates(below)),
        (False, [line.text for line in lines[:title or 0]]),
        (True, [line.text for line in lines[max(end, start):]]),
    ]


def find_published(draft: Draft) -> Draft:
    """Publication date: HTML <time>, a byline or date line, a dated dateline, a stamped date,
    the page's header, else a relative timestamp counted back from the retrieval date; null
    when none is found. When a stored copy of the page gives the month it is from ('date
    2024-10'), a date of another month is not its publication date (a photo's caption, a page
    header showing the day it was seen)."""
    language = language_of(draft)
    meta = draft.source.meta
    stamp = meta.get("time") or meta.get("published")
    if stamp:
        iso = ISO_DATE.match(stamp[:10])
        date = make_date(int(iso[1]), int(iso[3]), int(iso[4])) if iso else None
        if date:
            draft.published, draft.published_from = date, f"<time datetime=\"{stamp}\">"
            return draft
    if draft.page_date and len(draft.page_date) == 10:  # 'date 2024-09-13' before an archived page's text
        draft.published, draft.published_from = datetime.date.fromisoformat(draft.page_date), f"date {draft.page_date}"
        return draft
    if language is None:
        return draft

    def fits(date: datetime.date) -> bool:
        return date <= draft.retrieved and (draft.page_date is None or date.isoformat().startswith(draft.page_date))

    for stamped_only, texts in publication_candidates(draft):
        for text in texts:
            dates = stamp_dates(text, language) if stamped_only else dates_in(text, language)
            found = next(((date, said) for date, said in dates if fits(date)), None)
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



# Dates of happenings in running text (used by the events step)

YEAR_ALONE = re.compile(r"(?<![\d.,/\-])((?:19|20)\d{2})(?!\d|[.,]\d)")
CUE_WORD = re.compile(r"[\w'’]+")
DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Anchor:
    """What dates in running text are resolved against.

    A relative publication date ("vor 3 Tagen") is an estimate: good enough for the year of
    "im Januar" or "last year", not for the day of "am Dienstag"."""

    #: later than this is a plan or a deadline: the publication date (stated or estimated), else the retrieval date
    reference: datetime.date
    #: the stated publication date (weekdays, "gestern"), else None
    day: datetime.date | None
    #: the publication date, stated or estimated (months alone, "last month", "last year"), else None
    month: datetime.date | None


@dataclass(frozen=True)
class Mention:
    """A date in a text, resolved: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'."""

    start: int
    end: int
    when: str

    @property
    def precision(self) -> int:
        return self.when.count("-") + 1


def anchor_of(draft: Draft) -> Anchor:
    estimated = draft.published is not None and draft.published_from == draft.relative_time
    return Anchor(
        reference=draft.published or draft.retrieved,
        day=None if estimated else draft.published,
        month=draft.published,
    )


def date_mentions(text: str, language: Language, anchor: Anchor) -> list[Mention]:
    """The dates in a text that can be the date of something that happened, in text order:
    absolute dates, month and year, day and month, weekdays, a month alone after a cue word,
    'gestern', 'last month', 'last year', and years alone before the publication year.  Dates
    after the reference, or after a word such as 'bis' or 'by', are plans and are left out."""
    folded = fold(text)
    found: list[Mention] = []

    def add(start: int, end: int, when: str | None) -> None:
        if when and not any(start < other.end and other.start < end for other in found):
            found.append(Mention(start, end, when))

    digits = DIGIT.search(folded) is not None
    # most sentences name no month: the month patterns run only when one does
    month = bool(language.month_alone and language.month_alone.search(folded))
    if digits:
        for start, end, date in absolute_dates(folded, language, months=month):
            add(start, end, date.isoformat())
    if digits and month:
        for match in language.month_year.finditer(folded):
            add(match.start(), match.end(), f"{int(match[2]):04d}-{language.months[match[1].lower()]:02d}")
    if anchor.month and month:
        if digits:
            resolve_day_month(folded, language, anchor, add)
        resolve_month_alone(folded, language, anchor, add)
    if anchor.month:
        for match in finditer(language.relative_period_pattern, folded):
            unit = language.relative_periods[match.group(0).lower()]
            add(match.start(), match.end(), previous_period(anchor.month, unit))
    if anchor.day:
        resolve_weekdays(folded, language, anchor, add, found)
        for match in finditer(language.past_day_pattern, folded):
            day = anchor.day + datetime.timedelta(days=int(language.relative_words[match.group(0).lower()]))
            add(match.start(), match.end(), day.isoformat())
    for match in YEAR_ALONE.finditer(folded) if digits else ():
        if int(match[1]) < anchor.reference.year and not counted(folded, match, language):
            add(match.start(), match.end(), match[1])
    kept = [
        mention for mention in found
        if not planned(folded, mention, language) and mention.when <= anchor.reference.isoformat()[: len(mention.when)]
    ]
    return sorted(kept, key=lambda mention: mention.start)


def finditer(pattern: re.Pattern | None, text: str):
    return pattern.finditer(text) if pattern else ()


def resolve_day_month(folded: str, language: Language, anchor: Anchor, add) -> None:
    """'9. Oktober', 'le 1er octobre', 'October 1' without a year: the year nearest the publication date."""
    matches = [(match, int(match[1]), match[2]) for match in language.day_month.finditer(folded)]
    matches += [(match, int(match[2]), match[1]) for match in finditer(language.month_day, folded)]
    for match, day, month_word in matches:
        month = language.months[month_word.lower()]
        dates = [make_date(anchor.month.year + shift, month, day) for shift in (-1, 0, 1)]
        dates = [date for date in dates if date]
        if dates:
            nearest = min(dates, key=lambda date: (abs((date - anchor.month).days), date > anchor.month))
            add(match.start(), match.end(), nearest.isoformat())


def resolve_month_alone(folded: str, language: Language, anchor: Anchor, add) -> None:
    """'im Januar', 'fin mars', 'في يناير الماضي': a month name after a cue word, or with a
    'last' word: the nearest such month (with a 'last' word: the latest one before publication)."""
    for match in finditer(language.month_alone, folded):
        before, after = words_before(folded, match.start()), words_after(folded, match.end())
        past = ends_with_any(before, language.date_past_words) or starts_with_any(after, language.date_past_words)
        if not past and not ends_with_any(before, language.month_cues, conjunctions=language.script == "arabic"):
            continue
        month = language.months[match.group(0).lower()]
        candidates = [(anchor.month.year + shift, month) for shift in (-1, 0, 1)]
        here = (anchor.month.year, anchor.month.month)
        if past:
            year, month = max(candidate for candidate in candidates if candidate < here)
        else:  # the nearest; of two as near, the earlier
            _, _, (year, month) = min((abs(months_between(here, candidate)), candidate > here, candidate) for candidate in candidates)
        add(match.start(), match.end(), f"{year:04d}-{month:02d}")


def resolve_weekdays(folded: str, language: Language, anchor: Anchor, add, found: list[Mention]) -> None:
    """'am Dienstag', 'on Tuesday', 'يوم الثلاثاء', 'mardi': the latest such day on or before the
    publication date (before it, with a 'last' word). A weekday written with a date is that date."""
    for match in finditer(language.weekday_pattern, folded):
        if any(0 <= other.start - match.end() <= 3 or 0 <= match.start() - other.end <= 2 for other in found):
            continue  # 'jeudi 8 octobre 2026', 'Friday, October 9'
        weekday = int(language.weekdays[match.group(0).lower()])
        back = (anchor.day.weekday() - weekday) % 7
        after = words_after(folded, match.end())
        if back == 0 and (ends_with_any(words_before(folded, match.start()), language.date_past_words)
                          or starts_with_any(after, language.date_past_words)):
            back = 7
        add(match.start(), match.end(), (anchor.day - datetime.timedelta(days=back)).isoformat())


def months_between(one: tuple[int, int], other: tuple[int, int]) -> int:
    return (other[0] - one[0]) * 12 + other[1] - one[1]


def previous_period(date: datetime.date, unit: str) -> str | None:
    if unit == "years":
        return f"{date.year - 1:04d}"
    if unit == "months":
        year, month = (date.year, date.month - 1) if date.month > 1 else (date.year - 1, 12)
        return f"{year:04d}-{month:02d}"
    return None


def words_before(folded: str, start: int, count: int = 4) -> list[str]:
    return CUE_WORD.findall(folded[max(0, start - 60) : start])[-count:]


def words_after(folded: str, end: int, count: int = 3) -> list[str]:
    return CUE_WORD.findall(folded[end : end + 40])[:count]


def ends_with_any(words: list[str], phrases: set[str], conjunctions: bool = False) -> bool:
    """Whether the words end with one of the phrases (an Arabic و/ف glued to its first word allowed)."""
    for size in range(1, len(words) + 1):
        tail = " ".join(words[-size:])
        if tail in phrases or (conjunctions and tail[:1] in ("و", "ف") and tail[1:] in phrases):
            return True
    return False


def starts_with_any(words: list[str], phrases: set[str]) -> bool:
    return any(" ".join(words[:size]) in phrases for size in range(1, len(words) + 1))


def planned(folded: str, mention: Mention, language: Language) -> bool:
    """A date after 'bis', 'by', 'd'ici', 'بحلول', or next to 'nächsten', 'prochain', 'المقبل', is a plan."""
    before, after = words_before(folded, mention.start), words_after(folded, mention.end, 2)
    return (
        ends_with_any(before, language.date_plan_words, conjunctions=language.script == "arabic")
        or starts_with_any(after, language.date_next_words)
    )


def counted(folded: str, match: re.Match, language: Language) -> bool:
    """A four-digit number that counts something ('2000 Beschäftigte', 'rund 1900'), not a year."""
    after = words_after(folded, match.end(), 1)
    word = after[0] if after else ""
    if word in language.unit_nouns or word in language.scale_words or word in language.currency_words:
        return True
    if word in language.percent_words or folded[match.end() : match.end() + 2].strip()[:1] in ("%", "٪", "€", "$"):
        return True
    before = words_before(folded, match.start(), 1)
    return bool(before) and before[0] in language.approximators

STEPS = [find_published]
