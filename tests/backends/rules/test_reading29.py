"""Classes the 29th reading of real communiqués showed (East and Southern African, South Asian,
Caribbean, Gulf, Pacific and francophone pages), fixed in the offline reader; every sentence
invented, none of them an eval case's."""

from __future__ import annotations

from support import only_meeting, read_offline

from communique.normalise.names import person_shaped


def _names(meeting) -> set[str]:  # type: ignore[no-untyped-def]
    return {p.name for p in meeting.participants if p.name}


# -- E1/E2: words of an office, a region, a headline or an abbreviation are no one's name --------------


def test_office_words_and_regions_are_not_person_shaped() -> None:
    for words in ("Policy Analyst", "Global", "Latin America", "PAY COURTESY CALL", "CDA Whitlow"):
        assert not person_shaped(words), words
    assert person_shaped("Lena Marsh")


def test_an_office_written_before_a_name_in_a_list_gives_the_name_not_the_office() -> None:
    meeting = only_meeting(
        "The Inspector General of Police, Amos Kiprop, hosted the Director of Capacity Building at INTERPOL, "
        "Ines Valdez, at the police headquarters in Eldoret on Tuesday. Also present were INTERPOL Director "
        "Global Outreach and Regional Support, Tariq Mansour, and INTERPOL Policy Analyst, Lena Marsh.",
        published="2026-02-12",
    )
    names = _names(meeting)
    assert {"Amos Kiprop", "Ines Valdez", "Tariq Mansour", "Lena Marsh"} <= names
    assert not names & {"Global", "Policy Analyst"}


def test_a_region_after_for_in_an_office_is_not_a_name() -> None:
    meeting = only_meeting(
        "CANADIAN OFFICERS PAY COURTESY CALL ON THE COAST GUARD\n\nThe Commandant of the Coast Guard, Rear "
        "Admiral Colin Marsh, received on Monday in Kingstown the RCMP Regional Director for Latin America and "
        "the Caribbean, Paul Girard, and his team.",
        published="2026-05-06",
    )
    names = _names(meeting)
    assert {"Colin Marsh", "Paul Girard"} <= names
    assert not names & {"Latin America", "PAY COURTESY CALL"}


def test_the_letters_of_a_dotted_abbreviation_start_no_name() -> None:
    meeting = only_meeting(
        "The Minister of National Security, Keith Alleyne, received today in Bridgetown a visiting team from "
        "the U.K. ROCU team to discuss prison intelligence.",
        published="2026-05-06",
    )
    assert _names(meeting) == {"Keith Alleyne"}


def test_a_title_acronym_before_a_surname_is_the_person_named_before() -> None:
    meeting = only_meeting(
        "The Embassy team, led by Chargé d'Affaires (CDA) Mark Whitlow, hosted the Commissioner of Police, "
        "Dwayne Roberts, for a briefing on Monday in Castries. CDA Whitlow said training would go on.",
        published="2026-05-06",
    )
    assert _names(meeting) == {"Mark Whitlow", "Dwayne Roberts"}


# -- E6: a middle initial glued to the surname --------------------------------------------------------------


def test_a_middle_initial_glued_to_the_surname_is_part_of_the_name() -> None:
    meeting = only_meeting(
        "Le ministre de l'Intérieur, Samir Trabelsi, s'est entretenu hier à Tunis avec l'ambassadeur "
        "d'Australie, Grant T.Wilkes, sur la lutte contre le terrorisme.",
        published="2026-03-11",
    )
    assert _names(meeting) == {"Samir Trabelsi", "Grant T.Wilkes"}


# -- E10: a signing to come with no day and no signatory, what a cabinet approves, is no meeting ------------


def test_a_memorandum_that_will_be_signed_some_day_is_no_meeting() -> None:
    record = read_offline(
        "A Memorandum of Understanding will be signed between the Fiji Police Force and the Tonga Police to "
        "fight transnational crime.\n\nCabinet this week approved the proposal of the Minister for Policing to "
        "enter into the memorandum.",
        published="2026-06-12",
    )
    assert not record.is_meeting_report


