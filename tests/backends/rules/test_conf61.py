"""How many meetings a page holds, and which (conf61).

1. A meeting only referred back to, by the words of one who spoke at it (« Il s'exprimait lors d'une rencontre
   bilatérale avec son homologue X », "He was speaking at a bilateral meeting with X"): talks with X, one meeting
   of the kind the noun names, whatever visit brought the guest; a bilateral meeting recalled from another year
   stays background; a tripartite meeting named with « ses homologues » is one meeting of three, no series.
2. A programme around a gathering: the gathering one attends, or sends a delegation to ("The PNP will send a
   delegation to the 40th ASEANAPOL Conference"), and the bilateral meetings to be held there with sides it names
   (« il aura des entretiens bilatéraux avec la Police du Ghana et la Gendarmerie du Niger »): one meeting each,
   the one who holds the talks in each; bilateral meetings with delegations it does not name are the gathering's.
3. A gathering told twice, once with no side at all ("The conference will bring together 20 commissioners", then
   "The 32nd Annual General Meeting … of the ACCP will be held …"): one meeting; one to which a delegation is led
   on other days is another.

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


#: (text, the sorted parties of each meeting, in order).
PROGRAMME = [
    ("Le directeur général de la Police nationale malienne, le général Seydou Traoré Kanté, prendra part du 10 au 12 "
     "mars à Dakar à la 15e assemblée générale du Comité des chefs de police de l'Afrique de l'Ouest. En marge de "
     "cette assemblée, il aura des entretiens bilatéraux avec la Police nationale du Ghana et la Gendarmerie "
     "nationale du Niger.",
     [["ML", "WAPCCO"], ["GH", "ML"], ["ML", "NE"]]),
    # with delegations it does not name: the gathering's sidelines, one meeting
    ("Le directeur général de la Police nationale malienne, le général Seydou Traoré Kanté, prendra part du 10 au 12 "
     "mars à Dakar à la 15e assemblée générale du Comité des chefs de police de l'Afrique de l'Ouest. Il tiendra "
     "également des rencontres bilatérales avec les délégations présentes.",
     [["ML", "WAPCCO"]]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "parties"), PROGRAMME)
def test_each_bilateral_meeting_named_at_a_gathering_is_one(text: str, parties: list[list[str]]) -> None:
    assert [sorted(m.parties) for m in read_offline(text).meetings] == parties


def test_a_delegation_sent_to_a_gathering_attends_it() -> None:
    text = (
        "The Royal Thai Police will send a 12-member delegation to the 40th ASEANAPOL Conference in Kuala Lumpur "
        "from March 16 to 19."
    )
    meetings = read_offline(text).meetings
    assert [(m.kind.value, m.status.value) for m in meetings] == [("conference", "announced")]


#: (text, the sorted parties of each gathering, in order).
TOLD_TWICE = [
    ("Superintendent Carla Jno-Baptiste said the conference will bring together about 20 police commissioners and "
     "experts in forensics. The 31st Annual General Meeting and Conference of the Association of Caribbean "
     "Commissioners of Police (ACCP) will be held from the 18th to the 21st of May.",
     [["ACCP"]]),
    ("Fiji Police Commissioner Sitiveni Lomaloma Rabuka will attend a regional workshop on border security in Lautoka on "
     "Friday, 13 March. From 23 to 25 March, he will lead Fiji's delegation to the annual conference of the Pacific "
     "Islands Chiefs of Police (PICP) in Nuku'alofa, Tonga.",
     [["FJ"], ["FJ", "PICP"]]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "parties"), TOLD_TWICE)
def test_a_gathering_told_twice_is_one(text: str, parties: list[list[str]]) -> None:
    assert [sorted(m.parties) for m in read_offline(text).meetings] == parties
