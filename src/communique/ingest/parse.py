"""Ingest: from bytes or text to a clean :class:`Source`.

Decodes the input (UTF-8, with or without BOM; Windows-1252 or Latin-1 with a note),
reduces an HTML page to its article, reads the optional front matter, strips web
debris, finds the publication date (front matter, then a dateline such as
``Rabat, 27 janvier 2026 (MAP) -``, then a scraped header line) and the language.
Every refusal is an :class:`~communique.errors.InputError` that says why.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import debris, language
from .dates import parse_absolute
from .errors import InputError
from .text import tidy

#: Default largest input accepted, in bytes; ``COMMUNIQUE_MAX_BYTES`` changes it.
DEFAULT_MAX_BYTES = 1_000_000
SUPPORTED_LANGUAGES = ("fr", "en")
FRONT_MATTER_KEYS = ("id", "published", "source", "url", "lang", "title")


@dataclass(frozen=True)
class Source:
    """A communiqué ready for extraction: its clean text and what is known about it."""

    text: str
    language: str
    id: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    #: Where the publication date came from: "front matter", "dateline", "header" or None.
    published_from: str | None = None
    #: The place of the dateline ("Rabat" in "Rabat, 27 janvier 2026 (MAP) -"), if any.
    dateline: str | None = None
    #: Things the user should know about how the input was read (decoding, HTML, ...).
    notes: tuple[str, ...] = field(default=())


def decode(data: bytes, *, name: str = "input", max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, list[str]]:
    """Decode raw bytes to text. UTF-8 first (a BOM is dropped); text in Windows-1252 or
    Latin-1 is accepted with a note; binary data is refused."""
    if len(data) > max_bytes:
        raise InputError(
            f"{name} is {len(data):,} bytes, over the limit of {max_bytes:,} bytes "
            "(set COMMUNIQUE_MAX_BYTES to raise it)"
        )
    if not data.strip():
        raise InputError(f"{name} is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), [f"{name} decoded as UTF-16"]
        except UnicodeDecodeError as exc:
            raise InputError(f"{name} is not valid UTF-16 text") from exc
    if b"\x00" in data[:8192] or _control_ratio(data[:8192]) > 0.05:
        raise InputError(f"{name} looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    for encoding, label in (("cp1252", "Windows-1252"), ("latin-1", "Latin-1")):
        try:
            return data.decode(encoding), [f"{name} is not UTF-8; decoded as {label}"]
        except UnicodeDecodeError:
            continue
    raise InputError(f"{name} is not text in a known encoding")  # pragma: no cover - latin-1 decodes all


def _control_ratio(sample: bytes) -> float:
    if not sample:
        return 0.0
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(sample)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split an optional ``---`` front-matter block from the text. Values are strings;
    ``# comments`` and surrounding quotes are removed."""
    stripped = text.lstrip("\ufeff")
    if not re.match(r"---[ \t]*\r?\n", stripped):
        return {}, text
    lines = stripped.splitlines()
    try:
        end = next(i for i, line in enumerate(lines[1:], start=1) if line.strip() == "---")
    except StopIteration:
        raise InputError("malformed front matter: the opening '---' has no closing '---'") from None
    meta: dict[str, str] = {}
    for number, line in enumerate(lines[1:end], start=2):
        content = re.sub(r"\s+#.*$", "", line).strip()
        if not content or content.startswith("#"):
            continue
        key, sep, value = content.partition(":")
        key = key.strip().lower()
        if not sep or not re.fullmatch(r"[a-z_][a-z0-9_-]*", key):
            raise InputError(f"malformed front matter: line {number} is not 'key: value': {line.strip()!r}")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        meta[key] = value
    return meta, "\n".join(lines[end + 1 :])


