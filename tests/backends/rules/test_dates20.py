"""The day of a meeting where the reader left it out although the text gives it: a page's
posting date set under its lead, a day said again in full after the time of day, the sentence
that sets the encounter, a day and month whose year the text's other meeting gives, and a
"today" that is no day at all; every sentence invented, none of them an eval case's."""

from __future__ import annotations

import datetime as dt

import pytest
from support import read_offline

from communique.ingest import read_bytes
from communique.normalise.dates import find_phrases


@pytest.mark.parametrize(
    ("page", "published"),
    [
        # the page repeats its lead, then gives its posting date on a line alone
        (
            "Border chiefs end their annual meeting\n\n"
            "The three-day annual meeting of the border chiefs ended yesterday with a call for joint patrols.\n\n"
            "Friday, October 14, 2022\n"
            "Photo: the delegates at the closing ceremony.\n\n"
            "The meeting was closed by Minister Tomas Akinyi.\n\n"
            "He urged the chiefs to share data on stolen vehicles and to train their officers together.\n\n"
            "The next meeting will be held in Gaborone.\n\n"
            "Delegates also visited the regional training centre.\n",
            dt.date(2022, 10, 14),
        ),
        # a bullet, a space before the comma, and the clock time with its zone
        (
            "Le ministre reçoit son homologue\n"
            "- rédaction\n"
            "- mardi , 7 mars 2023 18:40 PM GMT\n"
            "Le ministre de l'Intérieur, M. Idrissa Kane, a reçu hier son homologue malien, M. Sory Coulibaly.\n",
            dt.date(2023, 3, 7),
        ),
        # the site's name and its author's before the date, set apart by a bar and a dash
        (
            "Tchad : la coopération policière saluée\n\n"
            "Sahel Infos | Par Jean Mbaye - 9 Mai 2025\n\n"
            "Le ministre de la Sécurité, M. Idriss Abakar, a reçu hier l'ambassadeur de France.\n",
            dt.date(2025, 5, 9),
        ),
        # a desk's and a section's name, then the date and hour in figures
        (
            "Ambassador meets police chief\n\n"
            "CityWatch News Desk Diplomacy 2023-08-30, 7:31pm\n\n"
            "The ambassador met the police commissioner, Rafiq Hasan, at his office on Tuesday.\n",
            dt.date(2023, 8, 30),
        ),
    ],
)
def test_a_posting_date_in_the_page_header_dates_the_page(page: str, published: dt.date) -> None:
    assert read_bytes(page.encode(), name="page.txt").published == published


def test_a_line_with_more_than_a_date_under_the_lead_is_not_the_posting_date() -> None:
    page = (
        "The chiefs met in Lusaka.\n\n"
        "Talks resumed on Friday, October 14, 2022 in the capital\n\n"
        "The meeting was closed by Minister Tomas Akinyi.\n"
    )
    assert read_bytes(page.encode(), name="page.txt").published is None


def test_a_weekday_said_again_in_full_after_the_time_of_day_is_that_full_date() -> None:
    record = read_offline(
        "Le Premier ministre, M. Amadou Sawadogo, a reçu jeudi en fin de matinée, 12 mars 2020, M. Kwame Owusu, "
        "inspecteur général de la police du Ghana.",
        None,
    )
    assert [m.date for m in record.meetings] == [dt.date(2020, 3, 12)]


def test_the_sentence_that_sets_the_encounter_gives_its_day() -> None:
    record = read_offline(
        "Le siège du ministère de la Sécurité a servi de cadre, ce lundi 4 mars 2024, à une rencontre de travail. "
        "Le ministre, M. Mahamat Saleh, a reçu en audience M. Hiroshi Tanaka, ambassadeur du Japon au Tchad.",
        None,
    )
    assert [m.date for m in record.meetings] == [dt.date(2024, 3, 4)]


def test_a_day_and_month_alone_take_the_year_of_the_other_meeting_when_no_publication_date() -> None:
    record = read_offline(
        "Les 3 et 4 juin 2025, l'École nationale de police a accueilli deux délégations, du Niger et du Togo. "
        "Le 3 juin, le directeur de l'École, M. Ousmane Faye, a reçu le général Koffi Agbeko, chef de la "
        "délégation togolaise.",
        None,
    )
    assert {m.date for m in record.meetings} == {dt.date(2025, 6, 3)}


def test_without_a_publication_date_a_weekday_stays_unresolved_whatever_the_other_dates() -> None:
    record = read_offline(
        "Le ministre, M. Ousmane Faye, a reçu mardi 3 juin 2025 le général Koffi Agbeko. "
        "Il a ensuite reçu jeudi l'ambassadeur du Mali, M. Sekou Traoré.",
        None,
    )
    assert dt.date(2025, 6, 3) in {m.date for m in record.meetings}
    assert all(m.date is None for m in record.meetings if m.date_text and "jeudi" in m.date_text)


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("He said today's criminals use modern technologies.", []),
        ("The challenges of tomorrow's world were discussed.", []),
        ("Today's high-level meeting opened in Accra.", ["Today"]),
        ("Yesterday's 16th Council of Ministers adopted twelve resolutions.", ["Yesterday"]),
        ("The ministers met today in Accra.", ["today"]),
    ],
)
def test_a_day_said_in_the_possessive_dates_only_an_event(sentence: str, days: list[str]) -> None:
    assert [phrase for _, _, phrase in find_phrases(sentence)] == days


def test_a_house_that_became_the_scene_of_audiences_dates_them() -> None:
    record = read_offline(
        "Le ministère de la Sécurité est devenu, ce jeudi 5 février, l'épicentre d'un ballet diplomatique. "
        "Le ministre, M. Paul Ndong, a accordé des audiences successives aux ambassadeurs de la Chine et de l'Inde.",
        "2026-02-05",
    )
    assert [(m.date, m.parties) for m in record.meetings] == [
        (dt.date(2026, 2, 5), ["CN"]),
        (dt.date(2026, 2, 5), ["IN"]),
    ]


def test_separate_meetings_held_with_two_ambassadors_are_two_meetings_each_with_its_guest() -> None:
    record = read_offline(
        "Le ministre de l'Intérieur, M. Sidi Ould Baba, a tenu des réunions distinctes, lundi 11 mai, avec les "
        "ambassadeurs d'Espagne et du Portugal. Lors de son entretien avec Carlos Ruiz Mendez, l'ambassadeur du "
        "royaume, les deux hommes ont évoqué la migration. Le même jour, le ministre a aussi rencontré "
        "l'ambassadeur portugais, Rui Manuel Costa.",
        "2026-05-12",
    )
    assert [(m.date, sorted(p.name or "" for p in m.participants if p.name)) for m in record.meetings] == [
        (dt.date(2026, 5, 11), ["Carlos Ruiz Mendez", "Sidi Ould Baba"]),
        (dt.date(2026, 5, 11), ["Rui Manuel Costa", "Sidi Ould Baba"]),
    ]
