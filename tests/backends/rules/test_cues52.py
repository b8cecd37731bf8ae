"""Encounters the offline reader did not find at all, as classes.

1. An encounter announced in the future of a verb the reader knew only in the past: an audience to be granted
   (« accordera une audience à », « va accorder », "will grant an audience to", "is set to grant"), a meal to be given
   (« offrira un déjeuner de travail à », « offriront un dîner en l'honneur de », "will offer a luncheon in honour
   of"). The meal given is no pledge of the host's either: its day and place stay the encounter's.
2. A subject that is an office's acronym alone, as headlines and captions write it: « Le DGSN reçoit
   l'ambassadeur du Japon », in capitals or not, "IGP receives …", "CDS hosts …", "The DG met …" (the person named
   later or not at all). An acronym that receives a thing still tells no encounter.
3. A visit fronted in apposition to the subject: "On a working visit to Pakistan, X met Y", « En visite de travail
   au Niger, X a rencontré Y ». Ruling: the visit is the frame, the encounter is the verb after it ("X met Y"), so
   the meeting is told by that verb and its kind is the verb's (a working meeting, as the spec's convention for an
   audience granted to a guest on a visit); its place is the country visited.

Names, places and dates are invented; the texts are published on 12 March 2026, a Thursday.
"""

from __future__ import annotations

import datetime

import pytest
from support import read_offline

from communique.schema import Analysis, MeetingKind, Role, Status

FR_HOST = "Le ministre togolais de la Sécurité, Yao Agbodjan,"
EN_HOST = "Kenya's Interior Minister, Wanjiru Kamau,"

#: An encounter to come, told by a verb of granting or giving: (opening sentence, the guest's name).
ANNOUNCED = [
    (f"Lomé, le 12 mars 2026 - {FR_HOST} accordera lundi une audience au nouvel ambassadeur du Japon, Hiroshi Tanabe.",
     "Hiroshi Tanabe"),
    (f"Lomé, le 12 mars 2026 - {FR_HOST} va accorder vendredi une audience à son homologue béninois, Codjo Houénou.",
     "Codjo Houénou"),
    (f"Lomé, le 12 mars 2026 - {FR_HOST} offrira lundi un déjeuner de travail à son homologue béninois, Codjo Houénou.",
     "Codjo Houénou"),
    (f"Lomé, le 12 mars 2026 - {FR_HOST} doit offrir lundi un dîner officiel en l'honneur de son homologue nigérien, "
     "Moussa Issoufou.", "Moussa Issoufou"),
    ("Dakar, le 12 mars 2026 - Les autorités sénégalaises offriront jeudi un dîner en l'honneur du ministre malien de la "
     "Sécurité, Modibo Traoré, attendu à Dakar.", "Modibo Traoré"),
    (f"Nairobi, 12 March 2026 - {EN_HOST} is set to grant an audience to the Ambassador of Brazil, Paulo Souza, on Friday.",
     "Paulo Souza"),
    (f"Nairobi, 12 March 2026 - {EN_HOST} will offer a luncheon in honour of her Ugandan counterpart, Peter Okello, "
     "in Nairobi on Friday.", "Peter Okello"),
    (f"Nairobi, 12 March 2026 - {EN_HOST} is due to give a dinner in honour of her Tanzanian counterpart, Juma Mrisho, "
     "on Friday.", "Juma Mrisho"),
]  # fmt: skip


def _only(analysis: Analysis) -> None:
    assert analysis.is_meeting_report and len(analysis.meetings) == 1


@pytest.mark.parametrize(("opening", "guest"), ANNOUNCED, ids=[o[27:70] for o, _ in ANNOUNCED])
def test_an_audience_or_a_meal_to_come_is_an_encounter_announced(opening: str, guest: str) -> None:
    analysis = read_offline(
        f"{opening}\n\nThe two will discuss border security. Les deux évoqueront la sécurité."
    )
    _only(analysis)
    meeting = analysis.meetings[0]
    assert (meeting.kind, meeting.status) == (MeetingKind.WORKING_MEETING, Status.ANNOUNCED)
    assert {p.name: p.role for p in meeting.participants}.get(guest) is Role.GUEST


