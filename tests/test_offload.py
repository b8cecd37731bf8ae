"""Offload: a batch's pipeline makes the records of a model's replies in a worker
process, and they are the records it would make itself."""

from __future__ import annotations

import os
import signal
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, chat_auto
from runner import run
from support import GOOD_DRAFT, corpus, env

import communique
from communique import api, pipeline, reconcile
from communique.pipeline import Pipeline
from communique.schema import Analysis


def settings(fake: FakeOpenAI, **extra: Any) -> Any:
    return communique.configure(
        {"model": "small", "base_url": fake.base_url, "mode": "tools", "cache": False, "log": False, **extra}
    )


def records(made: Pipeline) -> list[dict[str, Any]]:
    """The records of the examples, without how long each took."""
    texts = sorted(EXAMPLES.glob("*.txt"))[:3]
    return [
        made.analyse(text.read_text(encoding="utf-8")).model_dump(exclude={"provenance": {"duration_s"}})
        for text in texts
    ]


def ready(offloaded: Pipeline) -> Any:
    """The worker process of a pipeline that started it, once it is ready."""
    assert offloaded._worker is not None and offloaded._worker.ready.wait(120)
    return offloaded._worker


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many records this process completed from the offline reading itself."""
    calls: list[int] = []
    real = reconcile.complete

    def complete(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(reconcile, "complete", complete)
    return calls


def test_an_offloaded_pipeline_makes_the_records_elsewhere_and_the_same(
    fake_openai: FakeOpenAI, counted: list[int]
) -> None:
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    here = records(Pipeline(settings(fake_openai)))
    assert counted  # completed here (the endpoint is on loopback: decisions are taken too)
    counted.clear()
    with Pipeline(settings(fake_openai), offload=True) as offloaded:
        assert offloaded._worker is not None  # started with the pipeline, before any record
        assert records(offloaded) == here  # made here until the worker is ready
        ready(offloaded)
        counted.clear()
        assert records(offloaded) == here
    assert counted == []  # every one in the worker process


def test_a_worker_that_died_or_was_stopped_leaves_the_work_to_the_pipeline(
    fake_openai: FakeOpenAI, counted: list[int]
) -> None:
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    here = records(Pipeline(settings(fake_openai)))
    with Pipeline(settings(fake_openai), offload=True) as offloaded:
        records(offloaded)
        worker = ready(offloaded)
        os.kill(worker.process.pid, signal.SIGKILL)
        worker.process.join(10)
        assert records(offloaded) == here
        offloaded.close()
        assert records(offloaded) == here


def test_a_pipeline_of_the_offline_reader_or_without_completion_offloads_what_it_should(
    fake_openai: FakeOpenAI,
) -> None:
    assert Pipeline(communique.configure({"backend": "rules"}), offload=True)._worker is None
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    with Pipeline(settings(fake_openai, complete="off"), offload=True) as offloaded:
        offloaded.analyse((EXAMPLES / "rabat-madrid-fr.txt").read_text(encoding="utf-8"))
        ready(offloaded)
        record = offloaded.analyse((EXAMPLES / "rabat-madrid-fr.txt").read_text(encoding="utf-8"))
    assert isinstance(record, Analysis) and record.provenance is not None
    assert record.provenance.completed == []


def test_batches_offload_when_it_pays(fake_openai: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    model = settings(fake_openai)
    assert api._offloads(model, None, 200)
    assert not api._offloads(model, 1, 200)  # one document at a time: nothing to overlap
    assert not api._offloads(model, None, 5)  # too few to be worth a process
    assert not api._offloads(
        communique.configure({"backend": "rules"}), None, 200
    )  # it has processes of its own
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert not api._offloads(model, None, 200)  # no core to spare


def test_workers_are_forked_only_from_a_process_of_one_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline.sys, "platform", "linux")
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    assert pipeline.process_context().get_start_method() == "fork"
    monkeypatch.setattr(threading, "active_count", lambda: 3)
    assert pipeline.process_context().get_start_method() == "spawn"
    monkeypatch.setattr(pipeline.sys, "platform", "darwin")
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    assert pipeline.process_context().get_start_method() == "spawn"


def test_the_worker_starts_with_the_pipeline_and_stops_with_it(
    fake_openai: FakeOpenAI, tmp_path: Any
) -> None:
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    cached = settings(fake_openai, cache=True, cache_dir=str(tmp_path / "cache"))
    with Pipeline(cached) as first:
        expected = records(first)
    with Pipeline(cached, offload=True) as again:
        worker = ready(again)  # before any record: a batch's threads do not wait for it
        assert [{**r, "provenance": None} for r in records(again)] == [
            {**r, "provenance": None} for r in expected
        ]
    worker.process.join(10)
    assert not worker.process.is_alive()


def test_a_worker_is_forked_from_a_process_of_one_thread_and_spawned_from_one_of_many(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Forked, it has what this process imported and is ready at once; a process with
    other threads is not safe to fork (a lock one of them holds stays held)."""
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    assert pipeline.process_context().get_start_method() == ("fork" if sys.platform == "linux" else "spawn")
    monkeypatch.setattr(threading, "active_count", lambda: 3)
    assert pipeline.process_context().get_start_method() == "spawn"


