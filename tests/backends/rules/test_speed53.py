"""Work the offline reader no longer does (the fifty-third speed session): each test says that what is
now asked once, later or not at all gives what was given before. Behaviour and counts of calls only,
never timings. Every sentence and name invented."""

from __future__ import annotations

import pytest

from communique.backends.rules import encounters, fields, kinds
from communique.backends.rules.encounters import _meeting_cue


@pytest.mark.parametrize(
    ("sentence", "denial_asked", "met"),
    [
        (
            "The weather over the harbour was mild all week.",
            False,
            False,
        ),  # no one to meet: no denial looked for
        ("Commissioner Ilias Brandt met his counterpart Karin Voss in Tallinn on Monday.", True, True),
        (
            "Commissioner Ilias Brandt did not meet his counterpart Karin Voss in Tallinn on Monday.",
            True,
            False,
        ),
    ],
)
def test_a_denial_is_looked_for_only_where_someone_may_meet(
    sentence: str, denial_asked: bool, met: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The three searches of a denial are made once the sentence names someone who may meet, not before: a
    sentence that names no one tells no encounter, denied or not."""
    asked: list[str] = []
    denied = encounters.denied
    monkeypatch.setattr(encounters, "denied", lambda text: asked.append(text) or denied(text))
    _meeting_cue.cache_clear()
    assert (_meeting_cue(sentence) is not None) is met
    assert bool(asked) is denial_asked
    _meeting_cue.cache_clear()


@pytest.mark.parametrize("end", kinds.AGENCY_ENDS)
def test_every_end_of_an_agency_name_lets_its_pattern_be_tried(end: str) -> None:
    """An agency's name, whichever word ends it, is blanked from the topics' sentence: the words that spare the
    pattern are those it ends with."""
    sentence = f"The officers toured the National Cybercrime Investigation {end} in Valdoria."
    assert kinds.AGENCY_NAME.search(sentence) is not None
    assert fields.holds_any(kinds.AGENCY_ENDS, sentence)


def test_a_sentence_that_names_no_agency_keeps_its_topics() -> None:
    """A sentence without an agency's name is read for topics whole (it is spared the pattern, not its topics)."""
    fields._topics_in.cache_clear()
    sentence = "The two chiefs discussed cybercrime and drug trafficking along the northern border."
    assert not fields.holds_any(kinds.AGENCY_ENDS, sentence)
    assert {topic.value for topic in fields._topics_in(sentence)} >= {"cybercrime", "drug_trafficking"}
    fields._topics_in.cache_clear()
