"""Classes the 32nd reading of real communiqués found. Every sentence invented, none of them an eval case's."""

from __future__ import annotations

import pytest
from support import read_offline


@pytest.mark.parametrize(
    ("text", "guest", "host"),
    [
        ("La nouvelle attachée de sécurité de l'ambassade d'Italie, Giulia Ferri, a entamé ses visites de prise de "
         "contact. Jeudi, ce fut l'occasion pour elle de s'entretenir avec le directeur général de la police, "
         "Omar Sy Ndiaye, à Dakar.",
         "Giulia Ferri", "Omar Sy Ndiaye"),
        ("The new Japanese police attaché, Kenji Sato, started his round of courtesy calls this week. On Thursday "
         "he had the opportunity to meet with the Inspector General of Police, Martin Okoth, in Kampala.",
         "Kenji Sato", "Martin Okoth"),
    ],
)  # fmt: skip
def test_an_encounter_told_as_the_chance_to_meet(text: str, guest: str, host: str) -> None:
    """« l'occasion pour X de s'entretenir avec Y », "had the opportunity to meet with Y": an encounter
    in the infinitive, whose subject is the one the sentence before introduced."""
    analysis = read_offline(text, "2026-05-08")
    assert analysis.is_meeting_report
    (meeting,) = analysis.meetings
    assert {p.name for p in meeting.participants} >= {guest, host}


@pytest.mark.parametrize(
    "text",
    [
        "Un accord de coopération a été signé mardi entre la police du Niger et la gendarmerie du Tchad.",
        "Deux conventions ont été paraphées à Abidjan entre la gendarmerie ivoirienne et la police du Ghana.",
    ],
)
def test_an_instrument_signed_in_the_french_passive_is_a_signing(text: str) -> None:
    """« Un accord a été signé … entre A et B » reads as its English twin "was signed between"."""
    analysis = read_offline(text, "2026-05-08")
    assert analysis.is_meeting_report
    (meeting,) = analysis.meetings
    assert meeting.kind.value == "signing"
    assert len(meeting.parties) == 2


def test_a_statement_signed_by_its_author_is_no_signing() -> None:
    text = (
        "Le communiqué a été signé par le porte-parole de la police, qui annonce l'arrestation de six suspects "
        "à Niamey."
    )
    assert not read_offline(text, "2026-05-08").is_meeting_report
