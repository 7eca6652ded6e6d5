"""Adding to an entry without changing what is there (the ruamel round-trip maps of content/).

Every function here only adds: a missing key, a missing language in a text map, a missing
item in a list, a value for an empty field.  A value that is already there is never changed
or removed, so hand edits survive, and the lines ruamel writes for untouched parts stay the
same bytes.  New keys go where the content model lists them, not at the end.
"""

from __future__ import annotations

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from generator.entries.schema import SCHEMAS


def field_order(folder: str) -> list[str]:
    """The documented order of an entry's fields: id, type, the kind's own fields, extra."""
    names = list(SCHEMAS[folder].fields)
    return [name for name in names if name != "extra"] + ["extra"]


def place(data: CommentedMap, key: str, value, order: list[str]) -> None:
    """Insert a new key after the last present key that comes before it in `order`."""
    rank = order.index(key) if key in order else len(order)
    position = 0
    for index, present in enumerate(data):
        if present in order and order.index(present) < rank:
            position = index + 1
    data.insert(position, key, value)


def fill(data: CommentedMap, key: str, value, order: list[str]) -> bool:
    """Set a field that is missing or empty; True when something was added."""
    if value is None or value == "" or value == []:
        return False
    if key not in data:
        place(data, key, value, order)
        return True
    if data[key] is None:
        data[key] = value
        return True
    return False


def add_text(data: CommentedMap, key: str, language: str, text: str | None, order: list[str]) -> bool:
    """Add one language's text to a text map (`title: {de: ...}`) unless that language has one."""
    if not text:
        return False
    current = data.get(key)
    if current is None:
        return fill(data, key, CommentedMap({language: text}), order)
    if isinstance(current, str):
        return False  # a hand-written plain text: leave it
    if language in current:
        return False
    current[language] = text
    return True


def add_items(data: CommentedMap, key: str, items, order: list[str]) -> bool:
    """Append the items a list does not hold yet; True when something was added."""
    new = [item for item in items if item is not None]
    current = data.get(key)
    if current is None:
        fresh = [item for index, item in enumerate(new) if item not in new[:index]]
        return fill(data, key, CommentedSeq(fresh), order)
    if not isinstance(current, list):
        return False
    added = False
    for item in new:
        if item not in current:
            current.append(item)
            added = True
    return added
