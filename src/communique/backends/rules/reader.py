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

import itertools
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Literal

from communique import injection, regexes
from communique.backends.rules import cues, kinds, outcomes, people
from communique.backends.rules.cues import Relation
from communique.draft import Draft, DraftCue, DraftMeeting, DraftOutcome, DraftParticipant
from communique.normalise import dates, names, places
from communique.normalise.topics import topics_in
from communique.schema import MeetingKind, OutcomeType, Role, Source, Status, Topic
from communique.text import AnchoredCues, Cue, Screened, branched, caseless, fold, fold_map, sentences

_SPEECH = Cue(
    r"(?:a|ont|avait|avaient) (?:souligné|salué|affirmé|indiqué|mis en avant|exprimé|réitéré|relevé|mis l'accent|insisté|plaidé|appelé|"
    r"noté|précisé|déclaré|estimé|évoqué|passé en revue|présenté|discuté|examiné|réaffirmé|rappelé|assuré|remercié|félicité|promis|"
    r"qualifié)",
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
)  # fmt: skip
_VENUE = regexes.compile(
    r"(?:au|à la|à l'|dans les locaux (?:de la|du|de l')|at the|in the|at)\s+"
    r"((?:siège|sièges|quartier général|headquarters|ministère|Ministry|Académie|Academy|École|Institut|Institute|"
    r"Palais|Palace|centre(?! d(?:e l'|es |e la |u )(?:entretiens?|échanges?|discussions?|rencontre|débats?|préoccupations))|Center|base|camp|préfecture|Direction|(?:[A-Z][\w-]+ ){1,3}headquarters)\b[^,;.]*?)"
    r"(?=\s*(?:,|;|\.|\s(?:à|in|en|au|le|on|avec|with|from|par|by|son|sa|ses|leur|leurs|un|une|des|his|her|their|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s|$|"
    # the object of the verb after the seat: « a reçu au siège de la Direction générale l'ambassadrice … »
    r"(?<!\bde)(?<!\bà)\s(?:la\s|les\s|l['’])))",
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
    r"(?:[A-ZÀ-Ý][\w'’ .-]{1,40}?(?:\s*[(\[][A-ZÀ-Ý][^()\[\]\n]{1,30}[)\]])?,\s*(?=[^()\n]{0,40}\d)[^()\n]{6,40}?|[A-ZÀ-Ý]{3,}(?:[ -][A-ZÀ-Ý]{2,}){0,2})"
    r"\s*(?:\([A-Za-z]{2,8}\))?\s*[-–—:]\s*)"
    # … and the date after the place's dash: "Addis Ababa, Ethiopia – 12 June 2026: The Secretariat …"
    r"(?:\d{1,2}(?:st|nd|rd|th|er)? [A-Za-zéû]+ \d{4}\s*[:–—-]\s+|[A-Z][a-z]+ \d{1,2},? \d{4}\s*[:–—-]\s+)?"
)
#: An event told as begun when the text was written, with no day of its own: "has started in
#: Nairobi", "has opened", « s'est ouverte », « ont débuté ».
_UNDER_WAY = regexes.compile(
    r"\b(?:has|have) (?:officially |formally )?(?:started|opened|begun|kicked off|commenced|got under ?way)\b|"
    r"\b(?:s'est|se sont) (?:officiellement )?ouverte?s?\b|\b(?:a|ont) (?:officiellement )?(?:débuté|démarré|commencé)\b|"
    r"\b(?:is|are) (?:now )?(?:under ?way|taking place|being held)\b",
    re.IGNORECASE,
)


def _dateline_day(text: str, headings: list[str]) -> str | None:
    """The date phrase of the dateline that opens the text under its headings, if it has one
    ("Nairobi (Kenya), 11 May 2026 - …")."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    for line in lines[len(headings) : len(headings) + 1]:
        head = _DATELINE_HEAD.match(line)
        found = dates.find_phrases(head.group(0)) if head else []
        if found:
            return found[0][2]
    return None


_EMBASSY_BEFORE = regexes.compile(r"(?:ambassade|embassy|consulat|consulate)\s+(?:\w+\s+){0,4}$")


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
        return [
            self.opening,
            *(
                s
                for s in self.others
                if (cues.ENCOUNTER_NOUN.search(s) or _meeting_cue(s) or _THIS_WAS.match(s))
                and not _recalled(s)
                and not cues.RECALLED.search(s[:40])
                and not _NEXT_ENCOUNTER.search(s)
            ),
        ]


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


@lru_cache(maxsize=2048)
def _meeting_cue(sentence: str) -> tuple[Relation, re.Match[str]] | None:
    """The relation and position of the first encounter verb, or of an encounter noun
    with a verb of occurrence."""
    if cues.NEGATED.search(sentence) or not (
        cues.ACTOR.search(sentence)
        or _names_someone(sentence)
        or _signed_by_organisations(sentence)
        or _organisation_gathers(sentence)
        or _two_sides_named(sentence)
        or _THEM.search(sentence)  # the two named before: « la séance de travail qui les a réunis »
    ):
        return None
    found = [
        (m.start(), relation, m)
        for (_, relation), m in zip(cues.MEETING_VERBS, _MEETING_VERBS.search(sentence), strict=True)
        if m
    ]
    if not found and cues.OCCURRED.search(sentence) and (noun := cues.ENCOUNTER_NOUN.search(sentence)):
        # (a training course is no encounter: « organise un séminaire de formation »)
        training = any(t.start() <= noun.start() < t.end() for t in cues.TRAINING_EVENT.finditer(sentence))
        # (nor meetings told together as held one by one: "The meetings, held separately at the IGP Smart
        # Conference Hall, focused on …" — each is told on its own)
        several = noun.group(0).endswith("s") and cues.SEPARATELY.search(sentence) is not None
        # (nor one's own review given to the press: « le préfet a tenu sa troisième conférence de sécurité »)
        own_review = _OWN_REVIEW.search(sentence) is not None
        found = [] if training or several or own_review else [(noun.start(), Relation.TOGETHER, noun)]
    # (nor a government's own sitting: « relevés de leurs fonctions par le conseil des ministres réuni en sa séance de
    # mercredi », "the Council of Ministers, meeting on Tuesday, appointed")
    found = [
        f for f in found if not (f[1] is Relation.TOGETHER and _CABINET_BEFORE.search(sentence, 0, f[0]))
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
    found = [f for f in found if not _planned(sentence, f[2]) and not _signed_document(sentence, f[2])
             and (f[1] in (Relation.WITH, Relation.TOGETHER) or _someone_near(sentence, f[2]))
             and not (f[1] is Relation.RECEIVES and cues.RECEIVED_THING.match(sentence, f[2].end() + 1))
             and not (f[1] is Relation.RECEIVES and _THING_RECEIVED.search(sentence, max(0, f[0] - 40), f[0]))
             and not (f[1] is Relation.TOGETHER and _OWN_RANKS_GATHERED.match(sentence))]  # fmt: skip
    if found and cues.OWN_CEREMONY.search(sentence):
        # at a service's own ceremony no one meets, but for talks held there with someone: "attended the
        # graduation ceremony in Kuala Lumpur and held a meeting with Malaysia's Inspector-General"
        found = [f for f in found if f[1] is Relation.WITH and _HELD_TALKS.match(f[2].group(0))]
    if not found or kinds.WELCOME_BY_EMBASSY.search(sentence):
        return None
    _, relation, match = min(found, key=lambda item: item[0])
    return relation, match


#: A thing received, named right before the participle: "read a letter received by her office from the
#: Secretary General", « le rapport reçu par le ministre ».
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
#: One's own periodic review, given to the press: « sa conférence de sécurité trimestrielle », "his press conference".
_OWN_REVIEW = regexes.compile(
    r"\b(?:sa|son|leur|his|her|their) (?:\w+ )?(?:conférence de (?:sécurité|presse)|press conference)\b",
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
    ("information received through Europol" names no one)."""
    before = " ".join(sentence[: cue.start()].split()[-12:])
    after = " ".join(sentence[cue.end() :].split()[:12])
    return any(cues.PERSON.search(part) or _names_someone(part) for part in (before, after))


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
    to Madrid") is an outcome of the meeting, not a meeting."""
    commitment = outcomes.commitment(sentence)
    return (
        commitment is not None
        and commitment.start() < cue.start()
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
        (pair.group("join") in "-–" or not _BEFORE_A_PLACE.search(sentence, 0, pair.start()))
        and _a_side(pair.group("first"))
        and (
            _a_side(pair.group("second"))
            # (joined by a dash, the second side may open the body's name: "the Botswana–Namibia Joint Permanent
            # Commission")
            or (pair.group("join") in "-–" and _a_side(pair.group("second").split(" ", 1)[0]))
        )
        for pair in _TWO_NAMED.finditer(sentence)
    )


def _dashed_sides(sentence: str) -> set[str]:
    """The two countries a dash joins: "the Botswana–Namibia Joint Permanent Commission", "a Sri
    Lanka-Maldives meeting"."""
    found: set[str] = set()
    for pair in _TWO_NAMED.finditer(sentence):
        if pair["join"] not in "-–":
            continue
        first = places.exact_country(pair["first"])
        second = places.exact_country(pair["second"]) or places.exact_country(pair["second"].split(" ", 1)[0])
        if first and second and first != second:
            found |= {first, second}
    return found


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
    r"(?<![\w'’-])(?:(?:the|le|la|les) |l['’])?(?P<first>[A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*){0,2})(?P<join> (?:and|et) |[-–])"
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


def _recalled(sentence: str) -> bool:
    """Whether a sentence tells an encounter only as background (« Pour rappel, X avait
    reçu en 2020 Y, alors directeur de la police en Mauritanie »): its place and day are
    not the meeting's, nor its people. What a speaker is quoted saying is not told as
    background ("X said: \"In 2018 we prepared a memorandum, which will be signed during your
    visit\"")."""
    cue = _meeting_cue(_blanked(_QUOTED, sentence))
    return cue is not None and _is_background(sentence, cue[1])


def _is_background(sentence: str, cue: re.Match[str]) -> bool:
    """An encounter recalled, not reported: "lors de leur rencontre de 2019", « Pour
    rappel, X avait reçu en janvier 2020 ... » (a recall marker, whatever the date)."""
    if cues.RECALLED.search(sentence[: cue.end() + 20]):
        return True
    start = max(0, cue.start() - 80)
    window = sentence[start : cue.end() + 80]
    # (not the year of what the meeting plans: "met last week to set out how the two services will
    # keep cooperating in 2026")
    planned = cues.FUTURE.search(window, cue.end() - start)
    return any(
        planned is None or b.start() < planned.start() for b in cues.BACKGROUND.finditer(window)
    ) and not _dates(sentence[: cue.end() + 40])


