"""The report of an eval run as one self-contained HTML page (no script, no external resource).

It shows the headline score, the metrics table and the provenance of the run, then
every case, worst first: the text as read with the words of the prediction's fields
marked from its spans (:class:`communique.export.html.Highlights`: each predicted value
links to its words, and one whose words were not found is marked ``nospan``), beside one
table per meeting (field, gold, predicted) where mismatches carry the class ``miss``
(gold has it, the prediction does not), ``false`` (predicted, not in gold) or ``wrong``
(both, different). Every text is escaped: a communiqué may contain markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from communique.evals import scoring
from communique.export.html import LEGEND, Highlights, anchor, checks, page_head

if TYPE_CHECKING:
    from communique.evals.run import CaseResult, EvalResult
    from communique.schema import Meeting


#: The fields shown one per row: whether they are scored, and the path of their words
#: in a meeting (``""``: the meeting's own, its encounter words), if they have any.
_FIELD_ROWS = (
    ("kind", True, ""),
    ("status", True, ".status"),
    ("date", True, None),
    ("end_date", True, None),
    ("date_text", False, ".date_text"),
    ("location.city", True, ".location.city"),
    ("location.country", True, None),
    ("location.venue", False, ".location.venue"),
)


def render(result: EvalResult) -> str:
    """The report of a run as one HTML page."""
    run = result.run
    made = " · ".join(x for x in (run.backend, run.model, run.prompt) if x)
    cases = result.worst()
    return "\n".join(
        [
            page_head(f"communique eval: {made}"),
            _overview(result),
            LEGEND,
            _index(cases),
            *(_case(case) for case in cases),
            "</main></body></html>",
        ]
    )


# --- the top of the page ----------------------------------------------------------------


def _overview(result: EvalResult) -> str:
    run, report = result.run, result.report
    facts = [
        ("backend", run.backend),
        ("model", run.model),
        ("endpoint", run.endpoint),
        (
            "prompt",
            " ".join(x for x in (run.prompt, run.prompt_sha256 and f"sha256:{run.prompt_sha256}") if x),
        ),
        ("tool version", run.tool_version),
        ("eval set", run.directory),
        ("started", run.started.isoformat(timespec="seconds")),
        ("duration", f"{run.duration_s:.1f} s, {run.concurrency} at a time"),
        ("cached replies", str(run.cached)),
        ("tokens", f"{run.tokens_in} in, {run.tokens_out} out"),
    ]
    provenance = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v or '—')}</td></tr>" for k, v in facts)
    rows = []
    for row in report.rows():
        numbers = [row.precision, row.recall]
        cells = "".join(f'<td class="num">{"" if n is None else f"{n:.3f}"}</td>' for n in numbers)
        rows.append(
            f"<tr{' class=headline-row' if row.name == 'headline' else ''}>"
            f"<td>{escape(row.name)}{' *' if row.in_headline else ''}</td>{cells}"
            f'<td class="num">{row.shown}</td><td>{escape(row.detail)}</td></tr>'
        )
    failed = f", {report.failed} failed" if report.failed else ""
    return (
        f"<h1>communique eval</h1><p class=muted>{report.documents} cases{failed} · {escape(run.directory)}</p>"
        '<div class="top">'
        f'<div><div class="muted">headline score</div><div class="headline">{report.headline:.3f}</div>'
        '<div class="legend muted"><span class="miss">miss</span><span class="false">false</span>'
        '<span class="wrong">wrong</span></div></div>'
        '<table class="metrics"><thead><tr><th>metric</th><th>precision</th><th>recall</th><th>score</th>'
        f"<th>counts</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f'<table class="provenance"><tbody>{provenance}</tbody></table></div>'
    )


def _index(cases: Sequence[CaseResult]) -> str:
    items = "".join(
        f'<li><a href="#{anchor(c.id)}">{escape(c.id)}</a> {c.score.headline:.2f}</li>' for c in cases
    )
    return f"<nav><h2>cases, worst first</h2><ol>{items}</ol></nav>"


# --- one case ---------------------------------------------------------------------------


def _list(items: Sequence[object], found: Sequence[bool], css: str, paths: Sequence[str | None],
          marks: Highlights) -> str:  # fmt: skip
    shown = [
        marks.item(path, _shown(item), "item" if ok else f"item {css}")
        for item, ok, path in zip(items, found, paths, strict=True)
    ]
    return "".join(shown) or '<span class="muted">—</span>'


def _paths(name: str, meeting: Meeting | None, at: str | None) -> list[str | None]:
    """The paths of the words of a meeting's counted items (:func:`scoring.counted_items`):
    ``at`` is the meeting's path in the prediction (None for gold, whose words are not drawn)."""
    if meeting is None:
        return []
    if name == "participants":
        indexes = [k for k, person in enumerate(meeting.participants) if person.name]
        return [at and f"{at}.participants[{k}].name" for k in indexes]
    if name == "parties":
        return [at and f"{at}.parties[{k}]" for k in range(len(meeting.parties))]
    if name == "outcomes":
        return [at and f"{at}.outcomes[{k}].text" for k in range(len(meeting.outcomes))]
    return [None] * len(meeting.topics)


