"""Cue words of the genre, in French and English, as patterns over raw sentences.

Each family answers one question the offline reader asks of a sentence: does it
report an encounter, of what kind, to come or past, only as background; does it say
who took part; is it boilerplate about the cooperation in general; is it text trying
to instruct the reader.
"""

from __future__ import annotations

import re
from enum import Enum

from ..schema import MeetingKind


class Relation(Enum):
    """How the subject of a meeting sentence stands to its object."""

    RECEIVES = "receives"  # "A a reçu B": A hosts, B is the guest
    VISITS = "visits"  # "A s'est rendu à / a visité B": A is the guest
    WITH = "with"  # "A s'est entretenu avec B": A hosts unless the place says otherwise
    TOGETHER = "together"  # calls, conferences, joint signings: all take part


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + "|".join(patterns) + r")(?![\w])", re.IGNORECASE)


#: Verb phrases that report an encounter, with the relation they set between sides.
MEETING_VERBS: list[tuple[re.Pattern[str], Relation]] = [
    (
        _any(
            r"(?:a|ont|avait|avaient|aura|auront) (?:été )?(?:reçu|accueilli)e?s?",
            r"recevra",
            r"accueillera",
            r"a reçu en audience",
            r"received",
            r"receives",
            r"hosted",
            r"hosts",
            r"welcomed",
            r"will (?:receive|host|welcome)",
            r"est reçu",
            r"a été reçue?",
            r"was received",
            r"were received",
        ),
        Relation.RECEIVES,
    ),
    (
        _any(
            r"s'est rendue? (?:au|à|en|aux)",
            r"se rendra",
            r"se rendent",
            r"a effectué une visite",
            r"effectuera une visite",
            r"effectue une visite",
            r"a visité",
            r"visitera",
            r"en visite (?:de travail|officielle)?",
            r"visite (?:de travail|officielle|d'amitié et de travail)",
            r"visited",
            r"visits",
            r"will visit",
            r"paid (?:a|an) (?:\w+ )?visit",
            r"(?:is|was) on (?:a|an) (?:\w+ )?visit",
            r"will pay (?:a|an) (?:\w+ )?visit",
            r"travel(?:led|ed|s)? to",
            r"will travel to",
            r"tour(?:née)? (?:de travail )?(?:en|au|dans)",
        ),
        Relation.VISITS,
    ),
    (
        _any(
            r"(?:s'est|se sont) entretenue?s?",
            r"s'entretiendra",
            r"(?:a|ont) eu (?:des|un) (?:entretiens?|échanges?|réunion)",
            r"(?:a|ont) tenu (?:une|des|un) (?:réunion|séance|entretiens?|rencontre|séances)",
            r"tiendra",
            r"(?:a|ont) rencontré",
            r"rencontrera",
            r"(?:a|ont) co-?présidé",
            r"(?:a|ont) présidé (?:une|la|les) (?:réunion|séance|travaux)",
            r"réunion de travail",
            r"séance de travail",
            r"séance de travail",
            r"entretiens? (?:bilatéra(?:l|ux)|officiels?)",
            r"held (?:talks|a meeting|a working (?:meeting|session)|discussions|consultations|bilateral talks)",
            r"will hold (?:talks|a meeting)",
            r"met (?:with )?",
            r"meets",
            r"will meet",
            r"(?:a|the) meeting (?:with|between)",
            r"talks with",
            r"co-?chaired",
            r"chaired a meeting",
            r"held a working session",
        ),
        Relation.WITH,
    ),
    (
        _any(
            r"entretien téléphonique",
            r"(?:par|au) téléphone",
            r"téléphoniquement",
            r"visio-?conférence",
            r"(?:phone|telephone|video) (?:call|conversation|conference)",
            r"by (?:phone|telephone|video ?link)",
            r"videoconference",
            r"spoke (?:by phone )?with",
            r"(?:ont|a) signé",
            r"signeront",
            r"(?:ont|a) procédé à la signature",
            r"(?:signed|will sign)",
            r"(?:a|ont) (?:pris part|participé)",
            r"prendra part",
            r"participera",
            r"(?:took|take|will take) part",
            r"participated",
            r"attended",
            r"will attend",
            r"(?:a|ont) assisté",
            r"(?:a|ont) représenté",
            r"(?:s'est|se sont) réunie?s?",
            r"se réuniront",
            r"(?:a|ont) réuni",
            r"(?:s'est|se sont) tenue?s?",
            r"se tiendra",
            r"(?:a|ont) (?:ouvert|clôturé) les travaux",
            r"(?:opened|closed) the (?:meeting|conference|session)",
            r"(?:convened|gathered|brought together)",
            r"(?:was|were) held",
            r"will be held",
        ),
        Relation.TOGETHER,
    ),
]

