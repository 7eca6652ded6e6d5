"""Organisations: every organisation named in the article body once, with its other surface forms.

A name is an organisation's when the words around it say so: a legal form after it
("Nordwerk AG"), a descriptive word before it ("der Autozulieferer Nordwerk", "شركة نوردفيرك"),
a kind word inside it ("Beispiel Ventures", "Landeskartellamt", "وزارة الطاقة"), an acronym in
brackets after it, an apposition (", the unit that ...") or a person's role ("Partner bei X").
Later shorter mentions ("Nordwerk" after "Nordwerk Antriebe AG") and acronyms become aliases.
People, countries and the publisher are never organisations.  Each person's organisation is
then set to the canonical name of the organisation it names (None when it names none).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

from generator.ingest.draft import Draft
from generator.ingest.langdata import Language, load_language
from generator.ingest.langdata import fold as fold_text
from generator.ingest.steps.people import CONJUNCTION, arabic_tokens, phrase_at
from generator.ingest.steps.structure import language_of

#: the order in which a name's kind words decide its kind (the most specific first)
KIND_ORDER = ("court", "ministry", "regulator", "union", "law_firm", "association", "fund", "media", "division", "company")
WORD = re.compile(r"(?:[lLdD]|[Qq]u)['’](?=\w)|\w+(?:[-'’&]\w+)*|[^\w\s]")
ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9&]{1,6}")
MAX_TOKENS = 7


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    return fold_text(text)


@dataclass
class Mention:
    text: str
    line: int
    start: int
    kind: str | None = None
    division: bool = False
    parent: str | None = None
    aliases: list[str] = field(default_factory=list)
    #: the name without descriptive words or legal form ('Beispiel Antriebe' for 'Beispiel Antriebe AG')
    core: str = ""
    #: only an alias of an organisation found otherwise (a quoted word, a person's organisation)
    weak: bool = False


@dataclass
class Organisation:
    name: str
    core: str
    kind: str | None
    parent: str | None
    aliases: list[str] = field(default_factory=list)
    division: bool = False

    def forms(self) -> list[str]:
        return [self.name, self.core, *self.aliases]


@lru_cache(maxsize=65536)
def plain(text: str) -> str:
    """A name compared without case, accents, hyphens, possessive or Arabic letter variants."""
    text = unicodedata.normalize("NFKD", fold(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ı", "i")
    text = re.sub(r"['’]s\b", "", text)
    return " ".join(re.sub(r"[-‐'’`«»\"“”„]", " ", text).split())


@lru_cache(maxsize=65536)
def stem_key(text: str) -> str:
    """`plain` with German case endings cut ('Europäischen Kommission' = 'Europäische Kommission')."""
    return " ".join(re.sub(r"(?:es|en|er|em|e|s|n)$", "", word) if len(word) > 5 else word for word in plain(text).split())


@cache
def territories(code: str) -> frozenset[str]:
    """Country and region names in the article's language and in English (Babel)."""
    from babel import Locale

    names = set()
    for locale in {code, "en"}:
        try:
            names |= {plain(name) for name in Locale.parse(locale).territories.values()}
            names |= {plain(name) for name in Locale.parse(locale).languages.values()}  # 'German', 'French'
        except Exception:  # noqa: BLE001, S112 - a locale Babel does not know
            continue
    return frozenset(names | {"eu", "us", "usa", "uk", "un"})


@dataclass
class Rules:
    """The language's organisation lists, compiled for matching tokens."""

    language: Language
    suffix: re.Pattern
    kind_exact: dict
    kind_phrases: dict
    kind_end: re.Pattern | None
    prefixes: set
    prefix_phrases: set
    role_words: set
    role_end: re.Pattern | None
    #: words between a role or a unit and its organisation ('von', 'of', 'de')
    role_connectors: set
    #: German compounds ending in a descriptive word ('Investmentfonds', 'Elektroautobauer')
    prefix_end: re.Pattern | None = None


