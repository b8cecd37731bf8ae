"""``communique bench``: how fast the configured endpoint reads communiqués."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING, Annotated

import typer

from communique.cli.app import app, model_calls
from communique.cli.options import (
    ApiKeyOpt,
    BackendOpt,
    BaseUrlOpt,
    ConcurrencyOpt,
    InputsArg,
    JsonlOpt,
    ModelOpt,
    ModeOpt,
    PromptOpt,
    QuietOpt,
    RetriesOpt,
    SummariesOpt,
    settings,
)

if TYPE_CHECKING:
    from communique.api import Bench


@app.command()
def bench(
    inputs: InputsArg = None,
    jsonl: JsonlOpt = None,
    sample: Annotated[
        int, typer.Option("--sample", "-n", min=1, help="How many of the inputs to run, spread over them")
    ] = 3,
    documents: Annotated[
        int | None,
        typer.Option(
            "--for", metavar="N", min=1, help="Estimate a batch of N communiqués [default: the inputs]"
        ),
    ] = None,
    concurrency: ConcurrencyOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as one JSON object")] = False,
    backend: BackendOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    api_key: ApiKeyOpt = None,
    mode: ModeOpt = None,
    prompt: PromptOpt = None,
    max_retries: RetriesOpt = None,
    summaries: SummariesOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Time the configured endpoint on a few of your communiqués, to size a batch first.

    Runs --sample of the inputs (spread over them), one at a time and never from the
    cache, through the whole pipeline, and prints for each the seconds, the prompt and
    output tokens, the output tokens per second and the attempts; then the medians and
    about how long the whole batch (or --for N communiqués) would take, one at a time
    and as many at a time as the batch would keep in flight. A local server (Ollama,
    llama.cpp) often answers one request at a time: read the first estimate for it.

    \b
    Examples:
      communique bench briefs/ -m llama3.1 --base-url http://localhost:11434/v1
      communique bench briefs/ -m gpt-4o-mini -n 5 --for 10000
      communique bench --jsonl scraped.jsonl --summaries code --json
    """
    from communique import api

    chosen = settings(backend=backend, model=model, base_url=base_url, api_key=api_key, mode=mode,
                      prompt=prompt, max_retries=max_retries, summaries=summaries)  # fmt: skip
    items = api.load(inputs or ([] if jsonl else ["-"]), jsonl=jsonl, max_bytes=chosen.max_bytes)
    readable = sum(item.source is not None for item in items)
    with model_calls(quiet=quiet) as on_event:
        measured = api.bench(
            items, settings=chosen, sample=sample, concurrency=concurrency, on_event=on_event
        )
    batch = documents or readable
    if as_json:
        print(json.dumps(_figures(measured, batch), ensure_ascii=False))
    else:
        print(_table(measured, batch))
    if any(t.error for t in measured.timings):
        raise typer.Exit(1)


def _figures(measured: Bench, batch: int) -> dict[str, object]:
    return {
        "timings": [asdict(t) | {"seconds": round(t.seconds, 3)} for t in measured.timings],
        "seconds_median": round(measured.seconds_median, 2),
        "tokens_in_median": measured.tokens_in_median,
        "tokens_out_median": measured.tokens_out_median,
        "tokens_per_second": round(measured.tokens_per_second, 2),
        "batch": batch,
        "hours_one_at_a_time": round(measured.hours_for(batch), 3),
        "workers": measured.workers,
        "hours_in_flight": round(measured.hours_for(batch, measured.workers), 3),
    }


def _table(measured: Bench, batch: int) -> str:
    width = max(len("document"), *(len(t.id) for t in measured.timings))
    lines = [
        f"{'document':<{width}}  {'seconds':>8}  {'tokens in':>9}  {'out':>6}  {'out/s':>6}  attempts  end"
    ]
    for t in measured.timings:
        pace = f"{t.tokens_out / t.seconds:6.1f}" if t.seconds and t.tokens_out else f"{'-':>6}"
        end = f"failed: {t.error}" if t.error else t.status
        lines.append(f"{t.id:<{width}}  {t.seconds:8.1f}  {t.tokens_in:9,}  {t.tokens_out:6,}  {pace}  "
                     f"{t.attempts:8}  {end}")  # fmt: skip
    lines.append(
        f"median: {measured.seconds_median:.1f} s, {measured.tokens_in_median:,.0f} tokens in and "
        f"{measured.tokens_out_median:,.0f} out per communiqué; {measured.tokens_per_second:.1f} output tokens/s"
    )
    estimate = f"{batch:,} communiqués: about {_duration(measured.hours_for(batch))} one at a time"
    if measured.workers > 1:
        estimate += (
            f", {_duration(measured.hours_for(batch, measured.workers))} at {measured.workers} in flight"
        )
    lines.append(estimate)
    return "\n".join(lines)


def _duration(hours: float) -> str:
    if hours >= 1:
        return f"{hours:,.1f} h"
    minutes = hours * 60
    return f"{minutes:.0f} min" if minutes >= 1 else f"{minutes * 60:.0f} s"
