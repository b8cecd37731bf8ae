"""What the classes left open by the real-text readings need of the offline reader, each
written in new words: an envoy sent to a counterpart; a cleft sentence that names the talks
before their verb; a signing as the point of a reception or sealed in a later sentence; names cut
at a word that is a name in the text's countries (Le, Cheikh); chairs appointed at a conference,
and talks named again by who chaired them; a dateline with no year, or under a site's banner;
who took the chair, made statements or was in attendance; a place something is of interest to;
a training course; an audience granted to guests in town for a gathering; matters addressed
with ministers."""

from __future__ import annotations

from support import only_meeting, read_offline

from communique.ingest import read_bytes
from communique.normalise import names


def test_an_envoy_sent_to_a_counterpart_meets_him_and_the_sender_takes_no_part() -> None:
    meeting = only_meeting(
        "Le président togolais a dépêché mardi son ministre de la Sécurité, Kodjo Agbéko, auprès de son "
        "homologue béninois, Alassane Sanni, à Cotonou. Le ministre était porteur d'un message."
    )
    roles = {p.name: (p.party, p.role.value) for p in meeting.participants}
    assert roles == {"Kodjo Agbéko": ("TG", "guest"), "Alassane Sanni": ("BJ", "host")}
    assert meeting.location.city == "Cotonou"
    assert meeting.date is not None and meeting.date.isoformat() == "2026-05-12"


def test_one_dispatched_elsewhere_than_to_someone_is_no_meeting() -> None:
    analysis = read_offline(
        "Le ministre a dépêché mardi une équipe d'enquêteurs à Kidal après l'attaque.", published="2026-05-13"
    )
    assert not analysis.is_meeting_report
    analysis = read_offline(
        "Le gouverneur, Amadou Touré, a dépêché mardi une équipe de secours auprès du chef de village de Tessit.",
        published="2026-05-13",
    )
    assert not analysis.is_meeting_report


def test_talks_named_before_their_verb_in_a_cleft_sentence_are_one_meeting() -> None:
    meeting = only_meeting(
        "C'est la substance des entretiens que le ministre de l'Intérieur, Jean Mba Essono, a eus, ce lundi, avec "
        "une délégation venue du Maroc. C'est le sens de la séance de travail que le ministre et ses "
        "collaborateurs ont eue, le 11 mai dernier, avec ces experts, conduits par Karim Alaoui, ambassadeur du "
        "Maroc au Gabon.",
        published="2026-05-12",
    )
    assert meeting.kind.value == "working_meeting"
    assert meeting.date is not None and meeting.date.isoformat() == "2026-05-11"
    assert {p.name for p in meeting.participants} == {"Jean Mba Essono", "Karim Alaoui"}


def test_a_given_name_typed_with_one_letter_more_is_the_same_person() -> None:
    meeting = only_meeting(
        "Le ministre de l'Intérieur, Egard Nzé Obiang, a reçu mardi son homologue congolais, Paul Mabiala. "
        "Edgard Nzé Obiang a évoqué avec Paul Mabiala la sécurité des frontières."
    )
    assert len([p for p in meeting.participants if p.name and p.name.endswith("Nzé Obiang")]) == 1


def test_a_reception_held_to_sign_is_a_signing() -> None:
    meeting = only_meeting(
        "Le 3 mars dernier, le directeur de la police cantonale, Marc Rochat, a reçu le chef de la gendarmerie de "
        "Savoie, Henri Blanc, afin de signer le renouvellement de la convention de coopération."
    )
    assert meeting.kind.value == "signing"


def test_a_deal_sealed_with_a_signing_later_makes_the_welcome_a_signing() -> None:
    meeting = only_meeting(
        "The Tonga Police welcomed the visiting officers and their Commissioner, Ana Moala, on Monday. "
        "The deal was sealed during the signing of an MOU at the Nuku'alofa police station."
    )
    assert meeting.kind.value == "signing"


