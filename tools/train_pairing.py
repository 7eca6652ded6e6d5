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
weights; the threshold is the one at which replaying the ingest with them pairs the tuning part
best (F1 over article pairs; the highest threshold within TIE of the best F1, as precision
matters more). Prints the replayed figures for each threshold; `--write` writes
the model. The validation part is never read."""

from __future__ import annotations

import argparse
import datetime
import re
import sys
import tempfile
from collections import defaultdict
from dataclasses import fields
from pathlib import Path

import numpy as np
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.ingest import stories  # noqa: E402
from generator.ingest.evaluate import RETRIEVED  # noqa: E402
from generator.ingest.run import ingest  # noqa: E402
from generator.ingest.similarity import cosine  # noqa: E402

CORPUS = ROOT / "corpus" / "real"
MODEL = ROOT / "generator" / "ingest" / "story_model.yaml"
FEATURES = [field.name for field in fields(stories.Evidence)]
L2 = 1.0
#: F1 this close to the best counts as a tie
TIE = 0.01
THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]


def published(value) -> datetime.date | None:
    """sources.yaml's date: a day, or a month (taken as its 15th)."""
    text = str(value or "")
    if re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        return datetime.date.fromisoformat(text)
    if re.fullmatch(r"\d{4}-\d\d", text):
        return datetime.date.fromisoformat(f"{text}-15")
    return None


def collect(sources: list[dict]) -> tuple[list[str], list[tuple[str, str, dict]]]:
    """Ingest the articles; the order of their stems and every candidate (new stem, earlier stem,
    evidence with the cosine)."""
    seen: list[tuple[str | None, str | None, stories.Evidence, str, str]] = []
    stories.OBSERVERS.append(lambda new, part, found: seen.append((new.article, part.article, found, new.text, part.text)))
    files = [CORPUS / "texts" / f"{source['id']}.txt" for source in sources]
    with tempfile.TemporaryDirectory() as scratch:
        report = ingest(files, Path(scratch) / "content", RETRIEVED)
    stories.OBSERVERS.clear()
    stem_of = {placed.article: Path(placed.source).stem for placed in report.placed}
    rows = []
    for new, old, found, new_text, old_text in seen:
        if new in stem_of and old in stem_of:
            values = {name: getattr(found, name) for name in FEATURES}
            values["text"] = cosine(new_text, old_text)
            rows.append((stem_of[new], stem_of[old], values))
    return [Path(placed.source).stem for placed in report.placed], rows


def fit(matrix: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, float]:
    """Logistic regression with an L2 penalty on the weights (not the bias), by Newton's method."""
    design = np.hstack([matrix, np.ones((len(matrix), 1))])
    theta = np.zeros(design.shape[1])
    penalty = np.diag([L2] * matrix.shape[1] + [0.0])
    for _ in range(50):
        prob = 1.0 / (1.0 + np.exp(-design @ theta))
        gradient = design.T @ (prob - labels) + penalty @ theta
        hessian = design.T @ (design * (prob * (1 - prob))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if np.abs(step).max() < 1e-8:
            break
    return theta[:-1], float(theta[-1])


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
            counts[("tp" if same else "fp") if found else ("fn" if same else "tn")] += 1
    precision = counts["tp"] / ((counts["tp"] + counts["fp"]) or 1)
    recall = counts["tp"] / ((counts["tp"] + counts["fn"]) or 1)
    return precision, recall, 2 * precision * recall / ((precision + recall) or 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write generator/ingest/story_model.yaml")
    args = parser.parse_args()
    yaml = YAML(typ="safe")
    sources = sorted((source for source in yaml.load((CORPUS / "sources.yaml").read_text(encoding="utf-8"))
                      if source["split"] == "tune" and (CORPUS / "texts" / f"{source['id']}.txt").exists()),
                     key=lambda source: source["id"])
    by_stem = {source["id"]: source for source in sources}

    def long_running(one: str, other: str) -> bool:
        dates = [published(by_stem[one].get("date")), published(by_stem[other].get("date"))]
        return None not in dates and abs((dates[0] - dates[1]).days) > stories.MAX_DAYS_APART

    order, rows = collect(sources)
    rows = [row for row in rows if not (by_stem[row[0]]["story"] == by_stem[row[1]]["story"] and long_running(row[0], row[1]))]
    matrix = np.array([[values[name] for name in FEATURES] for _, _, values in rows])
    labels = np.array([float(by_stem[new]["story"] == by_stem[old]["story"]) for new, old, _ in rows])
    weights, bias = fit(matrix, labels)
    print(f"{len(sources)} articles, {len(rows)} candidate pairs, {int(labels.sum())} of the same story")
    print("weights:", {name: round(float(value), 3) for name, value in zip(FEATURES, weights)}, "bias:", round(bias, 3))
    replayed = {}
    for threshold in THRESHOLDS:
        model = stories.Model(dict(zip(FEATURES, map(float, weights))), bias, threshold)
        replayed[threshold] = pair_scores(order, replay(order, rows, model), by_stem, long_running)
        print(f"threshold {threshold:.2f}: pairing P/R/F1 {'/'.join(f'{value:.3f}' for value in replayed[threshold])}")
    top = max(f1 for _, _, f1 in replayed.values())
    # the highest threshold within TIE of the best F1: precision first
    chosen = max(threshold for threshold, (_, _, f1) in replayed.items() if f1 >= top - TIE)
    best = (replayed[chosen][2], chosen)
    if args.write:
        MODEL.write_text(
            "# Story pairing's model (generator/ingest/stories.py): a logistic regression over what a new\n"
            "# article shares with an earlier one. Written by tools/train_pairing.py --write, fitted on the\n"
            f"# tuning part of corpus/real ({len(sources)} articles, {len(rows)} candidate pairs, {int(labels.sum())} of\n"
            f"# the same story); the threshold replayed best there (F1 {best[0]:.2f} over article pairs).\n"
            "weights:\n" + "".join(f"  {name}: {float(value):.4f}\n" for name, value in zip(FEATURES, weights))
            + f"bias: {bias:.4f}\nthreshold: {best[1]}\n", encoding="utf-8")
        print(f"wrote {MODEL.relative_to(ROOT)} (threshold {best[1]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
