"""Train the CRF name taggers and print their test scores.

    .venv/bin/python -m generator.ingest.tagger.train                 # both languages
    .venv/bin/python -m generator.ingest.tagger.train --lang ar --newsfane --out /tmp/x

Reads the corpora from ../shared/ner-data (seen from the project root; --data to change),
writes <out>/de.crfsuite and <out>/ar.crfsuite (default: this folder), and prints precision,
recall and F1 per type and overall on the test split: entities matched exactly (type, first
and last token), as seqeval counts them.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from pathlib import Path

import pycrfsuite

from generator.entries.store import load_entry
from generator.ingest.langdata import fold
from generator.ingest.tagger import corpora
from generator.ingest.tagger.corpora import Sentence
from generator.ingest.tagger.features import Lexicon, load_lexicon, sentence_features
from generator.ingest.tagger.tagger import Tagger, spans_of

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent


def load_data(code: str, data: Path, options) -> tuple[list[Sentence], list[Sentence]]:
    """Training and test sentences of one language, as the options choose."""
    if code == "de":
        train = corpora.read_germeval(data / "germeval2014/NER-de-dev.tsv")
        if options.europeana:
            train += corpora.read_europeana(data / "europeana_newspapers_de")
        test = corpora.read_germeval(data / "germeval2014/NER-de-test.tsv")
    else:
        train, test = corpora.read_anercorp(data / "anercorp/ANERCorp")
        if options.newsfane:
            newsfane = corpora.read_newsfane(data / "NewsFANE_Gold/NewsFANE_Gold_2014_170K.txt")
            train += corpora.deduplicated(newsfane, test)
    if options.real_news:
        train += with_locations(code, train, corpora.read_real_news(ROOT, code), options)
    return train, test


def with_locations(code: str, base: list[Sentence], extra: list[Sentence], options) -> list[Sentence]:
    """The real-news gold names people and organisations only; a model of the corpora alone
    tags its places (LOC), so that 'Frankfurt' in a dateline is not taught as O."""
    if not extra or not options.fill_locations:
        return extra
    path = options.out / f"{code}.locations.crfsuite"
    train_model(code, base, path, options)
    tagger = Tagger(code, str(path), lexicon_for(code, options))
    out = []
    for tokens, labels in extra:
        labels = list(labels)
        for kind, start, end in spans_of(tagger.tag(tokens)):
            if kind == "LOC" and all(label == "O" for label in labels[start:end]):
                labels[start:end] = ["B-LOC"] + ["I-LOC"] * (end - start - 1)
        out.append((tokens, labels))
    path.unlink()
    return out


#: the parts of a feature string ('-1|0:von|acme' -> '-1', '0', 'von', 'acme')
FEATURE_PARTS = re.compile(r"[=|:]")


def sample_words(content: Path) -> frozenset[str]:
    """The folded words (3 letters or more) of the names and aliases of the people and companies in
    the sample digest (`content/`) that no record of the starter knowledge base has in its names
    ('kowalski', not 'bank'). The models never learn them as words (`forgetting`): the samples
    then show what the tagger does with names it has not memorised, and none of their names sits
    in the extractor's data."""
    from generator.ingest.starter import load_starter
    from generator.ingest.tagger.features import name_words

    words = set()
    for folder in ("people", "companies"):
        for path in sorted((content / folder).glob("*.md")):
            data = getattr(load_entry(path, str(path), folder), "data", None) or {}
            name = data.get("name")
            names = [*(name.values() if isinstance(name, dict) else [name]), *(data.get("aliases") or [])]
            words.update(word for text in names if isinstance(text, str)
                         for word in fold(text).replace("-", " ").split() if len(word) >= 3)
    known = name_words(key for folder in load_starter().records.values() for record in folder.values()
                       for key in record.keys if key)
    return frozenset(words - known)


def forgetting(rows: list[list[str]], words: frozenset[str]) -> list[list[str]]:
    """A sentence's feature rows without the features that spell one of `words`
    ('w=acme', '1:stem=acme', '-1|0:von|acme'); affixes and shapes stay."""
    if not words:
        return rows
    return [[feature for feature in row if words.isdisjoint(FEATURE_PARTS.split(feature))] for row in rows]


