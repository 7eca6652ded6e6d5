"""Organisation mentions in Latin-script text (and the Latin-script names in Arabic text).

A name is an organisation's when the words around it say so: a legal form after it
("Nordwerk AG"), a descriptive word before it ("der Autozulieferer Nordwerk", "the chipmaker
Nordwerk"), a kind word in or beside it ("Beispiel Ventures", "Landeskartellamt", "the Beispiel
union"), an acronym in brackets after it ("Verband Beispielhafter Verlage (VBV)"), an apposition
(", the unit that ...", ", eine Tochter von Y") or, in French, an elided article ("l'Xyz").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from generator.ingest import orgnames
from generator.ingest.draft import Draft
from generator.ingest.given_names import is_given_name
from generator.ingest.steps.organisation_rules import (
    ACRONYM,
    PUBLIC_KINDS,
    Mention,
    Rules,
    best_kind,
    fold,
    genitive_countries,
    is_place,
    is_prefix_word,
    is_role_word,
    kind_of_word,
    line_mentions,
    plain,
    stem_key,
    territories,
)
from generator.ingest.tagger.common_words import common_words

WORD = re.compile(r"(?:[lLdD]|[Qq]u)['’](?=\w)|\w+(?:[-'’&]\w+)*|[^\w\s]")
MAX_TOKENS = 7
OPENING_QUOTES = {'"', "„", "“", "«", "»", "‚", "‘"}
CLOSING_QUOTES = {'"', "“", "”", "»", "«", "‘", "’"}


@dataclass
class Tok:
    text: str
    start: int
    end: int

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()


def tokens_of(line: str) -> list[Tok]:
    return [Tok(m.group(0), m.start(), m.end()) for m in WORD.finditer(line)]


class LatinFinder:
    """Organisation mentions in one Latin-script line."""

    def __init__(self, line: str, index: int, rules: Rules, people: set[str]):
        self.line, self.index, self.rules, self.people = line, index, rules, people
        self.language = rules.language
        self.tokens = tokens_of(line)
        self.starts = [tok.start for tok in self.tokens]
        self.compounds = self.language.code == "de"
        self.mentions: list[Mention] = []
        #: where legal forms start: a name stops before them ('Beispiel S.A.', 'Beispiel GmbH & Co. KG')
        self.suffix_matches = [m for m in rules.suffix.finditer(line) if self.good_suffix(m.group(1))]
        self.suffix_starts = {m.start(1) for m in self.suffix_matches}

    def stop(self, tok: Tok) -> bool:
        """A word that cannot be part of a name."""
        word = fold(tok.text)
        if not tok.text[:1].isalnum() or word in self.language.stopwords or word in ("l'", "d'", "l’", "d’") or re.search(r"['’]s$", word):
            return True  # "Germany's Federal Office": the possessor is not part of the name
        if self.compounds or not tok.cap:
            return is_prefix_word(tok.text, self.rules, self.compounds) or is_role_word(tok.text, self.rules)
        return is_role_word(tok.text, self.rules)

    def name_token(self, tok: Tok) -> bool:
        return tok.start not in self.suffix_starts and (tok.cap or tok.text[:1].isdigit() and any(ch.isupper() for ch in tok.text)) and not self.stop(tok)

    def connector(self, i: int) -> bool:
        return 0 < i < len(self.tokens) - 1 and fold(self.tokens[i].text) in self.language.org_connectors and self.tokens[i + 1].cap

    def backward(self, end: int, limit: int = MAX_TOKENS) -> int:
        """First token index of the name that ends before token `end`."""
        start = end
        while start > 0 and end - start < limit and (self.name_token(self.tokens[start - 1]) or self.connector(start - 1) and start < end):
            start -= 1
        while start < end and fold(self.tokens[start].text) in self.language.org_connectors:
            start += 1
        return start

    def forward(self, start: int, limit: int = 5) -> int:
        end = start
        while end < len(self.tokens) and end - start < limit and (self.name_token(self.tokens[end]) or self.connector(end) and end > start):
            end += 1
        return end

    def add(self, first: int, last: int, kind: str | None = None, **extra) -> Mention | None:
        """Mention of tokens first..last-1, a legal form after them included."""
        if last <= first:
            return None
        start, end = self.tokens[first].start, self.tokens[last - 1].end
        core = self.line[start:end]
        suffix = self.rules.suffix.match(self.line, end)
        if suffix and self.good_suffix(suffix.group(1)):
            end = suffix.end(1)
        text = self.line[start:end].strip(" ,")
        kinds = [kind_of_word(tok.text, self.rules, self.compounds) for tok in self.tokens[first:last]]
        evidence = kind or best_kind(kinds) or end > self.tokens[last - 1].end
        place = territories(self.language.code)
        if plain(core) in place or core.endswith("s") and plain(core[:-1]) in place \
                or not evidence and (plain(core) in self.people or self.personal(core)):
            return None  # a country or region ('Europas': in the genitive), or a person
        words = core.split()
        while len(words) > 1 and is_prefix_word(words[0], self.rules, False):
            words = words[1:]  # 'Groupe Beispiel Médias' -> 'Beispiel Médias'
        mention = Mention(text, self.index, start, kind or best_kind(kinds), core=" ".join(words), **extra)
        self.mentions.append(mention)
        return mention

    def common_nouns(self, first: int, last: int) -> bool:
        """German words that the corpora almost never tag as a name, each written as a noun
        ('der Konzern Aufträge', 'dem finnischen Staat, der Mutterkonzern'): no name, although
        the words around them would make one of a capitalised word (tagger/common_words.py)."""
        words = self.tokens[first:last]
        return self.compounds and bool(words) and all(
            tok.text[:1].isupper() and tok.text[1:].islower() and fold(tok.text) in common_words("de") for tok in words)

    def counted(self, k: int) -> bool:
        """Whether token k is a number, in digits or in words ('560', 'sechs')."""
        text = fold(self.tokens[k].text)
        return bool(re.fullmatch(r"\d[\d.,]*", text)) or text in self.language.number_words

    def personal(self, core: str) -> bool:
        """'Mme Beispiel', 'Beispiel' for the person 'Anna Beispiel': a person, not an organisation."""
        words = plain(core).split()
        if any(word in self.language.honorifics or word + "." in self.language.honorifics for word in words):
            return True
        return any(person.split()[-len(words):] == words for person in self.people if len(person.split()) > len(words))

    def good_suffix(self, text: str) -> bool:
        letters = re.sub(r"[^\w]", "", text)
        return text[:1].isupper() and (len(letters) > 2 or letters.isupper())

    def find(self) -> list[Mention]:
        self.suffixes()
        self.acronyms()
        for i, tok in enumerate(self.tokens):
            self.after_prefix(i, tok)
            self.kind_word(i, tok)
            self.apposition(i, tok)
            self.elided(i, tok)
        return self.mentions

    def suffixes(self) -> None:
        """'Beispiel Antriebe AG', 'Nordwerk S.A.'"""
        for match in self.suffix_matches:
            end = bisect.bisect_left(self.starts, match.start())  # the first token at or after it
            self.add(self.backward(end), end)

    def acronyms(self) -> None:
        """'Verband Beispielhafter Verlage (VBV)': the acronym is an alias of the name before it."""
        for i in range(1, len(self.tokens) - 2):
            if self.tokens[i].text != "(" or self.tokens[i + 2].text != ")" or not ACRONYM.fullmatch(self.tokens[i + 1].text):
                continue
            acronym = self.tokens[i + 1].text
            for first in range(max(0, i - 8), i):
                words = [tok.text for tok in self.tokens[first:i] if fold(tok.text) not in self.language.org_connectors]
                if self.tokens[first].cap and not self.stop(self.tokens[first]) and initials_match(acronym, words) \
                        and all(tok.text[:1].isalnum() for tok in self.tokens[first:i]):
                    if not self.common_nouns(first, i) and not is_place(words, self.language.code):
                        self.add(first, i, aliases=[acronym])
                    break

    def after_prefix(self, i: int, tok: Tok) -> None:
        """'der Autozulieferer Nordwerk', 'the chipmaker Nordwerk', 'la société américaine Nordwerk'."""
        if not (self.compounds or not tok.cap) or not is_prefix_word(tok.text, self.rules, self.compounds):
            if i + 1 >= len(self.tokens) or fold(f"{tok.text} {self.tokens[i + 1].text}") not in self.rules.prefix_phrases:
                return
            i += 1
        gap = i + 1
        if self.language.org_name_continues:  # French: 'la société américaine d'intelligence artificielle X'
            while gap < min(len(self.tokens), i + 6) and not self.tokens[gap].cap and self.tokens[gap].text[:1].isalpha() \
                    and (fold(self.tokens[gap].text) not in self.language.stopwords or fold(self.tokens[gap].text) in self.language.org_connectors):
                gap += 1
        end = self.forward(gap)
        if end > gap and not self.common_nouns(gap, end):
            kind = kind_of_word(tok.text, self.rules, self.compounds)
            division = fold(tok.text).rsplit("-", 1)[-1] in self.language.org_division_words or fold(tok.text) in self.language.org_division_words
            parent = self.parent_in_compound(tok.text)
            self.add(gap, end, kind if kind not in (None, "company") else None, division=division, parent=parent)

    def parent_in_compound(self, word: str) -> str | None:
        """'die Beispiel-Tochter X': the parent is written before the hyphen."""
        head, _, tail = word.rpartition("-")
        return head if head and head[:1].isupper() and fold(tail) in self.language.org_division_words else None

    def kind_word(self, i: int, tok: Tok) -> None:
        """'Beispiel Ventures', 'Landeskartellamt', 'Landgericht Musterstadt', 'Office fédéral des ententes'."""
        phrase_end = i + 1
        kind = None
        for length in (3, 2) if fold(tok.text) in self.rules.kind_phrase_starts else ():
            words = " ".join(t.text for t in self.tokens[i:i + length])
            if len(self.tokens) >= i + length and fold(words) in self.rules.kind_phrases:
                kind, phrase_end = self.rules.kind_phrases[fold(words)], i + length
                break
        if kind is None and tok.cap:
            kind = kind_of_word(tok.text, self.rules, self.compounds)
        if kind is None or (not tok.cap and phrase_end == i + 1):
            return self.kind_after(i, tok)
        if (self.compounds or not tok.cap) and is_prefix_word(tok.text, self.rules, self.compounds):
            return  # 'der Fonds X': a descriptive word, see after_prefix
        first = self.backward(i)
        if first < i and first > 0 and self.counted(first - 1) and self.common_nouns(first, i):
            return  # '560 Millionen Euro Kapital', 'sechs Jahrzehnten Atomenergie': counted nouns, no name
        if first == i - 1 and (first == 0 or fold(self.tokens[first - 1].text) in self.language.stopwords) \
                and any(p.fullmatch(fold(self.tokens[first].text)) for p in self.language.org_modifiers) \
                and not any(p.fullmatch(fold(self.tokens[first].text)) for p in self.language.org_adjectives):
            first = i  # 'die Musterstädter Behörde': a city adjective, not a name
        quoted = self.quoted_after(phrase_end)
        if first == i and quoted and not tok.text[:1].islower():
            self.add(*quoted, kind)  # 'die spanische Zeitung „La Vanguardia“': the name is in the quotes
            return
        if first > 1 and any(p.fullmatch(fold(self.tokens[first - 1].text)) for p in self.language.org_adjectives) \
                and fold(self.tokens[first - 2].text) in self.language.stopwords and kind not in ("media", "company", "fund"):
            first -= 1  # 'das sächsische Wirtschaftsministerium' (but 'die spanische Zeitung' only describes one)
        head = tok.text.rpartition("-")[0]
        proper = first < i or fold(tok.text).startswith(self.language.org_name_compounds) and len(fold(tok.text)) > 8 \
            or bool(head) and head[:1].isupper() and plain(head) not in territories(self.language.code)  # 'Beispiel-Kurier'

        end = phrase_end
        remit = kind in PUBLIC_KINDS and tok.cap and self.connector(phrase_end)  # 'des Eidgenössischen Departements für Wirtschaft'
        if not proper or self.language.org_name_continues or remit:
            end = self.extend(phrase_end, tok.cap)
        if kind in PUBLIC_KINDS and tok.cap and self.compounds and end == phrase_end:
            end = self.country_after(end)  # 'des Obersten Gerichtshofs der Vereinigten Staaten'
        bracket = end + 2 < len(self.tokens) and self.tokens[end].text == "(" and ACRONYM.fullmatch(self.tokens[end + 1].text)
        if proper or end > phrase_end or bracket:
            if not tok.cap and not any(t.cap for t in self.tokens[phrase_end:end]):
                return  # 'l'autorité de la concurrence' without a name in it
            self.add(first, end, kind)

    def quoted_after(self, k: int) -> tuple[int, int] | None:
        """The capitalised words in quotation marks right at token k ('„La Vanguardia“'), with small
        lowercase words between them ('"News of the World"'), as (first, end)."""
        if k >= len(self.tokens) or self.tokens[k].text not in OPENING_QUOTES:
            return None
        end = self.forward(k + 1)
        if end > k + 1 and end < len(self.tokens) and self.tokens[end].text in CLOSING_QUOTES:
            return k + 1, end
        close = next((j for j in range(k + 1, min(k + 8, len(self.tokens))) if self.tokens[j].text in CLOSING_QUOTES), None)
        inside = self.tokens[k + 1:close] if close else []
        if len(inside) >= 3 and inside[0].cap and inside[-1].cap and all(
                token.cap or token.text.isalpha() and token.text.islower() and len(token.text) <= 3 for token in inside):
            return k + 1, close
        return None

    def kind_after(self, i: int, tok: Tok) -> None:
        """'the Beispiel union', 'la fédération ABC': a lowercase kind word beside a name."""
        kind = kind_of_word(tok.text, self.rules, False)
        if kind is None or tok.cap:
            return
        if i + 1 < len(self.tokens) and self.name_token(self.tokens[i + 1]) and i and fold(self.tokens[i - 1].text) in self.language.stopwords:
            self.add(i + 1, self.forward(i + 1), kind)
        elif i >= 2 and self.name_token(self.tokens[i - 1]):
            first = self.backward(i)
            if first > 0 and fold(self.tokens[first - 1].text) in self.language.stopwords and (i - first >= 2 or ACRONYM.fullmatch(self.tokens[first].text)):
                self.add(first, i, kind)

    def country_after(self, end: int) -> int:
        """A German public body's name goes on over a country in the genitive after it ('der
        Vereinigten Staaten', 'der Türkei'): where that country ends, else `end`."""
        tokens = self.tokens
        if end >= len(tokens) or fold(tokens[end].text) not in ("der", "des"):
            return end
        countries = genitive_countries(self.language.code)
        for length in (3, 2, 1):
            words = tokens[end + 1:end + 1 + length]
            if len(words) == length and all(word.cap for word in words) and stem_key(" ".join(word.text for word in words)) in countries:
                return end + 1 + length
        return end

    def extend(self, end: int, head_cap: bool) -> int:
        """The words after a kind word that still belong to the name."""
        tokens = self.tokens
        if self.language.org_name_continues and head_cap:
            last = end
            while last < len(tokens) and last - end < 6 and tokens[last].text[:1].isalpha() and tokens[last].start not in self.suffix_starts and (
                    fold(tokens[last].text) in self.language.org_connectors or fold(tokens[last].text) not in self.language.stopwords
                    and not is_role_word(tokens[last].text, self.rules)):
                last += 1
            boundary = last >= len(tokens) or not tokens[last].text[:1].isalnum() or fold(tokens[last].text) in self.language.stopwords
            if last > end and boundary and fold(tokens[last - 1].text) not in self.language.org_connectors:
                return last
        if end < len(tokens) and fold(tokens[end].text) in self.language.org_connectors and end + 1 < len(tokens) and self.name_token(tokens[end + 1]):
            return self.remit_list(self.forward(end + 1, 3))  # 'Ministry of Energy', 'tribunal régional de Musterstadt'
        last = end
        while last < len(tokens) and last - end < 3 and self.name_token(tokens[last]):
            last += 1
            if not (self.compounds and re.search(r"(?:er|en|es|e)$", tokens[last - 1].text) and last < len(tokens) and tokens[last].cap):
                break  # German: one place name, or adjectives with their noun ('Verband Deutscher Verlage')
        return last

    def remit_list(self, end: int) -> int:
        """'Ministerium für Energie, Industrie und Bodenschätze', 'Ministry of Energy, Industry and
        Mineral Resources': a body's remit after its connector may be a list of words that 'und' or
        'and' closes; the name goes on to its last item. A list that no such word closes is the
        sentence's ('..., Musterstadt und ...' after the name: not its words)."""
        tokens, last = self.tokens, end
        joins = {fold(word) for word in self.language.data.get("role_coordinators") or () if word.isalpha()}
        while last + 2 < len(tokens) and tokens[last].text == "," and self.remit_word(tokens[last + 1]):
            last += 2
        if last + 1 < len(tokens) and fold(tokens[last].text) in joins and self.remit_word(tokens[last + 1]) \
                and (last > end or self.common_remit(tokens[last + 1])):  # 'and Nordwerk' after the name: another body
            close = last + 2
            if not self.compounds and close < len(tokens) and self.remit_word(tokens[close]):
                close += 1  # 'and Mineral Resources'
            return close
        return end

    def common_remit(self, tok: Tok) -> bool:
        """A word that says what a body does, not whose it is: a German common noun, a word the
        organisation names' lexicon lists ('Energie', 'Verkehr', 'Industry')."""
        word = fold(tok.text)
        return word in common_words(self.language.code) or orgnames.listed(orgnames.normal(tok.text), orgnames.lexicon()) is not None

    def remit_word(self, tok: Tok) -> bool:
        """A word of a body's remit: capitalised, no name of a place or a person, no acronym."""
        name = plain(tok.text)
        return self.name_token(tok) and not ACRONYM.fullmatch(tok.text) and name not in territories(self.language.code) and name not in self.people

    def apposition(self, i: int, tok: Tok) -> None:
        """'Nordwerk, the Musterstadt-based maker of ...', 'X, la filiale de Y', 'X, eine Tochter von Y'."""
        if tok.text != "," or i == 0:
            return
        words = []
        for t in self.tokens[i + 1:i + 8]:
            if not t.text[:1].isalnum():
                break
            words.append(t)
        if len(words) == 2 and fold(words[0].text) in self.language.stopwords and words[1].cap and not self.compounds \
                and plain(words[1].text) not in territories(self.language.code) | self.people:
            for mention in self.mentions:  # "l'Office fédéral des exemples, le Beispielamt": one body, two names
                if mention.line == self.index and mention.start + len(mention.text) == self.tokens[i - 1].end:
                    mention.aliases.append(words[1].text)
            return
        if not self.tokens[i - 1].cap:
            return
        for j, t in enumerate(words):
            if j + 1 < len(words) and self.name_token(words[j + 1]):
                continue  # ', la filiale Beispiel Maroc sera ...': the word names what follows it
            if (not t.cap or self.compounds) and is_prefix_word(t.text, self.rules, self.compounds, inflections=False) and j <= 4:
                if not all(fold(w.text) in self.language.stopwords or not w.cap or "-" in w.text for w in words[:j]):
                    return
                first = self.backward(i)
                if self.common_nouns(first, i):
                    return
                division = fold(t.text).rsplit("-", 1)[-1] in self.language.org_division_words
                parent = None
                rest = self.tokens.index(t) + 1
                # 'X, eine Tochter von Y': Y is X's group; not 'X, Hersteller der Abnehmpille Y' (a product)
                if division and rest < len(self.tokens) and fold(self.tokens[rest].text) in self.rules.role_connectors:
                    after = self.forward(rest + 1 if not self.stop(self.tokens[rest + 1]) else rest + 2) if rest + 1 < len(self.tokens) else rest
                    start = rest + 1 if rest + 1 < len(self.tokens) and not self.stop(self.tokens[rest + 1]) else rest + 2
                    if after > start:
                        parent = self.line[self.tokens[start].start:self.tokens[after - 1].end]
                        self.add(start, after)
                self.add(first, i, kind_of_word(t.text, self.rules, self.compounds) if not division else None, division=division, parent=parent)
                return

    def elided(self, i: int, tok: Tok) -> None:
        """French "l'Xyz": a single capitalised word after an elided article, not a place or person."""
        if fold(tok.text) not in ("l'", "l’") or self.language.code != "fr" or i + 1 >= len(self.tokens):
            return
        name = self.tokens[i + 1]
        after = self.tokens[i + 2] if i + 2 < len(self.tokens) else None
        if not name.cap or self.stop(name) or after is not None and after.text[:1].isalpha() and fold(after.text) not in self.language.stopwords \
                and fold(after.text) not in ("l'", "l’", "d'", "d’"):
            return  # "l'Office fédéral ...": a longer name, found by its kind words
        if kind_of_word(name.text, self.rules, False) or len(name.text) < 3:
            return
        if not is_given_name(name.text):
            self.add(i + 1, i + 2, "regulator" if ACRONYM.fullmatch(name.text.upper()) else None)


def initials_match(acronym: str, words: list[str]) -> bool:
    """Whether the acronym can be read from the words: each word gives its first letter and maybe more."""
    acronym = plain(acronym).replace(" ", "")
    words = [plain(word).replace(" ", "") for word in words if word]

    def match(a: int, w: int) -> bool:
        if w == len(words):
            return a == len(acronym)
        if a == len(acronym) or acronym[a] != words[w][:1]:
            return False
        word, position = words[w], 1
        for end in range(a + 1, len(acronym) + 1):  # this word gives acronym[a:end]
            if end > a + 1:
                found = word.find(acronym[end - 1], position)
                if found < 0:
                    return False
                position = found + 1
            if match(end, w + 1):
                return True
        return False

    return len(words) >= 2 and match(0, 0)


def latin_mentions(draft: Draft, rules: Rules, people: set[str]) -> list[Mention]:
    mentions = []
    for index, line in enumerate(draft.body_lines()):
        mentions += line_mentions(LatinFinder, line, index, rules, people)
    return mentions
