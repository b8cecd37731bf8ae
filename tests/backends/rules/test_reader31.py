"""What the people and sides classes the 26th real-text reading left open need of the offline
reader, each written in new words: words of a ministry's or a forum's name and an inverted quote
tag are no one's name; a photographer credited under a caption takes no part; a head of state a
message is carried from or to is only named; a long name written before a dash and its office is
kept whole; a list of names after a plural office, and those one speaks with "during discussions
with", take part; the subject after a fronted "In a meeting with a visiting delegation," is the
host, of his own country; a demonym of the head of an international body, and a page's language,
are no sides."""

from __future__ import annotations

from support import offline_names, only_meeting, read_offline


def test_the_subject_after_a_fronted_meeting_with_a_visiting_delegation_is_its_host() -> None:
    meeting = only_meeting(
        "In a meeting with a visiting Canadian parliamentary delegation, Interior Minister Bilal Khan called for "
        "closer cooperation against drug trafficking in Islamabad on Monday."
    )
    khan = next(p for p in meeting.participants if p.name == "Bilal Khan")
    assert (khan.party, khan.role.value) == ("PK", "host")
    assert meeting.location.country == "PK"


def test_the_second_half_of_a_ministrys_name_is_no_one() -> None:
    names = offline_names(
        "The Minister of Home Affairs and Cultural Heritage, Ruth Dube, received the Inspector General of the "
        "Malawi Police, Peter Chirwa, in Harare on Monday."
    )
    assert "Cultural Heritage" not in names
    assert {"Ruth Dube", "Peter Chirwa"} <= names


def test_a_forum_and_a_delegations_adjective_are_no_one() -> None:
    names = offline_names(
        "Interior Minister Omar Saleem met a visiting US Congressional delegation on Monday on the sidelines of "
        "the Kenya Minerals Investment Forum in Nairobi."
    )
    assert not names & {"US Congressional", "Minerals Investment"}
    assert "Omar Saleem" in names


def test_an_inverted_quote_tag_is_not_part_of_the_name() -> None:
    names = offline_names(
        "Station officer Mary Phiri held a meeting with her Zambian counterparts in Mwami on Friday. "
        'Said Phiri: "Criminals do not respect borders."'
    )
    assert "Said Phiri" not in names
    assert "Mary Phiri" in names


def test_a_photographer_credited_under_a_caption_takes_no_part() -> None:
    names = offline_names(
        "Minister Grace Tembo (left) welcomes the police chiefs during a meeting in Lusaka yesterday "
        ":-Picture by Simon Banda. The Inspector General of the Botswana Police, Keabetswe Molefe, paid a "
        "courtesy call on the Minister of Home Affairs, Grace Tembo, in Lusaka yesterday."
    )
    assert "Simon Banda" not in names
    assert {"Grace Tembo", "Keabetswe Molefe"} <= names


def test_the_heads_of_state_a_message_is_carried_between_take_no_part() -> None:
    meeting = only_meeting(
        "Le ministre nigérien de l'Intérieur, Ali Moussa, a séjourné à Dakar du 3 au 5 mai, porteur d'un "
        "message du Président de la République, Son Excellence Issa Bako, à son homologue Moussa Ndiaye. A "
        "Dakar, Ali Moussa s'est entretenu avec son homologue sénégalais, le ministre Ibrahima Fall."
    )
    names = {p.name for p in meeting.participants}
    assert not names & {"Issa Bako", "Moussa Ndiaye"}
    assert {"Ali Moussa", "Ibrahima Fall"} <= names


def test_a_name_written_before_a_dash_and_its_office_is_kept_whole() -> None:
    names = offline_names(
        "The Inspector General of Police of Togo, Yao Kpatcha, paid a courtesy call on his Ghanaian counterpart, "
        "Kofi Mensah, in Accra on Monday. Present at the meeting were COP Kwaku Owusu Ansah- Director General, Operations "
        "and COP Abena Serwaa Nyarko- Director General, Welfare."
    )
    assert {"Kwaku Owusu Ansah", "Abena Serwaa Nyarko"} <= names
    assert not names & {"Kwaku Owusu", "Abena Serwaa"}


def test_the_nationality_of_an_international_bodys_head_is_no_side() -> None:
    meeting = only_meeting(
        "Le secrétaire général d'Interpol, le général brésilien Carlos Pereira, président d'Interpol, a été reçu "
        "le 4 mai à Niamey par le ministre nigérien de l'Intérieur, Hamidou Issa."
    )
    assert "BR" not in meeting.parties
    assert {"INTERPOL", "NE"} <= set(meeting.parties)


def test_a_pages_language_is_no_side() -> None:
    meeting = only_meeting(
        "Police officials from Bolivia and Peru took part in a meeting (link in Portuguese) on border crime "
        "in La Paz on 3 March 2026."
    )
    assert "PT" not in meeting.parties
    assert {"BO", "PE"} <= set(meeting.parties)


def test_a_list_after_a_plural_office_met_during_discussions_takes_part() -> None:
    names = offline_names(
        "Interior Minister Bilal Khan received a Canadian parliamentary delegation in Lahore on Monday. The minister "
        "outlined the country's efforts during discussions with Canadian Senators Anne Leblanc, Mark Peters and "
        "Paul Grant."
    )
    assert {"Bilal Khan", "Anne Leblanc", "Mark Peters", "Paul Grant"} <= names


def test_those_met_during_discussions_after_a_plural_office_take_part_on_their_side() -> None:
    meeting = only_meeting(
        "In a meeting with a visiting Canadian parliamentary delegation, Interior Minister Bilal Khan called for "
        "closer cooperation against drug trafficking. The minister outlined the country's efforts during "
        "discussions with Canadian Senators Anne Leblanc, Mark Peters and Paul Grant in Lahore on Monday."
    )
    sides = {p.name: (p.party, p.role.value) for p in meeting.participants}
    assert sides["Bilal Khan"] == ("PK", "host")
    for senator in ("Anne Leblanc", "Mark Peters", "Paul Grant"):
        assert sides[senator] == ("CA", "guest")
    assert meeting.location.country == "PK"


def test_one_who_stood_in_for_an_absent_chief_takes_part_and_the_chief_does_not() -> None:
    names = offline_names(
        "A delegation of the Sierra Leone Police paid a working visit to the Police Headquarters in Accra on "
        "Monday. The meeting focused on border security. Deputy Commissioner Efua Mensah stood in for the "
        "Inspector-General of Police, Kofi Boateng, who was abroad."
    )
    assert "Efua Mensah" in names
    assert "Kofi Boateng" not in names


def test_the_subject_of_a_meeting_during_his_trip_abroad_is_the_guest() -> None:
    meeting = only_meeting(
        "Le ministre de l'Intérieur, M. Paul Renaud, a rencontré son homologue, M. Jorge Almeida, lors d'un "
        "déplacement au Portugal le lundi 11 mai 2026."
    )
    roles = {p.name: (p.party, p.role.value) for p in meeting.participants}
    assert roles["Paul Renaud"][1] == "guest"
    assert roles["Jorge Almeida"] == ("PT", "host")


def test_an_officer_a_force_says_is_its_own_is_of_the_forces_country() -> None:
    names = {
        p.name: p.party
        for meeting in read_offline(
            "The two police forces held their annual border meeting in Kuching on Tuesday. The Royal Brunei "
            "Police Force said its Commissioner of Police, Idris Salleh, attended the meeting."
        ).meetings
        for p in meeting.participants
    }
    assert names["Idris Salleh"] == "BN"
