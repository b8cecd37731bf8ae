"""Replies of a hostile or sloppy server found from the outside (the twenty-eighth
adversarial reading). (docs/hardening.md lists them.)"""

from __future__ import annotations

import copy
import importlib
import json

import openai
import pytest
from communique import config, text
from communique.backends.openai import retry, transport
from fakeserver import FakeOpenAI, chat_auto, chat_json, chat_tool, raw, status
from runner import run
from support import GOOD_DRAFT, SECRET, brief_record, env, model_env
from test_faults22 import BRIEF_PATH, sse

_ERROR_EVENT = b'data: {"error": {"message": "upstream overloaded", "type": "server_error"}}\n\n'


@pytest.mark.parametrize(
    "after",
    [
        _ERROR_EVENT + b"data: [DONE]\n\n",
        _ERROR_EVENT,
        b"data: {not json\n\ndata: [DONE]\n\n",
        b'data: {"choices": "broken"}\n\n',
    ],
    ids=[
        "an error event, then [DONE]",
        "an error event, the end",
        "an event not JSON",
        "a chunk of no shape",
    ],
)
def test_what_a_stream_sends_after_a_complete_reply_never_loses_it(
    fake_openai: FakeOpenAI, after: bytes
) -> None:
    """Was: an error event of a proxy (or an event that is not JSON) after the chunk that
    gave the reply's finish_reason made the whole reply unreadable: asked again three
    times, paid for each, then `could not be read, after retries: the endpoint sent an
    error: upstream overloaded`."""
    fake_openai.responder = lambda request: raw(sse(GOOD_DRAFT) + after, content_type="text/event-stream")
    brief_record(run("summarise", BRIEF_PATH, "--no-cache", env=env(fake_openai)))
    assert len(fake_openai.chat_requests) == 1


def test_an_error_event_before_the_reply_is_written_is_still_said() -> None:
    pieces = [b'data: {"choices": [{"index": 0, "delta": {"content": "{"}}]}\n\n', _ERROR_EVENT]
    reply = transport._Reply()
    with pytest.raises(openai.APIConnectionError, match="upstream overloaded"):
        for event in transport._events(pieces, None, lambda: reply.written):
            reply.add(event, None)


def test_a_number_of_thousands_of_digits_leaves_the_reply_readable(fake_openai: FakeOpenAI) -> None:
    """Python makes no int of more than 4,300 digits, and json then refuses the whole text.
    Was: a stream whose usage held such a number `an event of the stream is not JSON`, a
    reply with one in a field of its own `is_meeting_report: Field required` (the first
    object inside it read instead), three paid attempts each, then the error."""
    huge = "9" * 5000
    body = sse(GOOD_DRAFT) + f'data: {{"choices": [], "usage": {{"prompt_tokens": {huge}}}}}\n\n'.encode()
    fake_openai.responder = lambda request: raw(body, content_type="text/event-stream")
    brief_record(run("summarise", BRIEF_PATH, "--no-cache", env=env(fake_openai)))
    assert len(fake_openai.chat_requests) == 1


def test_a_number_of_thousands_of_digits_in_a_field_leaves_the_reply_readable(
    fake_openai: FakeOpenAI,
) -> None:
    huge = "9" * 5000
    fake_openai.responder = lambda request: chat_auto(json.dumps(GOOD_DRAFT)[:-1] + f', "x": {huge}}}')
    brief_record(run("summarise", BRIEF_PATH, "--no-cache", env=env(fake_openai)))
    assert len(fake_openai.chat_requests) == 1
    assert transport.whole_number("-" + huge) == float("-inf") and transport.whole_number("12") == 12


#: The HTTP library the openai client uses (whatever this installation names it).
httpx = importlib.import_module(openai.DefaultHttpxClient.__mro__[1].__module__.split(".")[0])


def _rate_limited(retry_after: str) -> openai.RateLimitError:
    request = httpx.Request("POST", "http://127.0.0.1:1/v1/chat/completions")
    response = httpx.Response(429, headers={"Retry-After": retry_after}, request=request)
    return openai.RateLimitError("rate limited", response=response, body=None)


