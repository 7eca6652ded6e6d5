"""Drafts -> entries in content/: the raw file kept under sources/, entries created or merged.

For one article: its organisations and people are looked up in what content/ knows (names,
aliases and hand corrections, in any script), the story it reports is paired with a story
already there, and then

- a known person, company or event is *merged into*: only what is new is added (a language's
  name, an alias, a role, a person or company involved); nothing there is changed or removed;
- everything else gets a new entry, and the article gets its entry with links to all of them.

A raw file whose bytes are already under sources/ is not ingested again, so an entry or a
mention that an editor deleted does not come back.  Every file is written atomically, and all
the files of one article as one change, the raw file last (see `write_files`): a crash never
leaves an article whose raw file is kept but whose entries are not written.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from generator.entries.ids import make_id
from generator.entries.schema import SCHEMAS
from generator.entries.store import Entry, dump_entry, write_files
from generator.ingest import names, orgnames, stories
from generator.ingest.draft import Draft
from generator.ingest.knowledge import Knowledge, form_of
from generator.ingest.knowledge import spellings as spellings_of
from generator.ingest.merge import add_items, add_text, field_order, fill, insert
from generator.ingest.names import name_key
from generator.ingest.recognise import known_companies
from generator.ingest.similarity import story_text
from generator.ingest.steps.organisation_rules import rules_for
from generator.ingest.steps.structure import language_of

SOURCES = "sources"
UNSAFE_IN_FILE_NAME = re.compile(r"[\x00-\x1f\x7f\\]")


@dataclass
class Placed:
    """Where one article's things went: entry ids by the names found (for the scorer)."""

    article: str
    #: the story event's id; None for an article in a language without resources
    story: str | None
    people: dict[str, str] = field(default_factory=dict)
    companies: dict[str, str] = field(default_factory=dict)
    #: the raw file it was read from
    source: str = ""


@dataclass
class Report:
    """What one ingest run did, for the summary and the exit status."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    placed: list[Placed] = field(default_factory=list)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def known_sources(content_dir: Path) -> dict[str, str]:
    """sha256 -> file name of every raw file already under sources/."""
    folder = content_dir / SOURCES
    if not folder.is_dir():
        return {}
    return {
        sha256(path.read_bytes()): path.name for path in sorted(folder.iterdir())
        if path.is_file() and not path.name.startswith(".")  # a temporary file is no source
    }


def source_name(content_dir: Path, path: Path, digest: str) -> str:
    """The name a raw file is kept under in sources/: its own, or with a suffix when a
    different file of the same name is there; control characters and '\\' replaced, as the
    article's `source.file` must be a plain file name."""
    name = UNSAFE_IN_FILE_NAME.sub("-", path.name).lstrip(".") or "source"  # a dot file would be skipped
    if (content_dir / SOURCES / name).exists():
        stem, suffix = name[: len(name) - len(path.suffix)], path.suffix
        name = f"{stem}-{digest[:8]}{suffix}"
    return name


def id_title(display: str, spellings: list[str]) -> str:
    """What a new entry's id is made from: its name, or when that is Arabic and the article
    also gives a Latin spelling ('نوردفيرك (Nordwerk)'), that spelling, as an editor would choose."""
    if names.is_arabic(display):
        return next((text for text in spellings if re.search("[A-Za-z]", text) and not names.is_arabic(text)), display)
    return display


