"""Reading raw articles: encodings, formats, and clear refusals of what is not an article."""

from pathlib import Path

import pytest

from generator.ingest.reader import SourceError, read_source

PROSE_DE = (
    "Der Maschinenbauer Beispielwerk hat im vergangenen Geschäftsjahr deutlich mehr verdient. "
    "Der Umsatz stieg um zwölf Prozent, wie das Unternehmen am Montag mitteilte. Für das laufende "
    "Jahr rechnet die Geschäftsführung mit einer ähnlichen Entwicklung der Aufträge.\n"
)
PROSE_AR = (
    "أعلنت شركة المثال للصناعات عن ارتفاع أرباحها خلال العام الماضي بنسبة كبيرة، وقال رئيس الشركة "
    "إن الطلب على منتجاتها في الأسواق الإقليمية شهد نموا ملحوظا خلال الأشهر الأخيرة من العام.\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "text, encoding",
    [(PROSE_DE, "utf-8"), (PROSE_DE, "cp1252"), (PROSE_AR, "cp1256"), (PROSE_AR, "utf-8-sig")],
)
def test_text_in_utf8_and_legacy_encodings_is_read(tmp_path, text, encoding):
    source = read_source(write(tmp_path, "a.txt", text.encode(encoding)))
    assert source.text == text
    assert source.format == "txt"


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("empty.txt", b"   \n", "empty file (expected the text of an article)"),
        ("binary.txt", b"\x00\x01\x02" * 100, "binary file (300 of its first 300 bytes are control characters; expected text)"),
        ("short.txt", b"Nur ein Satz.", "not an article: only 10 letters of text (expected at least 80)"),
        ("table.txt", b"a,b,c\n1,2,3\n4,5,6\n7,8,9\n" * 10, "not an article: only 30 letters of text (expected at least 80)"),
        ("data.csv", b"name,value\n", "unsupported file type '.csv' (expected .htm, .html, .markdown, .md, .text, .txt)"),
    ],
)
def test_what_is_not_an_article_is_refused_with_the_reason(tmp_path, name, data, message):
    with pytest.raises(SourceError) as caught:
        read_source(write(tmp_path, name, data))
    assert str(caught.value) == message


def test_a_data_table_with_enough_letters_is_refused(tmp_path):
    rows = "".join(f"Unternehmen Nummer {n},Stadt am Fluss,Branche der Industrie\n" for n in range(10))
    with pytest.raises(SourceError) as caught:
        read_source(write(tmp_path, "table.txt", rows.encode()))
    assert str(caught.value) == "not an article: every line has 2 ',' separators (a data table, expected prose)"


def test_html_gives_main_text_and_metadata(tmp_path):
    page = f"""<!doctype html><html lang="de"><head><title>X</title>
    <meta property="og:site_name" content="Beispiel Online"></head><body>
    <nav>Startseite | Wirtschaft</nav><article><h1>Beispielwerk wächst kräftig</h1>
    <time datetime="2026-02-03T10:00:00+01:00">3. Februar 2026</time><p>{PROSE_DE}</p></article>
    <footer>Impressum</footer></body></html>"""
    source = read_source(write(tmp_path, "page.html", page.encode()))
    assert source.meta["title"] == "Beispielwerk wächst kräftig"
    assert source.meta["site_name"] == "Beispiel Online"
    assert source.meta["time"] == "2026-02-03T10:00:00+01:00"
    assert "Geschäftsführung" in source.text and "Impressum" not in source.text


def test_the_same_html_page_read_twice_gives_the_same_text(tmp_path):
    """trafilatura's cross-document de-duplication must be off: it emptied repeated pages."""
    page = f"<html><body><article><h1>Beispielwerk wächst</h1><p>{PROSE_DE}</p></article></body></html>"
    path = write(tmp_path, "page.html", page.encode())
    texts = [read_source(path).text for _ in range(4)]
    assert texts == [texts[0]] * 4 and "Geschäftsführung" in texts[0]


def page_with_head(head: str) -> bytes:
    return (f"<!doctype html><html><head>{head}</head><body><article><h1>Beispielwerk wächst</h1>"
            f"<p>{PROSE_DE}</p></article></body></html>").encode()


@pytest.mark.parametrize(
    "head, url",
    [
        ('<link rel="canonical" href="https://beispiel.example/wirtschaft/beispielwerk">'
         '<meta property="og:url" content="https://beispiel.example/og">', "https://beispiel.example/wirtschaft/beispielwerk"),
        ('<link rel="Canonical" href="https://beispiel.example/a?id=7">', "https://beispiel.example/a?id=7"),
        ('<meta property="og:url" content="https://beispiel.example/og">', "https://beispiel.example/og"),
        ('<link rel="canonical" href="/wirtschaft/relativ">', None),
        ('<link rel="canonical" href="file:///home/me/page.html">', None),
        ('<link rel="canonical" href="javascript:alert(1)">', None),
        ("", None),
    ],
)
def test_a_saved_page_gives_its_own_address(tmp_path, head, url):
    """The original article's address: canonical link first, then og:url; only absolute http(s)."""
    source = read_source(write(tmp_path, "page.html", page_with_head(head)))
    assert source.meta.get("url") == url


@pytest.mark.parametrize(
    "text, url",
    [
        (f"https://beispiel.example/wirtschaft/beispielwerk-waechst\n\n{PROSE_DE}", "https://beispiel.example/wirtschaft/beispielwerk-waechst"),
        (f"{PROSE_DE}\nQuelle: <https://beispiel.example/a.html>\n", "https://beispiel.example/a.html"),
        (f"{PROSE_AR}\nالمصدر: https://mithal.example/news/1\n", "https://mithal.example/news/1"),
        (f"Startseite\n{PROSE_DE}Mehr unter https://beispiel.example/mehr im Netz.\n", None),
        (f"{PROSE_DE}", None),
    ],
)
def test_a_text_file_gives_the_address_on_a_line_of_its_own(tmp_path, text, url):
    """An address alone on a line (or after 'Quelle:'), near the top or bottom; not one in a sentence."""
    source = read_source(write(tmp_path, "a.txt", text.encode()))
    assert source.meta.get("url") == url
