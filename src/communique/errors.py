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


def readable(text: str) -> str:
    """``text`` with the bytes of a name or a value that are not UTF-8, which Python keeps
    as surrogates (``caf\\udce9``: a file name, an argument, a variable of the environment),
    shown as the bytes they are (``caf\\xe9``), also where a message quotes them with
    ``repr`` (which wrote them ``\\udce9``), and any other half of a UTF-16 pair as U+FFFD:
    a message and an errors file are UTF-8, which holds no surrogate (was: ``\\udce9`` in
    every message, the errors file an internal ``UnicodeEncodeError``, and a library
    error that could not be printed)."""
    if text.isascii() and "\\udc" not in text:  # (most messages: no pattern compiled for them)
        return text
    import re

    if re.search(_UNDECODED, text) is None:
        return text
    text = re.sub(_BYTE, lambda byte: f"\\x{ord(byte[0]) - 0xDC00:02x}", text)
    text = re.sub(_ESCAPED_BYTE, r"\\x\1", text)
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


#: A surrogate, or one that ``repr`` escaped (``\\udce9``, its backslash not itself escaped).
#: (Patterns compiled at the first message that may hold one, by :mod:`re`: this module is
#: imported by a replay, which is answered before the reader's patterns are loaded.)
_UNDECODED = r"[\ud800-\udfff]|(?<!\\)\\udc[89a-f][0-9a-f]"
#: The escape ``repr`` writes of a byte Python kept as a surrogate: its two hexadecimal digits.
_ESCAPED_BYTE = r"(?<!\\)\\udc([89a-f][0-9a-f])"
#: What Python makes of a byte 0x80-0xFF of a name that is not UTF-8 (``\\udc80`` to ``\\udcff``),
#: not the second half of a pair (which comes after a first, from ``\\ud800`` to ``\\udbff``).
_BYTE = "(?<![\ud800-\udbff])[\udc80-\udcff]"


class CommuniqueError(Exception):
    """Base class of every error communique raises on purpose. ``attempts`` and the
    tokens say what a failed model call spent (a refused key, a refusal, a timeout).
    Its message is :func:`readable`: one may quote a file name or a value that is not
    UTF-8, and a caller prints it."""

    exit_code = 1

    def __init__(self, *args: object) -> None:
        super().__init__(*(readable(arg) if isinstance(arg, str) else arg for arg in args))

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


class Declined(ModelError):
    """The model's reply is one no attempt can make usable, and asking again would not
    change it: the model refused, its provider's content filter stopped it, or it holds
    the API key. Not asked again; by default the record is then the offline reading of
    the text (never nothing: a meeting report is not lost for the model's fault), and the
    error itself with ``strict`` settings or in a translation, which has no offline reading."""


class ValidationFailed(ModelError):
    """The model kept returning records that fail validation or grounding."""

    def __init__(self, message: str, *, attempts: int, problems: list[str]) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.problems = problems
