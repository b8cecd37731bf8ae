"""The library API: every job the command line does, as functions.

>>> import communique
>>> record = communique.analyse(open("brief.txt", encoding="utf-8").read())  # doctest: +SKIP
>>> items = communique.load(["briefs/"])  # doctest: +SKIP
>>> tally = communique.analyse_many(items, output=Path("records.jsonl"))  # doctest: +SKIP
>>> tally.done, tally.failed  # doctest: +SKIP

- :func:`configure`: settings from flags, the environment, ``.env`` and defaults, checked;
- :func:`analyse`: one communiqué's text to its record;
- :func:`load`: files, folders, globs and JSON Lines to an ordered list of documents;
- :func:`analyse_many`: many documents to records in any format, concurrently, resumable;
- :func:`translate` and :func:`translate_many`: full translations;
- :func:`submit_batch`, :func:`batch_status`, :func:`fetch_batch`: the OpenAI Batch API;
- :func:`bench`: the configured endpoint's pace on a few documents, to size a batch;
- :func:`evaluate`, :func:`eval_gates`, :func:`save_report`, :func:`compare_reports`: eval runs;
- :func:`export_records`: saved records in another format (PLOVER events, a page…), no model call;
- :func:`corpus`: saved records to events, people, tables and an atlas;
- :func:`json_schema`, :func:`prompt_versions`, :func:`call_log`, :func:`reply_cache`: what
  communique knows about itself.

Each raises a :class:`~communique.errors.CommuniqueError` subclass that says what went
wrong; the command line turns it into one line and an exit code.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from communique.batch import Tally as Tally  # re-exported: what a batch job returns
from communique.config import FRAGMENT, Settings, redact, resolve
from communique.errors import CommuniqueError, ConfigError, InputError, UsageError
from communique.text import quoted

if TYPE_CHECKING:
    from communique.backends.openai.batchapi import Status
    from communique.cache import ReplyCache
    from communique.calllog import CallLog
    from communique.corpora.build import Corpus as Corpus
    from communique.evals.run import Comparison as Comparison
    from communique.evals.run import EvalResult as EvalResult
    from communique.export.sinks import Writer
    from communique.ingest.inputs import Loaded, Written
    from communique.pipeline import Pipeline
    from communique.progress import Listener
    from communique.prompts import Prompt
    from communique.schema import Analysis, Source
    from communique.translation.translator import Translation, Translator


def configure(
    flags: Mapping[str, Any] | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    env_file: Path | None = None,
    **named: Any,
) -> Settings:
    """Resolve the settings (a flag that is not None wins, then the environment, then
    ``.env``, then the defaults; see :func:`communique.config.resolve`) and check the
    backend and mode against their registries. Settings may be given as ``flags`` or by
    name (``configure(model="gpt-4o-mini", max_retries=1)``); an unknown name or a value of
    the wrong type is a :class:`~communique.errors.ConfigError` that names it."""
    from communique.backends import registry
    from communique.backends.openai import modes

    if named:  # (flags that are no mapping are refused by resolve)
        flags = {**flags, **named} if isinstance(flags, Mapping) else named if flags is None else flags
    if environ is not None and (
        not isinstance(environ, Mapping) or not all(isinstance(v, str) for v in environ.values())
    ):
        raise ConfigError("environ must be a mapping of variable names to text values (a dict of str)")
    if env_file is not None and not isinstance(env_file, str | os.PathLike):
        raise ConfigError(f"env_file must be a path (str or Path), not {type(env_file).__name__}")
    settings = resolve(flags, environ=environ, env_file=None if env_file is None else Path(env_file))
    try:
        if settings.backend != "auto":
            registry.entry(settings.backend)
        modes.check(settings.mode)
    except ConfigError as exc:  # the key pasted as the backend or mode is quoted masked
        raise ConfigError(redact(str(exc), [s for s in settings.secrets if len(s) >= FRAGMENT])) from None
    return settings


def analyse(
    text: str | bytes,
    *,
    backend: str | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    prompt: str | None = None,
    cache: bool | None = None,
    id: str | None = None,
    published: dt.date | None = None,
    lang: str | None = None,
) -> Analysis:
    """Analyse one communiqué and return its validated :class:`~communique.schema.Analysis`.

    With no model configured (argument, ``COMMUNIQUE_MODEL`` or ``.env``) the offline
    ``rules`` backend runs. Raises :class:`~communique.errors.InputError` for input
    that cannot be analysed, :class:`~communique.errors.ConfigError` for a bad
    configuration, :class:`~communique.errors.ModelError` when the model fails.
    """
    from communique.pipeline import Pipeline

    flags = {"backend": backend, "model": model, "base_url": base_url, "api_key": api_key,
             "prompt": prompt, "cache": cache}  # fmt: skip
    return Pipeline(configure(flags)).analyse(text, id=id, published=published, lang=lang)


def load(
    inputs: Sequence[str] = (),
    *,
    jsonl: str | None = None,
    max_bytes: int | None = None,
    published: dt.date | None = None,
    lang: str | None = None,
    written: Written | None = None,
) -> Sequence[Loaded]:
    """The documents named by ``inputs`` (files, folders, globs, ``-`` for stdin) and a
    JSON Lines file, in order, each read into a source or carrying why it cannot be,
    when it is first asked for (:class:`~communique.ingest.inputs.Reading`: a batch reads
    each as it takes it). ``published`` and ``lang`` override what each says. What the
    run will have ``written`` into a folder or a glob read is left out of it."""
    from communique.ingest import DEFAULT_MAX_BYTES
    from communique.ingest import inputs as documents
    from communique.ingest.parse import given_date, given_text

    if max_bytes is not None and (
        isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1
    ):
        raise InputError(f"max_bytes must be a positive number of bytes, not {quoted(max_bytes, 40)}")
    limit = max_bytes or DEFAULT_MAX_BYTES
    named = _paths(inputs, "inputs")
    file = None if jsonl is None else _paths([jsonl], "jsonl")[0]
    found = documents.discover(named, jsonl=file, max_bytes=limit, written=written or documents.Written())
    return documents.load_all(found, max_bytes=limit, published=given_date(published),
                              lang=given_text(lang, what="lang"))  # fmt: skip


_T = TypeVar("_T")


def _each(values: object, what: str, noun: str, error: type[CommuniqueError],
          convert: Callable[[object, str], _T]) -> list[_T]:  # fmt: skip
    """What a caller named: one name (a ``str`` or a path) or a sequence of them, each
    through ``convert``; anything else an ``error`` naming the argument (was: a ``str``
    read as a list of its letters, each a file; ``None`` or a number a ``TypeError``)."""
    if isinstance(values, str | os.PathLike):
        values = [values]
    if isinstance(values, bytes | Mapping) or not isinstance(values, Iterable):
        raise error(
            f"{what} must be a list of {noun} (str or Path), not {type(values).__name__} {quoted(values, 40)}"
        )
    return [convert(value, what) for value in values]


def _name(item: object, what: str) -> str:
    """A file name a caller gave, as text (an :class:`~communique.errors.InputError` if it is none)."""
    name = os.fsdecode(item) if isinstance(item, bytes | os.PathLike) else item
    if not isinstance(name, str):
        raise InputError(
            f"{what} must name files by str or Path, not {type(name).__name__} {quoted(name, 40)}"
        )
    return name


def _paths(inputs: object, what: str) -> list[str]:
    """The inputs a caller named, as text."""
    return _each(inputs, what, "file names", InputError, _name)


def _path(value: object, what: str) -> Path:
    """A path a caller gave (a ``str`` or a path), or a :class:`~communique.errors.UsageError`
    naming the argument (was: ``AttributeError: 'str' object has no attribute 'stat'``
    from deep inside, or a ``TypeError`` for ``None``)."""
    if isinstance(value, Path):
        return value
    if isinstance(value, str | os.PathLike) and os.fspath(value):
        return Path(value)
    raise UsageError(f"{what} must be a path (a str or Path), not {type(value).__name__} {quoted(value, 40)}")


def _optional_path(value: object, what: str) -> Path | None:
    return None if value is None else _path(value, what)


def _path_list(values: object, what: str) -> list[Path]:
    """Paths a caller gave: one, or a list of them."""
    return _each(values, what, "paths", UsageError, _path)


def _documents(items: object) -> Sequence[Loaded]:
    """The documents a caller gave: what :func:`load` returns (or one of its items), as
    it is: documents read as a batch takes them (a :class:`~communique.ingest.inputs.Reading`)
    are not read here."""
    from communique.ingest.inputs import Loaded, Reading

    if isinstance(items, Reading):
        return items
    if isinstance(items, Loaded):
        return [items]
    if isinstance(items, str | bytes | Mapping) or not isinstance(items, Iterable):
        raise UsageError(
            f"items must be the documents communique.load(…) returns, not {type(items).__name__} {quoted(items, 40)}"
        )
    listed = list(items)
    for item in listed:
        if not isinstance(item, Loaded):
            raise UsageError(
                f"items must be the documents communique.load(…) returns (name files with load), "
                f"not {type(item).__name__} {quoted(item, 40)}"
            )
    return listed


def _own_settings(settings: object) -> Settings | None:
    """The settings a caller gave: ``None`` or what :func:`configure` returns."""
    if settings is None or isinstance(settings, Settings):
        return settings
    raise ConfigError(
        f"settings must be what communique.configure(…) returns, not {type(settings).__name__}"
        + (": pass configure(**those) instead" if isinstance(settings, Mapping) else "")
    )


def _count(value: object, what: str) -> int | None:
    """A count a caller gave (a concurrency, a sample): ``None`` or a whole number of 1 or
    more (was: 0 and -1 taken in silence, text a ``TypeError`` from deep inside)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise UsageError(f"{what} must be a whole number of 1 or more, not {quoted(value, 40)}")
    return value


