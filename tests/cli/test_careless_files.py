"""Careless files around a run: publication dates at the ends of the calendar, a user's
``prices.json`` that is not prices, a batch job file that was edited. Each is one line
(an error, or a warning and the run goes on), never ``internal error``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from runner import run

from communique.errors import InputError
from communique.ingest import parse
from communique.ingest.parse import iso_date

#: Days of the week and relative days, which are resolved against the publication date.
TEXT = (
    "Le ministre de l'Intérieur Karim Benslimane a reçu mardi à Rabat son homologue espagnol "
    "Tomás Arrieta. Les deux ministres se retrouveront demain et la semaine prochaine."
)


@pytest.mark.parametrize("date", ["0001-01-01", "0001-01-03", "1066-10-14", "9999-12-31", "2200-01-01"])
@pytest.mark.parametrize("where", ["--published", "front matter", "JSON Lines"])
def test_a_publication_date_off_the_calendar_is_an_input_error(tmp_path: Path, date: str, where: str) -> None:
    """Was: ``internal error: OverflowError: date value out of range`` ("mardi" before
    0001-01-03, "demain" after 9999-12-31)."""
    args = ["summarise", "--backend", "rules"]
    if where == "--published":
        (tmp_path / "a.txt").write_text(TEXT)
        args += [str(tmp_path / "a.txt"), "--published", date]
    elif where == "front matter":
        (tmp_path / "a.txt").write_text(f"---\npublished: {date}\n---\n{TEXT}")
        args += [str(tmp_path / "a.txt")]
    else:
        (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a", "text": TEXT, "published": date}) + "\n")
        args += ["--jsonl", str(tmp_path / "a.jsonl"), "--errors", str(tmp_path / "errors.jsonl")]
    result = run(*args)
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr, result.stderr
    said = f"{date} is not a plausible publication date (years 1900 to 2199)"
    if where == "JSON Lines":
        assert result.returncode == 1
        (failed,) = [json.loads(line) for line in (tmp_path / "errors.jsonl").read_text().splitlines()]
        assert said in failed["reason"]
    else:
        assert result.returncode == 3 and result.stderr.strip().endswith(said), result.stderr


@pytest.mark.parametrize(
    "line",
    [
        "Rabat, le 31 décembre 9999 (MAP) -",
        "Rabat, le 1er janvier 0001 (MAP) -",
        "WASHINGTON (December 31, 9999) –",
    ],
)
def test_a_date_off_the_calendar_in_the_text_is_no_publication_date(line: str) -> None:
    """A dateline or closing line with such a year is a typo: the text is read without a
    publication date rather than failing."""
    source = parse(f"{line} {TEXT}")
    assert source.published is None
    record = run(
        "summarise", "-", "--backend", "rules", stdin=f"{line} {TEXT}\n\nFait à Rabat, le 3 mars 9999"
    )
    assert record.returncode == 0, record.stderr


def test_a_plausible_date_is_read_as_before() -> None:
    assert iso_date("2026-04-14T10:12:00Z") == dt.date(2026, 4, 14)
    with pytest.raises(InputError, match="not a plausible publication date"):
        parse(TEXT, published=dt.date(1, 1, 1))


@pytest.mark.parametrize(
    ("content", "warned"),
    [
        ("{garbage", "prices.json is unusable (Expecting property name"),
        ("[1, 2]", "prices.json is not an object of prices by model; using the shipped prices"),
        ('{"gpt-x": "cheap", "m": {"input": 1, "output": "2"}, "ok": {"input": 1, "output": 2}}',
         'prices.json: gpt-x, m: not {"input": USD, "output": USD} per million tokens; left out'),
    ],
)  # fmt: skip
def test_a_prices_file_that_is_not_prices_is_a_warning(
    isolated_environment: Path, content: str, warned: str
) -> None:
    """Was: ``internal error: JSONDecodeError`` (or a TypeError computing a cost) from
    ``communique logs``."""
    data = isolated_environment / "data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "prices.json").write_text(content)
    result = run("logs")
    assert result.returncode == 0, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith("communique: warning: ") and warned in line, line


@pytest.mark.parametrize(
    "content",
    [
        '{"id": 5, "settings": [], "documents": "x"}',
        '{"id": "batch_x", "command": "c", "settings": {}, "documents": [{"id": "a"}]}',
        '["batch_x"]',
        "null",
    ],
    ids=["wrong types", "a document without its hash", "a list", "null"],
)
@pytest.mark.parametrize("command", ["status", "fetch"])
def test_a_job_file_of_another_shape_is_an_input_error(
    isolated_environment: Path, content: str, command: str
) -> None:
    """Was: ``internal error: AttributeError: 'str' object has no attribute 'get'``."""
    folder = isolated_environment / "data" / "batches"
    folder.mkdir(parents=True)
    (folder / "batch_x.json").write_text(content)
    result = run("batch", command, "batch_x")
    assert result.returncode == 3
    assert result.stderr == (
        f"communique: error: the job file {folder / 'batch_x.json'} is not one communique wrote "
        "(edited, or another program's)\n"
    )
