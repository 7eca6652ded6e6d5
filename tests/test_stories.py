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


def story(key: set[str], kind: str = "election") -> Signature:
    return Signature(key=key, actors=set(key), kind=kind, parts=[Signature(key=key, actors=set(key), kind=kind)])


def test_actors_of_many_stories_say_less_that_an_article_reports_one_of_them():
    """Two parties and a kind are shared by every story of a German election campaign: they no
    longer pair an article with one of six such stories; a rare actor beside them still does."""
    parties = {"partei-a", "partei-b"}
    stories = {f"debate-{number}": story(parties | {f"topic-{number}"}) for number in range(6)}
    assert find_story(stories, Signature(key=set(parties), actors=set(parties), kind="election")) is None
    assert find_story(stories, Signature(key=parties | {"topic-4"}, actors=parties | {"topic-4"}, kind="election")) == "debate-4"
    assert find_story({"one": story(parties)}, Signature(key=set(parties), actors=set(parties), kind="election")) == "one"
