"""Names the offline reader keeps: person-shaped, whole, without ranks. All invented."""

from __future__ import annotations

import pytest
from support import read_offline

from communique.backends.rules import people
from communique.ingest import read_bytes
from communique.normalise import names
from communique.text import fold


@pytest.mark.parametrize(
    "text",
    [
        "Public Relations",  # an office
        "Working Arrangement",  # a document
        "New Zealand",  # a country of two words
        "Kurdistan Region",  # a region
        "Law Enforcement",  # a unit's function words
        "DIG Operations",  # a rank and a branch
        "Additional IG Investigations",
        "Senior Officers",
        "Région du Kurdistan",
        "Border Information System",
        "Kowalo Meets Number",  # a headline verb
        "Sahelpol-Police IV",  # a numbered programme
        "Santa Marta",  # a place after a saint's prefix
        "Upper Volta",
        "Evening Times",  # a newspaper
        "Neighbourhood Oriented Policing",
        "Hindu Religious",  # the words of a ministry's remit
        "Smuggling Branch",  # a unit
    ],
)
def test_offices_units_documents_and_places_are_not_person_shaped(text: str) -> None:
    assert not names.person_shaped(text)
    assert not names.person_like(text)


@pytest.mark.parametrize(
    "name",
    [
        "Ahmed Salem Ould Mohamed Vall",
        "Tarik Ben Hadj Amor",
        "Khalid bin Saeed Al Mansoori",
        "Saad Ali al-Jubouri",
        "Lucía de la Fuente",
        "Pieter van der Berg",
        "Omar Abu Shanab",
        "Joseph Kamau Wang’ombe",
        "Amos Kip’ruto",
        "Samuel T. Kollie-Dennis",
    ],
)
def test_compound_names_stay_whole(name: str) -> None:
    sentence = f"Le ministre a reçu mardi {name}, directeur de la police."
    assert [fold(p.name or "") for p in people.find(sentence, set())] == [fold(name)]
    assert names.person_like(name)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Inspector-General of Police, IGP Musa Danjuma Oyelaran, received the team.",
            "Musa Danjuma Oyelaran",
        ),
        (
            "H.H. Lt. General Sheikh Hamdan bin Rashid Al Kaabi received the minister.",
            "Hamdan bin Rashid Al Kaabi",
        ),
        ("The talks were attended by Superintendent Emre Yıldırımoğlu of the guests.", "Emre Yıldırımoğlu"),
        ("Also present was Shaikh Nasser bin Omar Al Marri.", "Nasser bin Omar Al Marri"),
        ("Also present was Engineer Salem Obaid Al Dhaheri.", "Salem Obaid Al Dhaheri"),
        (
            "Son Excellence M. Sidi Mohamed Ould Ahmed Ould Cheikh Salem a reçu le ministre.",
            "Sidi Mohamed Ould Ahmed Ould Cheikh Salem",
        ),
    ],
)
def test_ranks_and_honorific_chains_are_not_part_of_names(sentence: str, name: str) -> None:
    assert [p.name for p in people.find(sentence, set())] == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegation visited the camp Mamadou Lamine Kane, home of the mobile units.",
        "Les stagiaires ont visité l'école Ibrahima Ndoye Sarr de Thiès.",
        "The delegation signed a Working Arrangement with the Public Relations Department of New Zealand.",
    ],
)
def test_places_named_after_people_and_title_case_things_are_not_people(sentence: str) -> None:
    assert people.find(sentence, set()) == []


def test_a_title_after_an_elided_article_gives_the_represented_country() -> None:
    sentence = (
        "Le Ministre de la Sécurité, le Général Koffi Dzidula, a reçu en audience, le jeudi 4 septembre, "
        "à Lomé, l'Ambassadeur du Ghana au Togo, Kwabena Asante Boateng."
    )
    found = {p.name: p for p in people.find(sentence, frozenset({"TG", "GH"}))}
    assert found["Kwabena Asante Boateng"].party == "GH"
    assert found["Kwabena Asante Boateng"].title == "Ambassadeur du Ghana au Togo"


def test_a_country_of_the_previous_person_is_not_the_next_ones() -> None:
    sentence = "Deputy Minister for Interior of Azerbaijan Elnur Qasimov here on Monday called on Interior Minister Rana Shahid Mehmood."
    found = {p.name: p for p in people.find(sentence, frozenset({"AZ", "PK"}))}
    assert found["Elnur Qasimov"].party == "AZ"
    assert found["Rana Shahid Mehmood"].party is None


