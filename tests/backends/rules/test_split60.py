"""How many meetings a page holds (split60).

1. Encounters told in the plural, with the people listed after ("as well as meetings with A; B", "paid courtesy
   calls on A, B and C", « a rendu des visites de courtoisie à A et à B », « a eu des rencontres avec A et avec
   B »): one meeting with each, as the spec's "different counterpart" asks; talks held with several at once stay
   one.

Names, places and dates are invented; the texts are published on 12 March 2026, a Thursday.
"""

from __future__ import annotations

import pytest
from support import read_offline

#: (text, the people named in each meeting, in order).
SERIES = [
    ("The Commissioner of the New Zealand Police, Hemi Tawhara, held discussions in Santiago with the Director "
     "General of the Carabineros, Ana Lucía Ferrer, as well as meetings with the Minister of the Interior, Raúl "
     "Quiroga Peña; and the National Prosecutor, Tomás Ibarra Soto.",
     [["Hemi Tawhara", "Ana Lucía Ferrer"], ["Hemi Tawhara", "Raúl Quiroga Peña"],
      ["Hemi Tawhara", "Tomás Ibarra Soto"]]),
    ("ACCRA — The Inspector General of the Liberia National Police, Mr Samuel Dolo-Kpan, on Tuesday paid courtesy "
     "calls on the Minister for the Interior, Hon. Efua Mensah-Bonsu; and the Director General of the National "
     "Intelligence Bureau, Mr Kwaku Adomako-Sarpong.",
     [["Samuel Dolo-Kpan", "Efua Mensah-Bonsu"], ["Samuel Dolo-Kpan", "Kwaku Adomako-Sarpong"]]),
    ("Le directeur général de la Police nationale du Niger, le général Ali Mahamane Sani, a rendu mardi à Lomé des "
     "visites de courtoisie au ministre togolais de la Sécurité, Yawovi Agbéko, et au directeur général de la "
     "Police nationale, Kossi Amégan.",
     [["Ali Mahamane Sani", "Yawovi Agbéko"], ["Ali Mahamane Sani", "Kossi Amégan"]]),
    ("Le ministre de l'Intérieur du Tchad, Abakar Mahamat Idriss, a eu lundi à Yaoundé des rencontres avec le "
     "ministre camerounais de l'Administration territoriale, Jean-Pierre Essomba, et avec le délégué général à la "
     "Sûreté nationale, Martin Mbarga Nguélé.",
     [["Abakar Mahamat Idriss", "Jean-Pierre Essomba"], ["Abakar Mahamat Idriss", "Martin Mbarga Nguélé"]]),
    # talks held with two at once: one meeting
    ("The Commissioner of the New Zealand Police, Hemi Tawhara, held talks in Santiago with the Minister of the "
     "Interior, Raúl Quiroga Peña, and the Director General of the Carabineros, Ana Lucía Ferrer.",
     [["Hemi Tawhara", "Raúl Quiroga Peña", "Ana Lucía Ferrer"]]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "named"), SERIES)
def test_plural_encounters_with_a_list_are_one_meeting_each(text: str, named: list[list[str]]) -> None:
    meetings = read_offline(text).meetings
    assert [[p.name for p in m.participants if p.name] for m in meetings] == named
