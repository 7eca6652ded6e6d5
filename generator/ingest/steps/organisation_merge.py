"""Organisation merge: the mentions found in an article, one organisation each, and the people's links to them.

Two readings of one place in the text keep the longer one; mentions of one name (the same name,
or a longer or shorter form of it) become one organisation, the other forms its aliases, its kind
the most specific one named and its parent the one any mention names.  A later shorter mention
('Nordwerk' after 'Nordwerk Antriebe AG') becomes an alias, or the group a unit belongs to
('Beispiel' of 'Beispiel Film Studios'), except when the starter knowledge base knows the two
names as two organisations ('Thyssenkrupp' and 'Thyssenkrupp Steel').  Each person's organisation becomes the canonical name
of the organisation it names (an organisation found only there is added when it reads as one).
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator.ingest import names, orgnames
from generator.ingest import starter as starter_base
from generator.ingest.draft import Draft
from generator.ingest.langdata import Language, load_language
from generator.ingest.names import LETTER_NAMES, latin_letters, name_key
from generator.ingest.steps.arabic_organisations import arabic_mentions
from generator.ingest.steps.known_organisations import GENITIVE, known_mentions
from generator.ingest.steps.latin_organisations import latin_mentions
from generator.ingest.steps.tagged_organisations import tagged_mentions
from generator.ingest.tagger.common_words import common_words
from generator.ingest.steps.organisation_rules import (
    ACRONYM,
    Mention,
    Organisation,
    Rules,
    best_kind,
    descriptive,
    fold,
    index_spans,
    is_prefix_word,
    kind_of_word,
    plain,
    rules_for,
    stem_key,
    territories,
)


ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")


def same(one: str, other: str) -> bool:
    """The same name, also when one of them spells its Latin letters out in Arabic ('جي اس ام ايه', 'GSMA')."""
    return bool(one) and bool(other) and (stem_key(one) == stem_key(other) or stem_key(latin_letters(one)) == stem_key(latin_letters(other)))


def starts_with(longer: str, shorter: str) -> bool:
    long_words, short_words = stem_key(longer).split(), stem_key(shorter).split()
    return 0 < len(short_words) < len(long_words) and long_words[:len(short_words)] == short_words


def known_apart(one: str, other: str) -> bool:
    """Whether the starter knowledge base knows these two names as two organisations."""
    by_key = starter_base.load_starter().by_key["companies"]
    ones, others = by_key.get(name_key(one)), by_key.get(name_key(other))
    return bool(ones and others and not ones & others)


def overlap(one: Mention, other: Mention) -> bool:
    return one.line == other.line and one.start < other.start + len(other.text) and other.start < one.start + len(one.text)


#: brackets around a name's other form right after it: 'Name (ABBR)', 'الاسم «الاختصار»'
BRACKETS = {"(": ")", "«": "»", "[": "]"}


def bracketed_aliases(mentions: list[Mention], lines: list[str]) -> None:
    """'Organisation Erdöl exportierender Länder (Opec)', 'منظمة البلدان المصدرة للنفط «أوبك»': where
    an organisation's mention stands alone in brackets right after another's, the two are one body
    named twice, and each is the other's alias; unless the knowledge base knows them as two (a
    parent group or a news agency's credit in brackets)."""
    for inner in mentions:
        line = lines[inner.line]
        before, after = line[:inner.start].rstrip(), line[inner.start + len(inner.text):].lstrip()
        if not before or before[-1] not in BRACKETS or not after.startswith(BRACKETS[before[-1]]):
            continue
        end = len(before[:-1].rstrip())
        outer = next((m for m in mentions if m.line == inner.line and m.start + len(m.text) == end and m is not inner), None)
        if outer is None or (outer.record and inner.record and outer.record != inner.record) \
                or known_apart(outer.core or outer.text, inner.core or inner.text):
            continue
        outer.aliases += [inner.text] if inner.text not in outer.aliases else []
        inner.aliases += [outer.text] if outer.text not in inner.aliases else []


def inner_part(key: str, keys: set[str]) -> bool:
    """Whether a name key is a run of whole words inside another, not at its start ('nordmedia' in
    'quellbank nordmedia studios'): the tagger's short reading of an organisation the article names in
    full, not another one."""
    return any(key != other and f" {key} " in f" {other} " and not other.startswith(f"{key} ") for other in keys)


def crosses_known(mention: Mention, mentions: list[Mention]) -> bool:
    """Whether a rule's mention overlaps a known name without holding it whole: 'Gewerkschaft IG'
    read off 'die Gewerkschaft IG Metall', where the knowledge base knows 'IG Metall'."""
    end = mention.start + len(mention.text)
    return mention.record is None and any(
        other.record is not None and other.line == mention.line and other.start < end and mention.start < other.start + len(other.text)
        and not (mention.start <= other.start and other.start + len(other.text) <= end) for other in mentions)


