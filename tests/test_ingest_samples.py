"""Snapshot of the entries that ingest makes from the two sample articles (German and Arabic).

The samples are the raw files kept in content/sources/.  A change in any extraction step
shows up here as a diff of entries: read it before `--force-regen`, and say in the commit
message why the entries changed.
"""

import datetime
from pathlib import Path

from generator.entries.store import load_entry
from generator.ingest.run import ingest

SAMPLES = Path(__file__).parent.parent / "content" / "sources"
RETRIEVED = datetime.date(2026, 11, 21)


def plain(value):
    """ruamel's round-trip types as plain YAML data for the snapshot."""
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str):  # a quoted scalar ('Nordwerk: Stellenabbau') loads as a str subclass
        return str(value)
    return value


def test_entries_from_the_two_samples(tmp_path, data_regression):
    content = tmp_path / "content"
    report = ingest(sorted(SAMPLES.glob("*.txt")), content, RETRIEVED)
    assert not report.failed
    entries = {}
    for path in sorted(content.glob("*/*.md")):
        entries[f"{path.parent.name}/{path.stem}"] = plain(load_entry(path, path.name, path.parent.name).data)
    data_regression.check(entries)
