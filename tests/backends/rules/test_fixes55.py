"""Faults of the offline reader a previous session left, each read as a class of phrasing and tested over several
wordings in both languages; every sentence invented, none of them an eval case's.

6. A page about an agreement or a strategy coming into effect (ratified, entered into force, published) that an
   official "welcomed" tells no meeting, nor does the signing an agreement's ratification or publication recalls ("the
   ratification of the agreement …, signed in Lima on 14 March 2024"); a signing ceremony still is one.
3. Three or more countries listed after "between" / « entre », with or without articles, are every one a side; and a
   force that "hosted a meeting" between them tells the meeting.
1. A courtesy call told by its participle at the head of the sentence ("During the courtesy call paid by A to B", « Lors
   de la visite de courtoisie rendue par A à B »): A is the guest, B the host.
5. A joint committee of two countries sitting by video ("held in virtual mode on 12 May") is their call, its day kept.
4. A signing to come told as « procéderont à la signature » or "will formalize … at a (signing) ceremony": a signing,
   announced.
8. Ambassadors of several countries received together are one meeting, every country a side (the world golds'
   convention); only a word that they were received one after another makes a series.
"""

from __future__ import annotations

import pytest
from support import only_meeting, read_offline, sides_of

from communique.schema import MeetingKind, Role, Status

# -- 6. an agreement's or a strategy's coming into effect is no meeting ----------------------------------------------

COMING_INTO_EFFECT = [
    "The extradition treaty between Kenya and Tanzania entered into force on 1 June. The Inspector General of Police, "
    "Samuel Kiptoo, welcomed the entry into force.",
    "The Government of Ghana and the Government of Burkina Faso have ratified the agreement on cross-border security "
    "signed in Accra in 2024. The Minister of the Interior, Kwame Mensah, welcomed the ratification.",
    "The Minister of Home Affairs, Peter Mwangi, on Monday hailed the publication of the National Border Management "
    "Strategy, drawn up with the support of Uganda and Tanzania.",
    "L'accord de sécurité entre le Niger et le Tchad est entré en vigueur. Le ministre de l'Intérieur, Hamadou Souley, "
    "a salué l'entrée en vigueur de cet accord.",
    "Le protocole de coopération policière entre le Sénégal et la Gambie a été ratifié. Le ministre de l'Intérieur, "
    "Moussa Diop, a salué la ratification de ce texte.",
    # (the signing the ratified text recalls is its past, not the news)
    "The Senate on Tuesday approved the bill authorising the ratification of the agreement on police cooperation "
    "between Peru and Chile, signed in Lima on 14 March 2024 by the two interior ministers.",
    "The Cabinet on Wednesday approved the publication of the memorandum between Ghana and Togo, signed in Accra in "
    "2025.",
    "Le Sénat a adopté jeudi le projet de loi autorisant l'approbation de l'accord entre le Pérou et le Chili, signé à "
    "Lima le 14 mars 2024 par les deux ministres de l'Intérieur.",
]


@pytest.mark.parametrize("text", COMING_INTO_EFFECT)
def test_an_agreement_coming_into_effect_is_no_meeting(text: str) -> None:
    assert read_offline(text).is_meeting_report is False


SIGNED_OR_WELCOMED = [
    (
        "The Inspector General of Police of Zambia, Chanda Phiri, and the Inspector General of the Malawi Police "
        "Service, Grace Banda, on Wednesday signed a memorandum of understanding at a ceremony held in Lusaka.",
        MeetingKind.SIGNING,
    ),
    (
        "The Inspector General of Police, Samuel Kiptoo, welcomed the delegation of the Tanzania Police Force led by "
        "Camillus Wambura on Monday in Nairobi.",
        MeetingKind.WORKING_MEETING,
    ),
]


@pytest.mark.parametrize(("text", "kind"), SIGNED_OR_WELCOMED)
def test_a_signing_or_a_guest_welcomed_is_still_a_meeting(text: str, kind: MeetingKind) -> None:
    assert only_meeting(text).kind is kind


# -- 3. three or more countries listed after between --------------------------------------------------------------

LISTED_SIDES = [
    (
        "A tripartite meeting between Ghana, Togo and Benin was held on Thursday in Aflao.",
        ["BJ", "GH", "TG"],
    ),
    (
        "The Ghana Police Service on Thursday hosted a tripartite meeting between Ghana, Togo and Benin in Aflao.",
        ["BJ", "GH", "TG"],
    ),
    (
        "Une réunion de coordination sécuritaire entre le Bénin, le Togo et le Nigeria s'est tenue jeudi à Porto-Novo.",
        ["BJ", "NG", "TG"],
    ),
    (
        "A quadripartite meeting between the Gambia, Senegal, Guinea-Bissau and Mali was held on Monday in Banjul.",
        ["GM", "GW", "ML", "SN"],
    ),
    (
        "La coopération entre le Niger, le Mali et le Burkina Faso a été au centre de la réunion tenue mardi à Niamey "
        "entre les ministres de la Sécurité des trois pays.",
        ["BF", "ML", "NE"],
    ),
    ("Talks between Kenya and Uganda were held in Nairobi on Monday.", ["KE", "UG"]),
]


