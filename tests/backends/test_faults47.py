"""The model client against a misbehaving server (the forty-seventh adversarial reading).
(docs/hardening.md lists them.)"""

from __future__ import annotations

import copy
import json
import time
from typing import Any

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, _body, _resolve, chat_auto, raw, trickle
from runner import run
from support import GOOD_DRAFT, SECRET, brief_record, model_env, refused_as_no_api

BRIEF = EXAMPLES / "rabat-madrid-fr.txt"


def _summarise(fake: FakeOpenAI, *args: str, **env: str) -> Any:
    return run("summarise", str(BRIEF), "--no-cache", *args, env=model_env(fake, **env))


def _stream(request: Any) -> bytes:
    """The events of a good reply to ``request``, as the fake server streams them."""
    made, _ = _resolve(chat_auto(GOOD_DRAFT), request)
    body, _ = _body(made, request)
    return body


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        (raw("OK", content_type="text/plain"), "200 with text that is no JSON (text/plain: 'OK')"),
        (raw("Hello from the load balancer\n"), "200 with text that is no JSON (application/json: 'Hello from the load balancer')"),
        (raw(b"", status=204, content_type=""), "204 with no body"),
        (raw("<html><head><title>Sign in</title></head><body></body></html>", content_type="text/event-stream"),
         "200 with an HTML page titled 'Sign in' ("),
        (raw("data: <!DOCTYPE html>\ndata: <html><head><title>Portail</title></head></html>\n\n", content_type="text/event-stream"),
         "200 with an HTML page titled 'Portail'"),
        (raw("Service ready\n", content_type="text/event-stream"), "200 with text that is no event ('Service ready') as an event stream"),
        (raw("null"), "200 with JSON that is no chat completion ('null')"),
    ],
    ids=["text/plain OK", "text said to be JSON", "204 no content", "a page as a stream",
         "a page in data lines", "text as a stream", "JSON null"],
)  # fmt: skip
def test_a_reply_that_is_no_openai_answer_fails_at_once(
    fake_openai: FakeOpenAI, reply: Any, said: str
) -> None:
    """Was: retried for the whole retry budget as a reply cut short (`not a chat completion
    (text/plain, 2 bytes: 'OK')`, `the stream ended before the reply was complete`, `an event
    of the stream is not JSON`), then exit 1."""
    line = refused_as_no_api(fake_openai, reply)
    assert line.startswith(
        f"communique: error: {fake_openai.base_url}/chat/completions?api-key=**** is not an OpenAI-compatible API: "
        f"it answered {said}"
    ), line


@pytest.mark.parametrize(
    "reply",
    [
        raw(b""),
        raw('{"id": "chatcmpl-1", "cho'),
        raw(": keep-alive\n\n: keep-alive\n\n", content_type="text/event-stream"),
    ],
    ids=["an empty 200", "a body cut short", "a stream of comments cut short"],
)
def test_a_reply_cut_short_is_still_asked_again(fake_openai: FakeOpenAI, reply: Any) -> None:
    """What a dropped connection leaves is no sign of a wrong endpoint: asked again, and
    the good reply that follows is read."""
    fake_openai.enqueue(reply)
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    brief_record(_summarise(fake_openai))
    assert len(fake_openai.chat_requests) == 2


@pytest.mark.parametrize("kind", ["application/json", "text/plain", ""])
def test_a_stream_labelled_as_something_else_is_read_as_a_stream(fake_openai: FakeOpenAI, kind: str) -> None:
    """A proxy or a server of its own make that streams under another content type. Was:
    `not a chat completion (application/json, … 'data: {"id": …')`, asked again for the
    whole retry budget, then lost."""
    fake_openai.responder = lambda request: raw(_stream(request), content_type=kind)
    brief_record(_summarise(fake_openai))
    assert len(fake_openai.chat_requests) == 1


def _completion(message: dict[str, Any], finish: str = "stop", **extra: Any) -> Any:
    """A reply sent whole: a chat completion of one choice holding ``message``."""
    return raw(json.dumps({"id": "chatcmpl-47", "object": "chat.completion", "created": 1, "model": "m",
                           "choices": [{"index": 0, "finish_reason": finish,
                                        "message": {"role": "assistant", **message}}], **extra}))  # fmt: skip


def test_content_given_as_a_list_of_text_parts_is_read(fake_openai: FakeOpenAI) -> None:
    """As newer APIs and some gateways send it. Was: `the reply's content is a list, not
    text`, asked again for the same list, then the offline reading (exit 5)."""
    parts = [
        {"type": "text", "text": json.dumps(GOOD_DRAFT)[:100]},
        {"type": "text", "text": json.dumps(GOOD_DRAFT)[100:]},
    ]
    fake_openai.responder = lambda request: _completion({"content": parts})
    brief_record(_summarise(fake_openai, "--mode", "json_object"))
    assert len(fake_openai.chat_requests) == 1


