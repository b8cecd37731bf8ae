"""Replays: a ``summarise`` answered from the cache is answered again, when nothing it
depends on changed, from one file and before typer or pydantic are imported; anything
that changes the answer (the text, a setting, a new cache entry, ``cache clear``) or
writes elsewhere than stdout is never replayed. The first run answered from the cache
is answered as early, from the hit the run that made its record kept, and prints and
logs what the run would."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, chat_auto
from runner import run
from support import GOOD_DRAFT

from communique import replay
from communique.cache import HIT, REPLAYS, ReplyCache
from communique.calllog import CallLog

KEY = "sk-test-ReplayMustNeverHoldThisKey0042"

#: The day every run of these tests is held to: a replay's key holds today's date, so a
#: run across midnight saw its second command miss the first's replay.
DAY = "2026-03-17"

#: Runs the command line as ``python -m communique`` does, and says at exit whether
#: the run imported typer, pydantic or the reader: a replay imports none of them.
_PROBE = f"""
import atexit, os, sys
from communique import replay
replay._today = lambda: "{DAY}"
def said():
    heavy = [name for name in ("typer", "pydantic", "communique.backends.rules.reader") if name in sys.modules]
    with open(os.environ["PROBE_REPORT"], "w") as report:
        report.write(",".join(heavy))
atexit.register(said)
sys.argv = ["communique", *sys.argv[1:]]
from communique.cli import main
main()
"""


def probe(*args: str, env: dict[str, str], tmp_path: Path, stdin: str | None = None) -> tuple[subprocess.CompletedProcess[str], bool]:  # fmt: skip
    """Run ``communique ARGS``; the result, and whether it was answered by a replay."""
    report = tmp_path / "probe-report"
    result = subprocess.run([sys.executable, "-c", _PROBE, *args], input=stdin, capture_output=True, text=True,
                            env={**os.environ, **env, "PROBE_REPORT": str(report)}, timeout=120, check=False)  # fmt: skip
    heavy = report.read_text()
    return result, heavy == ""


@pytest.fixture(autouse=True)
def one_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every key made in this process is made on :data:`DAY`, whatever the clock says."""
    monkeypatch.setattr(replay, "_today", lambda: DAY)


@pytest.fixture
def model_env(fake_openai: FakeOpenAI) -> dict[str, str]:
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    return {"COMMUNIQUE_MODEL": "fake-model", "COMMUNIQUE_BASE_URL": fake_openai.base_url,
            "COMMUNIQUE_MODE": "tools", "OPENAI_API_KEY": KEY}  # fmt: skip


@pytest.fixture
def brief(tmp_path: Path) -> Path:
    """The example the fake's reply was written for (a clean record, exit 0)."""
    path = tmp_path / "brief.txt"
    shutil.copy(EXAMPLES / "rabat-madrid-fr.txt", path)
    return path


def replays(home: Path) -> list[Path]:
    return sorted((home / "cache" / REPLAYS).glob("*.json"))


def hits(home: Path) -> list[Path]:
    return sorted((home / "cache" / REPLAYS).glob("*" + HIT))


def test_the_same_command_run_again_is_answered_from_its_hit_then_its_replay(
    fake_openai: FakeOpenAI,
    model_env: dict[str, str],
    brief: Path,
    tmp_path: Path,
    isolated_environment: Path,
) -> None:
    first, replayed = probe("summarise", str(brief), env=model_env, tmp_path=tmp_path)
    assert first.returncode == 0 and not replayed and len(fake_openai.requests) == 1
    assert replays(isolated_environment) == []  # a model's answer is not a cache hit: no replay yet
    assert len(hits(isolated_environment)) == 1  # but where its record is kept
    second, replayed = probe("summarise", str(brief), env=model_env, tmp_path=tmp_path)
    assert second.returncode == 0 and replayed, "the first cache hit imported typer, pydantic or the reader"
    assert len(replays(isolated_environment)) == 1
    third, replayed = probe("summarise", str(brief), env=model_env, tmp_path=tmp_path)
    assert replayed, "the third run imported typer, pydantic or the reader"
    assert (third.returncode, third.stdout, third.stderr) == (second.returncode, second.stdout, second.stderr)
    assert json.loads(third.stdout)["provenance"]["cached"] is True
    assert len(fake_openai.requests) == 1
    # the replay logs its call again, as a cache hit
    calls = json.loads(run("logs", "--json", env=model_env).stdout)["calls"]
    assert len(calls) == 3
    assert sum(1 for call in calls if call["cached"]) == 2
    # nothing a replay keeps holds the key
    for path in (isolated_environment / "cache" / REPLAYS).iterdir():
        assert KEY not in path.read_text(encoding="utf-8", errors="replace")


