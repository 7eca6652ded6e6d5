"""Roles: a person's job title as a whole noun phrase, and the organisation it belongs to.

The vocabulary of roles and the role phrases of Latin-script text are here; Arabic role phrases
are in arabic_roles.py, and which organisation a role belongs to in role_organisations.py.

A role is a role noun (`role_words`) with the words that belong to it: modifiers before or after
it ('geschäftsführender Gesellschafter', 'directrice générale adjointe', 'المدير الاقليمي'), a
second role joined by 'und' / 'and' / 'et' / و ('Gründer und Geschäftsführer'), and a
complement naming a field, a department or, by a common noun, an organisation ('Leiterin der
Abteilung', 'Head of Communications', 'Leiter Vertrieb', 'الرئيس التنفيذي للشركه').  The phrase
stops at a comma, a verb, a name, or an organisation's name: an organisation named right after
the role ('Finanzchefin von X', 'الرئيس التنفيذي لشركه X', 'مؤسس «X»') is the role's
organisation, not part of the role.

A role without a named organisation belongs to the organisation its complement refers to ('des
Fonds': the fund named before), else to the one last named shortly before it in the same paragraph
(a possessive, 'رئيسها', 'son président', refers to it as well), else to the organisation the
article's title names; roles that name a profession or a public office (`independent_roles`)
get none.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from generator.ingest.langdata import Language, fold, load_language

if TYPE_CHECKING:
    from generator.ingest.steps.role_organisations import Named, Organisations

WORD = re.compile(r"(?:[lLdDjJnNsScCmMtT]|[Qq]u)['’](?=\w)|\w+(?:[-'’]\w+)*|[^\w\s]")
ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9&]{1,6}")
MAX_COMPLEMENT = 6
WINDOW = 12  # words before a name that may hold its role
PREDICATE_WINDOW = 25  # words after a name that may hold 'as <role>' (a relative clause between)
SENTENCE_END = {".", "!", "?", ":"}


@dataclass
class Role:
    text: str
    line: int
    start: int
    #: an organisation named with the role ('von X', 'لشركه X'), as written
    organisation: str | None = None
    #: the noun that refers to an organisation ('Fonds' in 'des Fonds', 'شركه' in 'للشركه'); '' for a pronoun
    reference: str | None = None
    #: the kind of organisation that noun names ('union' for 'Gewerkschaft'), from org_kind_words
    reference_kind: str | None = None
    independent: bool = False


# Words and vocabulary

@dataclass
class Word:
    text: str
    key: str  # folded, ’ written as '
    start: int
    end: int


def key_of(text: str) -> str:
    return fold(text).replace("’", "'")


def words_of(text: str) -> list[Word]:
    return [Word(m.group(0), key_of(m.group(0)), m.start(), m.end()) for m in WORD.finditer(text)]


class Phrases:
    """Words and word sequences from a language file, found at a position (longest first)."""

    def __init__(self, texts, drop_last: set[str] = frozenset()):
        items = {tuple(word.key for word in words_of(str(text))) for text in texts or ()}
        self.items = {item for item in items if item and item[-1] not in drop_last}
        self.longest = max(map(len, self.items), default=0)
        self.first_words = {item[0] for item in self.items}

    def __contains__(self, key: str) -> bool:
        return (key,) in self.items

    def end_at(self, words: list[Word], index: int) -> int | None:
        if index >= len(words) or words[index].key not in self.first_words:
            return None
        for length in range(min(self.longest, len(words) - index), 0, -1):
            if tuple(word.key for word in words[index:index + length]) in self.items:
                return index + length
        return None


def word_pattern(words: set[str], compounds: bool = False) -> tuple[re.Pattern, re.Pattern]:
    """A word that is one of `words` or a compound ending in one, or one with a short ending ('Chefin').
    Where the language writes compounds as one word (`compounds`), a word of four letters ends one
    too after three letters or more ('Bahnchef')."""
    long = "|".join(sorted((re.escape(word) for word in words if len(word) >= 5), key=len, reverse=True)) or "(?!x)x"
    short = "|".join(sorted(re.escape(word) for word in words if len(word) == 4)) if compounds else ""
    compound = rf"\w*(?:{long})" + (rf"|\w{{3,}}(?:{short})(?:in|s)?" if short else "")
    return re.compile(compound), re.compile(rf"(?:{long})\w{{0,3}}")


@dataclass
class Vocabulary:
    """One language's role lists, ready for matching words."""

    language: Language
    roles: Phrases
    modifiers: Phrases
    after: Phrases
    fields: Phrases
    complements: Phrases
    connectors: Phrases
    places: Phrases
    lead: Phrases
    intros: Phrases
    coordinators: set[str]
    independent: Phrases
    capitalised_nouns: bool
    #: common nouns for organisations ('Konzern', 'fédération', 'company'): a complement made of them refers to one
    kinds: set[str]
    role_singles: set[str] = field(default_factory=set)
    role_end: tuple = ()
    independent_end: tuple = ()
    kind_stems: set[str] = field(default_factory=set)
    #: is_role_word's answers, by key (the same words are asked again and again)
    role_word_answers: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)
    #: noun stem -> kind of organisation ('gewerkschaft' -> 'union')
    kind_of: dict[str, str] = field(default_factory=dict)
    #: words after which a sentence names its subject's role further on ('as', 'als')
    predicate_intros: Phrases = field(default_factory=lambda: Phrases(()))
    #: words that end with a full stop inside a sentence: honorifics and company suffixes
    abbreviations: set[str] = field(default_factory=set)

    def __post_init__(self):
        self.role_singles = {item[0] for item in self.roles.items if len(item) == 1}
        self.kind_stems = {noun_stem(word) for word in self.kinds}
        self.kind_of = {noun_stem(key_of(word)): kind for word, kind in self.language.org_kind_words.items() if " " not in word}
        self.role_end = word_pattern(self.role_singles, compounds=self.capitalised_nouns)
        self.independent_end = word_pattern({item[0] for item in self.independent.items if len(item) == 1})