class Writer:
    """Merges drafts into one content folder, keeping its knowledge up to date as it goes."""

    def __init__(self, content_dir: Path, report: Report):
        self.content_dir = content_dir
        self.report = report
        self.knowledge = Knowledge(content_dir)
        self.touched: dict[str, Entry] = {}
        self.created: set[str] = set()
        #: the raw file of the article being written: (path under sources/, bytes)
        self.source: tuple[Path, bytes] | None = None

    def new_entry(self, folder: str, title: str, data: CommentedMap) -> Entry:
        """A new entry with a fresh id made from `title` (Latin letters spelled out in Arabic read as
        those letters: `agi`, not a romanisation of their names); written by `save`."""
        base, number = make_id(names.latin_letters(title)), 2
        entry_id = base
        while entry_id in self.knowledge.entries:
            entry_id, number = f"{base}-{number}", number + 1
        full = CommentedMap({"id": entry_id, "type": SCHEMAS[folder].entry_type})
        full.update(data)
        path = self.content_dir / folder / f"{entry_id}.md"
        entry = Entry(path=path, display_path=path.as_posix(), folder=folder, data=full, body="")
        self.knowledge.add(entry)
        self.created.add(entry_id)
        self.touched[entry_id] = entry
        return entry

    def changed(self, entry: Entry) -> None:
        self.touched[entry.stem] = entry
        if entry.folder in ("people", "companies"):
            self.knowledge.index(entry)

    def save(self) -> None:
        """Write every entry created or changed and the raw file as one change, and say what was done."""
        files: dict[Path, bytes] = {}
        for entry_id, entry in sorted(self.touched.items()):
            data = dump_entry(entry).encode("utf-8")
            if entry.path.exists() and entry.path.read_bytes() == data:
                continue
            files[entry.path] = data
            (self.report.created if entry_id in self.created else self.report.updated).append(entry.path.as_posix())
        if self.source is not None:
            files[self.source[0]] = self.source[1]  # last: a kept raw file means the article is done
        write_files(self.content_dir, files)
        self.touched.clear()
        self.created.clear()
        self.source = None

    def write(self, draft: Draft, digest: str) -> Placed:
        """Store the raw file and merge everything the draft found into content/."""
        language = draft.language or "und"
        source_file = source_name(self.content_dir, draft.source.path, digest)
        self.source = (self.content_dir / SOURCES / source_file, draft.source.data)
        if language_of(draft) is None:
            return self.write_article_only(draft, source_file, digest)
        draft.companies = [part for company in draft.companies for part in self.split_company(company, language)]
        companies = {company["name"]: self.find_company(company) for company in draft.companies}
        people = {person["name"]: self.find_person(person["name"]) for person in draft.people}
        article = self.new_entry("articles", shown_title(draft), article_fields(draft, source_file, digest))
        story_event = story_of(draft)
        outlets = stories.media(self.knowledge)
        signature = self.signature(draft, story_event, people, companies, outlets)
        signature.article = article.stem
        signatures = stories.story_signatures(self.knowledge, outlets)
        story_id = stories.find_story(signatures, signature)
        context = signatures[story_id].actors if story_id else set()
        if story_id:
            people = {name: id_ or self.find_person(name, context) for name, id_ in people.items()}
            companies = {name: id_ or self.romanised_in_story(name, context) for name, id_ in companies.items()}
        for company in known_companies(self.knowledge, draft, context):
            companies[company["name"]] = company.pop("id")  # an entry of content/: known_companies reads only those
            draft.companies.append(company)
        for company in draft.companies:
            companies[company["name"]] = self.merge_company(company, companies[company["name"]], language)
        companies = CompanyNames(draft.companies, companies)
        for company in draft.companies:
            self.link_parent(company, companies, language)
        for person in draft.people:
            people[person["name"]] = self.merge_person(person, people[person["name"]], companies, language)
        story_id = self.merge_event(*told_story(draft, story_event), story_id, people, companies, language)
        told_with_story = self.background_of(story_id)
        reported = set(signatures) | {story_id}  # the stories articles report: story_signatures has one each
        others = [self.merge_other_event(event, told_with_story, reported, people, companies, outlets, language)
                  for event in draft.events if not event.get("story")]
        order = field_order("articles")
        fill(article.data, "event", story_id, order)
        add_items(article.data, "people", people.values(), order)
        add_items(article.data, "companies", companies.ids(), order)
        add_items(article.data, "events", [id_ for id_ in others if id_ and id_ != story_id], order)
        self.save()
        self.report.warnings += [f"{draft.source.path}: {warning}" for warning in draft.warnings]
        return Placed(article.stem, story_id, people, dict(companies.by_name), str(draft.source.path))

    def write_article_only(self, draft: Draft, source_file: str, digest: str) -> Placed:
        """An article in a language without resources: its entry and nothing made up from it
        (no story event from its title, no people, organisations or other events)."""
        article = self.new_entry("articles", shown_title(draft), article_fields(draft, source_file, digest))
        self.save()
        self.report.warnings += [f"{draft.source.path}: {warning}" for warning in draft.warnings]
        return Placed(article.stem, None, source=str(draft.source.path))

    def find_person(self, name: str, context: set[str] = frozenset()) -> str | None:
        """content/'s entry by the same name, else the starter record's by the same name, else
        content/'s entry by a similar spelling: a record that has the very name is a surer
        match than an entry whose name only sounds alike ('OpenAI' is not 'Boeing')."""
        return (self.knowledge.find("people", [name], context, similar=False) or self.adopt("people", [name])
                or self.knowledge.find("people", [name], context) or self.adopt_similar("people", [name]) or self.by_surname(name))

    def by_surname(self, name: str) -> str | None:
        """'Lagarde' alone: the one known person of that surname, content/'s entry or the starter
        record's (adopted as an entry)."""
        found = self.knowledge.by_surname(name)
        if found is None or found in self.knowledge.entries:
            return found
        return self.adopt("people", self.knowledge.starter.spellings("people", found))

    def named_by(self, text: str, language: str) -> tuple[str, str]:
        """What one spelling of an organisation names, and by which form: the content/ entries
        that have it (or have it without its legal form, 'Xylo Holdings' for 'Xylo Holdings AG',
        as the extraction rules read legal forms), else the starter record that has it, else
        nothing ('')."""
        legal = [match for match in rules_for(language).suffix.finditer(text) if not text[match.end():].strip()]
        forms = [text, text[:legal[-1].start()]] if legal and legal[-1].start() > 0 else [text]
        for form in forms:
            ids = self.knowledge.by_key["companies"].get(name_key(form))
            if ids:
                return ",".join(sorted(ids)), form
        for form in forms:
            record_id = self.knowledge.starter.find("companies", [form])
            if record_id:
                return record_id, form
        return "", text

    def split_company(self, company: dict, language: str) -> list[dict]:
        """The organisation as extraction merged it, or one per entry when its spellings name
        different entries: extraction joins two names of one starter record ('EZB' and
        'Europäische Zentralbank'), but where the editor gave one of them an entry of its own,
        content/ wins and the two stay apart. Spellings that name nothing stay with the name."""
        groups: dict[str, list[str]] = {}
        cores: dict[str, str] = {}
        for text in dict.fromkeys(company_spellings(company)):
            target, form = self.named_by(text, language)
            groups.setdefault(target, []).append(text)
            cores.setdefault(target, form)
        named = [(target, texts) for target, texts in groups.items() if target]
        if len(named) < 2:
            return [company]
        unnamed = groups.pop("", [])
        main = next((target for target, texts in named if company["name"] in texts), named[0][0])
        groups[main] = [*groups[main], *unnamed]
        parts = []
        for target, texts in groups.items():
            name = company["name"] if company["name"] in texts else texts[0]
            canonical = company.get("canonical") if company.get("canonical") in texts else cores[target]
            parts.append({**company, "name": name, "canonical": canonical, "aliases": [text for text in texts if text not in (name, canonical)]})
        return parts

    def find_company(self, company: dict) -> str | None:
        spellings = company_spellings(company)
        spellings += [form for form in dict.fromkeys(map(names.latin_letters, spellings)) if form not in spellings]  # 'إيه جي آي' is 'AGI'
        # a name that several starter records have ('يو بي إس': UBS and UPS) is not matched by
        # likeness either: which one it is, the editor says
        shared = any(self.knowledge.starter.shared("companies", text) for text in spellings)
        return (self.knowledge.find("companies", spellings, similar=False) or self.adopt("companies", spellings)
                or (None if shared else self.knowledge.find("companies", spellings)))

    def romanised_in_story(self, name: str, story: set[str]) -> str | None:
        """The organisation of the story whose id this Arabic name romanises to, letter for letter
        ('إيتا' -> `ita`, the entry of the German articles' 'ITA'): a short name is too short to be
        joined by its sound (orgnames.TELLING_LETTERS), but the same id from both scripts within
        one story is one body."""
        if not names.is_arabic(name):
            return None
        entry_id = make_id(names.latin_letters(name))
        entry = self.knowledge.entries.get(entry_id)
        if entry_id not in story or entry is None or entry.folder != "companies":
            return None
        return entry_id if any(make_id(text) == entry_id for _, text in spellings_of(entry.data) if not names.is_arabic(text)) else None

    def adopt_similar(self, folder: str, spellings: list[str]) -> str | None:
        """The entry of the starter record whose spelling is clearly the closest to these (another
        transliteration), when neither content/ nor the record has the very name. For people only:
        indexing the organisations' thousands of records by meaning takes seconds (2.4 s here)."""
        record_id = self.knowledge.find_starter_similar(folder, spellings)
        if record_id is None or record_id in self.knowledge.entries:
            return record_id
        return self.adopt(folder, self.knowledge.starter.spellings(folder, record_id))

    def adopt(self, folder: str, spellings: list[str]) -> str | None:
        """The entry of the starter record that these spellings name, when content/ knows the
        name under no entry: created from the record (its id, its names, its kind, its parent
        when content/ has it), so that the first article already gets a readable id and the
        names of every language."""
        record_id = self.knowledge.find_starter(folder, spellings)
        if record_id is None or record_id in self.knowledge.entries:
            return record_id
        record = self.knowledge.starter.records[folder][record_id]
        # not a name the record shares with another ('يو بي إس' is UBS's and UPS's): by it, the entry
        # would find the other's articles, and another's entry would be taken for this one
        names = {code: text for code, text in record.names.items() if not self.knowledge.starter.shared(folder, text)} or record.names
        known = set().union(*(self.knowledge.by_key[folder].get(name_key(name), ()) for name in names.values()))
        if len(known) == 1:
            return known.pop()  # content/ has it by the same name under another id (an entry the editor made or renamed)
        order = field_order(folder)
        data = CommentedMap({"name": CommentedMap(sorted(names.items(), key=lambda item: NAME_ORDER.get(item[0], 9)))})
        if record.kind and record.kind != "company":
            fill(data, "kind", record.kind, order)
        parent = self.knowledge.entries.get(record.parent) if record.parent else None
        if parent is not None and parent.folder == "companies":
            fill(data, "parent", parent.stem, order)
        return self.new_entry(folder, record_id, data).stem

    def signature(self, draft: Draft, story_event: dict, people: dict, companies: dict, outlets: set[str]) -> stories.Signature:
        """The new article's story signature, with the ids known so far (none of `outlets`)."""
        key = {people.get(name) for name in story_event.get("people") or ()}
        key |= {companies.get(name) for name in story_event.get("companies") or ()}
        actors = set(people.values()) | set(companies.values())
        return stories.Signature(
            key=key - outlets - {None},
            actors=actors - outlets - {None},
            figures=stories.figure_keys(draft.figures),
            dates={draft.published} if draft.published and draft.published_from != draft.relative_time else set(),
            months={month for month in [stories.month_of(draft.page_date)] if month and not draft.published},
            kind=story_event.get("kind"),
            text=story_text(draft.title, draft.summary),
        )

    def merge_company(self, company: dict, entry_id: str | None, language: str) -> str:
        display = company.get("canonical") or company["name"]
        spellings = [company["name"], *(company.get("aliases") or ())]
        order = field_order("companies")
        if entry_id is None:
            data = CommentedMap({"name": CommentedMap({language: display})})
            entry = self.new_entry("companies", id_title(display, spellings), data)
        else:
            entry = self.knowledge.entries[entry_id]
        indexed = self.knowledge.known["companies"][entry.stem]
        known = indexed.keys | indexed.record_keys
        # the entry's names as the index compared them already, and the name this article gives
        named = indexed.forms if name_key(display) in indexed.keys else [*indexed.forms, form_of("companies", display)]
        aliases = [text for text in spellings if name_key(text) not in known | {name_key(display)} and not orgnames.elliptic(text, named)]
        changed = add_text(entry.data, "name", language, display, order)
        changed |= add_items(entry.data, "aliases", dedupe(aliases), order)
        if company.get("kind") and company["kind"] != "company":
            changed |= fill(entry.data, "kind", company["kind"], order)
        if changed or entry_id is None:
            self.changed(entry)
        return entry.stem

    def link_parent(self, company: dict, companies: CompanyNames, language: str) -> None:
        parent = company.get("parent")
        parent_id = companies.get(parent) if parent else None
        if parent and parent_id is None:
            parent_id = self.knowledge.find("companies", [parent])
        entry = self.knowledge.entries[companies.get(company["name"])]
        if parent_id and entry.stem not in self.lineage(parent_id) and fill(entry.data, "parent", parent_id, field_order("companies")):
            self.changed(entry)

    def lineage(self, entry_id: str) -> list[str]:
        """A company and its parents, up to the first that has none (or that repeats): a parent
        that would make an entry its own ancestor is never written (content/ could not load)."""
        chain = []
        while entry_id and entry_id not in chain:
            chain.append(entry_id)
            entry = self.knowledge.entries.get(entry_id)
            entry_id = entry.data.get("parent") if entry is not None else None
        return chain

    def merge_person(self, person: dict, entry_id: str | None, companies: CompanyNames, language: str) -> str:
        order = field_order("people")
        if entry_id is None:
            entry = self.new_entry("people", person["name"], CommentedMap({"name": CommentedMap({language: person["name"]})}))
        else:
            entry = self.knowledge.entries[entry_id]
        changed = False
        indexed = self.knowledge.known["people"][entry.stem]
        if name_key(person["name"]) not in indexed.keys | indexed.record_keys:
            changed = add_text(entry.data, "name", language, person["name"], order)
            if not changed:
                changed = add_items(entry.data, "aliases", [person["name"]], order)
        organisation = person.get("organisation")
        organisation_id = companies.get(organisation) if organisation else None
        if organisation and organisation_id is None:
            organisation_id = self.knowledge.find("companies", [organisation])
        for title in person.get("roles") or ():
            changed |= add_role(entry.data, title, organisation_id, language, order)
        if changed or entry_id is None:
            self.changed(entry)
        return entry.stem

    def merge_event(self, event: dict, figures: list[dict], entry_id: str | None, people: dict, companies: CompanyNames, language: str) -> str:
        """An event: a new one, or a known one (the paired story's), with what this article adds;
        an event told in a sentence has a short title, and the sentence as its summary."""
        order = field_order("events")
        title = event.get("title") or event["what"]
        if entry_id is None:
            entry = self.new_entry("events", self.event_name(event, companies), CommentedMap({"title": CommentedMap({language: title})}))
        else:
            entry = self.knowledge.entries[entry_id]
        changed = add_text(entry.data, "title", language, title, order)
        changed |= fill(entry.data, "date", event.get("when"), order)
        if event.get("kind") and event["kind"] != "other":
            changed |= fill(entry.data, "kind", event["kind"], order)
        changed |= add_items(entry.data, "people", [people.get(name) for name in event.get("people") or ()], order)
        changed |= add_items(entry.data, "companies", [companies.get(name) for name in event.get("companies") or ()], order)
        changed |= add_figures(entry.data, figures, language, order)
        changed |= add_text(entry.data, "summary", language, event.get("summary"), order)
        if changed or entry_id is None:
            self.changed(entry)
        return entry.stem

    def event_name(self, event: dict, companies: CompanyNames) -> str:
        """What a new event's id is made from: its first organisation (not a news outlet), kind and month
        ('nordwerk-layoffs-2026-05'), or its title when fewer than two of them are known."""
        known = [self.knowledge.entries.get(id_) for id_ in map(companies.get, event.get("companies") or ()) if id_]
        # not a news outlet: 'cnbc-founding-1997' was Amazon's founding, told 'laut CNBC'
        entry = next((entry for entry in known if entry is not None and entry.data.get("kind") != "media"), None)
        # a Latin-script name only: a transliterated Arabic one reads worse than the title's words
        company = next((text for _, text in spellings_of(entry.data) if not names.is_arabic(text)), None) if entry else None
        parts = [part for part in (company, event.get("kind") if event.get("kind") != "other" else None, (event.get("when") or "")[:7]) if part]
        return " ".join(parts) if len(parts) >= 2 else event["what"]

    def merge_other_event(self, event: dict, told_with_story: set[str], reported: set[str], people: dict, companies: dict,
                          outlets: set[str], language: str) -> str | None:
        """A dated event the article mentions: merged with a known one of the same kind and date
        that shares a person or organisation with it, or, when the known one names none, that
        another article of the same story mentions (one background told in two languages).
        Only a happening of a known kind, dated, with someone who did it (a person or an
        organisation other than a news outlet) is an event: a sentence that only carries a date
        ('Diese Nachricht wurde am ... gesendet', 'es ist die erste Zinssenkung seit 2019' without
        a kind word) makes none. A story that articles report is only linked, not changed: its
        title and summary in each language come from its own articles' headlines and leads, and
        its people and organisations are its key actors (stories.story_signatures)."""
        if not event.get("when") or event.get("kind") in (None, "other"):
            return None
        actors = {people.get(name) for name in event.get("people") or ()} | {companies.get(name) for name in event.get("companies") or ()}
        actors -= {None} | outlets
        if not actors:
            return None
        match = None
        for entry in self.knowledge.of("events"):
            data = entry.data
            if str(data.get("date")) != event["when"] or data.get("kind") != event.get("kind"):
                continue
            theirs = {str(id_) for id_ in (data.get("people") or []) + (data.get("companies") or [])}
            if actors & theirs or (entry.stem in told_with_story and not theirs):
                match = entry.stem
                break
        if match in reported:
            return match  # another article's story: 'Adnoc, Covestro: Übernahme' is no title for it
        return self.merge_event(event, [], match, people, companies, language)

    def background_of(self, story_id: str) -> set[str]:
        """The events that the articles already reporting a story mention besides it."""
        return {
            str(id_) for article in self.knowledge.of("articles") if str(article.data.get("event")) == story_id
            for id_ in article.data.get("events") or ()
        }


