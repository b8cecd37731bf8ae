"""Sides the reader lost on real pages: the country that receives several envoys each posted to it, a regional
police chiefs' body the organisation table lacked, and the members of a gathering listed in brackets after a
region's long name (the grouping that only names its members is no side, nor a bloc named by its member countries).
Every sentence invented, none of them an eval case's."""

from __future__ import annotations

import pytest
from support import read_offline


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # several envoys, each posted to the one country that receives them all: it is their hosts'
        ("The Minister of Interior, Sheikh Nasser Al-Khalifa, on Sunday received Chile's Ambassador to Qatar Diego "
         "Rojas and Ghana's Ambassador to Qatar Ama Owusu to discuss police training.",
         {"CL", "GH", "QA"}),
        ("Le ministre de la Sécurité, Moussa Traoré, a reçu lundi l'ambassadeur de Norvège au Mali, Erik Lund, et "
         "l'ambassadeur du Japon au Mali, Kenji Sato, pour évoquer la lutte contre le terrorisme.",
         {"JP", "ML", "NO"}),
        # ... but one envoy accredited to several countries at once is posted to none of them as a side
        ("L'ambassadeur du Togo en Allemagne, en Autriche et en Suisse, Koffi Adjo, a été reçu lundi à Berne par la "
         "directrice de fedpol, Anna Keller, pour évoquer la cybercriminalité.",
         {"CH", "TG"}),
        # the Pacific Islands Chiefs of Police, a side as the other regional chiefs' bodies are
        ("The Executive Director of the Pacific Islands Chiefs of Police, Sina Tuilagi, paid a courtesy call on the "
         "Commissioner of the Cook Islands Police Service, Tangi Marsters, on Tuesday to discuss training.",
         {"CK", "PICP"}),
        ("Le directeur exécutif des Chefs de police des îles du Pacifique, Sione Latu, a été reçu mardi par le "
         "commissaire de la police de Nauru, Roland Dabwido, pour parler de formation.",
         {"NR", "PICP"}),
        # members listed in brackets after a region's long name; the grouping named before its members is none
        ("Les ministres de l'Intérieur des pays riverains du bassin du lac Tchad (Cameroun, Niger, Nigeria et Tchad) "
         "se sont réunis mardi à Niamey pour coordonner la lutte contre le terrorisme.",
         {"CM", "NE", "NG", "TD"}),
        ("Ce séminaire a réuni mardi à Tunis les chefs de la police judiciaire de l'Union du Maghreb arabe (Algérie, "
         "Libye, Maroc, Mauritanie et Tunisie) pour parler de cybercriminalité.",
         {"DZ", "LY", "MA", "MR", "TN"}),
        # a bloc named by its member countries is where they come from, no side: "ASEAN member countries",
        # « les pays membres de la CEDEAO »
        ("Manila, 6 October 2026 - The Chief of the Philippine National Police, General Jose Reyes, flew to Laos on "
         "Monday to attend a meeting of police chiefs of ASEAN member countries in Vientiane, hosted by the Lao "
         "police.",
         {"LA", "PH"}),
        ("Dakar, 6 octobre 2026 - Le directeur général de la police nationale, Modou Diop, a pris part lundi à Accra à "
         "la réunion des chefs de police des pays membres de la CEDEAO, organisée par la police ghanéenne.",
         {"GH", "SN"}),
    ],
)  # fmt: skip
def test_the_sides_named_are_the_parties(text: str, parties: set[str]) -> None:
    meetings = read_offline(text, "2026-05-06").meetings
    assert set(meetings[0].parties) == parties
