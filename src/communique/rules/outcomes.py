"""Outcomes: what an encounter produced or committed to, as phrases of the text.

Each pattern matches the phrase to quote: "ont signé un mémorandum d'entente",
"signer prochainement un mémorandum d'entente", "création d'une cellule commune",
"une visite de retour". A phrase ends at the first comma, semicolon or relative
clause, so the quote stays short.
"""

from __future__ import annotations

import re

from ..schema import Outcome, OutcomeType

_INSTRUMENT = (
    r"(?:mémorandum|memorandum|MoU|accord|agreement|convention|protocole|protocol|déclaration d'intention|"
    r"declaration of intent|plan d'action|action plan|arrangement|feuille de route|roadmap|programme|"
    r"program|charte|charter|traité|treaty|lettre d'intention|letter of intent)"
)
_MECHANISM = (
    r"(?:cellule|groupe de travail|groupe mixte|comité technique|mécanisme|task force|working group|"
    r"joint (?:cell|unit|team|centre|center|task force)|équipe commune|centre commun|bureau de liaison|"
    r"officiers? de liaison|liaison (?:office|officers?|post)|point focal|points focaux|focal points?|"
    r"ligne (?:directe|rouge)|hotline|plateforme|platform)"
)
_FOLLOW_UP = (
    r"(?:visite de retour|return visit|prochaine (?:réunion|rencontre|session|édition)|next (?:meeting|session|round)|"
    r"commission mixte|comité mixte|joint (?:committee|commission)|réunion de suivi|follow-up meeting|"
    r"se réunir (?:à nouveau|régulièrement|périodiquement|annuellement)|meet (?:again|regularly|annually)|"
    r"(?:a|ont) (?:invité|convié)\w* .{0,60}? à (?:se rendre|effectuer une visite)|invited .{0,60}? to visit)"
)
_END = r"[^,;.()«»\"]{0,80}?(?=\s*(?:[,;.()]|\s(?:qui|lequel|laquelle|which|that|en tant que|afin|pour|to|dans le but)\s|$))"

_PATTERNS: list[tuple[OutcomeType, re.Pattern[str]]] = [
    (OutcomeType.AGREEMENT_SIGNED, re.compile(
        rf"(?:(?:ont|a|avaient) (?:procédé à la )?sign(?:é|ature)|signed|signature (?:d'un|d'une|du|de la|des)|signing of)"
        rf"\s+(?:(?:un|une|le|la|l'|les|des|a|an|the|two|deux|trois|three)\s+)?(?:\w+\s+)?{_INSTRUMENT}{_END}",
        re.IGNORECASE)),
    (OutcomeType.AGREEMENT_PLANNED, re.compile(
        rf"(?:signer|conclure|finaliser|élaborer|préparer|sign|conclude|finali[sz]e|draft|prepare|negotiate|négocier)"
        rf"\s+(?:(?:prochainement|rapidement|bientôt|soon|shortly|a new|un nouvel?|une nouvelle)\s+)?(?:(?:un|une|le|la|l'|les|des|a|an|the)\s+)?"
        rf"(?:\w+\s+)?{_INSTRUMENT}{_END}",
        re.IGNORECASE)),
    (OutcomeType.MECHANISM_CREATED, re.compile(
        rf"(?:cr[ée]ation|mise en place|création|mettre en place|créer|instituer|établir|set(?:ting)? up|"
        rf"establish(?:ed|ment of|ing)?|create[ds]?|creation of|launch(?:ed)?)\s+(?:(?:d'un|d'une|d'|de|du|un|une|le|la|a|an|the)\s+)?"
        rf"(?:\w+\s+)?{_MECHANISM}{_END}",
        re.IGNORECASE)),
    (OutcomeType.FOLLOW_UP_PLANNED, re.compile(rf"{_FOLLOW_UP}{_END}", re.IGNORECASE)),
]  # fmt: skip

#: Sentences that report an agreement as planned rather than done.
_PLANNED_CONTEXT = re.compile(
    r"convenu|conviennent|agreed|agree|décidé|decided|prochainement|will|envisag|prévoi|prévu|plan(?:ned|s)? to|s'engag",
    re.IGNORECASE,
)


def find(sentence: str) -> list[Outcome]:
    """The outcomes a sentence reports, each with its phrase."""
    found: list[Outcome] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            span = (match.start(), match.end())
            if any(s < span[1] and span[0] < e for s, e in taken):
                continue
            if (
                kind is OutcomeType.MECHANISM_CREATED
                and not _PLANNED_CONTEXT.search(sentence)
                and not re.search(
                    r"(?:ont|a|have|has) (?:été )?(?:créé|mis en place|institué|établi|set up|established|created|launched)|"
                    r"création|creation|mise en place|establishment",
                    sentence,
                    re.IGNORECASE,
                )
            ):
                continue
            if kind is OutcomeType.AGREEMENT_PLANNED and not _PLANNED_CONTEXT.search(sentence):
                continue
            taken.append(span)
            found.append(Outcome(type=kind, text=" ".join(match.group(0).split()).rstrip(" ,")))
    return found
