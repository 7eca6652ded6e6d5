"""Data files parsed once per version: the language files and the starter knowledge base are
YAML, which takes a second to parse at every start; their parsed form is kept as JSON in a cache
folder, under the sha256 of the file's bytes, so an unchanged file is read back in
milliseconds and an edited one is parsed again.

The folder is `$DIGEST_CACHE_DIR`, else `$XDG_CACHE_HOME/digest`, else `~/.cache/digest`. A
cache that cannot be read or written is simply not used: nothing depends on it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    if os.environ.get("DIGEST_CACHE_DIR"):
        return Path(os.environ["DIGEST_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "digest"


def code_of(*modules) -> bytes:
    """The source bytes of these modules, for a cache key: a value that code makes from a file is
    made again when that code changes."""
    return b"".join(Path(module.__file__).read_bytes() for module in modules)


def parsed(data: bytes, parse: Callable[[str], Any], kind: str) -> Any:
    """`parse(text)` of these bytes, from the cache when it has them."""
    path = cache_dir() / f"{kind}-{hashlib.sha256(data).hexdigest()}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    value = parse(data.decode("utf-8"))
    try:
        text = json.dumps(value, ensure_ascii=False)
        if json.loads(text) != value:
            return value  # a value JSON cannot hold as it is (a number as a key): not cached
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, suffix=".tmp", delete=False) as stream:
            stream.write(text)
        os.replace(stream.name, path)
    except (OSError, TypeError, ValueError):
        pass
    return value
