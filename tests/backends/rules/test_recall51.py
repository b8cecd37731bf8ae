"""Encounters told without "X met Y", second round: a farewell, a quote of one side in the first person, a tour's stops
listed by place and day, a gathering said planned or told by its close, a seminar's opening done (« a procédé à
l'ouverture »); and what shares their words but reports no encounter (a wish to meet in its kin, an anniversary of a
past visit, a chief's meeting with the heads of his own regional services). Written in new words, not those of the
world cases en-1090 to en-1104, fr-1090 to fr-1104 and the sealed en-1110 / fr-1110 cases."""

from __future__ import annotations

import pytest
from support import read_offline

from communique.schema import MeetingKind, Status


def _sides(text: str, published: str = "2026-09-18") -> list[list[str]]:
    record = read_offline(text, published)
    return [sorted(m.parties) for m in record.meetings]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "The Commissioner of the Fiji Police Force, Sitiveni Tuilagi, on Tuesday bid farewell to the outgoing New "
            "Zealand Police liaison officer, Mark Dunstan, in Suva.",
            ["FJ", "NZ"],
        ),
        (
            "The outgoing Ambassador of Japan, Kenji Morita, paid a farewell call on the Minister of Police of Samoa, "
            "Tuala Ioane, in Apia on Wednesday.",
            ["JP", "WS"],
        ),
        (
            "L'ambassadeur de Suisse au Niger, Urs Brunner, a pris congé mardi à Niamey du ministre de l'Intérieur, "
            "Boubacar Hama Issa, au terme de sa mission.",
            ["CH", "NE"],
        ),
    ],
)
def test_a_farewell_is_a_courtesy_call(text: str, parties: list[str]) -> None:
    record = read_offline(text, "2026-09-18")
    assert [sorted(m.parties) for m in record.meetings] == [parties]
    assert record.meetings[0].kind is MeetingKind.OFFICIAL_VISIT


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            '"We agreed with my Tanzanian counterpart, Commissioner Juma Hamisi, to patrol Lake Victoria together," the '
            "Inspector General of the Uganda Police, Okot Ojara, said in Kampala on Thursday.",
            ["TZ", "UG"],
        ),
        (
            "« Mon homologue ghanéen, le commissaire Kwesi Addo, et moi avons décidé d'échanger nos fichiers », a affirmé "
            "mercredi à Lomé le directeur général de la police togolaise, Komi Dogbe.",
            ["GH", "TG"],
        ),
    ],
)
def test_an_encounter_told_only_in_a_quote_of_one_side(text: str, parties: list[str]) -> None:
    assert _sides(text) == [parties]


def test_each_stop_of_a_tour_listed_is_an_encounter_of_the_one_touring() -> None:
    record = read_offline(
        "The Minister of Internal Affairs of Georgia, Nika Beridze, toured two neighbours this week.\n\n"
        "- Yerevan, 14 September 2026: talks with the Armenian Minister of Internal Affairs, Aram Sargsyan.\n"
        "- Baku, 15 September 2026: working session with the Azerbaijani Minister of Internal Affairs, Rauf Aliyev.\n",
        "2026-09-18",
    )
    assert [sorted(m.parties) for m in record.meetings] == [["AM", "GE"], ["AZ", "GE"]]
    assert all("Nika Beridze" in [p.name for p in m.participants] for m in record.meetings)


def test_an_agenda_line_takes_no_one_from_the_lines_above_as_its_subject() -> None:
    record = read_offline(
        "Agenda de la ministre - semaine du 7 septembre\n\n"
        "09h00 : Visite du chantier de la Cité administrative (Grand Palais des Congrès)\n"
        "17h00 : Entretien avec M. Tomas Novak, ambassadeur de Tchéquie en France (Beauvau)\n",
        "2026-09-08",
    )
    names = [p.name for m in record.meetings for p in m.participants]
    assert "Grand Palais des Congrès" not in names


def test_a_gathering_said_planned_is_announced() -> None:
    record = read_offline(
        "Une rencontre des chefs de police du Bénin, du Togo et du Ghana est prévue le 30 septembre 2026 à Cotonou, "
        "sous la présidence du directeur général de la police béninoise, Rodrigue Agossa.",
        "2026-09-18",
    )
    assert record.is_meeting_report
    assert record.meetings[0].status is Status.ANNOUNCED


@pytest.mark.parametrize(
    "text",
    [
        "The second regional forum of heads of criminal investigation of Ghana, Togo and Benin drew to a close in Accra "
        "on Friday, chaired by Director-General Yaw Boakye.",
        "Le 4e forum des chefs de police judiciaire du Tchad et du Cameroun a refermé ses portes vendredi à Garoua, sous "
        "la présidence du commissaire Daniel Ngah.",
    ],
)
def test_a_gathering_told_by_its_close_is_an_encounter(text: str) -> None:
    assert read_offline(text, "2026-09-18").is_meeting_report


