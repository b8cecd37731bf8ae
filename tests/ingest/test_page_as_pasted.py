"""The page as users paste it (seventeenth reading): a scraped header that gives a month
alone, a posting date with its update on one line, a ticker of headlines set apart by
bullets, invitations to comment or to follow the site, and a wire's credit where a
dateline's place would be."""

from __future__ import annotations

import pytest

from communique.ingest import debris
from communique.ingest.parse import parse


def test_a_header_of_a_month_alone_is_no_publication_date_and_its_text_runs_on() -> None:
    source = parse(" date 2023-02 Le mardi 21 février 2023, le ministre a reçu une délégation de la police.")
    assert source.published is None
    assert source.text.startswith("Le mardi 21 février 2023, le ministre a reçu")


def test_a_header_of_a_month_alone_on_its_line_goes() -> None:
    source = parse(" date 2018-09\nLe directeur général a reçu jeudi l'ambassadeur de France à Alger.")
    assert source.published is None and source.text.startswith("Le directeur général")


def test_a_header_line_whose_date_comes_late_in_a_paragraph_keeps_the_paragraph() -> None:
    lead = "The Commissioner of Police, Marcus Whitfield, on Monday, July 13, 2026 hosted his counterpart in Kingston."
    source = parse(f"Date: {lead}")
    assert "Marcus Whitfield" in source.text and source.published is None


def test_a_full_header_date_still_dates_the_page() -> None:
    source = parse(" date 2026-01-27 Partager\nLe ministre a reçu mardi son homologue à Rabat.")
    assert source.published is not None and source.published.isoformat() == "2026-01-27"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("vendredi 13 mai 2016 Dernière mise à jour le Vendredi 13 Mai 2016 à 14:41", "2016-05-13"),
        ("14 April 2026, last updated 15 April 2026 10:20", "2026-04-14"),
        ("mardi 3 mars 2026 | Mis à jour le 4 mars 2026", "2026-03-03"),
    ],
)
def test_a_posting_date_then_its_update_dates_the_page(line: str, day: str) -> None:
    source = parse(f"Titre de l'article\nAuteur\n{line}\n\nLe ministre a reçu mardi son homologue à Lomé.")
    assert source.published is not None and source.published.isoformat() == day
    assert "mise à jour" not in source.text.casefold() and "updated" not in source.text


def test_a_sentence_about_an_update_is_no_posting_date() -> None:
    assert debris._posted_then_updated("Le ministre a mis à jour le plan le 14 mai 2026") is None


TICKER = (
    "Oil prices steady after storage report  • FC Marsaxlokk forced out of the cup  • "
    "Storm warning lifted for the coast  • Parliament debates new housing bill  "
)


def test_a_ticker_of_headlines_set_apart_by_bullets_goes() -> None:
    cleaned = debris.strip(f"Off the wire\n{TICKER}\n\nThe Commissioner met his counterpart on Monday.")
    assert "Marsaxlokk" not in cleaned.text and "Commissioner" in cleaned.text


def test_a_list_of_topics_set_apart_by_bullets_stays() -> None:
    line = "The talks covered:  • terrorism  • drugs  • cybercrime  • migration"
    assert line in debris.strip(f"{line}\n\nThe Commissioner met his counterpart.").text


@pytest.mark.parametrize(
    "line",
    [
        "Réagissez à cet article",
        "Vos commentaires",
        "Pas de commentaires",
        "No comments yet",
        "Join the discussion",
        "Restez informé des derniers gros titres sur WhatsApp | LinkedIn",
        "Follow us on Facebook and Twitter for the latest news",
    ],
)
def test_invitations_to_comment_or_to_follow_go(line: str) -> None:
    assert debris._is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "Vos commentaires sur la réunion ont été transmis au ministre.",
        "Aucun commentaire n'a été fait par le ministre sur la rencontre.",
        "The ministers agreed to stay informed of each other's operations.",
    ],
)
def test_sentences_of_the_text_about_comments_stay(line: str) -> None:
    assert not debris._is_debris(line)


def test_a_wire_credit_with_its_day_is_no_dateline_place() -> None:
    source = parse("Xinhua, May 19, 2026 Adjust font size:\n\nThe conference opened on Wednesday in Prague.")
    assert source.dateline is None and source.source == "Xinhua"
    assert source.published is not None and source.published.isoformat() == "2026-05-19"


def test_a_site_s_clock_over_the_page_is_no_publication_date() -> None:
    page = (
        "vendredi, mars 29, 2024\n\nLe ministre recevra son homologue ce vendredi\n\nNe ratez pas!\n\n"
        "Le ministre de l'Intérieur recevra ce vendredi son homologue français pour une séance de travail."
    )
    source = parse(page)
    assert source.published is None
    assert "mars 29" not in source.text and "Ne ratez pas" not in source.text


@pytest.mark.parametrize(
    "line",
    [
        "vendredi 29 mars 2024",  # the French order: a posting date, as pages print theirs
        "Friday, March 29, 2024",  # the English order of an English page: a posting date too
    ],
)
def test_a_posting_date_over_the_page_still_dates_it(line: str) -> None:
    source = parse(f"{line}\n\nLe ministre a reçu vendredi son homologue à Dakar pour une séance de travail.")
    assert source.published is not None and source.published.isoformat() == "2024-03-29"


def test_a_site_s_clock_in_the_text_is_left_to_the_reader() -> None:
    lines = [f"Ligne {n} du texte, qui parle de la coopération entre les deux polices." for n in range(12)]
    page = "\n".join([*lines, "vendredi, mars 29, 2024"])
    assert "vendredi, mars 29, 2024" in debris.strip(page).text


@pytest.mark.parametrize(
    "line",
    [
        "Format imprimable Envoyer cet article à un ami",
        "Version imprimable",
        "Send this article to a friend",
        "Partager cet article",
        "Imprimer cet article",
        "Taille du texte A A A",
        "A+ A-",
        "Adjust font size:",
        "OUR STAFF REPORT",
        "De notre correspondante à Abidjan, Awa Koné",
        "Conformément à la loi 09-08, vous disposez d'un droit d'accès à vos données (CNDP).",
        "En poursuivant votre navigation, vous acceptez l'utilisation de cookies.",
    ],
)
def test_a_page_s_print_mail_and_notice_lines_go(line: str) -> None:
    assert debris._is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "De notre correspondant à Dakar, le ministre a reçu hier son homologue malien en audience.",
        "Le ministre a rappelé qu'il faut agir conformément à la loi sur la police nationale.",
        "A la tête de la délégation, le ministre a reçu son homologue.",
    ],
)
def test_sentences_that_begin_like_page_lines_stay(line: str) -> None:
    assert not debris._is_debris(line)


def test_the_articles_that_should_interest_the_reader_are_other_articles() -> None:
    page = (
        "Le préfet de police a reçu mardi une délégation de la police algérienne au siège de la préfecture.\n\n"
        "Ces articles devraient vous intéresser\n"
        "Le directeur de la Sûreté nationale reçoit à Rabat son homologue portugais\n"
        "Terrorisme : démantèlement d'une cellule à Fès\n"
    )
    text = debris.strip(page).text
    assert "portugais" not in text and "Terrorisme" not in text and "préfet" in text
