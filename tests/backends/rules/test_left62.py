"""Encounter verbs (left62).

1. An encounter told in the present with its day (« reçoit le 20 mai à Niamey son homologue », « s'entretient le
   11 mars à Lomé avec », « rencontre jeudi 4 juin à Cotonou »), as a programme or a text written the day before
   tells it: a meeting on that day and at that place, announced when the day is after the publication, held when it
   is on or before it (« reçoit demain » is always to come).
2. A stay of one day, told with its day or with who invited or received the visitor (« a séjourné mardi à Dakar »,
   « a séjourné à Niamey lundi, où il a été reçu par », "stayed in Accra on Tuesday at the invitation of"): a visit
   there (not a stay of long ago with no day: « qui a séjourné au Mali »).
3. An encounter reported by the one who held it, in an infinitive or a pluperfect after a verb of saying (« a indiqué
   avoir reçu mardi à Abidjan le ministre », "said he had received the Minister of Security, X, in Accra on
   Tuesday"): a meeting on that day and at that place (the name of the one met, in commas, does not part the
   encounter from its day).

Names, places and dates are invented.
"""

from __future__ import annotations

import pytest
from support import only_meeting

from communique.schema import MeetingKind, Status

#: (text, published, status, date, city).
PRESENT_WITH_DAY = [
    ("Le ministre togolais de la Sécurité, Yao Kossi Amegnran, reçoit le 14 avril à Lomé son homologue burkinabè, "
     "Issa Kaboré Sawadogo, pour parler de terrorisme.",
     "2026-04-10", Status.ANNOUNCED, "2026-04-14", "Lomé"),
    ("Le ministre togolais de la Sécurité, Yao Kossi Amegnran, reçoit le 14 avril à Lomé son homologue burkinabè, "
     "Issa Kaboré Sawadogo, pour parler de terrorisme.",
     "2026-04-14", Status.HELD, "2026-04-14", "Lomé"),
    ("Le directeur général de la Police nationale, Moussa Diarra Konaté, s'entretient le 2 octobre à Bamako avec "
     "l'inspecteur général de la police guinéenne, Alpha Sékou Camara.",
     "2026-10-01", Status.ANNOUNCED, "2026-10-02", "Bamako"),
    ("Le directeur général de la Police nationale, Moussa Diarra Konaté, s'entretient mardi 6 octobre à Bamako avec "
     "l'inspecteur général de la police guinéenne, Alpha Sékou Camara.",
     "2026-10-07", Status.HELD, "2026-10-06", "Bamako"),
    ("Le ministre gabonais de l'Intérieur, Hervé Ndong Mba, rencontre le 9 février à Libreville son homologue "
     "congolais, Serge Itoua Mabiala.",
     "2026-02-05", Status.ANNOUNCED, "2026-02-09", "Libreville"),
    ("Le ministre gabonais de l'Intérieur, Hervé Ndong Mba, reçoit demain à Libreville le ministre congolais de la "
     "Sécurité, Serge Itoua Mabiala.",
     "2026-02-05", Status.ANNOUNCED, "2026-02-06", "Libreville"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "status", "date", "city"), PRESENT_WITH_DAY)
def test_an_encounter_in_the_present_with_its_day(
    text: str, published: str, status: Status, date: str, city: str
) -> None:
    meeting = only_meeting(text, published)
    assert (meeting.status, str(meeting.date), meeting.location.city) == (status, date, city)


#: (text, date, city, the host's name).
STAYS = [
    ("Le ministre guinéen de la Sécurité, Mamadi Condé Touré, a séjourné jeudi à Bamako à l'invitation de son homologue "
     "malien, Modibo Keïta Diallo.",
     "2026-05-07", "Bamako", "Modibo Keïta Diallo"),
    ("Le ministre guinéen de la Sécurité, Mamadi Condé Touré, a séjourné à Bamako jeudi, où il a été reçu par "
     "son homologue malien, Modibo Keïta Diallo.",
     "2026-05-07", "Bamako", "Modibo Keïta Diallo"),
    ("Zambia's Inspector General of Police, Peter Mwale Banda, stayed in Lilongwe on Thursday at the invitation of "
     "his Malawian counterpart, George Phiri Chirwa.",
     "2026-05-07", "Lilongwe", "George Phiri Chirwa"),
    ("Zambia's Inspector General of Police, Peter Mwale Banda, stayed on Thursday in Lilongwe, where he was hosted by "
     "his Malawian counterpart, George Phiri Chirwa.",
     "2026-05-07", "Lilongwe", "George Phiri Chirwa"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "city", "host"), STAYS)
def test_a_stay_of_one_day_is_a_visit(text: str, date: str, city: str, host: str) -> None:
    meeting = only_meeting(text, "2026-05-09")
    hosts = [p.name for p in meeting.participants if p.role == "host"]
    assert (meeting.kind, str(meeting.date), meeting.location.city, hosts) == (
        MeetingKind.OFFICIAL_VISIT,
        date,
        city,
        [host],
    )


#: (text, published, date, city, the guest's name).
REPORTED = [
    ("Le ministre sénégalais de l'Intérieur, Ousmane Diop Faye, a expliqué avoir reçu lundi à Dakar le directeur de la "
     "police gambienne, Ebrima Jatta Sowe, pour évoquer l'immigration irrégulière.",
     "2026-06-10", "2026-06-08", "Dakar", "Ebrima Jatta Sowe"),
    ("Le ministre sénégalais de l'Intérieur, Ousmane Diop Faye, a précisé avoir accueilli lundi à Dakar une délégation "
     "de la police gambienne conduite par Ebrima Jatta Sowe.",
     "2026-06-10", "2026-06-08", "Dakar", "Ebrima Jatta Sowe"),
    ("Namibia's Inspector General of Police, Joseph Shikongo Haufiku, said he had received the Commissioner of the "
     "Botswana Police Service, Tebogo Kgosi Molefe, in Windhoek on Monday to discuss stock theft.",
     "2026-06-10", "2026-06-08", "Windhoek", "Tebogo Kgosi Molefe"),
    ("Namibia's Inspector General of Police, Joseph Shikongo Haufiku, told journalists he had welcomed the Deputy "
     "Commissioner of the Botswana Police Service, Tebogo Kgosi Molefe, at the police headquarters in Windhoek on "
     "Monday.",
     "2026-06-10", "2026-06-08", "Windhoek", "Tebogo Kgosi Molefe"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "date", "city", "guest"), REPORTED)
def test_an_encounter_reported_by_the_one_who_held_it(
    text: str, published: str, date: str, city: str, guest: str
) -> None:
    meeting = only_meeting(text, published)
    guests = [p.name for p in meeting.participants if p.role == "guest"]
    assert (str(meeting.date), meeting.location.city, guests) == (date, city, [guest])
