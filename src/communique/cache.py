"""Cache: model replies on disk, so the same request is never paid for twice.

Two things are cached. The expensive one is the model's validated draft and what it
cost, under a SHA-256 over everything that shapes the reply (endpoint, model, rendered
messages, prompt id, version and hash, response schema, mode, sampling parameters, key
format), never the API key: it outlives upgrades, and a fix to the code that checks,
completes, normalises or summarises a draft applies to cached replies too. The record
made of a reply is kept as well, under the source, the settings that shape it and a
fingerprint of the code (:func:`code_sha256`): a document run again costs a lookup,
until the code changes. Values are JSON text.

A run answered from the cache may be kept as a replay (:mod:`communique.replay`), in
the cache's ``replays`` folder: every write to the cache rewrites the folder's
``written`` mark, which each replay's key holds, so that none outlives a change; a
run of one document also keeps a *hit* there, the key of its record, so that the
first run answered from the cache reads the record's JSON text from the database
(:func:`peek`) without starting the rest of the program. ``communique cache clear``
removes them with the entries.

A cache that cannot be opened or read (a corrupt database, an unwritable folder) is
never fatal: the first fault is logged as a warning and the run goes on without it;
``communique cache clear`` removes a corrupt cache's folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import threading
import time
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from communique.errors import ConfigError, database_errors

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (see communique)
if TYPE_CHECKING:
    from typing import Any

#: Bump when the key's recipe changes, so old entries are never misread.
KEY_FORMAT = 1
#: The folder of a cache's replays, and the mark in it that every write to the cache rewrites.
REPLAYS = "replays"
WRITTEN = "written"
#: The ending of the files in that folder that say where a run's record is kept (:mod:`communique.replay`).
HIT = ".hit"

#: The keys of the records looked up or kept in this context while :func:`noting`.
_NOTED: ContextVar[list[str] | None] = ContextVar("communique_noted_records", default=None)


def key(**parts: Any) -> str:
    """A stable SHA-256 key over keyword parts (JSON with sorted keys)."""
    payload = json.dumps({"key_format": KEY_FORMAT, **parts}, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@contextlib.contextmanager
def noting() -> Iterator[list[str]]:
    """The keys of the records found in the cache or kept there in this context (this
    thread) until the block ends (:func:`note`): where a replay of the command finds its
    record (:mod:`communique.replay`)."""
    keys: list[str] = []
    token = _NOTED.set(keys)
    try:
        yield keys
    finally:
        _NOTED.reset(token)


def note(cache_key: str) -> None:
    """Say that the record under ``cache_key`` was found or kept (see :func:`noting`)."""
    if (noted := _NOTED.get()) is not None:
        noted.append(cache_key)


#: How diskcache keeps a value stored in its row as it is (a text shorter than its
#: ``disk_min_file_size``, 32 KiB by default; a longer one is a file of its own).
_MODE_RAW = 1


def peek(directory: str, cache_key: str) -> str | None:
    """The text kept under ``cache_key`` in the cache in ``directory``, read from its
    database as diskcache's ``get`` reads a text kept in its row, without importing
    diskcache (which costs more than the rest of a replay, see :mod:`communique.replay`);
    None when there is none, or it is kept otherwise (in a file of its own). Raises
    :class:`sqlite3.Error` for a database that cannot be read."""
    database = os.path.join(directory, "cache.db")
    if not os.path.exists(database):
        return None
    import sqlite3  # here only: a run that reads no cache does not import it

    with contextlib.closing(sqlite3.connect(database, timeout=30)) as db:
        found = db.execute(
            "SELECT mode, value FROM Cache WHERE key = ? AND raw = 1 AND (expire_time IS NULL OR expire_time > ?)",
            (cache_key, time.time()),
        ).fetchone()
    return found[1] if found is not None and found[0] == _MODE_RAW and isinstance(found[1], str) else None


@cache
def code_sha256() -> str:
    """A fingerprint of communique's code and data: what checks a reply and makes a
    record of it. A cached reply checked by the same code need not be checked again,
    and the record made of it need not be made again; after an upgrade both are."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).resolve().parent.rglob("*")):
        if path.suffix in (".py", ".json") and path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class CacheInfo:
    """What ``communique cache info`` shows."""

    directory: str
    entries: int
    size_bytes: int


