"""Classes of the twenty-fourth reading of real communiqués, fixed in the offline reader;
every sentence invented, none of them an eval case's."""

from __future__ import annotations

from support import read_offline

from communique.schema import MeetingKind, OutcomeType

# -- a signing told as an agreement made formal ------------------------------------------------------


def test_an_agreement_formalised_by_two_ministers_is_a_signing() -> None:
    record = read_offline(
        "Le ministre portugais de l'Intérieur, Rui Tavares, et son homologue espagnol, Pablo Ortega, ont "
        "formalisé vendredi, à Badajoz, une nouvelle convention sur les patrouilles communes.",
        published="2026-04-11",
    )
    assert record.is_meeting_report
    meeting = record.meetings[0]
    assert meeting.kind is MeetingKind.SIGNING
    assert {p.name for p in meeting.participants} == {"Rui Tavares", "Pablo Ortega"}
    assert {"PT", "ES"} <= set(meeting.parties)
    assert OutcomeType.AGREEMENT_SIGNED in {o.type for o in meeting.outcomes}


def test_cooperation_formalised_without_an_instrument_is_no_signing() -> None:
    record = read_offline(
        "La police régionale a formalisé ses procédures internes de contrôle des frontières.",
        published="2026-04-11",
    )
    assert not record.is_meeting_report


# -- an encounter framed by what was said at it, its speaker named by office -------------------------


def test_a_talk_named_in_the_frame_of_what_the_subject_said_is_a_meeting() -> None:
    record = read_offline(
        "La Corée continuera de soutenir la gendarmerie sénégalaise, a affirmé l'ambassadeur de Corée au "
        "Sénégal Park Ji-hoon.\n\nIl s'exprimait dans le cadre de son entretien mardi avec le haut-commandant "
        "de la gendarmerie, le général Moussa Fall.",
        published="2026-06-10",
    )
    assert record.is_meeting_report
    meeting = record.meetings[0]
    assert {p.name for p in meeting.participants} == {"Park Ji-hoon", "Moussa Fall"}
    assert str(meeting.date) == "2026-06-09"


def test_the_speaker_named_again_by_his_office_is_the_one_who_met() -> None:
    record = read_offline(
        "L'ambassadeur d'Allemagne au Niger Klaus Weber a salué la coopération avec la police nigérienne.\n\n"
        "L'ambassadeur a tenu ces propos dans le cadre de son entretien lundi, avec le directeur de la police "
        "nationale, le commissaire Ali Mahamadou.",
        published="2026-06-10",
    )
    meeting = record.meetings[0]
    roles = {p.name: (p.party, p.role.value) for p in meeting.participants}
    assert roles["Klaus Weber"][0] == "DE"
    assert roles["Klaus Weber"][1] == "guest"
    assert "Ali Mahamadou" in roles
    assert "DE" in meeting.parties


# -- one gathering told first in summary, then in full ---------------------------------------------


def test_a_gathering_summed_up_then_dated_is_one_meeting() -> None:
    record = read_offline(
        "Some 30 police chiefs from West Africa gathered in Accra at the invitation of WAPCCO to coordinate "
        "the fight against piracy.\n\nDelegates from 15 countries attended the meeting, from June 2 to 3.\n\n"
        "Among those attending was Inspector General Kofi Mensah of the Ghana Police Service.",
        published="2026-06-08",
    )
    assert len(record.meetings) == 1
    assert (str(record.meetings[0].date), str(record.meetings[0].end_date)) == ("2026-06-02", "2026-06-03")


def test_a_signing_summed_up_then_told_on_its_day_is_one_meeting() -> None:
    record = read_offline(
        "The police chiefs of Cambodia and Laos met for the first time in eight years and signed a "
        '"Memorandum of Understanding on Border Policing."\n\nOn the 14th, Sok Dara, Commissioner General of '
        "the Cambodian National Police, met Bounmy Phommachanh, Chief of the Lao National Police, at the "
        "Lao police headquarters.",
        published="2026-08-17",
    )
    assert len(record.meetings) == 1
    assert str(record.meetings[0].date) == "2026-08-14"


