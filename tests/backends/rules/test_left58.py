"""What the last sessions left misread (left58), as classes: one row per way of telling, each asserting a field.

1. A day and a place between the meeting verb and its object ("hosted yesterday at the Police Headquarters a
   delegation of …"): the seat's name ends before the object.
2. A subordinate clause the meeting sentence opens on ("After the chiefs endorsed a plan in April, X hosted Y",
   « Pendant que les ministres de la CEDEAO préparaient leur sommet d'Abuja, X a reçu Y »): the meeting survives it,
   and its place, day, kind, organiser and commitments are not the meeting's.
3. A host at an international organisation's seat, under a dateline of the seat's city ("Lyon - X visited INTERPOL's
   General Secretariat", « Alger - X a été reçu au siège d'Afripol »): the organisation hosts, the seat's country is
   no side.
4. An office written as initials before a name ("IGP X", "AIG Y", « le CGP Z »): the initials are the title when the
   text gives no other, and the name stays whole.

Every name, place and date is invented.
"""

from __future__ import annotations

import pytest
from support import read_offline

from communique.schema import Meeting


def _only(text: str) -> Meeting:
    analysis = read_offline(text, "2026-05-13")
    assert analysis.is_meeting_report and len(analysis.meetings) == 1
    return analysis.meetings[0]