def merge(mentions: list[Mention], code: str) -> list[Organisation]:
    organisations: list[Organisation] = []
    rules = rules_for(code)
    mentions = [mention for mention in mentions if not crosses_known(mention, mentions)]
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
        if other.record and not kept.record and kept.text == other.text and not ARABIC_LETTER.search(kept.text):
            kept.core = other.core  # the knowledge base's reading of the same words: 'Deutsche Presseagentur' for 'Deutschen ...'
        if not (starts_with(kept.core, other.core) and unit_rest(kept.core.split()[len(other.core.split()):], rules, single=True)):
            kept.record = kept.record or other.record  # but 'X International' is not X
        longest[key] = kept
    mentions = list(longest.values())
    for mention in sorted(mentions, key=lambda m: (m.weak, m.line, m.start)):
        target = next((org for org in organisations if mention.record in org.records), None) if mention.record else None
        if target is None:
            target = next((org for org in organisations if any(same(form, mention.text) or same(form, mention.core) for form in org.forms())), None)
        if target is None:
            target = next((org for org in organisations if starts_with(org.core, mention.core)
                           and not known_apart(org.core, mention.core)
                           and not unit_rest(org.core.split()[len(mention.core.split()):], rules)
                           and not of_phrase(org.core.split()[len(mention.core.split()):], rules)), None)
        if target is None:
            target = next((org for org in organisations if starts_with(mention.core, org.core) and not mention.division and not org.division
                           and not known_apart(org.core, mention.core)
                           and not unit_rest(mention.core.split()[len(org.core.split()):], rules)
                           and not any(plain(word) in territories(code) for word in mention.core.split()[len(org.core.split()):])
                           and not of_phrase(mention.core.split()[len(org.core.split()):], rules)), None)
        if target is None:
            target = next((org for org in organisations if other_script_spelling(mention.core, org)), None)
        if target is None:
            target = next((org for org in organisations if any(spelt_variant(form, mention.text) for form in org.forms())
                           and not known_apart(org.core, mention.core)), None)
        if target is None:
            group = next((org for org in organisations if starts_with(mention.core, org.core)
                          and unit_rest(mention.core.split()[len(org.core.split()):], rules, single=True)), None)
            if mention.weak and group is None:
                continue
            if group is not None:  # '«أدنوك الدولية»' beside ADNOC: its unit, named even where no word says it is a body
                mention.division, mention.parent = True, mention.parent or group.core
            target = Organisation(mention.text, mention.core or mention.text, mention.kind, mention.parent, division=mention.division)
            organisations.append(target)
        for form in (mention.text, *mention.aliases):
            if form and form != target.name and form not in target.aliases:
                target.aliases.append(form)
        target.kind = best_kind([target.kind, mention.kind])
        target.parent = target.parent or mention.parent
        target.division = target.division or mention.division
        if mention.record:
            target.records.add(mention.record)
    return organisations


def spelt_variant(one: str, other: str) -> bool:
    """One transliterated name spelt two ways in one article ('بريتش بتروليوم', 'بريتش بيتروليوم'):
    in Arabic script, as many words, each the same or of the same sound with nearly the same letters."""
    ones, others = fold(one).split(), fold(other).split()
    if not ARABIC_LETTER.search(one) or not ARABIC_LETTER.search(other) or len(ones) != len(others) or ones == others \
            or len("".join(ones)) < 6:
        return False
    return all(a == b or names.spelt_two_ways(a, b) for a, b in zip(ones, others))


def of_phrase(rest: list[str], rules: Rules) -> bool:
    """Whether the words after a shorter name begin with a connector of a Latin-script language
    ('News' and 'News of the World', also in a German text): a name of its own built on the word,
    not that organisation named in full."""
    return bool(rest) and fold(rest[0]) in latin_connectors()


@lru_cache(maxsize=1)
def latin_connectors() -> frozenset[str]:
    return frozenset().union(*(load_language(code).org_connectors for code in ("de", "en", "fr"))) - {"&"}


def short_forms(org: Organisation, rules: Rules) -> list[str]:
    """The shorter names a later mention may use: the name without its legal form, its first word."""
    words = org.core.split()
    first = words[0] if words else ""
    if rules.language.script == "arabic" and fold(first).startswith("ال"):
        return []  # 'وزارة الطاقة': 'الطاقة' alone is no name
    forms = [org.core]
    # not an Arabic common word either: 'إدارة' of 'إدارة الطيران ...' is 'administration'
    if len(words) > 1 and len(first) > 2 and not fold(first).startswith("ال") and not kind_of_word(first, rules, False) \
            and not is_prefix_word(first, rules, False) and plain(first) not in territories(rules.language.code) \
            and not (rules.language.script == "arabic" and fold(first) in common_words("ar")):
        forms.append(first)
    return forms


