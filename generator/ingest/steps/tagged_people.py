"""The statistical name tagger beside the rules: it checks the rules' people and adds those they missed.

This step sits beside the rules as spaCy keeps its statistical `ner` beside an `entity_ruler`:
find_people (the rules and the starter knowledge base) runs first; then, in a language the CRF
tagger (generator/ingest/tagger/, its README has the figures) has a model for:

- veto: a person whose name the tagger gives less than MIN_PERSON_PROBABILITY of being a
  person's, wherever it is written, is dropped ('Zahl Teil', 'Milliarden Dollar': capitalised
  German nouns beside a speech verb); people of the starter knowledge base always stay;
- trim: the words at a name's edges that the tagger doubts go ('Brad Smith Teil', 'الإعلامي
  خالد أبو بكر'), see `trimmed` and `may_trim`; a surname left that another person's name ends
  with is that person;
- additions, in TAGGER_LANGUAGES: each name of two words or more that the tagger labels a
  person's and that no person found so far shares (not in quotation marks: a title).

find_organisations then drops any person whose name is an organisation's.
"""

from __future__ import annotations

import re

from generator.ingest import names
from generator.ingest import starter as starter_base
from generator.ingest.draft import Draft
from generator.ingest.given_names import is_given_name
from generator.ingest.langdata import TANWEEN, Language, fold
from generator.ingest.names import name_key
from generator.ingest.steps.arabic_organisations import listed
from generator.ingest.steps.people import (QUOTED_TITLE, Person, given_name_with_waw, is_organisation_word, is_role, non_name_word, root_waw, same_person,
                                           noun_before_name, spelt_variant, noun_compound, verb_like, without_german_noun,
                                           without_honorifics)
from generator.ingest.steps.masthead import author_keys
from generator.ingest.steps.organisation_rules import plain, territories
from generator.ingest.steps.structure import language_of
from generator.ingest.tagger.common_words import common_words
from generator.ingest.tagger.tagger import LANGUAGES as TAGGER_MODELS
from generator.ingest.tagger.tagger import TOKEN, analysed_line, spans_of, tokens_of

#: the languages whose people the tagger adds to those of the rules. Measured with a model trained
#: without half the tune stories, extraction run on that half (tagger/README.md): Arabic people F1
#: 0.85 -> 0.87, German 0.56 -> 0.61, both with the veto; the development corpus loses a little
#: precision in German (people F1 1.00 -> 0.97), which real news outweighs.
TAGGER_LANGUAGES = {"ar", "de"}
#: the least marginal probability (mean over the name's words, at its likeliest mention) that the
#: tagger gives a name of being a person's for the rules' person to stay. On the real-news tuning
#: part the rules' false people in German and Arabic score below 0.01 but for a few, the true ones
#: 0.2 and more (the tagger was trained on those articles, so that part flatters it); on the
#: validation part, never seen, people F1 rose from 0.63 to 0.70 (de) and 0.64 to 0.67 (ar) with
#: no person lost; on the development corpus one Arabic person of 33 is lost (tagger/README.md).
MIN_PERSON_PROBABILITY = 0.05
#: per language, the least mean marginal probability of being a person's that a name the tagger
#: labels one must have for the tagger to add that person by itself (no rule found it). Arabic:
#: measured on the tune articles of the thirteenth to fifteenth batches, which the committed models
#: were not trained on, the 4 false names it added had 0.43, 0.71, 0.74 and 0.99, the 6 true ones
#: 0.92 or more (a name that starts with a given name needs no more than the label). German: no threshold; its true additions on the tuning part, which the models were
#: trained on, reach down to 0.82, so on unseen news many would fall below one (on the validation
#: part, German people recall fell from 0.92 to 0.90 with 0.8).
MIN_ADDED_PROBABILITY = {"ar": 0.8}


def tagged_people_step(draft: Draft) -> Draft:
    language = language_of(draft)
    if language is None or language.code not in TAGGER_MODELS:
        return draft
    starter = starter_base.load_starter()
    draft.people = merged_surnames(checked_people(draft.people, draft.body_lines(), language, starter), language)
    if language.code in TAGGER_LANGUAGES:
        add_tagged_people(draft, language, starter)
    return draft


