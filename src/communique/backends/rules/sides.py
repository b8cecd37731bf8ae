"""Who took part in a meeting: its participants, their roles (host, guest, counterpart,
attendee) and the parties, the countries or organisations on each side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import pairwise

from communique import regexes
from communique.backends.rules import cues, kinds, people
from communique.backends.rules.cues import Relation
from communique.backends.rules.encounters import (
    _SPEECH,
    RECORD_WHO,
    _blanked,
    _dashed_sides,
    _international,
    _meeting_cue,
    _names_someone,
    _people_in,
    _recalled,
    _Segment,
    _unquoted,
    recall_opens,
)
from communique.backends.rules.narrative import (
    _ONWARD,
    _opens_on_a_recall,
    _recall_start,
    _without_lead,
    _without_stay,
)
from communique.backends.rules.segments import (
    _COUNTERPART_OF,
    _IN_A_STATEMENT,
    _LATER,
    _NUMBERING,
    _OBJECT,
    _RECEIVED_FIRST,
    _REPORTED_ENCOUNTER,
    _SUBJECT,
    _WELCOMED,
    _holder,
    _surname,
    _talks_after,
)
from communique.backends.rules.venue import postings
from communique.draft import DraftParticipant
from communique.normalise import places
from communique.schema import MeetingKind, Role
from communique.text import Cue, Screened, branched, fold, fold_map, strip_accents

#: The guest named after the encounter as the one who came to it: « Claire Dubois est venue réitérer … »,
#: "Smith had come to brief the minister".
_CAME = Cue(r"(?:est|sont) venue?s? (?:\w+ )?(?:pour )?\w+(?:er|ir|re)\b", r"(?:came|had come) to \w+")


#: How far into a sentence its subject may be named: after a word or two (« Pour sa part, X … »).
_SUBJECT_OPENS = 16


#: The one a chair is handed to at the meeting, who takes part in it: « La rencontre de Libreville a permis
#: au président sortant de passer le fanion à son successeur, le commandant en chef …, X ».
_SUCCESSOR_BEFORE = regexes.compile(
    r"\b(?:à|au|to) (?:son|sa|leur|his|her|their) (?:successeur|successor),\s+(?:[^,;.]{0,120},\s+)?$",
    re.IGNORECASE,
)


#: The meeting told again by its talks, with whom they were: "set out … during discussions with US Senators
#: A, B and C", « au cours des échanges avec X » (they took part).
_DISCUSSIONS_WITH = regexes.compile(
    r"\b(?:during|in the course of) (?:(?:the|his|her|their) )?(?:discussions|talks) with\b|"
    r"\b(?:au cours|lors) (?:des|de ses|de leurs) (?:discussions|échanges|entretiens) avec\b"
)


#: One who took an absent office-holder's place at the meeting: "Deputy Commissioner A stood in for the
#: Inspector-General" (A took part).
_STANDS_IN = regexes.compile(r",?\s*(?:stood|standing|stands) in for\b")


#: A sentence that opens on its visitor's welcome by someone: « Accueilli par le ministre …, M. X, les deux
#: délégations … », "Welcomed by the Commissioner, X, the team toured …".
_WELCOMED_BY = regexes.compile(
    r"\s*(?:accueillie?s?|reçue?s?|welcomed|received) (?:à [\w'’-]+ |in [\w'’-]+ |\S+ )?(?:par|by)\b",
    re.IGNORECASE,
)


#: Who signs with whom, told again in the present as a caption does: « X signe avec le ministre
#: autrichien Y le nouvel accord » (the signing already told, no encounter of its own: both signed it).
_SIGNS_WITH = regexes.compile(r"\b(?:signe|signent|signs|sign) avec\b|\b(?:signs|sign) with\b")


#: A sentence that opens on whom it is told by, a spokesman named: « Selon le responsable de la communication de la
#: police, le commissaire X, les deux parties ont évoqué … », "According to the force's spokesperson, Assistant
#: Commissioner X, the two sides discussed …" (the spokesman tells of the talks, and took no part; not a side's own
#: spokesman, one of its delegation: « Selon le porte-parole de la partie togolaise, le commissaire X, »). Between the
#: commas, a name and its rank, not a clause ("According to a statement by the spokesman, the IGP welcomed … led by X,").
_ACCORDING_TO = regexes.compile(
    r"\s*(?:selon|d['’]après|according to) [^,;.]{0,60}?\b(?:porte-parole|spokes(?:person|man|woman)|communication|"
    r"public relations|relations publiques|press (?:officer|attaché)|attachée? de presse)\b"
    r"(?! (?:de la partie|de la délégation|of the (?:\w+ )?(?:side|delegation))\b)[^,;]{0,60}?,"
    r"\s*(?:[\w.'’-]+\s+){0,4}?(?-i:[A-ZÀ-Ý])[\w'’-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]+){1,3},",
    re.IGNORECASE,
)


def _people(
    segment: _Segment,
    countries: frozenset[str],
    lead: tuple[DraftParticipant, ...] = (),
    known: tuple[DraftParticipant, ...] = (),
    reporter_end: int = 0,
) -> tuple[list[DraftParticipant], bool]:
    """Participants of a meeting, each marked with the side of the sentence they were
    found on: subject (before the encounter verb), object (after it), or later; and
    whether the subject is the ``lead`` of the meeting before, that a further encounter
    refers to by a pronoun or a surname ("He later met", "M. Zongo a ensuite été reçu").
    Those named in the opening before ``reporter_end`` report the encounter, and take no part."""
    opening = segment.opening
    found: list[DraftParticipant] = []
    # "X received Y in the presence of Z": Z is of the receiving side
    presence = _PRESENCE.search(opening, segment.cue_end) if segment.relation is Relation.RECEIVES else None
    # "during a courtesy call by Y on X": X, called on, is of the receiving side too
    called_on = (
        _CALLED_ON.match(opening, segment.cue_start) if segment.relation is Relation.RECEIVES else None
    )
    # « Une réception a été offerte en l'honneur de X par Y »: Y, who gave it, is of the receiving side
    given_by = (
        _GIVEN_BY.search(opening, segment.cue_end)
        if segment.relation is Relation.RECEIVES
        and _MEAL_GIVEN.match(strip_accents(opening), segment.cue_start)
        else None
    )
    honoured = _IN_HONOUR.search(opening, given_by.end()) if given_by else None
    # « A a dépêché son ministre, B, auprès de son homologue C »: A sent B and took no part; B is the subject
    dispatched = _DISPATCHED.match(opening, segment.cue_start) is not None
    subject_end = segment.cue_end if dispatched else segment.cue_start
    # the visitor of a visit told by its noun is the first named after it
    # (or right after it, the sentence opening on the noun: « Visite de travail du directeur général X auprès de Y »)
    visitor_named = segment.relation is Relation.VISITS and (
        _VISIT_OF.search(opening, max(0, segment.cue_end - 40), segment.cue_end) is not None
        or (
            not opening[: segment.cue_start].strip()
            and _OF_THE_VISITOR.match(opening, segment.cue_end) is not None
        )
    )
    # "At a meeting with X on Nov. 22, Y said …": the one named first after the clause the encounter opens on is its subject
    fronted = _FRONTED_ENCOUNTER.match(opening) if segment.cue_start <= _SUBJECT_OPENS else None
    # "In a meeting with a visiting delegation, Minister X called for …": X, after the fronted encounter, is its subject
    fronted_with = _FRONTED_WITH.match(opening)
    fronted_end = (
        fronted_with.end()
        if fronted_with and fronted_with.start(1) < segment.cue_end <= fronted_with.end()
        else -1
    )
    # « Reçu mardi par X, le ministre Y a plaidé … », "Received by X, the minister Y called …": Y, after the
    # participle's clause and before any further encounter, is its subject
    participle = _RECEIVED_FIRST.match(opening) if segment.relation is Relation.RECEIVED else None
    subject_after = participle.end() if participle else len(opening)
    further = _meeting_cue(opening[subject_after:]) if participle else None
    subject_until = subject_after + further[1].start() if further else len(opening)
    # « Recevant mardi Y, le ministre X a salué … », "Receiving Y on Tuesday, the Minister X praised …": the gerund's
    # object first, then, after the comma that closes its clause (not joined by « et », "and"), its subject
    # (the encounter told by the gerund or by the words right after it: "Holding talks with", « Tenant une séance »)
    gerund = _GERUND_OPENS.match(opening)
    if gerund is not None and not _GERUND_CUE.fullmatch(
        opening, gerund.end(), max(gerund.end(), segment.cue_start)
    ):
        gerund = None
    previous_end = 0  # where the last person named before this one ends
    # "A attended the meeting, accompanied by B, C and D": those with the one who attends are of his side
    attended = (
        _ACCOMPANIED.search(opening, segment.cue_end)
        if segment.relation is Relation.TOGETHER
        and _ATTENDS.search(opening, segment.cue_start, segment.cue_end)
        else None
    )
    # an encounter told by its noun in the passive, the one after the cue host or guest by what the noun is: « Audience
    # accordée par X à Y », "Courtesy call paid by X on Y", "A courtesy call was paid to Y by X" (the others are of the
    # other side)
    passive = (
        _PASSIVE_ENCOUNTER.search(opening[segment.cue_start : segment.cue_end].strip())
        if segment.relation is Relation.TOGETHER
        else None
    )
    first_after: Role | None = None
    if passive is not None:
        # the one who grants an audience hosts, the one who pays a call or a visit is the guest
        granted = passive["granted"] is not None
        by_agent = passive.group(0).lower().endswith(("par", "by"))
        first_after = _SUBJECT if granted == by_agent else _OBJECT
    in_opening = _people_in(opening, countries)
    # (not one who sent greetings or a message to the encounter: "received Ambassador X, and conveyed to him greetings
    # from Foreign Minister Y")
    senders = _senders(opening, in_opening, invitations=False)
    for person in in_opening:
        if (
            person.start < reporter_end
            or (dispatched and person.start < segment.cue_start)
            or any(person is sender for sender in senders)
        ):
            continue
        if first_after is not None and person.start >= segment.cue_end:
            # (the subject of such an encounter hosts: its roles are decided as those of "A received B")
            first_found = not any(p.role is first_after for p in found)
            other = _OBJECT if first_after is _SUBJECT else _SUBJECT
            found.append(
                _participant(
                    person.name,
                    person.title,
                    person.organisation,
                    person.party,
                    first_after if first_found else other,
                )
            )
            first_after = first_after if first_found else None
            continue
        side = (
            _SUBJECT
            if person.start < subject_end
            or person.start >= fronted_end >= 0
            or subject_after <= person.start < subject_until
            or (attended is not None and person.start > attended.start())
            else _OBJECT
        )
        if fronted is not None and person.start >= fronted.end() and any(p.role is _OBJECT for p in found):
            side, fronted = _SUBJECT, None
        if (
            gerund is not None
            and side is _OBJECT
            and any(p.role is _OBJECT for p in found)
            and not _joined(opening, previous_end, person.start)
        ):
            side, gerund = _SUBJECT, None
        # « A, et son adjoint, B », "A and his deputy, B", « A, …, ainsi que B »: B, of no country said, is of A's
        party = person.party or (
            found[-1].country if found and _HIS_OWN.search(opening, previous_end, person.start) else None
        )
        previous_end = person.end
        if visitor_named and person.start >= segment.cue_end:
            side, visitor_named = _SUBJECT, False
        if presence is not None and person.start >= presence.end() and person.companion_of is None:
            side = _SUBJECT
        if called_on is not None and person.start >= called_on.end():
            side = _SUBJECT
        if given_by is not None and given_by.end() <= person.start < (
            honoured.start() if honoured else len(opening)
        ):
            side = _SUBJECT
        found.append(_participant(person.name, person.title, person.organisation, party, side))
    # (the office-holder a spokesman reports on stands for the lead, as a pronoun does)
    pronoun = lead and (reporter_end or _PRONOUN_SUBJECT.search(opening[: segment.cue_start]))
    if not any(p.role is _SUBJECT for p in found) and not pronoun and not dispatched:
        # (not when a pronoun is the subject: "The ambassador made the remarks when she paid ...")
        before_it = (
            opening[subject_after:subject_until] if participle else opening[reporter_end : segment.cue_start]
        )
        leader = people.unnamed_leader(before_it, countries)
        if leader:
            found.insert(0, _participant(None, *leader, _SUBJECT))
    if segment.relation is Relation.TOGETHER and not found and _BETWEEN.search(opening, 0, segment.cue_end):
        # « Lors de l'entretien entre le président nigérien et le ministre belge »: the two sides, by office
        found.extend(
            _unnamed_pair(
                _BETWEEN_OFFICES.match(opening, segment.cue_end), found, countries, (_SUBJECT, _OBJECT)
            )
        )
    found, inherited = _with_lead(found, lead, segment, known)
    if not any(p.role is _OBJECT for p in found) and segment.relation is not Relation.TOGETHER:
        # (those received one after the other: « a reçu successivement … le directeur … belge et l'ambassadrice
        # d'Italie »: each is his own meeting's)
        leader = people.unnamed_leader(opening[segment.cue_end :], countries, segment.counterpart is not None)
        if leader:
            found.append(_participant(None, *leader, _OBJECT))
    delegation = _delegation_side(segment)
    visited = segment.relation in (Relation.VISITS, Relation.RECEIVED)
    listing = False  # the sentence before listed the delegation's members
    block: str | None = None  # the side a record's list of attendees is of ("Europol attendees:")
    roster = False  # within a list of those who attended, under its heading ("In attendance were:")
    for sentence in segment.others:
        if cues.FROM_AFAR.search(sentence):
            # those whose video message was played, read or received spoke from afar and took no part: "Video messages
            # were received from A and B", « Des messages vidéo de A et de B ont été diffusés »
            continue
        roster = _ROSTER_HEADING.match(sentence) is not None or (
            roster
            # (a list's numbering alone, "2.", is a sentence of its own: its line follows)
            and (_ROSTER_ITEM.match(sentence) is not None or _NUMBERING.match(sentence) is not None)
        )
        if segment.record or roster:
            # a meeting's record, or a list of those who attended under its heading: whoever its lists name took part,
            # of the side their list's heading or their line names
            if RECORD_WHO.match(sentence) or _ROSTER_HEADING.match(sentence):
                block = people._party_of(sentence, countries=countries)
            found.extend(
                _participant(
                    person.name,
                    person.title,
                    person.organisation,
                    person.party or people._party_of(sentence[: person.start], countries=countries) or block,
                    _LATER,
                )
                for person in _people_in(sentence, countries)
                if person.name and person.name not in {p.name for p in found}
            )
            continue
        # "The delegation comprised of A, B and C", « La délégation était composée de A, B » (and what an
        # abbreviation's full stop cut off it: "… of Secretary for Home Affairs, Amb. Ravi Chetty, …"): its members
        listed, listing = (
            listing and _NAMES_OPEN.match(sentence) is not None,
            ("elegation" in sentence or "élégation" in sentence)
            and _DELEGATION_LISTED.search(sentence) is not None,
        )
        if listing or listed:
            side = delegation or _SUBJECT
            # (of the side the opening names: "Mauritian officials were in Tanzania …")
            told = opening[: segment.cue_start] if side is _SUBJECT else opening[segment.cue_end :]
            their = people._party_of(told, countries=countries)
            found.extend(
                _participant(person.name, person.title, person.organisation, person.party or their, side)
                for person in _people_in(sentence, countries)
                if person.name and person.name not in {p.name for p in found}
            )
            continue
        if _recalled(sentence) or recall_opens(sentence):
            # « Pour rappel, X avait reçu Y »: those of an earlier encounter; « L'on se souviendra que … le
            # président X s'était déclaré favorable à … »: those of the past a sentence opens on; but who
            # tells that past at the end is here ("… first tabled in 2006 when the conference was
            # organised in Malaysia, said Inspector-General of Police of Malaysia Khalid Abu Bakar")
            if (teller := _TOLD_BY.search(sentence)) is not None:
                found.extend(
                    _participant(person.name, person.title, person.organisation, person.party, _LATER)
                    for person in _people_in(sentence, countries)
                    if person.name and person.start >= teller.start()
                )
            continue
        # a sentence that speaks of the meeting only by naming it again counts its subject alone, the one
        # it opens on (« X a mis à profit cette audience pour … »), after that name if it opens on it
        # ("During this Meeting, Mr. X assumed the chair")
        again = None
        if not _opens_on_a_recall(sentence) and (  # (not who spoke at another, earlier gathering)
            cues.PARTICIPATION.search(sentence)
            or _SPEECH.search(sentence)
            or _SIGNS_WITH.search(sentence)
            or _meeting_cue(sentence)
            or (
                not found and _SIDES_NAMED.search(sentence)
            )  # "Minister X and his Uzbek counterpart Y agreed ..."
            or (again := cues.SAME_MEETING.search(sentence)) is not None
            or _CAME.search(sentence)
            or _DISCUSSIONS_WITH.search(sentence)
            or _INVITER_MET.search(sentence)
            or (" in for " in sentence and _STANDS_IN.search(sentence))
            # the sentence whose people the opening's talks were between: « A et B étaient mardi à Kétao. Les
            # échanges ont porté sur … »
            or _talks_after(opening, sentence)
        ):
            # "La délégation comprenait également ...": the delegation's side
            member = delegation if delegation and _DELEGATION.search(sentence) else _LATER
            # those named inside a quotation are spoken of (« la volonté des deux chefs d'État, A et B »),
            # and so are those a speaker speaks of ("X a salué les efforts du président, Y")
            spoken = min(_spoken_of(sentence), _recall_start(sentence))
            # (not those the speaker held the talks with: "stressed … during discussions with US Congressmen A, B")
            talks = _DISCUSSIONS_WITH.search(sentence)
            if talks and talks.start() >= spoken:
                spoken = _recall_start(sentence)
            reported = _REPORTED_ENCOUNTER.search(sentence) or _IN_A_STATEMENT.search(sentence)
            attributed = _ACCORDING_TO.match(sentence)
            # « Accueilli par le ministre de l'Intérieur, M. X, … »: X received the visitor the segment's verb
            # told, and is not the visitor, whatever office the two share
            welcomed = _WELCOMED_BY.match(sentence) if visited and sentence[:1] in "AaRrWw " else None
            if welcomed is None and visited:
                welcomed = _WELCOMED.match(
                    sentence
                )  # "He was warmly received by the IGP, Y": Y received him too
            named = _people_in(_unquoted(sentence), countries)
            senders = _senders(sentence, named, invitations=_INVITER_MET.search(sentence) is None)
            for person in named:
                if (
                    again
                    and person.start > _SUBJECT_OPENS + (again.end() if again.start() < 4 else 0)
                    and not _SUCCESSOR_BEFORE.search(sentence[: person.start])
                    # (the subject a long office opens on: « Le directeur général de la police nationale togolaise, X,
                    # a souhaité la bienvenue aux délégués »)
                    and not (person is named[0] and person.end <= again.start())
                ):
                    continue
                stand_in = _STANDS_IN.match(sentence, person.end)  # (not spoken of: the stand-in took part)
                if (
                    (person.start >= spoken and not stand_in)
                    or (reported and person.end <= reported.start())
                    or (attributed and person.end <= attributed.end())
                ):
                    continue  # (one who reports an encounter did not take part in it)
                if any(person is sender for sender in senders):
                    continue  # nor one who sent an invitation or a message to it
                side = _SUBJECT if person.companion_of == people.SUBJECT else _LATER
                party = person.party
                if welcomed is not None and person.start >= welcomed.end():
                    hosts = [i for i, p in enumerate(found) if p.role is _OBJECT and p.name is None]
                    if person.name and len(hosts) == 1:
                        # the office called on, now named: "paid a courtesy call on the IGP. He was received by the
                        # IGP, Y" (one person)
                        host = found[hosts[0]]
                        found[hosts[0]] = host.model_copy(
                            update={"name": person.name, "title": host.title or person.title}
                        )
                        continue
                    found.append(_participant(person.name, person.title, person.organisation, party, _OBJECT))
                    continue
                if (accompanied := _accompanied(person, named, found, sentence)) is not None:
                    # "Ambassador Whitman was accompanied by …": on the side of the one named before
                    side, party = accompanied.role, party or accompanied.country
                if delegation and person is _delegation_host(sentence, named):
                    # "The IGP, X, who hosted the delegation, said …": not one of it, the one it visited
                    side = _OBJECT if delegation is _SUBJECT else _SUBJECT
                if side is _LATER and party is None:
                    side = member
                if (
                    person.party is None
                    and person.name
                    and (
                        (person.start == 0 and (" " not in person.name or person.title is None))
                        or _CAME.match(sentence, person.end + 1) is not None
                    )
                    # (looked for last: one look over all found so far for each person was quadratic)
                    and (
                        unnamed := next(
                            (i for i, p in enumerate(found) if p.name is None and p.country), None
                        )
                    )
                    is not None
                ):
                    # "Iran's Interior Minister arrived ... Rostami met ...": the office-holder, by his surname; « X a
                    # échangé avec l'ambassadrice du Canada. … Claire Dubois est venue réitérer … »: by the one who came
                    found[unnamed] = found[unnamed].model_copy(update={"name": person.name})
                    continue
                if person.name and (same := _same_office(person.title, found)) is not None:
                    # "The head of state received …" then « Le chef de l'État, Samuel Ebolo, … »: one person
                    found[same] = found[same].model_copy(update={"name": person.name})
                    continue
                found.append(_participant(person.name, person.title, person.organisation, party, side))
            found.extend(_unnamed_pair(_TWO_OFFICES.match(sentence), found, countries))
    unique: dict[str, DraftParticipant] = {}
    for participant in found:
        key = fold(participant.name or participant.title or "")
        if participant.name and any(
            f" {key}" in f" {other}" or _misspelt(key, other) or _initialled(key, other)
            for other in unique
            if other != key
        ):
            continue  # "Ortega Basterra" again, after "Luis Ortega Basterra"; "Abdelatif Hammouchi" after "Abdellatif"
        unique.setdefault(key, participant)
    return list(unique.values()), inherited


#: A sentence that opens on the encounter with someone, then names who had it: "At a meeting with the Deputy
#: Ambassador of the US to Vietnam Susan Sutton on Nov. 22, Deputy Minister X said" (up to the comma after the
#: one met and the words on when and where; "During a courtesy call on the IGP, X, …, the High Commissioner, Y,
#: said"); or, with no comma, up to the office of who had it: "During today's
#: meeting with the Ambassador of Moldova to Latvia X the Minister of the Interior Y discussed". French opens on the
#: encounter's end as often: « À l'issue d'une rencontre avec le ministre de l'Intérieur, X, le ministre malien Y a … ».
_FRONTED_ENCOUNTER = regexes.compile(
    r"\s*(?:at|during|in the course of) (?:a|an|the|his|her|their|(?:today|yesterday)['’]s) (?:[\w-]+ ){0,3}?"
    r"(?:(?:meeting|talks|audience) with|courtesy (?:call|visit) (?:on|to)) [^,;]{3,160}?(?:(?:, (?:on|in|at) [^,;]{2,40}?)?, | (?=the (?:[\w-]+ ){0,4}?"
    r"(?:minister|commissioner|director|chief|secretary|inspector|head|ambassador|president|deputy|general)\b))"
    r"|\s*(?:à l['’]issue|au terme|au sortir) d['’](?:un|une) (?:entretien|rencontre|audience|séance de travail|réunion) avec "
    r"[^,;]{3,160}?, ",
    re.IGNORECASE,
)


#: A sentence opening on a gerund, the encounter's own verb: « Recevant », « S'entretenant avec », "Receiving", "Holding
#: talks with" (not a preposition of time that ends as one does: « Durant », « Pendant », "During").
_GERUND_OPENS = regexes.compile(
    r"\s*(?!durant\b|pendant\b|during\b)(?:s['’]|se )?\w+(?:ant|ing)\b", re.IGNORECASE
)

#: What may part a gerund from the encounter it tells: "Holding| talks", « Tenant| une séance ».
_GERUND_CUE = regexes.compile(r"(?:\s+[\w'’]+){0,2}\s*")

#: What joins one more person to the side named before him, right after him: « et son adjoint », "and his deputy",
#: « ainsi que » (the word read, if any; a companion's, "accompanied by", is people.COMPANION's).
_JOINS = regexes.compile(r",?\s*(?:(et|and|ainsi que|as well as)\b)?", re.IGNORECASE)


def _joined(opening: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` up to a person named at ``end`` join him to the side named just before:
    "and", « ainsi que », or a companion's words ("accompanied by", « accompagné de », "along with")."""
    joint = _JOINS.match(opening, start, end)
    return joint is not None and (
        joint[1] is not None or people.COMPANION.match(opening[:end], joint.end()) is not None
    )


