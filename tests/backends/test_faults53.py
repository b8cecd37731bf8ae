"""A misbehaving endpoint, found from the outside (the fifty-third adversarial reading): the
real command line against the fake server. (docs/hardening.md lists them.)"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, RecordedRequest, chat_auto, chat_json, raw, refusal, status
from runner import run
from support import GOOD_DRAFT, SECRET, completion, model_env

BRIEF = EXAMPLES / "rabat-madrid-fr.txt"
#: The line a run that fell back to the offline reading ends with.
OFFLINE = "the record is the offline reading of the text"


def _with_key(request: RecordedRequest) -> Any:
    """The good record, its English summary ending with the key (a server that echoes the
    request's header into the reply)."""
    draft = json.loads(json.dumps(GOOD_DRAFT))
    draft["summary"]["en"] += f" Key: {SECRET}"
    return chat_auto(draft)


#: Replies no attempt can make usable and that asking again would not change, each with what
#: the record's first problem says of it.
DECLINED: dict[str, tuple[Callable[[RecordedRequest], Any], str]] = {
    "a refusal": (lambda request: refusal("I cannot help with that request."), "the model refused: I cannot"),
    "a refusal written as the reply's text": (
        lambda request: chat_json("I'm sorry, but I can't help with that request."),
        "the model refused: I'm sorry",
    ),
    "the content filter": (
        lambda request: raw(json.dumps(completion({"content": '{"is_meeting_r'}, finish="content_filter"))),
        "stopped the reply with its content filter",
    ),
    "the API key in the reply": (_with_key, "the reply contains the API key (or a piece of it)"),
}


@pytest.mark.parametrize("case", list(DECLINED), ids=list(DECLINED))
def test_a_reply_the_model_declined_gives_the_offline_reading(fake_openai: FakeOpenAI, case: str) -> None:
    """Was: `communique: error: the model refused: …` (or the filter, or the key), exit 1 and
    no record: the meeting lost for the model's fault. Now the offline reading, the reason
    first among its problems, exit 5; not asked again, and not cached (the next run asks)."""
    responder, reason = DECLINED[case]
    fake_openai.responder = responder
    env = model_env(
        fake_openai, COMMUNIQUE_MODE="tools" if case != "a refusal written as the reply's text" else "json"
    )
    for _ in range(2):
        result = run("summarise", str(BRIEF), env=env)
        assert result.returncode == 5, result.stderr
        assert "Traceback" not in result.stderr and SECRET[:14] not in result.stdout + result.stderr
        record = json.loads(result.stdout)
        names = [p["name"] for p in record["meetings"][0]["participants"]]
        assert names == ["Abdelouafi Laftit", "Fernando Grande-Marlaska"]
        first = record["provenance"]["problems"][0]
        assert reason in first and first.endswith(OFFLINE)
        assert record["provenance"]["attempts"] == 1
    assert len(fake_openai.chat_requests) == 2  # once a run: never asked again, never cached
    for folder in ("COMMUNIQUE_CACHE_DIR", "COMMUNIQUE_DATA_DIR"):
        for path in Path(os.environ[folder]).rglob("*"):
            assert not path.is_file() or SECRET[:14].encode() not in path.read_bytes(), path


def test_strict_keeps_a_decline_an_error(fake_openai: FakeOpenAI) -> None:
    fake_openai.responder = DECLINED["a refusal"][0]
    result = run(
        "summarise", str(BRIEF), env=model_env(fake_openai, COMMUNIQUE_MODE="tools", COMMUNIQUE_STRICT="1")
    )
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == "communique: error: the model refused: I cannot help with that request.\n"


#: Error bodies as the APIs write them, and the words the one line says.
ERROR_BODIES: dict[str, tuple[Any, str]] = {
    "FastAPI's validation errors": (
        {
            "detail": [
                {"loc": ["body", "messages", 0], "msg": "Field required", "type": "missing"},
                {"loc": ["body", "model"], "msg": "Input should be a valid string", "type": "string_type"},
            ]
        },
        "answered 422: body.messages.0: Field required; body.model: Input should be a valid string",
    ),
    "a list of one error (Gemini)": (
        [{"error": {"code": 400, "message": "Invalid JSON payload received.", "status": "INVALID_ARGUMENT"}}],
        "answered 422: Invalid JSON payload received.",
    ),
    "a validation error echoing the key": (
        {"detail": [{"loc": ["header"], "msg": f"bad key {SECRET}"}]},
        "answered 422: header: bad key ****",
    ),
}


@pytest.mark.parametrize("case", list(ERROR_BODIES), ids=list(ERROR_BODIES))
def test_an_error_body_is_said_in_its_words(fake_openai: FakeOpenAI, case: str) -> None:
    """Was: `answered 422: Error code: 422 - {'detail': [{'loc': ['body', …`, the body as
    Python writes it."""
    body, words = ERROR_BODIES[case]
    fake_openai.responder = lambda request: status(422, body=body)
    env = model_env(fake_openai, COMMUNIQUE_MODE="tools", COMMUNIQUE_STRICT="1")  # said as the error
    result = run("summarise", str(BRIEF), "--no-cache", env=env)
    assert result.returncode == 1 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("communique: error: ") and line.endswith(words), line
    assert "Error code" not in line and SECRET[:8] not in line
