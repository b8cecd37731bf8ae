"""Classes the world cases still left open (fix42). Every sentence invented, none of them an eval case's."""

from __future__ import annotations

import pytest
from support import read_offline

from communique.backends.rules import people


@pytest.mark.parametrize(
    "text",
    [
        "The Chief Constable of Westmark, Oliver Brandt, met the Commissioner of Police, Ama Serwaa, at the Police "
        "Headquarters in Tamale on Friday. Brandt arrived in the country on Tuesday and is also expected to meet "
        "the Director of the Criminal Investigations Department, Kofi Boateng.",
        "Le directeur de la police fédérale, Karl Hubner, a été reçu vendredi à Bamako par le ministre de la "
        "Sécurité, Issa Keita. M. Hubner est arrivé mardi au Mali et rencontrera également le directeur de "
        "la police judiciaire, Amadou Diallo.",
    ],
)  # fmt: skip
def test_the_day_of_an_arrival_is_not_that_of_an_encounter_still_expected(text: str) -> None:
    meetings = read_offline(text, "2026-05-09").meetings
    later = next(
        m for m in meetings if any(p.name in {"Kofi Boateng", "Amadou Diallo"} for p in m.participants)
    )
    assert later.date is None


@pytest.mark.parametrize(
    ("text", "day", "host"),
    [
        ("The Commissioner General of the Lesotho Mounted Police Service, Thabo Mokoena, on 14 April visited the "
         "Botswana Police Service. Mokoena, who is in the country to attend the regional crime conference which "
         "opens on Thursday, was received by the Commissioner of Police, Keabetswe Dintwe.",
         "2026-04-14", "Keabetswe Dintwe"),
        ("The Director of the Malawi Police Service, Ruth Banda, who is in the capital for the SARPCCO meeting which "
         "begins on Friday, paid a courtesy call on Tuesday on the Inspector General of the Zambia Police, Paul Zulu.",
         "2026-04-14", "Paul Zulu"),
    ],
)  # fmt: skip
def test_the_day_of_the_gathering_that_brought_the_guest_is_not_his_reception_s(
    text: str, day: str, host: str
) -> None:
    meetings = read_offline(text, "2026-04-15").meetings
    received = next(m for m in meetings if any(p.name == host for p in m.participants))
    assert str(received.date) == day
    assert received.kind.value != "conference"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("14 October 2026 – TBILISI, The Minister of Internal Affairs of Georgia, Nino Kapanadze, received on "
         "Tuesday the Interior Minister of Armenia, Aram Petrosyan.",
         "Tbilisi"),
        ("Le 14 octobre 2026, NIAMEY – Le ministre de l'Intérieur du Niger, Moussa Issoufou, a reçu mardi "
         "l'ambassadeur d'Italie, Marco Bellini.",
         "Niamey"),
    ],
)  # fmt: skip
def test_a_dateline_may_give_the_date_before_the_city(text: str, city: str) -> None:
    (meeting,) = read_offline(text, None).meetings
    assert meeting.location.city == city
    assert str(meeting.date) == "2026-10-13"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Le ministre autrichien de l'Intérieur, M. Franz HOLZER, s'est rendu le jeudi 8 octobre 2026 en visite au "
         "Gabon. Arrivé en début de matinée à l'aéroport Léon-Mba, M. Franz HOLZER a été accueilli par M. Paul "
         "NDONG, ministre gabonais de la Sécurité. Le ministre autrichien, accompagné du consul honoraire "
         "d'Autriche, M. Karl WEBER, s'est ensuite entretenu à Libreville avec son homologue sur la lutte contre "
         "le trafic de drogue.",
         "Libreville"),
        ("The Finnish Minister of the Interior, Aino Virtanen, travelled to Kenya on Thursday 8 October 2026. "
         "Arriving at Jomo Kenyatta airport in the morning, Ms Virtanen was welcomed by the Kenyan Cabinet "
         "Secretary for Interior, Peter Mwangi. The Finnish minister, accompanied by the Finnish Ambassador to "
         "Kenya, Ms Liisa Koskinen, then held talks in Nairobi with her counterpart on drug trafficking.",
         "Nairobi"),
    ],
)  # fmt: skip
def test_a_welcome_on_arrival_then_the_talks_are_one_visit(text: str, city: str) -> None:
    (meeting,) = read_offline(text, "2026-10-09").meetings
    assert meeting.kind.value == "official_visit"
    assert str(meeting.date) == "2026-10-08"
    assert meeting.location.city == city
    assert "drug_trafficking" in meeting.topics
    assert len([p for p in meeting.participants if p.name]) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Annual report: the Police Service in figures\n\nThe Commissioner of Police, Mark Tembo, presented the "
        "annual crime statistics on Wednesday at police headquarters in Ndola.\n\nDuring the year, the Service held "
        "14 working meetings with foreign counterparts, including the Malawi Police and the Tanzania Police Force, "
        "and signed two memoranda of understanding.",
        "Bilan annuel de la Police nationale\n\nLe directeur général de la Police nationale, Jean Ouedraogo, a "
        "présenté mercredi à Bobo-Dioulasso le bilan de l'année écoulée. Au cours de l'année, la police a tenu 12 "
        "réunions de travail avec ses homologues du Mali et du Niger et a signé trois accords de coopération.",
    ],
)  # fmt: skip
def test_a_yearly_review_counting_meetings_is_no_meeting_report(text: str) -> None:
    assert not read_offline(text, "2026-01-15").is_meeting_report


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # an agency's name longer than the usual acronym, in brackets after the city
        ("Dakar (Inforpress) – The Minister of Interior of Senegal, Moussa Diop, held talks on Tuesday with his "
         "Cabo Verdean counterpart, Carlos Tavares.",
         "Dakar"),
        # the city in capitals, its country maybe, and the day, closed by a full stop
        ("BISHKEK, Kyrgyzstan, October 13. The Minister of Internal Affairs of Kyrgyzstan, Ulan Niyazbekov, received "
         "on Tuesday the Interior Minister of Kazakhstan, Yerzhan Sadenov.",
         "Bishkek"),
        ("BISHKEK, October 13. The Minister of Internal Affairs of Kyrgyzstan, Ulan Niyazbekov, received on Tuesday "
         "the Interior Minister of Kazakhstan, Yerzhan Sadenov.",
         "Bishkek"),
    ],
)  # fmt: skip
def test_wire_datelines_of_other_agencies_place_the_meeting(text: str, city: str) -> None:
    (meeting,) = read_offline(text, "2026-10-15").meetings
    assert meeting.location.city == city


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Minister of Interior, Omar Khaled, received on Monday his Tunisian counterpart, Sami Ferchichi, who is "
         "visiting Jordan with a security delegation.",
         "JO"),
        ("The Minister of Interior, Omar Khaled, received on Monday his Tunisian counterpart, Sami Ferchichi, "
         "currently visiting Jordan at the head of a delegation.",
         "JO"),
    ],
)  # fmt: skip
def test_the_country_a_guest_is_visiting_places_the_meeting(text: str, country: str) -> None:
    (meeting,) = read_offline(text, "2026-10-15").meetings
    assert meeting.location.country == country


