"""Hostile input is inert: text from entries reaches pages as text, never as markup.

tests/fixtures/hostile/ carries scripts, event handlers, script URLs, raw HTML blocks, Jinja
syntax, character references and bidi overrides in every field a page shows. Its built site
is checked page by page (both languages), in the search index, and in headless Chromium.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest

from generator import errors
from generator.graph import load_graph
from generator.render.sanitiser import MarkupExtension, get_safe_raw_html, is_safe_url
from generator.render.site import render_language
from generator.render.text import Text
from tests.conftest import FIXTURE_CONTENT, HOSTILE_CONTENT, build, make_project, serve

LANGUAGES = ["de", "ar"]
#: The extensions of mkdocs.yml, for converting rendered Markdown outside mkdocs.
MKDOCS_EXTENSIONS = ["attr_list", "tables", "toc"]
SAFE_SCHEMES = {"http", "https", "mailto"}
#: Elements no page of the digest has, from content or from the theme.
FORBIDDEN_TAGS = {"iframe", "style", "object", "embed", "frame", "frameset", "base", "applet"}
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
ENTRY_PAGES = ["articles/hostile-article/", "people/hostile-person/", "companies/hostile-company/", "events/hostile-event/"]
PAGES = [prefix + path for prefix in ("", "ar/") for path in ["", *ENTRY_PAGES]]


class PageScan(HTMLParser):
    """Every element with its attributes, the scripts, and the text of the main content."""

    def __init__(self, html: str):
        super().__init__()
        self.elements: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self.content_text: list[str] = []
        self.title = ""
        self._open: list[str] = []
        self._content_depth: int | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs))
        if tag == "script" and attrs.get("src"):
            self.scripts.append("src=" + attrs["src"])
        if tag == "article" and "md-content__inner" in attrs.get("class", ""):
            self._content_depth = len(self._open)
        if tag not in ("img", "br", "hr", "meta", "link", "input", "source"):
            self._open.append(tag)

    def handle_endtag(self, tag):
        if tag in self._open:
            while self._open.pop() != tag:
                pass
        if self._content_depth is not None and len(self._open) <= self._content_depth:
            self._content_depth = None

    def handle_data(self, data):
        current = self._open[-1] if self._open else ""
        if current == "script":
            if data.strip():
                self.scripts.append("inline=" + data)
        elif current == "title":
            self.title += data
        elif self._content_depth is not None:
            self.content_text.append(data)

    @property
    def text(self) -> str:
        return " ".join("".join(self.content_text).split())


def url_scheme(value: str) -> str | None:
    """The scheme of a URL as the browser reads it (the parser has decoded references)."""
    value = re.sub(r"[\t\n\r]", "", value).strip("".join(map(chr, range(0x21))))
    match = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", value)
    return match.group(1).lower() if match else None


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


@pytest.fixture(scope="module")
def theme_scripts(built_fixture_site) -> set[str]:
    """The scripts that Material puts on the pages of the ordinary fixture site."""
    return {script for path in html_pages(built_fixture_site / "site") for script in PageScan(path.read_text(encoding="utf-8")).scripts}


@pytest.fixture(scope="module")
def scans(built_hostile_site) -> dict[str, PageScan]:
    site = built_hostile_site / "site"
    return {path.relative_to(site).as_posix(): PageScan(path.read_text(encoding="utf-8")) for path in html_pages(site)}


def test_every_page_is_built(scans):
    assert {page + "index.html" for page in PAGES} <= set(scans)


def test_no_script_but_the_themes(scans, theme_scripts):
    for path, scan in scans.items():
        assert set(scan.scripts) <= theme_scripts, path


def test_no_event_handler_attributes(scans):
    for path, scan in scans.items():
        handlers = [(tag, name) for tag, attrs in scan.elements for name in attrs if name.lower().startswith("on")]
        assert handlers == [], path


def test_no_url_with_another_scheme(scans):
    for path, scan in scans.items():
        schemes = {
            (tag, name, value) for tag, attrs in scan.elements for name, value in attrs.items()
            if name in ("href", "src", "action", "formaction", "srcset", "poster", "data") and value
            and url_scheme(value) not in (None, *SAFE_SCHEMES)
        }
        assert schemes == set(), path


def test_no_frames_styles_or_raw_blocks_from_content(scans):
    for path, scan in scans.items():
        assert {tag for tag, _ in scan.elements} & FORBIDDEN_TAGS == set(), path
        assert [attrs for tag, attrs in scan.elements if tag == "div" and "onclick" in attrs] == [], path


def test_no_bidi_control_on_any_page(built_hostile_site):
    for path in (built_hostile_site / "site").rglob("*"):
        if path.suffix in (".html", ".json", ".xml"):
            assert not BIDI_CONTROLS.search(path.read_text(encoding="utf-8")), path


@pytest.mark.parametrize("page, shown", [
    ("articles/hostile-article/", "<script>alert(window.__pwned=1)</script> Schlagzeile {{ config }}"),
    ("articles/hostile-article/", "[click](javascript:alert(window.__pwned=1)) *kein* {{ config.site_name }} &lt;script&gt;"),
    ("articles/hostile-article/", "<a href=\"javascript:alert(window.__pwned=1)\">Verlag</a> &lt;b&gt;"),
    ("articles/hostile-article/", "1.200 <script>alert(window.__pwned=1)</script>"),
    ("articles/hostile-article/", "<b>code</b> in a code span. <script>alert(window.__pwned=1)</script> Inline <img src=x"),
    ("articles/hostile-article/", "click x data vb file mixed case entity colon entity tab reference"),
    ("ar/articles/hostile-article/", "<img src=x onerror=alert(window.__pwned=1)> عنوان {% include 'base.html' %}"),
    ("people/hostile-person/", "Eve gnp.exe Mallory <script>alert(window.__pwned=1)</script>"),
    ("people/hostile-person/", "{{ config }} {% include 'base.html' %} · isolated reversed alias"),
    ("people/hostile-person/", '<div onclick="alert(window.__pwned=1)"> click me </div>'),
    ("people/hostile-person/", '<iframe src="javascript:alert(window.__pwned=1)"></iframe> <style>body { display: none }</style>'),
    ("ar/people/hostile-person/", "إيف <img src=x onerror=alert(window.__pwned=1)>"),
    ("ar/people/hostile-person/", "[x](javascript:alert(window.__pwned=1)) {{ config }}"),
    ("companies/hostile-company/", "Firma {% include 'base.html' %} <iframe src=javascript:alert(window.__pwned=1)>"),
    ("companies/hostile-company/", 'Template syntax stays text: {{ config }} {% include "base.html" %} {# comment #}'),
    ("companies/hostile-company/", "Entities stay text: <script>alert(window.__pwned=1)</script> and &"),
    ("companies/hostile-company/", "<!-- a comment --> <?php echo 1; ?>"),
    ("ar/companies/hostile-company/", "<style>body { display: none }</style>"),
    ("events/hostile-event/", "Ereignis <img src=x onerror=alert(window.__pwned=1)> {{ config }}"),
    ("ar/events/hostile-event/", "حدث <script>alert(window.__pwned=1)</script>"),
    ("", "Ereignis <img src=x onerror=alert(window.__pwned=1)> {{ config }}"),
])
def test_hostile_text_is_shown_literally(scans, page, shown):
    assert shown in scans[page + "index.html"].text


def test_page_titles_are_text(scans):
    assert scans["people/hostile-person/index.html"].title == (
        "Eve gnp.exe Mallory <script>alert(window.__pwned=1)</script> - Nachrichten-Digest"
    )
    assert scans["ar/events/hostile-event/index.html"].title == "حدث <script>alert(window.__pwned=1)</script> - ملخص الأخبار"


def test_safe_links_in_bodies_are_kept(scans):
    hrefs = {attrs.get("href") for tag, attrs in scans["articles/hostile-article/index.html"].elements if tag == "a"}
    assert {
        "https://example.org/fine", "https://example.org/auto", "mailto:desk@example.org",
        "../../companies/hostile-company/",
        "https://news.example/story?q=%22%3E%3Cscript%3Ealert%28window.__pwned=1%29%3C/script%3E&x=%28javascript:alert%281%29%29",
    } <= hrefs


def test_search_index_holds_only_text(built_hostile_site):
    """Material shows the search index's titles and texts as HTML."""
    index = json.loads((built_hostile_site / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    tags = set()
    for doc in index["docs"]:
        for field in ("title", "text"):
            scan = PageScan(doc[field])
            tags |= {tag for tag, _ in scan.elements}
            assert [attrs for _, attrs in scan.elements if attrs] == [], doc["location"]
    assert tags <= {"p", "ul", "ol", "li", "code", "pre", "strong", "em"}


@pytest.mark.parametrize("entry, url", [
    ("articles/hostile-article.md", "javascript:alert(1)"),
    ("companies/hostile-company.md", "data:text/html,<script>alert(1)</script>"),
])
def test_a_url_that_is_not_http_fails_the_build(tmp_path, entry, url):
    project = make_project(tmp_path / "project", HOSTILE_CONTENT)
    path = project / "content" / entry
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    line = next(number for number, text in enumerate(lines, 1) if text.startswith("url:"))
    lines[line - 1] = f"url: '{url}'\n"
    path.write_text("".join(lines), encoding="utf-8")
    result = build(project)
    assert result.returncode == 1
    assert f"content/{entry}:{line}:6: 'url': {errors.BAD_URL.format(value=url)}" in result.stderr


# The renderer's Markdown and the markup policy, without mkdocs.

def to_html(text: str) -> str:
    return markdown.markdown(text, extensions=[*MKDOCS_EXTENSIONS, MarkupExtension()])


@pytest.mark.parametrize("url", [
    "https://example.org/a", "HTTP://example.org", "mailto:desk@example.org", "../people/lea-berger.md",
    "#notes", "?q=1", "//example.org/x", "page.md#a:b", "",
])
def test_safe_urls(url):
    assert is_safe_url(url)


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "\x01javascript:alert(1)",
    "java\tscript:alert(1)", "java&#x09;script:alert(1)", "javascript&#58;alert(1)", "&#106;avascript:alert(1)",
    "\x02amp\x03#106;avascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox", "file:///etc/passwd",
    "ftp://example.org/", "1javascript:alert(1)",
])
def test_unsafe_urls(url):
    assert not is_safe_url(url)


