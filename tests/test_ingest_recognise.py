"""Organisations that content/ knows, recognised by name alone in a new Arabic article
(generator/ingest/recognise.py).  Names and pages are invented."""

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