def _timeless(run: subprocess.CompletedProcess[str]) -> tuple[int, str, str]:
    return run.returncode, re.sub(r'"duration_s": [0-9.]+', '"duration_s": 0', run.stdout), run.stderr


def test_a_hit_prints_and_logs_what_the_run_reading_the_cache_does(
    model_env: dict[str, str], brief: Path, tmp_path: Path, isolated_environment: Path
) -> None:
    probe("summarise", str(brief), env=model_env, tmp_path=tmp_path)
    early, replayed = probe("summarise", str(brief), env=model_env, tmp_path=tmp_path)
    assert replayed
    shutil.rmtree(isolated_environment / "cache" / REPLAYS)  # no replay, no hit: the command runs
    late, replayed = probe("summarise", str(brief), env=model_env, tmp_path=tmp_path)
    assert not replayed and json.loads(late.stdout)["provenance"]["cached"] is True
    assert _timeless(early) == _timeless(late)
    calls = json.loads(run("logs", "--json", env=model_env).stdout)["calls"]
    assert len(calls) == 3
    assert [{k: v for k, v in call.items() if k not in ("time", "duration_s")} for call in calls[:2]] == [
        {k: v for k, v in calls[0].items() if k not in ("time", "duration_s")}
    ] * 2  # fmt: skip
    # the run kept a hit again; a record no longer in the cache is no hit: the command runs (and asks)
    assert len(hits(isolated_environment)) == 1
    assert run("cache", "clear", env=model_env).returncode == 0
    ReplyCache(isolated_environment / "cache").set_text("other", "{}")
    again, replayed = probe("summarise", str(brief), env=model_env, tmp_path=tmp_path)
    assert (
        again.returncode == 0 and not replayed and json.loads(again.stdout)["provenance"]["cached"] is False
    )


def test_what_a_hit_prints_is_what_pydantic_wrote() -> None:
    clean = {"provenance": {"cached": False, "duration_s": 1.5, "repairs": [], "problems": [], "warnings": []},
             "name": "Rabat – Madrid \u2028"}  # fmt: skip
    stored = json.dumps(clean, ensure_ascii=False, separators=(",", ":"))
    printed = replay._printed(stored, cached=True, duration=0.002)
    assert printed is not None and json.loads(printed)["provenance"] == {**clean["provenance"], "cached": True,
                                                                         "duration_s": 0.002}  # fmt: skip
    assert printed == json.dumps(json.loads(printed), ensure_ascii=False, indent=2) + "\n"
    # a number json writes otherwise; a record whose run says more on stderr
    assert replay._printed(stored.replace("1.5", "1e-5"), cached=True, duration=0.0) is None
    assert (
        replay._printed(stored.replace('"problems":[]', '"problems":["x"]'), cached=True, duration=0.0)
        is None
    )
    assert (
        replay._printed(stored.replace('"warnings":[]', '"warnings":["x"]'), cached=True, duration=0.0)
        is None
    )


def test_a_change_to_the_text_a_setting_or_the_cache_is_never_replayed(
    fake_openai: FakeOpenAI,
    model_env: dict[str, str],
    brief: Path,
    tmp_path: Path,
    isolated_environment: Path,
) -> None:
    for _ in range(2):
        probe("summarise", str(brief), env=model_env, tmp_path=tmp_path)
    assert probe("summarise", str(brief), env=model_env, tmp_path=tmp_path)[1]
    # another setting, another option, another text
    assert not probe(
        "summarise", str(brief), env=model_env | {"COMMUNIQUE_TEMPERATURE": "0.5"}, tmp_path=tmp_path
    )[1]
    assert not probe("summarise", str(brief), "--format", "md", env=model_env, tmp_path=tmp_path)[1]
    brief.write_text(
        brief.read_text(encoding="utf-8") + "\nLes deux ministres se reverront en juin.\n", "utf-8"
    )
    assert not probe("summarise", str(brief), env=model_env, tmp_path=tmp_path)[1]
    # a --refresh writes to the cache: every replay made before it is stale, and the run
    # after it reads the new record (where the hit says it is)
    probe("summarise", str(brief), env=model_env, tmp_path=tmp_path)
    assert probe("summarise", str(brief), env=model_env, tmp_path=tmp_path)[1]
    asked = len(fake_openai.requests)
    refreshed, replayed = probe("summarise", str(brief), "--refresh", env=model_env, tmp_path=tmp_path)
    assert refreshed.returncode == 0 and not replayed and len(fake_openai.requests) == asked + 1
    after, replayed = probe("summarise", str(brief), env=model_env, tmp_path=tmp_path)
    assert replayed and _timeless(after)[1] == _timeless(refreshed)[1].replace(
        '"cached": false', '"cached": true'
    )
    # cache clear removes them with the entries
    assert probe("summarise", str(brief), env=model_env, tmp_path=tmp_path)[1]
    assert run("cache", "clear", env=model_env).returncode == 0
    assert not (isolated_environment / "cache" / REPLAYS).exists()
    again, replayed = probe("summarise", str(brief), env=model_env, tmp_path=tmp_path)
    assert again.returncode == 0 and not replayed and len(fake_openai.requests) == asked + 2


