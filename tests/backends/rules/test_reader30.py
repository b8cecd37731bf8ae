"""Classes left open by the readings of real communiqués, fixed in the offline reader (fix30);
every sentence invented, none of them an eval case's."""

from __future__ import annotations

from support import only_meeting, outcome_types, read_offline

from communique.schema import OutcomeType

# -- a visitor named by his surname alone, his full name given earlier ---------------------------------


def test_a_visitor_named_by_surname_alone_is_the_one_named_in_full_before() -> None:
    meeting = only_meeting(
        "LIMA - Police chief Carlos Rojas praised on Monday the words of Bolivian President Luis Arce "
        "Mendoza on the fight against drug trafficking.\n\nMendoza will visit the police headquarters in "
        "Lima on Wednesday, June 10, the last day of his state visit. He will be welcomed by Interior "
        "Minister Pedro Salas and Rojas.",
        published="2026-06-08",
    )
    people = {p.name: (p.party, p.role.value) for p in meeting.participants}
    assert people["Luis Arce Mendoza"] == ("BO", "guest")
    assert people["Pedro Salas"] == ("PE", "host")
    assert people["Carlos Rojas"] == ("PE", "host")
    assert meeting.date is not None and meeting.date.isoformat() == "2026-06-10"
    assert set(meeting.parties) == {"BO", "PE"}


def test_a_visitor_expected_by_his_surname_alone_keeps_the_office_and_side_given_before() -> None:
    meeting = only_meeting(
        "Le directeur général de la police, Amadou Diallo, a salué lundi les propos du ministre malien de la "
        "Sécurité, Ibrahim Keita Traoré, sur la lutte contre le terrorisme.\n\nTraoré est attendu mercredi "
        "au siège de la police à Dakar.",
        published="2026-06-08",
    )
    visitor = next(p for p in meeting.participants if p.name == "Ibrahim Keita Traoré")
    assert (visitor.party, visitor.role.value) == ("ML", "guest")
    assert visitor.title is not None and "Sécurité" in visitor.title
    assert meeting.status.value == "announced"
    assert set(meeting.parties) == {"ML", "SN"}


# -- one who meets the other side does not take its country, named only after him ------------------------


def test_one_of_no_country_said_does_not_take_the_country_of_the_body_named_after_him() -> None:
    meeting = only_meeting(
        "This took place during a meeting between Colonel Ahmed Salem, Director of the Office of the Minister "
        "of the Interior, and the Deputy Director of the FBI, the ministry said.",
        published="2026-06-08",
    )
    salem = next(p for p in meeting.participants if p.name == "Ahmed Salem")
    assert salem.party is None
    assert "US" in meeting.parties


def test_one_of_no_country_said_does_not_take_the_country_of_the_one_named_after_him() -> None:
    meeting = only_meeting(
        "La réunion, tenue hier, entre Karim Alaoui, directeur du cabinet du ministre de l'Intérieur, et Pedro "
        "Gómez, secrétaire d'État espagnol à la Sécurité, a porté sur la migration irrégulière.",
        published="2026-06-08",
    )
    parties = {p.name: p.party for p in meeting.participants}
    assert parties == {"Karim Alaoui": None, "Pedro Gómez": "ES"}


# -- one encounter told twice: by a headline (or by office) and by the text --------------------------


def test_a_headline_with_a_sites_tag_heads_the_text_and_the_met_police_is_no_meeting() -> None:
    meeting = only_meeting(
        "London's Met Police chief visits Canada on her first trip (Report)\n\n"
        "The commissioner of London's Metropolitan Police says the close ties between her force and the Royal "
        "Canadian Mounted Police keep people safe.\n\n"
        "Commissioner Jane Porter is in Canada on her first official trip since taking office this year. "
        "She met with RCMP Commissioner Paul Gagnon on Thursday.\n\n"
        "The RCMP has officers in London, and the Met Police has 80 officers working overseas.",
        published="2026-06-08",
    )
    people = {p.name: (p.party, p.role.value) for p in meeting.participants}
    assert people == {"Jane Porter": ("GB", "guest"), "Paul Gagnon": ("CA", "host")}
    assert meeting.location.city != "London"


def test_a_visit_told_by_office_then_with_the_name_is_one_meeting() -> None:
    meeting = only_meeting(
        "Le directeur général de la police suédoise a effectué une visite de travail à Niamey.\n\n"
        "Le directeur général de la police suédoise a effectué une visite de travail à Niamey.\n\n"
        "Le directeur général de la police suédoise, Lars Berg, a effectué du 15 au 17 octobre une visite "
        "de travail à Niamey.\n\nAccompagné de son homologue nigérien, le colonel Moussa Idrissa, M. Berg "
        "s'est d'abord rendu à la direction de la police judiciaire.",
        published="2026-10-20",
    )
    assert "Lars Berg" in {p.name for p in meeting.participants}
    assert meeting.date is not None and meeting.date.isoformat() == "2026-10-15"


