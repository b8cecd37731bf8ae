"""What the forty-seventh reading of real communiqués (issue 12: meetings the offline reader
misses) needs of it, each class written in new words: a visit under way told by where the
visitor is and what for ("is in Apia to explore avenues of cooperation", « se trouve depuis
mardi à Lomé pour renforcer la coopération »), a gathering told « en conclave », a meeting
told only by the relative clause that dates it after the marker a recalled one shares (« lors
de la réunion de haut niveau …, qui s'est tenue jeudi »), a list of those present after
"Participating in the meeting were", a naval rank abbreviated before a name ("Rear Adm."), a
chief's session with his own newly appointed heads of units (no meeting), and a national
agency's name after another country's demonym ("the Lebanese Drug Enforcement Administration")."""

from __future__ import annotations

import pytest
from support import offline_names, only_meeting, read_offline

from communique.schema import MeetingKind


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        ("Samoa's Police Commissioner, Tala Faleolo, is in Nuku'alofa to explore avenues of cooperation with the "
         "Tonga Police on fisheries crime.", "Tala Faleolo"),
        ("The Director of the Zambia Police Service, Grace Mulenga, is in Lilongwe this week to strengthen ties "
         "with the Malawi Police Service.", "Grace Mulenga"),
        ("Le commandant de la gendarmerie béninoise, le général Codjo Houngbo, se trouve depuis mardi à Lomé pour "
         "renforcer la coopération avec la gendarmerie togolaise.", "Codjo Houngbo"),
        ("Le directeur de la police gabonaise, Serge Ndong, est au Cameroun pour explorer les pistes d'un "
         "partenariat contre le braconnage.", "Serge Ndong"),
    ],
)  # fmt: skip
def test_a_visit_under_way_told_by_where_the_visitor_is_and_what_for(text: str, visitor: str) -> None:
    meeting = only_meeting(text, published="2026-09-10")
    assert meeting.kind == MeetingKind.OFFICIAL_VISIT
    assert (visitor, "guest") in {(p.name, p.role) for p in meeting.participants}


@pytest.mark.parametrize(
    "text",
    [
        "Senegalese police officers are in Mali to strengthen the UN mission's patrols.",
        "Le siège de l'agence se trouve à Dakar pour renforcer la coopération régionale.",
    ],
)
def test_a_force_deployed_or_an_office_placed_somewhere_is_no_visit(text: str) -> None:
    assert not read_offline(text, published="2026-09-10").is_meeting_report


@pytest.mark.parametrize(
    ("text", "day", "sides"),
    [
        ("Des experts guinéens et sierra-léonais sont en conclave depuis lundi à Conakry pour préparer la "
         "délimitation de leur frontière.", "2026-09-07", {"GN", "SL"}),
        ("Customs and police officers from Zambia and Zimbabwe were in conclave at Chirundu on Tuesday to review "
         "smuggling across the bridge.", "2026-09-08", {"ZM", "ZW"}),
    ],
)  # fmt: skip
def test_a_gathering_told_in_conclave(text: str, day: str, sides: set[str]) -> None:
    meeting = only_meeting(text, published="2026-09-10")
    assert str(meeting.date) == day
    assert set(meeting.parties) >= sides


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Des patrouilles mixtes ont été décidées au cours de la réunion de haut niveau sur la sécurité "
         "transfrontalière, qui s'est tenue mardi à Rosso entre les gendarmeries du Sénégal et de la Mauritanie.",
         "2026-09-08"),
        ("Un mécanisme d'alerte a été retenu lors de la réunion de coordination des services de renseignement, qui "
         "s'est déroulée lundi à Niamey entre le Niger et le Tchad.", "2026-09-07"),
    ],
)  # fmt: skip
def test_a_meeting_dated_by_its_own_relative_clause_is_reported_not_recalled(text: str, day: str) -> None:
    meeting = only_meeting(text, published="2026-09-10")
    assert str(meeting.date) == day


def test_a_meeting_recalled_by_the_same_marker_with_no_day_stays_background() -> None:
    assert not read_offline(
        "Le ministre a rappelé les engagements pris lors de la réunion de Dakar, qui avait rassemblé les chefs de "
        "police de la région.",
        published="2026-09-10",
    ).is_meeting_report


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A trilateral meeting on people smuggling was held on Monday in Vienna.\n\nParticipating in the meeting "
         "were the Director of the Austrian Criminal Intelligence Service, Major General Karl Huber, the Hungarian "
         "police chief, Lieutenant General Laszlo Nagy, and the Slovak police president, Peter Kovac.",
         {"Karl Huber", "Laszlo Nagy", "Peter Kovac"}),
        ("La réunion tripartite sur la sécurité du fleuve s'est tenue jeudi à Gaya.\n\nParticipaient à la réunion "
         "le directeur de la police nigérienne, Amadou Issa, le commandant de la gendarmerie béninoise, Paul Dossou, "
         "et le directeur de la sécurité de l'État nigérian, Musa Bello.",
         {"Amadou Issa", "Paul Dossou", "Musa Bello"}),
    ],
)  # fmt: skip
def test_those_listed_after_what_they_took_part_in_took_part(text: str, names: set[str]) -> None:
    assert offline_names(text, published="2026-09-10") >= names


def test_a_naval_rank_abbreviated_with_a_full_stop_keeps_the_name() -> None:
    names = offline_names(
        "The Indonesian delegation was received by Rear Adm. Hana Kowalski and Cdre. Ian Price at the Coast "
        "Guard headquarters in Canberra on Monday.",
        published="2026-09-10",
    )
    assert names >= {"Hana Kowalski", "Ian Price"} and "Rear Adm" not in names


@pytest.mark.parametrize(
    "text",
    [
        "Le directeur général de la police, Jean Mbemba, a tenu mardi une séance de travail avec les nouveaux "
        "commandants de district, avant leur installation.",
        "Le chef d'état-major de la gendarmerie a réuni lundi les responsables d'unités nouvellement affectés à "
        "Kindu pour leur fixer leurs priorités.",
        "The Commissioner of Police, Ruth Tembo, on Friday met the newly appointed district commanders at the Police "
        "Headquarters in Lusaka.",
    ],
)
def test_a_chief_with_his_own_newly_appointed_heads_of_units_meets_no_one(text: str) -> None:
    assert not read_offline(text, published="2026-09-10").is_meeting_report


def test_a_national_agency_named_after_another_countrys_demonym_is_that_countrys() -> None:
    meeting = only_meeting(
        "The Interior Minister of Jordan, Samir Haddad, on Monday received the head of the Lebanese Drug "
        "Enforcement Administration, Colonel Fadi Khoury, in Amman.",
        published="2026-09-10",
    )
    assert set(meeting.parties) == {"JO", "LB"}
    assert {p.party for p in meeting.participants if p.name == "Fadi Khoury"} == {"LB"}
