"""Batches on a model that take what they can from the cache first: the records kept
from an earlier run are looked up before any thread starts, in input order with the
rest, and a record kept is read as strictly as ever."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from fakeserver import FakeOpenAI, chat_auto, status
from support import BRIEF_NO_ID as BRIEF
from support import GOOD_DRAFT, corpus, env, ids_of

from communique import api
from communique.config import resolve
from communique.errors import BatchStopped
from communique.export import formats
from communique.ingest import inputs
from communique.pipeline import Pipeline


def _items(numbers: range) -> list[inputs.Loaded]:
    documents = [
        inputs.Document(id=f"doc-{n}", origin=f"doc {n}", text=f"{BRIEF}\nRéférence {n}.\n") for n in numbers
    ]
    return inputs.load_all(documents)


def _batch(fake: FakeOpenAI, items: list[inputs.Loaded], out: Path, **given: Any) -> tuple[Any, list[Any]]:
    settings = resolve({"model": "fake-model", "base_url": fake.base_url, "mode": "tools"})
    with Pipeline(settings) as pipeline:
        sink = formats.open_sink("jsonl", out, force=True, resume=False)
        tally = api.analyse_many(items, pipeline=pipeline, sink=sink, concurrency=4, **given)
    return tally, [json.loads(line) for line in out.read_text().splitlines()]


def test_a_batch_run_again_is_read_from_the_cache_without_a_thread(
    fake_openai: FakeOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    first, made = _batch(fake_openai, _items(range(6)), tmp_path / "first.jsonl")
    assert first.done == 6 and first.cached == 0

    def no_thread(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a batch answered from the cache starts no thread")

    monkeypatch.setattr(threading.Thread, "start", no_thread)
    again, kept = _batch(fake_openai, _items(range(6)), tmp_path / "again.jsonl")
    assert again.done == again.cached == 6 and len(fake_openai.chat_requests) == 6
    assert [r["document"]["id"] for r in kept] == [f"doc-{n}" for n in range(6)]
    assert all(r["provenance"]["cached"] for r in kept)
    assert [{**r, "provenance": None} for r in kept] == [{**r, "provenance": None} for r in made]


def test_a_batch_partly_run_before_runs_the_rest_in_input_order(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    _batch(fake_openai, _items(range(0, 8, 2)), tmp_path / "even.jsonl")
    tally, records = _batch(fake_openai, _items(range(8)), tmp_path / "all.jsonl")
    assert [r["document"]["id"] for r in records] == [f"doc-{n}" for n in range(8)]
    assert [r["provenance"]["cached"] for r in records] == [n % 2 == 0 for n in range(8)]
    assert tally.done == 8 and tally.cached == 4 and len(fake_openai.chat_requests) == 8


def test_a_batch_stopped_by_a_configuration_error_writes_no_record_after_it(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    """A refused key stops the batch at the document it fails: the records kept from
    before that one are written, none after it, even those the cache holds."""
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    _batch(fake_openai, [item for item in _items(range(8)) if item.id != "doc-1"], tmp_path / "kept.jsonl")
    fake_openai.responder = lambda request: status(401, body={"error": {"message": "bad key"}})
    out = tmp_path / "all.jsonl"
    with pytest.raises(BatchStopped) as stopped:
        _batch(fake_openai, _items(range(8)), out)
    assert ids_of(out) == ["doc-0"]
    assert stopped.value.done == 1


def test_a_kept_record_that_does_not_read_is_made_again(
    fake_openai: FakeOpenAI, tmp_path: Path, isolated_environment: Path
) -> None:
    """A record kept in another layout, or not JSON, is no record: the document is made
    again (from the reply the cache keeps), never read from it."""
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    settings = resolve({"model": "fake-model", "base_url": fake_openai.base_url, "mode": "tools"})
    (item,) = _items(range(1))
    assert item.source is not None
    made = Pipeline(settings)
    first = made.run(item.source)
    key = made._kept(item.source)
    assert made.cache is not None and key is not None
    for broken in ('{"meetings": "not a list"}', "not JSON at all", "[1, 2]"):
        made.cache._open().set(key, broken)
        assert made.recall(item.source) is None
        assert made.run(item.source).meetings == first.meetings
        assert made.recall(item.source) is not None  # made again, and kept again
    assert len(fake_openai.chat_requests) == 1  # the reply itself came from the cache


def test_a_batch_run_again_imports_no_model_client(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    """A batch answered from the cache asks nothing of the model: neither openai nor
    instructor is imported."""
    corpus(tmp_path / "briefs", 3)
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    command = [sys.executable, "-X", "importtime", "-m", "communique", "summarise", str(tmp_path / "briefs")]
    environment = {**os.environ, **env(fake_openai)}
    first = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120, check=False)
    assert first.returncode == 0 and re.search(r"\|\s+openai$", first.stderr, re.MULTILINE)
    again = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120, check=False)
    assert again.returncode == 0 and "3 done (3 from the cache)" in again.stderr
    assert not re.search(r"\|\s+(openai|instructor)$", again.stderr, re.MULTILINE)
    assert len(fake_openai.chat_requests) == 3


def test_a_lookup_that_fails_leaves_its_document_to_the_threads_in_its_turn(
    fake_openai: FakeOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The records kept are looked up together; one whose lookup fails is run instead,
    and written in its turn, the others taken from what was looked up."""
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    _batch(fake_openai, _items(range(6)), tmp_path / "first.jsonl")
    real = Pipeline.recall

    def failing(self: Pipeline, source: Any) -> Any:
        if source.id == "doc-2":
            raise OSError("the disk is gone")
        return real(self, source)

    monkeypatch.setattr(Pipeline, "recall", failing)
    tally, records = _batch(fake_openai, _items(range(6)), tmp_path / "again.jsonl")
    assert [r["document"]["id"] for r in records] == [f"doc-{n}" for n in range(6)]
    assert tally.done == tally.cached == 6 and len(fake_openai.chat_requests) == 6


def test_the_first_request_slot_taken_is_told_once() -> None:
    """A batch's other threads start as soon as its first request takes a slot (it waits
    on the endpoint), not a while after: the slots tell it, once."""
    from communique.batch import _Slots

    told: list[int] = []
    slots = _Slots(2, taken=lambda: told.append(1))
    with slots, slots:
        assert not slots.acquire(blocking=False)
    with slots:
        pass
    assert told == [1]