def test_a_memorandum_to_be_signed_on_a_named_day_is_still_announced() -> None:
    meeting = only_meeting(
        "A Memorandum of Understanding will be signed between the Fiji Police Force and the Tonga Police on "
        "Friday in Nuku'alofa.",
        published="2026-06-10",
    )
    assert meeting.status.value == "announced"


# -- E7: "since the signing of" tells an instrument signed before ------------------------------------------


def test_the_benefits_since_the_signing_of_a_memorandum_are_no_signing() -> None:
    meeting = only_meeting(
        "The police chiefs of Zambia and Malawi met in Chipata on 3 March 2026 to review border cooperation. "
        "The Zambian chief praised the gains made since the signing of the Memorandum of Understanding.",
        published="2026-03-04",
    )
    assert not [o for o in meeting.outcomes if o.type.value == "agreement_signed"]


def test_depuis_la_signature_du_protocole_is_no_signing() -> None:
    meeting = only_meeting(
        "Les chefs de police du Togo et du Bénin se sont réunis le 3 mars 2026 à Aného. Le chef de la police "
        "togolaise a salué les progrès accomplis depuis la signature du protocole d'accord.",
        published="2026-03-04",
    )
    assert not [o for o in meeting.outcomes if o.type.value == "agreement_signed"]


def test_a_memorandum_signed_at_the_meeting_is_still_signed() -> None:
    meeting = only_meeting(
        "The police chiefs of Zambia and Malawi met in Chipata on 3 March 2026 and signed a Memorandum of "
        "Understanding on border patrols.",
        published="2026-03-04",
    )
    assert [o for o in meeting.outcomes if o.type.value == "agreement_signed"]


# -- E7: what follows a recall of an earlier encounter is that encounter's --------------------------------


def test_a_meeting_that_follows_talks_between_heads_of_state_is_one_meeting() -> None:
    record = read_offline(
        "Le ministre de l'Intérieur, M. Karim Saadi, a tenu mardi à Lisbonne une réunion de travail avec son "
        "homologue portugais, M. Rui Almeida.\n\nCette réunion fait suite à l'entretien tenu le 2 février "
        "dernier entre le président Youssef Amrani et le Premier ministre portugais, Paulo Neves.",
        published="2026-03-12",
    )
    (meeting,) = record.meetings
    assert _names(meeting) == {"Karim Saadi", "Rui Almeida"}
    assert meeting.date is not None and meeting.date.isoformat() == "2026-03-10"


# -- E3: a gathering hosted as the text is written ------------------------------------------------------


def test_accueille_actuellement_une_assemblee_generale_is_a_conference() -> None:
    meeting = only_meeting(
        "Niamey, 14 mai 2026 - Le Directeur général de la Police nationale, Moussa Issa, accueille actuellement "
        "la 12e assemblée générale de l'organisation des chefs de police du Sahel à Niamey.",
        published="2026-05-14",
    )
    assert meeting.kind.value == "conference"
    assert meeting.date is not None and meeting.date.isoformat() == "2026-05-14"
    assert "Moussa Issa" in _names(meeting)


# -- E6: a stay told by where the visitor is, then the host who welcomed his guest ----------------------


def test_est_au_pays_dans_le_cadre_d_un_sejour_de_travail_is_a_visit_and_son_hote_the_same() -> None:
    record = read_offline(
        "Le ministre de la Sécurité de la République du Niger, le général Ali Mahaman, est au Togo dans le cadre "
        "d'un séjour de travail avec son homologue togolais, Komi Amouzou.\n\nLe ministre Amouzou, qui a accueilli "
        "ce 9 mars son hôte à l'École nationale de police, a salué la coopération entre les deux pays.",
        published="2026-03-10",
    )
    (meeting,) = record.meetings
    assert _names(meeting) >= {"Ali Mahaman", "Komi Amouzou"}
    assert {"NE", "TG"} <= set(meeting.parties)
    assert meeting.date is not None and meeting.date.isoformat() == "2026-03-09"


# -- E4: a courtesy call named by its article, and a city after a building ------------------------------


