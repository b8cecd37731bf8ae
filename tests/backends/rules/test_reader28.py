"""What the classes of the twenty-fifth real-text reading need of the offline reader, each
written in new words: a talk granted to an envoy, or had after a long aside of day and place;
a person named in the next sentence, after « son successeur, » or by a first name; an encounter
named by a noun, a delegation sent, a working session told after a caption, an announced forum;
a city after "capital," or "Headquarters in", or in « La rencontre de City »; a date kept whole, a
day said in a later paragraph, a credit line's day; a demonym two countries share."""

from __future__ import annotations

from support import only_meeting, read_offline


def test_a_talk_granted_to_an_envoy_is_a_meeting_and_an_interview_granted_to_a_paper_is_not() -> None:
    meeting = only_meeting(
        "Le ministre de la Sécurité, Maître Jean-Claude Mwamba Kalala, a accordé un entretien à l'ambassadeur de "
        "Corée, Park Min-ho, ce mardi 12 mai 2026. Ils ont parlé de la formation des policiers."
    )
    roles = {p.name: p.role.value for p in meeting.participants}
    assert roles == {"Jean-Claude Mwamba Kalala": "host", "Park Min-ho": "guest"}
    assert "KR" in meeting.parties
    assert meeting.date is not None and meeting.date.isoformat() == "2026-05-12"
    analysis = read_offline(
        "Le ministre de la Sécurité, Jean Mwamba, a accordé un entretien au quotidien Le Soir, mardi."
    )
    assert not analysis.is_meeting_report


def test_talks_had_after_a_long_aside_of_day_and_place_are_a_meeting() -> None:
    meeting = only_meeting(
        "M. Sidi Mohamed Ould Ahmed, ministre de l'Intérieur, a eu, ce mardi dans son bureau au siège du ministère à "
        "Nouakchott, un entretien avec l'ambassadeur du Portugal accrédité auprès de la Mauritanie, M. Rui Costa Lima."
    )
    assert {p.name for p in meeting.participants} == {"Sidi Mohamed Ould Ahmed", "Rui Costa Lima"}
    assert meeting.location.city == "Nouakchott"
    assert meeting.date is not None and meeting.date.isoformat() == "2026-05-12"
    assert sorted(meeting.parties) == ["MR", "PT"]


def test_the_guest_named_in_the_next_sentence_as_the_one_who_came_is_the_office_holder() -> None:
    meeting = only_meeting(
        "Le ministre de l'Intérieur, Paul Mbemba Nsimba, a échangé ce lundi avec l'ambassadeur de Suisse dans son bureau. "
        "En visite de courtoisie, Marc Keller est venu présenter les projets de Berne pour la police."
    )
    roles = {p.name: p.role.value for p in meeting.participants}
    assert roles == {"Paul Mbemba Nsimba": "host", "Marc Keller": "guest"}
    assert "CH" in meeting.parties


def test_the_successor_handed_the_chair_at_the_meeting_takes_part_in_it() -> None:
    meeting = only_meeting(
        "Le ministre de la Sécurité a ouvert la 12e session des chefs de police de la sous-région. La rencontre de "
        "Bangui a permis au président sortant de passer le témoin à son successeur, le directeur général de la "
        "police centrafricaine, Hervé Ngaïkosset Yalo."
    )
    successor = next(p for p in meeting.participants if p.name == "Hervé Ngaïkosset Yalo")
    assert successor.title is not None and successor.title.startswith("directeur général de la police")


def test_one_introduced_in_full_then_named_by_his_given_name_is_the_subject() -> None:
    meeting = only_meeting(
        "The head of the Federal Police, Tomas Ferreira, is part of the delegation that left for Japan on Monday. "
        "Tomas will meet on Thursday with Japanese police officials to sign the agreement."
    )
    assert [p.name for p in meeting.participants] == ["Tomas Ferreira"]


def test_a_journey_named_by_its_noun_is_a_visit_by_the_one_named_after_it() -> None:
    meeting = only_meeting(
        "Appuyer la police locale était le but du déplacement de Luc Girard, ministre de l'Intérieur, à Suva, "
        "lundi 11 mai. Le ministre a promis au commissaire de police fidjien, Sitiveni Naivalu, des équipements."
    )
    roles = {p.name: p.role.value for p in meeting.participants}
    assert roles == {"Luc Girard": "guest", "Sitiveni Naivalu": "host"}
    assert (meeting.location.city, meeting.location.country) == ("Suva", "FJ")
    assert meeting.date is not None and meeting.date.isoformat() == "2026-05-11"


def test_a_group_delegated_abroad_is_a_visit_led_by_its_head_and_the_sender_takes_no_part() -> None:
    meeting = only_meeting(
        "Le ministre de la Sécurité, Paul Biyoghe, a délégué à Addis-Abeba, du 4 au 6 mai, une équipe conduite par "
        "le colonel Anne Mavoungou pour étudier le fonctionnement du bureau régional."
    )
    assert [(p.name, p.role.value) for p in meeting.participants] == [("Anne Mavoungou", "guest")]
    assert meeting.location.city == "Addis Ababa"
    assert meeting.end_date is not None and meeting.end_date.isoformat() == "2026-05-06"