def test_tool_arguments_that_are_a_json_string_of_a_list_are_read(fake_openai: FakeOpenAI) -> None:
    def called(request: Any) -> Any:
        name = request.tool_choice["function"]["name"]
        call = {
            "id": "t1",
            "type": "function",
            "function": {"name": name, "arguments": json.dumps([GOOD_DRAFT])},
        }
        return _completion({"content": None, "tool_calls": [call]}, finish="tool_calls")

    fake_openai.responder = called
    result = _summarise(fake_openai, "--mode", "tools")
    brief_record(result)
    assert "came inside a list of one" in result.stderr and len(fake_openai.chat_requests) == 1


def test_a_record_with_a_true_as_text_and_keys_of_its_own_is_read(fake_openai: FakeOpenAI) -> None:
    """Numbers and booleans written as strings, keys no record has: read as the record."""
    draft = copy.deepcopy(GOOD_DRAFT)
    draft["is_meeting_report"] = "true"
    draft["confidence_of_the_model"] = {"overall": "0.9"}
    draft["meetings"][0]["participants"][0]["badge_number"] = 17
    fake_openai.responder = lambda request: _completion({"content": json.dumps(draft)})
    brief_record(_summarise(fake_openai, "--mode", "json_object"))


@pytest.mark.parametrize(
    "usage",
    [{"prompt_tokens": -5, "completion_tokens": "many", "total_tokens": 1e300},
     {"prompt_tokens": 10**30, "completion_tokens": 10**30, "total_tokens": 2 * 10**30}, "lots", [1, 2]],
    ids=["negative and text", "past any count", "text", "a list"],
)  # fmt: skip
def test_a_usage_block_that_lies_counts_nothing_and_breaks_nothing(
    fake_openai: FakeOpenAI, usage: Any
) -> None:
    fake_openai.responder = lambda request: _completion({"content": json.dumps(GOOD_DRAFT)}, usage=usage)
    record = brief_record(_summarise(fake_openai, "--mode", "json_object"))
    assert record.provenance is not None and record.provenance.tokens_in == 0
    logs = run("logs", "--json")
    assert logs.returncode == 0, logs.stderr
    assert [(c["tokens_in"], c["tokens_out"]) for c in json.loads(logs.stdout)["calls"]] == [(0, 0)]


def test_a_reply_that_repeats_the_prompt_is_asked_again_then_the_offline_reading(
    fake_openai: FakeOpenAI,
) -> None:
    fake_openai.responder = lambda request: _completion({"content": request.messages[-1]["content"]})
    result = _summarise(fake_openai, "--mode", "json_object")
    assert result.returncode == 5 and len(fake_openai.chat_requests) == 3, result.stderr
    assert "the record is the offline reading of the text" in result.stderr
    assert json.loads(result.stdout)["meetings"]


def test_an_endless_keepalive_stream_is_stopped_at_the_deadline(fake_openai: FakeOpenAI) -> None:
    """Comments every fraction of a second, never an event: each resets the idle timeout,
    the deadline stops it."""
    fake_openai.responder = lambda request: trickle(
        0.05, raw(b": ping\n\n" * 100_000, content_type="text/event-stream"), piece=8
    )
    started = time.monotonic()
    result = _summarise(fake_openai, "--strict", COMMUNIQUE_DEADLINE="2", COMMUNIQUE_TIMEOUT="1")
    assert result.returncode == 1 and time.monotonic() - started < 30, result.stderr
    assert "produced 0 tokens in 2 s" in result.stderr and len(fake_openai.chat_requests) == 1


@pytest.mark.parametrize("code", [301, 302, 303, 308])
def test_a_redirect_to_another_host_carrying_the_key_is_neither_followed_nor_shown(
    fake_openai: FakeOpenAI, code: int
) -> None:
    elsewhere = f"http://collector.invalid/v1/chat/completions?key={SECRET}"
    fake_openai.responder = lambda request: raw(b"", status=code, headers={"Location": elsewhere})
    result = _summarise(fake_openai)
    assert result.returncode == 4 and len(fake_openai.requests) == 1, result.stderr
    assert (
        f"answered {code}, redirecting to http://collector.invalid/v1/chat/completions?key=****: not followed"
        in result.stderr
    )
    assert SECRET[:8] not in result.stderr


def test_a_reply_of_a_thousand_choices_is_read_by_its_first(fake_openai: FakeOpenAI) -> None:
    choice = {"finish_reason": "stop", "message": {"role": "assistant", "content": json.dumps(GOOD_DRAFT)}}
    body = {"id": "c", "object": "chat.completion", "created": 1, "model": "m",
            "choices": [{"index": n, **choice} for n in range(1000)]}  # fmt: skip
    fake_openai.responder = lambda request: raw(json.dumps(body))
    brief_record(_summarise(fake_openai, "--mode", "json_object"))


def test_a_reply_in_utf16_that_says_so_is_read(fake_openai: FakeOpenAI) -> None:
    body = {"id": "c", "object": "chat.completion", "created": 1, "model": "m", "choices": [
        {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": json.dumps(GOOD_DRAFT)}}]}  # fmt: skip
    fake_openai.responder = lambda request: raw(
        json.dumps(body).encode("utf-16"), content_type="application/json; charset=utf-16"
    )
    brief_record(_summarise(fake_openai, "--mode", "json_object"))
