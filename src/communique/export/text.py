"""Records as text: JSON, JSON Lines, Markdown cards and CSV rows."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from communique.schema import CACHED_REPLY
from communique.version import MADE_BY

if TYPE_CHECKING:
    from communique.schema import Analysis, Meeting


def to_json(record: Analysis, *, indent: int | None = 2) -> str:
    """The record as JSON, fields in the contract's order, nulls kept."""
    return record.model_dump_json(indent=indent)


def _who(meeting: Meeting) -> list[str]:
    lines = []
    for p in meeting.participants:
        who = p.name or "(unnamed)"
        details = ", ".join(x for x in (p.title, p.organisation, p.party, p.role.value) if x)
        lines.append(f"- {who} — {details}")
    return lines


def to_markdown(record: Analysis) -> str:
    """A readable card: the document, each meeting, the summaries, and provenance."""
    import html  # here only: a record written as JSON does not need it

    doc = record.document
    title = doc.title or doc.id or "Communiqué"
    out = [f"# {title}", ""]
    facts = [f"language {doc.language}", f"published {doc.published or 'unknown'}"]
    if doc.source:
        facts.append(f"source {doc.source}")
    out += [" · ".join(facts), ""]
    if not record.meetings:
        out += ["No meeting reported.", ""]
    for number, m in enumerate(record.meetings, start=1):
        when = str(m.date) if m.date else "date unknown"
        if m.end_date:
            when += f" → {m.end_date}"
        if m.date_text:
            when += f" (“{m.date_text}”)"
        place = (
            ", ".join(x for x in (m.location.venue, m.location.city, m.location.country) if x)
            or "place unknown"
        )
        out += [
            f"## Meeting {number}: {m.kind.value.replace('_', ' ')} ({m.status.value})",
            "",
            f"- **When:** {when}",
            f"- **Where:** {place}",
            f"- **Parties:** {', '.join(m.parties) or '—'}",
            f"- **Topics:** {', '.join(t.value for t in m.topics) or '—'}",
            "",
            "**Participants**",
            "",
            *(_who(m) or ["- none named"]),
            "",
        ]
        if m.outcomes:
            out += ["**Outcomes**", "", *(f"- {o.type.value}: “{o.text}”" for o in m.outcomes), ""]
    if record.summary:
        out += ["## Summary", "", f"**FR.** {record.summary.fr}", "", f"**EN.** {record.summary.en}", ""]
    footer = ""
    if record.provenance:
        p = record.provenance
        made = f"{p.backend}" + (f" · {p.model}" if p.model else "") + (f" · {p.prompt}" if p.prompt else "")
        made += f" · {CACHED_REPLY}" if p.cached else ""
        # the model's name is the endpoint's word: inert as the record's are
        footer = f"\n<sub>{_inert_markdown(html.escape(f'{MADE_BY} {p.tool_version}: {made}', quote=False))}</sub>\n"
    # the words of the text are escaped: raw HTML from a scraped page never reaches a
    # renderer, nor a link or an image a model wrote ("![](https://host/?q=…)", which a
    # renderer would fetch on opening the card)
    return _inert_markdown(html.escape("\n".join(out), quote=False)) + footer


#: Markdown's escape character and the brackets that open and close a link or an image.
_LINK_MARKS = str.maketrans({"\\": "\\\\", "[": "\\[", "]": "\\]"})


def _inert_markdown(text: str) -> str:
    """``text`` with its backslashes and brackets escaped: a renderer shows them as they
    are written and makes no link or image of them."""
    return text.translate(_LINK_MARKS)


CSV_COLUMNS = (
    "document_id", "language", "published", "source", "is_meeting_report", "meeting", "kind",
    "status", "date", "end_date", "date_text", "city", "country", "venue", "parties",
    "participants", "topics", "outcomes", "summary_en", "summary_fr",
)  # fmt: skip


def csv_rows(record: Analysis) -> list[dict[str, str]]:
    """Flat rows, one per meeting (one row with empty meeting fields when there is none)."""
    doc = record.document
    base = {
        "document_id": doc.id or "", "language": doc.language,
        "published": str(doc.published or ""), "source": doc.source or "",
        "is_meeting_report": str(record.is_meeting_report).lower(),
        "summary_en": record.summary.en if record.summary else "",
        "summary_fr": record.summary.fr if record.summary else "",
    }  # fmt: skip
    if not record.meetings:
        return [{c: base.get(c, "") for c in CSV_COLUMNS}]
    rows = []
    for number, m in enumerate(record.meetings, start=1):
        people = "; ".join(
            f"{p.name or '(unnamed)'} [{p.party or '?'}, {p.role.value}]" for p in m.participants
        )
        row = {
            **base, "meeting": str(number), "kind": m.kind.value, "status": m.status.value,
            "date": str(m.date or ""), "end_date": str(m.end_date or ""), "date_text": m.date_text or "",
            "city": m.location.city or "", "country": m.location.country or "",
            "venue": m.location.venue or "", "parties": ";".join(m.parties), "participants": people,
            "topics": ";".join(t.value for t in m.topics),
            "outcomes": "; ".join(f"{o.type.value}: {o.text}" for o in m.outcomes),
        }  # fmt: skip
        rows.append({c: row.get(c, "") for c in CSV_COLUMNS})
    return rows


def to_csv(records: Iterable[Analysis], *, header: bool = True) -> str:
    """Records as CSV, with a header row unless ``header`` is false (for rows that
    follow earlier ones)."""
    import csv  # here only: a record written as JSON does not need it
    import io

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    if header:
        writer.writeheader()
    for record in records:
        writer.writerows({column: _inert(value) for column, value in row.items()} for row in csv_rows(record))
    return buffer.getvalue()


#: What makes a spreadsheet read a cell as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _inert(cell: str) -> str:
    """A cell a spreadsheet shows as text: one that would start a formula gets a ``'``."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell
