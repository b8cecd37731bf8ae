"""Batches that read each document as a thread takes it: the first requests leave
before every document is read, and what reading all of them first gave still holds (a
duplicate id refused in its turn, input order, --resume, an error of the reading
raised)."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from fakeserver import FakeOpenAI, RecordedRequest, Reply, chat_auto, delay
from runner import run
from support import BRIEF_NO_ID as BRIEF
from support import GOOD_DRAFT, document_id, env, ids_of

from communique import api
from communique.config import resolve
from communique.errors import InputError
from communique.export import formats
from communique.ingest import inputs
from communique.pipeline import Pipeline


def _documents(numbers: range, **ids: str) -> list[inputs.Document]:
    """Documents ``doc-N``; ``ids`` gives some of them an id of their own (as a JSONL
    line's ``id``), by their name."""
    named = {f"doc-{n}": ids.get(f"doc-{n}") for n in numbers}
    return [
        inputs.Document(
            id=own or name,
            origin=name.replace("-", " "),
            text=f"{BRIEF}\nRéférence {name}.\n",
            meta=(("id", own),) if own else (),
        )
        for name, own in named.items()
    ]


def _batch(fake: FakeOpenAI, items: Any, out: Path, errors: Path | None = None, **given: Any) -> Any:
    settings = resolve({"model": "fake-model", "base_url": fake.base_url, "mode": "tools"})
    with Pipeline(settings) as pipeline:
        sink = formats.open_sink("jsonl", out, force=True, resume=False)
        return api.analyse_many(items, pipeline=pipeline, sink=sink, errors=errors, concurrency=4, **given)


def test_reading_is_in_order_and_once_whoever_asks_first(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    real = inputs.load

    def load(document: inputs.Document, **options: Any) -> Any:
        read.append(document.id)
        return real(document, **options)

    monkeypatch.setattr(inputs, "load", load)
    items = inputs.load_all(_documents(range(6)))
    assert len(items) == 6 and [d.id for d in inputs.documents_of(items)] == [f"doc-{n}" for n in range(6)]
    assert read == []  # nothing read before it is asked for
    assert items[2].id == "doc-2" and read == ["doc-0", "doc-1", "doc-2"]
    assert items[-1].id == "doc-5" and [item.id for item in items[1:3]] == ["doc-1", "doc-2"]
    assert [item.id for item in items] == [f"doc-{n}" for n in range(6)]
    assert read == [f"doc-{n}" for n in range(6)]  # each once
    with pytest.raises(IndexError):
        items[6]


def test_threads_reading_together_read_each_document_once_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    real = inputs.load
    monkeypatch.setattr(
        inputs, "load", lambda document, **options: read.append(document.id) or real(document, **options)
    )
    items = inputs.load_all(_documents(range(40)))
    threads = [threading.Thread(target=lambda n=n: items[39 - n]) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert read == [f"doc-{n}" for n in range(40)]


def test_the_first_requests_leave_before_every_document_is_read(
    fake_openai: FakeOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[str] = []
    real = inputs.load
    monkeypatch.setattr(
        inputs, "load", lambda document, **options: read.append(document.id) or real(document, **options)
    )
    read_at_first_request: list[int] = []

    def reply(request: RecordedRequest) -> Reply:
        read_at_first_request.append(len(read))
        return delay(0.05, chat_auto(GOOD_DRAFT))

    fake_openai.responder = reply
    out = tmp_path / "out.jsonl"
    tally = _batch(fake_openai, inputs.load_all(_documents(range(30))), out)
    assert tally.done == 30 and ids_of(out) == [f"doc-{n}" for n in range(30)]
    # a thread holds one document at a time: the eight threads of four requests in flight
    # had read eight at most when the first request came
    assert read_at_first_request[0] <= 8


def test_an_id_an_earlier_document_has_is_refused_in_its_turn(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    """Read as the threads take them, a document whose id an earlier one has is still a
    failure of its own, said in one line: the earlier one is written, once, and
    neither is lost nor replaced; a later one that finishes first waits for its turn."""
    fake_openai.responder = lambda request: delay(
        0.2 if document_id(request) == "shared" else 0.0, chat_auto(GOOD_DRAFT)
    )
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    items = inputs.load_all(_documents(range(8), **{"doc-2": "shared", "doc-5": "shared"}))
    tally = _batch(fake_openai, items, out, errors)
    assert ids_of(out) == ["doc-0", "doc-1", "shared", "doc-3", "doc-4", "doc-6", "doc-7"]
    (failure,) = [json.loads(line) for line in errors.read_text().splitlines()]
    assert failure["id"] == "shared" and failure["input"] == "doc 5"
    assert failure["reason"] == "id 'shared' is also the id of doc 2: give each document its own id"
    assert tally.done == 7 and tally.failed == 1 and len(fake_openai.chat_requests) == 7


def test_a_duplicate_id_in_files_read_as_they_are_taken_is_said(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    for n in range(6):
        front = "---\nid: twice\n---\n" if n in (1, 4) else ""
        (briefs / f"brief-{n}.txt").write_text(f"{front}{BRIEF}\nRéférence {n}.\n")
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    out = tmp_path / "out.jsonl"
    result = run("summarise", str(briefs), "-o", str(out), "-j", "4", env=env(fake_openai))
    assert result.returncode == 1, result.stderr
    assert ids_of(out) == ["brief-0", "twice", "brief-2", "brief-3", "brief-5"]
    assert (
        f"id 'twice' is also the id of {briefs / 'brief-1.txt'}: give each document its own id"
        in result.stderr
    )
    assert "Traceback" not in result.stderr


def test_a_resumed_batch_skips_what_the_file_holds(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    out = tmp_path / "out.jsonl"
    _batch(fake_openai, inputs.load_all(_documents(range(4))), out)
    fake_openai.reset()
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    again = api.analyse_many(inputs.load_all(_documents(range(9))), settings=resolve(
        {"model": "fake-model", "base_url": fake_openai.base_url, "mode": "tools", "cache": False}
    ), output=out, resume=True, concurrency=4)  # fmt: skip
    assert again.skipped == 4 and again.done == 5 and len(fake_openai.chat_requests) == 5
    assert ids_of(out) == [f"doc-{n}" for n in range(9)]


def test_a_failure_to_read_a_document_in_a_thread_is_raised(
    fake_openai: FakeOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug met reading a document in one of the threads is the batch's error, as it
    was reading them all first: raised, not left to hang the batch."""
    real = inputs.load

    def load(document: inputs.Document, **options: Any) -> Any:
        if document.id == "doc-6":
            raise RuntimeError("a bug")
        return real(document, **options)

    monkeypatch.setattr(inputs, "load", load)
    fake_openai.responder = lambda request: delay(0.05, chat_auto(GOOD_DRAFT))
    with pytest.raises(RuntimeError, match="a bug"):
        _batch(fake_openai, inputs.load_all(_documents(range(12))), tmp_path / "out.jsonl")


def test_an_input_error_is_read_in_its_turn(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    documents = _documents(range(5))
    documents[3] = inputs.Document(id="doc-3", origin="doc 3", problem="doc 3 has no 'text'")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    tally = _batch(fake_openai, inputs.load_all(documents), out, errors)
    assert ids_of(out) == ["doc-0", "doc-1", "doc-2", "doc-4"] and tally.failed == 1
    assert json.loads(errors.read_text())["reason"] == "doc 3 has no 'text'"
    with pytest.raises(InputError):
        inputs.load(documents[3])
