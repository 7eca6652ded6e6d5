"""The article's headline, byline, author, dateline and publisher, read from its lines once
chrome.py has marked the page's chrome (the headline repeated with the site's name is chrome too)."""

from __future__ import annotations

import re

from generator.ingest import langdata
from generator.ingest.draft import BODY, BYLINE, CHROME, TITLE, Draft, Line
from generator.ingest.given_names import is_given_name
from generator.ingest.langdata import Language, fold, fold_keep_length
from generator.ingest.steps.chrome import COPYRIGHT
from generator.ingest.steps.structure import is_long, is_paragraph, language_of, words


YEAR = re.compile(r"\b(19|20)\d{2}\b")


def find_title(draft: Draft) -> Draft:
    """The headline: an HTML <h1>, a Markdown `#` heading, the line a footer repeats with the
    site's name, or the line above the first paragraph that the headline model finds likely
    enough (steps/headline.py); none when no line is."""
    from generator.ingest.steps.headline import find_headline, headline_text

    lines = draft.lines
    index = next((i for i, line in enumerate(lines) if line.role == TITLE), None)
    html_title = draft.source.meta.get("title")
    if index is None and html_title:
        index = next((i for i, line in enumerate(lines) if line.text == html_title), None)
        if index is None:
            lines.insert(0, Line(html_title, TITLE, "html h1"))
            index = 0
    if index is None:
        index = repeated_in_footer(lines)
    language = language_of(draft)
    if index is None:
        index = find_headline(lines, language)
    if index is None:
        return draft
    lines[index].role = TITLE
    draft.title = without_kicker(headline_text(lines[index].text, language), language)
    for line in lines[:index]:
        if line.role != TITLE:
            line.role, line.why = CHROME, line.why or "before title"
    return draft


#: a kicker set off by a slash before the headline ('Wahlen / Tunesiens Präsident ... wiedergewählt')
SLASHED_KICKER = re.compile(r"^(\S+(?: \S+){0,2}) / (?=\S)")


def without_kicker(title: str, language: Language | None) -> str:
    """The headline without what a page set before it: a news agency's service mark ('DJ ...')
    or a kicker of up to three words and a slash ('Wahlen / ...')."""
    if language is not None and title.startswith(language.wire_prefixes):
        title = title.split(" ", 1)[1]
    kicker = SLASHED_KICKER.match(title)
    if kicker and len(words(title[kicker.end():])) >= 4:
        title = title[kicker.end():]
    return without_run_in_kicker(title, language) if language is not None else title


#: the longest kicker run into a headline, in words, and the fewest words the headline keeps
RUN_IN_KICKER, HEADLINE_LEFT = 6, 4


def without_run_in_kicker(title: str, language: Language) -> str:
    """The headline without a kicker that the page's text ran into it ('Strafprozess in
    Braunschweig Frühere ...', 'Bei Trump-Besuch am Golf Boeing bekommt Großauftrag ...'), in a
    language that puts the finite verb second (German, `kicker_prepositions`): a phrase of
    capitalised words and prepositions (no verb of its own), then a subject of capitalised words
    and its verb in lower case as the second or third word. A main clause cannot start so, a
    kicker and a headline can. Else the title as it is."""
    prepositions = language.kicker_prepositions
    parts = title.split()
    for cut in range(2, min(RUN_IN_KICKER, len(parts) - HEADLINE_LEFT) + 1):
        kicker, rest = parts[:cut], parts[cut:]
        folded = [fold(word) for word in kicker]
        if not rest[0][:1].isupper() or folded[-1] in prepositions or not any(word in prepositions for word in folded[:-1]):
            continue
        if any(word[:1].islower() and key not in prepositions for word, key in zip(kicker, folded)) \
                or any(word.endswith((":", ",")) or word in ("-", "–", "—", "|") for word in kicker):
            continue
        not_verbs = prepositions | language.kicker_function_words
        verb = next((index for index in (1, 2) if rest[index][:1].islower() and fold(rest[index]) not in not_verbs), None)
        if verb is not None and all(word[:1].isupper() for word in rest[:verb]):
            return " ".join(rest)
    return title


