"""Careless use, audited from the outside (the fifty-seventh adversarial reading): the
reader of the output gone before it is written (``| head -1``), and a ``.env`` saved by
an editor of another system."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES

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
