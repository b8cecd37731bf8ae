"""Classes of misreading found on real French pages not read before (read54fr, the train half of a train/test
split). Every sentence invented."""

from __future__ import annotations

import pytest
from support import offline_names, only_meeting, sides_of

from communique.backends.rules import people


# "May" ends a name after given names: it is a surname there, not the month
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "La ministre britannique de l'Intérieur, Judith May, s'est entretenue mardi à Paris avec son homologue "
            "français, Paul Arnaud, sur la lutte contre les passeurs.",
            "Judith May",
        ),
        (
            "Le commissaire australien Trevor May a été reçu lundi à Suva par le commissaire de police fidjien, "
            "Ratu Tevita Lomani, au sujet du trafic de drogue.",
            "Trevor May",
        ),
    ],
)
def test_may_after_given_names_is_a_surname(text: str, name: str) -> None:
    assert name in offline_names(text)


# a month after a day is still no one's name
def test_may_after_a_day_is_the_month() -> None:
    names = offline_names(
        "On 14 May the Commissioner, John Okello, met the Rwandan Ambassador, Alice Uwase, in Kampala."
    )
    assert not any(name.endswith("May") for name in names)


# an ordinal opening a headline is no one's name: « Première rencontre des … »
@pytest.mark.parametrize(
    "text",
    [
        "Première rencontre des directeurs généraux des douanes de la sous-région",
        "Troisième réunion des chefs de police de l'océan Indien",
    ],
)
def test_an_ordinal_opening_a_headline_is_no_name(text: str) -> None:
    assert not ({"Première", "Troisième"} & offline_names(text))


# an envoy accredited to several countries is of none of them
@pytest.mark.parametrize(
    ("title", "party"),
    [
        ("ambassadeur du Canada au Gabon, au Congo et au Tchad", "CA"),
        ("ambassadrice de Suisse en Côte d'Ivoire, au Liberia et en Sierra Leone", "CH"),
        ("ambassadeur de France en Algérie", "FR"),  # one posting, as before
    ],
)
def test_an_envoy_posted_to_several_countries_is_of_his_own(title: str, party: str) -> None:
    assert people.clean_title(title, [])[2] == party


def test_every_posting_of_an_envoy_is_listed() -> None:
    assert set(people.postings("ambassadeur du Canada au Gabon, au Congo et au Tchad")[1]) == {
        "GA",
        "CG",
        "TD",
    }


# a headline naming two countries by a compound adjective names the meeting's two sides
@pytest.mark.parametrize(
    ("text", "name", "party"),
    [
        (
            "Coopération policière : vers un partenariat ivoiro-ghanéen\n\nLe directeur général de la police, "
            "Yao Koffi, a reçu jeudi l'inspecteur général de la police du Ghana, Kojo Mensah.",
            "Yao Koffi",
            "CI",
        ),
        (
            "Sécurité : rapprochement italo-tunisien sur la migration\n\nLe ministre de l'Intérieur de la Tunisie, "
            "Kamel Feki, s'est entretenu mercredi avec le préfet Marco Bellini.",
            "Marco Bellini",
            "IT",
        ),
    ],
)
def test_a_compound_headline_names_the_unsaid_side(text: str, name: str, party: str) -> None:
    assert sides_of(text)[name][0] == party
    assert len(only_meeting(text).parties) == 2


# a visit named as the frame of the stay or audience told is no encounter: its visitor takes no part
@pytest.mark.parametrize(
    ("text", "framer"),
    [
        (
            "Le ministre de l'Intérieur, Salou Djibo, a reçu lundi à Niamey le vice-ministre algérien de l'Intérieur, "
            "Karim Bouzid. Le séjour du vice-ministre s'inscrit dans le cadre de la visite de travail du ministre "
            "algérien des Affaires étrangères, Nadir Laraba.",
            "Nadir Laraba",
        ),
        (
            "Le directeur général de la police, Idrissa Keita, a reçu jeudi à Bamako le chef de la police judiciaire "
            "turque, Emre Kaya. Cette audience s'inscrivait dans le cadre d'une visite officielle du vice-président "
            "turc, Hakan Demir, au Mali.",
            "Hakan Demir",
        ),
    ],
)
def test_the_visitor_of_a_framing_visit_takes_no_part(text: str, framer: str) -> None:
    names = set(sides_of(text))
    assert framer not in names and len(names) == 2


# a frame that is no visit is still read: « dans le cadre de la signature d'une convention »
def test_a_signing_named_as_the_frame_still_gives_its_sides() -> None:
    meeting = only_meeting(
        "Le ministre de la Sécurité, Moussa Coulibaly, effectue depuis lundi une visite officielle au Qatar. Cette "
        "visite s'inscrit dans le cadre de la signature d'une convention entre le ministère de l'Intérieur du Qatar "
        "et celui de la Sécurité du Mali."
    )
    assert set(meeting.parties) == {"ML", "QA"}


# the French gendarmeries placed with the armed forces are French bodies: their commanders are of France
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le général Alain Royer, commandant la gendarmerie maritime, a rencontré lundi à Lomé le chef d'état-major "
            "de la Marine togolaise, le capitaine de vaisseau Komi Dogbe.",
            "Alain Royer",
        ),
        (
            "Le général Sophie Marchal, commandante de la gendarmerie des transports aériens, a reçu mardi le "
            "directeur de la police de l'air et des frontières du Maroc, Rachid Alami.",
            "Sophie Marchal",
        ),
    ],
)
def test_a_commander_of_a_french_specialised_gendarmerie_is_french(text: str, name: str) -> None:
    assert sides_of(text)[name][0] == "FR"


# a later sentence that names the encounter a working session makes it one, however the opening told the guest's coming
@pytest.mark.parametrize(
    "text",
    [
        "Le directeur de la police judiciaire du Niger, Amadou Issa, était ce mardi au cabinet du ministre de la "
        "Sécurité, Ibrahim Traoré. Il s'est agi d'une séance de travail sur la lutte contre le trafic d'armes.",
        "Le consul du Mali à Abidjan, Oumar Diarra, était jeudi au siège de la police nationale, où l'a reçu le "
        "directeur général, Youssouf Kouyaté. Il s'agissait d'une réunion de travail sur les ressortissants maliens.",
    ],
)
def test_a_session_said_to_be_working_is_a_working_meeting(text: str) -> None:
    assert only_meeting(text).kind == "working_meeting"
