"""Events: the story the article reports, and the dated happenings its body mentions.

The story is one event: its `what` is the title, its kind comes from the language file's
`event_words` (stems matched at word starts: 'Stellen abbauen' matches 'stellen abbau'; a
number or an approximator may stand between the words of a phrase, and a `*` in a phrase
stands for any one word: 'انهاء * الوظائف' matches 'إنهاء مئات الوظائف'), found in the title
first and then in the lead (the first paragraph of a dozen words or more).  Its date is the
first day-precise date the lead states ('am Dienstag' resolved against the publication date,
'le 9 novembre 2027', 'يوم الثلاثاء'; or the next paragraph's, in a sentence of the story's
kind, after a standfirst), else the stated publication date, else None.  A date more than a
month before a stated publication date is background.

Every other body sentence (chrome and teasers are not body) that carries the date of a
happening is an event: absolute dates, month and year, a month alone after a cue word
('im Januar' = the nearest January to the publication date; 'في يناير الماضي' = the latest
one before it), weekdays, 'gestern', 'last month', 'l'an dernier', and years alone before
the publication year ('1998 gegründet').  Plans and deadlines ('bis Ende 2031', 'from June',
a date after publication) are not dates of happenings: an announcement of a plan is dated
by the announcement, so such sentences fall to the story or to another date they carry.
One event per sentence (its most precise date); its kind is read from the words within
KIND_WINDOW of that date (a sentence often tells of one thing and dates another: 'the deal,
which follows the reshuffle of 2023'), and an expectation word near the date ('wird 2025
erwartet', 'devrait', 'من المتوقع') makes it a plan, not an event. Events of the same kind and
date are merged.

An event told in a sentence (every dated background event, and the story when the article has
no title) gets a short title in the article's language, made from its organisations (else its
people) and the label of its kind ('Nordwerk: Stellenabbau', 'Acme : suppressions de postes'),
or, when no kind word says what happened or nobody is named, the sentence itself (cut at about
90 characters; a kind's label alone, 'Ereignis', 'Stellenabbau', is never a title); it
keeps the sentence as its `summary`. A background sentence that names nobody ('Im Januar hatte
das Unternehmen bereits 300 Stellen gestrichen') is about the story's first organisation. The
writer keeps a background event only when it has a kind and someone who did it.

A relative publication date ('vor 3 Tagen', draft.published_from == draft.relative_time) is
an estimate, a day or more off: it is trusted for the year of a month alone and for
'last month' / 'last year', never to resolve a weekday or 'gestern', and it is never the
story's date (which is then the lead's absolute date, or None).
"""

from __future__ import annotations

import datetime
import re
from functools import cache

from generator.ingest.draft import BODY, DATELINE, Draft
from generator.ingest.langdata import Language, fold, load_language
from generator.ingest.steps.dates import Anchor, anchor_of, date_mentions
from generator.ingest.steps.structure import is_paragraph, language_of
from generator.ingest.steps.summary import sentences
from generator.render.text import load_labels

#: Arabic conjunction, preposition and article glued to a word: و ف ب ل ك ال (لل = ل + ال)
ARABIC_PREFIX = r"(?:[وف]?(?:بال|كال|لل|ال|ب|ل|ك)?)"
#: a date in the lead further back than this before the stated publication date is background
STORY_DATE_DAYS = 31
#: the shortest surname that alone counts as a mention of a person
MIN_SURNAME = 3
#: the most organisations a short event title names
TITLE_ORGANISATIONS = 2
#: the longest title made from a sentence (a story's event when the article has no headline and
#: no kind word: the sentence says what happened, not 'Ereignis')
TITLE_CHARS = 90
#: the language whose labels stand in for a language that has none
LABEL_FALLBACK = "en"
#: how many words on either side of a background sentence's date its kind word may stand: a
#: sentence often tells of one thing and dates another ('the deal, approved in 2023, ...')
KIND_WINDOW = 10
#: how many words on either side of that date an expectation word ('erwartet', 'devrait') makes it a plan
EXPECTATION_WINDOW = 6


#: the letters glued before an Arabic event word, in the order ARABIC_PREFIX tries them
ARABIC_CONJUNCTIONS, ARABIC_PREPOSITIONS = "وف", ("بال", "كال", "لل", "ال", "ب", "ل", "ك")
#: where an event word may begin: not inside a word, not at a space
WORD_START = re.compile(r"(?<!\w)(?=\S)")