def _parse_published(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(
            f"malformed front matter: published {value!r} is not an ISO date (YYYY-MM-DD)"
        ) from None


_DATELINE = re.compile(
    r"^\s*(?P<place>[A-ZÀ-Ý][\w'’ .-]{1,40}?)\s*,\s*(?P<date>[^()\n]{6,40}?)\s*"
    r"(?:\((?P<agency>[A-Za-z]{2,8})\))?\s*[-–—:]"
)


@dataclass(frozen=True)
class _Dateline:
    place: str
    date: dt.date
    agency: str | None


def _dateline(text: str) -> _Dateline | None:
    """The place, date and agency of a dateline at the head of one of the first
    paragraphs (a headline may come before it)."""
    for line in [line for line in text.splitlines() if line.strip()][:3]:
        match = _DATELINE.match(line)
        if match and (date := parse_absolute(match["date"])) is not None:
            agency = debris.AGENCIES.get((match["agency"] or "").casefold())
            return _Dateline(match["place"].strip(), date, agency)
    return None


def _language(text: str, declared: str | None) -> tuple[str, list[str]]:
    if declared:
        if not re.fullmatch(r"[A-Za-z]{2}(?:[-_][A-Za-z]{2})?", declared.strip()):
            raise InputError(f"lang {declared!r} is not an ISO 639-1 code such as 'fr' or 'en'")
        return declared.strip()[:2].lower(), []
    code, confidence = language.detect(text)
    if code is None:
        raise InputError("cannot tell the language of the text (set 'lang' in the front matter or --lang)")
    return code, ([] if confidence >= 0.3 else [f"language guessed as {code!r} with low confidence"])


def parse(
    text: str,
    *,
    id: str | None = None,
    published: dt.date | None = None,
    source: str | None = None,
    url: str | None = None,
    lang: str | None = None,
    notes: list[str] | None = None,
) -> Source:
    """Build a :class:`Source` from text. Explicit arguments win over the front matter,
    which wins over what is found in the text."""
    notes = list(notes or [])
    text = tidy(text)
    meta, body = split_front_matter(text)
    title = meta.get("title") or None
    if debris.looks_like_html(body):
        body, html_title = debris.html_to_text(body)
        title = title or html_title
        notes.append("HTML page: kept the article text")
    cleaned = debris.strip(body)
    body = cleaned.text
    if not body.strip() or not any(ch.isalpha() for ch in body):
        raise InputError("no text left to analyse after removing front matter and web debris")

    published_from: str | None = None
    if published is not None:
        published_from = "argument"
    elif meta.get("published"):
        published, published_from = _parse_published(meta["published"]), "front matter"
    dateline = _dateline(body)
    if published is None and dateline is not None:
        published, published_from = dateline.date, "dateline"
    if published is None and cleaned.published is not None:
        published, published_from = cleaned.published, "header"

    code, language_notes = _language(body, lang or meta.get("lang"))
    notes.extend(language_notes)
    return Source(
        text=body,
        language=code,
        id=id or meta.get("id") or None,
        published=published,
        source=source or meta.get("source") or (dateline.agency if dateline else None) or cleaned.source,
        url=url or meta.get("url") or None,
        title=title or cleaned.title,
        published_from=published_from,
        dateline=dateline.place if dateline else None,
        notes=tuple(notes),
    )


def read_bytes(
    data: bytes, *, name: str = "input", max_bytes: int = DEFAULT_MAX_BYTES, **known: object
) -> Source:
    """Decode and parse raw bytes (a file's or stdin's content)."""
    text, notes = decode(data, name=name, max_bytes=max_bytes)
    return parse(text, notes=notes, **known)  # type: ignore[arg-type]


def read_path(
    path: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: dt.date | None = None,
    lang: str | None = None,
) -> Source:
    """Read one file; its stem is the document id unless the front matter gives one.
    ``published`` and ``lang`` win over what the file says (``lang`` spares detection)."""
    try:
        if path.is_dir():
            raise InputError(f"{path} is a directory, not a file")
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"{path} is {size:,} bytes, over the limit of {max_bytes:,} bytes "
                "(set COMMUNIQUE_MAX_BYTES to raise it)"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    source = read_bytes(data, name=str(path), max_bytes=max_bytes, published=published, lang=lang)
    return source if source.id else replace(source, id=path.stem)
