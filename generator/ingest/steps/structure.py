"""Steps that find the article's structure: lines, language, chrome, title, byline, publisher.

Page chrome is recognised by general rules and the language files' word lists, never by
site-specific strings: a line that is a relative timestamp, a share bar, a menu of short
items, a cookie notice, a teaser block, a copyright footer, or the headline repeated with
the site's name.
"""

from __future__ import annotations

import datetime
import functools
import re

from generator import errors
from generator.ingest import langdata
from generator.ingest.draft import BODY, BYLINE, CHROME, HEADING, TITLE, Draft, Line
from generator.ingest.given_names import is_given_name
from generator.ingest.langdata import Language, fold, fold_keep_length

MENU_SEPARATORS = re.compile(r"\s*(?:\||·|•|›|»|>|/|\s{3,}|\t)\s*")
SENTENCE_END = re.compile(r"[.!?؟:。»“”\"')]$")
#: a word; Arabic vowel marks (harakat) inside it do not split it
WORD = re.compile(r"\w[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]*")
MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
LONG_PARAGRAPH_WORDS = 25
SHORT_LINE_WORDS = 12
COPYRIGHT = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)
#: a clock time and a date in a line, and the words a time stamp has besides ('Uhr', 'PM', 'ص')
CLOCK = re.compile(r"(?<!\d)\d{1,2}[:h]\d{2}(?!\d)")  # 09:45, French 09h45
STAMP_DATE = re.compile(r"(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d{2})(?!\d)")
CLOCK_WORDS = langdata.TIME_OF_DAY_WORDS | {"am", "pm", "h", "ص", "م"}
#: photo agencies and picture libraries, as a caption credits them ('(Lindsey Wasson/AP/dpa)',
#: 'kittyfly / Depositphotos.com', 'متعامل في بورصة نيويورك (رويترز)'): the same names in every language
PHOTO_SOURCE = (r"(?:getty(?: ?images)?|afp|ap|dpa|reuters|epa|keystone|anadolu|imago|depositphotos(?:\.com)?|shutterstock|"
                r"istock|alamy|picture alliance|رويترز|ا ف ب|فرانس برس|الاناضول|غيتي|جيتي)")
PHOTO_CREDIT = [re.compile(rf"\([^()]*(?<!\w){PHOTO_SOURCE}(?!\w)[^()]*\)\s*$"),
                re.compile(rf"(?:/\s*|\bvia\s+){PHOTO_SOURCE}(?!\w)")]
#: a caption that starts with its credit: 'Max Muster/picture alliance Der Brei enthält ...'
CREDIT_FIRST = re.compile(rf"^(?:\S+\s+){{0,3}}\S+\s*/\s*{PHOTO_SOURCE}(?!\w)")
YEAR = re.compile(r"\b(19|20)\d{2}\b")
#: share of a text's words that must be one language's function words to call it that language
MIN_FUNCTION_WORDS = 0.08


def words(text: str) -> list[str]:
    return WORD.findall(text)


def is_long(text: str) -> bool:
    return len(words(text)) >= LONG_PARAGRAPH_WORDS


def is_paragraph(text: str) -> bool:
    """A line of a dozen words or more: a paragraph (a news lead may be this short), not a
    subheading, byline or caption."""
    return len(words(text)) >= SHORT_LINE_WORDS


# 1. Lines

#: 'date 2024-09 ' or 'date 2024-09-13 ' before the first line: the publication date, to the month
#: or the day, that a stored copy of a page (a web archive's extracted text) gives
PAGE_DATE = re.compile(r"^date ((?:19|20)\d\d-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)(?:\s+|$)")


def real_date(text: str) -> str | None:
    """'2024-09' or '2024-09-13' as given, or None for a day no calendar has ('2024-02-30')."""
    try:
        datetime.date.fromisoformat(text if len(text) == 10 else f"{text}-01")
    except ValueError:
        return None
    return text


def split_lines(draft: Draft) -> Draft:
    """The text as trimmed, non-empty lines; Markdown reduced to plain text with its headings
    marked; a paragraph hard-wrapped into short lines is one line again (`unwrap`)."""
    lines = []
    for text in unwrap([raw.strip() for raw in draft.source.text.splitlines()]):
        if not text:
            continue
        marker = PAGE_DATE.match(text) if not lines else None
        if marker:  # the date an archive's copy of the page gives: no part of the article
            draft.page_date, text = real_date(marker.group(1)), text[marker.end():]
            if not text:
                continue
        if draft.source.format == "md":
            line = markdown_line(text)
            if line:
                lines.append(line)
        else:
            lines.append(Line(text))
    draft.lines = lines
    return draft


