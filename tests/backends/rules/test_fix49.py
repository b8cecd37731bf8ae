"""Classes of misreading found on real texts by read46-read48, left open (fix49). Every sentence invented."""

from __future__ import annotations

import pytest
from support import read_offline

from communique.schema import Meeting, Participant, Role, Status


def _person(meeting: Meeting, name: str) -> Participant:
    return next(p for p in meeting.participants if p.name == name)


def _holding(text: str, name: str) -> Meeting:
    """The meeting of ``text`` that names ``name``."""
    return next(m for m in read_offline(text).meetings if name in {p.name for p in m.participants})


# 8. a country named only as where the visitor met someone of a third country is no party, and no one hosts there
@pytest.mark.parametrize(
    ("text", "visitor", "met", "place", "side"),
    [
        ("During her working visit to Kenya, Interior Minister Anna Lind met on Thursday with her Ugandan "
         "counterpart, Paul Okello. They discussed cattle rustling.", "Anna Lind", "Paul Okello", "KE", "UG"),
        ("Lors de sa visite officielle au Sénégal, le ministre de l'Intérieur Karim Diallo s'est entretenu jeudi "
         "avec son homologue gambien, Lamin Jallow.", "Karim Diallo", "Lamin Jallow", "SN", "GM"),
    ],
)  # fmt: skip
def test_a_country_only_visited_is_no_party_and_hosts_no_one(
    text: str, visitor: str, met: str, place: str, side: str
) -> None:
    meeting = _holding(text, met)
    assert place not in meeting.parties and side in meeting.parties
    assert _person(meeting, met).role is Role.PARTICIPANT
    assert _person(meeting, visitor).role is Role.GUEST


@pytest.mark.parametrize(
    "text",
    [
        "During her working visit to Kenya, Interior Minister Anna Lind met on Thursday with her Kenyan counterpart, "
        "Paul Kamau.",
        "Lors de sa visite officielle au Sénégal, le ministre de l'Intérieur Karim Diallo s'est entretenu jeudi avec "
        "son homologue sénégalais, Moussa Ndiaye.",
    ],
)
def test_the_visited_countrys_own_people_still_host(text: str) -> None:
    meeting = read_offline(text).meetings[0]
    assert any(p.role is Role.HOST for p in meeting.participants)


# 3. the day one says something on is not the day of the encounter his words tell, in that sentence or the next
@pytest.mark.parametrize(
    "text",
    [
        "The Minister of Security, Ruth Banda, said on Thursday that she had met her Malawian counterpart, George "
        "Phiri, in Lilongwe to discuss cattle rustling.",
        "The Minister of Security, Ruth Banda, told reporters on Thursday that she had held talks with her Malawian "
        "counterpart, George Phiri, in Lilongwe.",
        "Le ministre de la Sécurité, Rémi Sawadogo, a déclaré jeudi qu'il avait rencontré son homologue malien, "
        "Oumar Keïta, à Bamako. Les deux ministres ont évoqué la lutte contre le terrorisme.",
        "The Inspector-General, Ruth Banda, said on Thursday that border crime was falling. She met her Malawian "
        "counterpart George Phiri in Lilongwe to discuss cattle rustling.",
        "Le directeur général, Rémi Sawadogo, a indiqué jeudi que la criminalité reculait. Il a rencontré son "
        "homologue malien Oumar Keïta à Bamako pour évoquer le terrorisme.",
    ],
)  # fmt: skip
def test_the_day_of_a_saying_does_not_date_the_encounter_it_tells(text: str) -> None:
    analysis = read_offline(text)
    assert analysis.is_meeting_report
    assert analysis.meetings[0].date is None


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre de la Sécurité, Rémi Sawadogo, a reçu jeudi son homologue malien Oumar Keïta, a indiqué le "
        "ministère.",
        "The Minister of Security, Ruth Banda, met on Thursday her Malawian counterpart George Phiri in Lilongwe, the "
        "ministry said.",
    ],
)
def test_the_encounter_told_on_the_day_keeps_it(text: str) -> None:
    assert read_offline(text).meetings[0].date is not None


