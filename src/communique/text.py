"""Small text helpers shared by every stage: typography, folding, sentences, words."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from functools import cached_property, lru_cache, partial
from typing import Any

from communique import regexes
from communique.errors import readable


class _Replacements:
    """Characters replaced by strings: what :meth:`str.translate` does, but ~20× quicker
    on a text that is not all ASCII (which :meth:`str.translate` reads character by
    character through its table): each character of the table that the text holds is
    replaced by one :meth:`str.replace`. No string holds a character replaced, so that
    the order of the replacements does not matter."""

    def __init__(self, table: dict[str, str]) -> None:
        assert not any(char in value for value in table.values() for char in table)
        self.pairs = tuple(table.items())

    def __call__(self, text: str) -> str:
        for char, value in self.pairs:
            if char in text:
                text = text.replace(char, value)
        return text


_TYPOGRAPHY = _Replacements(
    {
        "\u2019": "'",  # right single quotation mark, the usual French apostrophe
        "\u2018": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\t": " ",  # a tab between two words of a sentence
        "\x85": " ",  # next line (NEL), a line's end: removed as a control, it glued two words
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
        # marks and overrides of text direction: invisible, they can make a name read
        # otherwise than it is written ("Trojan Source"); an output never carries them
        **dict.fromkeys("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069", ""),
    }
)


def tidy(text: str) -> str:
    """Normalise Unicode (NFC) and typography: typographic apostrophes become ``'``,
    tabs and no-break spaces plain spaces, soft hyphens, zero-width characters and controls of
    text direction disappear, and what is no character becomes one (:func:`whole`)."""
    return _TYPOGRAPHY(unicodedata.normalize("NFC", whole(text)))


def ascii_digits(text: str) -> str:
    """``text`` with each decimal digit of another script (Eastern Arabic ``٣``, Devanagari
    ``३``, full-width ``３``) as the ASCII digit it stands for. The reader's patterns take
    such digits as ``\\d`` does, and ``int`` reads them, so a date written in them is read
    in the text; the parsers of the standard library take ASCII alone
    (``date.fromisoformat``): a date given so in front matter was refused as no ISO date,
    a dateline's not read. One character for one, so offsets into ``text`` hold."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(char)) if char.isdecimal() else char for char in text)


def shortened(text: str, limit: int, *, of: str | None = None) -> str:
    """``text`` if its UTF-8 holds at most ``limit`` bytes, else cut to fit with a hash of
    ``of`` (``text`` itself by default) after it: texts cut alike are still told apart,
    and the same text is cut the same way in every run (a file name, a document id)."""
    data = text.encode("utf-8", "surrogatepass")
    if len(data) <= limit:
        return text
    import hashlib

    digest = hashlib.sha256((text if of is None else of).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{data[: limit - 13].decode('utf-8', 'ignore')}-{digest}"


#: Surrogates: halves of a UTF-16 pair, no character by themselves.
_SURROGATE = regexes.compile("[\ud800-\udfff]")


def whole(text: str) -> str:
    """``text`` with no surrogate, which no UTF-8 can hold (so neither a record, a log
    line nor the cache): one from a JSON escape (``"\\ud800"``) becomes U+FFFD, and
    the two halves of a pair the character they make."""
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def each_string(data: Any, change: Callable[[str], str]) -> Any:
    """JSON values ``data`` with ``change`` made to every string in them."""
    if isinstance(data, str):
        return change(data)
    if isinstance(data, list):
        return [each_string(item, change) for item in data]
    if isinstance(data, dict):
        return {key: each_string(item, change) for key, item in data.items()}
    return data


#: C0 and C1 control characters (ESC and CSI start terminal escape sequences) and the
#: controls of text direction.
_CONTROLS = regexes.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


#: Control characters a text may not hold, line breaks and tabs apart.
_UNPRINTABLE = regexes.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]"
)


def printable(text: str) -> str:
    """``text`` without control characters (terminal escape sequences, controls of text
    direction) nor halves of UTF-16 pairs (:func:`whole`), its line breaks and tabs
    kept: what a model wrote, made safe to print and to store."""
    return _UNPRINTABLE.sub("", whole(text))


#: A terminal's escape sequence whole: a control sequence (``ESC [ … m``, or its one-byte
#: introducer), an operating-system command to its end (``ESC ] 8 ; ; URL BEL``: a hyperlink,
#: a window's title), a string command (DCS, SOS, PM, APC), or ESC and one character.
ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]{0,4096}(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -~]?"
)


#: Characters that show as nothing and are not controls: zero-width spaces and joiners,
#: soft hyphens, the grapheme joiner, fillers, variation selectors, tags.
FORMAT_CHARACTERS = re.compile(
    "[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200d\u2060-\u2064\u206a-\u206f"
    "\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e0fff]"
)


#: Separators of lines and paragraphs, which some terminals break a line at.
_SEPARATORS = re.compile("[\u2028\u2029]")


def inert(text: str) -> str:
    """A string a model or a saved record gives, as a record keeps it: without terminal
    escape sequences (removed whole: the ``[31m`` of a colour, the address of a hyperlink
    and the title of a window were left as words when only their control characters
    went), characters that show as nothing (a zero-width space inside a name), other
    control characters (:func:`printable`), and with a separator of lines or paragraphs
    a space (a terminal breaks the line there; a record's strings are one line or one
    paragraph)."""
    return _SEPARATORS.sub(" ", printable(FORMAT_CHARACTERS.sub("", ESCAPE_SEQUENCE.sub("", text))))


def one_line(text: str) -> str:
    """Text fit for one line on a terminal: whitespace runs as one space, terminal escape
    sequences (from a server's message or a document) removed whole, other control
    characters removed. (Was: only their control characters removed, so that a server's
    error message ``ESC ] 0 ; pwn BEL oops ESC [ 2 J`` was said as ``]0;pwn oops [2J``.)"""
    if "\x1b" in text or any("\x90" <= char <= "\x9f" for char in text):
        text = ESCAPE_SEQUENCE.sub("", text)
    return _CONTROLS.sub("", " ".join(readable(text).split()))


def json_kind(value: object, *, string: str = "a string") -> str:
    """What JSON value ``value`` is, for a message ("a number", "an object", "null"); a string as ``string`` says (a
    reply's message given as one is "text")."""
    kinds = {
        bool: "true or false",
        int: "a number",
        float: "a number",
        dict: "an object",
        list: "a list",
        str: string,
        type(None): "null",
    }
    return kinds.get(type(value), type(value).__name__)


