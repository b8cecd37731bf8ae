"""Outcomes the offline reader missed in the general phrasing of communiqués (out43). Every
sentence invented, none of them an eval case's."""

from __future__ import annotations

import pytest
from support import outcome_types, read_offline

from communique.normalise.topics import topics_in
from communique.schema import MeetingKind, OutcomeType, Topic


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The consul, Ms Ilse Vermeer, said Belgium would fund a course on money laundering for detectives.",
         OutcomeType.OTHER),
        ("Commander Oduya said the academy would send two instructors to Mombasa in the spring.", OutcomeType.OTHER),
        ("The attaché added that the two colleges would exchange cadets under the new programme.", OutcomeType.OTHER),
        ("The visiting director said Lusaka would post a liaison officer at the Chirundu crossing.",
         OutcomeType.MECHANISM_CREATED),
        ("Le Burkina Faso enverra trente stagiaires à l'école de gendarmerie de Thiès.", OutcomeType.OTHER),
        ("La police fédérale va continuer de former les maîtres-chiens de la brigade fluviale.", OutcomeType.OTHER),
    ],
)  # fmt: skip
def test_a_concrete_act_reported_for_the_future_is_an_outcome(sentence: str, kind: OutcomeType) -> None:
    assert outcome_types(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor said he would open the seminar on Monday.",
        "He said the two forces would continue to cooperate closely.",
        "Les deux parties ont évoqué le tournoi que la Guinée organisera avec la Sierra Leone en 2029.",
    ],
)
def test_what_is_said_of_an_event_or_of_cooperation_is_no_outcome(sentence: str) -> None:
    assert outcome_types(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "From now on the steering meeting will be held every three months.",
        "La commission technique conjointe se réunira désormais trois fois par an.",
        "Le préfet a annoncé que la prochaine édition se tiendra à Kindia.",
        "The two commanders agreed to resume the border talks before the rainy season.",
        "The two directors agreed to keep a regular dialogue on port security.",
    ],
)
def test_a_recurring_or_resumed_meeting_is_a_follow_up(sentence: str) -> None:
    assert outcome_types(sentence) == [OutcomeType.FOLLOW_UP_PLANNED]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The sheriff met the provincial commander at the ferry terminal on Friday to sign the terms of reference "
         "of a joint river patrol.", OutcomeType.AGREEMENT_SIGNED),
        ("La ministre était jeudi à Lisbonne pour signer avec son homologue, Rui Matos, une convention sur les "
         "équipes cynophiles.", OutcomeType.AGREEMENT_SIGNED),
        ("Le colonel a reçu les chefs des douanes afin de signer le renouvellement de l'Entente sur les ports.",
         OutcomeType.AGREEMENT_SIGNED),
        ("The minister will meet his counterpart in Tarawa on Monday to sign an accord on fisheries patrols.",
         OutcomeType.AGREEMENT_PLANNED),
        ("The director spoke to the press after signing an agreement with his Fijian counterpart.",
         OutcomeType.AGREEMENT_SIGNED),
        ("At the close of the talks the two ministries signed a cooperation plan for 2028.",
         OutcomeType.AGREEMENT_SIGNED),
        ("Detectives will be seconded to the embassy following the signing of a memorandum between the two "
         "ministries.", OutcomeType.AGREEMENT_SIGNED),
    ],
)  # fmt: skip
def test_a_signing_as_the_point_of_the_encounter_or_just_after_it(sentence: str, kind: OutcomeType) -> None:
    assert kind in outcome_types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le ministre a rappelé qu'en 2015 les chefs de police s'étaient retrouvés à Praia pour signer une charte.",
        "The two chiefs met in Accra and agreed to sign a memorandum on training.",
    ],
)
def test_a_signing_recalled_or_agreed_to_is_not_signed_at_the_encounter(sentence: str) -> None:
    assert OutcomeType.AGREEMENT_SIGNED not in outcome_types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The deputy commissioner also took part in the opening of a joint port liaison office.",
        "Closer customs cooperation will follow with the establishment of a joint working group, the ministry said.",
        "Les deux ministres ont assisté à l'inauguration d'un poste frontalier commun à Kouremalé.",
        "On Monday the two ministers announced a joint task force on cattle rustling.",
        "The commissioner reached an agreement with his Tongan counterpart in Suva on Friday to set up a joint "
        "maritime cell.",
        "La séance a permis de mettre en place une cellule conjointe de suivi des saisies.",
    ],
)
def test_a_mechanism_opened_announced_or_agreed_with_a_counterpart_is_created(sentence: str) -> None:
    assert outcome_types(sentence) == [OutcomeType.MECHANISM_CREATED]