@cache
def rules_for(code: str) -> Rules:
    language = load_language(code)
    suffixes = sorted(language.org_suffixes, key=len, reverse=True)
    suffix = re.compile(r"[ ,]+(" + "|".join(re.escape(s).replace(r"\ ", r"\s*") for s in suffixes) + r")(?![\w&])", re.IGNORECASE)
    kinds = {word: kind for word, kind in language.org_kind_words.items() if kind != "other"}
    compound = [word for word in kinds if " " not in word and len(word) >= 4]
    kind_end = re.compile("(?:" + "|".join(sorted(map(re.escape, compound), key=len, reverse=True)) + ")(?:es|s)?$") if compound else None
    roles = {word for word in language.role_words if " " not in word}
    role_end = re.compile("(?:" + "|".join(sorted((re.escape(w) for w in roles if len(w) >= 4), key=len, reverse=True)) + ")(?:in|en|n)?$") if roles else None
    return Rules(
        language, suffix,
        {w: k for w, k in kinds.items() if " " not in w}, {w: k for w, k in kinds.items() if " " in w}, kind_end,
        {w for w in language.org_prefixes if " " not in w}, {w for w in language.org_prefixes if " " in w},
        roles, role_end, {fold(word) for word in language.data.get("role_connectors") or ()},
        re.compile(r"\w\w\w(?:" + "|".join(sorted((re.escape(w) for w in language.org_prefixes if len(w) >= 5 and " " not in w), key=len, reverse=True)) + ")$"),
    )


def kind_of_word(word: str, rules: Rules, compounds: bool) -> str | None:
    word = fold(word).strip(".")
    if word in rules.kind_exact:
        return rules.kind_exact[word]
    if compounds and rules.kind_end:
        match = rules.kind_end.search(word)
        if match and match.start() > 0:
            return rules.kind_exact.get(re.sub(r"(?:es|s)$", "", word[match.start():]) if word[match.start():] not in rules.kind_exact else word[match.start():])
    return None


def best_kind(kinds) -> str | None:
    kinds = [kind for kind in kinds if kind in KIND_ORDER]
    return min(kinds, key=KIND_ORDER.index) if kinds else None


def is_prefix_word(word: str, rules: Rules, compounds: bool) -> bool:
    word = fold(word)
    if word in rules.prefixes:
        return True
    last = word.rsplit("-", 1)[-1]
    if last in rules.prefixes:
        return True  # 'US-Konzern', 'KI-Unternehmen', 'Riyadh-based'
    return compounds and bool(rules.prefix_end.search(word))


def is_role_word(word: str, rules: Rules) -> bool:
    word = fold(word)
    return word in rules.role_words or bool(rules.role_end and len(word) > 4 and rules.role_end.search(word))


