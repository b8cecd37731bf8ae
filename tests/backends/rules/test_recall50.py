"""An encounter told the ways real pages tell one without a verb of meeting: by what its two named sides went over
(a verb of exchange or examination in its forms, or an exchange's noun with whom it was held), by a photo's caption
naming two sides, or by an instrument initialled in the passive; and what shares those words but reports no
encounter (an internal review, a message, condolences, an arrest on shared information, statistics of exchanges).
Written in new words, not those of the world cases en-1000 to en-1014 and fr-1000 to fr-1014."""

from __future__ import annotations

import pytest
from support import read_offline


def _sides(text: str) -> list[list[str]]:
    record = read_offline(text, "2026-06-12")
    return [sorted(m.parties) for m in record.meetings]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "The Commissioner of the Gambia Police Force, Alieu Ceesay, and his Senegalese counterpart, General Moussa "
            "Fall, took stock of the joint border patrols on Friday in Banjul.",
            ["GM", "SN"],
        ),
        (
            "Exchanges between the Director of Kenya's Directorate of Criminal Investigations, Peter Mwangi, and the head "
            "of Uganda's CID, Grace Atim, on 9 June in Nairobi centred on car theft.",
            ["KE", "UG"],
        ),
        (
            "Following a closed-door session with his Ugandan counterpart in Kampala on Monday, Kenya's Interior Cabinet "
            "Secretary, Samuel Kiprono, told reporters that both countries would share fingerprints.",
            ["KE", "UG"],
        ),
        (
            "Minister Lucia Bernardi (centre) with the Ambassador of Albania, Edi Hoxha, in Rome on 3 June 2026. "
            "Border controls at the ports were among the subjects raised.",
            ["AL", "IT"],
        ),
        (
            "10:30 Exchange of views between the Commissioner of the Royal Solomon Islands Police Force, John Manele, and "
            "the Australian High Commissioner, Sarah Lowe, in Honiara.",
            ["AU", "SB"],
        ),
        (
            "Le ministre nigérien de l'Intérieur, Hamadou Souley, et son homologue béninois, Alassane Séidou, se sont "
            "penchés lundi à Niamey sur la sécurisation du corridor routier.",
            ["BJ", "NE"],
        ),
        (
            "Les échanges entre le général Ousmane Diallo, chef de la gendarmerie malienne, et le colonel Karim Zongo, de "
            "la gendarmerie burkinabè, ont porté mardi à Sikasso sur la sécurité de la frontière.",
            ["BF", "ML"],
        ),
        (
            "Au terme de sa séance avec l'ambassadeur d'Allemagne, Klaus Werner, jeudi à Bamako, le ministre malien de "
            "la Sécurité, Issa Traoré, a indiqué que la formation des policiers serait renforcée.",
            ["DE", "ML"],
        ),
        (
            "Légende : Le commissaire Kossi Amegan (à droite), directeur général de la police togolaise, et le "
            "commissaire ghanéen Kwame Boateng, vendredi à Lomé.",
            ["GH", "TG"],
        ),
        (
            "Mercredi à Dakar, le ministre sénégalais de l'Intérieur, Babacar Ndiaye, et l'ambassadeur d'Espagne, Luis "
            "Ortega, ont analysé ensemble les départs de pirogues.",
            ["ES", "SN"],
        ),
        (
            "Le directeur de la police guinéenne, Mamady Camara, a fait le point le 10 juin à Conakry avec son homologue "
            "sierra-léonais sur les vols de bétail.",
            ["GN", "SL"],
        ),
        (
            "The Inspector General of the Zambia Police, Mutale Chanda, and Malawi's Deputy Inspector General, Kondwani "
            "Phiri, in Chipata on 8 June. The two chiefs went over the cross-border theft of fertiliser.",
            ["MW", "ZM"],
        ),
    ],
)
def test_an_exchange_between_named_sides_is_an_encounter(text: str, parties: list[str]) -> None:
    assert _sides(text) == [parties]


@pytest.mark.parametrize(
    "text",
    [
        "A memorandum on police training between Vanuatu and Fiji was initialled in Port Vila on 4 June 2026 in the "
        "presence of Police Commissioner Joshua Bong and his Fijian counterpart, Josefa Naivalu.",
        "On the sidelines of the summit in Suva, Vanuatu's Police Commissioner Joshua Bong had a quick word with Fiji's police chief, "
        "Josefa Naivalu, on 5 June 2026.",
    ],
)
def test_an_instrument_initialled_or_a_word_had_is_an_encounter(text: str) -> None:
    assert _sides(text) == [["FJ", "VU"]]


