"""What the date, kind, place and outcome classes the 26th real-text reading left open need of
the offline reader, each written in new words: the day of a vote ahead is not the meeting's, and
a series of audiences on one day keeps its day and place; a posting date at the end of the lede's
line dates the text; talks told again as a phone call are a call, a gathering to come or a plenary
spoken at is a conference, a courtesy call of several countries' chiefs a visit, and the record a
gathering's three sides signed is the gathering's; an all-capitals agency dateline, the town a delegation
departed for, a town a session commenced in, a city a later sentence opens on place the meeting, and a
dateline at home does not place one held abroad; the next meeting with its number in apposition, a
signing with an adverb after its auxiliary and a new strategy launched are outcomes; the town of a
gathering a side hosted before does not place the visit the sentence before told; a header's month
alone gives the year of a day and month the text writes without one."""

from __future__ import annotations

import datetime as dt

from support import only_meeting, outcome_types, read_offline

from communique.schema import MeetingKind, OutcomeType, Status


def test_the_day_of_elections_ahead_is_not_the_day_of_the_visit() -> None:
    meeting = only_meeting(
        "A Commonwealth observer mission has paid a courtesy call on the Inspector-General of Police, John Mensah, "
        "ahead of the April 14 general elections.\n\nThe mission, led by Sarah Jones, paid the call on Monday, "
        "April 6, 2026, at the Police Headquarters, Accra.",
        published="2026-04-08",
    )
    assert meeting.date == dt.date(2026, 4, 6)
    meeting = only_meeting(
        "Le ministre a reçu vendredi 3 avril son homologue béninois Paul Agbo, à la veille des élections du "
        "12 avril.",
        published="2026-04-04",
    )
    assert meeting.date == dt.date(2026, 4, 3)


def test_audiences_told_as_on_the_same_afternoon_keep_the_day_and_place_of_the_first() -> None:
    analysis = read_offline(
        "La délégation béninoise conduite par le ministre Paul Hounsou a pris part à la conférence de Munich. En "
        "marge de la conférence, le samedi 7 mars 2026, le ministre Paul Hounsou a d'abord reçu en audience le "
        "ministre de la Défense du Ghana, Kofi Mensah. En début d'après-midi, le ministre Paul Hounsou a échangé "
        "avec Monsieur Lars Berg, Secrétaire général adjoint de l'OTAN.",
        published="2026-03-10",
    )
    later = analysis.meetings[-1]
    assert later.date == dt.date(2026, 3, 7)
    assert later.location.city == "Munich"


def test_a_posting_date_at_the_end_of_the_ledes_line_dates_the_text() -> None:
    analysis = read_offline(
        "L'Italie et la Tunisie renforcent leur coopération. Les deux ministres se sont parlé. Par K.M. - Publié "
        "le Lundi 9 Mars 2026 à 11:20\n\nSamedi dernier, le ministre italien de l'Intérieur Marco Neri et son "
        "homologue tunisien Karim Ayari se sont entretenus par téléphone.",
        published=None,
    )
    assert analysis.document.published == dt.date(2026, 3, 9)
    assert [m.date for m in analysis.meetings] == [dt.date(2026, 3, 7)]


def test_talks_a_lede_tells_then_the_text_tells_as_a_phone_call_are_a_call() -> None:
    analysis = read_offline(
        "L'Espagne et le Maroc renforceront leur coopération. Pedro Alvarez et Karim Bennani, ministre marocain, se "
        "sont entretenus sur le sujet.\n\nDepuis 2020, les départs sont nombreux.\n\nMardi, Pedro Alvarez et Karim "
        "Bennani, ministre marocain, se sont entretenus par téléphone sur le sujet."
    )
    assert [m.kind for m in analysis.meetings] == [MeetingKind.CALL]


