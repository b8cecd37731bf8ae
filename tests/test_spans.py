"""Spans: every text-derived field of a record points at its words, for both backends,
and the spans hold against the text (:func:`communique.spans.check`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import EVALS, EXAMPLES
from fakeserver import FakeOpenAI, chat_auto
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError
from runner import run
from support import BRIEF, GOOD_DRAFT, SECRET, model_env

from communique import ingest, spans
from communique.config import resolve
from communique.evals.scoring import score_case
from communique.ingest import parse
from communique.pipeline import Pipeline
from communique.schema import Analysis, Match
from communique.text import fold, fold_map, tidy


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    return Pipeline(resolve({"backend": "rules", "cache": False}))


def _spans_of(record: Analysis) -> dict[str, Any]:
    return {span.field: span for span in record.spans}


# --- folding with a map back to the text ------------------------------------------------


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=80))
def test_the_folded_text_maps_back_to_the_characters_it_comes_from(raw: str) -> None:
    text = tidy(raw)
    folded, offsets = fold_map(text)
    assert folded == fold(raw) and len(offsets) == len(folded)
    assert list(offsets) == sorted(offsets) and all(0 <= at < len(text) for at in offsets)
    for char, at in zip(folded, offsets, strict=True):
        assert char == " " or char in fold(text[at]) or char in text[at].casefold(), (char, text[at])


# --- both backends ------------------------------------------------------------------------


def test_every_field_of_an_example_has_its_words(rules: Pipeline) -> None:
    source = parse(BRIEF)
    record = rules.run(source)
    found = _spans_of(record)
    words = {path: source.text[s.start : s.end] for path, s in found.items()}
    assert words["meetings[0]"] == "s'est entretenu" and words["meetings[0].status"] == "s'est entretenu"
    assert words["meetings[0].date_text"] == "mardi" and found["meetings[0].date_text"].match is Match.EXACT
    assert words["meetings[0].participants[1].name"] == "Fernando Grande-Marlaska"
    assert words["meetings[0].participants[0].title"] == "ministre de l'Intérieur"
    assert (
        words["meetings[0].parties[0]"] == "espagnol" and found["meetings[0].parties[0]"].match is Match.ALIAS
    )
    assert words["meetings[0].outcomes[0].text"].startswith("créer un groupe de travail conjoint")
    # Morocco is a party because the meeting is in Rabat: no word of the text names it so
    assert "meetings[0].parties[1]" not in found and record.meetings[0].parties[1] == "MA"
    assert spans.check(source.text, record) == []


def test_an_announced_meeting_points_at_the_words_that_say_so(rules: Pipeline) -> None:
    source = ingest.read_path(EVALS / "fr-04-se-rendra-jeudi-rome.txt")
    record = rules.run(source)
    status = _spans_of(record)["meetings[0].status"]
    assert record.meetings[0].status.value == "announced"
    assert fold(source.text[status.start : status.end]) == "se rendra"


@pytest.mark.parametrize("case", sorted(EVALS.glob("*.json")), ids=lambda p: p.stem)
def test_names_and_date_phrases_of_every_eval_case_are_found(case: Path, rules: Pipeline) -> None:
    """100 % of names and date phrases have an exact or folded span (rules backend), and
    every span of the record holds against the text."""
    source = ingest.read_path(case.with_suffix(".txt"))
    record = rules.run(source)
    assert spans.check(source.text, record) == []
    found = _spans_of(record)
    for path, family in spans.fields(record):
        if family in ("name", "date", "meeting", "status"):
            assert path in found and found[path].match in (Match.EXACT, Match.FOLDED), path


def test_the_model_path_has_spans_too_and_no_cue(fake_openai: FakeOpenAI) -> None:
    """A model gives no cue: its meetings' own and status spans are missing, the rest is found."""
    fake_openai.enqueue(chat_auto(GOOD_DRAFT))
    settings = resolve({"model": "fake-model", "base_url": fake_openai.base_url, "api_key": SECRET,
                        "mode": "tools", "summaries": "model", "complete": "off"})  # fmt: skip
    source = parse(BRIEF)
    record = Pipeline(settings).run(source)
    found = _spans_of(record)
    assert spans.check(source.text, record) == []
    missing = {path for path, _ in spans.fields(record)} - set(found)
    assert missing == {"meetings[0]", "meetings[0].status", "meetings[0].parties[1]"}
    assert source.text[found["meetings[0].participants[1].name"].start :].startswith(
        "Fernando Grande-Marlaska"
    )
    outcome = found["meetings[0].outcomes[1].text"]  # the model's phrase, found within the longer one
    assert source.text[outcome.start : outcome.end] == "la prochaine réunion de la commission mixte à Madrid"


