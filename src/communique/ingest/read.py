"""Read: from bytes, a file or stdin to text, then to a :class:`~communique.schema.Source`.

Decodes the input (UTF-8, with or without BOM; Windows-1252 or Latin-1 with a note),
refuses what is binary, empty or over the size limit, and hands the text to
:func:`communique.ingest.parse.parse`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from communique.errors import InputError
from communique.ingest.parse import parse
from communique.schema import Source

#: Default largest input accepted, in bytes; ``COMMUNIQUE_MAX_BYTES`` changes it.
DEFAULT_MAX_BYTES = 1_000_000


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
