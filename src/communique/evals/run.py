"""Evals: run the pipeline over a hand-labelled eval set, score it, compare two runs.

An eval set is a folder of pairs: ``NAME.txt`` (a communiqué, as ``communique
summarise`` reads it) and ``NAME.json`` (its gold :class:`~communique.schema.Analysis`).
:func:`load_cases` reads and validates them, :func:`run` analyses every case with one
shared :class:`~communique.pipeline.Pipeline` (through its reply cache) and scores it
with :mod:`communique.evals.scoring`, :func:`compare` says what changed between two saved
runs. A case that fails is recorded, never fatal to the run; a configuration error (no
key, nothing listening on the port) ends it, since no other case can succeed.

>>> from communique.config import resolve
>>> result = run(load_cases(Path("evals")), resolve({"backend": "rules"}))  # doctest: +SKIP
>>> result.report.headline  # doctest: +SKIP
0.66
"""

from __future__ import annotations

import datetime as dt
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ValidationError

from communique import ingest
from communique.errors import CommuniqueError, ConfigError, InputError
from communique.evals import scoring
from communique.progress import bar
from communique.schema import Analysis
from communique.version import __version__

if TYPE_CHECKING:
    from communique.config import Settings
    from communique.pipeline import Pipeline
    from communique.progress import Listener

#: The names ``--min NAME=X`` accepts: every share of :meth:`scoring.Report.metrics`
#: (not the ``hallucinated_names`` count), and a set-valued metric alone for its F1.
THRESHOLD_METRICS = (
    "headline",
    "is_meeting_report",
    *(f"{name}{part}" for name in scoring.SET_METRICS for part in ("", ".precision", ".recall", ".f1")),
    *scoring.FIELD_METRICS,
    *scoring.SUMMARY_METRICS,
)


@dataclass(frozen=True)
class Case:
    """One hand-labelled case: the communiqué file, its text, and its gold record."""

    id: str
    path: Path
    text: str
    gold: Analysis


class RunInfo(BaseModel):
    """How a run was made: what the reports show as its provenance."""

    backend: str
    model: str | None = None
    endpoint: str | None = None
    prompt: str | None = None
    prompt_sha256: str | None = None
    tool_version: str
    directory: str
    started: dt.datetime
    duration_s: float
    concurrency: int
    #: Predictions whose model reply came from the cache.
    cached: int = 0
    tokens_in: int = 0
    tokens_out: int = 0


class CaseResult(BaseModel):
    """One case of a run: what went in, what came out, and its score."""

    id: str
    text: str
    gold: Analysis
    prediction: Analysis | None
    #: Why the pipeline failed on the case, when it did.
    error: str | None = None
    score: scoring.CaseScore
    #: The text as the pipeline read it (front matter and web debris removed), which the
    #: prediction's spans index; empty when it could not be read.
    read: str = ""


class EvalResult(BaseModel):
    """A whole run: provenance, the corpus report, and every case. Saved as the JSON
    report (``communique eval --json``), which is self-contained."""

    run: RunInfo
    report: scoring.Report
    cases: list[CaseResult]

    def worst(self, count: int | None = None) -> list[CaseResult]:
        """The cases, lowest score first (then most problems), ``count`` of them."""
        ranked = sorted(self.cases, key=lambda c: (c.score.headline, -len(c.score.problems), c.id))
        return ranked[:count]

    def to_json(self) -> str:
        """The JSON report."""
        return self.model_dump_json(indent=2) + "\n"


def read_text(path: Path) -> str:
    """A UTF-8 file's text (undecodable bytes replaced), or an :class:`InputError`."""
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"])
    more = exc.error_count() - 1
    return (f"{where}: " if where else "") + error["msg"] + (f" (and {more} more)" if more else "")


