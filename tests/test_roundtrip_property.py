"""Property tests: hand-written entries survive loading, saving and ingest's merges.

Hypothesis writes entries the way people write them by hand (comments on their own line and
at the end of lines, blank lines, any key order, plain, 'single', "double", `|` and `>`
scalars, multi-line text, Arabic mixed with Latin names and digits, flow `[a, b]` / `{de: x}`
and block collections, a Markdown body, `...` or `---` closing the front matter, Windows
line endings and byte order marks) and checks that

(a) an entry loaded and dumped untouched comes back byte for byte;
(b) ingest's merges (merge.fill, add_text, add_items, writer.add_role and the writer's merge
    of a person or company) only add lines: every line that was there is still there, except
    the one line of a flow collection or of an empty field they extend, which keeps all its
    text; and every value that was there is still there.

What ruamel.yaml cannot keep is excluded on purpose, each with the reason, in `Excluded`
below; the generator never writes it.
"""

from __future__ import annotations

import datetime
import difflib
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from ruamel.yaml.nodes import ScalarNode

from generator.entries import validate_entry
from generator.entries.ids import RESERVED_IDS, WINDOWS_NAMES
from generator.entries.schema import COMPANY_KINDS, EVENT_KINDS
from generator.entries.store import dump_entry, load_entry, make_yaml, save_entry
from generator.ingest.merge import add_items, add_text, field_order, fill
from generator.ingest.writer import CompanyNames, Report, Writer, add_role

#: DIGEST_PROPERTY_EXAMPLES=5000 for a longer, random search on a developer's machine
EXAMPLES = int(os.environ.get("DIGEST_PROPERTY_EXAMPLES", "0"))
SETTINGS = settings(
    max_examples=EXAMPLES or 120,
    derandomize=not EXAMPLES,  # by default the same examples on every run: CI cannot turn red by chance
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


class Excluded:
    """What the generator never writes, because ruamel.yaml (round trip mode, configured once
    in store.make_yaml) normalises it on output; none of it changes the data.

    - whitespace that is not content: two spaces after `key:` or `-`, spaces inside flow
      brackets or before commas, trailing spaces after a value, and lines of only spaces
      (ruamel keeps no record of them); and tabs before a comment (ruamel refuses them);
    - indentation other than the configured one (mappings by 2, `- ` at 2 under its key):
      ruamel has one indentation setting for the whole output;
    - plain or quoted scalars, and flow collections, broken over several lines: ruamel joins
      them into one line (use `|` or `>` for text on several lines, as the property tests do);
    - a `|+` or `>+` text followed by a comment line: written `|` or `>`, the same value;
    - a tab typed inside a double-quoted text: written as the escape `\\t`;
    - escapes in double quotes (`"\\u00e9"`, `"\\t"`): ruamel writes the character itself;
      `\\\\` and `\\"` are kept and generated;
    - explicit nulls `~` and `null`: written as an empty value (the empty value is generated);
    - a one-key flow mapping inside a flow sequence (`[{title: x}]`): written `[title: x]`,
      the same data; flow mappings with two keys or more are generated;
    - a comment after the `|` or `>` of a text that is a list item (`- |  # note`): ruamel
      loses it (after a key, `note: |  # note`, it is kept and generated);
    - spaces at the end of a line of a folded (`>`) scalar, and more-indented lines in one:
      ruamel re-folds them;
    - mixed line endings in one front matter, and old Mac `\\r` ones (one style for a whole
      file is kept: `\\n` or `\\r\\n`);
    - line-break characters other than `\\n` and `\\r` (NEL U+0085, U+2028, U+2029) and a BOM
      inside the front matter: YAML treats them as line breaks or special characters.
    """


# --- scalars -------------------------------------------------------------------------------

LATIN = "abcdefghijklmnopqrstuvwxyzäöüßéABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ"
ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآ"
BRANDS = ["Nordwerk", "Orbis AG", "X-Lab", "KI-Studio", "Helix 3000", "AI", "GmbH"]
LANGUAGES = ["de", "ar", "en", "fr"]
#: direction marks that real Arabic text carries (left-to-right, right-to-left, Arabic letter mark)
MARKS = "\u200e\u200f\u061c"
RESOLVER = make_yaml().resolver

latin_word = st.text(LATIN, min_size=1, max_size=9)
arabic_word = st.text(ARABIC, min_size=1, max_size=8)
number_word = st.from_regex(r"[0-9]{1,3}([.,][0-9]{3}){0,2}", fullmatch=True)
word = st.one_of(latin_word, arabic_word, number_word, st.sampled_from(BRANDS))
#: punctuation allowed after a word of a plain scalar (in a flow collection, no comma)
suffix = st.sampled_from(["", "", "", ".", "-", "'s", ")", "%", "€", "،", "؟", "/2"])


@st.composite
def phrase(draw, flow: bool = False) -> str:
    """Words in one or both scripts: 'أعلنت Nordwerk عن 14.000 وظيفة'."""
    first = draw(st.one_of(latin_word, arabic_word))
    rest = draw(st.lists(st.tuples(word, suffix), max_size=6))
    words = [first, *(text + end for text, end in rest)]
    if flow:  # a comma ends a plain scalar in a flow collection
        words = [text.replace(",", ".") for text in words]
    if draw(st.integers(0, 9)) == 0:
        words.insert(1, draw(st.sampled_from(MARKS)) + draw(arabic_word))
    return " ".join(words)


#: any printable text for a quoted scalar or a comment: quotes, colons, '#', both scripts
free_text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp", "Co", "Cn"), exclude_characters="\x85\ufeff"),
    min_size=1,
    max_size=30,
).map(str.strip).filter(bool)


