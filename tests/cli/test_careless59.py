"""Careless input, round 59: a run's own outputs in the folder it reads, the kinds of file
a folder holds, ISO-8859-15, a user's ``*.en.txt`` beside translations, trees deep and
wide, JSON Lines written as an array, documents saved as ``.txt``, a terminal for stdin,
and a disk that fills while an output is written."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from fakeserver import FakeOpenAI
from runner import run
from support import env
from test_careless58 import MULTIPART, TEXT, _translating

from communique.export.text import to_csv
from communique.ingest.read import CSV_HEAD


def _ids(stdout: str) -> list[str]:
    return [json.loads(line)["document"]["id"] for line in stdout.splitlines()]


def _briefs(tmp_path: Path) -> Path:
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    (briefs / "brief.txt").write_text(TEXT, encoding="utf-8")
    return briefs


@pytest.mark.parametrize(
    ("options", "name", "what"),
    [
        (["-f", "md", "-o"], "cards.md", "readable cards"),
        (["-f", "jsonl", "-o"], "records.txt", "a record"),
        (["-f", "csv", "-o"], "table.txt", "a table of records"),
        (["-f", "html", "-o"], "page.html", "a page of records"),
        (["--errors"], "failures.txt", "a list of failures"),
    ],
)  # fmt: skip
def test_a_run_s_output_in_the_folder_read_is_left_out_with_one_warning_and_refused_when_named(
    tmp_path: Path, options: list[str], name: str, what: str
) -> None:
    """Was: ``-o briefs/cards.md`` (or records saved as ``.txt``) read back by the next run
    over ``briefs/`` as one more communiqué, its summaries taken for news."""
    briefs = _briefs(tmp_path)
    (briefs / "empty.txt").write_text("")  # a failure, for --errors
    first = run("summarise", str(briefs), "--backend", "rules", *options, str(briefs / name), "-q")
    assert (briefs / name).is_file(), first.stderr
    again = run("summarise", str(briefs), "--backend", "rules")  # (a warning: -q would silence it)
    assert _ids(again.stdout) == ["brief"], again.stderr
    said = [line for line in again.stderr.splitlines() if "left out" in line]
    assert said == [f"communique: warning: left out 1 file(s) communique wrote, not communiqués: "
                    f"{briefs / name} ({what})"]  # fmt: skip
    named = run("summarise", str(briefs / name), "--backend", "rules")
    assert named.returncode == 3 and named.stdout == "" and len(named.stderr.splitlines()) == 1
    assert f"is {what} communique wrote, not a communiqué" in named.stderr


def test_the_head_of_the_csv_known_as_a_run_s_is_the_one_written() -> None:
    assert to_csv([]).encode().startswith(CSV_HEAD)


def test_a_folder_reads_every_kind_of_file_a_named_file_is_read_as(tmp_path: Path) -> None:
    """Was: ``.eml`` and ``.html`` files left out of a folder ("a directory with no .txt or
    .md files") although ``summarise FILE.eml`` or ``FILE.html`` read each."""
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    (briefs / "mail.eml").write_bytes(MULTIPART.encode("ascii"))
    (briefs / "page.html").write_text(
        f"<!DOCTYPE html><html><body><article><p>{TEXT}</p></article></body></html>"
    )
    (briefs / "saved.htm").write_text(f"<html><body><p>{TEXT}</p></body></html>")
    folder = run("summarise", str(briefs), "--backend", "rules")
    assert folder.returncode == 0 and _ids(folder.stdout) == ["mail", "page", "saved"], folder.stderr
    for line, name in zip(folder.stdout.splitlines(), ("mail.eml", "page.html", "saved.htm"), strict=True):
        alone = json.loads(run("summarise", str(briefs / name), "--backend", "rules").stdout)
        assert json.loads(line)["meetings"] == alone["meetings"] != []


@pytest.mark.parametrize(
    ("text", "encoding", "said"),
    [
        ("Le cœur du dispositif : 50 000 € pour la manœuvre, et l'Œuvre d'Orient à Paris.\n", "iso8859_15",
         "ISO-8859-15"),
        ("Le cœur du dispositif : 50 000 € pour la manœuvre, et l’Œuvre d’Orient à Paris.\n", "cp1252",
         "Windows-1252"),
        ("Le ministre de l´Intérieur a reçu son homologue à Paris.\n", "cp1252", "Windows-1252"),
    ],
    ids=["latin-9", "windows-1252-with-euro", "windows-1252-acute-as-apostrophe"],
)  # fmt: skip
def test_iso_8859_15_is_told_from_windows_1252_by_the_bytes_that_differ(
    tmp_path: Path, text: str, encoding: str, said: str
) -> None:
    """Was: ISO-8859-15 read as Windows-1252, « 50 000 ¤ », « c½ur », « man½uvre »."""
    brief = tmp_path / "brief.txt"
    brief.write_bytes(text.encode(encoding))
    result = run("summarise", str(brief), "--backend", "rules", "--format", "text")
    assert result.returncode == 0 and f"decoded as {said}" in result.stderr, result.stderr
    assert result.stdout == text.replace("’", "'").replace("´", "'") or result.stdout == text


def test_a_user_s_en_txt_in_the_translation_folder_is_read_and_a_run_s_is_said(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    """Was: every ``*.en.txt`` of the ``-d`` folder left out in silence, a user's own
    ``notes.en.txt`` with the run's translations."""
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    (briefs / "brief.txt").write_text("Le ministre a reçu son homologue.\n")
    (briefs / "notes.en.txt").write_text("The minister received his counterpart.\n")
    fake_openai.responder = _translating
    first = run("translate", str(briefs), "-d", str(briefs), env=env(fake_openai))
    assert first.returncode == 0 and "2 done" in first.stderr, first.stderr
    assert sorted(path.name for path in briefs.iterdir()) == [
        "brief.en.txt", "brief.txt", "notes.en.en.txt", "notes.en.txt"]  # fmt: skip
    again = run("translate", str(briefs), "-d", str(briefs), "--resume", env=env(fake_openai))
    assert again.returncode == 0 and "2 already in" in again.stderr, again.stderr
    assert "left out 2 file(s) communique wrote" in again.stderr and "notes.en.txt (" not in again.stderr


#: Deeper than Python 3.11's recursion limit (1,000), within a path's 4,096 bytes.
DEPTH = 1200


def test_a_tree_deeper_than_the_recursion_limit_is_read(tmp_path: Path) -> None:
    """Was: the whole run "too large or too deeply nested to read" for a folder 1,200
    deep (os.walk calls itself for each subfolder); a glob of it says to name the folder."""
    bottom = tmp_path.joinpath("deep", *["d"] * DEPTH)
    _make_deep(tmp_path / "deep")
    try:
        (bottom / "brief.txt").write_text(TEXT)
        folder = run("summarise", "deep", "--backend", "rules", cwd=tmp_path)
        assert folder.returncode == 0 and _ids(folder.stdout) == ["brief"], folder.stderr
        globbed = run("summarise", "deep/**/*.txt", "--backend", "rules", cwd=tmp_path)
        assert globbed.returncode == 3 and len(globbed.stderr.splitlines()) == 1
        assert "nested too deep for a glob; name the folder" in globbed.stderr
    finally:  # pytest removes old temporary folders by calling itself for each level: it would fail on this one
        (bottom / "brief.txt").unlink(missing_ok=True)
        for depth in range(DEPTH, -1, -1):
            (tmp_path.joinpath("deep", *["d"] * depth)).rmdir()


def _make_deep(top: Path) -> None:
    """``top`` and :data:`DEPTH` folders ``d`` one in the other (``Path.mkdir(parents=True)``
    calls itself for each level)."""
    top.mkdir()
    for depth in range(1, DEPTH + 1):
        top.joinpath(*["d"] * depth).mkdir()


def test_ten_thousand_files_fail_one_line_each_in_path_order(tmp_path: Path) -> None:
    """Every one said, in the same order at every run (the order of their paths)."""
    many = tmp_path / "many"
    many.mkdir()
    for number in range(10_000):
        (many / f"e{number}.txt").write_bytes(b"")
    (many / "sub").mkdir()
    (many / "sub" / "brief.txt").write_text(TEXT)
    result = run("summarise", str(many), "--backend", "rules", "-q")
    assert result.returncode == 1 and _ids(result.stdout) == ["brief"]
    failed = [
        line.split(" ")[2] for line in result.stderr.splitlines() if line.startswith("communique: failed:")
    ]
    assert len(failed) == 10_000 and failed == [path.stem for path in sorted(many.glob("e*.txt"))]


def test_json_lines_written_as_an_array_are_read(tmp_path: Path) -> None:
    """An array an object a line (``[``, ``{…},``, ``]``): was « line 2 is not valid JSON
    (Extra data) » for each object but the last, and « line 1 » for the bracket."""
    lines = [
        "[",
        json.dumps({"id": "a", "text": TEXT}) + ",",
        json.dumps({"id": "b", "text": TEXT}) + " ,",
        "]",
    ]
    scraped = tmp_path / "scraped.jsonl"
    scraped.write_text("\n".join(lines) + "\n")
    result = run("summarise", "--jsonl", str(scraped), "--backend", "rules")
    assert result.returncode == 0 and _ids(result.stdout) == ["a", "b"], result.stderr


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"PK\x03\x04\x14\x00\x00\x00[Content_Types].xml...PK\x03\x04word/document.xml", "a Word document (.docx)"),
        (b"PK\x03\x04\x0a\x00\x00\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.textPK",
         "an OpenDocument text (.odt)"),
        (b"PK\x03\x04\x14\x00\x00\x00notes/readme.txt", "a ZIP archive"),
    ],
    ids=["docx", "odt", "zip"],
)  # fmt: skip
def test_an_office_document_saved_as_txt_is_named_by_its_real_type(
    tmp_path: Path, data: bytes, kind: str
) -> None:
    """Was: « a ZIP archive (a .docx, .odt or .zip file) » for each, the user left to guess."""
    brief = tmp_path / "brief.txt"
    brief.write_bytes(data)
    result = run("summarise", str(brief), "--backend", "rules")
    assert result.returncode == 3 and len(result.stderr.splitlines()) == 1
    assert f"is {kind}" in result.stderr and "not text" in result.stderr


