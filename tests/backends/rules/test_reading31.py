"""Classes the 31st reading of real communiqués found, fixed in the offline reader; every sentence
invented, none of them an eval case's."""

from __future__ import annotations

from support import only_meeting, read_offline

# -- G2: the last words of a body's name, its acronym after it, are not a person ----------------------


def test_the_last_words_of_a_body_named_with_its_acronym_are_not_a_person() -> None:
    meeting = only_meeting(
        "Interior Minister Tomas Reyes signed the protocol with his Ghanaian counterpart, Kofi Mensah, on the "
        "sidelines of the congress of the Western Union of Rice Growers Cooperatives (WURGC) in Accra on Friday.",
        published="2026-02-14",
    )
    names = {p.name for p in meeting.participants}
    assert {"Tomas Reyes", "Kofi Mensah"} <= names
    assert not any("Growers" in (n or "") or "Rice" in (n or "") for n in names)


def test_a_unit_named_with_its_acronym_is_not_a_host() -> None:
    meeting = only_meeting(
        "Le général Paul Ravel a effectué mercredi une visite de travail à Toliara. Il a été reçu au "
        "Commandement des Escadrons Mobiles (CEM) par le colonel Jean Razafy, qui lui a présenté les "
        "formations dispensées aux gendarmes.",
        published="2026-04-09",
    )
    names = {p.name for p in meeting.participants}
    assert "Jean Razafy" in names
    assert not any("Escadrons" in (n or "") for n in names)


def test_a_person_whose_acronym_is_not_spelled_by_the_name_stays() -> None:
    meeting = only_meeting(
        "The Chief of Defence Staff, General Peter Mwale (CDS), received the visiting Inspector General "
        "of Police, Ann Kiprop, on Monday in Lusaka.",
        published="2026-02-11",
    )
    assert "Peter Mwale" in {p.name for p in meeting.participants}


# -- G3: a spokesperson who reports, a recalled call's presidents, the one a monument honours ----------


def test_a_spokesperson_who_reports_the_talks_takes_no_part() -> None:
    meeting = only_meeting(
        '"Today the Interior Minister of Armenia, Karen Sahakyan, and the Interior Minister of Georgia, '
        "Levan Beridze, held talks in Yerevan,\" said the ministry's spokesperson Anna Petrosyan.",
        published="2026-05-05",
    )
    names = {p.name for p in meeting.participants}
    assert {"Karen Sahakyan", "Levan Beridze"} <= names
    assert "Anna Petrosyan" not in names


def test_presidents_of_a_recent_phone_call_recalled_take_no_part() -> None:
    meeting = only_meeting(
        "Le ministre de la Sécurité, Amadou Traoré, a reçu en audience ce lundi l'ambassadeur de Turquie, "
        "Mehmet Yilmaz. Les échanges ont porté sur la formation. Le diplomate a salué les relations entre les "
        "deux pays, avec comme point d'orgue, l'entretien téléphonique récent entre le Président de la "
        "Transition, le Colonel Ibrahim Sow, et Recep KAYA, Président de la Turquie.",
        published="2026-03-10",
    )
    names = {p.name for p in meeting.participants}
    assert {"Amadou Traoré", "Mehmet Yilmaz"} <= names
    assert not ({"Ibrahim Sow", "Recep KAYA"} & names)


def test_the_one_a_monument_honours_takes_no_part() -> None:
    meeting = only_meeting(
        "The visiting Minister of Internal Affairs of Mongolia, Bat Erdene, laid a wreath at the monument to "
        "the founder of the nation Gabriel Morane and was then received by his counterpart, Interior Minister "
        "Ana Lungu, in Chisinau on Tuesday.",
        published="2026-06-10",
    )
    names = {p.name for p in meeting.participants}
    assert "Gabriel Morane" not in names
    assert "Bat Erdene" in names


# -- G4: an encounter whose verb was lost, an audience qualified in quotes ------------------------------


def test_the_two_sides_who_discussed_are_those_the_verbless_sentence_before_names() -> None:
    meeting = only_meeting(
        "CAIRO - Director of the Border Guard Maj. Gen. Tarek Mansour on Sunday Spanish Deputy Director of the "
        "Guardia Civil Elena Ruiz and her accompanying delegation.\n\n"
        "The two sides discussed ways to strengthen the training of border officers.",
        published="2026-05-12",
    )
    names = {p.name for p in meeting.participants}
    assert {"Tarek Mansour", "Elena Ruiz"} <= names


