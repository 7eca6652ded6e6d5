"""Text for pages: language choice with visible fallback, escaping, and Babel formatting.

Everything that comes from content/ goes through `escape()` before it reaches a page, so
it is shown as text and never read as Markdown or HTML.
"""

from __future__ import annotations

import datetime
import html
import re
from functools import cache
from importlib import resources

from babel import Locale
from babel.dates import format_date, format_skeleton
from babel.numbers import (
    format_compact_currency,
    format_compact_decimal,
    format_currency,
    format_decimal,
    format_percent,
)
from ruamel.yaml import YAML

from generator.ingest.parsed import parsed
from generator.entries.fields import PartialDate

#: The characters that Python-Markdown (with the `tables` extension) lets a backslash escape.
MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
#: Unicode bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069), stripped from
#: every text field shown on a page: an override left open in a name (U+202E) would reverse
#: the rest of the line that shows it, such as a list item or the page title. Direction marks
#: (U+200E, U+200F, U+061C) stay; they cannot reorder the text around them. Mixed-direction
#: text is isolated with <bdi> and lang/dir spans instead. (Markdown bodies keep their
#: controls: there the writer's own text is at stake, and an override ends with its paragraph.)
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
COMPACT_FROM = 1_000_000
#: Direction marks (left-to-right, right-to-left, Arabic letter) before a figure's number and
#: after its minus sign, as Babel writes them: 2.19 gives '-\u200f2 مليار €', older Babel '-2 مليار €'.
LEADING_MARKS = re.compile("^[\u200e\u200f\u061c]*([-\u2212]?)[\u200e\u200f\u061c]*")


def escape(text: str) -> str:
    """Text shown literally in Markdown (and in any HTML around it)."""
    text = BIDI_CONTROLS.sub("", text)
    text = html.escape(text, quote=False)
    text = MARKDOWN_SPECIALS.sub(r"\\\1", text)
    return " ".join(text.split())


def attribute(text: str) -> str:
    """Text for an HTML attribute value."""
    return html.escape(BIDI_CONTROLS.sub("", text), quote=True)


@cache
def load_labels() -> dict:
    data = resources.files("generator.render").joinpath("labels.yaml").read_bytes()
    return parsed(data, YAML(typ="safe").load, "labels")


@cache
def locale(code: str) -> Locale:
    return Locale.parse(code.replace("-", "_"))


def direction(code: str) -> str:
    return "rtl" if locale(code).character_order == "right-to-left" else "ltr"


class Text:
    """Words, dates and numbers for one page language, with fallbacks in a fixed order."""

    def __init__(self, lang: str, languages: list[str]):
        self.lang = lang
        #: the page language first, then the site's languages in configured order
        self.order = [lang] + [code for code in languages if code != lang]

    def label(self, key: str, group: str | None = None, **values) -> str:
        """A translated word or phrase (not escaped: labels are ours); the key if unknown."""
        table = load_labels()
        texts = table.get(group, {}).get(key) if group else table.get(key)
        if not texts:
            return key
        text = next((texts[code] for code in self.order if code in texts), key)
        return text.format(**values) if values else text

    def join(self, items: list[str]) -> str:
        """Items of a list in a sentence, with the language's comma."""
        return self.label("comma").join(items)

    def pick(self, texts: dict) -> tuple[str, str] | None:
        """(text, language) from a language map: the page's language, else the first available."""
        if not texts:
            return None
        for code in self.order + sorted(texts):
            if code in texts:
                return texts[code], code
        return None

    def show(self, texts: dict, default: str = "") -> str:
        """Markdown for a language map: escaped; marked and wrapped when not in the page language."""
        picked = self.pick(texts)
        if picked is None:
            return escape(default)
        text, code = picked
        if code == self.lang:
            return escape(text)
        return self.foreign(escape(text), code)

    def plain(self, texts: dict, default: str = "") -> str:
        """Unescaped text of a language map (for page titles in front matter)."""
        picked = self.pick(texts)
        return BIDI_CONTROLS.sub("", picked[0]) if picked else default

    def foreign(self, markdown: str, code: str) -> str:
        """Text in another language: its own lang/dir, and a visible marker naming the language."""
        name = self.language_name(code)
        title = attribute(self.label("fallback_title"))
        return (
            f'<span lang="{attribute(code)}" dir="{direction(code)}">{markdown}</span> '
            f'<small class="digest-fallback" title="{title}">({escape(name)})</small>'
        )

    def language_name(self, code: str) -> str:
        return locale(self.lang).languages.get(code.replace("-", "_"), code)

    def date(self, value: datetime.date | PartialDate | None) -> str:
        """A localised date, isolated with <bdi> so it keeps its order inside RTL text."""
        if value is None:
            return escape(self.label("unknown"))
        if isinstance(value, PartialDate):
            if value.day:
                value = datetime.date(value.year, value.month, value.day)
            elif value.month:
                month = datetime.date(value.year, value.month, 1)
                return f"<bdi>{format_skeleton('yMMMM', month, locale=locale(self.lang))}</bdi>"
            else:
                return f"<bdi>{value.year}</bdi>"
        return f"<bdi>{format_date(value, format='long', locale=locale(self.lang))}</bdi>"

    def number(self, value: float) -> str:
        loc = locale(self.lang)
        if abs(value) >= COMPACT_FROM:
            return format_compact_decimal(value, format_type="long", fraction_digits=2, locale=loc)
        return format_decimal(value, locale=loc)

    def figure(self, value: float, unit: str | None) -> str:
        """A number with its unit, localised: 3.500 Stellen, 2,5 Mrd. €, 7,5 %.

        On a right-to-left page a figure starts with one right-to-left mark and has none after
        its minus sign, whatever the Babel version (CLDR writes the mark before Arabic currency
        amounts; Babel gives it to compact amounts only from 2.19 on, and there after the
        minus). Inside the page's <bdi> it makes an amount without Arabic letters ("4,200 €")
        read right to left like the others ("2.5 مليار €"); where the isolate is lost (copied
        text, a feed, a search preview) it keeps the number from joining a Latin word before it
        ("Acme 2.5" instead of "Acme" and "2.5 مليار €").
        """
        loc = locale(self.lang)
        if unit and re.fullmatch(r"[A-Z]{3}", unit) and unit in loc.currencies:
            if abs(value) >= COMPACT_FROM:
                text = format_compact_currency(value, unit, fraction_digits=2, locale=loc)
            else:
                pattern = loc.currency_formats["standard"].pattern
                if float(value).is_integer():
                    pattern = pattern.replace(".00", "")
                text = format_currency(value, unit, format=pattern, locale=loc, currency_digits=False)
        elif unit in ("percent", "%"):
            text = format_percent(value / 100, locale=loc, decimal_quantization=False)
        else:
            text = self.number(value)
            if unit:
                text += " " + self.label(unit, "unit")
        if direction(self.lang) == "rtl":
            text = "\u200f" + LEADING_MARKS.sub(r"\1", text)
        return f"<bdi>{escape(text)}</bdi>"