def test_a_title_with_a_after_it_and_a_party_from_the_title_after_the_name() -> None:
    sentence = (
        "Le chef de la délégation, Teodoro Nsue Obiang Mba, secrétaire général du ministère équato-guinéen "
        "de la Sécurité nationale, a été reçu par le Délégué général à la Sûreté nationale, Ernest Mvondo Abena."
    )
    found = {p.name: p for p in people.find(sentence, frozenset({"CM", "GQ"}))}
    assert found["Teodoro Nsue Obiang Mba"].party == "GQ"
    assert found["Ernest Mvondo Abena"].title == "Délégué général à la Sûreté nationale"


def test_a_run_with_a_double_space_inside_gives_a_record_not_a_crash() -> None:
    """Trimming a run closes up a run of spaces inside it: the name is still found where
    it stands (a property test found ``ValueError: substring not found`` here)."""
    sentence = "a reçu mardi à Rabat son homologue Mikael Wern  Le Directeur général de la Sûreté nationale, M. Karim Benali, \x1e:"
    found = [p.name for p in people.find(sentence, set())]
    assert "Karim Benali" in found and all(name and name in sentence for name in found)


def test_a_name_after_the_unit_it_heads_is_read_without_it() -> None:
    sentence = (
        "The delegation included Assistant Secretary of the People Smuggling and Human Trafficking Branch "
        "Maria Okonkwo and Commander Jon Peters."
    )
    assert "Maria Okonkwo" in {p.name for p in people.find(sentence, set())}


@pytest.mark.parametrize(
    ("sentence", "countries", "name"),
    [
        # a given name in South Asia, as « Cheikh » is in West Africa
        (
            "Police Commissioner Sheikh Md. Karim Uddin received the delegation on Monday.",
            {"BD"},
            "Sheikh Md. Karim Uddin",
        ),
        (
            "Prime Minister Sheikh Rehana Begum received the visiting minister.",
            {"BD", "IN"},
            "Sheikh Rehana Begum",
        ),
        # a prince's title before his patronymic chain
        (
            "Sheikh Nasser bin Hamad Al Khalifa received the visiting minister.",
            {"BH"},
            "Nasser bin Hamad Al Khalifa",
        ),
    ],
)
def test_sheikh_is_a_given_name_unless_a_patronymic_chain_or_a_gulf_monarchy_says_a_title(
    sentence: str, countries: set[str], name: str
) -> None:
    assert name in {p.name for p in people.find(sentence, countries)}


def test_sheikh_before_three_names_in_a_gulf_text_is_a_title() -> None:
    sentence = "Sheikh Khalid Mubarak Hamdan, the Minister of Interior of Kuwait, received the delegation."
    assert "Khalid Mubarak Hamdan" in {p.name for p in people.find(sentence, {"KW"})}


def test_initials_glued_together_without_their_last_full_stop_stay_with_the_name() -> None:
    sentence = "The delegation held talks with the Minister of Fisheries K.P Jayasuriya on Tuesday."
    assert [p.name for p in people.find(sentence, set())] == ["K.P Jayasuriya"]
    # (a country's dotted letters are no initials: "The U.K Ambassador")
    assert [p.name for p in people.find("The U.K Ambassador John Smith met the minister.", set())] == [
        "John Smith"
    ]


@pytest.mark.parametrize("name", ["Sheikh Hasina", "Cheikh Ndiaye", "Sheikh Md. Karim Uddin"])
def test_a_name_that_starts_with_sheikh_is_person_shaped(name: str) -> None:
    assert names.person_shaped(name) and names.person_like(name)


def test_a_wire_s_pronunciation_guide_inside_a_name_is_left_out() -> None:
    record = read_offline(
        "Commissioner Maria (mah-REE'-ah) Lindqvist of the Swedish Police met with NYPD Commissioner James Kelly "
        "on Thursday in New York. The (UN-OCHA) liaison office was also briefed."
    )
    assert {"Maria Lindqvist", "James Kelly"} <= {p.name for m in record.meetings for p in m.participants}
    for kept in ("(UN-OCHA)", "(e-ADS)"):
        assert kept in read_bytes(f"The {kept} liaison office met the police.".encode(), name="x.txt").text
