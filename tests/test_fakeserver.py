"""Tests for tests/fakeserver.py, driven through the real openai + instructor stack.

Every request goes over real HTTP on 127.0.0.1 (openai 3.x uses httpx2, which
respx cannot intercept), so these also pin down how the client libraries map
server behaviour to exceptions.
"""

from __future__ import annotations

import http.client
import json
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import instructor
import openai
import pytest
from fakeserver import (
    NO_SCRIPT_MESSAGE,
    FakeOpenAI,
    RecordedRequest,
    chat_auto,
    chat_json,
    chat_tool,
    delay,
    drop,
    made,
    raw,
    refusal,
    status,
    trickle,
)
from instructor.core import IncompleteOutputException, InstructorRetryException
from pydantic import BaseModel

MESSAGES = [{"role": "user", "content": "Ada Lovelace is 36."}]
MODES = [instructor.Mode.TOOLS, instructor.Mode.JSON_SCHEMA]


class Person(BaseModel):
    name: str
    age: int


@pytest.fixture
def client(fake_openai: FakeOpenAI) -> openai.OpenAI:
    return openai.OpenAI(base_url=fake_openai.base_url, api_key="sk-test", max_retries=0)


def _instructor(client: openai.OpenAI, mode: instructor.Mode):
    return instructor.from_openai(client, mode=mode)


def _create(client: openai.OpenAI, **kw):
    return client.chat.completions.create(model="fake-model", messages=MESSAGES, **kw)


def _streamed_arguments(client: openai.OpenAI, tools: list[dict]) -> object:
    """The arguments of a tool call streamed in pieces, put together and parsed."""
    args = ""
    for chunk in _create(client, stream=True, tools=tools):
        for ch in chunk.choices:
            for tc in ch.delta.tool_calls or []:
                args += tc.function.arguments or ""
    return json.loads(args)


# ---------------------------------------------------------------------------
# Plain openai client
# ---------------------------------------------------------------------------


def test_base_url_and_models(fake_openai: FakeOpenAI, client: openai.OpenAI) -> None:
    assert fake_openai.base_url == f"http://127.0.0.1:{fake_openai.port}/v1"
    models = client.models.list()
    assert [m.id for m in models.data] == ["fake-model"]
    assert fake_openai.requests[0].method == "GET"
    assert fake_openai.requests[0].path == "/v1/models"


def test_chat_json_reply_and_recorded_request(fake_openai: FakeOpenAI, client) -> None:
    fake_openai.enqueue(chat_json({"name": "Ada", "age": 36}, prompt_tokens=5, completion_tokens=3))
    before = time.monotonic()
    resp = _create(client, temperature=0)
    choice = resp.choices[0]
    assert json.loads(choice.message.content) == {"name": "Ada", "age": 36}
    assert choice.finish_reason == "stop"
    assert resp.model == "fake-model"
    assert (resp.usage.prompt_tokens, resp.usage.completion_tokens, resp.usage.total_tokens) == (
        5,
        3,
        8,
    )

    (req,) = fake_openai.requests
    assert isinstance(req, RecordedRequest)
    assert (req.method, req.path) == ("POST", "/v1/chat/completions")
    assert req.headers["authorization"] == "Bearer sk-test"
    assert req.headers["content-type"] == "application/json"
    assert json.loads(req.body) == req.json
    assert req.json["messages"] == MESSAGES
    assert req.json["temperature"] == 0
    assert req.messages == MESSAGES
    assert before <= req.time <= time.monotonic()


def test_chat_json_text_is_sent_verbatim(fake_openai: FakeOpenAI, client) -> None:
    fake_openai.enqueue(chat_json('{"name": "Ada", '))
    assert _create(client).choices[0].message.content == '{"name": "Ada", '


def test_replies_are_consumed_in_order(fake_openai: FakeOpenAI, client) -> None:
    fake_openai.enqueue(chat_json({"n": 1}), chat_json({"n": 2}), chat_json({"n": 3}))
    assert fake_openai.pending == 3
    got = [json.loads(_create(client).choices[0].message.content)["n"] for _ in range(3)]
    assert got == [1, 2, 3]
    fake_openai.assert_all_consumed()


