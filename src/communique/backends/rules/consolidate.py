"""The meetings of one communiqué taken together: a meeting told again, a trip whose
encounters are told one by one, an arrival that is part of a visit, a side named by one
meeting and missing from another, an acronym a text defines once.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection
from dataclasses import dataclass

from communique import regexes
from communique.backends.rules import kinds, people
from communique.backends.rules.cues import Relation
from communique.backends.rules.encounters import _meeting_cue, _people_in, _Segment, _unquoted
from communique.backends.rules.segments import _SUBJECT, _surname
from communique.backends.rules.sides import _force_after, _initialled, _participant, _parties
from communique.backends.rules.venue import _Place
from communique.draft import DraftMeeting, DraftParticipant
from communique.normalise import names, places
from communique.reconcile import _agree, same_person
from communique.schema import MeetingKind, Role
from communique.text import branched, fold

#: A body's name and the acronym the text gives it: "the Fiji Police Force (FPF)".
_DEFINED_ACRONYM = regexes.compile(r"((?:[A-Z][\w'’-]+ ){1,5})\(([A-Z]{2,8})\)")


#: The acronym in brackets every match of :data:`_DEFINED_ACRONYM` ends with: a text with none (two
#: of five) is spared that pattern, which is tried at every character (this one skips to each "(").
_ACRONYM_IN_BRACKETS = regexes.compile(r"\([A-Z]{2,8}\)")


def _defined_acronyms(text: str) -> dict[str, str]:
    """The acronyms a text defines for a country's body ("the Vanuatu Police Force (VPF)"), and
    that country: not an acronym the tables know already."""
    defined: dict[str, str] = {}
    if _ACRONYM_IN_BRACKETS.search(text) is None:
        return defined
    for match in _DEFINED_ACRONYM.finditer(text):
        acronym, words = match.group(2), match.group(1).split()
        if places.organisation(acronym) is not None or places.country_code(acronym) is not None:
            continue
        code = places.exact_country(" ".join(words[:2])) or places.exact_country(words[0])
        if code is not None and re.fullmatch(r"[A-Z]{2}", code):
            defined.setdefault(acronym, code)
    return defined


def _by_defined_acronyms(meeting: DraftMeeting, defined: dict[str, str]) -> DraftMeeting:
    """A meeting whose people's titles name a body by the acronym the text defined for it ("the FPF
    Commissioner, Joe Naivalu"), each of that body's country."""
    people = []
    for person in meeting.participants:
        codes = {defined[w] for w in re.findall(r"[A-Z]{2,8}", person.title or "") if w in defined}
        if len(codes) == 1 and (code := codes.pop()) != person.country:
            # (one of the place's country hosted; one of another, there, is its guest)
            visiting = person.role is Role.HOST and meeting.country not in (None, code)
            role = Role.GUEST if visiting else person.role
            people.append(person.model_copy(update={"country": code, "role": role}))
        else:
            people.append(person)
    if people == list(meeting.participants):
        return meeting
    parties = sorted({*meeting.parties, *(p.country for p in people if p.country)})
    return meeting.model_copy(update={"participants": people, "parties": parties})


def _posting_filled(meeting: DraftMeeting) -> DraftMeeting:
    """A meeting of an ambassador posted to a country with people whose country is not said:
    they are of the country he is posted to, and host him (« l'entretien du ministre de
    l'Intérieur, X, avec l'ambassadeur des Etats-Unis en Tunisie, Y »)."""
    envoys = [
        (p, posted)
        for p in meeting.participants
        if p.country and p.title and (posted := _POSTED_TO.search(p.title)) is not None
    ]
    # (those the opening names, not those told of after it: the envoy's own staff may be among them)
    unsaid = [
        p for p in meeting.participants if p.country is None and p.name and p.role is not Role.PARTICIPANT
    ]
    if len(envoys) != 1 or not unsaid or len(people.postings(envoys[0][0].title or "")[1]) > 1:
        # (an envoy posted to several countries at once leaves unsaid whose those he met are)
        return meeting
    envoy, posted = envoys[0]
    posting = places.exact_country(posted.group("country"))
    if posting is None or posting == envoy.country:
        return meeting
    if any(
        p.country == posting and p.role not in (envoy.role, Role.PARTICIPANT) for p in meeting.participants
    ):
        # the country posted to has its own people there, on the other side: those unsaid on the envoy's side
        # came with him ("the signing between IGP X and Z, Director of Public Security of Jordan … was attended
        # by the ambassador of Rwanda to Jordan, Y": X is Rwanda's, a guest as the envoy is)
        participants = [
            p.model_copy(update={"country": envoy.country}) if p in unsaid and p.role is envoy.role else p
            for p in meeting.participants
        ]
        return meeting.model_copy(update={"participants": participants})
    participants = [
        p.model_copy(update={"country": posting, "role": Role.HOST if p.role is envoy.role else p.role})
        if p in unsaid
        else p
        for p in meeting.participants
    ]
    return meeting.model_copy(
        update={"participants": participants, "parties": sorted({*meeting.parties, posting})}
    )


#: An envoy's title that names the country he is posted to: "ambassadeur des Etats-Unis en Tunisie",
#: "High Commissioner of India to Nepal", « ambassadeur des Émirats près la République du Bénin ».
_POSTED_TO = regexes.compile(
    r"\b(?:ambassad\w+|haut-commissaire|high commissioner|chargée? d'affaires|consul)\b(?:(?!résid|resid|based).)*?"
    r"\b(?:en|au|aux|à|to|in|près(?:\s+d[eu]|\s+de\s+la)?)\s+(?:the\s+|la\s+|le\s+|l['’])?(?P<country>[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2})\s*$",
    re.IGNORECASE,
)


def _other_side_filled(meeting: DraftMeeting) -> DraftMeeting:
    """A meeting of two countries whose hosts are all of one and whose guests are of the
    other or of none said: those of none said are of the other ("M. Haddad, en visite à
    Amman, … son homologue jordanien Y" in a text on Lebanon and Jordan). Not a guest of the country
    the meeting is held in, when the sentence opens on his journey there and its hosts are of another
    ("During his official visit to Qatar, X met his Jordanian counterpart"): he went there, he is not of it."""
    sides = [c for c in meeting.parties if c in places.tables().names]
    if len(sides) != 2 or not any(p.country is None for p in meeting.participants):
        return meeting
    of = {
        role: {p.country for p in meeting.participants if p.role is role and p.country}
        for role in (Role.HOST, Role.GUEST)
    }
    filled = dict.fromkeys((Role.HOST, Role.GUEST))
    for role, other in ((Role.HOST, Role.GUEST), (Role.GUEST, Role.HOST)):
        if (
            len(of[other]) == 1
            and (known := next(iter(of[other]))) in sides
            and of[role] <= set(sides) - {known}
        ):
            filled[role] = next(c for c in sides if c != known)
    if (
        filled[Role.GUEST] == meeting.country
        and not of[Role.GUEST]
        and of[Role.HOST] - {meeting.country}
        and meeting.cue is not None
        and people.JOURNEY_OPENS.match(meeting.cue.sentence)
    ):
        filled[Role.GUEST] = None
    if not any(filled.values()):
        return meeting
    participants = [
        p.model_copy(update={"country": filled.get(p.role)})
        if p.country is None and filled.get(p.role)
        else p
        for p in meeting.participants
    ]
    return meeting.model_copy(update={"participants": participants})


def _earlier(edition: tuple[str, int] | None, first: tuple[str, int] | None) -> bool:
    """Whether a later encounter is an earlier edition of the event the text reports."""
    return edition is not None and first is not None and edition[0] == first[0] and edition[1] < first[1]


def _news_outlet(credit: str) -> bool:
    """Whether a credit is a news outlet's name ("Le Courrier du Vietnam", "The Nation Thailand",
    "Ghana News Agency"): a word of :data:`names.MEDIA_WORDS`. An outlet reports, it takes no side."""
    return not names.MEDIA_WORDS.isdisjoint(fold(credit).split())


def _sides_named(sentence: str, countries: frozenset[str]) -> set[str]:
    """The sides a sentence names, whatever it tells."""
    return _parties(_Segment(sentence, Relation.TOGETHER, 0, 0), countries)


def _lead_in_side(lead_in: tuple[str, ...], countries: frozenset[str]) -> str | None:
    """The one side the last of the ``lead_in`` sentences (those before the first encounter)
    names, which the encounter then calls « elle » or "the delegation": « Une délégation de la
    Police nationale du Burkina Faso séjourne à Abidjan. Conduite par X, elle a été reçue mardi
    par Y » (not a tour's countries)."""
    if not lead_in:
        return None
    mentioned = {
        m.country or (m.organisation.country if m.organisation else None)
        for m in places.mentions(lead_in[-1])
    }
    sides = _sides_named(lead_in[-1], countries)
    return sides.pop() if len(sides) == 1 and len(mentioned - {None}) == 1 else None


def _only_the_trip(meeting: DraftMeeting, meetings: list[DraftMeeting]) -> bool:
    """Whether a meeting names no one but guests, each a guest of another of the meetings
    between the same sides: the journey those encounters were part of ("arrived in Ankara on
    Monday"), or the encounter told first in general words ("met with key Malaysian police
    officials"), not an encounter of its own. A call is no part of a journey: it is made from afar ("spoke by phone
    with Y … will travel to Rabat next week" is the call, then a visit announced)."""
    named = [p for p in meeting.participants if p.name]
    return (
        bool(named)
        and len(named) == len(meeting.participants)
        and all(p.role is Role.GUEST for p in named)
        and all(
            any(
                q.name == p.name and set(meeting.parties) <= set(other.parties)
                for other in meetings
                if other is not meeting and other.kind is not MeetingKind.CALL
                for q in other.participants
            )
            for p in named
        )
    )


#: The words after which an office's head word has been said: "Inspector General of Police", « directeur général de
#: la police », "Minister for Home Affairs".
_OFFICE_OF = frozenset(["of", "for", "de", "du", "des", "d", "pour", "in", "at"])


