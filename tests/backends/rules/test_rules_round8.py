"""Who takes part, and whether a text reports a meeting at all, as an eighth reading of real
communiqués found them; every sentence invented, none of them an eval case's."""

from __future__ import annotations

import pytest
from support import read_offline

from communique.normalise.names import strip_honorifics
from communique.schema import MeetingKind, Status


def _names(text: str, published: str = "2026-05-06") -> list[str]:
    record = read_offline(text, published)
    return sorted(p.name for m in record.meetings for p in m.participants if p.name)


# -- encounters told in tenses and shapes the cues lacked ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le directeur général de la police, Amadou Sy, va recevoir jeudi le chef de la police malienne, Oumar Coulibaly.",
        "Les deux ministres vont signer lundi à Niamey un accord sur la sécurité des frontières.",
        "Le ministre Ali Touré va se rendre la semaine prochaine à Rabat pour rencontrer son homologue.",
    ],
)
def test_a_meeting_in_the_near_future_is_announced(text: str) -> None:
    record = read_offline(text)
    assert record.is_meeting_report and record.meetings[0].status is Status.ANNOUNCED


@pytest.mark.parametrize(
    "text",
    [
        "Le chef de la police, qui recevait lundi à Lomé le commandant de la gendarmerie béninoise, Yves Houngbo, "
        "a plaidé pour des patrouilles mixtes.",
        "Le 4 mai, à Niamey, le ministre Issa Moussa s'entretenait avec l'ambassadeur du Tchad, Idriss Mahamat.",
        "Les ministres tchadien et nigérien de la Sécurité, Ali Mahamat et Sani Issa, se sont rendus mardi à Agadez.",
        "Le directeur général a par ailleurs rencontré mardi à Dakar le chef de la police gambienne, Musa Jallow.",
        "They have also met in Accra on Monday with the Liberian police chief, Joseph Kollie.",
        "A delegation led by the Kenyan police chief, Peter Mwangi, is paying an official visit to Kampala.",
        "The Inspector General, Ahmed Bello, is heading a team of officers from Nigeria to Kigali for the "
        "EAPCCO annual meeting.",
    ],
)
def test_encounters_in_other_tenses_are_meetings(text: str) -> None:
    assert read_offline(text).is_meeting_report


# -- ceremonies and gifts are no encounter -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Police Academy hosted an event in Accra on Monday for the passing-out of 300 recruits, attended by "
        "the Deputy Inspector-General, Mary Owusu.",
        "La cérémonie de sortie de promotion des élèves commissaires s'est tenue mardi à Abidjan en présence du "
        "directeur général de la police, Yao Kouamé.",
        "Senior officers of the Lagos command received ten patrol boats and forty radios from the state governor, "
        "Babajide Ogun, on Tuesday.",
        "Le commissariat central a reçu lundi un lot de vingt motos des mains du préfet, Jean Ouédraogo.",
    ],
)
def test_a_ceremony_of_trainees_or_a_gift_received_is_no_meeting(text: str) -> None:
    assert not read_offline(text).is_meeting_report


def test_a_gift_handed_over_during_a_reception_keeps_the_meeting() -> None:
    record = read_offline(
        "The Inspector-General, Grace Achieng, received the Japanese ambassador, Kenji Mori, on Monday in Nairobi. "
        "During the meeting, the ambassador handed over forty radios to the police."
    )
    assert record.is_meeting_report


# -- the guests named in a list of the next sentence ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Minister of Security, Peter Okoro, received on Monday in Abuja a group of defence attachés. Among "
            "them were Colonel Hans Becker of Germany and Mrs. Ingrid Larsen of Norway.",
            {"Hans Becker", "Ingrid Larsen"},
        ),
        (
            "Le ministre de la Sécurité, Paul Ndong, a reçu lundi à Libreville trois nouveaux ambassadeurs. Parmi eux "
            "se trouvaient M. Carlos Mendes, ambassadeur du Portugal, et Mme Hana Novak, ambassadrice de Tchéquie.",
            {"Carlos Mendes", "Hana Novak"},
        ),
    ],
)
def test_guests_listed_after_among_them_take_part(text: str, expected: set[str]) -> None:
    assert expected <= set(_names(text))


# -- names the reader cut or missed ------------------------------------------------------------


def _people(text: str, published: str = "2026-05-06") -> dict[str, str | None]:
    record = read_offline(text, published)
    return {p.name: p.party for m in record.meetings for p in m.participants if p.name}


def test_a_rank_and_an_honorific_joined_by_a_slash_before_names_of_those_present() -> None:
    found = _people(
        "The IGP, Dr. Yaw Boateng, received the Burkinabè police chief, Issa Ouédraogo, in Accra on Monday. Present "
        "at the talks were Director of Operations, DCOP/Mr. Kwesi Mensah Arthur, and Director of Training, "
        "ACP/Mrs. Efua Dede Quaye."
    )
    assert {"Kwesi Mensah Arthur", "Efua Dede Quaye"} <= set(found), found


