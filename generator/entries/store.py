"""Reading and writing entry files: Markdown with YAML front matter.

ruamel.yaml is configured once, here.  Loading keeps comments, key order and quoting,
so that an entry that is loaded and saved untouched comes back byte for byte, and the
body (everything after the closing `---`) is never parsed or changed.
"""

from __future__ import annotations

import base64
import codecs
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from generator import errors
from generator.errors import ContentError, Problem

DELIMITER = "---"
BOM = "\ufeff"
#: Lines before the YAML text in a file: the opening `---`.
YAML_LINE_OFFSET = 1
#: Temporary files are dot files ending in this, next to the file they replace.
TEMP_SUFFIX = ".tmp"


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
    #: how the file frames its front matter, kept so that an untouched entry is saved byte for
    #: byte: its line ending, the blank lines after the opening `---` (ruamel drops the first
    #: one), and the closing line as written (`---` or `...`, with or without a line ending)
    newline: str = "\n"
    leading: str = ""
    closing: str = DELIMITER + "\n"
    #: a byte order mark before the opening `---` (some Windows editors write one)
    bom: str = ""

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
        if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return problem(errors.ENTRY_UTF16, 1, 1)
        return problem(errors.ENTRY_BAD_ENCODING.format(byte=raw[exc.start]), *errors.position_of(raw, exc.start))
    bom = BOM if text.startswith(BOM) else ""  # Windows editors write one; kept when saving
    text = text[len(bom):]
    try:
        parts = split_front_matter(text)
    except ValueError as exc:
        return problem(str(exc), 1, 1)
    if parts is None:
        return problem(errors.NO_FRONT_MATTER, 1, 1)
    front, body = parts
    opening = text.splitlines(keepends=True)[0]
    closing = text[len(opening) + len(front) : len(text) - len(body)]
    newline = "\r\n" if opening.endswith("\r\n") else "\n"
    if newline != "\n":  # ruamel loses blank lines after some values in '\r\n' text
        front = front.replace(newline, "\n")
    try:
        data = make_yaml().load(front)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 + YAML_LINE_OFFSET if mark else None
        column = mark.column + 1 if mark else None
        return problem(errors.YAML_SYNTAX.format(problem=exc.problem or exc.context), line, column)
    except ReaderError as exc:  # a character YAML does not allow; its position is in the YAML text
        line, column = errors.position_of(front.encode("utf-8"), len(front[: exc.position].encode("utf-8")))
        code = ord(exc.character) if isinstance(exc.character, str) else int(exc.character)
        message = errors.YAML_CONTROL_CHARACTER.format(character=f"U+{code:04X}", escape=f"\\u{code:04x}")
        return problem(message, line + YAML_LINE_OFFSET, column)
    except YAMLError as exc:
        return problem(errors.YAML_SYNTAX.format(problem=(str(exc).splitlines() or [type(exc).__name__])[0]))
    except Exception as exc:  # noqa: BLE001 - ruamel's constructors raise plain errors for some values
        # (a date 0000-00-00, `!!int x`, a list as a key): the file cannot be read all the same
        return problem(errors.YAML_VALUE.format(problem=str(exc) or type(exc).__name__))
    if not isinstance(data, CommentedMap):
        found = "nothing" if data is None else type(data).__name__
        return problem(errors.NOT_A_MAPPING.format(found=found), 1 + YAML_LINE_OFFSET, 1)
    return Entry(
        path=path, display_path=display_path, folder=folder, data=data, body=body,
        newline=newline, leading=front[: len(front) - len(front.lstrip("\n"))], closing=closing, bom=bom,
    )


def dump_entry(entry: Entry) -> str:
    """The text of an entry file: front matter as ruamel writes it, the body untouched."""
    stream = StringIO()
    make_yaml().dump(entry.data, stream)
    front = stream.getvalue()
    if front.endswith("\n...\n"):  # ruamel ends the document after a `|+` text; the closing line does
        front = front[: -len("...\n")]
    if entry.leading:
        front = entry.leading + front.lstrip("\n")
    if entry.newline != "\n":
        front = front.replace("\n", entry.newline)
    return f"{entry.bom}{DELIMITER}{entry.newline}{front}{entry.closing}{entry.body}"


