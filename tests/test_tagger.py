"""The CRF name tagger (generator/ingest/tagger/): the committed models load and tag people and
organisations in sentences with invented names. (Its test F1 on GermEval 2014 and ANERcorp is
in generator/ingest/tagger/README.md; train.py measures it.)"""

from __future__ import annotations

import pytest

from generator.ingest.tagger.tagger import load_tagger, spans_of, tokens_of


def entities(code: str, sentence: str) -> set[tuple[str, str]]:
    tokens = tokens_of(sentence)
    return {(kind, " ".join(tokens[start:end])) for kind, start, end in spans_of(load_tagger(code).tag(tokens))}


def test_german_people_and_organisations():
    found = entities("de", "Der Vorstandschef der Quellwerk AG, Jonas Beispielmann, sagte am Montag in Musterstadt, "
                           "die Firma baue Stellen ab.")
    assert ("PER", "Jonas Beispielmann") in found and ("ORG", "Quellwerk AG") in found


def test_arabic_people_and_organisations():
    # an unknown company's name right before a person's is still read as one organisation: the model's limit
    assert ("PER", "سامر الحداد") in entities("ar", "وقال سامر الحداد الرئيس التنفيذي للشركة إن الأرباح ارتفعت بنسبة عشرة في المئة.")
    assert ("ORG", "أرامكو") in entities("ar", "وأعلنت أرامكو اليوم عن زيادة الإنتاج.")


def test_bio_labels_become_spans():
    assert spans_of(["B-PER", "I-PER", "O", "I-ORG", "B-LOC"]) == [("PER", 0, 2), ("ORG", 3, 4), ("LOC", 4, 5)]


def test_a_language_without_a_model_is_refused():
    with pytest.raises(ValueError, match="no tagger model for language 'fr'"):
        load_tagger("fr")


def test_the_arabic_people_step_adds_the_taggers_people_but_no_quoted_title():
    import datetime
    from pathlib import Path

    from generator.ingest.pipeline import extract
    from generator.ingest.reader import Source

    text = ("نتائج قوية\n\nوقال سامر الحداد الرئيس التنفيذي للشركة إن الأرباح ارتفعت بنسبة عشرة في المئة هذا العام. "
            "وتعرض الشركة أفلاما مثل \"نور الدين: رحلة القمر\" و\"ماجد\"، التي تعرض على منصتها منذ العام الماضي.\n")
    draft = extract(Source(Path("page.txt"), text.encode(), "txt", text, "utf-8"), datetime.date(2026, 5, 10))
    names = [person["name"] for person in draft.people]
    assert "سامر الحداد" in names and "نور الدين" not in names  # the tagger labels the quoted title a person


def test_the_tagger_vetoes_the_rules_unlikely_people_and_keeps_the_likely_ones():
    """German capitalises every noun, so a noun phrase beside a speech verb looks like a name to
    the rules; the tagger gives such phrases almost no chance of being a person's."""
    import datetime
    from pathlib import Path

    from generator.ingest.pipeline import extract
    from generator.ingest.reader import Source

    text = ("Nordwerk baut Stellen ab\n\nDer US-Konzern Nordwerk teilte am Dienstag mit, er werde 1.200 Stellen "
            "streichen. \"Wir müssen sparen\", sagte Finanzchefin Anna Beispiel. Die Zahl sei ein Problem, "
            "sagte Milliarden Dollar vor Journalisten. Das Weiße Haus sagte, man prüfe den Fall.\n")
    draft = extract(Source(Path("page.txt"), text.encode(), "txt", text, "utf-8"), datetime.date(2026, 5, 10))
    assert [person["name"] for person in draft.people] == ["Anna Beispiel"]  # the rules alone add three phrases


@pytest.mark.parametrize("text, expected", [
    ("Nordwerk baut Stellen ab\n\nDer Maschinenbauer Nordwerk will 1.200 Stellen streichen, sagte US-Präsident Martin Quellberg "
     "am Dienstag in Musterstadt. Auch Wirtschaftsminister Jonas Feldmann Teil der Regierung, sagte, man prüfe den Fall.\n",
     ["Martin Quellberg", "Jonas Feldmann"]),  # the rules read 'Jonas Feldmann Teil'
    ("نتائج قوية\n\nوفاز الرئيس سامر الحداد بولاية جديدة في الانتخابات التي جرت الأسبوع الماضي في المدينة. وقال الإعلامي "
     "ماجد العلي إن النتائج كانت متوقعة بعد أشهر من الحملات الانتخابية.\n",
     ["ماجد العلي", "سامر الحداد"]),  # the rules read 'الإعلامي ماجد العلي'
])
def test_the_tagger_trims_a_word_the_rules_joined_to_a_name(text, expected):
    import datetime
    from pathlib import Path

    from generator.ingest.pipeline import extract
    from generator.ingest.reader import Source

    draft = extract(Source(Path("page.txt"), text.encode(), "txt", text, "utf-8"), datetime.date(2026, 5, 10))
    assert [person["name"] for person in draft.people] == expected


