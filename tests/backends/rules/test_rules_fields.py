"""Kinds, topics and outcomes as agencies word them (issue 12): each test names a way of
writing seen in published communiqués, in invented words."""

from __future__ import annotations

import pytest
from support import read_offline as read

from communique.backends.rules import outcomes
from communique.backends.rules.cues import Relation
from communique.backends.rules.encounters import _Segment
from communique.backends.rules.fields import _kind
from communique.normalise.topics import topics_in
from communique.schema import MeetingKind, OutcomeType, Topic


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The interior ministers of the Arab Maghreb Union held their 14th meeting on Monday through video conferencing, "
         "chaired by Minister Karim Bensouda.", MeetingKind.CONFERENCE),
        ("La 7e réunion des chefs de police de la région s'est ouverte lundi à Tunis, présidée par M. Samir Ben Ammar.",
         MeetingKind.CONFERENCE),
        ("Minister Karim Bensouda held a video conference on Monday with his Portuguese counterpart, Rui Tavares Pinheiro.",
         MeetingKind.CALL),

        ("Le ministre, M. Paul Girard, s'est rendu jeudi à Rome pour un dîner de travail avec son homologue, M. Marco Bellini.",
         MeetingKind.WORKING_MEETING),
        ("The Commissioner, Jane Okello, met the Director of the Police Academy, Ali Hassan, in Nairobi on Monday. "
         "The visit allowed both sides to review the training of cadets.", MeetingKind.OFFICIAL_VISIT),
        ("The Commissioner, Jane Okello, will on Monday host the Director of the Police Academy, Ali Hassan, in Nairobi. "
         "The visit follows an invitation extended last year.", MeetingKind.WORKING_MEETING),
        ("Le ministre, M. Karim Salhi, a reçu mardi à Tunis le commissaire général belge, M. Pieter Claes, "
         "en visite de travail en Tunisie.", MeetingKind.WORKING_MEETING),
        ("Le ministre, M. Karim Salhi, a reçu mardi à Tunis le commissaire général belge, M. Pieter Claes, "
         "en visite de courtoisie.", MeetingKind.OFFICIAL_VISIT),
        ("On 4 May, Minister Marek Tamm paid a working visit to the Europol headquarters in The Hague, "
         "where he held talks with the Executive Director, Anna Verhoef.", MeetingKind.OFFICIAL_VISIT),
        ("Le ministre, M. Karim Salhi, recevra demain à Tunis le commissaire général belge, M. Pieter Claes. "
         "Cette visite doit permettre d'examiner la coopération.", MeetingKind.WORKING_MEETING),
    ],
)  # fmt: skip
def test_kind_signals(text: str, kind: MeetingKind) -> None:
    (meeting,) = read(text).meetings
    assert meeting.kind is kind


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        ("The police chiefs of India and Nepal held talks virtually on Monday.", MeetingKind.CALL),
        ("Un mémorandum d'entente a été signé mardi à Rabat par les deux ministres.", MeetingKind.SIGNING),
        ("The two directors initialled a memorandum of understanding in Accra.", MeetingKind.SIGNING),
        (
            "The meeting of the interior ministers of the member states was held in Riyadh on Wednesday.",
            MeetingKind.CONFERENCE,
        ),
        ("The meeting of the two ministers was held in Rabat on Monday.", MeetingKind.WORKING_MEETING),
        (
            "Les directeurs généraux de police ont pris part à une table ronde à Dakar.",
            MeetingKind.CONFERENCE,
        ),
    ],
)
def test_kind_of_an_opening(opening: str, kind: MeetingKind) -> None:
    segment = _Segment(opening=opening, relation=Relation.TOGETHER, cue_start=0, cue_end=0)
    assert _kind(segment) is kind


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("la criminalité transfrontalière", Topic.ORGANISED_CRIME),
        ("human smuggling across the lake", Topic.ILLEGAL_MIGRATION),
        ("organised immigration crime", Topic.ILLEGAL_MIGRATION),
        ("l'actualité sécuritaire dans la bande sahélienne", Topic.REGIONAL_SECURITY),
        ("la situation politique et sécuritaire dans l'ensemble de la sous-région", Topic.REGIONAL_SECURITY),
        ("des opérations communes", Topic.OPERATIONAL_COOPERATION),
        ("the sharing of extensive field experience", Topic.EXPERTISE_EXCHANGE),
        ("the exchange of criminal records", Topic.INTELLIGENCE_SHARING),
        ("the remaining ISIS cells", Topic.TERRORISM),
        ("stolen vehicles smuggled across the sub-region", Topic.ORGANISED_CRIME),
        ("the trafficking of drugs and psychotropic substances", Topic.DRUG_TRAFFICKING),
        ("un programme d'échange d'officiers", Topic.EXPERTISE_EXCHANGE),
        ("l'identification des personnes par les empreintes", Topic.FORENSICS),
        ("des patrouilles maritimes conjointes", Topic.OPERATIONAL_COOPERATION),
        ("cross-border investigations into fraud", Topic.OPERATIONAL_COOPERATION),
        ("les policiers en poste aux frontières", Topic.BORDER_SECURITY),
        ("la sécurisation des prochaines compétitions sportives", Topic.EVENT_SECURITY),
        ("the supervision of pilgrims during the Hajj season", Topic.EVENT_SECURITY),
        ("les trafiquants qui blanchissent ou veulent blanchir leurs gains", Topic.MONEY_LAUNDERING),
        ("la situation sécuritaire autour du lac Tchad", Topic.REGIONAL_SECURITY),
    ],
)
def test_topic_wordings(words: str, topic: Topic) -> None:
    assert topic in topics_in(words)