@pytest.mark.parametrize("retry_after", ["0", "0.001", "Thu, 01 Jan 2015 00:00:00 GMT", "2"])
def test_a_retry_after_of_no_wait_is_backed_off_from(retry_after: str) -> None:
    """Was: `Retry-After: 0`, or a date gone by, taken at its word: each of the eight
    attempts sent at once, a storm of 429 answered in 10 ms."""
    slept: list[float] = []
    now = [0.0]

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    def call() -> None:
        raise _rate_limited(retry_after)

    wrapped = retry.with_retries(call, total_seconds=1000, sleep=sleep, clock=lambda: now[0])
    with pytest.raises(openai.RateLimitError):
        wrapped()
    waits = [s for s in slept if s > 0]
    assert len(waits) >= retry.MAX_ATTEMPTS - 1
    if retry_after == "2":
        assert all(wait == 2.0 for wait in waits)  # a wait asked for is honoured as asked
    else:
        assert all(wait >= 0.25 for wait in waits) and sum(waits) > 5


def test_a_server_message_loses_its_escape_sequences_whole(fake_openai: FakeOpenAI) -> None:
    """Was: only their control characters removed, `]0;pwn` and `[2J` left as words of
    the error (`answered 400: ]0;pwn bad request [2J`)."""
    message = f"\x1b]0;pwn\x07bad request \x1b[2J\x1b]8;;http://evil.example/\x07click\x1b]8;;\x07 {SECRET}"
    fake_openai.enqueue(status(400, body={"error": {"message": message}}))
    result = run("summarise", BRIEF_PATH, "--no-cache", env=env(fake_openai))
    assert result.returncode == 1
    line = result.stderr.strip()
    assert line == f"communique: error: 127.0.0.1:{fake_openai.port} answered 400: bad request click ****"
    assert text.one_line("a\x9b31mb \x1b[1;31mc") == "ab c"
    assert text.ESCAPE_SEQUENCE.pattern == config.ESCAPE_SEQUENCE.pattern


def test_a_complete_reply_is_kept_by_the_library_too() -> None:
    """The same, through the transport alone: the reply, its usage estimated."""
    draft = copy.deepcopy(GOOD_DRAFT)
    reply = transport._Reply()
    for event in transport._events([sse(draft), _ERROR_EVENT], None, lambda: reply.written):
        reply.add(event, None)
    completion = reply.completion(None, 10)
    assert json.loads(completion.choices[0].message.tool_calls[0].function.arguments) == draft


@pytest.mark.parametrize("mode", ["json_schema", "json"])
def test_a_record_given_as_a_tool_call_where_json_was_asked_for_is_read(
    fake_openai: FakeOpenAI, mode: str
) -> None:
    """Was: `the model's reply failed validation after 3 attempt(s): Invalid JSON: EOF while
    parsing a value at line 1 column 0`: the record was there, in the tool call."""
    fake_openai.responder = lambda request: chat_tool(GOOD_DRAFT, name="ModelDraft")
    brief_record(run("summarise", BRIEF_PATH, "--no-cache", env=model_env(fake_openai, COMMUNIQUE_MODE=mode)))
    assert len(fake_openai.chat_requests) == 1


def test_a_reply_of_nothing_is_said_as_such(fake_openai: FakeOpenAI) -> None:
    """Was: `Invalid JSON: EOF while parsing a value at line 1 column 0` for a message of
    no content, no refusal and no tool call."""
    fake_openai.responder = lambda request: chat_json("")
    result = run(
        "summarise",
        BRIEF_PATH,
        "--no-cache",
        env=model_env(fake_openai, COMMUNIQUE_MODE="json", COMMUNIQUE_MAX_RETRIES="0"),
    )
    assert result.returncode == 1
    assert result.stderr.strip().endswith("the reply is empty: no text and no tool call")
