"""The fields of a meeting misread on real pages (deep49): its place, day and kind. Every sentence invented."""

from __future__ import annotations

import pytest
from support import only_meeting, read_offline

from communique.schema import MeetingKind, Role


# an earlier stop of a tour gives the encounter neither its place, nor its day, nor its sides
@pytest.mark.parametrize(
    ("text", "city", "day"),
    [
        ("Poursuivant sa tournée en Europe, après sa visite à Vienne hier, la ministre de la Sécurité publique du Canada, "
         "Julie Tremblay, était aujourd'hui à Lisbonne où elle s'est entretenue avec le ministre portugais de "
         "l'Intérieur, Rui Costa.", "Lisbon", "2026-05-13"),
        ("Continuing her tour, after a stopover in Madrid on Tuesday, Senegal's Interior Minister Ousmane Faye was in "
         "Rome on Wednesday, where he held talks with his Italian counterpart Paolo Ricci.", "Rome", "2026-05-13"),
    ],
)  # fmt: skip
def test_an_earlier_stop_of_a_tour_is_not_the_meeting(text: str, city: str, day: str) -> None:
    meeting = only_meeting(text)
    assert (meeting.location.city, str(meeting.date)) == (city, day)
    assert next(p for p in meeting.participants if p.role is Role.GUEST).party in {"CA", "SN"}


# a wire's dateline with the agency's two-word name in brackets, or its acronym glued to the first word
@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Nairobi (KNA News) - Kenya's Inspector-General of Police, Peter Mwangi, met his Ethiopian counterpart, "
         "General Dawit Bekele, to discuss cattle rustling along the border.", "Nairobi"),
        ("Dhaka, BSS-Bangladeshi Home Minister Rafiq Ahmed has discussed with the Ambassador of Nepal, Hari Sharma, "
         "ways to fight human trafficking.", "Dhaka"),
    ],
)  # fmt: skip
def test_a_wire_dateline_places_the_meeting(text: str, city: str) -> None:
    assert only_meeting(text).location.city == city


def test_a_meeting_told_again_by_surnames_gives_its_day() -> None:
    text = (
        "The head of Estonia's Internal Security Service, Mart Kask, and the visiting director of Latvia's State "
        "Security Service, Janis Ozols, have met in Tallinn to discuss terrorism, the service said.\n\n"
        "Kask met with Ozols on May 11 at the request of the Latvian side."
    )
    meeting = only_meeting(text)
    assert (str(meeting.date), {p.name for p in meeting.participants}) == (
        "2026-05-11",
        {"Mart Kask", "Janis Ozols"},
    )


def test_a_gathering_named_by_its_length_gives_its_days() -> None:
    text = (
        "KINGSTON, Jamaica – The 15th meeting of the Caribbean Council of Ministers of National Security is now "
        "underway at the Blue Palm Hotel in Montego Bay.\n\nMinister of National Security Alan Reid said the three-day "
        "gathering from May 11 to May 13 is crucial to fight transnational crime."
    )
    meeting = only_meeting(text)
    assert (str(meeting.date), str(meeting.end_date)) == ("2026-05-11", "2026-05-13")


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("La police des Nations Unies a participé lundi à l'ouverture du séminaire régional sur les drogues, tenu à "
         "Ndiosmone, ville située à quatre-vingts kilomètres au sud de Dakar.", "Ndiosmone", "SN"),
        ("The regional workshop of West African police chiefs on cybercrime opened on Tuesday at Akwatia, a town some "
         "150 kilometres west of Accra.", "Akwatia", "GH"),
    ],
)  # fmt: skip
def test_a_town_placed_by_its_distance_from_a_city_is_the_place(text: str, city: str, country: str) -> None:
    meeting = only_meeting(text)
    assert (meeting.location.city, meeting.location.country) == (city, country)


@pytest.mark.parametrize(
    "text",
    [
        "Le 8 mai 2026, en marge du Conseil JAI, le ministre de la Sécurité intérieure du Luxembourg, Marc Weber, a "
        "déjeuné avec la ministre belge de l'Intérieur, Sofie Claes.",
        "On Friday, on the sidelines of the council, Luxembourg's Minister of Internal Security, Marc Weber, had lunch "
        "with Belgium's Interior Minister, Sofie Claes.",
    ],
)
def test_a_meal_shared_is_a_meeting(text: str) -> None:
    meeting = only_meeting(text)
    assert (str(meeting.date), {p.name for p in meeting.participants}) == (
        "2026-05-08",
        {"Marc Weber", "Sofie Claes"},
    )


def test_one_who_was_in_a_town_on_a_visit_visited_it() -> None:
    meeting = only_meeting(
        "The Inspector-General of the Nigeria Police Force, Musa Danjuma, was in Lokoja, Kogi State, on Monday, May 11, "
        "on an official visit."
    )
    assert (meeting.kind, str(meeting.date), meeting.location.city) == (
        MeetingKind.OFFICIAL_VISIT,
        "2026-05-11",
        "Lokoja",
    )


def test_a_courtesy_visit_its_guest_had_paid_is_a_visit() -> None:
    text = (
        "Vanuatu's Commissioner of Police Tomasi Kalo said this while receiving Samoa's Deputy Police Commissioner Lio "
        "Fa'asau at Police Headquarters in Port Vila today.\n\nMr Fa'asau had paid a courtesy visit to Commissioner "
        "Kalo to discuss ways of strengthening working relations."
    )
    assert only_meeting(text).kind is MeetingKind.OFFICIAL_VISIT


def test_an_agreement_signed_before_and_followed_up_is_no_signing() -> None:
    meeting = only_meeting(
        "Indonesian National Police Chief General Budi Santoso met his Omani counterpart, Lieutenant General Salim Al "
        "Harthy, in Jakarta on Monday to follow up on the memorandum of understanding signed during the Sultan's visit."
    )
    assert meeting.kind is MeetingKind.WORKING_MEETING


def test_a_mission_made_in_a_country_is_a_visit() -> None:
    meeting = only_meeting(
        "Le chef de la Division de la police des Nations Unies, Karim Lamri, a effectué sa deuxième mission en "
        "République centrafricaine du 4 au 8 mai 2026."
    )
    assert (meeting.kind, str(meeting.date), str(meeting.end_date)) == (
        MeetingKind.OFFICIAL_VISIT,
        "2026-05-04",
        "2026-05-08",
    )


def test_the_stay_a_sentence_opens_on_places_the_meeting() -> None:
    analysis = read_offline(
        "Le chef de la Division de la police des Nations Unies, Karim Lamri, a effectué sa deuxième mission en "
        "République centrafricaine du 4 au 8 mai 2026. Durant son séjour à Bangui, Karim Lamri a eu des séances de "
        "travail avec la composante police de la mission."
    )
    assert analysis.meetings[0].location.city == "Bangui"


@pytest.mark.parametrize(
    ("text", "envoy", "side"),
    [
        ("Sri Lanka's Ambassador to Belgium and the European Union Anna Perera met with the Executive Director of "
         "Europol, Pieter Claes, in The Hague.", "Anna Perera", "LK"),
        ("New Zealand's Ambassador to France Tom Walker met with the Director General of the National Police, Paul "
         "Martin, in Paris on Monday.", "Tom Walker", "NZ"),
    ],
)  # fmt: skip
def test_a_country_of_two_words_owning_an_envoy_is_his_side(text: str, envoy: str, side: str) -> None:
    person = next(p for p in only_meeting(text).participants if p.name == envoy)
    assert person.party == side