def test_an_exchange_of_liaison_officers_is_not_an_exchange_of_expertise() -> None:
    assert Topic.EXPERTISE_EXCHANGE not in topics_in("un échange d'officiers de liaison")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Il a été convenu entre les deux parties de tenir à Dakar, en mai, une réunion de suivi.",
         [(OutcomeType.FOLLOW_UP_PLANNED, "tenir à Dakar, en mai, une réunion de suivi")]),
        ("Il a été décidé d'un commun accord de créer un groupe de travail sur la fraude documentaire.",
         [(OutcomeType.MECHANISM_CREATED, "créer un groupe de travail sur la fraude documentaire")]),
        ("Les deux ministres ont en outre arrêté le principe d'un échange d'officiers de liaison.",
         [(OutcomeType.MECHANISM_CREATED, "un échange d'officiers de liaison")]),
        ("Les ministres ont signé ce lundi, à Accra, deux protocoles d'entente sur la sécurité frontalière.",
         [(OutcomeType.AGREEMENT_SIGNED, "ont signé ce lundi, à Accra, deux protocoles d'entente sur la sécurité frontalière")]),
        ("Les deux ministres ont signé une déclaration conjointe sur la lutte contre le terrorisme.",
         [(OutcomeType.AGREEMENT_SIGNED, "ont signé une déclaration conjointe sur la lutte contre le terrorisme")]),
        ("The ministers signed a joint declaration on migration and initialled a memorandum on police training.",
         [(OutcomeType.AGREEMENT_SIGNED, "signed a joint declaration on migration"),
          (OutcomeType.AGREEMENT_SIGNED, "initialled a memorandum on police training")]),
        ("A Letter of Intent on forensic cooperation was signed in Rabat on Monday by the two directors.",
         [(OutcomeType.AGREEMENT_SIGNED, "A Letter of Intent on forensic cooperation was signed in Rabat on Monday")]),
        ("La délégation a mis à la disposition de la police un lot de dix motos.",
         [(OutcomeType.OTHER, "a mis à la disposition de la police un lot de dix motos")]),
        ("Un comité de suivi sera mis en place pour évaluer les mesures retenues.",
         [(OutcomeType.FOLLOW_UP_PLANNED, "Un comité de suivi sera mis en place pour évaluer les mesures retenues")]),
        ("A joint intelligence cell will be established at the border post.",
         [(OutcomeType.MECHANISM_CREATED, "A joint intelligence cell will be established at the border post")]),
        ("He said that a national coordination centre would be set up soon.", []),
        ("Un groupe de travail chargé de la coopération transfrontalière a été créé.",
         [(OutcomeType.MECHANISM_CREATED, "Un groupe de travail chargé de la coopération transfrontalière a été créé")]),
        ("A joint centre was established in 2015 to coordinate patrols.", []),
        ("It was decided to designate nodal points in each district.",
         [(OutcomeType.MECHANISM_CREATED, "designate nodal points in each district")]),
        ("Les deux parties ont décidé d'intensifier les rencontres périodiques entre leurs services.",
         [(OutcomeType.FOLLOW_UP_PLANNED, "intensifier les rencontres périodiques entre leurs services")]),
        ("They proposed a memorandum of understanding on policing for consideration by their governments.",
         [(OutcomeType.AGREEMENT_PLANNED, "a memorandum of understanding on policing for consideration by their governments")]),
        ("They agreed on holding a coordination meeting in Lomé before the end of the year.",
         [(OutcomeType.FOLLOW_UP_PLANNED, "holding a coordination meeting in Lomé before the end of the year")]),
        ("They approved, in principle, the establishment of a joint maritime centre.",
         [(OutcomeType.MECHANISM_CREATED, "the establishment of a joint maritime centre")]),
        ("The two countries agreed to open joint police cooperation offices in both capitals.",
         [(OutcomeType.MECHANISM_CREATED, "open joint police cooperation offices in both capitals")]),
        ("The commissioner offered his service's full support in training detectives.",
         [(OutcomeType.OTHER, "in training detectives")]),
        ("In the call, the ministers agreed that the trend, in which gangs hire minors, calls for closer coordination.", []),
        ("They agreed that a joint cell, staffed by both forces, will be set up in Zeebrugge.",
         [(OutcomeType.MECHANISM_CREATED, "a joint cell, staffed by both forces, will be set up in Zeebrugge")]),
        ("Il a été convenu d'engager les négociations en vue de la conclusion d'un arrangement de travail.",
         [(OutcomeType.AGREEMENT_PLANNED, "engager les négociations en vue de la conclusion d'un arrangement")]),
        ("Le directeur a annoncé l'envoi de formateurs spécialisés dans les enquêtes numériques.",
         [(OutcomeType.OTHER, "l'envoi de formateurs spécialisés dans les enquêtes numériques")]),
        ("L'ambassadrice a salué ce travail et annoncé l'envoi d'une mission d'experts à Tunis à l'automne.",
         [(OutcomeType.FOLLOW_UP_PLANNED, "l'envoi d'une mission d'experts à Tunis à l'automne")]),
        ("« Nous nous reverrons à Abidjan en septembre », a déclaré le ministre.",
         [(OutcomeType.FOLLOW_UP_PLANNED, "Nous nous reverrons à Abidjan en septembre")]),
        ("La convention prévoit la création d'un comité technique mixte qui se réunira une fois par an.",
         [(OutcomeType.FOLLOW_UP_PLANNED, "la création d'un comité technique mixte")]),
        ("Les deux parties ont convenu de mettre en place une patrouille conjointe au large du cap.",
         [(OutcomeType.MECHANISM_CREATED, "mettre en place une patrouille conjointe au large du cap")]),
        ("Les deux parties ont convenu d'organiser des patrouilles conjointes le long du fleuve.",
         [(OutcomeType.OTHER, "organiser des patrouilles conjointes le long du fleuve")]),
        ("The minister agreed to convene a law enforcement dialogue in Canberra in November.",
         [(OutcomeType.FOLLOW_UP_PLANNED, "convene a law enforcement dialogue in Canberra in November")]),
        ("Le Conseil a approuvé le rapport et adopté un plan régional de lutte contre la fraude documentaire.",
         [(OutcomeType.OTHER, "un plan régional de lutte contre la fraude documentaire")]),
    ],
)  # fmt: skip
def test_outcome_wordings(sentence: str, expected: list[tuple[OutcomeType, str]]) -> None:
    assert [(o.type, o.text) for o in outcomes.find(sentence)] == expected


