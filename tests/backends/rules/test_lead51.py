"""A name followed by an English possessive ("Farid Hassan Kamali's tour") is its owner's whole
name: the possessive made the last word no name word, and the surname was cut off. A single word
before it (« Sheikh Saif's office ») calls someone named in full elsewhere and is not read as a
person of its own. Every sentence invented, none an eval case's."""

from __future__ import annotations

import pytest
from support import read_offline

from communique.normalise import names
from communique.schema import Role


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Interior Minister Farid Hassan Kamali's", "Farid Hassan Kamali"),
        ("Commissioner Grace Wanjiru Otieno’s", "Grace Wanjiru Otieno"),
        ("Ali bin Hamad Al-Kuwari's", "Ali bin Hamad Al-Kuwari"),
        ("Director Jean-Marc Dubois's", "Jean-Marc Dubois"),
        ("Kenya's", ""),
        ("Sheikh Saif's", ""),
        ("O'Brien", "O'Brien"),
    ],
)
def test_a_possessive_names_its_owner_whole(run: str, name: str) -> None:
    assert names.trim(run) == name


@pytest.mark.parametrize(
    ("sentence", "visitor"),
    [
        ("Interior Minister Farid Hassan Kamali's tour of the region reached Kampala on Wednesday, where he held "
         "talks with the Inspector General of Police, Okello Mwesige.", "Farid Hassan Kamali"),
        ("Police Commissioner Grace Wanjiru Otieno’s visit to Kigali opened on Tuesday with talks with the Inspector "
         "General of the Rwanda National Police, Emmanuel Habimana.", "Grace Wanjiru Otieno"),
    ],
)  # fmt: skip
def test_the_owner_of_a_tour_or_a_visit_is_read_with_his_surname(sentence: str, visitor: str) -> None:
    record = read_offline(f"KAMPALA, May 13, 2026 – {sentence}", "2026-05-14")
    named = {p.name for m in record.meetings for p in m.participants}
    assert visitor in named and not any(n != visitor and visitor.startswith(n) for n in named)


def test_a_given_name_before_a_possessive_adds_no_one() -> None:
    record = read_offline(
        "Abu Dhabi, 6 October 2026 – Sheikh Hamdan bin Rashid Al Mansoori, Minister of Interior, and Marta "
        "Kowalczyk, Executive Director of Europol, met on Monday. The talks were held at Sheikh Hamdan's office.",
        "2026-10-06",
    )
    assert [sorted(p.name for p in m.participants) for m in record.meetings] == [
        ["Hamdan bin Rashid Al Mansoori", "Marta Kowalczyk"]
    ]


@pytest.mark.parametrize(
    ("text", "city", "host"),
    [
        ("Lusaka, 3 June 2026 - The Inspector General of the Zambia Police Service, Chanda Mulenga, hosted the "
         "Inspector General of the Malawi Police Service, Peter Banda, for talks on fuel smuggling on Tuesday. Mr "
         "Banda will pay a return visit to Lilongwe in November.", "Lusaka", "Chanda Mulenga"),
        ("Lomé, le 3 juin 2026 - Le ministre de la Sécurité, Kodjo Amegan, s'est entretenu mardi avec le ministre de "
         "l'Intérieur du Bénin, Comlan Houessou, sur la sécurité des frontières. Une réunion de suivi se tiendra à "
         "Cotonou en septembre.", "Lomé", "Kodjo Amegan"),
        ("Accra, 3 June 2026 - The Minister for the Interior, Kwame Asante, received his Togolese counterpart, Yao "
         "Dossou, on Tuesday. The next meeting of the two ministers is scheduled to take place in Lomé in March.",
         "Accra", "Kwame Asante"),
    ],
)  # fmt: skip
def test_a_follow_up_told_after_the_meeting_does_not_place_it(text: str, city: str, host: str) -> None:
    """A later sentence of a return visit or a next meeting, told without a verb of agreement,
    places what is to come: the meeting stays in the dateline's town, its host the one there."""
    (meeting,) = read_offline(text, "2026-06-04").meetings
    assert meeting.location.city == city
    assert [p.name for p in meeting.participants if p.role == Role.HOST] == [host]
