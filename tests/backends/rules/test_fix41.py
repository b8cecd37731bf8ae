"""Classes the 31st reading left open. Every sentence invented, none of them an eval case's."""

from __future__ import annotations

import pytest
from support import read_offline


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le Ministre de l'Administration du Territoire a reçu jeudi l'ambassadeur d'Italie. Les deux hommes ont "
         "parlé de la lutte contre le trafic de migrants. Au terme de l'audience, le Ministre Sékou Traoré "
         "a remercié son hôte pour l'appui de son pays.",
         "Sékou Traoré"),
        ("The Minister of Internal Affairs received the Head of the Japanese cooperation agency on Tuesday. "
         "They discussed police training. Closing the talks, Minister Amara Kollie thanked the guests for "
         "their support.",
         "Amara Kollie"),
    ],
)  # fmt: skip
def test_the_unnamed_host_is_named_later_by_his_bare_office(text: str, name: str) -> None:
    (meeting,) = read_offline(text, "2026-05-08").meetings
    hosts = [p for p in meeting.participants if p.role.value == "host"]
    assert [p.name for p in hosts] == [name]
    assert hosts[0].title and hosts[0].title.split()[0].lower() in {"minister", "ministre"}


def test_a_bare_office_naming_two_people_names_no_one() -> None:
    text = (
        "Le Ministre de la Sécurité a reçu lundi une délégation de la police belge. Le Ministre Alpha Bangoura "
        "avait reçu la même délégation l'an passé, et le Ministre Fodé Camara l'année d'avant."
    )
    (meeting,) = read_offline(text, "2026-05-08").meetings
    assert all(p.name is None for p in meeting.participants if p.role.value == "host")


def test_a_guest_named_by_the_bare_office_is_not_the_unnamed_host() -> None:
    text = (
        "The Minister of Internal Affairs received Minister Kwame Asante of Ghana on Tuesday in Monrovia. "
        "They discussed border security."
    )
    (meeting,) = read_offline(text, "2026-05-08").meetings
    names = [p.name for p in meeting.participants]
    assert names.count("Kwame Asante") == 1


def test_a_town_the_text_places_in_another_country_than_its_namesake() -> None:
    # Kingston is also Jamaica's capital; the text places its own in Canada, and the chief of its police is Canadian
    text = (
        "Officers of the Kingston Police Service in Ontario, Canada, and of the Michigan State Police met on "
        "Wednesday at Kingston Police headquarters to discuss firearms trafficking. The meeting took place when "
        "the new Michigan State Police district commander, Captain Lena Hollis, was introduced to the Kingston "
        "Police Chief, Marc Gagnon."
    )
    (meeting,) = read_offline(text, "2026-05-08").meetings
    assert meeting.location.country == "CA"
    assert "JM" not in meeting.parties
    assert {p.name: p.party for p in meeting.participants}.get("Marc Gagnon") == "CA"


def test_a_town_force_placed_in_its_country_gives_its_officers_that_country() -> None:
    text = (
        "Police officers from Mwanza Police Station in Malawi and Chikwawa Police Station in Mozambique met on "
        "Friday to plan joint patrols along the border. The meeting took place when the new Commander for "
        "Chikwawa Police Station, Rosa Tembe, was introduced to the Station Officer for Mwanza Police Station, "
        "Peter Banda."
    )
    (meeting,) = read_offline(text, "2026-05-08").meetings
    assert meeting.location.country == "MW"
    sides = {p.name: p.party for p in meeting.participants}
    assert sides.get("Peter Banda") == "MW" and sides.get("Rosa Tembe") == "MZ"
    assert "TZ" not in meeting.parties


@pytest.mark.parametrize(
    "text",
    [
        "Le directeur général de la police, le général Karim Belaid, a annoncé hier la création d'un centre régional "
        "de formation, lors d'une conférence de presse animée en marge de la clôture de la réunion des chefs de "
        "police sahéliens. Il a qualifié la réunion de succès, avec 60 délégués de douze pays.",
        "The Inspector General of Police, Samuel Otieno, announced a new regional cybercrime desk yesterday, "
        "speaking to reporters at the close of the East African police chiefs' conference. He said 14 countries "
        "had taken part.",
    ],
)
def test_what_a_chief_said_at_the_close_of_a_meeting_reports_it(text: str) -> None:
    draft = read_offline(text, "2026-05-08")
    assert draft.is_meeting_report
    assert any(p.name for m in draft.meetings for p in m.participants)


def test_a_new_chief_s_session_with_his_own_aides_set_before_it_is_no_meeting() -> None:
    text = (
        "La salle est pleine d'officiers. Les commissaires principaux sont réunis pour une séance de travail "
        "spéciale. Entouré de ses plus proches collaborateurs, dont le secrétaire général, Paul Ndongo, le "
        "directeur général de la police, Étienne Mballa, livre ses consignes.\n« Cette réunion, affirme le nouveau "
        "directeur, répond aux mesures que j'ai prises pour moderniser la police » Comme il le dira lui-même, la "
        "séance de travail, tenue mardi dernier, est la première depuis sa nomination en mars. Elle suit les "
        "audiences accordées dès son arrivée à plusieurs chefs de service."
    )
    assert not read_offline(text, "2026-05-08").is_meeting_report


def test_an_encounter_reported_in_a_spokesman_s_quote_is_placed_by_it() -> None:
    text = (
        "“Today the Minister of the Interior of Ghana, Kofi Mensah, and the Minister of Security of Togo, "
        "Yao Agbeko, held talks in Lomé,” said the ministry spokesperson Ama Dzifa. They discussed cross-border "
        "crime."
    )
    (meeting,) = read_offline(text, "2026-05-08").meetings
    assert meeting.location.city == "Lomé"


def test_a_quoted_meeting_to_come_does_not_place_the_one_reported() -> None:
    text = (
        "The Minister of the Interior of Ghana, Kofi Mensah, received the Minister of Security of Togo, Yao Agbeko, "
        "in Accra on Monday. “We will hold talks again in Lomé in June,” said Mr Mensah."
    )
    (meeting,) = read_offline(text, "2026-05-08").meetings
    assert meeting.location.city == "Accra"
