"""Misreads left on real pages by the last reading rounds (read55fr, read55en), as classes.

1. A photo's caption that lists people in the order they stand (« De gauche à droite : », "From left:", "(L-R)")
   tells no meeting by itself; when the text tells the meeting of a group by its office (« les ministres …
   réunis », "The three police chiefs met"), those of the caption who hold that office (all of them when the text
   counts as many) are its participants; someone else in the picture is not.
2. A country grouping or a region after a sentence's conjunction (« Si le Benelux … », "When Caricom …") is no
   one's name.
3. A further encounter told by its noun ("The Minister also held an introductory meeting with Y") is held by the
   first encounter's subject, whether named in its sentence or later in its paragraph.
4. A programme quoted in the future (« le ministre « aura jeudi des séances de travail avec X » », "the Inspector
   General \"will hold talks with Y on Friday\"") tells encounters announced, with their day; quotes are blanked
   only where one who took part retells an encounter.
7. A Kinshasa dateline (« KINSHASA, 12 mars (AFP) - », « Kinshasa, 03 avril 2026 (ACP).- ») places the meeting there
   whatever its variant (an agency's bracket closed by a full stop before the dash), and the « congolais » of its
   people, which two countries share, does not unplace it.

Names, places and dates are invented; the texts are published on 12 March 2026, a Thursday.
"""

from __future__ import annotations

import pytest
from support import read_offline

from communique.schema import Analysis, Status

#: A caption and a group's meeting under it: (text, the names that take part, a name that does not).
GROUP_CAPTIONS = [
    ("De gauche à droite : Jonas Verhulst-Maes, ministre de l'Intérieur de Belgique ; Pieter Van Aalst, ministre de "
     "la Justice des Pays-Bas ; Claire Weber-Thill, ministre de la Sécurité intérieure du Luxembourg.\n\n"
     "Les ministres en charge de la sécurité, réunis mardi à Bruxelles, ont signé un traité de coopération policière.",
     {"Jonas Verhulst-Maes", "Pieter Van Aalst", "Claire Weber-Thill"}, None),
    ("From left: Inspector-General Kwesi Mensah-Bonsu of Ghana, Inspector-General Tunde Bakare-Ojo of Nigeria and "
     "Director-General Yao Amegah-Kodjo of Togo.\n\nThe three police chiefs met on Tuesday in Accra to discuss "
     "drug trafficking along the coast.",
     {"Kwesi Mensah-Bonsu", "Tunde Bakare-Ojo", "Yao Amegah-Kodjo"}, None),
    ("(L-R) Estonian Minister of the Interior Mart Tammsaare-Kask, interpreter Liis Rebane and Latvian Minister of "
     "the Interior Janis Ozols-Kalns.\n\nThe ministers met in Riga on Tuesday to discuss border security.",
     {"Mart Tammsaare-Kask", "Janis Ozols-Kalns"}, "Liis Rebane"),
    ("Left to right: Minister of Police Sipho Dlamini-Nkosi, Ambassador Rui Tavares-Lopes and Minister of the "
     "Interior Amade Macuácua.\n\nThe two ministers met in Pretoria on Tuesday to discuss cross-border crime.",
     {"Sipho Dlamini-Nkosi", "Amade Macuácua"}, "Rui Tavares-Lopes"),
]  # fmt: skip


def _names(analysis: Analysis) -> set[str]:
    return {p.name for m in analysis.meetings for p in m.participants if p.name}


@pytest.mark.parametrize(
    ("text", "present", "absent"), GROUP_CAPTIONS, ids=[t[:20] for t, _, _ in GROUP_CAPTIONS]
)
def test_a_caption_names_the_group_the_text_puts_at_the_meeting(
    text: str, present: set[str], absent: str | None
) -> None:
    analysis = read_offline(text)
    assert len(analysis.meetings) == 1
    assert present <= _names(analysis)
    assert absent not in _names(analysis)