#: a line that starts a list item, a heading, a quote or a table row: never the rest of a paragraph
MARKUP_START = re.compile(r"^(?:[-*+•▪–—#>|]|\d+[.)]\s)")
#: a hard-wrapped paragraph's lines are at most this long, and its widest line at least the first
WRAP_WIDTH = (30, 120)


def unwrap(lines: list[str]) -> list[str]:
    """Lines with every hard-wrapped paragraph joined into one line: a block of three lines or
    more between blank lines, none of them markup, where each line but the last is as long as
    a line of that width can be, that is, the next line's first word would not have fitted on
    it (as a text wrapped at a fixed width: an e-mail, a plain-text export, a terminal copy).
    Menus and lists of headlines do not fill their lines so, and stay as they are."""
    result, block = [], []
    for line in [*lines, ""]:
        if line:
            block.append(line)
            continue
        result += [" ".join(block)] if hard_wrapped(block) else block
        result.append("")
        block = []
    return result[:-1]


def hard_wrapped(block: list[str]) -> bool:
    if len(block) < 3 or any(MARKUP_START.match(line) for line in block):
        return False
    width = max(len(line) for line in block)
    if not WRAP_WIDTH[0] <= width <= WRAP_WIDTH[1]:
        return False
    return all(len(line) + 1 + len(following.split()[0]) > width for line, following in zip(block, block[1:]))


def markdown_line(text: str) -> Line | None:
    """A Markdown line as plain text; `#` headings become TITLE/HEADING, rules become chrome."""
    if re.fullmatch(r"[-*_]{3,}", text):
        return Line(text, CHROME, "rule")
    if re.fullmatch(r"\|?[\s:|-]+\|?", text) and "-" in text:
        return None  # table separator row
    heading = re.match(r"^(#{1,6})\s+(.*?)\s*#*$", text)
    plain = text
    if heading:
        plain = heading.group(2)
    plain = re.sub(r"^(?:>\s*)+", "", plain)
    plain = re.sub(r"^(?:[-*+]|\d+[.)])\s+", "", plain)
    plain = MARKDOWN_LINK.sub(r"\1", plain)
    plain = MARKDOWN_EMPHASIS.sub(r"\2", plain)
    plain = MARKDOWN_EMPHASIS.sub(r"\2", plain).strip()
    if plain.startswith("|") and plain.endswith("|"):
        plain = " | ".join(cell.strip() for cell in plain.strip("|").split("|"))
        return Line(plain, BODY, "table")
    if not plain:
        return None
    if heading:
        return Line(plain, TITLE if len(heading.group(1)) == 1 else HEADING, "markdown heading")
    return Line(plain)


# 2. Language

def identify_language(draft: Draft) -> Draft:
    """The language of the whole text: the script first (`script_of`: robust to Latin brand
    names and to a caption in another script), then the language whose function words make up the largest
    share of the words, among those with resources and those only named (lang/identify.yaml).
    A language without resources is named in a warning; no step then reads the text."""
    text = "\n".join(line.text for line in draft.lines)
    script = script_of([line.text for line in draft.lines])
    tokens = [fold(token) for token in words(text) if not token.isdigit()]
    scores = {code: share(tokens, words_) for code, words_ in function_words(script).items()}
    best = max(scores, key=scores.get, default=None)
    known = ", ".join(langdata.available())
    if script == "arabic" and (best is None or scores[best] < MIN_FUNCTION_WORDS) and "ar" in scores:
        best = "ar"  # too few words to tell: Arabic script says Arabic
    elif best is None or scores[best] < MIN_FUNCTION_WORDS:
        code = (draft.source.meta.get("lang") or "und").split("-")[0].lower()
        draft.language = code
        template = errors.LANGUAGE_FROM_MARKUP if code in langdata.available() else errors.LANGUAGE_NOT_RECOGNISED
        draft.warnings.append(template.format(known=known, code=code))
        return draft
    draft.language = best
    if best not in langdata.available():
        draft.warnings.append(errors.LANGUAGE_WITHOUT_RESOURCES.format(name=language_name(best), code=best, known=known))
    return draft


def script_of(lines: list[str]) -> str:
    """'arabic' or 'latin': the script most lines of three words or more are written in, so that
    one long caption in another script (an agency's English photo credit on an Arabic page) does
    not outweigh the article; the share of all letters when lines are even."""
    votes = [langdata.arabic_share(text) > 0.5 for text in lines if len(words(text)) >= 3]
    arabic, latin = sum(votes), len(votes) - sum(votes)
    if arabic != latin:
        return "arabic" if arabic > latin else "latin"
    return "arabic" if langdata.arabic_share("\n".join(lines)) > 0.5 else "latin"


