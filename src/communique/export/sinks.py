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
  place at the end (:class:`~communique.export.AtomicFile`): a stopped batch leaves the
  old file, or none.
- A folder of texts (:class:`TextFolder`) gets one file per document, each atomic.

Nothing existing is replaced without ``force``; every refusal happens when the sink
is opened, before any work.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from . import export
from .errors import OutputError

if TYPE_CHECKING:
    from .inputs import Loaded
    from .schema import Analysis

#: The formats of ``communique summarise``.
RECORD_FORMATS = ("json", "jsonl", "md", "csv", "html", "sqlite")
#: The formats that can be resumed: written record by record.
RESUMABLE = ("jsonl", "sqlite")


class Output(Protocol):
    """Text written piece by piece, then committed or discarded."""

    def write(self, text: str) -> None: ...
    def commit(self) -> None: ...
    def discard(self) -> None: ...


class Stdout:
    """Standard output, flushed after every piece (a pipe gets each record at once)."""

    def write(self, text: str) -> None:
        sys.stdout.write(text)
        sys.stdout.flush()

    def commit(self) -> None:
        """Nothing to do: every piece is out already."""

    discard = commit


class LineFile:
    """A JSON Lines file written line by line, each line flushed.

    With ``resume``, the complete lines already there are kept (each must be one that
    ``key`` reads, else nothing is touched) and their ids are :attr:`done`; a partial
    last line, left by a kill, is dropped. Without it, an existing file is replaced only
    with ``force``.
    """

    def __init__(self, path: Path, *, key: Callable[[str], str], force: bool, resume: bool) -> None:
        self.path = path
        self.done: frozenset[str] = frozenset()
        if resume and path.is_file():
            self.done = self._keep(key)
            mode = "a"
        else:
            export.check_writable(path, force=force)
            mode = "w"
        try:
            self._handle = path.open(mode, encoding="utf-8", newline="")
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None

    def _keep(self, key: Callable[[str], str]) -> frozenset[str]:
        try:
            data = self.path.read_bytes()
        except OSError as exc:
            raise OutputError(f"cannot resume from {self.path}: {exc.strerror or exc}") from None
        complete = data[: data.rfind(b"\n") + 1]
        ids = []
        for number, line in enumerate(complete.split(b"\n"), start=1):
            if not line.strip():
                continue
            try:
                ids.append(key(line.decode("utf-8")))
            except ValueError:
                raise OutputError(
                    f"{self.path} line {number} is not a record communique wrote; not resuming from it"
                ) from None
        if len(complete) < len(data):
            with self.path.open("r+b") as handle:  # the partial line of a kill
                handle.truncate(len(complete))
        return frozenset(ids)

    def write(self, text: str) -> None:
        try:
            self._handle.write(text)
            self._handle.flush()
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from None

    def commit(self) -> None:
        """Close the file: every line is in it already."""
        self._handle.close()

    discard = commit


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


def _output(path: Path | None, *, force: bool) -> Output:
    return Stdout() if path is None else export.AtomicFile(path, force=force)


def jsonl(
    path: Path | None,
    render: Callable[[Loaded, Any], str],
    *,
    key: Callable[[str], str],
    force: bool,
    resume: bool,
) -> Sink:
    """A JSON Lines sink: ``render`` gives each result's line, ``key`` reads a line's id."""
    if path is None:
        return Sink(Stdout(), render)
    lines = LineFile(path, key=key, force=force, resume=resume)
    return Sink(lines, render, done=lines.done)


def _record_id(line: str) -> str:
    from .schema import Analysis

    return Analysis.model_validate_json(line).document.id or ""


def records(fmt: str, path: Path | None, *, force: bool, resume: bool, title: str = "communique") -> Sink:
    """A sink of :class:`~communique.schema.Analysis` records in one of
    :data:`RECORD_FORMATS`, to ``path`` or stdout."""
    if fmt == "jsonl":
        return jsonl(path, lambda _, r: export.to_json(r, indent=None) + "\n", key=_record_id, force=force,
                     resume=resume)  # fmt: skip
    if fmt == "sqlite":
        if path is None:
            raise OutputError("a SQLite database needs a file: give -o FILE.db")
        return SqliteSink(path, force=force, resume=resume)
    out = _output(path, force=force)
    if fmt == "json":
        return Sink(out, lambda _, r: export.to_json(r) + "\n")
    if fmt == "md":
        return Sink(out, lambda _, r: export.to_markdown(r), separator="\n---\n\n")
    if fmt == "csv":
        return Sink(out, lambda _, r: export.to_csv([r], header=False), head=export.to_csv([]))
    if fmt == "html":
        from .report_html import RECORDS_END, record_section, records_head

        return Sink(out, lambda item, r: record_section(r, item.source.text), head=records_head(title),
                    foot=RECORDS_END)  # fmt: skip
    raise ValueError(f"unknown format {fmt!r}")


# --- a folder of texts ------------------------------------------------------------------


