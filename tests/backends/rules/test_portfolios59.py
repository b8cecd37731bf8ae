"""A commissioner's portfolio written after his rank (« le Commissaire Paix et Sécurité de l'Union africaine »,
as the African Union's commission names its offices) is his office, not a person named « Paix »: read58fr's test
half gave a participant « Paix »."""

from __future__ import annotations

import pytest
from support import read_offline

PORTFOLIOS = [
    "Niamey, 10 mars 2026 – Le Commissaire Paix et Sécurité de l'Union africaine, M. Bankole Adeoye-Sowande, a été "
    "reçu mardi par le ministre de l'Intérieur, M. Hamadou Souley.",
    "Bamako, 10 mars 2026 – Le ministre de la Sécurité, M. Daouda Koné, a reçu mardi le Commissaire Paix, Sécurité "
    "et Affaires politiques de la CEDEAO, M. Edward Mensah-Quaye.",
]


@pytest.mark.parametrize("text", PORTFOLIOS, ids=["paix-et-securite", "paix-securite-affaires"])
def test_a_portfolio_after_the_rank_is_no_name(text: str) -> None:
    analysis = read_offline(text)
    names = {p.name for m in analysis.meetings for p in m.participants}
    assert analysis.is_meeting_report and "Paix" not in names and len(names - {None}) == 2