def _office_word(title: str) -> str:
    """The word that says what office a title is: its last before what it is of ("Inspector General of Police" is a
    general's, not police's: "Minister of Police Affairs" holds no such office), else its last ("the Japanese
    Minister")."""
    words = fold(title).split()
    cut = next((i for i, word in enumerate(words) if word in _OFFICE_OF and i), len(words))
    return words[cut - 1]


def _named_elsewhere(meetings: list[DraftMeeting]) -> list[DraftMeeting]:
    """The meetings, each office-holder left unnamed in one ("The Lebanese minister arrived",
    "The Japanese Minister … met") named as the one person of his side and role, holding such an
    office or none said, whom the others name."""
    named = [(meeting, p) for meeting in meetings for p in meeting.participants if p.name and p.country]
    # the meetings that name each person of a side, role and office (or of none said), by name: read
    # once for each (all the names read again for each unnamed one made a long text's reading quadratic)
    holders: dict[tuple[str, Role, str], dict[str | None, set[int]]] = {}
    result = []
    for meeting in meetings:
        here = {p.name for p in meeting.participants}
        people = []
        for person in meeting.participants:
            same: set[str | None] = set()
            if person.name is None and person.title and person.country:
                office = _office_word(person.title)
                key = (person.country, person.role, office)
                if key not in holders:
                    holders[key] = {}
                    for other, p in named:
                        if (
                            p.country == person.country
                            and p.role is person.role
                            and (p.title is None or office in fold(p.title).split())
                        ):
                            holders[key].setdefault(p.name, set()).add(id(other))
                same = {
                    name for name, where in holders[key].items() if len(where) > 1 or id(meeting) not in where
                }
            unique = len(same) == 1 and not same & here
            people.append(person.model_copy(update={"name": same.pop()}) if unique else person)
        result.append(meeting.model_copy(update={"participants": people}))
    return result


def _told_again(meeting: DraftMeeting, later: list[DraftMeeting]) -> bool:
    """Whether a later meeting of the same kind, between the same sides, names the same people as this
    one: the one encounter, told first among others ("held four bilaterals … with the Senegalese
    minister") and then on its own ("This morning, X received the Minister … of Senegal, General Y")."""
    named = {p.name for p in meeting.participants if p.name}
    if not named and meeting.participants and meeting.date_text is None and meeting.city is None:
        # told first by offices alone, with no day and no place ("Police chief meets US ambassador"), then in full
        # ("Director General of the National Police and US Ambassador X on Friday discussed …"); the offices may name
        # one side only ("The country's police chief met with the head of the FBI", then "… Commissioner General X
        # met FBI Director Y at the FBI headquarters in Washington on Tuesday")
        return any(
            other.kind is meeting.kind
            and set(meeting.parties) <= set(other.parties)
            and other.date_text is not None
            and any(p.name for p in other.participants)
            for other in later
        )
    return bool(named) and any(
        other.kind is meeting.kind
        and other.parties == meeting.parties
        and {p.name for p in other.participants if p.name} == named
        for other in later
    )


#: A guest welcomed on his arrival: "X, who arrived in Baghdad earlier today, was welcomed by Y", "Arriving at the
#: airport in the morning, X was welcomed by Y", « Arrivé en mi-journée à l'aéroport, M. X a été accueilli par Y »
#: (a sentence of its own: "M." is no full stop there).
_WELCOMED_ON_ARRIVAL = regexes.compile(
    r"(?:\b(?:who|qui) (?:arrived|has arrived|had arrived|est arrivée?|était arrivée?)\b[^.;]{0,80}?|"
    r"^\s*(?:arriving|(?:upon |on )?arrival|arrivée?s?)\b[^;]{0,120}?,[^;]{0,160}?)\b"
    r"(?:was|were|a été|ont été) (?:received|welcomed|greeted|accueillie?s?|reçue?s?)\b",
    re.IGNORECASE,
)


def _on_arrival(meeting: DraftMeeting) -> bool:
    """Whether a meeting is a guest's welcome on his arrival (:data:`kinds.ARRIVAL`, :data:`_WELCOMED_ON_ARRIVAL`)."""
    told = meeting.cue.sentence if meeting.cue else ""
    return bool(kinds.ARRIVAL.search(told) or _WELCOMED_ON_ARRIVAL.search(told))


def _visit_of(meeting: DraftMeeting, result: list[DraftMeeting]) -> DraftMeeting | None:
    """The visit told before that a meeting is part of: a welcome on arrival told after an encounter of the same guest
    in the same place; or the talks told after the guest's welcome on arrival, of no other day and no other side."""
    # (a welcome whose guest is told by an office its sentence does not place on his side, "Upon his arrival at Kigali
    # International Airport, the minister was received by officials …", is his by the names it shares)
    named = {p.name for p in meeting.participants if p.name}
    guests = {p.name for p in meeting.participants if p.name and p.role is Role.GUEST}
    arrival = _on_arrival(meeting)
    return next(
        (
            earlier
            for earlier in result
            if earlier.kind in (MeetingKind.WORKING_MEETING, MeetingKind.OFFICIAL_VISIT)
            and (
                (
                    arrival
                    and (
                        guests & {p.name for p in earlier.participants if p.role is Role.GUEST}
                        or (not guests and named and named <= {p.name for p in earlier.participants})
                    )
                    and (meeting.city is None or earlier.city in (None, meeting.city))
                )
                or (
                    not arrival
                    and _on_arrival(earlier)
                    and meeting.kind in (MeetingKind.WORKING_MEETING, MeetingKind.OFFICIAL_VISIT)
                    and meeting.status is earlier.status
                    and meeting.date_text in (None, earlier.date_text)
                    and set(meeting.parties) <= set(earlier.parties)
                )
            )
        ),
        None,
    )


def _with_arrivals(meetings: list[DraftMeeting]) -> list[DraftMeeting]:
    """The meetings, the welcome of a guest on his arrival ("X, who arrived in Baghdad earlier today,
    was welcomed by Y"; "Upon his arrival, he was received by Y") told after an encounter of the same
    guest in the same place made part of that visit: one official visit, with all its people; so are the
    talks told after the welcome ("… was welcomed by Y. The minister then held talks in Nairobi with his
    counterpart"), which give the visit their place and topics."""
    result: list[DraftMeeting] = []
    for meeting in meetings:
        visit = _visit_of(meeting, result)
        if visit is None:
            result.append(meeting)
            continue
        named = {p.name for p in visit.participants}
        merged = visit.model_copy(
            update={
                "kind": MeetingKind.OFFICIAL_VISIT,
                "participants": [
                    *visit.participants,
                    *(p for p in meeting.participants if p.name not in named),
                ],
                "parties": sorted({*visit.parties, *meeting.parties}),
                "date_text": visit.date_text or meeting.date_text,
                "city": visit.city or meeting.city,
                "country": visit.country or meeting.country,
                "topics": sorted({*visit.topics, *meeting.topics}),
                "outcomes": [*visit.outcomes, *meeting.outcomes],
            }
        )
        result = [merged if m is visit else m for m in result]
    return result


#: The heading of a speech: "Speaking notes for the Minister of Police, X, on the occasion of …", "Address by the
#: Chairperson of …, X, <venue>", « Allocution de … ».
_SPEECH_HEAD = regexes.compile(
    r"^[ \t]*(?:speaking notes|(?:keynote |opening |welcome )?(?:address|remarks|speech|statement)|allocution|discours)"
    r" (?:delivered )?(?:by|for|of|de|du|prononcée? par)\b(?P<speaker>[^\n]*)",
    re.IGNORECASE | re.MULTILINE,
)
#: Where a speech's salutation list ends: "Ladies and Gentlemen", « Mesdames et Messieurs ».
_SALUTATIONS_END = regexes.compile(
    r"\b(?:ladies and gentlem[ae]n|mesdames,? (?:et )?messieurs|good (?:morning|afternoon|evening))",
    re.IGNORECASE | re.MULTILINE,
)


#: The words that open a greeting of a salutation list, where lines joined by a reflow are cut again.
_GREETING = regexes.compile(
    r"(?<![,:;]) (?=(?:Honourable|Hon\.|Your Excellenc|His Excellenc|Her Excellenc|Distinguished|Esteemed|Programme Director|"
    r"Master of Ceremonies)\b)"
)


def saluted(
    meeting: DraftMeeting, text: str, countries: frozenset[str], own: str | None = None
) -> DraftMeeting:
    """A gathering told by a speech, with the speaker its heading names and those its salutation list greets,
    one a line ("Programme Director, Superintendent X", "Minister of Home Affairs of Zimbabwe, Honourable
    Minister Y;"), up to "Ladies and Gentlemen": they are there. The speaker whose title names no country is of his
    publisher's side (``own``), failing that of the country the meeting is in; he hosts the guests he welcomes there
    when no one else does."""
    head = _SPEECH_HEAD.search(text, 0, 800)
    if head is None or meeting.kind is MeetingKind.CALL:
        return meeting
    end = _SALUTATIONS_END.search(text, head.end(), head.end() + 2000)
    # (a title that ends its line on a colon goes on with the name on the next: "… of eSwatini:\nX;"; with no
    # "Ladies and Gentlemen" to end the greetings, « Excellence, Honorables invités, », only the speaker is sure)
    block = re.sub(r":[ \t]*\n", ": ", text[head.end() : end.start()]) if end is not None else ""
    # (one greeting a line, or, when the lines were joined, each from the words that open one: "… Ruth Nabirye
    # Honourable Minister of …")
    lines = [head.group("speaker"), *(part for line in block.split("\n") for part in _GREETING.split(line))]
    known = {_surname(p.name) for p in meeting.participants if p.name}
    added = []
    # (the speaker's own side: his publisher's, or the country he speaks in; the host of guests no one else hosts)
    speaker_side = own or meeting.country
    hosting = not any(p.role is Role.HOST for p in meeting.participants) and any(
        p.role is Role.GUEST and p.country != speaker_side for p in meeting.participants
    )
    for index, line in enumerate(lines):
        if not line.strip() or len(line) > 300:
            continue
        for person in _people_in(line.strip().rstrip(";:,") + ".", countries):
            if person.name and _surname(person.name) not in known:
                known.add(_surname(person.name))
                national = not _ENVOY.search(person.title or "") and not _BODY_OFFICE.search(
                    person.title or ""
                )
                party = person.party or (speaker_side if index == 0 and national else None)
                role = Role.HOST if index == 0 and hosting and party == speaker_side else Role.PARTICIPANT
                added.append(_participant(person.name, person.title, person.organisation, party, role))
    # (and where, when the heading says it and nothing else did: "Address by …, X, Serena Hotel, Kampala, Uganda")
    city = (
        next((m.city for m in places.mentions(head.group("speaker")) if m.city), None)
        if not meeting.city
        else None
    )
    if not added and city is None and meeting.kind is not MeetingKind.WORKING_MEETING:
        return meeting
    parties = sorted({*meeting.parties, *(p.country for p in added if p.country)})
    update: dict[str, object] = {"participants": [*meeting.participants, *added], "parties": parties}
    if city is not None and meeting.country in (None, city.country):
        update |= {"city": city.name, "country": city.country}
    if (
        end is not None
        and meeting.kind is MeetingKind.WORKING_MEETING
        and kinds.NUMBERED.search(text[end.end() : end.end() + 1500])
    ):
        update["kind"] = MeetingKind.CONFERENCE  # the speech addresses "the 27th AGM of …": a gathering's
    return meeting.model_copy(update=update)


