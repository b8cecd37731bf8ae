"""One event however many communiqués report it.

Meetings are compared only within a *block*: the same parties, and dates at most a day
apart (processed in date order, so each meeting meets the few events of its days, never
all pairs). Two reports are one encounter when, on top of that:

- neither is a call while the other is not, and their countries do not differ;
- they share a participant, or one of them names nobody, and for no side do they name
  two different people (another counterpart is another meeting);
- their dates overlap, or are a day apart and they share a participant or a city;
- their cities agree, or differ on the very same day with a participant in common.

A report with no date joins the one event of its parties, with a participant in common,
in the month after it was published (an announcement) or the week before (a report).
Every merge records why; a difference between sources (dates, cities, kinds) is kept in
each source and listed as a conflict, never resolved.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from communique.corpora.read import Mention
from communique.text import fold

_DAY = dt.timedelta(days=1)
#: How far after its publication an undated announcement may be held, and how long
#: before its publication an undated report may have taken place.
_ANNOUNCED_WITHIN = dt.timedelta(days=30)
_REPORTED_WITHIN = dt.timedelta(days=7)


@dataclass
class Event:
    """An encounter and the reports of it, in the order they joined."""

    id: str
    sources: list[Mention]
    people: list[tuple[str | None, ...]]
    merged_because: list[str] = field(default_factory=list)
    #: The last day any source gives (for the blocks).
    last: dt.date = dt.date.min

    def __post_init__(self) -> None:
        self.last = self.dates[-1] if self.dates else dt.date.min

    @property
    def first(self) -> Mention:
        """The report the event started from."""
        return self.sources[0]

    @property
    def dates(self) -> list[dt.date]:
        """Every date the sources give, in order."""
        return sorted({d for m in self.sources for d in (m.date, m.end_date) if d is not None})

    def add(self, m: Mention, ids: tuple[str | None, ...], reason: str) -> None:
        """Add another report of the encounter, and why it is one."""
        self.sources.append(m)
        self.people.append(ids)
        self.last = max(self.last, m.end_date or m.date or self.last)
        self.merged_because.append(f"{m.doc.id} joins: {reason}")

    def person_ids(self) -> set[str]:
        """Everyone any source names."""
        return {pid for ids in self.people for pid in ids if pid}

    def conflicts(self) -> list[str]:
        """Where the sources disagree: start dates, cities, countries, kinds."""
        out = []
        for label, get in (("dates", _date), ("cities", _city), ("countries", _country), ("kinds", _kind)):
            said: dict[str, list[str]] = defaultdict(list)
            for m in self.sources:
                if value := get(m):
                    said[value].append(m.doc.id)
            if len(said) > 1:
                out.append(
                    f"{label} differ: "
                    + "; ".join(f"{v} ({', '.join(ids)})" for v, ids in sorted(said.items()))
                )
        return out


def _date(m: Mention) -> str | None:
    return m.date.isoformat() if m.date else None


def _city(m: Mention) -> str | None:
    return m.city


def _country(m: Mention) -> str | None:
    return m.country


def _kind(m: Mention) -> str | None:
    return m.kind


@dataclass(frozen=True)
class _Match:
    score: int
    reason: str


def merge(mentions: Sequence[Mention], people: Mapping[str, tuple[str | None, ...]],
          names: Mapping[str, str]) -> list[Event]:  # fmt: skip
    """Group ``mentions`` into events. ``people[mention.key]`` gives the person id of each
    participant (see :mod:`communique.corpora.people`); ``names`` a person id's name, for
    the reasons. Deterministic: the same mentions give the same events, in date order."""
    ordered = sorted(mentions, key=lambda m: (m.date is None, m.date or dt.date.min, m.doc.id, m.number))
    events: list[Event] = []
    recent: dict[tuple[str, ...], list[Event]] = defaultdict(list)
    for m in ordered:
        if m.date is None or not m.parties:
            continue
        ids = people[m.key]
        block = recent[m.parties]
        block[:] = [e for e in block if e.last >= m.date - _DAY]
        best: tuple[_Match, Event] | None = None
        for event in block:
            found = _best(m, ids, event, names)
            if found and (best is None or found.score > best[0].score):
                best = (found, event)
        if best is None:
            block.append(Event("", [m], [ids]))
            events.append(block[-1])
        else:
            best[1].add(m, ids, best[0].reason)
    by_parties: dict[tuple[str, ...], list[Event]] = defaultdict(list)
    for event in events:
        by_parties[event.first.parties].append(event)  # in date order
    for m in ordered:
        if m.date is not None and m.parties:
            continue
        ids = people[m.key]
        if not (m.parties and _undated(m, ids, by_parties[m.parties], names)):
            events.append(Event("", [m], [ids]))
    _name(events)
    return events


def _best(m: Mention, ids: tuple[str | None, ...], event: Event, names: Mapping[str, str]) -> _Match | None:
    """How well ``m`` matches the closest report of ``event``, or None when it cannot be
    the same encounter as one of them."""
    matches = [_same(m, ids, *other, names) for other in zip(event.sources, event.people, strict=True)]
    return max((match for match in matches if match), key=lambda match: match.score, default=None)


def _same(a: Mention, a_ids: tuple[str | None, ...], b: Mention, b_ids: tuple[str | None, ...],
          names: Mapping[str, str]) -> _Match | None:  # fmt: skip
    """Whether two dated reports of the same parties are one encounter, and why."""
    assert a.date is not None and b.date is not None
    if (a.kind == "call") != (b.kind == "call") or (a.country and b.country and a.country != b.country):
        return None
    gap = max((a.date - (b.end_date or b.date)).days, (b.date - (a.end_date or a.date)).days, 0)
    people_a, people_b = {p for p in a_ids if p}, {p for p in b_ids if p}
    shared = people_a & people_b
    if (people_a and people_b and not shared) or _other_counterpart(a, a_ids, b, b_ids):
        return None
    same_city = bool(a.city and b.city and fold(a.city) == fold(b.city))
    other_city = bool(a.city and b.city and not same_city)
    if gap > 1 or (gap == 1 and not (shared or same_city)) or (other_city and (gap or not shared)):
        return None
    reasons = ["same date" if a.date == b.date else "overlapping dates" if gap == 0 else "dates a day apart"]
    reasons.append("same parties {" + ", ".join(a.parties) + "}")
    if shared:
        reasons.append("shared participant " + ", ".join(sorted(names[p] for p in shared)))
    if same_city:
        reasons.append(f"same city {a.city}")
    if other_city:
        reasons.append(f"cities differ ({b.city}, {a.city})")
    if a.status != b.status:
        reasons.append(f"{b.status} in {b.doc.id}, {a.status} in {a.doc.id}")
    return _Match(2 * len(shared) + 2 * (gap == 0) + same_city + (a.kind == b.kind), ", ".join(reasons))


def _other_counterpart(
    a: Mention, a_ids: tuple[str | None, ...], b: Mention, b_ids: tuple[str | None, ...]
) -> bool:
    """Whether the two reports name different people for one side: another counterpart
    is another meeting, even with the same host on the same day."""
    sides: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for mention, ids, which in ((a, a_ids, 0), (b, b_ids, 1)):
        for person, pid in zip(mention.participants, ids, strict=True):
            if person.party and pid:
                sides[person.party][which].add(pid)
    return any(mine and theirs and not mine & theirs for mine, theirs in sides.values())


def _undated(m: Mention, ids: tuple[str | None, ...], block: list[Event], names: Mapping[str, str]) -> bool:
    """Join an undated report to the one event of ``block`` (its parties' dated events, in
    date order) it can be (see the module); whether it did."""
    mine = {p for p in ids if p}
    day = m.doc.published
    if day is None or not mine:
        return False
    start, end = (day, day + _ANNOUNCED_WITHIN) if m.status == "announced" else (day - _REPORTED_WITHIN, day)
    window = block[bisect.bisect_left(block, start, key=_start) : bisect.bisect_right(block, end, key=_start)]
    fits = [e for e in window if mine & e.person_ids() and (e.first.kind == "call") == (m.kind == "call")]
    if len(fits) != 1:
        return False
    shared = ", ".join(sorted(names[p] for p in mine & fits[0].person_ids()))
    after = "the month after" if m.status == "announced" else "the week before"
    fits[0].add(m, ids, f"undated {m.status} report, same parties {{{', '.join(m.parties)}}}, shared participant "
                        f"{shared}, the only such event in {after} its publication ({day})")  # fmt: skip
    return True


def _start(event: Event) -> dt.date:
    assert event.first.date is not None
    return event.first.date


def _name(events: list[Event]) -> None:
    """Give each event a readable, stable id: its date, its parties, a number."""
    taken: dict[str, int] = defaultdict(int)
    for event in events:
        first = event.first
        stem = (
            "-".join([first.date.isoformat() if first.date else "undated", *first.parties]).lower() or "event"
        )
        taken[stem] += 1
        event.id = f"{stem}-{taken[stem]}"
