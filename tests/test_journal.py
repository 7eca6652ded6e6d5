"""The journal of an interrupted ingest is followed only inside content/'s folders, and
`digest check` and the build, which only read, say when it has files left to write."""

import base64
import json
import subprocess
import sys

import pytest

from generator.entries import store
from generator.entries.store import JOURNAL, finish_writes, write_files
from generator.errors import ContentError
from tests.conftest import FIXTURE_CONTENT, build, make_project


def test_a_journal_naming_a_file_outside_content_is_refused_and_nothing_is_written(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / JOURNAL).write_text(json.dumps([
        {"path": "people/a.md", "data": "LS0tCg=="},
        {"path": "../escaped.txt", "data": "eA=="},
    ]), encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        finish_writes(content)
    assert raised.value.report().endswith(
        "the journal of an interrupted ingest is not valid: it names '../escaped.txt', which is not a file in "
        "content/'s folders; nothing was written. Check the folder with git status, then delete the journal "
        "file and run ingest again")
    assert not (tmp_path / "escaped.txt").exists() and not (content / "people").exists()


def test_an_unreadable_journal_is_refused_with_the_reason(tmp_path):
    (tmp_path / JOURNAL).write_text("[{", encoding="utf-8")
    with pytest.raises(ContentError, match="journal of an interrupted ingest is not valid: it cannot be read"):
        finish_writes(tmp_path)


def test_check_and_the_build_say_that_an_ingest_has_files_left_and_write_nothing(tmp_path):
    project = make_project(tmp_path / "project", FIXTURE_CONTENT)
    content = project / "content"
    person = content / "people" / "lea-berger.md"
    new = person.read_bytes().replace(b"  - Dr. Lea Berger\n", b"  - Dr. Lea Berger\n  - L. Berger\n")
    (content / JOURNAL).write_text(json.dumps([
        {"path": "people/lea-berger.md", "data": base64.b64encode(new).decode("ascii")},
    ]), encoding="utf-8")
    before = person.read_bytes()
    warning = ("content/.digest-journal.json: an ingest has 1 file left to write (content/people/lea-berger.md): "
               "it is still running, or it was interrupted and the next digest ingest writes it first")

    check = subprocess.run([sys.executable, "-m", "generator.cli", "check"], cwd=project, capture_output=True, text=True, check=False)
    assert (check.returncode, check.stderr) == (0, f"warning: {warning}\n")
    built = build(project)  # --strict, as a publishing job runs it: a pending ingest stops it
    assert built.returncode == 1
    assert f"WARNING -  digest: {warning}" in built.stderr, built.stderr
    assert person.read_bytes() == before and (content / JOURNAL).is_file()


def test_a_changes_renames_are_synced_once_a_folder_before_its_journal_goes(tmp_path, monkeypatch):
    """Each file is synced and renamed into place; its folder is synced once for all the change's
    files there (a sync per file was most of the writing's cost), and before the journal is
    removed, so that a crash before then leaves the journal to write them again."""
    content = tmp_path / "content"
    events = []
    monkeypatch.setattr(store, "sync_folder", lambda folder: events.append(
        ("sync", folder.name, (content / JOURNAL).exists())))
    real_replace = store.os.replace
    monkeypatch.setattr(store.os, "replace", lambda source, target: (
        events.append(("rename", str(target).split("/")[-1])), real_replace(source, target)))
    files = {content / "people" / "anna-beispiel.md": b"---\nid: anna-beispiel\n---\n",
             content / "people" / "karl-muster.md": b"---\nid: karl-muster\n---\n",
             content / "companies" / "nordwerk.md": b"---\nid: nordwerk\n---\n"}
    write_files(content, files)
    assert {path: path.read_bytes() for path in files} == files and not (content / JOURNAL).exists()
    renames = [event for event in events if event[0] == "rename" and event[1] != JOURNAL]
    syncs = [event for event in events if event[0] == "sync"]
    assert len(renames) == 3
    # the journal's own folder after it is written; each entry folder once, after its files, journal still there
    assert syncs[1:] == [("sync", "people", True), ("sync", "companies", True), ("sync", "content", False)]
    assert events.index(("sync", "people", True)) > max(events.index(event) for event in renames)
