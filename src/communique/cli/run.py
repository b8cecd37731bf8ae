"""Running a command: the typer application with the run's command registered (every
command, for the help), and the faults of a run turned into one line on stderr and an
exit code (see :mod:`communique.cli`)."""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import signal
import sys
import threading
from types import FrameType
from typing import NoReturn

import typer

from communique.cli.app import app, say
from communique.errors import CommuniqueError, database_errors
from communique.text import one_line, quoted

__all__ = ["app", "main"]


#: The module of :mod:`communique.cli` that registers each command (importing it does).
_REGISTERS = {
    "summarise": "jobs", "translate": "jobs", "schema": "admin", "config": "admin", "prompts": "admin",
    "logs": "admin", "cache": "admin", "batch": "batch", "bench": "bench", "corpus": "corpus", "eval": "evaluate",
    "export": "export",
}  # fmt: skip


def _register(argv: list[str]) -> None:
    """Register the command of ``argv`` (the arguments after ``communique``) on the
    application, or every command when it names none of them (the help, a misspelt
    command): typer builds each command it holds at every run, and each module imports
    what its commands need, so a run of one command registers that one alone (an offline
    summarise took some 17 ms of CPU less, 5 %)."""
    named = _REGISTERS.get(argv[0]) if argv else None
    for module in [named] if named else sorted(set(_REGISTERS.values())):
        importlib.import_module(f"communique.cli.{module}")


#: Set by SIGTERM, which is then raised as Ctrl-C is: the program unwinds the same way,
#: temporary files are dropped and what is done is kept (typer ends an interrupted
#: command with exit 130; this says it was a SIGTERM).
_TERMINATED = threading.Event()


def _terminate(signum: int, frame: FrameType | None) -> None:
    _TERMINATED.set()
    raise KeyboardInterrupt


class _OneLine(logging.Formatter):
    """Warnings of the library as ``communique: warning: …``, on one line, with no
    control characters."""

    def format(self, record: logging.LogRecord) -> str:
        return "communique: warning: " + one_line(record.getMessage())


def _warnings() -> None:
    """Show the library's warnings (an unusable cache or call log) on stderr."""
    handler = logging.StreamHandler()
    handler.setFormatter(_OneLine())
    logger = logging.getLogger("communique")
    logger.addHandler(handler)
    logger.propagate = False
    # instructor logs every failed attempt at ERROR level; communique reports the outcome itself
    logging.getLogger("instructor").setLevel(logging.CRITICAL)


def _fail(message: str, code: int) -> NoReturn:
    """One line on stderr, control characters removed, every secret the run was given
    masked (a key pasted as another setting is quoted by the error about that setting),
    and the exit code."""
    from communique.config import given_secrets, redact

    try:
        message = redact(message, given_secrets(sys.argv[1:]))
    except Exception:
        message = "an error occurred (its message could not be checked for secrets, and is not shown)"
    say("communique: " + one_line(message))
    try:
        sys.stdout.flush()
    except OSError:  # stdout is full or gone: do not fail again at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(code)


def main() -> None:
    """Console entry point: library errors become one line on stderr and an exit code;
    so do the faults of the system around it (a full disk, an unreadable path, input
    too large or too deep for memory, a corrupt database)."""
    _warnings()
    _register(sys.argv[1:])
    signal.signal(signal.SIGTERM, _terminate)
    try:
        code = app(standalone_mode=False)
    except SystemExit:
        if _TERMINATED.is_set():
            _fail("terminated", 143)
        if isinstance(sys.stdout, _PACIFIED):  # typer met a broken pipe, and ended with exit 1
            _reader_gone()
        raise
    except _CLICK.ClickException as exc:
        _usage(exc)
    except typer.Abort:
        _fail("aborted", 1)
    except CommuniqueError as exc:
        _fail(f"error: {exc}", exc.exit_code)
    except KeyboardInterrupt:
        _fail(*(("terminated", 143) if _TERMINATED.is_set() else ("interrupted", 130)))
    except BrokenPipeError:
        _reader_gone()
    except OSError as exc:  # a path the library did not expect to fail (no space left, name too long, …)
        where = f"{exc.filename}: " if exc.filename else ""
        _fail(f"error: {where}{exc.strerror or exc}", 3)
    except (MemoryError, RecursionError) as exc:
        _fail(f"error: the input is too large or too deeply nested to read ({type(exc).__name__})", 3)
    except database_errors(name="DatabaseError") as exc:
        _fail(f"error: a database is corrupt or unreadable ({exc})", 3)
    except Exception as exc:  # a bug: still one line, never a traceback with locals
        _fail(f"internal error: {type(exc).__name__}: {exc}", 1)
    if _TERMINATED.is_set():  # typer ends an interrupted command with exit 130
        _fail("terminated", 143)
    sys.exit(code if isinstance(code, int) else 0)


#: click's exceptions, or typer's own copy of them (typer 0.2x vendors click).
_CLICK = sys.modules[typer.BadParameter.__module__]
#: What click wraps the standard streams in when a command meets a broken pipe, before it
#: ends the run with exit 1 (which says a model or a record failed).
_PACIFIED = importlib.import_module(f"{_CLICK.__package__}.utils").PacifyFlushWrapper


def _reader_gone() -> NoReturn:
    """The reader of stdout went away (``communique … | head -1``): nothing more to write
    and nothing to say, exit 0. What stdout still holds goes to the null device, so that
    its flush at exit cannot complain of the pipe."""
    with contextlib.suppress(OSError, AttributeError, ValueError):  # (no stdout at all: nothing to flush)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.__stdout__.fileno())  # type: ignore[union-attr]
    sys.stderr.close()
    sys.exit(0)


def _dashed_file() -> str | None:
    """An argument that click took for an option but that names a file (``-x.txt``, a
    name a tool or a careless ``mv`` gave)."""
    return next((arg for arg in sys.argv[1:] if arg[:1] == "-" and arg != "-" and os.path.lexists(arg)), None)


def _usage(exc: Exception) -> NoReturn:
    """A usage error (an unknown option, a bad value) in one line, with where the help
    is; the help itself when a command was given nothing at all."""
    if isinstance(exc, getattr(_CLICK, "NoArgsIsHelpError", ())):
        exc.show()  # type: ignore[attr-defined]
        sys.exit(2)
    context = getattr(exc, "ctx", None)
    hint = f" (see '{context.command_path} -h')" if context is not None else ""
    if isinstance(exc, _CLICK.NoSuchOption) and (named := _dashed_file()) is not None:
        hint = f" (to read the file {quoted(named)}, write {quoted('./' + named)} or put -- before it)"
    _fail(f"error: {exc.format_message()}{hint}", getattr(exc, "exit_code", 2))  # type: ignore[attr-defined]