def checked_people(people: list[dict], lines: list[str], language: Language, starter: starter_base.Starter) -> dict[str, dict]:
    """The rules' people that the tagger does not veto, trimmed, by name; not one whose trimmed
    name is a known organisation's ('Wagniskapitalgeber Andreessen Horowitz' -> the fund)."""
    kept: dict[str, dict] = {}
    for person in people:
        # a surname alone in Latin script was found between a role or a quotation and a speech
        # verb ('Hafenchef Brandt sagte', '"...", sagte Brandt.'): the rules' evidence is strong
        surname = len(person["name"].split()) == 1 and language.script == "latin"
        if name_key(person["name"]) not in starter.by_key["people"] and not surname:
            mention = likeliest_mention(person["name"], lines, language.code)
            if mention is not None and mention[0] < MIN_PERSON_PROBABILITY and not surname_told(person["name"], lines, language.code):
                continue  # the veto; a name not found as whole words in a line stays: no evidence against it
            name = trimmed(mention, language.code, keep=2 if person["roles"] else 1) if mention else person["name"]
            if len(name.split()) == 1 < len(person["name"].split()) and not person["roles"]:
                continue  # one word left and nothing that says person: more likely a company's name ('X خفض')
            if name != person["name"] and starter.organisation_only(name):
                continue
            person = {**person, "name": name}
        kept.setdefault(person["name"], person)
    return kept


def surname_told(name: str, lines: list[str], code: str) -> bool:
    """Whether the tagger reads the last word of a name of two words or more, where the text
    writes it alone, as a person's (MIN_PERSON_PROBABILITY): news names a person in full once, then
    by surname ('إيمانويل فابير' doubted in full, 'برحيل فابير' read as a person)."""
    words = name.split()
    if len(words) < 2 or len(words[-1]) < 4:
        return False
    alone = likeliest_mention(words[-1], [line.replace(name, " ") for line in lines], code)
    return alone is not None and alone[0] >= MIN_PERSON_PROBABILITY


def merged_surnames(kept: dict[str, dict], language: Language) -> list[dict]:
    """The people, where a name trimmed to a surname that another person's name ends with is
    that person, whose roles it adds ('ترامب' of 'إدارة ترامب' beside 'دونالد ترامب')."""
    found = {name: Person(name, tokens_of_name(name, language)) for name in kept}
    people = []
    for name, person in kept.items():
        if two_surnames(found[name], [found[other] for other in kept if other != name]):
            continue
        whole = next((other for other in kept if len(found[other].tokens) > len(found[name].tokens)
                      and (same_person(found[other], found[name]) or begins(found[other], found[name]))), None)
        stem = without_genitive(found[name], language)
        if whole is None and stem is not None:  # 'Al Khudairys Rücktritt' beside 'Ammar Al Khudairy'
            whole = next((other for other in kept if other != name and len(found[other].tokens) >= len(stem.tokens)
                          and same_person(found[other], stem)), None)
        if whole is None and stem is not None and len(stem.tokens) == 2 and not is_given_name(fold(stem.tokens[0])):
            # 'Zum Sanierungsplan Sewings' beside 'Christian Sewing': a noun and his name in the genitive
            whole = next((other for other in kept if other != name and len(found[other].tokens) > 1
                          and found[other].tokens[-1] == stem.tokens[-1]), None)
        if whole is None:
            whole = led_by_surname(found[name], [found[other] for other in kept if other != name], language)
        if whole is None:
            people.append(person)
            continue
        kept[whole]["roles"] = list(dict.fromkeys([*kept[whole]["roles"], *person["roles"]]))
        kept[whole]["organisation"] = kept[whole]["organisation"] or person["organisation"]
    return people


def led_by_surname(person: Person, others: list[Person], language: Language) -> str | None:
    """The name of the person whose surname begins a Latin-script name of two words whose second
    word is no given name: 'bis Calhoun Mandate niedergelegt hat' beside 'David Calhoun' is Calhoun
    and a noun (German capitalises it), not a person called Calhoun Mandate."""
    words = person.tokens
    if language.script != "latin" or len(words) != 2 or is_given_name(fold(words[1])):
        return None
    return next((other.name for other in others if len(other.tokens) > 1 and other.tokens[-1] == words[0]), None)


