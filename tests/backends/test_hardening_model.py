"""Model-side faults through the command line, against the loopback fake: each is
survived (retried, each retry said in one line, then a record) or reported in one line
with exit 1 (or 4 for a refused key), never with a traceback, and logged."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, chat_auto, chat_json, delay, drop, refusal, status
from runner import run
from support import GOOD_DRAFT, SECRET, model_env, refused_port

from communique.schema import Analysis

BRIEF = str(EXAMPLES / "rabat-madrid-fr.txt")
#: What is said of a retry.
RETRY = re.compile(
    r"communique: 127\.0\.0\.1:\d+ (answered \d+|sent nothing for 1 s|dropped the connection.*); "
    r"retrying in \d+\.\d s \(attempt \d\)"
)
SURVIVED = {
    "429 with Retry-After": status(429, headers={"Retry-After": "1"}),
    "429 without Retry-After": status(429),
    "500": status(500),
    "502": status(502),
    "503": status(503, headers={"Retry-After": "0"}),
    "read timeout": delay(3, chat_auto(GOOD_DRAFT)),
    "connection reset": drop(reset=True),
    "connection closed": drop(),
}


@pytest.mark.parametrize("fault", list(SURVIVED), ids=list(SURVIVED))
def test_transient_fault_is_survived(fake_openai: FakeOpenAI, fault: str) -> None:
    fake_openai.enqueue(SURVIVED[fault], chat_auto(GOOD_DRAFT))
    result = run(
        "summarise", BRIEF, env=model_env(fake_openai, COMMUNIQUE_MODE="tools", COMMUNIQUE_TIMEOUT="1")
    )
    assert result.returncode == 0, result.stderr
    (said,) = result.stderr.splitlines()
    assert RETRY.fullmatch(said) and said.endswith("(attempt 2)"), said
    record = Analysis.model_validate_json(result.stdout)
    assert record.provenance is not None and record.provenance.attempts == 1  # retried, not re-asked
    assert len(fake_openai.requests) == 2


FAILED: dict[str, tuple[Any, int, str]] = {
    "not JSON, every time": (chat_json("this is not json"), 1, "failed validation after 3 attempt(s)"),
    "JSON that fails the schema, every time": (chat_json({"meetings": "many"}), 1, "failed validation"),
    "a refusal": (refusal("I can't help with that."), 1, "the model refused"),
    "a reply cut off before anything readable": (chat_json('{"is_meeting_report": tr', finish_reason="length"), 1,
                                                "cut off at the token limit"),
    "persistent 429": (status(429, headers={"Retry-After": "1"}), 1, "answered 429"),
    "persistent 503": (status(503), 1, "answered 503"),
    "a refused key": (status(401, body={"error": {"message": f"Incorrect API key provided: {SECRET}"}}), 4, "refused the API key"),
    "an unknown model": (status(404), 4, "does not know model"),
}  # fmt: skip


@pytest.mark.parametrize("fault", list(FAILED), ids=list(FAILED))
def test_fault_is_reported_in_one_line(fake_openai: FakeOpenAI, fault: str) -> None:
    reply, code, words = FAILED[fault]
    fake_openai.responder = lambda request: reply
    started = time.monotonic()
    # strict: a reply that cannot be read is said as the error (by default the offline reading
    # makes the record: see test_never_nothing)
    env = model_env(fake_openai, COMMUNIQUE_MODE="tools", COMMUNIQUE_RETRY_SECONDS="3", COMMUNIQUE_STRICT="1")
    result = run("summarise", BRIEF, env=env)
    assert result.returncode == code, result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr
    *retries, error = result.stderr.splitlines()
    assert all(RETRY.fullmatch(line) for line in retries), retries  # transient faults: each retry said
    assert error.startswith("communique: error: ") and words in error, error
    assert SECRET not in result.stderr
    assert time.monotonic() - started < 30
    calls = json.loads(run("logs", "--json").stdout)["calls"]
    assert calls and calls[0]["outcome"] == "failed" and SECRET not in json.dumps(calls)
    assert calls[0]["attempts"] >= 1  # the failed ask counts, retried or not


def test_endpoint_down_at_start(tmp_path: Path) -> None:
    with refused_port() as down:
        result = run("summarise", BRIEF, env={"COMMUNIQUE_MODEL": "m", "COMMUNIQUE_BASE_URL": down})
    assert result.returncode == 4 and result.stdout == ""
    assert result.stderr.startswith("communique: error: nothing listens on 127.0.0.1:")
    assert result.stderr.endswith("; start the server or check --base-url\n")


def test_nothing_lost_when_a_later_reply_fails(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    """A reply that was paid for stays in the cache even if the next run's call fails."""
    env = model_env(fake_openai, COMMUNIQUE_MODE="tools", COMMUNIQUE_RETRY_SECONDS="1")
    fake_openai.enqueue(chat_auto(GOOD_DRAFT))
    first = run("summarise", BRIEF, "-o", str(tmp_path / "a.json"), env=env)
    assert first.returncode == 0
    fake_openai.responder = lambda request: status(500)
    again = run("summarise", BRIEF, "-o", str(tmp_path / "b.json"), env=env)  # answered from the cache
    assert again.returncode == 0 and len(fake_openai.requests) == 1
    assert json.loads((tmp_path / "b.json").read_text())["provenance"]["cached"] is True
