"""``communique eval``: score the pipeline on a hand-labelled eval set."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from communique.cli.app import app, model_calls, say
from communique.cli.options import (
    FILE_NAME,
    BackendOpt,
    BaseUrlOpt,
    ModelOpt,
    ModeOpt,
    NoCacheOpt,
    PromptOpt,
    settings,
)
from communique.errors import UsageError

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text

    from communique.api import Comparison, EvalResult


@app.command("eval")
def eval_command(
    directory: Annotated[
        Path,
        typer.Argument(
            metavar="DIR", help="Folder of cases: NAME.txt (communiqué) + NAME.json (gold record)"
        ),
    ] = Path("evals"),
    backend: BackendOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    prompt: PromptOpt = None,
    mode: ModeOpt = None,
    no_cache: NoCacheOpt = False,
    concurrency: Annotated[
        int | None,
        typer.Option(
            "--concurrency", "-j", min=1, help="Cases analysed at once [default: 4 with a model, 1 for rules]"
        ),
    ] = None,
    json_report: Annotated[
        Path | None,
        typer.Option("--json", **FILE_NAME, help="Write the full report, every case included, as JSON"),
    ] = None,
    html_report: Annotated[
        Path | None, typer.Option("--html", **FILE_NAME, help="Write a one-page HTML report")
    ] = None,
    min_score: Annotated[
        float | None,
        typer.Option("--min-score", min=0, max=1, help="Exit 1 when the headline score is below X"),
    ] = None,
    minimums: Annotated[
        list[str] | None,
        typer.Option(
            "--min",
            metavar="METRIC=X",
            help="Exit 1 when METRIC is below X, e.g. parties.f1=0.8 (repeatable)",
        ),
    ] = None,
    worst: Annotated[
        int, typer.Option("--worst", min=0, help="Show the N worst cases and what went wrong")
    ] = 5,
    compare: Annotated[
        tuple[Path, Path] | None,
        typer.Option(
            "--compare", metavar="OLD.json NEW.json", help="Compare two JSON reports; runs nothing else"
        ),
    ] = None,
) -> None:
    """Score the pipeline on a hand-labelled eval set, and fail when the score is too low.

    Prints each metric, the headline score (the mean of seven of them) and the worst
    cases, field by field. Reports given with --json and --html are overwritten (never
    a case of the set).

    \b
    Examples:
      communique eval --backend rules
      communique eval evals -m gpt-4o-mini --json run.json --html run.html
      communique eval --min-score 0.6 --min parties.f1=0.7 --min date=0.8
      communique eval --compare old.json new.json
    """
    from rich.console import Console

    from communique import api

    console = Console(soft_wrap=True)  # a problem or a case stays on one line
    if compare is not None:
        for renderable in comparison_view(api.compare_reports(*compare)):
            console.print(renderable)
        return
    try:
        gates = api.eval_gates(minimums or [])
    except UsageError as exc:
        raise typer.BadParameter(str(exc), param_hint="--min") from None
    if min_score is not None and not 0 <= min_score <= 1:  # nan passes click's range: a gate that never fails
        raise typer.BadParameter(f"{min_score} is not a score between 0 and 1", param_hint="--min-score")
    # Reports are overwritten (documented), but never a case of the set being scored.
    cases = directory.glob("*") if directory.is_dir() else ()
    api.check_outputs(json_report, html_report, force=True, resume=False, inputs=cases)
    chosen = settings(
        backend=backend, model=model, base_url=base_url, mode=mode, prompt=prompt, no_cache=no_cache
    )
    with model_calls(quiet=False) as on_event:
        result = api.evaluate(directory, settings=chosen, concurrency=concurrency, on_event=on_event)
    for renderable in report_view(result, worst=worst):
        console.print(renderable)
    for path, html in ((json_report, False), (html_report, True)):
        if path is not None:
            api.save_report(result, path, html=html)
            say(f"communique: wrote {path}")
    failures = api.failed_gates(result, min_score=min_score, minimums=gates)
    for failure in failures:
        say(f"communique: {failure}")
    if failures:
        raise typer.Exit(1)


_PROBLEMS_SHOWN = 12


def report_view(result: EvalResult, *, worst: int) -> list[RenderableType]:
    """What the terminal shows of a run: the metrics table, then the ``worst`` cases
    with what went wrong, field by field."""
    from rich.table import Table
    from rich.text import Text

    report, run_info = result.report, result.run
    made = " · ".join(x for x in (run_info.backend, run_info.model, run_info.prompt) if x)
    metrics = Table(title=Text(f"communique eval: {report.documents} cases, {made}"), title_justify="left")
    for column in ("metric", "precision", "recall", "score", "counts"):
        metrics.add_column(column, justify="left" if column in ("metric", "counts") else "right")
    for row in report.rows():
        metrics.add_row(
            row.name + (" *" if row.in_headline else ""),
            "" if row.precision is None else f"{row.precision:.3f}",
            "" if row.recall is None else f"{row.recall:.3f}",
            row.shown,
            row.detail,
            style="bold" if row.name == "headline" else None,
        )
    shown: list[RenderableType] = [metrics]
    cases = [c for c in result.worst(worst) if c.score.problems] if worst > 0 else []
    if cases:
        listing = _heading(f"worst {len(cases)} cases")
        for case in cases:
            problems = case.score.problems
            listed = problems[:_PROBLEMS_SHOWN]
            if len(problems) > _PROBLEMS_SHOWN:
                listed.append(f"… and {len(problems) - _PROBLEMS_SHOWN} more (see --json or --html)")
            listing.append(f"{case.id}  {case.score.headline:.3f}\n", style="bold")
            listing.append("".join(f"  {problem}\n" for problem in listed))
        shown.append(listing)
    return shown


def _heading(title: str) -> Text:
    """A block of lines under a bold title: one line per case and per problem, which a
    console with ``soft_wrap`` keeps whole for logs and grep."""
    from rich.text import Text

    return Text(f"\n{title}\n", style="bold", end="")


def _number(value: float | None, *, count: bool) -> str:
    if value is None:
        return "—"
    return str(int(value)) if count else f"{value:.3f}"


def comparison_view(comparison: Comparison) -> list[RenderableType]:
    """What the terminal shows of a comparison: each metric old → new, then the cases
    that improved and regressed, with the problems fixed and introduced."""
    from rich.table import Table
    from rich.text import Text

    metrics = Table(title="metrics: old → new", title_justify="left")
    for column in ("metric", "old", "new", "delta", ""):
        metrics.add_column(column, justify="left" if column in ("metric", "") else "right")
    for change in comparison.metrics:
        delta = change.delta
        metrics.add_row(
            change.name,
            _number(change.old, count=change.is_count),
            _number(change.new, count=change.is_count),
            "—" if delta is None else f"{delta:+.3f}",
            "" if change.verdict == "same" else change.verdict,
        )
    shown: list[RenderableType] = [metrics]
    listing = _heading(f"cases: {len(comparison.improved)} improved, {len(comparison.regressed)} regressed")
    for verdict, changes in (("improved", comparison.improved), ("regressed", comparison.regressed)):
        for c in changes:
            listing.append(f"{verdict}: {c.id}  {c.old:.3f} → {c.new:.3f}\n", style="bold")
            listing.append("".join(f"  fixed: {problem}\n" for problem in c.fixed))
            listing.append("".join(f"  new:   {problem}\n" for problem in c.broken))
    shown.append(listing)
    if comparison.added or comparison.removed:
        added, removed = ", ".join(comparison.added) or "—", ", ".join(comparison.removed) or "—"
        shown.append(Text(f"cases added: {added}; removed: {removed}"))
    return shown