#: An office of a body named in full, its own side: "Chairperson of the East African Police Chiefs Cooperation
#: Organisation", « Secrétaire général de l'Organisation internationale de police criminelle ».
_BODY_OFFICE = regexes.compile(r"\b(?:of the|de l['’]|de la|du) (?:[A-Z][\w-]+ ){2,}")


#: A diplomat's title: one posted abroad, whose country is not the one he receives in.
_ENVOY = regexes.compile(
    r"ambassad|chargée? d['’]affaires|high commission|haut[- ]commissa|consul|embass", re.IGNORECASE
)


def hosts_country(meeting: DraftMeeting) -> DraftMeeting:
    """A visit or working meeting in a town the tables do not know (« à Bata », "in Mangochi"), in the
    country of its hosts, when they are all of one and none of its guests is of it."""
    if (
        meeting.country
        or not meeting.city
        or meeting.kind not in (MeetingKind.OFFICIAL_VISIT, MeetingKind.WORKING_MEETING)
    ):
        return meeting
    hosts = {p.country for p in meeting.participants if p.role is Role.HOST}
    guests = {p.country for p in meeting.participants if p.role is Role.GUEST}
    envoy = any(_ENVOY.search(p.title or "") for p in meeting.participants if p.role is Role.HOST)
    if len(hosts) != 1 or None in hosts or not guests or hosts & guests or envoy:
        return meeting
    code = next(iter(hosts))
    if code not in places.tables().names or places.city(meeting.city) is not None:
        return meeting
    return meeting.model_copy(update={"country": code})


def envoys_received(meeting: DraftMeeting, named: Collection[str | None]) -> DraftMeeting:
    """A meeting placed nowhere where every guest is a diplomat (« a reçu l'ambassadeur des USA »), in the country
    of its hosts, when they are all of one the text names (``named``: « la coopération entre la Tunisie et les
    États-Unis ») and none of the guests is of it: an envoy calls on those of the country he is posted to, in it.
    Not hosts whose country the text leaves unsaid (« entre notre pays et le Danemark »)."""
    if (
        meeting.country
        or meeting.city
        or meeting.kind not in (MeetingKind.OFFICIAL_VISIT, MeetingKind.WORKING_MEETING)
    ):
        return meeting
    hosts = {p.country for p in meeting.participants if p.role is Role.HOST}
    guests = [p for p in meeting.participants if p.role is Role.GUEST]
    if (
        len(hosts) != 1
        or not hosts <= set(named) - {None}
        or not guests
        or not all(_ENVOY.search(p.title or "") and p.country not in hosts for p in guests)
        # (an envoy accredited to several countries at once is received in none of them as such)
        or any(len(people.postings(p.title or "")[1]) > 1 for p in guests)
    ):
        return meeting
    code = next(iter(hosts))
    return meeting.model_copy(update={"country": code}) if code in places.tables().names else meeting


def hosts_at_home(meeting: DraftMeeting) -> DraftMeeting:
    """A meeting read with hosts foreign to the country it was held in, where one of that country takes part, with
    the one at home receiving: roles the other way round when all its hosts are foreign and all its guests of that
    country (« A et son homologue espagnol B ont signé à Rabat », "On the sidelines of the summit in Windhoek,
    President A of Seychelles met President B" read the subject as the host), and a foreign host a guest when a
    host of that country is there too and no guest is (« A et son homologue belge B ont convenu, à Bruxelles »).
    Not a diplomat posted there: an ambassador receives at his embassy, in the country he is posted to."""
    country = meeting.country
    if country is None or meeting.kind not in (
        MeetingKind.OFFICIAL_VISIT,
        MeetingKind.WORKING_MEETING,
        MeetingKind.SIGNING,
    ):
        return meeting
    hosts = [p for p in meeting.participants if p.role is Role.HOST]
    guests = [p for p in meeting.participants if p.role is Role.GUEST]
    # (a diplomat called on, or receiving at his embassy or residence, is at home where he is posted: "the Minister
    # called on the US Ambassador")
    called_on = meeting.kind is MeetingKind.OFFICIAL_VISIT or bool(
        meeting.venue and places.ENVOY_SEAT.search(meeting.venue)
    )
    foreign = [
        p
        for p in hosts
        if p.country not in (None, country) and not (called_on and _ENVOY.search(p.title or ""))
    ]
    if not foreign:
        return meeting
    if len(foreign) == len(hosts) and guests and all(p.country == country for p in guests):
        changed = {id(p): Role.GUEST for p in hosts} | {id(p): Role.HOST for p in guests}
    elif any(p.country == country for p in hosts) and not any(p.country == country for p in guests):
        changed = {id(p): Role.GUEST for p in foreign}
    else:
        return meeting
    participants = [
        p.model_copy(update={"role": changed[id(p)]}) if id(p) in changed else p for p in meeting.participants
    ]
    return meeting.model_copy(update={"participants": participants})


def visitors_kept(meetings: list[DraftMeeting]) -> list[DraftMeeting]:
    """The meetings, a guest of a visit to a country never of that country in another meeting of the same
    text: "X and Y are in Jordan for a 3-day visit", then "Minister X and his counterpart … witnessed the
    signing … between IGP Y and Z, the Director of Public Security of Jordan" (X and Y are the visitors, of
    their own country when the visit says it, else of the other side the meeting names, and its guests)."""
    result = list(meetings)
    for meeting in meetings:
        visited = meeting.country
        if meeting.kind is not MeetingKind.OFFICIAL_VISIT or visited not in places.tables().names:
            continue
        guests = {
            _surname(p.name): p.country
            for p in meeting.participants
            if p.name and p.role is Role.GUEST and p.country != visited
        }
        if not guests:
            continue
        for i, later in enumerate(result):
            if later is meeting or later.country not in (None, visited) or visited not in later.parties:
                continue
            others = [c for c in later.parties if c != visited and c in places.tables().names]
            participants = []
            for person in later.participants:
                key = _surname(person.name) if person.name else ""
                own = guests.get(key) or (others[0] if len(others) == 1 else None)
                if key in guests and person.country == visited and own:
                    role = Role.GUEST if person.role is Role.HOST else person.role
                    participants.append(person.model_copy(update={"country": own, "role": role}))
                else:
                    participants.append(person)
            result[i] = later.model_copy(update={"participants": participants})
    return result


def _without_trips(meetings: list[DraftMeeting]) -> list[DraftMeeting]:
    """The meetings less each that is only the trip of another's guests (:func:`_only_the_trip`);
    an encounter of such a guest set in no city is set in the trip's ("signed a memorandum with his
    Lebanese counterpart X. The Lebanese minister arrived in Amman yesterday on an official visit")."""
    trips = [m for m in meetings if _only_the_trip(m, meetings)]
    apart = {id(trip) for trip in trips}  # (not each trip for each meeting: a long text's many trips)
    kept = [m for m in meetings if id(m) not in apart]
    placed = next((trip for trip in trips if trip.city), None)
    if placed is None:
        return kept
    guests = {p.name for p in placed.participants}
    return [
        m.model_copy(update={"city": placed.city, "country": m.country or placed.country})
        if m.city is None
        and m.kind is not MeetingKind.CALL
        and m.country in (None, placed.country)
        and guests & {p.name for p in m.participants}
        else m
        for m in kept
    ]


def _adds_nothing(meeting: DraftMeeting, meetings: list[DraftMeeting]) -> bool:
    """Whether a meeting names no one, and only sides, a day and a place the others give."""
    others = [m for m in meetings if m is not meeting]
    return (
        not meeting.participants
        and set(meeting.parties) <= {party for m in others for party in m.parties}
        and meeting.date_text in (None, *(m.date_text for m in others))
    )


def _names_by_office(meeting: DraftMeeting, other: DraftMeeting) -> bool:
    """Whether a meeting names no one, only office-holders, each of whom another meeting of the same kind
    between the same sides names, of the same side and role (any role, for one of no known side: a headline's
    shorter wording may tell him as the other) and holding that office (:func:`_office_told`), and whose day
    and place are that one's or untold."""
    return (
        bool(meeting.participants)
        and not any(p.name for p in meeting.participants)
        and other is not meeting
        and other.kind is meeting.kind
        and set(meeting.parties) <= set(other.parties)
        and meeting.city in (None, other.city)
        and (meeting.date_text is None or other.date_text in (None, meeting.date_text))
        and all(
            any(
                q.name
                and q.country == p.country
                and (q.role is p.role or p.country is None)
                and _office_told(q.title, p.title)
                for q in other.participants
            )
            for p in meeting.participants
        )
    )


def _office_told(full: str | None, told: str | None) -> bool:
    """Whether an office told (``told``) is ``full``, or its first words: « ministre de l'Intérieur » of a headline
    is the « Ministre de l'Intérieur, de la Décentralisation et du Développement local » the text names."""
    folded = fold(full or "")
    return folded.startswith(fold(told)) if told else not folded