def quoted(value: object, limit: int = 80) -> str:
    """``value`` quoted for a message (``repr``), cut to about ``limit`` characters: a
    reply's field may be megabytes long, and a message about it is one line. A word that
    mixes Latin letters with Cyrillic or Greek ones shows those as escapes, ``'Rab\\u0430t'``
    (was: ``dropped city 'Rabаt' (not in the text)``, of a city the text names as it shows)."""
    text = repr(value)
    text = text if len(text) <= limit else text[: limit - 2] + "…" + text[-1]
    if isinstance(value, str) and _LOOKALIKE.search(text) is not None:
        text = _MIXED.sub(lambda word: _LOOKALIKE.sub(_escaped, word.group()), text)
    return text


def _escaped(letter: re.Match[str]) -> str:
    return f"\\u{ord(letter.group()):04x}"


#: Cyrillic and Greek letters, many of which look like Latin ones (``а``, ``о``, ``Ρ``).
_LOOKALIKE = regexes.compile("[\u0370-\u03ff\u0400-\u04ff]")
#: A word that holds Latin letters and such look-alikes both.
_MIXED = regexes.compile(
    "(?=[\\w\u0370-\u04ff]*[A-Za-z\u00c0-\u024f])(?=[\\w\u0370-\u04ff]*[\u0370-\u04ff])[\\w\u0370-\u04ff]+"
)


def mixed_words(text: str) -> list[str]:
    """The words of ``text`` that mix Latin letters with Cyrillic or Greek ones, each once
    (``Ahm\\u0430d``, a Cyrillic ``\\u0430`` among Latin letters): a name a reader takes for the
    Latin one it shows. A cheap look for any such letter comes first (most texts have none)."""
    if _LOOKALIKE.search(text) is None:
        return []
    return list(dict.fromkeys(match.group() for match in _MIXED.finditer(text)))


#: The Cyrillic and Greek letters that show as a Latin one, and that one.
_AS_LATIN = str.maketrans(
    "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u051b\u051d\u04bb"
    "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0423\u0406\u0408\u0405"
    "\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7"
    "\u03bf\u03bd\u03b9\u03b1\u03ba",
    "aeopcyxijsdqwhABEKMHOPCTXYIJSABEZHIKMNOPTYXoviak",
)


def as_latin(text: str) -> str:
    """``text`` with the Cyrillic and Greek look-alikes of its words that mix scripts
    written as the Latin letters they show (``Ahm\\u0430d`` → ``Ahmad``), one letter for
    one: offsets in the text stay put. Words wholly in those scripts are left alone."""
    if _LOOKALIKE.search(text) is None:
        return text
    return _MIXED.sub(lambda word: word.group().translate(_AS_LATIN), text)


def unmasked(text: str) -> str:
    """``text`` as the letters it shows: full-width and other compatibility forms as the
    plain letters (NFKC), every Cyrillic and Greek look-alike as the Latin letter it shows
    (not only in a word that mixes scripts, as :func:`as_latin`), invisible characters
    gone (:func:`tidy`). What a model disguises a name with (``\uff26ernando``,
    ``F\u0435rnando``, ``Fer\u200dnando``) to compare with the text; never a value to
    keep (a name wholly in Cyrillic becomes nonsense)."""
    return unicodedata.normalize("NFKC", tidy(text)).translate(_AS_LATIN)


def disguised(text: str) -> bool:
    """Whether ``text`` holds what :func:`unmasked` undoes: an invisible character (a
    zero-width joiner, a mark of direction), a full-width or other compatibility form, a
    Cyrillic or Greek look-alike. (Typography :func:`tidy` makes plain, a curly apostrophe
    or a no-break space, is no disguise.)"""
    return any(char in text for char, value in _TYPOGRAPHY.pairs if not value) or unmasked(text) != tidy(text)


#: The full-width and small forms of the angle brackets, which show as ``<`` and ``>``.
_AS_ANGLE = str.maketrans("\uff1c\ufe64\uff1e\ufe65", "<<>>")


def as_markup(text: str) -> str:
    """``text`` as a model reads its tags: look-alike letters as the Latin ones they show
    (:func:`as_latin`) and the full-width and small angle brackets as ``<`` and ``>``, one
    character for one, so that offsets stay put. A search for a tag in it finds
    ``\uff1c/communiqu\u0435\uff1e`` too, which a model takes for ``</communique>``."""
    return as_latin(text).translate(_AS_ANGLE)


