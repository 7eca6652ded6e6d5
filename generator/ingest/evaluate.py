"""Measure extraction against gold files (the format of the development corpus's gold/).

`digest eval --gold DIR ARTICLES...` extracts each article (nothing is written) and prints,
per language, the share of right languages, titles, publishers and dates (and of the dates that
the text states: how many are right of how many), figures recall (and
the share of extracted figures that are gold key figures: a lower bound of precision),
boilerplate leakage, people and organisation scores, and for the people found, how many of
their gold roles were extracted (whole, or only cut short) and whether the organisation named
for them is the gold one.
"""

from __future__ import annotations

import datetime
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from ruamel.yaml import YAML

from slugify import slugify

from generator.ingest import names
from generator.ingest.names import name_key
from generator.ingest.starter import load_starter
from generator.ingest.langdata import fold
from generator.ingest.pipeline import extract, prepare
from generator.ingest.reader import SourceError
from generator.ingest.writer import Placed

RETRIEVED = datetime.date(2026, 5, 1)


def squash(text: str | None) -> str:
    return " ".join((text or "").split())


def score_entities(found: list[dict], gold: list[dict], tally: Tally, kind: str, name: str) -> list[tuple[dict, dict]]:
    """True/false positives by name: a found entity matches a gold one by its name, a gold alias or canonical.
    Returns the (found, gold) pairs."""
    remaining, pairs = list(gold), []
    for entity in found:
        keys = {name_key(entity["name"]), *(name_key(alias) for alias in entity.get("aliases") or ())}
        match = next((g for g in remaining if keys & {name_key(g["name"]), name_key(g.get("canonical") or ""),
                                                      *(name_key(alias) for alias in g.get("aliases") or ())}), None)
        if match is not None:
            remaining.remove(match)
            pairs.append((entity, match))
            if not match.get("optional"):  # optional gold (wire agencies in datelines): neither required nor penalised
                tally.counts[kind + "_tp"] += 1
        else:
            tally.counts[kind + "_fp"] += 1
            tally.misses.append(f"{name}: {kind} not in gold: {entity['name']!r}")
    for entity in remaining:
        if entity.get("optional"):
            continue
        tally.counts[kind + "_fn"] += 1
        tally.misses.append(f"{name}: {kind} missed: {entity['name']!r}")
    return pairs


def role_key(text: str) -> str:
    """A role compared without case, extra whitespace or Arabic letter variants."""
    return " ".join(fold(text).split())


def names_of(organisation: str | None, companies: list[dict]) -> set[str]:
    """An organisation's name keys: the name itself and every name of the listed company it is one of."""
    if not organisation:
        return set()
    names = {name_key(organisation)}
    for company in companies:
        keys = {name_key(text) for text in [company["name"], company.get("canonical") or "", *(company.get("aliases") or ())] if text}
        if names & keys:
            names |= keys
    return names


def score_roles(pairs: list[tuple[dict, dict]], found_companies: list[dict], gold_companies: list[dict], tally: Tally, name: str) -> None:
    """For each gold person found: its gold roles extracted whole or only in part (a strict
    substring, usually a role cut short), and whether the extracted organisation is the gold one
    (one of the extracted company's names is a name, alias or the canonical name of that gold
    organisation in this file)."""
    for found, gold in pairs:
        extracted = [role_key(role) for role in found.get("roles") or ()]
        for role in gold.get("roles") or ():
            key = role_key(role)
            tally.counts["roles_gold"] += 1
            if key in extracted:
                tally.counts["roles_exact"] += 1
                continue
            part = any(other and other in key for other in extracted)
            tally.counts["roles_part"] += part
            tally.misses.append(f"{name}: role {'cut short' if part else 'missed'}: {gold['name']!r} {role!r} (found {found.get('roles')!r})")
        expected = gold.get("organisation")
        if not expected:
            if found.get("organisation"):
                tally.misses.append(f"{name}: organisation not in gold: {gold['name']!r} {found['organisation']!r}")
            continue
        tally.counts["organisation_gold"] += 1
        gold_names = {name_key(expected)}
        for company in gold_companies:
            if name_key(company.get("canonical") or company["name"]) == name_key(expected):
                gold_names |= names_of(company["name"], [company])
        if names_of(found.get("organisation"), found_companies) & gold_names:
            tally.counts["organisation_right"] += 1
        else:
            tally.misses.append(f"{name}: organisation wrong: {gold['name']!r} found {found.get('organisation')!r}, expected {expected!r}")


