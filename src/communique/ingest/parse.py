"""Parse: from text to a clean :class:`~communique.schema.Source`.

Puts right text decoded upstream with the wrong code page
(:mod:`~communique.ingest.mojibake`), reduces an HTML page to its article (or a plain
text to its words: HTML entities and Markdown marks, :mod:`~communique.ingest.markup`),
reads the optional front matter, strips web debris, joins the lines of a hard-wrapped text
(:mod:`~communique.ingest.unwrap`), finds the publication date (front matter, then a
dateline such as ``Rabat, 27 janvier 2026 (MAP) -``, then a scraped header line) and
the language.
Every refusal is an :class:`~communique.errors.InputError` that says why.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from communique import regexes
from communique.errors import InputError
from communique.ingest import debris, language, markup, mojibake
from communique.ingest.unwrap import unwrap
from communique.normalise import places
from communique.normalise.dates import DATELINE_AGENCY, find_phrases, parse_absolute
from communique.schema import Source
from communique.text import ESCAPE_SEQUENCE, ascii_digits, quoted, shortened, tidy

#: The languages the offline reader and the summaries are written for.
SUPPORTED_LANGUAGES = ("fr", "en")


#: Other names scrapers and site generators give the fields of a JSON Lines line or a front
#: matter, read when the field itself is absent: the text as ``content`` or ``body``, the
#: publication date as ``date`` (as Jekyll and Hugo write it), ``published_at``, ``pubDate`` or
#: ``datePublished``, the address as ``link``.
ALIASES = {
    "text": ("content", "body"),
    "published": ("date", "published_at", "pubDate", "datePublished", "publication_date"),
    "url": ("link",),
}


def aliased(fields: Mapping[str, Any], name: str) -> tuple[str, Any] | None:
    """The key and value ``fields`` give ``name`` under, or else under one of its
    :data:`ALIASES` (also in lower case, as a front matter's keys are read); ``None`` when
    none of them holds a value."""
    for key in (name, *ALIASES.get(name, ())):
        for spelt in dict.fromkeys((key, key.lower())):
            if fields.get(spelt) not in (None, ""):
                return spelt, fields[spelt]
    return None


#: The line that opens a front matter: "---" and its line's end.
_OPENING = regexes.compile(r"---[ \t]*(?:\r\n?|\n)")
#: A key of the front matter; an alias of an anchor ("*t"); the head of a block ("|", ">-").
_KEY = regexes.compile(r"[a-z_][a-z0-9_-]*")
_ALIAS = regexes.compile(r"\*([\w-]+)")
_BLOCK = regexes.compile(r"[|>][-+]?\d?")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split an optional ``---`` front-matter block from the text. Values are strings;
    ``# comments`` and surrounding quotes are removed. A key with no value may be
    followed by indented ``- item`` lines (a translation's ``problems``): its value is
    the items joined by ``; ``.

    What else YAML writes a string with is read as YAML reads it (was: kept in the
    value, ``title: &t Visite`` a title « &t Visite » and ``lang: !!str fr`` no language,
    or a block refused as malformed): a tag or an anchor before a value is dropped, an
    alias (``source: *t``) is the value its anchor names, and a block (``title: |`` or
    ``>``, then indented lines) is its lines, on one line (a title, a name)."""
    stripped = text.lstrip("\ufeff")
    if not _OPENING.match(stripped):  # lines ended by LF, CR LF, or CR alone (old Mac)
        return {}, text
    lines = _LINE_END.split(stripped)
    try:
        end = next(i for i, line in enumerate(lines[1:], start=1) if line.strip() == "---")
    except StopIteration:
        raise InputError("malformed front matter: the opening '---' has no closing '---'") from None
    meta: dict[str, str] = {}
    anchors: dict[str, str] = {}
    listing: str | None = None  # the key whose "- item" lines come
    block: str | None = None  # the key whose indented block lines come
    for number, line in enumerate(lines[1:end], start=2):
        if block is not None and (line[:1].isspace() or not line.strip()):
            meta[block] = " ".join(filter(None, (meta[block], line.strip())))
            continue
        block = None
        content = _without_comment(line)
        if not content or content.startswith("#"):
            continue
        if listing is not None and line[:1].isspace() and content.startswith("- "):
            meta[listing] = "; ".join(filter(None, (meta[listing], content[2:].strip())))
            continue
        key, sep, value = content.partition(":")
        key = key.strip().lower()
        if not sep or not _KEY.fullmatch(key):
            raise InputError(f"malformed front matter: line {number} is not 'key: value': {line.strip()!r}")
        value = value.strip()
        if not value.isprintable():  # a scraped title's line or paragraph separator: one line
            value = " ".join(value.split())
        anchor = None
        while (prop := _NODE_PROPERTY.match(value)) is not None:
            anchor, value = prop.group(1) or anchor, value[prop.end() :]
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        elif (alias := _ALIAS.fullmatch(value)) is not None:
            if alias.group(1) not in anchors:
                raise InputError(
                    f"malformed front matter: line {number}: the alias {value!r} names no anchor before it"
                )
            value = anchors[alias.group(1)]
        elif _BLOCK.fullmatch(value):
            value, block = "", key
        meta[key] = value
        if anchor is not None:
            anchors[anchor] = value
        listing = key if not value and block is None else None
    return meta, "\n".join("\n".join(lines[end + 1 :]).splitlines())


#: A line's end in front matter: LF, CR LF or CR alone, and nothing else. ``str.splitlines``
#: also ends a line at a form feed, U+2028 and U+2029 (a title scraped from a page's
#: script holds them), which cut a title in two: ``malformed front matter: line 3 is not
#: 'key: value'``, the whole document refused.
_LINE_END = regexes.compile(r"\r\n?|\n")


def _without_comment(line: str) -> str:
    """A front matter line without its comment: a ``#`` after a blank and before a blank
    or the line's end (``title: Visite  # to check``), never inside a quoted value
    (``title: "Visite #3"`` was cut to ``"Visite``) nor one written against the next
    word (``title: Meeting #3 of the JPC``, ``#JPC2026``): a careless user's title is a
    number or a hashtag there, which YAML's own reading, a comment, cut to « Meeting »."""
    key, sep, value = line.partition(":")
    opened = value.lstrip()
    if sep and opened[:1] in ("'", '"') and (close := opened.find(opened[0], 1)) > 0:
        return f"{key}{sep} {opened[: close + 1]}{_COMMENT.sub('', opened[close + 1 :])}".strip()
    return _COMMENT.sub("", line).strip()


#: A comment at the end of a front matter line (see :func:`_without_comment`).
_COMMENT = regexes.compile(r"(?:^|\s+)#(?:\s.*)?$")


#: What YAML may write before a value, followed by a blank: an anchor (``&name``, which an
#: alias ``*name`` names) or one of its own tags (``!!str``, ``!!python/object:…``; a
#: title may open on « !Alerte »).
_NODE_PROPERTY = regexes.compile(r"(?:&([\w-]+)|!![\w./:-]*\w)(?:\s+|$)")


#: The most bytes of a document id. An id is a label (a file's name, a scraper's key): one
#: of thousands of characters (a whole text in the wrong column) was kept whole in the
#: record, in every message naming the document and in the call log.
ID_BYTES = 200


def document_id(value: str) -> str:
    """A document id as records and messages carry it: cut to :data:`ID_BYTES`, told from
    the others cut alike by a hash of it (as the file names made of ids are)."""
    return shortened(value, ID_BYTES)


#: The years a publication date can fall in. A date outside them is a slip of the keyboard
#: (0001-01-01, 9999-12-31), and the days and years of the text resolved against it
#: ("mardi", "next year") would fall off the calendar.
YEARS = range(1900, 2200)


def plausible(date: dt.date | None) -> dt.date | None:
    """``date`` if it can be a communiqué's publication date (:data:`YEARS`), else ``None``."""
    return date if date is not None and date.year in YEARS else None


def iso_date(value: str, *, what: str = "published") -> dt.date:
    """A publication date given as text (front matter, a JSON Lines field, ``--published``,
    a job file): an ISO date, the date of an ISO date and time as scrapers write them
    ("2026-04-14T10:12:00Z"), of a feed's date and time ("Tue, 14 Apr 2026 10:12:00 GMT",
    an RSS ``pubDate``), or a date with its month in words ("14 April 2026", « 14 avril
    2026 »); in :data:`YEARS`; else an :class:`~communique.errors.InputError` that says
    ``what`` was wrong (a date in figures alone, "04/05/2026", is not guessed at)."""
    text = ascii_digits(value.strip())
    date = _iso(text) or _feed_date(text) or (parse_absolute(text) if _MONTH_IN_WORDS.search(text) else None)
    if date is None:
        if (numbers := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)) is not None:
            try:  # the shape of an ISO date, not a day of the calendar: say which part is wrong
                dt.date(*map(int, numbers.groups()))
            except ValueError as exc:
                raise InputError(f"{what} {text} is no day of the calendar ({exc})") from None
        if _PAST_9999.fullmatch(text):  # ISO's dates and Python's end at 9999: said as 9999-12-31 is
            raise _implausible(quoted(value, 60), what)
        raise InputError(f"{what} {quoted(value, 60)} is not an ISO date (YYYY-MM-DD)")
    return _in_years(date, what)


