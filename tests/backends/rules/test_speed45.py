"""The offline reader's patterns spared the sentences they cannot match (speed45): each screen
still lets through what its pattern finds. Every sentence invented."""

from __future__ import annotations

from communique.backends.rules import narrative
from communique.backends.rules.encounters import _blanked


def test_an_arrival_before_what_is_to_come_is_blanked_only_in_sentences_that_tell_an_arrival() -> None:
    pattern = narrative._ARRIVED_THEN_TO_COME
    # (and a departure before what is to come, fix48: "left Accra on Tuesday for Dakar, where he will meet")
    assert set(pattern.anchors or ()) == {"arrived", "arrivé", "left", "departed", "quitté"}
    other = "Le ministre a reçu son homologue du Kalemba mardi à Doruvo."
    for _ in range(40):  # (enough for the screen to read its words)
        assert _blanked(pattern, other) == other
    arrival = "M. Sékou Lamine est arrivé mardi au Kalemba et rencontrera le ministre."
    told = "est arrivé mardi au Kalemba"
    assert _blanked(pattern, arrival) == arrival.replace(told, " " * len(told))