def test_summarise_prints_the_text_the_spans_index(tmp_path: Path, fake_openai: FakeOpenAI) -> None:
    """``--format text`` is the text as read, front matter gone: the record's offsets
    index it; it analyses nothing, so a configured model is not called."""
    brief = str(EXAMPLES / "rabat-madrid-fr.txt")
    record = Analysis.model_validate_json(run("summarise", brief, "-q").stdout)
    shown = run("summarise", brief, "--format", "text", env=model_env(fake_openai))
    assert shown.returncode == 0 and shown.stderr == "" and fake_openai.requests == []
    text = shown.stdout.removesuffix("\n")
    assert text.startswith("Rabat, 12 février 2026 (MAP) - Le ministre") and "---" not in text
    assert spans.check(text, record) == []
    name = _spans_of(record)["meetings[0].participants[1].name"]
    assert text[name.start : name.end] == "Fernando Grande-Marlaska"
    many = run("summarise", str(EXAMPLES), "--format", "text")
    assert many.returncode == 2 and "writes the text of one communiqué" in many.stderr


# --- finding the right words ------------------------------------------------------------------

TWO_DAYS = (
    "Rabat, 12 mars 2026 (MAP) - Le ministre de l'Intérieur, Abdelouafi Laftit, a reçu mardi à Rabat "
    "l'ambassadeur d'Espagne, Juan Lopez.\n\n"
    "Le ministre de l'Intérieur, Abdelouafi Laftit, a également reçu jeudi à Rabat l'ambassadeur de France, "
    "Pierre Martin.\n"
)


def test_a_phrase_said_twice_is_taken_where_its_meeting_is(rules: Pipeline) -> None:
    source = parse(TWO_DAYS)
    record = rules.run(source)
    assert len(record.meetings) == 2
    found = _spans_of(record)
    second = TWO_DAYS.index("\n\n")
    words = {path: (span.start, source.text[span.start : span.end]) for path, span in found.items()}
    assert words["meetings[1]"] == (TWO_DAYS.index("a également reçu"), "a également reçu")
    # "Rabat" three times, the title and the name twice: each meeting's own
    assert words["meetings[0].location.city"] == (TWO_DAYS.index("Rabat l'amb"), "Rabat")
    assert words["meetings[1].location.city"] == (TWO_DAYS.rindex("Rabat"), "Rabat")
    assert (
        words["meetings[0].participants[0].name"][0] < second < words["meetings[1].participants[0].name"][0]
    )
    assert (
        words["meetings[0].participants[0].title"][0] < second < words["meetings[1].participants[0].title"][0]
    )
    assert spans.check(source.text, record) == []


def test_nearly_the_same_words_are_a_fuzzy_span_with_a_score() -> None:
    text = tidy(
        "Le ministre mauritanien de l'Intérieur et de la Décentralisation a reçu mardi son homologue."
    )
    record = Analysis.model_validate(
        {"document": {"language": "fr"}, "is_meeting_report": True,
         "meetings": [{"kind": "working_meeting", "participants": [
             {"name": None, "title": "ministre de l'Intérieur et de la Décentralisation"},
             {"name": None, "title": "ministre des Finances et du Budget"}]}]}
    )  # fmt: skip
    record.spans = spans.locate(text, record)
    (span,) = record.spans
    assert span.field == "meetings[0].participants[0].title" and span.match is Match.FUZZY
    assert span.score is not None and spans.THRESHOLD <= span.score < 1
    assert text[span.start : span.end] == "ministre mauritanien de l'Intérieur et de la Décentralisation"
    assert spans.check(text, record) == []


