"""Countries, demonyms, cities and organisations, in French and English.

The tables live in ``communique/data/*.json`` (edit them there). Lookups fold case,
accents and hyphens, and ignore leading articles and prepositions, so "au Danemark",
"son homologue danois", "the Danish delegation" and "DK" all give ``DK``.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Sequence
from dataclasses import astuple, dataclass, fields
from functools import cache, lru_cache
from importlib import resources
from itertools import accumulate
from pathlib import Path
from typing import Any

from communique import kept, regexes
from communique import text as folding
from communique.text import fold, fold_map


@dataclass(frozen=True)
class Organisation:
    """An organisation: its code, and the country of a national agency."""

    code: str
    country: str | None
    #: Other countries with an agency of the same acronym (Algeria's DGSN, ...).
    also: tuple[str, ...] = ()

    def in_country(self, countries: Collection[str]) -> Organisation | None:
        """The same acronym, placed in one of ``countries`` when it is used there too. An office
        several countries have is its usual country's only when the text names no country, or
        names that one: a text that names others (a town, a people, the side received) points
        elsewhere, and the office's country is then unknown (``None``): « le directeur général de
        la police nationale » of a text set in Yaoundé is no Frenchman."""
        for code in sorted(countries):
            if code in self.also:
                return Organisation(self.code, code)
        if self.also and countries and self.country not in countries:
            return None
        return self

    @property
    def party(self) -> str | None:
        """The party it stands for: its own code if international, else its country."""
        return self.code if self.country is None else self.country


@dataclass(frozen=True)
class City:
    """A city as commonly written in English, its country, and its name in French
    ("Algiers", "DZ", "Alger")."""

    name: str
    country: str
    french: str


@dataclass(frozen=True)
class _Tables:
    countries: dict[str, str]  # folded name or demonym -> ISO code
    names: dict[str, str]  # ISO code -> English name
    alpha3: dict[str, str]  # ISO code -> ISO 3166-1 alpha-3 code
    names_fr: dict[str, str]  # ISO code -> French name
    demonyms: dict[str, str]  # ISO code -> English adjective
    demonyms_fr: dict[str, str]  # ISO code -> French adjective (masculine singular)
    demonym_words: frozenset[str]  # every folded demonym, French and English
    cities: dict[str, City]
    organisations: dict[str, Organisation]
    acronyms: dict[str, Organisation]  # all-capital acronyms, matched case-sensitively
    country_acronyms: dict[str, str]
    capitals: dict[str, str]  # ISO code -> its capital, folded as a key of ``cities``
    economic_capitals: dict[
        str, str
    ]  # ISO code -> its economic capital (« la capitale économique »), the same way
    starts: frozenset[str]  # the first words of every folded variant: one, two... all
    territories: frozenset[
        str
    ]  # the folded names of a country's territories overseas (keys of ``countries``)


_ARTICLES = regexes.compile(
    r"^(?:(?:le|la|les|l|au|aux|du|des|de|d|en|the|of|in|a|son|sa|ses|leur|leurs|his|her|their|its)\s+)+"
)


def load_table(name: str) -> Any:
    """A table of the gazetteer (``data/NAME``), as JSON data."""
    return json.loads(resources.files("communique").joinpath("data", name).read_text("utf-8"))


#: The gazetteer's files: the tables are made from them, and by this module and the folding of
#: :mod:`communique.text` (see :func:`tables`).
_GAZETTEER = ("countries.json", "cities.json", "organisations.json")


@cache
def tables() -> _Tables:
    """The lookup tables, made once per installation (:func:`communique.kept.kept`: folding
    every name and variant cost some 8 ms of every start), and read once per process."""
    data = Path(__file__).parents[1] / "data"
    sources = [*(data / name for name in _GAZETTEER), Path(__file__), Path(folding.__file__)]
    return kept.kept("places", sources, _made_tables, _packed, _unpacked)


#: The tables of objects, and their class (kept as tuples of their fields).
_OBJECTS: dict[str, type[City] | type[Organisation]] = {
    "cities": City,
    "organisations": Organisation,
    "acronyms": Organisation,
}


def _packed(made: _Tables) -> tuple[object, ...]:
    """The tables as plain data, in the order of their fields."""
    return tuple(
        {key: astuple(value) for key, value in table.items()} if field.name in _OBJECTS else table
        for field, table in ((field, getattr(made, field.name)) for field in fields(_Tables))
    )


def _unpacked(packed: object) -> _Tables:
    """The tables again, one object for each city and organisation however many names it has."""
    if not isinstance(packed, tuple):
        raise TypeError("not the tables")
    made: dict[tuple[type, tuple[Any, ...]], City | Organisation] = {}

    def one(kind: type[City] | type[Organisation], values: tuple[Any, ...]) -> City | Organisation:
        return made.get((kind, values)) or made.setdefault((kind, values), kind(*values))

    tables: list[Any] = []
    for field, table in zip(fields(_Tables), packed, strict=True):
        kind = _OBJECTS.get(field.name)
        tables.append(table if kind is None else {key: one(kind, value) for key, value in table.items()})
    return _Tables(*tables)


def _made_tables() -> _Tables:
    """The lookup tables, made from the gazetteer's files."""
    countries: dict[str, str] = {}
    names: dict[str, str] = {}
    alpha3: dict[str, str] = {}
    names_fr: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    demonyms_fr: dict[str, str] = {}
    demonym_words: set[str] = set()
    country_acronyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    economic_capitals: dict[str, str] = {}
    territories: set[str] = set()
    for entry in load_table("countries.json"):
        code = str(entry["code"])
        if entry.get("capital"):
            capitals[code] = fold(str(entry["capital"]))
        if entry.get("economic_capital"):
            economic_capitals[code] = fold(str(entry["economic_capital"]))
        if entry.get("demonyms_en"):
            demonyms[code] = str(entry["demonyms_en"][0])
        if entry.get("demonyms_fr"):
            demonyms_fr[code] = str(entry["demonyms_fr"][0])
        names[code] = str(entry["en"][0])
        alpha3[code] = str(entry["code3"])
        names_fr[code] = str(entry["fr"][0])
        demonym_words.update(
            fold(str(w)) for key in ("demonyms_en", "demonyms_fr") for w in entry.get(key, [])
        )
        # (a territory overseas is its country's: « en Nouvelle-Calédonie », « à Mayotte » are in France)
        territories.update(fold(str(variant)) for variant in entry.get("territories", []))
        for key in ("en", "fr", "demonyms_en", "demonyms_fr", "territories"):
            for variant in entry.get(key, []):
                if _is_acronym(str(variant)):  # "EAU", "UAE", "RDC": not "eau"
                    country_acronyms.setdefault(str(variant), code)
                else:
                    countries.setdefault(fold(str(variant)), code)
    demonym_words.update(_COMBINING)  # a combining form is an adjective too: « algéro- »
    cities: dict[str, City] = {}
    for entry in load_table("cities.json"):
        city = City(str(entry["en"]), str(entry["country"]), str(entry.get("fr", entry["en"])))
        for variant in [entry["en"], *entry.get("variants", [])]:
            cities.setdefault(fold(str(variant)), city)
    organisations: dict[str, Organisation] = {}
    acronyms: dict[str, Organisation] = {}
    for entry in load_table("organisations.json"):
        country = entry.get("country")
        org = Organisation(
            str(entry["code"]).replace(" ", "-"),  # a party code has no space: "G5 SAHEL" is G5-SAHEL
            str(country) if country else None,
            tuple(str(c) for c in entry.get("also") or ()),
        )
        for raw in [entry["code"], *entry.get("names", [])]:
            variant = str(raw)
            if _is_acronym(variant):
                # "UN", "AU", "EU", "FAR": capitals only, or they would match "un", "au"...
                acronyms.setdefault(variant, org)
            else:
                organisations.setdefault(fold(variant), org)
    starts: set[str] = set()
    for variant in (*countries, *cities, *organisations):
        space = variant.find(" ")
        while space != -1:
            starts.add(variant[:space])
            space = variant.find(" ", space + 1)
        starts.add(variant)
    return _Tables(countries, names, alpha3, names_fr, demonyms, demonyms_fr, frozenset(demonym_words), cities, organisations, acronyms,
                   country_acronyms, capitals, economic_capitals, frozenset(starts), frozenset(territories))  # fmt: skip


