"""Whether a text reports a meeting and who takes part, as a sixteenth reading of real
communiqués found the reader missing or inventing them; every sentence invented, none of
them an eval case's."""

from __future__ import annotations

import pytest
from support import offline_names, read_offline

from communique.backends.rules import people
from communique.normalise import names
from communique.schema import MeetingKind

# -- places, bodies and documents are no one -----------------------------------------------------


@pytest.mark.parametrize(
    "run",
    [
        "Co Kerry",
        "Co Antrim",
        "Garda Síochána",
        "Château Frontenac",
        "Premier Ruth Olsen",
        "SSB Sector",
        "CNW Telbec",
    ],
)
def test_irish_counties_police_venues_and_wires_are_not_names(run: str) -> None:
    assert not names.person_like(names.trim(run)) or names.trim(run) == "Ruth Olsen"


def test_a_body_spelled_out_before_its_acronym_is_no_one_but_the_name_after_it_is() -> None:
    found = people.find(
        "Director General of Bhutan's Royal Frontier Patrol (RFP) Sonam Wangchuk met the Indian consul.",
        ["BT"],
    )
    assert [p.name for p in found] == ["Sonam Wangchuk"]


def test_an_acronym_that_is_not_the_run_s_initials_leaves_a_person() -> None:
    found = people.find("The Minister, Paul Kwame Mensah (NPP), met the envoy.", ["GH"])
    assert [p.name for p in found] == ["Paul Kwame Mensah"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Minister of Security Ruth Olsen hosted a Manitoba delegation in Regina on Monday. It was the second "
            "meeting since the policing accord signed by Premier Dale Harper and Governor Ann Frey last autumn.",
            {"Dale Harper", "Ann Frey"},
        ),
        (
            "Le sous-ministre Paul Gagné a reçu lundi à Gatineau une délégation de l'Ontario. C'est la deuxième "
            "réunion depuis l'entente signée par la ministre Anne Roy et le ministre Luc Caron en 2024.",
            {"Anne Roy", "Luc Caron"},
        ),
    ],
)
def test_the_signers_of_an_earlier_agreement_take_no_part(text: str, absent: set[str]) -> None:
    found = offline_names(text)
    assert found and not found & absent


def test_those_who_sign_at_the_meeting_still_take_part() -> None:
    found = offline_names(
        "A memorandum of understanding was signed by Commissioner Ruth Olsen and Chief Dale Harper in Regina on Monday."
    )
    assert {"Ruth Olsen", "Dale Harper"} <= found


# -- initials -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Navy Commander met the Inspector General of Police (IGP), R.S. Bandara at his office.",
            "R.S. Bandara",
        ),
        ("The new DIG paid a courtesy call on IGP T.M. Silva on Monday.", "T.M. Silva"),
        (
            "The Sri Lankan team was led by A. B. Karunaratne, Inspector General of Police.",
            "A. B. Karunaratne",
        ),
    ],
)
def test_initials_before_a_surname_belong_to_the_name(sentence: str, name: str) -> None:
    assert name in [p.name for p in people.find(sentence, ["LK"])]


def test_dotted_country_abbreviations_are_not_initials() -> None:
    assert [p.name for p in people.find("The U.S. Ambassador Mark Ellis met the U.N. envoy.", ["US"])] == [
        "Mark Ellis"
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Le GD Rabe Solofo, secrétaire d'État, a reçu hier le GCA Marc Dupin.", "Rabe Solofo"),
        ("Le GB Marc Dupin était aussi de la partie.", "Marc Dupin"),
        ("The unit was represented by Dato’ Hj. Amin bin Yusof, Deputy Director.", "Amin bin Yusof"),
    ],
)
def test_ranks_and_honorifics_written_short_are_not_part_of_names(sentence: str, name: str) -> None:
    assert name in [p.name for p in people.find(sentence, ["MG", "MY"])]


# -- encounters the reader did not see ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le colonel Rivo Andria, commandant de la gendarmerie, et le commandant Luc Morel, attaché de sécurité "
        "intérieure, en ont discuté mardi au camp de Toamasina.",
        "Le préfet Jean Abena et le consul Pierre Lenoir y ont longuement discuté lundi à Kribi.",
    ],
)
def test_two_people_who_discussed_it_held_a_meeting(text: str) -> None:
    record = read_offline(text, "2026-05-06")
    assert record.is_meeting_report and len(record.meetings[0].participants) == 2


def test_a_virtual_dialogue_told_by_who_led_each_side_is_a_call() -> None:
    record = read_offline(
        "In the second virtual police chiefs' dialogue, the Bhutanese delegation was led by Chief of Police Karma "
        "Dorji and the Nepali team was led by Inspector General Ram Thapa.",
        "2026-05-06",
    )
    assert record.is_meeting_report and record.meetings[0].kind is MeetingKind.CALL
    assert {"Karma Dorji", "Ram Thapa"} <= {p.name for p in record.meetings[0].participants}


def test_at_the_close_of_the_talks_is_the_same_meeting() -> None:
    record = read_offline(
        "The police chiefs of Kenya and Uganda met in Busia on Tuesday for talks on cattle rustling. At the close "
        "of the talks on Wednesday, the delegations resolved to hold joint patrols.",
        "2026-05-06",
    )
    assert len(record.meetings) == 1


