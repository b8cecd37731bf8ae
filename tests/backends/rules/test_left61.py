"""People and sides (left61).

1. A source quoted after « d'après », « selon » or "according to", his office in apposition after his name and then
   what he tells (« D'après X, ministre délégué …, le chef de l'État a salué … »): he tells of the encounter, the text
   does not put him in it, so he is no participant, whatever his office.
2. The one "who hosted the delegation" (« qui a accueilli la délégation ») in a sentence after the visit: the host,
   of the side visited, not one of the delegation.
3. Officers of a foreign force visiting, no one of them named ("Senior officers of the X Police visited …", « Des
   officiers supérieurs de la Gendarmerie … ont visité … »): a visit, and the country visited is its other side.
4. Envoys received together, each named after his country (« les ambassadeurs de France, A, d'Allemagne, B »,
   "the ambassadors of Belgium, A, of Austria, B"): each is of the country named before him, not the next one's.
5. One named in full, then by his given name alone after a fronted phrase ("In a post on his Facebook page, Rahman
   said he had … during his meeting with …", « Dans un message …, Mamadou a indiqué qu'il a reçu … »): the same
   participant, in full, never dropped nor doubled.

Names, places and dates are invented.
"""

from __future__ import annotations

import pytest
from support import only_meeting, sides_of

#: (text, who took part).
SOURCES = [
    ("Laos's Minister of Public Security, Vilay Sengdara, on Tuesday held talks in Phnom Penh with Cambodia's "
     "Minister of Interior, Meas Sokun. According to Keo Ratha, Deputy Minister attached to the Prime Minister, the "
     "head of government welcomed the outcome of the talks.",
     {"Vilay Sengdara", "Meas Sokun"}),
    ("Le ministre de l'Intérieur, Romain Adjovi, a reçu lundi à Cotonou son homologue togolais, Komla Agbéko. D'après "
     "Fidèle Hounsou, ministre délégué auprès du Président de la République, le chef de l'État a salué cette "
     "rencontre.",
     {"Romain Adjovi", "Komla Agbéko"}),
    ("Le ministre de l'Intérieur, Romain Adjovi, a reçu lundi à Cotonou son homologue togolais, Komla Agbéko. Selon "
     "Fidèle Hounsou, conseiller spécial du ministre, les deux pays vont créer une commission mixte.",
     {"Romain Adjovi", "Komla Agbéko"}),
    # the spokesman, as before
    ("The Inspector General of Police, Musa Kabiru, on Monday received in Abuja the Commissioner of the Ghana "
     "Police, Kofi Asare. According to Aisha Bello, the police spokesperson, the two chiefs discussed terrorism.",
     {"Musa Kabiru", "Kofi Asare"}),
]  # fmt: skip


#: (text, the host's name, his party).
HOSTS = [
    ("A delegation of the Liberia National Police led by Deputy Inspector General Moses Tarpeh on Wednesday visited "
     "the headquarters of the Ghana Police Service in Accra. The Inspector-General of Police, Mr. Kwame Boateng, "
     "who hosted the delegation, said the Ghana Police was ready to share its practices.",
     "Kwame Boateng", "GH"),
    ("A delegation of the Liberia National Police led by Deputy Inspector General Moses Tarpeh on Wednesday visited "
     "the headquarters of the Ghana Police Service in Accra. The Director-General of the CID, Kwame Boateng, who "
     "warmly welcomed the visiting delegation, spoke of training.",
     "Kwame Boateng", "GH"),
    ("Une délégation de la Police nationale du Mali conduite par le commissaire Oumar Keïta a effectué mardi une "
     "visite de travail à Dakar. Le Directeur de la Police judiciaire, Cheikh Sarr, qui a accueilli la délégation, "
     "a salué l'échange de renseignements.",
     "Cheikh Sarr", "SN"),
    ("Une délégation de la Police nationale du Mali conduite par le commissaire Oumar Keïta a effectué mardi une "
     "visite de travail à Dakar. La délégation a été accueillie par le Directeur de la Police judiciaire, Cheikh "
     "Sarr, qui a salué l'échange de renseignements.",
     "Cheikh Sarr", "SN"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "host", "party"), HOSTS)
