"""Parties, topics, outcomes and kinds as a seventh reading of real communiqués found them;
every sentence invented, none of them an eval case's."""

from __future__ import annotations

import pytest
from support import outcome_types, read_offline

from communique.backends.rules import outcomes
from communique.normalise import places
from communique.normalise.topics import topics_in
from communique.schema import MeetingKind, OutcomeType, Topic


@pytest.mark.parametrize(
    "sentence",
    [
        "Le ministre a signé l'accord de réadmission avec son homologue.",
        "Les deux chefs de police ont signé vendredi à Cotonou l’arrangement relatif aux échanges de stagiaires.",
        "La rencontre s'est achevée par la signature de l'accord sur la police de proximité.",
        "Les deux gouvernements ont signé samedi l'entente sur la sécurité civile.",
    ],
)
def test_an_instrument_after_an_elided_article_is_signed(sentence: str) -> None:
    assert outcome_types(sentence) == [OutcomeType.AGREEMENT_SIGNED]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two commissioners signed, on Friday in Lusaka, a protocol on stolen cattle.",
        "Les deux directeurs ont signé, mardi à Niamey, une convention sur la formation des enquêteurs.",
    ],
)
def test_a_comma_after_the_verb_keeps_the_signing(sentence: str) -> None:
    assert outcome_types(sentence) == [OutcomeType.AGREEMENT_SIGNED]


@pytest.mark.parametrize(
    "sentence",
    [
        "The visit coincided with the twentieth anniversary of the signing of the police cooperation treaty.",
        "Elle s'inscrit dans le cadre du cinquième anniversaire de la signature de l'accord de coopération.",
    ],
)
def test_a_signing_recalled_by_its_anniversary_is_no_outcome(sentence: str) -> None:
    assert outcome_types(sentence) == []


def test_a_signing_recalled_by_its_anniversary_is_not_the_kind() -> None:
    record = read_offline(
        "The Interior Minister, Samir Haddad, received on Monday in Amman the Ambassador of Italy, Marco Bellini, "
        "on the occasion of the thirtieth anniversary of the signing of the first security agreement.",
        "2026-05-06",
    )
    assert [m.kind for m in record.meetings] == [MeetingKind.WORKING_MEETING]
    assert [o for m in record.meetings for o in m.outcomes] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The chiefs closed the talks with a protocol signed at the end of the meeting.",
        "Les deux parties ont scellé leur partenariat par une convention signée au terme de la visite.",
    ],
)
def test_an_instrument_signed_at_the_encounter_is_signed(sentence: str) -> None:
    assert outcome_types(sentence) == [OutcomeType.AGREEMENT_SIGNED]


def test_an_instrument_signed_on_a_past_day_is_background() -> None:
    assert outcome_types("They recalled a protocol signed in 2019 in Kigali.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "They resolved to establish a contact group on missing persons.",
        "Les ministres ont décidé de mettre en place un groupe de contact sur les disparitions.",
    ],
)
def test_a_coordination_or_contact_group_is_a_mechanism(sentence: str) -> None:
    assert outcome_types(sentence) == [OutcomeType.MECHANISM_CREATED]


def test_the_next_session_of_a_joint_body_is_a_follow_up() -> None:
    assert outcome_types(
        "They also discussed the forthcoming meeting of the joint security committee in Kano."
    ) == [OutcomeType.FOLLOW_UP_PLANNED]


def test_an_upcoming_event_of_others_is_no_follow_up() -> None:
    assert outcome_types("They discussed security for the upcoming general elections.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two suspects were extradited to Ghana last month.", Topic.EXTRADITION),
        ("Les trois suspects extradés vers le Niger seront jugés à Niamey.", Topic.EXTRADITION),
        ("They agreed on the surrender of fugitives held in either country.", Topic.EXTRADITION),
        ("The ministers spoke of exchanging best experiences in crowd control.", Topic.EXPERTISE_EXCHANGE),
        (
            "Les deux services souhaitent partager leurs expériences en police de proximité.",
            Topic.EXPERTISE_EXCHANGE,
        ),
        ("They reviewed motor vehicle thefts along the corridor.", Topic.ORGANISED_CRIME),
    ],
)
def test_topic_words_of_the_seventh_reading(text: str, expected: Topic) -> None:
    assert expected in topics_in(text)


