"""Work the offline reader no longer does (the fifty-third speed session): each test says that what is
now asked once, later or not at all gives what was given before. Behaviour and counts of calls only,
never timings. Every sentence and name invented."""

from __future__ import annotations

import pytest

from communique.backends.rules import encounters, fields, kinds, sides
from communique.backends.rules.encounters import _date_phrases, _dates, _meeting_cue
from communique.backends.rules.reader import read
from communique.ingest import parse


@pytest.mark.parametrize(
    ("sentence", "restated", "said", "expected"),
    [
        # the day of a saying before the words said: only when ``said`` is asked for
        ("Karin Voss said on Tuesday that she had met Ilias Brandt in Tallinn on Monday.", False, False, ["Monday"]),
        ("Karin Voss said on Tuesday that she had met Ilias Brandt in Tallinn on Monday.", False, True,
         ["Tuesday", "Monday"]),
        ("Le ministre Ansel Moreau a déclaré mardi qu'il avait rencontré Piet Vandam le 3 mars 2026.", True, False,
         ["le 3 mars 2026"]),
        ("Le ministre Ansel Moreau a déclaré mardi qu'il avait rencontré Piet Vandam le 3 mars 2026.", True, True,
         ["mardi", "le 3 mars 2026"]),
        # a relative day a full date says again: only when ``restated`` is asked for
        ("The two chiefs met today Tuesday January 17, 2026 in Porto Velho.", False, True,
         ["Tuesday January 17, 2026"]),
        ("The two chiefs met today Tuesday January 17, 2026 in Porto Velho.", True, False,
         ["today", "Tuesday January 17, 2026"]),
        ("The talks, held on Friday, closed on Saturday 14 March 2026.", True, True,
         ["Friday", "Saturday 14 March 2026"]),
    ],
)  # fmt: skip
def test_the_days_of_a_sentence_are_tested_once_for_every_way_they_are_asked(
    sentence: str, restated: bool, said: bool, expected: list[str]
) -> None:
    """:func:`_dates` asked each way gives the phrases it gave when each way tested them anew; the tests are
    made once for the sentence (:func:`_date_phrases`), whichever way is asked first."""
    _date_phrases.cache_clear()
    _dates.cache_clear()
    assert [phrase for _, _, phrase in _dates(sentence, restated=restated, said=said)] == expected
    for other in (False, True):
        _dates(sentence, restated=other, said=not other)
    assert _date_phrases.cache_info().misses == 1


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


_TEXT = (
    "Valdoria, 4 March 2026 - Commissioner Ilias Brandt, who is on a working visit to Valdoria, met his "
    "counterpart Karin Voss on Tuesday. Commissioner Brandt said the two forces would share training."
)


def test_the_new_memos_serve_one_document_and_are_cleared_by_the_next() -> None:
    """The memos of this session (a sentence's days, whether it describes its encounter, where a speaker's
    words begin, who visits) hold only the sentences of the document being read: none grows across a batch."""
    memos = (_date_phrases, encounters._describes, sides._spoken_of, sides._visitor_in)
    read(parse(_TEXT))
    first = [memo.cache_info().currsize for memo in memos]
    read(parse("Un texte sans rencontre, sans date et sans personne."))
    after = [memo.cache_info().currsize for memo in memos]
    assert first[0] > 0
    assert all(size <= 1 for size in after)
