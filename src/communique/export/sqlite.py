"""Records in a SQLite database: tables joined by foreign keys, ready for Datasette."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from communique.errors import OutputError
from communique.export import files, text

if TYPE_CHECKING:
    from communique.ingest.inputs import Loaded
    from communique.schema import Analysis

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

    def __init__(self, path: Path, *, force: bool, resume: bool, whole: bool = False) -> None:
        self.path = path
        #: Made by this run: removed again if the run stops before its first record.
        self.fresh = not (resume and path.is_file())
        self._written = 0
        self._force = force
        #: ``whole``: the database is made under a temporary name and put in place by
        #: :meth:`close` only, so that a run that fails midway (a record refused, Ctrl-C, a
        #: full disk) leaves the file it names as it was, never half-written nor emptied.
        self._temp: str | None = None
        if self.fresh:
            files.check_writable(path, force=force)
        if whole and self.fresh and files.regular_or_absent(path):
            self._lock, self._temp = files.temporary(path)
        else:
            try:  # locked before anything is read or emptied: one run at a time
                self._lock = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
            except OSError as exc:
                raise files.unwritable(path, exc) from None
        try:
            files.lock(self._lock, path)
        except BaseException:
            self._drop()
            raise
        try:
            self.db = sqlite3.connect(self._temp or path)
        except sqlite3.Error as exc:
            self._drop()
            raise OutputError(f"{path} is not a database communique can write to ({exc})") from None
        try:
            if self.fresh and self._temp is None:
                files.truncate(self._lock)
                for stale in _companions(path):
                    stale.unlink(missing_ok=True)
            else:
                _check_ours(self.db, path)
            if self._temp is not None:  # synced once, whole, when put in place: not at each record
                self.db.execute("PRAGMA synchronous = OFF")
            self.db.executescript(_SCHEMA)
            kept = dict(self.db.execute("SELECT id, record FROM documents"))
            #: Records read offline for the model's fault: not done, replaced when done again.
            self._redo = {document_id for document_id, record in kept.items() if _read_offline(record)}
            self.done = frozenset(kept.keys() - self._redo)
        except sqlite3.Error as exc:
            self.abort()
            raise OutputError(f"{path} is not a database communique can write to ({exc})") from None
        except BaseException:
            self.abort()
            raise

    def _drop(self) -> None:
        """Close the lock, and remove the temporary database if there is one."""
        os.close(self._lock)
        if self._temp is not None:
            for made in (Path(self._temp), *_companions(Path(self._temp))):
                made.unlink(missing_ok=True)
            files.forget(self._temp)

    def write(self, item: Loaded, record: Analysis) -> None:
        doc, made = record.document, record.provenance
        document_id = doc.id or item.id  # stdin without front matter goes by "stdin"
        try:
            with self.db:
                if document_id in self._redo:
                    self.db.execute("DELETE FROM documents WHERE id = ?", (document_id,))
                    self._redo.discard(document_id)
                self.db.execute(
                    "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (document_id, doc.language, _text(doc.published), doc.source, doc.title,
                     int(record.is_meeting_report), record.summary and record.summary.en,
                     record.summary and record.summary.fr, made and made.backend, made and made.model,
                     made and made.prompt, made and int(made.cached), made and made.tokens_in,
                     made and made.tokens_out, text.to_json(record, indent=None)),
                )  # fmt: skip
                for number, m in enumerate(record.meetings, start=1):
                    meeting = self.db.execute(
                        "INSERT INTO meetings (document_id, number, kind, status, date, end_date, date_text, city,"
                        " country, venue, parties) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (document_id, number, m.kind.value, m.status.value, _text(m.date), _text(m.end_date),
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
        except sqlite3.IntegrityError as exc:
            if "documents.id" not in str(exc):
                raise OutputError(f"cannot write {self.path}: {exc}") from None
            shown = repr(document_id if len(document_id) <= 80 else document_id[:80] + "…")
            raise OutputError(
                f"cannot write {self.path}: it holds a record of document {shown} already, and a database keeps "
                "one record a document (records that name a document twice: give each once, or write jsonl)"
            ) from None
        except sqlite3.Error as exc:
            raise OutputError(f"cannot write {self.path}: {exc}") from None
        self._written += 1

    def close(self) -> None:
        """Close the database: every record is committed already (a database made whole
        is put in place now)."""
        self.db.close()
        if self._temp is None:
            os.close(self._lock)
            return
        try:
            os.fsync(self._lock)
            target = Path(os.path.realpath(self.path))
            for stale in _companions(target):  # an old journal would be replayed into the new file
                stale.unlink(missing_ok=True)
            files.place(self._temp, target, self.path, force=self._force)
        except OSError as exc:
            raise files.unwritable(self.path, exc) from None
        finally:
            self._drop()

    def abort(self) -> None:
        """Stop: the records committed stay; a database this run made and wrote
        nothing to is removed, never left half-made; one made whole is dropped."""
        self.db.close()
        if self._temp is not None:
            self._drop()
            return
        os.close(self._lock)
        if self.fresh and self._written == 0:
            for made in (self.path, *_companions(self.path)):
                made.unlink(missing_ok=True)


#: The columns of the table ``documents`` of a database communique made.
_DOCUMENT_COLUMNS = (
    "id", "language", "published", "source", "title", "is_meeting_report", "summary_en", "summary_fr", "backend",
    "model", "prompt", "cached", "tokens_in", "tokens_out", "record",
)  # fmt: skip


def _check_ours(db: sqlite3.Connection, path: Path) -> None:
    """Refuse to go on in a database that holds tables but not communique's ``documents``
    (a user's own database given to ``--resume``): its tables would have been added to
    it, and its records written among the user's. Tables added beside communique's (a
    full-text index) are let be."""
    tables = sorted(row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
    if not tables:
        return
    columns = tuple(row[1] for row in db.execute("PRAGMA table_info(documents)"))
    if columns != _DOCUMENT_COLUMNS:
        held = ", ".join(tables[:3]) + (f" and {len(tables) - 3} more" if len(tables) > 3 else "")
        why = "a table 'documents' of another shape" if "documents" in tables else f"the tables {held}"
        raise OutputError(
            f"{path} is a database communique did not write (it holds {why}); not resuming into it: give another -o"
        )


def _companions(path: Path) -> tuple[Path, ...]:
    """The files SQLite keeps beside a database."""
    return tuple(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _read_offline(record: str) -> bool:
    """Whether a kept record is the offline reading for the model's fault (see
    :attr:`communique.schema.Provenance.read_offline`): ``--resume`` does it again."""
    from communique.schema import Provenance

    try:
        made = json.loads(record).get("provenance")
        return made is not None and Provenance.model_validate(made).read_offline
    except (ValueError, AttributeError):  # not a record of ours: kept as it is
        return False
