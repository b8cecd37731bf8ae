"""The pipeline: ingest → extract → ground → normalise → summarise, for any backend.

:class:`Pipeline` holds what is worth keeping between documents (settings, backend,
cache, model client); :func:`analyse` is the one-call form.

>>> from communique import analyse
>>> record = analyse("Rabat, 27 janvier 2026 (MAP) - Le ministre ... a reçu mardi ...")  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import time
from typing import Any

from . import __version__, backends, ground, ingest, normalise, summarise
from .backends import Extraction
from .cache import ReplyCache
from .calllog import Call, CallLog, now
from .config import Settings, resolve
from .errors import ConfigError, ModelError, ValidationFailed
from .schema import Analysis, Provenance


class Pipeline:
    """Analyse communiqués with one configuration.

    ``settings`` defaults to :func:`communique.config.resolve` (environment, ``.env``,
    defaults). ``refresh`` ignores cached replies (and replaces them). ``backend``
    replaces the one the settings ask for (the Batch API's results are read by one).
    One pipeline is safe to share between threads, and a batch should share one: its
    model client's retries and rate limits then apply to the batch as a whole.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        refresh: bool = False,
        backend: backends.Backend | None = None,
    ) -> None:
        self.settings = settings or resolve()
        self.cache = ReplyCache(self.settings.cache_dir) if self.settings.cache else None
        self.backend = backend or backends.create(self.settings, cache=self.cache, refresh=refresh)
        log = CallLog(self.settings.data_dir)
        # the offline backend makes no model call: nothing to log
        self.log = log if self.settings.log and log.enabled and self.backend.name != "rules" else None

    def run(self, source: ingest.Source) -> Analysis:
        """Analyse an ingested communiqué."""
        started = time.perf_counter()
        try:
            extraction = self.backend.extract(source)
            problems = [] if extraction.grounded else ground.problems(extraction.draft, source)
            if problems:
                raise ValidationFailed(
                    f"the {self.backend.name} backend produced a record that does not match the text: "
                    + "; ".join(problems[:5]),
                    attempts=extraction.attempts,
                    problems=problems,
                )
        except (ModelError, ConfigError) as exc:  # the endpoint failed, or refused the key or model
            self._log(source, started, failure=exc)
            raise
        record = normalise.analysis(extraction.draft, source)
        if record.summary is None:
            record = record.model_copy(update={"summary": summarise.write(record)})
        prompt = extraction.prompt
        record.provenance = Provenance(
            backend=self.backend.name,
            model=extraction.model,
            endpoint=extraction.endpoint,
            prompt=prompt.ref if prompt else None,
            prompt_sha256=prompt.sha256[:12] if prompt else None,
            cached=extraction.cached,
            attempts=extraction.attempts,
            tokens_in=extraction.tokens_in,
            tokens_out=extraction.tokens_out,
            duration_s=round(time.perf_counter() - started, 3),
            tool_version=__version__,
        )
        self._log(source, started, extraction=extraction)
        return record

    def _log(self, source: ingest.Source, started: float, *, extraction: Extraction | None = None,
             failure: ModelError | ConfigError | None = None) -> None:  # fmt: skip
        """Record a model call in the call log; a log that cannot be written is reported,
        never fatal."""
        if self.log is None:
            return
        prompt = extraction.prompt if extraction else getattr(self.backend, "prompt", None)
        spent = extraction or failure
        attempts = getattr(spent, "attempts", 0)
        if failure is not None:
            outcome, reason = "failed", " ".join(str(failure).split())[:500]
        else:
            reasked = attempts > 1 and not (extraction and extraction.cached)
            outcome, reason = ("reasked" if reasked else "ok"), None
        call = Call(
            time=now(),
            backend=self.backend.name,
            model=(extraction.model if extraction else None) or self.settings.model,
            endpoint=self.settings.endpoint_host,
            prompt=prompt.ref if prompt else None,
            document_id=source.id,
            tokens_in=getattr(spent, "tokens_in", 0),
            tokens_out=getattr(spent, "tokens_out", 0),
            attempts=attempts,
            duration_s=round(time.perf_counter() - started, 3),
            cached=bool(extraction and extraction.cached),
            outcome=outcome,
            reason=reason,
        )
        try:
            self.log.record(call)
        except sqlite3.Error as exc:
            logging.getLogger("communique").warning("could not write the call log %s: %s", self.log.path, exc)

    def analyse(
        self,
        text: str | bytes,
        *,
        id: str | None = None,
        published: dt.date | None = None,
        source: str | None = None,
        url: str | None = None,
        lang: str | None = None,
    ) -> Analysis:
        """Analyse the text (or raw bytes) of one communiqué, with optional front matter.
        Keyword arguments override what the front matter says."""
        known: dict[str, Any] = {"id": id, "published": published, "source": source, "url": url, "lang": lang}
        if isinstance(text, bytes):
            parsed = ingest.read_bytes(text, max_bytes=self.settings.max_bytes, **known)
        else:
            parsed = ingest.parse(text, **known)
        return self.run(parsed)


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
    flags = {"backend": backend, "model": model, "base_url": base_url, "api_key": api_key,
             "prompt": prompt, "cache": cache}  # fmt: skip
    pipeline = Pipeline(resolve(flags))
    return pipeline.analyse(text, id=id, published=published, lang=lang)
