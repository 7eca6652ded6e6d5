"""Organisations: every organisation named in the article body once, with its other surface forms.

A name is an organisation's when the words around it say so: a legal form after it
("Nordwerk AG"), a descriptive word before it ("der Autozulieferer Nordwerk", "شركة نوردفيرك"),
a kind word inside it ("Beispiel Ventures", "Landeskartellamt", "وزارة الطاقة"), an acronym in
brackets after it, an apposition (", the unit that ...") or a person's role ("Partner bei X").
Later shorter mentions ("Nordwerk" after "Nordwerk Antriebe AG") and acronyms become aliases.
People, countries, governments, parliaments and the publisher are never organisations.  Each person's organisation is
then set to the canonical name of the organisation it names (None when it names none).

The finders are in latin_organisations.py and arabic_organisations.py, the word lists and name
keys they share in organisation_rules.py, and the merging into one organisation each, with its
aliases, parent and the people's links, in organisation_merge.py.
"""

from __future__ import annotations

import functools
import re

from generator.ingest import starter as starter_base
from generator.ingest.draft import Draft
from generator.ingest.given_names import is_given_name
from generator.ingest.langdata import PLACE_PREFIXES, available, calendar_words, fold, load_language
from generator.ingest.names import name_key
from generator.ingest.steps.arabic_organisations import listed
from generator.ingest.steps.organisation_merge import (
    organisations_in,
    same,
)
from generator.ingest.steps.organisation_rules import cities, index_spans, plain, territories
from generator.ingest.steps.structure import language_of


#: a genitive ending: 'Ubers', "Acme's", 'Siemens’'
GENITIVE = re.compile(r"(?:['’]s|s['’]?)$")
#: a weekday and a time of day in one German word ('Donnerstagabend', 'Montagmorgen')
DAY_TIME = re.compile(r"(\w+?)(?:morgen|vormittag|mittag|nachmittag|abend|nacht)")


def find_organisations(draft: Draft) -> Draft:
    language = language_of(draft)
    if language is None:
        return draft
    orgs = organisations_in(draft, language, draft.people)
    if language.script == "arabic":
        orgs = without_glued_proclitics(orgs)
    keys = {plain(form) for org in orgs for form in org.forms()}
    long_keys = tuple(" " + key for key in keys if " " in key)
    def organisation_like(name: str) -> bool:
        first, *rest = name.split() or [""]
        owner = GENITIVE.sub("", first)
        if rest and owner != first and plain(owner) in keys:
            return True  # 'Ubers Börsengang', "Acme's chief": an organisation's genitive before a noun
        name = plain(name)
        return name in keys or (" " + name).endswith(long_keys) or " " in name and any(
            key.startswith(name) and not key[len(name):len(name) + 1].isalnum() for key in keys)

    first_words = {key.split()[0] for key in keys if key}
    known = starter_base.load_starter().by_key["companies"]
    for person in draft.people:
        words = person["name"].split()
        if len(words) >= 3 and (plain(words[0]) in first_words or name_key(words[0]) in known) and not is_given_name(fold(words[0])):
            # 'رئيس مجلس إدارة أنجلو ستيوارت تشامبرز': Anglo's chairman; 'رئيس شل فلان الفلاني': a known
            # organisation's name of one word, though the article writes it in full elsewhere
            person["name"] = " ".join(words[1:])
            whole = next((other for other in draft.people if other is not person and f" {person['name']} " in f" {other['name']} "), None)
            if whole is not None:  # what is left is part of another person's name: that person
                whole["roles"] = list(dict.fromkeys([*whole["roles"], *person["roles"]]))
                person["name"] = ""
    draft.people = [person for person in draft.people if person["name"] and not organisation_like(person["name"]) and not in_index(person["name"], draft, language)
                    and not place_name(person["name"])
                    and not only_in_dateline(person["name"], draft) and not only_a_facilitys_name(person["name"], draft, language)]
    calendar = calendar_words(language.code) | set(language.months) | set(language.weekdays)
    governments = government_spellings(language.code)
    for org in orgs:
        if all(only_in_dateline(form, draft) for form in org.forms()):
            continue  # 'BERLIN/DOHA (dpa).': the places the report was filed from
        day = DAY_TIME.fullmatch(fold(org.core))
        described = org.records and plain(org.name) != plain(org.core)  # 'شركة نيسان': Nissan, not April
        if (fold(org.core) in calendar or day and day.group(1) in calendar) and not described:
            continue  # 'Monday' after 'the bank said on', 'Donnerstagabend', 'في نيسان': a day or a month, not a name
        if any(name_key(form) in governments for form in [*org.forms(), *without_demonyms(org.forms(), language)]):
            continue  # a government or a parliament ('مجلس الوزراء الإماراتي'): named like a country, not an organisation of the digest
        if only_a_trading_place(org.forms(), draft, language):
            continue  # 'an der Wiener Börse', 'في بورصة لندن': where shares trade, not an organisation of the digest
        if not org.records and any(fold(word) in language.scale_words for word in org.core.split()):
            continue  # 'Million US-Dollar Kapital': an amount the capitals made look like a name
        if not org.records and (event_name(org.core, language) or term_name(org.core, language)):
            continue  # 'Mobile World Congress', 'Grüne Woche': an event; 'Künstliche Intelligenz', 'Digital Markets Act': a term
        parent = next((other.core for other in orgs if other is not org and org.parent and any(same(f, org.parent) for f in other.forms())), org.parent)
        kind = "division" if org.division and org.kind in (None, "company") else org.kind or "company"
        name, aliases = org.name, org.aliases
        short = without_demonym_of_record(org, language)
        if short:  # 'نوفو نورديسك الدنماركية': the record's name, and the text's as an alias
            name, aliases = short, [org.name, *(alias for alias in org.aliases if alias != short)]
        aliases = [*aliases, *(inner for inner in record_names_inside(org, language) if inner not in aliases and inner != name)]
        draft.companies.append({"name": name, "aliases": aliases, "canonical": org.core, "kind": kind, "parent": parent})
    return draft


