"""Given names: one of the signals that a run of capitalised words is a person's name.

Two lists under permissive terms, together about 68,000 names, compared without case:

- the first-name lists of Faker's person providers (MIT licence): ~31,000 names from some
  80 locales (German, French, Turkish, Spanish, ... and Arabic and Persian in their script),
  read from the installed package;
- `lang/given_names_us.txt`: the names given to at least 50 children in the United States
  since 1880 (Social Security Administration, public domain; tools/given_names_from_ssa.py
  writes it). They cover Arabic, Indian, Chinese and African names in Latin letters, where
  Faker's lists are thin.

Beside them, `lang/given_names_ar_latin.txt`: Western given names as Arabic news writes them
('ستيفاني', 'إيما'), from Wikidata's Latin <-> Arabic name pairs (CC0;
tools/given_names_in_arabic.py writes it).

The lists hold words that are also names of other things (Paris, Mercedes, April), as any
list of given names does; the name is one signal among several (steps/people.py).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from functools import cache
from importlib import metadata, resources

from generator.ingest.parsed import parsed

#: the attributes of a Faker person provider that hold given names (lists, or dicts of weights)
FIRST_NAME_LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def load_faker_names() -> set[str]:
    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None)
        for attribute in FIRST_NAME_LISTS:
            listed = inspect.getattr_static(provider, attribute, ())
            if isinstance(listed, (list, tuple, set, frozenset, dict)):  # some are properties
                names.update(name for name in listed if isinstance(name, str))
    return names


def load_list(name: str) -> set[str]:
    text = resources.files("generator.ingest").joinpath(f"lang/{name}").read_text(encoding="utf-8")
    return {line for line in text.splitlines() if line and not line.startswith("#")}


def load_us_names() -> set[str]:
    return load_list("given_names_us.txt")


def all_names(_: str) -> list[str]:
    return sorted(name.casefold() for name in load_faker_names() | load_us_names() | load_list("given_names_ar_latin.txt"))


@cache
def given_names() -> frozenset[str]:
    """Every given name of the lists, case-folded. Reading Faker's 80 provider modules takes a
    quarter of a second at every start, so the result is kept in the parsed-data cache under the
    installed Faker's version and the bytes of the project's own lists."""
    lists = b"".join(resources.files("generator.ingest").joinpath(f"lang/{name}").read_bytes()
                     for name in ("given_names_us.txt", "given_names_ar_latin.txt"))
    return frozenset(parsed(f"faker {metadata.version('faker')}\n".encode() + lists, all_names, "given-names"))


def is_given_name(token: str) -> bool:
    """'Anna', 'Jean-Luc' (its first part), 'JÜRGEN': a given name of some country; an Arabic one
    also as the steps fold it ('احمد' for 'أحمد', 'اسامه' for 'أسامة')."""
    first = token.split("-")[0]
    return len(first) > 1 and (first.casefold() in given_names() or first in folded_arabic_given_names())


@cache
def folded_arabic_given_names() -> frozenset[str]:
    """The given names in Arabic script, folded as langdata.fold folds words (hamza seats, ta
    marbuta, alif maqsura)."""
    from generator.ingest.langdata import fold

    return frozenset(fold(name) for name in given_names() if "\u0600" <= name[:1] <= "\u06ff")
