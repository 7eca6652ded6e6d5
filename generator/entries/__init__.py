"""Entries: the hand-editable files under content/, their schema and their storage."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from generator import errors
from generator.entries.fields import At
from generator.entries.schema import SCHEMAS, TYPES
from generator.entries.store import Entry, load_entry
from generator.errors import Problem

__all__ = ["SCHEMAS", "TYPES", "Entry", "Loaded", "load_entries"]


def iter_entry_files(content_dir: Path):
    """(folder, path) of every entry file, in a stable order; editor temp files are skipped."""
    for folder in SCHEMAS:
        directory = content_dir / folder
        if not directory.is_dir():
            continue
        for path in sorted(directory.iterdir()):
            if path.name.startswith(".") or path.name.endswith("~") or path.is_dir():
                continue
            yield folder, path


class Loaded(NamedTuple):
    """What `load_entries` found in a content folder."""

    entries: list[Entry]
    problems: list[Problem]
    #: (type, id) of each entry file left out for its problems: references to it are not
    #: reported again as unknown, since the file is there and its own problem is listed
    unreadable: set[tuple[str, str]]


def load_entries(content_dir: Path) -> Loaded:
    """Load and validate every entry; the valid entries and every problem found."""
    base = content_dir.resolve().parent
    entries: list[Entry] = []
    problems: list[Problem] = []
    unreadable: set[tuple[str, str]] = set()
    seen: dict[str, str] = {}
    for folder, path in iter_entry_files(content_dir):
        shown = errors.display_path(path, base)
        if path.suffix != ".md":
            problems.append(Problem(shown, None, None, None, "not an entry file: expected <id>.md"))
            continue
        loaded = load_entry(path, shown, folder)
        found = [loaded] if isinstance(loaded, Problem) else validate_entry(loaded)
        if found:
            problems += found
            unreadable.add((SCHEMAS[folder].entry_type, path.stem))
            continue
        if loaded.id in seen:
            at = At(shown, "", None, None).child(loaded.data, "id")
            problems.append(at.problem(errors.DUPLICATE_ID.format(id=loaded.id, other=seen[loaded.id])))
            continue
        seen[loaded.id] = shown
        entries.append(loaded)
    return Loaded(entries, problems, unreadable)


def validate_entry(entry: Entry) -> list[Problem]:
    """Check an entry against the schema of its folder; sets `entry.fields`."""
    schema = SCHEMAS[entry.folder]
    top = At(entry.display_path, "", None, None)
    problems: list[Problem] = []
    entry.fields = schema().check_fields(entry.data, top, problems)
    type_ = entry.fields.get("type")
    if type_ is not None and type_ != schema.entry_type:
        problems.append(top.child(entry.data, "type").problem(
            errors.TYPE_MISMATCH.format(found=type_, folder=entry.folder, expected=schema.entry_type)))
    id_ = entry.fields.get("id")
    if id_ is not None and id_ != entry.stem:
        problems.append(top.child(entry.data, "id").problem(errors.ID_MISMATCH.format(id=id_, stem=entry.stem)))
    return problems