def test_a_vietnamese_surname_that_is_a_french_article_stays_in_the_name() -> None:
    analysis = read_offline(
        "Vietnam's Minister of Public Security, General Le Van Hoa, received Lao Police Commissioner Somphone "
        "Keo in Hanoi on Monday. General Le Quoc Binh also attended the talks.",
        published="2026-05-13",
    )
    names = {p.name for m in analysis.meetings for p in m.participants}
    assert "Le Quoc Binh" in names and "Quoc Binh" not in names


def test_cheikh_is_a_given_name_in_a_west_african_text_and_a_title_in_a_gulf_one() -> None:
    meeting = only_meeting(
        "Le directeur de la police sénégalaise, Cheikh Fall, a reçu lundi à Dakar son homologue malien, "
        "Issa Diarra."
    )
    assert "Cheikh Fall" in {p.name for p in meeting.participants}
    meeting = only_meeting(
        "Le ministre qatari de l'Intérieur, Cheikh Khalifa, a reçu lundi à Doha son homologue malien, Issa Diarra."
    )
    assert "Khalifa" in {p.name for p in meeting.participants}


def test_given_cheikh_by_the_countries_of_the_text() -> None:
    assert names.given_cheikh("Cheikh Tidiane Ba")
    assert not names.given_cheikh("Cheikh Ndiaye")
    assert names.given_cheikh("Cheikh Ndiaye", {"SN", "ML"})
    assert not names.given_cheikh("Cheikh Tamim", {"QA", "SN"})
    assert not names.given_cheikh("Cheikh Saif bin Zayed", {"SN"})


def test_those_appointed_to_chair_a_conference_took_part_in_it() -> None:
    analysis = read_offline(
        "The 9th Regional Police Chiefs Conference was held in Dili from May 4-6, 2026. Police General Tomas "
        "Ximenes, Commander of the Timor-Leste National Police, was appointed Chairman; and Colonel Rui Matos of "
        "the Public Security Police of Portugal was appointed Vice Chairman.",
        published="2026-05-13",
    )
    assert analysis.is_meeting_report
    names_found = {p.name: p for m in analysis.meetings for p in m.participants}
    assert {"Tomas Ximenes", "Rui Matos"} <= set(names_found)
    assert names_found["Rui Matos"].title != "Chairman; and Colonel"  # (no title across the list's semicolon)


def test_a_dateline_without_a_year_gives_way_to_the_full_date_after_it() -> None:
    analysis = read_offline(
        "Réunion de travail avec la délégation nigérienne\n\nMise en ligne\n\nPublié le\n\nà\n\n"
        "Lomé, 9 mars (ATOP)- Le ministre togolais de la Sécurité, Kodjo Adedze, a présidé ce lundi 9 mars 2026 "
        "une séance de travail avec la délégation nigérienne conduite par le ministre de l'Intérieur, "
        "Mohamed Toumba. Le ministre a rappelé que ‘’le 2 avril 2019, les pays de la région se sont retrouvés à "
        "Accra pour signer un accord’’.",
        published=None,
    )
    assert analysis.is_meeting_report and len(analysis.meetings) == 1  # (the quoted signing is his words)
    meeting = analysis.meetings[0]
    assert meeting.date is not None and meeting.date.isoformat() == "2026-03-09"
    assert (meeting.location.city, meeting.location.country) == ("Lomé", "TG")


def test_a_dateline_alone_on_its_line_dates_the_text_over_a_site_banner() -> None:
    source = read_bytes(
        b"Wed. Nov 4th, 2026\n\nBrussels, 9 March 2026\n\nThe Commission welcomes the signature today of the "
        b"working arrangement between Frontex and Albania.",
        name="x",
    )
    assert source.published is not None and source.published.isoformat() == "2026-03-09"
    assert source.dateline is None  # (the release's seat is no place of the text)


