"""The analysis format: the spec's example and every gold file validate; the schema
refuses what the contract forbids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EVALS, requires_shared, spec_example
from pydantic import ValidationError

from communique.ingest import read_path
from communique.schema import Analysis, json_schema
from communique.text import fold

GOLDS = sorted(EVALS.glob("*.json")) + sorted((EVALS / "holdout").glob("*.json"))


SAMPLE = EVALS / "fr-01-header-mardi-debris-belgique.json"


def sample() -> dict:
    """A gold record of the project's own eval set, to break in various ways."""
    return json.loads(SAMPLE.read_text())


@requires_shared
def test_spec_example_validates() -> None:
    record = Analysis.model_validate(spec_example())
    assert record.meetings[0].parties == ["DK", "MA"]


def test_eval_set_has_forty_cases_at_least() -> None:
    assert len(GOLDS) >= 40
    for gold in GOLDS:
        assert gold.with_suffix(".txt").is_file(), f"{gold.name} has no text"


@pytest.mark.parametrize("gold", GOLDS, ids=[g.stem for g in GOLDS])
def test_gold_validates_and_is_grounded(gold: Path) -> None:
    record = Analysis.model_validate_json(gold.read_text())
    text = fold(
        read_path(gold.with_suffix(".txt")).text
    )  # as communique reads it (a PDF's broken name whole)
    assert record.document.id == gold.stem
    for meeting in record.meetings:
        for person in meeting.participants:
            if person.name:
                assert f" {fold(person.name)} " in f" {text} ", person.name
        if meeting.date_text:
            assert fold(meeting.date_text) in text, meeting.date_text


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r.update(is_meeting_report=False), "is_meeting_report is false"),
        (lambda r: r.update(meetings=[]), "no meeting"),
        (lambda r: r["meetings"][0].update(kind="party"), "kind"),
        (lambda r: r["meetings"][0].update(topics=["gossip"]), "topics"),
        (lambda r: r["meetings"][0].update(end_date="2026-01-01"), "before date"),
        (
            lambda r: r["meetings"][0]["participants"][0].update(party="FR"),
            "not one of the meeting's parties",
        ),
        (lambda r: r["meetings"][0]["participants"][0].update(name=None, title=None), "name or a title"),
        (lambda r: r["meetings"][0]["location"].update(country="Morocco"), "country"),
        (lambda r: r["document"].update(language="french"), "language"),
        (lambda r: r.update(extra_field=1), "extra"),
    ],
)
def test_contract_violations_are_rejected(change, message: str) -> None:
    record = sample()
    change(record)
    with pytest.raises(ValidationError, match=message):
        Analysis.model_validate(record)


def test_parties_and_topics_are_sorted_and_unique() -> None:
    record = sample()
    parties = record["meetings"][0]["parties"]
    record["meetings"][0]["parties"] = [*reversed(parties), parties[0]]
    record["meetings"][0]["topics"] = ["training", "extradition", "training"]
    meeting = Analysis.model_validate(record).meetings[0]
    assert meeting.parties == sorted(set(parties))
    assert [t.value for t in meeting.topics] == ["extradition", "training"]


def test_json_schema_names_every_field() -> None:
    schema = json.dumps(json_schema())
    for field in ("is_meeting_report", "date_text", "end_date", "participants", "outcomes", "provenance"):
        assert field in schema