@lru_cache(maxsize=2048)
def _dates(sentence: str, restated: bool = False) -> list[tuple[int, int, str]]:
    """Date phrases that can date an encounter: not a bare year, nor the day of the
    statement that closes a sentence ("…, the Ministry of Interior said on Friday.",
    « …, a indiqué vendredi le ministère »): the day it was said, not the day of what it says;
    nor, unless ``restated`` is asked for, a relative day that a full date says again."""
    found = dates.find_phrases(sentence)
    return [
        p
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
        # (nor an issuing dateline's: "10 June 2024, Gaborone, Botswana: SADC will hold … on 13-14 June")
        and not (p[0] <= 1 and _DATED_DATELINE.match(sentence, p[1]))
        # (nor a release's date line before a dash, when the sentence dates the event: "Thursday, October 8,
        # 2026 – The Twelfth Meeting … was held … on 5-6 October 2026")
        and not (p[0] <= 1 and len(found) > 1 and _DASH_AFTER.match(sentence, p[1]))
        # (nor a dateline's day that the sentence says again more fully: « Dakar, 24 mai (APS)- Le ministre a
        # présidé ce dimanche 24 mai 2026 … »: the year is the later phrase's)
        and not (p[0] < 40 and any(p[2] in later[2] and p[2] != later[2] for later in found[i + 1 :]))
        # a relative day that the full date right after it says again: "today Tuesday January 17, 2023",
        # « samedi en fin d'après-midi, 15 août 2020 »
        and not (
            not restated
            and i + 1 < len(found)
            and (
                found[i + 1][0] - p[1] <= 2
                or _SAID_AGAIN.fullmatch(sentence, p[1], found[i + 1][0]) is not None
            )
            and not any(c.isdigit() for c in p[2])
            and any(c.isdigit() for c in found[i + 1][2])
        )
    ]


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
#: An encounter told in the present progressive: under way on the day it is said to be.
_UNDER_WAY_AS_SAID = regexes.compile(
    r"\b(?:is|are) (?:currently )?(?:paying|visiting|holding|hosting|attending|meeting)\b"
)
#: The place and colon after a date that opens a sentence: an issuing dateline.
_DATED_DATELINE = regexes.compile(r",\s*[A-Z][\w'’ .-]{1,40}?(?:,\s*[A-Z][\w'’ .-]{1,40}?)?\s*[:–—]\s")
#: The dash that closes a date line opening a sentence.
_DASH_AFTER = regexes.compile(r"\s*[-–—]\s")
#: The word that makes the day after it a last day.
_UNTIL = regexes.compile(r"\b(?:until|till|jusqu['’](?:à|au))\s+$", re.IGNORECASE)


def _home_country(source: Source) -> str | None:
    """The publisher's country: the dateline's city's, else the news agency's credited
    whole or in part ("African Manager (TAP)"), else the one country the credit names
    ("New Zealand Police", "Ministère de l'Intérieur (France)")."""
    if source.dateline and (city := places.dateline_city(source.dateline)):
        return city.country
    credit = source.source or ""
    for part in [credit, *re.findall(r"[^()/,]+", credit)]:
        if code := places.agency_country(part.strip()):
            return code
    named = {m.organisation.country if m.organisation else m.country for m in places.mentions(credit)}
    named.discard(None)
    return named.pop() if len(named) == 1 else None


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
    for index, raw in enumerate(split):
        sentence = _DATELINE_HEAD.sub("", raw) if index < opening else raw
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


#: A sentence that opens on one capitalised word and goes on in lower case: "Sirisena will visit …",
#: « Rahman est attendu … » (a surname alone as its subject).
_LONE_WORD_OPENS = regexes.compile(r"([A-Z][\w'’-]+)(?= [a-z])")

#: A capitalised word alone after "and" or « et », the last of a list: "… Eduardo Año and Albayalde."
_LONE_WORD_JOINED = regexes.compile(r"\b(?:and|et) ([A-Z][\w'’-]+)(?=[.,;]|$| [a-z])")


