"""Hard-wrapped text (a PDF's, an e-mail's, a wire feed's) is read as the same text
unwrapped; text that is not wrapped is left exactly as it is."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from conftest import EVALS, EXAMPLES, LAYOUT_CASES
from runner import run

import communique
from communique.ingest import unwrap as unwrap_module
from communique.ingest.parse import parse, split_front_matter
from communique.ingest.unwrap import unwrap
from communique.pipeline import Pipeline
from communique.schema import Analysis

#: Every eval case but those whose layout is what they test (a PDF's lines, an e-mail's
#: header): laid out again, they would be other texts.
#: A ticker of headlines on one line (set apart by bullets after runs of spaces) is one
#: line by its layout too: cut at a width, its pieces are lines of other texts.
TICKERS = frozenset({"en-344-ticker-of-headlines-set-apart-by-bullets-valletta"})
CASES = sorted(
    p
    for p in [*EVALS.glob("*.txt"), *(EVALS / "world").glob("*.txt")]
    if p.stem not in LAYOUT_CASES and p.stem not in TICKERS
)
TEXTS = [*CASES, *sorted(EXAMPLES.glob("*.txt"))]


def wrapped(text: str, width: int) -> str:
    """``text`` with each line of its body cut at ``width`` characters, as a mail
    client or a PDF's text layer does (words broken at their own hyphens too)."""
    front, body = "", text
    if split_front_matter(text)[0]:
        end = text.index("\n---", 3) + len("\n---\n")
        front, body = text[:end], text[end:]
    lines = [
        textwrap.fill(line, width, break_long_words=False) if line.strip() else line
        for line in body.split("\n")
    ]
    return front + "\n".join(lines)


def essentials(record: Analysis) -> dict:
    """What a record says, without its spans (offsets into a text that differs), summaries
    and provenance."""
    return record.model_dump(mode="json", exclude={"provenance", "spans", "summary"})


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    return Pipeline(communique.configure({"backend": "rules"}))


@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_text_that_is_not_wrapped_is_left_as_it_is(path: Path) -> None:
    body = parse(path.read_text()).text
    assert unwrap(body) == body


@pytest.mark.parametrize("width", [60, 76])
def test_every_case_wrapped_gives_the_record_of_the_case(rules: Pipeline, width: int) -> None:
    differ = [
        path.stem
        for path in CASES
        if essentials(rules.run(parse(wrapped(path.read_text(), width))))
        != essentials(rules.run(parse(path.read_text())))
    ]
    assert differ == []


@pytest.mark.parametrize("width", [60, 72, 80])
def test_wrapped_text_reads_back_word_for_word(width: int) -> None:
    for path in TEXTS:
        body = parse(path.read_text()).text
        assert unwrap(wrapped(body, width)).split() == body.split(), path.stem


def test_a_word_broken_at_a_line_end_is_whole_where_the_text_writes_it_whole() -> None:
    text = (
        "Les deux délégations ont examiné en détail les axes de la coopé-\n"
        "ration bilatérale et le rôle que doit jouer à ce titre le sous-\n"
        "directeur de la police judiciaire du royaume, M. Jean-\n"
        "Marc Lhoste, et la coopération entre les services de police.\n"
        "Elles ont convenu de se revoir à Dakar avant la fin de l'année."
    )
    assert unwrap(text) == (
        "Les deux délégations ont examiné en détail les axes de la coopération bilatérale et le rôle "
        "que doit jouer à ce titre le sous-directeur de la police judiciaire du royaume, M. Jean-Marc "
        "Lhoste, et la coopération entre les services de police. Elles ont convenu de se revoir à Dakar "
        "avant la fin de l'année."
    )


def test_a_word_broken_before_its_ending_is_whole_though_the_text_writes_it_once() -> None:
    # a PDF's hyphenation breaks words a text writes once: their topics and outcomes were lost
    text = (
        "The two chiefs discussed the strengthening of their coopera-\n"
        "tion against cross-border crime and illegal immigra-\n"
        "tion, with the vice-president of the commission present.\n"
        "Les experts prépareront les arrangements techniques de la sécu-\n"
        "rité des frontières dans la zone sahélo-saharienne, et les arrange-\n"
        "ments du prochain sommet des chefs de police de la région."
    )
    assert unwrap(text) == (
        "The two chiefs discussed the strengthening of their cooperation against cross-border crime and "
        "illegal immigration, with the vice-president of the commission present. Les experts prépareront "
        "les arrangements techniques de la sécurité des frontières dans la zone sahélo-saharienne, et les "
        "arrangements du prochain sommet des chefs de police de la région."
    )