def analyse_many(
    items: Sequence[Loaded],
    *,
    settings: Settings | None = None,
    pipeline: Pipeline | None = None,
    format: str = "jsonl",
    output: Path | None = None,
    sink: Writer | None = None,
    errors: Path | None = None,
    force: bool = False,
    resume: bool = False,
    concurrency: int | None = None,
    refresh: bool = False,
    progress: bool = False,
    strict: bool = False,
    title: str = "communique",
    on_event: Listener | None = None,
) -> Tally:
    """Analyse every item and write the records in input order, in ``format`` (see
    :data:`communique.export.formats.FORMATS`) to ``output`` or stdout, or to ``sink``.

    Documents that fail go to ``errors`` (one JSON line each) or stderr, and the others
    go on; ``strict`` raises the first failure instead. ``resume`` keeps what an earlier
    run wrote to ``output`` and does only the rest. At most ``concurrency`` model requests
    are in flight (by default what the backend suits; documents are read, checked and
    made into records beside them), or offline ``concurrency`` processes read at once.
    ``on_event`` is told of the model calls' retries and replies
    (:mod:`communique.progress`). Returns the counts.
    """
    from communique.export import formats
    from communique.pipeline import Pipeline

    items = _documents(items)
    output, errors = _optional_path(output, "output"), _optional_path(errors, "errors")
    settings, concurrency = _own_settings(settings), _count(concurrency, "concurrency")
    chosen = formats.get(format)
    if chosen.text and len(items) > 1:
        raise UsageError(f"--format {format} writes the text of one communiqué: give one input")
    if chosen.single and len(items) > 1:
        raise UsageError(f"{format} holds one record; use jsonl (the default) for many")
    if resume and (output is None or not chosen.resumable):
        raise UsageError(f"--resume needs -o FILE with --format {' or '.join(formats.resumable())}")
    check_outputs(output, errors, force=force, resume=resume, items=items)
    target = sink or formats.open_sink(format, output, force=force, resume=resume, title=title)
    if chosen.text:  # the text as read, which spans index: nothing to analyse, no model to call
        return _run(items, _as_read, target, settings or configure(), errors=errors, force=force, concurrency=1,
                    progress=progress, strict=strict, label="summarise")  # fmt: skip
    own = pipeline is None
    if pipeline is None:
        settings = settings or configure()
        pipeline = Pipeline(settings, refresh=refresh, on_event=on_event,
                            offload=_offloads(settings, concurrency, len(items)))  # fmt: skip
    try:
        return _run(items, pipeline.run, target, pipeline.settings, errors=errors, force=force or resume,
                    concurrency=concurrency, progress=progress, strict=strict, label="summarise",
                    processes=own, resumable=output is not None and chosen.resumable,
                    recall=pipeline.recall_many)  # fmt: skip
    finally:
        if own:
            pipeline.close()


