"""West African names written with an « N' » or « M' » before a capital (« Kouadio N'Guessan », "Paul
M'Bemba") are names, not the end of a title. Every sentence invented, none an eval case's."""

from __future__ import annotations

import pytest
from support import read_offline


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le directeur général de la Police nationale ivoirienne, Kouadio N'Guessan, a reçu mardi à Abidjan son "
         "homologue ghanéen, Kwame Mensah.", "Kouadio N'Guessan"),
        ("Le ministre sénégalais de l'Intérieur, Mamadou N’Diaye, s'est entretenu mardi à Dakar avec l'ambassadeur "
         "de France, M. Jean Dupont.", "Mamadou N’Diaye"),
        ("Congo's Police Commissioner, General Paul M'Bemba, met his Gabonese counterpart, Jean Obiang, in "
         "Brazzaville on Monday.", "Paul M'Bemba"),
        ("Le commissaire général de la Police congolaise, Paul M'Bemba, a reçu mardi à Brazzaville son homologue "
         "gabonais, Jean Obiang.", "Paul M'Bemba"),
    ],
)  # fmt: skip
def test_a_name_with_n_or_m_apostrophe_is_read_whole(text: str, name: str) -> None:
    record = read_offline(text, "2026-03-04")
    people = [p for m in record.meetings for p in m.participants]
    assert name.replace("’", "'") in [(p.name or "").replace("’", "'") for p in people]
    assert all(name[-4:] not in (p.title or "") for p in people)


def test_elision_after_m_is_no_name() -> None:
    record = read_offline(
        "M'a-t-il dit ? Le ministre de l'Intérieur, Ali Sow, a reçu mardi à Dakar l'ambassadeur d'Italie, Marco Rossi.",
        "2026-03-04",
    )
    names = {p.name for m in record.meetings for p in m.participants}
    assert names == {"Ali Sow", "Marco Rossi"}
