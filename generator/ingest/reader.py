"""Raw article files -> text: encodings detected, HTML reduced to its main text and metadata.

A file that is not an article (empty, binary, too large, a table of data) is refused with a
`SourceError` that says why; the caller reports it and goes on with the other files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

MAX_BYTES = 5 * 1024 * 1024
SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
#: Encodings tried for files that are not UTF-8: Western and Arabic Windows code pages.
LEGACY_ENCODINGS = ["utf_8", "cp1252", "cp1256", "utf_16"]
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
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
    """Read one raw article; SourceError when it is not one."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SourceError(f"too large ({size:,} bytes; at most {MAX_BYTES:,} bytes are read as one article)")
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot be read: {exc.strerror}") from None
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise SourceError(f"unsupported file type '{path.suffix}' (expected {', '.join(sorted(SUFFIXES))})")
    if not data.strip():
        raise SourceError("empty file")
    text, encoding = decode(data)
    if kind == "html" or (kind == "txt" and looks_like_html(text)):
        source = read_html(path, data, text, encoding)
    else:
        source = Source(path, data, kind, normalise(text), encoding)
    check_is_article(source)
    return source


def decode(data: bytes) -> tuple[str, str]:
    """Text of a file: UTF-8 (with or without BOM), else the most plausible legacy encoding."""
    if data.count(b"\x00") > len(data) // 100 and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=LEGACY_ENCODINGS).best()
    if best is None:
        raise SourceError("binary file or unknown text encoding (tried UTF-8, cp1252, cp1256, UTF-16)")
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
        raise SourceError(f"not an article: only {letters} letters of text")
    lines = [line for line in source.text.splitlines() if line.strip()]
    for separator in (",", ";", "\t"):
        counts = [line.count(separator) for line in lines]
        if len(lines) >= 3 and min(counts) >= 2 and len(set(counts)) == 1:
            raise SourceError(f"not an article: every line has {counts[0]} '{separator}' separators (a data table)")


def read_html(path: Path, data: bytes, text: str, encoding: str) -> Source:
    """Main text of a saved web page (trafilatura), with title, site name, date and author."""
    import trafilatura
    from lxml import html as lxml_html

    document = lxml_html.fromstring(text.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))
    extracted = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, include_tables=True, favor_precision=True, deduplicate=False
    )
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
    }
    body = result.get("text") or ""
    return Source(path, data, "html", normalise(body), encoding, {key: value for key, value in meta.items() if value})


def first_text(document, xpath: str) -> str | None:
    found = document.xpath(xpath)
    return " ".join(found[0].text_content().split()) if found else None


def first_attribute(document, xpath: str) -> str | None:
    found = document.xpath(xpath)
    return str(found[0]).strip() if found else None
