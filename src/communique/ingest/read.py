"""Read: from bytes, a file or stdin to text, then to a :class:`~communique.schema.Source`.

Decodes the input (UTF-8, with or without BOM; UTF-16 and UTF-32 with a BOM;
Windows-1252, ISO-8859-15, Mac Roman or Latin-1 with a note), refuses what is binary, empty or over the size
limit, and hands the text to :func:`communique.ingest.parse.parse`. Files are read
through :func:`read_limited`: regular files only (a FIFO would block, ``/dev/zero``
never ends), and never more than the limit and one byte.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
import stat
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from communique import regexes
from communique.errors import InputError
from communique.ingest.mail import mime_text
from communique.ingest.parse import parse
from communique.schema import Source
from communique.text import quoted
from communique.version import MADE_BY

#: Default largest input accepted, in bytes; ``COMMUNIQUE_MAX_BYTES`` changes it.
DEFAULT_MAX_BYTES = 1_000_000


def decode(data: bytes, *, name: str = "input", max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, list[str]]:
    """Decode raw bytes to text. UTF-32 and UTF-16 by their BOM, UTF-16 of Latin text
    without one, then UTF-8 (a BOM is dropped); text in Windows-1252, Mac Roman or Latin-1 is
    accepted with a note; binary data (a NUL byte anywhere but after the text, or many
    control bytes at the start) is refused. NUL bytes that only follow the text (a file
    written in blocks, a C string's end) are left out with a note: the whole text was
    refused as a binary file."""
    if len(data) > max_bytes:
        raise too_large(name, len(data), max_bytes)
    if not data.strip():
        raise InputError(f"{name} is empty")
    if (marked := by_its_mark(data, name=name)) is not None:
        return marked, [f"{name} decoded as {_wide_encoding(data)}"]
    if (kind := _document_kind(data)) is not None:
        raise InputError(f"{name} is {kind}, not text: save or export its text first (a .txt file)")
    if (ours := made_by_a_run(data[:MARK_BYTES], data[-MARK_BYTES:])) is not None:
        raise InputError(
            f"{name} is {ours} communique wrote, not a communiqué: name the communiqué's own text"
        )
    if (wide := _utf16_without_bom(data)) is not None:
        return wide[0], [f"{name} decoded as UTF-16 ({wide[1]}-endian, without a byte-order mark)"]
    notes: list[str] = []
    if data.endswith(b"\x00") and b"\x00" not in (text := data.rstrip(b"\x00")) and text.strip():
        # NUL bytes after the text alone: a C string's end, a file written in blocks and cut short
        notes.append(f"{name} ends with {len(data) - len(text):,} NUL bytes after its text; left out")
        data = text
    if b"\x00" in data or _control_ratio(data[:8192]) > 0.05:
        raise InputError(f"{name} looks like a binary file, not text")
    if (message := mime_text(data, name=name)) is not None:
        return message, [*notes, f"{name} is an e-mail message: its text decoded as the message says"]
    try:
        return data.decode("utf-8-sig"), notes
    except UnicodeDecodeError:
        pass
    decoded, label, mixed = _legacy(data.removeprefix(codecs.BOM_UTF8))
    if mixed:
        return decoded, [
            *notes,
            f"{name} is not UTF-8 throughout; decoded as UTF-8 where it is, as {label} elsewhere",
        ]
    return decoded, [*notes, f"{name} is not UTF-8; decoded as {label}"]


def _legacy(data: bytes) -> tuple[str, str, bool]:
    """Bytes that are not UTF-8 as text, line by line: a line that is UTF-8 as such, any
    other as Windows-1252 (Latin-1 where it has a byte Windows-1252 leaves undefined), or
    all as Mac Roman if that reads more of their words as French (was: a file TextEdit or
    an old Word for Mac saved read as Latin-1, its accents control characters dropped,
    « Grald Darmanin a reu »). A file may be UTF-8 in part: front matter a UTF-8 tool wrote above a Latin-1 text,
    files put end to end (``cat``); the whole read as Windows-1252 made every accent of
    its UTF-8 lines two letters (« Visite Ã  Rabat »). Also the encoding said, and whether
    a line of letters outside ASCII was UTF-8."""
    lines: list[str | bytes] = []
    mixed = False
    for line in data.splitlines(keepends=True):
        try:
            lines.append(line.decode("utf-8"))
            mixed = mixed or not line.isascii()
        except UnicodeDecodeError:
            lines.append(line)
    legacy = b"".join(part for part in lines if isinstance(part, bytes))
    codec, label = (
        ("mac_roman", "Mac Roman")
        if _inner_letters(legacy.decode("mac_roman")) > _inner_letters(legacy.decode("cp1252", "replace"))
        else ("iso8859_15", "ISO-8859-15")
        if _latin9(legacy)
        else ("cp1252", "Windows-1252")
    )
    text = []
    for part in lines:
        if isinstance(part, str):
            text.append(part)
            continue
        try:
            text.append(part.decode(codec))
        except UnicodeDecodeError:  # a byte Windows-1252 leaves undefined (Mac Roman has none)
            text.append(part.decode("latin-1"))
            label = "Latin-1"
    return "".join(text), label, mixed


#: What only ISO-8859-15 (Latin-9) reads as French: « € » (0xA4, Windows-1252's « ¤ ») by
#: an amount (« 50 000 € », « 12 M€ », « €50 »), and « œ » or « Œ » (0xBD, 0xBC: Windows-1252's
#: « ½ », « ¼ ») before a letter, as in « c\xbdur », « \xbcuvre ». A « ¤ » by no number (a
#: bullet, a mark of Windows-1252) says nothing (was: any 0xA4 made the text Latin-9, a
#: Windows-1252 « ¤ » read « € »); so does « ½ » after a letter alone (« x½ »).
_LATIN9 = re.compile(rb"[0-9][ \xa0]?(?:[kKmM]d?s?[ \xa0]?)?\xa4|\xa4[ \xa0]?[0-9]|[\xbc\xbd](?=[A-Za-z])")
#: The bytes Windows-1252 gives printable signs (« € » 0x80, « œ » 0x9C, curly quotes) and
#: ISO-8859-15 control characters: one of them says the text is Windows-1252.
_CP1252_ONLY = re.compile(rb"[\x80-\x9f]")


def _latin9(data: bytes) -> bool:
    """Whether bytes that are not UTF-8 are ISO-8859-15 rather than Windows-1252: the
    two differ in eight bytes, of which ISO-8859-15 gives French its « € », « œ » and
    « Œ ». Was: read as Windows-1252, « 50 ¤ », « c½ur », « man½uvre ». Decided by those bytes
    and what is around them: no byte only Windows-1252 prints, and one that ISO-8859-15 reads
    as French where it stands (:data:`_LATIN9`); Windows-1252 when nothing says Latin-9
    (its « Š », « Ž », « Ÿ » are too rare to tell it by; Windows-1252's « ´ », often an
    apostrophe, stays)."""
    return _LATIN9.search(data) is not None and _CP1252_ONLY.search(data) is None


#: A French letter outside ASCII inside a word (« Intérieur », « reçu »): what text in the
#: right legacy encoding is full of. Mac Roman and Windows-1252 give these letters bytes
#: the other reads as symbols or capitals (Mac Roman's « é », 0x8E, is Windows-1252's « Ž »,
#: Windows-1252's 0xE9 Mac Roman's « È »); Windows-1252's curly quotes, which Mac Roman
#: reads as « í ì î », stand at a word's edge, not inside it.
_INNER_LETTER = regexes.compile(r"(?<=[a-zA-Z])[àâäçéèêëîïôöùûüœ](?=[a-z])")


def _inner_letters(text: str) -> int:
    """How many French letters outside ASCII ``text`` has inside its words."""
    return len(_INNER_LETTER.findall(text))


def by_its_mark(data: bytes, *, name: str) -> str | None:
    """The text of ``data`` if it begins with the byte-order mark of UTF-32 or UTF-16 (as
    Windows tools save "Unicode" text: PowerShell's ``>`` writes UTF-16), decoded as that
    mark says; None without one. Bytes the mark belies are an :class:`InputError`."""
    encoding = _wide_encoding(data)
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(f"{name} is not valid {encoding} text") from None


def _wide_encoding(data: bytes) -> str | None:
    """UTF-32 or UTF-16, if ``data`` begins with its byte-order mark (UTF-32's first: its
    little-endian mark begins like UTF-16's)."""
    return next((encoding.upper() for boms, encoding in _WIDE if data.startswith(boms)), None)


#: How far from a file's start and from its end :func:`made_by_a_run` looks.
MARK_BYTES = 512
#: How a record begins, pretty (``json``) or on one line (``jsonl``), a BOM before it or not.
_RECORD = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*\{\s*"schema_version"\s*:\s*"[^"]*"\s*,\s*"document"\s*:')
#: How a line of ``--errors`` begins.
_FAILURE = re.compile(rb'\A\{"id": (?:"(?:[^"\\]|\\.)*"|null), "input": ')
#: The head of the CSV of records (``communique.export.text.to_csv``; a test holds them equal).
CSV_HEAD = b"document_id,language,published,source,is_meeting_report,"


def made_by_a_run(head: bytes, tail: bytes) -> str | None:
    """What a run's output is, by the ``head`` and ``tail`` (:data:`MARK_BYTES` each) of
    its file: records (JSON or JSON Lines, by their shape; CSV, by its head), failures
    (``--errors``), a page of them (HTML) or readable cards (Markdown), the last two by
    :data:`~communique.version.MADE_BY`; None for anything else. Was: an output written
    into the folder read (``-o briefs/records.md``) was read back as a communiqué by the
    next run, its own summaries taken for news."""
    if _RECORD.match(head):
        return "a record"
    if _FAILURE.match(head):
        return "a list of failures"
    if head.removeprefix(codecs.BOM_UTF8).startswith(CSV_HEAD):
        return "a table of records"
    if _MADE_BY in head or _MADE_BY in tail:
        return (
            "a page of records" if head.lstrip().lower().startswith(b"<!doctype html") else "readable cards"
        )
    return None


_MADE_BY = MADE_BY.encode()


#: Documents that are not text, by how their files begin: what a user may give by
#: mistake for the communiqué's text, named so that the error says what to do.
_DOCUMENTS = (
    (b"%PDF-", "a PDF document"),
    (b"{\\rtf", "an RTF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc)"),
    (b"PK\x03\x04", "a ZIP archive (a .docx, .odt or .zip file)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """The text of UTF-16 written without a byte-order mark (as some Windows tools and
    exports save "Unicode" text), and its byte order (``little`` or ``big``), if
    ``data`` is that: every other byte is NUL in text of the Latin script (the high
    byte of each character), the others never are, and it decodes to text without
    control characters. Such a file was refused as binary, for its NUL bytes."""
    if len(data) < 8 or len(data) % 2:
        return None
    sample = data[:8192]
    even, odd = sample[0::2], sample[1::2]
    for high, low, order in ((odd, even, "little"), (even, odd, "big")):
        if high.count(0) < 0.6 * len(high) or low.count(0):
            continue
        try:
            text = data.decode(f"utf-16-{order[0]}e")
        except UnicodeDecodeError:
            continue
        controls = sum(1 for char in text[:4096] if char < " " and char not in "\t\n\r\f")
        if controls <= 0.01 * min(len(text), 4096):
            return text, order
    return None


def _document_kind(data: bytes) -> str | None:
    """What a file that is not text is, by its first bytes, if it is a known kind (a ZIP
    archive by what it holds, :data:`_ZIPPED`)."""
    kind = next((kind for head, kind in _DOCUMENTS if data.startswith(head)), None)
    if data.startswith(_ZIP):
        return next((kind for held, kind in _ZIPPED if held in data), kind)
    return kind


#: How a ZIP archive begins.
_ZIP = b"PK\x03\x04"
#: The documents that are ZIP archives, by a name or a type they hold: a Word or an
#: OpenDocument text saved as ``.txt`` is named as such, not "a ZIP archive (a .docx,
#: .odt or .zip file)" that leaves the user to guess.
_ZIPPED = (
    (b"word/document.xml", "a Word document (.docx)"),
    (b"mimetypeapplication/vnd.oasis.opendocument.text", "an OpenDocument text (.odt)"),
    (b"xl/workbook.xml", "an Excel workbook (.xlsx)"),
    (b"ppt/presentation.xml", "a PowerPoint presentation (.pptx)"),
)


#: Byte-order marks of the wide encodings, and the codec that reads each.
_WIDE = (((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"), "utf-32"), ((b"\xff\xfe", b"\xfe\xff"), "utf-16"))


#: What raises the limit of one document.
RAISE_IT = "set COMMUNIQUE_MAX_BYTES to raise it"


def too_large(name: str, size: int | None, max_bytes: int, *, helps: str = RAISE_IT) -> InputError:
    """The refusal of an input over the limit (of a size unknown when not read to its end),
    saying what ``helps``."""
    what = f"is {size:,} bytes, over" if size is not None else "is over"
    return InputError(f"{name} {what} the limit of {max_bytes:,} bytes ({helps})")


def read_limited(stream: BinaryIO, *, name: str, max_bytes: int, helps: str = RAISE_IT) -> bytes:
    """At most ``max_bytes`` from a stream (stdin, an open file); more is refused
    without reading on (``/dev/zero`` never ends)."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_large(name, None, max_bytes, helps=helps)
    return data


def read_regular(path: Path, *, max_bytes: int, helps: str = RAISE_IT) -> bytes:
    """The bytes of the regular file ``path``: one larger than ``max_bytes`` is refused by
    its size, before any of it is read, and one that grows past it while read by what was
    read (an :class:`~communique.errors.InputError` saying what ``helps``)."""
    with open_regular(path) as handle:
        if (size := os.fstat(handle.fileno()).st_size) > max_bytes:
            raise too_large(str(path), size, max_bytes, helps=helps)
        try:
            return read_limited(handle, name=str(path), max_bytes=max_bytes, helps=helps)
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading if it is a regular file (a symlink to one will do);
    an :class:`~communique.errors.InputError` that says what it is otherwise, or why it
    cannot be opened. Nothing that could block (a FIFO) is opened."""
    try:
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise InputError(f"{path} is a directory, not a file")
        if not stat.S_ISREG(mode):
            raise InputError(f"{path} is not a regular file (a device, a FIFO or a socket); pipe it into '-'")
        return path.open("rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop, on Python 3.11
        raise InputError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None


#: Every byte but the control characters a text does not hold (it may hold tabs, line feeds,
#: form feeds and carriage returns): what is left when these are deleted is the controls.
_NOT_CONTROLS = bytes(b for b in range(256) if not (b < 32 and b not in (9, 10, 12, 13)))


def _control_ratio(sample: bytes) -> float:
    if not sample:
        return 0.0
    controls = len(sample.translate(None, _NOT_CONTROLS))  # counted in C, not byte by byte
    return controls / len(sample)


def read_bytes(
    data: bytes, *, name: str = "input", max_bytes: int = DEFAULT_MAX_BYTES, **known: object
) -> Source:
    """Decode and parse raw bytes (a file's or stdin's content)."""
    text, notes = decode(data, name=name, max_bytes=max_bytes)
    return parse(text, notes=notes, **known)  # type: ignore[arg-type]


def read_text(
    text: object, *, name: str = "the text", max_bytes: int = DEFAULT_MAX_BYTES, **known: object
) -> Source:
    """Parse a text given by a caller of the library: a ``str`` under the input limit
    as a file's bytes are (was: read whatever its size, the megabytes a file may not
    hold taking minutes), or bytes (a ``bytearray`` or ``memoryview`` too), decoded as a
    file's; anything else an :class:`~communique.errors.InputError` (was: ``TypeError:
    expected string or bytes-like object`` from deep inside)."""
    if isinstance(text, bytearray | memoryview):
        text = bytes(text)
    if isinstance(text, bytes):
        return read_bytes(text, name=name, max_bytes=max_bytes, **known)
    if not isinstance(text, str):
        raise InputError(f"{name} must be a str (or bytes), not {type(text).__name__} {quoted(text, 40)}")
    if len(text) > max_bytes or (
        4 * len(text) > max_bytes and len(text.encode("utf-8", "surrogatepass")) > max_bytes
    ):
        raise too_large(name, len(text.encode("utf-8", "surrogatepass")), max_bytes)
    return parse(text, **known)  # type: ignore[arg-type]


def read_path(
    path: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: dt.date | None = None,
    lang: str | None = None,
) -> Source:
    """Read one file; its stem is the document id unless the front matter gives one.
    ``published`` and ``lang`` win over what the file says (``lang`` spares detection)."""
    data = read_regular(path, max_bytes=max_bytes)
    source = read_bytes(data, name=str(path), max_bytes=max_bytes, published=published, lang=lang)
    return source if source.id else replace(source, id=path.stem)
