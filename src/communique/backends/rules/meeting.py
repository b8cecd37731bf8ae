"""One segment read into one :class:`~communique.draft.DraftMeeting`: its date words, place,
kind, status, people, parties, topics and outcomes, with what it inherits from the encounter
told before it (:class:`_Before`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from communique import regexes
from communique.backends.rules import cues, kinds, people
from communique.backends.rules.consolidate import (
    _ARRIVED,
    _AT_ITS_CLOSE,
    _DEPARTED_FOR,
    _NUMBERED_GATHERING,
    _OFFICE_SAID_THERE,
    _PLUPERFECT,
    _PRONOUN_IN_CUE,
    _REFERS_BACK,
    _SAID_THERE,
    _SCENE,
    _SPEAKING_FIRST,
    _SPEAKING_OPENS,
    _TOLD_AGAIN,
    _VISIT_PAID,
    _Before,
    _described,
    _destination,
    _named_again,
    _reported_by_office,
)
from communique.backends.rules.cues import Relation
from communique.backends.rules.encounters import (
    _HE_SAID_GATHERING,
    _THEM,
    AGENDA_LINE,
    RECORD_WHEN_WHERE,
    _dates,
    _international,
    _ordered_countries,
    _people_in,
    _Segment,
    _unquoted,
)
from communique.backends.rules.fields import _kind, _outcomes, _topics, _topics_in
from communique.backends.rules.narrative import _ARRIVED_THEN_TO_COME, _narrative
from communique.backends.rules.segments import (
    _ANOTHER_ENCOUNTER,
    _COUNTRY_OPENS,
    _IN_A_PLACE,
    _OBJECT,
    _SAME_DAY,
    _SUBJECT,
    _as_named_before,
    _by_office,
    _by_surname,
    _series_countries,
    _surname,
)
from communique.backends.rules.sides import (
    _JOURNEY_OPENS,
    _PRONOUN_SUBJECT,
    _SIDELINES_OF_EVENT,
    _attending,
    _nobody_at_home,
    _noun_cue,
    _participant,
    _parties,
    _people,
    _roles,
    _subject_sides,
)
from communique.backends.rules.venue import _HERE, _agrees, _location, _Place, _place_in
from communique.draft import DraftCue, DraftMeeting, DraftParticipant
from communique.normalise import places
from communique.schema import MeetingKind, Role, Status
from communique.text import branched, fold

#: The country a gathering is held in, named as one of those taking part: « du pays hôte », « le pays d'accueil »,
#: "the host country", "the host nation".
_HOST_COUNTRY = regexes.compile(r"\b(?:pays (?:hôte|d['’]accueil|organisateur)|host (?:country|nation))\b")
#: … or as the subject that hosted it, at the head of its clause: « Le 30 mars, le Niger a abrité la 13e réunion du
#: forum », "Ghana hosted the meeting" (the group read is the country's name, checked against the meeting's).
_COUNTRY_HOSTED = regexes.compile(
    r"(?:^|[,;:]\s*)(?:(?:le|la|les|the)\s+|l['’])?((?-i:[A-Z])[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+"
    r"(?:(?:a|ont)\s+(?:abrité|accueilli)|abrite|accueille|(?:has\s+|had\s+)?hosted|hosts)\b",
    re.IGNORECASE,
)


def _country_hosted(sentence: str, country: str) -> bool:
    """Whether a sentence tells the meeting's own country, by its name, as the one that hosted it."""
    return any(places.exact_country(m.group(1)) == country for m in _COUNTRY_HOSTED.finditer(sentence))


def _internal(segment: _Segment, lead_in: tuple[str, ...] = ()) -> bool:
    """A chief with his own staff, units or stations, and no one from outside: an
    internal event, not a meeting between security actors. (``lead_in``: the sentences
    before the first encounter, which may set the scene: « Entouré de ses plus proches
    collaborateurs, le DGSN délivre son message », then « la séance de travail, tenue vendredi ».)"""
    sentences = [*lead_in, *segment.describing]
    # (someone from outside is looked for first: five times quicker to look for than one's own service, which
    # half the segments are then spared, and seldom found)
    return (
        not any(cues.OUTSIDER.search(sentence) for sentence in sentences)
        and any(cues.OWN_SERVICE.search(sentence) for sentence in sentences)
        and len(_ordered_countries(" ".join(sentences))) <= 1
        and not any(
            _international(mention) for sentence in sentences for mention in places.mentions(sentence)
        )
    )


#: A place that opens a headline before a colon or a dash: « Paris – Le ministre ivoirien … ».
_HEADLINE_PLACE = regexes.compile(r"\s*([A-ZÀ-Ý][\w'’ -]{1,30}?)\s*(?::|[–—]|\s-)\s")


