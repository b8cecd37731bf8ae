"""The reply cache: stable keys, JSON values, and several processes at once."""

from __future__ import annotations

from pathlib import Path

from conftest import in_processes

from communique.cache import KEY_FORMAT, ReplyCache, key


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