def test_an_academy_named_as_the_venue_is_no_training() -> None:
    record = read_offline(
        "The Police Commissioner, Amina Yusuf, received on Monday the Malawian police chief, John Phiri, at the "
        "National Police College in Dar es Salaam, where they discussed cattle rustling.",
        "2026-05-06",
    )
    assert Topic.TRAINING not in {t for m in record.meetings for t in m.topics}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("head of the Interpol National Central Bureau of Senegal", {"SN"}),
        ("le chef du BCN Interpol de Bamako, le commissaire Diarra", set()),
        ("the INTERPOL Secretary General and the Ghanaian minister", {"GH", "INTERPOL"}),
    ],
)
def test_a_countrys_interpol_bureau_is_not_interpol(sentence: str, expected: set[str]) -> None:
    found = {
        m.country or (m.organisation.code if m.organisation else None) for m in places.mentions(sentence)
    }
    assert found - {None} == expected


def test_a_countrys_interpol_bureau_gives_its_country_as_a_party() -> None:
    record = read_offline(
        "The Inspector-General of Police, Ali Juma, received on Monday in Kampala Colonel Jean Habimana, head of the "
        "Interpol National Central Bureau of Rwanda.",
        "2026-05-06",
    )
    assert [sorted(m.parties) for m in record.meetings] == [["RW", "UG"]]


def test_the_demonym_of_the_dr_congo_is_not_the_congos() -> None:
    assert places.country_code("rd-congolaise") == "CD"
    assert places.country_code("congolaise") == "CG"


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre de l'Intérieur, Issa Konaté, a reçu mardi son homologue Kossi Adjo. La coopération frontalière "
        "a dominé les échanges entre les délégations ivoiriennes et togolaises.",
        "The Minister of the Interior, Issa Konate, hosted his counterpart Kossi Adjo on Tuesday. Talks between the "
        "Ivorian and Togolese delegations dwelt on border crossings.",
    ],
)
def test_two_peoples_after_the_delegations_are_both_sides(text: str) -> None:
    record = read_offline(text, "2026-05-06")
    assert {"CI", "TG"} <= {p for m in record.meetings for p in m.parties}


def test_a_long_office_name_before_two_countries_gives_both() -> None:
    record = read_offline(
        "The Ministers of Internal Affairs of Kyrgyzstan and Kazakhstan, Ulan Sadykov and Marat Akhmetov, met on "
        "Monday in Bishkek.",
        "2026-05-06",
    )
    assert {"KG", "KZ"} <= {p for m in record.meetings for p in m.parties}


def test_a_bodys_general_meeting_is_a_conference() -> None:
    record = read_offline(
        "The Commissioner of Police, Themba Dlamini, on Monday attended the annual general meeting of the Southern "
        "African Regional Police Chiefs Cooperation Organisation in Maputo.",
        "2026-05-06",
    )
    assert [m.kind for m in record.meetings] == [MeetingKind.CONFERENCE]


def test_a_capital_named_like_its_country_is_a_city() -> None:
    assert places.city("KUWAIT") is not None and places.city("Kuwait").country == "KW"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ils ont parlé de la traque des malfaiteurs réfugiés de l'autre côté.", Topic.EXTRADITION),
        ("They agreed to join the hunt for wanted criminals.", Topic.EXTRADITION),
        ("La coordination des interventions opérationnelles sera renforcée.", Topic.OPERATIONAL_COOPERATION),
    ],
)
def test_hunting_criminals_and_coordinating_interventions(text: str, expected: Topic) -> None:
    assert expected in topics_in(text)


def test_a_signing_ends_before_a_second_reflexive_verb() -> None:
    found = outcomes.find(
        "Les deux directeurs ont signé la convention de jumelage et se sont engagés à organiser une rencontre annuelle."
    )
    assert [o.type for o in found] == [OutcomeType.AGREEMENT_SIGNED, OutcomeType.FOLLOW_UP_PLANNED]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Morocco and Portugal agree on joint patrols\n\nThe Interior Minister of Portugal, Rui Costa, held talks "
            "on Monday with his counterpart, Karim Alaoui, on the Strait.",
            ["MA", "PT"],
        ),
        (
            "Le Niger et le Tchad renforcent leur coopération\n\nLe ministre nigérien de l'Intérieur, Issa Garba, a "
            "reçu lundi son homologue, Mahamat Saleh.",
            ["NE", "TD"],
        ),
        # a headline that names one country only adds nothing
        (
            "Morocco hosts talks on security\n\nThe Interior Minister of Portugal, Rui Costa, held talks on Monday "
            "with Karim Alaoui.",
            ["PT"],
        ),
    ],
)
def test_the_two_countries_a_headline_opens_with_are_the_sides(text: str, expected: list[str]) -> None:
    record = read_offline(text, "2026-05-06")
    assert [sorted(m.parties) for m in record.meetings] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two commanders inked a protocol on joint border patrols.",
        "Both directors sealed a memorandum on the return of stolen vehicles.",
        "The delegations exchanged three memoranda of understanding at the end of the visit.",
        "Les deux ministres ont conclu une convention sur l'entraide policière.",
        "Les délégations ont signé le procès-verbal de la session.",
    ],
)
def test_a_signing_in_other_words_is_signed(sentence: str) -> None:
    assert outcome_types(sentence) == [OutcomeType.AGREEMENT_SIGNED]