def _headline_place(headline: str) -> str | None:
    """The place that opens a headline (or the first line): "Madrid : séance de travail ...",
    « Paris – Le ministre ivoirien … »."""
    match = _HEADLINE_PLACE.match(headline) or _WIRE_DATELINE.match(headline)
    return match.group(1) if match else None


#: A visit to come that what a sentence tells prepares: "Ahead of the visit of X to Tunis", « En prévision de la visite
#: de X à Tunis », "in preparation for the minister's visit".
_AHEAD_OF_VISIT = regexes.compile(
    r"\b(?:ahead of|in preparation for|in the run-up to|en prévision de|en préparation de|à la veille de) "
    r"(?:the |la |le |l['’]|his |her |sa |son )?(?:[\w'’-]+ ){0,2}?(?:visit|visite|trip|voyage)\b",
    re.IGNORECASE,
)


#: A wire dateline whose date has no year: "MANAMA, Nov 12 (BNA) --", "KUWAIT CITY, Feb. 10
#: (KUNA) --", "ABU DHABI, 19th February (WAM) --" (the place only: the day is the wire's).
_WIRE_DATELINE = regexes.compile(
    r"\s*([A-Z][A-Z'’ .-]{2,30}?),\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?(?:,?\s*\d{4})?,?\s*"
    r"(?:\(\w[\w /.-]{1,30}\))?\s*(?:--|[–—:-])\s"
)


#: A meeting held at a distance, of whatever kind: "held their 41st meeting through video
#: conferencing", « la session s'est tenue par visioconférence », a signing « à l'occasion d'une visioconférence ».
#: The dateline is not its place.
_REMOTE = regexes.compile(
    r"\b(?:through|via|by|over) video[- ]?(?:conferenc\w*|link)|\bvirtual(?:ly)? (?:meeting|session)|"
    r"\b(?:par|en) visio(?:-?conférence)?\b|"
    # (or on the occasion of one: « À l'occasion d'une visioconférence, X et Y ont signé », "during a videoconference")
    r"\b(?:lors|à l'occasion|au cours) d'une visio-?conférence\b|\b(?:during|at) a video[- ]?conferenc\w*",
    re.IGNORECASE,
    branched,
)


#: A time to come too vague to give a day (the spec's date is then null): "next week", « la semaine prochaine ».
_VAGUE_TIME = regexes.compile(
    r"\b(?:next (?:week|month)|la semaine prochaine|le mois prochain|prochainement|in the coming (?:days|weeks)|"
    r"dans les (?:prochains jours|prochaines semaines))\b",
    re.IGNORECASE,
)


#: A relative pronoun before a verb in the future: what a thing will do, not when the encounter is.
_WHAT_IT_WILL_DO = regexes.compile(
    r"\b(?:which|that|qui|lequel|laquelle|lesquels|lesquelles)\s+(?:\S+\s+)?$", re.IGNORECASE
)


#: What a future clause is said to follow, the encounter's noun right after it: "… after the ", « … après la ».
_FOLLOWS_IT = regexes.compile(
    r"\b(?:after|following|après|suite à|à la suite d[eu'])\s+(?:the\s+|la\s+|le\s+|l['’])?$", re.IGNORECASE
)


#: A gathering told as one to come by the clause after its noun (:func:`_meeting`), up to the first full stop;
#: or by the infinitive its noun phrase ends in, with no comma, verb or second clause between ("to attend a
#: four-day conference of police chiefs from the region to be held in Putrajaya").
_TO_BE_HELD = regexes.compile(
    r"[^.;]*?,\s+(?:(?:which|that) (?:is|are) )?(?:to be held|to take place|due to be held|due to take place|"
    r"qui (?:se tiendra|se tiendront|aura lieu|auront lieu))\b"
    r"|(?:\s+(?:of|from|on|for)\s+(?:(?!\b(?:and|agreed|decided|said|which|that|who|was|were|is|are|has|have)\b)"
    r"[^.;,]){0,140}?)?\s+(?:to be held|due to be held)\b",
    re.IGNORECASE,
)


#: What a meeting held set out to plan, its future in a purpose clause: "met on Tuesday to outline
#: how the two forces will work together", « se sont réunis pour définir comment les deux services
#: travailleront » (a verb in lower case: not « a quitté Bamako pour Dakar où il prendra part », a journey's end).
_HOW_IT_WILL_GO = regexes.compile(
    r"\b(?:to|pour)\s+(?-i:[a-zéè]+)(?:\s+out)?\s+(?:how|what|where|whether|comment|où)\s+[^,;.]{0,60}$",
    re.IGNORECASE,
)


#: The courtesy call named by its noun, definite, as the scene of what the sentence tells: "During the courtesy
#: call,", "In the course of the courtesy visit," (the encounter told before it; « Au cours de l'audience, » tells no
#: encounter to the cues yet).
_DURING_IT = regexes.compile(
    r"\s*(?:during|in the course of|at) (?:the|this|that) courtesy (?:call|visit)\s*,", re.IGNORECASE
)


