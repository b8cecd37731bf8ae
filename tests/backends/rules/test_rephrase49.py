"""Encounters of known classes told in another writer's words: the same kinds of meeting the
reader already read, worded as other agencies word them (a day inside a passive, a day in
commas after the noun that frames the talks, a modal, a participle, a speech's courtesy, a
meal given in someone's honour, a stopover, a host's guest opening the sentence, a list
of those who took part as the subject), and talks only recalled. Every sentence invented,
none of them an eval case's."""

from __future__ import annotations

import pytest
from support import only_meeting, read_offline

from communique.normalise.topics import topics_in
from communique.schema import MeetingKind, Status

# -- encounters told in other words -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "guest", "host"),
    [
        # a day inside the passive of an audience granted
        ("The visiting Police Commissioner of Lesotho, Thabo Mokoena, was on Friday granted an audience by "
         "the Minister of Police, Sipho Dlamini, at his office in Pretoria.", "Thabo Mokoena", "Sipho Dlamini"),
        # an audience granted on a day, the one it was granted to after the day
        ("Ouagadougou, 6 mai 2026 – C'est au cours d'une audience accordée mardi à l'ambassadeur d'Égypte, Karim Fathi, que le ministre de "
         "l'Intérieur, Ali Sawadogo, a demandé un appui pour la formation des policiers.", "Karim Fathi", None),
        # a meal given in the passive, « de travail » after the meal
        ("Un déjeuner de travail a été offert jeudi à Tunis par le ministre de l'Intérieur, Nabil Gharbi, en "
         "l'honneur de la ministre italienne de l'Intérieur, Paola Greco.", "Paola Greco", "Nabil Gharbi"),
        # an honour for the speaker to receive his counterpart
        ("C'est un honneur pour nous de recevoir aujourd'hui à Lomé notre homologue ghanéen, M. Kojo Asante, "
         "et sa délégation.", "Kojo Asante", None),
        ("It is an honour for me to welcome to Suva my counterpart from Tonga, Mr Sione Taufa, and his delegation.",
         "Sione Taufa", None),
    ],
)  # fmt: skip
def test_an_encounter_told_in_other_words_is_read_with_its_sides(
    text: str, guest: str, host: str | None
) -> None:
    meeting = only_meeting(text)
    roles = {p.name: p.role.value for p in meeting.participants if p.name}
    assert roles.get(guest) == "guest"
    if host is not None:
        assert roles.get(host) == "host"


@pytest.mark.parametrize(
    "text",
    [
        # a modal: the encounter as what one could do
        "Lundi 4 mai, le nouvel attaché de police de l'ambassade d'Allemagne, Jens Müller, a pu échanger avec le "
        "ministre de la Sécurité, Ibrahim Touré, sur la cybercriminalité.",
        "On Monday the new liaison officer, Hans Keller, was able to meet the Commissioner of Police, Amos Dube, in Harare.",
        "On Monday she was given the chance to meet the Commissioner of Police, Amos Dube, in Harare.",
        # held an interaction with an office-holder (a commander, not in the list before)
        "A team of the Kenya Coast Guard led by its Director General, Ali Hamisi, held an interaction with the "
        "Commander of the Tanzanian Marine Police, Juma Salim, in Dar es Salaam on Tuesday.",
        # the day in commas after the noun that frames the talks
        "Au terme de sa rencontre, jeudi, avec le chef de la police fédérale suisse, Urs Meier, le directeur de la "
        "police, Malick Ba, a salué la coopération.",
        "After his talks, on Tuesday, with the Swiss police attaché, Urs Meier, the Director of Police, Malick Ba, "
        "praised the cooperation.",
        # a stay told by a participle opening the sentence
        "Séjournant depuis lundi à Conakry, le directeur de la police sierra-léonaise, Abu Conteh, est venu "
        "renforcer la coopération contre le trafic de drogue.",
        # a stopover on a tour
        "Poursuivant sa tournée, la ministre belge de l'Intérieur, Lies Claes, a fait escale mardi à Dakar, où "
        "elle a évoqué la migration avec son homologue, Abdou Diouf.",
        "On his regional tour, the Minister of Interior, Omar Haddad, made a stopover in Muscat on Sunday for talks "
        "with his Omani counterpart, Salim Al-Busaidi.",
        # the guest of a host, opening the sentence
        "Hôte, mardi à Bamako, de son homologue malien, Moussa Coulibaly, le directeur de la police nigérienne, "
        "Hassane Adamou, a évoqué la sécurité des frontières.",
        # those who took part, as the subject
        "Drug control chiefs of four countries sat down together in Tashkent on Friday. Those taking part included "
        "the Director of the Drug Control Agency, Rustam Aliev, and the head of the Kazakh anti-drug police, Erlan Nurov.",
    ],
)
def test_an_encounter_told_in_other_words_is_a_meeting(text: str) -> None:
    assert read_offline(text, "2026-05-06").is_meeting_report


