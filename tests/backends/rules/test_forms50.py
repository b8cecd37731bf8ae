"""Every encounter verb and noun the offline reader knows, in every form a press text puts it in.

A retelling of world cases in another writer's words lost the meeting, again and again, to a known
verb or noun in another form: a modal, a passive, another tense, an agreement, a participle or a
gerund opening the sentence, an infinitive of purpose, a nominalisation. The generator below builds,
for each entry of the encounter vocabulary, a short sentence in each form, with invented people,
titles, countries and a day word, under a dateline; each must be read as one meeting of both sides,
held or announced as its form says, on the day its word resolves to. Forms that tell no encounter
(a negation, a conditional of what should have been, a wish, a meeting long past) must open none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from support import read_offline

from communique.schema import Meeting, Status

PUBLISHED = "2026-05-14"  # a Thursday


@dataclass(frozen=True)
class Side:
    """One side of an encounter: its holder's title (lower case), name, grammatical person and country."""

    title: str
    name: str
    gender: str  # "m", "f" or "pl" (two people)
    party: str
    #: how the text names him, when not "title, name": "Interior Minister Ali Musa", « le général X, directeur de … »
    written: str | None = None

    @property
    def full(self) -> str:
        return self.written or f"{self.title}, {self.name}"


@dataclass(frozen=True)
class Scene:
    """Where the host is (the dateline's city), who hosts and who comes."""

    city: str
    host: Side
    guest: Side


FR_SCENES = [
    Scene("Dakar", Side("le ministre de l'Intérieur", "Ibrahim Sow", "m", "SN"),
          Side("le ministre gambien de l'Intérieur", "Lamin Jallow", "m", "GM")),
    Scene("Niamey", Side("la ministre de l'Intérieur", "Mariama Issa", "f", "NE"),
          Side("la directrice générale de la police béninoise", "Aminata Houngbo", "f", "BJ")),
    Scene("Lomé", Side("le directeur général de la police nationale", "Koffi Agbéko", "m", "TG"),
          Side("le chef de la police malienne, Oumar Traoré, et son adjoint", "Seydou Keïta", "pl", "ML")),
    Scene("Libreville", Side("le commandant en chef de la gendarmerie", "Serge Nzé", "m", "GA"),
          Side("l'ambassadeur du Canada", "Paul Tremblay", "m", "CA")),
    Scene("Bamako", Side("", "Moussa Diarra", "m", "ML", "le général Moussa Diarra, directeur général de la police nationale"),
          Side("", "Jean Kaboré", "m", "BF", "M. Jean Kaboré, ministre burkinabè de la Sécurité")),
]  # fmt: skip
EN_SCENES = [
    Scene("Accra", Side("the Inspector-General of Police", "Kwame Mensah", "m", "GH"),
          Side("the Togolese Director-General of Police", "Koffi Agbeko", "m", "TG")),
    Scene("Nairobi", Side("the Cabinet Secretary for the Interior", "Grace Wanjiru", "f", "KE"),
          Side("the Ugandan Minister of Internal Affairs", "Peter Okello", "m", "UG")),
    Scene("Suva", Side("the Commissioner of Police", "Josefa Naulu", "m", "FJ"),
          Side("the Chief of the Malawi Police, John Banda, and his deputy", "Grace Phiri", "pl", "MW")),
    Scene("Gaborone", Side("the Minister of Defence and Security", "Thato Molefe", "m", "BW"),
          Side("the Zambian Inspector-General of Police", "Mary Mwale", "f", "ZM")),
    Scene("Kampala", Side("", "Samuel Mugisha", "m", "UG", "Inspector General of Police Samuel Mugisha"),
          Side("", "Eric Nkusi", "m", "RW", "Rwandan Police Commissioner-General Eric Nkusi")),
]  # fmt: skip


