"""Drafts -> entries in content/: raw files kept under sources/, entries created or merged.

Ingest never rewrites what is there: a raw file whose bytes are already under sources/ is
not ingested again (so an entry or mention deleted by hand does not come back), and new
entries are written atomically.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from generator.entries.ids import make_id
from generator.entries.store import DELIMITER, make_yaml, write_atomic
from generator.ingest.draft import Draft

SOURCES = "sources"


@dataclass
class Report:
    """What one ingest run did, for the summary and the exit status."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def known_sources(content_dir: Path) -> dict[str, str]:
    """sha256 -> file name of every raw file already under sources/."""
    folder = content_dir / SOURCES
    if not folder.is_dir():
        return {}
    return {sha256(path.read_bytes()): path.name for path in sorted(folder.iterdir()) if path.is_file()}


def store_source(content_dir: Path, path: Path, data: bytes, digest: str) -> str:
    """Copy a raw file under sources/ unchanged; a different file of the same name gets a suffix."""
    folder = content_dir / SOURCES
    folder.mkdir(parents=True, exist_ok=True)
    name = path.name
    if (folder / name).exists():
        name = f"{path.stem}-{digest[:8]}{path.suffix}"
    target = folder / name
    temp = folder / f".{name}.tmp"
    temp.write_bytes(data)
    temp.replace(target)
    return name


def unique_id(base: str, taken: set[str]) -> str:
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    return candidate


def article_entry(draft: Draft, entry_id: str, source_file: str, digest: str) -> CommentedMap:
    """The front matter of a new article entry, in the documented field order."""
    lang = draft.language or "und"
    data = CommentedMap()
    data["id"] = entry_id
    data["type"] = "article"
    data["title"] = CommentedMap({lang: draft.title or draft.source.path.stem})
    data["language"] = lang
    data["publisher"] = draft.publisher
    data["published"] = draft.published
    if draft.published_from:
        data["published_from"] = draft.published_from
    data["retrieved"] = draft.retrieved
    if draft.author:
        data["author"] = draft.author
    data["url"] = draft.source.meta.get("url")
    data["source"] = CommentedMap({"file": source_file, "sha256": digest})
    data["summary"] = CommentedMap({lang: draft.summary}) if draft.summary else CommentedMap()
    data["figures"] = CommentedSeq(
        CommentedMap({"value": figure["value"], "unit": figure["unit"], "text": CommentedMap({lang: figure["text"]})})
        for figure in draft.figures
    )
    return data


def entry_text(data: CommentedMap, body: str = "") -> str:
    from io import StringIO

    stream = StringIO()
    make_yaml().dump(data, stream)
    return f"{DELIMITER}\n{stream.getvalue()}{DELIMITER}\n{body}"


def existing_ids(content_dir: Path) -> set[str]:
    return {
        path.stem
        for folder in ("articles", "people", "companies", "events")
        if (content_dir / folder).is_dir()
        for path in (content_dir / folder).glob("*.md")
    }


def write_article(content_dir: Path, draft: Draft, digest: str, taken: set[str], report: Report) -> None:
    """Store the raw file and create the article's entry."""
    source_file = store_source(content_dir, draft.source.path, draft.source.data, digest)
    entry_id = unique_id(make_id(draft.title or draft.source.path.stem), taken)
    taken.add(entry_id)
    path = content_dir / "articles" / f"{entry_id}.md"
    write_atomic(path, entry_text(article_entry(draft, entry_id, source_file, digest)))
    report.created.append(path.as_posix())
    report.warnings += [f"{draft.source.path}: {warning}" for warning in draft.warnings]
