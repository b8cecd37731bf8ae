"""Cue classes the 29th reading left open, fixed in the offline reader (fix40): a meeting the visitor "is also
expected" to have is to come (E3); a secretariat's meeting held by video is a call (E9). Every sentence invented."""

from __future__ import annotations

from support import only_meeting, read_offline

# -- E3: "is also expected to meet": a meeting to come, not one held --------------------------------------------


def test_a_meeting_the_visitor_is_also_expected_to_have_is_announced() -> None:
    record = read_offline(
        "The Commissioner General of Police, Amina Juma, hosted the Director of Capacity Building at INTERPOL, "
        "Marco Ferri, at the Police Headquarters in Dodoma on Tuesday.\n\n"
        "Ferri arrived in the country on Monday and is also expected to meet the Director of Immigration, "
        "Peter Mollel.",
        published="2026-05-14",
    )
    later = [m for m in record.meetings if any(p.name == "Peter Mollel" for p in m.participants)]
    assert later
    assert all(m.status.value == "announced" for m in later)


# -- E9: a secretariat's meeting "which was held … through video conferencing" is a call -------------------------


def test_a_secretariat_meeting_held_by_video_is_a_call() -> None:
    meeting = only_meeting(
        "The Kuwait Police, represented by its Department of Treaties, took part in a meeting of the General "
        "Secretariat of the Council of Arab Interior Ministers which was held on Tuesday through video "
        "conferencing.",
        published="2026-05-14",
    )
    assert meeting.kind.value == "call"
