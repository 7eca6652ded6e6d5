"""The one rule that turns a name or title into an entry id (and so a file name and URL)."""

from slugify import slugify

MAX_ID_LENGTH = 60


def make_id(text: str) -> str:
    """ASCII id from any script: 'Ayşe Yıldız' -> 'ayse-yildiz', Arabic is transliterated."""
    return slugify(text, max_length=MAX_ID_LENGTH, word_boundary=True) or "entry"
