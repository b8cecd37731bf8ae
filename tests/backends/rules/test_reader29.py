"""What the classes the 25th real-text reading left open need of the offline reader, each
written in new words: a minister's or chief's visit to his own units, men or fair stand is no
meeting, while a visit abroad stays one; encounters not invented from background (the dead a
memorial honours, the guest's arrival, a visit told in general words, an earlier visit, remarks
welcomed, a month gone by); the later legs of a journey, 'the US' and 'Lao' as sides; outcomes of a
meeting to come, of a visit's point, of a mechanism only to be studied; 'high-level visits' as a
noun; a note on the cooperation in general, which gives no topic; a welcome on arrival as part
of the visit."""

from __future__ import annotations

from support import only_meeting, outcome_types, read_offline

from communique.schema import OutcomeType


def test_a_tour_of_ones_own_stations_told_in_the_next_sentence_is_no_meeting() -> None:
    analysis = read_offline(
        "Le ministre de l'Administration territoriale et de la Sécurité, Boukary Sawadogo, a effectué jeudi une "
        "tournée dans les provinces du Sourou et du Nayala. Au cours de son périple, le ministre a visité "
        "plusieurs commissariats et brigades de gendarmerie pour écouter les agents."
    )
    assert not analysis.is_meeting_report


def test_a_chief_seeing_his_men_at_a_fair_stand_is_no_meeting() -> None:
    analysis = read_offline(
        "Le Directeur général de la Sûreté, accompagné de son état-major, a visité mardi le Salon de Kaolack "
        "pour apprécier le travail de ses hommes. Il a félicité les agents du stand de la police."
    )
    assert not analysis.is_meeting_report


def test_a_minister_meeting_and_praising_his_investigators_is_no_meeting() -> None:
    analysis = read_offline(
        "Pour féliciter les enquêteurs, le ministre de l'Intérieur, Paul Mercier, s'est rendu lundi à l'Office "
        "central de lutte contre la criminalité organisée."
    )
    assert not analysis.is_meeting_report
    analysis = read_offline(
        "Le 2 mars, accompagné du directeur de la gendarmerie, le ministre Paul Mercier s'est rendu à la brigade "
        "de Koné, où il a pu échanger avec les militaires."
    )
    assert not analysis.is_meeting_report


def test_a_visit_to_a_foreign_counterparts_stations_is_still_a_meeting() -> None:
    meeting = only_meeting(
        "Le ministre nigérien de l'Intérieur, Hamadou Souley, a effectué lundi une visite de travail à Lomé, où il "
        "a été reçu par son homologue togolais, Yark Damehame. Il a ensuite visité plusieurs commissariats."
    )
    assert set(meeting.parties) == {"NE", "TG"}


def test_the_dead_a_memorial_honours_take_no_part() -> None:
    meeting = only_meeting(
        "Interior Minister Omar Farouk held talks on Tuesday in Damascus with his Syrian counterpart Samir Haddad. "
        "Farouk and his delegation paid tribute at a memorial at the airport, where General Youssef Karam and "
        "commander Tarek Nasri were killed in an airstrike in 2017."
    )
    assert {p.name for p in meeting.participants} == {"Omar Farouk", "Samir Haddad"}


def test_the_guests_arrival_on_the_same_visit_is_no_second_meeting_and_places_it() -> None:
    meeting = only_meeting(
        "Kuwaiti Interior Minister Salem Al-Ali announced Monday the signing of a security memorandum with his "
        "Omani counterpart Hamad Al-Busaidi. The Omani minister arrived in Kuwait City on Sunday on an official visit."
    )
    assert {p.name for p in meeting.participants} == {"Salem Al-Ali", "Hamad Al-Busaidi"}
    assert meeting.location.city == "Kuwait City"


def test_a_visit_told_in_general_words_then_its_meeting_is_one_encounter() -> None:
    meeting = only_meeting(
        "A delegation led by Korean Interior Minister Park Ji-hoon which is currently in Vietnam on an official "
        "visit has held discussions with Vietnamese officials. The Korean Minister met the Deputy Minister of "
        "Public Security, General Tran Van Minh, in Hanoi on 11 May and discussed cybercrime."
    )
    assert {p.name for p in meeting.participants} == {"Park Ji-hoon", "Tran Van Minh"}
    assert meeting.date is not None and meeting.date.isoformat() == "2026-05-11"


def test_one_met_on_an_earlier_visit_the_talks_build_upon_takes_no_part() -> None:
    meeting = only_meeting(
        "A meeting took place this morning between New Zealand Police Superintendent Anna Grey and Tonga's Police "
        "Commissioner Sione Fifita. The talks built upon Commissioner Fifita's recent visit to New Zealand, where "
        "he met with Commissioner Peter Lane."
    )
    assert {p.name for p in meeting.participants} == {"Anna Grey", "Sione Fifita"}


