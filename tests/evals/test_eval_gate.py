"""The CI gate: the offline rules backend must keep its score on the eval set.

The thresholds sit just under what the rules score today; raise them when they improve,
never lower them to make a change pass. ``evals/`` has been used to develop the rules;
``evals/holdout/`` was written blind to them and is never used to tune them, so its
score is the honest estimate.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EVALS
from runner import run

from communique import api

RULES_MIN_SCORE = 0.94
HOLDOUT_MIN_SCORE = 0.9


def test_rules_backend_keeps_its_score(tmp_path: Path) -> None:
    report = tmp_path / "rules.json"
    result = run("eval", str(EVALS), "--backend", "rules", "--min-score", str(RULES_MIN_SCORE),
                 "--min", "is_meeting_report=0.97", "--json", str(report))  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr
    scores = json.loads(report.read_text())
    assert scores["report"]["headline"] >= RULES_MIN_SCORE
    assert scores["report"]["hallucinated_names"] == 0


def test_rules_backend_keeps_its_score_on_the_held_out_cases(tmp_path: Path) -> None:
    report = tmp_path / "holdout.json"
    result = run("eval", str(EVALS / "holdout"), "--backend", "rules", "--min-score", str(HOLDOUT_MIN_SCORE),
                 "--json", str(report))  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr
    scores = json.loads(report.read_text())
    assert len(scores["cases"]) == 26 and scores["report"]["hallucinated_names"] == 0


#: The rules on cases written after reading real communiqués (``evals/world``), and on
#: their blind holdouts (measured, never tuned on): just under what they score now. (World
#: 0.955: its last 64 cases, written blind before the reader met them, 0.571 then and 0.845
#: now, brought it from 0.965 to 0.960, no earlier case lower.)
WORLD_MIN_SCORE = 0.955
HOLDOUT_WORLD_MIN_SCORE = 0.89
HOLDOUT_REAL17_MIN_SCORE = 0.82
HOLDOUT_REAL20_MIN_SCORE = 0.85
HOLDOUT_REAL27_MIN_SCORE = 0.75


@pytest.mark.parametrize(
    ("folder", "minimum", "count"),
    [
        ("world", WORLD_MIN_SCORE, 1729),
        ("holdout-world", HOLDOUT_WORLD_MIN_SCORE, 26),
        ("holdout-real17", HOLDOUT_REAL17_MIN_SCORE, 40),
        ("holdout-real20", HOLDOUT_REAL20_MIN_SCORE, 35),
        ("holdout-real27", HOLDOUT_REAL27_MIN_SCORE, 40),
    ],
)
def test_rules_backend_keeps_its_score_on_the_world_cases(folder: str, minimum: float, count: int) -> None:
    result = api.evaluate(EVALS / folder, settings=api.configure({"backend": "rules"}), progress=False)
    assert len(result.cases) == count
    assert result.report.headline >= minimum and result.report.hallucinated_names == 0
