"""The offline reader: a communiqué's sentences to a draft, with no model.

A sentence with an encounter verb opens a meeting; the sentences after it belong to
that meeting until another one opens (a new counterpart, day or place, and no
anaphora such as "cette rencontre"). Each meeting takes its date words, place, kind
and status from its opening sentence, its people from the opening sentence and the
sentences that say who took part, its topics from what was discussed (closing
boilerplate excluded), and its outcomes from signing and commitment phrases. What
the rules cannot decide stays empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .. import dates, places
from ..draft import Draft, DraftMeeting, DraftParticipant
from ..ingest import Source
from ..schema import MeetingKind, Outcome, Role, Status, Topic
from ..text import fold, sentences
from ..topics import topics_in
from . import cues, outcomes, people
from .cues import Relation

#: Agencies whose communiqués speak for their home country.
AGENCY_COUNTRY = {
    "MAP": "MA", "APS": "DZ", "TAP": "TN", "AMAP": "ML", "AIP": "CI", "ABP": "BF", "ANP": "NE",
    "MENA": "EG", "QNA": "QA", "WAM": "AE", "SPA": "SA", "KUNA": "KW", "Petra": "JO", "BNA": "BH",
    "ONA": "OM", "SANA": "SY", "EFE": "ES", "ANSA": "IT", "Lusa": "PT", "dpa": "DE", "ACP": "CD",
}  # fmt: skip

_SPEECH = re.compile(
    r"(?:a|ont) (?:souligné|salué|affirmé|indiqué|mis en avant|exprimé|réitéré|relevé|mis l'accent|insisté|"
    r"plaidé|appelé|noté|précisé|déclaré|estimé|évoqué|passé en revue|présenté)|"
    r"\b(?:said|stressed|noted|underlined|highlighted|expressed|praised|welcomed|reiterated|emphasi[sz]ed|"
    r"called for|pointed out|added|told)\b",
    re.IGNORECASE,
)
_SEPARATELY = re.compile(
    r"successivement|tour à tour|séparément|respectivement|separately|in turn|one after another", re.I
)
_VENUE = re.compile(
    r"(?:au|à la|à l'|dans les locaux (?:de la|du|de l')|at the|in the)\s+"
    r"((?:siège|sièges|quartier général|headquarters|ministère|Ministry|Académie|Academy|École|Institut|Institute|"
    r"Palais|Palace|centre|Centre|Center|base|camp|préfecture|Direction)\b[^,;.]*?)"
    r"(?=\s*(?:,|;|\.|\s(?:à|in|en|au|le|on|avec|with|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche)\s|$))",
)
_PLACE_PREP = re.compile(
    r"(?:\bà|\bau|\baux|\ben|\bin|\bat|\bto|\bdans la ville d[e']|\bvers)\s+(?:la |le |l'|the )?$", re.I
)
_DATELINE_HEAD = re.compile(
    r"^\s*[A-ZÀ-Ý][\w'’ .-]{1,40}?,\s*[^()\n]{6,40}?\s*(?:\([A-Za-z]{2,8}\))?\s*[-–—:]\s*"
)


@dataclass
class _Segment:
    opening: str
    relation: Relation
    cue_start: int
    cue_end: int
    others: list[str] = field(default_factory=list)

    @property
    def all(self) -> list[str]:
        return [self.opening, *self.others]


def _meeting_cue(sentence: str) -> tuple[Relation, re.Match[str]] | None:
    found = [
        (m.start(), relation, m)
        for pattern, relation in cues.MEETING_VERBS
        if (m := pattern.search(sentence))
    ]
    if not found:
        return None
    _, relation, match = min(found, key=lambda item: item[0])
    return relation, match


def _is_background(sentence: str, cue: re.Match[str]) -> bool:
    """An encounter recalled, not reported: "lors de leur rencontre de 2019"."""
    window = sentence[max(0, cue.start() - 80) : cue.end() + 80]
    return bool(cues.BACKGROUND.search(window)) and not dates.find_phrases(sentence[: cue.end() + 40])


def _home_country(source: Source) -> str | None:
    if source.dateline and (city := places.city(source.dateline)):
        return city.country
    return AGENCY_COUNTRY.get(source.source or "")


def _analysable(source: Source) -> list[str]:
    out = []
    for index, raw in enumerate(sentences(source.text)):
        sentence = _DATELINE_HEAD.sub("", raw) if index == 0 else raw
        if not cues.INJECTION.search(sentence):
            out.append(sentence)
    return out


def _counterparts(sentence: str, countries: set[str]) -> set[str]:
    found = {fold(p.name) for p in people.find(sentence, countries) if p.name}
    found |= {m.country for m in places.mentions(sentence) if m.country}
    return found


def _segments(all_sentences: list[str], countries: set[str]) -> list[_Segment]:
    segments: list[_Segment] = []
    for sentence in all_sentences:
        cue = _meeting_cue(sentence)
        current = segments[-1] if segments else None
        if cue is None or _is_background(sentence, cue[1]):
            if current is not None:
                current.others.append(sentence)
            continue
        relation, match = cue
        anaphoric = bool(cues.SAME_MEETING.search(sentence[: match.start() + 1]))
        if current is not None and (anaphoric or _continues(current, sentence, countries)):
            current.others.append(sentence)
            continue
        segments.append(_Segment(sentence, relation, match.start(), match.end()))
    return segments


def _continues(current: _Segment, sentence: str, countries: set[str]) -> bool:
    """Whether a sentence with an encounter verb still speaks of the current meeting:
    no new date, no new counterpart."""
    new_dates = {fold(d[2]) for d in dates.find_phrases(sentence)}
    old_dates = {fold(d[2]) for s in current.all for d in dates.find_phrases(s)}
    if new_dates - old_dates:
        return False
    if cues.PARTICIPATION.search(sentence) and not _meeting_cue(sentence[:40]):
        return True
    seen = set().union(*(_counterparts(s, countries) for s in current.all))
    return not (_counterparts(sentence, countries) - seen)


def _location(opening: str, venue_sentences: list[str]) -> tuple[str | None, str | None, str | None]:
    """City, country (as a code) and venue from the opening sentence."""
    city = country = venue = None
    folded = fold(opening)
    for mention in places.mentions(opening):
        before = folded[: mention.start]
        raw_before = opening[: _raw_offset(opening, mention.start)]
        if not _PLACE_PREP.search(raw_before) and not re.search(
            r"(?:\ba|\bau|\ben|\bin|\bat|\bto)\s+(?:la |le |l |the )?$", before
        ):
            continue
        if mention.city and city is None:
            if re.search(r"(?:ambassade|embassy|consulat|consulate)\s+(?:\w+\s+){0,4}$", before):
                continue
            city = mention.city.name
            country = country or mention.city.country
        elif mention.country and country is None and not mention.organisation:
            country = mention.country
    for sentence in venue_sentences:
        match = _VENUE.search(sentence)
        if match:
            venue = match.group(1).strip()
            break
    if venue and country is None:
        for mention in places.mentions(venue):
            if mention.organisation and mention.organisation.country:
                country = mention.organisation.country
                break
    return city, country, venue


def _raw_offset(text: str, folded_offset: int) -> int:
    """An offset in ``text`` for an offset in ``fold(text)`` (close enough for context)."""
    low, high = 0, len(text)
    while low < high:
        mid = (low + high) // 2
        if len(fold(text[:mid] + "x")) - 1 < folded_offset:
            low = mid + 1
        else:
            high = mid
    return low


def _kind(segment: _Segment) -> MeetingKind:
    opening = segment.opening
    for kind, pattern in cues.KIND_CUES:
        if kind in (MeetingKind.WORKING_MEETING, MeetingKind.OFFICIAL_VISIT):
            break
        if pattern.search(opening):
            return kind
    working = dict(cues.KIND_CUES)[MeetingKind.WORKING_MEETING].search(opening)
    visiting = dict(cues.KIND_CUES)[MeetingKind.OFFICIAL_VISIT].search(opening)
    if visiting and not working:
        return MeetingKind.OFFICIAL_VISIT
    if working:
        return MeetingKind.WORKING_MEETING
    later_visit = any(
        re.match(r"\s*(?:Cette|Lors de cette|Au cours de cette|This|During the|During this) visit", s, re.I)
        for s in segment.others
    )
    if segment.relation is Relation.VISITS or later_visit:
        return MeetingKind.OFFICIAL_VISIT
    return MeetingKind.WORKING_MEETING


def _topics(segment: _Segment) -> list[Topic]:
    found: set[Topic] = set()
    for sentence in segment.all:
        if cues.BOILERPLATE.search(sentence) and sentence is not segment.opening:
            continue
        found |= topics_in(sentence)
    return sorted(found)


def _outcomes(segment: _Segment, status: Status) -> list[Outcome]:
    if status is Status.ANNOUNCED:
        return []
    found: list[Outcome] = []
    for sentence in segment.all:
        for outcome in outcomes.find(sentence):
            if all(o.type is not outcome.type for o in found):
                found.append(outcome)
    return found


def _people(segment: _Segment, countries: set[str], kind: MeetingKind, home: str | None,
            place_country: str | None) -> tuple[list[DraftParticipant], set[str]]:  # fmt: skip
    """Participants with roles, and the parties the opening sentence names."""
    opening = segment.opening
    together = kind in (MeetingKind.CALL, MeetingKind.CONFERENCE) or segment.relation is Relation.TOGETHER
    found: list[tuple[people.Person, str]] = []  # person, side ("subject"/"object")
    for person in people.find(opening, countries):
        side = "subject" if person.start < segment.cue_start else "object"
        found.append((person, side))
    subject_clause = opening[: segment.cue_start]
    leaders: list[DraftParticipant] = []
    if not any(side == "subject" for _, side in found):
        leader = people.unnamed_leader(subject_clause, countries)
        if leader:
            leaders.append(_participant(None, *leader, side="subject"))
    object_clause = opening[segment.cue_end :]
    if not any(side == "object" for _, side in found) and segment.relation is not Relation.TOGETHER:
        leader = people.unnamed_leader(object_clause, countries)
        if leader:
            leaders.append(_participant(None, *leader, side="object"))
    for sentence in segment.others:
        if cues.PARTICIPATION.search(sentence) or _SPEECH.search(sentence):
            delegation = _delegation_party(sentence)
            for person in people.find(sentence, countries):
                found.append((replace(person, party=person.party or delegation), "later"))
    parties = _parties(opening, countries)
    drafts = leaders + [
        _participant(p.name, p.title, p.organisation, p.party, side=side) for p, side in found
    ]
    return _roles(drafts, segment.relation, together, home, place_country, parties), parties


def _participant(name: str | None, title: str | None, organisation: str | None, party: str | None,
                 *, side: str) -> DraftParticipant:  # fmt: skip
    person = DraftParticipant(name=name, title=title, organisation=organisation, country=party)
    return person.model_copy(update={"role": _SIDE_MARK[side]})


# the side a person was found on, carried in `role` until roles are decided
_SIDE_MARK = {"subject": Role.HOST, "object": Role.GUEST, "later": Role.PARTICIPANT}


def _roles(found: list[DraftParticipant], relation: Relation, together: bool, home: str | None,
           place_country: str | None, parties: set[str]) -> list[DraftParticipant]:  # fmt: skip
    subject_parties = {p.country for p in found if p.role is Role.HOST and p.country}
    object_parties = {p.country for p in found if p.role is Role.GUEST and p.country}
    subject_hosts = relation is Relation.RECEIVES or (
        relation is Relation.WITH
        and not (place_country and place_country in object_parties - subject_parties)
    )
    if relation is Relation.VISITS:
        subject_hosts = False
    out = []
    for person in found:
        side = person.role
        if together:
            role = Role.PARTICIPANT
        elif side is Role.PARTICIPANT:  # found in a later sentence: by party
            if person.country and person.country in subject_parties:
                role = Role.HOST if subject_hosts else Role.GUEST
            elif person.country and person.country in object_parties:
                role = Role.GUEST if subject_hosts else Role.HOST
            else:
                role = Role.GUEST if person.country and person.country != home else Role.PARTICIPANT
        else:
            is_subject = side is Role.HOST
            role = Role.HOST if is_subject == subject_hosts else Role.GUEST
        country = person.country
        if country is None and side is Role.HOST and (role is Role.HOST or together):
            country = place_country or home
        if country is None and role is Role.GUEST:
            others = sorted((parties | object_parties) - subject_parties - {place_country or home})
            country = others[0] if len(others) == 1 else None
        out.append(person.model_copy(update={"role": role, "country": country}))
    return out


def _delegation_party(sentence: str) -> str | None:
    match = re.search(
        r"(?:délégation|delegation|partie|side)\s+(\w+)|(\w+)\s+(?:delegation|side)", sentence, re.I
    )
    if not match:
        return None
    return places.exact_country(match.group(1) or match.group(2) or "")


def _parties(opening: str, countries: set[str]) -> set[str]:
    """Countries and organisations the opening sentence names as actors: demonyms,
    country names after an actor noun, international organisations."""
    found: set[str] = set()
    folded = fold(opening)
    for mention in places.mentions(opening):
        before = folded[max(0, mention.start - 40) : mention.start]
        if mention.organisation is not None:
            if mention.organisation.country is None:
                found.add(mention.organisation.code)
            continue
        if mention.country is None:
            continue
        is_demonym = mention.text not in {fold(n) for n in _country_names(mention.country)}
        actor_before = re.search(
            r"(?:delegation|ambassad\w*|homologue|counterpart|ministre|minister|services?|police|autorites|authorities|"
            r"gouvernement|government|royaume|kingdom|republique|republic|forces|garde|officials|responsables|pays)\s+"
            r"(?:\w+\s+){0,3}(?:du|de la|de l|des|d|de|of|of the)?\s*$",
            before,
        )
        if is_demonym or actor_before:
            found.add(mention.country)
    return found


def _country_names(code: str) -> list[str]:
    t = places.tables()
    return [word for word, value in t.countries.items() if value == code and word[:1].isupper()] + [
        t.names.get(code, ""),
        t.names_fr.get(code, ""),
    ]


def read(source: Source) -> Draft:
    """Read a communiqué into a draft."""
    all_sentences = _analysable(source)
    countries = {m.country for m in places.mentions(source.text) if m.country}
    home = _home_country(source)
    if home:
        countries.add(home)
    meetings: list[DraftMeeting] = []
    for segment in _segments(all_sentences, countries):
        for part in _split_separately(segment, countries):
            meetings.append(_meeting(part, countries, home))
    return Draft(is_meeting_report=bool(meetings), meetings=meetings)


def _split_separately(segment: _Segment, countries: set[str]) -> list[_Segment]:
    """ "A a reçu successivement B, C et D": one meeting per counterpart."""
    if not _SEPARATELY.search(segment.opening):
        return [segment]
    found = [
        p
        for p in people.find(segment.opening, countries)
        if p.start > segment.cue_start and p.companion_of is None
    ]
    if len(found) < 2:
        return [segment]
    parts = []
    for index, person in enumerate(found):
        end = found[index + 1].start if index + 1 < len(found) else len(segment.opening)
        text = segment.opening[: segment.cue_end] + " " + segment.opening[person.start - 0 : end]
        parts.append(_Segment(text, segment.relation, segment.cue_start, segment.cue_end,
                              segment.others if index == len(found) - 1 else []))  # fmt: skip
    return parts


def _meeting(segment: _Segment, countries: set[str], home: str | None) -> DraftMeeting:
    opening = segment.opening
    status = Status.ANNOUNCED if cues.FUTURE.search(opening) else Status.HELD
    kind = _kind(segment)
    phrases = [p for p in dates.find_phrases(opening) if not re.fullmatch(r"\d{4}", p[2])]
    date_text = phrases[0][2] if phrases else None
    city, country, venue = _location(opening, segment.all[:2])
    participants, parties = _people(segment, countries, kind, home, country)
    for person in participants:
        if person.country:
            parties.add(person.country)
    if country and kind is not MeetingKind.CALL and participants:
        parties.add(country) if any(p.role is Role.HOST for p in participants) else None
    return DraftMeeting(
        kind=kind,
        status=status,
        date_text=date_text,
        city=city,
        country=country,
        venue=venue,
        parties=sorted(parties),
        participants=participants,
        topics=_topics(segment),
        outcomes=_outcomes(segment, status),
    )