def _offloads(settings: Settings, concurrency: int | None, documents: int) -> bool:
    """Whether a batch's pipeline makes the records of a model's replies in a worker
    process: a batch of threads on a model, large enough, with a core to spare."""
    import os

    from communique.backends import registry
    from communique.batch import PROCESS_BATCH

    entry = registry.entry(settings.resolved_backend)
    return (
        not entry.processes
        and entry.workers(concurrency) > 1
        and documents >= PROCESS_BATCH
        and (os.cpu_count() or 1) > 1
    )


def _as_read(source: Source) -> str:
    """The text of a communiqué as communique reads it."""
    return source.text


def translate(
    text: str | bytes, *, settings: Settings | None = None, to: str = "en", glossaries: Sequence[Path] = ()
) -> Translation:
    """Translate one communiqué in full into ``to`` (``en`` or ``fr``). Needs a model."""
    from communique.ingest import read_text

    translator = make_translator(_own_settings(settings) or configure(), to=to, glossaries=glossaries)
    return translator.translate(read_text(text, max_bytes=translator.settings.max_bytes))


def translate_many(
    items: Sequence[Loaded],
    *,
    translator: Translator | None = None,
    settings: Settings | None = None,
    to: str = "en",
    glossaries: Sequence[Path] = (),
    prompt: str = "translate",
    directory: Path | None = None,
    output: Path | None = None,
    errors: Path | None = None,
    force: bool = False,
    resume: bool = False,
    concurrency: int | None = None,
    refresh: bool = False,
    progress: bool = False,
    strict: bool = False,
) -> Tally:
    """Translate every item: to ``directory`` (``ID.<to>.txt`` each), or as JSON Lines to
    ``output``, or to stdout (the text itself when ``strict`` with one item). ``translator``
    (see :func:`translator`) replaces the one ``settings``, ``to``, ``glossaries``,
    ``prompt`` and ``refresh`` describe. Failures, resume, concurrency and the counts as
    for :func:`analyse_many`."""
    from communique.export import sinks
    from communique.translation.translator import Translation

    items = _documents(items)
    directory, output = _optional_path(directory, "directory"), _optional_path(output, "output")
    errors, glossaries = _optional_path(errors, "errors"), _path_list(glossaries, "glossaries")
    settings, concurrency = _own_settings(settings), _count(concurrency, "concurrency")
    check_translation_targets(directory, output, resume=resume)
    translator = translator or make_translator(settings or configure(), to=to, glossaries=glossaries,
                                               prompt=prompt, refresh=refresh)  # fmt: skip
    check_outputs(output, errors, force=force, resume=resume, items=items)
    sink: Writer
    if directory is not None:
        sink = sinks.TextFolder(directory, [item.id for item in items], lambda _, t: t.to_text(),
                                suffix=f".{translator.target}.txt", force=force, resume=resume)  # fmt: skip
    elif len(items) == 1 and strict and output is None:
        sink = sinks.Sink(sinks.Stdout(), lambda _, t: t.to_text())
    else:
        sink = sinks.jsonl(output, lambda _, t: t.model_dump_json() + "\n",
                           key=lambda line: Translation.model_validate_json(line).id or "", force=force,
                           resume=resume)  # fmt: skip
    return _run(items, translator.translate, sink, translator.settings, errors=errors, force=force or resume,
                concurrency=concurrency, progress=progress, strict=strict, label="translate",
                resumable=directory is not None or output is not None)  # fmt: skip


