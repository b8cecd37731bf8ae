"""Outcomes, topics, kinds and sides, as a tenth reading of real communiqués found the reader
missing or misreading them; every sentence invented, none of them an eval case's."""

from __future__ import annotations

import pytest
from support import outcome_types, read_offline

from communique.normalise import places
from communique.normalise.topics import topics_in
from communique.schema import OutcomeType

# -- outcomes: instruments renewed or extended, meetings to come -----------------------------


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The two services renewed their working arrangement on the exchange of criminal records.",
         OutcomeType.AGREEMENT_SIGNED),
        ("Les deux directeurs ont reconduit le protocole d'accord sur la formation des enquêteurs.",
         OutcomeType.AGREEMENT_SIGNED),
        ("Les deux ministres ont convenu de renouveler la convention de coopération signée à Dakar.",
         OutcomeType.AGREEMENT_PLANNED),
        ("The chiefs agreed to extend the memorandum on joint border patrols to 2030.", OutcomeType.AGREEMENT_PLANNED),
        ("He said a declaration of intent would be formalised during the next visit.", OutcomeType.AGREEMENT_PLANNED),
        ("Les deux parties ont signé le relevé de conclusions de la réunion.", OutcomeType.AGREEMENT_SIGNED),
        ("The ministers endorsed a joint strategy against arms smuggling.", OutcomeType.OTHER),
        ("The council ratified the regional convention on mutual legal assistance.", OutcomeType.OTHER),
        ("Both commanders agreed to meet once a quarter in Kampala.", OutcomeType.FOLLOW_UP_PLANNED),
        ("It was agreed that the next ministerial meeting would be held in Lomé.", OutcomeType.FOLLOW_UP_PLANNED),
        ("A further round of technical talks would be held in Nairobi before June.", OutcomeType.FOLLOW_UP_PLANNED),
        ("The two forces agreed to appoint nodal officers in each border district.", OutcomeType.MECHANISM_CREATED),
    ],
)  # fmt: skip
def test_an_outcome_of_another_wording_is_read_with_its_type(sentence: str, kind: OutcomeType) -> None:
    assert outcome_types(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "A special meeting was held last week to prepare the visit.",
        "The agreement was extended in 2019 for five years.",
    ],
)
def test_a_meeting_or_an_instrument_of_the_past_is_no_outcome(sentence: str) -> None:
    assert outcome_types(sentence) == []


# -- topics in plain words ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "topic"),
    [
        (
            "Both ministers want faster information exchanges between their border posts.",
            "intelligence_sharing",
        ),
        ("They discussed organised crime, notably drugs, arms and stolen cars.", "drug_trafficking"),
        ("The police will trace the illicit proceeds of the fraud rings.", "money_laundering"),
        ("The protocol covers the sharing of registration and passport data.", "intelligence_sharing"),
        ("The two units will run coordinated operations along the lake shore.", "operational_cooperation"),
        ("Cross-boundary crime was the first item on the agenda.", "organised_crime"),
    ],
)
def test_a_topic_in_plain_words_is_read(passage: str, topic: str) -> None:
    assert topic in {found.value for found in topics_in(passage)}


def test_drugs_alone_are_no_topic() -> None:
    assert not topics_in("The drugs seized last year were destroyed in public.")


# -- an encounter named as the frame of what was agreed -------------------------------------


@pytest.mark.parametrize(
    ("text", "city", "topic"),
    [
        (
            "The border police of Kenya and Uganda agreed to share watch lists at the third joint meeting "
            "that ended in Kampala on Tuesday. They will also run joint patrols on Lake Victoria.",
            "Kampala",
            "operational_cooperation",
        ),
        (
            "Les polices du Niger et du Bénin ont décidé de créer des patrouilles mixtes lors de la réunion "
            "qui s'est achevée mardi à Niamey. L'échange de renseignements a aussi été abordé.",
            "Niamey",
            "intelligence_sharing",
        ),
    ],
)
def test_an_encounter_that_frames_an_agreement_is_the_meeting(text: str, city: str, topic: str) -> None:
    record = read_offline(text)
    assert record.is_meeting_report
    meeting = record.meetings[0]
    assert meeting.date is not None and meeting.location.city == city
    assert topic in {t.value for t in meeting.topics}


