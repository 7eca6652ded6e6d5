"""Field types of the content model: each checks one raw YAML value and normalises it.

A field type's `check(value, at)` returns the normalised value, or raises `Invalid`
with the message for the user; `at` knows the file, line and column of the value.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from generator import errors
from generator.entries.ids import ID_PATTERN, RESERVED_IDS, WINDOWS_NAMES
from generator.entries.store import YAML_LINE_OFFSET
from generator.errors import Problem

SHA256_PATTERN = re.compile(r"^[0-9a-f]{64}$")
PARTIAL_DATE_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Invalid(Exception):
    """A value that does not fit its field; the message is for the user.

    `at` is set when the problem lies deeper than the field being checked.
    """

    def __init__(self, message: str, at: At | None = None):
        super().__init__(message)
        self.message = message
        self.at = at


def check_item(item_type: FieldType, container, key, at: At):
    """Check `container[key]`, locating any problem at that item."""
    child = at.child(container, key)
    try:
        return item_type.check(container[key], child)
    except Invalid as exc:
        raise Invalid(exc.message, exc.at or child) from None


@dataclass(frozen=True)
class At:
    """Where a value is: the file, the dotted field path, and the line/column if known."""

    path: str
    field: str
    line: int | None
    column: int | None

    def problem(self, message: str) -> Problem:
        return Problem(self.path, self.line, self.column, self.field, message)

    def child(self, container, key, at_key: bool = False) -> At:
        """The location of `container[key]` (a mapping key or a list index), or of the key itself."""
        name = f"{self.field}[{key}]" if isinstance(key, int) else (f"{self.field}.{key}" if self.field else str(key))
        line, column = position(container, key, at_key)
        if line is None:
            line, column = self.line, self.column
        return At(self.path, name, line, column)


def position(container, key, at_key: bool = False) -> tuple[int | None, int | None]:
    """1-based (line, column) in the file of a value (or key) in a ruamel container, if known."""
    try:
        if isinstance(container, CommentedMap):
            line, column = container.lc.key(key) if at_key else container.lc.value(key)
        elif isinstance(container, CommentedSeq):
            line, column = container.lc.item(key)
        else:
            return None, None
    except (KeyError, IndexError, TypeError):
        return None, None
    return line + 1 + YAML_LINE_OFFSET, column + 1


def describe(value) -> str:
    """How a wrong value is named in a message."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, (dict, CommentedMap)):
        return "a mapping"
    if isinstance(value, (list, CommentedSeq)):
        return "a list"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, datetime.date):
        return f"a date ({value.isoformat()})"
    return f"the text '{value}'"


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day: 2024, 2024-01, 2024-01-15."""

    year: int
    month: int | None = None
    day: int | None = None

    def __str__(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
        if self.day:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)


@cache
def is_known_language(code: str) -> bool:
    """True if Babel knows the language code (de, ar, en-GB, zh-Hans, ...)."""
    if not re.fullmatch(r"[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*", code):
        return False
    try:
        Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return False
    return True


class FieldType:
    """Base of all field types; `expected` names the type in messages."""

    expected = "a value"

    def check(self, value, at: At):
        raise NotImplementedError

    def wrong(self, value) -> Invalid:
        return Invalid(errors.WRONG_TYPE.format(expected=self.expected, found=describe(value)))


class Anything(FieldType):
    """Free-form data that the tool keeps but never reads."""

    expected = "anything"

    def check(self, value, at):
        return value


class Str(FieldType):
    expected = "a text"

    def check(self, value, at):
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise self.wrong(value)
        text = str(value).strip()
        if not text:
            raise Invalid(errors.EMPTY_TEXT)
        return text


class Number(FieldType):
    expected = "a number"

    def check(self, value, at):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.wrong(value)
        return value


class Language(FieldType):
    expected = "a language code"

    def check(self, value, at):
        code = Str().check(value, at)
        if not is_known_language(code):
            raise Invalid(errors.UNKNOWN_LANGUAGE.format(code=code))
        return code


class Text(FieldType):
    """Text for readers: a map from language code to text, `{de: ..., ar: ...}`."""

    expected = "a map from language code to text (de: ..., ar: ...)"

    def check(self, value, at):
        if not isinstance(value, dict):
            raise self.wrong(value)
        texts = {}
        for code, text in value.items():
            if not isinstance(code, str) or not is_known_language(code):
                raise Invalid(errors.UNKNOWN_LANGUAGE.format(code=code), at.child(value, code))
            texts[code] = check_item(Str(), value, code, at)
        if not texts:
            raise Invalid(errors.EMPTY_TEXT)
        return texts


class Choice(FieldType):
    def __init__(self, options):
        self.options = tuple(options)
        self.expected = "one of " + ", ".join(self.options)

    def check(self, value, at):
        text = Str().check(value, at)
        if text not in self.options:
            raise Invalid(errors.BAD_CHOICE.format(value=text, options=errors.list_options(self.options, limit=None)))
        return text


class Date(FieldType):
    expected = "a date YYYY-MM-DD"

    def check(self, value, at):
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        if isinstance(value, str):
            try:
                return datetime.date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise Invalid(errors.BAD_DATE.format(found=describe(value)))


class PartialDateType(FieldType):
    expected = "a date YYYY, YYYY-MM or YYYY-MM-DD"

    def check(self, value, at):
        if isinstance(value, datetime.date):
            return PartialDate(value.year, value.month, value.day)
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        match = PARTIAL_DATE_PATTERN.match(value.strip()) if isinstance(value, str) else None
        if not match:
            raise Invalid(errors.BAD_PARTIAL_DATE.format(found=describe(value)))
        year, month, day = (int(part) if part else None for part in match.groups())
        try:
            datetime.date(year, month or 1, day or 1)
        except ValueError:
            raise Invalid(errors.BAD_PARTIAL_DATE.format(found=describe(value))) from None
        return PartialDate(year, month, day)


class Url(FieldType):
    expected = "an http(s) URL"

    def check(self, value, at):
        text = Str().check(value, at)
        if not re.match(r"^https?://[^\s/?#]+\S*$", text, re.IGNORECASE):
            raise Invalid(errors.BAD_URL.format(value=text))
        return text


class Sha256(FieldType):
    expected = "a SHA-256 digest"

    def check(self, value, at):
        if not isinstance(value, str):
            raise self.wrong(value)
        text = value.strip().lower()
        if not SHA256_PATTERN.match(text):
            raise Invalid(errors.BAD_SHA256.format(value=text))
        return text


class Id(FieldType):
    expected = "an id"

    def check(self, value, at):
        text = Str().check(value, at)
        if not ID_PATTERN.match(text):
            raise Invalid(errors.BAD_ID.format(value=text))
        if text in RESERVED_IDS:
            raise Invalid(errors.RESERVED_ID.format(value=text))
        if text in WINDOWS_NAMES:
            raise Invalid(errors.RESERVED_FILE_NAME.format(value=text))
        return text


class FileName(FieldType):
    """The name of a file inside one folder (content/sources/): no path, nothing that points elsewhere."""

    expected = "a file name"

    def check(self, value, at):
        text = Str().check(value, at)
        if text in (".", "..") or any(ch in "/\\" or unicodedata.category(ch) == "Cc" for ch in text):
            raise Invalid(errors.BAD_FILE_NAME.format(value=text))
        return text


class Ref(Id):
    """The id of another entry of `kind`; whether it exists is checked by the graph."""

    def __init__(self, kind: str):
        self.kind = kind
        self.expected = f"the id of a {kind}"


class ListOf(FieldType):
    """A list of values of one type; a single value is not silently turned into a list."""

    def __init__(self, item: FieldType, noun: str, unique: bool = False):
        self.item = item
        self.unique = unique
        self.expected = f"a list of {noun}"

    def check(self, value, at):
        if not isinstance(value, list):
            raise self.wrong(value)
        items = []
        for index in range(len(value)):
            checked = check_item(self.item, value, index, at)
            if not (self.unique and checked in items):
                items.append(checked)
        return items
