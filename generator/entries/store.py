"""Reading and writing entry files: Markdown with YAML front matter.

ruamel.yaml is configured once, here.  Loading keeps comments, key order and quoting,
so that an entry that is loaded and saved untouched comes back byte for byte, and the
body (everything after the closing `---`) is never parsed or changed.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from generator import errors
from generator.errors import Problem

DELIMITER = "---"
#: Lines before the YAML text in a file: the opening `---`.
YAML_LINE_OFFSET = 1


def make_yaml() -> YAML:
    """The one configured YAML object: round trip, long lines kept, lists indented under keys."""
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.allow_unicode = True
    return yaml


@dataclass
class Entry:
    """One entry file as loaded: its raw front matter (for saving) and body."""

    path: Path
    display_path: str
    folder: str
    data: CommentedMap
    body: str
    #: the validated, normalised fields, set by the schema
    fields: dict = field(default_factory=dict)

    @property
    def stem(self) -> str:
        return self.path.stem

    @property
    def id(self) -> str:
        return self.fields.get("id", self.stem)

    @property
    def kind(self) -> str:
        return self.fields["type"]


def split_front_matter(text: str) -> tuple[str, str] | None:
    """(YAML text, body) of an entry, or None when the text has no front matter block."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n") != DELIMITER:
        return None
    for index, line in enumerate(lines[1:], start=1):
        if line.rstrip("\r\n") in (DELIMITER, "..."):
            return "".join(lines[1:index]), "".join(lines[index + 1 :])
    raise ValueError(errors.UNCLOSED_FRONT_MATTER)


def load_entry(path: Path, display_path: str, folder: str) -> Entry | Problem:
    """Read one entry file; a Problem (with line and column) when it cannot be read."""
    def problem(message: str, line: int | None = None, column: int | None = None) -> Problem:
        return Problem(display_path, line, column, None, message)

    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return problem(f"not valid UTF-8 (byte {exc.start}): save the file as UTF-8")
    try:
        parts = split_front_matter(text)
    except ValueError as exc:
        return problem(str(exc), 1, 1)
    if parts is None:
        return problem(errors.NO_FRONT_MATTER, 1, 1)
    front, body = parts
    try:
        data = make_yaml().load(front)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 + YAML_LINE_OFFSET if mark else None
        column = mark.column + 1 if mark else None
        return problem(errors.YAML_SYNTAX.format(problem=exc.problem or exc.context), line, column)
    except YAMLError as exc:
        return problem(errors.YAML_SYNTAX.format(problem=str(exc).splitlines()[0]))
    if not isinstance(data, CommentedMap):
        found = "nothing" if data is None else type(data).__name__
        return problem(errors.NOT_A_MAPPING.format(found=found), 1 + YAML_LINE_OFFSET, 1)
    return Entry(path=path, display_path=display_path, folder=folder, data=data, body=body)


def dump_entry(entry: Entry) -> str:
    """The text of an entry file: front matter as ruamel writes it, the body untouched."""
    stream = StringIO()
    make_yaml().dump(entry.data, stream)
    return f"{DELIMITER}\n{stream.getvalue()}{DELIMITER}\n{entry.body}"


def write_atomic(path: Path, text: str) -> None:
    """Write a file so that a reader sees either the old or the new version, never a mix."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def save_entry(entry: Entry) -> bool:
    """Write an entry if its text changed; True when the file was written."""
    text = dump_entry(entry)
    if entry.path.exists() and entry.path.read_text(encoding="utf-8") == text:
        return False
    write_atomic(entry.path, text)
    return True
