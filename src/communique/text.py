"""Small text helpers shared by every stage: typography, folding, sentences, words."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import cached_property, lru_cache

_TYPOGRAPHY = str.maketrans(
    {
        "\u2019": "'",  # right single quotation mark, the usual French apostrophe
        "\u2018": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u00a0": " ",  # no-break spaces
        "\u202f": " ",
        "\u2009": " ",
        "\u2007": " ",
        "\u200b": "",  # zero-width space, non-joiner, joiner, word joiner, BOM: they split names
        "\u200c": "",
        "\u200d": "",
        "\u2060": "",
        "\ufeff": "",
        "\u2010": "-",  # hyphens and dashes that stand for a hyphen
        "\u2011": "-",
        "\u00ad": "",  # soft hyphen
    }
)


def tidy(text: str) -> str:
    """Normalise Unicode (NFC) and typography: typographic apostrophes become ``'``,
    no-break spaces plain spaces, soft hyphens and zero-width characters disappear."""
    return unicodedata.normalize("NFC", text).translate(_TYPOGRAPHY)


#: C0 and C1 control characters: ESC and CSI start terminal escape sequences.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")


def one_line(text: str) -> str:
    """Text fit for one line on a terminal: whitespace runs as one space, control
    characters (terminal escape sequences from a server or a document) removed."""
    return _CONTROLS.sub("", " ".join(text.split()))


#: Combining marks of Latin, Greek, Cyrillic and Arabic scripts.
_COMBINING = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u064b-\u065f\u0670\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)


def strip_accents(text: str) -> str:
    """Remove combining marks: ``Sûreté`` → ``Surete``."""
    return _COMBINING.sub("", unicodedata.normalize("NFD", text))


_NON_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Fold for comparison: lower case, no accents, hyphens and punctuation as spaces,
    single spaces. ``"Jean-Marc FALCONE"`` and ``"jean marc Falcone"`` fold alike."""
    plain = strip_accents(tidy(text)).casefold().replace("_", " ")
    return " ".join(_NON_WORD.sub(" ", plain).split())


class _FoldTable(dict[int, str]):
    """What each character folds to, for :meth:`str.translate`: letters and digits, a
    space for anything else, or nothing (a combining mark, a zero-width space); worked
    out the first time a character is seen."""

    def __missing__(self, code: int) -> str:
        folded = strip_accents(tidy(chr(code))).casefold()
        self[code] = value = "".join(c if c.isalnum() else " " for c in folded)
        return value


_FOLD_TABLE = _FoldTable()


def fold_map(text: str) -> tuple[str, list[int]]:
    """``text`` folded as :func:`fold` folds it, and for each folded character the offset
    of the character of ``text`` it comes from: what is found in the folded text maps
    back to the words as written. ``text`` is one :func:`tidy` has made (as every
    ``Source.text`` is), so that folding it character by character is folding it whole."""
    plain = text.translate(_FOLD_TABLE)
    # where each character of ``plain`` comes from: itself, unless a character folded
    # to none or to several (a combining mark, "ß")
    origin: Sequence[int] = (
        range(len(text))
        if len(plain) == len(text)
        else [index for index, char in enumerate(text) for _ in _FOLD_TABLE[ord(char)]]
    )
    kept: list[tuple[int, int]] = []  # the runs of ``plain`` that are kept: all but extra spaces
    start = 0
    for extra in _EXTRA_SPACES.finditer(plain):
        kept.append((start, extra.start()))
        start = extra.end()
    kept.append((start, len(plain)))
    offsets: list[int] = []
    for begin, end in kept:
        offsets.extend(origin[begin:end])
    return "".join(plain[begin:end] for begin, end in kept), offsets


#: Spaces that folding drops: before the first word, after the last, after another space.
_EXTRA_SPACES = re.compile(r"^ +| +$|(?<= ) +")


#: The letters that a case-insensitive pattern takes for "i" or "s" but that lower
#: case leaves as they are ("ı", "ſ") or makes two characters of ("İ").
_CASE_FIX = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def caseless(text: str) -> str:
    """``text`` in lower case, as a pattern that ignores case reads it: a phrase of
    lower-case Latin letters, digits, spaces, apostrophes and hyphens that such a
    pattern finds in ``text`` is in ``caseless(text)``. For quick tests that spare a
    pattern most of the texts it would find nothing in."""
    return text.translate(_CASE_FIX).lower()


