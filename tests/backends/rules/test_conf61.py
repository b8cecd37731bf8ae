"""How many meetings a page holds, and which (conf61).

1. A meeting only referred back to, by the words of one who spoke at it (« Il s'exprimait lors d'une rencontre
   bilatérale avec son homologue X », "He was speaking at a bilateral meeting with X"): talks with X, one meeting
   of the kind the noun names, whatever visit brought the guest; a bilateral meeting recalled from another year
   stays background; a tripartite meeting named with « ses homologues » is one meeting of three, no series.

Names, places and dates are invented; the texts are published on 12 March 2026, a Thursday.
"""

from __future__ import annotations

import pytest
from support import read_offline

#: (text, the kind (None: not asserted) and sorted parties of each meeting, in order).
REFERRED_BACK = [
    ("« Le trafic d'armes ne connaît pas de frontières », a déclaré mardi à Bamako le ministre malien de la "
     "Sécurité, Oumar Tiéba Coulibaly. Il s'exprimait lors d'une rencontre bilatérale avec son homologue "
     "guinéen, Mamady Sékou Camara, en visite de travail de trois jours.",
     [("working_meeting", ["GN", "ML"])]),
    ("Le directeur général de la Police nationale togolaise, Kodjo Anani Mensah, a plaidé mercredi à Lomé pour des "
     "patrouilles mixtes. Il intervenait lors d'une séance de travail bilatérale avec le directeur général de la "
     "Police nationale béninoise, Rodrigue Sossou Hounkpè.",
     [("working_meeting", ["BJ", "TG"])]),
    ("Le ministre nigérien de l'Intérieur, Hamidou Garba Issaka, s'exprimait lundi à Niamey lors d'une réunion "
     "tripartite avec ses homologues malien, Bakary Diarra Keïta, et burkinabè, Lassané Ouédraogo Zida.",
     [(None, ["BF", "ML", "NE"])]),
    ("\"We will not let smugglers use our lake,\" Zambian Home Affairs Minister Chanda Mulenga Banda said on "
     "Tuesday in Lusaka. He was speaking at a bilateral meeting with his Tanzanian counterpart, Juma Salim "
     "Mwakyusa.",
     [("working_meeting", ["TZ", "ZM"])]),
    # a bilateral meeting of another year, recalled: the day's session alone
    ("Le ministre sénégalais de l'Intérieur, Abdou Karim Fall, a reçu mardi à Dakar son homologue gambien, Lamin "
     "Ebrima Ceesay. Les deux ministres ont fait le point des engagements pris lors d'une rencontre bilatérale "
     "avec leurs experts à Banjul en 2023.",
     [("working_meeting", ["GM", "SN"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "meetings"), REFERRED_BACK)
def test_a_meeting_referred_back_to_is_one(text: str, meetings: list[tuple[str | None, list[str]]]) -> None:
    read = read_offline(text).meetings
    assert len(read) == len(meetings)
    assert [
        (kind and m.kind.value, sorted(m.parties)) for m, (kind, _) in zip(read, meetings, strict=True)
    ] == meetings
