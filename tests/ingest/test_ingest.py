"""Ingest: decoding, front matter, debris, publication date, language."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import SEEDS, requires_shared

from communique.errors import InputError
from communique.ingest import decode, parse, read_bytes, read_path, split_front_matter


@requires_shared
def test_denmark_seed_header_date_and_debris() -> None:
    source = read_path(SEEDS / "seed-denmark-2026.txt")
    assert source.id == "seed-denmark-2026"
    assert source.published == dt.date(2026, 1, 27)
    assert source.published_from == "header"
    assert source.language == "fr"
    assert "Partager" not in source.text and "date 2026" not in source.text
    assert source.text.startswith("Le Directeur général de la Sûreté nationale")
    assert "’" not in source.text  # typographic apostrophes are normalised


@requires_shared
def test_falcone_seed_credit_and_comment_form() -> None:
    source = read_path(SEEDS / "seed-france-falcone.txt")
    assert source.published is None
    assert source.source == "MAP"  # from the credit line "Article19.ma/Map"
    for debris in ("LAISSER UN COMMENTAIRE", "Please enter", "Akismet", "Article19"):
        assert debris not in source.text
    assert source.text.rstrip().endswith("conclut le communiqué.")


def test_front_matter_wins_and_is_removed() -> None:
    text = "---\nid: x-1\npublished: 2026-03-12   # comment\nsource: 'TAP'\nlang: fr\n---\nTunis, 2 mars 2026 (MAP) - Le ministre a reçu hier son homologue."
    source = parse(text)
    assert (source.id, source.published, source.source, source.language) == (
        "x-1",
        dt.date(2026, 3, 12),
        "TAP",
        "fr",
    )
    assert source.published_from == "front matter"
    assert source.text.startswith("Tunis, 2 mars 2026")


def test_dateline_gives_date_place_and_agency() -> None:
    source = parse("Rabat, 27 janvier 2026 (MAP) - Le ministre de l'Intérieur a reçu mardi son homologue.")
    assert source.published == dt.date(2026, 1, 27)
    assert (source.published_from, source.source, source.dateline) == ("dateline", "MAP", "Rabat")


def test_dateline_after_a_headline() -> None:
    text = "COOPÉRATION SÉCURITAIRE AVEC LE SÉNÉGAL\n\nDakar, 3 mars 2026 (MAP) - Le directeur a reçu hier une délégation."
    source = parse(text)
    assert source.published == dt.date(2026, 3, 3)
    assert source.source == "MAP"


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("Abuja — Tuesday, April 14, 2026 — The Inspector-General of Police received his Ghanaian counterpart.",
         "Abuja", None),
        ("Rabat - 14/04/2026 (MAP) - Le ministre de l'Intérieur a reçu mardi son homologue espagnol.", "Rabat", "MAP"),
        ("Tunis, le 14-04-2026 (TAP) - Le ministre de l'Intérieur a reçu mardi son homologue libyen.", "Tunis", "TAP"),
        ("ABU DHABI, 14th April, 2026 (WAM) -- The Minister of Interior received the Italian minister today.",
         "ABU DHABI", "WAM"),
        ("Lomé, 14 avril 2026 (ATOP) - Le ministre de la Sécurité a reçu mardi son homologue béninois.", "Lomé", "ATOP"),
        ("Paris, 14.04.2026 – Le ministre de l'Intérieur a reçu mardi son homologue italien.", "Paris", None),
        ("WASHINGTON (April 14, 2026) – The Secretary received the Mexican Security Minister today.",
         "WASHINGTON", None),
        ("LONDON, 14 April 2026 /PRNewswire/ -- The Home Secretary met her French counterpart today.", "LONDON", None),
        ("Kolkata [India], April 14, 2026 (ANI): Police officers from Bhutan visited the training college.",
         "Kolkata", "ANI"),
    ],
)  # fmt: skip
def test_datelines_as_agencies_write_them(line: str, place: str, agency: str | None) -> None:
    source = parse(line)
    assert (source.published, source.dateline, source.source) == (dt.date(2026, 4, 14), place, agency)


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ("22 September 2016", dt.date(2016, 9, 22)),
        ("  June 4, 2011", dt.date(2011, 6, 4)),
        ("2018 05 29", dt.date(2018, 5, 29)),
        ("Mon 26 Oct 2020, 06:44 PM", dt.date(2020, 10, 26)),
        ("10 décembre 2021 – Le ministre de l'Intérieur a reçu son homologue.", dt.date(2021, 12, 10)),
        ("20 – 22 November 2023 - The Secretary General met the Commissioner.", dt.date(2023, 11, 22)),
        ("Par L'Economiste| Le 12/12/2023 – 16:40 | Partager", dt.date(2023, 12, 12)),
        ("By Staff Writer - April 14, 2026", dt.date(2026, 4, 14)),
    ],
)
def test_a_date_at_the_head_of_the_text_is_its_publication_date(head: str, published: dt.date) -> None:
    """A date alone on a line, a date before the text, a byline with its date: under a
    headline too."""
    source = parse(
        f"Minister receives counterpart\n\n{head}\n\nThe Minister received his counterpart on Monday."
    )
    assert source.published == published


def test_a_date_inside_the_first_sentence_is_not_the_publication_date() -> None:
    text = "Le 12 mars 2026, le ministre de l'Intérieur a reçu son homologue tunisien à Rabat.\n\nSuite."
    assert parse(text).published is None


@pytest.mark.parametrize(
    "line",
    [
        "Tuesday, 14 April 2026 | The Minister received his Jordanian counterpart today.",
        "Jean-Marc Dupont, directeur, a reçu le 14 avril 2026 son homologue.",
    ],
)
def test_a_weekday_or_a_name_before_a_date_is_no_dateline(line: str) -> None:
    assert parse(line).dateline is None


def test_english_dateline_and_language() -> None:
    source = parse(
        "ALGIERS, March 12, 2026 (APS) - The Minister of the Interior received his Tunisian counterpart on Tuesday."
    )
    assert (source.published, source.source, source.language) == (dt.date(2026, 3, 12), "APS", "en")


@pytest.mark.parametrize(
    "debris",
    [
        "Partager Facebook Twitter WhatsApp",
        "Share Tweet",
        "LAISSER UN COMMENTAIRE",
        "Leave a comment",
        "Please enter your comment!",
        "Lire aussi : Le ministre inaugure un commissariat",
        "Related articles",
        "Nous utilisons des cookies pour améliorer votre expérience de navigation.",
        "We use cookies to improve your browsing experience. Accept all",
        "Tags : sécurité, police",
        "MINISTÈRE DE L'INTÉRIEUR" + " " * 40 + "Page 1 sur 2",
        "Republic of Ghana Police Service            Page 2 of 3",
        "Page 2",
        "2/3",
        "- 2 -",
        "Photo : DGSN",
        "(Photo: Ghana Police Service)",
        "Posted by: admin",
        "By Staff Reporter",
        "1 234 vues",
        "Reading time: 3 minutes",
        "Écouter cet article",
        "Copyright © 2026 Ministry of Interior. All rights reserved.",
        "Suivez-nous sur Facebook",
        "Article précédent",
        "Télécharger le communiqué (PDF, 120 Ko)",
        "Share this:",
    ],
)
def test_debris_lines_are_removed(debris: str) -> None:
    body = "Le ministre de l'Intérieur a reçu hier son homologue tunisien pour des entretiens sur la coopération."
    source = parse(f"{debris}\n\n{body}\n\n{debris}")
    assert source.text == body


@pytest.mark.parametrize(
    "line",
    [
        "Images of the meeting show the two ministers signing the agreement in Rabat on Tuesday.",
        "Download speeds were not discussed.",
        "Next week, the ministers will meet again in Tunis to review progress.",
        "By decision of the two ministers, a joint committee will meet every quarter.",
    ],
)
def test_prose_that_starts_as_debris_does_is_kept(line: str) -> None:
    body = "Le ministre de l'Intérieur a reçu hier son homologue tunisien pour des entretiens sur la coopération."
    assert parse(f"{line}\n\n{body}").text == f"{line}\n\n{body}"


def test_html_page_is_reduced_to_its_article() -> None:
    page = (
        "<!doctype html><html><head><title>Coopération | Site</title><script>var x=1;</script></head>"
        "<body><nav><a href='/'>Accueil</a><a>Politique</a></nav><article><h1>Visite du directeur</h1>"
        "<p>Le Directeur général a reçu mardi son homologue belge.</p><p>Les entretiens ont porté sur le terrorisme.</p>"
        "</article><footer>© Site 2026</footer><form>Commentaire</form></body></html>"
    )
    source = parse(page)
    assert source.title == "Visite du directeur"
    assert "Le Directeur général a reçu mardi son homologue belge." in source.text
    assert "var x" not in source.text and "Accueil" not in source.text and "Commentaire" not in source.text
    assert any("HTML" in note for note in source.notes)


_PAGE_BODY = "<p>Le Directeur général a reçu mardi son homologue belge.</p><p>Les entretiens ont porté sur le terrorisme.</p>"


@pytest.mark.parametrize(
    "markup",
    [
        '<head><meta property="article:published_time" content="2026-03-12T09:30:00+01:00"></head><body><article>{}</article>',
        '<head><meta name="DC.date.issued" content="2026-03-12"></head><body><article>{}</article>',
        '<body><article><time datetime="2026-03-12">12 mars</time>{}</article>',
        '<body><span itemprop="datePublished" content="x"></span><time pubdate datetime="2026-03-12"></time><div>{}</div>',
        '<head><script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "2026-03-12T08:00:00Z"}}</script>'
        "</head><body><article>{}</article>",
    ],
)
def test_an_html_page_s_markup_gives_its_publication_date(markup: str) -> None:
    """A page saved as HTML says when it was posted in its markup (Open Graph, Dublin
    Core, the article's <time>, schema.org's JSON-LD): 'mardi' is placed from it."""
    source = parse("<!doctype html><html>" + markup.format(_PAGE_BODY) + "</body></html>")
    assert (source.published, source.published_from) == (dt.date(2026, 3, 12), "page markup")


def test_the_time_of_another_article_or_a_dateline_does_not_date_the_page() -> None:
    aside = "<body><aside><time datetime='2025-01-01'>1 janvier</time></aside><div>{}</div>"
    assert parse("<!doctype html><html>" + aside.format(_PAGE_BODY) + "</body></html>").published is None
    dated = "<body><article><time datetime='2026-03-13'></time><p>Rabat, le 12 mars 2026 (MAP) - Le ministre a reçu son homologue.</p></article>"
    assert parse("<!doctype html><html>" + dated + "</body></html>").published == dt.date(2026, 3, 12)


def test_decode_utf8_bom_and_windows_1252() -> None:
    assert decode("\ufeffLe ministre a reçu".encode()) == ("Le ministre a reçu", [])
    text, notes = decode("Le ministre a reçu l’émissaire".encode("cp1252"))
    assert text == "Le ministre a reçu l’émissaire"
    assert notes and "Windows-1252" in notes[0]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\t  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image, not text"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_bad_bytes_are_refused_with_a_reason(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_bytes(data)


def test_size_limit() -> None:
    with pytest.raises(InputError, match="over the limit"):
        read_bytes(b"a" * 2000, max_bytes=1000)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\nid: x\nLe ministre a reçu", "no closing"),
        ("---\nid x\n---\nLe ministre a reçu son homologue.", "not 'key: value'"),
        ("---\npublished: 12/03/2026\n---\nLe ministre a reçu son homologue.", "not an ISO date"),
        ("---\nlang: french!\n---\nLe ministre a reçu son homologue.", "ISO 639-1"),
        ("---\nid: only\n---\n", "no text left"),
        ("Partager\nFacebook\nLAISSER UN COMMENTAIRE", "no text left"),
        ("12345 67890 !!!", "no text left"),
    ],
)
def test_malformed_inputs(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse(text)


def test_front_matter_split_keeps_text_without_block() -> None:
    assert split_front_matter("Le ministre.\n---\nx: y") == ({}, "Le ministre.\n---\nx: y")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="directory"):
        read_path(tmp_path)


def test_front_matter_list_blocks_are_read_as_one_value() -> None:
    """A translation lists its problems under ``problems:``; summarise reads it back."""
    text = "---\nid: t-1\nproblems:\n  - paragraph 1: the name 'A B' is missing\n  - paragraph 2: x\nlang: en\n---\nBody.\n"
    meta, body = split_front_matter(text)
    assert meta == {
        "id": "t-1",
        "problems": "paragraph 1: the name 'A B' is missing; paragraph 2: x",
        "lang": "en",
    }
    assert body == "Body."


@pytest.mark.parametrize(
    ("header", "date"),
    [
        ("date 2026-01-27 Partager Facebook Twitter", dt.date(2026, 1, 27)),
        ("Published on January 27, 2026 | Share", dt.date(2026, 1, 27)),
        ("Publié le 27 janvier 2026 à 10:30 ·", dt.date(2026, 1, 27)),
    ],
)
def test_a_header_line_that_runs_into_the_first_paragraph_keeps_the_paragraph(
    header: str, date: dt.date
) -> None:
    first = "Le Directeur général de la Sûreté nationale a reçu mardi à Rabat son homologue espagnol."
    for text in (f"{header}\n{first}", f"{header} {first}"):  # the header's line break kept, or lost
        source = parse(text)
        assert source.published == date and source.published_from == "header"
        assert source.text == first, text


@pytest.mark.parametrize(
    ("header", "published", "title"),
    [
        ("From: Press Office <press@interior.example.gov>\nSent: Tuesday, April 14, 2026 10:12 AM\n"
         "To: newsdesk@example.org\nSubject: FW: PRESS RELEASE: Minister receives Kenyan counterpart",
         dt.date(2026, 4, 14), "Minister receives Kenyan counterpart"),
        ("De : Service de presse <presse@interieur.example.fr>\nEnvoyé : mardi 14 avril 2026 10:12\n"
         "À : redaction@example.fr\nObjet : TR: Communiqué de presse : le ministre reçoit son homologue",
         dt.date(2026, 4, 14), "le ministre reçoit son homologue"),
    ],
)  # fmt: skip
def test_a_communique_forwarded_by_e_mail_loses_the_header_and_keeps_its_date_and_subject(
    header: str, published: dt.date, title: str
) -> None:
    body = "The Minister of Interior received his Kenyan counterpart on Monday in Kampala."
    source = parse(f"{header}\n\n{body}\n\nKind regards,\n")
    assert (source.text, source.published, source.title) == (body, published, title)


def test_lines_that_look_like_mail_fields_inside_a_text_stay() -> None:
    text = "Objet : coopération policière.\n\nLe ministre a reçu mardi son homologue belge. De : la presse."
    assert parse(text).text == text


def test_a_scraper_s_json_lines_are_read_under_their_own_field_names(tmp_path: Path) -> None:
    """``content``/``body`` for the text, ``date``/``published_at``/``pubDate`` for the
    publication date (an ISO date and time as well as a date), ``link`` for the address;
    the spec's own names win where both are given."""
    from communique.ingest import inputs

    lines = [
        {"id": "a", "content": "Le ministre a reçu mardi son homologue.", "published_at": "2026-04-14T10:12:00Z",
         "link": "https://example.org/a"},
        {"id": "b", "body": "The minister met his counterpart on Monday.", "pubDate": "2026-04-13"},
        {"id": "c", "text": "Le ministre a reçu son homologue.", "content": "a teaser", "date": "2026-04-12",
         "published": "2026-04-11"},
        {"id": "d", "title": "no text under any name"},
    ]  # fmt: skip
    path = tmp_path / "scraped.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines))
    documents = inputs.read_jsonl(str(path))
    sources = [inputs.load(document) for document in documents[:3]]
    assert [s.text for s in sources] == [lines[0]["content"], lines[1]["body"], lines[2]["text"]]
    assert [s.published for s in sources] == [
        dt.date(2026, 4, 14),
        dt.date(2026, 4, 13),
        dt.date(2026, 4, 11),
    ]
    assert sources[0].url == "https://example.org/a"
    assert documents[3].problem == f"{path} line 4 has no 'text' (a non-empty string)"


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("date: 2026-04-14", dt.date(2026, 4, 14)),  # Jekyll, Hugo
        ("date: 2026-04-14 10:12:00 +0200", dt.date(2026, 4, 14)),
        ('pubDate: "Tue, 14 Apr 2026 10:12:00 GMT"', dt.date(2026, 4, 14)),
        ("datePublished: 2026-04-14T10:12:00Z", dt.date(2026, 4, 14)),
        ("published_at: 14 avril 2026", dt.date(2026, 4, 14)),
        ("published: 2026-04-13\ndate: 2026-04-14", dt.date(2026, 4, 13)),  # the spec's own name wins
    ],
)
def test_a_site_generator_s_front_matter_date_is_the_publication_date(
    header: str, published: dt.date
) -> None:
    """A front matter gives the publication date under the names a JSON Lines line may (``date``, ``pubDate``,
    ``published_at`` …), and ``link`` for the address: "hier" is then the day before (was: only ``published``
    was read, and a Hugo page's ``date:`` left every relative day unresolved)."""
    source = parse(
        f"---\n{header}\nlink: https://example.org/a\n---\nLe ministre a reçu hier son homologue.\n"
    )
    assert (source.published, source.url) == (published, "https://example.org/a")


