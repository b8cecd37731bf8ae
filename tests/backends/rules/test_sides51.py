"""Each person's side: the party and the role of everyone an encounter names, however the text tells his side.

A real communiqué tells a side many ways: a country's adjective in a title (« le directeur général de la police
ivoirienne », "the Ghanaian Inspector-General of Police"), a possessive ("Kenya's Interior Cabinet Secretary"),
« de la République du … », a body known by its name (Guardia Civil, Bundeskriminalamt, FBI: its country from
organisations.json), an international body as a party (Interpol's Secretary General: INTERPOL), « son homologue … »,
an envoy ("the Ambassador of Spain to Senegal": Spain), a delegation "led by" someone, "visiting" / « en visite »;
and its host often by no country at all (« le ministre de l'Intérieur »), whose side is then the country of the
dateline's town, where the encounter is held (the spec: the country represented; a side the text does not support
is null, below for a text with no dateline nor place). The generator crosses these ways with the orders a text puts
the two sides in: host first, guest first, « entre A et B » either way round, a participle or a gerund opening, a
passive, a visit told by the guest; singular, plural and female. Each case asserts the meeting's parties and each
named person's party and role (the host's side hosts, the other is its guest).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from support import read_offline

from communique.schema import Role

PUBLISHED = "2026-05-14"  # a Thursday


@dataclass(frozen=True)
class Side:
    """One side: how the text writes it, the people it names (in order), its party and its grammar ("m", "f", "pl")."""

    written: str
    names: tuple[str, ...]
    party: str | None
    gender: str = "m"


# the host: a title of no country (the dateline's country), or one that names it
FR_HOSTS = {
    "sans pays": Side("le ministre de l'Intérieur, Ibrahim Sow", ("Ibrahim Sow",), "SN"),
    "sans pays, féminin": Side("la ministre de l'Intérieur, Mariama Ndiaye", ("Mariama Ndiaye",), "SN", "f"),
    "adjectif": Side("le directeur général de la police sénégalaise, Ousmane Fall", ("Ousmane Fall",), "SN"),
}
EN_HOSTS = {
    "no country": Side("the Inspector-General of Police, Kwame Mensah", ("Kwame Mensah",), "GH"),
    "no country, female": Side("the Minister of the Interior, Abena Owusu", ("Abena Owusu",), "GH", "f"),
    "adjective": Side("the Ghanaian Minister of the Interior, Kofi Boateng", ("Kofi Boateng",), "GH"),
}
# the guest, each way a side is told
FR_GUESTS = {
    "adjectif": Side("le directeur général de la police ivoirienne, Koffi Yao", ("Koffi Yao",), "CI"),
    "adjectif, féminin": Side(
        "la directrice générale de la police béninoise, Aminata Houngbo", ("Aminata Houngbo",), "BJ", "f"
    ),
    "adjectif avant": Side("le ministre gambien de l'Intérieur, Lamin Jallow", ("Lamin Jallow",), "GM"),
    "république": Side(
        "le ministre de la Sécurité de la République du Niger, Moussa Abdou", ("Moussa Abdou",), "NE"
    ),
    "pluriel": Side(
        "le chef de la police malienne, Oumar Traoré, et son adjoint, Seydou Keïta",
        ("Oumar Traoré", "Seydou Keïta"),
        "ML",
        "pl",
    ),
    "ainsi que": Side(
        "le chef de la police malienne, Oumar Traoré, ainsi que le commissaire divisionnaire, Seydou Keïta",
        ("Oumar Traoré", "Seydou Keïta"),
        "ML",
        "pl",
    ),
    "organisme d'un pays": Side(
        "le directeur général de la Guardia Civil, Pedro Ruiz", ("Pedro Ruiz",), "ES"
    ),
    "organisme d'un pays (BKA)": Side("le président du Bundeskriminalamt, Hans Weber", ("Hans Weber",), "DE"),
    "organisation": Side("le secrétaire général d'Interpol, Jorge Lima", ("Jorge Lima",), "INTERPOL"),
    "ambassadeur": Side("l'ambassadeur d'Espagne au Sénégal, Luis Moreno", ("Luis Moreno",), "ES"),
    "en visite": Side(
        "le ministre malien de la Sécurité, Bakary Coulibaly, en visite de travail à Dakar",
        ("Bakary Coulibaly",),
        "ML",
    ),
}
EN_GUESTS = {
    "adjective": Side("the Togolese Director-General of Police, Koffi Agbeko", ("Koffi Agbeko",), "TG"),
    "adjective, female": Side("the Zambian Inspector-General of Police, Mary Mwale", ("Mary Mwale",), "ZM", "f"),
    "possessive": Side("Kenya's Cabinet Secretary for the Interior, Peter Kamau", ("Peter Kamau",), "KE"),
    "of the Republic": Side("the Minister of Security of the Republic of Liberia, James Cooper", ("James Cooper",), "LR"),
    "plural": Side("the Chief of the Malawi Police, John Banda, and his deputy, Grace Phiri",
                   ("John Banda", "Grace Phiri"), "MW", "pl"),
    "as well as": Side("the Chief of the Malawi Police, John Banda, as well as the Police Commissioner, Grace Phiri",
                       ("John Banda", "Grace Phiri"), "MW", "pl"),
    "agency": Side("the Director of the Federal Bureau of Investigation, Robert Hayes", ("Robert Hayes",), "US"),
    "organisation": Side("Interpol's Secretary General, Jorge Lima", ("Jorge Lima",), "INTERPOL"),
    "ambassador": Side("the Ambassador of Spain to Ghana, Luis Moreno", ("Luis Moreno",), "ES"),
    "visiting": Side("the visiting Nigerian Inspector-General of Police, Musa Bello", ("Musa Bello",), "NG"),
}  # fmt: skip
# ways that name the guest only after his host: « son homologue », a delegation "led by" its head
FR_AFTER_HOST = {
    "homologue": Side("son homologue nigérien, Moussa Abdou", ("Moussa Abdou",), "NE"),
    "homologue, puis son titre": Side(
        "son homologue nigérien, le ministre Moussa Abdou", ("Moussa Abdou",), "NE"
    ),
    "délégation conduite par": Side(
        "une délégation de la police gambienne conduite par le commissaire divisionnaire, Lamin Jallow",
        ("Lamin Jallow",),
        "GM",
    ),
}
EN_AFTER_HOST = {
    "counterpart": Side("his Nigerian counterpart, Musa Bello", ("Musa Bello",), "NG"),
    "counterpart, then his office": Side("his Nigerian counterpart, the Inspector-General, Musa Bello", ("Musa Bello",),
                                          "NG"),
    "delegation led by": Side("a Liberian police delegation led by the Deputy Inspector-General, James Cooper",
                              ("James Cooper",), "LR"),
}  # fmt: skip

# the orders: {H} the host, {G} the guest, {gA} a French participle's agreement with the guest, {g:one|many}
FR_ORDERS = {
    "hôte d'abord": "{H}, a reçu mardi {G}.",
    "hôte d'abord, avec": "{H}, s'est entretenu{hA} mardi avec {G}.",
    "invité d'abord, passif": "{G}, {g:a|ont} été reçu{gA} mardi par {H}.",
    "invité d'abord, visite": "{G}, {g:s'est|se sont} rendu{gA} mardi à Dakar auprès de {H}.",
    "entre hôte et invité": "Un entretien entre {H}, et {G}, a eu lieu mardi à Dakar.",
    "entre invité et hôte": "Un entretien entre {G}, et {H}, a eu lieu mardi à Dakar.",
    "gérondif en tête": "Recevant mardi {G}, {H}, a salué la coopération entre les deux services.",
    "participe en tête": "Reçu{gA} mardi par {H}, {G}, {g:a|ont} évoqué la lutte contre le terrorisme.",
    "gérondif avec": "S'entretenant mardi avec {G}, {H}, a salué la coopération entre les deux services.",
    "deux sujets": "{H}, et {G}, ont eu un entretien mardi à Dakar.",
}
EN_ORDERS = {
    "host first": "{H}, received {G}, on Tuesday.",
    "host first, with": "{H}, held talks with {G}, on Tuesday.",
    "guest first, passive": "{G}, {g:was|were} received on Tuesday by {H}.",
    "guest first, call": "{G}, paid a courtesy call on {H}, on Tuesday.",
    "between host and guest": "A meeting between {H}, and {G}, was held in Accra on Tuesday.",
    "between guest and host": "A meeting between {G}, and {H}, was held in Accra on Tuesday.",
    "-ing opening": "Receiving {G}, on Tuesday, {H}, praised the cooperation between the two services.",
    "participle opening": "Received by {H}, on Tuesday, {G}, discussed border security.",
    "-ing talks": "Holding talks with {G}, on Tuesday, {H}, praised the cooperation between the two services.",
    "two subjects": "{H}, and {G}, held talks in Accra on Tuesday.",
}


def _fill(template: str, host: Side, guest: Side, lang: str) -> str:
    """The template with its two sides and agreements, under the dateline of the host's town."""

    def choose(match: re.Match[str]) -> str:
        return match.group(2) if guest.gender == "pl" else match.group(1)

    agree = {"m": "", "f": "e", "pl": "s"}
    text = re.sub(r"\{g:([^|}]*)\|([^}]*)\}", choose, template)
    text = text.replace("{gA}", agree[guest.gender]).replace("{hA}", agree[host.gender])
    text = text.replace("{H}", host.written).replace("{G}", guest.written)
    text = text.replace(" de le ", " du ").replace(" à le ", " au ").replace(" par le ", " par le ")
    text = text[0].upper() + text[1:]
    return ("Dakar, 14 mai 2026 – " if lang == "fr" else "ACCRA, May 14, 2026 – ") + text


