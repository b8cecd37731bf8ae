"""Integrity of the gazetteer data: countries, cities and organisations.

Standard library only: these tests read the JSON files directly, so they check the data
whatever the code that loads it does.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from functools import cache

import pytest
from conftest import ROOT

DATA = ROOT / "src/communique/data"

# The international codes the analysis format lists for `parties`.
SPEC_INTERNATIONAL = {
    "INTERPOL", "EUROPOL", "AFRIPOL", "AMERIPOL", "ASEANAPOL", "GCCPOL", "EU", "AU", "UN",
    "UNODC", "OAS", "LAS", "AIMC", "NATO", "OSCE", "FRONTEX", "EUROJUST", "CEMAC", "ECOWAS",
}  # fmt: skip

# Words of ordinary French or English running text that must never be a country name,
# demonym, city variant or organisation name or code: the matcher folds case, so "Nice"
# would fire on "nice", "AISE" on "à l'aise", "MPS" on "MPs". The few acronyms that fold
# to such a word on purpose are listed in CASE_SENSITIVE_ACRONYMS below.
COMMON_WORDS = {
    "un", "une", "au", "aux", "eu", "us", "eau", "le", "la", "les", "de", "des", "du", "en",
    "et", "or", "an", "as", "at", "in", "is", "it", "on", "to", "by", "far", "ice", "raid",
    "nice", "sale", "male", "tours", "orange", "grenade", "sucre", "roseau", "victoria",
    "casa", "rio", "bougie", "valence", "pole", "poles", "english", "anglais", "arabe",
    "arab", "maurice", "dominique", "hollande", "cap", "medina", "medine", "riad", "split",
    "uno", "las", "pj", "afp", "gene", "genes", "aise", "mit", "mps", "met", "gip", "roma",
    "bale", "nationale", "police", "royale", "republique", "republic",
    "federal", "federale", "ministry", "ministere", "interieur", "interior",
    # cities of the wider world whose names are words too: « le détroit » (the strait), « le
    # menton », « la tête », "ganja" (cannabis), "cork", "bath", "reading", "man", "van"
    "detroit", "menton", "tete", "ganja", "cork", "bath", "reading", "mobile", "bar", "man", "van",
    "wa", "ho", "bo", "aba", "kara", "gao",
}  # fmt: skip

_TYPOGRAPHY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00a0": " ", "\u2010": "-", "\u2011": "-"})
_NON_WORD = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """Lower case, no accents, hyphens and punctuation as spaces, single spaces (the same
    folding as the project's matcher)."""
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFC", text).translate(_TYPOGRAPHY))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(_NON_WORD.sub(" ", plain.replace("_", " ")).split())


@cache
def load(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as handle:
        data = json.load(handle)
    assert isinstance(data, list), f"{name} must hold a JSON list"
    return data


def countries() -> list[dict]:
    return load("countries.json")


def cities() -> list[dict]:
    return load("cities.json")


def organisations() -> list[dict]:
    return load("organisations.json")


def country_codes() -> set[str]:
    return {c["code"] for c in countries()}


def _is_str_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() == v and v for v in value)


def _collisions(pairs: list[tuple[str, str]]) -> dict[str, set[str]]:
    """Folded names that map to more than one owner."""
    owners: dict[str, set[str]] = defaultdict(set)
    for name, owner in pairs:
        owners[fold(name)].add(owner)
    return {name: found for name, found in owners.items() if len(found) > 1}


def country_pairs() -> list[tuple[str, str]]:
    return [
        (name, c["code"])
        for c in countries()
        for key in ("en", "fr", "demonyms_en", "demonyms_fr")
        for name in c.get(key, [])
    ]


def city_pairs() -> list[tuple[str, str]]:
    return [
        (name, f"{c['en']} ({c['country']})") for c in cities() for name in [c["en"], *c.get("variants", [])]
    ]


def organisation_pairs() -> list[tuple[str, str]]:
    return [(name, o["code"]) for o in organisations() for name in [o["code"], *o.get("names", [])]]


# ---------------------------------------------------------------- shape


@pytest.mark.parametrize("name", ["countries.json", "cities.json", "organisations.json"])
def test_files_parse_as_lists_of_objects(name: str) -> None:
    data = load(name)
    assert data
    assert all(isinstance(entry, dict) for entry in data)


def test_countries_shape() -> None:
    rows = countries()
    assert len(rows) >= 120
    allowed = {"code", "code3", "en", "fr", "demonyms_en", "demonyms_fr", "territories"}
    cities = {(city["en"], city["country"]) for city in load("cities.json")}
    for c in rows:
        assert set(c) <= allowed | {"capital", "economic_capital"}, c
        # a capital (and an economic capital) is one of the country's own cities, by its English name
        assert "capital" not in c or (c["capital"], c["code"]) in cities, c["code"]
        assert "economic_capital" not in c or (c["economic_capital"], c["code"]) in cities, c["code"]
        assert re.fullmatch(r"[A-Z]{2}", c["code"]), c
        # ISO 3166-1 alpha-3, as event data (PLOVER) name countries; Kosovo's is the customary XKX
        assert re.fullmatch(r"[A-Z]{3}", c["code3"]), c
        for key in allowed - {"code", "code3"}:
            assert _is_str_list(c.get(key, [])), (c["code"], key)
        assert c["en"], c["code"]
        assert c["fr"], c["code"]
        # The first name of each language is the display name used in summaries.
        assert not re.fullmatch(r"[A-Z.]+", c["en"][0]), c["code"]
        assert not re.fullmatch(r"[A-Z.]+", c["fr"][0]), c["code"]
        assert all(d == d.lower() for d in c["demonyms_fr"]), c["code"]
    codes = [c["code"] for c in rows]
    assert len(codes) == len(set(codes)), "duplicate country code"
    assert len({c["code3"] for c in rows}) == len(codes), "duplicate alpha-3 code"


def test_cities_shape() -> None:
    rows = cities()
    assert len(rows) >= 250
    known = country_codes()
    for c in rows:
        assert set(c) <= {"en", "fr", "country", "variants"}, c
        assert "fr" not in c or (isinstance(c["fr"], str) and c["fr"] != c["en"]), c
        assert isinstance(c["en"], str) and c["en"].strip(), c
        assert re.fullmatch(r"[A-Z]{2}", c["country"]), c
        assert c["country"] in known, c
        assert _is_str_list(c["variants"]), c
        assert fold(c["en"]) in {fold(v) for v in c["variants"]}, c
    keys = [(c["en"], c["country"]) for c in rows]
    assert len(keys) == len(set(keys)), "duplicate city"


def test_every_organisation_gives_a_party_code_the_schema_takes() -> None:
    """A code written as its name ("G5 SAHEL") is a party as the schema takes it ("G5-SAHEL"):
    a record with it once failed validation whole."""
    from communique.normalise import places
    from communique.schema import Meeting

    for o in organisations():
        if o["country"] is None:
            org = places.organisation(o["names"][0])
            assert org is not None and org.party is not None, o
            Meeting(kind="other", parties=[org.party])  # raises if the schema refuses it


def test_organisations_shape() -> None:
    known = country_codes()
    codes = []
    for o in organisations():
        assert set(o) <= {"code", "names", "country", "also", "note"}, o
        assert re.fullmatch(r"[A-Z0-9][A-Z0-9 -]*[A-Z0-9]", o["code"]), o
        assert _is_str_list(o["names"]) and o["names"], o
        assert o["country"] is None or o["country"] in known, o
        also = o.get("also", [])
        assert _is_str_list(also), o
        for code in also:
            assert code in known, o
            assert code != o["country"], o
        if also:
            assert o["country"] is not None, "`also` only makes sense for a national agency"
        if "note" in o:
            assert isinstance(o["note"], str) and o["note"], o
        codes.append(o["code"])
    assert len(codes) == len(set(codes)), "duplicate organisation code"


def test_spec_international_codes_present() -> None:
    international = {o["code"] for o in organisations() if o["country"] is None}
    assert international >= SPEC_INTERNATIONAL, SPEC_INTERNATIONAL - international


def test_organisation_codes_are_not_country_codes() -> None:
    """Only "AU" is both: the spec gives the African Union the code of Australia, so a party
    "AU" is read as the African Union and Australia needs its name or a demonym in the text."""
    assert {o["code"] for o in organisations()} & country_codes() == {"AU"}


# ---------------------------------------------------------------- one name, one owner


def test_no_empty_folded_name() -> None:
    for name, owner in country_pairs() + city_pairs() + organisation_pairs():
        assert fold(name), (name, owner)


def test_country_names_and_demonyms_are_unambiguous() -> None:
    assert _collisions(country_pairs()) == {}


def test_city_variants_are_unambiguous() -> None:
    assert _collisions(city_pairs()) == {}


def test_organisation_names_are_unambiguous() -> None:
    assert _collisions(organisation_pairs()) == {}


def test_city_named_like_a_country_is_in_that_country() -> None:
    """ "Koweït", "Djibouti", "Mexico", "Singapour": a city variant that is also a country
    name must belong to that country, so both readings give the same code."""
    by_name = {fold(name): code for name, code in country_pairs()}
    for c in cities():
        for variant in [c["en"], *c["variants"]]:
            code = by_name.get(fold(variant))
            assert code in (None, c["country"]), (variant, c["country"], code)


def test_organisation_names_are_not_country_or_city_names() -> None:
    places = {fold(name) for name, _ in country_pairs() + city_pairs()}
    clashes = {name for name, _ in organisation_pairs() if fold(name) in places}
    assert clashes == set()


# Acronyms that fold to a common word: they are only safe when matched as written, in
# capitals ("UN", "AU", "EU", "LAS" are the spec's codes). Adding one here is a decision.
CASE_SENSITIVE_ACRONYMS = {"UN", "AU", "EU", "LAS", "EAU", "FAR", "RAID", "ICE"}


def test_no_common_word_as_a_name() -> None:
    from communique.normalise.places import CAPITALISED_ONLY

    pairs = country_pairs() + city_pairs() + organisation_pairs()
    bad = {
        (name, owner)
        for name, owner in pairs
        if fold(name) in COMMON_WORDS
        and name not in CASE_SENSITIVE_ACRONYMS
        and fold(name) not in CAPITALISED_ONLY  # read only where the text writes them with a capital
    }
    assert bad == set()


def test_case_sensitive_acronyms_are_written_in_capitals() -> None:
    pairs = country_pairs() + city_pairs() + organisation_pairs()
    found = {name for name, _ in pairs if fold(name) in {fold(a) for a in CASE_SENSITIVE_ACRONYMS}}
    assert found == CASE_SENSITIVE_ACRONYMS


# ---------------------------------------------------------------- known answers


def _country(name: str) -> str | None:
    return {fold(n): code for n, code in country_pairs()}.get(fold(name))


def _city(name: str) -> tuple[str, str] | None:
    found = {fold(v): (c["en"], c["country"]) for c in cities() for v in [c["en"], *c["variants"]]}
    return found.get(fold(name))


def _organisation(name: str) -> tuple[str, str | None] | None:
    found = {fold(n): (o["code"], o["country"]) for o in organisations() for n in [o["code"], *o["names"]]}
    return found.get(fold(name))


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Danemark", "DK"), ("danoise", "DK"), ("Danish", "DK"),
        ("États-Unis", "US"), ("Etats-Unis", "US"), ("USA", "US"), ("U.S.", "US"),
        ("américaines", "US"), ("Royaume-Uni", "GB"), ("UK", "GB"), ("Britons", "GB"),
        ("Émirats arabes unis", "AE"), ("emirats arabes unis", "AE"), ("UAE", "AE"),
        ("émiraties", "AE"), ("Côte d'Ivoire", "CI"), ("Cote d\u2019Ivoire", "CI"),
        ("Ivory Coast", "CI"), ("Pays-Bas", "NL"), ("Holland", "NL"),
        ("Arabie saoudite", "SA"), ("Türkiye", "TR"), ("Turquie", "TR"), ("Turkey", "TR"),
        ("Tchéquie", "CZ"), ("République tchèque", "CZ"), ("Czech Republic", "CZ"),
        ("guinéen", "GN"), ("équato-guinéen", "GQ"), ("bissau-guinéenne", "GW"),
        ("Congo", "CG"), ("congolais", "CG"), ("RDC", "CD"),
        ("République démocratique du Congo", "CD"), ("DRC", "CD"),
        ("Niger", "NE"), ("nigérien", "NE"), ("Nigeria", "NG"), ("nigérian", "NG"),
        ("Nigerian", "NG"), ("Dominica", "DM"), ("République dominicaine", "DO"),
        ("Chine", "CN"), ("espagnoles", "ES"), ("Spaniards", "ES"),
        ("sud-soudanais", "SS"), ("soudanais", "SD"), ("Maroc", "MA"), ("marocaine", "MA"),
    ],
)  # fmt: skip
def test_known_countries(name: str, code: str) -> None:
    assert _country(name) == code


