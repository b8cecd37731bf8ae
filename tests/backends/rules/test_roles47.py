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