@dataclass
class Tally:
    """Counts for one language."""

    articles: int = 0
    right: dict = field(default_factory=lambda: defaultdict(int))
    figures_gold: int = 0
    figures_found: int = 0
    figures_extracted: int = 0
    #: extracted figures whose value and unit are among the gold's (the gold lists key figures
    #: only, so figures_in_gold / figures_extracted is a lower bound of precision)
    figures_in_gold: int = 0
    boilerplate_gold: int = 0
    boilerplate_leaked: int = 0
    body_gold: int = 0
    body_lost: int = 0
    misses: list = field(default_factory=list)
    counts: dict = field(default_factory=lambda: defaultdict(int))


def date_stated(text: str, gold_date: str, language: str) -> bool:
    """Whether an article's text states its gold publication date, as an independent parser
    (dateparser, which ingest does not use) or a plain numeric spelling finds it; dates worked out
    from a weekday or the URL are not stated."""
    from dateparser.search import search_dates

    year, month, day = gold_date.split("-")
    text = fold(text)
    numeric = [gold_date, f"{int(day)}.{month}.{year}", f"{day}.{month}.{year}", f"{day}/{month}/{year}",
               f"{day}-{month}-{year}", f"{year}/{month}/{day}"]
    if any(re.search(rf"(?<!\d){re.escape(spelling)}(?!\d)", text) for spelling in numeric):
        return True
    try:
        found = search_dates(text[:20000], languages=[language], settings={"REQUIRE_PARTS": ["day", "month", "year"]}) or []
    except Exception:  # noqa: BLE001 - dateparser's search fails on some texts; then the date counts as not stated
        return False
    return any(date.date().isoformat() == gold_date for _, date in found)


def score_article(path: Path, gold: dict, tally: Tally) -> None:
    marked = prepare(path)
    source = marked.source
    draft = extract(source, RETRIEVED, marked)
    tally.articles += 1
    absolute = draft.published if draft.published and draft.published_from != draft.relative_time else None
    if gold.get("date") and date_stated(source.text, str(gold["date"]), gold.get("language") or "en"):
        tally.counts["dates_stated"] += 1
        if absolute and absolute.isoformat() == str(gold["date"]):
            tally.counts["stated_dates_right"] += 1
    checks = {
        "language": (draft.language, gold.get("language")),
        "title": (squash(draft.title), squash(gold.get("title"))),
        "publisher": (squash(draft.publisher), squash(gold.get("publisher"))),
        "date": (absolute.isoformat() if absolute else None, str(gold["date"]) if gold.get("date") else None),
        "author": (draft.author, gold.get("author")),
    }
    for name, (found, expected) in checks.items():
        if found == expected:
            tally.right[name] += 1
        else:
            tally.misses.append(f"{path.name}: {name}: found {found!r}, expected {expected!r}")
    people = score_entities(draft.people, gold.get("people") or [], tally, "people", path.name)
    score_roles(people, draft.companies, gold.get("companies") or [], tally, path.name)
    score_entities(draft.companies, gold.get("companies") or [], tally, "organisations", path.name)
    gold_figures = gold.get("figures") or []
    tally.figures_gold += len(gold_figures)
    tally.figures_extracted += len(draft.figures)
    found_pairs = {(float(figure["value"]), figure["unit"]) for figure in draft.figures}
    gold_pairs = {(float(figure["value"]), figure["unit"]) for figure in gold_figures}
    tally.figures_in_gold += sum((float(figure["value"]), figure["unit"]) in gold_pairs for figure in draft.figures)
    for figure in gold_figures:
        if (float(figure["value"]), figure["unit"]) in found_pairs:
            tally.figures_found += 1
        else:
            tally.misses.append(f"{path.name}: figure missed: {figure['text']!r} = {figure['value']} {figure['unit']}")
    if "boilerplate_lines" in gold:
        kept = {squash(line) for line in draft.kept_lines()}
        boilerplate = {squash(line) for line in gold["boilerplate_lines"]}
        tally.boilerplate_gold += len(boilerplate)
        for line in sorted(boilerplate & kept):
            tally.boilerplate_leaked += 1
            tally.misses.append(f"{path.name}: boilerplate kept: {line[:80]!r}")
        article_lines = {squash(line) for line in source.text.splitlines() if line.strip()} - boilerplate
        tally.body_gold += len(article_lines)
        for line in sorted(article_lines - kept):
            if draft.source.format == "md":
                continue  # Markdown lines are compared after their markup is removed
            tally.body_lost += 1
            tally.misses.append(f"{path.name}: article line dropped: {line[:80]!r}")


