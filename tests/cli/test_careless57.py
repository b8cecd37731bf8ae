"""Careless use, audited from the outside (the fifty-seventh adversarial reading): the
reader of the output gone before it is written (``| head -1``), and a ``.env`` saved by
an editor of another system."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES
from runner import run

from communique.config import resolve

BRIEF = EXAMPLES / "rabat-madrid-fr.txt"

#: Commands that write to stdout, each with enough to fill what a closed pipe refuses.
WRITERS = {
    "schema": ["schema"],
    "prompts": ["prompts"],
    "one record": ["summarise", str(BRIEF)],
    "a batch": ["summarise", str(EXAMPLES)],
    "cards": ["summarise", str(BRIEF), "-f", "md"],
    "help": ["summarise", "--help"],
}


@pytest.mark.parametrize("args", list(WRITERS.values()), ids=list(WRITERS))
def test_a_reader_of_stdout_gone_ends_the_command_quietly_and_well(args: list[str]) -> None:
    """``communique … | head -1``, the reader gone before the first write: the exit is 0,
    as the library's own handling of a broken pipe says, and nothing is said of it. Was:
    exit 1 (typer's, for any broken pipe), which says a model or a record failed."""
    reading, writing = os.pipe()
    os.close(reading)  # gone before a byte is written: every write is a broken pipe
    try:
        result = subprocess.run([sys.executable, "-m", "communique", *args], stdout=writing,
                                stderr=subprocess.PIPE, timeout=120, check=False)  # fmt: skip
    finally:
        os.close(writing)
    said = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 0, said
    assert "Traceback" not in said and "Exception ignored" not in said
    assert all(line.startswith("communique: ") for line in said.splitlines()), said


def test_a_dotenv_saved_on_windows_is_read_as_written(tmp_path: Path) -> None:
    """A byte order mark, CRLF line ends, quotes and ``export``: each value as between
    the quotes, no ``\\r`` kept in a key (a key with one fails every request)."""
    env_file = tmp_path / ".env"
    env_file.write_bytes(
        b'\xef\xbb\xbfCOMMUNIQUE_MODEL=gpt-4o-mini\r\nexport COMMUNIQUE_TIMEOUT="33"\r\n'
        b"COMMUNIQUE_API_KEY='sk-test-abcdefghijkl1234'\r\n\r\n# a comment\r\n"
    )
    settings = resolve(environ={}, env_file=env_file)
    assert (settings.model, settings.timeout) == ("gpt-4o-mini", 33.0)
    assert settings.api_key == "sk-test-abcdefghijkl1234"


def _bounded(*args: str, stdin: int | None = None) -> subprocess.CompletedProcess[bytes]:
    """``communique ARGS`` held to 2 GB of memory and 60 seconds, so that a failure of
    this test is a failed test, not a machine out of memory."""

    def held() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    return subprocess.run([sys.executable, "-m", "communique", *args], stdin=stdin, capture_output=True,
                          timeout=60, check=False, preexec_fn=held)  # fmt: skip


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_json_lines_piped_without_end_are_refused_at_a_bound(device: str) -> None:
    """Was: ``--jsonl -`` read stdin whole before its first line, and an endless one
    (a device, a process that never stops) grew the run past 16 GB until it was killed."""
    with open(device, "rb") as endless:
        result = _bounded("summarise", "--jsonl", "-", stdin=endless.fileno())
    said = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 3 and result.stdout == b"", said
    assert said.strip().splitlines()[-1] == (
        "communique: error: stdin is over the limit of 500,000,000 bytes "
        "(JSON Lines may be 500 times COMMUNIQUE_MAX_BYTES: set it to raise both)"
    )


def test_a_json_lines_file_past_the_bound_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """A file of 3 GB of nothing on disk (sparse): its size is enough to refuse it."""
    huge = tmp_path / "huge.jsonl"
    with huge.open("wb") as handle:
        handle.truncate(3 << 30)
    result = _bounded("summarise", str(huge))
    said = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 3, said
    assert said.strip().splitlines()[-1] == (
        f"communique: error: {huge} is 3,221,225,472 bytes, over the limit of 500,000,000 bytes "
        "(JSON Lines may be 500 times COMMUNIQUE_MAX_BYTES: set it to raise both)"
    )


def test_the_bound_of_json_lines_follows_the_limit_of_a_document(tmp_path: Path) -> None:
    lines = tmp_path / "two.jsonl"
    lines.write_text('{"id": "a", "text": "Rabat."}\n' * 2_000)  # 60 KB
    result = run("summarise", "--jsonl", str(lines), env={"COMMUNIQUE_MAX_BYTES": "100"})
    assert result.returncode == 3
    assert f"{lines} is 60,000 bytes, over the limit of 50,000 bytes (JSON Lines" in result.stderr
