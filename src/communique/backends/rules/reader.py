"""The offline reader: a communiqué's sentences to a draft, with no model.

A sentence with an encounter verb ("a reçu", "held talks") or an encounter noun with
a verb of occurrence ("une réunion s'est tenue", "talks held on Tuesday") opens a
meeting; the sentences after it belong to that meeting until another one opens (a new
counterpart or a new day, and no anaphora such as "cette rencontre"), or a further
encounter with someone new opens ("He later met", « a ensuite été reçu par »). A
sentence that announces several separate encounters ("held bilateral meetings with
his counterparts from A, B and C") opens one meeting per counterpart, each continued
by the sentences that speak of that counterpart.

The encounters of one visit are told one after the other: a further encounter that
names no visitor ("He later met ...") takes the visitor of the one before, and its day
and place too when it gives none. A trip with no counterpart of its own ("is visiting
Fiji this week") whose encounters are told is not listed itself.

Each meeting takes its date words, place, kind and status from the sentences that
describe it, its people from the sentences that say who took part, its topics from
what was discussed (closing boilerplate excluded) and its outcomes from signing and
commitment phrases. What the rules cannot decide stays empty.
"""

from __future__ import annotations

import re
from dataclasses import replace

from communique import injection, regexes
from communique.backends.rules import cues, outcomes
from communique.backends.rules.consolidate import (
    _AT_THE_CEREMONY,
    _TAKES_OFFICE,
    _adds_nothing,
    _Before,
    _by_defined_acronyms,
    _defined_acronyms,
    _earlier,
    _headline_sides,
    _introduced,
    _lead_in,
    _lead_in_side,
    _named_elsewhere,
    _news_outlet,
    _other_side_filled,
    _posting_filled,
    _sides_named,
    _told_again,
    _unsigned,
    _with_arrivals,
    _with_countries,
    _without_offices_told_again,
    _without_pieces,
    _without_restated,
    _without_trips,
    envoys_received,
    host_by_headline,
    host_by_its_force,
    hosts_at_home,
    hosts_country,
    named_by_bare_office,
    named_by_caption,
    named_by_group_caption,
    named_by_headline,
    named_in_full,
    placed_by_the_text,
    placed_near,
    saluted,
    visitors_kept,
    welcomed_as_host,
)
from communique.backends.rules.encounters import (
    _DATELINE_SENTENCE,
    _UNDER_WAY,
    AGENCY_DATELINE,
    AGENDA_LINE,
    _agenda_day,
    _analysable,
    _date_phrases,
    _dateline_day,
    _dates,
    _describes,
    _encounter_heading,
    _government_site,
    _home_country,
    _meeting_cue,
    _people_in,
    _recalled,
    _Segment,
)
from communique.backends.rules.exchange import exchanged
from communique.backends.rules.fields import _headline_kind, _topics_in, _topics_of
from communique.backends.rules.meeting import _headline_place, _internal, _meeting
from communique.backends.rules.narrative import _narrative, _recall_marker, _without_past_aside
from communique.backends.rules.segments import (
    _THIS_MEETING,
    _edition,
    _headings,
    _headline,
    _memo,
    _segments,
    _split_series,
    _surnames_completed,
    _told_by_its_noun,
    _without_past_lead,
)
from communique.backends.rules.sides import _country_of_place, _spoken_of, _visitor_in
from communique.backends.rules.venue import _Place, _place_in
from communique.draft import Draft, DraftMeeting
from communique.normalise import dates, names, places
from communique.schema import MeetingKind, OutcomeType, Role, Source, Status

#: An encounter as a headline tells it, without the article the opening would write: "RNP, Hunan Public Security
#: Department hold bilateral meeting in Kigali", "Police chiefs hold talks in Kampala" (where it is held, when the text
#: then names only a district of that city: "at the General Headquarters in Kacyiru").
_HEADLINE_MEETING = regexes.compile(
    r"\b(?:hold|holds|held) (?:[\w-]+ ){0,2}?(?:meeting|talks|session|discussions|consultations)\b",
    re.IGNORECASE,
)