def _value(meeting: Meeting | None, name: str) -> object:
    if meeting is None:
        return None
    if name == "date_text":
        return meeting.date_text
    if name == "location.venue":
        return meeting.location.venue
    return scoring.field_value(meeting, name)


def _shown(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return str(value).lower()
    return escape(str(getattr(value, "value", value)))


def _cell_class(gold: object, predicted: object) -> str:
    if gold is None and predicted is None:
        return ""
    if gold is None:
        return "false"
    if predicted is None:
        return "miss"
    return "ok" if scoring.same(gold, predicted) else "wrong"


def _unnamed(meeting: Meeting | None) -> str:
    titles = [p.title for p in meeting.participants if not p.name and p.title] if meeting else []
    return "".join(f' <span class="muted">(unnamed: {escape(t)})</span>' for t in titles)


def _meeting(title: str, css: str, gold: Meeting | None, predicted: Meeting | None, at: str | None,
             marks: Highlights) -> str:  # fmt: skip
    """A table field | gold | predicted; on an aligned pair, mismatches are marked. The
    predicted values link to their words (``at``: the predicted meeting's path)."""
    rows = []
    unmarked = Highlights(None, "", "")
    for name, scored, path in _FIELD_ROWS:
        g, p = _value(gold, name), _value(predicted, name)
        cell = _cell_class(g, p) if scored and gold is not None and predicted is not None else ""
        shown = _shown(p) if p is None or path is None or at is None else marks.item(at + path, _shown(p))
        rows.append(f'<tr><td>{name}</td><td>{_shown(g)}</td><td class="{cell}">{shown}</td></tr>')
    gold_items, predicted_items = scoring.counted_items(gold), scoring.counted_items(predicted)
    for name, g in gold_items.items():
        p = predicted_items[name]
        g_found, p_found = scoring.found(name, g, p)
        notes = (_unnamed(gold), _unnamed(predicted)) if name == "participants" else ("", "")
        rows.append(
            f"<tr><td>{name}</td><td>{_list(g, g_found, 'miss', _paths(name, gold, None), unmarked)}{notes[0]}</td>"
            f"<td>{_list(p, p_found, 'false', _paths(name, predicted, at), marks)}{notes[1]}</td></tr>"
        )
    return (
        f'<div class="meeting"><h3 class="{css}">{escape(title)}</h3><table><thead><tr><th>field</th>'
        f"<th>gold</th><th>predicted</th></tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def _meetings(case: CaseResult, marks: Highlights) -> list[str]:
    gold = case.gold.meetings
    predicted = case.prediction.meetings if case.prediction else []
    out = []
    for i, j in scoring.pairs(case.score.alignment, len(gold), len(predicted)):
        g, p = (None if i is None else gold[i]), (None if j is None else predicted[j])
        where = "false meeting" if i is None else f"meeting {i + 1}"
        title = f"{where}: missed" if j is None else f"{where} (predicted {j + 1})"
        at = None if j is None else f"meetings[{j}]"
        out.append(_meeting(title, "false" if g is None else "miss" if p is None else "", g, p, at, marks))
    return out or ['<p class="muted">No meeting in gold or prediction.</p>']


def _summaries(case: CaseResult) -> str:
    parts = []
    for label, record in (("gold", case.gold), ("predicted", case.prediction)):
        if record is not None and record.summary is not None:
            parts.append(
                f"<p><b>{label} en:</b> {escape(record.summary.en)}</p>"
                f"<p><b>{label} fr:</b> {escape(record.summary.fr)}</p>"
            )
    return f'<div class="summary"><h3>summaries</h3>{"".join(parts)}</div>' if parts else ""


def _case(case: CaseResult) -> str:
    score = case.score
    problems = "".join(f"<li>{escape(p)}</li>" for p in score.problems)
    flag = case.prediction.is_meeting_report if case.prediction else None
    report_cell = _cell_class(case.gold.is_meeting_report, flag)
    marks = Highlights(case.prediction, case.read, anchor(case.id))
    return (
        f'<section class="case" id="{anchor(case.id)}"><header><h2>{escape(case.id)}</h2>'
        f'<span class="score">{score.headline:.3f}</span>'
        f"{'<span class=false>pipeline failed</span>' if score.failed else ''}</header>"
        + (
            f'<ul class="problems">{problems}</ul>'
            if problems
            else '<p class="muted">Nothing went wrong.</p>'
        )
        + '<div class="columns"><div><h3>source</h3>'
        f'<pre class="source">{marks.source() if case.read else escape(case.text)}</pre></div><div>'
        f"<table><tr><td>is_meeting_report</td><td>{_shown(case.gold.is_meeting_report)}</td>"
        f'<td class="{report_cell}">{_shown(flag)}</td></tr></table>'
        + "".join(_meetings(case, marks))
        + _summaries(case)
        + (checks(case.prediction.provenance) if case.prediction and case.prediction.provenance else "")
        + "</div></div></section>"
    )
