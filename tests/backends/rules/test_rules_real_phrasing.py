"""Phrasings seen in published communiqués that the reader missed or misread (issue 12,
second pass); every sentence here is invented."""

from __future__ import annotations

import pytest
from support import read_offline

from communique.backends.rules import people
from communique.backends.rules.cues import Relation
from communique.backends.rules.encounters import _meeting_cue
from communique.ingest import read_bytes
from communique.normalise.names import person_shaped
from communique.schema import Analysis


def read(text: str, published: str = "2026-05-14") -> Analysis:
    return read_offline(text, published)


def names(analysis: Analysis) -> list[list[str | None]]:
    return [[p.name for p in m.participants] for m in analysis.meetings]


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        (
            "Le ministre, Karim Haddad Slimani, a eu, ce lundi à Tunis, des entretiens avec son homologue.",
            Relation.WITH,
        ),
        (
            "Les deux directeurs ont, eu cette semaine à Rome, des entretiens avec leurs homologues.",
            Relation.WITH,
        ),
        (
            "Le ministre a accordé mardi une audience à l'ambassadeur du Brésil, Paulo Ramos Lima.",
            Relation.RECEIVES,
        ),
    ],
)
def test_verb_phrases_cut_by_commas_or_told_as_an_audience(sentence: str, relation: Relation) -> None:
    cue = _meeting_cue(sentence)
    assert cue is not None and cue[0] is relation


def test_a_statement_signed_by_its_author_is_not_a_signing() -> None:
    analysis = read(
        "Police arrested three suspects at Kumasi on Sunday. A statement signed by the Director of Public "
        "Affairs, ACP Ama Serwaa Owusu, said the suspects would be put before court."
    )
    assert not analysis.is_meeting_report


def test_a_recalled_encounter_is_background_whatever_its_date() -> None:
    analysis = read(
        "Le directeur général, Omar Saidi Benali, a reçu mardi à Rabat son homologue malien, Issa Konaté Diarra. "
        "Pour rappel, Omar Saidi Benali avait reçu en mai 2023 le colonel Moussa Touré Cissé."
    )
    assert names(analysis) == [["Omar Saidi Benali", "Issa Konaté Diarra"]]


def test_received_by_one_then_by_another_is_two_encounters() -> None:
    analysis = read(
        "Le chef de la police du Bénin, Luc Agossou Dossa, a été reçu lundi à Lomé par le ministre de la "
        "Sécurité, Yao Kodjo Amegan, puis par le directeur de la Police, Kossi Edem Tchala."
    )
    assert names(analysis) == [
        ["Luc Agossou Dossa", "Yao Kodjo Amegan"],
        ["Luc Agossou Dossa", "Kossi Edem Tchala"],
    ]
    assert len({(m.date, m.location.city) for m in analysis.meetings}) == 1  # the second takes the first's


def test_a_shorter_title_stands_for_the_lead_just_named() -> None:
    analysis = read(
        "Le Directeur général de la Police nationale, Abdou Sarr Ndiaye, a reçu lundi le chef de la police "
        "gambienne, Lamin Jallow Ceesay. Le Directeur général a également reçu mardi l'ambassadeur du Japon, "
        "Kenji Sato Mori."
    )
    assert [m[0] for m in names(analysis)] == ["Abdou Sarr Ndiaye", "Abdou Sarr Ndiaye"]


def test_this_was_on_dates_and_places_the_encounter_before_it() -> None:
    analysis = read(
        "Mr Ibrahim Conteh Bangura, the Inspector-General of Police of Sierra Leone, has paid a courtesy call "
        "on the IGP, Dr Kwame Owusu Asante.\n\nThis was on Tuesday, May 12, 2026, at the National Police "
        "Headquarters, Accra."
    )
    (meeting,) = analysis.meetings
    assert (meeting.date.isoformat() if meeting.date else None, meeting.location.city) == (
        "2026-05-12",
        "Accra",
    )
    assert {p.name: p.party for p in meeting.participants}["Kwame Owusu Asante"] != "SL"


def test_a_pronoun_stands_for_the_person_introduced_before_the_first_encounter() -> None:
    analysis = read(
        "Le ministre français de l'Intérieur, Paul Martin Girard, sera à Dakar dimanche. Il sera reçu par le "
        "ministre de l'Intérieur, Moussa Diop Faye."
    )
    assert names(analysis) == [["Paul Martin Girard", "Moussa Diop Faye"]]


def test_people_spoken_of_or_quoted_are_not_participants() -> None:
    analysis = read(
        "Le ministre, Ali Kaci Benyahia, a reçu lundi à Alger son homologue tunisien, Hedi Ben Salah. "
        "« Cette rencontre traduit la volonté des présidents, Karim Zeroual Amrani et Sami Ben Ammar », "
        "indique le communiqué. Le ministre a salué les efforts du président de la République, Karim Zeroual Amrani."
    )
    assert names(analysis) == [["Ali Kaci Benyahia", "Hedi Ben Salah"]]


