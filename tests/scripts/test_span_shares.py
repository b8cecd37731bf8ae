"""``scripts/span_shares.py``: the share of fields with each kind of span, per folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import EVALS
from support import load_script

CASES = ("fr-04-se-rendra-jeudi-rome", "fr-13-le-5-mars-bamako-visite-retour")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name in CASES:
        for suffix in (".txt", ".json"):
            shutil.copy(EVALS / f"{name}{suffix}", tmp_path)
    return tmp_path


def _rows(out: str) -> dict[str, list[str]]:
    rows = [
        line.strip("|").split("|") for line in out.splitlines() if line.startswith("| ") and "---" not in line
    ]
    return {cells[0].strip(): [c.strip() for c in cells[1:]] for cells in rows}


def test_rules_records_have_their_words_found(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert load_script("span_shares").main([str(folder)]) == 0
    out = capsys.readouterr().out
    assert "(2 texts, rules backend)" in out and "spans that do not hold against their text: 0" in out
    rows = _rows(out)
    assert list(rows) == ["field", "name", "title", "organisation", "date", "city", "venue", "party", "outcome",
                          "meeting", "status", "all"]  # fmt: skip
    for family in ("name", "date", "meeting", "status"):  # the rules' own words, found as they are
        assert rows[family][1] == "100.0 %" and int(rows[family][0]) > 0, family
    assert sum(float(cell.rstrip(" %")) for cell in rows["all"][1:]) == pytest.approx(100, abs=0.2)


def test_gold_records_as_a_model_would_give_them(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert load_script("span_shares").main(["--gold", str(folder)]) == 0
    rows = _rows(capsys.readouterr().out)
    assert rows["name"][1] == "100.0 %"
    assert rows["meeting"][-1] == "100.0 %" and rows["status"][-1] == "100.0 %"  # a model gives no cue
