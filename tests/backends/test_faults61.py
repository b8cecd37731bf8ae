"""A misbehaving server, the sixty-first adversarial reading: a reply in the charset its
``Content-Type`` names (not UTF-8), and a body compressed in an encoding the client never
asked for. The real command line against the fake server."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, raw
from runner import run
from support import GOOD_DRAFT, SECRET, brief_record, completion, model_env

BRIEF = EXAMPLES / "rabat-madrid-fr.txt"
TEXT = json.dumps(GOOD_DRAFT, ensure_ascii=False)


def _summarise(fake: FakeOpenAI, **extra: str) -> Any:
    env = model_env(fake, COMMUNIQUE_MODE="json", COMMUNIQUE_COMPLETE="gaps", **extra)
    return run("summarise", str(BRIEF), "--no-cache", env=env)


def _stream(text: str) -> str:
    """The events of a stream writing ``text`` in pieces, then its finish and ``[DONE]``."""
    chunks = [{"role": "assistant", "content": text[n : n + 50]} for n in range(0, len(text), 50)]
    events = [{"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
               "choices": [{"index": 0, "delta": delta, "finish_reason": None}]} for delta in chunks]  # fmt: skip
    events.append({"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
                   "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})  # fmt: skip
    return "".join(f"data: {json.dumps(e, ensure_ascii=False)}\n\n" for e in events) + "data: [DONE]\n\n"


#: A reply written in a charset other than UTF-8, which its content type names: a Java
#: servlet or an old proxy writes JSON in ISO-8859-1 (its default) and labels it so.
CHARSETS = {
    "whole, iso-8859-1": ("application/json; charset=iso-8859-1", "latin-1", False),
    "whole, windows-1252, the charset quoted": ('application/json; charset="windows-1252"', "cp1252", False),
    "a stream, iso-8859-1": ("text/event-stream; charset=ISO-8859-1", "latin-1", True),
}


@pytest.mark.parametrize("case", list(CHARSETS), ids=list(CHARSETS))
def test_a_reply_in_the_charset_its_content_type_names_is_read_in_it(
    fake_openai: FakeOpenAI, case: str
) -> None:
    """Was: `not a chat completion (…, not UTF-8 text)` (an event "is not JSON", for a
    stream), asked again twice, then the offline reading. Now read in the charset named,
    at the first request; UTF-8 is still read first (`test_faults48`: a UTF-8 reply
    whose header says Latin-1)."""
    kind, codec, streamed = CHARSETS[case]
    text = _stream(TEXT) if streamed else json.dumps(completion({"content": TEXT}), ensure_ascii=False)
    fake_openai.responder = lambda request: raw(text.encode(codec), content_type=kind)
    result = _summarise(fake_openai)
    assert result.stderr == "" and len(fake_openai.chat_requests) == 1
    record = brief_record(result)
    assert record.meetings[0].participants[0].title == "ministre de l'Intérieur"
    assert record.provenance.problems == []


#: Content codings no client here decodes, nor asks for (it asks for gzip and deflate),
#: the content type of the body, and the coding named in the line said.
ENCODINGS = {
    "br": ("br", "application/json", "br"),
    "zstd": ("zstd", "application/json", "zstd"),
    "compress": ("compress", "application/json", "compress"),
    "gzip, br": ("gzip, br", "application/json", "br"),
    "br, a stream": ("br", "text/event-stream", "br"),
}


@pytest.mark.parametrize("case", list(ENCODINGS), ids=list(ENCODINGS))
def test_a_body_in_a_content_encoding_not_asked_for_is_said_at_once(
    fake_openai: FakeOpenAI, case: str
) -> None:
    """Was: `not a chat completion (application/json, N bytes: not UTF-8 text)` (a stream:
    `200 with text that is no event`, exit 4, as if the base URL were wrong), asked again
    for the whole retry budget (the server codes every reply so), the coding never named.
    Now said at once, not retried, the coding named; the record is the offline reading
    (exit 5), or, with `--strict`, nothing (exit 1)."""
    encoding, kind, named = ENCODINGS[case]
    body = bytes(range(128, 256)) * 8  # what compressed data looks like
    fake_openai.responder = lambda request: raw(
        body, content_type=kind, headers={"Content-Encoding": encoding}
    )
    result = _summarise(fake_openai, COMMUNIQUE_RETRY_SECONDS="30")
    assert result.returncode == 5 and len(fake_openai.chat_requests) == 1, result.stderr
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.splitlines()
    assert f"its body is compressed as '{named}' (Content-Encoding), which was not asked for" in line
    assert "(not retried)" in line and "not UTF-8 text" not in line and SECRET[:8] not in line
    record = json.loads(result.stdout)
    assert "Content-Encoding" in record["provenance"]["problems"][0]
    strict = _summarise(fake_openai, COMMUNIQUE_STRICT="1")
    assert strict.returncode == 1 and strict.stdout == "" and len(fake_openai.chat_requests) == 2
    assert strict.stderr.startswith("communique: error: ") and "which was not asked for" in strict.stderr


@pytest.mark.parametrize("encoding", ["utf-8", "br"])
def test_a_body_that_reads_whatever_its_content_encoding_says_is_read(
    fake_openai: FakeOpenAI, encoding: str
) -> None:
    """What the test above must not catch: a charset put in the wrong header
    (`Content-Encoding: utf-8`, a misconfigured proxy), or a coding named but not applied."""
    body = json.dumps(completion({"content": TEXT}))
    fake_openai.responder = lambda request: raw(body, headers={"Content-Encoding": encoding})
    result = _summarise(fake_openai)
    assert result.stderr == "" and len(fake_openai.chat_requests) == 1
    assert brief_record(result).provenance.problems == []
