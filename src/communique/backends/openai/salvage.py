"""What code can read of a reply that the schema does not take whole.

A small model's reply often holds one value the schema refuses (a role of its own, an
outcome with no phrase, a participant that is a bare string), or stops at the token
limit in the middle of its summaries. Asked again, such a model spends minutes and may
fail the same way, while most of what it wrote was right. :func:`salvage` keeps what
validates: a field the schema refuses is left out (its default takes its place, when it
has one), and an item of a list that cannot do without it is dropped (never a meeting
for a fault of its own); each is said, in words a model can act on when it is asked again.
:func:`partial_object` reads a reply cut off at the token limit as far as it went.

Whether what is kept holds against the communiqué is for the check that follows
(:mod:`communique.ground`), which repairs it or asks again, as for any reply.
"""

from __future__ import annotations

import copy
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import from_json

T = TypeVar("T", bound=BaseModel)

#: How many values may be left out of one reply before it is given up as unusable.
MOST_LEFT_OUT = 12

#: How long a validation message is kept in a note (an enumeration's would list every code).
_LONGEST_REASON = 140


def salvage(model: type[T], data: Any, *, cut_off: bool = False) -> tuple[T, list[str]]:
    """``data`` as a ``model``, and what had to be left out for it to validate, a note
    each. What cannot be left out raises the :class:`~pydantic.ValidationError` of
    ``data`` as it was: a required field of the reply itself, a reply that is not an
    object, and an item of the reply's own lists (a meeting: without it the reply would
    say another thing, not less), unless the reply was ``cut_off``, which leaves its last
    item incomplete: that one goes, if it is not the only one (a list the cut emptied is
    not read as an empty list)."""
    notes: list[str] = []
    first: ValidationError | None = None
    removed: tuple[str | int, ...] = ()
    fault: tuple[str | int, ...] = ()
    reason = ""
    for _ in range(MOST_LEFT_OUT + 1):
        try:
            return model.model_validate(data), notes[::-1]
        except ValidationError as exc:
            if first is None:
                first, data = exc, copy.deepcopy(data)
            # the last fault first: what is removed then leaves the places of the others as
            # the reply gave them, and the notes say them so
            error = exc.errors()[-1]
        where = _in(data, tuple(error["loc"]))
        if (decoded := _decoded(data, where, error["type"])) is not None:
            notes.append(f"the reply's {_dotted(where)} came as the text of a JSON string (encoded twice)")
            _put(data, where, decoded)
            continue
        # a required field missing: what holds it goes (an item of a list, or an optional
        # field; a required one in turn goes with what holds it, at the next turn)
        missing = error["type"] == "missing"
        target = where[:-1] if missing else where
        took_holder = missing and bool(notes) and removed[: len(target)] == target
        if not target or (_whole(target) and not (cut_off and not took_holder and _last(data, target))):
            raise first
        if not _remove(data, target):
            raise first
        if took_holder:
            notes.pop()  # what was left out took its holder with it: one note, of the first fault
        else:
            fault, reason = where, _reason(error["msg"])
        verb = "dropped" if isinstance(target[-1], int) else "left out"
        said = reason if fault == target else f"{_dotted(fault)}: {reason}"
        notes.append(f"the reply's {_dotted(target)} was {verb} ({said})")
        removed = target
    assert first is not None
    raise first  # a reply of more faults than are left out


def partial_object(text: str) -> dict[str, Any] | None:
    """The JSON object that ``text`` opens, read as far as it goes (a reply cut off at
    the token limit): a string cut in the middle is left out, an object or a list cut
    off is closed where it stops. ``None`` when ``text`` opens no object."""
    start = text.find("{")
    if start < 0:
        return None
    try:
        value = from_json(text[start:], allow_partial=True)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


#: The faults of a value that should be a list or an object.
_NOT_A_CONTAINER = frozenset({"list_type", "model_type", "dict_type", "model_attributes_type"})


def _decoded(data: Any, path: tuple[str | int, ...], fault: str) -> list[Any] | dict[str, Any] | None:
    """The list or object a string at ``path`` is the JSON text of, where the schema wants
    one (``"meetings": "[{…}]"``: a model or a server that encodes a field twice), or None.
    Was: the field left out, a report of meetings read as none."""
    value = _at(data, path)
    if fault not in _NOT_A_CONTAINER or not isinstance(value, str) or value.lstrip()[:1] not in ("[", "{"):
        return None
    try:
        decoded = from_json(value)
    except ValueError:
        return None
    return decoded if isinstance(decoded, list | dict) else None


def _at(data: Any, path: tuple[str | int, ...]) -> Any:
    """What ``path`` leads to in ``data``, or None."""
    for step in path:
        try:
            data = data[step]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _put(data: Any, path: tuple[str | int, ...], value: Any) -> None:
    """``value`` in the place ``path`` leads to in ``data`` (one :func:`_at` found)."""
    _at(data, path[:-1])[path[-1]] = value


def _remove(data: Any, path: tuple[str | int, ...]) -> bool:
    """Remove what ``path`` leads to in ``data``; whether there was anything there."""
    parent = data
    for step in path[:-1]:
        try:
            parent = parent[step]
        except (KeyError, IndexError, TypeError):
            return False
    last = path[-1]
    if isinstance(parent, list) and isinstance(last, int) and 0 <= last < len(parent):
        del parent[last]
        return True
    if isinstance(parent, dict) and last in parent:
        del parent[last]
        return True
    return False


def _in(data: Any, loc: tuple[str | int, ...]) -> tuple[str | int, ...]:
    """The place of a fault in ``data``: ``loc`` without the names pydantic gives the
    member of a union it tried (``summary.DraftSummary.en`` is ``summary.en``)."""
    place: list[str | int] = []
    here = data
    for number, step in enumerate(loc):
        inside = isinstance(here, dict) and step in here
        inside |= isinstance(here, list) and isinstance(step, int) and 0 <= step < len(here)
        if inside:
            here = here[step]  # a key of the dict, or an index of the list
        elif number + 1 < len(loc):
            continue  # a union's member, not a place of the data
        place.append(step)
    return tuple(place)


def _whole(path: tuple[str | int, ...]) -> bool:
    """Whether ``path`` leads to an item of one of the reply's own lists (a meeting)."""
    return len(path) == 2 and isinstance(path[1], int)


def _last(data: Any, path: tuple[str | int, ...]) -> bool:
    """Whether the item ``path`` leads to is the last of its list (the one a cut leaves
    incomplete), and not the only one."""
    items = data.get(path[0]) if isinstance(data, dict) else None
    return isinstance(items, list) and path[1] == len(items) - 1 > 0


def _dotted(path: tuple[str | int, ...]) -> str:
    return ".".join(str(step) for step in path)


def _reason(message: str) -> str:
    """A validation message in a note: without pydantic's prefix, and short."""
    message = message.removeprefix("Value error, ")
    return message if len(message) <= _LONGEST_REASON else message[: _LONGEST_REASON - 1] + "…"
