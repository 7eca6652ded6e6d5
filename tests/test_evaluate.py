"""The corpus scorer (generator/ingest/evaluate.py) on small invented articles."""

from __future__ import annotations

from generator.ingest.evaluate import score_across

ARTICLE = """{title}

Musterstadt – Die Nordwerk Antriebe AG will rund 800 Stellen streichen, sagte Vorstandschef Jorik Quellhauser am Montag in Musterstadt. Die Gewerkschaft kündigte Widerstand an und verlangte Gespräche über die Zukunft der beiden Werke.
"""

GOLD = """article: {name}.txt
language: de
title: {title}
publisher: null
date: null
story: {story}
people:
- name: Jorik Quellhauser
  canonical: Jorik Quellhauser
  roles: [Vorstandschef]
  organisation: Nordwerk
companies:
- name: Nordwerk Antriebe AG
  canonical: Nordwerk
  type: company
figures: []
"""


def test_an_article_ingest_refuses_is_scored_as_paired_with_none_and_the_others_keep_their_own_scores(tmp_path):
    texts, gold = tmp_path / "texts", tmp_path / "gold"
    texts.mkdir()
    gold.mkdir()
    files = []
    for name, title, story, text in [
        ("01_de_one", "Nordwerk streicht 800 Stellen", "cuts", None),
        ("02_de_chrome", "Startseite", "cuts", "Startseite\nImpressum\n"),  # refused: no article text
        ("03_de_two", "Nordwerk will 800 Stellen streichen", "cuts", None),
    ]:
        path = texts / f"{name}.txt"
        path.write_text(text or ARTICLE.format(title=title), encoding="utf-8")
        (gold / f"{name}.yaml").write_text(GOLD.format(name=name, title=title, story=story), encoding="utf-8")
        files.append(path)
    result = score_across(files, gold)
    # 01 and 03 are one story; the refused 02 is paired with neither
    assert result["pairs"] == {"tp": 1, "fn": 2}
    assert result["entities"]["one"] == 2 and not result["entities"]["false merges"]