def test_macao_is_a_party() -> None:
    record = read_offline(
        "The Director of the Macau Judiciary Police, Mr Chan Wai-kei, received on Monday in Macao a delegation of the Philippine National Police "
        "led by Colonel Ramon Cruz to discuss online scams."
    )
    assert {"MO", "PH"} <= set(record.meetings[0].parties)


# -- a meeting held online is a call; its office-holders named in a later commitment ------------


@pytest.mark.parametrize(
    "text",
    [
        "The interior ministers of Kenya and Somalia held an online session on Friday on the return of suspects.",
        "Les directions de la police du Togo et du Ghana ont tenu jeudi une réunion en ligne sur la traite des enfants.",
    ],
)
def test_a_meeting_held_online_is_a_call(text: str) -> None:
    record = read_offline(text)
    assert [m.kind.value for m in record.meetings] == ["call"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The police chiefs of Nepal and India held talks in Kathmandu on Monday. The Inspector General "
            "of Nepal Police, Mr Dipak Thapa, and the Director of the Intelligence Bureau of India, Mr Arun Rao, "
            "agreed to exchange lists of wanted persons.",
            {"Dipak Thapa", "Arun Rao"},
        ),
        (
            "Les polices du Mali et de la Guinée se sont réunies mardi à Bamako. Le directeur général de la police "
            "malienne, M. Oumar Keïta, et le directeur de la police guinéenne, M. Sékou Condé, ont convenu "
            "d'ouvrir un poste frontalier commun.",
            {"Oumar Keïta", "Sékou Condé"},
        ),
    ],
)
def test_office_holders_named_in_a_later_commitment_take_part(text: str, names: set[str]) -> None:
    record = read_offline(text)
    assert names <= {p.name for m in record.meetings for p in m.participants}


# -- the demonym two Congos share, by the city the text is set in -----------------------------


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Le ministre congolais de l'Intérieur, M. Paul Ilunga, a reçu lundi à Kinshasa l'ambassadeur de France, "
         "M. Marc Roux, pour parler de la formation des policiers.", "CD"),
        ("Le ministre congolais de l'Intérieur, M. Paul Okemba, a reçu lundi à Brazzaville l'ambassadeur de France, "
         "M. Marc Roux, pour parler de la formation des policiers.", "CG"),
        ("The Congolese police chief, General Paul Ilunga, received the French ambassador, Mr Marc Roux, "
         "in Kinshasa on Monday.", "CD"),
    ],
)  # fmt: skip
def test_the_congolese_side_is_the_congo_of_the_city(text: str, side: str) -> None:
    parties = {p for m in read_offline(text).meetings for p in m.parties}
    assert side in parties and ({"CD", "CG"} - {side}).isdisjoint(parties)


# -- a headline that opens with a country places the meeting ---------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Niger : le ministre de l'Intérieur reçoit l'ambassadeur d'Italie\n"
         "Le ministre de l'Intérieur, M. Hamidou Sani, a reçu lundi l'ambassadeur d'Italie, M. Carlo Bassi, "
         "pour évoquer la lutte contre l'immigration irrégulière.", "NE"),
        ("Ghana: IGP receives Dutch envoy\n"
         "The Inspector-General of Police, Mr Kofi Boakye, on Monday received the Ambassador of the Netherlands, "
         "Mr Jan de Vries, to discuss training.", "GH"),
    ],
)  # fmt: skip
def test_a_country_opening_the_headline_is_the_hosts(text: str, country: str) -> None:
    meeting = read_offline(text).meetings[0]
    assert meeting.location.country == country and meeting.location.city is None
    assert country in meeting.parties


# -- a visit under way told by where the visitor is ------------------------------------------


