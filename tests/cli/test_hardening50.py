"""Careless input found from the outside (the fiftieth adversarial reading), through the
real command line and the library. (docs/hardening.md lists them.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EXAMPLES
from runner import run

BRIEF = EXAMPLES / "rabat-madrid-fr.txt"
#: The example's text without its front matter, as a JSON Lines line holds it.
BODY = BRIEF.read_text(encoding="utf-8").split("---\n", 2)[2]


def _folder(tmp_path: Path, ids: list[str]) -> dict[str, str]:
    from communique.export.sinks import TextFolder

    return TextFolder(tmp_path / "out", ids, lambda item, value: "", suffix=".en.txt", force=False,
                      resume=False).names  # fmt: skip


def test_ids_that_differ_in_case_only_name_files_apart_on_any_file_system(tmp_path: Path) -> None:
    """« Brief-1 » and « brief-1 » named ``Brief-1.en.txt`` and ``brief-1.en.txt``: one file
    on macOS and Windows, the first translation overwritten. Each is now told apart by a
    hash of its id, whatever the order of the batch; an id alone keeps its plain name."""
    names = _folder(tmp_path, ["Brief-1", "brief-1", "other"])
    assert names["other"] == "other.en.txt"
    assert names["Brief-1"].startswith("Brief-1-") and names["brief-1"].startswith("brief-1-")
    assert len({name.casefold() for name in names.values()}) == 3
    assert _folder(tmp_path / "again", ["other", "brief-1", "Brief-1"]) == names


@pytest.mark.parametrize("ids", [["a/b", "a_b"], ["CON", "_CON"], ["caf\u00e9", "cafe\u0301"]])
def test_ids_whose_names_are_alike_are_told_apart(tmp_path: Path, ids: list[str]) -> None:
    """A slash, a device's name or an accent composed or not: ids that would share a
    file are named apart (was: refused, the whole batch)."""
    names = _folder(tmp_path, ids)
    assert len({name.casefold() for name in names.values()}) == 2


def test_translations_of_ids_differing_in_case_are_each_written(tmp_path: Path) -> None:
    """What ``translate -d`` writes: each translation in its own file, none replaced."""
    from types import SimpleNamespace

    from communique.export.sinks import TextFolder

    folder = TextFolder(tmp_path / "out", ["Brief-1", "brief-1"], lambda item, value: value, suffix=".en.txt",
                        force=False, resume=False)  # fmt: skip
    for document_id in ("Brief-1", "brief-1"):
        folder.write(SimpleNamespace(id=document_id), f"{document_id}\n")  # type: ignore[arg-type]
    written = {path.read_text(encoding="utf-8") for path in (tmp_path / "out").iterdir()}
    assert written == {"Brief-1\n", "brief-1\n"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_name_the_text_writes_with_a_look_alike_letter_is_read_offline_as_written(
    tmp_path: Path, lang: str
) -> None:
    """« Ahm\\u0430d » (a Cyrillic « а »): the offline reading names him as the text writes him,
    in the record and the summaries, and warns that the name is not the Latin one it shows
    (was: left out without a word, no reader of his words took the Cyrillic letter)."""
    written = "Ahm\u0430d Trabelsi"
    text = {
        "fr": f"Rabat, le 12 mars 2026 - Le ministre de l'Intérieur, Karim Benali, a reçu mardi à Rabat son "
        f"homologue tunisien, {written}, pour des entretiens sur la coopération sécuritaire.\n",
        "en": f"Rabat, March 12, 2026 - Interior Minister Karim Benali met on Tuesday his Tunisian counterpart "
        f"{written} in Rabat to discuss security cooperation.\n",
    }[lang]
    path = tmp_path / "brief.txt"
    path.write_text(text, encoding="utf-8")
    result = run("summarise", str(path), "--backend", "rules", "--no-cache")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert [p["name"] for p in record["meetings"][0]["participants"]] == ["Karim Benali", written]
    assert written in record["summary"]["en"] and written in record["summary"]["fr"]
    (warning,) = record["provenance"]["warnings"]
    assert warning.startswith("meeting 1: participant name 'Ahm\\u0430d Trabelsi' mixes Latin letters")
    assert "communique: warning:" in result.stderr and "'Ahmad Trabelsi', which it is not" in result.stderr