def load_cases(directory: Path) -> list[Case]:
    """Every ``NAME.txt`` + ``NAME.json`` pair of a folder, by name. A text without a
    gold file, a gold file without a text, a gold file that does not validate and a
    folder without cases are each an :class:`InputError`."""
    if not directory.is_dir():
        raise InputError(
            f"{directory}: no such folder" if not directory.exists() else f"{directory} is not a folder"
        )
    files = [p for p in sorted(directory.iterdir()) if p.is_file() and not p.name.startswith(".")]
    texts = {p.stem: p for p in files if p.suffix == ".txt"}
    golds = {p.stem: p for p in files if p.suffix == ".json"}
    for stem in sorted(texts.keys() ^ golds.keys()):
        has, lacks = (texts[stem], f"{stem}.json") if stem in texts else (golds[stem], f"{stem}.txt")
        raise InputError(f"{has} has no {lacks} next to it: every case is a NAME.txt + NAME.json pair")
    if not texts:
        raise InputError(f"no eval cases in {directory}: expected NAME.txt + NAME.json pairs")
    cases = []
    for stem, path in texts.items():
        gold_path = golds[stem]
        try:
            gold = Analysis.model_validate_json(read_text(gold_path))
        except ValidationError as exc:
            raise InputError(f"{gold_path} is not a valid gold record: {_first_error(exc)}") from None
        cases.append(Case(id=stem, path=path, text=read_text(path), gold=gold))
    return cases


def _predict(pipeline: Pipeline, case: Case) -> tuple[Analysis | None, str | None, str]:
    """The pipeline's record of one case, or why it failed (a configuration error is
    raised: no case would succeed); and the text as read."""
    read = ""
    try:
        source = ingest.read_path(case.path, max_bytes=pipeline.settings.max_bytes)
        read = source.text
        return pipeline.run(source), None, read
    except ConfigError:
        raise
    except CommuniqueError as exc:
        return None, str(exc), read
    except Exception as exc:  # a bug on one case must not cost the whole run
        return None, f"internal error: {type(exc).__name__}: {exc}", read


def _scored(case: Case, prediction: Analysis | None, error: str | None, read: str) -> CaseResult:
    # names are looked for in the text as communique read it (a name a PDF broke at a
    # line's end, "Ndia-" / "ye", is whole there), or in the file when it was not read
    score = scoring.score_case(case.gold, prediction, read or case.text, error=error)
    return CaseResult(
        id=case.id, text=case.text, gold=case.gold, prediction=prediction, error=error, score=score, read=read
    )


def run(
    cases: list[Case],
    settings: Settings,
    *,
    concurrency: int | None = None,
    progress: bool = True,
    on_event: Listener | None = None,
) -> EvalResult:
    """Analyse and score every case with one shared pipeline, ``concurrency`` cases at a
    time (by default, what the backend's registry entry suits); ``on_event`` is told of
    the model calls' retries and replies. A configuration error stops the run, before it
    starts or at the first case that meets it (the cases not started are not); a case
    that fails is recorded and scored as empty."""
    from communique.backends import registry
    from communique.pipeline import Pipeline

    # a case the endpoint failed is scored as empty: the offline reading's score is not the model's
    pipeline = Pipeline(settings, on_event=on_event, offline_on_fault=False)
    workers = concurrency or registry.entry(settings.resolved_backend).eval_concurrency
    started, clock = dt.datetime.now(dt.UTC), time.perf_counter()
    outputs: dict[str, tuple[Analysis | None, str | None, str]] = {}
    with (
        ThreadPoolExecutor(max_workers=workers) as pool,
        bar("eval", len(cases), enabled=progress) as advance,
    ):
        futures = {pool.submit(_predict, pipeline, case): case.id for case in cases}
        try:
            for future in as_completed(futures):
                outputs[futures[future]] = future.result()
                advance()
        except ConfigError:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    results = [_scored(case, *outputs[case.id]) for case in cases]
    made = [r.prediction.provenance for r in results if r.prediction and r.prediction.provenance]
    # what the records say; from the settings when no case produced one
    first, asked = (made[0] if made else None), settings.resolved_backend != "rules"
    info = RunInfo(
        backend=settings.resolved_backend,
        model=first.model if first else (settings.model if asked else None),
        endpoint=first.endpoint if first else (settings.endpoint_host if asked else None),
        prompt=first.prompt if first else (settings.prompt if asked else None),
        prompt_sha256=first.prompt_sha256 if first else None,
        tool_version=__version__,
        directory=str(cases[0].path.parent) if cases else "",
        started=started,
        duration_s=round(time.perf_counter() - clock, 3),
        concurrency=workers,
        cached=sum(p.cached for p in made),
        tokens_in=sum(p.tokens_in for p in made),
        tokens_out=sum(p.tokens_out for p in made),
    )
    return EvalResult(run=info, report=scoring.aggregate([r.score for r in results]), cases=results)


# --- gates ------------------------------------------------------------------------------


def parse_threshold(spec: str) -> tuple[str, float]:
    """``"parties.f1=0.8"`` → ``("parties.f1", 0.8)``; a bare set-valued metric
    (``"parties"``) means its F1. Raises :class:`ValueError` saying what is wrong."""
    name, sep, value = spec.partition("=")
    name = name.strip()
    if not sep:
        raise ValueError(f"{spec!r} is not METRIC=X (e.g. parties.f1=0.8)")
    if name not in THRESHOLD_METRICS:
        raise ValueError(f"unknown metric {name!r}; one of: {', '.join(THRESHOLD_METRICS)}")
    try:
        threshold = float(value)
    except ValueError:
        raise ValueError(f"{value.strip()!r} in {spec!r} is not a number") from None
    if not 0 <= threshold <= 1:
        raise ValueError(f"{spec!r}: the threshold must be between 0 and 1")
    return (f"{name}.f1" if name in scoring.SET_METRICS else name), threshold


def failed_gates(
    report: scoring.Report, *, min_score: float | None, minimums: list[tuple[str, float]]
) -> list[str]:
    """One line per gate the report fails: the headline under ``min_score``, a metric
    under its minimum."""
    values = report.metrics()
    gates = ([("headline", min_score)] if min_score is not None else []) + minimums
    return [
        f"{name} {values[name]:.3f} is below the minimum {minimum:g}"
        for name, minimum in gates
        if values[name] < minimum
    ]


# --- comparing two runs ---------------------------------------------------------------


@dataclass(frozen=True)
class MetricChange:
    """One metric in two runs (None where a run lacks it)."""

    name: str
    old: float | None
    new: float | None

    @property
    def delta(self) -> float | None:
        """``new - old``, when both runs have the metric."""
        return None if self.old is None or self.new is None else self.new - self.old

    @property
    def is_count(self) -> bool:
        """Whether the metric is a count (of names not in the text), not a share."""
        return self.name == scoring.HALLUCINATED

    @property
    def verdict(self) -> str:
        """``improved``, ``regressed`` or ``same`` (fewer hallucinated names is better)."""
        delta = self.delta
        if delta is None or abs(delta) < 1e-9:
            return "same"
        better = delta < 0 if self.is_count else delta > 0
        return "improved" if better else "regressed"


@dataclass(frozen=True)
class CaseChange:
    """One case in two runs: its score, and the problems fixed and introduced."""

    id: str
    old: float
    new: float
    fixed: list[str]
    broken: list[str]


@dataclass(frozen=True)
class Comparison:
    """What changed between two runs, per metric and per case."""

    metrics: list[MetricChange]
    improved: list[CaseChange]
    regressed: list[CaseChange]
    #: Cases only in the new run, and only in the old one.
    added: list[str]
    removed: list[str]


def _parse_report(text: str, which: str) -> EvalResult:
    try:
        return EvalResult.model_validate_json(text)
    except ValidationError as exc:
        raise InputError(f"the {which} report is not a communique eval report: {_first_error(exc)}") from None


def compare(old_report_json: str, new_report_json: str) -> Comparison:
    """Compare two JSON reports of ``communique eval --json``. A case improved when its
    score rose, or held with fewer problems; it regressed the other way round."""
    old, new = _parse_report(old_report_json, "old"), _parse_report(new_report_json, "new")
    old_values, new_values = old.report.metrics(), new.report.metrics()
    names = list(dict.fromkeys([*old_values, *new_values]))
    metrics = [MetricChange(name, old_values.get(name), new_values.get(name)) for name in names]
    before = {c.id: c.score for c in old.cases}
    improved, regressed = [], []
    for case in new.cases:
        was = before.get(case.id)
        if was is None:
            continue
        now = case.score
        change = CaseChange(
            case.id,
            was.headline,
            now.headline,
            fixed=[p for p in was.problems if p not in now.problems],
            broken=[p for p in now.problems if p not in was.problems],
        )
        rank_was, rank_now = (was.headline, -len(was.problems)), (now.headline, -len(now.problems))
        if rank_now > rank_was:
            improved.append(change)
        elif rank_now < rank_was:
            regressed.append(change)
    new_ids = {c.id for c in new.cases}
    return Comparison(
        metrics=metrics,
        improved=sorted(improved, key=lambda c: c.old - c.new),
        regressed=sorted(regressed, key=lambda c: c.new - c.old),
        added=sorted(new_ids - before.keys()),
        removed=sorted(before.keys() - new_ids),
    )
