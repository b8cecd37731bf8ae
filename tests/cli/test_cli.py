"""The command line: outputs, exit codes, messages, safe writes, configuration."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EXAMPLES
from runner import run

from communique.schema import Analysis

EXAMPLE = EXAMPLES / "rabat-madrid-fr.txt"
OTHER = EXAMPLES / "interpol-call-en.txt"


def test_summarise_example_offline_by_default() -> None:
    result = run("summarise", str(EXAMPLE))
    assert result.returncode == 0, result.stderr
    record = Analysis.model_validate_json(result.stdout)
    assert record.provenance is not None and record.provenance.backend == "rules"
    assert record.meetings[0].parties == ["ES", "MA"]
    assert "offline rules backend" in result.stderr  # says once which backend ran and how to change it
    assert result.stderr.count("\n") == 1


def test_summarise_from_stdin_as_markdown() -> None:
    result = run("summarise", "-", "--format", "md", stdin=OTHER.read_bytes())
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# ")
    assert "Valdecy Urquiza" in result.stdout and "## Summary" in result.stdout and "**EN.**" in result.stdout


def test_output_file_is_written_atomically_and_never_clobbered(tmp_path: Path) -> None:
    out = tmp_path / "record.json"
    first = run("summarise", str(EXAMPLE), "-o", str(out), "-q")
    assert first.returncode == 0 and first.stdout == "" and first.stderr == ""
    before = out.read_text()
    assert json.loads(before)["document"]["id"] == "example-rabat-madrid"
    again = run("summarise", str(OTHER), "-o", str(out))
    assert again.returncode == 3 and "exists" in again.stderr and "--force" in again.stderr
    assert out.read_text() == before
    forced = run("summarise", str(OTHER), "-o", str(out), "--force", "-q")
    assert forced.returncode == 0 and json.loads(out.read_text())["document"]["id"] == "interpol-call-en"
    assert [p.name for p in tmp_path.iterdir()] == ["record.json"]  # no temporary file left


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["summarise", "/nonexistent/brief.txt"], 3, "no such file"),
        (
            ["summarise", "{tmp}/nothing"],
            3,
            "is a directory with no .txt, .md, .eml, .html or .htm files",
        ),  # a batch of nothing
        (["summarise", "{empty}"], 3, "empty"),
        (["summarise", "{example}", "-o", "/nonexistent/dir/out.json"], 3, "does not exist"),
        (["summarise", "{example}", "--published", "12/03/2026"], 3, "is not an ISO date"),
        (["summarise", "{example}", "--prompt", "extract@v99", "--model", "m"], 4, "no prompt"),
        (["summarise", "{example}", "--backend", "openai"], 4, "needs a model"),
        (["summarise", "{example}", "--format", "pdf"], 2, "pdf"),
        (["summarise", "--no-such-flag"], 2, "no-such-flag"),
    ],
)
def test_errors_are_one_line_with_an_exit_code(
    tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    (tmp_path / "nothing").mkdir()
    args = [a.format(tmp=tmp_path, empty=empty, example=EXAMPLE) for a in args]
    result = run(*args)
    assert result.returncode == code, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    if code != 2:  # usage errors are click's own short block
        assert result.stderr.strip().count("\n") == 0


def test_schema_command_prints_json_schema() -> None:
    result = run("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "Analysis" and "meetings" in schema["properties"]


def test_config_masks_the_key_and_says_where_values_come_from(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("COMMUNIQUE_MODEL=from-dotenv\nCOMMUNIQUE_TIMEOUT=33\n")
    secret = "sk-test-abcdefghijklmnop1234"
    result = run("config", "--json", env={"OPENAI_API_KEY": secret, "COMMUNIQUE_ENV_FILE": str(env_file),
                                          "COMMUNIQUE_TIMEOUT": "44"})  # fmt: skip
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert secret not in result.stdout and shown["api_key"]["value"] == "****1234"
    assert shown["api_key"]["from"] == "env OPENAI_API_KEY"
    assert shown["model"] == {"value": "from-dotenv", "from": ".env COMMUNIQUE_MODEL"}
    assert shown["timeout"] == {"value": 44.0, "from": "env COMMUNIQUE_TIMEOUT"}  # env beats .env
    text = run("config", env={"OPENAI_API_KEY": secret})
    assert secret not in text.stdout and "****1234" in text.stdout


def test_bad_config_value_is_a_config_error() -> None:
    result = run("summarise", str(EXAMPLE), env={"COMMUNIQUE_MAX_RETRIES": "many"})
    assert result.returncode == 4 and "COMMUNIQUE_MAX_RETRIES" in result.stderr


def test_prompts_and_cache_commands() -> None:
    listed = run("prompts")
    assert listed.returncode == 0 and "extract@v1" in listed.stdout
    info = run("cache", "info")
    assert info.returncode == 0 and "entries    0" in info.stdout
    cleared = run("cache", "clear")
    assert cleared.returncode == 0 and "nothing to clear" in cleared.stderr


def test_help_teaches() -> None:
    result = run("summarise", "--help")
    assert result.returncode == 0
    for words in ("Examples", "--model", "--base-url", "--format", "--no-cache", "--refresh"):
        assert words in result.stdout
