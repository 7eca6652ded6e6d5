"""Error types and message templates: the one place where users' error texts live.

Every message names the file, the line and column where known, the field, what was
found and what was expected.  Errors are collected and reported together.
"""

from __future__ import annotations

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
        return f"{where}: {field}{self.message}"


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


# Message templates. Tests assert these texts exactly.
NO_FRONT_MATTER = "expected YAML front matter starting with a '---' line"
UNCLOSED_FRONT_MATTER = "front matter starts with '---' but has no closing '---' line"
YAML_SYNTAX = "invalid YAML: {problem}"
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
