"""The call log: every model call in a SQLite database, so users can see what they spent.

Like ``llm logs``: one row per model call (cache hits included, at no cost), with
time, backend, model, endpoint host, prompt version, document id, tokens in and out,
attempts, duration, cache hit and outcome (``ok``, ``reasked``, ``repaired`` or
``problems`` with what, ``failed`` with the reason). Extractions and translations are
logged alike, a failed one with what it spent. Never a key or a communiqué's text. Several processes may write at once:
SQLite's write-ahead log and a busy timeout serialise them without losing rows.

``communique logs`` lists recent calls and totals tokens and cost per day, model and
prompt version; ``communique logs --off`` (or ``COMMUNIQUE_LOG=0``) stops logging.

The log is never fatal: a data directory that cannot be written or a corrupt database
is logged as a warning once, and the run goes on without the log.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from pathlib import Path

from communique.errors import ConfigError, database_errors

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (see communique)
if TYPE_CHECKING:  # the records' models are imported where a call is made into a row (a replay needs none)
    import sqlite3
    from typing import Any

    from communique.schema import Provenance, Usage

_SCHEMA = """
CREATE TABLE IF NOT EXISTS calls (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    time TEXT NOT NULL,
    backend TEXT NOT NULL,
    model TEXT,
    endpoint TEXT,
    prompt TEXT,
    document_id TEXT,
    tokens_in INTEGER NOT NULL DEFAULT 0,
    tokens_out INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    duration_s REAL NOT NULL DEFAULT 0,
    cached INTEGER NOT NULL DEFAULT 0,
    outcome TEXT NOT NULL,
    reason TEXT
);
CREATE INDEX IF NOT EXISTS calls_time ON calls (time);
"""


#: The columns of a call, in the order of the table.
_COLUMNS = ("time", "backend", "model", "endpoint", "prompt", "document_id", "tokens_in", "tokens_out",
            "attempts", "duration_s", "cached", "outcome", "reason")  # fmt: skip


#: The rows logged in this context while :func:`watching`.
_WATCHED: ContextVar[list[dict[str, Any]] | None] = ContextVar("communique_logged_rows", default=None)
#: The log whose rows this context holds back until the end of :meth:`CallLog.together`, and the rows.
_HELD: ContextVar[tuple[CallLog, list[dict[str, Any]]] | None] = ContextVar(
    "communique_held_rows", default=None
)


@contextmanager
def watching() -> Iterator[list[dict[str, Any]]]:
    """The rows logged in this context (this thread) until the block ends: what a
    replay of the command logs again (:mod:`communique.replay`)."""
    rows: list[dict[str, Any]] = []
    token = _WATCHED.set(rows)
    try:
        yield rows
    finally:
        _WATCHED.reset(token)


def recalled(row: dict[str, Any]) -> dict[str, Any] | None:
    """The row logged when the record that the call of ``row`` made is read back from the
    cache: the same call (model, prompt, document, tokens and attempts, which the record's
    provenance keeps), a cache hit, ``ok`` (a re-ask costs nothing the second time).
    None when that record was not clean (a read-back then logs the record's status and
    what it names) or the call failed."""
    if row["outcome"] not in ("ok", "reasked"):
        return None
    return {**row, "cached": 1, "outcome": "ok"}


@dataclass(frozen=True)
class Call:
    """One logged model call."""

    time: str
    backend: str
    endpoint: str | None
    prompt: str | None
    document_id: str | None
    usage: Usage
    duration_s: float
    outcome: str  # "ok", "reasked", "repaired", "problems" or "failed"
    reason: str | None = None

    def row(self) -> dict[str, Any]:
        """The call as one flat row: the table's columns, in order."""
        from communique.schema import by_name

        flat = {**by_name(self), **self.usage.fields()}
        return {column: flat[column] for column in _COLUMNS}

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> Call:
        """The call a row of the table holds."""
        from communique.schema import Usage

        values = dict(zip(_COLUMNS, row, strict=True))
        usage = Usage(model=values["model"], cached=bool(values["cached"]), attempts=values["attempts"],
                      tokens_in=values["tokens_in"], tokens_out=values["tokens_out"])  # fmt: skip
        return cls(values["time"], values["backend"], values["endpoint"], values["prompt"], values["document_id"],
                   usage, values["duration_s"], values["outcome"], values["reason"])  # fmt: skip


@dataclass(frozen=True)
class Total:
    """Tokens and cost of the calls of one day, model and prompt version."""

    day: str
    model: str | None
    prompt: str | None
    calls: int
    tokens_in: int
    tokens_out: int
    cost_usd: float | None  # None when the model has no price in the table