#: What SQLite and the system say of a disk that is full (or a quota that is reached).
_FULL = re.compile(r"database or disk is full|no space left|disk quota", re.IGNORECASE)
#: ... of a cache folder or database that cannot be written.
_READ_ONLY = re.compile(
    r"readonly database|read-only file system|permission denied|unable to open", re.IGNORECASE
)


def what_helps(exc: BaseException) -> str:
    """What to do about a cache that failed with ``exc``: a full disk is helped by space,
    or a cache folder elsewhere, not by ``cache clear`` (was said for every fault: it
    empties the cache, whose replies were paid for, and frees a few megabytes of a disk
    that something else filled); a folder that cannot be written by another folder; a
    damaged database by ``cache clear``, which makes it again."""
    import errno

    code = getattr(exc, "errno", None)
    if code in (errno.ENOSPC, errno.EDQUOT) or _FULL.search(str(exc)):
        return (
            "the disk it is on is full: free space there, or set COMMUNIQUE_CACHE_DIR to a folder on another "
            "disk, or run with --no-cache"
        )
    if code in (errno.EEXIST, errno.ENOTDIR):  # (was: "'communique cache clear' resets it", which cannot)
        return "it is a file, not a folder: set COMMUNIQUE_CACHE_DIR to a folder, or run with --no-cache"
    # (a folder a file system will not make, /proc/…, is ENOENT: was "'communique cache clear' resets it")
    if code in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT) or _READ_ONLY.search(str(exc)):
        return (
            "it cannot be written: set COMMUNIQUE_CACHE_DIR to a folder you can write, or run with --no-cache"
        )
    return "'communique cache clear' resets it"