def test_a_signing_told_in_a_photo_caption_is_the_meeting_the_next_sentence_places() -> None:
    meeting = only_meeting(
        "Deputy Minister of Public Security Nguyen Duy Ngoc (L) and Kazakh Deputy Minister of Internal Affairs Arman "
        "Bekov sign a cooperation plan for 2027-2028 on May 7 (Photo: VNA)\n\n"
        "- The two ministries affirmed their will to expand cooperation during a working session between their deputy "
        "ministers in Astana on May 7."
    )
    assert {p.name for p in meeting.participants} == {"Nguyen Duy Ngoc", "Arman Bekov"}
    assert meeting.location.city == "Astana"
    assert meeting.date is not None and meeting.date.isoformat() == "2026-05-07"
    analysis = read_offline("The ministers will sign a cooperation plan next year, the ministry said.")
    assert all(m.status.value == "announced" for m in analysis.meetings)


def test_an_announced_forum_told_by_the_participation_in_it_is_an_announced_conference() -> None:
    analysis = read_offline(
        "Le ministre de l'Intérieur, Alain Kabore, effectue depuis lundi une visite officielle à Séoul. Le temps fort "
        "de cette visite sera la participation du ministre, jeudi, au Forum mondial sur la sécurité publique."
    )
    kinds = {(m.kind.value, m.status.value) for m in analysis.meetings}
    assert ("conference", "announced") in kinds


def test_a_city_after_the_country_s_capital_is_where_they_met() -> None:
    meeting = only_meeting(
        "Serbian Interior Minister Marko Jovic and Zambian Home Affairs Minister Peter Mwale held talks in "
        "Zambia's capital, Lusaka, on Tuesday, the ministry said."
    )
    assert (meeting.location.city, meeting.location.country) == ("Lusaka", "ZM")


def test_a_later_sentence_gives_the_city_of_the_country_after_naming_the_encounter() -> None:
    meeting = only_meeting(
        "The British High Commissioner to Samoa, Jane Cole, today met the Commissioner of Police, Fuiavailili "
        "Egon Keil. Cole was welcomed on her first visit to the Police Headquarters in Apia this morning."
    )
    assert (meeting.location.city, meeting.location.country) == ("Apia", "WS")
    meeting = only_meeting(
        "The US Ambassador to Kenya, Tom Reed, on Monday paid a courtesy call on the Inspector General of Police, "
        "James Koome. Crime in Mombasa was discussed during the meeting."
    )
    assert meeting.location.city is None


def test_a_gathering_named_by_its_city_is_held_there() -> None:
    meeting = only_meeting(
        "Le ministre de l'Intérieur a ouvert mardi la 14e session des chefs de police de la sous-région. "
        "La rencontre de Brazzaville porte sur la lutte contre le terrorisme."
    )
    assert (meeting.location.city, meeting.location.country) == ("Brazzaville", "CG")


def test_a_wire_credit_line_with_no_comma_dates_the_text_not_the_meeting() -> None:
    analysis = read_offline(
        "ROME (Asia News / Sputnik - 14th May, 2026) Russian Security Council Secretary Ivan Petrov and Italian "
        "Interior Minister Marco Rossi have held security consultations in Rome, the council said on Thursday.",
        published=None,
    )
    assert analysis.document.published is not None and analysis.document.published.isoformat() == "2026-05-14"
    assert [m.date for m in analysis.meetings] == [None]


def test_a_demonym_two_countries_share_is_of_the_one_the_text_names() -> None:
    meeting = only_meeting(
        "Le ministre congolais de la Sécurité, Jean-Pierre Mutombo, a reçu ce mardi dans son cabinet l'ambassadeur de "
        "Belgique, Luc Peeters. Ils ont parlé de la formation de la police et de la situation en RDC."
    )
    assert sorted(meeting.parties) == ["BE", "CD"]


def test_a_demonym_two_countries_share_is_of_the_one_the_publisher_s_city_is_in() -> None:
    text = (
        "---\npublished: 2026-05-13\nsource: Kinshasa Direct\nlang: fr\n---\n"
        "Le ministre congolais de la Sécurité, Jean-Pierre Mutombo, a reçu ce mardi dans son cabinet l'ambassadeur de "
        "Belgique, Luc Peeters. Ils ont parlé de la formation des policiers."
    )
    analysis = read_offline(text, published=None)
    assert [sorted(m.parties) for m in analysis.meetings] == [["BE", "CD"]]


def test_a_conference_named_after_its_city_is_held_there() -> None:
    meeting = only_meeting(
        "Iranian Interior Minister Ali Rezaei arrived in Iraq on Monday to take part in the Third Baghdad "
        "International Conference on Drug Control."
    )
    assert (meeting.location.city, meeting.location.country) == ("Baghdad", "IQ")


def test_sri_lanka_s_administrative_capital_is_a_city() -> None:
    meeting = only_meeting(
        "Australia's Minister for Home Affairs, Tony Burke, met Defence Secretary Sampath Thuyacontha at the "
        "Defence Headquarters Complex at Sri Jayewardenepura, Kotte on Monday."
    )
    assert (meeting.location.city, meeting.location.country) == ("Sri Jayewardenepura Kotte", "LK")
