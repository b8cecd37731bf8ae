"""``communique bench``: the configured endpoint timed on a few of the user's own
communiqués, never from the cache, and a batch of them estimated."""

from __future__ import annotations

import json
import re

import pytest
from conftest import EVALS, EXAMPLES
from fakeserver import FakeOpenAI, RecordedRequest, chat_auto, delay, status
from runner import run
from support import GOOD_DRAFT

from communique.api import Bench, Timing


def test_a_batch_is_estimated_from_the_mean_time_of_a_communique() -> None:
    measured = Bench([Timing("a", 10.0, 900, 100, 1), Timing("b", 30.0, 1100, 300, 2)], workers=4)
    assert (measured.seconds_median, measured.tokens_out_median, measured.tokens_in_median) == (
        20.0,
        200,
        1000,
    )
    assert measured.tokens_per_second == pytest.approx(400 / 40)
    assert measured.hours_for(360) == pytest.approx(2.0)
    assert measured.hours_for(360, measured.workers) == pytest.approx(0.5)


def test_bench_times_each_sampled_document_with_fresh_replies(fake_openai: FakeOpenAI, tmp_path) -> None:
    fake_openai.responder = lambda request: delay(0.05, chat_auto(GOOD_DRAFT))
    env = {"COMMUNIQUE_MODEL": "local", "COMMUNIQUE_BASE_URL": fake_openai.base_url, "COMMUNIQUE_MODE": "tools",
           "COMMUNIQUE_CACHE_DIR": str(tmp_path / "cache"), "COMMUNIQUE_DATA_DIR": str(tmp_path / "data")}  # fmt: skip
    result = run("bench", str(EVALS), "-n", "3", "--for", "1000", "-j", "4", "--json", env=env)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    timings = figures["timings"]
    assert len(timings) == 3 and len({t["id"] for t in timings}) == 3  # spread over the folder
    assert all(t["attempts"] >= 1 and t["tokens_in"] > 0 and t["tokens_out"] > 0 for t in timings)
    assert all(t["seconds"] >= 0.05 and t["error"] is None for t in timings)
    assert figures["batch"] == 1000 and figures["workers"] == 4
    assert figures["hours_in_flight"] == pytest.approx(figures["hours_one_at_a_time"] / 4, rel=0.02)
    asked = len(fake_openai.requests)
    assert asked >= 3
    again = run("bench", str(EVALS), "-n", "3", env=env)  # never from the cache: asked again
    assert again.returncode == 0 and len(fake_openai.requests) >= 2 * asked
    lines = again.stdout.splitlines()
    assert lines[0].split()[:3] == ["document", "seconds", "tokens"] and len(lines) == 6
    assert lines[-2].startswith("median: ") and "output tokens/s" in lines[-2]
    assert re.fullmatch(r"[\d,]+ communiqués: about .+ one at a time, .+ at 8 in flight", lines[-1]), lines[
        -1
    ]


def test_a_document_the_endpoint_fails_is_timed_to_its_failure_and_the_exit_is_1(
    fake_openai: FakeOpenAI, tmp_path
) -> None:
    def answer(request: RecordedRequest) -> object:
        user = request.messages[-1]["content"] if request.messages else ""
        return (
            status(400, body={"error": {"message": "context length exceeded"}})
            if "Interpol" in user
            else (chat_auto(GOOD_DRAFT))
        )

    fake_openai.responder = answer
    env = {"COMMUNIQUE_MODEL": "local", "COMMUNIQUE_BASE_URL": fake_openai.base_url, "COMMUNIQUE_MODE": "tools",
           "COMMUNIQUE_CACHE_DIR": str(tmp_path / "cache"), "COMMUNIQUE_DATA_DIR": str(tmp_path / "data")}  # fmt: skip
    result = run("bench", str(EXAMPLES), "-n", "2", env=env)
    assert result.returncode == 1, result.stderr
    failed = [line for line in result.stdout.splitlines() if "failed: " in line]
    assert len(failed) == 1 and "context length" in failed[0] and "Traceback" not in result.stderr


def test_bench_of_nothing_readable_says_why_in_one_line(tmp_path) -> None:
    result = run("bench", str(tmp_path / "missing.txt"), "--backend", "rules")
    assert result.returncode == 3
    assert result.stderr.strip().splitlines() == [
        f"communique: error: {tmp_path / 'missing.txt'}: no such file"
    ]