def test_looking_for_nearly_the_same_words_is_bounded_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """However often the words recur, a fuzzy search scores at most PLACES runs."""
    text = tidy(
        "Le ministre de l'Intérieur et de la Décentralisation a reçu le ministre de la Justice. " * 2000
    )
    record = Analysis.model_validate(
        {"document": {"language": "fr"}, "is_meeting_report": True,
         "meetings": [{"kind": "working_meeting", "participants": [
             {"title": "ministre délégué de l'Intérieur et de la Décentralisation"}]}]}
    )  # fmt: skip
    scored = 0
    similarity = spans.similarity

    def counting(words: str, value: str) -> float:
        nonlocal scored
        scored += 1
        return similarity(words, value)

    monkeypatch.setattr(spans, "similarity", counting)
    (span,) = spans.locate(text, record)
    assert span.match is Match.FUZZY and text[span.start : span.end].startswith("ministre de l'Intérieur")
    assert scored <= spans.PLACES


def test_check_finds_spans_that_do_not_hold(rules: Pipeline) -> None:
    source = parse(BRIEF)
    record = rules.run(source)
    found = _spans_of(record)
    name = found["meetings[0].participants[1].name"]
    moved = name.model_copy(update={"start": name.start + 1})
    fuzzy = found["meetings[0].date_text"].model_copy(update={"match": Match.FUZZY, "score": 0.99})
    party = found["meetings[0].parties[0]"].model_copy(update={"match": Match.EXACT})
    broken = record.model_copy(update={"spans": [moved, fuzzy, party]})
    assert spans.check(source.text, broken) == [
        f"meetings[0].participants[1].name: [{moved.start}, {moved.end}) cuts a word: 'ernando Grande-Marlaska'",
        "meetings[0].participants[1].name: 'ernando Grande-Marlaska' is not a exact match of 'Fernando Grande-Marlaska'",
        "meetings[0].date_text: 'mardi' is not a fuzzy match of 'mardi'",
        "meetings[0].parties[0]: 'espagnol' is not a exact match of 'ES'",
    ]


# --- the contract ----------------------------------------------------------------------------


def test_a_span_must_point_at_a_value_of_the_record() -> None:
    data = json.loads((EVALS / "en-01-rabat-map-dateline-tuesday.json").read_text())
    good = {"field": "meetings[0].date_text", "start": 0, "end": 3, "match": "exact"}
    Analysis.model_validate({**data, "spans": [good]})
    for bad, why in [
        ({**good, "field": "meetings[5].date_text"}, "does not have"),
        ({**good, "field": "document.id"}, "should match pattern"),
        ({**good, "start": 3}, "not after its start"),
        ({**good, "match": "fuzzy"}, "has a score"),
        ({**good, "score": 0.7}, "has a score"),
    ]:
        with pytest.raises(ValidationError, match=why):
            Analysis.model_validate({**data, "spans": [bad]})
    with pytest.raises(ValidationError, match="two spans"):
        Analysis.model_validate({**data, "spans": [good, good]})


def test_the_scorer_ignores_spans(rules: Pipeline) -> None:
    case = EVALS / "fr-08-ministre-trois-ambassadeurs"
    gold = Analysis.model_validate_json(case.with_suffix(".json").read_text())
    text = case.with_suffix(".txt").read_text()
    record = rules.run(ingest.read_path(case.with_suffix(".txt")))
    assert record.spans
    bare = record.model_copy(update={"spans": []})
    assert score_case(gold, record, text) == score_case(gold, bare, text)