# Latin script

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
        self.compounds = self.language.code == "de"
        self.mentions: list[Mention] = []
        #: where legal forms start: a name stops before them ('Beispiel S.A.', 'Beispiel GmbH & Co. KG')
        self.suffix_starts = {m.start(1) for m in rules.suffix.finditer(line) if self.good_suffix(m.group(1))}

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
        if plain(core) in territories(self.language.code) or not evidence and (plain(core) in self.people or self.personal(core)):
            return None
        words = core.split()
        while len(words) > 1 and is_prefix_word(words[0], self.rules, False):
            words = words[1:]  # 'Groupe Beispiel Médias' -> 'Beispiel Médias'
        mention = Mention(text, self.index, start, kind or best_kind(kinds), core=" ".join(words), **extra)
        self.mentions.append(mention)
        return mention

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
        for match in self.rules.suffix.finditer(self.line):
            if not self.good_suffix(match.group(1)):
                continue
            end = next((i for i, tok in enumerate(self.tokens) if tok.start >= match.start()), len(self.tokens))
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
        if end > gap:
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
        for length in (3, 2):
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
        if first == i - 1 and (first == 0 or fold(self.tokens[first - 1].text) in self.language.stopwords) \
                and any(p.fullmatch(fold(self.tokens[first].text)) for p in self.language.org_modifiers) \
                and not any(p.fullmatch(fold(self.tokens[first].text)) for p in self.language.org_adjectives):
            first = i  # 'die Musterstädter Behörde': a city adjective, not a name
        if first > 1 and any(p.fullmatch(fold(self.tokens[first - 1].text)) for p in self.language.org_adjectives) \
                and fold(self.tokens[first - 2].text) in self.language.stopwords:
            first -= 1  # 'das sächsische Wirtschaftsministerium'
        head = tok.text.rpartition("-")[0]
        proper = first < i or fold(tok.text).startswith(self.language.org_name_compounds) and len(fold(tok.text)) > 8 \
            or bool(head) and head[:1].isupper() and plain(head) not in territories(self.language.code)  # 'Beispiel-Kurier'

        end = phrase_end
        if not proper or self.language.org_name_continues:
            end = self.extend(phrase_end, tok.cap)
        bracket = end + 2 < len(self.tokens) and self.tokens[end].text == "(" and ACRONYM.fullmatch(self.tokens[end + 1].text)
        if proper or end > phrase_end or bracket:
            if not tok.cap and not any(t.cap for t in self.tokens[phrase_end:end]):
                return  # 'l'autorité de la concurrence' without a name in it
            self.add(first, end, kind)

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
            return self.forward(end + 1, 3)  # 'Ministry of Energy', 'tribunal régional de Musterstadt'
        last = end
        while last < len(tokens) and last - end < 3 and self.name_token(tokens[last]):
            last += 1
            if not (self.compounds and re.search(r"(?:er|en|es|e)$", tokens[last - 1].text) and last < len(tokens) and tokens[last].cap):
                break  # German: one place name, or adjectives with their noun ('Verband Deutscher Verlage')
        return last

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
            if (not t.cap or self.compounds) and is_prefix_word(t.text, self.rules, self.compounds) and j <= 4:
                if not all(fold(w.text) in self.language.stopwords or not w.cap or "-" in w.text for w in words[:j]):
                    return
                first = self.backward(i)
                division = fold(t.text).rsplit("-", 1)[-1] in self.language.org_division_words
                parent = None
                rest = self.tokens.index(t) + 1
                if rest < len(self.tokens) and fold(self.tokens[rest].text) in self.rules.role_connectors:
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
        from generator.ingest.steps.people import is_given_name

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
        mentions += LatinFinder(line, index, rules, people).find()
    return mentions


# Arabic script: names after a descriptive word (شركة، مجموعة، صندوق، وزارة ...), in quotes, or
# descriptive names of public bodies (المفوضية الأوروبية، المحكمة الإقليمية في ...).

QUOTE_OPEN, QUOTE_CLOSE = "«", "»"
PUNCT = set("،,.:;؛()!?؟\"«»")


def bare(word: str) -> str:
    """A folded word without tatweel and without a glued و، ف، ل or ب before ال ('والمعادن')."""
    word = word.replace("\u0640", "")
    return re.sub(r"^(?:و|ف)?(?:ل|ب)?(?=ال)", "", word) if len(word) > 4 else word


def listed(word: str, words: set) -> bool:
    """The word, or the word without one glued letter (و، ف، ل، ب), is in the list."""
    word = word.replace("\u0640", "")
    return word in words or bare(word) in words or len(word) > 3 and word[0] in "وفلب" and word[1:] in words