def _is_acronym(word: str) -> bool:
    return word.isupper() and " " not in word and len(word) <= 12


def _key(word: str) -> str:
    return _ARTICLES.sub("", fold(word))


#: A diplomat's seat: his embassy, high commission or residence. It stands in the country it is accredited to: the
#: country its name holds ("the Embassy of Ghana") is the one it represents, not where it is.
ENVOY_SEAT = regexes.compile(
    r"\b(?:embass|ambassade|high commission|haut[- ]commissariat|r[ée]siden)", re.IGNORECASE
)
#: A country's ISO code as written ("MA"); a party's code ("EU", "INTERPOL", "G5-SAHEL").
_TWO_CAPITALS = regexes.compile(r"[A-Z]{2}")
_PARTY_CODE = regexes.compile(r"[A-Z][A-Z0-9-]{1,15}")


def country_code(word: str | None) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country name, demonym or code, else ``None``."""
    if not word:
        return None
    t = tables()
    stripped = word.strip()
    if _TWO_CAPITALS.fullmatch(stripped) and stripped in t.names:
        return stripped
    if stripped in t.country_acronyms:
        return t.country_acronyms[stripped]
    key = _key(word)
    if key in t.countries:
        return t.countries[key]
    if key in _COMBINING:  # « algéro- », the combining form a compound adjective starts with
        return _COMBINING[key]
    # "délégation espagnole", "Spanish delegation", "homologue danois"
    for token in key.split():
        if token in t.countries and len(token) > 3:
            return t.countries[token]
    return None


def exact_country(words: str) -> str | None:
    """The country that ``words`` name in full ("Danemark", "le Royaume d'Espagne",
    "Spain", "EAU"), without guessing from one of several words."""
    t = tables()
    stripped = words.strip(" ,.")
    if stripped in t.country_acronyms:
        return t.country_acronyms[stripped]
    return t.countries.get(_key(stripped))


def territory(words: str) -> bool:
    """Whether ``words`` name a country's territory overseas in full (« Nouvelle-Calédonie », « la Réunion »),
    not the country itself: an office of the territory is named by it (« commandant de la gendarmerie de
    Mayotte »), where one of the country is not."""
    return fold(words.strip(" ,.")) in tables().territories


def organisation(word: str | None) -> Organisation | None:
    """The organisation a name or acronym stands for, else ``None``."""
    if not word:
        return None
    t = tables()
    stripped = word.strip()
    if stripped in t.acronyms:
        return t.acronyms[stripped]
    return t.organisations.get(_key(word)) or t.organisations.get(fold(word))


@lru_cache(maxsize=1024)
def party_code(word: str | None) -> str | None:
    """The party a word stands for: an international organisation's code, a national
    agency's country, or a country's ISO code. (Remembered: the checks, the normalising
    and the summaries of a record ask for the same few parties again and again.)"""
    if not word:
        return None
    if _PARTY_CODE.fullmatch(word.strip()) and word.strip() in known_party_codes():
        return word.strip()
    org = organisation(word)
    if org is not None:
        return org.party
    return country_code(word)


@cache
def known_party_codes() -> frozenset[str]:
    """Every code a party may have: ISO country codes and organisation codes."""
    t = tables()
    return frozenset(t.names) | {o.code for o in t.organisations.values() if o.country is None}


def city(word: str | None) -> City | None:
    """The city a name stands for, in English, with its country; else ``None``."""
    if not word:
        return None
    t = tables()
    return t.cities.get(_key(word)) or t.cities.get(fold(word))


def capital(code: str | None, economic: bool = False) -> City | None:
    """The capital of a country (an ISO code), where the tables name one: not where a country has
    two that the press both calls so (Côte d'Ivoire's, Benin's, Tanzania's); or its ``economic``
    capital, where it has one apart (Abidjan, Cotonou, Dar es Salaam, Casablanca)."""
    t = tables()
    key = (t.economic_capitals if economic else t.capitals).get(code or "")
    return t.cities.get(key) if key else None


def capital_meant(folded: str, found: Sequence[Mention], index: int) -> City | None:
    """The capital that the country (or its adjective) ``found[index]`` stands for in
    « dans la capitale sénégalaise », « la capitale du Mali », "in the Australian capital",
    "the capital of Kenya" (``folded`` the text the mentions were found in): not when the city
    is named right after it ("the Malian capital, Bamako", read as that city)."""
    mention = found[index]
    named = _CAPITAL_BEFORE.search(folded, max(0, mention.start - 36), mention.start) or _CAPITAL_AFTER.match(
        folded, mention.end
    )
    if mention.country is None or not named:
        return None
    following = found[index + 1] if index + 1 < len(found) else None
    if following and following.city and following.start - mention.end <= len(" capital "):
        return None
    return capital(mention.country, economic="econom" in named.group(0))


#: What names a capital by its country (folded): « la capitale malienne », "the capital of Mali" …
#: (« la capitale économique ivoirienne », "the economic capital of Morocco": the economic capital)
_CAPITAL_BEFORE = regexes.compile(
    r"\b(?:economic\s+)?capitale?\s+(?:economique\s+)?"
    r"(?:of\s+(?:the\s+)?|du\s+|de la\s+|de l\s+|d\s+)?$"
)
#: … "the Malian capital", "the Ivorian economic capital" (not "the Malian capital of cyber crime", "capital
#: punishment").
_CAPITAL_AFTER = regexes.compile(r"\s+(?:economic\s+)?capital\b(?!\s+(?:of|punishment|city of)\b)")


#: A town a dateline vouches for by naming its country after it: "MOYALE, Kenya,",
#: "KOUTIALA (Mali) -", "Kasserine, Tunisie". Each word of the town is bounded: a hyphen
#: both ends a word and may stand inside one, so a line of "Jean-Jean-…" was split every
#: way between three words (39 s for 5,000 characters, hours for a megabyte).
_QUALIFIED = regexes.compile(
    r"\s*(?P<town>[A-ZÀ-Ý][\w'’.-]{1,40}(?:[ -][A-ZÀ-Ý][\w'’.-]{1,40}){0,2})\s*"
    r"(?:,\s*(?P<country>[A-ZÀ-Ý][\w'’ .-]{2,30}?)(?=\s*(?:[,(–—:]|-|$))|\((?P<bracketed>[A-ZÀ-Ý][\w'’ .-]{2,30}?)\))"
)


def qualified_town(line: str) -> tuple[re.Match[str], City] | None:
    """The town a line opens with when its country follows it ("MOYALE, Kenya, March 4
    (KNA) –"), with the match (to read on after it): a town the tables know, if in that
    country, else a town by its name as written (in capitals: as a name is written)."""
    match = _QUALIFIED.match(line)
    if match is None:
        return None
    code = exact_country(match["country"] or match["bracketed"]) or _region_country(
        match["country"] or match["bracketed"]
    )
    town = match["town"]
    if code is None or exact_country(town) is not None:  # "Mali, Niger : …" names two countries
        return None
    known = city(town)
    if known is not None:
        return (match, known) if known.country == code else None
    name = town.title() if town.isupper() else town
    return match, City(name, code, name)


#: A state, region or province named after a town: "Kaduna State", "Kano State", « région de Thiès » (its country
#: is the town's, when the tables know it).
_REGION = regexes.compile(
    r"(?P<town>[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?) (?:State|Region|Province|County|District)|"
    r"(?:[Rr]égion|[Pp]rovince|[EÉée]tat|[Dd]épartement) (?:de |du |d['’])(?P<nom>[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?)"
)


def _region_country(name: str) -> str | None:
    """The country of a state or region a dateline names after a town (:data:`_REGION`): that of the town the
    region is named after ("Zaria, Kaduna State —" is in Nigeria), when the tables know it."""
    region = _REGION.fullmatch(name.strip())
    known = city(region["town"] or region["nom"]) if region else None
    return known.country if known else None


def dateline_city(place: str | None) -> City | None:
    """The city of a dateline's place: one the tables know ("RABAT"), else the town a
    dateline vouches for by naming its country after it ("MOYALE, Kenya")."""
    known = city(place)
    if known is not None or not place:
        return known
    qualified = qualified_town(place)
    return qualified[1] if qualified is not None and not place[qualified[0].end() :].strip() else None


def city_name(name: str, language: str = "en") -> str:
    """A city's name, given as a record holds it (in English), as ``language`` writes
    it: "Algiers" is "Alger" in French; a city the tables do not know keeps its name."""
    known = city(name) if language == "fr" else None
    return known.french if known is not None and known.name == name else name


def country_name(code: str, language: str = "en") -> str | None:
    """The usual name of a country in English or French, for summaries."""
    t = tables()
    return (t.names_fr if language == "fr" else t.names).get(code)


def alpha3(code: str) -> str | None:
    """The ISO 3166-1 alpha-3 code of a country ("MA" → "MAR"), as event data use them."""
    return tables().alpha3.get(code)


def demonym(code: str, language: str = "en") -> str | None:
    """The adjective of a country, "Moroccan" or "marocain", for summaries."""
    return (tables().demonyms_fr if language == "fr" else tables().demonyms).get(code)


@dataclass(frozen=True)
class Mention:
    """A country, city or organisation word found in a text."""

    text: str  # the folded words matched
    start: int  # offsets in the folded text
    end: int
    country: str | None  # ISO code of a country word or demonym
    city: City | None
    organisation: Organisation | None


#: Demonyms two countries share, and the country they are read as when a text is set in its
#: cities only: « la Police nationale congolaise » of a text set in Kinshasa is DR Congo's.
_SHARED_DEMONYMS = {"CG": "CD"}


def shared_demonyms(found: Collection[Mention]) -> dict[str, str]:
    """The countries a text's shared demonyms stand for instead of their own, by the cities it
    is set in or the country it names (``found`` are its mentions: « la RDC », Kinshasa): none when
    it also names their own country or city."""
    words = tables().demonym_words
    cities = {m.city.country for m in found if m.city}
    named = {m.country for m in found if m.country and m.text not in words}
    return {
        code: other
        for code, other in _SHARED_DEMONYMS.items()
        if (other in cities or other in named) and code not in cities and code not in named
    }


def combining_form(word: str) -> str | None:
    """The country whose combining form a word is (« maroco » of « maroco-ghanéenne », "Franco" of "Franco-Ivorian"),
    else ``None``."""
    return _COMBINING.get(fold(word))


def sharing(code: str) -> frozenset[str]:
    """``code`` and the country that shares its demonyms and short name, if one does: the
    « Congolese » or the "Congo" of a text may be either Congo."""
    return frozenset({code, *(b for a, b in _SHARED_DEMONYMS.items() if a == code),
                      *(a for a, b in _SHARED_DEMONYMS.items() if b == code)})  # fmt: skip


#: Combining forms of countries' names, as compound adjectives start (folded): « la commission
#: mixte algéro-mauritanienne », « franco-marocain », "Indo-Bangladesh border", "Sino-Pakistani".
_COMBINING = {
    "algero": "DZ", "tuniso": "TN", "maroco": "MA", "franco": "FR", "senegalo": "SN", "ivoiro": "CI",
    "nigero": "NE", "malo": "ML", "mauritano": "MR", "libyo": "LY", "egypto": "EG", "tchado": "TD",
    "guineo": "GN", "togolo": "TG", "benino": "BJ", "burkinabo": "BF", "camerouno": "CM", "congolo": "CG",
    "germano": "DE", "italo": "IT", "hispano": "ES", "luso": "PT", "belgo": "BE", "helveto": "CH", "anglo": "GB",
    "britannico": "GB", "russo": "RU", "sino": "CN", "indo": "IN", "americano": "US", "turco": "TR", "irano": "IR",
    "irako": "IQ", "saoudo": "SA", "emirato": "AE", "qatario": "QA", "koweito": "KW", "jordano": "JO", "syro": "SY",
    "libano": "LB", "israelo": "IL", "palestino": "PS", "greco": "GR", "nippo": "JP", "austro": "AT",
}  # fmt: skip


#: A middle initial after a word makes the word a first name: "Chad F. Wolf", "Jordan K. Ames".
#: (Its capital first and the boundary checked behind it, the same as "\b" before it: the engine
#: then skips to each capital, where a pattern that opens with "\b" is tried at every place.)
_FIRST_NAME = regexes.compile(r"([A-Z](?<!\w[A-Z])[a-z]+)\s+[A-Z]\.\s+[A-Z][a-z]")
#: The acronyms that French writes as articles in a line in capitals (« UN PARTENAIRE », « VISITE AU SIÈGE »):
#: French names the United Nations « ONU » and the African Union « UA ».
_FRENCH_ARTICLE_ACRONYMS = frozenset({"UN", "AU"})
#: A French word in capitals beside them that tells the line is French: an article, a preposition, « ET ».
_FRENCH_IN_CAPITALS = regexes.compile(
    r"(?<![\w'’])(?:LE|LA|LES|DU|DE|DES|ET|AUX|UNE|À|POUR|AVEC|SUR)(?![\w'’])|\b[DL]['’]"
)


def _french_capitals_line(text: str, at: int) -> bool:
    """Whether the line around ``at`` is written in capitals (no letter in lower case) and in French."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end != -1 else len(text)]
    return not any(ch.islower() for ch in line) and _FRENCH_IN_CAPITALS.search(line) is not None


#: A word in capitals, perhaps an acronym: "EU", "GDF", "G5-SAHEL", or dotted: "U.S.", "U.K." (its
#: first capital read first, as above, and once, before the two ways on).
_CAPITALS = regexes.compile(
    r"[A-Z](?:(?<![\w.-][A-Z])(?:\.[A-Z]){1,3}\.(?![A-Za-z])|(?<![\w-][A-Z])[A-Z0-9]*(?:-[A-Z0-9]+)*(?![\w-]))"
)


#: Seas named after a country or a people: "the Indian Ocean", "le golfe de Guinée".
_WATERS_AFTER = regexes.compile(r" (?:ocean|sea|gulf|bay)\b")
_WATERS_BEFORE = regexes.compile(
    r"(?:\b(?:golfe|gulf|bay|baie|mer|sea) (?:de|du|des|d|of)(?: the)?|\bocean) $"
)


def _names_waters(folded: str, start: int, end: int) -> bool:
    """Whether the country word at ``start:end`` of a folded text is part of a sea's name."""
    return bool(_WATERS_AFTER.match(folded, end) or _WATERS_BEFORE.search(folded[max(0, start - 16) : start]))


#: Names made with a country's name or people's word that name no side of it (folded text): regions of another
#: country ("British Columbia" is Canada's, "New Mexico" the United States'), and common nouns a people's adjective
#: is part of (a drug, a dog, a feast, a drink, a tool, a currency: "Indian hemp", « chanvre indien », "German
#: shepherds", « bergers belges malinois », "Chinese New Year", "Turkish coffee", « clé anglaise », "Ghanaian cedis",
#: « francs guinéens »). The people's own side is still named: "the Indian delegation", « la partie indienne ».
_NAMES_NO_SIDE = (
    r"\b(?:british columbia|colombie britannique|new mexico|nouveau mexique|"
    r"indian hemp|chanvre indien|(?:german|belgian) shepherds?|bergers? (?:allemands?|belges?)|belgian malinois|"
    r"chinese new year|nouvel an chinois|turkish (?:coffee|baths?|delight)|(?:cafe|bains?) turcs?|"
    r"french (?:windows?|fries|doors?)|swiss army knife|couteau suisse|russian roulette|roulette russe|"
    r"\w+ (?:naira|cedis?|shillings?|rupees?|dinars?|dirhams?|pounds|francs|leones|dalasis?|kwacha|rand|birr)|"
    r"(?:francs?|dinars?|dirhams?|livres?|shillings?|roupies?) \w+)\b"
)
#: Each such name from each place it may start, overlapping ones too ("de francs" and "francs guineens").
_NAMES_NO_SIDE_FROM = regexes.compile(rf"(?=({_NAMES_NO_SIDE}))")


def _names_no_side(folded: str, start: int, end: int) -> bool:
    """Whether the country word at ``start:end`` of a folded text is part of such a name."""
    return any(
        m.start(1) <= start and end <= m.end(1)
        for m in _NAMES_NO_SIDE_FROM.finditer(folded, max(0, start - 12), end + 12)
    )


#: A continent's peoples, not the United States' (folded text, before "american"): "Latin
#: American", "South American Common Market", « latino-américaine », « sud-américaines ».
_CONTINENT_BEFORE = regexes.compile(r"\b(?:latin|latino|south|sud|central|centro|north|nord|pan|ibero) $")


#: Where a language, not a people, follows (folded text, before the demonym): a web page's debris
#: "(link in Spanish)", "(article in French)", « (lien en anglais) », "available in Arabic".
_IN_A_LANGUAGE = regexes.compile(
    r"\b(?:link|links|article|text|video|website|site|page|document|lien|texte|version|only|available|disponible) "
    r"(?:in|en) $"
)


#: Country names that are also common nouns, read as the country only where the text writes them with
#: a capital: « la Grenade » (Grenada), not « une attaque à la grenade »; « à la Réunion », « l'île de La
#: Réunion » (France's island), not « la réunion a porté sur » nor a title's « Réunion de travail » (the island
#: is named with its article).
CAPITALISED_ONLY = frozenset({"grenade", "la reunion"})


def _capitalised(text: str, folded: str, start: int, name: str) -> bool:
    """Whether the last word of the name found at ``start`` of ``folded`` is written with a capital and in
    lower case after it ("Réunion", not "réunion" nor a heading's "RÉUNION"), read where the name stands."""
    plain, offsets = fold_map(text)
    if plain != folded:  # not a tidied text: whether the text writes the word so anywhere
        last = name.rsplit(" ", 1)[-1]
        return any(_capital_first(word) and fold(word) == last for word in text.split())
    return _capital_first(text[offsets[start + name.rfind(" ") + 1] :])


def _capital_first(word: str) -> bool:
    return word[:1].isupper() and word[1:2].islower()


def _names_an_airline(words: list[str], index: int, size: int) -> bool:
    """Whether the country word of ``size`` words at ``index`` (folded words) names an airline:
    "Ethiopian Airlines", "Kenya Airways", « Air France », "Royal Air Maroc" (a flight, not a side)."""
    after = words[index + size] if index + size < len(words) else ""
    return after.startswith(("airline", "airway")) or (index > 0 and words[index - 1] == "air")


def _names_a_continent(folded: str, start: int, word: str) -> bool:
    """Whether the demonym ``word`` at ``start`` of a folded text is a continent's, "americ…" after
    "Latin", "South", "Central", "North" or "Pan"."""
    return (
        word.startswith("americ") and _CONTINENT_BEFORE.search(folded[max(0, start - 8) : start]) is not None
    )


#: The police named first, joined to a national office several countries have: « la Police et (de) la » (the
#: words before the office, folded).
_WITH_THE_POLICE = regexes.compile(r"\bpolice,? et(?: de)?(?: la)?$")


@lru_cache(maxsize=4096)
def mentions(text: str) -> tuple[Mention, ...]:
    """Every country, demonym, city and organisation word of a text, in order; where
    variants overlap, the longest wins ("Guinée équatoriale" over "Guinée")."""
    t = tables()
    folded = fold(text)
    words = folded.split()  # one space between words: where each starts follows from their lengths
    # where each word starts: the letters and the one space of all the words before it
    lengths = list(accumulate(map(len, words), initial=0))
    found: list[Mention] = []
    first_names: set[str] | None = None  # words followed by a middle initial, when first needed
    free = 0  # the first word after the last mention found
    # only a word that starts a variant, or a country's combining form, can start a mention: the
    # others are passed over without a look (most words of a text)
    opening = _opening_words()
    for index in [i for i, word in enumerate(words) if word in opening]:
        word, start = words[index], lengths[index] + index
        if word in _COMBINING and index + 1 < len(words) and words[index + 1] in t.countries:
            # « algéro-mauritanienne », "Indo-Bangladesh": a country's combining form before another's
            found.append(Mention(word, start, start + len(word), _COMBINING[word], None, None))
            continue
        if index < free or word not in t.starts:
            continue
        # the longest variant from here: read on while the words start one
        key, size, longest = word, 1, None
        while True:
            if key in t.countries or key in t.cities or key in t.organisations:
                longest, free = key, index + size
            if index + size == len(words) or (key := f"{key} {words[index + size]}") not in t.starts:
                break
            size += 1
        if longest is None or (
            longest in t.countries
            and (
                _names_waters(folded, start, start + len(longest))
                or _names_no_side(folded, start, start + len(longest))
                or _names_a_continent(folded, start, longest)
                or (longest in CAPITALISED_ONLY and not _capitalised(text, folded, start, longest))
                or _names_an_airline(words, index, size)
            )
        ):
            continue
        if longest in t.demonym_words and _IN_A_LANGUAGE.search(folded, max(0, start - 24), start):
            continue  # "a meeting (link in Spanish)": a page's language, not a side
        if longest in t.countries and size == 1:
            if first_names is None:
                first_names = (
                    {fold(m.group(1)) for m in _FIRST_NAME.finditer(text)} if ". " in text else set()
                )
            if longest in first_names:
                continue  # "Chad F. Wolf": a first name, not a country
        organisation = t.organisations.get(longest)
        if (
            organisation is not None
            and organisation.country is not None
            and found
            and found[-1].city is not None
            and found[-1].end + 1 == start
            and found[-1].city.country != organisation.country
        ):
            continue  # "Dhaka Metropolitan Police": the city's own force, not London's
        if (
            organisation is not None
            and organisation.country is not None
            and found
            and found[-1].country is not None
            and found[-1].city is None
            and found[-1].end + 1 == start
            and found[-1].country != organisation.country
        ):
            continue  # "the Syrian Drug Enforcement Administration": Syria's, named as America's is, not the DEA
        if (
            organisation is not None
            and organisation.also
            and _WITH_THE_POLICE.search(" ".join(words[max(0, index - 4) : index]))
        ):
            continue  # « la Police et la Sûreté nationale »: a country's joint directorate, not one of the shared office's
        found.append(Mention(longest, start, start + len(longest), t.countries.get(longest),
                             t.cities.get(longest), organisation))  # fmt: skip
    named = [(m.start, m.end) for m in found]
    folded_at = _folded_offset(text, folded)
    for match in _CAPITALS.finditer(text):
        raw = match.group(0)
        if raw in t.acronyms or raw in t.country_acronyms:
            start = folded_at(match.start())  # where the acronym falls in the folded text
            if any(s <= start < e for s, e in named):
                continue  # "EU" inside "the EU Agency for Law Enforcement Cooperation" (Europol)
            if raw in _FRENCH_ARTICLE_ACRONYMS and _french_capitals_line(text, match.start()):
                continue  # « LES SAMOA, UN PARTENAIRE DU PACIFIQUE »: an article, not the United Nations
            if raw in t.acronyms and defines_own_acronym(text, raw):
                continue  # "the Guyana Defence Force (GDF)": the text's own acronym, not Italy's Guardia di Finanza
            word = fold(raw)
            found.append(
                Mention(
                    word, start, start + len(word), t.country_acronyms.get(raw), None, t.acronyms.get(raw)
                )
            )
    if "US" in text:
        for match in _US.finditer(text):
            start = folded_at(match.start())
            found.append(Mention("us", start, start + 2, "US", None, None))
    if "bureau" in folded or "ncb" in folded or "bcn" in folded:
        found = [m for m in found if not _national_bureau(folded, m)]
    return tuple(sorted(found, key=lambda m: m.start))


@cache
def _opening_words() -> frozenset[str]:
    """The words a mention may start with: the first word of a variant, or a combining form."""
    return tables().starts | frozenset(_COMBINING)


def _folded_offset(text: str, folded: str) -> Callable[[int], int]:
    """Where the letter at an offset of ``text`` falls in ``folded`` (its :func:`fold`): read
    off one map of the whole text (:func:`fold_map`), not by folding all that comes before
    it again for each letter asked, which a text of many acronyms made quadratic. The map is
    made when first asked for: most texts name no known acronym, and need none."""

    mapped: list[tuple[int, ...] | None] = []  # the map, once made

    def folded_at(at: int) -> int:
        if not mapped:
            plain, offsets = fold_map(text)
            mapped.append(offsets if plain == folded else None)  # not a tidied text: folded as it is
        found = mapped[0]
        return len(fold(text[:at] + "x")) - 1 if found is None else bisect_left(found, at)

    return folded_at


def defines_own_acronym(text: str, raw: str) -> bool:
    """Whether the text defines the national agency's acronym ``raw`` in brackets after the name of
    another country's body: "the Guyana Defence Force (GDF)" is not Italy's Guardia di Finanza."""
    t = tables()
    agency = t.acronyms[raw]
    at = text.find(f"({raw})")
    if agency.country is None or at < 0:
        return False
    words = fold(text[max(0, at - 80) : at]).split()[-8:]
    named = {
        t.countries[key]
        for first in range(len(words))
        for last in range(first + 1, min(first + 4, len(words)) + 1)
        if (key := " ".join(words[first:last])) in t.countries
    }
    return bool(named) and agency.country not in named and not named & set(agency.also)


#: A country's bureau of INTERPOL (folded text): "the Interpol National Central Bureau of
#: Indonesia", « le BCN Interpol de Dakar », « le Bureau central national d'Interpol du Mali ».
NATIONAL_BUREAU = r"(?:national central bureau|bureau central national|ncb|bcn)"
_BUREAU_BEFORE = regexes.compile(rf"\b{NATIONAL_BUREAU}(?: \({NATIONAL_BUREAU}\))? (?:d |of |de l )?$")
_BUREAU_AFTER = regexes.compile(rf"[\s()]*(?:\w+[\s()]+){{0,2}}?{NATIONAL_BUREAU}\b")


def _national_bureau(folded: str, mention: Mention) -> bool:
    """Whether an INTERPOL mention names a country's bureau of it, which is the country's
    office, not the organisation: "(Interpol)-Indonesia National Central Bureau"."""
    return (
        mention.organisation is not None
        and mention.organisation.code == "INTERPOL"
        and (
            _BUREAU_BEFORE.search(folded, max(0, mention.start - 40), mention.start) is not None
            or _BUREAU_AFTER.match(folded, mention.end) is not None
        )
    )


#: "US" is also "us" in capitals, so it names the United States only before an office or
#: agency word ("US Ambassador", "the US Embassy", "US officials", "US Acting Ambassador"), after "the", or joined to another
#: country's name ("Pakistan–US cooperation", "US-Kenya talks").
_US = regexes.compile(
    r"(?<![\w.-])US(?=\s+(?:Ambassador|Embassy|Consul\w*|Government|Administration|Department|Secretary|"
    r"Attorney|Deputy|Assistant|Special|Extraordinary|Under|Federal|Homeland|State|Navy|Army|Air Force|Coast Guard|Marshals|Bureau|"
    r"Drug|Immigration|Customs|Secret Service|Treasury|Justice|Congress\w*|Senat\w*|Mission|Agency|Forces|"
    r"[Oo]fficials?|[Cc]ounterparts?|[Dd]elegation|[Aa]uthorities|[Ff]orces|[Gg]overnment|[Ll]aw enforcement|"
    r"[Mm]ilitary|[Ee]mbassy|[Aa]mbassador|[Pp]artners?|[Ii]nvestigators|[Aa]gents?|[Ee]nvoy|"
    # an envoy's office with its qualifier first: "US Acting Ambassador", "US Political Counselor", "US Chargé d'Affaires"
    r"Acting|Political|Counsel\w*|Charg[eé]|Chief|Head|Director|Senior|Regional|Country|Legal|Defen[cs]e|DEA|FBI|INL|"
    # a combatant command and the armed services: "US Africa Command", "US AFRICOM", "US Marines"
    r"(?:[A-Z][\w-]+ ){1,2}Command|[A-Z]{2,9}COM|Marines?|Naval|Military)\b)"
    r"|(?<=[a-z][-–])US(?![\w-])|(?<![\w.-])US(?=[-–][A-Z][a-z])"
    # ... or after "the", which the pronoun never follows: "Vietnam, the US promote …", "Ambassador of the US to Vietnam"
    r"|(?<=[Tt]he )US(?![\w-])"
)


@cache
def _agencies() -> dict[str, tuple[str, str | None]]:
    """News agencies by their folded name: the name as written, and their country."""
    return {
        name.casefold(): (name, country) for name, country in load_table("agencies.json")["agencies"].items()
    }


def agency(word: str) -> str | None:
    """The news agency a credit names ("map" → "MAP"), as it is written; else ``None``."""
    found = _agencies().get(word.strip().casefold())
    return found[0] if found else None


def agency_country(name: str) -> str | None:
    """The country whose communiqués an agency carries ("MAP" → "MA"); ``None`` for an
    international agency or a name that is not an agency's."""
    found = _agencies().get(name.strip().casefold())
    return found[1] if found and found[0] == name.strip() else None


#: A government's site, as a credit or a page's address gives it ("Police (police.gov.sc)", « (dgat.interieur.gov.mr) »,
#: "https://www.interieur.gouv.fr/actualites"): its domain's country code (the United Kingdom's is "uk").
_GOVERNMENT_SITE = regexes.compile(r"\b(?:gov|gouv|gob|govt|go|gv)\.([a-z]{2})\b(?![.\w-])", re.IGNORECASE)


def government_site(address: str) -> str | None:
    """The country whose government a site's address in ``address`` is ("afp.gov.au" → "AU"); else ``None``."""
    if (site := _GOVERNMENT_SITE.search(address)) is None:
        return None
    code = site.group(1).upper().replace("UK", "GB")
    return code if country_name(code) else None
