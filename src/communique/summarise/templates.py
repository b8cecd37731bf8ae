"""Summarise: a French and an English summary written from the record alone.

The summaries say who met whom, when, where, about what and with what result, in
at most three sentences and 90 words, and nothing the record does not hold. The
offline backend uses them; a model writes its own, which :mod:`communique.ground`
checks against the same limits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from communique import regexes
from communique.ground import MAX_SUMMARY_WORDS
from communique.normalise import places
from communique.schema import (
    Analysis,
    Meeting,
    MeetingKind,
    OutcomeType,
    Participant,
    Role,
    Status,
    Summary,
    Topic,
)
from communique.text import fold, words

_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")  # fmt: skip
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")  # fmt: skip

TOPIC_LABELS: dict[Topic, tuple[str, str]] = {
    Topic.TERRORISM: ("le terrorisme", "terrorism"),
    Topic.ORGANISED_CRIME: ("le crime organisé", "organised crime"),
    Topic.DRUG_TRAFFICKING: ("le trafic de drogue", "drug trafficking"),
    Topic.CYBERCRIME: ("la cybercriminalité", "cybercrime"),
    Topic.ILLEGAL_MIGRATION: ("l'immigration irrégulière", "illegal migration"),
    Topic.EXTRADITION: ("l'extradition", "extradition"),
    Topic.INTELLIGENCE_SHARING: ("l'échange de renseignements", "intelligence sharing"),
    Topic.TRAINING: ("la formation", "training"),
    Topic.EXPERTISE_EXCHANGE: ("l'échange d'expertise", "the exchange of expertise"),
    Topic.FORENSICS: ("la police scientifique", "forensics"),
    Topic.OPERATIONAL_COOPERATION: ("la coopération opérationnelle", "operational cooperation"),
    Topic.BORDER_SECURITY: ("la sécurité des frontières", "border security"),
    Topic.EVENT_SECURITY: ("la sécurité des grands événements", "the security of major events"),
    Topic.MONEY_LAUNDERING: ("le blanchiment d'argent", "money laundering"),
    Topic.REGIONAL_SECURITY: ("la sécurité régionale", "regional security"),
}

_OUTCOMES: dict[OutcomeType, tuple[str, str]] = {
    OutcomeType.AGREEMENT_SIGNED: ("Un accord a été signé", "An agreement was signed"),
    OutcomeType.AGREEMENT_PLANNED: (
        "Les parties sont convenues de conclure un accord",
        "The parties agreed to conclude an agreement",
    ),
    OutcomeType.FOLLOW_UP_PLANNED: ("Une suite a été programmée", "A follow-up was planned"),
    OutcomeType.MECHANISM_CREATED: ("Un mécanisme commun a été créé", "A joint mechanism was set up"),
    OutcomeType.OTHER: ("Des engagements ont été pris", "Commitments were made"),
}

# For each kind: French (held, announced), English (held, announced); {a} and {b} are sides.
_TEMPLATES: dict[MeetingKind, tuple[tuple[str, str], tuple[str, str]]] = {
    MeetingKind.WORKING_MEETING: (
        ("{a} a tenu une réunion de travail avec {b}", "{a} doit tenir une réunion de travail avec {b}"),
        ("{a} held a working meeting with {b}", "{a} is to hold a working meeting with {b}"),
    ),
    MeetingKind.OFFICIAL_VISIT: (
        ("{a} a reçu {b} en visite officielle", "{a} doit recevoir {b} en visite officielle"),
        ("{a} received {b} on an official visit", "{a} is to receive {b} on an official visit"),
    ),
    MeetingKind.SIGNING: (
        ("{a} et {b} ont signé un accord", "{a} et {b} doivent signer un accord"),
        ("{a} and {b} signed an agreement", "{a} and {b} are to sign an agreement"),
    ),
    MeetingKind.CALL: (
        ("{a} a eu un entretien téléphonique avec {b}", "{a} doit avoir un entretien téléphonique avec {b}"),
        ("{a} held a call with {b}", "{a} is to hold a call with {b}"),
    ),
    MeetingKind.CONFERENCE: (
        (
            "{a} et {b} ont participé à une réunion multilatérale",
            "{a} et {b} doivent participer à une réunion multilatérale",
        ),
        (
            "{a} and {b} took part in a multilateral meeting",
            "{a} and {b} are to take part in a multilateral meeting",
        ),
    ),
    MeetingKind.OTHER: (
        ("{a} a rencontré {b}", "{a} doit rencontrer {b}"),
        ("{a} met {b}", "{a} is to meet {b}"),
    ),
}
#: The most words of a title a summary gives; past it, "a senior Ivorian official".
_LONGEST_TITLE = 14
#: How many people of a side a summary names at least (the others are counted), and how
#: many meetings it tells one by one at least; more of each while the word limit allows.
_SHOWN = 3
_TOLD = 2
#: The most of each a summary tries to name, past the least (a longer list is counted).
_MOST_SHOWN = 10
_MOST_TOLD = 4
#: When only one side is known.
_ALONE = (("{a} a pris part à une rencontre", "{a} doit prendre part à une rencontre"),
          ("{a} took part in a meeting", "{a} is to take part in a meeting"))  # fmt: skip

#: When neither a person nor a side of the meeting is known.
_UNNAMED = ("des responsables de la sécurité", "security officials")

_NO_MEETING = (
    "Ce communiqué ne rend compte d'aucune rencontre entre responsables de la sécurité.",
    "This communiqué reports no meeting between security officials.",
)


def _join(items: Sequence[str], language: str) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    last = " et " if language == "fr" else " and "
    return ", ".join(items[:-1]) + last + items[-1]


#: The organisations of the spec's list as French writes them, bare and after "de":
#: the EU is « l'UE », the Arab League « la Ligue arabe » (in English they keep their
#: codes, after "the" unless read as a word: :data:`_WORDS_EN`); police organisations
#: keep their names and take no article
#: (« d'INTERPOL », "of INTERPOL"), as :meth:`_Writer.of_party` gives. ``AU`` is not
#: here: the spec gives the African Union the ISO code of Australia, read as Australia
#: unless someone of that party holds an office of the Union (:data:`_UNION_OFFICE`),
#: or the text names the Union and not Australia.
_ORGANISATIONS_FR = {
    "EU": ("UE", "de l'UE"),
    "UN": ("ONU", "de l'ONU"),
    "UNODC": ("ONUDC", "de l'ONUDC"),
    "OAS": ("OEA", "de l'OEA"),
    "LAS": ("Ligue arabe", "de la Ligue arabe"),
    "AIMC": ("Conseil des ministres arabes de l'Intérieur", "du Conseil des ministres arabes de l'Intérieur"),
    "NATO": ("OTAN", "de l'OTAN"),
    "OSCE": ("OSCE", "de l'OSCE"),
    "CEMAC": ("CEMAC", "de la CEMAC"),
    "ECOWAS": ("CEDEAO", "de la CEDEAO"),
    "GCC": ("CCG", "du CCG"),
}

#: The codes of that list English reads as words, with no article: "of NATO", "of ECOWAS"
#: (but "of the EU", "of the OSCE").
_WORDS_EN = frozenset({"NATO", "ECOWAS", "UNODC", "CEMAC"})

#: The African Union, bare and after "of", in French and in English.
_AFRICAN_UNION = (("Union africaine", "de l'Union africaine"), ("African Union", "the African Union"))
#: A title or an organisation of the African Union: "Commissaire à la paix et à la
#: sécurité de l'UA", "African Union Commission".
_UNION_OFFICE = regexes.compile(r"\b(?:African Union|Union africaine|UA|AU)\b")
#: What every match of :data:`_UNION_OFFICE` holds: a quick test that spares it most whole texts.
_UNION_WORDS = ("AU", "UA", "Union")
#: Australia named in a text: "Australia", « l'Australie », "Australian", « australien ».
_AUSTRALIA = regexes.compile(r"\b[Aa]ustrali")

_MASCULINE_E = ("Mexique", "Cambodge", "Mozambique", "Zimbabwe", "Belize")
#: English country names that take "the": "the United States", "the Netherlands".
_NEEDS_THE = regexes.compile(
    r"(?:United |Republic|Democratic |Central African|Czech Republic|Dominican|Netherlands|Philippines|Gambia|"
    r"Bahamas|Comoros|Maldives|Seychelles|Solomon|Marshall|Vatican|Holy See|Ivory Coast)"
)


#: French country names whose preposition and article do not follow their ending: islands and
#: city-states named bare (« à Cuba », « de Malte »), names that take no article before their vowel
#: (« en Israël », « d'Oman »), plurals without an s (« aux Fidji ») and islands named with theirs
#: (« à la Barbade »): the words before the name after "in" and after "of".
_FRENCH_EXCEPTIONS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("Madagascar", "Djibouti", "Cuba", "Singapour", "Bahreïn", "Chypre", "Malte", "Monaco",
                     "Taïwan", "Sao Tomé-et-Principe", "Trinité-et-Tobago", "Saint-Marin", "Sainte-Lucie", "Nauru",
                     "Hong Kong", "Macao", "Saint-Kitts-et-Nevis", "Antigua-et-Barbuda", "Porto Rico"), ("à ", "de ")),
    **dict.fromkeys(("Israël", "Oman", "Haïti"), ("en ", "d'")),
    **dict.fromkeys(("Fidji", "Tonga", "Samoa", "Tuvalu", "Kiribati"), ("aux ", "des ")),
    **dict.fromkeys(("Barbade", "Grenade"), ("à la ", "de la ")),
    "Île Maurice": ("à l'", "de l'"),
    "Commonwealth de la Dominique": ("au ", "du "),
}  # fmt: skip


def _french_form(name: str) -> str:
    """How a French country name takes its article: "plural" (les États-Unis), "vowel"
    (l'Espagne), "feminine" (la France) or "masculine" (le Maroc)."""
    if name.endswith("s") and not name.endswith(("Laos", "Belarus")):
        return "plural"
    if name[:1] in "AEIOUÉÈÊÎÔaeiouéèêîô":
        return "vowel"
    return "feminine" if name.endswith("e") and name not in _MASCULINE_E else "masculine"


def in_city_fr(name: str) -> str:
    """The French preposition and name of a city: "à Alger", "au Caire" (« Le Caire »)."""
    return f"au {name[3:]}" if name.startswith("Le ") else f"à {name}"


def in_country_fr(name: str) -> str:
    """The French preposition and name of a country: "au Maroc", "en France",
    "aux États-Unis", "en Iran", "à Cuba", "aux Fidji"."""
    if name in _FRENCH_EXCEPTIONS:
        return _FRENCH_EXCEPTIONS[name][0] + name
    preposition = {"plural": "aux", "vowel": "en", "feminine": "en", "masculine": "au"}[_french_form(name)]
    return f"{preposition} {name}"


def _of_fr(words: str) -> str:
    """French "of" before ``words``, elided or contracted: « d'Issakha Haroun », « du directeur
    de cabinet » (« le directeur … »), « des conseillers », « de Paul Ndong »."""
    if words.startswith("le "):
        return f"du {words[3:]}"
    if words.startswith("les "):
        return f"des {words[4:]}"
    return f"d'{words}" if words[:1] in "AEIOUÉÈÊÎÔaeiouéèêîô" else f"de {words}"


def _more(count: int, noun: str, participle: str, french: bool) -> str:
    """ "une autre rencontre est rapportée", "2 more meetings are reported", "3 autres participants"."""
    if french:
        text = (
            f"un{'e' if noun == 'rencontre' else ''} autre {noun}"
            if count == 1
            else f"{count} autres {noun}s"
        )
        verb = "" if not participle else (f" est {participle}" if count == 1 else f" sont {participle}s")
        return text + verb
    text = f"one more {noun}" if count == 1 else f"{count} more {noun}s"
    return text + ("" if not participle else f" {'is' if count == 1 else 'are'} {participle}")


def _plural(people: list[Participant], parties: list[str]) -> bool:
    """Whether a side is several people: two people or more, or the representatives of
    its parties (not a title that holds an "and")."""
    return len(people) > 1 or (not people and bool(parties))


#: The two sides of a meeting: who leads, who is met, and the parties of each.
_Sides = tuple[list[Participant], list[Participant], list[str], list[str]]


def _sides(meeting: Meeting) -> _Sides:
    """Who leads (hosts, or else a participant, not a guest where one can) and who is met, with the parties
    of each side that have no named person. Hosts of no party facing people who each
    have one hold the one party none of them holds: with Bello of Niger, of a meeting
    of Chad and Niger, Djibrine is of Chad."""
    hosts = [p for p in meeting.participants if p.role is Role.HOST]
    others = [p for p in meeting.participants if p.role is not Role.HOST]
    if not hosts and others:
        # (not a guest, the one received: one of a side who is there besides, or the one other person when there are
        # two — "X, on a visit, … with Minister Y" — leads; others of no side are a staff also present)
        lead = others[0]
        if lead.role is Role.GUEST:
            rest = [p for p in others if p.role is not Role.GUEST]
            lead = next((p for p in rest if p.party), rest[0] if len(others) == 2 and rest else lead)
        hosts, others = [lead], [p for p in others if p is not lead]
    host_parties = sorted({p.party for p in hosts if p.party})
    if hosts and others and not host_parties and all(p.party for p in others):
        left = [code for code in meeting.parties if code not in {p.party for p in others}]
        if len(left) == 1:
            hosts, host_parties = [p.model_copy(update={"party": left[0]}) for p in hosts], left
    other_parties = [code for code in meeting.parties if code not in host_parties]
    return hosts, others, host_parties, other_parties


def _apart(others: list[Participant]) -> tuple[list[Participant], list[Participant]]:
    """Those met, and those there besides: beside a guest named, those of no side and no
    role (a ministry's staff at an audience) are not the ones met."""
    if not any(p.role is Role.GUEST and p.name for p in others):
        return others, []
    return [p for p in others if p.role is Role.GUEST or p.party], [
        p for p in others if p.role is not Role.GUEST and not p.party
    ]


@dataclass(frozen=True)
class _Writer:
    """Writes in one ``language`` about a communiqué in ``source_language``, naming up to
    ``shown`` people of a side and telling up to ``told`` meetings one by one."""

    language: str
    source_language: str
    shown: int = _SHOWN
    told: int = _TOLD
    #: Whether the party ``AU`` is the African Union, not Australia.
    african_union: bool = False

    @property
    def fr(self) -> bool:
        return self.language == "fr"

    def date(self, meeting: Meeting) -> str:
        start, end = meeting.date, meeting.end_date
        if start is None:
            return ""

        def day(d: dt.date, *, month: bool = True, year: bool = True) -> str:
            months = _MONTHS_FR if self.fr else _MONTHS_EN
            text = "1er" if self.fr and d.day == 1 else str(d.day)
            return text + (f" {months[d.month - 1]}" if month else "") + (f" {d.year}" if year else "")

        if end is None:
            return f"le {day(start)}" if self.fr else f"on {day(start)}"
        same_month = (start.year, start.month) == (end.year, end.month)
        first = day(start, month=not same_month, year=start.year != end.year)
        return f"du {first} au {day(end)}" if self.fr else f"from {first} to {day(end)}"

    def place(self, meeting: Meeting) -> str:
        loc = meeting.location
        if loc.city:
            return in_city_fr(places.city_name(loc.city, "fr")) if self.fr else f"in {loc.city}"
        if not (loc.country and (name := places.country_name(loc.country, self.language))):
            return ""
        if self.fr:
            return in_country_fr(name)
        return f"in the {name}" if _NEEDS_THE.match(name) else f"in {name}"

    def party(self, code: str | None) -> str:
        """A party's bare name, as in a parenthesis: "Espagne", "United States", "INTERPOL",
        "UE" (the EU in French)."""
        if code is None:
            return ""
        if code == "AU" and self.african_union:
            return _AFRICAN_UNION[0 if self.fr else 1][0]
        if self.fr and code in _ORGANISATIONS_FR:
            return _ORGANISATIONS_FR[code][0]
        return places.country_name(code, self.language) or code

    def of_party(self, code: str) -> str:
        """A party after "of": "du Maroc", "de la France", "de l'Espagne", "des États-Unis",
        "d'INTERPOL"; "the United States", "Spain"."""
        name = self.party(code)
        if code == "AU" and self.african_union:
            return _AFRICAN_UNION[0 if self.fr else 1][1]
        if not self.fr:  # "the United States", "the EU"; "INTERPOL"
            spelt = code in _ORGANISATIONS_FR and code not in _WORDS_EN
            return f"the {name}" if spelt or _NEEDS_THE.match(name) else name
        if code in _ORGANISATIONS_FR:
            return _ORGANISATIONS_FR[code][1]
        if name == code or len(code) > 2:  # an organisation by its code
            return _of_fr(name)
        if name in _FRENCH_EXCEPTIONS:
            return _FRENCH_EXCEPTIONS[name][1] + name
        of = {"plural": "des ", "vowel": "de l'", "feminine": "de la ", "masculine": "du "}[
            _french_form(name)
        ]
        return of + name

    def person(self, person: Participant) -> str:
        party = self.party(person.party)
        if person.name:
            return f"{person.name} ({party})" if party else person.name
        title = (person.title or "").rstrip(" .,;:")  # "ambassador to China." as a sentence cut it
        # a title in the other language, or one that runs on (a clause read with it)
        if self.language != self.source_language or len(title.split()) > _LONGEST_TITLE:
            if not self.fr:  # the country's name, not an adjective: "of Burkina Faso"
                return (
                    f"a senior official of {self.of_party(person.party)}"
                    if person.party
                    else "a senior official"
                )
            adjective = places.demonym(person.party, self.language) if person.party else None
            return f"un haut responsable {adjective}" if adjective else "un haut responsable"
        suffix = f" ({party})" if party else ""
        if not self.fr:
            return f"the {title}{suffix}"
        if title[:1].casefold() in "aeiouéèêh":
            return f"l'{title}{suffix}"
        feminine = title.casefold().startswith(("directrice", "présidente", "cheffe", "ministre déléguée"))
        return f"{'la' if feminine else 'le'} {title}{suffix}"

    def _grouped(self, people: list[Participant]) -> list[str]:
        """The people of a list, those of one party named together, the party after the
        last of them: "A et B (Maroc)", not "A (Maroc) et B (Maroc)"; joined with others
        as one list: "C (Allemagne), A et B (Tunisie)", never "C (Allemagne) et A et B"."""
        shown: list[str] = []
        index = 0
        while index < len(people):
            person = people[index]
            run = [person]
            while (person.name and index + len(run) < len(people) and people[index + len(run)].name
                   and people[index + len(run)].party == person.party):  # fmt: skip
                run.append(people[index + len(run)])
            if len(run) > 1 and person.party:
                shown.extend(p.name or "" for p in run[:-1])
                shown.append(f"{run[-1].name} ({self.party(person.party)})")
            else:  # people of no party, each as it is
                shown.extend(self.person(p) for p in run)
            index += len(run)
        return shown

    def side(self, people: list[Participant], parties: list[str], *, shown: int | None = None) -> str:
        """A side of a meeting: its first ``shown`` people and how many more, and the
        representatives of its ``parties`` that none of its people holds if each of them
        has one (a party may be that of someone who has none); a side's one party, when
        none of its people has a party of its own, is theirs: "A et B (Tunisie)"."""
        shown = self.shown if shown is None else shown
        unclaimed = [code for code in parties if code not in {p.party for p in people}]
        if people and len(unclaimed) == 1 and not any(p.party for p in people):
            people, unclaimed = [p.model_copy(update={"party": unclaimed[0]}) for p in people], []
        if not all(p.party for p in people):
            unclaimed = []
        named = self._grouped(people[:shown])
        if len(people) > shown:
            named.append(_more(len(people) - shown, "participant", "", self.fr))
        if unclaimed:
            lead = "des représentants " if self.fr else "representatives of "
            named.append(lead + _join([self.of_party(code) for code in unclaimed], self.language))
        return _join(named, self.language)

    def clause(self, meeting: Meeting, *, after: Meeting | None = None) -> str:
        """One meeting as a clause: when, where, who with whom, in the record's words;
        when and where left out if the meeting ``after`` which it is told said them."""
        hosts, others, host_parties, other_parties = _sides(meeting)
        others, present = _apart(others)
        index = 0 if self.fr else 1
        announced = 1 if meeting.status is Status.ANNOUNCED else 0
        a = self.side(hosts, host_parties)
        # the parties the hosts' side does not hold are the other side's, if the hosts have one
        theirs = other_parties if host_parties or not others else []
        b = self.side(others, theirs)
        plural = _plural(hosts, host_parties)
        if not a:
            a, b = b, ""
            plural = _plural(others, other_parties)
        if not a:  # no one named and no side known: said so, never a sentence with no subject
            a, plural = _UNNAMED[index], True
        template = _TEMPLATES[meeting.kind][index][announced] if b else _ALONE[index][announced]
        together = ("{a} et {b}", "{a} and {b}")[index]
        if together in template and hosts and others:  # one list: "A (Allemagne), B et C (Tunisie) ont signé"
            people = hosts[: self.shown] + others[: self.shown] + hosts[self.shown :] + others[self.shown :]
            shown = min(len(hosts), self.shown) + min(len(others), self.shown)
            # one list: the parties its people do not hold are no side's in particular
            a = self.side(people, meeting.parties if any(p.party for p in people) else [], shown=shown)
            template = template.replace(together, "{a}")
        if plural:  # "X et Y ont reçu", "X and Y are to meet"
            template = template.replace("{a} a ", "{a} ont ").replace("{a} doit ", "{a} doivent ")
            template = template.replace("{a} is to ", "{a} are to ")
        body = template.format(a=a, b=b)
        if present and b:  # the staff beside a host and a guest: « …, en présence de X et Y »
            c = self.side(present, [])
            body = f"{body}, en présence {_of_fr(c)}" if self.fr else f"{body}, with {c} also present"
        head = self.head(meeting)
        return f"{head}, {body}" if head and (after is None or self.head(after) != head) else body

    def head(self, meeting: Meeting) -> str:
        """When and where: "le 3 mars 2026 à Rabat", "on 3 March 2026 in Rabat"."""
        return " ".join(part for part in (self.date(meeting), self.place(meeting)) if part)

    def topics(self, topics: list[Topic], *, announced: bool = False) -> str:
        """What the talks covered, or are to cover when every meeting is announced."""
        if not topics:
            return ""
        labels = _join([TOPIC_LABELS[t][0 if self.fr else 1] for t in topics], self.language)
        if announced:
            return (
                f"Les échanges doivent porter sur {labels}."
                if self.fr
                else f"The talks are to cover {labels}."
            )
        return f"Les échanges ont porté sur {labels}." if self.fr else f"The talks covered {labels}."

    def outcomes(self, meetings: list[Meeting]) -> str:
        kinds: list[OutcomeType] = []
        for meeting in meetings:
            kinds.extend(o.type for o in meeting.outcomes if o.type not in kinds)
        phrases = [_OUTCOMES[k][0 if self.fr else 1] for k in kinds]
        if not phrases:
            return ""
        first, *rest = phrases
        return _join([first, *(p[0].lower() + p[1:] for p in rest)], self.language) + "."

    def series(self, meetings: list[Meeting]) -> str | None:
        """Several meetings of the same hosts, each with another counterpart, as one
        clause: "X a eu des entretiens séparés avec A (…), B (…) et des représentants
        du Qatar"; or of the same guest with several hosts, told from the guest's side."""
        sides = [_sides(m) for m in meetings]
        return self._series(meetings, sides) or self._series(
            meetings,
            [
                (others, hosts, other_parties, host_parties)
                for hosts, others, host_parties, other_parties in sides
            ],
        )

    def _series(self, meetings: list[Meeting], sides: list[_Sides]) -> str | None:
        """:meth:`series` with the constant side first in each of ``sides``."""
        hosts = {tuple(p.name or p.title or "" for p in side[0]) for side in sides}
        statuses = {m.status for m in meetings}
        if (
            len(meetings) < 2
            or len(hosts) != 1
            or len(statuses) != 1
            or not sides[0][0]
            or any(not (s[1] or s[3]) for s in sides)
        ):
            return None
        a = self.side(sides[0][0], sides[0][2])
        plural = _plural(sides[0][0], sides[0][2])
        people = list({fold(p.name or p.title or ""): p for side in sides for p in side[1]}.values())
        named_parties = {p.party for p in people}
        unnamed = list(dict.fromkeys(c for s in sides if not s[1] for c in s[3] if c not in named_parties))
        if len(people) + len(unnamed) < 2:  # the same counterpart met twice: not separate talks
            return None
        shown = len(sides) * self.shown
        items = self._grouped(people[:shown])  # "A, B et C", never "A et B et C"
        if len(people) > shown:
            items.append(_more(len(people) - shown, "participant", "", self.fr))
        if unnamed:
            items.append(self.side([], unnamed))
        b = _join(items, self.language)
        heads = {self.head(m) for m in meetings}
        head = heads.pop() if len(heads) == 1 else ""
        announced = statuses == {Status.ANNOUNCED}
        if self.fr:
            verb = (
                ("doivent avoir" if announced else "ont eu")
                if plural
                else ("doit avoir" if announced else "a eu")
            )
            verb += " des entretiens séparés avec"
        else:
            verb = ("are to hold" if plural else "is to hold") if announced else "held"
            verb += " separate talks with"
        body = f"{a} {verb} {b}"
        return f"{head}, {body}" if head else body

    def text(self, record: Analysis) -> str:
        """The summary: the most people and meetings named that the word limit allows in
        all three sentences, or else the fewest, and sentences dropped from the end."""
        most = max((len(m.participants) for m in record.meetings), default=0)
        for told in range(max(min(len(record.meetings), _MOST_TOLD), _TOLD), _TOLD - 1, -1):
            for shown in range(max(min(most, _MOST_SHOWN), _SHOWN), _SHOWN - 1, -1):
                sentences = replace(self, shown=shown, told=told)._sentences(record)
                if len(words(" ".join(sentences))) <= MAX_SUMMARY_WORDS:
                    return " ".join(sentences)
        return _fit(sentences)

    def _sentences(self, record: Analysis) -> list[str]:
        """Who met whom, when and where; what about; with what result (those that apply)."""
        if not record.meetings:
            return [_NO_MEETING[0 if self.fr else 1]]
        meetings = record.meetings
        series = self.series(meetings)
        if series is not None:
            clauses = [series]
        else:
            clauses = [
                self.clause(m, after=meetings[n - 1] if n else None)
                for n, m in enumerate(meetings[: self.told])
            ]
            if len(meetings) > self.told:
                more = len(meetings) - self.told
                clauses.append(
                    _more(more, "rencontre", "rapportée", self.fr)
                    if self.fr
                    else _more(more, "meeting", "reported", False)
                )
        first = "; ".join(clauses)
        first = first[:1].upper() + first[1:] + "."
        topics = sorted({t for m in meetings for t in m.topics})
        announced = all(m.status is Status.ANNOUNCED for m in meetings)
        sentences = [first, self.topics(topics, announced=announced), self.outcomes(meetings)]
        return [sentence for sentence in sentences if sentence]


def _fit(sentences: list[str]) -> str:
    """Join sentences, dropping the last ones until the word limit holds."""
    kept = list(sentences)
    while len(kept) > 1 and len(words(" ".join(kept))) > MAX_SUMMARY_WORDS:
        kept.pop()
    text = " ".join(kept)
    if len(words(text)) > MAX_SUMMARY_WORDS:
        text = " ".join(text.split()[:MAX_SUMMARY_WORDS]).rstrip(",;:") + "."
    return text


def write(record: Analysis, text: str = "") -> Summary:
    """The French and English summaries of a record (of ``text``, if given: what it
    names tells the African Union from Australia, which share the party code ``AU``)."""
    source_language = record.document.language
    union = any(
        person.party == "AU" and _UNION_OFFICE.search(f"{person.title or ''} {person.organisation or ''}")
        for meeting in record.meetings
        for person in meeting.participants
    ) or bool(
        any(word in text for word in _UNION_WORDS)
        and _UNION_OFFICE.search(text)
        and not _AUSTRALIA.search(text)
    )
    return Summary(
        fr=_Writer("fr", source_language, african_union=union).text(record),
        en=_Writer("en", source_language, african_union=union).text(record),
    )