def without_demonym_of_record(org, language) -> str | None:
    """An Arabic name of a known organisation without the country's adjective after it, when that
    shorter name is the record's own ('شركة نوفو نورديسك الدنماركية', 'صندوق الاستثمارات العامة
    السعودي'): the adjective describes the company, the name is the record's; else None."""
    words = org.name.split()
    if language.script != "arabic" or not org.records or len(words) < 2 or not listed(fold(words[-1]), language.country_demonyms):
        return None
    short = " ".join(words[:-1])
    return short if starter_base.load_starter().find("companies", [short]) in org.records else None


def record_names_inside(org, language) -> list[str]:
    """The record's spellings that an Arabic name holds as whole words, as the text writes them
    ('رويترز' in 'وكالة رويترز للأنباء'): the short name the article also goes by. (Latin names
    too, 'Airbus' of 'Airbus-Konzern', were tried: four more entities of the validation part got
    a wrong knowledge-base record.)"""
    if language.script != "arabic" or not org.records:
        return []
    records = starter_base.load_starter().records["companies"]
    words = org.name.split()
    keys = {name_key(spelling) for record in org.records if record in records for spelling in records[record].spellings}
    return [" ".join(words[start:end]) for start in range(len(words)) for end in range(start + 1, len(words) + 1)
            if (start, end) != (0, len(words)) and name_key(" ".join(words[start:end])) in keys]


def place_name(name: str) -> bool:
    """A name of two words or more that starts as places' names do ('Ras Al-Hikma', 'San José',
    'مرسى مطروح'; langdata.PLACE_PREFIXES)."""
    words = fold(name).split()
    return len(words) > 1 and words[0].rstrip(".") in PLACE_PREFIXES


def event_name(name: str, language) -> bool:
    """Whether a Latin-script name ends in a word of an event's name ('Mobile World Congress')."""
    words = name.split()
    endings = {fold(words[-1]), fold(" ".join(words[-2:]))}
    return language.script == "latin" and len(words) > 1 and bool(endings & (language.event_name_words | load_language("en").event_name_words))


def term_name(name: str, language) -> bool:
    """Whether a name is a term's or a law's written like a name ('Künstliche Intelligenz (KI)')."""
    return language.script == "latin" and fold(name) in language.term_names | load_language("en").term_names


#: a conjunction or preposition glued to an Arabic name's first word ('ولندن', 'لأنجلو')
GLUED = re.compile(r"^[وفلب](?=\w{3,})")


def without_glued_proclitics(orgs: list) -> list:
    """Arabic organisations whose first word carries a glued و, ف, ل or ب ('دويتشه بورسي ولندن
    ستوك إكستشينج', 'الإغلاق السابق لأنجلو'), found so where a finder or the tagger took the whole
    word. A name whose rest is another organisation of the article, or the start of one, is
    dropped: a mention of that one. Otherwise the letter goes when the rest is a known record's
    name, or (و only) when the name has more words and the word without it is a country or a
    city ('ولندن': 'and London'; not 'وادي', a valley, nor 'ويلز')."""
    starter = starter_base.load_starter()
    kept = []
    for org in orgs:
        glued = GLUED.match(org.core)
        if glued is None or starter.by_key["companies"].get(name_key(org.core)):
            kept.append(org)
            continue
        rest = org.core[1:]
        others = [plain(form) for other in orgs if other is not org for form in other.forms()]
        begins_other = any(form == plain(rest) or form.startswith(plain(rest) + " ") for form in others)
        known = bool(starter.by_key["companies"].get(name_key(rest)))
        place = plain(rest.split()[0])
        conjunction = glued.group() == "و" and " " in org.core and place in territories("ar") | cities("ar")
        if begins_other:
            continue  # 'لأنجلو' beside 'أنجلو أمريكان': a mention of that one
        if known or conjunction:
            org.name, org.core = org.name.replace(org.core, rest, 1), rest
        kept.append(org)
    return kept