def test_a_visiting_delegation_of_a_country_does_not_place_the_meeting_there() -> None:
    text = (
        "In a meeting with a visiting Canadian parliamentary delegation, Interior Minister Rashid Amin called for "
        "closer cooperation against terrorism in Lahore on Tuesday."
    )
    (meeting,) = read_offline(text, "2026-10-15").meetings
    assert meeting.location.country != "CA"


@pytest.mark.parametrize(
    "text",
    [
        "The Canadian Ambassador, Louise Tremblay, set out to the Inspector General of Police, Musa Bello, on "
        "Wednesday, the areas in which the embassy can support the force, among them cybercrime investigations. "
        "During the courtesy call, the Defence Attaché, Colonel Mark Wilson, offered places on a peacekeeping "
        "course. The discussions took place at Force Headquarters in Abuja.",
        "The British High Commissioner, Emma Clarke, outlined to the Commissioner of Police, Issa Traoré, on "
        "Wednesday, how her mission could help with cybercrime cases. During the courtesy visit, the Police "
        "Liaison Officer, Tom Reid, offered forensic training.",
    ],
)  # fmt: skip
def test_an_encounter_told_by_another_verb_then_named_by_its_noun(text: str) -> None:
    (meeting,) = read_offline(text, "2026-10-15").meetings
    roles = {p.name: p.role.value for p in meeting.participants}
    assert [roles.get(n) for n in ("Louise Tremblay", "Emma Clarke") if n in roles] == ["guest"]
    assert [roles.get(n) for n in ("Musa Bello", "Issa Traoré") if n in roles] == ["host"]
    assert str(meeting.date) == "2026-10-14"
    assert "cybercrime" in meeting.topics


def test_a_gathering_of_a_region_s_office_holders_is_a_conference() -> None:
    text = (
        "The Minister of Police of Kiribati, the Hon. Tekeeua Tabwebwe, is today leading the Kiribati delegation to "
        "the 7th Regional Police Ministers' Meeting in Apia, Samoa. The ministers will discuss maritime security."
    )
    (meeting,) = read_offline(text, "2026-10-15").meetings
    assert meeting.kind.value == "conference"
    assert meeting.parties == ["KI"]


@pytest.mark.parametrize(
    "members",
    [
        "The delegation comprises of the Commissioner of Police Ioane Teo, the Secretary for Justice Mele Fonua and "
        "the Kiribati High Commissioner Tito Kamoriki.",
        "The delegation includes the Commissioner of Police Ioane Teo, the Secretary for Justice Mele Fonua and "
        "the Kiribati High Commissioner Tito Kamoriki.",
    ],
)  # fmt: skip
def test_a_delegation_told_by_its_members_in_the_present(members: str) -> None:
    text = (
        "The Minister of Police of Kiribati, the Hon. Tekeeua Tabwebwe, is today leading the Kiribati delegation to "
        f"the 7th Regional Police Ministers' Meeting in Apia, Samoa. {members}"
    )
    (meeting,) = read_offline(text, "2026-10-15").meetings
    parties = {p.name: p.party for p in meeting.participants}
    assert parties.get("Ioane Teo") == "KI"
    assert parties.get("Mele Fonua") == "KI"


