"""Person names: a run of capitalised words cut down to the name it ends with."""

from __future__ import annotations

import pytest
from support import read_offline

from communique.normalise.names import CAPITALISED_RUN, person_like, person_shaped, strip_honorifics, trim


@pytest.mark.parametrize(
    ("run", "name"),
    [
        # an office or a unit before the name, its first word one a name could have ("NZ")
        ("NZ Police Andrew Coster", "Andrew Coster"),
        ("Directeur Abdellatif Hammouchi", "Abdellatif Hammouchi"),
        ("Fiji Police Force Commissioner Jone Vakaloloma", "Jone Vakaloloma"),
        # particles, initials and words after a particle stay in the name
        ("Maarten de Vries", "Maarten de Vries"),
        ("Samuel T. Kollie-Dennis", "Samuel T. Kollie-Dennis"),
        ("Ely Cheikh Ould Baba Ahmed", "Ely Cheikh Ould Baba Ahmed"),
        ("Anne-Claire de la Roncière", "Anne-Claire de la Roncière"),
        ("Ahmed Ould El Général", "Ahmed Ould El Général"),
        # a posting of two words before the name: its last word is no first name
        ("Saudi Arabia Salim bin Nasser Al-Rawahi", "Salim bin Nasser Al-Rawahi"),
        # units and honorifics written before a name
        ("Outreach Peter Okello Lubega", "Peter Okello Lubega"),
        ("Spokesperson Agnes Nabirye", "Agnes Nabirye"),
        ("Sayyid Harith bin Salim Al Habsi", "Harith bin Salim Al Habsi"),
    ],
)
def test_a_run_is_cut_to_the_name_it_ends_with(run: str, name: str) -> None:
    assert trim(run) == name
    assert person_like(trim(run))


def test_a_run_with_no_name_in_it_is_nothing() -> None:
    assert trim("Public Relations Department") == ""


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Major General Saad bin Rashid Al Kuwari", "Saad bin Rashid Al Kuwari"),
        ("Major-General Omar Al-Fayez", "Omar Al-Fayez"),
        ("Général de division Aliou Ba", "Aliou Ba"),  # the longer rank, not "Général" alone
        ("Général de corps d'armée Aliou Ba", "Aliou Ba"),
        ("Lieutenant General Kofi Asante", "Kofi Asante"),
        ("General", "General"),  # nothing but a rank: kept
    ],
)
def test_ranks_are_stripped_whole(written: str, name: str) -> None:
    assert strip_honorifics(written) == name


@pytest.mark.parametrize("group", ["Boko Haram", "Al-Shabaab", "Daech", "Hezbollah", "Jaish Mohammed"])
def test_an_armed_group_is_not_a_person(group: str) -> None:
    """A group the talks were about ("la lutte contre Boko Haram") is never read as a participant."""
    assert not person_shaped(group)


def test_a_bilingual_communique_names_no_armed_group_as_a_participant() -> None:
    text = (
        "Le ministre de la Sécurité publique, M. Jean-Claude Mbarga, a reçu mardi à Yaoundé son homologue "
        "tchadien, M. Idriss Mahamat Saleh, pour des entretiens sur la lutte contre Boko Haram.\n\n"
        "The Minister of Public Security, Mr Jean-Claude Mbarga, on Tuesday received his Chadian counterpart, "
        "Mr Idriss Mahamat Saleh, in Yaoundé for talks on the fight against Boko Haram."
    )
    (meeting,) = read_offline(text).meetings
    assert [p.name for p in meeting.participants] == ["Jean-Claude Mbarga", "Idriss Mahamat Saleh"]


@pytest.mark.parametrize(
    "office",
    ["DG de la Police", "SG du Ministère", "DGA de la Sûreté", "Directeur de la Police",
     "Ville de Montréal", "Municipalité de Lévis", "Mairie de Lyon"],
)  # fmt: skip
def test_an_office_or_a_town_council_after_an_article_is_not_a_name(office: str) -> None:
    assert not person_shaped(office)


@pytest.mark.parametrize(
    "name", ["Carlos de la Fuente", "Juan del Río", "Ely Cheikh Ould Baba", "Anne-Marie de la Tour"]
)
def test_names_with_articles_stay_names(name: str) -> None:
    assert person_shaped(name)


@pytest.mark.parametrize(
    "run",
    [
        "Nordlys Secure Limited",  # a firm in a delegation's list
        "Baltic Shield Holdings",
        "ASEAN Association",  # "the ASEAN Association of Chiefs of Police"
        "Khalifa bin Salman Port",  # a port, a causeway, a school named after someone
        "Yusuf Lule Causeway",
        "Gaddafi Memorial Academy",
        "Interior Secretary Level Talks",  # a meeting's name
    ],
)
def test_firms_places_and_talks_named_like_people_are_no_one(run: str) -> None:
    assert trim(run) == ""


@pytest.mark.parametrize(
    ("run", "name"),
    [
        # a place's first word takes the next with it: Bukit Aman is the Malaysian police headquarters
        ("Bukit Aman Commercial Crime Investigation Department director Lim Wei Ming", "Lim Wei Ming"),
        ("Camp Aguinaldo Rosario Santos", "Rosario Santos"),
    ],
)
def test_a_place_that_opens_a_run_is_not_the_start_of_a_name(run: str, name: str) -> None:
    assert trim(run) == name