def _without_offices_told_again(meetings: list[DraftMeeting]) -> list[DraftMeeting]:
    """The meetings less each that names only by office those another names in full (:func:`_names_by_office`):
    one encounter told twice, as a headline does ("Le directeur général de la police norvégienne a effectué une
    visite de travail à Djibouti.") and then the text (« le directeur général de la police norvégienne, X, a
    effectué … »); the day it alone gives is the other's."""
    result = list(meetings)
    for meeting in meetings:
        other = next((o for o in result if _names_by_office(meeting, o)), None)
        if other is not None:
            told = other.model_copy(update={"date_text": other.date_text or meeting.date_text})
            result = [told if m is other else m for m in result if m is not meeting]
    return result


def _restates(meeting: DraftMeeting, earlier: DraftMeeting) -> bool:
    """Whether a meeting is an earlier one told again with its day, by its people's surnames: "X and the visiting
    director Y have met in Tallinn …", then "X met with Y on November 24 at the request of …" (the surname alone
    names no one the reader knows, so the later meeting names some of the earlier one's people and no more)."""
    named = {p.name for p in meeting.participants if p.name}
    before = {p.name for p in earlier.participants if p.name}
    told = fold(meeting.cue.sentence if meeting.cue else "").split()
    return (
        earlier is not meeting
        and earlier.date_text is None
        and meeting.date_text is not None
        and earlier.kind is meeting.kind
        and bool(named)
        and named < before
        and set(meeting.parties) <= set(earlier.parties)
        and meeting.city in (None, earlier.city)
        and all(fold(name).split()[-1] in told for name in before - named)
    )


def _without_restated(meetings: list[DraftMeeting]) -> list[DraftMeeting]:
    """The meetings less each that tells an earlier one again with its day (:func:`_restates`): that day is the
    earlier one's."""
    result = list(meetings)
    for index, meeting in enumerate(meetings):
        earlier = next((m for m in result if m in meetings[:index] and _restates(meeting, m)), None)
        if earlier is not None:
            dated = earlier.model_copy(update={"date_text": meeting.date_text})
            result = [dated if m is earlier else m for m in result if m is not meeting]
    return result


#: The kinds of a one-to-one encounter, told in pieces: a conference or a call is another kind of meeting.
_ENCOUNTER_KINDS = frozenset([MeetingKind.WORKING_MEETING, MeetingKind.OFFICIAL_VISIT, MeetingKind.SIGNING])


def _piece_of(meeting: DraftMeeting, other: DraftMeeting) -> bool:
    """Whether a meeting is a piece of another one's encounter: no one but people the other names (by name, or by
    the office one of them, of the same side, holds: "was warmly received by the Defence Secretary"), no side the
    other lacks (but, naming everyone, the two sides of which the other names one: the side its sentence left
    unsaid; not a side of its own: the audiences of China's ambassador and of India's are two), and no other day,
    place or status (one of the two may give none). It is the host alone told again ("Saifuddin Nasution welcomed
    further collaboration …" after his talks with Wang), or the visit whose signing names its people and more ("is
    leading a delegation … at the invitation of his counterpart, Y", then "On Tuesday, X and his host, Y, signed a
    Memorandum …"): one encounter, not two; so is a gathering told again (:func:`_gathering_told_again`)."""
    if _gathering_told_again(meeting, other):
        return True
    named = [p for p in meeting.participants if p.name]
    theirs = [p for p in other.participants if p.name]
    offices = {(_office_word(p.title), p.country) for p in other.participants if p.title}
    everyone_named = len(named) == len(meeting.participants)
    return (
        other is not meeting
        and bool(named)
        and {meeting.kind, other.kind} <= _ENCOUNTER_KINDS
        and meeting.status is other.status
        and (
            set(meeting.parties) <= set(other.parties)
            or (everyone_named and set(other.parties) < set(meeting.parties) and len(meeting.parties) == 2)
        )
        and _agree(meeting.date_text, other.date_text)
        and _agree(meeting.city, other.city)
        and all(any(same_person(p, their) for their in theirs) for p in named)
        and all(
            p.name or (p.title and (_office_word(p.title), p.country) in offices)
            for p in meeting.participants
        )
    )


def _gathering_told_again(meeting: DraftMeeting, other: DraftMeeting) -> bool:
    """Whether a gathering told with no side at all is another one told again, of its status, day and place ("The
    conference will bring together about 24 police commissioners", then "The 30th Annual General Meeting and
    Conference of the Association of Caribbean Commissioners of Police will be held …"): one encounter, not two."""
    return (
        other is not meeting
        and meeting.kind is MeetingKind.CONFERENCE
        and other.kind is MeetingKind.CONFERENCE
        and not meeting.parties
        and bool(other.parties)
        and meeting.status is other.status
        and _agree(meeting.date_text, other.date_text)
        and _agree(meeting.city, other.city)
    )


def _without_pieces(meetings: list[DraftMeeting]) -> list[DraftMeeting]:
    """The meetings, each that is a piece of another's encounter (:func:`_piece_of`) made part of it: the spec's
    one entry per encounter. The one told first keeps its place, with the people, day, place, fields and outcomes
    the two tell; a signing the two are is a signing (the encounter's point is the agreement signed)."""
    result = list(meetings)
    for meeting in meetings:
        kept = [id(m) for m in result]
        other = next((o for o in result if _piece_of(meeting, o)), None) if id(meeting) in kept else None
        if other is None:
            continue
        first, second = (
            (other, meeting) if kept.index(id(other)) < kept.index(id(meeting)) else (meeting, other)
        )
        named = [p for p in first.participants if p.name]
        merged = first.model_copy(
            update={
                "kind": MeetingKind.SIGNING
                if MeetingKind.SIGNING in (first.kind, second.kind)
                else first.kind,
                "participants": [
                    *first.participants,
                    *(p for p in second.participants if p.name and not any(same_person(p, q) for q in named)),
                ],
                "parties": sorted({*first.parties, *second.parties}),
                "date_text": first.date_text or second.date_text,
                "city": first.city or second.city,
                "country": first.country or second.country,
                "venue": first.venue or second.venue,
                "topics": sorted({*first.topics, *second.topics}),
                "outcomes": [*first.outcomes, *second.outcomes],
            }
        )
        result = [merged if m is first else m for m in result if m is not second]
    return result


def _unsigned(meeting: DraftMeeting) -> bool:
    """A signing told with no one and no side named."""
    return meeting.kind is MeetingKind.SIGNING and not meeting.parties and not meeting.participants


def _with_countries(meeting: DraftMeeting, instead: dict[str, str]) -> DraftMeeting:
    """A meeting whose parties and participants' sides are read as other countries."""
    return meeting.model_copy(
        update={
            "parties": sorted({instead.get(code, code) for code in meeting.parties}),
            "participants": [
                p.model_copy(update={"country": instead[p.country]}) if p.country in instead else p
                for p in meeting.participants
            ],
        }
    )


#: What may join the two sides a headline opens with (folded words): "Egypt, China", « Le
#: Maroc et l'Espagne », "Iraqi, Turkish".
_HEADLINE_JOINS = frozenset([",", "and", "et", "&", "la", "le", "l", "the"])


def _headline_sides(headline: str | None) -> set[str]:
    """The two countries a headline opens with, as the sides of what it tells: "Egypt,
    China sign protocol ...", "Iraqi, Turkish ministers discuss ..." (nothing else before
    or between them, but a rubric: "Police cooperation: Kenya, Tanzania deepen ties")."""
    if not headline:
        return set()
    headline = headline.rsplit(":", 1)[-1]  # (after its rubric)
    folded = fold(headline)
    mentions = places.mentions(headline)
    for first, second in itertools.pairwise(mentions):
        # a compound adjective of two countries, wherever it stands: « vers une coopération maroco-ghanéenne »,
        # « rapprochement franco-béninois », "Franco-Ivorian police talks"
        if (
            places.combining_form(first.text)
            and second.start == first.end + 1
            and first.country
            and second.country
            and second.country != first.country
        ):
            return {first.country, second.country}
    found = mentions[:2]
    if len(found) < 2 or not (found[0].country and found[1].country) or found[0].country == found[1].country:
        return set()
    lead, gap = folded[: found[0].start], folded[found[0].end : found[1].start]
    if (
        not set(lead.split()) <= {"the", "le", "la", "l"}
        or not set(gap.replace(",", " , ").split()) <= _HEADLINE_JOINS
    ):
        return set()
    return {found[0].country, found[1].country}


#: A subject told by a word of its office or rank alone, with its article: "The general met",
#: « Le patron de la police a ensuite rencontré », "The minister held talks".
_DESCRIBED_SUBJECT = regexes.compile(
    # "Prior to the ceremony, the IGP", « Arrivé dimanche à Lomé, le ministre belge »
    r"\s*(?:(?:prior to|before|after|following|avant|après|à l'issue de|arrivée?s?|arrived|on arrival|upon arrival) "
    r"[^,;]{0,60},\s*)?"
    r"(?:the|le|la|l['’])\s*((?:[\w-]+\s+){0,3}?[\w-]+)\s*",
    re.IGNORECASE,
)


#: Words that make a subject several people: "the two ministers", « les deux chefs ».
_SEVERAL = frozenset(["two", "both", "three", "deux", "trois", "leurs", "their"])


def _named_again(subject: str, introduced: tuple[DraftParticipant, ...]) -> bool:
    """Whether the subject of the first encounter is the one introduced in full, named again
    by his surname alone: « la visite, ce mardi, du Général X Y … à Dakar. En visite de
    courtoisie, le Général Y a été reçu par … »; or by his given name right before the verb
    ("The director general, Rafael Moura, left for Seoul … Rafael will meet …")."""
    name = introduced[0].name if introduced else None
    if not name or len(name.split()) < 2 or fold(name) in fold(subject):
        return False  # (named in full again, the subject is read as written)
    words = fold(subject).split()
    return _surname(name) in words or words[-1:] == fold(name).split()[:1]


#: The delegation the introduction told of, after the day and the place of its encounter: « Le mercredi
#: 8 juillet, à l'hôtel Camayenne, la délégation portugaise », "On Tuesday, in Suva, the delegation".
_DATED_DELEGATION = regexes.compile(
    r"\s*(?:le|ce|on)\s[^,;]{0,40},\s*(?:(?:à|au|at|in)\s[^,;]{0,60},\s*)?"
    r"(?:the|la)\s*((?:[\w-]+\s+)?(?:délégation|delegation)(?:\s+[\w-]+)?)\s*",
    re.IGNORECASE,
)