#: An ISO date, or date and time, of a year of five figures or more (10000-01-01: a slip of the
#: keyboard), which no date reader takes (was: "is not an ISO date (YYYY-MM-DD)", whose shape it has).
_PAST_9999 = regexes.compile(r"[+-]?\d{5,}-\d{2}-\d{2}(?:[T ].*)?")

#: A month written in letters: a date with one is not ambiguous, as "04/05/2026" is.
_MONTH_IN_WORDS = regexes.compile(r"[^\W\d_]{3,}")


def _iso(text: str) -> dt.date | None:
    for reading in (dt.date.fromisoformat, lambda t: dt.datetime.fromisoformat(t).date()):
        try:
            return reading(text)
        except ValueError:
            continue
    return None


def _feed_date(text: str) -> dt.date | None:
    """The date of an RFC 2822 date and time, as feeds and e-mail headers write it."""
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def given_date(value: object, *, what: str = "published") -> dt.date | None:
    """A publication date given by a caller of the library (``analyse(published=…)``,
    ``load(published=…)``): a date, the date of a datetime, or text :func:`iso_date`
    reads; anything else (a number, a list) an :class:`~communique.errors.InputError`
    that says what was given (was: ``AttributeError: 'str' object has no attribute
    'year'`` from deep inside the reading of the text)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):  # (a datetime is a date too: its time would fail the record's date)
        return _in_years(value.date(), what)
    if isinstance(value, dt.date):
        return _in_years(value, what)
    if isinstance(value, str):
        return iso_date(value, what=what)
    raise InputError(f"{what} must be a date (datetime.date or 'YYYY-MM-DD'), not {_kind(value)}")


def given_text(value: object, *, what: str) -> str | None:
    """A text given by a caller of the library for a document's id, source, address or
    language: a string or ``None``; anything else an :class:`~communique.errors.InputError`
    (was: ``TypeError: expected string or bytes-like object`` or an ``AttributeError``
    from deep inside)."""
    if value is None or isinstance(value, str):
        return value
    raise InputError(f"{what} must be text (a str) or None, not {_kind(value)}")


def _kind(value: object) -> str:
    """What a value of the wrong type is, for a message: its type and, short, itself."""
    return f"{type(value).__name__} {quoted(value, 40)}"


def _in_years(date: dt.date, what: str) -> dt.date:
    if plausible(date) is None:
        raise _implausible(date.isoformat(), what)
    return date


def _implausible(shown: str, what: str) -> InputError:
    return InputError(
        f"{what} {shown} is not a plausible publication date (years {YEARS.start} to {YEARS.stop - 1})"
    )


#: A dateline: a place, then a date with its year, then an agency or a separator:
#: "Rabat, le 14 avril 2026 (MAP) -", "Abuja — Tuesday, April 14, 2026 —", "Rabat -
#: 14/04/2026 (MAP) -", "WASHINGTON (April 14, 2026) –", "LONDON, 14 April 2026 /PRNewswire/".
_DATELINE = regexes.compile(
    r"^\s*(?!(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche)\b)(?P<place>[A-ZÀ-Ý][\w'’ .-]{1,40}?)\s*(?:,|\s[-–—]+|(?=\())\s*(?:le\s+)?"
    r"(?:\((?P<bracketed>[^()\n]{6,40}?)\)|(?P<date>[^()\n]{6,40}?))\s*"
    # (the agency's bracket closed by a full stop before the dash, as ACP writes it: "Kinshasa, 09 juin 2023 (ACP).-")
    rf"(?:\((?P<agency>{DATELINE_AGENCY})\)\.?)?\s*(?:[-–—:|]|/[^/\n]{{2,30}}/)"
)


#: A dateline alone on its line, a place and a date with its year: "Brussels, 2 March 2026" (under a
#: site's banner date, "Tue. Oct 6th, 2026", which is the page's day, not the text's). Only a known city
#: makes it one; it gives the text's day, not a place (a release's seat: the Commission's Brussels).
_DATELINE_ALONE = regexes.compile(
    r"^\s*(?P<place>[A-ZÀ-Ý][\w'’ .-]{1,30}?),\s*(?:le\s+)?(?P<date>[^()\n,]{6,30}?)\s*$"
)


#: A wire dateline whose date, if any, may lack a year: "ISLAMABAD –", "KARACHI, March
#: 27:", "New Delhi, Feb 05:", "Kolkata [India], February 11:" (the country in brackets, as
#: ANI writes it), "ST GEORGE'S, Grenada, (CMC) -" (a comma before the agency), "Praia
#: (Inforpress) –" (an agency's name, not only its acronym), "Jakarta (ANTARA News) -" (its name and a second
#: word), "Addis Ababa, —" (the day left out, its comma kept, as syndication copies it). Only a known city makes it a
#: dateline.
_WIRE_DATELINE = regexes.compile(
    r"^\s*(?P<place>[A-ZÀ-Ý](?:[\w'’.]{2,}|[\w'’.](?=[ -][A-ZÀ-Ý]))(?:[ -][A-ZÀ-Ý][\w'’.]+){0,2})"
    r"(?:\s*\[[A-ZÀ-Ý][\w .'’-]{1,30}\])?"
    r"\s*(?:,\s*(?P<date>[^()\n]{3,40}?))?\s*"
    r"(?:,?\s*\((?P<agency>[A-Za-z]{2,12}(?: [A-Z][a-z]{1,10})?)\)\.?\s*[-–—:]?|,?\s*[-–—:])\s"
)
#: ... or the agency's acronym glued by a hyphen to the text's first word, as some wires write it: "Dhaka,
#: BSS-Bangladeshi Home Minister …", "Islamabad, SANA-Pakistani Interior Minister …".
_GLUED_WIRE_DATELINE = regexes.compile(
    r"^\s*(?P<place>[A-ZÀ-Ý][\w'’.]{2,}(?: [A-ZÀ-Ý][\w'’.]+)?),\s*(?P<agency>[A-Z]{2,8})-(?=[A-ZÀ-Ý][a-zà-ÿ])"
    r"(?P<date>(?!))?"
)
#: ... or the agency after a full stop, as Central Asian wires write it: "BISHKEK. KABAR –", or with no
#: dash before the text's first word: "BISHKEK. KABAR Bishkek hosted …".
_DOTTED_WIRE_DATELINE = regexes.compile(
    r"^\s*(?P<place>[A-ZÀ-Ý]{3,}(?:[ -][A-ZÀ-Ý]{2,}){0,2})\.\s+(?P<agency>[A-Z]{3,12})(?P<date>(?!))?"
    r"(?:\s*[-–—:]\s|\s+(?=[A-ZÀ-Ý][a-zà-ÿ]))"
)


#: ... or the agency after a slash, the city in capitals, as Gulf wires write it on a line of its own: "ABU DHABI /
#: WAM", "DUBAI / WAM – The Minister …", "MUSCAT / ONA" (no day: the front matter's or a line's above gives it).
_SLASHED_WIRE_DATELINE = regexes.compile(
    r"^\s*(?P<place>[A-ZÀ-Ý]{3,}(?:[ -][A-ZÀ-Ý]{2,}){0,2})\s*/\s*(?P<agency>[A-Z]{2,8})(?P<date>(?!))?"
    r"\s*(?:[-–—:]\s|$)"
)


#: ... or the day and the agency after commas, all in capitals, as Armenpress writes it: "YEREVAN, NOVEMBER 16,
#: ARMENPRESS. The Chief of Police …" (the day without its year).
_CAPITALS_WIRE_DATELINE = regexes.compile(
    r"^\s*(?P<place>[A-ZÀ-Ý]{3,}(?:[ -][A-ZÀ-Ý]{2,}){0,2}),\s*(?P<date>[A-ZÀ-Ý]{3,9}\s+\d{1,2}|\d{1,2}\s+[A-ZÀ-Ý]{3,9}),\s*"
    r"(?P<agency>[A-Z][A-Z-]{2,15})\.\s"
)


#: ... or the day closed by a full stop, the city in capitals, as Central Asian wires write it: "TASHKENT,
#: September 17. A delegation …" (its country, "TASHKENT, Uzbekistan, September 17.", read as for any dateline).
_DAY_DOTTED_WIRE_DATELINE = regexes.compile(
    r"^\s*(?P<place>[A-ZÀ-Ý]{3,}(?:[ -][A-ZÀ-Ý]{2,}){0,2}),\s*(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"(?:,?\s+\d{4})?)\.\s+(?=[A-ZÀ-Ý])(?P<agency>(?!))?"
)


#: An agency's credit in brackets before a wire dateline, as syndication feeds put it: "(MENAFN- Jordan
#: Times) AMMAN - …", "(MENAFN- Kuwait News Agency (KUNA)) JEDDAH, June 2 (KUNA) --" (the dateline is read after it).
_CREDIT_FIRST = regexes.compile(
    r"^\s*\([A-Z][A-Za-z]{1,12}\s*[-–—:]\s*[^()\n]{2,40}(?:\([A-Za-z]{2,10}\))?\)\s+(?=[A-ZÀ-Ý]{3,})"
)


#: A dateline of a city alone before the text's first words, with a comma: "Amman, The
#: Minister of Interior …", « Niamey, Le ministre … ». Only a known city makes it one.
_BARE_DATELINE = regexes.compile(
    r"^\s*(?P<place>[A-ZÀ-Ý][\w'’.-]{2,}(?: [A-ZÀ-Ý][\w'’.-]+)?),\s+(?=(?:The|Le|La|Les|L['’]|Un|Une|A|An)\s?\w"
    # … or an office opening the sentence with no article, as Gulf agencies write it: "Muscat, Interior Minister …"
    r"|(?:[A-Z][a-z]+ ){0,2}(?:Minister|Ministre|Secretary|Director|Directeur|Commissioner|Chief|Inspector|Ambassador|"
    r"Undersecretary|President|Président)\b)"
)


#: A syndicated wire dateline with the agency and the date in brackets: "LAHORE,
#: (UrduPoint / Pakistan Point News - 12th Mar, 2026) :", "MOSCOW (UrduPoint News / Sputnik - 26th
#: July, 2023)". Only a known city makes it one.
_BRACKETED_DATELINE = regexes.compile(
    r"^\s*(?P<place>[A-ZÀ-Ý]{3,}(?:[ -][A-ZÀ-Ý]{2,}){0,2})\s*,?\s*\((?P<agency>[^()\n]{2,60}?)\s+[-–—]\s+"
    r"(?P<date>[^()\n]{6,30}?)\s*\)\s*[-–—:]?"
)


#: A dateline whose agency's name, in brackets, comes before the date: "Palikir, Pohnpei (FSM Information Services):
#: August 25, 2011 - The …", "Honiara (Government Communications Unit) - 3 May 2024 – …" (the town's island or province
#: after it, as Pacific governments write it). Only a known city makes it one.
_AGENCY_THEN_DATE = regexes.compile(
    r"^\s*(?P<place>[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+)?)(?:,\s*[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+)?)?\s*"
    r"\((?P<agency>[^()\n]{2,40}?)\)\s*[:–—-]\s*(?P<date>[^()\n:–—-]{6,30}?)\s*[-–—:]\s"
)


#: A dateline closed by a full stop, as a sentence of its own before the text: « Moroni, le 24 septembre 2026. Le
#: Directeur général … », "Niamey, 14 October 2026. The Director …" (a date with its year). Only a known city makes it one.
_DOTTED_DATELINE = regexes.compile(
    r"^\s*(?P<place>[A-ZÀ-Ý][\w'’ -]{1,30}?),\s*(?:le\s+)?(?P<date>[^()\n,.]{4,30}?\d{4})\.\s+(?=[A-ZÀ-Ý])"
)


#: A dateline that gives the date before the city: "6 December 2026 – BAKU, The Minister …", "December 6, 2026 -
#: Baku -", « Le 6 décembre 2026, BAKOU – Le ministre … ». Only a known city makes it one.
_DATE_THEN_PLACE = regexes.compile(
    r"^\s*(?:[Ll]e\s+)?(?P<date>(?:[^\n,–—-]|,(?=\s*\d{4}\b)){6,30}?)\s*(?:,|[-–—])\s*"
    r"(?P<place>[A-ZÀ-Ý][\w'’.]+(?:[ -][A-ZÀ-Ý][\w'’.]+){0,2})\s*(?:,|[-–—:])\s"
)


#: A dateline that is a date alone, or a date before the text: "22 September 2016",
#: "10 décembre 2021 – Le ministre …", "20 – 22 November 2023 - The Secretary General …",
#: "Mon 26 Oct 2020, 06:44 PM".
_DATE_FIRST = regexes.compile(r"^\s*(?P<date>[^\n]{6,45}?)\s*(?:$|[-–—|:]\s)")
#: A byline that dates the page, its author in capitals and the outlet before the day: « JEAN NGONO |
#: Cameroon-Tribune Mardi le 14 Avril 2026 Société Imprimer … ».
_BYLINE_DATE = regexes.compile(
    r"^\s*[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]{2,40}\|\s*[^|\n]{2,40}?\s(?P<date>\d{1,2}(?:er)?\s+[^\W\d]{3,10}\s+\d{4})\b"
)
#: A byline that names the town its author files from, after a bar or a comma: "By Staff Reporter | Accra", "By Ama
#: Owusu, Accra", « Par notre correspondant | Niamey », « De notre correspondant à Dakar ». Only a known city makes
#: it a dateline. A byline is a page's debris, gone before the dateline is looked for: it is read first.
_BYLINE_PLACE = regexes.compile(
    r"^\s*(?:(?:By|BY|Par|PAR)\s+[^|,\n]{2,40}?\s*[|,]|(?:De|DE) notre (?:envoyée? spéciale?|correspondante?) (?:à|au|en))"
    r"\s*(?P<place>[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+)?)\s*$"
)


#: How many of the first lines that are not empty a byline is looked for in: under a site's banner, the headline,
#: and what a page puts under it (a photograph's caption and credit, a link to another article).
_BYLINE_LINES = 12


def _byline_place(text: str) -> str | None:
    """The town a byline on one of the first :data:`_BYLINE_LINES` lines files from (:data:`_BYLINE_PLACE`), if the
    tables know it."""
    for line in [line for line in text.splitlines()[: _BYLINE_LINES * 4] if line.strip()][:_BYLINE_LINES]:
        byline = _BYLINE_PLACE.match(line)
        if byline is not None and places.city(byline["place"]) is not None:
            return byline["place"]
    return None


#: A clock time: "09:10", "12:17 GMT".
_CLOCK = regexes.compile(r"\b\d{1,2}:\d{2}\b")
#: The most words a date of :data:`_DATE_FIRST` is written in.
_DATE_WORDS = 7


#: A closing dateline, on one of the last lines: « Fait à Dakar, le 14 avril 2026 »,
#: "Abuja, 14th April 2026.", « Le 14 avril 2026 », "Issued on 14 April 2026": a place
#: and a date alone, as a signature block gives them.
_CLOSING = regexes.compile(
    r"^\s*(?:(?:fait|issued|done|given) (?:à|at|in|on)\s+)?(?:(?P<place>[A-ZÀ-Ý][\w'’ .-]{1,40}?)\s*,\s*)?"
    # (a stop between blanks written so that a run of blanks is tried one way, not split every way between two)
    r"(?:le\s+|on\s+)?(?P<date>[^\n]{6,40}?)(?:\s*\.)?\s*$",
    re.IGNORECASE,
)
#: The most words the date of a closing dateline is written in ("mardi 14 avril 2026").
_CLOSING_WORDS = 5


def _wire_date(text: str) -> dt.date | None:
    """A wire date written "12th Mar, 2026": without the ordinal suffix and the comma."""
    return parse_absolute(re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", text).replace(",", " "))


@dataclass(frozen=True)
class _Dateline:
    place: str | None
    date: dt.date | None
    agency: str | None
    #: Whether the date was read on a line of its own with a clock time ("Monday, 05 February 2024 09:10
    #: GMT"), as a page's debris gives the day it was shown: a date the page's header labels wins over it.
    timestamped: bool = False


#: The first lines a dateline is looked for in, down to the first paragraph of prose:
#: a section's name, a headline, a byline may come before it.
_DATELINE_LINES = 5
_PROSE = regexes.compile(r"\w{2}[.!?»\"”]\s*$")


#: A page's furniture on a line of its own: a label of three words at most, with no figure and
#: no dash or colon a dateline would end with ("Mise en ligne", "Publié le", "à", "Share").
_FURNITURE = regexes.compile(r"^\s*[^\d\s:–—-]+(?:\s+[^\d\s:–—-]+){0,2}\s*$")


#: A clock time after a date, with its half of the day and its zone: "21:25 PM GMT", "09:10 UTC+1".
_CLOCK_TAIL = regexes.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2})?)?"
)


#: A posting date in the house style of Central European and Balkan sites, even on their English pages: the day
#: with a period, the month cut short in the site's language ("30. jul 2024 19:12", "15. maj 2024").
_DOTTED_DAY = regexes.compile(r"^\s*(?P<day>\d{1,2})\.\s*(?P<month>[^\W\d_]{3,9})\.?(?=\s+\d{4}\b)")
#: The months such a line writes in its own language, where they differ from the English and French ones.
_HOUSE_MONTHS = {"maj": "may", "avg": "aug", "okt": "oct", "dez": "dec", "dic": "dec", "ago": "aug"}


def _date_alone(line: str) -> dt.date | None:
    """The date of a line that holds nothing else but a weekday, a clock time and marks
    around it (« - samedi , 16 décembre 2023 21:25 PM GMT », "Thursday, September 01,
    2016", "30. jul 2024 19:12"): a page's posting date."""
    line = _DOTTED_DAY.sub(lambda m: f"{m['day']} {_HOUSE_MONTHS.get(m['month'].lower(), m['month'])}", line)
    # (a line without a colon has no clock time: the pattern's word boundary is tried at every character)
    bare = _CLOCK_TAIL.sub(" ", line) if ":" in line else line
    phrases = find_phrases(bare)
    rest = bare
    for start, end, _ in reversed(phrases):
        rest = rest[:start] + rest[end:]
    return None if not phrases or any(ch.isalnum() for ch in rest) else parse_absolute(bare)


#: A page's posting stamp on a line of its own, the day in figures with a year of two or four, then its clock time:
#: « Le 19/01/22 à 19:41 », « Publié le 19/01/2022 à 07h09 », "19/01/22 at 19:41". The clock time vouches that the
#: line is a stamp, and so that a year of two figures is this century's.
_STAMP = regexes.compile(
    r"^\s*(?:(?:publié|mis en ligne|posted|published)\s+)?(?:le\s+|on\s+)?(?P<day>\d{1,2})/(?P<month>\d{1,2})/"
    r"(?P<year>\d{2}|\d{4})\s+(?:à|at|-)?\s*\d{1,2}[:h]\d{2}\s*$",
    re.IGNORECASE,
)


def _stamp_date(line: str) -> dt.date | None:
    """The day of a page's posting stamp (:data:`_STAMP`)."""
    stamp = _STAMP.match(line)
    if stamp is None:
        return None
    year = int(stamp["year"]) + (2000 if len(stamp["year"]) == 2 else 0)
    try:
        return dt.date(year, int(stamp["month"]), int(stamp["day"]))
    except ValueError:
        return None


def _byline_date(line: str) -> dt.date | None:
    """The day a byline dates its page (:data:`_BYLINE_DATE`)."""
    byline = _BYLINE_DATE.match(line)
    return parse_absolute(byline["date"]) if byline else None


def _first_lines(text: str) -> list[str]:
    """The first :data:`_DATELINE_LINES` lines of a text that are not empty, with the page's
    furniture between them, which does not count."""
    lines: list[str] = []
    counted = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        lines.append(line)
        counted += _FURNITURE.match(line) is None
        if counted == _DATELINE_LINES:
            break
    return lines


#: A wire's dateline in capitals run into the headline before it on one line, up to its dash: "… counterpart ACCRA,
#: Dec 3 (GNA) - The Minister …", « … son homologue ghanéen DAKAR, 3 déc. (APS) – Le ministre … ».
_RUN_IN_DATELINE = regexes.compile(
    r"(?<=[\w’'\"»)]) (?=[A-ZÀ-Ý]{2}[A-ZÀ-Ý'’.-]*(?: [A-ZÀ-Ý]{2}[A-ZÀ-Ý'’.-]*){0,3},\s+(?:[A-Z][a-z]+,\s+)?"
    r"(?P<date>[^()\n,]{3,30}?(?:,\s*\d{4})?)\s*(?:\([A-Za-z]{2,8}\)\s*)?[-–—]\s)"
)


def _headline_apart(body: str) -> str:
    """A page pasted as one line, whose headline runs into the dateline and the text: the headline on a line of its
    own, so that both it and the dateline are read as they would be on a page of lines. Only on the first line, a
    headline with no sentence's end in it, and a dateline with a day."""
    first, newline, rest = body.lstrip().partition("\n")
    run_in = _RUN_IN_DATELINE.search(first, 10, 300) if ", " in first[:300] else None
    if run_in is None or _SENTENCE_END.search(first, 0, run_in.start()) or not find_phrases(run_in["date"]):
        return body
    return f"{first[: run_in.start()]}\n\n{first[run_in.end() :]}{newline}{rest}"


#: The end of a sentence within a line.
_SENTENCE_END = regexes.compile(r"\w[.!?]\s")


def _dateline(text: str) -> _Dateline | None:
    """The place, date and agency of a dateline at the head of one of the first
    paragraphs (a headline may come before it). A date alone on its line ("• 2/10/2023",
    a page's posting date) gives way to a dateline with a place on the next lines, and
    dates one that has none ("November 20, 2026", then "ABUJA – The Inspector-General …").
    A town the tables do not know is a dateline's place when its country follows it
    ("MOYALE, Kenya, March 4 (KNA) –"): the place is then written so, for
    :func:`~communique.normalise.places.dateline_city`."""
    date_only: _Dateline | None = None
    place_only: _Dateline | None = None
    lines = _first_lines(text)
    for index, raw in enumerate(lines):
        written = _CREDIT_FIRST.sub("", raw, count=1)
        # a town followed by its country ("MOYALE, Kenya, March 4 (KNA) –"): read as the
        # town alone, which the country vouches for (the tables may not know it)
        line, vouched = written, None
        if (qualified := places.qualified_town(written)) is not None:
            vouched = written[: qualified[0].end()].strip()
            line = qualified[0]["town"] + written[qualified[0].end() :]
        match = _DATELINE.match(line)
        if match and (date := parse_absolute(match["date"] or match["bracketed"])) is not None:
            if not vouched and (credited := places.agency(match["place"].strip())) is not None:
                # "Xinhua, May 19, 2016 Adjust font size:": the wire's credit and day, no place
                return _Dateline(None, date, credited)
            agency = places.agency(match["agency"] or "")
            return _Dateline(vouched or match["place"].strip(), date, agency)
        alone = _DATELINE_ALONE.match(line)
        if (
            alone
            and places.city(alone["place"]) is not None
            and (date := parse_absolute(alone["date"])) is not None
        ):
            return _Dateline(None, date, None)  # (its day only: the publisher's seat is not the text's place)
        credited_first = _AGENCY_THEN_DATE.match(line)
        if (
            credited_first
            and (vouched or places.city(credited_first["place"]) is not None)
            and (date := parse_absolute(credited_first["date"])) is not None
        ):
            return _Dateline(vouched or credited_first["place"], date, credited_first["agency"].strip())
        bracketed = _BRACKETED_DATELINE.match(line)
        if bracketed and (vouched or places.city(bracketed["place"]) is not None):
            agency = bracketed["agency"].split("/")[0].strip()
            return _Dateline(vouched or bracketed["place"], _wire_date(bracketed["date"]), agency or None)
        wire = (
            _DOTTED_WIRE_DATELINE.match(line)
            or _WIRE_DATELINE.match(line)
            or _CAPITALS_WIRE_DATELINE.match(line)
            or _DAY_DOTTED_WIRE_DATELINE.match(line)
            or _GLUED_WIRE_DATELINE.match(line)
            or _SLASHED_WIRE_DATELINE.match(line)
        )
        if wire and (vouched or places.city(wire["place"]) is not None):
            date = parse_absolute(wire["date"]) if wire["date"] else None
            found = _Dateline(vouched or wire["place"], date, places.agency(wire["agency"] or ""))
            if date is not None:
                return found
            if wire["place"].isupper():  # "ABUJA – …": the dateline, dated by a line above it if one was
                place_only = found
                break
            place_only = place_only or found  # "Nouakchott : …" may be a headline: a dateline may follow
        dotted = _DOTTED_DATELINE.match(line)
        if (
            dotted
            and places.city(dotted["place"]) is not None
            and (date := parse_absolute(dotted["date"])) is not None
        ):
            return _Dateline(dotted["place"], date, None)
        dated_first = _DATE_THEN_PLACE.match(line)
        if (
            dated_first
            and places.city(dated_first["place"]) is not None
            and (date := parse_absolute(dated_first["date"])) is not None
        ):
            return _Dateline(dated_first["place"], date, None)
        bare = _BARE_DATELINE.match(line)
        if bare and places.city(bare["place"]) is not None:
            place_only = place_only or _Dateline(
                bare["place"], None, None
            )  # "Amman, The Minister of Interior …"
        first = _DATE_FIRST.match(line)
        if (
            first and len(first["date"].split()) <= _DATE_WORDS and (date := parse_absolute(first["date"]))
        ) or (date := _date_alone(line) or _stamp_date(line) or _byline_date(line)):
            date_only = date_only or _Dateline(None, date, None, timestamped=_CLOCK.search(line) is not None)
        if _PROSE.search(line):  # the first paragraph of the text: no dateline under it ...
            # ... but the page's date on the line under it, as pages set it under the lead they
            # repeat ("… ended yesterday.", then "Thursday, September 01, 2016" alone)
            under = lines[index + 1] if index + 1 < len(lines) else ""
            if date_only is None and place_only is None and (date := _date_alone(under)):
                date_only = _Dateline(None, date, None, timestamped=_CLOCK.search(under) is not None)
            # ... or a dateline whole, a known city and its day with the year, opening the paragraph under a
            # standfirst: « Doha, le 21 décembre 2023 – X a profité … »
            elif (
                date_only is None
                and place_only is None
                and (dated := _DATELINE.match(under))
                and places.city(dated["place"])
                and (date := parse_absolute(dated["date"] or dated["bracketed"]))
            ):
                return _Dateline(dated["place"].strip(), date, places.agency(dated["agency"] or ""))
            break
    if place_only and date_only:  # a page's headline "Rabat : …", then its posting date
        return _Dateline(place_only.place, date_only.date, place_only.agency, date_only.timestamped)
    return place_only or date_only


def _closing(text: str) -> _Dateline | None:
    """The place and date of a closing dateline on one of the last three lines."""
    for line in [line for line in text.splitlines() if line.strip()][-3:]:
        match = _CLOSING.match(line)
        labelled = match is not None and re.search(r"[^\W\d]\s*:", match["date"])  # "Next meeting: 14 May"
        if (
            match
            and not labelled
            and len(match["date"].split()) <= _CLOSING_WORDS
            and (date := parse_absolute(match["date"]))
        ):
            place = match["place"]
            return _Dateline(place.strip() if place and places.city(place) else None, date, None)
    return None


#: How sure the guess of a text's language must be to prevail over its front matter's
#: ``lang`` (the texts of the evals and tests, all labelled, are never guessed otherwise).
_LABEL_BELIED = 0.5


#: A language code as ``--lang`` and the front matter give it: "fr", "en-GB", "pt_BR".
_LANGUAGE_CODE = regexes.compile(r"[A-Za-z]{2}(?:[-_][A-Za-z]{2})?")


def _language(
    text: str, declared: str | None, *, labelled: bool = False, label_from: str = "the front matter"
) -> tuple[str, list[str]]:
    """The language of ``text``: ``declared`` (``--lang``, or the front matter's ``lang``
    when ``labelled``), or guessed. A label of the front matter, a scraper's or a
    template's, that the text plainly belies (``lang: fr`` over an English text, the
    guess sure and of a language it tells) gives way to the guess, with a note: the
    record's language was the label's, and the offline reader read the text as it."""
    if declared:
        if not _LANGUAGE_CODE.fullmatch(declared.strip()):
            raise InputError(f"lang {quoted(declared, 40)} is not an ISO 639-1 code such as 'fr' or 'en'")
        label = declared.strip()[:2].lower()
        if labelled and label in language.TOLD:
            guessed, confidence = language.detect(text)
            if guessed is not None and guessed != label and confidence >= _LABEL_BELIED:
                return guessed, [
                    f"{label_from} says lang: {label}, but the text reads as {guessed!r}; read as {guessed!r} "
                    f"(--lang {label} insists)"
                ]
        return label, []
    code, confidence = language.detect(text)
    if code is None:
        raise InputError("cannot tell the language of the text (set 'lang' in the front matter or --lang)")
    return code, ([] if confidence >= 0.3 else [f"language guessed as {code!r} with low confidence"])


#: How a wire says a name is pronounced, in brackets after it: "Cressida (KREHS'-ih-duh) Dick",
#: "(ah-MEER')": syllables joined by hyphens, one stressed in capitals, the others in lower case
#: (not "(UN-OCHA)", "(e-ADS)" nor "(Bosnia-Herzegovina)"); read as part of the name, it broke it in two.
_PRONOUNCED = regexes.compile(
    r" \((?=[^()\n]{0,40}?\b[A-Z]{2,}\b)(?=[^()\n]{0,40}?\b[a-z]{2,}\b)[A-Za-z']{2,}(?:-[A-Za-z']{2,})+\)"
)

#: The sign of a hashtag before a word, as pages copied from social networks write names and places
#: (« M. Hermann #Nzoghe », « à #Libreville », "#FLASH"): the word is read without it (not an anchor
#: of a link, "page#Section", nor an entity, "&#39;").
_HASHTAG = regexes.compile(r"(?<![\w&#/])#(?=[^\W\d_])")

#: Words a scrape glued together, where no French word is so written: an article or preposition
#: glued to the capitalised word after it (« le ministre mauricien desAffaires étrangères »), and a
#: participle glued to « à » (« L'accord a été signéà Port-Louis »); a space parts them.
_GLUED = regexes.compile(
    r"\b(?:des|les|aux|du|de|la|le|et|au|en|par|pour|sur|avec|dans|une|un)(?=[A-ZÀ-Ý][a-zà-ÿ]{2,})|(?<=\wé)(?=à\s)"
)
#: What every glue :data:`_GLUED` finds but the participle's holds: a small letter, a capital right after
#: it. Looked for first, by its capital (which the engine skips to), in a text without « éà »: _GLUED
#: opens with a word boundary and a look-behind, tried at every character (0.8M instructions a text).
_SMALL_THEN_CAPITAL = regexes.compile(r"[A-ZÀ-Ý](?<=[a-z].)")
#: Two spaces between words, as an editor leaves them after a sentence or a page's template in a title
#: (« Zambia Police  chief visits … »): one. Runs of three or more set a table's cells or a menu's items
#: apart, and are read as such before (:mod:`~communique.ingest.debris`, :mod:`~communique.ingest.unwrap`).
_DOUBLED_SPACE = regexes.compile(r"(?<=\S)  (?=\S)")


#: Control characters (terminal escape sequences, bells, C1 controls), line breaks, tabs
#: and form feeds (a PDF's page breaks) apart: a text's, its front matter's or a JSON
#: Lines field's carried them into a record's id, source and names, and from there to a
#: terminal through the Markdown, CSV and text outputs (``id: \x1b]0;…`` set its title).
_CONTROLS = regexes.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _escapes_removed(text: str) -> str:
    """``text`` without terminal escape sequences, each removed whole (most texts hold
    none: returned at the cost of a look for ESC and the one-byte introducers)."""
    return ESCAPE_SEQUENCE.sub("", text) if _INTRODUCER.search(text) else text


#: What starts an escape sequence: ESC, or a one-byte introducer (CSI, OSC, DCS, …).
_INTRODUCER = regexes.compile("[\x1b\x90-\x9f]")


#: The lines a run of tiny lines has at least, and the characters each holds at most.
TINY_RUN, TINY_LINE = 20, 24

#: A run of :data:`TINY_RUN` lines of one word (no blank inside) of :data:`TINY_LINE`
#: characters or fewer each.
_TINY_RUN = regexes.compile(rf"(?m)(?:^[ \t]*\S{{1,{TINY_LINE}}}[ \t]*\n){{{TINY_RUN}}}")


def _tiny(line: str) -> bool:
    word = line.strip()
    return 0 < len(word) <= TINY_LINE and len(word.split()) == 1


def _tiny_lines_joined(text: str) -> str:
    """``text`` with each run of :data:`TINY_RUN` or more lines of one short word each (a
    text set one letter a line, a scraper that broke it at every character or word, a
    column of figures, of tags or of bullets) joined into one line, their words set
    apart by spaces. Each line is a sentence to the readers, which spend about as much on
    each however short: 400,000 lines of one character took 20 s offline, 100,000 lines
    of a word of nine letters over a minute (joined: 2 s each). Not glued together:
    letters glued could make a word, or a name, that no line wrote."""
    kept: list[str] = []
    run: list[str] = []  # the lines of the run so far, as written
    for line in text.split("\n"):
        if _tiny(line):
            run.append(line)
            continue
        if run:
            kept.extend([" ".join(tiny.strip() for tiny in run)] if len(run) >= TINY_RUN else run)
            run = []
        kept.append(line)
    if run:
        kept.extend([" ".join(tiny.strip() for tiny in run)] if len(run) >= TINY_RUN else run)
    return "\n".join(kept)


def parse(
    text: str,
    *,
    id: str | None = None,
    published: dt.date | None = None,
    source: str | None = None,
    url: str | None = None,
    lang: str | None = None,
    notes: list[str] | None = None,
    lang_label: tuple[str, str] | None = None,
) -> Source:
    """Build a :class:`Source` from text. Explicit arguments win over the front matter,
    which wins over what is found in the text. ``lang_label`` is a language label given
    beside the text and where it was given (a JSON Lines line's ``lang``): taken as the
    front matter's is, given way to a sure guess that the text belies it."""
    if not isinstance(text, str):
        raise InputError(f"the text must be a str (or bytes), not {_kind(text)}")
    id, source, url, lang = (
        given_text(value, what=name)
        for name, value in (("id", id), ("source", source), ("url", url), ("lang", lang))
    )
    published = given_date(published)
    notes = list(notes or [])
    # before tidy, which makes the no-break space of « Ã  » (a mis-read « à ») a plain space
    text, repaired = mojibake.repair(text)
    if repaired is not None:
        notes.append(repaired)
    # a terminal's escape sequence goes whole, its parameters with it (was: only its control
    # characters, « [2J » left glued to the name after it: « [2JFernando Grande-Marlaska »)
    text = _CONTROLS.sub("", _escapes_removed(tidy(text)))
    id, source, url = (
        _CONTROLS.sub("", _escapes_removed(value)) if value else value for value in (id, source, url)
    )
    if (
        id and not id.isprintable()
    ):  # a line break or a tab left in an id: the id is one line (a heading, a cell)
        id = " ".join(id.split()) or None
    meta, body = split_front_matter(text)
    title = meta.get("title") or None
    posted: dt.date | None = None  # what an HTML page's markup says
    # a page's text is tidied again once its markup is read: an entity may stand for a no-break
    # space or a typographic quote (« s&#8217;est »), which the reader's cues do not write
    if debris.looks_like_html(body):
        from communique.ingest import page  # here only: a plain text never needs html.parser (see there)

        body, html_title, posted = page.html_to_text(body)
        body, title = tidy(body), title or html_title
        notes.append("HTML page: kept the article text")
    elif (unmarked := markup.plain(body)) != body:
        body = tidy(unmarked)
    if _TINY_RUN.search(body) is not None:  # (most texts have no run of tiny lines)
        body = _tiny_lines_joined(body)
    label, label_from = (
        (lang_label[0] or None, lang_label[1]) if lang_label else (meta.get("lang"), "the front matter")
    )
    body, other = language.other_version(body, lang or label)
    if other is not None:
        notes.append(other)
    byline = _byline_place(body)  # (a byline is debris, stripped below)
    cleaned = debris.strip(body)
    kept = cleaned.text
    if "#" in kept:  # (most texts have no hashtag)
        kept = _HASHTAG.sub("", kept)
    body = debris.excerpts_dropped(
        _DOUBLED_SPACE.sub(" ", debris.unlabelled(_PRONOUNCED.sub("", unwrap(kept))))
    )
    if "éà" in body or _SMALL_THEN_CAPITAL.search(body):  # (most texts have no glue)
        body = _GLUED.sub(lambda glued: glued.group(0) + " ", body)
    if not body.strip() or not any(ch.isalpha() for ch in body):
        raise InputError("no text left to analyse after removing front matter and web debris")
    body = _headline_apart(body)

    published_from: str | None = None
    if published is not None:
        published, published_from = _in_years(published, "published"), "argument"
    elif meta.get("published"):
        published = iso_date(meta["published"], what="malformed front matter: published")
        published_from = "front matter"
    elif (dated := aliased(meta, "published")) is not None:
        # (a site generator's ``date`` is read as ``published`` is, but is not the contract's: one that is no
        # date is left for the text's own, with a note, as the text would have been read without it)
        try:
            published, published_from = (
                iso_date(dated[1], what=f"the front matter's {dated[0]}"),
                "front matter",
            )
        except InputError as exc:
            notes.append(f"{exc}; looked for the date in the text")
    # a date read in the text outside the years of a publication is no publication date
    dateline = _dateline(body)
    if byline is not None and (dateline is None or dateline.place is None):
        # the town the byline files from, as a dateline would give it: "By Staff Reporter | Accra"
        dateline = replace(dateline, place=byline) if dateline else _Dateline(byline, None, None)
    # (a date line of the page's debris gives way to the date its header labels: " date 2026-05-13", then
    # "Monday, 05 February 2024 09:10 GMT")
    labelled = plausible(cleaned.published) is not None
    if (
        published is None
        and dateline is not None
        and plausible(dateline.date) is not None
        and not (dateline.timestamped and labelled)
    ):
        published, published_from = dateline.date, "dateline"
    if published is None and plausible(posted) is not None:
        published, published_from = posted, "page markup"
    if published is None and plausible(cleaned.published) is not None:
        published, published_from = cleaned.published, "header"
    if published is None and (closing := _closing(body)) is not None and plausible(closing.date) is not None:
        published, published_from = closing.date, "closing line"
        dateline = dateline or closing

    code, language_notes = _language(body, lang or label, labelled=not lang, label_from=label_from)
    notes.extend(language_notes)
    return Source(
        text=body,
        language=code,
        id=document_id(id or meta.get("id") or "") or None,
        published=published,
        source=source or meta.get("source") or (dateline.agency if dateline else None) or cleaned.source,
        url=url or (linked[1] if (linked := aliased(meta, "url")) else None),
        title=title or cleaned.title,
        published_from=published_from,
        dateline=dateline.place if dateline else None,
        year=cleaned.year if published is None and cleaned.year in YEARS else None,
        notes=tuple(notes),
    )
