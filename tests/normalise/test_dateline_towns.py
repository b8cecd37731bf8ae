"""A dateline's town that the gazetteer does not know, vouched for by the country
written after it ("MOYALE, Kenya, …", « KOUTIALA (Mali), … »): the meeting's place
and the host's side, as a known city's dateline gives them. Wire copy from provincial
towns is written so, and lost both."""

from __future__ import annotations

import pytest

import communique
from communique.normalise import places


@pytest.mark.parametrize(
    ("line", "town", "country"),
    [
        ("LODWAR, Kenya, June 2 (KNA) – The county police commander", "Lodwar", "KE"),
        ("DOSSO (Niger), 5 juin 2026 (ANP) - Le gouverneur", "Dosso", "NE"),
        ("Tataouine, Tunisie - Le directeur", "Tataouine", "TN"),
        ("SAN PEDRO, Côte d'Ivoire, 3 mai 2026 -", "San-Pédro", "CI"),  # known: the tables' name
    ],
)
def test_a_town_followed_by_its_country_is_vouched_for(line: str, town: str, country: str) -> None:
    found = places.qualified_town(line)
    assert found is not None and (found[1].name, found[1].country) == (town, country)


@pytest.mark.parametrize(
    "line",
    ["Mali, Niger : les deux pays", "Washington, D.C., March 4", "Paris, Texas, June 3", "Rabat, Espagne, x"],
)
def test_no_town_is_vouched_for_by_what_is_no_country_or_not_its_own(line: str) -> None:
    assert places.qualified_town(line) is None


@pytest.mark.parametrize(
    ("text", "city", "country", "host"),
    [
        ("LODWAR, Kenya, June 2 (KNA) – The County Police Commander, Mr. Joseph Mwangi, on Monday hosted "
         "his Ugandan counterpart, Mr. David Okello, for talks on cattle raids across the border.",
         "Lodwar", "KE", "Joseph Mwangi"),
        ("DOSSO (Niger), 5 juin 2026 (ANP) - Le directeur régional de la police, le commissaire Ibrahim Moussa, "
         "a reçu jeudi une délégation de la police nigériane conduite par M. Musa Bello.",
         "Dosso", "NE", "Ibrahim Moussa"),
    ],
)  # fmt: skip
def test_the_vouched_town_places_the_meeting_and_gives_the_host_his_side(
    text: str, city: str, country: str, host: str
) -> None:
    record = communique.analyse(text)
    meeting = record.meetings[0]
    assert (meeting.location.city, meeting.location.country) == (city, country)
    assert country in meeting.parties
    hosts = [p for p in meeting.participants if p.name == host]
    assert hosts and hosts[0].party == country
