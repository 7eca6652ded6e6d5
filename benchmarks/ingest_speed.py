"""Print ingest speed: start-up time, extraction alone, and whole ingest runs (extraction,
name matching, story pairing and writing entries) into an empty content folder, on one core.

    .venv/bin/python benchmarks/ingest_speed.py ../shared/corpus/dev/articles [repeats]
"""

import datetime
import sys
import tempfile
import time
from pathlib import Path

started = time.perf_counter()
from generator.ingest import langdata  # noqa: E402
from generator.ingest.pipeline import extract  # noqa: E402
from generator.ingest.reader import read_source  # noqa: E402
from generator.ingest.run import ingest  # noqa: E402
from generator.ingest.steps.people import given_names  # noqa: E402

for code in langdata.available():
    langdata.load_language(code)
given_names()
folder = Path(sys.argv[1])
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
files = sorted(path for path in folder.iterdir() if path.is_file())
for path in files[:1]:  # the first article compiles each step's patterns: part of start-up
    extract(read_source(path), datetime.date(2026, 5, 1))
startup = time.perf_counter() - started
began = time.perf_counter()
for _ in range(repeats):
    for path in files:
        extract(read_source(path), datetime.date(2026, 5, 1))
elapsed = time.perf_counter() - began
count = len(files) * repeats
print(f"start-up (imports, language files, name list, first article): {startup:.2f} s")
print(f"{count} articles in {elapsed:.2f} s: {count / elapsed:.1f} articles/s")

began = time.perf_counter()
with tempfile.TemporaryDirectory() as scratch:
    for number in range(repeats):
        report = ingest(files, Path(scratch) / f"content-{number}", datetime.date(2026, 5, 1))
elapsed = time.perf_counter() - began
entries = len(report.created)
print(f"whole ingest, {repeats} x {len(files)} articles into an empty folder ({entries} entries each): "
      f"{count / elapsed:.1f} articles/s")
