"""Places left wrong (places62).

1. France's overseas territories are France: « en Nouvelle-Calédonie », « à Mayotte », « en Polynésie
   française », « en Guyane », « à la Réunion » / « sur l'île de la Réunion » place a meeting in France (FR, as the
   world golds label Nouméa or La Réunion), and a visit to come to the dateline's territory is in the dateline's
   city; the common noun « réunion » (« la réunion a porté sur », a title's « Réunion de travail ») is no island.
2. The city after « de » in the name of the seat an encounter is held at (« aux Casernes centrales de
   Port-Louis », « a visité lundi l'École nationale de police de Niamey ») is its city, when no other is told.

Names, places and dates are invented; the texts are published on 13 May 2026, a Wednesday.
"""

from __future__ import annotations

import pytest
from support import only_meeting

#: (the meeting's city and country, text; a seat it names ends with the city).
PLACED = [
    # a visit to come to the dateline's territory: in the dateline's city
    (
        "Nouméa",
        "FR",
        "Nouméa, 13 mai 2026 – Le chef de la police de Fidji, Josefa Tuilau, entame vendredi une visite de travail en "
        "Nouvelle-Calédonie. Ce vendredi, il s'entretiendra avec le haut-commissaire, Éric Lemonnier, de la lutte "
        "contre la drogue.",
    ),
    (
        "Fort-de-France",
        "FR",
        "Fort-de-France, 13 mai 2026 – Le commissaire de police de Sainte-Lucie, Vernon Augustin, se rendra jeudi en "
        "Martinique. Il y rencontrera le préfet, Hugues Darmon, pour parler du trafic de cocaïne.",
    ),
    # a territory told with no city: in France
    (
        None,
        "FR",
        "Le directeur de la police des Comores, Ibrahim Said Moussa, a été reçu lundi à Mayotte par le préfet, "
        "Thierry Vasseur, pour évoquer l'immigration irrégulière.",
    ),
    (
        None,
        "FR",
        "Le ministre mauricien de l'Intérieur, Rajen Boodhoo, s'est rendu mardi à la Réunion, où il a rencontré le "
        "préfet, Luc Fontanel. La réunion a porté sur la sécurité maritime.",
    ),
    (
        None,
        "FR",
        "Le chef de la police du Vanuatu, Kalo Tamata, a rencontré lundi en Polynésie française le haut-commissaire, "
        "Paul Marchetti, pour parler du trafic de stupéfiants.",
    ),
    (
        None,
        "FR",
        "Le chef de la police de Seychelles, Ted Barbé, a été reçu mardi sur l'île de la Réunion par le général "
        "Olivier Castel, commandant de la gendarmerie.",
    ),
    # the common noun: no island, the dateline's city
    (
        "Dakar",
        "SN",
        "Dakar, 13 mai 2026 – Réunion de travail ce mercredi entre le ministre de l'Intérieur, Ousmane Fall, et "
        "l'ambassadeur d'Espagne, Pedro Ruiz. La réunion a porté sur l'immigration irrégulière.",
    ),
    # the city the seat's name ends with
    (
        "Port Louis",
        "MU",
        "Le commissaire de police de Maurice, Rakesh Doobur, a reçu lundi aux Casernes centrales de Port-Louis le "
        "chef de la police des Seychelles, Ted Barbé.",
    ),
    (
        "Niamey",
        "NE",
        "Le directeur de la police du Togo, Kossi Amega, a visité mardi l'École nationale de police de Niamey, où il "
        "a été reçu par le ministre de l'Intérieur, Moussa Issa.",
    ),
]


@pytest.mark.parametrize(("city", "country", "text"), PLACED)
def test_a_meeting_is_placed(city: str | None, country: str, text: str) -> None:
    # (the seat, if any, is told in full, its city with it: the city is read from its name)
    location = only_meeting(text).location
    assert location.city == city and location.country == country
    assert location.venue is None or (city is not None and location.venue.endswith(city.replace(" ", "-")))
