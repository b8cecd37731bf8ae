"""Model-side faults that must end at once or within a bound, and say what is going on:
pauses capped by the retry budget, a deadline on every reply (read as a stream), a
missing key or a dead local server found at once, retries said on stderr, a tool call
to another function and refusals in any mode. Against the loopback fake; no test
waits on the clock it checks (the deadline runs on an injected clock)."""

from __future__ import annotations

import csv
import io
import itertools
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openai
import pytest
from conftest import EXAMPLES
from fakeserver import (
    FakeOpenAI,
    RecordedRequest,
    _render_sse,
    chat_auto,
    chat_json,
    chat_tool,
    raw,
    refusal,
    status,
    trickle,
)
from runner import run
from support import (
    BRIEF_MINISTERS,
    GOOD_DRAFT,
    SECRET,
    corpus,
    env,
    ids_of,
    model_env,
    refused_port,
    requested,
)

from communique import progress
from communique.backends.openai.retry import retry_after, with_retries
from communique.config import resolve
from communique.errors import ConfigError, ModelError
from communique.ingest import parse
from communique.pipeline import Pipeline

BRIEF_PATH = str(EXAMPLES / "rabat-madrid-fr.txt")
BRIEF = (EXAMPLES / "rabat-madrid-fr.txt").read_text()


def pipeline(fake: FakeOpenAI, *, events: list[Any] | None = None, **flags: Any) -> Pipeline:
    base = {"model": "fake-model", "base_url": fake.base_url, "api_key": SECRET, "retry_seconds": 5.0,
            "timeout": 5.0, "summaries": "model", "mode": "tools"}  # fmt: skip
    return Pipeline(resolve({**base, **flags}), on_event=None if events is None else events.append)


class Clock:
    """A clock that moves on by ``step`` seconds each time it is read, and by what is
    slept: a deadline is reached after so many reads, whatever the machine's speed."""

    def __init__(self, step: float = 0.0) -> None:
        self.now, self.step = 1000.0, step

    def __call__(self) -> float:
        self.now += self.step
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


# --- pauses capped by the retry budget ---------------------------------------------------


def test_a_long_retry_after_gives_up_at_once_and_never_stalls_the_batch(fake_openai: FakeOpenAI) -> None:
    """One 429 asking for an hour: that document fails at once, saying so; the shared
    throttle is not paused, so the next document goes through at once."""
    fake_openai.enqueue(status(429, headers={"Retry-After": "3600"}), chat_auto(GOOD_DRAFT))
    shared = pipeline(fake_openai, strict=True)  # said as the error (by default: the offline reading)
    started = time.monotonic()
    with pytest.raises(ModelError) as caught:
        shared.run(parse(BRIEF))
    message = str(caught.value)
    assert "asked to wait 3600 s" in message and "retry budget of 5 s" in message
    assert "COMMUNIQUE_RETRY_SECONDS" in message and "\n" not in message
    record = shared.run(parse(BRIEF + "\nAutre document."))
    assert record.is_meeting_report and len(fake_openai.requests) == 2
    assert time.monotonic() - started < 4  # neither call waited on the hour


def test_every_pause_is_capped_by_what_is_left_of_the_budget(fake_openai: FakeOpenAI) -> None:
    """Retry-After within the budget is honoured; a wait that would end past the budget
    is never started: the last error is raised instead."""
    fake_openai.responder = lambda request: status(429, headers={"Retry-After": "2"})
    client = openai.OpenAI(base_url=fake_openai.base_url, api_key="sk-x", max_retries=0)
    clock = Clock()
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.sleep(seconds)

    call = with_retries(client.chat.completions.create, total_seconds=5, sleep=sleep, clock=clock)
    with pytest.raises(openai.RateLimitError):
        call(model="m", messages=[{"role": "user", "content": "hi"}])
    assert slept == [2.0, 2.0] and len(fake_openai.requests) == 3


@pytest.mark.parametrize("value", ["soon", "", "1.5x", "Wed, 99 Foo 2015"])
def test_a_malformed_retry_after_is_treated_as_absent(value: str) -> None:
    class Fault(Exception):
        response = type("Response", (), {"headers": {"retry-after": value}})()

    assert retry_after(Fault()) is None