def test_initials_glued_to_a_surname_are_a_name() -> None:
    found = _people(
        "The Australian High Commissioner, Paul Hayes, met the police chief, A.B.Karunaratne, in Colombo on Monday."
    )
    assert "A.B.Karunaratne" in found, found


@pytest.mark.parametrize("name", ["Le Thi Hoa", "Do Van Minh"])
def test_a_vietnamese_surname_of_two_letters_opens_the_name(name: str) -> None:
    found = _people(
        f"Colonel General {name}, Vice Minister of Public Security, received the Lao police chief, Somphone Keo, in Hanoi on Monday."
    )
    assert name in found, found


def test_cheikh_is_a_given_name_without_a_patronymic_chain() -> None:
    found = _people(
        "Le directeur de la police, le colonel Cheikh Oumar Ndiaye, a reçu lundi à Dakar le chef de la police "
        "mauritanienne, Ahmed Ould Sidi."
    )
    assert "Cheikh Oumar Ndiaye" in found, found
    assert strip_honorifics("Cheikh Tamim ben Hamad Al Thani") == "Tamim ben Hamad Al Thani"


@pytest.mark.parametrize(
    ("text", "name", "party"),
    [
        (
            "The 30th SARPCCO Annual General Meeting opened in Lusaka on Monday. Superintendent Grace Banda "
            "representing Malawi called for joint operations against cattle rustling.",
            "Grace Banda",
            "MW",
        ),
        (
            "La 9e réunion des chefs de police du Sahel s'est ouverte lundi à Niamey. Le contrôleur général Ali Traoré "
            "représentant le Mali a plaidé pour des patrouilles mixtes.",
            "Ali Traoré",
            "ML",
        ),
    ],
)
def test_the_country_a_speaker_represents_is_his_party(text: str, name: str, party: str) -> None:
    assert _people(text).get(name) == party


def test_a_speaker_named_after_his_words_with_his_office_and_no_comma_takes_part() -> None:
    found = _people(
        "La 5e session du comité mixte de sécurité s'est tenue lundi à Bamako. Les chefs de police du Niger et du "
        "Burkina Faso y ont pris part. « Nos frontières sont communes », a déclaré M. Oumar Diarra directeur "
        "général de la police malienne."
    )
    assert found.get("Oumar Diarra") == "ML", found


# -- the subject named before the encounter, which names him by his office ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bangkok, 5 May 2026 - Thailand will send liaison officers to Yangon, national police chief General "
            "Prayut Chanwit said on Monday. The chief met his Myanmar counterpart, Police Major General Aung Min Thu, "
            "at police headquarters on Monday.",
            {"Prayut Chanwit", "Aung Min Thu"},
        ),
        (
            "Le ministre de l'Intérieur, Salif Traoré, a inauguré lundi à Bamako un commissariat. Le ministre a "
            "ensuite reçu l'ambassadeur d'Algérie, Karim Bensalah.",
            {"Salif Traoré", "Karim Bensalah"},
        ),
    ],
)
def test_an_office_as_subject_stands_for_the_one_named_in_the_sentence_before(
    text: str, expected: set[str]
) -> None:
    assert expected <= set(_names(text)), _names(text)


def test_a_headline_with_no_verb_names_the_guest_the_text_calls_by_his_office() -> None:
    record = read_offline(
        "Working visit of the Liberian Minister of Justice, Cllr. Amos Brownell, to the Sierra Leone Police in "
        "Freetown on Monday\n\nThe minister held talks with the Inspector-General of Police, William Fayia Sellu, "
        "on cross-border crime."
    )
    found = {p.name: p.party for m in record.meetings for p in m.participants if p.name}
    assert found.get("Amos Brownell") == "LR", found
    assert "William Fayia Sellu" in found


def test_two_officials_as_subject_are_not_the_one_named_before() -> None:
    found = _names(
        "The Kenyan police chief, Peter Mwangi, opened a training centre in Nairobi on Monday. The two ministers "
        "met in Kampala on Tuesday with the Ugandan police chief, Joseph Okello."
    )
    assert "Peter Mwangi" not in found, found


# -- two people and two peoples, a speaker in an incise ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Spanish and Portuguese interior ministers, Elena Ruiz and Tiago Costa, met the Moroccan minister, "
        "Karim Alaoui, in Rabat on Monday.",
        "Elena Ruiz et Tiago Costa, les ministres espagnol et portugais de l'Intérieur, ont rencontré lundi à Rabat "
        "le ministre marocain, Karim Alaoui.",
    ],
)
def test_two_peoples_in_a_joint_office_go_to_the_two_people_in_order(text: str) -> None:
    found = _people(text)
    assert (found.get("Elena Ruiz"), found.get("Tiago Costa")) == ("ES", "PT"), found


