"""Markup left in a plain text: what a page's HTML entities and Markdown leave behind.

Text scraped from a page often keeps HTML entities (``l&#39;Intérieur``,
``M.&nbsp;Khaled Nouri``), and a communiqué kept as Markdown (a ``.md`` file, a CMS
export) marks its names in bold, its headline with ``#`` and its links in brackets.
The reader looks for words, so the marks are taken off and the words kept:

    >>> plain("# Visite\\n\\nLe ministre a reçu **M. Khaled&nbsp;Nouri**, [DGSN](https://x.ma).")
    'Visite\\n\\nLe ministre a reçu M. Khaled\\xa0Nouri, DGSN.'

List items keep their marks (they say where an item starts), and a text with neither
entities nor Markdown comes back as it is.
"""

from __future__ import annotations

import re

from communique import regexes

#: An HTML entity: named (``&eacute;``), decimal (``&#39;``) or hexadecimal (``&#x27;``).
_ENTITY = regexes.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")

#: Markdown, each with what it leaves: images go, links leave their words, headings and
#: quotes lose their marks, emphasis and code lose their delimiters, rules go. No pattern
#: looks past the next mark of its kind (a `[` in a link's words, a `**` in bold words):
#: from every mark that opens nothing, the search ran to the end of the line, hours for
#: a line of a megabyte of `*[` or `**(`; a heading's closing `#`s are stripped, not
#: looked for after each of its characters.
_MARKDOWN = (
    (regexes.compile(r"!\[[^\[\]\n]*\]\([^)\n]*\)"), ""),
    (regexes.compile(r"\[([^\[\]\n]+)\]\([^)\n]*\)"), r"\1"),
    (regexes.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*)$", re.M), lambda heading: heading[1].rstrip(" \t#")),
    (regexes.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),
    (regexes.compile(r"^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$", re.M), ""),
    (regexes.compile(r"(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1"), r"\2"),
    (regexes.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (regexes.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=\S)_(?![\w_])"), r"\1"),
    (regexes.compile(r"`([^`\n]+)`"), r"\1"),
)
#: What any Markdown above needs in a text: a quick test before the patterns run.
_MARKS = regexes.compile(r"[*_`#>]|\]\(")


def plain(text: str) -> str:
    """``text`` with HTML entities decoded and Markdown marks removed (see the module's
    docstring)."""
    if "&" in text and _ENTITY.search(text):
        import html  # here only: its table of entities is for the few texts that hold one

        text = html.unescape(text)
    if _MARKS.search(text):
        for pattern, replacement in _MARKDOWN:
            text = pattern.sub(replacement, text)
    return text