#: One of the side just named, joined to it by a possessive: « et son adjoint, », "and his deputy," (not « son
#: homologue », "his counterpart": the other side); or by « ainsi que », "as well as" (people.COMPANION tells
#: "accompanied by", "along with").
_HIS_OWN = regexes.compile(
    r"\b(?:(?:et|and) (?:son|sa|ses|his|her|their) (?!homologues?\b|counterparts?\b)[\w-]+(?: [\w-]+){0,2},?\s*$|"
    r"ainsi que\b|as well as\b)",
    re.IGNORECASE,
)

#: An encounter with someone unnamed told first, its subject after the comma: "In a meeting with a visiting
#: US delegation, Interior Minister X called …", « Lors d'une audience avec une délégation américaine, le ministre X a … ».
_FRONTED_WITH = regexes.compile(
    r"\s*(?:in|during|at|lors d['’]|au cours d['’]) ?(?:a|an|the|his|her|une?|sa|son) (?:[\w-]+ ){0,2}?"
    r"((?:meeting|talks|audience|rencontre|entretien|réunion|séance de travail) (?:with|avec)) (?:a|an|the|une?|la|le|les) [^,;.]{3,80}?,",
    re.IGNORECASE,
)


#: An encounter noun's last word before the two between whom it was: « l'entretien entre », "talks between".
_BETWEEN = regexes.compile(r"\b(?:entre|between)\s*$", re.IGNORECASE)


#: Two office-holders, neither named, as one subject: « La cheffe du DFJP et le ministre italien de
#: l'Intérieur ont salué … », "The Swiss minister and the Italian Interior Minister praised …".
_TWO_OFFICES = regexes.compile(
    r"\s*(?P<first>(?:le|la|l['’]|the)\s*[^,;.]{3,80}?) (?:et|and) (?P<second>(?:le|la|l['’]|the)\s*[^,;.]{3,80}?)"
    r" (?=ont |have |had |\w+ed\b)",
    re.IGNORECASE,
)


