"""Several audiences told as one (left59): an audience given to several envoys, each named after it, is one meeting per
counterpart; several received together stay one. Each row was labelled by the spec before the reader was run on it; every name, place and date is invented."""

from __future__ import annotations

import pytest
from support import read_offline

ROWS: list[tuple[str, str, list[list[str]]]] = [
    (
        "several ambassadors, each named after",
        "Le ministre de la Sécurité, M. Paul Sawadogo, a reçu en audience lundi à Ouagadougou plusieurs ambassadeurs "
        "nouvellement accrédités. Il s'agit de M. Lars Holm, ambassadeur du Danemark, et de M. Rui Costa, ambassadeur "
        "du Portugal.",
        [["BF", "DK"], ["BF", "PT"]],
    ),
    (
        "three diplomats, one sentence each",
        "Le ministre de l'Intérieur, M. Jean Rakoto, a reçu hier à Antananarivo trois diplomates. L'ambassadeur "
        "d'Espagne, M. Luis Ortega, a évoqué la formation des policiers. Le ministre a ensuite reçu M. Taro Sato, "
        "ambassadeur du Japon. Il a enfin reçu l'ambassadrice de Norvège, Mme Ingrid Dahl.",
        [["ES", "MG"], ["JP", "MG"], ["MG", "NO"]],
    ),
    (
        "several envoys, en",
        "The Minister of Interior, Musa Bello, on Monday received several newly accredited ambassadors in Abuja. They "
        "were Mr Karl Weber, Ambassador of Austria; and Mr Piotr Nowak, Ambassador of Poland.",
        [["AT", "NG"], ["NG", "PL"]],
    ),
    (
        "several received together stay one",
        "Le ministre de la Sécurité, M. Paul Sawadogo, a reçu ensemble lundi à Ouagadougou plusieurs ambassadeurs, "
        "ceux du Danemark et du Portugal, pour une séance de travail commune sur la formation.",
        [["BF", "DK", "PT"]],
    ),
]


@pytest.mark.parametrize(("text", "parties"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS])
def test_each_audience_is_one_meeting(text: str, parties: list[list[str]]) -> None:
    analysis = read_offline(text)
    assert sorted(m.parties for m in analysis.meetings) == parties


NAMED: list[tuple[str, str, list[set[str]]]] = [
    (
        "a list after « Il s'agit de », host in each",
        "Le ministre de la Sécurité, M. Paul Sawadogo, a reçu en audience lundi à Ouagadougou plusieurs ambassadeurs "
        "nouvellement accrédités. Il s'agit de M. Lars Holm, ambassadeur du Danemark, et de M. Rui Costa, ambassadeur "
        "du Portugal.",
        [{"Paul Sawadogo", "Lars Holm"}, {"Paul Sawadogo", "Rui Costa"}],
    ),
    (
        "a list after 'They were', by semicolons",
        "The Minister of Interior, Musa Bello, on Monday received several newly accredited ambassadors in Abuja. They "
        "were Mr Karl Weber, Ambassador of Austria; and Mr Piotr Nowak, Ambassador of Poland.",
        [{"Musa Bello", "Karl Weber"}, {"Musa Bello", "Piotr Nowak"}],
    ),
    (
        "received separately, no dateline: the host in each",
        "Le ministre de la Sécurité, M. Paul Sawadogo, a reçu séparément lundi les ambassadeurs du Danemark et du "
        "Portugal. L'ambassadeur danois, M. Lars Holm, a déclaré que la formation était au menu. L'ambassadeur portugais, "
        "M. Rui Costa, a déclaré avoir parlé de terrorisme.",
        [{"Paul Sawadogo", "Lars Holm"}, {"Paul Sawadogo", "Rui Costa"}],
    ),
]


@pytest.mark.parametrize(("text", "names"), [row[1:] for row in NAMED], ids=[row[0] for row in NAMED])
def test_each_audience_keeps_its_host_and_its_guest(text: str, names: list[set[str]]) -> None:
    analysis = read_offline(text)
    assert [{p.name for p in m.participants if p.name} for m in analysis.meetings] == names


#: An office's remit names an organisation it deals with, not a side (« le directeur des affaires Interpol »); someone
#: of the organisation itself makes it one.
REMIT: list[tuple[str, str, list[str]]] = [
    (
        "in charge of Interpol affairs",
        "The Inspector General of Police, Kofi Mensah, on Tuesday received in Accra the Togolese Director in charge of "
        "Interpol affairs, Yao Agbeko, for talks on cross-border crime.",
        ["GH", "TG"],
    ),
    (
        "chargé des relations avec Europol",
        "Le directeur général de la police, Mamadou Diallo, a reçu lundi à Dakar le chef du bureau chargé des relations "
        "avec Europol de la police belge, M. Luc Peeters.",
        ["BE", "SN"],
    ),
    (
        "desk responsible for ASEANAPOL cooperation",
        "The Commissioner of Police, Ravi Naidu, met in Suva on Monday the head of the desk responsible for ASEANAPOL "
        "cooperation of the Royal Malaysia Police, Ahmad Faisal.",
        ["FJ", "MY"],
    ),
    (
        "directeur des affaires Interpol",
        "Le ministre de l'Intérieur, Karim Haddad, a reçu mardi à Alger le directeur des affaires Interpol de la police "
        "tunisienne, Sami Trabelsi.",
        ["DZ", "TN"],
    ),
    (
        "one of Interpol itself is a side",
        "The Minister, Kofi Mensah, received in Accra the Director of Operations of Interpol, Yao Agbeko.",
        ["GH", "INTERPOL"],
    ),
]


@pytest.mark.parametrize(("text", "parties"), [row[1:] for row in REMIT], ids=[row[0] for row in REMIT])
def test_a_remit_names_no_side(text: str, parties: list[str]) -> None:
    assert [m.parties for m in read_offline(text).meetings] == [parties]


#: At an organisation's seat with no one of its country there, the organisation is the side, its seat a place; one of
#: that country taking part makes it a side.
SEATS: list[tuple[str, str, list[str]]] = [
    (
        "Europol in The Hague",
        "Kenya's Director of Criminal Investigations, Peter Kamau, on Tuesday met the Executive Director of Europol, "
        "Anna Schmidt, in The Hague.",
        ["EUROPOL", "KE"],
    ),
    (
        "UNODC in Vienna",
        "The Ghanaian IGP, Kofi Mensah, met in Vienna on Monday the Executive Director of UNODC, Elena Marquez.",
        ["GH", "UNODC"],
    ),
    (
        "Afripol à Alger",
        "Le directeur général de la Police nationale nigérienne, Moussa Issa, s'est entretenu lundi à Alger avec le "
        "directeur exécutif d'Afripol, Tarek Benali.",
        ["AFRIPOL", "NE"],
    ),
    (
        "one of the seat's country takes part",
        "Kenya's Director of Criminal Investigations, Peter Kamau, on Tuesday met in The Hague the Executive Director "
        "of Europol, Anna Schmidt, and the Dutch National Police Chief, Jan Visser.",
        ["EUROPOL", "KE", "NL"],
    ),
    (
        "an unnamed host of no said country keeps the place",
        "The Inspector General of Police received the Secretary General of INTERPOL, Jürgen Stock, in Abuja on Monday.",
        ["INTERPOL", "NG"],
    ),
]


@pytest.mark.parametrize(("text", "parties"), [row[1:] for row in SEATS], ids=[row[0] for row in SEATS])
def test_a_seat_is_a_place(text: str, parties: list[str]) -> None:
    assert [m.parties for m in read_offline(text).meetings] == [parties]
