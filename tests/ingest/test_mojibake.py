"""Text decoded with the wrong code page upstream (mojibake), as users paste it: « IntÃ©rieur »,
"Ghanaâ€™s", « reçu ŕ Lomé ». It is read back when that is unambiguous, and only then."""

from __future__ import annotations

import time

import pytest

from communique.ingest.mojibake import repair
from communique.ingest.parse import parse


def _cp1252(text: str) -> str:
    """``text`` as UTF-8 read by Windows-1252 (a byte it has no character for read as
    Latin-1, as browsers do)."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


FRENCH = (
    "Le ministre de l’Intérieur a reçu à Niamey la directrice générale, Mme Thérèse Ouédraogo, « très tôt »."
)
ENGLISH = "Côte d’Ivoire’s Director-General, Youssouf Koné, discussed “joint patrols” – and more."


@pytest.mark.parametrize("clean", [FRENCH, ENGLISH])
def test_utf8_read_as_windows_1252_is_read_back(clean: str) -> None:
    repaired, note = repair(_cp1252(clean))
    assert repaired == clean
    assert note is not None and "UTF-8 read as Windows-1252" in note


def test_utf8_read_as_windows_1250_is_read_back() -> None:
    garbled = FRENCH.encode("utf-8").decode("cp1250")
    assert "Ă©" in garbled
    assert repair(garbled) == (FRENCH, "mis-decoded characters put right (UTF-8 read as Windows-1250)")


def test_windows_1252_read_as_windows_1250_is_read_back_when_a_lone_a_proves_it() -> None:
    clean = "Il a reçu à Lomé Mme Irène Dossou-Gbèto pour la première fois ; c’est une œuvre commune."
    garbled = clean.encode("cp1252").decode("cp1250")
    assert " ŕ " in garbled and "Irčne" in garbled
    assert repair(garbled) == (clean, "mis-decoded characters put right (Windows-1252 read as Windows-1250)")


def test_a_page_decoded_wrongly_twice_is_read_back() -> None:
    assert repair(_cp1252(_cp1252("la délégation était là")))[0] == "la délégation était là"


def test_a_no_break_space_lost_after_the_lead_of_a_grave_a_is_read_back() -> None:
    garbled = _cp1252("la délégation à Rabat").replace("\u00a0", " ")
    assert repair(garbled)[0] == "la délégation à Rabat"


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre croate, M. Davor Kovačić, a reçu M. Jan Hamáček à Zagreb.",  # Central European names
        "LA SÛRETÉ… NATIONALE",  # « É » then an ellipsis: no UTF-8 pair of a French text
        "Ã",  # one lead alone
        "The Chief Constable, Mr Åke Björk, met Mr Ñúñez in São Paulo.",
        "plain ASCII text",
    ],
)
def test_genuine_text_is_left_as_it_is(text: str) -> None:
    assert repair(text) == (text, None)


def test_a_single_pair_of_two_bytes_is_not_enough_proof() -> None:
    assert repair("Il a dit Ã©") == ("Il a dit Ã©", None)
    assert repair("Ghanaâ€™s police")[0] == "Ghana’s police"  # a three-byte run is proof enough


def test_the_repair_is_linear_on_a_long_line() -> None:
    line = ("Ã" * 50_000) + ("â€" * 50_000) + ("ŕ" * 50_000)
    started = time.process_time()
    repair(line)
    assert time.process_time() - started < 2


def test_parse_reads_a_garbled_page_back_and_says_so() -> None:
    source = parse(_cp1252("Niamey, le 14 mai 2026 – " + FRENCH))
    assert "Thérèse Ouédraogo" in source.text and "Ã" not in source.text
    assert source.published is not None and source.published.isoformat() == "2026-05-14"
    assert any("mis-decoded characters put right" in note for note in source.notes)


def test_utf8_read_as_latin_1_is_read_back() -> None:
    assert repair(ENGLISH.encode("utf-8").decode("latin-1"))[0] == ENGLISH


def test_a_closing_quote_whose_last_byte_a_copy_dropped_is_read_back() -> None:
    garbled = _cp1252("He said “joint patrols” in Côte d’Ivoire.").replace("\x9d", "")
    assert repair(garbled)[0] == "He said “joint patrols” in Côte d’Ivoire."