def _fill(template: str, scene: Scene, lang: str) -> str:
    """The template with its sides, day words and agreements: ``{H}``, ``{G}`` the sides, ``{g:sing|plural}``
    a choice by the guest's number, ``{gA}``/``{hA}`` a French participle's agreement with guest or host."""
    host, guest = scene.host, scene.guest
    poss = "her" if host.gender == "f" else "his"
    agree = {"m": "", "f": "e", "pl": "s"}

    def choose(match: re.Match[str]) -> str:
        side, single, plural = match.group(1), match.group(2), match.group(3)
        return plural if (guest if side == "g" else host).gender == "pl" else single

    text = re.sub(r"\{([gh]):([^|}]*)\|([^}]*)\}", choose, template)
    text = text.replace("{gA}", agree[guest.gender]).replace("{hA}", agree[host.gender])
    text = text.replace("{H}", host.full).replace("{G}", guest.full.replace("{poss}", poss))
    text = text.replace("{city}", scene.city).replace("{poss}", poss)
    text = text.replace(" de le ", " du ").replace(" à le ", " au ")
    text = re.sub(r"(^|[.] )(\w)", lambda m: m.group(1) + m.group(2).upper(), text)
    dateline = f"{scene.city}, 14 mai 2026 – " if lang == "fr" else f"{scene.city.upper()}, May 14, 2026 – "
    return dateline + text


# -- the vocabulary, each entry in every form ---------------------------------------------------------
#
# Each form maps to (template, when): held, on the day of publication, or to come. "{day}" is replaced by day
# words of that time, in two sets: a weekday (« mardi », "on Tuesday"), and a relative day or a full date (« hier »,
# "yesterday", « le 20 mai », "on May 20"), each with the day it resolves to.

HELD, NOW, NEXT = "held", "now", "next"
_DAYS = {
    "fr": [
        {HELD: "mardi", NOW: "ce jeudi", NEXT: "lundi prochain"},
        {HELD: "hier", NOW: "aujourd'hui", NEXT: "le 20 mai"},
    ],
    "en": [
        {HELD: "on Tuesday", NOW: "on Thursday", NEXT: "next Monday"},
        {HELD: "yesterday", NOW: "today", NEXT: "on May 20"},
    ],
}
_DATE = [
    {HELD: "2026-05-12", NOW: PUBLISHED, NEXT: "2026-05-18"},
    {HELD: "2026-05-13", NOW: PUBLISHED, NEXT: "2026-05-20"},
]


def _fr_transitive(
    pp: str, pres: str, fut: str, inf: str, ger: str, imp: str, *, passive: bool
) -> dict[str, tuple[str, str]]:
    """A French verb whose host is the subject and guest the object (« recevoir », « rencontrer »)."""
    forms = {
        "passé composé": ("{H}, a " + pp + " {day} {G}.", HELD),
        "passé composé, le jour en tête": ("{day}, {H}, a " + pp + " {G}.", HELD),
        "plus-que-parfait": ("{day}, {H}, avait " + pp + " {G}.", HELD),
        "présent (headline)": ("{H}, " + pres + " {day} {G}.", NOW),
        "présent historique": ("{day}, {H}, " + pres + " {G}.", HELD),
        "imparfait": ("{day}, {H}, " + imp + " {G}.", HELD),
        "futur": ("{H}, " + fut + " {day} {G}.", NEXT),
        "futur proche (va)": ("{H}, va " + inf + " {day} {G}.", NEXT),
        "doit": ("{H}, doit " + inf + " {day} {G}.", NEXT),
        "devrait": ("{H}, devrait " + inf + " {day} {G}.", NEXT),
        "gérondif en tête": (ger + " {day} {G}, {H}, a salué la coopération entre les deux polices.", HELD),
        "a pu": ("{H}, a pu " + inf + " {day} {G}.", HELD),
    }
    if passive:
        forms |= {
            "passif": ("{G}, {g:a|ont} été " + pp + "{gA} {day} par {H}.", HELD),
            "passif, le jour avant": ("{day}, {G}, {g:a|ont} été " + pp + "{gA} par {H}.", HELD),
            "passif futur": ("{G}, {g:sera|seront} " + pp + "{gA} {day} par {H}.", NEXT),
            "passif présent": ("{G}, {g:est|sont} " + pp + "{gA} {day} par {H}.", NOW),
            "participe en tête": (
                pp.capitalize() + "{gA} {day} par {H}, {G}, {g:a|ont} évoqué la lutte contre le terrorisme.",
                HELD,
            ),
        }
    return forms