class ArabicFinder:
    """Organisation mentions in one Arabic-script line."""

    def __init__(self, line: str, index: int, rules: Rules, people: set[str]):
        self.line, self.index, self.rules, self.people = line, index, rules, people
        self.language = rules.language
        self.tokens = arabic_tokens(line)
        self.mentions: list[Mention] = []

    def text(self, first: int, last: int) -> str:
        return self.line[self.tokens[first].start:self.tokens[last - 1].end]

    def stop(self, k: int) -> bool:
        token = self.tokens[k]
        word = CONJUNCTION.sub("", token.folded) if token.folded not in self.language.stopwords else token.folded
        return (token.folded in PUNCT or token.folded in self.language.stopwords or word in self.language.stopwords
                or word in self.language.months or word in self.language.weekdays or word in self.language.speech_verbs
                or not re.search(r"[\u0621-\u064a]", word) or bool(phrase_at(self.tokens, k, self.language.role_words, 3)))

    def kind(self, first: int, last: int) -> str | None:
        kinds = []
        for k in range(first, last):
            length = phrase_at(self.tokens, k, set(self.rules.kind_phrases) | set(self.rules.kind_exact), 4)
            if length:
                words = " ".join(t.folded for t in self.tokens[k:k + length])
                kinds.append(self.language.org_kind_words.get(words) or self.language.org_kind_words.get(bare(words)))
            elif self.tokens[k].folded[-5:] and len(self.tokens[k].folded) > 6:
                kinds.append(next((kind for word, kind in self.rules.kind_exact.items() if len(word) >= 5 and self.tokens[k].folded.endswith(word)), None))
        return best_kind(kinds)

    def add(self, first: int, last: int, core_first: int, weak: bool = False, **extra) -> Mention | None:
        if last <= core_first:
            return None
        text = self.text(first, last)
        head = self.tokens[first].folded
        if first < core_first and head[:1] in "ولب" and head[1:] in self.language.org_prefixes:
            text = text[1:].lstrip("\u0640")  # 'لشركة X' -> 'شركة X'
        core = self.text(core_first, last)
        if plain(core) in self.people or plain(core) in territories("ar"):
            return None
        extra.setdefault("kind", self.kind(first, last))
        mention = Mention(text.strip(), self.index, self.tokens[first].start, core=core.strip(), weak=weak, **extra)
        self.mentions.append(mention)
        return mention

    def quoted(self, k: int) -> int | None:
        """Index after the closing quote when a short quoted name starts at k."""
        if k >= len(self.tokens) or self.tokens[k].folded != QUOTE_OPEN:
            return None
        for close in range(k + 2, min(len(self.tokens), k + 7)):
            if self.tokens[close].folded == QUOTE_CLOSE:
                return close
            if self.tokens[close].folded in PUNCT:
                return None
        return None

    def latin_bracket(self, k: int, mention: Mention | None) -> None:
        """'شركة نوردفيرك (Nordwerk AG)': the Latin name in brackets is an alias."""
        while k < len(self.tokens) and listed(self.tokens[k].folded, self.language.demonyms):
            k += 1
        match = re.match(r"\s*\(([A-Za-z][\w .&,'’-]{1,60})\)", self.line[self.tokens[k - 1].end:]) if k else None
        if mention and match and not re.search(r"[\u0600-\u06ff]", match.group(1)):
            mention.aliases.append(match.group(1).strip())

    def find(self) -> list[Mention]:
        tokens = self.tokens
        for i in range(len(tokens)):
            length = phrase_at(tokens, i, self.language.org_prefixes, 3)
            if length and not (i and tokens[i - 1].folded == QUOTE_OPEN) and not self.in_role(i):
                self.after_prefix(i, i + length)
            close = self.quoted(i)
            if close is not None:
                self.quoted_name(i, close)
            elif self.tokens[i].folded not in PUNCT and (not i or tokens[i - 1].folded != QUOTE_OPEN):
                self.transliterated(i)
        return self.mentions

    def in_role(self, i: int) -> bool:
        """'رئيس مجلس الادارة': a word inside a role phrase."""
        return any(phrase_at(self.tokens, b, self.language.role_words, 4) > i - b for b in range(max(0, i - 3), i))

    def after_prefix(self, i: int, j: int) -> None:
        tokens = self.tokens
        prefix = " ".join(t.folded for t in tokens[i:j])
        prefix = prefix[1:] if prefix[:1] in "ولب" and prefix[1:] in self.language.org_prefixes else prefix
        division = any(word in self.language.org_division_words for word in prefix.split())
        for k in range(j, min(len(tokens), j + 5)):  # 'شركة الذكاء الاصطناعي الأمريكية «X»'
            close = self.quoted(k)
            if close is not None:
                mention = self.add(k + 1, close, k + 1, division=division)
                self.latin_bracket(close + 1, mention)
                return
            if self.stop(k):
                break
        if prefix.startswith("ال"):
            return self.descriptive(i, j)
        k = j
        while k < len(tokens) and k - j < 6 and not self.stop(k):
            word = tokens[k].folded
            if listed(word, self.language.demonyms) or listed(word, self.language.org_division_words) or phrase_at(tokens, k, self.language.org_prefixes, 2):
                break
            if k == j and (word.startswith(("ال", "وال", "بال", "لل")) and prefix not in self.language.org_definite_prefixes
                           or listed(word, self.language.org_non_names)):
                return  # 'شركة ناشئة', 'منصة بث': a common noun or adjective, no name
            if k > j and word.startswith(("بال", "وب")) or k > j + 1 and tokens[k - 1].folded.startswith("وال"):
                break  # 'وزارة الاقتصاد والطاقة الملف': a coordinated word ends the name
            if len(word) > 4 and re.search(r"(?:ها|هم|هما)$", word):
                if k == j or k == j + 1 and re.match(r"[يتن]", tokens[j].folded):
                    return  # 'شركة تبلغ ايراداتها': a clause, not a name
                break
            if k > j and not (tokens[k].folded.startswith(("ل", "ال", "وال")) or word in self.rules.kind_exact
                              or not re.match(r"[يتن]", tokens[k].folded) and not tokens[k - 1].folded.startswith(("ل", "ال"))):
                break  # a verb after the name ('شركة X تغلق'): names go on with complements and adjectives
            k += 1
        end = k
        while end < len(tokens) and listed(tokens[end].folded, self.language.demonyms):
            end += 1
        if end > k and re.match(r"\s*\([A-Z][A-Z0-9&]{1,6}\)", self.line[tokens[end - 1].end:]):
            k = end  # 'اتحاد الناشرين الالمان (ABC)': the acronym shows where the name ends
        if k > j:
            mention = self.add(i, k, j, division=division)
            self.latin_bracket(k, mention)
            self.parent_after(k, mention)

    def descriptive(self, i: int, j: int) -> None:
        """'المفوضية الأوروبية', 'المحكمة الإقليمية في ...', 'الاتحاد ... (ABC)': a public body named by a phrase."""
        tokens = self.tokens
        k = j
        while k < len(tokens) and k - j < 6 and not self.stop(k) and tokens[k].folded.startswith(("ال", "ل", "وال")):
            k += 1
        place = k + 1 < len(tokens) and tokens[k].folded == "في" and not self.stop(k + 1) \
            and (not tokens[k + 1].folded.startswith("ال") or plain(tokens[k + 1].text) in territories("ar")) \
            and (k + 2 >= len(tokens) or self.stop(k + 2))
        geo = any(listed(t.folded, self.language.demonyms) for t in tokens[j:k])
        bracket = re.match(r"\s*\([A-Z]", self.line[tokens[k - 1].end:]) is not None if k > j else False
        if k > j and (geo or place or bracket):
            mention = self.add(i, k + 2 if place else k, i)
            self.latin_bracket(k, mention)

    def quoted_name(self, k: int, close: int) -> None:
        """'«X»': an organisation when a role or kind word says so, else only an alias of one."""
        tokens = self.tokens
        before = k - 1
        while before >= 0 and tokens[before].folded in ("لـ", "ل", "في", "لدي", "من"):
            before -= 1
        role = before >= 0 and any(phrase_at(tokens, b, self.language.role_words, 4) >= before - b + 1
                                   for b in range(max(0, before - 3), before + 1))
        kind = self.kind(k + 1, close)
        if plain(self.text(k + 1, close)) in self.people:
            return
        mention = self.add(k + 1, close, k + 1, weak=not (role or kind and kind != "company"))
        self.latin_bracket(close + 1, mention)

    def transliterated(self, i: int) -> None:
        """'X كابيتال', 'X فنتشرز': a transliterated kind word ends a name."""
        word = self.tokens[i].folded
        if word.startswith(("ال", "ل", "ب")) or self.kind(i, i + 1) not in ("fund", "media", "company") or phrase_at(self.tokens, i, self.language.org_prefixes, 1):
            return
        first = i
        while first > 0 and i - first < 2 and not self.stop(first - 1) and not self.tokens[first - 1].folded.startswith(("ال", "ل")) \
                and not self.in_role(first - 1) and not phrase_at(self.tokens, first - 1, self.language.role_words, 1) \
                and not phrase_at(self.tokens, first - 1, self.language.org_prefixes, 1) and not listed(self.tokens[first - 1].folded, self.language.non_name_words):
            first -= 1
        if first < i:
            self.add(first, i + 1, first)

    def parent_after(self, k: int, mention: Mention | None) -> None:
        """'X التابعة لمجموعة Y': X is a unit of Y."""
        tokens = self.tokens
        if mention is None or k >= len(tokens) or not listed(tokens[k].folded, self.language.org_division_words):
            return
        mention.division = True
        if k + 1 < len(tokens) and tokens[k + 1].folded.startswith("ل"):
            finder = ArabicFinder(self.line[tokens[k + 1].start:], self.index, self.rules, self.people)
            found = finder.find()
            if found and found[0].start == 0:
                mention.parent = found[0].core
                found[0].start += tokens[k + 1].start
                self.mentions.append(found[0])


