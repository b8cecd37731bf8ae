"""A communiqué as a scraper takes it from a news site: the site around the text (its
menu, its name over the headline, share buttons, tags, a list of other articles, readers'
comments and the form to add one, a footer) is left out, and the record is the record of the text alone.
Every eval case is read so, in a news site's page, a ministry's and a social network's
post, of its own language; and with what sites put between an article's paragraphs
(captions and credits, links to other articles and videos, advertisements' markers,
what is left of an embedded post, a wire's credits)."""

from __future__ import annotations

import html

import pytest
from conftest import EVALS, LAYOUT_CASES
from test_unwrap import essentials

import communique
from communique.ingest.parse import parse, split_front_matter
from communique.pipeline import Pipeline

#: The cases that are scraped pages already, with a site's menu and name of their own (a
#: page inside a page is no page a scraper meets).
PAGES = frozenset(
    {
        "en-240-news-site-menu-publisher-line-related-posts-enugu",
        "en-344-ticker-of-headlines-set-apart-by-bullets-valletta",
        "fr-210-page-ministere-fil-d-ariane-titre-sous-l-editeur-cotonou",
        "fr-211-rubrique-titre-signature-puis-dateline-aip-abidjan",
    }
)
CASES = sorted(
    p
    for p in [*EVALS.glob("*.txt"), *(EVALS / "world").glob("*.txt")]
    if p.stem not in LAYOUT_CASES and p.stem not in PAGES
)

#: What sites put above and below an article, in English and in French: a news site (the
#: headlines of other articles tell meetings of their own), a ministry's site and a post on a
#: social network.
CHROME = {
    "news": {
        "en": (
            "Skip to content\nHome\nNews\nPolitics\nBusiness\nOpinion\nContact Us\nSearch for:\nDaily Courier\n",
            "Share on Facebook Share on X WhatsApp\nTags: Police, Cooperation\nRelated Posts\n"
            "Interior minister meets visiting envoy over visa rules\n"
            "Police chief hosts counterpart from a neighbouring state\n"
            "Customs service signs agreement with border agency\n"
            "2 Comments\nJohn Smith says:\nMarch 4, 2026 at 9:12 am\n"
            "Great news for our country, the minister met them last year too.\nReply\n"
            "Leave a Reply Cancel reply\nYour email address will not be published. Required fields are marked *\n"
            "© 2026 Daily Courier. All rights reserved.\n",
        ),
        "fr": (
            "Aller au contenu\nAccueil\nActualités\nPolitique\nÉconomie\nSociété\nContact\nRechercher\nLe Courrier\n",
            "Partager sur Facebook | Partager via e-mail\nMots-clés : police, coopération\nÀ lire aussi\n"
            "Le ministre reçoit l'ambassadeur d'un pays ami\n"
            "Le chef de la police rencontre son homologue d'un pays voisin\n"
            "Signature d'un accord entre deux services des douanes\n"
            "2 commentaires\nJean Dupont dit :\n4 mars 2026 à 9 h 12 min\n"
            "Très bonne nouvelle, le ministre les avait déjà reçus l'an dernier.\nRépondre\n"
            "Laisser un commentaire\nVotre adresse e-mail ne sera pas publiée.\n"
            "© 2026 Le Courrier. Tous droits réservés.\n",
        ),
    },
    "post": {
        "en": (
            "Public Affairs Unit\n",
            "#Police #Cooperation\nLike\nComment\nShare\n1.2K\n45 comments\n12 shares\n",
        ),
        "fr": (
            "Cellule de communication\n",
            "#Police #Coopération\nJ'aime\nCommenter\nPartager\n2,3 k\n31 commentaires\n8 partages\n",
        ),
    },
    "ministry": {
        "en": (
            "You are here: Home > Media > Press releases\nMinistry of the Interior\n",
            "Categories: Press releases\nIs this page useful?\nYes\nNo\nReport a problem with this page\nBack to top\n",
        ),
        "fr": (
            "Vous êtes ici : Accueil > Actualités > Communiqués\nMinistère de l'Intérieur\n",
            "Catégorie : Communiqués\nPartager :\nImprimer\nHaut de page\n",
        ),
    },
}


def _parts(text: str) -> tuple[str, str, str]:
    """A case's front matter as written (kept whole in the pages made of it), the text
    under it, and its language."""
    meta, _ = split_front_matter(text)
    front = text[: text.index("\n---", 3) + len("\n---\n")] if meta else ""
    return front, text[len(front) :], meta.get("lang") or ("fr" if "fr" in text[:200] else "en")


def in_a_page(text: str, site: str) -> str:
    """The case's text in a page of ``site`` in its language, its front matter kept."""
    front, body, language = _parts(text)
    above, below = CHROME[site][language if language in CHROME[site] else "en"]
    return f"{front}{above}{body.strip()}\n{below}"


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    return Pipeline(communique.configure({"backend": "rules"}))


@pytest.mark.parametrize("site", sorted(CHROME))
def test_every_case_in_a_sites_page_gives_the_record_of_the_case(rules: Pipeline, site: str) -> None:
    differ = [
        path.stem
        for path in CASES
        if essentials(rules.run(parse(in_a_page(path.read_text(), site))))
        != essentials(rules.run(parse(path.read_text())))
    ]
    assert differ == []


