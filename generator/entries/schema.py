"""The content model, declared: one class per kind of entry, a docstring under each field.

`content/README.md` documents the same model for the people who edit entries by hand;
keep the two in step.  Cross-field checks live in each schema's `validate()`;
checks that need other entries (do referenced ids exist?) live in the graph.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from generator import errors
from generator.entries.fields import (
    Anything,
    At,
    Choice,
    Date,
    FieldType,
    FileName,
    Id,
    Invalid,
    Language,
    ListOf,
    Number,
    PartialDateType,
    Ref,
    Sha256,
    Str,
    Text,
    Url,
    check_item,
    describe,
)
from generator.entries.store import YAML_LINE_OFFSET
from generator.errors import Problem

COMPANY_KINDS = (
    "company", "division", "fund", "regulator", "ministry", "court",
    "law_firm", "association", "union", "media", "other",
)
EVENT_KINDS = (
    "layoffs", "investment", "funding", "acquisition", "merger", "appointment",
    "departure", "launch", "lawsuit", "regulation", "investigation", "partnership",
    "results", "restructuring", "contract", "founding", "other",
)


@dataclass(frozen=True)
class Field:
    """One field of a record: its type, whether it must be there, and its default."""

    type: FieldType
    required: bool = False
    default: object = None
    doc: str = ""


class Record(FieldType):
    """A mapping with declared fields; subclasses list them as class attributes."""

    expected = "a mapping of fields"
    fields: dict[str, Field] = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.fields = {
            name: value for base in reversed(cls.__mro__) for name, value in vars(base).items()
            if isinstance(value, Field)
        }

    def check(self, value, at: At) -> dict:
        problems: list[Problem] = []
        record = self.check_fields(value, at, problems)
        if problems:
            first = problems[0]
            raise Invalid(first.message, At(first.path, first.field, first.line, first.column))
        return record

    def check_fields(self, value, at: At, problems: list[Problem]) -> dict:
        """Check every field, adding each problem found to `problems`; the normalised record."""
        if not isinstance(value, dict):
            problems.append(at.problem(errors.WRONG_TYPE.format(expected=self.expected, found=describe(value))))
            return {}
        record = {}
        for key in value:
            if key not in self.fields:
                close = difflib.get_close_matches(str(key), self.fields, n=1)
                hint = f"did you mean '{close[0]}'? " if close else ""
                options = errors.list_options(self.fields)
                problems.append(at.child(value, key, at_key=True).problem(errors.UNKNOWN_FIELD.format(hint=hint, options=options)))
        for name, field in self.fields.items():
            if value.get(name) is None:
                if field.required:
                    problems.append(At(at.path, join(at.field, name), *where_mapping(value, at)).problem(errors.MISSING_FIELD))
                record[name] = field.default() if callable(field.default) else field.default
                continue
            try:
                record[name] = check_item(field.type, value, name, at)
            except Invalid as exc:
                problems.append((exc.at or at.child(value, name)).problem(exc.message))
                record[name] = field.default() if callable(field.default) else field.default
        if not problems:
            message = self.validate(record)
            if message:
                problems.append(at.problem(message))
        return record

    def validate(self, record: dict) -> str | None:
        """Cross-field checks; a message when something is wrong."""
        return None


def join(parent: str, name: str) -> str:
    return f"{parent}.{name}" if parent else name


def where_mapping(value, at: At) -> tuple[int | None, int | None]:
    """Line and column of a mapping (for a field missing from it)."""
    lc = getattr(value, "lc", None)
    if lc is not None and lc.line is not None:
        return lc.line + 1 + YAML_LINE_OFFSET, lc.col + 1
    return at.line, at.column


# Parts shared by several kinds of entry.

class Source(Record):
    file = Field(FileName(), required=True, doc="File name of the raw article under content/sources/.")
    sha256 = Field(Sha256(), doc="SHA-256 of the raw file, to notice when it changes.")


class Figure(Record):
    value = Field(Number(), required=True, doc="The number, normalised: 3.500 -> 3500, 2,5 Mrd. -> 2500000000.")
    unit = Field(Str(), doc="EUR, USD, percent, jobs, subscribers, years, ... (currency as ISO code).")
    text = Field(Text(), doc="The figure as written, by language: {de: rund 3.500 Stellen}.")
    about = Field(Text(), doc="What the figure measures, by language.")


class Role(Record):
    title = Field(Text(), required=True, doc="The job title or role, by language.")
    organization = Field(Ref("company"), doc="The company the role belongs to.")
    since = Field(PartialDateType(), doc="When the role began (YYYY, YYYY-MM or YYYY-MM-DD).")
    until = Field(PartialDateType(), doc="When it ended; empty while it lasts.")

    def validate(self, record):
        since, until = record.get("since"), record.get("until")
        if since and until and since.sort_key > until.sort_key:
            return errors.DATE_ORDER.format(since=since, until=until)
        return None


def ids(kind: str) -> ListOf:
    return ListOf(Ref(kind), f"{kind} ids", unique=True)


# The four kinds of entry.

class EntrySchema(Record):
    """Fields every entry has."""

    entry_type = ""
    folder = ""
    id = Field(Id(), required=True, doc="The entry's id: equal to the file name without .md.")
    type = Field(Str(), required=True, doc="article, person, company or event.")
    extra = Field(Anything(), default=dict, doc="Free-form data of your own; never shown, never checked.")


def date_stated(published_from) -> bool:
    """Whether an article's `published` was stated (read from a text with a year in it: a byline
    date, <time>), not counted back from a relative timestamp such as 'vor 3 Tagen'."""
    return published_from is None or bool(re.search(r"\d{4}", str(published_from)))


class Article(EntrySchema):
    entry_type, folder = "article", "articles"
    title = Field(Text(), required=True, doc="The headline, by language (at least the article's own).")
    language = Field(Language(), required=True, doc="Language of the article's text.")
    publisher = Field(Str(), doc="The site or paper that published it.")
    published = Field(Date(), doc="Publication date, YYYY-MM-DD; empty when unknown.")
    published_from = Field(Str(), doc="What the date was read from: a byline date, <time>, or a relative 'vor 8 Tagen'.")
    retrieved = Field(Date(), doc="When the article was collected (relative dates count back from it).")
    author = Field(Str(), doc="The byline's author (authors are not listed as people).")
    url = Field(Url(), doc="Address of the original article (http or https).")
    source = Field(Source(), doc="The raw article this entry was made from: {file, sha256}.")
    summary = Field(Text(), default=dict, doc="The lead, by language.")
    event = Field(Ref("event"), doc="The story this article reports.")
    people = Field(ids("person"), default=list, doc="People the article names.")
    companies = Field(ids("company"), default=list, doc="Companies and organisations it names.")
    events = Field(ids("event"), default=list, doc="Other events it mentions.")
    figures = Field(ListOf(Figure(), "figures (value, unit, text)"), default=list, doc="Key figures: [{value, unit, text}].")


class Person(EntrySchema):
    entry_type, folder = "person", "people"
    name = Field(Text(), required=True, doc="The name, by language or script.")
    aliases = Field(ListOf(Str(), "texts", unique=True), default=list, doc="Other spellings, in any script.")
    roles = Field(ListOf(Role(), "roles (title, organization, since, until)"), default=list, doc="Roles held: [{title, organization, since, until}].")


class Company(EntrySchema):
    entry_type, folder = "company", "companies"
    name = Field(Text(), required=True, doc="The name, by language or script.")
    aliases = Field(ListOf(Str(), "texts", unique=True), default=list, doc="Other names: acronyms, legal names.")
    kind = Field(Choice(COMPANY_KINDS), default="company", doc="What it is: company, division, fund, regulator, ...")
    parent = Field(Ref("company"), doc="The company this one belongs to.")
    url = Field(Url(), doc="The organisation's website.")


class Event(EntrySchema):
    entry_type, folder = "event", "events"
    title = Field(Text(), required=True, doc="What happened, by language.")
    date = Field(PartialDateType(), doc="When: YYYY, YYYY-MM or YYYY-MM-DD.")
    kind = Field(Choice(EVENT_KINDS), default="other", doc="layoffs, investment, acquisition, appointment, ...")
    summary = Field(Text(), default=dict, doc="A short description, by language.")
    people = Field(ids("person"), default=list, doc="People involved.")
    companies = Field(ids("company"), default=list, doc="Companies involved.")
    figures = Field(ListOf(Figure(), "figures (value, unit, text)"), default=list, doc="Key figures: [{value, unit, text}].")
    related = Field(ids("event"), default=list, doc="Related events (shown on both events' pages).")

SCHEMAS: dict[str, type[EntrySchema]] = {schema.folder: schema for schema in (Article, Person, Company, Event)}
TYPES: dict[str, type[EntrySchema]] = {schema.entry_type: schema for schema in SCHEMAS.values()}
