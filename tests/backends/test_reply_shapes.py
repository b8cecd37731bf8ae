"""Replies whose JSON parses but whose values are of the wrong types (a number for the
text, a string for the tool calls or a stream's choices, token counts past any reply),
and base URLs that carry credentials: each is read where it can be, else said in one
line after the retries, never ``internal error``; no credential of the base URL is ever
shown, logged or written. (The sweep of issue "hardening" found each of these.)"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, chat_auto, raw, status
from runner import run
from support import GOOD_DRAFT, SECRET, model_env

from communique.config import resolve
from communique.errors import ModelError
from communique.ingest import parse
from communique.pipeline import Pipeline
from communique.schema import Analysis

BRIEF = str(EXAMPLES / "rabat-madrid-fr.txt")
RECORD = json.dumps(GOOD_DRAFT)


def completion(message: Any, usage: Any = None, finish: str = "stop") -> str:
    body = {"id": "c", "object": "chat.completion", "created": 0, "model": "m",
            "choices": [{"index": 0, "message": {"role": "assistant", **message}, "finish_reason": finish}],
            "usage": usage}  # fmt: skip
    return json.dumps(body)


def stream(*chunks: Any) -> Any:
    """A server-sent event stream of ``chunks`` (any JSON), then ``[DONE]``."""
    events = "".join(f"data: {json.dumps(chunk)}\n\n" for chunk in chunks) + "data: [DONE]\n\n"
    return raw(events, content_type="text/event-stream")


def delta(value: Any, finish: str | None = None) -> dict[str, Any]:
    return {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": "m",
            "choices": [{"index": 0, "delta": value, "finish_reason": finish}]}  # fmt: skip


def read(fake: FakeOpenAI, **flags: Any) -> str:
    """The error of reading the example brief with the fake's replies, in this process
    (no retry of a transient fault: the budget is too short for one), with strict settings
    (by default a reply that cannot be read leaves the record to the offline reading)."""
    settings = {"model": "fake-model", "base_url": fake.base_url, "api_key": SECRET, "retry_seconds": 0.01,
                "summaries": "model", "cache": False, "strict": True, **flags}  # fmt: skip
    with pytest.raises(ModelError) as caught:
        Pipeline(resolve(settings)).run(parse(EXAMPLES.joinpath("rabat-madrid-fr.txt").read_text()))
    return str(caught.value)


def summarise(fake: FakeOpenAI, *args: str, **env: str) -> Any:
    return run(
        "summarise", BRIEF, "--no-cache", *args, env=model_env(fake, COMMUNIQUE_RETRY_SECONDS="0.5", **env)
    )


def one_line_error(result: Any) -> str:
    assert result.returncode == 1 and result.stdout == "", result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    return str(result.stderr.splitlines()[-1])


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ({"content": 42}, "the reply's content is a number, not text"),
        # an object is read as the record (adv50): this one is none
        ({"content": {"meetings": []}}, "is_meeting_report: Field required"),
        ({"content": ["a"]}, "the reply's content is a list, not text"),
        ({"content": None, "tool_calls": "ModelDraft"}, "the reply's tool calls are not a list of calls"),
        ({"content": None, "tool_calls": [{"id": "1", "type": "function", "function": {"name": 7, "arguments": "{}"}}]},
         "the reply's tool calls are not a list of calls"),
        ({"content": None, "tool_calls": ["call"]}, "the reply's tool calls are not a list of calls"),
    ],
    ids=["text a number", "text an object", "text a list", "calls a string", "a call's name a number",
         "a call a string"],
)  # fmt: skip
def test_a_message_of_the_wrong_types_is_asked_again_then_said(
    fake_openai: FakeOpenAI, message: dict[str, Any], said: str
) -> None:
    """Was: ``internal error: AttributeError: 'int' object has no attribute 'strip'``."""
    fake_openai.responder = lambda request: raw(completion(message))
    error = read(fake_openai, mode="tools")
    assert error.startswith("the model's reply failed validation after 3 attempt(s)") and said in error, error
    assert len(fake_openai.requests) == 3  # asked again, as for any reply that cannot be read


def test_a_message_of_the_wrong_types_is_one_line_on_the_command_line(fake_openai: FakeOpenAI) -> None:
    fake_openai.responder = lambda request: raw(completion({"content": 42}))
    error = one_line_error(summarise(fake_openai, "--strict"))
    assert error.endswith("failed validation after 3 attempt(s): the reply's content is a number, not text")


@pytest.mark.parametrize(
    "chunk",
    [
        {"choices": "abc"},
        {"choices": [1]},
        {"choices": [{"index": 0, "delta": "text"}]},
        delta({"content": 5}),
        delta({"refusal": ["no"]}),
        delta({"tool_calls": "call"}),
        delta({"tool_calls": [{"index": [0], "function": {"arguments": "{}"}}]}),
        delta({"tool_calls": [{"index": 0, "function": {"name": None, "arguments": 3}}]}),
        delta({"content": "{}"}, finish=["stop"]),  # type: ignore[arg-type]
    ],
    ids=["choices a string", "a choice a number", "delta a string", "content a number", "refusal a list",
         "tool calls a string", "a call's index a list", "arguments a number", "finish reason a list"],
)  # fmt: skip
def test_a_stream_chunk_of_the_wrong_types_is_a_reply_that_cannot_be_read(
    fake_openai: FakeOpenAI, chunk: dict[str, Any]
) -> None:
    """Was: ``cannot reach HOST after retries: 'str' object has no attribute 'get'``, or
    ``model call failed: TypeError: …``."""
    fake_openai.responder = lambda request: stream(chunk, delta({}, finish="stop"))
    error = read(fake_openai)
    assert error.startswith("the replies of 127.0.0.1:"), error
    assert error.endswith(
        "could not be read, after retries: a chunk of the stream is not shaped as a chat completion's"
    )


def test_a_stream_chunk_of_the_wrong_types_is_one_line_on_the_command_line(fake_openai: FakeOpenAI) -> None:
    fake_openai.responder = lambda request: stream({"choices": "abc"}, delta({}, finish="stop"))
    error = one_line_error(summarise(fake_openai, "--strict"))
    assert error.endswith(
        "could not be read, after retries: a chunk of the stream is not shaped as a chat completion's"
    )


@pytest.mark.parametrize("usage", ["lots", [1], {}, 5], ids=["a string", "a list", "empty", "a number"])
def test_a_stream_s_usage_of_the_wrong_type_is_estimated(fake_openai: FakeOpenAI, usage: Any) -> None:
    fake_openai.responder = lambda request: stream(
        delta({"role": "assistant", "content": RECORD}),
        delta({}, finish="stop"),
        {"choices": [], "usage": usage},
    )
    result = summarise(fake_openai)
    assert result.returncode == 0, result.stderr
    made = Analysis.model_validate_json(result.stdout).provenance
    assert made is not None and made.tokens_in > 0  # the estimate of the prompt


@pytest.mark.parametrize("count", [10**30, 2**63, 2**41], ids=["10**30", "2**63", "2**41"])
def test_token_counts_past_any_reply_count_as_none(fake_openai: FakeOpenAI, count: int) -> None:
    """Was: ``internal error: OverflowError: Python int too large to convert to SQLite
    INTEGER`` (the call log), after the reply had been read."""
    usage = {"prompt_tokens": count, "completion_tokens": count, "total_tokens": count}
    fake_openai.responder = lambda request: raw(completion({"content": RECORD}, usage))
    result = summarise(fake_openai)
    assert result.returncode == 0, result.stderr
    made = Analysis.model_validate_json(result.stdout).provenance
    assert made is not None and (made.tokens_in, made.tokens_out) == (0, 0)
    (call,) = json.loads(run("logs", "--json").stdout)["calls"]
    assert call["outcome"] == "ok"


def test_tool_call_arguments_sent_as_an_object_are_read(fake_openai: FakeOpenAI) -> None:
    """Some servers send a tool call's arguments as an object, not as its JSON text."""
    call = {"id": "1", "type": "function", "function": {"name": "ModelDraft", "arguments": GOOD_DRAFT}}
    fake_openai.responder = lambda request: raw(
        completion({"content": None, "tool_calls": [call]}, finish="tool_calls")
    )
    result = summarise(fake_openai, "--mode", "tools")
    assert result.returncode == 0, result.stderr
    made = Analysis.model_validate_json(result.stdout).provenance
    assert made is not None and made.attempts == 1


