"""Encounters told in phrasings the offline reader missed (enc44): two people as one subject of an
exchange, the guest of someone, a verbless heading, a sentence led by a participle; and words to the
press or a year's tally of meetings, which tell none. Every sentence invented."""

from __future__ import annotations

import pytest
from support import only_meeting, read_offline

from communique.backends.rules import encounters


def _names(text: str) -> set[str]:
    meeting = only_meeting(text, published="2026-05-15")
    return {p.name for p in meeting.participants if p.name}


# -- two people joined by "and" / « et » as the subject of an exchange verb --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Chief Constable of the Northern Police, Mr. Aldo Ferris, and the visiting Director of the "
            "Marlandian Border Guard, Gen. Petra Voss, on Wednesday examined joint patrols along the river.",
            {"Aldo Ferris", "Petra Voss"},
        ),
        (
            "Le directeur de la police des frontières, M. Théo Lambin, et le consul du Portugal, M. Rui Farinha, "
            "ont fait le point jeudi sur les demandes de visa.",
            {"Théo Lambin", "Rui Farinha"},
        ),
        (
            "Kenya's Police Inspector General, Mr. Simon Kariuki, and Ethiopia's Federal Police Commissioner, "
            "Mr. Abebe Tesfaye, took stock on Monday of their work against arms smuggling.",
            {"Simon Kariuki", "Abebe Tesfaye"},
        ),
    ],
)
def test_two_people_as_one_subject_of_an_exchange_verb_met(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


def test_two_services_as_one_subject_name_no_people_and_tell_no_encounter() -> None:
    record = read_offline(
        "La police et la gendarmerie ont examiné lundi le bilan de la saison touristique à Kribi.",
        published="2026-05-15",
    )
    assert not record.is_meeting_report


# -- the guest of someone ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A team of the Coastal Police led by Commander Ivo Marsh was the guest on Friday of the Harbour "
            "Authority's Chief of Security, Mrs. Lena Okafor.",
            {"Ivo Marsh", "Lena Okafor"},
        ),
        (
            "Le chef de la brigade financière suisse, M. Urs Brunner, a été l'hôte mardi du directeur de la "
            "police judiciaire, M. Amadou Barry.",
            {"Urs Brunner", "Amadou Barry"},
        ),
    ],
)
def test_the_guest_of_an_office_holder_met_him(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


# -- a verbless heading: « Séance de travail … entre X et Y », "Meeting between X and Y" ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Séance de travail, vendredi à Tanger, entre le préfet de police, M. Omar Bennis, et le chef de la "
            "police portuaire espagnole, M. Raúl Vega, consacrée aux traversées du détroit.",
            {"Omar Bennis", "Raúl Vega"},
        ),
        (
            "Meeting between the Commissioner of the Island Police, Mr. Hugo Lenz, and the visiting Director of "
            "Customs, Mrs. Ada Quist, at the Harbour Police Station on Tuesday.",
            {"Hugo Lenz", "Ada Quist"},
        ),
    ],
)
def test_a_verbless_heading_between_two_named_people_is_an_encounter(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


def test_what_talks_between_delegations_covered_is_not_a_second_encounter() -> None:
    record = read_offline(
        "The Minister of Security, Gen. Paul Oduya, on Monday received a delegation led by Mr. Timo Rask in "
        "Kisumu.\n\nTalks between the two delegations focused on fishing boats stolen on the lake.",
        published="2026-05-15",
    )
    assert record.is_meeting_report
    (meeting,) = record.meetings
    assert {p.name for p in meeting.participants} == {"Paul Oduya", "Timo Rask"}


# -- a sentence led by a participle: « Audience accordée … par X à Y », "Courtesy call paid by X on Y" -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Audience accordée vendredi par le directeur général de la police, M. Luc Ondo, au consul de Suisse, "
            "M. Peter Keller.",
            {"Luc Ondo", "Peter Keller"},
        ),
        (
            "Visite de courtoisie rendue mardi par l'attaché de sécurité de l'ambassade du Canada, M. Noah Tremblay, "
            "au commandant de la gendarmerie, le général Henri Mba.",
            {"Noah Tremblay", "Henri Mba"},
        ),
        (
            "Courtesy call paid on Wednesday by the new Consul General, Mr. Ivan Petrov, on the Commissioner of "
            "Police, Mr. Dennis Ochieng, at Police Headquarters.",
            {"Ivan Petrov", "Dennis Ochieng"},
        ),
    ],
)
def test_a_sentence_led_by_a_participle_tells_the_encounter(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


# -- no encounter: a word to the press, a year's tally of meetings ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Commissioner of Police, Mr. Dennis Ochieng, on Friday discussed the rise in car thefts with "
        "journalists at the Central Police Station.",
        "Le commandant de la gendarmerie, le général Henri Mba, a échangé lundi avec la presse sur les accidents "
        "de la route du week-end.",
        "The Immigration Service held 86 meetings with foreign partners in the past year, its spokesman, Mr. Kofi "
        "Arthur, said on Thursday.",
    ],
)
def test_a_word_to_the_press_or_a_tally_of_meetings_tells_no_encounter(text: str) -> None:
    assert not read_offline(text, published="2026-05-15").is_meeting_report


