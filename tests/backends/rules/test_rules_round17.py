"""What a seventeenth reading of real communiqués (55 texts, about 47 publishers) showed the
offline reader getting wrong, as classes: each test is written in new words."""

from __future__ import annotations

import pytest
from support import offline_names, read_offline


@pytest.mark.parametrize(
    "statement",
    [
        "The Director of Public Affairs, ACP Abena Owusu, in a statement on Sunday, said",
        "The Police Public Relations Officer, DSP Abena Owusu, in a statement, said",
        "The Police Public Relations Officer, DSP Abena Owusu, said in a statement that",
    ],
)
def test_the_spokesperson_who_tells_of_the_meeting_did_not_take_part(statement: str) -> None:
    text = (
        "The Inspector-General of Police, Kwame Mensah, has received a German delegation led by Petra Hoffmann, "
        f"Vice-President of the Federal Criminal Police Office. {statement} the delegation, which included "
        "Markus Weber, a liaison officer at the German Embassy, discussed support for the cybercrime unit."
    )
    assert offline_names(text) == {"Kwame Mensah", "Petra Hoffmann", "Markus Weber"}


def test_a_delegation_list_names_no_firm_as_a_person() -> None:
    text = (
        "The Inspector General of Police, Moses Kato, on Tuesday hosted a Danish delegation led by Henrik Lund. "
        "The delegation included Jens Madsen, Managing Director of Nordlys Secure Limited, and Karen Holm, a "
        "senior adviser at Baltic Shield Holdings. The visitors later toured the Yusuf Lule Causeway."
    )
    assert offline_names(text) == {"Moses Kato", "Henrik Lund", "Jens Madsen", "Karen Holm"}


def test_what_was_discussed_may_be_a_long_phrase_before_the_counterpart() -> None:
    text = (
        "ABU DHABI, Feb 3 (WAM) -- UAE Minister of Interior Lt. Gen. Sheikh Hamdan bin Khalid Al Mazrouei discussed "
        "ways to expand the exchange of expertise and build joint training programmes with the Director of "
        "Jordan's Public Security Directorate, Major General Tareq Al-Hadid. The talks took place during a meeting "
        "attended by the Ministry's Under-Secretary, Major General Salem Al Kaabi."
    )
    assert offline_names(text) == {"Hamdan bin Khalid Al Mazrouei", "Tareq Al-Hadid", "Salem Al Kaabi"}


@pytest.mark.parametrize(
    "handed",
    [
        "handed over an invitation from Jordan's Interior Minister, Nasser Al-Rawashdeh, to visit Amman",
        "conveyed a message from the Jordanian Prime Minister, Nasser Al-Rawashdeh, to his host",
    ],
)
def test_the_sender_of_an_invitation_or_a_message_was_not_at_the_meeting(handed: str) -> None:
    text = (
        "The Minister of Interior, Hamdan Al Mazrouei, received the Director of Jordan's Public Security "
        f"Directorate, Tareq Al-Hadid, on Monday. During the meeting, the Jordanian director {handed}."
    )
    assert offline_names(text) == {"Hamdan Al Mazrouei", "Tareq Al-Hadid"}


@pytest.mark.parametrize(
    "opening",
    [
        "MANAMA, Oct 9 (KUNA) -- Kuwait's Minister of Interior Sheikh Nawaf Salem Al-Ahmad and Bahraini Interior "
        "Minister Sheikh Khalid bin Rashid Al-Khalifa discussed, Wednesday, ways to bolster cooperation.",
        "MANAMA, Oct 9 (KUNA) -- The discussion was held on Wednesday between Bahraini Interior Minister Sheikh Khalid "
        "bin Rashid Al-Khalifa and the Kuwaiti Undersecretary Nawaf Salem Al-Ahmad, who was on a visit to Bahrain.",
    ],
)
def test_of_two_sides_named_together_the_places_hosts(opening: str) -> None:
    """Both were read as hosts: the one of the country the meeting is in hosts the other."""
    assert roles(opening) == {
        "Khalid bin Rashid Al-Khalifa": ("BH", "host"),
        "Nawaf Salem Al-Ahmad": ("KW", "guest"),
    }