@pytest.mark.parametrize(
    "sentence",
    [
        "They exchanged views on the agreement of 2019.",
        "The two sides concluded their talks on the protocol.",
    ],
)
def test_views_exchanged_on_an_instrument_are_no_signing(sentence: str) -> None:
    assert outcome_types(sentence) == []


def test_a_signing_ends_before_a_second_verb_with_sont() -> None:
    found = outcomes.find("Les chefs ont conclu un accord de jumelage et sont convenus de se revoir à Lomé.")
    assert [o.type for o in found] == [OutcomeType.AGREEMENT_SIGNED, OutcomeType.FOLLOW_UP_PLANNED]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They reviewed narco-trafficking along the Pacific coast.", Topic.DRUG_TRAFFICKING),
        ("Drug-related offences in the capital were discussed.", Topic.DRUG_TRAFFICKING),
        ("They spoke of trafficking in women and children.", Topic.ILLEGAL_MIGRATION),
        ("Clandestine sea crossings have fallen this year.", Topic.ILLEGAL_MIGRATION),
        ("Online child abuse and ransomware were on the agenda.", Topic.CYBERCRIME),
        ("The two agencies will share red notices faster.", Topic.EXTRADITION),
        ("Les mandats d'arrêt émis par les deux pays ont été examinés.", Topic.EXTRADITION),
        ("They discussed the transfer of convicted prisoners.", Topic.EXTRADITION),
        ("Un laboratoire de balistique sera équipé.", Topic.FORENSICS),
        ("Crime scene management was part of the course.", Topic.FORENSICS),
        ("La sécurisation de la Coupe d'Afrique a été évoquée.", Topic.EVENT_SECURITY),
        ("Economic crimes and fraud were discussed.", Topic.MONEY_LAUNDERING),
        ("Les crimes économiques ont été évoqués.", Topic.MONEY_LAUNDERING),
    ],
)
def test_more_topic_words_of_the_seventh_reading(text: str, expected: Topic) -> None:
    assert expected in topics_in(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On her arrival in Nairobi on Tuesday, the Ugandan Minister of Internal Affairs, Grace Namara, was "
            "welcomed by her Kenyan counterpart, Peter Otieno.",
            MeetingKind.OFFICIAL_VISIT,
        ),
        (
            "Dès son arrivée mardi à Lomé, le ministre béninois de l'Intérieur, Alain Houessou, a été reçu par son "
            "homologue togolais, Kodjo Adjo.",
            MeetingKind.OFFICIAL_VISIT,
        ),
        # talks held on arrival are talks
        (
            "Dès son arrivée mardi à Lomé, le ministre béninois de l'Intérieur, Alain Houessou, s'est entretenu avec "
            "son homologue togolais, Kodjo Adjo.",
            MeetingKind.WORKING_MEETING,
        ),
    ],
)
def test_a_reception_on_arrival_is_a_visit(text: str, expected: MeetingKind) -> None:
    assert [m.kind for m in read_offline(text, "2026-05-06").meetings] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Both chiefs tasked their teams with drafting a memorandum on cyber fraud.",
            [OutcomeType.AGREEMENT_PLANNED],
        ),
        (
            "Les ministres ont instruit leurs experts de préparer un projet de convention.",
            [OutcomeType.AGREEMENT_PLANNED],
        ),
        ("The minister directed the police to intensify patrols.", []),
        ("The next meeting of the two chiefs is set for May in Accra.", [OutcomeType.FOLLOW_UP_PLANNED]),
        ("A course whose first session is scheduled for May was discussed.", []),
        ("L'ambassadeur a offert trois motos à la gendarmerie.", [OutcomeType.OTHER]),
        ("The delegation offered 20 scholarships to young officers.", [OutcomeType.OTHER]),
        ("Le ministre a offert à ses hôtes un aperçu de la situation.", []),
    ],
)
def test_outcomes_through_the_services_and_gifts(sentence: str, expected: list[OutcomeType]) -> None:
    assert outcome_types(sentence) == expected
