"""Organisations: every organisation named in the article body once, with its other surface forms.

A name is an organisation's when the words around it say so: a legal form after it
("Nordwerk AG"), a descriptive word before it ("der Autozulieferer Nordwerk", "شركة نوردفيرك"),
a kind word inside it ("Beispiel Ventures", "Landeskartellamt", "وزارة الطاقة"), an acronym in
brackets after it, an apposition (", the unit that ...") or a person's role ("Partner bei X").
Later shorter mentions ("Nordwerk" after "Nordwerk Antriebe AG") and acronyms become aliases.
People, countries and the publisher are never organisations.  Each person's organisation is
then set to the canonical name of the organisation it names (None when it names none).

The finders are in latin_organisations.py and arabic_organisations.py, the word lists and name
keys they share in organisation_rules.py, and the merging into one organisation each, with its
aliases, parent and the people's links, in organisation_merge.py.
"""

from __future__ import annotations

import re

from generator.ingest.draft import Draft
from generator.ingest.steps.arabic_organisations import arabic_mentions
from generator.ingest.steps.latin_organisations import latin_mentions
from generator.ingest.steps.organisation_merge import (
    add_short_aliases,
    link_people,
    merge,
    same,
)
from generator.ingest.steps.organisation_rules import plain, rules_for
from generator.ingest.steps.structure import language_of


def find_organisations(draft: Draft) -> Draft:
    language = language_of(draft)
    if language is None:
        return draft
    rules = rules_for(language.code)
    people = {plain(person["name"]) for person in draft.people}
    finder = arabic_mentions if language.script == "arabic" else latin_mentions
    mentions = finder(draft, rules, people)
    if language.script == "arabic":
        latin = rules_for("en")
        mentions += [m for m in latin_mentions(draft, latin, people) if not re.search(r"[\u0600-\u06ff]", m.text)]
    publisher = plain(draft.publisher or "")
    mentions = [m for m in mentions if plain(m.text) != publisher and plain(m.core) != publisher]
    orgs = merge(mentions, language.code)
    add_short_aliases(orgs, draft.body, rules, people)
    orgs = link_people(draft, orgs, rules)
    add_short_aliases(orgs, draft.body, rules, people)  # and of the organisations only people's roles named
    keys = {plain(form) for org in orgs for form in org.forms()}
    long_keys = tuple(" " + key for key in keys if " " in key)
    def organisation_like(name: str) -> bool:
        name = plain(name)
        return name in keys or (" " + name).endswith(long_keys) or " " in name and any(
            key.startswith(name) and not key[len(name):len(name) + 1].isalnum() for key in keys)

    draft.people = [person for person in draft.people if not organisation_like(person["name"])]
    for org in orgs:
        parent = next((other.core for other in orgs if other is not org and org.parent and any(same(f, org.parent) for f in other.forms())), org.parent)
        kind = "division" if org.division and org.kind in (None, "company") else org.kind or "company"
        draft.companies.append({"name": org.name, "aliases": org.aliases, "canonical": org.core, "kind": kind, "parent": parent})
    return draft


STEPS = [find_organisations]
