"""Does a record depend on the shape its page comes in? A metamorphic check of the reader.

Reads every text of the folders given as it is, then again after each *transformation*
of its shape (what a web page, an e-mail, a PDF copy, an editor or a CMS does to a
communiqué without changing what it says) and counts, per transformation, the texts
whose record changed in a field the scorer scores: whether it is a meeting report and,
per meeting, kind, status, date, end date, city, country, parties, participants'
names, topics and outcome types (not spans, offsets or summaries).

    python scripts/shapes.py FOLDER... [--only NAME...] [--sample N] [--seed S] [--list]

``--sample N`` reads a deterministic sample of N texts; ``--list`` prints the texts
whose record changed under each transformation. A transformation is seeded per text
(which debris, which headlines, where the spaces go), so that a run is repeatable.
Front matter (``---`` fences) is kept as it is: only the body is reshaped.
"""

from __future__ import annotations

import argparse
import html
import random
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import communique
from communique.ingest import read_bytes
from communique.pipeline import Pipeline
from communique.schema import Analysis
from communique.text import fold

#: A transformation: the body of a text, its language (``fr`` or ``en``) and a seeded
#: random source, to the same body in another shape.
Transformation = Callable[[str, str, random.Random], str]

# --- the body's parts -----------------------------------------------------------------

_HEADLINE_WORDS = 20
_SENTENCE_END = re.compile(r"[.!?:;»\"”)]\s*$")


def paragraphs(body: str) -> list[str]:
    """The body's paragraphs (blocks between blank lines), without their end lines."""
    return [block.strip("\n") for block in re.split(r"\n[ \t]*\n", body.strip("\n")) if block.strip()]


def headline(parts: list[str]) -> str | None:
    """The first paragraph if it is a headline: one short line that ends no sentence."""
    first = parts[0] if parts else ""
    if "\n" in first or len(first.split()) > _HEADLINE_WORDS or _SENTENCE_END.search(first):
        return None
    return first


def joined(parts: Sequence[str]) -> str:
    return "\n\n".join(parts) + "\n"


def _around(body: str, before: Sequence[str] = (), after: Sequence[str] = ()) -> str:
    return joined([*before, *paragraphs(body), *after])


def _after_headline(body: str, inserted: Sequence[str]) -> str:
    """The body with paragraphs put after its headline (before everything without one)."""
    parts = paragraphs(body)
    at = 1 if headline(parts) else 0
    return joined([*parts[:at], *inserted, *parts[at:]])


# --- web debris -----------------------------------------------------------------------


def navigation(body: str, lang: str, rng: random.Random) -> str:
    """A site's menu and a breadcrumb above the text."""
    menus = {
        "fr": [
            "Accueil | Actualités | Communiqués | Contact",
            "Accueil › Actualités › Communiqués de presse",
        ],
        "en": ["Home | News | Press releases | Contact", "Home › News › Press releases"],
    }[lang]
    return _around(body, before=[menus[0], menus[1]] if rng.random() < 0.5 else [menus[1]])


def share_buttons(body: str, lang: str, rng: random.Random) -> str:
    """Share buttons under the headline and at the end."""
    share = {"fr": "Partager : Facebook Twitter LinkedIn", "en": "Share this: Facebook X LinkedIn WhatsApp"}[
        lang
    ]
    return _around(_after_headline(body, [share]), after=[share])


def cookie_banner(body: str, lang: str, rng: random.Random) -> str:
    """A cookie banner, above or under the text."""
    banner = {
        "fr": "Ce site utilise des cookies afin d'améliorer votre expérience de navigation. "
        "En poursuivant votre visite, vous acceptez leur utilisation.\nAccepter  Refuser  Personnaliser",
        "en": "We use cookies to improve your experience on our website. By continuing to browse, "
        "you agree to our use of cookies.\nAccept all  Reject  Manage settings",
    }[lang]
    return _around(body, before=[banner]) if rng.random() < 0.5 else _around(body, after=[banner])


def _below(blocks: dict[str, str], doc: str) -> Transformation:
    """A transformation that puts a page's block of debris (in the text's language) under the text."""

    def transform(body: str, lang: str, rng: random.Random) -> str:
        return _around(body, after=[blocks[lang]])

    transform.__doc__ = doc
    return transform