def is_unit_name(org: Organisation, rules: Rules) -> bool:
    """'Beispiel Film Studios', 'Beispiel ABC Ventures', 'بايشبيل إيه بي سي ستوديوز': the first word
    names another organisation, the rest is a name of its own (a kind word or an acronym among two
    or more words; in Arabic script only an acronym, its letters spelt out)."""
    return unit_rest(org.core.split()[1:], rules)


def other_script_spelling(name: str, org: Organisation) -> bool:
    """Whether a name is one of the organisation's names written in the other script ('Thomas Cook'
    after 'توماس كوك' in an Arabic article), as the knowledge matching compares them."""
    arabic = bool(ARABIC_LETTER.search(name))
    forms = [form for form in org.forms() if form and bool(ARABIC_LETTER.search(form)) != arabic]
    if not forms:
        return False
    mine = name_reading(name)
    return any(orgnames.org_similarity(mine, name_reading(form)) >= orgnames.ACCEPT for form in forms)


@lru_cache(maxsize=4096)
def name_reading(text: str) -> orgnames.OrgName:
    """An organisation's name by meaning (orgnames.org_name), once per spelling: other_script_spelling
    compares each name with every form of every organisation of the article."""
    return orgnames.org_name(text)


def unit_rest(rest: list[str], rules: Rules, single: bool = False) -> bool:
    """Whether the words after a shorter name make another organisation's name: a unit's ('X Film
    Studios', 'X International'); with `single`, only one of the language's unit words. A legal
    form at the end does not count ('أدنوك الدولية المحدودة')."""
    while len(rest) > 1 and fold(rest[-1]).rstrip(".") in rules.language.org_suffixes:
        rest = rest[:-1]
    if len(rest) == 1:
        units = rules.language.org_unit_words | (load_language("en").org_unit_words if rules.language.script == "latin" else set())
        return fold(rest[0]) in units
    if len(rest) < 2 or single:
        return False
    if rules.language.script == "arabic":
        return sum(fold(word) in LETTER_NAMES for word in rest) >= 2  # a kind word here is mostly a description ('للبث الرقمي')
    return any(ACRONYM.fullmatch(word) or kind_of_word(word, rules, False) for word in rest)


def add_short_aliases(orgs: list[Organisation], text: str, rules: Rules, people: set[str]) -> None:
    """'Beispiel' after 'Beispiel Antriebe AG': found in the text as a word of its own, it is an alias
    (or, after a unit's name such as 'Beispiel Film Studios', the name of the group it belongs to)."""
    taken = {stem_key(form) for org in orgs for form in org.forms()}
    for org in list(orgs):
        for form in short_forms(org, rules):
            if form != org.core and is_unit_name(org, rules) and any(same(form, other.core) for other in orgs if other is not org):
                org.parent = org.parent or form  # the group is an organisation already (a known name)
                continue
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


def link_people(people: list[dict], orgs: list[Organisation], rules: Rules) -> list[Organisation]:
    """Each person's organisation becomes a found organisation's canonical name (or None)."""
    def matching(text: str) -> Organisation | None:
        return next((org for org in orgs if any(same(form, text) for form in org.forms())), None) or \
            next((org for org in orgs if any(plain(form) in plain(text).split(" ", 1)[-1:] or plain(text).endswith(" " + plain(form)) for form in org.forms())), None)

    for person in people:
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


#: heads of compound nouns that describe a body placed before its name ('Wirtschaftszeitschrift Capital',
#: 'Wahlbehörde Isie', 'Finanzaufsicht Bafin'); not courts or offices named by their town ('Landgericht Musterstadt')
APPOSITIVE_HEADS = {"press", "authority", "association", "supervision"}


def appositive(word: str) -> bool:
    """A compound noun (two listed parts or more, in any case form) whose head says what kind of body follows."""
    lexicon = orgnames.lexicon()
    normal = orgnames.normal(word)
    for form in dict.fromkeys([normal, GENITIVE.sub("", normal), normal.removesuffix("es")]):
        parts = None if orgnames.listed(form, lexicon) else orgnames.compound(form, lexicon)
        if parts and len(parts) >= 2 and parts[-1][1] in APPOSITIVE_HEADS:
            return True
    return False