#: The encounter as the frame of what was said, its subject a possessive (« Lors de son entretien, mardi,
#: avec l'ambassadeur …, le ministre a plaidé … », "During his meeting, Monday, with …"): his, the one the
#: sentence before introduced.
_HIS_FRAME = regexes.compile(
    r"\s*(?:during|in the course of|at|lors|au cours) (?:de |d')?(?:(?:his|her|their|son|sa|leur) |"
    # (or the talks told as held, with no possessive: "During talks held on Wednesday with …", « Lors d'un entretien
    # tenu mardi avec … »)
    r"(?:talks|a meeting|an audience|un entretien|une (?:rencontre|audience)) (?:held|tenue?)\b)",
    re.IGNORECASE,
)


def _meeting(
    segment: _Segment,
    countries: frozenset[str],
    home: str | None,
    home_place: _Place,
    own: str | None,
    before: _Before | None,
    introduced: tuple[DraftParticipant, ...] = (),
    introduction: str | None = None,
    lead_in: tuple[str, ...] = (),
    completed: dict[str, people.Person] | None = None,
) -> tuple[DraftMeeting, _Before]:
    """A meeting, and what it leaves to a further encounter of the same visit.

    A further encounter whose subject is the one before's takes that meeting's day and
    place when it has no day of its own ("He later met"), else the visit's place. The
    first encounter, when a pronoun is its subject (« Il sera reçu par », « l'entretien
    qu'il a eu avec »), is of the person ``introduced`` before it, in the ``introduction``
    sentence, whose day and place it takes when it tells none of its own. What the ``lead_in``
    sentences say was agreed is what the first encounter produced when its words refer back to them
    ("X gave the assurance following a courtesy call from Y", « Le ministre l'a annoncé à l'issue de »).
    Those a surname alone named, ``completed`` in full (:func:`_surnames_completed`), take the office
    and side of their earlier mention."""
    opening = segment.opening
    window = max(0, segment.cue_start - 40)
    # an encounter named by its noun has the tense of its verb of occurrence, however long the two sides named
    # between: « Un entretien entre A, …, et B, …, se tiendra lundi », "Talks between A … and B … will be held"
    tensed = segment.cue_end + 60
    by_noun = _noun_cue(segment)
    if by_noun and (occurred := cues.OCCURRED.search(opening, segment.cue_end)):
        tensed = max(tensed, occurred.end())
    # (not the future of what an instrument will do: "have signed an MoU which will see both forces …")
    future = next(
        (
            f
            for f in cues.FUTURE.finditer(opening[window:tensed])
            if not _WHAT_IT_WILL_DO.search(opening, max(0, window + f.start() - 24), window + f.start())
            and not _HOW_IT_WILL_GO.search(opening, max(0, window + f.start() - 90), window + f.start())
            # (nor what is to follow the encounter: "The two forces will run joint exercises after the signing today
            # of an agreement", « organiseront des patrouilles après la signature »)
            and not (
                window + f.start() < segment.cue_start
                and _FOLLOWS_IT.search(opening, window + f.end(), segment.cue_start) is not None
            )
            # (nor the point of a meeting held: "met … on Tuesday to sign an agreement")
            and not (f.group(0).startswith("to ") and kinds.HELD_TO_SIGN.search(opening))
        ),
        None,
    )
    # a gathering named by its noun, then said to come after all it is between: "the 9th bilateral meeting between the
    # Ministry of … and the Ministry of …, to be held Thursday", « la réunion … entre …, qui se tiendra jeudi »
    to_come = by_noun and _TO_BE_HELD.match(opening, segment.cue_end) is not None
    # (or by the journey that leads to it, in the present to a day to come, as far back as its sentence's subject:
    # "X heads to Nairobi on Monday for a two-day visit during which she meets Y")
    journey_to_come = cues.JOURNEY_TO_COME.search(opening[:tensed]) is not None
    status = Status.ANNOUNCED if future or to_come or journey_to_come or segment.announced else Status.HELD
    kind = _kind(segment)
    # the guest's visit told before its reception (« X a bouclé jeudi une visite de travail au
    # Niger … Il a été reçu par Y »): the reception is the visit, on the visit's days
    visit_told = segment.relation is Relation.RECEIVED and (
        before.is_visit and before.told
        if before is not None
        else any(kinds.VISIT_TOLD.search(s) for s in (introduction or "", *segment.others))
    )
    if visit_told and kind is MeetingKind.WORKING_MEETING:
        kind = MeetingKind.OFFICIAL_VISIT
    reporter = None if before else _reported_by_office(opening[: segment.cue_start], introduction)
    # "He was speaking at …", « Il s'exprimait lors de … », « L'ambassadrice a tenu ces propos dans le cadre de … »
    office_said = _OFFICE_SAID_THERE.match(opening) or _SPEAKING_OPENS.match(opening)
    # "He said the joint committee meeting, held in …": he took part, and his words before are not its topics
    told_by_him = _HE_SAID_GATHERING.match(opening) is not None
    speaking = (
        _SAID_THERE.match(opening) is not None
        or (office_said is not None and _described(office_said.group(1), introduction))
        or told_by_him
    )
    # (what the one introduced said or stressed before is what he said there: "X stressed … During his meeting …")
    framed = _HIS_FRAME.match(opening) is not None
    pronoun = (
        _PRONOUN_SUBJECT.search(opening[: segment.cue_start])
        or _PRONOUN_IN_CUE.search(opening[segment.cue_start : segment.cue_end])
        or _described(opening[: segment.cue_start], introduction)
        or _named_again(opening[: segment.cue_start], introduced)
        or reporter is not None
        or speaking
        or framed
        # (a stop of a tour, told with no subject: "Doha, 12 May: talks with …", the one whose tour it is; not an
        # agenda's hour line, whose owner the text does not name)
        or (cues.STOP_LINE.match(opening) is not None and AGENDA_LINE.match(opening) is None)
    )
    lead = before.lead if before else (introduced if pronoun else ())
    # the talks told only by what each side said before the words that close them (« Entouré de ses
    # collaborateurs, le ministre a exprimé … De son côté, l'ambassadeur japonais, X, a assuré … À l'issue des
    # discussions, les deux parties ont convenu … »): those sentences are the talks', their people, day and place
    closing = (
        before is None
        and bool(lead_in)
        and segment.relation is Relation.TOGETHER
        and _AT_ITS_CLOSE.match(opening) is not None
    )
    # the encounter the sentence before tells by a verb that is no encounter word, named again by its noun as the
    # scene of what follows ("A outlined to B, on Thursday, areas … During the courtesy call, C offered …"), or as the
    # ceremony talks followed ("A handed over vehicles to B … The handover was followed by talks"): that sentence is the
    # encounter's, its people, day and place
    during_it = (
        before is None
        and bool(lead_in)
        and (_DURING_IT.match(opening) is not None or cues.CEREMONY_THEN_TALKS.match(opening) is not None)
        and sum(1 for p in _people_in(_unquoted(lead_in[-1]), countries) if p.name) >= 2
    )
    if closing or during_it:
        segment = replace(segment, others=[*(lead_in if closing else lead_in[-1:]), *segment.others])
    if before is None and introduction and not lead and (_THEM.search(opening) or during_it):
        # « A … et son homologue B veulent aller plus loin. Lors de la séance de travail qui les a
        # réunis … »: those the sentence before names are the ones who met
        pair = [
            p for p in _people_in(_unquoted(lead_in[-1] if during_it else introduction), countries) if p.name
        ]
        if len(pair) >= 2:  # (not one named before: "the two ministers" are others)
            lead = tuple(_participant(p.name, p.title, p.organisation, p.party, _SUBJECT) for p in pair)
    found, inherited = _people(segment, countries, lead, before.everyone if before else (), reporter or 0)
    if (
        kind is MeetingKind.WORKING_MEETING
        and before is None
        and pronoun
        and introduction not in (None, opening)
        and kinds.VISIT_COMING.search(introduction)
    ):
        # the talks of the one whose visit to come the sentence before tells, as no encounter of its own ("Ahead of
        # the visit of X to Tunis on Tuesday, … X will hold talks with Y", « En prévision de la visite de X, attendu la
        # semaine prochaine à Alger, … M. X aura des entretiens avec Y »): the visit
        kind = MeetingKind.OFFICIAL_VISIT
    if during_it and len(lead) > 1:
        # (the one it was told to is the other side: "A outlined to B")
        told_to = {p.name for p in lead[1:]}
        found = [p.model_copy(update={"role": _OBJECT}) if p.name in told_to else p for p in found]
    if speaking and before is None and by_noun and not any(p.role is _SUBJECT for p in found):
        # "He was speaking at the hotel where the two-day meeting … is being held": the one introduced takes part
        found = [*(p.model_copy(update={"role": _SUBJECT}) for p in introduced), *found]
    if before is None and introduced and introduction is not None and introduction is not opening:
        found = _by_surname(found, introduced[0], opening[: segment.cue_start], opening)
        found = _by_office(found, introduced[0])
        # (or names him so as one who spoke at it: "The 3rd session … commenced in Livingstone. Speaking during the
        # official opening of the Officials Meeting, Hamaundu urged …")
        spoke = next((s for s in segment.others if _SPEAKING_FIRST.match(s)), None)
        if spoke is not None and not any(p.name for p in found):
            found = _by_surname(found, introduced[0], "", spoke)
    if completed:
        found = _as_named_before(found, completed)
    # (not the day the spokesman spoke: "… said in a statement on Saturday that the commissioner …")
    describing = [opening[reporter:], *segment.describing[1:]] if reporter else segment.describing
    date_text = next((p[2] for s in describing for p in _dates(_narrative(s))), None) or next(
        (
            p[2]
            for s in segment.others
            if cues.SAME_MEETING.search(s) and not _PLUPERFECT.search(s)
            for p in _dates(_narrative(s))
        ),
        None,
    )  # else the day a sentence on those who met gives: "On Monday 9 February, the two ministers agreed"
    # (not an earlier one's: « Le 12 janvier 2022, X s'était déjà rendu à Yaoundé à la rencontre du … »)
    if visit_told and date_text is None and introduction:
        date_text = next((p[2] for p in _dates(_narrative(introduction))), None)
    given: _Place = (None, None)
    same_occasion = False  # whether told as on the occasion of the meeting before, held abroad
    topics = _topics(segment)
    if before is None and pronoun and introduced and introduction:
        # « X a salué mercredi à Niamey ... après l'entretien qu'il a eu avec Y »
        said_there = (speaking and not told_by_him) or reporter is not None or framed
        introduced_day = next((p[2] for p in _dates(_narrative(introduction))), None)
        if said_there and introduced_day and not _dates(_narrative(opening)):
            # the day of what he said there is the encounter's, before a later sentence's ("X reaffirmed on Monday …
            # This came during his meeting with Y … X arrived in Washington yesterday")
            date_text = introduced_day
        date_text = date_text or introduced_day
        given = _place_in(_narrative(introduction))
        if said_there:  # what he called for there: « Il s'exprimait lors de … »
            topics = sorted({*topics, *_topics_in(introduction)})
    told_before = (
        before is None and lead_in and _REFERS_BACK.search(opening, 0, segment.cue_start) is not None
    )
    if told_before:
        topics = sorted({*topics, *(topic for sentence in lead_in for topic in _topics_in(sentence))})
    journey = _JOURNEY_OPENS.match(opening) is not None
    # the talks told before, named again by the sentence that says who chaired them or by their two sides
    # "Bishkek hosted consultations … on Thursday. The talks were chaired by A and B", "Police officers from A
    # and B Thursday agreed here to … The two sides met at …": the day the sentence before gives
    told_again = not date_text and _TOLD_AGAIN.match(opening) is not None
    # a gathering announced in the sentence before, then named by its number ("IMPACS will hold a two-day meeting
    # in Grenada from Wednesday. … the 12th meeting of the Council will bring together …"): its day and place
    announced_before = (
        not date_text
        and bool(lead_in)
        and _NUMBERED_GATHERING.search(opening, 0, segment.cue_end) is not None
        and cues.FUTURE.search(lead_in[-1]) is not None
        and cues.ENCOUNTER_NOUN.search(lead_in[-1]) is not None
    )
    # the encounter the sentence before sets in a place (« Le ministère a servi de cadre, ce mardi 23 juillet
    # 2025, à une rencontre … . Le ministre a reçu en audience … »): on its day, in its place
    scene = before is None and bool(lead_in) and not date_text and _SCENE.search(lead_in[-1]) is not None
    # the visit the sentence before tells, its sites told next (« X a effectué, hier à Alger, une visite au Centre de
    # commandement … Accompagné du directeur général, le ministre a visité les salles »): on its day, in its place
    visited_again = (
        before is None
        and bool(lead_in)
        and segment.relation is Relation.VISITS
        and _VISIT_PAID.search(lead_in[-1]) is not None
    )
    if (
        before is None
        and lead_in
        and (
            journey
            or closing
            or during_it
            or told_again
            or announced_before
            or scene
            or visited_again
            or (pronoun and introduced and not date_text)
        )
    ):
        # « La visite de travail a eu lieu du 07 au 12 juin. Au cours de son déplacement, X a rencontré Y »;
        # « La gendarmerie a mobilisé ses troupes le jeudi 14 mai 2015 … Quelques minutes après, il a reçu … »
        told = [_narrative(sentence) for sentence in reversed(lead_in)]
        date_text = date_text or next((p[2] for sentence in told for p in _dates(sentence)), None)
        if (journey or closing or during_it or announced_before or scene or visited_again) and not any(given):
            given = next((place for sentence in told if any(place := _place_in(sentence))), given)
    # the visit to come the sentence before prepares, then the talks it will hold ("Ahead of the visit of X to Tunis
    # on Tuesday, 27 January 2026, officials … . X will hold talks with Y"): on the visit's day, in its place
    ahead = (
        _AHEAD_OF_VISIT.search(lead_in[-1])
        if before is None and lead_in and status is Status.ANNOUNCED and not date_text
        else None
    )
    if ahead is not None:
        # (as written: the narrative of a sentence leaves out what it prepares)
        visit = lead_in[-1][ahead.start() :]
        date_text = next((p[2] for p in _dates(visit)), None)
        given = given if any(given) else _place_in(visit)
    arrival = lead_in[-1] if before is None and lead_in and _ARRIVED.search(lead_in[-1]) else None
    if arrival is not None and segment.relation in (Relation.RECEIVED, Relation.RECEIVES):
        # « De hauts responsables … sont arrivés jeudi à Libreville. … ont ensuite été reçus au siège … par Y »:
        # the visit the arrival opens, on its day and in its place when the reception names none
        date_text = date_text or next((p[2] for p in _dates(_narrative(arrival))), None)
        given = given if any(given) else _place_in(_narrative(arrival))
        kind = MeetingKind.OFFICIAL_VISIT if kind is MeetingKind.WORKING_MEETING else kind
    elif arrival is not None and introduced and any(p.name == introduced[0].name for p in found):
        # « X est arrivé ce lundi 9 mars à Niamey. Lors de l'entretien entre le président et le ministre belge … »:
        # the one who arrived, named by his office, met on the day he arrived
        date_text = date_text or next((p[2] for p in _dates(_narrative(arrival))), None)
    if before is not None and (_ANOTHER_ENCOUNTER.match(opening) or _SAME_DAY.search(opening)):
        # "In another engagement, the IGP … met with …", « En début d'après-midi, … a échangé avec … »: on the
        # same occasion, its day and place
        date_text = date_text or before.date_text
        given = given if any(given) else before.place
        same_occasion = before.abroad
    if before is not None and inherited:
        given = before.visit_place if date_text else before.place
        # (not when the sentence's own day is the arrival's: "Brenner arrived on Wednesday and is expected to meet
        # Y", an encounter still to come, of no day told; nor when it tells its own time, too vague for a day: « se
        # rendra la semaine prochaine à Rabat » after a call on Wednesday)
        own_time = _ARRIVED_THEN_TO_COME.pattern.search(opening) or _VAGUE_TIME.search(opening)
        date_text = date_text or (None if own_time else before.date_text)
    remote = kind is MeetingKind.CALL or _REMOTE.search(opening) is not None
    if segment.record and not any(given) and not remote:
        # a record's field: "Venue: Police Headquarters, Suva", « Lieu : Cotonou »
        given = next(
            (
                (m.city.name, m.city.country)
                for s in segment.others
                if RECORD_WHEN_WHERE.match(s)
                for m in places.mentions(s)
                if m.city
            ),
            given,
        )
    if not any(given) and not remote and (here := next(filter(None, map(_HERE.search, segment.all)), None)):
        given = _place_in(
            here.group(0)
        )  # « Nous avons été mandatés pour venir ici, au Bénin »: where he spoke
    if before is None and lead_in and (departed := _DEPARTED_FOR.search(lead_in[-1])):
        # "DUSHANBE, 14.08.2026 /NIAT Khovar/. The delegation … departed for Bishkek, Kyrgyzstan, to attend …":
        # where the journey the sentence before tells led, not the dateline's town
        given = _destination(lead_in[-1][departed.end() :]) or given
    if (
        not any(given)
        and any(home_place)
        and status is Status.HELD
        and not remote
        and not _hosted_elsewhere(segment, found, home_place[1])
    ):
        given = home_place
    city, country, venue = _location(segment, given)
    if (
        segment.counterpart
        and segment.relation is Relation.VISITS
        and country in _series_countries(segment) - {segment.counterpart}
    ):
        # one stop of a tour ("will travel to Tonga and Vanuatu …, first to Tonga and then to Vanuatu"): that
        # country, not another stop the opening names
        city, country, venue = None, segment.counterpart, None
    if kind is MeetingKind.CALL and city is None:
        # a call joins two places: a country named alone near it is a side's or another encounter's ("the memorandum
        # to be signed during your visit to Iran"), not where it was held (as "on Tuesday in Abuja" may say)
        country = None
    if city is None and given[0] is None and not remote and home_place[0] and country == home_place[1]:
        # one to come in the dateline's country ("ST GEORGE'S, Grenada (CMC) - IMPACS will hold a two-day meeting
        # in Grenada from Wednesday"): in the dateline's city, as one held there is
        city = home_place[0]
    named = _parties(segment, countries) | _subject_sides(segment, countries)  # the sides its words name
    parties = set(named)
    if segment.counterpart:  # one meeting of a series: the other counterparts are not parties to it
        parties = (parties - (_series_countries(segment) - {home})) | {segment.counterpart}
    participants = found
    if segment.counterpart:
        # (the one on tour, of whatever country, visits each stop, and the one who holds each talk of the series has
        # each (« il aura des entretiens bilatéraux avec A et B »): only the people of its other stops are theirs;
        # the one who receives each in turn is of the country they are received in, dateline or none)
        touring = segment.relation is Relation.VISITS
        elsewhere = _series_countries(segment) - {home, segment.counterpart}
        receiving = country if segment.relation is Relation.RECEIVES else None
        participants = [
            p
            for p in participants
            if p.country in (None, home, segment.counterpart, receiving)
            or ((touring or p.role is _SUBJECT) and p.country not in elsewhere)
        ]
    if segment.guest:
        # one talk of a series: the other guests, and the sides they alone stand for, are the other talks'
        others = [p for p in participants if p.role is _OBJECT and _surname(p.name or "-") != segment.guest]
        participants = [p for p in participants if p not in others]
        parties -= {p.country for p in others} - {p.country for p in participants} - {home}
    sided = participants
    # the visitor of the encounter before, in a further one ("He will meet ..."), visits still
    visiting = inherited and before is not None and before.visitor
    # a meeting on the sidelines of another held abroad: its place hosts no one
    # (or, the publisher's home unknown, where those who met are all of other countries: "On the sidelines of the
    # Interpol conference in Vienna, Croatia's X met Serbia's Y" makes Austria no side)
    abroad = country is not None and (
        (
            home is not None
            and country != home
            and (_SIDELINES_OF_EVENT.search(opening) is not None or (same_occasion and country == given[1]))
        )
        or (
            home is None
            and _SIDELINES_OF_EVENT.search(opening) is not None
            and bool(participants)
            and all(p.country not in (None, country) for p in participants)
        )
    )
    # (nor does an embassy's: « a été reçu à l'ambassade de France à Dakar par l'ambassadrice »)
    at_a_mission = venue is not None and places.ENVOY_SEAT.search(venue) is not None
    participants = _roles(
        participants, segment, kind, parties, None if abroad or at_a_mission else country, home, own, visiting
    )
    parties |= {p.country for p in participants if p.country}
    # a seat named with no city (« au siège de la Direction générale ») is in its host's country; not an embassy,
    # which stands in the country it is accredited to, never the one it represents, and the ambassador who hosts
    # there is of the latter ("received at the Embassy of Ghana by the Ambassador": not in Ghana)
    hosts = {p.country for p in participants if p.role is Role.HOST and p.country in places.tables().names}
    if country is None and venue and not remote and not at_a_mission and len(hosts) == 1:
        country = hosts.pop()
    # the host's country, unless the hosts are of an international organisation (Europol at
    # The Hague does not make the Netherlands a party)
    if (
        country
        and not abroad
        and kind is not MeetingKind.CALL
        and (
            any(
                p.role is Role.HOST and (p.country is None or p.country in places.tables().names)
                for p in participants
            )
            # an institution that receives, naming no one (« La Gendarmerie nationale a accueilli à Dakar une
            # délégation … »), hosts where it receives
            or (
                segment.relation is Relation.RECEIVES
                and not any(p.role is Role.HOST for p in participants)
                and not _organisation_subject(opening[: segment.cue_start])
            )
            # a visit by a foreign guest, its host not named (« Le ministre portugais est attendu à Abidjan »), or by
            # a foreign group no one of which is named ("Senior officers of the Zambia Police visited the DCI in
            # Nairobi"): the country visited is the other side
            or (
                kind is MeetingKind.OFFICIAL_VISIT
                and segment.relation is Relation.VISITS
                and not any(p.role is Role.HOST for p in participants)
                and (
                    any(p.role is Role.GUEST and p.country not in (None, country) for p in participants)
                    or (
                        not participants
                        and any(code in places.tables().names for code in parties - {country})
                    )
                )
            )
        )
    ):
        parties.add(country)
    # the country it is held in, named as the host among those who come (« venus du Bénin, du Niger et du pays
    # hôte », "delegates from Ghana, Togo and the host country"), or as the one that hosted it (« le Niger a abrité »)
    if (
        country
        and not abroad
        and any(
            _HOST_COUNTRY.search(sentence) or _country_hosted(sentence, country) for sentence in segment.all
        )
    ):
        parties.add(country)
    # three sides or more that meet together are a conference, however they are named (« Les
    # ministres tchadien, centrafricain, gabonais et camerounais … se sont retrouvés »)
    if kind is MeetingKind.WORKING_MEETING and segment.relation is Relation.TOGETHER and len(parties) >= 3:
        kind = MeetingKind.CONFERENCE
    if (
        kind is not MeetingKind.CONFERENCE
        and any(p.role is Role.PARTICIPANT and p.country not in (None, country) for p in participants)
        and _nobody_at_home(participants, country)
    ):
        parties.discard(country)  # where those who met were both away: a place, not a side
    if (
        kind is not MeetingKind.CONFERENCE
        and segment.relation is not Relation.VISITS
        and any(p.country and p.country not in places.tables().names for p in participants)
        and all(p.country not in (None, country) for p in participants)
        and country not in named
    ):
        # at an organisation's seat, no one of its country there ("met the Executive Director of Europol in The Hague",
        # « a rencontré à Alger le directeur exécutif d'Afripol »): the organisation is the side, its seat a place
        parties.discard(country)
    if kind is MeetingKind.CONFERENCE:  # those a conference lists as attending are its parties
        parties |= _attending(segment)
        # ... and the country it is held in, named as a side by the sentence that leads to it (« Le Tchad remercie
        # la Russie pour son appui … C'est ce qu'a déclaré X lors de la séance plénière … », then « … à Moscou »)
        if country and not abroad and lead_in and _names_as_a_side(country, lead_in[-1]):
            parties.add(country)
    # the publisher's side of a bilateral meeting, named by office only ("the Home Secretary")
    if own and len(parties) == 1 and kind is not MeetingKind.CONFERENCE:
        parties.add(own)
    # ... or the country the sentence before the first meeting opens on, when one who met has none said
    # ("Kenya raised concern over … . Interior Cabinet Secretary X raised the issue during a meeting with
    # his Tanzanian counterpart Y")
    elif (
        before is None
        and lead_in
        and len(parties) == 1
        and kind is not MeetingKind.CONFERENCE
        and any(p.name and p.country is None for p in participants)
        and (opener := _COUNTRY_OPENS.match(lead_in[-1]))
        and (code := places.exact_country(opener.group(1))) is not None
        and code not in parties
    ):
        parties.add(code)
    cue = DraftCue(words=opening[segment.cue_start : segment.cue_end], sentence=opening)
    # a future word near the encounter words says it is to come; without one, the
    # encounter words themselves say it happened
    status_cue = (
        DraftCue(words=opening[window + future.start() : window + future.end()], sentence=opening)
        if future
        else cue
    )
    meeting = DraftMeeting(
        kind=kind,
        status=status,
        date_text=date_text,
        city=city,
        country=country,
        venue=venue,
        parties=sorted(parties),
        participants=participants,
        topics=topics,
        outcomes=_outcomes(
            replace(segment, others=[*lead_in, *segment.others]) if told_before else segment, status
        ),
        cue=cue,
        status_cue=status_cue,
    )
    is_visit = segment.relation is Relation.VISITS and not any(p.role is _OBJECT for p in sided)
    # (the lead before received by a host a pronoun tells, « Son homologue, Y, l'a reçu », stays the one the next
    # encounter is of: « Le ministre a ensuite été reçu par le Premier ministre »)
    led = {p.name for p in before.lead} if before is not None and inherited else set()
    received = bool(led) and {p.name for p in sided if p.role is _OBJECT} == led
    after = _Before(
        lead=tuple(
            person
            for side, person in zip(sided, participants, strict=True)
            if side.role is (_OBJECT if received else _SUBJECT)
        ),
        date_text=date_text,
        place=(city, country),
        visit_place=(city, country) if is_visit or before is None or not inherited else before.visit_place,
        is_visit=is_visit,
        inherited=inherited,
        everyone=tuple(p for p in participants if p.name),
        told=kinds.VISIT_TOLD.search(opening) is not None,
        abroad=abroad,
        visitor=received
        or any(
            p.role is Role.GUEST for side, p in zip(sided, participants, strict=True) if side.role is _SUBJECT
        ),
    )
    return meeting, after


