"""Several encounters told as a series are one meeting each (tour59).

1. "has held meetings with A and B": one talk with each guest, whose side is that guest's alone.
2. A sentence that opens on "At another meeting" (« Lors d'une autre audience ») with a counterpart not yet named
   tells one more meeting, even with no verb of occurrence.
3. A visit to several countries told stop by stop ("first to A and then to B", « d'abord au Niger, puis au
   Tchad ») is one visit to each, set in that country.
4. Envoys of several countries received together stay one meeting.

Names, places and dates are invented; the texts are published on 12 March 2026, a Thursday.
"""

from __future__ import annotations

import pytest
from support import read_offline

#: (text, the parties of each meeting, in order).
CASES = [
    ("Police Commissioner Anna Petrosyan has held meetings with Interpol Secretary General Jorge Almeida and "
     "Frontex Executive Director Lena Kovacs in Yerevan. Petrosyan and Almeida discussed wanted persons.",
     [["AM", "INTERPOL"], ["AM", "FRONTEX"]]),
    ("The Inspector General of Ghana Police, Samuel Mensah, met the Togolese police chief, Kodjo Amevor, in Accra "
     "on Monday. At another meeting, Mensah and the leadership of Nigeria's police academy agreed to exchange "
     "cadets.",
     [["GH", "TG"], ["GH", "NG"]]),
    ("Le directeur général de la Police nationale ivoirienne, Issa Coulibaly, a reçu lundi à Abidjan le directeur "
     "de la police libérienne, Moses Kollie. Lors d'une autre audience, M. Coulibaly et le chef de la police "
     "ghanéenne, Kofi Boateng, ont évoqué la sécurité des frontières.",
     [["CI", "LR"], ["CI", "GH"]]),
    ("Australian Federal Police Commissioner Mark Ellison will travel next week to Fiji and Samoa. He said he "
     "would go first to Fiji and then to Samoa to meet police leaders.",
     [["AU", "FJ"], ["AU", "WS"]]),
    ("Le ministre de la Sécurité, le général Adama Sawadogo, a reçu ensemble mardi à Ouagadougou les ambassadeurs "
     "d'Allemagne, d'Autriche et de Suisse pour une séance de travail commune.",
     [["AT", "BF", "CH", "DE"]]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "parties"), CASES)
def test_each_encounter_of_a_series_is_one_meeting(text: str, parties: list[list[str]]) -> None:
    assert [sorted(m.parties) for m in read_offline(text).meetings] == parties


def test_each_stop_of_a_tour_is_set_in_its_country() -> None:
    text = CASES[3][0]
    assert [m.location.country for m in read_offline(text).meetings] == ["FJ", "WS"]


def test_the_one_on_tour_visits_each_stop() -> None:
    text = (
        "Tonga's Police Commissioner, Viliami Fifita, is travelling to Fiji and Vanuatu this week. First visit to "
        "Fiji and then to Vanuatu, he said."
    )
    visits = read_offline(text).meetings
    assert sorted(p.name for m in visits for p in m.participants) == ["Viliami Fifita"] * 2
