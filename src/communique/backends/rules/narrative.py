"""What a sentence itself says of the meeting it tells.

A sentence often carries more than its encounter: a quotation, a leading clause on what
came before or comes next ("After attending the summit in Vienna, …"), an earlier
encounter it recalls, a commitment to meet again elsewhere. :func:`_narrative` blanks
those out, so that the day and the place read from a sentence are its encounter's.
"""

from __future__ import annotations

import re
from functools import cache

from communique import regexes
from communique.backends.rules import cues, kinds, outcomes
from communique.backends.rules.encounters import (
    _ABOUT_A_VISIT,
    _AFTER_IT,
    _FRAME_BEFORE,
    _blanked,
    _dates,
    _meeting_cue,
    _unquoted_retelling,
)
from communique.text import Screened, branched, caseless

#: The later legs of a journey: « une visite devant le conduire aussi au Mali et au Niger », « qui le mènera
#: ensuite à Niamey », "a tour that will also take him to Laos", "before heading to Hanoi" (not where this encounter is).
_ONWARD = regexes.compile(
    r"\b(?:(?:devant|qui (?:doit|devra|va|le|la|les)) (?:le |la |les )?(?:conduire|conduira|mener|mènera|amener|amènera)|"
    r"(?:which|that) will (?:also |then )?take (?:him|her|them)|before (?:heading|travelling|traveling|proceeding|"
    r"going|moving) (?:on )?to)\b[^.;]{0,120}",
    re.IGNORECASE,
    branched,
)


