"""Role phrases in Arabic text, and the Arabic tokens the people step reads names from.

Arabic joins a role to a complement by idafa or an attached ل ('مؤسس المنصه', 'الرئيس التنفيذي
للشركه'), to its organisation the same way ('رئيس مجلس اداره X', 'الرئيسه التنفيذيه لشركه X'),
and to a pronoun for the organisation named before ('رئيسها التنفيذي', 'الشريك المدير فيها').
See steps/roles.py for what a role phrase holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.ingest.given_names import is_given_name
from generator.ingest.langdata import ARABIC_MARKS, fold_keep_length
from generator.ingest.names import name_key
from generator.ingest import starter as starter_base
from generator.ingest.steps.roles import (
    Parse,
    Role,
    Vocabulary,
    is_independent,
    noun_stem,
)

if TYPE_CHECKING:
    from generator.ingest.steps.role_organisations import Named, Organisations


ARABIC_TOKEN = re.compile(rf"[\w{ARABIC_MARKS}\u0640-]+|[،,.:;؛«»\"()!?؟“”„]")
#: typographic quotes, read as the guillemets: in the order they stand in a line, the first of a
#: pair opens ('“X”', and '”X“' as right-to-left typing sometimes leaves them)
CURLY_QUOTES = "“”„"
CONJUNCTION = re.compile(r"^(?:و|ف)(?=\w{3,})")
POSSESSIVE = re.compile(r"(?:ها|هم|ه)$")
TA_POSSESSIVE = re.compile(r"ت(?:ها|هم|ه)$")
QUOTES = ("«", "»", '"', "لـ", "ل")


@dataclass
class Token:
    text: str      # as written
    folded: str    # folded, conjunction kept
    start: int
    end: int


def unquoted_names(tokens: list[Token]) -> list[Token]:
    """Without the straight quotes around a short name that begins with a given name ('تعيين
    "فلانة الفلانية"، الرئيسة ...'); other quotes stay, as the ends of what they enclose."""
    marks = [index for index, token in enumerate(tokens) if token.folded == '"']
    dropped = set()
    companies = starter_base.load_starter().by_key["companies"]
    for opening, closing in zip(marks[::2], marks[1::2]):
        inside = tokens[opening + 1:closing]
        if 2 <= len(inside) <= 4 and is_given_name(inside[0].text) and not any(name_key(token.text) in companies for token in inside):
            dropped |= {opening, closing}  # not '"رينو نيسان ميتسوبيشي"': known companies, though 'Reno' is a given name
    return [token for index, token in enumerate(tokens) if index not in dropped]


def arabic_tokens(text: str, quotes: bool = False) -> list[Token]:
    """A line's words and punctuation; with `quotes`, typographic and straight quotes too, as
    guillemets (the organisation finder reads 'شركة “X” العالمية' and 'شركة "X"' as «X»); without, no typographic quotes and no
    straight quotes around a name (`unquoted_names`): a person's name in quotes, as some outlets
    print it, is read as if unquoted."""
    folded = fold_keep_length(text)
    tokens = [Token(text[m.start():m.end()], m.group(0).replace("\u0640", ""), m.start(), m.end()) for m in ARABIC_TOKEN.finditer(folded)]
    if not quotes:
        return unquoted_names([token for token in tokens if token.folded not in CURLY_QUOTES])
    for marks in (CURLY_QUOTES, '"'):  # straight quotes paired among themselves: 'شركة "X"' as «X»
        for index, token in enumerate(token for token in tokens if token.folded in marks):
            token.folded = "«" if index % 2 == 0 else "»"
    return tokens


def phrase_at(tokens: list[Token], index: int, phrases: set[str], longest: int = 6) -> int:
    """Length (in tokens) of the longest listed phrase starting at `index`, conjunction allowed; 0 if none."""
    if index >= len(tokens):
        return 0
    written = tokens[index].folded
    first = CONJUNCTION.sub("", written)
    # 'رئيسها التنفيذي', 'رئيسته': a role with a possessive pronoun
    bare = TA_POSSESSIVE.sub("ه", first) if TA_POSSESSIVE.search(first) else POSSESSIVE.sub("", first)
    firsts = {written, first, bare}
    for length in range(min(longest, len(tokens) - index), 0, -1):
        rest = "".join(" " + token.folded for token in tokens[index + 1 : index + length])
        if any(word + rest in phrases for word in firsts):
            return length
    return 0


class ArabicRoles:
    """Role phrases in one line of Arabic text; `is_name` tells a name's word from a common noun."""

    def __init__(self, line: str, line_no: int, tokens: list[Token], vocab: Vocabulary, organisations: Organisations,
                 is_name: Callable[[Token], bool]):
        self.line, self.line_no, self.tokens, self.vocab = line, line_no, tokens, vocab
        self.organisations, self.is_name = organisations, is_name
        self.language = vocab.language
        self.first_words = {phrase.split()[0] for phrase in self.language.role_words}

    def named_at(self, index: int) -> tuple[Named, int] | None:
        """An organisation named from token `index` on, after لـ, quotes or a word such as شركه
        ('لشركه «X»'): (it, the token after it)."""
        named = None
        for skip in (False, True):
            if skip and index < len(self.tokens) and re.sub("^[ول]", "", self.tokens[index].folded) in self.language.org_prefixes:
                index += 1
            while index < len(self.tokens) and self.tokens[index].folded in QUOTES:
                index += 1
            if index >= len(self.tokens):
                return None
            named = named or self.organisations.at(self.line_no, self.tokens[index].start, slack=2)
            if named:
                break
        if named is None:
            return None
        end = next((k for k in range(index, len(self.tokens)) if self.tokens[k].end >= named.end), len(self.tokens) - 1) + 1
        while end < len(self.tokens) and self.tokens[end].folded in ("»", '"'):
            end += 1
        return named, end

    def common_noun(self, index: int) -> bool:
        """'الشركه', 'المنصه': a definite noun that is no name, title, role or nationality."""
        token = self.tokens[index]
        word, language = token.folded, self.language
        return word.startswith("ال") and not self.is_name(token) and word not in language.honorifics \
            and word not in language.stopwords and word not in language.demonyms and not phrase_at(self.tokens, index, language.role_words)

    def adjectives(self, index: int, limit: int = 2) -> int:
        end = index
        while end < len(self.tokens) and end - index < limit and self.common_noun(end) and not self.named_at(end):
            end += 1
        return end

    def complement(self, end: int) -> tuple[int, str | None, tuple | None]:
        """What follows a role: (end of the role, the noun or pronoun it refers to, (organisation, end))."""
        tokens = self.tokens
        if end >= len(tokens):
            return end, None, None
        if named := self.named_at(end):
            return end, None, named  # 'لشركه X', 'لـ«X»', 'رئيس مجلس اداره X'
        word = tokens[end].folded
        if word in self.vocab.complements and end + 1 < len(tokens):
            if named := self.named_at(end + 1):
                return end, None, named  # 'الشريك في «X»'
            if self.common_noun(end + 1):
                return self.adjectives(end + 2), noun_stem(tokens[end + 1].folded), None  # 'في الشركه'
        if re.fullmatch(r"(?:في|لدي|ل|ب)(?:ها|ه|هم)", word):
            return end, "", (None, end + 1)  # 'الشريك المدير فيها': of the organisation named before
        if word.startswith("لل") and len(word) > 4 or self.common_noun(end):
            return self.adjectives(end + 1), noun_stem(word), None  # 'للشركه', 'مؤسس المنصه'
        return end, None, None

    def parse(self, index: int) -> tuple[int, Parse] | None:
        """The role starting at token `index`: (first character, parse); None if none starts there."""
        tokens, language = self.tokens, self.language
        length = phrase_at(tokens, index, language.role_words)
        if not length:
            return None
        first = tokens[index].folded
        skip = 1 if CONJUNCTION.match(first) and first not in self.first_words and first not in language.stopwords else 0
        pronoun = len(first) > 4 and re.search(r"(?:ها|هم|ته)$", first) is not None  # 'رئيسها', 'رئيسته'
        end, heads, reference, named = index + length, [self.words(index, length)], "" if pronoun else None, None
        while True:
            while end < len(tokens) and tokens[end].folded in self.vocab.after:
                end += 1
            end, noun, named = self.complement(end)
            reference = noun if noun is not None else reference
            if named or end >= len(tokens) or not CONJUNCTION.match(tokens[end].folded):
                break
            more = phrase_at(tokens, end, language.role_words)
            if not more:
                break
            heads.append(self.words(end, more))  # 'المؤسس والرئيس التنفيذي'
            end += more
        last = noun_stem(tokens[end - 1].folded)
        if reference is None and last in self.vocab.kind_stems:
            reference = last  # 'رئيسه الاتحاد': the role names its organisation by a common noun
        parse = Parse(end, heads, reference, after=end)
        if named:
            organisation, after = named
            parse.organisation = organisation.name if organisation else None
            parse.after = self.origin(after)  # 'لشركه «X» الصينيه فلانه': the company's nationality
        else:
            parse.after = self.origin(end)
        return tokens[index].start + skip, parse

    def words(self, index: int, length: int) -> tuple[str, ...]:
        """A listed role's words, without a conjunction before them."""
        words = [token.folded for token in self.tokens[index:index + length]]
        if CONJUNCTION.match(words[0]) and words[0] not in self.first_words:
            words[0] = CONJUNCTION.sub("", words[0])
        return tuple(words)

    def origin(self, end: int) -> int:
        """Where the name starts after a role (or its organisation) that ends at `end`: after the
        nationality that follows ('الباحثه الصينيه الاصل فلانه', 'مديره «X» الصينيه فلانه')."""
        after = end
        while after < len(self.tokens) and self.tokens[after].folded in self.language.demonyms:
            after += 1
        if after > end and after + 1 < len(self.tokens) and self.common_noun(after) and self.is_name(self.tokens[after + 1]):
            after += 1
        return after

    def role(self, index: int) -> tuple[Role, int] | None:
        """The role at token `index` and the token after it and its organisation."""
        parsed = self.parse(index)
        if parsed is None:
            return None
        start, parse = parsed
        independent = all(is_independent(head, self.vocab) for head in parse.heads)
        text = self.line[start:self.tokens[parse.end - 1].end]
        kind = self.vocab.kind_of.get(parse.reference or "")
        return Role(text, self.line_no, start, parse.organisation, parse.reference, kind, independent), parse.after
