"""Classes the 27th reading of real communiqués left open, fixed in the offline reader (fix34);
every sentence invented, none of them an eval case's."""

from __future__ import annotations

from support import only_meeting, read_offline

# -- D5: a meeting held last week or on a weekday, to plan what the forces will do -----------------------


def test_heads_who_met_last_week_to_plan_a_year_ahead_held_a_meeting() -> None:
    record = read_offline(
        "The Samoan and Fijian Police Commissioners met last week to set out how the two forces will keep "
        "working together in 2027.\n\nThe Commissioners were joined by Samoa's Minister of Police, Tala Ioane.",
        published="2026-11-20",
    )
    assert record.is_meeting_report
    (meeting,) = record.meetings
    assert meeting.status.value == "held"
    assert meeting.date is None
    assert {"FJ", "WS"} <= set(meeting.parties)


def test_heads_who_met_on_a_weekday_to_outline_how_they_will_work_met_before_the_publication() -> None:
    meeting = only_meeting(
        "The Fijian and Samoan Police Commissioners met on Monday in Apia to outline how the two forces will "
        "work together next year against drug trafficking.",
        published="2026-11-20",
    )
    assert meeting.status.value == "held"
    assert meeting.date is not None and meeting.date.isoformat() == "2026-11-16"
    assert not meeting.outcomes


def test_a_meeting_still_to_come_to_outline_the_plan_stays_announced() -> None:
    meeting = only_meeting(
        "The Fijian and Samoan Police Commissioners will meet on Monday in Apia to outline how the two forces "
        "will work together next year.",
        published="2026-11-20",
    )
    assert meeting.status.value == "announced"
    assert meeting.date is not None and meeting.date.isoformat() == "2026-11-23"


# -- D7: a letter read out, a force's own officers gathered, reinforcements received: no meeting ---------


def test_a_letter_received_from_a_secretary_general_and_read_in_parliament_is_no_meeting() -> None:
    record = read_offline(
        "Answering a question in Parliament on Tuesday, the Home Affairs Minister, Ruth Lema, read a letter "
        "received by her office from the Secretary General of INTERPOL, Mr Paulo Reis, praising the police.",
        published="2026-05-14",
    )
    assert not record.is_meeting_report


def test_a_counted_crowd_of_a_forces_own_officers_gathered_by_its_commissioner_is_no_meeting() -> None:
    record = read_offline(
        "Some 380 inspectors and other senior officers gathered on 3 March 2026 at the Cultural Centre in "
        "Rose Hill for a working session led by the Commissioner of Police, Mr Anil Ramsamy.",
        published="2026-03-04",
    )
    assert not record.is_meeting_report


def test_officers_gathered_with_their_counterparts_still_meet() -> None:
    record = read_offline(
        "Some 40 senior officers gathered in Busia on Monday with their Ugandan counterparts for a joint "
        "border security meeting.",
        published="2026-02-13",
    )
    assert record.is_meeting_report


def test_a_unit_that_received_the_reinforcement_of_foreign_officers_held_no_meeting() -> None:
    record = read_offline(
        "Pour la saison d'hiver, la brigade de gendarmerie de Bagnères a reçu cette semaine, pour la première "
        "fois, le renfort de trois homologues de la Guardia civil.",
        published="2026-02-20",
    )
    assert not record.is_meeting_report


# -- D1, D2, D4: an encounter under way, told in the imperfect, or by the opening of a conference -------


def test_a_named_meeting_currently_under_way_that_brings_officers_together_is_read() -> None:
    meeting = only_meeting(
        "The Kenya-Uganda Joint Border Security Meeting, currently underway in Busia, brings together senior "
        "officers of both forces. Addressing the meeting, Kenya Police Western Region Commander, Commissioner "
        "Peter Otieno, said cattle rustling remained the main challenge.",
        published="2026-07-14",
    )
    assert {"KE", "UG"} <= set(meeting.parties)
    assert "Peter Otieno" in {p.name for p in meeting.participants}


def test_an_officer_commanding_a_province_is_no_name() -> None:
    meeting = only_meeting(
        "The Kenya-Uganda Joint Border Security Meeting, currently underway in Busia, brings together senior "
        "officers of both forces. Addressing the meeting, Uganda Police Officer Commanding Eastern Region, "
        "Commissioner Moses Okello, said smuggling remained the main challenge.",
        published="2026-07-14",
    )
    assert {p.name for p in meeting.participants} == {"Moses Okello"}


def test_a_meeting_told_in_the_imperfect_of_the_scene_is_read() -> None:
    meeting = only_meeting(
        "Jeudi 8 octobre, à Papaïchton, se tenait une rencontre officielle regroupant le sous-préfet, Luc "
        "Martin, et le ministre surinamais de la Justice, Jan Pinas.",
        published="2026-10-10",
    )
    assert {"Luc Martin", "Jan Pinas"} <= {p.name for p in meeting.participants}
    assert meeting.date is not None and meeting.date.isoformat() == "2026-10-08"


