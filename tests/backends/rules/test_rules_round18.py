"""What the classes left from the twenty-first reading of real communiqués need of the
offline reader, each written in new words: a capital named by its country, a university
that places a meeting, whole offices ("Premier ministre", "Vice President", two-part
ministries), ranks kept out of titles, a prefect's and a cantonal commander's country."""

from __future__ import annotations

import pytest
from support import only_meeting, read_offline

from communique.normalise import places
from communique.text import fold


@pytest.mark.parametrize(
    ("where", "city", "country"),
    [
        ("dans la capitale burkinabè", "Ouagadougou", "BF"),
        ("dans la capitale du Ghana", "Accra", "GH"),
        ("dans la capitale de la Mauritanie", "Nouakchott", "MR"),
    ],
)
def test_a_capital_named_by_its_country_is_that_city(where: str, city: str, country: str) -> None:
    meeting = only_meeting(
        f"Le ministre nigérien de l'Intérieur, Ali Moussa, a reçu jeudi {where} son homologue malien, Issa Coulibaly. "
        "Les deux ministres ont évoqué la sécurité des frontières."
    )
    assert (meeting.location.city, meeting.location.country) == (city, country)


def test_the_adjective_capital_in_english_and_the_city_named_after_it() -> None:
    meeting = only_meeting(
        "Kenya's Inspector General, Ann Wambui, held talks in the Ugandan capital on Friday with Paul Okot."
    )
    assert meeting.location.city == "Kampala"
    meeting = only_meeting(
        "The ministers met in the Malian capital, Bamako, on Monday to discuss border security."
    )
    assert meeting.location.city == "Bamako"  # (read as the city named, not looked up)


def test_a_country_with_two_capitals_the_press_both_calls_so_gives_none() -> None:
    assert places.capital("CI") is None and places.capital("SN") is not None
    meeting = only_meeting(
        "Le ministre a reçu lundi dans la capitale ivoirienne son homologue malien, Issa Coulibaly, pour évoquer "
        "le terrorisme."
    )
    assert meeting.location.city is None


def test_capital_punishment_or_a_capital_of_crime_is_no_city() -> None:
    folded = fold("the Kenyan capital punishment debate")
    found = places.mentions(folded)
    assert places.capital_meant(folded, found, 0) is None


def test_a_joint_committee_that_sat_at_a_university_is_a_meeting_in_its_city() -> None:
    meeting = only_meeting(
        "Le comité mixte franco-suisse de coopération transfrontalière a siégé mardi à l'Université de Neuchâtel, "
        "sous la coprésidence du commandant de la police cantonale, Luc Favre, et du préfet du Doubs, Anne Roux."
    )
    assert meeting.location.city == "Neuchâtel"
    parties = {p.name: p.party for p in meeting.participants}
    assert parties == {"Luc Favre": "CH", "Anne Roux": "FR"}


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("Le Premier ministre, Moussa Diallo, a reçu lundi à Conakry le ministre sierra-léonais de l'Intérieur, "
         "David Kamara.", "Moussa Diallo", "Premier ministre"),
        ("The Ghanaian police chief met Vice President Ama Boateng in Accra on Monday to discuss border security.",
         "Ama Boateng", "Vice President"),
        ("Jan de Vries, Minister of Justice and Security of the Netherlands, met his Belgian counterpart Luc "
         "Peeters in The Hague on Monday.", "Jan de Vries", "Minister of Justice and Security"),
        ("Le ministre a reçu lundi à Bamako Paul Sawadogo, ministre de la Sécurité et de la Protection civile du "
         "Burkina Faso.", "Paul Sawadogo", "ministre de la Sécurité et de la Protection civile"),
        ("Laotian Police Chief Gen Somphone Keo received the Thai police commissioner, Anan Chai, in Vientiane "
         "on Monday.", "Somphone Keo", "Laotian Police Chief"),
        ("The Interior Minister met the Director of the Coast Guard, Lt. Gen. Omar Haddad, in Amman on Monday.",
         "Omar Haddad", "Director of the Coast Guard"),
    ],
)  # fmt: skip
def test_an_office_is_kept_whole_and_a_rank_kept_out_of_it(sentence: str, name: str, title: str) -> None:
    meeting = only_meeting(sentence)
    titles = {p.name: p.title for p in meeting.participants}
    assert titles[name] == title


