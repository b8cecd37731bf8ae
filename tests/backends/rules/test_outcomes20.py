"""Outcomes a reading of new pages found the reader taking from what was done before the
encounter; every sentence invented, none of them an eval case's."""

from __future__ import annotations

import pytest
from support import outcome_types, read_offline

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
