"""Fit story pairing's model (generator/ingest/story_model.yaml) on the tuning part of the
real-news corpus (corpus/real: sources.yaml, gold/, texts/ fetched again as its README says).

    .venv/bin/python tools/train_pairing.py [--write]

Ingests the tuning part's articles in the order of their ids into a scratch folder, as `digest
eval` does, and collects every candidate that story pairing weighs (a new article and an earlier
article that share an actor or a figure, their dates not ruling it out) with what they share and
the cosine of their headlines and leads. Label: whether gold puts both articles in one story.
Gold stories of the first batch run for months (a takeover from the first talks to the closing);
pairs of such a story published more than a month apart are left out, as pairing rules them out
by date whenever the dates are known. A logistic regression (L2, Newton's method) gives the
weights. The threshold must hold on two kinds of news: the first three batches (many articles
per story, many stories per company) and the later ones (one German and one Arabic article per
story, as in the validation part); the ingest is replayed on each with the weights, and the
threshold is the one at which the worse of the two F1s over article pairs is best. The
candidates are collected while REFERENCE pairs, so that they do not depend on the model in use.
Prints the replayed figures; `--write` writes the model. The validation part is never read."""

from __future__ import annotations

import argparse
import datetime
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.ingest import stories  # noqa: E402
from generator.ingest.evaluate import RETRIEVED, pair_outcome  # noqa: E402
from generator.ingest.run import ingest  # noqa: E402
from generator.ingest.similarity import cosine  # noqa: E402
from tools.logistic import CORPUS, fit, later_batch, tuning_sources, write_model  # noqa: E402

MODEL = ROOT / "generator" / "ingest" / "story_model.yaml"
L2 = 1.0
THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]


def published(value) -> datetime.date | None:
    """sources.yaml's date: a day, or a month (taken as its 15th)."""
    month = stories.month_of(value)
    return datetime.date(*month, 15) if month else stories.day(value)


#: the shape of the score pairing had before it was fitted (actors key in both count as much as a
#: shared figure, ...): the fit scales it and weighs the texts' cosine beside it. Two weights: one
#: per feature (cfe1a86) fitted the first batches' sagas and paired the later batches and the
#: validation part worse (README, "Across articles")
SHAPE = {"key": 2.0, "half": 1.0, "mentioned": 0.5, "figures": 2.0, "kind": 1.0}
#: the candidates are collected while this model pairs the articles: the score pairing had before
#: it was fitted (SHAPE, from 4 on), so that they do not depend on the model being replaced (pairing
#: shapes the candidates: a story's key actors, the names an article's names match within it)
REFERENCE = stories.Model(weights=SHAPE, bias=-4.0, threshold=0.5)


def collect(sources: list[dict]) -> tuple[list[str], list[tuple[str, str, dict]]]:
    """Ingest the articles; the order of their stems and every candidate (new stem, earlier stem,
    evidence with the cosine)."""
    seen: list[tuple[str | None, str | None, stories.Evidence, str, str]] = []
    stories.OBSERVERS.append(lambda new, part, found: seen.append((new.article, part.article, found, new.text, part.text)))
    files = [CORPUS / "texts" / f"{source['id']}.txt" for source in sources]
    committed, stories.model = stories.model, lambda: REFERENCE
    try:
        with tempfile.TemporaryDirectory() as scratch:
            report = ingest(files, Path(scratch) / "content", RETRIEVED)
    finally:
        stories.model = committed
        stories.OBSERVERS.clear()
    stem_of = {placed.article: Path(placed.source).stem for placed in report.placed}
    rows = []
    for new, old, found, new_text, old_text in seen:
        if new in stem_of and old in stem_of:
            rows.append((stem_of[new], stem_of[old], {**vars(found), "text": cosine(new_text, old_text)}))
    return [Path(placed.source).stem for placed in report.placed], rows


def replay(order: list[str], rows, model: stories.Model) -> dict[str, int]:
    """Story of each article when each joins the likeliest earlier article's story (≥ threshold)."""
    candidates = defaultdict(list)
    for new, old, values in rows:
        candidates[new].append((old, values))
    story: dict[str, int] = {}
    for stem in order:
        best = None
        for old, values in candidates[stem]:
            if old in story:
                probability = model.probability(stories.Evidence(**values))
                if best is None or probability > best[0]:
                    best = (probability, story[old])
        story[stem] = best[1] if best and best[0] >= model.threshold else len(story)
    return story


