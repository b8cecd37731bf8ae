"""Taking part in a gathering, told in the present or by whom one represents there: the meeting was missed. Every
sentence invented, none an eval case's."""

from __future__ import annotations

import datetime as dt

import pytest
from support import read_offline

from communique.schema import MeetingKind, Status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Le ministre de la Sécurité, M. Paul Ekane, prend part depuis lundi à Niamey à la 12e session du Comité des "
         "chefs de police de l'Afrique centrale.", Status.HELD),
        ("La ministre de l'Intérieur, Mme Awa Diallo, séjourne à Lomé où elle participe à la réunion annuelle des "
         "ministres de la Sécurité de la sous-région.", Status.HELD),
        ("The Minister of Internal Affairs, Mr Peter Otieno, is taking part in the 9th ministerial conference on "
         "migration in Kampala.", Status.HELD),
        ("The Commissioner of Police, Mrs Grace Atim, is attending the regional summit of police chiefs in Lusaka.",
         Status.HELD),
        ("Le directeur général de la Police, M. Issa Traoré, représentera le Burkina Faso à la réunion des chefs de "
         "police de la CEDEAO prévue le 20 mars prochain à Accra.", Status.ANNOUNCED),
        ("The Inspector-General of Police, Mr Kofi Boateng, will represent Ghana at the conference of West African "
         "police chiefs in Dakar next week.", Status.ANNOUNCED),
    ],
)  # fmt: skip
def test_a_gathering_attended_in_the_present_or_as_a_country_s_representative(
    text: str, status: Status
) -> None:
    (meeting,) = read_offline(text, "2026-03-12").meetings
    assert (meeting.kind, meeting.status) == (MeetingKind.CONFERENCE, status)


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre de l'Intérieur, M. Oumar Sy, participe à la lutte contre le terrorisme avec détermination.",
        "The police force is taking part in the fight against drug trafficking in the region.",
        "The Commissioner represents the force at all times and in all places.",
    ],
)
def test_taking_part_in_a_fight_is_no_gathering(text: str) -> None:
    assert not read_offline(text, "2026-03-12").is_meeting_report


def test_a_delegation_expected_somewhere_for_talks_is_an_announced_meeting() -> None:
    text = (
        "A delegation of the Burundi National Police led by its deputy chief, Mr Eric Ndayishimiye, is expected in "
        "Kigali on Friday for talks with the Rwanda National Police."
    )
    (meeting,) = read_offline(text, "2026-03-12").meetings
    assert (meeting.status, meeting.date, meeting.location.city) == (
        Status.ANNOUNCED,
        dt.date(2026, 3, 13),
        "Kigali",
    )


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Le directeur général de la Police, M. Issa Traoré, a quitté Ouagadougou pour Niamey où il prendra part à la "
         "réunion des chefs de police du Sahel.", "Niamey"),
        ("The Inspector-General of Police, Mr Kofi Boateng, left Accra for Banjul, where he will attend the meeting of "
         "West African police chiefs.", "Banjul"),
    ],
)  # fmt: skip
def test_a_gathering_at_the_end_of_a_journey_is_to_come_there(text: str, city: str) -> None:
    """« pour Niamey où il prendra part » was read as planning how things will go (« pour définir comment … »): the
    meeting held, of no place; it is to come, where the journey ends."""
    (meeting,) = read_offline(text, "2026-03-12").meetings
    assert (meeting.status, meeting.location.city) == (Status.ANNOUNCED, city)