def test_a_reception_told_by_a_participle_before_its_subject() -> None:
    text = (
        "Reçu mardi par le président béninois Koffi Adjo, le ministre belge de l'Intérieur, Luc Peeters, a plaidé "
        "pour une coopération policière accrue."
    )
    (meeting,) = read_offline(text, "2026-11-12").meetings
    roles = {p.name: p.role.value for p in meeting.participants}
    assert roles == {"Koffi Adjo": "host", "Luc Peeters": "guest"}


def test_a_reception_then_a_further_encounter_on_another_day_are_two() -> None:
    text = (
        "Trois jours au Bénin pour Luc Peeters. Reçu dimanche par le président Koffi Adjo, le ministre belge de "
        "l'Intérieur a rencontré lundi le ministre de la Sécurité, Alain Houngbo, à son cabinet à Cotonou."
    )
    meetings = read_offline(text, "2026-11-12").meetings
    assert [str(m.date) for m in meetings] == ["2026-11-08", "2026-11-09"]
    assert {p.name for p in meetings[0].participants} >= {"Koffi Adjo"}
    assert "Koffi Adjo" not in {p.name for p in meetings[1].participants}
    assert "Alain Houngbo" in {p.name for p in meetings[1].participants}


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("The visitors included the Attorney General Mr Paul Rivière, the Commissioner of Police, Mr Henri Labonne "
         "and Mr Alain Ng.",
         {"Paul Rivière": "Attorney General", "Henri Labonne": "Commissioner of Police"}),
        ("Étaient présents le procureur général M. Paul Rivière, le commissaire de police, M. Henri Labonne et "
         "M. Alain Ng.",
         {"Paul Rivière": "procureur général", "Henri Labonne": "commissaire de police"}),
        # (an office after one already titled, then "and": still his)
        ("Present were Commissioner Mary Jones, Director of Operations, and Superintendent Tom Hale.",
         {"Mary Jones": "Commissioner", "Tom Hale": "Superintendent"}),
    ],
)  # fmt: skip
def test_an_office_between_two_names_is_the_next_one_s_when_the_first_has_his_own(
    text: str, titles: dict[str, str]
) -> None:
    found = {p.name: p.title for p in people.find(text, ["MU"])}
    assert {name: found.get(name) for name in titles} == titles


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre de l'Intérieur, Paul Girard, a reçu mardi place Beauvau son homologue luxembourgeois, Marc Weber.",
        "Le ministre de l'Intérieur, Paul Girard, a reçu mardi au ministère, place Beauvau, son homologue "
        "luxembourgeois, Marc Weber.",
    ],
)  # fmt: skip
def test_a_seat_s_address_the_data_knows_stands_for_its_city(text: str) -> None:
    (meeting,) = read_offline(text, "2026-10-15").meetings
    assert (meeting.location.city, meeting.location.country) == ("Paris", "FR")


def test_a_day_stated_inside_a_stay_is_its_encounter_s_not_the_stay_s() -> None:
    text = (
        "A delegation of the Zambia Police led by the Deputy Inspector General, Mary Banda, arrived in Kenya on "
        "Sunday for a four-day study visit. The delegation was received on Tuesday, October 13, at the National "
        "Police Service headquarters in Nairobi by the Deputy Inspector General, John Otieno."
    )
    (meeting,) = read_offline(text, "2026-10-15").meetings
    assert (str(meeting.date), meeting.end_date) == ("2026-10-13", None)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Police Commissioner Tevita Fifita says the partnership between Tonga and New Zealand is strong. Fifita said "
         "this on return from a two-day meeting (May 4-5) in Auckland with New Zealand Police Commissioner Anne "
         "Harris. Fifita and Harris met at the Royal New Zealand Police College.",
         "Auckland"),
        ("Le directeur général de la police, Amadou Sy, juge le partenariat avec le Mali solide. Amadou Sy l'a dit à "
         "son retour d'une réunion de deux jours, les 4 et 5 mai, à Bamako avec son homologue malien, Moussa Keïta.",
         "Bamako"),
    ],
)  # fmt: skip
def test_a_meeting_told_by_the_one_back_from_it(text: str, city: str) -> None:
    (meeting,) = read_offline(text, "2026-05-08").meetings
    assert meeting.location.city == city
    assert str(meeting.date) == "2026-05-04"
    assert len([p for p in meeting.participants if p.name]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Niamey, le 14 octobre 2026. Le directeur général de la Police nationale, M. Moussa Issa, a reçu mardi en "
        "audience l'attaché de sécurité intérieure de l'ambassade de France, le commandant Paul Martin.",
        "Niamey, 14 October 2026. The Director General of the National Police, Moussa Issa, on Tuesday received the "
        "French embassy's internal security attaché, Commander Paul Martin.",
    ],
)  # fmt: skip
def test_a_dateline_closed_by_a_full_stop_dates_and_places_the_text(text: str) -> None:
    (meeting,) = read_offline(text, None).meetings
    assert (meeting.location.city, str(meeting.date)) == ("Niamey", "2026-10-13")
