"""Where a meeting is: wire datelines in capitals, and places of meetings only agreed on."""

from __future__ import annotations

import pytest
from support import read_offline

from communique.ingest import read_bytes
from communique.schema import Analysis


def read(text: str) -> Analysis:
    return read_offline(text, "2026-05-14")


@pytest.mark.parametrize(
    ("head", "city"),
    [("LAHORE –", "Lahore"), ("ABU DHABI, May 13 (WAM) -", "Abu Dhabi"), ("RABAT:", "Rabat")],
)
def test_a_dateline_in_capitals_gives_the_city(head: str, city: str) -> None:
    analysis = read(
        f"{head} The Interior Minister on Tuesday received the ambassador of Ghana, Kofi Adu Mensah."
    )
    assert [m.location.city for m in analysis.meetings] == [city]
    assert [p.name for p in analysis.meetings[0].participants] == [None, "Kofi Adu Mensah"]
    assert analysis.meetings[0].participants[0].title == "Interior Minister"


def test_a_headline_in_capitals_is_not_a_dateline() -> None:
    source = read_bytes(b"PRESS RELEASE\n\nIGP RECEIVES DELEGATION\n\nThe IGP received a delegation.")
    assert source.dateline is None


def test_the_place_of_a_meeting_agreed_on_is_not_where_this_one_was_held() -> None:
    analysis = read(
        "TUNIS – The Interior Minister, in a meeting with the Spanish ambassador, Carmen Ruiz Ortega, "
        "on Sunday, agreed to hold a joint committee in Madrid in June."
    )
    assert [(m.location.city, m.location.country) for m in analysis.meetings] == [("Tunis", "TN")]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a venue followed by its city
        ("The Inspector-General received a delegation led by Mr Pieter Jan Claes at the Force Headquarters, Kano.",
         "Kano"),
        # a quote naming the next meeting's city
        ("Le ministre malien, Ibrahim Traoré Keita, a été reçu mardi à Paris par son homologue, Luc Morel Arnaud. "
         "« Nous nous reverrons à Bamako », a dit M. Morel Arnaud.", "Paris"),
        # an audience placed in a later sentence
        ("Le directeur, Cheikh Tidiane Ndiaye, a reçu mardi une délégation conduite par M. Wei Zhang Lin. "
         "Au cours de cette audience tenue à Dakar, les parties ont parlé de formation.", "Dakar"),
    ],
)  # fmt: skip
def test_the_city_of_the_meeting(text: str, city: str) -> None:
    assert [m.location.city for m in read(text).meetings] == [city]


def test_a_headline_that_opens_with_a_city_places_the_meeting() -> None:
    text = (
        "---\npublished: 2026-05-14\n---\nLisbonne : séance de travail entre deux ministres\n\n"
        "Le ministre de l'Intérieur, Mamadou Lamine Sow, et son homologue portugais, M. Rui Pedro Costa, "
        "se sont réunis ce jeudi dans les locaux du ministère."
    )
    assert [m.location.city for m in read_offline(text, None).meetings] == ["Lisbon"]


def test_a_leading_clause_on_an_earlier_event_neither_dates_nor_places_the_meeting() -> None:
    analysis = read(
        "Au lendemain de sa participation au congrès d'Afripol, tenu à Accra du 4 au 7 mai, le directeur "
        "général de la police, Amadou Sy Diallo, s'est rendu mardi à Lyon, où il a été reçu par le secrétaire "
        "général d'Interpol, Jonas Berg Lund."
    )
    assert [(m.date_text, m.location.city) for m in analysis.meetings] == [("mardi", "Lyon")]