@cache
def vocabulary(code: str) -> Vocabulary:
    language = load_language(code)
    data = language.data
    stop = language.stopwords
    kinds = {key for word in [*language.org_kind_words, *language.org_prefixes, *language.government_words] for key in [key_of(word)] if " " not in key}
    return Vocabulary(
        language, Phrases(data.get("role_words"), drop_last=stop), Phrases(data.get("role_modifiers")),
        Phrases(data.get("role_modifiers_after")), Phrases(data.get("role_fields")), Phrases(data.get("role_complements")),
        Phrases(data.get("role_connectors")), Phrases(data.get("role_place_connectors")), Phrases(data.get("role_lead_words")),
        Phrases(data.get("role_intros")), {key_of(word) for word in data.get("role_coordinators") or ()},
        Phrases(data.get("independent_roles")), bool(data.get("role_capitalised_nouns")), kinds,
        predicate_intros=Phrases(data.get("role_predicate_intros")),
        abbreviations={key_of(word).rstrip(".") for word in [*language.honorifics, *language.org_suffixes] if word.endswith(".")},
    )


def is_role_word(key: str, vocab: Vocabulary) -> bool:
    """A role noun: listed, a compound ending in one ('Gesamtbetriebsratsvorsitzende', 'XYZ-Chef'),
    or one with a short ending ('Vorstandschefin')."""
    key = key.strip(".")
    answer = vocab.role_word_answers.get(key)
    if answer is None:
        answer = vocab.role_word_answers[key] = role_word(key, vocab)
    return answer


def role_word(key: str, vocab: Vocabulary) -> bool:
    if key in vocab.role_singles or "-" in key and key.rsplit("-", 1)[1] in vocab.role_singles:
        return True
    compound, inflected = vocab.role_end
    last = key.rsplit("-", 1)[-1]  # 'EU-Kommissionsvize': the compound after the hyphen
    return any(compound.fullmatch(part) or inflected.fullmatch(part) for part in {key, last})


def is_independent(head: tuple[str, ...], vocab: Vocabulary) -> bool:
    """A role noun (its words) that names a profession or a public office ('Wirtschaftsminister', 'prime minister')."""
    compound, _ = vocab.independent_end
    return head in vocab.independent.items or any(word in vocab.independent or compound.fullmatch(word) for word in {head[0], head[-1]})


