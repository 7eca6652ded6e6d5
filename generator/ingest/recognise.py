"""Organisations that content/ already knows, recognised in a new article by their name alone.

The organisations step finds a name by its context (a legal form, 'شركة', a role).  A name that
content/ already holds, by any name or alias, including those added by hand, is also
recognised without one:

- in Arabic script, the same spelling, or a transliteration of a known Latin name whose
  consonant skeleton is the same ('كورفانتيس' for 'Korvantis'; a glued و ب ل ف ك may stand
  before it).

(Latin-script articles are left to the step: its names are capitalised and found by context,
and a known name such as 'Bahn' is also a German noun.)

Only the article's body counts (teasers name other stories' companies).  Arabic words are
mostly three consonants long, so a skeleton of three consonants is accepted only for the
organisations of the story the article joins; a longer one for any known organisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.ingest import names
from generator.ingest.draft import Draft
from generator.ingest.knowledge import Knowledge, generic_words, name_key
from generator.ingest.langdata import fold, load_language

#: the most words a recognised name has (spelled-out letters count one each: 'إم جي إم')
MAX_WORDS = 6
#: skeleton letters a transliteration needs: anywhere, and among the story's organisations
ANYWHERE, IN_STORY = 4, 3
CLITICS = "وبلفك"
WORD = re.compile(r"\w[\w'’&-]*")


def joined_skeletons(text: str) -> set[str]:
    """A name's skeleton letters run together, as Knowledge.by_sound holds them."""
    return set(names.joined(names.name_skeleton(text, generic_words("companies"))))


def spans(words: list[str]) -> Iterable[tuple[int, int]]:
    """Every run of up to MAX_WORDS words, longest first."""
    for length in range(min(MAX_WORDS, len(words)), 0, -1):
        for start in range(len(words) - length + 1):
            yield start, start + length


def known_companies(knowledge: Knowledge, draft: Draft, story: set[str] = frozenset()) -> list[dict]:
    """Organisations of content/ that the article's body names and the draft has not found:
    as the organisations step writes them, with the entry's id under 'id'."""
    by_key, by_skeleton = knowledge.by_key["companies"], knowledge.by_sound
    taken = {name_key(text) for company in draft.companies
             for text in [company["name"], company.get("canonical") or "", *(company.get("aliases") or ())] if text}
    taken |= {name_key(person["name"]) for person in draft.people}
    stopwords = load_language(draft.language).stopwords if draft.language else set()
    found: dict[str, dict] = {}
    for line in draft.body_lines():
        words = WORD.findall(line)
        used: set[int] = set()
        for start, end in spans(words):
            if used & set(range(start, end)):
                continue
            text = " ".join(words[start:end])
            entry_id, text = recognised(text, by_key, by_skeleton, story, stopwords)
            if entry_id is None or any(name_key(text) in other for other in taken):
                continue
            used |= set(range(start, end))
            if entry_id not in found:
                found[entry_id] = {"name": text, "aliases": [], "canonical": text, "kind": None, "parent": None, "id": entry_id}
    return list(found.values())


def recognised(text: str, by_key: dict, by_skeleton: dict, story: set[str], stopwords: set[str]) -> tuple[str | None, str]:
    """The known organisation that these Arabic words name (or None), and the name as written,
    without a glued conjunction or preposition."""
    if not names.is_arabic(text):
        return None, text
    for form in dict.fromkeys([text, text[1:] if text[:1] in CLITICS else text]):
        key = name_key(form)
        if len(key) < 4:
            continue
        if len(by_key.get(key, ())) == 1:
            return next(iter(by_key[key])), form
        first = fold(form.split()[0])
        if first.startswith("ال") or first in stopwords or first in generic_words("companies"):
            continue  # a definite noun, a function word or 'شركة' is no transliterated name
        for skeleton in joined_skeletons(form):
            if len(skeleton) < IN_STORY:
                continue
            ids = by_skeleton.get(skeleton, set())
            if len(skeleton) < ANYWHERE:
                ids = ids & story
            if len(ids) == 1:
                return next(iter(ids)), form
    return None, text
