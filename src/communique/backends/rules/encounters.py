"""What one sentence tells: whether it reports an encounter, its date words, the people and
countries it names.

The bottom layer of the offline reader: :class:`_Segment` (the sentences of one meeting),
:func:`_meeting_cue` (the encounter a sentence opens, if any), :func:`_dates` (its date
words) and :func:`_people_in` (its names), with the sentence-level tests the layers above
share (a background sentence, a recalled encounter, two sides named in a row).
"""

from __future__ import annotations

import itertools
import re
import textwrap
from dataclasses import dataclass, field
from functools import cache, cached_property

from communique import regexes
from communique.backends.rules import cues, kinds, outcomes, people
from communique.backends.rules.cues import Relation
from communique.normalise import dates, names, places
from communique.schema import Source
from communique.text import AnchoredCues, Cue, Screened, branched, caseless, fold, sentences

_SPEECH = Cue(
    r"(?:a|ont|avait|avaient) (?:souligné|salué|affirmé|indiqué|mis en avant|exprimé|réitéré|relevé|mis l'accent|insisté|plaidé|appelé|"
    r"noté|précisé|déclaré|estimé|évoqué|passé en revue|présenté|discuté|examiné|réaffirmé|rappelé|assuré|remercié|félicité|promis|"
    r"qualifié|fait le point)",
    r"said", r"stressed", r"noted", r"underlined", r"highlighted", r"expressed", r"praised", r"welcomed", r"reiterated",
    r"reaffirmed", r"assured", r"thanked", r"commended",
    r"emphasi[sz]ed", r"called for", r"pointed out", r"added", r"told", r"discussed", r"reviewed", r"focused", r"explained",
    r"(?:a|ont) expliqué",
    # who spoke at the meeting: "At the meeting, the Minister … X spoke about …", « X a pris la parole »
    r"spoke(?! before)", r"briefed", r"(?:a|ont) pris la parole", r"(?:est|sont) intervenue?s?",
    # who is quoted after the meeting: « », a laissé entendre X au sortir de cette réunion », « a-t-elle fait savoir »
    r"(?:a|ont) laissé entendre", r"(?:a|ont|a-t-(?:il|elle)|ont-(?:ils|elles)) fait savoir",
    # in the present, as the press writes after a quotation: « … », explique X; "…," says Y
    r"explique", r"déclare", r"affirme", r"confie", r"says", r"explains",
    # the speaker named first, his title and name each between commas: « Selon l'Inspecteur général de police
    # ghanéen, X, la police togolaise … », "According to the Commissioner, X, the two sides …"
    r"^\s*(?:selon|d'après|according to) (?:l'|le |la |the )[^,;]{3,120}, [^,;]{3,60},",
    # ... or opening on whose view the quotation gives: « Pour le col X du Togo, « la sécurité est … » »
    r"^\s*pour (?:l'|le |la )[^,;«»\"]{3,100}?,? (?:la |le )?[«\"“]",
)  # fmt: skip


#: A hall for conferences, congresses or exhibitions, by its name (the head of a venue: :data:`_VENUE`).
_HALL = (
    r"(?:Palais|Centre|Center|Parc) (?:international |internationale )?(?:des|de|d')\s?(?:congrès|conférences|expositions)|"
    r"(?:[\w'’-]+ ){0,3}?(?:International |National )?(?:Conference|Convention|Exhibition|Congress|Trade) (?:Centre|Center|Hall)"
)

_VENUE = regexes.compile(
    # (or the seat visited, with no preposition: "visited the headquarters of the Bulgarian Border Police")
    # (or in French, a day between: « a visité lundi l'École nationale de police de Niamey »; a seat of many buildings
    # after « aux »: « aux Casernes centrales de Port-Louis »)
    r"(?<![\w'’])(?:(?:au|aux|à la|dans les locaux (?:de la|du)|at the|in the|at|(?:visited|toured|visit to|visiting) the|"
    r"visitée?s?(?: \w+)?? (?:le|la|les))\s+|(?:à|dans les locaux de|visitée?s?(?: \w+)??) l['’]\s*)"
    r"((?:siège|sièges|quartier général|headquarters|ministère|Ministry|Académie|Academy|École|Institut|Institute|"
    r"[Cc]asernes?|"
    # a hall for conferences, named with its « des », "de" or its city first: « au Palais des congrès », « au Centre
    # international de conférences », "at the Accra International Conference Centre", "at the Kigali Convention Centre"
    + _HALL
    + r"|Palais|Palace|r[ée]sidence|ambassade|haut[- ]commissariat|(?-i:[A-Z][\w-]+ ){0,2}(?:embassy|high commission)(?! delegation)|h[ôo]tel(?=\s+(?-i:[A-ZÀ-Ý])|\s+d[eu]\s|\s+d['’])|(?-i:[A-Z][\w'’-]+ ){1,3}Hotels?|centre(?! d(?:e l'|es |e la |u |e leurs? |e ses |e nos )(?:entretiens?|échanges?|discussions?|rencontre|débats?|préoccupations))|Center|base|camp|préfecture|Direction|(?:[A-Z][\w-]+ ){1,3}headquarters)\b[^,;.]*?)"
    # (never ending on its preposition: « au siège de son bureau à la présidence » is not « siège de »)
    r"(?<!\sde)(?<!\sdu)(?<!\sdes)(?<!\sof)"
    r"(?=\s*(?:,|;|\.|\s(?:à|in|en|au|le|on|avec|with|from|par|by|son|sa|ses|leur|leurs|un|une|des|his|her|their|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s|$|"
    # (the clause that tells what the meeting there was for, or what happened there: "at the PNP headquarters to
    # discuss …", "in order to", "for talks", "where they …", « au siège du ministère pour discuter … », « afin de »,
    # « où »; not "the Embassy to the Holy See", nor "the Ministry for Home Affairs")
    r"\s(?:to(?!\s+the\b)|in order to|so as to|for the purpose of|for (?:talks|discussions|a|an)|where|which|pour|"
    r"afin|où)\s|"
    # (the seat's own adverbs of place and day: "at the Contingent Headquarters here yesterday", « au siège hier »)
    r"\s(?:here|ici|yesterday|today|hier|aujourd'hui)\b|"
    # the object of the verb after the seat: « a reçu au siège de la Direction générale l'ambassadrice … », "hosted
    # at the Police Headquarters a delegation of …", "received at the Ministry the Ambassador", right after the seat's
    # own word (not "the headquarters of the Police", "the ministry and covered the posting")
    r"(?<!\bde)(?<!\bà)\s(?:la\s|les\s|l['’])|"
    r"(?:(?<=quarters)|(?<=Ministry)|(?<=Secretariat)|(?<=Office)|(?<=Academy)|(?<=Barracks))\s(?:the|an?)\s))",
    re.IGNORECASE,
)


_PLACE_BEFORE = regexes.compile(
    r"(?:\bà|\bau|\baux|\ben|\bin|\bat|\bto|\bdans|\bvers|\bde)\s+(?:la |le |l'|the )?$", re.I
)


#: A dateline at the head of a sentence: "RABAT, (MAP - 27 janvier 2026) -", "MINSK (Sputnik - 12th August,
#: 2026)", "Rabat, 27 janvier
#: 2026 (MAP) -", "Kolkata [India], February 11:" (the country in brackets, as ANI writes it).
_DATELINE_HEAD = regexes.compile(
    r"^\s*(?:[A-ZÀ-Ý]{3,}(?:[ -][A-ZÀ-Ý]{2,}){0,2}\s*,?\s*\([^()\n]{2,60}?\s[-–—]\s[^()\n]{6,30}?\)\s*[-–—:]?\s*|"
    r"(?:[A-ZÀ-Ý][\w'’ .-]{1,40}?(?:\s*[(\[][A-ZÀ-Ý][^()\[\]\n]{1,30}[)\]])?,\s*(?=[^()\n]{0,40}\d)[^()\n]{6,40}?|[A-ZÀ-Ý]{3,}(?:[ -][A-ZÀ-Ý]{2,}){0,2}|"
    # (the agency's name in brackets before the date, the town's island after it: "Palikir, Pohnpei (FSM Information
    # Services): August 25, 2011 - …")
    r"[A-ZÀ-Ý][\w'’.-]+,\s*[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+)?\s*\([A-ZÀ-Ý][^()\n]{1,40}\))"
    # (the agency's bracket closed by a full stop before the dash, as ACP writes it: "Kinshasa, 09 juin 2023 (ACP).-")
    rf"\s*(?:\((?:{dates.DATELINE_AGENCY})\)\.?)?\s*[-–—:]\s*)"
    # … and the date after the place's dash: "Addis Ababa, Ethiopia – 12 June 2026: The Secretariat …"
    r"(?:\d{1,2}(?:st|nd|rd|th|er)? [A-Za-zéû]+ \d{4}\s*[:–—-]\s+|[A-Z][a-z]+ \d{1,2},? \d{4}\s*[:–—-]\s+)?"
)


#: An event told as begun when the text was written, with no day of its own: "has started in
#: Nairobi", "has opened", « s'est ouverte », « ont débuté ».
_UNDER_WAY = regexes.compile(
    r"\b(?:has|have) (?:officially |formally )?(?:started|opened|begun|kicked off|commenced|got under ?way)\b|"
    r"\b(?:s'est|se sont) (?:officiellement )?ouverte?s?\b|\b(?:a|ont) (?:officiellement )?(?:débuté|démarré|commencé|entamé)\b|"
    r"\b(?:is|are) (?:now )?(?:under ?way|taking place|being held)\b|"
    r"\b(?:accueille|accueillent|abrite|abritent) (?:actuellement|en ce moment)\b",
    re.IGNORECASE,
)


#: A dateline written as a sentence of its own, its day whole: "Port Louis, 7 May 2026. Commissioner …", « Moroni, le
#: 24 septembre 2026. Le Directeur … », or alone on its line, as a speech opens: « Tunis, lundi 25 mai 2026, ».
_DATELINE_SENTENCE = regexes.compile(r"\s*[A-ZÀ-Ý][\w'’ -]{1,30}?,\s*[^()\n,.]{4,30}?\d{4}\s*(?:\.\s|,\s*$)")
#: An agency's dateline as a sentence of its own, its town in capitals and its day without the year: "ALMATY, 18 March.
#: The fourth sitting …", "BAKU, Azerbaijan, February 23. …", « BICHKEK, 9 avril. La session … ».
AGENCY_DATELINE = regexes.compile(
    r"\s*[A-ZÀ-Ý]{3,}(?:[ -][A-ZÀ-Ý]{2,}){0,2},\s*(?:[A-ZÀ-Ý][\w'’ -]{2,30},\s*)?"
    r"(?:\d{1,2}(?:st|nd|rd|th|er)? [A-Za-zéû]{3,9}|[A-Z][a-z]{2,8}\.? \d{1,2})\.\s"
)