def file_name(document_id: str, suffix: str) -> str:
    """A safe file name for a document id: ``"2026/01 brief"`` → ``"2026_01_brief" + suffix``."""
    return (re.sub(r"[^\w.-]+", "_", document_id).strip("._") or "document") + suffix


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
        done, owners = set(), {}
        for document_id in ids:
            path = self.path(document_id)
            if path.name in owners:
                raise OutputError(
                    f"{owners[path.name]!r} and {document_id!r} would both be written to {path}"
                )
            owners[path.name] = document_id
            if path.exists() and resume:
                done.add(document_id)
            elif not force:
                export.check_writable(path, force=False)
        self.done = frozenset(done)

    def path(self, document_id: str) -> Path:
        return self.folder / file_name(document_id, self.suffix)

    def write(self, item: Loaded, value: Any) -> None:
        export.write_atomic(self.path(item.id), self.render(item, value), force=self.force)

    def close(self) -> None:
        """Nothing to do: every file is in place already."""

    abort = close


# --- SQLite -----------------------------------------------------------------------------

_SCHEMA = """
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    language TEXT NOT NULL,
    published TEXT,
    source TEXT,
    title TEXT,
    is_meeting_report INTEGER NOT NULL,
    summary_en TEXT,
    summary_fr TEXT,
    backend TEXT,
    model TEXT,
    prompt TEXT,
    cached INTEGER,
    tokens_in INTEGER,
    tokens_out INTEGER,
    record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meetings (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    date TEXT,
    end_date TEXT,
    date_text TEXT,
    city TEXT,
    country TEXT,
    venue TEXT,
    parties TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS participants (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    name TEXT,
    title TEXT,
    organisation TEXT,
    party TEXT,
    role TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS topics (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    PRIMARY KEY (meeting_id, topic)
);
CREATE TABLE IF NOT EXISTS outcomes (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS meetings_document ON meetings (document_id);
CREATE INDEX IF NOT EXISTS participants_meeting ON participants (meeting_id);
CREATE INDEX IF NOT EXISTS outcomes_meeting ON outcomes (meeting_id);
"""


class SqliteSink:
    """Records in a SQLite database, one transaction each: tables ``documents``,
    ``meetings``, ``participants``, ``topics`` and ``outcomes``, joined by foreign keys
    (``datasette out.db``, ``sqlite-utils tables out.db``). Lists of codes (a meeting's
    parties) are JSON arrays; ``documents.record`` is the whole record as JSON."""

    def __init__(self, path: Path, *, force: bool, resume: bool) -> None:
        self.path = path
        existing = path.is_file()
        if not (resume and existing):
            export.check_writable(path, force=force)
            for stale in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
                stale.unlink(missing_ok=True)
        try:
            self.db = sqlite3.connect(path)
            self.db.executescript(_SCHEMA)
            self.done = frozenset(row[0] for row in self.db.execute("SELECT id FROM documents"))
        except sqlite3.Error as exc:
            raise OutputError(f"{path} is not a database communique can write to ({exc})") from None

    def write(self, item: Loaded, record: Analysis) -> None:
        doc, made = record.document, record.provenance
        try:
            with self.db:
                self.db.execute(
                    "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (doc.id, doc.language, _text(doc.published), doc.source, doc.title,
                     int(record.is_meeting_report), record.summary and record.summary.en,
                     record.summary and record.summary.fr, made and made.backend, made and made.model,
                     made and made.prompt, made and int(made.cached), made and made.tokens_in,
                     made and made.tokens_out, export.to_json(record, indent=None)),
                )  # fmt: skip
                for number, m in enumerate(record.meetings, start=1):
                    meeting = self.db.execute(
                        "INSERT INTO meetings (document_id, number, kind, status, date, end_date, date_text, city,"
                        " country, venue, parties) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (doc.id, number, m.kind.value, m.status.value, _text(m.date), _text(m.end_date),
                         m.date_text, m.location.city, m.location.country, m.location.venue, json.dumps(m.parties)),
                    ).lastrowid  # fmt: skip
                    self.db.executemany(
                        "INSERT INTO participants (meeting_id, name, title, organisation, party, role)"
                        " VALUES (?, ?, ?, ?, ?, ?)",
                        [
                            (meeting, p.name, p.title, p.organisation, p.party, p.role.value)
                            for p in m.participants
                        ],
                    )
                    self.db.executemany(
                        "INSERT INTO topics VALUES (?, ?)", [(meeting, t.value) for t in m.topics]
                    )
                    self.db.executemany(
                        "INSERT INTO outcomes (meeting_id, type, text) VALUES (?, ?, ?)",
                        [(meeting, o.type.value, o.text) for o in m.outcomes],
                    )
        except sqlite3.Error as exc:
            raise OutputError(f"cannot write {self.path}: {exc}") from None

    def close(self) -> None:
        """Close the database: every record is committed already."""
        self.db.close()

    abort = close


def _text(value: object) -> str | None:
    return None if value is None else str(value)


# --- failures ---------------------------------------------------------------------------


class ErrorLog:
    """Documents that failed: one JSON line each (``id``, ``input``, ``reason``) in a
    file, flushed at once, or one line each on stderr when there is no file."""

    def __init__(self, path: Path | None, *, force: bool) -> None:
        self.path = path
        self.count = 0
        self._lines = None if path is None else LineFile(path, key=str, force=force, resume=False)

    def add(self, document_id: str, origin: str, reason: str) -> None:
        """Record one failure; ``reason`` is put on one line."""
        reason = " ".join(reason.split())
        self.count += 1
        if self._lines is None:
            print(f"communique: failed: {document_id} ({origin}): {reason}", file=sys.stderr)
        else:
            self._lines.write(
                json.dumps({"id": document_id, "input": origin, "reason": reason}, ensure_ascii=False) + "\n"
            )

    def close(self) -> None:
        if self._lines is not None:
            self._lines.commit()
