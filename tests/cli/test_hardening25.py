"""Careless input found from the outside (the twenty-fifth adversarial reading),
through the real command line: each gets one clear line or its record in time, never a
file the user did not mean. (docs/hardening.md lists them.)"""

from __future__ import annotations

import copy
import json
import time
from pathlib import Path

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, chat_auto
from runner import run
from support import GOOD_DRAFT, model_env

from communique.ingest import parse
from communique.schema import Analysis

BRIEF = str(EXAMPLES / "rabat-madrid-fr.txt")


@pytest.mark.parametrize(
    "args",
    [
        ("summarise", BRIEF, "-o", "{}/out/"),
        ("summarise", BRIEF, "--errors", "{}/failures/"),
        ("export", "{}/records.jsonl", "-o", "{}/out/"),
        ("translate", BRIEF, "-o", "{}/out/"),
    ],
    ids=["summarise -o", "summarise --errors", "export -o", "translate -o"],
)
def test_an_output_named_with_a_trailing_slash_is_no_file(tmp_path: Path, args: tuple[str, ...]) -> None:
    """`-o out/` names a folder. Was: the slash dropped and a file called `out` written
    (`--errors failures/`: an empty file `failures`)."""
    (tmp_path / "records.jsonl").write_text("")
    result = run(*(arg.format(tmp_path) for arg in args), env={"COMMUNIQUE_CACHE": "0"})
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert "ends with a slash, as a folder does, and no such folder exists: give a file name" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["records.jsonl"]  # nothing written


def test_an_output_named_with_a_trailing_slash_that_is_a_folder_is_refused_as_a_folder(
    tmp_path: Path,
) -> None:
    (tmp_path / "out").mkdir()
    result = run("summarise", BRIEF, "-o", f"{tmp_path}/out/", env={"COMMUNIQUE_CACHE": "0"})
    assert result.returncode == 3
    assert result.stderr == f"communique: error: {tmp_path}/out is a directory; give a file name\n"
    assert not any((tmp_path / "out").iterdir())


def test_files_put_end_to_end_each_with_its_front_matter_are_read_in_linear_time() -> None:
    """`cat *.txt > all.txt`: every copy's `published:` line is a labelled date, and at
    each one every line kept so far was parsed again as a possible crawler's stamp. Was:
    17 s for 400 KB, minutes for the megabyte an input may hold."""
    brief = Path(BRIEF).read_text(encoding="utf-8")
    text = "\n".join([brief] * (400_000 // len(brief)))
    started = time.process_time()
    document = parse(text)
    assert time.process_time() - started < 6
    assert document.text.count("Abdelouafi Laftit") == text.count("Abdelouafi Laftit")


def test_a_logs_limit_past_what_sqlite_counts_lists_every_call(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    """`logs -n 99999999999999999999`: was `internal error: OverflowError: Python int too
    large to convert to SQLite INTEGER`."""
    settings = {
        "COMMUNIQUE_DATA_DIR": str(tmp_path / "data"),
        "COMMUNIQUE_CACHE_DIR": str(tmp_path / "cache"),
    }
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    made = run("summarise", BRIEF, "-q", env=model_env(fake_openai, COMMUNIQUE_MODE="tools", **settings))
    assert made.returncode == 0, made.stderr
    for limit in ("99999999999999999999", str(2**63)):
        result = run("logs", "-n", limit, "--json", env=settings)
        assert result.returncode == 0 and "internal error" not in result.stderr, result.stderr
        assert len(json.loads(result.stdout)["calls"]) == 1


@pytest.mark.parametrize(
    "menu",
    [
        "Accueil\nActualités\nPedro Sánchez\nContact\n",
        "Accueil\nActualités\nPolitique\nSport\nPedro Sánchez\nLe Roi\nContact\nÉconomie\n",
    ],
    ids=["among three sections", "two asides among six"],
)
def test_a_name_found_only_in_the_pages_menu_is_not_in_the_text(
    fake_openai: FakeOpenAI, tmp_path: Path, menu: str
) -> None:
    """A site's menu with a topic of the day among its sections. Was: the menu read as a
    menu only up to the name, which stayed a line of the text: a reply naming that person
    passed grounding and the record had him."""
    brief = Path(BRIEF).read_text(encoding="utf-8")
    head, body = brief.split("---\n", 2)[1:]
    page = tmp_path / "page.txt"
    page.write_text(f"---\n{head}---\n{menu}\n{body}", encoding="utf-8")
    draft = copy.deepcopy(GOOD_DRAFT)
    draft["meetings"][0]["participants"][1]["name"] = "Pedro Sánchez"
    fake_openai.responder = lambda request: chat_auto(draft)
    environment = model_env(fake_openai, COMMUNIQUE_MODE="tools", COMMUNIQUE_COMPLETE="gaps")
    result = run("summarise", str(page), "--no-cache", env=environment)
    assert result.returncode == 0, result.stderr
    record = Analysis.model_validate_json(result.stdout)
    assert "Sánchez" not in record.model_dump_json(exclude={"provenance"})
    assert record.provenance is not None
    assert any(
        "removed participant 'Pedro Sánchez' (not named in the text)" in r for r in record.provenance.repairs
    )
    assert "Pedro" not in parse(page.read_text(encoding="utf-8")).text


@pytest.mark.parametrize("args", [("summarise", "-", "-"), ("summarise", "--jsonl", "-", "-")])
def test_standard_input_named_twice_is_a_usage_error(args: tuple[str, ...]) -> None:
    """Was: the first `-` read the text, the second an empty stdin: a record, then
    `failed: stdin (stdin): stdin is empty`, exit 1."""
    result = run(*args, stdin=Path(BRIEF).read_text(encoding="utf-8"), env={"COMMUNIQUE_CACHE": "0"})
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith(
        "communique: error: Invalid value: standard input (-) is named more than once"
    )
    assert len(result.stderr.splitlines()) == 1