#: Two office-holders, neither named, between whom an encounter named by its noun was: « Lors de l'entretien
#: entre le président nigérien et le ministre belge au palais … », "the talks between the Swiss minister and …".
_BETWEEN_OFFICES = regexes.compile(
    r"(?P<first>(?:le|la|l['’]|the)\s*[^,;.]{3,60}?) (?:et|and) (?P<second>(?:le|la|l['’]|the)\s*[^,;.]{3,60}?)"
    r"(?=\s+(?:au|à|aux|en|in|at|on|ce|this|le|la)\b|\s*[,.;])",
    re.IGNORECASE,
)


def _unnamed_pair(
    pair: re.Match[str] | None,
    found: list[DraftParticipant],
    countries: frozenset[str],
    roles: tuple[Role, Role] = (_LATER, _LATER),
) -> list[DraftParticipant]:
    """The two office-holders of a ``pair`` match (:data:`_TWO_OFFICES`, :data:`_BETWEEN_OFFICES`),
    named by their office alone, each of a side no one found so far is of, with its ``roles``:
    « La cheffe du DFJP et le ministre italien de l'Intérieur ont salué … » gives the Italian minister,
    whose name the text never gives."""
    if pair is None or _names_someone(pair.group(0)):
        return []  # (« La conseillère fédérale X et le ministre britannique … »: a side whose name comes later)
    sides = {p.country for p in found if p.country}
    out = []
    for conjunct, role in zip((pair["first"], pair["second"]), roles, strict=True):
        office = _DETERMINER.sub("", conjunct)
        # (an office of its country's people, « le ministre italien »; not one of a body, « la cheffe du DFJP »,
        # who is someone named elsewhere)
        if not people.TITLE_HEAD.match(office) or any(
            m.organisation or not m.country for m in places.mentions(office)
        ):
            continue
        title, organisation, party = people.clean_title(office, countries)
        if party is not None and party not in sides:
            out.append(_participant(None, title, organisation, party, role))
            sides.add(party)
    return out


_DETERMINER = regexes.compile(r"^(?:le|la|l['’]|the)\s*", re.IGNORECASE)


def _misspelt(name: str, other: str) -> bool:
    """Whether two folded names of two words or more are one person's, spelt twice: the same
    given name, and the rest the same but for a doubled letter and one letter more or less
    ("abdellatif hammouchi" and "abdelatif hammouchi", "mauro medicchio" and "mauro medicio"), or
    the same rest after a given name one vowel apart ("hicham fourati", "hichem fourati") or one
    letter more or less ("egard anicet miyakou", "edgard anicet miyakou")."""
    first, rest = name.split(" ", 1) if " " in name else (name, "")
    other_first, other_rest = other.split(" ", 1) if " " in other else (other, "")
    if not rest or not other_rest or len(name) < 10:
        return False
    a, b = _undoubled(rest), _undoubled(other_rest)
    first, other_first = _undoubled(first), _undoubled(other_first)
    if first != other_first:
        # a given name transliterated or typed two ways before the same surname ("Hicham" and "Hichem")
        return a == b and (_vowel_apart(first, other_first) or _letter_apart(first, other_first))
    return a == b or _letter_apart(a, b)


def _initialled(name: str, other: str) -> bool:
    """Whether a folded name is another's with its given names as initials: "k kokrebayev"
    (« K. Kokrebayev ») after "karim kokrebayev", "a b diallo" after "amadou bamba diallo"."""
    words, others = name.split(), other.split()
    return (
        len(words) == len(others) > 1
        and words[-1] == others[-1]
        and all(
            len(w.rstrip(".")) == 1 and o[0] == w[0] and len(o) > 2
            for w, o in zip(words[:-1], others[:-1], strict=True)
        )
    )