def repeated_in_footer(lines: list[Line]) -> int | None:
    """Index of a line that a later line repeats with a ' | site' or ' - site' suffix."""
    texts = [line.text for line in lines]
    for later in range(len(texts) - 1, 0, -1):
        for index in range(later):
            head = texts[index]
            if len(words(head)) >= 5 and texts[later].startswith(head) and re.match(r"\s*[|–—-]\s*\S", texts[later][len(head):]):
                lines[later].role, lines[later].why = CHROME, "title repeated"
                return index
    return None


#: a plain-text list item: a bullet, a dash or a number, then its text
LIST_ITEM = re.compile(r"^(?:[-*+•▪◦‣–—]|\d{1,2}[.)])\s+\S")


def find_byline(draft: Draft) -> Draft:
    """Byline and date lines right after the title: kept as metadata, not as body text."""
    language = language_of(draft)
    if language is None:
        return draft
    from generator.ingest.steps.dates import find_date

    after_lead = False  # past the first long paragraph, only a line that is a byline and nothing else
    under_title = next((draft.lines[index + 1] for index, line in enumerate(draft.lines[:-1]) if line.role == TITLE), None)
    under_lead = None  # the line right after the first long paragraph (a standfirst, then the writer's name)
    for index, line in enumerate(draft.lines):
        if line.role == BODY and is_long(line.text):
            if after_lead:
                break
            after_lead = True
            under_lead = draft.lines[index + 1] if index + 1 < len(draft.lines) else None
            continue
        if line.role not in (BODY, CHROME) or line.why not in ("", "before title", "menu", "time stamp"):
            continue
        match = byline_match(line.text, language)
        if match:
            line.role, line.why = BYLINE, "byline"
            author = match.groupdict().get("author")
            if author and (draft.author is None or not after_lead):
                draft.author = clean_author(author, language)
        elif not after_lead and find_date(line.text, language) and len(words(line.text)) <= 20:
            line.role, line.why = BYLINE, "date line"
        elif not after_lead and name_with_colon(line.text):
            line.role, line.why = BYLINE, "byline"  # 'محمد مجدي:' above the first paragraph
            draft.author = draft.author or line.text.strip().rstrip(":：").strip()
        elif (line is under_title or line is under_lead) and line.role == BODY and name_alone(line.text, language):
            line.role, line.why = BYLINE, "byline"  # 'أحمد السيد' alone under the headline or the standfirst: its writer
            draft.author = draft.author or line.text.strip()
    if draft.author is None:
        draft.author = inline_author(draft, language)
    return draft


def name_with_colon(text: str) -> bool:
    """A line of two to four words ending in a colon, the first a given name: the author's."""
    match = re.fullmatch(r"\s*(\S+)((?:\s+\S+){1,3})\s*[:：]\s*", text)
    return bool(match) and is_given_name(match.group(1)) and not re.search(r"\d", text)


def name_alone(text: str, language: Language) -> bool:
    """A line of two or three words that is only a person's name, the first a given name (in Latin
    script every word capitalised; no function, role or organisation word): under a headline, the
    writer's byline without its 'By'."""
    parts = text.split()
    if not 2 <= len(parts) <= 3 or re.search(r"[\d:|·•,.!?؟،«»\"“”()]", text):
        return False
    if not is_given_name(fold(parts[0])) or any(fold(part) in language.stopwords for part in parts):
        return False
    if language.script != "arabic" and not all(part[:1].isupper() for part in parts):
        return False
    from generator.ingest.steps.people import is_organisation_word, is_role

    return not any(is_role(part, language) or is_organisation_word(part, language) for part in parts)