#: What sites put between an article's paragraphs, by language: after the first paragraph
#: a photograph's caption with its credit, a link to another article, a picture's source and
#: caption as some sites print them; after the second an advertisement's marker, what is left
#: of an embedded post (its text, its picture's link, its author's signature with a day of
#: its own), a link to a video, an invitation to click, a wire's credits.
BETWEEN = {
    "en": (
        "The two delegations during the talks. Photo: Police Media\n\n"
        "ALSO READ: Interior minister meets visiting envoy over visa rules\n\n"
        "Image source, Police Media\nImage caption, The minister with his counterpart",
        "Advertisement - Continue Reading Below\n\n"
        "Officers met their counterparts this morning pic.twitter.com/Qw3rTy77\n"
        "— Police Service (@PoliceSvc) March 3, 2026\n\nWATCH: Envoy received at the airport\n\n"
        "Click here to join our channel\n\n(Reporting by Jane Doe; Editing by John Roe)",
    ),
    "fr": (
        "Les deux délégations lors des échanges. Crédit photo : DR\n\n"
        "À LIRE : Le ministre reçoit l'ambassadeur d'un pays ami\n\n"
        "Source de l'image, DR\nLégende de l'image, Le ministre avec son homologue",
        "Publicité - Poursuivez votre lecture ci-dessous\n\n"
        "Rencontre ce matin avec nos homologues pic.twitter.com/Qw3rTy77\n"
        "— Police nationale (@PoliceNat) 3 mars 2026\n\nVIDÉO. L'envoyé reçu à l'aéroport\n\n"
        "Cliquez ici pour rejoindre notre chaîne\n\n(Reportage Jeanne Dupont)",
    ),
}


def with_inserts(text: str) -> str | None:
    """The case's text with :data:`BETWEEN`'s inserts after its first and second
    paragraphs (None for a text of one paragraph)."""
    front, body, language = _parts(text)
    paragraphs = body.strip().split("\n\n")
    if len(paragraphs) < 2:
        return None
    first, second = BETWEEN[language if language in BETWEEN else "en"]
    paragraphs.insert(1, first)
    paragraphs.insert(3 if len(paragraphs) > 3 else len(paragraphs), second)
    return front + "\n\n".join(paragraphs) + "\n"


def test_what_sites_put_between_paragraphs_leaves_the_record_of_the_case(rules: Pipeline) -> None:
    pages = {
        path.stem: (page, path.read_text()) for path in CASES if (page := with_inserts(path.read_text()))
    }
    assert len(pages) > 300
    differ = [
        stem for stem, (page, text) in pages.items()
        if essentials(rules.run(parse(page))) != essentials(rules.run(parse(text)))
    ]  # fmt: skip
    assert differ == []


def as_html(text: str) -> str:
    """The case's text as a news site's HTML page: a header and menu, the paragraphs in an
    article with a photograph, an embedded post, a link to another article and an
    advertisement between them, readers' comments and a list of other articles after it,
    a footer (its front matter kept)."""
    front, body, _ = _parts(text)
    paragraphs = [
        "<p>" + html.escape(paragraph).replace("\n", "<br>\n") + "</p>"
        for paragraph in body.strip().split("\n\n")
    ]
    paragraphs[1:1] = [
        '<figure><img src="talks.jpg" alt="The talks"><figcaption>The talks. Photo: Ministry</figcaption></figure>',
        '<blockquote class="twitter-tweet"><p>Met our counterparts today pic.twitter.com/Qw3rTy77</p>'
        '&mdash; Police Service (@PoliceSvc) <a href="#">March 3, 2026</a></blockquote>',
        '<p><strong>Read also:</strong> <a href="/x">Minister receives an envoy</a></p>',
        '<div class="advert"><span>Advertisement</span></div>',
    ]
    return (
        f'{front}<!DOCTYPE html><html><head><title>Daily Courier</title></head><body><header><a href="/">Daily '
        "Courier</a><nav><ul><li>Home</li><li>News</li><li>Politics</li><li>Contact</li></ul></nav></header>"
        f"<main><article>{''.join(paragraphs)}<div class='comments'><h3>2 Comments</h3><p>John Smith says:</p>"
        "<p>Great news for our country, the minister met them last year too.</p><p>Reply</p></div></article>"
        "<aside><h3>Related</h3><ul><li><a href='#'>Police chief hosts counterpart</a></li></ul></aside></main>"
        "<footer>© 2026 Daily Courier. All rights reserved.</footer></body></html>\n"
    )


def test_every_case_as_an_html_page_gives_the_record_of_the_case(rules: Pipeline) -> None:
    """Its title aside (the page's <title>, the site's name, where the text has none)."""
    differ = []
    for path in CASES:
        text = path.read_text()
        page, plain = (essentials(rules.run(parse(t))) for t in (as_html(text), text))
        page["document"]["title"] = plain["document"]["title"]
        if page != plain:
            differ.append(path.stem)
    assert differ == []
