"""``--format plover``: PLOVER events that hold to the field definitions written down in
``docs/plover.md`` and ``docs/plover.schema.json``, and the mapping those documents give."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import EVALS, ROOT
from runner import run

from communique import ingest
from communique.config import resolve
from communique.export.plover import events
from communique.pipeline import Pipeline
from communique.schema import Analysis

SCHEMA = json.loads((ROOT / "docs" / "plover.schema.json").read_text(encoding="utf-8"))
_TYPES = {"object": dict, "array": list, "string": str, "integer": int, "number": (int, float), "boolean": bool,
          "null": type(None)}  # fmt: skip


def violations(schema: dict[str, Any], value: Any, where: str = "$") -> list[str]:
    """What in ``value`` breaks ``schema``: the subset of JSON Schema the PLOVER schema
    uses (type, enum, pattern, minLength, minimum, maximum, items, minItems, uniqueItems,
    properties, required, additionalProperties, local $ref)."""
    if "$ref" in schema:
        return violations(SCHEMA["$defs"][schema["$ref"].rsplit("/", 1)[-1]], value, where)
    types = schema.get("type")
    if types is not None:
        allowed = [types] if isinstance(types, str) else types
        if not any(isinstance(value, _TYPES[t]) and not (t in ("integer", "number") and isinstance(value, bool))
                   for t in allowed):  # fmt: skip
            return [f"{where}: {value!r} is not {' or '.join(allowed)}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{where}: {value!r} is not one of {schema['enum']}"]
    found = []
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            found.append(f"{where}: {value!r} does not match {schema['pattern']}")
        if len(value) < schema.get("minLength", 0):
            found.append(f"{where}: {value!r} is too short")
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if number and not schema.get("minimum", value) <= value <= schema.get("maximum", value):
        found.append(f"{where}: {value} is out of range")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            found.append(f"{where}: fewer than {schema['minItems']} items")
        if schema.get("uniqueItems") and len({json.dumps(v, sort_keys=True) for v in value}) < len(value):
            found.append(f"{where}: items repeat")
        for index, item in enumerate(value):
            found += violations(schema.get("items", {}), item, f"{where}[{index}]")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        found += [f"{where}: no {name!r}" for name in schema.get("required", []) if name not in value]
        if schema.get("additionalProperties") is False:
            found += [f"{where}: unexpected {name!r}" for name in value if name not in properties]
        for name, item in value.items():
            if name in properties:
                found += violations(properties[name], item, f"{where}.{name}")
    return found


@pytest.fixture(scope="module")
def sample() -> dict[str, list[dict[str, Any]]]:
    """The events of the rules records of every eval case and held-out case, by case."""
    pipeline = Pipeline(resolve({"backend": "rules", "cache": False}))
    cases = sorted(EVALS.glob("*.txt")) + sorted((EVALS / "holdout").glob("*.txt"))
    return {path.stem: events(pipeline.run(ingest.read_path(path)), path.stem) for path in cases}


def test_every_event_of_the_eval_records_holds_to_the_definitions(
    sample: dict[str, list[dict[str, Any]]],
) -> None:
    every = [event for found in sample.values() for event in found]
    assert len(every) > 60
    for event in every:
        assert violations(SCHEMA, event) == [], event["id"]
    assert len({event["id"] for event in every}) == len(every)
    assert {category for event in every for category in event["event"]} == {"CONSULT", "AGREE", "SUPPORT"}
    assert {mode for event in every for mode in event["mode"]} == {
        "visit",
        "third-party",
        "multilateral",
        "phone",
    }
    assert sample["fr-17-negatif-saisie-tanger-med"] == []  # no meeting, no event


def test_the_checker_is_not_blind(sample: dict[str, list[dict[str, Any]]]) -> None:
    event = sample["fr-04-se-rendra-jeudi-rome"][0]
    broken = {**event, "event": ["MEET"], "source": [], "extra": 1, "date": "5 mars"}
    broken["source"] = [{**event["recipient"][0], "code": "IT"}] if event["recipient"] else [{"code": "IT"}]
    assert len(violations(SCHEMA, broken)) >= 4


def test_a_visit_goes_from_the_visitor_to_the_host() -> None:
    result = run("summarise", "examples/rabat-madrid-fr.txt", "--format", "plover", "-q", cwd=ROOT)
    (line,) = result.stdout.splitlines()
    event = json.loads(line)
    assert violations(SCHEMA, event) == []
    assert (event["id"], event["date"], event["date_raw"], event["published"]) == (
        "example-rabat-madrid-1", "2026-02-10", "mardi", "2026-02-12",
    )  # fmt: skip
    assert event["event"] == ["CONSULT", "AGREE"] and event["mode"] == [
        "visit"
    ]  # met, and agreed to follow up
    assert [(a["code"], a["actor_text"], a["role"]) for a in event["source"]] == [
        ("ESP", "Fernando Grande-Marlaska", "guest")
    ]
    assert [(a["code"], a["actor_text"], a["office"]) for a in event["recipient"]] == [
        ("MAR", "Abdelouafi Laftit", "ministre de l'Intérieur")
    ]
    assert event["event_loc"] == {"name": "Rabat", "country_code": "MA", "cc3": "MAR", "venue": None}
    assert event["context"] == ["crime_drugs", "migration"]
    assert event["cite_info"]["publication"] == "MAP" and event["coder"].endswith("(rules)")
    # the spans pointer: the words of the encounter, in the text as read
    text = run("summarise", "examples/rabat-madrid-fr.txt", "--format", "text", cwd=ROOT).stdout
    assert text[event["text_info"]["start"] : event["text_info"]["end"]] == "s'est entretenu"
    name = next(s for s in event["spans"] if s["field"] == "meetings[0].participants[1].name")
    assert text[name["start"] : name["end"]] == "Fernando Grande-Marlaska"


def test_calls_conferences_announcements_and_signings(sample: dict[str, list[dict[str, Any]]]) -> None:
    (call,) = sample["en-03-video-call-today-uae-germany"]
    assert call["mode"] == ["phone"] and call["recipient"] == []  # no side hosts: every side is a source
    assert {a["code"] for a in call["source"]} == {"ARE", "DEU"}
    assembly = sample["en-08-interpol-general-assembly-marrakech"][-1]
    # a multilateral meeting is one event, every side in its source
    assert "multilateral" in assembly["mode"] and assembly["recipient"] == []
    assert {"MAR", "NGA", "SEN", "IGO"} <= {a["code"] for a in assembly["source"]}
    assert {"INTERPOL"} == {a["identifier_text"] for a in assembly["source"] if a["code"] == "IGO"}
    (visit,) = sample["fr-04-se-rendra-jeudi-rome"]
    assert visit["event"] == ["AGREE"] and "future" in visit["context"] and visit["mode"] == []
    (signing,) = sample["en-06-mou-signing-5-march-tunisia-germany"]
    assert signing["event"][:2] == ["CONSULT", "SUPPORT"]
    bilaterals = sample["en-10-four-bilaterals-madrid-sidelines"]
    assert len(bilaterals) == 4 and "visit" in bilaterals[-1]["mode"]  # Madrid's minister receives Senegal's


def test_a_meeting_in_a_country_that_is_none_of_its_parties_is_third_party() -> None:
    # a hand label: a signing between the UAE and Kenya in Doha
    record = Analysis.model_validate_json(
        (EVALS / "world" / "en-26-misspelt-signed-ceremony-doha.json").read_text()
    )
    (event,) = events(record, "doha")
    assert event["mode"] == ["third-party"]


def test_plover_is_a_format_of_summarise(tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    result = run("summarise", str(ROOT / "examples"), "-f", "plover", "-o", str(out), "-q")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [e["id"] for e in lines] == [
        "interpol-call-en-1",
        "example-rabat-madrid-1",
    ]  # "nothing": no meeting
    assert all(violations(SCHEMA, event) == [] for event in lines)
    again = run("summarise", str(ROOT / "examples"), "-f", "plover", "-o", str(out), "-q")
    assert again.returncode == 3 and "exists; use --force" in again.stderr