def write_atomic(path: Path, text: str | bytes, sync_rename: bool = True) -> None:
    """Write a file so that a reader sees either the old or the new version, never a mix:
    a temporary file in the same folder (a dot file, which the loader skips), synced to disk,
    then renamed over the old one, and the rename synced too (unless `sync_rename` is False:
    then the caller syncs the folder, once for all the files it writes there)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8") if isinstance(text, str) else text
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    if sync_rename:
        sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; elsewhere the rename is all we can do)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def save_entry(entry: Entry) -> bool:
    """Write an entry if its text changed; True when the file was written."""
    text = dump_entry(entry)
    if entry.path.exists() and entry.path.read_bytes() == text.encode("utf-8"):
        return False
    write_atomic(entry.path, text)
    return True


# Several files as one change (all the files one ingested article touches).

#: The files of a change, written before any of them; removed when all are written.
JOURNAL = ".digest-journal.json"


def write_files(content_dir: Path, files: dict[Path, bytes]) -> None:
    """Write files under `content_dir` as one change: first a journal of all of them, then
    each file atomically, then the journal is removed.  A crash part-way leaves the journal,
    and `finish_writes` (run before the next change) writes the rest: a file is never torn,
    and a change is never left half done."""
    if not files:
        return
    journal = [
        {"path": path.relative_to(content_dir).as_posix(), "data": base64.b64encode(data).decode("ascii")}
        for path, data in files.items()
    ]
    write_atomic(content_dir / JOURNAL, json.dumps(journal))
    finish_writes(content_dir)


#: what a journal may name: a file directly inside one of content/'s folders
JOURNAL_PATH = re.compile(r"(?:articles|people|companies|events|sources)/[^/\\\x00-\x1f.][^/\\\x00-\x1f]*")


def journal_items(journal: Path) -> list[tuple[str, bytes]]:
    """(path under content/, bytes) of each file a journal holds; ContentError for a journal
    that cannot be read or that names a file outside content/'s folders (it is never followed)."""
    def refuse(why: str) -> ContentError:
        return ContentError([Problem(journal.as_posix(), None, None, None, errors.BAD_JOURNAL.format(why=why))])

    try:
        items = json.loads(journal.read_text(encoding="utf-8"))
        pairs = [(str(item["path"]), base64.b64decode(item["data"], validate=True)) for item in items]
    except (ValueError, TypeError, KeyError, UnicodeDecodeError) as error:
        raise refuse(f"it cannot be read ({error})") from None
    for relative, _ in pairs:
        if not JOURNAL_PATH.fullmatch(relative):
            raise refuse(f"it names {relative!r}, which is not a file in content/'s folders")
    return pairs


def finish_writes(content_dir: Path) -> list[Path]:
    """Write the files of a change that a crash interrupted (if any); the files written."""
    journal = content_dir / JOURNAL
    if not journal.is_file():
        return []
    written = []
    for relative, data in journal_items(journal):
        path = content_dir / relative
        if not (path.is_file() and path.read_bytes() == data):
            write_atomic(path, data, sync_rename=False)
            written.append(path)
    for folder in dict.fromkeys(path.parent for path in written):
        sync_folder(folder)  # the renames are on disk before the journal goes
    journal.unlink()
    sync_folder(content_dir)
    return written


def pending_writes(content_dir: Path) -> list[str]:
    """The files (under content/) that a journal still has to write: an ingest is writing them
    now, or was interrupted and the next one writes them first.  Nothing is written here."""
    journal = content_dir / JOURNAL
    try:
        items = journal_items(journal)
    except FileNotFoundError:  # none, or the running ingest has just finished and removed it
        return []
    return [
        relative for relative, data in items
        if not ((content_dir / relative).is_file() and (content_dir / relative).read_bytes() == data)
    ]


def remove_temp_files(content_dir: Path) -> list[Path]:
    """Remove the temporary files that a crashed writer left (call it only while holding the
    content lock: another writer's temporary files look the same)."""
    folders = [content_dir, *sorted(path for path in content_dir.iterdir() if path.is_dir())] if content_dir.is_dir() else []
    stale = [path for folder in folders for path in sorted(folder.glob(f".*{TEMP_SUFFIX}")) if path.is_file()]
    for path in stale:
        path.unlink()
    return stale
