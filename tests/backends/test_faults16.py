"""Faults of a misbehaving server found from the outside (the sixteenth adversarial
reading): a reply stopped by the provider's content filter, an account out of credit,
a stream event nested too deep, a ``Retry-After`` date years ahead. Each is one clear
line, at once where waiting or asking again cannot help. Against the loopback fake."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, _completion, chat_auto, raw, status
from runner import run
from support import GOOD_DRAFT, SECRET, corpus, env, ids_of

BRIEF_PATH = str(EXAMPLES / "rabat-madrid-fr.txt")


def one_error(result, code: int) -> str:  # type: ignore[no-untyped-def]
    """The error line of a failed run (exit ``code``, no traceback, no key), after at
    most the lines that say each retry."""
    assert result.returncode == code, result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr and SECRET not in result.stderr
    *retries, line = result.stderr.splitlines()
    assert all(r.startswith("communique: ") and "; retrying in " in r for r in retries), retries
    assert line.startswith("communique: error: "), line
    return str(line)


def filtered(partial: str | None) -> bytes:
    """A completion the provider's content filter stopped, with what was written before."""
    message = {"content": partial} if partial is not None else {"content": None}
    completion = _completion(
        message, finish_reason="content_filter", prompt_tokens=11, completion_tokens=7, model="fake-model"
    )
    return json.dumps(completion).encode()


@pytest.mark.parametrize("partial", [None, '{"is_meeting_report": true, "meetings": [{"kind": "wor'])
def test_a_reply_stopped_by_the_content_filter_is_said_at_once(
    fake_openai: FakeOpenAI, partial: str | None
) -> None:
    """Was: asked three times (each paid, each filtered again), then "Invalid JSON: EOF
    while parsing a value". Strict: by default the record is then the offline reading
    (test_faults53)."""
    fake_openai.responder = lambda request: raw(filtered(partial))
    result = run("summarise", BRIEF_PATH, env=env(fake_openai, COMMUNIQUE_STRICT="1"))
    line = one_error(result, 1)
    assert result.stderr == line + "\n"
    assert "stopped the reply with its content filter (finish_reason=content_filter)" in line
    assert "Invalid JSON" not in line
    assert len(fake_openai.chat_requests) == 1  # not asked again


@pytest.mark.parametrize(
    "reply",
    [
        status(429, {"error": {"message": "You exceeded your current quota, please check your plan and billing "
                               "details.", "type": "insufficient_quota", "param": None, "code": "insufficient_quota"}}),
        status(402, {"error": {"message": "Payment required"}}),
    ],
    ids=["429 insufficient_quota", "402"],
)  # fmt: skip
def test_an_account_out_of_credit_is_a_configuration_error_at_once(fake_openai: FakeOpenAI, reply) -> None:  # type: ignore[no-untyped-def]
    """Was (429): retried for the whole retry budget (90 s by default), each retry said,
    then exit 1 as a model failure; no wait ends a spent quota."""
    fake_openai.responder = lambda request: reply
    result = run("summarise", BRIEF_PATH, env=env(fake_openai, COMMUNIQUE_RETRY_SECONDS="30"))
    line = one_error(result, 4)
    assert "the account's quota or credit is spent" in line and line.endswith(
        "; add credit or use another key"
    )
    assert len(fake_openai.chat_requests) == 1 and result.stderr == line + "\n"  # not retried, no retry said


def test_a_quota_spent_mid_batch_stops_it_and_keeps_what_is_done(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    """As a refused key does: the documents after it would all fail the same way."""
    ids = corpus(tmp_path / "briefs", 6)
    spent = status(
        429, {"error": {"message": "You exceeded your current quota.", "code": "insufficient_quota"}}
    )
    answered: list[int] = []

    def responder(request):  # type: ignore[no-untyped-def]
        answered.append(1)
        return chat_auto(GOOD_DRAFT) if len(answered) <= 2 else spent

    fake_openai.responder = responder
    out = tmp_path / "out.jsonl"
    result = run("summarise", str(tmp_path / "briefs"), "-o", str(out), "-j", "1", env=env(fake_openai))
    line = one_error(result, 4)
    assert "quota or credit is spent" in line and "the batch stopped: 2 done, 4 not done" in line
    assert len(ids_of(out)) == 2 and set(ids_of(out)) < set(ids)
    assert len(fake_openai.chat_requests) == 3  # nothing more was sent after the spent quota


def test_a_stream_event_nested_too_deep_is_an_unreadable_reply_not_a_lost_connection(
    fake_openai: FakeOpenAI,
) -> None:
    """Was: `cannot reach HOST after retries: maximum recursion depth exceeded while
    decoding a JSON array`, as if the network had failed."""
    event = b"data: " + b"[" * 100_000 + b"]" * 100_000 + b"\n\n"
    fake_openai.responder = lambda request: raw(event, content_type="text/event-stream")
    line = one_error(
        run(
            "summarise", BRIEF_PATH, env=env(fake_openai, COMMUNIQUE_RETRY_SECONDS="1", COMMUNIQUE_STRICT="1")
        ),
        1,
    )
    assert line.startswith(
        f"communique: error: the replies of 127.0.0.1:{fake_openai.port} could not be read"
    )
    assert line.endswith("an event of the stream is nested too deeply to read")


def test_a_retry_after_date_years_ahead_is_said_in_days(fake_openai: FakeOpenAI) -> None:
    """Was: `asked to wait 2.29985e+09 s`."""
    fake_openai.responder = lambda request: status(
        429, headers={"Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"}
    )
    line = one_error(run("summarise", BRIEF_PATH, env=env(fake_openai, COMMUNIQUE_STRICT="1")), 1)
    assert "answered 429 and asked to wait " in line and " days, over the retry budget of 3 s" in line
    assert "e+" not in line