def test_a_seminar_opened_with_a_foreign_team_is_an_encounter() -> None:
    record = read_offline(
        "Le directeur général de la Sûreté nationale mauritanienne, Omar Sy Fall, a procédé mercredi à Nouakchott à l'ouverture d'un "
        "séminaire sur la criminalité financière. Il est animé par une équipe de la Guardia Civil espagnole conduite "
        "par le capitaine Javier Ruiz.",
        "2026-09-18",
    )
    assert record.is_meeting_report
    assert sorted(record.meetings[0].parties) == ["ES", "MR"]


@pytest.mark.parametrize(
    "text",
    [
        "The Minister of Police, Joseph Mutasa, said he was looking forward to meeting his Zambian counterpart to talk "
        "about cattle rustling, though no date had been set.",
        "Le ministre de la Sécurité, Aly Coulibaly, a exprimé le souhait de rencontrer son homologue guinéen avant la "
        "fin de l'année pour parler de la frontière.",
        "Fifteen years ago today, Commissioner Peter Njoroge travelled to Kampala, where he was received by the "
        "Inspector General of the Uganda Police. The museum marked the date with a display.",
        "Il y a trente ans jour pour jour, le directeur de la police togolaise se rendait à Accra, où il était reçu par "
        "son homologue ghanéen. Une plaque a été dévoilée jeudi.",
        "Le directeur général de la police, Amadou Kane, a réuni mardi à Thiès les responsables des services "
        "départementaux pour faire le point sur la sécurité routière.",
    ],
)
def test_what_shares_the_words_but_reports_no_encounter(text: str) -> None:
    assert not read_offline(text, "2026-09-18").is_meeting_report


def test_a_dialogue_held_under_its_name_is_an_encounter_of_those_who_chaired_it() -> None:
    record = read_offline(
        "The second Ghana-Netherlands Security Dialogue was held in Accra on Monday. The Minister for the Interior, "
        "Ama Serwaa Owusu, co-chaired the dialogue with the Dutch Minister of Justice and Security, Pieter de Wit.",
        "2026-09-18",
    )
    assert [sorted(m.parties) for m in record.meetings] == [["GH", "NL"]]
    names = {p.name for p in record.meetings[0].participants}
    assert {"Ama Serwaa Owusu", "Pieter de Wit"} <= names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Bangladesh and Sri Lanka held their third round of security consultations in Colombo on Tuesday. Home "
            "Secretary Abdul Karim Mia headed the Bangladeshi delegation, and Defence Secretary Nimal Perera headed the "
            "Sri Lankan side.",
            {"Abdul Karim Mia", "Nimal Perera"},
        ),
        (
            "La 9e réunion des chefs de police de la région des Grands Lacs s'est achevée jeudi à Bujumbura. Le "
            "commissaire général de la police burundaise, Pierre Ndayishimiye, a passé la présidence à son homologue "
            "rwandais, le commissaire Eric Habineza.",
            {"Pierre Ndayishimiye", "Eric Habineza"},
        ),
    ],
)
def test_who_headed_a_side_or_passed_the_chair_took_part(text: str, names: set[str]) -> None:
    record = read_offline(text, "2026-09-18")
    assert names <= {p.name for m in record.meetings for p in m.participants}


def test_who_will_chair_a_gathering_or_confirmed_attendance_takes_part() -> None:
    record = read_offline(
        "Maseru will next month host the police chiefs of Lesotho, Eswatini and Mozambique for a meeting on stock theft. "
        "Commissioner Thabo Mokhele of the Lesotho Mounted Police Service will chair the meeting on 12 October 2026. "
        "Eswatini's National Commissioner, Sipho Dlamini, has confirmed attendance.",
        "2026-09-18",
    )
    names = {p.name for m in record.meetings for p in m.participants}
    assert {"Thabo Mokhele", "Sipho Dlamini"} <= names


def test_the_stay_of_a_visit_frames_its_talks() -> None:
    record = read_offline(
        "Le directeur de la police judiciaire du Bénin, Romuald Agbo, a effectué une mission au Togo du 2 au 5 septembre "
        "2026. Au cours de son séjour à Lomé, il s'est entretenu avec le directeur général de la police togolaise, "
        "Yao Kodjo Amouzou, sur les vols de motos.",
        "2026-09-18",
    )
    assert [m.kind for m in record.meetings] == [MeetingKind.OFFICIAL_VISIT]


def test_a_gathering_taken_part_in_told_in_the_imperfect_is_an_encounter() -> None:
    record = read_offline(
        "Le directeur général de la police sénégalaise, Ibrahima Diop, participait jeudi à la réunion des chefs de police "
        "d'Afrique de l'Ouest à Accra, au Ghana.",
        "2026-09-18",
    )
    assert record.is_meeting_report
    assert "Ibrahima Diop" in {p.name for m in record.meetings for p in m.participants}