KIND_CUES: list[tuple[MeetingKind, re.Pattern[str]]] = [
    (
        MeetingKind.CALL,
        _any(
            r"téléphon\w*",
            r"visio-?conférence",
            r"phone",
            r"telephone",
            r"video ?(?:call|conference|link)",
            r"videoconference",
            r"virtual meeting",
        ),
    ),
    (
        MeetingKind.SIGNING,
        _any(
            r"(?:ont|a) signé",
            r"signeront",
            r"procédé à la signature",
            r"signature (?:d'un|d'une|du|de la|des)",
            r"signed",
            r"will sign",
            r"signing (?:of|ceremony)",
        ),
    ),
    (
        MeetingKind.CONFERENCE,
        _any(
            r"conférence",
            r"assemblée générale",
            r"sommet",
            r"forum",
            r"séminaire",
            r"congrès",
            r"colloque",
            r"symposium",
            r"atelier",
            r"session (?:ordinaire|extraordinaire)",
            r"réunion (?:ministérielle|multilatérale|régionale|des ministres|des chefs)",
            r"conseil des ministres",
            r"conference",
            r"general assembly",
            r"summit",
            r"seminar",
            r"workshop",
            r"congress",
            r"ministerial meeting",
            r"multilateral",
            r"regional meeting",
            r"plenary",
        ),
    ),
    (
        MeetingKind.WORKING_MEETING,
        _any(
            r"entretiens?",
            r"réunion de travail",
            r"séance de travail",
            r"séances de travail",
            r"réunion",
            r"talks",
            r"working (?:meeting|session)",
            r"meeting",
            r"discussions",
            r"consultations",
            r"(?:s'est|se sont) entretenue?s?",
            r"s'entretiendra",
        ),
    ),
    (
        MeetingKind.OFFICIAL_VISIT,
        _any(
            r"visite",
            r"visited",
            r"visit",
            r"s'est rendue?",
            r"se rendra",
            r"tournée",
            r"tour",
            r"courtesy call",
            r"visite de courtoisie",
        ),
    ),
]

FUTURE = _any(
    r"se rendra",
    r"effectuera",
    r"recevra",
    r"accueillera",
    r"tiendra",
    r"participera",
    r"prendra part",
    r"présidera",
    r"signeront",
    r"se réuniront",
    r"se tiendra",
    r"aura lieu",
    r"s'entretiendra",
    r"rencontrera",
    r"visitera",
    r"prochainement",
    r"(?:doit|doivent|devrait|devraient) (?:se rendre|effectuer|recevoir|tenir|participer|signer|rencontrer|avoir lieu|se tenir)",
    r"est attendue?s?",
    r"sont attendue?s?",
    r"will",
    r"(?:is|are) (?:to|scheduled to|expected to|due to|set to) (?:visit|hold|meet|travel|sign|attend|take|receive|host|pay|be held)",
    r"next week",
    r"la semaine prochaine",
    r"le mois prochain",
    r"next month",
    r"upcoming",
)

