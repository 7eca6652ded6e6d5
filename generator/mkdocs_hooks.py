"""The thin adapter between mkdocs and the generator: the only module that imports mkdocs.

Registered in mkdocs.yml under `hooks:`.  Before each build it loads content/ into the
graph and writes the Markdown pages of every language into the docs dir (only the files
whose text changed, so `mkdocs serve` does not loop); a content problem fails the build.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from generator.errors import ContentError
from generator.graph import load_graph, pending_ingest
from generator.render.sanitiser import MarkupExtension
from generator.render.site import render_site, write_site

log = logging.getLogger("mkdocs.hooks.digest")
CONTENT_FOLDER = "content"


def site_languages(config: MkDocsConfig) -> list[str]:
    """The site's languages as configured once, for mkdocs-static-i18n; the default first."""
    plugin = config.plugins.get("i18n")
    if plugin is None:
        raise PluginError("mkdocs.yml: the digest needs the 'i18n' plugin (mkdocs-static-i18n) with its languages")
    languages = [lang for lang in plugin.config.languages if lang.locale != "null"]
    ordered = sorted(languages, key=lambda lang: not lang.default)
    return [lang.locale for lang in ordered]


def on_config(config: MkDocsConfig) -> None:
    """Every page is built with the digest's markup policy (content text stays text).

    Added here rather than listed in mkdocs.yml: the pages come from this hook, and so does
    the policy that makes them safe.
    """
    if not any(isinstance(extension, MarkupExtension) for extension in config.markdown_extensions):
        config.markdown_extensions.append(MarkupExtension())


def on_pre_build(config: MkDocsConfig) -> None:
    content_dir = Path(config.config_file_path).parent / CONTENT_FOLDER
    try:
        warning = pending_ingest(content_dir)
        if warning:
            log.warning(f"digest: {warning}")
        graph = load_graph(content_dir)
    except ContentError as error:
        raise PluginError(error.report()) from None
    languages = site_languages(config)
    written, deleted = write_site(Path(config.docs_dir), render_site(graph, languages), languages)
    if written or deleted:
        log.info(f"digest: {len(graph.entries)} entries; wrote {written} pages, removed {deleted}")


_default_404: dict[str, bytes] = {}


def on_post_build(config: MkDocsConfig) -> None:
    """Keep the default language's 404 page at the site root.

    mkdocs-static-i18n builds the other languages into the same site_dir, and each of
    those builds writes its own 404.html over the root one.
    """
    page = Path(config.site_dir) / "404.html"
    if not page.exists():
        return
    if config.theme["language"] == site_languages(config)[0]:
        _default_404[config.site_dir] = page.read_bytes()
    elif config.site_dir in _default_404:
        page.write_bytes(_default_404[config.site_dir])
