"""Classes the 32nd reading of real communiqués found. Every sentence invented, none of them an eval case's."""

from __future__ import annotations

import pytest
from support import read_offline


@pytest.mark.parametrize(
    ("text", "guest", "host"),
    [
        ("La nouvelle attachée de sécurité de l'ambassade d'Italie, Giulia Ferri, a entamé ses visites de prise de "
         "contact. Jeudi, ce fut l'occasion pour elle de s'entretenir avec le directeur général de la police, "
         "Omar Sy Ndiaye, à Dakar.",
         "Giulia Ferri", "Omar Sy Ndiaye"),
        ("The new Japanese police attaché, Kenji Sato, started his round of courtesy calls this week. On Thursday "
         "he had the opportunity to meet with the Inspector General of Police, Martin Okoth, in Kampala.",
         "Kenji Sato", "Martin Okoth"),
    ],
)  # fmt: skip
def test_an_encounter_told_as_the_chance_to_meet(text: str, guest: str, host: str) -> None:
    """« l'occasion pour X de s'entretenir avec Y », "had the opportunity to meet with Y": an encounter
    in the infinitive, whose subject is the one the sentence before introduced."""
    analysis = read_offline(text, "2026-05-08")
    assert analysis.is_meeting_report
    (meeting,) = analysis.meetings
    assert {p.name for p in meeting.participants} >= {guest, host}


@pytest.mark.parametrize(
    "text",
    [
        "Un accord de coopération a été signé mardi entre la police du Niger et la gendarmerie du Tchad.",
        "Deux conventions ont été paraphées à Abidjan entre la gendarmerie ivoirienne et la police du Ghana.",
    ],
)
def test_an_instrument_signed_in_the_french_passive_is_a_signing(text: str) -> None:
    """« Un accord a été signé … entre A et B » reads as its English twin "was signed between"."""
    analysis = read_offline(text, "2026-05-08")
    assert analysis.is_meeting_report
    (meeting,) = analysis.meetings
    assert meeting.kind.value == "signing"
    assert len(meeting.parties) == 2


def test_a_statement_signed_by_its_author_is_no_signing() -> None:
    text = (
        "Le communiqué a été signé par le porte-parole de la police, qui annonce l'arrestation de six suspects "
        "à Niamey."
    )
    assert not read_offline(text, "2026-05-08").is_meeting_report


def test_companions_whose_surnames_are_countries_each_after_an_office() -> None:
    """ "officer Nadia Israel, and …": a given name and a country borne as a surname, in a list of companions,
    is a person of the list (not a place cut off a name, nor the party of the one before)."""
    text = (
        "The Minister of Home Affairs, Ruth Ochieng, met a delegation of the Dutch police on Monday in Nairobi. "
        "Permanent Secretary Daniel Chad, deputy director of international affairs Mercy Jordan, and liaison "
        "officer Tom Wekesa also attended."
    )
    (meeting,) = read_offline(text, "2026-05-08").meetings
    names = {p.name: p.party for p in meeting.participants}
    assert {"Daniel Chad", "Mercy Jordan", "Tom Wekesa"} <= set(names)
    assert not {"TD", "JO"} & set(meeting.parties)


def test_offices_districts_and_named_schools_are_not_people() -> None:
    """A plural office before a list (« les Maires de Kaga, X »), a district before a name (« du 2e
    Arrondissement X »), and a school named after someone (« l'école de gendarmerie Y, le colonel Z ») name
    no one of their own."""
    text = (
        "Le commissaire de la police de l'ONU, Pablo Ortiz, a reçu lundi à Bambari les élus de la préfecture. "
        "Étaient présents les Maires de Kaga, Rosine Ndakala, et de Grimari, Serge Wanzé, ainsi que du 2e "
        "Arrondissement Olivier Gbaya. Le directeur de l'école de gendarmerie Barthélemy Boganda, le commandant "
        "Léa Sako, était également présent."
    )
    (meeting,) = read_offline(text, "2026-05-08").meetings
    names = {p.name for p in meeting.participants}
    assert {"Rosine Ndakala", "Serge Wanzé", "Olivier Gbaya", "Léa Sako"} <= names
    assert not any(n and ("Maires" in n or "Arrondissement" in n or "Boganda" in n) for n in names)


