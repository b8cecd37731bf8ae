"""A misbehaving endpoint, audited from the outside (the fifty-fifth adversarial reading):
the real command line against a fake server whose replies are broken in every way an
OpenAI-compatible server has been seen to break them. Each: the documented exit code,
one clear line on stderr for each thing said, no traceback, no secret anywhere, and where
a record is possible, one (the model's, or the offline reading with the reason first
among its problems)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, RecordedRequest, raw, status
from runner import run
from support import SECRET, completion, model_env, tool_call_reply

BRIEF = EXAMPLES / "rabat-madrid-fr.txt"
OFFLINE = "the record is the offline reading of the text"
NAMES = ["Abdelouafi Laftit", "Fernando Grande-Marlaska"]


def _body(message: Any) -> Any:
    """A 200 whose one choice's message is ``message`` (``None``: ``message: null``)."""
    reply = completion({})
    reply["choices"][0]["message"] = message
    return raw(json.dumps(reply))


#: Broken replies (a reply, or a responder of the request), each with what the record's
#: first problem says (a piece of it) when the record is the offline reading.
BROKEN: dict[str, Any] = {
    "an empty body": raw(b""),
    "choices: []": raw(json.dumps({**completion({}), "choices": []})),
    "message: null": _body(None),
    "content null and no tool call": _body({"role": "assistant", "content": None}),
    "tool arguments not JSON": tool_call_reply("this is not JSON"),
    "tool arguments cut off": tool_call_reply('{"is_meeting_report": true, "meetings": [{"kind'),
    "tool arguments a JSON array": tool_call_reply("[1, 2, 3]"),
    "tool arguments nested 100,000 deep": tool_call_reply("[" * 100_000 + "]" * 100_000),
    "tool arguments of 10 MB": tool_call_reply('{"is_meeting_report": "' + "x" * 10_000_000 + '"}'),
    "NUL characters in the arguments": tool_call_reply('{"is_meeting_report": true\u0000\u0000}'),
    "a NUL byte in the body": raw(b'{"id": "x", "object": "chat.completion", "choices": [\x00]}'),
    "invalid UTF-8 in the body": raw(
        json.dumps(completion({"content": "\udcff"}), ensure_ascii=False).encode("utf-8", "surrogateescape")
    ),
    "a lone surrogate escaped in the JSON": tool_call_reply('{"is_meeting_report": "\\ud800"}'),
    "garbage lines in a stream": raw(
        b"data: {not json\n\n: a comment\nweird: line\n\n", content_type="text/event-stream"
    ),
    "a stream cut mid-reply": raw(
        b'data: {"id": "x", "object": "chat.completion.chunk", "created": 1, "model": "m", '
        b'"choices": [{"index": 0, "delta": {"content": "{\\"is_meeting"}}]}\n\n',
        content_type="text/event-stream",
    ),
    "the key echoed in unreadable content": _body({"role": "assistant", "content": f"no JSON here {SECRET}"}),
}


@pytest.mark.parametrize("case", list(BROKEN), ids=list(BROKEN))
def test_a_broken_reply_gives_a_record_and_says_why_in_lines(fake_openai: FakeOpenAI, case: str) -> None:
    fake_openai.responder = (
        (lambda request, reply=BROKEN[case]: reply) if not callable(BROKEN[case]) else BROKEN[case]
    )
    result = run("summarise", str(BRIEF), env=model_env(fake_openai, COMMUNIQUE_MODE="tools",
                                                       COMMUNIQUE_RETRY_SECONDS="1", COMMUNIQUE_TIMEOUT="2"))  # fmt: skip
    assert result.returncode == 5, result.stderr[-2000:]
    _said_well(result.stdout + result.stderr)
    assert all(line.startswith("communique: ") and len(line) < 2_000 for line in result.stderr.splitlines())
    record = json.loads(result.stdout)
    assert [p["name"] for p in record["meetings"][0]["participants"]] == NAMES
    assert record["provenance"]["problems"][0].endswith(OFFLINE)
    _no_secret_kept()


def test_a_very_long_error_body_is_cut_in_the_message(fake_openai: FakeOpenAI) -> None:
    fake_openai.responder = lambda request: status(
        400, body={"error": {"message": "bad request " + "blah " * 200_000 + SECRET}}
    )
    result = run("summarise", str(BRIEF), env=model_env(fake_openai, COMMUNIQUE_MODE="tools"))
    assert result.returncode == 5, result.stderr[-2000:]
    _said_well(result.stdout + result.stderr)
    (line,) = result.stderr.splitlines()
    assert "answered 400: bad request blah" in line and len(line) < 2_000, line[:300]
    first = json.loads(result.stdout)["provenance"]["problems"][0]
    assert len(first) < 2_000 and first.endswith(OFFLINE)


@pytest.mark.parametrize(
    "usage",
    [None, {"prompt_tokens": -5, "completion_tokens": -1, "total_tokens": -6}, {"prompt_tokens": "many"}],
)
def test_usage_missing_negative_or_not_a_number_counts_nothing_wrong(
    fake_openai: FakeOpenAI, usage: Any
) -> None:
    from support import GOOD_DRAFT

    def reply(request: RecordedRequest) -> Any:
        body = completion({"content": json.dumps(GOOD_DRAFT)})
        if usage is not None:
            body["usage"] = usage
        return raw(json.dumps(body))

    fake_openai.responder = reply
    result = run("summarise", str(BRIEF), env=model_env(fake_openai, COMMUNIQUE_MODE="json"))
    assert result.returncode == 0, result.stderr
    made = json.loads(result.stdout)["provenance"]
    assert made["tokens_in"] >= 0 and made["tokens_out"] >= 0 and made["problems"] == []


def _said_well(output: str) -> None:
    assert "Traceback" not in output and SECRET[:14] not in output


def _no_secret_kept() -> None:
    for folder in ("COMMUNIQUE_CACHE_DIR", "COMMUNIQUE_DATA_DIR"):
        for path in Path(os.environ[folder]).rglob("*"):
            assert not path.is_file() or SECRET[:14].encode() not in path.read_bytes(), path
