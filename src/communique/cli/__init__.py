"""The command line: a thin layer over the library.

Results go to stdout (or ``-o FILE``), messages and errors to stderr, one line each.
Exit codes: 0 ok, 1 model or validation failure, 2 usage, 3 input error, 4 config error.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .errors import CommuniqueError

if TYPE_CHECKING:
    from .batch import Writer
    from .config import Settings
    from .ingest import Source
    from .inputs import Loaded
    from .pipeline import Pipeline
    from .sinks import ErrorLog

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
batch_app = typer.Typer(
    help="Jobs submitted with 'communique summarise --batch-api': where they stand, their results.",
    no_args_is_help=True,
)
app.add_typer(batch_app, name="batch")


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    md = "md"
    csv = "csv"
    html = "html"
    sqlite = "sqlite"


class Language(StrEnum):
    en = "en"
    fr = "fr"


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
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No messages or progress bar on stderr")]

# Options of the commands that take many inputs.
InputsArg = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="INPUT",
        help="Communiqué files (UTF-8 text, optional front matter), folders (their .txt and .md files, "
        "recursively), globs, or - for stdin [default: -]",
        show_default=False,
    ),
]
JsonlOpt = Annotated[
    str | None,
    typer.Option(
        "--jsonl",
        metavar="FILE",
        help="Communiqués as JSON Lines: one object per line with text, and optionally id, published, "
        "source, url, lang (- for stdin)",
    ),
]
ForceOpt = Annotated[bool, typer.Option("--force", help="Overwrite outputs that exist")]
ResumeOpt = Annotated[
    bool,
    typer.Option(
        "--resume", help="Keep what an earlier, interrupted run wrote to the output, and do only the rest"
    ),
]
ErrorsOpt = Annotated[
    Path | None,
    typer.Option(
        "--errors",
        metavar="FILE",
        help="Write the documents that fail here, one JSON line each (id, input, reason), instead of stderr",
    ),
]
ConcurrencyOpt = Annotated[
    int | None,
    typer.Option(
        "--concurrency",
        "-j",
        min=1,
        help="Documents in flight at once [default: 8 with a model, 1 for rules]",
    ),
]
RpmOpt = Annotated[
    int | None,
    typer.Option(
        "--rpm", min=1, help="At most this many requests a minute to the endpoint [env: COMMUNIQUE_RPM]"
    ),
]


def _settings(**flags: Any) -> Any:
    from .config import resolve

    if flags.pop("no_cache", False):
        flags["cache"] = False
    return resolve({k: (v.value if isinstance(v, StrEnum) else v) for k, v in flags.items()})


@app.command()
def summarise(
    inputs: InputsArg = None,
    jsonl: JsonlOpt = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write here instead of stdout (never overwrites without --force)"
        ),
    ] = None,
    format: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            help="json (the record; the default for one input), jsonl (a line per input; the default for "
            "many), md (readable cards), csv (a row per meeting), html (one page, records beside their "
            "text), sqlite (a database; needs -o)",
            show_default=False,
        ),
    ] = None,
    force: ForceOpt = False,
    resume: ResumeOpt = False,
    errors: ErrorsOpt = None,
    concurrency: ConcurrencyOpt = None,
    rpm: RpmOpt = None,
    batch_api: Annotated[
        bool,
        typer.Option(
            "--batch-api",
            help="Submit the whole batch as one OpenAI Batch API job and print its id "
            "(then 'communique batch status|fetch ID')",
        ),
    ] = False,
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
    quiet: QuietOpt = False,
) -> None:
    """Summarise communiqués: their meeting records and a French and English summary.

    One input gives one record (JSON by default). Many inputs (files, folders, globs,
    --jsonl) give one record each, in input order: JSON Lines by default, each line
    written as soon as it and those before it are done. A document that fails is
    reported with its id (--errors FILE) and the others go on; the exit code is then 1.
    An interrupted batch keeps what it wrote: run it again, with --resume for an
    output file, and only the rest is done (replies come from the cache).

    \b
    Examples:
      communique summarise brief.txt
      cat brief.txt | communique summarise - --format md
      communique summarise brief.txt -m gpt-4o-mini -o brief.json
      communique summarise brief.txt -m llama3.1 --base-url http://localhost:11434/v1
      communique summarise briefs/ -m gpt-4o-mini -o records.jsonl --errors errors.jsonl
      communique summarise briefs/ -m gpt-4o-mini -o records.jsonl --resume
      communique summarise --jsonl scraped.jsonl -f sqlite -o records.db
      communique summarise 'briefs/**/*.txt' -f html -o records.html
      communique summarise briefs/ -m gpt-4o-mini --batch-api
    """
    from . import inputs as documents
    from . import sinks
    from .pipeline import Pipeline

    arguments = inputs or ([] if jsonl else ["-"])
    single = documents.is_single(arguments, jsonl)
    if batch_api and (output is not None or format is not None or resume):
        raise typer.BadParameter(
            "--batch-api submits a job; give -o and --format to 'communique batch fetch'",
            param_hint="--batch-api",
        )
    fmt = _records_format(format, single=single, output=output, resume=resume)
    settings = _settings(backend=backend, model=model, base_url=base_url, api_key=api_key, mode=mode,
                         prompt=prompt, max_retries=max_retries, no_cache=no_cache, rpm=rpm)  # fmt: skip
    _check_outputs(output, errors, force=force, resume=resume)
    published_date = _date(published)
    items = _read(arguments, jsonl, settings, single=single, quiet=quiet, published=published_date, lang=lang)
    if not quiet and settings.resolved_backend == "rules" and settings.backend == "auto":
        _say(
            "communique: using the offline rules backend; set --model or COMMUNIQUE_MODEL to use a model (see 'communique config')"
        )
    pipeline = Pipeline(settings, refresh=refresh)
    log = sinks.ErrorLog(errors, force=force or resume)
    if batch_api:
        _submit(pipeline, items, log, arguments=arguments, jsonl=jsonl, published=published, lang=lang,
                quiet=quiet)  # fmt: skip
        return
    sink = sinks.records(fmt, output, force=force, resume=resume)
    _run(items, pipeline.run, sink, log, settings=settings, concurrency=concurrency, single=single,
         quiet=quiet, label="summarise", output=output)  # fmt: skip


def _records_format(format: Format | None, *, single: bool, output: Path | None, resume: bool) -> str:
    """The format records are written in (json for one input, jsonl for many, unless
    asked); refuse what cannot be done."""
    from .sinks import RESUMABLE

    fmt = format.value if format else ("json" if single else "jsonl")
    if fmt == "json" and not single:
        raise typer.BadParameter(
            "json holds one record; use jsonl (the default) for many", param_hint="--format"
        )
    if resume and (output is None or fmt not in RESUMABLE):
        raise typer.BadParameter(
            "--resume needs -o FILE with --format jsonl or sqlite", param_hint="--resume"
        )
    return fmt


def _date(published: str | None) -> dt.date | None:
    from .errors import InputError

    try:
        return dt.date.fromisoformat(published) if published else None
    except ValueError:
        raise InputError(f"--published {published!r} is not a date (YYYY-MM-DD)") from None


def _check_outputs(*paths: Path | None, force: bool, resume: bool) -> None:
    """Refuse, before any work, outputs that cannot be written or would be clobbered."""
    from .export import check_writable

    for path in paths:
        if path is not None and not (resume and path.is_file()):
            check_writable(path, force=force)


def _read(arguments: list[str], jsonl: str | None, settings: Settings, *, single: bool, quiet: bool,
          published: dt.date | None = None, lang: str | None = None) -> list[Loaded]:  # fmt: skip
    """Discover and read the inputs; one input that cannot be read is the command's error."""
    from . import inputs

    items = inputs.load_all(
        inputs.discover(arguments, jsonl=jsonl), max_bytes=settings.max_bytes, published=published, lang=lang
    )
    if single:
        (item,) = items
        if item.error is not None:
            raise item.error
        if not quiet:
            for note in item.source.notes:
                _say(f"communique: note: {note}")
    return items