def test_a_courtesy_call_paid_on_a_day_in_the_passive_is_one_call_on_that_day() -> None:
    meeting = only_meeting(
        "A courtesy call was paid on Monday to the Commissioner of Police at Police Headquarters in Castries by "
        "the High Commissioner of Canada, Marie Gagnon. The Commissioner, Paul Joseph, who welcomed the diplomat, "
        "thanked Canada for its support.",
        "2026-05-13",
    )
    assert meeting.kind is MeetingKind.OFFICIAL_VISIT
    assert str(meeting.date) == "2026-05-11"
    assert {p.name for p in meeting.participants} >= {"Marie Gagnon", "Paul Joseph"}


def test_a_gathering_hosted_since_this_monday_is_dated_that_monday() -> None:
    analysis = read_offline(
        "Libreville abrite depuis ce lundi les travaux de la 12e session du comité des chefs de police, sous la "
        "présidence du commandant en chef de la police gabonaise, Serge Obame.",
        "2026-05-13",
    )
    assert analysis.is_meeting_report
    assert str(analysis.meetings[0].date) == "2026-05-11"
    assert analysis.meetings[0].status is Status.HELD


def test_those_visiting_listed_after_the_verb_take_part() -> None:
    meeting = only_meeting(
        "On Tuesday the Director of the Regional Security System, Alan Greene, welcomed two officers of the French "
        "Gendarmerie at the headquarters in Bridgetown. Visiting were the Gendarmerie's liaison officer, Luc Martin, "
        "and his deputy, Anne Roux.",
        "2026-05-13",
    )
    assert {"Luc Martin", "Anne Roux"} <= {p.name for p in meeting.participants}


# -- talks only recalled ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Addressing recruits on Monday in Nakuru, the Interior Minister, Peter Otieno, recalled discussions he held "
        "three years ago with Tanzania's Minister of Home Affairs, Said Mwinyi.",
        "Le ministre de la Sécurité, Oumar Sow, a évoqué jeudi à Kayes les entretiens qu'il avait eus en 2024 avec son "
        "homologue sénégalais, Alioune Fall, sur la sécurité de la frontière.",
        "Le ministre de la Sécurité, Oumar Sow, a évoqué jeudi à Kayes la rencontre qu'il avait eue avec son homologue "
        "sénégalais, Alioune Fall, il y a deux ans.",
    ],
)  # fmt: skip
def test_talks_only_recalled_are_no_meeting(text: str) -> None:
    assert not read_offline(text, "2026-05-06").is_meeting_report


def test_the_chance_to_hold_talks_one_had_is_talks_held() -> None:
    meeting = only_meeting(
        "On Monday the new attaché had the opportunity to hold talks with the Commissioner of Police, Amos Dube, in "
        "Harare.",
        "2026-05-13",
    )
    assert meeting.status is Status.HELD
    assert str(meeting.date) == "2026-05-11"


# -- what the encounter keeps: its day, its host, its speaker ---------------------------------


def test_the_day_in_commas_after_the_talks_that_frame_the_sentence_is_their_day() -> None:
    meeting = only_meeting(
        "Niamey, 13 mai 2026 – Au terme de son entretien, lundi, avec l'attaché de sécurité de l'ambassade d'Italie, "
        "Marco Conti, le directeur général de la police nationale, Ali Moussa, a salué l'appui italien.",
        "2026-05-13",
    )
    assert str(meeting.date) == "2026-05-11"


def test_a_stopover_where_a_host_received_the_traveller_is_an_encounter_beside_the_next() -> None:
    analysis = read_offline(
        "Au cours de sa tournée régionale, le ministre portugais de l'Intérieur, Rui Matos, a fait escale lundi à "
        "Praia. Son homologue cap-verdien, Carlos Tavares, l'a accueilli au ministère. Le ministre portugais a "
        "ensuite été reçu par le Premier ministre, José Lima.",
        "2026-05-13",
    )
    hosts = [{p.name for p in m.participants if p.role.value == "host"} for m in analysis.meetings]
    assert {"Carlos Tavares"} in hosts
    assert {"José Lima"} in hosts


def test_a_speech_without_ladies_and_gentlemen_still_names_its_speaker() -> None:
    meeting = only_meeting(
        "Allocution de la ministre de la Sécurité, Mme Awa Traoré\n"
        "Bamako, le 11 mai 2026\n"
        "Excellence Monsieur le Ministre,\n"
        "Chers invités,\n"
        "C'est un plaisir pour moi d'accueillir aujourd'hui à Bamako mon homologue guinéen, M. Ibrahima Sylla.\n"
        "Je vous remercie.",
        "2026-05-11",
    )
    assert "Awa Traoré" in {p.name for p in meeting.participants}