def _letter_apart(word: str, other: str) -> bool:
    """Whether one of two words is the other with one letter more."""
    if abs(len(word) - len(other)) != 1:
        return False
    shorter, longer = sorted((word, other), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def _vowel_apart(word: str, other: str) -> bool:
    """Whether two words of one length differ by one letter only, a vowel in each."""
    if len(word) != len(other):
        return False
    apart = [(x, y) for x, y in zip(word, other, strict=True) if x != y]
    return len(apart) == 1 and all(c in "aeiouy" for c in apart[0])


#: A letter written twice in a row.
_DOUBLED = regexes.compile(r"(.)\1")


def _undoubled(word: str) -> str:
    return _DOUBLED.sub(regexes.FIRST_GROUP, word)


_DELEGATION = regexes.compile(r"d[ée]l[ée]gation", re.IGNORECASE)
#: The heading of a list of those who attended, alone in its sentence: "In attendance were:", « Étaient présents : »,
#: "The Ghanaian delegation comprised:", « Participants : »; and a line of that list, a name and a comma after its
#: bullet or number ("1. Musa Bako, Inspector-General", « - M. Karim Haddad, directeur général »).
_ROSTER_HEADING = regexes.compile(
    r"\s*(?:in attendance (?:were|was)|(?:those )?present (?:were|at the meeting were)|(?:étaient|sont) présents|"
    r"(?:ont|a) pris part à (?:la|cette) (?:réunion|rencontre|séance(?: de travail)?)|participants?|attendees?|"
    r"(?:the |la |le )?(?:[\w'’-]+ ){0,3}?(?:delegation|délégation) (?:comprised|consisted|included|"
    r"(?:était |est )?composée|comprenait)(?: of| de)?)\s*:\s*$",
    re.IGNORECASE,
)
_ROSTER_ITEM = regexes.compile(
    r"\s*(?:[-•*–]\s*|\d{1,2}[.)]\s*)?(?:(?:M|Mme|Mr|Mrs|Ms|Dr)\.?\s+)?[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’.-]+){0,3},"
)
#: A delegation told by its members: "The delegation comprised of A, B …", "The delegation comprises of A, B …",
#: « La délégation était composée de A ».
_DELEGATION_LISTED = regexes.compile(
    r"\bdelegation (?:comprised|comprises|consisted|consists|included|includes|(?:was|is) (?:composed|made up) of)\b|"
    r"\bdélégation (?:comprenait|comprend|(?:était |est )?composée de|(?:était |est )?constituée de)",
    re.IGNORECASE,
)
#: A sentence that opens on a name and a comma, as a list goes on: "Ravi Chetty, the Attorney General …".
_NAMES_OPEN = regexes.compile(r"\s*(?:[A-Z][\w'’-]+ ){1,3}?[A-Z][\w'’-]+,")
#: A delegation told by its members: « a reçu … plusieurs officiels, membres du gouvernement de transition du
#: Burkina Faso », then « La délégation, conduite par … ».
_ENVOYS = regexes.compile(r"\b(?:plusieurs|des|les) (?:officiels|émissaires|envoyés)\b", re.IGNORECASE)


#: A later sentence that names both sides, when the opening named no one: "Interior Minister
#: X and his Uzbek counterpart Y agreed ...", « M. X et son homologue portugais, M. Y, ont convenu ».
_SIDES_NAMED = regexes.compile(
    r"\b(?:and|et) (?:his|her|son|sa) (?:\w+ )?(?:counterpart|homologue)\b|"
    # two office-holders in apposition as the subject of a commitment: "The Inspector General of
    # X, Mr A, and the Chief of Police of Y, B, agreed to ...", « Le ministre …, A, et le directeur …, B, ont convenu »
    r"^\s*(?:the|le|la|l')\s?[^;]{3,160}?,\s(?:and|et)\s(?:the|le|la|l')\s?[^;]{3,160}?,\s"
    r"(?:agreed|decided|resolved|pledged|undertook|(?:ont|sont) (?:convenu|décidé|résolu)s?|se sont engagés)\b|"
    # two office-holders by their countries' possessives: "A, Iran's Interior Minister, invited Iraq's Interior Minister, B"
    r"\b[\w-]+['’]s (?:\w+ ){0,3}?(?:minister|chief|commissioner|inspector[- ]general|director)\b[^;]{0,120}?"
    r"\b[\w-]+['’]s (?:\w+ ){0,3}?(?:minister|chief|commissioner|inspector[- ]general|director|counterpart)\b",
    re.IGNORECASE,
)


#: A courtesy call told by its noun, its caller after "by" and whom he called on after "on",
#: from the cue on: "during a courtesy call by a U.S. Embassy delegation on Inspector General
#: X" (X hosts), « lors d'une visite de courtoisie du général Y au directeur Z » (within the
#: sentence, so across the dots of "U.S.").
_CALLED_ON = regexes.compile(
    # ("a courtesy visit of the IGP to the offices of the Minister": its caller after "of", whom he called on after
    # "to", not a posting's country, "Ambassador to Zambia")
    r"[^.;]{0,40}?\b(?:courtesy (?:call|visit) (?:from|by|of)\b[^;]{1,120}?\s(?:on\s(?!(?:\w+day|\d)\b)|to\s(?!(?-i:[A-Z])))|"
    # (not an ambassador's posting: « du nouvel ambassadeur de Mauritanie au Sénégal »)
    r"visite de courtoisie (?:du|de la|de l'|des|de)\b[^;]{1,120}?\s(?:au|aux|à la|à l'|auprès du|auprès de la)\s(?!(?-i:[A-Z])))",
    re.IGNORECASE,
)


#: A meal given in someone's honour, told in the passive: its host named after « par », "by" (up to the one honoured,
#: if named after him: « Un dîner a été offert par Y en l'honneur de X »).
_MEAL_GIVEN = regexes.compile(strip_accents(cues.MEAL_GIVEN), re.IGNORECASE)
_GIVEN_BY = regexes.compile(r"\b(?:par|by)\s")
_IN_HONOUR = regexes.compile(r"\b(?:en l['’]honneur|in honou?r)\b", re.IGNORECASE)


#: The guest of a reception named by a pronoun object, right at its verb: « Son homologue, X, l'a reçu », « les a
#: accueillis », "His counterpart, X, received him" (the one the encounter before told of).
_RECEIVED_HIM = regexes.compile(
    r"\b(?:l['’]|les\s)(?:a|ont|avait|avaient)\s|\b(?:received|welcomed|hosted|greeted)\s(?:him|her|them)\b",
    re.IGNORECASE,
)


#: Those present on the receiving side: "received Y in the presence of Z", « en présence de Z ».
_PRESENCE = regexes.compile(
    r"\b(?:in the (?:presence|attendance) of|en (?:la )?présence d(?:e|u|es|e la|')?)\b", re.IGNORECASE
)


#: The speaker named after his words at the end of a sentence: "…, said Inspector-General X.", « …, a
#: précisé le ministre X. »
_TOLD_BY = regexes.compile(
    r",\s*(?:said|added|noted|explained|recalled|stressed|a (?:déclaré|indiqué|précisé|ajouté|rappelé|souligné|expliqué))\s+"
    r"[^,;]{3,120}$",
    re.IGNORECASE,
)


#: An envoy sent to someone, the sender before the verb: « a dépêché jeudi son ministre … auprès de », « a
#: délégué à Alger … un groupe conduit par X »; or told to go, the trip to come: « a chargé le ministre X de se
#: rendre à Niamey », "asked the Inspector-General, X, to travel to Accra" (the verbs of :data:`cues.SENDING_FR`
#: and :data:`cues.SENDING_EN`).
_DISPATCHED = regexes.compile(
    rf"(?:(?:a|ont|avoir) (?:dépêché|délégué)|{cues.SENDING_FR}|{cues.SENDING_EN})\b",
    re.IGNORECASE,
)


#: A visit told by its noun, the visitor named right after it: « l'objet du déplacement de X, ministre …, à
#: Apia », « la visite à Apia du ministre X », « la visite, ce mardi, du Général X … à la direction générale de
#: la police », "The visit by Minister X to Lusaka"; or a group sent, by who led it: « un groupe conduit par X ».
_VISIT_OF = regexes.compile(
    r"\b(?:(?:visite|déplacement),? (?:[^,;.]{0,30}, |(?:à|au|en) [\w'’-]+ )?d[ue]|visit (?:of|by)|(?:conduite?|dirigée?) par)\s*$",
    re.IGNORECASE,
)


#: The visitor's article after a visit's noun: « Visite de travail du », "Visit of the".
_OF_THE_VISITOR = regexes.compile(r"\s+(?:du|de la|de l['’]|des|of the|by the)\s(?!\d)", re.IGNORECASE)


#: One who sent what was handed over at a meeting, and was not at it: "received an invitation
#: from Kuwait's Minister of Interior, Sheikh X, to visit", "conveyed a message from President
#: X", « a remis une lettre du président X », « porteur d'un message de X ».
_SENDER = regexes.compile(
    r"\b(?:(?:invitations?|messages?|letters?|greetings|lettres?|salutations|courriers?) "
    r"(?:\w+ ){0,3}?(?:from|of|de la part d[eu']|de|du|de la|d')"
    # ... or who sent the delegation, or the dead mourned: « La délégation … était dépêchée par le général X »,
    # « endeuillé par la disparition du frère du Président, X »
    r"|(?:dépêchée?s?|mandatée?s?|dispatched) (?:par|by)"
    r"|(?:disparition|décès|obsèques|funérailles|death|passing|funeral) (?:\w+ ){0,2}?(?:de|du|de la|d'|of))(?=\s|\w)",
    re.IGNORECASE,
    branched,
)


#: The one who invited, said to meet the guest after: "at the invitation of Minister X, as they will discuss ways of
#: …", "at the invitation of X, and the two ministers will review …": he takes part, unlike one who only invited.
_INVITER_MET = regexes.compile(
    r"\binvitation\b[^.;]{0,200}?,\s*(?:as|and|where) (?:the two(?: \w+)?|they|both(?: sides)?) (?:will|are to|are expected to|"
    r"would|shall) (?:discuss|hold|meet|review|examine|sign|exchange)\b",
    re.IGNORECASE,
)


#: How far after those words the sender's name may begin (behind his titles).
_SENDER_REACH = 120


def _senders(
    sentence: str, named: tuple[people.Person, ...], invitations: bool = True
) -> list[people.Person]:
    """The one named first after each invitation's or message's "from" (not those after him:
    "the greetings of President A to President B"), or after each word of mourning (« le message de
    condoléances …, endeuillé par la disparition de la sœur du Président, X »). Without ``invitations``, not the
    one who invited: in the sentence that tells the visit he is its host ("visiting Baku at the invitation of
    Interior Minister X")."""
    found = []
    for sent in _SENDER.finditer(sentence):
        if not invitations and sent[0].lower().startswith("invitation"):
            continue
        after = sorted(
            (p for p in named if sent.end() <= p.start <= sent.end() + _SENDER_REACH), key=lambda p: p.start
        )
        if after:
            found.append(after[0])
        # (and those listed with him: "the greetings of Minister A and General B", « les salutations de A et de B »)
        for previous, person in pairwise(after):
            if not _CO_SENDER.fullmatch(sentence, previous.end, person.start):
                break
            found.append(person)
    return found


#: What joins a sender to the next one listed with him: his office after a comma, then "and" or « et » (and « de »
#: again), then the next one's office (not the one the message goes to: "of A to President B", « de A au ministre B »).
_CO_SENDER = regexes.compile(
    r"(?:,(?:(?!\b(?:to|à|au|aux)\b)[^,;.]){0,80},?)?\s*(?:and|et|as well as|ainsi que)\s+"
    r"(?:(?:of|from|de|du|de la|d['’]|de l['’])\s*)?(?:(?!\b(?:to|à|au|aux)\b)[^,;.]){0,60}?,?\s*",
    re.IGNORECASE,
)


@cache  # a memo of one document (reader.read): asked of each sentence again for each meeting it is read for
def _spoken_of(sentence: str) -> int:
    """Where the people a speaker only speaks of begin: after a verb of speech with no
    word of participation after it ("X a salué les efforts du président, Y"); else the end."""
    speech = _SPEECH.search(sentence)
    if (
        speech is None
        or cues.PARTICIPATION.search(sentence[speech.end() :])
        or _meeting_cue(sentence)
        or _TALKS_REPORTED.search(sentence, speech.end())
        or _ADDRESSEE.match(sentence, speech.end())
    ):
        return len(sentence)
    if _AFTER_QUOTE.search(sentence, 0, speech.start()):
        return len(
            sentence
        )  # « … », a déclaré X; …, said X; « C'est ce qu'a affirmé X »: the speaker, named after his words
    return speech.end()


#: The office-holder a speaker addressed, who was there: « Le ministre a promis au commissaire de police
#: samoan, X, un appui », "assured his counterpart, Y, of …".
_ADDRESSEE = regexes.compile(
    r"\s+(?:(?:à|to)\s+(?:(?:la|le|les|the|son|sa|ses|leurs?|his|her|their)\s+|l['’])?|(?:au|aux|son|sa|ses|leurs?|his|her|their)\s+)(?:[\w-]+\s+){0,2}?"
    r"(?:homologues?|counterparts?|commissaire|commissioner|ministre|minister|ambassad\w*|directeur|directrice|director|"
    r"chef|chief|inspecteur|inspector)\b",
    re.IGNORECASE,
)


#: Talks reported after a verb of speech: "A statement … said Mr. X and the Minister …, Y,
#: discussed …", « Le communiqué précise que A et B ont examiné … »: those named took part.
_TALKS_REPORTED = regexes.compile(
    r"\b(?:discussed|reviewed|examined|held talks|exchanged views|(?:ont|a) (?:discuté|examiné|évoqué|passé en revue|échangé))\b",
    re.IGNORECASE,
)


#: The end of a quotation, or the comma of an incise, right before a verb of speech: the
#: one named after the verb spoke (« … », a déclaré X; "…, said X").
_AFTER_QUOTE = regexes.compile(
    r"(?:[»\"”]\s*,?|,)\s*$"
    # … or the words that refer back to what was said: « C'est ce qu'a affirmé X », « comme l'a souligné X »,
    # "This was stated by X"
    r"|\b(?:ce qu['’]|comme l['’]|ainsi que l['’]|selon ce qu['’])\s*$",
    re.IGNORECASE,
)


#: The one who hosted a delegation, named right before it: "The IGP, X, who hosted the delegation, said",
#: « X, qui a accueilli la délégation, a salué », "X, who received the visiting delegation".
_HOSTED_THE_DELEGATION = regexes.compile(
    r"\b(?:who|qui) (?:\w+ly |also |aussi |avait )?(?:hosted|received|welcomed|(?:a|avait) (?:accueilli|reçu))"
    r" (?:the|la|cette|this|their|leur) (?:[\w'’-]+ ){0,2}?d[ée]l[ée]gation\b"
)
#: The one a delegation was hosted by, named right after it: "The delegation was hosted by X", « La délégation a été
#: accueillie par X ».
_DELEGATION_HOSTED_BY = regexes.compile(
    r"\bd[ée]l[ée]gation\b[^.;]{0,80}?\b(?:was|were|a été|ont été|had been|avait été) (?:\w+ly )?"
    r"(?:hosted|received|welcomed|accueillie?s?|reçue?s?) (?:by|par)\b"
)


def _delegation_host(sentence: str, named: Sequence[people.Person]) -> people.Person | None:
    """Who the sentence says hosted the delegation: the last one named before "who hosted the delegation", or the
    first one named after "the delegation was hosted by"."""
    if "légation" not in sentence and "legation" not in sentence:
        return None
    if (active := _HOSTED_THE_DELEGATION.search(sentence)) is not None:
        return next((p for p in reversed(named) if p.end <= active.start()), None)
    if (passive := _DELEGATION_HOSTED_BY.search(sentence)) is not None:
        return next((p for p in named if p.start >= passive.end()), None)
    return None


def _delegation_side(segment: _Segment) -> Role | None:
    """The side of the delegation the opening speaks of: the subject's ("A delegation
    from X was received by ..."), the object's ("received a delegation"), or none."""
    found = _DELEGATION.search(segment.opening) or _ENVOYS.search(segment.opening)
    if found is None:
        return None
    if found.start() >= segment.cue_end:
        return _OBJECT
    return _SUBJECT if found.end() <= segment.cue_start else None


def _with_lead(
    found: list[DraftParticipant],
    lead: tuple[DraftParticipant, ...],
    segment: _Segment,
    known: tuple[DraftParticipant, ...] = (),
) -> tuple[list[DraftParticipant], bool]:
    """The subject of a further encounter: the lead of the meeting before when the
    opening names no one before its encounter verb ("He later met ..."), or the lead
    people its surnames stand for ("M. Zongo a ensuite été reçu"). An encounter noun
    ("a meeting was held between ...") has no subject to take."""
    if _noun_cue(segment) and not _held_by_lead(segment, lead):
        return found, False
    subjects = [p for p in found if p.role is _SUBJECT]
    others = [p for p in found if p.role is not _SUBJECT]
    if (
        segment.relation is Relation.RECEIVES
        and lead
        and subjects
        and not others
        and _RECEIVED_HIM.search(segment.opening, max(0, segment.cue_start - 4), segment.cue_end + 6)
    ):
        # « X est arrivé lundi à Praia. Son homologue, Y, l'a reçu »: the one received is the lead before
        return [*subjects, *(p.model_copy(update={"role": _OBJECT}) for p in lead)], True
    if not subjects:
        # one of the meeting before named by his surname alone ("Mehrishi later called on the Prime
        # Minister": the guest of the talks told before, not their lead), else its lead
        before_cue = set(fold(segment.opening[: segment.cue_start]).split())
        named = {p.name: p for p in (*lead, *known) if p.name and _surname(p.name) in before_cue}
        subject = tuple(named.values()) if len(named) == 1 else lead
        office = _OFFICE_SUBJECT.search(segment.opening[: segment.cue_start])
        holder = _holder(office["office"], known) if office and not any(p.name for p in subject) else None
        said = {m.country for m in places.mentions(office["office"])} if office else set()
        if holder is not None and said <= {holder.country}:
            # the one of the meeting before whom the office names, when that meeting's lead has no name (« Le
            # ministère a accueilli deux délégations. … le Ministre X a reçu A. … le Ministre a également reçu B »);
            # of the country it names, if any (« Le ministre belge a ensuite été reçu » is not the Tunisian one's)
            subject = (holder,)
        return [p.model_copy(update={"role": _SUBJECT}) for p in subject] + others, True
    if (
        len(subjects) == 1
        and subjects[0].name is None
        and (
            holder := _holder(subjects[0].title, lead)
            or _holder(subjects[0].title, known)
            or _titled_by_surname(subjects[0].title, lead)
        )
    ):
        # « Le Directeur général a également reçu »: the lead, by a shorter form of his title, or by his title and
        # surname, read as a title (« Le directeur exécutif Van Damme a également rencontré »)
        return [holder.model_copy(update={"role": _SUBJECT}), *others], True
    by_surname = {_surname(p.name): p for p in lead if p.name}
    for p in lead:
        if p.name and " " in p.name:
            # (or by his given name alone, as some agencies write it: « M. Faisal s'est ensuite rendu … » after
            # « Faisal Al-Rashid »)
            by_surname.setdefault(fold(p.name).split()[0], p)
    surnames = [_surname(p.name) if p.name else "" for p in subjects]
    if not all(surname in by_surname for surname in surnames):
        return found, False
    return [by_surname[surname].model_copy(update={"role": _SUBJECT}) for surname in surnames] + others, True


#: Who holds an encounter told by its noun, and his verb, before that noun: "The Minister also held an introductory
#: meeting with", « Le ministre a également eu un entretien avec », "He later had talks with".
_HOLDS_IT = regexes.compile(
    r"^\s*(?P<subject>(?:[\w'’.-]+\s+){0,3}?)(?:(?:also|later|then|further)\s+)?(?:held|had|hosted|chaired|"
    r"(?:a|ont)\s+(?:(?:également|aussi|ensuite|par ailleurs)\s+)?(?:eu|tenu|présidé))\s+"
    r"(?:(?:an?|une?|des|several|plusieurs|further|another)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


#: An office as the subject of a further encounter, right before its verb (« Dans le même cadre, le Ministre a
#: également », "The Minister also"): the words of the office, with their article.
_OFFICE_SUBJECT = regexes.compile(
    r"(?:^|,)\s*(?P<office>(?:le|la|l['’]|the) ?[^\W\d][^,;]{1,60}?)\s+(?:(?:a|ont|has|have|had)\s+)?"
    r"(?:(?:also|later|then|further|également|aussi|ensuite|par ailleurs|de son côté)\s+)*$",
    re.IGNORECASE,
)


def _held_by_lead(segment: _Segment, lead: tuple[DraftParticipant, ...]) -> bool:
    """Whether a further encounter told by its noun is held by the lead of the one before: its subject before the
    verb of holding a pronoun, or an office the lead's title opens on ("The Minister also held an introductory
    meeting with Y" after "The Minister of Internal Affairs of Georgia held … X. … Vakhtang Gomelauri introduced
    …"), so that the noun has a subject to take after all."""
    held = _HOLDS_IT.match(segment.opening[: segment.cue_start])
    if held is None or not lead:
        return False
    subject = held["subject"]
    return (
        not subject.strip()
        or _PRONOUN_SUBJECT.match(subject) is not None
        or _holder(subject, lead) is not None
    )


def _titled_by_surname(title: str | None, lead: tuple[DraftParticipant, ...]) -> DraftParticipant | None:
    """The one of ``lead`` whose name's words after the first end ``title``: an office and a surname of
    several words read as a title alone ("Executive Director De Bolle" after "Catherine De Bolle")."""
    folded = f" {fold(title or '')}"
    named = [
        p for p in lead if p.name and " " in p.name and folded.endswith(f" {fold(p.name).split(' ', 1)[1]}")
    ]
    return named[0] if len(named) == 1 else None


def _noun_cue(segment: _Segment) -> bool:
    """Whether the meeting's cue is an encounter noun, not a verb ("talks held on ...")."""
    words = segment.opening[segment.cue_start : segment.cue_end]
    noun = cues.ENCOUNTER_NOUN.match(words)
    return noun is not None and noun.end() == len(words)


def _same_office(title: str | None, found: list[DraftParticipant]) -> int | None:
    """Where ``found`` holds an office-holder of no name with ``title`` (folded alike)."""
    if not title:
        return None
    key = fold(title)
    return next((i for i, p in enumerate(found) if p.name is None and p.title and fold(p.title) == key), None)


def _accompanied(
    person: people.Person, named: tuple[people.Person, ...], found: list[DraftParticipant], sentence: str
) -> DraftParticipant | None:
    """The participant found already whom ``person`` accompanies, by the surname the
    sentence gives him ("Ambassador Whitman was accompanied by A" after "Meg Whitman met …"),
    or by the office it opens on ("The Vice President was joined by A" after "X called on Vice
    President Y": Y's side, not X's)."""
    if person.companion_of == people.SUBJECT:
        office = _OFFICE_OPENS.match(sentence)
        return _holder(office.group(1), tuple(found)) if office else None
    if person.companion_of is None or person.companion_of < 0:
        return None
    leader = named[person.companion_of].name
    if not leader:
        return None
    surname = fold(leader).split()[-1]
    return next((p for p in found if p.name and fold(p.name).split()[-1] == surname), None)


#: A sentence that opens on an office-holder already named: "The Vice President was joined by …",
#: « Le ministre était accompagné de … ».
_OFFICE_OPENS = regexes.compile(
    r"\s*(?:the|le|la|l')\s*([^,;]{3,60}?)\s+(?:was|were|is|a été|est|était|étaient)\s", re.IGNORECASE
)


def _participant(name: str | None, title: str | None, organisation: str | None, party: str | None,
                 side: Role) -> DraftParticipant:  # fmt: skip
    return DraftParticipant(name=name, title=title, organisation=organisation, country=party, role=side)


#: The seat of an organisation as the place of the encounter, and whose it is: « au siège de
#: l'organisation », « au siège du Secrétariat général », "at the headquarters of Europol",
#: "at Europol's headquarters", "at the INTERPOL General Secretariat headquarters", or as where a visit goes:
#: "visited INTERPOL's General Secretariat in Lyon", "a visit to the Europol headquarters".
_AT_SEAT = regexes.compile(
    r"\b(?:au (?:siège|secrétariat général) (?:de l'|d'|du |de la |des )|at (?:the )?(?:headquarters|general secretariat|"
    r"secretariat) of (?:the )?|at (?:the )?|(?P<visit>visited|visit to|visiting) (?:the )?)(?P<owner>[^,;.]{2,60}?)(?:['’]s?)?(?: (?:\w+ ){0,2}?(?:headquarters|general secretariat"
    r"|secretariat))?(?=[,;.]|\s(?:in|on|à|le|la|en|où|where|to|for|pour|afin)\b|$)",
    re.IGNORECASE,
)


#: Words that make a seat an organisation's, whichever it is.
_SEAT_OWNER = regexes.compile(
    r"(?:l'|the )?(?:organisation|organization|agence|agency|secrétariat général|general secretariat)\b", re.I
)


def _at_an_organisations_seat(opening: str, *, visited: bool = False) -> bool:
    """Whether the encounter is held at the seat of an international organisation (or, ``visited``, also where a visit
    goes: "visited INTERPOL's General Secretariat", which says where, not who hosts)."""
    for seat in _AT_SEAT.finditer(opening):
        if seat.group("visit") and not visited:
            continue
        owner = seat.group("owner")
        if _SEAT_OWNER.match(owner):
            return True
        named = places.mentions(owner)
        if named and named[0].start == 0 and named[0].organisation and named[0].organisation.country is None:
            return True
    return False


#: The title of a head of state or government, alone (not "President of the Commission").
_HEAD_OF_STATE = regexes.compile(
    r"(?:the |le |la )?(?:prime minister|premier ministre|president|présidente?|chef de l'état|head of state)"
    r"(?: of the republic| de la république)?",
    re.IGNORECASE,
)


def _heads_the_state(found: list[DraftParticipant], side: Role) -> bool:
    """Whether one of ``side`` is named by the title of a head of state or government alone."""
    return any(p.role is side and p.title and _HEAD_OF_STATE.fullmatch(p.title) for p in found)


def _goes_to_the_body(segment: _Segment, code: str) -> bool:
    """Whether the first place named right after the encounter's words is the body ``code``, where the visit goes:
    "paid a working visit to the ECOWAS Commission in Abuja"."""
    named = places.mentions(segment.opening[segment.cue_end : segment.cue_end + _VISITED_REACH])
    return bool(named) and named[0].organisation is not None and named[0].organisation.code == code


#: How far after a visit's words the place it goes to is looked for.
_VISITED_REACH = 40


#: An embassy, a high commission or a consulate as the place of an encounter, and the title
#: of the one whose mission it is.
_AT_MISSION = regexes.compile(
    r"\b(?:at|in) (?:the )?(?:\w+ )?(?:embassy|high commission|consulate)\b|"
    r"\b(?:à|au siège de) l['’]ambassade\b|\bau (?:haut[- ]commissariat|consulat)\b",
    re.IGNORECASE,
)


_ENVOY = regexes.compile(r"\b(?:ambassad\w+|high commissioner|haut[- ]commissaire|consul)\b", re.IGNORECASE)


def _at_a_mission(segment: _Segment) -> Role | None:
    """The side whose embassy the encounter is held at, when one side alone is its envoy:
    "X met the British High Commissioner, Y, at the High Commission's offices" (Y hosts)."""
    if _AT_MISSION.search(segment.opening, segment.cue_end) is None:
        return None
    subject = _ENVOY.search(segment.opening, 0, segment.cue_start) is not None
    object_ = _ENVOY.search(segment.opening, segment.cue_end) is not None
    if subject == object_:
        return None
    return _SUBJECT if subject else _OBJECT


#: The services whose seat a meeting may be held at, by the word that names them in a seat and in an office:
#: "at the Police Headquarters" and "the Inspector General of Police", « au siège de la Gendarmerie » and « le
#: commandant de la Gendarmerie ».
_SERVICE_WORDS = frozenset(
    {"police", "army", "navy", "gendarmerie", "customs", "douane", "douanes", "immigration", "defence", "defense",
     "interior", "interieur", "armee", "marine", "correctional", "prisons", "penitentiaire"}
)  # fmt: skip

#: A seat: its word, whichever language.
_SEAT_WORD = regexes.compile(r"\b(?:headquarters|siège)\b", re.IGNORECASE)

#: Words an acronym skips in the name it stands for: "Director of Criminal Investigations" (DCI).
_ACRONYM_SKIPS = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "l", "et"})