def test_an_audience_qualified_in_quotes_is_an_encounter() -> None:
    meeting = only_meeting(
        "Le ministre de l'Intérieur, Didier Kossi, a eu une audience « de travail » avec le chef de la police "
        "de l'ONU, Amina Bello, jeudi à Bangui.",
        published="2026-05-09",
    )
    assert {"Didier Kossi", "Amina Bello"} <= {p.name for p in meeting.participants}


def test_under_secretary_is_no_name() -> None:
    meeting = only_meeting(
        "The Interior Minister, Omar Haddad, received on Monday US Under Secretary of State Linda Moore in Amman.",
        published="2026-05-12",
    )
    names = {p.name for p in meeting.participants}
    assert "Linda Moore" in names
    assert not any(n and "Under" in n for n in names)


def test_the_signing_told_by_what_followed_it_names_those_of_the_caption() -> None:
    meeting = only_meeting(
        "Ministry and UNDP sign a memorandum on police reform\n\n"
        "Petar Novak (left) and Claire Dubois\n\n"
        "SKOPJE – After the signing ceremony, Novak said that the reform of the border police is a priority.\n\n"
        "Ms. Dubois said the memorandum confirms the long cooperation on police training.",
        published="2026-06-02",
    )
    assert meeting.kind == "signing"
    assert "Petar Novak" in {p.name for p in meeting.participants}


def test_a_protocol_sined_is_signed() -> None:
    meeting = only_meeting(
        "The Interior Minister of Serbia, Ivan Markovic, and the Interior Minister of Hungary, Laszlo Toth, "
        "sined a protocol on joint patrols in Subotica on Monday.",
        published="2026-06-02",
    )
    assert {"Ivan Markovic", "Laszlo Toth"} <= {p.name for p in meeting.participants}


# -- G9: a gathering that opens today is held -------------------------------------------------------------


def test_a_general_assembly_that_opens_today_is_held() -> None:
    meeting = only_meeting(
        "La 4e Assemblée générale du Comité des chefs de police de l'Afrique de l'Ouest s'ouvre aujourd'hui à "
        "Niamey. Les chefs de police y examineront la lutte contre le terrorisme.",
        published="2026-10-14",
    )
    assert meeting.status == "held"
    assert meeting.kind == "conference"


# -- G7: an event the police will secure, an appointment welcomed ------------------------------------------


def test_a_summit_the_police_will_secure_is_no_meeting() -> None:
    record = read_offline(
        "The Malawi Police Service will be policing the forthcoming Tobacco Growers Summit to be held in "
        "Lilongwe from 4 to 6 May 2026. Some roads will be closed to allow the smooth flow of traffic.",
        published="2026-04-20",
    )
    assert not record.is_meeting_report


def test_an_appointment_welcomed_by_an_embassy_is_no_meeting() -> None:
    record = read_offline(
        "The Embassy of Japan has welcomed the appointment of a new Commissioner General of Police. Last "
        "week, the President appointed Martha Banda in place of Joseph Phiri.",
        published="2026-04-20",
    )
    assert not record.is_meeting_report


# -- G5: one encounter told twice, as a visit and its reception, or by offices then by names --------------


def test_the_reception_on_the_day_of_arrival_is_the_visit() -> None:
    meeting = only_meeting(
        "ASTANA, Kazakhstan, May 6. A delegation led by the Minister of Internal Affairs of Mongolia, Police "
        "Major-General Bat Ochir, arrived in Kazakhstan on an official visit on Tuesday.\n\n"
        "On the same day, the Minister of Internal Affairs of Kazakhstan, Yerlan Sadykov, received his "
        "Mongolian counterpart.",
        published="2026-05-06",
    )
    assert {"Bat Ochir", "Yerlan Sadykov"} <= {p.name for p in meeting.participants}


def test_two_offices_that_met_then_named_are_one_meeting() -> None:
    meeting = only_meeting(
        "The Lebanese Interior Minister and the Cypriot Ambassador in Beirut met to discuss maritime security.\n\n"
        "On Monday, the Interior Minister of Lebanon, Nabil Haddad, met with the Cypriot Ambassador to Beirut, "
        "Andreas Christou, at the ministry.",
        published="2026-02-11",
    )
    assert {"Nabil Haddad", "Andreas Christou"} <= {p.name for p in meeting.participants}
    assert all(" and " not in (p.title or "") for p in meeting.participants)


# -- G1: a title that runs on past « ainsi que », « accompagné de », a verb or the next name ---------------


