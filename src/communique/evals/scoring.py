"""Scoring: how far a predicted :class:`~communique.schema.Analysis` is from its gold label.

A pure library, no I/O. It implements the **Scoring** section of the analysis format
(``shared/spec/analysis-format.md``):

* Meetings are aligned one-to-one by the best total overlap of ``parties`` and
  participant names (a Hungarian assignment, :func:`assign`). A pair that shares
  nothing counts as unmatched. Ties between alignments of equal overlap are broken by
  agreeing dates, cities and kinds, then by order.
* Set-valued fields (``parties``, named ``participants``, ``topics``, ``outcomes`` by
  type as a multiset) are counted over all meetings: the items of an unmatched
  predicted meeting are false alarms, those of an unmatched gold meeting are misses.
* Single-valued fields (``date``, ``end_date``, ``location.city``, ``location.country``,
  ``kind``, ``status``) are accuracies over the gold meetings where gold has a value;
  an unmatched gold meeting is wrong. On an aligned pair a value predicted where gold
  has none is an error too: it adds one to the denominator and nothing to the
  numerator. Strings compare after folding (case, accents, hyphens).
* Names match after folding, and a surname-only prediction matches the full name: a
  predicted name whose folded words are the *last* words of the gold name
  ("Falcone", "Grande-Marlaska" or "Al Thani" for "Khalifa ben Hamad Al Thani").
  Unnamed participants (``name`` null) are not counted.
* ``hallucinated_names`` lists the predicted names found nowhere in the source text
  after folding.
* Summaries: ``summary.language`` and ``summary.word_limit`` judge each of the two
  summaries a prediction has (none when it has no summary); ``summary.coverage`` is
  the share of the gold participants' surnames (last word of the name) and gold
  parties (a country by its English name, an organisation by its code) that
  ``summary.en`` mentions; with no summary all of them are missed.
* A failed prediction (None) scores as an empty one: not a meeting report, no
  meeting, no summary.

Edge cases are defined so that a document with nothing to find and nothing found
scores 1.0: precision is 1.0 with no prediction, recall 1.0 with no gold item,
F1 = 2·tp / (2·tp + fp + fn) and 1.0 when there is nothing at all; an accuracy with
nothing to judge is 1.0. The corpus figures of :func:`aggregate` are micro averages:
counts are summed over the documents before dividing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

from pydantic import BaseModel, computed_field

from communique.ground import MAX_SUMMARY_WORDS
from communique.ingest import language
from communique.normalise import places
from communique.schema import Analysis, Document, Meeting
from communique.text import contains, fold, words

#: Set-valued metrics, scored by precision, recall and F1.
SET_METRICS = ("meetings", "parties", "participants", "topics", "outcomes")
#: Single-valued meeting fields, scored by accuracy.
FIELD_METRICS = ("date", "end_date", "location.city", "location.country", "kind", "status")
#: Checks of the summaries, scored as shares.
SUMMARY_METRICS = ("summary.language", "summary.word_limit", "summary.coverage")
#: The seven figures whose mean is the headline score.
HEADLINE_METRICS = (
    "meetings.f1",
    "parties.f1",
    "participants.f1",
    "date",
    "location.city",
    "topics.f1",
    "outcomes.f1",
)
#: A count where lower is better; every other metric is a share in [0, 1].
HALLUCINATED = "hallucinated_names"

_TABLE_ORDER = (
    "is_meeting_report",
    "meetings",
    "parties",
    "participants",
    *FIELD_METRICS,
    "topics",
    "outcomes",
    *SUMMARY_METRICS,
)

_FIELD_VALUES: dict[str, Callable[[Meeting], object]] = {
    "date": lambda m: m.date,
    "end_date": lambda m: m.end_date,
    "location.city": lambda m: m.location.city,
    "location.country": lambda m: m.location.country,
    "kind": lambda m: m.kind,
    "status": lambda m: m.status,
}


class Counts(BaseModel):
    """True positives, false alarms and misses of a set-valued metric."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        """Share of predicted items that are right; 1.0 when nothing is predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        """Share of gold items found; 1.0 when there is no gold item."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall; 1.0 when there is nothing at all."""
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else 1.0


class Tally(BaseModel):
    """Right answers out of the answers judged."""

    correct: int = 0
    total: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(correct=self.correct + other.correct, total=self.total + other.total)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def accuracy(self) -> float:
        """``correct / total``; 1.0 when nothing was judged."""
        return self.correct / self.total if self.total else 1.0


