"""Raw article files -> text: encodings detected, HTML reduced to its main text and metadata.

A file that is not an article (empty, binary, too large, in an unknown encoding, a table of
data, a page of nothing but menus and buttons) is refused with a `SourceError` that says why
and what was expected; the caller reports it and goes on with the other files.
"""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from generator import errors

#: The largest file read as one article (a long article is ~100 KB of text, a saved page ~1 MB);
#: a larger one is refused before it is read.
MAX_BYTES = 5 * 1024 * 1024
SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
#: Encodings tried for files that are not UTF-8 (Western and Arabic Windows code pages), as named in messages.
LEGACY_ENCODINGS = {"utf_8": "UTF-8", "cp1252": "cp1252", "cp1256": "cp1256", "utf_16": "UTF-16"}
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
#: An address usable as the article's source: absolute http(s), no white space or markup quotes.
WEB_ADDRESS = re.compile(r"https?://[^\s/?#<>\"'()\[\]]+[^\s<>\"']*", re.IGNORECASE)
#: A line of a text file that gives the page's address: the address alone, in <>, or after a
#: label ("URL:", "Quelle:", "Source :", "المصدر:"). Scanned only near the top and the bottom.
ADDRESS_LINE = re.compile(
    r"^\W{0,3}(?:(?:url|link|quelle|source|original|lien|adresse|المصدر|الرابط|رابط المقال)\s*[:：]\s*)?<?(%s)>?\W{0,1}$"
    % WEB_ADDRESS.pattern,
    re.IGNORECASE,
)
ADDRESS_LINES_SCANNED = 6
CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
#: bytes looked at to tell a binary file (more than 1 % control characters) from text
BINARY_SAMPLE = 65536
MIN_LETTERS = 80


class SourceError(Exception):
    """A raw file that cannot be read as an article; the message says why."""


@dataclass
class Source:
    """A raw article as read: its text, format, and what the HTML said about itself."""

    path: Path
    data: bytes
    format: str
    text: str
    encoding: str
    #: metadata found in HTML markup: title (the <h1>), og_title, site_name, published, author, description
    meta: dict = field(default_factory=dict)


def read_source(path: Path) -> Source:
    """Read one raw file; SourceError when it is not text of an article. Whether anything but
    page chrome is left is for the extraction steps to say: pipeline.prepare asks both."""
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise SourceError(errors.SOURCE_UNSUPPORTED_TYPE.format(suffix=errors.printable(path.suffix), suffixes=", ".join(sorted(SUFFIXES))))
    data = read_bounded(path)
    if not data.strip():
        raise SourceError(errors.SOURCE_EMPTY)
    text, encoding = decode(data)
    if kind == "html" or (kind == "txt" and looks_like_html(text)):
        source = read_html(path, data, text, encoding)
    else:
        source = Source(path, data, kind, normalise(text), encoding)
        address = address_line(source.text)
        if address:
            source.meta["url"] = address
    check_is_article(source)
    return source