def _cases() -> list[object]:
    cases: list[object] = []
    for lang, hosts, guests, after_host, orders in (
        ("fr", FR_HOSTS, FR_GUESTS, FR_AFTER_HOST, FR_ORDERS),
        ("en", EN_HOSTS, EN_GUESTS, EN_AFTER_HOST, EN_ORDERS),
    ):
        for order, template in orders.items():
            host_first = template.index("{H}") < template.index("{G}")
            for g, (guest_way, guest) in enumerate((guests | (after_host if host_first else {})).items()):
                # every guest way in every order; the host ways in turn
                host_way, host = list(hosts.items())[g % len(hosts)]
                text = _fill(template, host, guest, lang)
                cases.append(pytest.param(text, host, guest, id=f"{lang}-{order}-{guest_way}-{host_way}"))
    return cases


def _check(text: str, host: Side, guest: Side) -> None:
    record = read_offline(text, PUBLISHED)
    assert record.is_meeting_report, "no meeting read"
    meeting = record.meetings[0]
    expected = {host.party, guest.party} - {None}
    assert set(meeting.parties) == expected, f"parties {meeting.parties}"
    by_name = {p.name: p for p in meeting.participants}
    told = []
    for side, role in ((host, Role.HOST), (guest, Role.GUEST)):
        for name in side.names:
            person = by_name.get(name)
            got = (person.party, person.role) if person else None
            if got != (side.party, role):
                told.append(f"{name}: {got} ≠ {(side.party, role)}")
    assert not told, "; ".join(told)


