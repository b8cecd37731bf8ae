"""Work the offline pipeline no longer does (the fifty-first speed session): each test says that
what is now done another, quicker way gives what the old way gave. Behaviour only, never timings.
Every sentence and name invented."""

from __future__ import annotations

import re

import pytest

from communique import regexes
from communique.backends.rules.sides import _misspelt, _undoubled
from communique.normalise.dates import _normalise


@pytest.mark.parametrize(
    "word", ["", "a", "mohammed", "aaa", "aaaa", "abba", "hammouchi", "x\n\ny", "zz9 99"]
)
def test_the_first_group_replaces_as_its_template(word: str) -> None:
    """:data:`communique.regexes.FIRST_GROUP` gives what the template ``r"\\1"`` gives: a run of
    three letters loses one of its first two, not two, and a line break is no letter of ``.``."""
    assert _undoubled(word) == re.sub(r"(.)\1", r"\1", word)
    assert re.sub(r"(\w)x", regexes.FIRST_GROUP, word + "ax") == re.sub(r"(\w)x", r"\1", word + "ax")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the 3rd of March", "the 3 march"),
        ("le 1er mars et le 2e avril", "le 1 mars et le 2 avril"),
        ("on the 21st of May 2026", "on the 21 may 2026"),
        ("from 10 of June to 12th of June", "from 10 june to 12 june"),
        ("in 2026 of all years", "in 2026 of all years"),
    ],
)
def test_a_day_is_read_without_its_ordinal_or_of(text: str, expected: str) -> None:
    """The day of a date loses its ordinal's ending and the "of" before its month, as the templates
    did; a year is no day (four figures)."""
    assert _normalise(text) == expected


def test_names_spelt_twice_are_still_one_person() -> None:
    """Two spellings of one name apart by a doubled letter are one person's; a different surname is not."""
    assert _misspelt("karim bennani", "karim benani")
    assert _misspelt("sofia lindqvist", "sofia lindqvisst")
    assert not _misspelt("karim bennani", "karim bertrand")
