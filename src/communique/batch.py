"""Batches: many documents through one task (``Pipeline.run``, a translation), a bounded
number at a time, results written in input order.

:func:`run` drives an asyncio loop that starts worker threads, each taking the next
document as soon as it is done with one (and reading it then: the first requests leave
at once, not once every document is read), and gathers their outcomes to write them in
order: ``concurrency`` model requests are in flight at most (a request holds one of the
batch's slots, :data:`~communique.backends.openai.transport.SLOTS`, from its first byte
sent to its last byte read), and as many threads again (:func:`threads`) read,
check and make records of replies, or get their next documents ready, beside them (the
threads beyond the first start once a document waits on the endpoint). Every thread shares the
task's one model client, hence its retries, its ``Retry-After`` pauses and its ``rpm``
limit (:class:`communique.retry.Throttle`): a 429 slows the whole batch down. Results go
to the sink in input order as soon as every earlier one is done; a document that fails
goes to the error log with its id and the reason, and the batch goes on. A
configuration error (a refused key, an unknown model) is no document's fault: it stops
the batch (:class:`~communique.errors.BatchStopped`), no document is started after it,
those in flight are finished, and everything done is written and kept, in order, even
to a file written at the end; the error says how many were and were not done, and how
to do the rest.

With ``concurrency`` 1 (the offline backend, or one input) the documents run one after
the other in the calling thread, without a loop to start. Documents the sink holds
already (``--resume``) are skipped; the records kept from an earlier run are looked up
before a thread is left their documents, and written in their turn; a document
answered before comes from the reply cache. Interrupted, the batch keeps everything
written so far; its worker threads are daemons, so Ctrl-C exits at once.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from communique.errors import BatchStopped, CommuniqueError, ConfigError
from communique.progress import bar

if TYPE_CHECKING:
    from communique.config import Settings
    from communique.export.sinks import ErrorLog, Writer
    from communique.ingest.inputs import Loaded
    from communique.schema import Source

#: Seconds a document may run before the batch takes it for one that waits (under an
#: ``rpm`` limit), and starts its other threads, if no request was sent before.
WAIT = 0.02
#: The fewest documents worth starting worker processes for (each imports the reader).
PROCESS_BATCH = 40


@dataclass
class Tally:
    """What a batch did."""

    total: int = 0
    #: Documents written: ``clean`` ones, ``repaired`` ones (code removed what the text
    #: does not support) and ones with ``problems`` left (listed with the failures).
    done: int = 0
    repaired: int = 0
    problems: int = 0
    #: Documents written whose text addressed instructions to a machine reader, ignored
    #: (their ``provenance.warnings``, listed with the failures).
    warned: int = 0
    #: Documents written whose record is the offline reading of the text, the model's
    #: reply lost (declined, unreadable, or the endpoint failed): among ``problems``.
    offline: int = 0
    failed: int = 0
    skipped: int = 0
    cached: int = 0
    tokens: int = 0

    @property
    def clean(self) -> int:
        """Documents written with nothing to repair and no problem."""
        return self.done - self.repaired - self.problems


@dataclass(frozen=True)
class _Outcome:
    item: Loaded
    value: Any = None
    error: BaseException | None = None


def run(
    items: Sequence[Loaded],
    task: Callable[[Source], Any],
    sink: Writer,
    errors: ErrorLog,
    *,
    concurrency: int = 1,
    processes: Settings | None = None,
    progress: bool = True,
    strict: bool = False,
    label: str = "communique",
    resumable: bool = False,
    recall: Callable[[Sequence[Source]], Sequence[Any | None]] | None = None,
) -> Tally:
    """Run ``task`` on every item the sink does not hold yet, ``concurrency`` at a time,
    and write the results to ``sink`` in input order and the failures to ``errors``,
    with the results that still have problems (their ``provenance.problems``) and those
    with warnings (``provenance.warnings``: instructions to a machine reader ignored).
    ``strict`` raises a failure instead (one input: its error is the command's, and
    what was repaired in it is said too). The sink and the error log are closed, or
    aborted if the batch is interrupted; a configuration error closes them with what is
    done and raises :class:`~communique.errors.BatchStopped` (``resumable``: the sink
    can be resumed, and the error says so).

    With ``processes`` settings (a CPU-bound backend: the offline reader), a batch of
    :data:`PROCESS_BATCH` documents or more runs in ``concurrency`` worker processes, each
    with its own pipeline of those settings, instead of threads that the GIL would
    serialise; results still come in input order.

    ``recall`` gives the result ``task`` gave each document before, if it is kept (a
    record from the cache), or ``None``: every document is looked up before it is left
    to a thread (:class:`_Feed`), and those before the first that is not kept are
    written from there, in this thread. A batch run again is then a lookup a document,
    without a thread, a loop or a hand-off between them; a batch partly done before
    starts its threads for the rest only.

    Each item is read as it is taken (those of a :class:`~communique.ingest.inputs.Reading`
    are read then), so that the first requests leave at once, not once every document
    is read; a sink resumed has every item read first, to skip those it holds."""
    # an item's id is known once it is read: only a sink resumed has every item read first
    todo = [item for item in items if item.id not in sink.done] if sink.done else items
    tally = Tally(total=len(items), skipped=len(items) - len(todo))
    stopped: list[ConfigError] = []  # the configuration error that stopped the batch
    try:
        with ExitStack() as stack:
            outcomes = None
            if processes is not None and concurrency > 1 and len(todo) >= PROCESS_BATCH:
                # before the progress bar: its refresh thread would keep the workers from being forked
                outcomes = stack.enter_context(_in_processes(todo, processes, concurrency))
            advance = stack.enter_context(bar(label, len(todo), enabled=progress, counts=True))

            def emit(outcome: _Outcome) -> bool:
                """Write an outcome; whether the batch goes on."""
                item = outcome.item
                if isinstance(outcome.error, ConfigError) and not strict:
                    stopped.append(outcome.error)  # no document's fault: it is not done, and nothing after it
                    return False
                if outcome.error is None:
                    sink.write(item, outcome.value)
                    made = getattr(outcome.value, "provenance", None)
                    tally.done += 1
                    tally.cached += bool(made and made.cached)
                    tally.tokens += (made.tokens_in + made.tokens_out) if made else 0
                    if made is not None and made.problems:
                        tally.problems += 1
                        tally.offline += made.read_offline
                        errors.add(item.id, item.document.origin, "; ".join(made.problems), status="problems")
                    elif made is not None and made.repairs:
                        tally.repaired += 1
                        if strict:
                            errors.add(
                                item.id, item.document.origin, "; ".join(made.repairs), status="repaired"
                            )
                    if made is not None and made.warnings:
                        tally.warned += 1
                        errors.add(item.id, item.document.origin, "; ".join(made.warnings), status="warning")
                elif strict:
                    raise outcome.error  # one input's error is the command's
                else:
                    errors.add(item.id, item.document.origin, _reason(outcome.error))
                    tally.failed += 1
                advance(failed=tally.failed, cached=tally.cached, tokens=tally.tokens)
                return not stopped

            if outcomes is not None:
                for outcome in outcomes:
                    if not emit(outcome):
                        break
            elif concurrency <= 1 or len(todo) <= 1:  # one at a time: no thread, no loop to start
                for item in todo:
                    if not emit(_attempt(task, item)):
                        break
            else:
                feed, going = _Feed(todo, recall), True
                while going and (known := feed.known()) is not None:  # what is known needs no thread
                    going = emit(known)
                if going and feed.taken < len(todo):
                    import asyncio

                    asyncio.run(_drive(feed, task, concurrency, emit))
    except BaseException:
        sink.abort()
        errors.close()
        raise
    sink.close()
    errors.close()
    if stopped:
        raise _stop(stopped[0], tally, len(todo), resumable=resumable)
    return tally


def _stop(cause: ConfigError, tally: Tally, todo: int, *, resumable: bool) -> BatchStopped:
    """The error that says why a batch stopped, what it did, and how to do the rest."""
    rest = todo - tally.done - tally.failed
    how = (
        "run the same command with --resume to do the rest"
        if resumable
        else "run the same command again (the replies already made come from the cache)"
    )
    failed = f", {tally.failed} failed" if tally.failed else ""
    return BatchStopped(
        f"{cause}; the batch stopped: {tally.done} done{failed}, {rest} not done; fix that, then {how}",
        done=tally.done,
        not_done=rest,
    )


def _reason(error: BaseException) -> str:
    if isinstance(error, CommuniqueError):
        return str(error)
    return f"internal error: {type(error).__name__}: {error}"  # a bug on one document must not cost the batch


def _recalled(
    items: Sequence[Loaded], recall: Callable[[Sequence[Source]], Sequence[Any | None]] | None
) -> dict[int, _Outcome]:
    """The outcomes known without running the task, by position: the items that could
    not be read, and those whose result ``recall`` gives (of every source at once, in
    order, ``None`` for one it does not keep). A lookup that fails is no result: the
    task runs on those items, and says what is wrong."""
    ready: dict[int, _Outcome] = {}
    readable: list[int] = []
    for position, item in enumerate(items):
        if item.source is None:
            ready[position] = _Outcome(item, error=item.error)
        else:
            readable.append(position)
    if recall is None or not readable:
        return ready
    try:
        values = recall([source for position in readable if (source := items[position].source) is not None])
    except Exception:
        return ready
    for position, value in zip(readable, values, strict=False):
        if value is not None:
            ready[position] = _Outcome(items[position], value=value)
    return ready


class _Feed:
    """The items of a batch in input order, taken one at a time, each with its outcome
    if it is known without running the task (:func:`_recalled`). Items are read (those
    of a :class:`~communique.ingest.inputs.Reading` are read then) and looked up a few at
    a time as they are taken: one, then twice as many again after every lookup that knew
    them all. A batch run again looks its records up in a few lookups, each of which
    writes its call-log rows together; a new one reads no document before it takes it,
    and its first requests leave at once. Not safe to share between threads: whoever
    takes from it holds a lock."""

    def __init__(
        self, items: Sequence[Loaded], recall: Callable[[Sequence[Source]], Sequence[Any | None]] | None
    ) -> None:
        self._items, self._recall = items, recall
        self._ahead: deque[tuple[int, Loaded, _Outcome | None]] = deque()
        self._looked = 0  # the items looked up so far
        self._size = 1  # how many the next lookup takes
        #: The position after the last item taken: the items before it are all taken.
        self.taken = 0

    def __len__(self) -> int:
        return len(self._items)

    def take(self) -> tuple[int, Loaded, _Outcome | None] | None:
        """The next item (its position, itself, its known outcome or ``None``), or
        ``None`` once every item is taken."""
        self._look()
        if not self._ahead:
            return None
        self.taken = self._ahead[0][0] + 1
        return self._ahead.popleft()

    def known(self) -> _Outcome | None:
        """The next item's outcome, taken, if it is known; else ``None``, and nothing is
        taken."""
        self._look()
        if not self._ahead or (outcome := self._ahead[0][2]) is None:
            return None
        self.take()
        return outcome

    def _look(self) -> None:
        """Read and look up the next items, if none is left of the last lookup."""
        if self._ahead or self._looked == len(self._items):
            return
        end = min(len(self._items), self._looked + self._size)
        chunk = [self._items[position] for position in range(self._looked, end)]
        known = _recalled(chunk, self._recall)
        self._ahead.extend((self._looked + n, item, known.get(n)) for n, item in enumerate(chunk))
        self._looked, self._size = end, self._size * 2 if len(known) == len(chunk) else 1


def threads(concurrency: int) -> int:
    """The threads of a batch of ``concurrency`` requests in flight: twice as many. A
    document spends most of its time on its request, but not all: its reply is read,
    checked and made a record of (in a worker process, waited for), its call logged and
    cached, and the next document got ready, after and before it. With a thread a
    request, each of these delays the thread's next request, and the endpoint has fewer
    than ``concurrency`` to answer. Replies come in waves (a batch's first requests go
    out together, and come back together when the endpoint takes as long for each): with
    a spare thread a request, a whole wave's slots are taken again at once by threads
    that wait for one, while the threads of the replies make their records beside them."""
    return 2 * concurrency


async def _drive(
    feed: _Feed,
    task: Callable[[Source], Any],
    concurrency: int,
    emit: Callable[[_Outcome], bool],
) -> None:
    """Run the items of ``feed`` not taken yet with up to ``concurrency`` model requests
    in flight, on :func:`threads` threads, each taking the next item as soon as it is
    done with one (no round trip through the loop in between), and emit each outcome,
    on the loop, once every earlier one is emitted; an outcome known without running
    the task (:meth:`_Feed.take`) is emitted in its turn. Once ``emit`` says the batch
    stops (or a configuration error comes), no item is taken any more; those taken to
    run, and those known before them, are finished and emitted. What keeps a thread
    from taking an item (a bug met reading one) is raised here.

    One thread starts; the others start as soon as a document waits: once a request
    takes a slot (it waits on the endpoint), or a document runs for more than
    :data:`WAIT` seconds (under ``rpm``). Work that never waits, such as replies from
    the cache, gains nothing from threads under the GIL and loses to their contention.
    The threads are daemons: an interrupted batch exits at once, without waiting for
    the model calls in flight."""
    import asyncio

    from communique.backends.openai.transport import SLOTS

    loop = asyncio.get_running_loop()
    # an outcome by position, or None: a thread could not take an item (see failures)
    outcomes: asyncio.Queue[tuple[int, _Outcome] | None] = asyncio.Queue()
    taking, stop = threading.Lock(), threading.Event()
    failures: list[BaseException] = []  # what kept a thread from taking an item (a bug in reading one)
    busy: dict[int, float] = {}  # thread number -> when it took its current item
    first, total = feed.taken, len(feed)
    started = [first]  # the position after the last item taken to run: those before it are all to come
    waits = asyncio.Event()  # a request was sent: the other threads are wanted

    def wanted() -> None:
        with contextlib.suppress(RuntimeError):  # the loop is gone: the batch was interrupted
            loop.call_soon_threadsafe(waits.set)

    slots = _Slots(concurrency, taken=wanted)

    def work(number: int) -> None:
        SLOTS.set(slots)
        while True:
            with taking:
                try:
                    taken = None if stop.is_set() else feed.take()
                except BaseException as exc:  # raised on the loop, as if the item were taken there
                    failures.append(exc)
                    stop.set()
                    taken = None
                if taken is not None and taken[2] is None:
                    started[0] = taken[0] + 1
            if taken is None:
                if failures:
                    with contextlib.suppress(RuntimeError):
                        loop.call_soon_threadsafe(outcomes.put_nowait, None)
                return
            position, item, outcome = taken
            if outcome is None:
                busy[number] = time.monotonic()
                outcome = _attempt(task, item)
                del busy[number]
                if isinstance(outcome.error, ConfigError):
                    stop.set()  # no document's fault: take no more
            try:
                loop.call_soon_threadsafe(outcomes.put_nowait, (position, outcome))
            except RuntimeError:  # the loop is gone: the batch was interrupted
                return

    def start(number: int) -> None:
        threading.Thread(target=work, args=(number,), name=f"communique-{number}", daemon=True).start()

    async def grow() -> None:
        # the first request starts them at once; a long document is looked at four times
        # as often as the wait: they start within a quarter of it of the first wait
        while not any(time.monotonic() - since > WAIT for since in list(busy.values())):
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(waits.wait(), WAIT / 4)
                break
        for number in range(1, min(threads(concurrency), total - first)):
            start(number)

    start(0)
    growing = asyncio.create_task(grow())
    finished: dict[int, _Outcome] = {}
    try:
        for cursor in range(first, total):
            while True:
                with taking:
                    if failures:
                        raise failures[0]
                    if stop.is_set() and cursor >= started[0]:
                        return  # neither run nor known before one run: the batch stopped before it
                if cursor in finished:
                    break
                got = await outcomes.get()
                if got is not None:
                    finished[got[0]] = got[1]
            if not emit(finished.pop(cursor)):
                stop.set()
    finally:
        stop.set()
        growing.cancel()


class _Slots(threading.BoundedSemaphore):
    """The request slots of a batch (:data:`~communique.backends.openai.transport.SLOTS`),
    which tell ``taken`` when a request takes one for the first time."""

    def __init__(self, value: int, *, taken: Callable[[], object]) -> None:
        super().__init__(value)
        self._taken: Callable[[], object] | None = taken

    def acquire(self, blocking: bool = True, timeout: float | None = None) -> bool:
        if self._taken is not None:
            taken, self._taken = self._taken, None
            taken()
        return super().acquire(blocking, timeout)

    __enter__ = acquire


def _attempt(task: Callable[[Source], Any], item: Loaded) -> _Outcome:
    if item.source is None:
        return _Outcome(item, error=item.error)
    try:
        return _Outcome(item, value=task(item.source))
    except Exception as exc:
        return _Outcome(item, error=exc)


# --- worker processes ------------------------------------------------------------------

_WORKER: dict[str, Callable[[Source], Any]] = {}


def _start_worker(settings: Settings | None) -> None:
    """Make the pipeline of a worker process, once (``None``: a forked worker has it)."""
    if settings is not None:
        from communique.pipeline import Pipeline

        _WORKER["run"] = Pipeline(settings).run


def _work(source: Source) -> tuple[Any, str | None, bool]:
    """Run one document in a worker: its record, or why it failed (as text: an exception
    with keyword arguments does not cross a process boundary) and whether the failure
    is a configuration error."""
    try:
        return _WORKER["run"](source), None, False
    except Exception as exc:
        return None, _reason(exc), isinstance(exc, ConfigError)


@contextmanager
def _in_processes(items: Sequence[Loaded], settings: Settings, workers: int) -> Iterator[Iterator[_Outcome]]:
    """The outcomes of ``items`` run in ``workers`` processes, in input order; the
    workers are started on entering.

    Where a process may be forked (Linux, and no other thread in this one: enter before
    starting any), this process reads the first document itself and the workers are
    forked after it: they start with its modules imported, its tables loaded and its
    patterns compiled, instead of spending the first half second of a batch on that,
    each. Elsewhere they are spawned and make their own pipeline."""
    from concurrent.futures import ProcessPoolExecutor

    from communique.pipeline import process_context

    sources = [item.source for item in items if item.source is not None]
    # no more processes than cores, nor than documents: the reader is bound by the CPU, and a
    # fork start makes every worker at once (was: ``-j 10000`` forked ten thousand processes)
    workers = max(1, min(workers, os.cpu_count() or 1, len(sources)))
    first: list[tuple[Any, str | None, bool]] = []
    context = process_context()
    forked = context.get_start_method() == "fork"
    if forked and sources:
        _start_worker(settings)
        first.append(_work(sources.pop(0)))
    start = partial(_start_worker, None if forked and first else settings)
    try:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=start) as pool:
            # small chunks: a worker left alone with a large last chunk would undo the gain
            chunk = max(1, min(8, len(sources) // (workers * 8)))
            # every document is submitted here, which starts the workers
            yield _in_order(items, itertools.chain(first, pool.map(_work, sources, chunksize=chunk)))
    finally:
        _WORKER.clear()  # this process's own pipeline, if it made one, is not kept


def _in_order(items: Sequence[Loaded], done: Iterator[tuple[Any, str | None, bool]]) -> Iterator[_Outcome]:
    """The outcome of each item: its input error, or what its worker made of it."""
    for item in items:
        if item.source is None:
            yield _Outcome(item, error=item.error)
            continue
        value, reason, config = next(done)
        if reason is None:
            yield _Outcome(item, value=value)
        else:
            yield _Outcome(item, error=(ConfigError if config else CommuniqueError)(reason))
