"""Outputs that must not be lost, clobbered or made dangerous: devices and symlinks
written through, stdout under other names, a full disk, SIGTERM, one file named twice,
two runs on one output, stdin into SQLite, a run that fails.
In-process through ``communique.api`` where the behaviour is the library's, the CLI
where it is the command's. (docs/hardening.md lists each case.)"""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import EXAMPLES
from runner import run

import communique
from communique.errors import OutputError, UsageError
from communique.export import files, formats

EXAMPLE = EXAMPLES / "rabat-madrid-fr.txt"


def temp_files(folder: Path) -> list[str]:
    return [name for name in os.listdir(folder) if name.endswith(".tmp")]


@pytest.mark.skipif(not Path("/dev/full").is_char_device(), reason="needs /dev/full")
def test_a_device_is_written_directly_never_replaced() -> None:
    items = communique.load([str(EXAMPLE)], jsonl=None)
    with pytest.raises(OutputError, match="cannot write /dev/full: No space left on device"):
        communique.analyse_many(items, format="json", output=Path("/dev/full"), force=True)
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode) and temp_files(Path("/dev")) == []


def test_a_symlink_is_written_through(tmp_path: Path) -> None:
    (tmp_path / "real.json").write_text("old")
    (tmp_path / "link.json").symlink_to("real.json")
    items = communique.load([str(EXAMPLE)], jsonl=None)
    communique.analyse_many(items, format="json", output=tmp_path / "link.json", force=True)
    assert (tmp_path / "link.json").is_symlink()
    assert '"example-rabat-madrid"' in (tmp_path / "real.json").read_text()


def test_a_symlink_loop_as_output_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.json").symlink_to("b.json")
    (tmp_path / "b.json").symlink_to("a.json")
    with pytest.raises(OutputError, match=r"cannot write .*a\.json: Too many levels of symbolic links"):
        communique.analyse_many([], output=tmp_path / "a.json")


def test_dev_stdout_and_dash_mean_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    items = communique.load([str(EXAMPLE)], jsonl=None)
    for name in ("/dev/stdout", "-"):
        communique.analyse_many(items, format="json", output=Path(name))
        assert '"example-rabat-madrid"' in capsys.readouterr().out
    assert not Path("-").exists()


@pytest.mark.skipif(not Path("/dev/full").is_char_device(), reason="needs /dev/full")
def test_stdout_to_a_full_device_says_so() -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "communique", "summarise", str(EXAMPLE), "-q"],
                                stdout=full, stderr=subprocess.PIPE, text=True, timeout=120, check=False)  # fmt: skip
    assert result.returncode == 3
    assert result.stderr == "communique: error: cannot write to stdout: No space left on device\n"


def test_a_full_disk_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputError, match="No space left on device"):
        files.write_atomic(tmp_path / "records.html", "<p>…</p>" * 1000)
    assert os.listdir(tmp_path) == []


def test_sigterm_leaves_no_temporary_file(tmp_path: Path) -> None:
    folder = tmp_path / "briefs"
    folder.mkdir()
    for number in range(1500):
        (folder / f"b{number}.txt").write_text(EXAMPLE.read_text())
    command = [
        sys.executable,
        "-m",
        "communique",
        "summarise",
        str(folder),
        "-o",
        str(tmp_path / "out.html"),
        "-q",
    ]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not temp_files(tmp_path) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert temp_files(tmp_path), "the batch never started writing"
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 143 and stderr.strip().splitlines()[-1] == "communique: terminated"
    assert "Traceback" not in stderr and sorted(os.listdir(tmp_path)) == ["briefs"]


def test_a_stop_as_the_temporary_file_appears_leaves_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SIGTERM (raised as Ctrl-C) landing just after the file is made, before the call
    # returns: the name was registered first, so the exit's clean-up removes it (it was
    # made by mkstemp, then registered: a stop in between left it, a flaky run above).
    real_open = os.open

    def open_then_stop(name: str, flags: int, mode: int = 0o777) -> int:
        os.close(real_open(name, flags, mode))
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "open", open_then_stop)
    with pytest.raises(KeyboardInterrupt):
        files.AtomicFile(tmp_path / "out.html")
    monkeypatch.undo()
    assert [p.suffix for p in tmp_path.iterdir()] == [".tmp"]
    files._drop_pending()  # what the exit runs
    assert list(tmp_path.iterdir()) == []


