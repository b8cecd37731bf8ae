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


@pytest.mark.parametrize(
    "sentence",
    [
        "Interior Minister Asif Qureshi has met with Dana Whitfield, a senior official of the US Department of Justice, "
        "who leads an American delegation now touring Pakistan.",
        "Interior Minister Asif Qureshi met with Dana Whitfield, who is visiting the country this week.",
        "Interior Minister Asif Qureshi met with Dana Whitfield, who is on a three-day tour of the region.",
        "Le ministre de l'Intérieur, Moussa Konaté, s'est entretenu avec Claire Dubois, qui est en tournée dans la "
        "sous-région.",
        "Le ministre de l'Intérieur, Moussa Konaté, s'est entretenu avec Claire Dubois, qui conduit une délégation en "
        "visite dans le pays.",
    ],
)
def test_the_one_met_who_is_visiting_or_touring_is_the_guest(sentence: str) -> None:
    """Words after the verb that make its object the visitor, the name right after the verb
    included (was: taken for the subject's, which made the minister at home the guest)."""
    (meeting,) = read_offline(sentence, "2026-04-09").meetings
    roles = {p.name: p.role for p in meeting.participants}
    host = "Moussa Konaté" if "Konaté" in sentence else "Asif Qureshi"
    assert (
        roles[host] == Role.HOST
        and roles["Dana Whitfield" if host == "Asif Qureshi" else "Claire Dubois"] == Role.GUEST
    )
