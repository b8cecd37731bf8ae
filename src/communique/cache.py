"""Cache: model replies on disk, so the same request is never paid for twice.

What is cached is the expensive part, the model's validated draft and what it cost;
normalising and summarising run again on a hit, so a fix to them applies to cached
replies too. The key is a SHA-256 over everything that shapes the reply (endpoint,
model, rendered messages, prompt id, version and hash, response schema, mode,
sampling parameters, key format) and never the API key. Values are JSON text.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Bump when the key's recipe changes, so old entries are never misread.
KEY_FORMAT = 1


def key(**parts: Any) -> str:
    """A stable SHA-256 key over keyword parts (JSON with sorted keys)."""
    payload = json.dumps({"key_format": KEY_FORMAT, **parts}, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CacheInfo:
    """What ``communique cache info`` shows."""

    directory: str
    entries: int
    size_bytes: int


class ReplyCache:
    """A diskcache-backed store of JSON values. Safe across threads and processes."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = str(directory)
        self._cache: Any = None

    def _open(self) -> Any:
        if self._cache is None:
            import diskcache

            Path(self.directory).mkdir(parents=True, exist_ok=True)
            self._cache = diskcache.Cache(self.directory, size_limit=2**30)
        return self._cache

    def get(self, cache_key: str) -> dict[str, Any] | None:
        """The stored value, or ``None`` (also for an unreadable entry)."""
        raw = self._open().get(cache_key)
        if raw is None:
            return None
        try:
            value = json.loads(raw)
        except (TypeError, ValueError):
            return None
        return value if isinstance(value, dict) else None

    def set(self, cache_key: str, value: dict[str, Any]) -> None:
        """Store a JSON-serialisable value."""
        self._open().set(cache_key, json.dumps(value, ensure_ascii=False))

    def info(self) -> CacheInfo:
        """Where the cache is, how many entries it holds, and its size on disk."""
        cache = self._open()
        return CacheInfo(self.directory, len(cache), int(cache.volume()))

    def clear(self) -> int:
        """Remove every entry; returns how many were removed."""
        return int(self._open().clear())

    def close(self) -> None:
        """Close the underlying database."""
        if self._cache is not None:
            self._cache.close()
            self._cache = None
