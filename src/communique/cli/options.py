"""The options several commands share, with choices taken from the registries."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any

import typer

from communique.backends.openai.modes import CHOICES as MODE_CHOICES
from communique.backends.registry import CHOICES as BACKEND_CHOICES
from communique.cli.app import app
from communique.config import SUMMARIES, Settings
from communique.export.formats import FORMATS, resumable
from communique.translation import LANGUAGES
from communique.version import __version__


def one_of(choices: Iterable[str]) -> dict[str, Any]:
    """What makes an option take one of ``choices`` (the names of a registry): its
    metavar lists them and a value outside them is a usage error."""
    names = tuple(choices)

    def check(value: str | None) -> str | None:
        if value is not None and value not in names:
            raise typer.BadParameter(f"{value!r} is not one of {', '.join(names)}")
        return value

    return {"metavar": f"[{'|'.join(names)}]", "callback": check}


def file_name(value: str) -> Path:
    """An option's value that names a file to write. A name ending in a slash (``-o out/``)
    is a folder's: when no such folder exists it is a usage error (was: the slash dropped,
    as :class:`~pathlib.Path` drops it, and a file called ``out`` written); an existing
    folder is refused where the output is checked (``… is a directory; give a file name``).
    An empty name names no file (:func:`folder_name`)."""
    folder_name(value)
    if value.endswith(("/", os.sep)) and not os.path.isdir(value):
        raise typer.BadParameter(
            f"{value!r} ends with a slash, as a folder does, and no such folder exists: give a file name"
        )
    return Path(value)


def folder_name(value: str) -> Path:
    """An option's value that names a folder (or a file) to write in: an empty one (``-o
    "$OUT"``, ``-d "$DIR"``, the variable unset) is a usage error (was: read as ``.``, the
    working folder: ``. is a directory``, or the translations written among its files)."""
    if not value:
        raise typer.BadParameter("an empty name names no file or folder (a shell variable left unset?)")
    return Path(value)


#: What makes an option's value a file to write (:func:`file_name`), or a folder (:func:`folder_name`).
FILE_NAME: dict[str, Any] = {"parser": file_name}
FOLDER_NAME: dict[str, Any] = {"parser": folder_name}

# Options of the commands that run the pipeline.
BackendOpt = Annotated[
    str | None,
    typer.Option(
        "--backend",
        "-b",
        **one_of(BACKEND_CHOICES),
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
    str | None,
    typer.Option(
        "--mode",
        **one_of(MODE_CHOICES),
        help="Structured-output mode; auto picks tools for OpenAI, json_schema elsewhere",
    ),
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


def _quieten(quiet: bool) -> bool:
    """With ``--quiet``, the library's warnings are not shown either (a folder's files left
    out, a ``.env`` line ignored, a cache going unused): only errors, as ``--help`` says.
    Set as the option is read, before the command reads its settings or inputs (was: the
    warnings went on under ``-q``, the notes alone silenced)."""
    if quiet:
        logging.getLogger("communique").setLevel(logging.ERROR)
    return quiet


#: The saved records ``export`` and ``corpus`` read; ``-`` is the JSON Lines piped from
#: ``summarise`` (a database is no stream).
RecordsArg = Annotated[
    list[Path],
    typer.Argument(
        metavar="RECORDS",
        help="Records that 'summarise' wrote: JSON Lines or SQLite files; - reads JSON Lines from stdin",
    ),
]
QuietOpt = Annotated[
    bool,
    typer.Option(
        "--quiet",
        "-q",
        callback=_quieten,
        help="No messages, warnings or progress bar on stderr: errors only",
    ),
]
StrictOpt = Annotated[
    bool | None,
    typer.Option(
        "--strict/--lenient",
        help="--strict: a document whose reply still fails its checks after the last attempt is a failure "
        "(exit 1). --lenient (the default): it is given as the best reply, repaired where code can, with its "
        "problems named (exit 5) [env: COMMUNIQUE_STRICT]",
        show_default=False,
    ),
]
SummariesOpt = Annotated[
    str | None,
    typer.Option(
        "--summaries",
        **one_of(SUMMARIES),
        help="Who writes the summaries with a model: model, code, or auto (code for a model on this machine) "
        "[env: COMMUNIQUE_SUMMARIES]",
    ),
]

# Options of the commands that take many inputs.
InputsArg = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="INPUT",
        help="Communiqué files (UTF-8 text, optional front matter), folders (their .txt and .md files, "
        "recursively), globs, .jsonl files (read as --jsonl reads them), or - for stdin [default: -]",
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
OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        **FILE_NAME,
        help="Write here instead of stdout (never overwrites without --force; - or /dev/stdout is stdout); "
        "without --format, the format follows the name's ending ("
        + ", ".join(
            f"{'/'.join(found.suffixes)} → {name}" for name, found in FORMATS.items() if found.suffixes
        )
        + ")",
    ),
]
FormatOpt = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        **one_of(list(FORMATS)),
        help=", ".join(f"{name} ({found.help})" for name, found in FORMATS.items()),
        show_default=False,
    ),
]
ForceOpt = Annotated[bool, typer.Option("--force", help="Overwrite outputs that exist")]
ResumeOpt = Annotated[
    bool,
    typer.Option(
        "--resume",
        help="Keep what an earlier, interrupted run wrote to the output, and do only the rest "
        f"(records: --format {' or '.join(resumable())} only; translations: -o or -d)",
    ),
]
ErrorsOpt = Annotated[
    Path | None,
    typer.Option(
        "--errors",
        metavar="FILE",
        **FILE_NAME,
        help="Write the documents that fail here, one JSON line each (id, input, reason), instead of stderr",
    ),
]
ConcurrencyOpt = Annotated[
    int | None,
    typer.Option(
        "--concurrency",
        "-j",
        min=1,
        help="Model requests in flight at once (documents are read and checked meanwhile) "
        "[default: 8 with a model; offline, one process per core, and never more]",
    ),
]
RpmOpt = Annotated[
    int | None,
    typer.Option(
        "--rpm", min=1, help="At most this many requests a minute to the endpoint [env: COMMUNIQUE_RPM]"
    ),
]
LanguageOpt = Annotated[
    str,
    typer.Option("--to", **one_of(list(LANGUAGES)), help="The language to translate into"),
]


def settings(**flags: Any) -> Settings:
    """The settings of a command: its flags (``no_cache`` meaning ``cache=False``), then
    the environment, ``.env`` and defaults, checked."""
    from communique.api import configure

    if flags.pop("no_cache", False):
        flags["cache"] = False
    return configure(flags)


def _print_version(value: bool) -> None:
    if value:
        print(f"communique {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit"),
    ] = False,
) -> None:
    """The options of ``communique`` itself, before a command."""
