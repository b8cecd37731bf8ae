"""Ingest: bytes, files, stdin and JSON Lines in; clean :class:`~communique.schema.Source` s out.

- :mod:`~communique.ingest.read`: decoding and size limits, one file or one blob of bytes;
- :mod:`~communique.ingest.parse`: front matter, HTML pages, web debris, publication date, language;
- :mod:`~communique.ingest.mojibake`: text decoded upstream with the wrong code page, read back;
- :mod:`~communique.ingest.debris`: what a web page adds around a communiqué;
- :mod:`~communique.ingest.language`: French or English (or another language);
- :mod:`~communique.ingest.inputs`: many inputs (files, folders, globs, JSON Lines) as one ordered batch.
"""

from __future__ import annotations

from communique.ingest.parse import SUPPORTED_LANGUAGES, iso_date, parse, split_front_matter
from communique.ingest.read import DEFAULT_MAX_BYTES, decode, read_bytes, read_path, read_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_LANGUAGES",
    "decode",
    "iso_date",
    "parse",
    "read_bytes",
    "read_path",
    "read_text",
    "split_front_matter",
]