def test_a_call_made_at_the_opening_of_a_numbered_conference_is_the_conference() -> None:
    meeting = only_meeting(
        "Le Premier ministre gabonais, M. Paul Ndong, a appelé à mieux partager le renseignement, à l'ouverture "
        "mardi dernier à Libreville de la 9ème conférence des chefs des services de renseignement d'Afrique "
        "centrale.",
        published="2026-05-14",
    )
    assert meeting.kind.value == "conference"
    assert meeting.date is not None and meeting.date.isoformat() == "2026-05-12"
    assert meeting.location.city == "Libreville"


def test_words_said_at_the_opening_last_monday_of_a_numbered_conference_are_the_conference() -> None:
    meeting = only_meeting(
        "Pacific countries must share intelligence, the Prime Minister of Tonga, Mr Sione Vea, said at the "
        "opening last Monday in Nuku'alofa of the 9th conference of the Pacific Heads of Intelligence Services.",
        published="2026-03-12",
    )
    assert meeting.kind.value == "conference"
    assert meeting.date is not None and meeting.date.isoformat() == "2026-03-09"


# -- D14: a bilateral on the side-lines of a summit is not the summit ----------------------------------


def test_a_bilateral_on_the_side_lines_of_a_summit_is_a_meeting_of_its_two_sides() -> None:
    meeting = only_meeting(
        "President Ana Lopes met with the President of Botswana, Duma Boko, and the Minister of Defence and "
        "Security, Kagiso Mmusi, on the side-lines of the 45th SADC Summit in Gaborone.",
        published="2026-08-20",
    )
    assert meeting.kind.value != "conference"
    assert "SADC" not in meeting.parties
    assert {"Duma Boko", "Kagiso Mmusi"} <= {p.name for p in meeting.participants}


# -- D9: a side from an office or an organisation's name ------------------------------------------------


def test_the_police_and_national_security_directorate_is_not_moroccos() -> None:
    meeting = only_meeting(
        "Moroni, le 12 mai 2026. Le Directeur général de la Police et de la Sûreté nationale, M. Ahmed Said, a "
        "reçu en audience l'attaché de sécurité intérieure de l'ambassade de France, le commandant Paul Roux.",
        published="2026-05-12",
    )
    assert "MA" not in meeting.parties


def test_the_head_of_an_eucap_sahel_mission_is_the_eus() -> None:
    meeting = only_meeting(
        "Le Ministre de l'Intérieur, M. Moussa Idi, a reçu en audience ce lundi à Niamey le Chef de Mission de "
        "EUCAP-SAHEL-NIGER, Mme Karin Olsen.",
        published="2026-06-01",
    )
    assert set(meeting.parties) == {"EU", "NE"}


def test_a_comesa_delegation_is_comesas() -> None:
    meeting = only_meeting(
        "Le Ministre de l'Intérieur, M. Ali Abdou, a accueilli ce jeudi 5 mars à Moroni trois envoyés du COMESA "
        "menés par Madame Ruth Wanjiku.",
        published="2026-03-06",
    )
    assert "COMESA" in meeting.parties


# -- D17: the day a byline dates its page ---------------------------------------------------------------


def test_the_day_of_a_byline_dates_yesterday() -> None:
    record = read_offline(
        "Cameroun-Gabon. Le Gabon veut former ses policiers au Cameroun\n\n"
        "PAUL MBIDA | Cameroon-Tribune Jeudi le 9 Juillet 2026 Société Imprimer Envoyer cet article\n\n"
        "Une séance de travail entre le ministre gabonais de l'Intérieur, Jean Nzé, et le Délégué général à la "
        "Sûreté nationale, Pierre Atangana, a eu lieu hier à Yaoundé.",
        published=None,
    )
    assert record.document.published is not None and record.document.published.isoformat() == "2026-07-09"
    (meeting,) = record.meetings
    assert meeting.date is not None and meeting.date.isoformat() == "2026-07-08"


# -- D8: a delegation led to a gathering, and its members ----------------------------------------------


def test_one_leading_his_delegation_to_a_numbered_meeting_attends_it_with_its_members() -> None:
    record = read_offline(
        "Nauru's Minister for Police, Kieren Keke, is today leading the Nauru delegation to the "
        "6th Pacific Police Ministers' Meeting in Honiara, Solomon Islands.\n\nThe delegation comprises of the "
        "Commissioner of Police Iven Detenamo and the Secretary for Justice Lionel Aingimea.",
        published="2026-05-01",
    )
    assert record.is_meeting_report
    (meeting,) = record.meetings
    assert meeting.kind.value == "conference"
    assert meeting.date is not None and meeting.date.isoformat() == "2026-05-01"
    assert {"Kieren Keke", "Iven Detenamo", "Lionel Aingimea"} <= {p.name for p in meeting.participants}