def test_runs_that_write_elsewhere_or_read_stdin_are_never_kept(
    model_env: dict[str, str], brief: Path, tmp_path: Path, isolated_environment: Path
) -> None:
    text = brief.read_text(encoding="utf-8")
    out = tmp_path / "record.json"
    for _ in range(3):
        probe("summarise", "-", env=model_env, tmp_path=tmp_path, stdin=text)
        probe("summarise", str(brief), "-o", str(out), "--force", env=model_env, tmp_path=tmp_path)
        probe("summarise", str(brief.parent), env=model_env, tmp_path=tmp_path)
        probe("summarise", str(brief), "--no-cache", env=model_env, tmp_path=tmp_path)
    assert replays(isolated_environment) == [] and hits(isolated_environment) == []


def test_an_offline_run_makes_no_key_unless_an_option_may_choose_a_model() -> None:
    # the offline reader's records are never cached, so its runs are never replayed:
    # their key (a walk over the code and packages) is not made
    brief = ["summarise", "brief.txt", "-q"]
    assert replay.offline(brief, "rules")
    assert not replay.offline(brief, "openai")
    for choice in (["-m", "local"], ["--model=local"], ["--backend", "openai"], ["-b", "auto"],
                   ["--base-url", "http://127.0.0.1:8080/v1"]):  # fmt: skip
        assert not replay.offline([*brief, *choice], "rules")


def test_the_key_depends_on_what_the_answer_depends_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    cache_dir = tmp_path / "cache"
    ReplyCache(cache_dir).set_text("k", "{}")
    text = tmp_path / "a.txt"
    text.write_text("one", encoding="utf-8")
    env = {"COMMUNIQUE_MODEL": "m", "OPENAI_API_KEY": "sk-1", "HOME": str(tmp_path)}

    def keys(*argv: str, environ: dict[str, str] = env) -> tuple[str, str] | None:
        return replay.keys(["summarise", *argv], cache_dir=str(cache_dir), data_dir=str(tmp_path / "data"),
                           max_bytes=1000, environ=environ)  # fmt: skip

    def key(*argv: str, environ: dict[str, str] = env) -> str | None:
        both = keys(*argv, environ=environ)
        return None if both is None else both[0]

    base = key("a.txt")
    assert base is not None and key("a.txt") == base
    with monkeypatch.context() as clock:
        clock.setattr(replay.time, "strftime", lambda *args: "2031-01-01")  # midnight passed during the test
        assert key("a.txt") == base
    with monkeypatch.context() as day:
        day.setattr(replay, "_today", lambda: "2026-03-18")  # another day: relative dates read otherwise
        assert key("a.txt") != base
    assert key("a.txt", environ=env | {"OPENAI_API_KEY": "sk-2"}) == base  # whether a key is set, not which
    assert key("a.txt", environ=env | {"COMMUNIQUE_MODEL": "n"}) != base
    assert key("a.txt", "-m", "n") != base and key("a.txt", "--format=md") != base
    text.write_text("two", encoding="utf-8")
    assert key("a.txt") != base
    env_file = tmp_path / ".env"
    env_file.write_text("OPENAI_API_KEY=sk-3\n", encoding="utf-8")
    with_env = key("a.txt")
    env_file.write_text("OPENAI_API_KEY=sk-4\n", encoding="utf-8")
    assert key("a.txt") == with_env
    env_file.write_text("OPENAI_API_KEY=sk-4\nCOMMUNIQUE_MAX_TOKENS=900\n", encoding="utf-8")
    assert key("a.txt") != with_env
    prompts = tmp_path / "prompts" / "extract"
    prompts.mkdir(parents=True)
    (prompts / "v1.md").write_text("## system\nRead.\n", encoding="utf-8")
    own = env | {"COMMUNIQUE_PROMPTS_DIR": str(tmp_path / "prompts")}
    with_prompts = key("a.txt", environ=own)
    (prompts / "v1.md").write_text("## system\nRead it all.\n", encoding="utf-8")
    assert key("a.txt", environ=own) != with_prompts  # a prompt edited in place
    before = keys("a.txt")
    ReplyCache(cache_dir).set_text("k2", "{}")  # a write to the cache: the replay's, not the hit's
    after = keys("a.txt")
    assert before is not None and after is not None and after[0] != before[0] and after[1] == before[1]
    # not commands to replay: other commands, stdin, folders, globs, options that write or bypass the cache
    for argv in (["-"], [str(tmp_path)], ["*.txt"], ["a.txt", "-o", "x.json"], ["a.txt", "--no-cache"],
                 ["a.txt", "--refresh"], ["a.txt", "--api-key", "sk-5"], ["a.txt", "--errors", "e.jsonl"],
                 ["a.txt", "-m"]):  # fmt: skip
        assert key(*argv) is None, argv
    text.write_text("x" * 1001, encoding="utf-8")
    assert key("a.txt") is None  # too large to read: the run says so
    os.mkfifo(tmp_path / "pipe")
    assert key("pipe") is None  # a pipe is never read twice
    text.write_text("two", encoding="utf-8")
    assert replay.keys(["translate", "a.txt"], cache_dir=str(cache_dir), data_dir=str(tmp_path), max_bytes=1000,
                       environ=env) is None  # another command  # fmt: skip


