"""Normalise: from a backend's draft to the record, deterministically.

What code decides better than a model is decided here, the same way for every
backend: dates from the date words against the publication date, countries and
demonyms to ISO codes, organisations to their codes, cities to their English names,
honorifics off names, parties sorted and de-duplicated.
"""

from __future__ import annotations

import re

from . import places
from .dates import resolve
from .draft import Draft, DraftMeeting, DraftParticipant
from .ingest import Source
from .schema import Analysis, Document, Location, Meeting, Participant, Status, Summary
from .text import fold, tidy

_HONORIFICS = (
    r"m|mm|mme|mmes|mlle|mr|mrs|ms|miss|dr|pr|prof|me|s\.? ?e|h\.? ?e|sir|dame|"
    r"monsieur|madame|mister|son excellence|his excellency|her excellency|"
    r"sheikh|cheikh|general|général|gen|lieutenant[- ]g[ée]n[ée]ral|lieutenant general|"
    r"g[ée]n[ée]ral de (?:corps d'arm[ée]e|division|brigade)|colonel(?:[- ]major)?|col|"
    r"commissaire(?: divisionnaire| principal)?|contr[ôo]leur g[ée]n[ée]ral|commandant|"
    r"capitaine|captain|admiral|amiral|brigadier(?: general)?|professeur|professor"
)
_HONORIFIC = re.compile(rf"^(?:(?:{_HONORIFICS})\.?\s+)+", re.IGNORECASE)


def strip_honorifics(name: str) -> str:
    """``"M. Abdellatif Hammouchi"`` → ``"Abdellatif Hammouchi"``; a name that is
    nothing but an honorific is returned unchanged."""
    cleaned = " ".join(tidy(name).split())
    bare = _HONORIFIC.sub("", cleaned).strip(" ,")
    return bare or cleaned


def _participant(person: DraftParticipant) -> tuple[Participant, str | None]:
    name = strip_honorifics(person.name) if person.name else None
    org = places.organisation(person.organisation) if person.organisation else None
    party = places.party_code(person.country) or (org.party if org else None)
    participant = Participant(
        name=name or None,
        title=tidy(person.title) if person.title else None,
        organisation=tidy(person.organisation) if person.organisation else None,
        party=None,
        role=person.role,
    )
    return participant, party


def _location(meeting: DraftMeeting) -> Location:
    found = places.city(meeting.city)
    city_name = found.name if found else (tidy(meeting.city) if meeting.city else None)
    country = places.country_code(meeting.country) or (found.country if found else None)
    if country is None and meeting.venue:
        # "au siège de la DGSN": a national agency's seat is in its country
        for mention in places.mentions(meeting.venue):
            if mention.organisation and mention.organisation.country:
                country = mention.organisation.country
                break
            if mention.city or mention.country:
                country = mention.city.country if mention.city else mention.country
                break
    venue = tidy(meeting.venue) if meeting.venue else None
    return Location(city=city_name, country=country, venue=venue)


def meeting(draft: DraftMeeting, source: Source) -> Meeting:
    """One draft meeting as a record meeting."""
    date, end_date = resolve(draft.date_text, source.published, future=draft.status is Status.ANNOUNCED)
    parties = {code for word in draft.parties if (code := places.party_code(word))}
    participants: list[Participant] = []
    seen: set[str] = set()
    for person in draft.participants:
        participant, party = _participant(person)
        key = fold(participant.name or participant.title or "")
        if key in seen:
            continue
        seen.add(key)
        if party is not None:
            parties.add(party)
            participant = participant.model_copy(update={"party": party})
        participants.append(participant)
    return Meeting(
        kind=draft.kind,
        status=draft.status,
        date=date,
        end_date=end_date,
        date_text=tidy(draft.date_text) if draft.date_text else None,
        location=_location(draft),
        parties=sorted(parties),
        participants=participants,
        topics=draft.topics,
        outcomes=[o.model_copy(update={"text": tidy(o.text)}) for o in draft.outcomes],
    )


def analysis(draft: Draft, source: Source, summary: Summary | None = None) -> Analysis:
    """The record of a communiqué from its draft. ``summary`` replaces the draft's."""
    meetings = [meeting(m, source) for m in draft.meetings] if draft.is_meeting_report else []
    return Analysis(
        document=Document(
            id=source.id,
            language=source.language,
            published=source.published,
            source=source.source,
            title=source.title,
        ),
        is_meeting_report=bool(meetings),
        meetings=meetings,
        summary=summary or draft.summary,
    )
