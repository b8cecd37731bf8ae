"""Who takes part, and whether a text reports a meeting at all, as a twelfth reading of fresh
real communiqués found the reader getting them wrong; every sentence invented, none of them an
eval case's."""

from __future__ import annotations

import pytest
from support import offline_names, read_offline

# -- what is written around a name and is not part of it: honours after it, « SEM » before it --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The summit was opened in Suva on Monday by Fiji Police Force Commissioner Rusiate Tudravu OAM "
            "and New Zealand Police Deputy Commissioner Tania Kura MNZM.",
            "Rusiate Tudravu",
        ),
        (
            "Inspector-General of Police Musa Danjuma mni received on Tuesday in Abuja the Ghanaian Police "
            "Commissioner, Yaw Boateng.",
            "Musa Danjuma",
        ),
        (
            "Le ministre de la Sécurité, Oumar Sy, a reçu lundi à Dakar l'Ambassadeur du Brésil, SEM Paulo "
            "Rocha Lima.",
            "Paulo Rocha Lima",
        ),
    ],
)
def test_honours_around_a_name_are_not_part_of_it(text: str, name: str) -> None:
    assert name in offline_names(text)


# -- units named after their towns, and a quotation whose full stop is inside it --


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        (
            "Delegates of Pacific police services came together for the first Joint Heads of Maritime "
            "Policing forum in Cairns on Monday, hosted by Commissioner Paul Reid.",
            "Joint Heads",
        ),
        (
            "Chair of the Regional Training Design Steering Group, Commissioner Tui Fono, briefed the "
            "police chiefs gathered in Apia on Tuesday for their annual conference.",
            "Design Steering",
        ),
    ],
)
def test_a_groups_words_are_no_ones_name(text: str, not_a_name: str) -> None:
    names = offline_names(text)
    assert names and not any(not_a_name in name for name in names)


def test_units_in_the_plural_are_no_ones_name() -> None:
    names = offline_names(
        "Police chiefs of Estonia and Latvia met on Tuesday in Tartu, hosted by the Director of the Southern Prefecture, Margus Tamm. "
        "They reviewed the work of the Valga and Võru Border Units, and discussed joint patrols."
    )
    assert "Margus Tamm" in names and not any("Units" in n or "Võru" in n for n in names)


def test_a_quotation_closed_after_its_full_stop_ends_the_sentence() -> None:
    record = read_offline(
        "The police chiefs of Lithuania and Poland met on Tuesday in Vilnius, hosted by Commissioner "
        'Rolandas Kiškis. Experts presented a paper on "Smuggling Routes as a Growing Threat." '
        "At the end of the meeting, the two chiefs signed an agreement on joint investigation teams."
    )
    names = {p.name for m in record.meetings for p in m.participants if p.name}
    assert len(record.meetings) == 1 and not any("Threat" in n for n in names)


# -- names of unusual shapes: 'To' as a surname, a city borne as a surname, a surname after an office --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Deputy Minister of Public Security, Lieutenant General To Hoa, received on Monday in Hanoi a "
            "delegation of the Cambodian National Police led by General Sok Dara.",
            "To Hoa",
        ),
        (
            "The Peruvian Minister of the Interior, Carlos Lima Herrera, received on Tuesday in Lima the "
            "Director of the Bolivian Police, Jorge Quispe.",
            "Carlos Lima Herrera",
        ),
        (
            "A Swedish police delegation met the Inspector General of Police of Sindh, Ghulam Nabi, in "
            "Karachi on Monday. Senior Liaison Officer Ekström and Detective Inspector Anna Berg were part "
            "of the delegation.",
            "Ekström",
        ),
        (
            "The Director of the Drug Enforcement Administration met the Mexican Attorney General, Luis "
            "Ortega, in Mexico City on Friday, with Special Agent Navarro.",
            "Navarro",
        ),
    ],
)
def test_names_of_unusual_shapes_are_found(text: str, name: str) -> None:
    assert name in offline_names(text)


# -- people spoken of, who do not take part: a martyr invoked, the president an adviser serves --


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "In a phone call on Sunday, the Iranian Interior Minister, Reza Ahmadi, told his Syrian "
            "counterpart, Fares Khalil, that the two nations owed their bond to Martyr Hassan Mughniyeh.",
            "Mughniyeh",
        ),
        (
            "L'envoyé spécial du Président Mahamat Idriss, M. Ali Djibrine, conseiller spécial du Président "
            "Mahamat Idriss, a été reçu lundi à Niamey par le ministre de l'Intérieur, Moussa Garba.",
            "Mahamat Idriss",
        ),
        (
            "The Minister of Interior, Abdi Warsame, received on Monday in Mogadishu a delegation led by "
            "Hassan Omar, adviser to the President Ilham Aliyev, on maritime security.",
            "Aliyev",
        ),
    ],
)
def test_people_spoken_of_are_not_participants(text: str, absent: str) -> None:
    names = offline_names(text)
    assert names and not any(absent in name for name in names)


