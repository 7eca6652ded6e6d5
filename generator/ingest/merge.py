"""Adding to an entry without changing what is there (the ruamel round-trip maps of content/).

Every function here only adds: a missing key, a missing language in a text map, a missing
item in a list, a value for an empty field.  A value that is already there is never changed
or removed, so hand edits survive, and the lines ruamel writes for untouched parts stay the
same bytes.  New keys go where the content model lists them, not at the end.

A comment on its own line belongs to what follows it, but ruamel keeps it with what comes
before (on the last key or item of the previous value).  So `insert` and `append` move such
comment lines from the entry before the new one to the new one: the comment stays just above
the key or item it was written above.
"""

from __future__ import annotations

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString
from ruamel.yaml.tokens import CommentToken

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
    insert(data, position, key, value)


def insert(data: CommentedMap, position: int, key: str, value) -> None:
    """Insert a new key at `position`, below the comment lines that were above the key after it."""
    if not isinstance(data, CommentedMap):  # made in this run: no comments to keep
        data[key] = value
        return
    previous = list(data)[position - 1] if position else None
    data.insert(position, key, value)
    if previous is not None:
        carry_comment_lines(data, previous, key)


def append(items: CommentedSeq, value) -> None:
    """Append an item, below the comment lines that were below the last one."""
    items.append(value)
    if len(items) > 1:
        carry_comment_lines(items, len(items) - 2, len(items) - 1)


def trailing_slot(container, key) -> tuple[list, int, bool] | None:
    """ruamel's comment slot after `container[key]`: (ca.items entry, index, whether the value is
    a `|` or `>` text).  It is on the last key or item of the value when that is a block
    collection, else on the key or item itself; None for plain dicts and lists (no comments)."""
    value = container[key]
    if isinstance(value, (CommentedMap, CommentedSeq)) and len(value) and not value.fa.flow_style():
        return trailing_slot(value, list(value)[-1] if isinstance(value, CommentedMap) else len(value) - 1)
    if not isinstance(container, (CommentedMap, CommentedSeq)):
        return None
    slots = container.ca.items.setdefault(key, [None, None, None, None])
    return slots, 2 if isinstance(container, CommentedMap) else 0, isinstance(value, (LiteralScalarString, FoldedScalarString))


def carry_comment_lines(container, previous, new) -> None:
    """Move the whole-line comments and blank lines after `container[previous]` to after
    `container[new]`; the comment at the end of the previous value's line stays."""
    move_comment_lines(trailing_slot(container, previous), trailing_slot(container, new))


def move_comment_lines(source, target) -> None:
    """Move the whole-line part of the comment in one slot (see `trailing_slot`) to another
    that has none.

    ruamel's comment text starts with the rest of the value's line (a comment, or nothing,
    then '\n'), except after a `|` or `>` text, whose own last line break ends that line."""
    if source is None or target is None or target[0][target[1]] is not None:
        return
    slots, index, block = source
    token = slots[index]
    if token is None:
        return
    same_line, lines = ("", token.value) if block else token.value.partition("\n")[::2]
    if not lines:
        return
    if same_line:
        token.value = same_line + "\n"
    else:
        slots[index] = None
    target[0][target[1]] = CommentToken(lines if target[2] else "\n" + lines, CommentMark(0), None)


def fill(data: CommentedMap, key: str, value, order: list[str]) -> bool:
    """Set a field that is missing or empty; True when something was added."""
    if value is None or value == "" or value == []:
        return False
    if key not in data:
        place(data, key, value, order)
        return True
    if data[key] is None:
        own = data.ca.items.get(key)  # `key:  # note`, and the comment lines below it
        data[key] = value
        if own is not None:  # a list or map given: its items go above those comment lines
            move_comment_lines((own, 2, False), trailing_slot(data, key))
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
    insert(current, len(current), language, text)
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
            if isinstance(current, CommentedSeq):
                append(current, item)
            else:
                current.append(item)
            added = True
    return added
