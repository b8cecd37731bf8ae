"""Careless input, round 58: a French file saved in Mac Roman, a communiqué saved from a
mail client as a whole MIME message, outputs written inside the folder read, files told
apart by their ending alone, and a file named like an option."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from fakeserver import FakeOpenAI, RecordedRequest, chat_auto
from runner import run
from support import env

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


def _translating(request: RecordedRequest) -> Any:
    """A model that gives each paragraph back marked as translated."""
    import re

    paragraph = re.findall(r"<communique>\n(.*?)\n</communique>", request.messages[1]["content"], re.S)[-1]
    return chat_auto({"text": f"EN {paragraph}"})


@pytest.mark.parametrize("inside", ["english", "."], ids=["a-subfolder", "the-folder-itself"])
def test_translations_written_inside_the_folder_read_are_not_read_again(
    fake_openai: FakeOpenAI, tmp_path: Path, inside: str
) -> None:
    """Was: a second run (``--resume`` after a stop, or ``--force``) read the translations
    of the first as communiqués: ``brief.en.en.txt`` asked of the model, or, beside them,
    "already in" counted for inputs that were outputs."""
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    for number in range(2):
        (briefs / f"brief-{number}.txt").write_text(f"Le ministre a reçu son homologue numéro {number}.\n")
    out = briefs / inside
    fake_openai.responder = _translating
    first = run("translate", str(briefs), "-d", str(out), env=env(fake_openai))
    assert first.returncode == 0, first.stderr
    written = sorted(path.name for path in out.glob("*.en.txt"))
    assert written == ["brief-0.en.txt", "brief-1.en.txt"]
    (out / "brief-1.en.txt").unlink()  # as if the first run had been stopped
    resumed = run("translate", str(briefs), "-d", str(out), "--resume", env=env(fake_openai))
    assert (
        resumed.returncode == 0
        and resumed.stderr.splitlines()[-1].startswith("communique: 1 done")
        and "1 already in" in resumed.stderr
    ), resumed.stderr
    forced = run("translate", str(briefs), "-d", str(out), "--force", env=env(fake_openai))
    assert forced.returncode == 0 and "2 done" in forced.stderr, forced.stderr
    assert sorted(path.relative_to(out).as_posix() for path in tmp_path.rglob("*.en*.txt")) == written


@pytest.mark.parametrize("name", ["records.md", "records.txt"])
def test_records_written_inside_the_folder_read_are_not_read_on_the_next_run(
    tmp_path: Path, name: str
) -> None:
    """Was: the second run refused (« records.md is also an input: writing there would
    replace it ») even with --force: the records of the first read as a communiqué."""
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    (briefs / "brief.txt").write_text(TEXT)
    output = briefs / name
    first = run("summarise", str(briefs), "--backend", "rules", "-f", "md", "-o", str(output))
    assert first.returncode == 0 and "1 done" in first.stderr, first.stderr
    again = run("summarise", str(briefs), "--backend", "rules", "-f", "md", "-o", str(output), "--force")
    assert again.returncode == 0 and "1 done" in again.stderr, again.stderr
    assert output.read_text(encoding="utf-8").count("Gérald Darmanin") >= 1


def test_an_output_in_the_folder_read_that_links_to_an_input_is_still_refused(tmp_path: Path) -> None:
    """The output left out of the folder is the link, never the communiqué it points to."""
    (tmp_path / "brief.txt").write_text(TEXT)
    (tmp_path / "records.md").symlink_to(tmp_path / "brief.txt")
    result = run(
        "summarise", str(tmp_path), "--backend", "rules", "-o", str(tmp_path / "records.md"), "--force"
    )
    assert result.returncode == 2 and "brief.txt" not in result.stdout and "is also an input" in result.stderr
    assert (tmp_path / "brief.txt").read_text() == TEXT


def test_files_that_differ_by_their_ending_or_folder_alone_each_give_their_record(tmp_path: Path) -> None:
    """Was: ``x.txt`` beside ``x.md`` (a copy saved as Markdown) both named ``x``, then both
    ``folder/x``: the second failed, « give each document its own id »."""
    briefs = tmp_path / "briefs"
    for name in ("a/x.txt", "a/x.md", "b/x.txt", "b/X.txt"):
        (briefs / name).parent.mkdir(parents=True, exist_ok=True)
        (briefs / name).write_text(TEXT)
    result = run("summarise", "briefs", "--backend", "rules", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    ids = [json.loads(line)["document"]["id"] for line in result.stdout.splitlines()]
    assert ids == ["briefs/a/x.md", "briefs/a/x.txt", "X", "briefs/b/x"]


def test_a_file_whose_name_begins_with_a_dash_is_shown_how_to_be_named(tmp_path: Path) -> None:
    """Was: « No such option: -x » alone, for ``-x.txt``, a file that is there."""
    (tmp_path / "-x.txt").write_text(TEXT)
    result = run("summarise", "-x.txt", "--backend", "rules", cwd=tmp_path)
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1, result.stderr
    assert "No such option: -x" in result.stderr and "./-x.txt" in result.stderr and "--" in result.stderr
    named = run("summarise", "--backend", "rules", "--", "-x.txt", cwd=tmp_path)
    assert named.returncode == 0 and "Gérald Darmanin" in named.stdout, named.stderr


def test_a_communique_of_the_folder_named_as_the_output_is_never_replaced(tmp_path: Path) -> None:
    """A run's own cards are left out of the folder it reads (above); a communiqué of the user's that a
    careless ``-o`` names is not one, even with --force: it is still read, and the run is refused."""
    (tmp_path / "brief.txt").write_text(TEXT)
    (tmp_path / "notes.md").write_text(TEXT)
    result = run(
        "summarise", str(tmp_path), "--backend", "rules", "-o", str(tmp_path / "notes.md"), "--force"
    )
    assert result.returncode == 2 and "is also an input" in result.stderr, result.stderr
    assert (tmp_path / "notes.md").read_text() == TEXT
