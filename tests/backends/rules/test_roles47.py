"""The one at home receives: a meeting read with all its hosts foreign to the country it was held in, and all its
guests of that country, has its roles the other way round. Every sentence invented, none an eval case's."""

from __future__ import annotations

import pytest
from support import only_meeting

from communique.schema import Role


@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        ("Rabat, 3 mars 2026 (MAP) - Le ministre de l'Intérieur, M. Ali Tazi, et son homologue espagnol, M. Pablo "
         "Ruiz, ont signé lundi à Rabat un mémorandum d'entente sur la sécurité des frontières.",
         "Ali Tazi", "Pablo Ruiz"),
        ("ACCRA, March 3 (GNA) -- The Minister of the Interior, Mr Kojo Adu, and the visiting Togolese Minister of "
         "Security, Mr Komi Agbeko, on Monday witnessed the signing of a memorandum between the two police academies.",
         "Kojo Adu", "Komi Agbeko"),
        ("Lors d'un entretien en marge du forum de haut niveau, mardi à Bruxelles, le ministre marocain de "
         "l'Intérieur, M. Ali Tazi, et son homologue belge, Mme Anke Peeters, ont convenu de créer un groupe de "
         "travail.", "Anke Peeters", "Ali Tazi"),
    ],
)  # fmt: skip
def test_of_two_named_together_the_one_at_home_receives(text: str, host: str, guest: str) -> None:
    roles = {p.name: p.role for p in only_meeting(text, "2026-03-04").participants}
    assert (roles[host], roles[guest]) == (Role.HOST, Role.GUEST)


def test_an_ambassador_still_receives_in_the_country_he_is_posted_to() -> None:
    text = (
        "At the residence of the Japanese Ambassador in Accra, Mr Kenji Sato hosted the Inspector-General of "
        "Police, Mr Kofi Mensah, and his deputy, Mr Yaw Boadu."
    )
    roles = {p.name: p.role for p in only_meeting(text, "2026-05-08").participants}
    assert (roles["Kenji Sato"], roles["Kofi Mensah"]) == (Role.HOST, Role.GUEST)


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre sénégalais de l'Intérieur, M. Oumar Sy, a été reçu mardi à l'ambassade de France à Dakar par "
        "l'ambassadrice de France, Mme Claire Martin.",
        "The Minister of the Interior of Ghana, Mr Kofi Mensah, was received at the British High Commission in Accra "
        "by the British High Commissioner, Mrs Harriet Thompson.",
    ],
)
def test_at_an_embassy_the_envoy_receives_and_the_city_is_where_it_is(text: str) -> None:
    """An embassy is a venue, and the city it is in the meeting's (was: none, an embassy's city being taken for an
    office's country); the one at home in that city is not therefore the host there."""
    meeting = only_meeting(text, "2026-05-08")
    hosts = {p.name for p in meeting.participants if p.role is Role.HOST}
    assert meeting.location.city in ("Dakar", "Accra") and meeting.location.venue
    assert hosts <= {"Claire Martin", "Harriet Thompson"} and hosts


def test_an_embassy_in_a_title_is_no_venue() -> None:
    text = (
        "The Minister of Interior, Mr Kofi Mensah, met with Mrs Laura Bell, Chargé d'Affaires at the Embassy of "
        "Canada in Ghana, on Monday in Accra."
    )
    assert only_meeting(text, "2026-05-08").location.venue is None


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("The Executive Director of AFRIPOL, Ambassador Jalel Chelba, was received in Abuja by the Inspector-General "
         "of Police, Mr Kayode Bello.", {"Executive Director of AFRIPOL", "Inspector-General of Police"}),
        ("Le Directeur exécutif d'AFRIPOL, l'ambassadeur Jalel Chelba, a été reçu mardi à Abuja par "
         "l'Inspecteur général de la police, M. Kayode Bello.",
         {"Directeur exécutif d'AFRIPOL", "Inspecteur général de la police"}),
        ("The Inspector-General of Police, Mr Kofi Mensah, received the Japanese Ambassador, Mr Kenji Sato, in Accra.",
         {"Inspector-General of Police", "Japanese Ambassador"}),
    ],
)  # fmt: skip
def test_an_ambassador_s_rank_before_the_name_is_no_part_of_another_office(
    text: str, titles: set[str]
) -> None:
    """ "Executive Director of AFRIPOL, Ambassador X": his office is the first; an ambassador's own title stays."""
    assert {p.title for p in only_meeting(text, "2026-05-08").participants} == titles