@pytest.mark.parametrize(
    "text",
    [
        # a chief's review with his own officers
        "The Inspector-General of Police, Kwabena Ofori, and the Regional Commander, Yaw Boateng, reviewed discipline "
        "in Kumasi on Monday.",
        "Le ministre Babacar Ndiaye a examiné avec ses directeurs régionaux le bilan de la sécurité routière à Dakar.",
        # exchanges told as figures, with no one named
        "Ghana and Togo exchanged 120 requests for information last year, the bureau said. The two sides reviewed "
        "the figures.",
        # what reaches a counterpart at a distance
        "Minister Babacar Ndiaye sent a message to his Spanish counterpart, Luis Ortega, to discuss the migrant crisis.",
        "Commissioner Peter Kaupa has written to his Fijian counterpart, Josefa Naivalu, to express his condolences "
        "and to discuss the support his force can give.",
        # an arrest on shared information
        "Police arrested two suspects in Lomé after information exchanged with the Nigeria Police Force, spokesman "
        "Kossi Amegan said.",
        # a speech that reviews the cooperation
        "Addressing the graduates, the Commissioner, John Manele, reviewed the cooperation with Australia's police.",
        # an appointment, examined by a council
        "Le décret nommant le commissaire Pierre Lambert attaché de sécurité auprès de l'ambassade de France à Rabat "
        "a été examiné mardi.",
    ],
)
def test_what_shares_the_words_but_reports_no_encounter(text: str) -> None:
    assert not read_offline(text, "2026-06-12").is_meeting_report


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Le chef d'état-major de la gendarmerie togolaise, le général Koffi Adjo, a fait le déplacement à Cotonou le "
            "9 juin 2026 pour rencontrer le commandement de la gendarmerie béninoise.",
            ["BJ", "TG"],
        ),
        (
            "Le ministre burkinabè de la Sécurité, Issa Sawadogo, était ce mardi à Abidjan en Côte d'Ivoire pour une "
            "réunion de travail avec les responsables ivoiriens.",
            ["BF", "CI"],
        ),
    ],
)
def test_a_trip_made_and_a_stay_for_a_meeting_are_encounters(text: str, parties: list[str]) -> None:
    assert _sides(text) == [parties]


def test_a_colloquium_held_is_an_encounter() -> None:
    record = read_offline(
        "Une journée de colloque sur la police transfrontalière organisée mardi à Tournai à l'initiative de la "
        "gouverneure Anne Verlinden. De nombreux policiers belges et français étaient présents.",
        "2026-06-12",
    )
    assert [p.name for m in record.meetings for p in m.participants] == ["Anne Verlinden"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "The launch of the joint patrol unit in Banjul on 10 June 2026 was done in the presence of the Inspector "
            "General of the Gambia Police Force, Alieu Ceesay, and Senegal's Director General of National Police, Moussa "
            "Fall.",
            ["GM", "SN"],
        ),
        (
            "Sous l'égide du ministre de la Sécurité, Issa Traoré, les chefs des polices malienne et nigérienne, Ousmane "
            "Diallo et Ali Maïga, ont tracé mardi à Bamako une feuille de route commune.",
            ["ML", "NE"],
        ),
        (
            "The visit of the Zambian Inspector General of Police, Mutale Chanda, to the Malawi Police Service "
            "headquarters in Lilongwe on Tuesday covered fertiliser theft.",
            ["MW", "ZM"],
        ),
        (
            "The Ghanaian delegation, led by Deputy Commissioner Ama Owusu, spent Tuesday at the headquarters of the "
            "Liberia National Police in Monrovia with Inspector General Moses Tarpeh.",
            ["GH", "LR"],
        ),
        (
            "Talking to reporters after his encounter with Malaysia's police chief Razali Hamid in Kuala Lumpur, "
            "Indonesian police chief Agus Wibowo said both forces would share data.",
            ["ID", "MY"],
        ),
        (
            "Le ministre malien de la Sécurité, Issa Traoré, et son homologue nigérien, Ali Maïga, ont dressé mardi à "
            "Bamako le bilan des patrouilles conjointes.",
            ["ML", "NE"],
        ),
    ],
)
def test_a_presence_a_visit_or_a_delegation_of_two_sides_is_an_encounter(
    text: str, parties: list[str]
) -> None:
    assert _sides(text) == [parties]


