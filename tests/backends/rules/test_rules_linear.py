"""The offline reader does work linear in the text: measured as work done, not time.

A long meeting (every sentence continues it) once made each new sentence re-read all
the earlier ones, and a text with no full stop was one sentence in which a title was
looked for before each name across everything before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from communique.backends.rules import encounters, reader, segments
from communique.ingest import read_bytes
from communique.normalise import names


def _continuing(sentences: int) -> str:
    """One meeting and ``sentences`` sentences that all continue it, each distinct."""
    opening = "Le Directeur général a reçu mardi à Rabat son homologue espagnol, M. Carlos Ruiz Mendez. "
    again = "M. Carlos Ruiz Mendez a rencontré le Directeur général au sujet du dossier {}. "
    return opening + "".join(again.format(i) for i in range(sentences))


def test_each_sentence_is_weighed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    counterparts = encounters._counterparts

    def counting(sentence: str, countries: frozenset[str]) -> set[str]:
        nonlocal calls
        calls += 1
        return counterparts(sentence, countries)

    for module in (encounters, segments):  # a segment weighs its first sentence, then each continuation
        monkeypatch.setattr(module, "_counterparts", counting)
    for size in (200, 800):
        calls = 0
        draft = reader.read(read_bytes(_continuing(size).encode()))
        assert len(draft.meetings) == 1
        assert calls <= 2 * (size + 1)  # quadratic reading made 800 sentences cost ~320,000


class _Counted:
    """A pattern of :mod:`communique.normalise.names`, counting the characters it scans."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scanned = 0

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        self.scanned += len(text)
        return self.pattern.finditer(text)

    def search(self, text: str) -> re.Match[str] | None:
        self.scanned += len(text)
        return self.pattern.search(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


@pytest.mark.parametrize("size", [20_000, 80_000])
def test_a_text_without_full_stops_is_read_in_linear_work(monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    counted = {name: _Counted(getattr(names, name)) for name in ("CAPITALISED_RUN", "HONORIFIC_BEFORE")}
    for name, pattern in counted.items():
        monkeypatch.setattr(names, name, pattern)
    words = "le directeur a reçu son homologue Carlos Ruiz Mendez et "
    text = (words * (size // len(words) + 1))[:size]
    reader.read(read_bytes(text.encode()))
    # read whole, the one sentence had everything before each name scanned: ~size²/100
    assert sum(pattern.scanned for pattern in counted.values()) <= 100 * size