def test_a_ministry_and_the_next_person_are_not_one_title() -> None:
    meeting = only_meeting(
        "Le ministre a reçu lundi à Niamey Issa Traoré, ministre de l'Intérieur, et Ali Diop, directeur de la police."
    )
    titles = {p.name: p.title for p in meeting.participants}
    assert titles["Issa Traoré"] == "ministre de l'Intérieur"


def test_one_who_joins_the_office_holder_called_on_is_on_the_hosts_side() -> None:
    meeting = only_meeting(
        "Brunei's Police Commissioner, Hamid Yusof, called on Vice President Siti Rahma at her office in Jakarta "
        "on Thursday. The Vice President was joined by the Indonesian Police Chief, Gen. Agus Salim."
    )
    sides = {p.name: (p.party, p.role.value) for p in meeting.participants}
    assert sides["Siti Rahma"] == ("ID", "host") and sides["Agus Salim"] == ("ID", "host")
    assert sides["Hamid Yusof"] == ("BN", "guest")


def test_an_annual_general_meeting_told_by_its_end_is_a_conference() -> None:
    meeting = only_meeting(
        "The two-day Annual General Meeting of the Southern African police chiefs ended yesterday in Maputo. "
        "The host, Mozambique's police commander, Jose Langa, urged members to share intelligence.",
        published="2026-06-12",
    )
    assert meeting.kind.value == "conference" and meeting.location.city == "Maputo"


def test_one_spoken_for_through_an_honorifics_full_stop_is_not_there() -> None:
    meeting = only_meeting(
        "Mr Juma Salim, Deputy Minister of Home Affairs, on behalf of the Minister of Home Affairs, Hon. Grace "
        "Mollel (MP), opened the meeting of regional police chiefs in Arusha on Monday."
    )
    assert [p.name for p in meeting.participants] == ["Juma Salim"]


def test_a_regional_bodys_police_chiefs_meeting_is_a_conference() -> None:
    meeting = only_meeting(
        "The ECOWAS police chiefs will hold their annual meeting in Accra on 20-21 May 2026 to discuss piracy.",
        published="2026-05-04",
    )
    assert (meeting.kind.value, meeting.status.value) == ("conference", "announced")


@pytest.mark.parametrize(
    "text",
    [
        "Entouré de ses collaborateurs, le ministre a remercié jeudi à Lomé le gouvernement coréen pour son appui. "
        "De son côté, l'ambassadeur coréen, Park Jin, a salué la qualité des relations. À l'issue des échanges, les "
        "deux parties ont convenu de renforcer la formation des policiers.",
        "Nouvellement accrédité à Libreville, l'ambassadeur d'Autriche, Franz Huber, s'est rendu ce lundi 2 mars 2026 "
        "chez le ministre de l'Intérieur, Paul Ndong, pour évoquer la formation des gendarmes.",
        "Home Affairs Commissioner Eva Lind and Estonia's interior minister Karl Tamm are in Poland today for a visit "
        "to the European Border and Coast Guard Agency in Warsaw.",
    ],
)
def test_meetings_told_by_their_end_a_visit_chez_or_where_the_visitors_are_today(text: str) -> None:
    assert read_offline(text).is_meeting_report


def test_a_european_commissioner_is_of_the_eu() -> None:
    meeting = only_meeting(
        "European Commissioner for Home Affairs Eva Lind and Estonia's interior minister Karl Tamm are in Poland "
        "today for a visit to the European Border and Coast Guard Agency in Warsaw."
    )
    assert {p.name: p.party for p in meeting.participants} == {"Eva Lind": "EU", "Karl Tamm": "EE"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The minister received the Minister of Justice of Jordan, HE Judge Omar Haddad, in Amman on Monday.",
         "Omar Haddad"),
        ("The minister received Senator Ruth Okafor, chair of the security committee, in Abuja on Monday.",
         "Ruth Okafor"),
        ("The minister received the Ambassador of Qatar to Oman, Bandar bin Khalid Al-Marri, in Muscat on Monday.",
         "Bandar bin Khalid Al-Marri"),
    ],
)  # fmt: skip
def test_a_judges_or_a_senators_honorific_is_no_part_of_a_name_and_a_given_name_stays(
    sentence: str, name: str
) -> None:
    assert name in {p.name for p in only_meeting(sentence).participants}


