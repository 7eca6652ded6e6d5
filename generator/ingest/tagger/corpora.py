"""Readers of the training and test corpora: each returns sentences as (tokens, BIO labels).

Labels become B-/I- PER, ORG, LOC or O; everything else (GermEval's OTH and its *deriv and
*part variants, ANERcorp's MISC, NewsFANE's facilities and groups) becomes O. Paths are those
of ../shared/ner-data (its README.md gives formats, licences and pitfalls).
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from generator.ingest.langdata import fold
from generator.ingest.tagger.tagger import tokens_of

Sentence = tuple[list[str], list[str]]
TYPES = ("PER", "ORG", "LOC")
SENTENCE_END = {".", "!", "?", "؟"}
#: Europeana has no sentence breaks: a run without a full stop is cut at this length
MAX_LENGTH = 60
#: ANERcorp's usual split (CAMeL Lab): the first words train, the rest test
ANERCORP_TRAIN_WORDS = 125_102
NEWSFANE_TYPES = {
    "PER": "Politician Athlete Artist Other_PER Religious_PER Scientist Businessperson Lawyer Engineer Police",
    "ORG": "Non-Governmental Sports Government Media Commercial Educational Medical-Science Entertainment Religious_ORG",
    "LOC": "Nation Population-Center State-or-Province GPE-Cluster Continent County-or-District Water-Body Land "
           "Land-Region-Natural Celestial",
}
NEWSFANE_TYPE = {fine: coarse for coarse, fines in NEWSFANE_TYPES.items() for fine in fines.split()}


def coarse(label: str, aliases: dict[str, str] | None = None) -> str:
    """'B-PER' -> 'B-PER', 'I-PERS' -> 'I-PER' (with aliases), 'B-LOCderiv', 'B-OTH', '???' -> 'O'."""
    prefix, _, kind = label.partition("-")
    kind = (aliases or {}).get(kind, kind)
    return f"{prefix}-{kind}" if prefix in ("B", "I") and kind in TYPES else "O"


def repaired(labels: list[str]) -> list[str]:
    """An I- that follows neither its B- nor its I- becomes a B- (so spans are counted as written)."""
    out = []
    for i, label in enumerate(labels):
        if label.startswith("I-") and (i == 0 or out[-1][2:] != label[2:]):
            label = "B-" + label[2:]
        out.append(label)
    return out


def read_germeval(path: Path) -> list[Sentence]:
    """GermEval 2014 TSV: '#' lines start a sentence, column 3 holds the outer label."""
    sentences, tokens, labels = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        fields = line.split("\t")
        if line.startswith("#") or not line.strip():
            if tokens:
                sentences.append((tokens, repaired(labels)))
            tokens, labels = [], []
        elif len(fields) >= 3:
            tokens.append(fields[1])
            labels.append(coarse(fields[2]))
    return sentences


def cut(tokens: list[str], labels: list[str]) -> list[Sentence]:
    """One running text -> sentences: after each sentence end, or at MAX_LENGTH outside an entity."""
    sentences, start = [], 0
    for i, token in enumerate(tokens):
        at_end = token in SENTENCE_END and (i + 1 == len(tokens) or tokens[i + 1] not in SENTENCE_END)
        too_long = i - start >= MAX_LENGTH and (i + 1 == len(tokens) or not labels[i + 1].startswith("I-"))
        if at_end or too_long:
            sentences.append((tokens[start:i + 1], repaired(labels[start:i + 1])))
            start = i + 1
    if start < len(tokens):
        sentences.append((tokens[start:], repaired(labels[start:])))
    return sentences


def read_europeana(folder: Path) -> list[Sentence]:
    """Europeana Newspapers (de): 'token label' lines, '#' lines between documents, no sentence
    breaks; tags like 'B-PEr' are upper-cased, tokens holding a space are joined, bare words skipped."""
    sentences = []
    for path in sorted(folder.glob("*.bio")):
        tokens, labels = [], []
        for line in path.read_text(encoding="utf-8").splitlines() + ["#"]:
            fields = line.split()
            if line.startswith("#"):
                sentences += cut(tokens, labels)
                tokens, labels = [], []
            elif len(fields) >= 2:
                tokens.append("".join(fields[:-1]))
                labels.append(coarse(fields[-1].upper()))
    return sentences


def read_anercorp(path: Path) -> tuple[list[Sentence], list[Sentence]]:
    """ANERcorp split as CAMeL Lab does: '·'/'•' read as '.', U+200F dropped (and tokens left
    empty), a sentence ends after a run of periods; sentences go to training until it holds
    ANERCORP_TRAIN_WORDS words, the rest to the test."""
    tokens, labels = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        token, _, label = line.replace("\u200f", "").rpartition(" ")
        token = re.sub("[·•]", ".", token).strip().replace(" ", "")
        if token:
            tokens.append(token)
            labels.append(coarse(label, {"PERS": "PER"}))
    sentences, start = [], 0
    for i, token in enumerate(tokens):
        if set(token) == {"."} and (i + 1 == len(tokens) or set(tokens[i + 1]) != {"."}):
            sentences.append((tokens[start:i + 1], repaired(labels[start:i + 1])))
            start = i + 1
    if start < len(tokens):
        sentences.append((tokens[start:], repaired(labels[start:])))
    train, count = [], 0
    for sentence in sentences:
        if count >= ANERCORP_TRAIN_WORDS:
            break
        train.append(sentence)
        count += len(sentence[0])
    return train, sentences[len(train):]


def read_newsfane(path: Path) -> list[Sentence]:
    """NewsFANE Gold: BOM, CRLF, U+200E before each token; 50 fine classes mapped to PER/ORG/LOC."""
    sentences, tokens, labels = [], [], []
    text = path.read_text(encoding="utf-8-sig").replace("\u200e", "").replace("\r", "")
    for line in text.split("\n") + [""]:
        token, _, label = line.partition("\t")
        if not line.strip():
            if tokens:
                sentences.append((tokens, repaired(labels)))
            tokens, labels = [], []
        elif token.strip():
            tokens.append(token.strip())
            labels.append(coarse(label.strip(), NEWSFANE_TYPE))
    return sentences


def ngrams(tokens: list[str], n: int = 5) -> set[tuple[str, ...]]:
    """The word n-grams, folded (NewsFANE writes ANERcorp's أ/إ/آ as ا)."""
    tokens = [fold(token) for token in tokens]
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def deduplicated(sentences: list[Sentence], against: list[Sentence], n: int = 5) -> list[Sentence]:
    """The sentences that share no n-gram of words (nor, if shorter, their whole text) with `against`."""
    seen = set().union(*(ngrams(tokens, n) for tokens, _ in against))
    whole = {tuple(fold(token) for token in tokens) for tokens, _ in against}
    return [(tokens, labels) for tokens, labels in sentences
            if tuple(fold(token) for token in tokens) not in whole and not ngrams(tokens, n) & seen]


#: proclitics an Arabic name may carry in running text ('وترامب', 'لبوينغ')
CLITICS = re.compile("^(?:[وف]?[بلك]?|[وف]?لل?)")


def matches(tokens: list[str], name: list[str], arabic: bool) -> list[int]:
    """Where the name's tokens occur; an Arabic name's first token may carry proclitics."""
    starts = []
    for i in range(len(tokens) - len(name) + 1):
        first = tokens[i]
        if first != name[0] and not (arabic and first.endswith(name[0]) and CLITICS.fullmatch(first[:-len(name[0])])):
            continue
        if tokens[i + 1:i + len(name)] == name[1:]:
            starts.append(i)
    return starts


def gold_names(gold: dict) -> list[tuple[list[str], str]]:
    """The tokens of each person's name (and of a surname alone) and each organisation's name and aliases."""
    names = []
    for person in gold.get("people") or ():
        words = tokens_of(person["name"])
        names.append((words, "PER"))
        if len(words) > 1 and len(words[-1]) > 2:
            names.append((words[-1:], "PER"))
    for company in gold.get("companies") or ():
        for text in [company["name"], *(company.get("aliases") or ())]:
            names.append((tokens_of(text), "ORG"))
    return sorted(names, key=lambda item: -len(item[0]))


def tagged(tokens: list[str], names: list[tuple[list[str], str]], arabic: bool) -> list[str]:
    """BIO labels of the names' occurrences, longest names first, never overlapping."""
    labels = ["O"] * len(tokens)
    for words, kind in names:
        for start in matches(tokens, words, arabic):
            span = range(start, start + len(words))
            if all(labels[i] == "O" for i in span):
                for i in span:
                    labels[i] = ("B-" if i == start else "I-") + kind
    return labels


def read_real_news(root: Path, code: str, stories: set[str] | None = None) -> list[Sentence]:
    """The TUNE articles of corpus/real in one language, their gold names tagged: the sentences
    that hold at least one (the others may name people or organisations the gold leaves out).
    Never the validation articles. `stories`: only these story keys."""
    sources = yaml.safe_load((root / "corpus/real/sources.yaml").read_text(encoding="utf-8"))
    sentences = []
    for source in sources:
        if source["split"] != "tune" or source["language"] != code:
            continue
        if stories is not None and source["story"] not in stories:
            continue
        gold = yaml.safe_load((root / "corpus/real/gold" / f"{source['id']}.yaml").read_text(encoding="utf-8"))
        text_path = root / "corpus/real/texts" / gold["article"]
        if not text_path.exists():
            continue
        names = gold_names(gold)
        for line in text_path.read_text(encoding="utf-8").splitlines():
            tokens = tokens_of(line)
            for sentence_tokens, _ in cut(tokens, ["O"] * len(tokens)):
                labels = tagged(sentence_tokens, names, code == "ar")
                if any(label != "O" for label in labels):
                    sentences.append((sentence_tokens, labels))
    return sentences


def tune_stories(root: Path, code: str) -> list[str]:
    """The story keys of the language's tune articles, in order of first appearance."""
    sources = yaml.safe_load((root / "corpus/real/sources.yaml").read_text(encoding="utf-8"))
    return list(dict.fromkeys(s["story"] for s in sources if s["split"] == "tune" and s["language"] == code))
