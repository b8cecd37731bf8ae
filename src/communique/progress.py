"""What a person sees while a job runs, on stderr: a progress bar for a batch, a line
per retried fault, and the reply a model is generating. Never on stdout, and the bar and
the reply only when stderr is a terminal.

The library draws no line of its own about model calls: it tells a listener (a
``Callable[[Event], None]`` given to :class:`~communique.pipeline.Pipeline` and the
:mod:`~communique.api` jobs) what happens, as :class:`Retrying` and :class:`Generating`
events; :class:`Display` is the listener the command line gives.
"""

from __future__ import annotations

import shutil
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TextIO

#: Set while a progress bar is on the terminal: it owns the bottom line there.
_BAR = threading.Event()


@dataclass(frozen=True)
class Retrying:
    """A transient fault, and the wait before the request is sent again."""

    host: str
    #: What went wrong, after the host: "answered 503", "sent nothing for 120 s".
    reason: str
    seconds: float
    #: The number of the attempt to come (the first retry is attempt 2).
    attempt: int

    def __str__(self) -> str:
        return f"{self.host} {self.reason}; retrying in {self.seconds:.1f} s (attempt {self.attempt})"


@dataclass(frozen=True)
class Generating:
    """A reply as the model generates it, told every so often and once more when it is
    complete (``done``). ``attempt`` of ``attempts`` counts the asks of one document (a
    reply that fails its checks is asked again); ``tokens`` are the server's count once
    it gives one, else an ``estimated`` one (a piece of text streamed is about a token)."""

    host: str
    attempt: int
    attempts: int
    tokens: int
    seconds: float
    estimated: bool = True
    done: bool = False

    @property
    def tokens_per_second(self) -> float:
        """The rate of generation so far."""
        return self.tokens / self.seconds if self.seconds > 0 else 0.0

    def __str__(self) -> str:
        tokens = f"{'~' if self.estimated else ''}{self.tokens:,} tokens"
        return f"{self.host}: {tokens}, {self.tokens_per_second:.1f} tok/s (attempt {self.attempt} of {self.attempts})"


@dataclass(frozen=True)
class GivingUp:
    """The endpoint failed by transport for ``documents`` documents in a row, after their
    retries: it is asked no more, and the rest of the batch is read offline."""

    host: str
    documents: int
    #: The last fault, as the error says it.
    reason: str

    def __str__(self) -> str:
        return (
            f"{self.host} failed for {self.documents} documents in a row ({self.reason}); the model is asked "
            "no more: the rest are read offline"
        )


#: What a listener is told.
Event = Retrying | Generating | GivingUp
#: Who is told: the command line's :class:`Display`, or any callable.
Listener = Callable[[Event], None]

_CLEAR = "\r\x1b[K"  # back to the start of the line, and erase it


class Display:
    """The command line's listener: each retry as a line on stderr (``communique: HOST
    answered 503; retrying in 2.1 s (attempt 2)``), terminal or not; on a terminal, the
    reply being generated on one status line, rewritten in place and erased when the
    reply is complete or the job ends (in a batch, the progress bar has that line)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream
        self._lock = threading.Lock()
        self._shown = False

    def __enter__(self) -> Display:
        return self

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._clear(self._stream or sys.stderr)

    def __call__(self, event: Event) -> None:
        stream = self._stream or sys.stderr  # looked up now: a progress bar redirects it
        with self._lock:
            if isinstance(event, Retrying | GivingUp):
                self._clear(stream)
                print(f"communique: {event}", file=stream, flush=True)
            elif event.done or _BAR.is_set() or not stream.isatty():
                self._clear(stream)
            else:
                width = shutil.get_terminal_size().columns - 1
                stream.write(_CLEAR + f"communique: {event}"[:width])
                stream.flush()
                self._shown = True

    def _clear(self, stream: TextIO) -> None:
        if self._shown:
            stream.write(_CLEAR)
            stream.flush()
            self._shown = False


@contextmanager
def bar(
    label: str, total: int, *, enabled: bool = True, counts: bool = False
) -> Iterator[Callable[..., None]]:
    """Yield the function that advances the bar by one; with ``counts``, it also takes
    the running ``failed``, ``cached`` and ``tokens`` counts, shown beside the bar."""
    if not enabled or not sys.stderr.isatty():
        yield lambda **_: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns: list[Any] = [TextColumn(label), BarColumn(), MofNCompleteColumn()]
    if counts:
        columns.append(
            TextColumn(
                "{task.fields[failed]} failed · {task.fields[cached]} cached · {task.fields[tokens]:,} tokens"
            )
        )
    columns += [TimeElapsedColumn(), TimeRemainingColumn()]
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(label, total=total, failed=0, cached=0, tokens=0)
        _BAR.set()
        try:
            yield lambda **fields: progress.update(task, advance=1, **fields)
        finally:
            _BAR.clear()
