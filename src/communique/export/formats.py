"""The output formats of records, by name: the one registry that ``--format``, the
README and every writer of records take their names from.

Each :class:`Format` opens a sink (:mod:`communique.export.sinks`) that takes records
one at a time, in input order. Adding a format is adding an entry here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from communique.errors import OutputError
from communique.export import files, sinks, text

if TYPE_CHECKING:
    from communique.ingest.inputs import Loaded
    from communique.schema import Analysis


#: Opens a sink: (path or None for stdout, force, resume, title) → the sink.
Opener = Callable[[Path | None, bool, bool, str], sinks.Writer]


@dataclass(frozen=True)
class Format:
    """One output format of records."""

    name: str
    help: str
    open: Opener
    #: Written record by record, each flushed or committed: ``--resume`` can go on from it.
    resumable: bool = False
    #: Needs a file (``-o``): it cannot go to stdout.
    needs_file: bool = False
    #: Holds one record only.
    single: bool = False
    #: File name endings that choose it when ``-o`` is given without ``--format``.
    suffixes: tuple[str, ...] = ()
    #: Writes the communiqué's text as read, not a record: nothing is analysed.
    text: bool = False


def _record_id(line: str) -> str | None:
    """The id of a record's line, or ``None`` for a record that is the offline reading for
    the model's fault: not the model's answer, done again by ``--resume``."""
    from communique.schema import Analysis

    record = Analysis.model_validate_json(line)
    return (
        None if record.provenance is not None and record.provenance.read_offline else record.document.id or ""
    )


def _json(path: Path | None, force: bool, resume: bool, title: str) -> sinks.Writer:
    return sinks.Sink(sinks.output(path, force=force), lambda _, r: text.to_json(r) + "\n")


def _jsonl(path: Path | None, force: bool, resume: bool, title: str) -> sinks.Writer:
    return sinks.jsonl(path, lambda _, r: text.to_json(r, indent=None) + "\n", key=_record_id, force=force,
                       resume=resume)  # fmt: skip


def _md(path: Path | None, force: bool, resume: bool, title: str) -> sinks.Writer:
    return sinks.Sink(
        sinks.output(path, force=force), lambda _, r: text.to_markdown(r), separator="\n---\n\n"
    )


def _csv(path: Path | None, force: bool, resume: bool, title: str) -> sinks.Writer:
    return sinks.Sink(sinks.output(path, force=force), lambda _, r: text.to_csv([r], header=False),
                      head=text.to_csv([]))  # fmt: skip


def _html(path: Path | None, force: bool, resume: bool, title: str) -> sinks.Writer:
    from communique.export.html import RECORDS_END, record_section, records_head

    def section(item: Loaded, record: Analysis) -> str:
        return record_section(record, item.source.text if item.source else "", item.id)

    return sinks.Sink(sinks.output(path, force=force), section, head=records_head(title), foot=RECORDS_END)


def _plover(path: Path | None, force: bool, resume: bool, title: str) -> sinks.Writer:
    from communique.export.plover import to_lines

    return sinks.Sink(sinks.output(path, force=force), lambda item, record: to_lines(record, item.id))


def _text(path: Path | None, force: bool, resume: bool, title: str) -> sinks.Writer:
    return sinks.Sink(sinks.output(path, force=force), lambda _, text: text + "\n")


def _sqlite(path: Path | None, force: bool, resume: bool, title: str) -> sinks.Writer:
    from communique.export.sqlite import SqliteSink

    path = files.target(path)
    if path is None:
        raise OutputError("a SQLite database needs a file: give -o FILE.db")
    return SqliteSink(path, force=force, resume=resume)


FORMATS: dict[str, Format] = {
    "json": Format("json", "the record (the default for one input)", _json, single=True, suffixes=(".json",)),
    "jsonl": Format("jsonl", "a line per record (the default for many)", _jsonl, resumable=True,
                    suffixes=(".jsonl", ".ndjson")),
    "md": Format("md", "readable cards", _md, suffixes=(".md", ".markdown")),
    "csv": Format("csv", "a row per meeting", _csv, suffixes=(".csv",)),
    "html": Format("html", "one page, records beside their highlighted text", _html, suffixes=(".html", ".htm")),
    "sqlite": Format("sqlite", "a database of joined tables (needs -o)", _sqlite, resumable=True, needs_file=True,
                     suffixes=(".db", ".sqlite", ".sqlite3")),
    "plover": Format("plover", "PLOVER events, a JSON line per encounter (docs/plover.md)", _plover),
    "text": Format("text", "the communiqué's text as read, which spans index (nothing is analysed)", _text,
                   single=True, text=True),
}  # fmt: skip


def get(name: str) -> Format:
    """The format called ``name``; a :class:`~communique.errors.OutputError` for another name."""
    try:
        return FORMATS[name]
    except KeyError:
        raise OutputError(f"format {name!r} is not one of {', '.join(FORMATS)}") from None


def for_path(path: Path | None) -> str | None:
    """The format an output file's name ends in (``records.db`` → ``sqlite``), if any."""
    path = files.target(path)
    suffix = path.suffix.lower() if path is not None else None
    return next((name for name, found in FORMATS.items() if suffix in found.suffixes), None)


def resumable() -> list[str]:
    """The names of the formats ``--resume`` can go on from."""
    return [name for name, found in FORMATS.items() if found.resumable]


def open_sink(
    name: str, path: Path | None, *, force: bool, resume: bool, title: str = "communique", whole: bool = False
) -> sinks.Writer:
    """A sink of :class:`~communique.schema.Analysis` records in format ``name``, to
    ``path`` or stdout. ``whole``: the file appears whole or not at all, even in the
    formats written record by record for ``--resume`` (JSON Lines, SQLite): what a run
    that fails midway leaves is the file as it was (``export``, which has no call to lose)."""
    chosen = get(name)
    if whole and not resume and chosen.resumable:
        return _WHOLE[name](path, force, resume, title)
    return chosen.open(path, force, resume, title)


def _jsonl_whole(path: Path | None, force: bool, resume: bool, title: str) -> sinks.Writer:
    return sinks.Sink(sinks.output(path, force=force), lambda _, r: text.to_json(r, indent=None) + "\n")


def _sqlite_whole(path: Path | None, force: bool, resume: bool, title: str) -> sinks.Writer:
    from communique.export.sqlite import SqliteSink

    path = files.target(path)
    if path is None:
        raise OutputError("a SQLite database needs a file: give -o FILE.db")
    return SqliteSink(path, force=force, resume=False, whole=True)


#: The resumable formats made whole (see :func:`open_sink`).
_WHOLE: dict[str, Opener] = {"jsonl": _jsonl_whole, "sqlite": _sqlite_whole}