def contains(haystack_folded: str, needle: str) -> bool:
    """Whether ``needle`` occurs in an already folded text, on word boundaries."""
    folded = fold(needle)
    if not folded:
        return False
    return f" {folded} " in f" {haystack_folded} "


def words(text: str) -> list[str]:
    """Words of a text, for counting: runs of letters, digits, apostrophes and hyphens."""
    return re.findall(r"[\w][\w'’-]*", text)


_ABBREVIATIONS = (
    "M",
    "MM",
    "Mme",
    "Mmes",
    "Mlle",
    "Dr",
    "Mr",
    "Mrs",
    "Ms",
    "St",
    "Me",
    "Pr",
    "Gén",
    "Gen",
    "Col",
    "Lt",
    "Maj",
    "Capt",
    "Brig",
    "Cdt",
    "Cmdt",
    "Insp",
    "Supt",
    "Sgt",
    "Hon",
    "Amb",
    "Prof",
    "No",
    "n°",
    "art",
    "cf",
    "etc",
    "Jan",
    "Feb",
    "Aug",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
)
_SENTENCE_END = re.compile(
    r"(?<=[.!?])"
    + "".join(rf"(?<!\b{re.escape(a)}\.)" for a in _ABBREVIATIONS)
    + r"(?<!\b[A-Z]\.)\s+(?=[«\"(A-ZÀ-ÖØ-Þ0-9])"
)


#: A paragraph break: a blank line, or a line that does not start with a space.
_BLOCK_END = re.compile(r"\n\s*\n|\n(?=\S)")


@lru_cache(maxsize=256)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the sentences of :func:`sentences` are in ``text``: ``(start, end)`` offsets,
    without the whitespace around each, paragraph by paragraph."""
    spans: list[tuple[int, int]] = []
    start = 0
    for stop, resume in [*((m.start(), m.end()) for m in _BLOCK_END.finditer(text)), (len(text), len(text))]:
        cut = start
        for boundary in _SENTENCE_END.finditer(text, start, stop):
            spans.append((cut, boundary.start()))
            cut = boundary.end()
        spans.append((cut, stop))
        start = resume
    return tuple(_trimmed(text, begin, end) for begin, end in spans if text[begin:end].strip())


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the whitespace at either end."""
    while text[start].isspace():
        start += 1
    while text[end - 1].isspace():
        end -= 1
    return start, end


@lru_cache(maxsize=256)
def sentences(text: str) -> tuple[str, ...]:
    """Split a text into sentences, keeping abbreviations such as ``M.`` and initials
    attached, and paragraphs apart; each sentence's whitespace runs are one space."""
    return tuple(" ".join(text[start:end].split()) for start, end in sentence_spans(text))


@lru_cache(maxsize=4096)
def _plain(text: str) -> str:
    return strip_accents(text)


class Cue:
    """Alternatives matched on word boundaries, ignoring case and accents: "a reçu"
    matches "a recu" in a text typed without accents. The text is searched without its
    accents, which keeps its offsets (texts are NFC, see :func:`tidy`). The pattern is
    compiled when first used: a command that never needs a cue never pays for it."""

    def __init__(self, *patterns: str) -> None:
        self.source = strip_accents(r"(?<![\w])(?:" + "|".join(patterns) + r")(?!(?<=\w)\w)")

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern."""
        return re.compile(self.source, re.IGNORECASE)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The first match at or after ``pos``."""
        return self.pattern.search(_plain(text), pos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The match that starts at ``pos``, if any."""
        return self.pattern.match(_plain(text), pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Every match, in order."""
        return self.pattern.finditer(_plain(text))


class FirstOf:
    """Cues tried as one: the match that one cue of all their patterns would give (the
    leftmost; of those that start there, the one of the cue given first), each cue
    compiled on its own. A very large pattern compiles several times slower than its
    parts, so a large cue is better given in parts: consecutive runs of its patterns,
    in order."""

    def __init__(self, *cues: Cue) -> None:
        self.cues = cues

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The first match at or after ``pos``."""
        first: re.Match[str] | None = None
        for cue in self.cues:
            found = cue.search(text, pos)
            if found is not None and (first is None or found.start() < first.start()):
                first = found
        return first
