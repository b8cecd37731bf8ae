"""Mojibake: text decoded upstream with the wrong code page, put right when it is unambiguous.

A page saved or pasted after a wrong decoding carries its accents as pairs or triples of
other characters, and a reader then meets « IntÃ©rieur », "Ghanaâ€™s" or « reçu ŕ
Lomé » where the names it must copy are « ThÃ©rÃ¨se » or « Irčne »:

- UTF-8 read as Windows-1252 or Latin-1: « Ã© » for « é », « Ã  » for « à », « â€™ »
  for « ’ »;
- UTF-8 read as Windows-1250 (a Central European code page): « Ă© » for « é », « Ă  »
  for « à »;
- Windows-1252 read as Windows-1250: « ŕ » for « à », « č » for « è », « ę » for « ê ».

Each run of such characters is read back as the bytes it came from and decoded again;
it is replaced only when that gives a letter or a punctuation mark of a French or English
text (the Latin letters of U+00A0–U+017F, the typographic quotes and dashes, «€»), and
only when the text holds two runs or more, or one of the three-byte runs of punctuation
(« â€™ »), which no text writes. The third kind has no such proof in its letters, which
Czech, Slovak or Polish names hold (« Kovačić »): a text is read back from Windows-1250
only when « ŕ » stands alone as a word, as « à » does in every French text and « ŕ »
in none. Once a text is known mis-read, what a copy lost is restored too: the no-break
space of « Ã  » made a plain space, the last byte of « ” » (9D, a control character in
the code page) dropped from « â€ ». Every pass is one scan of the text (linear time).

A text whose every non-ASCII character became "?" (« Coop?ration ») lost its letters
instead of misreading them: :mod:`~communique.ingest.qmarks` puts them back, last.
"""

from __future__ import annotations

import re

from communique import regexes
from communique.ingest import accents, qmarks


def _decoded(byte: int, codec: str) -> str:
    """The character a code page reads a byte as (its Latin-1 reading where the code
    page has none, as browsers do)."""
    try:
        return bytes([byte]).decode(codec)
    except UnicodeDecodeError:
        return chr(byte)