@pytest.mark.parametrize("raw, expected", [
    ("<bdi>", "<bdi>"),
    ("</span>", "</span>"),
    ('<span lang="de" dir="ltr">', '<span lang="de" dir="ltr">'),
    ('<small class="digest-fallback" title="غير متوفر بالعربية">', '<small class="digest-fallback" title="غير متوفر بالعربية">'),
    ("&lt;", "&lt;"),
    ("&#x27;", "&#x27;"),
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ('<span lang="de" dir="ltr" onclick="alert(1)">', '&lt;span lang="de" dir="ltr" onclick="alert(1)"&gt;'),
    ("<bdi onclick=alert(1)>", "&lt;bdi onclick=alert(1)&gt;"),
    ("<!-- x -->", "&lt;!-- x --&gt;"),
    ("&lt;b&gt;", "&amp;lt;b&amp;gt;"),
])
def test_raw_html(raw, expected):
    assert get_safe_raw_html(raw) == expected


@pytest.mark.parametrize("text, expected", [
    (
        "[a](javascript:alert(1)) [b](https://example.org/) [c](../x.md) [d](mailto:a@example.org) <https://example.org/>",
        (
            '<p><span>a</span> <a href="https://example.org/">b</a> <a href="../x.md">c</a> '
            '<a href="mailto:a@example.org">d</a> <a href="https://example.org/">https://example.org/</a></p>'
        ),
    ),
    ("![x](javascript:alert(1)) ![y](data:image/png;base64,AAAA) ![z](z.png)", '<p><span>x</span> <span>y</span> <img alt="z" src="z.png" /></p>'),
    ("[r][x]\n\n[x]: vbscript:msgbox", "<p><span>r</span></p>"),
    ('<div onclick="alert(1)">\nhi\n</div>', '<p>&lt;div onclick="alert(1)"&gt;\nhi\n&lt;/div&gt;\n</p>'),
    ("<iframe src=x></iframe>", "<p>&lt;iframe src=x&gt;&lt;/iframe&gt;\n</p>"),
    ("*a* <b onclick=x>b</b> &lt; <bdi>c</bdi> `<b>`", "<p><em>a</em> &lt;b onclick=x&gt;b&lt;/b&gt; &lt; <bdi>c</bdi> <code>&lt;b&gt;</code></p>"),
    ('para\n{: onclick="alert(1)" .note style="position: fixed" }', '<p class="note">para</p>'),
    ('[ok](https://example.org/){: href="javascript:alert(1)" onmouseover="alert(1)" }', "<p><span>ok</span></p>"),
    ("## <img src=x onerror=alert(1)> head", '<h2 id="img-srcx-onerroralert1-head">&lt;img src=x onerror=alert(1)&gt; head</h2>'),
    (
        "| a |\n|:-:|\n| b |",
        (
            '<table>\n<thead>\n<tr>\n<th style="text-align: center;">a</th>\n</tr>\n</thead>\n'
            '<tbody>\n<tr>\n<td style="text-align: center;">b</td>\n</tr>\n</tbody>\n</table>'
        ),
    ),
    ('{{ config }} {% include "x" %}', '<p>{{ config }} {% include "x" %}</p>'),
])
def test_markup_policy(text, expected):
    assert to_html(text) == expected


