"""Visits as agencies tell them (issue 12): passive receptions, further encounters told by
a later sentence or clause, trips told encounter by encounter, delegations and their
members, offices placed by the city; sentences invented."""

from __future__ import annotations

import pytest

from communique.backends.rules.cues import Relation
from communique.backends.rules.encounters import _meeting_cue
from communique.config import resolve
from communique.pipeline import Pipeline
from communique.schema import Analysis

PIPELINE = Pipeline(resolve({"backend": "rules", "cache": False}))


def _analyse(text: str) -> Analysis:
    return PIPELINE.analyse("---\npublished: 2026-05-13\n---\n" + text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le directeur a ensuite été reçu par le ministre de la Sécurité, Paul Ndiaye Sarr.",
        "La ministre sera reçue jeudi par le directeur de la police, Awa Touré Kane.",
        "The delegation was later received by the Minister of the Interior, John Kamau Otieno.",
    ],
)
def test_a_passive_reception_makes_its_subject_the_guest(sentence: str) -> None:
    cue = _meeting_cue(sentence)
    assert cue is not None and cue[0] is Relation.RECEIVED


def test_a_later_encounter_is_a_meeting_with_the_same_visitor_day_and_place() -> None:
    analysis = _analyse(
        "The Commissioner of Police, Mr. Peter Odhiambo Wekesa, on Tuesday held talks in Kampala with the "
        "Inspector General of Police, Martin Okot Lubega, on cattle rustling. He later met the Minister of "
        "Internal Affairs, Grace Nakato Mugisha, on the training of recruits."
    )
    assert [sorted(p.name for p in m.participants if p.name) for m in analysis.meetings] == [
        ["Martin Okot Lubega", "Peter Odhiambo Wekesa"],
        ["Grace Nakato Mugisha", "Peter Odhiambo Wekesa"],
    ]
    assert {(m.date.isoformat() if m.date else None, m.location.city) for m in analysis.meetings} == {
        ("2026-05-12", "Kampala")
    }


def test_a_trip_told_encounter_by_encounter_lists_the_encounters_not_the_trip() -> None:
    analysis = _analyse(
        "La ministre de l'Intérieur de la Belgique, Anne Dubois Lemaire, effectue depuis lundi une visite de "
        "travail au Sénégal. Elle s'est entretenue mardi à Dakar avec le ministre de l'Intérieur, Ousmane Fall "
        "Sy. Mme Dubois Lemaire sera reçue jeudi par le directeur général de la Police nationale, Moussa Ba Diop."
    )
    meetings = analysis.meetings
    assert [(m.status.value, m.date.isoformat() if m.date else None) for m in meetings] == [
        ("held", "2026-05-12"),
        ("announced", "2026-05-14"),
    ]
    assert all("Anne Dubois Lemaire" in {p.name for p in m.participants} for m in meetings)
    assert (meetings[1].location.city, meetings[1].location.country) == (None, "SN")


def test_a_sentence_that_goes_on_to_a_further_encounter_gives_two_meetings() -> None:
    analysis = _analyse(
        "Le directeur d'Europol, Lars Holm Berg, rencontrera le directeur général de la Police, Ali Sow Ka, "
        "avant d'être reçu vendredi par le ministre de l'Intérieur, Omar Ly Ndao."
    )
    assert [m.status.value for m in analysis.meetings] == ["announced", "announced"]
    assert [{p.name for p in m.participants} for m in analysis.meetings] == [
        {"Lars Holm Berg", "Ali Sow Ka"},
        {"Lars Holm Berg", "Omar Ly Ndao"},
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre de l'Intérieur, Alassane Houngbo Dossou, a reçu mardi à Cotonou une délégation du Niger, "
        "conduite par le directeur de la police, Harouna Issa Garba. La délégation comprenait également le "
        "commissaire Mariama Saley Abdou.",
        "A delegation from the Niger police, led by the Director of Police, Harouna Issa Garba, was received on "
        "Tuesday in Cotonou by the Minister of the Interior of Benin, Alassane Houngbo Dossou. Mariama Saley "
        "Abdou was also part of the visiting delegation.",
    ],
)
def test_a_member_of_a_delegation_named_later_is_of_the_delegations_country(text: str) -> None:
    (meeting,) = _analyse(text).meetings
    assert {p.name: p.party for p in meeting.participants}["Mariama Saley Abdou"] == "NE"


def test_an_office_several_countries_have_is_placed_by_the_city() -> None:
    (meeting,) = _analyse(
        "Le directeur général de la Sûreté nationale, Mohamed Salem Ould Bah, a reçu mardi à Nouakchott "
        "l'ambassadeur d'Espagne, Javier Ortiz Molina."
    ).meetings
    assert meeting.parties == ["ES", "MR"]