def without_descriptors(mentions: list[Mention], rules: Rules) -> None:
    """'Gewerkschaft Verdi', 'Förderbank KfW', 'Nachrichtenagentur Bloomberg', 'Bertelsmann-Verlags': where a known name
    ends a name the rules read and only descriptive words (a kind word, a compound ending in
    one, a descriptive noun) come before it, the name is the known one."""
    known = [mention for mention in mentions if mention.record]
    starter = starter_base.load_starter()
    for mention in mentions:
        if mention.record:
            continue
        head, _, tail = mention.text.rpartition("-")
        if head and " " not in mention.text and descriptive(tail, rules) and name_key(head) in starter.by_key["companies"]:
            mention.text = mention.core = head  # 'Bertelsmann-Verlags': the known name before a descriptive word
            continue
        first, _, rest = mention.text.partition(" ")
        if rest and appositive(first) and rest[:1].isupper() and plain(rest) not in territories(rules.language.code):
            # 'Wirtschaftszeitschrift Capital', 'Wahlbehörde Isie': a compound that says what the body is, then its name
            mention.start += mention.text.index(rest, len(first))
            if mention.core.endswith(rest):
                mention.core = rest
            mention.text = rest
            continue
        end = mention.start + len(mention.text)
        for other in known:
            if other.line == mention.line and other.start > mention.start and other.start + len(other.text) == end:
                words = mention.text[: other.start - mention.start].split()
                if words and all(descriptive(word, rules) for word in words) and not all(descriptive(word, rules) for word in other.text.split()):
                    mention.text, mention.core, mention.start = other.text, other.core, other.start
                break


def without_platforms(mentions: list[Mention], lines: list[str], language: Language) -> list[Mention]:
    """The mentions but those of a social network named as the place of a post ('auf LinkedIn',
    'auf der Plattform X', 'على منصة "تروث سوشيال"'): a platform, which the digest does not list
    as an organisation; once one of its mentions is such a place, so are its other names in the
    article ('X, früher Twitter')."""
    prepositions = {fold(word) for word in language.data.get("platform_prepositions") or ()}
    if not prepositions:
        return mentions
    starter = starter_base.load_starter()
    records = starter.records["companies"]

    def platform(mention: Mention) -> str | None:
        record = mention.record or starter.find("companies", [mention.text, mention.core])
        return record if record and records[record].platform else None

    platforms = [platform(mention) for mention in mentions]
    places = {record for mention, record in zip(mentions, platforms)
              if record and posted_on(lines[mention.line][:mention.start], prepositions, language)}
    return [mention for mention, record in zip(mentions, platforms) if record not in places]


def posted_on(before: str, prepositions: set[str], language: Language) -> bool:
    """Whether the words before a name make it the place of a post: a preposition right before it
    (articles and quotes aside), or one before a platform word among the four words before it."""
    words = [fold(word) for word in re.findall(r"\w+", before)[-4:]]
    lexicon = orgnames.lexicon()
    meaningful = [word for word in words if word not in language.stopwords or word in prepositions]
    if meaningful and meaningful[-1] in prepositions:
        return True
    for index, word in enumerate(meaningful):
        if orgnames.listed(orgnames.normal(word), lexicon) == ("type", "platform"):
            return index > 0 and meaningful[index - 1] in prepositions
    return False


def organisations_in(draft: Draft, language: Language, people: list[dict]) -> list[Organisation]:
    """The organisations an article names, one each, with these people's roles linked to them
    (and the organisations that only a role names): what the step and the roles both use."""
    rules = rules_for(language.code)
    known = {plain(person["name"]) for person in people}
    finder = arabic_mentions if language.script == "arabic" else latin_mentions
    mentions = finder(draft, rules, known)
    if language.script == "arabic":
        mentions += [m for m in latin_mentions(draft, rules_for("en"), known) if not re.search(r"[\u0600-\u06ff]", m.text)]
    mentions += known_mentions(draft, rules, [person["name"] for person in people])
    found = {name_key(text) for text in [*(mention.text for mention in mentions), *(person.get("organisation") or "" for person in people)] if text}
    mentions += [mention for mention in tagged_mentions(draft, rules, language, [person["name"] for person in people])
                 if not any(overlap(mention, other) for other in mentions)  # the rules' reading of a place wins
                 and not inner_part(name_key(mention.text), found)]
    lines = draft.body_lines()
    mentions = [mention for mention in mentions if not any(start <= mention.start < end for start, end in index_spans(lines[mention.line], language.code))]
    mentions = without_platforms(mentions, lines, language)
    if language.script == "latin":
        without_descriptors(mentions, rules)  # Arabic names keep theirs ('طيران أديل', 'صحيفة بوليتيكو')
    cut = draft.cut_off()
    mentions = [mention for mention in mentions if cut is None or (mention.line, mention.start + len(mention.text)) != cut]  # a name cut off
    bracketed_aliases(mentions, lines)
    publisher = plain(draft.publisher or "")
    orgs = merge([m for m in mentions if plain(m.text) != publisher and plain(m.core) != publisher], language.code)
    add_short_aliases(orgs, draft.body, rules, known)
    orgs = link_people(people, orgs, rules)
    add_short_aliases(orgs, draft.body, rules, known)  # and of the organisations only people's roles named
    return orgs
