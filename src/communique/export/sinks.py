"""Sinks: where the results of a batch go, one at a time, in input order.

A :class:`Sink` takes each result as it comes (:meth:`Sink.write`, with the input it
was made from), then is closed (:meth:`Sink.close`) or, when the batch stops short,
aborted (:meth:`Sink.abort`). What a sink writes to decides what survives an
interruption:

- JSON Lines (:class:`LineFile`) and SQLite (:class:`SqliteSink`) are written record by
  record, each flushed or committed at once: a kill leaves whole records (and at most
  one partial line, which ``--resume`` drops); ``--resume`` keeps them and names their
  ids in :attr:`Sink.done`, so the batch skips them.
- JSON, Markdown, CSV and HTML files are written under a temporary name and put in
  place at the end (:class:`~communique.files.AtomicFile`): a stopped batch leaves the
  old file, or none.
- A folder of texts (:class:`TextFolder`) gets one file per document, each atomic.

Nothing existing is replaced without ``force``; every refusal happens when the sink
is opened, before any work.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from communique.errors import OutputError, readable
from communique.export import files
from communique.text import one_line, shortened

if TYPE_CHECKING:
    from communique.ingest.inputs import Loaded


class Writer(Protocol):
    """Where the results of a batch go: what every sink here is."""

    done: frozenset[str]

    def write(self, item: Loaded, value: Any) -> None: ...
    def close(self) -> None: ...
    def abort(self) -> None: ...


class Output(Protocol):
    """Text written piece by piece, then committed or discarded."""

    def write(self, text: str) -> None: ...
    def commit(self) -> None: ...
    def discard(self) -> None: ...


class Stdout:
    """Standard output, flushed after every piece (a pipe gets each record at once)."""

    def write(self, text: str) -> None:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:
            raise  # the reader is gone (``| head``): the command line ends quietly
        except OSError as exc:  # no space left (stdout to /dev/full, a full disk)
            raise OutputError(f"cannot write to stdout: {exc.strerror or exc}") from None

    def commit(self) -> None:
        """Nothing to do: every piece is out already."""

    discard = commit


class LineFile:
    """A JSON Lines file written line by line, each line flushed.

    With ``resume``, the complete lines already there are kept (each must be one that
    ``key`` reads, else nothing is touched) and their ids are :attr:`done`; a partial
    last line, left by a kill, is dropped, and so are the lines ``key`` gives no id
    (``None``: a record that is not the model's answer, done again). Without it, an existing file is replaced only
    with ``force``.

    An existing file that ``force`` replaces is not emptied at the start: the run writes
    its :func:`side` file (``records.jsonl.partial``), put in the file's place by
    :meth:`commit` only (was: emptied at once, so a run stopped by Ctrl-C, a full disk or
    a crash lost the user's earlier file). A run stopped short leaves the side file,
    which ``resume`` goes on with, and the earlier file whole until then.
    """

    def __init__(self, path: Path, *, key: Callable[[str], str | None], force: bool, resume: bool) -> None:
        self.path = path
        self.done: frozenset[str] = frozenset()
        partial = side(path)
        #: The file written, put in place of :attr:`path` at the end, or ``None`` (it is the path's own).
        self._side: Path | None = None
        resuming = resume and (partial.is_file() or path.is_file())
        if resuming and partial.is_file():
            self._side = partial
        elif not resuming:
            files.check_writable(path, force=force)
            if partial.is_file() and not force:
                raise OutputError(
                    f"{partial} holds the records of a run that was stopped short: use --resume to go on with it,"
                    " or --force to start over"
                )
            if path.is_file():  # a regular file replaced (--force): kept whole until the run ends
                self._side = partial
        written = self._written
        try:  # appending, locked first: nothing is read or emptied under another run's feet
            self._handle = files.opened(written, "a")
        except OSError as exc:
            raise files.unwritable(path, exc) from None
        try:
            files.lock(self._handle.fileno(), written)
            if resuming:
                self.done = self._keep(key)
            else:
                files.truncate(self._handle.fileno())
                if self._side is None and partial.is_file():  # --force: a stopped run started over
                    partial.unlink()
        except BaseException:
            self._handle.close()
            raise

    @property
    def _written(self) -> Path:
        """The file the lines go to: the side file, or the path's own."""
        return self._side or self.path

    def _keep(self, key: Callable[[str], str | None]) -> frozenset[str]:
        written = self._written
        try:
            data = written.read_bytes()
        except OSError as exc:
            raise OutputError(f"cannot resume from {written}: {exc.strerror or exc}") from None
        complete = data[: data.rfind(b"\n") + 1]
        ids, kept = [], []
        for number, line in enumerate(complete.split(b"\n"), start=1):
            if not line.strip():
                continue
            try:
                found = key(line.decode("utf-8"))
            except ValueError:
                raise OutputError(
                    f"{written} line {number} is not a record communique wrote; not resuming from it"
                ) from None
            if found is not None:
                ids.append(found)
                kept.append(line + b"\n")
        if len(joined := b"".join(kept)) < len(data):
            # the partial line of a kill, and the records to do again: the lines kept are put in
            # the file's place whole (a kill meanwhile leaves the old file as it was, never half
            # of each), then appended to and locked again as the file now there
            self._replace(joined.decode("utf-8"))  # (every line kept was read as UTF-8)
        return frozenset(ids)

    def _replace(self, text: str) -> None:
        # (the user's file's mode kept: it is still their file, only shorter)
        written = self._written
        files.write_atomic(written, text, force=True, keep_mode=True)
        self._handle.close()
        try:
            self._handle = files.opened(written, "a")
        except OSError as exc:
            raise files.unwritable(self.path, exc) from None
        files.lock(self._handle.fileno(), written)

    def write(self, text: str) -> None:
        try:
            self._handle.write(text)
            self._handle.flush()
        except OSError as exc:
            raise files.unwritable(self.path, exc) from None

    def commit(self) -> None:
        """Close the file (and release its lock): every line is in it already; a side
        file is put in the place of the file it replaces, with that file's mode."""
        try:
            if self._side is not None:
                with contextlib.suppress(OSError):  # (a file gone meanwhile: the new one has its own mode)
                    os.fchmod(self._handle.fileno(), os.stat(self.path).st_mode & 0o7777)
                os.fsync(self._handle.fileno())
            self._handle.close()
            if self._side is not None:
                os.replace(self._side, os.path.realpath(self.path))
        except OSError as exc:
            raise files.unwritable(self.path, exc) from None

    def discard(self) -> None:
        """Close the file, whatever its last flush says: the lines written stay (in the
        side file, for ``resume``, when one is written; the earlier file is left whole)."""
        with contextlib.suppress(OSError):
            self._handle.close()


class Sink:
    """Results rendered as text into an :class:`Output`: ``head`` first, ``render``'s
    text for each result (``separator`` between two), ``foot`` last."""

    def __init__(
        self,
        out: Output,
        render: Callable[[Loaded, Any], str],
        *,
        head: str = "",
        foot: str = "",
        separator: str = "",
        done: frozenset[str] = frozenset(),
    ) -> None:
        self.out, self.render = out, render
        self.head, self.foot, self.separator = head, foot, separator
        #: Ids of documents the output holds already (a resumed JSONL file).
        self.done = done
        self._count = 0

    def write(self, item: Loaded, value: Any) -> None:
        """Add one result."""
        self.out.write((self.head if self._count == 0 else self.separator) + self.render(item, value))
        self._count += 1

    def close(self) -> None:
        """Finish the output (a file is put in place)."""
        self.out.write((self.head if self._count == 0 else "") + self.foot)
        self.out.commit()

    def abort(self) -> None:
        """Stop: what is out stays out; a file not yet in place is dropped."""
        self.out.discard()


def output(path: Path | None, *, force: bool) -> Output:
    """Standard output (no path, ``-``, ``/dev/stdout``) or a file written atomically."""
    path = files.target(path)
    return Stdout() if path is None else files.AtomicFile(path, force=force)


def side(path: Path) -> Path:
    """The file a JSON Lines output is written to while it replaces an earlier one:
    ``records.jsonl.partial`` beside the file ``path`` names (a symlink's target's)."""
    real = Path(os.path.realpath(path))
    return real.with_name(real.name + ".partial")


def jsonl(
    path: Path | None,
    render: Callable[[Loaded, Any], str],
    *,
    key: Callable[[str], str | None],
    force: bool,
    resume: bool,
) -> Sink:
    """A JSON Lines sink: ``render`` gives each result's line, ``key`` reads a line's id."""
    path = files.target(path)
    if path is None:
        return Sink(Stdout(), render)
    lines = LineFile(path, key=key, force=force, resume=resume)
    return Sink(lines, render, done=lines.done)


# --- a folder of texts ------------------------------------------------------------------


#: The bytes of a file name a document id may give, its suffix apart: file systems take
#: 255 (ext4, APFS, NTFS), and an id may be a scraper's whole title, or thousands of characters.
NAME_BYTES = 200


def file_name(document_id: str, suffix: str) -> str:
    """A safe file name for a document id: ``"2026/01 brief"`` → ``"2026_01_brief" + suffix``.
    An id too long for a file name is cut, and told from the others cut alike by a hash of
    it (was: ``OSError: [Errno 36] File name too long`` for the whole batch)."""
    name = re.sub(r"[^\w.-]+", "_", document_id).strip("._") or "document"
    if _DEVICE.fullmatch(name.split(".", 1)[0]):
        name = "_" + name
    return shortened(name, NAME_BYTES, of=document_id) + suffix


#: The names Windows keeps for its devices, whatever follows their first dot: a file
#: ``CON.en.txt`` cannot be made there, and ``NUL.en.txt`` is the null device (a
#: translation written to it lost without a word). An id such as ``CON`` or ``aux``
#: names its file with a ``_`` before it.
_DEVICE = re.compile(r"(?i)con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]")


def _alike(name: str) -> str:
    """What a file name is to a file system that tells no case apart and composes accents
    (macOS, Windows): ``Brief-1`` and ``brief-1`` name one file there, as ``é`` and ``e``
    with a combining accent do on macOS."""
    return unicodedata.normalize("NFC", name).casefold()


def _names_apart(ids: list[str], suffix: str) -> dict[str, str]:
    """The file name of each distinct id of ``ids``: :func:`file_name`, unless another id's
    name is alike (:func:`_alike`: ``Brief-1`` and ``brief-1``, ``a/b`` and ``a_b``). Each
    id of such a group is then told apart by a hash of it, ``brief-1-<12 hex>.en.txt``:
    the same id gets the same name whatever the order of the batch, and none overwrites
    another on any file system (was: ``Brief-1`` and ``brief-1`` wrote one file on macOS
    and Windows, the first translation lost). An id given twice stays one name."""
    named = {document_id: file_name(document_id, "") for document_id in ids}
    groups: dict[str, set[str]] = {}
    for document_id, name in named.items():
        groups.setdefault(_alike(name), set()).add(document_id)
    return {
        document_id: (name if len(groups[_alike(name)]) == 1 else _hashed(name, document_id)) + suffix
        for document_id, name in named.items()
    }


def _hashed(name: str, document_id: str) -> str:
    """``name`` with a hash of ``document_id`` after it, within :data:`NAME_BYTES`."""
    digest = hashlib.sha256(document_id.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{shortened(name, NAME_BYTES - 13, of=document_id)}-{digest}"


class TextFolder:
    """One text file per document in a folder (``<id><suffix>``), each written atomically.

    Opening checks every file the batch will write: one that exists is an error unless
    ``force`` (replace it) or ``resume`` (its document is :attr:`done`).
    """

    def __init__(
        self,
        folder: Path,
        ids: Iterable[str],
        render: Callable[[Loaded, Any], str],
        *,
        suffix: str,
        force: bool,
        resume: bool,
    ) -> None:
        if folder.exists() and not folder.is_dir():
            raise OutputError(f"{folder} is not a folder")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create {folder}: {exc.strerror or exc}") from None
        self.folder, self.render, self.suffix, self.force = folder, render, suffix, force
        ids = list(ids)
        self.names = _names_apart(ids, suffix)
        done: set[str] = set()
        owners: dict[str, str] = {}
        for document_id in ids:
            name = self.names[document_id]
            path = folder / name
            if _alike(name) in owners:
                raise OutputError(
                    f"{owners[_alike(name)]!r} and {document_id!r} would both be written to {path}"
                )
            owners[_alike(name)] = document_id
            if path.exists() and resume:
                done.add(document_id)
            elif not force:
                files.check_writable(path, force=False)
        self.done = frozenset(done)

    def path(self, document_id: str) -> Path:
        return self.folder / (self.names.get(document_id) or file_name(document_id, self.suffix))

    def write(self, item: Loaded, value: Any) -> None:
        files.write_atomic(self.path(item.id), self.render(item, value), force=self.force)

    def close(self) -> None:
        """Nothing to do: every file is in place already."""

    abort = close


# --- failures ---------------------------------------------------------------------------


#: The most of a reason a line on the terminal shows (``--errors FILE`` keeps it whole).
_MOST_SHOWN = 1000


def _short(reason: str) -> str:
    """A reason as one line on the terminal shows it: whole, or its first items (``; ``
    apart) up to :data:`_MOST_SHOWN` characters and how many more there are. A reply of
    400 invented encounters made a line of 40 KB, each dropped one named."""
    if len(reason) <= _MOST_SHOWN:
        return reason
    items = reason.split("; ")
    shown: list[str] = []
    for item in items:
        if len("; ".join([*shown, item])) > _MOST_SHOWN:
            break
        shown.append(item)
    if not shown:
        return reason[: _MOST_SHOWN - 1] + "…"
    return "; ".join(shown) + f"; … and {len(items) - len(shown)} more (--errors FILE keeps them all)"


class ErrorLog:
    """Documents that failed, or were done with problems: one JSON line each (``id``,
    ``input``, ``status``, ``reason``) in a file, flushed at once, or one line each on
    stderr when there is no file."""

    def __init__(self, path: Path | None, *, force: bool) -> None:
        self.path = path
        self.count = 0
        self._lines = None if path is None else LineFile(path, key=str, force=force, resume=False)

    def add(self, document_id: str, origin: str, reason: str, *, status: str = "failed") -> None:
        """Record one document: ``failed``, done with ``problems``, or ``repaired``;
        ``reason`` is put on one line (and on a terminal, so are the id and the input's
        name, which a file name's line break or escape sequence would break or take over)."""
        reason = " ".join(reason.split())
        self.count += status == "failed"
        if self._lines is None:
            print(f"communique: {status}: {one_line(document_id)} ({one_line(origin)}): {_short(one_line(reason))}",
                  file=sys.stderr)  # fmt: skip
        else:
            line = {
                "id": document_id,
                "input": readable(origin),
                "status": status,
                "reason": readable(reason),
            }
            self._lines.write(json.dumps(line, ensure_ascii=False) + "\n")

    def close(self) -> None:
        if self._lines is not None:
            self._lines.commit()
