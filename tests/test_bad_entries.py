"""Bad entries that tests/test_validation.py does not cover: ids and file names that would
escape their folder or are reserved, values that would garble the terminal, an unknown
`language`, files in a legacy encoding, with a control character or a byte order mark;
`mkdocs build` fails with the text `digest check` prints, and `digest ingest` writes nothing
into such a folder. Ids made by ingest from any title stay inside content/.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml.comments import CommentedMap

from generator.entries.ids import ID_PATTERN, RESERVED_IDS, WINDOWS_NAMES, make_id
from generator.entries.store import dump_entry
from generator.errors import ContentError
from generator.graph import load_graph
from generator.ingest.writer import Report, Writer
from tests.conftest import FIXTURE_CONTENT, build, make_project

BAD_ID = "expected an id made of a-z, 0-9 and '-', found"
WINDOWS = "is a file name that Windows reserves (con, prn, aux, nul, com1-9, lpt1-9); choose another"


@pytest.fixture
def content(tmp_path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, target)
    return target


def person(entry_id: str) -> str:
    return f"---\nid: {entry_id}\ntype: person\nname: {{de: Jemand}}\n---\n"


def problems_in(content: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_graph(content)
    return [str(problem) for problem in caught.value.problems]


@pytest.mark.parametrize(
    "file_name, entry_id, message",
    [
        ("x.md", "../x", f"{BAD_ID} '../x'"),
        ("passwd.md", "/etc/passwd", f"{BAD_ID} '/etc/passwd'"),
        ("dot.md", "'.'", f"{BAD_ID} '.'"),
        ("ab.md", '"a\\0b"', f"{BAD_ID} 'a\\x00b'"),
        ("b.md", '"b\\u202e"', f"{BAD_ID} 'b\\u202e'"),
        ("con.md", "con", f"the id 'con' {WINDOWS}"),
        ("nul.md", "nul", f"the id 'nul' {WINDOWS}"),
        ("lpt1.md", "lpt1", f"the id 'lpt1' {WINDOWS}"),
    ],
)
def test_an_id_that_could_escape_its_folder_or_is_reserved_is_refused(content, file_name, entry_id, message):
    (content / "people" / file_name).write_text(person(entry_id), encoding="utf-8")
    assert problems_in(content) == [f"content/people/{file_name}:2:5: 'id': {message}"]


def edit_article_line(content, old: str, new: str) -> int:
    """Replace one whole line of the fixture article; its line number."""
    path = content / "articles" / "nordwerk-baut-stellen-ab.md"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    index = lines.index(old + "\n")
    lines[index] = new + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    return index + 1


def test_a_source_file_name_that_leaves_sources_is_refused(content):
    line = edit_article_line(content, "  file: nordwerk-de.txt", "  file: ../../etc/passwd")
    assert problems_in(content) == [
        (f"content/articles/nordwerk-baut-stellen-ab.md:{line}:9: 'source.file': expected a file name under "
         "content/sources/ (no '/', '\\', '..', control characters), found '../../etc/passwd'")
    ]


def test_an_unknown_article_language_is_refused_with_examples(content):
    line = edit_article_line(content, "language: de", "language: deutsch")
    assert problems_in(content) == [
        (f"content/articles/nordwerk-baut-stellen-ab.md:{line}:11: 'language': unknown language code 'deutsch' "
         "(expected a code such as de, ar, en, fr)")
    ]


def test_an_entry_saved_with_a_byte_order_mark_is_read_and_saved_with_it(content):
    path = content / "people" / "lea-berger.md"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())  # as Windows Notepad saves UTF-8
    entry = load_graph(content).get("lea-berger")
    assert entry.fields["name"]["de"] == "Lea Berger"
    assert dump_entry(entry).encode("utf-8") == path.read_bytes()


def test_an_entry_in_a_legacy_encoding_is_located_by_line_and_column(content):
    path = content / "people" / "lea-berger.md"
    path.write_bytes(path.read_bytes().replace(b"de: Lea Berger", "de: Léa Berger".encode("cp1252")))
    # the entry's own problem, and no second one for each reference to the entry it could not read
    assert problems_in(content) == ["content/people/lea-berger.md:5:8: not valid UTF-8 (byte 0xe9): save the file as UTF-8"]


def test_an_entry_saved_as_utf16_is_refused_with_the_encoding(content):
    path = content / "people" / "lea-berger.md"
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    assert problems_in(content) == ["content/people/lea-berger.md:1:1: saved as UTF-16: save the file as UTF-8"]


def test_a_control_character_in_the_front_matter_is_located_by_line_and_column(content):
    path = content / "people" / "lea-berger.md"
    path.write_text(path.read_text(encoding="utf-8").replace("de: Lea Berger", "de: Lea\x00 Berger"), encoding="utf-8")
    assert problems_in(content) == [
        ("content/people/lea-berger.md:5:10: invalid YAML: the character U+0000 is not allowed "
         '(delete it; in a double-quoted text it can be written as "\\u0000")')
    ]


def test_mkdocs_build_fails_with_the_text_of_digest_check_and_ingest_writes_nothing(tmp_path):
    project = make_project(tmp_path / "project", FIXTURE_CONTENT)
    content = project / "content"
    (content / "people" / "x.md").write_text(person("../x"), encoding="utf-8")
    (content / "people" / "con.md").write_text(person("con"), encoding="utf-8")
    (content / "events" / "nordwerk-uebernahme-2019.md").unlink()
    before = {path: path.read_bytes() for path in sorted(project.rglob("*")) if path.is_file()}

    check = run_digest(project, "check")
    assert check.returncode == 1
    report = check.stderr
    assert report.splitlines() == [
        "4 problems in content:",
        ("  content/articles/nordwerk-baut-stellen-ab.md:23:5: 'events[0]': unknown event 'nordwerk-uebernahme-2019' "
         "(known: nordwerk-stellenabbau-2026)"),
        ("  content/events/nordwerk-stellenabbau-2026.md:14:5: 'related[0]': unknown event 'nordwerk-uebernahme-2019' "
         "(known: nordwerk-stellenabbau-2026)"),
        f"  content/people/con.md:2:5: 'id': the id 'con' {WINDOWS}",
        f"  content/people/x.md:2:5: 'id': {BAD_ID} '../x'",
    ]

    built = build(project)
    assert built.returncode == 1
    assert report.strip() in built.stderr, built.stderr

    article = tmp_path / "article.txt"
    shutil.copy(Path(__file__).parent / "fixtures" / "ingest" / "nordwerk-de.txt", article)
    ingest = run_digest(project, "ingest", "--retrieved", "2026-05-20", str(article))
    assert ingest.returncode == 1
    # ingest checks the entries and the references between them, as `digest check` does
    assert ingest.stderr.splitlines() == [*report.splitlines(), "Nothing was ingested: fix these entries first."]
    after = {path: path.read_bytes() for path in sorted(project.rglob("*")) if path.is_file()}
    assert after == before, "neither the build nor ingest wrote anything"


def run_digest(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator.cli", *args], cwd=project, capture_output=True, check=False, text=True, timeout=120
    )


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_make_id_gives_a_plain_id_that_is_not_reserved_for_any_text(text):
    entry_id = make_id(text)
    assert ID_PATTERN.match(entry_id), entry_id
    assert entry_id not in RESERVED_IDS and entry_id not in WINDOWS_NAMES


@pytest.mark.parametrize(
    "title, expected",
    [
        ("../../etc/passwd", "etc-passwd"),
        ("/etc/passwd", "etc-passwd"),
        ("a\x00b", "a-b"),
        ("?!… — «»", "entry"),
        ("Index", "index-entry"),
        ("CON", "con-entry"),
        ("شركة المثال للتجارة", "sharka-al-mathal-leltigara"),  # romanised, not letter by letter
    ],
)
def test_ingest_keeps_an_entry_made_from_a_hostile_title_inside_its_folder(tmp_path, title, expected):
    content = tmp_path / "content"
    writer = Writer(content, Report())
    entry = writer.new_entry("articles", title, CommentedMap({"title": CommentedMap({"de": title})}))
    assert entry.stem == expected
    assert entry.path.resolve().parent == (content / "articles").resolve()
    writer.save()
    assert [path.name for path in (content / "articles").iterdir()] == [f"{expected}.md"]


def test_a_company_first_named_in_arabic_takes_its_id_from_the_latin_spelling_beside_it(tmp_path):
    writer = Writer(tmp_path / "content", Report())
    with_latin = writer.merge_company({"name": "نوردفيرك", "aliases": ["Nordwerk"]}, None, "ar")
    arabic_only = writer.merge_company({"name": "سودلاند"}, None, "ar")
    assert (with_latin, arabic_only) == ("nordwerk", "soudland")  # not slugify's 'nwrdfyrk', 'swdlnd'


def test_make_id_examples():
    assert make_id("Ayşe Yıldız") == "ayse-yildiz"
    # Arabic is romanised with its vowels, as a reader would spell it (slugify alone: 'mhmd-slh', 'tjr')
    assert make_id("محمد صلاح") == "mohamed-salah"
    assert make_id("تجار ٤٢٠٠") == "tedjar-4200"  # digits stay digits
    assert make_id("x" * 100) == "x" * 60
    # a headline's words are romanised one by one, but 'عبد' with the word after it ('Abdelkrim', not 'Abdelkader' and 'Al-Karim')
    headline = make_id("قبل رئيس نوردفيرك عبد الكريم المثالي يوم الاثنين استقالة المدير المالي للشركة")
    assert "abdelkader" not in headline and re.search(r"-abd\w*k\w*r\w*m-", headline), headline
