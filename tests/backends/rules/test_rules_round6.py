"""Parties, topics, outcomes and encounters as a sixth reading of real communiqués found
them; every sentence invented, none of them an eval case's."""

from __future__ import annotations

import pytest
from support import read_offline

from communique.normalise.topics import topics_in
from communique.schema import Topic


def _record(text: str, published: str = "2026-05-06"):  # type: ignore[no-untyped-def]
    return read_offline(text, published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They reviewed the fight against terror financing through charities.", {Topic.MONEY_LAUNDERING}),
        ("Les échanges ont porté sur le financement des groupes terroristes.", {Topic.MONEY_LAUNDERING}),
        (
            "They reviewed the financing of terrorism and the terrorist threat in the region.",
            {Topic.MONEY_LAUNDERING, Topic.TERRORISM},
        ),
    ],
)
def test_the_financing_of_terrorism_alone_is_money_laundering(text: str, expected: set[Topic]) -> None:
    assert topics_in(text) == expected


def test_offering_to_share_experience_is_an_exchange_of_expertise() -> None:
    assert Topic.EXPERTISE_EXCHANGE in topics_in("The guests said they would share their long experience of riot control.")
