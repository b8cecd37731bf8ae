"""Classes of misreading found on real pages of the kinds earlier readings saw least (read59k: announced trips, calls,
conference openings; the train half of a train/test split). Every sentence invented."""

from __future__ import annotations

import datetime as dt

import pytest
from support import only_meeting, read_offline, sides_of

from communique.schema import MeetingKind, Role, Status


# a trip someone is sent on, to come: the one sent is the guest, the sender takes no part
@pytest.mark.parametrize(
    ("text", "guest", "city"),
    [
        (
            "Le président de la République a chargé le ministre de la Sécurité publique, M. Alidou Sanny, de se "
            "rendre à Niamey la semaine prochaine pour y rencontrer son homologue nigérien.",
            "Alidou Sanny",
            "Niamey",
        ),
        (
            "Le Premier ministre a demandé au ministre de l'Intérieur, M. Ousmane Faye, de se rendre à Rabat afin de "
            "s'entretenir avec son homologue marocain.",
            "Ousmane Faye",
            "Rabat",
        ),
        (
            "The President has asked the Inspector-General of Police, Mr Abu Kamara, to travel to Accra next week to "
            "meet his Ghanaian counterpart.",
            "Abu Kamara",
            "Accra",
        ),
        (
            "The Minister has directed the Commissioner General, Mr Peter Banda, to visit Lusaka later this month for "
            "talks with the Zambia Police Service.",
            "Peter Banda",
            "Lusaka",
        ),
    ],
)
def test_a_trip_someone_is_sent_on_is_announced_and_its_sender_takes_no_part(
    text: str, guest: str, city: str
) -> None:
    meeting = only_meeting(text, "2026-05-13")
    assert meeting.status is Status.ANNOUNCED
    assert meeting.kind is MeetingKind.OFFICIAL_VISIT
    assert meeting.location.city == city
    assert {p.name for p in meeting.participants if p.role is Role.GUEST} == {guest}


# an order that sends no one on a trip is no encounter: "asked the police to step up patrols"
@pytest.mark.parametrize(
    "text",
    [
        "The President has asked the Inspector-General of Police, Mr Abu Kamara, to step up patrols in Accra.",
        "Le Premier ministre a demandé au ministre de l'Intérieur de renforcer les contrôles à Rabat.",
    ],
)
def test_an_order_without_a_trip_is_no_encounter(text: str) -> None:
    assert not read_offline(text, "2026-05-13").is_meeting_report


# the town a trip goes to, told as the object of "visit" to come
@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("The Inspector General of Police, Mr Peter Banda, will visit Lusaka next week.", "Lusaka"),
        ("Le ministre de l'Intérieur, M. Paul Serrand, visitera Niamey la semaine prochaine.", "Niamey"),
    ],
)
def test_the_town_visited_is_the_place(text: str, city: str) -> None:
    assert only_meeting(text).location.city == city


# an invitation to visit a town places nothing there
def test_an_invitation_to_visit_a_town_does_not_place_the_meeting() -> None:
    meeting = only_meeting(
        "ABU DHABI, Feb 3 (WAM) -- The UAE Minister of Interior, Hamdan Al Mazrouei, met the Director of Jordan's "
        "Public Security Directorate, Tareq Al-Hadid. The Jordanian director handed over an invitation from "
        "Jordan's Interior Minister to visit Amman in the spring.",
        "2026-02-03",
    )
    assert meeting.location.city == "Abu Dhabi"


# a dateline whose agency's name, in brackets, comes before its date: the text's day, not the meeting's
@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "Honiara, Guadalcanal (Government Communication Unit): June 11, 2026 - The annual meeting of Pacific "
            "border chiefs opened in Honiara on Tuesday (9 June 2026).",
            "2026-06-11",
            "2026-06-09",
        ),
        (
            "Apia, Upolu (Samoa Information Services): 4 March 2026 - The Minister of Police, Ms Lagi Tuala, "
            "received the New Zealand Police Commissioner, Mr Ross Keane, on Monday.",
            "2026-03-04",
            "2026-03-02",
        ),
        (
            "Nouméa, Grande Terre (Service de presse) : 18 avril 2026 - Le haut-commissaire, M. Louis Perrin, a reçu "
            "jeudi le commissaire de la police fidjienne, M. Josefa Naivalu.",
            "2026-04-18",
            "2026-04-16",
        ),
    ],
)
def test_a_dateline_with_the_agency_before_the_date(text: str, published: str, day: str) -> None:
    analysis = read_offline(text, None)
    assert analysis.document.published == dt.date.fromisoformat(published)
    assert analysis.meetings[0].date == dt.date.fromisoformat(day)


# the sides of a trip one is sent on: the sender's words give no side of their own
def test_the_sender_of_a_trip_is_not_among_its_sides() -> None:
    sides = sides_of(
        "Le président de la République a chargé le ministre béninois de la Sécurité publique, M. Alidou Sanny, de "
        "se rendre à Niamey pour y rencontrer son homologue nigérien, le général Moussa Garba."
    )
    assert sides == {"Alidou Sanny": ("BJ", Role.GUEST), "Moussa Garba": ("NE", Role.HOST)}


# how a body works is no sitting of it: those its rule names ("the decision issued by X") are at no meeting
@pytest.mark.parametrize(
    "text",
    [
        "Major General Khalid Al Rumaithi, Under-Secretary at the Ministry of Interior, chaired on Sunday the regular "
        "meeting of the Higher Committee for Border Security in Abu Dhabi. The committee holds its meetings under the "
        "framework of the ministerial decision issued by Lt. General Sheikh Rashid Al Nuaimi, Minister of the "
        "Interior, on its formation.",
        "The Director of Public Security, Lt. General Fahd Al Otaibi, chaired on Sunday in Riyadh the meeting of the "
        "Permanent Committee on Drug Control. The committee meets every quarter under the framework of the royal "
        "order issued by Prince Saud bin Nasser, Minister of Interior, on its establishment.",
    ],
)
def test_a_body_s_routine_is_no_further_meeting(text: str) -> None:
    meeting = only_meeting(text)
    assert len(meeting.participants) == 1


# … but a sitting told after the habit, in an aside, is one
def test_a_sitting_after_the_habit_told_in_an_aside_is_read() -> None:
    meeting = only_meeting(
        "The joint committee, which meets every quarter, met on Monday in Rabat under the chairmanship of Omar "
        "Bennis and Luis Garrido."
    )
    assert meeting.date == dt.date(2026, 5, 11)


# a harbour's name, spelt the American way, is no one's
def test_a_harbor_is_no_person() -> None:
    meeting = only_meeting(
        "The Deputy Assistant Secretary, Laura Whitcomb, toured the Santa Rita Harbor on Tuesday with the harbor "
        "police chief, Mark Delaney."
    )
    assert {p.name for p in meeting.participants} == {"Laura Whitcomb", "Mark Delaney"}
