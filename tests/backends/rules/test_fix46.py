"""Classes of misreading left open after fix42 (fix46). Every sentence invented, none of them an eval case's."""

from __future__ import annotations

import pytest
from support import read_offline

from communique.backends.rules import outcomes
from communique.normalise import topics
from communique.schema import Topic


def _names(meeting: object) -> set[str]:
    return {p.name for p in meeting.participants if p.name}  # type: ignore[attr-defined]


# 1. a title-holder named earlier, then told by the title alone
@pytest.mark.parametrize(
    ("text", "holder", "guest"),
    [
        ("The Commissioner of Police, Ama Owusu, on Tuesday received the Director of the Liberian National Police, "
         "Samuel Kollie, at the Police Headquarters in Accra. They discussed border security. The Commissioner "
         "later received the Ambassador of Sierra Leone, John Koroma.",
         "Ama Owusu", "John Koroma"),
        ("Commissioner Ama Owusu on Tuesday received the Director of the Liberian National Police, Samuel Kollie, at "
         "the Police Headquarters in Accra. On Wednesday, the Commissioner of Police received the Ambassador of "
         "Sierra Leone, John Koroma, at his office.",
         "Ama Owusu", "John Koroma"),
        ("Le ministre de l'Intérieur, Paul Mba Obame, a reçu mardi à Libreville l'ambassadeur de France, Jean "
         "Dufour. Les deux hommes ont évoqué la lutte contre le terrorisme. Le ministre a ensuite reçu "
         "l'ambassadeur d'Italie, Marco Bellini.",
         "Paul Mba Obame", "Marco Bellini"),
    ],
)  # fmt: skip
def test_an_office_holder_told_later_by_the_title_alone_is_the_one_named_before(
    text: str, holder: str, guest: str
) -> None:
    meetings = read_offline(text, "2026-03-12").meetings
    later = next(m for m in meetings if guest in _names(m))
    assert holder in _names(later)
    assert all(p.name for p in later.participants)
    # (his side and his place too, as the meeting before gave them)
    first = next(m for m in meetings if holder in _names(m) and m is not later)
    assert later.location.city == first.location.city
    assert set(first.parties) - set(later.parties) <= {
        p.party for p in first.participants if p.name != holder
    }


# 2. a trip of years ago told first, then the meeting of the day
@pytest.mark.parametrize(
    ("text", "day", "city"),
    [
        ("Last year, as part of an exchange programme with the Ruvanian National Police, the commander of the "
         "Halifax police district, Mark Doyle, travelled to Ruvania. On Tuesday 3 March, a delegation of "
         "Ruvanian police officers was in Halifax. The Ruvanian officers shared their experience of community "
         "policing with their Canadian counterparts.",
         "2026-03-03", "Halifax"),
        ("En 2019, dans le cadre d'un jumelage avec la police fédérale belge, le chef de la police municipale de "
         "Rimouski, Jean Tremblay, s'était rendu en Belgique. Le lundi 2 mars, une délégation de policiers belges "
         "était en visite à Rimouski. Les policiers belges ont échangé avec leurs collègues québécois sur la "
         "prévention de la délinquance.",
         "2026-03-02", "Rimouski"),
    ],
)  # fmt: skip
def test_a_past_trip_told_first_is_background_to_the_meeting_of_the_day(
    text: str, day: str, city: str
) -> None:
    meetings = read_offline(text, "2026-03-06").meetings
    assert [str(m.date) for m in meetings] == [day]
    assert meetings[0].location.city == city


@pytest.mark.parametrize(
    "sentence",
    [
        "The Irish officers shared their experience of community policing with their Canadian counterparts.",
        "The visitors share their long experience of border policing.",
    ],
)
def test_experience_shared_in_the_past_is_an_exchange_of_expertise(sentence: str) -> None:
    assert Topic.EXPERTISE_EXCHANGE in topics.topics_in(sentence)


