"""Classes of misreading found on real English pages not read before (read59en, the train half of a train/test
split). Every sentence invented."""

from __future__ import annotations

import datetime as dt

import pytest
from support import offline_names, only_meeting, read_offline


# a meeting told in the pluperfect inside what someone said is news when a day stands in its own clause, after its
# object and place (past an initial's full stop), not a recalled one
@pytest.mark.parametrize(
    ("text", "day", "counterpart"),
    [
        (
            "KUALA LUMPUR: Home Minister Farid Hamzah said he had raised the smuggling of fuel during his meeting "
            "with the Thai Ambassador to Malaysia Anan S. Wongsa at the ministry in Putrajaya today, which was the "
            "first since the ambassador arrived.",
            "2026-05-13",
            "Anan S. Wongsa",
        ),
        (
            "Interior Secretary Ramon Villareal said he had brought up cross-border fraud during his meeting with "
            "the Japanese Ambassador to the Philippines Kenji T. Mori in Manila yesterday, in a statement.",
            "2026-05-12",
            "Kenji T. Mori",
        ),
    ],
)
def test_a_pluperfect_meeting_dated_in_its_own_clause_is_reported(
    text: str, day: str, counterpart: str
) -> None:
    _met_on(text, counterpart, day)


def _met_on(text: str, someone: str, day: str) -> None:
    """The text's one meeting has ``someone`` among its participants and is on ``day``."""
    meeting = only_meeting(text, "2026-05-13")
    assert someone in {p.name for p in meeting.participants}
    assert meeting.date == dt.date.fromisoformat(day)


# ... but one recalled with a year gone by stays background
def test_a_pluperfect_meeting_of_a_year_gone_by_is_not_reported() -> None:
    text = (
        "Home Minister Farid Hamzah said he had raised the smuggling of fuel during his meeting with the Thai "
        "Ambassador Anan Wongsa in 2019, in a speech to new recruits."
    )
    assert read_offline(text, "2026-05-13").is_meeting_report is False


# Malaysian cities the gazetteer lacked are the meeting's place
@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "MELAKA: Deputy Home Minister Aziz Rahman received the Indonesian Director General of Immigration, "
            "Budi Santoso, on Tuesday.",
            "Melaka",
        ),
        (
            "KUALA LUMPUR: The Inspector-General of Police, Tan Wei Loong, met the Commissioner of the Singapore "
            "Police Force, Lim Boon Huat, in Langkawi on Tuesday.",
            "Langkawi",
        ),
        (
            "The Home Minister, Farid Hamzah, met the Australian High Commissioner, Oliver Grant, in Malacca on "
            "Tuesday.",
            "Melaka",
        ),
    ],
)
def test_malaysian_cities_are_the_meeting_s_place(text: str, city: str) -> None:
    meeting = only_meeting(text, "2026-05-13")
    assert meeting.location is not None
    assert (meeting.location.city, meeting.location.country) == (city, "MY")


# a resignation received is no reception
@pytest.mark.parametrize(
    "text",
    [
        "The Minister of Interior, Paul Zerafa, this morning received the resignation of the Police Commissioner, "
        "Mark Bonello, the ministry said.",
        "Home Affairs Minister Grace Tembo on Monday received the resignations of two deputy commissioners, Peter "
        "Banda and John Phiri, and accepted them.",
    ],
)
def test_a_resignation_received_is_no_meeting(text: str) -> None:
    assert read_offline(text, "2026-05-13").is_meeting_report is False


# the one whose greetings a host passes on to his guest was not at the meeting
@pytest.mark.parametrize(
    ("text", "sender", "guest"),
    [
        (
            "KUWAIT: The Undersecretary of the Ministry of Interior, Major General Fahad Al-Mutairi, yesterday "
            "received the Ambassador of Kenya, Joseph Mwangi, and conveyed to him greetings from Interior Minister "
            "Sheikh Nasser Jaber Al-Sabah.",
            "Nasser Jaber Al-Sabah",
            "Joseph Mwangi",
        ),
        (
            "The Minister of Internal Security, Chantal Uwase, received the Chief of the Tanzania Police Force, "
            "Simon Mollel, in Kigali on Tuesday and passed on to him the greetings of President Jean-Paul Kabura.",
            "Jean-Paul Kabura",
            "Simon Mollel",
        ),
    ],
)
def test_the_sender_of_greetings_is_no_participant(text: str, sender: str, guest: str) -> None:
    names = offline_names(text, "2026-05-13")
    assert guest in names
    assert sender not in names


# "This came during his meeting with Y", after what X said on a day: X met Y, on the day of what he said, whatever
# day a later sentence gives
@pytest.mark.parametrize(
    ("text", "lead", "day"),
    [
        (
            "MANAMA, May 13 (BNA) -- Interior Minister Lt. General Khalid Al-Mannai underlined on Tuesday the "
            "close security ties between Bahrain and Egypt.\nThis came during his meeting with Egyptian Assistant "
            "Interior Minister Major General Hany Fouad, the ministry said.\nFouad arrived in Manama on Sunday.",
            "Khalid Al-Mannai",
            "2026-05-12",
        ),
        (
            "MUSCAT, May 13 (ONA) -- The Inspector General of Police and Customs, Lt. General Salim Al-Harthy, "
            "praised on Monday the cooperation between Oman and Pakistan in fighting drug smuggling.\nIt came "
            "during his meeting with the Ambassador of Pakistan, Imran Qureshi.",
            "Salim Al-Harthy",
            "2026-05-11",
        ),
    ],
)
def test_this_came_during_his_meeting_is_the_meeting_of_the_one_before(
    text: str, lead: str, day: str
) -> None:
    _met_on(text, lead, day)


# Pacific countries with their own police forces that the country table lacked are sides
@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "The Commissioner of the Cook Islands Police Service, Tia Marsters, met the Samoan Police Commissioner, "
            "Leota Fuimaono, in Apia on Monday.",
            "CK",
        ),
        (
            "The Samoan Police Commissioner, Leota Fuimaono, received the Niue Police Chief, Sione Tukuitonga, in "
            "Apia on Monday.",
            "NU",
        ),
    ],
)
def test_pacific_police_countries_are_sides(text: str, country: str) -> None:
    assert country in only_meeting(text, "2026-05-13").parties