def function_words(script: str) -> dict[str, set[str]]:
    """code -> function words of every language written in `script`, with resources or not."""
    found = {code: words_ for code, (script_, words_) in langdata.identification_words().items() if script_ == script}
    for code in langdata.available():
        script_, stopwords = langdata.stopwords_of(code)
        if script_ == script:
            found[code] = stopwords
    return found


def share(tokens: list[str], function_words_: set[str]) -> float:
    return sum(token in function_words_ for token in tokens) / len(tokens) if tokens else 0.0


def language_name(code: str) -> str:
    """'Spanish' for 'es': the language's English name, from Babel."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code).get_display_name("en") or code
    except (ValueError, UnknownLocaleError):
        return code


def language_of(draft: Draft) -> Language | None:
    if draft.language in langdata.available():
        return langdata.load_language(draft.language)
    return None


# 3. Chrome, line by line

def chrome_reason(text: str, language: Language) -> str | None:
    """Why a line on its own is page chrome, or None."""
    folded = fold(text).strip()
    bare = re.sub(r"[\s:：|·•\-–—،,]+$", "", folded).strip()
    if any(pattern.search(folded) for pattern in language.relative_time):
        return "relative time"
    if time_stamp(folded, language) and not headed_stamp(text, language):
        return "time stamp"
    if bare in language.share_words or bare in language.ad_words or bare in language.navigation_words:
        return "button"
    items = [item for item in MENU_SEPARATORS.split(bare) if item]
    buttons = language.share_words | language.navigation_words
    if items and (all(item in buttons for item in items) or all(word in buttons for word in bare.split())
                  or covered_by_phrases(bare, language.button_phrases)):
        return "buttons"
    if any(bare.startswith(prefix) for prefix in language.share_words if len(prefix) > 3) and ":" in folded:
        return "share bar"
    if len(items) >= 3 and all(len(words(item)) <= 3 for item in items) and not SENTENCE_END.search(bare):
        return "menu"
    crumbs = [item for item in re.split(r"\s*[›»>]\s*", bare) if item]
    if len(crumbs) >= 2 and all(len(words(item)) <= 3 for item in crumbs):
        return "breadcrumb"
    if any(pattern.search(folded) for pattern in language.comment_lines):
        return "comments"
    if any(bare.startswith(prefix) for prefix in language.tags_prefixes):
        return "tags"
    if any(bare.startswith(prefix) for prefix in language.teaser_prefixes):
        return "teaser"
    if bare in language.related_headings:
        return "related heading"
    if COPYRIGHT.search(folded) and len(words(text)) <= 20:
        return "copyright"
    if not is_long(text) and any(pattern.search(folded) for pattern in language.footer):
        return "footer"
    if not is_long(text) and any(pattern.search(folded) for pattern in language.captions):
        return "caption"
    if (len(words(text)) <= 15 and any(pattern.search(folded) for pattern in PHOTO_CREDIT)) or CREDIT_FIRST.search(folded):
        return "photo credit"
    if in_other_script(text, language) and any(pattern.search(folded) for pattern in all_captions()):
        return "caption"  # an agency's photo caption left in its language, however long
    if any(pattern.search(folded) for pattern in language.credits):
        return "credits"
    if any(pattern.search(folded) for pattern in language.newsletter) and len(words(text)) <= 30:
        return "newsletter"
    if any(pattern.search(folded) for pattern in language.cookies) and len(words(text)) <= 60:
        return "cookies"
    if re.match(r"^[←→↑]\s*\w", text):
        return "navigation link"
    half = len(text) // 2
    if len(text) >= 4 and len(text) % 2 == 0 and text[:half] == text[half:]:
        return "logo"
    return None


def headed_stamp(text: str, language: Language) -> bool:
    """A headline of four words or more with the page's stamp glued to its end ('eilmeldung
    Regierungskrise Kanzler Scholz entlässt Finanzminister Lindner Stand: 06.11.2024 21:04 Uhr'):
    no chrome; the headline is read without the stamp (without_stamp)."""
    cut = without_stamp(text, language)
    return cut != text and len(words(cut)) >= 4


def covered_by_phrases(text: str, phrases: tuple[str, ...]) -> bool:
    """Whether a line is nothing but buttons' phrases of several words (`phrases`, longest first)
    one after another, without separators ('skip to content skip to search'), each taken from
    the start."""
    rest = text.strip()
    while rest:
        phrase = next((phrase for phrase in phrases if rest == phrase or rest.startswith(phrase + " ")), None)
        if phrase is None:
            return False
        rest = rest[len(phrase):].strip()
    return True


def time_stamp(folded: str, language: Language) -> bool:
    """A line that only dates the page: 'Stand: 06.06.2024 14:15 Uhr', '18.03.25 16:02 Uhr',
    'نشر في: الجمعة 25 يوليه 2025 - 5:37 ص | آخر تحديث: ...'. Besides dates, times, weekdays and
    months it has a few words at most ('Published', 'Mis à jour'); a headline has more."""
    clock, date = CLOCK.search(folded), STAMP_DATE.search(folded)
    if not clock and not date:
        return False
    rest = [word for word in re.findall(r"[^\W\d_]+", folded)
            if word not in language.months and word not in language.weekdays and word not in CLOCK_WORDS]
    cues = language.stamp_cue.findall(folded) if language.stamp_cue is not None else []
    cue_words = sum(len(cue.split()) for cue in cues)  # 'Letzte Aktualisierung: um 20:04 Uhr'
    return len(rest) - cue_words <= 2 or bool(clock and date) and len(rest) <= 8


def in_other_script(text: str, language: Language) -> bool:
    return (langdata.arabic_share(text) > 0.5) != (language.script == "arabic")


@functools.cache
def all_captions() -> tuple[re.Pattern, ...]:
    """Every language's caption patterns."""
    return tuple(pattern for code in langdata.available() for pattern in langdata.load_language(code).captions)


