"""Classes the 33rd reading of real communiqués found, fixed in the offline reader; every sentence
invented, none of them an eval case's."""

from __future__ import annotations

from support import only_meeting

from communique.schema import MeetingKind, Role

# -- K1: an encounter told only by its noun ------------------------------------------------------------


def test_talks_that_followed_a_courtesy_visit_of_the_guest_to_the_offices_of_the_hosts() -> None:
    meeting = only_meeting(
        "The talks on Monday followed a courtesy visit of the Commissioner of Police to the offices of the "
        "Minister of Security, Joyce Wanjiru, and the Principal Secretary, Daniel Otieno, in Nairobi.",
        published="2026-02-11",
    )
    assert meeting.kind is MeetingKind.OFFICIAL_VISIT
    roles = {p.name: p.role for p in meeting.participants}
    assert roles.get("Joyce Wanjiru") is Role.HOST
    assert roles.get("Daniel Otieno") is Role.HOST


def test_a_request_made_during_a_courtesy_call_of_an_envoy() -> None:
    meeting = only_meeting(
        "The Minister of Internal Affairs, Paul Chanda, made the request during a courtesy call of the "
        "Counsellor at the German Embassy, Anna Vogel, at his office on Tuesday.",
        published="2026-02-11",
    )
    roles = {p.name: p.role for p in meeting.participants}
    assert roles.get("Anna Vogel") is Role.GUEST
