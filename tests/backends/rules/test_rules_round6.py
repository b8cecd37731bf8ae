"""Parties, topics, outcomes and encounters as a sixth reading of real communiqués found
them; every sentence invented, none of them an eval case's."""

from __future__ import annotations

import pytest
from support import read_offline

from communique.normalise.topics import topics_in
from communique.schema import Topic


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They reviewed the fight against terror financing through charities.", {Topic.MONEY_LAUNDERING}),
        ("Les échanges ont porté sur le financement des groupes terroristes.", {Topic.MONEY_LAUNDERING}),
        (
            "They reviewed the financing of terrorism and the terrorist threat in the region.",
            {Topic.MONEY_LAUNDERING, Topic.TERRORISM},
        ),
    ],
)
def test_the_financing_of_terrorism_alone_is_money_laundering(text: str, expected: set[Topic]) -> None:
    assert topics_in(text) == expected


def test_offering_to_share_experience_is_an_exchange_of_expertise() -> None:
    assert Topic.EXPERTISE_EXCHANGE in topics_in(
        "The guests said they would share their long experience of riot control."
    )


def _names(text: str, published: str = "2026-05-06") -> list[str]:
    record = read_offline(text, published)
    return sorted(p.name for m in record.meetings for p in m.participants if p.name)


def test_a_month_name_after_an_honorific_opens_a_name() -> None:
    found = _names(
        "The Commissioner, Dr Grace Wanjiru, received on Monday in Nairobi Ms May Lin Chen, deputy head of "
        "the Singapore Police Force."
    )
    assert "May Lin Chen" in found, found


def test_a_country_borne_as_a_surname_stays_in_the_name() -> None:
    found = _names(
        "Police Commissioner General Taufik Jordan hosted the Malaysian police chief, Razak Osman, in Jakarta on Monday."
    )
    assert "Taufik Jordan" in found, found


def test_a_country_after_a_name_with_a_comma_is_not_a_surname() -> None:
    found = _names(
        "The police chief, Kwesi Appiah, of Ghana, met the Togolese commander, Yao Komlan, in Lomé on Monday."
    )
    assert "Kwesi Appiah" in found and not any("Ghana" in name for name in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The IGP, Ibrahim Lawal, met Black Stars coach Daniel Quaye and the Ghanaian commander, Kojo Mensah, in Abuja on Monday.",
        "Le ministre, M. Samuel Eto, a reçu lundi le capitaine des Éléphants Serge Kouamé et le chef de la police ivoirienne, M. Yao Kouassi.",
    ],
)
def test_a_national_team_nickname_is_not_a_person(text: str) -> None:
    found = _names(text)
    assert not any(word in name for name in found for word in ("Black Stars", "Stars", "Éléphants")), found


def _people(text: str, published: str = "2026-05-06") -> list[tuple[str | None, str | None]]:
    record = read_offline(text, published)
    return sorted(((p.name, p.party) for m in record.meetings for p in m.participants), key=str)


def test_someone_present_between_met_and_with_is_on_the_subjects_side() -> None:
    found = _people(
        "Kenya's Interior Minister, Joseph Kamau Ngugi, met on Friday in Geneva, in the presence of the "
        "Police Commandant, Ruth Wairimu Otieno, with the Head of the Ethiopian Federal Police, Dawit Alemu Bekele."
    )
    assert ("Ruth Wairimu Otieno", "KE") in found, found
    assert ("Dawit Alemu Bekele", "ET") in found, found


def test_a_surname_alone_after_an_unnamed_office_is_that_office_holder() -> None:
    found = _people(
        "Jordan's Interior Minister arrived in Beirut on Monday for two days of talks. Haddad met the "
        "Lebanese Interior Minister, Nabil Karam Aoun, and discussed the return of wanted persons."
    )
    assert ("Haddad", "JO") in found, found
    assert ("Nabil Karam Aoun", "LB") in found, found


def test_the_memoranda_were_signed_is_an_agreement_signed() -> None:
    record = read_offline(
        "The two police chiefs, Arif Hasanov and Lasha Beridze, met in Baku on Monday. "
        "At the end of the talks two memoranda were signed by the heads of the criminal police."
    )
    assert "agreement_signed" in {o.type.value for m in record.meetings for o in m.outcomes}