def test_an_envoy_posted_for_a_country_is_of_the_one_he_represents() -> None:
    """ "High Commissioner for Fiji" is posted there, as "High Commissioner to Fiji" is."""
    text = (
        "The Commissioner of Police, Rusiate Tudravu, received a delegation of the Australian Federal Police in "
        "Suva on Monday. The delegation was accompanied by Australian High Commissioner for Fiji Helen Marsh."
    )
    (meeting,) = read_offline(text, "2026-05-08").meetings
    assert {p.name: p.party for p in meeting.participants}.get("Helen Marsh") == "AU"


def test_a_paragraphs_first_word_set_apart_by_a_drop_capital_is_joined_back() -> None:
    """A scrape that keeps each paragraph's first word alone on its line ("The" / "ambassador paid …")
    cut every sentence in two, and hid that the lines after it are hard-wrapped."""
    text = (
        "The\n"
        "ambassador of Norway, Ingrid Dahl, paid a courtesy call on the Inspector\n"
        "General of Police, Peter Mwangi, at his office in Nairobi on Friday.\n"
        "The\n"
        "two discussed the training of officers and the fight against drug trafficking\n"
        "along the coast, where the police has set up new marine units.\n"
        "She\n"
        "was accompanied by the embassy's First Secretary, Lars Berg, and by the Police\n"
        "Liaison Officer, Nils Haugen.\n"
        "On\n"
        "the police side, the meeting was attended by the Director of Operations, Grace\n"
        "Wanjiru.\n"
    )
    (meeting,) = read_offline(text, "2026-05-08").meetings
    names = {p.name for p in meeting.participants}
    assert {"Ingrid Dahl", "Peter Mwangi", "Lars Berg", "Nils Haugen", "Grace Wanjiru"} <= names


def test_a_line_break_after_a_comma_does_not_end_the_sentence() -> None:
    """A page's line break after "the Police Liaison Officer," cut the list of companions from its verb."""
    text = (
        "The Ambassador of Spain, Elena Ruiz, paid a courtesy call on the Commissioner of Police, "
        "John Banda, in Lusaka on Friday.\n"
        "Ruiz was accompanied by the embassy's Deputy Head of Mission,\n"
        "Carlos Vidal, and the Police Attaché, Marta Gil.\n"
    )
    (meeting,) = read_offline(text, "2026-05-08").meetings
    assert {"Carlos Vidal", "Marta Gil"} <= {p.name for p in meeting.participants}


def test_a_region_named_with_another_countrys_people_is_not_that_country() -> None:
    """ "British Columbia's Minister" is Canadian, not of the United Kingdom."""
    text = (
        "Canada's Public Safety Minister, Marc Tremblay, met British Columbia's Solicitor General, Priya Gill, "
        "in Vancouver on Monday to discuss gang violence."
    )
    (meeting,) = read_offline(text, "2026-05-08").meetings
    assert "GB" not in meeting.parties
    assert all(p.party != "GB" for p in meeting.participants)


def test_an_official_of_a_un_office_in_a_country_is_of_the_un() -> None:
    """« conseiller … du Bureau des Nations unies en Guinée-Bissau »: the country closing the title is where
    the office is, and the United Nations (a code of two capitals, as a country's) is the party."""
    text = (
        "Le ministre de l'Intérieur, Botche Candé, a reçu mardi à Bissau Ana Lopes, conseillère de police "
        "du Bureau intégré des Nations unies en Guinée-Bissau. Les échanges ont porté sur la formation."
    )
    (meeting,) = read_offline(text, "2026-05-08").meetings
    assert {p.name: p.party for p in meeting.participants}.get("Ana Lopes") == "UN"


