"""Classes of misreading found on real English pages not read before (readen52, the train half of a train/test
split). Every sentence invented."""

from __future__ import annotations

import pytest
from support import only_meeting, sides_of

from communique.schema import Role


# a country named after a title's comma, spelt with "St.", is the office's country
@pytest.mark.parametrize(
    ("text", "name", "party"),
    [
        (
            "The regional meeting of police chiefs opened on Tuesday in Basseterre. Delegates were welcomed by Mr. "
            "Calvin Hodge, Commissioner of Police, St. Kitts and Nevis and addressed by the secretariat's director.",
            "Calvin Hodge",
            "KN",
        ),
        (
            "The annual conference of immigration heads opened on Tuesday in Castries. The opening address was given "
            "by Mr. Gregory Alcide, Chief Immigration Officer, St. Lucia.",
            "Gregory Alcide",
            "LC",
        ),
        (
            "Ministers of national security of the region met on Monday in Bridgetown. The meeting was chaired by Ms. "
            "Rhonda Baptiste, Minister of National Security, St. Vincent and the Grenadines, and attended by six "
            "delegations.",
            "Rhonda Baptiste",
            "VC",
        ),
    ],
)
def test_a_country_spelt_with_st_after_a_title_is_the_offices(text: str, name: str, party: str) -> None:
    assert sides_of(text)[name][0] == party


# one of no country said who signs at home with one of a foreign country is of the place's country, and hosts
@pytest.mark.parametrize(
    ("text", "home", "guest"),
    [
        (
            "The Uganda Police Force and the Tanzania Police Force signed a memorandum in Kampala on Monday. The "
            "memorandum was signed between the Inspector General of Police, Joseph Okello Mugisha, and the Tanzanian "
            "Commissioner of Police, Amina Salum Juma.",
            ("Joseph Okello Mugisha", "UG"),
            ("Amina Salum Juma", "TZ"),
        ),
        (
            "Zambia and Malawi signed an immigration accord in Lusaka on Tuesday. The agreement was signed between "
            "the Commissioner-General of Immigration, Chanda Mwila, and the Malawian Director General of "
            "Immigration, Grace Phiri.",
            ("Chanda Mwila", "ZM"),
            ("Grace Phiri", "MW"),
        ),
        (
            "La Police nationale du Niger et celle du Tchad ont signé lundi à Niamey un protocole d'accord. Le "
            "protocole a été signé entre le directeur général de la Police nationale, Issoufou Maman Sani, et le "
            "directeur général tchadien de la Police, Abakar Mahamat Saleh.",
            ("Issoufou Maman Sani", "NE"),
            ("Abakar Mahamat Saleh", "TD"),
        ),
    ],
)
def test_one_of_no_country_who_signs_at_home_is_of_the_place(
    text: str, home: tuple[str, str], guest: tuple[str, str]
) -> None:
    sides = sides_of(text)
    assert sides[home[0]] == (home[1], Role.HOST)
    assert sides[guest[0]] == (guest[1], Role.GUEST)


# a meeting held at the seat of one side's own service: that side hosts
@pytest.mark.parametrize(
    ("text", "guest", "host"),
    [
        (
            "The Chief of Naval Staff, Rear Admiral Kofi Asamoah, on Tuesday met with the Inspector-General of "
            "Police, Dr. Yaw Boakye, at the Police Headquarters in Accra.",
            "Kofi Asamoah",
            "Yaw Boakye",
        ),
        (
            "The Commissioner of Police, Bornface Mweemba, held talks with the Army Commander, Lieutenant General "
            "Mathews Lungu, at the Army Headquarters in Lusaka on Monday.",
            "Bornface Mweemba",
            "Mathews Lungu",
        ),
        (
            "The Inspector General of Police, Samuel Kiprono, on Monday met the Director of Criminal Investigations, "
            "Mercy Wanjiru Kamau, at the DCI Headquarters in Nairobi.",
            "Samuel Kiprono",
            "Mercy Wanjiru Kamau",
        ),
        (
            "Le chef d'état-major de la Marine nationale, le contre-amiral Abdou Ndiaye, s'est entretenu mardi avec "
            "le directeur général de la Police nationale, Mamadou Lamine Sarr, au siège de la Police nationale à "
            "Dakar.",
            "Abdou Ndiaye",
            "Mamadou Lamine Sarr",
        ),
    ],
)
def test_the_side_whose_service_seat_holds_the_meeting_hosts(text: str, guest: str, host: str) -> None:
    sides = sides_of(text)
    assert sides[guest][1] is Role.GUEST
    assert sides[host][1] is Role.HOST


# ... and the seat says nothing when both sides' offices, or neither's, are of its service
@pytest.mark.parametrize(
    "text",
    [
        "The Inspector General of Police, Samuel Kiprono, met the British High Commissioner, Jane Porter, at the "
        "Police Headquarters in Nairobi on Monday.",
        "The Inspector General of Police, Samuel Kiprono, met the Commissioner of Police of Uganda, Paul Okot, at "
        "the Police Headquarters in Nairobi on Monday.",
    ],
)
def test_a_seat_of_both_sides_or_of_the_subject_keeps_the_subject_host(text: str) -> None:
    assert sides_of(text)["Samuel Kiprono"][1] is Role.HOST


# the seat an unnamed office-holder is met at is no part of his office
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The new Inspector General of Police, Samuel Kiprono, on Tuesday met the Director of Criminal "
            "Investigations at the DCI headquarters in Nairobi.",
            "Director of Criminal Investigations",
        ),
        (
            "The Commissioner of Police, Bornface Mweemba, met the Commissioner General of Immigration at the "
            "Immigration Department's offices in Lusaka on Monday.",
            "Commissioner General of Immigration",
        ),
        (
            "Le nouveau directeur général de la Police nationale, Issa Traoré, a rencontré lundi le chef d'état-major "
            "de la Gendarmerie au siège de la Gendarmerie nationale à Bamako.",
            "chef d'état-major de la Gendarmerie",
        ),
    ],
)
def test_the_seat_an_unnamed_office_holder_is_met_at_is_not_his_title(text: str, title: str) -> None:
    assert title in {p.title for p in only_meeting(text).participants if p.name is None}
