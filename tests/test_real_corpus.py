"""The real-news corpus's committed parts agree with each other (its texts are not committed):
every gold file has a source entry and the other way round, every article was published before
2025-09-01, a story's articles are all in one split, and gold references resolve."""

from __future__ import annotations

import collections
import sys
from pathlib import Path

from ruamel.yaml import YAML

CORPUS = Path(__file__).parent.parent / "corpus" / "real"
sys.path.insert(0, str(CORPUS))
from verify import fingerprint  # noqa: E402

YAML_SAFE = YAML(typ="safe")
SOURCES = YAML_SAFE.load((CORPUS / "sources.yaml").read_text(encoding="utf-8"))
GOLD = {path.stem: YAML_SAFE.load(path.read_text(encoding="utf-8")) for path in sorted((CORPUS / "gold").glob("*.yaml"))}


def test_every_gold_file_has_a_source_and_every_source_a_gold_file():
    assert sorted(GOLD) == sorted(source["id"] for source in SOURCES)


def test_only_articles_published_before_2025_09_01():
    late = [source["id"] for source in SOURCES if str(source["date"]) >= "2025-09-01"]
    assert not late, "articles from 2025-09-01 on are reserved for independent evaluation"
    for source in SOURCES:  # a gold date is the date the text states; without one, sources give the month
        stated = GOLD[source["id"]]["date"]
        assert str(stated) == str(source["date"]) if stated else len(str(source["date"])) == 7, source["id"]


def test_a_story_is_in_one_split_and_the_gold_says_the_same_story():
    splits = collections.defaultdict(set)
    for source in SOURCES:
        splits[source["story"]].add(source["split"])
        assert GOLD[source["id"]]["story"] == source["story"], source["id"]
        assert GOLD[source["id"]]["article"] == f"{source['id']}.txt"
    assert {split for values in splits.values() for split in values} == {"tune", "validation"}
    assert not [story for story, values in splits.items() if len(values) > 1]


def test_a_role_belongs_to_an_organisation_of_the_same_article():
    wrong = []
    for name, gold in GOLD.items():
        known = {company["canonical"] for company in gold.get("companies") or []}
        wrong += [f"{name}: {person['name']}" for person in gold.get("people") or []
                  if person.get("organisation") and person["organisation"] not in known]
    assert not wrong


def test_the_fingerprint_ignores_line_breaks_and_spacing_only():
    assert fingerprint("Acme  baut\nStellen ab \n") == fingerprint("Acme baut Stellen ab")
    assert fingerprint("Acme baut Stellen ab") != fingerprint("Acme baut Stellen ab.")
    assert fingerprint("Caf\u00e9") == fingerprint("Cafe\u0301")  # NFC
