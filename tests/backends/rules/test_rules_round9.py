"""The sides of a meeting, as a ninth reading of real communiqués found the reader missing or
inventing them; every sentence invented, none of them an eval case's."""

from __future__ import annotations

import pytest
from support import read_offline


def _parties(text: str, published: str = "2026-05-06") -> set[str]:
    record = read_offline(text, published)
    assert record.is_meeting_report
    return {party for meeting in record.meetings for party in meeting.parties}


# -- a side named by its people only after the sentences that tell the encounter ----------


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "The Police Commissioner, Mr Samuel Otieno, hosted a delegation on Monday in Nairobi. "
            "The talks covered cattle rustling along the border. "
            "The visiting Ugandan delegation thanked the commissioner for the welcome.",
            "UG",
        ),
        (
            "Le ministre de la Sécurité, M. Lamine Diarra, a accueilli mardi une délégation à Bamako. "
            "Les discussions ont porté sur le terrorisme. "
            "Les responsables guinéens ont souhaité une nouvelle rencontre.",
            "GN",
        ),
        (
            "Le ministre de la Sécurité, M. Lamine Diarra, a accueilli mardi une délégation à Bamako. "
            "Les discussions ont porté sur le terrorisme. "
            "Il s'agissait d'une délégation de responsables sénégalais venue de Dakar.",
            "SN",
        ),
    ],
)
def test_a_side_named_by_its_people_in_a_later_sentence_is_a_party(text: str, side: str) -> None:
    assert side in _parties(text)


# -- a side named by its embassy or High Commission ---------------------------------------


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Officials from the High Commission of Malaysia called on the Commissioner of Police, "
            "Mr Juma Hassan, on Monday in Dar es Salaam.",
            "MY",
        ),
        (
            "A delegation of the Embassy of Brazil met the Director General of Police, Mr Ali Rahimi, on Monday in Kabul.",
            "BR",
        ),
    ],
)
def test_an_embassy_or_high_commission_of_a_country_is_its_side(text: str, side: str) -> None:
    assert side in _parties(text)


# -- a national force whose name several countries share -----------------------------------


@pytest.mark.parametrize(
    ("text", "side", "not_side"),
    [
        (
            "Le directeur général de la Police nationale, M. Kodjo Agbeko, a reçu lundi l'ambassadeur "
            "de France au Togo, M. Pierre Laval.",
            "TG",
            None,
        ),
        (
            "Le directeur général de la Sûreté nationale, M. Hissein Ahmat, s'est entretenu lundi avec "
            "l'ambassadeur d'Allemagne au Tchad, M. Klaus Weber.",
            "TD",
            "MA",
        ),
    ],
)
def test_a_shared_national_force_takes_the_country_of_the_text(
    text: str, side: str, not_side: str | None
) -> None:
    parties = _parties(text)
    assert side in parties and (not_side is None or not_side not in parties)


# -- the host's side told by where he is ----------------------------------------------------


def test_an_unnamed_foreign_subject_meets_the_host_of_the_place() -> None:
    record = read_offline(
        "Diplomats of the Embassy of Finland met the Police Commissioner, Mr Halima Said, on Monday at her office in Dodoma."
    )
    meeting = record.meetings[0]
    host = meeting.participants[0]
    assert {"FI", "TZ"} <= set(meeting.parties) and host.party == "TZ" and host.role.value == "host"


# -- an arrival told in a relative clause ------------------------------------------------------


def test_an_arrival_in_a_relative_clause_is_no_meeting_of_its_own() -> None:
    record = read_offline(
        "The Minister of Interior, Mr Omar Haddad, held talks on Monday in Amman with a delegation of the Greek police. "
        "The Greek team, who arrived in Amman on Sunday, was headed by Brigadier Nikos Pappas."
    )
    assert len(record.meetings) == 1
    assert "Nikos Pappas" in {p.name for p in record.meetings[0].participants}


# -- an encounter told as the frame of its topic --------------------------------------------


def test_a_topic_at_the_centre_of_a_talk_tells_the_talk_and_is_no_venue() -> None:
    record = read_offline(
        "La lutte contre la cybercriminalité a été au cœur de l'entretien du ministre de la Sécurité, Amadou Diop, "
        "avec l'ambassadeur du Canada au Sénégal, Marc Tremblay, mardi à Dakar."
    )
    meeting = record.meetings[0]
    assert {"CA", "SN"} <= set(meeting.parties) and meeting.location.venue is None