def test_who_hosted_the_delegation_is_the_host(text: str, host: str, party: str) -> None:
    assert sides_of(text)[host] == (party, "host")


#: (text, the parties).
GROUPS = [
    ("Senior officers of the Zambia Police Service on Monday visited the Directorate of Criminal Investigations in "
     "Nairobi.",
     ["KE", "ZM"]),
    ("A team of senior officers from the Zambia Police Service on Monday paid a visit to the Directorate of "
     "Criminal Investigations in Kenya.",
     ["KE", "ZM"]),
    ("Des officiers supérieurs de la Gendarmerie nationale du Burkina Faso ont visité jeudi la Direction de la "
     "police judiciaire à Niamey.",
     ["BF", "NE"]),
    ("Des officiers généraux de la Police nationale ivoirienne ont visité lundi la Direction de la police à Lomé.",
     ["CI", "TG"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "parties"), GROUPS)
def test_officers_visiting_unnamed_have_the_country_visited_as_other_side(
    text: str, parties: list[str]
) -> None:
    meeting = only_meeting(text)
    assert (meeting.parties, meeting.participants) == (parties, [])


#: (text, each envoy's party).
ENVOYS = [
    ("Le ministre de l'Intérieur, Abdou Karim Sow, a reçu jeudi à Dakar les ambassadeurs de France, Jean-Luc "
     "Morel, d'Allemagne, Klaus Brandt, d'Italie, Paolo Conti, et d'Espagne, Luis Romero.",
     {"Jean-Luc Morel": "FR", "Klaus Brandt": "DE", "Paolo Conti": "IT", "Luis Romero": "ES"}),
    ("The Minister of Interior, Hamad Al-Kuwari, on Wednesday received in Doha the ambassadors of Belgium, Marc "
     "Janssens, of the Netherlands, Anke Visser, and of Austria, Stefan Gruber.",
     {"Marc Janssens": "BE", "Anke Visser": "NL", "Stefan Gruber": "AT"}),
    ("Le ministre de l'Intérieur, Abdou Karim Sow, a reçu jeudi à Dakar l'ambassadeur du Japon, Kenji Sato, et "
     "celui de Corée, Min-jun Park.",
     {"Kenji Sato": "JP", "Min-jun Park": "KR"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "parties"), ENVOYS)
def test_each_envoy_of_a_list_is_of_the_country_before_him(text: str, parties: dict[str, str]) -> None:
    sides = sides_of(text)
    assert {name: sides[name][0] for name in parties} == parties


#: (text, who took part).
GIVEN_NAMES = [
    ("Malaysia will step up security cooperation with Thailand, said Home Minister Datuk Seri Azlan Harun Yusof.\n\n"
     "In a post on his Facebook page, Azlan said he had raised the matter during his meeting with the Thai "
     "Ambassador to Malaysia Somchai Wongsa in Putrajaya today.",
     {"Azlan Harun Yusof", "Somchai Wongsa"}),
    ("Le Sénégal et la Gambie vont renforcer leur coopération contre le terrorisme, a annoncé le ministre de "
     "l'Intérieur, Ousmane Baba Ndiaye.\n\nDans un message publié sur sa page, Ousmane a indiqué qu'il a reçu lundi "
     "à Dakar le ministre gambien de l'Intérieur, Lamin Ceesay.",
     {"Ousmane Baba Ndiaye", "Lamin Ceesay"}),
    # by his surname, as before
    ("Malaysia will step up security cooperation with Thailand, said Home Minister Datuk Seri Azlan Harun Yusof.\n\n"
     "Yusof said he had raised the matter during his meeting with the Thai Ambassador to Malaysia Somchai Wongsa in "
     "Putrajaya today.",
     {"Azlan Harun Yusof", "Somchai Wongsa"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "named"), [*SOURCES, *GIVEN_NAMES])
def test_those_who_took_part(text: str, named: set[str]) -> None:
    """Not the source quoted (1); the one named by his given name, in full and once (5)."""
    assert {p.name for p in only_meeting(text).participants if p.name} == named
