"""Parties, outcomes, topics and kinds as agencies word them (a fourth reading of real
communiqués); every sentence invented."""

from __future__ import annotations

import pytest
from support import outcome_types, read_offline

from communique.backends.rules import outcomes
from communique.normalise import places
from communique.normalise.topics import topics_in
from communique.schema import MeetingKind, OutcomeType, Topic


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # the instrument named before a passive future: planned, not signed
        ("A memorandum of understanding on border policing will be finalised next month, he added.",
         [OutcomeType.AGREEMENT_PLANNED]),
        ("The protocol, drafted by both services, is expected to be signed before the end of the year.",
         [OutcomeType.AGREEMENT_PLANNED]),
        ("Un accord de coopération policière sera signé prochainement entre les deux ministères.",
         [OutcomeType.AGREEMENT_PLANNED]),
        # a signing noun in a sentence about the future
        ("La visite sera sanctionnée par la signature d'un protocole d'accord.", [OutcomeType.AGREEMENT_PLANNED]),
        ("The two sides signed a protocol on the training of cadets.", [OutcomeType.AGREEMENT_SIGNED]),
        # results and commitments told by nouns
        ("At the end of the talks, an agreement was reached to post a liaison officer in Bamako.",
         [OutcomeType.MECHANISM_CREATED]),
        ("Both sides reached a consensus on establishing a joint task force on piracy.",
         [OutcomeType.MECHANISM_CREATED]),
        ("Ghana made a commitment to deploy extra patrol boats, while Togo gave an undertaking to open a liaison office.",
         [OutcomeType.OTHER, OutcomeType.MECHANISM_CREATED]),
        ("Ils ont pris l'engagement de réunir la commission mixte avant juin.", [OutcomeType.FOLLOW_UP_PLANNED]),
        ("Ils se sont mis d'accord pour se retrouver à Dakar en octobre.", [OutcomeType.FOLLOW_UP_PLANNED]),
        ("Elles se sont accordées sur la mise en place d'une cellule commune de veille.",
         [OutcomeType.MECHANISM_CREATED]),
        ("Les deux ministres ont acté la création d'une équipe commune d'enquête.", [OutcomeType.MECHANISM_CREATED]),
        ("Il a été convenu de la tenue, en mai à Lomé, d'une réunion des experts.", [OutcomeType.FOLLOW_UP_PLANNED]),
        ("Ils ont convenu de l'ouverture d'un poste frontière commun à Kodjoviakopé.",
         [OutcomeType.MECHANISM_CREATED]),
        # a mechanism set up at the meeting itself
        ("The two chiefs launched a joint task force against kidnapping and inaugurated a joint liaison office.",
         [OutcomeType.MECHANISM_CREATED, OutcomeType.MECHANISM_CREATED]),
        # support a side will give
        ("The commissioner said all possible support for the training of cadets would be provided.",
         [OutcomeType.OTHER]),
        ("She said the agency will provide forensic kits to the regional laboratories.", [OutcomeType.OTHER]),
        # a second commitment after "as also"; strengthening what exists creates nothing
        ("It was decided to strengthen the existing mechanisms, as also to designate focal points in each force.",
         [OutcomeType.MECHANISM_CREATED]),
        # the terms of an instrument are not commitments of the meeting
        ("Under the memorandum, Spain will provide training for border guards.", []),
        ("Elles ont réaffirmé leur engagement à lutter contre les passeurs.", []),
    ],
)  # fmt: skip
def test_outcomes_as_agencies_word_them(sentence: str, found: list[OutcomeType]) -> None:
    assert outcome_types(sentence) == found


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("counterterrorism, counternarcotics and data-sharing", {Topic.TERRORISM, Topic.DRUG_TRAFFICKING,
                                                                 Topic.INTELLIGENCE_SHARING}),
        ("la lutte antidrogue et la criminalité électronique", {Topic.DRUG_TRAFFICKING, Topic.CYBERCRIME}),
        ("electronic crimes and information on wanted criminals", {Topic.CYBERCRIME, Topic.EXTRADITION}),
        ("the sharing of real-time intelligence on organised criminals", {Topic.INTELLIGENCE_SHARING,
                                                                          Topic.ORGANISED_CRIME}),
        ("le trafic d'êtres humains", {Topic.ILLEGAL_MIGRATION}),
        ("the latest developments in the region", {Topic.REGIONAL_SECURITY}),
        ("current regional and international developments", {Topic.REGIONAL_SECURITY}),
        ("capacity development for detectives", {Topic.TRAINING}),
        ("la délinquance économique et financière and AML/CFT rules", {Topic.MONEY_LAUNDERING}),
        ("la surveillance conjointe de la frontière", {Topic.BORDER_SECURITY}),
        ("the migrant route through the jungle", {Topic.ILLEGAL_MIGRATION}),
        # a prefix glued to a word that is no topic word does not make one
        ("counterfeit goods and anticipation", set()),
    ],
)  # fmt: skip
def test_topic_words_as_agencies_write_them(text: str, topics: set[Topic]) -> None:
    assert topics_in(text) == topics