# 3. a courtesy call told twice: paid, then "was warmly received by"
@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("The Inspector General of the Gambia Police Force, Lamin Sowe, paid a courtesy call on the Inspector General "
         "of Police, Musa Adamu, at the Force Headquarters in Abuja on Monday. Sowe was warmly received by Adamu, who "
         "pledged closer cooperation against cross-border crime.",
         "Musa Adamu"),
        ("Le directeur général de la police nationale du Niger, Issa Garba, a effectué lundi une visite de courtoisie "
         "au directeur général de la Sûreté nationale, Mamadou Sy, à Dakar. M. Garba a été chaleureusement accueilli "
         "par M. Sy, qui a souhaité renforcer la coopération contre la criminalité transfrontalière.",
         "Mamadou Sy"),
        ("The Ambassador of Ruvania, Tom Baker, paid a courtesy call on the Inspector General of Police on Monday. He "
         "was warmly received by the IGP, Musa Adamu, at the Force Headquarters in Abuja.",
         "Musa Adamu"),
        ("L'ambassadeur du Ruvania, Tom Baker, a rendu lundi une visite de courtoisie au directeur général de la police "
         "nationale, à Dakar. M. Baker a été chaleureusement accueilli par le directeur général, Mamadou Sy.",
         "Mamadou Sy"),
        ("L'ambassadeur du Ruvania, Tom Baker, a rendu lundi une visite de courtoisie au directeur général de la police "
         "nationale. Il a été chaleureusement accueilli par le directeur général, Mamadou Sy, dans son bureau à Dakar.",
         "Mamadou Sy"),
    ],
)  # fmt: skip
def test_a_courtesy_call_then_its_warm_welcome_is_one_meeting(text: str, host: str) -> None:
    (meeting,) = read_offline(text, "2026-03-10").meetings
    assert meeting.kind.value == "official_visit"
    assert len(_names(meeting)) == 2
    assert [p.name for p in meeting.participants if p.role.value == "host"] == [host]


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("The Commissioner of the Ruvanian Police, Tom Baker, visited the National Police Academy in Accra on Monday. "
         "He was received by the Commandant of the Academy, Kofi Asante, who briefed him on its training programmes.",
         "Kofi Asante"),
        ("Le chef de la police du Ruvania, Tom Baker, s'est rendu lundi au siège de la police judiciaire à Dakar. Il a "
         "été reçu par le directeur de la police judiciaire, Mamadou Sy, qui lui a présenté les missions du service.",
         "Mamadou Sy"),
    ],
)  # fmt: skip
def test_a_visit_to_a_seat_then_its_welcome_is_one_visit(text: str, host: str) -> None:
    (meeting,) = read_offline(text, "2026-03-10").meetings
    assert meeting.kind.value == "official_visit"
    assert [p.name for p in meeting.participants if p.role.value == "host"] == [host]


@pytest.mark.parametrize(
    ("text", "office_holder"),
    [
        ("The Ambassador of Ruvania, Tom Baker, paid a courtesy call on the Inspector General of Police on Monday in "
         "Abuja. He was later received by the Minister of Police Affairs, Ali Dogo.",
         "Ali Dogo"),
        ("L'ambassadeur du Ruvania, Tom Baker, a rendu lundi une visite de courtoisie au directeur général de la police "
         "nationale à Dakar. Il a ensuite été reçu par le ministre chargé de la police nationale, Mamadou Sy.",
         "Mamadou Sy"),
    ],
)  # fmt: skip
def test_a_later_reception_by_another_office_is_a_further_meeting(text: str, office_holder: str) -> None:
    call, later = read_offline(text, "2026-03-10").meetings
    assert [p.name for p in call.participants if p.role.value == "host"] == [None]
    assert call.kind.value == "official_visit"
    assert [p.name for p in later.participants if p.role.value == "host"] == [office_holder]


# 4. a dinner or a reception given around the main event: the event's kind, no outcome of its own
@pytest.mark.parametrize(
    "text",
    [
        "The 14th Conference of West African Police Chiefs opened on Monday at the International Conference Centre "
        "in Lomé. In the evening, the Minister of Security, Kodjo Agbeko, gave a dinner at the Hotel Sarakawa in "
        "honour of the participants.",
        "La 14e conférence des chefs de police d'Afrique de l'Ouest s'est ouverte lundi au Centre international de "
        "conférences de Lomé. Le soir, le ministre de la Sécurité, Kodjo Agbeko, a offert un dîner à l'hôtel "
        "Sarakawa en l'honneur des participants.",
    ],
)  # fmt: skip
def test_a_dinner_given_for_a_conference_s_participants_is_the_conference_s(text: str) -> None:
    (meeting,) = read_offline(text, "2026-03-10").meetings
    assert meeting.kind.value == "conference"
    assert meeting.outcomes == []


