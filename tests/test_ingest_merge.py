"""Joining names across scripts, and adding to entries without touching what is there."""

from pathlib import Path

import pytest
from ruamel.yaml.comments import CommentedMap

from generator.entries.store import dump_entry, load_entry
from generator.ingest import names
from generator.ingest.merge import add_items, add_text, field_order, fill


@pytest.mark.parametrize(("latin", "arabic"), [
    ("Karl Schmidt", "كارل شميت"),
    ("Sophie Wagner", "صوفي فاغنر"),
    ("Jan Weber", "يان فيبر"),
    ("Christian Koch", "كريستيان كوخ"),
    ("Nadia Haddad", "ناديا حداد"),
    ("Yusuf al-Khatib", "يوسف الخطيب"),
    ("Lin Chen", "لين تشن"),
    ("Markus von Hagen", "ماركوس فون هاغن"),
    # 'servant of' and the name after it are one word in Latin letters, two in Arabic
    ("Karim bin Abdullah", "كريم بن عبد الله"),
    ("Abdel Karim Haddad", "عبدالكريم حداد"),
])
def test_one_name_in_two_scripts_has_one_skeleton(latin, arabic):
    assert names.similarity(names.name_skeleton(latin), names.name_skeleton(arabic)) == 1.0


@pytest.mark.parametrize(("one", "other"), [
    ("Karl Schmidt", "Kurt Schmidt"),
    ("Lea Berger", "Lena Berger"),
    ("Lin Chen", "Wei Chen"),
    ("Karl Schmidt", "Schmidt"),  # a surname alone is not enough
])
def test_different_people_are_not_alike(one, other):
    assert names.similarity(names.name_skeleton(one), names.name_skeleton(other)) < 0.8


def test_variant_spellings_in_one_script_are_alike():
    assert names.similarity(names.name_skeleton("Yusuf al-Qahtani"), names.name_skeleton("Yusuf Al-Kahtani")) == 1.0
    # the article run into the name, written apart or left out
    assert names.similarity(names.name_skeleton("Khalid Alsuwaidi"), names.name_skeleton("Khaled al-Suwaidi")) == 1.0
    assert names.similarity(names.name_skeleton("Khalid Alsuwaidi"), names.name_skeleton("Khalid Suwaidi")) == 1.0
    assert names.similarity(names.name_skeleton("جريجور شتاين"), names.name_skeleton("غريغور شتاين")) == 1.0


@pytest.mark.parametrize(("one", "other"), [
    ("كريم ناصر", "كريم الناصري"),  # Nasser and al-Nasiri: one root, the skeletons alike (NSR)
    ("Karim Nasser", "كريم الناصري"),
    ("كريم ناصر", "Karim al-Nasiri"),
])
def test_a_nisba_tells_two_names_of_one_root_apart(one, other):
    assert names.person_similarity(names.person_form(one), names.person_form(other)) == 0.0


@pytest.mark.parametrize(("one", "other"), [
    ("كريم الناصري", "Karim al-Nasiri"),
    ("كريم الناصري", "Karim Al Nasiry"),
    ("سامي فهمي", "Sami Fahmy"),
    ("ليلى لي", "Layla Lee"),
    ("إميل مبابي", "Émile Mbappé"),  # a final e says nothing: French é is written ي or ه
    ("إميل لاغارد", "Émile Lagarde"),
    ("سامر موسى", "Samer Moussa"),  # a final ى is no nisba (and Egypt writes a final ي so): it says nothing
    ("سامر الناصرى", "Samer al-Nasiri"),
    ("فولوديمير بيلينسكي", "Wolodymyr Bilinskyj"),  # German writes the Ukrainian ending -yj
])
def test_a_name_ending_in_i_is_one_name_in_two_scripts(one, other):
    assert names.person_similarity(names.person_form(one), names.person_form(other)) == 1.0


ENTRY = """\
---
# hand-written note at the top
id: karl-schmidt
type: person
name: {de: Karl Schmidt}   # checked by phone
roles:
  - title:
      de: 'Vorstandschef'
    organization: nordwerk
extra:
  desk: wirtschaft
---
Body text *kept* as it is.
"""


def load(tmp_path: Path, text: str):
    path = tmp_path / "people" / "karl-schmidt.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return load_entry(path, "people/karl-schmidt.md", "people")