def _seat_marks(owner: str) -> set[str]:
    """What names a service in a seat's owner: its service words and its acronym ("DCI")."""
    return {w for w in fold(owner).split() if w in _SERVICE_WORDS} | {
        w for w in owner.split() if 2 <= len(w) <= 6 and w.isupper() and w.isalpha()
    }


def _marked(title: str, marks: set[str]) -> bool:
    """Whether an office is of the service ``marks`` name: by a word, or by the initials of its words."""
    words = fold(title).split()
    initials = "".join(w[0] for w in words if w not in _ACRONYM_SKIPS).upper()
    return any(m in words or (m.isupper() and (m in title.split() or m in initials)) for m in marks)


def _seat_holders(segment: _Segment, found: list[DraftParticipant]) -> list[DraftParticipant]:
    """Those whose service's seat "A met B" is held at, named after its words or, when A and B are its subject
    together, anywhere in the sentence: "the Navy Commander met the Inspector General of Police at the Police
    Headquarters", "A and B met at the PNP headquarters" (the one of the Police, of the PNP)."""
    joint = _OBJECT not in {p.role for p in found}
    for seat in _AT_SEAT.finditer(segment.opening, 0 if joint else segment.cue_end):
        if not _SEAT_WORD.search(seat.group(0)) or not (marks := _seat_marks(seat.group("owner"))):
            continue
        return [
            p
            for p in found
            if p.role in (_SUBJECT, _OBJECT) and _marked(f"{p.title or ''} {p.organisation or ''}", marks)
        ]
    return []


def _roles(found: list[DraftParticipant], segment: _Segment, kind: MeetingKind, parties: set[str],
           place_country: str | None, home: str | None, own: str | None,
           visiting: bool = False) -> list[DraftParticipant]:  # fmt: skip
    """Decide roles and fill missing parties.

    An official whose title names no country is the publisher's own (``own``): "le
    ministre de l'Intérieur" of a Tunisian text is Tunisia's, foreign officials are named
    by their country; unless the subject visits the publisher's country.

    Calls and conferences: everyone takes part. Otherwise, when the place is known and
    someone of its country is there, that side hosts; failing that the verb decides
    ("A a reçu B": A hosts; "A s'est rendu chez B", "A a été reçu par B": B hosts)."""
    together = kind in (MeetingKind.CALL, MeetingKind.CONFERENCE)
    subject_parties = {p.country for p in found if p.role is _SUBJECT and p.country}
    object_parties = {p.country for p in found if p.role is _OBJECT and p.country}
    subject_hosts = segment.relation not in (Relation.VISITS, Relation.RECEIVED) and not visiting
    if (
        segment.relation is Relation.TOGETHER
        and kind is not MeetingKind.SIGNING
        and _OBJECT not in {p.role for p in found}
        and _ATTENDS.search(segment.opening, segment.cue_start, segment.cue_end)
    ):
        # "IGP A attended the meeting, accompanied by B, in Bangkok": one who attends a meeting somebody else holds
        # is not its host, nor thereby of the country it is held in
        subject_hosts = False
    mission = _at_a_mission(segment) if segment.relation is Relation.WITH else None
    holders = _seat_holders(segment, found) if segment.relation is Relation.WITH else []
    seat_sides = {p.role for p in holders}
    if (
        place_country is None
        and _OBJECT not in {p.role for p in found}
        and len(seat_owners := {p.country for p in holders}) == 1
    ):
        # "A and B met at the PNP headquarters": at B's seat, in B's country, where the sides that are the subject
        # together are sorted by the place's
        place_country = next(iter(seat_owners))
    if segment.relation in (Relation.WITH, Relation.TOGETHER) and (visitor := _visitor(segment)) is not None:
        subject_hosts = visitor is _OBJECT  # "X met Y, who is currently visiting the country"
    elif mission is not None:
        subject_hosts = (
            mission is _SUBJECT
        )  # "X met the High Commissioner, Y, at the High Commission's offices"
    elif len(seat_sides) == 1:
        # "X met the Inspector General of Police at the Police Headquarters"
        subject_hosts = seat_sides == {_SUBJECT}
    elif (
        segment.relation is Relation.WITH
        and _delegation_side(segment) is _SUBJECT
        and (place_country is None or place_country in object_parties)
    ):
        # « une délégation de la DCIS a rencontré le Ministre »: the delegation visits (not one that
        # meets visitors at home: « une délégation du Québec a rencontré à Sherbrooke … »)
        subject_hosts = False
    elif (
        segment.relation is Relation.WITH
        and place_country
        and not subject_parties
        and not object_parties
        and _heads_the_state(found, _OBJECT)
        and not _heads_the_state(found, _SUBJECT)
    ):
        # "General A met with Prime Minister B in Port of Spain": a head of state or government met where he
        # governs is at home, the one who met him came to him
        subject_hosts = False
    # at an organisation's seat, the organisation hosts: "X s'est entretenu avec le secrétaire
    # général d'INTERPOL au siège de l'organisation", "met ... at Europol's headquarters"
    at_seat = _at_an_organisations_seat(segment.opening)
    # the sides the subject's words name, when the subject is no one named: "Officials of
    # the Royal Norwegian Embassy met ..."
    subject_words = {
        m.country or _country_of_place(m) for m in places.mentions(segment.opening[: segment.cue_start])
    }
    object_orgs = {c for c in object_parties if c not in places.tables().names}
    subject_orgs = {c for c in subject_parties if c not in places.tables().names}
    if at_seat and object_orgs and not subject_orgs:
        subject_hosts = False
    elif at_seat and subject_orgs and not object_orgs:
        subject_hosts = True
    elif (
        place_country
        and place_country in object_parties
        and place_country not in subject_parties
        # (a subject of no country said who "played host to" one of the place's: the verb decides)
        and (subject_parties or segment.relation is not Relation.RECEIVES)
    ):
        subject_hosts = False
    elif (
        place_country
        and place_country in subject_parties
        and place_country not in object_parties
        # (one of the place's country who visits someone of no country said, at home: « X a visité la
        # Direction générale de la police à Beyrouth, où il a été accueilli par le directeur général »)
        and not (
            segment.relation is Relation.VISITS and not object_parties and _OBJECT in {p.role for p in found}
        )
    ):
        subject_hosts = True  # (both sides of the place's country: the verb decides, as in a visit at home)
    elif (
        place_country
        and segment.relation is Relation.TOGETHER
        and kind is not MeetingKind.SIGNING
        and subject_parties
        and place_country not in subject_parties
    ):
        # "IGP A (of Uganda) made the remarks during a bilateral meeting … held in Kigali": abroad, a guest
        subject_hosts = False
    elif (
        place_country
        and segment.relation is Relation.WITH
        and (subject_parties or (subject_words - {None, place_country}))
        and not object_parties
        and _visitor(segment) is None
    ):
        # "The Japanese Ambassador met with the Inspector General ... at Police Headquarters,
        # Kampala": a foreign subject at the place meets its people, who host
        subject_hosts = False
    # (a guest of a country said, the subject, whose hosts are of none said, at the seat of the one international
    # body the meeting names: its people, not the country it sits in — "The Spanish Ambassador visited the
    # ASEANAPOL Secretariat in Kuala Lumpur and was welcomed by the Executive Director")
    # ... nor that of a guest of another body who visits its seat ("The Executive Director of AFRIPOL paid a working
    # visit to the ECOWAS Commission in Abuja, where he was received by the Commissioner"; not a body the visit is
    # only told in the setting of: « Profitant de son séjour … dans le cadre du sommet de la SADC, X … »)
    bodies = {c for c in parties if c not in places.tables().names} - subject_parties - object_parties
    seat = (
        bodies
        if len(bodies) == 1
        and not subject_hosts
        and subject_parties
        and (
            subject_parties <= places.tables().names.keys() or _goes_to_the_body(segment, next(iter(bodies)))
        )
        and not together
        else set()
    )
    host_side = (
        (subject_parties if subject_hosts else object_parties) or seat or ({place_country or home} - {None})
    )
    if (
        kind is not MeetingKind.SIGNING
        and not object_parties
        and len(subject_parties) > 1
        and place_country in subject_parties
        and host_side == subject_parties
    ):
        # both sides the subject ("Kuwait's Minister A and Bahrain's Minister B discussed, Wednesday,
        # …", in Manama): the place's side hosts, the other is its guest
        host_side = {place_country}
    own_side = own if subject_hosts or place_country != own else None
    bilateral = segment.relation is Relation.TOGETHER and kind is not MeetingKind.CONFERENCE
    # at home, the hosts and those said to be present with them are the publisher's
    # (not at an international organisation's seat, whose people host there: "Lyon - X visited INTERPOL's General
    # Secretariat, where he held talks with the Secretary General", « Alger - X a été reçu au siège d'Afripol »)
    at_home = (
        own is not None
        and place_country == own
        and not together
        and not _at_an_organisations_seat(segment.opening, visited=True)
    )
    hosting = _SUBJECT if subject_hosts else _OBJECT
    named_counterpart = _COUNTERPART_OF.search(segment.opening)
    counterpart = (
        places.tables().countries.get(fold(named_counterpart["side"] or named_counterpart["side2"]))
        if named_counterpart
        else None
    )
    # everyone of the place's country (two agencies of one state): the verb alone says who hosts
    domestic = (
        kind is not MeetingKind.SIGNING
        and place_country is not None
        and {p.country for p in found if p.country} <= {place_country}
    )
    # two or more who did it together, as one subject, with nothing to say where ("A and his Czech counterpart B signed on
    # Thursday an agreement"): no one of them receives the others
    joint = (
        segment.relation is Relation.TOGETHER
        and place_country is None
        and home is None
        and sum(p.role is _SUBJECT for p in found) > 1
        and all(p.role is _SUBJECT for p in found)
    )
    out = []
    for person in found:
        country, side = person.country, person.role
        if country is None and side is _SUBJECT and together:
            # the communiqué's own side at a conference or on a call; failing that, the host of a
            # conference it receives ("will host West African police chiefs in Abuja")
            country = home or (place_country if segment.relation is Relation.RECEIVES else None)
        elif country is None and own_side and (side is _SUBJECT or (bilateral and not visiting)):
            country = own_side
        elif country is None and at_home and side in (hosting, _LATER):
            country = own
        elif country is None and side is _SUBJECT and subject_hosts:
            country = place_country or home
        elif (
            country is None
            and mission is not None
            and side is not mission
            and place_country not in (None, *(subject_parties if mission is _SUBJECT else object_parties))
        ):
            country = place_country  # the one who calls at an embassy is of the country it is in
        elif country is None and side is _SUBJECT and len(subject_parties) == 1:
            if _SIDES_NAMED.search(segment.opening) or (
                segment.relation in (Relation.WITH, Relation.TOGETHER)
                and _OBJECT not in {p.role for p in found}
            ):
                # "X et son homologue irakien Y se sont entretenus à Ankara", « X, et le ministre gambien, Y, ont eu un
                # entretien à Dakar » (the two sides as one subject, no one met after them): X is of the other side,
                # the place's when it is not Y's
                country = place_country if place_country not in subject_parties else None
            else:
                country = next(iter(subject_parties))  # one of a visiting delegation, named later
        if country is None and side is _OBJECT:
            # the object of "A a reçu B" is the other side; of "A called on B", the host's; not
            # the side of those the subject's words name ("une délégation de la DCIS a rencontré B")
            pool = sorted(
                c
                for c in (parties - host_side if subject_hosts else host_side or parties - subject_parties)
                if c and (c not in subject_words or c in host_side)
            )
            country = pool[0] if len(pool) == 1 else None
        if (
            bilateral
            and person.country is None
            # (one named in a later sentence only when no country was given him)
            and (side is not _LATER or country is None)
            and _of_the_place(person, country, found, place_country)
        ):
            # « la réunion, tenue à Rabat, entre X, ministre délégué …, et Y, secrétaire d'État
            # espagnol »: X, of no country said, is not of Y's but of the place's
            country = place_country
        elif (
            bilateral
            and side is _OBJECT
            and person.country is None
            and country is not None
            and _named_after_only(country, person, segment.opening)
        ):
            # the country of the other side, named only after him (by its body alone: "a meeting between X, Acting
            # Secretary-General of the Ministry of the Interior, and the First Vice-Commissioner of the NYPD"; « entre
            # X, ministre délégué …, et Y, secrétaire d'État espagnol »): X is of the other party when one is left,
            # else of none said
            rest = [c for c in parties - {country} if c in places.tables().names]
            country = rest[0] if len(rest) == 1 else None
        if (
            person.country is None
            and country is not None
            and country == counterpart
            # (not the counterpart himself, named after those words or later: « … avec son homologue gabonais.
            # Accueilli par le ministre …, M. X »)
            and (
                person.name is None
                or named_counterpart is None
                or person.name in segment.opening[: named_counterpart.start()]
            )
        ):
            # "X and his Japanese counterpart Y, held at ... in Tokyo": X is not Japanese
            others = sorted(c for c in parties if c != counterpart and c in places.tables().names)
            country = others[0] if len(others) == 1 else None
        if together or joint:
            role = Role.PARTICIPANT
        elif country and (host_side or side is _LATER) and not (domestic and side in (_SUBJECT, _OBJECT)):
            role = Role.HOST if country in host_side else Role.GUEST
        elif side is _SUBJECT:
            role = Role.HOST if subject_hosts else Role.GUEST
        elif side is _OBJECT:
            role = Role.GUEST if subject_hosts else Role.HOST
        else:
            role = Role.PARTICIPANT
        out.append(person.model_copy(update={"role": role, "country": country}))
    if (
        segment.relation in (Relation.WITH, Relation.TOGETHER)
        and not at_seat
        and _visitor(segment) is _SUBJECT
        and object_parties
        and _nobody_at_home(out, place_country)
    ):
        # "During his visit to Qatar, X met his Jordanian counterpart Y": Y, away from home as well, hosts no one
        out = [
            p.model_copy(update={"role": Role.PARTICIPANT})
            if p.role is Role.HOST and p.country in places.tables().names
            else p
            for p in out
        ]
    elif (
        _talks_between(segment)
        and kind is not MeetingKind.SIGNING
        and not together
        and all(p.country for p in out)
        # (a place said by its town, whose country is not known, or in the country of one of them; not the seat of one
        # of them, "at the Contact Point of the State Border Guard", nor a country none of them is of, whose people,
        # unnamed, host: "a meeting between the Rwanda and Uganda police forces held … in Kigali")
        and (
            place_country in {p.country for p in out}
            or (place_country is None and _IN_A_TOWN.search(segment.opening) is not None)
        )
    ):
        # "Talks between A and B were held in Nice": the order of the two says nothing of who hosts; the side whose
        # country holds the place does, and none when the text does not say whose the place is
        out = [
            p.model_copy(
                update={
                    "role": (Role.HOST if p.country == place_country else Role.GUEST)
                    if place_country
                    else Role.PARTICIPANT
                }
            )
            for p in out
        ]
    return out


