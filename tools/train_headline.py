"""Fit the headline model (generator/ingest/headline_model.yaml) on the tuning part of the
real-news corpus (corpus/real: sources.yaml, gold/, texts/ fetched again as its README says) and
the development corpus (../shared/corpus/dev: its pages print the site's name and the date above
the headline, a layout the real corpus has few of).

    .venv/bin/python tools/train_headline.py [--write] [--without FEATURE ...]

Each tuning article is read and its chrome marked as ingest does; where ingest takes the headline
from the page itself (an HTML <h1>, a Markdown heading, the title a footer repeats with the site's
name) the model is not asked and the article is left out. Every candidate line of the others
(generator/ingest/steps/headline.py) is an example: 1 when it is the gold headline. Articles whose
gold headline is no whole line (a kicker or a time stamp run into it) are left out; articles with
no headline in the text (gold null: the copy starts with the article) are kept, all their
candidates 0. A logistic regression (L2) gives the weights; the threshold is the middle of those
at which as many articles as at best, or one fewer, get the right headline or rightly none (the
counts are flat around their best). To see whether that holds on news it did not
see, the model is also fitted on the first three batches alone (with the development corpus) and
measured on the later ones, and the other way round; `--without` leaves features out to measure
what they bring. The validation part is never read."""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

import numpy as np
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.ingest.draft import Draft  # noqa: E402
from generator.ingest.evaluate import squash  # noqa: E402
from generator.ingest.reader import read_source  # noqa: E402
from generator.ingest.steps import chrome, headline, masthead, structure  # noqa: E402
from tools.logistic import CORPUS, fit, later_batch, tuning_sources, write_model  # noqa: E402

#: the development corpus: pages that print the date above the headline, as some sites do
DEVELOPMENT = ROOT.parent / "shared" / "corpus" / "dev"
MODEL = ROOT / "generator" / "ingest" / "headline_model.yaml"
L2 = 1.0
THRESHOLDS = [round(0.05 * step, 2) for step in range(1, 15)]


def examples(path: Path, gold: dict) -> tuple[list[dict[str, float]], int | None] | None:
    """The candidates' features and the rank of the gold headline among them (None: no
    headline); None when the model is not asked or the gold headline is no whole line."""
    draft = Draft(source=read_source(path), retrieved=datetime.date(2026, 5, 1))
    for step in (structure.split_lines, structure.identify_language, chrome.mark_chrome):
        draft = step(draft)
    lines, language = draft.lines, structure.language_of(draft)
    if any(line.role == masthead.TITLE for line in lines) or draft.source.meta.get("title") or masthead.repeated_in_footer(lines) is not None:
        return None
    found, stop = headline.candidates(lines, language)
    expected = squash(gold.get("title"))
    texts = [squash(headline.headline_text(lines[index].text, language)) for index in found]
    if expected and expected not in texts:
        return None
    return [headline.features(lines, found, stop, rank) for rank in range(len(found))], (texts.index(expected) if expected else None)


def right(articles, model: headline.Model) -> int:
    """Articles whose headline (or its absence) the model gets right."""
    count = 0
    for rows, gold in articles:
        scored = [(model.probability(values), rank) for rank, values in enumerate(rows)]
        best = max(scored, default=None)
        picked = best[1] if best and best[0] >= model.threshold else None
        count += picked == gold
    return count


def fitted(articles, names: list[str]) -> tuple[dict[str, float], float, float]:
    matrix = np.array([[values[name] for name in names] for rows, _ in articles for values in rows])
    labels = np.array([float(rank == gold) for rows, gold in articles for rank in range(len(rows))])
    weights, bias = fit(matrix, labels, L2)
    as_dict = {name: float(weight) for name, weight in zip(names, weights)}
    counts = {value: right(articles, headline.Model(as_dict, bias, value)) for value in THRESHOLDS}
    # the counts are flat around their best: the middle of the thresholds within one article of it
    plateau = [value for value, count in counts.items() if count >= max(counts.values()) - 1]
    threshold = plateau[len(plateau) // 2]
    return as_dict, bias, threshold


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write generator/ingest/headline_model.yaml")
    parser.add_argument("--without", nargs="*", default=[], metavar="FEATURE", help="leave features out (to measure what they bring)")
    args = parser.parse_args()
    yaml = YAML(typ="safe")
    sources = tuning_sources()
    articles, later = [], []
    for source in sources:
        found = examples(CORPUS / "texts" / f"{source['id']}.txt", yaml.load((CORPUS / "gold" / f"{source['id']}.yaml").read_text(encoding="utf-8")))
        if found is not None and found[0] or found is not None and found[1] is None:
            articles.append(found)
            later.append(later_batch(source["id"]))
    development = []
    for path in sorted((DEVELOPMENT / "articles").iterdir()):
        found = examples(path, yaml.load((DEVELOPMENT / "gold" / f"{path.stem}.yaml").read_text(encoding="utf-8")))
        if found is not None and found[0]:
            development.append(found)
    names = sorted({name for rows, _ in articles for values in rows for name in values} - set(args.without))
    with_headline = sum(gold is not None for _, gold in articles)
    print(f"{len(articles)} articles asked ({with_headline} with a headline among their candidates), "
          f"{sum(len(rows) for rows, _ in articles)} candidates; {len(development)} of the development corpus")
    for train_later in (False, True):
        train = [article for article, flag in zip(articles, later) if flag == train_later] + development
        test = [article for article, flag in zip(articles, later) if flag != train_later]
        weights, bias, threshold = fitted(train, names)
        print(f"fitted on the {'later' if train_later else 'first'} batches ({len(train)}): right on them "
              f"{right(train, headline.Model(weights, bias, threshold))}/{len(train)}, on the "
              f"{'first' if train_later else 'later'} ({len(test)}) {right(test, headline.Model(weights, bias, threshold))}/{len(test)}")
    weights, bias, threshold = fitted(articles + development, names)
    print(f"fitted on all: right {right(articles, headline.Model(weights, bias, threshold))}/{len(articles)} of the tuning part, "
          f"{right(development, headline.Model(weights, bias, threshold))}/{len(development)} of the development corpus; threshold {threshold}")
    print("weights:", {name: round(value, 2) for name, value in weights.items()}, "bias:", round(bias, 2))
    if args.write:
        write_model(MODEL, "The headline model (generator/ingest/steps/headline.py): a logistic regression over the lines\n"
                    "above an article's first paragraph. Written by tools/train_headline.py --write from the tuning part\n"
                    f"of corpus/real ({len(articles)} articles, {with_headline} with a headline among their candidates) and\n"
                    f"the development corpus ({len(development)} articles);\n"
                    "the threshold is the middle of those at which as many of them as at best, or one fewer, got the\n"
                    "right headline or rightly none.", weights, bias, threshold)
        print(f"wrote {MODEL.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
