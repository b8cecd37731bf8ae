"""Safe writes: files are written atomically (a temporary file in the same folder, then
a rename), and an existing file is never replaced without ``force``."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from communique.errors import OutputError


def check_writable(path: Path, *, force: bool) -> None:
    """Refuse early, before any work, an output that would be lost or clobbered."""
    if path.exists() and path.is_dir():
        raise OutputError(f"{path} is a directory; give a file name")
    if path.exists() and not force:
        raise OutputError(f"{path} exists; use --force to overwrite it")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"cannot write {path}: folder {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise OutputError(f"cannot write {path}: folder {parent} is not writable")


class AtomicFile:
    """A text file written under a temporary name next to ``path`` and put in place by
    :meth:`commit`: readers see the old file or the whole new one, never half of it, and
    an existing file survives unless ``force``. :meth:`discard` leaves no trace."""

    def __init__(self, path: Path, *, force: bool = False) -> None:
        check_writable(path, force=force)
        self.path, self.force = path, force
        parent = path.parent if str(path.parent) else Path(".")
        try:
            fd, self._temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
        except OSError as exc:
            raise _unwritable(path, exc) from None
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self._temp, 0o666 & ~umask)  # as an ordinary new file, not mkstemp's owner-only mode
        self._handle = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def write(self, text: str) -> None:
        """Add ``text`` to the file."""
        try:
            self._handle.write(text)
        except OSError as exc:
            raise _unwritable(self.path, exc) from None

    def commit(self) -> None:
        """Put the file in place."""
        try:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()
            if self.force:
                os.replace(self._temp, self.path)
            else:
                try:
                    os.link(self._temp, self.path)  # fails if path appeared meanwhile: never clobber
                except FileExistsError:
                    raise OutputError(f"{self.path} exists; use --force to overwrite it") from None
                except OSError:
                    os.replace(self._temp, self.path)  # filesystems without hard links
        except OSError as exc:
            raise _unwritable(self.path, exc) from None
        finally:
            self.discard()

    def discard(self) -> None:
        """Drop what was written (nothing, once committed)."""
        self._handle.close()
        if os.path.exists(self._temp):
            os.unlink(self._temp)


def _unwritable(path: Path, exc: OSError) -> OutputError:
    return OutputError(f"cannot write {path}: {exc.strerror or exc}")


def write_atomic(path: Path, text: str, *, force: bool = False) -> None:
    """Write ``text`` to ``path`` all at once (see :class:`AtomicFile`)."""
    file = AtomicFile(path, force=force)
    try:
        file.write(text)
        file.commit()
    finally:
        file.discard()