def inline_author(draft: Draft, language: Language) -> str | None:
    """A byline run together with the header's other lines ('بواسطة فلان 7 مايو 2025 | ...'),
    in the lines up to the first long paragraph and that paragraph."""
    for line in draft.lines:
        for pattern in language.byline_inline:
            match = pattern.search(fold_keep_length(line.text))
            if match:
                return clean_author(line.text[match.start("author"):match.end("author")], language)
        if line.role == BODY and is_long(line.text):
            break
    return None


def byline_match(text: str, language: Language) -> re.Match | None:
    """A byline pattern matched on the line as written (names are told by their capitals),
    or on its folded form (Arabic)."""
    for pattern in language.byline:
        match = pattern.search(text) or (pattern.search(fold(text)) if language.script == "arabic" else None)
        if match:
            return match
    return from_byline(text) if language.script == "arabic" else None


#: an agency's Arabic byline: 'من فلان الفلاني وفلانة الفلانية' alone on a line
FROM_BYLINE = re.compile(r"^\s*من\s+(?P<author>[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){1,6})\s*$")


def from_byline(text: str) -> re.Match | None:
    """'من إيما فار ويوسف سابا' (from ... : the reporters), not 'من يدفع الثمن' (who pays the
    price): names only, none of them a common word of the corpora (tagger/common_words.py)."""
    from generator.ingest.tagger.common_words import common_words

    match = FROM_BYLINE.match(text)
    if not match:
        return None
    words = [re.sub(r"^و(?=\w{3})", "", fold(word)) for word in match.group("author").split()]
    return None if any(word in common_words("ar") for word in words) else match


def author_keys(draft: Draft) -> set[str]:
    """The name keys of the byline's authors ('A und B', 'A, B and C'): authors are not people."""
    from generator.ingest.names import name_key

    parts = re.split(r"\s*(?:[,،&]|\bund\b|\band\b|\bet\b)\s*", draft.author or "")
    return {name_key(part) for part in parts if part.strip()}


def clean_author(text: str, language: Language) -> str:
    tokens = [token for token in text.split() if fold(token) not in language.honorifics]
    return " ".join(tokens).strip(" ,|·-–:")


DATELINE_DASH = re.compile(r"\s+[–—-]\s+")
#: the longest dateline of dash-separated parts that ends in a date, and its longest part (a
#: weekday, a date and a time: 'الجمعة 24 يناير 2025 12:05 صباحاً')
DATELINE_LENGTH = 90
DATELINE_PART_WORDS = 6
DATELINE_STOP = re.compile(r"^([^.!?]{3,60}?(?:\d{1,2}\.\s+)?[^.!?]{0,30}?(?:19|20)\d{2})\.\s+(?=\S)")


def find_dateline(draft: Draft) -> Draft:
    """`Bremen (dpa) –` at the start of the first paragraph: kept as metadata."""
    language = language_of(draft)
    first = next((line for line in draft.lines if line.role == BODY and is_paragraph(line.text)), None)
    if language is None or first is None:
        return draft
    dated = dated_dateline(first.text, language)
    if dated:
        draft.dateline = dated
        return draft
    for pattern in language.dateline:
        match = pattern.match(first.text) or pattern.match(fold(first.text))
        if match:
            draft.dateline = first.text[: match.end()].strip()
            return draft
    return draft


def dated_dateline(text: str, language: Language) -> str | None:
    """Short parts before dashes of which the last is a date: "Bremen, 3. Mai 2025 – ...",
    "Abu Dhabi - A. Writer - Friday 24 January 2025 12:05 am - ..." (a place, perhaps a writer, a
    date); a part of a sentence before a dash is longer ("Die Firma hat am 3. Mai 2025 – ...")."""
    from generator.ingest.steps.dates import find_date

    start = 0
    for dash in DATELINE_DASH.finditer(text[:DATELINE_LENGTH]):
        part = text[start: dash.start()]
        start = dash.end()
        if len(part.split()) > DATELINE_PART_WORDS:
            break
        if len(part) >= 3 and find_date(part, language):
            return text[: dash.end()].strip()
    # "Kairo/München, 3. Juni 2015. Siemens hat ...": places and a date that ends with its year
    stop = DATELINE_STOP.match(text)
    if stop and len(stop.group(1).split()) <= DATELINE_PART_WORDS and find_date(stop.group(1), language):
        return stop.group(0).strip()
    return None


