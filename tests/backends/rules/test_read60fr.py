"""Classes of misreading found on real French pages not read before (read60fr, the train half of a train/test
split). Every sentence invented."""

from __future__ import annotations

import pytest
from support import offline_names, only_meeting, read_offline


# the Vietnamese surname Tô, written with its accent, before one given name after a rank: the name, not a word of the
# title (it folds to the English "to")
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le ministre vietnamien de la Sécurité publique, le général Tô Quân, a reçu mardi à Hanoï le chef de "
            "la police laotienne Vilay Khamphong.",
            "Tô Quân",
        ),
        (
            "Le vice-ministre vietnamien de la Sécurité publique, le général Tô Hải, a reçu lundi à Hanoï "
            "l'ambassadeur de Corée, Park Min-ho.",
            "Tô Hải",
        ),
    ],
)
def test_the_accented_vietnamese_surname_to(text: str, name: str) -> None:
    assert name in offline_names(text)


# a source quoted by « selon » or « d'après », her office as spokesman told after her name, is not at the encounter
@pytest.mark.parametrize(
    ("text", "source", "kept"),
    [
        (
            "La police rwandaise et la police ougandaise ont signé mardi à Kigali un protocole d'accord. Selon le "
            "commissaire de police, Jean Bosco Mutangana, porte-parole de la police rwandaise, le texte prévoit des "
            "patrouilles conjointes.",
            "Jean Bosco Mutangana",
            None,
        ),
        (
            "Le Premier ministre Hun Manet a reçu ce matin le ministre thaïlandais de l'Intérieur, Anutin "
            "Charnvirakul. D'après Chea Sokha, porte-parole du gouvernement, les deux hommes ont évoqué la frontière.",
            "Chea Sokha",
            "Anutin Charnvirakul",
        ),
    ],
)
def test_a_quoted_spokesman_is_no_participant(text: str, source: str, kept: str | None) -> None:
    found = offline_names(text)
    assert source not in found
    if kept:
        assert kept in found


# a congress is a gathering (« a organisé son congrès ») but not the assembly of that name, by its office-holders
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Le réseau des écoles de police d'Afrique de l'Ouest a organisé son quatrième congrès international à "
            "Lomé du 17 au 19 juin 2025.",
            "conference",
        ),
        (
            "L'association des chefs de police a organisé son congrès annuel à Niamey le 4 mai 2025.",
            "conference",
        ),
        (
            "Le ministre de l'Intérieur de Vanuatu sera reçu lundi à Nouméa par la présidente du Congrès de la "
            "Nouvelle-Calédonie, Véronique Wahetra.",
            "working_meeting",
        ),
    ],
)
def test_a_congress_and_the_congress(text: str, kind: str) -> None:
    assert only_meeting(text).kind.value == kind


# a dateline whose agency, in brackets after the day, has a name of a few words: the text's day, not the meeting's
@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "NOUMÉA, dimanche 22 février 2015 (Flash d'Océanie) – Le ministre de l'Intérieur de Vanuatu, Johnny "
            "Tari, entame lundi une visite officielle en Nouvelle-Calédonie, où il rencontrera le haut-commissaire "
            "Louis Perrin.",
            "2015-02-22",
            "2015-02-23",
        ),
        (
            "PORT-VILA, jeudi 11 septembre 2025 (Flash Pacifique) – Le commissaire de la police de Vanuatu, "
            "Kalsakau Tari, se rendra samedi à Nouméa pour une réunion de travail avec le général Olivier Marchetti.",
            "2025-09-11",
            "2025-09-13",
        ),
    ],
)
def test_a_dateline_agency_of_several_words(text: str, published: str, date: str) -> None:
    analysis = read_offline(text, None)
    assert str(analysis.document.published) == published
    assert str(analysis.meetings[0].date) == date


# a Khmer dignitary's honorific and the titles it carries are no part of the name
@pytest.mark.parametrize(
    ("text", "name", "honoured"),
    [
        (
            "Le vice-Premier ministre Samdech Kralahom Sok Vannara, ministre de l'Intérieur, a reçu hier à Phnom Penh "
            "le chef de la police thaïlandaise, le général Somchai Rattanakul.",
            "Sok Vannara",
            "Samdech Kralahom Sok Vannara",
        ),
        (
            "Samdech Akka Moha Sena Padei Techo Hun Sen, Premier ministre, a reçu ce matin à Phnom Penh le ministre "
            "lao de la Sécurité publique, Somkeo Silavong.",
            "Hun Sen",
            "Samdech Akka Moha Sena Padei Techo Hun Sen",
        ),
    ],
)
def test_a_khmer_honorific_is_no_part_of_the_name(text: str, name: str, honoured: str) -> None:
    found = offline_names(text)
    assert name in found
    assert honoured not in found
