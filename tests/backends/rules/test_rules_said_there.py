"""The host introduced in the sentence before the encounter, then a pronoun inside its
words (« l'audience qu'il a accordée à », "an audience she granted to") and a sentence that
says where what he said was said (« Il s'exprimait lors de », "She made the remarks
during"): he takes part, and what he called for is what was discussed. Every sentence
invented, none of them an eval case's."""

from __future__ import annotations

import pytest
from support import read_offline


@pytest.mark.parametrize(
    ("text", "host", "guest", "topic"),
    [
        ("Le commandant de la gendarmerie, le colonel Bakary Sanogo, a insisté sur la lutte contre le trafic de "
         "drogue dans la région. Il a fait cette déclaration lundi lors de l'audience qu'il a accordée aux "
         "responsables de la police nigérienne conduits par M. Hamidou Garba.",
         "Bakary Sanogo", "Hamidou Garba", "drug_trafficking"),
        ("The Police Commissioner, Ms. Grace Wanjiru, has called for closer cooperation against cybercrime. "
         "She made the remarks on Monday during an audience she granted to a delegation of the Tanzanian police "
         "led by Mr. Juma Mrisho.",
         "Grace Wanjiru", "Juma Mrisho", "cybercrime"),
    ],
)  # fmt: skip
def test_the_host_introduced_before_an_audience_takes_part_and_his_words_are_its_topics(
    text: str, host: str, guest: str, topic: str
) -> None:
    (meeting,) = read_offline(text, "2026-05-06").meetings
    roles = {p.name: p.role.value for p in meeting.participants}
    assert roles.get(host) == "host" and guest in roles
    assert topic in {t.value for t in meeting.topics}


def test_an_audience_before_the_encounter_told_does_not_open_it() -> None:
    # « après l'audience qu'il a accordée à X, le ministre a reçu Y »: Y's reception is told
    text = (
        "Après l'audience qu'il a accordée à l'ambassadeur du Ghana, M. Kofi Boateng, le ministre de "
        "l'Intérieur, M. Issa Diallo, a reçu mardi à Conakry son homologue sierra-léonais, M. Alpha Kamara."
    )
    record = read_offline(text, "2026-05-06")
    assert any("Alpha Kamara" in {p.name for p in m.participants} for m in record.meetings)
