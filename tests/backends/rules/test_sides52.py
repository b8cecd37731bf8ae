"""Each participant's side (party, role), classes of faults read on real pages, each tested over several wordings,
invented names and both languages.

1. A meeting held at the seat of one side's own service is hosted by that side, when the two sides are its subject
   together ("A and B met at the PNP headquarters", « A et B se sont entretenus au siège de la Gendarmerie ») as when
   one met the other there.
2. The chair of a body of states is of the country whose office he holds at home ("the chairperson of SARPCCO and
   Zambia's Inspector General of Police", « le président en exercice du CCPAO, le directeur général de la police du
   Niger »), not of the body.
3. (Not done: an acting mark after the office, "Guyana's Police Commissioner (ag) X", is read already.)
4. (Not done: an ambassador receiving at his own embassy hosts already in the wordings tried.)
5. A side the body names with no country, the other's said, is of the one country more the headline names ("Kenyan
   police chief in Kampala", « Le ministre béninois de l'Intérieur en visite à Lomé »). (Not done: a country said in
   an earlier sentence that is read as a meeting of its own.)
6. With no place read, "X met Y" leaves X host (Y "who is on a visit", "the visiting Y": still), but a later
   sentence that tells Y welcoming his guest ("Y welcomed his guest", « Y a souhaité la bienvenue à son hôte ») makes
   Y the host.
"""

from __future__ import annotations

import pytest
from support import sides_of

from communique.schema import Role

# (text, host's name, host's country, guest's name, guest's country): no town, the seat alone says who hosts
AT_A_SIDES_SEAT = [
    (
        "The Chief of the Kenyan Police, Samuel Otieno, and the Director General of the Philippine National Police "
        "(PNP), General Ramon Cruz, met on Tuesday at the PNP headquarters to discuss cooperation against drug "
        "trafficking.",
        "Ramon Cruz",
        "PH",
        "Samuel Otieno",
        "KE",
    ),
    (
        "Uganda's Inspector General of Police, Moses Okello, and the Commissioner of the Rwanda National Police, "
        "Eric Habimana, held talks on Monday at the RNP headquarters in a spirit of friendship.",
        "Eric Habimana",
        "RW",
        "Moses Okello",
        "UG",
    ),
    (
        "The Chief of the Kenyan Police, Samuel Otieno, and the Commander of the Tanzanian Army, Juma Salim, met on "
        "Friday at the Army Headquarters.",
        "Juma Salim",
        "TZ",
        "Samuel Otieno",
        "KE",
    ),
    (
        "Le commandant de la Gendarmerie nationale nigérienne, le général Issa Moussa, et le chef de la police "
        "malienne, Amadou Traoré, se sont entretenus jeudi au siège de la Gendarmerie.",
        "Issa Moussa",
        "NE",
        "Amadou Traoré",
        "ML",
    ),
]


@pytest.mark.parametrize(("text", "host", "host_party", "guest", "guest_party"), AT_A_SIDES_SEAT)
def test_a_joint_subject_at_one_sides_seat_is_hosted_by_that_side(
    text: str, host: str, host_party: str, guest: str, guest_party: str
) -> None:
    sides = sides_of(text, "2026-05-14")
    assert sides[host] == (host_party, Role.HOST)
    assert sides[guest] == (guest_party, Role.GUEST)


# (text, the chair's name, his country)
CHAIRS = [
    (
        "The chairperson of SARPCCO and Zambia's Inspector General of Police, Peter Banda, received the Commissioner "
        "General of the Malawi Police, John Phiri, in Lusaka on Monday.",
        "Peter Banda",
        "ZM",
    ),
    (
        "Peter Banda, the SARPCCO chairperson and Inspector General of the Zambia Police, received the Commissioner "
        "General of the Malawi Police, John Phiri, on Monday.",
        "Peter Banda",
        "ZM",
    ),
    (
        "The National Commissioner of the Zambia Police in his capacity as the chairperson of the Southern African "
        "Regional Police Chiefs Co-operation Organisation (SARPCCO), Peter Banda, is hosting the annual general "
        "meeting of SARPCCO in Lusaka this week.",
        "Peter Banda",
        "ZM",
    ),
    (
        "The National Commissioner of the SAPS, acting as the chairperson of the Southern African Regional Police "
        "Chiefs Co-operation Organisation (SARPCCO), General Thabo Nkosi, received the Commissioner General of the "
        "Malawi Police, John Phiri, in Pretoria on Monday.",
        "Thabo Nkosi",
        "ZA",
    ),
    (
        "Le directeur général de la DGSN, en sa qualité de président en exercice de l'Organisation des chefs de police "
        "d'Afrique centrale (CCPAC), Karim Bennani, a reçu lundi le chef de la police tchadienne, Idriss Mahamat.",
        "Karim Bennani",
        "MA",
    ),
    (
        "Le président en exercice du Comité des chefs de police de l'Afrique de l'Ouest (CCPAO), le directeur général "
        "de la police du Niger, Issa Moussa, a reçu lundi son homologue malien, Amadou Traoré.",
        "Issa Moussa",
        "NE",
    ),
]


