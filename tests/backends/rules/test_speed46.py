"""The offline reader's quick tests (speed46): a screen's test of its anchors never spares a
sentence its pattern finds something in, and a sentence's recall is read once a document.
Every crafted sentence invented; the eval texts are the project's own."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from communique import injection
from communique.backends.rules import cues, encounters, outcomes
from communique.backends.rules.reader import read
from communique.ingest import parse
from communique.normalise import places
from communique.text import Cue, _caseless_plain, _plain, holds_any, sentences

EVALS = Path(__file__).resolve().parents[3] / "evals"

CRAFTED = [
    "Les deux ministres ont signé mardi à Doruvo un mémorandum d'entente sur la formation des policiers.",
    "The two chiefs agreed to set up a joint working group and to meet again in Kalemba next March.",
    "Pour rappel, le général Tomas Varga avait reçu en 2019 son homologue du Kalemba à Doruvo.",
    "The commissioner held talks by video link with his Lomvaran counterpart on Tuesday.",
    "Nothing was signed; the officials only toured the academy.",
]


def _texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(EVALS.glob("*.txt"))]


def _sentences() -> list[str]:
    read_ = [s for path in sorted(EVALS.glob("*.txt")) for s in sentences(path.read_text(encoding="utf-8"))]
    return [*CRAFTED, *read_]


def test_anchors_are_tested_by_position_each_phrase_in_turn() -> None:
    phrases = ("signé", "talks")
    assert holds_any(phrases, "ont signé mardi") and holds_any(phrases, "held talks")
    assert not holds_any(phrases, "a reçu mardi") and not holds_any((), "anything")
    test = Cue(r"a signé", r"held talks")
    for _ in range(40):  # (the anchors are read after a few dozen texts)
        test.spares("")
    screen = test._holds_an_anchor
    assert isinstance(screen, partial) and screen.args == (test.anchors,) and not screen.keywords


def test_a_screen_never_spares_a_sentence_its_pattern_finds_something_in() -> None:
    screened = [
        value
        for module in (cues, encounters, outcomes)
        for value in vars(module).values()
        if isinstance(value, Cue)
    ] + [cue for cue, _ in cues.MEETING_VERBS]
    assert len(screened) > 30
    texts = _sentences()
    for cue in screened:
        for _ in range(40):
            cue.spares("")
        for sentence in texts:
            if cue.spares(_caseless_plain(sentence)):
                assert cue.pattern.search(_plain(sentence)) is None, (cue.source[:60], sentence)


def test_a_sentence_told_as_background_is_read_once_a_document_and_forgotten_after_it() -> None:
    assert encounters._recalled(CRAFTED[2])
    assert not encounters._recalled(CRAFTED[3])
    for sentence in CRAFTED:
        encounters._recalled(sentence)
    assert encounters._recalled.cache_info().currsize >= len(CRAFTED)
    # the next document read starts with none of the sentences of the one before
    read(parse("Le ministre a reçu mardi à Doruvo son homologue du Kalemba, M. Sekou Lamine.", lang="fr"))
    assert encounters._recalled.cache_info().currsize <= 2


#: The patterns as they were written before their first letter was read once (speed46).
_WORD_BEFORE = r"[^\W_](?:\.[^\W_](?![^\W_]))+|[^\W_]+"
_CAPITALS_BEFORE = r"[A-Z](?<![\w.-][A-Z])(?:\.[A-Z]){1,3}\.(?![A-Za-z])|[A-Z](?<![\w-][A-Z])[A-Z0-9]*(?:-[A-Z0-9]+)*(?![\w-])"
TRICKY = [
    "I.A. A.I. U.S. U.K.E U.S.A. G5-SAHEL EU-US A.B.C.D. .U.S. -EU E-U A. AB. x.U.S. U.S.x Ab.C.D. a.b. É.U.",
    "a b c i.a. etc.a x.y.z. d'i.a ab.c a.bc a.b.cd _a.b_ é.à 1.2.3 a..b snake_case l'I.A. (A.I.)",
]


def test_a_word_of_the_injection_reader_is_found_as_it_was_before_its_first_letter_was_read_once() -> None:
    before = re.compile(_WORD_BEFORE)
    for text in [*TRICKY, *(t.lower() for t in TRICKY), *_texts()]:
        assert injection._WORD.findall(text) == before.findall(text), text


def test_words_in_capitals_are_found_as_they_were_before_their_first_capital_was_read_once() -> None:
    before = re.compile(_CAPITALS_BEFORE)
    for text in [*TRICKY, *_texts()]:
        assert [m.span() for m in places._CAPITALS.finditer(text)] == [
            m.span() for m in before.finditer(text)
        ]