class CompanyNames:
    """The article's organisations by any of their names (name, canonical, aliases) -> entry id."""

    def __init__(self, found: list[dict], ids: dict[str, str]):
        self.by_name = ids
        self.by_key: dict[str, str] = {}
        for company in found:
            for text in [company["name"], company.get("canonical"), *(company.get("aliases") or ())]:
                if text:
                    self.by_key.setdefault(name_key(text), ids[company["name"]])

    def get(self, name: str | None) -> str | None:
        return self.by_key.get(name_key(name)) if name else None

    def ids(self) -> list[str]:
        return list(dict.fromkeys(self.by_name.values()))


#: the order of the languages of a name taken from the starter knowledge base
NAME_ORDER = {"de": 0, "ar": 1, "en": 2, "fr": 3}


def company_spellings(company: dict) -> list[str]:
    return [company["name"], company.get("canonical") or company["name"], *(company.get("aliases") or ())]


def story_of(draft: Draft) -> dict:
    """The draft's story event, or one made from its title and lead when no step found it."""
    for event in draft.events:
        if event.get("story"):
            return event
    lead = f"{draft.title or ''}\n{draft.summary or ''}"
    return {
        "story": True,
        "kind": "other",
        "what": shown_title(draft),
        "when": None,
        "people": [person["name"] for person in draft.people if person["name"] in lead],
        "companies": [company["name"] for company in draft.companies
                      if any(text in lead for text in [company["name"], *(company.get("aliases") or ())])],
        "figures": [figure["text"] for figure in draft.figures if figure["text"] in lead],
    }


