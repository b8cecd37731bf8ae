"""Kinds, topics, outcomes and date spans as agencies word them, second round (issue 12):
each test names a way of writing seen in published communiqués, in invented words."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.backends.rules import outcomes
from communique.config import resolve
from communique.normalise.dates import find_phrases
from communique.normalise.dates import resolve as resolve_date
from communique.normalise.topics import topics_in
from communique.pipeline import Pipeline
from communique.schema import Analysis, MeetingKind, OutcomeType, Topic

PIPELINE = Pipeline(resolve({"backend": "rules", "cache": False}))


def read(text: str, published: str = "2026-03-12") -> Analysis:
    return PIPELINE.analyse(f"---\npublished: {published}\n---\n{text}")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Inspector General, John Okello, met his Rwandan counterpart, Felix Mugisha Karera, on Monday. "
         "The meeting was held when the Rwandan police chief paid a courtesy call on him in Kampala.",
         MeetingKind.OFFICIAL_VISIT),
        ("The talks took place during a courtesy call by a delegation of the British High Commission on the "
         "Inspector General, John Okello, in Kampala on Monday.", MeetingKind.OFFICIAL_VISIT),
        ("Le directeur général, M. Paul Ndong, s'est entretenu lundi avec son homologue congolais, M. Jean Mabiala. "
         "L'entretien s'est déroulé lors de la visite de courtoisie que l'hôte congolais a rendue au directeur.",
         MeetingKind.OFFICIAL_VISIT),
        # a courtesy call of another time, told of someone else, does not make it a visit
        ("The Inspector General, John Okello, held talks on Monday in Kampala with the Director, Ali Hassan Omar, "
         "who had paid a courtesy call on his predecessor in 2024.", MeetingKind.WORKING_MEETING),
    ],
)  # fmt: skip
def test_a_courtesy_call_makes_a_visit(text: str, kind: MeetingKind) -> None:
    assert read(text).meetings[0].kind is kind


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("cooperation against transnational crimes", Topic.ORGANISED_CRIME),
        ("reinforcing joint security operations", Topic.OPERATIONAL_COOPERATION),
        ("bilateral and operational collaboration", Topic.OPERATIONAL_COOPERATION),
    ],
)
def test_topic_wordings(words: str, topic: Topic) -> None:
    assert topic in topics_in(words)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At the end of the talks, several agreements were signed by the two sides.",
         [(OutcomeType.AGREEMENT_SIGNED, "several agreements were signed")]),
        ("Plusieurs accords ont été signés à l'issue des entretiens.",
         [(OutcomeType.AGREEMENT_SIGNED, "Plusieurs accords ont été signés à l'issue des entretiens")]),
        ("The minister received an invitation from his host to visit Muscat in the coming months.",
         [(OutcomeType.FOLLOW_UP_PLANNED, "received an invitation from his host to visit Muscat in the coming months")]),
        ("Il a adressé à son hôte une invitation à se rendre à Dakar, que le ministre a acceptée.",
         [(OutcomeType.FOLLOW_UP_PLANNED, "une invitation à se rendre à Dakar")]),
        ('"I am going to visit Kuala Lumpur in the near future," he added.',
         [(OutcomeType.FOLLOW_UP_PLANNED, "going to visit Kuala Lumpur in the near future")]),
        ("Les deux ministres ont convenu qu'un accord de coopération soit signé dans les trente jours.",
         [(OutcomeType.AGREEMENT_PLANNED, "un accord de coopération soit signé dans les trente jours")]),
        ("Ils conviennent également de la tenue de rencontres périodiques entre les gouverneurs.",
         [(OutcomeType.FOLLOW_UP_PLANNED, "la tenue de rencontres périodiques entre les gouverneurs")]),
        # a wish is not a commitment, and a visit with no time to come is not a follow-up
        ("Le ministre a souhaité que la coopération soit renforcée.", []),
        ("He is going to visit the academy with his guest.", []),
    ],
)  # fmt: skip
def test_outcome_wordings(sentence: str, expected: list[tuple[OutcomeType, str]]) -> None:
    assert [(o.type, o.text) for o in outcomes.find(sentence)] == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Il effectue depuis lundi et jusqu'à mercredi une visite de travail.",
            "depuis lundi et jusqu'à mercredi",
        ),
        ("She is visiting Egypt from Monday until Wednesday.", "from Monday until Wednesday"),
    ],
)
def test_a_stay_from_one_weekday_until_another(text: str, phrase: str) -> None:
    """A stay told by its first and last weekdays is one phrase, with an end date."""
    assert [p[2] for p in find_phrases(text)] == [phrase]
    assert resolve_date(phrase, dt.date(2026, 9, 16)) == (dt.date(2026, 9, 14), dt.date(2026, 9, 16))
