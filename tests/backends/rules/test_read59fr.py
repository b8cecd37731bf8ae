"""Classes of misreading found on real French pages not read before (read59fr, the train half of a train/test
split). Every sentence invented."""

from __future__ import annotations

import pytest
from support import offline_names, only_meeting, read_offline

from communique.normalise import names


# a gathering told by the place that hosts it, « X a abrité … la réunion »: a conference, there; a capital named by
# its country's adjective as that subject is the capital
@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        (
            "Lomé a abrité du 3 au 5 mars la douzième session du comité des chefs de police de l'Afrique de l'Ouest.",
            "Lomé",
            "TG",
        ),
        (
            "La capitale malienne abrite depuis lundi la réunion extraordinaire des chefs d'état-major des pays "
            "membres du G5 Sahel.",
            "Bamako",
            "ML",
        ),
        (
            "La capitale nigérienne a abrité le mardi 12 mai la session ordinaire du comité des directeurs des "
            "douanes de la sous-région.",
            "Niamey",
            "NE",
        ),
    ],
)
def test_a_gathering_its_host_place_abrite(text: str, city: str, country: str) -> None:
    meeting = only_meeting(text)
    assert meeting.kind.value == "conference"
    assert (meeting.location.city, meeting.location.country) == (city, country)


# a building that houses a service hosts no gathering
def test_a_building_that_houses_a_service_is_no_gathering() -> None:
    assert not read_offline("Le bâtiment abrite la direction de la police judiciaire depuis 1990.").meetings


# a further audience whose host is named by his office only, after an opening that names only his ministry
@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Le 14 octobre 2025, le ministère de la Sécurité publique a accueilli deux délégations. Dans la "
            "matinée, le Ministre Haja Rabemanana a reçu Clara Benedetti, ambassadrice de Suisse.\n\nDans le même "
            "cadre, le Ministre a également reçu Pieter Vandaele, consul honoraire de Belgique.",
            "Haja Rabemanana",
        ),
        (
            "Le 2 juin 2025, le ministère de l'Intérieur a reçu deux délégations. Le directeur de cabinet Omar "
            "Djama a d'abord reçu Hans Keller, ambassadeur d'Allemagne.\n\nLe directeur de cabinet a ensuite reçu "
            "Marta Nowak, consule de Pologne.",
            "Omar Djama",
        ),
    ],
)
def test_the_office_names_the_host_of_the_audience_before(text: str, host: str) -> None:
    last = read_offline(text, published="2025-10-15").meetings[-1]
    assert host in {p.name for p in last.participants if p.role.value == "host"}


# the day of an audience given by the sentence before it, which tells what the two countries discussed
@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Libreville, 12 avril 2024 (AGP) - Un renforcement de la coopération maritime a été évoqué mercredi à "
            "Libreville, entre le Gabon et l'Espagne.\n\n« Nous avons parlé des garde-côtes », a déclaré "
            "l'ambassadeur d'Espagne, Javier Ortiz, au sortir de l'audience que lui a accordée le ministre de "
            "l'Intérieur, Sylvain Nzé.",
            "2024-04-10",
        ),
        (
            "Kinshasa, 9 juin 2023 (ACP) - Une coopération a été envisagée jeudi à Kinshasa, entre la RDC et la "
            "France.\n\n« Nous avons passé en revue le fichier des infractions », a déclaré l'ambassadeur de "
            "France, Paul Aubry, au sortir de l'audience que lui a accordée le ministre de l'Intérieur, Marc Kazi.",
            "2023-06-08",
        ),
    ],
)
def test_the_day_of_the_cooperation_discussed_before(text: str, date: str) -> None:
    (meeting,) = read_offline(text, published=None).meetings
    assert str(meeting.date) == date


# companions named after an aside between « accompagné » and « par »
def test_companions_after_an_aside() -> None:
    text = (
        "Djibouti, le 5 mars 2025 - Le directeur général de la Police nationale, le colonel Ali Farah, a reçu "
        "mardi le général Pierre DURAND, directeur adjoint de la coopération française.\n\nLe directeur adjoint "
        "était accompagné, pour la circonstance, par le colonel Marc LEROY, attaché de sécurité intérieure."
    )
    assert "Marc LEROY" in {p.name for p in only_meeting(text).participants}


# a name whose last word is written like a particle: a Chinese given name
@pytest.mark.parametrize("name", ["Zhao Bin", "Liu Bin", "Wang Ben"])
def test_a_last_word_like_a_particle_ends_a_name(name: str) -> None:
    assert names.person_like(name)
    text = f"Le ministre de l'Intérieur, Paul Kalonji, a reçu lundi l'ambassadeur de Chine, {name}."
    assert name in offline_names(text)


# a particle that opens a surname alone still makes no full name, and a venue never ends on its preposition
def test_particles_and_venues_keep_their_limits() -> None:
    assert not names.person_like("Ben Salah")
    text = (
        "Le directeur de cabinet du président, Youssouf Ali, a accueilli hier une délégation française au siège "
        "de son bureau à la présidence, à Moroni."
    )
    assert only_meeting(text).location.venue == "siège de son bureau"


# what the sides did by video was to sign: a signing, at no place; a video call about an agreement signed before is
# a call still
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Berne, 9 mars 2021 - À l'occasion d'une visioconférence organisée ce mardi, la conseillère fédérale "
            "Martina Bühler et le ministre norvégien de la Justice, Olav Lindqvist, ont signé un accord de "
            "coopération policière.",
            "signing",
        ),
        (
            "The Interior Minister, Paul Mensah, and his Dutch counterpart, Joost de Vries, signed a memorandum of "
            "understanding on police training by video link on Monday.",
            "signing",
        ),
        (
            "Le ministre de l'Intérieur, Paul Sy, s'est entretenu mardi par visioconférence avec son homologue "
            "français, Marc Roy, sur le protocole qu'ils ont signé en 2019.",
            "call",
        ),
    ],
)
def test_a_signing_by_video(text: str, kind: str) -> None:
    meeting = only_meeting(text)
    assert meeting.kind.value == kind
    assert meeting.location.city is None