def _described(subject: str, introduction: str | None) -> bool:
    """Whether the subject of the first encounter is the one the ``introduction`` names, told
    again by a word of his office that the introduction has ("police chief General Haryanto
    said ... The general met ...")."""
    found = _DESCRIBED_SUBJECT.fullmatch(subject) or _DATED_DELEGATION.fullmatch(subject)
    if found is None or introduction is None:
        return False
    words = fold(found.group(1)).split()
    told = set(fold(introduction).split())
    # (an office's acronym the introduction gave in brackets counts, short as it is: "… (IGP), X …", "the IGP")
    acronyms = {fold(a) for a in _BRACKETED.findall(introduction)}
    return not _SEVERAL.intersection(words) and any(
        (len(word) > 3 and word in told) or word in acronyms for word in words
    )


#: A verb in the pluperfect: what it tells came before the encounter reported.
_PLUPERFECT = regexes.compile(
    r"\b(?:s['’](?:était|étaient)|(?:avait|avaient) (?:déjà )?(?:été )?\w+é|had (?:already |previously )?(?:been )?\w+ed)\b",
    re.IGNORECASE,
)


#: An acronym in brackets: "Inspector-General of Police (IGP)".
_BRACKETED = regexes.compile(r"\(([A-Z]{2,6})\)")


#: A sentence that says where what its subject said before was said: "He made the call
#: during an audience he granted to", « Il s'exprimait lors de l'audience qu'il a accordée à »
#: (what was said is what was discussed).
_SAID = (
    r"(?:\w+ )?(?:made (?:the|this|these) (?:call|remarks?|appeal|statement)|gave (?:the|this) "
    r"(?:charge|assurance)|said (?:this|these)|spoke|was speaking|told (?:a |the )?(?:press|news) conference|told (?:reporters|journalists)|"
    r"s'exprimait|a fait cette (?:déclaration|annonce)|(?:a|ont) tenu (?:ces|ses|de tels) propos|"
    r"lançait cet appel|a lancé cet appel)\b"
)


#: What the one introduced said, placed at the encounter: "He made the remarks during …", « Il s'exprimait lors de … »;
#: or what the sentence before told, by a pronoun, as agencies of the Gulf write it: "X reaffirmed on Monday … This
#: came during his meeting with Y", « Cela est intervenu lors de son entretien avec Y ».
_SAID_THERE = regexes.compile(
    rf"(?:\s*|[^;]*?,\s*)(?:(?:he|she|il|elle) {_SAID}|(?:this|that|it) (?:came|was said|was stated|was made)\b|"
    r"(?:cela|ceci) (?:est intervenu|s'est passé)\b)",
    re.IGNORECASE,
)


#: The same told by a spokesman, its subject the one introduced named again by his office: "The
#: command's spokesman, DSP X, said in a statement on Saturday that the commissioner gave the charge on
#: Friday during a visit to …", « Le porte-parole … a indiqué que le général s'exprimait jeudi lors d'une
#: visite au … » (the spokesman reports the encounter, he is not at it).
_REPORTED_THAT = regexes.compile(
    r"[^;]{0,200}?\b(?:said|stated|explained|disclosed|indicated|noted|announced|added|"
    r"(?:a|ont) (?:indiqué|déclaré|précisé|expliqué|annoncé|ajouté|souligné))\b[^;]{0,60}?\b(?:that|que|qu['’])\s*",
    re.IGNORECASE,
)


#: An office-holder named by a few words of his office, with its article: "the minister", « le ministre nigérien ».
_OFFICE = r"((?:the|le|la|l['’])\s*(?:[\w-]+\s+){0,3}?[\w-]+)"


_OFFICE_SAID_THERE = regexes.compile(rf"\s*{_OFFICE}\s+{_SAID}", re.IGNORECASE)


#: The one introduced, named again by his office after the encounter he spoke at: « S'exprimant à
#: l'issue d'une rencontre avec le ministre …, X, le ministre nigérien a indiqué que … », "Speaking after
#: talks with …, the minister said".
#: A sentence that opens on one speaking at the gathering: "Speaking during the official opening, X urged …".
_SPEAKING_FIRST = regexes.compile(
    r"\s*(?:s['’]exprimant|speaking) (?:at|during|lors|à|au cours)\b", re.IGNORECASE
)


_SPEAKING_OPENS = regexes.compile(
    rf"\s*(?:s['’]exprimant|speaking)\b[^;]*?,\s*{_OFFICE}\s+(?:a|ont|has|have|said|told|stressed|noted|added)\b",
    re.IGNORECASE,
)


def _reported_by_office(subject: str, introduction: str | None) -> int | None:
    """Where the words of a spokesman end, when the subject of the encounter sentence is his report
    of what the one ``introduction`` names said there, named again by his office ("… said in a
    statement … that the commissioner gave the charge … during a visit to …"); else None."""
    said = _REPORTED_THAT.match(subject)
    if said is None:
        return None
    office = _OFFICE_SAID_THERE.match(subject, said.end())
    return said.end() if office and _described(office.group(1), introduction) else None


#: Words of the encounter sentence that refer back to the news the text opened on: "The minister gave
#: the assurance following a courtesy call …", "confirmed this commitment following", « Le ministre l'a
#: annoncé mercredi à la suite d'une visite de courtoisie ».
#: A sentence telling that visitors arrived: "arrived in Rwanda on Sunday", « sont arrivés jeudi à Libreville ».
def _destination(words: str) -> _Place | None:
    """The city a journey's words go to, as they open ("Bishkek, Kyrgyzstan, to attend …")."""
    found = places.mentions(words[:60])
    first = found[0] if found else None
    return (first.city.name, first.city.country) if first and first.city and first.start < 3 else None


#: A visit paid, as a sentence tells it: « a effectué, hier à Alger, une visite au Centre », "paid a working visit to".
_VISIT_PAID = regexes.compile(
    r"\b(?:(?:a|ont) effectué\b[^.;]{0,60}?\bune visite|(?:paid|made|conducted) (?:a |an )(?:\w+ )?visit)\b",
    re.IGNORECASE,
)


#: A departure for a place: "departed for Bishkek", "left for Tashkent", « s'est envolé pour Rabat ».
_DEPARTED_FOR = regexes.compile(
    r"\b(?:departed|left|set off|flew out|flew) (?:for|to)\s|\b(?:s['’]est|se sont) envolée?s? pour\s|"
    r"\b(?:a|ont) quitté \S+ pour\s",
    re.IGNORECASE,
)


_ARRIVED = regexes.compile(
    r"\b(?:arrived|arrives|landed|(?:est|sont) arrivée?s?|(?:a|ont) atterri|(?:a|ont) foulé le sol)\b"
    # ... or was there, a place named next: "A team from the Malawi Police Service was at Police Service Headquarters
    # in Lusaka on 10 June", « Une délégation … était au siège de la police, à Niamey, le 4 mars »
    r"|\b(?:was|were) (?:at|in) (?:the )?(?-i:[A-Z])|\b(?:était|étaient|se trouvaient?) (?:à|au|aux|en)\b",
    re.IGNORECASE,
)


#: The encounter told before, named again as the subject: definite, with who chaired it ("The talks were
#: chaired by", « Les entretiens ont été coprésidés par »), or by its two sides ("The two sides met at …",
#: « Les deux parties se sont réunies … »), or by what it decided ("The decision was taken in the dialogue"): the
#: day the sentence before gives is the encounter's.
#: A place, or a house, that a sentence says encounters were held in: « a servi de cadre … à une rencontre »,
#: « est devenu, ce mercredi, l'épicentre d'un ballet diplomatique », "was the venue of talks".
#: Or the day and place of what two sides discussed, told before the audience they discussed it at.
_SCENE = regexes.compile(
    r"\b(?:(?:a servi|servira) de cadre|(?:a été|est devenue?|était|sera)\b[^.]{0,40}?(?:\ble (?:cadre|théâtre)\b|"
    r"\bl['’]épicentre)|(?:was|served as|became|will be) the (?:venue|setting|backdrop|scene)\b|played host\b|"
    r"a abrité\b[^.]{0,120}?\b(?:rencontres?|réunions?|séances?|audiences?|entretiens?|cérémonie|travaux)\b|"
    # (or the sentence that tells what two sides discussed, on what day, before the audience they discussed it at: « Une
    # coopération a été envisagée jeudi à Kinshasa, entre la RDC et la France », "Maritime security was discussed
    # on Monday in Accra between Ghana and Spain")
    r"(?:a|ont) été (?:envisagée?s?|évoquée?s?|examinée?s?|discutée?s?|abordée?s?|passée?s? en revue)\b[^.]{0,60}?\bentre\b|"
    r"(?:was|were) (?:discussed|considered|reviewed|explored|examined)\b[^.]{0,60}?\bbetween\b)",
    re.IGNORECASE,
)


_TOLD_AGAIN = regexes.compile(
    r"\s*(?:(?:the|these|les|ces) (?:talks|consultations|discussions|meeting|entretiens|échanges|travaux|réunion|rencontre) "
    r"(?:was|were|a été|ont été) (?:co-?)?(?:chaired|presided over|led|présidée?s?|coprésidée?s?|co-présidée?s?|dirigée?s?) "
    r"(?:by|par)\b|(?:the two sides|both sides|the two delegations|les deux (?:parties|délégations))\b|"
    # (or what the sentence before said was decided, then where: "India and Nepal on Thursday decided to … The
    # decision was taken in the second Police Chiefs' Dialogue")
    r"(?:the|this|these|that|la|cette|ces) (?:decisions?|agreement|décisions?) (?:was|were|a été|ont été) "
    r"(?:taken|made|reached|prises?|arrêtées?) (?:in|at|during|lors d|au cours d)\w*\b)",
    re.IGNORECASE,
)