def _of_the_place(
    person: DraftParticipant, country: str | None, found: list[DraftParticipant], place_country: str | None
) -> bool:
    """Whether one of no country said, met with one other side somewhere else, is of the place's country: the other
    side's country he was given (« la réunion, tenue à Rabat, entre X, ministre délégué …, et Y, secrétaire d'État
    espagnol »), or none when the others are of one foreign country ("The MoU was signed in Nairobi between the
    Inspector General of Police, A, and the Zambian Deputy Inspector General, B": A is Kenya's)."""
    if place_country in (None, country) or any(other.country == place_country for other in found):
        return False
    if country is not None:
        return any(other.country == country for other in found)
    others = {other.country for other in found if other is not person}
    return len(others) == 1 and others <= places.tables().names.keys()


def _talks_between(segment: _Segment) -> bool:
    """Whether an encounter is told by its noun and the two it was between: "Talks between A and B", "the focus of
    talks in Nice on Friday between A and B", « Des entretiens entre A et B »."""
    return segment.relation is Relation.TOGETHER and (
        _BETWEEN.search(segment.opening, segment.cue_start, segment.cue_end) is not None
        or _BETWEEN_NEXT.match(segment.opening, segment.cue_end) is not None
    )


#: A town named as where something is: "in Nice", « à Nice ».
_IN_A_TOWN = regexes.compile(r"\b(?:in|à) (?=[A-ZÀ-Ý][a-zà-ÿ])")


#: "between" or « entre » right after an encounter's noun.
_BETWEEN_NEXT = regexes.compile(r"\s*(?:between|entre)\b", re.IGNORECASE)


def _nobody_at_home(found: list[DraftParticipant], place_country: str | None) -> bool:
    """Whether a meeting is held in a country none of whose people is at it (but for an envoy posted to it), all but the
    one who travelled there of a country said: "During his visit to Qatar, X met his Jordanian counterpart Y". Nobody
    there is at home to host, and the country is only a place, no side."""
    return (
        place_country is not None
        and all(p.country != place_country and not _ENVOY.search(p.title or "") for p in found)
        and all(p.country is not None for p in found if p.role is not Role.GUEST)
    )


#: The encounter's words when they say that the subject attended it, held by others ("attended", « a pris part », "is in
#: Abuja to attend").
_ATTENDS = regexes.compile(
    r"(?:attend(?:ed|s)?|will attend|took part|takes part|participat\w*|(?:a|ont) (?:pris part|particip[ée]|assist[ée])|"
    r"prend part)(?!\w)",
    re.IGNORECASE,
)


#: The words of an encounter told by its noun in the passive or by its participle, up to the first of the two it was
#: between: « Audience accordée mardi par », "Courtesy call paid on Thursday by", "call was paid to" (:data:`cues`).
_PASSIVE_ENCOUNTER = regexes.compile(
    r"^(?P<granted>audience) accordée (?:\S+ ){0,4}?par$|"
    r"^(?:\S+ ){0,4}?(?:call|visit|visite)s? (?:\S+ ){0,6}?(?:par|by)$|"
    r"(?:call|visit|visite)s? (?:\S+ ){0,3}?(?:was paid|(?:a|ont) été rendue?s?) (?:\S+ ){0,3}?(?:to|à|au|aux|by|par)$",
    re.IGNORECASE,
)


#: Who goes with someone: "accompanied by", « accompagné de ».
_ACCOMPANIED = regexes.compile(
    r"\b(?:accompanied by|along with|accompagnée?s? (?:de|du|des|par))\b", re.IGNORECASE
)


#: Words that make someone the visitor: "Y, who is currently visiting the country", "X met
#: Y during a visit to the INTERPOL headquarters", « Y, en visite de travail au Maroc »; a tour is a visit
#: ("Y, who is touring Kenya", « Y, en tournée au Niger »).
_VISITING = regexes.compile(
    r"(?:who|qui) (?:is|was|are|were|est|sont|était) (?:currently |actuellement )?"
    r"(?:visiting|touring|on (?:a|an) (?:\w+ )?(?:visit|tour|mission)|en (?:visite|tournée|mission))|"
    r",\s*(?:en (?:visite|tournée|mission)|on (?:a|an) (?:\w+ )?(?:visit|tour|mission))\b|"
    # told before its subject: « En tournée au Sénégal, X s'est entretenu avec Y », "Touring Pakistan, X met Y", « En
    # mission au Tchad, X … »
    r"^\s*(?:en (?:visite|tournée|mission)|visiting|touring|on (?:a|an) (?:\w+ )?(?:visit|tour|mission))\b",
    re.IGNORECASE,
    branched,
)


_JOURNEY = (
    r"^\s*(?:lors|au cours|pendant|durant) d[eu'] ?(?:son|sa|leur) (?:\w+ )?(?:visite|déplacement|séjour|mission|tournée)\b|"
    r"^\s*(?:during|in the course of) (?:his|her|their) (?:\w+ )?(?:visit|trip|stay|tour|mission)\b"
)


#: The subject's own visit: "X met Y during a visit to the INTERPOL headquarters", « lors d'un déplacement en Italie ».
_ON_A_VISIT = regexes.compile(
    r"(?:during|in the course of) (?:a|an|his|her|their) (?:\w+ )?visit (?:to|at)|"
    r"\b(?:is|was|are|were) (?:currently )?in [A-Z][\w-]+(?: [A-Z][\w-]+)?,? where\b|"
    r"(?:lors|au cours) d[e'] ?(?:sa|leur) (?:\w+ )?visite (?:à|au|aux|en)|"
    # « a rencontré son homologue Y lors d'un déplacement en Italie »
    r"(?:lors|au cours) d['’]un (?:\w+ )?(?:déplacement|séjour) (?:\w+ )?(?:à|au|aux|en)\b|"
    rf"{_JOURNEY}",
    re.IGNORECASE,
    branched,
)


#: The subject's journey told before, as the sentence opens: « Au cours de son déplacement, X a
#: rencontré Y » (the journey's days and place are the encounter's when it names none of its own).
_JOURNEY_OPENS = regexes.compile(_JOURNEY, re.IGNORECASE)


#: A country named as where the subject's encounter was, between its words and the other side: "held a meeting in
#: Jordan with", « a tenu mardi une réunion en Jordanie avec ».
_IN_COUNTRY = regexes.compile(
    r"\b(?:in|en|au|aux)\s+(?:the\s+)?(?P<place>[A-ZÀ-Ý][\w'’-]*(?:\s+(?:and\s+|et\s+)?[A-ZÀ-Ý][\w'’-]*){0,3})"
)
_WITH_WORD = regexes.compile(r"\s(?:with|avec)\s")


