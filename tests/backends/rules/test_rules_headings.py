"""The lines that head a text: a publisher's or a section's name over the headline, a
date under it. None of them is a meeting of its own; the headline gives the sides; a
lead paragraph that lost its closing stop is still read."""

from __future__ import annotations

import datetime as dt

import pytest
from support import read_offline

BODY = (
    "The Commissioner General of Police, Abena Owusu, on Wednesday received the Director of the "
    "Sierra Leone Police, Idrissa Conteh, in Accra.\n"
    "The two officers discussed the training of detectives."
)


@pytest.mark.parametrize(
    "over",
    ["Ministry of the Interior\n", "Police Service\nNews Release\n", "Public Affairs Directorate\n"],
)
def test_a_publishers_name_over_the_headline_makes_no_second_meeting(over: str) -> None:
    record = read_offline(
        f"{over}Police chief meets Sierra Leone counterpart in Accra\n{BODY}", published="2026-05-08"
    )
    assert len(record.meetings) == 1
    assert {p.name for p in record.meetings[0].participants} == {"Abena Owusu", "Idrissa Conteh"}


def test_the_headline_over_a_date_line_still_gives_its_sides() -> None:
    text = (
        "Benin and Mali police sign exchange plan\n"
        "12 May 2026\n"
        "The director general of the Republican Police of Benin, Rodrigue Houngbo, and his counterpart Moussa Keita "
        "signed on Monday a plan for the exchange of officers."
    )
    record = read_offline(text, published="2026-05-12")
    assert {"BJ", "ML"} <= set(record.meetings[0].parties)


def test_a_long_lead_that_lost_its_closing_stop_is_read() -> None:
    text = (
        "Envoy calls on police chief\n"
        "A delegation led by the Ambassador of Norway, Ingrid Solberg, visited the police headquarters and "
        "met the Inspector General of Police, Tunde Bakare, in Abuja on Tuesday\n"
        "The delegation included the embassy's first secretary."
    )
    record = read_offline(text, published="2026-05-14")
    assert {p.name for p in record.meetings[0].participants} >= {"Ingrid Solberg", "Tunde Bakare"}


def test_a_dateline_under_the_headings_is_no_date_of_the_meeting_and_places_it() -> None:
    text = (
        "Sécurité\n"
        "Coopération : le DG de la Police reçoit une délégation malienne\n"
        "Abidjan, 12 mars 2026 (AIP) - Le directeur général de la Police nationale, M. Séry Koffi, a reçu "
        "mercredi à son cabinet une délégation de la Police nationale malienne conduite par le commissaire "
        "Boubacar Traoré.\n"
    )
    meeting = read_offline(text, published="2026-03-12").meetings[0]
    assert (meeting.date, meeting.location.city) == (dt.date(2026, 3, 11), "Abidjan")
    assert {p.name for p in meeting.participants} == {"Séry Koffi", "Boubacar Traoré"}
