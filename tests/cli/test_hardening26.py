"""Careless input found from the outside (the twenty-sixth adversarial reading), through
the real command line: each gets one clear line naming what is wrong, or its record in
time. (docs/hardening.md lists them.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import EXAMPLES
from runner import run

from communique.ingest import parse
from communique.schema import Analysis

BRIEF = str(EXAMPLES / "rabat-madrid-fr.txt")


@pytest.mark.parametrize(
    ("name", "value", "said"),
    [
        (
            "COMMUNIQUE_TEMPERATURE",
            "-5",
            "temperature must be between 0 and 2, not COMMUNIQUE_TEMPERATURE=-5",
        ),
        ("COMMUNIQUE_TEMPERATURE", "7", "temperature must be between 0 and 2, not COMMUNIQUE_TEMPERATURE=7"),
        (
            "COMMUNIQUE_TIMEOUT",
            "-1",
            "timeout must be a positive number of seconds, not COMMUNIQUE_TIMEOUT=-1",
        ),
        (
            "COMMUNIQUE_DEADLINE",
            "0",
            "deadline must be a positive number of seconds, not COMMUNIQUE_DEADLINE=0",
        ),
        (
            "COMMUNIQUE_MAX_TOKENS",
            "0",
            "max_tokens must be a positive number of tokens, not COMMUNIQUE_MAX_TOKENS=0",
        ),
        (
            "COMMUNIQUE_RETRY_SECONDS",
            "-1",
            "retry_seconds must be a number of seconds, 0 or more, not COMMUNIQUE_RETRY_SECONDS=-1",
        ),
        ("COMMUNIQUE_MAX_RETRIES", "-1", "max_retries must be 0 or more, not COMMUNIQUE_MAX_RETRIES=-1"),
        ("COMMUNIQUE_RPM", "0", "rpm must be a positive number of requests per minute, not COMMUNIQUE_RPM=0"),
        ("COMMUNIQUE_TIMEOUT", "nan", "timeout must be a finite number, a positive number of seconds, not"),
    ],
)
@pytest.mark.parametrize("command", [("summarise", BRIEF), ("config",)], ids=["summarise", "config"])
def test_a_setting_out_of_its_range_is_a_configuration_error_that_names_it(
    name: str, value: str, said: str, command: tuple[str, ...]
) -> None:
    """Was: a temperature of -5 or 1e10 and a negative retry budget accepted (the first
    sent as is to the endpoint, the second meaning no retry in silence), and a negative
    timeout or no tokens said as one line of every bound at once (`max_retries must be ≥
    0, and max_tokens, timeout, deadline and max_bytes positive`) that named no setting
    given."""
    result = run(*command, env={name: value})
    assert result.returncode == 4, result.stderr
    assert result.stderr.startswith(f"communique: error: {said}"), result.stderr
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr


def test_a_setting_in_its_range_is_taken() -> None:
    result = run("config", env={"COMMUNIQUE_TEMPERATURE": "2", "COMMUNIQUE_RETRY_SECONDS": "0"})
    assert result.returncode == 0, result.stderr
    assert "temperature" in result.stdout and "2.0" in result.stdout


@pytest.mark.parametrize("command", ["status", "fetch"])
@pytest.mark.parametrize("job", ["a" * 5000, "", "   "], ids=["5,000 characters", "empty", "blanks"])
def test_a_batch_job_id_that_is_none_is_said_without_echoing_it(command: str, job: str) -> None:
    """Was: `cannot read the job file …/aaaa….json: [Errno 36] File name too long:
    '…/aaaa….json'`, the 5,000 characters twice on one line of 10 KB; an empty id `no
    batch job  in …`."""
    result = run("batch", command, job)
    assert result.returncode == 3, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith("communique: error: ") and "is no batch job id" in line, line
    assert len(line) < 200 and "File name too long" not in line


ENGLISH = str(EXAMPLES / "interpol-call-en.txt")


def test_a_front_matter_lang_that_the_text_plainly_belies_gives_way_with_a_note(tmp_path: Path) -> None:
    """`lang: fr` over a text plainly English (a scraper's or a template's label). Was:
    the record's language `fr` and the text read as French, without a word."""
    path = tmp_path / "labelled.txt"
    path.write_text("---\nlang: fr\n---\n" + Path(ENGLISH).read_text(encoding="utf-8"), encoding="utf-8")
    result = run("summarise", str(path), env={"COMMUNIQUE_CACHE": "0"})
    assert result.returncode == 0, result.stderr
    assert Analysis.model_validate_json(result.stdout).document.language == "en"
    assert "communique: note: the front matter says lang: fr, but the text reads as 'en'" in result.stderr
    insisted = run("summarise", str(path), "--lang", "fr", env={"COMMUNIQUE_CACHE": "0"})
    assert insisted.returncode == 0, insisted.stderr
    assert Analysis.model_validate_json(insisted.stdout).document.language == "fr"
    assert "reads as" not in insisted.stderr


def test_a_front_matter_lang_the_text_does_not_belie_is_kept(tmp_path: Path) -> None:
    """A text too short to tell, or of a language the guess does not tell, keeps its label."""
    short = tmp_path / "short.txt"
    short.write_text("---\nlang: fr\n---\nRabat. Meeting today.\n", encoding="utf-8")
    assert parse(short.read_text(encoding="utf-8")).language == "fr"
    dutch = "---\nlang: nl\n---\n" + Path(ENGLISH).read_text(encoding="utf-8")
    assert parse(dutch).language == "nl"


def test_records_that_name_a_document_twice_into_sqlite_are_said_as_such(tmp_path: Path) -> None:
    """`cat monday.jsonl tuesday.jsonl > all.jsonl` holds the record of one document
    twice. Was: `cannot write all.db: UNIQUE constraint failed: documents.id`."""
    made = run("summarise", BRIEF, env={"COMMUNIQUE_CACHE": "0"})
    assert made.returncode == 0, made.stderr
    line = Analysis.model_validate_json(made.stdout).model_dump_json() + "\n"
    (tmp_path / "all.jsonl").write_text(line * 2, encoding="utf-8")
    result = run("export", str(tmp_path / "all.jsonl"), "-o", str(tmp_path / "all.db"))
    assert result.returncode == 3, result.stderr
    (said,) = result.stderr.splitlines()
    assert "holds a record of document 'example-rabat-madrid' already" in said, said
    assert "UNIQUE constraint" not in said