# -- the page's date kept: under a "Latest news" list at its head, above related articles at its end ----


def test_the_posting_date_under_a_latest_news_heading_is_the_publication_date() -> None:
    record = read_offline(
        "Latest news\n\nBishkek hosted a regional seminar on border management\n\n14.05.2026 | 09:10 |\n"
        " Bishkek hosted a regional seminar on border management\n\n"
        "A regional seminar on border management took place in Bishkek from 11 to 13 May. The event was "
        "organized by the OSCE Programme Office.\n\nThe seminar brought together officials of the border services of "
        "Kyrgyzstan, Kazakhstan and Tajikistan.",
        published=None,
    )
    assert record.document.published is not None
    assert record.document.published.isoformat() == "2026-05-14"


def test_a_closing_date_above_articles_in_relation_is_the_publication_date() -> None:
    record = read_offline(
        "Le ministre de l'Intérieur, M. Karim Alaoui, a tenu, mercredi à Madrid, une réunion de travail avec "
        "son homologue espagnol, M. Pedro Gómez.\n"
        "Les deux ministres ont salué la qualité de la coopération sécuritaire.\n"
        "Le 05 Mars 2026\nSOURCE WEB Par Atlas Info\nLes tags en relation\nLes articles en relation\n\n"
        "Enfants et Covid-19 : l'alerte d'un hôpital à Paris\n"
        "Après la Grande-Bretagne, l'alerte est donnée à Paris où de jeunes enfants ont été hospitalisés ...\n"
        "La robotisation devrait faire disparaître des emplois selon l'OCDE\n",
        published=None,
    )
    assert record.document.published is not None
    assert record.document.published.isoformat() == "2026-03-05"
    assert record.meetings[0].date is not None and record.meetings[0].date.isoformat() == "2026-03-04"


# -- the city of a dateline alone is the city of a meeting to come in its country ---------------------


def test_a_meeting_to_come_in_the_datelines_country_is_in_the_datelines_city() -> None:
    meeting = only_meeting(
        "Grenada to host police meeting\n\nST GEORGE'S, Grenada, (CMC) - The Association of Caribbean "
        "Commissioners of Police will hold a three-day meeting in Grenada from Tuesday, focusing on firearms "
        "trafficking.",
        published="2026-06-08",
    )
    assert meeting.status.value == "announced"
    assert (meeting.location.city, meeting.location.country) == ("St. George's", "GD")


# -- no outcome from what was denied or done before -------------------------------------------------------


def test_no_outcome_from_a_commitment_denied_or_from_what_was_signed_or_given_before() -> None:
    assert outcome_types("The two sides signed no memorandum during the visit.") == []
    assert (
        outcome_types("Les deux ministres ont convenu de ne pas créer un groupe de travail conjoint.") == []
    )
    assert (
        outcome_types("The police acted in accordance with the signed agreements between the two sides.")
        == []
    )
    assert (
        outcome_types("The minister said the Government had handed over 500 acres of land to farmers.") == []
    )
    assert (
        outcome_types(
            "Il a rappelé que lors de la dernière visite du Président, les deux chefs d'État ont convenu que les deux "
            "services devraient se rencontrer régulièrement."
        )
        == []
    )


def test_a_signing_and_a_gift_of_this_encounter_are_still_outcomes() -> None:
    assert outcome_types("The two ministers signed a memorandum of understanding on police training.") == [
        OutcomeType.AGREEMENT_SIGNED
    ]
    assert outcome_types("The delegation handed over 20 patrol vehicles to the national police.") == [
        OutcomeType.OTHER
    ]


# -- a surname that is a title too -------------------------------------------------------------------------


def test_a_person_whose_surname_is_king_is_named() -> None:
    meeting = only_meeting(
        "Le ministre de l'Intérieur, Paul Ilunga, a échangé ce mardi avec l'ambassadrice britannique.\n"
        "En visite de prise de contact, Helen King est venue réitérer la volonté du Royaume-Uni d'accompagner "
        "le pays sur le plan sécuritaire.",
        published="2026-06-09",
    )
    assert "Helen King" in {p.name for p in meeting.participants}
    assert not any(p.name == "Helen" for p in meeting.participants)


# -- roles: the one who had the meeting, named after the clause that opens on it ---------------------------


def test_the_one_named_after_a_fronted_meeting_with_someone_is_its_other_side() -> None:
    meeting = only_meeting(
        "HANOI - At a meeting with the Deputy Ambassador of the US to Vietnam Mary Cole on Nov. 23, Deputy "
        "Minister Pham Duc Long said cooperation between the two countries had developed.",
        published="2026-11-25",
    )
    people = {p.name: (p.party, p.role.value) for p in meeting.participants}
    assert people == {"Mary Cole": ("US", "guest"), "Pham Duc Long": ("VN", "host")}
