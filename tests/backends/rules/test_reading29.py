"""Classes the 29th reading of real communiqués showed (East and Southern African, South Asian,
Caribbean, Gulf, Pacific and francophone pages), fixed in the offline reader; every sentence
invented, none of them an eval case's."""

from __future__ import annotations

from support import only_meeting

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