_REFERS_BACK = regexes.compile(
    r"\b(?:gave (?:the|this|these) (?:assurances?|undertaking|commitment|pledge)|confirmed (?:this|these) "
    r"(?:commitments?|decisions?|plans?)|made (?:this|these) (?:known|announcements?|commitments?)|announced this|"
    r"l['’](?:a|ont) (?:annoncé|affirmé|indiqué|confirmé|déclaré|assuré)|(?:a|ont) fait cette (?:annonce|déclaration))\b",
    re.IGNORECASE,
)


#: The words that open a sentence on the end of the talks it goes on to tell the outcome of: « À l'issue des
#: discussions, les deux parties ont convenu … », "At the end of the talks, …".
_AT_ITS_CLOSE = regexes.compile(
    r"\s*(?:à l['’]issue|au terme|au sortir|at the end|at the close|at the conclusion)\b", re.IGNORECASE
)


#: A gathering named by its number: "the 12th meeting of the Council", « la 5e session du comité ».
_NUMBERED_GATHERING = regexes.compile(
    r"\b(?:the|la|le) \d{1,3}(?:st|nd|rd|th|e|ème|eme)? (?:meeting|session|conference|summit|réunion|conférence)\b",
    re.IGNORECASE,
)


#: A pronoun subject inside the encounter words: « l'entretien qu'il a eu avec », "the talks
#: he had with", « l'occasion pour lui (pour cet officier) de s'entretenir avec ».
_PRONOUN_IN_CUE = regexes.compile(
    r"\b(?:qu'(?:il|elle|ils|elles)|he|she|they)\b|\bl'(?:occasion|opportunité) pour (?:lui|elle|eux|elles|cet|cette|ce)\b",
    re.IGNORECASE,
)


def _lead_in(all_sentences: list[str], segments: list[_Segment]) -> tuple[str, ...]:
    """The sentences before the first encounter (none when the text tells none)."""
    if not segments:
        return ()
    first = segments[0].opening
    return tuple(itertools.takewhile(lambda sentence: first not in sentence, all_sentences))


def _introduced(
    lead_in: tuple[str, ...], countries: frozenset[str], headline: str | None = None
) -> tuple[tuple[DraftParticipant, ...], str | None]:
    """The person the ``lead_in`` sentences (before the first encounter) introduce, whom a pronoun or an
    office then stands for: "Commissioner X is in the United States on her first official
    trip. She met with Y", « Le ministre X sera à Abidjan dimanche. Il sera reçu par Y »; or,
    when they name no one, the ``headline`` with no verb that the text goes on to tell ("Visit
    of the Minister of the Interior of Ghana, X, to ... The minister held talks with ...");
    and the sentence that introduces them."""
    for sentence in [*lead_in, *([headline] if headline else [])]:
        named = [p for p in _people_in(_unquoted(sentence), countries) if p.name]
        if named:
            person = named[0]
            return (
                _participant(person.name, person.title, person.organisation, person.party, _SUBJECT),
            ), sentence
    return (), None


@dataclass(frozen=True)
class _Before:
    """What a meeting leaves to a further encounter of the same visit, which may say no
    more than "He later met ..." or « Elle sera reçue jeudi par ... »: who came (its
    subject side), when and where it was, where the visit is, and whether it is itself
    the visit: a trip with no counterpart of its own ("is visiting Fiji this week",
    "travelled to Warsaw for meetings"), listed only when no encounter of it is told."""

    lead: tuple[DraftParticipant, ...]
    date_text: str | None
    place: _Place
    visit_place: _Place
    is_visit: bool
    #: Whether this meeting took its subject from the one before.
    inherited: bool
    #: Whether its subject was the guest (the visitor, who visits the next counterpart too).
    visitor: bool = False
    #: Everyone named in it, whom a further encounter may name by office only ("the Iranian
    #: deputy interior minister also met ...").
    everyone: tuple[DraftParticipant, ...] = ()
    #: Whether it tells the guest's visit as its own event (« a bouclé sa visite au Togo »).
    told: bool = False
    #: Whether it was held on the sidelines of a gathering abroad, where its place hosts no one.
    abroad: bool = False


#: Someone taking office: « a officiellement pris ses fonctions », "was sworn in as", "a
#: handing-over ceremony", « la cérémonie d'installation ».
_TAKES_OFFICE = regexes.compile(
    r"\b(?:(?:a|ont) (?:officiellement )?pris (?:ses|leurs) fonctions|cérémonie (?:officielle )?(?:d['’]installation|de passation|"
    r"de prise de (?:fonctions?|commandement))|passation (?:de commandement|de service|des charges)|(?:was|were) sworn in|"
    r"(?:took|assumed) office|(?:handing|handover)[- ](?:over )?ceremony|installation ceremony)\b",
    re.IGNORECASE,
    branched,
)


#: Those who attended a ceremony, as a sentence's whole encounter: « ont assisté à cette
#: manifestation », "attended the ceremony".
_AT_THE_CEREMONY = regexes.compile(
    r"\b(?:(?:ont|a) assisté à|(?:attended|witnessed)) (?:cette|la|the|this) (?:manifestation|cérémonie|ceremony|event)\b"
    # … or in the passive: "The ceremony took place at … and was attended by the Permanent Secretary …", « La cérémonie a été rehaussée
    # par la présence du ministre »
    r"|\b(?:the|this|la|cette) (?:manifestation|cérémonie|ceremony|event)\b[^.;]{0,160}? (?:was|were|a été) (?:also )?"
    r"(?:attended|witnessed|graced|rehaussée|honorée) (?:by|par)\b",
    re.IGNORECASE,
)


def named_by_bare_office(
    meetings: list[DraftMeeting], sentences: list[str], countries: frozenset[str]
) -> list[DraftMeeting]:
    """The office-holder a meeting leaves unnamed, named elsewhere in the text by the first word of
    his office alone and his name (« Le Ministre de la Sécurité a reçu … » then « le Ministre X s'est
    réjoui »; "The Minister of Interior received …" then "Minister X said"; "Commissioner X received A"
    then "The Commissioner of Police received B"): he is that person, when the text gives that bare office
    one name only, of no one already taking part in that meeting, and the meeting leaves one holder of an
    office of that word unnamed."""
    unnamed = {
        fold(p.title.split()[0])
        for m in meetings
        for p in m.participants
        if p.name is None and p.title and p.role is not Role.PARTICIPANT
    }
    if not unnamed:
        return meetings
    found: dict[str, set[str]] = {}
    for sentence in sentences:
        folded = fold(sentence)
        if not any(head in folded for head in unnamed):
            continue  # (most sentences name no such office)
        for person in _people_in(sentence, countries):
            if person.name and person.title and (head := fold(person.title)) in unnamed:
                found.setdefault(head, set()).add(person.name)
    named = {head: next(iter(each)) for head, each in found.items() if len(each) == 1}
    if not named:
        return meetings
    kept = []
    for meeting in meetings:
        heads = [
            fold(p.title.split()[0])
            if p.name is None and p.title and p.role is not Role.PARTICIPANT
            else None
            for p in meeting.participants
        ]
        # (not one of this meeting's own people, but for one listed by that bare office only: the same person,
        # told of again; one of an earlier meeting may hold the office again in a later one: "Commissioner X
        # received A … The Commissioner of Police later received B")
        taken = {
            fold(p.name).split()[-1]
            for p in meeting.participants
            if p.name and not (p.role is Role.PARTICIPANT and p.title and fold(p.title) in unnamed)
        }
        filled = {
            head for head in named if heads.count(head) == 1 and fold(named[head]).split()[-1] not in taken
        }
        people = [
            p.model_copy(update={"name": named[head]}) if head in filled else p
            for p, head in zip(meeting.participants, heads, strict=True)
            if not (
                p.role is Role.PARTICIPANT
                and p.title
                and fold(p.title) in filled
                and p.name == named[fold(p.title)]
            )
        ]
        kept.append(meeting.model_copy(update={"participants": people}))
    return kept


#: A headline's verb that says who received (the one named before it hosts: "IGP Musa Adamu hosts Ruvanian envoy",
#: « Le général X reçoit l'ambassadeur de France »), and one that says who called (the one named before it is the
#: guest: "Commissioner X visits the Liberian police").
_HEADLINE_HOSTS = regexes.compile(r"\s(?:receives|hosts|welcomes|reçoit|accueille)\s", re.IGNORECASE)
_HEADLINE_VISITS = regexes.compile(r"\s(?:visits|calls on|rend visite (?:à|au|aux))\s", re.IGNORECASE)
#: A headline's verb of meeting, whose subject the body's sentence of the same verb makes the host.
_HEADLINE_MEETS = regexes.compile(r"\s(?:meets|met|holds talks|held talks)(?: with)?\s", re.IGNORECASE)


def _headline_side(headline: str) -> tuple[Role, re.Match[str]] | None:
    """The side a headline's subject is on, by its verb (:data:`_HEADLINE_HOSTS` hosts, :data:`_HEADLINE_VISITS`
    visits), and that verb."""
    verb = _HEADLINE_HOSTS.search(headline)
    if verb is not None:
        return Role.HOST, verb
    verb = _HEADLINE_VISITS.search(headline)
    return (Role.GUEST, verb) if verb is not None else None


#: A name whose given names are initials only: "E. Misiūnas", "J. B. Okello".
_INITIALS_ONLY = regexes.compile(r"^(?:\w\.\s*)+\S+$")


def named_in_full(
    meetings: list[DraftMeeting], sentences: list[str], countries: frozenset[str]
) -> list[DraftMeeting]:
    """A participant named by his initials and surname ("On Friday, Minister of the Interior E. Misiūnas visited
    the headquarters of Europol") whom the text names in full elsewhere ("Minister of the Interior Eimutis Misiūnas
    visited Europol"): his full name, when the text gives one such name only (his title too, if the meeting has
    none)."""
    short = {
        fold(p.name)
        for m in meetings
        for p in m.participants
        if p.name and _INITIALS_ONLY.match(p.name.strip())
    }
    if not short:
        return meetings
    full: dict[str, dict[str, str | None]] = {}  # each short name's full names, and the title each is given
    for sentence in sentences:
        for person in _people_in(sentence, countries):
            if person.name and not _INITIALS_ONLY.match(person.name.strip()):
                for key in short:
                    if _initialled(key, fold(person.name)):
                        titles = full.setdefault(key, {})
                        titles[person.name] = titles.get(person.name) or person.title
    if not (named := {key: next(iter(each.items())) for key, each in full.items() if len(each) == 1}):
        return meetings
    kept = []
    for meeting in meetings:
        participants = [
            p.model_copy(update={"name": whole[0], "title": p.title or whole[1]})
            if p.name and (whole := named.get(fold(p.name))) is not None
            else p
            for p in meeting.participants
        ]
        kept.append(meeting.model_copy(update={"participants": participants}))
    return kept