@pytest.mark.parametrize(
    "opening",
    [
        f"Lomé, le 12 mars 2026 - {FR_HOST} offrira lundi à Lomé un déjeuner de travail à son homologue béninois, "
        "Codjo Houénou.",
        f"Lomé, le 12 mars 2026 - {FR_HOST} va offrir lundi à Lomé un déjeuner de travail à son homologue béninois, "
        "Codjo Houénou.",
    ],
)
def test_a_meal_to_come_keeps_its_day_and_place(opening: str) -> None:
    """The meal is the encounter, no pledge of the host's: its day and place are read as the encounter's."""
    analysis = read_offline(opening)
    _only(analysis)
    meeting = analysis.meetings[0]
    assert meeting.date == datetime.date(2026, 3, 16)
    assert meeting.location is not None and (meeting.location.city, meeting.location.country) == (
        "Lomé",
        "TG",
    )
    assert meeting.outcomes == []


def test_a_pledge_offered_stays_an_outcome() -> None:
    analysis = read_offline(
        "Lomé, le 12 mars 2026 - Le ministre Yao Agbodjan a reçu mardi l'ambassadeur du Japon, Hiroshi Tanabe. "
        "Le Japon offrira vingt véhicules à la police togolaise."
    )
    _only(analysis)
    assert any("véhicules" in o.text for o in analysis.meetings[0].outcomes)


#: A headline or caption whose subject is an office's acronym alone, then a sentence that names no one.
ACRONYM_HEADLINES = [
    "Le DGSN reçoit l'ambassadeur du Japon\n\nLes deux hommes ont évoqué mardi à Rabat la formation des policiers.",
    "LE DGPN REÇOIT L'AMBASSADEUR DU JAPON\n\nLes deux hommes ont évoqué mardi à Lomé la formation des policiers.",
    "Le DGGN accueille l'ambassadrice d'Italie\n\nLa coopération entre gendarmeries a été évoquée mardi à Cotonou.",
    "IGP receives Ambassador of Japan\n\nThe two discussed police training in Accra on Tuesday.",
    "CDS hosts Togolese counterpart\n\nThe two discussed border security in Abuja on Tuesday.",
    "The DG met the Ambassador of Japan in Accra on Tuesday.\n\nThe two discussed police training.",
]


@pytest.mark.parametrize("text", ACRONYM_HEADLINES, ids=[t[:30] for t in ACRONYM_HEADLINES])
def test_an_office_by_its_acronym_alone_meets(text: str) -> None:
    analysis = read_offline(text)
    _only(analysis)
    assert analysis.meetings[0].kind is MeetingKind.WORKING_MEETING


@pytest.mark.parametrize(
    "text",
    [
        "NDLEA receives 20 vehicles from Japan\n\nThe vehicles will help the agency fight drug trafficking, the agency "
        "said on Tuesday.",
        "FBI receives tip on smuggling ring\n\nThe agency said on Tuesday that the tip came from Togo.",
        "Le DGSN reçoit un don de matériel du Japon\n\nLe lot comprend vingt véhicules, a indiqué mardi la Sûreté "
        "nationale.",
    ],
)
def test_an_acronym_that_receives_a_thing_meets_no_one(text: str) -> None:
    assert not read_offline(text).is_meeting_report


