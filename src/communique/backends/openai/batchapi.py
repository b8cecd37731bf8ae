"""The OpenAI Batch API: a whole batch as one job, its results read back later.

:func:`submit` builds one request per communiqué exactly as the live path would send
it (:meth:`~communique.backends.openai.OpenAIBackend.request`: same messages, same tools
or response format for the mode, same model and sampling), ``custom_id`` the document
id, uploads them (``files.create``) and starts the job (``batches.create``). A job file
in the data directory keeps what reading the results back takes: the settings that
shaped the requests (never the key), each document's path or text, and the command
that would run the batch live.

:func:`status` says where a job stands; :func:`reader` reads a finished job's output and
error files into a pipeline whose backend (:class:`BatchResults`) answers each document
from them, so that the results go through :class:`~communique.pipeline.Pipeline` like
live replies: validated against the source, normalised, summarised, recorded with
backend ``openai-batch``. A result that fails validation is that document's error, with how to
re-run it live; valid results are cached, so the live run asks only for the others.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import export, inputs
from .calllog import now
from .errors import ConfigError, InputError, ModelError, ValidationFailed

if TYPE_CHECKING:
    from .backends.base import Extraction
    from .backends.openai import OpenAIBackend
    from .config import Settings
    from .ingest import Source
    from .model import ModelClient
    from .pipeline import Pipeline

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
)
#: Batch statuses after which nothing more will come, and results may be read.
FINISHED = ("completed", "expired", "cancelled")


def jobs_dir(settings: Settings) -> Path:
    """Where job files are kept."""
    return Path(settings.data_dir) / "batches"


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def submit(pipeline: Pipeline, items: list[inputs.Loaded], *, command: str, overrides: dict[str, str]) -> str:
    """Submit a request for every readable item as one Batch API job; returns its id.
    ``command`` is the live command for the same inputs; ``overrides`` the
    ``published``/``lang`` given for every document."""
    backend = _model_backend(pipeline)
    ready = [(item.id, item.document, item.source) for item in items if item.source is not None]
    if not ready:
        raise InputError("no document to submit: none of the inputs could be read")
    lines = [_request_line(doc_id, backend.request(source)) for doc_id, _, source in ready]
    client = backend.client
    api = client.openai()
    upload = client.api(
        api.files.create,
        file=("communique-batch.jsonl", ("\n".join(lines) + "\n").encode("utf-8"), "application/jsonl"),
        purpose="batch",
    )
    job = client.api(
        api.batches.create,
        input_file_id=upload.id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata={"tool": "communique", "documents": str(len(ready))},
    )
    settings = {name: getattr(backend.settings, name) for name in JOB_SETTINGS}
    settings |= {"mode": client.mode, "prompt": backend.prompt.ref}  # as the requests were made
    documents = [
        {**document.to_json(), "id": doc_id, "sha256": _sha256(source.text)}
        for doc_id, document, source in ready
    ]
    record = {"id": job.id, "input_file_id": upload.id, "submitted": now(), "command": command,
              "settings": settings, "overrides": overrides, "documents": documents}  # fmt: skip
    folder = jobs_dir(backend.settings)
    folder.mkdir(parents=True, exist_ok=True)
    export.write_atomic(
        folder / f"{_safe(job.id)}.json", json.dumps(record, indent=2, ensure_ascii=False) + "\n"
    )
    return str(job.id)


def _request_line(custom_id: str, body: dict[str, Any]) -> str:
    return json.dumps(
        {"custom_id": custom_id, "method": "POST", "url": "/v1/chat/completions", "body": body},
        ensure_ascii=False,
    )


def _safe(job_id: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "_-" else "_" for ch in job_id)


def _model_backend(pipeline: Pipeline) -> OpenAIBackend:
    from .backends.openai import OpenAIBackend

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
        """The settings that shaped its requests."""
        return dict(self.data["settings"])

    def items(self) -> list[inputs.Loaded]:
        """Its documents read again, with their ids at submission; one that changed since
        carries an error."""
        overrides = self.data.get("overrides") or {}
        published = overrides.get("published")
        documents = [inputs.Document.from_json(d) for d in self.data["documents"]]
        loaded = inputs.load_all(
            documents,
            max_bytes=int(self.settings.get("max_bytes") or 1_000_000),
            published=dt.date.fromisoformat(published) if published else None,
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
    path = jobs_dir(settings) / f"{_safe(job_id)}.json"
    try:
        return Job(job_id, path, json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise InputError(
            f"no batch job {job_id} in {path.parent} (was it submitted with another COMMUNIQUE_DATA_DIR?)"
        ) from None
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read the job file {path}: {exc}") from None


@dataclass(frozen=True)
class Status:
    """Where a job stands."""

    id: str
    status: str
    total: int
    completed: int
    failed: int
    output_file_id: str | None
    error_file_id: str | None

    @property
    def finished(self) -> bool:
        return self.status in FINISHED

    def __str__(self) -> str:
        return f"{self.id}  {self.status}  {self.completed} of {self.total} done, {self.failed} failed"


def status(client: ModelClient, job_id: str) -> Status:
    """The job's status, as the endpoint reports it."""
    job = client.api(client.openai().batches.retrieve, job_id)
    counts = job.request_counts
    return Status(
        id=job.id,
        status=job.status,
        total=counts.total if counts else 0,
        completed=counts.completed if counts else 0,
        failed=counts.failed if counts else 0,
        output_file_id=job.output_file_id,
        error_file_id=job.error_file_id,
    )


