"""What a model's words, or a saved record's, can do to the user's terminal and files (the
sixtieth adversarial reading): a record edited by hand or written by another program and
given to ``communique export`` carries C1 controls written raw, separators of lines and
characters that show as nothing; every format must leave them out, as it does a model's."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from conftest import EXAMPLES
from runner import run
from test_hardening58 import FORBIDDEN, TRAP

import communique

#: Characters that show as nothing: a name holding them is not the name it shows.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u034f"


def _saved(tmp_path: Path, *, ascii_only: bool) -> Path:
    """A record of the example brief with a trap and invisible characters in every string a
    card, a row or an event shows, saved as JSON Lines (the characters escaped, or raw)."""
    record = json.loads(communique.analyse((EXAMPLES / "rabat-madrid-fr.txt").read_text()).model_dump_json())
    trap = TRAP + INVISIBLE
    record["document"]["title"] = f"Titre{trap}"
    meeting = record["meetings"][0]
    person = meeting["participants"][0]
    person["name"], person["title"] = f"Abdel{INVISIBLE}ouafi Laftit{trap}", f"ministre{trap}"
    meeting["location"]["venue"] = f"siège{trap}"
    meeting["outcomes"][0]["text"] += trap
    record["summary"] = {"fr": trap + record["summary"]["fr"], "en": record["summary"]["en"] + trap}
    saved = tmp_path / "records.jsonl"
    saved.write_text(json.dumps(record, ensure_ascii=ascii_only) + "\n", encoding="utf-8")
    return saved


@pytest.mark.parametrize("output", ["json", "jsonl", "md", "csv", "plover", "html"])
@pytest.mark.parametrize("ascii_only", [True, False], ids=["escaped", "raw"])
def test_an_exported_record_carries_no_control_separator_or_invisible_character(
    tmp_path: Path, output: str, ascii_only: bool
) -> None:
    """Was: U+2028 and U+2029 and the zero-width characters in every format, and, written
    raw, C1 controls (CSI `\\x9b`) that JSON takes as they are. Now each string read as a
    model's reply is: the name the one the text writes."""
    result = run("export", str(_saved(tmp_path, ascii_only=ascii_only)), "-f", output)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    shown = result.stdout + result.stderr
    assert not (FORBIDDEN | set(INVISIBLE)) & set(shown), sorted((FORBIDDEN | set(INVISIBLE)) & set(shown))
    assert "Abdelouafi Laftit" in shown


#: Cells a spreadsheet reads as a formula, and the cell written for each.
FORMULAS = {
    '=HYPERLINK("http://evil.example")': "'=HYPERLINK",
    "  =1+1": "'=1+1",  # the record's strings lose the spaces around them
    "\u200b=1+1": "'=1+1",
    "\ufeff@SUM(A1)": "'@SUM(A1)",
    "-2+3": "'-2+3",
    "+33 1 23": "'+33 1 23",
}


@pytest.mark.parametrize("formula", list(FORMULAS), ids=range(len(FORMULAS)))
def test_a_cell_that_would_start_a_formula_is_text_however_it_begins(tmp_path: Path, formula: str) -> None:
    """Was: a zero-width space or a byte order mark before `=` or `@` left the cell as it
    was, which a spreadsheet that drops it reads as a formula (OWASP: CSV injection); the
    characters now go as a reply's do, and the cell gets its `'`."""
    record = json.loads(communique.analyse((EXAMPLES / "rabat-madrid-fr.txt").read_text()).model_dump_json())
    record["meetings"][0]["location"]["venue"] = formula
    saved = tmp_path / "records.jsonl"
    saved.write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = tmp_path / "meetings.csv"
    result = run("export", str(saved), "-o", str(out))
    assert result.returncode == 0, result.stderr
    (row,) = csv.DictReader(out.read_text(encoding="utf-8").splitlines())
    assert row["venue"].startswith(FORMULAS[formula])