def arabic_mentions(draft: Draft, rules: Rules, people: set[str]) -> list[Mention]:
    mentions = []
    for index, line in enumerate(draft.body_lines()):
        mentions += ArabicFinder(line, index, rules, people).find()
    return mentions


# One entry per organisation

def same(one: str, other: str) -> bool:
    return bool(one) and bool(other) and stem_key(one) == stem_key(other)


def starts_with(longer: str, shorter: str) -> bool:
    long_words, short_words = stem_key(longer).split(), stem_key(shorter).split()
    return 0 < len(short_words) < len(long_words) and long_words[:len(short_words)] == short_words


def merge(mentions: list[Mention], code: str) -> list[Organisation]:
    organisations: list[Organisation] = []
    longest: dict[tuple, Mention] = {}
    for mention in mentions:  # two readings of one place in the text: the longer one
        key = (mention.line, mention.start, mention.weak)
        kept, other = (mention, longest[key]) if key in longest and len(mention.text) > len(longest[key].text) else (longest.get(key), mention)
        if kept is None:
            longest[key] = mention
            continue
        kept.aliases += [alias for alias in other.aliases if alias not in kept.aliases]
        kept.kind = best_kind([kept.kind, other.kind])
        kept.division = kept.division or other.division
        kept.parent = kept.parent or other.parent
        longest[key] = kept
    mentions = list(longest.values())
    for mention in sorted(mentions, key=lambda m: (m.weak, m.line, m.start)):
        target = next((org for org in organisations if any(same(form, mention.text) or same(form, mention.core) for form in org.forms())), None)
        if target is None:
            target = next((org for org in organisations if starts_with(org.core, mention.core)), None)
        if target is None:
            target = next((org for org in organisations if starts_with(mention.core, org.core) and not mention.division and not org.division
                           and not any(plain(word) in territories(code) for word in mention.core.split()[len(org.core.split()):])), None)
        if target is None:
            if mention.weak:
                continue
            target = Organisation(mention.text, mention.core or mention.text, mention.kind, mention.parent, division=mention.division)
            organisations.append(target)
        for form in (mention.text, *mention.aliases):
            if form and form != target.name and form not in target.aliases:
                target.aliases.append(form)
        target.kind = best_kind([target.kind, mention.kind])
        target.parent = target.parent or mention.parent
        target.division = target.division or mention.division
    return organisations