def _run(items: list[Loaded], task: Callable[[Source], Any], sink: Writer, log: ErrorLog, *, settings: Settings,
         concurrency: int | None, single: bool, quiet: bool, label: str, output: Path | None) -> None:  # fmt: skip
    """Run a batch (or one input, whose failure is then the command's), say what it did,
    and exit 1 if a document failed."""
    from . import batch

    workers = concurrency or batch.DEFAULT_CONCURRENCY.get(settings.resolved_backend, 1)
    try:
        tally = batch.run(items, task, sink, log, concurrency=workers, progress=not (quiet or single),
                          strict=single, label=label)  # fmt: skip
    except KeyboardInterrupt:
        _say(
            "communique: interrupted; what is done is kept: run the same command again (with --resume for an output"
            " file) to go on"
        )
        raise
    if not quiet and single and output is not None:
        _say(f"communique: wrote {output}")
    elif not quiet and not single:
        parts = [f"{tally.done} done" + (f" ({tally.cached} from the cache)" if tally.cached else "")]
        if tally.skipped:
            parts.append(f"{tally.skipped} already in {output}")
        if tally.failed:
            parts.append(f"{tally.failed} failed" + (f" (see {log.path})" if log.path else ""))
        _say("communique: " + ", ".join(parts) + (f"; wrote {output}" if output else ""))
    if tally.failed:
        raise typer.Exit(1)