@pytest.mark.parametrize(
    ("text", "guest", "host"),
    [
        ("The Commissioner General of the Zambia Police, Mr Lungu Mwale, is in Harare for talks with his "
         "Zimbabwean counterpart, Commissioner-General Tendai Moyo, on cattle rustling.", "ZM", "ZW"),
        ("Le directeur général de la police ivoirienne, M. Yao Kouassi, est à Accra pour discuter avec son "
         "homologue ghanéen, M. Kwame Mensah, de la cybercriminalité.", "CI", "GH"),
    ],
)  # fmt: skip
def test_a_visitor_in_a_city_to_discuss_is_on_a_visit(text: str, guest: str, host: str) -> None:
    meeting = read_offline(text).meetings[0]
    sides = {p.role.value: p.party for p in meeting.participants}
    assert sides == {"guest": guest, "host": host}


# -- an encounter named in a lead-in phrase, its two sides then committing ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lors d'une audience accordée jeudi à Rabat, le ministre marocain, M. Driss Alaoui, et son homologue "
        "malien, M. Bakary Diarra, ont aussi évoqué la situation au Sahel.",
        "Au cours d'un entretien mardi à Dakar, le ministre sénégalais, M. Moussa Fall, et son homologue "
        "gambien, M. Lamin Ceesay, ont par ailleurs convenu d'organiser des patrouilles mixtes.",
        "At the margins of the summit, the Kenyan minister, Mr John Kamau, and his Ugandan counterpart, "
        "Mr Paul Okello, also discussed cattle rustling.",
    ],
)
def test_two_sides_told_with_an_adverb_after_a_lead_in_meet(text: str) -> None:
    record = read_offline(text)
    assert record.is_meeting_report and len(record.meetings[0].parties) == 2


# -- a signing told by its noun and how it was done ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The signing of the agreement between the Kenya Police and the Tanzania Police Force took place "
        "on Monday at the police headquarters in Nairobi.",
        "La signature du protocole d'accord entre la police togolaise et la police béninoise a eu lieu "
        "lundi à Lomé.",
    ],
)
def test_a_signing_told_by_its_noun_is_a_signing(text: str) -> None:
    record = read_offline(text)
    assert [m.kind.value for m in record.meetings] == ["signing"]
    assert len(record.meetings[0].parties) == 2


def test_a_signing_that_names_no_side_takes_those_of_the_first_sentence() -> None:
    record = read_offline(
        "The Sierra Leone Police and the Liberia National Police now share a framework against arms smuggling. "
        "The signing of the memorandum was done on Monday at the police headquarters in Freetown."
    )
    assert [(m.kind.value, m.parties) for m in record.meetings] == [("signing", ["LR", "SL"])]


@pytest.mark.parametrize(
    ("name", "country"),
    [("Kota Kinabalu", "MY"), ("Kuching", "MY"), ("Pontianak", "ID"), ("Tarakan", "ID"), ("Macau", "MO")],
)
def test_border_cities_of_borneo_and_macao_are_known(name: str, country: str) -> None:
    city = places.city(name)
    assert city is not None and city.country == country


# -- colleagues addressed by a speaker, their countries named before them in order ------------


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Le ministre de la Sécurité a ouvert jeudi à Ouagadougou les travaux de la réunion des chefs d'état-major. "
         "Le général Paul Zida a insisté devant ses pairs du Niger et du Togo, le colonel Ali Mahamane et le "
         "commandant Koffi Agbo, sur le partage du renseignement.",
         {"Ali Mahamane": "NE", "Koffi Agbo": "TG"}),
        ("The Minister of the Interior opened on Monday in Accra the meeting of the police chiefs of the region. "
         "Mr Kofi Mensah spoke before his counterparts of Togo and Burkina Faso, General Yao Adjo and "
         "the Controller General Issa Sawadogo, on border security.",
         {"Yao Adjo": "TG", "Issa Sawadogo": "BF"}),
    ],
)  # fmt: skip
def test_colleagues_addressed_in_a_later_sentence_take_part_with_their_countries(
    text: str, sides: dict[str, str]
) -> None:
    people = {p.name: p.party for m in read_offline(text).meetings for p in m.participants}
    assert {name: people.get(name) for name in sides} == sides


