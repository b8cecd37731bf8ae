"""The command line: a thin layer over the library API (:mod:`communique.api`).

Each module registers one group of commands on the typer application
(:mod:`~communique.cli.app`): it parses options, calls the API, and prints. Results go
to stdout (or ``-o FILE``), messages and errors to stderr, one line each.
Exit codes: 0 ok, 1 model or validation failure, 2 usage, 3 input error, 4 config error.
"""

from __future__ import annotations

import sys

from communique.cli import admin, batch, corpus, evaluate, jobs  # noqa: F401  (each registers its commands)
from communique.cli.app import app, say
from communique.errors import CommuniqueError

__all__ = ["app", "main"]


def main() -> None:
    """Console entry point: library errors become one line on stderr and an exit code."""
    import logging

    # instructor logs every failed attempt at ERROR level; communique reports the outcome itself
    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    try:
        app()
    except CommuniqueError as exc:
        say("communique: error: " + " ".join(str(exc).split()))
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        say("communique: interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    except Exception as exc:  # a bug: still one line, never a traceback with locals
        say(f"communique: internal error: {type(exc).__name__}: " + " ".join(str(exc).split()))
        sys.exit(1)
