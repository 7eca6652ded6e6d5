"""Common Arabic words: the words the open corpora almost never tag as part of a name.

    python -m generator.ingest.tagger.common_words      # writes ar_common_words.txt here

A word (folded as `langdata.fold` folds it) is common when ANERcorp and NewsFANE Gold together
have it three times or more, outside every name in 95 % of its occurrences or more ('خاص',
'مركزي', 'حققت', 'اداره'; not 'مصر', 'الامارات'). The organisation finder reads an indefinite
word of this list right after 'شركة', 'مجموعة', 'بنك' ... as a description, not a name
('بنك مركزي', 'مجموعة حققت ...'). Data: ../shared/ner-data (README.md here: licences).
"""

from __future__ import annotations

import argparse
import collections
from functools import cache
from pathlib import Path

from generator.ingest.langdata import fold

HERE = Path(__file__).parent
FILE = HERE / "ar_common_words.txt"
MIN_COUNT = 3
MIN_OUTSIDE = 0.95


@cache
def common_words() -> frozenset[str]:
    """The committed list (empty when it is missing)."""
    return frozenset(FILE.read_text(encoding="utf-8").split()) if FILE.exists() else frozenset()


def count(data: Path) -> list[str]:
    from generator.ingest.tagger import corpora

    train, test = corpora.read_anercorp(data / "anercorp" / "ANERCorp")
    sentences = train + test + corpora.read_newsfane(data / "NewsFANE_Gold" / "NewsFANE_Gold_2014_170K.txt")
    outside, total = collections.Counter(), collections.Counter()
    for tokens, labels in sentences:
        for token, label in zip(tokens, labels):
            word = fold(token)
            total[word] += 1
            outside[word] += label == "O"
    return sorted(word for word, n in total.items() if n >= MIN_COUNT and outside[word] / n >= MIN_OUTSIDE and len(word) >= 2)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/ner-data"))
    parser.add_argument("--out", type=Path, default=FILE)
    args = parser.parse_args(argv)
    words = count(args.data)
    args.out.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} common words -> {args.out}")


if __name__ == "__main__":
    main()