def test_a_name_broken_in_two_is_made_whole_and_a_compound_keeps_its_hyphen() -> None:
    """A PDF set with hyphenation breaks a name ("Gi-" "rardin"); a text wrapped at its
    hyphens breaks compounds ("sahélo-" "saharienne", "al-" "Mansouri"): the parts of a
    name written with a hyphen each take a capital, a compound's need not."""
    text = (
        "Le ministre de l'Intérieur, M. Laurent Gi-\n"
        "rardin, a reçu mardi son homologue, M. Idriss al-\n"
        "Mansouri, pour parler de la bande sahélo-\n"
        "saharienne et de la coopération entre les polices.\n"
        "Les deux ministres se reverront à Dakar en juin."
    )
    assert unwrap(text) == (
        "Le ministre de l'Intérieur, M. Laurent Girardin, a reçu mardi son homologue, M. Idriss "
        "al-Mansouri, pour parler de la bande sahélo-saharienne et de la coopération entre les polices. "
        "Les deux ministres se reverront à Dakar en juin."
    )


def test_a_title_broken_at_its_hyphen_keeps_it_though_it_begins_with_a_capital() -> None:
    """A compound title at the head of a sentence or after a name ("Lieutenant-"
    "colonel", "Sous-" "préfet", "Vice-" "president") is no name broken in two."""
    text = (
        "Le chef de la délégation, le Lieutenant-\n"
        "colonel Amadou Keïta, a été reçu lundi par le commissaire divisionnaire. Sous-\n"
        "préfet de Kolda, M. Ousmane Ba, était présent. The police service of the island, its Vice-\n"
        "president and two aides were also present at the meeting in the capital city.\n"
        "Les deux délégations se reverront à Ziguinchor au mois de mars prochain."
    )
    joined = unwrap(text)
    assert "Lieutenant-colonel Amadou" in joined and "Sous-préfet de Kolda" in joined
    assert "Vice-president and" in joined


def test_a_pdf_copied_with_its_running_heads_reads_as_the_communique() -> None:
    """Page numbers and running heads are debris; the lines of the text between them
    are joined (a running head, as wide as the page, does not set the width)."""
    text = (
        "MINISTÈRE DE L'INTÉRIEUR" + " " * 36 + "Page 1 sur 2\n"
        "Paris, le 14 avril 2026\n"
        "Le ministre de l'Intérieur, M. Laurent Gi-\n"
        "rardin, a reçu ce mardi place Beauvau son\n"
        "homologue tunisien, M. Slim Ben Ammar. Les\n"
        "deux ministres ont signé une déclaration sur\n"
        "la lutte contre l'immigration irrégulière.\n"
        "\f\n"
        "MINISTÈRE DE L'INTÉRIEUR" + " " * 36 + "Page 2 sur 2\n"
        "- 2 -\n"
    )
    assert parse(text).text == (
        "Paris, le 14 avril 2026\n"
        "Le ministre de l'Intérieur, M. Laurent Girardin, a reçu ce mardi place Beauvau son homologue "
        "tunisien, M. Slim Ben Ammar. Les deux ministres ont signé une déclaration sur la lutte contre "
        "l'immigration irrégulière."
    )


