"""The generated Markdown of each kind of page, in each language."""

import pytest

from generator.graph import load_graph
from generator.render.site import render_language
from generator.render.text import Text, escape
from tests.conftest import FIXTURE_CONTENT

LANGUAGES = ["de", "ar"]
#: the right-to-left mark that starts every figure on an Arabic page (Text.figure says why)
RLM = "\u200f"
PAGES = [
    "index.md",
    "events/index.md",
    "articles/nordwerk-baut-stellen-ab.md",
    "events/nordwerk-stellenabbau-2026.md",
    "people/lea-berger.md",
    "companies/nordwerk-antriebe.md",
]


@pytest.fixture(scope="module")
def rendered():
    graph = load_graph(FIXTURE_CONTENT)
    return {lang: render_language(graph, lang, LANGUAGES) for lang in LANGUAGES}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", PAGES)
def test_page_markdown(rendered, lang, page, file_regression):
    file_regression.check(rendered[lang][page], basename=f"{lang}_{page.removesuffix('.md').replace('/', '_')}", extension=".md")


def test_every_entry_has_a_page_in_every_language(rendered):
    assert sorted(rendered["de"]) == sorted(rendered["ar"])
    assert len(rendered["de"]) == 1 + 4 + 8  # home, four index pages, eight entries


def test_text_missing_in_the_page_language_is_marked_and_wrapped():
    text = Text("ar", LANGUAGES)
    shown = text.show({"de": "Nur deutsch"})
    assert shown == (
        '<span lang="de" dir="ltr">Nur deutsch</span> '
        '<small class="digest-fallback" title="غير متوفر بالعربية">(الألمانية)</small>'
    )
    assert text.show({"de": "Nur deutsch", "ar": "عربي"}) == "عربي"


def test_text_from_content_cannot_become_markup():
    assert escape("<script>alert(1)</script> [x](javascript:y) *b* \u202eabc") == (
        "&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\[x\\]\\(javascript:y\\) \\*b\\* abc"
    )


@pytest.mark.parametrize(
    "lang, value, unit, expected",
    [
        ("de", 14000, "jobs", "<bdi>14\\.000 Stellen</bdi>"),
        ("ar", 14000, "jobs", f"<bdi>{RLM}14,000 وظيفة</bdi>"),
        ("de", 1200000000, "EUR", "<bdi>1,2 Mrd\\. €</bdi>"),
        # Babel < 2.19 gives no mark to the compact amount, 2.19 one: the page has one either way
        ("ar", 1200000000, "EUR", f"<bdi>{RLM}1\\.2 مليار €</bdi>"),
        ("ar", 4200, "EUR", f"<bdi>{RLM}4,200 €</bdi>"),
        ("ar", 4.5, "percent", f"<bdi>{RLM}4\\.5%</bdi>"),
        # Babel 2.19 puts the mark after the minus, older Babel nowhere: one mark, before the minus
        ("ar", -2000000000, "EUR", f"<bdi>{RLM}\\-2 مليار €</bdi>"),
        ("ar", -4200, "EUR", f"<bdi>{RLM}\\-4,200 €</bdi>"),
        ("de", 4.5, "percent", "<bdi>4,5 %</bdi>"),
        ("de", 300000000, "subscribers", "<bdi>300 Millionen Abonnenten</bdi>"),
    ],
)
def test_figures_are_localised(lang, value, unit, expected):
    assert Text(lang, LANGUAGES).figure(value, unit) == expected


def test_a_date_counted_back_from_a_relative_timestamp_is_shown_as_an_estimate(tmp_path):
    """'منذ 3 أيام' read on 14 March gives 11 March, a day or more off: the page says 'about'
    and what it was read from; a stated date is shown as it is."""
    import shutil

    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    path = content / "articles" / "nordwerk-yuqallis-alwazaif.md"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "published: 2026-03-11\n", "published: 2026-03-11\npublished_from: منذ 3 أيام\nretrieved: 2026-03-14\n"), encoding="utf-8")
    graph = load_graph(content)
    pages = {lang: render_language(graph, lang, LANGUAGES) for lang in LANGUAGES}
    german = pages["de"]["articles/nordwerk-yuqallis-alwazaif.md"]
    assert "etwa <bdi>11. März 2026</bdi> (aus „<bdi>منذ 3 أيام</bdi>“, abgerufen am <bdi>14. März 2026</bdi>)" in german
    assert "نحو <bdi>" in pages["ar"]["articles/nordwerk-yuqallis-alwazaif.md"]
    assert "etwa <bdi>11. März 2026</bdi>" in pages["de"]["events/nordwerk-stellenabbau-2026.md"]  # in the coverage list
    assert "etwa" not in pages["de"]["articles/nordwerk-baut-stellen-ab.md"]


def test_an_article_without_a_known_date_shows_none(tmp_path):
    import shutil

    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    path = content / "articles" / "nordwerk-yuqallis-alwazaif.md"
    path.write_text(path.read_text(encoding="utf-8").replace("published: 2026-03-11\n", ""), encoding="utf-8")
    page = render_language(load_graph(content), "de", LANGUAGES)["articles/nordwerk-yuqallis-alwazaif.md"]
    assert "Veröffentlicht" not in page