def test_a_front_matter_date_that_is_no_date_is_left_with_a_note() -> None:
    """Not the contract's ``published``: a ``date`` it cannot read is set aside with a note, and the text is read
    as it would have been without it (its dateline's date); a malformed ``published`` is still an error."""
    text = "Rabat, 27 janvier 2026 (MAP) - Le ministre a reçu hier son homologue."
    source = parse(f"---\ndate: 12/06/2025\n---\n{text}\n")
    assert source.published == dt.date(2026, 1, 27)
    assert any("the front matter's date '12/06/2025' is not an ISO date" in note for note in source.notes)
    with pytest.raises(InputError, match="malformed front matter: published"):
        parse(f"---\npublished: 12/06/2025\n---\n{text}\n")


BODY = (
    "Le ministre de l'Intérieur a reçu ce mardi son homologue malien, M. Oumar Traoré.\n\n"
    "Les entretiens ont porté sur la sécurité des frontières.\n\n"
    "Les deux ministres ont convenu de se revoir.\n\nUne commission mixte sera créée.\n\n"
)


@pytest.mark.parametrize(
    ("closing", "place"),
    [
        ("Fait à Dakar, le 14 avril 2026", "Dakar"),
        ("Nouakchott, le 14/04/2026\nLe Ministre de l'Intérieur", "Nouakchott"),
        ("Le 14 avril 2026\nLa Cellule de communication", None),
        ("Abuja, 14th April 2026.", "Abuja"),
        ("Issued on 14 April 2026", None),
    ],
)
def test_a_closing_dateline_gives_the_publication_date(closing: str, place: str | None) -> None:
    """A signature block's place and date, when nothing before gave a date."""
    source = parse(BODY + closing)
    assert (source.published, source.published_from, source.dateline) == (
        dt.date(2026, 4, 14),
        "closing line",
        place,
    )


