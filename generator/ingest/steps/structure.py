"""The first steps of extraction: the article's lines (text, Markdown or HTML, hard-wrapped
paragraphs joined) and its language.

What follows reads them: chrome.py marks the page's chrome, masthead.py finds the headline,
byline, author, dateline and publisher.
"""

from __future__ import annotations

import datetime
import re

from generator import errors
from generator.ingest import langdata
from generator.ingest.draft import BODY, CHROME, HEADING, TITLE, Draft, Line
from generator.ingest.langdata import Language, fold
from generator.ingest.names import SPELLED_LETTERS

SENTENCE_END = re.compile(r"[.!?؟:。»“”\"')]$")
#: a word; Arabic vowel marks (harakat) inside it do not split it
WORD = re.compile(r"\w[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]*")
MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
LONG_PARAGRAPH_WORDS = 25
SHORT_LINE_WORDS = 12
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
        text = GLUED_SENTENCE.sub(unglued, text)
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


#: a full stop run into the next sentence, as scraped Arabic text often has it ('مليار دولار.وقال'):
#: the space is put back; between single letters ('ش.م.ع') or spelled-out Latin letters
#: ('إن.في.كيو') it is an abbreviation and stays
GLUED_SENTENCE = re.compile(r"([\u0621-\u064a]{2,})\.([\u0621-\u064a]{2,})")


def unglued(match: re.Match) -> str:
    before, after = match.group(1), match.group(2)
    if fold(before) in SPELLED_LETTERS or fold(after) in SPELLED_LETTERS:
        return match.group(0)
    return f"{before}. {after}"


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