def submit_batch(
    items: Sequence[Loaded],
    *,
    settings: Settings | None = None,
    command: str,
    overrides: Mapping[str, str] | None = None,
    errors: Path | None = None,
    force: bool = False,
) -> tuple[str, int]:
    """Submit the readable items as one OpenAI Batch API job; returns its id and how
    many items could not be read (each reported to ``errors`` or stderr). ``command``
    is the live command for the same inputs, kept to say how to re-run a failure."""
    from communique import jobs
    from communique.export.sinks import ErrorLog
    from communique.pipeline import Pipeline

    items, errors, settings = _documents(items), _optional_path(errors, "errors"), _own_settings(settings)
    if not isinstance(command, str):
        raise UsageError(
            f"command must be text (the live command for the same inputs), not {type(command).__name__}"
        )
    check_outputs(errors, force=force, resume=False)
    job = jobs.submit(Pipeline(settings or configure()), list(items), command=command,
                      overrides=dict(overrides or {}))  # fmt: skip
    log = ErrorLog(errors, force=force)
    for item in items:
        if item.error is not None:
            log.add(item.id, item.document.origin, str(item.error))
    log.close()
    return job, log.count


def batch_status(job_id: str, *, api_key: str | None = None) -> Status:
    """Where a Batch API job stands, as the endpoint reports it."""
    from communique import jobs
    from communique.backends.openai import batchapi
    from communique.backends.openai.client import ModelClient

    found = jobs.load_job(configure(), job_id)
    return batchapi.status(ModelClient(configure({**found.settings, "api_key": api_key})), found.id)