class KindMatcher:
    """A language's event words found in a text as one regex of them all would find them (at a
    word's start, after ARABIC_PREFIX, `word|word|...` longest first), without compiling that
    regex: with the numbers and approximations allowed between a phrase's words it runs to
    150,000 characters, which took half a second to compile at every start. A phrase of several
    words is compiled when a text first has its first word where a word begins."""

    def __init__(self, language: Language, kinds: dict[str, str]):
        self.kinds, self.arabic = kinds, language.script == "arabic"
        #: in the order the one regex would try them: longest first
        self.phrases = sorted(kinds, key=len, reverse=True)
        # between the words of a phrase, a number may stand: 'cut 350 jobs', 'cut about 350 jobs'
        fillers = sorted(language.approximators | set(language.scale_words), key=len, reverse=True)
        filler = "|".join([*map(re.escape, fillers), r"\d[\d.,٬٫\u00a0]*"])
        self.gap = rf"\s+(?:(?:{filler})\s+){{0,3}}"
        self.words = [phrase.lower().split() for phrase in self.phrases]
        self.by_start: dict[str, list[int]] = {}
        for index, phrase in enumerate(self.phrases):
            first = phrase.split()[0].lower()
            self.by_start.setdefault("*" if first == "*" else first[:2], []).append(index)
        self.compiled: dict[int, re.Pattern] = {}

    def phrase_pattern(self, index: int) -> re.Pattern:
        if index not in self.compiled:
            parts = self.phrases[index].split()
            self.compiled[index] = re.compile(self.gap.join(r"\S+" if part == "*" else re.escape(part) for part in parts), re.IGNORECASE)
        return self.compiled[index]

    def starts(self, text: str, position: int):
        """Where an event word may begin after the letters glued before it, in ARABIC_PREFIX's order."""
        if not self.arabic:
            yield position
            return
        for glued in (1, 0) if text[position:position + 1] in tuple(ARABIC_CONJUNCTIONS) else (0,):
            base = position + glued
            for preposition in ARABIC_PREPOSITIONS:
                if text.startswith(preposition, base):
                    yield base + len(preposition)
            yield base

    def matches(self, text: str):
        """(where the match begins, the event word as written) of each event word, left to right."""
        done = 0
        for candidate in WORD_START.finditer(text):
            position = candidate.start()
            if position < done:
                continue
            found = self.match_at(text, position)
            if found is not None:
                begin, done = found
                yield position, text[begin:done]

    def match_at(self, text: str, position: int) -> tuple[int, int] | None:
        for begin in self.starts(text, position):
            head = text[begin:begin + 2].lower()
            candidates = sorted({*self.by_start.get(head, ()), *self.by_start.get(head[:1], ()), *self.by_start.get("*", ())})
            for index in candidates:
                first, *rest = self.words[index]
                if first != "*" and not text.startswith(first, begin):
                    continue  # most candidates end here, before any regex is compiled
                if not rest:
                    return begin, begin + len(first)
                match = self.phrase_pattern(index).match(text, begin)
                if match:
                    return begin, match.end()
        return None


@cache
def kind_matcher(code: str) -> KindMatcher | None:
    """A language's event words and word -> kind."""
    language = load_language(code)
    kinds = dict(language.event_words)
    if language.script == "arabic":  # 'للاستحواذ' = ل + الاستحواذ: the word without ال too
        kinds.update({word[2:]: kind for word, kind in language.event_words.items() if word.startswith("ال") and len(word) > 4})
    return KindMatcher(language, kinds) if kinds else None


def kind_of(text: str, language: Language) -> str | None:
    """The kind most often signalled in a text; on a tie, the one signalled first."""
    matcher = kind_matcher(language.code)
    if matcher is None:
        return None
    counts: dict[str, list[int]] = {}
    for start, matched in matcher.matches(fold(text)):
        kind = matcher.kinds.get(" ".join(matched.lower().split())) or kind_of_phrase(matched, matcher.kinds)
        counts.setdefault(kind, []).append(start)
    if not counts:
        return None
    return max(counts, key=lambda kind: (len(counts[kind]), -counts[kind][0]))


def kind_of_phrase(matched: str, kinds: dict[str, str]) -> str:
    """The kind of a phrase matched with a number inside ('cut 350 jobs' -> 'cut jobs')."""
    words = matched.lower().split()
    for word, kind in kinds.items():
        parts = word.split()
        if len(parts) > 1 and words[0] == parts[0] and words[-1] == parts[-1]:
            return kind
    return "other"


