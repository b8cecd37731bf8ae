"""The last-resort reading of an encounter that no cue of meeting opens.

Real pages often tell an encounter by what its two sides went over, never by a verb of meeting: « Le ministre A et
son homologue B ont passé en revue … », "Discussions between A and B … focused on …", « La journée a été l'occasion
pour A et B d'examiner … », "Interviewed after a session with his counterpart, A said …", or by a photo's caption
("A (right) with B, at headquarters in Suva") over what was raised. Each wording has kin the cues cannot all list;
what they share is a verb of exchange or examination (:data:`cues.EXCHANGED`) and named people of two sides.

:func:`exchanged` is asked only when the reader found no segment at all, so it cannot change a text the cues read.
It accepts, among the first sentences of the text, the first that

- tells an exchange (:data:`cues.EXCHANGED`) and names two people and a side besides the publisher's (or one
  besides another named), or names one person and his counterpart, host or guest (« avec son hôte », "his Botswana
  counterpart"), or one person and the delegations of two sides named (« les délégations du Mali et de la Mauritanie
  ont examiné »); or
- has the two sides as the subject of an exchange ("The two chiefs reviewed …", « Les deux responsables ont
  examiné … ") after a sentence that names two people and two sides; or
- is a photo's caption (a "Photo:" or « Photo de famille » label, or "(right)", « (à gauche) » after a name) naming
  two people of two sides, or one person, someone from outside (« la délégation », "the visiting …") and the
  encounter by its noun (« lors de la séance de travail »).
- tells words said to the other side named by its relation ("X told her visitor, Y", « a lancé X à son hôte, Y »);
  or
- is an agenda's hour line telling an exchange ("10:00 Discussions with Commissioner B"), the line before naming the
  visitor of the other side ("09:00 Arrival of AFP Commissioner A"); or
- tells what two named people of two sides attended together (« en présence de A et de B », "in the presence of",
  « sous l'égide de », "alongside"), not a force's own ceremony or a handover; or
- tells a visit or a delegation by its noun, its visitor or its leader named and the host's side too ("The visit of
  the Zambian IGP, A, to the Malawi Police Service headquarters", "The Ghanaian delegation, led by A, spent Tuesday
  at the headquarters of the Liberia National Police").

An exchange whose people the sentence names may have its sides named by the headline over it (« Le DG et
l'ambassadeur d'Allemagne passent en revue … » over « A et B ont évoqué mardi à Lomé … »).

It refuses a sentence that recalls the past or is background (« en 2019 », "it will be recalled"), one that is
negated, missed or only wished (:data:`cues.UNMET`) or a police sting, one that tells what reaches a counterpart
at a distance or is no encounter though it names one (a message, condolences, an appointment, a seizure on shared information: :data:`cues.AT_A_DISTANCE`),
a training course, and any exchange whose sides are not named people (statistics of messages "the two sides
exchanged", a minister praising the cooperation of two countries).
"""

from __future__ import annotations

import re

from communique import regexes
from communique.backends.rules import cues
from communique.backends.rules.consolidate import _sides_named
from communique.backends.rules.cues import Relation
from communique.backends.rules.encounters import HOUR_FIRST, _people_in, _Segment, denied
from communique.backends.rules.narrative import _recall_marker
from communique.backends.rules.people import Person
from communique.normalise import places
from communique.text import Cue

#: How many of the text's first sentences may tell the encounter: a lead, its headline or caption, and the sentence
#: after them (later ones speak of background as often as of the day's encounter).
_LEAD = 4

#: The other side named by its relation to the one named: "his counterpart", « son hôte », "her visitor".
_COUNTERPART = regexes.compile(
    r"\b(?:counterparts?|homologues?|hôtes?|host|hosts|visitors?|visiteurs?|guests?|invitée?s?|interlocut(?:eur|rice)s?)\b",
    re.IGNORECASE,
)

#: A photo's caption: its label opening the line (« Photo de famille à l'issue de … »), or a place in the picture
#: after a name.
_CAPTION = regexes.compile(
    r"^\s*(?:(?:photo|caption|légende|pic(?:ture)?)\s*:|photo de famille\b|group photo\b)|\((?:left|right|centre|center|middle|l|r|à gauche|à droite|au centre)\)",
    re.IGNORECASE,
)

