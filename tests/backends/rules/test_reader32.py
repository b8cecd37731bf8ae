"""What the encounter classes the 26th real-text reading left open need of the offline
reader, each written in new words: an adverb between the auxiliary and its participle."""

from __future__ import annotations

from support import read_offline


def test_an_adverb_between_auxiliary_and_participle_keeps_the_working_session() -> None:
    analysis = read_offline(
        "En marge du sommet, les envoyés béninois ont également eu une séance de travail avec le général "
        "Paul Mercier, commandant de la force Barracuda."
    )
    assert analysis.is_meeting_report
    assert any(p.name == "Paul Mercier" for m in analysis.meetings for p in m.participants)
    analysis = read_offline(
        "Le ministre togolais de la Sécurité, Kodjo Adzoa, a ensuite eu, un entretien avec son homologue ghanéen, "
        "Kwame Mensah."
    )
    assert {p.name for m in analysis.meetings for p in m.participants} >= {"Kodjo Adzoa", "Kwame Mensah"}


def test_a_comment_button_under_a_photo_caption_does_not_end_the_text() -> None:
    analysis = read_offline(
        "Accueil    Politique    Sports\n"
        "Mali - Niger : on parle sécurité\n"
        "Awa Traoré, ministre malienne de la Sécurité, et le chef de l'Etat malien.\n"
        "Commentaires\n\n"
        "Le ministre nigérien de l'Intérieur, Abdou Garba, a reçu hier à Niamey son homologue malienne, "
        "Awa Traoré, ainsi que ses collègues de la Justice.\n\n"
        "Au menu des échanges : la sécurisation de la frontière commune."
    )
    assert analysis.is_meeting_report
    assert {p.name for m in analysis.meetings for p in m.participants} >= {"Abdou Garba", "Awa Traoré"}


def test_readers_comments_under_a_text_of_two_sentences_are_still_cut() -> None:
    analysis = read_offline(
        "Le ministre de l'Intérieur, Abdou Garba, a reçu hier à Niamey son homologue malienne, Awa Traoré. "
        "Les échanges ont porté sur la sécurité des frontières.\n\n"
        "2 Commentaires\n\n"
        "Moussa Diallo a rencontré hier le général Paul Mercier à Bamako, quelle honte.\n"
    )
    assert {p.name for m in analysis.meetings for p in m.participants} == {"Abdou Garba", "Awa Traoré"}


def test_a_tour_of_a_school_abroad_with_the_host_beside_is_a_visit() -> None:
    analysis = read_offline(
        "Le ministre ivoirien de la Sécurité, Koffi Yao, dans le cadre de sa visite au Togo, a fait un tour à "
        "l'Académie de police. Il a, avec son homologue togolais Kodjo Adzoa, assisté à une démonstration."
    )
    assert analysis.is_meeting_report
    assert {p.name for m in analysis.meetings for p in m.participants} == {"Koffi Yao", "Kodjo Adzoa"}


def test_a_tour_dhorizon_is_no_visit() -> None:
    analysis = read_offline(
        "Le ministre de la Sécurité, Koffi Yao, a fait un tour d'horizon de la situation au nord du pays "
        "devant la presse."
    )
    assert not analysis.is_meeting_report


def test_a_signing_countries_are_expected_to_ink_is_announced_where_it_will_be() -> None:
    analysis = read_offline(
        "Laos and Cambodia are expected to ink a police cooperation MoU in Vientiane next week. "
        "The decision was taken at yesterday's cabinet meeting which was chaired by Prime Minister Paul Keo."
    )
    assert analysis.is_meeting_report
    (meeting,) = analysis.meetings
    assert (meeting.kind.value, meeting.status.value) == ("signing", "announced")
    assert (meeting.location.city, set(meeting.parties)) == ("Vientiane", {"KH", "LA"})
    assert not meeting.participants  # (the chair of the cabinet's own sitting is no signatory)


def test_a_prefects_own_security_review_is_no_meeting_and_la_reunion_is_an_island() -> None:
    analysis = read_offline(
        "Le préfet de la Réunion, Marc Dubois, a tenu ce matin sa conférence de sécurité trimestrielle : "
        "40 interpellations et 3 tonnes de cannabis saisies."
    )
    assert not analysis.is_meeting_report
    analysis = read_offline(
        "La réunion des deux ministres de l'Intérieur, Paul Martin et Ali Sy, s'est tenue hier."
    )
    assert analysis.is_meeting_report


def test_letters_of_appointment_and_an_intake_of_cadets_are_ceremonies_not_meetings() -> None:
    analysis = read_offline(
        "The Interior Minister, John Grech, presented letters of appointment to six new superintendents in a "
        "ceremony attended by the Commissioner, Carmel Farrugia."
    )
    assert not analysis.is_meeting_report
    analysis = read_offline(
        "Le Président de la République, accompagné de hauts officiers de la police, a assisté mardi à "
        "l'incorporation de 120 élèves policiers à l'École nationale de police de Gitega."
    )
    assert not analysis.is_meeting_report


def test_words_a_scrape_glued_are_parted_and_the_signing_read() -> None:
    analysis = read_offline(
        "L'accord a été signéà Victoria par le ministre seychellois desAffaires intérieures, Paul Hoareau, et son "
        "homologue comorien, Said Ali."
    )
    assert analysis.is_meeting_report
    (meeting,) = analysis.meetings
    assert meeting.kind.value == "signing"
    assert {p.name for p in meeting.participants} == {"Paul Hoareau", "Said Ali"}
    assert any(p.title == "ministre des Affaires intérieures" for p in meeting.participants)


