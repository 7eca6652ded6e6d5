"""Loading and saving entries keeps every byte of what a person wrote."""

from pathlib import Path

import pytest

from generator.entries import iter_entry_files
from generator.entries.store import dump_entry, load_entry, save_entry, split_front_matter
from tests.conftest import FIXTURE_CONTENT, ROOT

ENTRY_FILES = [
    path for content in (ROOT / "content", FIXTURE_CONTENT) for _, path in iter_entry_files(content)
]


@pytest.mark.parametrize("path", ENTRY_FILES, ids=lambda path: f"{path.parent.parent.name}/{path.parent.name}/{path.name}")
def test_untouched_entry_dumps_back_byte_for_byte(path: Path):
    entry = load_entry(path, path.name, path.parent.name)
    assert dump_entry(entry) == path.read_text(encoding="utf-8")


def test_round_trip_keeps_comments_order_quotes_and_body(tmp_path):
    text = (
        "---\n"
        "# written by hand\n"
        "type: person\n"
        "id: 'x'\n"
        'name: {ar: "دونا", de: Donna}  # two scripts\n'
        "roles:\n"
        "  - title:\n"
        "      de: |-\n"
        "        Leiterin\n"
        "        der Besetzung\n"
        "---\n"
        "Body with *Markdown*\n\n---\nand a rule.\n"
    )
    path = tmp_path / "x.md"
    path.write_text(text, encoding="utf-8")
    entry = load_entry(path, "x.md", "people")
    assert dump_entry(entry) == text
    assert save_entry(entry) is False  # nothing changed, nothing written


def test_changing_one_value_changes_only_its_line(tmp_path):
    path = tmp_path / "x.md"
    path.write_text("---\nid: x  # keep\ntype: person\nname:\n  de: Alt\n  ar: قديم\n---\n", encoding="utf-8")
    entry = load_entry(path, "x.md", "people")
    entry.data["name"]["de"] = "Neu"
    assert save_entry(entry) is True
    assert path.read_text(encoding="utf-8") == "---\nid: x  # keep\ntype: person\nname:\n  de: Neu\n  ar: قديم\n---\n"


def test_front_matter_is_split_only_at_a_delimiter_line():
    assert split_front_matter("---\na: 1\n---\nbody --- text\n") == ("a: 1\n", "body --- text\n")
    assert split_front_matter("no front matter\n") is None
    with pytest.raises(ValueError):
        split_front_matter("---\na: 1\n")
