"""Values kept on disk (:mod:`communique.kept`): made once, read after, made anew when a file
they are made from changes, or the kept file is damaged, or cannot be written."""

from __future__ import annotations

import marshal
import os
from pathlib import Path

import pytest

from communique import kept
from communique.normalise import places


@pytest.fixture
def kept_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Values kept under ``tmp_path/kept``, not in the package."""
    folder = tmp_path / "kept"
    monkeypatch.setattr(kept, "_location", lambda name: folder / f"{name}.marshal")
    return folder


class Maker:
    """Makes a value from a source file, counting how many times."""

    def __init__(self, source: Path) -> None:
        self.source, self.times = source, 0

    def __call__(self) -> dict[str, int]:
        self.times += 1
        return {"words": len(self.source.read_text().split())}


def unpacked(packed: object) -> dict[str, int]:
    if not isinstance(packed, dict):
        raise TypeError("not a table")
    return packed


def value(source: Path, maker: Maker) -> dict[str, int]:
    return kept.kept("words", [source], maker, lambda made: made, unpacked)


def test_a_value_is_made_once_and_read_after(tmp_path: Path, kept_in: Path) -> None:
    source = tmp_path / "data.txt"
    source.write_text("one two three")
    maker = Maker(source)
    assert value(source, maker) == value(source, maker) == {"words": 3}
    assert maker.times == 1


def test_a_changed_source_makes_it_anew(tmp_path: Path, kept_in: Path) -> None:
    source = tmp_path / "data.txt"
    source.write_text("one two three")
    maker = Maker(source)
    value(source, maker)
    source.write_text("one two three four")
    assert value(source, maker) == {"words": 4}
    assert maker.times == 2


@pytest.mark.parametrize("damage", [b"", b"communique-kept-1\n\x00\xff", b"garbage", b"communique-kept-1\n"])
def test_a_damaged_file_makes_it_anew(tmp_path: Path, kept_in: Path, damage: bytes) -> None:
    source = tmp_path / "data.txt"
    source.write_text("one two")
    maker = Maker(source)
    value(source, maker)
    (kept_file,) = kept_in.iterdir()
    kept_file.write_bytes(damage)
    assert value(source, maker) == {"words": 2}
    assert maker.times == 2


def test_a_fifo_in_its_place_neither_blocks_nor_fails(tmp_path: Path, kept_in: Path) -> None:
    source = tmp_path / "data.txt"
    source.write_text("one two")
    kept_in.mkdir()
    os.mkfifo(kept_in / "words.marshal")
    assert value(source, Maker(source)) == {"words": 2}


def test_a_source_or_a_place_that_cannot_be_read_or_written_costs_only_the_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "data.txt"
    source.write_text("one two")
    (tmp_path / "file").write_text("")
    monkeypatch.setattr(kept, "_location", lambda name: tmp_path / "file" / "under-a-file.marshal")
    maker = Maker(source)
    assert value(source, maker) == value(source, maker) == {"words": 2}
    assert maker.times == 2
    missing = tmp_path / "missing.txt"
    assert kept.kept("words", [missing], lambda: 7, lambda made: made, lambda packed: 0) == 7


def test_the_gazetteer_s_tables_are_read_back_as_they_were_made() -> None:
    made = places._made_tables()
    read = places._unpacked(marshal.loads(marshal.dumps(places._packed(made))))
    assert read == made
    # one object per city, however many names it has (as made)
    assert len({id(city) for city in read.cities.values()}) == len(
        {id(city) for city in made.cities.values()}
    )