def test_a_malformed_retry_after_backs_off_and_is_survived(fake_openai: FakeOpenAI) -> None:
    fake_openai.enqueue(status(429, headers={"Retry-After": "soon"}), chat_auto(GOOD_DRAFT))
    record = pipeline(fake_openai).run(parse(BRIEF))
    assert record.provenance is not None and record.provenance.attempts == 1
    assert len(fake_openai.requests) == 2


# --- streaming and the deadline ---------------------------------------------------------------


@pytest.mark.parametrize("mode", ["tools", "json_schema", "json_object", "json", "md_json"])
def test_replies_are_streamed_in_every_mode(fake_openai: FakeOpenAI, mode: str) -> None:
    fake_openai.enqueue(
        chat_auto(GOOD_DRAFT if mode != "md_json" else f"```json\n{json.dumps(GOOD_DRAFT)}\n```")
    )
    record = pipeline(fake_openai, mode=mode).run(parse(BRIEF))
    (request,) = fake_openai.requests
    assert request.stream and request.json["stream_options"] == {"include_usage": True}
    made = record.provenance
    assert made is not None and (made.tokens_in, made.tokens_out, made.attempts) == (11, 7, 1)
    assert [p.name for p in record.meetings[0].participants] == BRIEF_MINISTERS


def _without_usage(request: RecordedRequest) -> Any:
    """What llama-cpp-python's server does: a stream, and never its usage."""
    completion = chat_tool(GOOD_DRAFT, name="ModelDraft", completion_tokens=999).completion
    assert completion is not None
    return raw(_render_sse(completion, include_usage=False), content_type="text/event-stream")


