"""Classes of misreading found on real English pages not read before (read61en, the train half of a train/test
split). Every sentence invented."""

from __future__ import annotations

import pytest
from support import read_offline

from communique.schema import Analysis


def _names(analysis: Analysis) -> set[str]:
    return {p.name for m in analysis.meetings for p in m.participants if p.name}


# a later sentence that tells another gathering to be held elsewhere does not place a meeting held; nor does a
# place the talks are about ("the issue of … in Canada")
@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        (
            "LAHORE, (City News - 16th Apr, 2026) Provincial Home Minister Farhan Qureshi met with the Acting Consul "
            "General of Canada, Melissa Tremblay, on Thursday. Additionally, the meeting addressed the issue of "
            "Pakistani students without valid visas in Canada. It was also announced that the parliamentary caucus "
            "meeting will be held in Toronto on May 20.",
            "Lahore",
            "PK",
        ),
        (
            "ISLAMABAD: Interior Minister Saeed Akhtar met the Ambassador of Italy, Marco Bellini, on Thursday to "
            "discuss illegal migration. The meeting also addressed the question of Pakistani workers in Italy. A "
            "business forum is to be held in Milan next month.",
            "Islamabad",
            "PK",
        ),
    ],
)
def test_another_event_to_come_or_a_topic_abroad_places_nothing(text: str, city: str, country: str) -> None:
    meeting = read_offline(text, "2026-04-16").meetings[0]
    assert (meeting.location.city, meeting.location.country) == (city, country)


# the day a source told the encounter, in the attribution a sentence opens on, is not the encounter's; and the
# lead that told it by offices alone is the same encounter
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The country's police chief met with the head of Interpol to discuss online fraud. According to the "
            "Korean National Police Agency on Wednesday, Commissioner General Park Min-jae met Interpol Secretary "
            "General Elena Moreau at the General Secretariat in Lyon on Tuesday.",
            "2026-03-03",
        ),
        (
            "According to the Ministry of Interior on Thursday, Minister Lars Holm met the Director of Europol, Ana "
            "Ruiz, in The Hague on Monday.",
            "2026-03-02",
        ),
    ],
)
def test_the_day_of_an_attribution_is_not_the_meetings(text: str, day: str) -> None:
    analysis = read_offline(text, "2026-03-05")
    assert [str(m.date) for m in analysis.meetings] == [day]


# one who invited, said to meet the guest ("as they will discuss"), takes part in the visit; and the welcome on
# arrival at the host's city is part of that visit
@pytest.mark.parametrize(
    ("text", "names", "city"),
    [
        (
            "CAIRO – Interior Minister Hassan Fawzy on Monday embarked on a visit to Rwanda. Fawzy's visit is at the "
            "invitation of Rwanda's Minister of Internal Security, Claude Habimana, as they will discuss police "
            "cooperation. Upon his arrival at Kigali International Airport, the minister was received by officials "
            "and by the Egyptian ambassador.",
            {"Hassan Fawzy", "Claude Habimana"},
            "Kigali",
        ),
        (
            "Home Minister Ravi Menon on Tuesday embarked on a visit to Japan. The visit is at the invitation of the "
            "Chairman of the National Public Safety Commission, Kenji Sato, and the two ministers will review "
            "cooperation against cybercrime.",
            {"Ravi Menon", "Kenji Sato"},
            None,
        ),
    ],
)
def test_the_inviter_met_is_a_participant(text: str, names: set[str], city: str | None) -> None:
    analysis = read_offline(text, "2026-06-09")
    assert len(analysis.meetings) == 1
    assert _names(analysis) >= names
    assert analysis.meetings[0].location.city == city


# a pact or a charter named in capitals is no person
@pytest.mark.parametrize(
    "text",
    [
        "Senior representatives from Ghana, Togo and Benin met today in Lomé with the Steering Board of AFRIPOL. "
        "The meeting, chaired by AFRIPOL Executive Director Kofi Mensah-Bonsu, focused on the new Migration and "
        "Asylum Pact of the region.",
        "Minister Jana Novak met her Austrian counterpart Peter Gruber in Vienna on Monday to discuss the Migration "
        "and Asylum Pact and the Security Pact of the region.",
    ],
)
def test_a_pact_is_no_person(text: str) -> None:
    names = _names(read_offline(text, "2026-10-15"))
    assert not any("Pact" in name or "Asylum" in name for name in names)
    assert names


# the guest's arrival at an airport named after a city of the country visited places the visit there
@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "RABAT – The Director General of National Security, Karim Alaoui, on Sunday began a working visit to "
            "Vietnam. Upon his arrival at Hanoi Noi Bai International Airport, the Director General was received by "
            "senior officers of the Vietnamese Ministry of Public Security.",
            "Hanoi",
        ),
        (
            "CAIRO – Interior Minister Hassan Fawzy on Monday embarked on a visit to China. Upon his arrival at "
            "Beijing Capital International Airport, the minister was received by officials of the Chinese Ministry "
            "of Public Security.",
            "Beijing",
        ),
    ],
)
def test_the_arrival_at_a_city_airport_places_the_visit(text: str, city: str) -> None:
    assert read_offline(text, "2026-08-10").meetings[0].location.city == city
