"""Whether a text reports a meeting, who takes part and which sides, as a fifteenth reading of
real communiqués found the reader missing or inventing them; every sentence invented, none of
them an eval case's."""

from __future__ import annotations

import pytest
from support import offline_names, read_offline

from communique.schema import MeetingKind, Role

# -- an encounter named by a noun in an aside, or as what a statement followed -------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Inspector-General of Police said the new radios would reach every border post, in the course of a "
        "working visit to the Chief of Defence Staff, General Amos Kariuki, in Nairobi on Monday.",
        "Le préfet de police, Luc Gautier, a plaidé mardi pour des patrouilles mixtes, lors d'une visite de travail "
        "au commandant de la gendarmerie départementale, le colonel Paul Renaud.",
    ],
)
def test_a_visit_named_in_an_aside_is_a_meeting(text: str) -> None:
    record = read_offline(text, "2026-05-06")
    assert record.is_meeting_report
    assert record.meetings[0].kind is MeetingKind.OFFICIAL_VISIT


@pytest.mark.parametrize(
    "text",
    [
        "The Interior Minister, Mr Kofi Mensah, promised closer ties on coastal patrols after a courtesy call by "
        "the Ambassador of Spain to Ghana, Mr Luis Ortega Blanco, on Monday.",
        "Le ministre de la Sécurité, Adama Traoré, a promis un appui aux garde-côtes, à l'issue d'une visite de "
        "courtoisie de l'ambassadrice d'Italie au Mali, Giulia Ferri, lundi à Bamako.",
    ],
)
def test_a_courtesy_call_told_as_what_words_followed_is_hosted_by_the_subject(text: str) -> None:
    meeting = read_offline(text, "2026-05-06").meetings[0]
    hosts = [p.name for p in meeting.participants if p.role is Role.HOST]
    guests = [p.name for p in meeting.participants if p.role is Role.GUEST]
    assert len(hosts) == 1 and len(guests) == 1
    assert guests[0] in ("Luis Ortega Blanco", "Giulia Ferri")


@pytest.mark.parametrize(
    "text",
    [
        "Interpol's regional bureau concluded the fifth session of its heads of unit on Friday in Harare, with "
        "the Zimbabwean Commissioner-General, Mr Tendai Moyo, in the chair.",
        "La direction de la police judiciaire a achevé vendredi la deuxième réunion du comité technique "
        "franco-belge, présidée par le commissaire Alain Dubois.",
        "The talks were hosted at the Customs House in Suva, where Commissioner Josefa Tuilagi welcomed the "
        "New Zealand delegation.",
        "There were consultations between the Chief of Police, Mr Anil Persad, and the French liaison officer on "
        "the yacht smuggling routes.",
    ],
)
def test_a_body_s_meeting_told_by_its_end_its_host_or_its_consultations_is_a_meeting(text: str) -> None:
    assert read_offline(text, "2026-05-06").is_meeting_report


@pytest.mark.parametrize(
    "text",
    [
        "Chief Superintendent Ana Soares led a delegation of the Portuguese Judicial Police on a study visit to "
        "Cape Verde last week.",
        "Le colonel Issa Diallo a conduit une délégation de la gendarmerie malienne en visite d'étude au Sénégal.",
    ],
)
def test_a_delegation_led_on_a_visit_whatever_it_is_from_is_a_visit(text: str) -> None:
    meeting = read_offline(text, "2026-05-06").meetings[0]
    assert meeting.kind is MeetingKind.OFFICIAL_VISIT
    assert any(p.role is Role.GUEST for p in meeting.participants)


@pytest.mark.parametrize(
    "text",
    [
        "The Home Affairs adviser took part in talks in Dili with the Timorese police commander, Mr Jose "
        "Belo, on Monday.",
        "The Ugandan delegation led talks with the Kenyan Director of Criminal Investigations, Mr Peter Njoroge, "
        "on cattle rustling.",
        "Le chef de la mission, Pierre Laval, a mené des entretiens avec le directeur de la police des frontières, "
        "Ousmane Ba.",
    ],
)
def test_talks_one_took_part_in_or_led_are_a_meeting(text: str) -> None:
    assert read_offline(text, "2026-05-06").is_meeting_report