def read(source: Source) -> Draft:
    """Read a communiqué into a draft."""
    # memos serve one document at a time, and keep all its sentences (a text of more sentences than
    # a bounded memo kept made each anew at every pass over them: 20,000 short lines, 5 s)
    for memo in (_meeting_cue, _describes, _dates, _date_phrases, _people_in, _recalled, _narrative,
                 _recall_marker, _topics_in, outcomes.in_sentence, names.capitalised_runs, _spoken_of,
                 _visitor_in):  # fmt: skip
        memo.cache_clear()
    # what is addressed to a machine reader is not what the communiqué reports: not read
    source = replace(source, text=injection.reported(source.text))
    headings = _headings(source.text)
    headline = _headline(headings)
    # (a relative clause on a subject's past is no part of what the sentence tells)
    all_sentences = [_without_past_aside(sentence) for sentence in _analysable(source, headings)]
    mentions = places.mentions(source.text)
    home = _home_country(source)
    # the countries the text is about, by name or by city: they place an office several
    # countries have ("la Sûreté nationale" of a text set in Nouakchott)
    named = {m.country or (m.city.country if m.city else None) for m in mentions}
    # « congolaise » in a text set in Kinshasa, or published there ("Kinshasa Direct")
    shared = places.shared_demonyms([*mentions, *places.mentions(source.source or "")])
    countries = frozenset(shared.get(code, code) for code in named | {home} if code)
    all_sentences, completed = _surnames_completed(all_sentences, countries, headings)
    # the publisher's side, when the text or its credit names its country ("Uganda Police
    # Force"; not so when a credit is of an acronym two agencies share, or unrelated to the text)
    # (a newspaper's name is no side: "Le Courrier du Vietnam" reporting a conference in Cambodia)
    credited = places.mentions(source.source) if source.source and not _news_outlet(source.source) else ()
    own = (
        home
        if home in {m.country or _country_of_place(m) for m in (*mentions, *credited)}
        or home == _government_site(source)
        else None
    )
    # the place a headline opens with, whichever line heading the text is the headline (or
    # the first line, a wire's dateline)
    lines = [source.title or "", *headings, source.text.lstrip().split("\n", 1)[0]]
    headline_place = next(
        (
            place
            for line in lines
            if (place := _headline_place(line)) and (places.city(place) or places.exact_country(place))
        ),
        None,
    )
    home_city = places.dateline_city(source.dateline) if source.dateline else places.city(headline_place)
    # a headline that opens with a country (« Tchad : le ministre … reçoit … ») places the
    # meeting in it when the text names no city; so does a headline that tells the encounter
    # and where (« X a rencontré le ministre de l'Intérieur Y, à Paris, pour parler de … »)
    told_where = (
        _place_in(headline)
        if headline and not home_city and (_meeting_cue(headline) or _HEADLINE_MEETING.search(headline))
        else (None, None)
    )
    home_place: _Place = (
        (home_city.name, home_city.country)
        if home_city
        else told_where
        if told_where[0]
        else (None, None if source.dateline else places.exact_country(headline_place or ""))
    )
    meetings: list[DraftMeeting] = []
    before: _Before | None = None
    segments = _segments(all_sentences, countries) or [
        memo for memo in [_memo(source.text, all_sentences, countries)] if memo is not None
    ]
    if (
        not segments
        and headline
        and _meeting_cue(headline)
        # (the text's own country one of them: "IGP and French Gendarmerie chief seal training pact" from Abuja; or
        # the two sides a heading says it is "between": « Séance de travail entre la police nationale et la police belge »)
        and (
            cues.OUTSIDER.search(headline)
            or len(_sides_named(headline, countries) | {home} - {None}) > 1
            or _encounter_heading(headline) is not None
        )
    ):
        # an encounter only its headline tells ("IGP hosts Sierra Leonean counterpart X" over "The visit on Wednesday
        # was aimed at …"): the headline, read apart as what the text repeats, opens it; with someone from outside
        # in it ("Police organise session ahead of national exercise" is a force's own, which the text then tells)
        all_sentences = [headline, *all_sentences]
        segments = _segments(all_sentences, countries)
    # (nor, in a fragment that opens on it, a later sentence that names no one: « Cette rencontre a été l'occasion
    # d'échanges entre X et Y. Les deux parties ont évoqué … »)
    if not segments or (
        len(segments) == 1
        and _THIS_MEETING.match(all_sentences[0])
        and not _people_in(segments[0].opening, countries)
    ):
        segments = _told_by_its_noun(all_sentences, countries) or segments
    if not segments:
        # no cue of meeting anywhere: an exchange between named sides, as real pages tell one by what was gone over
        segments = exchanged(all_sentences, countries, home, headings)
    lead_in = _lead_in(all_sentences, segments)
    # (the background a text opens on is no part of its lead-in either: not who a pronoun stands for)
    segments = _without_past_lead(
        segments, all_sentences, countries, source.published.year if source.published else None
    )
    introduced, introduction = _introduced(lead_in, countries, headline) if segments else ((), None)
    first_edition = _edition(segments[0].opening) if segments else None
    # one's taking office, or a force's own ceremony (a passing-out parade): who attended it did not meet
    own_occasion = (
        _TAKES_OFFICE.search(source.text) is not None or cues.OWN_CEREMONY.search(source.text) is not None
    )
    for segment in segments:
        if segment.another_story:
            before = None  # "In another development, …": another story, with its own people, day and place
        if own_occasion and _AT_THE_CEREMONY.search(segment.opening):
            continue  # « Les ambassadeurs … ont assisté à cette manifestation », "X also attended the ceremony"
        if segment is not segments[0] and _earlier(_edition(segment.opening), first_edition):
            continue  # « La deuxième Assemblée générale … s'est tenue à Alger en 2018 », after the third's news
        for index, part in enumerate(_split_series(segment, countries, home)):
            if _internal(part, lead_in if segment is segments[0] else ()):
                continue
            meeting, after = _meeting(
                part, countries, home, home_place, own, before, introduced, introduction, lead_in, completed
            )
            if (
                len(segments) == 1
                and headline
                and meeting.kind is MeetingKind.WORKING_MEETING
                and (headline_kind := _headline_kind(headline, part)) is not None
            ):
                # the one encounter its headline names
                meeting = meeting.model_copy(update={"kind": headline_kind})
            if meeting.date_text is None and before is None and _UNDER_WAY.search(part.opening):
                # "Nairobi (Kenya), 11 May 2026 - The 33rd meeting … has started in Nairobi", "ALMATY, 18 March. The
                # fourth sitting … has started its work": the dateline's day
                meeting = meeting.model_copy(
                    update={
                        "date_text": _dateline_day(source.text, headings)
                        or _dateline_day(source.text, headings, AGENCY_DATELINE)
                    }
                )
            if meeting.date_text is None and before is None and segment is segments[0]:
                # "Port Louis, 7 May 2026. Commissioner X sat down with Y …": the day the release is dated, in a
                # sentence of its own, is that of the one encounter it tells with no day of its own
                meeting = meeting.model_copy(
                    update={"date_text": _dateline_day(source.text, headings, _DATELINE_SENTENCE)}
                )
            elif (
                dates.says_today(meeting.date_text)
                and (
                    dated := _dateline_day(source.text, headings, _DATELINE_SENTENCE)
                    or _dateline_day(source.text, headings)
                )
                and dates.resolve(dated, None)[0] not in (None, source.published)
            ):
                # "Sunday, 12th January 2025. The Minister … held a meeting today", "Harare, 5 February 2026 - The
                # Minister this morning received …": the release's "today" is the full date its dateline gives, year and
                # all, when the page was published on another day (the word is kept as the day's phrase when the two
                # agree; a wire's "March 3" without its year dates nothing of itself)
                meeting = meeting.model_copy(update={"date_text": dated})
            if (
                meeting.date_text is None
                and AGENDA_LINE.match(part.opening)
                and (day := _agenda_day(source.text, part.opening)) is not None
            ):
                # a line of an agenda, under its day's or its week's heading: that day's
                meeting = meeting.model_copy(update={"date_text": day})
            if (
                meeting.status is Status.HELD
                and _after_publication(meeting.date_text, source)
                and not _told_past(part)
            ):
                # a day after the text was published is to come when no past tense tells it ("X meets Y in Accra on
                # 19 March", a programme's « reçoit jeudi 19 mars », an agenda's line under a later day's heading)
                meeting = meeting.model_copy(update={"status": Status.ANNOUNCED})
            if (
                after.inherited
                and before is not None
                and before.is_visit
                and not _received(meetings[-1])
                and not index  # (a stop of a tour told as a series, "first to A and then to B", is a visit of its own)
            ):
                meetings.pop()  # the trip whose encounters are told one by one is not listed
            meetings.append(meeting)
            before = after
    if len(meetings) > 1:
        # the journey told after its encounters ("Heading a delegation, Khan arrived in Ankara on Monday on a
        # four-day visit"): the visit of no one but a guest of those encounters is not one more
        meetings = _named_elsewhere(meetings)
        meetings = _without_trips(meetings)
        meetings = [m for i, m in enumerate(meetings) if not _told_again(m, meetings[i + 1 :])]
        meetings = _with_arrivals(meetings)
    if len(meetings) > 1:
        # « a accordé mercredi plusieurs audiences », then each audience: the one that names no one and
        # no side the others lack says nothing of its own
        meetings = [m for m in meetings if not _adds_nothing(m, meetings)]
        meetings = _without_offices_told_again(meetings)
        meetings = _without_restated(meetings)
        meetings = _without_pieces(meetings)
    if meetings and segments and len(meetings[0].parties) < 2:
        # a meeting that names one side or none, after sentences that name its two: "The Malaysian marine police
        # is strengthening its ties with its Indonesian counterpart … He was speaking where the meeting is held"
        lead_sides = {side for sentence in lead_in for side in _sides_named(sentence, countries)}
        if len(lead_sides) <= 2 and lead_sides >= set(meetings[0].parties):
            meetings[0] = meetings[0].model_copy(update={"parties": sorted(lead_sides)})
    if meetings and segments and len(meetings[0].parties) < 2:
        # (failing them, the headline: "Kenyan police chief in Kampala" over "The Inspector General of Police, X, met
        # in Kampala with Uganda's Inspector General, Y"; not the country it says the meeting is in: "Minister attends
        # police ministers' meeting in Vanuatu")
        headline_side = _lead_in_side((headline,) if headline else (), countries)
        lead_side = _lead_in_side(lead_in, countries) or (
            headline_side if headline_side != meetings[0].country else None
        )
        if lead_side and lead_side not in meetings[0].parties:
            meetings[0] = meetings[0].model_copy(
                update={"parties": sorted({lead_side, *meetings[0].parties})}
            )
    if shared:
        meetings = [_with_countries(meeting, shared) for meeting in meetings]
    if all_sentences and any(_unsigned(meeting) for meeting in meetings):
        # a signing that names no one, nor any side ("The virtual signing of the memorandum
        # was done …"): its sides are those the first sentence names
        lead = _sides_named(all_sentences[0], countries)
        meetings = [
            meeting.model_copy(update={"parties": sorted(lead)}) if _unsigned(meeting) else meeting
            for meeting in meetings
        ]
    # the headline heading the text, else the page's title (an HTML page's <title> is often
    # the site's name)
    sides = _headline_sides(headline) or _headline_sides(source.title)
    # (the headline's other side is one too; or both, of a meeting the text names no side of)
    if len(meetings) == 1 and (sides & set(meetings[0].parties) or not meetings[0].parties):
        meetings[0] = meetings[0].model_copy(update={"parties": sorted(sides | set(meetings[0].parties))})
    if defined := _defined_acronyms(source.text):
        meetings = [_by_defined_acronyms(meeting, defined) for meeting in meetings]
    meetings = [_other_side_filled(_posting_filled(m)) for m in meetings]
    # (the headline names him too: "Minister A. Bello receives …" over "The Minister of Interior received …")
    meetings = named_by_bare_office(meetings, [*([headline] if headline else []), *all_sentences], countries)
    meetings = named_by_headline(meetings, headline, countries)
    meetings = named_in_full(meetings, all_sentences, countries)
    meetings = host_by_headline(meetings, headline, countries)
    meetings = named_by_caption(meetings, headline, all_sentences, countries)
    meetings = named_by_group_caption(meetings, all_sentences, countries)
    meetings = placed_by_the_text(meetings, source.text, mentions)
    meetings = [placed_near(m, source.text, len(meetings) == 1) for m in meetings]
    if len(meetings) > 1:
        meetings = visitors_kept(meetings)  # (once each meeting's sides are filled)
    meetings = [hosts_at_home(envoys_received(hosts_country(m), named)) for m in meetings]
    if len(meetings) == 1:
        meetings = [welcomed_as_host(saluted(meetings[0], source.text, countries, own), all_sentences)]
        meetings = [host_by_its_force(meetings[0], all_sentences)]
    if headline and len(meetings) == 1:
        meetings = [_signed_in_the_headline(meetings[0], headline)]
        if meetings[0].date_text is None and _meeting_cue(headline):
            # the day only the headline of the encounter gives ("IGP receives Ghanaian counterpart on Tuesday", « Le
            # DGPN a reçu mardi son homologue » over a text that names none): the text's day
            day = next((p[2] for p in _dates(_narrative(headline))), None)
            meetings[0] = meetings[0].model_copy(update={"date_text": day})
    if len(meetings) == 1 and not meetings[0].topics:
        # a report of one meeting whose own sentences name no field of it: real pages tell what it was about
        # apart ("The two sides stressed the need for closer cooperation against high-tech crime" after the
        # sentence of the audience and its guests), or in the headline ("Police chiefs meet over cross-border
        # crime"), so the fields the headline and the rest of the text name, but background
        told = [*([headline] if headline else []), *all_sentences]
        meetings[0] = meetings[0].model_copy(
            update={"topics": _topics_of([s for s in told if not _recalled(s)])}
        )
    return Draft(is_meeting_report=bool(meetings), meetings=meetings)


