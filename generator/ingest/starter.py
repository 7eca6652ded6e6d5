"""The starter knowledge base: organisations and public figures that news names most, shipped with
the tool in generator/ingest/starter/*.yaml (see the README there for what it holds and where it
comes from).

It is read like the entries of content/, with lower priority: ingest looks a name up in content/
first, and only when content/ does not know it, here. A record is never written by itself: when
an article names it, ingest creates the content entry from it (its id, its names in every
language it has, its kind), and from then on the editor's entry is what counts; the record's
spellings keep helping to recognise that entry. Names are compared as content/'s are
(knowledge.name_key: without case, accents, hyphens or Arabic letter variants), and only exactly:
a record is not matched by a similar spelling, only by an organisation's name declined
('Europäischen Zentralbank', 'des Weißen Hauses').
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from generator.ingest import langdata, names, orgnames
from generator.ingest.names import name_key
from generator.ingest.parsed import code_of, parsed
from generator.ingest.tagger.common_words import common_words

FOLDERS = {"organisations": "companies", "people": "people"}
try:  # libyaml when PyYAML was built with it (the wheels are): ten times faster
    Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    Loader = yaml.SafeLoader


@dataclass(frozen=True)
class Record:
    """One organisation or person of the knowledge base."""

    id: str
    folder: str
    #: language -> name
    names: dict
    #: other names, in any language
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    parent: str | None = None
    #: the name key of each spelling, in the order of `spellings` (computed when not given)
    keys: tuple[str, ...] = ()
    #: the file it comes from
    source: str = ""
    #: a social network ('X', 'LinkedIn'): named as the place of a post ('auf X schrieb sie'), a
    #: platform, not an organisation of the article
    platform: bool = False

    @property
    def spellings(self) -> list[str]:
        return [*self.names.values(), *self.aliases]


def g_variants(key: str) -> set[str]:
    """A Latin g written both ways in Arabic: 'غ' in the Gulf, 'ج' in Egypt ('بلومبرغ', 'بلومبرج');
    a record that has one spelling is found by the other too."""
    return {key.replace("غ", "ج"), key.replace("ج", "غ")} - {key} if "غ" in key or "ج" in key else set()


#: the two Arabic words for a bank, each with and without the article: a bank's name is written
#: with either ('البنك المركزي المصري', 'المصرف المركزي المصري'; 'مصرف الراجحي', 'بنك الراجحي')
BANK_WORDS = {"البنك": "المصرف", "المصرف": "البنك", "بنك": "مصرف", "مصرف": "بنك"}


def bank_variants(key: str) -> set[str]:
    """An Arabic bank's name key with the other word for a bank ('المصرف ...' for 'البنك ...')."""
    words = key.split()
    swapped = " ".join(BANK_WORDS.get(word, word) for word in words)
    return {swapped} - {key}


def key_forms(key: str) -> set[str]:
    """A name key, its g variants and its other word for a bank (none for an empty key): the keys a
    record is found by."""
    return {form for base in {key, *bank_variants(key)} for form in (base, *g_variants(base))} if key else set()


#: the fewest letters a name key without its spaces needs to find a record (Starter.by_key)
JOINED_MIN = 8


def joined(key: str) -> str:
    """A name key of two words or more without its spaces, when long enough to find an
    organisation by (else ''): 'Thyssen-Krupp' finds thyssenkrupp, 'Air Bus' no 'airbus'."""
    whole = key.replace(" ", "")
    return whole if whole != key and len(whole) >= JOINED_MIN else ""


def joined_key(text: str) -> str:
    """A name's key without its spaces, when long enough to find an organisation by (else '')."""
    return joined(name_key(text))


#: the case ending of a German word of a name ('Europäischen', 'Hauses', 'Internationalem'), left
#: off words of at least CASE_STEM letters when an organisation is looked up by its undeclined form
CASE_ENDING = re.compile(r"(?:es|en|em|er|e|s|n)$")
CASE_STEM = 5


def undeclined(key: str) -> str:
    """A Latin name key of two words or more with the case ending left off its longer words
    ('weissen hauses' and 'weisses haus' are both 'weis haus'), else ''."""
    words = key.split()
    if len(words) < 2 or names.is_arabic(key):
        return ""
    return " ".join(stem(word) if len(word) >= CASE_STEM else word for word in words)


def other_article(key: str) -> tuple[str, ...]:
    """An Arabic name key with the article on its first word if it has none, or without it: Arabic
    writes a foreign name with or without 'ال' ('جارديان', 'الجارديان'). Not for a first word that
    is a common word or says what a body is ('اتحاد', 'الاتحاد'; orgnames' lexicon): the article
    makes another name of it."""
    if not names.is_arabic(key):
        return ()
    first = key.split(" ", 1)[0]
    bare = first[2:] if first.startswith("ال") else first
    if len(bare) < 4 or bare in common_words("ar") or f"ال{bare}" in common_words("ar") \
            or orgnames.listed(orgnames.normal(bare), orgnames.lexicon()):
        return ()
    return (key[2:],) if first.startswith("ال") else (f"ال{key}",)