def label(key: str, code: str, group: str | None = None) -> str:
    """A text of generator/render/labels.yaml in one language (English when it has none)."""
    table = load_labels()
    texts = table[group][key] if group else table[key]
    return texts.get(code) or texts[LABEL_FALLBACK]


def short_title(kind: str, organisations: list[str], code: str) -> str:
    """An event's title from its kind and who did it (the organisations it names, else its
    people), in the article's language: 'Nordwerk: Stellenabbau', 'نوردفيرك: تسريح موظفين';
    the kind's label alone without one."""
    kind_label = label(kind, code, "event_kind")
    names = list(dict.fromkeys(organisations))[:TITLE_ORGANISATIONS]
    if not names:
        return kind_label
    lowered = kind_label[:1].lower() + kind_label[1:]
    return label("event_title", code).format(organizations=label("comma", code).join(names), kind=kind_label, kind_lower=lowered)


def clipped(sentence: str) -> str:
    """A sentence as a title: whole up to TITLE_CHARS, else cut at a word with an ellipsis."""
    sentence = " ".join(sentence.split()).rstrip(".")
    if len(sentence) <= TITLE_CHARS:
        return sentence
    return sentence[: sentence.rfind(" ", 0, TITLE_CHARS)].rstrip(" ,;:–-") + " …"


class Mentions:
    """Which of the draft's people, companies and figures a piece of text mentions."""

    def __init__(self, draft: Draft, language: Language):
        self.arabic = language.script == "arabic"
        surnames = [person["name"].split()[-1] for person in draft.people if person["name"].split()]
        self.people = []
        for person in draft.people:
            forms = [person["name"]]
            last = person["name"].split()[-1] if person["name"].split() else ""
            if len(person["name"].split()) > 1 and len(last) >= MIN_SURNAME and surnames.count(last) == 1:
                forms.append(last)
            self.people.append((person["name"], self.pattern(forms)))
        self.companies = [
            (company["name"], self.pattern([company["name"], company.get("canonical"), *(company.get("aliases") or [])]))
            for company in draft.companies
        ]
        self.figures = [figure["text"] for figure in draft.figures if figure.get("text")]

    def pattern(self, forms: list[str]) -> re.Pattern | None:
        forms = sorted({fold(form) if self.arabic else form for form in forms if form}, key=len, reverse=True)
        if not forms:
            return None
        alternatives = "|".join(re.escape(form) for form in forms)
        if self.arabic:
            return re.compile(rf"(?<!\w){ARABIC_PREFIX}(?:{alternatives})(?!\w)")
        return re.compile(rf"(?<![\w-])(?:{alternatives})(?:s|'s|’s)?(?![\w-])")

    def found(self, entries: list[tuple[str, re.Pattern | None]], text: str) -> list[str]:
        """The names the text mentions, in the order of their first mention."""
        searched = fold(text) if self.arabic else text
        matches = [(pattern.search(searched), name) for name, pattern in entries if pattern is not None]
        ordered = sorted((match.start(), index, name) for index, (match, name) in enumerate(matches) if match)
        return list(dict.fromkeys(name for _, _, name in ordered))

    def of(self, text: str) -> dict:
        return {
            "people": self.found(self.people, text),
            "companies": self.found(self.companies, text),
            "figures": list(dict.fromkeys(sorted((figure for figure in self.figures if figure in text), key=text.index))),
        }


def lead_of(draft: Draft) -> tuple[str | None, str | None]:
    """The lead: the first paragraph of a dozen words or more, without its dateline (short
    pages may have no long paragraph at all); and the paragraph after it."""
    body = [line.text for line in draft.lines if line.role in (BODY, DATELINE)]
    paragraphs = [text for text in body if is_paragraph(text)] or body[:1]
    lead = paragraphs[0] if paragraphs else None
    if lead and draft.dateline and lead.startswith(draft.dateline):
        lead = lead[len(draft.dateline) :].lstrip(" -–—:")
    return lead, (paragraphs[1] if len(paragraphs) > 1 else None)


