"""The `digest` command line."""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from collections import Counter
from pathlib import Path

from generator.errors import ContentError
from generator.graph import load_graph, pending_ingest
from generator.render.paths import FOLDERS


def run_check(args: argparse.Namespace) -> int:
    """Validate every entry and reference, as `mkdocs build` does, without building."""
    content = Path(args.content)
    try:
        warning = pending_ingest(content)
        if warning:
            print(f"warning: {warning}", file=sys.stderr)
        graph = load_graph(content)
    except ContentError as error:
        print(error.report(), file=sys.stderr)
        return 1
    counts = Counter(entry.kind for entry in graph.entries.values())
    summary = ", ".join(f"{counts[type_]} {folder}" for type_, folder in FOLDERS.items())
    print(f"{args.content}: {len(graph.entries)} entries are valid ({summary})")
    return 0


def run_eval(args: argparse.Namespace) -> int:
    """Compare extraction with gold files and print the figures per language."""
    from generator.ingest.evaluate import run_eval as evaluate

    return evaluate(Path(args.gold), [Path(path) for path in args.articles], verbose=args.verbose)


def run_ingest(args: argparse.Namespace) -> int:
    """Turn raw articles into entries under content/."""
    from generator.ingest.run import ContentLocked, ingest, print_report

    try:
        report = ingest([Path(path) for path in args.paths], Path(args.content), args.retrieved)
    except ContentError as error:
        print(f"{error.report()}\nNothing was ingested: fix these entries first.", file=sys.stderr)
        return 1
    except ContentLocked as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print_report(report)
    return 1 if report.failed else 0


def iso_date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD, found '{text}'") from None


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="digest", description="Build a bilingual news digest from content/.")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate content/ without building the site")
    check.add_argument("--content", default="content", help="the content folder (default: ./content)")
    check.set_defaults(run=run_check)
    ingest = commands.add_parser("ingest", help="turn raw articles (.txt, .md, .html) into entries")
    ingest.add_argument("--content", default="content", help="the content folder (default: ./content)")
    ingest.add_argument("--retrieved", type=iso_date, help="the day the articles were collected (default: each file's date)")
    ingest.add_argument("paths", nargs="+", help="article files or folders")
    ingest.set_defaults(run=run_ingest)
    evaluate = commands.add_parser("eval", help="measure extraction against gold annotations")
    evaluate.add_argument("--gold", required=True, help="folder of gold YAML files (one per article, same stem)")
    evaluate.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    evaluate.add_argument("articles", nargs="+", help="article files or folders")
    evaluate.set_defaults(run=run_eval)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return args.run(args)
    except BrokenPipeError:
        # whoever read the output stopped ('digest eval ... | head'): no traceback, and none at
        # exit either, when Python flushes stdout (the idiom of the signal module's documentation)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