def named_by_headline(
    meetings: list[DraftMeeting], headline: str | None, countries: frozenset[str]
) -> list[DraftMeeting]:
    """The one meeting's office-holder left unnamed on a side, named by the headline that tells the encounter with
    him as its subject: "IGP Musa Adamu hosts Ruvanian envoy" over "The Inspector-General of Police received …" (the
    body names him by his office alone, in other words than the headline's: no bare office to match). Only when the
    headline names one person before its verb, and the meeting leaves one person of that side unnamed and names no
    one of that surname."""
    if len(meetings) != 1 or not headline:
        return meetings
    # (or met, as the host the body's sentence makes its subject: "Levan Kiknadze met with head of …" over "The
    # Minister of Internal Affairs of Georgia met with the head of …")
    met = _HEADLINE_MEETS.search(headline)
    told = _headline_side(headline) or ((Role.HOST, met) if met is not None else None)
    if told is None:
        return meetings
    role, verb = told
    named = [p for p in _people_in(headline, countries) if p.name and p.start < verb.start()]
    if len(named) != 1 or not named[0].name:
        return meetings
    name = named[0].name
    meeting = meetings[0]
    unnamed = [i for i, p in enumerate(meeting.participants) if p.name is None and p.role is role]
    if len(unnamed) != 1 or any(p.name and _surname(p.name) == _surname(name) for p in meeting.participants):
        return meetings
    people = list(meeting.participants)
    people[unnamed[0]] = people[unnamed[0]].model_copy(update={"name": name})
    return [meeting.model_copy(update={"participants": people})]


#: A headline's subject that is an office's initials alone, with its article if any: "IGP receives …", « Le DGSN
#: reçoit … », "The CGP hosts …".
_INITIALS_SUBJECT = regexes.compile(
    r"\s*(?:(?:the|le|la|l['’])\s*)?(?P<office>(?-i:[A-Z]{2,6}))\s*", re.IGNORECASE
)


def host_by_headline(
    meetings: list[DraftMeeting], headline: str | None, countries: frozenset[str]
) -> list[DraftMeeting]:
    """The host a headline names by his office's initials alone ("IGP receives Togolese Police Chief", « Le DGSN
    reçoit le chef de la police malienne »), of the one meeting whose text names no host: that office-holder, of the
    country of the agency the initials stand for when the text's countries settle which (an acronym several
    countries' agencies share settles none by itself), else of the country the meeting is held in, unless a guest is
    of it."""
    if len(meetings) != 1 or not headline:
        return meetings
    told = _headline_side(headline)
    subject = (
        _INITIALS_SUBJECT.fullmatch(headline, 0, told[1].start()) if told and told[0] is Role.HOST else None
    )
    meeting = meetings[0]
    if subject is None or any(p.role is Role.HOST for p in meeting.participants):
        return meetings
    office = subject["office"]
    agency = places.tables().acronyms.get(office)
    placed = agency.in_country(countries) if agency else None
    country = (
        placed.country
        if placed is not None and (not placed.also or placed.country in countries)
        else places.country_code(meeting.country)
    )
    if country in {p.country for p in meeting.participants if p.role is Role.GUEST}:
        country = None  # (held in the guest's country: the host is of no country the text says)
    host = DraftParticipant(
        name=None, title=office, organisation=office if agency else None, country=country, role=Role.HOST
    )
    parties = sorted({*meeting.parties, *([country] if country else [])})
    return [meeting.model_copy(update={"participants": [host, *meeting.participants], "parties": parties})]


#: What ends one person of a caption's list, after his name: an aside in brackets ("(left)", "(L)"), then a comma,
#: "and", « et », or the end of the caption.
_CAPTION_ITEM_END = regexes.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s*[,;]\s*|\s+(?:and|et)\s+|\s*\.?\s*$)")
#: An article before an office, which the headline may or may not repeat: "The IGP", « Le directeur » (folded; and
#: as written, which the office's title goes without).
_ARTICLE = regexes.compile(r"^(?:the|le|la|l|les) ")
_WRITTEN_ARTICLE = regexes.compile(r"^(?:the|le|la|les|l['’])\s*", re.IGNORECASE)


def named_by_caption(
    meetings: list[DraftMeeting], headline: str | None, sentences: list[str], countries: frozenset[str]
) -> list[DraftMeeting]:
    """The one meeting a headline tells, of which the text names no one, named by a caption under it: a verbless
    list of people, each by his office (or none) then his name ("IGP Usman Bello, Commissioner of Police Kofi
    Mensah, DCP Ama Owusu", « Le directeur général de la police X, le commissaire Y »). All of them took part; the
    one listed by the office that is the headline's subject ("IGP RECEIVES GHANA POLICE DELEGATION") is its host,
    or its guest when the headline visits, and the office-holder the meeting left unnamed on that side is he. The
    caption does not say the others' sides: they take part, of no side said."""
    if len(meetings) != 1 or not headline or any(p.name for p in meetings[0].participants):
        return meetings
    told = _headline_side(headline)
    if told is None:
        return meetings
    role, verb = told
    listed = next((found for s in sentences if (found := _caption(s, countries))), None)
    if listed is None:
        return meetings
    subject = _ARTICLE.sub("", fold(headline[: verb.start()]))
    meeting = meetings[0]
    people = list(meeting.participants)
    for office, person in listed:
        if subject and _ARTICLE.sub("", fold(office)) == subject:
            unnamed = [i for i, p in enumerate(people) if p.name is None and p.role is role]
            if len(unnamed) == 1:
                # (his office as the caption writes it, not in the headline's capitals)
                held = people[unnamed[0]]
                people[unnamed[0]] = held.model_copy(
                    update={"name": person.name, "title": person.title or held.title}
                )
                continue
            side = role
        else:
            side = Role.PARTICIPANT
        title = person.title or _WRITTEN_ARTICLE.sub("", office) or None
        people.append(_participant(person.name, title, person.organisation, None, side))
    return [meeting.model_copy(update={"participants": people})]


def _caption(sentence: str, countries: frozenset[str]) -> list[tuple[str, people.Person]] | None:
    """The people a sentence lists and nothing else, two or more, each with the words before his name (his office,
    if any, of six words at most): a caption's; none when the sentence tells anything (an encounter's verb)."""
    found = [p for p in _people_in(sentence, countries) if p.name]
    if len(found) < 2 or _meeting_cue(sentence):
        return None
    listed, start = [], 0
    for person in found:
        office = sentence[start : person.start].strip()
        end = _CAPTION_ITEM_END.match(sentence, person.end)
        if end is None or len(office.split()) > 6:
            return None
        listed.append((office, person))
        start = end.end()
    return listed if start == len(sentence) else None


#: The label of a photo's caption that names people in the order they stand: « De gauche à droite : », « De g. à
#: d. », "From left:", "From the left,", "Left to right:", "(L-R)", "(L to R)". What follows is a list of people, and
#: tells nothing of itself.
_IN_ORDER = regexes.compile(
    r"^\s*\(?(?:de gauche à droite|de g\.? ?à d\.?|from (?:the )?left|(?:from )?left to right|l ?(?:-|–|to) ?r)\)?"
    r"\s*[:,.–-]?\s*",
    re.IGNORECASE,
)
#: Those who met, told as a group by their office in the plural, maybe counted: « les ministres en charge du volet
#: Sécurité réunis à Bruxelles », « les directeurs généraux des polices … se sont réunis », "the three police chiefs
#: met" (not "the two officials", "les deux responsables", which say no office).
_GROUP = regexes.compile(
    r"\b(?:les|the)\s+(?:(?P<count>deux|trois|quatre|cinq|six|two|three|four|five|six)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<office>ministres|ministers|directeurs|directors|chefs|chiefs|commissaires|commissioners|inspecteurs|"
    r"inspectors|commandants|commanders|procureurs|prosecutors)\b",
    re.IGNORECASE,
)
_CAPTION_ITEMS = regexes.compile(r",|\s(?:and|et)\s")
_CAPTION_ITEMS_BY_SEMICOLON = regexes.compile(r";")
_COUNTS = {
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
}


def named_by_group_caption(
    meetings: list[DraftMeeting], sentences: list[str], countries: frozenset[str]
) -> list[DraftMeeting]:
    """The one meeting the text tells of a group by its office (« les ministres … réunis à Bruxelles », "The three
    police chiefs met …"), with the people a caption lists in order (« De gauche à droite : X, ministre de … ; Y,
    … », "From left: Inspector-General X of Ghana, …") who are of that group: all of them when the text counts as
    many, else those the caption gives that office. The caption alone puts no one at a meeting: someone else in
    the picture (an ambassador, an interpreter) is not of the group, and takes no part the text says."""
    if len(meetings) != 1:
        return meetings
    caption = next((s for s in sentences if _IN_ORDER.match(s) and not _meeting_cue(s)), None)
    group = next((g for s in sentences if _meeting_cue(s) and (g := _GROUP.search(s))), None)
    if caption is None or group is None:
        return meetings
    listed = [p for p in _people_in(caption, countries) if p.name]
    count = _COUNTS.get(group["count"].lower()) if group["count"] else None
    office = fold(group["office"])
    office = office[:-1]  # the singular is the noun a caption gives each of them: "ministre", "chief"
    meeting = meetings[0]
    people_ = list(meeting.participants)
    known = {_surname(p.name) for p in people_ if p.name}
    # (what the caption says of each: his part of the list, between semicolons when it has them, as a caption that
    # gives offices after the names writes it, else between commas and "and")
    items = (_CAPTION_ITEMS_BY_SEMICOLON if ";" in caption else _CAPTION_ITEMS).split(caption)
    # (the text's other sentences: who they name, the caption does not add)
    elsewhere = set(fold(" ".join(s for s in sentences if s is not caption)).split())
    for person in listed:
        item = next((part for part in items if person.name and person.name in part), "")
        surname = _surname(person.name or "")
        if count != len(listed) and office not in fold(item).split():
            if surname not in elsewhere:
                # in the picture, not of the group, and named nowhere else: a side's person the text does not put
                # at the meeting, whatever read him into it from the caption
                people_ = [p for p in people_ if not p.name or _surname(p.name) != surname]
        elif surname not in known:
            party = person.party or people._party_of(item, countries=countries)
            people_.append(
                _participant(person.name, person.title, person.organisation, party, Role.PARTICIPANT)
            )
    parties = sorted({*meeting.parties, *(p.country for p in people_ if p.country)})
    return [meeting.model_copy(update={"participants": people_, "parties": parties})]