def _dateline_day(text: str, headings: list[str], dateline: re.Pattern[str] = _DATELINE_HEAD) -> str | None:
    """The date phrase of the dateline that opens the text under its headings, if it has one
    ("Nairobi (Kenya), 11 May 2026 - …"), or of one of another form (``dateline``)."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    for line in lines[len(headings) : len(headings) + 1]:
        head = dateline.match(line)
        found = dates.find_phrases(head.group(0)) if head else []
        if found:
            return found[0][2]
    return None


#: The hour a line of an agenda opens on: « 10h00 », "2:00 pm" (a pattern's text, read in :data:`AGENDA_LINE` and by
#: :mod:`.exchange`).
HOUR_FIRST = r"\s*\d{1,2} ?[h:.] ?\d{2}(?: ?[ap]\.? ?m\.?)?"
#: A line of a minister's agenda, its hour first: « 10h00 : Entretien avec … », "2:00 pm - Meeting with …".
AGENDA_LINE = regexes.compile(HOUR_FIRST + r" ?[:–—-]", re.IGNORECASE)


#: A heading that names the week an agenda covers: « pour la semaine du 16 au 20 mars », "for the week of 16 March".
_WEEK = regexes.compile(r"\b(?:semaine|week)\b", re.IGNORECASE)


def _agenda_day(text: str, line: str) -> str | None:
    """The date phrase of the heading an agenda's line is under: the nearest line above it that is nothing but a day
    (« Lundi 16 mars », "Tuesday 17 March"), failing that a heading that names the week (« Agenda … pour la semaine du
    16 au 20 mars 2026 »). An agenda's lines have no day of their own: each is its heading's."""
    lines = text.splitlines()
    key = line.strip()[:60]
    at = next((i for i, raw in enumerate(lines) if key in raw), 0)
    week = None
    for raw in reversed(lines[:at]):
        found = dates.find_phrases(raw)
        if not found:
            continue
        rest = raw
        for start, end, _ in reversed(found):
            rest = rest[:start] + rest[end:]
        if not any(ch.isalnum() for ch in rest):
            return found[0][2]
        if week is None and _WEEK.search(raw):
            week = found[0][2]
    return week


_EMBASSY_BEFORE = regexes.compile(r"(?:ambassade|embassy|consulat|consulate)\s+(?:\w+\s+){0,4}$")


#: The fields of a meeting's record that say when and where it was: "Date: 4 March 2026", "Venue: Police
#: Headquarters, Suva", « Lieu : Cotonou ».
RECORD_WHEN_WHERE = regexes.compile(r"\s*(?:date|venue|lieu|location|place)\s*:", re.IGNORECASE)
#: The fields that say who attended it, or a list's heading ("Europol attendees:", "Present:", « Participants : »).
RECORD_WHO = regexes.compile(
    r"\s*(?:participants?|present|présents?|attendees?|(?:[\w()'’-]+\s){1,8}attendees?)\s*:", re.IGNORECASE
)


@dataclass
class _Segment:
    """The sentences of one meeting: the one that opens it and those that follow."""

    opening: str
    relation: Relation
    cue_start: int
    cue_end: int
    others: list[str] = field(default_factory=list)
    #: The counterpart a meeting of a series is with ("Saudi Arabia" of four bilaterals),
    #: or the surname of its guest when all the counterparts are of one country.
    counterpart: str | None = None
    guest: str | None = None
    #: Who and which days the sentences so far name, kept up to date by :meth:`add` so
    #: that deciding whether one more sentence continues the meeting costs the same
    #: however long the meeting already is.
    named: set[str] = field(default_factory=set)
    dated: set[str] = field(default_factory=set)
    #: Whether it opens another story of a news round-up ("In another development, …"): it
    #: owes nothing to the meeting told before it.
    another_story: bool = False
    #: Whether the sentence this one was cut from announces it: "il rencontrera X, avant
    #: d'être reçu mardi par Y" announces both encounters.
    announced: bool = False
    #: Whether it is a meeting's record headed by its name ("Meeting between A and B", "Date: …",
    #: "Present: …"): its fields say its day and place, and whoever its lists name took part.
    record: bool = False

    def add(self, sentence: str, countries: frozenset[str]) -> None:
        """Append a sentence and note whom and which days it names."""
        if sentence is not self.opening:
            self.others.append(sentence)
        self.named |= _counterparts(sentence, countries)
        self.dated |= _days(sentence)

    @property
    def all(self) -> list[str]:
        return [self.opening, *self.others]

    @cached_property
    def describing(self) -> list[str]:
        """The opening sentence and the later ones that speak of the encounter itself
        (read once the segment is complete)."""
        return [self.opening, *(s for s in self.others if _describes(s, self.record))]


@cache  # a memo of one document (reader.read): a sentence is read for each segment that holds it
def _describes(sentence: str, record: bool) -> bool:
    """Whether a later sentence of a segment (of a meeting's ``record``, or not) speaks of the encounter itself
    (see :attr:`_Segment.describing`)."""
    return bool(
        (
            cues.ENCOUNTER_NOUN.search(sentence)
            or _meeting_cue(sentence)
            or _THIS_WAS.match(sentence)
            or (record and RECORD_WHEN_WHERE.match(sentence))
        )
        and not _recalled(sentence)
        and not recall_opens(sentence)
        and not cues.EARLIER_OF_SERIES.search(sentence)
        # (nor the messages sent to it from afar: "Video messages were received from …")
        and not cues.FROM_AFAR.search(sentence)
        and not _NEXT_ENCOUNTER.search(sentence)
    )


#: A year-dated phrase a sentence opens on, before its subject: « Le 12 janvier 2022, », "In March 2019, ".
_DATED_OPENING = regexes.compile(r"[^,;.]{0,30}?\b(?:19|20)\d\d\s*,\s*")


def recall_opens(sentence: str) -> bool:
    """Whether a sentence opens on a recall of the past (« Pour rappel, … », « X s'était déjà rendu … »), counted
    from after the day it may open on: « Le 12 janvier 2022, X s'était déjà rendu à Yaoundé » recalls as much as
    « X s'était déjà rendu le 12 janvier 2022 à Yaoundé » does (its day is not the meeting's)."""
    lead = _DATED_OPENING.match(sentence)
    return cues.RECALLED.search(sentence[: (lead.end() if lead else 0) + 40]) is not None


#: A sentence about the next encounter, not this one: "The next meeting … will be convened under the
#: Montenegrin chairmanship", « La prochaine session se tiendra à Niamey » (its day, place and sides are that one's).
_NEXT_ENCOUNTER = regexes.compile(
    r"\b(?:the next|la prochaine|le prochain|upcoming|forthcoming) (?:\w+ ){0,2}?(?:meeting|session|round|réunion|rencontre|édition|edition)\b",
    re.IGNORECASE,
    branched,
)


#: A sentence that dates or places the encounter just told: "This was on Tuesday, October
#: 12, at the National Police Headquarters, Accra", « Cela s'est passé mardi à Dakar ».
_THIS_WAS = regexes.compile(
    r"\s*(?:this|that|it) (?:was|took place|happened) (?:on|at|in|yesterday|today|last)\b|"
    r"\s*(?:cela|ceci) s'est (?:passé|déroulé)|\s*c'était (?:le|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\b",
    re.IGNORECASE,
)


#: A government's council right before the words of its sitting: « le conseil des ministres réunis en sa
#: séance », "the Council of Ministers, meeting on …", "the cabinet, which met".
_CABINET_BEFORE = regexes.compile(
    r"\b(?:conseil des ministres|council of ministers|cabinet),?\s+(?:qui s'est\s+|s'est\s+|which\s+)?$",
    re.IGNORECASE,
)
#: … or right after them, naming the sitting the government met in, its day or town between: « Le gouvernement s'est
#: réuni mercredi en conseil des ministres pour adopter … », "the government met in cabinet on Tuesday" (not one met
#: there: "met the Minister in cabinet chambers").
_CABINET_AFTER = regexes.compile(
    r"\s*(?:(?!with\b|avec\b|the\b|le\b|la\b|les\b|l['’])\S+\s+){0,3}?(?:en|in)\s+"
    r"(?:conseil des ministres|council of ministers|cabinet)\b",
    re.IGNORECASE,
)


#: A speaker named before, by a pronoun, telling of a gathering: "He said the 9th joint committee meeting, held in
#: Dili on Monday, …", « Il a indiqué que la réunion, tenue mardi à Lomé, … ».
_HE_SAID_GATHERING = regexes.compile(
    r"\s*(?:he|she|il|elle) (?:said|added|noted|a (?:indiqué|déclaré|précisé|souligné|ajouté)) (?:that |que )?"
    r"(?:the|la|le|l['’])\s?(?:[\w-]+ ){0,5}?(?:meeting|talks|réunion|rencontre|session)\b",
    re.IGNORECASE,
)


#: A meeting asked for, right before its noun: « a appelé mardi à la tenue d'une réunion », « demande la convocation
#: d'une rencontre », "called for a meeting of West African police chiefs" (wished, neither held nor scheduled).
_CALLED_FOR = regexes.compile(
    r"\b(?:(?:appel\w*|plaid\w*|invit\w*) (?:\S+ ){0,4}?(?:à|pour) la|(?:demand\w*|souhait\w*|préconis\w*|réclam\w*) "
    r"(?:\S+ ){0,4}?la) (?:tenue|convocation|organisation) d'(?:une|un) (?:\S+ ){0,2}?$|"
    r"\b(?:called|calls|calling|appealed|appeals|pressed|pushed) (?:\S+ ){0,3}?for (?:the (?:holding|convening) of )?"
    r"(?:a|an) (?:\S+ ){0,2}?$",
    re.IGNORECASE,
)


def denied(sentence: str) -> bool:
    """Whether a sentence tells an encounter only to deny it: one that did not take place (:data:`cues.NEGATED`),
    missed or only wished (:data:`cues.UNMET`), or a police sting's (:data:`cues.STING`). No wording of an encounter
    in it opens a meeting, whichever reading looks (:func:`_meeting_cue`, the last resort of :mod:`.exchange`)."""
    return (
        cues.NEGATED.search(sentence) is not None
        or cues.UNMET.search(sentence) is not None
        or cues.STING.search(sentence) is not None
    )


@cache  # a memo of one document (reader.read)
def _meeting_cue(sentence: str) -> tuple[Relation, re.Match[str]] | None:
    """The relation and position of the first encounter verb, or of an encounter noun
    with a verb of occurrence."""
    # (whether someone is there to meet is asked first: half the sentences name no one, and are spared
    # the three searches of a denial, which seldom finds one; nor messages sent to a gathering from afar:
    # "During this year's AGM, video messages were received from X")
    if (
        not (
            cues.ACTOR.search(sentence)
            or _names_someone(sentence)
            or _signed_by_organisations(sentence)
            or _organisation_gathers(sentence)
            or _two_sides_named(sentence)
            # (two countries a heading's « entre » names are its sides, not a border: « Entretiens entre le Maroc et
            # l'Espagne »)
            or _encounter_heading(sentence) is not None
            or _THEM.search(sentence)  # the two named before: « la séance de travail qui les a réunis »
            # the one named before, who tells of the gathering: "He said the joint committee meeting, held in …"
            or _HE_SAID_GATHERING.match(sentence)
        )
        or denied(sentence)
        or cues.FROM_AFAR.search(sentence)
    ):
        return None
    found = [
        (m.start(), relation, m)
        for (_, relation), m in zip(cues.MEETING_VERBS, _MEETING_VERBS.search(sentence), strict=True)
        if m
    ]
    # (a word to the press is no encounter: « ont tenu une conférence de presse »)
    press = (
        []
        if _PRESS_CONFERENCE.spares(caseless(sentence))
        else [(c.start(), c.end()) for c in _PRESS_CONFERENCE.pattern.finditer(sentence)]
    )
    nouns = (
        n for n in cues.ENCOUNTER_NOUN.finditer(sentence) if not any(a <= n.start() < b for a, b in press)
    )
    if not found and cues.OCCURRED.search(sentence) and (noun := next(nouns, None)):
        # (a training course is no encounter: « organise un séminaire de formation »)
        training = any(t.start() <= noun.start() < t.end() for t in cues.TRAINING_EVENT.finditer(sentence))
        # (nor meetings told together as held one by one: "The meetings, held separately at the IGP Smart
        # Conference Hall, focused on …" — each is told on its own)
        several = noun.group(0).endswith("s") and cues.SEPARATELY.search(sentence) is not None
        # (nor one's own review given to the press: « le préfet a tenu sa troisième conférence de sécurité »)
        own_review = _OWN_REVIEW.search(sentence) is not None
        # (nor an event the police secure: "the Police Service will be policing the forthcoming Agribusiness Summit")
        secured = ("olic" in sentence or "écur" in sentence or "ecur" in sentence) and _SECURED_EVENT.search(
            sentence, max(0, noun.start() - 80), noun.start()
        ) is not None
        found = (
            [] if training or several or own_review or secured else [(noun.start(), Relation.TOGETHER, noun)]
        )
    if (
        joint := _joint_exchange(sentence) or _encounter_heading(sentence) or _encounter_between(sentence)
    ) is not None:
        found.append((joint.start(), Relation.TOGETHER, joint))
    # (nor a government's own sitting: « relevés de leurs fonctions par le conseil des ministres réuni en sa séance de
    # mercredi », "the Council of Ministers, meeting on Tuesday, appointed", « s'est réuni en conseil des ministres »)
    found = [
        f
        for f in found
        if not (
            (f[1] is Relation.TOGETHER and _CABINET_BEFORE.search(sentence, 0, f[0]))
            or _CABINET_AFTER.match(sentence, f[2].end())
        )
    ]
    if cues.HANDOVER.search(sentence):  # who attends a handover or a ceremony untold does not meet
        found = [f for f in found if f[1] not in (Relation.TOGETHER, Relation.RECEIVES, Relation.RECEIVED)]
    # (nor a bare "took part." / « y ont pris part. », which names nothing taken part in: what the sentence
    # before told, a training course as well as a meeting)
    # (nor taking part in a training course: "19 officers participated in the training", « ont pris part à la formation »)
    found = [
        f
        for f in found
        if not (
            _TOOK_PART.fullmatch(f[2].group(0))
            and (_NOTHING_AFTER.match(sentence, f[2].end()) or _IN_TRAINING.match(sentence, f[2].end()))
        )
    ]
    # (nor London's police by its short name: "the Met Police", "Met Commissioner X")
    found = [f for f in found if not _THE_MET.match(sentence, f[2].start())]
    # (nor a signing to come that names neither its day nor its signatories: "A Memorandum of Understanding
    # will be signed between the X Police and the Y Police to …", what a cabinet approves: an agreement planned)
    found = [f for f in found if not _unscheduled_signing(sentence, f[2])]
    # (nor the signing of before that an encounter follows up: "to follow up on the memorandum signed at the
    # palace that was witnessed by the King and the President")
    signed_before = kinds.followed_up_signings(sentence)
    found = [f for f in found if not any(f[2].start() in signed for signed in signed_before)]
    # (nor a meeting called for: « a appelé à la tenue d'une réunion des chefs de police », "called for a meeting of")
    found = [f for f in found if not _CALLED_FOR.search(sentence, max(0, f[0] - 80), f[0])]
    # (nor the signing an agreement's ratification or publication recalls: "approved the bill authorising the
    # ratification of the agreement …, signed in Lima on 14 March 2024 by the two interior ministers")
    found = [f for f in found if not _planned(sentence, f[2]) and not _signed_document(sentence, f[2])
             and not _signing_recalled_by_its_text(sentence, f[2])
             and (f[1] in (Relation.WITH, Relation.TOGETHER) or _someone_near(sentence, f[2]))
             and not (f[1] is Relation.RECEIVES and cues.RECEIVED_THING.match(sentence, f[2].end() + 1))
             and not (f[1] is Relation.RECEIVES and _RECEIVED_WORD.match(f[2].group(0))
                      and _THING_RECEIVED.search(sentence, max(0, f[0] - 40), f[0]))
             and not (f[1] is Relation.TOGETHER and _OWN_RANKS_GATHERED.match(sentence))
             and not _OWN_RANKS_MET.match(sentence, f[2].end())
             and not _NO_COUNTERPART_MET.match(sentence, f[2].end())
             and not _with_the_press(sentence, f[2])]  # fmt: skip
    if found and cues.OWN_CEREMONY.search(sentence):
        # at a service's own ceremony no one meets, but for talks held there with someone: "attended the
        # graduation ceremony in Kuala Lumpur and held a meeting with Malaysia's Inspector-General"
        found = [f for f in found if f[1] is Relation.WITH and _HELD_TALKS.match(f[2].group(0))]
    if not found or kinds.WELCOME_BY_EMBASSY.search(sentence):
        return None
    if len(found) > 1 and (journey := people.JOURNEY_OPENS.match(sentence)):
        # (nor the journey the sentence opens on, when an encounter follows it: « Au cours de sa visite officielle au
        # Qatar, X s'est entretenu avec Y » tells of a talk there, its visitor X)
        clause_end = sentence.find(",", journey.end())
        after = [f for f in found if f[0] > clause_end] if clause_end > 0 else []
        found = after or found
    _, relation, match = min(found, key=lambda item: item[0])
    return relation, match


def _joint_exchange(sentence: str, *, sides: bool = True) -> re.Match[str] | None:
    """The verb of an exchange whose subject is two people joined by "and": "The Inspector General,
    X, and the visiting Commissioner, Y, on Thursday reviewed …", « Le ministre, M. X, et son
    homologue, M. Y, ont fait le point mardi sur … » (each side of the "and" names someone of
    another side: two services, « la police et la gendarmerie ont examiné », are no encounter). Told
    again after the encounter, by the two who met, its ``sides`` need not be shown again. (A sentence
    with no "and" or no exchange verb is spared the search: most sentences, and a match tried at the
    start of each was a fiftieth of the pipeline's time.)"""
    lowered = caseless(sentence)
    if _JOINT_SUBJECT.spares(lowered) or _EXCHANGE_VERB.spares(lowered):
        return None
    joint = _JOINT_SUBJECT.pattern.match(sentence)
    if joint is None or not _both_name_someone(joint):
        return None
    # (of two sides: not a minister and his own police chief, « Le ministre …, M. X, et le directeur de la police,
    # M. Y, ont examiné le bilan du mois »)
    return (
        _EXCHANGE_VERB.pattern.match(sentence, joint.end())
        if not sides or _of_two_sides(sentence, joint)
        else None
    )


def _of_two_sides(sentence: str, sides: re.Match[str]) -> bool:
    """Whether the groups ``first`` and ``second`` name people or forces of two sides: of two parties, or the
    second named as the other side ("his counterpart", « l'ambassadeur ») or as an international
    body (« l'Office des Nations unies contre la drogue et le crime, représenté par … »)."""
    named = sentence[sides.start("first") : sides.end("second")]
    return (
        _COUNTERPART.search(sides["second"]) is not None
        or any(m.organisation for m in places.mentions(sides["second"]))
        or len({p.party for p in people.find(named, set())}) >= 2
        # (or the forces of two countries: "between the Ghana Police Service and the Togolese Police")
        or len(set(_ordered_countries(named, forces=True))) >= 2
        # (or one office in the plural over both names: "between Interior Ministers A and B", « entre les ministres de
        # l'Intérieur A et B »: two holders of one office are two sides)
        or _SHARED_OFFICE.match(sides["first"]) is not None
    )


#: An office in the plural opening the first of two sides, so that it covers both names after it.
_SHARED_OFFICE = regexes.compile(
    r"(?:the |les )?(?:[\w'’-]+ ){0,2}?(?:ministers|ministres|inspectors[ -]general|inspecteurs généraux|chiefs|chefs|"
    r"directors[ -]general|directeurs généraux|commissioners|commissaires)\b(?: (?:de |d'|of |of the |du |de la |de l')?"
    r"(?:[\w'’-]+ ){0,2}?)?(?-i:[A-Z])[\w'’-]+ (?-i:[A-Z])",
    re.IGNORECASE,
)


#: The other side named as such: "his counterpart", « son homologue », "the visiting …", « l'ambassadeur ».
_COUNTERPART = regexes.compile(
    r"\b(?:counterparts?|homologues?|visiting|en visite|de passage|ambassad\w+|envoy|envoyée?|consul\w*|"
    r"high commissioner|haut-commissaire)\b",
    re.IGNORECASE,
)


def _encounter_heading(sentence: str) -> re.Match[str] | None:
    """The noun of a verbless sentence that heads the whole encounter, each of its two sides
    naming someone of another side: « Séance de travail, mercredi à Rabat, entre le Directeur général …, M. X, et
    le chef …, M. Y, consacrée à … », "Meeting between the Inspector General, Mr X, and …", «
    Signature, jeudi, d'un protocole entre le ministère, représenté par X, et …» (not what talks
    between two delegations covered, told after the encounter: "Talks between the two delegations
    focused on …")."""
    heading = _HEADING.match(sentence)
    if (
        heading is None
        or not (_both_name_someone(heading) or _both_name_a_body(heading))
        or not (_of_two_sides(sentence, heading) or _one_side_of_a_country(heading))
        or _AFTERMATH_VERB.search(sentence, heading.end())
    ):
        return None
    return heading


def _encounter_between(sentence: str) -> re.Match[str] | None:
    """The noun of an encounter inside a sentence about what came of it, its two sides after « entre » / "between",
    each naming someone of another side: "Border security dominated the meeting, on Tuesday in Nairobi, between
    Commissioner A and his Ugandan counterpart, B", « L'accord est le fruit de la rencontre, lundi à Lomé, entre le
    ministre A et son homologue B », « La rencontre, mardi, entre A et B a porté sur … » (not talks "between the two
    delegations", which name no one, nor two of one side)."""
    # (the pattern, led by look-behinds, is tried at every position: spared the sentences without its word)
    lowered = sentence.lower()
    if " between " not in lowered and " entre " not in lowered:
        return None
    between = _BETWEEN_INSIDE.search(sentence)
    if between is None or not _both_name_someone(between):
        return None
    return between if _of_two_sides(sentence, between) or _one_side_of_a_country(between) else None


#: An encounter's noun right after its article, its day and place in an aside, and its two sides after « entre » /
#: "between" (the article looked behind at, the sides ahead: the encounter is told by its noun alone, whose verb of
#: occurrence gives its tense: « Une séance de travail entre A et B se tiendra lundi »).
_BETWEEN_INSIDE = regexes.compile(
    r"(?:(?<=\bthe )|(?<=\ba )|(?<=\bla )|(?<=\ble )|(?<=\bl')|(?<=\bl’)|(?<=\bune )|(?<=\bun ))"
    r"(?:meeting|talks|discussions|rencontre|réunion|séance de travail|"
    r"entretiens?|tête-à-tête)\b(?=(?:,? [^,;.]{2,40},)? (?:(?:held |tenue? )?(?:on|in|at|à|le|ce) [^,;.]{2,30}? )?"
    r"(?:entre|between) (?P<first>[^;]{3,200}?),? (?:et|and) (?P<second>[^;]{3,200}))",
    re.IGNORECASE,
)


def _one_side_of_a_country(sides: re.Match[str]) -> bool:
    """Whether one of the groups ``first`` and ``second`` of a heading names a country and the other none: the
    other is the publisher's own, a heading's way of naming the home side (« Séance de travail entre la police
    nationale et la police fédérale belge », "Meeting between the Home Secretary and the French Interior
    Minister"). A heading says "between": its two sides are two, which a sentence's "A and B" is not."""
    first, second = (_ordered_countries(sides[side], forces=True) for side in ("first", "second"))
    return bool(first) != bool(second)


def _both_name_someone(sides: re.Match[str]) -> bool:
    """Whether the groups ``first`` and ``second`` each name someone who can meet."""
    return all(cues.PERSON.search(sides[side]) or _names_someone(sides[side]) for side in ("first", "second"))


def _both_name_a_body(sides: re.Match[str]) -> bool:
    """Whether the groups ``first`` and ``second`` each name a body that can meet, a force, an
    international organisation or a country: a heading names the sides so (« Séance de travail entre la police
    guinéenne et EUROPOL », « Entretiens sécuritaires entre le Maroc et l'Espagne »), the people in the text under
    it, or nowhere."""
    return all(
        cues.ACTOR.search(sides[side])
        or any(m.organisation or m.country for m in places.mentions(sides[side]))
        for side in ("first", "second")
    )


#: A word that ends a subject before its verb could: a relative pronoun, a verb, a preposition of a
#: clause ("Police arrested X and Y, who discussed …", « X, qui a reçu Y et Z, … »).
_NOT_IN_A_SUBJECT = (
    r"(?:(?!\b(?:who|which|whom|whose|that|qui|que|dont|lequel|laquelle|said|says|has|have|had|was|were|is|are|"
    r"est|sont|ont|after|before|when|while|après|avant|lors|during|with|avec)\b)[^;])"
)

#: A noun of encounter opening a sentence, its day and place, and the two sides after « entre » / "between".
_HEADING = regexes.compile(
    r"\s*(?:séance de travail|séance|entretiens?|réunion|rencontre|audience|tête-à-tête|concertation|signature|"
    r"meeting|talks|working session|bilateral meeting|discussions|signing)\b(?=[^;]{0,120}?\b(?:entre|between) "
    r"(?P<first>[^;]{3,200}?),? (?:et|and) (?P<second>[^;]{3,200}))",
    re.IGNORECASE,
)

#: What the talks covered, told after them: "focused on", « ont porté sur ».
_AFTERMATH_VERB = regexes.compile(
    r"\b(?:focused|focussed|centred|centered|dwelt|covered|revolved|touched|ont porté|a porté|ont été axée?s|"
    r"se sont (?:focalisée?s|concentrée?s|articulée?s)|ont tourné)\b",
    re.IGNORECASE,
)

#: The verbs of an exchange of views, in the past: what two sides do together when they meet.
_EXCHANGE = (
    r"(?:(?:ont|have) )?(?:\w+ )?(?:discussed|reviewed|examined|explored|assessed|evaluated|took stock|agreed|"
    r"exchanged (?:views|notes|ideas)|deliberated|looked (?:at|into)|compared notes|conferred|discuté|examiné|évoqué|"
    r"passé en revue|fait le (?:point|bilan)|dressé le bilan|abordé|échangé|étudié|analysé|évalué|exploré|convenu|"
    r"débattu|planché|réfléchi|"
    # (or did together what two sides do: "A and B on Tuesday inspected joint border posts", « ont inauguré un poste »)
    r"inspected|inaugurated|launched|commissioned|inspecté|inauguré|lancé)\b"
)
_EXCHANGE_VERB = Screened(_EXCHANGE, re.IGNORECASE)

#: Two subjects joined by "and" at the opening of a sentence, the day or place that may follow them,
#: up to the exchange verb (:data:`_EXCHANGE`).
_JOINT_SUBJECT = Screened(
    rf"\s*(?P<first>{_NOT_IN_A_SUBJECT}{{3,200}}?),? (?:and|et) (?P<second>{_NOT_IN_A_SUBJECT}{{3,200}}?),? "
    r"(?:(?:on |this |last |ce |le )?(?:mon|tues|wednes|thurs|fri|satur|sun)day |(?:ce )?(?:lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche) |yesterday |today |hier |jointly |also |conjointement |(?:in|à) (?-i:[A-Z])[\w'’-]+,? ){0,3}"
    rf"(?={_EXCHANGE})",
    re.IGNORECASE,
)


def _unscheduled_signing(sentence: str, cue: re.Match[str]) -> bool:
    """Whether the cue is a signing told in the passive future with no day and no one named: "An MoU
    will be signed between the two police services to …", « Un accord sera signé entre les deux pays »."""
    return (
        _FUTURE_PASSIVE.search(sentence, max(0, cue.start() - 30), cue.start()) is not None
        and cues.SIGNING.search(cue.group(0)) is not None
        and not _dates(sentence)
        and not _names_someone(sentence)
    )


#: A passive future right before a participle: "will be", "is to be", « sera », « seront ».
_FUTURE_PASSIVE = regexes.compile(
    r"\b(?:will|shall|would|is to|are to|is due to|are due to|is expected to|are expected to) be\s+$|"
    r"\b(?:sera|seront|serait|seraient|devrait être|devraient être|doit être|doivent être)\s+$",
    re.IGNORECASE,
)


#: A thing received, named right before the participle: "read a letter received by her office from the
#: Secretary General", « le rapport reçu par le ministre ».
#: A gathering named as what the police secure, right before its noun: "will be policing the forthcoming Africa
#: Agribusiness Summit", « assurera la sécurisation du sommet de l'Union africaine » (an event secured, not attended).
_SECURED_EVENT = regexes.compile(
    r"\b(?:policing|to police|will police|secure|securing|security (?:for|of|at|during)|sécuris(?:er|era|eront|ation (?:de|du|des))|"
    r"sécurité (?:de|du|des))\s+(?:the |la |le |l'|les )?(?:(?!with\b|avec\b)\S+ ){0,6}?$",
    re.IGNORECASE,
)
#: The participle a thing received is told with, the one cue the thing before it can own ("a letter received
#: by"), not a courtesy call the words before only precede ("made the request during a courtesy call of").
_RECEIVED_WORD = regexes.compile(r"(?:received|recieved|reçue?s?)\b", re.IGNORECASE)
_THING_RECEIVED = regexes.compile(
    r"\b(?:letters?|messages?|reports?|requests?|invitations?|complaints?|notes?|lettres?|courriers?|rapports?|"
    r"demandes?|plaintes?)(?: \w+)? $",
    re.IGNORECASE,
)


#: A force's own officers gathered, counted and from nowhere else: "Some 450 inspectors, superintendents and
#: other senior officers gathered … for a working session led by the Commissioner" (not "40 officers from
#: Kenya and Uganda gathered", « 60 officiers des deux pays », "30 officers met their counterparts").
_OWN_RANKS_GATHERED = regexes.compile(
    r"\s*(?:(?:some|around|about|over|nearly|more than|près de|quelque|environ|plus de) )?\d[\d,. ]*\s+"
    r"(?:(?!from\b|of both\b|of the two\b|des deux\b|venus\b|de part\b)[\w-]+,?\s+){0,6}?"
    r"(?:officers|inspectors|superintendents|constables|policemen|gendarmes|policiers|officiers|agents|cadres)\b"
    r"(?![^.;]*\b(?:from|of both|of the two|des deux|venus|counterparts|homologues|delegations?|délégations?)\b)",
    re.IGNORECASE,
)


#: A force's own commanders of every region, met by their chief: "held a meeting with all state commissioners of
#: police", « s'est entretenu avec l'ensemble des directeurs régionaux » (not "all the regional commanders of the
#: two forces", nor a gathering of chiefs of many forces: "met all the chiefs of police of the region").
_OWN_RANKS_MET = regexes.compile(
    r"\s*(?:with |avec )?(?:all (?:the |his |her )?|(?:tous|toutes) (?:les|ses) |l'ensemble (?:des|de ses) )"
    r"(?:(?:state|zonal|regional|divisional|provincial|district|area|county|departmental) (?:police )?(?:commissioners|"
    r"commanders|heads|chiefs|directors)|(?:commandants|directeurs|chefs|responsables|commissaires) (?:\w+ ){0,2}?"
    r"(?:régionaux|départementaux|provinciaux|de (?:région|zone|district)s?))\b"
    r"(?![^.;]*\b(?:from|of both|of the two|des deux|venus|counterparts|homologues|delegations?|délégations?)\b)",
    re.IGNORECASE,
)


#: Who is no counterpart, right after the verb: the public ("met market traders", « a rencontré mardi les commerçants
#: du grand marché », "met the families of the victims") or a scene ("visited the scene of the attack", « s'est rendu
#: sur les lieux de l'attaque »); not when a counterpart or a delegation is named in the sentence too.
_NO_COUNTERPART_MET = regexes.compile(
    r"\s*(?:with |avec )?(?:\S+ ){0,3}?(?:(?:traders|merchants|vendors|residents|villagers|families|victims|students|pupils|"
    r"youths|farmers|herders|commuters|worshippers|commerçants|marchands|habitants|riverains|familles|victimes|élèves|"
    r"étudiants|jeunes|populations|agriculteurs|éleveurs|fidèles)\b|the scene\b|(?:sur )?les lieux (?:de|du|des)\b)"
    r"(?![^.;]*\b(?:counterparts?|homologues?|delegations?|délégations?|ambassad\w+)\b)",
    re.IGNORECASE,
)


#: One's own periodic review, given to the press: « sa conférence de sécurité trimestrielle », "his press conference".
_OWN_REVIEW = regexes.compile(
    r"\b(?:sa|son|leur|his|her|their) (?:\w+ )?(?:conférence de (?:sécurité|presse)|press conference)\b",
    re.IGNORECASE,
)

#: A press conference not said to be joint: « ont tenu une conférence de presse lundi » (a word to the press, not
#: an encounter; "a joint press conference" is two sides'). Screened: it leads with a lookbehind, which kept the engine
#: from skipping to its words, and was tried at every character of every sentence with a cue of encounter.
_PRESS_CONFERENCE = Screened(
    r"(?<!joint )(?:conférence de presse|point de presse|press (?:conference|briefing))(?! (?:conjointe|commune)\b)",
    re.IGNORECASE,
)


def _with_the_press(sentence: str, cue: re.Match[str]) -> bool:
    """Whether the one the cue's exchange is with is the press: "discussed the situation with
    journalists", « a échangé mardi avec la presse sur … », "met journalists on Tuesday" (a word to
    the press, no encounter)."""
    press = _WITH_THE_PRESS.search(sentence, cue.start(), cue.end() + 40)
    return press is not None and press.start() <= cue.end()


#: The press after "with", or met: "with journalists", « avec la presse », "met reporters".
_WITH_THE_PRESS = regexes.compile(
    r"\b(?:with|avec|met|meets|rencontré|rencontre) (?:the |les |la |des |local |foreign )?(?:journalists|reporters|newsmen|pressmen|press|media|"
    r"journalistes|presse|médias|hommes (?:et femmes )?de médias)\b",
    re.IGNORECASE,
)


#: London's Metropolitan Police by its short name, which the verb "met" is not: "the Met Police", "the Met's
#: Commissioner", "Met Commissioner X".
_THE_MET = regexes.compile(r"Met(?:'s|’s)? (?:Police|Commissioner|Office|officers)\b")


#: Taking part, with nothing said of what in: "took part", « ont pris part ».
_TOOK_PART = regexes.compile(
    r"(?:took part|take part|participated|(?:a|ont) (?:pris part|participé))", re.IGNORECASE
)


#: A training course, right after a verb of taking part: " in the training", " à la formation".
_IN_TRAINING = regexes.compile(
    r"\s+(?:in|at|à) (?:the|this|a|an|la|cette|une) (?:[\w-]+ ){0,2}?(?:training|course|formation|stage)s?\b",
    re.IGNORECASE,
)


#: Nothing after a verb but the end of its clause.
_NOTHING_AFTER = regexes.compile(r"\s*(?:[.;]|$)")


#: Talks held with someone, named as such.
_HELD_TALKS = regexes.compile(
    r"(?:held|had|holds|has) (?:a |an )?(?:\S+ ){0,2}?(?:meeting|talks|discussions)", re.IGNORECASE
)


#: The encounter verbs, whose anchors are tested for all at once.
_MEETING_VERBS = AnchoredCues([cue for cue, _ in cues.MEETING_VERBS])


def _someone_near(sentence: str, cue: re.Match[str]) -> bool:
    """Whether someone who can meet is within a few words of the encounter word
    ("information received through Europol" names no one), or is its subject by his office's acronym alone."""
    before = " ".join(sentence[: cue.start()].split()[-12:])
    after = " ".join(sentence[cue.end() :].split()[:12])
    return any(cues.PERSON.search(part) or _names_someone(part) for part in (before, after)) or (
        _OFFICE_ACRONYM.search(sentence, 0, cue.start()) is not None
    )


#: A subject that is an office's acronym alone, as headlines and captions write it: « Le DGSN reçoit l'ambassadeur du
#: Japon », "IGP receives …", "The DG met …" (in capitals, two to six letters, the person named later or not at all).
_OFFICE_ACRONYM = regexes.compile(r"^\s*(?:(?i:the|le) )?[A-Z]{2,6}\s*$")


def _signed_document(sentence: str, cue: re.Match[str]) -> bool:
    """Whether the cue is the signature of a statement or of an act of administration, not
    of an agreement: "a statement signed by the Director of Public Affairs said ...", "has
    signed a general order posting 140 constables"."""
    if cues.SIGNING.search(cue.group(0)) is None:
        return False
    if _SIGNED_ACT.match(sentence, cue.end()):
        return True
    window = sentence[max(0, cue.start() - 60) : cue.end()]
    # "a joint communiqué was signed by the two police heads" is signed between sides
    return cues.SIGNED_DOCUMENT.search(window) is not None and not _JOINT.search(window)


def _signing_recalled_by_its_text(sentence: str, cue: re.Match[str]) -> bool:
    """Whether the cue is the participle of an agreement whose ratification, approval, publication, coming into force or
    implementation the sentence tells: the signing is that text's past, the news is what became of it (a page about an agreement, not
    about a meeting)."""
    if _SIGNED_PARTICIPLE.fullmatch(cue.group(0)) is None:
        return False
    window = max(0, cue.start() - 250)
    return (
        _TEXT_COMING_INTO_EFFECT.search(sentence, window, cue.start()) is not None
        or _TEXT_IMPLEMENTED.search(sentence, window, cue.start()) is not None
    )


#: A signing's participle: "signed", « signé », « signée ».
_SIGNED_PARTICIPLE = regexes.compile(r"signed|sign[ée]e?s?", re.IGNORECASE)

#: What becomes of an agreement once signed, and the agreement after it, up to the end of the window: "the ratification
#: of the agreement on police cooperation between Peru and Chile, ", « l'entrée en vigueur de la convention … , ».
_TEXT_COMING_INTO_EFFECT = regexes.compile(
    r"\b(?:ratif\w*|approv\w*|approbation|authoris\w*|authoriz\w*|autoris\w*|publication|published|publi[ée]e?s?|"
    r"promulgat\w*|promulgu\w*|entry into force|entered into force|entrée en vigueur|entrée?s? en vigueur)\b"
    r"[^.;]{0,40}?\b(?:agreements?|treaty|treaties|conventions?|memorand(?:um|a)|protocols?|accords?|protocoles?|"
    r"mémorandums?|traités?|ententes?)\b[^.;]*$",
    re.IGNORECASE,
)


#: An agreement whose carrying out is discussed, its participle right after it: "discussed the implementation of the
#: provisions of the agreement signed between the Armenian police and Europol", « la mise en œuvre de l'accord signé
#: en 2019 » (that signing is the agreement's past; not "the implementation of the agreement and signed a protocol").
_TEXT_IMPLEMENTED = regexes.compile(
    r"\b(?:implement\w*|mise en (?:œuvre|oeuvre)|application|provisions of|dispositions d[eu])\b[^.;]{0,40}?"
    r"\b(?:agreements?|treaty|treaties|conventions?|memorand(?:um|a)|protocols?|accords?|protocoles?|mémorandums?|"
    r"traités?|ententes?|arrangements?)\b\s+(?:(?!and\b|et\b)\S+\s+){0,2}?$",
    re.IGNORECASE,
)


#: An act of administration signed by its author alone, right after the verb: "has signed a
#: general order posting 140 constables", « a signé une note de service portant redéploiement »,
#: « a signé un arrêté », "signed the decree". No encounter.
_SIGNED_ACT = regexes.compile(
    r"\s+(?:\S+\s+){0,5}?(?:general orders?|standing orders?|orders? posting|posting orders?|directives?|decrees?|"
    r"circulars?|memos?|memorand(?:a|um) (?:posting|on the (?:posting|transfer|deployment))|notes? de service|"
    r"ordres? de service|décisions? (?:portant|de mutation|d'affectation|mutant|affectant|nommant)|arrêtés?|décrets?|"
    r"circulaires?|instructions? (?:portant|relatives?)|transfer orders?|appointment letters?)\b",
    re.IGNORECASE,
)


_JOINT = regexes.compile(r"\b(?:joint|conjointe?|commune?)\b", re.IGNORECASE)


def _planned(sentence: str, cue: re.Match[str]) -> bool:
    """An encounter that a commitment plans ("agreed that a delegation would travel
    to Madrid") is an outcome of the meeting, not a meeting; one only expected ("is expected to hold talks
    with") is the encounter announced."""
    commitment = outcomes.commitment(sentence)
    return (
        commitment is not None
        and commitment.start() < cue.start()
        # (not the encounter itself expected: "is expected to hold talks with")
        and not cues.ENCOUNTER_EXPECTED.match(sentence, commitment.start())
        and not _FRAME_BEFORE.search(sentence, max(0, cue.start() - 60), cue.start())
        and not _AFTER_IT.match(cue.group(0))
        and not _OWN_GATHERING.match(sentence, cue.start())
    )


#: A body's own gathering announced: "will hold their annual meeting this week in Koror" (what its
#: members do, not what a meeting agreed on).
_OWN_GATHERING = regexes.compile(
    r"(?:will|to) (?:hold|host|convene) (?:their|its) (?:\S+ ){0,2}?(?:meeting|conference|summit|session|assembly)\b",
    re.IGNORECASE,
)


#: An encounter named as what the commitment followed: "committed to sharing data, following a
#: working meeting at …", « à l'issue d'une séance de travail tenue … » (the meeting itself).
_AFTER_IT = regexes.compile(
    r"\b(?:following|after|during|at the|à l'issue|a l'issue|au terme d|lors d|au cours d|à l'occasion d)\b",
    re.IGNORECASE,
)


#: The encounter as the frame of what was agreed: "agreed to deepen their cooperation at the
#: ninth tripartite meeting that ended ...", « ont convenu … lors de la réunion qui s'est tenue »; or
#: the meeting's people as the frame: "agreed to share data as their home secretaries concluded talks".
_FRAME_BEFORE = regexes.compile(
    r"\b(?:at|during|in the course of|as|when|lors d['eu]|au cours d['eu]|à l'issue d['eu]) ?(?:the|a|their|la|une|leur|cette|l')\s*(?:[\w-]+ ){0,3}$",
    re.IGNORECASE,
)


def _signed_by_organisations(sentence: str) -> bool:
    """Whether agencies or countries sign with no person named: "Europol and the CBI
    signed ...", « L'État du Qatar et la France ont signé ... » (two countries or more)."""
    if not cues.SIGNING.search(sentence):
        return False
    mentions = places.mentions(sentence)
    return any(m.organisation for m in mentions) or len({m.country for m in mentions if m.country}) >= 2


def _two_sides_named(sentence: str) -> bool:
    """Whether two countries or organisations, joined by "and", are named as those who
    meet: "India and Bangladesh held talks", « La Tunisie et l'Algérie ont tenu ... » (not
    after a preposition: "the border between Malaysia and Indonesia" names a place)."""
    return any(
        (pair.group("join") in _TIGHT_JOINS or not _BEFORE_A_PLACE.search(sentence, 0, pair.start()))
        and _a_side(pair.group("first"))
        and (
            _a_side(pair.group("second"))
            # (joined by a dash or a slash, the second side may open the body's name: "the Botswana–Namibia Joint
            # Permanent Commission", "the Botswana/Namibia Joint Permanent Commission")
            or (pair.group("join") in _TIGHT_JOINS and _a_side(pair.group("second").split(" ", 1)[0]))
        )
        for pair in _TWO_NAMED.finditer(sentence)
    )


def _dashed_sides(sentence: str) -> set[str]:
    """The two countries a dash or a slash joins: "the Botswana–Namibia Joint Permanent
    Commission", "a Sri Lanka-Maldives meeting", "the Botswana/Namibia Joint Permanent Commission"."""
    found: set[str] = set()
    if not _DASH_BEFORE_A_NAME.search(sentence):
        return found  # (most sentences: the pairs joined by "and" are not looked for)
    for pair in _TWO_NAMED.finditer(sentence):
        if pair["join"] not in _TIGHT_JOINS:
            continue
        first = places.exact_country(pair["first"])
        second = places.exact_country(pair["second"]) or places.exact_country(pair["second"].split(" ", 1)[0])
        if first and second and first != second:
            found |= {first, second}
    return found


#: The marks that join two names with no space, as two sides of one body: "Botswana–Namibia", "Botswana/Namibia".
_TIGHT_JOINS = "-–/"

#: A dash or a slash before a capital, as :data:`_TWO_NAMED` joins two names with one.
_DASH_BEFORE_A_NAME = regexes.compile(r"[-–/](?:(?:the|le|la|les) |l['’])?[A-ZÀ-Ý]")


def _a_side(words: str) -> bool:
    """Whether words name a country or an organisation."""
    return bool(places.exact_country(words) or places.organisation(words))


#: The word before two sides that makes them a place or a topic, not those who meet.
_BEFORE_A_PLACE = regexes.compile(
    r"\b(?:between|entre|of|de|du|des|with|avec|in|à|au|aux|en|to|from|across|along|on|sur|by|par)\s+$",
    re.IGNORECASE,
)


#: Two names joined by "and", or by a hyphen ("a Sri Lanka-Maldives meeting"): the sides of
#: :func:`_two_sides_named`.
_TWO_NAMED = regexes.compile(
    r"(?<![\w'’-])(?:(?:the|le|la|les) |l['’])?(?P<first>[A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*){0,2})(?P<join> (?:and|et) |[-–/])"
    r"(?:(?:the|le|la|les) |l['’])?(?P<second>[A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*){0,2})(?![\w'’-])"
)


def _organisation_gathers(sentence: str) -> bool:
    """Whether a meeting of an organisation of several countries, or of two countries' joint
    body, is said to take place with no person named: « Les travaux de la 3e réunion du comité
    ad hoc sur AFRIPOL ont débuté mercredi à Alger », « Les travaux de la session de la
    commission mixte entre le Congo et la République centrafricaine se sont achevés »; or one
    of its bodies that met: « Le comité de direction de FRANCOPOL s'est réuni du 2 au 6 mars »."""
    told = cues.OCCURRED.search(sentence) is not None and cues.ENCOUNTER_NOUN.search(sentence) is not None
    if not told and _BODY_MET.search(sentence) is None:
        return False
    if any(_international(m) for m in places.mentions(sentence)):
        return True
    body = _BODY_BETWEEN.search(sentence) if told else None
    sides = places.mentions(sentence[body.end() : body.end() + 120]) if body else ()
    return len({m.country for m in sides if m.country}) >= 2


#: A body that met, told by its verb: « Le comité exécutif de X s'est réuni », "the Board of X convened".
_BODY_MET = regexes.compile(
    r"\b(?:comité|commission|conseil|bureau|committee|council|board)\b[^.;]{0,80}?"
    r"\b(?:s'est réunie?|se sont réunie?s|a siégé|ont siégé|met|convened)\b",
    re.IGNORECASE,
    branched,
)


#: A joint body of two countries named with them: « la commission mixte de sécurité entre le Congo
#: et la République centrafricaine », "the joint committee between Ghana and Togo".
_BODY_BETWEEN = regexes.compile(
    r"\b(?:commission|comité|committee|session|réunion|meeting|talks|rencontre)\b[^.;]{0,60}?\b(?:entre|between)\b",
    re.IGNORECASE,
)


def _names_someone(sentence: str) -> bool:
    return any(names.person_like(names.trim(m.group(0))) for m in names.capitalised_runs(sentence))


@cache  # a memo of one document (reader.read)
def _recalled(sentence: str) -> bool:
    """Whether a sentence tells an encounter only as background (« Pour rappel, X avait
    reçu en 2020 Y, alors directeur de la police en Mauritanie »): its place and day are
    not the meeting's, nor its people. What a speaker is quoted saying is not told as
    background ("X said: \"In 2018 we prepared a memorandum, which will be signed during your
    visit\""). An encounter said not to have happened, only missed or wished (:data:`cues.UNMET`), is told as
    background too. Remembered: the people of each meeting are read from the sentences around it."""
    unquoted = _unquoted(sentence)
    if cues.UNMET.search(unquoted):
        return True
    cue = _meeting_cue(unquoted)
    return cue is not None and _is_background(sentence, cue[1])


#: A visit named as the frame of what the sentence tells, right before its noun: « Le séjour du vice-ministre
#: s'inscrit dans le cadre de la visite de travail du ministre X », « Cette audience s'inscrivait dans le cadre de la
#: visite officielle du Premier ministre Y » (the visit is the setting of the stay or audience told before).
_FRAMING = regexes.compile(
    r"\bs'inscri(?:t|vait|vent|vaient) dans le cadre (?:de la|d'une)\s*$", re.IGNORECASE
)
#: The noun of such a visit, where the cue begins (not another frame: « dans le cadre de la signature d'une convention »).
_FRAMING_VISIT = regexes.compile(r"(?:visite|tournée)\b", re.IGNORECASE)


#: An encounter's noun owned by one side, as a recall names it ("his meeting with", « lors de sa rencontre avec »)…
_POSSESSED = regexes.compile(
    r"\b(?:his|her|their|sa|son|leur) (?:\S+ )?(?:meeting|talks|visit|call|rencontre|réunion|visite|entretien)s?\b",
    re.IGNORECASE,
)
#: … dated by a year inside the cue ("his 2019 meeting") or right after its object, before any comma ("with Indian
#: officials in 2019").
_A_YEAR = regexes.compile(r"\b(?:19|20)\d\d\b")
_ITS_YEAR = regexes.compile(r"[^,.;]{0,60}?\b(?:in|en|de) (?:19|20)\d\d\b", re.IGNORECASE)


#: The relative pronoun that opens an aside, right before a body's routine: "which meets every quarter".
_ASIDE_BEFORE = regexes.compile(r"\b(?:which|that|who|qui)\s+$", re.IGNORECASE)


def _is_background(sentence: str, cue: re.Match[str]) -> bool:
    """An encounter recalled, not reported: "lors de leur rencontre de 2019", « Pour
    rappel, X avait reçu en janvier 2020 ... » (a recall marker, whatever the date); or a body's
    routine told (:data:`cues.ROUTINE`); or
    counted in a year's tally (:data:`cues.YEAR_TALLY`); or a visit that frames what the
    sentence tells (:data:`_FRAMING`)."""
    if cues.RECALLED.search(sentence[: cue.end() + 20]):
        return True
    if (
        (routine := cues.ROUTINE.search(sentence)) is not None
        and routine.start() <= cue.start() < routine.end()
        # (not the habit told in an aside, the sitting after it: "The committee, which meets every quarter, met on Monday")
        and not _ASIDE_BEFORE.search(sentence, max(0, routine.start() - 8), routine.start())
    ):
        return True  # "The committee holds its meetings under …", « se réunit une fois par an »: how it works
    if _POSSESSED.search(cue[0]) and (_A_YEAR.search(cue[0]) or _ITS_YEAR.match(sentence, cue.end())):
        return True  # "agreed at his meeting with X in 2019", "during his 2019 meeting with": dated by its own year
    if _FRAMING_VISIT.match(sentence, cue.start()) and _FRAMING.search(
        sentence, max(0, cue.start() - 60), cue.start()
    ):
        return True
    if (earlier := cues.EARLIER_OF_SERIES.search(sentence)) is not None and earlier.start() <= cue.start():
        return (
            True  # "The first meeting took place in Guayaquil on Nov. 14, 2025": an earlier one of the series
        )
    if (tally := cues.YEAR_TALLY.search(sentence)) is not None and (
        # (the tally after the encounters it counts: "the service held 124 meetings with partners in the past year")
        tally.start() < cue.start() or _COUNTED.search(sentence, cue.start(), tally.start())
    ):
        # (not an encounter dated after it: "X, who visited twice during the past year, met Y on Monday")
        return not _dates(sentence[: cue.end() + 40])
    start = max(0, cue.start() - 80)
    window = sentence[start : cue.end() + 80]
    # (not the year of what the meeting plans: "met last week to set out how the two services will
    # keep cooperating in 2026")
    planned = cues.FUTURE.search(window, cue.end() - start)
    return (
        any(planned is None or b.start() < planned.start() for b in cues.BACKGROUND.finditer(window))
        # (a day of the saying that tells it makes it news: « X a déclaré mardi qu'il avait rencontré Y »; so does a day
        # in the encounter's own words, its object and place before any comma: "said he had conveyed the matter during
        # his meeting with the United States Ambassador to Malaysia X in Langkawi today, which …")
        and not _dates(sentence[: _own_words_end(sentence, cue.end())], said=True)
        and not _dated_by_its_clause(sentence, cue)
    )


#: Where an encounter's own words end after its cue: the first comma, semicolon or full stop (not an initial's: "Brian
#: D. McFeeters").
_CLAUSE_BREAK = regexes.compile(r"(?:[,;]|(?<!\b[A-Z])\.)(?:\s|$)")


#: A person's name in commas after his office: ", Karim Sawadogo Ilboudo," (two to five words, each capitalised).
_NAME_IN_COMMAS = regexes.compile(r", (?:[A-ZÀ-Ý][\w'’.-]*\s){1,4}[A-ZÀ-Ý][\w'’-]*(?=,)")


def _own_words_end(sentence: str, after: int) -> int:
    """Where the words that tell an encounter end: at least 40 characters past its cue, and as far as its clause goes
    within 120 ("with the United States Ambassador to Malaysia X in Langkawi today"), so that a day there is its own.
    The name of the one met, in commas, neither ends them nor counts in the 120: "said he had received the Minister
    of Security, Karim X, in Accra on Tuesday"."""
    end = _CLAUSE_BREAK.search(sentence, after)
    named = 0
    if end is not None and (name := _NAME_IN_COMMAS.match(sentence, end.start())) is not None:
        named = name.end() - name.start()
        end = _CLAUSE_BREAK.search(sentence, name.end() + 1)
    return max(after + 40, min(end.start() if end else len(sentence), after + 120 + named))


#: The clause that tells an encounter held, right after its noun and what qualifies it: « lors de la réunion de haut
#: niveau sur la sécurité, qui s'est tenue samedi à Tulcán », "during the border meeting, which took place on Friday".
_ITS_CLAUSE = regexes.compile(
    r",? (?:qui (?:s'est|se sont) (?:tenue?s?|d[ée]roul[ée]e?s?)|qui a eu lieu|(?:which|that) (?:was held|took place))\b",
    re.IGNORECASE,
)


def _dated_by_its_clause(sentence: str, cue: re.Match[str]) -> bool:
    """Whether the encounter's own relative clause, after the words that qualify its noun, dates it: the day
    told there is this encounter's, so it is reported, not recalled (« au cours de la réunion de » is also how a
    meeting of 2019 is recalled, and the day comes later than the words searched for one)."""
    clause = _ITS_CLAUSE.search(sentence, cue.end(), cue.end() + 120)
    return clause is not None and bool(_dates(sentence[clause.start() : clause.end() + 40]))


#: Encounters counted: "124 meetings", « douze réunions de travail » (a tally, not one encounter).
_COUNTED = regexes.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|several|numerous|deux|trois|"
    r"quatre|cinq|six|sept|huit|neuf|dix|onze|douze|plusieurs|de nombreuses|de nombreux) (?:[\w-]+ )?"
    r"(?:meetings|talks|visits|sessions|réunions|rencontres|visites|séances|entretiens|audiences)\b",
    re.IGNORECASE,
)


@cache  # a memo of one document (reader.read)
def _dates(sentence: str, restated: bool = False, said: bool = False) -> list[tuple[int, int, str]]:
    """Date phrases that can date an encounter: not a bare year, nor the day of the
    statement that closes a sentence ("…, the Ministry of Interior said on Friday.",
    « …, a indiqué vendredi le ministère »): the day it was said, not the day of what it says;
    nor, unless ``said`` is asked for, the day of a saying before the words said ("X said on Tuesday that she had
    met Y"); nor, unless ``restated`` is asked for, a relative day that a full date says again."""
    return [
        phrase
        for phrase, of_a_saying, said_again in _date_phrases(sentence)
        if (said or not of_a_saying) and (restated or not said_again)
    ]


@cache  # a memo of one document (reader.read)
def _date_phrases(sentence: str) -> tuple[tuple[tuple[int, int, str], bool, bool], ...]:
    """The date phrases of :func:`_dates` however it is asked, each with whether it is the day of a saying before
    the words said and whether a full date says it again (what ``said`` and ``restated`` let through): a sentence
    is asked for them several ways (its encounter's day, the days it names, a background's), and each way had
    every phrase tested anew."""
    found = dates.find_phrases(sentence)
    stops = kinds.earlier_stops(sentence) if found else ()
    return tuple(
        (
            p,
            # the day of a saying whose words follow, that tell the encounter: "X said on Tuesday that she had met Y",
            # « X a déclaré mardi qu'il avait rencontré Y »
            bool(_SAYING_BEFORE.search(sentence, 0, p[0]) and _WORDS_AFTER.match(sentence, p[1])),
            # a relative day that the full date right after it says again: "today Tuesday January 17, 2023",
            # « samedi en fin d'après-midi, 15 août 2020 »
            i + 1 < len(found)
            and (
                found[i + 1][0] - p[1] <= 2
                or _SAID_AGAIN.fullmatch(sentence, p[1], found[i + 1][0]) is not None
            )
            and not any(c.isdigit() for c in p[2])
            and any(c.isdigit() for c in found[i + 1][2]),
        )
        for i, p in enumerate(found)
        if not re.fullmatch(r"\d{4}", p[2])
        and not (
            _SAID_BEFORE.search(sentence, 0, p[0])
            and _SAID_AFTER.fullmatch(sentence, p[1])
            # (unless what is said is under way as it is said: "X is paying a visit …, the ministry reported on
            # Wednesday")
            and not _UNDER_WAY_AS_SAID.search(sentence, 0, p[0])
        )
        and not _UNTIL.search(sentence, 0, p[0])  # "will continue till Wednesday": its last day
        # (nor the day someone took up office, told of in passing: "the new commissioner-general who took office on
        # October 1, welcomed …", « qui a pris ses fonctions le 2 mai »)
        and not _OFFICE_TAKEN.search(sentence, max(0, p[0] - 80), p[0])
        # (nor the day of the statement that tells it: "In a statement Thursday, the PNP said Cruz is heading …")
        and not _STATEMENT_OF.search(sentence, 0, p[0])
        # (nor the day of an earlier stop of a tour: « après sa visite à Londres hier, … était aujourd'hui à Paris »)
        and not any(p[0] in stop for stop in stops)
        # (nor an issuing dateline's: "10 June 2024, Gaborone, Botswana: SADC will hold … on 13-14 June")
        and not (p[0] <= 1 and _DATED_DATELINE.match(sentence, p[1]))
        # (nor a release's date line before a dash, when the sentence dates the event: "Thursday, October 8,
        # 2026 – The Twelfth Meeting … was held … on 5-6 October 2026")
        and not (p[0] <= 1 and len(found) > 1 and _DASH_AFTER.match(sentence, p[1]))
        # (nor a dateline's day that the sentence says again more fully: « Dakar, 24 mai (APS)- Le ministre a
        # présidé ce dimanche 24 mai 2026 … »: the year is the later phrase's)
        and not (p[0] < 40 and any(p[2] in later[2] and p[2] != later[2] for later in found[i + 1 :]))
    )


#: A statement named right before its day: "In a statement Thursday", "in a press release on Monday", "…, according
#: to an official statement on March 27", « dans un communiqué publié mardi »; and the source a sentence opens on, with
#: the day it told (no comma between): "According to the Korean National Police Agency on Wednesday, X met Y … on
#: Tuesday".
_STATEMENT_OF = regexes.compile(
    r"\b(?:in|via|according to) (?:a|an|its|their|his|her|the) (?:[\w-]+ )?(?:statement|press release|release|communiqué)"
    r"(?:\s+(?:issued |released |published )?on)?\s+$"
    r"|^\s*(?:according to|selon|d'après) [^,;]{2,80}?\s+(?:on\s+)?$"
    r"|\bdans (?:un|son|leur) communiqué(?: (?:publié|diffusé|rendu public))?(?:\s+(?:le|ce))?\s+$",
    re.IGNORECASE,
)


#: What may come between a day and the full date that says it again: a comma, a time of the day.
_SAID_AGAIN = regexes.compile(
    r"[\s,]*(?:(?:en (?:fin de |début de |fin d'|début d')?|dans l[a']\s?|in the |at )"
    r"(?:matinée|matin|après-midi|soirée|soir|journée|morning|afternoon|evening)[\s,]*)?"
)


#: A statement's verb right before its day, and what may close the sentence after it: its
#: subject, in French (« a indiqué vendredi le ministère de l'Intérieur »).
_SAID_BEFORE = regexes.compile(
    r",\s+(?:[^,;]{2,80}\s)?(?:said|announced|stated|added|confirmed|reported|(?:a|ont) (?:indiqué|annoncé|déclaré|précisé|"
    r"affirmé|ajouté|confirmé))(?:\s+on)?\s+$"
)


_SAID_AFTER = regexes.compile(r"(?:\s+(?:le|la|l'|les)\s[^,;.]{2,60})?\s*[.!]?\s*")


#: A saying's verb right before its day: "said on", "told reporters on", « a déclaré », « a fait savoir ».
_SAYING_BEFORE = regexes.compile(
    r"\b(?:said|says|stated|declared|announced|revealed|disclosed|told (?:\w+ ){0,2}?\w+|"
    r"(?:a|ont) (?:indiqué|annoncé|déclaré|précisé|affirmé|révélé|expliqué|fait savoir))(?:\s+on)?\s+$"
)


#: The words said, right after the saying's day: "that", « que », « qu' ».
_WORDS_AFTER = regexes.compile(r",?\s*(?:that\b|que\b|qu['’])")


#: An encounter told in the present progressive: under way on the day it is said to be.
_UNDER_WAY_AS_SAID = regexes.compile(
    r"\b(?:is|are) (?:currently )?(?:paying|visiting|holding|hosting|attending|meeting)\b"
)


#: The place and colon after a date that opens a sentence: an issuing dateline.
_DATED_DATELINE = regexes.compile(r",\s*[A-Z][\w'’ .-]{1,40}?(?:,\s*[A-Z][\w'’ .-]{1,40}?)?\s*[:–—]\s")


#: The dash that closes a date line opening a sentence.
_DASH_AFTER = regexes.compile(r"\s*[-–—]\s")


#: A clause telling when someone took up office, right before its day: "who took office on", "who was sworn in
#: on", « qui a pris ses fonctions le », « depuis sa nomination le ».
_OFFICE_TAKEN = regexes.compile(
    r"\b(?:who|since (?:he|she)|after (?:he|she)) (?:had |has )?(?:took|taken|assumed|was (?:appointed|sworn in|installed|"
    r"named|elected)|(?:had |has )?been (?:appointed|sworn in|installed|named|elected))(?: (?:up )?(?:office|duty|"
    r"(?:his|her|the) (?:post|position|duties|functions|command)))?(?: as [^,;.]{1,40})?\s+(?:on\s+)?$"
    r"|\bqui a (?:pris ses fonctions|été (?:nommée?|installée?|élue?|investie?)(?: [^,;.]{1,40})?)(?:\s+(?:le|ce))?\s+$"
    r"|\bdepuis (?:sa|son) (?:prise de fonctions?|nomination|installation|investiture)(?:\s+(?:le|ce))?\s+$",
    re.IGNORECASE,
)


#: The word that makes the day after it a last day.
_UNTIL = regexes.compile(r"\b(?:until|till|jusqu['’](?:à|au))\s+$", re.IGNORECASE)


def _government_site(source: Source) -> str | None:
    """The country whose government published the page, by its site's address in the credit or the page's."""
    return places.government_site(source.source or "") or places.government_site(source.url or "")


def _home_country(source: Source) -> str | None:
    """The publisher's country: a government's site's (a ministry's page tells its minister's
    visit abroad under the dateline of where he is: « Madrid : le ministre … »), else the
    dateline's city's, else the news agency's credited whole or in part ("African Manager
    (TAP)"), else the one country the credit names ("New Zealand Police", "Ministère de
    l'Intérieur (France)")."""
    if government := _government_site(source):
        return government
    if source.dateline and (city := places.dateline_city(source.dateline)):
        return city.country
    credit = source.source or ""
    for part in [credit, *re.findall(r"[^()/,]+", credit)]:
        if code := places.agency_country(part.strip()):
            return code
    return _one_country([credit]) or _masthead_country(source.text)


def _one_country(lines: list[str]) -> str | None:
    """The one country ``lines`` name, by its name or by one of its bodies; ``None`` when they name none or more."""
    named = {
        m.organisation.country if m.organisation else m.country
        for line in lines
        for m in places.mentions(line)
    }
    named.discard(None)
    return named.pop() if len(named) == 1 else None


#: A publisher's name at the head of a page (its masthead): a state's, a ministry's, a force's, on a line of its own
#: ("Republic of Namibia", « RÉPUBLIQUE TOGOLAISE », "Ghana Police Service", « Direction Générale de la Police Nationale
#: du Niger »), its words capitalised as a name's are (not a headline's: « Gendarmerie : visite d'un officiel français »).
_MASTHEAD = regexes.compile(
    r"(?:(?:la|le|les|l'|the)\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:r[ée]publique|republic|royaume|kingdom|government|gouvernement|minist[eè]re|ministry|direction|directorate|"
    r"police|gendarmerie|service|commandement|s[ûu]ret[ée])\b[^.!?;:]{0,120}",
    re.IGNORECASE,
)

#: A press office signing a page at its foot: « La Cellule de communication de la Police républicaine du Bénin »,
#: « Le Service de communication de la Police nationale », "Issued by: Public Relations Office, Malawi Police Service".
_SIGNATURE = regexes.compile(
    r"(?:issued by\s*:?\s*)?(?:(?:la|le|l'|the)\s+)?(?:(?:cellule|service|bureau|division|direction|d[ée]partement|"
    r"office|unit|department|directorate)\s+(?:de\s+(?:la\s+)?|des\s+|du\s+|of\s+)?(?:communication|presse|"
    r"relations publiques|information|press|public relations|media)|(?:public relations|press|media|"
    r"communications?)\s+(?:office|department|unit|directorate|division))\b[^.!?;]{0,120}",
    re.IGNORECASE,
)

#: How many lines head a page above its text: a state's and a ministry's name, a "PRESS RELEASE" line, a headline.
_MASTHEAD_LINES = 4

#: The small words a name leaves in lower case: « Direction Générale de la Sûreté Nationale », "Ministry of the Interior".
_NAME_LINKS = frozenset(["de", "du", "des", "la", "le", "les", "et", "and", "of", "the", "for", "pour"])


def _masthead_country(text: str) -> str | None:
    """The one country the publisher's name names, on the lines that head the text above its first sentence (its
    masthead: "MINISTRY OF HOME AFFAIRS / Republic of Namibia") or on its last line (its press office's signature):
    the publisher's side, which the text then calls "the Minister", « le DGPN » or « notre pays »."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    head = itertools.takewhile(lambda line: line[-1] not in '.!?»"', lines[:_MASTHEAD_LINES])
    # (a headline in a name's capitals tells an encounter: "Minister Receives Nigerien Police Chief")
    mastheads = [
        line
        for line in head
        if _MASTHEAD.fullmatch(line) and _named_as_a_name(line) and not _meeting_cue(line)
    ]
    return _one_country([*mastheads, *(line for line in lines[-1:] if _SIGNATURE.fullmatch(line))])


def _named_as_a_name(line: str) -> bool:
    """Whether a line's words are capitalised as a name's, but its small words (a headline's are not: « La police
    nationale renforce ses liens avec l'Espagne »)."""
    return all(
        word[0].isupper() or word.casefold() in _NAME_LINKS for word in re.findall(r"[^\W\d_]{2,}", line)
    )


#: The longest sentence read whole. Reading a sentence costs more than its length (a
#: title is looked for before each name), so a longer one (a text with no full stops)
#: is read in pieces of about this size, cut between words: the work stays linear.
LONGEST_SENTENCE = 1500


def _pieces(sentence: str) -> list[str]:
    """A sentence, or pieces of at most :data:`LONGEST_SENTENCE` characters."""
    if len(sentence) <= LONGEST_SENTENCE:
        return [sentence]
    return textwrap.wrap(sentence, LONGEST_SENTENCE, break_on_hyphens=False)


def _analysable(source: Source, headings: list[str]) -> list[str]:
    """The sentences to read: without the heading lines and datelines."""
    out = []
    title = fold(source.title or "")
    split = (piece for whole in sentences(source.text) for piece in _pieces(whole))
    # the text's opening: its first sentences under the headings, where a dateline is
    opening = len(headings) + _OPENING_SENTENCES
    raws = list(split)
    # (not the places and days of a programme's lines, each its own: "- Doha, 12 May 2026: talks with …", "- Abu
    # Dhabi, 13 May 2026: working session with …"; a dateline is one, or one a page repeats over its lede)
    heads = {
        head.group(0)
        for raw in raws[:opening]
        if (head := _DATELINE_HEAD.match(raw)) and places.city(head.group(0).split(",", 1)[0])
    }
    dated = opening if len(heads) < 2 else 0
    for index, raw in enumerate(raws):
        sentence = _DATELINE_HEAD.sub("", raw) if index < dated else raw
        if (
            (title and fold(sentence) == title)
            or not sentence
            or (index < opening and any(raw in heading for heading in headings))
        ):
            continue
        if index < opening and not any(ch.islower() for ch in sentence):
            continue  # a headline in capitals ("IGP RECEIVES INTERPOL DELEGATION") repeats the text
        out.append(sentence)
    return out


#: How many sentences open a text, under the lines that head it: where a dateline or a
#: headline in capitals may be.
_OPENING_SENTENCES = 3


@cache  # a memo of one document (reader.read)
def _people_in(sentence: str, countries: frozenset[str]) -> tuple[people.Person, ...]:
    """The people of a sentence (asked for several times as meetings are cut out)."""
    return tuple(people.find(sentence, set(countries)))


def _surnames(sentence: str, countries: frozenset[str]) -> set[str]:
    """The people a sentence names, by their last name."""
    return {fold(p.name).split()[-1] for p in _people_in(sentence, countries) if p.name}


def _counterparts(sentence: str, countries: frozenset[str]) -> set[str]:
    """Who a sentence names: people by their last name, and countries."""
    return _surnames(sentence, countries) | set(_ordered_countries(sentence))


def _days(sentence: str) -> set[str]:
    """The date phrases of a sentence, folded (not those of a visit it is about)."""
    return {fold(d[2]) for d in _dates(_blanked(_ABOUT_A_VISIT, sentence), restated=True)}


#: A visit that talks are about, with its days: « une séance de travail relative à la visite
#: d'État du Roi au Sénégal, du 20 au 22 avril », "talks ahead of the President's visit on 3 May"
#: (those days are the visit's, not the talks'); and a vote or games ahead, with their day: "paid the
#: visit on Tuesday, March 2, ahead of the March 9 elections", « à la veille des élections du 7 décembre ».
_ABOUT_A_VISIT = Screened(
    r"\b(?:relati(?:ve|f)s? (?:à|au)|consacrée?s? (?:à|au)|portant sur|sur la préparation d[eu]|en prévision d[eu]|"
    r"en perspective d[eu]|ahead of|in preparation for|preparations? for|to prepare(?: for)?) (?:la |l['’]|le |the |a |an )?"
    r"(?:prochaine |forthcoming |upcoming |future |planned )?(?:visite|visit|séjour|voyage)\b[^.;]{0,100}|"
    r"\b(?:ahead of|in the run-up to|on the eve of|à la veille d|en prévision d|en perspective d)(?:es|u|e la|e l['’]|e)? ?"
    r"(?:the |la |l['’]|le |les )?[^.;,]{0,30}?\b(?:polls|elections?|vote|referendum|games|tournament|élections?|"
    r"scrutins?|référendum|jeux)\b(?: d[eu] [^.;,]{0,24})?",
    re.IGNORECASE,
)


def _ordered_countries(text: str, *, forces: bool = False) -> list[str]:
    """Countries a text names as such (names and demonyms, not cities), in order; with ``forces``,
    also by a force of one country (« la police fédérale belge » names Belgium), or of the one of those that share its
    name which the text names otherwise (« la Sûreté nationale » of a text that names Cameroon is Cameroon's, not
    Morocco's)."""
    found: list[str] = []
    mentions = places.mentions(text)
    named = {m.country or (m.city.country if m.city else "") for m in mentions} - {""}
    for mention in mentions:
        country = mention.country or (
            (mention.organisation.in_country(named) or mention.organisation).country
            if forces and mention.organisation
            else None
        )
        if country and country not in found:
            found.append(country)
    return found


#: Quoted words, and a quotation the sentence opens and does not close (it goes on in the next one:
#: « … a déclaré : « Je suis porteur d'un message du Président X. », the quotation cut at its full stop).
_QUOTED = regexes.compile(
    r"«[^»]*(?:»|$)|“[^”]*(?:”|$)|\"[^\"]*\""
    # (a double quote closed by doubled single quotes, as some agencies mix them: « "respectueuse'' et … »)
    r"|\"[^\"\n]*?(?:''|’’)"
    # (and between doubled single quotes, as some agencies write them: ‘’le 3 avril 2019, les pays …’’; opened after a
    # space, not the closing pair of the word before: « la ''confiance'', doit se renforcer, a indiqué X »)
    r"|(?:(?<=[\s(])|^)(?:‘’|‘‘|'')(?:(?!’’|'')[^\n])*(?:’’|''|$)",
    0,
    branched,
)
#: The marks one of which every match of :data:`_QUOTED` opens with.
_QUOTE_MARKS = ("«", "“", '"', "‘’", "‘‘", "''")


def _unquoted(sentence: str) -> str:
    """A sentence with its quoted words blanked (:data:`_QUOTED`, offsets kept). Most sentences
    hold no quotation mark, and are spared the search: its lookbehind, before a pair of single
    quotes, was tried at every character of every sentence."""
    return _blanked(_QUOTED, sentence) if any(mark in sentence for mark in _QUOTE_MARKS) else sentence


def _unquoted_retelling(sentence: str) -> str:
    """A sentence with the quoted words of one who retells an encounter blanked, as :func:`_unquoted` blanks them
    all, but for a programme quoted: a quotation that opens on the future (« le ministre « aura des séances de
    travail avec X » », "the delegation 'will hold talks with Y'") tells encounters announced, as the schedule it
    quotes says them, not one told again in a participant's words."""
    if not any(mark in sentence for mark in _QUOTE_MARKS):
        return sentence
    return _QUOTED.sub(
        lambda quote: quote.group(0) if _opens_on_future(quote.group(0)[1:]) else " " * len(quote.group(0)),
        sentence,
    )


def _opens_on_future(words: str) -> bool:
    """Whether words open on a verb of the future (two words may come before it: « il aura des … »)."""
    future = cues.FUTURE.search(words)
    return future is not None and len(words[: future.start()].split()) <= 2


def _blanked(pattern: re.Pattern[str] | Screened, sentence: str) -> str:
    """A sentence with what ``pattern`` finds replaced by spaces (offsets are kept); a screened
    one is spared a sentence that holds none of its anchors."""
    if isinstance(pattern, Screened):
        if pattern.spares(caseless(sentence)):
            return sentence
        pattern = pattern.pattern
    return pattern.sub(lambda found: " " * len(found.group(0)), sentence)


#: Those who met named by a plural pronoun or as a pair, in the sentence of the encounter: « la
#: séance de travail qui les a réunis », « les deux hommes ont évoqué », "the meeting that brought
#: them together", "the two men discussed".
_THEM = regexes.compile(
    r"\b(?:(?:qui )?les a (?:réuni|reçu)(?:e)?s|(?:les|ces) deux (?:hommes|femmes|responsables|chefs|ministres|officiers|généraux)|"
    r"brought them together|(?:the|both) two (?:men|women|officials|chiefs|ministers|officers|generals)|"
    r"both (?:men|women|officials|chiefs|ministers|officers))\b",
    re.IGNORECASE,
    branched,
)


def _international(mention: places.Mention) -> bool:
    """Whether a mention is of an organisation of no one country (INTERPOL, the AU)."""
    return mention.organisation is not None and mention.organisation.country is None
