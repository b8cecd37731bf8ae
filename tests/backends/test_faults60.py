"""A misbehaving server, the sixtieth adversarial reading: a stream that splices two
models or weaves two replies, what a record made from a cached reply says, and what a
model's words can do to the user's terminal and files. The real command line against the
fake server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, chat_auto, raw
from runner import run
from support import GOOD_DRAFT, SECRET, model_env

from communique.schema import CACHED_REPLY

BRIEF = EXAMPLES / "rabat-madrid-fr.txt"
OFFLINE = "the record is the offline reading of the text"
TEXT = json.dumps(GOOD_DRAFT, ensure_ascii=False)
THIRD = len(TEXT) // 3


def _env(fake: FakeOpenAI, **extra: str) -> dict[str, str]:
    return model_env(fake, COMMUNIQUE_MODE="json", COMMUNIQUE_COMPLETE="gaps", **extra)


def _chunk(ident: str, model: str, content: str | None = None, finish: str | None = None) -> dict[str, Any]:
    delta = {"role": "assistant", "content": content} if content is not None else {}
    return {"id": ident, "object": "chat.completion.chunk", "created": 1, "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}  # fmt: skip


def _stream(chunks: list[dict[str, Any]]) -> Any:
    body = "".join(f"data: {json.dumps(c)}\n\n" for c in chunks) + "data: [DONE]\n\n"
    return raw(body, content_type="text/event-stream")


# -- a stream spliced from two models, or two replies woven together ----------------------

#: The models each stream's chunks name, and what the record's provenance says served it.
SPLICED_MODELS = {
    "one model": (["m1", "m1", "m1"], "m1", False),
    "the model changes midway": (["m1", "m2", "m2"], "m1, m2", True),
    "a model a chunk, and back": (["m1", "m2", "m1"], "m1, m2", True),
    # a role in every chunk and an id of each its own (Ollama, some proxies) is still one reply
}


@pytest.mark.parametrize("case", list(SPLICED_MODELS), ids=list(SPLICED_MODELS))
def test_a_stream_whose_chunks_name_two_models_names_both_with_a_warning(
    fake_openai: FakeOpenAI, case: str
) -> None:
    """Was: `"model": "m1"`, the first chunk's, though m2 wrote most of the reply. Now every
    model the chunks name, and a warning in the record and on stderr."""
    models, shown, warned = SPLICED_MODELS[case]
    pieces = [TEXT[:THIRD], TEXT[THIRD : 2 * THIRD], TEXT[2 * THIRD :]]
    chunks = [
        _chunk(f"c{n}", model, piece) for n, (model, piece) in enumerate(zip(models, pieces, strict=True))
    ]
    fake_openai.responder = lambda request: _stream([*chunks, _chunk("c9", models[-1], finish="stop")])
    result = run("summarise", str(BRIEF), "--no-cache", env=_env(fake_openai))
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    provenance = json.loads(result.stdout)["provenance"]
    assert provenance["model"] == shown and len(fake_openai.chat_requests) == 1
    said = [w for w in provenance["warnings"] if "more than one model" in w]
    assert said == (["the reply's stream names more than one model ('m1', 'm2'): no one model wrote it all"]
                    if warned else [])  # fmt: skip
    assert ("more than one model" in result.stderr) is warned


#: Two replies woven into one stream: the ids of their chunks alternate.
WOVEN = {
    "two ids alternate": [_chunk("a", "m", TEXT[:THIRD]), _chunk("b", "m", TEXT[:THIRD]),
                          _chunk("a", "m", TEXT[THIRD:]), _chunk("b", "m", TEXT[THIRD:]), _chunk("a", "m", finish="stop")],
    "a third id, then the first again": [_chunk("a", "m", TEXT[:THIRD]), _chunk("b", "m", TEXT[:5]),
                                         _chunk("c", "m", TEXT[5:9]), _chunk("a", "m", TEXT[THIRD:], "stop")],
}  # fmt: skip


@pytest.mark.parametrize("case", list(WOVEN), ids=list(WOVEN))
def test_two_replies_woven_into_one_stream_are_said_as_such(fake_openai: FakeOpenAI, case: str) -> None:
    """Was: asked again with `is_meeting_report: Field required` (the two texts read as one,
    which is no JSON), then the offline reading saying so. Now the stream is said to mix
    two replies: retried, then the offline reading with that reason, in one line."""
    fake_openai.responder = lambda request: _stream(WOVEN[case])
    result = run("summarise", str(BRIEF), "--no-cache", env=_env(fake_openai, COMMUNIQUE_MAX_RETRIES="1"))
    assert result.returncode == 5 and "Traceback" not in result.stderr and SECRET[:14] not in result.stderr
    *retries, line = result.stderr.splitlines()
    assert all(r.startswith("communique: ") and "mixes two replies" in r for r in retries)
    assert line.startswith("communique: problems: ") and "the stream mixes two replies (chunks of ids" in line
    assert "Field required" not in line
    record = json.loads(result.stdout)
    assert record["provenance"]["problems"][0].endswith(OFFLINE)
    assert "mixes two replies" in record["provenance"]["problems"][0]


def test_chunks_each_with_an_id_of_its_own_and_a_role_are_one_reply(fake_openai: FakeOpenAI) -> None:
    """What the test above must not catch: a server giving each chunk a new id, and one
    (Ollama) repeating the role in every chunk, stream one reply."""
    chunks = [_chunk(f"id-{n}", "m", TEXT[n : n + 40]) for n in range(0, len(TEXT), 40)]
    fake_openai.responder = lambda request: _stream([*chunks, _chunk("id-end", "m", finish="stop")])
    result = run("summarise", str(BRIEF), "--no-cache", env=_env(fake_openai))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["provenance"]["problems"] == []


# -- a record made from a cached reply --------------------------------------------------------


@pytest.mark.parametrize("form", ["md", "html"])
def test_a_record_made_anew_from_a_cached_reply_says_so_in_its_card(
    fake_openai: FakeOpenAI, tmp_path: Path, form: str
) -> None:
    """Was: `· cached` in the card's footer, read as a record of an earlier run, though the
    record was made by this version from the reply the cache kept (another completion
    setting: its completions differ). Now the footer says what came from the cache."""
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    env = _env(fake_openai, COMMUNIQUE_CACHE_DIR=str(tmp_path / "cache"))
    first = run("summarise", str(BRIEF), "-f", form, env=env)
    again = run("summarise", str(BRIEF), "-f", form, env={**env, "COMMUNIQUE_COMPLETE": "off"})
    assert first.returncode == again.returncode == 0 and len(fake_openai.chat_requests) == 1, again.stderr
    assert CACHED_REPLY not in first.stdout and "cached" not in first.stdout
    assert CACHED_REPLY in again.stdout
