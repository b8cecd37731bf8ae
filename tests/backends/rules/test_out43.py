"""Outcomes the offline reader missed in the general phrasing of communiqués (out43). Every
sentence invented, none of them an eval case's."""

from __future__ import annotations

import pytest
from support import outcome_types

from communique.schema import OutcomeType


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The consul, Ms Ilse Vermeer, said Belgium would fund a course on money laundering for detectives.",
         OutcomeType.OTHER),
        ("Commander Oduya said the academy would send two instructors to Mombasa in the spring.", OutcomeType.OTHER),
        ("The attaché added that the two colleges would exchange cadets under the new programme.", OutcomeType.OTHER),
        ("The visiting director said Lusaka would post a liaison officer at the Chirundu crossing.",
         OutcomeType.MECHANISM_CREATED),
        ("Le Burkina Faso enverra trente stagiaires à l'école de gendarmerie de Thiès.", OutcomeType.OTHER),
        ("La police fédérale va continuer de former les maîtres-chiens de la brigade fluviale.", OutcomeType.OTHER),
    ],
)  # fmt: skip
def test_a_concrete_act_reported_for_the_future_is_an_outcome(sentence: str, kind: OutcomeType) -> None:
    assert outcome_types(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor said he would open the seminar on Monday.",
        "He said the two forces would continue to cooperate closely.",
        "Les deux parties ont évoqué le tournoi que la Guinée organisera avec la Sierra Leone en 2029.",
    ],
)
def test_what_is_said_of_an_event_or_of_cooperation_is_no_outcome(sentence: str) -> None:
    assert outcome_types(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "From now on the steering meeting will be held every three months.",
        "La commission technique conjointe se réunira désormais trois fois par an.",
        "Le préfet a annoncé que la prochaine édition se tiendra à Kindia.",
        "The two commanders agreed to resume the border talks before the rainy season.",
        "The two directors agreed to keep a regular dialogue on port security.",
    ],
)
def test_a_recurring_or_resumed_meeting_is_a_follow_up(sentence: str) -> None:
    assert outcome_types(sentence) == [OutcomeType.FOLLOW_UP_PLANNED]
