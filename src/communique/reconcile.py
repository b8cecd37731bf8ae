"""Reconcile: a draft made consistent with itself, and a model's draft completed.

A model, a small one above all, repeats itself and leaves fields empty: it lists one
encounter three times, names a person twice ("Maarten de Vries", then "de Vries"),
writes an office where a name goes ("Egypt's Minister of Interior"), and leaves titles
and countries null. Two steps, both deterministic, make of such a draft what code can:

- :func:`consolidate` (any backend): an office written as a name becomes the title of an
  unnamed participant; one person is listed once per encounter, with what each mention
  says; encounters that are one (the same people, no other day or place) are one.
- :func:`complete`: what a model's draft leaves empty (a title, an organisation, whom a
  participant represents, the date words, the place, the parties, topics, outcomes) is
  taken from another reading of the same text, the offline rules', matched encounter by
  encounter and person by person. Nothing the model wrote is replaced, and nothing the
  other reading has alone is added: a person or an encounter the model did not list
  stays out. To *decide* (for a small model) goes further: what an encounter is (its
  kind, status, date phrase, city, country, parties, topics, outcomes), whom each person
  represents, who was there, how many encounters there were (one listed twice is one; one
  of no one that the other reading lacks is none) and whether there was any come from
  the other reading wherever it says; the model's words of the people it names stay.
  What was filled, merged or dropped is said, field by field.

Both work on drafts that hold against the text (:mod:`communique.ground` has removed
what does not), so whatever they move or copy is in the text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TypeVar

from communique.draft import Draft, DraftMeeting, DraftOutcome, DraftParticipant
from communique.normalise import places
from communique.normalise.dates import resolve
from communique.normalise.names import PARTICLES, person_shaped, strip_honorifics, town_given_name
from communique.normalise.record import hollow
from communique.schema import MeetingKind, Role
from communique.text import fold, quoted

T = TypeVar("T")

#: The fields of a participant and of a meeting that are filled when empty.
_PERSON_FIELDS = ("title", "organisation", "country")
_MEETING_FIELDS = ("date_text", "city", "country", "venue")
_MEETING_LISTS = ("parties", "topics", "outcomes")
#: What an encounter is, as opposed to its words: taken from the reference to decide
#: (which of the text's date phrases dates it, and which of its places it was held in, are among them).
_DECISIONS = ("kind", "status", "date_text", "city", "country", *_MEETING_LISTS)


def _tokens(name: str) -> frozenset[str]:
    """The words of a name that identify its bearer: folded, particles left out."""
    return frozenset(w for w in fold(strip_honorifics(name)).replace("-", " ").split() if w not in PARTICLES)


def same_person(a: DraftParticipant, b: DraftParticipant) -> bool:
    """Whether two mentions are one person: one name holds the other's words ("de Vries"
    in "Maarten de Vries"), or, for people the text does not name, the same title."""
    if a.name and b.name:
        ta, tb = _tokens(a.name), _tokens(b.name)
        return bool(ta and tb) and (ta <= tb or tb <= ta)
    if not a.name and not b.name and a.title and b.title:
        return fold(a.title) == fold(b.title)
    return False


#: What a side field's words must stand for to reach a record: a word a model gives that
#: stands for none ("XX", "EN") reaches none, so the field is as empty as if left out.
#: (As :mod:`communique.normalise.record` reads them: a meeting's country as a country.)
_SIDES: dict[tuple[type, str], Callable[[str | None], str | None]] = {
    (DraftMeeting, "country"): places.country_code,
    (DraftMeeting, "parties"): places.party_code,
    (DraftParticipant, "country"): places.party_code,
}


def _empty(owner: object, field: str) -> bool:
    """Whether ``owner`` leaves ``field`` empty: nothing in it, or, for a side, no word
    that stands for a country or an organisation (was: a reply whose every party code
    was none, "XX", "UK", "EN", kept its words, which the record drops, and was
    completed with nothing: the record's parties empty)."""
    value = getattr(owner, field)
    if not value:
        return True
    sided = _SIDES.get((type(owner), field))
    return sided is not None and not any(map(sided, [value] if isinstance(value, str) else value))


def _said(owner: object, field: str) -> str:
    """A field completed, as provenance says it: with the words it held, which stood for
    nothing, if it held any (a decision taken in place of a side that stands for one is
    said as the field alone)."""
    value = getattr(owner, field)
    if not value or not _empty(owner, field):
        return field
    held = ", ".join(quoted(v) for v in ([value] if isinstance(value, str) else value))
    return f"{field} (in place of {held}: no country or organisation)"


def _filled(kept: T, other: T, fields: Sequence[str]) -> dict[str, object]:
    """The ``fields`` that ``kept`` leaves empty (:func:`_empty`) and ``other`` has."""
    return {f: getattr(other, f) for f in fields if _empty(kept, f) and getattr(other, f)}


def _side(kept: DraftParticipant, other: DraftParticipant) -> dict[str, object]:
    """``other``'s role when ``kept`` has none but "participant" and ``other`` a side."""
    return (
        {"role": other.role} if kept.role is Role.PARTICIPANT and other.role is not Role.PARTICIPANT else {}
    )


def _merged_person(kept: DraftParticipant, other: DraftParticipant) -> DraftParticipant:
    """One person from two mentions: the fuller name, and what either says."""
    update = _filled(kept, other, _PERSON_FIELDS) | _side(kept, other)
    if other.name and kept.name and len(_tokens(other.name)) > len(_tokens(kept.name)):
        update["name"] = other.name
    return kept.model_copy(update=update)


def _once(people: Sequence[DraftParticipant]) -> list[DraftParticipant]:
    """Each person once, in the order first mentioned."""
    kept: list[DraftParticipant] = []
    for person in people:
        index = next((i for i, seen in enumerate(kept) if same_person(seen, person)), None)
        if index is None:
            kept.append(person)
        else:
            kept[index] = _merged_person(kept[index], person)
    return kept


def _office_as_title(person: DraftParticipant) -> DraftParticipant:
    """A "name" that is an office ("Egypt's Minister of Interior") as the title of an
    unnamed participant (unless the participant has a title already). A town borne as a given name
    ("Sofia Lindqvist") is a name: the reader took it for one only after an office or a civility."""
    if person.name and not person_shaped(name := strip_honorifics(person.name)) and not town_given_name(name):
        return person.model_copy(update={"name": None, "title": person.title or person.name})
    return person


def _named(meeting: DraftMeeting) -> list[DraftParticipant]:
    return [p for p in meeting.participants if p.name]


def _within(smaller: Sequence[DraftParticipant], larger: Sequence[DraftParticipant]) -> bool:
    return all(any(same_person(p, q) for q in larger) for p in smaller)


def _agree(a: str | None, b: str | None) -> bool:
    """Whether two optional phrases can be of one encounter: one is absent, or both fold alike."""
    return not a or not b or fold(a) == fold(b)


#: Any day: two date phrases that give the same day from it give the same day from any.
_ANCHOR = dt.date(2026, 1, 1)


def _same_day(a: str | None, b: str | None) -> bool:
    """Whether two optional date phrases can be of one encounter: :func:`_agree`, or
    both say the same day in other words or another language ("mardi", "Tuesday";
    « le 3 mars », "3 March"), or one says it without the year the other gives
    ("March 19", "March 19, 2024")."""
    if _agree(a, b):
        return True
    day, other = resolve(a, _ANCHOR), resolve(b, _ANCHOR)
    if day == (None, None) or other == (None, None):
        return False
    if day == other:
        return True
    numbered = a is not None and b is not None and any(c.isdigit() for c in a) and any(c.isdigit() for c in b)
    return numbered and (resolve(b, day[0]) == day or resolve(a, other[0]) == other)


def same_encounter(a: DraftMeeting, b: DraftMeeting) -> bool:
    """Whether two listed encounters are one: the same people named, no party of one
    missing from the other, and neither another day, another place nor another status
    to tell them apart. (A host listed alone beside each of his visitors in turn is not
    one encounter: his visitors' sides differ, named or not.)"""
    named_a, named_b = _named(a), _named(b)
    if not named_a or not _within(named_a, named_b) or not _within(named_b, named_a):
        return False
    parties_a, parties_b = {fold(p) for p in a.parties}, {fold(p) for p in b.parties}
    return (
        a.status is b.status
        and (parties_a <= parties_b or parties_b <= parties_a)
        and _same_day(a.date_text, b.date_text)
        and _agree(a.city, b.city)
        and _agree(a.venue, b.venue)
    )


def _union(first: Sequence[T], second: Sequence[T], key: Callable[[T], object]) -> list[T]:
    """Each item of ``first`` then of ``second`` once, by ``key``, in order (was: those of
    ``first`` as many times as listed: a reply's one outcome a thousand times)."""
    kept: dict[object, T] = {}
    for item in [*first, *second]:
        kept.setdefault(key(item), item)
    return list(kept.values())


def _outcome_key(outcome: DraftOutcome) -> str:
    """What makes outcomes one: their words, folded."""
    return fold(outcome.text)


def _merged_meeting(kept: DraftMeeting, other: DraftMeeting) -> DraftMeeting:
    """One encounter from two listings of it: talks a lede tells, then the text again as a
    call (« A et B se sont entretenus sur le sujet », then « Samedi dernier, A et B se sont
    entretenus par téléphone »), are the call."""
    called = kept.kind is MeetingKind.WORKING_MEETING and other.kind is MeetingKind.CALL
    return kept.model_copy(
        update={
            **_filled(kept, other, _MEETING_FIELDS),
            **({"kind": MeetingKind.CALL} if called else {}),
            "participants": _once([*kept.participants, *other.participants]),
            "parties": _union(kept.parties, other.parties, fold),
            "topics": _union(kept.topics, other.topics, fold),
            "outcomes": _union(kept.outcomes, other.outcomes, _outcome_key),
        }
    )


def consolidate(draft: Draft) -> Draft:
    """The draft with each person once per encounter, offices out of names, and each
    encounter once."""
    meetings: list[DraftMeeting] = []
    for listed in draft.meetings:
        meeting = listed.model_copy(
            update={
                "participants": _once([_office_as_title(p) for p in listed.participants]),
                "outcomes": _union(listed.outcomes, [], _outcome_key),
            }
        )
        index = next((i for i, seen in enumerate(meetings) if same_encounter(seen, meeting)), None)
        if index is None:
            meetings.append(meeting)
        else:
            meetings[index] = _merged_meeting(meetings[index], meeting)
    return draft.model_copy(update={"meetings": meetings})


def _overlap(meeting: DraftMeeting, other: DraftMeeting) -> int:
    """How many people of ``meeting`` are in ``other``."""
    return sum(any(same_person(p, q) for q in other.participants) for p in meeting.participants)


def _counterpart(meeting: DraftMeeting, reference: Draft, *, only: bool) -> DraftMeeting | None:
    """The encounter of the other reading that ``meeting`` is: the one sharing the most
    people with it (its day breaks a tie), or the other's only one when ``meeting`` is
    its reading's only one too."""
    if only and len(reference.meetings) == 1:
        return reference.meetings[0]
    shared, _, index = max(
        ((_overlap(meeting, other), _agree(meeting.date_text, other.date_text), -index)
         for index, other in enumerate(reference.meetings)),
        default=(0, False, 0),  # a reading without encounters has none of them
    )  # fmt: skip
    return reference.meetings[-index] if shared else None


def _decided(kept: T, other: T, fields: Sequence[str]) -> dict[str, object]:
    """The ``fields`` on which ``other`` says something else than ``kept`` (and
    something: an empty list or an ``other`` kind decides nothing)."""
    update: dict[str, object] = {}
    for name in fields:
        theirs = getattr(other, name)
        if theirs not in (None, "", [], MeetingKind.OTHER) and theirs != getattr(kept, name):
            update[name] = theirs
    return update


def _completed_person(
    person: DraftParticipant, other: DraftMeeting, *, decide: bool
) -> tuple[DraftParticipant, list[str]]:
    """A participant with what its match in ``other`` says and it does not (and, to
    ``decide``, whom they represent and their side as the match has them)."""
    match = next((q for q in other.participants if same_person(person, q)), None)
    if match is None:
        return person, []
    update = _filled(person, match, _PERSON_FIELDS)
    update |= _decided(person, match, ("country", "role")) if decide else _side(person, match)
    said = [f"{_said(person, f)} of {quoted(person.name or person.title)}" for f in update]
    return person.model_copy(update=update), said


def complete(draft: Draft, reference: Draft, *, decide: bool = False) -> tuple[Draft, list[str]]:
    """``draft`` with what it leaves empty taken from ``reference`` (another reading of
    the same text), and what was taken, one line per field. To ``decide`` is to take
    the reference's decisions as well wherever it has made one (the kind, status, date
    phrase, place, parties, topics and outcomes of an encounter, whom each person represents
    and their side, the people and the encounters the draft left out, an encounter it
    listed twice, one of no one that the reference lacks, and whether the text reports
    any): what a small model reads well is the words, not what they mean."""
    if not draft.is_meeting_report or not (reference.meetings or decide):
        return draft, []
    notes: list[str] = []
    meetings: list[DraftMeeting] = []
    where: dict[int, int] = {}  # the reference's encounters the draft's are: their place in ``meetings``
    for number, meeting in enumerate(draft.meetings, start=1):
        shared = [other for other in reference.meetings if _overlap(meeting, other)]
        if decide and len(shared) > 1:  # how many encounters there were is a decision too
            where |= {id(other): len(meetings) + n for n, other in enumerate(shared)}
            meetings += [_split_off(other, meeting) for other in shared]
            notes.append(
                f"meeting {number}: split into {len(shared)} encounters, as the offline reading has it"
            )
            continue
        other = _counterpart(meeting, reference, only=len(draft.meetings) == 1)
        if other is None and decide and not meeting.participants:
            # an encounter of no one that the other reading does not have: none to list
            notes.append(
                f"meeting {number}: dropped, an encounter of no one that the offline reading does not have"
            )
            continue
        if other is None:
            meetings.append(meeting)
            continue
        if decide and id(other) in where:  # listed again: one encounter, as the other reading has it
            first = where[id(other)]
            meetings[first] = _merged_meeting(meetings[first], meeting)
            notes.append(
                f"meeting {number}: the same encounter as meeting {first + 1}, as the offline reading has it"
            )
            continue
        where[id(other)] = len(meetings)
        update = _filled(meeting, other, _MEETING_FIELDS)
        update |= _filled(meeting, other, _MEETING_LISTS)
        if decide:
            update |= _decided(meeting, other, _DECISIONS)
        filled = [_said(meeting, f) for f in update]
        # the words that made the other reading see the encounter and its status, for its spans
        update |= _filled(meeting, other, ("cue", "status_cue"))
        people = []
        for person in meeting.participants:
            completed, said = _completed_person(person, other, decide=decide)
            people.append(completed)
            filled += said
        if decide:  # who was there is a decision too: the people the model left out
            left_out = [p for p in other.participants if not any(same_person(p, q) for q in people)]
            people += left_out
            filled += [f"participant {quoted(p.name or p.title)}" for p in left_out]
        notes += [f"meeting {number}: {what}" for what in filled]
        meetings.append(meeting.model_copy(update={**update, "participants": people}))
    # and so is an encounter the model did not list (or all, if it listed none)
    if decide or not draft.meetings:
        unlisted = [other for other in reference.meetings if id(other) not in where]
        notes += [
            f"meeting {len(meetings) + n}: added, as the offline reading has it"
            for n in range(1, len(unlisted) + 1)
        ]
        meetings += unlisted
    empty = [hollow(m) for m in meetings]
    if not all(empty):  # beside encounters of the text, one with nothing of it goes
        notes += [f"meeting {n}: dropped, nothing of it is in the text" for n, e in enumerate(empty, 1) if e]
        meetings = [m for m, e in zip(meetings, empty, strict=True) if not e]
    if not meetings:  # none was an encounter: whether there was one is a decision too
        notes.append("not a meeting report, as the offline reading has it")
    result = draft.model_copy(update={"meetings": meetings, "is_meeting_report": bool(meetings)})
    return (consolidate(result) if decide else result), notes


def _split_off(other: DraftMeeting, meeting: DraftMeeting) -> DraftMeeting:
    """One of the encounters the reference reads where the model read one: the
    reference's, its people completed with what the model read of them."""
    people = []
    for person in other.participants:
        match = next((p for p in meeting.participants if same_person(person, p)), None)
        people.append(person.model_copy(update=_filled(person, match, _PERSON_FIELDS)) if match else person)
    return other.model_copy(update={"participants": people})
