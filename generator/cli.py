"""The `digest` command line."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from generator.errors import ContentError
from generator.graph import load_graph
from generator.render.paths import FOLDERS


def run_check(args: argparse.Namespace) -> int:
    """Validate every entry and reference, as `mkdocs build` does, without building."""
    try:
        graph = load_graph(Path(args.content))
    except ContentError as error:
        print(error.report(), file=sys.stderr)
        return 1
    counts = Counter(entry.kind for entry in graph.entries.values())
    summary = ", ".join(f"{counts[type_]} {folder}" for type_, folder in FOLDERS.items())
    print(f"{args.content}: {len(graph.entries)} entries are valid ({summary})")
    return 0


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="digest", description="Build a bilingual news digest from content/.")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate content/ without building the site")
    check.add_argument("--content", default="content", help="the content folder (default: ./content)")
    check.set_defaults(run=run_check)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
