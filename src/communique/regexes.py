"""Regular expressions compiled once per installation, not at every start.

Python compiles a pattern in Python itself (a parser, then a code generator), and the
offline reader holds a few hundred: compiling them was most of the CPU time of one
``communique summarise`` (about a quarter of a second, more than the interpreter's own
start). What the compiler produces is a list of integers that the interpreter's engine
(``_sre``) takes as it is, and checks before use. :func:`compile` keeps those lists on
disk, beside the package's bytecode and like it tied to the interpreter, and builds the
pattern from them at the next start: the same pattern object, for a few microseconds.

The file holds the patterns of the program's own source, never a pattern built from a
document (those go through :func:`re.compile`); it is written, in one atomic
replacement, when a process that compiled a new pattern exits (even where
``PYTHONDONTWRITEBYTECODE`` is set: the bytecode of an installed package was written
when it was installed, this file cannot be). An unreadable, stale or damaged file, a read-only installation
or another interpreter only costs the time saved: the pattern is then compiled as
:func:`re.compile` does.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # the engine: typeshed does not describe it
import atexit
import marshal
import mmap
import operator
import os
import re
import sys
import zlib
from array import array
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from communique.kept import open_regular, replace_beside

try:  # the compiler's parts, as Python 3.11 to 3.13 name them
    from re import _casefix, _compiler, _constants, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another interpreter: compile as re does
    _casefix = _compiler = _constants = _parser = None

#: How a compiled pattern is kept: its flags, code, group count and group names, as
#: ``_sre.compile`` takes them after the source, but the code as the bytes of an array of
#: the engine's code words (a list of a few million integers took a tenth of an offline
#: start to unmarshal), made a list only for the patterns a run uses. The bytes of a
#: pattern read from disk are a view of the file, mapped into memory, not a copy.
_Entry = tuple[int, bytes | memoryview, int, dict[str, int], tuple[str | None, ...]]
#: The array type of the engine's code words.
_WORD = next(kind for kind in "IL" if array(kind).itemsize == _sre.CODESIZE)
#: What a pattern is kept by: its source and flags, and the version of what rewrote it if
#: something did (see :func:`compile`).
_Key = tuple[str, int] | tuple[str, int, str]

#: The patterns whose code was read from disk or compiled here.
_TABLE: dict[_Key, _Entry] | None = None
#: The patterns this process compiled or read.
_USED: dict[_Key, _Entry] = {}
#: Whether this process compiled a pattern that the file did not hold.
_NEW = False

#: Patterns of sources since changed (an upgrade, an edit) stay in the file, and every
#: start reads them: once they weigh more than this many times the patterns the writing
#: process used (plus :data:`_SLACK` bytes), the file keeps only those. A pattern of
#: another command's path dropped with them is compiled again when that path next runs.
_BLOAT = 2
_SLACK = 256 * 1024


def _location() -> Path:
    """The file of this interpreter: its bytecode tag, engine version and code size."""
    engine = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.maxunicode}|4"
    digest = f"{zlib.crc32(engine.encode()):08x}"
    return Path(__file__).parent / "__pycache__" / f"regexes.{sys.implementation.cache_tag}.{digest}.marshal"


def _table() -> dict[_Key, _Entry]:
    """The patterns kept on disk, read at the first call (nothing if unreadable)."""
    global _TABLE
    if _TABLE is None:
        _TABLE = {}
        loaded = _read(_location())
        if loaded is not None:
            _TABLE = loaded
    return _TABLE


#: A table larger than this is no table this program wrote (it holds a few megabytes).
_LARGEST = 256 * 1024 * 1024
#: What the file starts with; then the length of the index (8 bytes, little-endian), the
#: index (marshalled: each pattern's key to its flags, the place and length of its code in
#: what follows, its group count and group names), and the code of every pattern.
_MAGIC = b"communique-regexes-3\n"


def _dumps(entries: dict[_Key, _Entry]) -> bytes:
    """The file that holds ``entries``: a small index, then their code, which a start
    maps into memory rather than reads (the code of the reader's patterns is some twelve
    megabytes, and reading and unmarshalling it all cost 15 ms of every start)."""
    index = {}
    offset = 0
    for key, (flags, code, groups, groupindex, indexgroup) in entries.items():
        size = memoryview(code).nbytes
        index[key] = (flags, offset, size, groups, groupindex, indexgroup)
        offset += size
    head = marshal.dumps(index)
    return b"".join(
        [_MAGIC, len(head).to_bytes(8, "little"), head, *(entry[1] for entry in entries.values())]
    )


def _read(location: Path) -> dict[_Key, _Entry] | None:
    """The entries of the file, or None: a regular file only (a FIFO put there would block
    the start for ever, a link to ``/dev/zero`` fill the memory), mapped into memory (read,
    where it cannot be mapped), its index unmarshalled. The code of each entry is a view of
    the file, copied only when the pattern is built (the file is only ever replaced, never
    written in place: see :func:`_save`)."""
    opened = open_regular(location, _LARGEST)
    if opened is None:
        return None
    fd, length = opened
    try:
        if length <= len(_MAGIC) + 8:
            return None
        try:
            data = memoryview(mmap.mmap(fd, 0, access=mmap.ACCESS_READ))
        except (OSError, ValueError):  # a file system that cannot map it: read it
            with os.fdopen(os.dup(fd), "rb") as handle:
                data = memoryview(handle.read())
        start = len(_MAGIC) + 8
        if data[: len(_MAGIC)] != _MAGIC:
            return None
        end = start + int.from_bytes(data[len(_MAGIC) : start], "little")
        index = marshal.loads(data[start:end])
        if not isinstance(index, dict):
            return None
        code = data[end:]
        return {
            key: (flags, code[offset : offset + size], groups, groupindex, indexgroup)
            for key, (flags, offset, size, groups, groupindex, indexgroup) in index.items()
        }
    except Exception:  # unreadable, truncated, damaged (whatever marshal makes of it): compile anew
        return None
    finally:
        os.close(fd)


def _compiled(source: str, flags: int, written: str | None = None) -> tuple[re.Pattern[str], _Entry]:
    """The pattern compiled as :func:`re.compile` does, and its entry in the table: the
    code of ``written`` if given, a pattern that finds what ``source`` finds."""
    parsed = _parser.parse(source if written is None else written, flags)
    code = _with_first_characters(_compiler._code(parsed, flags), parsed, flags | parsed.state.flags)
    names = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        indexgroup[index] = name
    groups, groupindex = parsed.state.groups - 1, dict(names)
    entry: _Entry = (
        flags | parsed.state.flags,
        array(_WORD, code).tobytes(),
        groups,
        groupindex,
        tuple(indexgroup),
    )
    return _sre.compile(source, entry[0], code, groups, groupindex, entry[4]), entry


def _with_first_characters(code: list[int], parsed: _Parsed, flags: int) -> list[int]:
    """The code of a pattern, with the set of the characters its matches start with in its information
    block where the compiler wrote neither that nor a literal prefix (and the pattern matches no empty
    text, nor is anchored at the start): :meth:`re.Pattern.search` then skips, at a few nanoseconds
    each, every place whose character is none of them, where it entered the whole pattern at each (an
    assertion, then a tree of a hundred branches). The compiler writes the set only when the pattern
    opens with one character, class or branch of characters outright; a cue opens with lookbehinds and
    ignores case (``(?<![\\w])(?:…)``), and was tried at every character of every sentence searched.
    The matches are the same: no match starts at a place skipped (see :func:`_first_characters`)."""
    code = [int(op) for op in code]  # opcodes are int subclasses
    info_end = 1 + code[1]
    mask, least, most = code[2:5]
    if code[0] != _constants.INFO or mask or not least:
        return code
    first = parsed.data[0] if parsed.data else None
    if first is not None and first[0] is _constants.AT and first[1] in _AT_THE_START:
        return code  # (tried at the start only: the engine knows it)
    found = _first_characters(parsed.data, flags)
    if found is None or found[1]:
        return code
    charset, _ = _compiler._optimize_charset(found[0])
    info = [_constants.INFO, 0, _constants.SRE_INFO_CHARSET, least, most]
    _compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return [*info, *code[info_end:]]


#: The parts of a parsed pattern, and the set of the characters a match of some may start with:
#: the items of a class as the compiler takes them (``(LITERAL, 97)``, ``(RANGE, (97, 122))``,
#: ``(CATEGORY, …)``), and whether the part may match no character (then what follows it may start the
#: match too).
_Parsed = Any
_Firsts = tuple[list[tuple[Any, Any]], bool]


def _first_characters(parts: Any, flags: int) -> _Firsts | None:
    """The characters a match of ``parts`` (a parsed sequence) may start with, and whether it may be
    empty; ``None`` where unknown (any character, a class that excludes, a back reference, a scoped
    flag other than case). A lookaround or a position (``\\b``, ``^``) matches no character: what
    follows it starts the match. A letter whose case is ignored is any of the characters the engine
    takes for it (:func:`_cased`)."""
    items: list[tuple[Any, Any]] = []
    for op, av in parts:
        found = _first_of_part(op, av, flags)
        joined = None if found is None else _union(items, found[0])
        if found is None or joined is None:
            return None
        items = joined
        if not found[1]:
            return items, False
    return items, True


def _first_of_part(op: Any, av: Any, flags: int) -> _Firsts | None:
    """:func:`_first_characters` of one part."""
    c = _constants
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return [], True
    if op is c.SUBPATTERN:
        _, added, removed, inner = av
        if (added | removed) & ~(c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_DOTALL | c.SRE_FLAG_MULTILINE):
            return None
        return _first_characters(inner.data, (flags | added) & ~removed)
    if op is c.ATOMIC_GROUP:
        return _first_characters(av.data, flags)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        least, _, inner = av
        found = _first_characters(inner.data, flags)
        return None if found is None else (found[0], found[1] or not least)
    if op is c.BRANCH:
        items: list[tuple[Any, Any]] = []
        empty = False
        for alternative in av[1]:
            found = _first_characters(alternative.data, flags)
            joined = None if found is None else _union(items, found[0])
            if found is None or joined is None:
                return None
            items = joined
            empty = empty or found[1]
        return items, empty
    if op is c.LITERAL:
        cases = _cased(av, flags)
        return None if cases is None else ([(c.LITERAL, case) for case in cases], False)
    if op is c.IN:
        if not flags & c.SRE_FLAG_IGNORECASE or not any(_has_cases(kind, value) for kind, value in av):
            return list(av), False  # (compiled as it is written: no case to fold)
        # (the engine folds the text's character before it looks it up: a class of characters alone is
        # what those characters are; a range, a category or a negation, unknown)
        if any(kind is not c.LITERAL for kind, _ in av):
            return None
        taken = [_cased(value, flags, folded=True) for _, value in av]
        return (
            None if None in taken else ([(c.LITERAL, case) for each in taken for case in each or ()], False)
        )
    return None


def _has_cases(kind: Any, value: Any) -> bool:
    """Whether an item of a class is or holds a letter of several cases (a category is none)."""
    if kind is _constants.LITERAL:
        return bool(_sre.unicode_iscased(value))
    if kind is _constants.RANGE:  # (a range of all characters is taken to hold one, unread)
        return value[1] - value[0] > _LONGEST_RANGE or any(
            map(_sre.unicode_iscased, range(value[0], value[1] + 1))
        )
    return False


#: The longest range of characters read for a letter of several cases.
_LONGEST_RANGE = 0xFFFF


def _union(items: list[tuple[Any, Any]], more: list[tuple[Any, Any]]) -> list[tuple[Any, Any]] | None:
    """Two sets of class items as one; ``None`` if both hold some and one is a negation (``[^…]``): a
    negation is of the whole set, so only a class alone may be one."""
    if items and more and any(kind is _constants.NEGATE for kind, _ in items + more):
        return None
    return items + more


def _cased(char: int, flags: int, folded: bool = False) -> list[int] | None:
    """The characters the engine takes for ``char``: itself where case counts, or it has none and is not
    ``folded`` (in a class that ignores case, the text's character is folded before it is looked up, an
    uncased one too); where case is ignored (Unicode's), every character whose lower case is its lower
    case or one the compiler holds for the same (``_EXTRA_CASES``: "s" and "ſ"), and itself; ``None``
    where the case of ASCII or of the locale is ignored (unknown)."""
    c = _constants
    if not flags & c.SRE_FLAG_IGNORECASE or not (folded or _sre.unicode_iscased(char)):
        return [char]
    if flags & (c.SRE_FLAG_LOCALE | c.SRE_FLAG_ASCII):
        return None
    lowered = _sre.unicode_tolower(char)
    folds = {lowered, *_casefix._EXTRA_CASES.get(lowered, ())}
    lower_of = _lower_of()
    return sorted({char, *folds, *(each for fold in folds for each in lower_of.get(fold, ()))})


@cache
def _lower_of() -> dict[int, tuple[int, ...]]:
    """The characters whose lower case (as the engine folds them) is another, by that lower case: read
    once, from every character (a seventh of a second), by a process that compiles a pattern anew."""
    found: dict[int, list[int]] = {}
    for char, lowered in zip(
        range(sys.maxunicode + 1), map(_sre.unicode_tolower, range(sys.maxunicode + 1)), strict=True
    ):
        if lowered != char:
            found.setdefault(lowered, []).append(char)
    return {lowered: tuple(chars) for lowered, chars in found.items()}


#: The positions of a pattern anchored at the start of the text, which the engine tries there only.
_AT_THE_START = () if _constants is None else (_constants.AT_BEGINNING, _constants.AT_BEGINNING_STRING)


def compile(source: str, flags: int = 0, rewrite: Callable[[str, int], str] | None = None) -> re.Pattern[str]:
    """The pattern :func:`re.compile` gives, its compiled code read from disk when this
    interpreter compiled it before. For the program's own patterns only.

    ``rewrite`` makes of a source and its flags another source that finds the same, quicker
    to run but slow to make (:func:`communique.text.branched`): the code is that source's,
    kept on disk too, and the pattern keeps ``source``, as written, as its ``pattern``. It is
    kept by the version of ``rewrite`` (:func:`_version`): what an edit of it makes is new."""
    if _compiler is None or flags & re.DEBUG:
        return re.compile(source if rewrite is None else rewrite(source, flags), flags)
    global _NEW
    key: _Key = (source, int(flags)) if rewrite is None else (source, int(flags), _version(rewrite))
    entry = _table().get(key)
    if entry is not None:
        try:
            code = array(_WORD)
            code.frombytes(entry[1])
            pattern: re.Pattern[str] = _sre.compile(source, entry[0], code.tolist(), *entry[2:])
        except Exception:  # damaged, or of another shape (an empty tuple, a string): compile anew
            pass
        else:
            _USED[key] = entry
            return pattern
    pattern, _USED[key] = _compiled(source, key[1], None if rewrite is None else rewrite(source, flags))
    _NEW = True
    return pattern


#: The first group of a match, as the replacement of :meth:`re.Pattern.sub`: what the template
#: ``r"\1"`` gives, about three times quicker. A template that refers to a group is read by
#: Python code at every call (``re._compile_template``, and a function that expands it), which
#: costs twice the substitution of a short text; this is one call of the match's own method.
FIRST_GROUP: Callable[[re.Match[str]], str] = operator.methodcaller("group", 1)


#: The versions of the functions that rewrite patterns, by function.
_VERSIONS: dict[Callable[[str, int], str], str] = {}


def _version(rewrite: Callable[[str, int], str]) -> str:
    """The version of a function that rewrites patterns: its name, and the size and time of
    change of its module's file (an edit of the module is a new version)."""
    version = _VERSIONS.get(rewrite)
    if version is None:
        try:
            stat = os.stat(sys.modules[rewrite.__module__].__file__ or "")
            stamp = f"{stat.st_size}:{stat.st_mtime_ns}"
        except (OSError, KeyError):
            stamp = "?"
        version = _VERSIONS[rewrite] = f"{rewrite.__module__}.{rewrite.__qualname__}:{stamp}"
    return version


@atexit.register
def _save() -> None:
    """Write the table with this process's new patterns, if there are any; quietly give
    up where the installation is read-only."""
    global _NEW
    if not _NEW or _TABLE is None:
        return
    data = _dumps(_TABLE | _USED)
    if len(_TABLE) > len(_USED) and len(data) > _BLOAT * len(used := _dumps(_USED)) + _SLACK:
        data = used
    replace_beside(_location(), data)
    _NEW = False