def test_a_dialogue_numbered_in_words_with_each_delegations_head() -> None:
    """ "… in the second Home Secretaries' Talks, where the X delegation was led by A while the Y delegation was
    led by B": the talks named by a noun, numbered in words, and the two who led them."""
    text = (
        "Kenya and Uganda on Tuesday agreed to open joint border posts. The decision was taken in the second "
        "Home Affairs Ministers' Dialogue, where the Kenyan delegation was led by Cabinet Secretary Amos Kiprop "
        "while the Ugandan delegation was led by Minister Ruth Nankya."
    )
    (meeting,) = read_offline(text, "2026-05-08").meetings
    assert {p.name for p in meeting.participants} == {"Amos Kiprop", "Ruth Nankya"}
    assert meeting.parties == ["KE", "UG"]


def test_terrorist_groups_are_no_one() -> None:
    text = (
        "The decision was taken in the first Police Chiefs' Dialogue, where the Indian delegation was led by "
        "Director Rajesh Menon while the Maldivian delegation was led by Commissioner Ali Shareef. Both sides "
        "also agreed to work jointly against the terrorist entities including the Global Terrorist Groups and "
        "fugitives, wherever they are present and active, the Ministry of Home Affairs said."
    )
    (meeting,) = read_offline(text, "2026-05-08").meetings
    assert all(p.name is None or "Terrorist" not in p.name for p in meeting.participants)


def test_officers_commended_at_a_ceremony_others_attended_is_no_meeting() -> None:
    """A force's own ceremony, its officers receiving commendations, is no encounter of the officials
    the ceremony "was attended by"."""
    text = (
        "At a ceremony held on Friday, five officers of the Anti-Kidnapping Unit received commendations from the "
        "Minister of Internal Security, Owen Clarke, for their work over the past year. The ceremony took place "
        "at the ministry and was attended by the Chief of Defence Staff, Brigadier Ian Walters, and the "
        "Commissioner of Police, Mr. Dwayne Hope."
    )
    assert not read_offline(text, "2026-05-08").is_meeting_report


def test_a_signing_announced_on_the_margins_of_a_council_is_an_encounter_of_its_own() -> None:
    """« En marge du Conseil, le ministre signera un arrangement avec son homologue roumain, X »: a second,
    announced encounter, a signing with the counterpart (his Romanian letters a name's)."""
    text = (
        "Le ministre de l'Intérieur, Paul Weber, participera le 14 mai 2026 à la réunion du Conseil des ministres "
        "de l'Union européenne à Bruxelles. En marge du Conseil, le ministre Paul Weber signera un accord avec "
        "son homologue roumain, Ștefan Bălănescu, sur les patrouilles mixtes."
    )
    meetings = read_offline(text, "2026-05-08").meetings
    signing = next(m for m in meetings if m.kind.value == "signing")
    assert signing.status.value == "announced"
    assert {p.name for p in signing.participants} >= {"Paul Weber", "Ștefan Bălănescu"}


def test_leaders_whose_perceptions_the_talks_carry_out_are_not_at_them() -> None:
    text = (
        "Cambodian Minister of Interior Sok Vanna held talks with his Thai counterpart Anan Srisuk in Bangkok on "
        "May 6. The Thai ministry stands ready to work with the Cambodian side to carry out the perceptions on "
        "cooperation reached between Prime Minister Somchai Wong and his Cambodian counterpart Hun Dara, the "
        "host said."
    )
    (meeting,) = read_offline(text, "2026-05-08").meetings
    assert {p.name for p in meeting.participants} == {"Sok Vanna", "Anan Srisuk"}


def test_a_line_break_after_a_preposition_does_not_end_the_sentence() -> None:
    """« … l'équipe est ensuite reçue à » / « la direction générale par le patron de la police, X »: a page's line
    break after « à » cut the host from his verb."""
    text = (
        "Une délégation de la gendarmerie malienne est arrivée mardi à Dakar. Accueillie par le secrétaire "
        "général, Ibrahima Fall, elle a ensuite été reçue en audience à\n"
        "la direction générale par le patron de la police sénégalaise, Mamadou Seck.\n"
    )
    (meeting,) = read_offline(text, "2026-05-08").meetings
    assert "Mamadou Seck" in {p.name for p in meeting.participants}
