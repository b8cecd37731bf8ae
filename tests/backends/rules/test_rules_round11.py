"""Who takes part, and whether a text reports a meeting at all, as an eleventh reading of fresh
real communiqués found the reader getting them wrong; every sentence invented, none of them an
eval case's."""

from __future__ import annotations

import pytest
from support import read_offline

from communique.schema import Analysis


def _record(text: str, published: str = "2026-05-06") -> Analysis:
    return read_offline(text, published)  # type: ignore[no-any-return]


def _names(text: str, published: str = "2026-05-06") -> set[str]:
    record = _record(text, published)
    return {p.name for meeting in record.meetings for p in meeting.participants if p.name}


# -- capitalised words that are no one's name: headline verbs, armies, forums, regions, offices --


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        (
            "Harbour Police, Visiting Tanzanian Team Review Enhancing Ties\n\n"
            "The Tanzanian team was received on Monday in Mombasa by Commissioner Peter Wanjala.",
            "Enhancing Ties",
        ),
        (
            "The Home Minister, Ravi Menon, met his Nepalese counterpart Bishnu Thapa in Kathmandu on Monday, "
            "a month after an incident involving the Nepal Army at the border.",
            "Nepal Army",
        ),
        (
            "Commissioner Ana Costa and her Cape Verdean counterpart Rui Lopes met on Monday in Lisbon, "
            "on the margins of the Counter Explosive Device Symposium.",
            "Explosive Device",
        ),
        (
            "Police directors of Western Balkans met on Monday in Sarajevo, hosted by Director Adnan Hodzic.",
            "Western Balkans",
        ),
        (
            "Le ministre de l'Intérieur, Paul Essono, a reçu lundi à Yaoundé les Ambassadeurs de France et "
            "d'Italie.",
            "Ambassadeurs de France",
        ),
    ],
)
def test_capitalised_words_that_are_no_ones_name_are_not_participants(text: str, not_a_name: str) -> None:
    names = _names(text)
    assert names and not any(not_a_name in name for name in names)


def test_a_rank_and_a_speciality_before_a_name_are_not_part_of_it() -> None:
    names = _names(
        "The Chief Constable, Mark Ellis, received on Monday in Cardiff a Europol team with Former Liaison "
        "Officer Peter Olsen and Arms Expert Julia Brandt."
    )
    assert "Julia Brandt" in names and not any(name.startswith(("Arms", "Former")) for name in names)