def _went_abroad(opening: str, relation: Relation, cue_start: int) -> bool:
    """Whether the subject's encounter (its ``relation`` told at ``cue_start`` of its ``opening``) is told as held
    in a country, not a town of it: one at home says where in it ("in Amman"), one who travelled which country he
    met in (not where a gathering he took part in was held: "took part in the meeting held in Kuwait")."""
    if relation is not Relation.WITH:
        return False
    rest = opening[cue_start:]
    other_side = _WITH_WORD.search(rest)
    return any(
        places.exact_country(found["place"]) is not None
        for found in _IN_COUNTRY.finditer(rest, 0, other_side.start() if other_side else 0)
    )


def _visitor(segment: _Segment) -> Role | None:
    """Which side of "A met B" is the visitor, when the opening says so: B when the
    words that say so follow the verb ("B, who is visiting the country"), else A ("A
    met B during a visit to ...", "A, en visite au Maroc, s'est entretenu avec B", "A
    held a meeting in Jordan with B")."""
    return _visitor_in(segment.opening, segment.relation, segment.cue_start, segment.cue_end)


@cache  # a memo of one document (reader.read): asked for each participant, and by three readings of the sides
def _visitor_in(opening: str, relation: Relation, cue_start: int, cue_end: int) -> Role | None:
    """:func:`_visitor` of the segment that opens on ``opening``, its encounter's ``relation`` told from
    ``cue_start`` to ``cue_end``."""
    found = _VISITING.search(opening)
    if found is None:
        return _SUBJECT if _ON_A_VISIT.search(opening) or _went_abroad(opening, relation, cue_start) else None
    if found.start() > cue_end and any(p.start >= cue_end for p in _people_in(opening, frozenset())):
        # (the words after the verb are of its object, after his name or inside his title: « avec le ministre malien,
        # en visite de travail à Dakar, X »)
        return _OBJECT
    return _SUBJECT


#: A later sentence that lists who attended a conference: "In attendance were Commissioners of
#: Police from Antigua and Barbuda; The Bahamas; Barbados …", "Delegations from Ghana, Togo and
#: Benin took part", « Ont pris part à la réunion les délégations du Bénin, du Niger … ».
_ATTENDANCE = regexes.compile(
    r"\b(?:in attendance (?:were|was)|(?:was|were) (?:also )?attended by|attendees (?:included|were)|"
    r"(?:took|taking) part|participants? (?:came )?from|delegations? (?:from|of)|"
    r"(?:ont|a) (?:pris part|participé|assisté)|(?:ont|a) pris part|y ont pris part|délégations? (?:de|du|des|d')|"
    r"particip(?:ent|eront|ate|ating|ated)|prennent part|(?:are|were) attending|venus? (?:de|du|des|d')|"
    r"étaient (?:représentés|présents)|(?:were|are) represented|"
    # the gathering's own words: « La conférence a réuni les chefs … des pays partenaires (Chine, Japon …) »
    r"(?:a|ont) réuni|brought together|"
    # ... or a list in brackets after the countries it names: « les ministres des six pays du G6 (Royaume-Uni,
    # Allemagne, …) », "the interior ministers of the member states (Mali, Niger and Chad)", « des pays du nord de la
    # Méditerranée occidentale (Espagne, France, …) » (a region's name may stand between the two)
    r"(?:pays|countries|nations|membres|members|states)\b[^().;]{0,60}\((?=[^()]*,))\b",
    re.IGNORECASE,
    branched,
)


def _members_listed(mention: places.Mention, mentions: tuple[places.Mention, ...]) -> bool:
    """Whether an organisation's name is followed at once by a list of countries, its members that take part (« les
    directeurs de l'Union du Maghreb arabe (Algérie, Libye, Maroc …) », "the SADC states Zambia, Malawi and Angola"):
    the grouping only names them, and is no side of its own. ``mentions`` are the sentence's, in order."""
    after = [other for other in mentions if other.start >= mention.end][:2]
    return (
        len(after) == 2
        and all(other.country is not None for other in after)
        and after[0].start <= mention.end + 1  # (folded: the bracket is gone, one space is left)
    )


def _attending(segment: _Segment) -> set[str]:
    """The countries a conference's sentences list as attending."""
    found: set[str] = set()
    for sentence in segment.all:
        if _ATTENDANCE.search(sentence) is None or _recalled(sentence):
            continue
        folded = fold(sentence)
        mentions = places.mentions(_unquoted(sentence))
        for mention in mentions:
            if mention.country and mention.text not in places.tables().demonym_words:
                found.add(mention.country)
            elif (
                mention.organisation
                and _international(mention)
                and not _members_listed(mention, mentions)
                and not _AREA_BEFORE.search(folded[max(0, mention.start - 40) : mention.start])
                and not _AREA_AFTER.match(folded, mention.end)
            ):  # « … ainsi que du Secrétariat de l'ASEAN et de l'Interpol » (not « les pays de l'ASEAN »)
                found.add(mention.organisation.code)
    return found


#: Who a country's name follows as its actor, at the end of what comes before it (folded): "the delegation
#: of", « l'ambassadeur du », "counterparts from", "the Ministry of Internal Affairs of".
_ACTOR_BEFORE = regexes.compile(
    r"(?:delegation|ambassad\w*|embass\w*|high commission|consul\w*|homologue|counterparts?|ministres?|ministers?|services?|police|autorites|authorities|"
    r"gouvernement|government|royaume|kingdom|republique|republic|etat|state|forces|garde|officials|responsables|pays|"
    r"from|de|du|des|d|both)\s+(?:of (?:internal|home|foreign) affairs |of public security |(?:(?!avec\b|with\b)\w+\s+){0,2})"
    r"(?:du|de la|de l|des|d|de|of|of the)?\s*$"
)


def _parties(segment: _Segment, countries: frozenset[str]) -> set[str]:
    """Countries and organisations the meeting's sentences name as actors: demonyms,
    country names after an actor noun or before a force ("the Royal Malaysia Police"),
    organisations (an agency stands for its country)."""
    found: set[str] = set()
    ranked: set[str] = set()  # the peoples of officers named by rank and people (« le général émirati »)
    posted: set[str] = set()  # the countries envoys are posted to ("Ambassador to Malaysia")
    accredited = False  # whether an envoy is posted to several at once
    for described in map(_without_lead, segment.describing[:2]):
        # the setting of a meeting held on the sidelines of another is no party to it, nor a later leg of the journey,
        # nor the gathering that brought the guest ("X, who is in Accra for the Regional Conference of Interpol")
        # (nor a gathering named as background: "Ahead of the ASEAN summit in Jakarta, X met Y")
        sentence = kinds.blanked(
            kinds.BACKGROUND_EVENT,
            _blanked(
                _CONTEXT_OF_IT, _blanked(_ONWARD, _blanked(_SIDELINES_WITHIN, _without_stay(described)))
            ),
        )
        folded = fold(sentence)
        actor_end = -1  # where the last country named as an actor ends
        mentions = places.mentions(sentence)
        where_posted = postings(folded, mentions)
        # (several envoys each posted to the one country that receives them all, "received Japan's Ambassador to
        # Kuwait X, Italy's Ambassador to Kuwait Y", are posted to one: that country is their hosts')
        accredited |= len({m.country for m in mentions if m.start in where_posted}) > 1
        for mention in mentions:
            before = folded[max(0, mention.start - 40) : mention.start]
            if mention.organisation is not None:
                if _AREA_AFTER.match(folded, mention.end) or _AREA_BEFORE.search(before):
                    continue  # "in the GCC region", « l'espace CEDEAO »: a place, not a side
                if _BODY_OF.search(before):
                    continue  # "the police organisation of the Gulf Cooperation Council, GCCPOL": its body's
                if _members_listed(mention, mentions):
                    continue  # « ceux de l'Union du Maghreb arabe (Algérie, Libye, …) »: its members are the sides
                if people.in_remit(folded, mention):
                    continue  # "the Director in charge of Interpol affairs": what his office deals with
                if people.qualified_by_demonym(sentence, mention, mentions):
                    continue  # « la Sûreté nationale tunisienne »: the demonym says whose (not Algeria's, named too)
                org = mention.organisation.in_country(countries)
                if org is not None:
                    found.add(org.party)  # type: ignore[arg-type]
                continue
            if mention.country is None:
                # a city's force stands for the city's country: "the Delhi Police", "Abu Dhabi Police",
                # « la Sûreté de wilaya de Tlemcen », « le préfet de police d'Oujda »
                if mention.city is not None and (
                    _force_after(sentence, folded, mention) or _FORCE_BEFORE.search(before)
                ):
                    found.add(mention.city.country)
                continue
            if mention.city is not None and _HELD_IN.search(before):
                continue  # a city-state where it was held: "the conference, held in Monaco"
            if _HOSTS_THE_NEXT.match(folded, mention.end):
                continue  # "The Philippines will host the 45th ASEANAPOL Conference": the next one's host
            is_demonym = mention.text in places.tables().demonym_words
            if is_demonym and (
                _HELD_PEOPLE_AFTER.match(folded, mention.end) or _HELD_PEOPLE_BEFORE.search(before)
            ):
                continue  # "four Nigerian nationals suspected of fraud", « six ressortissants tchadiens »: not a side
            if is_demonym and _RANK_BEFORE.search(before):
                ranked.add(
                    mention.country
                )  # « le général émirati X »: his nationality, a side only if no body heads it
                continue
            actor_before = (
                _ACTOR_BEFORE.search(before) or _VISITING_COUNTRY.search(before) or _BUREAU_OF.search(before)
            )  # "his counterpart, currently visiting Egypt": the host's
            # a country joined to one named as an actor: "both Ghana and Sierra Leone"
            joined = actor_end >= 0 and _JOINED.fullmatch(folded, actor_end, mention.start) is not None
            # a country's name before the delegation it names: "is heading a Seychelles police and prisons delegation"
            led = (
                _A_BEFORE.search(before) is not None
                and _DELEGATION_AFTER.match(folded, mention.end) is not None
            )
            if is_demonym or actor_before or joined or led or _force_after(sentence, folded, mention):
                # (where an envoy is posted, "Ghana's Ambassador to the Netherlands", is kept apart)
                (posted if mention.start in where_posted else found).add(mention.country)
                actor_end = mention.end
        # « renforcer les canaux entre le Liban et la Jordanie », "cooperation between Ghana, Togo and Benin": every side
        found |= _listed_between(_BETWEEN_LIST, sentence)
        found |= _dashed_sides(sentence)
    t = places.tables()
    for sentence in segment.others:
        # « consolidant ainsi le partenariat entre le Sénégal et la Chine », "the cooperation between Kenya and
        # Rwanda": the two sides, named by their countries after a word of their relation
        found |= _listed_between(_RELATION_BETWEEN, sentence)
        # "The Albanian and Montenegrin police agreed ...": both sides named by their peoples
        folded = fold(sentence)
        pair = (
            _PEOPLES_AS_SUBJECT.match(folded)
            or _PEOPLES_AFTER_NOUN.match(folded)
            or _PEOPLES_BETWEEN.search(folded)
        )
        words = [word for word in pair.groups() if word] if pair else []
        if len(words) == 2 and all(word in t.demonym_words for word in words):
            found.update(t.countries[word] for word in words)
        # "The Togolese officials said ...", « Les responsables ivoiriens ont proposé ... »: a
        # side the opening left unnamed ("received a delegation"), named later by its people
        for side in _PEOPLE_AS_SIDE.finditer(folded):
            word = side.group(1) or side.group(2)
            if word in t.demonym_words:
                found.add(t.countries[word])
    # (an officer of an international police body the meeting names represents it, not his country: « le
    # général émirati X » at the head of Interpol)
    if ranked and not any(
        m.organisation and m.organisation.code in _POLICE_BODIES
        for s in segment.all
        for m in places.mentions(s)
    ):
        found |= ranked
    # an envoy's posting is a side, his hosts' (« l'ambassade de France à Madagascar »), unless he calls on an
    # international body there ("The Spanish Ambassador to Malaysia … visited the ASEANAPOL Secretariat"); not those
    # of an envoy accredited to several countries (« l'ambassadeur du Bénin en Allemagne, en Autriche et en Suisse »),
    # who meets no one of them all at once: the one he is in is named as such
    if not accredited and not any(code not in t.names for code in found):
        found |= posted
    return found


#: Those a text names by their nationality as the object of police work or of a crossing, right after the demonym
#: (folded): "Nigerian nationals" (not "the Korean National Police"), "Chinese suspects", "Malian migrants". Not
#: a side of the meeting that speaks of them.
_HELD_PEOPLE_AFTER = regexes.compile(
    r" (?:nationals|citizens?|suspects?|migrants?|smugglers?|traffickers?|drug traffickers?|fugitives?|criminals?|"
    r"prisoners?|detainees?|convicts?|inmates?|gang members?|fraudsters?)\b"
)
#: ... or right before it, as French puts it (folded): « six ressortissants tchadiens », « des migrants maliens »,
#: « un trafiquant nigérian », « de nationalité nigériane ».
_HELD_PEOPLE_BEFORE = regexes.compile(
    r"\b(?:ressortissants?|migrants?|suspects?|trafiquants?|passeurs?|fugitifs?|criminels?|detenus?|prisonniers?|"
    r"individus|delinquants?|malfaiteurs?|clandestins?|de nationalite) $"
)


#: A rank right before a demonym (folded text): « le général émirati », "the Brazilian" is not one.
_RANK_BEFORE = regexes.compile(r"\b(?:general|colonel|commissaire|commissioner|amiral|admiral|commandant) $")


#: The international police bodies whose officers stand for them, not for their countries.
_POLICE_BODIES = frozenset(["INTERPOL", "EUROPOL", "AFRIPOL", "AMERIPOL", "ASEANAPOL", "GCCPOL", "FRANCOPOL"])