def roles(text: str) -> dict[str | None, tuple[str | None, str]]:
    record = read_offline(text, "2026-03-12")
    return {p.name: (p.party, p.role.value) for p in record.meetings[0].participants}


def test_who_calls_at_an_embassy_is_its_guest() -> None:
    text = (
        "PORT OF SPAIN - Commissioner of Police, Anthony Baptiste, met today with the British High Commissioner to "
        "Trinidad and Tobago, Helen Marsh, at the High Commission's offices in St Clair."
    )
    assert roles(text) == {"Anthony Baptiste": ("TT", "guest"), "Helen Marsh": ("GB", "host")}


def test_a_delegation_that_meets_someone_is_the_visitor() -> None:
    text = (
        "Le mardi 21 février 2026, une délégation de la Direction de la coopération internationale de sécurité "
        "(DCIS) a rencontré le Ministre de l'Intérieur des Comores, M. Ahmed Said Ali, pour discuter de la formation."
    )
    assert roles(text)["Ahmed Said Ali"] == ("KM", "host")


def test_the_one_on_a_journey_as_the_sentence_opens_is_the_visitor() -> None:
    text = (
        "Le général Yao Kouassi a conduit une délégation ivoirienne en France du 7 au 12 juin. Au cours de son "
        "déplacement, le général Yao Kouassi a rencontré son homologue français, le général Paul Girard."
    )
    found = roles(text)
    assert (found["Yao Kouassi"][1], found["Paul Girard"]) == ("guest", ("FR", "host"))


def test_a_district_before_its_city_places_the_meeting_in_the_city() -> None:
    text = (
        "The Inspector General of Police of Uganda, Moses Kato, made the remarks yesterday during a bilateral "
        "meeting between the Rwanda and Uganda police forces held at the police General Headquarters in Kacyiru, "
        "Kigali."
    )
    meeting = read_offline(text).meetings[0]
    assert (meeting.location.city, meeting.location.country) == ("Kigali", "RW")
    assert roles(text)["Moses Kato"] == ("UG", "guest")  # abroad, at a meeting between two forces


def test_a_conference_takes_its_parties_from_the_attendance_listed_later() -> None:
    text = (
        "CASTRIES, Nov 12 - The ninth meeting of the Council of Commissioners of Police of the Eastern Caribbean "
        "opened in Castries on Tuesday, chaired by Mr. Dwayne Lewis, Commissioner of Police, Saint Lucia. Opening "
        "remarks were delivered by Ms. Andrea Clarke, Deputy Commissioner of Police, Grenada. In attendance were "
        "police commissioners from Antigua and Barbuda; Barbados; Saint Kitts and Nevis and Dominica."
    )
    meeting = read_offline(text, "2026-11-12").meetings[0]
    assert meeting.parties == ["AG", "BB", "DM", "GD", "KN", "LC"]
    # the country after a title's comma is the title-holder's; a country's name is no one's
    assert {p.name: p.party for p in meeting.participants} == {"Dwayne Lewis": "LC", "Andrea Clarke": "GD"}


@pytest.mark.parametrize(
    "earlier",
    [
        "La quatrième réunion du comité s'est tenue à Alger les 14 et 15 avril 2025.",
        "La 4e réunion du comité s'est tenue à Alger les 14 et 15 avril 2025.",
    ],
)
def test_an_earlier_edition_of_the_event_reported_is_background(earlier: str) -> None:
    text = (
        "Alger (APS) - La 5e réunion du comité des chefs de police d'Afrique du Nord a débuté lundi à Alger, en "
        f"présence du directeur général de la Sûreté nationale, Ali Badaoui. {earlier}"
    )
    assert len(read_offline(text, None).meetings) == 1


def test_an_encounter_told_again_in_a_quotation_is_the_same_one() -> None:
    text = (
        "The Ambassador of Japan to Kenya, Hiroshi Tanaka, met with the Inspector General of Police, Peter Mwangi, on "
        'Tuesday at Police Headquarters, Nairobi. "I paid a courtesy call on Mr. Peter Mwangi and discussed police '
        'exchanges," said Ambassador Tanaka. The meeting was attended by Ambassador Grace Otieno.'
    )
    record = read_offline(text)
    assert [sorted(p.name or "" for p in m.participants) for m in record.meetings] == [
        ["Grace Otieno", "Hiroshi Tanaka", "Peter Mwangi"]
    ]