def test_chat_tool_uses_first_requested_tool_name(fake_openai: FakeOpenAI, client) -> None:
    tools = [
        {"type": "function", "function": {"name": "Person", "parameters": {"type": "object"}}},
        {"type": "function", "function": {"name": "Other", "parameters": {"type": "object"}}},
    ]
    fake_openai.enqueue(chat_tool({"name": "Ada", "age": 36}), chat_tool({"x": 1}, name="Other"))
    msg = _create(client, tools=tools).choices[0].message
    assert msg.content is None
    (call,) = msg.tool_calls
    assert (call.id, call.type, call.function.name) == ("call_1", "function", "Person")
    assert json.loads(call.function.arguments) == {"name": "Ada", "age": 36}
    resp = _create(client, tools=tools)
    assert resp.choices[0].finish_reason == "tool_calls"
    assert resp.choices[0].message.tool_calls[0].function.name == "Other"


def test_chat_auto_follows_the_request(fake_openai: FakeOpenAI, client) -> None:
    tools = [{"type": "function", "function": {"name": "Person", "parameters": {"type": "object"}}}]
    fake_openai.enqueue(chat_auto({"a": 1}), chat_auto({"a": 2}))
    with_tools = _create(client, tools=tools).choices[0]
    assert with_tools.finish_reason == "tool_calls"
    assert with_tools.message.tool_calls[0].function.arguments == '{"a": 1}'
    without = _create(client).choices[0]
    assert without.finish_reason == "stop"
    assert without.message.tool_calls is None
    assert without.message.content == '{"a": 2}'


def test_responder_used_when_queue_empty(fake_openai: FakeOpenAI, client) -> None:
    seen: list[RecordedRequest] = []

    def responder(req: RecordedRequest):
        seen.append(req)
        return chat_json({"echo": req.messages[-1]["content"]})

    fake_openai.enqueue(chat_json({"first": True}))
    fake_openai.responder = responder
    assert json.loads(_create(client).choices[0].message.content) == {"first": True}
    assert json.loads(_create(client).choices[0].message.content) == {"echo": "Ada Lovelace is 36."}
    assert len(seen) == 1


def test_responder_may_return_plain_objects(fake_openai: FakeOpenAI, client) -> None:
    fake_openai.responder = lambda req: {"plain": True}
    assert json.loads(_create(client).choices[0].message.content) == {"plain": True}


def test_unscripted_request_fails_loudly(fake_openai: FakeOpenAI) -> None:
    # even with the client's default retries, the fake says "don't retry"
    client = openai.OpenAI(base_url=fake_openai.base_url, api_key="sk-test")
    with pytest.raises(openai.InternalServerError, match=NO_SCRIPT_MESSAGE):
        _create(client)
    assert len(fake_openai.requests) == 1
    assert len(fake_openai.unscripted) == 1


def test_responder_exception_becomes_500(fake_openai: FakeOpenAI, client) -> None:
    def responder(req):
        raise RuntimeError("boom")

    fake_openai.responder = responder
    with pytest.raises(openai.InternalServerError, match="boom"):
        _create(client)
    assert isinstance(fake_openai.errors[0], RuntimeError)


def test_unknown_path_is_404_json(fake_openai: FakeOpenAI, client) -> None:
    with pytest.raises(openai.NotFoundError) as info:
        client.embeddings.create(model="fake-model", input="x")
    assert "unknown route POST /v1/embeddings" in info.value.message
    assert info.value.body["type"] == "invalid_request_error"


def test_429_rate_limit_with_retry_after(fake_openai: FakeOpenAI, client) -> None:
    fake_openai.enqueue(status(429, headers={"Retry-After": "1"}))
    with pytest.raises(openai.RateLimitError) as info:
        _create(client)
    err = info.value
    assert err.status_code == 429
    assert err.response.headers["retry-after"] == "1"
    assert err.code == "rate_limit_exceeded"
    assert len(fake_openai.requests) == 1


def test_openai_client_retries_429_then_succeeds(fake_openai: FakeOpenAI) -> None:
    client = openai.OpenAI(base_url=fake_openai.base_url, api_key="sk-test", max_retries=1)
    # Retry-After: 0 keeps the test fast; the client honours the header
    fake_openai.enqueue(status(429, headers={"Retry-After": "0"}), chat_json({"ok": True}))
    assert json.loads(_create(client).choices[0].message.content) == {"ok": True}
    assert len(fake_openai.requests) == 2
    assert fake_openai.requests[1].headers["x-stainless-retry-count"] == "1"


def test_500_internal_server_error(fake_openai: FakeOpenAI, client) -> None:
    fake_openai.enqueue(status(500))
    with pytest.raises(openai.InternalServerError) as info:
        _create(client)
    assert info.value.status_code == 500
    assert info.value.body["type"] == "server_error"


def test_status_with_custom_body(fake_openai: FakeOpenAI, client) -> None:
    fake_openai.enqueue(status(400, body={"error": {"message": "bad schema", "type": "x"}}))
    with pytest.raises(openai.BadRequestError, match="bad schema"):
        _create(client)