# -- a visit embarked on, and the welcome of its own embassy on arrival -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Commissioner of Police, Mr Ali Juma, has embarked on a working visit to Turkey. On arrival in Ankara "
        "on Sunday, he was welcomed by the staff of the Tanzanian Embassy. On Monday he held talks with the "
        "Director General of Security, Mr Mehmet Yilmaz.",
        "Le directeur de la police, M. Ousmane Sy, a entamé une visite au Maroc. À son arrivée à Rabat, il a été "
        "accueilli par le personnel de l'ambassade du Sénégal. Lundi, il s'est entretenu avec son homologue "
        "marocain, M. Karim Alaoui.",
    ],
)
def test_the_welcome_of_a_visitors_embassy_on_arrival_is_no_meeting(text: str) -> None:
    record = read_offline(text)
    assert len(record.meetings) == 1 and len(record.meetings[0].participants) == 2


def test_a_signing_that_was_done_is_a_signing() -> None:
    record = read_offline(
        "The Fiji Police Force and the New Zealand Police have renewed their partnership. "
        "The signing was done on Monday at the Commissioner's office in Suva."
    )
    assert [m.kind.value for m in record.meetings] == ["signing"]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Le ministre a invité les chefs de police venus du Niger à redoubler de vigilance.", []),
        ("The commissioner invited the delegates to remain vigilant against smugglers.", []),
        ("The minister invited his counterpart to visit Lusaka next year.", [OutcomeType.FOLLOW_UP_PLANNED]),
    ],
)
def test_an_invitation_to_more_effort_is_no_outcome(sentence: str, kinds: list[OutcomeType]) -> None:
    assert outcome_types(sentence) == kinds


def test_a_courtesy_call_named_in_a_lead_in_phrase_is_a_visit() -> None:
    record = read_offline(
        "During a courtesy call on the Commissioner of Police, Mr Peter Banda, in Lusaka on Monday, "
        "the British High Commissioner, Mr Tom Ellis, announced a training programme for investigators."
    )
    assert [m.kind.value for m in record.meetings] == ["official_visit"]
    assert {p.name for p in record.meetings[0].participants} == {"Peter Banda", "Tom Ellis"}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Les deux directeurs ont décidé de se rencontrer chaque trimestre à Lomé.",
            OutcomeType.FOLLOW_UP_PLANNED,
        ),
        (
            "Les deux polices envisagent la signature d'un protocole sur la formation.",
            OutcomeType.AGREEMENT_PLANNED,
        ),
        (
            "Both chiefs agreed to work towards the signing of a treaty on extradition.",
            OutcomeType.AGREEMENT_PLANNED,
        ),
        (
            "The minister witnessed the signing of a memorandum on police training.",
            OutcomeType.AGREEMENT_SIGNED,
        ),
    ],
)
def test_a_signing_to_come_or_a_meeting_at_intervals_is_typed(sentence: str, kind: OutcomeType) -> None:
    assert outcome_types(sentence) == [kind]


# -- kinds: a tour with the counterpart, a regional body's office-holders ---------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The visiting Egyptian Interior Minister, Mr Omar Nabil, toured the Police College in Amman on Monday "
         "with his Jordanian counterpart, Mr Sami Haddad.", "official_visit"),
        ("The chiefs of police of the Southern African Development Community met in Lusaka on Monday, "
         "chaired by Mr Peter Banda of Zambia.", "conference"),
        ("Les ministres de l'Intérieur de l'Union du fleuve Mano se sont réunis lundi à Monrovia sous la "
         "présidence de M. Samuel Kollie.", "conference"),
    ],
)  # fmt: skip
def test_the_kind_of_a_tour_or_a_regional_bodys_meeting(text: str, kind: str) -> None:
    assert [m.kind.value for m in read_offline(text).meetings] == [kind]