def test_met_individually_with_three_people_of_three_countries_is_three_meetings() -> None:
    record = read_offline(
        "During the ministerial forum in Cairo on Monday, the Director General of Police, Omar Haddou Salem, "
        "met individually with Amina Yusuf of Sudan, Pierre Ndayishimiye of Burundi and Grace Atieno of Kenya."
    )
    # (a forum's city does not make its country a side: the host's country is not said)
    assert sorted(tuple(m.parties) for m in record.meetings) == [("BI",), ("KE",), ("SD",)]
    named = [{p.name for p in m.participants} for m in record.meetings]
    assert all(len(names - {"Omar Haddou Salem"}) == 1 for names in named), named


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre ivoirien de l'Intérieur, M. Koffi Yao Brou, a eu lundi à Accra des entretiens avec son "
        "homologue ghanéen, M. Kwabena Owusu Ansah. Au cours de cette visite, les deux ministres ont signé mardi "
        "un accord sur les patrouilles conjointes.",
        "Togo's police chief, Komi Yawo Atsu, held talks with his Beninese counterpart, Rodrigue Dossou Hounkpe, "
        "in Cotonou on Monday. During the visit, the two police chiefs signed on Tuesday a memorandum on joint patrols.",
    ],
)
def test_a_signing_during_the_same_visit_is_no_second_meeting(text: str) -> None:
    record = read_offline(text)
    assert len(record.meetings) == 1, [(m.date, m.parties) for m in record.meetings]
    assert "agreement_signed" in {o.type.value for o in record.meetings[0].outcomes}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Police Commissioner, Anton Dushku Leka, hosted on Tuesday a Serbian delegation led by Marko Jovan "
            "Petrovic. The Albanian and Serbian sides agreed to exchange liaison officers.",
            {"AL", "RS"},
        ),
        (
            "Le directeur de la police, M. Issa Moussa Hamadou, a reçu mardi une délégation conduite par M. Amadou "
            "Sékou Traoré. Les polices nigérienne et malienne ont convenu d'organiser des patrouilles mixtes.",
            {"ML", "NE"},
        ),
    ],
)
def test_both_sides_named_by_their_peoples_in_a_later_sentence_are_parties(
    text: str, expected: set[str]
) -> None:
    record = read_offline(text)
    assert expected <= {party for m in record.meetings for party in m.parties}, [
        m.parties for m in record.meetings
    ]


def _outcomes(text: str) -> list[str]:
    return sorted(o.type.value for m in read_offline(text).meetings for o in m.outcomes)


@pytest.mark.parametrize(
    ("sequel", "expected"),
    [
        (
            "Les deux délégations ont donné leur accord pour la mise en place d'un comité de concertation.",
            ["follow_up_planned"],
        ),
        (
            "Les deux parties ont exprimé leur volonté de créer une cellule commune d'analyse.",
            ["mechanism_created"],
        ),
        ("Les deux parties ont exprimé leur volonté de renforcer leurs relations.", []),
        (
            "They reaffirmed their commitment to a yearly exchange of cadets between the two academies.",
            ["other"],
        ),
        ("They reaffirmed their commitment to the fight against crime.", []),
    ],
)
def test_commitments_as_agencies_word_them(sequel: str, expected: list[str]) -> None:
    text = (
        "Le directeur, M. Issa Moussa Garba, a reçu mardi à Niamey son homologue malien, M. Amadou Sékou Traoré. "
        + sequel
    )
    assert _outcomes(text) == expected


def test_met_then_a_clause_then_with_is_an_encounter() -> None:
    record = read_offline(
        "Kenya's Interior Minister, Joseph Kamau Ngugi, met, in the presence of the Police Commandant, Ruth "
        "Wairimu Otieno, with the Head of the Ethiopian Federal Police, Dawit Alemu Bekele, on Friday."
    )
    assert record.is_meeting_report
    assert {"ET", "KE"} <= set(record.meetings[0].parties)


def test_what_a_speaker_says_of_other_gatherings_does_not_make_a_conference() -> None:
    record = read_offline(
        "The head of the Kazakh criminal police, Colonel Arman Serikuly Bekov, in a meeting with the CIS deputy "
        "secretary, Oleg Ivanovich Petrenko, on Monday praised their cooperation, saying that conferences of the "
        "member states' drug police will be held by video conference this year."
    )
    assert [m.kind.value for m in record.meetings] == ["working_meeting"]


def test_an_exchange_of_strategic_information_is_intelligence_sharing() -> None:
    assert Topic.INTELLIGENCE_SHARING in topics_in(
        "The arrangement opens the way to an exchange of operational information."
    )


def test_a_place_of_several_words_before_a_name_is_not_part_of_it() -> None:
    found = _names(
        "The Interior Minister, Ahmed Saleh Al Kuwari, met the Attorney General of the United States of America "
        "Laura Beth Collins in Doha on Monday."
    )
    assert "Laura Beth Collins" in found and not any("America" in name for name in found), found