def test_a_temporary_file_has_an_ordinary_mode(tmp_path: Path) -> None:
    umask = os.umask(0o027)
    try:
        fd, name = files.temporary(tmp_path / "records.db")
    finally:
        os.umask(umask)
    os.close(fd)
    assert stat.S_IMODE(os.stat(name).st_mode) == 0o640 and Path(name).name.startswith(".records.db.")
    files.forget(name)


@pytest.mark.parametrize(("keep_mode", "mode"), [(True, 0o600), (False, 0o644)])
def test_a_replaced_file_keeps_its_mode_only_when_asked(tmp_path: Path, keep_mode: bool, mode: int) -> None:
    out = tmp_path / "records.jsonl"
    out.write_text("old\n")
    out.chmod(0o600)
    umask = os.umask(0o022)
    try:
        files.write_atomic(out, "new\n", force=True, keep_mode=keep_mode)
    finally:
        os.umask(umask)
    assert out.read_text() == "new\n" and stat.S_IMODE(out.stat().st_mode) == mode
    assert [p.name for p in tmp_path.iterdir()] == ["records.jsonl"]


def test_one_file_as_output_and_errors_is_refused(tmp_path: Path) -> None:
    items = communique.load([str(EXAMPLE)], jsonl=None)
    out = tmp_path / "x.jsonl"
    with pytest.raises(UsageError, match="are the same file"):
        communique.analyse_many(items, output=out, errors=tmp_path / "." / "x.jsonl")
    assert not out.exists()


@pytest.mark.parametrize(("name", "suffix"), [("jsonl", ".jsonl"), ("sqlite", ".db")])
def test_an_output_being_written_is_locked(tmp_path: Path, name: str, suffix: str) -> None:
    out = tmp_path / f"records{suffix}"
    first = formats.open_sink(name, out, force=False, resume=True)
    with pytest.raises(OutputError, match=f"{out} is being written by another communique run"):
        formats.open_sink(name, out, force=True, resume=True)
    first.close()
    formats.open_sink(name, out, force=False, resume=True).close()  # free again


def test_two_resumed_runs_never_duplicate_records(tmp_path: Path) -> None:
    folder = tmp_path / "briefs"
    folder.mkdir()
    for number in range(400):
        (folder / f"b{number}.txt").write_text(EXAMPLE.read_text().replace("id: example-rabat-madrid", ""))
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "communique", "summarise", str(folder), "-o", str(out), "--resume", "-q"]
    runs = [subprocess.Popen(command, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outcomes = [(p.wait(timeout=120), p.stderr.read() if p.stderr else "") for p in runs]
    assert sorted(code for code, _ in outcomes) in ([0, 3], [0, 0])
    assert all(f"{out} is being written by another communique run" in err for code, err in outcomes if code)
    ids = [line.split('"id":"', 1)[1].split('"', 1)[0] for line in out.read_text().splitlines()]
    assert len(ids) == len(set(ids)) == 400


def test_stdin_without_front_matter_goes_to_sqlite_as_stdin(tmp_path: Path) -> None:
    text = "\n".join(EXAMPLE.read_text().split("---")[2:])  # the example without its front matter
    out = tmp_path / "records.db"
    result = run("summarise", "-", "-o", str(out), "-q", stdin=text)
    assert result.returncode == 0, result.stderr
    assert sqlite3.connect(out).execute("SELECT id FROM documents").fetchall() == [("stdin",)]


def test_a_run_that_fails_leaves_no_database(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    items = communique.load([str(tmp_path / "empty.txt")], jsonl=None)
    out = tmp_path / "records.db"
    with pytest.raises(communique.InputError, match="is empty"):
        communique.analyse_many(items, format="sqlite", output=out, strict=True)
    assert sorted(os.listdir(tmp_path)) == ["empty.txt"]
