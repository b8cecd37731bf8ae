"""Classes of misreading found on real pages of both languages not read before (read53, the train half of a train/test
split). Every sentence invented."""

from __future__ import annotations

import pytest
from support import only_meeting, read_offline, sides_of


# a numbered sitting of a joint board or council, told as begun, is a meeting; its day the agency's dateline's
@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "MINSK, 12 March. The third sitting of the joint board of the interior ministries of Belarus and Armenia "
            "has started its work in Minsk. Interior Ministers Pavel Drozdov and Arman Sarkisyan are taking part in it.",
            "2026-03-12",
        ),
        (
            "DOUCHANBÉ, 12 mars. La deuxième session du conseil conjoint des ministères de l'Intérieur du Tadjikistan "
            "et de l'Ouzbékistan a entamé ses travaux à Douchanbé. Les ministres Faridun Rakhimov et Bakhtiyor Yusupov "
            "y prennent part.",
            "2026-03-12",
        ),
    ],
)
def test_a_sitting_of_a_joint_board_under_way_is_a_meeting_of_the_datelines_day(text: str, date: str) -> None:
    meeting = only_meeting(text, "2026-03-12")
    assert meeting.date is not None and meeting.date.isoformat() == date
    assert len(meeting.parties) == 2


# "The meeting on Thursday was between A and B": a meeting between them
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ten Australian advisers will stay in Samoa. The short meeting on Thursday was between Australia's Minister "
            "for Home Affairs, Clare Dunn, and Samoa's Police Commissioner Auapaau Sefo.",
            {"Clare Dunn", "Auapaau Sefo"},
        ),
        (
            "The talks on Monday were between the Kenyan Inspector General, Peter Mwangi, and the Ethiopian Federal "
            "Police Commissioner, Demelash Tadesse, in Moyale.",
            {"Peter Mwangi", "Demelash Tadesse"},
        ),
    ],
)
def test_a_meeting_said_to_be_between_two_is_theirs(text: str, names: set[str]) -> None:
    assert set(sides_of(text)) == names


# a signing whose day is told in commas after its noun is a signing held, the agreement signed
@pytest.mark.parametrize(
    "text",
    [
        "Les polices nigérienne et malienne mèneront des patrouilles communes après la signature, ce mardi 12 mai, "
        "d'un accord entre les deux pays à Niamey par le ministre nigérien de l'Intérieur, Issa Moussa, et son "
        "homologue malien, Daouda Traoré.",
        "Customs officers of Botswana and Namibia will hold joint inspections following the signing yesterday, "
        "Monday 11 May, of an agreement between the two countries in Gaborone by Minister Kabo Sebele and his "
        "Namibian counterpart, Tjeripo Hango.",
    ],
)
def test_a_signing_its_day_in_commas_is_a_signing_held(text: str) -> None:
    meeting = only_meeting(text, "2026-05-12")
    assert (meeting.kind.value, meeting.status.value) == ("signing", "held")
    assert [o.type.value for o in meeting.outcomes] == ["agreement_signed"]


# those whose video message reached a gathering took no part in it, nor did their countries or organisations
@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (
            "The annual meeting of Caribbean customs heads opened in Castries on Monday. Video messages were received "
            "from the Director of the Canada Border Services Agency, Lisa Grant, and from Interpol's Secretary General, "
            "Tomas Berg. Saint Lucia's Comptroller of Customs, Vern Joseph, welcomed the delegates.",
            {"Lisa Grant", "Tomas Berg"},
            "Vern Joseph",
        ),
        (
            "La réunion annuelle des chefs de police du Sahel s'est ouverte lundi à Niamey. Des messages vidéo du "
            "directeur d'Europol, Anna Keller, et du président d'Afripol, Moussa Diop, ont été diffusés. Le directeur "
            "général de la police nationale nigérienne, Abdou Garba, a souhaité la bienvenue aux délégués.",
            {"Anna Keller", "Moussa Diop"},
            "Abdou Garba",
        ),
    ],
)
def test_who_spoke_by_video_took_no_part(text: str, absent: set[str], present: str) -> None:
    meeting = only_meeting(text, "2026-05-13")
    named = {p.name for p in meeting.participants if p.name}
    assert present in named and not named & absent
    assert not {"CA", "INTERPOL", "EUROPOL", "AFRIPOL"} & set(meeting.parties)


# the spokesman a sentence opens on, who tells of the talks, took no part in them
@pytest.mark.parametrize(
    ("text", "spokesman"),
    [
        (
            "Le chef de la police togolaise, Komi Adjo, a reçu lundi à Lomé une délégation ghanéenne conduite par le "
            "commissaire Kwesi Mensah. Selon le chargé de communication de la police, le commissaire Yao Tchalla, les "
            "deux parties ont évoqué la sécurité des frontières.",
            "Yao Tchalla",
        ),
        (
            "The Commissioner of the Tanzania Police Force, Juma Bakari, on Monday received a delegation of the Kenya "
            "Police led by Deputy Inspector General Ann Wanjiru in Dodoma. According to the force's public relations "
            "officer, Senior Superintendent David Misime, the two sides discussed cattle rustling.",
            "David Misime",
        ),
    ],
)
def test_the_spokesman_the_sentence_opens_on_took_no_part(text: str, spokesman: str) -> None:
    named = sides_of(text)
    assert spokesman not in named and len(named) == 2


