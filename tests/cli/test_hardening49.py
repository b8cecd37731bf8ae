"""Careless input and settings found from the outside (the forty-ninth adversarial
reading), through the real command line: one run a behaviour. (docs/hardening.md lists them.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EXAMPLES
from runner import run

BRIEF = EXAMPLES / "rabat-madrid-fr.txt"
TEXT = BRIEF.read_text(encoding="utf-8")
#: The example's text without its front matter, as a JSON Lines line holds it.
BODY = TEXT.split("---\n", 2)[2]


@pytest.mark.parametrize(
    ("variable", "value", "shown", "command"),
    [
        ("COMMUNIQUE_DEADLINE", "1e-300", "1e-300", ["summarise", str(BRIEF), "--model", "m"]),
        ("COMMUNIQUE_TIMEOUT", "0.001", "0.001", ["config"]),
        ("COMMUNIQUE_DEADLINE", "5e-324", "4.94066e-324", ["config"]),
    ],
)
def test_a_wait_no_endpoint_can_meet_is_refused_with_its_bound(
    variable: str, value: str, shown: str, command: list[str]
) -> None:
    """Was: taken, every request failing as a server that did not answer within 1e-300 s,
    retried for the whole retry budget."""
    result = run(*command, env={variable: value, "COMMUNIQUE_BASE_URL": "http://127.0.0.1:9/v1"})
    name = variable.removeprefix("COMMUNIQUE_").lower()
    assert result.returncode == 4 and result.stdout == ""
    assert result.stderr == (
        f"communique: error: {name} must be at least 0.1 seconds (no endpoint answers sooner), not {variable}={shown}\n"
    )


def test_the_shortest_wait_allowed_is_taken() -> None:
    result = run("config", env={"COMMUNIQUE_DEADLINE": "0.1", "COMMUNIQUE_TIMEOUT": "0.1"})
    assert result.returncode == 0, result.stderr


#: Decimal digits of other scripts: Eastern Arabic, Persian, Devanagari, full-width, Thai.
SCRIPTS = {"arabic": "٠١٢٣٤٥٦٧٨٩", "persian": "۰۱۲۳۴۵۶۷۸۹", "devanagari": "०१२३४५६७८९",
           "fullwidth": "０１２３４５６７８９", "thai": "๐๑๒๓๔๕๖๗๘๙"}  # fmt: skip
DIGITS_FR = (
    "Rabat, le 12 mars 2026 - Le ministre de l'Intérieur, Karim Benali, a reçu mardi 10 mars 2026 à 15h30 son "
    "homologue espagnol, Jean Morel, pour 2 heures d'entretiens. Les deux ministres ont signé 3 accords.\n"
)
DIGITS_EN = (
    "Rabat, March 12, 2026 - Interior Minister Karim Benali met on Tuesday, March 10, 2026 at 3:30 pm his Spanish "
    "counterpart Jean Morel for 2 hours. They signed 3 agreements and will meet again on April 14-16, 2026.\n"
)


def _written_in(text: str, digits: str) -> str:
    return "".join(digits[int(char)] if char.isascii() and char.isdigit() else char for char in text)


@pytest.mark.parametrize("script", sorted(SCRIPTS))
@pytest.mark.parametrize("text", [DIGITS_FR, DIGITS_EN], ids=["fr", "en"])
def test_a_text_in_digits_of_another_script_is_read_as_written_with_spans_at_its_digits(
    script: str, text: str
) -> None:
    """A date written deliberately in Eastern Arabic (or Devanagari, full-width…) digits is
    the date it writes: the same record as in ASCII digits, its phrases quoting the digits
    as the text writes them, every span on the source's characters."""
    from communique import analyse, spans
    from communique.ingest.parse import parse

    ascii_record = json.loads(analyse(text, backend="rules").model_dump_json())
    written = _written_in(text, SCRIPTS[script])
    record = analyse(written, backend="rules")
    got = json.loads(record.model_dump_json())
    meeting, expected = got["meetings"][0], ascii_record["meetings"][0]
    assert (meeting["date"], meeting["end_date"]) == (expected["date"], expected["end_date"]) != (None, None)
    assert meeting["date_text"] == _written_in(expected["date_text"], SCRIPTS[script])
    assert [o["text"] for o in meeting["outcomes"]] == [
        _written_in(o["text"], SCRIPTS[script]) for o in expected["outcomes"]
    ]
    assert len(got["spans"]) == len(ascii_record["spans"]) and spans.check(parse(written).text, record) == []


