"""Outcomes a reading of new pages found the reader taking from what was done before the
encounter; every sentence invented, none of them an eval case's."""

from __future__ import annotations

import pytest
from support import outcome_types, read_offline

from communique.backends.rules import outcomes
from communique.schema import OutcomeType


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry and the city police have already signed memoranda of understanding on joint training.",
        "Both agencies had already signed an agreement on data exchange.",
    ],
)
def test_an_instrument_already_signed_is_no_outcome_of_the_encounter(sentence: str) -> None:
    assert outcome_types(sentence) == []


def test_a_signing_at_the_encounter_is_still_one() -> None:
    record = read_offline(
        "The Minister of Interior, Rashid Al Mazrouei, received on Sunday the Police Commissioner of Boston, "
        "Mark Hale. The two sides signed a memorandum of understanding on joint training. The ministry and the "
        "department have already signed two agreements on cybercrime."
    )
    assert [o.type for m in record.meetings for o in m.outcomes] == [OutcomeType.AGREEMENT_SIGNED]


@pytest.mark.parametrize(
    "sentence",
    [
        "Les deux ministres ont convenu de ne pas créer un groupe de travail commun.",
        "Les délégations ont décidé de ne plus tenir de réunions annuelles.",
    ],
)
def test_what_is_agreed_not_to_be_done_is_no_outcome(sentence: str) -> None:
    assert outcome_types(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The joint border committee will meet quarterly to review the patrols on the lake.",
        "Un comité mixte de suivi se réunira deux fois par an, à Kalemba puis à Doruvo.",
        "The next meeting of the two commanders will be held every six months from now on.",
    ],
)
def test_a_meeting_made_a_recurring_one_is_a_follow_up_found_by_its_own_cue(sentence: str) -> None:
    """A recurring meeting is a follow-up; its cue is screened by its own verbs ("will meet", « se
    réunira »), not by the nouns of meetings that nearly every sentence of a communiqué holds."""
    assert outcome_types(sentence) == [OutcomeType.FOLLOW_UP_PLANNED]
    assert outcomes._RECURRING.anchors is not None and "meeting" not in outcomes._RECURRING.anchors
