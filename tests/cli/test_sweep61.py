"""Sweep 61: every command as a user drives it (offline and against the fake server, one,
five and 45 documents, each format and output). What it found failing: the records
that ``summarise`` prints could not be piped into ``export`` or ``corpus``: ``-`` was
read as a file name (``-: no such file``), where every other reading command takes it
for standard input."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from runner import run
from support import corpus

EVALS = Path(__file__).parents[2] / "evals"
OFFLINE = {"COMMUNIQUE_BACKEND": "rules", "COMMUNIQUE_MODEL": ""}


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The JSON Lines ``summarise`` prints for five briefs, offline."""
    folder = tmp_path_factory.mktemp("sweep61")
    corpus(folder / "briefs", 5)
    result = run("summarise", str(folder / "briefs"), "-q", env=OFFLINE)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _csv_ids(printed: str) -> list[str]:
    return [row["document_id"] for row in csv.DictReader(io.StringIO(printed))]


def _plover_ids(printed: str) -> list[str]:
    return [json.loads(line)["id"] for line in printed.splitlines()]


@pytest.mark.parametrize(
    ("format", "ids", "expected"),
    [
        ("csv", _csv_ids, [f"brief-{n:03d}" for n in range(5)]),
        ("plover", _plover_ids, [f"brief-{n:03d}-1" for n in range(5)]),
    ],
)
def test_export_reads_the_records_piped_into_it(
    printed: str, format: str, ids: Callable[[str], list[str]], expected: list[str]
) -> None:
    result = run("export", "-", "-f", format, stdin=printed, env=OFFLINE)
    assert result.returncode == 0 and result.stderr == "communique: exported 5 records\n", result.stderr
    assert ids(result.stdout) == expected


def test_corpus_reads_the_records_piped_into_it(printed: str, tmp_path: Path) -> None:
    result = run("corpus", "-", "-o", str(tmp_path / "corpus"), "-q", stdin=printed, env=OFFLINE)
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in (tmp_path / "corpus" / "events.jsonl").read_text().splitlines()]
    assert len(events) == 1  # the five copies of one meeting are one event


@pytest.mark.parametrize(
    ("stdin", "said"),
    [
        ("", "communique: error: stdin is empty: pipe the JSON Lines 'communique summarise' prints\n"),
        ("Rabat, 3 mars 2026 - Le ministre.\n", "communique: error: stdin: not records"),
        ('{"document": {}}\n', "communique: error: stdin:1: not a record"),
        (
            b"SQLite format 3\x00" + bytes(84),
            "communique: error: stdin: a records database is read from its file",
        ),
    ],
)
def test_what_is_no_records_on_stdin_is_said_as_stdin(stdin: str | bytes, said: str) -> None:
    result = run("export", "-", "-f", "csv", stdin=stdin, env=OFFLINE)
    assert result.returncode == 3 and result.stdout == "" and result.stderr.startswith(said), result.stderr


@pytest.mark.parametrize(("option", "case_file"), [("--json", "en-01.json"), ("--html", "en-01.txt")])
def test_an_eval_report_is_never_written_over_a_case_of_the_set(
    tmp_path: Path, option: str, case_file: str
) -> None:
    """Was: ``eval evals --json evals/CASE.json`` ran the set, then replaced that gold
    file by the report (reports are overwritten as documented, but a case is an input)."""
    for suffix in (".txt", ".json"):
        (tmp_path / f"en-01{suffix}").write_bytes(next(EVALS.glob(f"en-01-*{suffix}")).read_bytes())
    before = (tmp_path / case_file).read_bytes()
    result = run("eval", str(tmp_path), option, str(tmp_path / case_file), env=OFFLINE)
    assert result.returncode == 2 and result.stdout == "", result.stderr
    assert result.stderr == (
        f"communique: error: {tmp_path / case_file} is also an input: writing there would replace it; "
        "give another output\n"
    )
    assert (tmp_path / case_file).read_bytes() == before


@pytest.mark.parametrize(
    ("records", "pins"), [("corpus.db", None), ("events.jsonl", None), ("records.jsonl", "atlas.html")]
)
def test_corpus_never_writes_over_what_it_reads(
    printed: str, tmp_path: Path, records: str, pins: str | None
) -> None:
    """Was: ``corpus work/corpus.db -o work --force`` (records saved as ``corpus.db``)
    replaced the records read by the corpus made of them."""
    saved = tmp_path / "records.jsonl"
    saved.write_text(printed)
    if records == "corpus.db":
        assert run("export", str(saved), "-o", str(tmp_path / records), env=OFFLINE).returncode == 0
    else:
        (tmp_path / records).write_text(printed)
    read = tmp_path / (pins or records)
    if pins:
        read.write_text("same\tAbdelouafi Laftit\tA. Laftit\n")
    before = read.read_bytes()
    given = [str(tmp_path / records), *(["--pins", str(read)] if pins else [])]
    result = run("corpus", *given, "-o", str(tmp_path), "--force", env=OFFLINE)
    assert result.returncode == 2 and result.stderr == (
        f"communique: error: {read} is also an input: writing there would replace it; give another output\n"
    )
    assert read.read_bytes() == before