@pytest.mark.parametrize(
    "text",
    [
        # what the talks covered, after a sentence with no verb of its own
        "Chief of Police Col. Omar Saleh, on Monday, the Deputy Director of the Dutch National Police, Anne Visser. "
        "Talks dealt with the smuggling of cocaine through ports.",
        "Le général Omar Saleh, lundi, la directrice adjointe de la police néerlandaise, Anne Visser. Les échanges "
        "ont traité du trafic de cocaïne dans les ports.",
        # a courtesy visit named as what something came out of, its visitor and day in a relative clause
        "The new patrol plan was the result of a courtesy visit that the Commissioner paid on Monday to the Minister "
        "of Internal Affairs, Rose Akello, at her office in Kampala.",
    ],
)
def test_an_encounter_told_only_by_its_noun_is_a_meeting(text: str) -> None:
    assert read_offline(text, "2026-05-13").is_meeting_report


@pytest.mark.parametrize(
    "text",
    [
        "The Minister of Home Affairs of Namibia, Peter Shikongo, arrived in Gaborone on Monday for a working visit. "
        "His Botswana counterpart, Kabo Seretse, received him at the ministry.",
        "Le ministre nigérien de l'Intérieur, Issa Garba, est arrivé lundi à Cotonou pour une visite de travail. Son "
        "homologue béninois, Paul Houngbo, l'a reçu au ministère.",
    ],
)  # fmt: skip
def test_a_host_who_received_him_after_an_arrival_hosts_the_one_who_arrived(text: str) -> None:
    meeting = only_meeting(text, "2026-05-13")
    roles = {p.name: p.role.value for p in meeting.participants}
    assert sorted(roles.values()) == ["guest", "host"]
    assert str(meeting.date) == "2026-05-11"


@pytest.mark.parametrize(
    "text",
    [
        "The Minister of Security, Farah Ali, has thanked Japan for its support. During talks held on Monday with "
        "the Ambassador of Japan, Ken Sato, the minister asked for more training.",
        "Le ministre de la Sécurité, Paul Kaboré, a salué l'appui du Japon. Lors d'un entretien tenu lundi avec "
        "l'ambassadeur du Japon, Ken Sato, le ministre a plaidé pour la formation des policiers.",
    ],
)
def test_the_one_introduced_holds_talks_told_as_held_with_no_possessive(text: str) -> None:
    names = {p.name for p in only_meeting(text).participants}
    assert {"Ken Sato"} < names and ("Farah Ali" in names or "Paul Kaboré" in names)


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers discussed the rise in migrant arrivals on the southern islands.",
        "Les deux ministres ont évoqué la hausse des arrivées de migrants sur les côtes.",
    ],
)
def test_migrant_arrivals_are_illegal_migration(text: str) -> None:
    assert "illegal_migration" in {t.value for t in topics_in(text)}


def test_a_delegation_welcomed_at_the_airport_before_being_received_is_one_visit() -> None:
    meeting = only_meeting(
        "Arrivée mardi à Lomé, une délégation de la gendarmerie béninoise conduite par le colonel divisionnaire "
        "Rodrigue Ahouansou a été accueillie à l'aéroport par le chef de la coopération de la gendarmerie, Kossi "
        "Amavi, avant d'être reçue à l'état-major par le commandant de la gendarmerie togolaise, Yawo Kodjo.",
        "2026-05-13",
    )
    assert meeting.kind is MeetingKind.OFFICIAL_VISIT
    assert {"Kossi Amavi", "Yawo Kodjo"} <= {p.name for p in meeting.participants}


@pytest.mark.parametrize(
    "text",
    [
        "La ministre belge de l'Intérieur, Lies Claes, a été accueillie à sa descente d'avion à Dakar par le ministre "
        "sénégalais de l'Intérieur, Abdou Diouf, lundi.",
        "The Belgian Minister of the Interior, Lies Claes, was welcomed at the airport in Dakar by the Senegalese "
        "Minister of the Interior, Abdou Diouf, on Monday.",
    ],
)
def test_a_welcome_at_the_airport_is_a_visit(text: str) -> None:
    assert only_meeting(text).kind is MeetingKind.OFFICIAL_VISIT


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers assessed the security situation along the border between their countries.",
        "They discussed the security situation at their common border.",
    ],
)
def test_the_security_situation_at_a_border_is_border_security_not_regional(text: str) -> None:
    assert {t.value for t in topics_in(text)} == {"border_security"}


def test_the_regional_security_system_is_a_body_not_a_topic() -> None:
    text = "Officers of the Regional Security System met the Dutch liaison officer on maritime drug interdiction."
    assert {t.value for t in topics_in(text)} == {"drug_trafficking"}