def test_an_organisation_code_with_a_space_is_a_valid_party_code() -> None:
    org = places.organisation("G5 Sahel")
    assert org is not None and " " not in org.code


def test_the_us_bureau_is_of_the_united_states() -> None:
    assert "US" in {m.country for m in places.mentions("a delegation of the US Bureau of Narcotics met")}


def test_host_country_told_by_the_country_the_guest_is_visiting() -> None:
    record = read_offline(
        "Minister of Interior Karim Adel Nassar received on Tuesday his Libyan counterpart, Salem Omar Fituri, "
        "currently visiting Tunisia at the head of a delegation.\n\nThey discussed border security."
    )
    assert record.meetings[0].parties == ["LY", "TN"]


def test_the_setting_of_a_sidelines_meeting_is_no_party() -> None:
    record = read_offline(
        "ABU DHABI, 10 March 2026 (WAM) -- The Minister of Interior, Saif Rashid Al Mazrouei, met with the "
        "Omani Minister of Interior, Hamood Faisal Al Busaidi, on the sidelines of the 44th session of the "
        "Council of Arab Interior Ministers in Tunis on Monday.",
        published="2026-03-10",
    )
    assert record.meetings[0].parties == ["AE", "OM"]
    assert record.meetings[0].kind is MeetingKind.WORKING_MEETING


def test_an_organisation_hosting_at_its_seat_does_not_make_the_seat_country_a_party() -> None:
    record = read_offline(
        "Yesterday, the Executive Director of Europol, Ingrid Van Asselt, hosted the visit of the Minister "
        "of the Interior of Croatia, Davor Horvat, at Europol's headquarters in The Hague."
    )
    assert record.meetings[0].parties == ["EUROPOL", "HR"]
    assert record.meetings[0].kind is MeetingKind.OFFICIAL_VISIT


def test_a_press_conference_after_talks_tells_the_talks() -> None:
    record = read_offline(
        "Nouakchott, 12 mars 2026 (AMI) – Le ministre de l'Intérieur, M. Ahmed Salem Ould Bah, et son homologue "
        "sénégalais, M. Moussa Fall Diop, ont animé mercredi une conférence de presse conjointe à l'issue de "
        "leurs entretiens."
    )
    assert [m.kind for m in record.meetings] == [MeetingKind.WORKING_MEETING]
    assert record.meetings[0].parties == ["MR", "SN"]


def test_a_virtual_named_dialogue_is_a_call() -> None:
    record = read_offline(
        "NEW DELHI, 12 March 2026 – India and Nepal held their second virtual Home Secretaries' Dialogue on "
        "Wednesday, led by Rajiv Kumar Menon and Bishnu Prasad Koirala."
    )
    assert [m.kind for m in record.meetings] == [MeetingKind.CALL]


def test_office_holders_of_several_countries_meeting_is_a_conference() -> None:
    record = read_offline(
        "Rabat, 12 mars 2026 (MAP) – Les ministres de l'Intérieur du Maroc, de la Mauritanie, du Sénégal et "
        "de la Gambie se sont réunis jeudi à Rabat, à l'invitation du ministre marocain, M. Karim Alami."
    )
    assert record.meetings[0].kind is MeetingKind.CONFERENCE