def test_a_mechanism_only_discussed_is_no_outcome() -> None:
    assert outcome_types("The two ministers discussed the creation of a joint centre.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy met the Grenada Police Force and the Grenada Coast Guard in St George's.",
        "Les échanges ont porté sur la formation des garde-côtes de la marine togolaise.",
    ],
)
def test_a_coast_guard_named_as_a_side_or_a_trainee_is_no_border_topic(sentence: str) -> None:
    assert Topic.BORDER_SECURITY not in topics_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two directors talked about firearms and drugs on the ferry routes.",
        "Talks covered maritime drug interdiction in the eastern Caribbean.",
        "They reviewed a joint team for cross-border drug investigations.",
    ],
)
def test_drugs_named_in_english_as_in_french_are_drug_trafficking(sentence: str) -> None:
    assert Topic.DRUG_TRAFFICKING in topics_in(sentence)


def test_the_un_office_on_drugs_is_a_party_not_a_topic() -> None:
    assert topics_in("The United Nations Office on Drugs and Crime will host a workshop on fraud.") == set()


def test_the_un_office_on_drugs_is_a_party_not_a_topic_in_a_record() -> None:
    record = read_offline(
        "The Minister of the Interior, Ali Nasser, received on Monday in Doha the regional representative of the "
        "United Nations Office on Drugs and Crime, Ms Helen Carter, to discuss a workshop on fraud."
    )
    assert all(Topic.DRUG_TRAFFICKING not in m.topics for m in record.meetings)


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre de l'Intérieur belge, M. Luc WILLEMS, s'est rendu le jeudi 5 mars 2026 en visite au Bénin.\n\n"
        "Arrivé à Cotonou en début d'après-midi, M. Luc WILLEMS a été accueilli par M. Alain HOUNSOU, ministre "
        "béninois de l'Intérieur.\n\nLes deux ministres ont ensuite eu un entretien consacré aux stupéfiants.",
        "Le directeur de la police guinéenne, Sékou Camara, est arrivé mardi dans la capitale du Mali pour une "
        "visite de travail de trois jours. Il a été reçu dans la soirée par le ministre de la Sécurité, Modibo "
        "Traoré, avec qui il a évoqué la sécurité des frontières.",
        "The Commissioner of the Vanuatu Police Force, John Kalo, arrived in Fiji on Sunday for a three-day working "
        "visit. He was received on Monday in Suva by the Commissioner of the Fiji Police Force, Sitiveni Rabuka.",
    ],
)  # fmt: skip
def test_a_reception_on_a_visit_told_by_the_journey_is_the_visit(text: str) -> None:
    assert [m.kind for m in read_offline(text, "2026-05-09").meetings] == [MeetingKind.OFFICIAL_VISIT]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The two forces are expected to ink the memorandum in Apia next month.", OutcomeType.AGREEMENT_PLANNED),
        ("A joint communiqué is expected to be adopted on the last day.", OutcomeType.AGREEMENT_PLANNED),
        ("They settled on a timetable, with a framework agreement to be prepared by June.",
         OutcomeType.AGREEMENT_PLANNED),
        ("Une convention d'entraide est envisagée avant l'été.", OutcomeType.AGREEMENT_PLANNED),
        ("The chiefs reviewed the progress of the signing of a memorandum on cadets.", OutcomeType.AGREEMENT_PLANNED),
        ("She said a joint Border Dialogue planned for October in Male would follow.",
         OutcomeType.FOLLOW_UP_PLANNED),
        ("Le général a offert à la police malienne vingt places dans son école de sous-officiers.",
         OutcomeType.OTHER),
    ],
)  # fmt: skip
def test_an_instrument_in_view_a_joint_body_set_for_a_date_and_a_gift(
    sentence: str, kind: OutcomeType
) -> None:
    assert outcome_types(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy handed over a letter from his Prime Minister on closer ties between the two services.",
        "Le ministre a remis au chef de l'État un message écrit de son homologue sur la situation au nord.",
        "The two chiefs agreed to pay greater attention to preventing cattle theft.",
    ],
)
def test_a_message_delivered_or_more_attention_is_no_outcome(sentence: str) -> None:
    assert outcome_types(sentence) == []