@pytest.mark.parametrize(
    "closing", ["La prochaine réunion aura lieu le 14 mai 2026.", "Next meeting: 14 May 2026"]
)
def test_a_last_sentence_with_a_date_is_no_closing_dateline(closing: str) -> None:
    assert parse(BODY + closing).published is None


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Accra, Mar 12: The Inspector General of Police received a delegation on Monday.", "Accra"),
        ("Kuala Lumpur, 3 June (Bernama) - The police chief met his counterpart today.", "Kuala Lumpur"),
        ("NAIROBI – The Cabinet Secretary hosted the Ugandan minister on Friday.", "NAIROBI"),
        # the agency after a full stop, as Central Asian wires write it
        ("TASHKENT. UZA – Tashkent hosted talks between the two interior ministries.", "TASHKENT"),
    ],
)
def test_a_wire_dateline_without_a_year_gives_its_place(line: str, place: str) -> None:
    """A known city before a date with no year, or before a dash: the place is the
    dateline's, the date unknown (no year to place it in)."""
    source = parse(line)
    assert (source.dateline, source.published) == (place, None)


def test_a_headline_that_opens_with_a_city_gives_way_to_a_dateline_and_lends_its_place() -> None:
    """ "Dakar : …" may be a headline: a dateline below it wins; a posting date alone
    below it takes the headline's place as the dateline's."""
    dated = parse(
        "Dakar : le ministre reçoit son homologue\n\nThiès, le 14 avril 2026 (APS) - Le ministre a reçu."
    )
    assert (dated.dateline, dated.published) == ("Thiès", dt.date(2026, 4, 14))
    posted = parse(
        "Dakar : le ministre reçoit son homologue\n\n14/04/2026\n\nLe ministre a reçu lundi son homologue."
    )
    assert (posted.dateline, posted.published) == ("Dakar", dt.date(2026, 4, 14))
    assert parse("Tuesday, 14 April 2026 | The Minister received his counterpart.").dateline is None