def test_a_later_courtesy_visit_sentence_makes_the_reception_a_visit() -> None:
    record = read_offline(
        "Lomé, 12 mars 2026 – Le directeur général de la police nationale, M. Yao Kodjo Agbéko, a reçu mardi "
        "le chef de la police du Bénin, M. Paul Ahossi Dossou.\n\nCette visite de courtoisie s'inscrit dans le "
        "renforcement des liens entre les deux polices."
    )
    assert record.meetings[0].kind is MeetingKind.OFFICIAL_VISIT


def test_a_guest_on_a_visit_told_in_apposition_is_received_in_a_working_meeting() -> None:
    record = read_offline(
        "Abidjan, 12 mars 2026 (AIP) – Le ministre ghanéen de l'Intérieur, M. Kwame Ofori Boateng, en visite "
        "de travail en Côte d'Ivoire, a été reçu mardi par son homologue ivoirien, M. Adama Touré Koné.\n\n"
        "Cette visite sera sanctionnée par la signature d'un accord."
    )
    meeting = record.meetings[0]
    assert meeting.kind is MeetingKind.WORKING_MEETING
    assert [o.type for o in meeting.outcomes] == [OutcomeType.AGREEMENT_PLANNED]


def test_countries_that_sign_with_a_long_insertion() -> None:
    record = read_offline(
        "Paris, 12 mars 2026 (QNA) – L'État du Qatar et la France ont signé mercredi à Paris, en marge de la "
        "visite d'État de l'Émir, un accord de coopération pour la sécurisation des grands événements.\n\n"
        "L'accord a été signé par le ministre de l'Intérieur, Cheikh Fahad bin Ali Al Thani, et par le "
        "ministre français de l'Intérieur, M. Paul Girard."
    )
    meeting = record.meetings[0]
    assert meeting.kind is MeetingKind.SIGNING and {"FR", "QA"} <= set(meeting.parties)
    assert [o.type for o in meeting.outcomes] == [OutcomeType.AGREEMENT_SIGNED]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # an acronym in brackets between the instrument and its future
        ("Moreover, a memorandum of understanding (MoU) on police cooperation will be finalized.",
         [OutcomeType.AGREEMENT_PLANNED]),
        # working together in general, and doing more of an exchange, are no outcome
        ("The meeting ended with the promise that both sides will continue to work together in future.", []),
        ("Nous avons décidé d'améliorer les modalités d'échanges de bonnes pratiques.", []),
    ],
)  # fmt: skip
def test_outcomes_that_are_and_are_not(sentence: str, found: list[OutcomeType]) -> None:
    assert outcome_types(sentence) == found


def test_the_mou_named_again_is_the_memorandum_signed() -> None:
    signed = outcomes.find("The police and the bureau have signed a memorandum of understanding on training.")
    again = outcomes.find("The MOU was signed by the police chief and the bureau's director.")
    assert outcomes.restates(again[0], signed)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "Chad" is a first name, not a country; the office is the United States' (a fifth reading)
        ("Acting Secretary of Homeland Security Chad F. Wolf met the minister.", {"US"}),
        ("the EU Agency for Law Enforcement Cooperation (Europol)", {"EUROPOL"}),  # no "EU" inside the name
        (
            "The Interior Minister of the Kurdistan Region, Karwan Aziz",
            {"IQ"},
        ),  # a region stands for its country
    ],
)
def test_what_the_gazetteer_reads(text: str, found: set[str]) -> None:
    assert {
        m.country or (m.organisation.party if m.organisation else None) for m in places.mentions(text)
    } == found


def test_a_country_before_an_office_title_and_countries_named_together_are_parties() -> None:
    record = read_offline(
        "The Interior Minister of the Kurdistan Region, Karwan Aziz Omer, held a phone conversation on Monday "
        "with UK Home Secretary, Helen Marsh, on organised crime."
    )
    assert record.meetings[0].parties == ["GB", "IQ"]
    assert [p.name for p in record.meetings[0].participants] == ["Karwan Aziz Omer", "Helen Marsh"]
    record = read_offline(
        "The Inspector General of Police of Liberia, Moses Kollie Dahn, paid a courtesy call on the IGP in "
        "Accra on Monday to discuss the internal security of both Liberia and Ghana."
    )
    assert record.meetings[0].parties == ["GH", "LR"]