@pytest.mark.parametrize(
    "text",
    [
        "Le colonel Karim Ouédraogo, commandant de la légion de gendarmerie, reçu en audience ce lundi par le "
        "gouverneur de la région, Jean Sawadogo.",
        "Les policiers nigériens ont salué l'accueil reçu, à la suite de l'audience que leur a accordée le "
        "directeur de la police togolaise, Komi Adjo.",
        "Les retrouvailles entre le ministre gabonais, Paul Ndong, et son homologue équato-guinéen, Juan Obiang, "
        "ont porté sur la frontière.",
        "Les deux ministres ont convenu de patrouiller ensemble, à l'issue d'une réunion de travail avec leurs "
        "experts à Bangui.",
    ],
)
def test_french_audiences_reunions_and_working_meetings_told_without_a_verb_of_meeting(text: str) -> None:
    assert read_offline(text, "2026-05-06").is_meeting_report


# -- what a verb of reception receives may be no one ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The operation, led by Superintendent John Mensah, began after detectives received intelligence that a "
        "cargo of cannabis was on its way to Kumasi.",
        "Les gendarmes ont reçu des renseignements sur un camion suspect et l'ont intercepté à Kaya.",
        "The unit received complaints from residents about the night robberies.",
    ],
)
def test_information_received_is_no_reception(text: str) -> None:
    assert not read_offline(text, "2026-05-06").is_meeting_report


# -- the one a spokesman reports on is the one introduced before ---------------------------------


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        (
            "The Commissioner of Police, Mrs Grace Owusu, has urged landlords to report suspicious tenants. The "
            "police spokesman, ASP Kojo Badu, said in a statement that the commissioner made the call on Tuesday "
            "during a working visit to the Regional Minister, Mr Yaw Boateng.",
            "Grace Owusu",
        ),
        (
            "Le directeur régional de la police, le commissaire Moussa Keita, a invité les transporteurs à "
            "signaler les passagers sans papiers. Le chargé de communication, l'inspecteur Ali Sow, a précisé que "
            "le commissaire s'exprimait lundi lors d'une visite de courtoisie au gouverneur, M. Omar Diop.",
            "Moussa Keita",
        ),
    ],
)
def test_the_spokesman_reports_the_one_introduced_before(text: str, visitor: str) -> None:
    names = offline_names(text)
    assert visitor in names
    assert not {"Kojo Badu", "Ali Sow"} & names


# -- words of titles, commands, events, awards and venues are no one -----------------------------


@pytest.mark.parametrize(
    ("text", "not_names"),
    [
        (
            "The Minister of Industry and External Trade, Mr Ravi Naidu, met the Australian High Commissioner, "
            "Mr Tom Walsh, in Suva on Monday.",
            {"External Trade"},
        ),
        (
            "The Deputy Commander of NATO Joint Force Command Brunssum, General Erik Visser, met the Latvian "
            "Interior Minister, Mr Janis Ozols, in Riga on Monday.",
            {"NATO Joint", "Joint Force"},
        ),
        (
            "Colonel Rui Matos, Commander of the 3rd Jungle Infantry Battalion, held talks with his Peruvian "
            "counterpart, Colonel Luis Paredes, at the 12th Border Exchange in Iquitos on Monday.",
            {"Jungle Infantry", "Border Exchange"},
        ),
        (
            'The Chief of Police, Mr Samuel Oti, received the "Bhayangkara Police Medal" from the Indonesian '
            "Ambassador, Mr Agus Wirawan, in Port Moresby on Monday.",
            {"Bhayangkara Police Medal", "Police Medal"},
        ),
    ],
)
def test_words_of_titles_commands_events_and_awards_are_no_one(text: str, not_names: set[str]) -> None:
    names = offline_names(text)
    assert names and not names & not_names


