"""A meeting's side told only by its page's publisher.

A ministry's or a force's page calls its own side "the Minister", « le ministre de la Sécurité » or « notre pays »
and names its country only where it says who published it: the page's source and address in its front matter
(``source: Police Media Centre``, ``url: https://www.police.gov.ls/…``: a government's site, « gouv.bf »), a masthead
("Republic of Namibia", « RÉPUBLIQUE TOGOLAISE ») or its press office's signature at the foot. That country is a
side; it is none when the page tells two others meeting, or is a newspaper's (its site's country is no side), or
when a line over the text is a headline, not a name. Each row asserts the exact parties (and the place where it is
told).
"""

from __future__ import annotations

import pytest
from support import read_offline

from communique.normalise import places

ROWS: list[tuple[str, str, list[str]]] = [
    # the publisher named by the front matter: its source, its site
    (
        "the publisher's source and site, « notre pays »",
        "---\nsource: Ministère de la Sécurité\nurl: https://www.securite.gouv.tg/\npublished: 2026-05-04\n---\n"
        "Le ministre de la Sécurité, M. Essozimna Tchalla, a reçu ce lundi l'ambassadeur du Canada, "
        "M. Luc Tremblay. Les échanges ont porté sur la coopération entre notre pays et le Canada en matière de "
        "formation.",
        ["CA", "TG"],
    ),
    (
        "a government site alone",
        "---\nurl: https://www.homeaffairs.gov.zm/news/\n---\n"
        "The Minister, Mr Chilufya Banda, today received the High Commissioner of Botswana, Ms Neo Kgosi, at his "
        "office to discuss cross-border crime.",
        ["BW", "ZM"],
    ),
    (
        "a source naming the country",
        "---\nsource: Seychelles Police press office\nurl: https://www.seypolice.net/\npublished: 2026-03-02\n---\n"
        "The Commissioner of Police, Mr Alain Payet, on Friday met the visiting Deputy Commissioner of the Mauritius "
        "Police Force, Mr Ravi Dookhee, to discuss drug trafficking at sea.",
        ["MU", "SC"],
    ),
    # a government's site: its country, before the dateline of the minister's trip abroad
    (
        "government site, dateline abroad",
        "---\nsource: Ministère de l'Intérieur\nurl: https://www.interieur.gouv.ne/\npublished: 2026-06-03\n---\n"
        "Rome, 2 juin 2026 – Le ministre de l'Intérieur, M. Ibrahim Maïga, a tenu mardi une séance de travail avec "
        "son homologue "
        "italien, M. Paolo Ferri, sur la migration irrégulière.",
        ["IT", "NE"],
    ),
    (
        "government site, the page's address",
        "---\nurl: https://www.police.gov.ls/news/commissioner-meets-envoy\npublished: 2026-04-14\n---\n"
        "The Commissioner of Police, Mr Teboho Mokete, on Monday received the Ambassador of Ireland, Ms Aoife "
        "Byrne, to discuss training in forensics.",
        ["IE", "LS"],
    ),
    # a masthead over the text, a press office's signature under it
    (
        "masthead in capitals, fr",
        "---\npublished: 2026-04-21\n---\nRÉPUBLIQUE DU BÉNIN\nMinistère de l'Intérieur et de la Sécurité publique\n\n"
        "Le ministre, M. Romuald Agbodjan, a reçu ce mardi une délégation de la police ghanéenne conduite par le "
        "commissaire Kofi Mensah.",
        ["BJ", "GH"],
    ),
    (
        "masthead, a force's name, en",
        "---\npublished: 2026-08-20\n---\nLiberia National Police\nPRESS RELEASE\n\n"
        "The Inspector General, Col. Samuel Gborie, on Tuesday received a delegation of the Sierra Leonean police "
        "led by AIG Foday Kamara.",
        ["LR", "SL"],
    ),
    (
        "signature of a press office, fr",
        "---\npublished: 2026-05-07\n---\n"
        "Le Directeur général de la Police nationale, M. Adama Sawadogo, a reçu mercredi en audience l'attaché de "
        "sécurité intérieure de l'ambassade d'Allemagne, M. Jens Weber, pour parler de formation.\n\n"
        "Le Service de communication de la Police nationale du Burkina Faso",
        ["BF", "DE"],
    ),
    (
        "signature issued by, en",
        "---\npublished: 2026-02-18\n---\n"
        "The Inspector General of Police, Mr Peter Mwale, yesterday received a courtesy call from the Ambassador of "
        "Japan, Mr Kenji Sato, at the Police Headquarters.\n\n"
        "Issued by: Public Relations Department, Zambia Police Service",
        ["JP", "ZM"],
    ),
    # the publisher is no side
    (
        "a ministry's page about two others",
        "---\nsource: Ministry of the Interior\nurl: https://www.interior.gov.gm/\npublished: 2026-05-22\n---\n"
        "The Inspector General of the Liberia National Police, Col. Prince Zoegar, on Thursday met the Ambassador "
        "of Sweden, Ms Karin Lind, in Monrovia.",
        ["LR", "SE"],
    ),
    (
        "a newspaper's site in a country",
        "---\nsource: The Lake Courier\nurl: https://www.lakecourier.co.ke/\npublished: 2026-07-03\n---\n"
        "The Tanzanian Inspector General of Police, Mr Saidi Mrisho, received on Wednesday the Ambassador of Egypt, "
        "Mr Karim Fawzy, in Dodoma.",
        ["EG", "TZ"],
    ),
    (
        "a headline over the text is no masthead",
        "---\npublished: 2026-02-19\n---\nLa police nationale renforce ses liens avec l'Espagne\n\n"
        "Le directeur de la sécurité publique, Ibrahima Sow, a reçu l'attaché de sécurité intérieure de "
        "l'ambassade d'Espagne, Javier Ortega.",
        ["ES"],
    ),
]


@pytest.mark.parametrize(("text", "parties"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS])
def test_the_publishers_side(text: str, parties: list[str]) -> None:
    analysis = read_offline(text, published=None)
    assert [meeting.parties for meeting in analysis.meetings] == [parties]


@pytest.mark.parametrize(
    ("address", "country"),
    [
        ("Police (police.gov.sc)", "SC"),
        ("https://www.interieur.gouv.fr/actualites", "FR"),
        ("www.homeoffice.gov.uk", "GB"),
        ("afp.gov.au", "AU"),
        ("www.usa.gov", None),  # (no country's domain)
        ("gov.zz", None),  # (no country)
        ("lakecourier.co.ke", None),  # (a newspaper's)
        ("gov.fr.example.com", None),  # (not where the address ends)
    ],
)
def test_a_government_site_is_its_country(address: str, country: str | None) -> None:
    assert places.government_site(address) == country
