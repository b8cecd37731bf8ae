"""What the forty-eighth reading of real communiqués (issue 12: meetings the offline reader
misses, in kinds of page not read before) needs of it, each class written in new words: a
call told as "a phone talk", a visit "made" to a ministry, a signing to come told by « doit /
devrait signer … avec », a host's welcome in his own speech, today's talks as the subject of an
opening speech, a line of a minister's agenda, a visitor who was somewhere for a meeting or
talks, and talks to come named as the focus of what two ministers will discuss."""

from __future__ import annotations

import pytest
from support import only_meeting, read_offline

from communique.schema import MeetingKind, Status


@pytest.mark.parametrize(
    "text",
    [
        "Security Minister Aline Mukamana had a phone talk on Monday with her Burundian counterpart Eric Ndayishimiye "
        "on the return of refugees.",
        "Police Commissioner Tevita Lolo held a telephone talk with his Samoan counterpart Sione Leota on Friday.",
    ],
)  # fmt: skip
def test_a_phone_talk_is_a_call(text: str) -> None:
    assert only_meeting(text, published="2026-09-10").kind == MeetingKind.CALL


def test_a_visit_made_to_a_ministry_is_a_visit() -> None:
    meeting = only_meeting(
        "A delegation of the Border Guard of Tajikistan, headed by Colonel Rustam Nazarov, made an official visit to "
        "the Ministry of Internal Affairs of Uzbekistan on Tuesday.",
        published="2026-09-10",
    )
    assert meeting.kind == MeetingKind.OFFICIAL_VISIT
    assert ("Rustam Nazarov", "guest") in {(p.name, p.role) for p in meeting.participants}


def test_a_visit_made_possible_is_no_visit() -> None:
    assert not read_offline(
        "The new road made a visit to the remote villages possible for the health teams.",
        published="2026-09-10",
    ).is_meeting_report


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre tchadien de la Sécurité publique, Abakar Mahamat, doit signer le 14 septembre à Yaoundé avec son "
        "homologue camerounais, Paul Etoga, une convention sur le contrôle des frontières.",
        "Les deux chefs de police devraient signer jeudi à Cotonou un protocole d'accord sur la cybercriminalité, a "
        "indiqué la Police républicaine.",
    ],
)  # fmt: skip
def test_a_signing_to_come_told_by_doit_or_devrait_signer(text: str) -> None:
    meeting = only_meeting(text, published="2026-09-08")
    assert meeting.kind == MeetingKind.SIGNING
    assert meeting.status == Status.ANNOUNCED


def test_a_signing_planned_within_a_visit_leaves_the_visit_its_kind() -> None:
    meeting = only_meeting(
        "Le ministre tchadien de la Sécurité publique, Abakar Mahamat, est arrivé lundi à Yaoundé pour une visite de "
        "trois jours, au cours de laquelle il doit signer une convention avec son homologue camerounais, Paul Etoga.",
        published="2026-09-08",
    )
    assert meeting.kind == MeetingKind.OFFICIAL_VISIT


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        ("« Je suis heureux d'accueillir ce matin à Libreville mon homologue congolais, Serge Mouanda, et sa "
         "délégation », a déclaré le ministre gabonais de l'Intérieur.", "Serge Mouanda"),
        ("\"We are delighted to welcome the Commissioner of the Vanuatu Police Force, Joel Tari, to Honiara this "
         "week,\" the Police Commissioner said.", "Joel Tari"),
    ],
)  # fmt: skip
def test_a_host_welcoming_an_office_holder_in_his_own_speech(text: str, guest: str) -> None:
    meeting = only_meeting(text, published="2026-09-10")
    assert (guest, "guest") in {(p.name, p.role) for p in meeting.participants}


@pytest.mark.parametrize(
    "text",
    [
        "I am pleased to welcome you all to this training on community policing.",
        "« Je suis heureux d'accueillir les nouvelles recrues de l'école de police », a déclaré le directeur.",
    ],
)
def test_a_welcome_to_an_audience_or_recruits_is_no_meeting(text: str) -> None:
    assert not read_offline(text, published="2026-09-10").is_meeting_report