# 7. a page pasted as one line: the headline runs into the wire's dateline and the text
@pytest.mark.parametrize(
    ("text", "city", "day"),
    [
        ("Security Minister hosts Malawian counterpart LUSAKA, March 11 (ZNBC) - The Minister of Security, Ruth "
         "Banda, on Tuesday received her Malawian counterpart, George Phiri, to discuss cattle rustling.", "Lusaka",
         "2026-03-10"),
        ("Le ministre de la Sécurité reçoit son homologue malien OUAGADOUGOU, 11 mars (AIB) - Le ministre de la "
         "Sécurité, Rémi Sawadogo, a reçu mardi son homologue malien, Oumar Keïta, pour évoquer le terrorisme.",
         "Ouagadougou", "2026-03-10"),
    ],
)  # fmt: skip
def test_a_headline_run_into_the_dateline_is_read_apart(text: str, city: str, day: str) -> None:
    meeting = read_offline(text).meetings[0]
    assert all(p.name for p in meeting.participants)  # (the headline's office is no one at it)
    assert meeting.location is not None and meeting.location.city == city
    assert str(meeting.date) == day


# 5. "talks between A and B": the side whose country holds the place hosts, whichever is named first; none if no one's
@pytest.mark.parametrize(
    ("text", "hosts"),
    [
        ("Talks between the Spanish Interior Minister Pedro Ruiz and his French counterpart Luc Martin were held in "
         "Paris on Friday on migration.", {"Luc Martin"}),
        ("Des entretiens entre le ministre espagnol de l'Intérieur Pedro Ruiz et son homologue français Luc Martin ont "
         "eu lieu vendredi à Paris.", {"Luc Martin"}),
        ("Talks between the Spanish Interior Minister Pedro Ruiz and his French counterpart Luc Martin were held in "
         "Menton on Friday.", set()),
        ("Des entretiens entre le ministre espagnol de l'Intérieur Pedro Ruiz et son homologue français Luc Martin ont "
         "eu lieu vendredi à Menton.", set()),
        ("Drug smuggling will be the focus of talks in Menton on Friday between Spain's interior minister Pedro Ruiz "
         "and his French counterpart Luc Martin.", set()),
    ],
)  # fmt: skip
def test_talks_between_two_are_hosted_by_the_places_side(text: str, hosts: set[str]) -> None:
    meeting = read_offline(text).meetings[0]
    assert {p.name for p in meeting.participants if p.role is Role.HOST} == hosts
    assert {p.name for p in meeting.participants} == {"Pedro Ruiz", "Luc Martin"}
    assert meeting.location is not None and meeting.location.country in ({"FR"} if hosts else {None})
    if not hosts:  # (a guest is some host's)
        assert all(p.role is Role.PARTICIPANT for p in meeting.participants)


# 1. a visit told as the subject of what it was for, with no encounter verb
@pytest.mark.parametrize(
    ("text", "visitor", "side"),
    [
        ("LUSAKA, March 10 - The visit of the Malawian Inspector-General of Police, George Phiri, to Lusaka on Monday "
         "was aimed at deepening cooperation against cattle rustling with his Zambian counterpart, Ruth Banda.",
         "George Phiri", "MW"),
        ("The official visit by Malawian Home Affairs Minister George Phiri to Lusaka on Monday sought to strengthen "
         "border security.", "George Phiri", "MW"),
        ("La visite du ministre malien de la Sécurité, Oumar Keïta, à Ouagadougou s'inscrit dans le cadre du "
         "renforcement de la coopération avec son homologue burkinabè, Rémi Sawadogo.", "Oumar Keïta", "ML"),
        ("La visite de travail du directeur général de la police malienne, Oumar Keïta, à Ouagadougou mardi visait à "
         "renforcer la lutte contre le terrorisme.", "Oumar Keïta", "ML"),
    ],
)  # fmt: skip
def test_a_visit_told_as_the_subject_of_its_purpose_is_the_encounter(
    text: str, visitor: str, side: str
) -> None:
    analysis = read_offline(text)
    assert analysis.is_meeting_report
    person = _person(analysis.meetings[0], visitor)
    assert (person.party, person.role) == (side, Role.GUEST)


