"""Bad entries fail with the file, line, column, field, and what was expected."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from generator.cli import main
from generator.errors import ContentError
from generator.graph import load_graph
from tests.conftest import FIXTURE_CONTENT


def problems_in(content: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_graph(content)
    return [str(problem) for problem in caught.value.problems]


@pytest.fixture
def content(tmp_path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, target)
    return target


def write(content: Path, relative: str, text: str) -> None:
    (content / relative).write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")


def test_fixture_content_is_valid():
    graph = load_graph(FIXTURE_CONTENT)
    assert len(graph.entries) == 8


def test_reference_to_a_missing_id_names_file_field_and_id(content):
    path = content / "people" / "lea-berger.md"
    path.write_text(path.read_text(encoding="utf-8").replace("organization: nordwerk\n", "organization: nordwerk-ag\n"))
    assert problems_in(content) == [
        "content/people/lea-berger.md:13:19: 'roles[0].organization': unknown company 'nordwerk-ag' "
        "(known: nordwerk, nordwerk-antriebe)"
    ]


def test_every_problem_is_listed_together(content):
    write(content, "people/broken.md", """
        ---
        id: broken
        type: person
        name: [Lea
        ---
        """)
    write(content, "companies/acme.md", """
        ---
        id: acme
        type: company
        name: {de: Acme, xx: Akme}
        kind: startup
        parnt: nordwerk
        ---
        """)
    write(content, "events/no-title.md", """
        ---
        id: no-title
        type: event
        date: 2026-13
        ---
        """)
    write(content, "articles/wrong.md", """
        ---
        id: right
        type: person
        title: Nur ein Text
        language: de
        url: javascript:alert(1)
        people: lea-berger
        ---
        """)
    assert problems_in(content) == [
        "content/articles/wrong.md:2:5: 'id': id 'right' does not match the file name (expected 'wrong')",
        "content/articles/wrong.md:3:7: 'type': type 'person' does not match the folder articles/ (expected 'article')",
        "content/articles/wrong.md:4:8: 'title': expected a map from language code to text (de: ..., ar: ...), "
        "found the text 'Nur ein Text'",
        "content/articles/wrong.md:6:6: 'url': expected an http:// or https:// URL, found 'javascript:alert(1)'",
        "content/articles/wrong.md:7:9: 'people': expected a list of person ids, found the text 'lea-berger'",
        "content/companies/acme.md:4:22: 'name.xx': unknown language code 'xx' (expected a code such as de, ar, en, fr)",
        "content/companies/acme.md:5:7: 'kind': unknown value 'startup' (known: association, company, court, "
        "division, fund, law_firm, media, ministry, other, regulator, union)",
        "content/companies/acme.md:6:1: 'parnt': unknown field (did you mean 'parent'? known: aliases, extra, id, "
        "kind, name, parent, type, url)",
        "content/events/no-title.md:2:1: 'title': required field is missing",
        "content/events/no-title.md:4:7: 'date': expected a date YYYY, YYYY-MM or YYYY-MM-DD, found the text '2026-13'",
        "content/people/broken.md:5:1: invalid YAML: expected ',' or ']', but got '<stream end>'",
    ]


def test_parent_cycle_duplicate_id_and_reserved_id(content):
    nordwerk = content / "companies" / "nordwerk.md"
    nordwerk.write_text(nordwerk.read_text(encoding="utf-8").replace("kind: company\n", "kind: company\nparent: nordwerk-antriebe\n"))
    write(content, "events/nordwerk.md", """
        ---
        id: nordwerk
        type: event
        title: {de: Ein Ereignis}
        ---
        """)
    write(content, "people/index.md", """
        ---
        id: index
        type: person
        name: {de: Index}
        ---
        """)
    write(content, "people/no-front-matter.md", "id: x\n")
    assert problems_in(content) == [
        "content/companies/nordwerk-antriebe.md:7:9: 'parent': parent chain loops back to itself: "
        "nordwerk-antriebe -> nordwerk -> nordwerk-antriebe",
        "content/companies/nordwerk.md:10:9: 'parent': parent chain loops back to itself: "
        "nordwerk -> nordwerk-antriebe -> nordwerk",
        "content/events/nordwerk.md:2:5: 'id': duplicate id 'nordwerk' (also in content/companies/nordwerk.md)",
        "content/people/index.md:2:5: 'id': the id 'index' is reserved for the generated list pages; choose another",
        "content/people/no-front-matter.md:1:1: expected YAML front matter starting with a '---' line",
    ]


def test_digest_check_reports_problems_and_exits_non_zero(content, capsys, monkeypatch):
    monkeypatch.chdir(content.parent)
    assert main(["check"]) == 0
    assert capsys.readouterr().out == "content: 8 entries are valid (2 articles, 2 people, 2 companies, 2 events)\n"
    (content / "events" / "nordwerk-uebernahme-2019.md").unlink()
    assert main(["check", "--content", "content"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "2 problems in content:",
        "  content/articles/nordwerk-baut-stellen-ab.md:23:5: 'events[0]': unknown event 'nordwerk-uebernahme-2019' "
        "(known: nordwerk-stellenabbau-2026)",
        "  content/events/nordwerk-stellenabbau-2026.md:14:5: 'related[0]': unknown event 'nordwerk-uebernahme-2019' "
        "(known: nordwerk-stellenabbau-2026)",
    ]


def test_content_readme_documents_every_field():
    from generator.entries.schema import SCHEMAS, Figure, Role, Source
    from tests.conftest import ROOT

    readme = (ROOT / "content" / "README.md").read_text(encoding="utf-8")
    for schema in (*SCHEMAS.values(), Figure, Role, Source):
        for name in schema.fields:
            assert f"`{name}`" in readme, f"content/README.md does not document {schema.__name__}.{name}"