def test_the_signatories_of_a_signing_already_told_are_of_the_same_signing() -> None:
    record = read_offline(
        "The Minister of Interior, Rashid Hamad Al Falasi, attended on Monday in Abu Dhabi the signing of a "
        "memorandum between the ministry and the International Association of Chiefs of Police. "
        "The Under-Secretary, Omar Saeed Al Ketbi, and the IACP President, John Robert Miller, signed the MoU."
    )
    assert len(record.meetings) == 1, [m.participants for m in record.meetings]
    assert "IACP" in record.meetings[0].parties


@pytest.mark.parametrize(
    "text",
    [
        "On March 3, 2026, Okonkwo met with Ghana's Inspector General of Police, Kwame Boateng Asare.",
        "Par ailleurs, Diallo a rencontré le directeur de la police malienne, M. Sekou Amadou Keita, mardi.",
    ],
)
def test_a_bare_surname_after_a_lead_in_is_a_participant(text: str) -> None:
    found = _names(text)
    assert any(name in found for name in ("Okonkwo", "Diallo")), found


def test_a_capitalised_word_after_a_lead_in_that_is_no_name_is_not_a_participant() -> None:
    found = _names("On Monday, Police met with the Ghanaian commander, Kwame Boateng Asare, in Accra.")
    assert "Police" not in found, found


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        (
            "A delegation of the Ghanaian Staff College led by Colonel Kwesi Mensah Addo paid a courtesy visit to the "
            "Inspector General of Police, Joseph Bangura Kamara, in Freetown on Monday.",
            "College",
        ),
        (
            "Le ministre a été reçu par le chef du Gouvernement Ahmed Salem Ould Bah, avant une séance de travail avec "
            "son homologue, M. Mohamed Lemine Ould Sidi, lundi à Nouakchott.",
            "Gouvernement",
        ),
    ],
)
def test_an_institution_word_before_a_name_is_not_part_of_it(text: str, not_a_name: str) -> None:
    found = _names(text)
    assert found and not any(not_a_name in name for name in found), found


def test_the_meeting_between_two_named_sides_is_an_encounter() -> None:
    found = _people(
        "Les migrations et la drogue ont été au centre des échanges lors de la rencontre entre le ministre malien de "
        "la Sécurité Daouda Sidibé Kone et son homologue espagnol Javier Ruiz Molina, mardi à Bamako."
    )
    assert ("Javier Ruiz Molina", "ES") in found and ("Daouda Sidibé Kone", "ML") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le ministre Hakan Demir Yilmaz et son homologue irakien Karim Jassim Hamadi se sont entretenus lundi à Ankara.",
            {("Hakan Demir Yilmaz", "TR"), ("Karim Jassim Hamadi", "IQ")},
        ),
        (
            "Minister Hakan Demir Yilmaz and his Iraqi counterpart Karim Jassim Hamadi met on Monday.",
            {("Hakan Demir Yilmaz", None), ("Karim Jassim Hamadi", "IQ")},
        ),
    ],
)
def test_the_one_before_and_his_counterpart_is_not_of_the_counterparts_country(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    assert set(_people(text)) == expected


def test_signed_the_mou_after_the_signing_of_a_memorandum_is_one_agreement() -> None:
    record = read_offline(
        "The Interior Minister, Rashid Hamad Al Falasi, attended on Monday in Abu Dhabi the signing of a memorandum "
        "of understanding with the Kenyan police. The Under-Secretary, Omar Saeed Al Ketbi, and the Kenyan Deputy "
        "Inspector General, Eliud Kipchoge Lagat, signed the MoU."
    )
    assert [o.type.value for m in record.meetings for o in m.outcomes] == ["agreement_signed"]


def test_an_institution_hosting_a_signing_ceremony_is_the_encounter() -> None:
    record = read_offline(
        "On Tuesday the Ministry of the Interior hosted in Tbilisi a signing ceremony of two memoranda between the "
        "Georgian Border Police and the Lithuanian State Border Guard Service. The memoranda were signed by "
        "Giorgi Levan Tsereteli and Rasa Jonaitis Petrauskiene."
    )
    assert [(m.kind.value, str(m.date), m.location.city) for m in record.meetings] == [
        ("signing", "2026-03-10", "Tbilisi")
    ]


def test_the_two_peoples_of_a_cooperation_are_parties() -> None:
    record = read_offline(
        "The General Director of Police, Arben Dervish Kola, hosted on Monday a delegation led by Nikos Petros "
        "Alexiou. They praised the cooperation between the Albanian and Greek police authorities."
    )
    assert {"AL", "GR"} <= {party for m in record.meetings for party in m.parties}
