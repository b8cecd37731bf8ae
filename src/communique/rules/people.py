"""People in a sentence: names, the titles in apposition to them, and whom they represent.

Handles the genre's usual shapes: "TITLE (ACRONYM), NAME, ...", "NAME, TITLE, ...",
"son homologue danois, NAME", "le ministre espagnol de l'Intérieur, NAME",
"accompagné du TITLE, NAME", and honorifics ("M.", "Mme", "Général"). A name is only
ever a run of words of the sentence itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import names, places
from ..normalise import strip_honorifics
from ..text import fold

TITLE_HEAD = re.compile(
    r"(?<![\w'-])(?:"
    r"[Dd]irect(?:eur|rice)s?(?:[- ]g[ée]n[ée]ral(?:e)?(?: adjoint(?:e)?)?)?|[Ss]ous-direct(?:eur|rice)|[Dd]irector(?:-[Gg]eneral| [Gg]eneral)?|"
    r"[Mm]inistre(?: délégué(?:e)?)?|[Mm]inister|[Ss]ecr[ée]taire(?: d'[ÉE]tat| g[ée]n[ée]ral(?:e)?)?|[Ss]ecretary(?:[- ][Gg]eneral)?|"
    r"[Cc]hef(?:fe)?|[Cc]hief|[Hh]ead|[Cc]ommandant|[Cc]ommander|[Pp]r[ée]sident(?:e)?|[Cc]hair(?:man|woman|person)?|"
    r"[Ii]nspect(?:eur|rice|or)(?:[- ]g[ée]n[ée]ral)?|[Pp]rocureur|[Pp]rosecutor|[Aa]mbassad(?:eur|rice|or)|"
    r"[Aa]ttach[ée]e?|[Cc]onsul(?: g[ée]n[ée]ral)?|[Cc]ommissaire|[Cc]ommissioner|[Pp]r[ée]fet|[Ww]ali|[Gg]ouverneur|[Gg]overnor|"
    r"[Cc]oordinat(?:eur|rice|or)|[Cc]onseill(?:er|ère)|[Aa]dvis[eo]r|[Dd]eputy|[Vv]ice-?[Pp]r[ée]sident(?:e)?|"
    r"[Hh]aut(?:e)?[- ][Rr]eprésentant(?:e)?|[Hh]igh [Rr]epresentative|[Cc]harg[ée]e? d'affaires|[Dd][ée]l[ée]gu[ée]e?(?: g[ée]n[ée]ral(?:e)?)?|"
    r"[Rr]eprésentant(?:e)?|[Rr]epresentative|[Gg][ée]n[ée]ral de (?:corps d'arm[ée]e|division|brigade)|[Cc]olonel(?:-major)?|"
    r"[Gg]eneral|[Ll]ieutenant(?:-| )[Gg][ée]n[ée]ral|[Cc]ontr[ôo]leur g[ée]n[ée]ral|[Ss]uperintendent|[Ee]nvoy[ée]?|[Ee]nvoy|[Cc]ommandant en chef"
    r")(?![\w'-])"
)
_BOUNDARY = re.compile(
    r"(?<![\w'-])(?:avec|with|a|ont|est|sont|était|étaient|was|were|has|have|had|is|are|reçu|received|accueilli|hosted|"
    r"met|rencontré|qui|who|lors|during|dont|whose|et son|et sa|and his|and her|ainsi que|as well as|"
    r"held|holds|hold|had|took|signed|paid|chaired|led|opened|attended|visited|spoke|discussed|welcomed|will|"
    r"s'est|se sont|se rendra|effectuera|tiendra|recevra|présidera|participera|accueillera|s'entretiendra)(?![\w'-])",
    re.IGNORECASE,
)
_ROYAL = re.compile(r"(?:Roi|King|Majesté|Majesty|Émir|Emir|Prince|Princesse|Pape|Pope|Sultan)\s+$")
_ROMAN_AFTER = re.compile(r"^\s+(?:I{1,3}|IV|V|VI{0,3}|IX|X{1,3})\b")
_ACRONYM = re.compile(r"\s*\(([A-Z][\w./-]{1,20})\)")
_COMPANION = re.compile(
    r"(?:accompagnée?s?|assistée?s?|secondée?s?|entourée?s?) (?:de|du|des|d'|par)|accompanied by|assisted by|joined by|"
    r"along with|together with",
    re.IGNORECASE,
)
_COUNTRY_TAIL = re.compile(r"\s+(?:au|aux|en|du|des|de la|de l'|d'|de|of|for|in)\s*(?:the\s+)?")


@dataclass(frozen=True)
class Person:
    """Someone the sentence names or singles out by title."""

    name: str | None
    title: str | None
    organisation: str | None
    party: str | None
    start: int  # where the mention starts in the sentence
    end: int
    companion_of: int | None = None  # index of the person they accompany


def _party_of(*texts: str, countries: set[str], last: bool = False) -> str | None:
    """The party of the first (or ``last``) country, demonym or organisation word."""
    for text in texts:
        found = places.mentions(text)
        for mention in reversed(found) if last else found:
            if mention.organisation is not None:
                return mention.organisation.in_country(countries).party
            if mention.country is not None:
                return mention.country
    return None


def clean_title(raw: str, countries: set[str]) -> tuple[str | None, str | None, str | None]:
    """A title as written, without its acronym in brackets, a trailing country
    complement ("au Danemark") or a demonym ("ministre espagnol de l'Intérieur").
    Returns ``(title, organisation, party)``."""
    title = " ".join(raw.split()).strip(" ,;:")
    organisation = None
    acronym = _ACRONYM.search(title)
    if acronym:
        organisation = acronym.group(1)
        title = (title[: acronym.start()] + title[acronym.end() :]).strip(" ,")
    party = _party_of(organisation or "", title, countries=countries)
    # a trailing country complement says whom the title-holder represents
    for tail in reversed(list(_COUNTRY_TAIL.finditer(title))):
        code = places.exact_country(title[tail.end() :])
        if code is not None and tail.start() > 0:
            party = party or code
            title = title[: tail.start()].rstrip(" ,")
            break
    # a demonym inside the title ("ministre espagnol de l'Intérieur")
    kept = []
    for word in title.split():
        code = places.tables().countries.get(fold(word))
        if code and word[:1].islower() and kept and len(word) > 3:
            party = party or code
            continue
        kept.append(word)
    title = " ".join(kept).strip(" ,") or None
    return title, organisation, party


def _title_before(sentence: str, start: int) -> tuple[int, str] | None:
    """The title in apposition before a name: from the earliest title word whose
    stretch up to the name crosses no verb, preposition of encounter or other name."""
    before = sentence[:start]
    for head in TITLE_HEAD.finditer(before):
        stretch = before[head.start() :]
        if len(stretch.split()) > 30 or _BOUNDARY.search(stretch):
            continue
        if any(names.person_like(names.trim(r.group(0))) for r in names.CAPITALISED_RUN.finditer(stretch)):
            continue
        return head.start(), stretch
    return None


def _title_after(sentence: str, end: int) -> str | None:
    """The title in apposition after a name: ", Directeur général de la DGSN, ..."."""
    match = re.match(r"\s*,\s*(?:(?:le|la|l'|the)\s+)?", sentence[end:])
    if not match:
        return None
    rest = sentence[end + match.end() :]
    head = TITLE_HEAD.match(rest)
    if not head:
        return None
    stop = re.search(r",|;|\.(?:\s|$)|\s(?:a|ont|est|sont|was|were|has|had|who|qui)\s", rest)
    return rest[: stop.start()] if stop else rest


def find(sentence: str, countries: set[str]) -> list[Person]:
    """Named people of a sentence, in order, with their titles and parties.
    ``countries`` are the countries the text is about, to place ambiguous acronyms."""
    found: list[Person] = []
    for match in names.CAPITALISED_RUN.finditer(sentence):
        run = match.group(0)
        trimmed = names.trim(run)
        if not trimmed:
            continue
        start = match.start() + run.index(trimmed)
        end = start + len(trimmed)
        prefix = sentence[:start]
        honoured = bool(names.HONORIFIC_BEFORE.search(prefix))
        if not (names.person_like(trimmed) or (honoured and names.is_name_token(fold(trimmed)))):
            continue
        if _ROYAL.search(prefix) or _ROMAN_AFTER.match(sentence[end:]):
            continue
        name = strip_honorifics(trimmed)
        before = _title_before(sentence, start)
        title_raw = before[1] if before is not None else _title_after(sentence, end)
        title, organisation, party = clean_title(title_raw, countries) if title_raw else (None, None, None)
        companion = None
        if found and _COMPANION.search(sentence[found[-1].end : start]):
            companion = found[-1].companion_of if found[-1].companion_of is not None else len(found) - 1
            party = party or found[companion].party
        if party is None and companion is None:
            context = _last_clause(sentence[max(0, start - 60) : start])
            party = _party_of(context, countries=countries, last=True)
        found.append(Person(name, title, organisation, party, start, end, companion))
    return found


def _last_clause(text: str) -> str:
    """The words just before a name, back to the last clause break: "son homologue danois,"."""
    parts = re.split(r"(?:[;.]|\bet\b|\band\b|\bavec\b|\bwith\b)", text)
    return parts[-1] if parts else text


def unnamed_leader(clause: str, countries: set[str]) -> tuple[str, str | None, str | None] | None:
    """A title that stands for an unnamed office-holder leading a side ("Le Directeur
    général de la Sûreté nationale a reçu ..."): ``(title, organisation, party)``."""
    head = TITLE_HEAD.search(clause)
    if head is None:
        return None
    stretch = clause[head.start() :]
    stop = _BOUNDARY.search(stretch)
    raw = stretch[: stop.start()] if stop else stretch
    raw = re.split(r",\s*(?:accompagn|assist|entour|accompan)", raw)[0]
    if any(names.person_like(names.trim(r.group(0))) for r in names.CAPITALISED_RUN.finditer(raw)):
        return None
    title, organisation, party = clean_title(raw, countries)
    if not title or len(title.split()) < 2:
        return None
    return title, organisation, party
