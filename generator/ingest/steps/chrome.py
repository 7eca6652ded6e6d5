"""Page chrome: what of a page is not the article, on the lines structure.py read.

Chrome is recognised by general rules and the language files' word lists, never by
site-specific strings: a line that is a relative timestamp, a share bar, a menu of short
items, a cookie notice, a teaser block, a copyright footer, a photo caption or credit.
"""

from __future__ import annotations

import functools
import re

from generator.ingest import langdata
from generator.ingest.draft import BODY, CHROME, Draft, Line
from generator.ingest.langdata import Language, fold, fold_keep_length
from generator.ingest.steps.structure import LONG_PARAGRAPH_WORDS, SENTENCE_END, is_long, is_paragraph, language_of, words


MENU_SEPARATORS = re.compile(r"\s*(?:\||·|•|›|»|>|/|\s{3,}|\t)\s*")
COPYRIGHT = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)
#: a clock time and a date in a line, and the words a time stamp has besides ('Uhr', 'PM', 'ص')
CLOCK = re.compile(r"(?<!\d)\d{1,2}[:h]\d{2}(?!\d)")  # 09:45, French 09h45
STAMP_DATE = re.compile(r"(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d{2})(?!\d)")
CLOCK_WORDS = langdata.TIME_OF_DAY_WORDS | {"am", "pm", "h", "ص", "م"}
#: photo agencies and picture libraries, as a caption credits them ('(Lindsey Wasson/AP/dpa)',
#: 'kittyfly / Depositphotos.com', 'متعامل في بورصة نيويورك (رويترز)'): the same names in every language
PHOTO_SOURCE = (r"(?:getty(?: ?images)?|afp|ap|dpa|reuters|epa|keystone|anadolu|imago|depositphotos(?:\.com)?|shutterstock|"
                r"istock|alamy|picture alliance|storyful|رويترز|ا ف ب|فرانس برس|الاناضول|غيتي|جيتي)")
#: a caption's credit after a dash may also be a social network or an archive ('... - تويتر', '- أرشيفية')
SOCIAL_SOURCE = r"(?:twitter|x|facebook|instagram|تويتر|فيسبوك|انستغرام|ارشيفيه|صوره ارشيفيه)"
PHOTO_CREDIT = [re.compile(rf"\([^()]*(?<!\w){PHOTO_SOURCE}(?!\w)[^()]*\)\s*$"),
                re.compile(rf"(?:/\s*|\bvia\s+){PHOTO_SOURCE}(?!\w)"),
                re.compile(rf"\s[-–—]\s*(?:{PHOTO_SOURCE}|{SOCIAL_SOURCE})\s*$")]
#: a page's text size buttons: 'A- A+', '-A +A', 'A A A'
TEXT_SIZE = re.compile(r"[-+−]?A{1,3}[-+−]?(?:\s+[-+−]?A{1,3}[-+−]?)+|[-+−]A{1,3}|A{1,3}[-+−]")
#: a caption that starts with its credit: 'Max Muster/picture alliance Der Brei enthält ...'
CREDIT_FIRST = re.compile(rf"^(?:\S+\s+){{0,3}}\S+\s*/\s*{PHOTO_SOURCE}(?!\w)")
#: a dateline whose agencies are in brackets: 'Bern (APA/dpa) - ...' begins a report, not a caption
AGENCIES_DATELINE = re.compile(r"^[^\s()]+(?:\s+[^\s()]+){0,2}\s*\([^()]*/[^()]*\)\s*[-–—:]")


def chrome_reason(text: str, language: Language) -> str | None:
    """Why a line on its own is page chrome, or None."""
    folded = fold(text).strip()
    bare = re.sub(r"[\s:：|·•\-–—،,]+$", "", folded).strip()
    count = len(words(text))  # once for the length tests below (is_long's measure)
    long = count >= LONG_PARAGRAPH_WORDS
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
    if COPYRIGHT.search(folded) and count <= 20:
        return "copyright"
    if not long and any(pattern.search(folded) for pattern in language.footer):
        return "footer"
    if not long and any(pattern.search(folded) for pattern in language.captions):
        return "caption"
    if (count <= 15 and any(pattern.search(folded) for pattern in PHOTO_CREDIT)) or CREDIT_FIRST.search(folded) and not AGENCIES_DATELINE.match(folded):
        return "photo credit"
    if in_other_script(text, language) and any(pattern.search(folded) for pattern in all_captions()):
        return "caption"  # an agency's photo caption left in its language, however long
    if any(pattern.search(folded) for pattern in language.credits):
        return "credits"
    if count <= 30 and any(pattern.search(folded) for pattern in language.newsletter):
        return "newsletter"
    if count <= 60 and any(pattern.search(folded) for pattern in language.cookies):
        return "cookies"
    if TEXT_SIZE.fullmatch(text.strip()):
        return "text size"
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
    mark_previews(draft)
    return draft


#: the fewest words a preview must hold before its ellipsis to be taken for the start of a paragraph
PREVIEW_WORDS = 8


def mark_previews(draft: Draft) -> None:
    """A line cut off with an ellipsis whose words begin a paragraph of the page is that
    paragraph's preview, which pages print above the article ('Musterstadt (dpa) - Der
    Maschinenbauer Nordwerk will ... Betroffen ist vor allem...'): chrome, or the text is there twice."""
    paragraphs = [line for line in draft.lines if line.role == BODY]
    for line in paragraphs:
        text = line.text.rstrip()
        if not text.endswith(("...", "…")):
            continue
        start = text.rstrip(".…").rstrip()
        if len(words(start)) >= PREVIEW_WORDS and any(other is not line and len(other.text) > len(text) and other.text.startswith(start)
                                                      for other in paragraphs):
            line.role, line.why = CHROME, "preview"


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
