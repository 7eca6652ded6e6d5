"""Bad raw articles: each refused with its path, the reason and what was expected, the good
ones of the same call still ingested, and nothing written for a bad one.

The corpus is tests/fixtures/bad_inputs/ (small invented files); the binary file, the 50 MB
file and a named pipe are made at test time.
"""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from generator.entries.store import load_entry
from generator.graph import load_graph
from generator.ingest import reader
from generator.ingest.pipeline import extract, read_article
from generator.ingest.reader import MAX_BYTES, SourceError
from generator.ingest.steps.structure import language_name

BAD_INPUTS = Path(__file__).parent / "fixtures" / "bad_inputs"
GOOD = Path(__file__).parent / "fixtures" / "ingest" / "nordwerk-de.txt"
KNOWN = "ar, de, en, fr"
NOTHING_TAKEN = "the article is kept, but no people, organisations, events or figures are taken from it"

REFUSED = {
    "empty.txt": "empty file (expected the text of an article)",
    "binary.txt": "binary file (224 of its first 2,048 bytes are control characters; expected text)",
    "invalid-utf8.txt": (
        "not valid UTF-8 at line 3, column 41 (byte 0x81), and not plausibly cp1252, cp1256 or UTF-16 "
        "either (expected a text file in UTF-8 or one of those encodings)"
    ),
    "boilerplate.txt": (
        "not an article: only page chrome (button, buttons, cookies, copyright) and 25 letters of other "
        "text (expected at least 80 letters of article text)"
    ),
    "boilerplate.html": "not an article: only 0 letters of text (expected at least 80)",
    "table.txt": "not an article: every line has 2 ',' separators (a data table, expected prose)",
    "data.csv": "unsupported file type '.csv' (expected .htm, .html, .markdown, .md, .text, .txt)",
}
WARNED = {
    "spanish.txt": f"written in Spanish ('es'), a language ingest has no resources for (it reads {KNOWN}): {NOTHING_TAKEN}",
    "turkish.txt": f"written in Turkish ('tr'), a language ingest has no resources for (it reads {KNOWN}): {NOTHING_TAKEN}",
    "russian.txt": (
        f"language not recognised (ingest reads {KNOWN}); recorded as 'und', and no people, organisations, "
        "events or figures are taken from it"
    ),
}