PASSWORD = "pw-url-9876543210zyxwvuSECRET"
QUERY_KEY = "qk-9f8e7d6c5b4a3210SECRET"


def secrets_in(text: str) -> list[str]:
    return [secret for secret in (SECRET, PASSWORD, QUERY_KEY) if secret[3:15] in text]


def written(home: Path) -> str:
    return "".join(p.read_bytes().decode("utf-8", "replace") for p in home.rglob("*") if p.is_file())


@pytest.mark.parametrize(
    ("reply", "code"),
    [
        (chat_auto(GOOD_DRAFT), 0),
        (
            status(
                500, body={"error": {"message": f"bad request to /v1?key={QUERY_KEY} by user:{PASSWORD}"}}
            ),
            5,  # the offline reading, the fault said with its secrets masked
        ),
        (status(401), 4),
        (raw("<html>proxy</html>", content_type="text/html"), 4),
    ],
    ids=["a record", "a 500 echoing them", "a refused key", "a proxy's page"],
)
def test_credentials_in_the_base_url_are_never_shown_logged_or_stored(
    fake_openai: FakeOpenAI, isolated_environment: Path, reply: Any, code: int
) -> None:
    """A base URL may carry a key (``https://user:KEY@host/v1``, ``…/v1?api-key=KEY``, as
    gateways and Azure take it): it is used, and is as secret as the API key. Its query goes
    with every request (was: put before the request's path, so that every call was a 404)."""
    base = (
        fake_openai.base_url.replace("http://", f"http://user:{PASSWORD}@")
        + f"?api-version=1&api-key={QUERY_KEY}"
    )
    fake_openai.responder = lambda request: reply
    result = run("summarise", BRIEF, "-f", "jsonl", env=model_env(fake_openai, COMMUNIQUE_BASE_URL=base,
                                                                  COMMUNIQUE_RETRY_SECONDS="0.5"))  # fmt: skip
    assert result.returncode == code, result.stderr
    request = fake_openai.requests[0]
    assert request.path == "/v1/chat/completions"
    assert request.query == f"api-version=1&api-key={QUERY_KEY}"
    shown = [run("config", env={"COMMUNIQUE_BASE_URL": base}), run("config", "--json", env={"COMMUNIQUE_BASE_URL": base}),
             run("logs", "--json")]  # fmt: skip
    assert "****@127.0.0.1" in shown[0].stdout and "api-key=****" in shown[1].stdout
    for text in (
        result.stdout,
        result.stderr,
        *(r.stdout + r.stderr for r in shown),
        written(isolated_environment),
    ):
        assert secrets_in(text) == [], text[-300:]