def test_who_took_the_chair_and_who_was_in_attendance_are_of_the_gathering() -> None:
    analysis = read_offline(
        "The Ninth Meeting of the Regional Committee of Police Chiefs was held in Castries on 3-4 May 2026. During "
        "this Meeting, Mr. Carl Henry, Commissioner of Police, Dominica assumed the chair of the Committee. "
        "Delegates were welcomed by Mr. Paul Joseph, Commissioner of Police, Saint Lucia. In attendance were "
        "Commissioners of Police from Barbados, Dominica, Grenada and Saint Lucia.",
        published="2026-05-06",
    )
    assert len(analysis.meetings) == 1
    meeting = analysis.meetings[0]
    assert {"Carl Henry", "Paul Joseph"} <= {p.name for p in meeting.participants}
    assert {"BB", "DM", "GD", "LC"} <= set(meeting.parties)


def test_those_who_made_statements_at_the_opening_took_part() -> None:
    meeting = only_meeting(
        "The African Union Commission held in Nairobi, Kenya, on 4-5 May 2026, a consultative meeting of regional police bodies. "
        "The opening session heard statements by Major General John Mwangi, Inspector General of Police of Kenya "
        "and Dr. Grace Banda, Head of the Security Division of the AU Commission."
    )
    assert {"John Mwangi", "Grace Banda"} <= {p.name for p in meeting.participants}


def test_a_country_something_is_of_interest_to_is_not_where_they_met() -> None:
    meeting = only_meeting(
        "Accra – The training of the Ghanaian police is of great interest to Liberia, the Minister of Justice of "
        "Liberia, Paul Kollie, said on Monday during an official visit to Ghana. He spoke after signing an "
        "agreement with his Ghanaian counterpart, Kofi Mensah."
    )
    assert meeting.location.country == "GH"


def test_officers_who_took_part_in_a_training_course_did_not_meet() -> None:
    analysis = read_offline(
        "UNODC conducted an online course on countering drug trafficking for officers of Tajikistan. A total of "
        "25 officers of the Ministry of Internal Affairs participated in the training."
    )
    assert not analysis.is_meeting_report


def test_an_audience_granted_to_a_guest_in_town_for_a_gathering_is_not_that_gathering() -> None:
    meeting = only_meeting(
        "Le chef de l'État, Issa Tiemoko, a reçu mardi le ministre de la Sécurité du Togo, Kossi Ameganvi, présent "
        "au Niger pour la 6ème réunion des ministres de la Sécurité du Liptako-Gourma."
    )
    assert meeting.kind.value != "conference"
    roles = {p.name: p.role.value for p in meeting.participants}
    assert roles == {"Issa Tiemoko": "host", "Kossi Ameganvi": "guest"}


def test_matters_addressed_with_ministers_on_a_visit_are_a_further_meeting() -> None:
    analysis = read_offline(
        "During his official visit to Oman, Jordanian Minister of Interior Samir Haddad met with his Qatari "
        "counterpart, Khalid Al-Marri. Talks centred on drug trafficking. He also addressed border security with "
        "the Ministers of Interior of Kuwait, Fahd Al-Sabah, and Iraq, Ali Al-Jubouri."
    )
    names_by_meeting = [{p.name for p in m.participants} for m in analysis.meetings]
    assert any({"Fahd Al-Sabah", "Ali Al-Jubouri"} <= names for names in names_by_meeting)
    assert all("Fahd Al-Sabah" not in names for names in names_by_meeting if "Khalid Al-Marri" in names)


def test_talks_named_again_by_who_chaired_them_take_the_day_told_before() -> None:
    meeting = only_meeting(
        "ASTANA. KAZINFORM – Astana hosted consultations between the staffs of the Security Councils of "
        "Kazakhstan and Uzbekistan on Tuesday. The talks were chaired by the Secretary of the Security Council of "
        "Kazakhstan Nurlan Abenov and the Secretary of the Security Council of Uzbekistan Timur Karimov.",
        published="2026-05-14",
    )
    assert meeting.date is not None and meeting.date.isoformat() == "2026-05-12"
