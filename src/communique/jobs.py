"""Batch API jobs: what reading a job's results back takes, kept in the data directory.

:func:`submit` sends a batch through :mod:`communique.backends.openai.batchapi` and
writes a job file: the settings that shaped the requests (never the key), each
document's path or text and a fingerprint of it, and the command that would run the
batch live. :func:`load_job` reads it back; :meth:`Job.items` reads the documents again
(one that changed since is an error); :func:`reader` makes a pipeline whose backend
answers each document from the job's results, so that they go through
:class:`~communique.pipeline.Pipeline` like live replies: validated against the source,
normalised, summarised, recorded with backend ``openai-batch``. A result that fails
validation is that document's error, with how to re-run it live; valid results are
cached, so the live run asks only for the others.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from communique.calllog import CallLog, now
from communique.config import public_url, resolve
from communique.errors import ConfigError, InputError
from communique.export import files
from communique.ingest import inputs
from communique.ingest.parse import iso_date

if TYPE_CHECKING:
    from collections.abc import Sequence

    from communique.backends.openai.backend import OpenAIBackend
    from communique.config import Settings
    from communique.pipeline import Pipeline

#: The settings that shape a request, kept in the job file.
JOB_SETTINGS = (
    "model",
    "base_url",
    "mode",
    "prompt",
    "temperature",
    "max_tokens",
    "max_retries",
    "max_bytes",
    "summaries",
)


def jobs_dir(settings: Settings) -> Path:
    """Where job files are kept: in the data folder, which must be one (a
    :class:`~communique.errors.ConfigError` says why not)."""
    return CallLog(settings.data_dir).usable().directory / "batches"


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def submit(
    pipeline: Pipeline, items: Sequence[inputs.Loaded], *, command: str, overrides: dict[str, str]
) -> str:
    """Submit a request for every readable item as one Batch API job and keep its job
    file; returns the job's id. ``command`` is the live command for the same inputs;
    ``overrides`` the ``published``/``lang`` given for every document."""
    from communique.backends.openai import batchapi

    backend = _model_backend(pipeline)
    ready = [(item.id, item.document, item.source) for item in items if item.source is not None]
    job = batchapi.submit(backend, [(doc_id, source) for doc_id, _, source in ready])
    settings = {name: getattr(backend.settings, name) for name in JOB_SETTINGS}
    settings |= {"mode": job.mode, "prompt": backend.prompt.ref}  # as the requests were made
    if settings["base_url"]:  # its credentials are secrets: kept out, taken again from the configuration
        settings["base_url"] = public_url(settings["base_url"])
    documents = [
        {**document.to_json(), "id": doc_id, "sha256": _sha256(source.text)}
        for doc_id, document, source in ready
    ]
    record = {"id": job.id, "input_file_id": job.input_file_id, "submitted": now(), "command": command,
              "settings": settings, "overrides": overrides, "documents": documents}  # fmt: skip
    folder = jobs_dir(backend.settings)
    folder.mkdir(parents=True, exist_ok=True)
    files.write_atomic(
        folder / f"{_safe(job.id)}.json", json.dumps(record, indent=2, ensure_ascii=False) + "\n"
    )
    return job.id


#: The longest job id taken (an endpoint's are some 30 characters; a file name holds 255
#: bytes): a longer one is no id, and is never echoed whole.
JOB_ID_MOST = 200


def _safe(job_id: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "_-" else "_" for ch in job_id)


def _model_backend(pipeline: Pipeline) -> OpenAIBackend:
    from communique.backends.openai.backend import OpenAIBackend

    if not isinstance(pipeline.backend, OpenAIBackend):
        raise ConfigError("the Batch API needs a model: set --model (and --base-url for another endpoint)")
    return pipeline.backend


@dataclass(frozen=True)
class Job:
    """A submitted job, as its job file describes it."""

    id: str
    path: Path
    data: dict[str, Any]

    @property
    def settings(self) -> dict[str, Any]:
        """The settings that shaped its requests. A base URL with credentials, which the job
        file keeps masked, is the configured one (``COMMUNIQUE_BASE_URL``, ``.env``) when it
        is the same URL masked; otherwise a :class:`~communique.errors.ConfigError` says so."""
        settings = dict(self.data["settings"])
        kept = settings.get("base_url")
        if isinstance(kept, str) and "****" in kept:
            configured = resolve().base_url
            if configured is None or public_url(configured) != kept:
                raise ConfigError(
                    f"batch job {self.id} was submitted to {kept}, whose credentials the job file does not keep: "
                    "set COMMUNIQUE_BASE_URL to that URL again"
                )
            settings["base_url"] = configured
        return settings

    def items(self) -> list[inputs.Loaded]:
        """Its documents read again, with their ids at submission; one that changed since
        carries an error."""
        overrides = self.data.get("overrides") or {}
        published = overrides.get("published")
        documents = [inputs.Document.from_json(d) for d in self.data["documents"]]
        loaded = inputs.load_all(
            documents,
            max_bytes=int(self.settings.get("max_bytes") or 1_000_000),
            published=iso_date(published, what="the job file's published") if published else None,
            lang=overrides.get("lang"),
        )
        return [
            self._as_submitted(item, kept) for item, kept in zip(loaded, self.data["documents"], strict=True)
        ]

    def _as_submitted(self, item: inputs.Loaded, kept: dict[str, Any]) -> inputs.Loaded:
        """``item`` with the id it was submitted under, or an error if it changed since."""
        if item.source is None:
            return item
        if _sha256(item.source.text) != kept["sha256"]:
            changed = f"{item.document.origin} changed since the batch was submitted; run it live: {self.data['command']}"
            return replace(item, source=None, error=InputError(changed))
        return replace(item, source=replace(item.source, id=kept["id"]))


def load_job(settings: Settings, job_id: str) -> Job:
    """The job file of ``job_id``, from the data directory."""
    if not isinstance(job_id, str):  # (a library caller's None or number)
        raise InputError(
            f"a batch job id is text, not {type(job_id).__name__}: give the id 'summarise --batch-api' printed"
        )
    if not job_id.strip() or len(job_id) > JOB_ID_MOST:
        shown = repr(job_id[:40] + "…") if len(job_id) > 40 else repr(job_id)
        raise InputError(
            f"{shown} ({len(job_id):,} characters) is no batch job id: give the id 'summarise --batch-api' printed"
        )
    path = jobs_dir(settings) / f"{_safe(job_id)}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(
            f"no batch job {job_id} in {path.parent} (was it submitted with another COMMUNIQUE_DATA_DIR?)"
        ) from None
    except (OSError, ValueError) as exc:
        raise InputError(
            f"cannot read the job file {path}: {getattr(exc, 'strerror', None) or exc}"
        ) from None
    if not _is_job(data):
        raise InputError(f"the job file {path} is not one communique wrote (edited, or another program's)")
    return Job(job_id, path, data)


def _is_job(data: Any) -> bool:
    """Whether ``data`` has the shape of what :func:`submit` writes."""
    return (
        isinstance(data, dict)
        and isinstance(data.get("id"), str)
        and isinstance(data.get("command"), str)
        and isinstance(data.get("settings"), dict)
        and isinstance(data.get("overrides", {}), dict)
        and isinstance(data.get("documents"), list)
        and all(isinstance(d, dict) and isinstance(d.get("id"), str) and isinstance(d.get("sha256"), str)
                for d in data["documents"])
    )  # fmt: skip


def reader(job: Job, settings: Settings) -> Pipeline:
    """A pipeline that reads the documents of a finished job from its results. Valid
    results go to the reply cache, as live replies do."""
    from communique.backends.openai.backend import OpenAIBackend
    from communique.backends.openai.batchapi import BatchResults, results, status
    from communique.cache import ReplyCache
    from communique.pipeline import Pipeline

    live = OpenAIBackend(settings, cache=ReplyCache(settings.cache_dir) if settings.cache else None)
    lines = results(live.client, status(live.client, job.id))
    # a document the job has no result for is said so, to run again (it asks no endpoint)
    return Pipeline(
        settings, backend=BatchResults(live, lines, command=job.data["command"]), offline_on_fault=False
    )