tags = _below(
    {
        "fr": "Mots-clés : coopération, sécurité, police, international",
        "en": "Tags: cooperation, security, police, international",
    },
    "A line of tags under the text.",
)
footer = _below(
    {
        "fr": "Ministère de l'Intérieur – 12, rue des Acacias, 10000 Bellerive – Tél. : +33 1 23 45 67 89\n"
        "© 2026 Ministère de l'Intérieur. Tous droits réservés.\nMentions légales | Plan du site | Accessibilité",
        "en": "Ministry of the Interior, 12 Acacia Road, Bellerive – Tel: +44 20 7946 0000\n"
        "© 2026 Ministry of the Interior. All rights reserved.\nPrivacy policy | Sitemap | Accessibility",
    },
    "A site's footer: address, phone, copyright.",
)
comments = _below(
    {
        "fr": "2 commentaires\n\nKarim B. — 14 mars 2026 à 10 h 12\nBravo à nos forces de l'ordre !\nRépondre\n\n"
        "Laissez un commentaire\nVotre adresse e-mail ne sera pas publiée.",
        "en": "2 comments\n\nJohn D. says:\nMarch 14, 2026 at 10:12 am\nWell done to our police!\nReply\n\n"
        "Leave a Reply\nYour email address will not be published.",
    },
    "A comments section under the text.",
)


#: Headlines of other meetings, as a page lists them under its text: none of them is a
#: meeting of the record.
_OTHER_HEADLINES = {
    "fr": [
        "Le ministre de l'Intérieur reçoit l'ambassadeur du Japon",
        "Visite de travail du directeur général de la police au Caire",
        "Entretien téléphonique avec le ministre italien de l'Intérieur",
        "Signature d'un accord de coopération policière avec le Portugal",
        "Le préfet de police s'entretient avec une délégation d'Interpol",
        "Saisie record de cocaïne au port de la ville",
    ],
    "en": [
        "Interior Minister receives the Ambassador of Japan",
        "Police chief holds talks with Italian counterpart in Rome",
        "Minister meets Europol Executive Director in The Hague",
        "Memorandum of understanding signed with Kenya on police training",
        "Inspector-General hosts a delegation from Interpol",
        "Record cocaine seizure at the port",
    ],
}


def related_headlines(body: str, lang: str, rng: random.Random) -> str:
    """A list of other articles' headlines under the text, some of them other meetings."""
    heading = rng.choice(
        {
            "fr": ["Lire aussi", "À lire aussi :", "Articles similaires"],
            "en": ["Read also", "Related", "Related articles:"],
        }[lang]
    )
    listed = rng.sample(_OTHER_HEADLINES[lang], 3)
    return _around(body, after=[heading + "\n" + "\n".join(listed)])


def photo_credit(body: str, lang: str, rng: random.Random) -> str:
    """A photo's credit line where the picture was, under the headline."""
    credit = {"fr": "Photo : DR / Service de communication", "en": "Photo credit: Press Office"}[lang]
    return _after_headline(body, [credit])


