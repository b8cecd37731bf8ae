"""The command line's last line of defence: every fault of the system around it gets
its own one-line message and exit code, never "internal error" or a traceback;
nothing from a server or a document reaches the terminal as an escape sequence;
``--version``; what ``--help`` says of ``--resume``. (docs/hardening.md lists them.)"""

from __future__ import annotations

import errno
import sqlite3

import pytest
from runner import run

import communique.cli.run
from communique.calllog import Call, CallLog, now
from communique.errors import ModelError
from communique.schema import Usage
from communique.version import __version__


def raising(exc: BaseException) -> object:
    def app(**options: object) -> None:  # as typer's app is called: standalone_mode=False
        raise exc

    return app


@pytest.mark.parametrize(
    ("fault", "code", "line"),
    [
        (MemoryError(), 3, "error: the input is too large or too deeply nested to read (MemoryError)"),
        (RecursionError("maximum recursion depth exceeded"), 3,
         "error: the input is too large or too deeply nested to read (RecursionError)"),
        (OSError(errno.ENOSPC, "No space left on device", "out.db"), 3, "error: out.db: No space left on device"),
        (OSError(errno.ENAMETOOLONG, "File name too long", "x" * 300), 3,
         f"error: {'x' * 300}: File name too long"),
        (PermissionError(errno.EACCES, "Permission denied", "/root/x"), 3, "error: /root/x: Permission denied"),
        (FileExistsError(errno.EEXIST, "File exists", "out.json"), 3, "error: out.json: File exists"),
        (sqlite3.DatabaseError("file is not a database"), 3,
         "error: a database is corrupt or unreadable (file is not a database)"),
        (ModelError("server said \x1b[2J\x1b]0;pwned\x07 gone\nnow"), 1, "error: server said gone now"),
    ],
)  # fmt: skip
def test_each_fault_has_its_own_line_and_exit_code(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], fault: BaseException, code: int,
    line: str,
) -> None:  # fmt: skip
    monkeypatch.setattr(communique.cli.run, "app", raising(fault))
    with pytest.raises(SystemExit) as exited:
        communique.cli.run.main()
    assert exited.value.code == code
    assert capsys.readouterr().err == f"communique: {line}\n"


def test_the_symlink_loop_of_issue_11_is_an_input_error_now(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").symlink_to("b.txt")
    (tmp_path / "b.txt").symlink_to("a.txt")
    result = run("summarise", str(tmp_path / "a.txt"))
    assert result.returncode == 3 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1].startswith(f"communique: error: {tmp_path / 'a.txt'}: cannot read")


def test_a_name_too_long_is_an_output_error() -> None:
    result = run("summarise", "-", "-o", "x" * 300 + ".json", stdin="Rabat, 12 mars 2026 (MAP) - texte.")
    assert result.returncode == 3
    assert result.stderr.strip().endswith("File name too long")


def test_logs_never_print_escape_sequences() -> None:
    from communique.api import call_log

    log: CallLog = call_log()
    usage = Usage(model="m\x1b[31m", attempts=1)
    log.record(Call(now(), "openai", "h", "extract@v1", "d\x1b]0;x\x07", usage, 0.1, "failed", "bad \x1b[2J"))
    result = run("logs")
    # each sequence removed whole (since the twenty-eighth reading: "[2J" was left as a word)
    assert result.returncode == 0 and "\x1b" not in result.stdout and "[2J" not in result.stdout
    assert "bad" in result.stdout


def test_version() -> None:
    result = run("--version")
    assert (result.returncode, result.stdout) == (0, f"communique {__version__}\n")


def test_help_says_which_formats_resume() -> None:
    shown = " ".join(run("summarise", "--help").stdout.split())
    assert "(records: --format jsonl or sqlite only; translations: -o or -d)" in shown


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["summarise", "x.txt", "--bogus"], "No such option: --bogus"),
        (["summarise", "x.txt", "-j", "0"], "Invalid value for '--concurrency' / '-j'"),
        (["summarise", "x.txt", "-f", "bogus"], "'bogus' is not one of json, jsonl"),
        (["eval", "--min", "headline=abc"], "Invalid value for --min"),
        (["nosuchcommand"], "No such command 'nosuchcommand'"),
    ],
)
def test_a_usage_error_is_one_line_that_says_where_the_help_is(args: list[str], said: str) -> None:
    result = run(*args)
    assert result.returncode == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("communique: error: ") and said in line and line.endswith(" -h')"), line


def test_a_command_given_nothing_shows_its_help() -> None:
    result = run("cache")
    assert result.returncode == 2 and "Usage:" in result.stderr and "clear" in result.stderr
