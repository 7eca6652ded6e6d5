"""People that the statistical name tagger finds where the rules found none.

This step sits beside the rules as spaCy keeps its statistical `ner` beside an `entity_ruler`:
find_people (the rules and the starter knowledge base) runs first, then this step adds each
name of two words or more that the CRF tagger (generator/ingest/tagger/) labels a person's and
that no person found so far shares, then find_organisations drops any that is an
organisation's name. A name in quotation marks is a title (a film, a series), not a person's.
"""

from __future__ import annotations

from functools import lru_cache

from generator.ingest import starter as starter_base
from generator.ingest.draft import Draft
from generator.ingest.langdata import Language, fold
from generator.ingest.names import name_key
from generator.ingest.steps.people import QUOTED_TITLE, Person, is_role, same_person
from generator.ingest.steps.structure import language_of

#: the languages whose people the tagger adds to those of the rules. Measured: Arabic gains (real
#: news, tuning part, people F1 0.73 -> 0.77; the development corpus 0.97 -> 0.98); German loses
#: precision on the development corpus (0.97 -> 0.89) for +0.03 on the tuning part, so not German.
TAGGER_LANGUAGES = {"ar"}


def add_tagged_people(draft: Draft) -> Draft:
    language = language_of(draft)
    if language is None or language.code not in TAGGER_LANGUAGES:
        return draft
    starter = starter_base.load_starter()
    companies, known_people = starter.by_key["companies"], starter.by_key["people"]
    people = [Person(person["name"], tokens_of_name(person["name"], language)) for person in draft.people]
    for line in draft.body_lines():
        for text in tagged_people(line, language.code):
            person = Person(text, tokens_of_name(text, language))
            if any(fold(word) in language.stopwords or is_role(word, language) for word in text.split()):
                continue
            if name_key(text) in companies and name_key(text) not in known_people:
                continue  # a known organisation's name is no person's
            if any(same_person(other, person) or fold(text) in fold(other.name) or fold(other.name) in fold(text) for other in people):
                continue
            people.append(person)
            draft.people.append({"name": text, "roles": [], "organisation": None})
    return draft


def tokens_of_name(text: str, language: Language) -> list[str]:
    return fold(text).split() if language.script == "arabic" else text.split()


@lru_cache(maxsize=4096)
def tagged_people(line: str, code: str) -> tuple[str, ...]:
    """The names of two words or more, as written and outside quotation marks, that the
    language's tagger labels a person's in a line."""
    from generator.ingest.tagger.tagger import load_tagger, spans_of, tokens_of

    tokens = tokens_of(line)
    quoted = " ".join(match.group(1) for match in QUOTED_TITLE.finditer(line))
    names = (" ".join(tokens[start:end]) for kind, start, end in spans_of(load_tagger(code).tag(tokens))
             if kind == "PER" and end - start >= 2)
    return tuple(text for text in names if text in line and text not in quoted)


STEPS = [add_tagged_people]
