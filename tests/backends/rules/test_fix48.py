"""Classes of misreading found on real texts by read46 and read47, left open (fix48). Every sentence invented."""

from __future__ import annotations

import pytest
from support import read_offline

from communique.schema import Meeting, Participant, Role


def _person(meeting: Meeting, name: str) -> Participant:
    return next(p for p in meeting.participants if p.name == name)


def _holding(text: str, name: str) -> tuple[Meeting, Participant]:
    """The meeting of ``text`` that names ``name``, and his record there."""
    meeting = next(m for m in read_offline(text).meetings if name in {p.name for p in m.participants})
    return meeting, _person(meeting, name)


# 2. the country after « près (de) » is where an envoy serves, not his side
@pytest.mark.parametrize(
    ("text", "envoy", "side", "host"),
    [
        ("Son Excellence Marco Bellini, Ambassadeur de la République italienne près le Royaume du Maroc, a été reçu "
         "lundi par le Directeur général de la Sûreté nationale, Karim Bennani.", "Marco Bellini", "IT", "Karim Bennani"),
        ("L'ambassadeur du Japon près de la République du Niger, Kenji Sato, a été reçu mardi par le ministre de "
         "l'Intérieur, Issa Moussa.", "Kenji Sato", "JP", "Issa Moussa"),
        ("Son Excellence Lars Nyberg, Ambassadeur du Royaume de Suède près la République du Sénégal, a rendu mardi une "
         "visite de courtoisie au Haut commandant de la Gendarmerie, le général Ousmane Diouf.", "Lars Nyberg", "SE",
         "Ousmane Diouf"),
    ],
)  # fmt: skip
def test_an_envoy_accredited_pres_a_country_is_its_guest(text: str, envoy: str, side: str, host: str) -> None:
    meeting, person = _holding(text, envoy)
    assert (person.party, person.role) == (side, Role.GUEST)
    assert _person(meeting, host).role is Role.HOST


# 1. the one who travelled is a guest, not of the country he went to; its people host
@pytest.mark.parametrize(
    ("text", "visitor", "place", "host"),
    [
        ("The Minister of Interior, Walid Haddad, held a meeting in Jordan on Tuesday with Deputy Prime Minister "
         "Omar Nasser to discuss border security.", "Walid Haddad", "JO", "Omar Nasser"),
        ("Le ministre de l'Intérieur, Walid Haddad, a tenu mardi une réunion en Jordanie avec le vice-Premier "
         "ministre Omar Nasser.", "Walid Haddad", "JO", "Omar Nasser"),
        ("The Minister of Interior, Walid Haddad, met in Jordan on Tuesday with the Director of Public Security, "
         "General Omar Nasser.", "Walid Haddad", "JO", "Omar Nasser"),
    ],
)  # fmt: skip
def test_one_who_travelled_is_no_host_of_the_country_he_went_to(
    text: str, visitor: str, place: str, host: str
) -> None:
    meeting, person = _holding(text, visitor)
    assert person.party != place and person.role is Role.GUEST
    assert _person(meeting, host).role is Role.HOST


@pytest.mark.parametrize(
    "text",
    [
        "Inspector-General of Police Musa Bello attended the meeting, accompanied by the director of narcotics Lim "
        "Wei, in Bangkok on Tuesday.",
        "L'inspecteur général de police Moussa Bello a participé mardi à la réunion à Bangkok, accompagné du "
        "directeur des stupéfiants, Ali Sani.",
    ],
)
def test_one_who_attends_a_meeting_abroad_is_not_its_host(text: str) -> None:
    meeting = read_offline(text).meetings[0]
    assert "TH" not in {p.party for p in meeting.participants}
    assert all(p.role is not Role.HOST for p in meeting.participants)


@pytest.mark.parametrize(
    ("text", "host", "party"),
    [
        ("The Inspector General of Police, Kofi Mensah, on Tuesday held a meeting in Accra with the Ambassador of "
         "Japan, Kenji Sato.", "Kofi Mensah", "GH"),
        ("The Minister of Interior, Rashid Al Hamdan, attended on Wednesday in Abu Dhabi the signing of a memorandum "
         "between the ministry and the Federal Police of Brazil.", "Rashid Al Hamdan", "AE"),
    ],
)  # fmt: skip
def test_one_at_home_still_hosts(text: str, host: str, party: str) -> None:
    _, person = _holding(text, host)
    assert (person.party, person.role) == (party, Role.HOST)


# 9. a given name or a surname of several words alone, after the full name, is the same person
@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("Le ministre de l'Intérieur Faisal Al-Rashid a reçu mardi l'ambassadeur de France, Pierre Martin. M. Faisal "
         "s'est ensuite rendu au siège de la police, où il a été reçu par le directeur Omar Saleh.", "Faisal Al-Rashid"),
        ("Executive Director Karel Van Damme received Minister Paul Kamau on Tuesday. Mr. Karel later met the "
         "Inspector General, John Otieno.", "Karel Van Damme"),
        ("Le directeur exécutif Karel Van Damme a reçu mardi le ministre Paul Kamau. Le directeur exécutif Van Damme "
         "a également rencontré l'inspecteur général John Otieno.", "Karel Van Damme"),
    ],
)  # fmt: skip
def test_a_name_in_part_after_the_full_name_is_the_same_person(text: str, full: str) -> None:
    meetings = read_offline(text).meetings
    assert len(meetings) == 2
    for meeting in meetings:
        assert full in {p.name for p in meeting.participants}
        assert all(p.name for p in meeting.participants)
        assert not any(p.name != full and p.name and p.name in full for p in meeting.participants)


