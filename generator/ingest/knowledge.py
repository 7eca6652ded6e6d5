"""What content/ already knows, as ingest sees it: entries to merge into, and names to recognise.

Every entry is loaded (and validated with its references, as `digest check` does: ingest
refuses to merge into a folder with errors) and
its names, aliases and spellings are indexed, including those an editor added or corrected
by hand.  A name found in a new article is looked up in two ways:

1. the same name, compared without case, accents, hyphens or Arabic letter variants;
2. the same phonetic skeleton (generator/ingest/names.py) for a spelling in another script or
   transliteration, accepted when it is clearly the best candidate (a margin over the next
   one), and with a looser first name only among the people of the same story;
3. for organisations, also the same meaning where words are translated
   (generator/ingest/orgnames.py: 'Osthafen Trading' = 'أوستهافن للتجارة'), which also keeps
   apart names whose skeletons are close but whose meaning words differ.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from generator.entries import load_entries
from generator.entries.store import Entry
from generator.errors import ContentError
from generator.graph import build_graph
from generator.ingest import langdata, names, orgnames
from generator.ingest.parsed import code_of, parsed
from generator.ingest.names import name_key
from generator.ingest.langdata import available, load_language
from generator.ingest import starter as starter_base

#: a skeleton match must be at least this good, and beat the next candidate by the margin
ACCEPT, MARGIN = 0.8, 0.15
#: against the starter base's thousands of records, only a skeleton as good as the same
#: ('جان أوزتورك' reads 0.8 like Jonas Gahr Støre; true transliterations read 1.0)
STARTER_ACCEPT = 0.95
#: an organisation of another story is joined by sound only when it sounds nearly the same: two
#: words each 0.8 alike ('Getty Images' GT MGS, 'الاجتماعي المسيحي' GTM MS) are two bodies
OTHER_STORY_ORGANISATION = 0.9
#: in the same story, a looser first name is enough when the surname's skeleton is the same
STORY_FIRST_NAME = 0.5
FOLDERS = ("articles", "people", "companies", "events")


def texts_of(value) -> list[tuple[str | None, str]]:
    """(language, text) of a text field: a map by language, or a plain string."""
    if isinstance(value, dict):
        return [(str(language), str(text)) for language, text in value.items() if text]
    return [(None, str(value))] if value else []


def spellings(data) -> list[tuple[str | None, str]]:
    """(language, text) of every name and alias of a person or company entry."""
    return texts_of(data.get("name")) + [(None, str(alias)) for alias in data.get("aliases") or ()]


@dataclass
class Known:
    """The names of one person or company entry, ready for matching."""

    id: str
    keys: set[str] = field(default_factory=set)
    #: per spelling: its skeleton (people), or its skeleton and its name by meaning (companies)
    forms: list = field(default_factory=list)
    #: per spelling: whether it is in Arabic script
    arabic: list = field(default_factory=list)
    #: an organisation's Latin spellings as one run of skeleton letters (recognise.py)
    sounds: set[str] = field(default_factory=set)
    #: the spellings of the starter record of the same id that the entry does not have
    record_keys: set[str] = field(default_factory=set)


class Knowledge:
    """All entries of a content folder, indexed for ingest."""

    def __init__(self, content_dir: Path):
        self.content_dir = content_dir
        entries, problems, unreadable = load_entries(content_dir) if content_dir.is_dir() else ([], [], set())
        problems += build_graph(entries, unreadable)[1]  # dangling references and parent cycles, as `digest check`
        if problems:
            raise ContentError(problems)
        self.entries: dict[str, Entry] = {entry.id: entry for entry in entries}
        self.known: dict[str, dict[str, Known]] = {"people": {}, "companies": {}}
        #: name key -> ids, and blocking key -> ids: a name is compared only with the entries
        #: that share one (see `blocks`), not with every entry of the folder
        self.by_key: dict[str, dict[str, set[str]]] = {"people": {}, "companies": {}}
        #: name key -> ids, from the starter records of entries (found only where by_key finds nothing)
        self.by_record_key: dict[str, dict[str, set[str]]] = {"people": {}, "companies": {}}
        self.by_block: dict[str, dict[tuple, set[str]]] = {"people": {}, "companies": {}}
        #: an organisation's Latin spellings run together as skeleton letters -> ids
        self.by_sound: dict[str, set[str]] = {}
        #: the starter knowledge base: what content/ does not know yet (starter.py)
        self.starter = starter_base.load_starter()
        for entry in entries:
            if entry.folder in self.known:
                self.index(entry)

    def of(self, folder: str) -> list[Entry]:
        return [entry for entry in self.entries.values() if entry.folder == folder]

    def add(self, entry: Entry) -> None:
        self.entries[entry.stem] = entry
        if entry.folder in self.known:
            self.index(entry)

    def index(self, entry: Entry) -> None:
        """(Re)index the names and aliases of a person or company entry."""
        folder = entry.folder
        old = self.known[folder].get(entry.stem)
        if old:
            for key in old.keys:
                self.by_key[folder][key].discard(old.id)
            for key in old.record_keys:
                self.by_record_key[folder][key].discard(old.id)
            for block in {block for form in old.forms for block in blocks(folder, form)}:
                self.by_block[folder][block].discard(old.id)
            for sound in old.sounds:
                self.by_sound[sound].discard(old.id)
        known = Known(entry.stem)
        for _, text in spellings(entry.data):
            key = name_key(text)
            if key:
                known.keys.add(key)
                known.forms.append(form_of(folder, text))
                known.arabic.append(names.is_arabic(text))
                if folder == "companies" and not known.arabic[-1]:
                    known.sounds |= set(names.joined(known.forms[-1].skeleton))
        # the spellings of the starter record it came from: found by the same name only, and only
        # where no entry of content/ has the name itself (the editor's names win)
        # ... and only those that name this record alone ('يو بي إس' is UBS's and UPS's: it finds neither)
        known.record_keys = {name_key(text) for text in self.starter.spellings(folder, entry.stem)
                             if name_key(text) and not self.starter.shared(folder, text)} - known.keys
        self.known[folder][entry.stem] = known
        for key in known.keys:
            self.by_key[folder].setdefault(key, set()).add(known.id)
        for key in known.record_keys:
            self.by_record_key[folder].setdefault(key, set()).add(known.id)
        for sound in known.sounds:
            self.by_sound.setdefault(sound, set()).add(known.id)
        for block in {block for form in known.forms for block in blocks(folder, form)}:
            self.by_block[folder].setdefault(block, set()).add(known.id)

    def find(self, folder: str, spellings: list[str], story: set[str] = frozenset(), similar: bool = True) -> str | None:
        """The id of the entry that one of these spellings names, or None; by the same name only
        when not `similar`."""
        keys = {name_key(text) for text in spellings}
        exact_ids = set().union(*(self.by_key[folder].get(key, ()) for key in keys))
        if not exact_ids:
            exact_ids = set().union(*(self.by_record_key[folder].get(key, ()) for key in keys))
        if exact_ids:
            exact = [id_ for id_ in self.known[folder] if id_ in exact_ids]  # in the folder's order
            inside = [id_ for id_ in exact if id_ in story]
            return (inside or exact)[0] if len(exact) == 1 or inside else None
        if not similar:
            return None
        forms = [(form_of(folder, text), names.is_arabic(text)) for text in spellings if not names.spelled_out(text)]
        candidates = {block for form, _ in forms for block in blocks(folder, form)}
        candidates = set().union(*(self.by_block[folder].get(block, ()) for block in candidates))
        if folder == "people":  # the story's people are few: each is compared, whatever its surname
            candidates |= {id_ for id_ in story if id_ in self.known[folder]}
        scored = []
        compare = names.person_similarity if folder == "people" else orgnames.similarity
        for known in (self.known[folder][id_] for id_ in candidates):
            score = max((compare(one, other) for one, arabic in forms for other in same_script(known, arabic)
                         if folder != "people" or known.id in story or names.telling(one, other)), default=0.0)
            if folder == "people" and known.id in story and score < ACCEPT:
                score = max((looser(one, other) for one, arabic in forms for other in same_script(known, arabic)), default=0.0)
            if folder == "companies" and known.id not in story and score < OTHER_STORY_ORGANISATION:
                score = 0.0
            if score:
                scored.append((score, known.id))
        return clearly_best(folder, sorted(scored, reverse=True), ACCEPT)

    def by_surname(self, name: str) -> str | None:
        """The one person whose name ends in this single word ('Lagarde'): the one entry of content/
        that has it, the digest's own (a bare 'Trump' is the Trump its entries know, of the three
        the starter records have); else the one among content/'s entries and the starter records
        together; None when none or several do (two Müllers: no guess)."""
        key = name_key(name)
        if not key or " " in key or len(key) < 4:
            return None
        ids = {known.id for known in self.known["people"].values() if any(k.rsplit(" ", 1)[-1] == key and " " in k for k in known.keys)}
        if len(ids) == 1:
            return ids.pop()
        ids |= self.starter.surnames().get(key, set())
        return ids.pop() if len(ids) == 1 else None

    def find_starter_similar(self, folder: str, spellings: list[str]) -> str | None:
        """The starter record whose spelling is clearly the closest to one of these, compared as
        content/'s entries are (a transliteration: 'جينسين هوانغ' is Jensen Huang's 'جنسن هوانغ'),
        when content/ has no entry of that id in another folder."""
        known, by_block = starter_index(folder)
        record_id = best_match(folder, spellings, known, by_block, STARTER_ACCEPT)
        entry = self.entries.get(record_id) if record_id else None
        return record_id if record_id and (entry is None or entry.folder == folder) else None

    def find_starter(self, folder: str, spellings: list[str]) -> str | None:
        """The starter record that one of these spellings names, when content/ has no entry of
        that id in another folder (an entry of that id in this folder is the record's own)."""
        record_id = self.starter.find(folder, spellings)
        entry = self.entries.get(record_id) if record_id else None
        return record_id if entry is None or entry.folder == folder else None


def best_match(folder: str, spellings: list[str], known: dict, by_block: dict, accept: float = ACCEPT) -> str | None:
    """The id among `known` (id -> Known) that one of the spellings is clearly closest to, or None."""
    forms = [(form_of(folder, text), names.is_arabic(text)) for text in spellings if not names.spelled_out(text)]  # an acronym is found by its letters
    candidates = set().union(*(by_block.get(block, ()) for form, _ in forms for block in blocks(folder, form)))
    compare = names.person_similarity if folder == "people" else orgnames.similarity
    scored = sorted(((max((compare(one, other) for one, arabic in forms for other in same_script(known[id_], arabic)
                           if folder != "people" or names.telling(one, other)), default=0.0), id_)
                     for id_ in candidates), reverse=True)
    return clearly_best(folder, scored, accept)


def clearly_best(folder: str, scored: list[tuple[float, str]], accept: float) -> str | None:
    """The id of the best (score, id), best first, when it is good enough and clearly ahead: by
    MARGIN, or, for people, by being the only one whose skeletons are the same ('Riad Salamah' is
    'Riad Salameh', RT SLM, and not 'Ridha Chalghoum', RT SLGM: a vowel is what transliterations
    change, a consonant more is another name); two entries about as close are not guessed between."""
    if not scored or scored[0][0] < accept:
        return None
    if len(scored) > 1 and scored[1][0] > scored[0][0] - MARGIN and not (folder == "people" and scored[0][0] == 1.0 > scored[1][0]):
        return None
    return scored[0][1]


def same_script(known: Known, arabic: bool) -> list:
    """The forms a spelling is compared with. A Latin spelling: the entry's Latin ones, when it has
    any; an Arabic one: all. A transliteration's skeleton loses letters ('عثمان ديون' reads like
    'Tamin ... Thani'; UBS and UPS are both 'يو بي إس'), so where an entry is written in Latin
    letters, those tell a Latin name; an Arabic name may have to be compared across scripts (an
    entry's Arabic spelling may be missing or another person's reading)."""
    latin = [form for form, script in zip(known.forms, known.arabic) if not script]
    return known.forms if arabic else latin or known.forms


class StarterKnown(dict):
    """A folder's starter records as Known names (id -> Known), each made when first asked for."""

    def __init__(self, folder: str, records: dict):
        super().__init__()
        self.folder, self.records = folder, records

    def __missing__(self, record_id: str) -> Known:
        spellings = self.records[record_id].spellings
        entry = Known(record_id, forms=[form_of(self.folder, text) for text in spellings],
                      arabic=[names.is_arabic(text) for text in spellings])
        self[record_id] = entry
        return entry


@cache
def starter_index(folder: str) -> tuple[dict, dict]:
    """The starter records of a folder as Known names (id -> Known, made when first asked for) and
    by blocking key. The blocking keys of all records take a second to compute for thousands of
    records, so they are kept in the parsed-data cache, under the records' names and what makes the
    keys (names.py, orgnames.py, langdata.py, this file, and the language files' words)."""
    records = starter_base.load_starter().records[folder]
    known = StarterKnown(folder, records)

    def index(_: str) -> list:
        by_block: dict[tuple, set[str]] = {}
        for record_id in records:
            for block in {block for form in known[record_id].forms for block in blocks(folder, form)}:
                by_block.setdefault(block, set()).add(record_id)
        return [[list(block), sorted(ids)] for block, ids in by_block.items()]

    code = code_of(names, orgnames, langdata, sys.modules[__name__])
    code += b"".join(path.read_bytes() for path in sorted(Path(langdata.__file__).parent.joinpath("lang").glob("*.yaml")))
    listed = json.dumps({record_id: record.spellings for record_id, record in records.items()}, ensure_ascii=False)
    by_block = {tuple(block): set(ids) for block, ids in parsed(code + listed.encode(), index, f"starter-blocks-{folder}")}
    return known, by_block


def blocks(folder: str, form) -> set[tuple]:
    """Keys that two names which may match share: the first two letters of a skeleton reading (of a
    person's surname; of an organisation's first word, and of its first own word), or the
    meaning words of an organisation's name that has no own words.  Transliteration changes
    vowels and the end of a word far more often than its first consonants, so a name is
    compared only with the names that share a key."""
    if folder == "people":
        return {("last", start) for reading in form[-1] for start in starts(reading)} if form else {("none",)}
    own = [token for reading in form.readings for token in reading.own[:1]]
    keys = {("first", start) for readings in [*form.skeleton[:1], *own] for reading in readings for start in starts(reading)}
    keys |= {("meaning", *sorted(reading.meaning)) for reading in form.readings if reading.meaning and not reading.own}
    return keys or {("none",)}


def starts(reading: str) -> set[str]:
    """A skeleton's first two letters, also after an h (often unwritten: 'Whitmore' ويتمور)."""
    return {reading[:2], reading.lstrip("H")[:2]}


@cache
def generic_words(folder: str) -> frozenset[str]:
    """Words that do not tell one organisation from another: the legal forms and descriptive
    words before a name ('شركة', 'Gruppe', 'AG') of every language with resources."""
    if folder != "companies":
        return frozenset()
    words = set()
    for code in available():
        language = load_language(code)
        words |= {suffix.rstrip(".") for suffix in language.org_suffixes if " " not in suffix}
        words |= {prefix for prefix in language.org_prefixes if " " not in prefix}
    return frozenset(words)


def form_of(folder: str, text: str):
    """What a spelling is compared by: a person's skeleton; an organisation's skeleton and its
    name by meaning (orgnames.OrgForm)."""
    if folder == "people":
        return names.person_form(text)
    return orgnames.org_form(text, generic_words(folder))


def looser(one: list[tuple[str, ...]], other: list[tuple[str, ...]]) -> float:
    """Within one story: the same surname skeleton and a roughly similar first name; or a name of
    two words or more that the other name begins with, word for word ('Tahnoon ben Zayed' and
    'Tahnoon bin Zayed Al Nahyan': news shortens an Arab name to its first name and father's)."""
    if len(one) < 2 or len(other) < 2:
        return 0.0
    if names.ratio(one[-1], other[-1]) >= 1:
        return ACCEPT if names.ratio(one[0], other[0]) >= STORY_FIRST_NAME else 0.0
    shorter, longer = sorted((one, other), key=len)
    if len(shorter) < len(longer) and all(names.ratio(a, b) >= 1 for a, b in zip(shorter, longer)):
        return ACCEPT
    return 0.0