class Scores(BaseModel):
    """The counts and tallies of one document or of a corpus, and what follows from them."""

    #: One :class:`Counts` per name of :data:`SET_METRICS`.
    counts: dict[str, Counts]
    #: One :class:`Tally` per name of :data:`FIELD_METRICS` and :data:`SUMMARY_METRICS`,
    #: and ``is_meeting_report``.
    tallies: dict[str, Tally]

    def metrics(self) -> dict[str, float]:
        """Every figure by name: ``NAME.precision``, ``NAME.recall``, ``NAME.f1`` of the
        set-valued metrics, the accuracy of the others, and ``headline``."""
        values: dict[str, float] = {"headline": self.headline}
        for name, counts in self.counts.items():
            values |= {
                f"{name}.precision": counts.precision,
                f"{name}.recall": counts.recall,
                f"{name}.f1": counts.f1,
            }
        values |= {name: tally.accuracy for name, tally in self.tallies.items()}
        return values

    @computed_field  # type: ignore[prop-decorator]
    @property
    def headline(self) -> float:
        """The mean of :data:`HEADLINE_METRICS`, in [0, 1]."""
        figures = [
            self.counts[name.removesuffix(".f1")].f1 if name.endswith(".f1") else self.tallies[name].accuracy
            for name in HEADLINE_METRICS
        ]
        return sum(figures) / len(figures)


class CaseScore(Scores):
    """The score of one document, and what went wrong, field by field."""

    #: True when there was no prediction (the pipeline failed); it scored as empty.
    failed: bool = False
    #: Aligned meetings as (gold index, predicted index) pairs, in gold order.
    alignment: list[tuple[int, int]] = []
    #: Predicted participant names that occur nowhere in the source text.
    hallucinated_names: list[str] = []
    #: One line per thing that went wrong, e.g. ``meeting 1: date 2026-03-02 ≠ gold 2026-03-03``.
    problems: list[str] = []


@dataclass(frozen=True)
class Row:
    """One line of a metrics table, as every view of a report shows it."""

    name: str
    #: F1 of a set-valued metric, an accuracy or share, or a count.
    score: float
    precision: float | None = None
    recall: float | None = None
    #: The counts behind the score, e.g. ``tp 41 · fp 6 · fn 8`` or ``29/46``.
    detail: str = ""
    #: Whether the score is one of the seven the headline averages.
    in_headline: bool = False
    #: Whether the score is a count rather than a share.
    count: bool = False

    @property
    def shown(self) -> str:
        """The score as a table shows it: ``0.853``, or ``3`` for a count."""
        return str(int(self.score)) if self.count else f"{self.score:.3f}"


class Report(Scores):
    """The scores of a corpus: micro averages over its documents."""

    documents: int
    #: Documents without a prediction (the pipeline failed).
    failed: int
    #: Predicted names found nowhere in their source text; the target is zero.
    hallucinated_names: int

    def metrics(self) -> dict[str, float]:
        """Every figure by name, as :meth:`Scores.metrics`, plus ``hallucinated_names``."""
        return super().metrics() | {HALLUCINATED: float(self.hallucinated_names)}

    def rows(self) -> list[Row]:
        """The metrics table: the headline, each metric in the spec's order, the
        hallucinated names, and the failed cases if any."""
        rows = [Row("headline", self.headline, detail=f"mean of {len(HEADLINE_METRICS)} metrics (*)")]
        for name in _TABLE_ORDER:
            if name in self.counts:
                c = self.counts[name]
                rows.append(
                    Row(
                        name,
                        c.f1,
                        c.precision,
                        c.recall,
                        f"tp {c.tp} · fp {c.fp} · fn {c.fn}",
                        f"{name}.f1" in HEADLINE_METRICS,
                    )
                )
            else:
                t = self.tallies[name]
                rows.append(
                    Row(
                        name,
                        t.accuracy,
                        detail=f"{t.correct}/{t.total}",
                        in_headline=name in HEADLINE_METRICS,
                    )
                )
        rows.append(Row(HALLUCINATED, self.hallucinated_names, detail="target 0", count=True))
        if self.failed:
            rows.append(Row("failed cases", self.failed, detail="scored as empty predictions", count=True))
        return rows


# --- matching -------------------------------------------------------------------------