# (way, text, field, value): field is "kind", "date", "city", "parties", "venue", "outcomes", "NAME's party" or
# "NAME's title"
ROWS: list[tuple[str, str, str, object]] = [
    # ---- 1. the adverbial run between the verb and its object
    (
        "hosted yesterday at the headquarters a delegation: venue",
        "Abuja - The Inspector General of Police, Musa Belloh, hosted yesterday at the Force Headquarters a "
        "delegation of the Ghana Police Service led by Kojo Asamoah.",
        "venue",
        "Force Headquarters",
    ),
    (
        "received at the Ministry the Ambassador: venue",
        "Kingston - The Minister of National Security, Horace Blakely, received on Monday at the Ministry the "
        "Ambassador of Canada, Paul Tremblant.",
        "venue",
        "Ministry",
    ),
    (
        "met on Tuesday in the city the Commissioner: parties",
        "Kingston - The Minister of National Security, Horace Blakely, met on Tuesday in Kingston the Commissioner of "
        "the Royal Bahamas Police Force, Dwayne Knowlton.",
        "parties",
        ["BS", "JM"],
    ),
    (
        "a reçu lundi dans son bureau à Dakar le directeur: date",
        "Dakar, 12 mai 2026 - Le ministre de l'Intérieur, Ibrahima Dioufène, a reçu lundi dans son bureau à Dakar le "
        "directeur de la police espagnole, Luis Ortegal.",
        "date",
        "2026-05-11",
    ),
    # ---- 2. a subordinate opening
    (
        "after a plan endorsed, hosted: the meeting's day",
        "Kingston, 12 May 2026 - After the region's police chiefs endorsed a joint firearms plan in April, the "
        "Commissioner of Police, Anthony Marsden, hosted on Tuesday the Barbadian Commissioner, Clyde Haynesworth.",
        "date",
        "2026-05-12",
    ),
    (
        "after a plan endorsed, hosted: no outcome",
        "Kingston, 12 May 2026 - After the region's police chiefs endorsed a joint firearms plan in April, the "
        "Commissioner of Police, Anthony Marsden, hosted on Tuesday the Barbadian Commissioner, Clyde Haynesworth.",
        "outcomes",
        [],
    ),
    (
        "when the bloc adopted, met: the meeting's city",
        "When the Caribbean bloc adopted a crime strategy in Bridgetown last year, the Guyanese Minister of Home "
        "Affairs, Robert Persram, met on Tuesday in Georgetown the Surinamese Minister of Police, Ricardo Naarendorp.",
        "city",
        "Georgetown",
    ),
    (
        "while the ministers prepared their summit, received: kind",
        "While the West African bloc's ministers prepared their summit in Abuja, the Togolese Minister of Security, "
        "Yawo Agbessi, received on Tuesday in Lome the German Ambassador, Klaus Brenner.",
        "kind",
        "working_meeting",
    ),
    (
        "pendant que les ministres préparaient leur sommet, a reçu: parties",
        "Lomé, 12 mai 2026 - Pendant que les ministres de la CEDEAO préparaient leur sommet d'Abuja, le ministre de "
        "la Sécurité, Yawo Agbessi, a reçu mardi l'ambassadeur d'Allemagne, Klaus Brenner.",
        "parties",
        ["DE", "TG"],
    ),
    (
        "lorsque l'Union a adopté son plan, s'est entretenu: kind",
        "Niamey, 12 mai 2026 - Lorsque l'Union a adopté son plan de lutte contre le terrorisme lors de son sommet, le "
        "ministre de l'Intérieur, Moussa Abdoulaye, s'est entretenu lundi avec son homologue béninois, Placide "
        "Houngbédji.",
        "kind",
        "working_meeting",
    ),
    (
        "as the Minister of, in his capacity: not an opening clause, the place stays",
        "As the Minister of National Security, Horace Blakely hosted on Tuesday at the Ministry in Kingston the "
        "Commissioner of the Royal Bahamas Police Force, Dwayne Knowlton.",
        "city",
        "Kingston",
    ),
    (
        "when the delegation arrived in the city: the arrival places the meeting",
        "When the Togolese delegation arrived in Accra on Monday, the Inspector General of Police, Kofi Amankwah, "
        "received its head, Yao Agbessi.",
        "city",
        "Accra",
    ),
    # ---- 3. a host at an international organisation's seat
    (
        "visited INTERPOL's General Secretariat, dateline of its city: parties",
        "Lyon - The Inspector General of the Uganda Police Force, Moses Okwera, visited INTERPOL's General "
        "Secretariat on Tuesday, where he held talks with the Secretary General, Anna Weberling.",
        "parties",
        ["INTERPOL", "UG"],
    ),
    (
        "visited INTERPOL's General Secretariat: its head's party",
        "Lyon - The Inspector General of the Uganda Police Force, Moses Okwera, visited INTERPOL's General "
        "Secretariat on Tuesday, where he held talks with the Secretary General, Anna Weberling.",
        "Anna Weberling's party",
        "INTERPOL",
    ),
    (
        "reçu au siège d'Afripol, dateline d'Alger: parties",
        "Alger - Le directeur général de la police nigérienne, Souleymane Abdou, a été reçu mardi au siège d'Afripol "
        "à Alger par le directeur exécutif, Karim Benaïssa.",
        "parties",
        ["AFRIPOL", "NE"],
    ),
    (
        "reçu au siège d'Afripol: the city",
        "Alger - Le directeur général de la police nigérienne, Souleymane Abdou, a été reçu mardi au siège d'Afripol "
        "à Alger par le directeur exécutif, Karim Benaïssa.",
        "city",
        "Algiers",
    ),
    # ---- 4. an office written as initials before a name: the initials are the title, the name stays whole
    (
        "IGP before a name: the title",
        "Abuja - IGP Kayode Adeyemi on Tuesday received the Ghanaian Inspector General of Police, Kofi Amankwah.",
        "Kayode Adeyemi's title",
        "IGP",
    ),
    (
        "two offices by their initials, joined by and: the second's own",
        "Accra - DCP Ama Owusuah and AIG Yaw Boatemaa met on Tuesday the Togolese Director General of Police, Yao "
        "Agbessi.",
        "Yaw Boatemaa's title",
        "AIG",
    ),
    (
        "the office, then its initials before the name: the office",
        "Lagos - The Commissioner of Police, CP Tunde Bakarey, hosted on Tuesday the Beninese police chief, Placide "
        "Houngbédji.",
        "Tunde Bakarey's title",
        "Commissioner of Police",
    ),
    (
        "le CGP avant le nom : le titre",
        "Abidjan - Le CGP Albert Kouakoussi a reçu mardi le directeur de la police ghanéenne, Kofi Mensahn.",
        "Albert Kouakoussi's title",
        "CGP",
    ),
    (
        "received at Europol's headquarters, dateline of its city: parties",
        "The Hague - The Director of the Albanian State Police, Arben Hoxhaj, was received at Europol's headquarters "
        "on Tuesday by the Executive Director, Maria Lindgren.",
        "parties",
        ["AL", "EUROPOL"],
    ),
]


@pytest.mark.parametrize(("text", "field", "value"), [pytest.param(*row[1:], id=row[0]) for row in ROWS])
def test_left58(text: str, field: str, value: object) -> None:
    meeting = _only(text)
    got: object
    if field.endswith(("'s party", "'s title")):
        name, attribute = field.rsplit("'s ", 1)
        got = next(getattr(p, attribute) for p in meeting.participants if p.name == name)
    elif field == "kind":
        got = meeting.kind.value
    elif field == "date":
        got = meeting.date.isoformat() if meeting.date else None
    elif field in ("city", "venue"):
        got = getattr(meeting.location, field)
    elif field == "outcomes":
        got = [o.type.value for o in meeting.outcomes]
    else:
        got = getattr(meeting, field)
    assert got == value