def stem(word: str) -> str:
    """A word without its case ending, taken off twice: a genitive 'es' or 's' leaves the same stem
    ('quellhauses', 'quellhaus' -> 'quellhau')."""
    return CASE_ENDING.sub("", CASE_ENDING.sub("", word))


class Starter:
    """Every record, by folder and id, and the ids each name key stands for."""

    def __init__(self, records: list[Record], index: dict | None = None):
        """`index`: what `index_of` makes of these records, when the caller kept it (load_starter)."""
        self.records = by_folder(records)
        self._surnames: dict[str, set[str]] | None = None
        index = index or index_of(self.records)
        self.by_key: dict[str, dict[str, set[str]]] = {folder: {key: set(ids) for key, ids in keys.items()}
                                                        for folder, keys in index["by_key"].items()}
        #: the first word of every name key (a text span that starts otherwise names no record)
        self.first_words = {folder: frozenset(key.split()[0] for key in keys) for folder, keys in self.by_key.items()}
        #: keys that only acronyms written in capitals give ('SAFE', 'OLAF'): 'Safe' or 'Olaf' is no match
        self.acronyms = frozenset(index["acronyms"])
        self._undeclined: dict[str, set[str]] | None = None

    def find(self, folder: str, spellings: list[str]) -> str | None:
        """The record that one of these spellings names, when exactly one does; for an
        organisation that none names as written, the one that one names declined."""
        ids = set().union(*(self.by_key[folder].get(name_key(text)) or self.by_key[folder].get(joined_key(text), ()) for text in spellings if text))
        if not ids and folder == "companies":
            forms = {undeclined(name_key(text)) for text in spellings if text} - {""}
            ids = set().union(*(self.undeclined_keys().get(form, ()) for form in forms))
        if not ids and folder == "companies":
            forms = {form for text in spellings if text for form in other_article(name_key(text))}
            ids = set().union(*(self.by_key[folder].get(form, ()) for form in forms))
        return next(iter(ids)) if len(ids) == 1 else None

    def undeclined_keys(self) -> dict[str, set[str]]:
        """The undeclined form of every organisation's name key of two words or more -> the records' ids."""
        if self._undeclined is None:
            self._undeclined = {}
            for key, ids in self.by_key["companies"].items():
                form = undeclined(key)
                if form:
                    self._undeclined.setdefault(form, set()).update(ids)
        return self._undeclined

    def surnames(self) -> dict[str, set[str]]:
        """The last word of each person's name of two words or more -> the records' ids."""
        if self._surnames is None:
            self._surnames = {}
            for key, ids in self.by_key["people"].items():
                if " " in key:
                    self._surnames.setdefault(key.rsplit(" ", 1)[-1], set()).update(ids)
        return self._surnames

    def shared(self, folder: str, text: str) -> bool:
        """Whether several records have this name ('يو بي إس' is UBS's and UPS's): it names none of them."""
        return len(self.by_key[folder].get(name_key(text), ())) > 1

    def organisation_only(self, text: str) -> bool:
        """Whether this is a known organisation's name and no known person's ('Goldman Sachs')."""
        key = name_key(text)
        return key in self.by_key["companies"] and key not in self.by_key["people"]

    def spellings(self, folder: str, entry_id: str) -> list[str]:
        record = self.records[folder].get(entry_id)
        return record.spellings if record else []


def by_folder(records: list[Record]) -> dict[str, dict[str, Record]]:
    """The records by folder and id; the first file that has an id keeps it."""
    out: dict[str, dict[str, Record]] = {"companies": {}, "people": {}}
    for record in records:
        out[record.folder].setdefault(record.id, record)
    return out


#: a ruler's or a royal's title before a name (name keys): a record written with it is named without
#: it too. Not 'Sultan', 'Amir', 'Emir': given names as well. Kept here, not read from the language
#: files' honorifics: the index is cached under this module's code, not under those files.
TITLES = frozenset({"الملك", "الملكه", "الامير", "الاميره", "الشيخ", "الشيخه", "king", "queen", "prince", "princess",
                    "sheikh", "sheikha", "konig", "konigin", "prinz", "prinzessin", "scheich", "scheicha", "roi", "reine",
                    "princesse", "cheikh", "cheikha"})


def person_key_forms(key: str) -> set[str]:
    """A person's name key, without a title before a name of two words or more, and with 'عبد'
    written apart from or run into the next word ('عبدالله', 'عبد الله'): the forms that find the record."""
    words = key.split()
    forms = {key, " ".join(words[1:])} if len(words) >= 3 and words[0] in TITLES else {key}
    return forms | {re.sub(r"(?<!\S)عبد ال", "عبدال", form) for form in forms} \
        | {re.sub(r"(?<!\S)عبدال(?=\S\S)", "عبد ال", form) for form in forms}


