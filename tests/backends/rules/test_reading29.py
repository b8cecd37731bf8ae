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