def f1(counts: dict, kind: str) -> str:
    prefix = kind + "_" if kind else ""
    tp, fp, fn = counts[prefix + "tp"], counts[prefix + "fp"], counts[prefix + "fn"]
    if not tp:
        return "  0.00/0.00/0.00"
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return f"  {precision:.2f}/{recall:.2f}/{2 * precision * recall / (precision + recall):.2f}"


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:6.1%}" if whole else "     -"


def print_report(tallies: dict[str, Tally], out=None, verbose: bool = False) -> None:
    out = out or sys.stdout
    columns = ["lang", "articles", "language", "title", "publisher", "date", "stated date", "author", "figures R", "figures P≥", "figures n", "boilerplate leak", "body lost", "people P/R/F1", "organisations P/R/F1"]
    print(" | ".join(columns), file=out)
    total = Tally()
    for code in sorted(tallies) + ["all"]:
        tally = tallies[code] if code != "all" else total
        if code != "all":
            total.articles += tally.articles
            for key, value in tally.right.items():
                total.right[key] += value
            for key, value in tally.counts.items():
                total.counts[key] += value
            for name in ("figures_gold", "figures_found", "figures_extracted", "figures_in_gold", "boilerplate_gold", "boilerplate_leaked", "body_gold", "body_lost"):
                setattr(total, name, getattr(total, name) + getattr(tally, name))
        row = [
            f"{code:4}", f"{tally.articles:8}",
            *(ratio(tally.right[name], tally.articles) for name in ("language", "title", "publisher", "date")),
            f"{tally.counts['stated_dates_right']:4}/{tally.counts['dates_stated']:<3}".rjust(11),
            ratio(tally.right["author"], tally.articles),
            ratio(tally.figures_found, tally.figures_gold), ratio(tally.figures_in_gold, tally.figures_extracted).rjust(10),
            f"{tally.figures_extracted:9}",
            f"{tally.boilerplate_leaked}/{tally.boilerplate_gold}".rjust(16),
            f"{tally.body_lost}/{tally.body_gold}".rjust(9),
            f1(tally.counts, "people"),
            f1(tally.counts, "organisations"),
        ]
        print(" | ".join(row), file=out)
    print_roles(tallies, total, out)
    if verbose:
        for code in sorted(tallies):
            for miss in tallies[code].misses:
                print(f"  {miss}", file=out)


def print_roles(tallies: dict[str, Tally], total: Tally, out=None) -> None:
    """Roles and organisations of the gold people that were found."""
    out = out or sys.stdout
    print("lang | gold roles | role exact | role cut short | gold organisations | organisation right", file=out)
    for code in sorted(tallies) + ["all"]:
        counts = (tallies[code] if code != "all" else total).counts
        row = [
            f"{code:4}", f"{counts['roles_gold']:10}", ratio(counts["roles_exact"], counts["roles_gold"]).rjust(10),
            ratio(counts["roles_part"], counts["roles_gold"]).rjust(14), f"{counts['organisation_gold']:18}",
            ratio(counts["organisation_right"], counts["organisation_gold"]).rjust(18),
        ]
        print(" | ".join(row), file=out)