def test_chiefs_who_will_gather_somewhere_for_a_numbered_general_meeting_hold_a_conference() -> None:
    meeting = only_meeting(
        "POLICE chiefs from East Africa will gather in Kampala, Uganda this week for the 25th Annual General Meeting "
        "of their organisation.\n\nUganda's Inspector General of Police, Mr Moses Okello, will preside over the "
        "meeting.",
        published="2026-07-06",
    )
    assert (meeting.kind, meeting.status, meeting.location.city) == (
        MeetingKind.CONFERENCE,
        Status.ANNOUNCED,
        "Kampala",
    )
    assert [p.name for p in meeting.participants] == ["Moses Okello"]


def test_a_minister_who_spoke_at_a_gatherings_plenary_attended_the_conference() -> None:
    meeting = only_meeting(
        "Le Niger remercie la Chine pour son appui. C'est ce qu'a déclaré le ministre de l'Intérieur du Niger, Amadou "
        "Issa, lors de la séance plénière de la 5e réunion des ministres chargés de la sécurité. La réunion se tient "
        "du 4 au 6 mai 2026 à Pékin.",
        published="2026-05-05",
    )
    assert meeting.kind is MeetingKind.CONFERENCE
    assert [p.name for p in meeting.participants] == ["Amadou Issa"]
    assert (meeting.location.city, meeting.parties) == ("Beijing", ["CN", "NE"])


def test_the_courtesy_call_of_a_regions_police_chiefs_is_a_visit() -> None:
    meeting = only_meeting(
        "Le ministre de la Sécurité, Paul Mensah, a reçu, hier, la visite des Directeurs généraux des polices "
        "nationales de la Communauté des Etats de l'Afrique de l'Ouest. Le ministre a saisi l'instant de cette "
        "présentation des civilités pour faire le point de la sécurité."
    )
    assert meeting.kind is MeetingKind.OFFICIAL_VISIT


def test_the_record_three_directors_signed_at_the_close_is_the_gatherings() -> None:
    meeting = only_meeting(
        "À l'issue des travaux, le relevé des conclusions a été signé par les trois Directeurs généraux en présence "
        "du ministre burkinabè de la Sécurité, Issa Ouédraogo, qui a présidé la cérémonie."
    )
    assert meeting.kind is MeetingKind.CONFERENCE


def test_an_all_capitals_agency_dateline_places_the_meeting() -> None:
    meeting = only_meeting(
        "TBILISI, MARCH 3, GEOPRESS. The Minister of Internal Affairs of Georgia, Levan Beridze, received today the "
        "delegation of the Police of Lithuania led by Commissioner Jonas Petraitis.",
        published="2026-03-03",
    )
    assert (meeting.location.city, meeting.location.country) == ("Tbilisi", "GE")


def test_a_delegation_that_departed_for_a_city_meets_there_not_at_the_dateline() -> None:
    meeting = only_meeting(
        "ASTANA, 10.09.2026 /Kazinform/. The delegation of the Ministry of Internal Affairs of Kazakhstan headed by "
        "Deputy Minister Serik Akhmetov departed for Tashkent, Uzbekistan, to attend a meeting of the joint working "
        "group.\nAccording to the ministry, Serik Akhmetov met with the Minister of Internal Affairs of Uzbekistan "
        "Bakhtiyor Tursunov on Wednesday.",
        published="2026-09-10",
    )
    assert (meeting.location.city, meeting.location.country) == ("Tashkent", "UZ")


def test_a_session_that_commenced_in_a_border_town_is_held_there() -> None:
    meeting = only_meeting(
        "The 6th session of the Zambia–Botswana Joint Permanent Commission on Defence and Security commenced in "
        "Kasane on Tuesday.\n\nSpeaking at the official opening of the officials' meeting, Ministry of Defence "
        "Permanent Secretary Kabo Moremi urged both countries to act against smuggling.",
        published="2026-06-04",
    )
    # (a joint commission of two countries sits bilaterally: a working meeting, by session 53's ruling)
    assert (meeting.kind, meeting.date, meeting.location.city) == (
        MeetingKind.WORKING_MEETING,
        dt.date(2026, 6, 2),
        "Kasane",
    )
    assert meeting.parties == ["BW", "ZM"]
    assert [p.name for p in meeting.participants] == ["Kabo Moremi"]


