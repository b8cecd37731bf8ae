"""What records carry out of communique cannot act on their reader: spreadsheet
formulas in CSV cells, raw HTML in Markdown; and ``-o NAME`` without ``--format``
takes the format its name ends in. (docs/hardening.md lists each case.)"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import EXAMPLES
from runner import run

import communique
from communique.export import formats
from communique.export.text import to_csv, to_markdown

EXAMPLE = EXAMPLES / "rabat-madrid-fr.txt"


def test_csv_cells_never_start_a_formula() -> None:
    record = communique.analyse(EXAMPLE.read_text())
    hostile = record.model_copy(
        update={"document": record.document.model_copy(update={"source": "=cmd|'/C calc'!A0"})}
    )
    for start in ("=", "+", "-", "@", "\t", "\r"):
        source = start + "SUM(A1)"
        row = to_csv(
            [hostile.model_copy(update={"document": hostile.document.model_copy(update={"source": source})})]
        )
        assert f"'{start}SUM(A1)" in row.replace('"', "")


def test_markdown_never_copies_raw_html() -> None:
    record = communique.analyse(EXAMPLE.read_text())
    title = '<img src=x onerror="alert(1)"> & <script>alert(2)</script>'
    card = to_markdown(
        record.model_copy(update={"document": record.document.model_copy(update={"title": title})})
    )
    assert "<img" not in card and "<script" not in card
    assert '# &lt;img src=x onerror="alert(1)"&gt; &amp; &lt;script&gt;' in card
    assert card.rstrip().endswith("</sub>")  # the footer stays markup


@pytest.mark.parametrize(("suffix", "check"), [
    (".db", lambda path: sqlite3.connect(path).execute("SELECT COUNT(*) FROM documents").fetchone() == (2,)),
    (".csv", lambda path: path.read_text().startswith("document_id,")),
    (".html", lambda path: path.read_text().startswith("<!DOCTYPE html>")),
    (".md", lambda path: path.read_text().startswith("# ")),
    (".json", None),
    (".jsonl", lambda path: len(path.read_text().splitlines()) == 2),
])  # fmt: skip
def test_the_format_follows_the_output_name(tmp_path: Path, suffix: str, check: object) -> None:
    assert formats.for_path(Path(f"x{suffix.upper()}")) == next(
        name for name, found in formats.FORMATS.items() if suffix in found.suffixes
    )
    if check is None:  # one record: the single-input run
        result = run("summarise", str(EXAMPLE), "-o", str(tmp_path / f"out{suffix}"), "-q")
        assert result.returncode == 0 and (tmp_path / f"out{suffix}").read_text().startswith("{\n")
        return
    result = run("summarise", str(EXAMPLES), "-o", str(tmp_path / f"out{suffix}"), "-q")
    assert result.returncode == 0, result.stderr
    assert check(tmp_path / f"out{suffix}")  # type: ignore[operator]