def test_who_was_attending_a_meeting_elsewhere_is_absent() -> None:
    record = read_offline(
        "A delegation of the ECOWAS Commission, led by Moussa Keita, paid a visit on Tuesday to the Police "
        "Headquarters in Banjul. The meeting focused on election security. Deputy Inspector General Lamin Jallow stood "
        "in for the Inspector General, who was attending a meeting abroad.",
        "2026-09-18",
    )
    assert len(record.meetings) == 1


def test_a_gathering_two_governors_called_is_an_encounter() -> None:
    assert read_offline(
        "Une rencontre transfrontalière a été organisée mercredi à Tournai à l'initiative des gouverneurs du Hainaut et du "
        "Nord. Des policiers belges et français y ont évoqué les cambriolages.",
        "2026-09-18",
    ).is_meeting_report


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "The Burundian Commissioner General of Police, Didier Nkurunziza, was in Kigali for bilateral engagements "
            "with his Rwandan counterpart, Felix Namuhoranye Rutayisire, on Monday.",
            ["BI", "RW"],
        ),
        (
            "The Minister of Home Affairs, Ruth Nankabirwa, engaged her Kenyan counterpart, Daniel Kipkorir, on cattle "
            "raids along the border in Kampala on Friday.",
            ["KE", "UG"],
        ),
        (
            "Botswana and Namibia police chiefs, Kagiso Molefe and Petrus Shilongo, put heads together in Kasane on "
            "Thursday over poaching.",
            ["BW", "NA"],
        ),
        (
            "Le directeur de la police nigérienne, le commissaire Issa Mahamane, a été l'invitée mardi de son homologue "
            "béninoise, la commissaire Adèle Hounsou, à Cotonou.",
            ["BJ", "NE"],
        ),
    ],
)
def test_engagements_heads_together_and_a_guest_told_as_such(text: str, parties: list[str]) -> None:
    assert _sides(text) == [parties]


@pytest.mark.parametrize(
    "text",
    [
        "La ministre de la Sécurité a été l'invitée de l'émission Grand Jury dimanche à Abidjan.",
        "Officers engaged the armed robbers in a shoot-out on the Lagos-Ibadan expressway on Sunday.",
    ],
)
def test_a_show_s_guest_and_a_fight_engaged_are_no_encounter(text: str) -> None:
    assert not read_offline(text, "2026-09-18").is_meeting_report


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Receiving his visitor, the Commissioner of Police, Amos Tembo, said Malawi valued its ties with the Zambia "
            "Police Service, whose Deputy Inspector General, Charity Banda, led the team.",
            ["MW", "ZM"],
        ),
        (
            "The fourth Joint Permanent Commission on Security between Namibia and Angola opened in Rundu on Tuesday, "
            "co-chaired by Ministers Albert Kawana and Manuel Homem.",
            ["AO", "NA"],
        ),
    ],
)
def test_a_guest_by_his_relation_and_a_qualified_joint_commission(text: str, parties: list[str]) -> None:
    assert _sides(text) == [parties]


def test_a_chief_s_meeting_with_his_regional_commanders_is_internal() -> None:
    assert not read_offline(
        "The Inspector General of Police, Mary Akello, on Monday held a meeting with all 17 regional police commanders "
        "at the Police Headquarters in Kampala to review the election security plan.",
        "2026-09-18",
    ).is_meeting_report


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Au menu de l'entretien entre le ministre burkinabè de la Sécurité, Moussa Kaboré, et l'ambassadrice du Canada, Julie "
            "Tremblay, jeudi à Ouagadougou : la formation des policiers.",
            ["BF", "CA"],
        ),
        (
            "A team of the Kenya Police Service is currently in Kigali for a four-day benchmarking tour of the Rwanda "
            "National Police, at the invitation of IGP Felix Mugabo.",
            ["KE", "RW"],
        ),
    ],
)
def test_an_encounter_told_by_its_menu_or_a_study_tour_under_way(text: str, parties: list[str]) -> None:
    assert _sides(text) == [parties]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "The High Commissioner of Canada, Anne Mercier, presented ten motorbikes to the Commissioner of the Sierra "
            "Leone Police, Ibrahim Sesay, in Freetown on Monday. The presentation was followed by a closed-door meeting "
            "on community policing.",
            ["CA", "SL"],
        ),
        (
            "L'ambassadeur d'Allemagne, Jens Weber, a remis jeudi à Niamey au directeur général de la police nigérienne, "
            "Abdou Salifou, dix véhicules de patrouille. La remise a été suivie d'une séance de travail entre les deux "
            "hommes.",
            ["DE", "NE"],
        ),
    ],
)
def test_a_handover_followed_by_talks_is_an_encounter(text: str, parties: list[str]) -> None:
    record = read_offline(text, "2026-09-18")
    assert [sorted(m.parties) for m in record.meetings] == [parties]
    assert record.meetings[0].date is not None
