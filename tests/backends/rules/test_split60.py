"""How many meetings a page holds (split60).

1. Encounters told in the plural, with the people listed after ("as well as meetings with A; B", "paid courtesy
   calls on A, B and C", « a rendu des visites de courtoisie à A et à B », « a eu des rencontres avec A et avec
   B »): one meeting with each, as the spec's "different counterpart" asks; talks held with several at once stay
   one.
2. A sentence whose subject is received by one and goes on to talks with another (« Il sera reçu par A et aura un
   entretien avec B », "was received by A and held talks with B"): two meetings.

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


#: (text, the people named in each meeting, in order).
COORDINATED = [
    ("Le ministre belge de l'Intérieur, Jan Verbeke-Daems, sera à Dakar jeudi. Il sera reçu par le président de la "
     "République, Amadou Ba-Sène, et aura un entretien avec le ministre de l'Intérieur, Ousmane Diallo-Fall.",
     [["Jan Verbeke-Daems", "Amadou Ba-Sène"], ["Jan Verbeke-Daems", "Ousmane Diallo-Fall"]]),
    ("Le ministre de l'Intérieur du Niger, Moussa Garba-Issa, a été reçu lundi à Abuja par le président Ibrahim "
     "Olawale-Bako et s'est ensuite entretenu avec l'inspecteur général de la police, Chinedu Okafor-Eze.",
     [["Moussa Garba-Issa", "Ibrahim Olawale-Bako"], ["Moussa Garba-Issa", "Chinedu Okafor-Eze"]]),
    ("Bulgarian Interior Minister Mirela Kostadinova was in Podgorica on Wednesday, where she was received by Prime "
     "Minister Dragan Vukotić-Bral and held talks with Police Director Nikola Radonjić-Sekul.",
     [["Mirela Kostadinova", "Dragan Vukotić-Bral"], ["Mirela Kostadinova", "Nikola Radonjić-Sekul"]]),
    # a visit to a body, and talks with its chief: the visit's own talks, one meeting
    ("The Commissioner of the Fiji Police Force, Josaia Vunivalu, visited the headquarters of the Royal "
     "Malaysia Police in Kuala Lumpur on Monday and held a meeting with its Deputy Inspector-General, Azmi "
     "Harun-Rashid.",
     [["Josaia Vunivalu", "Azmi Harun-Rashid"]]),
    # talks with the one who received: one meeting
    ("Le ministre de l'Intérieur du Niger, Moussa Garba-Issa, a été reçu lundi à Abuja par son homologue Ibrahim "
     "Olawale-Bako et a eu avec lui un entretien sur la sécurité des frontières.",
     [["Moussa Garba-Issa", "Ibrahim Olawale-Bako"]]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "named"), [*SERIES, *COORDINATED])
def test_each_encounter_with_another_counterpart_is_a_meeting(text: str, named: list[list[str]]) -> None:
    meetings = read_offline(text).meetings
    assert [[p.name for p in m.participants if p.name] for m in meetings] == named