# -- days told as Korean and Xinhua wires tell them ---------------------------------------------------


def test_a_day_of_the_month_alone_takes_the_publication_month_or_the_one_before() -> None:
    import datetime as dt

    from communique.normalise import dates

    assert [p[2] for p in dates.find_phrases("On the 9th, the commissioner met the minister.")] == [
        "On the 9th"
    ]
    assert dates.find_phrases("He spoke on the 12th meeting of the council.") == []
    assert dates.resolve("on the 9th", dt.date(2026, 5, 11)) == (dt.date(2026, 5, 9), None)
    assert dates.resolve("on the 28th", dt.date(2026, 5, 11)) == (dt.date(2026, 4, 28), None)
    assert dates.resolve("on the 20th", dt.date(2026, 5, 11), future=True) == (dt.date(2026, 5, 20), None)
    assert dates.resolve("on the 31st", dt.date(2026, 5, 11)) == (None, None)


def test_the_day_of_the_news_is_the_day_the_two_sides_met() -> None:
    record = read_offline(
        "Police officers from Kenya and Tanzania Friday agreed here to step up joint patrols on the border.\n\n"
        "The two sides met at the Kenya Police headquarters in Nairobi under the joint chairmanship of Inspector "
        "General John Kamau and his Tanzanian counterpart Inspector General Said Mwema.",
        published="2026-03-14",
    )
    assert str(record.meetings[0].date) == "2026-03-13"


# -- an instrument signed under its quoted title --------------------------------------------------


def test_a_memorandum_signed_under_its_quoted_title_is_an_agreement_signed() -> None:
    record = read_offline(
        "The police chiefs of Nepal and Bhutan met in Thimphu on Monday and signed the revised "
        '"Memorandum of Understanding on Border Policing."',
        published="2026-08-12",
    )
    outcomes = [o for m in record.meetings for o in m.outcomes]
    assert [o.type for o in outcomes] == [OutcomeType.AGREEMENT_SIGNED]
    assert "Memorandum of Understanding" in outcomes[0].text


# -- a government's own sitting is no meeting ---------------------------------------------------------


def test_chiefs_dismissed_by_the_council_of_ministers_in_session_is_no_meeting() -> None:
    record = read_offline(
        "Le directeur général de la Police nationale, Paul Kaboré, a été relevé de ses fonctions par le conseil "
        "des ministres réuni en sa séance de ce mercredi 4 mars 2026. Le commissaire divisionnaire Ali Sawadogo "
        "est nommé à sa place.",
        published="2026-03-05",
    )
    assert not record.is_meeting_report


def test_a_council_of_interior_ministers_that_met_is_still_a_meeting() -> None:
    record = read_offline(
        "Le Conseil des ministres arabes de l'Intérieur s'est réuni mercredi à Tunis en présence du ministre "
        "saoudien de l'Intérieur, le prince Abdelaziz ben Saoud, et du ministre tunisien de l'Intérieur, "
        "Khaled Nouri.",
        published="2026-03-05",
    )
    assert record.is_meeting_report


# -- the day of an encounter told as "the event" ------------------------------------------------------


def test_the_day_the_event_was_held_is_the_signing_s() -> None:
    record = read_offline(
        "JAKARTA - Indonesia's police chief Budi Santoso and Brunei's police commissioner Hamid Yusof have "
        "signed a Memorandum of Understanding on police cooperation.\n\nThe event was held on May 6, 2026 at "
        "the Indonesian National Police Headquarters in Jakarta.",
        published="2026-05-08",
    )
    assert str(record.meetings[0].date) == "2026-05-06"


# -- a wire dateline after an agency's credit -----------------------------------------------------------