def run_eval(gold_dir: Path, articles: list[Path], verbose: bool = False) -> int:
    yaml = YAML(typ="safe")
    tallies: dict[str, Tally] = defaultdict(Tally)
    files = [path for item in articles for path in (sorted(item.iterdir()) if item.is_dir() else [item])]
    for path in files:
        gold_path = gold_dir / f"{path.stem}.yaml"
        if not gold_path.exists():
            print(f"{path}: no gold file {gold_path}", file=sys.stderr)
            continue
        gold = yaml.load(gold_path.read_text(encoding="utf-8"))
        code = gold.get("language") or re.sub(r"^\d+_(\w\w)_.*", r"\1", path.stem)
        try:
            score_article(path, gold, tallies[code])
        except SourceError as error:
            print(f"{path}: {error}", file=sys.stderr)
    print_report(tallies, verbose=verbose)
    print_across(score_across([path for path in files if (gold_dir / f"{path.stem}.yaml").exists()], gold_dir), verbose=verbose)
    return 0


def pair_outcome(gold_same: bool, found_same: bool) -> str:
    """'tp', 'fp', 'fn' or 'tn' for one pair of articles: the same story in gold, in the output."""
    return ("tp" if gold_same else "fp") if found_same else ("fn" if gold_same else "tn")


def score_across(files: list[Path], gold_dir: Path) -> dict:
    """Ingest all articles into a scratch content folder, then compare stories and entities with gold.

    Story pairing: every pair of articles is 'same story' or not, in gold (`story`) and in the
    output (the same `event`); precision, recall and F1 over the pairs.
    One entry per entity: each gold person or organisation (by `canonical`) that at least two
    articles name, and that the extraction found in at least two of them, should be one entry,
    and that entry should be no other gold entity's."""
    import tempfile

    from generator.ingest.run import ingest

    yaml = YAML(typ="safe")
    with tempfile.TemporaryDirectory() as scratch:
        report = ingest(files, Path(scratch) / "content", RETRIEVED)
        events = event_quality(Path(scratch) / "content")
    golds = {path.stem: yaml.load((gold_dir / f"{path.stem}.yaml").read_text(encoding="utf-8")) for path in files}
    stems = [path.stem for path in files if path.stem in golds]
    # an article ingest refused is paired with none and names nothing
    placed = defaultdict(lambda: Placed("", None), {Path(one.source).stem: one for one in report.placed})
    result = {"pairs": defaultdict(int), "entities": defaultdict(int), "misses": [], "events": events}
    for index, one in enumerate(stems):
        for other in stems[index + 1:]:
            gold_same = golds[one]["story"] == golds[other]["story"]
            found_same = placed[one].story is not None and placed[one].story == placed[other].story
            result["pairs"][pair_outcome(gold_same, found_same)] += 1
            if gold_same != found_same:
                result["misses"].append(f"pairing: {one} / {other}: {'not paired' if gold_same else 'paired wrongly'}")
    for kind, found_key in (("people", "people"), ("companies", "companies")):
        ids_of: dict[str, list[str]] = defaultdict(list)
        for stem in stems:
            found = {name_key(name): id_ for name, id_ in getattr(placed[stem], found_key).items()}
            for entity in golds[stem].get(kind) or ():
                # the name first, then the aliases in order (a set's order varies from run to run)
                keys = dict.fromkeys([name_key(entity["name"]), *(name_key(alias) for alias in entity.get("aliases") or ())])
                id_ = next((found[key] for key in keys if key in found), None)
                if id_:
                    ids_of[entity["canonical"]].append(id_)
        records = load_starter().records[kind]
        for stem in stems:
            found = {name_key(name): id_ for name, id_ in getattr(placed[stem], found_key).items()}
            for entity in golds[stem].get(kind) or ():
                id_ = found.get(name_key(entity["name"]))
                if id_ in records and not is_record_of(records[id_], entity):
                    result["entities"]["wrong knowledge links"] += 1
                    result["misses"].append(f"knowledge link: {stem}: {entity['canonical']!r} made the entry of record {id_!r}")
        owners = defaultdict(set)
        for canonical, ids in ids_of.items():
            for id_ in ids:
                owners[id_].add(canonical)
        for id_, canonicals in sorted(owners.items()):
            if len(canonicals) > 1:
                result["entities"]["false merges"] += 1
                result["misses"].append(f"false merge: entry {id_} is {sorted(canonicals)}")
        for canonical, ids in sorted(ids_of.items()):
            if len(ids) < 2:
                continue
            one_entry = len(set(ids)) == 1 and owners[ids[0]] == {canonical}
            result["entities"]["one" if one_entry else "split"] += 1
            if not one_entry:
                result["misses"].append(f"unification: {canonical}: entries {sorted(set(ids))}")
    return result


