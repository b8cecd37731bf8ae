"""Records written compactly for the corpus tests: one meeting each, every name and
place invented. ``record(side)`` expands a compact side into a record as
``communique summarise`` writes it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from communique.schema import Analysis

HERE = Path(__file__).resolve().parent


def record(side: dict[str, Any]) -> dict[str, Any]:
    """A record (validated) from ``doc``, ``lang``, ``published``, ``date``, ``city``,
    ``country``, ``parties``, ``people`` ([name, party, title] each) and optionally
    ``kind``, ``status``, ``end_date``, ``topics``."""
    meeting = {
        "kind": side.get("kind", "working_meeting"),
        "status": side.get("status", "held"),
        "date": side.get("date"),
        "end_date": side.get("end_date"),
        "location": {"city": side.get("city"), "country": side.get("country")},
        "parties": side["parties"],
        "participants": [{"name": n, "party": p, "title": t} for n, p, t in side.get("people", [])],
        "topics": side.get("topics", []),
    }
    out = {"document": {"id": side["doc"], "language": side.get("lang", "fr"), "published": side.get("published")},
           "is_meeting_report": True, "meetings": [meeting]}  # fmt: skip
    return Analysis.model_validate(out).model_dump(mode="json")


def write(path: Path, sides: list[dict[str, Any]]) -> Path:
    """The records of ``sides`` as a JSON Lines file."""
    path.write_text(
        "".join(json.dumps(record(s), ensure_ascii=False) + "\n" for s in sides), encoding="utf-8"
    )
    return path


def pairs() -> list[dict[str, Any]]:
    """The labelled pairs of ``pairs.json``."""
    return json.loads((HERE / "pairs.json").read_text(encoding="utf-8"))
