"""`digest ingest` end to end: entries written, stories paired, names joined, hand edits kept.

The articles in tests/fixtures/ingest are invented: a German and an Arabic report of one
story, a later English article about the same company, and a German article about another
story that mentions the first company and one of its figures in passing.
"""

import datetime
from pathlib import Path

import pytest

from generator.entries.store import load_entry
from generator.errors import ContentError
from generator.graph import load_graph
from generator.ingest.run import ingest
from generator.ingest import names
from generator.ingest.knowledge import form_of

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
DE, AR, EN, HARBOUR = (FIXTURES / name for name in ("nordwerk-de.txt", "nordwerk-ar.txt", "nordwerk-en.txt", "harbour-de.txt"))
RETRIEVED = datetime.date(2026, 6, 3)


def entry(content: Path, folder: str, entry_id: str) -> dict:
    loaded = load_entry(content / folder / f"{entry_id}.md", entry_id, folder)
    return loaded.data


def entry_ids(content: Path, folder: str) -> list[str]:
    """The ids of a content folder's entries, sorted."""
    return sorted(path.stem for path in (content / folder).glob("*.md"))


def ingest_texts(tmp_path: Path, *texts: str):
    """These articles ingested in order into tmp_path/content, each from a file of its own: (the
    content folder, ingest's report)."""
    paths = []
    for number, text in enumerate(texts, start=1):
        paths.append(tmp_path / f"article-{number}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    content = tmp_path / "content"
    return content, ingest(paths, content, RETRIEVED)


def tree(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def test_two_languages_are_one_story_with_one_entry_per_person(tmp_path):
    content = tmp_path / "content"
    report = ingest([DE, AR], content, RETRIEVED)
    german, arabic = (entry(content, "articles", placed.article) for placed in report.placed)
    assert german["event"] == arabic["event"]
    assert german["language"] == "de" and arabic["language"] == "ar"
    karl = entry(content, "people", "karl-schmidt")
    assert dict(karl["name"]) == {"de": "Karl Schmidt", "ar": "كارل شميت"}
    assert "karl-schmidt" in arabic["people"] and "karl-schmidt" in german["people"]
    sophie = entry(content, "people", "sophie-wagner")
    assert dict(sophie["name"]) == {"de": "Sophie Wagner", "ar": "صوفي فاغنر"}
    assert set(german["companies"]) & set(arabic["companies"]), "the company is one entry in both"
    load_graph(content)  # every entry valid, every link resolves


def test_a_teaser_and_a_passing_mention_do_not_pair_stories(tmp_path):
    content = tmp_path / "content"
    report = ingest([DE, HARBOUR], content, RETRIEVED)
    nordwerk, harbour = report.placed
    assert nordwerk.story != harbour.story
    german = entry(content, "articles", nordwerk.article)
    assert not any("stahl" in company for company in german["companies"]), "teaser companies are not the article's"


def test_one_call_and_one_call_per_file_give_the_same_entries(tmp_path):
    together, apart = tmp_path / "together", tmp_path / "apart"
    ingest([DE, AR, HARBOUR, EN], together, RETRIEVED)
    for path in (DE, AR, HARBOUR, EN):
        ingest([path], apart, RETRIEVED)
    assert tree(together) == tree(apart)


def test_ingesting_again_changes_nothing(tmp_path):
    content = tmp_path / "content"
    ingest([DE, AR], content, RETRIEVED)
    before = tree(content)
    report = ingest([DE, AR], content, RETRIEVED)
    assert (report.created, report.updated, len(report.unchanged)) == ([], [], 2)
    assert tree(content) == before


def test_hand_edits_survive_and_a_new_mention_is_added(tmp_path):
    content = tmp_path / "content"
    ingest([DE, AR], content, RETRIEVED)
    path = content / "people" / "karl-schmidt.md"
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    role_start = next(index for index, line in enumerate(lines) if line.startswith("  - title:"))
    role_end = next(index for index, line in enumerate(lines[role_start + 1:], role_start + 1) if not line.startswith("    "))
    del lines[role_start:role_end]  # the editor deletes the first role
    edited = "".join(lines).replace("de: Karl Schmidt", "de: Karl F. Schmidt  # his own spelling")
    edited = edited.replace("type: person\n", "type: person\nextra:\n  checked: yes\n")
    path.write_text(edited, encoding="utf-8")

    report = ingest([DE, AR, EN], content, RETRIEVED)

    english = entry(content, "articles", report.placed[-1].article)
    assert "karl-schmidt" in english["people"], "the corrected name is still recognised"
    after = path.read_text(encoding="utf-8")
    assert "de: Karl F. Schmidt  # his own spelling\n" in after
    assert "extra:\n  checked: yes\n" in after
    kept = [line for line in edited.splitlines() if line.strip() and line != "---"]
    assert all(line in after.splitlines() for line in kept), "every hand-edited line is still there"


def test_invalid_content_stops_ingest_before_anything_is_written(tmp_path):
    content = tmp_path / "content"
    ingest([DE], content, RETRIEVED)
    broken = content / "people" / "karl-schmidt.md"
    broken.write_text("---\nid: karl-schmidt\ntype: person\nname: [oops\n---\n", encoding="utf-8")
    before = tree(content)
    with pytest.raises(ContentError, match="karl-schmidt.md"):
        ingest([AR], content, RETRIEVED)
    assert tree(content) == before


def test_a_dangling_reference_stops_ingest_as_it_stops_the_build(tmp_path):
    content = tmp_path / "content"
    ingest([DE], content, RETRIEVED)
    person = content / "people" / "karl-schmidt.md"
    person.write_text(person.read_text(encoding="utf-8").replace("organization: ", "organization: no-such-", 1), encoding="utf-8")
    assert "no-such-" in person.read_text(encoding="utf-8")
    before = tree(content)
    with pytest.raises(ContentError, match="unknown company 'no-such-"):
        ingest([AR], content, RETRIEVED)
    assert tree(content) == before


def test_the_ingest_command_prints_what_it_created(tmp_path, capsys):
    from generator.cli import main

    code = main(["ingest", "--content", str(tmp_path / "content"), "--retrieved", "2026-05-01", str(DE)])
    printed = capsys.readouterr().out.splitlines()
    assert code == 0
    assert f"created {(tmp_path / 'content' / 'people' / 'karl-schmidt.md').as_posix()}" in printed


def test_a_surname_alone_in_a_later_story_joins_the_one_person_of_that_surname(tmp_path):
    content, _ = ingest_texts(
        tmp_path,
        "Nordwerk ernennt neue Chefin\n\nMusterstadt (dpa) – Der Maschinenbauer Nordwerk hat Anna Quellberg zur "
        "Vorstandschefin ernannt, teilte das Unternehmen am Montag mit. Sie folgt auf den langjährigen Chef.\n",
        "Nordwerk streicht Stellen\n\nMusterstadt (dpa) – Der Maschinenbauer Nordwerk will 800 Stellen streichen. "
        "Nordwerk-Chefin Quellberg sagte am Dienstag, der Schritt sei unvermeidlich.\n",
        "Hafen Musterstadt wächst\n\nMusterstadt (dpa) – Der Hafen von Musterstadt hat mehr Container umgeschlagen. "
        "Hafenchef Probst sagte am Mittwoch, das Wachstum gehe weiter.\n")
    people = entry_ids(content, "people")
    assert "anna-quellberg" in people and "quellberg" not in people  # 'Quellberg' alone was an entry of its own
    assert "probst" in people  # a surname nobody else has keeps an entry of its own (the tagger alone doubted it)


def test_a_known_person_in_another_transliteration_joins_the_starter_record_and_a_near_miss_does_not(tmp_path):
    content, _ = ingest_texts(
        tmp_path,
        "إنفيديا تعلن نتائجها\n\nقال الرئيس التنفيذي لشركة إنفيديا جينسين هوانغ اليوم الأربعاء إن الطلب على الرقائق "
        "قوي، وقال جان أوزتورك، مدير شركة نوردفيرك، إن القرار يساعد الشركات.\n",
        "Nvidia reports results\n\nNvidia chief executive Jensen Huang said on Wednesday that demand for its chips "
        "remained strong across every region and customer group.\n")
    people = entry_ids(content, "people")
    assert "jensen-huang" in people and len(people) == 2  # 'جينسين هوانغ' was an entry of its own beside the record's 'جنسن هوانغ'
    assert "jonas-gahr-store" not in people  # 'جان أوزتورك' reads 0.8 like the Norwegian prime minister: no guess


def archived(tmp_path: Path, source: Path, marker: str) -> Path:
    """A copy of a fixture as a web archive's extracted text gives it: the page's date first."""
    copy = tmp_path / "raw" / f"{marker.replace(' ', '-')}-{source.name}"
    copy.parent.mkdir(exist_ok=True)
    copy.write_text(f"{marker} {source.read_text(encoding='utf-8')}", encoding="utf-8")
    return copy


def test_an_archived_pages_date_is_its_publication_date_and_months_apart_are_two_stories(tmp_path):
    content = tmp_path / "content"
    report = ingest([archived(tmp_path, DE, "date 2024-09-13"), archived(tmp_path, AR, "date 2024-09")], content, RETRIEVED)
    german, arabic = (entry(content, "articles", placed.article) for placed in report.placed)
    assert german["event"] == arabic["event"]  # the same month: the same story, as without the dates
    assert str(german["published"]) == "2024-09-13" and not str(german["title"]["de"]).startswith("date")
    assert str(entry(content, "events", german["event"])["date"]) != "2024-09"  # the German page's day is better

    later = tmp_path / "later"
    report = ingest([archived(tmp_path, DE, "date 2024-09"), archived(tmp_path, AR, "date 2025-03")], later, RETRIEVED)
    german, arabic = report.placed
    assert german.story != arabic.story  # half a year apart: not one story, however alike
    assert str(entry(later, "events", arabic.story)["date"]) == "2025-03"  # no date in its text: the page's month


def test_a_short_name_is_not_joined_by_likeness_to_a_record_of_another_story(tmp_path):
    """Skeletons drop vowels: 'Lea Aydan' reads L ... TN, like the first and last word of the
    King of Jordan's alias 'العاهل الأردني الملك عبدالله الثاني'; 'Emmett' reads 'Ahmed' (MT)."""
    content, _ = ingest_texts(
        tmp_path,
        "Nordwerk senkt Prognose\n\nMusterstadt (dpa) – Der Maschinenbauer Nordwerk senkt seine Prognose. "
        "Lea Aydan, Finanzchefin von Nordwerk, sagte am Montag, die Nachfrage sei schwach. "
        "Emmett Shar, Vertriebschef von Nordwerk, sagte, die Lage bessere sich im Herbst.\n")
    people = entry_ids(content, "people")
    assert people == ["emmett-shar", "lea-aydan"]


def test_names_tell_enough_to_join_across_stories_only_with_enough_letters_and_words():
    assert not names.telling(form_of("people", "Lea Aydan"), form_of("people", "العاهل الأردني الملك عبدالله الثاني"))
    assert not names.telling(form_of("people", "Liu Yan"), form_of("people", "Lee Jae-yong"))  # three words against two
    assert names.telling(form_of("people", "Anna Quellberg"), form_of("people", "آنا كويلبرغ"))
    # a consonant more in both words (MRL TS, MR TSK): two people, each word only 0.8 alike
    assert not names.telling(form_of("people", "Marel Tassi"), form_of("people", "Mare Tassik"))
    assert names.telling(form_of("people", "Marel Tassi"), form_of("people", "ماريل تاسيك"))  # the first word the same


def test_the_central_bank_as_an_article_calls_back_its_countrys_is_no_alias_and_joins_no_other_country(tmp_path):
    content, _ = ingest_texts(
        tmp_path,
        "المركزي المغربي يثبت الفائدة\n\nقرر البنك المركزي المغربي الإبقاء على سعر الفائدة الرئيسي دون تغيير. وقال البنك المركزي "
        "في بيان إن التضخم تراجع خلال الأشهر الأخيرة، وإن النمو الاقتصادي سيتحسن في العام المقبل بحسب توقعاته.\n",
        "المركزي النرويجي يرفع الفائدة\n\nرفع البنك المركزي النرويجي سعر الفائدة الرئيسي ربع نقطة مئوية. وقال البنك المركزي "
        "في بيان إن التضخم ما زال مرتفعا، وإن الأجور ارتفعت بأسرع مما توقعه الاقتصاديون في بداية العام الحالي.\n")
    companies = {entry_id: entry(content, "companies", entry_id) for entry_id in entry_ids(content, "companies")}
    assert len(companies) == 2, companies
    assert not [data for data in companies.values() if "البنك المركزي" in (data.get("aliases") or [])]


@pytest.mark.parametrize("text, expected", [
    ("إيه جي آي", "AGI"), ("بنك يو بي إس", "بنك UBS"), ("جي.اس.ام.ايه", "GSMA"), ("كيه إل إم", "KLM"),
    ("سي.في.سي", "CVC"),  # a letter that is also a word ('في') only between dots
    ("شركة في دبي", "شركة في دبي"), ("بي", "بي"), ("نوردفيرك", "نوردفيرك"),  # one letter alone is a word
])
def test_latin_letters_spelled_out_in_arabic_read_as_those_letters(text, expected):
    assert names.latin_letters(text) == expected


def test_an_acronym_first_seen_spelled_out_in_arabic_gets_its_letters_as_id_and_joins_the_latin_one(tmp_path):
    content, _ = ingest_texts(
        tmp_path,
        "غرامة على شركة كيو زد إكس\n\nفرضت هيئة الرقابة المالية غرامة على شركة «كيو زد إكس» الألمانية بسبب مخالفات في "
        "حساباتها، وقالت شركة «كيو زد إكس» إنها ستطعن في القرار أمام المحكمة.\n",
        "Strafe für QZX\n\nMusterstadt (dpa) – Die Finanzaufsicht hat gegen den Vermögensverwalter QZX eine Strafe "
        "verhängt. Die QZX AG will gegen die Entscheidung vor Gericht ziehen.\n")
    companies = entry_ids(content, "companies")
    assert "qzx" in companies and not any(stem.startswith("qzx-") for stem in companies)  # one entry, not "qzx" and "qzx-2"
    assert not any("kiw" in stem or "zad" in stem or "aks" in stem for stem in companies)  # no romanised letter names


def test_an_inflected_known_name_written_as_one_word_adopts_the_record(tmp_path):
    content, _ = ingest_texts(
        tmp_path,
        "Nordwerk streicht Stellen\n\nMusterstadt – Der Maschinenbauer Nordwerk will 800 Stellen streichen. "
        "Das geht aus einer Meldung der Deutschen Presseagentur hervor, die sich auf Unternehmenskreise beruft.\n")
    companies = entry_ids(content, "companies")
    assert "dpa" in companies and not any("presseagentur" in stem for stem in companies)  # the record's id and names


def test_a_short_arabic_name_whose_romanisation_is_a_latin_entry_of_the_story_joins_it(tmp_path):
    content, report = ingest_texts(
        tmp_path,
        DE.read_text(encoding="utf-8").rstrip("\n") + " Der Zulieferer Zida liefert dem Werk die Antriebe.\n",
        AR.read_text(encoding="utf-8").rstrip("\n") + " وقالت شركة «زيدا» إنها ستواصل توريد المحركات للمصنع.\n")
    assert report.placed[0].story == report.placed[1].story
    companies = entry_ids(content, "companies")
    assert "zida" in companies and "zida-2" not in companies  # 'زيدا' is too short to join by its sound
    assert "zida" in entry(content, "articles", report.placed[1].article)["companies"]


def test_an_article_without_a_headline_is_titled_by_its_leads_first_sentence(tmp_path):
    """A stored copy that starts with the article has no headline: its entry and its story are
    titled by the lead's first words, not by the file's name."""
    content, report = ingest_texts(tmp_path, (
        "Musterstadt (dpa) – Der Autozulieferer Nordwerk streicht in seinem Werk in Musterstadt rund 1.200 Stellen, wie "
        "das Unternehmen am Montag mitteilte. Vorstandschef Karl Schmidt nannte die schwache Nachfrage als Grund.\n\n"
        "Der Betriebsrat kündigte Widerstand an. Die Gewerkschaft will mit dem Vorstand über einen Sozialplan verhandeln, "
        "der Abfindungen und Umschulungen für die betroffenen Beschäftigten vorsieht.\n"))
    article = entry(content, "articles", report.placed[0].article)
    assert article["title"]["de"] == "Der Autozulieferer Nordwerk streicht in seinem Werk in Musterstadt rund 1.200 Stellen, wie das …"
    assert "article-1" not in report.placed[0].article


def test_a_long_nasab_joins_the_record_of_its_short_form(tmp_path):
    """The starter writes 'تميم بن حمد' and 'محمد بن زايد'; an article writes the full nasab."""
    content, _ = ingest_texts(
        tmp_path,
        "قمة خليجية\n\nاستقبل أمير قطر الشيخ تميم بن حمد بن خليفة آل ثاني اليوم الأحد رئيس الدولة الشيخ محمد بن زايد بن سلطان "
        "آل نهيان في الدوحة، وبحث الجانبان العلاقات الثنائية والتعاون الاقتصادي بين البلدين.\n")
    people = entry_ids(content, "people")
    assert "tamim-bin-hamad" in people and "mohamed-bin-zayed" in people