def test_a_title_stops_at_ainsi_que_and_at_the_verb() -> None:
    meeting = only_meeting(
        "Le général Paul Rasoa, commandant de la gendarmerie, et le colonel Luc Ferrand, attaché de sécurité "
        "intérieure près l'ambassade de France ainsi que le commandant Noël Brun, chef du détachement de "
        "coopération à Mahajanga en ont discuté hier au camp Ratsimandrava.",
        published="2026-05-21",
    )
    titles = {p.name: p.title for p in meeting.participants}
    assert "ainsi que" not in (titles["Luc Ferrand"] or "") and "Brun" not in (titles["Luc Ferrand"] or "")
    assert not (titles["Noël Brun"] or "").endswith(" en")


def test_one_who_accompanies_takes_her_own_title() -> None:
    meeting = only_meeting(
        "Le ministre suisse de l'Intérieur, M. Urs BERNET, est arrivé vendredi à Libreville. Le ministre de "
        "l'Intérieur suisse, accompagné de l'Ambassadrice de Suisse au Gabon, Mme Anna KELLER, s'est ensuite "
        "entretenu avec son homologue gabonais.",
        published="2026-05-23",
    )
    titles = {p.name: p.title for p in meeting.participants}
    assert titles["Anna KELLER"] == "Ambassadrice de Suisse au Gabon"


def test_the_next_ones_office_and_name_are_no_title() -> None:
    meeting = only_meeting(
        "APIA - The Ministry of Police hosted a security meeting with New Zealand today.\n\nThe meeting was attended "
        "by New Zealand High Commissioner Grant Reid. The Samoan delegation included Minister of Police Tala "
        "Fuimaono, Permanent Secretary Sina Leota, Director of Immigration Peni Tuala and Commissioner of Police "
        "Mose Tafa.",
        published="2026-05-21",
    )
    titles = {p.name: p.title for p in meeting.participants}
    assert "Peni" not in (titles.get("Sina Leota") or "")


# -- G8: a name after « SEM. » -------------------------------------------------------------------------------


def test_the_ambassador_after_sem_with_its_full_stop_is_named() -> None:
    meeting = only_meeting(
        "Le ministre de la Sécurité, Oumar Diallo, a reçu en audience ce lundi l'Ambassadeur du Canada au Niger, "
        "SEM. Paul TREMBLAY. Les échanges ont porté sur la formation des policiers.",
        published="2026-03-10",
    )
    titles = {p.name: p.title for p in meeting.participants}
    assert titles.get("Paul TREMBLAY") == "Ambassadeur du Canada au Niger"


# -- G3/G5: an earlier visit the one told follows, an earlier session's recommendations, civilities paid ------


def test_the_earlier_visit_the_delegation_follows_up_gives_neither_day_nor_people() -> None:
    meeting = only_meeting(
        "Une délégation de la police togolaise est arrivée jeudi à Cotonou, où elle a été reçue par le directeur "
        "général de la Police républicaine, Alain Dossou. Le chef de la délégation, Kossi Agbo, a indiqué que "
        "leur visite s'inscrit dans la suite de celle effectuée au Togo les 2 et 3 avril derniers par le ministre "
        "béninois de l'Intérieur, Romuald Houessou.",
        published="2026-09-18",
    )
    assert "Romuald Houessou" not in {p.name for p in meeting.participants}
    assert str(meeting.date) == "2026-09-17"


def test_civilities_paid_to_a_counterpart_the_day_after_arrival_are_the_visit() -> None:
    record = read_offline(
        "Une délégation du Comité des chefs de police d'Afrique centrale, conduite par son président, le général "
        "Marc Ondo, est arrivée le 9 mars à Bangui pour évaluer les recommandations prises lors de la 8e session "
        "du comité tenue du 2 au 6 octobre 2025 à Douala. Le lendemain, le général Marc Ondo a présenté ses "
        "civilités à son homologue centrafricain, le général Bienvenu Zokoué.",
        published="2026-03-11",
    )
    (meeting,) = record.meetings
    assert {"Marc Ondo", "Bienvenu Zokoué"} <= {p.name for p in meeting.participants}


# -- G6: a town whose namesake abroad the tables know, its country said -------------------------------------


def test_a_town_said_to_be_in_another_country_than_its_namesake_is_there() -> None:
    meeting = only_meeting(
        "Officers of the Georgetown Police Department in Texas, United States, and of the Mexican Federal Police "
        "met on Thursday at Georgetown Police headquarters to discuss cross-border smuggling.",
        published="2026-07-11",
    )
    assert meeting.location.city == "Georgetown"
    assert meeting.location.country == "US"


def test_a_prefect_is_an_honorific_not_a_given_name() -> None:
    meeting = only_meeting(
        "Interior Minister Omar Haddad met on Wednesday the visiting Director of the Italian State Police, "
        "Prefect Lucia Ferri, in Amman.",
        published="2026-05-28",
    )
    assert "Lucia Ferri" in {p.name for p in meeting.participants}