def _encoded(text: str, codec: str) -> bytes | None:
    """The bytes a code page wrote ``text`` from, or ``None`` if it cannot have."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode(codec)
        except UnicodeEncodeError:
            if ord(char) > 0xFF:
                return None
            out.append(ord(char))  # a byte the code page has no character for, read as Latin-1
    return bytes(out)


def _plausible(char: str) -> bool:
    """Whether a character is one a French or English text is written with."""
    code = ord(char)
    return 0xA0 <= code <= 0x17F or 0x2010 <= code <= 0x203A or code in (0x20AC, 0x2122, 0x0192)


def _follow(codec: str) -> str:
    """The characters of a continuation byte (80–BF) in a character class: as the code
    page reads it, and as Latin-1 does (a C1 control)."""
    return "".join(re.escape(_decoded(b, codec)) + re.escape(chr(b)) for b in range(0x80, 0xC0))


def _runs(codec: str) -> re.Pattern[str]:
    """The runs a UTF-8 character leaves when read with ``codec``: a lead of two bytes
    (U+0080–U+017F: C2–C5) and one continuation, or the lead E2 (punctuation) and two."""
    two = "".join(re.escape(_decoded(b, codec)) for b in range(0xC2, 0xC6))
    three = re.escape(_decoded(0xE2, codec))
    return regexes.compile(f"{three}[{_follow(codec)}]{{2}}|[{two}][{_follow(codec)}]")


_CODECS = ("cp1252", "cp1250")
_RUNS = {codec: _runs(codec) for codec in _CODECS}
#: The lead of « à » (C3 A0) before a plain space (its no-break space lost) and a word:
#: « Ã  la », « Ã la », « Ă  la ».
_LOST_SPACE = {codec: regexes.compile(f"{re.escape(_decoded(0xC3, codec))}  ?(?=\\w)") for codec in _CODECS}
#: « â€ » (E2 80) without its last byte: the 9D of « ” », which no code page has a
#: character for, dropped by a copy.
_LOST_LAST = {
    codec: regexes.compile(
        f"{re.escape(_decoded(0xE2, codec) + _decoded(0x80, codec))}(?![{_follow(codec)}])"
    )
    for codec in _CODECS
}
#: A lead of a three-byte run: « â » in both code pages.
_PUNCTUATION_LEAD = "â"


def _utf8_back(text: str, codec: str) -> tuple[str, int]:
    """``text`` with the runs of UTF-8 read as ``codec`` decoded again, and how many."""
    found = [m for m in _RUNS[codec].finditer(text) if _repair_run(m.group(), codec) is not None]
    if not found or (len(found) < 2 and not any(m.group().startswith(_PUNCTUATION_LEAD) for m in found)):
        return text, 0
    parts, last = [], 0
    for match in found:
        parts += [text[last : match.start()], _repair_run(match.group(), codec) or match.group()]
        last = match.end()
    parts.append(text[last:])
    # « Ã  » whose no-break space a copy made a plain space: « à », once the text is known mis-read;
    # « â€ » whose last byte (9D, no character in the code page) a copy dropped: « ” »
    repaired = _LOST_SPACE[codec].sub("\u00e0 ", "".join(parts))
    return _LOST_LAST[codec].sub("\u201d", repaired), len(found)


def _repair_run(run: str, codec: str) -> str | None:
    data = _encoded(run, codec)
    if data is None:
        return None
    try:
        char = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return char if len(char) == 1 and _plausible(char) else None


#: « à » read from Windows-1252 as Windows-1250, standing alone as a word.
#: (The letter first, and what stands before it checked behind it: the engine skips to each « ŕ »,
#: where a pattern that opens with a look behind is tried at every place of the text.)
_LONE_A = regexes.compile(r"[ŕŔ](?<!\w[ŕŔ])(?!\w)")
#: The letters Windows-1250 reads where Windows-1252 wrote a French one.
_CP1250_LETTERS = str.maketrans(
    {
        c1250: c1252
        for b in range(0x80, 0x100)
        if (c1250 := _decoded(b, "cp1250")) != (c1252 := _decoded(b, "cp1252"))
        and c1250.isalpha()
        and c1252.isalpha()
    }
)


def repair(text: str) -> tuple[str, str | None]:
    """``text`` with its mojibake put right, and a note saying which, if any was."""
    repaired, how = text, []
    names = {"cp1252": "Windows-1252", "cp1250": "Windows-1250"}
    runs = {codec: sum(1 for _ in _RUNS[codec].finditer(text)) for codec in _CODECS}
    # the code page with more runs first: « â€™ » is a run of both
    for codec in sorted(_CODECS, key=lambda codec: -runs[codec]):
        name = names[codec]
        if not runs[codec] and repaired is text:
            continue  # none to put right (most texts): not looked for again
        for _ in range(2):  # a page decoded wrongly twice ("ÃƒÂ©") is put right in two passes
            repaired, count = _utf8_back(repaired, codec)
            if not count:
                break
            if f"UTF-8 read as {name}" not in how:
                how.append(f"UTF-8 read as {name}")
    if _LONE_A.search(repaired):
        repaired = repaired.translate(_CP1250_LETTERS)
        how.append("Windows-1252 read as Windows-1250")
    notes = [f"mis-decoded characters put right ({', '.join(how)})"] if how else []
    # letters replaced by "?" (a copy of ASCII only): put back by their words (:mod:`.qmarks`)
    repaired, lost = qmarks.repair(repaired)
    if lost is not None:
        notes.append(lost)
    # French written without accents at all (a keyboard without them): put back by its words (:mod:`.accents`)
    repaired, stripped = accents.repair(repaired)
    if stripped is not None:
        notes.append(stripped)
    if not notes:
        return text, None
    return repaired, "; ".join(notes)