def test_a_city_a_later_sentence_opens_on_places_a_meeting_told_in_its_country() -> None:
    meeting = only_meeting(
        "Le ministre de l'Intérieur, M. Pierre Lenoir, a rencontré son homologue, M. Hans Weber, lors d'un "
        "déplacement en Allemagne le mardi 3 mars 2026.\n\nA Berlin, le ministre a participé à un déjeuner de travail "
        "avec son homologue allemand.",
        published="2026-03-05",
    )
    assert (meeting.location.city, meeting.location.country) == ("Berlin", "DE")


def test_a_dateline_at_home_does_not_place_a_meeting_its_host_holds_abroad() -> None:
    meeting = only_meeting(
        "BAKU, MAY 4, AZERTAC. The delegation of Azerbaijan's Police led by Police Chief Elchin Mammadov was hosted "
        "today by Georgia's minister of internal affairs Nika Beridze at the ministry.",
        published="2026-05-04",
    )
    assert (meeting.location.city, meeting.location.country) == (None, "GE")


def test_the_next_meeting_named_with_its_number_in_apposition_is_a_follow_up() -> None:
    assert outcome_types(
        "Both sides confirmed that the next border committee meeting, the 15th, will be hosted by Cambodia next year."
    ) == [OutcomeType.FOLLOW_UP_PLANNED]


def test_a_signing_with_an_adverb_after_the_auxiliary_is_a_signing() -> None:
    assert outcome_types(
        "Ils ont ensuite signé un accord bilatéral prévoyant la formation de policiers à Nîmes."
    ) == [OutcomeType.AGREEMENT_SIGNED]
    assert outcome_types("The two chiefs have also signed a memorandum on training.") == [
        OutcomeType.AGREEMENT_SIGNED
    ]


def test_a_new_strategy_launched_together_is_an_outcome() -> None:
    assert outcome_types(
        "The two commissioners attended a conference in Dundalk where they launched a new joint strategy against "
        "cross-border crime."
    ) == [OutcomeType.OTHER]


def test_the_town_of_a_gathering_a_side_hosted_before_does_not_place_the_visit() -> None:
    meeting = only_meeting(
        "Le ministre de la Sécurité du Niger, Moussa Bako, a effectué, hier à Rabat, une visite au Centre de "
        "commandement de la Direction générale de la Sûreté nationale. Accompagné du directeur général de la Sûreté "
        "nationale, Karim Alaoui, le ministre nigérien a visité les salles opérationnelles.\n\n« Nous sommes "
        "impressionnés », a indiqué M. Bako. Il a rappelé que son pays avait abrité la réunion de l'Afripol, l'année "
        "dernière à Niamey.",
        published="2026-05-13",
    )
    assert (meeting.date, meeting.location.city, meeting.location.country) == (
        dt.date(2026, 5, 12),
        "Rabat",
        "MA",
    )


def test_a_headers_month_alone_gives_the_year_of_a_day_and_month_not_the_publication_date() -> None:
    analysis = read_offline(
        " date 2021-06 Le ministre de la Défense a reçu ce mardi 8 juin l'ambassadeur d'Italie, Marco Rossi. Les deux "
        "hommes ont passé en revue la coopération militaire.",
        published=None,
    )
    assert analysis.document.published is None
    assert [m.date for m in analysis.meetings] == [dt.date(2021, 6, 8)]


def test_a_weekday_that_does_not_fall_on_the_day_in_the_headers_year_leaves_the_day_unresolved() -> None:
    analysis = read_offline(
        " date 2021-06 Le ministre de la Défense a reçu ce lundi 8 juin l'ambassadeur d'Italie, Marco Rossi.",
        published=None,
    )
    assert [m.date for m in analysis.meetings] == [None]