def test_a_heading_in_the_table_of_contents_is_text():
    md = markdown.Markdown(extensions=[*MKDOCS_EXTENSIONS, MarkupExtension()])
    md.convert("## <img src=x onerror=alert(1)> head")
    assert md.toc_tokens[0]["name"] == "&lt;img src=x onerror=alert(1)&gt; head"


def test_the_policy_keeps_every_ordinary_page_as_it_is():
    """The renderer's own raw HTML (RENDERER_HTML) and links pass the policy unchanged."""
    graph = load_graph(FIXTURE_CONTENT)
    for lang in LANGUAGES:
        for path, page in render_language(graph, lang, LANGUAGES).items():
            assert to_html(page) == markdown.markdown(page, extensions=MKDOCS_EXTENSIONS), f"{lang}/{path}"


def test_hostile_pages_as_markdown():
    pages = render_language(load_graph(HOSTILE_CONTENT), "de", LANGUAGES)
    person = pages["people/hostile-person.md"]
    assert person.startswith(
        '---\ntitle: "Eve gnp.exe Mallory &lt;script&gt;alert(window.__pwned=1)&lt;/script&gt;"\n---\n\n'
        "# Eve gnp\\.exe Mallory &lt;script&gt;alert\\(window\\.\\_\\_pwned=1\\)&lt;/script&gt;\n"
    )
    assert not BIDI_CONTROLS.search("".join(pages.values()))


