"""Country words, demonyms, cities and organisations to codes, in French and English."""

from __future__ import annotations

import re

import pytest

from communique.normalise import places
from communique.text import fold


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Danemark", "DK"), ("au Danemark", "DK"), ("danois", "DK"), ("danoise", "DK"),
        ("Denmark", "DK"), ("Danish", "DK"), ("son homologue danois", "DK"),
        ("la délégation espagnole", "ES"), ("the Spanish delegation", "ES"), ("Espagne", "ES"),
        ("Royaume du Maroc", "MA"), ("marocains", "MA"), ("Moroccan", "MA"),
        ("Émirats arabes unis", "AE"), ("Emirats arabes unis", "AE"), ("EAU", "AE"), ("émirati", "AE"),
        ("États-Unis", "US"), ("Etats-Unis", "US"), ("américain", "US"),
        ("Royaume-Uni", "GB"), ("britannique", "GB"), ("British", "GB"),
        ("nigérien", "NE"), ("nigérian", "NG"), ("Nigerian", "NG"), ("sénégalaise", "SN"),
        ("Côte d'Ivoire", "CI"), ("Côte d’Ivoire", "CI"), ("DK", "DK"),
    ],
)  # fmt: skip
def test_country_words(word: str, code: str) -> None:
    assert places.country_code(word) == code


@pytest.mark.parametrize("word", ["eau", "un", "au", "ministre", "", None])
def test_not_countries(word: str | None) -> None:
    assert places.country_code(word) is None


@pytest.mark.parametrize(
    ("word", "party"),
    [
        ("Interpol", "INTERPOL"), ("OIPC-Interpol", "INTERPOL"), ("Europol", "EUROPOL"), ("Afripol", "AFRIPOL"),
        ("Ligue arabe", "LAS"), ("Arab League", "LAS"), ("Conseil des ministres arabes de l'Intérieur", "AIMC"),
        ("UN", "UN"), ("ONUDC", "UNODC"), ("DGSN", "MA"), ("DGST", "MA"), ("Guardia Civil", "ES"),
        ("Garde civile", "ES"), ("FBI", "US"), ("Bundeskriminalamt", "DE"), ("espagnol", "ES"),
    ],
)  # fmt: skip
def test_party_codes(word: str, party: str) -> None:
    assert places.party_code(word) == party


@pytest.mark.parametrize(
    ("word", "city", "country"),
    [("Alger", "Algiers", "DZ"), ("Algiers", "Algiers", "DZ"), ("La Haye", "The Hague", "NL"),
     ("Tanger", "Tangier", "MA"), ("Marrakech", "Marrakech", "MA"), ("Séville", "Seville", "ES"),
     ("Bruxelles", "Brussels", "BE"), ("Le Caire", "Cairo", "EG")],
)  # fmt: skip
def test_cities_in_english(word: str, city: str, country: str) -> None:
    found = places.city(word)
    assert found is not None and (found.name, found.country) == (city, country)


def test_short_acronyms_match_only_in_capitals() -> None:
    found = places.mentions("Il a eu un entretien au siège, loin de l'eau, avec l'UA, l'ONU et les EAU.")
    words = [(m.text, m.country, m.organisation.code if m.organisation else None) for m in found]
    assert ("un", None, "UN") not in words and ("au", None, "AU") not in words
    assert ("eau", "AE", None) in words and ("ua", None, "AU") in words


@pytest.mark.parametrize(
    "name", ["NYPD", "New York Police Department", "New York City Police Department", "LAPD"]
)
def test_a_city_police_force_named_without_its_country_stands_for_it(name: str) -> None:
    org = places.organisation(name)
    assert org is not None and org.party == "US"


def test_ambiguous_acronym_placed_in_context() -> None:
    org = places.organisation("DGSN")
    assert org is not None and org.party == "MA" and org.in_country({"DZ"}).party == "DZ"


@pytest.mark.parametrize(
    "text",
    [
        "drug smuggling in the Indian Ocean",
        "la piraterie dans le golfe de Guinée",
        "patrols in the Gulf of Guinea",
    ],
)
def test_a_sea_named_after_a_country_is_not_that_country(text: str) -> None:
    assert [m.country for m in places.mentions(text)] == []


def test_the_country_next_to_a_sea_name_is_still_found() -> None:
    assert [m.country for m in places.mentions("le golfe de Guinée et la Guinée")] == ["GN"]


@pytest.mark.parametrize(
    ("name", "code"),
    [("Enugu", "NG"), ("Port Harcourt", "NG"), ("Kumasi", "GH"), ("Bouaké", "CI"), ("Ziguinchor", "SN"),
     ("Bobo-Dioulasso", "BF"), ("Pointe-Noire", "CG"), ("Bukavu", "CD"), ("Peshawar", "PK"),
     ("Chattogram", "BD"), ("Kisumu", "KE"), ("Arusha", "TZ"), ("Samarcande", "UZ"), ("Naplouse", "PS")],
)  # fmt: skip
def test_cities_beyond_the_capitals_give_their_country(name: str, code: str) -> None:
    found = places.city(name)
    assert found is not None and found.country == code


def test_a_strait_is_no_city() -> None:
    text = "Les deux ministres ont parlé du narcotrafic dans le détroit."
    assert all(m.city is None for m in places.mentions(text))


@pytest.mark.parametrize(
    "text",
    [
        "Le directeur de la «DGSN» a reçu l'ambassadeur des USA et le chef de l'OCRTIS à Rabat.",
        "  Two  spaces,\tthe  UNODC and the FBI: Straße-Polizei (BKA) und EU.",
        "Ｆｕｌｌ-width ＦＢＩ and the FBI\u00a0office",  # not a tidied text: folded as it comes
    ],
)
def test_a_letter_is_placed_in_the_folded_text_as_folding_what_comes_before_it_places_it(text: str) -> None:
    """Where each acronym falls in the folded text is read off one map of the text (a text of
    thousands of acronyms folded its beginning again for each), and falls where it did."""
    at = places._folded_offset(text, fold(text))
    for match in re.finditer(r"[A-Z]", text):
        assert at(match.start()) == len(fold(text[: match.start()] + "x")) - 1


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("the Commander of US Africa Command, General Dan Parker", ["US"]),
        ("a team from US AFRICOM", ["US"]),
        ("officers of the US Marines", ["US"]),
        (
            "Let US Command our own future",
            [],
        ),  # (a headline in capitals, the pronoun: not before a command's name)
    ],
)
def test_us_before_a_combatant_command_or_a_service_is_the_united_states(
    text: str, countries: list[str]
) -> None:
    """'the Commander of US Africa Command' was of no country: "US" names the United States before an office or
    agency word only (it is also "us" in capitals), and commands and services were none of them."""
    assert [m.country for m in places.mentions(text) if m.country] == countries
