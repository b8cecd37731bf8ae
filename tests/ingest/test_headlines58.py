"""A page's headline as news sites print it, which ``test_shapes55``'s stable sample found reading wrong:

1. the headline printed again under itself, cut where a teaser box ended, with no mark of the cut: the copy is
   dropped (its last words made a name, "Internal Secu"; glued to the lead under it, it hid the lead's dateline);
2. a headline in capitals whose civility is in capitals too ("HON. …", « MME … »): the name after it is a name;
3. « UN » and « AU » in a French line in capitals are articles, not the United Nations or the African Union.

Names, places and dates are invented.
"""

from __future__ import annotations

import pytest
from support import read_offline

from communique.ingest import debris
from communique.normalise import places
from communique.schema import Analysis


def _names(analysis: Analysis) -> set[str]:
    return {p.name for m in analysis.meetings for p in m.participants if p.name}


def _parties(analysis: Analysis) -> set[str]:
    return {party for m in analysis.meetings for party in m.parties}


#: (the lines of a page's head, the lines the reader keeps of them)
CUT_COPIES = [
    (["Minister of Justice and Public Security hosts Botswana delegation", "Minister of Justice and Public Sec"],
     ["Minister of Justice and Public Security hosts Botswana delegation"]),
    (["Coopération : Cotonou et Abuja renforcent leurs patrouilles", "", "Coopération : Cotonou et Abuja renf"],
     ["Coopération : Cotonou et Abuja renforcent leurs patrouilles"]),
    # the copy cut at a word's end, and a second copy cut shorter still
    (["Police chiefs of the region meet in Dodoma", "Police chiefs of the", "Police chiefs of"],
     ["Police chiefs of the region meet in Dodoma"]),
    # a heading of two words that a longer line begins with is not a copy of it
    (["Border security talks open in Dodoma", "Border security"],
     ["Border security talks open in Dodoma", "Border security"]),
    # a longer line after a shorter one is the text going on, not a copy
    (["Joint statement", "Joint statement of the two services on border patrols"],
     ["Joint statement", "Joint statement of the two services on border patrols"]),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "kept"), CUT_COPIES, ids=[c[0][1][:20] for c in CUT_COPIES])
def test_a_headline_printed_again_cut_short_is_dropped(lines: list[str], kept: list[str]) -> None:
    assert debris.strip("\n".join(lines)).text.split("\n") == kept


def test_a_cut_copy_of_an_office_gives_no_name() -> None:
    analysis = read_offline(
        "Statement by the Minister of Home Affairs and Border Management, Hon. Tendai Mukwena\n\n"
        "Statement by the Minister of Home Affairs and Border Man\n\n"
        "Gaborone, 10 March 2026\n\n"
        "I was pleased to receive my Namibian counterpart, Mr Petrus Shikongo, in Gaborone today to discuss "
        "cattle rustling along our shared border."
    )
    assert analysis.is_meeting_report
    assert "Border Man" not in _names(analysis)
    assert {"Tendai Mukwena", "Petrus Shikongo"} <= _names(analysis)


def test_a_cut_copy_does_not_hide_the_dateline_under_it() -> None:
    analysis = read_offline(
        "Sécurité : Bamako et Dakar veulent mieux partager le renseignement\n\n"
        "Sécurité : Bamako et Dakar veulent mieux par\n\n"
        "Politique | -\n\n"
        "Bamako, 10 mars 2026 – Le ministre de la Sécurité, le général Moussa Keïta, a reçu mardi "
        "l'ambassadeur du Sénégal au Mali, Ousmane Ndiaye, avec qui il a parlé de la lutte contre le terrorisme."
    )
    assert [m.location.city for m in analysis.meetings] == ["Bamako"]


CAPITALS_CIVILITIES = [
    ("REMARKS BY THE MINISTER OF INTERIOR, HON. GRACE NAKATO, MP\n\nKampala, 10 March 2026\n\n"
     "Ladies and gentlemen,\n\nI am pleased to welcome my Kenyan counterpart, Mr Daniel Otieno, to Kampala today.",
     "GRACE NAKATO"),
    ("LA MINISTRE DE LA SÉCURITÉ, MME AÏCHA TRAORÉ, A REÇU SON HOMOLOGUE NIGÉRIEN\n\n"
     "Ouagadougou, 10 mars 2026 – La ministre a reçu mardi son homologue du Niger, M. Issa Maïga, pour parler "
     "de la sécurité des frontières.",
     "AÏCHA TRAORÉ"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), CAPITALS_CIVILITIES, ids=["hon", "mme"])
def test_a_civility_in_a_capitals_headline_makes_the_name_after_it_a_name(text: str, name: str) -> None:
    assert name in _names(read_offline(text))


def test_an_article_in_a_french_capitals_headline_is_no_party() -> None:
    analysis = read_offline(
        "LE VANUATU, UN PARTENAIRE DANS LE PACIFIQUE\n\nRenforcer la coopération policière avec l'archipel était "
        "l'objet du déplacement de Luc Fabre, ministre de l'Intérieur et des Outre-mer, à Port-Vila, dimanche 8 "
        "mars, où il a rencontré le commissaire de police du Vanuatu, John Tari."
    )
    assert _parties(analysis) == {"VU"}


#: (a line, the organisations it names)
CAPITALS_LINES = [
    ("LE TOGO, UN ALLIÉ DANS LA LUTTE CONTRE LE TERRORISME", set()),
    ("VISITE DU MINISTRE AU SIÈGE DE L'UA", {"AU"}),
    ("UN POLICE ADVISER MEETS SOUTH SUDAN POLICE CHIEF", {"UN"}),
    ("AU COMMISSION HOSTS TALKS ON BORDER SECURITY", {"AU"}),
    ("Le représentant de l'UN a été reçu", {"UN"}),  # a line in ordinary case writes the acronym as one
]


@pytest.mark.parametrize(("line", "codes"), CAPITALS_LINES, ids=[line[:16] for line, _ in CAPITALS_LINES])
def test_un_and_au_are_articles_only_in_a_french_capitals_line(line: str, codes: set[str]) -> None:
    assert {m.organisation.code for m in places.mentions(line) if m.organisation} == codes