def test_tokens_are_estimated_when_the_stream_reports_no_usage(fake_openai: FakeOpenAI) -> None:
    fake_openai.responder = _without_usage
    record = pipeline(fake_openai).run(parse(BRIEF))
    made = record.provenance
    arguments = json.dumps(GOOD_DRAFT)
    assert made is not None and made.tokens_out == -(-len(arguments) // 16)  # one a chunk of text
    assert made.tokens_in > 100  # from the prompt's length


def test_an_endpoint_that_refuses_streaming_is_asked_whole_and_remembered(fake_openai: FakeOpenAI) -> None:
    def no_streams(request: RecordedRequest) -> Any:
        if request.stream:
            return status(
                400,
                body={"error": {"message": "Streaming is not supported", "type": "invalid_request_error"}},
            )
        return chat_auto(GOOD_DRAFT)

    fake_openai.responder = no_streams
    first = pipeline(fake_openai).run(parse(BRIEF))
    assert [r.stream for r in fake_openai.requests] == [True, False]
    assert first.provenance is not None and first.provenance.tokens_out == 7
    fake_openai.reset()
    fake_openai.responder = no_streams
    pipeline(fake_openai).run(parse(BRIEF + "\nAutre document."))  # a new client: remembered
    assert [r.stream for r in fake_openai.requests] == [False]


def test_an_endpoint_that_refuses_stream_options_streams_without_them(fake_openai: FakeOpenAI) -> None:
    def old_azure(request: RecordedRequest) -> Any:
        if "stream_options" in request.json:
            message = "Unrecognized request argument supplied: stream_options"
            return status(400, body={"error": {"message": message, "type": "invalid_request_error"}})
        return chat_auto(GOOD_DRAFT)

    fake_openai.responder = old_azure
    pipeline(fake_openai).run(parse(BRIEF))
    assert [(r.stream, "stream_options" in r.json) for r in fake_openai.requests] == [
        (True, True),
        (True, False),
    ]


def test_an_endpoint_that_ignores_stream_is_read_whole(fake_openai: FakeOpenAI) -> None:
    def whole(request: RecordedRequest) -> Any:
        completion = chat_tool(GOOD_DRAFT, name="ModelDraft").completion
        return raw(json.dumps(completion))

    fake_openai.responder = whole
    record = pipeline(fake_openai).run(parse(BRIEF))
    assert record.provenance is not None and record.provenance.tokens_out == 7


def test_a_server_that_trickles_is_stopped_at_the_deadline(fake_openai: FakeOpenAI) -> None:
    """Each byte resets the idle timeout; the deadline stops the reply all the same,
    once, without retrying it."""
    fake_openai.responder = lambda request: trickle(0.0005, chat_auto(GOOD_DRAFT), piece=4)
    reader = pipeline(fake_openai, deadline=30.0, strict=True)
    reader.backend.client.clock = Clock(step=1.0)  # type: ignore[attr-defined]
    with pytest.raises(ModelError) as caught:
        reader.run(parse(BRIEF))
    message = str(caught.value)
    assert f"127.0.0.1:{fake_openai.port} produced 0 tokens in 30 s" in message
    assert "COMMUNIQUE_DEADLINE" in message
    assert len(fake_openai.requests) == 1


def test_a_remote_endpoint_past_the_deadline_is_named() -> None:
    from communique.backends.openai.client import ModelClient
    from communique.backends.openai.transport import DeadlinePassed

    client = ModelClient(resolve({"model": "m", "base_url": "https://llm.example.org/v1", "deadline": 90.0}))
    error = client._error(DeadlinePassed(90.0, 312), None)
    assert isinstance(error, ModelError) and str(error) == (
        "llm.example.org did not finish its reply within 90 s (312 tokens so far); raise COMMUNIQUE_DEADLINE to wait longer"
    )


def test_a_local_model_slower_than_the_deadline_gets_a_hint(fake_openai: FakeOpenAI) -> None:
    fake_openai.responder = lambda request: trickle(0.0005, chat_auto(GOOD_DRAFT), piece=16)
    reader = pipeline(fake_openai, deadline=40.0, strict=True)
    reader.backend.client.clock = Clock(step=1.0)  # type: ignore[attr-defined]
    with pytest.raises(ModelError) as caught:
        reader.run(parse(BRIEF))
    message = str(caught.value)
    assert message.startswith(f"the model at 127.0.0.1:{fake_openai.port} produced ")
    assert " tokens in 4" in message and "tok/s" in message
    assert "raise COMMUNIQUE_DEADLINE or use --summaries code / a smaller --max-tokens" in message


def test_the_deadline_ends_a_trickling_reply_on_the_command_line(fake_openai: FakeOpenAI) -> None:
    fake_openai.responder = lambda request: trickle(0.02, chat_auto(GOOD_DRAFT))  # ~40 s
    started = time.monotonic()
    result = run(
        "summarise",
        BRIEF_PATH,
        env=model_env(fake_openai, COMMUNIQUE_MODE="tools", COMMUNIQUE_DEADLINE="1", COMMUNIQUE_STRICT="1"),
    )
    assert result.returncode == 1 and result.stdout == ""
    assert " tokens in 1 s " in result.stderr and "COMMUNIQUE_DEADLINE" in result.stderr
    assert result.stderr.count("\n") == 1
    assert time.monotonic() - started < 15


def test_timeouts_have_loopback_defaults_and_config_shows_both(tmp_path: Path) -> None:
    remote = resolve({"model": "m"}, environ={}, env_file=tmp_path / "none")
    local = resolve(
        {"model": "m", "base_url": "http://localhost:8080/v1"}, environ={}, env_file=tmp_path / "none"
    )
    assert (remote.idle_seconds, remote.deadline_seconds) == (120.0, 600.0)
    assert (local.idle_seconds, local.deadline_seconds) == (600.0, 1800.0)
    for value in ("nan", "inf", "-1", "0"):
        with pytest.raises(ConfigError):
            resolve(environ={"COMMUNIQUE_DEADLINE": value}, env_file=tmp_path / "none")
    shown = json.loads(run("config", "--json", env={"COMMUNIQUE_DEADLINE": "45"}).stdout)
    assert shown["deadline"] == {"value": 45.0, "from": "env COMMUNIQUE_DEADLINE"}
    assert shown["timeout"] == {"value": 120.0, "from": "default"}
    lines = run("config", env={"COMMUNIQUE_BASE_URL": "http://127.0.0.1:1/v1"}).stdout
    assert any(line.split()[:2] == ["deadline", "1800.0"] for line in lines.splitlines())


# --- progress while a model generates -----------------------------------------------------


def test_generation_is_reported_as_events(fake_openai: FakeOpenAI) -> None:
    fake_openai.enqueue(
        trickle(0.0005, chat_auto({"meetings": "many"}), piece=16),
        trickle(0.0005, chat_auto(GOOD_DRAFT), piece=16),
    )
    events: list[Any] = []
    reader = pipeline(fake_openai, events=events)
    reader.backend.client.clock = Clock(step=0.25)  # type: ignore[attr-defined]
    reader.run(parse(BRIEF))
    generating = [e for e in events if isinstance(e, progress.Generating)]
    assert {(e.attempt, e.attempts) for e in generating} == {(1, 3), (2, 3)}
    first = [e for e in generating if e.attempt == 1]
    assert first[-1].done and not any(e.done for e in first[:-1])
    assert [e.tokens for e in first] == sorted(e.tokens for e in first) and first[-1].tokens > 1
    assert first[-1].tokens_per_second > 0 and first[0].host == f"127.0.0.1:{fake_openai.port}"


def _terminal() -> io.StringIO:
    stream = io.StringIO()
    stream.isatty = lambda: True  # type: ignore[method-assign]
    return stream


def test_the_display_shows_generation_on_a_terminal_only() -> None:
    event = progress.Generating(
        host="127.0.0.1:8080", attempt=1, attempts=3, tokens=42, seconds=6.0, estimated=True
    )
    retry = progress.Retrying(host="api.example.com", reason="answered 503", seconds=2.1, attempt=2)
    terminal, pipe = _terminal(), io.StringIO()
    for stream in (terminal, pipe):
        with progress.Display(stream=stream) as show:
            show(retry)
            show(event)
    assert "~42 tokens" in terminal.getvalue() and "7.0 tok/s" in terminal.getvalue()
    assert "attempt 1 of 3" in terminal.getvalue()
    assert pipe.getvalue() == "communique: api.example.com answered 503; retrying in 2.1 s (attempt 2)\n"
    assert "communique: api.example.com answered 503; retrying in 2.1 s (attempt 2)\n" in terminal.getvalue()
    assert terminal.getvalue().endswith("\r\x1b[K")  # the status line is cleared at the end


# --- fail at once where nothing can succeed; say what is retried ----------------------------


def test_no_key_for_openai_is_a_configuration_error_at_once() -> None:
    started = time.monotonic()
    result = run("summarise", BRIEF_PATH, "--model", "gpt-4o-mini")
    assert result.returncode == 4 and result.stdout == ""
    assert "COMMUNIQUE_API_KEY" in result.stderr and "OPENAI_API_KEY" in result.stderr
    assert result.stderr.startswith("communique: error: ") and result.stderr.count("\n") == 1
    assert time.monotonic() - started < 15


def test_a_refused_connection_on_loopback_fails_at_once() -> None:
    """No retry (each would be said on stderr) and no wait for the timeout: a wait of the ten
    minutes set here would show, where a bound near the run's own time failed on a loaded
    machine (16 s for a run that waited for nothing)."""
    started = time.monotonic()
    with refused_port() as down:
        result = run(
            "summarise",
            BRIEF_PATH,
            env={"COMMUNIQUE_MODEL": "m", "COMMUNIQUE_BASE_URL": down, "COMMUNIQUE_TIMEOUT": "600"},
        )
    assert result.returncode == 4 and result.stdout == ""
    assert result.stderr == (
        f"communique: error: nothing listens on {down[7:-3]}; start the server or check --base-url\n"
    )
    assert time.monotonic() - started < 120


def test_retries_are_said_on_stderr_unless_quiet(fake_openai: FakeOpenAI) -> None:
    # (a Retry-After of no wait, 0, is backed off from since the twenty-eighth reading: a short one is honoured)
    fake_openai.enqueue(status(503, headers={"Retry-After": "0.3"}), chat_auto(GOOD_DRAFT))
    result = run("summarise", BRIEF_PATH, env=model_env(fake_openai, COMMUNIQUE_MODE="tools"))
    assert result.returncode == 0
    assert (
        result.stderr
        == f"communique: 127.0.0.1:{fake_openai.port} answered 503; retrying in 0.3 s (attempt 2)\n"
    )
    fake_openai.enqueue(status(503, headers={"Retry-After": "0.3"}), chat_auto(GOOD_DRAFT))
    quiet = run(
        "summarise", BRIEF_PATH, "-q", "--no-cache", env=model_env(fake_openai, COMMUNIQUE_MODE="tools")
    )
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_eval_with_a_dead_endpoint_is_never_silent(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    for name in ("a", "b"):
        (cases / f"{name}.txt").write_text(BRIEF)
        (cases / f"{name}.json").write_text(
            (EXAMPLES.parent / "evals" / "en-01-rabat-map-dateline-tuesday.json").read_text()
        )
    fake_openai.responder = lambda request: status(503)
    result = run("eval", str(cases), env=model_env(fake_openai, COMMUNIQUE_RETRY_SECONDS="3"))
    assert f"communique: 127.0.0.1:{fake_openai.port} answered 503; retrying in" in result.stderr
    started = time.monotonic()
    with refused_port() as down:
        dead = run("eval", str(cases), env={"COMMUNIQUE_MODEL": "m", "COMMUNIQUE_BASE_URL": down})
    assert dead.returncode == 4 and "nothing listens on 127.0.0.1" in dead.stderr
    assert time.monotonic() - started < 15


# --- replies that cannot be used ------------------------------------------------------------


def test_a_tool_call_to_another_function_is_asked_again(fake_openai: FakeOpenAI) -> None:
    fake_openai.enqueue(chat_tool(GOOD_DRAFT, name="delete_everything"), chat_auto(GOOD_DRAFT))
    record = pipeline(fake_openai).run(parse(BRIEF))
    assert record.provenance is not None and record.provenance.attempts == 2
    note = fake_openai.requests[1].messages[-1]["content"]
    assert "delete_everything" in note and "ModelDraft" in note


@pytest.mark.parametrize("mode", ["json_schema", "json_object", "json", "md_json"])
@pytest.mark.parametrize(
    "reply",
    [
        refusal("I cannot help with that request."),
        chat_json("I'm sorry, but I can't help with that request."),
    ],
    ids=["refusal field", "plain text"],
)
def test_a_refusal_is_reported_as_one_in_every_mode(fake_openai: FakeOpenAI, mode: str, reply: Any) -> None:
    """Strict: by default the record is then the offline reading (test_faults53)."""
    fake_openai.responder = lambda request: reply
    with pytest.raises(ModelError) as caught:
        pipeline(fake_openai, mode=mode, strict=True).run(parse(BRIEF))
    assert str(caught.value).startswith("the model refused: I") and "help with that request" in str(
        caught.value
    )
    assert "Invalid JSON" not in str(caught.value) and len(fake_openai.requests) == 1


def test_text_that_is_not_json_and_no_refusal_is_still_asked_again(fake_openai: FakeOpenAI) -> None:
    fake_openai.enqueue(chat_json("Here is the record you asked for."), chat_auto(GOOD_DRAFT))
    record = pipeline(fake_openai, mode="json_schema").run(parse(BRIEF))
    assert record.provenance is not None and record.provenance.attempts == 2


# --- a batch that cannot go on ---------------------------------------------------------------


def _revoked_after(count: int) -> Callable[[RecordedRequest], Any]:
    """An endpoint that answers ``count`` requests, then refuses the key."""
    answered = itertools.count()
    return lambda request: chat_auto(GOOD_DRAFT) if next(answered) < count else status(401)


def test_a_refused_key_mid_batch_stops_it_keeps_what_is_done_and_says_how_to_go_on(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    ids = corpus(tmp_path / "briefs", 8)
    fake_openai.responder = _revoked_after(3)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    command = ["summarise", str(tmp_path / "briefs"), "-o", str(out), "--errors", str(errors), "-j", "2"]
    result = run(*command, env=env(fake_openai))
    assert result.returncode == 4 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"communique: error: 127.0.0.1:{fake_openai.port} refused the API key (401)")
    assert line.endswith(
        "; the batch stopped: 3 done, 5 not done; fix that, then run the same command with --resume to do the rest"
    )
    done = ids_of(out)
    assert len(done) == 3 and set(done) < set(ids)  # written, and kept
    assert errors.read_text() == ""  # not the documents' fault
    fake_openai.reset()
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    again = run(*command, "--resume", env=env(fake_openai))
    assert again.returncode == 0, again.stderr
    assert sorted(requested(fake_openai)) == sorted(set(ids) - set(done))  # only the rest
    assert sorted(ids_of(out)) == ids


def test_a_stopped_batch_into_a_file_written_at_the_end_keeps_what_is_done(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    corpus(tmp_path / "briefs", 4)
    fake_openai.responder = _revoked_after(2)
    out = tmp_path / "out.csv"
    result = run("summarise", str(tmp_path / "briefs"), "-o", str(out), "-j", "1", env=env(fake_openai))
    assert result.returncode == 4
    assert result.stderr.rstrip().endswith(
        "; the batch stopped: 2 done, 2 not done; fix that, then run the same command again "
        "(the replies already made come from the cache)"
    )
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert [row["document_id"] for row in rows] == ["brief-000", "brief-001"]


@pytest.mark.parametrize(
    "data",
    [b'{"a": [1, "\xc3\xa9"]}', b' {"a": 1} ', b'{"a": 1}\r', b"\xef\xbb\xbf{}", '{"a": "é"}'.encode("utf-16"),
     b'{"a": 1} {"b": 2}', b"{not json", b"\xff{}", b"[1, 2]", b"", b'"text"'],
)  # fmt: skip
def test_an_event_is_read_as_json_reads_it(data: bytes) -> None:
    from communique.backends.openai.transport import _json

    try:
        expected: Any = json.loads(data)
    except ValueError as exc:
        expected = type(exc)
    try:
        read: Any = _json(data)
    except ValueError as exc:
        read = type(exc)
    assert read == expected and type(read) is type(expected)


def test_a_whole_reply_in_one_piece_or_a_byte_at_a_time_is_the_same_events() -> None:
    from communique.backends.openai.transport import _events

    body = _render_sse(chat_tool(GOOD_DRAFT, name="ModelDraft").completion or {}, True).replace(
        b"\n", b"\r\n"
    )
    whole = list(_events([body], None))
    assert len(whole) > 10 and all(isinstance(event, dict) for event in whole)
    assert list(_events([body[i : i + 1] for i in range(len(body))], None)) == whole


@pytest.mark.parametrize("newline", [b"\n", b"\r\n"])
def test_a_stream_no_one_watches_is_read_to_its_done(newline: bytes) -> None:
    """Without a listener, a stream is read in its slot without its events being looked
    at, up to the piece that ends ``[DONE]``: what follows is left for the connection to
    be read to its end, and what was kept is the stream as it came."""
    from communique.backends.openai.transport import _read

    body = _render_sse(chat_tool(GOOD_DRAFT, name="ModelDraft").completion or {}, True).replace(
        b"\n", newline
    )
    after = b'data: {"error": {"message": "not a chunk"}}' + newline * 2
    for size in (1, 7, len(body)):
        pieces = iter([*(body[i : i + size] for i in range(0, len(body), size)), after])
        kept = _read(pieces)
        assert kept == body and list(pieces) == [after]
    # "[DONE]" inside an event's text is no end; a stream without one is read to its end
    quoted = b'data: {"a": "\\n\\ndata: [DONE]\\n\\n"}\n\n'
    assert _read(iter([quoted, b"data: {}\n\n"])) == quoted + b"data: {}\n\n"
