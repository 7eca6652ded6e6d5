"""The journal of an interrupted ingest is followed only inside content/'s folders."""

import json

import pytest

from generator.entries.store import JOURNAL, finish_writes
from generator.errors import ContentError


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