def assign(weights: Sequence[Sequence[int]]) -> list[tuple[int, int]]:
    """A one-to-one assignment of rows to columns with the largest total weight
    (the Hungarian method with potentials, O(n²·m)), as (row, column) pairs sorted by
    row. Every row is assigned when there are at least as many columns, and the
    other way round; a pair may have weight zero."""
    rows = len(weights)
    columns = len(weights[0]) if rows else 0
    if not rows or not columns:
        return []
    if rows > columns:
        transposed = [[weights[r][c] for r in range(rows)] for c in range(columns)]
        return sorted((r, c) for c, r in assign(transposed))
    # Minimise the cost -weight. Index 0 is a sentinel: row_of[c] is the 1-based row
    # assigned to column c, 0 when none.
    row_potential = [0.0] * (rows + 1)
    column_potential = [0.0] * (columns + 1)
    row_of = [0] * (columns + 1)
    previous = [0] * (columns + 1)
    for row in range(1, rows + 1):
        row_of[0] = row
        column = 0
        slack = [float("inf")] * (columns + 1)
        visited = [False] * (columns + 1)
        while row_of[column]:  # grow an alternating tree until it reaches a free column
            visited[column] = True
            current, delta, nearest = row_of[column], float("inf"), 0
            for c in range(1, columns + 1):
                if visited[c]:
                    continue
                reduced = -weights[current - 1][c - 1] - row_potential[current] - column_potential[c]
                if reduced < slack[c]:
                    slack[c], previous[c] = reduced, column
                if slack[c] < delta:
                    delta, nearest = slack[c], c
            for c in range(columns + 1):
                if visited[c]:
                    row_potential[row_of[c]] += delta
                    column_potential[c] -= delta
                else:
                    slack[c] -= delta
            column = nearest
        while column:  # flip the augmenting path
            row_of[column] = row_of[previous[column]]
            column = previous[column]
    return sorted((row_of[c] - 1, c - 1) for c in range(1, columns + 1) if row_of[c])


def name_match(gold: str, predicted: str) -> int:
    """2 when two names fold alike, 1 when the prediction is the gold name's surname
    alone (its folded words are the gold name's last words), else 0."""
    gold_words, predicted_words = fold(gold).split(), fold(predicted).split()
    if not predicted_words:
        return 0
    if predicted_words == gold_words:
        return 2
    return int(
        len(predicted_words) < len(gold_words) and gold_words[-len(predicted_words) :] == predicted_words
    )


def match_names(gold: Sequence[str], predicted: Sequence[str]) -> list[tuple[int, int]]:
    """Pair gold and predicted names one-to-one, full matches first, as (gold index,
    predicted index) pairs; names that match nothing are left out."""
    weights = [[name_match(g, p) for p in predicted] for g in gold]
    return [(g, p) for g, p in assign(weights) if weights[g][p]]


def field_value(meeting: Meeting | None, name: str) -> object:
    """The value of a field of :data:`FIELD_METRICS` (``"location.city"``); None for no meeting."""
    return None if meeting is None else _FIELD_VALUES[name](meeting)


def _present(items: Sequence[Hashable], others: Sequence[Hashable]) -> list[bool]:
    pool = Counter(others)
    flags = []
    for item in items:
        flags.append(pool[item] > 0)
        pool[item] -= 1
    return flags


def found(
    metric: str, gold: Sequence[Hashable], predicted: Sequence[Hashable]
) -> tuple[list[bool], list[bool]]:
    """For each gold item whether the prediction has it, and for each predicted item
    whether gold has it: participant names pair by :func:`match_names`, other items
    as multisets (two predicted ``other`` outcomes match at most two in gold)."""
    if metric != "participants":
        return _present(gold, predicted), _present(predicted, gold)
    pairs = match_names([str(x) for x in gold], [str(x) for x in predicted])
    gold_paired, predicted_paired = {g for g, _ in pairs}, {p for _, p in pairs}
    return [i in gold_paired for i in range(len(gold))], [
        j in predicted_paired for j in range(len(predicted))
    ]


def _names(meeting: Meeting) -> list[str]:
    return [person.name for person in meeting.participants if person.name]


def same(gold: object, predicted: object) -> bool:
    """Whether a predicted value equals the gold one; strings compare folded."""
    if isinstance(gold, str) and isinstance(predicted, str):
        return fold(gold) == fold(predicted)
    return gold == predicted


def _overlap(gold: Meeting, predicted: Meeting) -> int:
    return len(set(gold.parties) & set(predicted.parties)) + len(match_names(_names(gold), _names(predicted)))


def align(gold: Sequence[Meeting], predicted: Sequence[Meeting]) -> list[tuple[int, int]]:
    """Align predicted meetings one-to-one with gold meetings by the best total overlap
    of parties and participant names, as (gold index, predicted index) pairs. Pairs
    that share nothing are left out: those meetings are unmatched."""
    overlap = [[_overlap(g, p) for p in predicted] for g in gold]
    # Overlap first; among alignments of equal overlap, agreeing date, city and kind.
    scale = 3 * min(len(gold), len(predicted)) + 1
    weights = [
        [
            overlap[i][j] * scale
            + sum(same(field_value(g, f), field_value(p, f)) for f in ("date", "location.city", "kind"))
            for j, p in enumerate(predicted)
        ]
        for i, g in enumerate(gold)
    ]
    return [(i, j) for i, j in assign(weights) if overlap[i][j]]