#: What two sides attended together: « en présence de », "in the presence of", « sous l'égide de », "alongside".
_PRESENCE = Cue(
    r"en (?:la )?présence (?:de|du|des|d')", r"in the presence of", r"sous (?:l'égide|la présidence|le patronage) (?:de|du|des|d')",
    r"aux côtés (?:de|du|des|d')", r"alongside", r"flanked by",
)  # fmt: skip

#: A visit or a delegation told by its noun and who made or led it: "the visit of A to …", « la visite du général A
#: à … », "the delegation, led by A", « la délégation conduite par A ».
_VISIT_OF = Cue(
    r"(?:visit|visite|séjour|stay|trip) (?:\S+ ){0,3}?(?:of|by|de|du|de la|de l')",
    r"(?:delegation|délégation|team|équipe)s?,? (?:\S+ ){0,8}?(?:led|headed|conduite?s?|dirigée?s?) (?:\S+ ){0,2}?(?:by|par)",
)  # fmt: skip

#: The sides as delegations, of the countries the sentence names: « les délégations du Mali et de la Mauritanie ont
#: examiné », "the delegations of both countries reviewed".
_DELEGATIONS = regexes.compile(r"\b(?:délégations|delegations)\b", re.IGNORECASE)

#: Words said to the other side, named by its relation to the speaker: "X told her visitor, Y, in Lusaka",
#: « a lancé le ministre, X, à son hôte, Y », « a assuré à son homologue ».
_TOLD_TO = Cue(
    r"(?:told|tells|assured|assures|urged|urges|reminded|reminds|briefed|briefs) (?:his|her|their) (?:\w+ ){0,2}?"
    r"(?:visitors?|guests?|hosts?|counterparts?)",
    r"(?:said|says|remarked|declared|explained|stressed) to (?:his|her|their) (?:\w+ ){0,2}?(?:visitors?|guests?|hosts?|counterparts?)",
    r"(?:a|ont) (?:lancé|déclaré|dit|assuré|confié|indiqué|expliqué|rappelé|souligné|affirmé)[^.;]{0,120}? (?:à|au) (?:son|sa|leurs?|ses) "
    r"(?:\w+ ){0,2}?(?:hôtes?|homologues?|visiteurs?|invitée?s?)",
)  # fmt: skip

#: An agenda's line, opening on its hour: "10:00 Discussions with …", « 10h30 : Séance de travail avec … ».
_HOUR_LINE = regexes.compile(HOUR_FIRST + r"\b", re.IGNORECASE)

#: The two sides, by their number, as a subject: "the two chiefs", « les deux responsables », "both ministers".
_THE_TWO = regexes.compile(
    r"^\s*(?:(?:the two|both(?: the)?) (?:sides|parties|delegations|chiefs|ministers|officials|leaders|heads|men|women|"
    r"directors|commanders|commissioners|secretaries)|les deux (?:parties|délégations|responsables|ministres|chefs|"
    r"hommes|personnalités|directeurs|commandants|généraux|secrétaires))\b",
    re.IGNORECASE,
)


def exchanged(
    all_sentences: list[str], countries: frozenset[str], home: str | None, headings: list[str]
) -> list[_Segment]:
    """The encounter told by an exchange between named sides, opened on the sentence that tells it and continued by
    all after it; none when no sentence of the lead qualifies (see the module's docstring). What comes before the
    first sentence is the ``headings`` over the text (a headline, an agenda's title and first hour line)."""
    for index, sentence in enumerate(all_sentences[:_LEAD]):
        if _refused(sentence):
            continue
        before = all_sentences[index - 1] if index else " ".join(headings) or None
        above = " ".join([*headings, *all_sentences[:index]])
        opening = _opening(sentence, before, above, countries, home, " ".join(headings))
        if opening is None:
            continue
        relation, cue = opening
        segment = _Segment(sentence, relation, cue.start(), cue.end())
        if before is not None and _THE_TWO.match(sentence):
            segment.add(before, countries)
        elif _HOUR_LINE.match(sentence):  # (an agenda's line: its title and the lines above name the visit)
            for line in [*headings, *all_sentences[:index]]:
                segment.add(line, countries)
        segment.add(sentence, countries)
        for later in all_sentences[index + 1 :]:
            segment.add(later, countries)
        return [segment]
    return []


