"""Names, encounter words and parties as agencies write them (a fifth reading of real
communiqués); every sentence invented, none of them an eval case's."""

from __future__ import annotations

import pytest
from support import read_offline

from communique.backends.rules import people
from communique.normalise import names, places


def _names(text: str, published: str = "2026-03-12") -> list[str]:
    record = read_offline(text, published)
    return sorted(p.name for m in record.meetings for p in m.participants if p.name)


@pytest.mark.parametrize(
    "text",
    [
        # a building, a street or a square named after someone: no one taking part
        "The Commissioner of Police, Joseph Asante Mensah, received the Chief of the Togo Police, "
        "Col. Afi Kossi Adjo, at the Conference Hall, Samuel Osei Building, Police Headquarters, Kumasi, on Monday.",
        "The police chief, Peter Wambua Kioko, hosted the Tanzanian delegation led by Haruna Juma Said at "
        "the Amina Lwanga Tower, Nairobi, on Monday.",
        "Le ministre, M. Théodore Mba Ndong, a reçu lundi à Libreville son homologue tchadien, M. Idriss Hassan "
        "Abakar. À la Place Lucien Nzé, siège du ministère, ils ont évoqué la sécurité des frontières.",
    ],
)
def test_a_building_or_square_named_after_someone_is_not_a_participant(text: str) -> None:
    found = _names(text)
    assert len(found) == 2, found
    assert not any(
        word in " ".join(found) for word in ("Building", "Tower", "Place", "Osei", "Lwanga", "Nzé")
    )


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        ("Southeast Asian", False),  # a region's adjective
        ("Left Wing Extremism", False),  # a topic written with capitals
        ("Governance Carlos Mendoza Ruiz", False),  # an office's complement glued to the name
        ("Liaison Specialist Rafiq Hossain", False),
        ("AbdulRahman Qudah", True),  # a capital inside a given name
        ("McAllister Brown", True),
        ("Dewi R Kusuma", True),  # an initial without its full stop
        ("Md. Shafiqul Islam", True),  # an abbreviated given name
    ],
)
def test_person_shape_of_runs(run: str, expected: bool) -> None:
    assert names.person_shaped(run) is expected


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("Union Home Minister Shri Ramesh Pillai met the visiting delegation.", "Ramesh Pillai", None),
        ("Minister of State Smt. Kavita Rao received the envoy.", "Kavita Rao", None),
        (
            "The Chief of the National Police, Police General Drs. Agung Prasetyo, received the visitors.",
            "Agung Prasetyo",
            None,
        ),
        (
            "The Inspector-General of Police, IGP Ibrahim Sani Lawal NPM, fdc, received the delegation.",
            "Ibrahim Sani Lawal",
            None,
        ),
        (
            "Le Commandant de la Gendarmerie, le GDI Oumar Diallo, a reçu la délégation.",
            "Oumar Diallo",
            "Commandant de la Gendarmerie",
        ),
        (
            "The Director of Public Security, Major General AbdulRahman Qudah, met the ambassador.",
            "AbdulRahman Qudah",
            "Director of Public Security",
        ),
        (
            "Secretary of Homeland Security Laura B. Keane met Guatemalan Secretary of Governance Carlos Mendoza Ruiz.",
            "Carlos Mendoza Ruiz",
            None,
        ),
        (
            "Colombian Minister of Finance and Public Credit Laura Gómez Rey met the delegation.",
            "Laura Gómez Rey",
            None,
        ),
        (
            "The Commissioner of the Karachi Metropolitan Police, Md. Shafiqul Islam, received the envoy.",
            "Md. Shafiqul Islam",
            None,
        ),
        (
            "Also present was the Chief of the Narcotics Board, Commissioner General Dewi R Kusuma.",
            "Dewi R Kusuma",
            None,
        ),
    ],
)
def test_honorifics_post_nominals_and_ranks_leave_the_name_whole(
    sentence: str, name: str, title: str | None
) -> None:
    found = people.find(sentence, frozenset())
    match = [p for p in found if p.name == name]
    assert match, found
    if title is not None:
        assert match[0].title == title


def test_a_city_before_metropolitan_police_is_the_force_of_that_city() -> None:
    assert not any(m.organisation for m in places.mentions("the Karachi Metropolitan Police Commissioner"))
    assert any(m.organisation for m in places.mentions("the Metropolitan Police Commissioner"))