def test_an_office_after_a_name_may_open_on_its_country_but_is_not_the_next_ones() -> None:
    meeting = only_meeting(
        "The Home Minister received Carla Ruiz, Spanish Justice Minister, in Rabat on Monday to discuss extradition."
    )
    assert {p.name: (p.title, p.party) for p in meeting.participants}["Carla Ruiz"] == (
        "Spanish Justice Minister",
        "ES",
    )
    analysis = read_offline(
        "Baghdad, The Minister of Interior discussed on Monday with US Ambassador John Hale, French Ambassador Paul "
        "Morin and Dutch Ambassador Anna de Wit, separately, security coordination."
    )
    parties = {p.name: p.party for m in analysis.meetings for p in m.participants}
    assert (parties["John Hale"], parties["Paul Morin"]) == ("US", "FR")


def test_talks_held_at_a_graduation_are_a_meeting_and_what_they_build_on_is_not() -> None:
    meeting = only_meeting(
        "Commissioner of Police Ali Rasheed attended the passing-out ceremony in Colombo on Monday and held a "
        "meeting with Sri Lanka's Inspector-General of Police to discuss training. These talks build on the "
        "President's recent state visit to Sri Lanka, during which three agreements were signed.",
        published="2026-05-13",
    )
    assert meeting.location.city == "Colombo" and meeting.outcomes == []
    assert "Sri Lanka's Inspector-General of Police" in {p.title for p in meeting.participants}


def test_the_city_one_went_back_to_is_not_where_one_met() -> None:
    meeting = only_meeting(
        "Le ministre de la Sécurité, M. Issa Kanté, a regagné Bamako lundi en provenance du Maroc, où il a eu des "
        "entretiens avec son homologue marocain sur la lutte contre le terrorisme."
    )
    assert meeting.location.city != "Bamako"


def test_a_dated_stay_is_a_visit_of_those_days() -> None:
    meeting = only_meeting(
        "Une délégation de la gendarmerie béninoise, conduite par son commandant, Paul Houngbo, a séjourné en France "
        "du 4 au 8 mai 2026. À Paris, le commandant a rencontré le directeur général de la gendarmerie, Luc Martin."
    )
    assert (str(meeting.date), str(meeting.end_date)) == ("2026-05-04", "2026-05-08")


def test_a_release_date_line_before_a_dash_gives_way_to_the_days_of_the_meeting() -> None:
    meeting = read_offline(
        "Friday, June 12, 2026 – The Eleventh Meeting of the Council of Police Commissioners was held in Nassau on "
        "8-9 June 2026.",
        published=None,
    ).meetings[0]
    assert (str(meeting.date), str(meeting.end_date), meeting.kind.value) == (
        "2026-06-08",
        "2026-06-09",
        "conference",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre portugais de l'Intérieur est arrivé mardi à Dakar. Lors de l'entretien entre le président "
        "sénégalais et le ministre portugais au palais, la lutte contre le trafic de drogue a dominé.",
        "Le Mali et le Portugal ont lancé un plan contre la drogue, en signant un protocole d'accord par les "
        "ministres de l'Intérieur des deux pays, le jeudi 5 mars à Bamako.",
        "Le directeur de la police belge reçu hier en audience par le chef de l'État.",
    ],
)
def test_encounters_told_without_a_main_verb_of_meeting(text: str) -> None:
    assert read_offline(text).is_meeting_report


def test_a_signing_whose_instrument_will_do_something_was_held() -> None:
    meeting = only_meeting(
        "The police services of Zambia and Malawi have signed a Memorandum of Understanding which will see both "
        "forces patrol their common border together. The two chiefs signed it yesterday in Lusaka."
    )
    assert meeting.status.value == "held" and meeting.outcomes[0].type.value == "agreement_signed"


def test_chiefs_of_three_countries_meeting_are_a_conference() -> None:
    meeting = only_meeting(
        "Police chiefs from Samoa, Tonga and the Cook Islands will hold their annual meeting this week in Apia. "
        "Samoa's police commissioner, Tuala Leota, will lead the host delegation. The opening session will be held "
        "on Wednesday."
    )
    assert meeting.kind.value == "conference"


