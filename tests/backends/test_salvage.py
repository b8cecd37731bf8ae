"""What code reads of a reply that the schema does not take whole: a value it refuses
is left out (its default takes its place), a list item that cannot do without it is
dropped, a reply cut off at the token limit is read as far as it went; each is said in
``provenance.repairs``. A meeting is never dropped for a fault of its own (the reply
would say another thing, not less), nor is a reply read as empty because a cut emptied it.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, chat_auto, chat_json
from pydantic import ValidationError
from support import GOOD_DRAFT, SECRET

from communique.backends.openai.salvage import partial_object, salvage
from communique.config import resolve
from communique.draft import ModelDraft, SpansDraft
from communique.ingest import parse
from communique.pipeline import Pipeline
from communique.schema import Analysis


def draft(**meeting: Any) -> dict[str, Any]:
    """GOOD_DRAFT with its meeting's fields replaced by ``meeting``."""
    value = copy.deepcopy(GOOD_DRAFT)
    value["meetings"][0].update(meeting)
    return value


def analyse(fake: FakeOpenAI) -> Analysis:
    settings = resolve({"model": "fake-model", "base_url": fake.base_url, "api_key": SECRET, "retry_seconds": 0.01,
                        "summaries": "model", "cache": False, "max_retries": 2})  # fmt: skip
    return Pipeline(settings).run(parse(EXAMPLES.joinpath("rabat-madrid-fr.txt").read_text()))


# -- units ---------------------------------------------------------------------------


def test_a_value_refused_is_left_out_and_its_default_takes_its_place() -> None:
    value, notes = salvage(
        SpansDraft, draft(participants=[{"name": "Abdelouafi Laftit", "role": "chairman"}])
    )
    assert value.meetings[0].participants[0].role.value == "participant"
    assert notes == ["the reply's meetings.0.participants.0.role was left out (Input should be 'host', 'guest' or 'participant')"]  # fmt: skip


def test_items_that_cannot_do_without_what_is_refused_are_dropped_each_said_where_the_reply_had_it() -> None:
    participants = ["M. Laftit", {"name": "Fernando Grande-Marlaska", "role": "guest"}, {"name": 7}]
    outcomes = [{"type": "agreement", "text": "un accord"}, {"type": "mechanism_created", "text": ""},
                {"type": "mechanism_created", "text": "créer un groupe de travail conjoint"}]  # fmt: skip
    value, notes = salvage(SpansDraft, draft(participants=participants, outcomes=outcomes))
    meeting = value.meetings[0]
    assert [p.name for p in meeting.participants] == [
        "Fernando Grande-Marlaska",
        None,
    ]  # grounding removes it
    assert [o.text for o in meeting.outcomes] == ["créer un groupe de travail conjoint"]
    dropped = [note.split(" was ")[0].removeprefix("the reply's ") for note in notes]
    assert dropped == ["meetings.0.participants.0", "meetings.0.participants.2.name",
                       "meetings.0.outcomes.0", "meetings.0.outcomes.1"]  # fmt: skip
    assert "outcomes.0.type" in notes[2] and "at least 1 character" in notes[3]


def test_a_meeting_is_never_dropped_for_a_fault_of_its_own() -> None:
    with pytest.raises(ValidationError, match="kind"):
        salvage(SpansDraft, draft(kind="very productive"))
    with pytest.raises(ValidationError, match="is_meeting_report"):
        salvage(SpansDraft, {"meetings": []})
    with pytest.raises(ValidationError):
        salvage(SpansDraft, ["not", "an", "object"])


def test_a_reply_without_its_summaries_is_read_though_the_schema_asks_for_them() -> None:
    assert "summary" in ModelDraft.model_json_schema()["required"]
    assert "default" not in ModelDraft.model_json_schema()["properties"]["summary"]
    value, notes = salvage(ModelDraft, {**draft(), "summary": {"fr": "Le ministre a reçu son homologue."}})
    assert value.summary is None and notes[0].startswith(
        "the reply's summary was left out (summary.en: Field required"
    )


