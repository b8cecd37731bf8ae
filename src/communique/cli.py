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