def test_replays_are_kept_whole_bounded_in_number_and_unreadable_ones_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(replay, "KEEP", 3)
    for number in range(5):
        replay.keep(str(tmp_path), f"{number:064x}", replay.Replay(f"out {number}\n", "", 0, []))
        os.utime(tmp_path / REPLAYS / f"{number:064x}.json", ns=(number * 10**9, number * 10**9))
    replay.keep(str(tmp_path), "f" * 64, replay.Replay("last\n", "note\n", 5, [{"backend": "openai"}]))
    kept = sorted(path.name for path in (tmp_path / REPLAYS).glob("*.json"))
    assert len(kept) == 3 and "f" * 64 + ".json" in kept and f"{0:064x}.json" not in kept
    last = replay.load(str(tmp_path), "f" * 64)
    assert last is not None and (last.stdout, last.stderr, last.code, last.calls) == (
        "last\n", "note\n", 5, [{"backend": "openai"}])  # fmt: skip
    (tmp_path / REPLAYS / ("e" * 64 + ".json")).write_text("{not json", encoding="utf-8")
    assert replay.load(str(tmp_path), "e" * 64) is None
    assert replay.load(str(tmp_path), "d" * 64) is None
    assert not list((tmp_path / REPLAYS).glob("*.partial"))


def test_a_run_whose_key_can_no_longer_be_made_is_not_kept_and_raises_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The working folder removed during the run: the key cannot be made again at its end,
    and the run ends as it would have, with nothing kept."""
    cache_dir = tmp_path / "cache"
    ReplyCache(cache_dir).set_text("k", "{}")
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    recording = replay.Recording(("0" * 64, "1" * 64), ["summarise", "a.txt"], cache_dir=str(cache_dir),
                                 data_dir=str(tmp_path / "data"), max_bytes=1000)  # fmt: skip
    row = {"time": "2026-05-06T10:00:00+00:00", "backend": "openai", "model": "m", "endpoint": "127.0.0.1",
           "prompt": "extract@v3", "document_id": "a", "tokens_in": 10, "tokens_out": 5, "attempts": 1,
           "duration_s": 0.0, "cached": 1, "outcome": "ok", "reason": None}  # fmt: skip
    with pytest.raises(SystemExit) as ended, recording:
        CallLog(tmp_path / "data").insert(
            row
        )  # the run's one row, a cache hit: a replay to keep, but for its key
        folder.rmdir()
        raise SystemExit(0)
    assert ended.value.code == 0
    assert not list((cache_dir / REPLAYS).glob("*.json"))