def is_plain_string(text: str) -> bool:
    """True when `text` written plain loads as that same string (not a number, date, bool, null)."""
    return RESOLVER.resolve(ScalarNode, text, (True, False)) == "tag:yaml.org,2002:str"


def single(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def double(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass
class Scalar:
    """A value written on the line of its key: plain, quoted, or a flow collection."""

    source: str


@dataclass
class Empty:
    """A key without a value (null)."""


@dataclass
class BlockScalar:
    """`|`, `|-`, `>` or `>-` and the lines of text under it ('' for an empty line)."""

    header: str
    lines: list[str]


@dataclass
class Item:
    """One key (or list item) with its value, its end-of-line comment and the lines before it."""

    key: str | None
    node: object
    comment: str = ""
    before: list[str] = field(default_factory=list)  # '' a blank line, '#...' a comment at the
    # item's indentation, '^#...' a comment at column 0


@dataclass
class BlockMap:
    items: list[Item]


@dataclass
class BlockSeq:
    items: list[Item]


@st.composite
def inline_text(draw, flow: bool = False) -> Scalar:
    """A text on one line: plain, 'single' or "double" quoted."""
    style = draw(st.sampled_from(["plain", "plain", "single", "double"]))
    if style == "plain":
        text = draw(phrase(flow=flow))
        return Scalar(text if is_plain_string(text) else single(text))
    text = draw(st.one_of(phrase(), free_text))
    return Scalar(single(text) if style == "single" else double(text))


@st.composite
def block_text(draw) -> BlockScalar:
    """Text on several lines, literal (`|`, lines kept) or folded (`>`, lines joined)."""
    header = draw(st.sampled_from(["|", "|-", ">", ">-", "|+"]))
    count = draw(st.integers(1, 4))
    lines = []
    for index in range(count):
        text = draw(st.one_of(phrase(), free_text) if header.startswith("|") else phrase())
        if header.startswith("|") and index and draw(st.booleans()):
            text = "  " + text  # a more-indented line, kept as it is in a literal
        lines.append(text)
        if index < count - 1 and draw(st.integers(0, 3)) == 0:
            lines.append("")  # a paragraph break
    if header == "|+":
        lines.append("")  # keep: the trailing empty line is part of the text
    return BlockScalar(header, lines)


def text_value(flow: bool = False):
    return inline_text(flow) if flow else st.one_of(inline_text(), inline_text(), block_text())


def plain_or_quoted(text: str) -> st.SearchStrategy[Scalar]:
    options = [Scalar(single(text)), Scalar(double(text))]
    if is_plain_string(text):
        options += [Scalar(text)] * 2
    return st.sampled_from(options)


comment = st.one_of(free_text, phrase()).map(lambda text: "# " + text)
eol_comment = st.one_of(st.just(""), st.just(""), st.tuples(st.integers(1, 3), comment).map(lambda pair: " " * pair[0] + pair[1]))
before_lines = st.lists(st.one_of(st.just(""), comment, comment.map(lambda text: "^" + text)), max_size=2)
entry_id = st.from_regex(r"[a-z][a-z0-9]{0,7}(-[a-z0-9]{1,6}){0,2}", fullmatch=True).filter(
    lambda text: text not in RESERVED_IDS | WINDOWS_NAMES)
dates = st.dates(datetime.date(1990, 1, 1), datetime.date(2035, 12, 31))


# --- collections ---------------------------------------------------------------------------

@st.composite
def mapping(draw, fields: list[tuple[str, st.SearchStrategy]], shuffle: bool = True, flow: bool | None = None):
    """A block or flow mapping of `fields` (name, value strategy), in any order."""
    if shuffle:
        fields = draw(st.permutations(fields))
    if flow is None:
        flow = draw(st.integers(0, 3)) == 0
    if flow:
        pairs = [f"{name}: {draw(value).source}" for name, value in fields]
        return Scalar("{" + ", ".join(pairs) + "}")
    return BlockMap([Item(name, draw(value), draw(eol_comment), draw(before_lines)) for name, value in fields])


@st.composite
def text_map(draw, flow: bool | None = None):
    """A Text field: {de: ..., ar: ...}, one to four languages."""
    languages = draw(st.lists(st.sampled_from(LANGUAGES), min_size=1, max_size=4, unique=True))
    if flow is None:
        flow = draw(st.integers(0, 2)) == 0
    return draw(mapping([(code, text_value(flow)) for code in languages], shuffle=False, flow=flow))


@st.composite
def sequence(draw, items: st.SearchStrategy, flow_items: st.SearchStrategy | None, min_size: int = 0):
    """A block list of `items`, or a flow list of `flow_items` (when given)."""
    count = draw(st.integers(min_size, 3))
    if flow_items is not None and draw(st.integers(0, 2)) == 0:
        return Scalar("[" + ", ".join(draw(flow_items).source for _ in range(count)) + "]")
    if count == 0:
        return Scalar("[]")
    values = [draw(items) for _ in range(count)]
    # see Excluded: ruamel drops a comment after the `|` or `>` of a list item
    return BlockSeq([Item(None, value, "" if isinstance(value, BlockScalar) else draw(eol_comment), draw(before_lines)) for value in values])


def id_list():
    return sequence(entry_id.flatmap(plain_or_quoted), entry_id.flatmap(plain_or_quoted))


def str_list():
    return sequence(text_value(), inline_text(flow=True))


@st.composite
def partial_date(draw) -> Scalar:
    day = draw(dates)
    text = draw(st.sampled_from([str(day.year), day.isoformat()[:7], day.isoformat()]))
    return draw(plain_or_quoted(text))


@st.composite
def role(draw, flow: bool):
    fields = [("title", text_map(flow=True if flow else None))]
    if draw(st.booleans()):
        fields.append(("organization", entry_id.flatmap(plain_or_quoted)))
    if draw(st.booleans()):
        since, until = sorted(draw(st.lists(dates, min_size=2, max_size=2)))
        fields += [("since", plain_or_quoted(since.isoformat())), ("until", plain_or_quoted(until.isoformat()))]
    if flow and len(fields) == 1:
        fields.append(("organization", entry_id.flatmap(plain_or_quoted)))  # see Excluded: no one-key flow map in a list
    return draw(mapping(fields, flow=flow))


@st.composite
def figure(draw, flow: bool):
    value = draw(st.one_of(st.integers(-10**9, 10**12).map(str), st.from_regex(r"[0-9]{1,4}\.[0-9]{1,2}", fullmatch=True)))
    fields = [("value", st.just(Scalar(value))), ("unit", st.sampled_from(["EUR", "jobs", "percent", "USD"]).flatmap(plain_or_quoted))]
    if draw(st.booleans()):
        fields.append(("text", text_map(flow=True if flow else None)))
    if draw(st.booleans()):
        fields.append(("about", text_map(flow=True if flow else None)))
    return draw(mapping(fields, flow=flow))


def records(record):
    """A list of records: block items (block or flow maps), or a flow list of flow maps."""
    return sequence(record(flow=False), record(flow=True), min_size=0)


extra_scalar = st.one_of(
    text_value(),
    st.integers(-1000, 100000).map(lambda number: Scalar(str(number))),
    st.sampled_from(["true", "false", "1.5", "2.50", "12_000"]).map(Scalar),
    dates.map(lambda day: Scalar(day.isoformat())),
    st.just(Empty()),
)


@st.composite
def extra(draw):
    """Free-form data of the editor's own (`extra` is never checked)."""
    keys = draw(st.lists(st.sampled_from(["checked", "note", "notes", "source_call", "todo", "rating"]), min_size=1, max_size=3, unique=True))
    fields = [(key, st.one_of(extra_scalar, extra_scalar, str_list())) for key in keys]
    return draw(mapping(fields, flow=False))


def optional(strategy):
    """An optional field: left out, written empty (`key:`), or with a value."""
    return st.one_of(st.none(), st.just(Empty()), strategy, strategy)


KINDS = {
    "people": lambda: [
        ("name", text_map()), ("aliases", optional(str_list())), ("roles", optional(records(role))),
    ],
    "companies": lambda: [
        ("name", text_map()), ("aliases", optional(str_list())),
        ("kind", optional(st.sampled_from(COMPANY_KINDS).flatmap(plain_or_quoted))),
        ("parent", optional(entry_id.flatmap(plain_or_quoted))), ("url", optional(url.flatmap(plain_or_quoted))),
    ],
    "events": lambda: [
        ("title", text_map()), ("date", optional(partial_date())),
        ("kind", optional(st.sampled_from(EVENT_KINDS).flatmap(plain_or_quoted))),
        ("summary", optional(text_map())), ("people", optional(id_list())), ("companies", optional(id_list())),
        ("figures", optional(records(figure))), ("related", optional(id_list())),
    ],
    "articles": lambda: [
        ("title", text_map()), ("language", st.sampled_from(LANGUAGES).flatmap(plain_or_quoted)),
        ("publisher", optional(inline_text())), ("published", optional(dates.map(datetime.date.isoformat).flatmap(plain_or_quoted))),
        ("published_from", optional(inline_text())), ("retrieved", optional(dates.map(datetime.date.isoformat).flatmap(plain_or_quoted))),
        ("author", optional(inline_text())), ("url", optional(url.flatmap(plain_or_quoted))),
        ("source", optional(source())), ("summary", optional(text_map())), ("event", optional(entry_id.flatmap(plain_or_quoted))),
        ("people", optional(id_list())), ("companies", optional(id_list())), ("events", optional(id_list())),
        ("figures", optional(records(figure))),
    ],
}
TYPES = {"people": "person", "companies": "company", "events": "event", "articles": "article"}

url = st.from_regex(r"https?://[a-z]{1,8}\.(de|com|ae)(/[a-z0-9-]{1,8}){0,2}", fullmatch=True)


def source():
    return mapping([
        ("file", st.from_regex(r"[a-z0-9_]{1,12}\.(txt|html|md)", fullmatch=True).flatmap(plain_or_quoted)),
        ("sha256", st.from_regex(r"[0-9a-f]{64}", fullmatch=True).flatmap(plain_or_quoted)),
    ])


# --- writing an entry as a person would ------------------------------------------------------

def emit_before(lines: list[str], indent: int) -> list[str]:
    return [line[1:] if line.startswith("^") else (" " * indent + line if line else "") for line in lines]


def emit_value(prefix: str, node, comment: str, indent: int) -> list[str]:
    """The lines of `prefix` (`key:` or `-` at `indent`) followed by its value."""
    if isinstance(node, Scalar):
        return [f"{prefix} {node.source}{comment}"]
    if isinstance(node, Empty):
        return [f"{prefix}{comment}"]
    if isinstance(node, BlockScalar):
        return [f"{prefix} {node.header}{comment}", *(" " * (indent + 2) + line if line else "" for line in node.lines)]
    if isinstance(node, BlockMap):
        return [f"{prefix}{comment}", *emit_map(node, indent + 2)]
    return [f"{prefix}{comment}", *emit_seq(node, indent + 2)]


def emit_map(node: BlockMap, indent: int, first_prefix: str | None = None) -> list[str]:
    lines = []
    for index, item in enumerate(node.items):
        if index == 0 and first_prefix is not None:  # the first key of a list item: on the `- ` line
            lines += emit_value(f"{first_prefix} {item.key}:", item.node, item.comment, indent)
            continue
        lines += emit_before(item.before, indent)
        lines += emit_value(" " * indent + f"{item.key}:", item.node, item.comment, indent)
    return lines


def emit_seq(node: BlockSeq, indent: int) -> list[str]:
    lines = []
    for item in node.items:
        lines += emit_before(item.before, indent)
        dash = " " * indent + "-"
        if isinstance(item.node, BlockMap):
            lines += emit_map(item.node, indent + 2, first_prefix=dash)
        else:
            lines += emit_value(dash, item.node, item.comment, indent)
    return lines


@dataclass
class Written:
    folder: str
    id: str
    text: str


@st.composite
def entries(draw, folders=tuple(KINDS)) -> Written:
    folder = draw(st.sampled_from(folders))
    identifier = draw(entry_id)
    fields = [("id", plain_or_quoted(identifier)), ("type", plain_or_quoted(TYPES[folder]))]
    for name, strategy in KINDS[folder]():
        value = draw(strategy)
        if value is not None:
            fields.append((name, st.just(value)))
    if draw(st.booleans()):
        fields.append(("extra", extra()))
    if draw(st.booleans()):
        fields = draw(st.permutations(fields))  # unusual key order
    node = draw(mapping(fields, shuffle=False, flow=False))
    lines = emit_map(node, 0)
    newline = draw(st.sampled_from(["\n", "\n", "\n", "\r\n"]))
    leading = "\n" * draw(st.integers(0, 2)) if draw(st.integers(0, 3)) == 0 else ""
    trailing = [line.lstrip("^") for line in draw(before_lines)]
    closing = draw(st.sampled_from(["---", "---", "..."]))
    body = draw(st.one_of(st.just(""), markdown_body(), st.text(st.characters(codec="utf-8"), max_size=80)))
    front = "\n".join(["---", *leading.splitlines(), *lines, *trailing, closing]).replace("\n", newline)
    end = newline if body or draw(st.integers(0, 3)) else ""  # no line ending after the last '---'
    bom = "\ufeff" if draw(st.integers(0, 7)) == 0 else ""  # as some Windows editors save UTF-8
    return Written(folder, identifier, bom + front + end + body)


@st.composite
def markdown_body(draw) -> str:
    blocks = draw(st.lists(st.one_of(
        phrase().map(lambda text: "## " + text),
        st.lists(phrase(), min_size=1, max_size=3).map(" ".join),
        st.lists(phrase(), min_size=1, max_size=3).map(lambda items: "\n".join("- " + item for item in items)),
        st.just("---"),
        st.just("```yaml\nid: not-front-matter\n```"),
    ), max_size=4))
    return "\n" + "\n\n".join(blocks) + "\n" if blocks else ""


def load_written(folder_path: Path, written: Written):
    path = folder_path / written.folder / f"{written.id}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(written.text.encode("utf-8"))
    return path, load_entry(path, path.name, written.folder)


# --- (a) the round trip ------------------------------------------------------------------------

@settings(SETTINGS, max_examples=EXAMPLES or 200)
@given(entries())
def test_an_untouched_entry_dumps_back_byte_for_byte(written: Written):
    with tempfile.TemporaryDirectory() as folder:
        path, entry = load_written(Path(folder), written)
        assert not isinstance(entry, Exception) and hasattr(entry, "data"), entry
        assert validate_entry(entry) == [], "the generator writes valid entries"
        assert dump_entry(entry) == written.text
        assert save_entry(entry) is False
        assert path.read_bytes() == written.text.encode("utf-8")


# --- (b) merges only add -----------------------------------------------------------------------

new_text = st.one_of(phrase(), free_text)


@st.composite
def merges(draw, folder: str) -> list[tuple]:
    """Calls of the merge helpers that ingest makes for an entry of `folder`."""
    texts = {"people": ["name"], "companies": ["name"], "events": ["title", "summary"], "articles": ["title", "summary"]}[folder]
    lists = {"people": ["aliases"], "companies": ["aliases"], "events": ["people", "companies", "related"],
             "articles": ["people", "companies", "events"]}[folder]
    fills = {"people": [], "companies": ["kind", "parent", "url"], "events": ["date", "kind"],
             "articles": ["publisher", "published", "published_from", "author", "url", "event"]}[folder]
    values = {"kind": st.sampled_from(COMPANY_KINDS if folder == "companies" else EVENT_KINDS), "parent": entry_id,
              "url": url, "date": partial_date().map(lambda scalar: scalar.source.strip("'\"")),
              "published": dates, "event": entry_id}
    calls = []
    for _ in range(draw(st.integers(1, 4))):
        choice = draw(st.sampled_from(["text", "items"] + (["fill"] if fills else []) + (["role"] if folder == "people" else [])))
        if choice == "text":
            calls.append(("add_text", draw(st.sampled_from(texts)), draw(st.sampled_from(LANGUAGES)), draw(new_text)))
        elif choice == "items":
            key = draw(st.sampled_from(lists))
            items = draw(st.lists(new_text if key == "aliases" else entry_id, min_size=1, max_size=3))
            calls.append(("add_items", key, items))
        elif choice == "fill":
            key = draw(st.sampled_from(fills))
            calls.append(("fill", key, draw(values.get(key, new_text))))
        else:
            calls.append(("add_role", draw(new_text), draw(st.one_of(st.none(), entry_id)), draw(st.sampled_from(LANGUAGES))))
    return calls


def apply(data, folder: str, calls: list[tuple]) -> None:
    order = field_order(folder)
    for name, *arguments in calls:
        if name == "add_text":
            add_text(data, arguments[0], arguments[1], arguments[2], order)
        elif name == "add_items":
            add_items(data, arguments[0], arguments[1], order)
        elif name == "fill":
            fill(data, arguments[0], arguments[1], order)
        else:
            add_role(data, arguments[0], arguments[1], arguments[2], order)


def plain(value):
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, str):
        return str(value)
    return value


def still_there(old, new) -> bool:
    """Every value of `old` is in `new`: keys kept, list items kept in place, scalars equal
    (an empty value may have been filled)."""
    if old is None:
        return True
    if isinstance(old, dict):
        return isinstance(new, dict) and all(key in new and still_there(value, new[key]) for key, value in old.items())
    if isinstance(old, list):
        return isinstance(new, list) and len(new) >= len(old) and all(still_there(a, b) for a, b in zip(old, new))
    return old == new


def squeeze(line: str) -> str:
    return " ".join(line.split())


def is_subsequence(short: str, long: str) -> bool:
    characters = iter(long)
    return all(ch in characters for ch in short)


def extends(old: str, new: str) -> bool:
    """`new` is `old` with text inserted: a flow collection with an item more, or an empty
    field with its value (ruamel may put one space instead of two before the comment)."""
    content = old.split(" #")[0]
    flow_or_empty = "[" in content or "{" in content or re.match(r"^\s*(- )?[^\s:]+:\s*$", content)
    # ruamel keeps no style for an empty `[]` or `{}`: given items, it is written as a block
    # (`aliases:` and the items on the lines below), the house style
    old = re.sub(r": (\[\]|\{\})(\s|$)", r":\2", old)
    return bool(flow_or_empty) and is_subsequence(squeeze(old), squeeze(new))


def assert_only_added(before: str, after: str) -> None:
    old, new = before.splitlines(), after.splitlines()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag in ("equal", "insert"):
            continue
        assert tag == "replace", f"lines removed: {old[i1:i2]}"
        remaining = iter(new[j1:j2])
        for line in old[i1:i2]:
            assert any(extends(line, candidate) for candidate in remaining), (
                f"line changed, not extended: {line!r}\n"
                + "".join(difflib.unified_diff(before.splitlines(True), after.splitlines(True))))


def check_merge_result(path: Path, written: Written, before_data, after_text: str) -> None:
    assert_only_added(written.text, after_text)
    path.write_bytes(after_text.encode("utf-8"))
    reloaded = load_entry(path, path.name, written.folder)
    assert still_there(before_data, plain(reloaded.data))
    assert dump_entry(reloaded) == after_text, "the merged entry round-trips too"


@SETTINGS
@given(st.data())
def test_merge_helpers_only_add(data):
    written = data.draw(entries())
    calls = data.draw(merges(written.folder))
    with tempfile.TemporaryDirectory() as folder:
        path, entry = load_written(Path(folder), written)
        before = plain(entry.data)
        apply(entry.data, written.folder, calls)
        check_merge_result(path, written, before, dump_entry(entry))


@st.composite
def found_person(draw) -> dict:
    """A person as extraction finds them: a name, roles as written, an organisation."""
    return {"name": draw(phrase()), "roles": draw(st.lists(new_text, max_size=2)), "organisation": draw(st.one_of(st.none(), phrase()))}


@st.composite
def found_company(draw) -> dict:
    company = {"name": draw(phrase()), "aliases": draw(st.lists(phrase(), max_size=2))}
    if draw(st.booleans()):
        company["canonical"] = draw(phrase())
    if draw(st.booleans()):
        company["kind"] = draw(st.sampled_from(COMPANY_KINDS))
    return company


@settings(SETTINGS, max_examples=EXAMPLES or 60)
@given(st.data())
def test_the_writers_merge_of_a_person_or_company_only_adds(data):
    written = data.draw(entries(folders=("people", "companies")))
    language = data.draw(st.sampled_from(LANGUAGES))
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder) / "content"
        path, entry = load_written(content, written)
        before = plain(entry.data)
        # ingest merges only into a content folder whose references resolve: the companies
        # that the entry names get an entry of their own
        named = {role.get("organization") for role in before.get("roles") or ()} | {before.get("parent")}
        named.discard(None)
        assume(written.id not in named)
        for company in named:
            (content / "companies" / f"{company}.md").parent.mkdir(parents=True, exist_ok=True)
            (content / "companies" / f"{company}.md").write_text(f"---\nid: {company}\ntype: company\nname: {{de: X}}\n---\n", encoding="utf-8")
        writer = Writer(content, Report())
        if written.folder == "people":
            writer.merge_person(data.draw(found_person()), written.id, CompanyNames([], {}), language)
        else:
            writer.merge_company(data.draw(found_company()), written.id, language)
        writer.save()
        check_merge_result(path, written, before, path.read_bytes().decode("utf-8"))