def pairs(alignment: list[tuple[int, int]], gold: int, predicted: int) -> list[tuple[int | None, int | None]]:
    """Every meeting of a document once, as (gold index, predicted index): gold meetings
    in order, each with its aligned prediction or None, then the unmatched predictions."""
    matched = dict(alignment)
    taken = set(matched.values())
    return [(i, matched.get(i)) for i in range(gold)] + [
        (None, j) for j in range(predicted) if j not in taken
    ]


# --- one document ---------------------------------------------------------------------


def _shown(value: object) -> str:
    return str(getattr(value, "value", value))


_LANGUAGES = {"fr": "French", "en": "English"}
_NOUNS = {"parties": "party", "participants": "participant", "topics": "topic", "outcomes": "outcome"}


def counted_items(meeting: Meeting | None) -> dict[str, list[Hashable]]:
    """The items of a meeting that set-valued metrics count (none for no meeting):
    parties, participant names, topics, outcome types."""
    if meeting is None:
        return {name: [] for name in SET_METRICS[1:]}
    return {
        "parties": list(meeting.parties),
        "participants": list(_names(meeting)),
        "topics": list(meeting.topics),
        "outcomes": [o.type for o in meeting.outcomes],
    }


def _label(meeting: Meeting) -> str:
    facts = [", ".join(meeting.parties) or "no party"]
    if meeting.date:
        facts.append(str(meeting.date))
    if meeting.location.city:
        facts.append(meeting.location.city)
    return "; ".join(facts)


class _Scorer:
    """Accumulates the counts, tallies and problems of one document."""

    def __init__(self) -> None:
        self.counts = {name: Counts() for name in SET_METRICS}
        self.tallies = {name: Tally() for name in ("is_meeting_report", *FIELD_METRICS, *SUMMARY_METRICS)}
        self.problems: list[str] = []

    def judge(self, metric: str, right: bool, problem: str | None) -> None:
        self.tallies[metric] += Tally(correct=int(right), total=1)
        if not right and problem:
            self.problems.append(problem)

    def items(self, metric: str, where: str | None, gold: list[Hashable], predicted: list[Hashable]) -> None:
        """Count gold against predicted items, and say which were missed or false
        unless ``where`` is None."""
        gold_found, predicted_found = found(metric, gold, predicted)
        missed = [item for item, ok in zip(gold, gold_found, strict=True) if not ok]
        false = [item for item, ok in zip(predicted, predicted_found, strict=True) if not ok]
        self.counts[metric] += Counts(tp=sum(gold_found), fp=len(false), fn=len(missed))
        if where is None:
            return
        for verb, wrong in (("missed", missed), ("false", false)):
            if wrong:
                noun = _NOUNS[metric] if len(wrong) == 1 else metric
                self.problems.append(
                    f"{where}{verb} {noun} " + ", ".join(repr(_shown(item)) for item in wrong)
                )

    def meeting(self, number: int, gold: Meeting | None, predicted: Meeting | None) -> None:
        """Score an aligned pair, or an unmatched gold (``predicted`` None) or predicted
        (``gold`` None) meeting, whose items then all count as misses or false alarms
        under one line that names the meeting."""
        where: str | None = None
        if gold is not None and predicted is not None:
            where = f"meeting {number}: "
        elif gold is not None:
            self.problems.append(f"missed meeting {number} ({_label(gold)})")
        elif predicted is not None:
            self.problems.append(f"false meeting: predicted {number} ({_label(predicted)})")
        self.counts["meetings"] += Counts(
            tp=int(where is not None), fp=int(gold is None), fn=int(predicted is None)
        )
        if gold is not None:
            for name in FIELD_METRICS:
                self._field(name, where, field_value(gold, name), field_value(predicted, name))
        gold_items, predicted_items = counted_items(gold), counted_items(predicted)
        for metric in SET_METRICS[1:]:
            self.items(metric, where, gold_items[metric], predicted_items[metric])

    def _field(self, name: str, where: str | None, gold: object, predicted: object) -> None:
        """Judge one single-valued field; ``where`` None (a missed meeting) judges quietly."""
        if gold is None and predicted is None:
            return
        if gold is None:
            problem = f"{name} {_shown(predicted)}, gold has none"
        elif predicted is None:
            problem = f"{name} missing, gold {_shown(gold)}"
        else:
            problem = f"{name} {_shown(predicted)} ≠ gold {_shown(gold)}"
        right = gold is not None and predicted is not None and same(gold, predicted)
        self.judge(name, right, None if where is None else where + problem)

    def summary(self, gold: Analysis, predicted: Analysis, failed: bool) -> None:
        wanted = summary_mentions(gold)
        if predicted.summary is None:  # no form to check; everything it should say is missed
            self.tallies["summary.coverage"] += Tally(total=len(wanted))
            if not failed:
                self.problems.append("no summary")
            return
        for code, text in (("fr", predicted.summary.fr), ("en", predicted.summary.en)):
            self.judge(
                "summary.language",
                language.detect(text)[0] == code,
                f"summary.{code} is not in {_LANGUAGES[code]}",
            )
            count = len(words(text))
            self.judge(
                "summary.word_limit",
                count <= MAX_SUMMARY_WORDS,
                f"summary.{code} has {count} words (limit {MAX_SUMMARY_WORDS})",
            )
        folded = fold(predicted.summary.en)
        missing = [item for item in wanted if not contains(folded, item)]
        self.tallies["summary.coverage"] += Tally(correct=len(wanted) - len(missing), total=len(wanted))
        if missing:
            self.problems.append(f"summary.en does not mention {', '.join(missing)}")