def test_cooperation_between_two_countries_after_two_people_gives_them_no_side() -> None:
    found = _people(
        "Ali Traoré and Sani Issa met in Niamey on Monday to discuss relations between France and Mali."
    )
    assert found.get("Ali Traoré") != "FR" and found.get("Sani Issa") != "ML", found


def test_a_speaker_in_an_incise_after_his_words_takes_part() -> None:
    found = _people(
        "La 14e réunion des chefs de police de la région s'est tenue mardi à Lomé. La criminalité ne connaît pas de "
        "frontières, a souligné M. Kossi Agbo, directeur général de la police togolaise."
    )
    assert found.get("Kossi Agbo") == "TG", found


def test_with_a_counterpart_they_talked_is_an_encounter() -> None:
    found = _people(
        "Les deux ministres européens ont séjourné lundi à Niamey. Avec Issa Moussa, le ministre nigérien de "
        "l'Intérieur, ils ont parlé de migration irrégulière."
    )
    assert "Issa Moussa" in found, found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The police chiefs of Thailand and Cambodia, Somchai Kaew and Sok Phal, met in Bangkok on Monday to "
            "fight telephone scams and drug smuggling.",
            MeetingKind.WORKING_MEETING,
        ),
        (
            "Le ministre ivoirien, Yao Kouadio, a reçu lundi à Abidjan son homologue burkinabè, Issa Sawadogo, pour "
            "parler des escroqueries téléphoniques.",
            MeetingKind.WORKING_MEETING,
        ),
        (
            "The police chiefs of Thailand and Cambodia, Somchai Kaew and Sok Phal, spoke by telephone on Monday.",
            MeetingKind.CALL,
        ),
    ],
)
def test_a_crime_by_telephone_makes_no_call(text: str, kind: MeetingKind) -> None:
    assert read_offline(text).meetings[0].kind is kind


def test_an_honorific_glued_to_a_name_is_no_initial() -> None:
    found = _people(
        "Le ministre, M.Karim Benali, a reçu mardi à Alger l'ambassadeur d'Italie, M.Paolo Rossi."
    )
    assert {"Karim Benali", "Paolo Rossi"} <= set(found), found


def test_a_report_received_is_no_reception() -> None:
    record = read_offline(
        "The police chief, Joseph Okello, received on Monday a report from the Kenya Police on the joint patrols."
    )
    assert not record.is_meeting_report


def test_the_one_introduced_before_is_named_in_full_when_the_encounter_gives_his_surname() -> None:
    record = read_offline(
        "The Inspector General of the Tanzania Police Force, Gen. Saidi Mwema, has called for regional cooperation. "
        "IGP Mwema spoke on Monday during a bilateral meeting between Kenya and Tanzania police forces held in "
        "Nairobi. At a meeting with his Kenyan counterpart, Peter Mwangi, Mwema also discussed cattle rustling."
    )
    found = {p.name: p.party for m in record.meetings for p in m.participants if p.name}
    assert found.get("Saidi Mwema") == "TZ" and "Mwema" not in found, found


def test_a_ministers_tour_of_his_own_services_is_no_meeting() -> None:
    record = read_offline(
        "Le ministre de la Sécurité, Paul Nzeyimana, a effectué lundi une visite des différentes structures relevant "
        "de son département. La tournée s'est achevée à la Direction de la police judiciaire."
    )
    assert not record.is_meeting_report


def test_a_surname_after_an_office_written_before_it_is_a_name() -> None:
    found = _people(
        "President Mahama received on Monday in Accra the heads of police of ECOWAS, led by the Inspector-General "
        "of the Nigeria Police, Kayode Bello."
    )
    assert "Mahama" in found, found


def test_the_one_with_his_named_counterpart_is_not_of_the_counterparts_country() -> None:
    found = _people(
        "The police chiefs of Thailand and Cambodia met on Monday. Talks were held between Police General Somchai Kaew "
        "and his Cambodian counterpart, General Sok Phal, at the police headquarters in Phnom Penh."
    )
    assert found.get("Somchai Kaew") != "KH" and found.get("Sok Phal") == "KH", found


def test_the_object_is_not_of_the_side_the_subjects_words_name() -> None:
    record = read_offline(
        "Une délégation de la Police fédérale belge a rencontré lundi le ministre de la Sécurité, M. Jean Ndong, "
        "pour parler de la formation des enquêteurs."
    )
    found = {p.name: p.party for m in record.meetings for p in m.participants if p.name}
    assert found.get("Jean Ndong") != "BE", found


def test_equipment_with_a_long_description_received_is_no_reception() -> None:
    record = read_offline(
        "Senior police officials received law enforcement and counter terrorism related equipments at an event held "
        "at the Police Lines on Tuesday. The event was presided over by the Deputy Inspector General, Asif Khan."
    )
    assert not record.is_meeting_report
