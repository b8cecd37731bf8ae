"""Values a model spells its own way: a kind, a status, a role or an outcome type in
capitals, with spaces or hyphens, or by a word of its own ('Working Meeting', 'past',
'phone call'); a list left ``null``; a participant with no role. Code repairs the
spelling at the first attempt (no second request, which costs a small local model
minutes); what is no spelling of a value is still refused and asked again."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, chat_auto
from pydantic import ValidationError
from support import GOOD_DRAFT, SECRET

from communique.config import resolve
from communique.draft import DraftMeeting, DraftOutcome, DraftParticipant
from communique.errors import ModelError
from communique.ingest import parse
from communique.pipeline import Pipeline
from communique.schema import Analysis


def analyse(fake: FakeOpenAI, **flags: Any) -> Analysis:
    settings = {"model": "fake-model", "base_url": fake.base_url, "api_key": SECRET, "retry_seconds": 0.01,
                "summaries": "model", "cache": False, "max_retries": 1, **flags}  # fmt: skip
    return Pipeline(resolve(settings)).run(parse(EXAMPLES.joinpath("rabat-madrid-fr.txt").read_text()))


def spelled(**meeting: Any) -> dict[str, Any]:
    draft = copy.deepcopy(GOOD_DRAFT)
    draft["meetings"][0].update(meeting)
    return draft


def test_a_record_spelled_the_model_s_way_is_read_at_the_first_attempt(fake_openai: FakeOpenAI) -> None:
    draft = spelled(kind="Working Meeting", status="Past", topics=None, venue=None)
    draft["meetings"][0]["participants"][0]["role"] = "HOST"
    draft["meetings"][0]["participants"][1]["role"] = None
    draft["meetings"][0]["outcomes"][0]["type"] = "Mechanism-Created"
    fake_openai.responder = lambda request: chat_auto(draft)
    record = analyse(fake_openai)
    assert len(fake_openai.chat_requests) == 1
    meeting = record.meetings[0]
    assert (meeting.kind.value, meeting.status.value) == (
        "working_meeting",
        "held",
    )  # and the topics' null read
    assert meeting.participants[0].role.value == "host" and len(meeting.participants) == 2
    assert meeting.outcomes[0].type.value == "mechanism_created"


def test_a_value_that_is_no_spelling_of_one_is_asked_again_then_said(fake_openai: FakeOpenAI) -> None:
    fake_openai.responder = lambda request: chat_auto(spelled(kind="very productive"))
    with pytest.raises(ModelError, match="kind"):
        analyse(fake_openai, strict=True)  # said (by default the offline reading makes the record)
    assert len(fake_openai.chat_requests) == 2


@pytest.mark.parametrize(
    ("written", "code"),
    [("official-visit", "official_visit"), ("Courtesy call", "official_visit"), ("phone call", "call"),
     ("Videoconference", "call"), ("SUMMIT", "conference"), ("bilateral meeting", "working_meeting"),
     ("signing ceremony", "signing"), ("other", "other"),
     # the spec's words in French: a model reading a French text often answers in it
     ("Réunion de travail", "working_meeting"), ("séance de travail", "working_meeting"),
     ("Entretien", "working_meeting"), ("visite officielle", "official_visit"), ("Tournée", "official_visit"),
     ("entretien téléphonique", "call"), ("Visioconférence", "call"), ("Sommet", "conference"),
     ("séminaire", "conference"), ("Signature", "signing"), ("autre", "other")],
)  # fmt: skip
def test_kinds_by_the_model_s_words(written: str, code: str) -> None:
    assert DraftMeeting.model_validate({"kind": written}).kind.value == code


@pytest.mark.parametrize(
    ("written", "code"),
    [("upcoming", "announced"), ("Scheduled", "announced"), ("took place", "held"), (None, "held"),
     ("tenue", "held"), ("Prévue", "announced"), ("à venir", "announced")],
)  # fmt: skip
def test_statuses_by_the_model_s_words(written: str | None, code: str) -> None:
    assert DraftMeeting.model_validate({"kind": "call", "status": written}).status.value == code


@pytest.mark.parametrize(
    ("written", "code"),
    [("Guest", "guest"), ("visitor", "guest"), ("hôte", "host"), ("", "participant"), ("Invitée", "guest"),
     ("visiteur", "guest"), ("participante", "participant")],
)  # fmt: skip
def test_roles_by_the_model_s_words(written: str, code: str) -> None:
    assert DraftParticipant.model_validate({"name": "A", "role": written}).role.value == code


@pytest.mark.parametrize(
    ("written", "code"),
    [("Signed agreement", "agreement_signed"), ("accord signé", "agreement_signed"), ("follow-up", "follow_up_planned"),
     ("next meeting", "follow_up_planned"), ("Mechanism", "mechanism_created"), ("autre", "other")],
)  # fmt: skip
def test_outcome_types_by_the_model_s_words(written: str, code: str) -> None:
    assert DraftOutcome.model_validate({"type": written, "text": "x"}).type.value == code


def test_an_agreement_neither_signed_nor_planned_is_no_spelling_of_one() -> None:
    with pytest.raises(ValidationError):
        DraftOutcome.model_validate({"type": "agreement", "text": "un accord"})