def noun_stem(key: str) -> str:
    """A noun compared without article, attached prepositions or case and plural endings."""
    if re.match(r"[\u0621-\u064a]", key):
        return re.sub(r"^[وف]?(?:[بلك]?ال|لل|[بل])(?=\w{3})", "", key)
    stem = re.sub(r"(?:es|s|en|n|e)$", "", key)
    return stem if len(stem) >= 4 else key


# Role phrases in Latin-script text

@dataclass
class Parse:
    end: int  # the role phrase ends before this word
    heads: list[tuple[str, ...]]  # the role nouns, each as its words
    reference: str | None = None
    organisation: str | None = None
    after: int = 0  # the role and its organisation end before this word


class LatinRoles:
    """Role phrases in one line of Latin-script text."""

    def __init__(self, line: str, line_no: int, vocab: Vocabulary, organisations: Organisations):
        self.line, self.line_no, self.vocab, self.organisations = line, line_no, vocab, organisations
        self.words = words_of(line)
        self.starts = [word.start for word in self.words]

    def named_at(self, index: int) -> Named | None:
        return self.organisations.at(self.line_no, self.words[index].start) if index < len(self.words) else None

    def noun_end(self, i: int) -> int | None:
        """A role noun or a listed role phrase at i; 'Beispiel Media-Chef': a name before a compound role."""
        words, vocab = self.words, self.vocab
        if i >= len(words) or not words[i].text[:1].isalpha():
            return None
        end = vocab.roles.end_at(words, i)
        if end is None and is_role_word(words[i].key, vocab):
            end = i + 1
        for extra in (1, 2):
            k = i + extra
            if end is None and k < len(words) and "-" in words[k].key and is_role_word(words[k].key, vocab) \
                    and all(word.text[:1].isupper() for word in words[i:k]):
                end = k + 1
        return end

    def core(self, i: int) -> tuple[int, list[tuple[str, ...]], int] | None:
        """Modifiers, role nouns and the words after them: (end, the role nouns' words, where the first noun starts)."""
        words, vocab = self.words, self.vocab
        j = i
        while j < len(words):
            end = vocab.modifiers.end_at(words, j)
            if end is None and not vocab.capitalised_nouns and words[j].text.islower():
                end = vocab.fields.end_at(words, j)  # 'finance chief', 'software engineer'
            if end is None or self.noun_end(j) and not self.noun_end(end):
                break
            j = end
        end = self.noun_end(j)
        if end is None:
            return None
        heads = [tuple(word.key for word in words[j:end])]
        while end < len(words):
            following = vocab.after.end_at(words, end)
            if following:
                end = following
            elif (following := self.noun_end(end)) and not self.named_at(end):
                heads.append(tuple(word.key for word in words[end:following]))  # 'geschäftsführender Gesellschafter'
                end = following
            else:
                break
        return end, heads, j

    def accepted(self, index: int) -> bool:
        """A word of a complement: a noun or adjective, never a function word, verb or name."""
        words, vocab, language = self.words, self.vocab, self.vocab.language
        word = words[index]
        if not word.text[:1].isalpha() or word.key in language.stopwords or word.key in language.speech_verbs \
                or word.key.rstrip(".") + "." in language.honorifics:
            return False
        if vocab.capitalised_nouns:
            nxt = words[index + 1] if index + 1 < len(words) else None
            return word.text[:1].isupper() or bool(nxt and nxt.text[:1].isupper() and nxt.text[:1].isalpha())
        return self.field_or_kind(index) or index + 1 < len(words) and self.field_or_kind(index + 1)

    def field_or_kind(self, index: int) -> bool:
        return bool(self.vocab.fields.end_at(self.words, index)) or self.words[index].key in self.vocab.kinds

    def noun_like(self, index: int) -> bool:
        word = self.words[index]
        return word.text[:1].isupper() if self.vocab.capitalised_nouns else self.field_or_kind(index)

    def complement(self, j: int) -> tuple[int, str | None, Named | None]:
        """What follows a role at j: (end of the role, the noun it refers to, an organisation named)."""
        words, vocab = self.words, self.vocab
        start = vocab.complements.end_at(words, j)
        if start is None:  # 'Leiter Vertrieb'
            end = j
            while end < len(words) and (following := vocab.fields.end_at(words, end)):
                end = following
            return end, None, None
        while start < len(words) and (following := vocab.lead.end_at(words, start)) and not self.named_at(start):
            start = following
        if (end := self.complement_before_organisation(start)) is not None:
            return end, noun_stem(words[end - 1].key), None
        content, k = [], start
        while k < len(words) and len(content) < MAX_COMPLEMENT:
            if named := self.named_at(k):
                return j, None, named  # 'of Acme', 'der Kanzlei X': the organisation, and what describes it
            if self.accepted(k):
                content.append(k)
            elif not (content and words[k].key in vocab.coordinators and k + 1 < len(words) and self.accepted(k + 1)):
                break
            k += 1
        while content and not self.noun_like(content[-1]):
            content.pop()
        if not content:
            return j, None, None
        return content[-1] + 1, noun_stem(words[content[-1]].key), None

    def complement_before_organisation(self, start: int) -> int | None:
        """'für Wasserstoff und neue Energien bei X': the words up to a connector and an organisation's name."""
        words, vocab = self.words, self.vocab
        for k in range(start + 1, min(start + MAX_COMPLEMENT, len(words))):
            word = words[k - 1]
            if not word.text[:1].isalpha() or word.key in vocab.language.speech_verbs or self.named_at(k - 1):
                return None
            following = vocab.connectors.end_at(words, k)
            if following and following < len(words) and self.named_at(following) and self.noun_like(k - 1):
                return k
        return None

    def organisation_after(self, j: int) -> tuple[str | None, str | None, int]:
        """An organisation named after a role: 'von X', 'at X', 'bei der Tochter' -> (name, noun it refers to, end)."""
        words, vocab = self.words, self.vocab
        if named := self.named_at(j):
            return named.name, None, j + 1
        k = vocab.connectors.end_at(words, j)
        if k is None:
            return None, None, j
        while k < len(words) and (following := vocab.lead.end_at(words, k)) and not self.named_at(k):
            k = following
        if k >= len(words):
            return None, None, j
        if named := self.named_at(k):
            return named.name, None, k + 1
        end = k
        while end < len(words) and end - k < 5 and (words[end].text[:1].isupper() or words[end].text[:1].isdigit() or words[end].text == "&"):
            end += 1
        language = vocab.language
        place = vocab.places.end_at(words, j) or words[k].key in language.months or words[k].key in language.weekdays
        if end > k and not place and words[k].text[:1].isalpha() and not (vocab.capitalised_nouns and words[k].key in vocab.kinds):
            return self.line[words[k].start:words[end - 1].end], None, end  # a name the organisations step may not know
        if words[k].key in vocab.kinds:
            return None, noun_stem(words[k].key), k + 1  # 'at the company'
        return None, None, j

    def parse(self, i: int) -> Parse | None:
        """The role phrase starting at word i, with what follows it."""
        core = self.core(i)
        if core is None:
            return None
        end, heads, noun = core
        end, reference, named = self.complement(end)
        while named is None and end + 1 < len(self.words) and self.words[end].key in self.vocab.coordinators \
                and (more := self.core(end + 1)):
            end, more_heads, _ = more
            heads += more_heads
            end, reference, named = self.complement(end)
        parse = Parse(end, heads, reference)
        if named:
            parse.organisation, parse.after = named.name, end
        else:
            parse.organisation, later, parse.after = self.organisation_after(end)
            parse.reference = parse.reference or later
        if parse.organisation is None:
            parse.organisation = self.compound_organisation(noun, end)
        return parse

    def compound_organisation(self, head: int, end: int) -> str | None:
        """'Beispiel-Chef', 'ABC-Vorsitzende', 'Beispiel Media-Chef': the organisation a compound role starts with
        (a known organisation, an acronym, or a name of several words; one German noun may be none: 'Konzern-Chef')."""
        words = self.words
        compound = next((k for k in range(head, min(head + 3, end)) if "-" in words[k].text and is_role_word(words[k].key, self.vocab)), None)
        if compound is None:
            return None
        prefix = self.line[words[head].start:words[compound].start + words[compound].text.rindex("-")]
        if named := self.named_at(head):
            return named.name
        return prefix if ACRONYM.fullmatch(prefix) or " " in prefix else None

    def role(self, i: int, parse: Parse) -> Role:
        independent = all(is_independent(head, self.vocab) for head in parse.heads)
        start = self.words[i].start
        return Role(self.line[start:self.words[parse.end - 1].end], self.line_no, start, parse.organisation, parse.reference,
                    self.vocab.kind_of.get(parse.reference or ""), independent)

    def index_at(self, position: int) -> int:
        return bisect.bisect_left(self.starts, position)  # the first word at or after it

    def before(self, name_start: int) -> Role | None:
        """The role right before a name: 'Der Vorstandsvorsitzende Dr. X', 'le PDG, X', 'finance chief X'."""
        words, honorifics = self.words, self.vocab.language.honorifics
        k = self.index_at(name_start)
        while k > 0 and (words[k - 1].key in honorifics or words[k - 1].key == "." and k > 1 and words[k - 2].key + "." in honorifics):
            k -= 2 if words[k - 1].key == "." else 1
        comma = k > 0 and words[k - 1].key == ","
        end = k - 1 if comma else k
        for i in range(max(0, end - WINDOW), end):
            if comma and not (i > 0 and (self.vocab.lead.end_at(words, i - 1) == i or self.possessive(i - 1))):
                continue  # 'la présidente de la fédération, X' but not 'Anna Beispiel, X'
            parse = self.parse(i)
            if parse and parse.end == end:
                parse.organisation = parse.organisation if parse.after <= end else None
                if i > 0 and parse.reference is None and parse.organisation is None:
                    parse.reference = self.possessive(i - 1)
                return self.role(i, parse)
        return None

    def possessive(self, index: int) -> str | None:
        """The noun of "the company's" before a role, which refers to the role's organisation."""
        word = self.words[index]
        stem = noun_stem(word.key[:-2]) if re.search(r"['’]s$", word.text) else None
        return stem if stem in self.vocab.kind_stems else None

    def after(self, name_end: int) -> Role | None:
        """The role right after a name: ', Finanzchefin von X', ', currently chief ...', 'X au poste de directeur'."""
        words, vocab = self.words, self.vocab
        k = self.index_at(name_end)
        comma = k < len(words) and words[k].key == ","
        k += comma
        intro = vocab.intros.end_at(words, k) if k < len(words) else None
        if not comma and intro is None:
            return None
        return self.role_from(intro or k)

    def role_from(self, k: int) -> Role | None:
        """The role phrase at word k, after lead words ('the', 'currently') and a possessive."""
        words, vocab, reference = self.words, self.vocab, None
        for _ in range(3):
            if k < len(words) and (following := vocab.lead.end_at(words, k)) and not self.core(k):
                k = following
            elif k < len(words) and (noun := self.possessive(k)):
                k, reference = k + 1, noun  # ', the company's head of sales'
        parse = self.parse(k) if k < len(words) else None
        if parse and parse.reference is None and parse.organisation is None:
            parse.reference = reference
        return self.role(k, parse) if parse else None

    def later_in_sentence(self, name_start: int, name_end: int) -> Role | None:
        """The role a sentence gives the name it starts with, further on after a word such as
        'as' (`predicate_intros`): 'X, who founded Y in 2009, will step down as chief executive',
        'X ist seit 2019 als Finanzchefin tätig'."""
        words, vocab = self.words, self.vocab
        k = self.index_at(name_start)
        if k > 0 and words[k - 1].key not in SENTENCE_END:
            return None
        j = self.index_at(name_end)
        for i in range(j, min(len(words), j + PREDICATE_WINDOW)):
            if words[i].key in SENTENCE_END and not self.abbreviation(i) or words[i].key == ";":
                return None
            intro = vocab.predicate_intros.end_at(words, i)
            if intro is not None and intro < len(words):
                return self.role_from(intro)
        return None

    def abbreviation(self, index: int) -> bool:
        """A full stop that ends an abbreviation ('Inc.', 'Dr.', 'J.'), not a sentence."""
        before = self.words[index - 1].key if index else ""
        return self.words[index].key == "." and (len(before) == 1 or before in self.vocab.abbreviations)