def test_a_gathering_of_two_militaries_is_a_meeting() -> None:
    text = (
        "The armies of Senegal and Mauritania began their annual border meeting at Rosso on Tuesday, with "
        "General Amadou Fall and General Sidi Ould Cheikh at the head of the delegations."
    )
    assert read_offline(text, "2026-05-06").is_meeting_report


def test_people_said_to_be_gathered_somewhere_hold_no_meeting() -> None:
    text = (
        "The raid, planned by the Director of Criminal Investigations, Mr Peter Kamau, followed reports that "
        "armed men were gathered at a farm near Nakuru."
    )
    assert not read_offline(text, "2026-05-06").is_meeting_report


# -- a continent's demonym is not the United States ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Colombian police director, General Jorge Rincón, met the heads of the Central American police "
        "forces in Guatemala City on Monday.",
        "Le directeur de la police brésilienne, Paulo Nunes, a reçu lundi à Brasília une délégation de la "
        "police sud-américaine de l'Uruguay, conduite par le commissaire Diego Suárez.",
    ],
)
def test_a_continent_s_demonym_is_not_the_united_states(text: str) -> None:
    record = read_offline(text, "2026-05-06")
    assert record.is_meeting_report
    assert "US" not in record.meetings[0].parties


def test_an_american_is_still_of_the_united_states() -> None:
    text = "The Interior Minister, Mr Ahmed Saleh, received the American Ambassador, Mr John Carter, in Amman on Monday."
    assert "US" in read_offline(text, "2026-05-06").meetings[0].parties


# -- Malaysian honorifics and a counterpart's people ---------------------------------------------


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_dato_sri_is_stripped_whatever_the_apostrophe(apostrophe: str) -> None:
    text = (
        f"The Home Minister received the Thai police chief, General Anan Srisuk, in Putrajaya on Monday, with "
        f"the Deputy Inspector-General of Police, Dato{apostrophe} Seri Ahmad Zaki, also present."
    )
    names = offline_names(text)
    assert "Ahmad Zaki" in names and not any(name.startswith(("Seri", "Sri")) for name in names)


def test_also_present_in_french_with_an_adverb() -> None:
    text = (
        "Le ministre de l'Intérieur, Paul Biyoghe, a reçu lundi à Libreville l'ambassadeur de France, Marc "
        "Lenoir. Était aussi présent le commandant en chef de la police, le général Jean Ekomi."
    )
    assert "Jean Ekomi" in offline_names(text)


@pytest.mark.parametrize(
    ("text", "name", "party"),
    [
        (
            "In Lisbon on Monday, the Spanish Interior Minister, Ana Ruiz, together with her Portuguese "
            "counterpart Rui Costa, held talks on a joint police station.",
            "Rui Costa",
            "PT",
        ),
        (
            "Le ministre belge de l'Intérieur, Marc Peeters, accompagné de son homologue néerlandais Jan de Vries, "
            "a visité lundi le port d'Anvers.",
            "Jan de Vries",
            "NL",
        ),
    ],
)
def test_a_counterpart_named_after_his_people_is_of_them(text: str, name: str, party: str) -> None:
    people = [p for m in read_offline(text, "2026-05-06").meetings for p in m.participants if p.name == name]
    assert people and people[0].party == party


