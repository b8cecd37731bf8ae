"""HTML pages: self-contained, no script, no external resource.

A record's source text with its names, date words and places highlighted
(:func:`highlight`, ``<mark class="name|date|place">``), the page's head and style:
shared by the page of a batch and the report of an eval run
(:mod:`communique.evals.report`).

The page of a batch (:func:`records_head`, :func:`record_section`, :data:`RECORDS_END`,
written piece by piece as records come) shows each communiqué the same way, its text
highlighted beside its record. Every text is escaped: a communiqué may contain markup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from communique.normalise import places
from communique.text import fold, strip_accents, tidy

if TYPE_CHECKING:
    from communique.schema import Analysis, Meeting, Provenance

_STYLE = """
:root { --miss: #fde2c4; --false: #f9c6c6; --wrong: #e4d2f7; --ok: #d8f0dc; --line: #d6d9de; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d232b; margin: 0;
       background: #f6f7f9; }
main { max-width: 1500px; margin: 0 auto; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 0; }
h3 { font-size: 15px; margin: 14px 0 6px; }
.headline { font-size: 44px; font-weight: 700; }
.muted { color: #5b6573; }
table { border-collapse: collapse; background: #fff; }
th, td { border: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: #eef0f3; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.headline-row td { font-weight: 700; }
.top { display: flex; gap: 32px; flex-wrap: wrap; align-items: flex-start; margin-bottom: 24px; }
.case { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 16px;
        margin: 0 0 24px; }
.case header { display: flex; gap: 16px; align-items: baseline; margin-bottom: 8px; }
.score { font-weight: 700; font-size: 18px; }
.columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 16px; }
@media (max-width: 900px) { .columns { grid-template-columns: 1fr; } }
pre.source { white-space: pre-wrap; word-wrap: break-word; font: 14px/1.5 Georgia, serif; margin: 0;
             padding: 10px; background: #fbfbfa; border: 1px solid var(--line); }
mark { border-radius: 3px; padding: 0 1px; }
mark.name { background: #cfe3ff; }
mark.date { background: #ffe9a8; }
mark.place { background: #c9f0e6; }
.miss { background: var(--miss); }
.false { background: var(--false); }
.wrong { background: var(--wrong); }
td.ok { background: var(--ok); }
.item { display: inline-block; margin: 1px 4px 1px 0; padding: 0 4px; border-radius: 3px;
        border: 1px solid var(--line); }
.meeting table { width: 100%; }
.meeting td:first-child { white-space: nowrap; color: #5b6573; }
ul.problems { margin: 4px 0 10px; padding-left: 20px; }
ul.problems li { font-family: ui-monospace, Menlo, monospace; font-size: 13px; }
.legend span { margin-right: 10px; padding: 0 4px; }
nav ol { columns: 3 400px; column-gap: 24px; font-size: 13px; }
.summary p { margin: 4px 0; }
div.problems { background: var(--false); padding: 2px 8px; border-radius: 4px; margin: 6px 0; }
div.repaired { background: var(--miss); padding: 2px 8px; border-radius: 4px; margin: 6px 0; }
"""


def page_head(title: str) -> str:
    """A page's head, and the opening of its body."""
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)}</title>",
            f"<style>{_STYLE}</style></head><body><main>",
        ]
    )


def anchor(case_id: str) -> str:
    return "case-" + re.sub(r"[^A-Za-z0-9_-]", "-", case_id)


# --- highlighting the source ------------------------------------------------------------


def _folded_with_offsets(text: str) -> tuple[str, list[int]]:
    """``text`` folded as :func:`communique.text.fold` folds it, and for each folded
    character the offset of the character of ``text`` it comes from."""
    chars: list[str] = []
    offsets: list[int] = []
    for i, raw in enumerate(text):
        for ch in strip_accents(tidy(raw)).casefold():
            folded = ch if ch.isalnum() else " "
            if folded == " " and (not chars or chars[-1] == " "):
                continue
            chars.append(folded)
            offsets.append(i)
    return "".join(chars), offsets


def phrases(prediction: Analysis | None) -> list[tuple[str, str]]:
    """(class, phrase) of what to highlight: predicted names and surnames, date words,
    and places (city and country in any spelling the gazetteer knows, venue)."""
    if prediction is None:
        return []
    tables = places.tables()
    found: list[tuple[str, str]] = []
    for meeting in prediction.meetings:
        for person in meeting.participants:
            if person.name:
                found += [("name", person.name), ("name", person.name.split()[-1])]
        if meeting.date_text:
            found.append(("date", meeting.date_text))
        where = meeting.location
        found += [("place", x) for x in (where.city, where.venue) if x]
        if where.city:
            found += [("place", v) for v, city in tables.cities.items() if city.name == where.city]
        if where.country:
            found += [("place", v) for v, code in tables.countries.items() if code == where.country]
    return found


def highlight(text: str, phrases: Sequence[tuple[str, str]]) -> str:
    """``text`` escaped, each occurrence of a phrase (folded, on word boundaries) in a
    ``<mark class="…">``; the longest wins where occurrences overlap."""
    folded, offsets = _folded_with_offsets(text)
    spans: list[tuple[int, int, str]] = []
    for css, phrase in phrases:
        needle = fold(phrase)
        if len(needle) < 3:
            continue
        for match in re.finditer(rf"(?<![^ ]){re.escape(needle)}(?![^ ])", folded):
            spans.append((offsets[match.start()], offsets[match.end() - 1] + 1, css))
    out, position = [], 0
    for start, end, css in sorted(spans, key=lambda s: (s[0], s[0] - s[1])):
        if start < position:
            continue
        out += [escape(text[position:start]), f'<mark class="{css}">{escape(text[start:end])}</mark>']
        position = end
    out.append(escape(text[position:]))
    return "".join(out)


# --- the page of a batch ----------------------------------------------------------------


def checks(made: Provenance) -> str:
    """What code repaired in a record, and the problems it still has, as lists marked
    ``repaired`` and ``problems`` (nothing for a clean record)."""
    parts = [
        f'<div class="{css}"><h3>{css}</h3><ul class="problems">{"".join(f"<li>{escape(i)}</li>" for i in items)}'
        "</ul></div>"
        for css, items in (("problems", made.problems), ("repaired", made.repairs))
        if items
    ]
    return "".join(parts)


def records_head(title: str) -> str:
    """The start of a batch's page, up to its first record."""
    return f"{page_head(title)}\n<h1>{escape(title)}</h1>\n"


#: The end of a batch's page.
RECORDS_END = "</main></body></html>\n"


def _record_meeting(number: int, meeting: Meeting) -> str:
    where = meeting.location
    people = [
        f"{p.name or '(unnamed)'} — "
        + ", ".join(x for x in (p.title, p.organisation, p.party, p.role.value) if x)
        for p in meeting.participants
    ]
    rows = [
        ("kind", [meeting.kind.value]),
        ("status", [meeting.status.value]),
        ("date", [str(d) for d in (meeting.date, meeting.end_date) if d]),
        ("date_text", [meeting.date_text] if meeting.date_text else []),
        ("place", [x for x in (where.venue, where.city, where.country) if x]),
        ("parties", meeting.parties),
        ("participants", people),
        ("topics", [t.value for t in meeting.topics]),
        ("outcomes", [f"{o.type.value}: {o.text}" for o in meeting.outcomes]),
    ]
    cells = "".join(
        f"<tr><td>{name}</td><td>{''.join(f'<span class=item>{escape(v)}</span>' for v in values) or '—'}</td></tr>"
        for name, values in rows
    )
    return f'<div class="meeting"><h3>meeting {number}</h3><table><tbody>{cells}</tbody></table></div>'


def record_section(record: Analysis, text: str) -> str:
    """One communiqué of a batch: its text, with the record's names, dates and places
    highlighted, beside its record."""
    doc = record.document
    facts = " · ".join(
        x for x in (doc.language, doc.published and f"published {doc.published}", doc.source) if x
    )
    meetings = [_record_meeting(n, m) for n, m in enumerate(record.meetings, start=1)]
    summary = (
        f'<div class="summary"><h3>summaries</h3><p><b>en:</b> {escape(record.summary.en)}</p>'
        f"<p><b>fr:</b> {escape(record.summary.fr)}</p></div>"
        if record.summary
        else ""
    )
    made = record.provenance
    footer = (
        f'<p class="muted">made by {escape(" · ".join(x for x in (made.backend, made.model, made.prompt) if x))}'
        f"{' · cached' if made.cached else ''}</p>" + checks(made)
        if made
        else ""
    )
    return (
        f'<section class="case" id="{anchor(doc.id or "document")}"><header>'
        f"<h2>{escape(doc.title or doc.id or 'communiqué')}</h2><span class=muted>{escape(doc.id or '')} · "
        f"{escape(facts)}</span></header>"
        '<div class="columns"><div><h3>source</h3>'
        f'<pre class="source">{highlight(text, phrases(record))}</pre></div><div>'
        + ("".join(meetings) or '<p class="muted">No meeting reported.</p>')
        + summary
        + footer
        + "</div></div></section>\n"
    )
