"""Ingest on web pages as scrapers capture them: the layouts met on real pages of
communiqués (agencies, ministries, police sites, news sites reposting them), each written
here in invented words: lists of other articles under the text, tickers of headlines,
a site's own tools, bulleted metadata, headers that hold two dates."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.ingest import parse
from communique.ingest.debris import strip

BODY = (
    "Le ministre de l'Intérieur, M. Idrissa Kaboré, a reçu jeudi à Ouagadougou le chef de la "
    "police fédérale autrichienne, M. Lukas Berger, avec qui il a examiné la lutte contre la "
    "traite des personnes.\n\n"
    "Les deux responsables ont convenu d'organiser une formation commune des enquêteurs."
)


@pytest.mark.parametrize(
    "heading",
    [
        "Articles similaires",
        "À lire aussi",
        "Les plus lus – Société",
        "La rédaction vous recommande",
        "Actualités associées",
        "Related News:",
        "You may also like",
        "MOST POPULAR",
        "Also on site :",
        "More Stories From Regional Affairs",
        "Read More:",
    ],
)
def test_a_list_of_other_articles_goes_with_its_heading(heading: str) -> None:
    page = (
        f"{BODY}\n\n{heading}\n\n"
        "- Le directeur de la police malienne en visite de travail à Niamey\n"
        "Signature à Accra d'un accord entre les gendarmeries de deux pays voisins\n"
        "14 janvier 2025\n\n"
        "1. Heavy rain closes the coastal road for a second day\n"
    )
    cleaned = strip(page)
    assert cleaned.text == BODY
    assert "Niamey" not in cleaned.text and "2025" not in cleaned.text


def test_a_related_headline_in_the_middle_of_the_text_goes_and_the_text_goes_on() -> None:
    page = (
        "The interior ministers of two neighbouring states met on Friday in Vilnius.\n\n"
        "Related News:\n\n"
        "Ministers to meet again on border patrols\n\n"
        "The two sides agreed to set up a joint centre for the exchange of information.\n"
    )
    text = strip(page).text
    assert "border patrols" not in text
    assert text.endswith("exchange of information.")


def test_the_date_of_another_article_is_not_the_publication_date() -> None:
    source = parse(
        "Le secrétaire général d'une organisation de police s'est entretenu à Lomé avec le "
        "ministre de la Sécurité, M. Komla Adjévi.\n\n"
        "Actualités associées\n\n"
        "La conférence régionale des chefs de police est reportée\n"
        "23 octobre 2024\n"
    )
    assert source.published is None
    assert "reportée" not in source.text


def test_a_list_heading_does_not_eat_the_paragraph_after_it() -> None:
    page = f"Lire aussi\n\n{BODY}"
    assert strip(page).text == BODY


def test_a_ticker_of_headlines_on_one_line_is_debris_whatever_its_length() -> None:
    ticker = "    ".join(
        [
            "Bourse : la séance finit en hausse",
            "Le temps qu'il fera ce samedi",
            "Football : le club de la capitale se qualifie",
            "Un nouveau pont ouvert à la circulation",
            "Festival : les lauréats de l'édition",
            "Hausse des prix des carburants au mois de juin",
        ]
        * 3
    )
    assert len(ticker.split()) > 40
    assert strip(f"{ticker}\n\n{BODY}").text == BODY


def test_a_sentence_with_wide_spaces_is_not_a_ticker() -> None:
    line = "Le ministre a reçu    mardi    le directeur    de la police fédérale."
    assert strip(line).text == line


def test_teasers_cut_short_under_the_text_go() -> None:
    page = (
        f"{BODY}\n"
        "Le club de la capitale s'est qualifié pour la finale de la coupe après une victoire ...\n"
        "Des associations seraient impliquées dans un trafic de véhicules volés, selon …\n"
    )
    assert strip(page).text == BODY


@pytest.mark.parametrize(
    "debris",
    [
        "Continuer la lecture",
        "Afficher plus",
        "Bouton retour en haut de la page",
        "close",
        "S'abonner",
        "Se connecter",
        "Mot de passe oublié ?",
        "Découvrez nos abonnements",
        "la suite après cette publicité",
        "Contenus partenaires",
        "Vidéo suivante dans 5 secondes",
        "Autres vidéos",
        "Comments (0)",
        "Comments are closed.",
        "Laissez-nous vos commentaires",
        "%d bloggers like this:",
        "Reproduction in whole or in part without permission is prohibited.",
        "(Web editor: Ana Lopes, Tom Reyes)",
        "news-picture",
        "Image",
        "Par",
        "8,392",
        "06:42",
        "12:17 GMT",
        "Day|Week|Month",
        "Text: | Print|",
        "Accueil / Politique / Sécurité : le ministre reçoit l'ambassadeur",
        "Home › World › Police chiefs meet in Vienna",
        "Vous disposez d'un droit d'accès, de rectification et d'opposition aux données vous concernant.",
    ],
)
def test_a_sites_own_tools_are_debris(debris: str) -> None:
    cleaned = strip(f"{BODY}\n\n{debris}")
    assert cleaned.text == BODY, debris


@pytest.mark.parametrize(
    "line",
    [
        "Le ministre a fermé la séance en remerciant les délégations.",
        "Close cooperation between the two forces was praised by both ministers.",
        "Les deux parties ont échangé sur la situation à la frontière | et au port.",
        "2026",
        "12.03.2026",
        "Par ailleurs, les deux ministres ont évoqué la sécurité des grands événements.",
    ],
)
def test_prose_and_dates_that_look_like_tools_are_kept(line: str) -> None:
    assert strip(f"{BODY}\n\n{line}").text == f"{BODY}\n\n{line}"


def test_a_bulleted_metadata_list_is_looked_through_and_its_counters_go() -> None:
    page = f"Un titre de page\n\n  • Publié le 3 mars 2026\n  • 06:42\n  • 7\n  • 0\n\n{BODY}"
    cleaned = strip(page)
    assert cleaned.published == dt.date(2026, 3, 3)
    assert cleaned.text == f"Un titre de page\n\n{BODY}"


def test_a_bulleted_line_that_is_kept_keeps_its_bullet() -> None:
    assert strip("• Le ministre a reçu une délégation.").text == "• Le ministre a reçu une délégation."


def test_a_page_date_alone_gives_way_to_the_dateline_under_it() -> None:
    source = parse(
        "Interior minister meets visiting counterpart\n\n"
        "  • 2/10/2023\n\n"
        "Vienna, May 28, 2021 -- The interior minister met today with a visiting counterpart "
        "to discuss border security."
    )
    assert source.published == dt.date(2021, 5, 28)
    assert source.dateline == "Vienna"


def test_a_date_alone_is_still_the_dateline_when_no_other_comes() -> None:
    source = parse("Un titre\n\n12 mars 2026\n\nLe ministre a reçu mardi son homologue.")
    assert source.published == dt.date(2026, 3, 12)


@pytest.mark.parametrize(
    ("date", "dateline"),
    [
        ("November 20, 2026", "ACCRA – The Inspector-General of Police on Wednesday received a delegation."),
        (
            "Friday, 20 November 2026",
            "KAMPALA: The Inspector-General of Police on Wednesday received a delegation.",
        ),
        ("20 novembre 2026", "DAKAR - Le directeur général de la police a reçu mercredi une délégation."),
    ],
)
def test_a_date_alone_dates_the_dateline_under_it_that_has_none(date: str, dateline: str) -> None:
    """A page's headline, its posting date alone on a line, then a dateline in capitals
    with no date of its own: the posting date is the publication date, the city the place."""
    source = parse(f"Police chief receives a visiting delegation\n\n{date}\n\n{dateline}")
    assert source.published == dt.date(2026, 11, 20)
    assert (source.dateline or "").casefold() == dateline.split(maxsplit=1)[0].rstrip(":").casefold()


@pytest.mark.parametrize(
    "line",
    [
        "Alwihda Info | 8 Mai 2026",
        "Actualités | 08/05/2026 | 3 min de lecture",
        "Security News | May 8, 2026 | 10:42",
    ],
)
def test_a_header_of_parts_set_apart_by_bars_gives_its_date(line: str) -> None:
    cleaned = strip(f"Un titre de page\n{line}\n\n{BODY}")
    assert cleaned.published == dt.date(2026, 5, 8)
    assert cleaned.text == f"Un titre de page\n\n{BODY}"


def test_bars_in_a_long_line_or_below_the_header_are_not_a_posting_date() -> None:
    long_line = "Rabat | la réunion du 8 mai 2026 a porté sur la coopération policière entre les deux pays et la formation"
    assert strip(f"{long_line}\n\n{BODY}").published is None
    below = "\n\n".join([BODY] * 6 + ["Archives | 8 mai 2026"])
    assert strip(below).published is None


def test_a_header_with_two_dates_is_of_its_first() -> None:
    cleaned = strip("Publié le 2025-10-06 Monday, 02 January 2024 12:17 GMT\n\n" + BODY)
    assert cleaned.published == dt.date(2025, 10, 6)


def test_an_agency_credit_above_a_list_of_other_articles_is_the_source() -> None:
    page = f"{BODY}\n\n(APS)\n\nLire aussi\n\nLe ministre reçoit une délégation de la police sénégalaise\n"
    cleaned = strip(page)
    assert cleaned.source == "APS"
    assert cleaned.text == BODY


def test_prose_wrapped_at_a_width_after_a_list_heading_is_kept() -> None:
    page = (
        "The ministers met on Friday in Vilnius.\n\n"
        "Related News:\n\n"
        "Ministers to meet again on border patrols\n\n"
        "The two sides discussed joint patrols on the river and the\n"
        "training of border guards in a new academy near the\n"
        "capital.\n"
    )
    text = strip(page).text
    assert "border patrols" not in text
    assert text.endswith("training of border guards in a new academy near the\ncapital.")


def test_a_list_of_items_each_closed_by_a_full_stop_still_goes() -> None:
    page = f"{BODY}\n\nÀ lire aussi\n- Le ministre reçoit son homologue.\n- La police signe un accord.\n"
    assert strip(page).text == BODY


@pytest.mark.parametrize(
    "debris",
    [
        "kfl",
        "S.H",
        "(end)",
        "(end) rb",
        "(fin)",
        "NEWSWIRE29042026000012345ID9988776655",
        "Source : Source : https://exemple-presse.sn/un-article-de-presse...",
        "Une question, une remarque ? Contactez notre équipe de rédaction par e-mail.",
    ],
)
def test_an_editors_initials_a_wires_end_mark_and_an_identifier_are_debris(debris: str) -> None:
    assert strip(f"{BODY}\n\n{debris}").text == BODY, debris


def test_an_agency_credit_above_the_editors_initials_is_the_source() -> None:
    cleaned = strip(f"{BODY}\n(AIP)\nkfl\n")
    assert cleaned.source == "AIP"
    assert cleaned.text == BODY


@pytest.mark.parametrize("closing", [" (APS)", " (AIP) ", "\n(APS)"])
def test_an_agency_credit_closing_the_last_sentence_is_the_source_however_wrapped(closing: str) -> None:
    cleaned = strip(BODY + closing)
    assert cleaned.source == ("AIP" if "AIP" in closing else "APS")
    assert cleaned.text == BODY


@pytest.mark.parametrize(
    "text",
    [
        BODY[:-1] + " avec la police fédérale australienne (AFP).",  # an acronym given, then the stop
        BODY + " (voir)",  # a word in brackets, no agency
    ],
)
def test_brackets_at_the_end_that_are_no_agency_credit_stay(text: str) -> None:
    cleaned = strip(text)
    assert cleaned.source is None
    assert cleaned.text == text


@pytest.mark.parametrize("line", ["ONU", "Contact presse", "Source : ministère de l'Intérieur"])
def test_short_lines_that_are_not_initials_are_kept(line: str) -> None:
    assert strip(f"{BODY}\n\n{line}").text == f"{BODY}\n\n{line}"


# --- a site's navigation, and a list of other articles with no blank line under it ---------

ARTICLE = (
    "Police Chief Hosts Visiting Delegation From Accra\n"
    "March 3, 2026\n"
    "The Commissioner of Police, Obinna Eze, on Monday received a delegation of the Ghana "
    "Police Service led by Deputy Commissioner Kofi Boateng in Enugu.\n"
    "The two sides agreed to exchange liaison officers on cross-border crime.\n"
)


@pytest.mark.parametrize(
    "menu",
    [
        "Home\nNews\nPolitics\nBusiness\nSports\nContact Us\n",
        "Accueil\nActualités\nPolitique\nÉconomie\nSociété\nFaits divers\n",
        "HOME | NEWS | METRO | OPINION | VIDEOS\n",
        "Home News Politics Business Sports Opinion\n",
        "Home\nGhana\nPolitics\nMetro\nOpinion\nContact Us\n",
        "Home » About Us » Media » Press Releases\n",
        "Skip to content\nMenu\nHome\nAbout\nNews\nSearch for:\n",
    ],
)
def test_a_sites_navigation_above_the_article_goes(menu: str) -> None:
    source = parse(menu + ARTICLE)
    assert source.text.startswith("Police Chief Hosts")
    assert source.published == dt.date(2026, 3, 3)


@pytest.mark.parametrize(
    "header",
    [
        "RÉPUBLIQUE DU NIGER\nMINISTÈRE DE L'INTÉRIEUR\nDIRECTION GÉNÉRALE DE LA POLICE\nCOMMUNIQUÉ\n",
        "Ministry of Interior\nPolice Service\nPublic Affairs\n",
        "News\nPolice chief meets counterpart\n",
        "Participating countries\nBenin\nGhana\nTogo\n",
    ],
)
def test_a_letterhead_or_one_section_name_is_not_a_menu(header: str) -> None:
    kept = [line for line in header.splitlines() if line != "COMMUNIQUÉ"]
    text = strip(header + ARTICLE).text
    assert all(line in text for line in kept)


def test_section_names_inside_a_sentence_are_kept() -> None:
    line = "Home affairs, news media, politics and business leaders were represented."
    assert strip(line).text == line


def test_a_list_of_other_articles_goes_even_with_no_blank_line_before_the_comment_form() -> None:
    page = (
        f"{ARTICLE}"
        "Related Posts\n"
        "Interior minister meets ambassador over visa rules\n"
        "Police commissioner hosts counterpart from Lomé in Lagos\n"
        "Customs chief signs agreement with neighbouring service\n"
        "Leave a Reply Cancel reply\n"
        "Your email address will not be published. Required fields are marked *\n"
        "© 2026 The Daily Record. All rights reserved.\n"
    )
    text = strip(page).text
    assert text == ARTICLE.strip()


@pytest.mark.parametrize(
    "debris",
    [
        "Vous êtes ici : Accueil > Actualités > Communiqués",
        "You are here: Home / Media / Statements",
        "Categories: News, Press Releases",
        "Catégorie : Sécurité",
        "Filed under: Police",
        "Haut de page",
        "Is this page useful?",
        "Yes",
        "No",
        "Report a problem with this page",
        "Like",
        "Comment",
        "#NigeriaPolice #Community",
        "1.2K",
        "12 shares",
        "340 likes",
        "Dernière mise à jour : 13/03/2026",
        "Share on Facebook Share on X WhatsApp",
        "Partager sur Facebook | Partager via e-mail",
    ],
)
def test_a_pages_place_in_the_site_its_questions_and_a_posts_buttons_are_debris(debris: str) -> None:
    assert strip(f"{BODY}\n{debris}\n").text == BODY


@pytest.mark.parametrize(
    "line",
    [
        "Yes, the two ministers agreed to meet again in May.",
        "No agreement was signed at the meeting.",
        "Comment on the talks, the spokesman said they were frank.",
        "The category of offences covered includes fraud.",
    ],
)
def test_sentences_that_start_like_a_pages_buttons_are_kept(line: str) -> None:
    assert strip(f"{BODY}\n{line}\n").text == f"{BODY}\n{line}"


@pytest.mark.parametrize(
    "line",
    [
        "Dernière mise à jour : 13/03/2026",
        "Dernière modification le vendredi 13 mars 2026 10:15",
        "Last modified on Friday, 13 March 2026 10:15",
    ],
)
def test_the_last_update_is_the_date_when_no_other_is_given(line: str) -> None:
    """A content system's line of the last change is the page's, never a heading over the
    text (the longest of them was taken for the headline)."""
    cleaned = strip(f"{line}\n{BODY}")
    assert (cleaned.published, cleaned.text) == (dt.date(2026, 3, 13), BODY)


def test_a_dateline_under_a_section_a_headline_and_a_byline_is_the_dateline() -> None:
    source = parse(
        "Sécurité\n"
        "Coopération : le DG de la Police reçoit une délégation malienne\n"
        "Par Awa Touré • 12 mars 2026 à 14:30\n"
        "Lecture : 2 min\n"
        "Abidjan, 11 mars 2026 (AIP) - Le directeur général de la Police nationale, M. Séry Koffi, a reçu "
        "mercredi une délégation de la police malienne.\n"
    )
    assert (source.dateline, source.published) == ("Abidjan", dt.date(2026, 3, 11))
    assert "Lecture" not in source.text


@pytest.mark.parametrize(
    "line",
    [
        "Rédigé par la rédaction le Mardi 24 Décembre 2019",
        "Écrit par Awa Ndiaye le 24/12/2019",
        "Mis en ligne le 24 décembre 2019",
    ],
)
def test_a_french_byline_or_posting_line_dates_the_page(line: str) -> None:
    cleaned = strip(f"{line}\n{BODY}")
    assert (cleaned.published, cleaned.text) == (dt.date(2019, 12, 24), BODY)


def test_the_text_of_an_inline_element_is_set_apart_from_its_neighbours() -> None:
    """A page's markup inside a paragraph (a name in bold, a link, an emphasised word)
    leaves the words apart as the page shows them: they were glued ("Le ministreIdrissa
    Kaboréa reçu"), names and sentences lost; a word split by markup stays whole."""
    source = parse(
        "<html><head><title>Actualités</title></head><body><h1>Le ministre <em>Kaboré</em> reçoit</h1>"
        "<article><p>Le ministre de l'Intérieur, M. <strong>Idrissa Kaboré</strong>, a reçu jeudi à "
        '<a href="/ouaga">Ouagadougou</a> le chef de la police <b>fédérale</b> autrichienne, '
        "M. <a href='#'>Lukas Berger</a> pour un entretien sur la <i>traite des personnes</i>. "
        "Ré<b>f</b>érence 12.</p></article></body></html>"
    )
    assert (
        "M. Idrissa Kaboré, a reçu jeudi à Ouagadougou le chef de la police fédérale autrichienne"
        in source.text
    )
    assert "M. Lukas Berger pour un entretien sur la traite des personnes. Référence 12." in source.text
    assert source.title == "Le ministre Kaboré reçoit"


@pytest.mark.parametrize(
    "link", ["Read also: Minister receives an envoy", "Lire aussi : Le ministre reçoit un envoyé"]
)
def test_a_line_that_links_one_article_heads_no_list(link: str) -> None:
    """'Read also: <an article>' is debris, but not the heading of a list of other
    articles: the heading-like paragraph under it is the text's (it was taken for the
    next headline of the list and dropped)."""
    heading = "Compte rendu de l'entretien entre les deux ministres sur la coopération"
    cleaned = strip(f"{link}\n\n{heading}\n\n{BODY}")
    assert cleaned.text == f"{heading}\n\n{BODY}"


def test_a_crawlers_date_above_the_articles_published_line_is_not_the_publication_date() -> None:
    source = parse(
        "Thu, 02 May 2024\n\nNEWS :\n\nPolice chiefs of two states agree on joint patrols\n"
        "Published on: Friday, March 3, 2017\n\n"
        "Kota Kinabalu: The state police commissioner met his counterpart from across the border on "
        "Monday to plan joint patrols at sea.\n"
    )
    assert source.published == dt.date(2017, 3, 3)
    assert "2024" not in source.text