@pytest.mark.parametrize(
    "text",
    [
        "The Minister of Interior of Ruvania, Tom Baker, held talks on Monday in Accra with his Ghanaian counterpart, "
        "Kofi Mensah, on border security. In the evening, Mensah hosted a reception in honour of his guest, attended "
        "by the ambassadors of several countries.",
        "Le ministre de l'Intérieur du Ruvania, Tom Baker, s'est entretenu lundi à Dakar avec son homologue "
        "sénégalais, Mamadou Sy, de la sécurité des frontières. Le soir, M. Sy a offert un dîner en l'honneur de son "
        "hôte, en présence des ambassadeurs de plusieurs pays.",
    ],
)  # fmt: skip
def test_a_reception_after_bilateral_talks_keeps_them_talks(text: str) -> None:
    (meeting,) = read_offline(text, "2026-03-10").meetings
    assert meeting.kind.value == "working_meeting"
    assert meeting.outcomes == []


@pytest.mark.parametrize(
    "text",
    [
        "The Minister of Interior, Kofi Mensah, on Monday gave a dinner in honour of his Nigerian counterpart, Aminu "
        "Bello, who is in Accra for the 25th African Regional Conference of Interpol.",
        "Le ministre de l'Intérieur, Kofi Mensah, a offert lundi un dîner en l'honneur de son homologue nigérian, "
        "Aminu Bello, présent à Accra pour la 25e conférence régionale africaine d'Interpol.",
        "On the sidelines of the 25th African Regional Conference of Interpol in Accra, the Minister of Interior, Kofi "
        "Mensah, on Monday hosted a reception for his Nigerian counterpart, Aminu Bello.",
        "En marge de la 25e conférence régionale africaine d'Interpol à Accra, le ministre de l'Intérieur, Kofi "
        "Mensah, a offert lundi une réception en l'honneur de son homologue nigérian, Aminu Bello.",
    ],
)  # fmt: skip
def test_a_dinner_for_a_guest_in_town_for_a_conference_is_between_the_two(text: str) -> None:
    (meeting,) = read_offline(text, "2026-03-10").meetings
    assert meeting.kind.value == "working_meeting"
    assert meeting.parties == ["GH", "NG"]
    assert _names(meeting) == {"Kofi Mensah", "Aminu Bello"}


# 5. the names a headline gives to the office the body tells alone
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minister A. Bello receives the Gambian police chief\n\nThe Minister of Interior on Tuesday received the "
         "Inspector General of the Gambia Police Force at his office in Abuja. The Minister said both forces would "
         "share intelligence on cross-border crime.",
         "A. Bello"),
        ("Le ministre Ousmane Diallo reçoit le chef de la police gambienne\n\nLe ministre de l'Intérieur a reçu "
         "mardi à Dakar l'inspecteur général de la police gambienne. Le ministre a souhaité un meilleur échange "
         "d'informations sur la criminalité transfrontalière.",
         "Ousmane Diallo"),
    ],
)  # fmt: skip
def test_an_office_named_only_in_the_headline_is_named_from_it(text: str, name: str) -> None:
    (meeting,) = read_offline(text, "2026-03-12").meetings
    assert name in _names(meeting)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("IGP Musa Adamu hosts Ruvanian envoy\n\nThe Inspector-General of Police on Tuesday received the Ambassador "
         "of Ruvania, Tom Baker, at the Force Headquarters in Abuja.",
         "Musa Adamu", "host"),
        ("Le général Moussa Diarra reçoit l'ambassadeur de France\n\nLe chef d'état-major de la gendarmerie a reçu "
         "mardi à Bamako l'ambassadeur de France, Luc Dufour.",
         "Moussa Diarra", "host"),
    ],
)  # fmt: skip
def test_the_subject_of_a_headline_names_the_office_the_body_gives_in_other_words(
    text: str, name: str, role: str
) -> None:
    (meeting,) = read_offline(text, "2026-03-12").meetings
    assert [p.name for p in meeting.participants if p.role.value == role] == [name]