def test_a_dinner_among_chiefs_of_police_is_a_conference() -> None:
    record = read_offline(
        "A common approach among EU Chiefs of Police and Europol was the focus of a working dinner held on "
        "Monday in Warsaw, attended by the Chief of Police, Andreas Nicolaou Petrou."
    )
    assert record.meetings[0].kind is MeetingKind.CONFERENCE


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Interior Ministers of Ghana and Togo held a conference call on Monday on border crime.", MeetingKind.CALL),
        ("Les ministres de l'Intérieur du Niger et du Bénin ont eu lundi une conférence téléphonique sur la "
         "sécurité.", MeetingKind.CALL),
        ("VALLETTA, 10 March 2026 – The meeting was attended by the heads of the police forces of Malta, Italy, "
         "Libya and Greece on Monday, with the Commissioner of Police, Paul Vella Zammit, in the chair.",
         MeetingKind.CONFERENCE),
    ],
)  # fmt: skip
def test_kinds_from_a_further_reading(text: str, kind: MeetingKind) -> None:
    assert [m.kind for m in read_offline(text).meetings] == [kind]


def test_an_encounter_told_in_an_aside() -> None:
    record = read_offline(
        "ATHENS, March 12 – Hellenic Police chief Nikos Andreou Pappas and the Director of the Albanian State "
        "Police, Arben Hoxha Dervishi, during a meeting on Wednesday, decided on joint patrols."
    )
    assert record.meetings[0].parties == ["AL", "GR"]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("They agreed to step up the level of cooperation and to hold an annual meeting.",
         [OutcomeType.FOLLOW_UP_PLANNED]),
        ("The first meeting of the new taskforce is expected to take place in May, the ministers said.",
         [OutcomeType.FOLLOW_UP_PLANNED]),
    ],
)  # fmt: skip
def test_follow_ups_from_a_further_reading(sentence: str, found: list[OutcomeType]) -> None:
    assert outcome_types(sentence) == found


def test_a_topic_word_inside_an_agency_name_is_not_a_topic() -> None:
    record = read_offline(
        "The Minister of Public Security, Ana Ruiz Solano, received on Monday the Director of the Border Police "
        "of Costa Rica, Luis Mora Vargas, to discuss drug trafficking."
    )
    assert record.meetings[0].topics == [Topic.DRUG_TRAFFICKING]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a day between the verb and what it governs
        ("The police chiefs agreed Saturday to set up a task force on car theft.", [OutcomeType.MECHANISM_CREATED]),
        ("Les deux ministres ont convenu lundi d'installer une cellule commune.", [OutcomeType.MECHANISM_CREATED]),
        # a second commitment after "and also" with no "to"
        ("They decided to strengthen the existing mechanisms and also designate focal points in each service.",
         [OutcomeType.MECHANISM_CREATED]),
        # a list after a colon, item by item
        ("They agreed: to promote joint patrols; to designate contact points; and to hold meetings of experts.",
         [OutcomeType.OTHER, OutcomeType.MECHANISM_CREATED, OutcomeType.FOLLOW_UP_PLANNED]),
        # a quoted name of the follow-up, and a pact
        ('He agreed to hold a "Border Security Dialogue" in May.', [OutcomeType.FOLLOW_UP_PLANNED]),
        ("The police chief also signed a training pact with the federal police.", [OutcomeType.AGREEMENT_SIGNED]),
        ("The countries will exchange lists of wanted persons.", [OutcomeType.OTHER]),
    ],
)  # fmt: skip
def test_outcomes_from_a_third_reading(sentence: str, found: list[OutcomeType]) -> None:
    assert outcome_types(sentence) == found


def test_two_sides_as_one_subject_and_a_wire_dateline() -> None:
    record = read_offline(
        "MANAMA, Mar 12 (BNA) -- Interior Minister Sheikh Ali bin Khalid Al Khalifa and the Head of the UNODC "
        "office in the GCC region, Samir Adel Mansour, discussed, Wednesday, ways to fight drug trafficking.\n\n"
        "It was agreed with the ministry to start a joint training programme in May."
    )
    meeting = record.meetings[0]
    assert meeting.location.city == "Manama"
    assert "UNODC" in meeting.parties and "GCC" not in meeting.parties
    assert [o.type for o in meeting.outcomes] == [OutcomeType.OTHER]


