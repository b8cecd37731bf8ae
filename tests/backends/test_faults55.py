"""A misbehaving endpoint, found from the outside (the fifty-fifth adversarial reading): a
fault that outlives its retries gives the offline reading, never nothing; a batch whose
server is down stops asking it. The real command line against the fake server."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, chat_auto, delay, drop, status
from runner import run
from support import GOOD_DRAFT, SECRET, corpus, model_env

BRIEF = EXAMPLES / "rabat-madrid-fr.txt"
OFFLINE = "the record is the offline reading of the text"
NAMES = ["Abdelouafi Laftit", "Fernando Grande-Marlaska"]

#: Faults that outlive their retries, and what the record's first problem says of each.
TRANSPORT: dict[str, tuple[Any, str]] = {
    "503 every time": (status(503, headers={"Retry-After": "0"}), "answered 503"),
    "500 every time": (status(500), "answered 500"),
    "429 every time": (status(429, headers={"Retry-After": "0"}), "answered 429"),
    "a timeout every time": (delay(3, chat_auto(GOOD_DRAFT)), "did not answer within 1 s"),
    "a connection reset every time": (drop(reset=True), "cannot reach 127.0.0.1"),
    "an error body echoing the key": (
        status(503, body={"error": {"message": f"overloaded, key {SECRET}"}}),
        "answered 503: overloaded, key ****",
    ),
}


def _env(fake: FakeOpenAI, **extra: str) -> dict[str, str]:
    return model_env(
        fake, COMMUNIQUE_MODE="tools", COMMUNIQUE_TIMEOUT="1", COMMUNIQUE_RETRY_SECONDS="2", **extra
    )


@pytest.mark.parametrize("fault", list(TRANSPORT), ids=list(TRANSPORT))
def test_a_fault_that_outlives_its_retries_gives_the_offline_reading(
    fake_openai: FakeOpenAI, fault: str
) -> None:
    """Was: `communique: error: … answered 503`, exit 1 and no record. Now the offline
    reading, the fault first among its problems and on stderr, exit 5, as a decline; not
    cached: the next run, the server back, asks the model and has its record."""
    reply, said = TRANSPORT[fault]
    fake_openai.responder = lambda request: reply
    result = run("summarise", str(BRIEF), env=_env(fake_openai))
    assert result.returncode == 5, result.stderr
    assert "Traceback" not in result.stderr and SECRET[:14] not in result.stdout + result.stderr
    record = json.loads(result.stdout)
    assert [p["name"] for p in record["meetings"][0]["participants"]] == NAMES
    first = record["provenance"]["problems"][0]
    assert said in first and first.endswith(OFFLINE), first
    (line,) = [line for line in result.stderr.splitlines() if "retrying in" not in line]
    assert line.startswith("communique: problems: ") and said in line, line
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    again = run("summarise", str(BRIEF), env=_env(fake_openai))
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["provenance"]["problems"] == []


def test_strict_keeps_a_transport_fault_an_error(fake_openai: FakeOpenAI) -> None:
    fake_openai.responder = lambda request: status(503, headers={"Retry-After": "0"})
    result = run("summarise", str(BRIEF), env=_env(fake_openai, COMMUNIQUE_STRICT="1"))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.splitlines()[-1].startswith("communique: error: 127.0.0.1")


def test_a_refused_key_still_stops_a_batch(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    corpus(tmp_path / "in", 3)
    fake_openai.responder = lambda request: status(401)
    result = run("summarise", str(tmp_path / "in"), "-o", str(tmp_path / "out.jsonl"), env=_env(fake_openai))
    assert result.returncode == 4 and "refused the API key" in result.stderr
    assert "Traceback" not in result.stderr and "read offline" not in result.stderr


def test_a_batch_whose_server_is_down_stops_asking_it_and_reads_the_rest_offline(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    """Was: every document its retries, then exit 1 and no record. Now 3 documents in a
    row failed, the model is asked no more (said once), every document has its offline
    record, and the last line counts them."""
    ids = corpus(tmp_path / "in", 7)
    fake_openai.responder = lambda request: status(503, headers={"Retry-After": "0"})
    out = tmp_path / "out.jsonl"
    result = run("summarise", str(tmp_path / "in"), "-o", str(out), "-j", "1", env=_env(fake_openai))
    assert result.returncode == 5, result.stderr
    asked = {request.json["messages"][-1]["content"][-300:] for request in fake_openai.chat_requests}
    assert len(asked) == 3  # the first three documents only (each with its retries)
    assert result.stderr.count("the model is asked no more") == 1
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["document"]["id"] for r in records] == ids
    assert all(r["provenance"]["problems"][0].endswith(OFFLINE) for r in records)
    assert "not asked: the last 3 documents' requests failed" in records[-1]["provenance"]["problems"][0]
    assert "7 done: 0 clean, 0 repaired, 7 with problems (7 read offline" in result.stderr.splitlines()[-1]


@pytest.mark.parametrize("suffix", ["jsonl", "db"])
def test_resume_asks_the_model_again_for_the_documents_read_offline(
    fake_openai: FakeOpenAI, tmp_path: Path, suffix: str
) -> None:
    """A record that is the offline reading for the model's fault is not the model's
    answer: ``--resume`` does it again (was: kept as done, the model never asked)."""
    ids = corpus(tmp_path / "in", 3)
    out = tmp_path / f"out.{suffix}"
    fake_openai.enqueue(chat_auto(GOOD_DRAFT))
    fake_openai.responder = lambda request: status(503, headers={"Retry-After": "0"})
    first = run("summarise", str(tmp_path / "in"), "-o", str(out), "-j", "1", env=_env(fake_openai))
    assert first.returncode == 5, first.stderr
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    out.chmod(0o640)  # the user's own mode survives the lines dropped
    before = len(fake_openai.chat_requests)
    resumed = run("summarise", str(tmp_path / "in"), "-o", str(out), "--resume", env=_env(fake_openai))
    assert resumed.returncode == 0, resumed.stderr
    assert len(fake_openai.chat_requests) - before == 2  # the two read offline; the first was the model's
    if suffix == "db":
        with sqlite3.connect(out) as db:
            records = [json.loads(row[0]) for row in db.execute("SELECT record FROM documents")]
    else:
        records = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(r["document"]["id"] for r in records) == ids
    assert all(r["provenance"]["problems"] == [] for r in records)
    assert out.stat().st_mode & 0o777 == 0o640
    assert not [p.name for p in out.parent.iterdir() if p.name.endswith(".tmp")]
