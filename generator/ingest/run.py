"""`digest ingest`: read raw articles, extract them, and write their entries into content/."""

from __future__ import annotations

import datetime
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator import errors
from generator.entries.store import finish_writes, remove_temp_files
from generator.ingest.pipeline import extract, prepare
from generator.ingest.reader import SUFFIXES, SourceError
from generator.ingest.writer import Report, Writer, known_sources, sha256

try:
    import fcntl
except ImportError:  # Windows: runs are not locked against each other
    fcntl = None

#: Files named in one message at most (the count says how many there are).
SHOWN = 5
#: Held (flock) by the ingest that is changing a content folder; holds its process id.
LOCK_FILE = ".digest.lock"


class ContentLocked(Exception):
    """Another `digest ingest` is changing the content folder; the message says which."""


@contextmanager
def lock_content(content_dir: Path) -> Iterator[None]:
    """Hold the content folder's lock for a whole run; ContentLocked when another process holds it.

    The lock file is removed when the run ends; a process that locked a file removed in the
    meantime (it opened it just before) notices that the name is gone and locks the new one."""
    content_dir.mkdir(parents=True, exist_ok=True)
    path = content_dir / LOCK_FILE
    if fcntl is None:
        yield
        return
    while True:
        handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            pid = os.read(handle, 20).decode("ascii", "replace").strip() or "unknown"
            os.close(handle)
            shown = f"{content_dir.as_posix().rstrip('/')}/"
            raise ContentLocked(errors.CONTENT_LOCKED.format(content=shown, pid=pid)) from None
        if path.exists() and path.stat().st_ino == os.fstat(handle).st_ino:
            break
        os.close(handle)
    try:
        os.ftruncate(handle, 0)
        os.write(handle, str(os.getpid()).encode("ascii"))
        yield
    finally:
        path.unlink(missing_ok=True)
        os.close(handle)


def collect_inputs(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """The files named and the article files inside the folders named, in a stable order; and
    the other files found in those folders (hidden files and folders, such as .git, are left out)."""
    files, others = [], []
    for path in paths:
        if not path.is_dir():
            files.append(path)
            continue
        for item in sorted(path.rglob("*")):
            hidden = any(part.startswith(".") for part in item.relative_to(path).parts)
            if hidden or not item.is_file():
                continue
            (files if item.suffix.lower() in SUFFIXES else others).append(item)
    return files, others


def retrieval_date(path: Path, retrieved: datetime.date | None) -> datetime.date:
    """The day an article was collected: --retrieved, else the file's modification day."""
    if retrieved is not None:
        return retrieved
    try:
        return datetime.date.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return datetime.date.today()


def progress(done: int, total: int, stream=None) -> None:
    """A one-line progress bar on a terminal, for long runs."""
    stream = stream or sys.stderr
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

    Raises ContentError, before anything is written, when content/ has invalid entries, and
    ContentLocked when another ingest is changing content/.  A run that was interrupted (killed,
    power lost) is finished first: its temporary files removed, the files of its last article
    written (see `write_files`)."""
    with lock_content(content_dir):
        report = Report()
        remove_temp_files(content_dir)
        finished = finish_writes(content_dir)
        if finished:
            report.warnings.append(errors.INTERRUPTED_INGEST_FINISHED.format(count=len(finished)))
        return ingest_files(paths, content_dir, retrieved, report)


def ingest_files(paths: list[Path], content_dir: Path, retrieved: datetime.date | None, report: Report) -> Report:
    """The articles ingested one after the other (the caller holds the content lock)."""
    files, others = collect_inputs(paths)
    if others:
        shown = errors.first_few(map(str, others), SHOWN)
        noun = "file that is not an article" if len(others) == 1 else "files that are not articles"
        suffixes = ", ".join(sorted(SUFFIXES))
        report.warnings.append(errors.SKIPPED_IN_FOLDER.format(count=len(others), noun=noun, suffixes=suffixes, files=shown))
    writer = Writer(content_dir, report)
    seen = known_sources(content_dir)
    for number, path in enumerate(files, start=1):
        progress(number, len(files))
        try:
            marked = prepare(path)
        except SourceError as error:
            report.failed.append(f"{path}: {error}")
            continue
        source = marked.source
        digest = sha256(source.data)
        if digest in seen:
            report.unchanged.append(f"{path} (already ingested as sources/{seen[digest]})")
            continue
        draft = extract(source, retrieval_date(path, retrieved), marked)
        report.placed.append(writer.write(draft, digest))
        seen[digest] = path.name
    return report


def print_report(report: Report, out=None) -> None:
    """What a run did, one line each; paths and texts with control or direction characters
    are shown escaped (a file name cannot garble the terminal)."""
    out = out or sys.stdout  # looked up when called: a test may have replaced it
    lines = [
        *((out, f"created {path}") for path in report.created),
        *((out, f"updated {path}") for path in report.updated),
        *((out, f"unchanged {item}") for item in report.unchanged),
        *((sys.stderr, f"warning: {warning}") for warning in report.warnings),
        *((sys.stderr, f"error: {failure}") for failure in report.failed),
    ]
    for stream, line in lines:
        print(errors.printable(line), file=stream)
    print(
        f"{len(report.created)} created, {len(report.updated)} updated, "
        f"{len(report.unchanged)} unchanged, {len(report.failed)} failed",
        file=out,
    )
