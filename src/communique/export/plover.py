"""Records as PLOVER events: one JSON object per encounter, for event-data users.

PLOVER (the ontology of the POLECAT dataset, after CAMEO) codes "who did what to whom":
a source and a recipient, each a list of actors, one or more event categories, a mode
and contexts. ``docs/plover.md`` says which field comes from what in a record, and what
cannot be mapped; ``docs/plover.schema.json`` is the shape of each event. In short:

- a meeting, visit or call held is ``CONSULT``, with its mode: ``phone`` for a call,
  ``multilateral`` for a conference or three parties or more, ``third-party`` for a
  meeting in a country that is none of its parties, ``visit`` when one side hosts the
  other; an announced one is ``AGREE`` (an intent to meet), with the context ``future``;
- an agreement signed at it adds ``SUPPORT``; a commitment it produced (an agreement
  planned, a follow-up, a mechanism, another commitment) adds ``AGREE``: PLOVER puts
  several categories in one event when the actors are the same;
- the visitors are the source and the hosts the recipient; when no side hosts (a call,
  a conference, a meeting on neutral ground) every side is the source and there is no
  recipient. A multilateral meeting is one event whose source lists every side, never
  pairwise events: PLOVER codes compound actors as one list.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from communique.normalise import places
from communique.schema import MeetingKind, OutcomeType, Role, Status, Topic

if TYPE_CHECKING:
    from communique.schema import Analysis, Meeting, Participant

#: The version of the PLOVER manual the events follow.
CODEBOOK = "PLOVER 0.7b1"

#: PLOVER's contexts for the topics that have one; the others are kept in ``topics``.
CONTEXTS = {
    Topic.TERRORISM: "terrorism",
    Topic.ORGANISED_CRIME: "crime",
    Topic.MONEY_LAUNDERING: "crime",
    Topic.DRUG_TRAFFICKING: "crime_drugs",
    Topic.CYBERCRIME: "cyber",
    Topic.ILLEGAL_MIGRATION: "migration",
    Topic.EXTRADITION: "legal",
    Topic.INTELLIGENCE_SHARING: "intelligence",
}

#: Outcomes that commit the parties to cooperate (``AGREE``), and those that sign (``SUPPORT``).
COMMITMENTS = (OutcomeType.AGREEMENT_PLANNED, OutcomeType.FOLLOW_UP_PLANNED, OutcomeType.MECHANISM_CREATED,
               OutcomeType.OTHER)  # fmt: skip


def to_lines(record: Analysis, source_id: str) -> str:
    """The events of a record as JSON Lines (nothing for a record with no meeting)."""
    return "".join(json.dumps(event, ensure_ascii=False) + "\n" for event in events(record, source_id))


def events(record: Analysis, source_id: str) -> list[dict[str, Any]]:
    """One PLOVER event per meeting of the record that names an actor (PLOVER codes no
    event without one: a meeting with neither party nor participant is left out);
    ``source_id`` names the record (its document id, or where it was read from)."""
    return [
        _event(record, source_id, number, meeting)
        for number, meeting in enumerate(record.meetings)
        if meeting.parties or meeting.participants
    ]


def _event(record: Analysis, source_id: str, number: int, meeting: Meeting) -> dict[str, Any]:
    doc, made = record.document, record.provenance
    held = meeting.status is Status.HELD
    modes = _modes(meeting)  # an announced visit has its visitor and host, but no mode yet
    sides = _sides(meeting, split="visit" in modes)
    where = f"meetings[{number}]"
    cue = next((span for span in record.spans if span.field == where), None)
    coder = (
        f"communique {made.tool_version} ({', '.join(filter(None, (made.backend, made.model)))})"
        if made
        else None
    )
    return {
        "id": f"{source_id}-{number + 1}",
        "has_event": True,
        "date": _iso(meeting.date),
        "enddate": _iso(meeting.end_date),
        "event": _categories(meeting),
        "mode": modes if held else [],
        "context": sorted(
            {CONTEXTS[t] for t in meeting.topics if t in CONTEXTS} | (set() if held else {"future"})
        ),
        "quad_code": 1,  # AGREE, CONSULT and SUPPORT are all verbal cooperation
        "source": sides[0],
        "recipient": sides[1],
        "event_loc": _location(meeting),
        "text_info": {"start": cue.start, "end": cue.end} if cue else None,
        "cite_info": {
            "citation": source_id,
            "title": doc.title,
            "language": doc.language,
            "publication": doc.source,
            "coder": coder,
            "codebook": CODEBOOK,
        },
        "coder": coder,
        # beyond PLOVER's fields: what a record says that PLOVER has no field for
        "source_id": source_id,
        "published": _iso(doc.published),
        "date_raw": meeting.date_text,
        "kind": meeting.kind.value,
        "status": meeting.status.value,
        "topics": [t.value for t in meeting.topics],
        "outcomes": [{"type": o.type.value, "text": o.text} for o in meeting.outcomes],
        "spans": [
            span.model_dump(mode="json", exclude_none=True)
            for span in record.spans
            if _within(span.field, where)
        ],
    }


def _within(field: str, where: str) -> bool:
    return field == where or field.startswith((f"{where}.", f"{where}["))


def _categories(meeting: Meeting) -> list[str]:
    """``CONSULT`` for an encounter held (``AGREE``, an intent to meet, for one to come),
    ``SUPPORT`` for an agreement signed at it, ``AGREE`` for a commitment it produced."""
    if meeting.status is Status.ANNOUNCED:
        return ["AGREE"]
    kinds = {outcome.type for outcome in meeting.outcomes}
    found = ["CONSULT"]
    if meeting.kind is MeetingKind.SIGNING or OutcomeType.AGREEMENT_SIGNED in kinds:
        found.append("SUPPORT")
    if kinds & set(COMMITMENTS):
        found.append("AGREE")
    return found


def _modes(meeting: Meeting) -> list[str]:
    """How the consultation took place, in PLOVER's words (none, one or several)."""
    if meeting.kind is MeetingKind.CALL:
        return ["phone"]
    found = []
    if meeting.kind is MeetingKind.CONFERENCE or len(meeting.parties) >= 3:
        found.append("multilateral")
    country = meeting.location.country
    if country and meeting.parties and country not in meeting.parties:
        found.append("third-party")
    if not found and {Role.HOST, Role.GUEST} <= {person.role for person in meeting.participants}:
        found.append("visit")
    return found