def results(client: ModelClient, state: Status) -> dict[str, dict[str, Any]]:
    """The lines of a finished job's output and error files, by ``custom_id``."""
    if state.status == "failed":
        raise ModelError(f"batch {state.id} failed: the endpoint refused the job; nothing to fetch")
    if not state.finished:
        raise ModelError(
            f"batch {state.id} is {state.status} ({state.completed} of {state.total} done); fetch it later"
        )
    lines: dict[str, dict[str, Any]] = {}
    for file_id in (state.output_file_id, state.error_file_id):
        if file_id:
            content = client.api(client.openai().files.content, file_id)
            for line in content.text.splitlines():
                if line.strip():
                    result = json.loads(line)
                    lines[str(result.get("custom_id"))] = result
    return lines


def reader(job: Job, settings: Settings) -> Pipeline:
    """A pipeline that reads the documents of a finished job from its results. Valid
    results go to the reply cache, as live replies do."""
    from .backends.openai import OpenAIBackend
    from .cache import ReplyCache
    from .pipeline import Pipeline

    live = OpenAIBackend(settings, cache=ReplyCache(settings.cache_dir) if settings.cache else None)
    lines = results(live.client, status(live.client, job.id))
    return Pipeline(settings, backend=BatchResults(live, lines, command=job.data["command"]))


class BatchResults:
    """A backend that reads each communiqué from its Batch API result, validated exactly
    as a live reply (see :meth:`~communique.backends.openai.OpenAIBackend.from_completion`)."""

    name = "openai-batch"

    def __init__(self, live: OpenAIBackend, lines: dict[str, dict[str, Any]], *, command: str) -> None:
        self.live, self.lines, self.command = live, lines, command
        self.prompt = live.prompt

    def extract(self, source: Source) -> Extraction:
        rerun = f"re-run it live: {self.command}"
        line = self.lines.get(source.id or "")
        if line is None:
            raise ModelError(f"the batch has no result for it; {rerun}")
        response = line.get("response") or {}
        if line.get("error") or response.get("status_code") != 200:
            error = line.get("error") or (response.get("body") or {}).get("error") or {}
            code = response.get("status_code") or error.get("code") or "an error"
            raise ModelError(f"the Batch API answered {code}: {error.get('message', 'no message')}; {rerun}")
        try:
            return self.live.from_completion(source, response["body"])
        except ValidationFailed as exc:
            raise ValidationFailed(f"{exc}; {rerun}", attempts=exc.attempts, problems=exc.problems) from None
        except ModelError as exc:
            raise ModelError(f"{exc}; {rerun}") from None