#: a photo credit at the end of a caption ('... (2022) Bild: Max Muster/dpa', '... Communiqué. Keystone / Max Muster'):
#: a credit with a slash
CREDIT_AT_END = re.compile(
    r"\s(?:foto|fotos|bild|bildquelle|photo|image|crédit photo|الصورة)\s*:\s*[^.!?:]{2,60}/[^.!?:]{2,60}$"
    r"|(?<=[.!?\"“”»)])\s+(?:keystone|dpa|reuters|afp|ap|epa|getty images|imago|picture alliance|shutterstock|anadolu|xinhua|sipa|abaca|apa)"
    r"(?:\s*/\s*[^\s/.!?:][^/.!?:]{1,40}){1,3}$", re.IGNORECASE)


def split_credits(draft: Draft, language: Language) -> None:
    """An agency's credit line run into the last paragraph ('... behalten. (Bericht von A, redigiert
    von B ...)') and a photo credit after a caption become lines of their own, to be chrome."""
    lines = []
    for line in draft.lines:
        cut = credit = None
        if line.role == BODY:
            cut = next((match.start() for match in re.finditer(r"(?<=[.!?\"“”»])\s*\(", line.text)
                        if any(pattern.search(fold(line.text[match.end() - 1:])) for pattern in language.credits)), None)
            credit = CREDIT_AT_END.search(line.text) if cut is None else None
            cut = credit.start() if credit else cut
        if cut:
            lines += [Line(line.text[:cut].strip(), why="caption text" if credit else ""),
                      Line(line.text[cut:].strip(), CHROME, "caption" if credit else "credits")]
        else:
            lines.append(line)
    draft.lines = lines


#: what may follow a run-in stamp's date: a clock time and its word ('05:00 Uhr', '9:33 ص')
STAMP_CLOCK = re.compile(r"^[\s,|·•/–—-]*(?:um |à |at )?\d{1,2}[:h]\d{2}(?:\s*(?:"
                         + "|".join(sorted(CLOCK_WORDS, key=lambda word: (-len(word), word))) + r")\b)?")


def split_run_in_stamp(draft: Draft, language: Language) -> None:
    """A headline, the page's time stamp and the lead run together into the first paragraph
    ('Continental besiegelt Abspaltung Stand: 25.04.2025 17:58 Uhr Der Reifenhersteller ...')
    become three lines: the headline, the stamp (chrome) and the paragraph."""
    from generator.ingest.steps.dates import absolute_dates

    index = next((i for i, line in enumerate(draft.lines) if line.role == BODY and is_long(line.text)), None)
    if index is None or language.stamp_cue is None:
        return
    text = draft.lines[index].text
    folded = fold_keep_length(text)
    for cue in language.stamp_cue.finditer(folded):
        if not 3 <= len(words(text[:cue.start()])) <= 25:
            continue
        dates = [(start, end) for start, end, _ in absolute_dates(folded[cue.end():], language) if start <= 3]
        if not dates:
            continue
        end = cue.end() + dates[0][1]
        clock = STAMP_CLOCK.match(folded[end:])
        end += clock.end() if clock else 0
        rest = text[end:].strip(" .,|–—-")
        if is_paragraph(rest):
            draft.lines[index:index + 1] = [Line(text[:cue.start()].strip()), Line(text[cue.start():end].strip(), CHROME, "time stamp"), Line(rest)]
        return