def without_demonyms(forms: list[str], language) -> list[str]:
    """Arabic names without the country's adjectives after them ('مجلس الوزراء الإماراتي' ->
    'مجلس الوزراء'): what a government's or a parliament's name is read by. A region's stays:
    'البرلمان الأوروبي' is an organisation of the digest."""
    if language.script != "arabic":
        return []
    cut = []
    for form in forms:
        words = form.split()
        while len(words) > 1 and listed(fold(words[-1]), language.country_demonyms):
            words = words[:-1]
        cut.append(" ".join(words))
    return cut


def only_a_trading_place(forms: list[str], draft: Draft, language) -> bool:
    """A stock exchange (`exchange_words`) that the text names only as the place where shares trade
    or are listed, after a `trading_place_cues` word ('an der Wiener Börse', 'listed on the Saudi
    Stock Exchange', 'في بورصة لندن'). An exchange's operator named as a company ('Deutsche Börse
    kauft ...') stays."""
    if language.exchange_words is None:
        return False
    named = [fold(form) for form in forms if language.exchange_words.search(fold(form))]
    if not named:
        return False
    text = fold(draft.body)
    before = [text[:match.start()] for form in named for match in re.finditer(re.escape(form), text)]
    return bool(before) and all(after_trading_cue(part, language) for part in before)


def after_trading_cue(before: str, language) -> bool:
    """Whether the text before a mention ends with a trading-place cue (as whole words; in Arabic
    also with 'ب' or 'ل' glued to the name, or a conjunction glued to the cue: 'ببورصة', 'وفي')."""
    if language.script == "arabic" and before[-1:] in ("ب", "ل"):
        return True
    words = before.split()
    if language.script == "arabic" and words and re.match(r"^[وف](?=\w{2})", words[-1]):
        words[-1] = words[-1][1:]
    return any(words[-len(cue.split()):] == cue.split() for cue in language.trading_place_cues if len(words) >= len(cue.split()))


def only_a_facilitys_name(name: str, draft: Draft, language) -> bool:
    """A name that stands only after a facility's word ('طريق عبد الرحمن بن عوف', 'Flughafen
    Franz Josef Strauß'): a road, an airport or a prize named after someone who is not in the
    news."""
    if not language.facility_words:
        return False
    text = fold(draft.body)
    starts = [match.start() for match in re.finditer(re.escape(fold(name)), text)]
    glued = r"^[وفبل]" if language.script == "arabic" else r"^$"  # 'وطريق'
    return bool(starts) and all(
        bool(before) and re.sub(glued, "", before[-1]) in language.facility_words
        for before in (text[:start].split()[-1:] for start in starts))


def only_in_dateline(name: str, draft: Draft) -> bool:
    """A name found only in the dateline's places ('San Francisco/Dubai (dpa) -'), not elsewhere
    in the body: a place, not a person or an organisation. The agency in brackets is not a place."""
    if not draft.dateline or not name:
        return False
    places = re.sub(r"\(.*?\)", " ", draft.dateline)
    if name not in places:
        return False
    rest = draft.body.replace(draft.dateline, " ", 1)
    return name not in rest


def in_index(name: str, draft: Draft, language) -> bool:
    """A name inside a stock market index's ('Dow Jones Industrial Average', 'جونز الصناعي')."""
    for line in draft.body_lines():
        spans = index_spans(line, language.code)
        if spans and any(start <= match.start() < end for match in re.finditer(re.escape(name), line) for start, end in spans):
            return True
    return False


@functools.cache
def government_spellings(code: str) -> frozenset[str]:
    """Name keys of governments and parliaments: the language's `government_words`, and every
    spelling of a starter record that one of any language's names ('Deutscher Bundestag', 'US
    Congress', 'البرلمان الألماني')."""
    words = {name_key(word) for word in load_language(code).government_words}
    every = {name_key(word) for other in available() for word in load_language(other).government_words}
    starter = starter_base.load_starter()
    records = {record_id for word in every for record_id in starter.by_key["companies"].get(word, ())}
    return frozenset(words | {name_key(text) for record_id in records for text in starter.spellings("companies", record_id)})


STEPS = [find_organisations]
