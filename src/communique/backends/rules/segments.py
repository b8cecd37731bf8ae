"""A communiqué cut into the encounters it tells.

The lines heading the text (:func:`_headings`, :func:`_headline`), the sentences worth
reading (:func:`_analysable`), surnames completed from their first full mention, and the
segments: a sentence with an encounter opens one, the sentences after it continue it
(:func:`_continues`) until another opens; a sentence announcing several separate encounters
is split into one segment per counterpart (:func:`_split_series`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Literal

from communique import regexes
from communique.backends.rules import cues, people
from communique.backends.rules.cues import Relation
from communique.backends.rules.encounters import (
    RECORD_WHEN_WHERE,
    RECORD_WHO,
    _counterparts,
    _days,
    _is_background,
    _joint_exchange,
    _meeting_cue,
    _names_someone,
    _ordered_countries,
    _people_in,
    _Segment,
    _surnames,
    _unquoted_retelling,
)
from communique.backends.rules.narrative import _recall_marker, _recall_start
from communique.backends.rules.venue import _SIDELINES
from communique.draft import DraftParticipant
from communique.normalise import places
from communique.schema import MeetingKind, Role
from communique.text import Screened, branched, caseless, fold

#: A sentence that opens on one capitalised word and goes on in lower case: "Sirisena will visit …",
#: « Rahman est attendu … » (a surname alone as its subject).
#: (after what it follows, maybe: "After the signing ceremony, Jocic said …")
_LONE_WORD_OPENS = regexes.compile(
    r"(?:(?:[A-Z]{3,}\s*[–-]\s*)?(?:After|Following|At the end of|À l'issue de|Après|Au terme de|In|On|Dans|Sur)"
    r" [^,;.]{3,60},\s+)?"
    r"([A-Z][\w'’-]+)(?= [a-z])"
)


#: A capitalised word alone after "and" or « et », the last of a list: "… Eduardo Año and Albayalde."
_LONE_WORD_JOINED = regexes.compile(r"\b(?:and|et) ([A-Z][\w'’-]+)(?=[.,;]|$| [a-z])")


def _surnames_completed(
    all_sentences: list[str], countries: frozenset[str], headings: list[str] | None = None
) -> tuple[list[str], dict[str, people.Person]]:
    """The sentences, each that opens on a surname alone ("Sirisena will visit the police headquarters on
    Saturday") given the full name an earlier sentence named ("Sri Lankan President Maithripala Sirisena"),
    when the text names no one else of that surname and the surname alone is all that kept the sentence from
    telling an encounter (the subject of the encounter is that person); and by each name so given, that
    earlier mention (whose office and side are his). The lines heading the text name people too (a photo's
    caption: "Milena Vukcevic (right) and Hendrik Aalto")."""
    full: dict[str, people.Person | None] = {}
    given_names: dict[str, people.Person | None] = {}  # (the same, by their given names)
    completed: dict[str, people.Person] = {}
    out = []
    for line in headings or ():
        for person in _people_in(line, countries):
            if person.name and " " in person.name:
                full.setdefault(_surname(person.name), person)
    for given in all_sentences:
        sentence = given
        lone = _LONE_WORD_OPENS.match(given)
        earlier = full.get(fold(lone.group(1))) if lone else None
        if lone and earlier is None and any(p.name for p in _people_in(given, countries)):
            # by his given name, as Malay or Senegalese texts name him, where he meets one the sentence names ("In a
            # post on his Facebook, Saifuddin said … during his meeting with Ambassador X"; not "Razali said a special
            # meeting would be held soon", which tells of no one met)
            earlier = given_names.get(fold(lone.group(1)))
        if (
            lone
            and earlier
            and earlier.name
            # (after what it follows, the encounter may be told already: "After the signing ceremony, Jocic said")
            and (_meeting_cue(given) is None or lone.start(1) > 0)
            and _meeting_cue(whole := given[: lone.start(1)] + earlier.name + given[lone.end(1) :])
            is not None
        ):
            sentence = whole
            completed[earlier.name] = earlier
        if _meeting_cue(sentence) is not None:
            sentence = _joined_completed(sentence, full, completed, countries)
        out.append(sentence)
        for person in _people_in(sentence, countries):
            if person.name and " " in person.name:
                for short, table in (
                    (_surname(person.name), full),
                    (fold(person.name).split()[0], given_names),
                ):
                    known = table.get(short, person)
                    # (the first mention that gives him an office; no one when two people share the name)
                    table[short] = (
                        (person if known.title is None else known)
                        if known and known.name == person.name
                        else None
                    )
    return out, completed


def _joined_completed(
    sentence: str,
    full: dict[str, people.Person | None],
    completed: dict[str, people.Person],
    countries: frozenset[str],
) -> str:
    """An encounter sentence with the surname alone that closes a list of those who meet given in full
    ("He will be welcomed by Interior Secretary Eduardo Año and Albayalde"), as :func:`_surnames_completed`
    gives a subject's."""
    for lone in reversed(list(_LONE_WORD_JOINED.finditer(sentence))):
        earlier = full.get(fold(lone.group(1)))
        if (
            earlier
            and earlier.name
            and not any(p.start <= lone.start(1) < p.end for p in _people_in(sentence, countries))
        ):
            sentence = sentence[: lone.start(1)] + earlier.name + sentence[lone.end(1) :]
            completed[earlier.name] = earlier
    return sentence


def _as_named_before(
    found: list[DraftParticipant], completed: dict[str, people.Person]
) -> list[DraftParticipant]:
    """The participants, each named by a surname :func:`_surnames_completed` gave in full with the
    office, body and side of the earlier mention when he has no office of his own there."""
    return [
        participant.model_copy(
            update={
                "title": known.title,
                "organisation": known.organisation,
                "country": known.party or participant.country,
            }
        )
        if participant.name and participant.title is None and (known := completed.get(participant.name))
        else participant
        for participant in found
    ]


#: A sentence that opens on an encounter by a demonstrative: « Cette rencontre a été l'occasion de … », "This meeting
#: was an opportunity to …".
_THIS_MEETING = regexes.compile(r"\s*(?:this|cette|cet)\s+(?=\w)", re.IGNORECASE)


#: The two sides of an encounter, by their number: « les deux parties », "the two sides", "both delegations".
_BOTH_SIDES = regexes.compile(
    r"\b(?:(?:les|aux|des) deux (?:parties|délégations|pays)|(?:the two|both) (?:sides|parties|delegations|countries))\b",
    re.IGNORECASE,
    branched,
)


def _told_by_its_noun(all_sentences: list[str], countries: frozenset[str]) -> list[_Segment]:
    """An encounter no sentence tells by a verb, that one names by a demonstrative as what the text is about,
    its two sides said: « Cette rencontre a été l'occasion d'échanges fructueux … Les deux parties ont identifié de
    nouvelles pistes de collaboration » (the lede that told it lost, or only the headline's words, « La Police
    nationale renforce ses liens avec la Chine »). Not a training course (« Cet atelier de formation »)."""
    for index, sentence in enumerate(all_sentences):
        this = _THIS_MEETING.match(sentence)
        noun = cues.ENCOUNTER_NOUN.match(sentence, this.end()) if this else None
        if noun is None or cues.TRAINING_EVENT.search(sentence) or _is_background(sentence, noun):
            continue
        told = all_sentences[index:]
        if not any(_BOTH_SIDES.search(later) for later in told):
            return []
        segment = _Segment(sentence, Relation.TOGETHER, noun.start(), noun.end())
        for later in told:
            segment.add(later, countries)
        return [segment]
    return []


#: The most lines that head a text above its first line of prose; the most words of a
#: line that heads it, the first one (the headline of most texts) and those after it (a
#: longer line there is the lead's first paragraph, its closing stop lost).
_HEADING_LINES = 3


_HEADLINE_WORDS = 25


_HEADING_WORDS = 15


_NAME_WORDS = 5  # a publisher's name over the headline


#: What a site tags a headline with, at its end: "(Report)", « (vidéo) », "(PHOTOS)". (No blanks
#: before it in the pattern: tried at every blank of a padded line, they made it quadratic.)
_TAGGED = regexes.compile(
    r"\((?:report|video|vidéo|photos?|update|updated|live|interview|exclusive|exclusif)\)$", re.IGNORECASE
)


#: A line that ends as a sentence does (a stop, a colon, a closing quotation or bracket): no heading.
_CLOSED = regexes.compile(r"[.!?:;»\"”)…]$")


def _headings(text: str) -> list[str]:
    """The lines that head the text, which it goes on to tell: short lines of their own
    with no closing stop above its first line of prose, such as a publisher's name over
    the headline ("Ghana Police Service" / "IGP holds talks with Rwandan counterpart");
    none when no prose follows them."""
    found: list[str] = []
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        # (the headline under a publisher's short name has a headline's length: « Ministère de
        # l'Intérieur » / « Burundi – Sécurité : rencontre entre le DG de la Police et … »)
        under_a_name = len(found) == 1 and len(found[0].split()) <= _NAME_WORDS
        if _CLOSED.search(_TAGGED.sub("", line).rstrip()) or len(line.split()) > (
            _HEADING_WORDS if found and not under_a_name else _HEADLINE_WORDS
        ):
            return found if len(found) <= _HEADING_LINES else found[:1]
        found.append(line)
    return []


def _headline(headings: list[str]) -> str | None:
    """The headline: the longest of the lines that head a text (:func:`_headings`), not
    the publisher's name or the date above or below it."""
    return max(headings, key=lambda line: len(line.split()), default=None)


#: A sentence that goes on from where the one before left its subject: « À Tunis, il a été reçu », "There, he met".
_THERE_HE = regexes.compile(
    r"\s*(?:(?:à|a|au|en|in|at) [A-ZÀ-Ý][\w'’ -]{1,30}|there|là-bas|sur place),\s*(?:il|elle|ils|elles|he|she|they)\b",
    re.IGNORECASE,
)


#: The length over which a sentence said twice is the same sentence repeated, not a new one.
_REPEATED_LEDE = 80


#: A government's own sitting: "yesterday's cabinet meeting", "the weekly Cabinet session".
_CABINET_SITTING = regexes.compile(r"\bcabinet (?:meeting|session|sitting)s?\b", re.IGNORECASE)


def _segments(all_sentences: list[str], countries: frozenset[str]) -> list[_Segment]:
    segments: list[_Segment] = []
    closed = False  # a news round-up went on to another story: what follows is not the current meeting's
    recalled = False  # the sentence before recalled an earlier encounter
    leads: list[str] = []  # who attended the encounter, told before it: read with it once it opens
    for index, whole in enumerate(all_sentences):
        if len(whole) > _REPEATED_LEDE and all_sentences[index + 1 : index + 2] == [whole]:
            continue  # the lede a page repeats under its dateline ("BUDVA, Oct 12 (Hina) - …" twice): told once
        for sentence, announced in _sequels(whole):
            cue = _meeting_cue(sentence)
            if recalled and _THERE_HE.match(sentence):
                # « Cet entretien survient une semaine après le séjour en Tunisie du secrétaire d'État. À Tunis, il a
                # été reçu par le ministre »: the earlier encounter, told on: no part of the one reported
                continue
            if segments and cues.MONTH_GONE_BY.match(sentence):
                # « En février dernier, Afripol a signé un accord avec Interpol », after the meeting told: background,
                # neither that meeting's nor one more
                continue
            if segments and _CABINET_SITTING.search(sentence):
                # "The document was released following yesterday's cabinet meeting which was chaired by Prime
                # Minister X": the government's own sitting, whose day and chair are not the meeting's
                continue
            closed = closed or _OTHER_NEWS.match(sentence) is not None
            current = segments[-1] if segments and not closed else None
            if (
                cue is not None
                and current is not None
                and _meeting_cue(_unquoted_retelling(sentence)) is None
            ):
                # one who took part tells it again in his own words ("\"I paid a courtesy call on the IG
                # … \" said Ambassador Guo"): the same encounter (not a programme quoted in the future, whose
                # encounters are to come: « le ministre « aura des séances de travail avec … » »)
                cue = None
            recalled = _recall_marker(sentence) is not None
            if (
                cue is None
                and current is not None
                and (another := _another_encounter(current, sentence, countries))
            ):
                # "At another meeting, X and the executives of Y's police academy decided …": the sentence's only
                # encounter word is the noun that tells it apart, with no verb of occurrence; one more meeting
                cue = (Relation.TOGETHER, another)
            if (
                cue is None
                and current is None
                and index
                and (two := _talks_after(sentence, all_sentences[index - 1]))
            ):
                before = all_sentences[index - 1]
                if len(_people_in(before, countries)) >= 2 and _meeting_cue(before) is None:
                    # "A on Monday [met] B and her delegation. The two sides discussed …": the verb lost, the two
                    # sides are those the sentence before names
                    segments.append(
                        _Segment(sentence, Relation.WITH, two.start(), two.end(), announced=announced)
                    )
                    segments[-1].add(before, countries)
                    segments[-1].add(sentence, countries)
                    continue
            if cue is None and not segments and _ATTENDED_LEAD.match(sentence):
                leads.append(sentence)
                continue
            if cue is None or _is_background(sentence, cue[1]):
                if current is not None:
                    _told_of(sentence, segments, countries).add(sentence, countries)
                continue
            relation, match = cue
            if (
                current is not None
                and current.relation is not Relation.TOGETHER
                and (gathering := _gathering_attended(sentence, segments)) is not None
            ):
                gathering.add(sentence, countries)  # not a talk's: the gathering's own list of who attends it
                continue
            # (the words after a recall of an earlier encounter are that one's: "This meeting follows the talks held on
            # 10 February between A and B" goes on with the meeting told, whoever A and B are)
            if current is not None and _continues(
                current, sentence[: _recall_start(sentence)], match, countries
            ):
                current.add(sentence, countries)
                continue
            segments.append(
                _Segment(
                    sentence, relation, match.start(), match.end(), announced=announced, another_story=closed
                )
            )
            segments[-1].add(sentence, countries)
            for lead in leads:
                segments[-1].add(lead, countries)
            leads.clear()
            closed = False
    return segments


def _gathering_attended(sentence: str, segments: list[_Segment]) -> _Segment | None:
    """The gathering told before whose attendance a sentence lists, by many countries: "The PNP will send a delegation
    to the 39th ASEANAPOL Conference … the delegation will hold bilateral meetings with A and B … The 39th ASEANAPOL
    will be attended by delegations from Brunei, Cambodia, …" (no bilateral talk is held by so many)."""
    if not cues.PARTICIPATION.search(sentence) or len(_ordered_countries(sentence)) < _MANY:
        return None
    return next((s for s in reversed(segments[:-1]) if s.relation is Relation.TOGETHER), None)


#: How many countries make a gathering's list of who attends.
_MANY = 3


#: A meeting's record headed by its name, told in no sentence: "Europol virtual meeting with the … Centre on
#: cybercrime training", "Meeting between the Fiji Police Force and …", « Réunion virtuelle entre la Direction …
#: et l'Office … », over the fields of the record ("Date: …", "Venue: …", "Present:", « Participants : »).
_MEMO_HEADLINE = regexes.compile(
    r"(?:[^.;:!?]{0,80}?\s)?(?P<cue>(?:(?:virtual|online|bilateral|working|technical)\s)?meeting|"
    r"r[ée]union(?:\s(?:virtuelle|de travail|bilat[ée]rale|technique))?|s[ée]ance de travail)\s(?:with|between|entre|avec)\s",
    re.IGNORECASE,
)
#: A list's numbering on a line of its own ("i.", "2."): no sentence.
_NUMBERING = regexes.compile(r"\s*(?:[ivx]{1,4}|\d{1,2}|[a-h])[.)]?\s*$", re.IGNORECASE)


#: How far down a record's text its name may come: under a publisher's name or a page's crumbs.
_MEMO_HEAD_LINES = 6


def _memo(text: str, sentences: list[str], countries: frozenset[str]) -> _Segment | None:
    """The meeting a record headed by its name tells, its fields and lists read as its sentences (a text that
    tells no meeting in a sentence); none when no line near its head names one, or no field follows it. Its
    name is the first such line with the lines of its paragraph after it (a name wrapped over two lines)."""
    lines = [line.strip() for line in text.splitlines()]
    head: list[str] = []
    for index, line in enumerate(lines[: _MEMO_HEAD_LINES * 2]):
        if line and not head and len(line.split()) <= _HEADLINE_WORDS and _MEMO_HEADLINE.match(line):
            head = [line]
            for after in lines[index + 1 :]:
                if (
                    not after
                    or RECORD_WHEN_WHERE.match(after)
                    or RECORD_WHO.match(after)
                    or after[-1] in ".:;!?"
                ):
                    break
                head.append(after)
            break
    headline = " ".join(head)
    cue = _MEMO_HEADLINE.match(headline) if headline else None
    if cue is None:
        return None
    kept = [s for s in sentences if not _NUMBERING.match(s) and s not in headline]
    fields = [line for line in lines if RECORD_WHEN_WHERE.match(line) and line not in kept]
    if not (fields or any(RECORD_WHO.match(s) for s in kept)):
        return None
    segment = _Segment(headline, Relation.TOGETHER, cue.start("cue"), cue.end("cue"), record=True)
    for sentence in [*fields, *kept]:
        segment.add(sentence, countries)
    return segment


#: A year gone by that a first sentence opens on, as a story opens on its background: "Last year, the commander …
#: travelled to Ruvania", « En mai 2019, … s'est rendu en France », « Il y a deux ans, … » (after a dateline's
#: place, maybe: « Gaspé • En mai 2019, … »); the year, when it is given.
_PAST_LEAD = regexes.compile(
    r"\s*(?:[\w'’ -]{1,30}\s[•–—]\s*)?(?:(?:en|in) (?:[a-zéû]+ )?((?:19|20)\d\d)\b|last year\b|l'an(?:née)? (?:dernier|dernière|"
    r"passée?)\b|il y a (?:\w+ ){1,2}ans\b|(?:\w+ ){1,2}years ago\b)",
    re.IGNORECASE,
)


def _without_past_lead(
    segments: list[_Segment], all_sentences: list[str], countries: frozenset[str], year: int | None
) -> list[_Segment]:
    """The segments without a first one dated in a year gone by (before ``year``, the publication's, when known),
    when another encounter follows it: the text opens on background, a trip of years ago, and goes on to the
    meeting it reports (« En mai 2019, X s'est rendu en France. Le mardi 3 mars, une délégation française était
    présente à Gaspé »). What that background's segment took of the sentences after the meeting's opening is the
    meeting's ("Pour X, il s'agissait de retrouvailles": who took part in it)."""
    if len(segments) < 2 or (lead := _PAST_LEAD.match(segments[0].opening)) is None:
        return segments
    if lead.group(1) and year is not None and int(lead.group(1)) >= year:
        return segments
    background, news = segments[0], segments[1]
    order = {sentence: index for index, sentence in enumerate(all_sentences)}
    opens = next((index for sentence, index in order.items() if news.opening in sentence), len(all_sentences))
    for sentence in background.others:
        if order.get(sentence, -1) > opens:
            news.add(sentence, countries)
    return segments[1:]


#: A lead that tells who attended the encounter before the sentence that tells it: « La rencontre, à laquelle a
#: assisté le secrétaire d'État X, a été l'occasion de passer en revue … », then « Le ministre s'est entretenu hier
#: avec … »: the same encounter, X one of its hosts.
_ATTENDED_LEAD = regexes.compile(
    r"\s*(?:la |cette |l['’])(?:rencontre|réunion|séance de travail|entretien|audience|entrevue)s?,\s*"
    r"(?:à laquelle|auquel|auxquel(?:le)?s) (?:a|ont) (?:également |aussi )?assisté\b",
    re.IGNORECASE,
)


#: The two sides as the subject of their talks, which tells an encounter when the sentence before
#: names them with no verb: "The two sides discussed ways to …", « Les deux parties ont passé en revue … ».
_TWO_SIDES = regexes.compile(
    r"\s*(?:(?:the two|both) (?:sides|parties|delegations) (?:\S+ ){0,2}?(?:discussed|reviewed|explored|examined|"
    r"exchanged views)|les deux (?:parties|délégations) (?:ont |se sont )?(?:\S+ ){0,2}?(?:discuté|examiné|passé en revue|"
    r"échangé|évoqué))\b",
    re.IGNORECASE,
)


#: What the talks covered, opening the sentence after them: « Les échanges ont porté sur … », "Discussions
#: centred on …", "Talks dealt with …", « Les entretiens ont traité de … », « Au menu des discussions, … ».
_TALKS_COVERED = regexes.compile(
    r"\s*(?:(?:les |leurs |ces |the |their )?(?:échanges|discussions|entretiens|pourparlers|talks|deliberations)\b"
    r"[^.;]{0,40}?\b(?:ont porté|ont été axée?s|ont tourné|ont traité|ont concerné|se sont (?:focalisée?s|concentrée?s|"
    r"articulée?s)|centred|centered|focused|focussed|revolved|dwelt|dealt with|touched (?:on|upon)|covered)|"
    r"au menu des (?:discussions|échanges|entretiens))\b",
    re.IGNORECASE,
)


def _talks_after(sentence: str, before: str) -> re.Match[str] | None:
    """The opening of a sentence that tells the sentence before as talks: the two sides as its subject
    ("The two sides discussed …"), the ceremony it told followed by talks ("The handover was followed by talks"), or what the talks covered (« Les échanges ont porté sur … »), when
    the sentence before names people of two sides (not a force's own officers: "The Public Affairs
    Director and the Regional Commander addressed officers. Discussions centred on discipline.")."""
    if (two := _TWO_SIDES.match(sentence) or cues.CEREMONY_THEN_TALKS.match(sentence)) is not None:
        return two
    covered = _TALKS_COVERED.match(sentence)
    return covered if covered and len({p.party for p in _people_in(before, frozenset())}) >= 2 else None


def _told_of(sentence: str, segments: list[_Segment], countries: frozenset[str]) -> _Segment:
    """The meeting a sentence with no encounter word tells more of: the current one,
    unless the people it names are all of an earlier one ("He later met C. With A, the
    talks were on ...")."""
    named = {fold(p.name).split()[-1] for p in _people_in(sentence, countries) if p.name}
    if named and not named & segments[-1].named:
        return next((earlier for earlier in reversed(segments) if named & earlier.named), segments[-1])
    return segments[-1]


def _sequels(sentence: str) -> list[tuple[str, bool]]:
    """A sentence, or its pieces when it goes on to a further encounter ("il rencontrera
    X, avant d'être reçu mardi par Y"), each with whether an earlier piece announces it."""
    cue = _meeting_cue(sentence)
    if cue is None:
        return [(sentence, False)]
    if (received := _received_first(sentence)) is not None:
        return received
    if cue[0] is Relation.RECEIVED and (agents := _agent_sequels(sentence, cue[1])):
        return agents
    pieces: list[tuple[str, bool]] = []
    start = 0
    announced = False
    markers = list(cues.SEQUEL_CLAUSE.finditer(sentence))
    if cue[0] is not Relation.VISITS:
        markers = sorted([*markers, *cues.SEQUEL_TALKS.finditer(sentence)], key=lambda m: m.start())
    for marker in markers:
        if marker.start() <= max(start, cue[1].end()) or _meeting_cue(sentence[marker.start() :]) is None:
            continue
        piece = sentence[start : marker.start()].rstrip(" ,;")
        announced = announced or bool(cues.FUTURE.search(piece))
        pieces.append((piece, bool(pieces) and announced))
        start = marker.start()
    pieces.append((sentence[start:], bool(pieces) and announced))
    return pieces


#: A reception told by a participle before the subject it is of: « Reçu dimanche par le chef de l'État X, le
#: ministre … », "Received on Sunday by President X, the minister …", "…, Kenya's Cabinet Secretary Y", "…, a Liberian
#: delegation led by Y" (up to the comma before the subject).
_RECEIVED_FIRST = regexes.compile(
    r"\s*(?:reçue?s?|accueillie?s?|received|welcomed|hosted)\b[^;]{0,160}?\b(?:par|by)\b[^;]{0,120}?,\s+"
    r"(?=(?:le|la|les|the|his|her|son|sa|Mme|Mr|Mrs|Ms)\b|l['’]|M\.\s|(?-i:[A-Z])[\w-]+['’]s\b|(?:une?|an?)\s+(?:[\w-]+\s+){0,2}?d[ée]l[ée]gation\b)",
    re.IGNORECASE,
)


def _received_first(sentence: str) -> list[tuple[str, bool]] | None:
    """The two encounters of a sentence that tells a reception by a participle, on one day, then its subject's
    further encounter on another (« Reçu dimanche par le chef de l'État X, le ministre a rencontré lundi Y »): the
    reception, with its subject, then the further encounter (the participle blanked, offsets kept); ``None`` for any
    other sentence, or when both are of one day."""
    participle = _RECEIVED_FIRST.match(sentence)
    if participle is None:
        return None
    rest = sentence[participle.end() :]
    further = _meeting_cue(rest)
    first_days, later_days = _days(participle.group(0)), _days(rest)
    if further is None or not first_days or not later_days or first_days & later_days:
        return None
    main = participle.end() + further[1].start()
    return [(sentence[:main].rstrip(), False), (" " * participle.end() + rest, False)]


#: A sentence that opens on the encounter just announced: "The meeting between ...",
#: « La rencontre, à laquelle ... ».
_THE_MEETING = regexes.compile(r"\s*(?:the|this|la|cette|le|cet|l')\s*(?=\w)", re.IGNORECASE)


#: The event an encounter took place at: "the meeting was held during the conference".
_SETTING = regexes.compile(
    r"(?:was|were) held (?:during|on the (?:side[- ]?lines|margins) of|at the)\b|"
    r"(?:s'est|se sont|a eu lieu|ont eu lieu) (?:tenue?s? |déroulée?s? )?(?:lors d|en marge d|au cours d)",
    re.IGNORECASE,
    branched,
)


def _on_the_meeting(sentence: str) -> bool:
    """Whether a sentence opens on a definite encounter noun ("The workshop will take
    place ...", « La rencontre ... »)."""
    determiner = _THE_MEETING.match(sentence)
    return determiner is not None and cues.ENCOUNTER_NOUN.match(sentence[determiner.end() :]) is not None


#: A further host of the same reception, with no verb of its own: « a été reçu par A,
#: puis par B », "was received by A and then by B".
_AGENT_SEQUEL = regexes.compile(
    r",?\s*(?:puis|ensuite|et ensuite|then|and then|and later|and subsequently)\s+(?=(?:par|by)\s)",
    re.IGNORECASE,
)


def _agent_sequels(sentence: str, cue: re.Match[str]) -> list[tuple[str, bool]]:
    """« X a été reçu mardi par A, puis par B »: one piece per host, each with the
    subject and the verb of the first (the day and place given once stay with the
    first host, whose meeting a further encounter takes them from)."""
    markers = list(_AGENT_SEQUEL.finditer(sentence, cue.end()))
    if not markers:
        return []
    head = sentence[: cue.end()]
    cuts = [cue.end(), *(m.start() for m in markers)]
    pieces = [(sentence[: markers[0].start()].rstrip(" ,;"), False)]
    for index, marker in enumerate(markers):
        end = cuts[index + 2] if index + 2 < len(cuts) else len(sentence)
        pieces.append((f"{head} {sentence[marker.end() : end].rstrip(' ,;')}", False))
    return pieces


#: Encounter words that open or close proceedings already told of.
_PROCEEDINGS = regexes.compile(
    r"en (?:ouvrant|clôturant)|(?:opening|closing) the|(?:a|ont) (?:ouvert|clôturé)|declared open",
    re.IGNORECASE,
)


#: A counterpart named by the side he is of: « son homologue britannique », "his Kenyan counterpart".
_COUNTERPART_OF = regexes.compile(
    r"\b(?:son|sa|leur) homologue (?P<side>[a-zà-ÿ-]{4,})\b|\b(?:his|her|their) (?P<side2>[A-Z][a-z]{3,}) counterpart\b"
)


#: An encounter reported by a third person: "X, the PNP spokesman, said Villacorta met Y";
#: the one who reports it did not take part.
_REPORTED_ENCOUNTER = regexes.compile(
    r"\b(?:said|says|told (?:\w+ ){0,2}?|stated|indicated|explained|added|a (?:déclaré|indiqué|précisé|expliqué|ajouté))"
    r"(?: that| qu[e'])?\s+(?P<subject>[A-ZÀ-Ý][\w'’-]+)\s+(?:\w+\s+)?(?:met|meets|received|had met|held|a rencontré|a reçu|s'est entretenu)\b"
)


#: One who tells of the meeting in a statement, its reporter: "The Police Public Relations
#: Officer, ASP X, explained in a statement that the meeting …", "Force Public Relation Officer,
#: CSP X, in a statement, said that the delegation …", « X a indiqué dans un communiqué que ».
_STATED = r"(?:said|says|stated|explained|noted|disclosed|added|announced|(?:a|ont) (?:déclaré|indiqué|précisé|expliqué|ajouté|annoncé))"


_A_STATEMENT = (
    r"(?:in|via|through|dans|par|à travers) (?:a|an|the|un|une|le|la) (?:\w+ )?"
    r"(?:statement|press release|release|communiqué|communique|note|post)\b"
)


_IN_A_STATEMENT = regexes.compile(
    rf"\b{_STATED},? {_A_STATEMENT}|\b{_A_STATEMENT}(?: (?:on|issued on|le) \w+)?,? {_STATED}\b",
    re.IGNORECASE,
    branched,
)


#: An encounter word that is a signing ("ont signé", "signed", "paraphé").
_SIGNING_CUE = regexes.compile(r"sign|singed|paraph", re.IGNORECASE, branched)


#: The instrument of a signing already told, named first and signed again: "The Declaration,
#: signed by the chairs in Apia on Monday, …", « Le protocole, signé mardi par … » (its day and signatories).
_THE_SIGNED = regexes.compile(
    r"\s*(?:the|this|le|la|l'|ce|cette) (?:\w+ ){0,3}?(?:MoU|memorandum|agreement|arrangement|accord|declaration|"
    r"déclaration|mémorandum|protocole|convention|document|texte)\b[^.;]{0,40}?,? (?:was |will be |a été |ont été |sera )?"
    r"(?:signed|signée?s?) by\b|"
    # the signed text told again by its participle: "The MoU, signed at the National Police headquarters, aims …"
    r"\s*(?:the|this|l'|le|la|ce|cette) (?:\w+ ){0,3}?(?:MoU|memorandum|agreement|arrangement|accord|mémorandum|protocole|"
    r"convention)\b,? (?:signed|signée?s?) (?:at|in|on|during|à|au|lors|le|en)\b|"
    r"\s*(?:the|this|le|la|l'|ce|cette) (?:\w+ ){0,3}?(?:mémorandum|protocole|convention|accord|déclaration|document|texte)\b"
    r"[^.;]{0,40}?,? (?:a été |ont été )?signée?s? (?:\S+ ){0,3}?par\b",
    re.IGNORECASE,
)


#: The instrument of a signing already told, named with its participle anywhere in a sentence: "Baker said the
#: memorandum signed today would help", « le mémorandum signé lundi permettra » (that signing, not another).
_THE_ONE_SIGNED = regexes.compile(
    r"\b(?:the|this|le|la|l'|ce|cette) (?:\w+ ){0,3}?(?:MoU|memorandum|agreement|arrangement|accord|declaration|"
    r"déclaration|mémorandum|protocole|convention)\b,? (?:signed|signée?s?)\b",
    re.IGNORECASE,
)


#: The instrument of a signing already told, signed again by name: "X and Y signed the MoU",
#: « Le document a été signé par … » is read by the passive cues.
_SIGNED_THE = regexes.compile(
    r"\b(?:signed|a signé|ont signé) (?:the|this|le|la|l'|ce|cette) (?:MoU|memorandum|agreement|arrangement|accord|"
    r"mémorandum|protocole|convention|document|texte)\b",
    re.IGNORECASE,
)


#: A sentence that opens on a further encounter: "In another engagement, …", « Lors d'un autre entretien, … ».
_ANOTHER_ENCOUNTER = regexes.compile(
    r"\s*(?:in|during|at) (?:another|a separate|a further|a second|a different) (?:\w+ )?(?:engagement|meeting|encounter|"
    r"session|audience|call)\b|\s*(?:dans|lors d['’]|au cours d['’]) ?(?:un autre|une autre|un second|une seconde|un deuxième|"
    r"une deuxième) (?:\w+ )?(?:entretien|rencontre|audience|réunion|séance)\b",
    re.IGNORECASE,
)


def _another_encounter(current: _Segment, sentence: str, countries: frozenset[str]) -> re.Match[str] | None:
    """The words a sentence opens on that tell a further encounter (:data:`_ANOTHER_ENCOUNTER`), when it names a
    counterpart the current one did not."""
    another = _ANOTHER_ENCOUNTER.match(sentence)
    return another if another and _counterparts(sentence, countries) - current.named else None


#: Words that set a further encounter on the same day as the one before: « a ensuite reçu, dans la
#: foulée, … », « En début d'après-midi, le ministre a échangé avec … », "Later that day, he met …".
_SAME_DAY = regexes.compile(
    r"\b(?:dans la foulée|(?:en (?:début|fin) d['’]|dans l['’]) ?après-midi|dans la soirée|le même jour|peu après|"
    r"later (?:that|the same|in the) day|(?:on )?the same day|in the (?:afternoon|evening)|shortly after(?:wards)?)\b",
    re.IGNORECASE,
)


#: Bilateral meetings at a gathering with no one named: "will also hold bilateral meetings with members
#: of Europol and delegates of other countries", « tiendra des rencontres bilatérales avec les délégations ».
_BILATERALS_THERE = regexes.compile(
    r"\b(?:hold|holds|held|holding) (?:several |a number of )?bilateral (?:meetings|talks|discussions) with "
    r"(?:the )?(?:members|delegates|delegations|representatives|officials|counterparts|heads)\b|"
    r"\b(?:tiendra|tiendront|tenir|a tenu|ont tenu) (?:\w+ )?des (?:rencontres|entretiens|réunions) bilatéra\w+ avec "
    r"(?:les |des |ses |leurs )?(?:délégations|délégués|représentants|responsables|homologues)\b",
    re.IGNORECASE,
)


#: A call's words (:data:`cues.KIND_CUES`).
_CALL = dict(cues.KIND_CUES)[MeetingKind.CALL]
#: A trip to come, by its verb: « se rendra », "will travel", "is expected to visit".
_TRIP_TO_COME = regexes.compile(
    r"\b(?:se rendr(?:a|ont)|effectuer(?:a|ont)|will (?:travel|visit|pay|make|undertake|go)|"
    r"(?:is|are) (?:expected|due|scheduled|set) to (?:travel|visit|pay))\b",
    re.IGNORECASE,
)
#: Bilateral meetings at a gathering, with whoever the words after name.
_BILATERALS_WITH = regexes.compile(
    r"\bbilateral (?:meetings|talks|discussions) with\b|\b(?:entretiens|rencontres|réunions) bilatéra\w+ avec\b",
    re.IGNORECASE,
)


def _continues(current: _Segment, sentence: str, cue: re.Match[str], countries: frozenset[str]) -> bool:
    """Whether a sentence with an encounter word still speaks of the current meeting:
    no new day, and an anaphora ("this meeting"), or else no further encounter with
    someone new ("He later met") and a list of who took part or no new counterpart."""
    if _ANOTHER_ENCOUNTER.match(sentence) or _OTHER_NEWS.match(sentence):
        return False  # "In another engagement, the IGP … met with the UK delegation": a further one
    trip = _TRIP_TO_COME.search(sentence, max(0, cue.start() - 30), cue.end() + 30)
    if trip and _CALL.search(current.opening):
        # a call, then a trip to come (« X s'est entretenu au téléphone avec Y … X se rendra la semaine prochaine à
        # Rabat »): a call is made from afar, so the trip is a visit of its own, announced, not the call told on
        return False
    if _joint_exchange(sentence, sides=False) is not None and not _days(sentence) - current.dated:
        return True  # « X a reçu Y », then « M. X et M. Y ont évoqué … »: the two who met, on what they discussed
    if _GIST_OF.match(sentence):
        return True  # « C'est le sens de la réunion de travail que le ministre a eue … »: what the one told was about
    if (edition := _edition(sentence)) is not None and edition == _edition(current.opening):
        return (
            True  # « … lors de la séance plénière de la 13e réunion … », then « La 13e réunion … se tient … »
        )
    if current.relation is Relation.TOGETHER and _PART_OF_IT.match(sentence):
        return True  # "will hold their annual conference this week …", then "The opening ceremony … will be held on Tuesday"
    if current.relation is Relation.TOGETHER and _BILATERALS_THERE.search(sentence):
        return True  # at a gathering, "will also hold bilateral meetings with members of Europol and …": its sidelines
    if (
        current.relation is Relation.TOGETHER
        and _BILATERALS_WITH.search(sentence)
        and _counterparts(sentence, countries) - current.named
    ):
        return False  # … but with sides it names, "with the UK National Crime Agency and the AFP": one each
    if (
        not current.dated
        and (_on_the_meeting(sentence) or cues.SAME_MEETING.search(sentence))
        # (not one more encounter whose words name the two countries: « X a également rencontré mercredi Y, avec
        # qui il a évoqué la coopération entre les deux pays »)
        and not _a_further_one(sentence, cue, _counterparts(sentence, countries) - current.named)
    ):
        return True  # "The meeting ... will take place in London this week": its day
    # a gathering named again, no new day: « La conférence a réuni les chefs de la police …, les représentants … »
    if current.relation is Relation.TOGETHER and _on_the_meeting(sentence) and not _days(sentence):
        return True
    if _SETTING.search(sentence) and not _surnames(sentence, countries) - current.named:
        return True  # "the meeting was held during the regional conference, held in X on ...": its setting
    if (
        _SIGNING_CUE.search(cue.group(0))
        and cues.SAME_MEETING.search(sentence)
        and not _surnames(sentence, countries) - current.named
    ):
        return True  # « Au cours de cette visite, les deux ministres ont signé jeudi … »: the visit's signing
    if _SIGNING_CUE.search(current.opening) and (
        _SIGNED_THE.search(sentence) or _THE_SIGNED.match(sentence) or _THE_ONE_SIGNED.search(sentence)
    ):
        # "attended the signing of a MoU …", then "X and Y signed the MoU": its signatories; "X signed a memorandum
        # on Monday", then "Y said the memorandum signed today would …": the same signing, its day told again
        return True
    if current.relation is Relation.VISITS and _THE_GUEST.search(sentence):
        return True  # « X est au Burkina dans le cadre d'un séjour », then « Y, qui a accueilli ce 4 février son hôte »
    if (
        (current.relation is Relation.VISITS or any("arriv" in told for told in current.all))
        and _SAME_DAY_THE_VISITOR.match(sentence)
        and _SAME_DAY_COUNTERPART.search(sentence)
    ):
        return True  # "X arrived in Azerbaijan on a visit …", then "On the same day, Y received his Kazakh counterpart"
    # (a day told again more fully is no new day: « vendredi », then « vendredi 15 mai dernier »; nor the first
    # day told of a gathering or signing whose opening gave none and named no one: "The police chiefs of A and B
    # met and signed … On the 21st, X met Y", "Some 40 police chiefs gathered in Algiers … Delegates attended,
    # from May 4 to 5": the encounter told in full; not a visit named by its noun, « au centre de la visite
    # d'une délégation à Yaoundé », whose days are its encounters)
    anyone = {name for name in current.named if not name.isupper()}  # (codes are in capitals)
    sides = current.named - anyone
    if (
        not anyone
        and not current.dated
        and len(sides) > 1
        and sides <= _counterparts(sentence, countries)
        and sum(1 for p in _people_in(sentence, countries) if p.name) > 1
    ):
        # "The Iraqi Interior Minister and the Jordanian Ambassador met to discuss …", then "On Saturday, the Interior
        # Minister of Iraq, X, met with the Jordanian Ambassador, Y": the same two offices, now named and dated
        return True
    gathering = current.relation is Relation.TOGETHER and not fold(
        current.opening[current.cue_start : current.cue_end]
    ).startswith("visit")
    summary = gathering or _SIGNING_CUE.search(current.opening) is not None
    if (current.dated or anyone or not summary) and any(
        not any(day in known or known in day for known in current.dated) for day in _days(sentence)
    ):
        return False
    counterpart = _COUNTERPART_OF.search(sentence)
    if counterpart and any(
        fold(m["side"] or m["side2"]) == fold(counterpart["side"] or counterpart["side2"])
        for s in current.all
        for m in _COUNTERPART_OF.finditer(s)
    ):
        return (
            True  # « a signé … avec son homologue britannique », then « … avec son homologue britannique, X »
        )
    reported = _REPORTED_ENCOUNTER.search(sentence[: cue.end()])
    if reported and fold(reported["subject"]) in fold(" ".join(current.all)):
        return True  # "X, the spokesman, said Villacorta met Y": the encounter told again, by a third
    if current.relation is Relation.TOGETHER and _PROCEEDINGS.search(cue.group(0)):
        return True  # « Les directeurs échangent depuis mardi … », « a déclaré X en ouvrant les travaux »
    if _SIDELINES.match(sentence) and _counterparts(sentence[cue.start() :], countries) - current.named:
        return False  # « En marge de la session, M. X a eu un entretien avec Y »: a further encounter
    if cues.SAME_MEETING.search(sentence):
        return True
    named = _counterparts(sentence, countries)
    new = named - current.named
    if new and cues.SEPARATELY.search(current.opening):
        series = _series_countries(current)
        if named & series:  # a counterpart of the series, and whoever speaks for it, are expected
            return True
        new -= series
    if (
        new
        and current.relation is Relation.RECEIVES
        and _SEVERAL_RECEIVED.search(current.opening[current.cue_start :])
    ):
        return True  # « a reçu trois diplomates », then « Le ministre a ensuite reçu M. X, ambassadeur du Japon »: one of them
    if _SIGNING_CUE.search(current.opening) and not anyone:
        return True  # "A and B exchanged signed copies of a memorandum …", then "X and Y then held talks": its signatories
    if new and new <= _places_named(sentence):
        return True  # "Brown, who was in Fiji …, called on the Acting Commissioner": the call told again, no one new
    if _CALL_ON_A_SEAT.search(current.opening) and _welcomes_the_visitor(sentence, current, cue):
        # "X paid a courtesy call on the IGP. He was warmly received by the IGP, Y, …", « X a conduit une délégation en
        # visite au siège de la DGSN. Il a été accueilli par Y »: the call's welcome, not a further encounter
        return True
    if _a_further_one(sentence, cue, new):
        return False
    if not new or not anyone:
        # an opening that named no one ("The Interior Ministers of A and B had a video conference")
        # is named by what follows ("A video conference between X and his counterpart Y ...")
        return True
    # who took part ("was also attended by X") continues it; "a eu des entretiens avec X,
    # en présence de Y" is an encounter with X, whoever attended
    newcomers = [p.start for p in _people_in(sentence, countries) if p.name and _surname(p.name) in new]
    before_new = sentence[: min(newcomers)] if newcomers and min(newcomers) > cue.end() else sentence
    return bool(cues.PARTICIPATION.search(before_new))


def _a_further_one(sentence: str, cue: re.Match[str], new: set[str]) -> bool:
    """Whether a sentence tells one more encounter, with someone ``new`` to the one told: "He later met Y",
    « Il a également rencontré Y » (not "was also attended by Y", which adds people, not a meeting)."""
    return bool(
        new
        and not cues.PARTICIPATION.search(cue.group(0))
        and cues.SEQUEL.search(sentence[max(0, cue.start() - 40) : cue.end()])
    )


#: The visitor as the subject of his welcome: "He was warmly received by the IGP, Y", « M. X a été chaleureusement
#: accueilli par M. Y », "The Kenyan delegation was received by Y" (the subject up to the verb).
_WELCOMED = regexes.compile(
    r"\s*(?P<subject>[^,;]{1,60}?)\s+(?:was|were|has been|have been|a été|ont été)\s+(?:(?:warmly|cordially|"
    r"chaleureusement|cordialement)\s+)?(?:received|welcomed|greeted|accueillie?s?|reçue?s?)\s+(?:by|par)\b",
    re.IGNORECASE,
)
#: Who the visitor is as that subject: a pronoun, his delegation, or his name with no more than a title before it (not
#: « A Dakar Ferri », a sentence that opens on the place of a further encounter).
_THE_VISITORS = regexes.compile(
    r"(?:he|she|they|il|elle|ils|elles|(?:the|la|le|l['’]) ?(?:[\w-]+ )?(?:delegation|délégation|visitors?|visiteurs?|guests?))",
    re.IGNORECASE,
)
_TITLE_WORDS = frozenset(
    ["m", "mr", "mrs", "ms", "mme", "dr", "ambassador", "ambassadeur", "ambassadrice", "minister", "ministre"]
)
#: A call on an office or a seat, whose welcome is told after it: "paid a courtesy call on", "visited the Criminal
#: Investigation Department headquarters", « en visite au siège de la DGSN », « s'est rendu lundi à l'Académie » (not
#: a visit to a country, whose receptions are its encounters).
_CALL_ON_A_SEAT = regexes.compile(
    r"\b(?:courtesy (?:call|visit)|visite de courtoisie|(?:visit(?:ed|ing|s)?|visite|toured|tour of|rendue?s?|went to|"
    r"called at)\s(?:[\w'’-]+\s|[ld]['’]){0,6}?(?:headquarters|hq|offices?|premises|siège|quartier général|locaux|"
    r"academy|académie|school|école|college)\b)",
    re.IGNORECASE,
)


def _welcomes_the_visitor(sentence: str, current: _Segment, cue: re.Match[str]) -> bool:
    """Whether a sentence tells the welcome of the visit just told, not a further encounter: its visitor (a pronoun,
    his delegation, or a name the visit gave) was received by someone, with no word of a sequel ("He was later
    received by")."""
    welcomed = _WELCOMED.match(sentence)
    if welcomed is None or cues.SEQUEL.search(sentence[: cue.end()]):
        return False
    if _THE_VISITORS.fullmatch(welcomed["subject"]):
        return True
    words = set(fold(welcomed["subject"]).split())
    return bool(words & current.named) and words - current.named <= _TITLE_WORDS


#: The visitor received on his day of arrival: "On the same day, the Minister … received his Kyrgyz counterpart",
#: « Le même jour, le ministre … a reçu son homologue ».
_SAME_DAY_THE_VISITOR = regexes.compile(
    r"\s*(?:on )?(?:the|that) same day,?\s|\s*(?:le|ce) même jour,?\s", re.IGNORECASE
)
_SAME_DAY_COUNTERPART = regexes.compile(
    r"\b(?:counterpart|homologue|guests?|hôtes?|delegation|délégation)\b", re.IGNORECASE
)


#: The visitor named by what he is to the host: « son hôte », "his guest" (the visit told on, not a further one).
_THE_GUEST = regexes.compile(
    r"\b(?:son|sa|leur|ses|leurs) hôtes?\b|\b(?:his|her|their) guests?\b", re.IGNORECASE
)


#: A cleft sentence that gives the gist of an encounter, named by its noun: « C'est le sens de la
#: réunion de travail que … », « Telle est la teneur des échanges que … ».
_GIST_OF = regexes.compile(
    r"\s*(?:c['’]est|c['’]était|telle (?:est|était)|tel (?:est|était)) (?:le sens|la teneur|la substance|l['’]objet|le menu|"
    r"le cœur|l['’]essentiel|le contenu|le thème|le point) (?:de la|de l['’]|des|du) (?:\w+ ){0,2}?"
    r"(?:réunion|rencontre|séance|entretiens?|échanges|audience|discussions|visite)\b",
    re.IGNORECASE,
)


#: A sentence on a part of the gathering told: "The opening ceremony and first plenary session will be held on
#: Tuesday", « La cérémonie d'ouverture … ».
_PART_OF_IT = regexes.compile(
    r"\s*(?:the|la|le|l['’])\s*(?:(?:official|formal|officielle) )?(?:opening ceremony|closing ceremony|opening session|"
    r"closing session|(?:first |second |final )?plenary session|cérémonie d['’](?:ouverture|clôture)|séance (?:d['’]ouverture|"
    r"de clôture|plénière))\b",
    re.IGNORECASE,
)


#: A news round-up's next item: "In another development, …", "In a related development, …" (its own story, not the
#: trip told before), « Dans un autre registre, … ».
_OTHER_NEWS = regexes.compile(
    r"\s*(?:in (?:an)?other development|in a (?:separate|related) development|dans un autre (?:registre|développement)),",
    re.IGNORECASE,
)


def _places_named(sentence: str) -> set[str]:
    """The countries a sentence names as where someone is or goes ("who was in Fiji"), not as a side."""
    folded = fold(sentence)
    return {
        m.country
        for m in places.mentions(sentence)
        if m.country and not m.organisation and _IN_A_PLACE.search(folded, max(0, m.start - 12), m.start)
    }


_IN_A_PLACE = regexes.compile(r"\b(?:in|to|a|au|en|aux)\s+(?:the\s+)?$")


def _split_series(segment: _Segment, countries: frozenset[str], home: str | None) -> list[_Segment]:
    """ "A held bilateral meetings with his counterparts from B, C and D" followed by a
    sentence on each: one meeting per counterpart, each with the sentences that name it.
    Counterparts are countries, or, when all are of one country ("une série d'entretiens
    avec ..., notamment A et B"), the people named after the encounter word.
    Sentences before the first counterpart's (who accompanied A) go to every meeting."""
    series = _series_cue(segment)
    if series is None:
        return [segment]
    separately, told = series
    # (those received are where the host is: « tous séjournant au Niger » names no counterpart)
    there = _places_named(f"{segment.opening} {told}") if segment.relation is Relation.RECEIVES else set()
    listed = [c for c in _countries_and_forces(told) if c != home and c not in _posted_to(told) | there]
    if len(listed) >= 2:
        return _split(segment, listed, _countries_and_forces, "counterpart")
    if _THEIR_COUNTERPARTS.fullmatch(separately.group(0)):
        return [segment]  # « les ministres … avec leurs homologues djiboutiens »: the two sides, together
    guests = [
        _surname(p.name)
        for p in _people_in(segment.opening, countries)
        if p.name and p.start > segment.cue_start
    ]
    if len(guests) >= 2:
        return _split(segment, guests, lambda sentence: _surnames_in(sentence, guests), "guest")
    return [segment]


def _series_cue(segment: _Segment) -> tuple[re.Match[str], str] | None:
    """What makes a segment several separate encounters, and the words that list their counterparts: the opening's
    "separately" (its words after the encounter's); a tour's order; an audience given to several envoys, who are
    named after it ("received several newly accredited ambassadors. They were A, Ambassador of X; B …", « a reçu
    trois diplomates »: the sentences after it); or audiences given in turn a sentence after the opening (« a reçu,
    tour à tour, les ministres de A, de B … », that sentence), as a headline that told the audiences as one opens."""
    after = segment.opening[segment.cue_start :]
    if (separately := cues.SEPARATELY.search(segment.opening)) is not None:
        # (not one meeting of three, however it names them: « une réunion tripartite avec ses homologues A et B »)
        return None if _OF_THREE.search(segment.opening) else (separately, after)
    if segment.relation is Relation.VISITS:
        # a tour of the countries the opening lists, told in its order later: "will travel to A and B …", then
        # "first to A and then to B", « d'abord au Niger, puis au Tchad »: a visit to each
        order = next(filter(None, map(_TOUR_ORDER.search, segment.all)), None)
        return None if order is None else (order, after)
    if segment.relation is not Relation.RECEIVES:
        return None
    if (several := _SEVERAL_RECEIVED.search(after)) is not None and not _AS_ONE.search(segment.opening):
        return several, " ".join(segment.others)
    return next(
        (
            (separately, sentence)
            for sentence in segment.others
            if _meeting_cue(sentence) and (separately := cues.SEPARATELY.search(sentence)) is not None
        ),
        None,
    )


#: Several envoys or ministers received, whom the text names after: "received several newly accredited ambassadors",
#: « a reçu trois diplomates », « a accordé plusieurs audiences » (each of them one audience).
_SEVERAL_RECEIVED = regexes.compile(
    r"\b(?:plusieurs|several|a number of|deux|trois|quatre|cinq|two|three|four|five)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:ambassad(?:eurs|rices|ors)|diplomat(?:es|s)|audiences|envoys|heads of (?:diplomatic )?missions|"
    r"chefs de missions? diplomatiques?)\b",
    re.IGNORECASE,
)

#: One meeting of three sides, named by its kind: « réunion tripartite », "trilateral talks".
_OF_THREE = regexes.compile(r"\b(?:tripartite|trilat[eé]ral\w*)\b", re.IGNORECASE)

#: Several received at one sitting: « a reçu ensemble les ambassadeurs de A, B et C », "received jointly".
_AS_ONE = regexes.compile(
    r"\b(?:ensemble|conjointement|collectivement|together|jointly|as a group)\b", re.IGNORECASE
)


def _countries_and_forces(text: str) -> list[str]:
    """Countries a text names, in order, by name, demonym or a force of one country: « le directeur général
    adjoint de la police fédérale belge et l'ambassadrice d'Italie » names Belgium, then Italy."""
    return _ordered_countries(text, forces=True)


#: An envoy's posting, right before the country he is posted to: "the Ambassador of Egypt to ", « l'ambassadeur
#: d'Italie au ».
_POSTING_BEFORE = regexes.compile(
    r"\b(?:ambassad\w*|high commissioner|haut-commissaire|consul\w*|envoy|envoyée?)\b[^,;]{0,40}?"
    r"\s(?:to|in|au|aux|en|à|pres(?: d[eu]| de la)?)\s+(?:the\s+|la\s+|le\s+|l')?$"
)


def _posted_to(text: str) -> set[str]:
    """Countries the text names only as where an envoy is posted ("the Ambassador of Egypt to Cameroon"): the
    host's, no counterpart of a series."""
    folded = fold(text)
    posted, named = set(), set()
    for mention in places.mentions(text):
        if mention.country is None:
            continue
        if _POSTING_BEFORE.search(folded, max(0, mention.start - 80), mention.start):
            posted.add(mention.country)
        else:
            named.add(mention.country)
    return posted - named


_Key = Literal["counterpart", "guest"]


#: A country as the subject a sentence opens on: "Kenya raised …", « La Suisse veut … ».
_COUNTRY_OPENS = regexes.compile(
    r"\s*(?:(?:the|le|la|l['’])\s?)?((?-i:[A-ZÀ-Ý])[\w'’-]+(?: (?-i:[A-ZÀ-Ý])[\w'’-]+){0,2}) (?=(?-i:[a-zà-ÿ]))",
    re.IGNORECASE,
)


#: The order of a tour's stops: "first to Fiji and then to Samoa", "First visit to A and then to B", « d'abord à Niamey, puis à N'Djamena ».
_TOUR_ORDER = regexes.compile(
    r"\bfirst (?:(?:visit|stop|trip) )?(?:to|in) [^.;]{1,40}?,? (?:and )?then (?:to|in)\b|"
    r"\bd['’]abord (?:au|aux|en|à) [^.;]{1,40}?,? (?:et )?puis (?:au|aux|en|à)\b",
    re.IGNORECASE,
)


#: Counterparts of several visitors, of one country: one side each (:func:`_split_series`).
_THEIR_COUNTERPARTS = regexes.compile(r"with their counterparts|avec leurs homologues", re.IGNORECASE)


#: Where a sentence passes from one clause to the next: a semicolon, ", et", ", while"; not to a list's next person,
#: whom its opening words still introduce ("They were Ms A, Ambassador of X; Mr B, …", « Parmi eux figuraient M. A,
#: ambassadeur de X, et Mme B, … »).
_CLAUSE = regexes.compile(
    r"(?:\s*;\s*|,\s+(?=(?:et|and|while|whereas|tandis que|alors que)\s))"
    r"(?!\s*(?:(?:et|and|ainsi que)\s+)?(?:de\s+)?(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s)"
)


def _split(
    segment: _Segment, listed: list[str], named_in: Callable[[str], list[str]], key: _Key
) -> list[_Segment]:
    """One segment per ``listed`` counterpart (stored in the field ``key``), each with
    the sentences that name it and those that follow them; sentences before the first
    such go to every one. A sentence that names several counterparts is read clause by
    clause (« avec le Qatari, ... ; l'entretien avec le Jordanien a porté sur ..., et
    celui avec le Mauritanien sur ... »); a clause that still names several is each one's. An
    encounter told before any counterpart is named again, with someone named, is the first's."""
    shared: list[str] = []
    parts: list[_Segment] = []
    last: list[_Segment] = []  # the parts the last sentence that named any was of
    for whole in segment.others:
        several = len({c for c in named_in(whole) if c in listed}) > 1
        for sentence in _CLAUSE.split(whole) if several else [whole]:
            named = [c for c in named_in(sentence) if c in listed]
            if (
                not named
                and not last
                and key == "counterpart"
                and _meeting_cue(sentence) is not None
                and _names_someone(sentence)
            ):
                # an encounter with someone, told before any counterpart is named again, its side unsaid (« Lors de son
                # entretien avec X, l'ambassadeur du royaume, … . Le même jour, il a rencontré l'ambassadeur
                # algérien »): the first listed
                named = listed[:1]
            # (a clause that still names several goes to each, and so do the sentences after it: "They were A,
            # Ambassador of X; B …", « Parmi eux figuraient A, ambassadeur de X, et B, … . Les échanges ont porté
            # sur … », whose people each meeting keeps its own of)
            if named:
                last = []
                for counterpart in dict.fromkeys(named):
                    part = next((p for p in parts if getattr(p, key) == counterpart), None)
                    if part is None:
                        part = _tagged(segment, [*shared, sentence], key, counterpart)
                        parts.append(part)
                    else:
                        part.others.append(sentence)
                    last.append(part)
            elif last:
                for part in last:
                    part.others.append(sentence)
            else:
                shared.append(sentence)
    missing = [c for c in listed if c not in {getattr(p, key) for p in parts}]
    parts.extend(_tagged(segment, list(shared), key, c) for c in missing)
    return parts


def _tagged(segment: _Segment, others: list[str], key: _Key, value: str) -> _Segment:
    """One meeting of a series: the opening, its own sentences, its counterpart."""
    if key == "guest":
        return replace(segment, others=others, guest=value)
    return replace(segment, others=others, counterpart=value)


def _surname(name: str) -> str:
    return fold(name).split()[-1]


def _by_surname(
    found: list[DraftParticipant], introduced: DraftParticipant, subject: str, opening: str
) -> list[DraftParticipant]:
    """The participants of the first encounter, with the one introduced before it in full
    when the opening names him by his surname alone: "IGP Kayihura made the remarks during a
    bilateral meeting ..." after "The Inspector General of Uganda Police Force, Gen. Kale
    Kayihura, has said ..." (his office and his side are the introduction's); "At a meeting
    with his Ugandan counterpart, X, Gasana decried ..." (he takes part)."""
    if not introduced.name or " " not in introduced.name:
        return found
    surname = _surname(introduced.name)
    for index, person in enumerate(found):
        if person.name and fold(person.name) == surname:
            found[index] = introduced.model_copy(update={"role": person.role})
            return found
        if person.name and surname in fold(person.name).split():
            if person.country is None and person.title is None and fold(person.name) == fold(introduced.name):
                # named again in full with no office: « Le ministre burkinabè de la Sécurité, X, conduit … Au
                # cours de ce séjour, X a eu … »: his office and side are the introduction's
                found[index] = introduced.model_copy(update={"role": person.role})
            return found  # named in full already
    if surname not in fold(opening).split():
        return found
    side = (
        _SUBJECT if surname in fold(subject).split() or not any(p.role is _SUBJECT for p in found) else _LATER
    )
    return [*found, introduced.model_copy(update={"role": side})]


def _by_office(found: list[DraftParticipant], introduced: DraftParticipant) -> list[DraftParticipant]:
    """The participants of the first encounter, with the one introduced before it in full
    when the encounter names him by his office alone: "X, the Belgian interior minister,
    arrived on Saturday. The president received the Belgian interior minister": the one
    office-holder of no name of his side whose office begins his (:func:`_holder`)."""
    if not introduced.name or introduced.country is None or any(p.name == introduced.name for p in found):
        return found
    holders = [
        index
        for index, person in enumerate(found)
        if person.name is None
        and person.country == introduced.country
        and _holder(person.title, (introduced,))
    ]
    if len(holders) == 1:
        found[holders[0]] = introduced.model_copy(update={"role": found[holders[0]].role})
    return found


def _surnames_in(sentence: str, surnames: list[str]) -> list[str]:
    """The given surnames a sentence names, in order."""
    words = fold(sentence).split()
    return sorted((s for s in surnames if s in words), key=words.index)


# The side a person was found on, carried in `role` until roles are decided.
_SUBJECT, _OBJECT, _LATER = Role.HOST, Role.GUEST, Role.PARTICIPANT


#: An article that opens a title (« le », "the").
_LEADING_ARTICLE = regexes.compile(r"^(?:le|la|l'|les|the)\s+", re.IGNORECASE)


def _holder(title: str | None, lead: tuple[DraftParticipant, ...]) -> DraftParticipant | None:
    """The one named person of ``lead`` whose title begins with ``title`` (without its
    determiner): "Le Directeur général" stands for the "Directeur général de la Police
    nationale" just named; or whose title is the bare first word of ``title``, as English writes
    it before a name: "the Commissioner of Police" stands for "Commissioner Ama Owusu"."""

    def words_of(
        text: str,
    ) -> list[str]:  # without a country's name or demonym ("the Iranian deputy minister")
        text = _LEADING_ARTICLE.sub("", text)
        return [w for w in fold(text).split() if w not in places.tables().countries]

    words = words_of(title or "")
    named = [
        p
        for p in lead
        if p.name
        and p.title
        and ((bare := words_of(p.title))[: len(words)] == words or (len(bare) == 1 and words[:1] == bare))
    ]
    return named[0] if words and len(named) == 1 else None


_ORDINAL_WORDS = {
    **dict.fromkeys(["first", "premier", "première", "premiere", "1er", "1re", "1ère"], 1),
    **dict.fromkeys(["second", "deuxième", "deuxieme", "seconde"], 2),
    **dict.fromkeys(["third", "troisième", "troisieme"], 3),
    **dict.fromkeys(["fourth", "quatrième", "quatrieme"], 4),
    **dict.fromkeys(["fifth", "cinquième", "cinquieme"], 5),
    **dict.fromkeys(["sixth", "sixième", "sixieme"], 6),
    **dict.fromkeys(["seventh", "septième", "septieme"], 7),
    **dict.fromkeys(["eighth", "huitième", "huitieme"], 8),
    **dict.fromkeys(["ninth", "neuvième", "neuvieme"], 9),
    **dict.fromkeys(["tenth", "dixième", "dixieme"], 10),
}


#: The edition of a recurring event: "the 34th ASEANAPOL Conference", « la 3ème Assemblée générale
#: de l'Afripol », « la deuxième session de la commission mixte ». (Screened: a sentence that names
#: no such event is spared it, which was tried at every word boundary, before each of its ordinals.)
_EDITION = Screened(
    rf"\b(?:(?P<number>\d{{1,3}})(?:st|nd|rd|th|ème|eme|ère|er|re|è|e|ᵉ)|(?P<word>{'|'.join(_ORDINAL_WORDS)}))\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?P<event>assemblée générale|general assembly|conférence|conference|session|réunion|meeting|"
    r"sommet|summit|édition|edition|forum|round|commission)\b",
    re.IGNORECASE,
)


def _edition(sentence: str) -> tuple[str, int] | None:
    """The event a sentence names with its edition's number, and the number."""
    if _EDITION.spares(caseless(sentence)):
        return None
    for match in _EDITION.pattern.finditer(sentence):
        number = int(match["number"]) if match["number"] else _ORDINAL_WORDS.get(match["word"].lower())
        if number:
            return fold(match["event"]), number
    return None


def _series_countries(segment: _Segment) -> set[str]:
    return set(_countries_and_forces(segment.opening[segment.cue_start :]))