def test_the_faso_is_burkina_faso_and_the_hosts_at_the_presidents_side_are_there() -> None:
    meeting = only_meeting(
        "Le président du Faso Ibrahim Zongo a reçu lundi à Ouagadougou l'ambassadeur de Turquie, Mehmet Aydin. "
        "Le chef de l'État était entouré du ministre de la Sécurité, Issa Sawadogo."
    )
    assert {p.name for p in meeting.participants} == {"Ibrahim Zongo", "Mehmet Aydin", "Issa Sawadogo"}


def test_an_office_holder_named_later_by_his_office_is_one_person() -> None:
    meeting = only_meeting(
        "Le chef de la police espagnole reçu hier en audience par le chef de l'État. "
        "Le chef de l'État, Paul Nkoa, était entouré du ministre de la Sécurité, Jean Abena."
    )
    holders = [p for p in meeting.participants if p.title == "chef de l'État"]
    assert [p.name for p in holders] == ["Paul Nkoa"]


def test_a_bare_dateline_before_an_office_places_the_meeting() -> None:
    meeting = read_offline(
        "Doha, Interior Minister Khalid Al Thani received the Ambassador of Italy, Marco Rossi, on Sunday.",
        published="2026-04-06",
    ).meetings[0]
    assert (meeting.location.city, meeting.location.country) == ("Doha", "QA")


def test_the_country_an_envoy_resides_in_is_not_where_the_meeting_is() -> None:
    meeting = only_meeting(
        "Le ministre de la Sécurité, Paul Rakoto, a reçu le 2 juillet 2026 à Antananarivo Mme Anna Berg, "
        "Ambassadrice de Suède résidant au Kenya, pour évoquer la formation des policiers."
    )
    assert meeting.location.country == "MG"


def test_the_day_it_was_reported_is_the_day_of_what_is_under_way_only() -> None:
    told = only_meeting(
        "During the meeting in Doha, Oman's General Said Al-Harthy discussed training with Qatar's General Ali "
        "Al-Kuwari, the Omani embassy in Doha reported on Tuesday."
    )
    assert told.date is None and told.location.city == "Doha"
    ongoing = only_meeting(
        "A delegation led by Tunisian Interior Minister Ali Ben Salah is paying a visit to Rome at the invitation "
        "of Italian Interior Minister Marco Bellini, the ministry reported on Wednesday."
    )
    assert str(ongoing.date) == "2026-05-13"


def test_who_agreed_and_a_list_announced_are_no_outcomes() -> None:
    meeting = only_meeting(
        "The Tonga Police and the Samoa Police signed an MoU in Apia on Monday. Areas both forces will work on "
        "include: joint patrols; other areas as agreed to by the two parties."
    )
    assert [o.type.value for o in meeting.outcomes] == ["agreement_signed"]


def test_an_office_named_by_a_forces_acronym_the_text_defines_is_of_that_forces_country() -> None:
    meeting = only_meeting(
        "PORT MORESBY – The Royal Papua New Guinea Constabulary (RPNGC) and the Solomon Islands Police Force "
        "(SIPF) on Monday signed an MoU. RPNGC Commissioner David Manning and the SIPF Commissioner, Mostyn Mangau, "
        "signed it at police headquarters in Port Moresby."
    )
    sides = {p.name: (p.party, p.role.value) for p in meeting.participants}
    assert sides["Mostyn Mangau"] == ("SB", "guest") and sides["David Manning"][0] == "PG"


def test_a_bodys_gathering_dated_after_a_dated_dateline() -> None:
    meeting = read_offline(
        "Kampala, Uganda – 5 March 2026: The Secretariat of the regional police organisation held its annual "
        "gathering of the heads of its bureaus in Kampala, from 3-5 March 2026. It was opened by Paul Okello.",
        published=None,
    ).meetings[0]
    assert (str(meeting.date), str(meeting.end_date)) == ("2026-03-03", "2026-03-05")


