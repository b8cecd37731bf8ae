"""The document jobs: ``summarise`` and ``translate`` (and ``summarise --batch-api``).

Each parses its options, calls :mod:`communique.api`, and says what was done."""

from __future__ import annotations

import datetime as dt
import json
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from communique.cli.app import app, model_calls, say
from communique.cli.options import (
    FILE_NAME,
    FOLDER_NAME,
    ApiKeyOpt,
    BackendOpt,
    BaseUrlOpt,
    ConcurrencyOpt,
    ErrorsOpt,
    ForceOpt,
    FormatOpt,
    InputsArg,
    JsonlOpt,
    LanguageOpt,
    ModelOpt,
    ModeOpt,
    NoCacheOpt,
    OutputOpt,
    PromptOpt,
    QuietOpt,
    RefreshOpt,
    ResumeOpt,
    RetriesOpt,
    RpmOpt,
    StrictOpt,
    SummariesOpt,
    settings,
)
from communique.export.formats import FORMATS, for_path

if TYPE_CHECKING:
    from collections.abc import Sequence

    from communique.api import Tally
    from communique.config import Settings
    from communique.ingest.inputs import Loaded, Written


@app.command()
def summarise(
    inputs: InputsArg = None,
    jsonl: JsonlOpt = None,
    output: OutputOpt = None,
    format: FormatOpt = None,
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
    summaries: SummariesOpt = None,
    strict: StrictOpt = None,
    no_cache: NoCacheOpt = False,
    refresh: RefreshOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Summarise communiqués: their meeting records and a French and English summary.

    One input gives one record (JSON by default), or with --format text its text as
    communique reads it (front matter and web debris removed), which the offsets of the
    record's spans index. Many inputs (files, folders, globs,
    --jsonl) give one record each, in input order: JSON Lines by default, each line
    written as soon as it and those before it are done. A document that fails is
    reported with its id (--errors FILE) and the others go on; the exit code is then 1.
    A reply that still fails its checks after the last attempt is not thrown away: the
    best one is given, with what the text does not support removed and what remains
    named in provenance.problems, on stderr and in --errors; the exit code is then 5
    (--strict makes it a failure). So is a document whose model declined, whose
    replies could not be read, or whose endpoint kept failing (5xx, 429, timeouts)
    after the retries: its record is the offline reading of the text, the reason first
    in provenance.problems, exit 5; not cached, and redone by --resume. After 3 such
    faults in a row a batch asks the model no more and reads the rest offline. A
    refused key, an unknown model or no server listening stops the batch instead
    (exit 4). Passages of a text that address instructions to a
    model or another machine reader are ignored, named in provenance.warnings, on stderr
    and in --errors as warnings; the record is correct and the exit code stays 0. An
    interrupted batch keeps what it wrote: run it again, with --resume for an
    output file, and only the rest is done (replies come from the cache).

    \b
    Examples:
      communique summarise brief.txt
      communique summarise brief.txt --format text
      cat brief.txt | communique summarise - --format md
      communique summarise brief.txt -m gpt-4o-mini -o brief.json
      communique summarise brief.txt -m llama3.1 --base-url http://localhost:11434/v1
      communique summarise briefs/ -m gpt-4o-mini -o records.jsonl --errors errors.jsonl
      communique summarise briefs/ -m gpt-4o-mini -o records.jsonl --resume
      communique summarise --jsonl scraped.jsonl -f sqlite -o records.db
      communique summarise 'briefs/**/*.txt' -f html -o records.html
      communique summarise briefs/ -m gpt-4o-mini --batch-api
    """
    from communique import api
    from communique.ingest import inputs as documents
    from communique.ingest.parse import iso_date

    arguments = inputs or ([] if jsonl else ["-"])
    single = documents.is_single(arguments, jsonl)
    if batch_api and (output is not None or format is not None or resume):
        raise typer.BadParameter(
            "--batch-api submits a job; give -o and --format to 'communique batch fetch'",
            param_hint="--batch-api",
        )
    chosen = settings(backend=backend, model=model, base_url=base_url, api_key=api_key, mode=mode,
                      prompt=prompt, max_retries=max_retries, no_cache=no_cache, rpm=rpm, summaries=summaries,
                      strict=strict)  # fmt: skip
    api.check_outputs(output, errors, force=force, resume=resume)
    check_errors_file(errors, force=force, resume=resume)
    published_date = iso_date(published, what="--published") if published else None
    items = _read(arguments, jsonl, chosen, single=single, quiet=quiet, published=published_date, lang=lang)
    format = format or for_path(output) or ("json" if single else "jsonl")
    if (
        not quiet
        and chosen.resolved_backend == "rules"
        and chosen.backend == "auto"
        and not FORMATS[format].text
    ):
        say(
            "communique: using the offline rules backend; set --model or COMMUNIQUE_MODEL to use a model (see 'communique config')"
        )
    if batch_api:
        _submit(items, chosen, arguments=arguments, jsonl=jsonl, published=published, lang=lang, errors=errors,
                force=force, quiet=quiet)  # fmt: skip
        return
    try:
        with model_calls(quiet=quiet) as on_event:
            tally = api.analyse_many(
                items, settings=chosen, format=format, output=output, errors=errors, force=force, resume=resume,
                concurrency=concurrency, refresh=refresh, progress=not (quiet or single), strict=single,
                on_event=on_event,
            )  # fmt: skip
    except KeyboardInterrupt:
        _interrupted()
        raise
    finish(tally, single=single, quiet=quiet, output=output, errors=errors)


def _read(arguments: list[str], jsonl: str | None, chosen: Settings, *, single: bool, quiet: bool,
          published: dt.date | None = None, lang: str | None = None,
          written: Written | None = None) -> Sequence[Loaded]:  # fmt: skip
    """Discover and read the inputs, leaving out of folders and globs what a run has
    written (and the translations ``written`` says where); one input that cannot be read is the command's error."""
    from communique import api

    if arguments.count("-") + (jsonl == "-") > 1:  # was: the second read an empty stdin, a failed document
        raise typer.BadParameter("standard input (-) is named more than once; it can be read once")
    items = api.load(arguments, jsonl=jsonl, max_bytes=chosen.max_bytes, published=published, lang=lang,
                     written=written)  # fmt: skip
    if single:
        (item,) = items
        if item.error is not None:
            raise item.error
        if not quiet and item.source is not None:
            for note in item.source.notes:
                say(f"communique: note: {note}")
    return items