@pytest.mark.parametrize(("text", "chair", "country"), CHAIRS)
def test_the_chair_of_a_body_of_states_is_of_his_own_offices_country(
    text: str, chair: str, country: str
) -> None:
    assert sides_of(text, "2026-05-14")[chair][0] == country


# (text, the one of no country the body names, his country, which the headline alone says)
HEADLINE_COUNTRIES = [
    (
        "Kenyan police chief in Kampala\n\nThe Inspector General of Police, Samuel Otieno, met on Tuesday in Kampala "
        "with Uganda's Inspector General of Police, Moses Okello.",
        "Samuel Otieno",
        "KE",
    ),
    (
        "Rwandan police chief holds talks in Dar es Salaam\n\nThe Inspector General of Police, Eric Habimana, was "
        "received on Tuesday in Dar es Salaam by Tanzania's Inspector General of Police, Juma Salim.",
        "Eric Habimana",
        "RW",
    ),
    (
        "Le patron de la police ivoirienne à Accra\n\nLe directeur général de la Police nationale, Yao Kouassi, s'est "
        "entretenu mardi à Accra avec l'Inspecteur général de la police ghanéenne, Kwame Mensah.",
        "Yao Kouassi",
        "CI",
    ),
    (
        "Le ministre béninois de l'Intérieur en visite à Lomé\n\nLe ministre de l'Intérieur, Jean Houngbo, a été reçu "
        "lundi à Lomé par son homologue togolais, Koffi Agbeko.",
        "Jean Houngbo",
        "BJ",
    ),
]


@pytest.mark.parametrize(("text", "guest", "country"), HEADLINE_COUNTRIES)
def test_a_side_of_no_country_said_is_of_the_one_the_headline_names(
    text: str, guest: str, country: str
) -> None:
    assert sides_of(text, "2026-05-14")[guest] == (country, Role.GUEST)


# (text, host, guest): no place read; a later sentence tells who welcomed his guest
WELCOMES = [
    (
        "The Chief of the Tajik Police, Farid Rahimov, met on Tuesday the Inspector General of Police, Samuel Otieno. "
        "Otieno welcomed his guest and thanked him for the visit.",
        "Samuel Otieno",
        "Farid Rahimov",
    ),
    (
        "The Chief of the Tajik Police, Farid Rahimov, held talks on Tuesday with the Inspector General of Police, "
        "Samuel Otieno. Otieno warmly welcomed his guest and recalled the ties between the two forces.",
        "Samuel Otieno",
        "Farid Rahimov",
    ),
    (
        "Le chef de la police béninoise, Jean Houngbo, s'est entretenu lundi avec le directeur général de la police, "
        "Koffi Agbeko. Agbeko a souhaité la bienvenue à son hôte.",
        "Koffi Agbeko",
        "Jean Houngbo",
    ),
    # (the one who met a visitor, and welcomed him, still hosts)
    (
        "The Inspector General of Police, Samuel Otieno, met on Tuesday the Chief of the Tajik Police, Farid Rahimov, "
        "who is on a visit. Otieno welcomed his guest.",
        "Samuel Otieno",
        "Farid Rahimov",
    ),
    (
        "The Inspector General of Police, Samuel Otieno, met on Tuesday the visiting Chief of the Tajik Police, Farid "
        "Rahimov.",
        "Samuel Otieno",
        "Farid Rahimov",
    ),
]


@pytest.mark.parametrize(("text", "host", "guest"), WELCOMES)
def test_the_one_who_welcomes_his_guest_hosts(text: str, host: str, guest: str) -> None:
    sides = sides_of(text, "2026-05-14")
    assert (sides[host][1], sides[guest][1]) == (Role.HOST, Role.GUEST)
