"""A model on this machine (a loopback endpoint) spends minutes on each answer: it is
asked again only for what code cannot repair (a person named who is not in the text, a
meeting list that contradicts the flag), not for a misquoted title, date phrase, place,
venue or outcome, which the repair drops and completion from the offline reading fills."""

from __future__ import annotations

import copy
from typing import Any

from conftest import EXAMPLES
from fakeserver import FakeOpenAI, chat_auto
from support import GOOD_DRAFT, SECRET

from communique.config import resolve
from communique.ingest import parse
from communique.pipeline import Pipeline
from communique.schema import Analysis


def analyse(fake: FakeOpenAI) -> Analysis:
    settings = {"model": "fake-model", "base_url": fake.base_url, "api_key": SECRET, "retry_seconds": 0.01,
                "summaries": "model", "cache": False, "max_retries": 2}  # fmt: skip
    assert resolve(settings).local  # the fake is on loopback, as a local model is
    return Pipeline(resolve(settings)).run(parse(EXAMPLES.joinpath("rabat-madrid-fr.txt").read_text()))


def misquoted() -> dict[str, Any]:
    draft = copy.deepcopy(GOOD_DRAFT)
    meeting = draft["meetings"][0]
    meeting["participants"][0]["title"] = "Grand Vizir de la Sécurité intérieure"
    meeting["date_text"] = "le 31 février"
    meeting["venue"] = "Palais des Congrès"
    meeting["outcomes"][0]["text"] = "mettre sur pied une cellule commune de haut niveau"
    return draft


def test_a_reply_whose_faults_code_repairs_is_kept_at_the_first_attempt(fake_openai: FakeOpenAI) -> None:
    fake_openai.responder = lambda request: chat_auto(misquoted())
    record = analyse(fake_openai)
    assert len(fake_openai.chat_requests) == 1
    made = record.provenance
    assert made is not None and made.attempts == 1
    repairs = " ".join(made.repairs)
    assert "Grand Vizir" in repairs and "31 février" in repairs and "Palais des Congrès" in repairs
    meeting = record.meetings[0]
    assert (
        meeting.location.venue is None and meeting.date is not None
    )  # dropped, then the offline reading's day
    assert "Grand Vizir" not in (meeting.participants[0].title or "")


def test_a_person_the_text_does_not_name_is_asked_again(fake_openai: FakeOpenAI) -> None:
    stranger = misquoted()
    stranger["meetings"][0]["participants"].append({"name": "Nadia Imaginaire", "role": "guest"})
    fake_openai.responder = lambda request: chat_auto(stranger)
    record = analyse(fake_openai)
    assert len(fake_openai.chat_requests) == 3  # the first attempt and two more
    assert "Nadia Imaginaire" not in {p.name for p in record.meetings[0].participants}