def test_a_terminal_for_stdin_is_a_hint_not_a_wait() -> None:
    """``communique summarise`` typed alone: a line saying what to give, at once."""
    controller, terminal = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "communique", "summarise", "--backend", "rules"],
                              stdin=terminal, capture_output=True, timeout=60, check=False)  # fmt: skip
    finally:
        os.close(terminal)
        os.close(controller)
    assert done.returncode == 3 and done.stdout == b""
    assert done.stderr.decode().splitlines() == [
        "communique: error: no input: give files, a folder or --jsonl, or pipe a communiqué into '-'"
    ]


#: The command line with every ``fsync`` failing as a full disk makes it fail.
_FULL_DISK = (
    "import errno, os, sys\n"
    "def full(fd): raise OSError(errno.ENOSPC, 'No space left on device')\n"
    "os.fsync = full\n"
    "from communique.cli.run import main\n"
    "sys.argv[0] = 'communique'\n"
    "main()\n"
)


@pytest.mark.parametrize("format", ["json", "md", "csv", "html"])
def test_a_disk_full_while_writing_keeps_the_earlier_output_whole(tmp_path: Path, format: str) -> None:
    """``--force`` over an earlier output, the disk full as it is put in place: the earlier
    file as it was, no half-written one under its name, nothing left beside it."""
    brief = tmp_path / "brief.txt"
    brief.write_text(TEXT)
    output = tmp_path / f"out.{format}"
    output.write_text("the earlier output\n")
    done = subprocess.run([sys.executable, "-c", _FULL_DISK, "summarise", str(brief), "--backend", "rules",
                           "-o", str(output), "--force"], capture_output=True, text=True, timeout=120,
                          check=False)  # fmt: skip
    assert done.returncode == 3 and "Traceback" not in done.stderr
    assert done.stderr.splitlines()[-1].endswith("No space left on device"), done.stderr
    assert output.read_text() == "the earlier output\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["brief.txt", output.name]
