"""Safe writes: files are written atomically (a temporary file in the same folder, then
a rename), and an existing file is never replaced without ``force``.

A symlink is written through (its target is replaced, the link stays); a device or a
FIFO (``/dev/null``, ``/dev/full``) is written directly, never replaced; ``-`` and
``/dev/stdout`` mean standard output. A file being appended to is locked
(:func:`lock`) so that two runs never write it at once.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import fcntl
import os
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO

from communique.errors import OutputError, UsageError

#: Output names that mean standard output.
STDOUT_NAMES = ("-", "/dev/stdout")

#: Temporary files not yet put in place or dropped: whatever stops the program (Ctrl-C,
#: SIGTERM, an error) at whatever point, none is left behind at exit.
_PENDING: set[str] = set()


@atexit.register
def _drop_pending() -> None:
    for name in list(_PENDING):
        with contextlib.suppress(OSError):
            os.unlink(name)


def target(path: Path | None) -> Path | None:
    """The file an output goes to, or ``None`` for standard output (no path, ``-``,
    ``/dev/stdout``)."""
    return None if path is None or str(path) in STDOUT_NAMES else path


def _kind(path: Path) -> int | None:
    """The file type bits of what ``path`` names, symlinks followed; ``None`` when
    nothing is there yet. A path that cannot be looked at is an
    :class:`~communique.errors.OutputError` (a symlink loop, a name too long)."""
    try:
        return stat.S_IFMT(path.stat().st_mode)
    except FileNotFoundError:
        return None
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop, on Python 3.11
        raise unwritable(path, exc) from None


def check_writable(path: Path, *, force: bool) -> None:
    """Refuse early, before any work, an output that would be lost or clobbered."""
    if target(path) is None:
        return
    kind = _kind(path)
    if kind == stat.S_IFDIR:
        raise OutputError(f"{path} is a directory; give a file name")
    if kind in (stat.S_IFCHR, stat.S_IFIFO):
        return  # a device or a FIFO is written as it is: nothing to clobber
    if kind is not None and kind != stat.S_IFREG:
        raise OutputError(f"cannot write {path}: it is neither a file, a device nor a FIFO")
    if kind is not None and not force:
        raise OutputError(f"{path} exists; use --force to overwrite it")
    parent = Path(os.path.realpath(path)).parent
    if not parent.is_dir():
        raise OutputError(f"cannot write {path}: folder {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise OutputError(f"cannot write {path}: folder {parent} is not writable")


def check_distinct(*paths: Path | None) -> None:
    """Refuse two outputs that are one file (``-o X --errors X``): they would corrupt
    each other. Devices (``/dev/null``) may be shared."""
    seen: dict[str, Path] = {}
    for path in filter(None, map(target, paths)):
        if _kind(path) in (stat.S_IFCHR, stat.S_IFIFO):
            continue
        real = os.path.realpath(path)
        if real in seen:
            raise UsageError(f"{seen[real]} and {path} are the same file: give each output its own")
        seen[real] = path


def check_not_input(outputs: Sequence[Path | None], inputs: Iterable[Path]) -> None:
    """Refuse an output that is one of the inputs (``summarise brief.txt -o brief.txt
    --force``), or the file standard input reads (``-o /dev/stdin < notes.txt``, which
    replaced ``notes.txt``; ``summarise - -o notes.txt < notes.txt``): writing it would
    replace what is being read, ``--force`` or not."""
    written = {}
    for path in filter(None, map(target, outputs)):
        with contextlib.suppress(OSError, RuntimeError):  # nothing there yet: no input either
            info = path.stat()
            if stat.S_ISREG(info.st_mode):
                written[(info.st_dev, info.st_ino)] = path
    if not written:
        return
    with contextlib.suppress(OSError):  # standard input closed
        info = os.fstat(0)
        if (info.st_dev, info.st_ino) in written:
            raise UsageError(
                f"{written[(info.st_dev, info.st_ino)]} is the file standard input reads: writing there would "
                "replace it; give another output"
            )
    for source in inputs:
        with contextlib.suppress(OSError, RuntimeError):
            info = source.stat()
            if (info.st_dev, info.st_ino) in written:
                raise UsageError(
                    f"{written[(info.st_dev, info.st_ino)]} is also an input: writing there would replace it; "
                    "give another output"
                )


def lock(fd: int, path: Path) -> None:
    """Hold an exclusive lock on an open output until it is closed; another run holding
    it is an :class:`~communique.errors.OutputError` at once (two ``--resume`` runs
    would write the same records twice). Filesystems without locks are let be."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise OutputError(f"{path} is being written by another communique run") from None
    except OSError as exc:
        if exc.errno not in (errno.ENOLCK, errno.EINVAL, errno.EOPNOTSUPP):
            raise unwritable(path, exc) from None


def truncate(fd: int) -> None:
    """Empty an open regular file (a device is left as it is)."""
    if stat.S_ISREG(os.fstat(fd).st_mode):
        os.ftruncate(fd, 0)