def _opening(
    sentence: str,
    before: str | None,
    above: str,
    countries: frozenset[str],
    home: str | None,
    headline: str = "",
) -> tuple[Relation, re.Match[str]] | None:
    """How a sentence tells the encounter, and where, if it does by one of the wordings the module's docstring
    lists: "the two chiefs" exchanging after a sentence naming both (``before``), an exchange between named sides, an
    agenda's line under the lines that name its visitor (``above``), a caption or a presence of two sides, a visit or a
    delegation and its host's side. The sides of an exchange may be named by the ``headline`` over it, its people by
    the sentence (« Le DG de la police et l'ambassadeur d'Allemagne passent en revue la coopération » over « A et B
    ont évoqué mardi à Lomé la formation des officiers »)."""
    verb = cues.EXCHANGED.search(sentence)
    if verb is not None and _THE_TWO.match(sentence):
        if before is None or _refused(before):
            return None
        people = [p for p in _people_in(before, countries) if p.name]
        return (
            (Relation.WITH, verb) if len(people) > 1 and _two_sides(before, people, countries, home) else None
        )
    named = [p for p in _people_in(sentence, countries) if p.name]
    if not named:
        return None
    two_sides = _two_sides(sentence, named, countries, home)
    if verb is not None and not two_sides and headline and not _refused(headline):
        two_sides = _two_sides(f"{headline} {sentence}", named, countries, home)
    if verb is not None and (
        (len(named) > 1 and two_sides)
        or _COUNTERPART.search(sentence, verb.start() - 80 if verb.start() > 80 else 0) is not None
        or (two_sides and _DELEGATIONS.search(sentence) is not None)
    ):
        return Relation.WITH, verb
    if (told := _TOLD_TO.search(sentence)) is not None:
        return Relation.WITH, told
    if verb is not None and _HOUR_LINE.match(sentence) and not _refused(above):
        # an agenda's hour line, its visitor named on the lines above: "Programme - Visit of the Australian Police
        # Commissioner", "09:00 Arrival of Commissioner A", "10:00 Discussions with Commissioner of Police B on …"
        agenda = f"{above} {sentence}"
        people = [p for p in _people_in(agenda, countries) if p.name]
        if len(people) > 1 and _two_sides(agenda, people, countries, home):
            return Relation.WITH, verb
    together = _CAPTION.search(sentence) or _PRESENCE.search(sentence)
    if together is not None and len(named) > 1 and two_sides and not cues.OWN_CEREMONY.search(sentence):
        return Relation.TOGETHER, together
    if (
        (caption := _CAPTION.search(sentence)) is not None
        and cues.OUTSIDER.search(sentence) is not None
        and cues.ENCOUNTER_NOUN.search(sentence) is not None
    ):
        # a caption of the encounter by its noun, the other side by its relation, one person named: « X (au centre),
        # entouré de la délégation de la police marocaine lors de la séance de travail de mardi »
        return Relation.TOGETHER, caption
    visit = _VISIT_OF.search(sentence)
    return (Relation.VISITS, visit) if visit is not None and two_sides else None


def _refused(sentence: str) -> bool:
    """Whether a sentence cannot tell the encounter, whatever exchange it names: see the module's docstring."""
    return (
        _recall_marker(sentence) is not None
        or cues.BACKGROUND.search(sentence) is not None
        or denied(sentence)
        or cues.AT_A_DISTANCE.search(sentence) is not None
        or cues.TRAINING_EVENT.search(sentence) is not None
        or cues.HANDOVER.search(sentence) is not None
    )


def _two_sides(sentence: str, people: list[Person], countries: frozenset[str], home: str | None) -> bool:
    """Whether the people of a sentence are of two sides: the sides it names or they belong to, with the
    publisher's and the country of the place it names (the host's), are two, one of them not the publisher's (not
    a force's own officers)."""
    sides = {p.party for p in people if p.party} | _sides_named(sentence, countries)
    sides |= {m.city.country for m in places.mentions(sentence) if m.city and m.city.country}
    return bool(sides - {home}) and len(sides | ({home} if home else set())) > 1