def test_a_gift_handed_over_is_still_an_outcome() -> None:
    assert outcome_types("The attaché handed over twelve radios to the border unit.") == [OutcomeType.OTHER]


@pytest.mark.parametrize(
    "sentence",
    [
        "The chiefs shared information on arms smuggling in the islands.",
        "They agreed to exchange sonar data on fishing vessels.",
        "Les deux services échangent des informations sur les filières de faux papiers.",
        "Le texte prévoit la mise en commun des informations sur les passeurs.",
        "Ils ont adopté une déclaration sur le partage des données balistiques.",
        "Ils ont signé un accord de coopération en matière de sécurité et de renseignement.",
        "The ministers agreed to set up a joint intelligence cell on port crime.",
    ],
)
def test_information_exchanged_in_other_words_is_intelligence_sharing(sentence: str) -> None:
    assert Topic.INTELLIGENCE_SHARING in topics_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tonga wants Samoan instructors to help train its new dog unit.",
        "The two forces expect to train together next year.",
        "La gendarmerie belge va continuer de former les enquêteurs béninois.",
        "Le ministre a souligné la volonté des deux pays de former ensemble leurs policiers.",
        "L'accord prévoit l'accueil de policiers maliens à l'école de gendarmerie de Melun.",
    ],
)
def test_training_told_by_its_verb_or_a_gendarmerie_school(sentence: str) -> None:
    assert Topic.TRAINING in topics_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks focused on security during the municipal elections.",
        "They reviewed the protection of polling stations in the north.",
        "A priority is helping the police keep the general elections peaceful.",
        "Les échanges ont porté sur la sécurisation du prochain scrutin présidentiel.",
        "The forces will work on securing the Pacific leaders' meeting in Nuku'alofa.",
        "The memorandum covers the dispatch of officers to keep order at regional events.",
    ],
)
def test_an_election_or_a_gathering_kept_safe_is_event_security(sentence: str) -> None:
    assert Topic.EVENT_SECURITY in topics_in(sentence)


def test_a_memorandum_executed_at_the_meeting_makes_it_a_signing() -> None:
    text = (
        "The Director of the Financial Intelligence Unit of Belize, Carla Usher, met the Director of the Financial "
        "Analysis Unit of Guatemala, Pablo Reyes, in Belmopan on Tuesday, and the two directors executed a "
        "Memorandum of Understanding on the sharing of financial intelligence."
    )
    assert [m.kind for m in read_offline(text, "2026-05-09").meetings] == [MeetingKind.SIGNING]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister discussed cross-border infiltration by armed groups in the east.",
        "Les deux ministres ont parlé des trafics à la frontière entre les deux pays.",
        "La situation aux frontières était au centre des échanges.",
    ],
)
def test_what_crosses_or_happens_at_the_border_is_border_security(sentence: str) -> None:
    assert Topic.BORDER_SECURITY in topics_in(sentence)


def test_cross_border_crime_is_still_organised_crime_not_border_security() -> None:
    assert topics_in("They discussed cross-border crime in the region.") == {Topic.ORGANISED_CRIME}


@pytest.mark.parametrize(
    "sentence",
    [
        "Le ministre a reçu le chef de la mission EUCAP Sahel Niger, venu parler des postes frontaliers.",
        "Il a reçu la cheffe du programme Sahel de l'ONUDC pour parler de la formation des douaniers.",
    ],
)
def test_a_name_holding_sahel_is_no_regional_security(sentence: str) -> None:
    assert Topic.REGIONAL_SECURITY not in topics_in(sentence)


def test_the_sahel_spoken_of_is_still_regional_security() -> None:
    assert Topic.REGIONAL_SECURITY in topics_in("Les deux ministres ont évoqué la situation au Sahel.")
