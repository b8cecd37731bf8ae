"""Whether a text reports a meeting, and who takes part, as a fourteenth reading of real
communiqués found the reader missing or inventing them; every sentence invented, none of them
an eval case's."""

from __future__ import annotations

import pytest
from support import offline_names, read_offline

# -- the encounter told by « discussed … with » and a long object -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Security Minister, Mr Omar Jallow, discussed the new visa and residence permit rules with the "
        "Senegalese Interior Minister, Mr Moustapha Ba, in Banjul on Monday.",
        "Le préfet de police Marc Lefort a discuté des modalités du contrôle des navires étrangers avec "
        "le chef de la garde côtière espagnole, José Ortiz, lundi à Brest.",
    ],
)
def test_discussing_a_long_object_with_someone_is_a_meeting(text: str) -> None:
    record = read_offline(text, "2026-05-06")
    assert record.is_meeting_report
    assert len(offline_names(text)) == 2


# -- talks told by « se concerter » --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Les directeurs des douanes du Niger et du Bénin, Ali Mahaman et Romain Dossou, se sont concertés "
        "lundi à Malanville sur la fraude aux frontières.",
        "Depuis lundi, les chefs d'état-major des gendarmeries du Mali et du Burkina Faso, Oumar Traoré et "
        "Paul Kaboré, sont en concertation à Sikasso.",
    ],
)
def test_conferring_together_is_a_meeting(text: str) -> None:
    assert read_offline(text, "2026-05-06").is_meeting_report
    assert len(offline_names(text)) == 2


# -- a gathering told only as what a commitment followed or closed --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Customs chiefs of the Pacific Islands committed to a common risk register, following a three-day "
        "summit in Apia.",
        "Les ministres de la Justice de la sous-région ont promis d'accélérer les extraditions, au terme d'une "
        "conférence de trois jours à Lomé.",
    ],
)
def test_a_gathering_named_after_a_commitment_is_a_meeting(text: str) -> None:
    assert read_offline(text, "2026-05-06").is_meeting_report


def test_who_spoke_at_the_gatherings_ceremony_takes_part() -> None:
    text = (
        "Les chefs de la police judiciaire de la région ont adopté une charte, au terme d'une rencontre de deux jours "
        "à Niamey. "
        "Prenant la parole lors de la cérémonie de clôture, le procureur général Issa Moussa a salué les travaux."
    )
    assert "Issa Moussa" in offline_names(text)


# -- titles that are no one's name ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The Minister of Interior, Mr Ali Hassan, received on Tuesday in Djibouti the Special Envoy of the "
            "African Union, Mr Paul Okello, to discuss piracy.",
            "Special Envoy",
        ),
        (
            "The Federation of Pacific Police Commissioners met in Honiara on Monday, chaired by Commissioner "
            "Peter Lolo.",
            "Pacific Police Commissioners",
        ),
        (
            "The delegates of the ASEAN Member States met on Monday in Jakarta, chaired by General Budi Santoso.",
            "ASEAN Member",
        ),
    ],
)
def test_titles_and_bodies_are_not_names(text: str, title: str) -> None:
    names = offline_names(text)
    assert names and not any(title in name for name in names)


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre de la Défense, M. Karim Touré, a reçu lundi à Bamako M. Nana Mensah, conseiller spécial du "
        "Président de la République du Ghana, M. Kofi Boateng.",
        "The Interior Minister, Mr Daniel Osei, on Friday received in Accra Mr Yao Mensah, Personal Envoy of the "
        "President of the Republic of Togo, Faure Kodjo.",
    ],
)
def test_the_head_of_state_an_envoy_represents_takes_no_part(text: str) -> None:
    names = offline_names(text)
    assert names and not names & {"Kofi Boateng", "Faure Kodjo"}


# -- who takes part, named in a list of attendees or as the one who convened it --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The regional forum of customs chiefs opened in Suva on Monday. Among the delegates were Commissioner "
            "Tevita Lolo of Tonga and Director General Sefo Aumua of Samoa.",
            {"Tevita Lolo", "Sefo Aumua"},
        ),
        (
            "Le séminaire régional des chefs des polices judiciaires s'est ouvert lundi à Abidjan. Parmi les invités "
            "figuraient le commissaire Yao Kouassi et le colonel Amadou Sylla.",
            {"Yao Kouassi", "Amadou Sylla"},
        ),
        (
            "Border police chiefs of five countries met by videoconference on Monday. The meeting was convened by "
            "the head of the Frontex liaison office, Petra Novak.",
            {"Petra Novak"},
        ),
        (
            "Les chefs des services antidrogue de six pays se sont réunis lundi par visioconférence. La réunion a "
            "été convoquée par le secrétaire permanent du comité, Jean Mbarga.",
            {"Jean Mbarga"},
        ),
    ],
)
def test_attendees_and_conveners_take_part(text: str, expected: set[str]) -> None:
    assert expected <= offline_names(text)