def test_items_headlines_and_menus_keep_their_lines() -> None:
    text = (
        "Accueil   Politique   Société   Sport   Monde   Culture   Contact   Menu\n"
        "Le ministre de l'Intérieur a reçu mardi son homologue du Niger pour\n"
        "des entretiens qui ont porté sur les points suivants, entre autres :\n"
        "- la lutte contre le terrorisme et le crime organisé dans la région du\n"
        "Sahel et au-delà de ses frontières ;\n"
        "- la formation des cadres de la police nationale des deux pays voisins.\n"
    )
    assert unwrap(text).split("\n") == [
        "Accueil   Politique   Société   Sport   Monde   Culture   Contact   Menu",
        "Le ministre de l'Intérieur a reçu mardi son homologue du Niger pour des entretiens qui ont "
        "porté sur les points suivants, entre autres :",
        "- la lutte contre le terrorisme et le crime organisé dans la région du Sahel et au-delà de ses frontières ;",
        "- la formation des cadres de la police nationale des deux pays voisins.",
        "",
    ]


def test_the_command_line_reads_a_wrapped_communique_as_the_communique(tmp_path: Path) -> None:
    brief = EXAMPLES / "rabat-madrid-fr.txt"
    path = tmp_path / "wrapped.txt"
    path.write_text(wrapped(brief.read_text(), 64))
    records = [
        Analysis.model_validate_json(run("summarise", str(p), "--backend", "rules").stdout)
        for p in (brief, path)
    ]
    assert essentials(records[0]) == essentials(records[1])


def test_a_date_alone_under_a_headline_as_wide_as_the_lines_stays_on_its_own_line() -> None:
    text = (
        "Minister receives the visiting police chief of a neighbour\n"
        "June 18, 2026\n"
        "The minister of the interior received on Tuesday the chief of\n"
        "police of the neighbouring country, who came with a small\n"
        "delegation, for talks on patrols along the common border.\n"
    )
    assert "\nJune 18, 2026\n" in unwrap(text)


def test_a_headline_as_wide_as_the_lines_is_not_joined_to_the_sentence_under_it() -> None:
    text = (
        "Le ministre reçoit le chef de la police d'un pays voisin du nord\n"
        "Le ministre de l'Intérieur a reçu mardi le chef de la police du pays\n"
        "voisin, venu avec une petite délégation, pour parler des patrouilles\n"
        "le long de la frontière commune et de la formation des agents.\n"
    )
    assert unwrap(text).startswith(
        "Le ministre reçoit le chef de la police d'un pays voisin du nord\nLe ministre"
    )


def test_a_headline_as_wide_as_the_lines_is_not_joined_to_a_dateline_under_it() -> None:
    text = (
        "Sécurité : le ministre reçoit son homologue d'un pays voisin\n"
        "Abidjan, 5 novembre 2026 (AIP) - Le ministre a reçu mardi son\n"
        "homologue du pays voisin, venu avec une petite délégation, pour\n"
        "parler des patrouilles le long de la frontière commune.\n"
    )
    assert unwrap(text).startswith("Sécurité : le ministre reçoit son homologue d'un pays voisin\nAbidjan")


@pytest.mark.parametrize("dangling", ["to", "de"])
def test_a_line_that_ends_on_a_preposition_is_no_heading(dangling: str) -> None:
    """A line with no stop at its end is a heading over one that opens a sentence, unless it ends
    on a word no heading ends with: then the next line goes on with the same sentence."""
    lines = [
        "Lomé – The training of the Togolese gendarmerie is of real value " + dangling,
        "The Niger, the Minister of Security of the Niger, Issa Garba, said on",
        "Friday during a working visit to Togo that lasted for two whole days.",
        "He thanked his hosts for the welcome and the quality of the exchanges",
        "held over those two days with the officers of the national gendarmerie.",
    ]
    assert unwrap("\n".join(lines)) == " ".join(lines)


@pytest.mark.parametrize(
    ("line", "dangles"),
    [
        ("The chiefs travelled on to", True),
        ("La délégation s'est rendue jusqu'à  ", True),
        ("Le ministre a reçu le directeur de\t", True),
        ("The chiefs met in Toronto", False),  # ("to" ends the name, not a word of its own)
        ("Les chefs ont posé pour la photo", False),
        ("to", True),
        ("", False),
    ],
)
def test_a_line_dangles_on_its_last_word_alone(line: str, dangles: bool) -> None:
    """Only the end of a line is searched for a word no sentence ends with: a word that ends
    with one ("Toronto", "photo") is no such word, though the search starts inside it."""
    assert unwrap_module._dangles(line) is dangles