def told_story(draft: Draft, story_event: dict) -> tuple[dict, list[dict]]:
    """The story event as its entry tells it, and its figures: the article's lead as its summary,
    and the figures of the headline and lead and those that say what they measure. Its people
    and organisations stay those of the headline and lead: story pairing reads them as the
    story's key actors (stories.story_signatures); the story's page adds those of its articles."""
    key_figures = set(story_event.get("figures") or ())
    told = {**story_event, "summary": story_event.get("summary") or draft.summary}
    return told, [figure for figure in draft.figures if figure["text"] in key_figures or figure.get("about")]


def dedupe(texts: list[str]) -> list[str]:
    seen, kept = set(), []
    for text in texts:
        if name_key(text) not in seen:
            seen.add(name_key(text))
            kept.append(text)
    return kept


def add_role(data: CommentedMap, title: str, organisation: str | None, language: str, order: list[str]) -> bool:
    """Add a role as written, unless the person has it; a role at the same organisation without
    a title in this language gets this one."""
    roles = data.get("roles")
    for role in roles or ():
        titles = role.get("title") or {}
        if isinstance(titles, dict) and name_key(titles.get(language) or "") == name_key(title):
            return False
    for role in roles or ():
        titles = role.get("title")
        if role.get("organization") == organisation and organisation and isinstance(titles, dict) and language not in titles:
            insert(titles, len(titles), language, title)
            return True
    role = CommentedMap({"title": CommentedMap({language: title})})
    if organisation:
        role["organization"] = organisation
    return add_items(data, "roles", [role], order)