def short_forms(org: Organisation, rules: Rules) -> list[str]:
    """The shorter names a later mention may use: the name without its legal form, its first word."""
    words = org.core.split()
    first = words[0] if words else ""
    if rules.language.script == "arabic" and fold(first).startswith("ال"):
        return []  # 'وزارة الطاقة': 'الطاقة' alone is no name
    forms = [org.core]
    if len(words) > 1 and len(first) > 2 and not fold(first).startswith("ال") and not kind_of_word(first, rules, False) \
            and not is_prefix_word(first, rules, False) and plain(first) not in territories(rules.language.code):
        forms.append(first)
    return forms


def is_unit_name(org: Organisation, rules: Rules) -> bool:
    """'Beispiel Film Studios', 'Beispiel ABC Ventures': the first word names another organisation, the rest
    is a name of its own (a kind word or an acronym among two or more words)."""
    rest = org.core.split()[1:]
    return rules.language.script == "latin" and len(rest) >= 2 and any(ACRONYM.fullmatch(w) or kind_of_word(w, rules, False) for w in rest)


def add_short_aliases(orgs: list[Organisation], text: str, rules: Rules, people: set[str]) -> None:
    """'Beispiel' after 'Beispiel Antriebe AG': found in the text as a word of its own, it is an alias
    (or, after a unit's name such as 'Beispiel Film Studios', the name of the group it belongs to)."""
    taken = {stem_key(form) for org in orgs for form in org.forms()}
    for org in list(orgs):
        for form in short_forms(org, rules):
            if stem_key(form) in taken and form != org.core or form == org.name or form in org.aliases \
                    or any(plain(form) in person.split() for person in people):
                continue
            follow = r"(?![\w])(?!\s+[A-ZÄÖÜ])" if rules.language.script == "latin" else r"(?![\w])"
            lead = r"(?<![\w-])" if rules.language.script == "latin" else r"(?<![\w-])(?:و|ف|ل|ب)?"
            pattern = lead + re.escape(form) + follow
            if any(not any(text[m.start():].startswith(other) and other != form for other in org.forms()) for m in re.finditer(pattern, text)):
                taken.add(stem_key(form))
                if form != org.core and is_unit_name(org, rules):
                    orgs.insert(orgs.index(org), Organisation(form, form, None, None))
                    org.parent = org.parent or form
                else:
                    org.aliases.append(form)