@pytest.mark.parametrize(
    ("text", "host", "guest"),
    _cases(),
)
def test_each_side_is_told(text: str, host: Side, guest: Side) -> None:
    _check(text, host, guest)


# with no dateline nor place, a host of no country said is of no party the text supports
_NOWHERE = [
    ("Le ministre de l'Intérieur, Ibrahim Sow, a reçu mardi le ministre gambien de l'Intérieur, Lamin Jallow.",
     ("Ibrahim Sow", "Lamin Jallow"), "GM"),
    ("Recevant mardi le ministre gambien de l'Intérieur, Lamin Jallow, le ministre de l'Intérieur, Ibrahim Sow, "
     "a salué la coopération entre les deux services.", ("Ibrahim Sow", "Lamin Jallow"), "GM"),
    ("The Inspector-General of Police, Kwame Mensah, received the Togolese Director-General of Police, Koffi Agbeko, "
     "on Tuesday.", ("Kwame Mensah", "Koffi Agbeko"), "TG"),
    ("The Togolese Director-General of Police, Koffi Agbeko, was received on Tuesday by the Inspector-General of "
     "Police, Kwame Mensah.", ("Kwame Mensah", "Koffi Agbeko"), "TG"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "party"), _NOWHERE, ids=range(len(_NOWHERE)))
