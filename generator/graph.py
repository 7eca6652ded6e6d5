"""Every entry loaded, every reference resolved, every reverse link derived.

Links are stored once in content/ (an article lists the people it names, a role names
its company); the graph derives the other direction (who is mentioned where, a
company's people and subsidiaries, an event's coverage) so that pages never read files.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from generator import errors
from generator.entries import Entry, load_entries
from generator.entries.fields import At, ListOf, Ref
from generator.entries.schema import SCHEMAS, Record
from generator.entries.store import JOURNAL, pending_writes
from generator.errors import ContentError, Problem


@dataclass(frozen=True)
class Mention:
    """A link from one entry to another: who links, through which field."""

    source: str
    field: str


@dataclass
class Graph:
    entries: dict[str, Entry]
    #: target id -> the links that point at it, in content order
    backlinks: dict[str, list[Mention]] = field(default_factory=lambda: defaultdict(list))

    def get(self, id_: str) -> Entry:
        return self.entries[id_]

    def of_type(self, type_: str) -> list[Entry]:
        return [entry for entry in self.entries.values() if entry.kind == type_]

    def linking(self, target: str, type_: str, *fields: str) -> list[Entry]:
        """Entries of `type_` that link to `target` through one of `fields`, each once."""
        found: dict[str, Entry] = {}
        for mention in self.backlinks.get(target, ()):
            entry = self.entries[mention.source]
            if entry.kind == type_ and mention.field in fields:
                found.setdefault(entry.id, entry)
        return list(found.values())

    # Reverse links, as the pages need them.

    def coverage(self, event_id: str) -> list[Entry]:
        """Articles that report the event as their story."""
        return self.linking(event_id, "article", "event")

    def involved(self, event_id: str, field: str) -> list[str]:
        """The people or companies (`field`) of an event: its own, then those its coverage
        articles name (a story's page shows everyone its articles report; news outlets that
        only carried it are left out)."""
        own = list(self.entries[event_id].fields[field])
        reported = [
            id_ for article in self.coverage(event_id) for id_ in article.fields[field]
            if id_ in self.entries and self.entries[id_].fields.get("kind") != "media"
        ]
        return list(dict.fromkeys(own + reported))

    def mentioned_in(self, target: str) -> list[Entry]:
        """Articles that name a person, company or (other) event."""
        return self.linking(target, "article", "people", "companies", "events")

    def involved_in(self, target: str) -> list[Entry]:
        """Events that name a person or company as involved."""
        return self.linking(target, "event", "people", "companies")

    def related_events(self, event_id: str) -> list[Entry]:
        """Events related either way: listed in `related`, or listing this one."""
        event = self.entries[event_id]
        ids = list(event.fields["related"]) + [e.id for e in self.linking(event_id, "event", "related")]
        return [self.entries[id_] for id_ in dict.fromkeys(ids)]

    def subsidiaries(self, company_id: str) -> list[Entry]:
        return self.linking(company_id, "company", "parent")

    def role_holders(self, company_id: str) -> list[tuple[Entry, dict]]:
        """(person, role) for every role at the company."""
        return [
            (person, role)
            for person in self.linking(company_id, "person", "roles.organization")
            for role in person.fields["roles"]
            if role["organization"] == company_id
        ]

    def roles_in(self, person: Entry, context: Entry) -> list[dict]:
        """The person's roles at companies that an article or event names: the role held there."""
        companies = set(context.fields.get("companies", ()))
        return [role for role in person.fields["roles"] if role["organization"] in companies]

    def to_dict(self) -> dict:
        """A plain, sorted form of the graph for snapshots: every entry's links both ways."""
        result = {}
        for id_, entry in sorted(self.entries.items()):
            result[id_] = {
                "type": entry.kind,
                "links": sorted({f"{m.field} <- {m.source}" for m in self.backlinks.get(id_, ())}),
            }
        return result


def iter_references(schema: Record, raw, record: dict, at: At):
    """(type, id, location) of every reference in a validated record, found through its schema."""
    for name, spec in schema.fields.items():
        value = record.get(name)
        if value is None or name not in raw:
            continue
        here = at.child(raw, name)
        if isinstance(spec.type, Ref):
            yield spec.type.kind, value, name, here
        elif isinstance(spec.type, ListOf) and isinstance(spec.type.item, Ref):
            for index, item in enumerate(value):
                yield spec.type.item.kind, item, name, here.child(raw[name], index)
        elif isinstance(spec.type, ListOf) and isinstance(spec.type.item, Record):
            for index, item in enumerate(value):
                item_at = here.child(raw[name], index)
                for kind, target, field_name, where in iter_references(spec.type.item, raw[name][index], item, item_at):
                    yield kind, target, f"{name}.{field_name}", where


def build_graph(entries: list[Entry], unreadable: set[tuple[str, str]] = frozenset()) -> tuple[Graph, list[Problem]]:
    """Resolve every reference; a problem for each id that names no entry of the right type,
    except the (type, id) of entry files that are there but could not be loaded."""
    graph = Graph(entries={entry.id: entry for entry in entries})
    known: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        known[entry.kind].add(entry.id)
    problems = []
    for entry in entries:
        schema = SCHEMAS[entry.folder]()
        top = At(entry.display_path, "", None, None)
        for kind, target, field_name, at in iter_references(schema, entry.data, entry.fields, top):
            if target == entry.id:
                problems.append(at.problem(errors.SELF_REFERENCE))
            elif target not in known[kind]:
                if (kind, target) in unreadable:
                    continue
                options = errors.list_options(known[kind])
                problems.append(at.problem(errors.UNKNOWN_REFERENCE.format(kind=kind, id=target, options=options)))
            else:
                graph.backlinks[target].append(Mention(entry.id, field_name))
    problems += find_parent_cycles(graph)
    return graph, problems


def find_parent_cycles(graph: Graph) -> list[Problem]:
    """A problem for each company whose chain of `parent` links comes back to it."""
    problems = []
    for company in graph.of_type("company"):
        chain = [company.id]
        parent = company.fields.get("parent")
        while parent and parent in graph.entries and parent not in chain:
            chain.append(parent)
            parent = graph.entries[parent].fields.get("parent")
        if parent == company.id and len(chain) > 1:
            at = At(company.display_path, "", None, None).child(company.data, "parent")
            problems.append(at.problem(errors.PARENT_CYCLE.format(chain=" -> ".join(chain + [company.id]))))
    return problems


def load_graph(content_dir: Path) -> Graph:
    """Load all of content/ into a graph; raise ContentError listing every problem."""
    if not content_dir.is_dir():
        raise ContentError([Problem(content_dir.as_posix(), None, None, None, "content folder not found")])
    entries, problems, unreadable = load_entries(content_dir)
    graph, reference_problems = build_graph(entries, unreadable)
    problems += reference_problems
    if problems:
        raise ContentError(problems)
    return graph


def pending_ingest(content_dir: Path, shown: int = 3) -> str | None:
    """A warning when an ingest still has files to write into content/, for `digest check`
    and the build (which only read); ContentError for a journal that cannot be read."""
    pending = pending_writes(content_dir)
    if not pending:
        return None
    base = content_dir.resolve().parent
    files = errors.first_few((errors.display_path(content_dir / relative, base) for relative in pending), shown)
    journal = errors.display_path(content_dir / JOURNAL, base)
    noun, pronoun = ("file", "it") if len(pending) == 1 else ("files", "them")
    return errors.printable(f"{journal}: " + errors.INGEST_PENDING.format(count=len(pending), noun=noun, pronoun=pronoun, files=files))
