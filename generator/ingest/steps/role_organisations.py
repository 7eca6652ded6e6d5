"""Which organisation a role belongs to: the organisations named in the article, where, and how a
role refers to one (see steps/roles.py).

The organisations are found as the organisations step will find them (with its finders, and with
the organisations only people's roles name); the step runs after this one and links each person
to the organisation named here.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from generator.ingest.langdata import Language, fold, fold_keep_length
from generator.ingest.steps.organisation_merge import (
    organisations_in,
    short_forms,
)
from generator.ingest.steps.organisation_rules import rules_for
from generator.ingest.steps.roles import Role, Word, key_of, noun_stem, words_of

#: kinds of organisation a role's noun may name that are not the article's company ('der Gewerkschaft')
SPECIFIC_KINDS = ("union", "association", "regulator", "court", "ministry", "law_firm", "media", "fund")


@dataclass
class Named:
    """An organisation named in the text: where, under which name, and the nouns in and before it."""

    line: int
    start: int
    end: int
    name: str
    division: bool
    #: nouns of the name, of the words right before it ('Der Investmentfonds X'), of the clause before it
    nouns: tuple[set[str], set[str], set[str]]


@dataclass
class Organisations:
    named: list[Named] = field(default_factory=list)
    #: the organisation the article is about: named in its title (the most often named of those)
    main: str | None = None
    #: where each body line's sentences start
    sentences: dict[int, list[int]] = field(default_factory=dict)

    def sentence(self, line: int, position: int) -> int:
        return bisect.bisect_right(self.sentences.get(line, []), position)

    def at(self, line: int, start: int, slack: int = 0) -> Named | None:
        """The organisation whose name starts at `start` (or up to `slack` characters later: 'لشركه')."""
        index = bisect.bisect_left(self.keys, (line, start))
        found = self.named[index] if index < len(self.named) else None
        return found if found and found.line == line and found.start <= start + slack else None

    @cached_property
    def keys(self) -> list[tuple[int, int]]:
        """(line, start) of each name, in order: `named` is sorted by them."""
        return [(n.line, n.start) for n in self.named]

    def earlier(self, role: Role) -> Iterator[Named]:
        """The names that end before a role, the nearest first."""
        for index in range(bisect.bisect_right(self.keys, (role.line, role.start)) - 1, -1, -1):
            if (self.named[index].line, self.named[index].end) <= (role.line, role.start):
                yield self.named[index]

    def resolve(self, role: Role) -> str | None:
        """The organisation a role belongs to: the one named with it; for a role that refers to one
        by a noun ('des Fonds', 'للشركه'), the last one named before it with that noun in its name,
        right before it or in its clause; else the last one named in the same sentence or the two
        before it (not a unit of another); else the one the title names.  None for a profession."""
        if role.organisation or role.independent:
            return role.organisation
        for tier in range(3 if role.reference else 0):
            for named in self.earlier(role):
                if any(word == role.reference or len(role.reference) >= 4 and word.endswith(role.reference) for word in named.nouns[tier]):
                    return named.name
        if role.reference_kind in SPECIFIC_KINDS:
            return None  # 'Chef der Gewerkschaft' with no union named: not the company's
        sentence = self.sentence(role.line, role.start)
        for named in self.earlier(role):
            if named.line != role.line:
                break
            if self.sentence(named.line, named.start) >= sentence - 2 and not named.division:
                return named.name
        return self.main


@lru_cache(maxsize=4096)  # the same organisations recur across the articles of one run
def form_pattern(form: str) -> re.Pattern:
    """A folded name in folded text: tatweel allowed between letters, an attached و/ل/ب/لل and quotes before it."""
    letters = "".join(r"\s+" if ch == " " else re.escape(ch) + "\u0640*" for ch in form)
    return re.compile(rf"(?<![\w-])(?:[وفبل]|لل)?[«\"“]?({letters})(?![\w])")


#: how far before a name its preceding words are read
BEFORE_CHARS = 400


def nouns_around(line: str, start: int, end: int) -> tuple[set[str], set[str], set[str]]:
    """The noun stems of a name, of up to three words right before it, and of eight words before it
    (read from the last BEFORE_CHARS characters: a long line is not read again for each name)."""
    before = [word for word in words_of(line[max(0, start - BEFORE_CHARS):start]) if word.text not in "«»\"“”„"]
    if start > BEFORE_CHARS:
        before = before[1:]  # the first word may be cut
    near = []
    for word in reversed(before[-3:]):
        if not word.text[:1].isalnum():
            break
        near.append(word)
    return stems(words_of(line[start:end])), stems(near), stems(before[-8:])


def stems(words: list[Word]) -> set[str]:
    return {noun_stem(word.key) for word in words if word.text[:1].isalnum()}


def find_organisations(draft, language: Language, people: list[dict]) -> Organisations:
    """The organisations the organisations step will find, with these people (name, roles and the
    organisation named with a role) known, and where each is named."""
    rules = rules_for(language.code)
    found = organisations_in(draft, language, people)
    forms = sorted({(fold(form), k) for k, org in enumerate(found) for form in org.forms() if len(form) >= 2}, key=lambda item: -len(item[0]))
    patterns = [(form_pattern(form), k) for form, k in forms]
    named = []
    dateline = draft.dateline or ""
    for line_no, line in enumerate(draft.body_lines()):
        folded = fold_keep_length(line)
        taken = bytearray(len(folded))  # 1 where a name already found stands
        filed = len(dateline) if dateline and line.startswith(dateline) else 0
        taken[:filed] = b"\x01" * filed  # the agencies of a dateline ('Bern (APA/dpa) -') filed the report: no role is theirs
        for pattern, k in patterns:
            for match in pattern.finditer(folded):
                start, end = match.span(1)
                if not any(taken[start:end]):
                    taken[start:end] = b"\x01" * (end - start)
                    named.append((line_no, start, end, k, nouns_around(line, start, end)))
    named.sort(key=lambda item: item[:2])
    result = Organisations([Named(line, start, end, found[k].name, found[k].division, nouns) for line, start, end, k, nouns in named])
    title = fold_keep_length(draft.title or "")
    short = [(form_pattern(fold(form)), k) for k, org in enumerate(found) for form in short_forms(org, rules)]
    in_title = {k for pattern, k in patterns + short if pattern.search(title)}  # 'Beispiel streicht Stellen'
    count = {k: sum(item[3] == k for item in named) for k in in_title}
    if count:
        result.main = found[max(count, key=lambda k: (count[k], -k))].name
    result.sentences = {line_no: sentence_starts(line, language) for line_no, line in enumerate(draft.body_lines())}
    return result


def sentence_starts(line: str, language: Language) -> list[int]:
    """Where the sentences of a line start: after '.', '!' or '?' (and a closing quote), not after a
    number ('1. März') or an abbreviation ('Dr.', 'Inc.')."""
    starts = []
    for match in re.finditer(r"(\S*)[.!?؟…][»“”\"']?\s+", line):
        word = match.group(1).lstrip("(«„\"“")
        if word.isdigit() or key_of(word) + "." in language.honorifics or len(word) <= 3 and word[:1].isupper():
            continue
        starts.append(match.end())
    return starts