# 4. an agenda's hour lines are their heading's day, to come when the agenda is for days after its publication
@pytest.mark.parametrize(
    ("text", "day", "status"),
    [
        ("The Minister's engagements for the coming week are as follows.\n\nWednesday 18 March\n\n09:30: Meeting with "
         "Ms Ines Varga, Ambassador of Hungary\n\nThursday 19 March\n\n14:00: Meeting with the Governor of Lusaka",
         "2026-03-18", Status.ANNOUNCED),
        ("Voici l'agenda du ministre pour la semaine à venir.\n\nMercredi 18 mars\n\n09h30 : Entretien avec Mme Ines "
         "Varga, ambassadrice de Hongrie\n\nJeudi 19 mars\n\n14h00 : Visite d'un commissariat", "2026-03-18",
         Status.ANNOUNCED),
        ("Agenda du ministre pour la semaine du 16 au 20 mars 2026\n\n09h30 : Entretien avec Mme Ines Varga, "
         "ambassadrice de Hongrie\n\n14h00 : Visite d'un commissariat", "2026-03-16", Status.ANNOUNCED),
        ("The Minister's engagements last week were as follows.\n\nMonday 9 March\n\n09:30: Meeting with Ms Ines "
         "Varga, Ambassador of Hungary", "2026-03-09", Status.HELD),
    ],
)  # fmt: skip
def test_an_agenda_line_is_its_headings_day(text: str, day: str, status: Status) -> None:
    meeting = _holding(text, "Ines Varga")
    assert (str(meeting.date), meeting.status) == (day, status)


# 2. a speech's speaker named only in its title line is of his publisher's side, and hosts the guest he welcomes
@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        ("Remarks by the Minister of Security, Hon. Ruth Banda, at the opening of the border talks\n\nLilongwe, 10 "
         "March 2026\n\nHonourable Minister,\nLadies and gentlemen,\n\nI am pleased to welcome my Zambian counterpart, "
         "Mr George Phiri, and his delegation to Lilongwe today.\n\nI wish our talks every success.", "Ruth Banda",
         "MW"),
        ("Allocution de M. Rémi Sawadogo, ministre de la Sécurité, à l'ouverture de la réunion frontalière\n\n"
         "Ouagadougou, le 10 mars 2026\n\nMonsieur le Ministre,\nMesdames et Messieurs,\n\nJe suis heureux d'accueillir "
         "aujourd'hui à Ouagadougou mon homologue malien, M. Oumar Keïta.\n\nJe souhaite plein succès à nos travaux.",
         "Rémi Sawadogo", "BF"),
    ],
)  # fmt: skip
def test_a_speakers_title_line_gives_him_his_side(text: str, speaker: str, side: str) -> None:
    person = _person(_holding(text, speaker), speaker)
    assert (person.party, person.role) == (side, Role.HOST)


def test_an_envoys_speech_keeps_no_side_of_the_country_he_is_posted_to() -> None:
    text = (  # (a speaker whose title is an envoy's: the country he speaks in is not his)
        "Remarks by Ambassador Hans Keller at the opening of the police seminar\n\nLilongwe, 10 March 2026\n\n"
        "Honourable Minister,\nLadies and gentlemen,\n\nI am pleased to welcome the Zambian Minister of Security, Mr "
        "George Phiri, to Lilongwe today."
    )
    meeting = _holding(text, "Hans Keller")
    assert _person(meeting, "Hans Keller").party != "MW"


# 6. a guest's companions, their titles naming no country (a unit, a province's force), keep the side they came with
@pytest.mark.parametrize(
    "text",
    [
        "Malawian Inspector-General of Police George Phiri attended the meeting, accompanied by fraud director Peter "
        "Mbewe and Dedza police chief Grace Chirwa, in Lusaka on Tuesday.",
        "The Malawian Inspector-General of Police, George Phiri, accompanied by narcotics director Peter Mbewe and "
        "Dedza district commander Grace Chirwa, met his Zambian counterpart Ruth Banda in Lusaka on Tuesday.",
        "L'inspecteur général de la police malawite, George Phiri, accompagné du directeur des fraudes, Peter Mbewe, et "
        "de Grace Chirwa, a rencontré mardi à Lusaka son homologue zambien, Ruth Banda.",
    ],
)
def test_companions_keep_the_side_they_came_with(text: str) -> None:
    meeting = _holding(text, "George Phiri")
    for name in ("Peter Mbewe", "Grace Chirwa"):
        person = _person(meeting, name)
        assert (person.party, person.role) == ("MW", Role.GUEST)
