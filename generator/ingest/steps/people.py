"""People: every named person once per article, with the role as written and its organisation.

A run of capitalised words is a person when the context says so: a known given name, a role
word or an honorific before it, a role in apposition after it (", Finanzchefin von X"), or a
speech verb beside it.  Honorifics are stripped; a later mention by surname alone is the
same person (two people sharing a surname are told apart by the role mentioned with it).
Roles are whole role phrases, each with the organisation it belongs to (steps/roles.py): the
people are found once to know their names, then the organisations are found (as the
organisations step will) and the people again, with their roles' organisations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache, lru_cache

from generator.ingest import names
from generator.ingest import starter as starter_base
from generator.ingest.draft import Draft
from generator.ingest.given_names import is_given_name, load_list
from generator.ingest.langdata import TANWEEN, Language, calendar_words, fold, load_language
from generator.ingest.names import name_key
from generator.ingest.steps.arabic_roles import (
    CONJUNCTION,
    ArabicRoles,
    Token,
    arabic_tokens,
    phrase_at,
)
from generator.ingest.steps.arabic_organisations import listed
from generator.ingest.steps.known_organisations import WEAK_N, starter_names
from generator.ingest.steps.organisation_rules import is_prefix_word, plain, rules_for, territories
from generator.ingest.steps.role_organisations import Organisations, find_organisations
from generator.ingest.steps.roles import (
    LatinRoles,
    Role,
    is_role_word,
    key_of,
    vocabulary,
)
from generator.ingest.steps.masthead import author_keys
from generator.ingest.steps.structure import language_of
from generator.ingest.tagger.common_words import common_words

UPPER = "A-ZÄÖÜÉÈÁÀÂÎÔÇŁŞİÓÍÚÑĞŽŠČ"
NAME_TOKEN = rf"(?:(?<!\.)[{UPPER}]\.(?=\s+[{UPPER}])|[{UPPER}][\w'’]*(?:-[{UPPER}][\w'’]+)*|(?:al|el)-[{UPPER}][\w'’]+)"  # an initial first: 'Jens H. Lund'
#: particles that are also prepositions ('Analyst Simon Toennessen von Jefferies'): after a surname they end the name
PREPOSITION_PARTICLES = {"von", "vom", "de", "du", "des"}
GENERIC_PARTICLES = {"von", "van", "der", "den", "de", "du", "da", "di", "del", "bin", "ibn", "zu", "ten", "ter", "al", "el"}
#: particles that are also articles: in a name only after another particle ('von der Leyen', 'van den Berg')
ARTICLE_PARTICLES = {"der", "den", "dem"}
TOKEN = re.compile(r"[\w'’.-]+|[,;:()„“”\"«»]")
MAX_NAME_TOKENS = 9  # with roles and honorifics before the name, dropped later
#: a short span in quotation marks is a title (of a series, a book, a product), not a name
QUOTED_TITLE = re.compile(r"[„“”\"«‹»]\s*([^„“”\"«»‹›.!?]{1,80}?)\s*[“”\"»«›‹]")
#: an English possessive after a name ("Trump's", "Trump’s", "Jones'")
POSSESSIVE_END = re.compile(r"(?:['’]s|s['’])$")
PLACE_PREPOSITIONS = {"in", "aus", "nach", "from", "to", "at", "à", "en", "au", "aux", "near", "bei"}


@dataclass
class Person:
    name: str
    tokens: list[str]
    roles: list[Role] = field(default_factory=list)
    mentions: int = 1

    @property
    def surname(self) -> str:
        return self.tokens[-1]

    def add_roles(self, roles: list[Role]) -> None:
        """Add the roles whose text the person does not have yet."""
        self.roles += [role for role in roles if role.text not in {known.text for known in self.roles}]


def name_pattern(language: Language) -> re.Pattern:
    particles = sorted(language.particles | GENERIC_PARTICLES, key=len, reverse=True)
    particle = "|".join(re.escape(word) for word in particles if word.isascii())
    return re.compile(rf"(?<![\w-]){NAME_TOKEN}(?:\s+(?:(?:{particle})\s+)*{NAME_TOKEN}){{0,{MAX_NAME_TOKENS - 1}}}(?![\w-])")


def words_before(text: str, start: int, count: int) -> list[str]:
    return TOKEN.findall(text[max(0, start - 120) : start])[-count:]


def words_after(text: str, end: int, count: int) -> list[str]:
    return TOKEN.findall(text[end : end + 160])[:count]


def is_role(word: str, language: Language) -> bool:
    return is_role_word(key_of(word).strip(".,:;"), vocabulary(language.code))


def is_first_name(token: str, language: Language) -> bool:
    """A given name that this language does not also use as a month's or a weekday's name (in
    full), nor list as a role word, and neither does English, in which business titles travel:
    'Anna' and 'Jan', not 'Juni', 'Freitag' or 'Chief'."""
    if not is_given_name(token):
        return False
    if fold(token) in calendar_words(language.code):
        return False
    return not any(key_of(token) in vocabulary(code).role_singles for code in {language.code, "en"})


def is_organisation_word(token: str, language: Language) -> bool:
    """A word that makes a name an organisation's (or a government's): a legal form or a kind word (Capital, Ventures),
    of this language or, in Latin script, of English, in which companies are named everywhere
    ('Altair Engineering' in German text)."""
    return fold(token).strip(".,") in organisation_words(language.code)


@cache
def organisation_words(code: str) -> frozenset[str]:
    language = load_language(code)
    languages = [language, load_language("en")] if language.script == "latin" else [language]
    return frozenset(word for each in languages
                     for word in [*each.org_kind_words, *each.government_words, *(suffix.rstrip(".") for suffix in each.org_suffixes)])


def after_place_preposition(text: str, start: int, language: Language) -> bool:
    """'aus Santa Clara', 'in San Marino': a place, unless something else says person."""
    before = words_before(text, start, 1)
    return bool(before) and fold(before[0]) in {fold(word) for word in language.data.get("place_prepositions") or ()} | PLACE_PREPOSITIONS


def speech_nearby(text: str, start: int, end: int, language: Language) -> bool:
    around = words_before(text, start, 2) + words_after(text, end, 2)
    return any(fold(word).strip(",.") in language.speech_verbs for word in around)


def start_at_given_name(tokens: list[str], language: Language) -> list[str]:
    """'Angaben von Anna Beispiel' -> 'Anna Beispiel': a noun and a particle before a given name."""
    particles = (language.particles | GENERIC_PARTICLES) - {"bin", "ibn", "al", "el"}  # patronyms belong to the name
    for index in range(1, len(tokens) - 1):
        if is_first_name(tokens[index], language) and not is_first_name(tokens[0], language) and fold(tokens[index - 1]) in particles:
            if all(fold(token) in particles for token in tokens[1:index]):
                return tokens[index:]
    return tokens


def before_preposition(tokens: list[str], language: Language) -> list[str]:
    """'Simon Toennessen von Jefferies' -> 'Simon Toennessen': a particle after a given name and a
    surname begins a place or an employer, not a noble name ('Ursula von der Leyen', 'Hans Peter von X')."""
    for index in range(2, len(tokens) - 1):
        if tokens[index] in PREPOSITION_PARTICLES & language.stopwords and not is_first_name(tokens[index - 1], language):
            return tokens[:index]  # a preposition of the article's language: 'de' in French, not in German ('Fernández de Kirchner')
        if tokens[index] in ARTICLE_PARTICLES and fold(tokens[index - 1]) not in GENERIC_PARTICLES:
            return tokens[:index]  # 'Margrethe Vestager den Kartellrechtsfall': an article after a surname ('van den Berg' has its particle)
    companies = starter_base.load_starter().by_key["companies"]
    for index in range(1, len(tokens) - 1):  # 'Habeck von den Grünen': a known body after the particle
        rest = [token for token in tokens[index + 1:] if fold(token) not in ("den", "der", "dem", "des", "la", "le", "les")]
        if tokens[index] in PREPOSITION_PARTICLES and rest and any(
                name_key(" ".join(form)) in companies for form in (rest, [*rest[:-1], WEAK_N.sub("", rest[-1])])):
            return tokens[:index]
    return tokens


def after_inner_role(tokens: list[str], language: Language) -> list[str]:
    """'Spirit AeroSystems Executive Vice President Irene Esteves' -> 'Irene Esteves': the name
    follows the last role word or function word inside a run of capitalised words."""
    particles = language.particles | GENERIC_PARTICLES
    for index in range(len(tokens) - 1, 0, -1):
        if fold(tokens[index]) not in particles and (fold(tokens[index]) in language.stopwords or is_role(tokens[index], language)):
            return strip_leading(tokens[index + 1:], language)
    return tokens


def strip_leading(tokens: list[str], language: Language) -> list[str]:
    """Drop sentence-initial function words and honorifics caught by the capital letter, and a
    compound that ends in a common noun ('Ratiopharm-Mutter Teva': the parent, named by a noun)."""
    while tokens and (fold(tokens[0]) in language.stopwords or is_honorific(tokens[0], language)
                      or is_role(tokens[0], language) or noun_compound(tokens[0], language) or noun_before_name(tokens, language)
                      or noun_of(tokens, language)):
        tokens = tokens[1:]
    return tokens


def noun_of(tokens: list[str], language: Language) -> bool:
    """A German common noun and 'von' before a name ('Tod von Lee ...', 'Sohn von ...'): 'of', not a
    nobleman's particle (the language's `of_particles`), after a word the corpora almost never tag
    in a name (even one that is some country's given name: 'Tod')."""
    return language.capitalised_nouns and len(tokens) >= 3 and tokens[1] in language.of_particles \
        and fold(tokens[0]) in common_words(language.code)


#: the shortest German noun that `noun_before_name` takes for one: long compounds, not short surnames
LONG_NOUN = 8


def noun_before_name(tokens: list[str], language: Language) -> bool:
    """A long German noun that is no given name before a given name and a surname
    ('Aktionärsschützerin Daniela Bergdolt', 'Langzeitmachthaber Zine ...'): a description the
    capital letter made look like a first name, as role words are, though no role list has it."""
    return language.capitalised_nouns and len(tokens) >= 3 and len(tokens[0]) >= LONG_NOUN and "-" not in tokens[0] \
        and not is_given_name(fold(tokens[0])) and tokens[1][:1].isupper() and is_given_name(fold(tokens[1]))


def is_honorific(word: str, language: Language) -> bool:
    """A title written before a name, with or without its full stop ('Dr', 'Dr.', 'Prinz', 'الملك')."""
    folded = fold(word)
    return folded in language.honorifics or folded.rstrip(".") + "." in language.honorifics


def noun_compound(token: str, language: Language) -> bool:
    """A German hyphenated compound whose last part is a common noun of the corpora ('Ratiopharm-Mutter',
    'Opel-Werk'): no part of a person's name ('Hans-Peter' ends in a given name)."""
    head = token.rsplit("-", 1)[-1]
    return language.code == "de" and "-" in token and len(head) > 2 and head.lower() in common_words("de") \
        and not is_given_name(fold(head))


#: one capitalised word: a surname named alone
SINGLE_NAME = re.compile(rf"(?<![\w.-])[{UPPER}][\w'’]+(?:-[{UPPER}][\w'’]+)?(?![\w-])")


def surnames_after_roles(text: str, roles: LatinRoles, language: Language) -> list[tuple[int, str, Role]]:
    """A surname alone between a role and a speech verb: 'EZB-Chefin Lagarde sagte',
    'Der Hauptgeschäftsführer des Verbands, Herkenhoff, betonte'. A given name, a function or
    role word, a month, an organisation's or a place's name is no surname. (Without the speech
    verb, the surname of one public figure of the knowledge base was tried on 2026-12-03: a few
    more people found, and one more person given a wrong public figure's entry.)"""
    found = []
    for match in SINGLE_NAME.finditer(text):
        word = match.group(0)
        following = [fold(token) for token in words_after(text, match.end(), 3)]
        if following[:1] == [","]:
            following = following[1:]
        if not following or following[0] not in language.speech_verbs:
            continue
        if not plausible_surname(word, language):
            continue
        role = roles.before(match.start())
        if role is not None:
            found.append((match.start(), word, role))
    return found


#: a quotation, then a speech verb and one capitalised word that ends the clause: '"...", sagte Faury.'
AFTER_QUOTE = re.compile(rf"[“”\"»«]\s*,?\s*(\w+)\s+({SINGLE_NAME.pattern})\s*[.,;]")


def surnames_after_quotes(text: str, language: Language) -> list[str]:
    """A surname alone that a speech verb after a quotation names as its speaker
    ('"Ein hartes Jahr", resümierte Faury.'), under the same conditions as `surnames_after_roles`."""
    found = []
    for match in AFTER_QUOTE.finditer(text):
        verb, word = fold(match.group(1)), match.group(2)
        if verb in language.speech_verbs and plausible_surname(word, language):
            found.append(word)
    return found


def plausible_surname(word: str, language: Language) -> bool:
    """Not a function or role word, a kind word, a given name, a month, a place, a known company or an acronym."""
    return not (fold(word) in language.stopwords or is_role(word, language) or is_organisation_word(word, language)
                or is_honorific(word, language)
                or is_given_name(word) or fold(word) in calendar_words(language.code) or plain(word) in territories(language.code)
                or name_key(word) in starter_base.load_starter().by_key["companies"] or word.isupper())


def find_people_latin(draft: Draft, language: Language, organisations: Organisations) -> list[Person]:
    pattern = name_pattern(language)
    particles = language.particles | GENERIC_PARTICLES
    suffixes = {suffix.rstrip(".") for suffix in language.org_suffixes}
    people: list[Person] = []
    for line_no, text in enumerate(draft.body_lines()):
        titles = [span.span(1) for span in QUOTED_TITLE.finditer(text)]
        roles = LatinRoles(text, line_no, vocabulary(language.code), organisations)
        for match in pattern.finditer(text):
            if any(start <= match.start() < end for start, end in titles):
                continue
            tokens = start_at_given_name(after_inner_role(strip_leading(match.group(0).split(), language), language), language)
            owner = next((index for index in range(len(tokens) - 2, -1, -1) if POSSESSIVE_END.search(tokens[index])), None)
            if owner is not None:
                tokens = tokens[owner + 1:]  # "Meta's Joel Kaplan": the name is after the owner's possessive
            if tokens and POSSESSIVE_END.search(tokens[-1]) and len(tokens[-1]) > 4:
                tokens = [*tokens[:-1], POSSESSIVE_END.sub("", tokens[-1])]  # "Donald Trump’s plan": the name is 'Donald Trump'
            if language.capitalised_nouns and len(tokens) >= 2 and tokens[-1].endswith("s") \
                    and plain(tokens[-1][:-1]) in territories(language.code) - territories("en"):
                # 'reichster Mann Südkoreas': a country's genitive ends no name (by its German name
                # only: 'Michael Jordans' is Michael Jordan's, 'Jordan' being the English name of a country)
                tokens = tokens[:-1]
            whole, tokens = tokens, before_preposition(tokens, language)
            if len(tokens) == 1 < len(whole) and plausible_surname(tokens[0], language):
                role = roles.before(match.start() + match.group(0).index(tokens[0]))
                if role is not None:  # 'Wirtschaftsminister Habeck von den Grünen': a surname after a role
                    add_person(people, Person(tokens[0], tokens, [role]))
                continue
            if len(tokens) < 2 or len([token for token in tokens if fold(token) not in particles]) > 4 or all(token.isupper() for token in tokens):
                continue  # a name all in capitals is a photo credit or a dateline ('FABRICE COFFRINI', 'ABU DHABI')
            name = " ".join(tokens)
            start = match.start() + match.group(0).index(tokens[0])
            following = words_after(text, match.end(), 2)
            if following and fold(following[0]).rstrip(".") in suffixes:
                continue
            if any(is_organisation_word(token, language) or noun_compound(token, language) for token in tokens):
                continue  # 'Acme Capital', 'der Bonner Dax-Konzern'
            role = roles.before(start)
            apposition = roles.after(match.end())
            later = roles.later_in_sentence(start, match.end()) if role is None and apposition is None else None
            evidence = sum([
                is_first_name(tokens[0], language),
                role is not None,
                apposition is not None,
                speech_nearby(text, start, match.end(), language),
                any(fold(word) in language.honorifics for word in words_before(text, start, 2)),
            ])
            if evidence == 0:
                continue
            if evidence == 1 and is_first_name(tokens[0], language) and after_place_preposition(text, start, language):
                continue
            add_person(people, Person(name, tokens, [r for r in (role, apposition, later) if r]))
        for start, surname, role in surnames_after_roles(text, roles, language):
            add_person(people, Person(surname, [surname], [role]))
        for surname in surnames_after_quotes(text, language):
            add_person(people, Person(surname, [surname], []))
    add_title_roles(people, draft.title, language, organisations)
    return people


#: the line number a role in the title has (the body's lines count from 0)
TITLE_LINE = -1


def add_title_roles(people: list[Person], title: str | None, language: Language, organisations: Organisations) -> None:
    """The role right before a person's name (or surname) in the title, after those in the body:
    headlines put it there ('Acme CEO Jane Roe steps down', 'Acme: Konzernchef Roe tritt ab').
    The title names no one new: only people found in the body get a role from it."""
    if not title:
        return
    roles = LatinRoles(title, TITLE_LINE, vocabulary(language.code), organisations)
    for person in people:
        for form in (" ".join(person.tokens), person.tokens[-1]):
            match = re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", title)
            role = roles.before(match.start()) if match else None
            if role is not None:
                person.add_roles([role])
                break


def same_person(one: Person, other: Person) -> bool:
    """The same name, or one name's last words are the other's ('Van der Berg'); not where they
    follow 'son of' ('محمد بن راشد آل مكتوم' ends the name of his son 'حمدان بن محمد بن راشد آل مكتوم'),
    unless that word begins the name (the given name 'Ben': 'Ben Bernanke' is 'Bernanke')."""
    a, b = [fold(token) for token in one.tokens], [fold(token) for token in other.tokens]
    shorter, longer = sorted((a, b), key=len)
    rest = longer[:len(longer) - len(shorter)]
    return longer[len(longer) - len(shorter):] == shorter and not (len(rest) > 1 and rest[-1] in names.SON_OF)


def spelt_variant(one: Person, other: Person) -> bool:
    """One person's name spelt two ways in one article ('توني هيوارد', 'توني هايورد'): the same words
    but the last, and that one of the same sound and nearly the same letters; two given names
    that sound alike are two names ('أحمد حسن', 'أحمد حسين')."""
    a, b = [fold(token) for token in one.tokens], [fold(token) for token in other.tokens]
    if len(a) != len(b) or len(a) < 2 or a[:-1] != b[:-1] or a[-1] == b[-1]:
        return False
    if is_given_name(a[-1]) and is_given_name(b[-1]):
        return False
    return names.spelt_two_ways(a[-1], b[-1])


def add_person(people: list[Person], person: Person) -> None:
    for other in people:
        if spelt_variant(other, person):
            other.mentions += 1
            other.add_roles(person.roles)
            return
        if same_person(other, person):
            if len(person.tokens) > len(other.tokens):
                other.name, other.tokens = person.name, person.tokens
            other.mentions += 1
            other.add_roles(person.roles)
            return
    people.append(person)





# Arabic script: no capital letters, so names are found from the words around them.

ARABIC_PARTICLES = {"بن", "بنت", "ابن", "ابو", "ال", "عبد", "فون", "فان", "دي", "دو", "دير", "در", "دا", "لا"}
MAX_ARABIC_NAME = 8


def name_like(token: Token, language: Language) -> bool:
    word = CONJUNCTION.sub("", token.folded) if token.folded not in language.stopwords and not root_waw(token.folded) else token.folded
    if not re.fullmatch(r"[\u0621-\u064a-]{2,}", word):
        return False
    if word in language.stopwords or token.folded in language.stopwords or word in language.speech_verbs:
        return False
    if word in language.role_words or word in language.org_prefixes or word in language.honorifics:
        return False
    if len(word) > 3 and word[0] in "كبل" and word[1:] in language.role_words:
        return False  # 'كوزير', 'بمنصب' ...: a preposition and a role ('تعيين فلان كوزير للمالية': as minister)
    if word in language.months or word in language.weekdays or word in language.month_cues or word in language.org_kind_words:
        return False  # 'اواخر', 'مطلع' ('late', 'early' in a year) neither
    if word in language.name_triggers or non_name_word(word, language) or verb_like(word):
        return False
    if len(word) >= 5 and re.search("ته(?:ا|م|ما)?$", CONJUNCTION.sub("", token.text)):
        return False  # a noun with a possessive pronoun ('ولايته', 'حكومتها'); names end in ة, not ته
    if any(token.folded.endswith(ending) and token.folded[: -len(ending)] in language.role_words for ending in ("ان", "ين", "ون")):
        return False  # a role in the dual or plural ('وزيرين جديدين': two new ministers), not 'و' and a name
    if TANWEEN.search(token.text):
        return False  # tanween: an indefinite noun or adverb ('سابقًا'), names do not take it
    if word.startswith(("بال", "لل", "كال", "فال")):
        return False  # a preposition glued to a definite noun: 'بالدور', 'للشركة'
    if len(word) >= 5 and word.startswith("ب") and word[1:] in common_words("ar") and not is_given_name(word):
        return False  # a preposition glued to a common noun: 'بمنصب', 'بمفعول' ('بشار', 'بسام' are given names)
    if word.startswith("ال") and not word.endswith(("ي", "ى")) and word not in ARABIC_PARTICLES and not hamza_alef(token) \
            and not is_given_name(word[2:]):
        return False  # a definite common noun ('الشركة'); family names are nisbas ('العلوي') or given names ('القاسم')
    return True


def verb_like(word: str) -> bool:
    """An Arabic verb in the future ('سيتولى', 'سيغادر', 'وسيخلفه', 'سيصبح'): the prefix س before the
    imperfect's ي/ت/ن, and either a common word of the corpora, with or without the س, or an object
    pronoun at the end (names such as 'ستيفاني' are none of these)."""
    word = CONJUNCTION.sub("", word)
    if not re.match(r"س[يتن]\w{2,}", word):
        return False
    dual_or_plural = re.sub(r"(?:ان|ون)$", "", word[1:]) if len(word) >= 6 else ""  # 'سيعودان': they two will return
    return word in common_words("ar") or word[1:] in common_words("ar") or dual_or_plural in common_words("ar") \
        or len(word) >= 5 and re.search(r"(?:ه|ها|هم|هما)$", word) is not None


def root_waw(word: str) -> bool:
    """A folded word whose first و is part of it, not the conjunction: as it stands a common word,
    and without the و neither a common word nor a given name ('وسائل' means, 'وزراء' ministers:
    not و + 'سائل', و + 'زراء')."""
    return word.startswith("و") and word in common_words("ar") and word[1:] not in common_words("ar") and not is_given_name(word[1:])


def non_name_word(word: str, language: Language) -> bool:
    """A folded word that is never part of a name ('مصدر'), also in the dual or plural ('مصدران')."""
    return word in language.non_name_words or any(
        word.endswith(ending) and len(word) > len(ending) + 2 and word[: -len(ending)] in language.non_name_words
        for ending in ("ان", "ين", "ون", "ات"))


def hamza_alef(token: Token) -> bool:
    """'ألبرت', 'إلياس': a written hamza means a name's first letters, not the article ال."""
    return CONJUNCTION.sub("", token.text).startswith(("أل", "إل", "آل"))


def name_forward(tokens: list[Token], index: int, language: Language) -> tuple[int, int] | None:
    """The name starting at `index` (honorifics skipped): (first, last+1) token indexes."""
    while index < len(tokens) and tokens[index].folded in language.honorifics:
        index += 1
    end = index
    while end < len(tokens) and end - index < MAX_ARABIC_NAME and (
        name_like(tokens[end], language) or (tokens[end].folded in ARABIC_PARTICLES and end > index) or after_abd(tokens, end)
    ):
        if end > index and phrase_at(tokens, end, language.role_words) or phrase_at(tokens, end, language.name_triggers):
            break  # 'سارة المثال رئيسة تنفيذية': the name ends where a role begins
        end += 1
    while end > index and tokens[end - 1].folded in ARABIC_PARTICLES:
        end -= 1
    return (index, end) if end > index else None


def after_abd(tokens: list[Token], index: int) -> bool:
    """'عبد المنعم', 'عبد الله': the definite word of a name made with عبد."""
    return index > 0 and tokens[index - 1].folded == "عبد" and tokens[index].folded.startswith("ال") and len(tokens[index].folded) > 3


def name_backward(tokens: list[Token], end: int, language: Language) -> tuple[int, int] | None:
    """The name ending just before `end`: (first, end) token indexes."""
    start = end
    while start > 0 and end - start < MAX_ARABIC_NAME and (
        name_like(tokens[start - 1], language) or tokens[start - 1].folded in ARABIC_PARTICLES or after_abd(tokens, start - 1)
    ):
        start -= 1
    while start < end and (tokens[start].folded in ARABIC_PARTICLES or common_start(tokens[start])):
        start += 1
    return (start, end) if end - start >= 2 else None


def common_start(token: Token) -> bool:
    """A word the corpora almost never tag in a name, where a name would begin ('مع اتهام فلان'):
    not part of it. (At a name's end such a word may be a transliterated surname: 'كون'.)"""
    word = CONJUNCTION.sub("", token.folded)
    return word in common_words("ar") and not is_given_name(word)


#: the shape of an Arabic verb in the imperfect ('يوقف', 'تعلن', 'نشهد')
IMPERFECT = re.compile(r"[يتن]\w{3,}")


def after_leading_word(tokens: list[Token], first: int, last: int) -> int:
    """Where a name starts when its first word is a common word or has the shape of a verb in the
    imperfect and the next word is a given name ('ويوقف رياض فلان', 'وعين مكانه شهاب فلان'):
    at the given name. Without a given name after it, such a word may be a foreign given name
    ('يورغ', 'بات')."""
    while last - first >= 2:
        word = CONJUNCTION.sub("", tokens[first].folded)
        if is_given_name(word) or not is_given_name(tokens[first + 1].folded):
            break
        if word not in common_words("ar") and not IMPERFECT.fullmatch(word):
            break
        first += 1
    return first


def span_text(line: str, tokens: list[Token], first: int, last: int, language: Language) -> str:
    """The name as written, without a conjunction (و) or a preposition (ل after 'خلفا') glued to it."""
    text = line[tokens[first].start : tokens[last - 1].end]
    head = tokens[first].folded
    glued = re.match(r"^(?:و|ل)(?=\w{3,})", head)  # not ف: foreign names begin with it ('فرانك')
    if glued and head not in language.stopwords:
        rest = head[1:]
        if name_like(Token(rest, rest, 0, 0), language) and (head[0] != "ل" or first and tokens[first - 1].folded in language.name_triggers | {"خلفا"}):
            if head[0] != "و" or not given_name_with_waw(head):
                text = text[1:]
    return text.strip()


def given_name_with_waw(word: str) -> bool:
    """Names that begin with و: Arabic given names (وليد, وفاء, وائل) and the name parts of
    lang/names_with_waw_ar.txt (ويليامز, وانغ, والتر): not a conjunction."""
    return word in {"وليد", "وفاء", "وايل", "وداد", "وسام", "وجدي", "وحيد", "وضاح", "ورده", "وسيم", "وهيب", "وديع"} \
        or word in names_with_waw()


@cache
def names_with_waw() -> frozenset[str]:
    """lang/names_with_waw_ar.txt, folded (tools/given_names_in_arabic.py --waw writes it)."""
    return frozenset(fold(name) for name in load_list("names_with_waw_ar.txt"))


def in_apposition(tokens: list[Token], index: int, language: Language) -> bool:
    """'فلان الفلاني، رئيس X': a role after a name and a comma describes that name; what follows
    the role is its organisation, not another person."""
    return index >= 2 and tokens[index - 1].folded in ("،", ",") and name_like(tokens[index - 2], language)


def find_people_arabic(draft: Draft, language: Language, organisations: Organisations) -> list[Person]:
    people: list[Person] = []
    for line_no, line in enumerate(draft.body_lines()):
        tokens = arabic_tokens(line)
        roles = ArabicRoles(line, line_no, tokens, vocabulary(language.code), organisations, lambda token: name_like(token, language))
        covered = 0  # tokens up to here belong to a role already read ('الشريكه المؤسسه والرئيسه التقنيه')
        for index in range(len(tokens)):
            found: list[tuple[tuple[int, int], Role | None]] = []
            role = roles.role(index) if index >= covered and not in_apposition(tokens, index, language) else None
            if role and role[1] < len(tokens):
                span = name_forward(tokens, role[1], language)
                if span and span[1] - span[0] >= 2:
                    found.append((span, role[0]))
                    covered = role[1]
            if tokens[index].folded in language.honorifics and not (index and listed(tokens[index - 1].folded, language.facility_words)):
                # 'جائزة الشيخ زايد': a place or prize named after a person
                span = name_forward(tokens, index, language)
                if span and span[1] - span[0] >= 2:
                    found.append((span, None))
            if tokens[index].folded in ("،", ",") and (role := roles.role(index + 1)):
                span = name_backward(tokens, index, language)
                if span:
                    found.append((span, role[0]))
                    covered = role[1]
            if phrase_at(tokens, index, language.name_triggers, longest=2):
                span = name_forward(tokens, index + 1, language)
                if span and span[1] - span[0] >= 2:
                    found.append((span, None))
            if tokens[index].folded in ("،", ",") and index + 1 < len(tokens):
                found += role_between_commas(tokens, index, roles, language)
            for (first, last), role in found:
                first = after_leading_word(tokens, first, last)
                if last - first < 2:
                    continue
                name = span_text(line, tokens, first, last, language)
                name_tokens = fold(name).split()
                add_person(people, Person(name, name_tokens, [role] if role else []))
    add_title_roles_arabic(people, draft.title, draft.body, language, organisations)
    return people


def add_title_roles_arabic(people: list[Person], title: str | None, body: str, language: Language,
                           organisations: Organisations) -> None:
    """As `add_title_roles`, in Arabic script: a role followed by the name (or surname) of a
    person the body names ('الرئيس التنفيذي لشركة X فلان الفلاني يستقيل').  A name of two words
    or more after a role in the title is a person when the body has it too, even where the
    body alone gives no evidence ('أعلنت الشركة أن فلان الفلاني سيغادر')."""
    if not title:
        return
    folded_body = f" {' '.join(fold(body).split())} "
    tokens = arabic_tokens(title)
    roles = ArabicRoles(title, TITLE_LINE, tokens, vocabulary(language.code), organisations, lambda token: name_like(token, language))
    for index in range(len(tokens)):
        role = roles.role(index)
        span = name_forward(tokens, role[1], language) if role and role[1] < len(tokens) else None
        if span is None:
            continue
        written = fold(span_text(title, tokens, span[0], span[1], language)).split()
        prefixes = [written[:n] for n in range(len(written), 0, -1)]  # a verb may follow the name
        person = next((person for person in people for words in prefixes
                       if same_person(person, Person(" ".join(words), words, []))), None)
        if person is None:
            words = next((words for words in prefixes if len(words) >= 2 and f" {' '.join(words)} " in folded_body), None)
            if words is None:
                continue
            person = Person(span_text(title, tokens, span[0], span[0] + len(words), language), words, [])
            people.append(person)
        person.add_roles([role[0]])


def role_between_commas(tokens: list[Token], index: int, roles: ArabicRoles, language: Language) -> list:
    """'..., المديره العامه لمجموعه X، فلانه الفلانيه، ان': the name between commas after a role."""
    span = name_forward(tokens, index + 1, language)
    if not (span and span[1] - span[0] >= 2 and span[1] < len(tokens) and tokens[span[1]].folded in ("،", ",", "ان", ":")):
        return []
    parses = [(i, roles.role(i)) for i in range(max(0, index - 8), index)]
    parses = [(i, role) for i, role in parses if role and not in_apposition(tokens, i, language)]
    ending_here = [(i, role) for i, role in parses if role[1] == index]
    if not (ending_here or parses) or not ending_here and any(named_before(tokens, role[1], index, language) for _, role in parses):
        return []
    return [(span, (ending_here or parses)[0][1][0])]


def named_before(tokens: list[Token], role_end: int, comma: int, language: Language) -> bool:
    """Whether the role ending at `role_end` is followed by its holder's name before the comma, a
    name of two words or one that begins with a given name ('النائب العام القاضي جمال الفلاني، قرر
    توقيف ...', where the rules may not read a definite surname): what stands between the commas
    after it is not the role's holder."""
    span = name_forward(tokens, role_end, language) if role_end < comma else None
    return span is not None and span[1] <= comma and (span[1] - span[0] >= 2 or is_given_name(tokens[span[0]].folded))


GENERATIONS = {"Jr", "Sr", "II", "III", "IV", "jr", "sr", "Junior", "Senior"}


def known_start(person: Person, known: dict, language: Language) -> None:
    """'دونالد ترامب مخاوف' -> 'دونالد ترامب', 'Elon Musks SpaceX' -> 'Elon Musk': a name that
    begins with a known person's full name (in Latin script also in the German genitive) and
    goes on with words no known name has is that person and a word after him (Arabic script has
    no capitals to end a name, German capitalises its nouns)."""
    words = person.name.split()
    if len(words) < 3 or name_key(person.name) in known or words[-1].rstrip(".") in GENERATIONS:
        return  # 'Donald Trump Jr.' is not Donald Trump
    for count in range(len(words) - 1, 1, -1):
        head = words[:count]
        if language.script == "latin":  # only a genitive: 'Tamim bin Hamad bin Khalifa Al Thani' goes on with his lineage
            if not (head[-1].endswith("s") and name_key(" ".join([*head[:-1], head[-1][:-1]])) in known):
                continue
            head = [*head[:-1], head[-1][:-1]]
        elif name_key(" ".join(head)) not in known:
            continue
        person.name, person.tokens = " ".join(head), head if language.script == "latin" else person.tokens[:count]
        return


def with_known_people(people: list[Person], draft: Draft, language: Language) -> list[Person]:
    """The people found, and those of the starter knowledge base whose full name (two words or
    more, as the record or an alias writes it) the body names where the rules saw no person;
    without those whose name is a known organisation's."""
    starter = starter_base.load_starter()
    for person in people:
        known_start(person, starter.by_key["people"], language)
    for line in draft.body_lines():
        for _, text, start in starter_names(line, starter, "people", language.code, min_words=2):
            text = without_honorifics(text, language, titles=True)  # a record may write the title: 'الملك سلمان بن عبد العزيز'
            if " " not in text or {fold(word) for word in line[:start].split()[-1:]} & IN_NASAB:
                continue  # a father's name in a son's ('حمدان بن محمد بن راشد آل مكتوم'; not after 'ابن', 'son' in prose)
            words = fold(text).split()
            found = Person(text, words if language.script == "arabic" else text.split(), [])
            same = next((person for person in people if same_person(person, found)
                         or fold(text) in fold(person.name) and written_inside(text, person.name, line)), None)
            # the rules read two middle words of the full name as a name ('فلاح مبارك' of 'نايف فلاح مبارك الحجرف');
            # not its first or last words, which may be another person's name ('دونالد ترامب جونيور', 'الحسين بن عبدالله الثاني')
            inner = next((person for person in people if len(person.tokens) > 1 and middle_words(fold(person.name), fold(text))), None)
            if same is None and inner is not None:
                inner.name, inner.tokens = found.name, found.tokens
            elif same is None:
                people.append(found)
            elif len(found.tokens) > len(same.tokens) and same_person(same, found):
                same.name, same.tokens = found.name, found.tokens  # 'Merz' after a role, named in full elsewhere
    starter_ids = {starter.find("people", [person.name]) for person in people}
    for line in draft.body_lines():
        for word, record_id in known_surnames(line, starter, language.code):
            found = Person(word, [fold(word)] if language.script == "arabic" else [word], [])
            if record_id not in starter_ids and not any(same_person(person, found) or spelt_alike(person.tokens[-1], found.tokens[-1])
                                                        or fold(word) in map(fold, person.tokens) for person in people):  # 'وانغ تشيانغ': a word of a name found
                people.append(found)  # 'Lagarde' alone: the writer finds her record by the surname
                starter_ids.add(record_id)
    # a known organisation's name is no person's ('Deutsche Bank reported ...', 'Goldman Sachs said ...'),
    # nor two names of known companies run together ('رئيس فيات كرايسلر', Fiat Chrysler)
    return [person for person in people if not starter.organisation_only(person.name) and not companies_named(person, starter)]


def companies_named(person: Person, starter: starter_base.Starter) -> bool:
    """Whether every word of a name of two or more is, alone, a known company's name and the first
    is no given name ('فيات كرايسلر', 'بيجو سيتروين'): companies, not a person."""
    words = person.name.split()
    return len(words) > 1 and not is_given_name(fold(words[0])) and all(starter.organisation_only(word) for word in words)


#: 'son of' (and 'daughter of') as only a nasab writes it: 'ابن' and 'بنت' are also words of prose ('إريك ترامب ابن دونالد ترامب')
IN_NASAB = frozenset({"بن", "bin", "bint"})


def middle_words(name: str, full: str) -> bool:
    """Whether a name is words strictly inside a longer one, not after a 'son of' ('فلاح مبارك' in
    'نايف فلاح مبارك الحجرف')."""
    words, whole = name.split(), full.split()
    return any(whole[start:start + len(words)] == words and whole[start - 1] not in names.SON_OF
               for start in range(1, len(whole) - len(words)))


def written_inside(text: str, name: str, line: str) -> bool:
    """Whether a line names `text` (a part of `name`) only inside `name`, or not at all ('محمد بن
    راشد آل مكتوم' inside his son's name is no mention of him; beside it, it is)."""
    inside = [(match.start(), match.end()) for match in re.finditer(re.escape(name), line)]
    return all(any(begin <= match.start() and match.end() <= end for begin, end in inside)
               for match in re.finditer(re.escape(text), line))


def without_honorifics(text: str, language: Language, titles: bool = False) -> str:
    """A name without the honorifics before it ('Prinz', 'الملك', 'Dr.'), as written; with `titles`,
    also without a ruler's title ('السلطان قابوس': the knowledge base may write it, while in the
    text 'السلطان' may also be a surname, 'عبدالله السلطان')."""
    words = text.split()
    while len(words) > 1 and (is_honorific(words[0], language) or titles and fold(words[0]) in language.ruler_titles):
        words = words[1:]
    return " ".join(words)


def spelt_alike(one: str, other: str) -> bool:
    """Two spellings of one surname ('شتاينلمان', 'شتايلمان'), as one article may write it."""
    return SequenceMatcher(None, fold(one), fold(other), autojunk=False).ratio() >= 0.8


#: a word as known_surnames reads it: Latin and capitalised, or Arabic (with its diacritics), not in a compound
SURNAME_WORD = re.compile(rf"(?<![\w'’-])(?:[{UPPER}][\w'’]+|[\u0621-\u065f\u0640]+)(?![\w\u064b-\u065f-])")


@lru_cache(maxsize=4096)  # with_known_people reads the same lines twice (find_people runs the finder twice)
def known_surnames(line: str, starter: starter_base.Starter, code: str) -> tuple[tuple[str, str], ...]:
    """The words of a line that are, alone, the surname of one person of the starter knowledge
    base and of no other ('Lagarde', 'Habeck', 'بايدن'; in German also in the genitive), with
    that person's record: news names the well-known by surname only. Not a word that is also a
    given name, a known organisation's name, a place, a month or a common word ('Porsche',
    'Salman', 'Staat'); not inside a known organisation's name ('Andreessen Horowitz'); not after
    a given name or a particle, where it ends another person's name ('Ivanka Trump'), nor after
    a descriptive word or before a kind word, where it names an organisation ('das Unternehmen
    X', 'X Organization'). Arabic writes no capitals, so there the word must stand after a role,
    a speech verb or a noun whose genitive is a leader ('قال بايدن', 'الرئيس بايدن', 'إدارة
    بايدن') and not begin with the article."""
    language = load_language(code)
    surnames, companies = starter.surnames(), starter.by_key["companies"]
    arabic = language.script == "arabic"
    rules = rules_for(language.code)
    triggers = language.name_triggers | language.role_words | language.leader_genitive_nouns if arabic else frozenset()
    inside = [(start, start + len(text)) for _, text, start in starter_names(line, starter, "companies", language.code)]
    found = []
    for match in SURNAME_WORD.finditer(line):
        word = POSSESSIVE_END.sub("", re.sub("[\u064b-\u065f\u0640]", "", match.group()))
        if arabic and name_key(word) not in surnames and word.startswith("و"):
            word = word[1:]  # 'وبايدن'
        elif language.code == "de" and name_key(word) not in surnames and word.endswith("s"):
            word = word[:-1]  # 'Lagardes'
        key = name_key(word)
        ids = surnames.get(key, ())
        if len(key) < 4 or len(ids) != 1 or key in companies or fold(word) in common_words(language.code) \
                or fold(word) in language.stopwords or is_given_name(word) or fold(word) in calendar_words(language.code) \
                or plain(word) in territories(language.code) or any(begin <= match.start() < end for begin, end in inside):
            continue
        before = line[:match.start()].split()[-1:]
        after = line[match.end():].split()[:1]
        if arabic:
            trigger = before and fold(before[0]).removeprefix("و") in triggers
            if key.startswith("ال") or not trigger:
                continue
        elif before and (is_given_name(before[0]) or fold(before[0]) in GENERIC_PARTICLES or is_prefix_word(before[0], rules, True)
                         or language.code == "de" and fold(before[0]) in language.stopwords):
            continue  # German capitalises nouns: 'eine Lücke', 'nicht Richter' are words
        elif after and after[0][:1].isupper() and (language.code != "de" or fold(after[0].strip(".,;:")) not in common_words("de")):
            continue  # 'Andreessen Horowitz': a longer name
        if after and is_organisation_word(after[0], language):
            continue
        found.append((word, next(iter(ids))))
    return tuple(found)


def without_german_noun(text: str, language: Language, surnames: set[str]) -> str:
    """A German name the tagger ran on into the words after it, without them: a weekday or month
    ('Scholz Sonntag Morgen'), or the noun after a genitive of the surname of a person the
    article names, which then loses its s ('Fankhausers Bonus' -> 'Fankhauser', beside 'Peter
    Fankhauser'), or a common noun after that surname ('Fankhauser Respekt') or after a name of two
    words ('Thomas Cook Erfolg'); the corpora's common words are those they almost never tag in a
    name, so surnames that are nouns ('Koch', 'Fischer') are none of them. German capitalises
    every noun, so the tagger is easily led on; the text as it
    is otherwise."""
    words = text.split()
    if language.code != "de" or len(words) < 2:
        return text
    calendar = calendar_words("de")
    cut = next((index for index, word in enumerate(words) if index and fold(word) in calendar), len(words))
    words = words[:cut]
    surnames = {fold(surname) for surname in surnames}  # 'Al-Nuaimis Nachfolger' beside 'Ali al-Nuaimi'
    if len(words) >= 2 and words[-2].endswith("s") and fold(words[-2][:-1]) in surnames:
        words = [*words[:-2], words[-2][:-1]]
    elif len(words) >= 2 and fold(words[-2]) in surnames and words[-1].lower() in common_words("de"):
        words = words[:-1]  # 'Winterkorn Respekt': a noun after the surname, not a second surname
    elif len(words) >= 3 and words[-1].lower() in common_words("de") and not is_given_name(fold(words[-1])):
        words = words[:-1]  # 'Thomas Cook Erfolg': a noun after a name of two words
    return " ".join(words)


def ruler_of_country(person: Person, language: Language) -> bool:
    """An Arabic 'name' of a common word and a country ('أمير قطر', 'ملك الأردن'): a role, where
    'أمير' is also a given name. A country is no Arab's surname."""
    words = person.tokens
    return language.script == "arabic" and len(words) == 2 and CONJUNCTION.sub("", words[0]) in common_words("ar") \
        and plain(words[1]) in territories("ar")


def find_people(draft: Draft) -> Draft:
    language = language_of(draft)
    if language is None:
        return draft
    finder = find_people_arabic if language.script == "arabic" else find_people_latin
    people = with_known_people(finder(draft, language, Organisations()), draft, language)
    named = [{"name": person.name, "roles": [role.text for role in person.roles],
              "organisation": next((role.organisation for role in person.roles if role.organisation), None)} for person in people]
    organisations = find_organisations(draft, language, named)
    authors = author_keys(draft)
    people = with_known_people(finder(draft, language, organisations), draft, language)
    surnames = {person.tokens[-1] for person in people if len(person.tokens) > 1}
    for person in people:
        if name_key(person.name) in authors:
            continue  # the byline's author named again in the header ('كتب فلان 7 مايو')
        if ruler_of_country(person, language):
            continue  # 'وقال أمير قطر، تميم بن حمد': 'the Emir of Qatar', a role before the name
        cut = without_german_noun(person.name, language, surnames)
        if cut != person.name and any(fold(other.name).endswith(" " + fold(cut)) for other in people):
            continue  # 'Scholz Sonntag Morgen', 'Al Khudairys Äußerungen' beside 'Olaf Scholz', 'Ammar Al Khudairy'
        resolved = [(role, organisations.resolve(role)) for role in person.roles]
        named = next((organisation for role, organisation in resolved if role.organisation), None)
        organisation = named or next((organisation for _, organisation in resolved if organisation), None)
        draft.people.append({"name": person.name, "roles": [role.text for role in person.roles], "organisation": organisation})
    return draft


STEPS = [find_people]
