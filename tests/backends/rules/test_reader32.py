"""What the encounter classes the 26th real-text reading left open need of the offline
reader, each written in new words: an adverb between the auxiliary and its participle."""

from __future__ import annotations

from support import read_offline


def test_an_adverb_between_auxiliary_and_participle_keeps_the_working_session() -> None:
    analysis = read_offline(
        "En marge du sommet, les envoyés béninois ont également eu une séance de travail avec le général "
        "Paul Mercier, commandant de la force Barracuda."
    )
    assert analysis.is_meeting_report
    assert any(p.name == "Paul Mercier" for m in analysis.meetings for p in m.participants)
    analysis = read_offline(
        "Le ministre togolais de la Sécurité, Kodjo Adzoa, a ensuite eu, un entretien avec son homologue ghanéen, "
        "Kwame Mensah."
    )
    assert {p.name for m in analysis.meetings for p in m.participants} >= {"Kodjo Adzoa", "Kwame Mensah"}