def test_delay_beyond_timeout_raises_api_timeout(fake_openai: FakeOpenAI) -> None:
    client = openai.OpenAI(base_url=fake_openai.base_url, api_key="sk-test", max_retries=0, timeout=0.2)
    fake_openai.enqueue(delay(3.0, chat_json({"late": True})), chat_json({"ok": True}))
    t0 = time.monotonic()
    with pytest.raises(openai.APITimeoutError):
        _create(client)
    assert time.monotonic() - t0 < 2.5  # well before the reply: room for a loaded machine (was 0.8 of 1 s)
    # the server is still usable afterwards
    assert json.loads(_create(client).choices[0].message.content) == {"ok": True}


def test_delay_within_timeout_adds_latency(fake_openai: FakeOpenAI, client) -> None:
    fake_openai.enqueue(delay(0.15, chat_json({"ok": True})))
    t0 = time.monotonic()
    _create(client)
    assert time.monotonic() - t0 >= 0.15  # (no upper bound: a loaded machine adds its own latency)


@pytest.mark.parametrize("reset", [False, True], ids=["close", "reset"])
def test_drop_raises_api_connection_error(fake_openai: FakeOpenAI, client, reset: bool) -> None:
    fake_openai.enqueue(drop(reset=reset), chat_json({"ok": True}))
    with pytest.raises(openai.APIConnectionError) as info:
        _create(client)
    assert not isinstance(info.value, openai.APITimeoutError)
    assert len(fake_openai.requests) == 1
    # the pool recovers with a fresh connection
    assert json.loads(_create(client).choices[0].message.content) == {"ok": True}


def test_raw_body(fake_openai: FakeOpenAI, client) -> None:
    body = chat_json({"x": 1}).completion
    fake_openai.enqueue(raw(json.dumps(body).encode()))
    assert _create(client).choices[0].message.content == '{"x": 1}'


def test_raw_non_json_body(fake_openai: FakeOpenAI, client) -> None:
    fake_openai.enqueue(raw(b"<html>gateway</html>", status=502, content_type="text/html"))
    with pytest.raises(openai.APIStatusError) as info:
        _create(client)
    assert info.value.status_code == 502
    assert "gateway" in info.value.response.text


def test_refusal_message(fake_openai: FakeOpenAI, client) -> None:
    fake_openai.enqueue(refusal("I can't help with that."))
    msg = _create(client).choices[0].message
    assert msg.refusal == "I can't help with that."
    assert msg.content is None


def test_streaming_json_and_tools(fake_openai: FakeOpenAI, client) -> None:
    fake_openai.enqueue(chat_json({"name": "Ada Lovelace", "age": 36}), chat_auto({"a": 1}))
    stream = _create(client, stream=True, stream_options={"include_usage": True})
    text, usage, finish = "", None, None
    for chunk in stream:
        if chunk.usage:
            usage = chunk.usage
        for ch in chunk.choices:
            text += ch.delta.content or ""
            finish = ch.finish_reason or finish
    assert json.loads(text) == {"name": "Ada Lovelace", "age": 36}
    assert finish == "stop"
    assert usage.total_tokens == 18

    tools = [{"type": "function", "function": {"name": "T", "parameters": {"type": "object"}}}]
    assert _streamed_arguments(client, tools) == {"a": 1}


def test_a_reply_made_once_is_sent_again_as_it_was_made(fake_openai: FakeOpenAI, client) -> None:
    kept: list[object] = []

    def once(request: RecordedRequest) -> object:
        kept.append(kept[0] if kept else made(delay(0.05, chat_auto({"a": 1})), request))
        return kept[-1]

    fake_openai.responder = once
    tools = [{"type": "function", "function": {"name": "T", "parameters": {"type": "object"}}}]
    t0 = time.monotonic()
    for _ in range(2):
        assert _streamed_arguments(client, tools) == {"a": 1}
    assert time.monotonic() - t0 >= 0.1 and kept[0] is kept[1]


def test_trickle_sends_the_body_a_piece_at_a_time(fake_openai: FakeOpenAI) -> None:
    fake_openai.enqueue(trickle(0.001, chat_json({"ok": True}), piece=7))
    connection = http.client.HTTPConnection("127.0.0.1", fake_openai.port)
    connection.request("POST", "/v1/chat/completions", body=b'{"model": "m", "messages": []}')
    response = connection.getresponse()
    pieces = []
    while piece := response.read1(1024):
        pieces.append(piece)
    connection.close()
    body = b"".join(pieces)
    assert json.loads(body)["choices"][0]["message"]["content"] == '{"ok": true}'
    # pieces of 7 bytes (the network may join two that come close together on a busy machine)
    assert len(pieces) > len(body) // 14 and min(map(len, pieces)) <= 7