@pytest.mark.parametrize(
    "text",
    [
        "Vilnius, 14 September - Today's talks are the third round of the dialogue between the Lithuanian and Polish "
        "border guards, said the commander of the State Border Guard Service, Rasa Petrauskiene, opening them.",
        "Lomé, le 14 septembre - Les discussions d'aujourd'hui ouvrent un nouveau chapitre de la coopération entre "
        "les polices togolaise et ghanéenne, a déclaré le directeur général de la police, Kossi Adjovi.",
    ],
)  # fmt: skip
def test_todays_talks_as_the_subject_of_an_opening_speech(text: str) -> None:
    analysis = read_offline(text, published="2026-09-14")
    assert analysis.is_meeting_report
    assert str(analysis.meetings[0].date) == "2026-09-14"


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        ("Agenda de la ministre\n\nJeudi 17 septembre\n\n09h00 : Conseil des ministres (Élysée)\n\n16h30 : Entretien "
         "avec M. Karel Novak, ministre de l'Intérieur de la République tchèque (Beauvau)", "Karel Novak"),
        ("Minister's programme\n\nWednesday 16 September\n\n11.30 am - Courtesy call with Mr Anil Perera, High "
         "Commissioner of Sri Lanka (Parliament House)", "Anil Perera"),
    ],
)  # fmt: skip
def test_a_line_of_a_ministers_agenda_with_an_office_holder(text: str, guest: str) -> None:
    analysis = read_offline(text, published="2026-09-11")
    assert analysis.is_meeting_report
    assert guest in {p.name for m in analysis.meetings for p in m.participants}


def test_an_agenda_line_with_mayors_or_the_press_is_no_meeting() -> None:
    assert not read_offline(
        "Agenda du ministre\n\nLundi 14 septembre\n\n10h00 : Rencontre avec les maires du Var (Toulon)\n\n"
        "15h00 : Entretien avec la presse régionale",
        published="2026-09-11",
    ).is_meeting_report


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Austria's Interior Minister Markus Leitner was in Ljubljana on Thursday for a working meeting with his "
         "Slovenian counterpart Tina Kranjc.", "Tina Kranjc"),
        ("La ministre suisse de la Justice, Anne Favre, était lundi à Vaduz pour une séance de travail avec son "
         "homologue liechtensteinois, Peter Frick.", "Peter Frick"),
    ],
)  # fmt: skip
def test_a_visitor_who_was_somewhere_for_a_meeting_with_a_host(text: str, host: str) -> None:
    meeting = only_meeting(text, published="2026-09-10")
    assert (host, "host") in {(p.name, p.role) for p in meeting.participants}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Organised crime in the ports will be the focus of talks in Antwerp next Tuesday between Belgian Interior "
         "Minister Els Peeters and her Dutch counterpart Joost Bakker.", "2026-09-15"),
        ("La cybercriminalité sera au centre des entretiens prévus mardi à Genève entre la ministre française Claire "
         "Roux et son homologue suisse Urs Meier.", "2026-09-15"),
    ],
)  # fmt: skip
def test_talks_to_come_named_as_what_they_will_focus_on(text: str, day: str) -> None:
    meeting = only_meeting(text, published="2026-09-10")
    assert meeting.status == Status.ANNOUNCED
    assert str(meeting.date) == day


def test_the_same_words_of_talks_told_again_are_no_second_meeting() -> None:
    analysis = read_offline(
        "Le ministre de l'Intérieur, Issa Coulibaly, a reçu mardi à Bamako son homologue nigérien, Ali Moussa.\n\n"
        "La sécurité des frontières a été au centre des échanges entre les délégations malienne et nigérienne.",
        published="2026-09-10",
    )
    assert len(analysis.meetings) == 1