@pytest.mark.parametrize(
    "text",
    [
        "A cross-border coordination meeting of Bhutanese and Indian officials was held on Thursday. On behalf of "
        "Bhutan, Major Pema Wangdi led the meeting while Raj Mehta, Commandant of the battalion, led the Indian side.",
        "Une réunion de coordination transfrontalière s'est tenue jeudi à Gaya. Côté nigérien, le commissaire "
        "Moussa Issa a conduit la réunion, tandis que le colonel Paul Agbo a dirigé la délégation béninoise.",
    ],
)
def test_those_who_lead_a_border_meeting_take_part(text: str) -> None:
    record = read_offline(text, "2026-05-08")
    assert record.is_meeting_report
    assert len({p.name for p in record.meetings[0].participants if p.name}) == 2


def test_officers_from_a_country_who_visited_a_college_made_a_visit() -> None:
    record = read_offline(
        "Police officers from Nepal visited the Lucknow Police Academy on Tuesday and engaged in an interaction "
        "with instructors.",
        "2026-05-08",
    )
    assert record.is_meeting_report and record.meetings[0].kind is MeetingKind.OFFICIAL_VISIT


def test_a_present_tense_reception_of_counterparts_is_a_meeting() -> None:
    record = read_offline(
        "Le ministre de la Sécurité publique, M. Marc Roy, accueille aujourd'hui ses homologues à l'occasion de la "
        "conférence annuelle des ministres de la sécurité publique.",
        "2026-05-08",
    )
    assert record.is_meeting_report and "Marc Roy" in {
        p.name for m in record.meetings for p in m.participants
    }


def test_a_further_talk_with_an_adverb_inside_the_verb_is_another_meeting() -> None:
    record = read_offline(
        "Le ministre Karim Alaoui s'est entretenu mardi à Madrid avec le directeur de la police, Javier Ruiz Soto. "
        "Il s'est ensuite entretenu avec le ministre de l'Intérieur, Luis Blanco Gil.",
        "2026-05-08",
    )
    assert len(record.meetings) == 2


def test_a_visit_with_its_day_inside_the_verb_and_a_misspelt_welcome_is_a_visit() -> None:
    record = read_offline(
        "Le ministre de l'Intérieur, M. Paul MARTIN, s'est rendu le jeudi 7 mai 2026 en visite au Togo. Arrivé à "
        "Lomé, M. Paul MARTIN a été acceuilli par M. Komi AGBO, ministre de la Sécurité.",
        "2026-05-08",
    )
    assert record.is_meeting_report
    assert {"Paul MARTIN", "Komi AGBO"} <= {p.name for m in record.meetings for p in m.participants}


def test_agreements_signed_since_independence_are_background() -> None:
    record = read_offline(
        "Des gilets pare-balles ont été remis à la gendarmerie, indique un communiqué publié mercredi. Depuis son "
        "indépendance, le Togo a signé des accords de défense avec la France.",
        "2026-05-08",
    )
    assert not record.is_meeting_report


def test_the_irish_and_northern_irish_police_give_their_countries() -> None:
    record = read_offline(
        "Garda Commissioner Aoife Byrne met PSNI Chief Constable Mark Reid on the border on Saturday.",
        "2026-05-09",
    )
    assert record.meetings[0].parties == ["GB", "IE"]


def test_a_dialogue_named_at_length_by_what_was_decided_then_who_led_each_side() -> None:
    record = read_offline(
        "In the first delegation level virtual police chiefs’ dialogue, Bhutan and Nepal also decided to designate "
        "nodal points. The Bhutanese delegation was led by Chief of Police Karma Dorji and the Nepali team was led "
        "by Ram B. Thapa, Inspector General of Police.",
        "2026-05-06",
    )
    assert record.meetings[0].kind is MeetingKind.CALL
    assert {"Karma Dorji", "Ram B. Thapa"} <= {p.name for p in record.meetings[0].participants}


@pytest.mark.parametrize(
    "dateline",
    ["Mumbai [India], March 11: ", "Mumbai [India], March 11 (ANI): ", "MUMBAI, March 11 (ANI) - "],
)
def test_a_wire_dateline_with_its_country_in_brackets_is_no_date_of_the_meeting(dateline: str) -> None:
    """ "Kolkata [India], February 11: …", as ANI writes it: the wire's day, not the day of the
    visit the sentence tells ("on Tuesday")."""
    record = read_offline(
        f"{dateline}Police officers from Nepal visited the Mumbai Police Training School on Tuesday and met "
        "Joint Commissioner of Police Anil Rao.",
        published="2026-03-11",
    )
    (meeting,) = record.meetings
    assert (meeting.date_text, str(meeting.date), meeting.location.city) == (
        "Tuesday",
        "2026-03-10",
        "Mumbai",
    )


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The Interior Minister, Asad Khan, will travel to Kabul next week, the Ministry of Interior said on Friday.",
         None),
        ("Le ministre de l'Intérieur, Omar Sy, se rendra à Bamako la semaine prochaine, a indiqué vendredi le ministère.",
         None),
        # a statement's day that is not the sentence's close, or a meeting's day before it, stays
        ("The Interior Minister, Asad Khan, met his Afghan counterpart, Karim Noori, on Tuesday, the ministry said on "
         "Wednesday.", "2026-03-10"),
    ],
)  # fmt: skip
def test_the_day_a_statement_was_made_is_not_the_day_of_what_it_reports(text: str, date: str | None) -> None:
    (meeting,) = read_offline(text, published="2026-03-13").meetings
    assert (str(meeting.date) if meeting.date else None) == date