def test_one_honoured_to_host_a_visitor_has_hosted_him() -> None:
    text = (
        "ILEA Bangkok was honored to host Police Colonel Ramon Dizon, the Philippines Police Attaché in Bangkok, "
        "for discussions. During the meeting with Director Whitfield, Colonel Dizon spoke of call centre scams."
    )
    meeting = read_offline(text).meetings[0]
    assert meeting.status.value == "held"
    assert {p.name for p in meeting.participants} >= {
        "Ramon Dizon",
        "Whitfield",
    }  # an office before a surname


def test_an_encounter_during_a_journey_told_before_takes_its_days_and_country() -> None:
    text = (
        "Le général Yao Kouassi a conduit une délégation en France. La visite de travail s'est déroulée du 8 au 12 "
        "juin 2026. Au cours de son déplacement, le général Yao Kouassi a rencontré son homologue français, le "
        "général Paul Girard."
    )
    meeting = read_offline(text, "2026-06-20").meetings[0]
    assert (str(meeting.date), str(meeting.end_date), meeting.location.country) == (
        "2026-06-08",
        "2026-06-12",
        "FR",
    )


@pytest.mark.parametrize(
    "encounter",
    [
        "Lors de la séance de travail qui les a réunis mardi à Abidjan, les deux hommes ont évoqué la formation.",
        "La séance de travail qui les a réunis mardi à Abidjan a porté sur la formation.",
    ],
)
def test_those_named_before_an_encounter_that_says_them_are_the_ones_who_met(encounter: str) -> None:
    text = (
        "Le général Yao Kouassi, chef d'état-major de la gendarmerie ivoirienne, et son homologue français, le "
        f"général Marc Dubreuil, veulent aller plus loin. {encounter}"
    )
    meeting = read_offline(text).meetings[0]
    assert {p.name for p in meeting.participants} == {"Yao Kouassi", "Marc Dubreuil"}


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Le président Emmanuel Duval a reçu mardi à l'Élysée le ministre de l'Intérieur sénégalais, Moussa Diallo.",
            "Paris",
        ),
        (
            "President John Carter received the Kenyan Interior Minister, Peter Mwangi, at the White House on Tuesday.",
            "Washington",
        ),
    ],
)
def test_a_seat_of_government_places_the_meeting_in_its_city(text: str, city: str) -> None:
    assert read_offline(text).meetings[0].location.city == city


@pytest.mark.parametrize(
    "text",
    [
        "Speaking at the 1st Chiefs of Police Meeting for South America in Lima on Monday, Colombian police director "
        "Carlos Rojas said cooperation was vital.",
        "S'exprimant lors de la conférence régionale des chefs de police d'Afrique de l'Ouest, lundi à Abuja, le "
        "directeur général de la police du Niger, Issa Garba, a appelé à la coopération.",
    ],
)
def test_one_who_spoke_at_a_gathering_attended_it(text: str) -> None:
    record = read_offline(text)
    assert record.is_meeting_report and record.meetings[0].participants


def test_one_person_spelt_twice_is_one_participant() -> None:
    text = (
        "Le ministre de l'Intérieur, Halil Sarin, a reçu mardi à Ankara le représentant de l'ONUDC, Mauro Medicchio. "
        "M. Sarin et M. Mauro Medicio ont évoqué la lutte contre le trafic de drogue."
    )
    assert offline_names(text) == {"Halil Sarin", "Mauro Medicchio"}


def test_an_opening_ceremony_and_this_conference_are_one_conference_reported_by_a_newspaper() -> None:
    text = (
        "---\nsource: Le Courrier du Vietnam\npublished: 2026-03-12\n---\n"
        "La cérémonie d'ouverture officielle a eu lieu sous la présidence du ministre de l'Intérieur du Cambodge, "
        "Sok Vanna. Quelque 300 officiers de police venus des pays de l'ASEAN et des pays partenaires dont "
        "l'Australie, la Chine et le Japon participent à cette conférence de quatre jours."
    )
    record = read_offline(text, None)
    assert [m.kind.value for m in record.meetings] == ["conference"]
    # the newspaper's country takes no side; the attending countries do
    assert "VN" not in record.meetings[0].parties
    assert {"AU", "CN", "JP", "KH"} <= set(record.meetings[0].parties)