def test_a_reply_cut_off_is_read_as_far_as_it_went() -> None:
    text = "```json\n" + json.dumps(GOOD_DRAFT, ensure_ascii=False)
    cut = text[: text.index('"summary"') + 40]
    value, notes = salvage(ModelDraft, partial_object(cut), cut_off=True)
    assert value.meetings[0].participants[1].name == "M. Fernando Grande-Marlaska" and value.summary is None
    assert [note.split(" (")[0] for note in notes] == ["the reply's summary was left out"]
    assert partial_object("no object at all") is None and partial_object('{"a": [1, {"b": "cu') == {
        "a": [1, {}]
    }


def test_the_last_meeting_a_cut_left_incomplete_goes_unless_it_is_the_only_one() -> None:
    whole = json.dumps({"is_meeting_report": True, "meetings": [GOOD_DRAFT["meetings"][0], {"city": "Madrid", "kind": "call"}]})  # fmt: skip
    text = whole[: whole.rindex('"call"') + 3]  # cut in the middle of the second meeting's kind
    value, notes = salvage(SpansDraft, partial_object(text), cut_off=True)
    assert len(value.meetings) == 1 and notes == [
        "the reply's meetings.1 was dropped (meetings.1.kind: Field required)"
    ]
    with pytest.raises(ValidationError):
        salvage(
            SpansDraft, partial_object('{"is_meeting_report": true, "meetings": [{"city": "Rab'), cut_off=True
        )
    with pytest.raises(ValidationError):  # a meeting of its own fault, cut off or not
        salvage(SpansDraft, partial_object(json.dumps(draft(kind="productive"))), cut_off=True)


# -- a model on this machine, through the HTTP fake ------------------------------------


def test_a_reply_with_values_the_schema_refuses_gives_its_record_at_the_first_attempt(
    fake_openai: FakeOpenAI,
) -> None:
    people = [
        *GOOD_DRAFT["meetings"][0]["participants"],
        "Mr Nobody",
        {"name": "Abdelouafi Laftit", "role": "boss"},
    ]
    fake_openai.responder = lambda request: chat_auto(draft(participants=people))
    record = analyse(fake_openai)
    assert len(fake_openai.chat_requests) == 1  # what was left out is code's to say, not the model's to redo
    made = record.provenance
    assert made is not None and made.status == "repaired"
    assert any("meetings.0.participants.2 was dropped" in r for r in made.repairs)
    assert {p.name for p in record.meetings[0].participants} >= {
        "Abdelouafi Laftit",
        "Fernando Grande-Marlaska",
    }


def test_a_reply_cut_off_in_its_summaries_keeps_its_record_and_code_writes_them(
    fake_openai: FakeOpenAI,
) -> None:
    text = json.dumps(GOOD_DRAFT, ensure_ascii=False)
    fake_openai.responder = lambda request: chat_json(text[: text.index('"en"') + 20], finish_reason="length")
    record = analyse(fake_openai)
    assert len(fake_openai.chat_requests) == 1
    made = record.provenance
    assert (
        made is not None and made.summaries == "code" and made.repairs[0].startswith("the reply was cut off")
    )
    assert record.is_meeting_report and len(record.meetings[0].participants) == 2
    assert record.summary is not None and "Laftit" in record.summary.en


def test_a_reply_cut_off_before_any_meeting_is_asked_again_never_read_as_no_meeting(
    fake_openai: FakeOpenAI,
) -> None:
    fake_openai.enqueue(chat_json('{"is_meeting_report": true, "meetings": [{"kind": "working_me', finish_reason="length"),
                        chat_auto(GOOD_DRAFT))  # fmt: skip
    record = analyse(fake_openai)
    assert len(fake_openai.chat_requests) == 2 and record.is_meeting_report
    assert "cut off" in fake_openai.chat_requests[1].messages[-1]["content"]