def article_header(body: str, lang: str, rng: random.Random) -> str:
    """What news sites print around an article's headline (seen on pages of African and
    Maghreb papers): the site's logo and motto above it; under it the headline again, cut
    where the page's teaser box ended (no « … »), the section with an empty field, the
    picture's alternative text, and counters of comments and views."""
    parts = paragraphs(body)
    title = headline(parts)
    above = {
        "fr": ["logo Le Quotidien du Soir", "Le premier journal du pays"],
        "en": ["logo The Daily Courier", "The nation's first newspaper"],
    }[lang]
    under = [
        {"fr": "Politique | -", "en": "Politics | -"}[lang],
        {"fr": "image article une", "en": "image main article"}[lang],
        "0\n1517",
    ]
    if title is None:
        return joined([*above, *under, *parts])
    cut = title[: max(len(title) * 2 // 3, 1)].rstrip()
    return joined([*above, title, cut, *under, *parts[1:]])


# --- lines cut at a width ----------------------------------------------------------------

_WIDTH = 70
_LEAST_PIECE = 3


def _wrap(paragraph: str, hyphenate: bool) -> str:
    """A paragraph cut into lines of at most 70 characters, a long word split with a
    hyphen at the end of a line if ``hyphenate``."""
    lines: list[str] = []
    line = ""
    for word in paragraph.split():
        if not line or len(line) + 1 + len(word) <= _WIDTH:
            line = f"{line} {word}" if line else word
            continue
        room = _WIDTH - len(line) - 2  # a space and the hyphen
        if hyphenate and word.isalpha() and room >= _LEAST_PIECE and len(word) - room >= _LEAST_PIECE:
            lines.append(f"{line} {word[:room]}-")
            line = word[room:]
            continue
        lines.append(line)
        line = word
    return "\n".join([*lines, line])


def _wrapped(body: str, hyphenate: bool) -> str:
    """Each line of the body longer than 70 characters cut into lines (a shorter line, a
    list's item or a programme's, stays as it is)."""
    return "\n".join(_wrap(line, hyphenate) if line.strip() else line for line in body.split("\n"))


def hard_wrap(body: str, lang: str, rng: random.Random) -> str:
    """Lines cut at 70 columns, as an e-mail or a PDF copy has them."""
    return _wrapped(body, hyphenate=False)


def hard_wrap_hyphenated(body: str, lang: str, rng: random.Random) -> str:
    """Lines cut at 70 columns, long words split with a hyphen at a line's end."""
    return _wrapped(body, hyphenate=True)


_PAGE_LINES = 12


def pdf_pages(body: str, lang: str, rng: random.Random) -> str:
    """A PDF copy: lines cut at 70 columns and, every 12 lines, a page's footer (« Page
    2/3 ») and the next page's running head (the ministry's name in capitals)."""
    head = {"fr": "MINISTÈRE DE L'INTÉRIEUR", "en": "MINISTRY OF THE INTERIOR"}[lang]
    lines = hard_wrap(body, lang, rng).split("\n")
    pages = [lines[k : k + _PAGE_LINES] for k in range(0, len(lines), _PAGE_LINES)]
    out = [head, ""]
    for number, page in enumerate(pages, 1):
        out += page
        out += ["", f"Page {number}/{len(pages)}", ""]
        if number < len(pages):
            out += [head, ""]
    return "\n".join(out) + "\n"


# --- spaces and line ends -----------------------------------------------------------------


def spaces(body: str, lang: str, rng: random.Random) -> str:
    """Spaces an editor or a page leaves: no-break spaces (before French colons, after
    titles), narrow no-break spaces, tabs, doubled spaces, zero-width spaces between
    words, spaces at the ends of lines."""
    body = re.sub(r" (?=[:;!?»])", "\u00a0" if lang == "fr" else " ", body)
    body = re.sub(r"(?<=«) ", "\u202f", body)
    body = re.sub(r"\b(M\.|Mr\.?|Mme|Dr\.?|Mrs\.?) ", "\\1\u00a0", body)
    out = []
    for piece in re.split(r"( )", body):
        if piece != " ":
            out.append(piece)
            continue
        roll = rng.random()
        out.append("\t" if roll < 0.03 else "  " if roll < 0.08 else " \u200b" if roll < 0.12 else " ")
    return "\n".join(line + "  " if line.strip() else line for line in "".join(out).split("\n"))


def line_ends(body: str, lang: str, rng: random.Random) -> str:
    """Windows line ends and blank lines doubled."""
    return body.replace("\n\n", "\n\n\n\n").replace("\n", "\r\n")


# --- typography ------------------------------------------------------------------------------

#: Letters of UTF-8 read as Windows-1252 (« Ã© », "â€™"): a text that holds them has bytes for its
#: typography, which no editor retypes (its "“" is the middle of a mis-read dash).
_MOJIBAKE = re.compile(r"Ã.|â€")

_STRAIGHT = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def straight_typography(body: str, lang: str, rng: random.Random) -> str:
    """Typewriter typography: straight apostrophes and quotes, hyphens for dashes, three dots."""
    if _MOJIBAKE.search(body):
        return body
    body = re.sub(r"«[\s\u00a0\u202f]*", '"', body)
    body = re.sub(r"[\s\u00a0\u202f]*»", '"', body)
    return body.translate(_STRAIGHT).replace("…", "...")


def curly_typography(body: str, lang: str, rng: random.Random) -> str:
    """Typeset typography: curly apostrophes and quotes, dashes, an ellipsis."""
    if _MOJIBAKE.search(body):
        return body
    body = re.sub(r"(?<=\w)'(?=\w)", "’", body)
    body = re.sub(r'"([^"\n]*)"', "«\u00a0\\1\u00a0»" if lang == "fr" else "“\\1”", body)
    body = re.sub(r" - ", " – ", body)
    return body.replace("...", "…")


# --- the headline and the lead --------------------------------------------------------------


def headline_capitals(body: str, lang: str, rng: random.Random) -> str:
    """The headline in capitals (a text without a headline stays as it is)."""
    parts = paragraphs(body)
    if headline(parts) is None:
        return body
    return joined([parts[0].upper(), *parts[1:]])


def headline_repeated(body: str, lang: str, rng: random.Random) -> str:
    """The headline twice: the page's title, then the article's first line."""
    parts = paragraphs(body)
    if (title := headline(parts)) is None:
        return body
    return joined([title, *parts])


_TEASER_WORDS = 25


def lead_excerpt(body: str, lang: str, rng: random.Random) -> str:
    """The lead repeated above the body as an excerpt, whole or cut with « … »."""
    parts = paragraphs(body)
    if len(parts) == 1:  # (a text of one line a paragraph, and no blank line: its lines are its paragraphs)
        parts = [line for line in parts[0].split("\n") if line.strip()]
    at = 1 if headline(parts) else 0
    if at >= len(parts):
        return body
    lead = " ".join(parts[at].split())
    words = lead.split()
    if rng.random() < 0.5 and len(words) > _TEASER_WORDS:
        lead = " ".join(words[:_TEASER_WORDS]) + " …"
    return joined([*parts[:at], lead, *parts[at:]])


# --- markup ----------------------------------------------------------------------------------

_ENTITIES = {
    "é": "&eacute;",
    "è": "&egrave;",
    "à": "&agrave;",
    "ç": "&ccedil;",
    "’": "&#8217;",
    "«": "&laquo;",
    "»": "&raquo;",
}


def as_html(body: str, lang: str, rng: random.Random) -> str:
    """A page's HTML: a title, the headline as ``<h1>``, paragraphs as ``<p>``, lines
    broken with ``<br>``, accents and quotes as entities, no-break spaces as ``&nbsp;``."""
    parts = paragraphs(body)
    title = headline(parts)

    def marked(text: str) -> str:
        text = html.escape(text, quote=False).replace("\u00a0", "&nbsp;")
        text = re.sub(r"\b(M\.|Mr\.?|Dr\.?) ", r"\1&nbsp;", text)
        return "".join(_ENTITIES.get(c, c) for c in text).replace("'", "&#8217;").replace("\n", "<br>\n")

    lines = ["<!DOCTYPE html>", f'<html lang="{lang}"><head><meta charset="utf-8">']
    if title:
        lines.append(f"<title>{marked(title)}</title>")
    lines.append("</head><body><article>")
    if title:
        lines.append(f"<h1>{marked(title)}</h1>")
        parts = parts[1:]
    lines += [f"<p>{marked(part)}</p>" for part in parts]
    lines.append("</article></body></html>")
    return "\n".join(lines) + "\n"


_NAME = re.compile(r"\b([A-Z][a-zà-ÿ]+ [A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)\b")


def as_markdown(body: str, lang: str, rng: random.Random) -> str:
    """Markdown: the headline as ``#``, names in bold."""
    parts = paragraphs(body)
    if headline(parts):
        parts = [f"# {parts[0]}", *parts[1:]]
    return joined([_NAME.sub(r"**\1**", part) for part in parts])


#: Every transformation, by name.
TRANSFORMATIONS: dict[str, Transformation] = {
    "navigation": navigation,
    "share-buttons": share_buttons,
    "cookie-banner": cookie_banner,
    "tags": tags,
    "related-headlines": related_headlines,
    "footer": footer,
    "photo-credit": photo_credit,
    "comments": comments,
    "article-header": article_header,
    "hard-wrap": hard_wrap,
    "hard-wrap-hyphenated": hard_wrap_hyphenated,
    "pdf-pages": pdf_pages,
    "spaces": spaces,
    "line-ends": line_ends,
    "straight-typography": straight_typography,
    "curly-typography": curly_typography,
    "headline-capitals": headline_capitals,
    "headline-repeated": headline_repeated,
    "lead-excerpt": lead_excerpt,
    "html": as_html,
    "markdown": as_markdown,
}

# --- reading and comparing -------------------------------------------------------------------


def split(text: str) -> tuple[str, str]:
    """The front matter (with its fences) and the body."""
    if not text.startswith("---\n") or (end := text.find("\n---\n", 3)) < 0:
        return "", text
    return text[: end + 5], text[end + 5 :]


def language(front: str, body: str) -> str:
    """The text's language as its front matter says, else by its words (``fr`` or ``en``)."""
    if said := re.search(r"^lang:\s*(fr|en)\b", front, re.MULTILINE):
        return said.group(1)
    return (
        "fr"
        if len(re.findall(r"\b(?:le|la|les|des|du)\b", body)) > len(re.findall(r"\bthe\b", body))
        else "en"
    )


def reshaped(name: str, text: str, key: str, seed: int = 0) -> str:
    """``text`` after the transformation ``name``, seeded by ``key`` (the text's name)."""
    front, body = split(text)
    rng = random.Random(f"{seed}:{name}:{key}")
    return front + TRANSFORMATIONS[name](body, language(front, body), rng)


def scored(record: Analysis) -> tuple[object, ...]:
    """What the scorer scores of a record: whether it reports a meeting and, per meeting
    (in no order), its kind, status, dates, place, parties, names, topics and outcomes; a city
    and names as the scorer compares them, folded (case, accents, quotes)."""
    meetings = sorted(
        repr(
            (
                m.kind,
                m.status,
                m.date,
                m.end_date,
                m.location.city and fold(m.location.city),
                m.location.country,
                sorted(m.parties),
                sorted(fold(p.name) for p in m.participants if p.name),
                sorted(m.topics),
                sorted(o.type for o in m.outcomes),
            )
        )
        for m in record.meetings
    )
    return (record.is_meeting_report, meetings)


def record(pipeline: Pipeline, text: str, name: str) -> tuple[object, ...]:
    """The scored fields of a text's rules record, read as a file is."""
    return scored(pipeline.run(read_bytes(text.encode("utf-8"), name=name)))


def texts(folders: Sequence[Path], sample: int | None = None) -> list[Path]:
    """The ``*.txt`` of the folders, or a deterministic sample of them."""
    found = sorted(p for folder in folders for p in folder.glob("*.txt"))
    if sample is not None and sample < len(found):
        found = sorted(random.Random(0).sample(found, sample))
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--only", nargs="+", choices=list(TRANSFORMATIONS), default=list(TRANSFORMATIONS))
    parser.add_argument("--sample", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--list", action="store_true", help="print the texts whose record changed")
    args = parser.parse_args(argv)
    for folder in args.folders:
        if "holdout" in folder.name:
            parser.error(f"{folder} is a blind set: its texts are not to be read")
    pipeline = Pipeline(communique.configure({"backend": "rules", "cache": False}))
    paths = texts(args.folders, args.sample)
    originals = {p: p.read_text(encoding="utf-8") for p in paths}
    as_is = {p: record(pipeline, originals[p], p.name) for p in paths}
    print(f"{len(paths)} texts")
    print(f"| {'transformation':<22} | changed | unchanged shape |")
    print(f"|{'-' * 24}|---------|-----------------|")
    for name in args.only:
        changed, same = [], 0
        for path in paths:
            text = reshaped(name, originals[path], path.stem, args.seed)
            if text == originals[path]:
                same += 1
                continue
            if record(pipeline, text, path.name) != as_is[path]:
                changed.append(path.stem)
        print(f"| {name:<22} | {len(changed):>7} | {same:>15} |", flush=True)
        if args.list:
            for stem in changed:
                print(f"|   {stem}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