def mark_chrome(draft: Draft) -> Draft:
    language = language_of(draft)
    if language is None:
        return draft
    split_run_in_stamp(draft, language)
    split_credits(draft, language)
    for line in draft.lines:
        if line.role == BODY and line.why != "table":
            reason = chrome_reason(line.text, language)
            if reason:
                line.role, line.why = CHROME, reason
    for line, caption in zip(draft.lines, draft.lines[1:]):
        if line.role == BODY and caption.why == "caption" and caption.text.startswith(line.text):
            line.role, line.why = CHROME, "caption"  # a picture's alternative text, then its caption with the credit
    mark_teaser_blocks(draft, language)
    return draft


def mark_trailing_chrome(draft: Draft) -> Draft:
    """After the last long paragraph, short lines that do not end a sentence are page chrome
    (link lists, section labels, 'related' headings in any language)."""
    last = max((i for i, line in enumerate(draft.lines) if line.role == BODY and is_long(line.text)), default=None)
    if last is None:
        return draft
    for index, line in enumerate(draft.lines[last + 1 :], last + 1):
        if line.role == BODY and line.why != "table" and not is_paragraph(line.text):
            if not SENTENCE_END.search(line.text.rstrip("*_ ")) and not cut_short(draft.lines, index):
                line.role, line.why = CHROME, "after body"
    return draft


#: the fewest words of the last line of a copy cut off in mid-sentence
CUT_SHORT_WORDS = 6


def cut_short(lines: list[Line], index: int) -> bool:
    """The page's last line right after a line of the article, of CUT_SHORT_WORDS words or more: the
    article's text where a stored copy ends in mid-sentence ('وكانت بلومبرج أول من
    نشر نبأ تقديم أدنوك عرضا أولي'), not a link or a label of the page."""
    return index == len(lines) - 1 and index > 0 and lines[index - 1].role == BODY and len(words(lines[index].text)) >= CUT_SHORT_WORDS


def mark_teaser_blocks(draft: Draft, language: Language) -> None:
    """After a 'related' heading (or a bare 'read also'), the short lines that follow are teasers."""
    in_block = False
    for line in draft.lines:
        folded = fold(line.text).rstrip(" :").strip()
        starts_block = line.why == "related heading" or (
            line.why == "teaser" and any(folded == prefix.rstrip(" :") for prefix in language.teaser_prefixes)
        )
        if starts_block:
            in_block = True
            continue
        if in_block:
            if line.role == BODY and not is_long(line.text) and not SENTENCE_END.search(line.text.rstrip("*_ ")) or line.role == BODY and re.match(r"^[–—-]\s", line.text):
                line.role, line.why = CHROME, "teaser"
            elif line.role == BODY:
                in_block = False


# 4. Title, byline, dateline, publisher

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


def without_stamp(title: str, language: Language | None) -> str:
    """The headline without the time stamp a page glued to it: 'Boeing bekommt Großauftrag
    Stand: 15.05.2025 03:57 Uhr', '... est finalisée information fournie par X • 20/01/2025 à
    14:33'. Cut at a stamp word of the language when what follows only dates the page."""
    if language is None or language.stamp_cue is None:
        return title
    folded = fold_keep_length(title)
    for cue in language.stamp_cue.finditer(folded):
        head, tail = title[: cue.start()].rstrip(" •|-–—,"), folded[cue.start() :]
        if len(words(head)) >= 3 and (CLOCK.search(tail) or STAMP_DATE.search(tail)) and time_stamp(tail, language):
            return head
    return title


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
    for line in draft.lines:
        if line.role == BODY and is_long(line.text):
            if after_lead:
                break
            after_lead = True
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
        elif line is under_title and line.role == BODY and name_alone(line.text, language):
            line.role, line.why = BYLINE, "byline"  # 'أحمد السيد' alone under the headline: its writer
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


STEPS = [
    split_lines, identify_language, mark_chrome, find_title, mark_trailing_chrome,
    find_byline, find_author, find_dateline, find_publisher,
]
