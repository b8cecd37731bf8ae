"""`communique eval` on the model path, without a network: a loopback fake replays,
for each case, the draft a perfect model would return (built from the gold record).
This exercises the whole model path of the eval (prompting, concurrency, cache,
grounding, normalisation, scoring) and checks that the normaliser agrees with the
hand labels when the spans are right."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from conftest import EVALS
from fakeserver import FakeOpenAI, RecordedRequest, chat_auto, status
from runner import run
from support import perfect_draft

from communique.schema import Analysis


def replay(request: RecordedRequest) -> Any:
    user = request.messages[-1]["content"] if request.messages else ""
    match = re.search(r"Communiqué id: (\S+)", user)
    if not match or not (EVALS / f"{match.group(1)}.json").is_file():
        return status(400, body={"error": {"message": f"unknown case in {user[:80]!r}"}})
    gold = Analysis.model_validate_json((EVALS / f"{match.group(1)}.json").read_text())
    return chat_auto(perfect_draft(gold))


def test_eval_through_the_model_path(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    fake_openai.responder = replay
    report = tmp_path / "model.json"
    # a perfect model: its decisions are kept (on loopback, auto would take the offline
    # reading's, as for a small local model)
    env = {
        "COMMUNIQUE_BASE_URL": fake_openai.base_url,
        "COMMUNIQUE_MODE": "tools",
        "COMMUNIQUE_COMPLETE": "gaps",
    }
    result = run(
        "eval", str(EVALS), "--model", "replay", "--concurrency", "8", "--json", str(report), env=env
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr
    data = json.loads(report.read_text())
    cases = data["cases"]
    failed = [c["id"] for c in cases if c.get("error")]
    assert not failed, failed
    assert (
        data["run"]["backend"] == "openai" and data["run"]["model"] == "fake-model"
    )  # as the endpoint reports
    assert data["report"]["headline"] >= 0.97, data["report"]["headline"]
    assert len(fake_openai.requests) == len(cases)
    again = run("eval", str(EVALS), "--model", "replay", "--json", str(report), env=env)  # from the cache
    assert again.returncode == 0 and len(fake_openai.requests) == len(cases)