def pair_scores(order: list[str], story: dict[str, int], gold: dict[str, dict], long_running) -> tuple[float, float, float]:
    counts = defaultdict(int)
    for index, one in enumerate(order):
        for other in order[index + 1:]:
            same = gold[one]["story"] == gold[other]["story"]
            if same and long_running(one, other):
                continue
            found = story[one] == story[other]
            counts[pair_outcome(same, found)] += 1
    precision = counts["tp"] / ((counts["tp"] + counts["fp"]) or 1)
    recall = counts["tp"] / ((counts["tp"] + counts["fn"]) or 1)
    return precision, recall, 2 * precision * recall / ((precision + recall) or 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write generator/ingest/story_model.yaml")
    args = parser.parse_args()
    sources = tuning_sources()
    by_stem = {source["id"]: source for source in sources}

    def long_running(one: str, other: str) -> bool:
        dates = [published(by_stem[one].get("date")), published(by_stem[other].get("date"))]
        return None not in dates and abs((dates[0] - dates[1]).days) > stories.MAX_DAYS_APART

    def fitted(rows) -> tuple[dict[str, float], float]:
        """Weights for Evidence: SHAPE scaled by the fitted weight of the shared things, and the text's."""
        matrix = np.array([[sum(weight * values[name] for name, weight in SHAPE.items()), values["text"], values["conflict"]]
                           for _, _, values in rows])
        labels = np.array([float(by_stem[new]["story"] == by_stem[old]["story"]) for new, old, _ in rows])
        (shared, text, conflict), bias = fit(matrix, labels, L2)
        return {**{name: float(shared * weight) for name, weight in SHAPE.items()}, "text": float(text), "conflict": float(conflict)}, bias

    order, rows = collect(sources)
    rows = [row for row in rows if not (by_stem[row[0]]["story"] == by_stem[row[1]]["story"] and long_running(row[0], row[1]))]
    same = sum(by_stem[new]["story"] == by_stem[old]["story"] for new, old, _ in rows)
    print(f"{len(sources)} articles, {len(rows)} candidate pairs, {same} of the same story")
    weights, bias = fitted(rows)
    groups = {later: ([stem for stem in order if later_batch(stem) == later],
                      [row for row in rows if later_batch(row[0]) == later and later_batch(row[1]) == later]) for later in (False, True)}
    replayed = {}
    for threshold in THRESHOLDS:
        model = stories.Model(weights, bias, threshold)
        replayed[threshold] = {later: pair_scores(stems, replay(stems, group_rows, model), by_stem, long_running)
                               for later, (stems, group_rows) in groups.items()}
        print(f"threshold {threshold:.2f}: pairing P/R/F1 of the first batches "
              + " / later batches ".join("/".join(f"{value:.3f}" for value in replayed[threshold][later]) for later in (False, True)))
    # the threshold at which the worse of the two is best: pairing must hold on both kinds of news
    threshold = max(replayed, key=lambda value: (min(scores[2] for scores in replayed[value].values()), value))
    print("weights:", {name: round(value, 3) for name, value in weights.items()}, "bias:", round(bias, 3), "threshold:", threshold)
    precision, recall, f1 = pair_scores(order, replay(order, rows, stories.Model(weights, bias, threshold)), by_stem, long_running)
    print(f"the whole tuning part with these: pairing P/R/F1 {precision:.3f}/{recall:.3f}/{f1:.3f}")
    if args.write:
        write_model(MODEL, "Story pairing's model (generator/ingest/stories.py): a logistic regression over what a new\n"
                    "article shares with an earlier one. Written by tools/train_pairing.py --write: weights fitted on\n"
                    f"the tuning part of corpus/real ({len(sources)} articles, {len(rows)} candidate pairs, {same} of the\n"
                    "same story); the threshold is the one at which the worse of two replays (the first three\n"
                    "batches, the later ones) paired best (F1 "
                    + " and ".join(f"{replayed[threshold][later][2]:.2f}" for later in (False, True)) + ").", weights, bias, threshold)
        print(f"wrote {MODEL.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
