"""Classes of misreading left open after fix42 (fix46). Every sentence invented, none of them an eval case's."""

from __future__ import annotations

import pytest
from support import read_offline


def _names(meeting: object) -> set[str]:
    return {p.name for p in meeting.participants if p.name}  # type: ignore[attr-defined]


# 1. a title-holder named earlier, then told by the title alone
@pytest.mark.parametrize(
    ("text", "holder", "guest"),
    [
        ("The Commissioner of Police, Ama Owusu, on Tuesday received the Director of the Liberian National Police, "
         "Samuel Kollie, at the Police Headquarters in Accra. They discussed border security. The Commissioner "
         "later received the Ambassador of Sierra Leone, John Koroma.",
         "Ama Owusu", "John Koroma"),
        ("Commissioner Ama Owusu on Tuesday received the Director of the Liberian National Police, Samuel Kollie, at "
         "the Police Headquarters in Accra. On Wednesday, the Commissioner of Police received the Ambassador of "
         "Sierra Leone, John Koroma, at his office.",
         "Ama Owusu", "John Koroma"),
        ("Le ministre de l'Intérieur, Paul Mba Obame, a reçu mardi à Libreville l'ambassadeur de France, Jean "
         "Dufour. Les deux hommes ont évoqué la lutte contre le terrorisme. Le ministre a ensuite reçu "
         "l'ambassadeur d'Italie, Marco Bellini.",
         "Paul Mba Obame", "Marco Bellini"),
    ],
)  # fmt: skip
def test_an_office_holder_told_later_by_the_title_alone_is_the_one_named_before(
    text: str, holder: str, guest: str
) -> None:
    meetings = read_offline(text, "2026-03-12").meetings
    later = next(m for m in meetings if guest in _names(m))
    assert holder in _names(later)
    assert all(p.name for p in later.participants)
