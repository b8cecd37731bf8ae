"""Text helpers: the quick tests that spare patterns the texts they cannot match."""

from __future__ import annotations

import re
import sys

from communique.normalise.dates import find_phrases
from communique.text import caseless

#: Every character, so that what a pattern that ignores case takes for a letter is known.
_EVERY_CHARACTER = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code < 0xE000)


def test_caseless_keeps_every_character_a_case_insensitive_pattern_takes_for_a_plain_one() -> None:
    for plain in "abcdefghijklmnopqrstuvwxyz0123456789 '-àâçèéêëîïôùûüœæ":
        for seen in re.findall(re.escape(plain), _EVERY_CHARACTER, re.IGNORECASE):
            assert caseless(seen) == plain, (plain, seen)


def test_date_phrases_in_capitals_and_odd_letters_are_still_found() -> None:
    assert [p[2] for p in find_phrases("Réunion FRİDAY et HİER, puis TUESDAY")] == [
        "FRİDAY",
        "HİER",
        "TUESDAY",
    ]
    assert find_phrases("Aucune date ici.") == []
