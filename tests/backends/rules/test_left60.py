"""Misreads left by the thirty-sixth reading of real communiqués, each a class, written in new words:

- the companions of a visitor listed after his sentence (« Il était accompagné du colonel A, attaché …, du commandant
  B, du cabinet du …, et de la capitaine C », "The delegation also included D") are of the visitor's side, each after
  the office or unit written after the one before, and the preposition said again (« et par la commandante E »);
- an office written after a name as the one it seconds or advises (« adjoint au Directeur général », « conseillère du
  ministre », "deputy to the Commissioner") is that person's title, and a rank before the name gives way to it."""

from __future__ import annotations

import pytest
from support import only_meeting, sides_of

from communique.schema import Role

_VISIT_FR = (
    "Le directeur de la Police nationale, M. Karim Bensalem, a reçu lundi à Tunis le général Hans Keller, "
    "adjoint au Commandant de la Police cantonale de Genève, en visite en Tunisie. "
)
_VISIT_EN = (
    "The Commissioner of Police, Mr. Tevita Fifita, on Monday received in Nuku'alofa Mr. Liam Doyle, "
    "deputy to the Commissioner of the Garda Síochána, who is on a working visit to Tonga. "
)
#: The visitor as the subject, for a companion told after a pronoun (« Il », "He": the subject before).
_VISITOR_FR = (
    "Le général Hans Keller, adjoint au Commandant de la Police cantonale de Genève, a effectué lundi une visite "
    "de travail à Tunis, où il a été reçu par le directeur de la Police nationale, M. Karim Bensalem. "
)
_VISITOR_EN = (
    "Mr. Liam Doyle, deputy to the Commissioner of the Garda Síochána, paid a working visit to Nuku'alofa on "
    "Monday, where he held talks with the Commissioner of Police, Mr. Tevita Fifita. "
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the list goes on after the first companion's office, and after the next one's unit
        (
            _VISIT_FR
            + "L'adjoint au Commandant était accompagné par le capitaine Paul Favre, officier de liaison, "
            "du lieutenant Anne Roux, du cabinet du Commandant, et de la sergente Léa Blanc.",
            "Anne Roux",
        ),
        (
            _VISITOR_FR
            + "Il était accompagné du capitaine Paul Favre, officier de liaison, du lieutenant Anne Roux, "
            "du cabinet du Commandant et de la sergente Léa Blanc.",
            "Léa Blanc",
        ),
        # an aside before the companion's preposition, said again for the next one
        (
            _VISIT_FR
            + "Le général Keller était accompagné, pour l'occasion, par le capitaine Paul Favre, officier "
            "de liaison, et par la lieutenante Anne Roux, chargée de mission.",
            "Anne Roux",
        ),
        (
            _VISITOR_EN
            + "He was accompanied by Inspector Sean Byrne, liaison officer, and Sergeant Aoife Walsh.",
            "Sean Byrne",
        ),
        (
            _VISIT_EN
            + "Mr. Doyle was accompanied by Superintendent Sean Byrne, of the International Liaison "
            "Office, and Inspector Aoife Walsh.",
            "Aoife Walsh",
        ),
        (
            _VISITOR_EN + "The delegation also included Inspector Ciara Nolan, head of the training college.",
            "Ciara Nolan",
        ),
    ],
)
def test_a_visitors_companions_are_of_his_side(text: str, name: str) -> None:
    visitor = "Hans Keller" if "Keller" in text else "Liam Doyle"
    sides = sides_of(text, published="2026-05-13")
    assert sides[name] == sides[visitor] and sides[name][1] is Role.GUEST


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (_VISIT_FR, "Hans Keller", "adjoint au Commandant de la Police cantonale de Genève"),
        (
            "Le ministre de l'Intérieur, M. Ali Traoré, a reçu mardi à Niamey Mme Ines Costa, conseillère du ministre "
            "de la Justice, et M. Rui Matos, adjointe à la directrice de la Police judiciaire portugaise.",
            "Rui Matos",
            "adjointe à la directrice de la Police judiciaire",
        ),
        (_VISIT_EN, "Liam Doyle", "deputy to the Commissioner of the Garda Síochána"),
        # a title after « , et » and the next one's honorific is the one before's, not the next one's
        (
            "The Minister, Mr. Sione Vea, on Monday received Mr. Jack Ryan, adviser to the Minister for Justice of "
            "Ireland, and Ms. Orla Kane, deputy to the Commissioner of the Garda Síochána.",
            "Orla Kane",
            "deputy to the Commissioner of the Garda Síochána",
        ),
        # a rank before the name gives way to the office after it
        (
            "Le directeur de la Police nationale, M. Karim Bensalem, a reçu lundi à Tunis le commandant Hugo Petit, "
            "chef de la section de coopération internationale de la Police nationale française.",
            "Hugo Petit",
            "chef de la section de coopération internationale de la Police nationale",
        ),
    ],
)
def test_an_office_written_after_a_name_is_its_title(text: str, name: str, title: str) -> None:
    people = {p.name: p.title for p in only_meeting(text, published="2026-05-13").participants}
    assert people[name] == title


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "The Commissioner of Police, Mr. Ravi Naidu, on Monday received in Suva the High Commissioner of "
            "India, Mr. Arjun Mehta, who conveyed the greetings of Minister Vikram Rao and Director Sunil Das.",
            "Sunil Das",
        ),
        (
            "The Commissioner of Police, Mr. Ravi Naidu, on Monday received in Suva the High Commissioner of "
            "India, Mr. Arjun Mehta, who conveyed the greetings of Minister Vikram Rao, the Home Minister, as well "
            "as of Director Sunil Das to the Commissioner.",
            "Sunil Das",
        ),
        (
            "Le ministre de l'Intérieur, M. Paul Biyoghe, a reçu lundi à Libreville l'ambassadeur de France, "
            "M. Louis Girard, qui a transmis les salutations du ministre Jean Morel et de la générale Anne Vidal.",
            "Anne Vidal",
        ),
    ],
)
def test_none_of_several_senders_of_greetings_takes_part(text: str, absent: str) -> None:
    sides = sides_of(text, published="2026-05-13")
    assert absent not in sides and len(sides) == 2