def lexicon_for(code: str, options) -> Lexicon:
    """The language's gazetteers, or none (--no-gazetteers, to measure what they bring)."""
    if options.gazetteers:
        return load_lexicon(code)
    return Lexicon(code, frozenset(), frozenset(), lambda token: False, lambda token: False)


def train_model(code: str, sentences: list[Sentence], path: Path, options) -> float:
    """Fit the CRF (L-BFGS, L1 + L2) and write it; the seconds it took."""
    started = time.perf_counter()
    lexicon = lexicon_for(code, options)
    forgotten = sample_words(options.content) if options.content else frozenset()
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, labels in sentences:
        trainer.append(forgetting(sentence_features(tokens, lexicon), forgotten), labels)
    trainer.set_params({
        "c1": options.c1, "c2": options.c2, "max_iterations": options.iterations,
        "feature.possible_transitions": True, "feature.minfreq": options.minfreq,
    })
    trainer.train(str(path))
    return time.perf_counter() - started


def scores(gold: list[list[str]], predicted: list[list[str]]) -> dict[str, tuple[float, float, float, int]]:
    """Precision, recall, F1 and gold count per type and 'overall' (micro), exact entity match."""
    counts: dict[str, Counter] = {}
    for gold_labels, predicted_labels in zip(gold, predicted):
        gold_spans, predicted_spans = set(spans_of(gold_labels)), set(spans_of(predicted_labels))
        for kind in {span[0] for span in gold_spans | predicted_spans} | {"overall"}:
            count = counts.setdefault(kind, Counter())
            g = {s for s in gold_spans if kind in (s[0], "overall")}
            p = {s for s in predicted_spans if kind in (s[0], "overall")}
            count["tp"] += len(g & p)
            count["gold"] += len(g)
            count["predicted"] += len(p)
    out = {}
    for kind, count in counts.items():
        precision = count["tp"] / count["predicted"] if count["predicted"] else 0.0
        recall = count["tp"] / count["gold"] if count["gold"] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[kind] = (precision, recall, f1, count["gold"])
    return out


def only(labels: list[str], kinds: set[str]) -> list[str]:
    return [label if label[2:] in kinds else "O" for label in labels]


def print_scores(title: str, result: dict) -> None:
    print(title)
    for kind in sorted(result, key=lambda k: (k == "overall", k)):
        precision, recall, f1, support = result[kind]
        print(f"  {kind:8} P {precision:6.2%}  R {recall:6.2%}  F1 {f1:6.2%}  ({support} entities)")


def evaluate(code: str, path: Path, test: list[Sentence], options) -> dict:
    tagger = Tagger(code, str(path), lexicon_for(code, options))
    predicted = [tagger.tag(tokens) for tokens, _ in test]
    gold = [labels for _, labels in test]
    print_scores(f"{code}: test, PER/ORG/LOC", scores(gold, predicted))
    result = scores([only(g, {"PER", "ORG"}) for g in gold], [only(p, {"PER", "ORG"}) for p in predicted])
    print_scores(f"{code}: test, PER and ORG only", result)
    return result


def tune_check(code: str, data: Path, out: Path, options) -> None:
    """In-domain check on the real-news TUNE articles: train on the corpora plus half of the
    tune stories, score PER and ORG on the other half, with and without that half."""
    stories = corpora.tune_stories(ROOT, code)
    held_out = set(stories[1::2])
    options.real_news = False
    train, _ = load_data(code, data, options)
    test = corpora.read_real_news(ROOT, code, held_out)
    extra = with_locations(code, train, corpora.read_real_news(ROOT, code, set(stories) - held_out), options)
    for name, sentences in (("corpora only", train), ("corpora + half the tune articles", train + extra)):
        path = out / f"{code}.check.crfsuite"
        train_model(code, sentences, path, options)
        tagger = Tagger(code, str(path), lexicon_for(code, options))
        predicted = [only(tagger.tag(tokens), {"PER", "ORG"}) for tokens, _ in test]
        print_scores(f"{code}: other half of the tune articles, {name}", scores([g for _, g in test], predicted))
        path.unlink()


