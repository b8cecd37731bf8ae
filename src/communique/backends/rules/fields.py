"""A meeting's kind, topics and outcomes, read from its segment."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from communique import regexes
from communique.backends.rules import cues, kinds, outcomes
from communique.backends.rules.cues import Relation
from communique.backends.rules.encounters import _meeting_cue, _ordered_countries, _Segment
from communique.backends.rules.narrative import _recall_marker, _without_lead
from communique.backends.rules.segments import _on_the_meeting
from communique.backends.rules.venue import _CALL_TOLD, _CEREMONY, _FROM_AFAR, _SIDELINES
from communique.draft import DraftOutcome
from communique.normalise import places
from communique.normalise.topics import topics_in
from communique.schema import MeetingKind, OutcomeType, Status, Topic
from communique.text import branched, caseless, fold, holds_any


def _kind(segment: _Segment) -> MeetingKind:
    """The kind of encounter, by the words of its opening sentence (a setting it is held
    "on the sidelines of" aside): a call, a signing, a conference (a multilateral or a
    numbered meeting, also when held by video), else a visit or a working meeting.

    A session of a standing body of two countries is bilateral, however it is numbered or
    named (« la troisième session de la commission mixte », "the 12th session of the Joint
    Permanent Commission"): a working meeting, unless the opening tells a body of many (its
    member states, a region's chiefs, three countries or more)."""
    kind = _kind_told(segment)
    if kind is MeetingKind.CONFERENCE and _bilateral_body(_without_lead(segment.opening)):
        return MeetingKind.WORKING_MEETING
    return kind


#: The sides' own signing, in the past (not an agreement recalled as signed before: « le protocole qu'ils ont signé
#: en 2019 », "the agreement which they signed in 2019").
_SIGNED_BY_THEM = regexes.compile(
    r"(?<!qu'ils )(?<!qu'il )(?<!qu'elles )(?<!qu'elle )(?<!que )\b(?:ont|a) signé\b|"
    r"(?<!which )(?<!that )(?<!they )(?<!he )(?<!she )\bsigned (?:a|an|two|three|several)\b",
    re.IGNORECASE,
)


def _bilateral_body(opening: str) -> bool:
    """Whether the opening tells a session of a standing body of two countries (see :func:`_kind`)."""
    return (
        kinds.JOINT_BODY.search(opening) is not None
        and not kinds.MULTILATERAL.search(opening)
        and len({m.country for m in places.mentions(opening) if m.country}) < 3
    )


def _kind_told(segment: _Segment) -> MeetingKind:
    """The kind of encounter its opening's words tell (see :func:`_kind`)."""
    opening = kinds.blanked(kinds.NOT_THE_KIND, _SIDELINES.sub("", _without_lead(segment.opening)))
    by_kind = dict(cues.KIND_CUES)
    # (held by video, as the opening or a later sentence on the same encounter says: "During their
    # virtual meeting on Monday, A and B reviewed …", "The talks were held virtually")
    if kinds.VIDEO.search(opening) or any(
        (
            (video := kinds.VIDEO.search(s))
            and (cues.SAME_MEETING.search(s) or _on_the_meeting(s))
            and not _FROM_AFAR.search(s, max(0, video.start() - 40), video.start())
        )
        or _CALL_TOLD.search(s)
        for s in segment.others
    ):
        unfilmed = kinds.blanked(kinds.VIDEO, opening)
        # (a standing body of two countries sitting by video is their call: "The 4th session of the Joint Security
        # Committee between Gambia and Senegal was held in virtual mode")
        if not _bilateral_body(unfilmed) and any(
            cue.search(unfilmed)
            for cue in (by_kind[MeetingKind.CONFERENCE], kinds.NUMBERED, kinds.MULTILATERAL)
        ):
            return MeetingKind.CONFERENCE
        if _SIGNED_BY_THEM.search(unfilmed):
            # (what the sides did by video was to sign: « À l'occasion d'une visioconférence, X et Y ont signé un
            # accord », "A and B signed a memorandum by video link": its point, a signing)
            return MeetingKind.SIGNING
        return MeetingKind.CALL
    # « Le relevé des conclusions a été signé par les trois Directeurs Généraux »: the gathering's record
    if kinds.RECORD_SIGNED_BY_MANY.search(opening):
        return MeetingKind.CONFERENCE
    for kind, cue in cues.KIND_CUES[:3]:  # call, signing, conference
        if cue.search(opening):
            # a numbered session of a standing body that closed with a signing is the session ("The 12th
            # session of the Joint Permanent Commission … closed with the signing of the agreed minutes")
            if kind is MeetingKind.SIGNING and kinds.NUMBERED.search(opening):
                return MeetingKind.CONFERENCE
            return kind
    if kinds.SIGNED.search(opening) or any(kinds.SEALED.search(s) for s in segment.others):
        return MeetingKind.SIGNING
    # (a courtesy call of several countries' chiefs is a visit still: « a reçu la visite des directeurs généraux des
    # polices de la Cedeao … cette présentation des civilités »)
    if not kinds.NUMBERED.search(opening) and (
        kinds.COURTESY.search(opening)
        or any(
            (kinds.OF_THE_MEETING.search(s) and kinds.COURTESY.search(s))
            or kinds.LATER_COURTESY.match(s)
            or kinds.CIVILITIES.search(s)
            for s in segment.others
        )
    ):
        return MeetingKind.OFFICIAL_VISIT  # "The meeting was held when X paid a courtesy call on him"
    if kinds.NUMBERED.search(opening) or kinds.MULTILATERAL.search(opening) or _among_many(segment):
        return MeetingKind.CONFERENCE
    if any(_WORKING_SESSION_NAMED.match(s) for s in segment.others):
        # a later sentence that says what the encounter was: « X était lundi au cabinet du ministre Y. Il s'est agi
        # d'une séance de travail sur … » (not a visit, however the opening tells the guest's coming)
        return MeetingKind.WORKING_MEETING
    if _CEREMONY.search(opening) and any(by_kind[MeetingKind.CONFERENCE].search(s) for s in segment.others):
        return MeetingKind.CONFERENCE  # « La cérémonie d'ouverture … » of « cette conférence de 4 jours »
    if kinds.ARRIVAL.search(opening) or kinds.VISIT_COMING.search(opening):
        # "Upon his arrival, he was received by his counterpart", "X is due in Baku on Thursday for talks with Y"
        return MeetingKind.OFFICIAL_VISIT
    working = by_kind[MeetingKind.WORKING_MEETING].search(opening) or kinds.MEAL.search(opening)
    visiting = by_kind[MeetingKind.OFFICIAL_VISIT].search(kinds.blanked(kinds.GUEST_ON_A_VISIT, opening))
    if visiting and not working:
        return MeetingKind.OFFICIAL_VISIT
    where = kinds.WHERE.search(opening)
    if visiting and working and where and visiting.start() < where.start() < working.start():
        return MeetingKind.OFFICIAL_VISIT  # "paid a visit to X, where he held talks with Y"
    # "visited the Federal Police Headquarters to engage in bilateral discussions": the talks are what the visit was for
    if (
        visiting
        and working
        and 0 < working.start() - visiting.end() <= 120
        and _FOR_TALKS.search(opening, visiting.end(), working.start())
    ):
        return MeetingKind.OFFICIAL_VISIT
    if working:
        return MeetingKind.WORKING_MEETING
    # a host's reception stays a working meeting however the text calls it later ("Cette
    # visite doit permettre ...")
    # a guest's visit told in apposition (« X, en visite de travail en Côte d'Ivoire, a été
    # reçu par Y ») is not the encounter, which is the reception, whether the cue is the visit with the reception after
    # it or the reception itself, the visit before it
    # (not when the visit is the only encounter told: "gave the charge during a familiarisation visit to X")
    on_a_visit = kinds.GUEST_ON_A_VISIT.match(segment.opening, segment.cue_start)
    apposed = (on_a_visit is not None and _meeting_cue(segment.opening[on_a_visit.end() :]) is not None) or (
        segment.relation in _RECEPTION
        and kinds.GUEST_ON_A_VISIT.search(segment.opening[: segment.cue_start]) is not None
    )
    later_visit = (
        segment.relation is not Relation.RECEIVES
        and not apposed
        and any(kinds.LATER_VISIT.match(s) for s in segment.others)
    )
    if (segment.relation is Relation.VISITS and not apposed) or later_visit:
        return MeetingKind.OFFICIAL_VISIT
    return MeetingKind.WORKING_MEETING


_RECEPTION = (Relation.RECEIVES, Relation.RECEIVED)

#: The talks a visit was paid for, right before their noun: "visited the Headquarters to engage in bilateral
#: discussions", "visited X for talks", « a visité le siège pour des entretiens » (the visit is the encounter).
_FOR_TALKS = regexes.compile(
    r"\b(?:(?:in order )?to (?:engage in|hold|have|conduct)|for|pour (?:des|tenir des|avoir des|y tenir des)|"
    r"afin (?:de tenir|d'avoir) des)\s+(?:\S+\s+){0,2}?$"
)

#: A sentence that opens by naming the encounter told before a working session: « Il s'est agi d'une séance de
#: travail », « Il s'agissait d'une réunion de travail », "It was a working session".
_WORKING_SESSION_NAMED = regexes.compile(
    r"\s*(?:il s'(?:est|était) agi|il s'agissait|it was) (?:d'une|a) (?:séance|réunion|working) (?:de travail|session|meeting)\b",
    re.IGNORECASE,
)


def _headline_kind(headline: str, segment: _Segment) -> MeetingKind | None:
    """The kind a headline names, when the opening below it names none: "Ghana, Togo police sign security pact" over
    "A and B met in Accra on Tuesday" (a signing), "Envoy calls on police chief" over "X was welcomed by Y" (a
    courtesy call, a visit), "Turkish minister to visit Iran" over "X will meet his counterpart in Iran" (a visit; not
    over a reception, given or received, which stays a working meeting however the guest's stay is called: world
    fr-139, « visite à Lomé du ministre … » over « Le ministre a été reçu par son homologue »). Not over talks the
    opening tells ("Egypt, China sign protocol" over "X held talks with Y", whose point the talks were), nor a
    headline's signing to come ("to sign MoU", which the signing's outcome tells)."""
    by_kind = dict(cues.KIND_CUES)
    if any(
        cue.search(segment.opening)
        for cue in (by_kind[MeetingKind.WORKING_MEETING], by_kind[MeetingKind.OFFICIAL_VISIT], kinds.MEAL)
    ):
        return None
    told = kinds.blanked(kinds.NOT_THE_KIND, headline)
    if not cues.FUTURE.search(told) and (cues.SIGNING.search(told) or kinds.HEADLINE_SIGNING.search(told)):
        return MeetingKind.SIGNING
    if kinds.COURTESY.search(told) or kinds.HEADLINE_COURTESY.search(told):
        return MeetingKind.OFFICIAL_VISIT
    if segment.relation not in _RECEPTION and by_kind[MeetingKind.OFFICIAL_VISIT].search(
        kinds.blanked(kinds.GUEST_ON_A_VISIT, told)
    ):
        return MeetingKind.OFFICIAL_VISIT
    return None


_CLAUSE_END = regexes.compile(r"[.;]")


#: The office-holders' countries follow them: "the heads of the police forces of", « les
#: ministres de l'Intérieur du » (folded text, up to the first country).
_OF_BEFORE = regexes.compile(r"\b(?:of|de|du|des|d)(?: the| la| l)? $")


def _among_many(segment: _Segment) -> bool:
    """Whether the meeting is held among three countries or more, named after "the meeting
    between" or "between the ministers" (not one talk of a series, whose counterparts are
    each another meeting)."""
    if segment.counterpart or segment.guest:
        return False
    holders_all = (
        kinds.OFFICE_HOLDERS.finditer(segment.opening)
        if len(_ordered_countries(segment.opening)) >= 3
        else ()
    )
    for holders in holders_all:
        # « Les ministres de l'Intérieur du Maroc, de l'Espagne, du Portugal et de la France se sont
        # réunis », "attended by the heads of the police forces of Malta, Italy, Libya and Greece"
        window = _CLAUSE_END.split(segment.opening[holders.start() : holders.start() + 220], 1)[0]
        named = [m for m in places.mentions(window) if m.country]
        if len({m.country for m in named}) >= 3 and _OF_BEFORE.search(fold(window)[: named[0].start]):
            return True
    for sentence in segment.all:
        gate = kinds.MEETING_AMONG.search(sentence)
        if gate and any(
            len(_ordered_countries(m["sides"])) >= 3 for m in kinds.AMONG.finditer(sentence, gate.start())
        ):
            return True
    return False


def _topics(segment: _Segment) -> list[Topic]:
    """The topics of what was discussed: the meeting's sentences but closing boilerplate,
    and not the topic words of an agency's name."""
    return _topics_of(segment.all, segment.opening)


def _topics_of(sentences: Sequence[str], opening: str | None = None) -> list[Topic]:
    """The topics of ``sentences`` but those of closing boilerplate (« Cette visite s'inscrit dans
    le cadre de … »), which tells the cooperation in general; the meeting's ``opening`` is read
    whatever it says."""
    found: set[Topic] = set()
    for sentence in sentences:
        if sentence is not opening and cues.BOILERPLATE.search(sentence):
            continue
        # (not what an earlier encounter the sentence recalls was about: « Pour rappel, les deux pays avaient tenu
        # en 2024 une réunion consacrée à la lutte contre le terrorisme »)
        recalled = _recall_marker(sentence)
        found |= _topics_in(sentence[: recalled.start()] if recalled else sentence)
    return sorted(found)


@cache  # a memo of one document (reader.read)
def _topics_in(sentence: str) -> frozenset[Topic]:
    """The topics of a sentence, not of an agency's name it holds, nor those it says were not
    discussed (« Les deux hommes n'ont pas parlé de cybercriminalité »). (Remembered for the
    document: a sentence of two meetings, or that introduces one, is asked for again.)"""
    unnamed = kinds.AGENCY_NAME.sub(" ", sentence) if holds_any(kinds.AGENCY_ENDS, sentence) else sentence
    # every denial holds « pas » or "not" between spaces: most sentences hold neither, and are spared
    # the pattern of a denial, tried at every word
    if " pas " in (lowered := caseless(unnamed)) or " not " in lowered:
        unnamed = _NOT_DISCUSSED.sub(" ", unnamed)
    return frozenset(topics_in(unnamed))


#: A clause that says what was not discussed, up to its end.
_NOT_DISCUSSED = regexes.compile(
    r"\b(?:n['’](?:a|ont|avait|avaient) pas (?:été )?(?:parlé|discuté|abordé|évoqué)e?s?|"
    r"(?:did|do|does) not (?:discuss|talk about|address|raise|touch on)|(?:was|were) not (?:discussed|raised|addressed))"
    r"[^.;,]*",
    re.IGNORECASE,
    branched,
)


def _outcomes(segment: _Segment, status: Status) -> list[DraftOutcome]:
    """What the meeting produced or committed to; of an announced one, only the agreement
    it is expected to sign ("The two sides are also expected to sign a memorandum")."""
    found: list[DraftOutcome] = []
    for sentence in segment.all:
        # (not what an earlier encounter the sentence recalls produced: "These talks build on the President's
        # recent state visit, during which several agreements were signed")
        recalled = _recall_marker(sentence)
        found.extend(
            o
            for o in outcomes.find(sentence[: recalled.start()] if recalled else sentence)
            if all(o.text != known.text for known in found) and not outcomes.restates(o, found)
        )
    if status is Status.ANNOUNCED:
        return [o for o in found if o.type is OutcomeType.AGREEMENT_PLANNED]
    if any(o.type is OutcomeType.AGREEMENT_SIGNED for o in found):
        # the signing of the day told again in the future tense ("The arrangement will be signed by A and B"):
        # signed, not planned
        found = [
            o for o in found if not (o.type is OutcomeType.AGREEMENT_PLANNED and _SIGNED_BY.search(o.text))
        ]
    return found


#: A signing told in the future by its signatories: "will be signed by", « sera signé par ».
_SIGNED_BY = regexes.compile(r"\b(?:will be signed|sera signée?|seront signée?s) (?:by|par)\b", re.IGNORECASE)
