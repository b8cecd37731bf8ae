"""Classes of misreading found on real pages not read before (read50, the train half of a train/test split).
Every sentence invented."""

from __future__ import annotations

import pytest
from support import only_meeting, read_offline

from communique.schema import MeetingKind, Role, Status


# a visit told as it begins is a visit
@pytest.mark.parametrize(
    "text",
    [
        "Le commandant de la Garde nationale, le général Sami Ferjani, entame mercredi une visite de deux jours au "
        "Niger pour renforcer la coopération en matière de sécurité des frontières.",
        "Ghana's Inspector-General of Police, Kofi Asante, begins an official visit to Burkina Faso on Wednesday to "
        "discuss the security of their common border.",
        "La directrice de la police fédérale, Anne Keller, a entamé hier une visite en Belgique.",
    ],
)
def test_a_visit_begun_is_a_visit(text: str) -> None:
    meeting = only_meeting(text)
    assert meeting.kind is MeetingKind.OFFICIAL_VISIT
    assert next(p for p in meeting.participants if p.name).role is Role.GUEST


# a gathering of several countries' office-holders, opened by its indefinite article or presided over at its opening
@pytest.mark.parametrize(
    "text",
    [
        "Le ministre de la Sécurité publique, Marc Tessier, a ouvert mardi à Genève une réunion des chefs de police "
        "de sept pays alpins consacrée au trafic d'armes.",
        "En ouvrant jeudi à Lille une rencontre des directeurs de police de quatre pays voisins, le préfet Louis "
        "Garnier a plaidé pour des patrouilles communes.",
        "Deputy Prime Minister Lina Sato presided over the opening of the 9th Annual Meeting of the Pacific Customs "
        "Heads in Suva on Monday.",
    ],
)
def test_a_gathering_opened_is_a_conference(text: str) -> None:
    assert only_meeting(text).kind is MeetingKind.CONFERENCE


# office-holders counted by their countries as the sentence's subject are a conference; not those of an exercise
def test_officers_from_many_countries_are_a_conference() -> None:
    text = (
        "Senior customs and police officers from 11 Caribbean countries on Tuesday began a two-day Interpol "
        "meeting in Kingston on firearms smuggling, said the Jamaica Constabulary's Commissioner, Paul Grant."
    )
    assert only_meeting(text).kind is MeetingKind.CONFERENCE


def test_officers_of_an_exercise_make_no_conference_of_a_reception() -> None:
    text = (
        "President Amina Keita today received in her office the police chiefs who came to watch a border exercise "
        "involving 40 officers from 9 countries of the region."
    )
    assert only_meeting(text).kind is not MeetingKind.CONFERENCE


# a numbered meeting said to be bilateral is of two sides, not a conference
@pytest.mark.parametrize(
    "text",
    [
        "The 14th bilateral meeting between the Zambia Police Service and the Malawi Police Service opened in "
        "Chipata on Tuesday.",
        "La 6ème réunion bilatérale entre la police guinéenne et la police sierra-léonaise s'est tenue mardi à "
        "Conakry.",
    ],
)
def test_a_numbered_bilateral_meeting_is_no_conference(text: str) -> None:
    assert only_meeting(text).kind is MeetingKind.WORKING_MEETING


# a gathering named by its noun, then said to come after the sides it is between
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Border security heads the agenda of the joint commission between the Kenya Police Service and the "
         "Uganda Police Force, to be held Friday in Busia.", "2026-05-15"),
        ("La pêche illicite est au menu de la réunion entre la marine sénégalaise et les garde-côtes gambiens, "
         "qui se tiendra vendredi à Banjul.", "2026-05-15"),
    ],
)  # fmt: skip
def test_a_gathering_to_be_held_is_announced(text: str, day: str) -> None:
    meeting = only_meeting(text)
    assert (meeting.status, str(meeting.date)) == (Status.ANNOUNCED, day)


def test_a_gathering_held_with_a_relative_clause_after_is_held() -> None:
    text = (
        "The meeting between the Kenya Police Service and the Uganda Police Force, which reviewed cattle theft, "
        "was held on Monday in Busia."
    )
    assert only_meeting(text).status is Status.HELD


# a town named as one, which the tables need not know
@pytest.mark.parametrize(
    "text",
    [
        "The two police chiefs, Ali Moyo and Peter Banda, met on Monday in the city of Nkhata to discuss cross-border "
        "theft.",
        "Les deux chefs de police, Ali Moyo et Peter Banda, se sont réunis lundi dans la ville de Nkhata.",
    ],
)
def test_a_town_named_as_a_city_places_the_meeting(text: str) -> None:
    assert only_meeting(text).location.city == "Nkhata"


# a city after a headquarters and its district, or after a conference centre named for it
@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("The Commissioner of Police, Jane Mwale, received the Zambian High Commissioner, Peter Phiri, at the Police "
         "Headquarters, Area 30, Lilongwe, on Monday.", "Lilongwe"),
        ("Le ministre de la Sécurité, Idrissa Kone, a ouvert, le 11 mai 2026, au Centre de conférences des Palmiers "
         "de Bamako, la 5e session du comité des chefs de police.", "Bamako"),
        ("La 5e session du comité des chefs de police s'est ouverte le 11 mai 2026 au Centre de conférences des "
         "Palmiers de Bamako.", "Bamako"),
    ],
)  # fmt: skip
def test_a_city_after_its_venue_places_the_meeting(text: str, city: str) -> None:
    assert only_meeting(text).location.city == city


# the day of the statement that tells the encounter is not the encounter's
@pytest.mark.parametrize(
    "text",
    [
        "In a statement Friday, the Interior Ministry said Minister Sara Costa held talks with the visiting head of "
        "Angola's national police, Commissioner Paulo Neto, on drug trafficking.",
        "In a press release on Friday, the police said Commissioner Sara Costa met the Angolan ambassador, Paulo "
        "Neto, to discuss drug trafficking.",
    ],
)
def test_a_statements_day_does_not_date_the_talks(text: str) -> None:
    assert only_meeting(text).date is None


# two or more who did it together, as one subject, with nothing to say where: no one receives the others
@pytest.mark.parametrize(
    "text",
    [
        "Interior Minister Karl Lang and his Austrian counterpart, Eva Huber, on Friday signed a protocol on the "
        "return of irregular migrants.",
        "Le ministre de la Sécurité Omar Sy et son homologue malien, Moussa Traoré, ont signé vendredi un accord sur "
        "les patrouilles conjointes.",
    ],
)
def test_a_joint_signing_with_no_place_has_no_host(text: str) -> None:
    meeting = read_offline(text, None).meetings[0]
    assert {p.role for p in meeting.participants} == {Role.PARTICIPANT}


def test_a_joint_signing_in_a_place_has_its_host() -> None:
    text = (
        "Interior Minister Karl Lang and his Austrian counterpart, Eva Huber, on Friday signed in Berlin a protocol "
        "on the return of irregular migrants."
    )
    roles = {p.name: p.role for p in read_offline(text, None).meetings[0].participants}
    assert roles == {"Karl Lang": Role.HOST, "Eva Huber": Role.GUEST}