def pipeline_check(code: str, data: Path, out: Path, options) -> None:
    """Ingest's extraction with and without the tagger's parts, on articles the model has not
    seen: a model trained on the corpora and every other tune story of the language, the
    people and organisations found in the held-out stories' articles scored against their gold
    (`digest eval`)."""
    import contextlib
    import io

    from ruamel.yaml import YAML

    from generator.ingest.evaluate import run_eval
    from generator.ingest.steps import tagged_people
    from generator.ingest.tagger import tagger as tagger_module

    stories = corpora.tune_stories(ROOT, code)
    held_out = set(stories[1::2])
    options.real_news = False
    train, _ = load_data(code, data, options)
    extra = with_locations(code, train, corpora.read_real_news(ROOT, code, set(stories) - held_out), options)
    path = out / f"{code}.check.crfsuite"
    train_model(code, train + extra, path, options)
    model = Tagger(code, str(path))
    sources = YAML(typ="safe").load((ROOT / "corpus/real/sources.yaml").read_text(encoding="utf-8"))
    articles = [ROOT / "corpus/real/texts" / f"{source['id']}.txt" for source in sources
                if source["split"] == "tune" and source["language"] == code and source["story"] in held_out]
    articles = [article for article in articles if article.exists()]
    saved = (tagger_module.load_tagger, set(tagged_people.TAGGER_LANGUAGES), tagged_people.MIN_PERSON_PROBABILITY)
    tagger_module.load_tagger = lambda language: model if language == code else saved[0](language)
    print(f"{code}: people and organisations P/R/F1 on {len(articles)} held-out tune articles")
    try:
        for name, add, veto in (("rules alone", False, False), ("veto and trim", False, True),
                                ("additions", True, False), ("veto, trim and additions", True, True)):
            tagged_people.TAGGER_LANGUAGES.clear()
            tagged_people.TAGGER_LANGUAGES.update({code} if add else set())
            tagged_people.MIN_PERSON_PROBABILITY = saved[2] if veto else 0.0
            tagger_module.analysed_line.cache_clear()
            report = io.StringIO()
            with contextlib.redirect_stdout(report):
                run_eval(ROOT / "corpus/real/gold", articles)
            row = next(line for line in report.getvalue().splitlines() if line.startswith(f"{code} ")).split("|")
            print(f"  {name:26} people {row[-2].strip()}   organisations {row[-1].strip()}")
    finally:
        tagger_module.load_tagger = saved[0]
        tagger_module.analysed_line.cache_clear()
        tagged_people.TAGGER_LANGUAGES.clear()
        tagged_people.TAGGER_LANGUAGES.update(saved[1])
        tagged_people.MIN_PERSON_PROBABILITY = saved[2]
        path.unlink()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", nargs="+", default=["de", "ar"], choices=["de", "ar"])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared/ner-data")
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--c1", type=float, default=0.1)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--minfreq", type=float, default=1)
    parser.add_argument("--no-europeana", dest="europeana", action="store_false")
    parser.add_argument("--newsfane", action="store_true", help="add NewsFANE Gold (ar): measured, no gain")
    parser.add_argument("--no-real-news", dest="real_news", action="store_false")
    parser.add_argument("--no-fill-locations", dest="fill_locations", action="store_false")
    parser.add_argument("--no-gazetteers", dest="gazetteers", action="store_false")
    parser.add_argument("--content", type=Path, default=ROOT / "content",
                        help="the sample digest whose names are not learnt as words (sample_words); '' for none")
    parser.add_argument("--tune-check", action="store_true", help="only the in-domain check (tune_check)")
    parser.add_argument("--pipeline-check", action="store_true", help="only the extraction check (pipeline_check)")
    options = parser.parse_args(argv)
    options.out.mkdir(parents=True, exist_ok=True)
    for code in options.lang:
        if options.tune_check:
            tune_check(code, options.data, options.out, options)
            continue
        if options.pipeline_check:
            pipeline_check(code, options.data, options.out, options)
            continue
        train, test = load_data(code, options.data, options)
        path = options.out / f"{code}.crfsuite"
        seconds = train_model(code, train, path, options)
        print(f"{code}: {len(train)} sentences, {sum(len(t) for t, _ in train)} tokens; "
              f"trained in {seconds:.0f} s; {path.stat().st_size / 1e6:.1f} MB")
        evaluate(code, path, test, options)


if __name__ == "__main__":
    main()
