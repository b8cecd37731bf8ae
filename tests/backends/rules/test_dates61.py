"""A meeting's day and status: an arrival day is not the day of later talks, a present tense of a journey to a
coming day is announced, and a past tense keeps a meeting held whatever its day. Every sentence invented (published
Wednesday 13 May 2026), none an eval case's."""

from __future__ import annotations

import pytest
from support import only_meeting, read_offline

from communique.schema import Status


@pytest.mark.parametrize(
    ("text", "date", "end_date"),
    [
        # (talks on a later day of the stay the arrival opens: that day's alone)
        ("The Minister of Security of Chad, Mr Idriss Abakar, arrived in Kampala on Sunday for a three-day visit. "
         "On Monday he held talks with Ugandan Minister of Internal Affairs Grace Atim on border security.",
         "2026-05-11", None),
        ("Arrivé dimanche à Dakar pour un séjour de trois jours, le ministre malien de la Sécurité, M. Bakary Traoré, "
         "s'est entretenu lundi avec son homologue sénégalais, M. Oumar Sy.", "2026-05-11", None),
        ("Le ministre malien de la Sécurité, M. Bakary Traoré, est arrivé dimanche à Dakar. Lundi, il a eu une séance "
         "de travail avec son homologue sénégalais, M. Oumar Sy.", "2026-05-11", None),
        # (the visit itself, opened by the arrival: its days)
        ("The Minister of Security of Chad, Mr Idriss Abakar, arrived in Kampala on Sunday for a three-day official "
         "visit to Uganda at the invitation of the Minister of Internal Affairs, Grace Atim.",
         "2026-05-10", "2026-05-12"),
    ],
)  # fmt: skip
def test_an_arrival_day_is_the_meetings_only_when_the_meeting_is_the_visit(
    text: str, date: str, end_date: str | None
) -> None:
    meeting = only_meeting(text)
    assert (str(meeting.date), str(meeting.end_date) if meeting.end_date else None) == (date, end_date)


#: A journey told in the present to a coming day is announced; one under way, or told in the past, is held; and a day
#: after the publication date (text, status, date).
STATUSES: list[tuple[str, Status, str]] = [
    ("Police Commissioner Anil Mehta travels to Dhaka on Friday for talks with the Inspector General of "
     "Bangladesh Police, Karim Hossain.", Status.ANNOUNCED, "2026-05-15"),
    ("The Interior Minister of Ghana, Kwame Asare, heads to Lomé on Thursday for talks with his Togolese "
     "counterpart, Yawo Agbeko.", Status.ANNOUNCED, "2026-05-14"),
    ("Le ministre nigérien de l'Intérieur, M. Moussa Issa, se rend vendredi à Cotonou pour une séance de travail "
     "avec son homologue béninois, M. Paul Adjovi.", Status.ANNOUNCED, "2026-05-15"),
    ("Le ministre nigérien de l'Intérieur, M. Moussa Issa, effectue à partir de demain une visite de travail à "
     "Cotonou, à l'invitation de son homologue béninois, M. Paul Adjovi.", Status.ANNOUNCED, "2026-05-14"),
    # (one under way since a day gone by, or from the day of the text, or in the past: held)
    ("Le ministre nigérien de l'Intérieur, M. Moussa Issa, a effectué lundi une visite de travail à Cotonou, "
     "à l'invitation de son homologue béninois, M. Paul Adjovi.", Status.HELD, "2026-05-11"),
    ("Le ministre nigérien de l'Intérieur, M. Moussa Issa, entame ce mercredi une visite de travail à Cotonou, "
     "à l'invitation de son homologue béninois, M. Paul Adjovi.", Status.HELD, "2026-05-13"),
    ("Le ministre nigérien de l'Intérieur, M. Moussa Issa, effectue depuis lundi une visite de travail à Cotonou, "
     "où il a été reçu par son homologue béninois, M. Paul Adjovi.", Status.HELD, "2026-05-11"),
    # the rule for a day after the publication date: a past tense is held, on that day as written; a present one is
    # to come; a weekday told in the past is the last on or before the publication
    # (a past tense: held, on the day as written, though after the date line)
    ("Le ministre ivoirien de l'Intérieur, M. Yao Koffi, a reçu le 20 mai à Abidjan son homologue ghanéen, "
     "M. Kwame Mensah.", Status.HELD, "2026-05-20"),
    ("On 18 May, Zambia's Inspector General of Police Mwamba Chileshe held talks in Lusaka with his Malawian "
     "counterpart Frank Mbewe.", Status.HELD, "2026-05-18"),
    # (a weekday told in the past: the last one on or before the publication)
    ("The Inspector General of Police, Joseph Mwangi, met on Friday in Nairobi with the Ugandan Inspector General "
     "of Police, Martin Okello.", Status.HELD, "2026-05-08"),
    # (a present tense, or none, and a day after the date line: to come)
    ("The Minister of Internal Affairs, Grace Atim, hosts her Kenyan counterpart Peter Kiprono in Kampala on "
     "20 May.", Status.ANNOUNCED, "2026-05-20"),
    ("Zambia's Inspector General of Police Mwamba Chileshe meets his Malawian counterpart Frank Mbewe in Lusaka on "
     "18 May.", Status.ANNOUNCED, "2026-05-18"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "status", "date"), STATUSES)
def test_the_status_follows_the_tense_and_the_day_to_come(text: str, status: Status, date: str) -> None:
    meeting = only_meeting(text)
    assert (meeting.status, str(meeting.date)) == (status, date)


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        # (a call, then a trip to come: the call held, the visit announced, of no day a week gives)
        ("Le ministre gabonais de l'Intérieur, M. Paul Ndong, s'est entretenu lundi au téléphone avec son homologue "
         "camerounais, M. Jean Atangana, de la sécurité des frontières. M. Ndong se rendra la semaine prochaine à "
         "Yaoundé, à l'invitation de M. Atangana.",
         [("call", Status.HELD, "2026-05-11", None), ("official_visit", Status.ANNOUNCED, None, "Yaoundé")]),
        ("Irish Justice Minister Clare Nolan spoke by phone on Monday with Portuguese Interior Minister Rui Santos "
         "about drug trafficking. Ms Nolan will visit Lisbon next month to continue the talks.",
         [("call", Status.HELD, "2026-05-11", None), ("working_meeting", Status.ANNOUNCED, None, "Lisbon")]),
        # (a call alone: one meeting, held at no place)
        ("Irish Justice Minister Clare Nolan spoke by phone on Monday with Portuguese Interior Minister Rui Santos "
         "about drug trafficking.", [("call", Status.HELD, "2026-05-11", None)]),
    ],
)  # fmt: skip
def test_a_call_then_a_trip_to_come_are_two_meetings(
    text: str, meetings: list[tuple[str, Status, str | None, str | None]]
) -> None:
    read = read_offline(text, "2026-05-13").meetings
    assert [
        (m.kind.value, m.status, str(m.date) if m.date else None, m.location.city) for m in read
    ] == meetings