#: A visit fronted in apposition to the subject: (text, the country visited, the encounter's verb, the visitor, his
#: host). The visitor is the subject, a guest, however bare his name: the country visited is not his.
FRONTED_VISITS = [
    ("Islamabad, 12 March 2026 - On a working visit to Pakistan, Ghana's Inspector General of Police, Kofi "
     "Dankwa-Mensah, met Pakistan's Interior Minister, Ahmed Rashid, on Tuesday.", "PK", "met", "Kofi Dankwa-Mensah",
     "Ahmed Rashid"),
    ("On a three-day official visit to Pakistan, the Director General of Ghana's Narcotics Control Commission, Ama "
     "Boateng, held talks with Interior Minister Ahmed Rashid on Tuesday.", "PK", "held talks", "Ama Boateng",
     "Ahmed Rashid"),
    ("On a working visit to Sri Lanka, Tomas Lindqvist met Ranjith Perera on Monday.", "LK", "met", "Tomas Lindqvist",
     "Ranjith Perera"),
    ("Niamey, le 12 mars 2026 - En visite de travail au Niger, le ministre togolais de la Sécurité, Yao Agbodjan, a "
     "rencontré mardi son homologue nigérien, Moussa Issoufou.", "NE", "a rencontré", "Yao Agbodjan", "Moussa Issoufou"),
    ("En visite officielle au Niger depuis lundi, le ministre togolais de la Sécurité, Yao Agbodjan, a été reçu mardi "
     "par son homologue nigérien, Moussa Issoufou.", "NE", "a été reçu", "Yao Agbodjan", "Moussa Issoufou"),
    ("En mission au Tchad, Paul Ekotto s'est entretenu lundi avec Idriss Mahamat.", "TD", "s'est entretenu",
     "Paul Ekotto", "Idriss Mahamat"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "country", "verb", "visitor", "host"), FRONTED_VISITS, ids=[t[0][:40] for t in FRONTED_VISITS]
)
def test_a_fronted_visit_frames_the_encounter_told_after_it(
    text: str, country: str, verb: str, visitor: str, host: str
) -> None:
    body = f"{text}\n\nThe two discussed drug trafficking."
    analysis = read_offline(body)
    _only(analysis)
    meeting = analysis.meetings[0]
    assert meeting.kind is MeetingKind.WORKING_MEETING
    assert meeting.location is not None and meeting.location.country == country
    roles = {p.name: p.role for p in meeting.participants}
    assert (roles.get(visitor), roles.get(host)) == (Role.GUEST, Role.HOST)
    # the meeting is told by the verb after the visit, not by the visit's words
    (span,) = (s for s in analysis.spans if s.field == "meetings[0]")
    told = body[span.start : span.end]
    assert told.lower().startswith(verb.split(maxsplit=1)[0]) and "visit" not in told.lower()


#: A visit in apposition to a side, after a comma, inside the sentence that tells the encounter by other words:
#: (text, host, guest). The visit is the guest's stay; the encounter is the talks or the reception.
APPOSED_VISITS = [
    ("Dakar, le 12 mars 2026 - Un entretien entre la ministre de l'Intérieur, Aïssatou Diallo, et le ministre malien "
     "de la Sécurité, Oumar Keïta, en visite de travail à Dakar, a eu lieu mardi à Dakar.", "Aïssatou Diallo",
     "Oumar Keïta"),
    ("Dakar, le 12 mars 2026 - La ministre de l'Intérieur, Aïssatou Diallo, et le ministre malien de la Sécurité, "
     "Oumar Keïta, en visite officielle à Dakar, ont eu un entretien mardi à Dakar.", "Aïssatou Diallo", "Oumar Keïta"),
    ("Abidjan, le 12 mars 2026 - Le ministre guinéen de la Sécurité, Sékou Camara, en visite de travail en Côte "
     "d'Ivoire, a été reçu mardi par son homologue ivoirien, Koffi Yao.\n\nCette visite sera suivie de la signature "
     "d'un accord.", "Koffi Yao", "Sékou Camara"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "host", "guest"), APPOSED_VISITS, ids=["entre", "deux sujets", "reçu par"])
def test_a_visit_in_apposition_is_the_guests_stay_not_the_encounter(text: str, host: str, guest: str) -> None:
    analysis = read_offline(text)
    _only(analysis)
    meeting = analysis.meetings[0]
    assert meeting.kind is MeetingKind.WORKING_MEETING
    roles = {p.name: p.role for p in meeting.participants}
    assert (roles.get(host), roles.get(guest)) == (Role.HOST, Role.GUEST)
    (span,) = (s for s in analysis.spans if s.field == "meetings[0]")
    assert "visite" not in text[span.start : span.end]
