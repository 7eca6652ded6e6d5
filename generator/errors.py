"""Error types and message templates: the one place where users' error texts live.

Every message names the file, the line and column where known, the field, what was
found and what was expected.  Errors are collected and reported together.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

MAX_OPTIONS_SHOWN = 8


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one entry, located as precisely as we know."""

    path: str
    line: int | None
    column: int | None
    field: str | None
    message: str

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.line or 0, self.column or 0, self.field or "", self.message)

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        field = f"'{self.field}': " if self.field else ""
        return printable(f"{where}: {field}{self.message}")


class ContentError(Exception):
    """The content could not be loaded: every problem found, in file order."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda problem: problem.sort_key)
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        lines = [f"{count} {noun} in content:"]
        lines += [f"  {problem}" for problem in self.problems]
        return "\n".join(lines)


def display_path(path: Path, base: Path) -> str:
    """A path as users see it: relative to `base` (the folder that holds content/) if inside it."""
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def list_options(options, limit: int | None = MAX_OPTIONS_SHOWN) -> str:
    """`known: a, b, c, ...` — the valid choices, shortened for long lists of ids."""
    options = sorted(options)
    if not options:
        return "none known"
    limit = limit or len(options)
    shown = ", ".join(options[:limit])
    more = f", ... ({len(options) - limit} more)" if len(options) > limit else ""
    return f"known: {shown}{more}"


def first_few(texts, limit: int) -> str:
    """`a, b, c, ...`: the first `limit` texts, for a message that also gives their count."""
    texts = list(texts)
    return ", ".join(texts[:limit]) + (", ..." if len(texts) > limit else "")


def printable(text: str) -> str:
    """A value as a message shows it: control and direction characters escaped (\\x00, \\u202e),
    so that a hostile value can neither hide in nor rearrange the terminal's text."""
    return "".join(
        ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) in ("Cc", "Cf") else ch
        for ch in str(text)
    )


def position_of(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a byte offset in text that is UTF-8 before it."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8-sig" if line_start == 0 else "utf-8", errors="replace")) + 1
    return data.count(b"\n", 0, offset) + 1, column


# Message templates. Tests assert these texts exactly.
NO_FRONT_MATTER = "expected YAML front matter starting with a '---' line"
UNCLOSED_FRONT_MATTER = "front matter starts with '---' but has no closing '---' line"
YAML_SYNTAX = "invalid YAML: {problem}"
YAML_CONTROL_CHARACTER = (
    "invalid YAML: the character {character} is not allowed (delete it; in a double-quoted text it can be "
    "written as \"{escape}\")"
)
ENTRY_BAD_ENCODING = "not valid UTF-8 (byte 0x{byte:02x}): save the file as UTF-8"
ENTRY_UTF16 = "saved as UTF-16: save the file as UTF-8"
NOT_A_MAPPING = "expected a mapping of fields (key: value), found {found}"
MISSING_FIELD = "required field is missing"
UNKNOWN_FIELD = "unknown field ({hint}{options})"
WRONG_TYPE = "expected {expected}, found {found}"
EMPTY_TEXT = "expected a non-empty text"
UNKNOWN_LANGUAGE = "unknown language code '{code}' (expected a code such as de, ar, en, fr)"
BAD_CHOICE = "unknown value '{value}' ({options})"
BAD_DATE = "expected a date YYYY-MM-DD, found {found}"
BAD_PARTIAL_DATE = "expected a date YYYY, YYYY-MM or YYYY-MM-DD, found {found}"
BAD_URL = "expected an http:// or https:// URL, found '{value}'"
BAD_SHA256 = "expected 64 hexadecimal digits, found '{value}'"
BAD_ID = "expected an id made of a-z, 0-9 and '-', found '{value}'"
RESERVED_ID = "the id '{value}' is reserved for the generated list pages; choose another"
ID_MISMATCH = "id '{id}' does not match the file name (expected '{stem}')"
TYPE_MISMATCH = "type '{found}' does not match the folder {folder}/ (expected '{expected}')"
DUPLICATE_ID = "duplicate id '{id}' (also in {other})"
UNKNOWN_REFERENCE = "unknown {kind} '{id}' ({options})"
PARENT_CYCLE = "parent chain loops back to itself: {chain}"
SELF_REFERENCE = "an entry cannot refer to itself"
DATE_ORDER = "'since' ({since}) is after 'until' ({until})"
RESERVED_FILE_NAME = "the id '{value}' is a file name that Windows reserves (con, prn, aux, nul, com1-9, lpt1-9); choose another"
BAD_FILE_NAME = "expected a file name under content/sources/ (no '/', '\\', '..', control characters), found '{value}'"

# Raw articles that `digest ingest` refuses (SourceError), and its warnings. The caller
# puts the file's path in front: `error: <path>: <message>`.
SOURCE_UNSUPPORTED_TYPE = "unsupported file type '{suffix}' (expected {suffixes})"
SOURCE_NOT_A_FILE = "not a regular file (expected an article file: .txt, .md or .html)"
SOURCE_UNREADABLE = "cannot be read: {reason}"
SOURCE_TOO_LARGE = "too large ({size} bytes; at most {limit:,} bytes are read as one article)"
SOURCE_EMPTY = "empty file (expected the text of an article)"
SOURCE_BINARY = "binary file ({count} of its first {total:,} bytes are control characters; expected text)"
SOURCE_BAD_ENCODING = (
    "not valid UTF-8 at line {line}, column {column} (byte 0x{byte:02x}), and not plausibly {legacy} "
    "either (expected a text file in UTF-8 or one of those encodings)"
)
SOURCE_TOO_FEW_LETTERS = "not an article: only {letters} letters of text (expected at least {minimum})"
SOURCE_DATA_TABLE = "not an article: every line has {count} '{separator}' separators (a data table, expected prose)"
SOURCE_ONLY_CHROME = (
    "not an article: only page chrome ({reasons}) and {letters} letters of other text "
    "(expected at least {minimum} letters of article text)"
)
LANGUAGE_WITHOUT_RESOURCES = (
    "written in {name} ('{code}'), a language ingest has no resources for (it reads {known}): "
    "the article is kept, but no people, organisations, events or figures are taken from it"
)
LANGUAGE_FROM_MARKUP = "language not recognised from the text (ingest reads {known}); read as '{code}', as the page's markup says"
LANGUAGE_NOT_RECOGNISED = (
    "language not recognised (ingest reads {known}); recorded as '{code}', and no people, "
    "organisations, events or figures are taken from it"
)


# `digest ingest` runs one at a time on a content folder (a lock file held for the whole run).
CONTENT_LOCKED = "{content} is being changed by another digest ingest (pid {pid}); try again when it has finished"
INGEST_PENDING = ("an ingest has {count} {noun} left to write ({files}): it is still running, or it was "
                  "interrupted and the next digest ingest writes {pronoun} first")
SKIPPED_IN_FOLDER = "skipped {count} {noun} (expected {suffixes}) in the folders named: {files}"
INTERRUPTED_INGEST_FINISHED = "finished writing {count} files of an ingest that was interrupted"
YAML_VALUE = "invalid YAML: a value cannot be read ({problem}); check dates, tags such as !!int, and keys that are lists or mappings"
SOURCE_HTML_FAILED = "the page's HTML is too broken to find its main text ({problem} in the HTML extractor); save the page again, or its text as .txt"
BAD_JOURNAL = ("the journal of an interrupted ingest is not valid: {why}; nothing was written. Check the "
               "folder with git status, then delete the journal file and run ingest again")
