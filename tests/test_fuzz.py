"""Fuzzing, bounded in time: hostile input never crashes the reader, extraction or the loader.

Random bytes and text (HTML fragments, front matter, control characters, line breaks of every
kind, long lines, every encoding ingest reads) go to the article reader and the extraction
steps, and random entry files to the entry loader, validation and the graph.  The only
errors allowed are the project's own: SourceError for a raw file, a Problem for an entry,
ContentError for content/.

The examples are the same on every run (CI cannot turn red by chance) and the whole file
takes well under a minute.  DIGEST_FUZZ_EXAMPLES=20000 runs a longer, random search.
"""

from __future__ import annotations

import datetime
import os
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.entries import SCHEMAS, load_entries, validate_entry
from generator.entries.store import Entry, load_entry
from generator.errors import ContentError, Problem
from generator.graph import load_graph
from generator.ingest.draft import Draft
from generator.ingest.pipeline import extract, read_article
from generator.ingest.reader import SourceError

EXAMPLES = int(os.environ.get("DIGEST_FUZZ_EXAMPLES", "0"))


def bounded(examples: int):
    return settings(
        max_examples=EXAMPLES or examples,
        derandomize=not EXAMPLES,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


RETRIEVED = datetime.date(2026, 6, 1)

# --- raw articles ------------------------------------------------------------------------------

#: words that the extraction steps look for, in the four languages ingest reads
WORDS = [
    "Karl Schmidt", "Sophie Wagner", "Nordwerk AG", "Ostkai Logistik GmbH", "Vorstandschef", "Finanzchefin",
    "sagte", "am Dienstag", "1.200 Stellen", "2,4 Mrd. Euro", "75 Millionen Euro", "8 Prozent", "12.05.2026",
    "vor 8 Tagen", "Im Januar 2025", "Von Petra Lange |", "Bremen (dpa) –", "„Wir müssen sparen“",
    "الرئيس التنفيذي", "كارل شميت", "شركة نوردفيرك", "1200 وظيفة", "2.4 مليار يورو", "يوم الثلاثاء", "«د ب أ»:",
    "chief executive", "said on Monday", "400 jobs", "June 2, 2026", "By Mark Ellis |",
    "directeur général", "a annoncé mardi", "1 200 emplois", "12 mai 2026", "Par Claire Martin |",
    "Lesen Sie auch:", "Teilen", "Startseite | Wirtschaft", "Cookie", "Newsletter", "اقرأ أيضًا:", "شارك",
]
CONTROL = st.sampled_from(["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u2029",
                           "\ufeff", "\u200b", "\u200e", "\u200f", "\u202e", "\u061c", "\t", "\r", "\r\n"])
any_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)
words = st.sampled_from(WORDS)
clean_token = st.one_of(words, words, words, st.integers(-10**12, 10**12).map(str),
                        st.sampled_from(["%", "€", "$", "–", "—", "…", ":", ";", ",", "|", ".", "\""]))
token = st.one_of(clean_token, clean_token, any_text, CONTROL)


@st.composite
def prose(draw, noise: bool = True) -> str:
    """Article-like lines: enough words to pass as an article, mixed with noise (or not, so
    that most such files get through the reader to the extraction steps)."""
    lines = draw(st.lists(st.lists(token if noise else clean_token, min_size=6, max_size=30).map(" ".join), min_size=3, max_size=12))
    separator = draw(st.sampled_from(["\n", "\n", "\r\n", "\r", "\n\n", "\u2028"]))
    return separator.join(lines)


TAGS = ["html", "head", "body", "article", "main", "header", "footer", "nav", "div", "p", "h1", "h2", "span", "a",
        "script", "style", "time", "table", "tr", "td", "ul", "li", "figure", "figcaption", "aside", "noscript", "svg"]
ATTRIBUTES = st.sampled_from([
    "", ' lang="de"', ' lang="ar" dir="rtl"', ' class="share"', ' datetime="2026-05-12T09:10:00+02:00"',
    ' datetime="garbage"', ' href="javascript:alert(1)"', ' id="cookie-banner"', " hidden", ' lang=""',
])


