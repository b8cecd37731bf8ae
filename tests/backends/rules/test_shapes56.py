"""A page's shape does not make its record: a word hyphenated at a line's end wherever hyphenation
cuts it is made whole, though the text writes it once, while a compound cut at its own hyphen keeps it
(``communique.ingest.unwrap``); a headline in capitals names no one by its capitalised words, but
the one a civility names (``communique.backends.rules.people``)."""

from __future__ import annotations

import pytest

from communique.backends.rules import people
from communique.ingest.unwrap import unwrap

#: A paragraph wrapped at about 65 characters, the word under test cut at the end of its second line.
_WRAPPED = (
    "Les deux délégations se sont retrouvées mardi au siège de la\n"
    "direction générale de la police nationale pour parler des {first}-\n"
    "{rest} et des autres sujets du moment, avant de convenir de se\n"
    "revoir à la fin de l'année dans la capitale du pays voisin, et de\n"
    "signer alors les accords que leurs experts auront préparés."
)


@pytest.mark.parametrize(
    ("first", "rest", "read"),
    [
        # a word cut anywhere, written once: whole
        ("fron", "tières", "frontières"),
        ("survei", "llance", "surveillance"),
        ("homo", "logue", "homologue"),
        ("traffi", "cking", "trafficking"),
        ("entre", "tiens", "entretiens"),  # (a first part that is a word of its own)
        ("pro", "chaine", "prochaine"),  # (a first part in -o too short to be a country's)
        ("congo", "laise", "congolaise"),  # (a country's adjective cut inside its ending)
        # a compound cut at its own hyphen: kept
        ("cross", "border", "cross-border"),
        ("drug", "control", "drug-control"),
        ("sous", "directeur", "sous-directeur"),
        ("algéro", "mauritanienne", "algéro-mauritanienne"),
        ("intelligence", "sharing", "intelligence-sharing"),
        ("peut", "être", "peut-être"),
        ("celle", "ci", "celle-ci"),
        ("fédérale", "provinciale-territoriale", "fédérale-provinciale-territoriale"),
        ("fédérale-provinciale", "territoriale", "fédérale-provinciale-territoriale"),
    ],
)
def test_a_word_cut_at_a_line_end_is_read_as_written(first: str, rest: str, read: str) -> None:
    assert f" des {read} et des " in unwrap(_WRAPPED.format(first=first, rest=rest))


def test_a_compound_whose_first_part_the_text_uses_again_keeps_its_hyphen() -> None:
    text = _WRAPPED.format(first="bateaux", rest="pilotes") + "\nLes bateaux-mouches sont à quai."
    assert " des bateaux-pilotes et des " in unwrap(text)


@pytest.mark.parametrize(
    ("headline", "named"),
    [
        ("PATROUILLES MIXTES : UN NOUVEL ACCORD ENTRE LA BELGIQUE ET LES PAYS-BAS", []),
        ("FORMATION DES POLICIERS : UN MÉMORANDUM AVEC L'ITALIE", []),
        ("LE DGSN EXAMINE AVEC L'AMBASSADEUR DU JAPON LES MOYENS DE RENFORCER LA COOPÉRATION", []),
        ("BORDER PATROL TALKS: NEW ACCORD SIGNED IN MAASTRICHT", []),
        # one a civility names is a name in capitals too
        ("ALLOCUTION DU MINISTRE DE L'INTÉRIEUR, M. OUSMANE NDIAYE", ["OUSMANE NDIAYE"]),
        # a surname in capitals in a sentence of ordinary case is still read
        ("The minister met Luis Felipe ARANGO JORDAN in Bogotá.", ["Luis Felipe ARANGO JORDAN"]),
    ],
)
def test_a_headline_in_capitals_names_no_one_by_its_capitals(headline: str, named: list[str]) -> None:
    assert [p.name for p in people.find(headline, set())] == named