def fetch_batch(
    job_id: str,
    *,
    api_key: str | None = None,
    format: str = "jsonl",
    output: Path | None = None,
    errors: Path | None = None,
    force: bool = False,
    resume: bool = False,
    progress: bool = False,
) -> Tally:
    """Read a finished Batch API job's results into records, as :func:`analyse_many`
    writes them: each validated against its communiqué exactly like a live reply."""
    from communique import jobs

    output, errors = _optional_path(output, "output"), _optional_path(errors, "errors")
    found = jobs.load_job(configure(), job_id)
    settings = configure({**found.settings, "api_key": api_key})
    items = found.items()
    check_outputs(output, errors, force=force, resume=resume, items=items)
    return analyse_many(items, pipeline=jobs.reader(found, settings), format=format, output=output, errors=errors,
                        force=force, resume=resume, concurrency=1, progress=progress)  # fmt: skip


@dataclass(frozen=True)
class Timing:
    """One communiqué through the pipeline: how long it took and what the model spent."""

    id: str
    seconds: float
    tokens_in: int = 0
    tokens_out: int = 0
    attempts: int = 0
    #: ``clean``, ``repaired`` or ``problems`` (see :attr:`communique.schema.Provenance.status`).
    status: str = "clean"
    #: Why the document failed, if it did (its time is then the time until it failed).
    error: str | None = None


@dataclass(frozen=True)
class Bench:
    """What :func:`bench` measured: one :class:`Timing` per communiqué, and the pace."""

    timings: list[Timing]
    #: Documents the configured batch keeps in flight (the concurrency it would use).
    workers: int

    @property
    def seconds_median(self) -> float:
        return _median(t.seconds for t in self.timings)

    @property
    def tokens_out_median(self) -> float:
        return _median(t.tokens_out for t in self.timings)

    @property
    def tokens_in_median(self) -> float:
        return _median(t.tokens_in for t in self.timings)

    @property
    def tokens_per_second(self) -> float:
        """Output tokens per second of waiting, over every communiqué."""
        seconds = sum(t.seconds for t in self.timings)
        return sum(t.tokens_out for t in self.timings) / seconds if seconds else 0.0

    def hours_for(self, documents: int, workers: int = 1) -> float:
        """About how long ``documents`` communiqués take, ``workers`` at a time, at this pace."""
        seconds = [t.seconds for t in self.timings]
        return documents * sum(seconds) / len(seconds) / workers / 3600


def _median(values: Iterable[float]) -> float:
    """The median of ``values``. ``statistics`` is imported here only: with fractions and
    decimal it costs 5 ms of every start."""
    import statistics

    return statistics.median(values)


