"""Careless input and settings found from the outside (the forty-eighth adversarial
reading), through the real command line: one run a behaviour. (docs/hardening.md lists them.)"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from conftest import EXAMPLES
from runner import run

import communique
from communique.ingest.parse import split_front_matter

BRIEF = EXAMPLES / "rabat-madrid-fr.txt"
TEXT = BRIEF.read_text(encoding="utf-8")
#: The example's text without its front matter, as a JSON Lines line holds it.
BODY = TEXT.split("---\n", 2)[2]


@pytest.mark.parametrize("nul", ["\\u0000", "\x00"], ids=["escaped", "raw"])
def test_a_nul_inside_a_json_lines_text_is_dropped(tmp_path: Path, nul: str) -> None:
    """A NUL in a text is debris (a scraper's C string, a padded buffer): dropped, as NUL
    padding after a file's text is. Was: the whole line failed, `looks like a binary file,
    not text` (escaped) or `is not valid JSON (Invalid control character at)` (raw)."""
    line = json.dumps({"id": "n1", "text": BODY.replace("Laftit", "Laftit@@", 1)}, ensure_ascii=False)
    path = tmp_path / "in.jsonl"
    path.write_bytes(line.replace("@@", nul).encode("utf-8") + b"\n")
    result = run("summarise", "--jsonl", str(path), "--backend", "rules", "-f", "json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["document"]["id"] == "n1" and "Abdelouafi Laftit" in json.dumps(record, ensure_ascii=False)
    assert "\x00" not in result.stdout and "\\u0000" not in result.stdout


def test_a_raw_tab_inside_a_json_lines_text_is_read(tmp_path: Path) -> None:
    """A raw control character inside a JSON string (strict JSON refuses it): a tab pasted
    in a spreadsheet's cell. Was: `is not valid JSON (Invalid control character at)`."""
    path = tmp_path / "in.jsonl"
    line = json.dumps({"id": "t1", "text": BODY}, ensure_ascii=False).replace("Rabat", "Rabat\\t", 1)
    path.write_text(line.replace("\\t", "\t", 1) + "\n", encoding="utf-8")
    result = run("summarise", "--jsonl", str(path), "--backend", "rules")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "command", [["logs"], ["logs", "--json"], ["logs", "--off"], ["batch", "status", "batch_1"]]
)
def test_a_data_folder_that_is_a_file_is_said_by_every_command_using_it(
    tmp_path: Path, command: list[str]
) -> None:
    """Was: `logs` listed nothing and ended well; `logs --off` said `File exists`."""
    (tmp_path / "data").write_text("not a folder")
    result = run(*command, env={"COMMUNIQUE_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 4 and result.stdout == ""
    assert result.stderr == (
        f"communique: error: the data folder {tmp_path}/data is a file, not a folder: set COMMUNIQUE_DATA_DIR "
        "to a folder you can write\n"
    )


def test_a_data_folder_below_a_file_is_said(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("not a folder")
    result = run("logs", env={"COMMUNIQUE_DATA_DIR": str(tmp_path / "data" / "communique")})
    assert result.returncode == 4
    assert f"the data folder {tmp_path}/data/communique is below {tmp_path}/data, a file, not a folder" in (
        result.stderr
    )


def test_a_data_folder_that_cannot_be_read_is_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """(Checked in the process: the tests may run as root, whom no permission stops.)"""
    import os

    from communique.calllog import CallLog
    from communique.errors import ConfigError

    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != folder)
    with pytest.raises(ConfigError, match=r"data folder .*/data cannot be read \(permission denied\)"):
        CallLog.of_run(folder, on=True)
    assert CallLog.of_run(folder, on=False) is None  # COMMUNIQUE_LOG=0: no log, nothing to say


def test_a_run_with_a_model_and_a_data_folder_that_is_a_file_fails_before_any_request(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("not a folder")
    env = {"COMMUNIQUE_DATA_DIR": str(tmp_path / "data"), "COMMUNIQUE_MODEL": "m",
           "COMMUNIQUE_BASE_URL": "http://127.0.0.1:9/v1", "OPENAI_API_KEY": "sk-x"}  # fmt: skip
    result = run("summarise", str(BRIEF), "--no-cache", env=env)
    assert result.returncode == 4 and "is a file, not a folder" in result.stderr
    assert "COMMUNIQUE_LOG=0" in result.stderr
    logless = run("summarise", str(BRIEF), "--backend", "rules", env=env)  # the offline reading logs nothing
    assert logless.returncode == 0, logless.stderr


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("title: Meeting #3 of the JPC", "Meeting #3 of the JPC"),
        ("title: Réunion n° 4 #JPC2026", "Réunion n° 4 #JPC2026"),
        ('title: "Meeting #3 of the JPC"  # as sent', "Meeting #3 of the JPC"),
        ("title: 'Visite # 2'", "Visite # 2"),
        ("title: Visite officielle  # to check", "Visite officielle"),
        ("title: Visite officielle #", "Visite officielle"),
    ],
)
def test_a_hash_in_a_title_is_kept_unless_it_opens_a_comment(line: str, title: str) -> None:
    """A careless user writes `title: Meeting #3 of the JPC` unquoted and means the whole
    title (YAML reads « Meeting »: a comment from " #"); a hash against the next word is
    the title's. Was: cut at " #" even inside quotes (`"Meeting` kept, with its quote)."""
    meta, _ = split_front_matter(f"---\n{line}\nlang: fr # French\n---\nTexte.")
    assert meta == {"title": title, "lang": "fr"}


def test_a_title_with_a_hash_reaches_the_record(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(TEXT.replace("---\n", "---\ntitle: Meeting #3 of the JPC\n", 1), encoding="utf-8")
    result = run("summarise", str(path), "--backend", "rules")
    assert (
        result.returncode == 0 and json.loads(result.stdout)["document"]["title"] == "Meeting #3 of the JPC"
    )


@pytest.mark.parametrize("unit", ["Jean-", "JEAN-PAUL-", "Saint-Martin-", "Al-"])
def test_a_long_line_of_hyphenated_capitals_is_read_in_linear_time(unit: str) -> None:
    """A dateline's town is looked for at the text's opening: a hyphen both ends a word of
    the town and stands inside one, so `Jean-Jean-…` was split every way between three
    words (39 s for 5,000 characters, hours for the megabyte an input may hold)."""
    text = (unit * (200_000 // len(unit)))[:200_000]
    started = time.process_time()
    record = communique.analyse(text, lang="fr")
    assert time.process_time() - started < 10
    assert record.meetings == []


@pytest.mark.parametrize(
    ("variable", "value"),
    [("COMMUNIQUE_BACKEND", "Rules"), ("COMMUNIQUE_BACKEND", "rules\n"), ("COMMUNIQUE_COMPLETE", " Gaps "),
     ("COMMUNIQUE_SUMMARIES", "CODE"), ("COMMUNIQUE_MODE", "tools\r\n")],
)  # fmt: skip
def test_a_setting_s_word_with_blanks_or_capitals_is_read(variable: str, value: str) -> None:
    """As a careless `.env` or shell writes it (a line read with its break, a capital).
    Was: `backend 'rules\\n' is not one of auto, rules, openai`, exit 4."""
    result = run("config", "--json", env={variable: value})
    assert result.returncode == 0, result.stderr
    name = variable.removeprefix("COMMUNIQUE_").lower()
    assert json.loads(result.stdout)[name]["value"] == value.strip().lower()
