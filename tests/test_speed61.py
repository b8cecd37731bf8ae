"""Work the offline pipeline no longer does (the sixty-first speed session): each test says, by the shape of
what is compiled, never by timings, that the quicker way finds what the old one found. Every sentence invented."""

from __future__ import annotations

import re
import sys
from array import array
from re import _constants  # type: ignore[attr-defined]

import pytest

from communique import regexes


def _code(source: str, flags: int = 0) -> list[int]:
    """The code :func:`regexes.compile` builds the pattern of (its information block first)."""
    _, entry = regexes._compiled(source, flags)
    code = array(regexes._WORD)
    code.frombytes(entry[1])
    return code.tolist()


def _first_characters(source: str, flags: int = 0) -> set[str] | None:
    """The characters the information block of a pattern's code says its matches start with
    (``None``: it says none), read back by the engine itself from a class of the same code."""
    code = _code(source, flags)
    if code[0] != _constants.INFO or not code[2] & _constants.SRE_INFO_CHARSET:
        return None
    charset = code[5 : 1 + code[1]]  # the class, up to its FAILURE
    tester = regexes._sre.compile(
        "", 0, [_constants.IN, len(charset) + 1, *charset, _constants.SUCCESS], 0, {}, ()
    )
    return {chr(char) for char in range(0x2200) if tester.match(chr(char))}


#: The characters the tests look for in a set of first characters: ASCII, and those the engine takes for
#: an ASCII letter when case is ignored, and letters beyond ASCII.
_PROBED = {chr(char) for char in range(128)} | set("\u017f\u212a\u0130\u0131éÉçÇèÈ")
_LETTERS = {char for char in _PROBED if char.isalpha()}


@pytest.mark.parametrize(
    ("source", "flags", "first"),
    [
        # (a cue: lookbehinds, then a tree whose branches ignore case: each letter's cases, and those the
        # engine takes for "i", "k", "s")
        (r"(?<![\w])(?:rencontre|a reçu|met with)(?!(?<=\w)\w)", re.IGNORECASE, set("rRaAmM")),
        (r"(?<![\w])(?:signed|kept|ici)", re.IGNORECASE, set("sSkKiI\u017f\u212a\u0130\u0131")),
        # (a letter beyond ASCII, alone or in a class: its cases)
        (r"(?<![\w])(?:été|ça)", re.IGNORECASE, set("éÉçÇ")),
        (r"\b[éè]t[ée]", re.IGNORECASE, set("éÉèÈ")),
        # (an optional part: what follows it may start the match too; a digit has no case)
        (r"\b(?:le )?(?:[2-9]|\d{2,})e\b", re.IGNORECASE, set("lL0123456789")),
        # (a lookahead matches no character; a class that excludes, alone)
        (r"(?=\w)[^\W\d_]+", 0, _LETTERS),
        # (a branch that may start at the start, or after a line break)
        (r"(?:^|\n)Objet", 0, set("\nO")),
    ],
)
def test_a_pattern_that_opens_with_lookbehinds_has_its_first_characters(
    source: str, flags: int, first: set[str]
) -> None:
    """The compiler writes the set of the characters a match starts with only for a pattern that opens with
    one character, class or branch of characters outright; a cue opens with lookbehinds and ignores case,
    and was tried, in full, at every character of every sentence searched. Its code now says its first
    characters: the engine passes over every other place in a few nanoseconds."""
    found = _first_characters(source, flags)
    assert found is not None and found & _PROBED == first


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"^\s*Objet", 0),  # (anchored at the start: the engine tries it there only)
        (r".{2}x", 0),  # (any character)
        (r"\b[a-zé]+", re.IGNORECASE),  # (a range of letters ignoring case)
        (r"\b(?:x|y)?", 0),  # (a match may be empty)
        (r"(?<!x)(?a:\w)y", 0),  # (a scoped flag other than case)
        (r"[^a]|b", 0),  # (a class that excludes, among others)
    ],
)
def test_no_first_characters_where_they_are_unknown(source: str, flags: int) -> None:
    assert _first_characters(source, flags) is None


_TEXTS = [
    "Le ministre a RECU son homologue; ils se sont rencontrés à Lomé le 2e jour.",
    "KEPT the files. The minister met with Ms Ilunga, who signed (ſigned) the \u212aey accord.",
    "_x1 2 ab -- le 12e, le 3E; ça a été signé. été, ÉTÉ, Ça, ÈTÉ, êta",
    "",
]


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"(?<![\w])(?:rencontre|a re[cç]u|met with|signed|kept)(?!(?<=\w)\w)", re.IGNORECASE),
        (r"\b(?:le )?(?:[2-9]|\d{2,})e\b", re.IGNORECASE),
        (r"(?<![\w'’-])(?:(?-i:[A-Z])\w+|(?i:été))", 0),
        (r"(?:\s*-)?(?:(?<=\s)ab|x)", 0),
        (r"[^\W\d_]+", 0),
        (r"(?=\w)(?:(?P<n>\d)|[a-z]+)", re.IGNORECASE),
        (r"(?<![\w])(?:été|ça|[éè]t[ée])", re.IGNORECASE),
    ],
)
def test_the_first_characters_find_what_the_pattern_found(source: str, flags: int) -> None:
    """Every search from every place finds what :func:`re.compile`'s pattern finds."""
    quick, plain = regexes.compile(source, flags), re.compile(source, flags)
    for sample in _TEXTS:
        for pos in range(len(sample) + 1):
            found, expected = quick.search(sample, pos), plain.search(sample, pos)
            assert (found and (found.span(), found.groups())) == (
                expected and (expected.span(), expected.groups())
            )
        assert [m.span() for m in quick.finditer(sample)] == [m.span() for m in plain.finditer(sample)]


_EVERY_CHARACTER = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code < 0xE000)


@pytest.mark.parametrize("letter", ["a", "i", "k", "s", "é", "Ç", "µ", "ǅ", "-", "1"])
def test_the_cases_of_a_character_are_every_one_the_engine_takes_for_it(letter: str) -> None:
    """Where case is ignored, a character is every one whose lower case is its own (or one the compiler holds
    for the same): none that the engine takes for it, alone or in a class, is left out of its cases."""
    cases = {chr(char) for char in regexes._cased(ord(letter), re.IGNORECASE, folded=True) or ()}
    alone = set(re.findall(re.escape(letter), _EVERY_CHARACTER, re.IGNORECASE))
    in_a_class = set(re.findall(f"[{re.escape(letter)}é]", _EVERY_CHARACTER, re.IGNORECASE)) - {"é", "É"}
    assert alone <= cases and in_a_class <= cases and letter in cases