def _signed_in_the_headline(meeting: DraftMeeting, headline: str) -> DraftMeeting:
    """A signing held whose agreement only its headline tells, in a caption's present ("Interior Ministry, EU
    mission sign memorandum of understanding" over "After the signing ceremony, X said …"): that agreement signed.
    A meeting to come whose headline tells a signing to come ("Uganda and South Sudan police chiefs to sign MoU on
    cattle raids" over "The Inspector General will host his counterpart next week"): a signing, that agreement
    planned."""
    if meeting.status is Status.ANNOUNCED and meeting.kind in (
        MeetingKind.WORKING_MEETING,
        MeetingKind.OFFICIAL_VISIT,
    ):
        if any(
            o.type in (OutcomeType.AGREEMENT_SIGNED, OutcomeType.AGREEMENT_PLANNED) for o in meeting.outcomes
        ):
            return meeting
        planned = [o for o in outcomes.find(headline) if o.type is OutcomeType.AGREEMENT_PLANNED]
        update = {"kind": MeetingKind.SIGNING, "outcomes": [*meeting.outcomes, *planned[:1]]}
        return meeting.model_copy(update=update) if planned else meeting
    if (
        meeting.kind is not MeetingKind.SIGNING
        or meeting.status is not Status.HELD
        or any(o.type is OutcomeType.AGREEMENT_SIGNED for o in meeting.outcomes)
    ):
        return meeting
    signed = [o for o in outcomes.find(headline) if o.type is OutcomeType.AGREEMENT_SIGNED]
    return meeting.model_copy(update={"outcomes": [*meeting.outcomes, *signed[:1]]}) if signed else meeting