class CallLog:
    """The call log of one data directory."""

    def __init__(self, data_dir: str | Path) -> None:
        self.directory = Path(data_dir)
        self.path = self.directory / "logs.db"
        self._writer: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        #: Set by the first fault: the log is unusable and left alone from then on.
        self.broken = False

    def _fault(self, exc: Exception) -> None:
        """Warn once that the log is unusable, and stop using it."""
        if not self.broken:
            self.broken = True
            import logging  # only on a fault: a replay logs its row without it (see communique.replay)

            logging.getLogger("communique").warning(
                "the call log %s is unusable (%s); going on without it", self.path, exc
            )

    @property
    def enabled(self) -> bool:
        """Logging is on unless ``communique logs --off`` left its marker."""
        return not (self.directory / "logs-off").exists()

    @classmethod
    def of_run(cls, data_dir: str | Path, *, on: bool) -> CallLog | None:
        """The log a run writes to: none when it is turned off (``on`` false, from
        ``COMMUNIQUE_LOG=0``, or ``communique logs --off``). A data folder that cannot
        be used is a :class:`~communique.errors.ConfigError` before any call is made."""
        if not on:
            return None
        log = cls(data_dir).usable(" (or COMMUNIQUE_LOG=0 for a run without the call log)")
        return log if log.enabled else None

    def usable(self, hint: str = "") -> CallLog:
        """This log, if its data folder can be used: a file where the folder should be
        (or on the way to it), or a folder that cannot be read, is a
        :class:`~communique.errors.ConfigError`, ``hint`` ending its message (was:
        ``communique logs`` listing nothing, exit 0; ``logs --off`` saying "File exists")."""
        problem = _folder_problem(self.directory)
        if problem is not None:
            raise ConfigError(
                f"the data folder {self.directory} {problem}: set COMMUNIQUE_DATA_DIR to a folder you can write{hint}"
            )
        return self

    def add(self, *, backend: str, endpoint: str | None, prompt: str | None, document_id: str | None,
            usage: Usage, model: str | None, seconds: float, reasked: bool = False,
            made: Provenance | None = None, failure: BaseException | None = None) -> None:  # fmt: skip
        """Log one call: what it ``made`` (whose provenance says whether it is clean,
        repaired or has problems, and what) or its ``failure`` (what the failed attempts
        spent comes with the error); ``usage`` is what the calls that held spent, of
        ``model`` unless they say otherwise."""
        from communique.schema import Usage

        outcome, reason = ("reasked" if reasked and not usage.cached else "ok"), None
        if failure is not None:
            spent = Usage(attempts=getattr(failure, "attempts", 0), tokens_in=getattr(failure, "tokens_in", 0),
                          tokens_out=getattr(failure, "tokens_out", 0))  # fmt: skip
            usage, outcome, reason = usage + spent, "failed", str(failure)
        elif made is not None and made.status != "clean":
            outcome, reason = made.status, "; ".join(made.problems or made.repairs)
        self.record(
            Call(time=now(), backend=backend, endpoint=endpoint, prompt=prompt, document_id=document_id,
                 usage=replace(usage, model=usage.model or model), duration_s=round(seconds, 3), outcome=outcome,
                 reason=" ".join(reason.split())[:500] if reason else None)
        )  # fmt: skip

    def switch(self, *, on: bool) -> None:
        """Turn logging on or off for every later run."""
        self.directory.mkdir(parents=True, exist_ok=True)
        marker = self.directory / "logs-off"
        if on:
            marker.unlink(missing_ok=True)
        else:
            marker.touch()

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        self.directory.mkdir(parents=True, exist_ok=True)
        import sqlite3  # here only: a run that logs no call does not import it

        with closing(sqlite3.connect(self.path, timeout=30)) as db:
            db.execute("PRAGMA busy_timeout = 30000")
            _write_ahead(db)
            db.executescript(_SCHEMA)
            with db:  # one transaction
                yield db

    def record(self, call: Call) -> None:
        """Append one call. The connection stays open for the next one (a batch logs
        thousands); each call is its own transaction, committed at once."""
        row = call.row()
        row["cached"] = int(row["cached"])
        self.insert(row)

    def insert(self, row: dict[str, Any]) -> None:
        """Append one row of the table's columns (:meth:`record` makes it of a call; a
        replay of a command logs again the rows its run logged, see :func:`watching`).
        Inside :meth:`together` (in the same thread), the row is written at its end."""
        held = _HELD.get()
        if held is not None and held[0] is self:
            held[1].append(row)
            return
        self._write([row])

    @contextmanager
    def together(self) -> Iterator[None]:
        """The rows this thread adds inside the block are written at its end, in one
        transaction (a batch's records read from the cache: a transaction a row cost
        more than reading them); interrupted, the rows added so far are written still."""
        rows: list[dict[str, Any]] = []
        token = _HELD.set((self, rows))
        try:
            yield
        finally:
            _HELD.reset(token)
            if rows:
                self._write(rows)

    def _write(self, rows: list[dict[str, Any]]) -> None:
        """Append rows of the same columns, in one transaction; never fatal."""
        with self._lock:
            if self.broken:
                return
            try:
                self._insert(rows)
            except database_errors(OSError) as exc:
                self._fault(exc)
                return
        if (watched := _WATCHED.get()) is not None:
            watched.extend(dict(row) for row in rows)

    def _insert(self, rows: list[dict[str, Any]]) -> None:
        """Rows in one transaction, on the writer connection (opened the first time)."""
        if self._writer is None:
            with self._connect():  # the folder, the schema and the write-ahead log, once
                pass
            import sqlite3

            self._writer = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            self._writer.execute("PRAGMA busy_timeout = 30000")
            self._writer.execute("PRAGMA synchronous = NORMAL")  # WAL: safe, without an fsync per row
        with self._writer as db:
            for row in rows:
                db.execute(
                    f"INSERT INTO calls ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                    tuple(row.values()),
                )

    def recent(self, limit: int = 20) -> list[Call]:
        """The latest calls, newest first."""
        rows = self._query(f"SELECT {', '.join(_COLUMNS)} FROM calls ORDER BY id DESC LIMIT ?", limit)
        return [Call.from_row(row) for row in rows]

    def _query(self, sql: str, *parameters: object) -> list[tuple[Any, ...]]:
        """The rows of a query; none when there is no log yet or it cannot be read."""
        if not self.path.exists() or self.broken:
            return []
        try:
            with self._connect() as db:
                return db.execute(sql, parameters).fetchall()
        except database_errors(OSError) as exc:
            self._fault(exc)
            return []

    def totals(self, prices: dict[str, dict[str, float]] | None = None) -> list[Total]:
        """Tokens and cost per day, model and prompt version, newest day first. Cache
        hits spend nothing and are not counted."""
        prices = load_prices(self.directory) if prices is None else prices
        rows = self._query(
            "SELECT substr(time, 1, 10) AS day, model, prompt, COUNT(*), SUM(tokens_in), SUM(tokens_out)"
            " FROM calls WHERE cached = 0 GROUP BY day, model, prompt ORDER BY day DESC, model, prompt"
        )
        return [Total(day, model, prompt, n, t_in, t_out, cost(prices, model, t_in, t_out))
                for day, model, prompt, n, t_in, t_out in rows]  # fmt: skip


