"""`digest ingest`: read raw articles, extract them, and write their entries into content/."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

from generator.ingest.pipeline import extract
from generator.ingest.reader import SUFFIXES, SourceError, read_source
from generator.ingest.writer import Report, Writer, known_sources, sha256


def collect_inputs(paths: list[Path]) -> list[Path]:
    """The files named, and the article files inside the folders named, in a stable order."""
    files = []
    for path in paths:
        if path.is_dir():
            files += sorted(item for item in path.rglob("*") if item.is_file() and item.suffix.lower() in SUFFIXES)
        else:
            files.append(path)
    return files


def retrieval_date(path: Path, retrieved: datetime.date | None) -> datetime.date:
    """The day an article was collected: --retrieved, else the file's modification day."""
    if retrieved is not None:
        return retrieved
    try:
        return datetime.date.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return datetime.date.today()


def progress(done: int, total: int, stream=sys.stderr) -> None:
    """A one-line progress bar on a terminal, for long runs."""
    if total < 20 or not stream.isatty():
        return
    width = 30
    filled = width * done // total
    stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        stream.write("\n")
    stream.flush()


def ingest(paths: list[Path], content_dir: Path, retrieved: datetime.date | None = None) -> Report:
    """Ingest the articles one after the other, each merged into what content/ knows by then
    (so one call with many files and one call per file give the same entries).

    Raises ContentError, before anything is written, when content/ has invalid entries."""
    report = Report()
    files = collect_inputs(paths)
    writer = Writer(content_dir, report)
    seen = known_sources(content_dir)
    for number, path in enumerate(files, start=1):
        progress(number, len(files))
        try:
            source = read_source(path)
        except SourceError as error:
            report.failed.append(f"{path}: {error}")
            continue
        digest = sha256(source.data)
        if digest in seen:
            report.unchanged.append(f"{path} (already ingested as sources/{seen[digest]})")
            continue
        draft = extract(source, retrieval_date(path, retrieved))
        report.placed.append(writer.write(draft, digest))
        seen[digest] = path.name
    return report


def print_report(report: Report, out=sys.stdout) -> None:
    for path in report.created:
        print(f"created {path}", file=out)
    for path in report.updated:
        print(f"updated {path}", file=out)
    for item in report.unchanged:
        print(f"unchanged {item}", file=out)
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for failure in report.failed:
        print(f"error: {failure}", file=sys.stderr)
    print(
        f"{len(report.created)} created, {len(report.updated)} updated, "
        f"{len(report.unchanged)} unchanged, {len(report.failed)} failed",
        file=out,
    )