#: Combining marks of Latin, Greek, Cyrillic and Arabic scripts.
_COMBINING = regexes.compile(
    "[\u0300-\u036f\u0483-\u0489\u064b-\u065f\u0670\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)


def strip_accents(text: str) -> str:
    """Remove combining marks: ``Sûreté`` → ``Surete``. (A text all ASCII, which has none and
    which no normalisation changes, is given back as it is: half the sentences of English.)"""
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFD", text))


class _FoldTable(dict[int, str]):
    """What each character folds to, for :meth:`str.translate`: letters and digits, a
    space for anything else, or nothing (a combining mark, a zero-width space); worked
    out the first time a character is seen."""

    def __missing__(self, code: int) -> str:
        folded = strip_accents(tidy(chr(code))).casefold()
        self[code] = value = "".join(c if c.isalnum() else " " for c in folded)
        return value


_FOLD_TABLE = _FoldTable()

#: A character beyond ASCII.
_NOT_ASCII = regexes.compile(r"[^\x00-\x7f]")
#: The length from which a text is folded by :func:`_folded`'s replacements (shorter, they cost more
#: than they save).
_LONG_FOLDED = 64


def _folded(text: str) -> str:
    """``text`` through the table of :func:`fold`, character by character: as
    :meth:`str.translate` makes it, up to nine times quicker for a long text beyond ASCII
    (which :meth:`str.translate` reads through the table, character by character, from its
    first such character on): each character beyond ASCII that the text holds is first
    replaced by what it folds to, when that is ASCII (what ASCII folds to is itself), and
    the rest, all ASCII, is translated at once."""
    if len(text) < _LONG_FOLDED or text.isascii():
        return text.translate(_FOLD_TABLE)
    for char in set(_NOT_ASCII.findall(text)):
        value = _FOLD_TABLE[ord(char)]
        if not value.isascii():
            return text.translate(_FOLD_TABLE)
        text = text.replace(char, value)
    return text.translate(_FOLD_TABLE)


#: How many sentences the memos of their forms keep (:func:`fold`, :func:`caseless`, the accentless form a
#: cue searches): every cue asks for a sentence's again, and a text of more sentences than
#: the memo keeps had each one made anew at every ask (20,000 short lines: 0.25 ms a line).
SENTENCES_KEPT = 1 << 15


@lru_cache(maxsize=SENTENCES_KEPT)
def fold(text: str) -> str:
    """Fold for comparison: lower case, no accents, hyphens and punctuation as spaces,
    single spaces. ``"Jean-Marc FALCONE"`` and ``"jean marc Falcone"`` fold alike.

    Character by character, through one table: the same as tidying, stripping the
    accents of, case-folding and splitting the whole text (a mark folds to nothing
    wherever it stands), three times faster; the gazetteer folds thousands of names
    at start."""
    return " ".join(_folded(text).split())


@lru_cache(maxsize=16)
def fold_map(text: str) -> tuple[str, tuple[int, ...]]:
    """``text`` folded as :func:`fold` folds it, and for each folded character the offset
    of the character of ``text`` it comes from: what is found in the folded text maps
    back to the words as written. ``text`` is one :func:`tidy` has made (as every
    ``Source.text`` is), so that folding it character by character is folding it whole.
    (Remembered for a few texts: the gazetteer and the spans of a record map the same
    whole text.)"""
    plain = _folded(text)
    # where each character of ``plain`` comes from: itself, unless a character folded
    # to none or to several (a combining mark, "ß")
    origin: Sequence[int] = (
        range(len(text))
        if len(plain) == len(text)
        else [index for index, char in enumerate(text) for _ in _FOLD_TABLE[ord(char)]]
    )
    # the runs of ``plain`` that are kept: all but the spaces before the first word, after
    # the last and after another space
    kept: list[tuple[int, int]] = []
    start, stop = len(plain) - len(plain.lstrip(" ")), len(plain.rstrip(" "))
    for extra in _EXTRA_SPACES.finditer(plain, start, stop):
        kept.append((start, extra.start(1)))
        start = extra.end()
    kept.append((start, stop))
    offsets: list[int] = []
    for begin, end in kept:
        offsets.extend(origin[begin:end])
    return "".join(plain[begin:end] for begin, end in kept), tuple(offsets)


#: Spaces after another space, which folding drops: the group after the first (sre
#: finds two spaces by their prefix, where it would try a lookbehind at every character).
_EXTRA_SPACES = regexes.compile(r" ( +)")


#: The letters that a case-insensitive pattern takes for "i" or "s" but that lower
#: case leaves as they are ("ı", "ſ") or makes two characters of ("İ").
_CASE_FIX = _Replacements({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


@lru_cache(maxsize=SENTENCES_KEPT)
def caseless(text: str) -> str:
    """``text`` in lower case, as a pattern that ignores case reads it: a phrase of
    lower-case Latin letters, digits, spaces, apostrophes and hyphens that such a
    pattern finds in ``text`` is in ``caseless(text)``. For quick tests that spare a
    pattern most of the texts it would find nothing in. (Remembered: three of four
    calls ask again for a sentence's, whose side words, days or update words are tested.)"""
    return _CASE_FIX(text).lower()


def contains(haystack_folded: str, needle: str) -> bool:
    """Whether ``needle`` occurs in an already folded text, on word boundaries."""
    folded = fold(needle)
    if not folded:
        return False
    return f" {folded} " in f" {haystack_folded} "


def words(text: str) -> list[str]:
    """Words of a text, for counting: runs of letters, digits, apostrophes and hyphens."""
    return _WORDS.findall(text)


#: A word as :func:`words` counts it (compiled once per installation, see :mod:`communique.regexes`:
#: a pattern given to :func:`re.findall` was compiled anew at every start).
_WORDS = regexes.compile(r"[\w][\w'’-]*")


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
    "Pol",  # "Pol. Brig. Gen. X", "Pol. Col. X": a Thai or Indonesian police rank
    "Gal",  # « le Gal. X »: Général
    "Cne",  # « le Cne. X »: Capitaine
    "Cdr",
    "Cmdr",
    "Adm",  # "Vice Adm. X", "Rear Adm. X": a naval or coast-guard rank
    "Cdre",  # "Cdre. X": Commodore
    "Asst",
    "Hon",
    "Cllr",  # "Cllr. X": a Liberian counsellor-at-law
    "Amb",
    "SEM",  # « l'Ambassadeur …, SEM. X »: Son Excellence Monsieur
    "SE",  # « une audience à SE. X »: Son Excellence
    "Prof",
    "Md",
    "Mohd",
    "Muhd",
    "Hj",  # "Dato' Hj. Azman": Haji, a Malay honorific
    "Hjh",
    "a.i",  # "Executive Director a.i. X": ad interim
    "No",
    "n°",
    "art",
    "cf",
    "etc",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    # the French months as a page abbreviates them, in small letters: « le 6 déc. 2026 »
    "janv",
    "févr",
    "fevr",
    "fév",
    "avr",
    "juil",
    "sept",
    "oct",
    "nov",
    "déc",
    "dec",
)
#: (a quotation closed after its full stop ends the sentence too: 'a study on "Border Surveillance
#: as a Deterrent." At the end of …', « … de la police. » Le ministre …, its guillemet after a space)
_NOT_ABBREVIATED = "".join(rf"(?<!\b{re.escape(a)}\.)" for a in _ABBREVIATIONS)
_SENTENCE_END = regexes.compile(
    rf"(?:(?<=[.!?])|(?<=[.!?][\"”»])|(?<=[.!?]\s»)){_NOT_ABBREVIATED}(?<!\b[A-Z]\.)\s+(?=[«\"(A-ZÀ-ÖØ-Þ0-9])"
    # a full stop a page glued to the next sentence ('… in Tunisia.In the meeting …'): after
    # two small letters, before a capital and a small one (not 'U.S.', 'St.Louis', 'ASP.NET')
    rf"|(?<=[a-zß-öø-ÿ]{{2}}\.){_NOT_ABBREVIATED}(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])"
)


#: What every end of a sentence comes one to three characters after: a full stop, a question or an
#: exclamation mark (then perhaps a closing quotation mark, a French one after a space).
_STOP_MARK = regexes.compile(r"[.!?]")


def _sentence_ends(text: str, start: int, stop: int) -> Iterator[re.Match[str]]:
    """The matches of :data:`_SENTENCE_END` in ``text[start:stop]``, as its ``finditer`` finds
    them: tried only where one may start, just after a stop mark, not at every character (its
    look-behinds, tried at every character, cost as much as the rest of the reading of a text)."""
    after = start  # where the next may start: past the last found, and past the places tried
    for mark in _STOP_MARK.finditer(text, max(0, start - 2), stop):
        for at in (mark.end(), mark.end() + 1, mark.end() + 2):
            if after <= at <= stop:
                found = _SENTENCE_END.match(text, at, stop)
                after = at + 1
                if found:
                    yield found
                    after = max(after, found.end())


#: A paragraph break: a blank line, or a line that does not start with a space.
_BLOCK_END = regexes.compile(r"\n\s*\n|\n(?=\S)")


@lru_cache(maxsize=256)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the sentences of :func:`sentences` are in ``text``: ``(start, end)`` offsets,
    without the whitespace around each, paragraph by paragraph."""
    spans: list[tuple[int, int]] = []
    start = 0
    for stop, resume in [*((m.start(), m.end()) for m in _BLOCK_END.finditer(text)), (len(text), len(text))]:
        cut = start
        for boundary in _sentence_ends(text, start, stop):
            spans.append((cut, boundary.start()))
            cut = boundary.end()
        spans.append((cut, stop))
        start = resume
    return tuple(_trimmed(text, begin, end) for begin, end in spans if text[begin:end].strip())


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the whitespace at either end, nor the marks of a list's item it opens
    on ("• ", "- ", "🔹 ", "👉 "): what a sentence says starts after them, as a reading that
    looks for a sentence's first words expects ("In the first dialogue, …")."""
    while text[start].isspace():
        start += 1
    while text[end - 1].isspace():
        end -= 1
    marks = start
    while marks < end and marks - start < _MARKS_MOST and unicodedata.category(text[marks]) in _MARK_KINDS:
        marks += 1
    if start < marks < end and text[marks].isspace():
        start = marks
        while text[start].isspace():
            start += 1
    return start, end


#: The kinds of character an item's marks are made of: symbols (bullets, arrows, emoji),
#: dashes, and the ones written for bullets ("•", "·", "*"), which Unicode calls punctuation;
#: as many as a page strings together ("▶️", "-->" ).
_MARK_KINDS = frozenset(["So", "Sm", "Pd", "Po", "Mn"])
_MARKS_MOST = 4


@lru_cache(maxsize=256)
def sentences(text: str) -> tuple[str, ...]:
    """Split a text into sentences, keeping abbreviations such as ``M.`` and initials
    attached, and paragraphs apart; each sentence's whitespace runs are one space."""
    return tuple(" ".join(text[start:end].split()) for start, end in sentence_spans(text))


@lru_cache(maxsize=SENTENCES_KEPT)
def _plain(text: str) -> str:
    return strip_accents(text)


@lru_cache(maxsize=SENTENCES_KEPT)
def _caseless_plain(text: str) -> str:
    return caseless(_plain(text))


class Screened:
    """A pattern, compiled when first used, and a quick test that spares it most texts:
    a text that holds none of its :attr:`anchors` cannot match. The anchors are read
    once the pattern has been tried :data:`_TRIES_BEFORE_ANCHORS` times: reading them
    costs about as much as the thirty tries they spare, which a command that reads one
    document may never make."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self._tries = 0

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern: :attr:`source`, its alternatives as a tree (:func:`branched`)."""
        return regexes.compile(self.source, self.flags, branched)

    @cached_property
    def anchors(self) -> tuple[str, ...] | None:
        """Phrases in lower case, one of which every match contains (see :func:`anchors`)."""
        return anchors(self.source)

    @cached_property
    def _holds_an_anchor(self) -> Callable[[str], object] | None:
        """The test of whether a text holds one of the anchors: a substring test for each,
        or, for :data:`_MANY_ANCHORS` or more, a search for all at once (a pattern of them
        as a tree, :func:`branched`), up to twice as quick."""
        if self.anchors is None:
            return None
        if len(self.anchors) < _MANY_ANCHORS:
            return partial(holds_any, self.anchors)
        return regexes.compile("|".join(map(re.escape, self.anchors)), 0, branched).search

    def spares(self, lowered: str) -> bool:
        """Whether the pattern may be spared a text (``lowered`` as :func:`caseless`
        makes it): the text holds none of the anchors, once they are read."""
        if self._tries < _TRIES_BEFORE_ANCHORS:
            self._tries += 1
            return False
        test = self._holds_an_anchor
        return test is not None and not test(lowered)


#: How many times a pattern is tried before it reads its anchors.
_TRIES_BEFORE_ANCHORS = 32
#: How many anchors are tested for all at once.
_MANY_ANCHORS = 32


class Cue(Screened):
    """Alternatives matched on word boundaries, ignoring case and accents: "a reçu"
    matches "a recu" in a text typed without accents. The text is searched without its
    accents, which keeps its offsets (texts are NFC, see :func:`tidy`). The pattern is
    compiled when first used: a command that never needs a cue never pays for it; and
    a text is searched only if it holds one of the cue's anchors (:class:`Screened`):
    most sentences hold none of a cue's, and are read at the cost of a few substring
    tests."""

    def __init__(self, *patterns: str) -> None:
        super().__init__(
            strip_accents(r"(?<![\w])(?:" + "|".join(patterns) + r")(?!(?<=\w)\w)"), re.IGNORECASE
        )

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The first match at or after ``pos``."""
        return None if self.spares(_caseless_plain(text)) else self.pattern.search(_plain(text), pos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The match that starts at ``pos``, if any (a quick try: not worth a test of
        the anchors over the whole text)."""
        return self.pattern.match(_plain(text), pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Every match, in order."""
        return iter(()) if self.spares(_caseless_plain(text)) else self.pattern.finditer(_plain(text))


class Anchored:
    """Patterns searched in the same texts, whose anchors (:attr:`Screened.anchors`) are tested
    for all at once: one search finds, wherever an anchor starts, the longest there (written
    longest first, which :func:`branched` keeps), and with it every anchor it starts with: so
    every anchor the text holds. A pattern none of whose anchors a text holds cannot match it.
    Twice as quick as each pattern's own test, for fifteen patterns of 14 to 55 anchors. Read,
    as :class:`Screened` reads its own, once :data:`_TRIES_BEFORE_ANCHORS` texts are tested."""

    def __init__(self, patterns: Sequence[Screened]) -> None:
        self.patterns = patterns
        self._tries = 0

    @cached_property
    def _search(self) -> tuple[re.Pattern[str], dict[str, frozenset[int]], frozenset[int]]:
        """The search for the anchors; the patterns that each anchor found may be of (its
        own, and those of the anchors it starts with), by their index; those with no anchors."""
        owners: dict[str, set[int]] = {}
        for index, pattern in enumerate(self.patterns):
            for anchor in pattern.anchors or ():
                owners.setdefault(anchor, set()).add(index)
        of = {
            anchor: frozenset(
                index for start, indexes in owners.items() if anchor.startswith(start) for index in indexes
            )
            for anchor in owners
        }
        longest_first = sorted(owners, key=len, reverse=True)
        search = regexes.compile("|".join(map(re.escape, longest_first)), 0, _wherever)
        return (
            search,
            of,
            frozenset(index for index, pattern in enumerate(self.patterns) if pattern.anchors is None),
        )

    def held(self, lowered: str) -> Collection[int]:
        """The patterns that may match a text (``lowered`` as :func:`caseless` makes it), by
        their index: those whose anchors it holds one of, and those with none."""
        if self._tries < _TRIES_BEFORE_ANCHORS:
            self._tries += 1
            return range(len(self.patterns))
        search, of, unanchored = self._search
        return unanchored.union(*map(of.__getitem__, set(search.findall(lowered))))


class AnchoredCues(Anchored):
    """Cues (:class:`Cue`) searched in the same texts, their anchors tested for all at once."""

    def search(self, text: str) -> list[re.Match[str] | None]:
        """Each cue's first match in ``text``; ``None`` where it has none."""
        held = self.held(_caseless_plain(text))
        plain = _plain(text)
        return [
            cue.pattern.search(plain) if index in held else None for index, cue in enumerate(self.patterns)
        ]


def _wherever(source: str, flags: int) -> str:
    """A pattern that finds, at every place where ``source`` matches, what it matches there
    (as its first group), though matches overlap: ``source`` as a tree (:func:`branched`),
    looked ahead for."""
    return f"(?=({branched(source, flags)}))"


def holds_any(phrases: Iterable[str], text: str) -> bool:
    """Whether ``text`` holds one of ``phrases`` (as :func:`any` would say, a quarter
    quicker: a test of anchors is made for nearly every sentence and pattern). The phrases
    come first, to be bound by :func:`functools.partial` by position: bound by keyword, they
    were a dictionary copied at every call, which made the test of a few anchors twice as
    slow."""
    for phrase in phrases:  # noqa: SIM110  (a loop, not any(): see above)
        if phrase in text:
            return True
    return False


#: The shortest anchor worth a test: shorter ones are in nearly every sentence.
_SHORTEST_ANCHOR = 3


def anchors(source: str) -> tuple[str, ...] | None:
    """Phrases in lower case, one of which every match of the pattern ``source`` contains
    (as :func:`caseless` has it), for a quick test that spares the pattern the texts
    with none of them; ``None`` if it has no set of them worth testing for, or uses
    syntax :class:`_Anchors` does not read."""
    try:
        reading = _Anchors(source)
        found, _ = reading.alternation()
    except _Unread:
        return None
    if reading.at < len(source) or found is None or min(map(len, found)) < _SHORTEST_ANCHOR:
        return None
    kept: list[str] = []  # a phrase that holds another adds no test
    for phrase in sorted(set(map(_tested, found)), key=lambda phrase: (len(phrase), phrase)):
        if not holds_any(kept, phrase):
            kept.append(phrase)
    return tuple(kept)


#: A phrase is tested by its longest word if that is this long: fewer tests, for texts
#: that seldom hold the word without the phrase.
_LONG_WORD = 5


def _tested(phrase: str) -> str:
    """What to test a text for, to know whether it may hold ``phrase``."""
    word = max(phrase.split(" "), key=len)
    return word if len(word) >= _LONG_WORD else phrase


class _Unread(Exception):
    """Syntax :class:`_Anchors` does not read."""


#: Escapes of a position and of a class of characters, not of one character.
_POSITION_ESCAPES = frozenset("bBAZ")
_CLASS_ESCAPES = frozenset("wWsSdD")
#: Escapes of one character that is not a letter.
_CHARACTER_ESCAPES = {"n": "\n", "t": "\t"}
#: Characters that stand for themselves.
_CHARACTERS = regexes.compile(r"[^\\()\[\].^$|*+?{]*")
_COUNT = regexes.compile(r"\{(\d*)(?:,(\d*))?\}")
#: What may follow the "(" of a group this reading reads: nothing, or a group that
#: captures nothing (perhaps minding case, or not: "(?-i:[A-Z])", "(?i:…)", whose phrases
#: :func:`caseless` texts hold all the same), a named group or a lookaround.
_GROUP_HEAD = regexes.compile(r"\?(?::|-?i:|=|!|<=|<!|P<\w+>)|(?!\?)")


#: A part as :class:`_Anchors` reads it: its anchors and its phrases.
_Part = tuple[set[str] | None, set[str] | None]


class _Anchors:
    """A reading of a pattern for its anchors. Each part read gives its anchors (a set
    of phrases one of which every match of the part contains; ``None``: no such set)
    and, if it matches only a few phrases, those phrases (the empty one for a
    lookaround or an optional part): consecutive parts of that kind make longer
    phrases together ("(?:a|ont) signé" matches "a signé" or "ont signé"). Reads the
    syntax cues are written in: characters, escapes, groups, lookarounds, classes,
    alternatives and repeats; anything else is :class:`_Unread`."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.at = 0

    def alternation(self) -> _Part:
        """Alternatives up to the end of the group."""
        options = [self.sequence()]
        while self.source.startswith("|", self.at):
            self.at += 1
            options.append(self.sequence())
        anchors = [option[0] for option in options]
        phrases = [option[1] for option in options]
        return (
            None if None in anchors else set[str]().union(*filter(None, anchors)),
            None if None in phrases else set[str]().union(*filter(None, phrases)),
        )

    def sequence(self) -> _Part:
        """Parts one after the other, up to the next alternative or the end of the group."""
        best: set[str] | None = None
        joined: set[str] = {""}  # the phrases of the parts read since the last one of many
        whole = True  # whether all the parts are joined
        while self.at < len(self.source) and self.source[self.at] not in "|)":
            anchors, phrases = self.repeated(*self.atom())
            if phrases is not None and len(joined) * len(phrases) <= _MOST_PHRASES:
                joined = {before + after for before in joined for after in phrases}
                continue
            whole = False
            best = _better(_better(best, _required(joined)), anchors)
            joined = {""} if phrases is None else phrases
        best = _better(best, _required(joined))
        return best, joined if whole else None

    def atom(self) -> _Part:
        """The next characters, escape, group or class."""
        char = self.source[self.at]
        self.at += 1
        if char == "(":
            return self.group()
        if char == "[":
            self.character_class()
            return None, None
        if char == "\\":
            escaped = self.source[self.at : self.at + 1]
            self.at += 1
            if escaped in _POSITION_ESCAPES:
                return None, {""}
            if escaped in _CLASS_ESCAPES:
                return None, None
            if escaped in _CHARACTER_ESCAPES:
                char = _CHARACTER_ESCAPES[escaped]
            elif not escaped or escaped.isalnum():
                raise _Unread
            else:
                char = escaped
        elif char in "^$":
            return None, {""}
        elif char == ".":
            return None, None
        elif char in "*+?{":
            raise _Unread
        else:  # a run of characters, but for the last if a repeat follows it
            run = _CHARACTERS.match(self.source, self.at)
            assert run is not None  # the pattern matches no character too
            end = run.end()
            end -= end > self.at and self.source.startswith(("*", "+", "?", "{"), end)
            char += self.source[self.at : end]
            self.at = end
        phrases = {caseless(char)}
        return phrases, phrases  # neither is changed: joining and repeating make new sets

    def group(self) -> _Part:
        """A group, after its "(": a lookaround matches no character."""
        head = _GROUP_HEAD.match(self.source, self.at)
        if head is None:  # flags, a back reference, a condition, a comment
            raise _Unread
        self.at = head.end()
        found = self.alternation()
        if not self.source.startswith(")", self.at):
            raise _Unread
        self.at += 1
        return (None, {""}) if head.group(0) in ("?=", "?!", "?<=", "?<!") else found

    def character_class(self) -> None:
        """Skip a class of characters, after its "[" ("]" first is one of them)."""
        try:
            self.at = _class_end(self.source, self.at)
        except IndexError:
            raise _Unread from None

    def repeated(self, anchors: set[str] | None, phrases: set[str] | None) -> _Part:
        """A part read, and the repeat after it if there is one."""
        char = self.source[self.at : self.at + 1]
        if char in ("?", "*", "+"):
            self.at += 1
            least, most = {"?": (0, 1), "*": (0, None), "+": (1, None)}[char]
        elif char == "{" and (count := _COUNT.match(self.source, self.at)):
            self.at = count.end()
            least, most = int(count.group(1) or 0), None
        else:
            return anchors, phrases
        self.at += self.source.startswith(("?", "+"), self.at)  # lazy or possessive
        return (anchors if least else None), (phrases | {""} if phrases is not None and most == 1 else None)


#: The most phrases that consecutive parts are joined into.
_MOST_PHRASES = 64


def _required(phrases: set[str]) -> set[str] | None:
    """Phrases as anchors: none if one of them is empty."""
    return None if "" in phrases else phrases


def _better(one: set[str] | None, other: set[str] | None) -> set[str] | None:
    """The better of two sets of anchors: the longer shortest phrase, then the fewer."""
    if one is None or other is None:
        return one or other
    return max(one, other, key=lambda phrases: (min(map(len, phrases)), -len(phrases)))


def _class_end(source: str, at: int) -> int:
    """Where a class of characters ends, from after its "[" ("]" first is one of them);
    :class:`IndexError` if it does not."""
    at += source.startswith("^", at)
    at += source.startswith("]", at)
    while source[at] != "]":
        at += 2 if source[at] == "\\" else 1
    return at + 1


#: What repeats the part before it.
_REPEATS = ("?", "*", "+", "{")
#: What matches no character before a group of alternatives: a lookaround, a word boundary.
_ZERO_WIDTH = regexes.compile(r"\\[bB]|\((?=\?<?[=!])")


def _options(source: str, at: int) -> tuple[list[str], int] | None:
    """The alternatives of a pattern from ``at`` to the ")" that closes the group ``at`` is
    in (or to the end), and where they end; ``None`` if a group among them captures: it
    would have another number once moved."""
    options: list[str] = []
    depth, start = 0, at
    for token in _TOKENS.finditer(source, at):
        char = token.group(0)
        if char == "(":
            if not source.startswith("?", token.end()) or source.startswith("?P<", token.end()):
                return None
            depth += 1
        elif char == ")":
            if not depth:
                options.append(source[start : token.start()])
                return options, token.start()
            depth -= 1
        elif char == "|" and not depth:
            options.append(source[start : token.start()])
            start = token.end()
    options.append(source[start:])
    return options, len(source)


#: The parts of a pattern that :func:`_options` reads: runs of characters that neither open
#: nor close a group nor separate alternatives, escapes, classes of characters, and those three.
_TOKENS = regexes.compile(r"[^\\\[()|]+|\\.|\[\^?\]?(?:[^\]\\]|\\.)*\]|.", re.DOTALL)


#: The characters, other than its two cases, that a pattern ignoring case takes for a letter
#: (``tests/test_text.py`` checks every character).
_OTHER_CASES = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
#: The most alternatives one is distributed into (:func:`_distributed`). (Sixteen left whole the
#: alternatives that open with a weekday or a month, or with a few optional words before the
#: verb of a commitment: each such one splits the tree, and every word is tried against each
#: piece. Sixty-four makes the date phrases' pattern 4x quicker, the cues' a third quicker.)
_MOST_DISTRIBUTED = 64


def branched(source: str, flags: int = 0) -> str:
    """A pattern that finds what ``source`` finds, its alternatives as a tree of their first
    characters: ``(?:a|ont) reçu|accueilli`` is read as ``a(?: reçu|ccueilli)|ont reçu``.

    Where a match may start, the engine (``_sre``) tries the alternatives one after the
    other, entering each: a large cue's hundred alternatives cost a hundred tries at every
    word. It passes over an alternative that starts with a plain character or class the
    text does not hold at that place without entering it, not one that ignores case; so the
    first character of each branch of the tree is written as the class of its cases, case
    not ignored (« (?-i:[aA]) »); and in a short branch of the tree's first level, which is
    tried at every word, as one branch per case (« (?-i:a)…|(?-i:A)… »): a plain character is
    passed over several times quicker than a class (deeper, or in a long branch, that would
    grow the pattern too much). The same matches, in the same order: an alternative is only
    moved before others that start with another character (no text holds a character both
    match: a letter is not a digit, nor « à »), never past one that may start with its
    own; an alternative that opens with a group of them is one alternative per option
    (``(?:a|ont) reçu`` tries ``a reçu``, then ``ont reçu``, and ``(?:le )?lundi`` tries
    ``le lundi``, then ``lundi``); a group that captures is left in place, and the pattern
    with it. An alternative that opens with lookarounds or word boundaries and a group (a
    cue's ``(?<![\\w])(?:…)``) has that group's alternatives as a tree. Alternatives that end
    alike (those distributed from one group end with what followed it) are a tree of what
    differs, then that end, once (:func:`_common_tail`); below the first level, so is each run
    of consecutive alternatives that end alike (:func:`_tails_shared`)."""
    found = _options(source, 0)
    if found is None or flags & re.VERBOSE or _GLOBAL_FLAGS.match(source):
        return source
    return _tree(found[0], bool(flags & re.IGNORECASE))


#: Flags set at the head of a pattern, for the whole of it.
_GLOBAL_FLAGS = regexes.compile(r"\(\?[aiLmsux]+\)")


def _tree(
    alternatives: list[str], ignore_case: bool, first_level: bool = True, after_character: bool = False
) -> str:
    """Alternatives as a tree of their first characters (see :func:`branched`); at its
    ``first_level``, a letter's cases as branches apart in a branch of up to
    :data:`_SPLIT_REST` characters. ``after_character``: the tree follows a character of the
    branch it is in, so that its first part opens no alternative of an enclosing one."""
    distributed = [part for whole in alternatives for part in _distributed(whole)]
    if first_level and len(distributed) > 1:
        distributed = [moved for part in distributed for moved in _checked_after_first(part, ignore_case)]
    tail = _common_tail(distributed)
    if tail:
        heads = [alternative[: len(alternative) - len(tail)] for alternative in distributed]
        return (
            f"(?:{_tree(heads, ignore_case, first_level, after_character)}){_opening_tree(tail, ignore_case)}"
        )
    if not first_level:
        distributed = _tails_shared(distributed, ignore_case)
    branches: list[tuple[str, list[str]] | str] = []  # (first character, what follows it), or an alternative
    since: dict[str, list[str]] = {}  # the branches a later alternative may join, by first character
    for alternative in distributed:
        first = _first(alternative, ignore_case)
        if first is None:
            branches.append(_inner_tree(alternative, ignore_case, first_level))
            since = {key: rests for key, rests in since.items() if _apart(key, alternative)}
        elif first in since:
            since[first].append(_after_first_character(alternative))
        else:
            since[first] = [_after_first_character(alternative)]
            branches.append((first, since[first]))
    written = []
    alone = len(branches) == 1
    for branch in branches:
        if isinstance(branch, str):
            written.append(branch)
            continue
        first, rests = branch
        rest = rests[0] if len(rests) == 1 else _grouped(_tree(rests, ignore_case, False, True))
        if not (ignore_case and first.isalpha()) or (alone and after_character):
            # (a branch alone after a character is no alternative that the engine may pass over:
            # its letter ignores case, two words of code where a class of its cases takes six)
            written.append(_written(first) + rest)
        elif first_level and len(rest) <= _SPLIT_REST:
            written.extend(f"(?-i:{case}){rest}" for case in _cases(first))
        else:
            written.append(f"(?-i:[{''.join(_cases(first))}]){rest}")
    return "|".join(written)


def _opening_tree(tail: str, ignore_case: bool) -> str:
    """The end that alternatives share (:func:`_common_tail`), the group of alternatives it opens with, if
    it does, as a tree: ``(?<![\\w])(?:…)|(?<=\\bl')(?:…)`` is ``(?:(?<![\\w])|(?<=\\bl'))(?:…)``, and the
    tree of the group's hundred alternatives (a title's words, each tried one after the other wherever one
    may start) was lost in it, written once as it stood."""
    found = _options(tail, 3) if tail.startswith("(?:") else None
    if found is None or len(found[0]) < 2 or tail[found[1] + 1 : found[1] + 2] in _REPEATS:
        return tail
    return f"(?:{_tree(found[0], ignore_case, first_level=False)}){tail[found[1] + 1 :]}"


def _grouped(tree: str) -> str:
    """A tree as the rest of a branch: in a group if it is alternatives, as it is if one
    (``e(?:n(?:c…`` for a word alone in its branch was as long to read as its letters)."""
    found = _options(tree, 0)
    return tree if found is not None and len(found[0]) == 1 else f"(?:{tree})"


def _tails_shared(alternatives: list[str], ignore_case: bool) -> list[str]:
    """Alternatives, each run of consecutive ones that end alike (:func:`_common_tail`) as one:
    the tree of what differs, then that end once. ``a X|ont X`` finds what ``(?:a|ont) X``
    finds, in the same order; but a tree made of each apart held a copy of ``X`` for each
    (distributed from one group below the tree's first level, ``(?:a|avait|avaient) X`` in the
    branch of ``a``: `` X``, ``vait X``, ``vaient X``). Below the first level only: there, each
    alternative is one the engine passes over without entering it when its first character
    is not the text's, and one that opens with a group it enters."""
    shared: list[str] = []
    start = 0
    while start < len(alternatives):
        end, tail = start + 1, ""
        while end < len(alternatives) and (longer := _common_tail(alternatives[start : end + 1])):
            end, tail = end + 1, longer
        if tail:
            heads = [alternative[: len(alternative) - len(tail)] for alternative in alternatives[start:end]]
            shared.append(f"(?:{_tree(heads, ignore_case, first_level=False)}){tail}")
        else:
            shared.append(alternatives[start])
        start = end
    return shared


def _common_tail(alternatives: list[str]) -> str:
    """The longest end that every alternative has, as a whole part of each (it starts where
    a part of it does, outside any group or class, and is not what repeats the part before
    it): alternatives distributed from one group (:func:`_distributed`) end alike, with what
    followed the group, and ``(?:a|ont) reçu`` written ``a reçu|ont reçu`` as a tree held a
    copy of it for each (a cue of a few hundred characters became a pattern of a megabyte,
    read at every start). ``(?:a|ont) reçu`` finds what ``a reçu|ont reçu`` finds, in the same
    order. Empty if the end is shorter than :data:`_SHORTEST_TAIL`, or there are not two."""
    if len(alternatives) < 2:
        return ""
    shortest = min(map(len, alternatives))
    common = 0
    while common < shortest and len({alternative[-1 - common] for alternative in alternatives}) == 1:
        common += 1
    if common < _SHORTEST_TAIL:
        return ""
    first = alternatives[0]
    for start in sorted(_part_starts(first)):
        tail = first[start:]
        if len(tail) > common:
            continue
        if len(tail) < _SHORTEST_TAIL:
            return ""
        if not tail.startswith(_REPEATS) and all(
            len(alternative) - len(tail) in _part_starts(alternative) for alternative in alternatives[1:]
        ):
            return tail
    return ""


#: The shortest end of alternatives written once for all (:func:`_common_tail`).
_SHORTEST_TAIL = 16


def _part_starts(source: str) -> set[int]:
    """Where a part of a pattern (a character, an escape, a class, a group) starts outside any
    group: where the pattern may be cut in two that follow each other. In a run of characters,
    each one is a part, but what repeats the one before it and a count (``{0,2}``)."""
    starts, depth = set(), 0
    for token in _TOKENS.finditer(source):
        char = token.group(0)
        if not depth:
            starts.add(token.start())
            counted = False  # within a count
            for at, each in enumerate(char if char[0] not in "\\[()|" else "", token.start()):
                counted = (counted or each == "{") and each != "}"
                if not counted and each not in "?*+}":
                    starts.add(at)
        depth += char == "("
        depth -= char == ")"
    return starts


#: The longest branch of a tree's first level whose letter's cases are branches apart: a longer
#: one, twice, would grow the pattern (and the time to load it) more than it saves.
_SPLIT_REST = 500


def _cases(letter: str) -> str:
    """The characters a pattern ignoring case takes for a lower-case ASCII letter."""
    return letter + letter.upper() + _OTHER_CASES.get(letter, "")


def _first(alternative: str, ignore_case: bool) -> str | None:
    """The character every match of an alternative starts with, in lower case if case is
    ignored: a letter, a digit, a character of :data:`_PLAIN` (a space, an apostrophe, a comma…), or
    an ASCII character escaped (``\\ ``, ``\\-``, as :func:`re.escape` writes a phrase's spaces and
    hyphens), that does not repeat; ``None`` if unknown. (An escaped one was unknown: each anchor of
    many words, ``will\\ make\\ a\\ stop``, was a branch of its own in a tree of hundreds, tried one
    after the other at every character; and one that opens with a comma parted the branches of a cue.)"""
    written = _FIRST_CHARACTER.match(alternative)
    if written is None or alternative.startswith(_REPEATS, written.end()):
        return None
    first = written.group()[-1]
    return first.lower() if ignore_case else first


#: Characters other than letters and digits that stand for themselves at the start of an alternative.
_PLAIN = " ',;:/\"%&<>=@~!-"
#: The first character of an alternative that :func:`_first` knows, as written.
_FIRST_CHARACTER = regexes.compile(rf"[A-Za-z0-9{re.escape(_PLAIN)}]|\\[ -/:-@\[-`{{-~]")


def _after_first_character(alternative: str) -> str:
    """What follows the first character of an alternative that :func:`_first` knows."""
    return alternative[2:] if alternative.startswith("\\") else alternative[1:]


def _written(first: str) -> str:
    """A character that :func:`_first` gives, as a pattern's source writes it."""
    return first if first.isalnum() or first in _PLAIN else "\\" + first


def _apart(first: str, alternative: str) -> bool:
    """Whether no match of an alternative (of no known first character) can start with the
    character ``first`` (see :func:`_first`): it starts with a digit (``\\d``) and ``first``
    is none, or with a character beyond ASCII that no case of an ASCII one is (« à »)."""
    if _DIGIT_FIRST.match(alternative):
        return not first.isdigit()
    if _SPACE_FIRST.match(alternative):
        return first != " "
    head = alternative[:1]
    return not head.isascii() and head not in _ASCII_CASES and alternative[1:2] not in ("?", "*", "{")


#: An alternative that starts with a digit.
_DIGIT_FIRST = regexes.compile(r"\\d(?:\+|\{[1-9]|(?![?*{]))")
#: An alternative that starts with a space (``\\s``).
_SPACE_FIRST = regexes.compile(r"\\s(?:\+|\{[1-9]|(?![?*{]))")
#: The characters beyond ASCII that a pattern ignoring case takes for ASCII ones.
_ASCII_CASES = frozenset("".join(_OTHER_CASES.values()))


def _distributed(alternative: str) -> list[str]:
    """An alternative that opens with a group of alternatives, as one per option, in order
    (``(?:a|ont) reçu``: ``a reçu``, ``ont reçu``), the group's absence last if it is
    optional (``(?:le )?lundi``: ``le lundi``, ``lundi``, as a greedy "?" tries them); as it
    is if the group repeats otherwise, or if that would make more than :data:`_MOST_DISTRIBUTED`."""
    if not alternative.startswith("(?:"):
        return [alternative]
    found = _options(alternative, 3)
    if found is None:
        return [alternative]
    options, end = found
    rest = alternative[end + 1 :]
    if rest.startswith("?") and not rest.startswith(("??", "?+")):
        rest = rest[1:]
        options = [*options, ""]
    elif rest.startswith(_REPEATS):
        return [alternative]
    parts = [part for option in options for part in _distributed(option + rest)]
    return parts if len(parts) <= _MOST_DISTRIBUTED else [alternative]


def _checked_after_first(alternative: str, ignore_case: bool) -> list[str]:
    """An alternative that opens with lookbehinds, word boundaries or the start (``^``), then parts
    whose first character is known (:func:`_first`), as one alternative per first character, that
    checks them after it: ``(?<!la )(?:rencontre|entretien)`` is ``r(?<!(?:la ).)(?:encontre)`` and
    ``e(?<!(?:la ).)(?:ntretien)``; ``\\bau`` is ``a(?<!\\w.)(?:u)``; ``^at`` is ``a(?<=^.)(?:t)``, and
    ``^\\s*at`` the spaces at the start (``\\s(?<=^\\s)\\s*at``, tried first, as ``*`` tries them) or
    ``^at``. The same matches: what looks behind a place looks behind the next one with one
    character more (``.`` takes that character, which is no line break), and a word boundary
    before a letter or digit is no letter, digit or "_" before it, before a space or an
    apostrophe one after a word's character. Where alternatives
    are tried one after the other (a cue's, at every word), the engine passes over one that starts
    with a character the text does not hold there without entering it; one that opens with a
    lookbehind it entered, and tried, at every word (ten lookbehinds before « rencontre »: a third
    of the time of the largest cues). An alternative of any other kind is given as it is."""
    if alternative.startswith("^\\s*") and not alternative.startswith(_REPEATS, 4):
        # (at the start, spaces or none: the spaces first, as "*" tries them, then the rest at once)
        return [
            f"\\s(?<=^\\s)\\s*{alternative[4:]}",
            *_checked_after_first("^" + alternative[4:], ignore_case),
        ]
    checks: list[str] = []  # each, as it reads one character further on
    at = 0
    while True:
        if alternative.startswith("\\b", at):
            checks.append("\\b")
            at += 2
        elif alternative.startswith("^", at):
            checks.append("^")
            at += 1
        elif alternative.startswith(("(?<!", "(?<="), at) and (found := _options(alternative, at + 4)):
            checks.append(f"{alternative[at : at + 4]}(?:{alternative[at + 4 : found[1]]}).)")
            at = found[1] + 1
        else:
            break
    if not checks or alternative[at:].startswith(_REPEATS):
        return [alternative]
    rests: dict[str, list[str]] = {}  # what follows each first character, in order
    for part in _distributed(alternative[at:]):
        first = _first(part, ignore_case)
        if first is None:
            return [alternative]
        rests.setdefault(first, []).append(_after_first_character(part))
    return [
        _written(first)
        + "".join(_after_first(check, first) for check in checks)
        + "(?:"
        + "|".join(rest)
        + ")"
        for first, rest in rests.items()
    ]


def _after_first(check: str, first: str) -> str:
    """A check of :func:`_checked_after_first` as it reads after the character ``first``."""
    if check == "^":
        return "(?<=^.)"
    if check != "\\b":
        return check
    return "(?<!\\w.)" if first.isalnum() else "(?<=\\w.)"


def _inner_tree(alternative: str, ignore_case: bool, first_level: bool) -> str:
    """An alternative that opens with lookarounds or word boundaries and a group of
    alternatives, that group as a tree (its first level as ``first_level`` says, see
    :func:`_tree`); any other as it is."""
    at = 0
    while head := _ZERO_WIDTH.match(alternative, at):
        if head.group(0) != "(":
            at = head.end()
        elif found := _options(alternative, at + 1):
            at = found[1] + 1
        else:
            break
    if at == 0 or not alternative.startswith("(?:", at) or (found := _options(alternative, at + 3)) is None:
        return alternative
    options, end = found
    if alternative[end + 1 : end + 2] in _REPEATS:
        return alternative
    return f"{alternative[:at]}(?:{_tree(options, ignore_case, first_level)}){alternative[end + 1 :]}"


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