def _folder_problem(directory: Path) -> str | None:
    """What makes ``directory`` no folder to keep files in, or None (a folder not made
    yet is made on the first write, if what is above it is a folder)."""
    above = next((p for p in (directory, *directory.parents) if os.path.lexists(p)), None)
    if above is None:
        return None
    if not above.is_dir():
        return "is a file, not a folder" if above == directory else f"is below {above}, a file, not a folder"
    if above == directory and not os.access(directory, os.R_OK | os.X_OK):
        return "cannot be read (permission denied)"
    return None


def _write_ahead(db: sqlite3.Connection, patience: float = 30.0) -> None:
    """Put the database in write-ahead-log mode (once for all: the mode is kept in the
    file). SQLite does not wait out a busy database for this switch, whatever the busy
    timeout: several processes creating the log at once would see "database is locked"
    at once, so the switch is tried again for ``patience`` seconds."""
    import time

    deadline = time.monotonic() + patience
    while True:
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode = WAL")
            return
        except database_errors(name="OperationalError") as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def now() -> str:
    """The current time as an ISO 8601 UTC timestamp."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def load_prices(data_dir: Path | None = None) -> dict[str, dict[str, float]]:
    """USD per million tokens, by model: the table shipped with communique, overridden
    and extended by ``prices.json`` in the data directory."""
    from importlib import resources

    table: dict[str, Any] = json.loads(
        resources.files("communique").joinpath("data", "prices.json").read_text()
    )
    table.pop("_note", None)
    if data_dir is not None and (override := data_dir / "prices.json").is_file():
        table.update(_prices(override))
    return table


def _prices(path: Path) -> dict[str, dict[str, float]]:
    """The prices a user's ``prices.json`` gives: each model's ``input`` and ``output`` in
    USD per million tokens. A file that cannot be read, or an entry of another shape, is
    said as a warning and left out: costs then come from the shipped table."""
    import logging

    warn = logging.getLogger("communique").warning
    try:
        given = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        warn("%s is unusable (%s); using the shipped prices", path, exc)
        return {}
    if not isinstance(given, dict):
        warn("%s is not an object of prices by model; using the shipped prices", path)
        return {}
    kept = {model: price for model, price in given.items() if _is_price(price)}
    if left_out := sorted(set(given) - set(kept) - {"_note"}):
        warn(
            '%s: %s: not {"input": USD, "output": USD} per million tokens; left out',
            path,
            ", ".join(left_out[:5]),
        )
    return kept


def _is_price(price: Any) -> bool:
    return isinstance(price, dict) and all(
        isinstance(price.get(side), int | float) and not isinstance(price.get(side), bool)
        for side in ("input", "output")
    )


def cost(
    prices: dict[str, dict[str, float]], model: str | None, tokens_in: int, tokens_out: int
) -> float | None:
    """The cost of some tokens, or ``None`` for a model without a price. A model name
    with a date suffix ("gpt-4o-mini-2024-07-18") takes the price of its family."""
    if not model:
        return None
    price = prices.get(model) or next(
        (prices[name] for name in sorted(prices, key=len, reverse=True) if model.startswith(name)), None
    )
    if price is None:
        return None
    return (tokens_in * price["input"] + tokens_out * price["output"]) / 1_000_000