def test_a_name_or_word_written_so_is_not_parted() -> None:
    from communique.ingest.parse import parse

    text = "Le commissaire Jean DeLa Cruz a déjà reçu le général McDonald à La Haye."
    assert parse(text).text == text


def test_a_meeting_fronted_by_during_todays_meeting_with_is_read_with_its_subject_after() -> None:
    analysis = read_offline(
        "During today's meeting with the Ambassador of Moldova to Estonia Ion Rusu the Minister of the Interior "
        "Kalle Tamm discussed border traffic and illegal migration."
    )
    assert analysis.is_meeting_report
    (meeting,) = analysis.meetings
    roles = {p.name: (p.party, p.role.value) for p in meeting.participants}
    assert roles == {"Ion Rusu": ("MD", "guest"), "Kalle Tamm": ("EE", "host")}


def test_ministers_who_said_so_at_a_conference_and_the_conference_that_pooled_them() -> None:
    lede = (
        "Interior ministers of the region are determined to fight organised crime together, the ministers said "
        "at a conference in Ohrid on Thursday."
    )
    analysis = read_offline(
        f"{lede}\n{lede} The two-day ministerial conference pooled the interior ministers of Serbia, Albania "
        "and Montenegro."
    )
    assert analysis.is_meeting_report
    (meeting,) = analysis.meetings
    assert meeting.kind.value == "conference" and meeting.location.city == "Ohrid"
    assert {"AL", "ME", "RS"} <= set(meeting.parties)


def test_a_deal_sealed_during_the_signing_of_an_mou_is_a_signing() -> None:
    analysis = read_offline(
        "The first group of 30 Fijian police officers arrived today in Port Vila. The deal was sealed at the "
        "Vanuatu Police Headquarters during the signing of an MOU."
    )
    assert analysis.is_meeting_report
    (meeting,) = analysis.meetings
    assert meeting.kind.value == "signing"
    assert [o.type.value for o in meeting.outcomes] == ["agreement_signed"]


def test_a_ministers_series_of_audiences_one_come_to_present_one_also_spoken_with() -> None:
    analysis = read_offline(
        "L'ambassadeur de l'UE au Gabon, Marco Conti, est venu, le 18 novembre à Libreville, présenter au ministre "
        "de l'Intérieur, Hervé Nzoghe, le projet d'appui à la police.\n\n"
        "Le ministre de l'Intérieur a également échangé avec l'ambassadeur de Turquie, Mehmet Aydin. Ils ont "
        "focalisé leurs entretiens sur la formation des policiers en Turquie."
    )
    assert analysis.is_meeting_report and len(analysis.meetings) == 2
    first, second = analysis.meetings
    assert {p.name for p in first.participants} == {"Marco Conti", "Hervé Nzoghe"}
    assert "Mehmet Aydin" in {p.name for p in second.participants}
    assert second.location.country != "TR"  # (where officers are to be trained is not where they met)


def test_a_visit_told_by_its_aims_names_the_counterpart_and_the_cosignatory() -> None:
    analysis = read_offline(
        "Ce déplacement du ministre français de l'intérieur Paul Lemoine en Algérie les 13 et 14 décembre avait "
        "deux objectifs. Renforcer d'une part, à travers des échanges avec son homologue Karim Saadi, la "
        "coopération en matière de sécurité. Paul Lemoine a d'ailleurs saisi l'occasion de sa visite pour signer "
        "avec le ministre algérien Omar Hadj une déclaration d'intention."
    )
    assert analysis.is_meeting_report
    named = {p.name for m in analysis.meetings for p in m.participants}
    assert named == {"Paul Lemoine", "Karim Saadi", "Omar Hadj"}
    assert {"DZ", "FR"} <= {party for m in analysis.meetings for party in m.parties}


def test_a_speech_addressing_the_meeting_it_opens_tells_that_meeting() -> None:
    analysis = read_offline(
        "Honourable Minister of Internal Affairs, Mr Samuel Otieno\n"
        "Distinguished Police Chiefs from the region\n\n"
        "I am indeed greatly honoured and humbled to address this important meeting this morning, marking the annual general "
        "meeting of the Southern African police chiefs."
    )
    assert analysis.is_meeting_report
    analysis = read_offline(
        "C'est un honneur de m'adresser à vous, après M. Karim Sassi, ministre de l'Intérieur, qui nous a fait "
        "l'amitié de venir en personne vous souhaiter la bienvenue et ouvrir cette session de travail."
    )
    assert analysis.is_meeting_report
    assert "Karim Sassi" in {p.name for m in analysis.meetings for p in m.participants}


def test_lines_of_a_speechs_salutations_are_not_joined_as_a_wrapped_paragraph() -> None:
    from communique.ingest.unwrap import unwrap

    salutations = (
        "Monsieur le Directeur Général de la Sûreté Nationale du pays,\n"
        "Mesdames et Messieurs les auditeurs de la session de formation,\n\n"
    )
    body = (
        "C'est un grand honneur pour moi que de m'adresser à vous ce matin, après le ministre de\n"
        "l'Intérieur, qui nous a fait l'amitié de venir en personne ouvrir cette session.\n"
    )
    assert unwrap(salutations + body).startswith(salutations)
    wrapped = "After the joint commission, the Minister for Defence and Security,\nHonourable Kabo Morwaeng, did host"
    assert "\n" not in unwrap(wrapped + "\n" + body)[: len(wrapped)]