@pytest.fixture
def inputs(tmp_path, monkeypatch) -> Path:
    """The corpus copied to ./inputs (so that messages show short paths), with the binary file."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "inputs"
    shutil.copytree(BAD_INPUTS, folder)
    shutil.copy(GOOD, folder / "good.txt")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    return folder


def tree(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_each_bad_input_is_refused_with_the_reason(inputs, name):
    with pytest.raises(SourceError) as caught:
        read_article(inputs / name)
    assert str(caught.value) == REFUSED[name]


def digest(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator.cli", *args], capture_output=True, check=False, text=True, timeout=120)


def test_digest_ingest_reports_every_bad_input_and_ingests_the_others(inputs):
    names = ["good.txt", "legacy-cp1252.txt", *sorted(REFUSED), *sorted(WARNED)]
    result = digest("ingest", "--content", "content", "--retrieved", "2026-05-20", *(f"inputs/{name}" for name in names))
    err = result.stderr.splitlines()
    assert result.returncode == 1
    assert [line for line in err if line.startswith("error:")] == [
        f"error: inputs/{name}: {message}" for name, message in sorted(REFUSED.items())
    ]
    assert [line for line in err if line.startswith("warning:")] == [
        f"warning: inputs/{name}: {message}" for name, message in sorted(WARNED.items())
    ]
    content = Path("content")
    # the good files and the articles in other languages are kept; nothing of the bad ones
    assert sorted(path.name for path in (content / "sources").iterdir()) == sorted(
        ["good.txt", "legacy-cp1252.txt", *WARNED]
    )
    graph = load_graph(content)
    sources = {entry.fields["source"]["file"] for entry in graph.of_type("article")}
    assert sources == {"good.txt", "legacy-cp1252.txt", *WARNED}


def test_a_folder_gives_its_articles_and_names_the_other_files_it_skips(inputs):
    (inputs / "notes.pdf").write_bytes(b"%PDF-1.7\n")
    (inputs / ".DS_Store").write_bytes(b"\0\1\2")  # hidden files and folders are no one's articles
    (inputs / ".git").mkdir()
    shutil.copy(GOOD, inputs / ".git" / "copy.txt")
    (inputs / "red\x1b[31m.txt").write_text("", encoding="utf-8")  # a name with a terminal escape
    result = digest("ingest", "--content", "content", "--retrieved", "2026-05-20", "inputs")
    err = result.stderr.splitlines()
    assert err[0] == (
        "warning: skipped 2 files that are not articles (expected .htm, .html, .markdown, .md, .text, .txt) "
        "in the folders named: inputs/data.csv, inputs/notes.pdf"
    )
    assert "error: inputs/red\\x1b[31m.txt: empty file (expected the text of an article)" in err
    assert "\x1b" not in result.stderr + result.stdout
    assert ".git" not in result.stderr + result.stdout and not (Path("content") / "sources" / "copy.txt").exists()
    assert sorted(path.name for path in (Path("content") / "sources").iterdir()) == sorted(
        ["good.txt", "legacy-cp1252.txt", *WARNED]
    )


def test_an_article_in_a_language_without_resources_gets_its_entry_and_nothing_invented(inputs):
    content = Path("content")
    result = digest("ingest", "--content", "content", "--retrieved", "2026-05-20", "inputs/spanish.txt")
    assert result.returncode == 0, result.stderr
    assert sorted(path.relative_to(content).as_posix() for path in content.rglob("*.md")) == [
        "articles/ejemplo-industrial-despide-a-500-trabajadores-en-valencia.md"
    ]
    article = load_entry(content / "articles" / "ejemplo-industrial-despide-a-500-trabajadores-en-valencia.md", "a", "articles").data
    assert article["language"] == "es"
    assert dict(article["title"]) == {"es": "Ejemplo Industrial despide a 500 trabajadores en Valencia"}
    assert "event" not in article and not article.get("people") and not article.get("companies")
    assert list(article["figures"]) == []


def test_a_file_larger_than_the_limit_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as stream:  # 50 MB, sparse: no time or disk spent on writing it
        stream.truncate(50 * 1024 * 1024)
    tracemalloc.start()
    try:
        with pytest.raises(SourceError) as caught:
            read_article(big)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert str(caught.value) == "too large (52,428,800 bytes; at most 5,242,880 bytes are read as one article)"
    assert peak < 1024 * 1024, "the file's bytes were read"


def test_a_file_that_grows_past_the_limit_is_read_no_further(tmp_path, monkeypatch):
    """The size is checked before reading, and the read itself stops one byte past the limit
    (the message says 'more than': the rest of the file was never read)."""
    path = tmp_path / "growing.txt"
    path.write_bytes(b"x" * 2000)
    monkeypatch.setattr(reader, "MAX_BYTES", 1000)
    real_stat = Path.stat

    def stat_before_it_grew(self, *args, **kwargs):
        result = real_stat(self, *args, **kwargs)
        return os.stat_result((*result[:6], 10, *result[7:])) if self == path else result

    monkeypatch.setattr(Path, "stat", stat_before_it_grew)
    with pytest.raises(SourceError) as caught:
        read_article(path)
    assert str(caught.value) == "too large (more than 1,000 bytes; at most 1,000 bytes are read as one article)"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need POSIX")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    with pytest.raises(SourceError) as caught:
        read_article(pipe)
    assert str(caught.value) == "not a regular file (expected an article file: .txt, .md or .html)"


def test_a_missing_file_is_refused_with_the_reason(tmp_path):
    with pytest.raises(SourceError) as caught:
        read_article(tmp_path / "missing.txt")
    assert str(caught.value) == "cannot be read: No such file or directory"


def test_the_size_limit_is_documented():
    assert MAX_BYTES == 5 * 1024 * 1024
    assert "5 MB" in (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


#: the same invented news paragraph in languages that share many words with French or German,
#: and in Persian (Arabic script, not Arabic)
OTHER_LANGUAGES = {
    "it": (
        "Il governo ha approvato martedì una riforma della legge sulla casa che limiterà il prezzo degli affitti nelle zone più richieste. Secondo il ministero, la misura riguarderà circa un milione di famiglie e entrerà in vigore all'inizio del prossimo anno, anche se le regioni potranno decidere se applicarla."
    ),
    "nl": (
        "De regering heeft dinsdag een hervorming van de huurwet goedgekeurd die de prijs van huurwoningen in de drukste gebieden zal beperken. Volgens het ministerie gaat het om ongeveer een miljoen huishoudens en treedt de maatregel begin volgend jaar in werking, al kunnen de provincies zelf beslissen of ze die toepassen."
    ),
    "pt": (
        'O governo aprovou na terça-feira uma reforma da lei da habitação que vai limitar o preço das rendas nas zonas mais procuradas. Segundo o ministério, a medida vai afetar cerca de um milhão de famílias e entra em vigor no início do próximo ano, embora as regiões possam decidir se a aplicam.'
    ),
    "fa": (
        'دولت روز سه\u200cشنبه اصلاحیه قانون مسکن را تصویب کرد که قیمت اجاره\u200cها را در مناطق پرتقاضا محدود می\u200cکند. به گفته وزارتخانه، این طرح حدود یک میلیون خانوار را در بر می\u200cگیرد و از ابتدای سال آینده اجرا خواهد شد، اما استان\u200cها می\u200cتوانند خودشان درباره اجرای آن تصمیم بگیرند.'
    ),
}


@pytest.mark.parametrize("code", sorted(OTHER_LANGUAGES))
def test_a_language_close_to_one_with_resources_is_named_not_mistaken_for_it(tmp_path, code):
    path = tmp_path / "article.txt"
    path.write_text(f"{OTHER_LANGUAGES[code]}\n", encoding="utf-8")
    draft = extract(read_article(path), datetime.date(2026, 5, 20))
    assert draft.language == code
    assert len(draft.warnings) == 1 and draft.warnings[0].startswith(f"written in {language_name(code)} ('{code}')")
    assert (draft.people, draft.companies, draft.events, draft.figures) == ([], [], [], [])


def test_a_reader_that_stops_reading_gets_no_traceback():
    """'digest eval ... | head': the pipe closes while digest still writes."""
    script = ("import sys, generator.cli as cli\n"
              "def run(args):\n"
              "    raise BrokenPipeError(32, 'Broken pipe')\n"
              "cli.run_check = run\n"
              "sys.exit(cli.main(['check']))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert (done.returncode, done.stderr) == (1, "")