@pytest.mark.parametrize(
    ("sentence", "name", "party"),
    [
        ("The minister called on US Ambassador to Pakistan John R. Miller on Monday.", "John R. Miller", "US"),
        ("Minister of Interior Prince Faisal bin Turki bin Saad received the delegation.", "Faisal bin Turki bin Saad",
         None),
        ("The Commissioner met NYPD Commissioner James O'Neill on Thursday.", "James O'Neill", None),
    ],
)  # fmt: skip
def test_names_behind_ranks_royal_titles_and_postings(sentence: str, name: str, party: str | None) -> None:
    found = {p.name: p.party for p in people.find(sentence, {"PK", "US", "SA"})}
    assert name in found
    if party:
        assert found[name] == party


def test_the_one_replaced_is_not_a_participant() -> None:
    found = people.find(
        "Nommé à la place de Jean-Paul Morel, démissionnaire, le ministre, Luc Bernard Roy, a reçu X.", {"FR"}
    )
    assert [p.name for p in found] == ["Luc Bernard Roy"]


@pytest.mark.parametrize(
    "name",
    ["Cabinet de la Présidence de la République", "Promotion de la Décentralisation", "Communauté des Etats",
     "Five Eyes", "VP Faisal"],
)  # fmt: skip
def test_offices_and_groups_are_not_person_shaped(name: str) -> None:
    assert not person_shaped(name)


def test_an_unnamed_office_holder_with_a_capitalised_title() -> None:
    assert people.unnamed_leader("The Home Secretary will ", set()) == ("Home Secretary", None, None)
    assert people.unnamed_leader("The minister stressed his keenness ", set()) is None
    assert people.unnamed_leader("arrived at the head of a security delegation ", set()) is None


def test_a_bracketed_wire_dateline_gives_the_date_and_the_city() -> None:
    source = read_bytes(
        b"LAHORE, (UrduPoint / Pakistan Point News - 12th Mar, 2026) :The IGP met a Turkish delegation on Wednesday."
    )
    assert (source.published.isoformat() if source.published else None, source.dateline) == (
        "2026-03-12",
        "LAHORE",
    )


def test_played_host_to_is_a_reception() -> None:
    cue = _meeting_cue(
        "The Inspector-General of Police on Thursday played host to the Comptroller General, Ade Bello Sani."
    )
    assert cue is not None and cue[0] is Relation.RECEIVES


def test_the_one_currently_visiting_is_the_guest() -> None:
    analysis = read(
        "Minister of State Hamad bin Nasser Al Thani met yesterday with the Under Secretary of Norway, "
        "Ola Berg Hansen, who is currently visiting the country."
    )
    roles = {p.name: p.role.value for p in analysis.meetings[0].participants}
    assert roles == {"Hamad bin Nasser Al Thani": "host", "Ola Berg Hansen": "guest"}


def test_a_meeting_held_during_a_conference_is_not_a_second_meeting() -> None:
    analysis = read(
        "The Secretary General of the Council, Omar Kamal Hassan, held talks on Thursday with the INTERPOL "
        "Secretary General, Luis Ortega Ruiz. The council said that the meeting was held during the regional "
        "conference, held in Singapore between 18 and 19 September."
    )
    assert len(analysis.meetings) == 1


def test_a_possessive_before_a_title_after_the_name_gives_the_party() -> None:
    found = people.find("Ana Ruiz Gomez, Europol's Executive Director, met the minister.", set())
    assert [(p.name, p.party) for p in found] == [("Ana Ruiz Gomez", "EUROPOL")]


def test_an_undated_meeting_takes_the_day_of_the_sentence_that_refers_back_to_it() -> None:
    analysis = read(
        "Le ministre français, Paul Roche Lenoir, a reçu son homologue ivoirien. Au sortir de cette audience qui "
        "a eu lieu ce vendredi à Paris, le ministre a salué le ministre ivoirien, Yao Kouassi Koffi."
    )
    assert len(analysis.meetings) == 1


def test_the_visitor_of_one_encounter_is_the_guest_of_the_next() -> None:
    analysis = read(
        "The Commissioner of the Fiji Police, Sitiveni Rabuka Tui, met the Australian Federal Police "
        "Commissioner, Reece Kershaw Dunn, in Canberra on Monday. He will meet the Minister for Home Affairs, "
        "Clare Louise O'Neil, on Friday."
    )
    roles = [{p.name: p.role.value for p in m.participants} for m in analysis.meetings]
    assert [r.get("Sitiveni Rabuka Tui") for r in roles] == ["guest", "guest"]


