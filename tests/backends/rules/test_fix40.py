"""Classes the 29th and 30th readings left open, fixed in the offline reader (fix40); every sentence
invented, none of them an eval case's."""

from __future__ import annotations

from support import only_meeting, read_offline

from communique.backends.rules import consolidate
from communique.draft import DraftMeeting
from communique.schema import MeetingKind, Role


def _by_name(meeting):  # type: ignore[no-untyped-def]
    return {p.name: p for p in meeting.participants}


# -- F8: « a visité … où il a été accueilli par … » at home: the visitor is the guest -------------------------


def test_a_minister_visiting_a_directorate_at_home_is_its_guest() -> None:
    meeting = only_meeting(
        "Le ministre malien de la Sécurité, Ibrahim Touré, a visité hier la Direction générale de la police à "
        "Bamako, où il a été accueilli par le directeur général, le contrôleur général Amadou Sangaré.",
        published="2026-08-12",
    )
    people = _by_name(meeting)
    assert people["Ibrahim Touré"].role is Role.GUEST
    assert people["Amadou Sangaré"].role is Role.HOST
    assert people["Amadou Sangaré"].party == "ML"


# -- fr-571: « Accueilli par le ministre …, M. X »: X hosts, whatever office the two share ------------------


def test_the_one_who_welcomed_the_visitor_holds_the_same_office_but_hosts() -> None:
    meeting = only_meeting(
        "Le ministre nigérien de l'Intérieur a passé trois heures à Cotonou mardi pour une visite de travail "
        "avec son homologue béninois.\n\n"
        "Accueilli par le ministre de l'Intérieur, M. Romuald Dossou, les deux délégations ont examiné la "
        "sécurité de la frontière.",
        published="2026-06-10",
    )
    people = _by_name(meeting)
    assert people["Romuald Dossou"].role is Role.HOST
    assert people["Romuald Dossou"].party == "BJ"
    assert any(p.name is None and p.party == "NE" and p.role is Role.GUEST for p in meeting.participants)


def test_the_named_visitor_welcomed_by_his_counterpart_in_a_town_of_no_known_country() -> None:
    meeting = only_meeting(
        "Le ministre togolais de la Sécurité, Komla Agbeko, a passé trois heures à Kpémé-Nord jeudi pour une "
        "visite de travail avec son homologue ghanéen.\n\n"
        "Accueilli par le ministre de l'Intérieur, M. Kwesi Owusu, les deux délégations ont parlé des "
        "patrouilles communes.",
        published="2026-06-10",
    )
    people = _by_name(meeting)
    assert people["Komla Agbeko"].role is Role.GUEST
    assert people["Kwesi Owusu"].role is Role.HOST
    assert people["Kwesi Owusu"].party == "GH"


# -- F1: a visiting chief whose embassy's envoy attends is not of the host country ----------------------------


def test_a_visiting_chief_signing_abroad_with_his_envoy_present_keeps_his_country() -> None:
    record = read_offline(
        "The Police Commissioner, Jean Habimana, is in Ghana for a four-day visit to build police cooperation.\n\n"
        "On Tuesday, IGP Habimana and his host, Inspector General Kofi Boateng of the Ghana Police Service, "
        "signed a Memorandum of Understanding on police training.\n\n"
        "The signing ceremony was also attended by the ambassador of Rwanda to Ghana, Alice Mukamana.",
        published="2026-05-20",
    )
    people = [p for m in record.meetings for p in m.participants if p.name and "Habimana" in p.name]
    assert people
    assert all(p.party != "GH" for p in people)
    assert all(p.role is not Role.HOST for p in people)


# -- 7: a visit to a town the tables do not know is in its hosts' country ----------------------------------------


def test_a_visit_to_an_unknown_town_is_in_the_hosts_country() -> None:
    meeting = only_meeting(
        "Le ministre nigérien de l'Intérieur, Moussa Abdou, a séjourné trois heures à Kossouma, mardi, pour une "
        "visite de travail avec son homologue béninois.\n\n"
        "Accueilli par le ministre de la Sécurité publique, M. Romuald Dossou, les deux délégations ont "
        "examiné la sécurité de la frontière.",
        published="2026-06-10",
    )
    assert meeting.location is not None
    assert meeting.location.city == "Kossouma"
    assert meeting.location.country == "BJ"


# -- 6: a speech's heading names its speaker, its salutation list those greeted -------------------------------


def test_a_speech_salutation_list_names_those_present() -> None:
    meeting = only_meeting(
        "Remarks by the Chairperson of the Regional Police Chiefs Committee, Commissioner Grace Tembo, at the "
        "annual general meeting in Lilongwe\n\n"
        "Programme Director, Superintendent Joseph Banda;\n"
        "Minister of Internal Security of Zambia, Honourable Minister Kelvin Mulenga;\n"
        "Distinguished Chiefs of Police;\n\n"
        "Ladies and Gentlemen\n\n"
        "It is an honour for me to address the 20th annual general meeting of the regional police chiefs, "
        "which brings together the chiefs of police of the region on 3 June 2026.",
        published="2026-06-04",
    )
    people = {p.name: p for p in meeting.participants}
    assert {"Grace Tembo", "Joseph Banda", "Kelvin Mulenga"} <= set(people)
    assert people["Kelvin Mulenga"].party == "ZM"
    assert "ZM" in meeting.parties
    assert meeting.location is not None and meeting.location.city == "Lilongwe"


def test_a_speech_that_addresses_a_numbered_agm_is_at_a_conference() -> None:
    text = (
        "Speaking notes for the Minister of Safety, General Pieter Botha, on the occasion of the SARPCCO "
        "address hosted in Bloemfontein on 5 June 2026\n\n"
        "Programme Director;\n"
        "Minister of Home Affairs of Namibia, Honourable Minister Hilma Shikongo;\n\n"
        "Ladies and Gentlemen\n\n"
        "It is indeed a pleasure for me to address the 14th AGM of the organisation this morning.\n"
    )
    read = DraftMeeting(kind=MeetingKind.WORKING_MEETING, city="Bloemfontein", country="ZA", parties=["ZA"])
    meeting = consolidate.saluted(read, text, frozenset({"ZA", "NA"}))
    assert meeting.kind is MeetingKind.CONFERENCE
    assert "Hilma Shikongo" in {p.name for p in meeting.participants}
    assert "NA" in meeting.parties
