"""Common words: the words the open corpora almost never tag as part of a name.

    python -m generator.ingest.tagger.common_words      # writes ar_common_words.txt and de_common_words.txt here

A word (folded as `langdata.fold` folds it) is common when the corpora have it often enough,
outside every name in 95 % of its occurrences or more:

- Arabic: ANERcorp and NewsFANE Gold together, three times or more ('خاص', 'مركزي', 'حققت',
  'اداره'; not 'مصر', 'الامارات'). The organisation finder reads an indefinite word of this list
  right after 'شركة', 'مجموعة', 'بنك' ... as a description, not a name ('بنك مركزي', 'مجموعة
  حققت ...').
- German: GermEval 2014's dev split (the tagger's training part; never its test split) and
  Europeana Newspapers, twice or more ('aufträge', 'staat', 'schritt'; not 'telekom'). German
  writes every noun with a capital, so a rule that takes the capitalised word after 'der Konzern'
  or before ', der Mutterkonzern' as a name drops it when every word of it is on this list.

Data: ../shared/ner-data (README.md here: licences).
"""

from __future__ import annotations

import argparse
import collections
from functools import cache
from pathlib import Path

from generator.ingest.langdata import fold

HERE = Path(__file__).parent
#: the fewest occurrences that make a word common, by language (the German corpora are smaller)
MIN_COUNT = {"ar": 3, "de": 2}
MIN_OUTSIDE = 0.95


def file_of(code: str) -> Path:
    return HERE / f"{code}_common_words.txt"


@cache
def common_words(code: str) -> frozenset[str]:
    """The committed list of a language (empty when there is none)."""
    path = file_of(code)
    return frozenset(path.read_text(encoding="utf-8").split()) if path.exists() else frozenset()


def sentences_of(code: str, data: Path) -> list:
    from generator.ingest.tagger import corpora

    if code == "de":
        return corpora.read_germeval(data / "germeval2014" / "NER-de-dev.tsv") + corpora.read_europeana(data / "europeana_newspapers_de")
    train, test = corpora.read_anercorp(data / "anercorp" / "ANERCorp")
    return train + test + corpora.read_newsfane(data / "NewsFANE_Gold" / "NewsFANE_Gold_2014_170K.txt")


def count(code: str, data: Path) -> list[str]:
    sentences = sentences_of(code, data)
    outside, total = collections.Counter(), collections.Counter()
    for tokens, labels in sentences:
        for token, label in zip(tokens, labels):
            word = fold(token)
            total[word] += 1
            outside[word] += label == "O"
    return sorted(word for word, n in total.items() if n >= MIN_COUNT[code] and outside[word] / n >= MIN_OUTSIDE and len(word) >= 2)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/ner-data"))
    args = parser.parse_args(argv)
    for code in MIN_COUNT:
        words = count(code, args.data)
        file_of(code).write_text("\n".join(words) + "\n", encoding="utf-8")
        print(f"{len(words)} common words -> {file_of(code)}")


if __name__ == "__main__":
    main()