def test_a_lower_case_ambassador_is_of_the_country_before_the_title_not_of_the_posting() -> None:
    found = people.find(
        "The police chief discussed on Monday, with the French ambassador to Kenya, Claire Dubois, police training.",
        frozenset({"FR", "KE"}),
    )
    assert [(p.name, p.party) for p in found] == [("Claire Dubois", "FR")]


@pytest.mark.parametrize(
    "text",
    [
        "The Australian High Commissioner, Anne Whitfield, on Monday made a courtesy call on the Inspector "
        "General of Police, Kamal Hossain, at Police Headquarters.",
        "The 31st Conference of Pacific Police Chiefs ended in Suva on Friday with the adoption of a joint "
        "declaration, said the Commissioner of the Fiji Police Force, Semi Tuilau.",
        "Le ministre de la Sécurité, M. Abdou Karim Sall, préside ce lundi à Dakar la session annuelle des "
        "ministres chargés des frontières.",
        "Les chefs des polices des pays de la CEDEAO se réunissent à Abuja, les 3, 4 et 5 juin 2026, sous la "
        "conduite du ministre, M. Ibrahim Musa Dogo.",
        "La cérémonie d'ouverture a eu lieu mardi à Bamako sous la présidence du ministre, M. Daouda Traoré. "
        "Quelque 120 officiers participent à cette rencontre de deux jours.",
        "Le comité de pilotage s'est réuni mardi à Niamey, en présence du directeur général de la police, "
        "M. Souleymane Issa Garba.",
    ],
)
def test_encounters_told_by_their_chair_convening_opening_or_end_are_meetings(text: str) -> None:
    record = read_offline(text)
    assert record.is_meeting_report
    assert any(p.name for m in record.meetings for p in m.participants)


def test_a_gathering_convened_for_days_after_publication_is_announced() -> None:
    record = read_offline(
        "Les ministres de l'Intérieur du Sahel se réunissent à Niamey, les 3, 4 et 5 juin 2026, sous la "
        "présidence du ministre nigérien, M. Ali Mahamane Sani.",
        "2026-05-20",
    )
    assert record.is_meeting_report
    meeting = record.meetings[0]
    assert meeting.status.value == "announced"
    assert str(meeting.date) == "2026-06-03"
    assert str(meeting.end_date) == "2026-06-05"


def test_a_signing_told_again_by_its_instrument_is_one_meeting() -> None:
    record = read_offline(
        "Le ministre de l'Intérieur, M. Paul Kaboré, a signé jeudi à Niamey un accord de coopération policière "
        "avec le Niger. Le ministre burkinabè a signé cet accord avec son homologue nigérien, M. Hamidou Sani."
    )
    assert len(record.meetings) == 1
    assert {p.name for p in record.meetings[0].participants} >= {"Paul Kaboré", "Hamidou Sani"}


def test_an_encounter_reported_by_a_spokesman_is_the_same_and_the_spokesman_takes_no_part() -> None:
    record = read_offline(
        "Police General Eduardo Santos Lim, chief of the Philippine National Police, on Monday met his Korean "
        "counterpart in Seoul. Police Major Ana Cruz Reyes, the police spokesperson, said Lim met Commissioner "
        "General Park Min-jun to discuss the return of fugitives."
    )
    assert len(record.meetings) == 1
    named = {p.name for p in record.meetings[0].participants}
    assert "Park Min-jun" in named and "Ana Cruz Reyes" not in named


def test_a_list_with_an_ad_interim_title_is_one_sentence() -> None:
    record = read_offline(
        "On Friday in Tallinn, Estonian Interior Minister Mart Kask and Europol Executive Director a.i. Lena "
        "Horvath took part in the opening of a regional training centre."
    )
    assert {p.name for m in record.meetings for p in m.participants} == {"Mart Kask", "Lena Horvath"}


def test_a_conference_room_is_a_venue_not_a_conference() -> None:
    record = read_offline(
        "The Commissioner of Police, Joseph Asante Mensah, received the Chief of the Togo Police, Col. Afi "
        "Kossi Adjo, in the Main Conference Room of the Police Headquarters in Kumasi on Monday."
    )
    assert record.meetings[0].kind.value != "conference"


def test_those_representing_a_side_at_a_committee_take_part() -> None:
    record = read_offline(
        "Le comité mixte de coopération entre la police malienne et la police belge s'est réuni le 10 mars "
        "à Bamako. La police malienne a été représentée à cette rencontre "
        "par son directeur général, le général Modibo Koné, et la coopération belge par l'attaché de police, "
        "M. Luc Peeters."
    )
    assert {p.name for m in record.meetings for p in m.participants} >= {"Modibo Koné", "Luc Peeters"}


