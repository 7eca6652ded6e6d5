"""Organisations that content/ knows, recognised by name alone in a new Arabic article
(generator/ingest/recognise.py), and a person's shortened name looked up in content/
(generator/ingest/knowledge.py).  Names and pages are invented."""

from __future__ import annotations

from pathlib import Path

from generator.ingest.draft import BODY, Draft, Line
from generator.ingest.knowledge import Knowledge
from generator.ingest.reader import Source
from generator.ingest.recognise import known_companies

COMPANIES = {
    "korvantis": "Korvantis",
    "ravik": "Ravik",  # three consonants, as most Arabic words have
    "selbrook-media-labs": "Selbrook Media Labs",
}


def content_with_companies(tmp_path: Path) -> Knowledge:
    folder = tmp_path / "content" / "companies"
    folder.mkdir(parents=True)
    for entry_id, name in COMPANIES.items():
        (folder / f"{entry_id}.md").write_text(
            f"---\nid: {entry_id}\ntype: company\nname:\n  de: {name}\nkind: company\n---\n", encoding="utf-8")
    return Knowledge(tmp_path / "content")


def arabic_draft(*lines: tuple[str, str]) -> Draft:
    text = "\n".join(line for line, _ in lines)
    draft = Draft(Source(Path("page.txt"), text.encode(), "txt", text, "utf-8"), retrieved=None, language="ar")
    draft.lines = [Line(line, role) for line, role in lines]
    return draft


def test_a_transliteration_of_a_known_name_is_recognised_without_context(tmp_path):
    knowledge = content_with_companies(tmp_path)
    draft = arabic_draft(("أعلنت كورفانتيس أمس عن خطة جديدة، وقالت إن سيلبروك ميديا لابز ستشارك فيها.", BODY))
    found = {company["id"]: company["name"] for company in known_companies(knowledge, draft)}
    assert found == {"korvantis": "كورفانتيس", "selbrook-media-labs": "سيلبروك ميديا لابز"}


def test_a_glued_conjunction_or_preposition_is_not_part_of_the_name(tmp_path):
    knowledge = content_with_companies(tmp_path)
    draft = arabic_draft(("وتعمل الشركة مع لكورفانتيس منذ عامين.", BODY))
    assert [company["name"] for company in known_companies(knowledge, draft)] == ["كورفانتيس"]


def test_a_short_skeleton_needs_the_story(tmp_path):
    knowledge = content_with_companies(tmp_path)
    draft = arabic_draft(("قالت رافيك في بيان إن الأرباح ارتفعت.", BODY))
    assert known_companies(knowledge, draft) == []
    assert [company["id"] for company in known_companies(knowledge, draft, story={"ravik"})] == ["ravik"]


def test_teasers_and_names_already_found_are_left_alone(tmp_path):
    knowledge = content_with_companies(tmp_path)
    draft = arabic_draft(
        ("اقرأ أيضا: كورفانتيس تخفض الوظائف", "chrome"),
        ("أعلنت شركة سيلبروك ميديا لابز عن نتائجها.", BODY),
    )
    draft.companies = [{"name": "شركة سيلبروك ميديا لابز", "aliases": [], "canonical": "سيلبروك ميديا لابز"}]
    assert known_companies(knowledge, draft) == []


def test_a_definite_noun_is_not_a_transliterated_name(tmp_path):
    knowledge = content_with_companies(tmp_path)
    # 'الرافيك' has the skeleton of 'Ravik' after the article, but is a definite noun
    draft = arabic_draft(("تحدث الرافيك عن السوق.", BODY))
    assert known_companies(knowledge, draft, story={"ravik"}) == []


def test_a_shortened_arab_name_is_the_person_of_the_story_whose_name_it_begins(tmp_path):
    folder = tmp_path / "content" / "people"
    folder.mkdir(parents=True)
    (folder / "rashid-bin-khalfan-al-qurmazi.md").write_text(
        "---\nid: rashid-bin-khalfan-al-qurmazi\ntype: person\nname:\n  de: Rashid bin Khalfan Al Qurmazi\n---\n", encoding="utf-8")
    knowledge = Knowledge(tmp_path / "content")
    story = {"rashid-bin-khalfan-al-qurmazi"}
    # first name and father's name, as news shortens it, in either script
    assert knowledge.find("people", ["Rashid ben Khalfan"], story) == "rashid-bin-khalfan-al-qurmazi"
    assert knowledge.find("people", ["راشد بن خلفان"], story) == "rashid-bin-khalfan-al-qurmazi"
    # not outside the story, and not another father's son
    assert knowledge.find("people", ["Rashid ben Khalfan"]) is None
    assert knowledge.find("people", ["Rashid ben Salem"], story) is None
