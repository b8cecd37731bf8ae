"""``communique batch status|fetch``: jobs submitted with ``summarise --batch-api``."""

from __future__ import annotations

from typing import Annotated

import typer

from communique.cli.app import batch_app
from communique.cli.jobs import check_errors_file, finish
from communique.cli.options import ApiKeyOpt, ErrorsOpt, ForceOpt, FormatOpt, OutputOpt, QuietOpt, ResumeOpt
from communique.export.formats import for_path

JobArg = Annotated[str, typer.Argument(metavar="JOB", help="The job id 'summarise --batch-api' printed")]


@batch_app.command("status")
def batch_status(job: JobArg, api_key: ApiKeyOpt = None) -> None:
    """Say where a Batch API job stands: its status, how many requests are done."""
    from communique import api

    print(api.batch_status(job, api_key=api_key))


@batch_app.command("fetch")
def batch_fetch(
    job: JobArg,
    output: OutputOpt = None,
    format: FormatOpt = None,
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
    from communique import api

    check_errors_file(errors, force=force, resume=resume)
    tally = api.fetch_batch(job, api_key=api_key, format=format or for_path(output) or "jsonl", output=output, errors=errors,
                            force=force, resume=resume, progress=not quiet)  # fmt: skip
    finish(tally, single=False, quiet=quiet, output=output, errors=errors)
