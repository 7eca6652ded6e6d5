"""`mkdocs build` turns content/ into the bilingual site, and fails clearly on bad content."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT, build, make_project

MAIN_CONTENT = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.DOTALL)
HTML_PAGES = ["people/lea-berger/index.html", "ar/people/lea-berger/index.html", "ar/index.html"]


def built_paths(site: Path) -> list[str]:
    """Pages and files of the built site, without theme assets and search index internals."""
    return sorted(
        path.relative_to(site).as_posix()
        for path in site.rglob("*")
        if path.is_file() and not path.relative_to(site).as_posix().startswith(("assets/javascripts", "assets/stylesheets", "assets/images", "search/"))
    )


def main_content(html: str) -> str:
    return MAIN_CONTENT.search(html).group(1).strip() + "\n"


def test_built_paths(built_fixture_site, data_regression):
    data_regression.check(built_paths(built_fixture_site / "site"))


@pytest.mark.parametrize("page", HTML_PAGES)
def test_main_content_of_built_pages(built_fixture_site, page, file_regression):
    html = (built_fixture_site / "site" / page).read_text(encoding="utf-8")
    file_regression.check(main_content(html), basename=page.replace("/", "_").removesuffix(".html"), extension=".html")


def test_arabic_pages_are_right_to_left(built_fixture_site):
    arabic = (built_fixture_site / "site" / "ar" / "people" / "lea-berger" / "index.html").read_text(encoding="utf-8")
    german = (built_fixture_site / "site" / "people" / "lea-berger" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ar"' in arabic and '<body dir="rtl"' in arabic
    assert '<html lang="de"' in german and 'dir="rtl"' not in german.split("<body", 1)[1][:20]
    # the root 404 page stays the default language's
    assert '<html lang="de"' in (built_fixture_site / "site" / "404.html").read_text(encoding="utf-8")


def test_sample_digest_builds_strict(tmp_path):
    project = make_project(tmp_path / "sample", ROOT / "content")
    result = build(project)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    for lang_prefix in ("", "ar/"):
        assert (project / "site" / lang_prefix / "people" / "donna-rosenstein" / "index.html").exists()


def test_an_edited_name_changes_on_every_page_that_shows_it(project):
    assert build(project).returncode == 0
    site = project / "site"
    before = {path: path.read_text(encoding="utf-8") for path in site.rglob("*.html")}
    showing = {path for path, html in before.items() if "Lea Berger" in html}
    assert len(showing) >= 8  # her page, the articles, the event, the companies, the home page, ...

    person = project / "content" / "people" / "lea-berger.md"
    person.write_text(person.read_text(encoding="utf-8").replace("de: Lea Berger", "de: Lea Berger-Lindqvist"))
    assert build(project).returncode == 0

    for path in showing:
        html = path.read_text(encoding="utf-8")
        assert "Lea Berger-Lindqvist" in html, path
        assert html.count("Lea Berger") == html.count("Lea Berger-Lindqvist") + html.count("Dr. Lea Berger"), path


def test_a_reference_to_a_missing_id_fails_the_build(project):
    article = project / "content" / "articles" / "nordwerk-baut-stellen-ab.md"
    article.write_text(article.read_text(encoding="utf-8").replace("  - omar-haddad\n", "  - omar-hadad\n"))
    result = build(project)
    assert result.returncode == 1
    assert (
        "content/articles/nordwerk-baut-stellen-ab.md:18:5: 'people[1]': unknown person 'omar-hadad' "
        "(known: lea-berger, omar-haddad)"
    ) in result.stderr


def test_pages_are_written_only_when_changed_and_removed_with_their_entry(project):
    assert build(project).returncode == 0
    docs = project / "site_src"
    page = docs / "de" / "events" / "nordwerk-uebernahme-2019.md"
    untouched = docs / "ar" / "people" / "omar-haddad.md"
    stamp = untouched.stat().st_mtime_ns

    # the 2019 event is removed, and every link to it with it
    (project / "content" / "events" / "nordwerk-uebernahme-2019.md").unlink()
    for relative in ("articles/nordwerk-baut-stellen-ab.md", "events/nordwerk-stellenabbau-2026.md"):
        path = project / "content" / relative
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"(events|related):\n  - nordwerk-uebernahme-2019\n", "", text))
    result = build(project)
    assert result.returncode == 0, result.stderr

    assert not page.exists()
    assert not (project / "site" / "events" / "nordwerk-uebernahme-2019").exists()
    assert untouched.stat().st_mtime_ns == stamp
