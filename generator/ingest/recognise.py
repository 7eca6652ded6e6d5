"""Organisations that content/ or the starter knowledge base already knows, recognised in a new
article by their name alone.

The organisations step finds a name by its context (a legal form, 'شركة', a role).  A name that
content/ already holds, by any name or alias, including those added by hand, or that the starter
knowledge base holds (starter.py), is also recognised without one:

- in Arabic script, the same spelling, or (content/ only) a transliteration of a known Latin
  name whose consonant skeleton is the same ('كورفانتيس' for 'Korvantis'); a glued و ب ل ف ك
  may stand before it;
- in Latin script, the same spelling, capitalised, when it tells itself apart from ordinary
  words: two capitalised words or more ('Deutsche Bank'), an acronym ('BMW'), a word with a
  capital or a digit inside ('SoftBank', 'e&'), or one capitalised word of four letters or more
  that the language does not also use as a function word, a role, a month or weekday, or an
  ordinary noun it lists under `ambiguous_names` ('Bahn', 'Welt'). A possessive or
  genitive ending is allowed ("Boeing's", 'Lufthansas').

Only the article's body counts (teasers name other stories' companies).  Arabic words are
mostly three consonants long, so a skeleton of three consonants is accepted only for the
organisations of the story the article joins; a longer one for any known organisation.
"""

from __future__ import annotations

from generator.ingest import names
from generator.ingest.draft import Draft
from generator.ingest.knowledge import Knowledge, generic_words
from generator.ingest.langdata import fold, load_language
from generator.ingest.names import name_key
from generator.ingest.steps.known_organisations import WORD, clitic_forms, first_words, may_start_name, recognised_latin, spans

#: skeleton letters a transliteration needs: anywhere, and among the story's organisations
ANYWHERE, IN_STORY = 4, 3


def joined_skeletons(text: str) -> set[str]:
    """A name's skeleton letters run together, as Knowledge.by_sound holds them."""
    return set(names.joined(names.name_skeleton(text, generic_words("companies"))))


def known_companies(knowledge: Knowledge, draft: Draft, story: set[str] = frozenset()) -> list[dict]:
    """Organisations of content/ that the article's body names and the draft has not found:
    as the organisations step writes them, with the entry's id under 'id'."""
    by_key, by_skeleton = knowledge.by_key["companies"], knowledge.by_sound
    taken = {name_key(text) for company in draft.companies
             for text in [company["name"], company.get("canonical") or "", *(company.get("aliases") or ())] if text}
    person_words = {word for person in draft.people for word in name_key(person["name"]).split()}
    taken |= {name_key(person["name"]) for person in draft.people}
    language = load_language(draft.language) if draft.language else None
    stopwords = language.stopwords if language else set()
    found: dict[str, dict] = {}
    first = first_words(by_key)
    for line in draft.body_lines():
        words = WORD.findall(line)
        starts = [may_start_name(word, first) for word in words]
        # where `recognised` may find something: an Arabic line, at a word that starts a known
        # name or that may start a transliteration of one (a test, not a second reading)
        arabic = names.is_arabic(line)
        sounds = [arabic and bool(by_skeleton) and any(may_be_transliterated(form, stopwords) for form in clitic_forms(word))
                  for word in words]
        used: set[int] = set()
        for start, end in spans(len(words)):
            if used & set(range(start, end)):
                continue
            text = " ".join(words[start:end])
            if arabic and (starts[start] or sounds[start]):
                entry_id, text = recognised(text, by_key, by_skeleton, story, stopwords)
            else:
                entry_id = None
            if entry_id is None and language is not None and starts[start]:
                entry_id, text = recognised_latin(words[start:end], by_key, language)
            if entry_id is None or any(name_key(text) in other for other in taken) or set(name_key(text).split()) <= person_words:
                continue
            used |= set(range(start, end))
            if entry_id not in found:
                found[entry_id] = {"name": text, "aliases": [], "canonical": text, "kind": None, "parent": None, "id": entry_id}
    return list(found.values())


def may_be_transliterated(word: str, stopwords: set[str]) -> bool:
    """Whether a transliterated name may start with this word: a definite noun, a function word or
    'شركة' starts none."""
    first = fold(word)
    return not (first.startswith("ال") or first in stopwords or first in generic_words("companies"))


def recognised(text: str, by_key: dict, by_skeleton: dict, story: set[str], stopwords: set[str]) -> tuple[str | None, str]:
    """The known organisation that these Arabic words name (or None), and the name as written,
    without a glued conjunction or preposition."""
    if not names.is_arabic(text):
        return None, text
    for form in clitic_forms(text):
        key = name_key(form)
        if len(key) < 4:
            continue
        if len(by_key.get(key, ())) == 1:
            return next(iter(by_key[key])), form
        if not may_be_transliterated(form.split()[0], stopwords):
            continue
        for skeleton in joined_skeletons(form):
            if len(skeleton) < IN_STORY:
                continue
            ids = by_skeleton.get(skeleton, set())
            if len(skeleton) < ANYWHERE:
                ids = ids & story
            if len(ids) == 1:
                return next(iter(ids)), form
    return None, text