def summary_mentions(gold: Analysis) -> list[str]:
    """What ``summary.en`` should mention: the surname of each named gold participant
    (the last word of the name: "Falcone", "Grande-Marlaska") and each gold party, a
    country by its English name ("Denmark"), an organisation by its code ("INTERPOL")."""
    wanted: dict[str, None] = {}
    for meeting in gold.meetings:
        for name in _names(meeting):
            wanted.setdefault(name.split()[-1], None)
        for party in meeting.parties:
            wanted.setdefault(places.country_name(party, "en") or party, None)
    return list(wanted)


def hallucinated_names(predicted: Analysis, source_text: str) -> list[str]:
    """Predicted participant names that occur nowhere in the source text after
    folding (on word boundaries), each once."""
    folded = fold(source_text)
    found = {name: None for m in predicted.meetings for name in _names(m) if not contains(folded, name)}
    return list(found)


def score_case(
    gold: Analysis, pred: Analysis | None, source_text: str, *, error: str | None = None
) -> CaseScore:
    """Score one prediction against its gold label. ``pred`` None (the pipeline failed,
    with ``error`` saying why) scores as an empty prediction and is flagged ``failed``."""
    failed = pred is None
    predicted = (
        pred
        if pred is not None
        else Analysis(
            document=Document(id=gold.document.id, language=gold.document.language), is_meeting_report=False
        )
    )
    scorer = _Scorer()
    if failed:
        scorer.problems.append(f"pipeline failed: {error}" if error else "no prediction")
    scorer.judge(
        "is_meeting_report",
        predicted.is_meeting_report == gold.is_meeting_report,
        f"is_meeting_report {str(predicted.is_meeting_report).lower()} ≠ gold "
        f"{str(gold.is_meeting_report).lower()}",
    )
    alignment = align(gold.meetings, predicted.meetings)
    for i, j in pairs(alignment, len(gold.meetings), len(predicted.meetings)):
        index = i if i is not None else j
        assert index is not None  # a pair has a gold or a predicted meeting
        number = index + 1
        scorer.meeting(
            number,
            gold.meetings[i] if i is not None else None,
            predicted.meetings[j] if j is not None else None,
        )
    hallucinated = hallucinated_names(predicted, source_text)
    scorer.problems += [f"hallucinated name {name!r}: not in the text" for name in hallucinated]
    scorer.summary(gold, predicted, failed)
    return CaseScore(
        counts=scorer.counts,
        tallies=scorer.tallies,
        failed=failed,
        alignment=alignment,
        hallucinated_names=hallucinated,
        problems=scorer.problems,
    )


def aggregate(cases: list[CaseScore]) -> Report:
    """The corpus report: counts and tallies summed over the documents (micro averages)."""
    counts = {name: sum((c.counts[name] for c in cases), Counts()) for name in SET_METRICS}
    tallies = {
        name: sum((c.tallies[name] for c in cases), Tally())
        for name in ("is_meeting_report", *FIELD_METRICS, *SUMMARY_METRICS)
    }
    return Report(
        counts=counts,
        tallies=tallies,
        documents=len(cases),
        failed=sum(c.failed for c in cases),
        hallucinated_names=sum(len(c.hallucinated_names) for c in cases),
    )
