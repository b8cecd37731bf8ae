"""What the forty-sixth reading of real communiqués (issue 12: meetings the offline reader
misses) needs of it, each class written in new words: an encounter told only by the phrase
that frames what was said at it ("During his meeting, Tuesday, with X, …"), a call told by
its verb ("called his counterpart", « a téléphoné à son homologue »), the side of an envoy
named with his posting ("Chile's Ambassador to Austria"), ranks abbreviated with full stops
before a name, and capitalised words that are no one (an all-caps dateline, « Ad Hoc »)."""

from __future__ import annotations

import pytest
from support import offline_names, only_meeting, read_offline

from communique.schema import MeetingKind


@pytest.mark.parametrize(
    "text",
    [
        "Nairobi — The Cabinet Secretary for Interior, Amos Kiprono, underlined the value of police training "
        "exchanges.\n\nDuring his meeting, Tuesday, with the Rwandan High Commissioner to Kenya Alice Uwase, the "
        "envoy said that Kigali would host a course on forensic ballistics.",
        "During her talks on Friday with the visiting Zambian Inspector General, Lewis Banda, Commissioner Ruth "
        "Otieno said the two forces should share fingerprints.",
        "Le ministre de la Sécurité, Idrissa Kaboré, a salué la coopération avec le Ghana.\n\nLors de son "
        "entretien, vendredi, avec l'ambassadeur du Ghana, Kofi Mensah, le ministre a souhaité un meilleur "
        "contrôle des frontières.",
        "Au cours de sa rencontre, lundi, avec le commandant de la police fédérale suisse, Urs Keller, le "
        "directeur de la police, Mamadou Sy, a insisté sur la lutte contre la cybercriminalité.",
    ],
)
def test_an_encounter_told_only_by_the_phrase_framing_what_was_said_at_it(text: str) -> None:
    record = read_offline(text, published="2026-07-04")
    assert record.is_meeting_report
    meeting = record.meetings[0]
    assert meeting.date is not None  # the day in commas belongs to the encounter
    assert len({p.name for p in meeting.participants if p.name}) >= 2


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Interior Minister Karin Holm called her Danish counterpart Lars Berg on Friday to discuss gang violence "
         "in Malmö.", {"Karin Holm", "Lars Berg"}),
        ("Police Minister Tevita Latu telephoned his Fijian counterpart Jone Vuki on Sunday after the cyclone.",
         {"Tevita Latu", "Jone Vuki"}),
        ("Le ministre suisse de la Justice, Beat Moser, a appelé lundi son homologue italienne, Chiara Rossi, pour "
         "évoquer les passeurs dans les Alpes.", {"Beat Moser", "Chiara Rossi"}),
        ("Le ministre malien de la Sécurité, Oumar Diarra, a téléphoné dimanche à son homologue burkinabè, Paul "
         "Ouédraogo, après l'attaque d'un convoi.", {"Oumar Diarra", "Paul Ouédraogo"}),
    ],
)  # fmt: skip
def test_a_call_told_by_its_verb(text: str, names: set[str]) -> None:
    meeting = only_meeting(text, published="2026-07-07")
    assert meeting.kind == MeetingKind.CALL
    assert meeting.date is not None
    assert {p.name for p in meeting.participants} >= names


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a appelé ses homologues africains à une coopération accrue contre le terrorisme.",
        "The minister called on the public to report smuggling.",
    ],
)
def test_an_appeal_is_no_call(text: str) -> None:
    assert not read_offline(text, published="2026-07-07").is_meeting_report