def test_a_signing_named_again_is_one_outcome() -> None:
    record = read(
        "Europol and the Police of Fiji signed a Working Arrangement on Thursday in The Hague. "
        "The Working Arrangement was signed by the Executive Director, Anna Verhoef, and the Commissioner, Sitiveni Rabuka."
    )
    (meeting,) = record.meetings
    assert [o.type for o in meeting.outcomes] == [OutcomeType.AGREEMENT_SIGNED]


def test_an_announced_meeting_keeps_only_the_agreement_it_is_to_sign() -> None:
    record = read(
        "The minister, Aminata Sow, will visit Riyadh next Monday for talks with her Saudi counterpart. "
        "The two sides are also expected to sign a memorandum of understanding on police training. "
        "They are expected to set up a joint working group."
    )
    (meeting,) = record.meetings
    assert [o.type for o in meeting.outcomes] == [OutcomeType.AGREEMENT_PLANNED]


def test_an_agency_s_name_is_not_a_topic() -> None:
    record = read(
        "The Minister of the Interior, Mart Tamm, held talks on Monday in The Hague with the Executive Director of "
        "Europol, Anna Verhoef. The minister also visited the European Cybercrime Centre."
    )
    (meeting,) = record.meetings
    assert Topic.CYBERCRIME not in meeting.topics