@pytest.mark.parametrize(
    "value",
    [
        "2026-03-12",
        "2026-03-12T08:30:00+01:00",
        "Thu, 12 Mar 2026 08:30:00 GMT",
        "12 mars 2026",
        "March 12, 2026",
    ],
)
def test_a_publication_date_as_scrapers_and_feeds_write_it(value: str) -> None:
    """An RSS ``pubDate`` (RFC 2822) or a date with its month in words is read; a date in
    figures alone ("12/03/2026", day or month first?) is not guessed at."""
    source = parse(f"---\npublished: {value}\n---\nLe ministre a reçu son homologue malien.")
    assert source.published == dt.date(2026, 3, 12)


_ARABIC_VERSION = (
    "وزارة الداخلية\n"
    + "استقبل وزير الداخلية صباح اليوم بمقر الوزارة سفير مملكة بلجيكا حيث تناول اللقاء سبل تعزيز التعاون الثنائي "
    "في مجال مكافحة الجريمة المنظمة والهجرة غير الشرعية وأكد الطرفان على أهمية تبادل المعلومات.\n" * 6
)
_FRENCH_VERSION = (
    "Alger, le 10 mars 2026 - Le ministre de l'Intérieur, M. Karim Benaissa, a reçu mardi l'ambassadeur du "
    "Royaume de Belgique, M. Luc Vermeulen. L'audience a porté sur la coopération dans la lutte contre la "
    "criminalité organisée et l'immigration clandestine, et sur l'échange d'informations entre les services.\n"
)


