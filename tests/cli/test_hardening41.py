"""Careless input and settings found from the outside (the forty-first adversarial
reading), through the real command line: one run a behaviour. (docs/hardening.md lists them.)"""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, chat_auto
from runner import run
from support import GOOD_DRAFT, SECRET, assert_no_secret, model_env

BRIEF = EXAMPLES / "rabat-madrid-fr.txt"


@pytest.mark.parametrize(
    ("command", "prompt", "right"),
    [
        ("summarise", "translate@v1", "use extract@v1, extract@v2, extract@v3"),
        ("translate", "extract@v3", "use translate@v1"),
        ("summarise", "../translate@v1", "use extract@v1"),
    ],
    ids=["summarise with a translation prompt", "translate with a reading prompt", "a path"],
)
def test_a_prompt_of_another_task_is_refused_in_one_line(
    fake_openai: FakeOpenAI, command: str, prompt: str, right: str
) -> None:
    """Was: `summarise --prompt translate@v1` sent the translation prompt to read the
    record (every reply then failed validation, after the re-asks of each document)."""
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    result = run(command, str(BRIEF), "--prompt", prompt, "--no-cache", env=model_env(fake_openai))
    assert result.returncode != 0 and result.stdout == "" and "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert f"prompt '{prompt}' is not a prompt for" in line and right in line
    assert fake_openai.chat_requests == []


def test_a_file_name_that_is_not_utf8_is_shown_by_its_bytes(tmp_path: Path) -> None:
    """Was: `nu/caf\\udce9.txt` in every message, and `--errors FILE` an internal
    `UnicodeEncodeError` (no line of the failed documents written)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_bytes(b"")
    (folder / os.fsdecode(b"d\xe9p\xeache.txt")).write_bytes(b"\x00\x01\x02 binary")
    errors = tmp_path / "errors.jsonl"
    result = run("summarise", str(folder), "-o", str(tmp_path / "out.jsonl"), "--errors", str(errors))
    assert result.returncode == 1 and "internal error" not in result.stderr, result.stderr
    lines = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [line["input"].rsplit("/", 1)[-1] for line in lines] == ["caf\\xe9.txt", "d\\xe9p\\xeache.txt"]
    assert all("\\xe9" in line["reason"] for line in lines)
    shown = run("summarise", str(folder), "-o", str(tmp_path / "again.jsonl"))
    missing = run("summarise", str(tmp_path / os.fsdecode(b"absent\xe9.txt")))
    for said in (shown.stderr, missing.stderr):
        assert "\\udc" not in said and "\\xe9" in said and "Traceback" not in said, said


@pytest.mark.parametrize("command", ["summarise", "translate", "bench"])
def test_the_key_pasted_as_the_model_is_refused_before_it_is_sent_or_logged(
    fake_openai: FakeOpenAI, command: str, tmp_path: Path
) -> None:
    """Was: the variables swapped (COMMUNIQUE_MODEL=sk-…) sent the key as the model's
    name, and kept it whole in the call log's `model` column (and a record's provenance)."""
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    env = model_env(fake_openai, COMMUNIQUE_MODEL=SECRET, COMMUNIQUE_DATA_DIR=str(tmp_path / "data"))
    result = run(command, str(BRIEF), *(() if command == "bench" else ("--no-cache",)), env=env)
    assert result.returncode == 4 and fake_openai.requests == [], result.stderr
    assert result.stderr.strip().endswith("the model's name holds the API key (or a piece of it): "
                                          "the variables swapped? check --model / COMMUNIQUE_MODEL")  # fmt: skip
    assert_no_secret(tmp_path)
    assert SECRET[:8] not in result.stdout + result.stderr


@pytest.mark.parametrize("option", ["-o", "--errors"])
def test_an_output_fifo_no_process_reads_is_refused_at_once(tmp_path: Path, option: str) -> None:
    """Was: `summarise brief.txt -o fifo --force` blocked for ever in `open`, waiting for
    a reader that never came (inputs that are FIFOs were refused already)."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    others = ("-o", str(tmp_path / "out.jsonl")) if option == "--errors" else ()
    result = run("summarise", str(BRIEF), option, str(fifo), *others, "--force", timeout=60)
    assert result.returncode == 3 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1] == (
        f"communique: error: cannot write {fifo}: it is a FIFO no process reads; start its reader first"
    )


def test_an_output_fifo_that_is_read_gets_the_records(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    time.sleep(0.2)  # the reader opens the FIFO first
    result = run("summarise", str(BRIEF), "-o", str(fifo), "-f", "jsonl", "--force", timeout=60)
    reader.join(timeout=30)
    assert result.returncode == 0, result.stderr
    assert json.loads(got[0].decode())["document"]["id"] == "example-rabat-madrid"
