"""``communique corpus``: one event per encounter, one entry per person, the tables and
the files. Every name and place here is invented."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from cases import write
from conftest import EXAMPLES
from runner import run

import communique
from communique.corpora import build
from communique.errors import InputError, OutputError

BELHADDOU = ["Karim Belhaddou", "MA", "Directeur général de la Sûreté"]
VILLACREZ = ["Tomás Villacrez", "ES", "Director General de la Policía"]
FERRANOVA = ["Lucía Ferranova Ortiz", "ES", "ministra del Interior"]
OUAZZINE = ["Samira Ouazzine", "MA", "ministre de l'Intérieur"]


def side(doc: str, date: str | None, people: list[list[Any]], **extra: Any) -> dict[str, Any]:
    """A report of a Morocco–Spain meeting at Port-Sabline, unless ``extra`` says otherwise."""
    fields = {"doc": doc, "date": date, "published": date, "parties": ["ES", "MA"], "people": people,
              "city": "Port-Sabline", "country": "MA"}  # fmt: skip
    return fields | extra


def corpus(tmp_path: Path, *sides: dict[str, Any], pins: str | None = None) -> build.Corpus:
    records = write(tmp_path / "records.jsonl", list(sides))
    pinned = None
    if pins is not None:
        pinned = tmp_path / "pins.tsv"
        pinned.write_text(pins, encoding="utf-8")
    return communique.corpus([records], output=tmp_path / "out", pins=pinned, force=True)


def person(made: build.Corpus, name: str) -> dict[str, Any]:
    return next(p for p in made.people if p["name"] == name)


def test_the_same_meeting_reported_from_both_sides_is_one_event(tmp_path: Path) -> None:
    made = corpus(
        tmp_path,
        side("dgsn-0210", "2026-02-10", [BELHADDOU, VILLACREZ], topics=["terrorism"]),
        side("policia-0210", "2026-02-10", [["Tomás Villacrez", "ES", None], ["Karim Belhaddou", "MA", None]],
             lang="es", topics=["drug_trafficking"]),
    )  # fmt: skip
    (event,) = made.events
    assert event["documents"] == ["dgsn-0210", "policia-0210"]
    assert event["topics"] == ["drug_trafficking", "terrorism"]  # each source's fields kept, the union shown
    assert [s["topics"] for s in event["sources"]] == [["terrorism"], ["drug_trafficking"]]
    (why,) = event["merged_because"]
    assert why == (
        "policia-0210 joins: same date, same parties {ES, MA}, shared participant Karim Belhaddou, "
        "Tomás Villacrez, same city Port-Sabline"
    )
    assert not event["conflicts"]


def test_french_and_english_reports_of_one_meeting(tmp_path: Path) -> None:
    made = corpus(
        tmp_path,
        side("map-0303", "2026-03-03", [BELHADDOU, FERRANOVA]),
        side("wire-0304", "2026-03-03", [["Mr Belhaddou", "MA", "Director General"],
                                         ["FERRANOVA ORTIZ Lucia", "ES", "Interior Minister"]],
             lang="en", published="2026-03-04"),
    )  # fmt: skip
    (event,) = made.events
    assert [s["language"] for s in event["sources"]] == ["fr", "en"]
    belhaddou = person(made, "Karim Belhaddou")
    assert [s["name"] for s in belhaddou["spellings"]] == ["Belhaddou", "Karim Belhaddou"]  # "Mr" dropped
    assert belhaddou["titles"] == ["Directeur général de la Sûreté", "Director General"]
    assert belhaddou["first_seen"] == belhaddou["last_seen"] == "2026-03-03"
    assert len(made.people) == 2 and not made.review


def test_the_same_people_a_week_apart_are_two_events(tmp_path: Path) -> None:
    made = corpus(
        tmp_path,
        side("dgsn-0203", "2026-02-03", [BELHADDOU, VILLACREZ]),
        side("dgsn-0210", "2026-02-10", [BELHADDOU, VILLACREZ]),
    )
    assert [e["documents"] for e in made.events] == [["dgsn-0203"], ["dgsn-0210"]]
    assert person(made, "Karim Belhaddou")["events"] == [e["id"] for e in made.events]


def test_an_announcement_and_the_report_of_the_meeting_held_are_one_event(tmp_path: Path) -> None:
    made = corpus(
        tmp_path,
        side(
            "mi-0301", None, [OUAZZINE], status="announced", published="2026-03-01", city=None, country=None
        ),
        side("mi-0318", "2026-03-17", [OUAZZINE, FERRANOVA], published="2026-03-18"),
    )
    (event,) = made.events
    assert [(s["document"], s["status"]) for s in event["sources"]] == [
        ("mi-0318", "held"),
        ("mi-0301", "announced"),
    ]
    assert event["status"] == "held" and event["date"] == "2026-03-17"
    assert "undated announced report" in event["merged_because"][0]
    assert "the only such event in the month after its publication (2026-03-01)" in event["merged_because"][0]


def test_disagreements_between_sources_are_kept_and_shown(tmp_path: Path) -> None:
    made = corpus(
        tmp_path,
        side("dgsn-0217", "2026-02-17", [BELHADDOU, VILLACREZ]),
        side("policia-0218", "2026-02-18", [BELHADDOU, VILLACREZ], lang="es", city="Sidi Amrane"),
    )
    assert len(made.events) == 2  # a day apart and in two cities: not one encounter
    made = corpus(
        tmp_path,
        side("dgsn-0217", "2026-02-17", [BELHADDOU, VILLACREZ]),
        side("policia-0218", "2026-02-18", [BELHADDOU, VILLACREZ], lang="es"),
        side("wire-0217", "2026-02-17", [BELHADDOU], lang="en", city="Sidi Amrane"),
    )
    (event,) = made.events
    assert event["conflicts"] == [
        "dates differ: 2026-02-17 (dgsn-0217, wire-0217); 2026-02-18 (policia-0218)",
        "cities differ: Port-Sabline (dgsn-0217, policia-0218); Sidi Amrane (wire-0217)",
    ]
    assert [s["date"] for s in event["sources"]] == ["2026-02-17", "2026-02-17", "2026-02-18"]


def test_names_are_one_person_however_spelt(tmp_path: Path) -> None:
    made = corpus(
        tmp_path,
        side("a", "2026-01-05", [["Mamadou Ould Sékoumba", "SN", None]], parties=["MA", "SN"]),
        side("b", "2026-02-05", [["M. Mamadou Sekoumba", "SN", None]], parties=["MA", "SN"]),
        side("c", "2026-03-05", [["SEKOUMBA Mamadou", None, None]], parties=["MA", "SN"]),
        side("d", "2026-04-05", [["Jean-Baptiste Lefrançoy", "FR", None]], parties=["FR", "MA"]),
        side("e", "2026-05-05", [["Jean Baptiste LEFRANCOY", "FR", None]], parties=["FR", "MA"]),
    )
    assert sorted(p["name"] for p in made.people) == ["Jean-Baptiste Lefrançoy", "Mamadou Ould Sékoumba"]
    sekoumba = person(made, "Mamadou Ould Sékoumba")
    assert (sekoumba["first_seen"], sekoumba["last_seen"], sekoumba["documents"]) == (
        "2026-01-05",
        "2026-03-05",
        3,
    )


def test_ambiguous_names_are_not_merged_but_listed_for_review(tmp_path: Path) -> None:
    made = corpus(
        tmp_path,
        side("a", "2026-01-05", [BELHADDOU, ["Alba Ferran", "ES", None]]),
        side("b", "2026-02-05", [BELHADDOU, ["Joan Ferran", "ES", None]]),
        side("c", "2026-03-05", [BELHADDOU, ["M. Ferran", "ES", None]]),
    )
    assert sorted(p["name"] for p in made.people) == [
        "Alba Ferran",
        "Ferran",
        "Joan Ferran",
        "Karim Belhaddou",
    ]
    assert made.review == [
        {
            "name": "Ferran",
            "candidates": ["Alba Ferran", "Joan Ferran"],
            "reason": "part of several names: not joined",
        }
    ]
    # the same surname in the same communiqué as one of them is unambiguous there
    made = corpus(
        tmp_path,
        side("a", "2026-01-05", [BELHADDOU, ["Alba Ferran", "ES", None]]),
        side("b", "2026-02-05", [BELHADDOU, ["Joan Ferran", "ES", None], ["M. Ferran", "ES", None]]),
    )
    assert sorted(p["name"] for p in made.people) == ["Alba Ferran", "Joan Ferran", "Karim Belhaddou"]
    assert not made.review


def test_the_same_name_in_two_countries_is_two_people(tmp_path: Path) -> None:
    made = corpus(
        tmp_path,
        side("a", "2026-01-05", [["Youssef Amrani", "MA", None]]),
        side("b", "2026-02-05", [["Youssef Amrani", "ES", None]]),
    )
    assert [p["countries"] for p in made.people] == [["ES"], ["MA"]]
    assert made.review[0]["reason"] == "the same name in ES, MA: kept apart"


def test_pins_join_and_split_people(tmp_path: Path) -> None:
    sides = (
        side("a", "2026-01-05", [BELHADDOU, ["Nadia Sefrioui", "MA", None]]),
        side("b", "2026-02-05", [BELHADDOU, ["Nadia Oumlil", "MA", None]]),
        side("c", "2026-03-05", [["Karim Belhaddou Tazi", "MA", None]]),
    )
    unpinned = corpus(tmp_path, *sides)
    assert sorted(p["name"] for p in unpinned.people) == [
        "Karim Belhaddou Tazi",
        "Nadia Oumlil",
        "Nadia Sefrioui",
    ]
    pins = "# checked by hand\nsame\tNadia Sefrioui\tNadia Oumlil\ndifferent\tKarim Belhaddou\tKarim Belhaddou Tazi\n"
    pinned = corpus(tmp_path, *sides, pins=pins)
    assert sorted(p["name"] for p in pinned.people) == [
        "Karim Belhaddou",
        "Karim Belhaddou Tazi",
        "Nadia Sefrioui",
    ]
    nadia = person(pinned, "Nadia Sefrioui")
    assert [s["name"] for s in nadia["spellings"]] == ["Nadia Oumlil", "Nadia Sefrioui"]
    assert nadia["joined_because"] == ["pinned: Nadia Sefrioui is Nadia Oumlil"]
    assert pinned.review[0]["reason"] == "a 'different' pin kept them apart"


@pytest.mark.parametrize(
    ("pins", "message"),
    [
        ("same\tNadia Sefrioui\n", "pins.tsv:1: expected 'same' or 'different'"),
        ("same\tA B\tC D\ndifferent\tC D\tA B\n", "pins.tsv:2: contradicts line 1"),
    ],
)
def test_bad_pins_are_input_errors(tmp_path: Path, pins: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        corpus(tmp_path, side("a", "2026-01-05", [BELHADDOU]), pins=pins)


def test_the_tables_join_and_the_files_are_written(tmp_path: Path) -> None:
    corpus(
        tmp_path,
        side("dgsn-0210", "2026-02-10", [BELHADDOU, VILLACREZ]),
        side("policia-0210", "2026-02-10", [["Villacrez", "ES", None], BELHADDOU], lang="es"),
    )
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == [
        "atlas.html",
        "corpus.db",
        "events.jsonl",
        "people.jsonl",
    ]
    db = sqlite3.connect(out / "corpus.db")
    db.execute("PRAGMA foreign_keys = ON")
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    rows = db.execute(
        "SELECT people.name, appearances.name, event_sources.document_id FROM appearances"
        " JOIN people ON people.id = appearances.person_id"
        " JOIN event_sources ON event_sources.document_id = appearances.document_id"
        " ORDER BY 1, 3"
    ).fetchall()
    assert rows == [
        ("Karim Belhaddou", "Karim Belhaddou", "dgsn-0210"),
        ("Karim Belhaddou", "Karim Belhaddou", "policia-0210"),
        ("Tomás Villacrez", "Tomás Villacrez", "dgsn-0210"),
        ("Tomás Villacrez", "Villacrez", "policia-0210"),
    ]
    assert db.execute("SELECT COUNT(*) FROM events").fetchone() == (1,)
    (event,) = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]
    assert event["documents"] == ["dgsn-0210", "policia-0210"]


def test_sqlite_records_from_summarise_are_read(tmp_path: Path) -> None:
    database = tmp_path / "records.db"
    communique.analyse_many(communique.load([str(EXAMPLES)]), format="sqlite", output=database)
    made = communique.corpus([database], output=tmp_path / "out")
    assert {d["id"] for d in made.documents} == {"interpol-call-en", "example-rabat-madrid"}
    assert len(made.events) == made.meetings


def test_the_command_line_never_overwrites_and_says_what_is_wrong_in_one_line(tmp_path: Path) -> None:
    records = write(tmp_path / "records.jsonl", [side("a", "2026-01-05", [BELHADDOU, VILLACREZ])])
    out = tmp_path / "out"
    done = run("corpus", str(records), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "1 meetings of 1 records → 1 events" in done.stderr
    again = run("corpus", str(records), str(records), "-o", str(out))
    assert again.returncode == 3
    assert again.stderr.strip().splitlines() == [
        f"communique: error: {out}/events.jsonl exists; use --force to overwrite it"
    ]
    forced = run("corpus", str(records), str(records), "-o", str(out), "--force")
    assert forced.returncode == 0 and "1 duplicate records skipped" in forced.stderr
    (tmp_path / "bad.jsonl").write_text('{"document": {"language": "fr"}, "is_meeting_report": "maybe"}\n')
    sqlite3.connect(tmp_path / "other.db").execute("CREATE TABLE t (x)").connection.commit()
    (tmp_path / "binary.jsonl").write_bytes(b"\xff\xfe\x00\x01" * 8)
    for args, message in (
        (
            [str(tmp_path / "other.db")],
            "other.db: not a records database from 'communique summarise' (no such table: documents)",
        ),
        ([str(tmp_path / "binary.jsonl")], "binary.jsonl: not UTF-8 text; give JSON Lines or SQLite records"),
        ([str(tmp_path / "missing.jsonl")], "missing.jsonl: no such file"),
        (
            [str(tmp_path / "bad.jsonl")],
            "bad.jsonl:1: not a record (is_meeting_report: Input should be a valid boolean",
        ),
    ):
        bad = run("corpus", *args, "-o", str(tmp_path / "other"))
        assert bad.returncode == 3 and len(bad.stderr.strip().splitlines()) == 1, bad.stderr
        assert message in bad.stderr and "Traceback" not in bad.stderr


def test_a_folder_that_is_a_file_is_refused_before_any_work(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("")
    with pytest.raises(OutputError, match="is a file; give a folder"):
        communique.corpus([tmp_path / "missing.jsonl"], output=tmp_path / "taken")
