"""Bad input at the reading end, driven in-process through ``communique.api``: what is
not a regular file, what never ends, hidden binary, wide encodings, zero-width
characters, JSON Lines files with a line that is not UTF-8, nested too deep or holding
halves of UTF-16 pairs, file names that are not UTF-8, and JSON Lines named as inputs.
(docs/hardening.md lists each case.)"""

from __future__ import annotations

import json
import os
import socket
import threading
from pathlib import Path

import pytest

import communique
from communique.errors import InputError
from communique.ingest import decode

BRIEF = (
    "Rabat, 12 mars 2026 (MAP) - Le ministre de l'Intérieur a reçu mardi à Rabat son homologue tunisien, "
    "Khaled Nouri, pour des entretiens sur la lutte contre le terrorisme et l'immigration irrégulière."
)


def error_of(argument: str) -> str:
    """The error of the one document ``argument`` names."""
    (item,) = communique.load([argument], jsonl=None)
    assert item.source is None and isinstance(item.error, InputError)
    return str(item.error)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_that_never_ends_is_refused_without_reading_it(device: str) -> None:
    assert (
        error_of(device) == f"{device} is not a regular file (a device, a FIFO or a socket); pipe it into '-'"
    )


def test_a_fifo_is_refused_instead_of_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    outcome: list[str] = []
    reader = threading.Thread(target=lambda: outcome.append(error_of(str(fifo))), daemon=True)
    reader.start()
    reader.join(10)
    assert outcome and "is not a regular file" in outcome[0]  # answered at once, never blocked


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        assert "is not a regular file" in error_of(str(path))


def test_a_directory_named_as_a_jsonl_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory, not a file"):
        communique.load([], jsonl=str(tmp_path))


def test_a_symlink_loop_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    assert "cannot read" in error_of(str(tmp_path / "a.txt"))


def test_nul_bytes_after_the_first_8_kb_are_binary() -> None:
    data = (BRIEF + "\n") * 60 + "\x00\x01\x02" * 100
    assert len(BRIEF.encode()) * 60 > 8192
    with pytest.raises(InputError, match="looks like a binary file"):
        decode(data.encode("utf-8"), name="photo.txt")


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-be", "utf-16"])
def test_wide_encodings_with_a_bom_are_decoded(encoding: str) -> None:
    data = ("\ufeff" if encoding.endswith("-be") else "").encode(encoding) + BRIEF.encode(encoding)
    text, notes = decode(data, name="brief.txt")
    assert text.lstrip("\ufeff") == BRIEF
    assert notes == [f"brief.txt decoded as {encoding[:6].upper()}"]


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_zero_width_characters_do_not_split_names(invisible: str) -> None:
    record = communique.analyse(BRIEF.replace("Khaled Nouri", f"Kha{invisible}led Nou{invisible}ri"))
    assert record.meetings[0].participants[-1].name == "Khaled Nouri"


def test_a_jsonl_line_that_is_not_utf8_is_an_error_of_its_document_only(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "a", "text": BRIEF}, ensure_ascii=False).encode(),
             b'{"id": "b", "text": "Mar\xe9"}',  # Windows-1252
             json.dumps({"id": "c", "text": BRIEF.replace("Khaled", "Khalèd")}, ensure_ascii=False).encode()]  # fmt: skip
    path = tmp_path / "scraped.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = communique.load([], jsonl=str(path))
    assert [item.id for item in items] == ["a", "scraped-2", "c"]
    assert str(items[1].error) == f"{path} line 2 is not UTF-8 (byte 25)"
    assert items[2].source is not None and "Khalèd Nouri" in items[2].source.text  # not mojibake


def test_a_jsonl_line_nested_too_deep_is_an_error_of_its_document_only(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text(json.dumps({"text": BRIEF}) + "\n" + "[" * 100_000 + "]" * 100_000 + "\n")
    items = communique.load([], jsonl=str(path))
    assert items[0].source is not None
    assert str(items[1].error) == f"{path} line 2 is nested too deep to read"
    tally = communique.analyse_many(items, output=tmp_path / "out.jsonl", errors=tmp_path / "errors.jsonl")
    assert (tally.done, tally.failed) == (1, 1)


def test_a_jsonl_line_with_halves_of_utf16_pairs_gives_its_record(tmp_path: Path) -> None:
    # JSON escapes a character outside the BMP as two halves; a scraper that cut one off
    # leaves a lone half, which no UTF-8 can hold (the record, the errors file, the cache)
    lines = [  # json.dumps writes each half as its escape, as a scraper's JSON has it
        json.dumps({"id": "a\ud800", "text": BRIEF.replace("Rabat,", "Rabat \ud83d\udcf0,")}),
        json.dumps({"id": "b", "text": BRIEF.replace("tunisien", "tunisien \udc80")}),
    ]
    path = tmp_path / "scraped.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="ascii")
    items = communique.load([], jsonl=str(path))
    assert [item.id for item in items] == ["a\ufffd", "b"]
    assert items[0].source is not None and "Rabat \U0001f4f0," in items[0].source.text  # the pair, whole
    assert items[1].source is not None and "tunisien \ufffd" in items[1].source.text
    output = tmp_path / "out.jsonl"
    tally = communique.analyse_many(items, output=output, errors=tmp_path / "errors.jsonl")
    assert (tally.done, tally.failed) == (2, 0)
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [r["meetings"][0]["participants"][-1]["name"] for r in records] == ["Khaled Nouri"] * 2


def test_a_file_name_that_is_not_utf8_names_its_record(tmp_path: Path) -> None:
    # an archive made on Windows, unpacked here: Python keeps the name's bytes as surrogates
    (tmp_path / os.fsdecode(b"caf\xe9-brief.txt")).write_text(BRIEF, encoding="utf-8")
    (tmp_path / "other.txt").write_text(BRIEF, encoding="utf-8")
    items = communique.load([str(tmp_path)])
    assert sorted(item.id for item in items) == ["café-brief", "other"]
    output = tmp_path / "out.jsonl"
    tally = communique.analyse_many(items, output=output)
    assert (tally.done, tally.failed) == (2, 0)
    assert "café-brief" in output.read_text(encoding="utf-8")


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson", ".JSONL"])
def test_a_json_lines_file_named_as_an_input_is_read_line_by_line(tmp_path: Path, suffix: str) -> None:
    # not as the text of one communiqué (which read the JSON as prose, and found no meeting)
    path = tmp_path / f"scraped{suffix}"
    path.write_text(json.dumps({"id": "one", "text": BRIEF}) + "\n" + json.dumps({"text": BRIEF}) + "\n")
    from communique.ingest.inputs import is_single

    assert not is_single([str(path)], None)
    items = communique.load([str(path)])
    assert [item.id for item in items] == ["one", "scraped-2"]
    assert all(item.source is not None and item.source.text.startswith("Rabat") for item in items)


class _Endless:
    """A stdin that never ends, like ``cat /dev/zero |``: reading it all never returns."""

    def isatty(self) -> bool:
        return False

    @property
    def buffer(self) -> _Endless:
        return self

    def read(self, size: int = -1) -> bytes:
        assert size >= 0, "read without bound"
        return b"a" * size


def test_endless_stdin_is_read_up_to_the_limit_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", _Endless())
    with pytest.raises(InputError, match=r"^stdin is over the limit of 1,000 bytes"):
        communique.load(["-"], jsonl=None, max_bytes=1000)
