"""Shared pytest fixtures."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Make ``import fakeserver`` work regardless of pytest's import mode / rootdir.
_TESTS_DIR = str(Path(__file__).resolve().parent)
if _TESTS_DIR not in sys.path:
    sys.path.insert(0, _TESTS_DIR)

from fakeserver import FakeOpenAI  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
EVALS = ROOT / "evals"
EXAMPLES = ROOT / "examples"


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test runs with its own cache and data folders, no model configured, and no
    developer's .env or API key leaking in."""
    home = tmp_path_factory.mktemp("communique-home")
    for name in list(__import__("os").environ):
        if name.startswith(("COMMUNIQUE_", "OPENAI_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(home / "cache"))
    monkeypatch.setenv("COMMUNIQUE_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("COMMUNIQUE_ENV_FILE", str(home / "no.env"))
    return home


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAI]:
    """A started :class:`fakeserver.FakeOpenAI` on 127.0.0.1 (stopped after the test)."""
    with FakeOpenAI() as fake:
        yield fake