def find_publisher(draft: Draft) -> Draft:
    """The site's name: HTML og:site_name, the footer's repeated title suffix, the logo line at
    the top of the page, the copyright line; a name that another source confirms wins."""
    candidates = []
    if draft.source.meta.get("site_name"):
        candidates.append(draft.source.meta["site_name"])
    for line in draft.lines:
        if line.why == "title repeated":
            candidates.append(re.split(r"\s+[|–—-]\s+", line.text)[-1])
    top = next((line for line in draft.lines if line.role != BODY), None)
    if top is not None and top.why in ("before title", "logo") and len(words(top.text)) <= 6:
        text = top.text[: len(top.text) // 2] if top.why == "logo" else top.text
        candidates.append(re.split(r"\s+[|–—-]\s+", text)[0])
    language = language_of(draft)
    for line in draft.lines:
        if line.why in ("copyright", "footer") and language is not None:
            name = name_in_copyright(line.text, language)
            if name:
                candidates.append(name)
    for line in draft.lines:
        if line.role == BYLINE and line.why == "date line":
            # "The Weekly Brief · Issue #87 · March 12, 2026": a name beside the date
            first = re.split(r"\s*[·|•]\s*", line.text.strip("*_ "))[0]
            if first and not re.search(r"\d", first) and first != draft.author and len(words(first)) <= 6:
                candidates.append(first)
    candidates = [candidate.strip() for candidate in candidates if candidate and candidate.strip()]
    confirmed = [
        candidate for candidate in candidates
        if any(other is not candidate and fold(candidate) in fold(other) for other in candidates)
    ]
    if candidates:
        draft.publisher = normalise_case((confirmed or candidates)[0], candidates)
    return draft


def name_in_copyright(text: str, language: Language) -> str | None:
    """The owner's name in a copyright or 'all rights reserved' footer line."""
    cleaned = COPYRIGHT.sub(" ", text)
    cleaned = YEAR.sub(" ", cleaned.translate(langdata.DIGITS))
    parts = [part.strip(" .,-–|·") for part in re.split(r"\s[|·–—-]\s|[|·]", cleaned)]
    for part in parts:
        if part and any(pattern.search(fold(part)) for pattern in language.footer):
            part = strip_footer_words(part, language)
        if part and len(words(part)) <= 5:
            return part
    return None


def strip_footer_words(text: str, language: Language) -> str:
    """A footer part without its 'all rights reserved' words (positions kept by fold_keep_length)."""
    for pattern in language.footer:
        match = pattern.search(langdata.fold_keep_length(text))
        if match:
            text = (text[: match.start()] + text[match.end() :]).strip(" .,-–|·")
    # "لموقع المثال", "لـ المثال": a preposition glued to the name
    return re.sub(r"^(?:لموقع|لـ|ل)\s*ـ?\s*", "", text).strip(" ـ")


def normalise_case(name: str, candidates: list[str]) -> str:
    """An all-capitals site name as the page writes it elsewhere, or in title case."""
    if name.isupper() and len(name) > 3:
        for other in candidates:
            if other.lower() == name.lower() and not other.isupper():
                return other
        return " ".join(word.capitalize() for word in name.split())
    return name


def find_author(draft: Draft) -> Draft:
    """The author named by the page's markup when no byline line names one."""
    if draft.author is None and draft.source.meta.get("author"):
        language = language_of(draft)
        author = draft.source.meta["author"]
        if language is not None:
            match = byline_match(author, language)  # 'Par Claire Dumont' -> 'Claire Dumont'
            author = clean_author(match.groupdict().get("author") or author if match else author, language)
        draft.author = author
    return draft


#: after pipeline.CHROME_STEPS (which end with find_title and the chrome after the article)
STEPS = [find_byline, find_author, find_dateline, find_publisher]
