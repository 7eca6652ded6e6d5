"""Check re-fetched texts of the real-news corpus against the fingerprints in sources.yaml.

    python corpus/real/verify.py            # every article
    python corpus/real/verify.py ID ...     # some

A fingerprint is the sha256 of the text in Unicode NFC with every run of white space made one
space and the ends trimmed. Exit status 1 when a text is missing or differs.
"""

from __future__ import annotations

import hashlib
import sys
import unicodedata
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).parent


def fingerprint(text: str) -> str:
    return hashlib.sha256(" ".join(unicodedata.normalize("NFC", text).split()).encode("utf-8")).hexdigest()


def main(ids: list[str]) -> int:
    sources = YAML(typ="safe").load((HERE / "sources.yaml").read_text(encoding="utf-8"))
    wanted = [source for source in sources if not ids or source["id"] in ids]
    bad = 0
    for source in wanted:
        path = HERE / "texts" / f"{source['id']}.txt"
        if not path.exists():
            print(f"{path}: missing (fetch it with the query: {source['query']!r}, URL {source['url']})")
            bad += 1
        elif fingerprint(path.read_text(encoding="utf-8")) != source["sha256"]:
            print(f"{path}: differs from the text the gold was written on")
            bad += 1
    print(f"{len(wanted) - bad} of {len(wanted)} texts verified")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