def test_bidi_controls_are_stripped_from_text_fields():
    text = Text("de", LANGUAGES)
    name = {"de": "Eve \u202egnp.exe\u202c \u2066Mallory\u2069 \u200fok"}
    assert text.show(name) == "Eve gnp\\.exe Mallory \u200fok"
    assert text.plain(name) == "Eve gnp.exe Mallory \u200fok"


# In the browser.

#: Hovers and clicks everything in the main content except links to another page; returns the clicks.
CLICK_EVERYTHING = """() => {
    const content = document.querySelector("article.md-content__inner");
    let clicks = 0;
    for (const element of content.querySelectorAll("*")) {
        element.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
        const link = element.closest("a[href]");
        if (link) {
            const url = new URL(link.href, location.href);
            const samePage = url.origin === location.origin && url.pathname === location.pathname;
            if (!samePage && ["http:", "https:", "mailto:"].includes(url.protocol)) continue;
        }
        element.click();
        clicks++;
    }
    return clicks;
}"""


@pytest.fixture(scope="module")
def hostile_server(built_hostile_site):
    with serve(built_hostile_site / "site") as url:
        yield url


@pytest.mark.parametrize("path", PAGES)
def test_nothing_runs_in_the_browser(page, hostile_server, path):
    dialogs, errors_ = [], []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: errors_.append(str(error)))
    page.goto(hostile_server + path, wait_until="load")
    clicks = page.evaluate(CLICK_EVERYTHING)
    page.wait_for_timeout(50)
    assert clicks > 10
    assert dialogs == []
    assert errors_ == []
    assert page.evaluate("typeof window.__pwned") == "undefined"
