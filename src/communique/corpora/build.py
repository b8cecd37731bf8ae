"""From saved records to a corpus: read, resolve people, merge events, write the four files."""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from communique.corpora import atlas, events, people, read, store
from communique.errors import OutputError
from communique.export.files import AtomicFile, check_not_input, check_writable, write_atomic

#: What ``communique corpus`` writes into its folder.
OUTPUTS = ("events.jsonl", "people.jsonl", "corpus.db", "atlas.html")


@dataclass
class Corpus:
    """A corpus built from records: its documents, events, people and review list, as
    the plain dictionaries the files hold; ``duplicates`` counts records skipped because
    an earlier one had their document id."""

    documents: list[dict[str, Any]]
    events: list[dict[str, Any]]
    people: list[dict[str, Any]]
    review: list[dict[str, Any]]
    meetings: int
    duplicates: int

    @property
    def merged(self) -> int:
        """How many reports joined an event another report had started."""
        return self.meetings - len(self.events)


def build(paths: Sequence[Path], pins: Sequence[people.Pin] = ()) -> Corpus:
    """Read the records of ``paths`` and build their corpus (no model call)."""
    mentions: list[read.Mention] = []
    documents: dict[str, read.Doc] = {}
    duplicates = 0
    for record, fallback in read.records(paths):
        doc_id = record.document.id or fallback
        if doc_id in documents:
            duplicates += 1
            continue
        d = record.document
        documents[doc_id] = read.Doc(doc_id, d.language, d.published, d.source, d.title)
        mentions.extend(read.mentions(record, fallback))
    found = people.resolve(mentions, pins)
    names = {pid: person.name for pid, person in found.persons.items()}
    merged = events.merge(mentions, found.of, names)
    of_person: dict[str, list[str]] = defaultdict(list)
    for event in merged:
        for pid in sorted(event.person_ids()):
            of_person[pid].append(event.id)
    return Corpus(
        documents=[_document(d) for d in documents.values()],
        events=[_event(e) for e in merged],
        people=[p.to_dict(of_person[pid]) for pid, p in sorted(found.persons.items())],
        review=[r.to_dict() for r in found.review],
        meetings=len(mentions),
        duplicates=duplicates,
    )


def check_folder(directory: Path, *, force: bool, inputs: Sequence[Path] = ()) -> None:
    """Refuse, before any work, a folder whose outputs exist (without ``force``), are
    among the ``inputs`` (records saved as ``corpus.db``: ``force`` or not), or that
    cannot be made."""
    if directory.exists() and not directory.is_dir():
        raise OutputError(f"{directory} is a file; give a folder")
    if directory.is_dir():
        check_not_input([directory / name for name in OUTPUTS], inputs)
        for name in OUTPUTS:
            check_writable(directory / name, force=force)


def write(corpus: Corpus, directory: Path, *, force: bool) -> list[Path]:
    """Write the corpus's four files into ``directory`` (made if need be); each appears
    whole or not at all, and none replaces a file without ``force``. Returns their paths."""
    check_folder(directory, force=force)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot make {directory}: {exc.strerror or exc}") from None
    paths = [directory / name for name in OUTPUTS]
    _database(corpus, paths[2], force=force)
    for path, rows in zip(paths, (corpus.events, corpus.people), strict=False):
        lines = AtomicFile(path, force=force)
        try:
            for row in rows:
                lines.write(json.dumps(row, ensure_ascii=False) + "\n")
            lines.commit()
        finally:
            lines.discard()
    write_atomic(paths[3], atlas.render(corpus.events, corpus.people, corpus.documents), force=force)
    return paths


def _database(corpus: Corpus, path: Path, *, force: bool) -> None:
    """The tables, built under a temporary name and then put in place."""
    check_writable(path, force=force)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.unlink(missing_ok=True)
    try:
        store.write(temporary, corpus.documents, corpus.events, corpus.people, corpus.review)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _document(d: read.Doc) -> dict[str, Any]:
    return {"id": d.id, "language": d.language, "published": read.iso(d.published), "source": d.source,
            "title": d.title}  # fmt: skip


def _event(event: events.Event) -> dict[str, Any]:
    """An event as a line of ``events.jsonl``: what the sources agree on, each source's
    own fields, why they were merged and where they disagree."""
    sources = event.sources
    dates = event.dates
    return {
        "id": event.id,
        "date": read.iso(dates[0]) if dates else None,
        "end_date": read.iso(dates[-1]) if len(dates) > 1 else None,
        "status": "held" if any(m.status == "held" for m in sources) else "announced",
        "parties": list(event.first.parties),
        "cities": sorted({m.city for m in sources if m.city}),
        "countries": sorted({m.country for m in sources if m.country}),
        "topics": sorted({t for m in sources for t in m.topics}),
        "people": sorted(event.person_ids()),
        "documents": [m.doc.id for m in sources],
        "merged_because": event.merged_because,
        "conflicts": event.conflicts(),
        "sources": [_source(m, ids) for m, ids in zip(sources, event.people, strict=True)],
    }


def _source(m: read.Mention, ids: tuple[str | None, ...]) -> dict[str, Any]:
    return {
        "document": m.doc.id,
        "meeting": m.number,
        "published": read.iso(m.doc.published),
        "language": m.doc.language,
        "source": m.doc.source,
        "kind": m.kind,
        "status": m.status,
        "date": read.iso(m.date),
        "end_date": read.iso(m.end_date),
        "city": m.city,
        "country": m.country,
        "participants": [
            {
                "name": p.name,
                "title": p.title,
                "organisation": p.organisation,
                "party": p.party,
                "role": p.role,
                "person": pid,
            }
            for p, pid in zip(m.participants, ids, strict=True)
        ],
        "topics": list(m.topics),
        "outcomes": [{"type": kind, "text": text} for kind, text in m.outcomes],
    }