# -- a courtesy call in the passive; an exchange of views; a delegation on a visit ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A courtesy visit was paid to the Inspector General of Police, Mr John Mwangi, on Friday by the "
            "Ambassador of Korea, Mr Park Jin-ho.",
            {"John Mwangi", "Park Jin-ho"},
        ),
        (
            "Une visite de travail a été rendue vendredi au directeur général de la Police, Alain Obiang, par le "
            "consul de Chine, Li Wei.",
            {"Alain Obiang", "Li Wei"},
        ),
        (
            "The Minister of Internal Affairs, Ms Grace Phiri, and the British High Commissioner, Mr Tom Hardy, "
            "exchanged views on Monday about prison reform in Lusaka.",
            {"Grace Phiri", "Tom Hardy"},
        ),
        (
            "Le directeur de la Sûreté, Ali Baba Touré, et le chef de la mission de l'ONU, Karen Hansen, ont "
            "échangé lundi à Bamako sur la protection des civils.",
            {"Ali Baba Touré", "Karen Hansen"},
        ),
    ],
)
def test_encounters_told_in_the_passive_or_as_an_exchange_name_both_sides(
    text: str, expected: set[str]
) -> None:
    assert read_offline(text, "2026-05-06").is_meeting_report
    assert expected <= offline_names(text)


def test_the_host_who_welcomes_the_visitor_is_of_the_same_meeting() -> None:
    text = (
        "Brigadier Samuel Kwame, Director of the Ghana Prisons Service, led a delegation on a working visit to the "
        "Kenya Prisons headquarters on Monday. Commissioner General Joseph Otieno welcomed the visiting official."
    )
    record = read_offline(text, "2026-05-06")
    assert len(record.meetings) == 1
    assert {"Samuel Kwame", "Joseph Otieno"} <= offline_names(text)


# -- the past a sentence opens on; a meeting told by where it is held -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Interior Minister, Mr Ahmed Saleh, spoke on Monday by phone with his Omani counterpart, Mr Salim "
        "Harthi. It will be remembered that the late King Faisal Hamad had called for a Gulf police force.",
        "Le ministre de l'Intérieur, Ahmed Saleh, s'est entretenu lundi par téléphone avec son homologue omanais, "
        "Salim Harthi. On se souvient que le défunt roi, Faisal Hamad, avait appelé à une police du Golfe.",
    ],
)
def test_people_of_a_recalled_past_take_no_part(text: str) -> None:
    names = offline_names(text)
    assert {"Ahmed Saleh", "Salim Harthi"} <= names and not any("Faisal" in name for name in names)


@pytest.mark.parametrize(
    "text",
    [
        "She spoke in Kigali, where the annual meeting of the regional police chiefs is being held.",
        "Elle s'exprimait à Kigali, où se tient la session annuelle des chefs de police de la région.",
    ],
)
def test_a_meeting_told_by_where_it_is_held_is_a_meeting(text: str) -> None:
    assert read_offline(text, "2026-05-06").is_meeting_report


# -- a reception told by a participle, or by « une audience accordée par » ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Inspector General of Police, Mr Peter Obi, made the remarks while hosting Ghana's Chief of Defence "
            "Staff, Mr Kofi Asare, in Abuja on Monday.",
            {"Peter Obi", "Kofi Asare"},
        ),
        (
            "Le ministre de l'Intérieur, Ali Diallo, l'a affirmé lundi en recevant à Conakry le directeur de la "
            "police sierra-léonaise, Samuel Koroma.",
            {"Ali Diallo", "Samuel Koroma"},
        ),
        (
            "Le Tchad et le Niger ont convenu lundi 4 mai à Ndjamena de créer une cellule de renseignement, lors "
            "d'une audience accordée par le ministre tchadien, Idriss Saleh, à son homologue nigérien, Ali Moussa.",
            {"Idriss Saleh", "Ali Moussa"},
        ),
    ],
)
def test_receptions_told_by_a_participle_or_a_noun_are_meetings(text: str, expected: set[str]) -> None:
    assert read_offline(text, "2026-05-06").is_meeting_report
    assert expected <= offline_names(text)


# -- outcomes worded as the real pages word them -------------------------------------------


