"""The reply cache: stable keys, JSON values, and several processes at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import EXAMPLES, in_processes
from fakeserver import FakeOpenAI, chat_auto
from runner import run
from support import GOOD_DRAFT, model_env

from communique.cache import KEY_FORMAT, ReplyCache, key
from communique.errors import ConfigError


def test_keys_are_stable_and_sensitive_to_every_part() -> None:
    base = {"model": "m", "messages": [{"role": "user", "content": "x"}], "mode": "tools"}
    assert key(**base) == key(**dict(reversed(base.items())))  # order of parts does not matter
    assert len(key(**base)) == 64
    changed = [key(**{**base, "model": "n"}), key(**{**base, "mode": "json"}),
               key(**{**base, "messages": [{"role": "user", "content": "y"}]}), key(**base, extra=1)]  # fmt: skip
    assert len({key(**base), *changed}) == 5
    assert KEY_FORMAT >= 1


def test_values_round_trip_and_bad_entries_are_misses(tmp_path: Path) -> None:
    cache = ReplyCache(tmp_path)
    cache.set("k", {"draft": {"a": [1, "é"]}, "tokens_in": 3})
    assert cache.get("k") == {"draft": {"a": [1, "é"]}, "tokens_in": 3}
    cache._open().set("broken", "{not json")
    assert cache.get("broken") is None and cache.get("absent") is None
    assert cache.info().entries == 2
    assert cache.clear() == 2 and cache.info().entries == 0


def _fill(directory: str, worker: int, count: int) -> None:
    cache = ReplyCache(directory)
    for number in range(count):
        cache.set(f"{worker}-{number}", {"worker": worker, "number": number})
    cache.close()


def test_concurrent_processes_lose_nothing(tmp_path: Path) -> None:
    workers, each = 6, 50
    in_processes(_fill, tmp_path, workers, each)
    cache = ReplyCache(tmp_path)
    assert cache.info().entries == workers * each
    assert all(
        cache.get(f"{w}-{n}") == {"worker": w, "number": n} for w in range(workers) for n in range(each)
    )


def corrupt(folder: Path) -> Path:
    """A cache folder whose database is not a database."""
    folder.mkdir(parents=True)
    (folder / "cache.db").write_bytes(b"not a database, " * 64)
    return folder


def test_a_corrupt_cache_is_warned_about_once_and_skipped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache = ReplyCache(corrupt(tmp_path / "cache"))
    assert cache.get("k") is None
    cache.set("k", {"v": 1})
    assert cache.get("k") is None
    warnings = [r.getMessage() for r in caplog.records if r.name == "communique"]
    assert len(warnings) == 1 and "is unusable (file is not a database)" in warnings[0]
    with pytest.raises(ConfigError, match="'communique cache clear' resets it"):
        cache.info()


def test_a_corrupt_cache_fails_no_command_and_clear_recovers(
    fake_openai: FakeOpenAI, isolated_environment: Path
) -> None:
    corrupt(isolated_environment / "cache")
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    result = run(
        "summarise",
        str(EXAMPLES / "rabat-madrid-fr.txt"),
        env=model_env(fake_openai, COMMUNIQUE_MODE="tools"),
    )
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert result.stderr.count("communique: warning: the reply cache") == 1
    info = run("cache", "info")
    assert info.returncode == 4 and info.stderr.startswith("communique: error: the reply cache")
    cleared = run("cache", "clear")
    assert cleared.returncode == 0, cleared.stderr
    assert run("cache", "info").returncode == 0


def test_every_write_rewrites_the_mark_of_a_change_and_makes_its_folder(tmp_path: Path) -> None:
    """Each write leaves a new mark (what every replay's key holds), its folder made again
    if it was removed (``cache clear``)."""
    from communique.cache import REPLAYS, WRITTEN

    cache = ReplyCache(tmp_path / "cache")
    mark = tmp_path / "cache" / REPLAYS / WRITTEN
    marks = []
    for number in range(3):
        cache.set(f"k{number}", {"n": number})
        marks.append(mark.read_bytes())
    assert len(set(marks)) == 3 and all(len(m) == 16 for m in marks)
    mark.unlink()
    mark.parent.rmdir()
    cache.set_text("k3", "{}")
    assert mark.read_bytes() not in marks and cache.get("k3") == {}