def story_date(draft: Draft, language: Language, anchor: Anchor, kind: str) -> tuple[str | None, str | None]:
    """The story's date and the sentence it was read from (None when it is the publication
    date): a day-precise date in the lead, or in the next paragraph when that sentence tells of
    the same kind of happening (a standfirst before the news paragraph)."""
    lead, second = lead_of(draft)
    candidates = [(sentence, False) for sentence in sentences(lead or "")]
    candidates += [(sentence, True) for sentence in sentences(second or "")]
    for sentence, same_kind_only in candidates:
        for mention in date_mentions(sentence, language, anchor):
            if mention.precision < 3:
                continue
            if anchor.day and (anchor.day - datetime.date.fromisoformat(mention.when)).days > STORY_DATE_DAYS:
                continue
            if same_kind_only and kind_of(sentence, language) != kind:
                continue
            return mention.when, sentence
    return (anchor.day.isoformat() if anchor.day else draft.page_date), None  # the page's month is better than nothing


def story_event(draft: Draft, language: Language, mentions: Mentions, anchor: Anchor):
    """The event the article reports, and the sentence its date came from."""
    lead = lead_of(draft)[0]
    title = draft.title or (sentences(lead)[0] if lead else None)
    if not title:
        return None, None
    kind = kind_of(title, language) or (kind_of(lead, language) if lead else None) or "other"
    when, sentence = story_date(draft, language, anchor, kind)
    text = f"{title}\n{lead or ''}"
    event = {"story": True, "kind": kind, "what": title, "when": when, **mentions.of(text)}
    if not draft.title:  # a sentence of the lead: told as a summary under a short title
        event["summary"] = title
    return event, sentence


def add_event(events: list[dict], event: dict) -> None:
    """Add an event, or merge it into one of the same kind and date (the story stays as it is)."""
    for other in events:
        if (other["kind"], other["when"]) == (event["kind"], event["when"]):
            if not other["story"]:
                for key in ("people", "companies", "figures"):
                    other[key] = list(dict.fromkeys(other[key] + event[key]))
            return
    events.append(event)


def near(text: str, start: int, end: int, words: int = KIND_WINDOW) -> str:
    """The part of a text within `words` words before `start` and after `end` (a date's span)."""
    before = text[:start].split()
    after = text[end:].split()
    return " ".join([*before[-words:], text[start:end], *after[:words]])


def expected(text: str, language: Language) -> bool:
    """Whether a text holds one of the language's expectation words ('erwartet', 'من المتوقع')."""
    spaced = " " + " ".join(re.sub(r"[^\w\s]", " ", text).split()) + " "
    return any(f" {word} " in spaced for word in language.expectation_words)


def body_sentences(draft: Draft, lead: str | None) -> list[str]:
    found = []
    for text in draft.body_lines():
        if lead and draft.dateline and text.startswith(draft.dateline) and text.endswith(lead):
            text = lead
        found.extend(sentences(text))
    return found


def find_events(draft: Draft) -> Draft:
    """The story event first, then one event per dated body sentence, in text order."""
    language = language_of(draft)
    if language is None:
        return draft
    anchor = anchor_of(draft)
    lead = lead_of(draft)[0]
    mentions = Mentions(draft, language)
    story, story_sentence = story_event(draft, language, mentions, anchor)
    events = [story] if story else []
    for sentence in body_sentences(draft, lead):
        if sentence == story_sentence:
            continue
        dated = date_mentions(sentence, language, anchor)
        if not dated:
            continue
        best = max(dated, key=lambda mention: (mention.precision, -mention.start))
        folded = fold(sentence)
        if expected(near(folded, best.start, best.end, EXPECTATION_WINDOW), language):
            continue  # 'the deal is expected to close in 2025': a plan, not a happening
        kind = kind_of(near(folded, best.start, best.end), language) or "other"
        what = sentence.strip()
        add_event(events, {"story": False, "kind": kind, "what": what, "when": best.when, "summary": what, **mentions.of(sentence)})
    display = {company["name"]: company.get("canonical") or company["name"] for company in draft.companies}
    outlets = {company["name"] for company in draft.companies if company.get("kind") == "media"}  # 'Berlin (Reuters)' did nothing
    subject = next((name for name in (story or {}).get("companies") or () if name not in outlets), None)
    for event in events[1 if story else 0 :]:
        if subject and not event["people"] and all(name in outlets for name in event["companies"]):
            event["companies"] = [subject]  # 'Im Januar hatte das Unternehmen ...': the story's organisation
    for event in events:
        if not event.get("summary"):
            continue
        who = [display[name] for name in event["companies"] if name not in outlets] or event["people"]
        if event["kind"] == "other" or not who:
            event["title"] = clipped(event["summary"])  # no kind word, or nobody named: the sentence says who and what
        else:
            event["title"] = short_title(event["kind"], who, language.code)
    draft.events = events
    return draft


STEPS = [find_events]
