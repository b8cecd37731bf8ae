"""Normalise: from a backend's draft to the record, deterministically.

What code decides better than a model is decided here, the same way for every
backend: dates from the date words against the publication date, countries and
demonyms to ISO codes, organisations to their codes, topic words to the vocabulary,
cities to their English names, honorifics off names, parties sorted and de-duplicated.
A backend may give a code where it has one (the offline reader does): a code maps to
itself.
"""

from __future__ import annotations

from communique.draft import Draft, DraftMeeting, DraftParticipant
from communique.normalise import places
from communique.normalise.dates import resolve, stretch
from communique.normalise.names import strip_honorifics
from communique.normalise.topics import topic_code
from communique.schema import (
    Analysis,
    Document,
    Location,
    Meeting,
    MeetingKind,
    Outcome,
    Participant,
    Source,
    Status,
    Summary,
)
from communique.text import fold, tidy


def _participant(person: DraftParticipant, parties: set[str]) -> tuple[Participant, str | None]:
    # (the meeting's parties tell « Cheikh » a given name from a Gulf prince's title, when there are any)
    name = strip_honorifics(person.name, parties or None) if person.name else None
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
    # "au siège de la DGSN": a national agency's seat is in its country; not one of an acronym several countries'
    # agencies share (the text settles which, if anything does, by a city or a dateline read before), nor an embassy,
    # whose name holds the country it represents, not the one it stands in
    if country is None and meeting.venue and not places.ENVOY_SEAT.search(meeting.venue):
        for mention in places.mentions(meeting.venue):
            if mention.organisation and mention.organisation.also:
                break
            if mention.organisation and mention.organisation.country:
                country = mention.organisation.country
                break
            if mention.city or mention.country:
                country = mention.city.country if mention.city else mention.country
                break
    venue = tidy(meeting.venue) if meeting.venue else None
    return Location(city=city_name, country=country, venue=venue)


def hollow(draft: DraftMeeting) -> bool:
    """Whether the record of a draft meeting would hold nothing of the text: no one, no
    side, no place, no date phrase, no outcome (its kind, status and topics are words of
    the vocabulary; a side word that stands for no country or organisation reaches no
    record). A reply lists such a one for an encounter the text does not report."""
    return not (draft.participants or draft.city or draft.venue or draft.date_text or draft.outcomes
                or places.country_code(draft.country) or any(map(places.party_code, draft.parties)))  # fmt: skip


def meeting(draft: DraftMeeting, source: Source) -> Meeting:
    """One draft meeting as a record meeting."""
    date, end_date = resolve(
        draft.date_text, source.published, future=draft.status is Status.ANNOUNCED, year=source.year
    )
    parties = {code for word in draft.parties if (code := places.party_code(word))}
    participants: list[Participant] = []
    seen: set[str] = set()
    for person in draft.participants:
        participant, party = _participant(person, parties)
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
        topics=sorted({code for word in draft.topics if (code := topic_code(word))}),
        outcomes=[Outcome(type=o.type, text=tidy(o.text)) for o in draft.outcomes],
    )


def analysis(draft: Draft, source: Source) -> Analysis:
    """The record of a communiqué from its draft (its summaries, if it has them)."""
    meetings = [meeting(m, source) for m in draft.meetings] if draft.is_meeting_report else []
    years = {m.date.year for m in meetings if m.date}
    if source.published is None and len(years) == 1:
        # « Les 8 et 9 mai 2025, elle a accueilli deux délégations … Le 8 mai, … »: with no publication
        # date, a day and month alone are of the year the text's other meetings are dated in
        (year,) = years
        for index, undated in enumerate(meetings):
            if undated.date is None and undated.date_text:
                date, end_date = resolve(undated.date_text, None, year=year)
                meetings[index] = undated.model_copy(update={"date": date, "end_date": end_date})
    if len(meetings) == 1 and meetings[0].end_date is None:  # an encounter of days told apart from its day
        (only,) = meetings
        days = stretch(
            source.text,
            source.published,
            only.date,
            future=only.status is Status.ANNOUNCED,
            visit=only.kind is MeetingKind.OFFICIAL_VISIT,
        )
        if days is not None:
            meetings = [only.model_copy(update={"date": days[0], "end_date": days[1]})]
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
        summary=Summary(fr=draft.summary.fr, en=draft.summary.en) if draft.summary else None,
    )