# -- meetings told in words the reader did not know --


@pytest.mark.parametrize(
    "text",
    [
        "Police commissioners of the Caribbean came together in Bridgetown on Monday for the 30th annual "
        "conference of the Association of Caribbean Commissioners of Police.",
        "Commissioner Ana Tuilagi joined police chiefs from across Polynesia in Apia on Tuesday to review "
        "the fight against methamphetamine trafficking.",
        "La commission mixte de sécurité tchado-nigérienne a tenu sa deuxième session mardi à N'Djamena, "
        "sous la présidence du ministre de la Sécurité publique, Idriss Youssouf.",
        "The Joint Committee on Police Cooperation held its annual session in Vienna on Thursday, chaired "
        "by Director General Franz Huber.",
        "Les directeurs généraux des polices du Bénin et du Togo ont paraphé lundi à Cotonou un protocole "
        "d'entente sur les patrouilles conjointes.",
        "The chiefs of the Fiji and Tonga police initialled a memorandum on information sharing in Suva "
        "on Friday.",
        "The Minister of Home Affairs, Ratu Josefa Tui, thanked the departing Japanese Ambassador, Kenji "
        "Sato, for his support to the police at a reception in honour of the Ambassador in Suva on Monday.",
    ],
)
def test_meetings_told_in_new_words_are_meetings(text: str) -> None:
    assert read_offline(text).is_meeting_report


def test_an_agreement_initialled_is_a_signing() -> None:
    record = read_offline(
        "Les directeurs généraux des polices du Bénin et du Togo ont paraphé lundi à Cotonou un protocole "
        "d'entente sur les patrouilles conjointes."
    )
    assert [m.kind.value for m in record.meetings] == ["signing"]


@pytest.mark.parametrize(
    "text",
    [
        "Ce lundi, la police nationale a rendu hommage aux policiers morts en service au cours de l'année. "
        "Le directeur général s'est rendu à Bouaké, où deux agents ont perdu la vie en mars dernier.",
        "La police a rendu hommage lundi à ses agents disparus. Le directeur général s'est rendu à Korhogo, "
        "où, dans la nuit du 3 au 4 mars dernier, la vie de deux de nos collègues, le sergent Yao Kouassi et "
        "l'agent Awa Touré, a été ôtée par des malfaiteurs.",
        "The Nigeria Police Force on Friday paid tribute to its fallen officers at a ceremony in Abuja "
        "attended by the Inspector-General of Police, Kayode Adeyemi.",
    ],
)
def test_a_commemoration_is_not_a_meeting(text: str) -> None:
    assert not read_offline(text).is_meeting_report


def test_one_who_briefed_the_gathering_takes_part() -> None:
    names = offline_names(
        "Police chiefs of the Pacific came together in Port Vila on Monday for their annual conference. "
        "Commissioner Sione Fifita of Tonga briefed the delegates on the regional drug threat."
    )
    assert "Sione Fifita" in names


# -- participants named away from the encounter verb --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le ministre de la Sécurité du Niger, Hamidou Sani, a visité mardi à Yaoundé le secrétariat "
            "permanent du comité des chefs de police. De l'exposé fait par le commissaire Paul Atangana, "
            "secrétaire permanent, il ressort que les saisies d'armes sont en hausse.",
            "Paul Atangana",
        ),
        (
            "The annual conference of the Eastern Africa Police Chiefs Cooperation Organisation that ended "
            "in Kampala today was hosted by the Uganda Police Force. The current Chairman of EAPCCO is "
            "Inspector General Moses Okello. Police chiefs from Kenya and Rwanda took part.",
            "Moses Okello",
        ),
        (
            "The Fiji Police Commissioner, Jone Naisara, met visiting Australian officials in Suva today. "
            "The AFP Deputy Commissioner Lisa Grant and the Border Force Comptroller Mark Evans are in Suva "
            "on a two-day visit.",
            "Mark Evans",
        ),
        (
            "Le ministre de l'Intérieur, Ali Said, a reçu jeudi à Moroni une délégation française, en "
            "présence du secrétaire général. Selon le secrétaire général du ministère, Omar Bacar, les "
            "échanges ont porté sur la surveillance des côtes.",
            "Omar Bacar",
        ),
        (
            "The Interior Minister of Kenya, David Kiprono, met his Ugandan counterpart on Monday. A "
            "statement issued by the ministry said Mr. Kiprono and the Minister of Internal Affairs of "
            "Uganda, Grace Akello, discussed cross-border cattle rustling.",
            "Grace Akello",
        ),
        (
            "La police et la gendarmerie ont décidé d'unir leurs efforts. C'est l'objet de la visite, ce "
            "lundi, du Général Moussa Diarra, chef d'état-major de la gendarmerie, à la direction générale "
            "de la police. En visite de courtoisie, le chef de la gendarmerie a été reçu par le directeur "
            "général de la police, Bakary Koné.",
            "Moussa Diarra",
        ),
    ],
)
def test_participants_named_away_from_the_encounter_verb_are_found(text: str, name: str) -> None:
    assert name in offline_names(text)


