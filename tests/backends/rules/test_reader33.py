"""What the date, kind, place and outcome classes the 26th real-text reading left open need of
the offline reader, each written in new words: the day of a vote ahead is not the meeting's, and
a series of audiences on one day keeps its day and place; a posting date at the end of the lede's
line dates the text."""

from __future__ import annotations

import datetime as dt

from support import only_meeting, read_offline


def test_the_day_of_elections_ahead_is_not_the_day_of_the_visit() -> None:
    meeting = only_meeting(
        "A Commonwealth observer mission has paid a courtesy call on the Inspector-General of Police, John Mensah, "
        "ahead of the April 14 general elections.\n\nThe mission, led by Sarah Jones, paid the call on Monday, "
        "April 6, 2026, at the Police Headquarters, Accra.",
        published="2026-04-08",
    )
    assert meeting.date == dt.date(2026, 4, 6)
    meeting = only_meeting(
        "Le ministre a reçu vendredi 3 avril son homologue béninois Paul Agbo, à la veille des élections du "
        "12 avril.",
        published="2026-04-04",
    )
    assert meeting.date == dt.date(2026, 4, 3)


def test_audiences_told_as_on_the_same_afternoon_keep_the_day_and_place_of_the_first() -> None:
    analysis = read_offline(
        "La délégation béninoise conduite par le ministre Paul Hounsou a pris part à la conférence de Munich. En "
        "marge de la conférence, le samedi 7 mars 2026, le ministre Paul Hounsou a d'abord reçu en audience le "
        "ministre de la Défense du Ghana, Kofi Mensah. En début d'après-midi, le ministre Paul Hounsou a échangé "
        "avec Monsieur Lars Berg, Secrétaire général adjoint de l'OTAN.",
        published="2026-03-10",
    )
    later = analysis.meetings[-1]
    assert later.date == dt.date(2026, 3, 7)
    assert later.location.city == "Munich"


def test_a_posting_date_at_the_end_of_the_ledes_line_dates_the_text() -> None:
    analysis = read_offline(
        "L'Italie et la Tunisie renforcent leur coopération. Les deux ministres se sont parlé. Par K.M. - Publié "
        "le Lundi 9 Mars 2026 à 11:20\n\nSamedi dernier, le ministre italien de l'Intérieur Marco Neri et son "
        "homologue tunisien Karim Ayari se sont entretenus par téléphone.",
        published=None,
    )
    assert analysis.document.published == dt.date(2026, 3, 9)
    assert [m.date for m in analysis.meetings] == [dt.date(2026, 3, 7)]
