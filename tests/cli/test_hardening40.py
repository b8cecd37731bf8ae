"""Careless input and settings found from the outside (the fortieth adversarial
reading), through the real command line: one run a behaviour. (docs/hardening.md lists them.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EXAMPLES
from runner import run

import communique

BRIEF = EXAMPLES / "rabat-madrid-fr.txt"


def test_a_publication_date_that_is_no_day_of_the_calendar_is_said_in_one_line() -> None:
    """Was: `--published '2026-02-30' is not an ISO date (YYYY-MM-DD)`, which it has the shape of."""
    result = run("summarise", str(BRIEF), "--published", "2026-02-30")
    assert result.returncode == 3 and result.stdout == ""
    assert result.stderr.strip() == (
        "communique: error: --published 2026-02-30 is no day of the calendar (day is out of range for month)"
    )


@pytest.mark.parametrize(
    ("model", "why"),
    [
        (" ", "blank"),
        ("\x1b[2Jgpt-4o-mini", "control characters in it"),
        ("m" * 300, "300 characters, over 256"),
    ],
    ids=["blank", "an escape sequence", "300 characters"],
)
def test_a_model_name_that_names_no_model_is_a_configuration_error(model: str, why: str) -> None:
    """Was: a blank model name, or one holding an escape sequence, sent with every request
    (and the escape printed with the endpoint's refusal, in the call log and `config`)."""
    result = run(
        "summarise", str(BRIEF), "--base-url", "http://127.0.0.1:9/v1", env={"COMMUNIQUE_MODEL": model}
    )
    assert result.returncode == 4, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith("communique: error: model ") and f"is no model's name ({why})" in line
    assert "\x1b" not in line


def test_an_export_to_the_terminal_prints_no_escape_sequence_of_a_saved_record(tmp_path: Path) -> None:
    """Was: `communique export records.jsonl -f md` printing a record's id
    `x ESC ]0;pwn BEL` as it was: the terminal's title set by a file of records."""
    record = json.loads(communique.analyse(BRIEF.read_text(encoding="utf-8")).model_dump_json())
    record["document"]["id"] = "x\x1b]0;pwn\x07y"
    record["meetings"][0]["participants"][0]["title"] += "\x1b[2J\u202e"
    saved = tmp_path / "records.jsonl"
    saved.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = run("export", str(saved), "-f", "md")
    assert result.returncode == 0, result.stderr
    assert "# xy" in result.stdout
    assert not any(char in result.stdout for char in "\x1b\x07\u202e")