@pytest.mark.parametrize("name", ["US", "us", "Dominique", "Maurice", "Hollande", "anglais", "arabe"])
def test_ambiguous_words_left_out_of_countries(name: str) -> None:
    assert _country(name) is None


@pytest.mark.parametrize(
    ("name", "city", "code"),
    [
        ("Alger", "Algiers", "DZ"), ("Algiers", "Algiers", "DZ"), ("Rabat", "Rabat", "MA"),
        ("Laâyoune", "Laayoune", "MA"), ("Tanger", "Tangier", "MA"), ("Fès", "Fez", "MA"),
        ("Marrakesh", "Marrakech", "MA"), ("La Haye", "The Hague", "NL"),
        ("Genève", "Geneva", "CH"), ("Vienne", "Vienna", "AT"), ("Le Caire", "Cairo", "EG"),
        ("Addis-Abeba", "Addis Ababa", "ET"), ("Addis Abeba", "Addis Ababa", "ET"),
        ("Tripoli", "Tripoli", "LY"), ("Séville", "Seville", "ES"), ("Málaga", "Malaga", "ES"),
        ("Sebta", "Ceuta", "ES"), ("Lyon", "Lyon", "FR"), ("Dubaï", "Dubai", "AE"),
        ("Pékin", "Beijing", "CN"), ("Koweït", "Kuwait City", "KW"),
    ],
)  # fmt: skip
def test_known_cities(name: str, city: str, code: str) -> None:
    assert _city(name) == (city, code)