def test_a_dateline_after_an_agency_credit_places_the_meeting() -> None:
    record = read_offline(
        "(MENAFN- Gulf Times) DOHA - The Commander of the Qatari Internal Security Force, Brig. Khalid Al Kuwari, "
        "met on Monday the Director of the Omani Royal Police, Maj. Gen. Salim Al Hinai.",
        published="2026-07-29",
    )
    location = record.meetings[0].location
    assert (location.city, location.country) == ("Doha", "QA")


def test_a_timestamped_date_line_of_page_debris_gives_way_to_the_labelled_header_date() -> None:
    record = read_offline(
        " date 2026-06-10 Friday, 12 March 2021 10:45 GMT\nPSD, Swiss Embassy Talk Security Cooperation\n\n"
        "Amman, June 10 (Petra) - Gen. Khaled Haddad, Public Security Directorate (PSD) Director General, on "
        "Wednesday received Swiss Ambassador Lukas Frei for talks on police cooperation.",
        published=None,
    )
    assert str(record.document.published) == "2026-06-10"
    assert str(record.meetings[0].date) == "2026-06-10"


def test_a_date_line_with_no_clock_time_still_dates_the_text() -> None:
    record = read_offline(
        " date 2026-06-11 POLICE CHIEF VISITS THE PRISONS SERVICE\n\nJune 10, 2026\n\nInspector General of Police "
        "Peter Banda today paid a courtesy call on the Malawi Prisons Service Commissioner General John Phiri.",
        published=None,
    )
    assert str(record.document.published) == "2026-06-10"


# -- a joint sitting of two ministries, held away from the wire's city -----------------------------------


def test_a_joint_sitting_of_two_ministries_is_placed_where_it_was_held_not_at_the_dateline() -> None:
    record = read_offline(
        "ASTANA. KAZINFORM - A joint sitting of the Kazakh and Uzbek interior ministries on border cooperation "
        "was held in Shymkent.\n\nMinister of Internal Affairs of Kazakhstan Arman Beisenov and Minister of "
        "Internal Affairs of Uzbekistan Pulat Bobojonov took part in the sitting.",
        published="2026-05-20",
    )
    assert record.meetings[0].location.city == "Shymkent"


def test_a_dotted_wire_dateline_with_no_dash_places_the_conference_its_city_hosted() -> None:
    record = read_offline(
        "DUSHANBE. KHOVAR Dushanbe hosted the IV Conference of the Ministers of Internal Affairs of Tajikistan, "
        "Kyrgyzstan and Uzbekistan.",
        published="2026-05-20",
    )
    location = record.meetings[0].location
    assert (location.city, location.country) == ("Dushanbe", "TJ")


# -- those a gathering lists as attending are its parties --------------------------------------------


def test_those_listed_as_taking_part_in_a_gathering_of_three_sides_are_its_parties() -> None:
    record = read_offline(
        "Some 30 police chiefs gathered in Accra at the invitation of WAPCCO to coordinate the fight against "
        "piracy, the Ghana Police Service said on June 4.\n\nDelegates from 15 countries attended the meeting, "
        "from June 2 to 3.\n\nAmong those attending were Inspector General Kofi Mensah of the Ghana Police "
        "Service and Yaw Tetteh, Inspector General of Police of Togo.\n\nThe Benin border police also took part, "
        "as did representatives from Interpol.",
        published="2026-06-08",
    )
    assert {"BJ", "INTERPOL"} <= set(record.meetings[0].parties)


def test_a_state_that_participated_in_a_council_meeting_is_a_party() -> None:
    record = read_offline(
        "The Arab Interior Ministers Council (AIMC) held its 43rd session in Tunis on Wednesday. The State of "
        "Kuwait participated in the meeting with a delegation headed by Major General Fahad Al Sabah.",
        published="2026-02-26",
    )
    assert "KW" in record.meetings[0].parties
