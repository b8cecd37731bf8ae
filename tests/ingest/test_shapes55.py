"""A record does not depend on the shape its page comes in: ``scripts/shapes.py``'s
transformations (web debris around the text, lines cut at a width with and without
hyphens, a PDF's running heads and page numbers, spaces, typography, the headline in
capitals or twice, the lead repeated as an excerpt, HTML, Markdown), each applied to a
deterministic sample of the eval and world cases, leave the fields the scorer scores as
they are on the text as written."""

from __future__ import annotations

import hashlib
from types import ModuleType

import pytest
from conftest import EVALS, LAYOUT_CASES
from support import load_script

import communique
from communique.ingest import parse
from communique.pipeline import Pipeline

#: Cases read under every transformation: about one in forty of the eval and world cases, but
#: those whose layout is what they test (a width would cut their lines into other texts). A case
#: is drawn by a digest of its own name, not by a seeded draw over the whole set, so adding a case
#: never brings an older one into the sample: only the new case itself can enter it.
SHARE = 40
CASES = sorted(
    p
    for p in [*EVALS.glob("*.txt"), *(EVALS / "world").glob("*.txt")]
    if p.stem not in LAYOUT_CASES and int(hashlib.sha256(p.stem.encode()).hexdigest(), 16) % SHARE == 0
)


@pytest.fixture(scope="module")
def shapes() -> ModuleType:
    return load_script("shapes")


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    return Pipeline(communique.configure({"backend": "rules", "cache": False}))


@pytest.fixture(scope="module")
def as_written(shapes: ModuleType, rules: Pipeline) -> dict[str, tuple[object, ...]]:
    return {p.stem: shapes.record(rules, p.read_text(encoding="utf-8"), p.name) for p in CASES}


@pytest.mark.parametrize("name", list(load_script("shapes").TRANSFORMATIONS))
def test_a_reshaped_text_gives_the_same_record(
    shapes: ModuleType, rules: Pipeline, as_written: dict[str, tuple[object, ...]], name: str
) -> None:
    changed = [
        p.stem
        for p in CASES
        if shapes.record(rules, shapes.reshaped(name, p.read_text(encoding="utf-8"), p.stem), p.name)
        != as_written[p.stem]
    ]
    assert changed == []


@pytest.mark.parametrize(
    ("name", "body", "shown"),
    [
        # a consent banner's buttons, a share line with its "this", an office's phone: no text of the record
        ("cookie-banner", "Le ministre a reçu hier son homologue.\n", "Accepter  Refuser  Personnaliser"),
        ("share-buttons", "The minister received his counterpart.\n", "Share this: Facebook"),
        ("footer", "The minister received his counterpart.\n", "Tel: +44"),
    ],
)
def test_the_shapes_are_made_and_read_away(shapes: ModuleType, name: str, body: str, shown: str) -> None:
    """Each transformation makes the shape it says (so that the check above checks it) and
    ingest reads it away."""
    reshaped = shapes.reshaped(name, f"---\nlang: {'fr' if 'ministre' in body else 'en'}\n---\n{body}", "x")
    assert shown in reshaped
    assert shown not in parse(reshaped).text
