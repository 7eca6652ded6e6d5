"""Hand edits survive ingest: the two sample articles, an editor's changes, then more ingest.

The samples are the raw files in content/sources/ (as in test_ingest_samples.py); the third
article, tests/fixtures/hand-edits/casting-agentur-de.txt, is invented and names a person of
the samples again.
"""

import datetime
import difflib
from pathlib import Path

from generator.entries.store import load_entry
from generator.graph import load_graph
from generator.ingest.run import ingest

ROOT = Path(__file__).parent.parent
SAMPLES = sorted((ROOT / "content" / "sources").glob("*.txt"))
NEW_ARTICLE = Path(__file__).parent / "fixtures" / "hand-edits" / "casting-agentur-de.txt"
RETRIEVED = datetime.date(2026, 11, 21)


def edit_by_hand(text: str) -> tuple[str, str]:
    """What an editor does to a person entry: corrects the German name (with a comment on
    why), deletes the first role, comments the roles, adds a free-form field of their own
    before the name.  The edited text and the lines of the deleted role."""
    lines = text.splitlines(keepends=True)
    start = lines.index("roles:\n") + 1
    end = next(index for index in range(start + 1, len(lines)) if not lines[index].startswith("    "))
    deleted = "".join(lines[start:end])
    del lines[start:end]
    lines.insert(start - 1, "# roles checked with the newsroom on 2026-11-25\n")
    edited = "".join(lines)
    edited = edited.replace("  de: Donna Rosenstein\n", "  de: Donna R. Rosenstein  # as she signs her name\n")
    edited = edited.replace(
        "type: person\n",
        "type: person\nextra:\n  notes: |\n    Met her at the Berlinale.\n    اتصل قبل النشر (call before publishing)\n",
    )
    return edited, deleted


def only_lines_added(before: str, after: str) -> bool:
    """True when `after` is `before` with whole lines inserted: nothing removed or changed."""
    matcher = difflib.SequenceMatcher(a=before.splitlines(True), b=after.splitlines(True), autojunk=False)
    return all(tag in ("equal", "insert") for tag, *_ in matcher.get_opcodes())


def test_hand_edits_survive_ingesting_the_samples_again_and_a_new_article(tmp_path):
    content = tmp_path / "content"
    first = ingest(SAMPLES, content, RETRIEVED)
    assert not first.failed
    path = content / "people" / "donna-rosenstein.md"
    edited, deleted = edit_by_hand(path.read_text(encoding="utf-8"))
    assert edited.count("Donna R. Rosenstein") == 1 and deleted, "the edit found what it changes"
    path.write_bytes(edited.encode("utf-8"))

    report = ingest([*SAMPLES, NEW_ARTICLE], content, RETRIEVED)

    assert len(report.unchanged) == 2, "the samples are not ingested again"
    assert not report.failed
    new_article = load_entry(content / "articles" / f"{report.placed[-1].article}.md", "new", "articles").data
    assert "donna-rosenstein" in new_article["people"], "the new mention is linked to the edited person"
    after = path.read_text(encoding="utf-8")
    assert only_lines_added(edited, after), "".join(difflib.unified_diff(edited.splitlines(True), after.splitlines(True)))
    for line in (
        "  de: Donna R. Rosenstein  # as she signs her name\n",
        "# roles checked with the newsroom on 2026-11-25\n",
        "extra:\n  notes: |\n    Met her at the Berlinale.\n    اتصل قبل النشر (call before publishing)\n",
    ):
        assert line in after
    assert deleted not in after, "the deleted role does not come back"
    person = load_entry(path, path.name, "people").data
    assert "Donna Rosenstein" in person["aliases"], "the spelling the new article uses is added as an alias"
    assert not list(content.glob("people/donna-rosenstein-*.md")), "no second entry for her"
    load_graph(content)  # every entry valid, every link resolves


def test_after_hand_edits_ingesting_the_same_files_again_changes_nothing(tmp_path):
    content = tmp_path / "content"
    ingest([*SAMPLES, NEW_ARTICLE], content, RETRIEVED)
    path = content / "people" / "donna-rosenstein.md"
    edited, _ = edit_by_hand(path.read_text(encoding="utf-8"))
    path.write_bytes(edited.encode("utf-8"))
    before = {item: item.read_bytes() for item in sorted(content.rglob("*")) if item.is_file()}
    report = ingest([*SAMPLES, NEW_ARTICLE], content, RETRIEVED)
    assert (report.created, report.updated, len(report.unchanged)) == ([], [], 3)
    assert {item: item.read_bytes() for item in sorted(content.rglob("*")) if item.is_file()} == before
