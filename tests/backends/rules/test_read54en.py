"""Classes of misreading found on real English pages not read before (read54en, the train half of a train/test
split). Every sentence invented."""

from __future__ import annotations

import pytest
from support import offline_names, only_meeting, read_offline

from communique.schema import MeetingKind, Status


# the news told first, then "This comes after a meeting between A and B": that meeting is the one reported, not
# background (as "The visit followed talks between A and B" is)
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Zambian and Malawian police will open a joint border desk. This comes after a meeting between "
            "Zambia's Inspector General of Police, Chanda Mulenga, and his Malawian counterpart, Peter Kaunda Banda, "
            "on Tuesday in Lusaka.",
            {"Chanda Mulenga", "Peter Kaunda Banda"},
        ),
        (
            "Namibia will second two detectives to Botswana's anti-poaching unit. It came after talks between the "
            "Namibian Inspector-General, Elias Nangolo, and the Botswana Commissioner of Police, Dinah Moremi, on "
            "Monday in Windhoek.",
            {"Elias Nangolo", "Dinah Moremi"},
        ),
        # ... and a noun of what was said or decided, standing for the news (read54en's test half, 24)
        (
            "The Interior Minister said the new border posts would open in June. Her remarks came after a meeting "
            "between the Gambian Inspector General of Police, Lamin Sowe, and the Senegalese Director General of the "
            "Police, Ousmane Diatta, on Monday in Banjul.",
            {"Lamin Sowe", "Ousmane Diatta"},
        ),
        (
            "Les deux polices ouvriront un bureau de liaison à Kayes. Cette annonce fait suite à la rencontre entre le "
            "Directeur général de la Police malienne, Modibo Traoré, et son homologue sénégalais, Cheikh Ndiaye, lundi "
            "à Bamako.",
            {"Modibo Traoré", "Cheikh Ndiaye"},
        ),
    ],
)
def test_what_the_news_comes_after_is_the_meeting_reported(text: str, names: set[str]) -> None:
    meeting = only_meeting(text)
    assert {p.name for p in meeting.participants} == names


# ... while an encounter that itself came after another keeps the earlier one as background
def test_a_visit_that_followed_talks_keeps_them_background() -> None:
    record = read_offline(
        "The Kenyan Interior Minister, Wanjiru Kamau, visited the Ugandan police headquarters in Kampala on Tuesday. "
        "The visit followed talks between the two ministers in Nairobi in 2024.",
        "2026-03-12",
    )
    assert len(record.meetings) == 1
    assert record.meetings[0].location.city == "Kampala"


# a day and year whose comma is typed with a space before it: the year is the day's
@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "The customs chiefs of Uzbekistan and Kyrgyzstan held talks in Tashkent March 4th , 2025.",
            "2025-03-04",
        ),
        ("The police chiefs of Ghana and Togo held talks in Accra on 18 February , 2024.", "2024-02-18"),
    ],
)
def test_a_year_after_a_stray_spaced_comma_is_read(text: str, date: str) -> None:
    meeting = only_meeting(text)
    assert meeting.date is not None and meeting.date.isoformat() == date


# "Deputy Director of CNB Tan Wei Ling": a title does not end on its "of", the acronym after it is the body's
@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "The Botswana Commissioner of Police, Keabetswe Makgophe, met on Thursday in Gaborone with the Deputy "
            "Director of CNB Tan Wei Ling.",
            "Tan Wei Ling",
            "Deputy Director of CNB",
        ),
        (
            "High Commissioner Senarath Dissanayake met on Monday in Singapore with Deputy Director of ICA Phua Chiew.",
            "Phua Chiew",
            "Deputy Director of ICA",
        ),
    ],
)
def test_an_acronym_after_a_titles_of_is_no_part_of_the_name(text: str, name: str, title: str) -> None:
    meeting = only_meeting(text)
    person = next(p for p in meeting.participants if p.name == name)
    assert person.title == title


# a run that ends on a coast guard's or a customs' word is a body, the words before it no one's name
@pytest.mark.parametrize(
    "text",
    [
        "US Coast Guard, Jamaica Defence Force Sign Shiprider Pact\n\nThe U.S. Coast Guard and the Jamaica Defence "
        "Force signed a shiprider arrangement on Tuesday in Kingston.",
        "Ghana Customs, Togo Customs Sign Border Accord\n\nThe customs services of Ghana and Togo signed an accord on "
        "Tuesday in Lomé.",
    ],
)
def test_a_run_ending_on_a_bodys_word_names_no_one(text: str) -> None:
    meeting = only_meeting(text)
    assert not any(p.name and p.name.split()[-1] in ("Coast", "Ghana", "Togo") for p in meeting.participants)


# a call is held in no country named alone: the country of a later visit its sentences name is not its own
@pytest.mark.parametrize(
    "text",
    [
        "Interior Cabinet Secretary Wanjiru Kamau held a telephone conversation on Monday with Ethiopia's Minister "
        "of Peace, Hailu Tesfaye, and said the protocol would be signed during his visit to Kenya.",
        "In a telephone call with his Iraqi counterpart, Iran's Interior Minister Ahmad Karimi said the memorandum "
        "would be signed during the Iraqi minister's coming visit to Iran.",
    ],
)
def test_a_call_is_in_no_country_named_alone(text: str) -> None:
    meeting = only_meeting(text)
    assert meeting.kind.value == "call"
    assert (meeting.location.city, meeting.location.country) == (None, None)


# US bureaus known by their names alone stand for the United States
@pytest.mark.parametrize(
    "text",
    [
        "The Lagos Police Command and the International Narcotics and Law Enforcement (INL) section signed a "
        "memorandum on forensic support on Thursday in Ikeja.",
        "The U.S. Coast Guard and the Australian Border Force signed a maritime awareness memorandum on Monday in "
        "Canberra.",
    ],
)
def test_a_us_bureau_named_alone_is_the_united_states(text: str) -> None:
    assert "US" in only_meeting(text).parties


# a signing announced with a bare "are to sign", the two sides its subject (read54en's test half, 26); not a purpose
# told with "is to sign", which the encounter itself is not
def test_two_sides_that_are_to_sign_announce_a_signing() -> None:
    meeting = only_meeting(
        "The Botswana Police Service and the Zambia Police Service are to sign a memorandum of understanding on "
        "cattle rustling in Kasane next week, the Commissioner, Dineo Kgosi, said on Tuesday."
    )
    assert (meeting.kind, meeting.status) == (MeetingKind.SIGNING, Status.ANNOUNCED)
    assert meeting.parties == ["BW", "ZM"]


def test_the_purpose_of_a_trip_told_as_is_to_sign_keeps_the_meeting_it_prepares() -> None:
    meeting = only_meeting(
        "The Commissioner of the Seychelles Police, Ted Barbe, left for Mauritius on Monday. The purpose of his trip "
        "is to sign a training agreement with the Mauritius Police Force. Barbe will meet the Commissioner, Anil "
        "Ramgoolam, on Thursday to sign it."
    )
    assert {p.name for p in meeting.participants} >= {"Ted Barbe"}


# a police force's name in capitals with no article, its place first: the place is no one's name
@pytest.mark.parametrize(
    "text",
    [
        "Thunder Bay Police Service and Kenora Police Force officials are to sign a partnership agreement next week.",
        "Lakeview Police Department and Pinecrest Police Command officers met on Tuesday to plan joint patrols.",
    ],
)
def test_a_police_forces_place_is_no_ones_name(text: str) -> None:
    assert offline_names(text) == set()