def test_and_his_counterpart_discussed_is_an_encounter() -> None:
    record = read_offline(
        "Iraqi Interior Minister Salim Hadi Al-Amiri and his Jordanian counterpart Omar Zaid Al-Majali "
        "discussed on Tuesday the security of the border."
    )
    assert record.meetings[0].parties == ["IQ", "JO"]


def test_a_meeting_told_again_with_a_possessive_is_the_same() -> None:
    record = read_offline(
        "Kuwaiti Minister of Interior Sheikh Salem Fahad Al-Sabah discussed Monday with Omani Minister of "
        "Interior Sayyid Khalid Hamad Al Busaidi security issues.\n\nThe ministry said that this took place "
        "during Sheikh Salem's meeting with the Omani minister as part of his visit."
    )
    assert len(record.meetings) == 1


def test_the_sides_named_in_a_later_sentence_take_part() -> None:
    record = read_offline(
        "ISLAMABAD, March 12 (APP): The Interior Ministers of Pakistan and Uzbekistan held a conference call on "
        "Wednesday.\n\nInterior Minister Tariq Aziz Malik and his Uzbek counterpart Rustam Kamolov Aliev agreed "
        "to take joint measures against people smugglers."
    )
    assert [p.name for p in record.meetings[0].participants] == ["Tariq Aziz Malik", "Rustam Kamolov Aliev"]


def test_a_compound_adjective_names_both_countries() -> None:
    assert {m.country for m in places.mentions("la commission mixte algéro-mauritanienne")} == {"DZ", "MR"}
    assert {m.country for m in places.mentions("General Franco and the Mauritanian minister")} == {"MR"}


def test_proceedings_closed_in_the_passive_are_the_encounter() -> None:
    record = read_offline(
        "Alger, 12 mars 2026 (APS) – Les travaux de la réunion bilatérale entre les polices algérienne et "
        "tunisienne ont été clôturés mercredi à Alger.\n\nIl a été convenu de désigner des points de contact."
    )
    meeting = record.meetings[0]
    assert meeting.parties == ["DZ", "TN"] and meeting.location.city == "Algiers"
    assert [o.type for o in meeting.outcomes] == [OutcomeType.MECHANISM_CREATED]


def test_a_meeting_told_by_who_it_included_and_an_agreement_it_resulted_in() -> None:
    record = read_offline(
        "DILI, March 12 – Today's meeting, which included the Commissioner of the Timor-Leste National Police, "
        "Jose Maria Belo, and the Deputy Commissioner of the Australian Federal Police, Anne Walsh Carter, "
        "focused on illicit drugs.\n\nThe talks resulted in an agreement by which the Australian Federal Police "
        "would post a liaison officer in Dili."
    )
    meeting = record.meetings[0]
    assert meeting.parties == ["AU", "TL"]
    assert [o.type for o in meeting.outcomes] == [OutcomeType.MECHANISM_CREATED]


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        (
            "cooperation in combating drugs and organized crimes",
            {Topic.DRUG_TRAFFICKING, Topic.ORGANISED_CRIME},
        ),
        ("they reviewed regional issues of common concern", {Topic.REGIONAL_SECURITY}),
        ("la traite d'êtres humains et les données génétiques", {Topic.ILLEGAL_MIGRATION, Topic.FORENSICS}),
    ],
)
def test_topic_words_from_a_further_reading(text: str, topics: set[Topic]) -> None:
    assert topics_in(text) == topics


def test_at_an_organisations_seat_the_organisation_hosts() -> None:
    record = read_offline(
        "Lyon, 12 mars 2026 – Le ministre de l'Intérieur de la Slovénie, M. Marko Zupan Kovač, s'est entretenu "
        "mercredi avec le secrétaire général d'INTERPOL, M. Paulo Ferreira Lima, au siège de l'organisation."
    )
    meeting = record.meetings[0]
    assert meeting.parties == ["INTERPOL", "SI"]
    assert [(p.name, p.role.value) for p in meeting.participants] == [
        ("Marko Zupan Kovač", "guest"),
        ("Paulo Ferreira Lima", "host"),
    ]


def test_a_headquarters_of_no_organisation_does_not_make_it_host() -> None:
    record = read_offline(
        "The Inspector-General of Police, IGP Musa Bello Ahmed, received a delegation led by the Executive "
        "Director of Police Services of INTERPOL, Mr Peter Lang Hughes, at the Force Headquarters, Abuja, "
        "on Tuesday."
    )
    assert record.meetings[0].parties == ["INTERPOL", "NG"]


