"""A misbehaving endpoint, found from the outside (the forty-eighth adversarial reading):
the real command line against the fake server. (docs/hardening.md lists them.)"""

from __future__ import annotations

import gzip
import json
import time
from typing import Any

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, raw, raw_server, status
from runner import run
from support import GOOD_DRAFT, SECRET, brief_record, completion, model_env

BRIEF = EXAMPLES / "rabat-madrid-fr.txt"
#: The good record, as a model writes it in a tool call's arguments or its text.
GOOD = json.dumps(GOOD_DRAFT)


def _summarise(fake: FakeOpenAI, *args: str, **env: str) -> Any:
    return run("summarise", str(BRIEF), "--no-cache", *args, env=model_env(fake, **env))


def _calls(*arguments: str) -> Any:
    """A reply of one tool call a set of ``arguments``, to the function asked for."""

    def reply(request: Any) -> Any:
        name = request.tool_choice["function"]["name"]
        calls = [{"id": f"t{i}", "type": "function", "function": {"name": name, "arguments": given}}
                 for i, given in enumerate(arguments)]  # fmt: skip
        return raw(json.dumps(completion({"content": None, "tool_calls": calls}, finish="tool_calls")))

    return reply


def test_of_two_tool_calls_the_one_holding_json_is_read(fake_openai: FakeOpenAI) -> None:
    """A broken call, then the record. Was: the first call read alone, `Invalid JSON: EOF
    while parsing an object`, asked again for the whole budget, then the offline reading
    (exit 5)."""
    fake_openai.responder = _calls('{"is_meeting_report": tr', GOOD)
    brief_record(_summarise(fake_openai, "--mode", "tools"))
    assert len(fake_openai.chat_requests) == 1


@pytest.mark.parametrize(
    "arguments", [(GOOD, GOOD), (json.dumps(GOOD),)], ids=["two records", "a string inside a string"]
)
def test_two_records_or_one_encoded_twice_are_read(
    fake_openai: FakeOpenAI, arguments: tuple[str, ...]
) -> None:
    fake_openai.responder = _calls(*arguments)
    brief_record(_summarise(fake_openai, "--mode", "tools"))
    assert len(fake_openai.chat_requests) == 1


def test_a_reply_cut_at_its_length_limit_with_a_valid_looking_prefix_is_read_as_far_as_it_went(
    fake_openai: FakeOpenAI,
) -> None:
    fake_openai.responder = lambda request: raw(
        json.dumps(completion({"content": GOOD[:-40]}, finish="length"))
    )
    result = _summarise(fake_openai, "--mode", "json_object")
    brief_record(result)
    assert "cut off at max_tokens" in result.stderr and len(fake_openai.chat_requests) == 1


@pytest.mark.parametrize(
    ("wait", "least", "said"),
    [
        ("1000000000", 1, "asked to wait 11,574 days, over the retry budget of 3 s: given up"),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 2, "answered 429: fakeserver: HTTP 429"),
    ],
    ids=["10^9 seconds", "a date in the past"],
)
def test_a_retry_after_past_any_use_is_given_up_or_retried_at_once(
    fake_openai: FakeOpenAI, wait: str, least: int, said: str
) -> None:
    """A wait of 31 years is given up at once; one already past, retried at once (within
    the budget: how many times depends on the machine's speed)."""
    fake_openai.responder = lambda request: status(429, headers={"Retry-After": wait})
    started = time.monotonic()
    result = _summarise(fake_openai, COMMUNIQUE_RETRY_SECONDS="3", COMMUNIQUE_STRICT="1")
    assert result.returncode == 1 and said in result.stderr.splitlines()[-1]
    assert len(fake_openai.chat_requests) >= least and time.monotonic() - started < 60
    assert least > 1 or len(fake_openai.chat_requests) == 1


def test_a_401_echoing_the_key_never_shows_it(fake_openai: FakeOpenAI) -> None:
    fake_openai.responder = lambda request: status(
        401, {"error": {"message": f"Incorrect API key provided: {SECRET}. Bearer {SECRET}", "type": "auth"}}
    )
    result = _summarise(fake_openai)
    assert result.returncode == 4 and len(fake_openai.chat_requests) == 1
    assert SECRET[:8] not in result.stderr + result.stdout
    assert "refused the API key (401)" in result.stderr


def test_a_reply_in_utf8_whose_header_says_latin1_is_read_as_utf8(fake_openai: FakeOpenAI) -> None:
    body = json.dumps(completion({"content": GOOD}), ensure_ascii=False).encode("utf-8")
    fake_openai.responder = lambda request: raw(body, content_type="application/json; charset=iso-8859-1")
    result = _summarise(fake_openai, "--mode", "json_object")
    record = brief_record(result)
    assert record.meetings[0].participants[0].title == "ministre de l'Intérieur"


def _answered(reply: bytes) -> tuple[Any, int]:
    """What ``summarise`` of the brief does against a server that sends ``reply`` to every request."""
    with raw_server(reply) as (url, count):
        env = {"COMMUNIQUE_MODEL": "m", "COMMUNIQUE_BASE_URL": url, "OPENAI_API_KEY": SECRET,
               "COMMUNIQUE_RETRY_SECONDS": "2", "COMMUNIQUE_TIMEOUT": "3", "COMMUNIQUE_STRICT": "1"}  # fmt: skip
        return run("summarise", str(BRIEF), "--no-cache", "--mode", "json_object", env=env), count[0]


def _head(*lines: bytes) -> bytes:
    return b"\r\n".join([b"HTTP/1.1 200 OK", b"Content-Type: application/json", *lines, b"", b""])


@pytest.mark.parametrize("short", [True, False], ids=["length too short", "length too long"])
def test_a_gzip_body_lying_about_its_length_is_retried_then_said(short: bool) -> None:
    body = gzip.compress(json.dumps(completion({"content": GOOD})).encode())
    length = len(body) - 50 if short else len(body) + 500
    result, requests = _answered(_head(b"Content-Encoding: gzip", b"Content-Length: %d" % length) + body)
    assert result.returncode == 1 and result.stdout == "" and requests >= 2
    (line,) = [line for line in result.stderr.splitlines() if "error" in line]
    assert line.startswith("communique: error: ") and SECRET[:8] not in result.stderr


def test_a_chunked_body_cut_mid_chunk_is_retried_then_said() -> None:
    body = json.dumps(completion({"content": GOOD})).encode()
    result, requests = _answered(_head(b"Transfer-Encoding: chunked") + b"%x\r\n" % len(body) + body[:200])
    assert result.returncode == 1 and requests >= 2
    assert result.stderr.splitlines()[-1].startswith("communique: error: cannot reach ")
    assert "incomplete chunked read" in result.stderr
