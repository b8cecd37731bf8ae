"""A misbehaving endpoint, found from the outside (the fiftieth adversarial reading): the
real command line against the fake server. (docs/hardening.md lists them.)"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, RecordedRequest, raw
from runner import run
from support import GOOD_DRAFT, SECRET, asked_function, brief_record, completion, model_env, tool_call_reply

BRIEF = EXAMPLES / "rabat-madrid-fr.txt"
#: The good record, as a model writes it in a tool call's arguments.
GOOD = json.dumps(GOOD_DRAFT)
#: The line a run that fell back to the offline reading ends with.
OFFLINE = "the record is the offline reading of the text"
#: « Fernando » with a Cyrillic « о » for its second « o »: a name that shows as a Latin one.
MIXED = "Fernand\u043e"


def _summarise(fake: FakeOpenAI, *args: str, brief: Path = BRIEF, **env: str) -> Any:
    result = run("summarise", str(brief), "--no-cache", "--mode", "tools", *args, env=model_env(fake, **env))
    assert SECRET not in result.stdout + result.stderr and "Traceback" not in result.stderr
    return result


def _mixed_brief(tmp_path: Path) -> Path:
    path = tmp_path / "mixed.txt"
    path.write_text(BRIEF.read_text(encoding="utf-8").replace("Fernando", MIXED), encoding="utf-8")
    return path


def test_a_name_the_text_writes_with_a_look_alike_letter_is_kept_as_written_and_warned_of(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    """The text writes « Fernand\\u043e » (a Cyrillic « о »), and so does the reply: the record
    quotes the text (grounding) and keeps the letters, and a warning in provenance says the
    name is not the Latin one it shows (was: kept without a word)."""
    fake_openai.responder = tool_call_reply(GOOD.replace("Fernando", MIXED))
    result = _summarise(fake_openai, brief=_mixed_brief(tmp_path))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["meetings"][0]["participants"][1]["name"] == f"{MIXED} Grande-Marlaska"
    (warning,) = [w for w in record["provenance"]["warnings"] if "mixes Latin letters" in w]
    assert "'Fernand\\u043e Grande-Marlaska'" in warning and "'Fernando Grande-Marlaska'" in warning
    assert "mixes Latin letters" in result.stderr


def _call(request: RecordedRequest, arguments: Any = GOOD) -> dict[str, Any]:
    return {
        "id": "t",
        "type": "function",
        "function": {"name": asked_function(request), "arguments": arguments},
    }


#: Replies that hold the record in a shape of their own, each read at the first request.
SHAPES: dict[str, Callable[[RecordedRequest], Any]] = {
    # a gateway that parses the JSON it was asked for: the content an object, not its text
    "content an object": lambda request: raw(json.dumps(completion({"content": GOOD_DRAFT}))),
    "content one part, not in a list": lambda request: raw(
        json.dumps(completion({"content": {"type": "text", "text": GOOD}}))
    ),
    "tool_calls one object, not a list": lambda request: raw(
        json.dumps(completion({"content": None, "tool_calls": _call(request)}, finish="tool_calls"))
    ),
    "choices one object, not a list": lambda request: raw(
        json.dumps(completion({"content": GOOD}) | {"choices": completion({"content": GOOD})["choices"][0]})
    ),
    # a server that streams whole messages, not deltas (to a request that asked no stream)
    "an event stream of whole messages": lambda request: raw(
        f"data: {json.dumps(completion({'content': GOOD}))}\n\ndata: [DONE]\n\n",
        content_type="text/event-stream",
    ),
    "a stream whose chunk's choices are one object": lambda request: raw(
        "data: "
        + json.dumps(
            {
                "id": "c",
                "object": "chat.completion.chunk",
                "created": 1,
                "model": "m",
                "choices": {"index": 0, "delta": {"content": GOOD}, "finish_reason": "stop"},
            }
        )
        + "\n\ndata: [DONE]\n\n",
        content_type="text/event-stream",
    ),
    "tool arguments a list holding the record": tool_call_reply([GOOD_DRAFT]),
    # a server's parser of tool calls that names no function: the one offered, and asked for
    "a tool call whose name is null": lambda request: raw(
        json.dumps(
            completion(
                {
                    "content": None,
                    "tool_calls": [_call(request) | {"function": {"name": None, "arguments": GOOD}}],
                },
                finish="tool_calls",
            )
        )
    ),
    "a tool call of no name": lambda request: raw(
        json.dumps(
            completion(
                {"content": None, "tool_calls": [_call(request) | {"function": {"arguments": GOOD}}]},
                finish="tool_calls",
            )
        )
    ),
    "a streamed tool call of no name": lambda request: raw(
        "data: "
        + json.dumps(
            {
                "id": "c",
                "object": "chat.completion.chunk",
                "created": 1,
                "model": "m",
                "choices": [
                    {
                        "index": 0,
                        "finish_reason": "tool_calls",
                        "delta": {"tool_calls": [{"index": 0, "id": "t", "function": {"arguments": GOOD}}]},
                    }
                ],
            }
        )
        + "\n\ndata: [DONE]\n\n",
        content_type="text/event-stream",
    ),
    # JavaScript's and Python's lists and objects, which a small model writes
    "commas before closing brackets": tool_call_reply(GOOD.replace("]", ",]").replace("}", ",}")),
    # a field of the record encoded twice
    "meetings as the text of a JSON list": lambda request: raw(
        json.dumps(
            completion({"content": json.dumps(GOOD_DRAFT | {"meetings": json.dumps(GOOD_DRAFT["meetings"])})})
        )
    ),
}


@pytest.mark.parametrize("shape", list(SHAPES), ids=list(SHAPES))
def test_a_record_in_a_shape_of_its_own_is_read_at_the_first_request(
    fake_openai: FakeOpenAI, shape: str
) -> None:
    """Was: "the reply's content is an object, not text", "the tool calls are not a list",
    "not a chat completion", "the reply is empty", or the meetings left out (a report of
    none): asked again for the same shape, then the offline reading."""
    fake_openai.responder = SHAPES[shape]
    brief_record(_summarise(fake_openai))
    assert len(fake_openai.chat_requests) == 1


def test_choices_null_is_a_reply_of_nothing_asked_again_then_the_offline_reading(
    fake_openai: FakeOpenAI,
) -> None:
    """As ``choices: []`` is (was: "not a chat completion", retried as a server's fault,
    then an error and no record, exit 1)."""
    fake_openai.responder = lambda request: raw(json.dumps(completion({}) | {"choices": None}))
    result = _summarise(fake_openai)
    assert result.returncode == 5 and OFFLINE in result.stderr and "the reply has no choices" in result.stderr
    assert json.loads(result.stdout)["meetings"] and len(fake_openai.chat_requests) == 3


def test_a_405_is_a_wrong_endpoint_said_at_once(fake_openai: FakeOpenAI) -> None:
    """A web server at the base URL that takes no POST there: exit 4 at once, as a 404 is,
    the key it echoes never shown (was: exit 1, `answered 405: …`)."""
    fake_openai.responder = lambda request: raw(
        json.dumps({"error": {"message": f"no {SECRET}"}}), status=405
    )
    result = _summarise(fake_openai)
    assert result.returncode == 4 and len(fake_openai.chat_requests) == 1
    assert "(405 Method Not Allowed); check --base-url" in result.stderr


def test_a_reply_of_ten_thousand_invented_people_is_not_sent_back_at_the_re_ask(
    fake_openai: FakeOpenAI,
) -> None:
    """Its short copy was sent back at each re-ask, whole: half a megabyte, a paid request
    of 130,000 tokens, twice. A copy longer than a reply can hold (8 characters a token of
    ``max_tokens``) is not; the problems are said, and the record is what the text supports."""
    invented = [{"name": f"Karel Novak{number}", "role": "guest"} for number in range(10_000)]
    draft = json.loads(GOOD)
    draft["meetings"][0]["participants"] += invented
    fake_openai.responder = tool_call_reply(json.dumps(draft))
    brief_record(_summarise(fake_openai))
    first, *again = (len(request.body) for request in fake_openai.chat_requests)
    assert again and all(size < first + 4_000 for size in again)
    assert "more than a reply can hold" in fake_openai.chat_requests[1].messages[-1]["content"]


def test_an_error_sent_as_an_event_named_error_is_said_with_its_words(fake_openai: FakeOpenAI) -> None:
    """``event: error`` then ``data: {"message": …}`` (the error itself, not inside an
    ``error`` key): retried as an error of the endpoint, then said with its words, the key
    masked (was: passed over, "the stream ended before the reply was complete")."""
    event = json.dumps({"message": f"overloaded, key {SECRET}", "type": "overloaded_error"})
    fake_openai.responder = lambda request: raw(
        f"event: error\ndata: {event}\n\n", content_type="text/event-stream"
    )
    result = _summarise(fake_openai, COMMUNIQUE_RETRY_SECONDS="1")
    assert result.returncode == 5 and result.stderr.splitlines()[-1].endswith(
        f"could not be read, after retries: the endpoint sent an error: overloaded, key ****; {OFFLINE}"
    )


@pytest.mark.parametrize(
    "body",
    [{"error": f"bad key {SECRET}"}, {"detail": f"bad key {SECRET}"}],
    ids=["an error a string", "detail"],
)
def test_an_error_that_is_a_sentence_is_said_as_the_sentence(
    fake_openai: FakeOpenAI, body: dict[str, str]
) -> None:
    """Was: `answered 400: Error code: 400 - {'error': 'bad key ****'}`, the body as Python writes it."""
    fake_openai.responder = lambda request: raw(json.dumps(body), status=400)
    result = _summarise(fake_openai)
    assert result.returncode == 5 and result.stderr.splitlines()[-1].endswith(
        f"answered 400: bad key ****; {OFFLINE}"
    )