def begins(longer: Person, shorter: Person) -> bool:
    """A patronymic name ('X bin Y', names.SON_OF) that another name of the article begins with: the same person,
    named once without the family name ('ياسر بن عثمان' beside 'ياسر بن عثمان الرميان'). Only
    such names: another name that goes on may be a noun the rules joined to it ('Al-Sisi Hilfen')."""
    words, first = [fold(token) for token in shorter.tokens], [fold(token) for token in longer.tokens]
    return len(words) >= 3 and names.SON_OF & set(words[1:-1]) != set() and first[:len(words)] == words


def without_genitive(person: Person, language: Language) -> Person | None:
    """A German genitive of a person's name without its s ('Al Khudairys', 'Müllers'), or None."""
    last = person.tokens[-1] if person.tokens else ""
    if language.code != "de" or len(last) < 4 or not last.endswith("s") or last.endswith("ss"):
        return None
    return Person(person.name[:-1], [*person.tokens[:-1], last[:-1]])


def two_surnames(person: Person, others: list[Person]) -> bool:
    """Two words that are the surnames of two other people of the article, side by side as German
    word order puts them ('hatte Lindner Scholz eine Neuwahl vorgeschlagen', beside 'Christian
    Lindner' and 'Olaf Scholz'): two people, not one."""
    surnames = {other.tokens[-1] for other in others if len(other.tokens) > 1}
    return len(person.tokens) == 2 and person.tokens[0] != person.tokens[1] and set(person.tokens) <= surnames


def trimmed(mention: tuple[float, str, int, int], code: str, keep: int = 1) -> str:
    """The name at its likeliest mention without the words at its edges that the tagger gives
    less than MIN_PERSON_PROBABILITY of being part of a person's name: a role or a noun the rules
    joined to it ('US-Präsident Donald Trump', 'Brad Smith Teil', 'Habeck von den Grünen',
    'عبدالفتاح السيسي بولاية جديدة'), down to `keep` words (two after a role: the tagger doubts
    names it has never seen, 'منغ وانلي', more than the role says). As written in that line."""
    _, line, start, end = mention
    tokens, _, marginals = analysed(line, code)
    while end - start > keep and marginals[start] < MIN_PERSON_PROBABILITY and may_trim(tokens[start], code, leading=True):
        start += 1
    while end - start > keep and marginals[end - 1] < MIN_PERSON_PROBABILITY and may_trim(tokens[end - 1], code, leading=False):
        end -= 1
    spans = [match.span() for match in TOKEN.finditer(line)]
    return line[spans[start][0]:spans[end - 1][1]]


def likeliest_mention(name: str, lines: list[str], code: str) -> tuple[float, str, int, int] | None:
    """The name's mention (the first in each line, as whole tokens) to which the tagger gives the
    highest mean probability of B-PER or I-PER over its words: (that mean, the line, the first
    and the end token); None when no line has its words as tokens."""
    words = tokens_of(name)
    best = None
    for line in lines:
        if not words or name not in line:
            continue
        tokens, _, marginals = analysed(line, code)
        start = next((i for i in range(len(tokens) - len(words) + 1) if tokens[i:i + len(words)] == words), None)
        if start is None:
            continue
        mean = sum(marginals[start:start + len(words)]) / len(words)
        if best is None or mean > best[0]:
            best = (mean, line, start, start + len(words))
    return best


def may_trim(token: str, code: str, leading: bool) -> bool:
    """Whether a word at a name's edge may go when the tagger doubts it: never a given name
    (the tagger doubts many foreign given names in Arabic script, 'ستيفاني'); in Arabic, at the start
    only a word with the article ('الإعلامي') or a common word ('قرر فلان': a verb), at the end only one
    without it (an Arabic surname often has it: 'الحداد'; 'بولاية جديدة' has not)."""
    if "-" not in token and not token[:1].islower() and is_given_name(token):
        return False  # 'von' and 'US-Präsident' count as given names of some country: not them
    if code == "ar":
        return fold(token).startswith("ال") == leading or leading and common_word(token)
    return True


