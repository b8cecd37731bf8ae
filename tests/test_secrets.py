"""The API key never appears in output, provenance, cache keys or values, the call log,
error messages or reports: everything a run writes is searched for it."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import EVALS, EXAMPLES
from fakeserver import FakeOpenAI, chat_auto, status
from runner import run
from support import GOOD_DRAFT

from communique.config import mask, resolve

KEY = "sk-proj-Zq81SecretKeyThatMustNeverLeak4242"
FRAGMENTS = [KEY, KEY[:14], KEY[-14:], "SecretKeyThatMustNeverLeak"]


def leaks(text: str | bytes) -> list[str]:
    data = text.encode() if isinstance(text, str) else text
    return [f for f in FRAGMENTS if f.encode() in data]


def test_the_key_is_never_written_anywhere(
    fake_openai: FakeOpenAI, isolated_environment: Path, tmp_path: Path
) -> None:
    env = {"COMMUNIQUE_MODEL": "gpt-4o-mini", "COMMUNIQUE_BASE_URL": fake_openai.base_url, "OPENAI_API_KEY": KEY,
           "COMMUNIQUE_MODE": "tools", "COMMUNIQUE_RETRY_SECONDS": "1", "COMMUNIQUE_SUMMARIES": "model"}  # fmt: skip
    evals = tmp_path / "evals"
    evals.mkdir()
    for case in ("fr-01-header-mardi-debris-belgique", "en-04-last-thursday-phone-call-denmark-uk"):
        for suffix in (".txt", ".json"):
            shutil.copy(EVALS / f"{case}{suffix}", evals)
    outputs = tmp_path / "out"
    outputs.mkdir()
    results = []
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    results.append(
        run("summarise", str(EXAMPLES / "rabat-madrid-fr.txt"), "-o", str(outputs / "r.json"), env=env)
    )
    results.append(
        run("summarise", str(EXAMPLES / "rabat-madrid-fr.txt"), "--format", "md", env=env)
    )  # cache hit
    results.append(
        run("eval", str(evals), "--json", str(outputs / "e.json"), "--html", str(outputs / "e.html"), env=env)
    )
    # an endpoint that echoes the key in its error messages
    fake_openai.responder = lambda request: status(
        401, body={"error": {"message": f"Incorrect API key: {KEY}"}}
    )
    results.append(run("summarise", str(EXAMPLES / "interpol-call-en.txt"), "--no-cache", env=env))
    fake_openai.responder = lambda request: status(
        500, body={"error": {"message": f"upstream said Bearer {KEY}"}}
    )
    results.append(run("summarise", str(EXAMPLES / "interpol-call-en.txt"), "--no-cache", env=env))
    results.append(run("config", env=env))
    results.append(run("config", "--json", env=env))
    results.append(run("logs", "--json", env=env))
    results.append(run("cache", "info", env=env))
    assert [r.returncode for r in results] == [0, 0, 0, 4, 5, 0, 0, 0, 0], [r.stderr for r in results]
    for result in results:
        assert not leaks(result.stdout) and not leaks(result.stderr), (
            result.args,
            result.stdout,
            result.stderr,
        )
    written = [p for folder in (isolated_environment, outputs) for p in folder.rglob("*") if p.is_file()]
    assert any(p.name == "logs.db" for p in written) and any("cache" in p.parts for p in written)
    for path in written:
        assert not leaks(path.read_bytes()), path
    assert "****4242" in results[5].stdout  # config shows the key masked
    assert all(r.headers["authorization"] == f"Bearer {KEY}" for r in fake_openai.requests)  # sent only here


def test_settings_never_show_the_key() -> None:
    settings = resolve({"api_key": KEY, "model": "m"})
    assert not leaks(repr(settings)) and not leaks(str(settings.public()))
    assert mask(KEY) == "****4242" and mask("short") == "****" and mask(None) is None
