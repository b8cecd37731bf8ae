"""Two classes read46 left open: the head of state on whose instructions a minister acts is
no participant, and a minister's visit to a border post of his own country is an internal
event, not a meeting. Every sentence invented, none of them an eval case's."""

from __future__ import annotations

import pytest
from support import only_meeting, read_offline


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("On the instructions of President Amadou Kane, the Minister of the Interior, Mr Yaw Boateng, on Friday "
         "received the Ambassador of Japan, Mr Hiroshi Tanaka, to discuss training for the cyber unit.",
         "Amadou Kane", {"Yaw Boateng", "Hiroshi Tanaka"}),
        ("Acting on the directives of President Amadou Kane, the Inspector-General of Police, Mr Yaw Boateng, met "
         "the visiting Director of the Togolese police, Mr Komi Agbeko, in Accra on Friday.",
         "Amadou Kane", {"Yaw Boateng", "Komi Agbeko"}),
        ("Sur hautes instructions du Président de la République, M. Moussa Diallo, le ministre de la Sécurité, "
         "M. Oumar Sy, a reçu vendredi l'ambassadeur du Portugal, M. Rui Costa, pour évoquer la formation des "
         "policiers.",
         "Moussa Diallo", {"Oumar Sy", "Rui Costa"}),
        ("Conformément aux directives du Président de la République, M. Moussa Diallo, le ministre de la Sécurité, "
         "M. Oumar Sy, s'est entretenu vendredi avec son homologue guinéen, M. Sékou Camara.",
         "Moussa Diallo", {"Oumar Sy", "Sékou Camara"}),
    ],
)  # fmt: skip
def test_the_head_of_state_whose_instructions_are_carried_out_takes_no_part(
    text: str, absent: str, present: set[str]
) -> None:
    names = {p.name for p in only_meeting(text, "2026-04-10").participants}
    assert absent not in names and present <= names


@pytest.mark.parametrize(
    "text",
    [
        "The Minister of the Interior, Mr Yaw Boateng, on Thursday visited the Aflao border post to see how "
        "officers check travellers.",
        "On the instructions of President Amadou Kane, the Minister of the Interior, Mr Yaw Boateng, toured the "
        "Paga border station and spoke with the officers on duty.",
        "Le ministre de l'Intérieur, M. Oumar Sy, s'est rendu jeudi au poste frontière de Kidira pour s'enquérir "
        "des conditions de travail des agents.",
        "Sur instruction du Président de la République, le ministre de la Sécurité, M. Oumar Sy, a visité le poste "
        "frontalier de Moussala.",
    ],
)
def test_a_minister_at_a_border_post_of_his_own_country_is_no_meeting(text: str) -> None:
    assert not read_offline(text, "2026-04-10").is_meeting_report


@pytest.mark.parametrize(
    "text",
    [
        # a border post talked of, at a meeting with a foreign minister
        "Le ministre de l'Intérieur, M. Oumar Sy, a reçu jeudi son homologue malien, M. Bakary Keita. Les "
        "entretiens ont porté sur la situation au poste frontalier de Diboli.",
        # a foreign delegation at the border post, received there
        "A delegation of the Burkinabè police led by Commissioner Issa Ouedraogo on Thursday visited the Paga "
        "border post, where it was received by the regional police commander, Mr Yaw Mensah.",
    ],
)
def test_a_border_post_talked_of_or_visited_by_foreigners_is_still_a_meeting(text: str) -> None:
    assert read_offline(text, "2026-04-10").is_meeting_report
