"""Careless input, round 58: a French file saved in Mac Roman, a communiqué saved from a
mail client as a whole MIME message."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from runner import run

TEXT = (
    "Paris, le 3 mars 2025 – Le ministre de l'Intérieur, Gérald Darmanin, a reçu jeudi son homologue "
    "espagnol, Fernando Grande-Marlaska, à Paris. Les deux ministres ont signé un accord de coopération "
    "policière contre le trafic de stupéfiants.\n"
)


def _record(path: Path) -> dict[str, Any]:
    result = run("summarise", str(path), "--backend", "rules")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize("encoding", ["mac_roman", "cp1252", "latin-1"])
def test_a_french_file_in_a_legacy_encoding_keeps_its_accents(tmp_path: Path, encoding: str) -> None:
    """Was: a file saved in Mac Roman (TextEdit, old Word for Mac: « é » is byte 0x8E) read
    as Latin-1, its accents control characters then dropped: « Grald Darmanin », « a reu »,
    no meeting read at all."""
    brief = tmp_path / "brief.txt"
    brief.write_bytes(TEXT.replace("–", "-").encode(encoding))
    result = run("summarise", str(brief), "--backend", "rules", "--format", "text")
    assert result.returncode == 0, result.stderr
    assert result.stdout == TEXT.replace("–", "-")
    names = {p["name"] for m in _record(brief)["meetings"] for p in m["participants"]}
    assert names == {"Gérald Darmanin", "Fernando Grande-Marlaska"}


def test_an_english_text_in_windows_1252_with_curly_quotes_is_not_taken_for_mac_roman(tmp_path: Path) -> None:
    """Its ’ “ ” are bytes Mac Roman reads as letters (í ì î): Windows-1252 still reads it."""
    brief = tmp_path / "brief.txt"
    text = "London - The Home Secretary’s “strong partnership” with Spain’s minister was renewed on Monday.\n"
    brief.write_bytes(text.encode("cp1252"))
    result = run("summarise", str(brief), "--backend", "rules", "--format", "text")
    assert result.returncode == 0 and result.stdout == text.replace("’", "'"), result.stderr


#: The text, quoted-printable as a mail client writes it (lines cut by soft breaks).
QUOTED = (
    "Paris, le 3 mars 2025 =E2=80=93 Le ministre de l'Int=C3=A9rieur, G=C3=A9rald=\n Darmanin, a re=C3=A7u "
    "jeudi son homologue espagnol, Fernando Grande-Marlaska=\n, =C3=A0 Paris. Les deux ministres ont sign=C3=A9 "
    "un accord de coop=C3=A9rati=\non polici=C3=A8re contre le trafic de stup=C3=A9fiants.\n"
)
HEADER = (
    "From: Service de presse <presse@interieur.example>\r\nTo: redaction@example.org\r\n"
    "Subject: =?utf-8?q?Visite_du_ministre_=C3=A0_Paris?=\r\nDate: Mon, 3 Mar 2025 10:00:00 +0100\r\n"
    "MIME-Version: 1.0\r\n"
)
MULTIPART = (
    HEADER + 'Content-Type: multipart/alternative; boundary="XYZ"\r\n\r\n--XYZ\r\n'
    'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
    + QUOTED.replace("\n", "\r\n")
    + '\r\n--XYZ\r\nContent-Type: text/html; charset="utf-8"\r\n'
    "Content-Transfer-Encoding: quoted-printable\r\n\r\n<p>Le ministre de l'Int=C3=A9rieur</p>\r\n--XYZ--\r\n"
)
HTML_ONLY = (
    HEADER
    + 'Content-Type: text/html; charset="iso-8859-1"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
    + base64.encodebytes(
        "<html><head><style>p {color: red}</style><script>var x = 1;</script></head>"
        f"<body><p>{TEXT.replace('–', '-')}</p></body></html>".encode("latin-1")
    ).decode()
)


@pytest.mark.parametrize("message", [MULTIPART, HTML_ONLY], ids=["text-and-html", "html-in-base64"])
def test_an_e_mail_message_saved_whole_gives_the_record_of_its_text(tmp_path: Path, message: str) -> None:
    """Was: the message read as it is: « G=C3=A9rald= » and the HTML copy read as text, the
    subject's encoded word the title, no meeting."""
    saved = tmp_path / "communique.eml"
    saved.write_bytes(message.encode("ascii"))
    record = _record(saved)
    assert record["document"]["title"] == "Visite du ministre à Paris"
    assert record["document"]["published"] == "2025-03-03"
    names = {p["name"] for m in record["meetings"] for p in m["participants"]}
    assert names == {"Gérald Darmanin", "Fernando Grande-Marlaska"}
    text = run("summarise", str(saved), "--backend", "rules", "--format", "text").stdout
    assert "=C3" not in text and "<" not in text and "var x" not in text and "color" not in text


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ('Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n', "no text part"),
        ('Content-Type: text/plain; charset="x-klingon"\r\n\r\nLe ministre a re\xe7u son homologue.\r\n', "cannot be decoded"),
    ],
    ids=["only-a-pdf", "unknown-charset"],
)  # fmt: skip
def test_an_e_mail_message_without_a_text_to_read_is_said_in_one_line(
    tmp_path: Path, body: str, said: str
) -> None:
    saved = tmp_path / "communique.eml"
    saved.write_bytes((HEADER + body).encode("latin-1"))
    result = run("summarise", str(saved), "--backend", "rules")
    assert result.returncode == 3 and result.stdout == ""
    assert result.stderr.startswith("communique: error: ") and said in result.stderr
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