def test_the_german_tagger_adds_a_person_the_rules_missed():
    import datetime
    from pathlib import Path

    from generator.ingest.pipeline import extract
    from generator.ingest.reader import Source

    text = ("Werk schließt\n\nDer Maschinenbauer Nordwerk schließt sein Werk in Musterstadt. Bei der Versammlung traf "
            "Belegschaftsvertreter Quirin Haldenwanger auf die Geschäftsführung, die den Plan im Detail vorstellte. Die "
            "Gespräche mit Jolanthe Brückmeier von der Landesregierung sollen im Mai beginnen.\n")
    draft = extract(Source(Path("page.txt"), text.encode(), "txt", text, "utf-8"), datetime.date(2026, 5, 10))
    assert [person["name"] for person in draft.people] == ["Quirin Haldenwanger", "Jolanthe Brückmeier"]  # the rules: the first


def test_training_forgets_the_words_of_the_sample_digests_names(tmp_path):
    from generator.ingest.tagger.train import forgetting, sample_words

    (tmp_path / "companies").mkdir()
    (tmp_path / "people").mkdir()
    (tmp_path / "companies/zorvantex-bank.md").write_text(
        "---\nid: zorvantex-bank\ntype: company\nname:\n  de: Zorvantex Bank\n  ar: بنك زورفانتكس\naliases: [ZX]\n---\n",
        encoding="utf-8")
    (tmp_path / "people/ilka-quarzmeyer.md").write_text(
        "---\nid: ilka-quarzmeyer\ntype: person\nname:\n  de: Ilka Quarzmeyer\n---\n", encoding="utf-8")
    words = sample_words(tmp_path)
    # the names' own words; not 'bank' (starter records have it), nor a word under 3 letters
    assert {"zorvantex", "زورفانتكس", "quarzmeyer"} <= words and not words & {"bank", "بنك", "zx"}
    rows = forgetting([["w=zorvantex", "-1|0:von|zorvantex", "1:stem=zorvantex", "p4=zorv", "w=von"]], words)
    assert rows == [["p4=zorv", "w=von"]]


@pytest.mark.parametrize("code", ["de", "ar"])
def test_the_committed_models_hold_no_word_of_the_sample_digests_names(code):
    import pycrfsuite

    from generator.ingest.tagger.tagger import model_path
    from generator.ingest.tagger.train import FEATURE_PARTS, ROOT, sample_words

    words = sample_words(ROOT / "content")
    model = pycrfsuite.Tagger()
    model.open(model_path(code))
    spelled = {attribute for attribute, _ in model.info().state_features if not words.isdisjoint(FEATURE_PARTS.split(attribute))}
    assert words and not spelled


def test_the_taggers_full_name_replaces_the_surname_the_rules_found_alone(monkeypatch):
    from pathlib import Path

    from generator.ingest import starter as starter_base
    from generator.ingest.draft import BODY, Draft, Line
    from generator.ingest.langdata import load_language
    from generator.ingest.reader import Source
    from generator.ingest.steps import tagged_people

    line = "Der Minister für Finanzen, Quorvan Zelthami, verlor sein Amt. Zelthami zählt zu den Reformern."
    draft = Draft(Source(Path("page.txt"), line.encode(), "txt", line, "utf-8"), retrieved=None, language="de")
    draft.lines = [Line(line, BODY)]
    draft.people = [{"name": "Zelthami", "roles": ["Minister für Finanzen"], "organisation": None}]
    monkeypatch.setattr(tagged_people, "tagged_people", lambda text, code: [("Quorvan Zelthami", True)])
    tagged_people.add_tagged_people(draft, load_language("de"), starter_base.load_starter())
    assert draft.people == [{"name": "Quorvan Zelthami", "roles": ["Minister für Finanzen"], "organisation": None}]


@pytest.mark.parametrize("name", ["given_names_us.txt", "given_names_ar_latin.txt", "names_with_waw_ar.txt"])
def test_the_committed_name_lists_hold_no_word_of_the_sample_digests_names(name):
    from generator.ingest.langdata import fold
    from generator.ingest.tagger.train import ROOT, sample_words

    words = sample_words(ROOT / "content")
    lines = (ROOT / "generator/ingest/lang" / name).read_text(encoding="utf-8").splitlines()
    assert words and not {fold(line) for line in lines if line and not line.startswith("#")} & words