def test_talks_with_someone_new_in_the_presence_of_others_are_a_further_encounter() -> None:
    analysis = read(
        "Le directeur général, Omar Saidi Benali, a eu lundi à Paris des entretiens avec la directrice de la "
        "Sécurité intérieure, Claire Morel Dubois. Il a eu ensuite des entretiens avec le directeur de la Police "
        "nationale, Marc Henri Lefort, en présence d'une délégation de la DGSN."
    )
    assert [m[-1] for m in names(analysis)] == ["Claire Morel Dubois", "Marc Henri Lefort"]


def test_a_name_behind_a_long_chain_of_titles_and_honorifics_stays_whole() -> None:
    found = people.find(
        "His Excellency Interior Minister General Shaikh Rashid bin Abdullah Al Khalifa received the envoy.",
        {"BH"},
    )
    assert found[0].name == "Rashid bin Abdullah Al Khalifa"


def test_a_country_after_a_national_office_says_whose_office_it_is() -> None:
    assert people.clean_title("directeur général de la Sûreté nationale du Sénégal", {"MA", "SN"})[2] == "SN"


def test_a_recalled_encounter_does_not_place_the_meeting() -> None:
    analysis = read(
        "Le directeur général de la Police du Niger, Amadou Hassane Sidi, a été reçu mardi par le directeur "
        "général de la Sûreté nationale, Khalid Benjelloun Tazi, à Rabat. Pour rappel, Khalid Benjelloun Tazi "
        "avait reçu en 2022 le chef de la police nigérienne en visite à Niamey."
    )
    assert [(m.location.city, m.location.country) for m in analysis.meetings] == [("Rabat", "MA")]


def test_the_meetings_of_a_series_told_together_again_are_not_another_meeting() -> None:
    analysis = read(
        "The Minister of Interior, Ali Hassan Karim, met separately the US Ambassador, John Reed Hale, and the "
        "French Ambassador, Marc Olivier Brun. During his meeting with the ambassadors at the ministry, the "
        "minister stressed the fight against terrorism."
    )
    assert len(analysis.meetings) == 2


def test_a_joint_communique_signed_by_both_heads_is_a_signing() -> None:
    cue = _meeting_cue("A joint communique of resolutions was signed by the two police heads.")
    assert cue is not None


def test_called_on_a_side_to_act_is_not_a_visit() -> None:
    assert (
        _meeting_cue("Ali Reza Karimi called on the Turkish side to concentrate on arms smugglers.") is None
    )


def test_a_name_followed_by_its_office_in_one_run() -> None:
    found = people.find(
        "Hossein Zolfaghari met and held talks with Muhterem Ince Turkish Deputy Minister.", {"TR"}
    )
    assert [p.name for p in found] == ["Hossein Zolfaghari", "Muhterem Ince"]


def test_a_conference_centre_named_after_someone_is_not_a_participant() -> None:
    found = people.find(
        "Le ministre a présidé au Centre international des Conférences Mahatma Gandhi l'ouverture.", {"NE"}
    )
    assert found == []


def test_in_the_capital_places_the_meeting() -> None:
    analysis = read(
        "Interior Minister Ahmad Karimi Vahid hosted his Turkish counterpart Ali Demir Kaya in the capital Tehran."
    )
    assert analysis.meetings[0].location.city == "Tehran"


def test_during_his_meeting_with_names_the_counterpart_just_met() -> None:
    analysis = read(
        "Interior Minister Ali Demir Kaya welcomed his Iranian counterpart in Ankara on Monday. "
        "Kaya spoke of border security during his meeting with Iran's Reza Karimi Fazel."
    )
    assert names(analysis) == [["Ali Demir Kaya", "Reza Karimi Fazel"]]


def test_is_in_a_country_where_he_held_talks_makes_him_the_visitor() -> None:
    analysis = read(
        "The Inspector-General of Police, Dan Mugisha Karake, is in Tanzania where he held a bilateral meeting "
        "with his counterpart, Simon Juma Mrisho, on Monday."
    )
    roles = {p.name: p.role.value for p in analysis.meetings[0].participants}
    assert roles["Dan Mugisha Karake"] == "guest"


def test_an_office_and_its_country_name_someone_of_the_meeting_before() -> None:
    analysis = read(
        "The Minister of the Interior of Turkey Ali Demir Kaya met with an Iranian delegation headed by Reza "
        "Karimi Fazel, Deputy Interior Minister, in Ankara on Monday. While in Ankara, the Iranian deputy interior "
        "minister also met with his Turkish counterpart Murat Ince Yilmaz."
    )
    assert "Reza Karimi Fazel" in names(analysis)[1]