def _sides(meeting: Meeting, *, split: bool) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Source and recipient: with ``split`` (a visit), the guests and the hosts; without,
    every side as the source. A party no participant stands for is an actor of its
    own: on a visit, the host's side if the meeting is in its country."""
    source: list[dict[str, Any]] = []
    recipient: list[dict[str, Any]] = []
    for person in meeting.participants:
        side = recipient if split and person.role is Role.HOST else source
        side.append(_actor(person.party, person))
    represented = {person.party for person in meeting.participants}
    for party in meeting.parties:
        if party not in represented:
            side = recipient if split and party == meeting.location.country else source
            side.append(_actor(party, None))
    return source, recipient


def _actor(party: str | None, person: Participant | None) -> dict[str, Any]:
    """A PLOVER actor: its code (ISO alpha-3 for a country, ``IGO`` for an organisation),
    and what the record says of the person who stands for it."""
    country = party if party and places.alpha3(party) else None
    return {
        "code": places.alpha3(country) if country else ("IGO" if party else None),
        "identifier_text": party if party and not country else None,
        "actor_text": person.name if person else None,
        "office": person.title if person else None,
        "country": country,
        "party": party,
        "organisation": person.organisation if person else None,
        "role": person.role.value if person else None,
    }


def _location(meeting: Meeting) -> dict[str, Any] | None:
    where = meeting.location
    if not (where.city or where.country or where.venue):
        return None
    return {
        "name": where.city,
        "country_code": where.country,
        "cc3": places.alpha3(where.country) if where.country else None,
        "venue": where.venue,
    }


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()