def bench(items: Sequence[Loaded], *, settings: Settings | None = None, sample: int = 3,
          concurrency: int | None = None, on_event: Listener | None = None) -> Bench:  # fmt: skip
    """Run ``sample`` of the readable communiqués among ``items`` (spread over them), one at
    a time and never from the cache, through the configured pipeline, and time each: what
    a batch of them would take before it is started. A document that fails is timed up
    to its failure and says why; a configuration the endpoint refuses is raised."""
    from communique.backends import registry
    from communique.errors import InputError, ModelError
    from communique.pipeline import Pipeline
    from communique.text import one_line

    items, settings = _documents(items), _own_settings(settings)
    sample, concurrency = _count(sample, "sample") or 3, _count(concurrency, "concurrency")
    readable = [item.source for item in items if item.source is not None]
    if not readable:
        raise next((item.error for item in items if item.error is not None), InputError("no input to time"))
    step = max(1, len(readable) // max(1, sample))
    chosen = readable[::step][:sample]
    settings = settings or configure()
    timings = []
    # a fault is timed as one, not as the offline reading's few milliseconds
    with Pipeline(replace(settings, cache=False), on_event=on_event, offline_on_fault=False) as pipeline:
        for number, source in enumerate(chosen, start=1):
            name = source.id or f"document {number}"
            started = time.perf_counter()
            try:
                record = pipeline.run(source)
            except ModelError as exc:  # a strict check that failed, or an endpoint that gave up
                timings.append(Timing(name, time.perf_counter() - started, error=one_line(str(exc))))
                continue
            made = record.provenance
            assert made is not None
            timings.append(Timing(name, time.perf_counter() - started, made.tokens_in, made.tokens_out,
                                  made.attempts, made.status))  # fmt: skip
    return Bench(timings, registry.entry(settings.resolved_backend).workers(concurrency))


def evaluate(
    directory: Path,
    *,
    settings: Settings | None = None,
    concurrency: int | None = None,
    progress: bool = True,
    on_event: Listener | None = None,
) -> EvalResult:
    """Analyse and score every case of an eval set (``NAME.txt`` + gold ``NAME.json``);
    ``on_event`` is told of the model calls' retries and replies."""
    from communique.evals import run

    return run.run(
        run.load_cases(_path(directory, "directory")),
        _own_settings(settings) or configure(),
        concurrency=concurrency,
        progress=progress,
        on_event=on_event,
    )


def eval_gates(minimums: Sequence[str]) -> list[tuple[str, float]]:
    """``METRIC=X`` specs (``parties.f1=0.8``) as (metric, minimum) pairs; a
    :class:`~communique.errors.UsageError` for one that is not."""
    from communique.evals import run

    if isinstance(minimums, str):
        minimums = [minimums]
    if not isinstance(minimums, Iterable) or not all(isinstance(spec, str) for spec in minimums):
        raise UsageError("minimums must be a list of METRIC=X texts (e.g. ['parties.f1=0.8'])")
    try:
        return [run.parse_threshold(spec) for spec in minimums]
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def failed_gates(
    result: EvalResult, *, min_score: float | None, minimums: Sequence[tuple[str, float]]
) -> list[str]:
    """One line per gate a run fails: its headline under ``min_score``, a metric under its minimum."""
    from communique.evals import run

    for name, value in (("min_score", min_score), *minimums):
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1
        ):
            raise UsageError(
                f"{name}: {quoted(value, 40)} is not a score between 0 and 1 (a gate of nan never fails)"
            )

    return run.failed_gates(result.report, min_score=min_score, minimums=list(minimums))


def save_report(result: EvalResult, path: Path, *, html: bool = False) -> None:
    """Write a run's report, as JSON (for ``--compare``) or as one HTML page; replaces ``path``."""
    from communique.evals.run import EvalResult
    from communique.export.files import write_atomic

    if not isinstance(result, EvalResult):
        raise UsageError(
            f"result must be what communique.api.evaluate(…) returns, not {type(result).__name__}"
        )
    path = _path(path, "path")
    if html:
        from communique.evals.report import render

        write_atomic(path, render(result), force=True)
    else:
        write_atomic(path, result.to_json(), force=True)


def compare_reports(old: Path, new: Path) -> Comparison:
    """What changed between two JSON reports of :func:`evaluate`, per metric and per case."""
    from communique.evals import run

    old, new = _path(old, "old"), _path(new, "new")
    for path in (old, new):
        _no_fifo(path, "report")
    return run.compare(run.read_text(old), run.read_text(new))