#: What may stand between a city and the country the text places it in: "Mwanza Police Station in Malawi",
#: "Kingston Police Service in Ontario, Canada", « Zinder au Niger » (folded, between the two mentions, each
#: space included). Not a comma alone, which fold drops: "In Riyadh, Oman's ambassador …" places nothing.
_PLACED_IN = regexes.compile(
    r"(?: (?:police|station|service|services|force|district|province|region|county|municipality|town|city|"
    r"commissariat|ville|commune|prefecture|headquarters)){0,3} (?:in|en|au)(?: [a-z'’-]+)? ",
)


#: A town's own force and the country the text places it in: "Zobue Police Station in Mozambique".
_TOWN_FORCE_IN = regexes.compile(
    r"\b(?P<town>[A-Z][\w'’-]+) (?:Police|Gendarmerie)(?: [A-Z][\w'’-]+){0,2},? (?:in|en|au) (?:the )?"
    r"(?P<country>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)


def placed_by_the_text(
    meetings: list[DraftMeeting], text: str, found: tuple[places.Mention, ...]
) -> list[DraftMeeting]:
    """A city the text places in another country than the gazetteer's namesake ("Mwanza Police Station in
    Malawi", "Kingston … in Ontario, Canada"): the meetings held there, and the people of its own force
    (« Officer in Charge for Mwanza Police Station »), are of that country, not of the namesake's. (``found``:
    the text's mentions.)"""
    pairs = [
        (here, land)
        for here, land in itertools.pairwise(found)
        if here.city is not None
        and land.country is not None
        and land.city is None
        and land.country != here.city.country
        and land.start - here.end <= 40
    ]
    joined = " ".join(fold(text).split()) if pairs else ""  # (the offsets of mentions are in these words)
    placed: dict[str, str] = {}
    for here, land in pairs:
        if land.country and _PLACED_IN.fullmatch(joined, here.end, land.start):
            placed.setdefault(here.text, land.country)
    if not placed:
        return meetings
    namesakes = {name: places.tables().cities[name].country for name in placed}
    said = {m.country for m in found if m.country and m.city is None}
    # the force of a town the gazetteer lacks, placed the same way ("Zobue Police Station in Mozambique")
    forces = {
        fold(force["town"]): country
        for force in (_TOWN_FORCE_IN.finditer(text) if "Police" in text or "Gendarmerie" in text else ())
        if (country := places.exact_country(force["country"])) and fold(force["town"]) not in placed
    }
    # a namesake's country the text never names is the gazetteer's mistake: one the text places
    # its city in instead, when it places it in one (a person whose title lost the city: "the Chief")
    instead = {
        namesake: next(iter(to))
        for namesake in set(namesakes.values()) - said
        if len(to := {placed[c] for c in placed if namesakes[c] == namesake}) == 1
    }
    kept = []
    for meeting in meetings:
        update: dict[str, object] = {}
        folded_city = fold(meeting.city or "")
        if folded_city in placed and meeting.country == namesakes[folded_city]:
            update["country"] = placed[folded_city]
        people = []
        for p in meeting.participants:
            words = f" {fold(p.title or '')} "
            city = next((c for c in placed if f" {c} " in words and p.country == namesakes[c]), None)
            town = next((t for t in forces if f" {t} " in words and p.country != forces[t]), None)
            if city:
                side: str | None = placed[city]
            elif town and p.country in {None, *namesakes.values()}:
                side = forces[town]
            else:
                side = instead.get(p.country or "", p.country)
            people.append(p.model_copy(update={"country": side}) if side != p.country else p)
        if people != list(meeting.participants):
            update["participants"] = people
        theirs = {p.country for p in people if p.country}
        parties = [
            c for c in meeting.parties if not (c in namesakes.values() and c not in theirs and c not in said)
        ]
        parties = sorted({*parties, *(c for c in [*placed.values(), *forces.values()] if c in theirs)})
        if parties != meeting.parties:
            update["parties"] = parties
        kept.append(meeting.model_copy(update=update) if update else meeting)
    return kept


#: One who welcomes his guest, told after the encounter by his surname: "Otieno welcomed his guest", « Agbeko a
#: souhaité la bienvenue à son hôte ».
_WELCOMES_HIS_GUEST = regexes.compile(
    r"\b(?P<who>[A-Z][\w'’-]+) (?:(?:\w+ly|warmly) )?(?:welcomed|greeted) (?:his|her|their) (?:guests?|visitors?)\b|"
    r"\b(?P<qui>[A-Z][\w'’-]+) a (?:\w+ment )?(?:souhaité la bienvenue|accueilli) à (?:son|sa|ses) "
    r"(?:hôtes?|invitée?s?|visiteurs?)\b"
)


def welcomed_as_host(meeting: DraftMeeting, sentences: list[str]) -> DraftMeeting:
    """A meeting read at no place, whose guest a later sentence tells welcoming his guest ("X met Y. Y welcomed his
    guest"): the roles were the verb's guess ("X met Y": X hosts), the welcome says who hosts, so they turn round."""
    if meeting.country is not None or meeting.city is not None:
        return meeting
    roles = {p.role for p in meeting.participants}
    if not {Role.HOST, Role.GUEST} <= roles:
        return meeting
    for sentence in sentences:
        if (welcome := _WELCOMES_HIS_GUEST.search(sentence)) is None:
            continue
        who = fold(welcome["who"] or welcome["qui"])
        if any(p.role is Role.GUEST and p.name and _surname(p.name) == who for p in meeting.participants):
            turned = {Role.HOST: Role.GUEST, Role.GUEST: Role.HOST}
            return meeting.model_copy(
                update={
                    "participants": [
                        p.model_copy(update={"role": turned.get(p.role, p.role)})
                        for p in meeting.participants
                    ]
                }
            )
        return meeting
    return meeting


def host_by_its_force(meeting: DraftMeeting, sentences: list[str]) -> DraftMeeting:
    """A meeting whose hosts the text names by office alone, with no country ("Commissioner of Police X received
    Vanuatu's Deputy Commissioner Y"), its guests all of one country and no other side read: the one other country
    whose force the text names is the hosts' ("… said the Fiji Police Force would draft a memorandum", « La Police
    mauricienne enverra une équipe »), and where they received, when the text names no place."""
    hosts = [p for p in meeting.participants if p.role is Role.HOST]
    guests = {p.country for p in meeting.participants if p.role is Role.GUEST}
    if not hosts or any(p.country for p in hosts) or len(guests) != 1 or None in guests:
        return meeting
    (guest,) = guests
    if set(meeting.parties) - {guest}:
        return meeting
    forces = {code for sentence in sentences for code in _forces_named(sentence)} - {guest}
    if len(forces) != 1:
        return meeting
    (code,) = forces
    update: dict[str, object] = {
        "parties": sorted({code, *meeting.parties}),
        "participants": [
            p.model_copy(update={"country": code}) if p.role is Role.HOST else p for p in meeting.participants
        ],
    }
    if meeting.country is None and meeting.city is None:
        update["country"] = code
    return meeting.model_copy(update=update)


def _forces_named(sentence: str) -> set[str]:
    """The countries whose force a sentence names: its name before the force's ("the Fiji Police Force"), or its
    adjective after it (« la Police mauricienne », « la gendarmerie djiboutienne », « les Douanes tchadiennes »)."""
    folded = fold(sentence)
    return {
        m.country
        for m in places.mentions(sentence)
        if m.country
        and (
            _force_after(sentence, folded, m) or _FORCE_THEN_ADJECTIVE.search(folded, 0, m.start) is not None
        )
    }


#: A force whose country's adjective follows (folded): « la police mauricienne », « les douanes tchadiennes ».
_FORCE_THEN_ADJECTIVE = regexes.compile(r"\b(?:police|gendarmerie|douanes?|surete)(?: nationale)? $")


def placed_near(meeting: DraftMeeting, text: str, alone: bool) -> DraftMeeting:
    """A meeting held in a town the tables do not know, which the text places near one they do ("at Sunbury, near
    Melbourne", « à Issy-les-Moulineaux, près de Paris »): in that town, in the known one's country. The town is taken
    as the meeting's place only when the meeting has none and is the text's one (``alone``)."""
    if meeting.country is not None:
        return meeting
    near = [
        (m["town"], city)
        for m in _TOWN_NEAR.finditer(text)
        if (city := places.city(m["city"])) is not None and places.city(m["town"]) is None
    ]
    if len(near) != 1:
        return meeting
    town, city = near[0]
    if meeting.city is None and alone:
        return meeting.model_copy(update={"city": town, "country": city.country})
    if meeting.city is not None and fold(meeting.city) == fold(town):
        return meeting.model_copy(update={"country": city.country})
    return meeting


#: A town placed near a city: "at Sunbury, near Melbourne", « à Issy-les-Moulineaux, près de Paris ».
_TOWN_NEAR = regexes.compile(
    r"\b(?:at|in|à)\s+(?P<town>[A-ZÀ-Ý][\w'’]+(?:[ -](?:[a-zé]{2,3}-)?[A-ZÀ-Ý][\w'’]+){0,3}),?\s+"
    r"(?:near|close to|outside|on the outskirts of|près de|non loin de|aux portes de|dans la banlieue de|en banlieue de)\s+"
    r"(?P<city>[A-ZÀ-Ý][\w'’]+(?:[ -][A-ZÀ-Ý][\w'’]+){0,2})"
)