def test_a_visit_told_by_its_noun_then_by_the_reception_is_one_meeting() -> None:
    record = read_offline(
        "C'est l'objet de la visite, ce lundi, du Général Moussa Diarra, chef d'état-major de la "
        "gendarmerie, à la direction générale de la police. En visite de courtoisie, le chef de la "
        "gendarmerie a été reçu par le directeur général de la police, Bakary Koné."
    )
    assert len(record.meetings) == 1


def test_a_year_inside_a_quotation_does_not_make_a_recollection() -> None:
    names = offline_names(
        "In a phone call on Sunday with his Iraqi counterpart, Syria's Interior Minister discussed border "
        "security. Fares Haddad, Syria's Interior Minister, while inviting Iraq's Interior Minister, Karim "
        'Salman, to Damascus, said: "In 2023, we prepared an agreement, which I hope we will sign during '
        'your visit."'
    )
    assert {"Fares Haddad", "Karim Salman"} <= names


# -- a second batch: offices glued to names, those stood in for, signings and encounters told by nouns --


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        (
            "The Fijian police delegation was met at Nausori Airport yesterday by Commissioner Tevita Rabuka "
            "and Minister for Sports Josefa Nai, who stood in for Prime Minister Ratu Sela Koroi.",
            "Josefa Nai",
            "Koroi",
        ),
        (
            "Le ministre de l'Intérieur, Ali Moussa, a reçu lundi à Djibouti Monsieur Pierre Martin, Consul "
            "Honoraire de Suisse, et l'attaché de sécurité intérieure de l'ambassade de France.",
            "Pierre Martin",
            "Honoraire",
        ),
        (
            "The police chiefs of Belize and Guatemala met by video link on Monday, following a recent call "
            "between Prime Minister John Briceño and President Bernardo Arévalo, with Commissioner Chester "
            "Williams and Director Óscar Mota.",
            "Chester Williams",
            "Arévalo",
        ),
    ],
)
def test_offices_and_those_stood_in_for_are_not_names(text: str, name: str, absent: str) -> None:
    names = offline_names(text)
    assert name in names and not any(absent in n for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Officers will be seconded to the embassies following the signing of an agreement between the "
            "Secretary for Foreign Affairs, Mary Toua, and the Commissioner of Police, Paul Sepa, on Monday.",
            "Paul Sepa",
        ),
        (
            "« Le Japon est un partenaire précieux ». C'est ce qu'a affirmé le ministre de la Sécurité, "
            "Hery Rasolo, à l'issue de sa rencontre avec Kenji Mori, le nouvel ambassadeur du Japon.",
            "Kenji Mori",
        ),
        (
            "The ministers of Guyana and Brazil met by video link on Tuesday. Guyana's Chief of Police, "
            "Ravi Singh, explained that joint patrols would start on the river border.",
            "Ravi Singh",
        ),
    ],
)
def test_encounters_and_people_told_in_new_words_are_found(text: str, name: str) -> None:
    assert name in offline_names(text)


def test_a_minister_meeting_his_own_staff_is_not_a_meeting() -> None:
    assert not read_offline(
        "Le nouveau ministre de la Sécurité, Paul Andry, s'est adressé au personnel de son département. "
        "Mardi, il a réuni les hauts responsables du ministère à Antananarivo."
    ).is_meeting_report


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese Ambassador, Li Wei, on Monday called on the Inspector-General of Police, Musa Adamu, in "
        "Abuja. The Force spokesman, CSP Bello Sani, said in a statement that the talks covered cybercrime.",
        "Le ministre de la Sécurité, Karim Traoré, a reçu lundi à Bamako l'ambassadeur d'Algérie, Salim "
        "Benali. Le porte-parole du ministère, Issa Coulibaly, a précisé dans un communiqué que les échanges "
        "ont porté sur la sécurité des frontières.",
    ],
)
def test_one_who_tells_of_the_meeting_in_a_statement_is_not_at_it(text: str) -> None:
    names = offline_names(text)
    assert len(names) == 2 and not any(n in names for n in ("Bello Sani", "Issa Coulibaly"))