def _fr_with(
    pc: str, pqp: str, pres: str, fut: str, inf: str, ger: str, imp: str, agree: str
) -> dict[str, tuple[str, str]]:
    """A French verb whose guest comes after « avec » (« s'entretenir avec », « échanger avec »)."""
    return {
        "passé composé": ("{H}, " + pc + " {day} avec {G}.", HELD),
        "passé composé, deux sujets": ("{H}, et {G}, " + agree + " {day} à {city}.", HELD),
        "plus-que-parfait": ("{day}, {H}, " + pqp + " avec {G}.", HELD),
        "présent (headline)": ("{H}, " + pres + " {day} avec {G}.", NOW),
        "présent historique": ("{day}, {H}, " + pres + " avec {G}.", HELD),
        "imparfait": ("{day}, {H}, " + imp + " avec {G}.", HELD),
        "futur": ("{H}, " + fut + " {day} avec {G}.", NEXT),
        "futur proche (va)": ("{H}, va " + inf + " {day} avec {G}.", NEXT),
        "doit": ("{H}, doit " + inf + " {day} avec {G}.", NEXT),
        "devrait": ("{H}, devrait " + inf + " {day} avec {G}.", NEXT),
        "gérondif en tête": (
            ger + " {day} avec {G}, {H}, a salué la coopération entre les deux polices.",
            HELD,
        ),
        "infinitif après être venu": (
            "{G}, {g:est|sont} venu{gA} {day} à {city} pour " + inf + " avec {H}.",
            HELD,
        ),
        "infinitif après s'être rendu": (
            "{G}, {g:s'est|se sont} rendu{gA} {day} à {city} pour " + inf + " avec {H}.",
            HELD,
        ),
        "a pu": ("{H}, a pu " + inf + " {day} avec {G}.", HELD),
    }


def _fr_visit(
    pc: str, pqp: str, pres: str, fut: str, inf: str, ger: str, to: str = "à {city} auprès de {H}"
) -> dict[str, tuple[str, str]]:
    """A French verb of a visit, the guest its subject, the host after ``to`` (« à Dakar auprès de », « à »)."""
    return {
        "passé composé": ("{G}, " + pc + " {day} " + to + ".", HELD),
        "plus-que-parfait": ("{day}, {G}, " + pqp + " " + to + ".", HELD),
        "présent historique": ("{day}, {G}, " + pres + " " + to + ".", HELD),
        "futur": ("{G}, " + fut + " {day} " + to + ".", NEXT),
        "futur proche (va)": ("{G}, {g:va|vont} " + inf + " {day} " + to + ".", NEXT),
        "doit": ("{G}, {g:doit|doivent} " + inf + " {day} " + to + ".", NEXT),
        "devrait": ("{G}, {g:devrait|devraient} " + inf + " {day} " + to + ".", NEXT),
        "gérondif en tête": (
            ger + " {day} " + to.replace("{H}", "ses hôtes") + ", {G}, {g:a|ont} été reçu{gA} par {H}.",
            HELD,
        ),
    }


def _fr_noun(noun: str, gender: str) -> dict[str, tuple[str, str]]:
    """A French noun of an encounter with a verb of occurrence, its two sides after « entre »."""
    art, ag = ("Un", "") if gender == "m" else ("Une", "e")
    between = f"{art} {noun} entre {{H}}, et {{G}},"
    return {
        "s'est tenu": (between + " s'est tenu" + ag + " {day} à {city}.", HELD),
        "a eu lieu": (between + " a eu lieu {day} à {city}.", HELD),
        "s'est déroulé": (between + " s'est déroulé" + ag + " {day} à {city}.", HELD),
        "avait eu lieu": ("{day}, " + between[0].lower() + between[1:] + " avait eu lieu à {city}.", HELD),
        "se tiendra": (between + " se tiendra {day} à {city}.", NEXT),
        "aura lieu": (between + " aura lieu {day} à {city}.", NEXT),
        "doit se tenir": (between + " doit se tenir {day} à {city}.", NEXT),
        "devrait avoir lieu": (between + " devrait avoir lieu {day} à {city}.", NEXT),
        "a réuni": (art + " " + noun + " a réuni {day} à {city} {H}, et {G}.", HELD),
        "nominal, avec": (art + " " + noun + " s'est tenu" + ag + " {day} à {city} entre {H}, et {G}.", HELD),
    }


