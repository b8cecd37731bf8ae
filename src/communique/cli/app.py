"""The typer application and its command groups; the commands register themselves on it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from communique.progress import Listener

app = typer.Typer(
    name="communique",
    help=(
        "Turn press communiqués about security cooperation into validated meeting records "
        "and French/English summaries.\n\n"
        "With no model configured, the offline 'rules' backend runs. Configure a model with "
        "--model (and --base-url for a local server) or COMMUNIQUE_MODEL in the environment "
        "or a .env file; see 'communique config'.\n\n"
        "Exit codes: 0 ok, 1 model or validation failure, 2 usage, 3 input error, 4 config error, "
        "5 done with problems (named in each record's provenance.problems), 130 interrupted."
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


def say(message: str) -> None:
    """A message for the user: one line on stderr, never mixed with the results (a file
    name that is not UTF-8 shown by its bytes, :func:`~communique.errors.readable`)."""
    from communique.errors import readable

    print(readable(message), file=sys.stderr)


@contextmanager
def model_calls(*, quiet: bool) -> Iterator[Listener | None]:
    """What the user is shown of a job's model calls (:class:`communique.progress.Display`):
    each retry, and on a terminal the reply being generated; nothing with ``--quiet``."""
    if quiet:
        yield None
        return
    from communique.progress import Display

    with Display() as display:
        yield display
