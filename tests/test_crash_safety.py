"""A crashed ingest leaves no torn file and no half-done article, and the next run finishes it.

An ingest is stopped part-way, by an injected write failure and by a real SIGKILL.  After the
stop every file under content/ is a version that a clean run also has at some point (its
version before the run, or one that a clean run writes): never a mix of two.  Temporary files
left behind are dot files, which the loader skips, and the next run removes them.  The next
run then ends with exactly the tree of a clean run: the interrupted article is finished (or
done again), none is skipped because its raw file was kept before its entries were written.

The articles: the two samples (content/sources), tests/fixtures/ingest and the invented
articles of tests/fixtures/crash, eleven in all, sharing people and organisations so that
files are written more than once.
"""

from __future__ import annotations

import datetime
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.cli import main
from generator.entries import load_entries, store
from generator.entries.store import JOURNAL, TEMP_SUFFIX
from generator.graph import load_graph
from generator.ingest.run import LOCK_FILE, ContentLocked, ingest, lock_content

HERE = Path(__file__).parent
FIRST = HERE / "fixtures" / "ingest" / "nordwerk-de.txt"
INPUTS = [HERE / "fixtures" / "crash", HERE / "fixtures" / "ingest", HERE.parent / "content" / "sources"]
RETRIEVED = datetime.date(2026, 6, 5)


def tree(content: Path) -> dict[str, bytes]:
    """Every file under content/, by relative path (the lock file and a journal included)."""
    return {path.relative_to(content).as_posix(): path.read_bytes() for path in sorted(content.rglob("*")) if path.is_file()}


