"""Meetings the offline reader missed, or invented, once the meeting sentence sits in a page rather than alone
(recall48): composed pages in both languages placed a sentence the reader reads alone after paragraphs of
context, in a quote, a list, a caption, a newsletter, among web debris, in reported speech; and near misses in
the same shapes. What failed was the wording the page gave the sentence: a caption under its label ("Photo: …"),
an audience told as the occasion of what was said ("said … during an audience granted to"), a meeting named by
its participle closing a quote ("said … after meeting X"); and near misses read as meetings: an encounter the
speaker recalls in the pluperfect, a chief with his own regional commanders, a meeting called for. Every
sentence invented."""

from __future__ import annotations

import pytest
from support import read_offline


def _names(text: str, published: str = "2026-03-12") -> set[str]:
    """The names of the people the reader finds taking part (the text must be read as a meeting report)."""
    record = read_offline(text, published)
    assert record.is_meeting_report, text
    return {p.name for m in record.meetings for p in m.participants if p.name}


@pytest.mark.parametrize(
    ("label", "sentence"),
    [
        ("Photo:", "The Commissioner of Police, Sara Lungu, received the Malawian Deputy Inspector-General, Grace Phiri, on Tuesday in Lusaka."),
        ("Photo :", "Le directeur de la Sûreté, Paul Mbarga, a reçu mardi à Yaoundé le commissaire tchadien Ali Mahamat."),
        ("Image:", "The Director of Immigration, Ravi Naidu, held talks with the Australian High Commissioner, Kate Moore, on Tuesday in Suva."),
    ],
)  # fmt: skip
def test_a_caption_under_the_headline_names_who_met(label: str, sentence: str) -> None:
    text = (
        f"Police deepen ties with a neighbour\n\n{label} {sentence}\n\n"
        "Discussions focused on drug trafficking and the training of investigators."
    )
    names = _names(text)
    assert len(names) == 2, names


def test_a_caption_credit_stays_debris() -> None:
    record = read_offline(
        "Police seize cannabis in Lusaka\n\nPhoto: Police Media\n\n"
        "Police in Lusaka on Tuesday seized 300 kilograms of cannabis hidden in a lorry."
    )
    assert not record.is_meeting_report


def test_an_audience_told_as_the_occasion_of_what_was_said() -> None:
    names = _names(
        "The two forces will share intelligence on cattle rustlers, the Inspector-General of Police, Chanda Mwila, "
        "said on Tuesday in Lusaka during an audience granted to the Malawian Deputy Inspector-General, Grace Phiri."
    )
    assert names == {"Chanda Mwila", "Grace Phiri"}


@pytest.mark.parametrize(
    "met",
    ["after meeting the Kenyan Inspector-General, Peter Wanjiku", "after meeting Peter Wanjiku, the Kenyan Inspector-General"],
)  # fmt: skip
def test_a_meeting_told_by_its_participle_after_a_quote(met: str) -> None:
    names = _names(
        f"“Fugitives will find no refuge,” Inspector General Moses Okello said on Tuesday in Kampala {met}."
    )
    assert "Peter Wanjiku" in names


def test_after_meeting_a_suspect_is_no_meeting() -> None:
    record = read_offline(
        "Police officers arrested two suspects on Tuesday in Kampala after meeting them at a checkpoint."
    )
    assert not record.is_meeting_report


@pytest.mark.parametrize(
    "text",
    [
        "Interior Minister Ama Boateng on Tuesday recalled that she had met the Togolese Minister of Security, "
        "Kossi Agbeko, last year to discuss the eastern border.",
        "Le ministre de la Sécurité, Yao Kpatcha, a rappelé mardi à Lomé qu'il avait rencontré l'an dernier son "
        "homologue béninois, Sylvain Adjovi.",
    ],
)
def test_an_encounter_the_speaker_recalls_is_no_meeting(text: str) -> None:
    assert not read_offline(text).is_meeting_report


@pytest.mark.parametrize(
    "text",
    [
        "The Inspector-General of Police, Yakubu Danjuma, on Tuesday in Abuja held a meeting with Commissioners "
        "of Police of the 36 states to review security for the festive season.",
        "The Comptroller General, Halima Yusuf, met with senior officers of the Service on Tuesday in Abuja to "
        "review the year's performance.",
        "Le directeur général de la Police nationale, Abdou Maïga, a présidé mardi à Niamey une réunion avec les "
        "directeurs centraux et les commissaires régionaux.",
        "Le ministre de l'Intérieur, Mamadou Sarr, a tenu mardi à Dakar une réunion de coordination avec les "
        "gouverneurs de région sur la sécurité des fêtes.",
    ],
)
def test_a_chief_with_his_own_regional_heads_is_internal(text: str) -> None:
    assert not read_offline(text).is_meeting_report


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre de la Sécurité, Modibo Keïta, a appelé mardi à la tenue d'une réunion des chefs de police "
        "du Sahel face aux enlèvements.",
        "Le ministre de la Sécurité, Modibo Keïta, a demandé mardi la convocation d'une réunion extraordinaire "
        "des ministres de l'Intérieur de la région.",
    ],
)
def test_a_meeting_called_for_is_no_meeting(text: str) -> None:
    assert not read_offline(text).is_meeting_report


@pytest.mark.parametrize(
    "headline",
    [
        "Séance de travail entre la police guinéenne et EUROPOL",
        "Meeting between the Ghana Police Service and INTERPOL",
        "Meeting between the Ghana Police Service and the Togolese Police",
    ],
)
def test_a_headline_naming_two_forces_tells_the_meeting(headline: str) -> None:
    record = read_offline(f"{headline}\n\nLes échanges ont porté sur la lutte contre le trafic de drogue.")
    assert record.is_meeting_report
    assert len(record.meetings[0].parties) == 2


def test_a_headline_naming_two_forces_of_one_country_is_no_meeting() -> None:
    record = read_offline(
        "Réunion entre la police nationale et la gendarmerie nationale\n\n"
        "Les échanges ont porté sur la sécurité des fêtes de fin d'année."
    )
    assert not record.is_meeting_report


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "A meeting between the Nigeria Police Force and the Ghana Police Service was held on Tuesday in Abuja.\n\n"
            "In attendance were:\n1. Musa Bako, Inspector-General of Police (Nigeria)\n"
            "2. Kofi Mensah, Inspector-General of Police (Ghana)\n\nDiscussions focused on drug trafficking.",
            {"Musa Bako", "Kofi Mensah"},
        ),
        (
            "Une séance de travail a réuni mardi à Dakar la Police nationale du Sénégal et la police malienne.\n\n"
            "Étaient présents :\n- M. Karim Haddad, directeur général de la Police nationale ;\n"
            "- M. Oumar Diarra, directeur général de la police malienne.\n\n"
            "Les échanges ont porté sur la lutte contre le trafic de drogue.",
            {"Karim Haddad", "Oumar Diarra"},
        ),
    ],
)
def test_a_list_of_those_who_attended_names_them(text: str, names: set[str]) -> None:
    assert _names(text) >= names


def test_a_courtesy_call_paid_on_the_speaker() -> None:
    names = _names(
        "The two forces will share intelligence, Chanda Mwila said on Tuesday in Lusaka during a courtesy call paid "
        "on him by the Malawian Deputy Inspector-General, Grace Phiri."
    )
    assert names == {"Chanda Mwila", "Grace Phiri"}