def test_keep_alive_reuses_one_connection(fake_openai: FakeOpenAI, client) -> None:
    fake_openai.responder = lambda req: chat_json({"ok": True})
    for _ in range(5):
        _create(client)
    ports = {r.client_address[1] for r in fake_openai.requests}
    assert len(ports) == 1


def test_concurrent_requests(fake_openai: FakeOpenAI, client) -> None:
    lock, inflight, peak = threading.Lock(), [0], [0]

    def responder(req: RecordedRequest):
        with lock:
            inflight[0] += 1
            peak[0] = max(peak[0], inflight[0])
        time.sleep(0.1)
        with lock:
            inflight[0] -= 1
        return chat_json({"i": req.json["messages"][0]["content"]})

    fake_openai.responder = responder
    _create(client)  # warm the client up (lazy imports etc.)

    def one(i: int) -> str:
        msgs = [{"role": "user", "content": str(i)}]
        r = client.chat.completions.create(model="m", messages=msgs)
        return json.loads(r.choices[0].message.content)["i"]

    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(one, range(32)))
    assert got == [str(i) for i in range(32)]
    assert len(fake_openai.requests) == 33
    # requests answered side by side, counted rather than timed (was: under 1.2 s, which a
    # loaded machine missed; serial would be 3.2 s)
    assert peak[0] > 1


def test_per_request_overhead_is_small(fake_openai: FakeOpenAI) -> None:
    fake_openai.responder = lambda req: chat_json({"ok": True})
    conn = http.client.HTTPConnection("127.0.0.1", fake_openai.port)
    body = json.dumps({"model": "m", "messages": MESSAGES})
    times = []
    for _ in range(100):
        t0 = time.perf_counter()
        conn.request("POST", "/v1/chat/completions", body, {"Content-Type": "application/json"})
        resp = conn.getresponse()
        assert resp.status == 200
        assert resp.getheader("Content-Length")
        resp.read()
        times.append(time.perf_counter() - t0)
    conn.close()
    assert statistics.median(times) < 0.03  # no 40 ms delayed ACK (Nagle); room for a loaded machine
    assert len({r.client_address for r in fake_openai.requests}) == 1


def test_context_manager_start_stop() -> None:
    with FakeOpenAI() as fake:
        port = fake.port
        fake.enqueue(chat_json({}))
        c = openai.OpenAI(base_url=fake.base_url, api_key="sk-test", max_retries=0, timeout=1)
        _create(c)
    with pytest.raises(openai.APIConnectionError):
        _create(c)
    assert port > 0