FR_ENTRIES: dict[str, dict[str, tuple[str, str]]] = {
    "recevoir": _fr_transitive("reçu", "reçoit", "recevra", "recevoir", "Recevant", "recevait", passive=True),
    "accueillir": _fr_transitive("accueilli", "accueille", "accueillera", "accueillir", "Accueillant", "accueillait", passive=True),
    "rencontrer": _fr_transitive("rencontré", "rencontre", "rencontrera", "rencontrer", "Rencontrant", "rencontrait", passive=False),
    "s'entretenir": _fr_with("s'est entretenu{hA}", "s'était entretenu{hA}", "s'entretient", "s'entretiendra",
                             "s'entretenir", "S'entretenant", "s'entretenait", "se sont entretenus"),
    "échanger": _fr_with("a échangé", "avait échangé", "échange", "échangera", "échanger", "Échangeant", "échangeait", "ont échangé"),
    # (not in the present, « a un entretien avec », rare, and read as « à un entretien » once without accents)
    "avoir un entretien": {
        form: told
        for form, told in _fr_with("a eu un entretien", "avait eu un entretien", "a un entretien", "aura un entretien",
                                   "avoir un entretien", "Ayant un entretien", "avait un entretien",
                                   "ont eu un entretien").items()
        if not form.startswith("présent")
    },
    "tenir une séance de travail": _fr_with(
        "a tenu une séance de travail", "avait tenu une séance de travail", "tient une séance de travail",
        "tiendra une séance de travail", "tenir une séance de travail", "Tenant une séance de travail",
        "tenait une séance de travail", "ont tenu une séance de travail"),
    "recevoir en audience": _fr_transitive("reçu en audience", "reçoit en audience", "recevra en audience",
                                           "recevoir en audience", "Recevant en audience", "recevait en audience",
                                           passive=False),
    "se rendre": _fr_visit("{g:s'est|se sont} rendu{gA}", "{g:s'était|s'étaient} rendu{gA}", "{g:se rend|se rendent}",
                           "{g:se rendra|se rendront}", "se rendre", "Se rendant"),
    "rendre visite": _fr_visit("{g:a|ont} rendu visite", "{g:avait|avaient} rendu visite", "{g:rend|rendent} visite",
                               "{g:rendra|rendront} visite", "rendre visite", "Rendant visite", to="à {H}"),
    "effectuer une visite": _fr_visit("{g:a|ont} effectué une visite de travail", "{g:avait|avaient} effectué une visite de travail",
                                      "{g:effectue|effectuent} une visite de travail", "{g:effectuera|effectueront} une visite de travail",
                                      "effectuer une visite de travail", "Effectuant une visite de travail"),
    "entretien": _fr_noun("entretien", "m"),
    "audience": _fr_noun("audience", "f"),
    "séance de travail": _fr_noun("séance de travail", "f"),
    "réunion": _fr_noun("réunion de travail", "f"),
}  # fmt: skip


def _en_transitive(
    past: str,
    pp: str,
    pres: str,
    base: str,
    ing: str,
    *,
    passive: bool,
    host_subject: bool = True,
    purpose: bool = False,
) -> dict[str, tuple[str, str]]:
    """An English verb with its subject and its object: the host's when ``host_subject``, else the guest's;
    ``purpose``: a verb a visitor comes to a place for ("was in Accra to meet")."""
    subj, obj = ("{H}", "{G}") if host_subject else ("{G}", "{H}")
    be = "is" if host_subject else "{g:is|are}"
    forms = {
        "past": (subj + ", " + past + " " + obj + ", {day}.", HELD),
        "past, the day first": ("{day}, " + subj + ", " + past + " " + obj + ".", HELD),
        "present perfect": (
            subj + ", " + ("has" if host_subject else "{g:has|have}") + " " + pp + " " + obj + ", {day}.",
            HELD,
        ),
        "past perfect": ("{day}, " + subj + ", had " + pp + " " + obj + ".", HELD),
        "present (headline)": (
            subj
            + ", "
            + (pres if host_subject else "{g:" + pres + "|" + base + "}")
            + " "
            + obj
            + ", {day}.",
            NOW,
        ),
        "will": (subj + ", will " + base + " " + obj + ", {day}.", NEXT),
        "is to": (subj + ", " + be + " to " + base + " " + obj + ", {day}.", NEXT),
        "is set to": (subj + ", " + be + " set to " + base + " " + obj + ", {day}.", NEXT),
        "is slated to": (subj + ", " + be + " slated to " + base + " " + obj + ", {day}.", NEXT),
        "is expected to": (subj + ", " + be + " expected to " + base + " " + obj + ", {day}.", NEXT),
        "was able to": (
            subj
            + ", "
            + ("was" if host_subject else "{g:was|were}")
            + " able to "
            + base
            + " "
            + obj
            + ", {day}.",
            HELD,
        ),
        "-ing opening": (
            ing.capitalize()
            + " "
            + obj
            + ", {day}, "
            + subj
            + ", praised the cooperation between the two forces.",
            HELD,
        ),
    }
    if purpose:
        forms["infinitive of purpose"] = ("{G}, {g:was|were} in {city} {day} to " + base + " {H}.", HELD)
    if passive:
        forms |= {
            "passive": ("{G}, {g:was|were} " + pp + " {day} by {H}.", HELD),
            "passive, the day first": ("{day}, {G}, {g:was|were} " + pp + " by {H}.", HELD),
            "passive future": ("{G}, will be " + pp + " {day} by {H}.", NEXT),
            "passive present perfect": ("{G}, {g:has|have} been " + pp + " {day} by {H}.", HELD),
            "participle opening": (pp.capitalize() + " by {H}, {day}, {G}, discussed border security.", HELD),
        }
    return forms


