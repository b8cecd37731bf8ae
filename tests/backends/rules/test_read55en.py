"""Classes of misreading found on real English pages not read before (read55en, the train half of a train/test
split). Every sentence invented."""

from __future__ import annotations

import datetime as dt

import pytest
from support import only_meeting, read_offline

from communique.schema import Status


# a posting date in the house style of Central European and Balkan sites, the day with a period and the month in the
# site's language: it dates the page, and so the weekday of the text
@pytest.mark.parametrize(
    ("line", "published", "day"),
    [
        ("14. okt 2025 09:40", "2025-10-14", "2025-10-13"),
        ("30. jul 2024 19:12", "2024-07-30", "2024-07-29"),
        ("15. maj 2024", "2024-05-15", "2024-05-13"),
        ("6. mar 2026 17:12", "2026-03-06", "2026-03-02"),
    ],
)
def test_a_date_line_with_a_period_after_the_day_dates_the_page(line: str, published: str, day: str) -> None:
    record = read_offline(
        f"{line}\n\nMinister meets police attaché\n\nPODGORICA - Interior Minister Danilo Vukotic met the Austrian "
        "police attaché Markus Leitner on Monday to discuss joint patrols on the coast.",
        None,
    )
    assert record.document.published == dt.date.fromisoformat(published)
    assert record.meetings[0].date == dt.date.fromisoformat(day)


# a departure for a gathering still to come: the gathering is announced, and the day told is the departure's
@pytest.mark.parametrize(
    "text",
    [
        "The Chief of the Royal Brunei Police Force, Hamzah Latif, on Monday flew to Indonesia to attend a three-day "
        "conference of the heads of police of the region to be held in Bandung.",
        "The Inspector General of Police, Ruth Mbeki, left for Zambia on Sunday to attend the annual meeting of the "
        "police chiefs of Southern Africa due to be held in Livingstone.",
    ],
)
def test_a_departure_to_attend_a_gathering_to_be_held_announces_it(text: str) -> None:
    meeting = only_meeting(text)
    assert meeting.status is Status.ANNOUNCED
    assert meeting.date is None


# a gathering named after one city, then said to be held in another: the city it is held in
@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "The agreement was signed on Tuesday between the Inspector General of Police, Moses Okello, and his "
            "Burundian counterpart, Jean-Claude Niyonzima. The signing was held on the sidelines of the Kampala "
            "International Conference on Policing annual meeting that started on Monday, in the Burundian capital, "
            "Gitega.",
            "Gitega",
        ),
        (
            "The Commissioner of Police, Dina Moyo, met her Malawian counterpart, Peter Banda, on Wednesday on the "
            "sidelines of the Nairobi International Conference on Cybercrime, held this year in Lusaka.",
            "Lusaka",
        ),
    ],
)
def test_a_city_in_a_gathering_s_name_gives_way_to_the_city_it_is_held_in(text: str, city: str) -> None:
    meeting = only_meeting(text)
    assert meeting.location.city == city


# the signing of before that an encounter follows up is no encounter of its own: neither those who witnessed it nor
# where it was signed are the encounter's
def test_a_signing_followed_up_is_background() -> None:
    record = read_offline(
        "Kuala Lumpur - Malaysian Inspector-General of Police Razif Omar met his Thai counterpart Somchai Wongsuwan on "
        "Thursday to follow up on the agreement signed during the Prime Minister's recent visit to Bangkok. \"We want "
        "to follow up on the memorandum signed at Government House that was witnessed by Prime Minister Anwar Hashim "
        'and Prime Minister Prasert Chaiyo," Razif said.',
        "2026-10-02",
    )
    assert len(record.meetings) == 1
    meeting = record.meetings[0]
    assert {p.name for p in meeting.participants} == {"Razif Omar", "Somchai Wongsuwan"}
    assert meeting.location.city == "Kuala Lumpur"


# a headline that names who met, over a body that names him by his office alone
def test_the_headline_names_the_host_the_body_leaves_unnamed() -> None:
    meeting = only_meeting(
        "Levan Kiknadze met with head of Azerbaijani State Border Service\n\nThe Minister of Internal Affairs of "
        "Georgia met with the head of the State Border Service of Azerbaijan. The sides discussed cooperation on the "
        "common border."
    )
    assert "Levan Kiknadze" in {p.name for p in meeting.participants}


# what the sentence before said was decided, then where it was decided: that sentence's day is the meeting's
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "India and Nepal on Thursday decided to set up liaison points for cross-border crime. The decision was "
            "taken in the second Police Chiefs' Dialogue, held by video link, between Rakesh Menon and Bishnu Thapa.",
            "2026-06-11",
        ),
        (
            "Kenya and Tanzania on Monday agreed to run joint patrols on Lake Victoria. The decisions were taken "
            "during the first Joint Police Commission meeting, co-chaired by Inspector General Peter Kamau and "
            "Inspector General Salum Hamisi in Arusha.",
            "2026-06-08",
        ),
    ],
)
def test_the_day_of_the_decision_is_the_meeting_s(text: str, day: str) -> None:
    meeting = only_meeting(text, "2026-06-12")
    assert meeting.date == dt.date.fromisoformat(day)
