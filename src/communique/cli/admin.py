"""The commands about communique itself: its schema, configuration, prompts, call log and cache."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from communique.cli.app import app, cache_app, say
from communique.cli.options import settings

#: The most calls `logs` lists: SQLite's largest integer.
_EVERY_CALL = 2**63 - 1


@app.command()
def schema() -> None:
    """Print the JSON Schema of the analysis format."""
    import json

    from communique import api

    print(json.dumps(api.json_schema(), indent=2, ensure_ascii=False))


@app.command()
def config(
    json_output: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """Show the resolved configuration (flags > environment > .env > defaults), the key masked."""
    import json

    from communique.config import SPECS

    chosen = settings()
    values = chosen.public()
    if json_output:
        print(json.dumps({k: {"value": values[k], "from": chosen.origins[k]} for k in SPECS}, indent=2))
        return
    width = max(map(len, SPECS))
    for name, spec in SPECS.items():
        value = values[name]
        shown = "-" if value is None else str(value)
        print(f"{name:<{width}}  {shown}  ({chosen.origins[name]}; {spec.env[0]})")
    print(f"{'backend →':<{width}}  {chosen.resolved_backend}")


@app.command()
def prompts() -> None:
    """List the prompts and their versions (the newest is the default)."""
    from communique import api

    for prompt in api.prompt_versions():
        print(f"{prompt.ref}  sha256:{prompt.sha256[:12]}  {prompt.changed}")


def _table(title: str, columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    """A table on a terminal; tab-separated lines, with a header, when piped. Cells
    come from servers and documents: their control characters are never printed."""
    from communique.text import one_line

    rows = [tuple(one_line(cell) for cell in row) for row in rows]
    if not sys.stdout.isatty():
        print(f"# {title}")
        print("\t".join(columns))
        for row in rows:
            print("\t".join(row))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for index, column in enumerate(columns):
        numbers = all(row[index].replace(",", "").replace(".", "").isdigit() for row in rows)
        table.add_column(column, justify="right" if rows and numbers else "left")
    for row in rows:
        table.add_row(*row)
    Console().print(table)


@app.command()
def logs(
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many recent calls to list")] = 20,
    json_output: Annotated[bool, typer.Option("--json", help="Print JSON: the calls and the totals")] = False,
    off: Annotated[bool, typer.Option("--off", help="Stop logging model calls")] = False,
    on: Annotated[bool, typer.Option("--on", help="Log model calls again")] = False,
) -> None:
    """List recent model calls, and tokens and cost per day, model and prompt version.

    Every model call is logged (cache hits too, at no cost) to a SQLite database in the
    data directory; prices come from an editable table (prices.json in the data
    directory overrides the shipped one). COMMUNIQUE_LOG=0 also stops logging.
    """
    import json
    from dataclasses import asdict

    from communique import api

    log = api.call_log(settings()).usable()
    if off or on:
        log.switch(on=on)
        say(f"communique: logging {'on' if on else 'off'} ({log.directory})")
        return
    # a limit past what SQLite counts in (`-n 99999999999999999999`: every call) is all of them
    # (was: `internal error: OverflowError`)
    calls, totals = log.recent(min(limit, _EVERY_CALL)), log.totals()
    if json_output:
        print(json.dumps({"database": str(log.path), "enabled": log.enabled, "calls": [c.row() for c in calls],
                          "totals": [asdict(t) for t in totals]}, indent=2, ensure_ascii=False))  # fmt: skip
        return
    _table(
        f"Recent model calls ({log.path})",
        ("time", "model", "prompt", "document", "in", "out", "tries", "s", "cache", "outcome"),
        [
            (c.time, c.usage.model or "-", c.prompt or "-", c.document_id or "-", str(c.usage.tokens_in),
             str(c.usage.tokens_out), str(c.usage.attempts), f"{c.duration_s:.1f}", "hit" if c.usage.cached else "",
             c.outcome if not c.reason else f"{c.outcome}: {c.reason[:60]}")
            for c in calls
        ],
    )  # fmt: skip
    _table(
        "Tokens and cost (cache hits excluded)",
        ("day", "model", "prompt", "calls", "tokens in", "tokens out", "cost (USD)"),
        [
            (t.day, t.model or "-", t.prompt or "-", str(t.calls), f"{t.tokens_in:,}", f"{t.tokens_out:,}",
             "-" if t.cost_usd is None else f"{t.cost_usd:.6f}")
            for t in totals
        ],
    )  # fmt: skip
    if not log.enabled:
        say("communique: logging is off ('communique logs --on' turns it back on)")


@cache_app.command("info")
def cache_info() -> None:
    """Where the cache is, how many replies it holds, and its size."""
    from communique import api

    info = api.reply_cache(settings()).info()
    print(f"directory  {info.directory}\nentries    {info.entries}\nsize       {info.size_bytes:,} bytes")


@cache_app.command("clear")
def cache_clear() -> None:
    """Remove every cached reply."""
    from communique import api

    cache = api.reply_cache(settings())
    removed = cache.clear()
    if removed is None:  # (was: an empty cache made, to be cleared)
        say(f"communique: nothing to clear: there is no reply cache in {cache.directory}")
    else:
        say(f"communique: removed {removed} cached repl{'y' if removed == 1 else 'ies'}")