def _en_noun(noun: str, plural: bool) -> dict[str, tuple[str, str]]:
    """An English noun of an encounter with a verb of occurrence, its two sides after "between"."""
    be, art = ("were", "") if plural else ("was", "A ")
    between = f"{art}{noun} between {{H}}, and {{G}},"
    cap = between[0].upper() + between[1:]
    return {
        "was held": (cap + " " + be + " held in {city} {day}.", HELD),
        "took place": (cap + " took place in {city} {day}.", HELD),
        "has been held": (cap + " " + ("have" if plural else "has") + " been held in {city} {day}.", HELD),
        "will be held": (cap + " will be held in {city} {day}.", NEXT),
        "is to be held": (cap + " " + ("are" if plural else "is") + " to be held in {city} {day}.", NEXT),
        "is expected to take place": (
            cap + " " + ("are" if plural else "is") + " expected to take place in {city} {day}.",
            NEXT,
        ),
        "held, the day first": ("{day}, " + between + " " + be + " held in {city}.", HELD),
    }


EN_ENTRIES: dict[str, dict[str, tuple[str, str]]] = {
    "meet": _en_transitive("met", "met", "meets", "meet", "meeting", passive=False, purpose=True),
    "meet with": _en_transitive("met with", "met with", "meets with", "meet with", "meeting with", passive=False, purpose=True),
    "receive": _en_transitive("received", "received", "receives", "receive", "receiving", passive=True),
    "host": _en_transitive("hosted", "hosted", "hosts", "host", "hosting", passive=True),
    "welcome": _en_transitive("welcomed", "welcomed", "welcomes", "welcome", "welcoming", passive=True),
    "hold talks": _en_transitive("held talks with", "held talks with", "holds talks with", "hold talks with",
                                 "holding talks with", passive=False, purpose=True),
    "have talks": _en_transitive("had talks with", "had talks with", "has talks with", "have talks with",
                                 "having talks with", passive=False, purpose=True),
    "hold a working session": _en_transitive("held a working session with", "held a working session with",
                                             "holds a working session with", "hold a working session with",
                                             "holding a working session with", passive=False, purpose=True),
    "confer": _en_transitive("conferred with", "conferred with", "confers with", "confer with", "conferring with",
                             passive=False, purpose=True),
    "call on": _en_transitive("called on", "called on", "calls on", "call on", "calling on", passive=False,
                              host_subject=False, purpose=True),
    "pay a courtesy call": _en_transitive("paid a courtesy call on", "paid a courtesy call on", "pays a courtesy call on",
                                          "pay a courtesy call on", "paying a courtesy call on", passive=False,
                                          host_subject=False, purpose=True),
    "meeting": _en_noun("meeting", plural=False),
    "talks": _en_noun("talks", plural=True),
    "consultations": _en_noun("consultations", plural=True),
}  # fmt: skip


def _cases() -> list[object]:
    cases: list[object] = []
    for lang, entries, scenes in (("fr", FR_ENTRIES, FR_SCENES), ("en", EN_ENTRIES, EN_SCENES)):
        count = 0
        for entry, forms in entries.items():
            for form, (template, when) in forms.items():
                # a form that agrees with its guest, in every person the scenes hold (m, f, plural); others in one
                agrees = "{g" in template
                chosen = scenes if agrees else [scenes[count % len(scenes)]]
                count += 1
                for i, scene in enumerate(chosen):
                    # (the second set of day words in one person only: the day's reading does not hang on it)
                    for words, (days, dates) in enumerate(
                        zip(_DAYS[lang][: 2 if i == 0 else 1], _DATE, strict=False)
                    ):
                        text = _fill(template.replace("{day}", days[when]), scene, lang)
                        status = Status.ANNOUNCED if when == NEXT else Status.HELD
                        suffix = f"-{scene.guest.gender}{scenes.index(scene)}" if agrees else ""
                        cases.append(
                            pytest.param(
                                text, scene, status, dates[when], id=f"{lang}-{entry}-{form}{suffix}-d{words}"
                            )
                        )
    return cases