# 3. the day of a departure is not that of the meeting it leads to
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The Inspector-General of Police, Kwame Asante, left Accra on Tuesday for Dakar, where he will meet his "
         "Senegalese counterpart, Moussa Diop, on Thursday.", "Thursday"),
        ("Le ministre de l'Intérieur, Koffi Yao, a quitté Abidjan mardi pour Dakar, où il rencontrera jeudi son "
         "homologue sénégalais, Moussa Diop.", "jeudi"),
        ("The Inspector-General of Police, Kwame Asante, left Accra on Tuesday for Dakar, where he will meet his "
         "Senegalese counterpart, Moussa Diop.", None),
    ],
)  # fmt: skip
def test_the_day_of_a_departure_is_not_the_meetings(text: str, day: str | None) -> None:
    meeting = read_offline(text).meetings[0]
    assert meeting.date_text == day
    assert meeting.location is not None and meeting.location.city == "Dakar"


# 4. one who is somewhere to attend a gathering attends it
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Inspector-General of Police, Kwame Asante, is in Abuja to attend the meeting of West African police "
         "chiefs.", "Kwame Asante"),
        ("The Commissioner of Police, Kofi Mensah, is in Lome this week to take part in the annual conference of "
         "West African police chiefs.", "Kofi Mensah"),
        ("Le directeur général de la police, Ali Sani, est à Niamey pour prendre part à la réunion des chefs de "
         "police de la sous-région.", "Ali Sani"),
    ],
)  # fmt: skip
def test_one_there_to_attend_a_gathering_attends_it(text: str, name: str) -> None:
    analysis = read_offline(text)
    assert analysis.is_meeting_report
    _, person = _holding(text, name)
    assert person.role is not Role.HOST


def test_a_guest_there_for_a_gathering_is_still_received() -> None:
    meeting = read_offline(
        "The Inspector General, Musa Bello, received on Monday the Commissioner of Police of Ghana, Kofi Mensah, who "
        "is in Abuja to attend the meeting of West African police chiefs."
    ).meetings[0]
    assert (_person(meeting, "Musa Bello").role, _person(meeting, "Kofi Mensah").role) == (
        Role.HOST,
        Role.GUEST,
    )


# 6. "Title, Rank Name, Title, Rank Name": each name is bound to the title before it
@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("The Inspector General of Police, Musa Bello, on Tuesday received a delegation of the Ghana Police Service "
         "led by the Director of Operations, Brig. Gen. Kofi Mensah, the Head of Intelligence, Col. Ama Owusu, and the "
         "Director of Training, Supt. Yaw Boateng.",
         {"Kofi Mensah": "Director of Operations", "Ama Owusu": "Head of Intelligence",
          "Yaw Boateng": "Director of Training"}),
        ("Le directeur général de la police, Ali Sani, a reçu mardi une délégation conduite par le directeur des "
         "opérations, le général Kodjo Adje, le chef du renseignement, le colonel Yao Koffi.",
         {"Kodjo Adje": "directeur des opérations", "Yao Koffi": "chef du renseignement"}),
    ],
)  # fmt: skip
def test_each_name_of_a_list_takes_the_title_before_it(text: str, titles: dict[str, str]) -> None:
    meeting = read_offline(text).meetings[0]
    assert {p.name: p.title for p in meeting.participants if p.name in titles} == titles


def test_a_name_of_a_list_takes_no_side_from_the_next_ones_title() -> None:
    meeting = read_offline(
        "The Minister of Interior, Omar Khalil, received on Monday in Amman a delegation. Participating in the meeting "
        "were the Director of Public Security, Major General Sami Nasser, the Advisor to the Iraqi Minister of "
        "Interior, Lieutenant General Ziad Haddad, and the Director of Border Police, Brigadier Adel Khalil."
    ).meetings[0]
    assert _person(meeting, "Sami Nasser").party != "IQ"
    assert _person(meeting, "Ziad Haddad").party == "IQ"


# 7. a town borne as a given name, after a civility or an office, is a person's
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Inspector General of Police, Kofi Mensah, on Tuesday received Ms Sofia Lindqvist, the Swedish "
         "Ambassador.", "Sofia Lindqvist"),
        ("Le ministre de l'Intérieur, Moussa Issoufou, a reçu mardi l'ambassadrice de l'Union européenne, Adelaide "
         "Mensah.", "Adelaide Mensah"),
        ("The Commissioner of Police, Sydney Banda, on Monday received the Ambassador of Japan, Kenji Sato.",
         "Sydney Banda"),
        ("Le directeur général de la police, Valencia Ortiz, a reçu mardi M. Paris Omondi, chef de la police kényane.",
         "Paris Omondi"),
    ],
)  # fmt: skip
def test_a_town_borne_as_a_given_name_is_a_persons(text: str, name: str) -> None:
    assert name in {p.name for m in read_offline(text).meetings for p in m.participants}


