"""``communique export``: saved records (JSON Lines or SQLite) to any format, without
calling a model; one-line errors for what is not a record; nothing clobbered."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI
from runner import run
from support import model_env

from communique import api
from communique.errors import InputError, OutputError, UsageError


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The records of the examples, as summarise saves them: JSON Lines, and SQLite."""
    folder = tmp_path_factory.mktemp("saved")
    lines, db = folder / "records.jsonl", folder / "records.db"
    for out in (lines, db):
        result = run("summarise", str(EXAMPLES), "-o", str(out), "-q")
        assert result.returncode == 0, result.stderr
    return lines, db


def test_saved_records_convert_as_a_run_would_write_them(saved: tuple[Path, Path], tmp_path: Path,
                                                         fake_openai: FakeOpenAI) -> None:  # fmt: skip
    lines, db = saved
    direct = run("summarise", str(EXAMPLES), "-f", "plover", "-q").stdout
    # a model is configured, and not called: nothing is analysed again
    converted = run("export", str(lines), "-f", "plover", env=model_env(fake_openai))
    assert converted.returncode == 0 and converted.stdout == direct and fake_openai.requests == []
    assert converted.stderr == "communique: exported 2 records\n"
    assert run("export", str(db), "-f", "plover", "-q").stdout == direct  # from SQLite too
    csv = run("export", str(lines), str(db), "-f", "csv", "-q").stdout.splitlines()
    assert len(csv) == 1 + 2 * 2 and csv[0].startswith("document_id,")
    page = tmp_path / "records.html"
    assert run("export", str(lines), "-o", str(page), "-q").returncode == 0  # the format from the name
    html = page.read_text(encoding="utf-8")
    assert html.count('<section class="case"') == 2 and "No text: records read back from a file." in html
    assert "Fernando Grande-Marlaska" in html and "nospan" not in html.split("</p>", 2)[-1]


def test_the_library_call_returns_the_count(saved: tuple[Path, Path], tmp_path: Path) -> None:
    lines, _ = saved
    out = tmp_path / "again.db"
    assert api.export_records([lines], format="sqlite", output=out) == 2
    ids = [row[0] for row in sqlite3.connect(out).execute("SELECT id FROM documents ORDER BY rowid")]
    assert ids == ["interpol-call-en", "example-rabat-madrid"]
    with pytest.raises(OutputError, match="exists; use --force"):
        api.export_records([lines], format="sqlite", output=out)
    assert api.export_records([lines], format="sqlite", output=out, force=True) == 2
    with pytest.raises(UsageError, match="records do not hold"):
        api.export_records([lines], format="text")
    with pytest.raises(UsageError, match="json holds one record and there are 2"):
        api.export_records([lines], format="json")
    with pytest.raises(UsageError, match="same file"):
        api.export_records([lines], output=lines, force=True)


def test_a_line_that_is_not_a_record_is_one_line_error_and_nothing_is_written(
    saved: tuple[Path, Path], tmp_path: Path
) -> None:
    lines, _ = saved
    broken = tmp_path / "broken.jsonl"
    record = json.loads(lines.read_text().splitlines()[0])
    record["meetings"][0]["kind"] = "party"
    broken.write_text(lines.read_text() + json.dumps(record) + "\n")
    out = tmp_path / "events.jsonl"
    result = run("export", str(broken), "-f", "plover", "-o", str(out))
    assert result.returncode == 3 and not out.exists()
    assert result.stderr == f"communique: error: {broken}:3: not a record (meetings.0.kind: Input should be " \
        "'working_meeting', 'official_visit', 'signing', 'call', 'conference' or 'other')\n"  # fmt: skip
    missing = run("export", str(tmp_path / "none.jsonl"), "-f", "plover")
    assert missing.returncode == 3 and missing.stderr.endswith("none.jsonl: no such file\n")
    with pytest.raises(InputError, match=r"broken\.jsonl:3: not a record"):
        api.export_records([broken], format="csv")


def test_an_existing_output_is_kept_without_force(saved: tuple[Path, Path], tmp_path: Path) -> None:
    lines, _ = saved
    out = tmp_path / "events.jsonl"
    out.write_text("keep me\n")
    refused = run("export", str(lines), "-f", "plover", "-o", str(out))
    assert (
        refused.returncode == 3 and "exists; use --force" in refused.stderr and out.read_text() == "keep me\n"
    )
    forced = run("export", str(lines), "-f", "plover", "-o", str(out), "--force", "-q")
    assert forced.returncode == 0 and len(out.read_text().splitlines()) == 2
    usage = run("export", str(lines), "-f", "text")
    assert usage.returncode == 2 and "records do not hold" in usage.stderr
