"""Classes of misreading found on real French pages not read before (read61fr, the train half of a train/test
split: Cameroon, Haiti, Réunion, Mauritius, Seychelles, Niger, Congo). Every sentence invented."""

from __future__ import annotations

import pytest
from support import offline_names, only_meeting, read_offline, sides_of


# a unit named in English in a French text, its last word "Team", "Unit" or "Squad", is no one's name ("Rapid
# Response" would pass for one)
@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Le commandant de la gendarmerie, Paul Renaud, a été reçu mardi à Victoria par le commissaire Jean "
            "Morel. Il a assisté à une démonstration de la Rapid Response Team (RRT) de la police.",
            "Jean Morel",
            "Rapid Response",
        ),
        (
            "Le commissaire de police, Anil Doorgah, a reçu jeudi à Port-Louis l'attaché de sécurité intérieure, "
            "Marc Vidal, venu présenter les stages de la Special Support Unit aux officiers.",
            "Marc Vidal",
            "Special Support",
        ),
        (
            "Le chef de la police, Ernest Laporte, a reçu lundi à Victoria l'ambassadeur de France, Luc Bernier, "
            "avant une visite de la Marine Police Squad.",
            "Luc Bernier",
            "Marine Police",
        ),
    ],
)
def test_a_unit_named_in_english_is_no_person(text: str, kept: str, dropped: str) -> None:
    names = offline_names(text)
    assert kept in names
    assert dropped not in names


# a government's own sitting, told after its verb, is no encounter of security actors
@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement s'est réuni mercredi en conseil des ministres pour adopter un projet de loi sur la "
        "police nationale.",
        "Le gouvernement s'est réuni hier à Brazzaville en conseil des ministres, sous la présidence du chef de "
        "l'État, pour examiner la réforme de la gendarmerie.",
        "The government met in cabinet on Tuesday to approve a bill reorganising the national police.",
    ],
)
def test_a_government_sitting_after_its_verb_is_no_meeting(text: str) -> None:
    assert read_offline(text).is_meeting_report is False


# the head of the national police or security named by his initials, with his article, in apposition before his
# name: the initials are his title (not the body where the initials stand for it, « au siège de la DGSN »)
@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Une séance de travail entre la délégation tchadienne et le DGSN, Paul Etoga Mballa, a eu lieu mardi "
            "à Yaoundé.",
            "Paul Etoga Mballa",
            "DGSN",
        ),
        (
            "Le DGPN, Yao Koffi Bamba, a reçu lundi à Abidjan l'ambassadeur d'Italie, Marco Rinaldi.",
            "Yao Koffi Bamba",
            "DGPN",
        ),
        (
            "L'ambassadeur d'Italie en Algérie, Marco Rinaldi, a été reçu lundi au siège de la DGSN à Alger par le "
            "directeur général de la Sûreté nationale, Karim Haddad.",
            "Marco Rinaldi",
            "ambassadeur d'Italie en Algérie",
        ),
    ],
)
def test_the_chief_by_his_initials_in_apposition(text: str, name: str, title: str) -> None:
    titles = {p.name: p.title for p in only_meeting(text).participants}
    assert titles[name] == title


# a visitor said to be on the island (or in the country) to meet its services: a visit under way
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le chef de la police comorienne en visite à La Réunion. Le directeur général de la police comorienne, "
            "Ali Soilihi Mzé, est actuellement dans l'île pour rencontrer les services de l'État chargés de la "
            "sécurité.",
            "Ali Soilihi Mzé",
        ),
        (
            "Le commissaire de police des Seychelles, Paul Hoareau, est à Port-Louis pour rencontrer son homologue "
            "mauricien.",
            "Paul Hoareau",
        ),
    ],
)
def test_on_the_island_to_meet(text: str, name: str) -> None:
    meeting = only_meeting(text)
    assert meeting.kind == "official_visit"
    assert name in {p.name for p in meeting.participants}


# the delegation of an embassy posted to the host country, led by someone: the embassy's country is hers, not the
# one it is posted to
@pytest.mark.parametrize(
    ("text", "name", "party"),
    [
        (
            "Une délégation de l'ambassade néerlandaise en Haïti, conduite par Anneke de Vries, a rencontré lundi "
            "à Port-au-Prince le directeur général de la police, Jean Pierre-Louis.",
            "Anneke de Vries",
            "NL",
        ),
        (
            "Une délégation de l'ambassade d'Allemagne au Cameroun, conduite par Karl Weber, a été reçue mardi à "
            "Yaoundé par le délégué général à la Sûreté nationale, Paul Etoga Mballa.",
            "Karl Weber",
            "DE",
        ),
    ],
)
def test_an_embassy_delegation_leader_is_of_the_embassy(text: str, name: str, party: str) -> None:
    assert sides_of(text)[name][0] == party


# the country a gathering is held in, named as the subject that hosted it: a side of it
@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Le 4 mai, le Niger a abrité à Niamey la réunion des ministres en charge de la sécurité, en présence du "
            "ministre burkinabè de la Sécurité, Adama Zongo, et du ministre malien, Moussa Diarra.",
            "NE",
        ),
        (
            "Le Togo a accueilli mardi à Lomé la réunion des chefs de police de la sous-région, en présence du "
            "directeur de la police béninoise, Jean Houngbo, et de son homologue ghanéen, Kofi Mensah.",
            "TG",
        ),
    ],
)
def test_the_country_that_hosted_is_a_side(text: str, country: str) -> None:
    assert country in only_meeting(text).parties


# visitors named by their nationality as one side of talks between two, the host with his own staff: a meeting, not
# the chief's internal one (which talks between him and his own officials still are)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Une séance de travail entre les Congolais et le commandant en chef des forces de police, Serge Ondo "
            "Mba, entouré de tous ses directeurs centraux, a eu lieu hier à Libreville.",
            "Serge Ondo Mba",
        ),
        (
            "Une séance de travail entre les Equato-guinéens et le délégué général, Martin Ebolo, assisté de ses "
            "directeurs centraux, a eu lieu mardi.",
            "Martin Ebolo",
        ),
    ],
)
def test_visitors_by_nationality_are_outsiders(text: str, name: str) -> None:
    assert name in offline_names(text, "2026-07-10")


def test_talks_with_ones_own_officials_stay_internal() -> None:
    text = (
        "Une séance de travail entre les responsables et le commandant en chef des forces de police, Serge Ondo "
        "Mba, entouré de tous ses directeurs centraux, a eu lieu hier à Libreville."
    )
    assert read_offline(text).is_meeting_report is False
