"""Write generator/ingest/lang/given_names_ar_latin.txt: Western given names as Arabic news
writes them ('ستيفاني', 'إيما', 'أوليفر'), which the Arabic lists (Faker's, in Arabic script)
lack.

    .venv/bin/python tools/given_names_in_arabic.py > generator/ingest/lang/given_names_ar_latin.txt
    .venv/bin/python tools/given_names_in_arabic.py --waw > generator/ingest/lang/names_with_waw_ar.txt

From the Latin <-> Arabic name-part pairs of Wikidata (Merhav & Ash 2018, CC0; in
../shared/ner-data/wikidata_name_tokens_ar/): the Arabic spellings, seen twice or more, of the
names that are in both Latin given-name lists (Faker's and the US list, generator/ingest/
given_names.py); without any spelling that is a common Arabic word of the corpora
(tagger/common_words.py: 'علي' is also 'على') or a word of the sample digest's names
(tagger/train.sample_words).

With --waw: the Arabic spellings, seen twice or more, that begin with و of any name part whose
Latin spelling begins with w or v ('ويليامز', 'وانغ', 'والتر'): there the و is the name's first
letter, not the conjunction 'and'; without a spelling that is, with or without its و, a common
Arabic word, nor a word of the sample digest's names.
"""

import collections
import sys
from pathlib import Path

from generator.ingest.given_names import load_faker_names, load_us_names
from generator.ingest.langdata import fold
from generator.ingest.tagger.common_words import common_words
from generator.ingest.tagger.train import ROOT, sample_words

PAIRS = Path("../shared/ner-data/wikidata_name_tokens_ar/wd_arabic.normalized.aligned.tokens")
MIN_COUNT = 2
HEADER = f"""\
# Western given names in Arabic script: the Arabic spellings (seen {MIN_COUNT} times or more) that
# Wikidata's Latin <-> Arabic name-part pairs (Merhav & Ash 2018, CC0) give the names found in
# both Latin given-name lists; without spellings that are common Arabic words or words of the
# sample digest's names. Written by
# tools/given_names_in_arabic.py; do not edit by hand. One name a line, sorted."""


WAW_HEADER = f"""\
# Name parts that begin with the letter و in Arabic script (Williams, Wang, Walter): the Arabic
# spellings (seen {MIN_COUNT} times or more) of Latin name parts beginning with w or v in
# Wikidata's name-part pairs (Merhav & Ash 2018, CC0), where the و is no conjunction; without
# spellings that are common Arabic words with or without it, or words of the sample digest's
# names. Written by
# tools/given_names_in_arabic.py --waw; do not edit by hand. One name part a line, sorted."""


def waw_names() -> list[str]:
    counts: dict[str, int] = collections.Counter()
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        token, letters, count = line.split("\t")
        spelling = letters.replace(" ", "")
        if token[:1] in "wv" and spelling.startswith("و"):
            counts[spelling] += int(count)
    common = common_words("ar") | sample_words(ROOT / "content")
    return sorted(name for name, count in counts.items()
                  if count >= MIN_COUNT and len(name) >= 3 and fold(name) not in common and fold(name[1:]) not in common)


def main() -> None:
    if "--waw" in sys.argv[1:]:
        sys.stdout.write(WAW_HEADER + "\n" + "\n".join(waw_names()) + "\n")
        return
    latin = {name.casefold() for name in load_us_names()} & {name.casefold() for name in load_faker_names()}
    spellings: dict[str, int] = collections.Counter()
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        token, letters, count = line.split("\t")
        if token in latin:
            spellings[letters.replace(" ", "")] += int(count)
    excluded = common_words("ar") | sample_words(ROOT / "content")
    names = sorted(name for name, count in spellings.items() if count >= MIN_COUNT and len(name) >= 3 and fold(name) not in excluded)
    sys.stdout.write(HEADER + "\n" + "\n".join(names) + "\n")


if __name__ == "__main__":
    main()