def _no_fifo(path: Path, what: str) -> None:
    """Refuse, as an :class:`~communique.errors.InputError`, a file to read whole that is a
    FIFO or a device: reading a FIFO waits for ever for a writer, ``/dev/zero`` never ends."""
    import stat

    try:
        mode = path.stat().st_mode
    except OSError:
        return  # missing or unreadable: said where it is read
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or stat.S_ISBLK(mode):
        raise InputError(f"{what} {path}: not a file (a device or a FIFO); give the file itself")


def json_schema() -> dict[str, object]:
    """The JSON Schema of the analysis format."""
    from communique.schema import json_schema as schema

    return schema()


def prompt_versions() -> list[Prompt]:
    """Every version of every shipped prompt, oldest first within a prompt."""
    from communique import prompts

    directory = prompts.prompts_dir()
    return [
        prompts.load(f"{folder.name}@v{version}", directory)
        for folder in sorted(p for p in directory.iterdir() if p.is_dir())
        for version in prompts.versions(folder.name, directory)
    ]


def call_log(settings: Settings | None = None) -> CallLog:
    """The call log of the configured data directory."""
    from communique.calllog import CallLog

    return CallLog((_own_settings(settings) or configure()).data_dir)


def reply_cache(settings: Settings | None = None) -> ReplyCache:
    """The reply cache of the configured cache directory."""
    from communique.cache import ReplyCache

    return ReplyCache((_own_settings(settings) or configure()).cache_dir)


def check_translation_targets(directory: Path | None, output: Path | None, *, resume: bool) -> None:
    """Refuse translation targets that contradict each other."""
    if directory is not None and output is not None:
        raise UsageError("give -d DIR or -o FILE, not both")
    if resume and directory is None and output is None:
        raise UsageError("--resume needs -d DIR or -o FILE")


def check_outputs(*paths: Path | None, force: bool, resume: bool, items: Sequence[Loaded] = (),
                  inputs: Iterable[Path] = ()) -> None:  # fmt: skip
    """Refuse, before any work, outputs that cannot be written or would be clobbered
    (a file being resumed is neither), and outputs that are the files ``items`` (or the
    other ``inputs``: an eval set's cases) are read from."""
    from communique.export.files import check_distinct, check_not_input, check_writable
    from communique.ingest.inputs import documents_of

    check_distinct(*paths)
    read = [file for document in documents_of(items) if (file := document.file) is not None]
    check_not_input(paths, [*read, *inputs])
    for path in paths:
        if path is not None and not (resume and path.is_file()):
            check_writable(path, force=force)


def make_translator(settings: Settings, *, to: str = "en", glossaries: Sequence[Path] = (),
                    prompt: str = "translate", refresh: bool = False,
                    on_event: Listener | None = None) -> Translator:  # fmt: skip
    """A translator into ``to`` with the settings' model, the shipped glossary extended by
    ``glossaries``, and the reply cache; ``on_event`` is told of its model calls' retries
    and replies. Raises a :class:`~communique.errors.ConfigError` without a model, an
    :class:`~communique.errors.InputError` for a bad glossary."""
    from communique.cache import ReplyCache
    from communique.translation.translator import Translator

    settings, glossaries = _own_settings(settings) or configure(), _path_list(glossaries, "glossaries")
    for path in (*([Path(settings.glossary)] if settings.glossary else []), *glossaries):
        _no_fifo(path, "glossary")
    cache = ReplyCache(settings.cache_dir) if settings.cache else None
    return Translator(settings, target=to, glossaries=list(glossaries), prompt=prompt, cache=cache,
                      refresh=refresh, on_event=on_event)  # fmt: skip