def test_a_possessive_country_before_an_office_of_two_departments() -> None:
    meeting = only_meeting(
        "Oman's Interior and Defence Minister Sayyid Hamad Al Busaidi on Monday held talks with his Yemeni "
        "counterpart Ali Al-Ahmadi on border security."
    )
    assert {p.name: p.party for p in meeting.participants}["Hamad Al Busaidi"] == "OM"


def test_a_conference_a_government_hosted() -> None:
    meeting = only_meeting(
        "The Government of Viet Nam has hosted the 5th Mekong Police Forum on 3-5 March 2026 in Da Nang to "
        "strengthen cooperation among the police forces of the region."
    )
    assert (meeting.kind.value, meeting.location.city, str(meeting.date)) == (
        "conference",
        "Da Nang",
        "2026-03-03",
    )


def test_one_quoted_at_another_earlier_gathering_is_no_participant() -> None:
    meeting = only_meeting(
        "Pacific police chiefs attended the week-long conference held in Apia, the host's police minister, Tala "
        "Mauga, said on Friday. At the closing of a seminar on cybercrime in April, the Australian High "
        "Commissioner, Jane Hill, said attacks had doubled.",
        published="2026-06-12",
    )
    assert "Jane Hill" not in {p.name for p in meeting.participants}


def test_the_one_a_lead_names_is_the_subject_told_again_after_a_clause_of_arrival() -> None:
    meeting = read_offline(
        "Niamey, 4 mars (ANP) - La coopération entre la Suisse et le Niger doit se poursuivre, a indiqué mardi à "
        "Niamey la ministre suisse de la Justice, Anna Keller, au terme d'un séjour de deux jours. Arrivée dimanche "
        "à Niamey, la ministre suisse a tenu une réunion de travail avec son homologue nigérien.",
        published="2026-03-04",
    ).meetings[0]
    assert "Anna Keller" in {p.name for p in meeting.participants}


def test_a_bare_took_part_names_no_gathering() -> None:
    analysis = read_offline(
        "UNODC conducted a three-day online training course on border risk profiling for officers of Kyrgyzstan. "
        "A total of 18 officers of the Border Service took part."
    )
    assert not analysis.is_meeting_report


def test_visitors_with_their_counterparts_of_one_country_meet_together() -> None:
    analysis = read_offline(
        "Depuis lundi, le ministre malien de l'Intérieur, M. Issa Keita, et la ministre malienne de la Justice, "
        "Mme Awa Traoré, effectuent une visite de travail à Niamey durant laquelle ils rencontrent leurs homologues "
        "nigériens, le ministre de l'Intérieur, M. Ali Garba, et le ministre de la Justice, M. Idi Moussa."
    )
    assert len(analysis.meetings) == 1 and len(analysis.meetings[0].participants) == 4


def test_an_earlier_visit_the_talks_come_after_is_no_meeting_of_the_text() -> None:
    analysis = read_offline(
        "Le ministre nigérien de l'Intérieur, Ali Garba, a reçu lundi 13 avril à Niamey l'ambassadeur de France. "
        "Lors de son entretien avec Paul Morel, l'ambassadeur de France à Niamey, les discussions ont porté sur la "
        "sécurité des frontières. Cet entretien survient une semaine après le séjour en France du secrétaire "
        "général du ministère, Idi Moussa. À Paris, il a été reçu par le directeur de la police, Luc Martin."
    )
    named = {p.name for m in analysis.meetings for p in m.participants}
    assert "Luc Martin" not in named and {m.location.city for m in analysis.meetings} == {"Niamey"}


@pytest.mark.parametrize(
    "sentence",
    [
        "He also visited the Kokoda War Cemetery and the Lae Police College.",
        "Two officers completed the Senior Command Course at the police academy.",
        "Le ministre a reçu la diplomate belge en République Démocratique du Congo, Anne Dubois.",
        "The ministers renewed their Joint Charter (Shared Vision Statement) on Monday.",
    ],
)
def test_no_place_course_country_or_document_is_a_person(sentence: str) -> None:
    text = f"The Commissioner of Police, Paul Tau, met the Australian High Commissioner, John Hill, in Suva on Monday. {sentence}"
    named = {p.name for m in read_offline(text).meetings for p in m.participants}
    assert named <= {"Paul Tau", "John Hill", "Anne Dubois"}
