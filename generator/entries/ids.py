"""The one rule that turns a name or title into an entry id (and so a file name and URL).

An id is made of a-z, 0-9 and single '-' between them, so that as a file name and a URL it
stays inside its folder whatever the title was (`../../etc` gives 'etc'), and it is never a
name that the generator or an operating system keeps for itself.
"""

import re

from slugify import slugify

MAX_ID_LENGTH = 60
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
#: Ids that would collide with the pages the generator writes itself.
RESERVED_IDS = frozenset({"index"})
#: Device names that Windows keeps, with any extension: `people/con.md` cannot be checked out there.
WINDOWS_NAMES = frozenset({"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)), *(f"lpt{n}" for n in range(1, 10))})
#: The id of a title with no letters or digits, and the suffix that makes a reserved one usable.
FALLBACK_ID = "entry"


def make_id(text: str) -> str:
    """ASCII id from any script: 'Ayşe Yıldız' -> 'ayse-yildiz', Arabic is transliterated;
    'Index' -> 'index-entry', '?!' -> 'entry'."""
    slug = slugify(text, max_length=MAX_ID_LENGTH, word_boundary=True)
    slug = re.sub(r"[^a-z0-9]+", "-", slug.lower()).strip("-") or FALLBACK_ID
    if slug in RESERVED_IDS or slug in WINDOWS_NAMES:
        slug = f"{slug}-{FALLBACK_ID}"
    return slug
