"""Classes the world cases still left open (fix42). Every sentence invented, none of them an eval case's."""

from __future__ import annotations

import pytest
from support import read_offline


@pytest.mark.parametrize(
    "text",
    [
        "The Chief Constable of Westmark, Oliver Brandt, met the Commissioner of Police, Ama Serwaa, at the Police "
        "Headquarters in Tamale on Friday. Brandt arrived in the country on Tuesday and is also expected to meet "
        "the Director of the Criminal Investigations Department, Kofi Boateng.",
        "Le directeur de la police fédérale, Karl Hubner, a été reçu vendredi à Bamako par le ministre de la "
        "Sécurité, Issa Keita. M. Hubner est arrivé mardi au Mali et rencontrera également le directeur de "
        "la police judiciaire, Amadou Diallo.",
    ],
)  # fmt: skip
def test_the_day_of_an_arrival_is_not_that_of_an_encounter_still_expected(text: str) -> None:
    meetings = read_offline(text, "2026-05-09").meetings
    later = next(
        m for m in meetings if any(p.name in {"Kofi Boateng", "Amadou Diallo"} for p in m.participants)
    )
    assert later.date is None