def test_during_the_courtesy_call_names_the_encounter_and_a_building_before_a_city_places_it() -> None:
    meeting = only_meeting(
        "The Canadian High Commissioner met the Commissioner of Police.\n\nDuring the courtesy call, High "
        "Commissioner Anne Leduc offered training in cyber investigations.\n\nThe discussions took place at the "
        "Police Administration Building, Kingston.",
        published="2026-04-03",
    )
    assert "Anne Leduc" in _names(meeting)
    assert meeting.location is not None and meeting.location.city == "Kingston"


# -- E8: the sides named by a partnership between two countries, or by a national police's name -------------


def test_the_partnership_between_two_countries_names_both_sides() -> None:
    meeting = only_meeting(
        "Le Directeur général de la Police nationale, Ibrahima Sow, a reçu le 3 juin 2026 une délégation de la "
        "police de la province chinoise du Sichuan.\n\nLes deux parties ont identifié de nouvelles pistes de "
        "collaboration, consolidant ainsi le partenariat entre le Sénégal et la Chine.",
        published="2026-06-04",
    )
    assert {"CN", "SN"} <= set(meeting.parties)


def test_a_national_police_named_by_its_own_name_or_acronym_is_its_country() -> None:
    meeting = only_meeting(
        "Yesterday, the Commissioner of Korps Politie Suriname, Ronald Pinas, met the Commissioner of the Guyana "
        "Police Force, Mark Lewis, in Georgetown.",
        published="2026-07-03",
    )
    assert {"GY", "SR"} <= set(meeting.parties)
    meeting = only_meeting(
        "The Embassy's law enforcement group hosted the Commissioner of Police on Monday to review its programmes "
        "with the TTPS.",
        published="2026-07-08",
    )
    assert "TT" in meeting.parties


# -- E4: a syndication credit with the agency's acronym in brackets before the wire dateline --------------


def test_a_credit_with_a_bracketed_acronym_before_the_dateline_leaves_the_dateline_read() -> None:
    meeting = only_meeting(
        "Bahrain, Jordan discuss police cooperation\n(MENAFN- Bahrain News Agency (BNA)) MANAMA, May 3 (BNA) -- "
        "Bahrain's Minister of Interior Khalid bin Ali Al-Dosari held talks on Monday with his visiting Jordanian "
        "counterpart Omar Haddad on police cooperation.",
    )
    assert meeting.location is not None and meeting.location.city == "Manama"


# -- E6: a related development is another story: the visit told before it stays ---------------------------


def test_a_related_development_does_not_swallow_the_visit_told_before_it() -> None:
    record = read_offline(
        "Police officers from Bhutan visited the Kolkata Police training school on Monday and interacted with the "
        "local officers.\n\nDuring their visit, Rina Ghosh, Joint Commissioner of Police (Training) welcomed the "
        "delegation.\n\nIn a related development, Foreign Minister (FM) K Rao met with Dorji Wangmo, a Bhutanese "
        "opposition leader, on Monday in Kolkata.",
        published="2026-03-10",
    )
    visits = [m for m in record.meetings if "Rina Ghosh" in _names(m)]
    assert len(visits) == 1
    assert {"BT", "IN"} <= set(visits[0].parties)


# -- E11: the opening ceremony of a gathering announced is part of it, not a second gathering --------------


def test_the_opening_ceremony_of_an_announced_conference_is_the_conference() -> None:
    record = read_offline(
        "PACIFIC POLICE CHIEFS MEET ON DRUGS THIS WEEK IN APIA\n\nThe Pacific Islands Chiefs of Police (PICP) will "
        "hold their 55th annual conference this week in Apia, with the Samoa Police Service as host.\n\nPolice "
        "Commissioner Lefau Tuilagi will lead the Samoan delegation.\n\nThe opening ceremony and first plenary "
        "session will be held on Tuesday, Sept. 8, with Police Minister Tala Fiame as guest of honour.\n\nHeads of "
        "delegations at the conference are: Commissioner Jone Vula of the Fiji Police Force; and Commissioner "
        "Sione Tupou of the Tonga Police.",
        published="2026-09-06",
    )
    (meeting,) = record.meetings
    assert meeting.status.value == "announced"
    assert meeting.date is not None and meeting.date.isoformat() == "2026-09-08"
