"""Entry -> Markdown: one function per kind of page, all reading from the graph only."""

from __future__ import annotations

import datetime
import html
import json
from urllib.parse import quote

from generator.entries import Entry
from generator.entries.fields import PartialDate
from generator.entries.schema import date_stated
from generator.graph import Graph
from generator.render import paths
from generator.render.text import Text, attribute, direction, escape

UNDATED = (0, 0, 0)
NAME_FIELDS = {"article": "title", "event": "title", "person": "name", "company": "name"}
URL_SAFE = ":/?#@!$&'*+,;=%~"


def sort_key(value: datetime.date | PartialDate | None) -> tuple[int, int, int]:
    if value is None:
        return UNDATED
    if isinstance(value, PartialDate):
        return value.sort_key
    return (value.year, value.month, value.day)


def story_date(graph: Graph, event: Entry) -> tuple[int, int, int]:
    """When a story was last news: its date or its newest article's, whichever is later."""
    dates = [sort_key(event.fields.get("date"))]
    dates += [sort_key(article.fields.get("published")) for article in graph.coverage(event.id)]
    return max(dates)


def newest_first(entries: list[Entry], key) -> list[Entry]:
    return sorted(entries, key=lambda entry: (tuple(-part for part in key(entry)), entry.id))


def newest_articles(articles: list[Entry]) -> list[Entry]:
    return newest_first(articles, lambda article: sort_key(article.fields.get("published")))


def newest_events(events: list[Entry]) -> list[Entry]:
    return newest_first(events, lambda event: sort_key(event.fields.get("date")))


class Page:
    """Builds the Markdown of one page in one language; links are relative to `path`."""

    def __init__(self, graph: Graph, text: Text, path: str):
        self.graph = graph
        self.text = text
        self.path = path
        self.lines: list[str] = []

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def section(self, label_key: str, items: list[str]) -> None:
        """A `##` heading and a bullet list; nothing when there are no items."""
        if items:
            self.add("", f"## {self.text.label(label_key)}", "")
            self.add(*(f"- {item}" for item in items))

    def markdown(self, title: str) -> str:
        """The page: front matter with its title, then the Markdown.

        The title is HTML-escaped: Material writes a front-matter title into the page as it is
        (the header bar and `<title>`), not as text.
        """
        front = f"---\ntitle: {json.dumps(html.escape(title), ensure_ascii=False)}\n---\n\n"
        return front + "\n".join(self.lines).strip("\n") + "\n"

    # Pieces

    def name(self, entry: Entry) -> str:
        return self.text.show(entry.fields[NAME_FIELDS[entry.kind]], default=entry.id)

    def link(self, entry: Entry) -> str:
        target = paths.relative(paths.entry_page(entry.kind, entry.id), self.path)
        return f"[{self.name(entry)}]({target})"

    def links(self, ids) -> list[str]:
        return [self.link(self.graph.get(id_)) for id_ in ids]

    def fact(self, label_key: str, value: str) -> str:
        return f"**{self.text.label(label_key)}:** {value}"

    def role(self, role: dict, with_company: bool = True) -> str:
        title = self.text.show(role["title"])
        if with_company and role.get("organization"):
            company = self.link(self.graph.get(role["organization"]))
            title = self.text.label("role_at", role=title, organization=company)
        spans = []
        if role.get("since"):
            spans.append(self.text.label("since", date=self.text.date(role["since"])))
        if role.get("until"):
            spans.append(self.text.label("until", date=self.text.date(role["until"])))
        return title + (f" ({self.text.join(spans)})" if spans else "")

    def roles_held(self, person: Entry, context: Entry) -> str:
        roles = self.graph.roles_in(person, context)
        if not roles:
            return ""
        return " — " + self.text.label("semicolon").join(self.text.label("as_role", role=self.role(role)) for role in roles)

    def figure(self, figure: dict) -> str:
        shown = self.text.figure(figure["value"], figure.get("unit"))
        details = [self.text.show(figure[key]) for key in ("about", "text") if figure.get(key)]
        return shown + (" — " + " · ".join(details) if details else "")

    def other_names(self, entry: Entry) -> str:
        """The entry's names in other languages and its aliases, each marked with its language."""
        shown = self.text.pick(entry.fields["name"])[1]
        names = [
            f'<span lang="{attribute(code)}" dir="{direction(code)}">{escape(name)}</span>'
            for code, name in entry.fields["name"].items() if code != shown
        ]
        names += [f"<bdi>{escape(alias)}</bdi>" for alias in entry.fields.get("aliases", ())]
        return " · ".join(dict.fromkeys(names))

    def article_line(self, article: Entry) -> str:
        """An article in a list: its link, language, publisher and date."""
        details = [escape(self.text.language_name(article.fields["language"]))]
        if article.fields.get("publisher"):
            details.append(f"<bdi>{escape(article.fields['publisher'])}</bdi>")
        if article.fields.get("published"):
            details.append(self.published(article))
        return f"{self.link(article)} ({self.text.join(details)})"

    def published(self, article: Entry, with_source: bool = False) -> str:
        """The publication date; one counted back from a relative timestamp ('vor 3 Tagen') is
        an estimate: 'etwa 21. November 2026', and on the article's page what it was read from
        and when the page was retrieved."""
        fields = article.fields
        shown = self.text.date(fields.get("published"))
        phrase = fields.get("published_from")
        if not fields.get("published") or date_stated(phrase):
            return shown
        shown = self.text.label("approximate_date", date=shown)
        if with_source and fields.get("retrieved"):
            source = self.text.label("relative_date_source", phrase=f"<bdi>{escape(str(phrase))}</bdi>", date=self.text.date(fields["retrieved"]))
            shown += f" ({source})"
        return shown

    def event_details(self, event: Entry) -> str:
        details = [self.text.label(event.fields["kind"], "event_kind")]
        if event.fields.get("date"):
            details.insert(0, self.text.date(event.fields["date"]))
        return self.text.join(details)

    def event_line(self, event: Entry) -> str:
        return f"{self.link(event)} ({self.event_details(event)})"

    def body(self, entry: Entry) -> None:
        """The entry's hand-written Markdown notes, last on the page.

        They go in as Markdown; raw HTML in them is shown as text and links with schemes other
        than http, https and mailto are removed when the page is built (render/sanitiser.py).
        """
        if entry.body.strip():
            self.add("", f"## {self.text.label('notes')}", "", entry.body.strip())


