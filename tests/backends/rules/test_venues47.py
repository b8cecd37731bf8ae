"""Hotels and French venues after « à l' »: where many real meetings are held, and what was never read
as a venue (a hotel's name was taken for a person's). Every sentence invented, none an eval case's."""

from __future__ import annotations

import pytest
from support import only_meeting


@pytest.mark.parametrize(
    ("text", "venue", "city"),
    [
        ("The Inspector-General of Police, Mr Kwame Asare, met his Liberian counterpart, Mr Jonah Flomo, at the "
         "Labadi Beach Hotel in Accra on Tuesday.", "Labadi Beach Hotel", "Accra"),
        ("The Minister of Security, Mrs Grace Atim, hosted the Rwandan delegation at Speke Resort Hotel, Kampala, "
         "on Monday.", "Speke Resort Hotel", "Kampala"),
        ("Le ministre de la Sécurité, M. Oumar Sy, a reçu mardi à l'hôtel Pullman son homologue malien, "
         "M. Bakary Coulibaly.", "hôtel Pullman", None),
        ("Le ministre de la Sécurité, M. Oumar Sy, s'est entretenu avec son homologue malien, M. Bakary Coulibaly, "
         "à l'Hôtel Lagune de Cotonou.", "Hôtel Lagune de Cotonou", "Cotonou"),
        # (a venue after « à l' », whatever it is: a school, an academy, a police station)
        ("Le directeur de la police, M. Oumar Sy, a reçu jeudi à l'Académie de police son homologue gambien, "
         "M. Lamin Jallow.", "Académie de police", None),
        ("Le commissaire central, M. Oumar Sy, a reçu à l'hôtel de police de Kaolack une délégation d'Interpol "
         "conduite par Mme Eva Lund.", "hôtel de police de Kaolack", "Kaolack"),
    ],
)  # fmt: skip
def test_a_hotel_or_a_venue_after_a_l_is_where_the_meeting_was(
    text: str, venue: str, city: str | None
) -> None:
    location = only_meeting(text, "2026-05-08").location
    assert (location.venue, location.city) == (venue, city)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Le ministre de la Sécurité, M. Oumar Sy, a rencontré son homologue malien, M. Bakary Coulibaly, à "
         "l'Hôtel Azur Plage de Dakar.", {"Oumar Sy", "Bakary Coulibaly"}),
        ("The Minister of Security, Mrs Grace Atim, met her Kenyan counterpart, Mr Peter Otieno, at the "
         "Kingfisher Hotel Victoria Bay in Entebbe.", {"Grace Atim", "Peter Otieno"}),
    ],
)  # fmt: skip
def test_the_name_of_a_hotel_is_no_participant(text: str, people: set[str]) -> None:
    assert {p.name for p in only_meeting(text, "2026-05-08").participants} == people


def test_a_hotel_told_in_lower_case_is_no_venue() -> None:
    """ "the hotel where the meeting is held" names none."""
    text = (
        "The Commissioner of Police, Mr Jonah Flomo, met the visiting Ghanaian delegation on Monday at the hotel "
        "where the regional meeting is being held in Monrovia."
    )
    assert only_meeting(text, "2026-05-08").location.venue is None


@pytest.mark.parametrize(
    "text",
    [
        "En marge du sommet de Kigali, le ministre béninois de l'Intérieur, M. Alassane Bio, s'est entretenu avec "
        "le ministre rwandais de la Sécurité, M. Jean Mugabo.",
        "Au forum de Kigali, le ministre béninois de l'Intérieur, M. Alassane Bio, s'est entretenu avec le ministre "
        "rwandais de la Sécurité, M. Jean Mugabo.",
    ],
)
def test_a_summit_named_by_its_city_places_the_meeting_on_its_sidelines(text: str) -> None:
    """« le sommet de Kigali » is held in Kigali, as « la rencontre de Libreville » is (the city after « de » is
    otherwise no place: « le ministre de Kigali »); and the one at home there is not the guest."""
    meeting = only_meeting(text, "2026-05-08")
    roles = {p.name: p.role.value for p in meeting.participants}
    assert meeting.location.city == "Kigali"
    assert roles["Jean Mugabo"] != "guest" and roles["Alassane Bio"] != "host"
