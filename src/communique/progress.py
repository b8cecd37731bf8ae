"""A progress bar on stderr, shown only to a person: never when stderr is not a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


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
        yield lambda **fields: progress.update(task, advance=1, **fields)