def test_welcoming_someones_remarks_is_no_meeting() -> None:
    analysis = read_offline(
        "Police chief Carlos Reyes welcomed on Monday the remarks of Indonesian President Budi Santoso on the "
        "campaign against drugs."
    )
    assert not analysis.is_meeting_report


def test_a_signing_told_on_a_month_gone_by_is_background_to_the_meeting() -> None:
    meeting = only_meeting(
        "Le ministre de l'Intérieur, Jean Okemba, a reçu lundi à Brazzaville l'ambassadeur de France, Paul Girard.\n\n"
        "En mars dernier, la Police nationale a signé un accord de coopération avec Interpol, dont le siège est à Lyon."
    )
    assert set(meeting.parties) == {"CG", "FR"}
    assert not meeting.outcomes


def test_the_later_legs_of_a_journey_are_no_side_nor_place_of_its_first_encounter() -> None:
    meeting = only_meeting(
        "Le président nigérien Moussa Issa recevait en audience Hans Weber, ministre allemand de l'Intérieur, qui "
        "était accompagné d'une délégation. M. Weber a entamé mardi, par Niamey, une visite devant le conduire "
        "aussi au Tchad et au Cameroun."
    )
    assert set(meeting.parties) == {"DE", "NE"}
    assert (meeting.location.city, meeting.location.country) == ("Niamey", "NE")


def test_the_us_after_the_is_the_united_states() -> None:
    meeting = only_meeting(
        "At a meeting with the Deputy Ambassador of the US to Thailand Anna Webb on May 11, Deputy Commissioner "
        "Somchai Rattana said cooperation between the two police forces has developed well."
    )
    assert "US" in meeting.parties


def test_lao_is_the_demonym_of_laos() -> None:
    meeting = only_meeting(
        "Vietnamese Minister Tran Quoc Hung together with Lao Minister of Public Security Bounmy Sisouk co-chaired the "
        "ministerial conference on drug control in Hanoi on Tuesday."
    )
    assert set(meeting.parties) == {"LA", "VN"}


def test_a_meeting_to_be_held_soon_and_a_gathering_to_be_hosted_are_follow_ups() -> None:
    meeting = only_meeting(
        "Le ministre de l'Intérieur, Paul Kanza, a reçu mardi l'ambassadeur du Gabon, Marc Ndong. Les deux hommes "
        "ont évoqué la tenue prochaine d'une réunion entre les responsables de la police des deux pays."
    )
    assert [o.type.value for o in meeting.outcomes] == ["follow_up_planned"]
    meeting = only_meeting(
        "Omani Interior Minister Hamad Al-Busaidi received on Monday his Qatari counterpart Khalid Al-Thani. "
        "Al-Thani said that Qatar will be hosting a regional security meeting next October."
    )
    assert "follow_up_planned" in [o.type.value for o in meeting.outcomes]


def test_the_point_of_a_visit_to_sign_is_an_agreement_planned() -> None:
    assert outcome_types(
        'The ministry said the visit aims to "sign a memorandum on police cooperation".'
    ) == [OutcomeType.AGREEMENT_PLANNED]
    assert outcome_types("La visite vise à signer un accord de coopération policière.") == [
        OutcomeType.AGREEMENT_PLANNED
    ]


def test_a_mechanism_to_be_studied_is_not_created() -> None:
    assert outcome_types(
        "Les deux ministres ont convenu d'étudier le projet d'observatoire de détection précoce des risques."
    ) == [OutcomeType.OTHER]


def test_visits_as_a_noun_after_its_kind_opens_no_visit() -> None:
    meeting = only_meeting(
        "They will also work closely together to ensure the safety of important events, high-level visits, and the "
        "citizens, businesses and representative agencies of each country in the other's territory. The same day, "
        "Minister Lam together with Chinese Minister of Public Security Li Wei co-chaired the eighth ministerial "
        "conference on crime prevention."
    )
    assert meeting.kind.value == "conference"


def test_a_note_on_the_cooperation_in_general_gives_no_topic() -> None:
    meeting = only_meeting(
        "Le ministre de l'Intérieur, Sidi Ould Ahmed, a reçu lundi à Nouakchott l'ambassadeur d'Italie, Marco Rossi. "
        "Les entretiens ont porté sur les relations entre les deux pays. Il convient de noter que la Mauritanie et "
        "l'Italie renforcent leur coopération dans la lutte contre le terrorisme et le trafic de drogue."
    )
    assert meeting.topics == []


def test_the_guests_welcome_on_arrival_told_after_his_talks_is_part_of_the_visit() -> None:
    meeting = only_meeting(
        "Interior Minister Hassan Nouri has held talks with Syrian Prime Minister Adel Saleh during his visit to "
        "Damascus. Nouri, who arrived in Damascus on Tuesday, was welcomed by the Syrian deputy interior "
        "minister, General Rami Khoury."
    )
    assert meeting.kind.value == "official_visit"
    assert {p.name for p in meeting.participants} == {"Hassan Nouri", "Adel Saleh", "Rami Khoury"}
    assert meeting.date is not None and meeting.date.isoformat() == "2026-05-12"