@st.composite
def html(draw, depth: int = 0) -> str:
    """A random HTML fragment or page: nested, unclosed or stray tags, comments, entities, meta."""
    parts = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.integers(0, 9))
        if kind <= 3:
            parts.append(draw(prose()))
        elif kind <= 6 and depth < 4:
            tag = draw(st.sampled_from(TAGS))
            closing = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", "", "</div>"]))
            parts.append(f"<{tag}{draw(ATTRIBUTES)}>{draw(html(depth + 1))}{closing}")
        elif kind == 7:
            parts.append(draw(st.sampled_from([
                "<!-- comment -->", "<![CDATA[x]]>", "&amp;&lt;&#x202E;&#0;&bogus;", "<br/>", "<meta property=\"og:title\" content=\"Nordwerk\">",
                '<meta name="author" content="">', "<title>Nordwerk streicht Stellen</title>", "<?xml version='1.0'?>", "</html>",
                "<!DOCTYPE html>", "<html lang='xx-YY'>", "<script>var a = '<p>';</script>",
            ])))
        else:
            parts.append(draw(any_text))
    return "".join(parts)


@st.composite
def front_matter_article(draw) -> str:
    """A Markdown article with YAML front matter of its own (which ingest treats as text)."""
    keys = draw(st.lists(st.sampled_from(["title", "date", "author", "lang", "---", "...", "tags"]), max_size=4))
    lines = [f"{key}: {draw(any_text)}" for key in keys]
    return "---\n" + "\n".join(lines) + "\n---\n" + draw(prose())


@st.composite
def raw_file(draw) -> tuple[str, bytes]:
    """(suffix, bytes) of a raw article file."""
    kind = draw(st.sampled_from(["bytes", "text", "article", "article", "html", "html", "markdown"]))
    suffix = {"html": draw(st.sampled_from([".html", ".htm", ".txt"])), "markdown": ".md", "article": ".txt"}.get(
        kind, draw(st.sampled_from([".txt", ".md", ".html"])))
    if kind == "bytes":
        return suffix, draw(st.binary(max_size=3000))
    text = draw({"text": prose(), "article": prose(noise=False), "html": html(), "markdown": front_matter_article()}[kind])
    if draw(st.integers(0, 5)) == 0:
        text = draw(st.sampled_from(WORDS)) * draw(st.integers(100, 3000)) + "\n" + text  # one long line
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "cp1252", "cp1256", "utf-16", "latin-1"]))
    return suffix, text.encode(encoding, errors="replace")


def read_and_extract(suffix: str, data: bytes) -> Draft | None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"article{suffix}"
        path.write_bytes(data)
        try:
            source = read_article(path)
        except SourceError as error:
            assert str(error), "a refusal says why"
            return None
        draft = extract(source, RETRIEVED)
    assert isinstance(draft, Draft)
    return draft


@bounded(250)
@given(raw_file())
def test_the_reader_and_extraction_survive_any_file(raw):
    read_and_extract(*raw)


@pytest.mark.parametrize(("data", "message"), [
    (b"<!-- comment -->", "not an article: only 0 letters of text (expected at least 80)"),
    (b"<svg></html></svg>", ("the page's HTML is too broken to find its main text (AssertionError in the HTML "
                             "extractor); save the page again, or its text as .txt")),
])
def test_html_that_once_crashed_the_reader_is_refused_with_the_reason(tmp_path, data, message):
    path = tmp_path / "page.html"
    path.write_bytes(data)
    with pytest.raises(SourceError) as refused:
        read_article(path)
    assert str(refused.value) == message