def check_errors_file(errors: Path | None, *, force: bool, resume: bool) -> None:
    """Refuse an ``--errors`` file that a ``--resume`` run would replace but that holds
    something other than failures a run wrote: ``--resume`` renews the list of failures
    of the run it goes on with (was: any file named by ``--errors`` emptied without
    ``--force``, a user's notes with it)."""
    if not resume or force or errors is None or not errors.is_file():
        return
    from communique.errors import OutputError

    try:
        with errors.open("rb") as held:  # a megabyte at most at a time: a file of any size
            if _failures_only(iter(lambda: held.readline(1 << 20), b"")):
                return
    except OSError:
        return  # said when it is opened for writing

    raise OutputError(
        f"{errors} exists and is not a list of failures communique wrote; use --force to overwrite it"
    )


def _failures_only(lines: Iterator[bytes]) -> bool:
    """Whether every line is one a run writes to ``--errors`` (blank lines apart), but for
    a last line cut short by a kill after one such line."""
    seen = False
    for line in lines:
        if not line.strip():
            continue
        if not _a_failure(line) and (line.endswith(b"\n") or not seen):
            return False
        seen = True
    return True


def _a_failure(line: bytes) -> bool:
    """Whether ``line`` is one a run writes to ``--errors``: an object with an id and a status."""
    try:
        value = json.loads(line)
    except ValueError:
        return False
    return isinstance(value, dict) and "id" in value and "status" in value


def _interrupted() -> None:
    say(
        "communique: interrupted; what is done is kept: run the same command again (with --resume for an output"
        " file) to go on"
    )


#: The exit code of a job done, but with problems named in its output.
DONE_WITH_PROBLEMS = 5


def finish(tally: Tally, *, single: bool, quiet: bool, output: Path | None, errors: Path | None) -> None:
    """Say what a job did; exit 1 if a document failed, 5 if one was done with problems."""
    if not quiet and single and output is not None:
        say(f"communique: wrote {output}")
    elif not quiet and not single:
        parts = [f"{tally.done} done" + (f" ({tally.cached} from the cache)" if tally.cached else "")]
        if tally.repaired or tally.problems:
            parts[0] += f": {tally.clean} clean, {tally.repaired} repaired, {tally.problems} with problems"
        if tally.offline:
            parts[0] += f" ({tally.offline} read offline: the model's reply was lost)"
        if tally.skipped:
            parts.append(f"{tally.skipped} already in {output}")
        if tally.warned:
            parts.append(f"{tally.warned} with instructions to a machine reader (ignored)")
        if tally.failed:
            parts.append(f"{tally.failed} failed")
        where = f" (see {errors})" if errors and (tally.failed or tally.problems or tally.warned) else ""
        say("communique: " + ", ".join(parts) + where + (f"; wrote {output}" if output else ""))
    if tally.failed:
        raise typer.Exit(1)
    if tally.problems:
        raise typer.Exit(DONE_WITH_PROBLEMS)