# -- a sentence after the lead that tells what the talks covered: the lead names the two sides --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le commissaire Alain Bessala, chef de la police camerounaise de Kyé-Ossi, et le commandant Rufino "
            "Esono, de la police équato-guinéenne, étaient jeudi au pont de la frontière.\n\nLes échanges ont "
            "porté sur le trafic de carburant.",
            {"Alain Bessala", "Rufino Esono"},
        ),
        (
            "Kenya's County Police Commander, Mr. Daniel Mutua, together with Tanzania's Regional Police "
            "Commander, Mr. Athumani Juma, at the Namanga border post on Friday.\n\nDiscussions centred on "
            "stolen motorcycles.",
            {"Daniel Mutua", "Athumani Juma"},
        ),
    ],
)
def test_what_the_talks_covered_makes_the_lead_that_names_two_sides_an_encounter(
    text: str, expected: set[str]
) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Police Public Affairs Director, Supt. Mary Ansah, and the Kumasi Regional Commander, DCOP Kwesi "
        "Owusu, addressed officers at the Regional Headquarters on Monday.\n\nDiscussions centred on discipline.",
        "Le porte-parole de la police, M. Kossi Adjo, et son adjoint, M. Yawo Dzidzo, ont tenu une conférence de "
        "presse lundi.\n\nLes échanges ont porté sur le bilan des opérations de l'été.",
    ],
)
def test_a_forces_own_people_then_what_was_discussed_tell_no_encounter(text: str) -> None:
    assert not read_offline(text, published="2026-05-15").is_meeting_report


# -- a one-to-one told by its noun or a phrasal verb; a minister and his own police chief ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "En marge du forum de Dakar, le ministre guinéen de la Sécurité, M. Sékou Condé, a eu un tête-à-tête "
            "avec son homologue sierra-léonais, M. David Koroma.",
            {"Sékou Condé", "David Koroma"},
        ),
        (
            "The Commissioner of the Zanzibar Police, Mr. Omar Salim, sat down with the visiting Comorian "
            "Director of Police, Col. Said Ahmed, on Monday to discuss boat arrivals.",
            {"Omar Salim", "Said Ahmed"},
        ),
    ],
)
def test_a_one_to_one_told_by_its_noun_or_a_phrasal_verb_is_an_encounter(
    text: str, expected: set[str]
) -> None:
    assert _names(text) == expected


def test_a_minister_and_his_own_police_chief_examining_the_month_tell_no_encounter() -> None:
    record = read_offline(
        "Le ministre de la Sécurité, le général Amadou Sanou, et le directeur de la police, M. Brahima Tall, ont "
        "examiné lundi le bilan sécuritaire du mois avec les commandants de région.",
        published="2026-05-15",
    )
    assert not record.is_meeting_report


def test_a_heading_between_a_director_and_his_own_directors_tells_no_encounter() -> None:
    record = read_offline(
        "Séance de travail, lundi à Kara, entre le directeur général de la police, M. Essowè Kodjo, et les "
        "directeurs centraux de la police nationale, consacrée au bilan du trimestre.",
        published="2026-05-15",
    )
    assert not record.is_meeting_report


def test_two_people_as_one_subject_are_searched_for_only_where_an_and_and_an_exchange_verb_are() -> None:
    """The search for a joint subject is spared sentences with no "and" / « et » or no exchange verb
    (most sentences); once those words are read, joint subjects are found as before."""
    assert encounters._JOINT_SUBJECT.anchors == (" et ", " and ")
    assert encounters._EXCHANGE_VERB.anchors is not None
    for _ in range(40):  # (enough for the screens to read their words)
        assert (
            encounters._joint_exchange("Le ministre a reçu une délégation de la police du pays voisin.")
            is None
        )
    joint = encounters._joint_exchange(
        "The Chief Constable of the Northern Police, Mr. Aldo Ferris, and the visiting Director of the "
        "Marlandian Border Guard, Gen. Petra Voss, on Wednesday examined joint patrols along the river."
    )
    assert joint is not None and joint.group(0) == "examined"


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        ("Il a dit « merci » au chef.", "« merci »"),
        ('He called it "a fine start" and left.', '"a fine start"'),
        ("Le mot ''confiance'' revient.", "''confiance''"),
        ("The chief thanked his hosts.", ""),
        ("L'accord d'Ostrava a été signé.", ""),
    ],
)
def test_quoted_words_are_blanked_and_a_sentence_with_no_quotation_mark_is_left_as_it_is(
    sentence: str, quoted: str
) -> None:
    """Quoted words are blanked, offsets kept; a sentence that holds no quotation mark (an apostrophe
    alone is none) is returned as it is, spared the search."""
    expected = sentence.replace(quoted, " " * len(quoted)) if quoted else sentence
    assert encounters._unquoted(sentence) == expected


def test_a_press_conference_is_searched_for_only_in_sentences_with_its_words() -> None:
    """A press conference is no encounter; the search for one is spared sentences with none of its
    words, and once those are read a press conference is still told apart from a meeting."""
    assert set(encounters._PRESS_CONFERENCE.anchors or ()) == {
        "presse",
        "briefing",
        "conference",
        "conférence",
    }
    press = "Le ministre de l'Intérieur, M. Paul Ardent, a tenu une conférence de presse lundi à Doruvo."
    meeting = "Le ministre de l'Intérieur, M. Paul Ardent, a tenu une réunion lundi à Doruvo."
    for _ in range(40):  # (enough for the screen to read its words)
        assert encounters._meeting_cue.__wrapped__(press) is None
        assert encounters._meeting_cue.__wrapped__(meeting) is not None
