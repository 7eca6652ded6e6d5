"""The built site in headless Chromium: languages, direction, the switcher, and every link."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlparse

import pytest

from tests.conftest import serve


@pytest.fixture(scope="module")
def server(built_fixture_site):
    """The built fixture site over HTTP on localhost."""
    with serve(built_fixture_site / "site") as url:
        yield url


def test_german_home_is_german_and_left_to_right(page, server):
    page.goto(server)
    assert page.get_attribute("html", "lang") == "de"
    assert page.evaluate("getComputedStyle(document.body).direction") == "ltr"
    assert page.inner_text("h1").startswith("Neueste Meldungen")


def test_arabic_home_is_arabic_and_right_to_left(page, server):
    page.goto(server + "ar/")
    assert page.get_attribute("html", "lang") == "ar"
    assert page.get_attribute("body", "dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.inner_text("h1").startswith("آخر الأخبار")


def test_language_switcher_leads_to_the_same_person(page, server):
    page.goto(server + "people/lea-berger/")
    assert page.inner_text("h1").startswith("Lea Berger")
    link = page.locator('a.md-select__link[hreflang="ar"]')
    page.goto(urljoin(page.url, link.get_attribute("href")))
    assert urlparse(page.url).path == "/ar/people/lea-berger/"
    assert page.inner_text("h1").startswith("ليا برغر")
    back = page.locator('a.md-select__link[hreflang="de"]')
    page.goto(urljoin(page.url, back.get_attribute("href")))
    assert urlparse(page.url).path == "/people/lea-berger/"


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("href", "src"):
            if attrs.get(name) and tag in ("a", "link", "script", "img"):
                self.links.append(attrs[name])


def test_every_internal_link_resolves(page, server, built_fixture_site):
    site = built_fixture_site / "site"
    checked = 0
    for html_file in sorted(site.rglob("*.html")):
        url = urljoin(server, html_file.relative_to(site).as_posix())
        collector = LinkCollector()
        collector.feed(html_file.read_text(encoding="utf-8"))
        for link in collector.links:
            target = urldefrag(urljoin(url, link)).url
            if not target.startswith(server):
                continue
            path = site / urlparse(target).path.lstrip("/")
            assert path.is_file() or (path / "index.html").is_file(), f"{html_file.relative_to(site)}: broken link {link}"
            checked += 1
    assert checked > 500
    # and the browser loads a page with its scripts, styles and fonts without a failed request.
    # (Material's language switcher probes sitemap.xml near the page and falls back to the
    # plain link when it is not there, as without `site_url`; those probes are not links.)
    failed = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.on("response", lambda response: failed.append(response.url) if response.status >= 400 else None)
    page.goto(server + "ar/events/nordwerk-stellenabbau-2026/", wait_until="networkidle")
    assert [url for url in failed if not url.endswith("/sitemap.xml")] == []


@pytest.mark.parametrize("start, query", [("ar/", "Haddad"), ("", "نوردفيرك"), ("ar/", "1200")])
def test_search_finds_entries_in_both_languages(page, server, start, query):
    """One search index serves both languages; numbers are found too."""
    page.goto(server + start, wait_until="networkidle")
    results = page.locator(".md-search-result__item")
    # Material runs the query on key events: fill the field, then press a key. The search
    # worker builds its index after the page loads; retype until results come (at most 30 s).
    field = page.locator("input.md-search__input")
    for _ in range(30):
        field.fill(query)
        field.press("End")
        page.wait_for_timeout(1000)
        if results.count():
            break
    assert results.count() >= 1
