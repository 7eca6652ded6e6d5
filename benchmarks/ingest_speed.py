"""Print ingest speed: start-up time, extraction alone, the load of story pairing's sentence
encoder (once per run, measured apart: the runs after it have it loaded), and whole ingest runs (extraction,
name matching, story pairing and writing entries) into an empty content folder and into
folders that already hold thousands of people and companies, on one core; then the tagger's
cost: whole ingest into an empty folder with and without the tagger's steps (its people and
its organisations), in interleaved rounds of one run, in process CPU time; with --baseline, the
same whole ingest by the code of another checkout in the same rounds (a subprocess that ingests
the articles once to warm up, as this process is, then once measured), to compare with the code
from before the tagger. Before each measured run the memo caches of words and lines are emptied
(clear_caches), in both processes: each run reads the articles as new ones.

    .venv/bin/python benchmarks/ingest_speed.py ../shared/corpus/dev/articles [repeats]
    git worktree add /tmp/before-tagger 6b8b01b
    .venv/bin/python benchmarks/ingest_speed.py corpus/real/texts 3 --baseline /tmp/before-tagger
"""

import contextlib
import datetime
import inspect
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

started = time.perf_counter()
from generator.ingest import langdata, similarity  # noqa: E402
from generator.ingest.knowledge import Knowledge  # noqa: E402
from generator.ingest.pipeline import extract, read_article  # noqa: E402
from generator.ingest.run import ingest  # noqa: E402
from generator.ingest.given_names import given_names  # noqa: E402

for code in langdata.available():
    langdata.load_language(code)
given_names()
def clear_caches() -> None:
    """Empty the memo caches of words and lines (functools caches of 1024 entries or more; the
    models and language files stay loaded): a real ingest meets new articles, while the rounds
    here ingest the same ones again, and a warm cache of their words would flatter the code that
    has more caches. Run in this process and, as source text, in the baseline's."""
    import sys

    for name, module in list(sys.modules.items()):
        if name.startswith("generator"):
            for value in list(vars(module).values()):
                parameters = getattr(value, "cache_parameters", None)
                if parameters and getattr(value, "__module__", None) == name and (parameters()["maxsize"] or 0) >= 1024:
                    value.cache_clear()

arguments = sys.argv[1:]
baseline = None
if "--baseline" in arguments:
    at = arguments.index("--baseline")
    baseline = Path(arguments[at + 1]).resolve()
    del arguments[at:at + 2]
folder = Path(arguments[0])
repeats = int(arguments[1]) if len(arguments) > 1 else 5
#: content folders of this many people and companies, to see how name matching scales
SIZES = (1000, 5000)
files = sorted(path for path in folder.iterdir() if path.is_file())
for path in files[:1]:  # the first article compiles each step's patterns: part of start-up
    extract(read_article(path), datetime.date(2026, 5, 1))
startup = time.perf_counter() - started
began = time.perf_counter()
for _ in range(repeats):
    clear_caches()
    for path in files:
        extract(read_article(path), datetime.date(2026, 5, 1))
elapsed = time.perf_counter() - began
count = len(files) * repeats
print(f"start-up (imports, language files, name list, first article): {startup:.2f} s")
print(f"{count} articles in {elapsed:.2f} s: {count / elapsed:.1f} articles/s")

began = time.perf_counter()
similarity.vector("Nordwerk streicht 1.200 Stellen")  # loads the encoder: once per run, on the first story to compare
print(f"story pairing's sentence encoder, loaded on the first story to compare: {time.perf_counter() - began:.2f} s")
began = time.perf_counter()
with tempfile.TemporaryDirectory() as scratch:
    for number in range(repeats):
        clear_caches()
        report = ingest(files, Path(scratch) / f"content-{number}", datetime.date(2026, 5, 1))
elapsed = time.perf_counter() - began
entries = len(report.created)
print(f"whole ingest, {repeats} x {len(files)} articles into an empty folder ({entries} entries each): "
      f"{count / elapsed:.1f} articles/s")


def invented(rng: random.Random, words: int) -> tuple[str, str]:
    """An invented name, in Latin script and transliterated into Arabic script."""
    latin = ["ka", "ro", "mi", "sel", "dan", "tu", "ber", "lo", "vin", "ha", "gor", "ne", "sti", "al", "pe"]
    arabic = ["كا", "رو", "مي", "سل", "دان", "تو", "بر", "لو", "فين", "ها", "غور", "ني", "ستي", "ال", "بي"]
    picked = [[rng.randrange(len(latin)) for _ in range(rng.randint(2, 3))] for _ in range(words)]
    return (" ".join("".join(latin[i] for i in word).capitalize() for word in picked),
            " ".join("".join(arabic[i] for i in word) for word in picked))