# -- what was discussed, in the passive, at an encounter named by its noun -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La sécurité des frontières et le trafic d'armes ont été évoqués lors de la réunion que le ministre "
        "tchadien de la Sécurité, Idriss Mahamat, et le directeur de la police nigérienne, Ali Moussa.",
        "Piracy was raised during the talks with the Somali Police Commissioner, General Abdi Farah, in Mombasa.",
    ],
)
def test_topics_discussed_in_the_passive_at_a_named_encounter_report_it(text: str) -> None:
    assert read_offline(text, "2026-05-06").is_meeting_report


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre togolais de la Sécurité, Yao Kodjo, a été reçu en audience vendredi par son homologue "
        "béninois, Romain Houngbo. M. Kodjo s'est entretenu le vendredi 12 juin avec M. Houngbo de la frontière.",
        "The Ghanaian Interior Minister, Mr Kofi Boateng, was received on Friday by his Togolese counterpart, Mr "
        "Yao Kodjo. Mr Boateng held talks on Friday 12 June with Mr Kodjo on the common border.",
    ],
)
def test_a_day_told_again_more_fully_is_the_same_meeting(text: str) -> None:
    assert len(read_offline(text, "2026-06-16").meetings) == 1


def test_an_authority_is_no_one() -> None:
    text = (
        "The Commissioner of Police, Mr Roger Blake, met officials of the Jamaica Civil Aviation Authority and "
        "the Tax Revenue Authority in Kingston on Monday."
    )
    names = offline_names(text)
    assert "Roger Blake" in names and not any("Authority" in name for name in names)


# -- the speaker introduced before the sentence that tells where the meeting is held ---------------


@pytest.mark.parametrize(
    ("text", "speaker", "sides"),
    [
        (
            "The Nigerian navy is stepping up its cooperation with its Beninese counterpart against piracy. Rear "
            "Admiral Musa Bello said the joint patrol committee would study new radar links. He spoke to "
            "journalists in Lagos, where the three-day meeting, which opened on Monday, is taking place.",
            "Musa Bello",
            ["BJ", "NG"],
        ),
        (
            "La police sénégalaise renforce sa coopération avec son homologue gambienne contre les vols de bétail. "
            "Le commissaire Ousmane Diouf a indiqué que les deux polices allaient échanger leurs fichiers. Il "
            "s'exprimait à Ziguinchor, où se tient depuis lundi la réunion transfrontalière.",
            "Ousmane Diouf",
            ["GM", "SN"],
        ),
    ],
)
def test_the_speaker_introduced_before_takes_part_in_the_meeting_where_he_speaks(
    text: str, speaker: str, sides: list[str]
) -> None:
    record = read_offline(text, "2026-05-06")
    assert speaker in offline_names(text)
    assert record.meetings[0].parties == sides


def test_a_region_before_a_name_and_journalists_are_no_one() -> None:
    text = (
        "The EU Liaison Officer for the Caribbean Maria Lopez visited the Barbados Police Service on Monday, "
        "where she and Commissioner Richard Boyce sat down with Caribbean Journalists."
    )
    names = offline_names(text)
    assert "Maria Lopez" in names and not any("Caribbean" in name or "Journalists" in name for name in names)


# -- the news the text opens on, which the encounter sentence refers back to -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo will intensify their joint operations against fuel smuggling on the border. The Interior "
        "Minister, Mr Kwesi Ampofo, made this known on Monday after talks with the Togolese Minister of Security, "
        "General Damehame Yark, in Accra.",
        "Le Niger et le Nigeria vont multiplier leurs patrouilles mixtes sur la frontière contre les enlèvements. Le "
        "ministre de l'Intérieur, Hamadou Souley, l'a annoncé lundi à l'issue d'un entretien avec l'ambassadeur du "
        "Nigeria, Musa Ibrahim, à Niamey.",
    ],
)
def test_what_the_lead_sentence_says_is_what_the_encounter_produced(text: str) -> None:
    meeting = read_offline(text, "2026-05-06").meetings[0]
    assert [o.type.value for o in meeting.outcomes] == ["other"]
    assert "operational_cooperation" in {t.value for t in meeting.topics}


# -- people a quotation cut at its full stop names, and encounters the one told followed --------------