def _submit(items: Sequence[Loaded], chosen: Settings, *, arguments: list[str], jsonl: str | None,
            published: str | None, lang: str | None, errors: Path | None, force: bool, quiet: bool) -> None:  # fmt: skip
    """Submit the readable documents as one Batch API job; print its id. The live
    command kept for the documents that fail names the base URL without its credentials."""
    from communique import api
    from communique.config import public_url

    command = " ".join(
        ["communique summarise", *map(shlex.quote, arguments), *(["--jsonl", shlex.quote(jsonl)] if jsonl else []),
         f"--model {shlex.quote(chosen.model or '')}",
         *([f"--base-url {shlex.quote(public_url(chosen.base_url))}"] if chosen.base_url else [])]
    )  # fmt: skip
    overrides = {k: v for k, v in (("published", published), ("lang", lang)) if v}
    job, unreadable = api.submit_batch(items, settings=chosen, command=command, overrides=overrides, errors=errors,
                                       force=force)  # fmt: skip
    print(job)
    if not quiet:
        say(f"communique: submitted batch {job}; see 'communique batch status {job}', "
            f"then 'communique batch fetch {job} -o records.jsonl'")  # fmt: skip
    if unreadable:
        raise typer.Exit(1)


@app.command()
def translate(
    inputs: InputsArg = None,
    jsonl: JsonlOpt = None,
    to: LanguageOpt = "en",
    directory: Annotated[
        Path | None,
        typer.Option(
            "--dir",
            "-d",
            **FOLDER_NAME,
            help="Write each translation to DIR/ID.LANG.txt (never overwrites without --force)",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", **FILE_NAME, help="Write the translations here as JSON Lines, one per input"
        ),
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
    strict: StrictOpt = None,
    no_cache: NoCacheOpt = False,
    refresh: RefreshOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Translate communiqués in full: French into English, or --to fr the other way.

    Paragraph by paragraph, each with the whole communiqué as context, keeping the
    structure. Names, acronyms, numbers and dates are checked against the original and
    office titles against the glossary; a translation that loses one is re-asked with
    the reason. After the last attempt the best translation is given, a glossary term
    left untranslated put in, and what still fails is listed in its front matter
    (problems:) and on stderr, with exit code 5 (--strict makes it a failure). One input goes to stdout; many go to -d DIR (a .en.txt file each) or
    as JSON Lines to stdout or -o. Needs a model.

    \b
    Examples:
      communique translate brief.txt -m gpt-4o-mini
      communique translate briefs/ -m gpt-4o-mini -d english/
      communique translate brief-en.txt --to fr -m gpt-4o-mini
      communique translate --jsonl scraped.jsonl -m gpt-4o-mini -o translations.jsonl --glossary titles.tsv
    """
    from communique import api
    from communique.ingest import inputs as documents

    api.check_translation_targets(directory, output, resume=resume)
    chosen = settings(backend=backend, model=model, base_url=base_url, api_key=api_key, mode=mode,
                      max_retries=max_retries, no_cache=no_cache, rpm=rpm, strict=strict)  # fmt: skip
    with model_calls(quiet=quiet) as on_event:
        translator = api.make_translator(chosen, to=to, glossaries=glossary or [], prompt=prompt, refresh=refresh,
                                         on_event=on_event)  # fmt: skip
        api.check_outputs(output, errors, force=force, resume=resume)
        check_errors_file(errors, force=force, resume=resume)
        arguments = inputs or ([] if jsonl else ["-"])
        single = documents.is_single(arguments, jsonl)
        written = documents.Written(folder=directory, suffix=f".{to}.txt")
        items = _read(arguments, jsonl, chosen, single=single, quiet=quiet, written=written)
        try:
            tally = api.translate_many(
                items, translator=translator, directory=directory, output=output, errors=errors, force=force,
                resume=resume, concurrency=concurrency, progress=not (quiet or single), strict=single,
            )  # fmt: skip
        except KeyboardInterrupt:
            _interrupted()
            raise
    finish(tally, single=single, quiet=quiet, output=output or directory, errors=errors)