def test_long_lines_within_the_size_limit_are_read_in_reasonable_time():
    line = " ".join(WORDS[:20]) + " "
    for size in (20_000,):
        started = time.monotonic()
        read_and_extract(".txt", (line * (size // len(line))).encode("utf-8"))
        assert time.monotonic() - started < 30, f"a {size:,}-character line took too long"


# --- entry files -------------------------------------------------------------------------------

FIELDS = sorted({name for schema in SCHEMAS.values() for name in schema.fields} | {"title", "value", "unit", "since", "until", "file"})
scalar = st.one_of(
    any_text.map(repr),
    any_text.filter(lambda text: "\n" not in text),
    st.sampled_from([
        "", "~", "null", "true", "no", "0x1F", "0o17", "1e400", "-.inf", ".nan", "10000000000000000000000000000000",
        "2024-13-45", "0000-00-00", "2024-02-30", "2024-01-01T25:61:00", "9999-12-31", "1.5", "'2024'", "index",
        "&anchor value", "*anchor", "*undefined", "!!binary aGVsbG8=", "!!set {a, b}", "!!omap [a: 1]", "!custom x",
        "!!python/name:os.system", "!!timestamp 2024-01-01", "!!int x", "!!float nope", "|", ">-", "[", "{", "]",
        "[a, [b, {c: d}]]", "{de: x, ar: y}", "{de: {de: x}}", "[]", "{}", "'unterminated", '"\\x"', '"\\u202e"',
        "- a", "? a", "<<: *anchor", "--- ", "...", "#", "%YAML 1.1", "@reserved", "`reserved",
    ]),
)


@st.composite
def yaml_lines(draw, depth: int = 0) -> list[str]:
    lines = []
    for _ in range(draw(st.integers(1, 6))):
        key = draw(st.one_of(st.sampled_from(FIELDS), st.sampled_from(["de", "ar", "xx", "<<", "? x", "1", "'q'"]), any_text.filter(lambda text: "\n" not in text)))
        indent = "  " * depth
        shape = draw(st.integers(0, 5))
        if shape <= 2 or depth >= 3:
            lines.append(f"{indent}{key}: {draw(scalar)}")
        elif shape == 3:
            lines.append(f"{indent}{key}:")
            lines += draw(yaml_lines(depth + 1))
        else:
            lines.append(f"{indent}{key}:")
            for _ in range(draw(st.integers(1, 3))):
                lines.append(f"{indent}  - {draw(scalar)}")
        if draw(st.integers(0, 9)) == 0:
            lines.append(draw(st.sampled_from(["\t", "# comment", "---", "...", "  bad indent: x", "\u2028", "\x00", "\ufeff"])))
    return lines


@st.composite
def entry_file(draw) -> tuple[str, str, bytes]:
    """(folder, id, bytes) of an entry file: mostly front matter, sometimes anything at all."""
    folder = draw(st.sampled_from(sorted(SCHEMAS)))
    entry_id = draw(st.sampled_from(["x", "index", "a-b", "Bad Id", "x"]))
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return folder, entry_id, draw(st.binary(max_size=500))
    lines = draw(yaml_lines())
    if kind <= 5:  # a plausible start, so that validation gets deep
        lines = [f"id: {entry_id}", f"type: {SCHEMAS[folder].entry_type}", *lines]
    closing = draw(st.sampled_from(["---", "---", "...", "", "--- trailing"]))
    text = "\n".join(["---", *lines, closing]) + draw(st.sampled_from(["", "\n", "\nBody *Markdown*\n"]))
    newline = draw(st.sampled_from(["\n", "\n", "\r\n", "\r"]))
    return folder, entry_id, text.replace("\n", newline).encode("utf-8", errors="surrogatepass")


@pytest.mark.parametrize(("front", "problem"), [
    ("? x:\n  - ''\n", "unhashable type: 'CommentedSeq'"),
    ("published: 0000-00-00\n", "year 0 is out of range"),
    ("published: !!int ;\n", "invalid literal for int() with base 10: ';'"),
    ("published: !!int\n", "string index out of range"),
])
def test_values_that_once_crashed_the_loader_are_problems(tmp_path, front, problem):
    path = tmp_path / "x.md"
    path.write_text(f"---\nid: x\ntype: article\n{front}---\n", encoding="utf-8")
    loaded = load_entry(path, "x.md", "articles")
    assert loaded == Problem("x.md", None, None, None, (
        f"invalid YAML: a value cannot be read ({problem}); check dates, tags such as !!int, "
        "and keys that are lists or mappings"))


@bounded(400)
@given(entry_file())
def test_the_entry_loader_and_validation_survive_any_file(entry):
    folder, entry_id, data = entry
    with tempfile.TemporaryDirectory() as directory:
        content = Path(directory) / "content"
        path = content / folder / f"{entry_id}.md"
        path.parent.mkdir(parents=True)
        path.write_bytes(data)
        loaded = load_entry(path, path.name, folder)
        assert isinstance(loaded, (Entry, Problem))
        if isinstance(loaded, Entry):
            problems = validate_entry(loaded)
            assert all(isinstance(problem, Problem) and str(problem) for problem in problems)
        entries, problems, _ = load_entries(content)
        assert len(entries) + len(problems) >= 1
        try:
            load_graph(content)
        except ContentError as error:
            assert error.problems