def is_record_of(record, entity: dict) -> bool:
    """Whether a starter record is the gold entity: one of its spellings is the entity's canonical
    name, first mention or an alias, or one of its Latin spellings is the canonical name spelt a
    little differently ('Mohammad bin Salman', 'Mohammed bin Salman'). Plain letters are compared,
    not the skeletons ingest matches by, which are what this checks."""
    gold = [entity["canonical"], entity["name"], *(entity.get("aliases") or ())]
    if {name_key(text) for text in gold} & {name_key(text) for text in record.spellings} or slugify(entity["canonical"]) == record.id:
        return True
    canonical = name_key(entity["canonical"])
    latin = [name_key(text) for text in record.spellings if not names.is_arabic(text)]
    return any(SequenceMatcher(None, canonical, text, autojunk=False).ratio() >= 0.85 for text in latin)


def event_quality(content: Path) -> dict:
    """What the site built from the ingested articles shows of its events: how many, how many
    are titled by a bare kind ('Ereignis', 'Übernahme') rather than who and what, and how many
    story pages lack a summary, people or a figure that says what it measures."""
    from generator.graph import load_graph
    from generator.render.text import load_labels

    graph = load_graph(content)
    kinds = {" ".join(str(text).split()).lower() for texts in load_labels()["event_kind"].values() for text in texts.values()}
    events = graph.of_type("event")
    stories = [event for event in events if graph.coverage(event.id)]
    return {
        "events": len(events),
        "stories": len(stories),
        "bare kind titles": sum(1 for event in events for text in event.fields["title"].values() if " ".join(text.split()).lower() in kinds),
        "stories without summary": sum(1 for event in stories if not event.fields["summary"]),
        "stories without people": sum(1 for event in stories if not graph.involved(event.id, "people")),
        "stories without a labelled figure": sum(1 for event in stories if not any(figure.get("about") for figure in event.fields["figures"])),
    }


def print_across(result: dict, out=None, verbose: bool = False) -> None:
    out = out or sys.stdout
    pairs = result["pairs"]
    print(f"story pairing P/R/F1 (over {sum(pairs.values())} article pairs):{f1(pairs, '')}", file=out)
    entities = result["entities"]
    total = entities["one"] + entities["split"]
    print(f"one entry per entity across articles: {entities['one']}/{total} {ratio(entities['one'], total)}; "
          f"entries that are two entities (false merges): {entities['false merges']}; "
          f"entities given a wrong knowledge-base record: {entities['wrong knowledge links']}", file=out)
    events = result.get("events")
    if events:
        print("events on the site: " + "; ".join(f"{key} {value}" for key, value in events.items()), file=out)
    if verbose:
        for miss in result["misses"]:
            print(f"  {miss}", file=out)
