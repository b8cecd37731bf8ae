"""Classes of misreading found on real English pages not read before (read58en, the train half of a train/test
split). Every sentence invented."""

from __future__ import annotations

import datetime as dt

import pytest
from support import offline_names, only_meeting, read_offline

from communique.schema import MeetingKind, Status


# the day of the statement that tells of the talks, after "according to": the day it was said, not a second encounter
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The Greek and Albanian public order ministers discussed border crossings in recently held talks, "
            "according to an official statement on June 4. The meeting via video link was held on June 2 between "
            "Nikos Stavrou and his Albanian counterpart Ilir Hoxha, the ministry said.",
            "2026-06-02",
        ),
        (
            "The customs chiefs of Ghana and Togo met at the Aflao border post on Thursday to review joint patrols, "
            "according to a statement released on Saturday by the Ghana Revenue Authority. The Ghanaian side was led "
            "by Commissioner Kwame Asante.",
            "2026-06-04",
        ),
    ],
)
def test_a_statement_s_day_after_according_to_is_no_encounter(text: str, day: str) -> None:
    meeting = only_meeting(text, "2026-06-08")
    assert meeting.date == dt.date.fromisoformat(day)


# the day someone took up office, told of in passing, is not the day of the meeting the sentence tells
@pytest.mark.parametrize(
    "text",
    [
        "Commissioner Peter Mwangi, the new head of the border police who took office on March 2, welcomed the "
        "Ugandan police attaché, Grace Nakato, at the force's headquarters in Nairobi on Tuesday.",
        "Interior Minister Sara Lindholm, who was sworn in on March 2, met the French ambassador, Paul Garnier, in "
        "Helsinki on Tuesday to discuss police cooperation.",
    ],
)
def test_the_day_someone_took_office_does_not_date_the_meeting(text: str) -> None:
    assert only_meeting(text, "2026-05-14").date == dt.date(2026, 5, 12)


# a spokesman named right before his "said" tells of the talks; he is not at them
@pytest.mark.parametrize(
    ("text", "spokesman"),
    [
        (
            "The police chief, General Somchai Rattana, on Thursday received the Lao police attaché, Colonel "
            "Khamla Sithong, at the police headquarters in Bangkok, police spokesman Pol Maj-General Prasit Boonmee "
            "said.",
            "Prasit Boonmee",
        ),
        (
            "Minister Ruth Achieng met the Dutch ambassador, Jan de Vries, in Kampala on Thursday, the ministry's "
            "spokesperson Colonel Denis Okot told reporters.",
            "Denis Okot",
        ),
    ],
)
def test_a_spokesman_named_before_his_saying_is_no_participant(text: str, spokesman: str) -> None:
    names = {p.name for p in only_meeting(text).participants}
    assert spokesman not in names


# a person of an engagement the speaker referenced, held earlier elsewhere, is not at this meeting
def test_a_person_of_referenced_past_engagements_is_no_participant() -> None:
    names = offline_names(
        "The Inspector General of Police, Samuel Koroma, on Monday received a delegation of the Guinean police at "
        "the headquarters in Freetown. In his address, he referenced past engagements between the two forces, "
        "notably in Conakry, where he and Guinea's police chief, Mr Mamadou Camara, had briefed the President on a "
        "border plan. The delegation was led by Commissioner Ibrahima Sylla."
    )
    assert "Mamadou Camara" not in names
    assert {"Samuel Koroma", "Ibrahima Sylla"} <= names


# an agreement whose implementation is discussed was signed before: its participle tells no signing
@pytest.mark.parametrize(
    "text",
    [
        "Police Chief Major General Arman Petrosyan has held meetings with Europol Executive Director Anna Berg and "
        "Frontex Executive Director Luis Ortega. Petrosyan and Berg discussed the implementation of the provisions of "
        "the agreement signed between the Armenian police and Europol.",
        "Police Chief Major General Arman Petrosyan has held meetings with Europol Executive Director Anna Berg and "
        "Frontex Executive Director Luis Ortega. Petrosyan and Berg discussed the implementation of the memorandum "
        "of understanding signed between the Armenian police and Europol.",
    ],
)
def test_the_agreement_whose_implementation_is_discussed_was_not_signed_at_the_meeting(text: str) -> None:
    record = read_offline(text)
    # (one talk with each of the two directors, as en-1294 is labelled: neither a signing)
    assert [m.kind for m in record.meetings] == [MeetingKind.WORKING_MEETING] * 2


# a syndication copy's dateline whose day was left out, its comma kept: the place still
@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Addis Ababa, — A delegation from the Rwanda National Police has visited the headquarters of the "
            "Ethiopian Federal Police to learn about its command centre.",
            "Addis Ababa",
        ),
        (
            "Nairobi, — A delegation of the Tanzania Police Force has visited the headquarters of the National Police "
            "Service to study its forensic laboratory.",
            "Nairobi",
        ),
    ],
)
def test_a_dateline_without_its_day_places_the_visit(text: str, city: str) -> None:
    meeting = only_meeting(text)
    assert meeting.location.city == city


# a visit paid to hold talks is the visit: its kind is the visit's
@pytest.mark.parametrize(
    "text",
    [
        "A delegation of the Malawi Police Service visited the Zambia Police headquarters in Lusaka on Tuesday to "
        "engage in bilateral discussions on cattle rustling.",
        "A delegation of the Botswana Police Service visited the Namibian Police headquarters in Windhoek on Tuesday "
        "for talks on cross-border car theft.",
    ],
)
def test_a_visit_paid_to_hold_talks_is_an_official_visit(text: str) -> None:
    assert only_meeting(text).kind is MeetingKind.OFFICIAL_VISIT


# a trip under way this week, its meetings still to come
@pytest.mark.parametrize(
    "text",
    [
        "New Zealand's Police Commissioner, Mark Ellison, is travelling to Samoa this week on his first visit to the "
        "region. During the visit, Ellison plans to meet the Samoan Police Commissioner, Tala Faleolo, in Apia.",
        "Australia's Border Force Commissioner, Rhys Morgan, is travelling to Indonesia this week for talks with the "
        "head of Indonesian immigration, Budi Santoso, in Jakarta.",
    ],
)
def test_a_trip_this_week_announces_its_meetings(text: str) -> None:
    assert only_meeting(text).status is Status.ANNOUNCED


# a page's copy of its headline cut short at a width, between the headline and the text: furniture, as the headline
# repeated whole is, not the start of the text's first sentence
def test_a_headline_copy_cut_short_does_not_run_into_the_text() -> None:
    names = offline_names(
        "Ce que le chef de la police a proposé au ministre malien\n\nCe que le chef de la police a proposé au\n\n"
        "Politique | -\n\nimage article une\n\nAdama Keita, directeur général de la police, était à Bamako le 4 mai et "
        "s'est entretenu avec le ministre de la Sécurité, Oumar Traoré."
    )
    assert "Adama Keita" in names