def fill_content(folder: Path, size: int) -> None:
    """`size` invented people and `size` invented companies, each named in Latin and Arabic script."""
    rng = random.Random(7)
    for folder_name, kind in (("people", "person"), ("companies", "company")):
        (folder / folder_name).mkdir(parents=True, exist_ok=True)
        for number in range(size):
            entry_id = f"{kind}-{number:05d}"
            latin, arabic = invented(rng, 2 if kind == "person" else rng.randint(1, 2))
            extra = "kind: company\n" if kind == "company" else ""
            (folder / folder_name / f"{entry_id}.md").write_text(
                f"---\nid: {entry_id}\ntype: {kind}\nname:\n  de: {latin}\n  ar: {arabic}\n{extra}---\n", encoding="utf-8")


for size in SIZES:
    with tempfile.TemporaryDirectory() as scratch:
        content = Path(scratch) / "content"
        fill_content(content, size)
        began = time.perf_counter()
        Knowledge(content)
        loading = time.perf_counter() - began
        began = time.perf_counter()
        ingest(files, content, datetime.date(2026, 5, 1))
        elapsed = time.perf_counter() - began
    # ingest loads the folder itself: its time includes a second loading, which varies (disk
    # cache); subtracting the first one could give a negative rate, so both are shown whole
    print(f"into a folder of {size} people and {size} companies: loading it {loading:.1f} s, "
          f"whole ingest of {len(files)} articles {elapsed:.1f} s with its own loading "
          f"({len(files) / elapsed:.1f} articles/s)")


@contextlib.contextmanager
def without_tagger():
    """Ingest as it runs without the statistical tagger: the rules and the knowledge base alone."""
    from generator.ingest import pipeline
    from generator.ingest.steps import organisation_merge, tagged_people

    steps, mentions = pipeline.STEPS, organisation_merge.tagged_mentions
    pipeline.STEPS = [step for step in steps if step is not tagged_people.tagged_people_step]
    organisation_merge.tagged_mentions = lambda *args: []
    try:
        yield
    finally:
        pipeline.STEPS, organisation_merge.tagged_mentions = steps, mentions




def cpu_ingest(number: int) -> float:
    with tempfile.TemporaryDirectory() as scratch:
        clear_caches()
        began = time.process_time()
        ingest(files, Path(scratch) / f"content-{number}", datetime.date(2026, 5, 1))
        return time.process_time() - began


#: the baseline's whole ingest, warmed up as this process is: the CPU seconds of the second run
BASELINE_RUN = """
import datetime, sys, tempfile, time
from pathlib import Path
from generator.ingest.run import ingest
files = [Path(path) for path in sys.argv[1:]]
with tempfile.TemporaryDirectory() as scratch:
    ingest(files, Path(scratch) / "warm", datetime.date(2026, 5, 1))
    exec(sys.stdin.read())
    began = time.process_time()
    ingest(files, Path(scratch) / "measured", datetime.date(2026, 5, 1))
    print(time.process_time() - began)
"""


def baseline_ingest() -> float:
    environment = {**os.environ, "PYTHONPATH": str(baseline)}
    # absolute paths: the subprocess runs in the other checkout (relative ones named no file there,
    # and an ingest of no readable file took no time)
    done = subprocess.run([sys.executable, "-c", BASELINE_RUN, *(str(path.resolve()) for path in files)], cwd=baseline, env=environment,
                          input=inspect.getsource(clear_caches) + "\nclear_caches()\n", capture_output=True, text=True, check=True)
    return float(done.stdout.split()[-1])


def median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


with_times, without_times, baseline_times = [], [], []
for number in range(repeats):  # interleaved, so that a busier moment of the machine hits both
    with_times.append(cpu_ingest(number))
    with without_tagger():
        without_times.append(cpu_ingest(number))
    if baseline:
        baseline_times.append(baseline_ingest())
print(f"whole ingest of {len(files)} articles into an empty folder, CPU seconds per round, with the tagger: "
      + ", ".join(f"{value:.2f}" for value in with_times) + "; without it (rules and knowledge base alone): "
      + ", ".join(f"{value:.2f}" for value in without_times)
      + f"; median ratio {median([a / b for a, b in zip(with_times, without_times)]):.2f}")
if baseline:
    print(f"the same by the code in {baseline}: " + ", ".join(f"{value:.2f}" for value in baseline_times)
          + f"; median ratio of this code with the tagger to it {median([a / b for a, b in zip(with_times, baseline_times)]):.2f}")