def is_organisation_text(text: str, rules: Rules) -> bool:
    """Whether a person's organisation, found nowhere else, is an organisation's name."""
    words = text.split()
    if not words or plain(text) in territories(rules.language.code):
        return False
    if rules.language.script == "arabic":
        return False
    evidence = rules.suffix.search(" " + text) or any(kind_of_word(w, rules, rules.language.code == "de") for w in words) \
        or any(ACRONYM.fullmatch(w) for w in words)
    if rules.language.code == "de":
        return bool(evidence)  # German nouns are capitalised: 'Regulierung' is no name
    return all(w[:1].isupper() or fold(w) in rules.language.org_connectors for w in words)


def link_people(draft: Draft, orgs: list[Organisation], rules: Rules) -> list[Organisation]:
    """Each person's organisation becomes a found organisation's canonical name (or None)."""
    def matching(text: str) -> Organisation | None:
        return next((org for org in orgs if any(same(form, text) for form in org.forms())), None) or \
            next((org for org in orgs if any(plain(form) in plain(text).split(" ", 1)[-1:] or plain(text).endswith(" " + plain(form)) for form in org.forms())), None)

    for person in draft.people:
        org = matching(person["organisation"]) if person.get("organisation") else None
        if org is None and person.get("organisation") and is_organisation_text(person["organisation"], rules):
            org = Organisation(person["organisation"], person["organisation"], None, None)
            orgs.append(org)
        if org is None:
            for role in person.get("roles") or ():
                head = role.rpartition("-")[0]
                org = matching(head) if head else None
                if org:
                    break
        person["organisation"] = org.core if org else None
    return orgs


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
