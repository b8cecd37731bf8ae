"""Saved records back in: JSON Lines or SQLite files that ``communique summarise`` wrote,
each meeting of each record as one compact :class:`Mention`.

Only what merging, people and the atlas need is kept of a record, as named tuples (quick
to make, small to hold), so that a corpus of a hundred thousand records fits in memory
without its Pydantic models.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NamedTuple, TextIO

from pydantic import ValidationError

from communique.errors import InputError
from communique.schema import Analysis
from communique.text import FORMAT_CHARACTERS, each_string, inert

_SQLITE_MAGIC = b"SQLite format 3\x00"

#: The records file that stands for standard input: ``summarise DIR | export - -f csv``.
STDIN = Path("-")


class Named(NamedTuple):
    """A participant as one source names them."""

    name: str | None
    title: str | None
    organisation: str | None
    party: str | None
    role: str


class Doc(NamedTuple):
    """What is known of a source document."""

    id: str
    language: str
    published: dt.date | None
    source: str | None
    title: str | None


class Mention(NamedTuple):
    """One meeting as one document reports it: ``number`` is its place in the record (from 1)."""

    doc: Doc
    number: int
    kind: str
    status: str
    date: dt.date | None
    end_date: dt.date | None
    city: str | None
    country: str | None
    parties: tuple[str, ...]
    participants: tuple[Named, ...]
    topics: tuple[str, ...]
    outcomes: tuple[tuple[str, str], ...]

    @property
    def key(self) -> str:
        """``document#number``: the mention's id."""
        return f"{self.doc.id}#{self.number}"


def mentions(record: Analysis, fallback_id: str) -> Iterator[Mention]:
    """The meetings of one record as mentions; a record without an id goes by ``fallback_id``."""
    d = record.document
    doc = Doc(d.id or fallback_id, d.language, d.published, d.source, d.title)
    for number, m in enumerate(record.meetings, start=1):
        yield Mention(
            doc=doc,
            number=number,
            kind=m.kind.value,
            status=m.status.value,
            date=m.date,
            end_date=m.end_date,
            city=m.location.city,
            country=m.location.country,
            parties=tuple(m.parties),
            participants=tuple(
                Named(p.name, p.title, p.organisation, p.party, p.role.value) for p in m.participants
            ),
            topics=tuple(t.value for t in m.topics),
            outcomes=tuple((o.type.value, o.text) for o in m.outcomes),
        )


def iso(day: dt.date | None) -> str | None:
    """A date as ISO text, None as None."""
    return None if day is None else day.isoformat()


def records(paths: Sequence[Path]) -> Iterator[tuple[Analysis, str]]:
    """Every record of the files, in order, with the id it goes by when it has none
    (``FILE:LINE``). A file that is missing, not records, or holds an invalid record is
    an :class:`~communique.errors.InputError` naming the file and line. :data:`STDIN`
    reads the JSON Lines piped in (``stdin:LINE``), once: a caller that reads the records
    twice keeps them."""
    for path in paths:
        if path == STDIN:  # JSON Lines only: a database is no stream
            yield from _from_jsonl(path)
            continue
        if not path.is_file():
            if path.is_dir():
                raise InputError(f"{path} is a folder: give the records files in it (FILE.jsonl or FILE.db)")
            raise InputError(
                f"{path}: {'not a file (a device or a FIFO)' if path.exists() else 'no such file'}"
            )
        with path.open("rb") as handle:
            magic = handle.read(len(_SQLITE_MAGIC))
        yield from (_from_sqlite(path) if magic == _SQLITE_MAGIC else _from_jsonl(path))


def _from_jsonl(path: Path) -> Iterator[tuple[Analysis, str]]:
    name = "stdin" if path == STDIN else str(path)
    first = True
    try:  # utf-8-sig: the byte-order mark a Windows editor puts first is no part of the first record
        with _opened(path) as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    if first and not line.lstrip().startswith("{"):  # a communiqué, a CSV…: no records at all
                        raise InputError(
                            f"{name}: not records (its first line is no JSON object): give the JSON Lines or "
                            "SQLite file that 'communique summarise' wrote; a communiqué is read by 'summarise'"
                        )
                    first = False
                    yield _parse(line, f"{name}:{number}"), f"{Path(name).name}:{number}"
    except UnicodeDecodeError:
        raise InputError(f"{name}: not UTF-8 text; give JSON Lines or SQLite records") from None
    if first and path == STDIN:  # a file may hold no records; a pipe that brought none is a mistake
        raise InputError("stdin is empty: pipe the JSON Lines 'communique summarise' prints")


def _opened(path: Path) -> TextIO:
    """The lines of a records file, or of standard input (read whole: ``export`` reads its
    records twice, checking every one before it writes any)."""
    if path == STDIN:
        data = sys.stdin.buffer.read()
        if data.startswith(_SQLITE_MAGIC):
            raise InputError("stdin: a records database is read from its file: give its name, not '-'")
        return io.StringIO(data.decode("utf-8-sig"))
    return path.open(encoding="utf-8-sig")


def _from_sqlite(path: Path) -> Iterator[tuple[Analysis, str]]:
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = db.execute("SELECT rowid, record FROM documents ORDER BY rowid")
            for rowid, text in rows:
                yield _parse(text, f"{path} (documents row {rowid})"), f"{path.name}:{rowid}"
        finally:
            db.close()
    except sqlite3.Error as exc:
        raise InputError(f"{path}: not a records database from 'communique summarise' ({exc})") from None


def _parse(text: str, where: str) -> Analysis:
    try:
        return _validated(text)
    except ValidationError as exc:
        problem = exc.errors()[0]
        place = ".".join(str(part) for part in problem["loc"]) or "record"
        raise InputError(f"{where}: not a record ({place}: {problem['msg']})") from None


#: What a saved record's strings must not hold (communique's hold none): controls of text
#: direction, which can make a name display otherwise than it reads, C1 controls (JSON takes
#: them raw), characters that show as nothing, separators of lines.
_UNSAFE = re.compile("[\x7f-\x9f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _validated(text: str) -> Analysis:
    """The record of a line or row. One that holds escapes, controls or characters that
    show as nothing (a record edited, or written by another program: communique's hold
    none) has every string read as a reply's is (:func:`communique.text.inert`; was:
    written as they are by ``export`` and ``corpus``, an id ``ESC ] 0 ; … BEL`` setting
    the terminal's title from ``export -f md``, and, till harden60, a zero-width space,
    a C1 control written raw or a separator of lines)."""
    if "\\u" in text or _UNSAFE.search(text) is not None or FORMAT_CHARACTERS.search(text) is not None:
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):  # said as pydantic says it
            return Analysis.model_validate_json(text)
        return Analysis.model_validate(each_string(data, inert))
    return Analysis.model_validate_json(text)