#: A meeting recalled as background, not reported: "lors de leur rencontre de 2019".
BACKGROUND = _any(
    r"(?:lors|au cours) de (?:leur|la|sa|notre) (?:précédente |dernière |première )?(?:rencontre|réunion|visite|entretien)s? (?:de|en|du mois) ",
    r"(?:en|depuis|since|in) (?:19|20)\d\d",
    r"l'an(?:née)? (?:dernier|dernière|passée?)",
    r"last year",
    r"(?:précédente|dernière) (?:rencontre|réunion|visite|session)",
    r"previous (?:meeting|visit|session)",
    r"(?:rappelé|rappelant|rappelle|recalled|recalling|recall)",
    r"il y a (?:deux|trois|quelques|\d+) (?:ans|mois)",
    r"(?:years|months) ago",
)

#: People said to take part: accompanying, composing or leading a delegation, present.
PARTICIPATION = _any(
    r"accompagnée?s? (?:de|du|des|par)",
    r"assistée?s? (?:de|du|des|par)",
    r"délégation",
    r"composée? (?:de|du|des)",
    r"conduite? par",
    r"présidée? par",
    r"en présence (?:de|du|des)",
    r"aux côtés (?:de|du|des)",
    r"représentée? par",
    r"(?:a|ont) pris part",
    r"(?:a|ont) participé",
    r"ont également",
    r"accompanied by",
    r"delegation",
    r"led by",
    r"headed by",
    r"comprising",
    r"in the presence of",
    r"alongside",
    r"joined by",
    r"along with",
    r"(?:took|take) part",
    r"attended",
    r"(?:was|were) (?:also )?present",
    r"represented by",
    r"including",
)

#: Closing boilerplate about the cooperation in general: not what was discussed.
BOILERPLATE = _any(
    r"s'inscri(?:t|vent|vait) dans (?:le cadre|la dynamique|la continuité)",
    r"(?:elle|il|cette \w+) (?:traduit|témoigne|reflète|illustre)",
    r"traduit (?:également )?l'engagement",
    r"témoigne de",
    r"conclut le communiqué",
    r"is part of",
    r"comes as part of",
    r"reflects",
    r"underscores the",
    r"in line with",
    r"within the framework of the (?:strong|excellent|close)",
)

#: Text addressed to a machine reader rather than reporting anything.
INJECTION = _any(
    r"ignore[zr]? (?:toutes )?(?:les |all |the |any )?(?:instructions|consignes|directives|règles)",
    r"ignore (?:all |the |any )?(?:previous|prior|above)",
    r"disregard (?:all |the |any )?(?:previous|prior|above|instructions)",
    r"(?:system|assistant) prompt",
    r"(?:répondez|réponds|answer|respond|output|reply) (?:que|that|only|with)",
    r"vous êtes (?:un|une) (?:assistant|modèle|ia)",
    r"you are (?:an?|the) (?:assistant|ai|model|language model)",
    r"nouvelles instructions",
    r"new instructions",
    r"(?:as an|en tant qu') ?(?:ai|ia)\b",
)

#: Anaphora that refer back to the encounter being described, not a new one.
SAME_MEETING = _any(
    r"(?:cette|cet|ces|la même|lors de cette|à cette|au cours de cette|au cours de ces|durant cette|pendant cette|à l'issue de cette|à l'issue de ces|lors de ces) (?:rencontre|réunion|visite|entretiens?|séance|occasion|audience|conversation|session)s?",
    r"(?:this|the|these|during the|during this|at the|at this|after the|following the|on the sidelines of the) (?:meeting|talks|visit|session|call|conversation|discussions?|occasion|audience)",
    r"les deux (?:parties|responsables|ministres|délégations|chefs|hommes|services|pays)",
    r"both (?:sides|parties|officials|ministers|delegations)",
    r"the two (?:sides|parties|officials|ministers|delegations)",
    r"les (?:deux )?parties",
    r"the parties",
)
