"""Classes of misreading found on real French pages not read before (read58fr, the train half of a train/test
split). Every sentence invented."""

from __future__ import annotations

import pytest
from support import only_meeting, read_offline


# an envoy named by the country he serves is received in the country he is posted to: his country is neither the
# host's side nor the place
@pytest.mark.parametrize(
    ("text", "host", "country"),
    [
        (
            "Le ministre de l'Intérieur, Karim Belhadj, a reçu mardi l'ambassadeur des USA, Daniel Prescott. "
            "L'entretien a porté sur le partenariat entre la Tunisie et les États-Unis.",
            "TN",
            "TN",
        ),
        (
            "Le chef de la Police nationale, Hamid Rachidi, a reçu jeudi l'ambassadrice du Canada, Anne Tremblay. "
            "Les échanges ont porté sur la coopération entre le Maroc et le Canada en matière de formation.",
            "MA",
            "MA",
        ),
    ],
)
def test_an_envoy_is_received_where_he_is_posted(text: str, host: str, country: str) -> None:
    meeting = only_meeting(text)
    assert meeting.location.country == country
    assert {p.party for p in meeting.participants if p.role.value == "host"} == {host}


# « SE. » before a name is an honorific: it ends no sentence, is no town and ends no title
@pytest.mark.parametrize(
    ("text", "guest", "title"),
    [
        (
            "Le ministre de l'Intérieur, Hamadou Souley, a accordé vendredi une audience à SE. Ahmed Bouzid, "
            "ambassadeur d'Algérie au Niger.",
            "Ahmed Bouzid",
            "ambassadeur d'Algérie au Niger",
        ),
        (
            "Le ministre de l'Intérieur, Moumin Cheick, s'est entretenu mercredi avec l'ambassadeur du Royaume de "
            "Belgique, SE M. Luc Vandamme, sur la migration irrégulière.",
            "Luc Vandamme",
            "ambassadeur du Royaume de Belgique",
        ),
    ],
)
def test_the_honorific_se(text: str, guest: str, title: str) -> None:
    meeting = only_meeting(text)
    assert meeting.location.city is None
    found = {p.name: p.title for p in meeting.participants}
    assert found.get(guest, "").startswith(title.split(" du ", maxsplit=1)[0].split(" d'", maxsplit=1)[0])
    assert not any(p.title and p.title.endswith(("SE", "SE.")) for p in meeting.participants)


# the one an audience is granted to, named bare after « à », is a person, not a place
def test_an_audience_granted_to_a_bare_name() -> None:
    meeting = only_meeting(
        "Le directeur général de la Sûreté nationale mauritanienne, Mohamed Ould Meguett, a accordé lundi une "
        "audience à Carlos Ortega Ruiz, attaché de sécurité intérieure de l'ambassade d'Espagne."
    )
    assert "Carlos Ortega Ruiz" in {p.name for p in meeting.participants}
    assert set(meeting.parties) == {"ES", "MR"}


# the host country among those a gathering lists is the country it is held in, a side of it
@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Les directeurs des polices judiciaires se réunissent à Lomé les 14 et 15 mai 2026. Des délégations "
            "venues du Ghana, du Bénin et du pays hôte sont attendues.",
            {"BJ", "GH", "TG"},
        ),
        (
            "Les responsables de la lutte contre la cybercriminalité se sont réunis lundi à Niamey pour un "
            "séminaire. Des experts venus du Mali, du Tchad et du pays d'accueil y prennent part.",
            {"ML", "NE", "TD"},
        ),
    ],
)
def test_the_host_country_among_those_listed(text: str, parties: set[str]) -> None:
    assert set(only_meeting(text).parties) == parties


# a country called by its byname is no person
@pytest.mark.parametrize(
    "byname",
    ["le pays des Hommes Intègres", "le pays du Cèdre", "le pays de la Teranga"],
)
def test_a_country_byname_is_no_person(byname: str) -> None:
    record = read_offline(
        "Le ministre de la Sécurité, Issouf Kaboré, a reçu mardi à Ouagadougou l'ambassadeur du Ghana, Kwame "
        f"Osei. Les deux parties ont échangé sur le renforcement des liens entre {byname} et le Ghana."
    )
    names = {p.name for m in record.meetings for p in m.participants}
    assert names == {"Issouf Kaboré", "Kwame Osei"}