def _hosted_elsewhere(segment: _Segment, found: list[DraftParticipant], country: str | None) -> bool:
    """Whether the one who receives is of another country than the dateline's ("YEREVAN, … ARMENPRESS. The
    delegation of Armenia's Police … was hosted today by Georgian's minister …": filed at home, held abroad); not
    one of a country whose demonym the dateline's shares (« KINSHASA, … (AFP) - Le commissaire général de la Police
    nationale congolaise … a reçu … »)."""
    side = {Relation.RECEIVED: _OBJECT, Relation.RECEIVES: _SUBJECT}.get(segment.relation)
    return side is not None and any(p.role is side and not _agrees(p.country, country) for p in found)


def _names_as_a_side(country: str, sentence: str) -> bool:
    """Whether a sentence names a country itself, not as a place ("in Grenada"), and none of its
    cities (no place of an event)."""
    found = [
        m for m in places.mentions(sentence) if m.country == country or (m.city and m.city.country == country)
    ]
    folded = fold(sentence)
    return bool(found) and not any(
        m.city or _IN_A_PLACE.search(folded, max(0, m.start - 12), m.start) for m in found
    )


def _organisation_subject(subject: str) -> bool:
    """Whether an international organisation is the subject: it hosts no country's side."""
    return any(
        m.organisation is not None and m.organisation.country is None for m in places.mentions(subject)
    )