def render_article(graph: Graph, text: Text, article: Entry) -> str:
    page = Page(graph, text, paths.entry_page("article", article.id))
    fields = article.fields
    page.add(f"# {page.name(article)}", "")
    if fields["summary"]:
        page.add(text.show(fields["summary"]), "")
    url = fields.get("url")
    original = f"[{escape(url)}]({quote(url, safe=URL_SAFE)})" if url else escape(text.label("no_link"))
    facts = [page.fact("publisher", f"<bdi>{escape(fields.get('publisher') or text.label('unknown'))}</bdi>")]
    if fields.get("published"):  # no date known: none shown (not the retrieval day, not 'unknown')
        facts.append(page.fact("published", page.published(article, with_source=True)))
    facts.append(page.fact("language", escape(text.language_name(fields["language"]))))
    if fields.get("event"):
        facts.append(page.fact("story", page.link(graph.get(fields["event"]))))
    facts.append(page.fact("original", original))
    if fields.get("source"):
        facts.append(page.fact("source_file", escape(fields["source"]["file"])))
    page.section("facts", facts)
    page.section("figures", [page.figure(figure) for figure in fields["figures"]])
    page.section("mentioned_people", [
        page.link(graph.get(id_)) + page.roles_held(graph.get(id_), article) for id_ in fields["people"]
    ])
    page.section("mentioned_companies", page.links(fields["companies"]))
    page.section("mentioned_events", [page.event_line(graph.get(id_)) for id_ in fields["events"]])
    page.body(article)
    return page.markdown(text.plain(fields["title"], article.id))


def render_event(graph: Graph, text: Text, event: Entry) -> str:
    page = Page(graph, text, paths.entry_page("event", event.id))
    fields = event.fields
    page.add(f"# {page.name(event)}", "")
    page.add(page.fact("date", text.date(fields.get("date"))) + "  ")
    page.add(page.fact("kind", text.label(fields["kind"], "event_kind")), "")
    if fields["summary"]:
        page.add(text.show(fields["summary"]), "")
    coverage = [page.article_line(article) for article in newest_articles(graph.coverage(event.id))]
    page.section("coverage", coverage or [text.label("no_coverage")])
    page.section("figures", [page.figure(figure) for figure in fields["figures"]])
    page.section("involved_people", [
        page.link(graph.get(id_)) + page.roles_held(graph.get(id_), event) for id_ in graph.involved(event.id, "people")
    ])
    page.section("involved_companies", page.links(graph.involved(event.id, "companies")))
    page.section("related", [page.event_line(other) for other in graph.related_events(event.id)])
    page.section("mentioned_in", [page.article_line(article) for article in newest_articles(graph.mentioned_in(event.id))])
    page.body(event)
    return page.markdown(text.plain(fields["title"], event.id))


def render_person(graph: Graph, text: Text, person: Entry) -> str:
    page = Page(graph, text, paths.entry_page("person", person.id))
    page.add(f"# {page.name(person)}", "")
    if page.other_names(person):
        page.add(page.fact("aliases", page.other_names(person)), "")
    page.section("roles", [page.role(role) for role in person.fields["roles"]])
    page.section("mentioned_in", [
        page.article_line(article) + page.roles_held(person, article) for article in newest_articles(graph.mentioned_in(person.id))
    ])
    page.section("involved_in", [
        page.event_line(event) + page.roles_held(person, event) for event in newest_events(graph.involved_in(person.id))
    ])
    page.body(person)
    return page.markdown(text.plain(person.fields["name"], person.id))


def render_company(graph: Graph, text: Text, company: Entry) -> str:
    page = Page(graph, text, paths.entry_page("company", company.id))
    fields = company.fields
    page.add(f"# {page.name(company)}", "")
    facts = [page.fact("kind", text.label(fields["kind"], "company_kind"))]
    if fields.get("parent"):
        facts.append(page.fact("parent", page.link(graph.get(fields["parent"]))))
    if page.other_names(company):
        facts.append(page.fact("aliases", page.other_names(company)))
    if fields.get("url"):
        facts.append(page.fact("website", f"[{escape(fields['url'])}]({quote(fields['url'], safe=URL_SAFE)})"))
    page.section("facts", facts)
    page.section("subsidiaries", [page.link(child) for child in graph.subsidiaries(company.id)])
    page.section("company_people", [
        f"{page.link(person)} — {page.role(role, with_company=False)}"
        for person, role in graph.role_holders(company.id)
    ])
    page.section("mentioned_in", [page.article_line(article) for article in newest_articles(graph.mentioned_in(company.id))])
    page.section("involved_in", [page.event_line(event) for event in newest_events(graph.involved_in(company.id))])
    page.body(company)
    return page.markdown(text.plain(fields["name"], company.id))


RENDERERS = {
    "article": render_article,
    "event": render_event,
    "person": render_person,
    "company": render_company,
}
