"""Classes of the twenty-fourth reading of real communiqués, fixed in the offline reader;
every sentence invented, none of them an eval case's."""

from __future__ import annotations

from support import read_offline

from communique.schema import MeetingKind, OutcomeType

# -- a signing told as an agreement made formal ------------------------------------------------------


def test_an_agreement_formalised_by_two_ministers_is_a_signing() -> None:
    record = read_offline(
        "Le ministre portugais de l'Intérieur, Rui Tavares, et son homologue espagnol, Pablo Ortega, ont "
        "formalisé vendredi, à Badajoz, une nouvelle convention sur les patrouilles communes.",
        published="2026-04-11",
    )
    assert record.is_meeting_report
    meeting = record.meetings[0]
    assert meeting.kind is MeetingKind.SIGNING
    assert {p.name for p in meeting.participants} == {"Rui Tavares", "Pablo Ortega"}
    assert {"PT", "ES"} <= set(meeting.parties)
    assert OutcomeType.AGREEMENT_SIGNED in {o.type for o in meeting.outcomes}


def test_cooperation_formalised_without_an_instrument_is_no_signing() -> None:
    record = read_offline(
        "La police régionale a formalisé ses procédures internes de contrôle des frontières.",
        published="2026-04-11",
    )
    assert not record.is_meeting_report