# 6. a family name that is also a title or a common word
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Minister of Internal Affairs, Mr. Omar Haji, received on Monday the Ambassador of Ruvania, Mr. Peter "
         "Lang, in Dodoma.", "Omar Haji"),
        ("Le ministre de la Sécurité, M. Karim Hadj, a reçu lundi à Tunis l'ambassadeur d'Italie, M. Marco Rossi.",
         "Karim Hadj"),
        ("The Inspector General of Police, Mr. Bala Malam, received on Monday the Ambassador of Ruvania, Mr. Peter "
         "Lang, in Abuja.", "Bala Malam"),
        ("The Minister of Internal Affairs, Omar Haji Ameir, on Monday hosted the Ambassador of Ruvania, Mr. Peter "
         "Lang, in Dodoma.", "Omar Haji Ameir"),
        ("The Minister of Police, Mr. Ali Sheikh, received on Monday the Ambassador of Ruvania, Mr. Peter Lang, in "
         "Nairobi.", "Ali Sheikh"),
        ("Le ministre de la Sécurité, M. Karim Cheikh, a reçu lundi à Dakar l'ambassadeur d'Italie, M. Marco Rossi.",
         "Karim Cheikh"),
        ("Le directeur de la police, M. Ali Imam, a reçu lundi à Niamey l'ambassadeur d'Italie, M. Marco Rossi.",
         "Ali Imam"),
    ],
)  # fmt: skip
def test_a_family_name_that_is_also_a_title_stays_whole(text: str, name: str) -> None:
    meetings = read_offline(text, "2026-03-10").meetings
    assert any(name in _names(m) for m in meetings)


# 7. a criminal case: the accused met an undercover officer, a buyer, then was arrested
@pytest.mark.parametrize(
    "text",
    [
        "A 34-year-old man was arrested on Friday in Mombasa after he discussed the sale of two kilograms of heroin "
        "with an undercover officer. The suspect met the officer at a hotel, where detectives of the Anti-Narcotics "
        "Unit arrested him.",
        "Un homme de 34 ans a été interpellé vendredi à Abidjan après avoir négocié la vente de deux kilos de cocaïne "
        "avec un policier infiltré. Le suspect avait rencontré l'agent dans un hôtel, où les enquêteurs de la "
        "brigade des stupéfiants l'ont arrêté.",
        "According to the charge sheet, the accused, John Mwangi, discussed the sale of ivory with an undercover "
        "officer of the Kenya Wildlife Service in Nairobi on 3 March. He met the officer again on 5 March, when he "
        "was arrested.",
        "Court documents show that Peter Hall met an undercover FBI agent in Miami in January and discussed the "
        "purchase of explosives. Hall was arrested after the meeting.",
        "Selon l'acte d'accusation, le prévenu, Jean Kamga, a discuté de la vente d'armes avec un agent infiltré de la "
        "police à Douala le 3 mars. Il a rencontré l'agent une seconde fois le 5 mars, date de son interpellation.",
        "Police arrested John Otieno and Mary Wanjiru on Friday after they met a buyer at a petrol station in Kisumu "
        "to sell two pangolin scales.",
        "Paul Essomba et Marc Ngono ont été interpellés vendredi à Yaoundé après avoir rencontré dans un hôtel un "
        "homme qui se présentait comme un acheteur.",
    ],
)  # fmt: skip
def test_a_sting_told_as_a_crime_story_is_no_meeting(text: str) -> None:
    assert not read_offline(text, "2026-03-10").is_meeting_report


def test_the_use_of_undercover_officers_discussed_is_a_topic_of_a_meeting() -> None:
    text = (
        "The Inspector General of Police, Musa Adamu, met the Ambassador of Ruvania, Tom Baker, in Abuja on Monday. "
        "They discussed the use of undercover officers in drug investigations."
    )
    (meeting,) = read_offline(text, "2026-03-10").meetings
    assert {"Musa Adamu", "Tom Baker"} <= _names(meeting)


# 8. a caption in the present: the signing was held, both signatories named
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Minister Tom Baker and Minister Ana Ruiz sign memorandum on police training\n\nThe Ruvanian Minister of "
         "Police, Tom Baker, and the Minister of Security of Valdoria, Ana Ruiz, signed a memorandum of understanding "
         "on police training in Port Kesh on Monday.",
         {"Tom Baker", "Ana Ruiz"}),
        ("Karim Saadi et Luc Martin signent un accord de coopération policière\n\nLe ministre de l'Intérieur, Karim "
         "Saadi, et l'ambassadeur de France, Luc Martin, ont signé lundi à Tunis un accord de coopération policière.",
         {"Karim Saadi", "Luc Martin"}),
    ],
)  # fmt: skip
def test_a_signing_told_by_a_caption_in_the_present_was_held(text: str, names: set[str]) -> None:
    (meeting,) = read_offline(text, "2026-03-10").meetings
    assert meeting.status.value == "held"
    assert names <= _names(meeting)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Minister Tom Baker and Ambassador Ana Ruiz sign memorandum on police training", {"Tom Baker", "Ana Ruiz"}),
        ("Le ministre Karim Saadi et l'ambassadeur Luc Martin signent un accord de coopération policière",
         {"Karim Saadi", "Luc Martin"}),
    ],
)  # fmt: skip
def test_a_caption_alone_tells_a_signing_held_and_its_agreement(text: str, names: set[str]) -> None:
    (meeting,) = read_offline(text, "2026-03-10").meetings
    assert meeting.status.value == "held"
    assert meeting.kind.value == "signing"
    assert names <= _names(meeting)
    assert [o.type.value for o in meeting.outcomes] == ["agreement_signed"]