#: An arrival told with its day, then what the guest is still to do: "X arrived in the country on Wednesday and is
#: also expected to meet Y", « M. X est arrivé mardi au Mali et rencontrera Y » (the day is the arrival's, not
#: that of the encounter to come); and so a departure, up to where to: "X left Accra on Tuesday for Dakar, where he
#: will meet Y", « X a quitté Abidjan mardi pour Dakar, où il rencontrera Y ». Screened by its verbs ("arrived",
#: « arrivé », "left", « quitté »): it is blanked in every sentence of a narrative, and few tell an arrival.
_ARRIVED_THEN_TO_COME = Screened(
    r"\b(?:arrived|(?:est|sont) arrivée?s?)\b[^.;]{0,100}?(?=,?\s(?:and|et)\s(?:is|are|will|doit|doivent|devrait|devraient|"
    r"devra|devront|sera|seront|\w+(?:era|eront)|(?:est|sont) attendue?s?)\b)|"
    r"\b(?:left|departed|(?:a|ont) quitté)\s[^.;]{0,60}?(?=\s(?:for|pour)\s[^.;,]{0,40},\s(?:where|où)\s(?:he|she|they|il|elle|ils|"
    r"elles)\s(?:will|is|are|doit|doivent|devra|devront|sera|seront|\w+(?:era|eront))\b)",
    re.IGNORECASE,
)
#: A departure for a gathering still to come, up to its purpose, and the day before it: "on Monday flew to Indonesia
#: to attend a conference … to be held in Bandung", "left on Sunday to take part in the meeting … due to be held".
#: Screened by its verbs, as :data:`_ARRIVED_THEN_TO_COME`.
_DEPARTED_TO_ATTEND = Screened(
    r"(?:\bon (?:mon|tues|wednes|thurs|fri|satur|sun)day\s)?\b(?:flew|left|departed)\s[^.;]{0,60}?(?=\s(?:to attend|"
    r"to take part in|to participate in)\s[^.;]{0,160}?\b(?:to be held|due to be held|will (?:open|start|begin))\b)",
    re.IGNORECASE,
)
_WEEKDAY = regexes.compile(r"\b(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
#: A guest's arrival right before the day it names, no other clause between: "arrived in Kigali on Sunday",
#: « Arrivée dimanche à Niamey ». Screened by its verbs, as :data:`_ARRIVED_THEN_TO_COME`.
_ARRIVAL_DAY = Screened(r"\b(?:arrived|landed|arrivée?s?|atterri)\b[^.;,]{0,50}$", re.IGNORECASE)


def _without_arrival_day(sentence: str) -> str:
    """A sentence without the day of the guest's arrival when it tells the encounter on another day of the stay:
    « Arrivée dimanche à Niamey pour trois jours, la ministre a eu lundi une séance de travail avec Y », "arrived on
    Monday and held talks with Y on Tuesday" (the encounter is Monday's only when no other day is told)."""
    if _ARRIVAL_DAY.spares(caseless(sentence)):
        return sentence
    found = _dates(sentence)
    arrivals = [p for p in found if _ARRIVAL_DAY.pattern.search(sentence, max(0, p[0] - 50), p[0])]
    if not arrivals or len(arrivals) == len(found):
        return sentence
    for start, end, _ in arrivals:
        sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return sentence


def _without_departure_day(sentence: str) -> str:
    """A sentence without the day of a departure for a gathering still to come (:data:`_DEPARTED_TO_ATTEND`): the
    day is the departure's, not the gathering's; where to is kept, the place of the gathering if none other is."""
    if _DEPARTED_TO_ATTEND.spares(caseless(sentence)):
        return sentence
    for departure in _DEPARTED_TO_ATTEND.pattern.finditer(sentence):
        for day in _WEEKDAY.finditer(sentence, departure.start(), departure.end()):
            sentence = sentence[: day.start()] + " " * (day.end() - day.start()) + sentence[day.end() :]
    return sentence


#: A leading clause about what came before or comes next: "Au lendemain de sa participation
#: à ..., tenue à Vienne du 24 au 27 novembre, le directeur ...", "After attending the summit
#: in X, ...", « À la veille de l'ouverture, demain à Tunis, de la 44e session ..., le ministre ». (Not talks ended
#: there: « À l'issue de son entretien, mercredi, avec X, le directeur … » tells the encounter, and its day; nor a stay
#: ended there: « À l'issue de son séjour à Bamako, du 23 au 26 février, X a fait le bilan de ses échanges » tells
#: where and when they were.)
_EARLIER_LEAD = regexes.compile(
    r"^\s*(?:au lendemain d|après (?:sa|son|leur|avoir|une|un)|après (?:le|la|l')\s?(?:\w+ )?(?:diplomate|ambassad\w+|"
    r"délégation|visiteur|visiteuse|émissaire|envoyée?)\b|after (?:the )?(?:\w+ )?(?:envoy|ambassador|diplomat|delegation)\b|à l'issue de (?:sa|son)(?! séjour\b)|after (?:attending|taking part|his|her|a|an)|"
    r"following (?:his|her)|à la veille d|en prélude à|on the eve of|ahead of|in the run-up to)"
    r"(?!\s(?:\w+ )?(?:rencontre|entretien|audience|séance de travail|talks|meeting|audience)\b)"
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


#: A sentence that is all a spokesman's words, with who said them after: "“Today, the Minister of A and the
#: Minister of B met in Moscow,” said the spokesperson" (the quote is the report: its day and place are the
#: meeting's). Anchored at the sentence's start, and no closing mark inside: nothing to backtrack over.
_REPORTED_IN_A_QUOTE = regexes.compile(
    r"\s*[“\"«][^”\"»]{20,400}[”\"»],?\s?(?:said|says|told|stated|reported|announced|a (?:déclaré|indiqué|annoncé|"
    r"précisé)|a-t-(?:il|elle) (?:déclaré|indiqué|annoncé|précisé))\b"
)


def _reported_in_a_quote(sentence: str) -> bool:
    """Whether the sentence is a spokesman's report of the encounter, quoted (not words of what is to come:
    "“We will meet again in Abidjan,” he said")."""
    quote = _REPORTED_IN_A_QUOTE.match(sentence)
    return (
        quote is not None
        and _meeting_cue(quote.group(0)) is not None
        and _FUTURE_WORDS.search(quote.group(0)) is None
    )


_FUTURE_WORDS = regexes.compile(
    r"\b(?:will|shall|would|going to|va|vont|sera|seront|\w+(?:era|eront|erons))\b", re.IGNORECASE
)


def _without_stay(sentence: str) -> str:
    """A sentence without what brought the guest to the country (:data:`kinds.STAY_FOR`), up to the comma that
    closes it: "X, who is in the country to attend the symposium which starts on Monday, was received by Y" (the
    day is the symposium's, not the reception's). Where he stays is kept: « Profitant de son séjour à Dakar dans le
    cadre du sommet, X a rendu visite à Y » (in Dakar)."""
    for stay in kinds.STAY_FOR.finditer(sentence):
        purpose = _PURPOSE.search(sentence, stay.start(), stay.end())
        start = purpose.start() if purpose else stay.start()
        comma = sentence.find(",", start, stay.end())
        end = stay.end() if comma < 0 else comma
        sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return sentence


#: Where a stay's purpose begins (:func:`_without_stay`).
_PURPOSE = regexes.compile(r"\b(?:pour|dans le cadre d|for|to attend)\b", re.IGNORECASE)


#: A relative clause on its subject's past, in commas: "X, who returned last week from a regional summit in Addis Ababa
#: where he spoke on terrorism, received Y", « X, qui revenait d'une réunion à Abuja où il avait plaidé pour …, a reçu
#: Y » (its place, day, gathering and topics are not those of the encounter told); not who the subject had at his
#: side: « X, qui avait à ses côtés Mme Y, a indiqué … ».
_PAST_ASIDE = regexes.compile(
    r",\s(?:who|qui)\s(?:had (?:already |recently |previously |earlier |just )?(?:been|\w+ed|met|spoken|led|held|"
    r"taken|given|made|come|gone)|returned|came back|was back|revenait|rentrait|avai(?:t|ent) (?:déjà |récemment |"
    r"auparavant )?(?:\w+(?:é|ée|és|ées|i|is|u|us|it)|été|eu)|s'étai(?:t|ent)|(?:était|étaient) (?:rentrée?s?|revenue?s?))"
    r"\b[^,;.]{0,240},(?=\s)",
    re.IGNORECASE,
)


def _without_past_aside(sentence: str) -> str:
    """A sentence without a relative clause on its subject's past (:data:`_PAST_ASIDE`) between the subject and the
    verb of the encounter told, its commas made one (not one on what a gathering recalled had done: « les engagements
    pris lors de leur rencontre de 2019, qui avaient jeté les bases des patrouilles conjointes, avant de convenir … »)."""
    if ", " not in sentence:
        return sentence
    for aside in _PAST_ASIDE.finditer(sentence):
        rest = sentence[aside.end() :]
        cue = _meeting_cue(rest)
        if cue is not None and cue[1].start() <= _VERB_AFTER_ASIDE:
            return sentence[: aside.start()] + "," + rest
    return sentence


#: How far after a relative clause on its subject's past the verb of the encounter may be: "…, on Tuesday, 10 March
#: 2026, received", « …, a reçu ».
_VERB_AFTER_ASIDE = 40


@cache  # a memo of one document (reader.read)
def _narrative(sentence: str) -> str:
    """What a sentence itself says of the meeting: without quoted words ("« Nous nous
    reverrons à Abidjan »"), but for a programme quoted, whose day is its encounter's (« le ministre « aura jeudi des
    séances de travail avec X » »), or a leading clause on what came before, and up to what it commits to (the place of a meeting
    agreed on, "agreed to convene a dialogue in Canberra", is not where this one is). (Asked for
    again of the same sentences, for its day and for its place.)"""
    if not _reported_in_a_quote(sentence):
        sentence = _unquoted_retelling(sentence)
    sentence = _without_lead(sentence)
    sentence = _blanked(_ONWARD, _blanked(_ABOUT_A_VISIT, sentence[: _recall_start(sentence)]))
    sentence = _without_arrival_day(_without_departure_day(_blanked(_ARRIVED_THEN_TO_COME, sentence)))
    sentence = _without_stay(sentence)
    commitment = outcomes.commitment(sentence)
    if commitment is None or cues.ENCOUNTER_EXPECTED.match(sentence, commitment.start()):
        return sentence  # (nor is "are expected to ink the MoU in Vientiane", "to meet", a commitment: the encounter itself)
    frame = _frame(sentence, commitment.end())
    if frame is not None:  # what was agreed is blanked, the encounter that frames it kept
        return sentence[: commitment.start()] + " " * (frame - commitment.start()) + sentence[frame:]
    # the day agencies put inside the verb ("agreed Saturday to set up …") is the meeting's
    return sentence[: commitment.end() if _dates(commitment.group(0)) else commitment.start()]


@cache  # a memo of one document (reader.read)
def _recall_marker(sentence: str) -> re.Match[str] | None:
    """The first words of a sentence that recall an earlier encounter (:data:`cues.RECALLED`),
    if any: looked for once per sentence, though the segments, the place, the people and the
    outcomes of a meeting all ask. An earlier gathering of the series (:data:`cues.EARLIER_OF_SERIES`) is recalled too."""
    found = [
        m for m in (cues.RECALLED.search(sentence), cues.EARLIER_OF_SERIES.search(sentence)) if m is not None
    ]
    return min(found, key=lambda m: m.start()) if found else None


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