@pytest.mark.parametrize(
    "page", [_ARABIC_VERSION + "\n" + _FRENCH_VERSION, _FRENCH_VERSION + "\n" + _ARABIC_VERSION]
)
def test_a_version_in_another_script_is_set_aside_with_a_note(page: str) -> None:
    """A ministry's page with the Arabic version above or below the French one is read
    in French (it was refused by the offline reader as Arabic), the other version named
    in the notes; the French text is the whole of the source."""
    source = parse(page)
    assert source.language == "fr" and source.published == dt.date(2026, 3, 10)
    assert not any("\u0600" <= ch <= "\u06ff" for ch in source.text)
    assert source.text.startswith("Alger, le 10 mars 2026")
    assert any("Arabic script" in note for note in source.notes)


def test_a_text_in_another_script_stays_whole() -> None:
    """Mostly Arabic with a few Latin words (a name, an acronym), or declared Arabic: kept
    as it is, and its language is Arabic."""
    mostly = _ARABIC_VERSION + "Karim Benaissa (DGSN)\n"
    assert parse(mostly).language == "ar" and "Karim Benaissa" in parse(mostly).text
    declared = parse(_ARABIC_VERSION + "\n" + _FRENCH_VERSION, lang="ar")
    assert declared.language == "ar" and "وزارة" in declared.text
    russian = "Министр внутренних дел провёл встречу с послом Бельгии по вопросам сотрудничества.\n" * 3
    assert parse(russian + "\n" + _FRENCH_VERSION).language == "fr"


def test_a_pubdate_header_is_the_publication_date() -> None:
    source = parse(
        "Pubdate: Tue, 03 Mar 2026\nSource: Island News\n\nThe police chiefs met in Apia on Monday."
    )
    assert str(source.published) == "2026-03-03"
