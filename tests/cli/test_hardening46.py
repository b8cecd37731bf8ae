"""Careless input and settings found from the outside (the forty-sixth adversarial
reading), through the real command line: one run a behaviour. (docs/hardening.md lists them.)"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import EXAMPLES
from runner import run

BRIEF = EXAMPLES / "rabat-madrid-fr.txt"


@pytest.mark.parametrize(
    "args",
    [
        ("--lang", os.fsdecode(b"x\xe9")),
        ("--published", os.fsdecode(b"2026-\xe9")),
        ("-f", os.fsdecode(b"\xe9")),
    ],
    ids=["--lang", "--published", "--format"],
)
def test_an_argument_that_is_not_utf8_is_quoted_by_its_bytes(args: tuple[str, str]) -> None:
    """Was: `lang 'x\\udce9' is not an ISO 639-1 code`: the message quoted the argument
    with repr, which wrote the byte Python kept as a surrogate as its escape."""
    result = run("summarise", str(BRIEF), *args)
    assert result.returncode in (2, 3) and "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert "\\xe9" in line and "\\udc" not in line, line


@pytest.mark.parametrize(
    "locale",
    [
        {"PYTHONIOENCODING": "ascii"},
        {"LANG": "", "LC_ALL": "C", "PYTHONIOENCODING": "ascii", "PYTHONUTF8": "0"},
        {"LANG": "", "LC_ALL": "", "LC_CTYPE": ""},
        {"PYTHONIOENCODING": "utf-8"},
    ],
    ids=["ascii", "the C locale and ascii", "no locale", "strict utf-8"],
)
def test_nothing_crashes_printing_to_an_output_that_cannot_hold_every_character(
    locale: dict[str, str], tmp_path: Path
) -> None:
    """Was: `internal error: UnicodeEncodeError: 'ascii' codec can't encode character` at
    the first accented letter of a record printed, and `config` failing alike on a cache
    folder named by bytes that are not UTF-8. A record printed as JSON is the same record."""
    named = tmp_path / os.fsdecode(b"caf\xe9.txt")
    named.write_bytes(BRIEF.read_bytes())
    plain = run("summarise", str(BRIEF))
    for args in (("summarise", str(BRIEF)), ("summarise", str(named), "-f", "text"), ("config",)):
        result = run(*args, env={**locale, "COMMUNIQUE_CACHE_DIR": os.fsdecode(bytes(tmp_path) + b"/c\xe9")})
        assert result.returncode == 0 and "error" not in result.stderr, result.stderr
    again = run("summarise", str(BRIEF), env=locale)
    unclocked = [json.loads(out) for out in (plain.stdout, again.stdout)]
    for record in unclocked:
        record["provenance"].pop("duration_s")
    assert unclocked[0] == unclocked[1]
    missing = run("summarise", os.fsdecode(bytes(tmp_path) + b"/absent\xe9.txt"), env=locale)
    assert missing.returncode == 3 and missing.stderr.strip().endswith("absent\\xe9.txt: no such file")