def read_bounded(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES: the size is checked before reading,
    and reading stops one byte past the limit (a file that grows meanwhile), so a huge file
    costs neither memory nor time."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise SourceError(errors.SOURCE_NOT_A_FILE)
        if status.st_size > MAX_BYTES:
            raise SourceError(errors.SOURCE_TOO_LARGE.format(size=f"{status.st_size:,}", limit=MAX_BYTES))
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise SourceError(errors.SOURCE_UNREADABLE.format(reason=exc.strerror)) from None
    if len(data) > MAX_BYTES:
        raise SourceError(errors.SOURCE_TOO_LARGE.format(size=f"more than {MAX_BYTES:,}", limit=MAX_BYTES))
    return data


def decode(data: bytes) -> tuple[str, str]:
    """Text of a file: UTF-8 (with or without BOM), else the most plausible legacy encoding."""
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        sample = data[:BINARY_SAMPLE]
        control = len(CONTROL_BYTES.findall(sample))
        if control > len(sample) // 100:
            raise SourceError(errors.SOURCE_BINARY.format(count=control, total=len(sample)))
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        invalid = exc
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None:
        line, column = errors.position_of(data, invalid.start)
        legacy = [name for code, name in LEGACY_ENCODINGS.items() if code != "utf_8"]
        raise SourceError(errors.SOURCE_BAD_ENCODING.format(
            line=line, column=column, byte=data[invalid.start], legacy=", ".join(legacy[:-1]) + " or " + legacy[-1]))
    return str(best), best.encoding


def normalise(text: str) -> str:
    """Unix newlines, no control characters, no trailing spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = CONTROL.sub("", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n") + "\n"


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head


def check_is_article(source: Source) -> None:
    """Refuse text that is not prose: too little of it, or a table of data (CSV)."""
    letters = sum(ch.isalpha() for ch in source.text)
    if letters < MIN_LETTERS:
        raise SourceError(errors.SOURCE_TOO_FEW_LETTERS.format(letters=letters, minimum=MIN_LETTERS))
    lines = [line for line in source.text.splitlines() if line.strip()]
    for separator in (",", ";", "\t"):
        counts = [line.count(separator) for line in lines]
        if len(lines) >= 3 and min(counts) >= 2 and len(set(counts)) == 1:
            raise SourceError(errors.SOURCE_DATA_TABLE.format(count=counts[0], separator=separator))


def read_html(path: Path, data: bytes, text: str, encoding: str) -> Source:
    """Main text of a saved web page (trafilatura), with title, site name, date and author."""
    import trafilatura
    from lxml import etree
    from lxml import html as lxml_html

    try:
        document = lxml_html.fromstring(text.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))
    except etree.ParserError:  # no element at all: only a comment, a doctype, white space
        raise SourceError(errors.SOURCE_TOO_FEW_LETTERS.format(letters=0, minimum=MIN_LETTERS)) from None
    try:
        extracted = trafilatura.bare_extraction(
            text, with_metadata=True, include_comments=False, include_tables=True, favor_precision=True, deduplicate=False
        )
    except Exception as exc:  # noqa: BLE001 - trafilatura and htmldate fail on some broken markup (an `assert` in lxml)
        raise SourceError(errors.SOURCE_HTML_FAILED.format(problem=type(exc).__name__)) from None
    result = extracted.as_dict() if hasattr(extracted, "as_dict") else (extracted or {})
    meta = {
        "og_title": result.get("title"),
        "site_name": result.get("sitename"),
        "published": result.get("date"),
        "author": result.get("author"),
        "description": result.get("description"),
        "title": first_text(document, "//article//h1") or first_text(document, "//h1"),
        "time": first_attribute(document, "//article//time/@datetime") or first_attribute(document, "//time/@datetime"),
        "lang": first_attribute(document, "/html/@lang"),
        "url": page_address(document, result.get("url")),
    }
    body = result.get("text") or ""
    return Source(path, data, "html", normalise(body), encoding, {key: value for key, value in meta.items() if value})


def address_line(text: str) -> str | None:
    """The page's address given on a line of its own near the top or the bottom of a text file
    (as copied from the browser's address bar, or 'Quelle: https://...')."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in [*lines[:ADDRESS_LINES_SCANNED], *reversed(lines[-ADDRESS_LINES_SCANNED:])]:
        match = ADDRESS_LINE.match(line)
        if match:
            return match.group(1)
    return None


def page_address(document, extracted: str | None) -> str | None:
    """The article's own address in a saved page: <link rel="canonical">, og:url, else what
    trafilatura found; only an absolute http(s) address (a saved page's relative or file: link
    says nothing about where the article was published)."""
    for candidate in (
        first_attribute(document, "//link[translate(@rel, 'CANOICL', 'canoicl')='canonical']/@href"),
        first_attribute(document, "//meta[@property='og:url' or @name='og:url']/@content"),
        extracted,
    ):
        if candidate and WEB_ADDRESS.fullmatch(candidate.strip()):
            return candidate.strip()
    return None


def first_text(document, xpath: str) -> str | None:
    found = document.xpath(xpath)
    return " ".join(found[0].text_content().split()) if found else None


def first_attribute(document, xpath: str) -> str | None:
    found = document.xpath(xpath)
    return str(found[0]).strip() if found else None
