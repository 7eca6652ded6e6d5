"""The whole generated site: every page in every language, written only where it changed."""

from __future__ import annotations

from pathlib import Path

from generator.entries import Entry
from generator.graph import Graph
from generator.render import paths
from generator.render.pages import RENDERERS, Page, newest_articles, newest_events, newest_first, story_date
from generator.render.text import Text

LATEST_STORIES = 20


def by_name(text: Text, entries: list[Entry], field: str) -> list[Entry]:
    return sorted(entries, key=lambda entry: (text.plain(entry.fields[field], entry.id).casefold(), entry.id))


def render_home(graph: Graph, text: Text) -> str:
    page = Page(graph, text, paths.HOME)
    page.add(f"# {text.label('home')}", "", text.label("home_intro"))
    stories = [event for event in graph.of_type("event") if graph.coverage(event.id)]
    for event in newest_first(stories, lambda e: story_date(graph, e))[:LATEST_STORIES]:
        page.add("", f"## {page.link(event)}", "", page.event_details(event), "")
        if event.fields["summary"]:
            page.add(text.show(event.fields["summary"]), "")
        page.add(*(f"- {page.article_line(article)}" for article in newest_articles(graph.coverage(event.id))))
    if not stories:
        page.add("", text.label("empty"))
    return page.markdown(text.label("home"))


def render_index(graph: Graph, text: Text, entry_type: str) -> str:
    """The list of all entries of one type, in the order readers look for them."""
    page = Page(graph, text, paths.index_page(entry_type))
    label = paths.FOLDERS[entry_type]
    page.add(f"# {text.label(label)}", "")
    entries = graph.of_type(entry_type)
    if entry_type == "event":
        items = [page.event_line(event) for event in newest_events(entries)]
    elif entry_type == "article":
        items = [page.article_line(article) for article in newest_articles(entries)]
    elif entry_type == "company":
        items = [
            f"{page.link(c)} ({text.label(c.fields['kind'], 'company_kind')})"
            for c in by_name(text, entries, "name")
        ]
    else:
        items = [page.link(person) for person in by_name(text, entries, "name")]
    page.add(*(f"- {item}" for item in items) if items else [text.label("empty")])
    return page.markdown(text.label(label))


def render_language(graph: Graph, lang: str, languages: list[str]) -> dict[str, str]:
    """{page path: Markdown} of every page in one language."""
    text = Text(lang, languages)
    pages = {paths.HOME: render_home(graph, text)}
    for entry_type in paths.FOLDERS:
        pages[paths.index_page(entry_type)] = render_index(graph, text, entry_type)
    for entry in graph.entries.values():
        pages[paths.entry_page(entry.kind, entry.id)] = RENDERERS[entry.kind](graph, text, entry)
    return pages


def render_site(graph: Graph, languages: list[str]) -> dict[str, str]:
    """{path inside docs_dir: Markdown} of every page in every language."""
    return {
        f"{lang}/{path}": markdown
        for lang in languages
        for path, markdown in render_language(graph, lang, languages).items()
    }


def owned_paths(docs_dir: Path, languages: list[str]) -> set[Path]:
    """Files the generator owns: each language's home page and everything in the entry folders."""
    owned = set()
    for lang in languages:
        owned.add(docs_dir / lang / paths.HOME)
        for folder in paths.FOLDERS.values():
            directory = docs_dir / lang / folder
            if directory.is_dir():
                owned.update(path for path in directory.rglob("*") if path.is_file())
    return {path for path in owned if path.exists()}


def write_site(docs_dir: Path, pages: dict[str, str], languages: list[str]) -> tuple[int, int]:
    """Write the pages whose text changed, delete owned pages no longer made; (written, deleted)."""
    written = 0
    wanted = {docs_dir / path for path in pages}
    for path, markdown in pages.items():
        target = docs_dir / path
        if target.exists() and target.read_text(encoding="utf-8") == markdown:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(markdown, encoding="utf-8")
        written += 1
    stale = owned_paths(docs_dir, languages) - wanted
    for path in stale:
        path.unlink()
    return written, len(stale)
