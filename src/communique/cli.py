"""The command line: a thin layer over the library.

Results go to stdout (or ``-o FILE``), messages and errors to stderr, one line each.
Exit codes: 0 ok, 1 model or validation failure, 2 usage, 3 input error, 4 config error.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from .errors import CommuniqueError

app = typer.Typer(
    name="communique",
    help=(
        "Turn press communiqués about security cooperation into validated meeting records "
        "and French/English summaries.\n\n"
        "With no model configured, the offline 'rules' backend runs. Configure a model with "
        "--model (and --base-url for a local server) or COMMUNIQUE_MODEL in the environment "
        "or a .env file; see 'communique config'.\n\n"
        "Exit codes: 0 ok, 1 model or validation failure, 2 usage, 3 input error, 4 config error."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
cache_app = typer.Typer(help="Inspect or clear the reply cache.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


class Format(StrEnum):
    json = "json"
    md = "md"


class Backend(StrEnum):
    auto = "auto"
    rules = "rules"
    openai = "openai"


class Mode(StrEnum):
    auto = "auto"
    tools = "tools"
    json_schema = "json_schema"
    json = "json"
    md_json = "md_json"


def _say(message: str) -> None:
    print(message, file=sys.stderr)


# Options shared by the commands that run the pipeline.
BackendOpt = Annotated[
    Backend | None,
    typer.Option(
        "--backend",
        "-b",
        help="rules (offline) or openai (any OpenAI-compatible endpoint); default: openai when a model is set",
    ),
]
ModelOpt = Annotated[
    str | None,
    typer.Option("--model", "-m", help="Model name, e.g. gpt-4o-mini, llama3.1 [env: COMMUNIQUE_MODEL]"),
]
BaseUrlOpt = Annotated[
    str | None,
    typer.Option(
        "--base-url",
        help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 [env: COMMUNIQUE_BASE_URL]",
    ),
]
ApiKeyOpt = Annotated[
    str | None, typer.Option("--api-key", help="API key [env: COMMUNIQUE_API_KEY, OPENAI_API_KEY]")
]
ModeOpt = Annotated[
    Mode | None,
    typer.Option("--mode", help="Structured-output mode; auto picks tools for OpenAI, json_schema elsewhere"),
]
PromptOpt = Annotated[
    str | None, typer.Option("--prompt", "-p", help="Prompt version, e.g. extract@v1 (default: newest)")
]
RetriesOpt = Annotated[
    int | None,
    typer.Option("--max-retries", min=0, help="Re-asks after a reply fails validation [default: 2]"),
]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the reply cache")]
RefreshOpt = Annotated[
    bool, typer.Option("--refresh", help="Ask the model again and replace the cached reply")
]


def _settings(**flags: Any) -> Any:
    from .config import resolve

    if flags.pop("no_cache", False):
        flags["cache"] = False
    return resolve({k: (v.value if isinstance(v, StrEnum) else v) for k, v in flags.items()})


@app.command()
def summarise(
    input: Annotated[
        str, typer.Argument(help="A communiqué file (UTF-8 text, optional front matter), or - for stdin")
    ] = "-",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write here instead of stdout (never overwrites without --force)"
        ),
    ] = None,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="json (the record) or md (a readable card)")
    ] = Format.json,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the output file if it exists")] = False,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Language of the text (fr, en); detected when absent")
    ] = None,
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date, YYYY-MM-DD, to resolve 'mardi'")
    ] = None,
    backend: BackendOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    api_key: ApiKeyOpt = None,
    mode: ModeOpt = None,
    prompt: PromptOpt = None,
    max_retries: RetriesOpt = None,
    no_cache: NoCacheOpt = False,
    refresh: RefreshOpt = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No messages on stderr")] = False,
) -> None:
    """Summarise one communiqué: its meeting records and a French and English summary.

    \b
    Examples:
      communique summarise brief.txt
      cat brief.txt | communique summarise - --format md
      communique summarise brief.txt -m gpt-4o-mini -o brief.json
      communique summarise brief.txt -m llama3.1 --base-url http://localhost:11434/v1
    """
    import datetime as dt

    from . import export, ingest
    from .errors import InputError
    from .pipeline import Pipeline

    settings = _settings(backend=backend, model=model, base_url=base_url, api_key=api_key, mode=mode,
                         prompt=prompt, max_retries=max_retries, no_cache=no_cache)  # fmt: skip
    if output is not None:
        export.check_writable(output, force=force)
    try:
        published_date = dt.date.fromisoformat(published) if published else None
    except ValueError:
        raise InputError(f"--published {published!r} is not a date (YYYY-MM-DD)") from None
    if input == "-":
        if sys.stdin.isatty():
            raise InputError("no input: give a file, or pipe a communiqué into 'communique summarise -'")
        source = ingest.read_bytes(sys.stdin.buffer.read(), name="stdin", max_bytes=settings.max_bytes,
                                   published=published_date, lang=lang)  # fmt: skip
    else:
        source = ingest.read_path(Path(input), max_bytes=settings.max_bytes)
        if published_date or lang:
            from dataclasses import replace

            source = replace(
                source, published=published_date or source.published, language=lang or source.language
            )
    if not quiet:
        for note in source.notes:
            _say(f"communique: note: {note}")
        if settings.resolved_backend == "rules" and settings.backend == "auto":
            _say(
                "communique: using the offline rules backend; set --model or COMMUNIQUE_MODEL to use a model (see 'communique config')"
            )
    record = Pipeline(settings, refresh=refresh).run(source)
    text = export.render(record, format.value)
    if output is None:
        sys.stdout.write(text)
    else:
        export.write_atomic(output, text, force=force)
        if not quiet:
            _say(f"communique: wrote {output}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the analysis format."""
    import json

    from .schema import json_schema

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@app.command()
def config(
    json_output: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """Show the resolved configuration (flags > environment > .env > defaults), the key masked."""
    import json

    from .config import SPECS

    settings = _settings()
    values = settings.public()
    if json_output:
        print(json.dumps({k: {"value": values[k], "from": settings.origins[k]} for k in SPECS}, indent=2))
        return
    width = max(map(len, SPECS))
    for name, spec in SPECS.items():
        value = values[name]
        shown = "-" if value is None else str(value)
        print(f"{name:<{width}}  {shown}  ({settings.origins[name]}; {spec.env[0]})")
    print(f"{'backend →':<{width}}  {settings.resolved_backend}")


@app.command()
def prompts() -> None:
    """List the prompts and their versions (the newest is the default)."""
    from . import prompts as prompt_files

    directory = prompt_files.prompts_dir()
    for folder in sorted(p for p in directory.iterdir() if p.is_dir()):
        for version in prompt_files.versions(folder.name, directory):
            prompt = prompt_files.load(f"{folder.name}@v{version}", directory)
            print(f"{prompt.ref}  sha256:{prompt.sha256[:12]}  {prompt.changed}")


def _table(title: str, columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    """A table on a terminal; tab-separated lines, with a header, when piped."""
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

    from .calllog import CallLog

    log = CallLog(_settings().data_dir)
    if off or on:
        log.switch(on=on)
        _say(f"communique: logging {'on' if on else 'off'} ({log.directory})")
        return
    calls, totals = log.recent(limit), log.totals()
    if json_output:
        print(json.dumps({"database": str(log.path), "enabled": log.enabled, "calls": [asdict(c) for c in calls],
                          "totals": [asdict(t) for t in totals]}, indent=2, ensure_ascii=False))  # fmt: skip
        return
    _table(
        f"Recent model calls ({log.path})",
        ("time", "model", "prompt", "document", "in", "out", "tries", "s", "cache", "outcome"),
        [
            (c.time, c.model or "-", c.prompt or "-", c.document_id or "-", str(c.tokens_in), str(c.tokens_out),
             str(c.attempts), f"{c.duration_s:.1f}", "hit" if c.cached else "",
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
        _say("communique: logging is off ('communique logs --on' turns it back on)")


@cache_app.command("info")
def cache_info() -> None:
    """Where the cache is, how many replies it holds, and its size."""
    from .cache import ReplyCache

    info = ReplyCache(_settings().cache_dir).info()
    print(f"directory  {info.directory}\nentries    {info.entries}\nsize       {info.size_bytes:,} bytes")


@cache_app.command("clear")
def cache_clear() -> None:
    """Remove every cached reply."""
    from .cache import ReplyCache

    removed = ReplyCache(_settings().cache_dir).clear()
    _say(f"communique: removed {removed} cached repl{'y' if removed == 1 else 'ies'}")


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
        Path | None, typer.Option("--json", help="Write the full report, every case included, as JSON")
    ] = None,
    html_report: Annotated[Path | None, typer.Option("--html", help="Write a one-page HTML report")] = None,
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
    cases, field by field. Reports given with --json and --html are overwritten.

    \b
    Examples:
      communique eval --backend rules
      communique eval evals -m gpt-4o-mini --json run.json --html run.html
      communique eval --min-score 0.6 --min parties.f1=0.7 --min date=0.8
      communique eval --compare old.json new.json
    """
    from rich.console import Console

    from . import evaluate, export

    console = Console(soft_wrap=True)  # a problem or a case stays on one line
    if compare is not None:
        old, new = (evaluate.read_text(path) for path in compare)
        for renderable in evaluate.comparison_view(evaluate.compare(old, new)):
            console.print(renderable)
        return
    try:
        gates = [evaluate.parse_threshold(spec) for spec in minimums or []]
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--min") from None
    for path in (json_report, html_report):
        if path is not None:
            export.check_writable(path, force=True)
    settings = _settings(
        backend=backend, model=model, base_url=base_url, mode=mode, prompt=prompt, no_cache=no_cache
    )
    result = evaluate.run(evaluate.load_cases(directory), settings, concurrency=concurrency)
    for renderable in evaluate.report_view(result, worst=worst):
        console.print(renderable)
    if json_report is not None:
        export.write_atomic(json_report, result.to_json(), force=True)
        _say(f"communique: wrote {json_report}")
    if html_report is not None:
        from .report_html import render

        export.write_atomic(html_report, render(result), force=True)
        _say(f"communique: wrote {html_report}")
    failures = evaluate.failed_gates(result.report, min_score=min_score, minimums=gates)
    for failure in failures:
        _say(f"communique: {failure}")
    if failures:
        raise typer.Exit(1)


def main() -> None:
    """Console entry point: library errors become one line on stderr and an exit code."""
    import logging

    # instructor logs every failed attempt at ERROR level; communique reports the outcome itself
    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    try:
        app()
    except CommuniqueError as exc:
        _say("communique: error: " + " ".join(str(exc).split()))
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        _say("communique: interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    except Exception as exc:  # a bug: still one line, never a traceback with locals
        _say(f"communique: internal error: {type(exc).__name__}: " + " ".join(str(exc).split()))
        sys.exit(1)
