"""Classes of misreading found on real English pages not read before (read60en, the train half of a train/test
split). Every sentence invented."""

from __future__ import annotations

import datetime as dt

import pytest
from support import only_meeting, read_offline

from communique.schema import MeetingKind


# a standing body's session "held in" a town "from" one day to another is that session, not a visitor's stay; two
# countries joined by a slash before the body's name are its sides
@pytest.mark.parametrize(
    ("text", "city", "parties"),
    [
        (
            "The 14th Session of the Kenya/Tanzania Joint Permanent Commission on Defence and Security was held at "
            "the Lakeside Hotel, Kisumu, Kenya, from 2 - 5 June 2026.",
            "Kisumu",
            ["KE", "TZ"],
        ),
        (
            "The 9th session of the Zambia-Malawi Joint Commission on Security was held in Chipata from 3 to 5 "
            "March 2026.",
            "Chipata",
            ["MW", "ZM"],
        ),
        (
            "The 3rd meeting of the Ghana/Togo Joint Security Committee was held in Aflao from 10 to 12 May 2026.",
            "Aflao",
            ["GH", "TG"],
        ),
    ],
)
def test_a_session_held_in_a_town_from_day_to_day_is_the_meeting(
    text: str, city: str, parties: list[str]
) -> None:
    meeting = only_meeting(text, "2026-06-08")
    assert meeting.location.city == city
    assert meeting.parties == parties


# an appeal to an office-holder, told by what he is to do, is no courtesy call
@pytest.mark.parametrize(
    "text",
    [
        "The new Commissioner of Police, Samuel Kiprop, was sworn into office on Friday. Chief Justice Agnes Wairimu "
        "called on the Commissioner to uphold professionalism and the rule of law.",
        "The Minister of Defence and Security, Kagiso Molefe, called on the new constables to serve the public with "
        "integrity.",
        "Speaking at the parade, the Governor calls on the Inspector General to redouble efforts against banditry.",
    ],
)
def test_an_appeal_called_on_someone_is_no_meeting(text: str) -> None:
    assert read_offline(text, "2026-04-18").is_meeting_report is False


# ... but a call paid for a purpose still is one
def test_a_call_on_someone_to_discuss_is_still_a_visit() -> None:
    meeting = only_meeting(
        "The Ambassador of Japan, Hiroshi Tanaka, called on the Inspector General of Police, Moses Okello, to "
        "discuss training in forensic science."
    )
    assert meeting.kind is MeetingKind.OFFICIAL_VISIT


# a meeting a later sentence calls virtual is held by video, at no place (not at the dateline's town)
@pytest.mark.parametrize(
    "text",
    [
        "Muscat: The Royal Oman Police took part in a meeting with Europol on cybercrime. The virtual meeting was "
        "chaired by Brigadier Khalid bin Nasser al Harthy.",
        "TALLINN – The Police and Border Guard Board held talks on Tuesday with the Finnish Border Guard. The online "
        "session was led by Director General Kaarel Tamm and Lieutenant General Mikko Virtanen.",
    ],
)
def test_a_meeting_called_virtual_later_is_a_call_at_no_place(text: str) -> None:
    meeting = only_meeting(text, "2026-02-12")
    assert meeting.kind is MeetingKind.CALL
    assert meeting.location.city is None


# a participant named by his initials is given the full name the text gives him elsewhere
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "On 26–27 March Minister of the Interior Andris Kalniņš visited Warsaw (Poland). On Friday, Minister of "
            "the Interior A. Kalniņš visited the headquarters of Frontex, where he met its Executive Director, "
            "Helena Strand.",
            "Andris Kalniņš",
        ),
        (
            "On Monday, Minister of the Interior L. Kask visited the headquarters of Europol in The Hague, where he "
            "met the Executive Director, Pieter de Wit. Minister of the Interior Lauri Kask took office in January.",
            "Lauri Kask",
        ),
    ],
)
def test_initials_are_completed_from_the_full_name(text: str, name: str) -> None:
    meeting = only_meeting(text, "2026-05-06")
    assert name in {p.name for p in meeting.participants}


# a study tour or a benchmarking trip paid or made to an institution is a visit, its article at times left out
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "A delegation of the Liberia National Police has paid study tour to the Ghana Police Service to learn "
            "about its community policing programme.",
            None,
        ),
        (
            "A delegation of senior officers of the Zambia Police Service made a benchmarking trip to the Kenya "
            "National Police College in Kiganjo on Wednesday.",
            "2026-02-25",
        ),
    ],
)
def test_a_study_tour_paid_to_an_institution_is_a_visit(text: str, day: str | None) -> None:
    meeting = only_meeting(text, "2026-02-26")
    assert meeting.kind is MeetingKind.OFFICIAL_VISIT
    assert meeting.date == (dt.date.fromisoformat(day) if day else None)


# the afternoon or evening of the day of writing dates the encounter, as "this morning" does
@pytest.mark.parametrize(
    "text",
    [
        "A delegation of the Sierra Leone Police visited the Ghana Police Service headquarters in Accra this "
        "afternoon.",
        "The Minister of Public Security, Nimal Perera, met the High Commissioner of Australia, Grace Holloway, this "
        "evening at the ministry in Colombo.",
    ],
)
def test_this_afternoon_or_evening_is_the_day_of_writing(text: str) -> None:
    assert only_meeting(text, "2026-05-19").date == dt.date(2026, 5, 19)
