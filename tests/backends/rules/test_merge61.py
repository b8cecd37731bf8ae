"""One encounter told in pieces (class E of the real pages): a piece that names no one but people of another
meeting, no other day and no other place, is part of that meeting (the visit and the memorandum signed during it,
the host alone told again, the signing told again with the heads of state who saw it); encounters with another
counterpart, or on another day, stay apart. Every sentence invented, none of them an eval case's."""

from __future__ import annotations

import pytest
from support import read_offline


@pytest.mark.parametrize(
    ("text", "kinds", "names"),
    [
        # a visit, then the memorandum its guest and host signed on a day of it: one signing, with all its people
        (
            "The Commissioner General of Police, Ruth Akinyi Otieno, is leading a delegation on a four-day visit to "
            "Canberra at the invitation of her counterpart, Commissioner Mark Ellison.\n\n"
            "On Wednesday, March 4, Commissioner Otieno and her host, Commissioner Ellison, signed a Memorandum of "
            "Understanding on cybercrime.\n\n"
            "The ceremony was also attended by Kenya's High Commissioner to Australia, Paul Kimani.",
            ["signing"],
            {"Ruth Akinyi Otieno", "Mark Ellison", "Paul Kimani"},
        ),
        # talks, then the host alone told again: one meeting
        (
            "PENANG: Home Minister Datuk Seri Rahman Yusof Aziz reaffirmed Malaysia's resolve to work with Indonesia "
            "against human trafficking.\n\n"
            "He said this during a bilateral meeting with Indonesia's Minister of Law, Budi Santoso Wirawan, held on "
            "the sidelines of the regional forum.\n\n"
            "Rahman Yusof welcomed closer collaboration under the joint border committee.",
            ["working_meeting"],
            {"Rahman Yusof Aziz", "Budi Santoso Wirawan"},
        ),
        # a signing told again with the leaders who witnessed it: one signing
        (
            "Le ministre de l'Intérieur des Comores, Ahmed Said Mohamed, qui accompagne le Président Ali Bacar en "
            "visite d'État à Maurice, a signé aujourd'hui un protocole d'accord avec le gouvernement mauricien.\n\n"
            "Le commissaire de police de Maurice, Vikash Ramdin, l'a signé pour Maurice, et M. Mohamed pour les "
            "Comores.\n\n"
            "Le protocole a été signé en présence du Président Ali Bacar et du Premier ministre mauricien, Anil "
            "Gopaul.",
            ["signing"],
            {"Ahmed Said Mohamed", "Ali Bacar", "Vikash Ramdin", "Anil Gopaul"},
        ),
        # another counterpart on another day, in another town: two meetings
        (
            "Botswana's Commissioner of Police, Kagiso Molefe, on Tuesday paid a courtesy call on Namibia's Minister "
            "of Home Affairs, Selma Haufiku, in Windhoek.\n\n"
            "On Friday, Commissioner Molefe signed a Memorandum of Understanding with the Inspector General of the "
            "Namibian Police, Petrus Shivute, in Swakopmund.",
            ["official_visit", "signing"],
            {"Kagiso Molefe", "Selma Haufiku", "Petrus Shivute"},
        ),
        (
            "Le ministre nigérien de l'Intérieur, Ibrahim Maïga, a été reçu mardi 3 mars à Bamako par le ministre "
            "malien de la Sécurité, Seydou Traoré.\n\n"
            "Vendredi 6 mars, à Kayes, M. Maïga a signé un protocole d'accord avec le directeur général de la Police "
            "nationale du Mali, Oumar Diallo.",
            ["working_meeting", "signing"],
            {"Ibrahim Maïga", "Seydou Traoré", "Oumar Diallo"},
        ),
        # the host alone in each of two audiences, of two sides: two meetings
        (
            "Le ministre de la Sécurité, M. Jean Mba, a reçu mardi l'ambassadeur du Brésil. Le ministre, M. Jean Mba, "
            "a ensuite reçu l'ambassadeur de l'Égypte.",
            ["working_meeting", "working_meeting"],
            {"Jean Mba"},
        ),
    ],
)
def test_one_encounter_told_in_pieces(text: str, kinds: list[str], names: set[str]) -> None:
    meetings = read_offline(text, "2026-03-09").meetings
    assert [m.kind.value for m in meetings] == kinds
    assert {p.name for m in meetings for p in m.participants if p.name} == names