@pytest.mark.parametrize(
    ("text", "envoy", "side", "posting", "posting_a_side"),
    [
        ("Chile's Ambassador to Austria, Rosa Pinto, met the Director of the Austrian Criminal Intelligence Service, "
         "Karl Huber, in Vienna on Monday.", "Rosa Pinto", "CL", "AT", True),
        ("The Korean Ambassador to Malaysia, Mr. Park Jin, made a visit to the ASEANAPOL Secretariat in Kuala Lumpur "
         "on 2 July 2026 and was welcomed by the Executive Director, Police Colonel Anan Chai.", "Park Jin", "KR",
         "MY", False),
        ("Nigeria's High Commissioner to the Netherlands, Bola Adeyemi, called on the Executive Director of Europol, "
         "Anne Visser, at the agency's headquarters in The Hague on Tuesday.", "Bola Adeyemi", "NG", "NL", False),
    ],
)  # fmt: skip
def test_an_envoy_is_on_the_side_that_sends_him_not_where_he_is_posted(
    text: str, envoy: str, side: str, posting: str, posting_a_side: bool
) -> None:
    meeting = only_meeting(text, published="2026-07-08")
    person = next(p for p in meeting.participants if p.name == envoy)
    assert (person.party, person.role) == (side, "guest")
    assert (posting in meeting.parties) is posting_a_side  # (the hosts of an international body are its own)
    assert all(p.party != posting for p in meeting.participants if p.role == "host") is not posting_a_side


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The delegation was welcomed by the Pol. Maj. Gen. Anan Srisuk, the Director, and Supt. Tan Boon Huat, "
         "Head of Planning.", {"Anan Srisuk", "Tan Boon Huat"}),
        ("Le directeur a reçu mardi le Col. Moussa Diallo, accompagné du Cdt. Fatou Ndiaye.",
         {"Moussa Diallo", "Fatou Ndiaye"}),
        ("The Commissioner, Mary J. Banda, received the Deputy Inspector General, John K. Mwale, on Monday.",
         {"Mary J. Banda", "John K. Mwale"}),
    ],
)  # fmt: skip
def test_ranks_abbreviated_with_full_stops_and_middle_initials_keep_the_name(
    text: str, names: set[str]
) -> None:
    assert offline_names(text) >= names


@pytest.mark.parametrize(
    ("text", "not_people"),
    [
        ("GROS ISLET, St Lucia – The annual meeting of the Association of Caribbean Commissioners of Police opened "
         "today, with Commissioner Ruth Alexis in the chair.", {"GROS ISLET"}),
        ("The Ad Hoc Working Group on maritime crime met in Apia on Monday, chaired by Samoa's Police Commissioner "
         "Tala Faleolo.", {"Ad Hoc", "Ad Hoc Working Group"}),
        ("Le Comité Ad Hoc de suivi s'est réuni jeudi à Lomé sous la présidence du général Kossi Agbo.",
         {"Ad Hoc"}),
    ],
)  # fmt: skip
def test_an_all_caps_dateline_or_a_committees_name_is_no_one(text: str, not_people: set[str]) -> None:
    names = offline_names(text)
    assert names and not names & not_people


@pytest.mark.parametrize(
    ("text", "kind", "day", "names"),
    [
        ("Meeting between the Tonga Police and the Australian Federal Police Pacific Office\n\nDate: 3 July 2026\n"
         "Venue: Police Headquarters, Nuku'alofa\n\nPresent:\nTonga Police – Deputy Commissioner Sione Fifita\n"
         "Australian Federal Police – Superintendent Karen Walsh\n\nMatters discussed:\n1.\nJoint patrols at sea.\n",
         MeetingKind.WORKING_MEETING, "2026-07-03", {"Sione Fifita", "Karen Walsh"}),
        ("Réunion virtuelle entre la police togolaise et le Ghana Police Service\n\nDate : 1er juillet 2026\n"
         "Heure : 10 h\n\nParticipants :\n- pour le Togo : le commissaire Kossi Mensah ;\n- pour le Ghana : le "
         "superintendent Ama Owusu.\n\nPoints examinés :\n1. Les vols de motos.\n", MeetingKind.CALL, "2026-07-01",
         {"Kossi Mensah", "Ama Owusu"}),
    ],
)  # fmt: skip
def test_a_meeting_told_as_a_record_headed_by_its_name(
    text: str, kind: MeetingKind, day: str, names: set[str]
) -> None:
    meeting = only_meeting(text, published="2026-07-06")
    assert (meeting.kind, str(meeting.date)) == (kind, day)
    assert {p.name for p in meeting.participants} >= names


def test_a_headline_naming_a_meeting_with_no_record_under_it_and_a_header_date_stay_as_they_were() -> None:
    assert not read_offline(
        "Police meeting with residents postponed\n\nThe police said the town hall planned for Monday is postponed.",
        published="2026-07-06",
    ).is_meeting_report
    record = read_offline(
        "Date: 12 March 2026\n\nThe Minister of the Interior, Ali Diallo, received on Tuesday his Malian "
        "counterpart, Issa Keita.",
        published=None,
    )
    assert record.document.published is not None and str(record.document.published) == "2026-03-12"