#: A caption over a text that tells no meeting: a seizure, a press conference.
CAPTIONS_ALONE = [
    "(L-R) Australian Federal Police Commander Dean Whitfield, Commissioner Iliesa Tuivaga and New Zealand liaison "
    "officer Tama Hepi-Rowe.\n\nPolice have seized 300 kilograms of cocaine at the port. Two men were arrested.",
    "De gauche à droite : le commissaire Alain Dufresne-Roy, le procureur Marc Lenoir-Baptiste et le colonel Ibrahim "
    "Sow-Ndiaye.\n\nLa police a saisi mardi deux tonnes de cannabis au port. Trois suspects ont été interpellés.",
]  # fmt: skip


@pytest.mark.parametrize("text", CAPTIONS_ALONE, ids=["en", "fr"])
def test_a_caption_alone_tells_no_meeting(text: str) -> None:
    assert read_offline(text).is_meeting_report is False


#: A grouping or a region after a conjunction, in a meeting's text: (text, the words that are no one).
GROUPINGS = [
    ("Si le Benelux avance lentement, le ministre belge de l'Intérieur, Luc Vandenbroucke-Aerts, a reçu mardi à "
     "Bruxelles son homologue néerlandais, Joost de Wit-Bakker.", "Benelux"),
    ("Si le Mercosur coopère déjà, le ministre uruguayen de l'Intérieur, Nicolás Ferrer Lussich, a reçu mardi à "
     "Montevideo son homologue argentin, Julián Sandoval Prieto.", "Mercosur"),
    ("Quand Schengen est évoqué, on parle de confiance, a dit le ministre suisse Urs Kägi-Brunner, qui a reçu mardi à "
     "Berne son homologue autrichien, Lukas Gruber-Moser.", "Schengen"),
    ("Jamaica's Minister of National Security, Horace Pennant-Lyle, met the Commissioner of Police of Barbados, Anne "
     "Griffith-Boyce, in Kingston on Tuesday. When Caricom adopted its strategy, the two pledged to share intelligence.",
     "Caricom"),
    ("If Benelux police can pursue suspects across borders, said Belgium's Interior Minister, Luc Peeters-Aerts, "
     "who met his Dutch counterpart, Joost Bakker-de Wit, in Brussels on Tuesday.", "Benelux"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "grouping"), GROUPINGS, ids=[g for _, g in GROUPINGS])
def test_a_grouping_after_a_conjunction_is_no_name(text: str, grouping: str) -> None:
    analysis = read_offline(text)
    assert analysis.is_meeting_report
    assert not any(grouping in name for name in _names(analysis))


#: A surname alone after an office and the adjective that says whose it is (« le ministre luxembourgeois X »), as a
#: caption above gives it in full: (text, the name read).
SURNAME_AFTER_ADJECTIVE = [
    ("De gauche à droite : Anne Keller-Roth, conseillère fédérale ; Marc Feyder-Linster, ministre du Luxembourg.\n\n"
     "La conseillère fédérale Keller-Roth a reçu mardi à Berne le ministre luxembourgeois Feyder-Linster.",
     "Feyder-Linster"),
    ("Le ministre ivoirien de l'Intérieur, Koffi Yao-Brou, a reçu mardi à Abidjan le général nigérien Tchiani-Mahamane.",
     "Tchiani-Mahamane"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), SURNAME_AFTER_ADJECTIVE, ids=["luxembourgeois", "nigérien"])
def test_a_surname_after_an_office_and_its_adjective_is_a_name(text: str, name: str) -> None:
    assert any(name in found for found in _names(read_offline(text)))


