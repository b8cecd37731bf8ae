"""The OpenAI Batch API end to end on the loopback fake: submit, status, fetch into the
same outputs as a live batch, an invalid result into the errors file, and the live
re-run that asks only for it."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from fakeserver import FakeOpenAI, chat_auto
from runner import run
from support import GOOD_DRAFT, assert_no_secret, corpus, document_id, env, ids_of, requested, with_name

from communique.backends.openai.batchapi import BatchResults, Status, results
from communique.errors import ModelError
from communique.ingest import parse
from communique.schema import Analysis


def uploaded_requests(fake: FakeOpenAI) -> list[dict]:
    (upload,) = [f for f in fake.files.values() if f["purpose"] == "batch"]
    return [json.loads(line) for line in upload["content"].decode().splitlines()]


def test_submit_status_fetch(fake_openai: FakeOpenAI, tmp_path: Path, isolated_environment: Path) -> None:
    ids = corpus(tmp_path / "briefs", 4)
    submitted = run("summarise", str(tmp_path / "briefs"), "--batch-api", env=env(fake_openai))
    assert submitted.returncode == 0, submitted.stderr
    job = submitted.stdout.strip()
    assert job.startswith("batch_") and f"communique batch status {job}" in submitted.stderr
    assert fake_openai.chat_requests == []  # nothing asked live
    requests = uploaded_requests(fake_openai)
    assert [r["custom_id"] for r in requests] == ids
    assert {(r["method"], r["url"]) for r in requests} == {("POST", "/v1/chat/completions")}

    # each request is the one the live path sends, byte for byte, but for streaming its reply
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    live = run("summarise", str(tmp_path / "briefs" / "brief-002.txt"), "--no-cache", env=env(fake_openai))
    assert live.returncode == 0, live.stderr
    streamed = fake_openai.chat_requests[-1].json
    assert streamed.pop("stream") is True and streamed.pop("stream_options") == {"include_usage": True}
    assert requests[2]["body"] == streamed
    assert requests[2]["body"]["tools"][0]["function"]["name"] == "ModelDraft"

    early = run("batch", "fetch", job, env=env(fake_openai))
    assert early.returncode == 1 and "fetch it later" in early.stderr and early.stderr.count("\n") == 1
    status = run("batch", "status", job, env=env(fake_openai))
    assert status.returncode == 0 and status.stdout.split()[:2] == [job, "finalizing"]

    # the endpoint answers the batch: one result is not JSON, one names someone absent from the text
    fake_openai.reset()
    answers = {"brief-001": "{not json", "brief-002": with_name("Lars Jensen")}
    fake_openai.responder = lambda request: chat_auto(answers.get(document_id(request), GOOD_DRAFT))
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    fetched = run("batch", "fetch", job, "-o", str(out), "--errors", str(errors), env=env(fake_openai))
    assert fetched.returncode == 5, fetched.stderr  # done, one with problems: never nothing
    assert len(fake_openai.batch_requests) == 4 and fake_openai.chat_requests == []
    assert ids_of(out) == ids
    records = [Analysis.model_validate_json(line) for line in out.read_text().splitlines()]
    unread = next(r for r in records if r.document.id == "brief-001")
    assert unread.provenance is not None and unread.provenance.status == "problems"
    assert unread.meetings and unread.provenance.problems[0].endswith(
        "the record is the offline reading of the text"
    )
    assert {r.provenance.backend for r in records if r.provenance} == {"openai-batch"}
    assert (
        records[0].meetings[0].parties == ["ES", "MA"] and records[0].summary is not None
    )  # normalised, summarised
    repaired = next(r for r in records if r.document.id == "brief-002")
    assert repaired.provenance is not None and repaired.provenance.status == "repaired"
    assert "Lars Jensen" not in repaired.model_dump_json(exclude={"provenance"})
    (failure,) = [json.loads(line) for line in errors.read_text().splitlines()]
    assert (
        failure["id"] == "brief-001" and failure["status"] == "problems" and "validation" in failure["reason"]
    )
    assert "the record is the offline reading of the text" in failure["reason"]
    assert (
        "re-run it live: communique summarise" in failure["reason"]
        and "--model fake-model" in failure["reason"]
    )

    # the same outputs as a live batch: fetch into SQLite too
    database = tmp_path / "out.db"
    assert (
        run("batch", "fetch", job, "-f", "sqlite", "-o", str(database), "-q", env=env(fake_openai)).returncode
        == 5
    )

    # run live as told: the valid results come from the cache, only the unread one is asked again
    # (its record, the offline reading's, was not kept)
    fake_openai.reset()
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    rerun = run(
        "summarise", str(tmp_path / "briefs"), "-o", str(tmp_path / "live.jsonl"), env=env(fake_openai)
    )
    assert rerun.returncode == 0, rerun.stderr
    assert requested(fake_openai) == ["brief-001"]
    assert ids_of(tmp_path / "live.jsonl") == ids
    assert_no_secret(tmp_path, isolated_environment)
    (job_file,) = (isolated_environment / "data" / "batches").glob("*.json")
    kept = json.loads(job_file.read_text())
    assert kept["settings"]["model"] == "fake-model" and "api_key" not in json.dumps(kept)


def test_batch_api_from_jsonl(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    from support import BRIEF_NO_ID as BRIEF

    lines = [
        json.dumps({"id": "a", "text": BRIEF + "\nUn."}),
        "not json",
        json.dumps({"id": "b", "text": BRIEF}),
    ]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n")
    submitted = run(
        "summarise", "--jsonl", str(tmp_path / "in.jsonl"), "--batch-api", "-q", env=env(fake_openai)
    )
    assert submitted.returncode == 1  # the broken line is reported; the others are submitted
    assert [r["custom_id"] for r in uploaded_requests(fake_openai)] == ["a", "b"]
    assert "in.jsonl line 2 is not valid JSON" in submitted.stderr
    fake_openai.batch_statuses = ["completed"]
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    fetched = run("batch", "fetch", submitted.stdout.strip(), "-q", env=env(fake_openai))
    assert fetched.returncode == 0, fetched.stderr
    assert [json.loads(line)["document"]["id"] for line in fetched.stdout.splitlines()] == ["a", "b"]


def test_batch_api_needs_a_model_and_a_known_job(tmp_path: Path) -> None:
    corpus(tmp_path / "briefs", 2)
    offline = run("summarise", str(tmp_path / "briefs"), "--batch-api", "-q")
    assert offline.returncode == 4 and "the Batch API needs a model" in offline.stderr
    unknown = run("batch", "status", "batch_nope")
    assert unknown.returncode == 3 and "no batch job batch_nope" in unknown.stderr
    assert unknown.stderr.count("\n") == 1


def test_a_result_file_of_the_wrong_shape_is_read_for_what_it_holds() -> None:
    """Lines that are not JSON, not objects, or without a ``custom_id``; results whose
    response, body or error are not objects: each document is an error of its own
    (no result, or what the Batch API answered), never an internal error."""
    lines = [
        "{not json",
        "[1, 2]",
        '{"custom_id": 7}',
        "[" * 100_000,
        json.dumps({"custom_id": "a", "response": "nope"}),
        json.dumps({"custom_id": "b", "response": {"status_code": 200, "body": "text"}}),
        json.dumps({"custom_id": "c", "error": "quota"}),
        json.dumps({"custom_id": "d", "response": {"status_code": 500, "body": {"error": ["x"]}}}),
    ]

    class Client:
        def openai(self) -> Any:
            return SimpleNamespace(files=SimpleNamespace(content=None))

        def api(self, call: Any, file_id: str) -> Any:
            return SimpleNamespace(text="\n".join(lines))

    state = Status("batch_1", "completed", 8, 8, 0, "file_out", None)
    found = results(Client(), state)  # type: ignore[arg-type]
    assert sorted(found) == ["a", "b", "c", "d"]
    reader = BatchResults(
        SimpleNamespace(prompt=None, settings=SimpleNamespace(api_key=None, secrets=())), found, command="x"
    )  # type: ignore[arg-type]
    for document in ("a", "b", "c", "d", "e"):
        with pytest.raises(ModelError) as caught:
            reader.extract(parse("Le ministre a reçu hier son homologue espagnol à Rabat.", id=document))
        assert ("no result for it" if document == "e" else "the Batch API answered") in str(caught.value)