def add_figures(data: CommentedMap, figures: list[dict], language: str, order: list[str]) -> bool:
    """Add figures not there yet (by value and unit); a known figure gets this language's text."""
    changed = False
    for figure in figures:
        same = next((old for old in data.get("figures") or () if old.get("value") == figure["value"] and old.get("unit") == figure["unit"]), None)
        if same is not None:
            for key in ("text", "about"):
                if figure.get(key) and isinstance(same.get(key), dict) and language not in same[key]:
                    insert(same[key], len(same[key]), language, figure[key])
                    changed = True
            if figure.get("about") and "about" not in same:
                same["about"] = CommentedMap({language: figure["about"]})
                changed = True
            continue
        changed |= add_items(data, "figures", [figure_map(figure, language)], order)
    return changed


def figure_map(figure: dict, language: str) -> CommentedMap:
    data = CommentedMap({"value": figure["value"], "unit": figure["unit"], "text": CommentedMap({language: figure["text"]})})
    if figure.get("about"):
        data["about"] = CommentedMap({language: figure["about"]})
    return data


#: the words of a lead's first sentence that stand in for a missing headline
LEAD_TITLE_WORDS = 14


def shown_title(draft: Draft) -> str:
    """The headline; when the page gives none (a stored copy that starts with the article), the
    lead's first sentence, cut short with '…'; else the source file's name."""
    if draft.title:
        return draft.title
    sentence = re.split(r"(?<=[.!?؟])\s", (draft.summary or "").strip(), maxsplit=1)[0]
    words = sentence.split()
    if not words:
        return draft.source.path.stem
    return " ".join(words) if len(words) <= LEAD_TITLE_WORDS else " ".join(words[:LEAD_TITLE_WORDS]) + " …"


def article_fields(draft: Draft, source_file: str, digest: str) -> CommentedMap:
    """The fields of a new article entry (after id and type), in the documented order."""
    lang = draft.language or "und"
    data = CommentedMap()
    data["title"] = CommentedMap({lang: shown_title(draft)})
    data["language"] = lang
    data["publisher"] = draft.publisher
    data["published"] = draft.published
    if draft.published_from:
        data["published_from"] = draft.published_from
    data["retrieved"] = draft.retrieved
    if draft.author:
        data["author"] = draft.author
    data["url"] = draft.source.meta.get("url")
    data["source"] = CommentedMap({"file": source_file, "sha256": digest})
    if draft.summary:
        data["summary"] = CommentedMap({lang: draft.summary})
    data["figures"] = CommentedSeq(figure_map(figure, lang) for figure in draft.figures)
    return data