def is_temporary(name: str) -> bool:
    return Path(name).name.startswith(".") and name.endswith(TEMP_SUFFIX)


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The tree before the run (one article ingested), every version a clean run writes of
    each file, and the tree after the clean run."""
    folder = tmp_path_factory.mktemp("reference")
    before = folder / "before"
    ingest([FIRST], before, RETRIEVED)
    clean = folder / "clean"
    shutil.copytree(before, clean)
    versions: dict[str, set[bytes]] = {}
    write = store.write_atomic

    def recording(path: Path, text, **options) -> None:
        data = text.encode("utf-8") if isinstance(text, str) else text
        versions.setdefault(path.relative_to(clean).as_posix(), set()).add(data)
        write(path, text, **options)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(store, "write_atomic", recording)
        report = ingest(INPUTS, clean, RETRIEVED)
    assert (len(report.placed), len(report.unchanged), report.failed) == (10, 1, [])
    return {"before": before, "old": tree(before), "versions": versions, "clean": tree(clean)}


def assert_each_file_old_or_new(content: Path, reference: dict) -> None:
    """Every file is its version before the run or one a clean run writes; the rest are
    temporary dot files or the journal of the interrupted article; all entries load."""
    for name, data in tree(content).items():
        if is_temporary(name) or name in (JOURNAL, LOCK_FILE):
            continue
        allowed = reference["versions"].get(name, set()) | ({reference["old"][name]} if name in reference["old"] else set())
        assert data in allowed, f"{name} is neither its old version nor one a clean run writes"
    entries, problems, _ = load_entries(content)
    assert not problems, "\n".join(map(str, problems))
    assert entries


def assert_next_run_finishes(content: Path, reference: dict) -> None:
    report = ingest(INPUTS, content, RETRIEVED)
    assert not report.failed
    assert tree(content) == reference["clean"], "the next run ends with the tree of a clean run"


class Crash(Exception):
    """The injected failure."""


@pytest.mark.parametrize("failing", ["write_atomic", "os.replace"])
@pytest.mark.parametrize("after", [0, 1, 4, 9, 17, 30, 52])
def test_an_injected_write_failure_leaves_old_or_new_files_and_the_next_run_finishes(tmp_path, reference, failing, after):
    content = tmp_path / "content"
    shutil.copytree(reference["before"], content)
    calls = {"count": 0}

    def fail_after(real):
        def wrapper(*args, **kwargs):
            if calls["count"] >= after:
                raise Crash(f"injected after {after} writes")
            calls["count"] += 1
            return real(*args, **kwargs)
        return wrapper

    with pytest.MonkeyPatch.context() as patch:
        if failing == "write_atomic":
            patch.setattr(store, "write_atomic", fail_after(store.write_atomic))
        else:
            patch.setattr(store.os, "replace", fail_after(os.replace))
        with pytest.raises(Crash):
            ingest(INPUTS, content, RETRIEVED)

    assert not [name for name in tree(content) if is_temporary(name)], "a failed write removes its temporary file"
    assert LOCK_FILE not in tree(content), "the lock is given back"
    assert_each_file_old_or_new(content, reference)
    assert_next_run_finishes(content, reference)


def test_a_journal_is_finished_by_the_next_run_even_without_new_articles(tmp_path, reference, capsys):
    """The article that was being written when the process died is completed at once;
    `digest check` meanwhile says that files are pending, and writes nothing."""
    content = tmp_path / "content"
    shutil.copytree(reference["before"], content)
    with pytest.MonkeyPatch.context() as patch:
        real, calls = store.write_atomic, []

        def fail_after_the_journal(path, text, **options):
            calls.append(path.name)
            if len(calls) == 3:  # the journal and two of the first article's files are written
                raise Crash("injected")
            real(path, text, **options)

        patch.setattr(store, "write_atomic", fail_after_the_journal)
        with pytest.raises(Crash):
            ingest(INPUTS, content, RETRIEVED)
    assert calls[0] == JOURNAL and (content / JOURNAL).is_file()
    stopped = tree(content)
    main(["check", "--content", str(content)])  # it reads, and says what is pending
    warning = capsys.readouterr().err.splitlines()[0]
    assert re.fullmatch(
        r"warning: content/\.digest-journal\.json: an ingest has [4-9] files left to write "
        r"\((content/\w+/[^/,]+, ){3}\.\.\.\): it is still running, or it was interrupted and the next "
        r"digest ingest writes them first", warning), warning
    assert tree(content) == stopped
    report = ingest([], content, RETRIEVED)
    assert report.warnings and report.warnings[0].startswith("finished writing ")
    assert not (content / JOURNAL).exists()
    assert len(list((content / "sources").iterdir())) == 2, "the interrupted article is complete, its raw file last"
    assert_each_file_old_or_new(content, reference)


#: after the first file appears: killed while writing the first article, or a later one
DELAYS = [0.0, 0.1, 0.3, 0.7]


def test_a_real_sigkill_leaves_old_or_new_files_and_the_next_run_finishes(tmp_path, reference):
    command = [sys.executable, "-m", "generator.cli", "ingest", "--retrieved", RETRIEVED.isoformat()]
    killed = 0
    for number, delay in enumerate(DELAYS):
        content = tmp_path / f"content-{number}"
        shutil.copytree(reference["before"], content)
        process = subprocess.Popen([*command, "--content", str(content), *map(str, INPUTS)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while process.poll() is None and time.monotonic() < deadline:
            # names only: the running ingest may remove a file (the journal) between listing and reading
            names = {path.relative_to(content).as_posix() for path in content.rglob("*") if path.is_file()}
            changed = names - {LOCK_FILE} != set(reference["old"])
            if changed:
                break
            time.sleep(0.005)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stderr.close()
        killed += process.returncode == -signal.SIGKILL

        assert_each_file_old_or_new(content, reference)
        assert_next_run_finishes(content, reference)
    assert killed, "at least one run was killed part-way"


def test_the_loader_skips_the_lock_the_journal_and_temporary_files(tmp_path, reference):
    content = tmp_path / "content"
    shutil.copytree(reference["before"], content)
    for name in (LOCK_FILE, JOURNAL, f"people/.karl-schmidt.md.x1y2{TEMP_SUFFIX}", f"sources/.a.txt{TEMP_SUFFIX}"):
        (content / name).write_text("garbage: [", encoding="utf-8")
    entries, problems, _ = load_entries(content)
    assert not problems and len(entries) == len([name for name in reference["old"] if name.endswith(".md")])
    assert store.remove_temp_files(content) == [content / "people" / f".karl-schmidt.md.x1y2{TEMP_SUFFIX}", content / "sources" / f".a.txt{TEMP_SUFFIX}"]


# Two ingests on one content folder: the second refuses, with a message that says why.

def run_cli(content: Path, *inputs: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "generator.cli", "ingest", "--retrieved", RETRIEVED.isoformat(), "--content", str(content)]
    return subprocess.Popen([*command, *map(str, inputs)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_second_ingest_refuses_while_the_first_holds_the_lock(tmp_path, reference):
    content = tmp_path / "content"
    shutil.copytree(reference["before"], content)
    with lock_content(content):
        before = tree(content)
        with pytest.raises(ContentLocked):
            ingest(INPUTS, content, RETRIEVED)
        process = run_cli(content, *INPUTS)
        out, err = process.communicate(timeout=60)
        assert process.returncode == 1
        assert err == (
            f"error: {content.as_posix()}/ is being changed by another digest ingest (pid {os.getpid()}); "
            "try again when it has finished\n"
        )
        assert out == ""
        assert tree(content) == before, "the refused run writes nothing"
    assert tree(content) == reference["old"], "the lock file is removed with the lock"
    assert_next_run_finishes(content, reference)


def test_two_concurrent_ingests_end_like_two_sequential_ones(tmp_path):
    first, second = [HERE / "fixtures" / "crash"], [HERE / "fixtures" / "ingest"]
    expected = {}
    for name, order in (("first-then-second", (first, second)), ("second-then-first", (second, first))):
        sequential = tmp_path / name
        for inputs in order:
            ingest(inputs, sequential, RETRIEVED)
        expected[name] = tree(sequential)
    content = tmp_path / "content"
    content.mkdir()
    processes = [run_cli(content, *first), run_cli(content, *second)]
    outputs = [process.communicate(timeout=120) for process in processes]
    results = [(process.returncode, out, err) for process, (out, err) in zip(processes, outputs)]
    refused = [index for index, (code, _, err) in enumerate(results) if "is being changed by another digest ingest" in err]
    for index, (code, _, err) in enumerate(results):
        assert code == (1 if index in refused else 0), err
    assert len(refused) <= 1, "one of the two runs changes content/"
    if refused:  # as the message says: try again when the other one has finished
        retry = run_cli(content, *(first if refused == [0] else second))
        assert retry.wait(timeout=120) == 0, retry.communicate()[1]
        retry.communicate()
        order = "second-then-first" if refused == [0] else "first-then-second"
        assert tree(content) == expected[order]
    else:
        assert tree(content) in expected.values()
    load_graph(content)


def test_an_article_file_whose_name_starts_with_a_dot_is_kept_under_a_plain_name(tmp_path):
    """Dot files in content/ are the lock, the journal and temporary files: a raw file is never
    kept as one (the journal would refuse it, and the next run would not see it as ingested)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / ".notes.txt").write_bytes(FIRST.read_bytes())
    content = tmp_path / "content"
    named = folder / ".notes.txt"  # named: a folder's hidden files are left out
    report = ingest([named], content, RETRIEVED)
    assert not report.failed and len(report.placed) == 1
    assert sorted(path.name for path in (content / "sources").iterdir()) == ["notes.txt"]
    assert not (content / JOURNAL).exists()
    again = ingest([named], content, RETRIEVED)
    assert (again.created, again.updated, len(again.unchanged)) == ([], [], 1)