def test_a_host_of_no_country_said_is_of_none(text: str, names: tuple[str, str], party: str) -> None:
    record = read_offline(text, None)
    meeting = record.meetings[0]
    assert meeting.parties == [party]
    by_name = {p.name: p for p in meeting.participants}
    host, guest = by_name[names[0]], by_name[names[1]]
    assert (host.party, host.role) == (None, Role.HOST)
    assert (guest.party, guest.role) == (party, Role.GUEST)


# the visitor's companions told first, then whom he met: that one is no companion of his, but the other side
_THEN_MET = [
    ("ACCRA, May 14, 2026 – The Togolese Director of Police, Koffi Agbeko, on Tuesday visited the Police Headquarters "
     "in Accra along with a delegation of the Togolese Embassy, and met with the Inspector-General of Police, Kwame "
     "Mensah.", "Kwame Mensah", "GH", "Koffi Agbeko", "TG"),
    ("Dakar, 14 mai 2026 – Le directeur de la police ivoirienne, Koffi Yao, a visité mardi la direction de la police à "
     "Dakar, accompagné d'une délégation de l'ambassade ivoirienne, et a rencontré le directeur général de la police "
     "nationale, Ousmane Fall.", "Ousmane Fall", "SN", "Koffi Yao", "CI"),
]  # fmt: skip


# the counterpart who goes with the visitor is of the other side, his office between « homologue » and his name
_COUNTERPART_WITH_HIM = [
    ("Dakar, 14 mai 2026 – En visite à Dakar, le ministre français de l'Intérieur, Paul Girard, a été reçu mardi par "
     "le président de la République, Amadou Ba. Accompagné par son homologue sénégalais, le ministre Ibrahima Diouf, "
     "le visiteur a longuement échangé avec le chef de l'État.", "Ibrahima Diouf", "SN", "Paul Girard", "FR"),
    ("ACCRA, May 14, 2026 – On a visit to Accra, the French Minister of the Interior, Paul Girard, was received on "
     "Tuesday by the President of the Republic, Kofi Owusu. Accompanied by his Ghanaian counterpart, the Minister Ama "
     "Serwaa, the visitor held long talks with the head of state.", "Ama Serwaa", "GH", "Paul Girard", "FR"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "host", "home", "guest", "abroad"),
    _THEN_MET + _COUNTERPART_WITH_HIM,
    ids=[
        "met after companions, en",
        "met after companions, fr",
        "counterpart with him, fr",
        "counterpart with him, en",
    ],
)
def test_the_one_met_after_the_companions_or_the_counterpart_with_him_is_the_other_side(
    text: str, host: str, home: str, guest: str, abroad: str
) -> None:
    meeting = read_offline(text, PUBLISHED).meetings[0]
    by_name = {p.name: p for p in meeting.participants}
    assert (by_name[host].party, by_name[host].role) == (home, Role.HOST)
    assert (by_name[guest].party, by_name[guest].role) == (abroad, Role.GUEST)
    assert meeting.parties == sorted({home, abroad})