def test_adding_changes_only_the_lines_it_must(tmp_path):
    entry = load(tmp_path, ENTRY)
    order = field_order("people")
    assert add_text(entry.data, "name", "ar", "كارل شميت", order)
    assert add_items(entry.data, "aliases", ["K. Schmidt"], order)
    changed = "name: {de: Karl Schmidt, ar: كارل شميت} # checked by phone\naliases:\n  - K. Schmidt\n"
    assert dump_entry(entry) == ENTRY.replace("name: {de: Karl Schmidt}   # checked by phone\n", changed)


def test_a_value_that_is_there_is_never_changed(tmp_path):
    entry = load(tmp_path, ENTRY)
    order = field_order("people")
    assert not add_text(entry.data, "name", "de", "Karl Schmid", order)
    assert not add_items(entry.data, "roles", [entry.data["roles"][0]], order)
    assert not fill(entry.data, "extra", {"desk": "other"}, order)
    assert dump_entry(entry) == ENTRY


def test_an_empty_field_is_filled_and_keeps_its_comment(tmp_path):
    path = tmp_path / "events" / "x.md"
    path.parent.mkdir()
    path.write_text("---\nid: x\ntype: event\ntitle: {de: X}\ndate:  # unknown so far\nkind: layoffs\n---\n", encoding="utf-8")
    entry = load_entry(path, "events/x.md", "events")
    assert fill(entry.data, "date", "2026-05", field_order("events"))
    assert dump_entry(entry) == "---\nid: x\ntype: event\ntitle: {de: X}\ndate: 2026-05 # unknown so far\nkind: layoffs\n---\n"


COMMENTED = """\
---
id: karl-schmidt
type: person
name:
  de: Karl Schmidt  # checked by phone
# the aliases below come from the trade register

aliases:
  - K. Schmidt
# roles: only those confirmed by the company
roles:
  - title:
      de: Vorstandschef
    organization: nordwerk
# end of the roles
---
"""


def test_a_comment_above_a_key_stays_above_it_when_something_is_added_before_it(tmp_path):
    """ruamel keeps a comment on its own line with the value before it; the merges move it to
    what they add, so that it stays just above the key or item it was written above."""
    entry = load(tmp_path, COMMENTED)
    order = field_order("people")
    assert add_text(entry.data, "name", "ar", "كارل شميت", order)
    assert add_items(entry.data, "aliases", ["Karl S."], order)
    assert add_items(entry.data, "roles", [CommentedMap({"title": CommentedMap({"de": "Gründer"})})], order)
    assert fill(entry.data, "extra", CommentedMap({"desk": "wirtschaft"}), order)
    assert dump_entry(entry) == COMMENTED.replace(
        "  de: Karl Schmidt  # checked by phone\n", "  de: Karl Schmidt  # checked by phone\n  ar: كارل شميت\n",
    ).replace(
        "  - K. Schmidt\n", "  - K. Schmidt\n  - Karl S.\n",
    ).replace(
        "    organization: nordwerk\n", "    organization: nordwerk\n  - title:\n      de: Gründer\nextra:\n  desk: wirtschaft\n",
    )


def test_a_new_key_goes_above_the_comment_of_the_key_after_it(tmp_path):
    entry = load(tmp_path, COMMENTED.replace("aliases:\n  - K. Schmidt\n", ""))
    assert add_items(entry.data, "aliases", ["K. Schmidt"], field_order("people"))
    assert dump_entry(entry) == COMMENTED.replace(
        "# the aliases below come from the trade register\n\naliases:\n  - K. Schmidt\n",
        "aliases:\n  - K. Schmidt\n# the aliases below come from the trade register\n\n",
    )


def test_an_empty_field_filled_with_a_list_keeps_its_comment_and_the_comment_lines_below(tmp_path):
    text = COMMENTED.replace("aliases:\n  - K. Schmidt\n", "aliases:  # from the register\n")
    entry = load(tmp_path, text)
    assert add_items(entry.data, "aliases", ["K. Schmidt"], field_order("people"))
    assert dump_entry(entry) == text.replace("aliases:  # from the register\n", "aliases:  # from the register\n  - K. Schmidt\n")