def _the_meeting(text: str, scene: Scene) -> Meeting:
    record = read_offline(text, PUBLISHED)
    assert record.is_meeting_report, "no meeting read"
    named = [
        m for m in record.meetings if {p.name for p in m.participants} & {scene.host.name, scene.guest.name}
    ]
    assert named, f"no meeting names either side: {[m.participants for m in record.meetings]}"
    return named[0]


@pytest.mark.parametrize(("text", "scene", "status", "day"), _cases())
def test_an_encounter_in_any_form_is_read_whole(text: str, scene: Scene, status: Status, day: str) -> None:
    meeting = _the_meeting(text, scene)
    names = {p.name for p in meeting.participants}
    assert {scene.host.name, scene.guest.name} <= names, f"names: {names}"
    assert {scene.host.party, scene.guest.party} <= set(meeting.parties), f"parties: {meeting.parties}"
    assert meeting.status is status
    assert str(meeting.date) == day


# -- forms that tell no encounter -------------------------------------------------------------------------

_NOT_MET_FR = [
    "{H}, n'a pas rencontré {day} {G}.",
    "{H}, aurait dû rencontrer {day} {G}.",
    "{H}, aurait dû recevoir {day} {G}.",
    "{H}, souhaite rencontrer {G}.",
    "{H}, souhaite s'entretenir avec {G}.",
    "{H}, ne s'est pas entretenu{hA} avec {G}.",
    "{H}, avait rencontré {G}, en 2019.",
    "{H}, n'a jamais reçu {G}.",
    "{H}, n'a pas eu d'entretien {day} avec {G}.",
    "{H}, n'a pas pu recevoir {day} {G}.",
]
_NOT_MET_EN = [
    "{H}, did not meet {G}, {day}.",
    "{H}, hopes to meet {G}.",
    "{H}, would like to hold talks with {G}.",
    "{H}, should have met {G}, {day}.",
    "{H}, had met {G}, in 2019.",
    "{H}, has never met {G}.",
    "{H}, did not hold talks with {G}, {day}.",
    "{H}, could not meet {G}, {day}.",
    "{H}, was unable to receive {G}, {day}.",
    "{H}, would have received {G}, {day}, had the flight not been cancelled.",
]


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        pytest.param(
            _fill(t.replace("{day}", _DAYS[lang][0][HELD]), scene, lang), scene, id=f"{lang}-{n}-{s}"
        )
        for lang, templates, scenes in (("fr", _NOT_MET_FR, FR_SCENES), ("en", _NOT_MET_EN, EN_SCENES))
        for n, t in enumerate(templates)
        for s, scene in enumerate(scenes[:2])
    ],
)
def test_a_form_that_tells_no_encounter_opens_none(text: str, scene: Scene) -> None:
    record = read_offline(text, PUBLISHED)
    assert not record.is_meeting_report, [
        m.model_dump(include={"kind", "status", "date"}) for m in record.meetings
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Dakar, 14 mai 2026 – Le ministre de l'Intérieur, Ibrahim Sow, a reçu mardi son homologue gambien, Lamin Jallow. "
        "Il n'avait pas rencontré le ministre malien, Oumar Traoré, depuis 2019.",
        "ACCRA, May 14, 2026 – The Inspector-General of Police, Kwame Mensah, met his Togolese counterpart, Koffi Agbeko, "
        "on Tuesday. He did not meet the Beninese police chief, Paul Houngbo, who had been expected.",
    ],
)
def test_an_encounter_that_did_not_happen_leaves_the_one_told_as_it_was(text: str) -> None:
    record = read_offline(text, PUBLISHED)
    assert len(record.meetings) == 1
    meeting = record.meetings[0]
    assert len(meeting.parties) == 2, meeting.parties  # (not the country of the one not met)
    assert str(meeting.date) == "2026-05-12"
