"""Replies a misbehaving endpoint sends: each is read where it can be (a record wrapped
in a Markdown fence or a sentence, usage of the wrong type), and otherwise said as what
it is, in one line, after the retries: never a traceback, never a megabyte of reply
echoed into a message, never the communiqué sent to an address a redirect names."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, chat_auto, chat_json, raw, status
from runner import run
from support import GOOD_DRAFT, SECRET, model_env

from communique.backends.openai.retry import retry_after
from communique.schema import Analysis
from communique.text import quoted

BRIEF = str(EXAMPLES / "rabat-madrid-fr.txt")
RECORD = json.dumps(GOOD_DRAFT)


def completion(message: Any, usage: Any = None) -> str:
    body = {"id": "c", "object": "chat.completion", "created": 0, "model": "m",
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}], "usage": usage}  # fmt: skip
    return json.dumps(body)


def summarise(fake: FakeOpenAI, *args: str) -> Any:
    return run("summarise", BRIEF, "--no-cache", *args, env=model_env(fake, COMMUNIQUE_RETRY_SECONDS="2"))


@pytest.mark.parametrize(
    "text",
    [f"```json\n{RECORD}\n```", f"Here is the record:\n{RECORD}\nI hope it helps.", RECORD + RECORD],
    ids=["fenced", "in a sentence", "said twice"],
)
def test_a_record_wrapped_in_text_is_read_at_the_first_attempt(fake_openai: FakeOpenAI, text: str) -> None:
    fake_openai.responder = lambda request: chat_json(text)
    result = summarise(fake_openai)
    assert result.returncode == 0, result.stderr
    record = Analysis.model_validate_json(result.stdout)
    assert record.provenance is not None and record.provenance.attempts == 1
    assert len(fake_openai.requests) == 1


def test_usage_of_the_wrong_type_counts_as_none(fake_openai: FakeOpenAI) -> None:
    usage = {"prompt_tokens": "lots", "completion_tokens": -5, "total_tokens": None}
    fake_openai.responder = lambda request: raw(completion({"role": "assistant", "content": RECORD}, usage))
    result = summarise(fake_openai)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    record = Analysis.model_validate_json(result.stdout)
    made = record.provenance
    assert made is not None and (made.tokens_in, made.tokens_out) == (0, 0)


def test_a_choice_without_a_message_is_asked_again_then_said(fake_openai: FakeOpenAI) -> None:
    fake_openai.responder = lambda request: raw(completion(None))
    result = summarise(fake_openai, "--strict")  # said as the error (by default: the offline reading)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1].endswith("the reply has no message"), result.stderr


def test_a_reply_nested_too_deeply_is_the_model_s_fault_not_the_input_s(fake_openai: FakeOpenAI) -> None:
    """Brackets in brackets, a hundred thousand deep, as a record: asked again, then said as
    a reply that cannot be read (was: "the input is too large or too deeply nested", exit 3)."""
    deep = "[" * 100_000 + "]" * 100_000
    fake_openai.responder = lambda request: raw(completion({"role": "assistant", "content": deep}))
    result = summarise(fake_openai, "--strict")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1].endswith("the reply is nested too deeply to read"), result.stderr


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        (raw('{"id": "chatcmpl-1", "cho'), """not a chat completion (application/json, 25 bytes: '{"id": "chatcmpl-1", "cho')"""),
        (raw(b""), "not a chat completion (application/json, 0 bytes)"),
        (raw(json.dumps({"error": {"message": f"upstream failed for {SECRET}"}})),
         "the endpoint sent an error: upstream failed for "),
        (raw(b'{"choices": "\xff\xfe"}'), "not a chat completion (application/json, 17 bytes"),
    ],
    ids=["a body cut short", "nothing", "an error object", "not UTF-8"],
)  # fmt: skip
def test_a_reply_that_is_not_a_completion_is_said_as_such(
    fake_openai: FakeOpenAI, reply: Any, said: str
) -> None:
    fake_openai.responder = lambda request: reply
    result = summarise(fake_openai, "--strict")  # said as the error (by default: the offline reading)
    assert result.returncode == 1 and "Traceback" not in result.stderr and SECRET not in result.stderr
    last = result.stderr.splitlines()[-1]
    assert last.startswith(
        f"communique: error: the replies of {fake_openai.base_url.split('/')[2]} could not be read"
    )
    assert said in last, last
    assert all(
        "retrying" in line and "sent a reply that cannot be read" in line
        for line in result.stderr.splitlines()[:-1]
    )


def test_a_redirect_is_not_followed(fake_openai: FakeOpenAI) -> None:
    elsewhere = "http://collector.invalid/v1/chat/completions"
    fake_openai.responder = lambda request: raw(b"", status=307, headers={"Location": elsewhere})
    result = summarise(fake_openai)
    assert result.returncode == 4, result.stderr
    assert f"answered 307, redirecting to {elsewhere}: not followed" in result.stderr
    assert len(fake_openai.requests) == 1


def test_a_huge_field_is_quoted_short_everywhere(fake_openai: FakeOpenAI) -> None:
    meeting = {**GOOD_DRAFT["meetings"][0], "participants": [{"name": "A" * 200_000}]}
    fake_openai.responder = lambda request: chat_auto({**GOOD_DRAFT, "meetings": [meeting]})
    result = summarise(fake_openai)
    assert result.returncode == 0, result.stderr[:500]
    assert len(result.stdout) < 20_000 and all(len(line) < 1_000 for line in result.stderr.splitlines())
    # and the model is not sent the name back when asked again
    assert all(len(request.body) < 100_000 for request in fake_openai.requests[1:])


@pytest.mark.parametrize("value", ["-5", "nan", "inf", "-inf"])
def test_a_negative_or_endless_retry_after_is_treated_as_absent(value: str) -> None:
    class Fault(Exception):
        response = type("Response", (), {"headers": {"retry-after": value}})()

    assert retry_after(Fault()) is None


def test_a_persistent_fault_with_a_negative_retry_after_backs_off(fake_openai: FakeOpenAI) -> None:
    fake_openai.responder = lambda request: status(503, headers={"Retry-After": "-1"})
    result = summarise(fake_openai)
    assert result.returncode == 5 and len(fake_openai.requests) <= 4  # then the offline reading


def test_quoted_keeps_short_values_and_cuts_long_ones() -> None:
    assert quoted("Ana Ruiz") == "'Ana Ruiz'"
    cut = quoted("x" * 1000)
    assert len(cut) == 80 and cut.startswith("'xxx") and cut.endswith("…'")


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        (raw(b'{"choices": [], "pad": "' + b"A" * 9_000_000 + b'"}'), "the reply is over 8,000,000 bytes"),
        (raw(b"\x00not gzip", headers={"Content-Encoding": "gzip"}), "its body cannot be decoded"),
    ],
    ids=["nine megabytes", "a body that is not what its encoding says"],
)
def test_a_reply_too_big_or_undecodable_is_never_read_whole(
    fake_openai: FakeOpenAI, reply: Any, said: str
) -> None:
    """Neither is retried: the server sends it the same again (was: asked again and read
    again for the whole retry budget, ~90 s by default)."""
    fake_openai.responder = lambda request: reply
    result = run("summarise", BRIEF, "--no-cache", env=model_env(fake_openai, COMMUNIQUE_STRICT="1"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "could not be read: " + said in result.stderr.splitlines()[-1], result.stderr
    assert "(not retried)" in result.stderr.splitlines()[-1] and len(fake_openai.requests) == 1


def test_escape_sequences_a_model_writes_never_reach_the_terminal(fake_openai: FakeOpenAI) -> None:
    trap = "\x1b[2J\x1b]0;owned\x07\u202e"
    summary = {
        "fr": f"Le ministre a reçu son homologue.{trap}",
        "en": f"The minister met his counterpart.{trap}",
    }
    fake_openai.responder = lambda request: chat_auto(
        {"text": f"The minister received his Spanish counterpart.{trap}"}
        if "translat" in json.dumps(request.json).lower()
        else {**GOOD_DRAFT, "summary": summary}
    )
    env = model_env(fake_openai, COMMUNIQUE_RETRY_SECONDS="2")
    for args in (("translate", BRIEF), ("summarise", BRIEF, "-f", "md"), ("summarise", BRIEF, "-f", "text")):
        result = run(*args, "--no-cache", env=env)
        assert "Traceback" not in result.stderr, result.stderr
        assert not any(char in result.stdout + result.stderr for char in "\x1b\x07\u202e"), args


@pytest.mark.parametrize("streamed", [True, False], ids=["streamed", "whole"])
def test_halves_of_utf16_pairs_in_a_reply_are_read_as_characters(
    fake_openai: FakeOpenAI, streamed: bool
) -> None:
    # JSON escapes a character outside the BMP as two halves ("\ud83d\udcf0"), which a
    # stream may send in two events; a lone half is no character, and no UTF-8 (the
    # record, the cache, the call log) could hold it: it was an internal error
    draft = json.loads(RECORD)
    draft["summary"]["en"] += " \ud83d\udcf0 \udc80"
    text = json.dumps(draft)  # the halves as escapes, as a server writes them
    reply = completion({"role": "assistant", "content": text})
    fake_openai.responder = lambda request: chat_json(text) if streamed else raw(reply)
    for _ in range(2):  # the second from the cache
        result = run("summarise", BRIEF, env=model_env(fake_openai, COMMUNIQUE_RETRY_SECONDS="2"))
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
        record = Analysis.model_validate_json(result.stdout)
        assert record.meetings and "\ud83d" not in result.stdout
    assert len(fake_openai.requests) == 1