def test_a_head_of_state_inside_a_quotation_cut_at_its_full_stop_takes_no_part() -> None:
    text = (
        "Le Premier ministre, Ali Lamine, a reçu mardi à Niamey le ministre tchadien de la Sécurité, Moussa "
        "Haroun. A sa sortie d'audience, M. Haroun a déclaré : « Je suis porteur d'un message du Président "
        "Idriss Déby à son frère le Président Mohamed Bazoum. Nous allons unir nos forces »."
    )
    names = offline_names(text)
    assert {"Ali Lamine", "Moussa Haroun"} <= names
    assert not {"Idriss Déby", "Mohamed Bazoum"} & names


@pytest.mark.parametrize(
    "text",
    [
        "The New Zealand Police Commissioner, Andrew Coster, toured the Fiji Police Academy in Suva on Monday. "
        "The visit followed talks between Prime Minister Chris Luxon and Prime Minister Sitiveni Rabuka in "
        "Wellington.",
        "Le directeur de la police belge, Marc De Mesmaeker, a visité lundi l'école de police de Kigali. Cette "
        "visite fait suite aux entretiens entre le ministre Annelies Verlinden et le ministre Jean de Dieu "
        "Gasana à Bruxelles.",
    ],
)
def test_the_encounters_a_visit_followed_are_background(text: str) -> None:
    meeting = read_offline(text, "2026-05-06").meetings[0]
    assert meeting.location.city not in ("Wellington", "Brussels")
    assert not {"Chris Luxon", "Sitiveni Rabuka", "Annelies Verlinden"} & {
        p.name for p in meeting.participants
    }


@pytest.mark.parametrize(
    ("text", "name", "party"),
    [
        (
            "Commissioner of Police Marvin Pierre of the Royal Grenada Police Force held talks with the French "
            "Ambassador, Mr Luc Blanc, in Paris on Monday.",
            "Marvin Pierre",
            "GD",
        ),
        (
            "NEW YORK, June 12 - Commissioner Andre Baptiste of the Royal Saint Lucia Force with Mr Kenan Aydin, "
            "Deputy Director General of the Turkish National Police, during a bilateral meeting at the UN.",
            "Andre Baptiste",
            "LC",
        ),
    ],
)
def test_one_of_a_country_s_force_is_of_that_country(text: str, name: str, party: str) -> None:
    people = [p for m in read_offline(text, "2026-06-16").meetings for p in m.participants if p.name == name]
    assert people and people[0].party == party


def test_a_grenade_is_not_grenada() -> None:
    text = (
        "Le ministre de la Sécurité, Paul Kaboré, a reçu lundi à Ouagadougou l'ambassadeur de France, Luc Blanc, "
        "après l'attaque à la grenade contre un commissariat."
    )
    assert "GD" not in read_offline(text, "2026-06-16").meetings[0].parties


def test_an_acronym_the_text_defines_for_its_own_body_is_not_another_country_s() -> None:
    text = (
        "The Chief of Staff of the Guyana Defence Force (GDF), Brigadier Omar Khan, met the Brazilian military "
        "attaché, Colonel Paulo Souza, in Georgetown on Monday to discuss border patrols."
    )
    meeting = read_offline(text, "2026-06-16").meetings[0]
    assert meeting.parties == ["BR", "GY"]
    assert [p.party for p in meeting.participants if p.name == "Omar Khan"] == ["GY"]


def test_the_speaker_who_told_a_press_conference_where_the_meeting_is_held_takes_part() -> None:
    text = (
        "The Philippine coast guard is deepening its ties with its Indonesian counterpart against kidnappings at "
        "sea. Marine Police Commander SAC Datuk Jose Reyes said the border committee would study joint patrols. These "
        "include shared radar data, he told a press conference at the hotel where the two-day meeting, which "
        "opened yesterday, is being held."
    )
    record = read_offline(text, "2026-06-16")
    assert "Jose Reyes" in offline_names(text, "2026-06-16")
    assert record.meetings[0].parties == ["ID", "PH"]
