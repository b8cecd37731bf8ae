"""Date words resolved against the publication date, as the contract says."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.normalise.dates import find_phrases, parse_absolute, resolve, stretch

D = dt.date
WEEKDAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# A Tuesday, a Sunday, a Thursday at a month's start, and a Monday over New Year.
PUBLISHED = [D(2026, 1, 27), D(2026, 3, 15), D(2026, 10, 1), D(2029, 1, 1)]


@pytest.mark.parametrize("published", PUBLISHED)
@pytest.mark.parametrize("weekday", range(7))
def test_bare_weekday_is_the_most_recent_on_or_before(published: dt.date, weekday: int) -> None:
    for word in (WEEKDAYS_FR[weekday], WEEKDAYS_EN[weekday], f"ce {WEEKDAYS_FR[weekday]}"):
        date, end = resolve(word, published)
        assert end is None
        assert date is not None and date.weekday() == weekday
        assert 0 <= (published - date).days <= 6


@pytest.mark.parametrize("published", PUBLISHED)
@pytest.mark.parametrize("weekday", range(7))
def test_last_and_next_weekday_are_strict(published: dt.date, weekday: int) -> None:
    last, _ = resolve(f"{WEEKDAYS_FR[weekday]} dernier", published)
    assert last is not None and last.weekday() == weekday and 1 <= (published - last).days <= 7
    assert resolve(f"last {WEEKDAYS_EN[weekday]}", published)[0] == last
    nxt, _ = resolve(f"{WEEKDAYS_FR[weekday]} prochain", published)
    assert nxt is not None and nxt.weekday() == weekday and 1 <= (nxt - published).days <= 7
    assert resolve(f"next {WEEKDAYS_EN[weekday]}", published)[0] == nxt


@pytest.mark.parametrize("published", PUBLISHED)
@pytest.mark.parametrize("weekday", range(7))
def test_weekday_of_an_announced_encounter_looks_forward(published: dt.date, weekday: int) -> None:
    date, _ = resolve(WEEKDAYS_FR[weekday], published, future=True)
    assert date is not None and date.weekday() == weekday and 0 <= (date - published).days <= 6


@pytest.mark.parametrize(
    ("words", "published", "expected"),
    [
        ("mardi", D(2026, 1, 27), (D(2026, 1, 27), None)),  # the spec's example
        ("hier", D(2026, 1, 27), (D(2026, 1, 26), None)),
        ("yesterday", D(2026, 3, 1), (D(2026, 2, 28), None)),
        ("avant-hier", D(2026, 1, 27), (D(2026, 1, 25), None)),
        ("aujourd'hui", D(2026, 1, 27), (D(2026, 1, 27), None)),
        ("aujourd’hui", D(2026, 1, 27), (D(2026, 1, 27), None)),
        ("today", D(2026, 1, 27), (D(2026, 1, 27), None)),
        ("demain", D(2026, 12, 31), (D(2027, 1, 1), None)),
        ("jeudi dernier", D(2026, 3, 12), (D(2026, 3, 5), None)),  # published on a Thursday
        ("lundi prochain", D(2026, 3, 16), (D(2026, 3, 23), None)),  # published on a Monday
        ("le 5 mars", D(2026, 3, 12), (D(2026, 3, 5), None)),
        ("5 March", D(2026, 3, 12), (D(2026, 3, 5), None)),
        ("March 5", D(2026, 3, 12), (D(2026, 3, 5), None)),
        ("le 1er avril", D(2026, 4, 3), (D(2026, 4, 1), None)),
        ("le 28 décembre", D(2026, 1, 5), (D(2025, 12, 28), None)),  # closest year wins
        ("le 5 mars 2024", D(2026, 3, 12), (D(2024, 3, 5), None)),
        ("mardi 20 janvier", D(2026, 1, 27), (D(2026, 1, 20), None)),  # the day number wins
        ("du 3 au 5 mars", D(2026, 3, 6), (D(2026, 3, 3), D(2026, 3, 5))),
        ("du 28 février au 2 mars", D(2026, 3, 6), (D(2026, 2, 28), D(2026, 3, 2))),
        ("les 10 et 11 juin", D(2026, 6, 12), (D(2026, 6, 10), D(2026, 6, 11))),
        ("March 3-5", D(2026, 3, 6), (D(2026, 3, 3), D(2026, 3, 5))),
        ("from 3 to 5 March", D(2026, 3, 6), (D(2026, 3, 3), D(2026, 3, 5))),
        ("Dec. 30 to Jan. 2", D(2026, 1, 3), (D(2025, 12, 30), D(2026, 1, 2))),
        ("lundi et mardi", D(2026, 1, 27), (D(2026, 1, 26), D(2026, 1, 27))),
        ("from Tuesday to Thursday", D(2026, 4, 16), (D(2026, 4, 14), D(2026, 4, 16))),
        ("27/01/2026", None, (D(2026, 1, 27), None)),
        ("2026-01-20", None, (D(2026, 1, 20), None)),
        ("cette semaine", D(2026, 1, 27), (None, None)),
        ("récemment", D(2026, 1, 27), (None, None)),
        ("", D(2026, 1, 27), (None, None)),
        (None, D(2026, 1, 27), (None, None)),
    ],
)
def test_resolution_table(words: str | None, published: dt.date | None, expected: tuple) -> None:
    assert resolve(words, published) == expected


@pytest.mark.parametrize(
    "words", ["mardi", "hier", "jeudi dernier", "lundi prochain", "le 5 mars", "Tuesday"]
)
def test_nothing_is_guessed_without_a_publication_date(words: str) -> None:
    assert resolve(words, None) == (None, None)


def test_impossible_dates_are_null_not_errors() -> None:
    assert resolve("le 31 février", D(2026, 3, 1)) == (None, None)
    assert resolve("45/13/2026", None) == (None, None)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Rabat, 27 janvier 2026 (MAP) -", D(2026, 1, 27)),
        (" date 2026-01-27 Partager Facebook", D(2026, 1, 27)),
        ("ALGIERS, Jan. 27, 2026 (APS) -", D(2026, 1, 27)),
        ("RABAT, 1er février 2026", D(2026, 2, 1)),
        ("Publié le 27/01/2026 à 10h", D(2026, 1, 27)),
        ("Tunis, le 12 mars", None),
        ("Tunis, le 27-01-2026 (TAP)", D(2026, 1, 27)),
        ("Paris, 27.01.2026 –", D(2026, 1, 27)),
        ("ABU DHABI, 27th January, 2026 (WAM)", D(2026, 1, 27)),
        ("ref. 27.01-2026", None),
        ("13/27/2026", None),
    ],
)
def test_absolute_dates_in_datelines(line: str, expected: dt.date | None) -> None:
    assert parse_absolute(line) == expected


def test_date_phrases_are_found_verbatim() -> None:
    sentence = "Le ministre se rendra du 3 au 5 mars 2026 à Madrid, puis jeudi dernier il a reçu hier."
    assert [p[2] for p in find_phrases(sentence)] == ["du 3 au 5 mars 2026", "jeudi dernier", "hier"]
    assert find_phrases("la hiérarchie et les archives") == []


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        ("On 30–31 March the minister", "30–31 March", (dt.date(2026, 3, 30), dt.date(2026, 3, 31))),
        ("from 20 — 22 November 2025 in", "20 — 22 November 2025", (dt.date(2025, 11, 20), dt.date(2025, 11, 22))),
        ("le mardi 3 et mercredi 4 mars", "mardi 3 et mercredi 4 mars", (dt.date(2026, 3, 3), dt.date(2026, 3, 4))),
        ("on Monday 17 and Tuesday 18 June 2024", "Monday 17 and Tuesday 18 June 2024",
         (dt.date(2024, 6, 17), dt.date(2024, 6, 18))),
        ("reçu ce vendredi 24 avril à Paris", "ce vendredi 24 avril", (dt.date(2026, 4, 24), None)),
    ],
)  # fmt: skip
def test_dash_ranges_and_weekday_days_are_one_phrase(
    text: str, phrase: str, span: tuple[dt.date, dt.date | None]
) -> None:
    assert [p[2] for p in find_phrases(text)] == [phrase]
    assert resolve(phrase, dt.date(2026, 4, 25)) == span


@pytest.mark.parametrize(
    ("sentence", "words", "expected"),
    [
        (
            "The IGP received the delegation on the 3rd of March 2026.",
            "the 3rd of March 2026",
            dt.date(2026, 3, 3),
        ),
        ("They met on Thursday, 12th of March.", "Thursday, 12th of March", dt.date(2026, 3, 12)),
        ("Le ministre a reçu le 12 courant son homologue.", "le 12 courant", dt.date(2026, 3, 12)),
        ("La réunion s'est tenue le 10 du mois en cours.", "le 10 du mois en cours", dt.date(2026, 3, 10)),
        ("Das Treffen fand am 11.03.2026 statt.", "11.03.2026", dt.date(2026, 3, 11)),
    ],
)
def test_agency_date_wordings(sentence: str, words: str, expected: dt.date) -> None:
    """Dates as agencies write them: "the 3rd of March", « le 12 courant » (the month of
    publication), a dotted numeric date."""
    assert [phrase[2] for phrase in find_phrases(sentence)] == [words]
    assert resolve(words, dt.date(2026, 3, 14)) == (expected, None)


def test_the_current_month_needs_a_publication_date() -> None:
    assert resolve("le 12 courant", None) == (None, None)


@pytest.mark.parametrize(
    ("text", "published", "day", "expected"),
    [
        # the day it opened, and how long it lasted
        ("The three-day meeting, which opened on Wednesday, looked at stock theft.", "2026-08-01", None,
         ("2026-07-29", "2026-07-31")),
        ("Il s'exprimait à Nouakchott, où se tient la réunion de deux jours, entamée hier.", "2026-09-03",
         "2026-09-02", ("2026-09-02", "2026-09-03")),
        ("La ministre est arrivée dimanche soir à Riyad pour une visite de deux jours.", "2026-02-10", "2026-02-08",
         ("2026-02-08", "2026-02-09")),
        # (words between, a number among them, but no other day)
        ("The militaries began the 26th Regional Meeting of Military Exchange at Lethem on Wednesday. The two-day "
         "meeting examines cattle rustling.", "2026-04-16", "2026-04-15", ("2026-04-15", "2026-04-16")),
        # the day it closed, and how long it lasted
        ("Le ministre a bouclé jeudi une visite de travail de deux jours au Niger.", "2026-10-09", "2026-10-08",
         ("2026-10-07", "2026-10-08")),
        ("Les travaux se sont achevés jeudi à Brazzaville, après trois jours de travaux.", "2026-09-25", None,
         ("2026-09-22", "2026-09-24")),
        # what is reported said at its end: the record's day was the last
        ("Police chiefs agreed Saturday to set up a team, officials said at the end of a two-day meeting in Vienna.",
         "2026-06-14", "2026-06-13", ("2026-06-12", "2026-06-13")),
        ("Un accord a été signé jeudi à l'issue de trois jours de travaux à Lomé.", "2026-06-14", "2026-06-11",
         ("2026-06-09", "2026-06-11")),
        # both days: the one to come is after the first
        ("Les directeurs échangent depuis mardi à Niamey. La rencontre doit s'achever jeudi.", "2026-11-18",
         "2026-11-17", ("2026-11-17", "2026-11-19")),
        ("La 9e réunion s'est ouverte lundi à Nouakchott. Elle réunit jusqu'à mercredi des délégations.",
         "2026-11-17", "2026-11-16", ("2026-11-16", "2026-11-18")),
    ],
)  # fmt: skip
def test_an_encounter_of_several_days_is_dated_from_the_day_it_opened_or_closed(
    text: str, published: str, day: str | None, expected: tuple[str, str]
) -> None:
    found = stretch(text, dt.date.fromisoformat(published), dt.date.fromisoformat(day) if day else None)
    assert found == tuple(map(dt.date.fromisoformat, expected))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The two-day meeting took place in Vienna.", None),  # no day it opened or closed
        ("The meeting opened on Monday and talks began on Tuesday.", None),  # two days it opened
        (
            "The three-day meeting, which opened on Wednesday, was a success.",
            "2026-07-20",
        ),  # not the record's day
        ("A two-day visit and a three-day course began on Monday.", None),  # two lengths
        ("The minister, who arrived on Monday, met his counterpart.", None),  # a stay of no length
        ("Officials spoke at the end of a two-day meeting in Vienna.", None),  # its end, but no day known
    ],
)
def test_a_text_that_does_not_say_both_ends_leaves_the_day_as_it_is(text: str, day: str | None) -> None:
    assert stretch(text, dt.date(2026, 8, 1), dt.date.fromisoformat(day) if day else None) is None
    assert stretch(text, None, None) is None