class AtomicFile:
    """A text file written under a temporary name next to ``path`` and put in place by
    :meth:`commit`: readers see the old file or the whole new one, never half of it, and
    an existing file survives unless ``force``. :meth:`discard` leaves no trace.

    A symlink is written through (its target is put in place); a device or a FIFO is
    written directly. With ``keep_mode``, the new file has the permissions of the file it
    replaces (a user's 0640 stays 0640) rather than a new file's."""

    def __init__(self, path: Path, *, force: bool = False, keep_mode: bool = False) -> None:
        check_writable(path, force=force)
        self.path, self.force = path, force
        self._target = Path(os.path.realpath(path))
        self._temp: str | None = None
        try:
            if _kind(path) in (stat.S_IFCHR, stat.S_IFIFO):
                self._handle = opened(self._target, "w")
                return
        except OSError as exc:
            raise unwritable(path, exc) from None
        fd, self._temp = temporary(path)
        self._handle = os.fdopen(fd, "w", encoding="utf-8", newline="")
        if keep_mode and _kind(path) == stat.S_IFREG:
            try:
                os.fchmod(fd, os.stat(self._target).st_mode & 0o7777)
            except OSError as exc:
                self.discard()
                raise unwritable(path, exc) from None

    def write(self, text: str) -> None:
        """Add ``text`` to the file."""
        try:
            self._handle.write(text)
        except OSError as exc:
            raise unwritable(self.path, exc) from None

    def commit(self) -> None:
        """Put the file in place (a device has had everything already)."""
        try:
            self._handle.flush()
            if self._temp is None:
                self._handle.close()
                return
            os.fsync(self._handle.fileno())
            self._handle.close()
            place(self._temp, self._target, self.path, force=self.force)
        except OSError as exc:
            raise unwritable(self.path, exc) from None
        finally:
            self.discard()

    def discard(self) -> None:
        """Drop what was written (nothing, once committed); never leaves a temporary
        file, not even when the disk is full."""
        with contextlib.suppress(OSError):  # the last flush failed (no space left): the file goes anyway
            self._handle.close()
        if self._temp is not None and os.path.exists(self._temp):
            os.unlink(self._temp)
        _PENDING.discard(self._temp or "")


def opened(path: Path, mode: str) -> IO[str]:
    """``path`` opened as text to write (``"w"``) or append to (``"a"``). A FIFO that no
    process reads is an :class:`~communique.errors.OutputError` at once (was: the run
    blocked in ``open`` until a reader came, forever); one that is read is written as a
    file is, each write waiting for its reader."""
    if _kind(path) != stat.S_IFIFO:
        return path.open(mode, encoding="utf-8", newline="")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise OutputError(
                f"cannot write {path}: it is a FIFO no process reads; start its reader first"
            ) from None
        raise
    os.set_blocking(fd, True)
    return os.fdopen(fd, mode, encoding="utf-8", newline="")


def temporary(path: Path) -> tuple[int, str]:
    """A new empty file beside what ``path`` names (symlinks followed), to be put in its
    place by :func:`place`, and its open descriptor; removed at exit if it never is.

    The name is registered for removal *before* the file is made: a SIGTERM or Ctrl-C
    that lands as the file appears (the moment a watcher sees it) unwinds after the
    registration, never between the file and it (``tempfile.mkstemp`` then a
    registration left that gap: a run stopped there left a ``.tmp`` behind). The file
    has an ordinary new file's mode (the umask's), not mkstemp's owner-only one."""
    target = Path(os.path.realpath(path))
    for _ in range(100):
        name = str(target.parent / f".{target.name}.{os.urandom(6).hex()}.tmp")
        _PENDING.add(name)
        try:
            return os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666), name
        except FileExistsError:  # another file of that name, not ours: keep it, draw again
            _PENDING.discard(name)
        except OSError as exc:
            _PENDING.discard(name)
            raise unwritable(path, exc) from None
    raise unwritable(path, FileExistsError(errno.EEXIST, "no free temporary name beside it"))


def forget(temp: str) -> None:
    """A temporary file of :func:`temporary` that is put in place or removed."""
    _PENDING.discard(temp)


def regular_or_absent(path: Path) -> bool:
    """Whether ``path`` names a regular file or nothing yet (not a device nor a FIFO)."""
    return _kind(path) in (None, stat.S_IFREG)


def place(temp: str, target: Path, shown: Path, *, force: bool) -> None:
    """Put the finished file ``temp`` at ``target`` (``shown`` is the name the user gave):
    an existing file is replaced only with ``force``, and one that appeared meanwhile
    never is without it. Raises :class:`OSError` as the system does."""
    if force:
        os.replace(temp, target)
        return
    try:
        os.link(temp, target)  # fails if path appeared meanwhile: never clobber
    except FileExistsError:
        raise OutputError(f"{shown} exists; use --force to overwrite it") from None
    except OSError:
        os.replace(temp, target)  # filesystems without hard links
    else:
        os.unlink(temp)


def unwritable(path: Path, exc: OSError | RuntimeError) -> OutputError:
    """The error of an output that cannot be written, saying why in one line."""
    return OutputError(f"cannot write {path}: {getattr(exc, 'strerror', None) or exc}")


def write_atomic(path: Path, text: str, *, force: bool = False, keep_mode: bool = False) -> None:
    """Write ``text`` to ``path`` all at once (see :class:`AtomicFile`)."""
    file = AtomicFile(path, force=force, keep_mode=keep_mode)
    try:
        file.write(text)
        file.commit()
    finally:
        file.discard()