@pytest.mark.parametrize("number", ["²", "①", "¹⁰", "٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩"])
def test_digits_that_are_no_decimal_digits_or_no_day_are_no_date_and_break_nothing(number: str) -> None:
    """A superscript or a circled figure is a digit to ``str.isdigit`` but to no parser."""
    from communique import analyse

    text = f"Rabat, le 12 mars 2026 - Le ministre Karim Benali a reçu le {number} mars son homologue Jean Morel.\n"
    meeting = json.loads(analyse(text, backend="rules").model_dump_json())["meetings"][0]
    assert meeting["date"] is None or meeting["date"] == "2026-03-12"


@pytest.mark.parametrize("script", ["arabic", "fullwidth"])
def test_a_publication_date_in_digits_of_another_script_is_read(tmp_path: Path, script: str) -> None:
    """Was: `published '٢٠٢٦-٠٣-١٢' is not an ISO date (YYYY-MM-DD)`, which it is, in front
    matter, a JSON Lines field or ``--published``; a dateline so written was not read."""
    from communique.ingest.parse import iso_date
    from communique.normalise.dates import parse_absolute

    day = _written_in("2026-03-12", SCRIPTS[script])
    assert str(iso_date(day)) == str(parse_absolute(f"Rabat, {day} - Le ministre")) == "2026-03-12"
    brief = tmp_path / "brief.txt"
    brief.write_text(f"---\npublished: {day}\n---\n{BODY}", encoding="utf-8")
    result = run("summarise", str(brief), "--backend", "rules", "-f", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["document"]["published"] == "2026-03-12"


@pytest.mark.parametrize(
    ("document_id", "named"),
    [
        ("../../x", "x.en.txt"),
        ("/etc/passwd", "etc_passwd.en.txt"),
        ("a/b", "a_b.en.txt"),
        ("..", "document.en.txt"),
        ("CON", "_CON.en.txt"),
        ("nul.txt", "_nul.txt.en.txt"),
        ("Aux", "_Aux.en.txt"),
        ("com1", "_com1.en.txt"),
        ("console", "console.en.txt"),
    ],
)
def test_a_document_id_names_a_file_inside_the_folder_and_never_a_device(
    document_id: str, named: str
) -> None:
    """An id names its translation's file (`translate -d DIR`): never a path out of DIR,
    and never a name Windows keeps for a device (was: ``CON.en.txt``, which cannot be made
    there, ``NUL.en.txt`` the null device: the translation lost without a word)."""
    from communique.export.sinks import file_name

    assert file_name(document_id, ".en.txt") == named


def test_an_id_given_twice_is_refused_before_any_file_is_written(tmp_path: Path) -> None:
    """Two ids that name one file otherwise (``a/b`` and ``a_b``) are named apart (adv50,
    ``cli/test_hardening50.py``); the same id twice names one file whatever is done."""
    from communique.errors import OutputError
    from communique.export.sinks import TextFolder

    with pytest.raises(OutputError, match="would both be written to"):
        TextFolder(tmp_path / "out", ["dup", "dup"], lambda item, value: "", suffix=".en.txt", force=False,
                   resume=False)  # fmt: skip
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x0c", "\x85"])
def test_a_front_matter_title_holding_a_separator_of_lines_is_one_line(separator: str) -> None:
    """A title scraped from a page's script holds U+2028 or U+2029, a PDF's a form feed.
    Was: the title cut in two by ``str.splitlines``, `malformed front matter: line 3 is not
    'key: value'`, the whole document refused; a NEL (U+0085) removed as a control,
    « Visitede travail »."""
    from communique.ingest.parse import parse

    source = parse(f"---\ntitle: Visite{separator}de travail \x9b31mà Rabat\nlang: fr\n---\n{BODY}")
    assert source.title == "Visite de travail à Rabat" and source.language == "fr"
    assert source.text == parse(BODY).text


def test_a_file_of_utf8_and_latin1_lines_is_read_line_by_line(tmp_path: Path) -> None:
    """Front matter a UTF-8 tool wrote above a text saved in Latin-1 (or files put end to
    end). Was: the whole read as Windows-1252, « Visite Ã  Rabat » for the title."""
    from communique.ingest.read import decode

    data = "---\ntitle: Visite à Rabat\n---\n".encode() + BODY.encode("latin-1")
    text, notes = decode(data, name="brief.txt")
    assert text == "---\ntitle: Visite à Rabat\n---\n" + BODY
    assert notes == [
        "brief.txt is not UTF-8 throughout; decoded as UTF-8 where it is, as Windows-1252 elsewhere"
    ]
    assert decode(BODY.encode("cp1252"), name="b")[1] == ["b is not UTF-8; decoded as Windows-1252"]
    brief = tmp_path / "brief.txt"
    brief.write_bytes(data)
    result = run("summarise", str(brief), "--backend", "rules", "-f", "json")
    assert result.returncode == 0 and json.loads(result.stdout)["document"]["title"] == "Visite à Rabat"


@pytest.mark.parametrize("look_alike", ["\u0410", "\u0391"], ids=["cyrillic", "greek"])
def test_a_name_written_with_a_look_alike_letter_is_read_as_written_and_breaks_nothing(
    look_alike: str,
) -> None:
    """« Karim Benali » with a Cyrillic or Greek small a for its a: read as the text writes
    it (the record quotes the text), with a warning that it is not the Latin name it shows
    (adv50: it was left out without a word), the other read, the spans hold."""
    from communique import analyse, spans
    from communique.ingest.parse import parse

    written = f"Karim Ben{look_alike.lower()}li"
    record = analyse(DIGITS_FR.replace("Karim Benali", written), backend="rules")
    names = [p.name for m in record.meetings for p in m.participants if p.name]
    assert names == [written, "Jean Morel"]
    assert any("'Karim Benali', which it is not" in w for w in record.provenance.warnings)
    assert spans.check(parse(DIGITS_FR.replace("Karim Benali", written)).text, record) == []


def test_markup_in_an_id_a_title_a_source_or_a_url_is_inert_in_html(tmp_path: Path) -> None:
    line = {"id": 'x"><script>alert(0)</script>', "text": BODY, "url": "javascript:alert(1)",
            "source": "<script>alert(2)</script>", "title": "<img src=x onerror=alert(4)>"}  # fmt: skip
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = run("summarise", "--jsonl", str(path), "--backend", "rules", "-f", "html")
    assert result.returncode == 0, result.stderr
    page = result.stdout
    assert "<script>alert" not in page and "<img src=x" not in page and "javascript:" not in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page


def test_a_line_of_eastern_arabic_digits_is_no_arabic_version_of_the_text() -> None:
    """A reference number in Eastern Arabic digits under the dateline. Was: the line set
    aside as « another version of the text » in Arabic script, which it has no letter of."""
    from communique.ingest.parse import parse

    reference = "Référence : " + SCRIPTS["arabic"] * 5
    source = parse(f"Rabat, le 12 mars 2026\n\n{reference}\n\n{BODY}")
    assert reference in source.text and not any("Arabic script" in note for note in source.notes)