def _surnames_completed(
    all_sentences: list[str], countries: frozenset[str]
) -> tuple[list[str], dict[str, people.Person]]:
    """The sentences, each that opens on a surname alone ("Sirisena will visit the police headquarters on
    Saturday") given the full name an earlier sentence named ("Sri Lankan President Maithripala Sirisena"),
    when the text names no one else of that surname and the surname alone is all that kept the sentence from
    telling an encounter (the subject of the encounter is that person); and by each name so given, that
    earlier mention (whose office and side are his)."""
    full: dict[str, people.Person | None] = {}
    completed: dict[str, people.Person] = {}
    out = []
    for given in all_sentences:
        sentence = given
        lone = _LONE_WORD_OPENS.match(given)
        earlier = full.get(fold(lone.group(1))) if lone else None
        if (
            lone
            and earlier
            and earlier.name
            and _meeting_cue(given) is None
            and _meeting_cue(whole := earlier.name + given[lone.end() :]) is not None
        ):
            sentence = whole
            completed[earlier.name] = earlier
        if _meeting_cue(sentence) is not None:
            sentence = _joined_completed(sentence, full, completed, countries)
        out.append(sentence)
        for person in _people_in(sentence, countries):
            if person.name and " " in person.name:
                surname = _surname(person.name)
                known = full.get(surname, person)
                # (the first mention that gives him an office; no one when two people share the surname)
                full[surname] = (
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


#: How many sentences open a text, under the lines that head it: where a dateline or a
#: headline in capitals may be.
_OPENING_SENTENCES = 3


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
        if re.search(r"[.!?:;»\"”)…]$", _TAGGED.sub("", line).rstrip()) or len(line.split()) > (
            _HEADING_WORDS if found and not under_a_name else _HEADLINE_WORDS
        ):
            return found if len(found) <= _HEADING_LINES else found[:1]
        found.append(line)
    return []


def _headline(headings: list[str]) -> str | None:
    """The headline: the longest of the lines that head a text (:func:`_headings`), not
    the publisher's name or the date above or below it."""
    return max(headings, key=lambda line: len(line.split()), default=None)


@lru_cache(maxsize=2048)
def _people_in(sentence: str, countries: frozenset[str]) -> tuple[people.Person, ...]:
    """The people of a sentence (asked for several times as meetings are cut out)."""
    return tuple(people.find(sentence, set(countries)))


def _surnames(sentence: str, countries: frozenset[str]) -> set[str]:
    """The people a sentence names, by their last name."""
    return {fold(p.name).split()[-1] for p in _people_in(sentence, countries) if p.name}


def _counterparts(sentence: str, countries: frozenset[str]) -> set[str]:
    """Who a sentence names: people by their last name, and countries."""
    return _surnames(sentence, countries) | set(_ordered_countries(sentence))


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
            if cue is not None and current is not None and _meeting_cue(_blanked(_QUOTED, sentence)) is None:
                # one who took part tells it again in his own words ("\"I paid a courtesy call on the IG
                # … \" said Ambassador Guo"): the same encounter
                cue = None
            recalled = _recall_marker(sentence) is not None
            if cue is None or _is_background(sentence, cue[1]):
                if current is not None:
                    _told_of(sentence, segments, countries).add(sentence, countries)
                continue
            relation, match = cue
            if current is not None and _continues(current, sentence, match, countries):
                current.add(sentence, countries)
                continue
            segments.append(
                _Segment(
                    sentence, relation, match.start(), match.end(), announced=announced, another_story=closed
                )
            )
            segments[-1].add(sentence, countries)
            closed = False
    return segments


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
    if cue[0] is Relation.RECEIVED and (agents := _agent_sequels(sentence, cue[1])):
        return agents
    pieces: list[tuple[str, bool]] = []
    start = 0
    announced = False
    for marker in cues.SEQUEL_CLAUSE.finditer(sentence):
        if marker.start() <= max(start, cue[1].end()) or _meeting_cue(sentence[marker.start() :]) is None:
            continue
        piece = sentence[start : marker.start()].rstrip(" ,;")
        announced = announced or bool(cues.FUTURE.search(piece))
        pieces.append((piece, bool(pieces) and announced))
        start = marker.start()
    pieces.append((sentence[start:], bool(pieces) and announced))
    return pieces


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


def _continues(current: _Segment, sentence: str, cue: re.Match[str], countries: frozenset[str]) -> bool:
    """Whether a sentence with an encounter word still speaks of the current meeting:
    no new day, and an anaphora ("this meeting"), or else no further encounter with
    someone new ("He later met") and a list of who took part or no new counterpart."""
    if _ANOTHER_ENCOUNTER.match(sentence) or _OTHER_NEWS.match(sentence):
        return False  # "In another engagement, the IGP … met with the UK delegation": a further one
    if _GIST_OF.match(sentence):
        return True  # « C'est le sens de la réunion de travail que le ministre a eue … »: what the one told was about
    if (edition := _edition(sentence)) is not None and edition == _edition(current.opening):
        return (
            True  # « … lors de la séance plénière de la 13e réunion … », then « La 13e réunion … se tient … »
        )
    if current.relation is Relation.TOGETHER and _BILATERALS_THERE.search(sentence):
        return True  # at a gathering, "will also hold bilateral meetings with members of Europol and …": its sidelines
    if not current.dated and (_on_the_meeting(sentence) or cues.SAME_MEETING.search(sentence)):
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
    if _SIGNING_CUE.search(current.opening) and (_SIGNED_THE.search(sentence) or _THE_SIGNED.match(sentence)):
        return True  # "attended the signing of a MoU …", then "X and Y signed the MoU": its signatories
    # (a day told again more fully is no new day: « vendredi », then « vendredi 15 mai dernier »; nor the first
    # day told of a gathering or signing whose opening gave none and named no one: "The police chiefs of A and B
    # met and signed … On the 21st, X met Y", "Some 40 police chiefs gathered in Algiers … Delegates attended,
    # from May 4 to 5": the encounter told in full; not a visit named by its noun, « au centre de la visite
    # d'une délégation à Yaoundé », whose days are its encounters)
    anyone = {name for name in current.named if not name.isupper()}  # (codes are in capitals)
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
    if _SIGNING_CUE.search(current.opening) and not anyone:
        return True  # "A and B exchanged signed copies of a memorandum …", then "X and Y then held talks": its signatories
    if new and new <= _places_named(sentence):
        return True  # "Brown, who was in Fiji …, called on the Acting Commissioner": the call told again, no one new
    further = not cues.PARTICIPATION.search(cue.group(0))  # "was also attended by" adds people, not a meeting
    if new and further and cues.SEQUEL.search(sentence[max(0, cue.start() - 40) : cue.end()]):
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


#: A cleft sentence that gives the gist of an encounter, named by its noun: « C'est le sens de la
#: réunion de travail que … », « Telle est la teneur des échanges que … ».
_GIST_OF = regexes.compile(
    r"\s*(?:c['’]est|c['’]était|telle (?:est|était)|tel (?:est|était)) (?:le sens|la teneur|la substance|l['’]objet|le menu|"
    r"le cœur|l['’]essentiel|le contenu|le thème|le point) (?:de la|de l['’]|des|du) (?:\w+ ){0,2}?"
    r"(?:réunion|rencontre|séance|entretiens?|échanges|audience|discussions|visite)\b",
    re.IGNORECASE,
)
#: A news round-up's next item: "In another development, …", « Dans un autre registre, … ».
_OTHER_NEWS = regexes.compile(
    r"\s*(?:in (?:an)?other development|in a separate development|dans un autre (?:registre|développement)),",
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


def _days(sentence: str) -> set[str]:
    """The date phrases of a sentence, folded (not those of a visit it is about)."""
    return {fold(d[2]) for d in _dates(_blanked(_ABOUT_A_VISIT, sentence), restated=True)}


#: The later legs of a journey: « une visite devant le conduire aussi au Mali et au Niger », « qui le mènera
#: ensuite à Niamey », "a tour that will also take him to Laos", "before heading to Hanoi" (not where this encounter is).
_ONWARD = regexes.compile(
    r"\b(?:(?:devant|qui (?:doit|devra|va|le|la|les)) (?:le |la |les )?(?:conduire|conduira|mener|mènera|amener|amènera)|"
    r"(?:which|that) will (?:also |then )?take (?:him|her|them)|before (?:heading|travelling|traveling|proceeding|"
    r"going|moving) (?:on )?to)\b[^.;]{0,120}",
    re.IGNORECASE,
    branched,
)

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


def _split_series(segment: _Segment, countries: frozenset[str], home: str | None) -> list[_Segment]:
    """ "A held bilateral meetings with his counterparts from B, C and D" followed by a
    sentence on each: one meeting per counterpart, each with the sentences that name it.
    Counterparts are countries, or, when all are of one country ("une série d'entretiens
    avec ..., notamment A et B"), the people named after the encounter word.
    Sentences before the first counterpart's (who accompanied A) go to every meeting."""
    separately = cues.SEPARATELY.search(segment.opening)
    if separately is None:
        return [segment]
    # (« a présidé une réunion avec les ambassadeurs d'Allemagne et du Japon »: one meeting)
    if _AMBASSADORS.fullmatch(separately.group(0)) and _ONE_GATHERING.search(
        segment.opening, segment.cue_start, segment.cue_end + 20
    ):
        return [segment]
    after = segment.opening[segment.cue_start :]
    listed = [c for c in _ordered_countries(after) if c != home]
    if len(listed) >= 2:
        return _split(segment, listed, _ordered_countries, "counterpart")
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


_Key = Literal["counterpart", "guest"]
#: A country as the subject a sentence opens on: "Kenya raised …", « La Suisse veut … ».
_COUNTRY_OPENS = regexes.compile(
    r"\s*(?:(?:the|le|la|l['’])\s?)?((?-i:[A-ZÀ-Ý])[\w'’-]+(?: (?-i:[A-ZÀ-Ý])[\w'’-]+){0,2}) (?=(?-i:[a-zà-ÿ]))",
    re.IGNORECASE,
)
#: Counterparts of several visitors, of one country: one side each (:func:`_split_series`).
_THEIR_COUNTERPARTS = regexes.compile(r"with their counterparts|avec leurs homologues", re.IGNORECASE)
#: The ambassadors as a group, which one gathering may receive together (:func:`_split_series`).
_AMBASSADORS = regexes.compile(r"les ambassadeurs|the ambassadors", re.IGNORECASE)
_ONE_GATHERING = regexes.compile(
    r"\b(?:une|a|an) (?:\w+ )?(?:réunion|rencontre|séance|meeting|session)\b", re.IGNORECASE
)


#: Where a sentence passes from one clause to the next: a semicolon, ", et", ", while".
_CLAUSE = regexes.compile(r"\s*;\s*|,\s+(?=(?:et|and|while|whereas|tandis que|alors que)\s)")


def _split(
    segment: _Segment, listed: list[str], named_in: Callable[[str], list[str]], key: _Key
) -> list[_Segment]:
    """One segment per ``listed`` counterpart (stored in the field ``key``), each with
    the sentences that name it and those that follow them; sentences before the first
    such go to every one. A sentence that names several counterparts is read clause by
    clause (« avec le Qatari, ... ; l'entretien avec le Jordanien a porté sur ..., et
    celui avec le Mauritanien sur ... »). An encounter told before any counterpart is named
    again, with someone named, is the first's."""
    shared: list[str] = []
    parts: list[_Segment] = []
    last: _Segment | None = None
    for whole in segment.others:
        several = len({c for c in named_in(whole) if c in listed}) > 1
        for sentence in _CLAUSE.split(whole) if several else [whole]:
            named = [c for c in named_in(sentence) if c in listed]
            if (
                not named
                and last is None
                and key == "counterpart"
                and _meeting_cue(sentence) is not None
                and _names_someone(sentence)
            ):
                # an encounter with someone, told before any counterpart is named again, its side unsaid (« Lors de son
                # entretien avec X, l'ambassadeur du royaume, … . Le même jour, il a rencontré l'ambassadeur
                # algérien »): the first listed
                named = listed[:1]
            if named:
                last = next((p for p in parts if getattr(p, key) == named[0]), None)
                if last is None:
                    last = _tagged(segment, [*shared, sentence], key, named[0])
                    parts.append(last)
                else:
                    last.others.append(sentence)
            elif last is not None:
                last.others.append(sentence)
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


def _ordered_countries(text: str) -> list[str]:
    """Countries a text names as such (names and demonyms, not cities), in order."""
    found: list[str] = []
    for mention in places.mentions(text):
        if mention.country and mention.country not in found:
            found.append(mention.country)
    return found


#: A city and a country (a code), either unknown.
_Place = tuple[str | None, str | None]


def _location(segment: _Segment, fallback: _Place) -> tuple[str | None, str | None, str | None]:
    """City, country (a code) and venue: from the opening sentence, else from the first
    later sentence that places the meeting, else the place of what it is on the eve of
    (« À la veille de l'ouverture, demain à Tunis, de la session »), else ``fallback``
    (the dateline's city, or the place a further encounter of a visit takes from the
    meeting before)."""
    city = country = venue = None
    # a later sentence of what was agreed places what is to come, not the meeting (« sont
    # convenus d'organiser à Nouakchott un atelier »); one that recalls an earlier encounter
    # (« Pour rappel, … avait déjà rencontré M. X en mars 2025 à Nouakchott ») places that one
    narrative = [
        _narrative(sentence)
        for sentence in segment.describing
        if sentence is segment.opening or not (outcomes.commitment(sentence) or _recall_marker(sentence))
    ]
    if _EVE.match(segment.opening):
        narrative.append(_blanked(_QUOTED, segment.opening))
    for sentence in narrative:
        # (a sentence that names the country only leaves its city to a later one that names the encounter
        # before it: "… met the Commissioner of Police of Tonga. … on his first visit to the Police Headquarters
        # in Nuku'alofa"; not "law and order in Dhaka were discussed during the meeting")
        # (a city of that country a later sentence opens on is the meeting's: "… lors d'un déplacement en Italie. A
        # Rome, le ministre a participé à un déjeuner de travail avec son homologue")
        fronted = (
            _place_in(sentence[:40]) if country is not None and _PLACE_FIRST.match(sentence) else (None, None)
        )
        if fronted[0] and fronted[1] == country:
            city = fronted[0]
            break
        noun: re.Match[str] | None = cues.ENCOUNTER_NOUN.search(sentence) if country is not None else None
        if country is not None and noun is None:
            continue
        c, k = _place_in(sentence[noun.start() :] if noun else sentence)
        if c and country in (None, k):
            city, country = c, k
            break
        country = country or k
    for sentence in narrative:
        match = _VENUE.search(sentence)
        if match:
            venue = match.group(1).strip()
            if city is None:
                c, k = _place_in(sentence[match.start() :])
                if c is None and (after := _city_right_after(sentence[match.end() :])):
                    c, k = after.name, after.country
                city, country = c or city, k or country
            break
    if venue and country is None:
        # the seat of a national body, named by its people: "at the headquarters of the Vietnamese Ministry of
        # Public Security" is in Vietnam (the guest comes to the host's seat)
        country = next(
            (
                m.organisation.country if m.organisation else m.country
                for m in places.mentions(venue)
                if (m.organisation and m.organisation.country)
                or (m.country and not m.organisation and m.text in places.tables().demonym_words)
            ),
            None,
        )
    if city is None and fallback[1] is not None and country in (None, fallback[1]):
        city, country = fallback
    return city, country, venue


#: A sentence that opens on its place: « A Rome, le ministre … », "In Lima, the two ministers …".
_PLACE_FIRST = regexes.compile(r"\s*(?:[àÀaA]|[Ii]n|[Aa]t) [A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?\s*,")


def _city_right_after(text: str) -> places.City | None:
    """The city a venue is followed by: "at the Force Headquarters, Abuja"."""
    match = re.match(r"\s*,\s*([A-ZÀ-Ý][\w'’ -]{1,30}?)(?=\s*[,.;]|$)", text)
    return places.city(match.group(1)) if match else None


#: Quoted words, and a quotation the sentence opens and does not close (it goes on in the next one:
#: « … a déclaré : « Je suis porteur d'un message du Président X. », the quotation cut at its full stop).
_QUOTED = regexes.compile(
    r"«[^»]*(?:»|$)|“[^”]*(?:”|$)|\"[^\"]*\""
    # (and between doubled single quotes, as some agencies write them: ‘’le 3 avril 2019, les pays …’’)
    r"|(?:‘’|‘‘|'')(?:(?!’’|'')[^\n])*(?:’’|''|$)",
    0,
    branched,
)


def _blanked(pattern: re.Pattern[str] | Screened, sentence: str) -> str:
    """A sentence with what ``pattern`` finds replaced by spaces (offsets are kept); a screened
    one is spared a sentence that holds none of its anchors."""
    if isinstance(pattern, Screened):
        if pattern.spares(caseless(sentence)):
            return sentence
        pattern = pattern.pattern
    return pattern.sub(lambda found: " " * len(found.group(0)), sentence)


#: A leading clause about what came before or comes next: "Au lendemain de sa participation
#: à ..., tenue à Vienne du 24 au 27 novembre, le directeur ...", "After attending the summit
#: in X, ...", « À la veille de l'ouverture, demain à Tunis, de la 44e session ..., le ministre ».
_EARLIER_LEAD = regexes.compile(
    r"^\s*(?:au lendemain d|après (?:sa|son|leur|avoir|une|un)|à l'issue de (?:sa|son)|after (?:attending|taking part|his|her|a|an)|"
    r"following (?:his|her)|à la veille d|en prélude à|on the eve of|ahead of|in the run-up to)"
    r"[^«»\"]*?,\s*(?=(?:le|la|les|l'|the|son|sa|his|her|M\.|Mme|Mr|Mrs)\s)",
    re.IGNORECASE,
)


#: A leading clause on what comes next, at the same place.
_EVE = regexes.compile(
    r"\s*(?:à la veille d|en prélude à|on the eve of|ahead of|in the run-up to)", re.IGNORECASE
)


def _without_lead(sentence: str) -> str:
    """A sentence with its leading clause on what came before or next blanked out."""
    return _blanked(_EARLIER_LEAD, sentence)


@lru_cache(maxsize=2048)
def _narrative(sentence: str) -> str:
    """What a sentence itself says of the meeting: without quoted words ("« Nous nous
    reverrons à Abidjan »") or a leading clause on what came before, and up to what it commits to (the place of a meeting
    agreed on, "agreed to convene a dialogue in Canberra", is not where this one is). (Asked for
    again of the same sentences, for its day and for its place.)"""
    sentence = _blanked(_QUOTED, sentence)
    sentence = _without_lead(sentence)
    sentence = _blanked(_ONWARD, _blanked(_ABOUT_A_VISIT, sentence[: _recall_start(sentence)]))
    commitment = outcomes.commitment(sentence)
    if commitment is None or cues.SIGNING_EXPECTED.match(sentence, commitment.start()):
        return (
            sentence  # (nor is "are expected to ink the MoU in Vientiane" a commitment: the signing itself)
        )
    frame = _frame(sentence, commitment.end())
    if frame is not None:  # what was agreed is blanked, the encounter that frames it kept
        return sentence[: commitment.start()] + " " * (frame - commitment.start()) + sentence[frame:]
    # the day agencies put inside the verb ("agreed Saturday to set up …") is the meeting's
    return sentence[: commitment.end() if _dates(commitment.group(0)) else commitment.start()]


@lru_cache(maxsize=2048)
def _recall_marker(sentence: str) -> re.Match[str] | None:
    """The first words of a sentence that recall an earlier encounter (:data:`cues.RECALLED`),
    if any: looked for once per sentence, though the segments, the place, the people and the
    outcomes of a meeting all ask."""
    return cues.RECALLED.search(sentence)


def _opens_on_a_recall(sentence: str) -> bool:
    """Whether the sentence opens on words that recall an earlier encounter."""
    marker = _recall_marker(sentence)
    return marker is not None and marker.start() == 0


def _recall_start(sentence: str) -> int:
    """Where a sentence turns to an earlier encounter, after telling this one: « X a rappelé que
    cette visite fait suite à celle effectuée les 3 et 4 mars par le ministre Y » (the day and
    the people after it are that one's); else its end."""
    recalled = _recall_marker(sentence)
    return recalled.start() if recalled is not None and recalled.start() > 0 else len(sentence)


def _frame(sentence: str, start: int) -> int | None:
    """Where the encounter itself is named after a commitment, as the frame of what was
    agreed: "agreed to deepen their cooperation at the ninth meeting that ended in Hong Kong
    today", "committed to sharing data, following a working meeting at … on Monday" (its
    day and place are the meeting's); ``None`` when it is not."""
    noun = cues.ENCOUNTER_NOUN.search(sentence, start)
    if noun is None:
        return None
    # (the nearest: "sharing data at the Aflao crossing, following a working meeting at …")
    after = max(
        _AFTER_IT.finditer(sentence, max(0, noun.start() - 50), noun.start()),
        key=lambda m: m.start(),
        default=None,
    )
    if after:
        return after.start()
    before = _FRAME_BEFORE.search(sentence, max(0, noun.start() - 60), noun.start())
    return before.start() if before and cues.OCCURRED.search(sentence, noun.end()) else None


#: An institution after a country's name (folded): "US Department", "French Ministry", "Kuwait's interior ministry".
_INSTITUTION_AFTER = regexes.compile(
    r"(?: s)? (?:\w+ )?(?:department|ministry|embassy|ministere|ambassade|government|gouvernement)\b"
)


#: The city a journey begins with (folded): « a entamé vendredi, par Dakar, une visite », « a commencé sa tournée par Lomé ».
_BEGUN_BY = regexes.compile(r"\b(?:entame|commence|debute)\b[^.;]{0,40}? par $")


#: Where one who speaks at the encounter says he is: « venir ici, au Bénin », "here in Accra".
_HERE = regexes.compile(r"\b(?:ici,? (?:au|en|à|aux)|here in) [^,;.»\"”]{2,30}", re.IGNORECASE, branched)


def _place_in(sentence: str) -> tuple[str | None, str | None]:
    """The first city (or else country) the sentence places something in."""
    folded = fold(sentence)
    country = None
    found = places.mentions(sentence)
    for index, mention in enumerate(found):
        before = folded[: mention.start]
        if (
            not re.search(
                r"(?:\ba|\bau|\baux|\ben|\bin|\bat|\bto|\bdans)\s+(?:la |le |l |the )?"
                r"(?:(?:capital|capitale|city of|ville d[e ]|\w+(?: s)? capital|capitale \w+|capital of(?: the)?|"
                r"capitale de la|capitale de l),? )?$",
                before,
            )
            and not (mention.city and mention.country is None and _BEGUN_BY.search(before[-60:]))
            and not _AFTER_DISTRICT.search(before)
            and not _AFTER_VENUE.search(before)
            and not (
                mention.city
                and (_GATHERING_OF.search(before[-40:]) or _GATHERING_NAMED.match(folded, mention.end))
            )
            and not _AFTER_ADDRESS.search(before[-_ADDRESS_REACH:])
            and not (_THE_SEAT_BEFORE.search(before[-16:]) and _SEAT_NAMED_AFTER.match(folded, mention.end))
            # (a city that opens the sentence as its host or its dateline)
            and not (
                not before.strip()
                and (_HOSTED_IT.match(folded, mention.end) or _DATELINE_AFTER.match(folded, mention.end))
            )
        ):
            # "in Tehran", "in the capital Tehran", "in Malawi's capital, Lilongwe", « dans la capitale malienne,
            # Bamako »; and a city
            # after the venue it holds: "at the National Police Headquarters Accra", "Force Headquarters, Abuja"
            continue
        if _EMBASSY_BEFORE.search(before) or (
            mention.country and _INSTITUTION_AFTER.match(folded, mention.end)
        ):
            continue  # "at the US Department of Homeland Security" is an office, not a place
        if _LATER_LEG.search(before, max(0, len(before) - 40)):
            # not where they met, but a city further on in the country visited
            country = country or (mention.city.country if mention.city else None)
            continue
        if _ELSEWHERE.search(before, max(0, len(before) - 40)) or _TRAINED_THERE.search(
            before, max(0, len(before) - 80)
        ):
            # « a regagné Niamey … en provenance d'Italie », « résidant au Kenya », "is of great interest to The
            # Gambia": not where they met
            continue
        if mention.city and not (mention.country and _COUNTRY_PREPOSITION.search(before)):
            return mention.city.name, mention.city.country
        if mention.country and (capital := places.capital_meant(folded, found, index)):
            return capital.name, capital.country
        demonym = mention.text in places.tables().demonym_words  # "to the Iraqi police" places nothing
        if mention.country and country is None and not mention.organisation and not demonym:
            country = mention.country
    return None, country


#: A gathering named by its city (folded): « La rencontre de Libreville a permis … », "the Second Baghdad
#: International Conference on Drug Control".
_GATHERING_OF = regexes.compile(r"\b(?:la|cette) (?:rencontre|reunion|session|conference) (?:de|d) $")
_GATHERING_NAMED = regexes.compile(
    r" (?:international |regional |security )?(?:conference|forum|summit|dialogue)\b"
)
#: A place the encounter was not in (folded): one goes back to or leaves (« a regagné Niamey », « a quitté
#: Dakar », "returned to Abuja", "left Nairobi"), where an envoy accredited to several countries resides
#: (« résidant au Kenya », "resident in Nairobi"), or something is of use or of interest to, or given to
#: ("is of great interest to The Gambia", "a threat to Kenya", "support to Mali").
_ELSEWHERE = regexes.compile(
    r"\b(?:a|ont|est|sont) (?:regagne|quitte|rejoint|retourne a|rentre a|rentree a)(?: \w+)? $|"
    r"\b(?:returned|returns|return|flew back|came back|went back|back) (?:home )?(?:to|in) (?:the )?$|\b(?:left|leaves|departed) (?:the )?$|"
    r"\b(?:residant|residente?|resident|based|basee?|en residence) (?:a|au|aux|en|in|at) (?:the )?$|"
    r"\b(?:interest|importance|benefit|beneficial|useful|value|threat|danger|challenge|support|assistance|"
    r"aid|gratitude|thanks|grateful|commitment|loyalty) to (?:the )?$"
)
#: Where officers are to be trained (folded): « la formation des gendarmes et des policiers en Russie ».
_TRAINED_THERE = regexes.compile(r"\b(?:formation|stages?|training)\b[^,;.]{0,60}? (?:en|au|aux|in) $")
#: The next leg of a trip, after the encounter told (folded): "will then travel on to Sydney", "will move to
#: Toronto", « se rendra ensuite à Lyon » (not "will travel to Paris", where an announced encounter is).
_LATER_LEG = regexes.compile(
    r"\bwill (?:then |later |next |subsequently |afterwards )(?:travel|move|proceed|head|go|fly|continue)(?: on)? to (?:the )?$|"
    r"\bwill (?:move|travel on|proceed|head|go on|continue on) to (?:the )?$|"
    r"\b(?:se rendra|rejoindra|gagnera) (?:ensuite|par la suite|apres) (?:a|au|aux|en) $"
)


#: A city that opens a sentence as the host of what it tells (folded): "Tashkent hosted the regular
#: meeting of the Council …", « Niamey a abrité la réunion … » (not a next edition's: "Singapore will host").
_HOSTED_IT = regexes.compile(r" (?:hosted|is hosting|a accueilli|accueille|a abrite|abrite)\b")


#: ... or as the dateline a paragraph opens with, a full date after it (folded): « Moroni, le 08
#: septembre 2025, Le Ministre … ».
_DATELINE_AFTER = regexes.compile(r" (?:le )?\d{1,2}(?:er)? [a-z]+ \d{4}\b")


#: The French prepositions of a country, not of a city (folded): « en visite au Luxembourg » is in the
#: country, « à Luxembourg » in its capital.
_COUNTRY_PREPOSITION = regexes.compile(r"\b(?:au|aux|en)\s+$")


#: A district or a quarter of one word before its city (folded, so without the comma): "at the RNP
#: General Headquarters in Kacyiru, Kigali", "in downtown Nairobi" (not "in particular, Kigali", nor the
#: English article before the people of a delegation: "with a visiting US delegation").
_AFTER_DISTRICT = regexes.compile(
    r"(?:\ba|\ben|\bin|\bdans)\s+(?!(?:particular|addition|turn|fact|general|short|contrast|response|visiting|"
    r"particulier|outre|effet|revanche|somme|bref|general|which|lequel|laquelle|and|et)\s)[\w'-]+\s$"
)


#: A school or a headquarters named after its city, visited or met at: "visited the Kolkata Police
#: Training College", "at the Lagos Police Academy" (folded; the city is where it stands).
_THE_SEAT_BEFORE = regexes.compile(r"\b(?:at|visited|visit to|visits|toured) the $")
_SEAT_NAMED_AFTER = regexes.compile(
    r" (?:[\w-]+ ){0,3}?(?:academy|college|school|training (?:centre|center|college|school)|headquarters)\b"
)


#: An office and its address, the city last (folded text): "at her office, Federal Secretariat
#: Complex, Central Business District, Abuja" (looked for in the last :data:`_ADDRESS_REACH`
#: characters before the city: an address is short, and a search back over a whole sentence of
#: places, for each, would be quadratic).
_AFTER_ADDRESS = regexes.compile(
    r"\b(?:at|a|au) (?:(?:his|her|their|its|the|son|sa|leur|le|la) |l )?(?:office|offices|bureau|bureaux)(?: [\w'-]+){1,8} $"
)
_ADDRESS_REACH = 160
#: A venue's head word right before a city (folded): "Police Headquarters Accra", "Louis Edet
#: House, Force Headquarters, Abuja".
_AFTER_VENUE = regexes.compile(
    r"\b(?:at|in|au|a) (?:the |la |le |l )?(?:[\w-]+ ){0,6}?(?:headquarters|hq|house|siege|hotel) $"
    # ... or the airport of the city: « accueilli à l'aéroport international de Bujumbura »
    r"|\b(?:at|au|a) (?:the |l )?(?:[\w-]+ ){0,2}?(?:airport|aeroport)(?: international| internationale)? (?:de |d |of )$"
    # ... or its university, academy or palace: « a siégé à l'Université de Genève », "at the University of Nairobi"
    r"|\b(?:at|au|a) (?:the |l |la |le )?(?:universite|university|academie|academy|palais|palace|ecole)(?: [\w-]+){0,3}? (?:de |d |of )$"
)


#: A setting that is not the encounter itself: "en marge de la conférence X, ...".
_SIDELINES = regexes.compile(
    r"\s*(?:en marge d[eu'] ?|on the (?:side[- ]?lines|margins) of )[^,]*,?", re.IGNORECASE
)


#: The opening or the closing of a gathering told as its ceremony.
_CEREMONY = regexes.compile(
    r"\bcérémonie (?:officielle )?d['’]ouverture|\bcérémonie (?:officielle )?de clôture|\b(?:opening|closing) ceremony",
    re.IGNORECASE,
)


#: The encounter just told, said to have been a call: "This came during a phone call on Tuesday",
#: « Ces propos ont été tenus lors d'un entretien téléphonique ».
_CALL_TOLD = regexes.compile(
    r"\b(?:this|it|that|the remarks|these remarks) (?:came|was made|were made|took place) (?:during|in|over) (?:a|the) "
    r"(?:phone|telephone|video) (?:call|conversation)|\b(?:lors|au cours) d'(?:un|une) (?:entretien|conversation|échange) "
    r"(?:téléphonique|par visioconférence)",
    re.IGNORECASE,
    branched,
)
#: Some who joined from afar, the rest being there: "officials of the bureau joined by video link".
_FROM_AFAR = regexes.compile(
    r"\b(?:joined|joining|connected|participated|took part|(?:a|ont) rejoint|(?:a|ont) participé)\b[^.;]*$"
)


def _kind(segment: _Segment) -> MeetingKind:
    """The kind of encounter, by the words of its opening sentence (a setting it is held
    "on the sidelines of" aside): a call, a signing, a conference (a multilateral or a
    numbered meeting, also when held by video), else a visit or a working meeting."""
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
        if any(
            cue.search(unfilmed)
            for cue in (by_kind[MeetingKind.CONFERENCE], kinds.NUMBERED, kinds.MULTILATERAL)
        ):
            return MeetingKind.CONFERENCE
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
    if _CEREMONY.search(opening) and any(by_kind[MeetingKind.CONFERENCE].search(s) for s in segment.others):
        return MeetingKind.CONFERENCE  # « La cérémonie d'ouverture … » of « cette conférence de 4 jours »
    if kinds.ARRIVAL.search(opening):
        return MeetingKind.OFFICIAL_VISIT  # "Upon his arrival, he was received by his counterpart"
    working = by_kind[MeetingKind.WORKING_MEETING].search(opening) or kinds.MEAL.search(opening)
    visiting = by_kind[MeetingKind.OFFICIAL_VISIT].search(kinds.blanked(kinds.GUEST_ON_A_VISIT, opening))
    if visiting and not working:
        return MeetingKind.OFFICIAL_VISIT
    where = kinds.WHERE.search(opening)
    if visiting and working and where and visiting.start() < where.start() < working.start():
        return MeetingKind.OFFICIAL_VISIT  # "paid a visit to X, where he held talks with Y"
    if working:
        return MeetingKind.WORKING_MEETING
    # a host's reception stays a working meeting however the text calls it later ("Cette
    # visite doit permettre ...")
    # a guest's visit told in apposition (« X, en visite de travail en Côte d'Ivoire, a été
    # reçu par Y ») is not the encounter, which is the reception
    # (not when the visit is the only encounter told: "gave the charge during a familiarisation visit to X")
    on_a_visit = kinds.GUEST_ON_A_VISIT.match(segment.opening, segment.cue_start)
    apposed = on_a_visit is not None and _meeting_cue(segment.opening[on_a_visit.end() :]) is not None
    later_visit = (
        segment.relation is not Relation.RECEIVES
        and not apposed
        and any(kinds.LATER_VISIT.match(s) for s in segment.others)
    )
    if (segment.relation is Relation.VISITS and not apposed) or later_visit:
        return MeetingKind.OFFICIAL_VISIT
    return MeetingKind.WORKING_MEETING


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
    found: set[Topic] = set()
    for sentence in segment.all:
        if sentence is not segment.opening and cues.BOILERPLATE.search(sentence):
            continue
        found |= _topics_in(sentence)
    return sorted(found)


@lru_cache(maxsize=2048)
def _topics_in(sentence: str) -> frozenset[Topic]:
    """The topics of a sentence, not of an agency's name it holds, nor those it says were not
    discussed (« Les deux hommes n'ont pas parlé de cybercriminalité »). (Remembered for the
    document: a sentence of two meetings, or that introduces one, is asked for again.)"""
    return frozenset(topics_in(_NOT_DISCUSSED.sub(" ", kinds.AGENCY_NAME.sub(" ", sentence))))


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


# The side a person was found on, carried in `role` until roles are decided.
_SUBJECT, _OBJECT, _LATER = Role.HOST, Role.GUEST, Role.PARTICIPANT


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
#: Who signs with whom, told again in the present as a caption does: « X signe avec le ministre
#: autrichien Y le nouvel accord » (the signing already told, no encounter of its own: both signed it).
_SIGNS_WITH = regexes.compile(r"\b(?:signe|signent|signs|sign) avec\b|\b(?:signs|sign) with\b")


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
    # « A a dépêché son ministre, B, auprès de son homologue C »: A sent B and took no part; B is the subject
    dispatched = _DISPATCHED.match(opening, segment.cue_start) is not None
    subject_end = segment.cue_end if dispatched else segment.cue_start
    # the visitor of a visit told by its noun is the first named after it
    visitor_named = (
        segment.relation is Relation.VISITS
        and _VISIT_OF.search(opening, max(0, segment.cue_end - 40), segment.cue_end) is not None
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
    for person in _people_in(opening, countries):
        if person.start < reporter_end or (dispatched and person.start < segment.cue_start):
            continue
        side = _SUBJECT if person.start < subject_end or person.start >= fronted_end >= 0 else _OBJECT
        if fronted is not None and person.start >= fronted.end() and any(p.role is _OBJECT for p in found):
            side, fronted = _SUBJECT, None
        if visitor_named and person.start >= segment.cue_end:
            side, visitor_named = _SUBJECT, False
        if presence is not None and person.start >= presence.end() and person.companion_of is None:
            side = _SUBJECT
        if called_on is not None and person.start >= called_on.end():
            side = _SUBJECT
        found.append(_participant(person.name, person.title, person.organisation, person.party, side))
    # (the office-holder a spokesman reports on stands for the lead, as a pronoun does)
    pronoun = lead and (reporter_end or _PRONOUN_SUBJECT.search(opening[: segment.cue_start]))
    if not any(p.role is _SUBJECT for p in found) and not pronoun and not dispatched:
        # (not when a pronoun is the subject: "The ambassador made the remarks when she paid ...")
        leader = people.unnamed_leader(opening[reporter_end : segment.cue_start], countries)
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
        leader = people.unnamed_leader(opening[segment.cue_end :], countries)
        if leader:
            found.append(_participant(None, *leader, _OBJECT))
    delegation = _delegation_side(segment)
    for sentence in segment.others:
        if _recalled(sentence) or cues.RECALLED.search(sentence[:40]):
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
            or (" in for " in sentence and _STANDS_IN.search(sentence))
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
            named = _people_in(_blanked(_QUOTED, sentence), countries)
            sender = _sender(sentence, named)
            for person in named:
                if (
                    again
                    and person.start > _SUBJECT_OPENS + (again.end() if again.start() < 4 else 0)
                    and not _SUCCESSOR_BEFORE.search(sentence[: person.start])
                ):
                    continue
                stand_in = _STANDS_IN.match(sentence, person.end)  # (not spoken of: the stand-in took part)
                if (person.start >= spoken and not stand_in) or (reported and person.end <= reported.start()):
                    continue  # (one who reports an encounter did not take part in it)
                if person is sender:
                    continue  # nor one who sent an invitation or a message to it
                side = _SUBJECT if person.companion_of == people.SUBJECT else _LATER
                party = person.party
                if (accompanied := _accompanied(person, named, found, sentence)) is not None:
                    # "Ambassador Whitman was accompanied by …": on the side of the one named before
                    side, party = accompanied.role, party or accompanied.country
                if side is _LATER and party is None:
                    side = member
                if (
                    person.party is None
                    and person.name
                    and (
                        (person.start == 0 and " " not in person.name)
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
#: meeting with the Ambassador of Moldova to Latvia X the Minister of the Interior Y discussed".
_FRONTED_ENCOUNTER = regexes.compile(
    r"\s*(?:at|during|in the course of) (?:a|an|the|his|her|their|(?:today|yesterday)['’]s) (?:[\w-]+ ){0,3}?"
    r"(?:(?:meeting|talks|audience) with|courtesy (?:call|visit) (?:on|to)) [^,;]{3,160}?(?:(?:, (?:on|in|at) [^,;]{2,40}?)?, | (?=the (?:[\w-]+ ){0,4}?"
    r"(?:minister|commissioner|director|chief|secretary|inspector|head|ambassador|president|deputy|general)\b))",
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


def _undoubled(word: str) -> str:
    return re.sub(r"(.)\1", r"\1", word)


_DELEGATION = regexes.compile(r"d[ée]l[ée]gation", re.IGNORECASE)
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
    r"[^.;]{0,40}?\b(?:courtesy (?:call|visit) (?:from|by)\b[^;]{1,120}?\son\s(?!(?:\w+day|\d)\b)|"
    # (not an ambassador's posting: « du nouvel ambassadeur de Mauritanie au Sénégal »)
    r"visite de courtoisie (?:du|de la|de l'|des|de)\b[^;]{1,120}?\s(?:au|aux|à la|à l'|auprès du|auprès de la)\s(?!(?-i:[A-Z])))",
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
#: délégué à Alger … un groupe conduit par X ».
_DISPATCHED = regexes.compile(r"(?:a|ont|avoir) (?:dépêché|délégué)\b", re.IGNORECASE)
#: A visit told by its noun, the visitor named right after it: « l'objet du déplacement de X, ministre …, à
#: Apia », « la visite à Apia du ministre X », « la visite, ce mardi, du Général X … à la direction générale de
#: la police »; or a group sent, by who led it: « un groupe conduit par X ».
_VISIT_OF = regexes.compile(
    r"\b(?:(?:visite|déplacement),? (?:[^,;.]{0,30}, |(?:à|au|en) [\w'’-]+ )?d[ue]|(?:conduite?|dirigée?) par)\s*$",
    re.IGNORECASE,
)
#: One who sent what was handed over at a meeting, and was not at it: "received an invitation
#: from Kuwait's Minister of Interior, Sheikh X, to visit", "conveyed a message from President
#: X", « a remis une lettre du président X », « porteur d'un message de X ».
_SENDER = regexes.compile(
    r"\b(?:invitations?|messages?|letters?|greetings|lettres?|salutations|courriers?) "
    r"(?:\w+ ){0,3}?(?:from|of|de la part d[eu']|de|du|de la|d')(?=\s|\w)",
    re.IGNORECASE,
    branched,
)
#: How far after those words the sender's name may begin (behind his titles).
_SENDER_REACH = 120


def _sender(sentence: str, named: tuple[people.Person, ...]) -> people.Person | None:
    """The one named first after an invitation's or a message's "from" (not those after him:
    "the greetings of President A to President B")."""
    sent = _SENDER.search(sentence)
    if sent is None:
        return None
    after = [p for p in named if sent.end() <= p.start <= sent.end() + _SENDER_REACH]
    return min(after, key=lambda p: p.start) if after else None


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


def _delegation_side(segment: _Segment) -> Role | None:
    """The side of the delegation the opening speaks of: the subject's ("A delegation
    from X was received by ..."), the object's ("received a delegation"), or none."""
    found = _DELEGATION.search(segment.opening)
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
    if _noun_cue(segment):
        return found, False
    subjects = [p for p in found if p.role is _SUBJECT]
    others = [p for p in found if p.role is not _SUBJECT]
    if not subjects:
        # one of the meeting before named by his surname alone ("Mehrishi later called on the Prime
        # Minister": the guest of the talks told before, not their lead), else its lead
        before_cue = set(fold(segment.opening[: segment.cue_start]).split())
        named = {p.name: p for p in (*lead, *known) if p.name and _surname(p.name) in before_cue}
        subject = tuple(named.values()) if len(named) == 1 else lead
        return [p.model_copy(update={"role": _SUBJECT}) for p in subject] + others, True
    if (
        len(subjects) == 1
        and subjects[0].name is None
        and (holder := _holder(subjects[0].title, lead) or _holder(subjects[0].title, known))
    ):
        # « Le Directeur général a également reçu »: the lead, by a shorter form of his title
        return [holder.model_copy(update={"role": _SUBJECT}), *others], True
    by_surname = {_surname(p.name): p for p in lead if p.name}
    surnames = [_surname(p.name) if p.name else "" for p in subjects]
    if not all(surname in by_surname for surname in surnames):
        return found, False
    return [by_surname[surname].model_copy(update={"role": _SUBJECT}) for surname in surnames] + others, True


def _holder(title: str | None, lead: tuple[DraftParticipant, ...]) -> DraftParticipant | None:
    """The one named person of ``lead`` whose title begins with ``title`` (without its
    determiner): "Le Directeur général" stands for the "Directeur général de la Police
    nationale" just named."""

    def words_of(
        text: str,
    ) -> list[str]:  # without a country's name or demonym ("the Iranian deputy minister")
        text = re.sub(r"^(?:le|la|l'|les|the)\s+", "", text, flags=re.IGNORECASE)
        return [w for w in fold(text).split() if w not in places.tables().countries]

    words = words_of(title or "")
    named = [p for p in lead if p.name and p.title and words_of(p.title)[: len(words)] == words]
    return named[0] if words and len(named) == 1 else None


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
#: "at Europol's headquarters", "at the INTERPOL General Secretariat headquarters".
_AT_SEAT = regexes.compile(
    r"\b(?:au (?:siège|secrétariat général) (?:de l'|d'|du |de la |des )|at (?:the )?(?:headquarters|general secretariat|"
    r"secretariat) of (?:the )?|at (?:the )?)(?P<owner>[^,;.]{2,60}?)(?:['’]s?)?(?: (?:\w+ ){0,2}?(?:headquarters|general secretariat"
    r"|secretariat))?(?=[,;.]|\s(?:in|on|à|le|la|en|où|where)\b|$)",
    re.IGNORECASE,
)
#: Words that make a seat an organisation's, whichever it is.
_SEAT_OWNER = regexes.compile(
    r"(?:l'|the )?(?:organisation|organization|agence|agency|secrétariat général|general secretariat)\b", re.I
)


def _at_an_organisations_seat(opening: str) -> bool:
    """Whether the encounter is held at the seat of an international organisation."""
    for seat in _AT_SEAT.finditer(opening):
        owner = seat.group("owner")
        if _SEAT_OWNER.match(owner):
            return True
        named = places.mentions(owner)
        if named and named[0].start == 0 and named[0].organisation and named[0].organisation.country is None:
            return True
    return False


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
    mission = _at_a_mission(segment) if segment.relation is Relation.WITH else None
    if segment.relation in (Relation.WITH, Relation.TOGETHER) and (visitor := _visitor(segment)) is not None:
        subject_hosts = visitor is _OBJECT  # "X met Y, who is currently visiting the country"
    elif mission is not None:
        subject_hosts = (
            mission is _SUBJECT
        )  # "X met the High Commissioner, Y, at the High Commission's offices"
    elif (
        segment.relation is Relation.WITH
        and _delegation_side(segment) is _SUBJECT
        and (place_country is None or place_country in object_parties)
    ):
        # « une délégation de la DCIS a rencontré le Ministre »: the delegation visits (not one that
        # meets visitors at home: « une délégation du Québec a rencontré à Sherbrooke … »)
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
    elif place_country and place_country in subject_parties and place_country not in object_parties:
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
    host_side = (subject_parties if subject_hosts else object_parties) or ({place_country or home} - {None})
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
    at_home = own is not None and place_country == own and not together
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
            if _SIDES_NAMED.search(segment.opening):
                # "X et son homologue irakien Y se sont entretenus à Ankara": X is of the other side,
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
            and side is not _LATER
            and person.country is None
            and country is not None
            and place_country not in (None, country)
            and any(other.country == country for other in found)
            and not any(other.country == place_country for other in found)
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
        if person.country is None and country is not None and country == counterpart:
            # "X and his Japanese counterpart Y, held at ... in Tokyo": X is not Japanese
            others = sorted(c for c in parties if c != counterpart and c in places.tables().names)
            country = others[0] if len(others) == 1 else None
        if together:
            role = Role.PARTICIPANT
        elif country and not (domestic and side in (_SUBJECT, _OBJECT)):
            role = Role.HOST if country in host_side else Role.GUEST
        elif side is _SUBJECT:
            role = Role.HOST if subject_hosts else Role.GUEST
        elif side is _OBJECT:
            role = Role.GUEST if subject_hosts else Role.HOST
        else:
            role = Role.PARTICIPANT
        out.append(person.model_copy(update={"role": role, "country": country}))
    return out


#: Words that make someone the visitor: "Y, who is currently visiting the country", "X met
#: Y during a visit to the INTERPOL headquarters", « Y, en visite de travail au Maroc ».
_VISITING = regexes.compile(
    r"(?:who|qui) (?:is|was|are|were|est|sont|était) (?:currently |actuellement )?(?:visiting|on (?:a|an) (?:\w+ )?visit|en visite)|"
    r",\s*(?:en visite|on (?:a|an) (?:\w+ )?visit)\b",
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


def _visitor(segment: _Segment) -> Role | None:
    """Which side of "A met B" is the visitor, when the opening says so: B when the
    words that say so follow B's name ("B, who is visiting the country"), else A ("A
    met B during a visit to ...", "A, en visite au Maroc, s'est entretenu avec B")."""
    found = _VISITING.search(segment.opening)
    if found is None:
        return _SUBJECT if _ON_A_VISIT.search(segment.opening) else None
    after = [p for p in _people_in(segment.opening, frozenset()) if p.start > segment.cue_end]
    if found.start() > segment.cue_start and after and found.start() > after[0].start:
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
    r"(?:a|ont) réuni|brought together)\b",
    re.IGNORECASE,
    branched,
)


def _attending(segment: _Segment) -> set[str]:
    """The countries a conference's sentences list as attending."""
    found: set[str] = set()
    for sentence in segment.all:
        if _ATTENDANCE.search(sentence) is None or _recalled(sentence):
            continue
        folded = fold(sentence)
        for mention in places.mentions(_blanked(_QUOTED, sentence)):
            if mention.country and mention.text not in places.tables().demonym_words:
                found.add(mention.country)
            elif (
                mention.organisation
                and _international(mention)
                and not _AREA_BEFORE.search(folded[max(0, mention.start - 40) : mention.start])
                and not _AREA_AFTER.match(folded, mention.end)
            ):  # « … ainsi que du Secrétariat de l'ASEAN et de l'Interpol » (not « les pays de l'ASEAN »)
                found.add(mention.organisation.code)
    return found


def _parties(segment: _Segment, countries: frozenset[str]) -> set[str]:
    """Countries and organisations the meeting's sentences name as actors: demonyms,
    country names after an actor noun or before a force ("the Royal Malaysia Police"),
    organisations (an agency stands for its country)."""
    found: set[str] = set()
    ranked: set[str] = set()  # the peoples of officers named by rank and people (« le général émirati »)
    for described in map(_without_lead, segment.describing[:2]):
        # the setting of a meeting held on the sidelines of another is no party to it, nor a later leg of the journey
        sentence = _blanked(_ONWARD, _blanked(_SIDELINES_WITHIN, described))
        folded = fold(sentence)
        actor_end = -1  # where the last country named as an actor ends
        for mention in places.mentions(sentence):
            before = folded[max(0, mention.start - 40) : mention.start]
            if mention.organisation is not None:
                if _AREA_AFTER.match(folded, mention.end) or _AREA_BEFORE.search(before):
                    continue  # "in the GCC region", « l'espace CEDEAO »: a place, not a side
                if _BODY_OF.search(before):
                    continue  # "the police organisation of the Gulf Cooperation Council, GCCPOL": its body's
                org = mention.organisation.in_country(countries)
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
            if is_demonym and _RANK_BEFORE.search(before):
                ranked.add(
                    mention.country
                )  # « le général émirati X »: his nationality, a side only if no body heads it
                continue
            actor_before = (
                re.search(
                    r"(?:delegation|ambassad\w*|embass\w*|high commission|consul\w*|homologue|counterparts?|ministres?|ministers?|services?|police|autorites|authorities|"
                    r"gouvernement|government|royaume|kingdom|republique|republic|etat|state|forces|garde|officials|responsables|pays|"
                    r"from|de|du|des|d|both)\s+(?:of (?:internal|home|foreign) affairs |of public security |(?:(?!avec\b|with\b)\w+\s+){0,2})"
                    r"(?:du|de la|de l|des|d|de|of|of the)?\s*$",
                    before,
                )
                or _VISITING_COUNTRY.search(before)
                or _BUREAU_OF.search(before)
            )  # "his counterpart, currently visiting Egypt": the host's
            # a country joined to one named as an actor: "both Ghana and Sierra Leone"
            joined = actor_end >= 0 and _JOINED.fullmatch(folded, actor_end, mention.start) is not None
            if is_demonym or actor_before or joined or _force_after(sentence, folded, mention):
                found.add(mention.country)
                actor_end = mention.end
        # « renforcer les canaux entre le Liban et la Jordanie », "cooperation between Ghana and Togo": both sides
        for two in _BETWEEN_TWO.finditer(sentence):
            first, second = places.exact_country(two["first"]), places.exact_country(two["second"])
            if first and second and first != second:
                found |= {first, second}
        found |= _dashed_sides(sentence)
    t = places.tables()
    for sentence in segment.others:
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
    return found


#: A rank right before a demonym (folded text): « le général émirati », "the Brazilian" is not one.
_RANK_BEFORE = regexes.compile(r"\b(?:general|colonel|commissaire|commissioner|amiral|admiral|commandant) $")
#: The international police bodies whose officers stand for them, not for their countries.
_POLICE_BODIES = frozenset(["INTERPOL", "EUROPOL", "AFRIPOL", "AMERIPOL", "ASEANAPOL", "GCCPOL", "FRANCOPOL"])
#: Two countries named as the two sides of a relation: « entre le Liban et la Jordanie », "between
#: Ghana and Togo" (each checked to be a country's name).
_BETWEEN_TWO = regexes.compile(
    r"\b(?:entre|between) (?:le |la |l['’]|les |the )?(?P<first>[A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*){0,2}) "
    r"(?:et|and) (?:le |la |l['’]|les |the )?(?P<second>[A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*){0,2})"
)


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


#: An organisation named as an area (folded text): "the GCC region", "ECOWAS member states",
#: « l'espace CEDEAO », « les pays de la CEDEAO ».
_AREA_AFTER = regexes.compile(r" (?:region|sub region|area|zone|countries|member states|states|space)\b")
_AREA_BEFORE = regexes.compile(
    r"\b(?:espace|zone|region|sous region|pays|etats membres) (?:de la |du |des |de l )?$"
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
        or (m.organisation.in_country(countries).party if m.organisation else None)
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


#: A sidelines setting inside a sentence: "met with X on the sidelines of the 43rd session of
#: the Council of Arab Interior Ministers in Tunis" (up to the end of the clause).
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
#: Egypt", « en visite de travail en Côte d'Ivoire », "on a working visit to Kenya".
_VISITING_COUNTRY = regexes.compile(
    r"(?:\bvisiting|\bvisite (?:\w+ ){0,3}?(?:en|au|aux|a)|\bvisit to|\bsejour (?:\w+ ){0,3}?(?:en|au|aux))\s+(?:the\s+)?$"
)


#: A force or office after a country's name makes it an actor: "the Royal Malaysia Police",
#: "Rwanda National Police", "Uganda Police Force" (folded text).
_FORCE_AFTER = regexes.compile(
    r" (?:national |federal |state )?(?:police|gendarmerie|armed forces|army|navy|coast ?guard|customs|"
    r"immigration|ministry|government|embassy|high commission|delegation|authorities|"
    r"(?:investigation|intelligence|security|anti-narcotics|narcotics) (?:bureau|service|agency|department|directorate)|"
    r"(?:deputy |vice |prime |interior |home |foreign )?(?:minister|secretary|ambassador|envoy|high commissioner))\b"
)


def read(source: Source) -> Draft:
    """Read a communiqué into a draft."""
    # memos serve one document at a time
    for memo in (_meeting_cue, _dates, _people_in, _narrative, _recall_marker, _topics_in, outcomes.in_sentence,
                 names.capitalised_runs):  # fmt: skip
        memo.cache_clear()
    # what is addressed to a machine reader is not what the communiqué reports: not read
    source = replace(source, text=injection.reported(source.text))
    headings = _headings(source.text)
    headline = _headline(headings)
    all_sentences = _analysable(source, headings)
    mentions = places.mentions(source.text)
    home = _home_country(source)
    # the countries the text is about, by name or by city: they place an office several
    # countries have ("la Sûreté nationale" of a text set in Nouakchott)
    named = {m.country or (m.city.country if m.city else None) for m in mentions}
    # « congolaise » in a text set in Kinshasa, or published there ("Kinshasa Direct")
    shared = places.shared_demonyms([*mentions, *places.mentions(source.source or "")])
    countries = frozenset(shared.get(code, code) for code in named | {home} if code)
    all_sentences, completed = _surnames_completed(all_sentences, countries)
    # the publisher's side, when the text or its credit names its country ("Uganda Police
    # Force"; not so when a credit is of an acronym two agencies share, or unrelated to the text)
    # (a newspaper's name is no side: "Le Courrier du Vietnam" reporting a conference in Cambodia)
    credited = places.mentions(source.source) if source.source and not _news_outlet(source.source) else ()
    own = home if home in {m.country or _country_of_place(m) for m in (*mentions, *credited)} else None
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
        _place_in(headline) if headline and not home_city and _meeting_cue(headline) else (None, None)
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
    segments = _segments(all_sentences, countries)
    lead_in = _lead_in(all_sentences, segments)
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
        for part in _split_series(segment, countries, home):
            if _internal(part):
                continue
            meeting, after = _meeting(
                part, countries, home, home_place, own, before, introduced, introduction, lead_in, completed
            )
            if meeting.date_text is None and before is None and _UNDER_WAY.search(part.opening):
                # "Nairobi (Kenya), 11 May 2026 - The 33rd meeting … has started in Nairobi": the dateline's day
                meeting = meeting.model_copy(update={"date_text": _dateline_day(source.text, headings)})
            if after.inherited and before is not None and before.is_visit:
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
    if meetings and segments and len(meetings[0].parties) < 2:
        # a meeting that names one side or none, after sentences that name its two: "The Malaysian marine police
        # is strengthening its ties with its Indonesian counterpart … He was speaking where the meeting is held"
        lead_sides = {side for sentence in lead_in for side in _sides_named(sentence, countries)}
        if len(lead_sides) <= 2 and lead_sides >= set(meetings[0].parties):
            meetings[0] = meetings[0].model_copy(update={"parties": sorted(lead_sides)})
    if meetings and segments and len(meetings[0].parties) < 2:
        lead_side = _lead_in_side(lead_in, countries)
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
    if len(meetings) == 1 and sides & set(meetings[0].parties):  # the headline's other side is one too
        meetings[0] = meetings[0].model_copy(update={"parties": sorted(sides | set(meetings[0].parties))})
    if defined := _defined_acronyms(source.text):
        meetings = [_by_defined_acronyms(meeting, defined) for meeting in meetings]
    return Draft(
        is_meeting_report=bool(meetings), meetings=[_other_side_filled(_posting_filled(m)) for m in meetings]
    )


#: A body's name and the acronym the text gives it: "the Fiji Police Force (FPF)".
_DEFINED_ACRONYM = regexes.compile(r"((?:[A-Z][\w'’-]+ ){1,5})\(([A-Z]{2,8})\)")
#: The acronym in brackets every match of :data:`_DEFINED_ACRONYM` ends with: a text with none (two
#: of five) is spared that pattern, which is tried at every character (this one skips to each "(").
_ACRONYM_IN_BRACKETS = regexes.compile(r"\([A-Z]{2,8}\)")


def _named_after_only(country: str, person: DraftParticipant, opening: str) -> bool:
    """Whether the opening names a country (by its name, a city or a national body) only after a
    participant's name: the side of those it goes on to name, not his."""
    at = fold(opening).find(fold(person.name)) if person.name else -1
    starts = [m.start for m in places.mentions(opening) if (m.country or _country_of_place(m)) == country]
    return at >= 0 and bool(starts) and min(starts) > at


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
    if len(envoys) != 1 or not unsaid:
        return meeting
    envoy, posted = envoys[0]
    posting = places.exact_country(posted.group("country"))
    if posting is None or posting == envoy.country:
        return meeting
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
#: "High Commissioner of India to Nepal".
_POSTED_TO = regexes.compile(
    r"\b(?:ambassad\w+|haut-commissaire|high commissioner|chargée? d'affaires|consul)\b(?:(?!résid|resid|based).)*?"
    r"\b(?:en|au|aux|à|to|in)\s+(?:the\s+|la\s+|l['’])?(?P<country>[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2})\s*$",
    re.IGNORECASE,
)


def _other_side_filled(meeting: DraftMeeting) -> DraftMeeting:
    """A meeting of two countries whose hosts are all of one and whose guests are of the
    other or of none said: those of none said are of the other ("M. Haddad, en visite à
    Amman, … son homologue jordanien Y" in a text on Lebanon and Jordan)."""
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
    if not any(filled.values()):
        return meeting
    participants = [
        p.model_copy(update={"country": filled.get(p.role)})
        if p.country is None and filled.get(p.role)
        else p
        for p in meeting.participants
    ]
    return meeting.model_copy(update={"participants": participants})


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
    officials"), not an encounter of its own."""
    named = [p for p in meeting.participants if p.name]
    return (
        bool(named)
        and len(named) == len(meeting.participants)
        and all(p.role is Role.GUEST for p in named)
        and all(
            any(
                q.name == p.name and set(meeting.parties) <= set(other.parties)
                for other in meetings
                if other is not meeting
                for q in other.participants
            )
            for p in named
        )
    )


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
                office = fold(person.title).split()[-1]
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
    return bool(named) and any(
        other.kind is meeting.kind
        and other.parties == meeting.parties
        and {p.name for p in other.participants if p.name} == named
        for other in later
    )


#: A guest welcomed on his arrival: "X, who arrived in Baghdad earlier today, was welcomed by Y".
_WELCOMED_ON_ARRIVAL = regexes.compile(
    r"\b(?:who|qui) (?:arrived|has arrived|had arrived|est arrivée?|était arrivée?)\b[^.;]{0,80}?\b"
    r"(?:was|were|a été|ont été) (?:received|welcomed|greeted|accueillie?s?|reçue?s?)\b",
    re.IGNORECASE,
)


def _with_arrivals(meetings: list[DraftMeeting]) -> list[DraftMeeting]:
    """The meetings, the welcome of a guest on his arrival ("X, who arrived in Baghdad earlier today,
    was welcomed by Y"; "Upon his arrival, he was received by Y") told after an encounter of the same
    guest in the same place made part of that visit: one official visit, with all its people."""
    result: list[DraftMeeting] = []
    for meeting in meetings:
        guests = {p.name for p in meeting.participants if p.name and p.role is Role.GUEST}
        told = meeting.cue.sentence if meeting.cue else ""
        arrival = kinds.ARRIVAL.search(told) or _WELCOMED_ON_ARRIVAL.search(told)
        visit = next(
            (
                earlier
                for earlier in result
                if arrival
                and earlier.kind in (MeetingKind.WORKING_MEETING, MeetingKind.OFFICIAL_VISIT)
                and guests & {p.name for p in earlier.participants if p.role is Role.GUEST}
                and meeting.city in (None, earlier.city)
            ),
            None,
        )
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
    between the same sides names, of the same side and role and holding that office, and whose day and place
    are that one's or untold."""
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
                and q.role is p.role
                and fold(q.title or "") == fold(p.title or "")
                for q in other.participants
            )
            for p in meeting.participants
        )
    )


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
    or between them)."""
    if not headline:
        return set()
    folded = fold(headline)
    found = places.mentions(headline)[:2]
    if len(found) < 2 or not (found[0].country and found[1].country) or found[0].country == found[1].country:
        return set()
    lead, gap = folded[: found[0].start], folded[found[0].end : found[1].start]
    if (
        not set(lead.split()) <= {"the", "le", "la", "l"}
        or not set(gap.replace(",", " , ").split()) <= _HEADLINE_JOINS
    ):
        return set()
    return {found[0].country, found[1].country}


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
#: A pronoun as the subject of an encounter: "Il sera reçu par", "She met with",
#: "Upon his arrival, he was welcomed by".
_PRONOUN_SUBJECT = regexes.compile(
    r"(?:^|[,;]\s*|\b(?:when|as|after|where|then|later|lorsqu'|quand|après|puis|ensuite)\s*)(?:il|elle|ils|elles|he|she|they)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
    branched,
)


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


def _described(subject: str, introduction: str | None) -> bool:
    """Whether the subject of the first encounter is the one the ``introduction`` names, told
    again by a word of his office that the introduction has ("police chief General Haryanto
    said ... The general met ...")."""
    found = _DESCRIBED_SUBJECT.fullmatch(subject)
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
_SAID_THERE = regexes.compile(rf"(?:\s*|[^;]*?,\s*)(?:he|she|il|elle) {_SAID}", re.IGNORECASE)
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
    r"\b(?:arrived|arrives|landed|(?:est|sont) arrivée?s?|(?:a|ont) atterri|(?:a|ont) foulé le sol)\b",
    re.IGNORECASE,
)
#: The encounter told before, named again as the subject: definite, with who chaired it ("The talks were
#: chaired by", « Les entretiens ont été coprésidés par »), or by its two sides ("The two sides met at …",
#: « Les deux parties se sont réunies … »): the day the sentence before gives is the encounter's.
#: A place, or a house, that a sentence says encounters were held in: « a servi de cadre … à une rencontre »,
#: « est devenu, ce mercredi, l'épicentre d'un ballet diplomatique », "was the venue of talks".
_SCENE = regexes.compile(
    r"\b(?:(?:a servi|servira) de cadre|(?:a été|est devenue?|était|sera)\b[^.]{0,40}?(?:\ble (?:cadre|théâtre)\b|"
    r"\bl['’]épicentre)|(?:was|served as|became|will be) the (?:venue|setting|backdrop|scene)\b|played host\b|"
    r"a abrité\b[^.]{0,120}?\b(?:rencontres?|réunions?|séances?|audiences?|entretiens?|cérémonie|travaux)\b)",
    re.IGNORECASE,
)
_TOLD_AGAIN = regexes.compile(
    r"\s*(?:(?:the|these|les|ces) (?:talks|consultations|discussions|meeting|entretiens|échanges|travaux|réunion|rencontre) "
    r"(?:was|were|a été|ont été) (?:co-?)?(?:chaired|presided over|led|présidée?s?|coprésidée?s?|co-présidée?s?|dirigée?s?) "
    r"(?:by|par)\b|(?:the two sides|both sides|the two delegations|les deux (?:parties|délégations))\b)",
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
#: he had with".
_PRONOUN_IN_CUE = regexes.compile(r"\b(?:qu'(?:il|elle|ils|elles)|he|she|they)\b", re.IGNORECASE)


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
        named = [p for p in _people_in(_blanked(_QUOTED, sentence), countries) if p.name]
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


def _country_of_place(mention: places.Mention) -> str | None:
    """The country of a city or of a national agency a mention names."""
    if mention.city:
        return mention.city.country
    return mention.organisation.country if mention.organisation else None


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
    r"\b(?:(?:ont|a) assisté à|(?:attended|witnessed)) (?:cette|la|the|this) (?:manifestation|cérémonie|ceremony|event)\b",
    re.IGNORECASE,
)


def _internal(segment: _Segment) -> bool:
    """A chief with his own staff, units or stations, and no one from outside: an
    internal event, not a meeting between security actors."""
    sentences = segment.describing
    return (
        any(cues.OWN_SERVICE.search(sentence) for sentence in sentences)
        and not any(cues.OUTSIDER.search(sentence) for sentence in sentences)
        and len(_ordered_countries(" ".join(sentences))) <= 1
        and not any(
            _international(mention) for sentence in sentences for mention in places.mentions(sentence)
        )
    )


def _international(mention: places.Mention) -> bool:
    """Whether a mention is of an organisation of no one country (INTERPOL, the AU)."""
    return mention.organisation is not None and mention.organisation.country is None


def _headline_place(headline: str) -> str | None:
    """The place that opens a headline (or the first line): "Madrid : séance de travail ...",
    « Paris – Le ministre ivoirien … »."""
    match = re.match(r"\s*([A-ZÀ-Ý][\w'’ -]{1,30}?)\s*(?::|[–—]|\s-)\s", headline) or _WIRE_DATELINE.match(
        headline
    )
    return match.group(1) if match else None


#: A wire dateline whose date has no year: "MANAMA, Nov 12 (BNA) --", "KUWAIT CITY, Feb. 10
#: (KUNA) --", "ABU DHABI, 19th February (WAM) --" (the place only: the day is the wire's).
_WIRE_DATELINE = regexes.compile(
    r"\s*([A-Z][A-Z'’ .-]{2,30}?),\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?(?:,?\s*\d{4})?,?\s*"
    r"(?:\(\w[\w /.-]{1,30}\))?\s*(?:--|[–—:-])\s"
)


#: A meeting held at a distance, of whatever kind: "held their 41st meeting through video
#: conferencing", « la session s'est tenue par visioconférence ». The dateline is not its place.
_REMOTE = regexes.compile(
    r"\b(?:through|via|by|over) video[- ]?(?:conferenc\w*|link)|\bvirtual(?:ly)? (?:meeting|session)|"
    r"\b(?:par|en) visio(?:-?conférence)?\b",
    re.IGNORECASE,
    branched,
)


#: A relative pronoun before a verb in the future: what a thing will do, not when the encounter is.
_WHAT_IT_WILL_DO = regexes.compile(
    r"\b(?:which|that|qui|lequel|laquelle|lesquels|lesquelles)\s+(?:\S+\s+)?$", re.IGNORECASE
)
#: What a meeting held set out to plan, its future in a purpose clause: "met on Tuesday to outline
#: how the two forces will work together", « se sont réunis pour définir comment les deux services
#: travailleront ».
_HOW_IT_WILL_GO = regexes.compile(
    r"\b(?:to|pour)\s+[a-zéè]+(?:\s+out)?\s+(?:how|what|where|whether|comment|où)\s+[^,;.]{0,60}$",
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
    # (not the future of what an instrument will do: "have signed an MoU which will see both forces …")
    future = next(
        (
            f
            for f in cues.FUTURE.finditer(opening[window : segment.cue_end + 60])
            if not _WHAT_IT_WILL_DO.search(opening, max(0, window + f.start() - 24), window + f.start())
            and not _HOW_IT_WILL_GO.search(opening, max(0, window + f.start() - 90), window + f.start())
        ),
        None,
    )
    status = Status.ANNOUNCED if future or segment.announced else Status.HELD
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
    speaking = _SAID_THERE.match(opening) is not None or (
        office_said is not None and _described(office_said.group(1), introduction)
    )
    pronoun = (
        _PRONOUN_SUBJECT.search(opening[: segment.cue_start])
        or _PRONOUN_IN_CUE.search(opening[segment.cue_start : segment.cue_end])
        or _described(opening[: segment.cue_start], introduction)
        or _named_again(opening[: segment.cue_start], introduced)
        or reporter is not None
        or speaking
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
    if closing:
        segment = replace(segment, others=[*lead_in, *segment.others])
    if before is None and introduction and not lead and _THEM.search(opening):
        # « A … et son homologue B veulent aller plus loin. Lors de la séance de travail qui les a
        # réunis … »: those the sentence before names are the ones who met
        pair = [p for p in _people_in(_blanked(_QUOTED, introduction), countries) if p.name]
        if len(pair) >= 2:  # (not one named before: "the two ministers" are others)
            lead = tuple(_participant(p.name, p.title, p.organisation, p.party, _SUBJECT) for p in pair)
    found, inherited = _people(segment, countries, lead, before.everyone if before else (), reporter or 0)
    if speaking and before is None and _noun_cue(segment) and not any(p.role is _SUBJECT for p in found):
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
        date_text = date_text or next((p[2] for p in _dates(_narrative(introduction))), None)
        given = _place_in(_narrative(introduction))
        if speaking or reporter is not None:  # what he called for there: « Il s'exprimait lors de … »
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
        if (journey or closing or announced_before or scene or visited_again) and not any(given):
            given = next((place for sentence in told if any(place := _place_in(sentence))), given)
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
        date_text = date_text or before.date_text
    remote = kind is MeetingKind.CALL or _REMOTE.search(opening) is not None
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
    if city is None and given[0] is None and not remote and home_place[0] and country == home_place[1]:
        # one to come in the dateline's country ("ST GEORGE'S, Grenada (CMC) - IMPACS will hold a two-day meeting
        # in Grenada from Wednesday"): in the dateline's city, as one held there is
        city = home_place[0]
    parties = _parties(segment, countries) | _subject_sides(segment, countries)
    if segment.counterpart:  # one meeting of a series: the other counterparts are not parties to it
        parties = (parties - (_series_countries(segment) - {home})) | {segment.counterpart}
    participants = found
    if segment.counterpart:
        participants = [p for p in participants if p.country in (None, home, segment.counterpart)]
    if segment.guest:  # one talk of a series: the other guests are in the others
        participants = [
            p for p in participants if p.role is not _OBJECT or _surname(p.name or "-") == segment.guest
        ]
    sided = participants
    # the visitor of the encounter before, in a further one ("He will meet ..."), visits still
    visiting = inherited and before is not None and before.visitor
    # a meeting on the sidelines of another held abroad: its place hosts no one
    abroad = (
        home is not None
        and country not in (None, home)
        and (_SIDELINES_OF_EVENT.search(opening) is not None or (same_occasion and country == given[1]))
    )
    participants = _roles(
        participants, segment, kind, parties, None if abroad else country, home, own, visiting
    )
    parties |= {p.country for p in participants if p.country}
    # a seat named with no city (« au siège de la Direction générale ») is in its host's country
    hosts = {p.country for p in participants if p.role is Role.HOST and p.country in places.tables().names}
    if country is None and venue and not remote and len(hosts) == 1:
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
            # a visit by a foreign guest, its host not named (« Le ministre portugais est attendu à Abidjan »):
            # the country visited is the other side
            or (
                kind is MeetingKind.OFFICIAL_VISIT
                and segment.relation is Relation.VISITS
                and not any(p.role is Role.HOST for p in participants)
                and any(p.role is Role.GUEST and p.country not in (None, country) for p in participants)
            )
        )
    ):
        parties.add(country)
    # three sides or more that meet together are a conference, however they are named (« Les
    # ministres tchadien, centrafricain, gabonais et camerounais … se sont retrouvés »)
    if kind is MeetingKind.WORKING_MEETING and segment.relation is Relation.TOGETHER and len(parties) >= 3:
        kind = MeetingKind.CONFERENCE
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
    after = _Before(
        lead=tuple(person for side, person in zip(sided, participants, strict=True) if side.role is _SUBJECT),
        date_text=date_text,
        place=(city, country),
        visit_place=(city, country) if is_visit or before is None or not inherited else before.visit_place,
        is_visit=is_visit,
        inherited=inherited,
        everyone=tuple(p for p in participants if p.name),
        told=kinds.VISIT_TOLD.search(opening) is not None,
        abroad=abroad,
        visitor=any(
            p.role is Role.GUEST for side, p in zip(sided, participants, strict=True) if side.role is _SUBJECT
        ),
    )
    return meeting, after


def _hosted_elsewhere(segment: _Segment, found: list[DraftParticipant], country: str | None) -> bool:
    """Whether the one who receives is of another country than the dateline's ("YEREVAN, … ARMENPRESS. The
    delegation of Armenia's Police … was hosted today by Georgian's minister …": filed at home, held abroad)."""
    side = {Relation.RECEIVED: _OBJECT, Relation.RECEIVES: _SUBJECT}.get(segment.relation)
    return side is not None and any(p.role is side and p.country not in (None, country) for p in found)


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


def _series_countries(segment: _Segment) -> set[str]:
    return set(_ordered_countries(segment.opening[segment.cue_start :]))
