"""Typed errors of the library. The CLI turns each into one line and an exit code."""

from __future__ import annotations

import sys


def database_errors(*also: type[Exception], name: str = "Error") -> tuple[type[Exception], ...]:
    """``also`` and the error ``name`` of :mod:`sqlite3` (its base class, ``Error``, by
    default), to catch, sqlite3's only if it is imported (nothing that has not used it can
    have raised one). The cache, the call log and the command line catch them without
    importing sqlite3 for it, so that a run that opens no database (an offline summarise
    without a cache) does not import it."""
    sqlite3 = sys.modules.get("sqlite3")
    return also if sqlite3 is None else (*also, getattr(sqlite3, name))


class CommuniqueError(Exception):
    """Base class of every error communique raises on purpose. ``attempts`` and the
    tokens say what a failed model call spent (a refused key, a refusal, a timeout)."""

    exit_code = 1
    attempts = 0
    tokens_in = 0
    tokens_out = 0


class UsageError(CommuniqueError):
    """The options of a job contradict each other (``--resume`` with no output file, one
    record's format for many)."""

    exit_code = 2


class InputError(CommuniqueError):
    """The input cannot be read or is not something communique can analyse."""

    exit_code = 3


class ConfigError(CommuniqueError):
    """The configuration is incomplete or contradictory."""

    exit_code = 4


class BatchStopped(ConfigError):
    """A configuration error (a refused key, an unknown model, no server listening) that
    stopped a batch: no later document could succeed. What was done is kept; the
    message says how many documents were and were not done, and how to go on."""

    def __init__(self, message: str, *, done: int, not_done: int) -> None:
        super().__init__(message)
        self.done, self.not_done = done, not_done


class OutputError(CommuniqueError):
    """The output cannot be written where the user asked."""

    exit_code = 3


class ModelError(CommuniqueError):
    """The model endpoint failed: transport faults that outlived their retries, refusals,
    truncated replies."""


class ValidationFailed(ModelError):
    """The model kept returning records that fail validation or grounding."""

    def __init__(self, message: str, *, attempts: int, problems: list[str]) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.problems = problems