def test_a_town_before_a_full_name_is_still_a_place() -> None:
    meeting = read_offline(
        "The minister received on Monday the former police commissioner of Philadelphia Charles Ramsey."
    ).meetings[0]
    assert "Charles Ramsey" in {p.name for p in meeting.participants}


# 5. an encounter told by its noun, its actor after « par » / "by": who grants an audience hosts, who pays a call visits
@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        ("Audience accordée mardi par le ministre de l'Intérieur, Issa Moussa, à l'ambassadeur de France, Pierre "
         "Martin.", "Issa Moussa", "Pierre Martin"),
        ("Courtesy call paid on Thursday by the Ambassador of Japan, Kenji Sato, on the Inspector-General of Police, "
         "Kofi Mensah.", "Kofi Mensah", "Kenji Sato"),
        ("A courtesy call was paid to the Inspector-General of Police, Kofi Mensah, by the Ambassador of Japan, Kenji "
         "Sato, on Tuesday.", "Kofi Mensah", "Kenji Sato"),
        ("A courtesy call was paid on Tuesday by the Ambassador of Japan, Kenji Sato, on the Inspector-General of "
         "Police, Kofi Mensah.", "Kofi Mensah", "Kenji Sato"),
        ("Une visite de courtoisie a été rendue mardi au ministre de l'Intérieur, Issa Moussa, par l'ambassadeur de "
         "France, Pierre Martin.", "Issa Moussa", "Pierre Martin"),
        ("Visite de courtoisie rendue lundi par l'ambassadeur de France, Pierre Martin, au ministre de l'Intérieur, "
         "Issa Moussa.", "Issa Moussa", "Pierre Martin"),
        ("Visite de travail du directeur général de la police nigérienne, Ali Sani, auprès de son homologue togolais, "
         "Kodjo Adje, mardi à Lomé.", "Kodjo Adje", "Ali Sani"),
    ],
)  # fmt: skip
def test_the_actor_of_an_encounter_told_by_its_noun_has_his_side(text: str, host: str, guest: str) -> None:
    meeting = read_offline(text).meetings[0]
    assert (_person(meeting, host).role, _person(meeting, guest).role) == (Role.HOST, Role.GUEST)


# 8. the people of a body at its own seat, visited by another body's, are the body's, not of the country it sits in
@pytest.mark.parametrize(
    "text",
    [
        "The Executive Director of AFRIPOL, Ali Sani, on Tuesday paid a working visit to the ECOWAS Commission in "
        "Abuja, where he was received by the Commissioner for Political Affairs, Peace and Security, Musa Bello.",
        "Le directeur exécutif d'AFRIPOL, Ali Sani, a effectué mardi une visite de travail à la Commission de la "
        "CEDEAO à Abuja, où il a été reçu par le commissaire aux affaires politiques, Musa Bello.",
    ],
)
def test_a_bodys_people_at_its_seat_keep_no_country(text: str) -> None:
    meeting = read_offline(text).meetings[0]
    assert (_person(meeting, "Musa Bello").party, _person(meeting, "Musa Bello").role) == (
        "ECOWAS",
        Role.HOST,
    )
    assert "NG" not in meeting.parties


def test_a_body_the_visit_is_only_set_in_does_not_host() -> None:
    meeting = read_offline(
        "Profitant de son séjour à Lusaka dans le cadre du sommet de la SADC, Ana Lopes, directrice régionale de "
        "l'ONUDC, a effectué mardi une visite de courtoisie auprès du ministre de l'Intérieur, Peter Mwale, à son "
        "bureau."
    ).meetings[0]
    assert _person(meeting, "Peter Mwale").party != "SADC"
    assert "SADC" not in meeting.parties


# 1. (bis) a head of state or government met where he governs is at home: the one who met him came to him
@pytest.mark.parametrize(
    ("text", "visitor", "host", "place"),
    [
        ("Chairman of the Joint Chiefs of Staff General Robert Hale met with Prime Minister Anita Ramdial in Port of "
         "Spain on Monday for talks on security cooperation.", "Robert Hale", "Anita Ramdial", "TT"),
        ("Le général Ali Sani a rencontré lundi à Niamey le président Moussa Issoufou.", "Ali Sani", "Moussa Issoufou",
         "NE"),
    ],
)  # fmt: skip
def test_one_who_meets_a_head_of_state_where_he_governs_is_his_guest(
    text: str, visitor: str, host: str, place: str
) -> None:
    meeting, person = _holding(text, visitor)
    assert person.party != place and person.role is Role.GUEST
    assert (_person(meeting, host).party, _person(meeting, host).role) == (place, Role.HOST)