def test_equipment_presented_at_a_visit_is_an_outcome() -> None:
    record = read_offline(
        "The Inspector-General of Police, Usman Musa Bello, received the Ambassador of Japan, Kenji Sato, at "
        "Force Headquarters on Tuesday. The Ambassador presented patrol vehicles to the Force."
    )
    assert [o.type.value for o in record.meetings[0].outcomes] == ["other"]


@pytest.mark.parametrize(
    ("phrase", "topic"),
    [
        ("to dismantle drug cartels operating at the border", "organised_crime"),
        ("the arrest of members of fraud syndicates", "organised_crime"),
        ("the rise of online scam compounds in the region", "cybercrime"),
        ("the exchange of biometric data on travellers", "intelligence_sharing"),
    ],
)
def test_topics_as_agencies_word_them(phrase: str, topic: str) -> None:
    from communique.normalise.topics import topics_in

    assert topic in {t.value for t in topics_in(phrase)}


def test_australian_cities_and_the_homeland_security_secretary_place_and_side() -> None:
    assert any(m.city is not None for m in places.mentions("signed in Brisbane this week"))
    assert any(
        m.organisation is not None and m.organisation.country == "US"
        for m in places.mentions("Secretary of Homeland Security John Doe")
    )


def test_a_committee_of_two_gendarmeries_that_met_is_a_meeting() -> None:
    record = read_offline(
        "Le comité de suivi s'est réuni le 4 mars dernier pour évaluer la coopération entre la gendarmerie "
        "gabonaise et la gendarmerie française, en présence du général Brice Ondo Nzé."
    )
    assert record.is_meeting_report


def test_a_numbered_gathering_named_by_its_members_that_concluded_is_a_meeting() -> None:
    record = read_offline(
        "The 12th Pacific Islands Chiefs of Police (PICP) concluded on Friday with the adoption of a "
        "regional strategy on drug trafficking, said Commissioner Semi Tuilau."
    )
    assert record.is_meeting_report
    names_found = {p.name for m in record.meetings for p in m.participants if p.name}
    assert not any("Strategy" in n or "Protocol" in n for n in names_found)


def test_a_name_after_the_floor_and_tower_of_an_address_is_a_place() -> None:
    found = people.find(
        "The delegation led by Colonel Rafael Mendoza Cruz met the police chief at Level 12, Tower 2, "
        "Jalan Ampang, on Monday.",
        frozenset(),
    )
    assert [p.name for p in found] == ["Rafael Mendoza Cruz"]


def test_an_instrument_s_name_is_no_one_s() -> None:
    assert not names.person_shaped("Coordination Protocol")
    assert not names.person_shaped("Crisis Management")


def test_an_honorific_after_the_posting_leaves_the_ambassador_of_his_country() -> None:
    found = people.find(
        "The Inspector-General, Kabiru Musa Idris, received the British High Commissioner to Ghana, His "
        "Excellency, Thomas R. Hale.",
        frozenset({"GB", "GH"}),
    )
    hale = [p for p in found if p.name == "Thomas R. Hale"]
    assert hale and hale[0].party == "GB" and hale[0].title == "British High Commissioner to Ghana"


def test_office_holders_of_the_countries_of_a_body_and_the_delegations_expected_make_a_conference() -> None:
    record = read_offline(
        "Les chefs d'état-major des gendarmeries des pays du G5 Sahel se réunissent à Nouakchott, les 8, 9 et "
        "10 juin 2026, sous la présidence du ministre, M. Sidi Ould Cheikh. Des délégations du Mali, du Niger "
        "et du Tchad sont attendues.",
        "2026-05-30",
    )
    meeting = record.meetings[0]
    assert meeting.kind.value == "conference"
    assert {"ML", "NE", "TD"} <= set(meeting.parties)


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre de la Justice, M. Pierre Lemaire, a signé lundi un accord d'extradition avec son homologue "
        "marocain. Le ministre a signé lundi ce texte avec son homologue marocain, M. Karim Benslimane.",
        "Minister Anna Berg on Friday signed a police cooperation treaty with her Kenyan counterpart. The "
        "minister signed the treaty on Friday with her Kenyan counterpart, John Kamau Otieno.",
    ],
)
def test_a_counterpart_named_later_is_of_the_same_encounter(text: str) -> None:
    record = read_offline(text)
    assert len(record.meetings) == 1
