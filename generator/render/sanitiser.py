"""What markup a page may carry: a Python-Markdown extension that keeps content text as text.

Text fields (names, titles, roles, ...) are escaped before they enter a page
(`text.escape`). An entry's Markdown body goes into its page as Markdown, so that emphasis,
lists, http(s), mailto and relative links work and mkdocs checks the relative ones. The hook
adds this extension to every build; on the parsed page it enforces the rest:

- raw HTML: only the few inline tags the renderer writes itself (`RENDERER_HTML`) are kept.
  Any other raw HTML (`<script>`, `<img onerror=...>`, a `<div onclick>`, `<iframe>` or
  `<style>` block, a comment) is shown as text. Character references (`&lt;`) are text and
  stay as they are.
- attributes: only `SAFE_ATTRIBUTES`, which covers what Markdown syntax makes and harmless
  attribute lists (classes, sizes); event handlers (`{: onclick=... }`), `style` (but for a
  table column's alignment) and any other attribute are dropped.
- URLs: an `href` or `src` is kept when it is relative or http, https or mailto, read as a
  browser reads it (character references decoded, tabs and newlines removed). Any other
  scheme (javascript:, data:, vbscript:, file:, ...) is removed, and the link becomes its
  text, the image its alt text.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree

from markdown import Markdown, util
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
URL_ATTRIBUTES = frozenset({"href", "src"})
SAFE_ATTRIBUTES = frozenset({
    "align", "alt", "class", "colspan", "dir", "height", "href", "id", "lang", "rowspan", "src",
    "start", "title", "width",
})
#: The one `style` Python-Markdown writes itself (table columns).
TABLE_ALIGN = re.compile(r"text-align: (?:left|right|center);")
#: The raw HTML that text.py and pages.py write into pages; a body may use it too (harmless).
RENDERER_HTML = re.compile(
    r'</?bdi>|</span>|</small>'
    r'|<span lang="[A-Za-z0-9-]+" dir="(?:ltr|rtl)">'
    r'|<small class="digest-fallback" title="[^"<>]*">'
)
CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
#: Backslash escapes that Python-Markdown restores only after this extension has run.
MARKDOWN_ESCAPE = re.compile(f"{util.STX}([0-9]+){util.ETX}")
#: What a browser's URL parser ignores: tab and newline anywhere, controls and spaces at the ends.
URL_IGNORED = re.compile(r"[\t\n\r]")
URL_TRIMMED = "".join(map(chr, range(0x21)))
SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
#: After inline Markdown (20) and attr_list (8); before toc (5) copies headings into the
#: table of contents and before mkdocs (0) checks relative links.
PRIORITY = 7


def is_safe_url(url: str) -> bool:
    """True for a relative URL and for an http, https or mailto one, read as a browser reads it."""
    url = MARKDOWN_ESCAPE.sub(lambda match: chr(int(match.group(1))), url)
    url = html.unescape(url.replace(util.AMP_SUBSTITUTE, "&"))
    url = URL_IGNORED.sub("", url).strip(URL_TRIMMED)
    scheme = SCHEME.match(url)
    if scheme:
        return scheme.group(1).lower() in SAFE_SCHEMES
    # no scheme: relative, unless a colon comes before the path (not a URL we can read)
    return ":" not in re.split(r"[/?#]", url, maxsplit=1)[0]


def is_safe_attribute(name: str, value: str | None) -> bool:
    """True for an attribute in SAFE_ATTRIBUTES (with a safe URL) or a table column's alignment."""
    name = name.lower()
    if name == "style":
        return bool(value and TABLE_ALIGN.fullmatch(value))
    if name not in SAFE_ATTRIBUTES:
        return False
    return name not in URL_ATTRIBUTES or is_safe_url(value or "")


def get_safe_raw_html(raw: str) -> str:
    """Raw HTML found in a page's Markdown: the renderer's own tags as they are, all else as text."""
    if RENDERER_HTML.fullmatch(raw) or CHARACTER_REFERENCE.fullmatch(raw):
        return raw
    return html.escape(raw, quote=False)


def clean_element(element: etree.Element) -> None:
    """Drop the element's unsafe attributes; a link or image that loses its URL becomes text.

    (A link becomes a <span> with the link's text, an image a <span> with its alt text.)
    """
    for name, value in list(element.items()):
        if not is_safe_attribute(name, value):
            del element.attrib[name]
    if element.tag == "a" and "href" not in element.attrib:
        element.tag = "span"
        element.attrib.clear()
    elif element.tag == "img" and "src" not in element.attrib:
        element.tag = "span"
        element.text = element.get("alt", "")
        element.attrib.clear()


class MarkupTreeprocessor(Treeprocessor):
    """Applies the markup policy (see the module's docstring) to one parsed page."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            clean_element(element)
        stash = self.md.htmlStash.rawHtmlBlocks
        for index, raw in enumerate(stash):
            stash[index] = get_safe_raw_html(raw if isinstance(raw, str) else self.md.serializer(raw))


class MarkupExtension(Extension):
    """The digest's markup policy; `generator/mkdocs_hooks.py` adds it to every build."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(MarkupTreeprocessor(md), "digest_markup", PRIORITY)