@pytest.mark.parametrize(
    "text",
    [
        "The passing-out parade of 300 recruits took place in Kumasi in the presence of the Inspector-General, Kofi "
        "Asante, and the United States Ambassador, Mary Lane.",
        "The IGP, Kayode Olatunji, condoled with his Nigerien counterpart, General Moussa Garba, over the ambush near "
        "Diffa.",
        "Police arrested a Nigerian national in Accra during the visit of the Togolese Minister of Security, Yao Amegan.",
    ],
)
def test_a_ceremony_a_condolence_or_an_arrest_beside_two_sides_is_no_encounter(text: str) -> None:
    assert not read_offline(text, "2026-06-12").is_meeting_report


def test_a_stay_under_way_is_a_visit() -> None:
    record = read_offline(
        "Une équipe de la police nigérienne dirigée par le commissaire Ali Maïga séjourne depuis lundi à Cotonou. Elle "
        "travaille avec les enquêteurs béninois du commissaire Romuald Houngbédji sur les enlèvements.",
        "2026-06-12",
    )
    assert [(m.kind.value, m.location.city) for m in record.meetings] == [("official_visit", "Cotonou")]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Sous la présidence du préfet Alassane Koné, les délégations du Niger et du Burkina Faso ont passé en revue "
            "jeudi à Téra la situation des villages frontaliers.",
            ["BF", "NE"],
        ),
        (
            '"We will not let the traffickers use our lakes," Uganda\'s Inspector General Martin Okello assured his '
            "guest, Tanzania's police chief Hamisi Mkwawa, in Entebbe on 9 June 2026.",
            ["TZ", "UG"],
        ),
        (
            "« La frontière doit rester ouverte aux commerçants et fermée aux bandits », a déclaré le ministre béninois de "
            "l'Intérieur, Alassane Séidou, à son homologue togolais, Yark Amégan, mardi à Cotonou.",
            ["BJ", "TG"],
        ),
        (
            "Le commandant de la gendarmerie, le général Koffi Adjo, a ouvert lundi 8 juin 2026 à Lomé un séminaire sur "
            "la piraterie réunissant des officiers du Togo, du Bénin et du Ghana.",
            ["BJ", "GH", "TG"],
        ),
    ],
)
def test_delegations_words_to_a_guest_and_a_seminar_opened_for_others_are_encounters(
    text: str, parties: list[str]
) -> None:
    assert _sides(text) == [parties]


def test_an_agenda_line_of_an_exchange_under_a_visitor_s_title_is_an_encounter() -> None:
    text = (
        "Schedule - Visit of the Vanuatu Police Commissioner to Suva\n\nThursday 11 June 2026\n\n"
        "8.30 Arrival of Commissioner Joshua Bong\n"
        "9.30 Talks with Commissioner of Police Josefa Naivalu on maritime patrols\n"
        "12.00 Lunch at the Police Academy\n"
    )
    record = read_offline(text, "2026-06-12")
    # (the visitor, named only on the line above, is not yet listed: what the lines above an agenda's line tell is
    # read for its sides, not its people)
    assert [[p.name for p in m.participants] for m in record.meetings] == [["Josefa Naivalu"]]


@pytest.mark.parametrize(
    "text",
    [
        # a training course opened for the force's own officers
        "Le commandant de la gendarmerie, le général Koffi Adjo, a ouvert lundi à Lomé un séminaire de formation "
        "réunissant quarante officiers des brigades de recherches.",
        # words to one's own officers
        '"Discipline is our strength," the Inspector-General, Kwabena Ofori, told his commanders in Accra on Monday.',
        # an agenda of a chief's own day
        "Agenda of the Commissioner\n\nMonday 8 June 2026\n\n9.00 Discussions with the Deputy Commissioner, Ana Tuilagi, "
        "on the budget\n11.00 Parade at the Police College\n",
    ],
)
def test_a_force_s_own_seminar_words_and_agenda_are_no_encounter(text: str) -> None:
    assert not read_offline(text, "2026-06-12").is_meeting_report