def test_a_city_force_stands_for_its_country() -> None:
    record = read_offline(
        "The Karachi Police on Friday hosted a visiting delegation from the Sri Lanka Police as part of a study "
        "tour, the police said."
    )
    assert record.meetings[0].parties == ["LK", "PK"]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("He briefed them on the crime prevention strategies adopted in the capital.", []),
        ("The council adopted a unified training curriculum for cadets.", [OutcomeType.OTHER]),
    ],
)
def test_adopted_as_a_verb_not_as_a_participle(sentence: str, found: list[OutcomeType]) -> None:
    assert outcome_types(sentence) == found


def test_led_a_delegation_to_visit_and_greeted() -> None:
    record = read_offline(
        "Superintendent Chan Wai-ming led a delegation of four inspectors to visit the headquarters of the Royal "
        "Canadian Mounted Police in Ottawa on Monday.\n\nAssistant Commissioner Paul Henry Martin greeted the "
        "delegation."
    )
    assert [m.kind for m in record.meetings] == [MeetingKind.OFFICIAL_VISIT]


def test_office_holders_of_a_region_meet_in_a_conference() -> None:
    record = read_offline(
        "The Inspector-General of Police, Musa Ibrahim Bello, will host West African Police Chiefs to a meeting "
        "in Abuja from March 16 to March 18."
    )
    meeting = record.meetings[0]
    assert meeting.kind is MeetingKind.CONFERENCE and meeting.parties == ["NG"]


def test_countries_after_plural_office_holders_are_parties() -> None:
    record = read_offline(
        "The Interior Ministers of Kenya and Tanzania had a video conference on Monday on cattle rustling."
    )
    assert record.meetings[0].parties == ["KE", "TZ"]


def test_an_opening_that_names_no_one_is_named_by_the_next_encounter_sentence() -> None:
    record = read_offline(
        "The Interior Ministers of Kenya and Ethiopia had a video conference on Monday on border crime.\n\n"
        "A video conference between Interior Minister Kipchumba Murkomen Kibet and his Ethiopian counterpart "
        "Abebe Tadesse Alemu expressed commitment to expand relations."
    )
    assert len(record.meetings) == 1
    assert [p.name for p in record.meetings[0].participants] == [
        "Kipchumba Murkomen Kibet",
        "Abebe Tadesse Alemu",
    ]


def test_a_reception_under_way_and_a_signing_to_come() -> None:
    record = read_offline(
        "Uganda's Inspector General of Police, Abas Byakagaba Okello, is hosting his counterpart from Burundi, "
        "Gen. Fréderic Budomo Nkurunziza, at the Police Headquarters in Naguru.\n\nThe two chiefs are meeting "
        "for a bilateral session which will include the signing of a memorandum of understanding."
    )
    meeting = record.meetings[0]
    assert meeting.parties == ["BI", "UG"]
    assert [o.type for o in meeting.outcomes] == [OutcomeType.AGREEMENT_PLANNED]


def test_a_city_right_after_its_venue_is_the_place() -> None:
    record = read_offline(
        "The Inspector General of Police of Liberia, Moses Kollie Dahn, paid a courtesy call on the IGP at the "
        "National Police Headquarters Accra on Tuesday."
    )
    assert record.meetings[0].location.city == "Accra"


def test_two_sides_as_the_subject_of_a_statement_then_the_meeting_named() -> None:
    record = read_offline(
        "Dakar, 12 mars 2026 (APS) – Le ministre de l'Intérieur, M. Ousmane Ba Diallo, et son homologue "
        "gambien, M. Lamin Jobe Sanneh, ont appelé, mercredi à Dakar, au renforcement des patrouilles.\n\n"
        "Le ministre s'exprimait lors d'une réunion de travail sur les relations sécuritaires."
    )
    assert len(record.meetings) == 1
    assert record.meetings[0].parties == ["GM", "SN"]


@pytest.mark.parametrize(
    "words", ["trafficking of persons", "trafficking in persons", "the trafficking of people"]
)
def test_trafficking_of_persons_is_illegal_migration(words: str) -> None:
    assert topics_in(f"The chiefs discussed {words} along the coast.") == {Topic.ILLEGAL_MIGRATION}