@pytest.mark.parametrize(("text", "parties"), LISTED_SIDES)
def test_every_country_listed_after_between_is_a_side(text: str, parties: list[str]) -> None:
    assert only_meeting(text).parties == parties


# -- 1. a courtesy call paid by A to B ------------------------------------------------------------------------------

COURTESY_CALLS = [
    "During the courtesy call paid on Tuesday by the Ambassador of Germany, Ulrike Brandt, to the Inspector General of "
    "Police, Joseph Sesay, the two discussed training.",
    "A courtesy call paid by the Ambassador of Germany, Ulrike Brandt, to the Inspector General of Police, Joseph "
    "Sesay, took place on Tuesday in Freetown.",
    "Lors de la visite de courtoisie rendue mardi par l'ambassadrice d'Allemagne, Ulrike Brandt, au directeur général de "
    "la Police nationale, Joseph Sesay, les deux hommes ont évoqué la formation.",
    "La visite de courtoisie rendue par l'ambassadrice d'Allemagne, Ulrike Brandt, au directeur général de la Police "
    "nationale, Joseph Sesay, mardi à Bamako a porté sur la formation.",
]


@pytest.mark.parametrize("text", COURTESY_CALLS)
def test_who_pays_a_courtesy_call_is_the_guest(text: str) -> None:
    sides = sides_of(text)
    assert (sides["Ulrike Brandt"][1], sides["Joseph Sesay"][1]) == (Role.GUEST, Role.HOST)


# -- 5. a joint committee of two countries held by video --------------------------------------------------------------

BY_VIDEO = [
    (
        "The 4th session of the Joint Security Committee between Gambia and Senegal was held in virtual mode on 12 May "
        "2026.",
        "2026-05-12",
    ),
    (
        "La 3e session de la commission mixte de sécurité entre le Niger et le Tchad s'est tenue en mode virtuel le 12 "
        "mai.",
        "2026-05-12",
    ),
    (
        "The Minister of Interior of Ghana, Kwame Mensah, held talks with his Togolese counterpart, Yao Dossou, by "
        "videoconference on 11 May.",
        "2026-05-11",
    ),
    (
        "Le ministre de l'Intérieur, Karim Bennani, s'est entretenu le 11 mai par visioconférence avec son homologue "
        "espagnol, Pedro Ruiz.",
        "2026-05-11",
    ),
]


@pytest.mark.parametrize(("text", "day"), BY_VIDEO)
def test_two_sides_sitting_by_video_hold_a_call_on_their_day(text: str, day: str) -> None:
    meeting = only_meeting(text)
    assert (meeting.kind, str(meeting.date), meeting.location.city) == (MeetingKind.CALL, day, None)


# -- 4. a signing announced -----------------------------------------------------------------------------------------

SIGNINGS_TO_COME = [
    "Le ministre ivoirien de l'Intérieur, Yao N'Guessan, et son homologue libérien, James Doe, procéderont à la "
    "signature d'un protocole d'accord lors d'une cérémonie prévue jeudi prochain à Abidjan.",
    "Les directeurs généraux des polices du Bénin et du Niger procéderont jeudi à Cotonou à la signature d'un accord "
    "de coopération.",
    "Les deux ministres vont procéder vendredi à Lomé à la signature d'une convention de coopération policière.",
    "The Royal Thai Police and the Cambodian National Police will formalize their cooperation at a signing ceremony in "
    "Bangkok next week.",
    "The Inspector General, Lamin Ceesay, and his Senegalese counterpart, Ousmane Fall, will formalise the agreement at "
    "a ceremony in Banjul on Friday.",
    "The Ghana Police Service and the Togolese Police are expected to formalise the agreement at a ceremony in Lomé on "
    "Friday.",
]


@pytest.mark.parametrize("text", SIGNINGS_TO_COME)
def test_a_signing_to_come_is_an_announced_signing(text: str) -> None:
    meeting = only_meeting(text)
    assert (meeting.kind, meeting.status) == (MeetingKind.SIGNING, Status.ANNOUNCED)


# -- 8. ambassadors received together --------------------------------------------------------------------------------

AMBASSADORS = [
    (
        "The Minister of the Interior, Abena Owusu, on Wednesday received the ambassadors of the Netherlands and "
        "Belgium in Accra for talks on cocaine trafficking.",
        [["BE", "GH", "NL"]],
    ),
    (
        "Le ministre de la Sécurité, Ousmane Kaboré, a reçu mercredi à Ouagadougou les ambassadeurs d'Allemagne et du "
        "Danemark pour échanger sur la lutte contre le terrorisme.",
        [["BF", "DE", "DK"]],
    ),
    (
        "Le ministre de la Sécurité, Ousmane Kaboré, a reçu successivement mercredi à Ouagadougou les ambassadeurs "
        "d'Allemagne et du Danemark.",
        [["BF", "DE"], ["BF", "DK"]],
    ),
]


@pytest.mark.parametrize(("text", "sides"), AMBASSADORS)
def test_ambassadors_received_together_are_one_meeting(text: str, sides: list[list[str]]) -> None:
    assert [meeting.parties for meeting in read_offline(text).meetings] == sides