def test_a_base_url_with_credentials_that_cannot_be_used_is_said_without_them() -> None:
    result = run(
        "summarise", BRIEF, "-m", "m", "--base-url", f"ftp://user:{PASSWORD}@host/v1?key={QUERY_KEY}"
    )
    assert result.returncode == 4
    assert (
        result.stderr == "communique: error: base_url 'ftp://****@host/v1?key=****' is not an http(s) URL\n"
    )


def test_a_batch_job_keeps_no_credential_of_the_base_url(
    fake_openai: FakeOpenAI, tmp_path: Path, isolated_environment: Path
) -> None:
    """The job file of ``summarise --batch-api`` keeps the base URL masked; ``batch status``
    and ``fetch`` take it from the configuration again, and say so when it is not there."""
    base = fake_openai.base_url.replace("http://", f"http://user:{PASSWORD}@") + f"?api-key={QUERY_KEY}"
    (tmp_path / "briefs").mkdir()
    (tmp_path / "briefs" / "a.txt").write_text(EXAMPLES.joinpath("rabat-madrid-fr.txt").read_text())
    configured = model_env(fake_openai, COMMUNIQUE_BASE_URL=base, COMMUNIQUE_MODE="tools")
    submitted = run("summarise", str(tmp_path / "briefs"), "--batch-api", env=configured)
    assert submitted.returncode == 0, submitted.stderr
    job = submitted.stdout.strip()
    assert secrets_in(submitted.stdout + submitted.stderr + written(isolated_environment)) == []
    assert run("batch", "status", job, env=configured).returncode == 0
    elsewhere = run("batch", "status", job, env=model_env(fake_openai))
    assert elsewhere.returncode == 4 and elsewhere.stderr == (
        f"communique: error: batch job {job} was submitted to "
        f"{fake_openai.base_url.replace('http://', 'http://****@')}?api-key=****, whose credentials the job file "
        "does not keep: set COMMUNIQUE_BASE_URL to that URL again\n"
    )


def test_an_object_alone_in_a_list_is_read_not_asked_again(fake_openai: FakeOpenAI) -> None:
    """A small model in JSON mode may answer ``[{…}]``: the one object is the reply,
    read at the first attempt, and the record says what was made of it."""
    fake_openai.enqueue(
        raw(completion({"content": json.dumps([GOOD_DRAFT])}), content_type="application/json")
    )
    settings = {"model": "fake-model", "base_url": fake_openai.base_url, "api_key": SECRET, "mode": "json",
                "retry_seconds": 0.01, "summaries": "model", "cache": False}  # fmt: skip
    analysis = Pipeline(resolve(settings)).run(parse(EXAMPLES.joinpath("rabat-madrid-fr.txt").read_text()))
    assert len(fake_openai.requests) == 1
    assert analysis.is_meeting_report and analysis.meetings
    assert any("inside a list of one" in note for note in analysis.provenance.repairs)


@pytest.mark.parametrize(
    ("message", "said"),
    [("the record is below", "text"), (42, "a number"), (["a"], "a list")],
    ids=["text", "a number", "a list"],
)
def test_a_message_that_is_no_object_is_said_as_such(
    fake_openai: FakeOpenAI, message: Any, said: str
) -> None:
    """Was: "the reply is empty: no text and no tool call" for a message given as a string."""
    body = {"id": "c", "object": "chat.completion", "created": 0, "model": "m",
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}]}  # fmt: skip
    fake_openai.responder = lambda request: raw(json.dumps(body))
    error = read(fake_openai, mode="tools")
    assert error.endswith(f"the reply's message is {said}, not an object"), error