def _after_publication(date_text: str | None, source: Source) -> bool:
    """Whether the date written out in ``date_text`` falls after the text's publication (a weekday alone is read as
    the last one on or before it; "tomorrow" may end a gathering under way, and is not read)."""
    if date_text is None or source.published is None or not any(c.isdigit() for c in date_text):
        return False
    first = dates.resolve(date_text, source.published, year=source.year)[0]
    return first is not None and first > source.published


def _told_past(segment: _Segment) -> bool:
    """Whether the verb of the encounter is in a past tense (:data:`cues.TOLD_PAST`): « a reçu le 20 mars », "held
    talks on 25 June". The rule for a day written out after the publication date: the tense says whether it happened
    (the spec's ``status``), and the day is kept as written, that year's (or the year before's when months ahead, see
    :func:`dates.resolve`): a page's date line is not always its publication (a crawl, an update, an earlier notice),
    while "met" cannot tell an encounter still to come. A weekday told in the past ("met on Thursday") is the last
    one on or before the publication date, and never after it."""
    window = segment.opening[max(0, segment.cue_start - _AUXILIARY) : segment.cue_end]
    return cues.TOLD_PAST.search(window) is not None


#: How far before the verb of an encounter its auxiliary may be: « s'est entretenu » (the cue may be « entretenu »).
_AUXILIARY = 12


def _received(meeting: DraftMeeting) -> bool:
    """Whether a trip's own record names the one who received the traveller there (« a fait escale jeudi à
    Nouakchott. Son homologue, X, l'a reçu »): that is an encounter of its own, listed beside the later ones
    ("He was also received by the Prime Minister"), not a journey that only carries them."""
    return any(p.role is Role.HOST and p.name for p in meeting.participants)
