"""A pronoun that opens the clause of an encounter after a conjunction (« où il s'est entretenu », "and
she met", "while he held talks", « tandis qu'elle recevait ») stands for the one the text has introduced,
as after a comma or "when" it already did. Every sentence invented, none an eval case's."""

from __future__ import annotations

import pytest
from support import read_offline

from communique.backends.rules import people
from communique.normalise import names


@pytest.mark.parametrize(
    "second",
    [
        "La première étape l'a conduit lundi à Banjul, où il s'est entretenu avec le ministre de l'Intérieur "
        "gambien, Lamin Jallow.",
        "Lundi, il est arrivé à Banjul et il s'est entretenu avec le ministre de l'Intérieur gambien, Lamin Jallow.",
        "He flew to Banjul on Monday, where he met the Gambian Interior Minister, Lamin Jallow.",
        "He reached Banjul on Monday and he met the Gambian Interior Minister, Lamin Jallow.",
        "He stayed in Banjul on Monday while he held talks with the Gambian Interior Minister, Lamin Jallow.",
    ],
)
def test_a_pronoun_after_a_conjunction_is_the_one_introduced(second: str) -> None:
    english = second.startswith("He")
    first = (
        "The Director of the Guinean Police, Alpha Camara, ended on Wednesday a three-day tour devoted to "
        "cooperation with Gambia and Mali, a statement released on Friday said."
        if english
        else "Le directeur de la Police guinéenne, Alpha Camara, a achevé mercredi une tournée de trois jours, "
        "consacrée à la coopération avec la Gambie et le Mali, indique un communiqué publié vendredi."
    )
    record = read_offline(f"{first}\n\n{second}", "2026-03-06")
    assert record.is_meeting_report
    names = {p.name for m in record.meetings for p in m.participants}
    assert {"Alpha Camara", "Lamin Jallow"} <= names


def test_a_pronoun_after_a_conjunction_of_someone_else_is_not_taken() -> None:
    """The pronoun still needs someone introduced: with no one before, the encounter names its host only."""
    record = read_offline(
        "La délégation est arrivée lundi à Banjul, où elle s'est entretenue avec le ministre de l'Intérieur "
        "gambien, Lamin Jallow.",
        "2026-03-06",
    )
    names = {p.name for m in record.meetings for p in m.participants}
    assert names == {"Lamin Jallow"}


@pytest.mark.parametrize(
    "region", ["Flandre Occidentale", "Kasaï Oriental", "Equatoria Occidental", "Kivu Méridional"]
)
def test_a_region_named_by_its_compass_word_is_no_person(region: str) -> None:
    """A region's name is a run of capitalised words like a person's: its compass adjective
    (« Occidentale », « Oriental ») says it is a place, in a sentence as alone."""
    assert not names.person_shaped(region)
    sentence = (
        f"Le colloque a été ouvert mardi à Mons par les gouverneurs du Hainaut et de {region}, Paul Verhaegen et "
        "Jean Dumont."
    )
    found = [p.name for p in people.find(sentence, frozenset({"BE"}))]
    assert region not in found
    assert "Paul Verhaegen" in found


@pytest.mark.parametrize(
    "headline",
    [
        "Lisbonne : le ministre de l'Intérieur tient des entretiens avec son homologue portugais.",
        "Lisbonne : le ministre de l'Intérieur s'entretient avec son homologue portugais.",
    ],
)
def test_a_headline_office_told_again_by_its_longer_title_is_one_meeting(headline: str) -> None:
    """The headline's unnamed office-holder is the one the text names with his office in full."""
    record = read_offline(
        f"{headline}\n\nLe ministre de l'Intérieur, de la Décentralisation et du Développement local, M. Sidi "
        "Ould Mahmoud, a tenu jeudi au siège du ministère portugais de l'Intérieur une séance de travail avec son "
        "homologue portugais, M. Rui Fonseca, en présence des deux délégations.",
        "2026-03-06",
    )
    assert len(record.meetings) == 1
    assert {p.name for p in record.meetings[0].participants} == {"Sidi Ould Mahmoud", "Rui Fonseca"}


_QUARTERS = ["at Bukit Aman, {c}", "in Singha Durbar, {c}", "at Gigiri, {c}", "at Camp Kingsley, {c}"]
_QUARTER_SENTENCES = [
    "The Home Minister, Ram Thapa, met the Indian Ambassador, Naveen Srivastava, {p}, on Monday.",
    "The Inspector General, Peter Otieno, received the Ugandan police chief, Moses Okello, {p} on Monday.",
    "On Monday, {p}, the Inspector General, Peter Otieno, met the Ugandan police chief, Moses Okello.",
    "Le directeur de la police, Pierre Otieno, a reçu le chef de la police ougandaise, Moïse Okello, lundi {p}.",
]


@pytest.mark.parametrize("quarter", _QUARTERS)
@pytest.mark.parametrize("sentence", _QUARTER_SENTENCES)
@pytest.mark.parametrize(("city", "country"), [("Nairobi", "KE"), ("Kathmandu", "NP")])
def test_a_city_after_a_quarter_known_by_its_name_alone_is_the_place(
    quarter: str, sentence: str, city: str, country: str
) -> None:
    """A quarter or a seat the tables do not know, set off by a comma before its city, places the
    meeting in that city, as a venue of a known kind ("Police Headquarters, Nairobi") already did."""
    if sentence.startswith("Le "):
        quarter = quarter.replace("at ", "à ").replace("in ", "à ")
    text = sentence.format(p=quarter.format(c=city))
    meeting = read_offline(text, "2026-06-12").meetings[0]
    assert meeting.location is not None
    assert (meeting.location.city, meeting.location.country) == (city, country)


def test_an_unknown_town_after_a_quarter_places_nothing() -> None:
    """Only a city the tables know is taken after such a comma: a name there is no place."""
    meeting = read_offline(
        "The Inspector General, Peter Otieno, received the Ugandan police chief, Moses Okello, at Gigiri, "
        "Westlands, on Monday.",
        "2026-06-12",
    ).meetings[0]
    assert meeting.location is None or meeting.location.city is None