def add_tagged_people(draft: Draft, language: Language, starter: starter_base.Starter) -> None:
    people = [Person(person["name"], tokens_of_name(person["name"], language)) for person in draft.people]
    authors = author_keys(draft)
    for line in draft.body_lines():
        for text, sure in tagged_people(line, language.code):
            first = text.split()[0]
            if language.script == "arabic" and first.startswith("و") and len(first) > 3 and not given_name_with_waw(fold(first)):
                text = text[1:]  # 'وستيفاني بوب': the conjunction glued to the name
            elif language.script == "arabic" and glued_preposition(first):
                text = text[1:]  # 'لروبرت مردوك' (owned by ...), 'لهاتف بيزوس': a preposition glued to the first word
            while language.script == "arabic" and " " in text and TANWEEN.search(text.rsplit(" ", 1)[1]):
                text = text.rsplit(" ", 1)[0]  # 'بايدن سابقًا': an adverb with tanween, which no name takes
            text = without_german_noun(text, language, {other.tokens[-1] for other in people if len(other.tokens) > 1})
            text = with_regnal_number(without_edge_words(text, language), line)
            if len(text.split()) < 2:
                continue  # 'Prinz Alwalid', 'هاتف بيزوس': one word of a name is left, a person the rules find or not at all
            if language.script == "arabic" and any(conjunction_glued(word) for word in text.split()[1:]):
                continue  # 'زين وبهارتي': two names and 'and' between them (Zain and Bharti), not one person
            person = Person(text, tokens_of_name(text, language))
            if named_after(line, text, language):
                continue
            if any(fold(word) in language.stopwords or is_role(word, language) or is_organisation_word(word, language)
                   or non_name_word(fold(word), language) or verb_like(fold(word)) for word in text.split()):
                continue  # 'Altair Engineering': a kind word makes it an organisation's name
            if name_key(text) in authors:
                continue
            if starter.organisation_only(text):
                continue  # a known organisation's name is no person's
            shorter = next((other for other in people if len(other.tokens) == 1 and len(person.tokens) > 1
                            and fold(person.tokens[-1]) == fold(other.tokens[0])), None)
            if shorter is not None and not any(other is not shorter and same_person(other, person) for other in people):
                # 'Hemmati' after a role, and the tagger's 'Abdolnasser Hemmati': the person's full name
                entry = next(entry for entry in draft.people if entry["name"] == shorter.name)
                entry["name"], shorter.name, shorter.tokens = text, text, person.tokens
                continue
            if any(same_person(other, person) or spelt_variant(other, person) or fold(text) in fold(other.name) or fold(other.name) in fold(text)
                   for other in people):
                continue
            if two_surnames(person, people) or led_by_surname(person, people, language) or not sure:
                continue  # a person no rule found is added only when the tagger is sure of the name
            people.append(person)
            draft.people.append({"name": text, "roles": [], "organisation": None})


def conjunction_glued(word: str) -> bool:
    """A word of a name that begins with the conjunction و ('وبهارتي': and Bharti): not a name with
    its own و (given_name_with_waw: 'وليد', 'ويليامز') nor a word whose و is its own ('وزراء')."""
    folded = fold(word)
    return folded.startswith("و") and len(folded) > 3 and not given_name_with_waw(folded) and not root_waw(folded)


#: a monarch's number after the name: 'عبد الله الثاني', 'محمد السادس', 'Abdullah II.', 'Charles III'
REGNAL_NUMBER = re.compile(r"\s+((?:ال(?:اول|أول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر))|(?:I{1,3}|IV|VI{0,3}|IX|X)\.?)(?![\w])")


def with_regnal_number(text: str, line: str) -> str:
    """A name of one or two words (or 'عبد X') that the line follows with a monarch's number, with
    that number: the tagger reads 'ملك الأردن عبد الله الثاني' as 'عبد الله' and an ordinal."""
    words, at = text.split(), line.find(text)
    if not words or at < 0 or len(words) > 2 + (words[0] == "عبد"):
        return text
    number = REGNAL_NUMBER.match(line, at + len(text))
    return f"{text} {number.group(1)}" if number else text


