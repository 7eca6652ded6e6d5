"""The only URL policy: where each page lives inside a language folder, and links between them.

Pages are Markdown files under `<docs_dir>/<lang>/`; mkdocs turns `people/<id>.md` into
`people/<id>/` (German, the default, at the site root; other languages under `/<lang>/`).
Links are relative `.md` paths, so mkdocs checks every one of them when it builds.
"""

from __future__ import annotations

import posixpath

from generator.entries.schema import TYPES

HOME = "index.md"
#: The folders (one per entry type) that the generator owns inside each language folder.
FOLDERS = {type_: schema.folder for type_, schema in TYPES.items()}


def entry_page(entry_type: str, entry_id: str) -> str:
    return f"{FOLDERS[entry_type]}/{entry_id}.md"


def index_page(entry_type: str) -> str:
    return f"{FOLDERS[entry_type]}/index.md"


def relative(target: str, page: str) -> str:
    """The link from `page` to `target`, both paths inside one language folder."""
    return posixpath.relpath(target, posixpath.dirname(page) or ".")