def _run(items: Sequence[Loaded], task: Callable[[Source], Any], sink: Writer, settings: Settings, *,
         errors: Path | None, force: bool, concurrency: int | None, progress: bool, strict: bool,
         label: str, processes: bool = False, resumable: bool = False,
         recall: Callable[[Sequence[Source]], Sequence[Any | None]] | None = None) -> Tally:  # fmt: skip
    """Run ``task`` over the items into ``sink``, failures to ``errors``. ``processes``:
    ``task`` is the pipeline of ``settings``, which worker processes may make again for a
    CPU-bound backend; ``resumable``: the sink can be resumed (said when a configuration
    error stops the batch); ``recall`` gives what ``task`` gave each source before, if it is kept
    (:func:`communique.batch.run`)."""
    from communique import batch
    from communique.backends import registry
    from communique.export.sinks import ErrorLog

    entry = registry.entry(settings.resolved_backend)
    log = ErrorLog(errors, force=force)
    return batch.run(items, task, sink, log, concurrency=entry.workers(concurrency),
                     processes=settings if processes and entry.processes else None, progress=progress,
                     strict=strict, label=label, resumable=resumable, recall=recall)  # fmt: skip


def export_records(
    records: Sequence[Path],
    *,
    format: str = "jsonl",
    output: Path | None = None,
    force: bool = False,
    title: str = "communique",
) -> int:
    """Write saved records (the JSON Lines or SQLite files of ``summarise``) in ``format``
    (see :data:`communique.export.formats.FORMATS`: PLOVER events, a page, a database…)
    to ``output`` or stdout, without calling a model. Every record is read and checked
    before anything is written: a line that is not a record is an
    :class:`~communique.errors.InputError` naming ``FILE:LINE``, and no output is made.
    An existing output is replaced only with ``force``, and only once the new one is whole:
    an export that stops midway (a record SQLite refuses, Ctrl-C, a full disk) leaves it as
    it was. Returns how many records were written."""
    from communique.corpora.read import STDIN
    from communique.corpora.read import records as saved
    from communique.export import formats
    from communique.export.files import check_distinct
    from communique.ingest.inputs import Document, Loaded

    records, output = _path_list(records or [], "records"), _optional_path(output, "output")
    if not records:
        raise UsageError("give at least one records file (JSON Lines or SQLite)")
    chosen = formats.get(format)
    if chosen.text:
        raise UsageError(f"--format {format} writes a communiqué's text, which records do not hold; "
                         "use 'communique summarise FILE --format text'")  # fmt: skip
    read: set[str] = set()
    for path in records:  # one file given twice would be read twice
        if (real := os.path.realpath(path)) in read:
            raise UsageError(f"{path} is given twice as a records file: give each once")
        read.add(real)
    try:
        check_distinct(*records, output)
    except UsageError:
        raise UsageError(
            f"{output} is the same file as a records file read: writing there would replace it; give another output"
        ) from None
    check_outputs(output, force=force, resume=False)
    # Every record is checked before anything is written: read twice, or kept when stdin
    # brings them, which can be read only once.
    kept = list(saved(records)) if STDIN in records else None
    count = len(kept) if kept is not None else sum(1 for _ in saved(records))
    if chosen.single and count > 1:
        raise UsageError(f"{format} holds one record and there are {count}; use jsonl (the default) for many")
    sink = formats.open_sink(format, output, force=force, resume=False, title=title, whole=True)
    try:
        for record, where in kept if kept is not None else saved(records):
            sink.write(Loaded(Document(id=record.document.id or where, origin=where)), record)
    except BaseException:
        sink.abort()
        raise
    sink.close()
    return count


def corpus(records: Sequence[Path], *, output: Path, pins: Path | None = None, force: bool = False) -> Corpus:
    """Build a corpus from saved records (JSON Lines or SQLite files of ``summarise``; no
    model call) and write ``events.jsonl``, ``people.jsonl``, ``corpus.db`` and
    ``atlas.html`` into the folder ``output``: one event per encounter however many
    records report it, one person however spelt (``pins``, a ``same``/``different`` TSV
    file, overrules the matching). Refuses, before any work, to replace a file without
    ``force``. Returns the corpus built."""
    from communique.corpora import build, people

    records, output, pins = (
        _path_list(records or [], "records"),
        _path(output, "output"),
        _optional_path(pins, "pins"),
    )
    if not records:
        raise UsageError("give at least one records file (JSON Lines or SQLite)")
    build.check_folder(output, force=force, inputs=[*records, *([pins] if pins else [])])
    made = build.build(records, people.read_pins(pins) if pins else ())
    build.write(made, output, force=force)
    return made
