"""What real pages print that the cases do not, and that must not change the reading: a French
month abbreviated (« le 6 déc. 2026 », "Apr. 27, 2026"), a surname written in capitals with the
letters of Latin Extended-A (« Ana KOVAČ ») or an accented vowel (« MZÉ »), or one that is a
city's or a title's name too (« Godfrey MWANZA », « Ahmed CHEIKH »). Every text invented."""

from __future__ import annotations

import datetime as dt

import pytest
from support import read_offline

from communique.normalise import names
from communique.text import sentences


@pytest.mark.parametrize(
    "text",
    [
        "Le 6 déc. 2026, le ministre a reçu son homologue.",
        "Le 14 janv. 2026, le ministre a reçu son homologue.",
        "Le 3 févr. 2026, le ministre a reçu son homologue.",
        "Le 9 juil. 2026, le ministre a reçu son homologue.",
        "On Apr. 27, 2026, the minister received his counterpart.",
        "On Mar. 3, 2026, the minister received his counterpart.",
    ],
)
def test_an_abbreviated_month_does_not_end_the_sentence(text: str) -> None:
    assert len(sentences(text)) == 1


def test_a_meeting_dated_by_an_abbreviated_french_month() -> None:
    analysis = read_offline(
        "Le 6 nov. 2026, le ministre de la Sécurité, Jean Rakoto, a reçu à Toamasina l'ambassadeur d'Italie, "
        "Marco Bellini.",
        "2026-11-07",
    )
    (meeting,) = analysis.meetings
    assert meeting.date == dt.date(2026, 11, 6)
    assert {p.name for p in meeting.participants} >= {"Jean Rakoto", "Marco Bellini"}


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Ms Ana KOVAČ", "Ana KOVAČ"),
        ("Inspector Dragan VUJIČIĆ", "Dragan VUJIČIĆ"),
        ("Said Ali MZÉ", "Said Ali MZÉ"),
        ("General Godfrey MWANZA", "Godfrey MWANZA"),
        ("Ricardo Ferreira LIMA", "Ricardo Ferreira LIMA"),
        ("Ahmed CHEIKH", "Ahmed CHEIKH"),
        ("Mamadou N'DIAYE", "Mamadou N'DIAYE"),
        ("K.P. JAYASINGHE", "K.P. JAYASINGHE"),  # initials before a surname in capitals
        ("Ms Sofia LINDQVIST", "Sofia LINDQVIST"),  # a town's name as a given name
        ("the U.K. EMSOU team", "EMSOU"),
        ("Daniel Osei AO CSC", "Daniel Osei"),  # honours after the name still go
    ],
)
def test_a_surname_in_capitals_is_kept(run: str, name: str) -> None:
    (found,) = names.capitalised_runs(run)
    assert names.trim(found.group()) == name


def test_a_meeting_with_surnames_in_capitals() -> None:
    analysis = read_offline(
        "Le général Amadou DIALLO, chef d'état-major de la gendarmerie, a reçu mardi à Dakar le commissaire "
        "divisionnaire Petar KOVAČEVIĆ, attaché de sécurité intérieure, et le colonel Youssef CHEIKH.",
        "2026-03-12",
    )
    (meeting,) = analysis.meetings
    folded = {p.name for p in meeting.participants}
    assert {"Amadou DIALLO", "Petar KOVAČEVIĆ", "Youssef CHEIKH"} <= folded


@pytest.mark.parametrize("day", ["le 14 avril 2026", "le 14/04/2026", "le 14.04.2026"])
def test_a_paragraph_s_dateline_names_the_place_whatever_the_date_s_figures(day: str) -> None:
    analysis = read_offline(
        f"Audience au ministère\n\nMoroni, {day}, Le ministre de l'Intérieur, Monsieur Ali Mzé Hamadi, a reçu en "
        "audience le colonel Marc Durieux, attaché de sécurité intérieure.",
        "2026-04-15",
    )
    (meeting,) = analysis.meetings
    assert meeting.location is not None and meeting.location.city == "Moroni"
    assert meeting.date == dt.date(2026, 4, 14)
