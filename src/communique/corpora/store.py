"""The corpus as SQLite tables, ready for Datasette: ``documents``, ``events``,
``event_sources``, ``people``, ``person_names``, ``appearances`` and ``review``, joined
by foreign keys. Lists of codes are JSON arrays, as in the records database."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from communique.errors import OutputError

_SCHEMA = """
PRAGMA foreign_keys = ON;
CREATE TABLE documents (
    id TEXT PRIMARY KEY, language TEXT NOT NULL, published TEXT, source TEXT, title TEXT
);
CREATE TABLE events (
    id TEXT PRIMARY KEY, date TEXT, end_date TEXT, status TEXT NOT NULL, parties TEXT NOT NULL,
    cities TEXT NOT NULL, topics TEXT NOT NULL, sources INTEGER NOT NULL, merged_because TEXT NOT NULL,
    conflicts TEXT NOT NULL
);
CREATE TABLE event_sources (
    event_id TEXT NOT NULL REFERENCES events(id), document_id TEXT NOT NULL REFERENCES documents(id),
    meeting INTEGER NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL, date TEXT, end_date TEXT,
    city TEXT, country TEXT, topics TEXT NOT NULL, outcomes TEXT NOT NULL,
    PRIMARY KEY (document_id, meeting)
);
CREATE TABLE people (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, countries TEXT NOT NULL, organisations TEXT NOT NULL,
    titles TEXT NOT NULL, first_seen TEXT, last_seen TEXT, documents INTEGER NOT NULL, events INTEGER NOT NULL
);
CREATE TABLE person_names (
    person_id TEXT NOT NULL REFERENCES people(id), name TEXT NOT NULL, count INTEGER NOT NULL,
    PRIMARY KEY (person_id, name)
);
CREATE TABLE appearances (
    person_id TEXT NOT NULL REFERENCES people(id), event_id TEXT NOT NULL REFERENCES events(id),
    document_id TEXT NOT NULL REFERENCES documents(id), meeting INTEGER NOT NULL, name TEXT NOT NULL,
    title TEXT, organisation TEXT, party TEXT, role TEXT NOT NULL
);
CREATE TABLE review (name TEXT NOT NULL, candidates TEXT NOT NULL, reason TEXT NOT NULL);
CREATE INDEX event_sources_event ON event_sources (event_id);
CREATE INDEX appearances_person ON appearances (person_id);
CREATE INDEX appearances_event ON appearances (event_id);
"""


def write(path: Path, documents: Iterable[Mapping[str, Any]], events: Iterable[Mapping[str, Any]],
          people: Iterable[Mapping[str, Any]], review: Iterable[Mapping[str, Any]]) -> None:  # fmt: skip
    """Write the tables to a new database at ``path`` (which must not exist)."""
    try:
        db = sqlite3.connect(path)
        try:
            with db:
                db.executescript(_SCHEMA)
                db.executemany(
                    "INSERT INTO documents VALUES (?, ?, ?, ?, ?)",
                    ((d["id"], d["language"], d["published"], d["source"], d["title"]) for d in documents),
                )
                for p in people:
                    db.execute(
                        "INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (p["id"], p["name"], _json(p["countries"]), _json(p["organisations"]), _json(p["titles"]),
                         p["first_seen"], p["last_seen"], p["documents"], len(p["events"])),
                    )  # fmt: skip
                    db.executemany(
                        "INSERT INTO person_names VALUES (?, ?, ?)",
                        ((p["id"], s["name"], s["count"]) for s in p["spellings"]),
                    )
                for e in events:
                    _event(db, e)
                db.executemany(
                    "INSERT INTO review VALUES (?, ?, ?)",
                    ((r["name"], _json(r["candidates"]), r["reason"]) for r in review),
                )
        finally:
            db.close()
    except sqlite3.Error as exc:
        raise OutputError(f"cannot write {path}: {exc}") from None


def _event(db: sqlite3.Connection, e: Mapping[str, Any]) -> None:
    db.execute(
        "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (e["id"], e["date"], e["end_date"], e["status"], _json(e["parties"]), _json(e["cities"]),
         _json(e["topics"]), len(e["sources"]), _json(e["merged_because"]), _json(e["conflicts"])),
    )  # fmt: skip
    for s in e["sources"]:
        db.execute(
            "INSERT INTO event_sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (e["id"], s["document"], s["meeting"], s["kind"], s["status"], s["date"], s["end_date"], s["city"],
             s["country"], _json(s["topics"]), _json(s["outcomes"])),
        )  # fmt: skip
        db.executemany(
            "INSERT INTO appearances VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ((p["person"], e["id"], s["document"], s["meeting"], p["name"], p["title"], p["organisation"],
              p["party"], p["role"]) for p in s["participants"] if p["person"]),
        )  # fmt: skip


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
