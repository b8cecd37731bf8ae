"""The OpenAI Batch API: a whole batch as one job, its results read back later.

:func:`submit` sends one request per communiqué exactly as the live path would send it
(:meth:`~communique.backends.openai.backend.OpenAIBackend.request`: same messages, same tools or
response format for the mode, same model and sampling), ``custom_id`` the document id:
it uploads them (``files.create``) and starts the job (``batches.create``).
:func:`status` says where a job stands, :func:`results` reads a finished job's output
and error files, and :class:`BatchResults` is a backend that answers each document from
them, validated exactly as a live reply. What a job needs to be read back later (the
documents, the settings) is kept by :mod:`communique.jobs`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from communique.config import redact
from communique.errors import InputError, ModelError, ValidationFailed

if TYPE_CHECKING:
    from communique.backends.base import Extraction
    from communique.backends.openai.backend import OpenAIBackend
    from communique.backends.openai.client import ModelClient
    from communique.schema import Source

#: Batch statuses after which nothing more will come, and results may be read.
FINISHED = ("completed", "expired", "cancelled")


@dataclass(frozen=True)
class Submitted:
    """A job the endpoint accepted."""

    id: str
    input_file_id: str
    #: The structured-output mode its requests were made in.
    mode: str


def submit(backend: OpenAIBackend, sources: list[tuple[str, Source]]) -> Submitted:
    """Submit one request for each ``(custom_id, source)`` as one Batch API job."""
    if not sources:
        raise InputError("no document to submit: none of the inputs could be read")
    lines = [_request_line(doc_id, backend.request(source)) for doc_id, source in sources]
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
        metadata={"tool": "communique", "documents": str(len(sources))},
    )
    return Submitted(str(job.id), str(upload.id), client.mode)


def _request_line(custom_id: str, body: dict[str, Any]) -> str:
    return json.dumps(
        {"custom_id": custom_id, "method": "POST", "url": "/v1/chat/completions", "body": body},
        ensure_ascii=False,
    )


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
                try:
                    result = json.loads(line) if line.strip() else None
                except (ValueError, RecursionError):
                    result = None  # not a result: its document has none, and is said so
                if isinstance(result, dict) and isinstance(result.get("custom_id"), str):
                    lines[result["custom_id"]] = result
    return lines


def _object(value: Any) -> dict[str, Any]:
    """``value`` if it is a JSON object, else an empty one: a result file's fields are
    not trusted to have the shape the Batch API documents."""
    return value if isinstance(value, dict) else {}


class BatchResults:
    """A backend that reads each communiqué from its Batch API result, validated exactly
    as a live reply (see :meth:`~communique.backends.openai.backend.OpenAIBackend.from_completion`)."""

    name = "openai-batch"

    def __init__(self, live: OpenAIBackend, lines: dict[str, dict[str, Any]], *, command: str) -> None:
        self.live, self.lines, self.command = live, lines, command
        self.prompt = live.prompt

    def extract(self, source: Source) -> Extraction:
        rerun = f"re-run it live: {self.command}"
        line = self.lines.get(source.id or "")
        if line is None:
            raise ModelError(f"the batch has no result for it; {rerun}")
        response = _object(line.get("response"))
        if (
            line.get("error")
            or response.get("status_code") != 200
            or not isinstance(response.get("body"), dict)
        ):
            error = _object(line.get("error") or _object(response.get("body")).get("error"))
            code = response.get("status_code") or error.get("code") or "an error"
            message = redact(
                " ".join(str(error.get("message", "no message")).split())[:300], self.live.settings.secrets
            )
            raise ModelError(
                f"the Batch API answered {redact(str(code), self.live.settings.secrets)}: {message}; {rerun}"
            )
        try:
            return self.live.from_completion(source, response["body"])
        except ValidationFailed as exc:
            raise ValidationFailed(f"{exc}; {rerun}", attempts=exc.attempts, problems=exc.problems) from None
        except ModelError as exc:  # of its kind: a refusal (Declined) still gives the offline reading
            raise type(exc)(f"{exc}; {rerun}") from None
