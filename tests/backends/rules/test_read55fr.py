"""Classes of misreading found on real French pages not read before (read55fr, the train half of a train/test
split). Every sentence invented."""

from __future__ import annotations

import pytest
from support import only_meeting, read_offline


# an adverb between « s'est » and « réuni » still tells a meeting with whom follows: its day and place are read
@pytest.mark.parametrize(
    ("text", "date", "city", "guest"),
    [
        (
            "Le directeur de la police béninoise, Paul Dossou, s'est longuement réuni mardi à Cotonou avec le chef "
            "de la police nigériane, Musa Bello, sur la criminalité transfrontalière.",
            "2026-05-12",
            "Cotonou",
            "Musa Bello",
        ),
        (
            "La ministre de la Sécurité du Gabon, Claire Mba, s'est également réunie lundi à Libreville avec "
            "l'ambassadeur d'Espagne, Pedro Ruiz, au sujet de la formation des policiers.",
            "2026-05-11",
            "Libreville",
            "Pedro Ruiz",
        ),
    ],
)
def test_an_adverb_inside_s_est_reuni(text: str, date: str, city: str, guest: str) -> None:
    meeting = only_meeting(text)
    assert str(meeting.date) == date
    assert meeting.location.city == city
    assert guest in {p.name for p in meeting.participants}


# a recall in the pluperfect is background even after the dated phrase its sentence opens on: its day is not the
# meeting's, which the text does not give
@pytest.mark.parametrize(
    "recall",
    [
        "Le 4 mars 2026, Ali Sow s'était déjà rendu à Dakar à la rencontre du chef de la police, Amadou Ndiaye.",
        "En janvier 2026, Ali Sow s'était déjà entretenu à Bamako avec le ministre malien, Oumar Keïta.",
    ],
)
def test_a_recall_after_a_dated_opening_gives_no_day(recall: str) -> None:
    meeting = only_meeting(
        "Le directeur général de la police mauritanienne, Ali Sow, a effectué une visite de travail à l'Académie de "
        f"police de Niamey, où il a été reçu par son directeur, le colonel Issa Garba. {recall}"
    )
    assert meeting.date is None


# « a eu pour cadre » places the encounter as « à » does, before a city or before the venue that holds it
@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Le ministre ivoirien de l'Intérieur, Jean Koné, a eu mercredi une séance de travail avec son homologue "
            "libérien, John Doe, qui a eu pour cadre le centre des conférences de Monrovia.",
            "Monrovia",
        ),
        (
            "Le chef de la police comorienne, Said Ali, s'est entretenu jeudi avec son homologue mauricien, Raj "
            "Ramful. Les entretiens ont eu pour cadre la capitale comorienne, Moroni.",
            "Moroni",
        ),
    ],
)
def test_set_in_a_place_by_pour_cadre(text: str, city: str) -> None:
    analysis = read_offline(text)
    assert [m.location.city for m in analysis.meetings] == [city]


# one more encounter, told with « également » and someone new, is no part of the one before because its words name
# « les deux pays »: two meetings
def test_a_further_encounter_naming_the_two_countries() -> None:
    analysis = read_offline(
        "Le ministre malien de la Sécurité, Oumar Diarra, s'est entretenu à Niamey avec son homologue nigérien, "
        "Hassan Issa, de la sécurité des frontières. M. Diarra a également rencontré jeudi le chef de la police "
        "tchadienne, Idriss Mahamat, avec qui il a évoqué la coopération entre les deux pays."
    )
    assert [sorted(p.name or "" for p in m.participants) for m in analysis.meetings] == [
        ["Hassan Issa", "Oumar Diarra"],
        ["Idriss Mahamat", "Oumar Diarra"],
    ]