@pytest.mark.parametrize("place", ["Bukit Aman", "Kampung Baru", "Jalan Ampang"])
def test_malay_places_are_not_person_shaped(place: str) -> None:
    assert not person_shaped(place)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('chief Director General Ronald "Bato" de la Rosa flew to Malaysia', 'Ronald "Bato" de la Rosa'),
        ("Police General Eduardo ‘Edong’ Salcedo received", "Eduardo ‘Edong’ Salcedo"),
    ],
)
def test_a_nickname_in_quotes_stays_inside_the_name_it_is_written_in(sentence: str, name: str) -> None:
    """The name was cut at the nickname ("Ronald"): it is kept whole, as written."""
    runs = [trim(m.group(0)) for m in CAPITALISED_RUN.finditer(sentence)]
    assert name in runs and person_like(name)


def test_a_quoted_word_alone_is_no_name() -> None:
    assert [m.group(0) for m in CAPITALISED_RUN.finditer('the "Bato" of the force')] == ["Bato"]


@pytest.mark.parametrize("place", ["Hay Riad", "Hay Salam", "Camp David", "Bukit Aman"])
def test_a_quarter_or_a_camp_of_two_words_is_no_one(place: str) -> None:
    assert trim(place) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        # a body's acronym with its region: the gathering's name, no one
        'Jeremy Douglas said that "the leadership gathered for HONLEA Asia Pacific recognise the threat".',
        # an academic degree written after a name that the text lost: "M.Hum" is a Master of Humanities
        "She met the Chief of the International Relations Division M. Hum and Commissioner Gories Mere.",
    ],
)
def test_a_region_or_a_degree_after_an_acronym_or_an_honorific_names_no_one(sentence: str) -> None:
    found = {trim(m.group(0)) for m in CAPITALISED_RUN.finditer(sentence)}
    assert not any(person_like(name) for name in found if name and ("Asia" in name or "Hum" in name))


@pytest.mark.parametrize("name", ["Peter Monaghan", "David Kingston", "Anne Livingstone"])
def test_a_given_name_and_a_city_borne_as_a_surname_is_a_name(name: str) -> None:
    assert person_shaped(name)
    assert trim(f"Commissioner {name}") == name


@pytest.mark.parametrize("run", ["INL Abuja", "KABAR Bishkek", "Greater Georgetown", "Old Delhi"])
def test_a_body_or_a_part_of_a_city_before_it_is_no_name(run: str) -> None:
    assert not person_shaped(run)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Minister, Mr Yaw Boateng, received the Ambassador of Korea, Mr Min-ho Park, in Accra on Friday.", "Min-ho Park"),
        ("The Minister, Mr Yaw Boateng, received the British envoy, Mrs Ama Hall, in Accra on Friday.", "Ama Hall"),
        ("Le ministre, M. Oumar Sy, a reçu vendredi à Dakar l'ambassadeur de Corée, M. Jae-won Park.", "Jae-won Park"),
    ],
)  # fmt: skip
def test_a_surname_that_ends_a_buildings_name_is_a_persons_after_mister(sentence: str, name: str) -> None:
    # Park, Hall, House end the names of buildings ("Louis Edet House"), never after "Mr" or « M. »
    names = {p.name for m in read_offline(sentence, "2026-04-10").meetings for p in m.participants}
    assert name in names
    assert trim("Louis Edet House") == ""


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Director De Smet", "De Smet"),
        ("Commissioner Le Goff", "Le Goff"),
        ("Executive Director La Rosa", "La Rosa"),
        ("Chief Superintendent Du Plessis", "Du Plessis"),
        # a place's article stays a place's, an office's stays an office's
        ("Le Caire", ""),
        ("Le Directeur", ""),
        ("De la Police", ""),
    ],
)
def test_a_surname_opening_on_its_particle_after_an_office_stays_whole(run: str, name: str) -> None:
    # the particle was dropped as an office's article ("DG de la Police"), and the one word left was no name
    assert trim(run) == name


def test_an_office_holder_told_by_a_particle_surname_is_named() -> None:
    text = (
        "Executive Director De Smet on Monday met the Minister of Internal Affairs of Moldova, Ion Rusu, in "
        "Chisinau to discuss cooperation against trafficking."
    )
    names = {p.name for m in read_offline(text, "2026-04-10").meetings for p in m.participants}
    assert names == {"De Smet", "Ion Rusu"}


@pytest.mark.parametrize(
    "run",
    ["Visiting Lusaka", "Speaking", "Addressing Parliament", "Arriving Harare", "Welcoming Mr",
     # a headline in capitals' purpose: "… Sign MoU To Foster Mutual Partnership", "To Deepen Bilateral Ties"
     "Foster Mutual", "Deepen Bilateral", "Forge Closer", "Promote Shared"],
)  # fmt: skip
def test_a_participle_or_a_headline_s_purpose_is_no_name(run: str) -> None:
    assert not person_shaped(run)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("LUSAKA, 3 March 2026 - The Inspector General of Police of Malawi, Mr. John Banda, held talks with his "
         "Zambian counterpart Mrs. Grace Mwale. Visiting Lusaka, Mr. Banda said both forces would share "
         "intelligence.", ["John Banda", "Grace Mwale"]),
        ("ACCRA, 9 June 2026 - Ghana's Inspector General of Police, Mr. Kofi Mensah, received the Togolese "
         "police chief, Mr. Yao Agbeko. Addressing Journalists afterwards, Mr. Agbeko thanked his host.",
         ["Kofi Mensah", "Yao Agbeko"]),
        ("Ghana Police Signs MoU With Togo Police To Foster Mutual Partnership\n\nACCRA, 9 June 2026 - The "
         "Inspector General of Police, Mr. Kofi Mensah, signed a memorandum of understanding with the Togolese "
         "police chief, Mr. Yao Agbeko.", ["Kofi Mensah", "Yao Agbeko"]),
    ],
)  # fmt: skip
def test_a_sentence_opened_by_a_participle_names_no_one_more(text: str, names: list[str]) -> None:
    (meeting,) = read_offline(text).meetings
    assert [p.name for p in meeting.participants] == names
