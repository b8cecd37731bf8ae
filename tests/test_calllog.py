"""The call log: every model call recorded, totals and cost, on/off, and several
processes writing at once without losing a row."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import EXAMPLES, in_processes
from fakeserver import FakeOpenAI, chat_auto, status
from runner import run
from support import GOOD_DRAFT, SECRET, model_env, with_name

from communique.calllog import Call, CallLog, _write_ahead, cost, load_prices, now
from communique.schema import Usage

BRIEF = EXAMPLES / "rabat-madrid-fr.txt"


def test_model_calls_are_logged_with_outcome_and_cost(
    fake_openai: FakeOpenAI, isolated_environment: Path
) -> None:
    env = model_env(fake_openai, COMMUNIQUE_MODEL="gpt-4o-mini", COMMUNIQUE_MODE="tools")
    served = "gpt-4o-mini-2024-07-18"  # the model the endpoint says answered
    fake_openai.enqueue(
        chat_auto(with_name("Lars Jensen"), model=served), chat_auto(GOOD_DRAFT, model=served)
    )
    assert run("summarise", str(BRIEF), env=env).returncode == 0  # re-asked once
    assert run("summarise", str(BRIEF), env=env).returncode == 0  # cache hit
    fake_openai.responder = lambda request: status(500)
    failed = run("summarise", str(BRIEF), "--no-cache", env={**env, "COMMUNIQUE_RETRY_SECONDS": "1"})
    assert failed.returncode == 5  # the offline reading, the fault first among its problems
    result = run("logs", "--json")
    assert result.returncode == 0, result.stderr
    logged = json.loads(result.stdout)
    calls = logged["calls"]
    assert [c["outcome"] for c in calls] == ["problems", "ok", "reasked"]  # newest first
    reasked, hit = calls[2], calls[1]
    assert (reasked["attempts"], reasked["tokens_in"], reasked["tokens_out"], reasked["cached"]) == (
        2,
        22,
        14,
        False,
    )
    assert hit["cached"] is True and hit["document_id"] == "example-rabat-madrid"
    assert reasked["prompt"] == "extract@v3" and reasked["endpoint"] == f"127.0.0.1:{fake_openai.port}"
    assert "500" in calls[0]["reason"]
    totals = {t["model"]: t for t in logged["totals"]}
    assert set(totals) == {served, "gpt-4o-mini"}
    paid = totals[served]  # the cache hit is free and not counted
    assert (paid["calls"], paid["tokens_in"], paid["tokens_out"]) == (1, 22, 14)
    assert paid["cost_usd"] == pytest.approx((22 * 0.15 + 14 * 0.60) / 1e6)  # priced by model family
    assert totals["gpt-4o-mini"]["tokens_in"] == 0  # the failed call got no completion
    table = run("logs")
    assert table.returncode == 0 and "reasked" in table.stdout and "gpt-4o-mini" in table.stdout
    for path in (isolated_environment / "data").rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes()


def test_logging_can_be_switched_off(fake_openai: FakeOpenAI) -> None:
    env = model_env(fake_openai, COMMUNIQUE_MODE="tools")
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    off = run("logs", "--off")
    assert off.returncode == 0 and "logging off" in off.stderr
    assert run("summarise", str(BRIEF), env=env).returncode == 0
    assert json.loads(run("logs", "--json").stdout)["calls"] == []
    assert run("logs", "--on").returncode == 0
    assert run("summarise", str(BRIEF), "--no-cache", env={**env, "COMMUNIQUE_LOG": "0"}).returncode == 0
    assert json.loads(run("logs", "--json").stdout)["calls"] == []
    assert run("summarise", str(BRIEF), "--no-cache", env=env).returncode == 0
    assert len(json.loads(run("logs", "--json").stdout)["calls"]) == 1


def test_offline_backend_logs_nothing() -> None:
    assert run("summarise", str(BRIEF), "-q").returncode == 0
    assert json.loads(run("logs", "--json").stdout)["calls"] == []


def _write_calls(directory: str, worker: int, count: int) -> None:
    log = CallLog(directory)
    for number in range(count):
        usage = Usage(model="m", attempts=1, tokens_in=1, tokens_out=1)
        log.record(Call(now(), "openai", "host", "extract@v1", f"doc-{worker}-{number}", usage, 0.0, "ok"))


def test_concurrent_processes_lose_nothing(tmp_path: Path) -> None:
    workers, each = 6, 40
    in_processes(_write_calls, tmp_path, workers, each)
    calls = CallLog(tmp_path).recent(limit=10_000)
    assert len(calls) == workers * each
    assert len({c.document_id for c in calls}) == workers * each


class _Contended:
    """A connection whose switch to the write-ahead log finds the database locked
    ``refusals`` times, as when several processes create the log at once (SQLite does not
    wait out a busy database for that switch)."""

    def __init__(self, refusals: int) -> None:
        self.refusals, self.mode = refusals, "delete"

    def execute(self, sql: str) -> sqlite3.Cursor:
        if sql.endswith("= WAL"):
            if self.refusals:
                self.refusals -= 1
                raise sqlite3.OperationalError("database is locked")
            self.mode = "wal"
        return sqlite3.connect(":memory:").execute("SELECT ?", (self.mode,))


def test_the_switch_to_the_write_ahead_log_waits_out_other_processes() -> None:
    contended = _Contended(refusals=3)
    _write_ahead(contended)  # type: ignore[arg-type]
    assert contended.mode == "wal" and contended.refusals == 0
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        _write_ahead(_Contended(refusals=10**6), patience=0.1)  # type: ignore[arg-type]


def test_prices_table_and_family_names(tmp_path: Path) -> None:
    prices = load_prices()
    assert cost(prices, "gpt-4o-mini-2024-07-18", 1_000_000, 0) == pytest.approx(0.15)
    assert cost(prices, "llama3.1", 1000, 1000) is None
    (tmp_path / "prices.json").write_text(json.dumps({"llama3.1": {"input": 0, "output": 0}}))
    assert cost(load_prices(tmp_path), "llama3.1", 1000, 1000) == 0


def test_a_data_dir_below_a_file_stops_a_run_before_any_request(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    """Said before any paid request (exit 4; was: a warning, the run going on without its
    log); with COMMUNIQUE_LOG=0 every document is done. A log that fails during a run
    (a corrupt database, below) is still a warning: no document fails for it."""
    (tmp_path / "a-file").write_text("")
    env = model_env(
        fake_openai, COMMUNIQUE_MODE="tools", COMMUNIQUE_DATA_DIR=str(tmp_path / "a-file" / "data")
    )
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    folder = tmp_path / "briefs"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.txt").write_text(
            BRIEF.read_text().replace("id: example-rabat-madrid\n", "") + name
        )
    result = run("summarise", str(folder), "-j", "1", env=env)
    assert result.returncode == 4 and not fake_openai.chat_requests and result.stdout == ""
    assert "a file, not a folder" in result.stderr and "COMMUNIQUE_LOG=0" in result.stderr
    result = run("summarise", str(folder), "-j", "1", env=env | {"COMMUNIQUE_LOG": "0"})
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 3


def test_a_corrupt_call_log_is_warned_about_and_skipped(isolated_environment: Path) -> None:
    (isolated_environment / "data").mkdir()
    (isolated_environment / "data" / "logs.db").write_bytes(b"garbage " * 512)
    log = CallLog(isolated_environment / "data")
    log.record(Call(now(), "openai", None, None, None, Usage(), 0.0, "ok"))  # never raises
    assert log.broken
    result = run("logs")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert result.stderr.startswith("communique: warning: the call log") and "unusable" in result.stderr


def _call(document_id: str) -> Call:
    return Call(time=now(), backend="openai", endpoint="x", prompt=None, document_id=document_id,
                usage=Usage(cached=True), duration_s=0.0, outcome="ok", reason=None)  # fmt: skip


def test_rows_added_together_are_written_at_the_end_of_the_block_even_interrupted(tmp_path: Path) -> None:
    """A batch's records read from the cache log their rows in one transaction: nothing
    is written before the end of the block, everything at it, an interrupted block too;
    another thread's rows are written at once."""
    log = CallLog(tmp_path)
    import threading

    with log.together():
        log.record(_call("a"))
        log.record(_call("b"))
        other = threading.Thread(target=log.record, args=(_call("other"),))
        other.start()
        other.join()
        assert [c.document_id for c in log.recent()] == ["other"]
    assert [c.document_id for c in log.recent()] == ["b", "a", "other"]
    with pytest.raises(KeyboardInterrupt), log.together():
        log.record(_call("c"))
        raise KeyboardInterrupt
    assert [c.document_id for c in log.recent()] == ["c", "b", "a", "other"]
