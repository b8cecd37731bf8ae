"""Scoring: alignment, name matching, null handling, multisets, summaries, the headline."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from typing import Any

import pytest

from communique.evals.scoring import (
    HEADLINE_METRICS,
    Counts,
    Report,
    Tally,
    aggregate,
    align,
    assign,
    match_names,
    name_match,
    score_case,
    summary_mentions,
)
from communique.schema import Analysis, Document, Meeting, Outcome, Participant, Summary

TEXT = (
    "Copenhague, 3 mars 2026 - Le Directeur général, Jean-Marc Falcone, a reçu mardi à Rabat son homologue "
    "danois, Mikael Wern, puis l'ambassadeur américain John Carter. Les deux parties ont signé un accord."
)
SUMMARY = Summary(
    fr="Le 3 mars 2026 à Rabat, Jean-Marc Falcone a reçu Mikael Wern du Danemark et John Carter des États-Unis.",
    en="On 3 March 2026 in Rabat, Jean-Marc Falcone of Morocco met Mikael Wern of Denmark and John Carter "
    "of the United States; they signed an agreement.",
)


def triple(counts: Counts) -> tuple[int, int, int]:
    return counts.tp, counts.fp, counts.fn


def pair(tally: Tally) -> tuple[int, int]:
    return tally.correct, tally.total


def person(name: str | None, party: str | None = None, title: str | None = None) -> Participant:
    return Participant(name=name, title=title or (None if name else "Ambassadeur"), party=party)


def meeting(
    parties: tuple[str, ...] = ("DK", "MA"), names: tuple[str | None, ...] = (), **fields: Any
) -> Meeting:
    base: dict[str, Any] = {
        "kind": "working_meeting",
        "date": dt.date(2026, 3, 3),
        "location": {"city": "Rabat"},
    }
    return Meeting(parties=list(parties), participants=[person(n) for n in names], **{**base, **fields})


def record(*meetings: Meeting, summary: Summary | None = SUMMARY) -> Analysis:
    return Analysis(
        document=Document(id="case", language="fr", published=dt.date(2026, 3, 3)),
        is_meeting_report=bool(meetings),
        meetings=list(meetings),
        summary=summary,
    )


DK = meeting(
    ("DK", "MA"),
    ("Jean-Marc Falcone", "Mikael Wern"),
    topics=["terrorism", "training"],
    outcomes=[Outcome(type="agreement_signed", text="signé un accord")],
)
US = meeting(("MA", "US"), ("Jean-Marc Falcone", "John Carter"), topics=["extradition"])
FR = meeting(("FR", "IT"), ("Pierre Dupont",), date=dt.date(2026, 3, 1), location={"city": "Paris"})


def test_perfect_prediction_scores_one_everywhere() -> None:
    gold = record(DK, US)
    score = score_case(gold, gold.model_copy(deep=True), TEXT)
    assert score.problems == [] and not score.failed
    assert all(value == 1.0 for value in score.metrics().values()), score.metrics()
    report = aggregate([score, score])
    assert report.headline == 1.0 and report.hallucinated_names == 0
    assert all(value == 1.0 for name, value in report.metrics().items() if name != "hallucinated_names")


def test_more_predicted_than_gold_meetings_are_false_alarms() -> None:
    score = score_case(record(DK), record(US, DK, FR), TEXT)
    assert score.alignment == [(0, 1)]
    meetings = score.counts["meetings"]
    assert (meetings.tp, meetings.fp, meetings.fn) == (1, 2, 0)
    assert meetings.precision == pytest.approx(1 / 3) and meetings.recall == 1.0
    # every party of an unmatched predicted meeting is a false alarm: US, MA of US; FR, IT of FR
    assert triple(score.counts["parties"]) == (2, 4, 0)
    assert pair(score.tallies["date"]) == (1, 1)
    assert "false meeting: predicted 3 (FR, IT; 2026-03-01; Paris)" in score.problems


def test_fewer_predicted_than_gold_meetings_are_misses() -> None:
    score = score_case(record(DK, US), record(US), TEXT)
    assert score.alignment == [(1, 0)]
    assert triple(score.counts["meetings"]) == (1, 0, 1)
    # the unmatched gold meeting's date and city count as wrong
    assert score.tallies["date"].accuracy == 0.5 and score.tallies["location.city"].accuracy == 0.5
    assert score.counts["topics"].fn == 2 and score.counts["outcomes"].fn == 1
    assert score.problems[0] == "missed meeting 1 (DK, MA; 2026-03-03; Rabat)"
    assert not any(p.startswith("date") for p in score.problems)  # one line for the missed meeting


def test_meetings_that_share_nothing_are_not_aligned() -> None:
    score = score_case(record(DK), record(FR), TEXT)
    assert score.alignment == []
    assert score.counts["meetings"].f1 == 0.0
    assert pair(score.tallies["date"]) == (0, 1)


def test_alignment_prefers_the_larger_total_overlap_then_agreeing_dates() -> None:
    # DK overlaps both predictions by MA + Falcone; only the second also shares Wern
    assert align([DK, US], [DK.model_copy(update={"participants": []}), DK]) == [(0, 1), (1, 0)]
    twin = meeting(("DK", "MA"), date=dt.date(2026, 3, 4))
    assert align([twin, meeting(("DK", "MA"))], [meeting(("DK", "MA"))]) == [(1, 0)]


def test_non_meeting_document_with_and_without_false_meetings() -> None:
    gold = record(summary=None)
    quiet = score_case(gold, record(summary=None), TEXT)
    assert quiet.headline == 1.0 and quiet.tallies["is_meeting_report"].accuracy == 1.0
    assert quiet.problems == ["no summary"]
    noisy = score_case(gold, record(DK), TEXT)
    assert noisy.counts["meetings"].f1 == 0.0 and noisy.counts["parties"].precision == 0.0
    assert noisy.tallies["is_meeting_report"].accuracy == 0.0
    assert noisy.tallies["date"].total == 0  # nothing in gold to judge a date against
    assert noisy.problems[:2] == [
        "is_meeting_report true ≠ gold false",
        "false meeting: predicted 1 (DK, MA; 2026-03-03; Rabat)",
    ]


def test_names_fold_case_accents_and_hyphens() -> None:
    assert name_match("Jean-Marc Falcone", "jean marc FALCONE") == 2
    assert name_match("Mikaël Wern", "Mikael Wern") == 2
    score = score_case(
        record(meeting(names=("Jean-Marc Falcone",))), record(meeting(names=("jean marc FALCONE",))), TEXT
    )
    assert score.counts["participants"].f1 == 1.0 and score.hallucinated_names == []


def test_a_surname_alone_matches_the_full_name() -> None:
    assert name_match("Jean-Marc Falcone", "Falcone") == 1
    assert name_match("Fernando Grande-Marlaska", "Grande-Marlaska") == 1
    assert name_match("Khalifa ben Hamad Al Thani", "Al Thani") == 1
    assert name_match("Jean-Marc Falcone", "Jean-Marc") == 0  # a first name is not a surname
    assert name_match("Falcone", "Jean-Marc Falcone") == 0  # nor is a longer name
    # a full match wins over a surname match when both are possible
    assert match_names(["Anna Wern", "Mikael Wern"], ["Wern", "Mikael Wern"]) == [(0, 0), (1, 1)]
    score = score_case(
        record(meeting(names=("Mikael Wern", "John Carter"))), record(meeting(names=("Wern",))), TEXT
    )
    assert triple(score.counts["participants"]) == (1, 0, 1)
    assert "meeting 1: missed participant 'John Carter'" in score.problems


def test_unnamed_participants_are_not_counted() -> None:
    gold = record(meeting(names=("Mikael Wern", None)))
    score = score_case(gold, record(meeting(names=("Mikael Wern",))), TEXT)
    assert triple(score.counts["participants"]) == (1, 0, 0)


@pytest.mark.parametrize(
    ("gold", "predicted", "correct", "total", "problem"),
    [
        (dt.date(2026, 3, 3), dt.date(2026, 3, 3), 1, 1, None),
        (dt.date(2026, 3, 3), dt.date(2026, 3, 2), 0, 1, "meeting 1: date 2026-03-02 ≠ gold 2026-03-03"),
        (dt.date(2026, 3, 3), None, 0, 1, "meeting 1: date missing, gold 2026-03-03"),
        (None, dt.date(2026, 3, 2), 0, 1, "meeting 1: date 2026-03-02, gold has none"),  # an error too
        (None, None, 0, 0, None),  # nothing to judge
    ],
)
def test_dates_and_nulls(
    gold: dt.date | None, predicted: dt.date | None, correct: int, total: int, problem: str | None
) -> None:
    score = score_case(record(meeting(date=gold)), record(meeting(date=predicted)), TEXT)
    assert pair(score.tallies["date"]) == (correct, total)
    assert score.tallies["date"].accuracy == (correct / total if total else 1.0)
    date_problems = [p for p in score.problems if "date" in p]
    assert date_problems == ([problem] if problem else [])


def test_cities_compare_folded_and_a_city_gold_lacks_is_an_error() -> None:
    same = score_case(
        record(meeting(location={"city": "Lomé"})), record(meeting(location={"city": "LOME"})), TEXT
    )
    assert same.tallies["location.city"].accuracy == 1.0
    extra = score_case(
        record(meeting(location={})), record(meeting(location={"city": "Rabat", "country": "MA"})), TEXT
    )
    assert pair(extra.tallies["location.city"]) == (0, 1)
    assert extra.tallies["location.country"].total == 1
    assert "meeting 1: location.city Rabat, gold has none" in extra.problems


def test_outcomes_are_multisets_of_types() -> None:
    def outcomes(*types: str) -> Meeting:
        return meeting(outcomes=[Outcome(type=t, text="un accord") for t in types])

    score = score_case(
        record(outcomes("other", "other", "agreement_signed")),
        record(outcomes("other", "agreement_signed", "agreement_signed")),
        TEXT,
    )
    assert triple(score.counts["outcomes"]) == (2, 1, 1)
    assert "meeting 1: missed outcome 'other'" in score.problems
    assert "meeting 1: false outcome 'agreement_signed'" in score.problems


def test_topics_and_parties_are_micro_counted() -> None:
    score = score_case(
        record(meeting(topics=["terrorism", "training"])),
        record(meeting(("DK", "MA", "US"), topics=["terrorism", "cybercrime"])),
        TEXT,
    )
    assert triple(score.counts["topics"]) == (1, 1, 1)
    assert "meeting 1: false party 'US'" in score.problems
    assert "meeting 1: missed topic 'training'" in score.problems


def test_hallucinated_names_are_those_absent_from_the_text() -> None:
    predicted = record(meeting(names=("jean marc falcone", "Pierre Fontanel")))
    score = score_case(record(meeting(names=("Jean-Marc Falcone",))), predicted, TEXT)
    assert score.hallucinated_names == ["Pierre Fontanel"]
    assert "hallucinated name 'Pierre Fontanel': not in the text" in score.problems
    assert aggregate([score, score]).hallucinated_names == 2


def test_summary_language_length_and_coverage() -> None:
    gold = record(meeting(("DK", "INTERPOL", "MA"), ("Jean-Marc Falcone", "Mikael Wern")))
    assert summary_mentions(gold) == ["Falcone", "Wern", "Denmark", "INTERPOL", "Morocco"]
    long_en = "On 3 March the director met his counterpart in Rabat and they talked. " * 7
    wrong = Summary(fr="On 3 March the director of Interpol met his Danish counterpart in Rabat.", en=long_en)
    score = score_case(gold, record(*gold.meetings, summary=wrong), TEXT)
    assert pair(score.tallies["summary.language"]) == (1, 2)
    assert pair(score.tallies["summary.word_limit"]) == (1, 2)
    assert pair(score.tallies["summary.coverage"]) == (0, 5)
    assert "summary.fr is not in French" in score.problems
    assert "summary.en has 91 words (limit 90)" in score.problems
    good = score_case(gold, record(*gold.meetings, summary=SUMMARY), TEXT)
    assert pair(good.tallies["summary.coverage"]) == (4, 5)
    assert "summary.en does not mention INTERPOL" in good.problems


def test_headline_is_the_mean_of_the_seven() -> None:
    score = score_case(record(DK, US), record(US.model_copy(update={"date": None}), FR), TEXT)
    values = score.metrics()
    assert len(HEADLINE_METRICS) == 7
    assert score.headline == pytest.approx(sum(values[name] for name in HEADLINE_METRICS) / 7)
    assert 0 < score.headline < 1


def test_a_failed_prediction_scores_as_empty_and_is_flagged() -> None:
    score = score_case(record(DK), None, TEXT, error="the model timed out")
    assert score.failed and score.problems[0] == "pipeline failed: the model timed out"
    assert score.counts["meetings"].recall == 0.0 and score.tallies["is_meeting_report"].accuracy == 0.0
    assert score.tallies["summary.coverage"].accuracy == 0.0
    report = aggregate([score, score_case(record(DK), record(DK), TEXT)])
    assert report.failed == 1 and report.documents == 2


def test_f1_edge_cases() -> None:
    assert Counts().f1 == Counts().precision == Counts().recall == 1.0  # nothing to find, nothing found
    assert (Counts(fp=1).precision, Counts(fp=1).recall, Counts(fp=1).f1) == (0.0, 1.0, 0.0)
    assert (Counts(fn=1).precision, Counts(fn=1).recall, Counts(fn=1).f1) == (1.0, 0.0, 0.0)
    assert Counts(tp=1, fp=1, fn=1).f1 == 0.5


def test_aggregate_is_micro_and_round_trips_through_json() -> None:
    small = score_case(record(meeting(topics=["terrorism"])), record(meeting(topics=[])), TEXT)
    large = score_case(
        record(meeting(topics=["terrorism", "training", "cybercrime"])),
        record(meeting(topics=["terrorism", "training", "cybercrime"])),
        TEXT,
    )
    report = aggregate([small, large])
    assert report.counts["topics"].recall == 0.75  # 3 of 4 items, not the mean of 0 and 1
    again = Report.model_validate_json(report.model_dump_json())
    assert again == report and again.headline == report.headline


def test_assignment_is_optimal() -> None:
    rng = random.Random(7)
    for rows, columns in [(1, 1), (2, 3), (3, 2), (4, 4), (5, 3), (3, 6)]:
        for _ in range(20):
            weights = [[rng.randint(0, 9) for _ in range(columns)] for _ in range(rows)]
            pairs = assign(weights)
            assert len(pairs) == min(rows, columns)
            assert len({r for r, _ in pairs}) == len({c for _, c in pairs}) == len(pairs)
            if rows <= columns:
                best = max(
                    sum(weights[r][c] for r, c in enumerate(p))
                    for p in itertools.permutations(range(columns), rows)
                )
            else:
                best = max(
                    sum(weights[r][c] for c, r in enumerate(p))
                    for p in itertools.permutations(range(rows), columns)
                )
            assert sum(weights[r][c] for r, c in pairs) == best
    assert assign([]) == [] and assign([[]]) == []