# the words of a revenue administration's title are no one's name
@pytest.mark.parametrize(
    "text",
    [
        "Le Directeur Général des Impôts et Taxes, Moussa Sanogo, a reçu ce lundi à Bamako son homologue nigérien, "
        "Hamidou Issa.",
        "Le Directeur Général des Douanes et Droits Indirects, le Général Idriss Abakar, a reçu ce lundi à N'Djamena "
        "son homologue soudanais, Omer Hassan.",
    ],
)
def test_a_revenue_offices_words_are_no_name(text: str) -> None:
    assert len(sides_of(text, "2026-05-12")) == 2


# an earlier gathering of the series, dated, is not the one told: not its day
@pytest.mark.parametrize(
    "text",
    [
        "The second trilateral meeting on border security was held in Lusaka to strengthen the efforts of Zambia, "
        "Malawi and Mozambique. The first meeting took place in Lilongwe, Malawi, on Oct. 3, 2025, where a roadmap "
        "was adopted. During the meeting, the Zambian Inspector General and the Malawian Commissioner agreed on joint "
        "patrols.",
        "La troisième réunion tripartite sur la sécurité des frontières s'est tenue à Cotonou entre le Bénin, le Togo "
        "et le Nigeria. La précédente réunion s'était tenue à Lomé le 9 octobre 2025. Au cours de la réunion, le "
        "ministre béninois et le ministre togolais ont arrêté un calendrier de patrouilles.",
    ],
)
def test_an_earlier_meeting_of_the_series_gives_no_day(text: str) -> None:
    meeting = only_meeting(text, "2026-02-20")
    assert meeting.date is None
    assert meeting.location.city in ("Lusaka", "Cotonou")


# an initialism's dots do not end the title after a name
def test_an_initialisms_dots_do_not_end_a_title() -> None:
    text = (
        "The Vietnam Coast Guard signed a memorandum with the U.S. Coast Guard in Seattle on Thursday. Major General "
        "Tran Van Minh met with Rear Admiral Paula Reed, commander of the U.S. Coast Guard's 13th District."
    )
    meeting = only_meeting(text, "2026-05-16")
    reed = next(p for p in meeting.participants if p.name == "Paula Reed")
    assert reed.title == "commander of the U.S. Coast Guard's 13th District"
    assert "US" in meeting.parties


# hosts named by office alone are of the one other country whose force the text names
@pytest.mark.parametrize(
    ("text", "host", "country"),
    [
        (
            "Commissioner of Police Sitiveni Rokovuni received Tonga's Police Commissioner Sione Fifita today. "
            "Commissioner Rokovuni said the Fiji Police Force would train Tongan investigators.",
            "Sitiveni Rokovuni",
            "FJ",
        ),
        (
            "Le chef d'état-major, le colonel Omar Hassan Ali, a reçu hier une délégation de la gendarmerie "
            "française conduite par le colonel Paul Martin. La gendarmerie djiboutienne accueillera deux "
            "instructeurs français.",
            "Omar Hassan Ali",
            "DJ",
        ),
    ],
)
def test_hosts_are_of_the_force_the_text_names(text: str, host: str, country: str) -> None:
    meeting = only_meeting(text, "2026-05-13")
    assert country in meeting.parties and meeting.location.country == country
    assert sides_of(text)[host][0] == country


# joint patrols to be held are no meeting to come
def test_patrols_to_hold_are_no_meeting() -> None:
    analysis = read_offline(
        "The police of both countries will hold joint patrols along the border from June."
    )
    assert not analysis.is_meeting_report


# a town the tables lack, placed near a city they know, is the meeting's, in that city's country
@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        (
            "The Australian Federal Police and the Vanuatu Police Force signed a policing arrangement on Monday at "
            "Redcliffe, near Brisbane. It was signed by Deputy Commissioner Anne Boyd and Commissioner Kalo Tari.",
            "Redcliffe",
            "AU",
        ),
        (
            "Le directeur général de la police belge, Marc Dupont, et son homologue congolais, Jean Mbala, ont signé "
            "lundi à Zaventem, près de Bruxelles, un protocole de coopération.",
            "Zaventem",
            "BE",
        ),
    ],
)
def test_a_town_near_a_known_city_is_in_its_country(text: str, city: str, country: str) -> None:
    location = only_meeting(text, "2026-05-12").location
    assert (location.city, location.country) == (city, country)


# a US combatant command stands for the United States
@pytest.mark.parametrize(
    "text",
    [
        "A SOUTHCOM delegation led by Rear Admiral Mark Fuller was received on Monday in Tegucigalpa by the Minister "
        "of Security, Ramón Sabillón Cruz.",
        "Une délégation de l'Africom conduite par le général Paul Grant a été reçue lundi à Bamako par le directeur "
        "général de la gendarmerie, le général Oumar Sanogo.",
    ],
)
def test_a_us_command_is_the_united_states(text: str) -> None:
    assert "US" in only_meeting(text, "2026-05-12").parties


# the operations a guest praised are not where the guest was received
@pytest.mark.parametrize(
    "text",
    [
        "The British High Commissioner, Anna Reid, praised the police for the drug raids in Lautoka during a courtesy "
        "call on the Commissioner of Police, Iowane Naiveli, at the police headquarters today.",
        "L'ambassadeur d'Italie, Marco Rossi, a salué les saisies conduites à Toamasina lors d'une audience que lui a "
        "accordée mardi le directeur général de la police, Jean Rakotomalala.",
    ],
)
def test_the_place_of_operations_is_not_the_meetings(text: str) -> None:
    assert only_meeting(text, "2026-05-12").location.city is None
