"""Story pairing's scoring (generator/ingest/stories.py) on hand-made signatures."""

import datetime

from generator.ingest.stories import Signature, find_story

FIGURE_ONE, FIGURE_TWO = (1200.0, "jobs"), (2.4e9, "EUR")


def test_a_story_is_as_close_as_its_closest_article_not_the_union_of_its_articles():
    new = Signature(key={"nordwerk", "quellbank"}, actors={"nordwerk", "quellbank"}, figures={FIGURE_ONE, FIGURE_TWO})
    apart = Signature(parts=[Signature(actors={"nordwerk"}, figures={FIGURE_ONE}),
                             Signature(actors={"quellbank"}, figures={FIGURE_TWO})])
    assert find_story({"long-story": apart}, new) is None  # each article shares one name and one figure
    together = Signature(parts=[Signature(actors={"nordwerk", "quellbank"}, figures={FIGURE_ONE})])
    assert find_story({"long-story": apart, "close-story": together}, new) == "close-story"


def test_a_month_more_than_one_month_away_rules_a_story_out():
    new = Signature(key={"nordwerk"}, actors={"nordwerk"}, figures={FIGURE_ONE, FIGURE_TWO}, months={(2024, 9)})
    later = Signature(key={"nordwerk"}, actors={"nordwerk"}, figures={FIGURE_ONE, FIGURE_TWO}, dates={datetime.date(2024, 12, 3)})
    assert find_story({"later": later}, new) is None
    next_month = Signature(key={"nordwerk"}, actors={"nordwerk"}, figures={FIGURE_ONE, FIGURE_TWO}, dates={datetime.date(2024, 10, 3)})
    assert find_story({"next-month": next_month}, new) == "next-month"