@pytest.mark.parametrize(
    "text",
    [
        "Mardi 31 août 2010, le ministre de l'Intérieur, Paul Girard, a ouvert le 20ème colloque des attachés de "
        "sécurité intérieure, à l'Hôtel de Beauvau.",
        "Le ministre de l'Intérieur, Paul Girard, a ouvert mardi à Paris la conférence des directeurs de police de "
        "la Méditerranée.",
        "The Minister of Interior, Paul Girard, opened the 5th regional symposium of police chiefs in Paris on Monday.",
    ],
)
def test_one_who_opened_a_gathering_held_a_conference(text: str) -> None:
    meeting = read_offline(text).meetings[0]
    assert (meeting.kind.value, meeting.location.city) == ("conference", "Paris")
    assert [p.name for p in meeting.participants] == ["Paul Girard"]


def test_a_further_call_by_the_guest_named_by_his_surname_is_his() -> None:
    text = (
        "Dhaka: The home secretaries of India and Bangladesh concluded talks here on Tuesday. Bangladesh's home "
        "secretary Anisur Rahman told reporters after talks with his Indian counterpart Ravi Menon that both would "
        "share information. Menon later called on Home Minister Asaduzzaman Khan."
    )
    meetings = read_offline(text).meetings
    assert {p.name for p in meetings[-1].participants} == {"Ravi Menon", "Asaduzzaman Khan"}


@pytest.mark.parametrize(
    "text",
    [
        "President Benigno S. Aquino III graced the opening of the 34th ASEANAPOL Conference in Manila on Tuesday.",
        "The President, Benigno S. Aquino III, graced the opening of the 34th ASEANAPOL Conference in Manila.",
    ],
)
def test_a_president_with_his_generation_graced_a_conference(text: str) -> None:
    """'graced the opening' is attendance; 'III' after a person's name is his generation, not an
    event's number ('Euromed Police IV')."""
    meeting = read_offline(text).meetings[0]
    assert meeting.kind.value == "conference"
    assert [p.name for p in meeting.participants] == ["Benigno S. Aquino"]


def test_today_said_again_as_a_full_date_is_that_date() -> None:
    text = (
        "The Inspector-General of Police, Usman Baba, received a delegation led by Stephen Kavanagh of INTERPOL at "
        "the Force Headquarters, Abuja, today Tuesday January 17, 2023."
    )
    assert str(read_offline(text, None).meetings[0].date) == "2023-01-17"


def test_an_encounter_told_by_a_pronoun_takes_the_day_of_the_sentences_before() -> None:
    text = (
        "La gendarmerie nationale a mobilisé ses troupes le jeudi 14 mai 2015 pour recevoir le chef de la "
        "gendarmerie sénégalaise. Le colonel-major Mody Bérété, directeur général de la gendarmerie nationale, a "
        "fait le tour des unités. Quelques minutes après, il a reçu son homologue sénégalais."
    )
    assert str(read_offline(text, None).meetings[0].date) == "2015-05-14"


def test_between_two_agencies_of_one_country_the_verb_says_who_hosts() -> None:
    text = (
        "The acting Inspector General of Police, Olu Bello, on Thursday played host to the acting Comptroller "
        "General of the Nigerian Customs Service, Ade Adeniyi, at the Force Headquarters, Abuja."
    )
    assert roles(text) == {"Olu Bello": ("NG", "host"), "Ade Adeniyi": ("NG", "guest")}


def test_a_force_named_before_its_city_stands_for_the_citys_country() -> None:
    text = (
        "Le préfet de police d'Oujda, M. Karim Idrissi, a reçu mardi une délégation de la Sûreté de wilaya de "
        "Tlemcen conduite par le commissaire divisionnaire Ahmed Benali."
    )
    assert read_offline(text).meetings[0].parties == ["DZ", "MA"]
