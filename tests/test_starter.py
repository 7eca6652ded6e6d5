"""The starter knowledge base (generator/ingest/starter.py): names that content/ does not know yet
are recognised from it, and the first article that names one creates its entry with the
record's id and names; content/'s own entries win. Records and pages are invented."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from generator.entries import load_entries
from generator.ingest import starter as starter_base
from generator.ingest.run import ingest
from generator.ingest.starter import Record, Starter, load_records

RECORDS = [
    Record("acme-motors", "companies", {"en": "Acme Motors", "de": "Acme Motors", "ar": "أكمي موتورز"},
           ("Acme Motors AG", "أكمي للسيارات")),
    Record("acme-motors-finance", "companies", {"en": "Acme Motors Finance"}, (), kind="division", parent="acme-motors"),
    Record("quellwerk", "companies", {"en": "Quellwerk", "ar": "كويلفيرك"}),
    Record("jane-roe-beispiel", "people", {"en": "Jane Roe-Beispiel", "ar": "جين رو بايشبيل"}),
    Record("quell-bank", "companies", {"en": "Quell Bank"}, ("Bahn", "Post")),  # aliases that are ordinary words
    Record("morgan-quell", "companies", {"en": "Morgan Quell"}, kind="fund"),  # begins with a given name
    Record("die-zeitung", "companies", {"de": "Die Zeit"}, ("Euro Finanz",)),
    Record("safe-fund", "companies", {"en": "SAFE"}, kind="fund"),
    Record("dellwerk", "companies", {"en": "Dellwerk"}),
    Record("xylo-holdings", "companies", {"en": "Xylo Holdings"}, ("Quellnet",)),
    Record("quellrote", "companies", {"de": "Quellrote"}, kind="party"),
    Record("quellische-zentralbank", "companies", {"de": "Quellische Zentralbank"}, ("QZB",), kind="central_bank"),
    Record("ig-quellmetall", "companies", {"de": "IG Quellmetall"}, kind="union"),
    Record("quell-gruene", "companies", {"de": "Grüne"}, kind="association"),  # a name that is an ordinary word
    Record("gree-quell", "companies", {"en": "Gree"}),  # 'Green' is no weak form of it
    Record("qps-post", "companies", {"en": "QPS", "ar": "كيو بي إس"}),  # two records, one Arabic spelling
    Record("qbs-bank", "companies", {"en": "QBS", "ar": "كيو بي إس"}),
]
RETRIEVED = datetime.date(2026, 5, 10)
#: a second paragraph, so that every page is long enough to be an article
MORE = "\n\nDie Gespräche mit dem Betriebsrat sollen in den kommenden Wochen beginnen, teilte das Unternehmen mit.\n"
MORE_AR = "\n\nوقالت مصادر مطلعة إن المفاوضات مع النقابات ستبدأ خلال الأسابيع المقبلة في المقر الرئيسي.\n"


@pytest.fixture(autouse=True)
def starter(monkeypatch):
    from generator.ingest import knowledge
    from generator.ingest.tagger import features, tagger

    # what is built from these records once per process (the name index, the tagger's gazetteer
    # and its taggings) must neither come from the real base nor outlive the test
    caches = [knowledge.starter_index, features.load_lexicon, tagger.load_tagger, tagger.analysed_line]
    for cached in caches:
        cached.cache_clear()
    monkeypatch.setattr(starter_base, "load_starter", lambda: Starter(RECORDS))
    yield
    for cached in caches:
        cached.cache_clear()


def ingested(tmp_path: Path, name: str, text: str, content: Path | None = None) -> dict:
    content = content or tmp_path / "content"
    article = tmp_path / name
    article.write_text(text + (MORE_AR if "\u0627" in text else MORE), encoding="utf-8")
    report = ingest([article], content, RETRIEVED)
    assert not report.failed, report.failed
    entries, problems, _ = load_entries(content)
    assert not problems
    return {(entry.folder, entry.id): entry.data for entry in entries}


def test_a_known_organisation_gets_the_records_id_and_names(tmp_path):
    entries = ingested(tmp_path, "a.txt", "Acme baut 800 Stellen ab\n\nDie Acme Motors AG will 800 Stellen streichen, sagte ein Sprecher am Montag.\n")
    data = entries[("companies", "acme-motors")]
    assert dict(data["name"]) == {"de": "Acme Motors", "ar": "أكمي موتورز", "en": "Acme Motors"}
    assert not data.get("aliases")  # the article's spelling is one of the record's


def test_a_spelling_two_records_share_makes_neither_entry_find_the_others_articles(tmp_path):
    content = tmp_path / "content"
    ingested(tmp_path, "a.txt", "Paketdienst wächst\n\nDer Paketdienst QPS meldet mehr Sendungen, sagte ein Sprecher am Montag.\n", content)
    ingested(tmp_path, "b.txt", "بنك يستحوذ\n\nاستحوذ بنك «كيو بي إس» على منافسه الأصغر يوم الأحد، وفق بيان رسمي.\n", content)
    entries = ingested(tmp_path, "c.txt", "Bank übernimmt\n\nDie Großbank QBS übernimmt ihren Rivalen, sagte ein Sprecher am Montag.\n", content)
    assert "ar" not in entries[("companies", "qps-post")]["name"]  # 'كيو بي إس' is no name of QPS's alone
    assert ("companies", "qbs-bank") in entries  # QBS is not taken for QPS through the shared spelling


def test_a_known_name_is_recognised_without_a_legal_form_in_latin_and_arabic_script(tmp_path):
    entries = ingested(tmp_path, "a.txt", "Zulieferer unter Druck\n\nDer Zulieferer Quellwerk meldet Verluste. "
                                          "Auch bei Acme Motors sinken die Verkäufe, hieß es in Musterstadt.\n")
    assert {("companies", "quellwerk"), ("companies", "acme-motors")} <= set(entries)
    entries = ingested(tmp_path, "b.txt", "خسائر\n\nأعلنت كويلفيرك عن خسائر كبيرة هذا العام بحسب بيان صدر اليوم في المدينة.\n",
                       tmp_path / "content-ar")
    assert ("companies", "quellwerk") in entries


def test_an_ordinary_word_alone_is_not_taken_for_an_organisation(tmp_path):
    entries = ingested(tmp_path, "a.txt", "Bahn frei\n\nDie Bahn fährt wieder, und die Post kommt pünktlich. Die Zeit drängt, "
                                          "sagte Jane Roe-Beispiel am Montag in Musterstadt. Es geht um drei Milliarden Euro. "
                                          "Finanz-Experten sind skeptisch, und Safe ist hier niemand.\n")
    assert not [key for key in entries if key[0] == "companies"]  # 'Bahn', 'Post', 'Die Zeit', 'Euro. Finanz', 'Safe'


def test_a_known_organisations_name_is_no_person_and_a_persons_name_hides_no_organisation(tmp_path):
    entries = ingested(tmp_path, "a.txt", "Bank legt zu\n\nMorgan Quell meldete am Montag einen höheren Gewinn. "
                                          "Michael Dellwerk sagte, Dellwerk werde 300 Leute einstellen, und der Fonds SAFE steigt ein.\n")
    assert ("companies", "morgan-quell") in entries and ("people", "morgan-quell") not in entries
    assert {("companies", "dellwerk"), ("companies", "safe-fund")} <= set(entries)  # 'Dellwerk' after the name, 'SAFE' in capitals


def test_a_parent_that_would_make_a_company_its_own_ancestor_is_not_written(tmp_path):
    ingested(tmp_path, "a.txt", "Finanzsparte\n\nDie Acme Motors AG gründet die Acme Motors Finance, sagte ein Sprecher am Montag.\n")
    entries = ingested(tmp_path, "b.txt", "Umbau\n\nDie Acme-Motors-Finance-Tochter Acme Motors AG bleibt verschont, "
                                          "sagte ein Sprecher am Dienstag.\n")
    parents = {key[1]: data.get("parent") for key, data in entries.items() if key[0] == "companies"}
    assert parents["acme-motors-finance"] == "acme-motors"  # from the record
    assert parents["acme-motors"] is None  # the text says the reverse: not written, content/ still loads


def test_a_known_person_gets_the_records_id_and_names(tmp_path):
    entries = ingested(tmp_path, "a.txt", "Wechsel\n\nJane Roe-Beispiel sagte am Montag, sie bleibe bis Jahresende im Amt.\n")
    assert dict(entries[("people", "jane-roe-beispiel")]["name"]) == {"ar": "جين رو بايشبيل", "en": "Jane Roe-Beispiel"}


def test_the_editors_entry_wins_and_the_records_spellings_still_find_it(tmp_path):
    companies = tmp_path / "content" / "companies"
    companies.mkdir(parents=True)
    (companies / "acme-motors.md").write_text("---\nid: acme-motors\ntype: company\nname:\n  de: Acme (Konzern)\n---\n", encoding="utf-8")
    entries = ingested(tmp_path, "a.txt", "Acme baut 800 Stellen ab\n\nDie Acme Motors AG will 800 Stellen streichen, sagte ein Sprecher am Montag.\n")
    assert dict(entries[("companies", "acme-motors")]["name"]) == {"de": "Acme (Konzern)"}
    assert [key for key in entries if key[0] == "companies"] == [("companies", "acme-motors")]


def test_a_name_the_editor_gave_to_another_entry_finds_that_entry_not_the_record(tmp_path):
    companies = tmp_path / "content" / "companies"
    companies.mkdir(parents=True)
    (companies / "quellnet.md").write_text("---\nid: quellnet\ntype: company\nname:\n  de: Quellnet\n---\n", encoding="utf-8")
    entries = ingested(tmp_path, "a.txt", "Netz\n\nDie Quellnet GmbH und die Xylo Holdings AG bauen ein Netz, sagte ein Sprecher am Montag.\n")
    assert {key[1] for key in entries if key[0] == "companies"} == {"quellnet", "xylo-holdings"}
    article = next(data for key, data in entries.items() if key[0] == "articles")
    assert sorted(article["companies"]) == ["quellnet", "xylo-holdings"]


def test_the_shipped_records_load_with_valid_unique_ids_and_known_parents():
    from generator.entries.ids import make_id

    records = load_records()
    assert len(records) > 3000
    for folder in ("companies", "people"):
        ids = [record.id for record in records if record.folder == folder]
        assert len(ids) == len(set(ids)), [id_ for id_ in set(ids) if ids.count(id_) > 1][:10]
    assert [record.id for record in records if make_id(record.id) != record.id] == []  # the entry gets the record's id
    companies = {record.id for record in records if record.folder == "companies"}
    assert [record.id for record in records if record.parent and record.parent not in companies] == []


def test_the_index_kept_in_the_cache_is_the_index_of_the_shipped_records(monkeypatch, tmp_path):
    from generator.ingest.starter import by_folder, index_of

    monkeypatch.setenv("DIGEST_CACHE_DIR", str(tmp_path / "cache"))
    records = load_records()
    loaded = starter_base.starter_from_files()  # the index made and written to the cache
    again = starter_base.starter_from_files()  # read back from it
    fresh = Starter(records, index_of(by_folder(records)))
    assert loaded.by_key == again.by_key == fresh.by_key and loaded.acronyms == again.acronyms == fresh.acronyms
    assert list(tmp_path.joinpath("cache").glob("starter-index-*.json"))


def organisations_of(text: str) -> list[tuple[str, list[str]]]:
    from generator.ingest.pipeline import extract
    from generator.ingest.reader import Source

    text += MORE
    draft = extract(Source(Path("page.txt"), text.encode(), "txt", text, "utf-8"), RETRIEVED)
    return [(company["name"], company["aliases"]) for company in draft.companies]


def test_a_german_compound_or_weak_ending_names_the_known_organisation():
    found = organisations_of("Streit um Werk\n\nDer Quellwerk-Chef sprach am Montag in Musterstadt von einer schwierigen Lage, "
                             "und bei den Quellroten ist man unzufrieden mit dem Plan der Regierung für das Werk.\n")
    # a genitive's s is dropped ('Quellwerks' -> 'Quellwerk'); a plural adjective's weak ending is the name's case, kept as
    # written as the annotation conventions keep case ('den Quellroten'); the record's name 'Quellrote' is its canonical
    assert [name for name, _ in found] == ["Quellwerk", "Quellroten"]
    found = organisations_of("Vertrag unterzeichnet\n\nDie Quellwerk AG hat mit der Musterstadt Green Hydrogen Company "
                             "einen Liefervertrag über Ammoniak unterzeichnet.\n")
    assert "Green" not in [name for name, _ in found]  # a weak ending follows a consonant and e, not two vowels


def test_two_names_of_one_record_are_one_organisation_and_two_records_stay_two():
    found = organisations_of("Zinsen sinken\n\nDie Quellische Zentralbank senkt die Zinsen. Die QZB teilte am Donnerstag in "
                             "Musterstadt mit, der Schritt sei nötig. Acme Motors Finance meldet Gewinne, Acme Motors dagegen Verluste.\n")
    assert found == [("Quellische Zentralbank", ["QZB"]), ("Acme Motors Finance", []), ("Acme Motors", [])]


def test_a_rules_reading_that_cuts_through_a_known_name_gives_way_to_it():
    found = organisations_of("Tarif\n\nDas Management und die Gewerkschaft IG Quellmetall haben sich am Montag in Musterstadt "
                             "auf einen Sparkurs geeinigt, teilte ein Sprecher mit.\n")
    assert [name for name, _ in found] == ["IG Quellmetall"]


def test_a_known_name_in_brackets_after_a_person_is_their_organisation_even_when_an_ordinary_word():
    found = organisations_of("Streit um Strompreise\n\nDer Strompreis ist zu hoch, sagte Ministerin Anna Beispiel (Grüne) am "
                             "Montag in Musterstadt vor Journalisten.\n")
    assert [name for name, _ in found] == ["Grüne"]


def test_a_latin_g_spelt_either_way_in_arabic_finds_the_record():
    from generator.ingest.names import name_key
    from generator.ingest.starter import Record, Starter

    starter = Starter([Record("quellgate", "companies", {"en": "Quellgate", "ar": "كويلغيت"})])
    assert starter.find("companies", ["كويلجيت"]) == "quellgate"  # 'غ' in the Gulf, 'ج' in Egypt
    assert name_key("كويلجيت") in starter.first_words["companies"]


def test_a_known_name_written_with_arabic_marks_is_found():
    from generator.ingest.steps.known_organisations import starter_names

    starter = Starter([Record("karim-quellawi", "people", {"en": "Karim Quellawi", "ar": "كريم كويلاوي"})])
    line = "تونس - فاز كريّم كويلاوي بولاية ثانية"  # a shadda inside the first name
    assert [(found, text) for found, text, _ in starter_names(line, starter, "people", "ar", 2)] == \
        [("karim-quellawi", "كريّم كويلاوي")]


def test_a_latin_name_is_told_by_an_entrys_latin_spellings_not_its_arabic_transliteration():
    from generator.ingest.knowledge import best_match, form_of, Known

    # 'Osman Dune' in Arabic script reads like a misspelt 'Tamin ... Thani': the Latin names differ
    known = {"osman-dune": Known("osman-dune", forms=[form_of("people", "Osman Dune"), form_of("people", "عثمان ديون")],
                                 arabic=[False, True])}
    by_block = {("last", start): {"osman-dune"} for start in ("TN", "DN")}
    assert best_match("people", ["Tamin bin Hamad Al-Thani"], known, by_block) is None
    assert best_match("people", ["عثمان ديون"], known, by_block) == "osman-dune"


def test_a_german_declined_name_finds_the_organisations_record_and_a_shared_form_finds_none():
    starter = Starter([Record("quellische-zentralbank", "companies", {"de": "Quellische Zentralbank"}),
                       Record("weisses-quellhaus", "companies", {"de": "Weißes Quellhaus"}),
                       Record("quellbank-norden", "companies", {"de": "Quellbank Norden"}),
                       Record("quellbanken-norden", "companies", {"de": "Quellbanken Norden"})])
    assert starter.find("companies", ["Quellischen Zentralbank"]) == "quellische-zentralbank"
    assert starter.find("companies", ["Weißen Quellhauses"]) == "weisses-quellhaus"
    assert starter.find("companies", ["Quellbanks Nordens"]) is None  # two records decline to it: no guess
    assert starter.find("people", ["Quellischen Zentralbank"]) is None  # people are not declined



def test_an_arabic_foreign_name_is_found_with_or_without_the_article_but_a_common_word_is_not():
    starter = Starter([Record("quell-post", "companies", {"en": "The Quell Post", "ar": "الكويلبوست"}),
                       Record("quell-times", "companies", {"en": "Quell Times", "ar": "كويلتايمز"}),
                       Record("al-ittihad-quell", "companies", {"en": "Al Ittihad Quell", "ar": "الاتحاد"})])
    assert starter.find("companies", ["كويلبوست"]) == "quell-post"
    assert starter.find("companies", ["الكويلتايمز"]) == "quell-times"
    assert starter.find("companies", ["اتحاد"]) is None  # a common word: the article makes another name of it


def test_a_known_name_that_is_a_persons_surname_written_from_its_particle_is_no_organisation(tmp_path):
    entries = ingested(tmp_path, "a.txt", "Veto aus Paris\n\n\"Das ist ein klares Nein\", sagte Wirtschaftsminister Bruno Le Dellwerk "
                                          "am Freitag dem Fernsehsender. Le Dellwerk beruft sich auf die Versorgungssicherheit des Landes.\n")
    assert ("companies", "dellwerk") not in entries and ("people", "bruno-le-dellwerk") in entries


def test_a_known_arabic_name_written_in_more_words_than_the_record_is_found():
    from generator.ingest.steps.known_organisations import starter_names

    starter = Starter([Record("quellnews", "companies", {"en": "Quellnews", "ar": "كويلنيوز"}),
                       Record("nord-air-lines", "companies", {"en": "Nord Air Lines", "ar": "نورد إيرلاينز"})])
    line = "وقالت شركة نورد إير لاينز، بحسب ما نشره موقع كويل نيوز اليوم، إنها ستلغي الرحلات"
    assert [found for found, _, _ in starter_names(line, starter, "companies", "ar")] == ["nord-air-lines", "quellnews"]


def test_a_known_arabic_name_of_one_word_that_is_a_common_word_is_no_name_alone():
    """'أراد' (he wanted) is also a record's Arabic name: a verb of the text is no organisation;
    the record is found where a longer name of it is written."""
    from generator.ingest.steps.known_organisations import starter_names

    starter = Starter([Record("arad-quell", "companies", {"en": "Arad Quell", "ar": "أرادَ"}, ("أراد كويل",))])
    line = "وقال إنه سيدعم إجراء انتخابات مبكرة إذا أراد المحتجون ذلك، بينما أعلنت شركة أراد كويل أرباحها"
    assert [text for _, text, _ in starter_names(line, starter, "companies", "ar")] == ["أراد كويل"]


def test_a_known_arabic_name_loses_the_country_adjective_after_it():
    from generator.ingest.langdata import load_language
    from generator.ingest.steps.organisation_rules import Organisation
    from generator.ingest.steps.organisations import without_demonym_of_record

    arabic = load_language("ar")
    known = Organisation("كويلفيرك الدنماركية", "كويلفيرك الدنماركية", None, None, records={"quellwerk"})
    assert without_demonym_of_record(known, arabic) == "كويلفيرك"
    # a name of its own that ends in the adjective, and a name the record does not have, stay
    unknown = Organisation("الخطوط الجوية الدنماركية", "الخطوط الجوية الدنماركية", None, None)
    assert without_demonym_of_record(unknown, arabic) is None
    other = Organisation("كويلفيرك للطاقة الدنماركية", "كويلفيرك للطاقة الدنماركية", None, None, records={"quellwerk"})
    assert without_demonym_of_record(other, arabic) is None


def test_a_known_arabic_name_inside_a_longer_one_is_an_alias():
    from generator.ingest.langdata import load_language
    from generator.ingest.steps.organisation_rules import Organisation
    from generator.ingest.steps.organisations import record_names_inside

    arabic = load_language("ar")
    agency = Organisation("وكالة كويلفيرك للأنباء", "وكالة كويلفيرك للأنباء", "media", None, records={"quellwerk"})
    assert record_names_inside(agency, arabic) == ["كويلفيرك"]
    assert record_names_inside(Organisation("وكالة كويلفيرك للأنباء", "", None, None), arabic) == []  # no record, no alias


def test_a_known_arabic_name_that_starts_with_a_hamza_is_no_word_with_the_article():
    from generator.ingest.steps.known_organisations import starter_names

    starter = Starter([Record("elquell", "companies", {"en": "Elquell", "ar": "إلكويل"})])
    found = starter_names("قرر مؤسسا إلكويل التنحي، وقال رئيس لإلكويل إن الشركة ستستمر", starter, "companies", "ar")
    assert [(record, text) for record, text, _ in found] == [("elquell", "إلكويل"), ("elquell", "إلكويل")]


def test_a_known_name_after_a_french_elision_is_recognised():
    from generator.ingest.steps.known_organisations import starter_names

    starter = Starter([Record("quellwerk", "companies", {"en": "Quellwerk"})])
    line = "Un appareil d’Quellwerk a perdu un panneau, selon l’Quellwerk lui-même"
    assert [(record, text, line[start:start + len(text)]) for record, text, start in starter_names(line, starter, "companies", "fr")] \
        == [("quellwerk", "Quellwerk", "Quellwerk")] * 2


def test_another_transliteration_finds_the_one_record_whose_skeleton_is_the_same(tmp_path, monkeypatch):
    # 'Nabil Qassim' is Nabil Kassem's name with other vowels (NBL KSM); Nabel Kastem's has a
    # consonant more (KSTM), close but not the same: the same skeleton wins, two the same would not
    records = [*RECORDS, Record("nabil-kassem", "people", {"en": "Nabil Kassem"}),
               Record("nabel-kastem", "people", {"en": "Nabel Kastem"})]
    from generator.ingest.knowledge import Knowledge, starter_index

    def found(base: list[Record]) -> str | None:
        monkeypatch.setattr(starter_base, "load_starter", lambda: Starter(base))
        starter_index.cache_clear()
        return Knowledge(tmp_path / "content").find_starter_similar("people", ["Nabil Qassim"])

    assert found(records) == "nabil-kassem"
    # (and in letters as close as a transliteration: a Latin spelling that only sounds alike is
    # another person's, 'Nabeel Qasem' no longer counts)
    assert found([*records, Record("nabil-kassim", "people", {"en": "Nabil Kassim"})]) is None


def test_an_arabic_banks_name_is_found_with_either_word_for_a_bank():
    base = Starter([Record("quell-central-bank", "companies", {"en": "Central Bank of Quellia", "ar": "البنك المركزي الكويلي"}),
                    Record("nordbank", "companies", {"en": "Nordbank", "ar": "مصرف نورد"})])
    assert base.find("companies", ["المصرف المركزي الكويلي"]) == "quell-central-bank"
    assert base.find("companies", ["بنك نورد"]) == "nordbank"
    assert base.find("companies", ["المصرف نورد"]) is None  # the article is part of the word swapped, not added


def test_a_fathers_name_tells_two_people_of_one_family_apart(tmp_path, monkeypatch):
    # 'Ahmad' and 'Muhammad' read alike (MT) and so do the family names: the middle name decides
    records = [*RECORDS, Record("ahmad-bin-said-al-quellan", "people", {"en": "Ahmad bin Said Al Quellan"}),
               Record("muhammad-bin-rashid-al-quellan", "people", {"en": "Muhammad bin Rashid Al Quellan"})]
    from generator.ingest.knowledge import Knowledge, starter_index

    monkeypatch.setattr(starter_base, "load_starter", lambda: Starter(records))
    starter_index.cache_clear()
    knowledge = Knowledge(tmp_path / "content")
    assert knowledge.find_starter_similar("people", ["Ahmed bin Saeed al-Quelan"]) == "ahmad-bin-said-al-quellan"
    assert knowledge.find_starter_similar("people", ["Mohammed bin Raschid al-Quelan"]) == "muhammad-bin-rashid-al-quellan"


def test_a_surname_alone_names_the_one_person_of_the_digest_that_has_it(tmp_path, monkeypatch):
    records = [*RECORDS, Record("karl-quellmann", "people", {"en": "Karl Quellmann"}),
               Record("anna-quellmann", "people", {"en": "Anna Quellmann"})]
    from generator.ingest.knowledge import Knowledge

    monkeypatch.setattr(starter_base, "load_starter", lambda: Starter(records))
    content = tmp_path / "content"
    assert Knowledge(content).by_surname("Quellmann") is None  # two records, no entry: no guess
    ingested(tmp_path, "a.txt", "Quellmann in Musterstadt\n\nMusterstadt – Der Präsident Karl Quellmann sagte am Montag, "
                                "die Zölle blieben.", content)
    assert Knowledge(content).by_surname("Quellmann") == "karl-quellmann"


def test_two_latin_spellings_that_only_sound_alike_are_two_people(tmp_path, monkeypatch):
    # skeletons drop vowels: 'Ralf' and 'Rolf' both read RLF, 'Osama' and 'Sam' both SM; a Latin
    # spelling of the same person differs in a few letters at most ('Chalid' for 'Khalid')
    records = [*RECORDS, Record("rolf-martin-quellmann", "people", {"en": "Rolf Martin Quellmann"}),
               Record("sam-altquell", "people", {"en": "Sam Altquell"}),
               Record("khalid-al-quellani", "people", {"en": "Khalid al-Quellani"})]
    from generator.ingest.knowledge import Knowledge, starter_index

    monkeypatch.setattr(starter_base, "load_starter", lambda: Starter(records))
    starter_index.cache_clear()
    knowledge = Knowledge(tmp_path / "content")
    assert knowledge.find_starter_similar("people", ["Ralf Quellmann"]) is None
    assert knowledge.find_starter_similar("people", ["Osama bin Latquell"]) is None
    assert knowledge.find_starter_similar("people", ["Chalid al-Quellani"]) == "khalid-al-quellani"


def test_an_acronym_spelt_out_in_arabic_letters_is_not_joined_to_a_name_that_sounds_like_its_consonants(tmp_path):
    """'إم كيو إن' is MQN: its skeleton is M K N, as 'Makin' reads; an acronym is found by its letters only."""
    from generator.ingest.knowledge import Knowledge

    content = tmp_path / "content" / "companies"
    content.mkdir(parents=True)
    (content / "makin-quell.md").write_text("---\nid: makin-quell\ntype: company\nname:\n  en: Makin\n  ar: ماكن\n---\n", encoding="utf-8")
    knowledge = Knowledge(tmp_path / "content")
    assert knowledge.find("companies", ["ماكين"]) == "makin-quell"  # another transliteration is found by sound
    assert knowledge.find("companies", ["إم كيو إن"]) is None


def test_a_known_organisations_one_word_name_before_a_persons_name_is_not_part_of_it(tmp_path):
    """'رئيس كويلفيرك سالم راشد المثالي': Quellwerk's chairman, where the article names the
    organisation otherwise ('مجموعة كويلفيرك الدولية'), is 'سالم راشد المثالي'."""
    entries = ingested(tmp_path, "a.txt", "كويلفيرك تستحوذ على منافستها\n\nأعلنت مجموعة كويلفيرك الدولية اليوم أنها ستشتري منافستها "
                                          "بمبلغ ثلاثة مليارات يورو. وأوضح رئيس كويلفيرك سالم راشد المثالي أن النتيجة ستكون قيام "
                                          "مؤسسة أكثر قدرة على التنافس.\n")
    people = [data["name"]["ar"] for (folder, _), data in entries.items() if folder == "people"]
    assert people == ["سالم راشد المثالي"], people


def test_two_names_joined_by_and_are_not_one_tagged_person():
    from generator.ingest.steps.tagged_people import conjunction_glued

    assert conjunction_glued("وبهارتي") and conjunction_glued("وكويلفيرك")
    assert not conjunction_glued("وليد") and not conjunction_glued("وزراء") and not conjunction_glued("ويليامز")
