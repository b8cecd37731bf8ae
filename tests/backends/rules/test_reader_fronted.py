"""A visit qualified by its manner, a host named in a fronted participle, a surname after a rank in
lower case, and names and places written as hashtags (the 27th reading's D3 and D16 classes and their
neighbours); every sentence is invented."""

from __future__ import annotations

import pytest
from support import read_offline

from communique.backends.rules import people
from communique.backends.rules.cues import Relation
from communique.backends.rules.encounters import _meeting_cue
from communique.ingest import read_bytes


@pytest.mark.parametrize("manner", ["expresse", "éclair", "officielle", "surprise"])
def test_a_working_visit_of_any_manner_is_a_visit(manner: str) -> None:
    sentence = f"Le ministre togolais Koffi Mensah Agbo a séjourné trois heures à Cotonou, mardi, pour une visite {manner} de travail."
    cue = _meeting_cue(sentence)
    assert cue is not None and cue[0] is Relation.VISITS


@pytest.mark.parametrize(
    "sentence",
    [
        "Accueilli par le ministre de l'Intérieur, M. Paul Mba Ondo, le visiteur a fait le tour des services.",
        "Reçue à Dakar par le directeur général, Mme Awa Diop Fall, la délégation a visité l'école de police.",
        "Welcomed by the Commissioner, Mr Tevita Fifita, the delegation toured the command centre.",
    ],
)
def test_a_host_named_in_a_fronted_participle_receives(sentence: str) -> None:
    cue = _meeting_cue(sentence)
    assert cue is not None and cue[0] is Relation.RECEIVED


def test_a_participle_inside_the_sentence_is_not_read_as_fronted() -> None:
    # (a parcel received by post opens no encounter)
    assert _meeting_cue("Le colis, reçu par la poste lundi, contenait des documents.") is None


def test_hashtags_are_read_as_the_words_they_mark() -> None:
    source = read_bytes(
        "---\npublished: 2026-04-22\n---\n#FLASH : le ministre de l'Intérieur, M. Paul #Mba Ondo, a reçu ce "
        "mercredi à #Libreville son homologue congolais. Voir https://example.org/page#Section.\n".encode()
    )
    assert "M. Paul Mba Ondo" in source.text and "à Libreville" in source.text
    assert "page#Section" in source.text  # (a link's anchor is no hashtag)


def test_a_manner_visit_with_its_host_in_a_fronted_participle_names_both() -> None:
    analysis = read_offline(
        "Le ministre camerounais délégué à la Défense, Luc Mbarga Essomba, a séjourné quatre heures à Malabo, "
        "jeudi, pour une visite éclair de travail avec son homologue équato-guinéen. Accueilli par le ministre "
        "de la Défense, M. Pedro Nguema Mba, les deux délégations ont parlé de la frontière.",
        "2026-06-12",
    )
    assert analysis.is_meeting_report
    (meeting,) = analysis.meetings
    assert {p.name for p in meeting.participants} == {"Luc Mbarga Essomba", "Pedro Nguema Mba"}
    assert meeting.date is not None and meeting.date.isoformat() == "2026-06-11"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le lieutenant-colonel Garnier a reçu mardi à Pau une délégation de la Guardia civil espagnole.",
            {"Garnier"},
        ),
        (
            "Le général Traoré a reçu mardi à Bamako son homologue nigérien, le général Abdou.",
            {"Traoré", "Abdou"},
        ),
        (
            "Le commissaire divisionnaire Lebrun s'est entretenu lundi à Lille avec son homologue belge.",
            {"Lebrun"},
        ),
    ],
)
def test_a_surname_after_a_rank_in_lower_case_is_a_name(text: str, expected: set[str]) -> None:
    (meeting,) = read_offline(text, "2026-06-12").meetings
    assert {p.name for p in meeting.participants} == expected


