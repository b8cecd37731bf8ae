"""HTML pages: self-contained, no script, no external resource.

A record's source text with the words of its fields marked from the record's spans
(:class:`Highlights`: ``<mark id class="name|date|place|party|title|org|outcome|cue">``,
never found again by searching), each field's value a link to its words (click: the
page goes to them and outlines them; hover: their words and how they matched), a value
whose words were not found marked ``nospan``; the page's head and style: shared by the
page of a batch and the report of an eval run (:mod:`communique.evals.report`).

The page of a batch (:func:`records_head`, :func:`record_section`, :data:`RECORDS_END`,
written piece by piece as records come) shows each communiqué the same way, its text
highlighted beside its record. Every text is escaped: a communiqué may contain markup.
"""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING

from communique import spans
from communique.schema import CACHED_REPLY
from communique.version import MADE_BY

if TYPE_CHECKING:
    from communique.schema import Analysis, Meeting, Provenance, Span

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
mark { border-radius: 3px; padding: 0 1px; background: #eceff3; }
mark.name { background: #cfe3ff; }
mark.date { background: #ffe9a8; }
mark.place { background: #c9f0e6; }
mark.party { background: #f6dcc0; }
mark.title, mark.org { background: #e6ddf6; }
mark.outcome { background: #dcefc8; }
mark.cue { background: #f7d4e4; }
mark:target { outline: 3px solid #1d232b; outline-offset: 1px; }
a.item { color: inherit; text-decoration: none; }
a.item:hover, a.item:focus { border-color: #1d232b; background: #fff6d6; }
.nospan { border: 1px dashed #b03a2e; }
.nospan::after { content: " ∅"; color: #b03a2e; }
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
ul.people { margin: 0; padding-left: 16px; }
div.problems { background: var(--false); padding: 2px 8px; border-radius: 4px; margin: 6px 0; }
div.repaired { background: var(--miss); padding: 2px 8px; border-radius: 4px; margin: 6px 0; }
"""


def page_head(title: str) -> str:
    """A page's head, and the opening of its body."""
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            # near the top, where a folder run looks for it: a page a run wrote is never read as a communiqué
            f'<meta name="generator" content="{MADE_BY}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)}</title>",
            f"<style>{_STYLE}</style></head><body><main>",
        ]
    )


def anchor(case_id: str) -> str:
    return "case-" + re.sub(r"[^A-Za-z0-9_-]", "-", case_id)


# --- highlighting the source ------------------------------------------------------------

#: The class of a mark, by the family of its field (:data:`communique.spans.FAMILIES`);
#: where a mark holds several fields, the first family here gives its class.
_MARKS = {
    "name": "name", "date": "date", "city": "place", "venue": "place", "party": "party",
    "title": "title", "organisation": "org", "outcome": "outcome", "meeting": "cue", "status": "cue",
}  # fmt: skip

#: What a value whose words were not found says on hover.
NO_SPAN = "no span: these words were not found in the text"


class Highlights:
    """A record's spans drawn on its text (``Source.text``, which they index).

    :meth:`source` is the text, escaped, with each span's words in a ``<mark>`` whose id
    :meth:`item` links to; ``key`` keeps the ids of one record apart from another's on
    the same page. Without a text (records read back from a file) nothing is drawn and
    values are shown as they are."""

    def __init__(self, record: Analysis | None, text: str, key: str) -> None:
        self.text, self.key = text, key
        self.drawn = record is not None and bool(text)
        self.spans = {span.field: span for span in record.spans} if record is not None else {}
        self.families = dict(spans.fields(record)) if record is not None else {}

    def mark_id(self, span: Span) -> str:
        return f"{self.key}-{span.start}-{span.end}"

    def item(self, path: str | None, shown: str, css: str = "item") -> str:
        """A value (``shown``, escaped already) as a link to its words, titled with them;
        marked ``nospan`` when a field that could have words has none."""
        span = self.spans.get(path or "")
        if not self.drawn or path not in self.families:
            return f'<span class="{css}">{shown}</span>'
        if span is None:
            return f'<span class="{css} nospan" title="{NO_SPAN}">{shown}</span>'
        how = span.match.value + (f" {span.score:.2f}" if span.score is not None else "")
        words = f"“{self.text[span.start : span.end]}” · characters {span.start}–{span.end} · {how}"
        return f'<a class="{css}" href="#{self.mark_id(span)}" title="{escape(words)}">{shown}</a>'

    def source(self) -> str:
        """The text, escaped, each span's words in a ``<mark>`` (one for the words of
        several fields, titled with their paths); marks nest, and one that runs past the
        end of the mark it starts in is cut there."""
        if not self.drawn:
            return escape(self.text)
        fields: dict[tuple[int, int], list[str]] = {}
        for span in self.spans.values():
            fields.setdefault((span.start, span.end), []).append(span.field)
        out: list[str] = []
        ends: list[int] = []  # the ends of the marks open, innermost last
        position = 0
        for (start, end), paths in sorted(fields.items(), key=lambda item: (item[0][0], -item[0][1])):
            position = self._close(out, ends, position, start)
            families = sorted({self.families[p] for p in paths}, key=list(_MARKS).index)
            title = "\n".join(sorted(paths))
            out += [
                escape(self.text[position:start]),
                f'<mark id="{self.key}-{start}-{end}" class="{_MARKS[families[0]]}" title="{escape(title)}">',
            ]
            ends.append(min(end, ends[-1]) if ends else end)
            position = start
        position = self._close(out, ends, position, len(self.text))
        out.append(escape(self.text[position:]))
        return "".join(out)

    def _close(self, out: list[str], ends: list[int], position: int, until: int) -> int:
        """Close the marks that end at or before ``until``; the position reached."""
        while ends and ends[-1] <= until:
            end = ends.pop()
            out += [escape(self.text[position:end]), "</mark>"]
            position = end
        return position


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


#: How to read the marks, for the top of a page.
LEGEND = (
    '<p class="legend muted">In each text, the words of the record\'s fields are marked '
    '(<mark class="name">names</mark> <mark class="date">dates</mark> <mark class="place">places</mark> '
    '<mark class="party">parties</mark> <mark class="title">titles</mark> <mark class="outcome">outcomes</mark> '
    '<mark class="cue">encounter and status words</mark>). Click a value to go to its words; hover over it to '
    'read them and how they matched; <span class="item nospan">value</span> marks one whose words were not '
    "found.</p>"
)


def records_head(title: str) -> str:
    """The start of a batch's page, up to its first record."""
    return f"{page_head(title)}\n<h1>{escape(title)}</h1>\n{LEGEND}\n"


#: The end of a batch's page.
RECORDS_END = "</main></body></html>\n"


def _record_meeting(number: int, meeting: Meeting, marks: Highlights) -> str:
    where, at = meeting.location, f"meetings[{number - 1}]"

    def item(path: str | None, value: str) -> str:
        return marks.item(None if path is None else f"{at}{path}", escape(value))

    def person(index: int) -> str:
        p, who = meeting.participants[index], f".participants[{index}]"
        named = item(f"{who}.name", p.name) if p.name else '<span class="item">(unnamed)</span>'
        details = [item(f"{who}.{field}", value) for field, value in (("title", p.title),
                   ("organisation", p.organisation)) if value] + [escape(x) for x in (p.party, p.role.value) if x]  # fmt: skip
        return f"<li>{named} — {', '.join(details)}</li>"

    place = ((".location.venue", where.venue), (".location.city", where.city), (None, where.country))
    outcomes = [
        f"{escape(o.type.value)}: {item(f'.outcomes[{k}].text', o.text)}"
        for k, o in enumerate(meeting.outcomes)
    ]
    rows = [
        ("kind", [item("", meeting.kind.value)]),
        ("status", [item(".status", meeting.status.value)]),
        ("date", [item(None, str(d)) for d in (meeting.date, meeting.end_date) if d]),
        ("date_text", [item(".date_text", meeting.date_text)] if meeting.date_text else []),
        ("place", [item(path, value) for path, value in place if value]),
        ("parties", [item(f".parties[{k}]", code) for k, code in enumerate(meeting.parties)]),
        ("topics", [item(None, t.value) for t in meeting.topics]),
        ("outcomes", outcomes),
    ]
    cells = "".join(f"<tr><td>{name}</td><td>{''.join(values) or '—'}</td></tr>" for name, values in rows)
    people = "".join(person(index) for index in range(len(meeting.participants))) or "<li>none named</li>"
    cells += f'<tr><td>participants</td><td><ul class="people">{people}</ul></td></tr>'
    return f'<div class="meeting"><h3>meeting {number}</h3><table><tbody>{cells}</tbody></table></div>'


def record_section(record: Analysis, text: str, key: str) -> str:
    """One communiqué of a batch (``key``: its id in the batch): its text, with the words
    of the record's fields marked, beside its record."""
    doc = record.document
    facts = " · ".join(
        x for x in (doc.language, doc.published and f"published {doc.published}", doc.source) if x
    )
    marks = Highlights(record, text, anchor(key))
    meetings = [_record_meeting(n, m, marks) for n, m in enumerate(record.meetings, start=1)]
    summary = (
        f'<div class="summary"><h3>summaries</h3><p><b>en:</b> {escape(record.summary.en)}</p>'
        f"<p><b>fr:</b> {escape(record.summary.fr)}</p></div>"
        if record.summary
        else ""
    )
    made = record.provenance
    footer = (
        f'<p class="muted">made by {escape(" · ".join(x for x in (made.backend, made.model, made.prompt) if x))}'
        f"{' · ' + CACHED_REPLY if made.cached else ''}</p>" + checks(made)
        if made
        else ""
    )
    return (
        f'<section class="case" id="{anchor(key)}"><header>'
        f"<h2>{escape(doc.title or doc.id or 'communiqué')}</h2><span class=muted>{escape(doc.id or '')} · "
        f"{escape(facts)}</span></header>"
        '<div class="columns"><div><h3>source</h3>'
        + (
            f'<pre class="source">{marks.source()}</pre>'
            if text
            else '<p class="muted">No text: records read back from a file.</p>'
        )
        + "</div><div>"
        + ("".join(meetings) or '<p class="muted">No meeting reported.</p>')
        + summary
        + footer
        + "</div></div></section>\n"
    )
