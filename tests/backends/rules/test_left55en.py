"""Classes a reading of 42 real English pages (read55en) left misread, each written anew in invented words.

- a courtesy call its guest tells in his own quoted words ("“I paid a courtesy call on the IG …,” said Ambassador X")
  makes the encounter a visit, as one the text tells does;
- a named official who "has joined" an international assembly attended it (a conference);
- "today" in a release dated in a line of its own ("Sunday, 12th January 2025. … held a meeting today") is that day,
  not the day the page was published;
- a district named in apposition to its city ("in Westlands, a suburb of Nairobi"), or a district the text names under
  a headline that places the meeting in its city ("… hold bilateral meeting in Kigali"), is not the city;
- the seat visited, with no preposition ("visited the headquarters of the Bulgarian Border Police"), is a venue whose
  people name the country;
- an office-holder the opening names with an indefinite article ("A Minister of Internal Affairs of Georgia met …")
  leads his side, and the headline that names him ("Giorgi Gakharia met with …") names him.
"""

from __future__ import annotations

import pytest
from support import read_offline

from communique.schema import Meeting, MeetingKind


def _meeting(text: str, published: str = "2026-03-12") -> Meeting:
    """The first meeting the offline reader finds in ``text`` (it must find one)."""
    analysis = read_offline(text, published)
    assert analysis.is_meeting_report and analysis.meetings
    return analysis.meetings[0]


_MET = (
    "The High Commissioner of India, Rakesh Varma, met the Commissioner of the Botswana Police Service, Keabetswe "
    "Molefhe, on Tuesday at Police Headquarters in Gaborone.\n\n"
)


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        (
            '"I paid a courtesy call on the Commissioner and we discussed training," said High Commissioner Varma.',
            "v",
        ),
        ('"We have paid a courtesy call on the Commissioner to thank the Service," Mr Varma said.', "v"),
        ("“I had paid a courtesy visit to the Commissioner,” the envoy said.", "v"),
        # (someone else's courtesy call, told in the third person without "had": not this encounter's kind)
        ('"The two forces have worked together for a decade," said High Commissioner Varma.', "w"),
    ],
)
def test_a_courtesy_call_in_the_guests_own_words_is_a_visit(said: str, kind: str) -> None:
    expected = MeetingKind.OFFICIAL_VISIT if kind == "v" else MeetingKind.WORKING_MEETING
    assert _meeting(_MET + said).kind is expected


@pytest.mark.parametrize(
    "joined",
    [
        "have joined the 94th General Assembly of the International Criminal Police Organization (Interpol) in Vienna",
        "has joined the annual conference of the Eastern Africa Police Chiefs in Vienna",
        "will join the European Regional Conference of INTERPOL in Vienna",
    ],
)
def test_an_official_who_joined_an_assembly_attended_a_conference(joined: str) -> None:
    meeting = _meeting(
        f"Police chief Gen. Ramon Villanueva together with four other officials {joined} this week."
    )
    assert (meeting.kind, meeting.location.city) == (MeetingKind.CONFERENCE, "Vienna")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Monday, 9th March 2026. The Minister of Homeland Security, Peter Banda, held a meeting today with the "
            "Malawi Police Service Command at the Ministry Headquarters in Lilongwe.",
            "2026-03-09",
        ),
        (
            "Harare, 5 February 2026 - The Minister of Home Affairs, Tendai Mupfumira, this morning received the "
            "Ambassador of the Russian Federation, Ivan Sokolov, at her offices in Harare.",
            "2026-02-05",
        ),
        # (no dated line: the day the page was published)
        (
            "The Minister of Home Affairs, Tendai Mupfumira, this morning received the Ambassador of the Russian "
            "Federation, Ivan Sokolov, at her offices in Harare.",
            "2026-03-12",
        ),
    ],
)
def test_today_is_the_day_of_the_releases_dated_line(text: str, day: str) -> None:
    assert str(_meeting(text).date) == day


_RECEIVED = (
    "The Inspector General of Police, Paul Kiprono, hosted the Commissioner General of the Tanzania Police Force, "
    "Joseph Mwakyusa, on Wednesday at the Service headquarters in {where}.\n\nThe two chiefs discussed border security."
)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (_RECEIVED.format(where="Westlands, a suburb of Nairobi"), "Nairobi"),
        (_RECEIVED.format(where="Westlands, one of the districts of Nairobi"), "Nairobi"),
        (_RECEIVED.format(where="the outskirts of Nairobi"), "Nairobi"),
        (
            "Rwanda Police, Chinese delegation hold bilateral meeting in Kigali\n\n"
            + _RECEIVED.format(where="Kacyiru").replace(
                "Tanzania Police Force", "Hunan Public Security Department"
            ),
            "Kigali",
        ),
        (
            "Uganda Police hold talks with South Sudan delegation in Kampala\n\n"
            + _RECEIVED.format(where="Naguru"),
            "Kampala",
        ),
    ],
)
def test_a_district_is_not_the_city(text: str, city: str) -> None:
    assert _meeting(text).location.city == city


@pytest.mark.parametrize(
    ("visited", "country"),
    [
        ("visited the headquarters of the Bulgarian Border Police", "BG"),
        ("paid a working visit to the headquarters of the Romanian Border Police", "RO"),
    ],
)
def test_the_seat_visited_names_the_country(visited: str, country: str) -> None:
    meeting = _meeting(
        f"On 21 April, a delegation of North Macedonia's Border Police led by Chief Inspector Dragan Petrovski {visited}."
        "\n\nThe delegation was welcomed by the Director of the Border Police, Chief Commissioner Anton Zlatev."
    )
    assert meeting.location.country == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Levan Beridze met with head of Armenian Police\n\nA Minister of Internal Affairs of Georgia met with the head "
            "of the Armenian Police on Monday in Tbilisi. The sides discussed organised crime.",
            "Levan Beridze",
        ),
        (
            "Ana Petrova met with Serbian border chief\n\nA Deputy Minister of Interior of Bulgaria met with the Director "
            "of the Serbian Border Police, Marko Jovic, in Sofia on Thursday.",
            "Ana Petrova",
        ),
    ],
)
def test_an_office_holder_with_an_indefinite_article_is_the_one_the_headline_names(
    text: str, name: str
) -> None:
    assert name in [p.name for p in _meeting(text).participants]
