"""Invented records for corpus tests and the benchmark: encounters between officials of
invented names, each reported by one to three communiqués, spelt differently by each.

``records(n)`` returns ``n`` records as JSON lines (what ``communique summarise`` writes)
and, for each, the encounter it reports, so that a test can check the merge."""

from __future__ import annotations

import datetime as dt
import json
import random

COUNTRIES = ("MA", "ES", "FR", "DK", "IT", "PT", "BE", "NL", "DE", "SN", "CI", "TN", "EG", "JO", "AE", "QA",
             "SA", "US", "GB", "BR", "NG", "KE", "GH", "ML", "NE", "MR", "TR", "GR", "AT", "CH")  # fmt: skip
CITIES = {c: f"Ville-{c.title()}" for c in COUNTRIES}
TOPICS = ("terrorism", "organised_crime", "drug_trafficking", "cybercrime", "illegal_migration", "training",
          "intelligence_sharing", "border_security", "event_security", "forensics")  # fmt: skip
_FIRST = ("Aldo", "Brisa", "Corvin", "Dalila", "Evran", "Fenna", "Galo", "Hesna", "Idris", "Jorun", "Kelem",
          "Lorca", "Mirel", "Nadeo", "Osrin", "Pavla", "Quenor", "Rusan", "Selva", "Tarek")  # fmt: skip
_SYLLABLES = (
    "bel",
    "mor",
    "ani",
    "tul",
    "vas",
    "quen",
    "dor",
    "lim",
    "sar",
    "obi",
    "ken",
    "ral",
    "zef",
    "ump",
)
START = dt.date(2024, 1, 1)


def officials(rng: random.Random, per_country: int = 6) -> dict[str, list[tuple[str, str]]]:
    """(first name, surname) of each country's officials; every surname is unique."""
    used: set[str] = set()
    out: dict[str, list[tuple[str, str]]] = {}
    for country in COUNTRIES:
        out[country] = []
        while len(out[country]) < per_country:
            surname = "".join(rng.choice(_SYLLABLES) for _ in range(3)).title()
            if surname not in used:
                used.add(surname)
                out[country].append((rng.choice(_FIRST), surname))
    return out


def _spelt(rng: random.Random, first: str, surname: str) -> str:
    return rng.choice((f"{first} {surname}", f"{first} {surname}", f"{surname.upper()} {first}",
                       f"M. {first} {surname}", f"{first} {surname}"))  # fmt: skip


def records(count: int, *, seed: int = 15, days: int = 900) -> list[tuple[str, int]]:
    """``count`` records as JSON lines, each with the number of the encounter it reports."""
    rng = random.Random(seed)
    people = officials(rng)
    out: list[tuple[str, int]] = []
    encounter = 0
    while len(out) < count:
        host, guest = rng.sample(COUNTRIES, 2)
        (hf, hs), (gf, gs) = rng.choice(people[host]), rng.choice(people[guest])
        day = START + dt.timedelta(days=rng.randrange(days))
        topics = sorted(rng.sample(TOPICS, rng.randint(1, 3)))
        for report in range(rng.choice((1, 1, 2, 2, 3))):
            lang = rng.choice(("fr", "en"))
            status = "announced" if report == 0 and rng.random() < 0.1 else "held"
            published = (
                day - dt.timedelta(days=5) if status == "announced" else day + dt.timedelta(days=report % 2)
            )
            meeting = {
                "kind": "working_meeting", "status": status, "date": day.isoformat(),
                "location": {"city": CITIES[host], "country": host}, "parties": sorted((host, guest)),
                "participants": [
                    {"name": _spelt(rng, hf, hs), "title": "Directeur général" if lang == "fr" else "Director General",
                     "party": host, "role": "host"},
                    {"name": _spelt(rng, gf, gs), "title": "Ministre" if lang == "fr" else "Minister", "party": guest,
                     "role": "guest"},
                ],
                "topics": topics, "outcomes": [],
            }  # fmt: skip
            record = {"schema_version": "1",
                      "document": {"id": f"doc-{len(out):06d}", "language": lang, "published": published.isoformat(),
                                   "source": rng.choice(("MAP", "APS", "EFE", "Ministry"))},
                      "is_meeting_report": True, "meetings": [meeting]}  # fmt: skip
            out.append((json.dumps(record, ensure_ascii=False), encounter))
            if len(out) == count:
                break
        encounter += 1
    return out
