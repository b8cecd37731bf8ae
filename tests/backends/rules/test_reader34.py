"""Classes the 27th reading of real communiqués left open, fixed in the offline reader (fix34);
every sentence invented, none of them an eval case's."""

from __future__ import annotations

from support import only_meeting, read_offline

# -- D5: a meeting held last week or on a weekday, to plan what the forces will do -----------------------


def test_heads_who_met_last_week_to_plan_a_year_ahead_held_a_meeting() -> None:
    record = read_offline(
        "The Samoan and Fijian Police Commissioners met last week to set out how the two forces will keep "
        "working together in 2027.\n\nThe Commissioners were joined by Samoa's Minister of Police, Tala Ioane.",
        published="2026-11-20",
    )
    assert record.is_meeting_report
    (meeting,) = record.meetings
    assert meeting.status.value == "held"
    assert meeting.date is None
    assert {"FJ", "WS"} <= set(meeting.parties)


def test_heads_who_met_on_a_weekday_to_outline_how_they_will_work_met_before_the_publication() -> None:
    meeting = only_meeting(
        "The Fijian and Samoan Police Commissioners met on Monday in Apia to outline how the two forces will "
        "work together next year against drug trafficking.",
        published="2026-11-20",
    )
    assert meeting.status.value == "held"
    assert meeting.date is not None and meeting.date.isoformat() == "2026-11-16"
    assert not meeting.outcomes


def test_a_meeting_still_to_come_to_outline_the_plan_stays_announced() -> None:
    meeting = only_meeting(
        "The Fijian and Samoan Police Commissioners will meet on Monday in Apia to outline how the two forces "
        "will work together next year.",
        published="2026-11-20",
    )
    assert meeting.status.value == "announced"
    assert meeting.date is not None and meeting.date.isoformat() == "2026-11-23"