#: A country's name in a list of sides, its article before it: "Ghana", « le Bénin », "the Gambia".
_SIDE_NAME = r"(?:le |la |l['’]|les |the )?[A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*){0,2}"

#: The countries named as the sides of a relation or an encounter, two or more: « entre le Liban et la Jordanie »,
#: "between Ghana, Togo and Benin", « entre le Bénin, le Togo et le Nigeria » (each checked to be a country's name).
_BETWEEN_LIST = regexes.compile(
    rf"\b(?:entre|between) (?P<sides>{_SIDE_NAME}(?:, {_SIDE_NAME})*,? (?:et|and) {_SIDE_NAME})"
)


#: :data:`_BETWEEN_LIST` after a word of the relation it qualifies: « le partenariat entre le Sénégal et la Chine ».
_RELATION_BETWEEN = regexes.compile(
    r"\b(?:partenariat|coopération|cooperation|partnership|relations|ties|liens) (?:\w+ ){0,2}?(?:entre|between) "
    rf"(?P<sides>{_SIDE_NAME}(?:, {_SIDE_NAME})*,? (?:et|and) {_SIDE_NAME})"
)

#: What parts the names of such a list, and the article a name may carry.
_LIST_SEPARATOR = regexes.compile(r",? (?:et|and) |, ")
_SIDE_ARTICLE = regexes.compile(r"^(?:le |la |l['’]|les |the )")


def _listed_between(pattern: re.Pattern[str], sentence: str) -> set[str]:
    """The countries of every list ``pattern`` finds in the sentence, when each name of it is a country's and they
    are at least two (a list with a name that is no country's, "between Ghana and Police Headquarters", says none)."""
    found: set[str] = set()
    for listed in pattern.finditer(sentence):
        names = [_SIDE_ARTICLE.sub("", name) for name in _LIST_SEPARATOR.split(listed["sides"])]
        codes = [places.exact_country(name) for name in names]
        if all(codes) and len(set(codes)) > 1:
            found |= {code for code in codes if code}
    return found


#: The host of the next edition, after its name (folded text): " will host the 45th …", « accueillera la prochaine ».
_HOSTS_THE_NEXT = regexes.compile(
    r" (?:will|is to|is set to) host the (?:next|\d+(?:st|nd|rd|th))\b| accueillera la (?:prochaine|\d+(?:e|eme))\b"
)


#: Where something was held, right before a place (folded text): "held in", « tenue à ».
_HELD_IN = regexes.compile(
    r"\b(?:held|hosted|organi[sz]ed|convened|tenue?s?|organisee?s?) (?:in|at|a|en|au)\s*$"
)


#: Two sides named by their peoples as a sentence's subject (folded text): "the Albanian and
#: Montenegrin police"; or after the noun: « les polices malienne et nigérienne ».
_PEOPLES_AS_SUBJECT = regexes.compile(
    r"(?:the |les |la |le )?(\w+) (?:and|et) (\w+) (?:police|polices|sides|delegations|ministers|ministres|services|"
    r"forces|authorities|autorites|officials|responsables|parties|counterparts|homologues)\b"
)


#: ... or as the two sides of a cooperation or a talk: "the cooperation between the Albanian and
#: Turkish police authorities", « la coopération entre les polices malienne et nigérienne », « au
#: centre des échanges entre les délégations sénégalaises et guinéennes ».
_PEOPLES_BETWEEN = regexes.compile(
    r"\b(?:between the|entre les) (?:(\w+) and (\w+) (?:police|security|law enforcement|delegations|authorities|forces)|"
    r"(?:polices|services|delegations|autorites|forces) (\w+) et (\w+))\b"
)


#: One side named by its people with a word for a side's members, in a later sentence of the
#: meeting (folded text): "the Togolese officials", "the visiting Spanish delegation", « les
#: responsables ivoiriens », « une délégation de responsables nigérians ».
_PEOPLE_AS_SIDE = regexes.compile(
    r"\b(?:the|a|les|la|le|une|des) (?:visiting )?(?:(\w+) (?:officials|delegation|delegates|visitors|side|team)\b|"
    r"(?:responsables|officiels|delegation de responsables|delegation|partie|visiteurs) (\w+))"
)


_PEOPLES_AFTER_NOUN = regexes.compile(
    r"les (?:deux )?(?:polices|delegations|parties|services|forces|ministres|autorites|responsables) (\w+) et (\w+)\b"
)


#: An organisation named as an area (folded text): "the GCC region", "ECOWAS member states", "ASEAN member countries",
#: « l'espace CEDEAO », « les pays (membres) de la CEDEAO ».
_AREA_AFTER = regexes.compile(
    r" (?:region|sub region|area|zone|countries|member (?:states|countries|nations)|states|space)\b"
)


_AREA_BEFORE = regexes.compile(
    r"\b(?:espace|zone|region|sous region|pays(?: membres)?|etats membres) (?:de la |du |des |de l )?$"
)


#: An organisation named as the parent of the body that acts (folded text): "the police
#: organisation of the Gulf Cooperation Council", « le mécanisme de coopération policière de
#: l'Union africaine » (the body is the side, named by its own name).
_BODY_OF = regexes.compile(
    r"\b(?:police (?:organi[sz]ation|body|mechanism|agency)|(?:organisme|organe|mecanisme) (?:de cooperation )?policier\w*|"
    r"mecanisme de cooperation policiere) (?:of the |of |de l |de la |du |des )$"
)


#: What joins two countries named together (folded text): " and ", " et la ", ", ".
_JOINED = regexes.compile(r" ?(?:,|and|et|as well as|ainsi que)?(?: (?:the|la|le|l|les))? ")


#: What may stand between sides named as a subject: "Tunisia and Germany", « L'État du Qatar
#: et la France » (folded words).
_BETWEEN_SIDES = frozenset(["l", "le", "la", "les", "the", "et", "and", "of", "de", "du", "d", "des"])


def _subject_sides(segment: _Segment, countries: frozenset[str]) -> set[str]:
    """The sides an encounter names as its subject, when they are countries or
    organisations and nothing else: "Tunisia and Germany signed ...", « L'État du Qatar et
    la France ont signé ... » (no actor word before either)."""
    if segment.relation is not Relation.TOGETHER:
        return set()
    subject = segment.opening[: segment.cue_start]
    # the sides as the sentence's own subject, before a verb of what they agreed and the frame of the
    # encounter: « Rabat et Nouakchott ont convenu mardi, lors d'une réunion à Rabat entre A et B, de … »
    lead = _SIDES_THEN_VERB.match(fold(subject))
    if lead:
        subject = subject[: lead.end(1)]
    folded = fold(subject)
    run: list[places.Mention] = []  # the sides named last before the verb, with nothing else between
    end = len(folded)
    for mention in reversed(places.mentions(subject)):
        if (
            not (mention.country or mention.organisation or mention.city)
            or not set(folded[mention.end : end].split()) <= _BETWEEN_SIDES
            or _BODY_OF.search(folded, max(0, mention.start - 40), mention.start)
        ):
            break
        run.append(mention)
        end = mention.start
    found = run
    if len(found) < 2:
        return set()
    # a capital stands for its country: "Moscow and Tehran signed …", « Rabat et Nouakchott ont convenu … »
    sides = {
        m.country
        or ((placed := m.organisation.in_country(countries)) and placed.party if m.organisation else None)
        or (m.city.country if m.city else None)
        for m in found
    }
    if len(sides) < 2 and any(m.city for m in found):
        return set()  # two cities of one country are no sides
    return {side for side in sides if side}


#: A sentence that opens with its sides and their verb (folded): "moscow and tehran agreed",
#: « rabat et nouakchott ont convenu » (group 1: the sides).
_SIDES_THEN_VERB = regexes.compile(
    r"\s*((?:l |la |le |les |the )?[\w -]{2,40}? (?:and|et) (?:l |la |le |les |the )?[\w-]+(?: [\w-]+){0,2}?) "
    r"(?:ont|have|has|sont|se sont|agreed|decided|resolved|signed|pledged)\b"
)


#: A force or an office named before its city (folded): « la Sûreté de wilaya de Tlemcen », « le
#: préfet de police d'Oujda », "the Police Command of Kano".
_FORCE_BEFORE = regexes.compile(
    r"\b(?:police|surete|gendarmerie|commissariat|prefecture|prefet|command|commandement)"
    r"(?: [\w-]+){0,3}? (?:de|d|du|of)\s*$"
)


def _force_after(sentence: str, folded: str, mention: places.Mention) -> bool:
    """Whether the country's name is part of a force's: followed, in the same run of
    capitalised words, by a force or office word ("the Royal Malaysia Police"), not by a
    dash and a new phrase ("MARRAKECH, Morocco – Police chiefs ...")."""
    if not _FORCE_AFTER.match(folded, mention.end):
        return False
    _, origin = fold_map(sentence)
    after = origin[mention.end - 1] + 1
    return re.match(r" [A-Z]", sentence[after : after + 2]) is not None


#: What a sentence that names the meeting again says it came amid: « Cette rencontre intervient quelques jours après
#: des tirs de l'armée syrienne », "The meeting comes after …" (no side of it).
_CONTEXT_OF_IT = Screened(
    r"\b(?:cette|la|this|the) (?:rencontre|réunion|visite|audience|entretien|meeting|visit|talks|call) "
    r"(?:intervient|intervenait|survient|comes|came)\b[^.;]*",
    re.IGNORECASE,
)
#: A sidelines setting inside a sentence: "met with X on the sidelines of the 43rd session of
#: the Council of Arab Interior Ministers in Tunis" (up to the end of the clause).
#: The article before a country's name, and the delegation after it, of "heading a Seychelles police delegation".
_A_BEFORE = regexes.compile(r"\b(?:a|an|the)\s+$")
_DELEGATION_AFTER = regexes.compile(r"\s+(?:[a-z]+\s+){0,3}?delegation\b")
_SIDELINES_WITHIN = Screened(
    r"\b(?:en marge d[eu'] ?|on the (?:side[- ]?lines|margins) of )[^,;]*", re.IGNORECASE
)


#: The sidelines of another event, not of the visitor's own stay (« en marge de son séjour »).
_SIDELINES_OF_EVENT = regexes.compile(
    r"\b(?:en marge (?:de |du |d'|d’)|on the (?:side[- ]?lines|margins) of )(?!(?:son|sa|ses|leur|his|her|their|la|the) "
    r"(?:séjour|visite|visit|stay|trip|tournée|tour)\b)",
    re.IGNORECASE,
)


#: The country of an INTERPOL bureau (folded text): "the Interpol National Central Bureau of
#: Indonesia", « le Bureau central national d'Interpol du Mali ».
_BUREAU_OF = regexes.compile(
    rf"\b{places.NATIONAL_BUREAU}(?: (?:d |of |de l )?interpol)? (?:du|de la|de l|des|d|de|of|of the) $"
)


#: The country a guest is visiting, which is the host's (folded text): "currently visiting
#: Egypt", « en visite de travail en Côte d'Ivoire », "on a working visit to Kenya"; or touring: "touring
#: Pakistan", "on a tour of Kenya", « en tournée au Niger ».
_VISITING_COUNTRY = regexes.compile(
    r"(?:\b(?:visiting|touring)|\b(?:visite|tournee) (?:\w+ ){0,3}?(?:en|au|aux|a)|\bvisit to|\btour of|"
    r"\bsejour (?:\w+ ){0,3}?(?:en|au|aux))\s+(?:the\s+)?$"
)


#: A force or office after a country's name makes it an actor: "the Royal Malaysia Police",
#: "Rwanda National Police", "Uganda Police Force" (folded text).
_FORCE_AFTER = regexes.compile(
    r" (?:national |federal |state )?(?:police|gendarmerie|armed forces|army|navy|coast ?guard|customs|"
    r"immigration|ministry|government|embassy|high commission|delegation|authorities|"
    r"(?:investigation|intelligence|security|anti-narcotics|narcotics) (?:bureau|service|agency|department|directorate)|"
    r"(?:deputy |vice |prime |interior |home |foreign )?(?:minister|secretary|ambassador|envoy|high commissioner))\b"
)


def _named_after_only(country: str, person: DraftParticipant, opening: str) -> bool:
    """Whether the opening names a country (by its name or a national body) only after a
    participant's name: the side of those it goes on to name, not his. Not by a town, which tells where (« … et Y,
    … a eu lieu mardi à Dakar »), not whose."""
    folded = fold(opening)
    at = folded.find(fold(person.name)) if person.name else -1
    found = places.mentions(opening)
    posted = postings(folded, found)
    starts = [
        m.start
        for m in found
        if not m.city
        and (m.country or _country_of_place(m)) == country
        # (nor the country an envoy is posted to: "the Ambassador of Spain to Ghana")
        and m.start not in posted
    ]
    return at >= 0 and bool(starts) and min(starts) > at


#: A pronoun as the subject of an encounter: "Il sera reçu par", "She met with",
#: "Upon his arrival, he was welcomed by".
_PRONOUN_SUBJECT = regexes.compile(
    r"(?:^|[,;]\s*|\b(?:when|as|after|where|then|later|while|before|once|and|lorsqu'|quand|après|puis|ensuite|où|et"
    r"|(?:tandis|alors|dès|puis|après) qu')\s*)(?:il|elle|ils|elles|he|she|they)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
    branched,
)


def _country_of_place(mention: places.Mention) -> str | None:
    """The country of a city or of a national agency a mention names."""
    if mention.city:
        return mention.city.country
    return mention.organisation.country if mention.organisation else None