def test_a_record_the_worker_could_not_make_is_answered_none_for_the_caller_to_make(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import multiprocessing
    import pickle

    from support import BRIEF

    from communique.draft import ModelDraft
    from communique.ingest import parse

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise ValueError("a bug")

    monkeypatch.setattr(pipeline, "made", broken)
    monkeypatch.setattr(pipeline, "worker_signals", lambda **_: None)  # signals: the main thread's
    ours, theirs = multiprocessing.Pipe()
    other, spare = multiprocessing.Pipe()
    serving = threading.Thread(target=pipeline._serve, args=(theirs, other, False), daemon=True)
    serving.start()
    assert pickle.loads(ours.recv_bytes()) == (None, None)  # ready
    draft = ModelDraft.model_validate(GOOD_DRAFT)
    ours.send_bytes(pickle.dumps((7, draft, parse(BRIEF), False)))
    assert pickle.loads(ours.recv_bytes()) == (7, None)  # made() failed there: made here, which raises
    ours.send_bytes(b"")
    serving.join(10)
    assert not serving.is_alive() and other.closed
    spare.close()


def test_a_worker_behind_by_its_backlog_leaves_the_next_record_to_the_pipeline(
    fake_openai: FakeOpenAI, counted: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A record that would wait behind :data:`~communique.pipeline.BACKLOG` others at the
    worker is made in the pipeline's own process, and is the same record."""
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    here = records(Pipeline(settings(fake_openai)))
    with Pipeline(settings(fake_openai), offload=True) as offloaded:
        worker = ready(offloaded)
        counted.clear()
        monkeypatch.setattr(pipeline, "BACKLOG", 0)  # always behind
        assert records(offloaded) == here
        assert len(counted) == len(here)  # every one made here
        monkeypatch.setattr(pipeline, "BACKLOG", 8)
        counted.clear()
        assert records(offloaded) == here and counted == []  # not behind: every one there
        assert worker.backlog == 0


def test_a_batch_stops_its_worker_without_a_word(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    """Was: the worker, forked with the command line's SIGTERM handler (raised as Ctrl-C, so
    that the program unwinds), printed ``Process communique-records:`` and a KeyboardInterrupt's
    traceback on the user's terminal when the batch stopped it at its end."""
    corpus(tmp_path / "briefs", 40)
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    result = run(
        "summarise", str(tmp_path / "briefs"), "-o", str(tmp_path / "out.jsonl"), env=env(fake_openai)
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [f"communique: 40 done; wrote {tmp_path / 'out.jsonl'}"]