#: A further encounter told by its noun, its subject by the first one's office or a pronoun: (text, the guest of the
#: second encounter). The first encounter's subject is the second's.
FURTHER_BY_NOUN = [
    ("The Minister of Internal Affairs of Moldova held an introductory meeting with the Ambassador of Romania, Radu "
     "Dobre-Lupu. Ion Rusu-Cazacu briefed him on the police reform. The Minister also held an introductory meeting "
     "with the Ambassador of Ukraine, Oksana Hnatiuk-Bondar.", "Oksana Hnatiuk-Bondar"),
    ("The Minister of Internal Affairs of Moldova, Ion Rusu-Cazacu, held a meeting with the Ambassador of Romania, "
     "Radu Dobre-Lupu, on Tuesday. He also held talks with the Ambassador of Poland, Marek Zielinski-Nowak.",
     "Marek Zielinski-Nowak"),
    ("Le ministre de la Sécurité du Bénin, Alassane Tidjani-Seko, a reçu mardi l'ambassadeur de France, Luc Moreau-Vidal. "
     "Le ministre a également eu un entretien avec l'ambassadeur du Nigeria, Chinedu Okafor-Eze.", "Chinedu Okafor-Eze"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "guest"), FURTHER_BY_NOUN, ids=["title-only", "pronoun", "fr"])
def test_a_further_encounter_by_its_noun_is_held_by_the_first_subject(text: str, guest: str) -> None:
    analysis = read_offline(text)
    assert len(analysis.meetings) == 2
    first, second = analysis.meetings
    hosts = {p.name for p in first.participants if p.name and p.name != guest} & {
        p.name for p in second.participants
    }
    assert guest in {p.name for p in second.participants}
    assert len(hosts) == 1


#: A programme quoted in the future after a visit's arrival: (text, who the announced encounter is with, its day).
QUOTED_PROGRAMMES = [
    ("Le ministre béninois de l'Intérieur, Gaston Akpovi-Dossou, est arrivé lundi à Niamey, accueilli par son "
     "homologue, Issoufou Mahamane-Garba. Le ministre béninois « aura jeudi des séances de travail avec le directeur "
     "général de la Police nationale, Abdou Salifou-Kané ».", "Abdou Salifou-Kané", "jeudi"),
    ("Zambia's Inspector General of Police, Mutale Chanda-Mwila, arrived in Gaborone on Monday and was met by the "
     "Commissioner of Police, Kabo Tshekiso-Molefe. The Inspector General \"will hold talks with the Director General "
     "of Intelligence, Tumelo Ramotswa-Keabetswe, on Friday\".", "Tumelo Ramotswa-Keabetswe", "Friday"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "counterpart", "day"), QUOTED_PROGRAMMES, ids=["fr", "en"])
def test_a_programme_quoted_in_the_future_tells_an_encounter_announced(
    text: str, counterpart: str, day: str
) -> None:
    meetings = read_offline(text).meetings
    announced = [m for m in meetings if counterpart in {p.name for p in m.participants}]
    assert len(announced) == 1
    assert announced[0].status is Status.ANNOUNCED
    assert day in (announced[0].date_text or "")


#: A dateline of Kinshasa and its variants, over a meeting of a Congolese side: (dateline, the agency credited).
KINSHASA_DATELINES = [
    ("KINSHASA, 12 mars (AFP) -", "AFP"),
    ("Kinshasa, 12 mars 2026 (ACP).-", "ACP"),
    ("Kinshasa, 12/03/2026 (ACP).-", "ACP"),
    ("KINSHASA, 12 mars (ACP).-", "ACP"),
    ("Kinshasa, le 12 mars 2026 (ACP) -", "ACP"),
]


@pytest.mark.parametrize(("dateline", "agency"), KINSHASA_DATELINES, ids=[d for d, _ in KINSHASA_DATELINES])
def test_a_kinshasa_dateline_places_the_meeting(dateline: str, agency: str) -> None:
    analysis = read_offline(
        f"{dateline} Le commissaire général de la Police nationale congolaise, Sylvano Kabeya-Mutombo, a reçu jeudi "
        "une délégation de la police rwandaise conduite par le commissaire Eric Nkusi-Habimana."
    )
    assert analysis.document.source == agency
    assert len(analysis.meetings) == 1
    assert (analysis.meetings[0].location.city, analysis.meetings[0].location.country) == ("Kinshasa", "CD")
