"""A whole HTML page reduced to its article text, its headline and its publication date.

Apart from :mod:`communique.ingest.debris` (which tells a page by :func:`~communique.ingest.debris.looks_like_html`)
so that reading a plain text never imports :mod:`html.parser`, whose patterns and table of entities
cost some 2.5 ms of CPU at every start: :mod:`communique.ingest.parse` imports this module
when a text is a page.
"""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

from communique import regexes
from communique.ingest.debris import PART_WORDS
from communique.normalise.dates import parse_absolute


class _ArticleParser(HTMLParser):
    _SKIP = frozenset({"script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                       "button", "svg", "iframe", "template", "select", "figure"})  # fmt: skip
    _BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section",
                        "article", "blockquote", "tr", "main", "ul", "ol"})  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth_skip = 0
        self.parts: list[str] = []
        self.article_parts: list[str] | None = None
        self.in_article = 0
        self.title: str | None = None
        self._in_title = False
        self._in_h1 = False
        self.h1: str | None = None
        #: The posting date the page's markup gives (see :func:`_posting_date`).
        self.posted: dt.date | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "time") and self.posted is None:
            self.posted = _posting_date(tag, dict(attrs), in_article=bool(self.in_article))
        if tag in self._SKIP:
            self.depth_skip += 1
        if tag in ("article", "main"):
            self.in_article += 1
            if self.article_parts is None:
                self.article_parts = []
        self._in_title = tag == "title"
        self._in_h1 = self._in_h1 or tag == "h1"
        if tag in self._BLOCK:
            self._emit("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self.depth_skip:
            self.depth_skip -= 1
        if tag in ("article", "main") and self.in_article:
            self.in_article -= 1
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if tag in self._BLOCK:
            self._emit("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data
            return
        if self.depth_skip:
            return
        if self._in_h1:
            self.h1 = (self.h1 or "") + data
        # runs of white space become one space, kept at either end: the text of an inline
        # element ("le ministre <strong>X</strong> a reçu") is set apart from its neighbours
        words = " ".join(data.split())
        if words:
            self._emit(f"{' ' if data[0].isspace() else ''}{words}{' ' if data[-1].isspace() else ''}")
        elif data:
            self._emit(" ")

    def _emit(self, text: str) -> None:
        self.parts.append(text)
        if self.in_article and self.article_parts is not None:
            self.article_parts.append(text)


#: The ``<meta>`` names and properties of a page's publication date (Open Graph's
#: article, schema.org's microdata, Dublin Core, the usual CMS names).
_DATE_METAS = frozenset({"article:published_time", "og:published_time", "datepublished", "date", "pubdate",
                         "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.issued",
                         "sailthru.date", "parsely-pub-date"})  # fmt: skip
#: schema.org's publication date in a page's JSON-LD (a script the parser skips).
_LD_DATE = regexes.compile(r'"datePublished"\s*:\s*"([^"]{4,40})"')


def _date_value(value: str | None) -> dt.date | None:
    """A date as markup writes it: ISO 8601 ("2026-11-20T09:12:00+01:00", which
    :func:`parse_absolute` reads) or a few words."""
    return parse_absolute(value) if value and len(value.split()) <= PART_WORDS else None


def _posting_date(tag: str, attrs: dict[str, str | None], *, in_article: bool) -> dt.date | None:
    """The publication date a ``<meta>`` or ``<time>`` element gives: a meta of
    :data:`_DATE_METAS`, or a ``<time>`` of the article itself (one marked as the
    publication date anywhere; elsewhere a page's ``<time>`` may date another article)."""
    if tag == "meta":
        name = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").casefold()
        return _date_value(attrs.get("content")) if name in _DATE_METAS else None
    marked = (attrs.get("itemprop") or "").casefold() == "datepublished" or "pubdate" in attrs
    return _date_value(attrs.get("datetime")) if marked or in_article else None


def html_to_text(page: str) -> tuple[str, str | None, dt.date | None]:
    """The article text of an HTML page (the ``<article>``/``<main>`` element when there
    is one, else the body without navigation, forms and scripts), its headline, and the
    publication date its markup gives (a ``<meta>``, the article's ``<time>``, JSON-LD)."""
    parser = _ArticleParser()
    parser.feed(page)
    parser.close()
    parts = parser.article_parts if parser.article_parts else parser.parts
    text = "".join(parts)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    title = " ".join((parser.h1 or parser.title or "").split())
    posted = parser.posted or ((found := _LD_DATE.search(page)) and _date_value(found[1])) or None
    return "\n\n".join(p for p in paragraphs if p), title or None, posted
