"""Values made from the package's own files, kept on disk beside its bytecode.

Some tables cost more to make at every start than to read: the gazetteer's lookups fold
thousands of names (some 8 ms of CPU, 3 % of an offline ``communique summarise``).
:func:`kept` makes such a value once and keeps it, marshalled, in the package's
``__pycache__``, with the size and time of change of every file it is made from (its data,
the code that makes it) and the interpreter's version: a change to any of them, a file
that cannot be read or is damaged, or an installation that cannot be written (a zip file,
a read-only directory) only costs the time saved: the value is then made as before.

(Patterns have their own store, :mod:`communique.regexes`: they are kept as the engine's
code, by source, many to a file.)
"""

from __future__ import annotations

import contextlib
import marshal
import os
import stat
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

#: What a kept file starts with.
_MAGIC = b"communique-kept-1\n"
#: A kept file larger than this is none this program wrote (a table weighs some 200 kB).
_LARGEST = 64 * 1024 * 1024


def kept(name: str, sources: Sequence[Path], make: Callable[[], T],
         pack: Callable[[T], Any], unpack: Callable[[object], T]) -> T:  # fmt: skip
    """The value ``make`` makes from ``sources``, read from where it was kept if those
    files are as they were then (else made, and kept). ``pack`` makes of it what
    :mod:`marshal` writes (plain data: no class of the program), ``unpack`` the value again."""
    stamp = _stamp(sources)
    if stamp is None:
        return make()
    location = _location(name)
    found = _read(location, stamp)
    if found is not None:
        try:
            return unpack(found)
        except Exception:  # of another shape (a file damaged where marshal did not notice): made anew
            pass
    value = make()
    replace_beside(location, _MAGIC + marshal.dumps((stamp, pack(value))))
    return value


def _location(name: str) -> Path:
    """The file the value of ``name`` is kept in, of this interpreter's bytecode."""
    return Path(__file__).parent / "__pycache__" / f"{name}.{sys.implementation.cache_tag}.marshal"


def _stamp(sources: Sequence[Path]) -> tuple[Any, ...] | None:
    """What the value is kept by: the interpreter, and each source's size and time of change
    (None if one cannot be read: the package is not a directory of files)."""
    try:
        stats = [(str(path), path.stat()) for path in sources]
    except OSError:
        return None
    return (sys.version, *((path, info.st_size, info.st_mtime_ns) for path, info in stats))


def _read(location: Path, stamp: tuple[object, ...]) -> object | None:
    """The packed value kept at ``location`` under ``stamp``, or None."""
    opened = open_regular(location, _LARGEST)
    if opened is None:
        return None
    try:
        with os.fdopen(opened[0], "rb") as handle:
            data = handle.read()
        if not data.startswith(_MAGIC):
            return None
        loaded = marshal.loads(data[len(_MAGIC) :])
    except Exception:  # unreadable, truncated, damaged: made anew
        return None
    if not (isinstance(loaded, tuple) and len(loaded) == 2 and loaded[0] == stamp):
        return None
    packed: object = loaded[1]
    return packed


def open_regular(location: Path, largest: int) -> tuple[int, int] | None:
    """A descriptor of the file at ``location`` and its size, if it is a regular file of at
    most ``largest`` bytes; None otherwise. Opened without blocking and checked before a
    byte is read: a FIFO put there would block the start for ever, a link to ``/dev/zero``
    fill the memory. The caller closes the descriptor."""
    try:
        fd = os.open(location, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        info = os.fstat(fd)
    except OSError:
        info = None
    if info is None or not stat.S_ISREG(info.st_mode) or info.st_size > largest:
        os.close(fd)
        return None
    return fd, info.st_size


def replace_beside(location: Path, data: bytes) -> None:
    """Put ``data`` at ``location`` (beside the package's bytecode) in one atomic
    replacement, with the mode of the package's own files; quietly nothing where the
    installation cannot be written (a read-only directory, a file where the folder goes)."""
    temporary = location.with_name(f".{location.name}.{os.getpid()}")
    try:
        location.parent.mkdir(exist_ok=True)
        with open(temporary, "xb") as out:
            out.write(data)
        os.chmod(temporary, Path(__file__).stat().st_mode & 0o666)  # as the package's own files
        os.replace(temporary, location)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(temporary)