@pytest.mark.parametrize(
    "text",
    [
        "Ruvanian ministry, Valdorian mission sign memorandum of understanding\n\nTom Baker (left) and Ana Ruiz\n\n"
        "PORT KESH – After the signing ceremony, Baker said that the fight against organised crime remains the "
        "ministry's priority.",
        "Le ministère et la mission européenne signent un protocole d'accord\n\nKarim Saadi (à gauche) et Luc "
        "Martin\n\nTUNIS – À l'issue de la cérémonie de signature, M. Saadi a souligné que la lutte contre le crime "
        "organisé reste la priorité du ministère.",
    ],
)  # fmt: skip
def test_the_agreement_a_headline_caption_tells_is_the_signing_s_outcome(text: str) -> None:
    (meeting,) = read_offline(text, "2026-03-10").meetings
    assert meeting.kind.value == "signing"
    assert [o.type.value for o in meeting.outcomes] == ["agreement_signed"]


@pytest.mark.parametrize(
    "caption",
    [
        "Ruvania and Valdoria could sign memorandum on police training",
        "Ruvania and Valdoria to sign memorandum on police training",
        "Ruvania and Valdoria will sign a memorandum on police training",
    ],
)
def test_a_caption_of_a_signing_that_may_come_tells_no_agreement_signed(caption: str) -> None:
    assert all(o.type.value != "agreement_signed" for o in outcomes.find(caption))


def test_a_headline_of_a_signing_to_come_is_no_outcome() -> None:
    text = (
        "Ruvania and Valdoria to sign memorandum on police training\n\nThe Minister of Police of Ruvania, Tom Baker, "
        "will travel to Port Kesh next week, where he and the Minister of Security, Ana Ruiz, are expected to sign "
        "a memorandum of understanding on police training."
    )
    meetings = read_offline(text, "2026-03-10").meetings
    assert all(o.type.value != "agreement_signed" for m in meetings for o in m.outcomes)


# 9. one agreement told in the first line and again in the body
@pytest.mark.parametrize(
    "text",
    [
        "Ruvania and Valdoria signed a memorandum of understanding on police cooperation on Monday in Port Kesh. "
        "The memorandum of understanding on police cooperation was signed by the Minister of Police, Tom Baker, "
        "and the Minister of Security, Ana Ruiz, who said it would help fight drug trafficking.",
        "La Tunisie et l'Italie ont signé lundi à Tunis un accord de coopération policière. L'accord de coopération "
        "policière a été signé par le ministre de l'Intérieur, Karim Saadi, et l'ambassadeur d'Italie, Marco Rossi.",
        "The Minister of Police of Ruvania, Tom Baker, and the Minister of Security of Valdoria, Ana Ruiz, on Monday "
        "signed a memorandum of understanding on police training in Port Kesh. The signing of the memorandum of "
        "understanding follows two years of talks.",
        "Le ministre de l'Intérieur, Karim Saadi, et l'ambassadeur d'Italie, Marco Rossi, ont signé lundi à Tunis un "
        "mémorandum d'entente sur la formation des policiers. La signature du mémorandum d'entente a eu lieu au siège "
        "du ministère en présence des cadres.",
        "The Minister of Police of Ruvania, Tom Baker, and the Minister of Security of Valdoria, Ana Ruiz, on Monday "
        "signed a memorandum of understanding on police training in Port Kesh. Baker said the memorandum signed today "
        "would help both forces.",
        "Le ministre de l'Intérieur, Karim Saadi, et l'ambassadeur d'Italie, Marco Rossi, ont signé lundi à Tunis un "
        "mémorandum d'entente sur la formation des policiers. M. Saadi a estimé que le mémorandum signé ce lundi "
        "renforcera la coopération.",
    ],
)  # fmt: skip
def test_one_agreement_told_twice_is_one_signing_and_one_outcome(text: str) -> None:
    (meeting,) = read_offline(text, "2026-03-10").meetings
    assert [o.type.value for o in meeting.outcomes] == ["agreement_signed"]
    assert str(meeting.date) == "2026-03-09"