class ReplyCache:
    """A diskcache-backed store of JSON values. Safe across threads and processes.

    The threads of a process write one at a time, in turn: SQLite lets one write at
    once, and a writer that finds the database taken sleeps before it looks again (1,
    2, 5, then up to 100 ms), which the threads of a batch, writing two entries a
    document, did to each other by the dozen (a fifth of their time was spent there,
    and a write could take 200 ms); waiting on a lock, the next writes as soon as the
    last is done. Other processes are still waited for as SQLite does."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = str(directory)
        self._cache: Any = None
        self._writing = threading.Lock()
        #: Set by the first fault: the cache is unusable and left alone from then on.
        self.broken = False

    def _open(self) -> Any:
        if self._cache is None:
            import diskcache

            Path(self.directory).mkdir(parents=True, exist_ok=True)
            self._cache = diskcache.Cache(self.directory, size_limit=2**30)
        return self._cache

    def _fault(self, exc: Exception) -> None:
        """Warn once that the cache is unusable, and stop using it."""
        if not self.broken:
            self.broken = True
            import logging  # only on a fault: a replay's start does without it (see communique.replay)

            logging.getLogger("communique").warning(
                "the reply cache %s is unusable (%s); going on without it (%s)",
                self.directory,
                exc,
                what_helps(exc),
            )

    def get(self, cache_key: str) -> dict[str, Any] | None:
        """The stored value, or ``None`` (also for an unreadable entry or cache)."""
        raw = self.text(cache_key)
        if raw is None:
            return None
        try:
            value = json.loads(raw)
        except ValueError:
            return None
        return value if isinstance(value, dict) else None

    def text(self, cache_key: str) -> str | None:
        """The stored value as the JSON text it is kept as, or ``None`` (also for an
        unreadable cache, or an entry that is not text): for a caller that reads it
        straight into a model (pydantic reads JSON text faster than the objects
        ``json.loads`` makes of it), and checks it as it reads it."""
        if self.broken:
            return None
        try:
            raw = self._open().get(cache_key)
        except database_errors(OSError) as exc:
            self._fault(exc)
            return None
        return raw if isinstance(raw, str) else None

    def set(self, cache_key: str, value: dict[str, Any]) -> None:
        """Store a JSON-serialisable value (nothing, once the cache is unusable)."""
        self.set_text(cache_key, json.dumps(value, ensure_ascii=False))

    def set_text(self, cache_key: str, text: str) -> None:
        """Store a value as the JSON text of an object it is already (a model's
        ``model_dump_json``, made faster than ``json.dumps`` of its dump)."""
        if self.broken:
            return
        try:
            with self._writing:
                self._open().set(cache_key, text)
        except database_errors(OSError) as exc:
            self._fault(exc)
            return
        self._written()

    def _written(self) -> None:
        """Rewrite the mark of a change: every replay made before it is stale. Its 16
        bytes are written over the last ones, in place, without making sure of the folder
        first (a batch rewrites it twice a document): the folder is made only if it is not
        there. Not truncated first: a file truncated and written again is flushed to disk
        when it is closed (ext4 does so, for a program that replaces a file that way), some
        3 ms of every write to the cache, where writing in place takes microseconds (and
        a replay never reads the mark empty)."""
        mark = os.path.join(self.directory, REPLAYS, WRITTEN)
        with contextlib.suppress(OSError):
            try:
                descriptor = os.open(mark, os.O_WRONLY | os.O_CREAT, 0o666)
            except FileNotFoundError:
                os.mkdir(os.path.dirname(mark))
                descriptor = os.open(mark, os.O_WRONLY | os.O_CREAT, 0o666)
            try:
                os.write(descriptor, os.urandom(16))
            finally:
                os.close(descriptor)

    def info(self) -> CacheInfo:
        """Where the cache is, how many entries it holds, and its size on disk; a
        :class:`~communique.errors.ConfigError` for a cache that cannot be read."""
        if not self._made():
            return CacheInfo(self.directory, 0, 0)
        try:
            cache = self._open()
            return CacheInfo(self.directory, len(cache), int(cache.volume()))
        except database_errors(OSError) as exc:
            raise ConfigError(
                f"the reply cache {self.directory} cannot be read ({exc}); {what_helps(exc)}"
            ) from None

    def clear(self) -> int | None:
        """Remove every entry; returns how many were removed, or None if there was no
        cache (nothing is made: was an empty database, and its folder, made to be
        cleared). A cache too corrupt to clear has its own files removed (and 0 is
        returned): its database and the folders of its large values, never anything else
        the folder holds (a cache folder set to one of the user's own)."""
        _remove_replays(Path(self.directory))
        if not self._made():
            return None
        try:
            return int(self._open().clear())
        except database_errors(OSError):
            self.close()
            _remove_cache_files(Path(self.directory))
            return 0

    def _made(self) -> bool:
        """Whether the cache is there: open, or its database on disk. Looking at a cache
        that is not there (``cache info``, ``cache clear``) makes none. A file where its
        folder should be is a :class:`~communique.errors.ConfigError`."""
        if self._cache is None and os.path.exists(self.directory) and not os.path.isdir(self.directory):
            raise ConfigError(
                f"the reply cache {self.directory} is a file, not a folder: set COMMUNIQUE_CACHE_DIR to a folder"
            )
        return self._cache is not None or os.path.lexists(os.path.join(self.directory, _DATABASE[0]))

    def close(self) -> None:
        """Close the underlying database."""
        if self._cache is not None:
            with contextlib.suppress(*database_errors()):  # a corrupt database: nothing left to save
                self._cache.close()
            self._cache = None


#: The files of a diskcache folder: its database, and folders of two hex digits that hold
#: its large values (``ab/cd/….val``).
_DATABASE = ("cache.db", "cache.db-wal", "cache.db-shm")
_VALUES = re.compile(r"[0-9a-f]{2}")


def _remove_replays(directory: Path) -> None:
    """Remove the replays of the cache in ``directory`` and their folder (only the
    files a replay, a hit or its mark is made of)."""
    folder = directory / REPLAYS
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            if (
                path.is_file()
                and not path.is_symlink()
                and (path.name == WRITTEN or path.suffix in (".json", HIT, ".partial"))
            ):
                path.unlink()
        folder.rmdir()


def _remove_cache_files(directory: Path) -> None:
    """Remove what diskcache keeps in ``directory``, and the folder itself once empty."""
    for name in _DATABASE:
        with contextlib.suppress(OSError):
            (directory / name).unlink()
    with contextlib.suppress(OSError):
        for folder in directory.iterdir():
            if (
                folder.is_dir()
                and not folder.is_symlink()
                and _VALUES.fullmatch(folder.name)
                and all(path.is_dir() or path.suffix == ".val" for path in folder.rglob("*"))
            ):
                import shutil

                shutil.rmtree(folder, ignore_errors=True)
    with contextlib.suppress(OSError):
        directory.rmdir()