def test_a_common_word_after_a_rank_is_no_name() -> None:
    analysis = read_offline(
        "Le général Directeur de la police a reçu mardi à Niamey une délégation du Tchad.", "2026-06-12"
    )
    assert all(p.name is None for m in analysis.meetings for p in m.participants)


@pytest.mark.parametrize(
    "verb", ["is due to meet", "is expected to meet", "is scheduled to meet", "is to meet"]
)
def test_a_further_encounter_told_as_due_is_announced(verb: str) -> None:
    analysis = read_offline(
        "Minister of the Interior, Andrei Popescu, has met in Yerevan with the President of Armenia, Armen "
        f"Sarkissian. Later in the visit the delegation {verb} the Minister of Internal Affairs of Armenia, "
        "Vahe Ghazaryan.",
        "2026-06-12",
    )
    assert [m.status.value for m in analysis.meetings] == ["held", "announced"]
    assert {p.name for p in analysis.meetings[1].participants} >= {"Vahe Ghazaryan"}


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Pieter Janssens en sa qualité de directeur général adjoint de la police fédérale a fait le point.",
            "directeur général adjoint de la police fédérale",
        ),
        (
            "Ruth Ochieng, in her capacity as Chair of the committee, opened the session.",
            "Chair of the committee",
        ),
    ],
)
def test_the_office_one_acts_in_is_a_title(sentence: str, title: str) -> None:
    (person,) = people.find(sentence, frozenset())
    assert person.title == title


@pytest.mark.parametrize(
    "last",
    [
        "Deputy Minister Farah Qureshi also sat in.",
        "Le secrétaire général, Karim Bensaïd, a également assisté à l'entretien.",
    ],
)
def test_one_who_sat_in_on_the_talks_took_part(last: str) -> None:
    analysis = read_offline(
        "Interior Minister Omar Siddiqui met the visiting US envoy, Mark Dalton, in Islamabad on Monday. "
        "Talks covered counter-terrorism. " + last,
        "2026-06-12",
    )
    (meeting,) = analysis.meetings
    named = {p.name for p in meeting.participants}
    assert {"Omar Siddiqui", "Mark Dalton"} <= named and len(named) == 3


def test_the_delegation_introduced_by_its_leader_is_his_after_the_day_and_place() -> None:
    analysis = read_offline(
        "Une délégation de la police fédérale belge, conduite par le commissaire Jan Peeters, séjourne à Niamey "
        "depuis lundi. Le mercredi 10 juin 2026, à l'hôtel Gaweye, la délégation belge a eu une séance de "
        "travail avec le ministre de l'Intérieur, Moussa Issoufou Sani.",
        "2026-06-12",
    )
    (meeting,) = analysis.meetings
    assert {p.name for p in meeting.participants} == {"Jan Peeters", "Moussa Issoufou Sani"}
    assert meeting.location is not None and meeting.location.city == "Niamey"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Hier, les gendarmes de l'Ariège ont accueilli des officiers de la Guardia civil. La réunion s'est "
            "déroulée à Tarascon au mess de la gendarmerie.",
            "Tarascon",
        ),
        (
            "This week, Commissioner Laura Brennan hosted a delegation from Quebec in Plattsburgh.",
            "Plattsburgh",
        ),
    ],
)
def test_a_town_the_tables_do_not_know_places_the_meeting(text: str, city: str) -> None:
    (meeting,) = read_offline(text, "2026-06-12").meetings
    assert meeting.location is not None and meeting.location.city == city


@pytest.mark.parametrize(
    "text",
    [
        "Commissioner Laura Brennan hosted a delegation from Quebec in March.",
        "Commissioner Laura Brennan hosted a delegation from Quebec in Room 12.",
        "Commissioner Laura Brennan hosted a delegation from Quebec in Burlington Town Hall.",
    ],
)
def test_a_month_a_numbered_room_or_a_longer_name_is_no_town(text: str) -> None:
    (meeting,) = read_offline(text, "2026-06-12").meetings
    assert meeting.location is None or meeting.location.city is None
