"""Careless input and settings found from the outside (the forty-sixth adversarial
reading), through the real command line: one run a behaviour. (docs/hardening.md lists them.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
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


def test_json_lines_saved_as_utf16_are_read(tmp_path: Path) -> None:
    """PowerShell's `>` writes UTF-16 with its mark. Was: every line a failure, `line 1 is
    not UTF-8 (byte 1)`, `line 2 is not valid JSON`."""
    text = BRIEF.read_text(encoding="utf-8").split("---\n", 2)[2]
    lines = "".join(json.dumps({"id": f"d{n}", "text": text}) + "\r\n" for n in range(2))
    for encoding in ("utf-16", "utf-32"):
        path = tmp_path / f"{encoding}.jsonl"
        path.write_bytes(lines.encode(encoding))
        result = run("summarise", "--jsonl", str(path), "-f", "jsonl")
        assert result.returncode == 0, result.stderr
        assert [json.loads(line)["document"]["id"] for line in result.stdout.splitlines()] == ["d0", "d1"]
    broken = tmp_path / "broken.jsonl"
    broken.write_bytes(b"\xff\xfe\x00\xd8")
    result = run("summarise", "--jsonl", str(broken))
    assert result.returncode == 3 and result.stderr.strip().endswith("broken.jsonl is not valid UTF-16 text")


def test_a_json_lines_line_that_is_no_object_is_said_as_what_it_is(tmp_path: Path) -> None:
    """Was: `line 1 has no 'text' (a non-empty string)` for a line that is a string or a list."""
    path = tmp_path / "rows.jsonl"
    path.write_text('"a communiqué"\n[1, 2]\nnull\ntrue\n', encoding="utf-8")
    result = run("summarise", "--jsonl", str(path))
    assert result.returncode == 1
    said = [line.rsplit(": ", 1)[-1] for line in result.stderr.splitlines() if "failed:" in line]
    assert said == [f"{path} line {n} is {kind}, not an object with a 'text'"
                    for n, kind in ((1, "a string"), (2, "a list"), (3, "null"), (4, "true or false"))], said  # fmt: skip


def test_an_output_that_is_the_file_standard_input_reads_is_refused(tmp_path: Path) -> None:
    """Was: `-o /dev/stdin --force < notes.txt` replaced notes.txt with the record, and
    `summarise - -o brief.txt --force < brief.txt` the text being read."""
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n")
    copy = tmp_path / "brief.txt"
    copy.write_bytes(BRIEF.read_bytes())
    for args, stdin, named in (
        (("summarise", str(BRIEF), "-o", "/dev/stdin", "--force"), notes, "/dev/stdin"),
        (("summarise", "-", "-o", str(copy), "--force"), copy, str(copy)),
    ):
        with stdin.open("rb") as handle:
            done = subprocess.run([sys.executable, "-m", "communique", *args], stdin=handle,
                                  capture_output=True, text=True, check=False)  # fmt: skip
        assert done.returncode == 2, done.stderr
        assert done.stderr.strip().endswith(
            f"{named} is the file standard input reads: writing there would replace it; give another output"
        )
    assert notes.read_text() == "my notes\n" and copy.read_bytes() == BRIEF.read_bytes()


@pytest.mark.parametrize(
    "args",
    [
        ("summarise", str(BRIEF), "-o", ""),
        ("summarise", str(BRIEF), "--errors", ""),
        ("translate", str(BRIEF), "-d", "", "-m", "m"),
        ("eval", str(EXAMPLES), "--json", ""),
        ("corpus", str(BRIEF), "-o", ""),
    ],
    ids=["-o", "--errors", "translate -d", "eval --json", "corpus -o"],
)
def test_an_empty_output_name_is_a_usage_error(args: tuple[str, ...]) -> None:
    """`-o "$OUT"` with OUT unset. Was: read as `.`, the working folder (`. is a directory;
    give a file name`; `translate -d ""` wrote the translations among its files)."""
    result = run(*args)
    assert result.returncode == 2, result.stderr
    assert "an empty name names no file or folder (a shell variable left unset?)" in result.stderr