@pytest.mark.parametrize("name", ["Valence", "Nice", "Victoria", "Salé", "Malé", "Rosso"])
def test_ambiguous_words_left_out_of_cities(name: str) -> None:
    assert _city(name) is None


@pytest.mark.parametrize(
    ("name", "code", "country"),
    [
        ("OIPC-Interpol", "INTERPOL", None), ("ICPO", "INTERPOL", None),
        ("Ligue des États arabes", "LAS", None), ("Arab League", "LAS", None),
        ("Conseil des ministres arabes de l'Intérieur", "AIMC", None),
        ("OTAN", "NATO", None), ("CEDEAO", "ECOWAS", None),
        ("Direction générale de la Sûreté nationale", "DGSN", "MA"),
        ("Pôle DGSN-DGST", "DGSN-DGST", "MA"), ("Gendarmerie royale", "GENDARMERIE ROYALE", "MA"),
        ("Gendarmerie royale du Canada", "RCMP", "CA"), ("Guardia Civil", "GUARDIA CIVIL", "ES"),
        ("Policía Nacional", "CNP", "ES"), ("Bundeskriminalamt", "BKA", "DE"),
    ],
)  # fmt: skip
def test_known_organisations(name: str, code: str, country: str | None) -> None:
    assert _organisation(name) == (code, country)


@pytest.mark.parametrize("name", ["Police nationale", "Ministry of Interior", "Police fédérale", "PJ", "AFP"])
def test_generic_names_left_out_of_organisations(name: str) -> None:
    assert _organisation(name) is None