# ---------------------------------------------------------------------------
# instructor on top of the real openai client
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.name)
def test_instructor_parses_valid_reply(fake_openai: FakeOpenAI, client, mode) -> None:
    fake_openai.enqueue(chat_auto({"name": "Ada", "age": 36}))
    person = _instructor(client, mode).chat.completions.create(
        model="fake-model", messages=MESSAGES, response_model=Person, max_retries=0
    )
    assert person.model_dump() == {"name": "Ada", "age": 36}

    (req,) = fake_openai.requests
    if mode == instructor.Mode.TOOLS:
        (tool,) = req.json["tools"]
        assert tool["type"] == "function"
        assert tool["function"]["name"] == "Person"
        assert set(tool["function"]["parameters"]["properties"]) == {"name", "age"}
        assert req.json["tool_choice"] == {"type": "function", "function": {"name": "Person"}}
        assert "response_format" not in req.json
    else:
        rf = req.json["response_format"]
        assert rf["type"] == "json_schema"
        assert rf["json_schema"]["name"] == "Person"
        assert set(rf["json_schema"]["schema"]["properties"]) == {"name", "age"}
        assert "tools" not in req.json


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.name)
def test_instructor_reasks_after_malformed_json(fake_openai: FakeOpenAI, client, mode) -> None:
    fake_openai.enqueue(chat_auto('{"name": "Ada", "age": '), chat_auto({"name": "Ada", "age": 36}))
    person = _instructor(client, mode).chat.completions.create(
        model="fake-model", messages=MESSAGES, response_model=Person, max_retries=1
    )
    assert person.model_dump() == {"name": "Ada", "age": 36}
    assert len(fake_openai.requests) == 2
    first, second = (r.json["messages"] for r in fake_openai.requests)
    assert first == MESSAGES
    assert second[: len(MESSAGES)] == MESSAGES
    reask = second[len(MESSAGES) :]
    assert len(reask) == 2
    assert reask[0]["role"] == "assistant"
    if mode == instructor.Mode.TOOLS:
        assert reask[0]["tool_calls"][0]["function"]["arguments"] == '{"name": "Ada", "age": '
        assert reask[1]["role"] == "tool"
        assert reask[1]["tool_call_id"] == "call_1"
    else:
        assert reask[0]["content"] == '{"name": "Ada", "age": '
        assert reask[1]["role"] == "user"
    assert "Invalid JSON" in reask[1]["content"]
    assert "json_invalid" in reask[1]["content"]


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.name)
def test_instructor_reasks_after_validation_error(fake_openai: FakeOpenAI, client, mode) -> None:
    fake_openai.enqueue(chat_auto({"name": "Ada", "age": "old"}), chat_auto({"name": "Ada", "age": 1}))
    person = _instructor(client, mode).chat.completions.create(
        model="fake-model", messages=MESSAGES, response_model=Person, max_retries=1
    )
    assert person.age == 1
    assert "Input should be a valid integer" in fake_openai.requests[1].json["messages"][-1]["content"]


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.name)
def test_instructor_gives_up_after_max_retries(fake_openai: FakeOpenAI, client, mode) -> None:
    fake_openai.responder = lambda req: chat_auto("not json")
    with pytest.raises(InstructorRetryException) as info:
        _instructor(client, mode).chat.completions.create(
            model="fake-model", messages=MESSAGES, response_model=Person, max_retries=2
        )
    # instructor's max_retries=N means N+1 attempts
    assert info.value.n_attempts == 3
    assert len(fake_openai.requests) == 3
    assert info.value.total_usage.total_tokens == 3 * 18


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.name)
def test_instructor_length_finish_raises_incomplete(fake_openai: FakeOpenAI, client, mode) -> None:
    fake_openai.enqueue(chat_auto({"name": "Ada"}, finish_reason="length"))
    with pytest.raises(IncompleteOutputException) as info:
        _instructor(client, mode).chat.completions.create(
            model="fake-model", messages=MESSAGES, response_model=Person, max_retries=2
        )
    assert info.value.last_completion.choices[0].finish_reason == "length"
    assert len(fake_openai.requests) == 1  # not retried


def test_instructor_refusal_tools_mode(fake_openai: FakeOpenAI, client) -> None:
    """TOOLS: the refusal is detected (AssertionError inside instructor) and is not
    retried; it surfaces as InstructorRetryException after one request."""
    fake_openai.enqueue(refusal("I can't help with that."), refusal("no"))
    with pytest.raises(InstructorRetryException) as info:
        _instructor(client, instructor.Mode.TOOLS).chat.completions.create(
            model="fake-model", messages=MESSAGES, response_model=Person, max_retries=1
        )
    assert "Unable to generate a response due to I can't help with that." in str(info.value)
    assert info.value.n_attempts == 1
    assert len(fake_openai.requests) == 1


def test_instructor_refusal_json_schema_mode(fake_openai: FakeOpenAI, client) -> None:
    """JSON_SCHEMA: the refusal field is ignored; content=None is parsed as "" which
    fails JSON validation, so instructor re-asks until max_retries, then raises
    InstructorRetryException whose failed attempts are pydantic ValidationErrors."""
    fake_openai.responder = lambda req: refusal("I can't help with that.")
    with pytest.raises(InstructorRetryException) as info:
        _instructor(client, instructor.Mode.JSON_SCHEMA).chat.completions.create(
            model="fake-model", messages=MESSAGES, response_model=Person, max_retries=1
        )
    assert info.value.n_attempts == 2
    assert len(fake_openai.requests) == 2
    excs = [a.exception for a in info.value.failed_attempts]
    assert [type(e).__name__ for e in excs] == ["ValidationError", "ValidationError"]
    assert "json_invalid" in str(excs[0])


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.name)
def test_instructor_wraps_http_errors(fake_openai: FakeOpenAI, client, mode) -> None:
    """HTTP errors are not re-asked by instructor: one request, then
    InstructorRetryException whose cause is the openai error."""
    fake_openai.enqueue(status(429, headers={"Retry-After": "1"}))
    with pytest.raises(InstructorRetryException) as info:
        _instructor(client, mode).chat.completions.create(
            model="fake-model", messages=MESSAGES, response_model=Person, max_retries=2
        )
    assert len(fake_openai.requests) == 1
    cause = info.value.__cause__
    while cause is not None and not isinstance(cause, openai.APIError):
        cause = cause.__cause__
    assert isinstance(cause, openai.RateLimitError)