@pytest.mark.parametrize(
    ("passage", "topic"),
    [
        ("They spoke of child trafficking along the coast.", "illegal_migration"),
        ("Ils ont évoqué la coopération en matière de renseignement.", "intelligence_sharing"),
        ("Cross-border criminality was on the agenda.", "organised_crime"),
        ("Les escroqueries en ligne visant les retraités ont été abordées.", "cybercrime"),
    ],
)
def test_more_topic_words(passage: str, topic: str) -> None:
    assert topic in {found.value for found in topics_in(passage)}


# -- a Pakistani province before a name; office-holders by their countries' possessives -------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Consul General of Turkey, Mr Emre Kaya, called on Inspector General of Police Sindh Ghulam Nabi "
         "Memon at the Central Police Office in Karachi on Monday.", "Ghulam Nabi Memon"),
        ("The Australian High Commissioner, Mr Neil Hawkins, called on IG Khyber Pakhtunkhwa Akhtar Hayat "
         "in Peshawar on Monday.", "Akhtar Hayat"),
    ],
)  # fmt: skip
def test_a_province_before_a_name_is_not_part_of_it(text: str, name: str) -> None:
    assert name in {p.name for m in read_offline(text).meetings for p in m.participants}


def test_office_holders_named_by_possessives_in_a_later_sentence_take_part() -> None:
    record = read_offline(
        "In a telephone call with his Syrian counterpart, Lebanon's Interior Minister urged closer border control. "
        "Nabil Khoury, Lebanon's Interior Minister, invited Syria's Interior Minister, Omar Haddad, to Beirut."
    )
    assert {"Nabil Khoury", "Omar Haddad"} <= {p.name for m in record.meetings for p in m.participants}


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        ("Karachi Police Chief Imran Yaqub met a visiting delegation of the Chinese police led by Mr Wang Lei "
         "on Monday.", "Imran Yaqub", "PK"),
        ("The Kano State Commissioner of Police, Mr Salman Garba, received a delegation of the Niger police "
         "led by Mr Issa Moussa on Monday.", "Salman Garba", "NG"),
    ],
)  # fmt: skip
def test_a_citys_force_before_the_title_gives_its_country(text: str, name: str, side: str) -> None:
    people = {p.name: p.party for m in read_offline(text).meetings for p in m.participants}
    assert people.get(name) == side


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Il a été arrêté l'organisation d'une réunion de suivi à Bamako.", OutcomeType.FOLLOW_UP_PLANNED),
        ("Les deux ministres ont décidé de la création d'un cadre de concertation entre leurs polices.",
         OutcomeType.MECHANISM_CREATED),
        ("Le ministre a promis l'envoi d'une mission technique à Conakry.", OutcomeType.FOLLOW_UP_PLANNED),
        ("Une convention d'entraide sera rédigée par les deux services.", OutcomeType.AGREEMENT_PLANNED),
        ("Le Japon va offrir 15 véhicules à la police sénégalaise.", OutcomeType.OTHER),
        ("Les deux polices vont signer un protocole sur la formation.", OutcomeType.AGREEMENT_PLANNED),
        ("Les techniciens des deux pays se réuniront à Lomé en mai.", OutcomeType.FOLLOW_UP_PLANNED),
        ("Both ministers expressed the desire to conclude an extradition treaty.", OutcomeType.AGREEMENT_PLANNED),
    ],
)  # fmt: skip
def test_more_french_commitments(sentence: str, kind: OutcomeType) -> None:
    assert outcome_types(sentence) == [kind]


def test_the_next_meetings_chair_is_no_party_of_this_one() -> None:
    record = read_offline(
        "The police chiefs of Kenya, Uganda and Tanzania met in Arusha on Monday for their annual meeting. "
        "The next meeting will be held in Kigali under the Rwandan chairmanship."
    )
    meeting = record.meetings[0]
    assert "RW" not in meeting.parties and {"KE", "TZ", "UG"} <= set(meeting.parties)
    assert [o.type for o in meeting.outcomes] == [OutcomeType.FOLLOW_UP_PLANNED]