def _submit(pipeline: Pipeline, items: list[Loaded], log: ErrorLog, *, arguments: list[str], jsonl: str | None,
            published: str | None, lang: str | None, quiet: bool) -> None:  # fmt: skip
    """Submit the readable documents as one Batch API job; print its id."""
    import shlex

    from . import batchapi

    s = pipeline.settings
    command = " ".join(
        ["communique summarise", *map(shlex.quote, arguments), *(["--jsonl", shlex.quote(jsonl)] if jsonl else []),
         f"--model {shlex.quote(s.model or '')}", *([f"--base-url {shlex.quote(s.base_url)}"] if s.base_url else [])]
    )  # fmt: skip
    overrides = {k: v for k, v in (("published", published), ("lang", lang)) if v}
    job = batchapi.submit(pipeline, items, command=command, overrides=overrides)
    for item in items:
        if item.error is not None:
            log.add(item.id, item.document.origin, str(item.error))
    log.close()
    print(job)
    if not quiet:
        _say(f"communique: submitted batch {job}; see 'communique batch status {job}', "
             f"then 'communique batch fetch {job} -o records.jsonl'")  # fmt: skip
    if log.count:
        raise typer.Exit(1)


@app.command()
def translate(
    inputs: InputsArg = None,
    jsonl: JsonlOpt = None,
    to: Annotated[Language, typer.Option("--to", help="The language to translate into")] = Language.en,
    directory: Annotated[
        Path | None,
        typer.Option(
            "--dir", "-d", help="Write each translation to DIR/ID.LANG.txt (never overwrites without --force)"
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the translations here as JSON Lines, one per input"),
    ] = None,
    force: ForceOpt = False,
    resume: ResumeOpt = False,
    errors: ErrorsOpt = None,
    glossary: Annotated[
        list[Path] | None,
        typer.Option(
            "--glossary",
            metavar="FILE",
            help="A glossary extending the shipped one: a 'fr<TAB>en' header, then a term and its rendering "
            "per line (repeatable) [env: COMMUNIQUE_GLOSSARY]",
        ),
    ] = None,
    concurrency: ConcurrencyOpt = None,
    rpm: RpmOpt = None,
    backend: BackendOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    api_key: ApiKeyOpt = None,
    mode: ModeOpt = None,
    prompt: Annotated[
        str, typer.Option("--prompt", "-p", help="Prompt version, e.g. translate@v1 (default: newest)")
    ] = "translate",
    max_retries: RetriesOpt = None,
    no_cache: NoCacheOpt = False,
    refresh: RefreshOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Translate communiqués in full: French into English, or --to fr the other way.

    Paragraph by paragraph, each with the whole communiqué as context, keeping the
    structure. Names, acronyms, numbers and dates are checked against the original and
    office titles against the glossary; a translation that loses one is re-asked with
    the reason. One input goes to stdout; many go to -d DIR (a .en.txt file each) or
    as JSON Lines to stdout or -o. Needs a model.

    \b
    Examples:
      communique translate brief.txt -m gpt-4o-mini
      communique translate briefs/ -m gpt-4o-mini -d english/
      communique translate brief-en.txt --to fr -m gpt-4o-mini
      communique translate --jsonl scraped.jsonl -m gpt-4o-mini -o translations.jsonl --glossary titles.tsv
    """
    from . import inputs as documents
    from . import sinks
    from .cache import ReplyCache
    from .translate import Translation, Translator

    if directory is not None and output is not None:
        raise typer.BadParameter("give -d DIR or -o FILE, not both", param_hint="--dir")
    if resume and directory is None and output is None:
        raise typer.BadParameter("--resume needs -d DIR or -o FILE", param_hint="--resume")
    settings = _settings(backend=backend, model=model, base_url=base_url, api_key=api_key, mode=mode,
                         max_retries=max_retries, no_cache=no_cache, rpm=rpm)  # fmt: skip
    translator = Translator(settings, target=to.value, glossaries=glossary or [], prompt=prompt,
                            cache=ReplyCache(settings.cache_dir) if settings.cache else None, refresh=refresh)  # fmt: skip
    _check_outputs(output, errors, force=force, resume=resume)
    arguments = inputs or ([] if jsonl else ["-"])
    single = documents.is_single(arguments, jsonl)
    items = _read(arguments, jsonl, settings, single=single, quiet=quiet)
    sink: Any
    if directory is not None:
        sink = sinks.TextFolder(directory, [item.id for item in items], lambda _, t: t.to_text(),
                                suffix=f".{to.value}.txt", force=force, resume=resume)  # fmt: skip
    elif single and output is None:
        sink = sinks.Sink(sinks.Stdout(), lambda _, t: t.to_text())
    else:
        sink = sinks.jsonl(output, lambda _, t: t.model_dump_json() + "\n",
                           key=lambda line: Translation.model_validate_json(line).id or "", force=force,
                           resume=resume)  # fmt: skip
    log = sinks.ErrorLog(errors, force=force or resume)
    _run(items, translator.translate, sink, log, settings=settings, concurrency=concurrency, single=single,
         quiet=quiet, label="translate", output=output or directory)  # fmt: skip


@batch_app.command("status")
def batch_status(
    job: Annotated[str, typer.Argument(metavar="JOB", help="The job id 'summarise --batch-api' printed")],
    api_key: ApiKeyOpt = None,
) -> None:
    """Say where a Batch API job stands: its status, how many requests are done."""
    from . import batchapi
    from .model import ModelClient

    found = batchapi.load_job(_settings(), job)
    print(batchapi.status(ModelClient(_settings(**found.settings, api_key=api_key)), found.id))


@batch_app.command("fetch")
def batch_fetch(
    job: Annotated[str, typer.Argument(metavar="JOB", help="The job id 'summarise --batch-api' printed")],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write here instead of stdout (never overwrites without --force)"
        ),
    ] = None,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="jsonl, md, csv, html or sqlite, as for summarise")
    ] = Format.jsonl,
    force: ForceOpt = False,
    resume: ResumeOpt = False,
    errors: ErrorsOpt = None,
    api_key: ApiKeyOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Fetch the results of a finished Batch API job into records, as 'summarise' writes them.

    Each result is validated against its communiqué exactly like a live reply, then
    normalised and summarised; its provenance says openai-batch. A result that fails
    is reported with its id and how to run it live (valid results are cached, so the
    live run asks the model only for the others).

    \b
    Examples:
      communique batch fetch batch_abc123 -o records.jsonl --errors errors.jsonl
      communique batch fetch batch_abc123 -f sqlite -o records.db
    """
    from . import batchapi, sinks

    fmt = _records_format(format, single=False, output=output, resume=resume)
    _check_outputs(output, errors, force=force, resume=resume)
    found = batchapi.load_job(_settings(), job)
    settings = _settings(**found.settings, api_key=api_key)
    pipeline = batchapi.reader(found, settings)
    sink = sinks.records(fmt, output, force=force, resume=resume)
    log = sinks.ErrorLog(errors, force=force or resume)
    _run(found.items(), pipeline.run, sink, log, settings=settings, concurrency=1, single=False, quiet=quiet,
         label="fetch", output=output)  # fmt: skip


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
