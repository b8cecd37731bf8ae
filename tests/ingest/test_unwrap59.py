"""A text too short to show a wrapping width, with a line of prose cut where its sentence goes on in lower
case (« … le directeur de la police » / « ghanéenne, Kofi Mensah, … »): the lines are one. Cut apart, neither
half told the meeting (world fr-1317 cut at 76 characters was read as no meeting at all). Not an item of a list
(« ii. Ms. … »), a line that ends its sentence, or a short line of an address."""

from __future__ import annotations

import pytest

from communique.ingest.unwrap import unwrap

ROWS = [
    ("Abidjan - Le commissaire Aka Yao a reçu mardi le directeur de la police\nghanéenne, Kwame Boateng, à Abidjan.",
     "Abidjan - Le commissaire Aka Yao a reçu mardi le directeur de la police ghanéenne, Kwame Boateng, à Abidjan."),
    ("The Inspector General received on Monday the visiting Commissioner of\npolice of the Gambia, Mr Lamin Jallow.",
     "The Inspector General received on Monday the visiting Commissioner of police of the Gambia, Mr Lamin Jallow."),
    # a list's items in roman numerals, a sentence ended, a short line: kept apart
    ("1. Attendees from the Agency for the Cooperation of the Police Services\nii. Ms. Ana Ruiz, Liaison Officer",
     None),
    ("The two chiefs met on Monday in Nairobi to talk about cattle rustling.\nlater in the day they toured the port.",
     None),
    ("Rue du Commerce\nquartier du Plateau, Abidjan", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "joined"), ROWS, ids=["fr", "en", "roman-item", "ended", "address"])
def test_a_line_cut_before_a_word_in_lower_case_goes_on(text: str, joined: str | None) -> None:
    assert unwrap(text) == (joined if joined is not None else text)