def without_edge_words(text: str, language: Language) -> str:
    """A name the tagger read without what no name holds at its edges: an honorific or a German
    compound noun before it ('Prinz Alwalid bin Talal' is 'Alwalid bin Talal'; nothing is left of
    a Latin name all in capitals, a dateline or a credit as the rules read it), and in Arabic a
    speech verb after it ('كوارتنغ قال') or a common word of the corpora (three letters or more)
    that is no given name: before it ('هاتف بيزوس': Bezos's phone, 'تابع الكعبي': a verb) or,
    without the article, after it ('كريم مملوكة'; an Arabic surname may be a common word with the
    article, 'العربي')."""
    words = without_honorifics(text, language).split()
    while len(words) > 1 and (noun_compound(words[0], language) or noun_before_name(words, language)):
        words = words[1:]  # 'Ratiopharm-Mutter Teva': the parent company, named by a noun
    if all(word.isupper() for word in words if word[:1].isalpha()) and language.script == "latin":
        return ""  # 'SANTIAGO DE CHILE': a dateline or a credit in capitals, as the rules read it
    if language.script == "latin":
        small = next((index for index, word in enumerate(words) if index and word[:1].islower() and fold(word).split("-")[0] not in names.PARTICLES), len(words))
        words = words[:small]  # 'Ayari via Storyful': a name holds no lowercase word but a particle
        if len(words) > 1 and plain(words[-1]) in territories(language.code) and not is_given_name(fold(words[0])):
            words = words[:-1]  # 'Lahore Pakistan hat ...': a dateline's city and its country
    if language.script == "arabic":
        while len(words) > 1 and common_word(words[0]):
            words = words[1:]
        while len(words) > 1 and (fold(words[-1]) in language.speech_verbs or common_word(words[-1]) and not fold(words[-1]).startswith("ال")):
            words = words[:-1]
    return " ".join(words)


def glued_preposition(word: str) -> bool:
    """An Arabic word that is ل or ب before a given name or a common word ('لروبرت', 'لهاتف'), not a
    given name itself ('لينا', 'بسام')."""
    folded = fold(word)
    return len(folded) > 4 and folded[0] in "لب" and not is_given_name(folded) \
        and (is_given_name(folded[1:]) or folded[1:] in common_words("ar"))


def common_word(word: str) -> bool:
    """An Arabic word of three letters or more that the corpora almost never tag in a name and that is
    no given name (not 'جو', Joe; not 'أمل'); also such a noun in ة with its ة written ت before an
    ending ('جزيرتي', the two islands of: 'جزيرة')."""
    folded = fold(word)
    if len(folded) <= 2 or is_given_name(folded):
        return False
    suffixed = TA_SUFFIX.fullmatch(folded)
    return folded in common_words("ar") or bool(suffixed) and suffixed.group(1) + "ه" in common_words("ar")


#: a noun in ة (folded ه) with a dual's or a pronoun's ending: the ة is written ت ('جزيرتي', 'شركتها')
TA_SUFFIX = re.compile(r"(\w{3,})ت(?:ي|ا|ان|ين|ه|ها|هم|هما|كم|نا)")


def named_after(line: str, text: str, language: Language) -> bool:
    """A place or prize named after the person: 'مطار الملك سلمان', a title after a facility word."""
    before = [fold(word) for word in line[: line.find(text)].split()[-2:]]
    return len(before) == 2 and (before[1] in language.honorifics or before[1] in language.ruler_titles) \
        and listed(before[0], language.facility_words)


def tokens_of_name(text: str, language: Language) -> list[str]:
    return fold(text).split() if language.script == "arabic" else text.split()


def analysed(line: str, code: str) -> tuple[list[str], list[str], list[float]]:
    """A line's tokens, the tagger's labels and each token's probability of being part of a
    person's name."""
    tokens, labels, people, _ = analysed_line(line, code)
    return tokens, labels, people


def tagged_people(line: str, code: str) -> tuple[tuple[str, bool], ...]:
    """The names of two words or more, as written and outside quotation marks, that the
    language's tagger labels a person's in a line, each with whether the tagger is sure of it: its
    words at least MIN_ADDED_PROBABILITY a person's on average, or its first word a given name
    ('كريم السالمي' after a role the rules did not join to it: the tagger is less sure of names it
    has never seen)."""
    tokens, labels, chances = analysed(line, code)
    least = MIN_ADDED_PROBABILITY.get(code, 0.0)
    quoted = " ".join(match.group(1) for match in QUOTED_TITLE.finditer(line))
    names = ((" ".join(tokens[start:end]), sum(chances[start:end]) / (end - start) >= least or is_given_name(fold(tokens[start])))
             for kind, start, end in spans_of(labels) if kind == "PER" and end - start >= 2)
    return tuple((text, sure) for text, sure in names if text in line and text not in quoted)


STEPS = [tagged_people_step]
