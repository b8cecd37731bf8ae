"""Whether a text reports a meeting, who takes part and which sides, as a fifteenth reading of
real communiqués found the reader missing or inventing them; every sentence invented, none of
them an eval case's."""

from __future__ import annotations

import pytest
from support import offline_names, read_offline

from communique.schema import MeetingKind, Role

# -- an encounter named by a noun in an aside, or as what a statement followed -------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Inspector-General of Police said the new radios would reach every border post, in the course of a "
        "working visit to the Chief of Defence Staff, General Amos Kariuki, in Nairobi on Monday.",
        "Le préfet de police, Luc Gautier, a plaidé mardi pour des patrouilles mixtes, lors d'une visite de travail "
        "au commandant de la gendarmerie départementale, le colonel Paul Renaud.",
    ],
)
def test_a_visit_named_in_an_aside_is_a_meeting(text: str) -> None:
    record = read_offline(text, "2026-05-06")
    assert record.is_meeting_report
    assert record.meetings[0].kind is MeetingKind.OFFICIAL_VISIT


@pytest.mark.parametrize(
    "text",
    [
        "The Interior Minister, Mr Kofi Mensah, promised closer ties on coastal patrols after a courtesy call by "
        "the Ambassador of Spain to Ghana, Mr Luis Ortega Blanco, on Monday.",
        "Le ministre de la Sécurité, Adama Traoré, a promis un appui aux garde-côtes, à l'issue d'une visite de "
        "courtoisie de l'ambassadrice d'Italie au Mali, Giulia Ferri, lundi à Bamako.",
    ],
)
def test_a_courtesy_call_told_as_what_words_followed_is_hosted_by_the_subject(text: str) -> None:
    meeting = read_offline(text, "2026-05-06").meetings[0]
    hosts = [p.name for p in meeting.participants if p.role is Role.HOST]
    guests = [p.name for p in meeting.participants if p.role is Role.GUEST]
    assert len(hosts) == 1 and len(guests) == 1
    assert guests[0] in ("Luis Ortega Blanco", "Giulia Ferri")


@pytest.mark.parametrize(
    "text",
    [
        "Interpol's regional bureau concluded the fifth session of its heads of unit on Friday in Harare, with "
        "the Zimbabwean Commissioner-General, Mr Tendai Moyo, in the chair.",
        "La direction de la police judiciaire a achevé vendredi la deuxième réunion du comité technique "
        "franco-belge, présidée par le commissaire Alain Dubois.",
        "The talks were hosted at the Customs House in Suva, where Commissioner Josefa Tuilagi welcomed the "
        "New Zealand delegation.",
        "There were consultations between the Chief of Police, Mr Anil Persad, and the French liaison officer on "
        "the yacht smuggling routes.",
    ],
)
def test_a_body_s_meeting_told_by_its_end_its_host_or_its_consultations_is_a_meeting(text: str) -> None:
    assert read_offline(text, "2026-05-06").is_meeting_report


@pytest.mark.parametrize(
    "text",
    [
        "Chief Superintendent Ana Soares led a delegation of the Portuguese Judicial Police on a study visit to "
        "Cape Verde last week.",
        "Le colonel Issa Diallo a conduit une délégation de la gendarmerie malienne en visite d'étude au Sénégal.",
    ],
)
def test_a_delegation_led_on_a_visit_whatever_it_is_from_is_a_visit(text: str) -> None:
    meeting = read_offline(text, "2026-05-06").meetings[0]
    assert meeting.kind is MeetingKind.OFFICIAL_VISIT
    assert any(p.role is Role.GUEST for p in meeting.participants)


@pytest.mark.parametrize(
    "text",
    [
        "The Home Affairs adviser took part in talks in Dili with the Timorese police commander, Mr Jose "
        "Belo, on Monday.",
        "The Ugandan delegation led talks with the Kenyan Director of Criminal Investigations, Mr Peter Njoroge, "
        "on cattle rustling.",
        "Le chef de la mission, Pierre Laval, a mené des entretiens avec le directeur de la police des frontières, "
        "Ousmane Ba.",
    ],
)
def test_talks_one_took_part_in_or_led_are_a_meeting(text: str) -> None:
    assert read_offline(text, "2026-05-06").is_meeting_report


@pytest.mark.parametrize(
    "text",
    [
        "Le colonel Karim Ouédraogo, commandant de la légion de gendarmerie, reçu en audience ce lundi par le "
        "gouverneur de la région, Jean Sawadogo.",
        "Les policiers nigériens ont salué l'accueil reçu, à la suite de l'audience que leur a accordée le "
        "directeur de la police togolaise, Komi Adjo.",
        "Les retrouvailles entre le ministre gabonais, Paul Ndong, et son homologue équato-guinéen, Juan Obiang, "
        "ont porté sur la frontière.",
        "Les deux ministres ont convenu de patrouiller ensemble, à l'issue d'une réunion de travail avec leurs "
        "experts à Bangui.",
    ],
)
def test_french_audiences_reunions_and_working_meetings_told_without_a_verb_of_meeting(text: str) -> None:
    assert read_offline(text, "2026-05-06").is_meeting_report


# -- what a verb of reception receives may be no one ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The operation, led by Superintendent John Mensah, began after detectives received intelligence that a "
        "cargo of cannabis was on its way to Kumasi.",
        "Les gendarmes ont reçu des renseignements sur un camion suspect et l'ont intercepté à Kaya.",
        "The unit received complaints from residents about the night robberies.",
    ],
)
def test_information_received_is_no_reception(text: str) -> None:
    assert not read_offline(text, "2026-05-06").is_meeting_report


# -- the one a spokesman reports on is the one introduced before ---------------------------------


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        (
            "The Commissioner of Police, Mrs Grace Owusu, has urged landlords to report suspicious tenants. The "
            "police spokesman, ASP Kojo Badu, said in a statement that the commissioner made the call on Tuesday "
            "during a working visit to the Regional Minister, Mr Yaw Boateng.",
            "Grace Owusu",
        ),
        (
            "Le directeur régional de la police, le commissaire Moussa Keita, a invité les transporteurs à "
            "signaler les passagers sans papiers. Le chargé de communication, l'inspecteur Ali Sow, a précisé que "
            "le commissaire s'exprimait lundi lors d'une visite de courtoisie au gouverneur, M. Omar Diop.",
            "Moussa Keita",
        ),
    ],
)
def test_the_spokesman_reports_the_one_introduced_before(text: str, visitor: str) -> None:
    names = offline_names(text)
    assert visitor in names
    assert not {"Kojo Badu", "Ali Sow"} & names