def _outcomes(text: str) -> set[str]:
    record = read_offline(text, "2026-05-06")
    return {outcome.type.value for meeting in record.meetings for outcome in meeting.outcomes}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les ministres de la Sécurité du Tchad et du Niger se sont entretenus lundi à Ndjamena. Ils ont convenu "
            "lundi 4 mai à Ndjamena, de créer une cellule conjointe de renseignement.",
            "mechanism_created",
        ),
        (
            "The Director of Cepol, Ms Ana Lopes, met the Europol Executive Director, Mr Hans Berg, on Monday in "
            "The Hague. They discussed a memorandum of understanding between the two agencies, due to be signed "
            "in June.",
            "agreement_planned",
        ),
        (
            "The police chiefs of the Pacific met in Apia on Monday. 'This summit has committed us to meeting more "
            "often,' said Commissioner Tavita Leota.",
            "follow_up_planned",
        ),
        (
            "Police chiefs of Southern Africa met in Gaborone on Monday. At the end of the meeting, an agreement "
            "to post a liaison officer at the Interpol office in Harare was reached, said Commissioner Tumelo Dube.",
            "mechanism_created",
        ),
    ],
)
def test_outcomes_in_their_real_wording(text: str, expected: str) -> None:
    assert expected in _outcomes(text)


def test_the_american_police_community_is_ameripol_not_the_united_states() -> None:
    text = (
        "The American Police Community (Ameripol) opened its annual meeting in Quito on Monday, chaired by "
        "General Diego Mora of the National Police of Ecuador."
    )
    record = read_offline(text, "2026-05-06")
    parties = {party for meeting in record.meetings for party in meeting.parties}
    assert "AMERIPOL" in parties and "US" not in parties


# -- sides and topics worded as the real pages word them -----------------------------------


def test_a_high_commander_of_a_national_gendarmerie_is_of_its_country() -> None:
    text = (
        "Le général Ibrahima Sow, haut commandant de la Gendarmerie nationale guinéenne, a reçu lundi à Conakry "
        "une délégation de la gendarmerie malienne."
    )
    record = read_offline(text, "2026-05-06")
    assert any(p.name == "Ibrahima Sow" and p.party == "GN" for m in record.meetings for p in m.participants)


def test_sharing_more_intelligence_is_intelligence_sharing() -> None:
    text = (
        "The Commissioner of Police, Mr Allan Joseph, met the Director of the Barbados Police, Mr Neil Greene, "
        "in Roseau on Monday; they agreed to share more intelligence on gangs."
    )
    record = read_offline(text, "2026-05-06")
    assert any(topic.value == "intelligence_sharing" for m in record.meetings for topic in m.topics)


def test_the_association_of_caribbean_commissioners_is_a_party() -> None:
    text = (
        "The Association of Caribbean Commissioners of Police held its annual general meeting in Nassau on "
        "Monday, chaired by Commissioner Clayton Fernander of the Royal Bahamas Police Force."
    )
    record = read_offline(text, "2026-05-06")
    assert "ACCP" in {party for meeting in record.meetings for party in meeting.parties}


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        (
            "The Director General of Operations, Major General Salim Harthi, chaired a meeting with the Saudi "
            "liaison officer, Colonel Fahd Otaibi, on the joint exercise (Desert Shield 4) on Monday in Muscat.",
            "Desert Shield",
        ),
        (
            "Enhancing Border Controls: Minister Ali Hamdan met his Qatari counterpart Khalid Thani in Doha on "
            "Monday.",
            "Enhancing Border",
        ),
    ],
)
def test_exercise_names_and_headline_gerunds_are_not_people(text: str, not_a_name: str) -> None:
    names = offline_names(text)
    assert names and not any(not_a_name in name for name in names)


def test_the_president_an_envoy_represents_after_an_honorific_takes_no_part() -> None:
    text = (
        "Le ministre de l'Intérieur, Alou Maïga, a reçu lundi à Niamey M. Yaw Boateng, envoyé spécial du Président "
        "de la République du Ghana, SEM Kwesi Addo."
    )
    names = offline_names(text)
    assert "Yaw Boateng" in names and "Kwesi Addo" not in names


@pytest.mark.parametrize(
    "text",
    [
        "Delegates from twelve countries attended the regional forum on border management in Lusaka on Monday.",
        "The Southern African police organisation brought some thirty chiefs of police and prosecutors together "
        "in Maputo on Monday.",
        "The meeting will discuss joint patrols, he told a news conference at the hotel where the meeting of the "
        "border committee is being held.",
    ],
)
def test_delegates_gatherings_and_a_speakers_press_conference_report_a_meeting(text: str) -> None:
    assert read_offline(text, "2026-05-06").is_meeting_report


@pytest.mark.parametrize(
    "text",
    [
        "Le général Paul Ondo a visité lundi l'École de police de Bata, fondée en 1995 par le président de la "
        "République, Teodoro Mba, en présence du directeur, le colonel Luis Nsue.",
        "Commissioner Mary Otieno visited on Monday the regional academy, founded in 2001 by President Daniel Moi "
        "Kenyatta, with its director, Mr John Kamau.",
    ],
)
def test_the_head_of_state_who_founded_a_visited_institution_takes_no_part(text: str) -> None:
    names = offline_names(text)
    assert names and not any(name.startswith(("Teodoro", "Daniel")) for name in names)
