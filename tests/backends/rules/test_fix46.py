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


# 5. the names a headline gives to the office the body tells alone
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minister A. Bello receives the Gambian police chief\n\nThe Minister of Interior on Tuesday received the "
         "Inspector General of the Gambia Police Force at his office in Abuja. The Minister said both forces would "
         "share intelligence on cross-border crime.",
         "A. Bello"),
        ("Le ministre Ousmane Diallo reçoit le chef de la police gambienne\n\nLe ministre de l'Intérieur a reçu "
         "mardi à Dakar l'inspecteur général de la police gambienne. Le ministre a souhaité un meilleur échange "
         "d'informations sur la criminalité transfrontalière.",
         "Ousmane Diallo"),
    ],
)  # fmt: skip
def test_an_office_named_only_in_the_headline_is_named_from_it(text: str, name: str) -> None:
    (meeting,) = read_offline(text, "2026-03-12").meetings
    assert name in _names(meeting)