def index_of(records: dict[str, dict[str, Record]]) -> dict:
    """The ids each name key stands for, by folder, and the organisation keys that only acronyms
    in capitals give, as JSON can hold them (lists, not sets): load_starter keeps them."""
    by_key: dict[str, dict[str, list[str]]] = {"companies": {}, "people": {}}
    capitals: dict[str, set[bool]] = {}  # an organisation's name key -> whether its spellings are in capitals
    for folder, folder_records in records.items():
        for record in folder_records.values():
            for text, key in zip(record.spellings, record.keys or map(name_key, record.spellings)):
                for variant in key_forms(key):
                    ids = by_key[folder].setdefault(variant, [])
                    if record.id not in ids:
                        ids.append(record.id)
                if folder == "companies":
                    capitals.setdefault(key, set()).add(text.isupper())
    for key, ids in list(by_key["people"].items()):  # 'عبدالله الثاني' of 'الملك عبدالله الثاني'
        for form in person_key_forms(key) - {key}:
            by_key["people"].setdefault(form, [])
            by_key["people"][form] += [record_id for record_id in ids if record_id not in by_key["people"][form]]
    # an organisation's name written as one word or as two ('Thyssen-Krupp', 'Deutsche Presseagentur')
    # is found by its key without spaces too (not too short to say something: 'Air Bus' is no 'airbus')
    for key, ids in list(by_key["companies"].items()):
        whole = joined(key)
        if whole and whole not in by_key["companies"]:
            by_key["companies"][whole] = list(ids)
    return {"by_key": by_key, "acronyms": sorted(key for key, cases in capitals.items() if cases == {True})}


def names_of(data: dict) -> tuple[dict[str, str], tuple[str, ...]]:
    """A record's names by language and its aliases, from its YAML."""
    aliases = data.get("aliases") or {}
    flat = [text for texts in (aliases.values() if isinstance(aliases, dict) else [aliases]) for text in texts or ()]
    names_ = {str(code): str(text) for code, text in (data.get("name") or {}).items() if text}
    return names_, tuple(str(text) for text in flat if text)


def spellings_of(data: dict) -> list[str]:
    """A record's spellings from its YAML, in the order of Record.spellings."""
    names_, aliases = names_of(data)
    return [*names_.values(), *aliases]


def record_of(folder: str, data: dict, keys: tuple[str, ...] = (), source: str = "") -> Record:
    names_, aliases = names_of(data)
    return Record(
        id=str(data["id"]),
        folder=folder,
        names=names_,
        aliases=aliases,
        kind=data.get("kind") if folder == "companies" else None,
        parent=data.get("parent") if folder == "companies" else None,
        keys=keys,
        source=source,
        platform=bool(data.get("platform")),
    )


def starter_files(package: str = "generator.ingest", folder: str = "starter") -> list:
    """The YAML files of the package's starter folder, in file-name order."""
    return sorted((path for path in resources.files(package).joinpath(folder).iterdir() if path.name.endswith(".yaml")),
                  key=lambda path: path.name)


def load_records(package: str = "generator.ingest", folder: str = "starter") -> list[Record]:
    """Every record of the YAML files in the package's starter folder, in file-name order, with the
    name keys of its spellings (read_records)."""
    return read_records(package, folder)[0]


def read_records(package: str = "generator.ingest", folder: str = "starter") -> tuple[list[Record], bytes]:
    """The records (load_records) and the bytes of the files they were read from. The name keys
    take longer to compute than the files to read back, so they are kept in the parsed-data cache
    too, under the file's bytes and the code that makes them (names.py and langdata.py, where
    name_key and fold live)."""
    records, read = [], []
    code = code_of(names, langdata)
    for path in starter_files(package, folder):
        kind = next((FOLDERS[prefix] for prefix in FOLDERS if path.name.startswith(prefix)), None)
        if kind is None:
            continue
        data = path.read_bytes()
        read.append(data)
        items = parsed(data, lambda text: yaml.load(text, Loader=Loader), "starter") or ()
        keys = parsed(code + data, lambda _: [[name_key(text) for text in spellings_of(item)] for item in items], "starter-keys")
        records += [record_of(kind, item, tuple(item_keys), path.name) for item, item_keys in zip(items, keys)]
    return records, b"".join(read)


@cache
def load_starter() -> Starter:
    return starter_from_files()


def starter_from_files() -> Starter:
    """The shipped records, with their index by name key kept in the parsed-data cache under the
    files' bytes and the code that makes it."""
    records, data = read_records()
    return Starter(records, parsed(code_of(names, langdata, sys.modules[__name__]) + data, lambda _: index_of(by_folder(records)), "starter-index"))
