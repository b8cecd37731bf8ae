"""Classes of misreading left by read55fr on real French pages (relative days against the page's own dates, a
quarter placed in its commune). Every sentence invented."""

from __future__ import annotations

import pytest
from support import only_meeting, read_offline


# a page's posting stamp on a line of its own, the day in figures (a year of two figures or four) and a clock time,
# dates the page: « hier » is the day before it
@pytest.mark.parametrize(
    ("stamp", "published", "date"),
    [
        ("Le 19/01/22 à 19:41", "2022-01-19", "2022-01-18"),
        ("Publié le 03/11/2025 à 08h15", "2025-11-03", "2025-11-02"),
        ("14/03/24 19:02", "2024-03-14", "2024-03-13"),
    ],
)
def test_a_posting_stamp_dates_the_page(stamp: str, published: str, date: str) -> None:
    analysis = read_offline(
        "La police togolaise reçue à Cotonou\n\n"
        f"{stamp}\n"
        "Le directeur général de la police togolaise, Komlan Adjévi, a été reçu hier à Cotonou par le directeur "
        "général de la police béninoise, Sévérin Gbaguidi.",
        published=None,
    )
    assert str(analysis.document.published) == published
    assert str(analysis.meetings[0].date) == date


# an agency's dateline whose bracket closes on « .- » is no date of the meeting: the weekday in the text is
@pytest.mark.parametrize(
    ("dateline", "weekday", "date"),
    [
        ("Kinshasa, 09 juin 2023 (ACP).-", "jeudi", "2023-06-08"),
        ("Conakry, 21 novembre 2025 (AGP).–", "mardi", "2025-11-18"),
    ],
)
def test_a_weekday_under_a_dateline_closed_by_a_stop_and_dash(dateline: str, weekday: str, date: str) -> None:
    analysis = read_offline(
        f"{dateline} Le ministre de l'Intérieur, Pierre Kalonji, a reçu {weekday} l'ambassadeur du Japon, "
        "Hiroshi Tanabe, au sujet de la formation des policiers.",
        published=None,
    )
    assert analysis.meetings[0].date_text == weekday
    assert str(analysis.meetings[0].date) == date


# a quarter named with its commune: the commune is the city, not the quarter
@pytest.mark.parametrize(
    ("where", "city"),
    [
        ("au siège de la Direction générale, à Akpakpa, commune de Cotonou", "Cotonou"),
        ("au local de la Direction, situé à Clercine 8, commune de Tabarre", "Tabarre"),
        ("à Godomey, dans la commune d'Abomey-Calavi", "Abomey-Calavi"),
    ],
)
def test_a_quarter_in_its_commune(where: str, city: str) -> None:
    meeting = only_meeting(
        "Le directeur général de la police, Léonce Dossou, a reçu mardi l'ambassadeur du Brésil, Paulo Ferreira. "
        f"L'entretien s'est tenu {where}."
    )
    assert meeting.location.city == city


# a dateline opening the paragraph under a standfirst dates the page, not the meeting (an audio player's loading label
# over the text is the page's furniture): the day is the one the text tells, or none
@pytest.mark.parametrize(
    ("body", "published", "date", "city"),
    [
        (
            "Abdoulie Sanyang a rencontré mardi à Dakar son homologue, Mame Seydou Ndour.",
            "2024-03-14",
            "2024-03-12",
            "Dakar",
        ),
        (
            "Abdoulie Sanyang a profité de sa tournée pour rencontrer son homologue, Mame Seydou Ndour.",
            "2024-03-14",
            None,
            "Dakar",
        ),
    ],
)
def test_a_dateline_under_a_standfirst(body: str, published: str, date: str | None, city: str) -> None:
    analysis = read_offline(
        "Le chef de la police gambienne à Dakar\nGetting your Trinity Audio player ready...\n|\n"
        "L'Inspecteur général de la Police de Gambie, Abdoulie Sanyang, a rencontré son homologue sénégalais. Ils "
        "ont parlé de la frontière.\n"
        f"Dakar, le 14 mars 2024 – {body}",
        published=None,
    )
    assert str(analysis.document.published) == published
    meeting = analysis.meetings[0]
    assert (None if meeting.date is None else str(meeting.date)) == date
    assert meeting.location.city == city


# the city an envoy is posted to, after the country he serves, does not place the meeting; his post's country does
@pytest.mark.parametrize(
    ("sentence", "city", "country"),
    [
        (
            "Le ministre de l'Intérieur, Walid Haddad, a reçu jeudi l'ambassadeur d'Espagne à Tunis, Javier Ortega.",
            None,
            "TN",
        ),
        (
            "Le ministre de l'Intérieur, Walid Haddad, a reçu jeudi à Tunis l'ambassadeur d'Espagne, Javier Ortega.",
            "Tunis",
            "TN",
        ),
        (
            "The Interior Minister, Fred Matiangi, met on Thursday the Ambassador of Japan in Nairobi, Kenji Sato.",
            None,
            "KE",
        ),
    ],
)
def test_an_envoys_posting_is_no_venue(sentence: str, city: str | None, country: str) -> None:
    meeting = only_meeting(sentence)
    assert meeting.location.city == city
    assert meeting.location.country == country


# the guest of the call before, named in a lead clause (« Après le diplomate allemand, »), is no side of the next call
@pytest.mark.parametrize(
    ("lead", "guest_side"),
    [
        (
            "Après le diplomate allemand, le ministre Randria a reçu l'ambassadeur du Japon, Takeshi Mori.",
            "JP",
        ),
        ("Après l'ambassadeur allemand, le ministre Randria a reçu l'ambassadeur d'Inde, Ravi Kumar.", "IN"),
    ],
)
def test_the_guest_before_is_no_side(lead: str, guest_side: str) -> None:
    analysis = read_offline(
        "Le ministre de la Sécurité publique, Fanomezantsoa Randria, a reçu mardi à Antananarivo l'ambassadeur "
        "d'Allemagne, Klaus Weber, sur la formation des policiers.\n\n"
        f"{lead} L'entretien a porté sur la cybercriminalité."
    )
    assert sorted(analysis.meetings[-1].parties) == sorted({"MG", guest_side})
