"""The ways press texts in both languages give the day and the place of a meeting, and the record each must give.

On texts written from real pages the offline reader had a matched meeting's date right three or four times in five,
and its city and country two or three times in three: real communiqués open on datelines of many publishers' forms,
place the meeting in a town the tables need not know, or date it in words the reader did not read ("the 3rd
instant"). The generator below crosses the datelines of many publishers (a wire's, a byline's, a town and its state,
a date alone, none) with where the text says the meeting was (the dateline's city, a city in the body, a venue that
ends with its city, an embassy, the sidelines of a gathering, a town the tables do not know), then the ways a day is
told (a weekday, « ce mardi », « lundi dernier », « le 12 courant », "the 3rd instant", a span, a vague week) with
two datelines; and checks the cases where a day or a place is to be left alone (a date recalled, a person named like
a town, a visit to a country that names no city). Each row asserts the spec's answer: the date resolved against the
publication date, the city in English, the country's code.
"""

from __future__ import annotations

import datetime as dt

import pytest
from support import read_offline

from communique.schema import Meeting

#: The day the texts are published (a Thursday), as front matter gives it.
PUBLISHED = "2026-03-12"

#: An English report of one meeting: the day and the place go in the sentence that tells it.
EN = (
    "{dateline}The Inspector-General of Police, Mr John Okafor, {date} received the Commissioner General of the Ghana "
    "Police Service, Mr Kwame Mensah{where}. The two officers discussed cooperation against cross-border crime."
)
#: A French one.
FR = (
    "{dateline}Le Directeur général de la Police nationale, M. Jean Kaboré, a eu {date} une séance de travail avec le "
    "Directeur général de la Police du Mali, M. Oumar Traoré{where}. Les deux responsables ont examiné la coopération "
    "contre la criminalité transfrontalière."
)

#: Datelines of many publishers, each with the city and the country it gives (none for a date alone, or none).
DATELINES_EN: tuple[tuple[str, str | None, str | None], ...] = (
    ("RABAT, 12 March (MAP) – ", "Rabat", "MA"),
    ("ISLAMABAD, Jan 5 (APP): ", "Islamabad", "PK"),
    ("Abuja — ", "Abuja", "NG"),
    ("NAIROBI, Kenya, March 3 – ", "Nairobi", "KE"),
    ("By Staff Reporter | Lagos\n\n", "Lagos", "NG"),
    ("By Ama Owusu, Lagos\n\n", "Lagos", "NG"),
    ("Zaria, Kaduna State — ", "Zaria", "NG"),
    ("KADUNA — ", "Kaduna", "NG"),
    ("12 March 2026\n\n", None, None),
    ("", None, None),
)
DATELINES_FR: tuple[tuple[str, str | None, str | None], ...] = (
    ("ALGER- ", "Algiers", "DZ"),
    ("Dakar, le 12 mars 2026 - ", "Dakar", "SN"),
    ("OUAGADOUGOU, 10 mars (AIB) - ", "Ouagadougou", "BF"),
    ("Par notre correspondant | Niamey\n\n", "Niamey", "NE"),
    ("De notre correspondant à Niamey\n\n", "Niamey", "NE"),
    ("", None, None),
)

#: Where the body places the meeting: the words, the city and the country they give (``None`` for the city: the
#: dateline's; a country of ``None`` with a city: a town the tables do not know, whose country is not asserted), and
#: whether they place it against a dateline: a venue "in" a town the tables do not know may be in a district of the
#: dateline's city ("at the General Headquarters in Kacyiru" under "KIGALI"), so the dateline's city is kept; a
#: meeting said to be held in it, or in "the city of" it, is there.
WHERE_EN: tuple[tuple[str, str | None, str | None, bool], ...] = (
    ("", None, None, True),
    (", at the police headquarters in Kano", "Kano", "NG", True),
    (", in the city of Jos", "Jos", "NG", True),
    (", at the Sheraton Hotel, Lagos", "Lagos", "NG", True),
    (", at the Police Staff College, Jos", "Jos", "NG", True),
    (", at the Embassy of Ghana in Lomé", "Lomé", "TG", True),
    (", on the sidelines of the Interpol African Regional Conference in Kigali", "Kigali", "RW", True),
    (", at the police headquarters in Gboko", "Gboko", None, False),
    (", at a meeting held in Gboko", "Gboko", None, True),
    (", in the city of Wukari", "Wukari", None, True),
)
WHERE_FR: tuple[tuple[str, str | None, str | None, bool], ...] = (
    ("", None, None, True),
    (", au siège de la Police nationale à Bobo-Dioulasso", "Bobo-Dioulasso", "BF", True),
    (", dans la ville de Koudougou", "Koudougou", "BF", True),
    (", à l'hôtel Azalaï de Bamako", "Bamako", "ML", True),
    (", à l'ambassade du Mali à Niamey", "Niamey", "NE", True),
    (", en marge de la conférence régionale d'Interpol à Lomé", "Lomé", "TG", True),
    (", lors d'une réunion tenue à Gourcy", "Gourcy", None, True),
    (", au siège de la police à Gourcy", "Gourcy", None, False),
    (", dans la ville de Gourcy", "Gourcy", None, True),
)

#: The ways a day is told, with the date and the last day they give (published on a Thursday, 12 March 2026).
DAYS_EN: tuple[tuple[str, str | None, str | None], ...] = (
    ("on Monday", "2026-03-09", None),
    ("yesterday", "2026-03-11", None),
    ("today", "2026-03-12", None),
    ("on the 3rd instant", "2026-03-03", None),
    ("on 3rd inst.", "2026-03-03", None),
    ("on the 10th instant", "2026-03-10", None),
    ("on Friday, 6 March", "2026-03-06", None),
    ("last week", None, None),
)
DAYS_FR: tuple[tuple[str, str | None, str | None], ...] = (
    ("ce mardi", "2026-03-10", None),
    ("lundi dernier", "2026-03-09", None),
    ("le 12 courant", "2026-03-12", None),
    ("hier", "2026-03-11", None),
    ("le mardi 10 mars 2026", "2026-03-10", None),
    ("du 4 au 6 mars", "2026-03-04", "2026-03-06"),
    ("la semaine dernière", None, None),
)


def _one(text: str, published: str | None = PUBLISHED) -> Meeting:
    """The one meeting the offline reader finds in ``text``."""
    analysis = read_offline(text, published)
    assert analysis.is_meeting_report and len(analysis.meetings) == 1, analysis.meetings
    return analysis.meetings[0]


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _place_rows() -> list[object]:
    rows = []
    for template, datelines, wheres, day in (
        (EN, DATELINES_EN, WHERE_EN, "on Monday"),
        (FR, DATELINES_FR, WHERE_FR, "lundi"),
    ):
        for dateline, home, home_country in datelines:
            for where, city, country, against_dateline in wheres:
                text = template.format(dateline=dateline, date=day, where=where)
                expected = (
                    (city, country) if city and (against_dateline or not home) else (home, home_country)
                )
                rows.append(
                    pytest.param(text, *expected, id=f"{dateline.strip()[:24]}|{where.strip(', ')[:40]}")
                )
    return rows


@pytest.mark.parametrize(("text", "city", "country"), _place_rows())
def test_the_place_of_a_meeting_is_the_one_the_body_names_else_the_datelines(
    text: str, city: str | None, country: str | None
) -> None:
    meeting = _one(text)
    assert meeting.location.city == city
    if city is None or country is not None:  # (a town the tables do not know: its country is not asserted)
        assert meeting.location.country == country
    assert _iso(meeting.date) == "2026-03-09"


def _day_rows() -> list[object]:
    rows = []
    for template, datelines, days in ((EN, DATELINES_EN[2:4], DAYS_EN), (FR, DATELINES_FR[:2], DAYS_FR)):
        for dateline, home, country in datelines:
            for words, first, last in days:
                text = template.format(dateline=dateline, date=words, where="")
                rows.append(
                    pytest.param(text, first, last, home, country, id=f"{dateline.strip()[:12]}|{words}")
                )
    return rows


@pytest.mark.parametrize(("text", "first", "last", "city", "country"), _day_rows())
def test_the_day_of_a_meeting_is_resolved_against_the_publication_date(
    text: str, first: str | None, last: str | None, city: str, country: str
) -> None:
    meeting = _one(text)
    assert (_iso(meeting.date), _iso(meeting.end_date)) == (first, last)
    assert (meeting.location.city, meeting.location.country) == (city, country)


def test_a_dateline_with_its_year_dates_the_text_that_has_no_publication_date() -> None:
    text = FR.format(dateline="Dakar, le 4 mars 2026 - ", date="mardi", where="")
    meeting = _one(text, None)
    assert (_iso(meeting.date), meeting.location.city) == ("2026-03-03", "Dakar")


def test_a_wire_dateline_without_a_year_gives_no_publication_date_to_resolve_a_weekday() -> None:
    meeting = _one(EN.format(dateline="NAIROBI, Kenya, March 3 – ", date="on Monday", where=""), None)
    assert (meeting.date, meeting.location.city) == (None, "Nairobi")


@pytest.mark.parametrize(
    "text",
    [
        "# IGP receives Ghanaian counterpart on Tuesday\n\nThe Inspector-General of Police, Mr John Okafor, received "
        "the Commissioner General of the Ghana Police Service, Mr Kwame Mensah, at the Force Headquarters in Abuja. "
        "They discussed cross-border crime.",
        "# Le DGPN a reçu mardi son homologue malien\n\nLe Directeur général de la Police nationale, M. Jean Kaboré, a "
        "reçu le Directeur général de la Police du Mali, M. Oumar Traoré, au siège de la DGPN à Ouagadougou. Les deux "
        "responsables ont examiné la coopération contre la criminalité transfrontalière.",
    ],
)
def test_a_day_the_headline_alone_gives_dates_the_meeting_it_tells(text: str) -> None:
    assert _iso(_one(text).date) == "2026-03-10"


@pytest.mark.parametrize(
    ("text", "day", "city"),
    [
        (
            "The Minister of Interior, Mr Halim Dorsa, will receive his Malian counterpart, General Oumar Sidibé, in "
            "Algiers on 20 March. The two ministers will discuss terrorism.",
            "2026-03-20",
            "Algiers",
        ),
        (
            "Le ministre de l'Intérieur, M. Halim Dorsa, recevra son homologue malien, le général Oumar Sidibé, le 20 "
            "mars à Alger. Les deux ministres évoqueront la lutte contre le terrorisme.",
            "2026-03-20",
            "Algiers",
        ),
    ],
)
def test_an_announced_day_after_the_publication_is_kept_in_its_year(text: str, day: str, city: str) -> None:
    meeting = _one(text)
    assert (_iso(meeting.date), meeting.status.value, meeting.location.city) == (day, "announced", city)


@pytest.mark.parametrize(
    "text",
    [
        "The Minister of Interior, Mr Halim Dorsa, on Tuesday received his Malian counterpart, General Oumar Sidibé, "
        "in Algiers. The two men had last met on 14 January 2025 in Bamako. They discussed terrorism.",
        "Le ministre de l'Intérieur, M. Halim Dorsa, a reçu mardi à Alger son homologue malien, le général Oumar "
        "Sidibé. Les deux hommes s'étaient rencontrés le 14 janvier 2025 à Bamako. Ils ont évoqué le terrorisme.",
    ],
)
def test_an_earlier_meeting_recalled_gives_neither_its_day_nor_its_place(text: str) -> None:
    meeting = _one(text)
    assert (_iso(meeting.date), meeting.location.city, meeting.location.country) == (
        "2026-03-10",
        "Algiers",
        "DZ",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Minister of Interior, Mr Halim Dorsa, received on 27 January the Malian ambassador, Mr Oumar Sidibé, "
        "ahead of the visit of the Malian Minister of Security to Algiers. They discussed terrorism.",
        "Ahead of the visit of the Malian Minister of Security to Algiers, the Minister of Interior, Mr Halim Dorsa, "
        "received on 27 January the Malian ambassador, Mr Oumar Sidibé. They discussed terrorism.",
    ],
)
def test_a_meeting_ahead_of_a_visit_keeps_its_own_day(text: str) -> None:
    assert _iso(_one(text).date) == "2026-01-27"


def test_a_tour_list_over_the_text_is_no_dateline() -> None:
    text = (
        "Minister's working tour\nMonday: Kano\nTuesday: Kaduna\n\nThe Minister of Police Affairs, Mr Bala Yusuf, on "
        "Monday met the Commissioner of Police of Kano State, Mr Ado Bello, in Kano. They discussed banditry."
    )
    meeting = _one(text)
    assert (_iso(meeting.date), meeting.location.city, meeting.location.country) == (
        "2026-03-09",
        "Kano",
        "NG",
    )


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        (
            "Le Directeur général de la Sûreté nationale, M. Karim Alaoui, a présidé lundi à Ben Slimane une réunion "
            "de travail avec le chef de la police espagnole, M. Pablo Ruiz. Ils ont évoqué la migration.",
            "Benslimane",
            "MA",
        ),
        (
            "Le Directeur général de la Sûreté nationale, M. Karim Ben Slimane, a reçu lundi à Rabat le chef de la "
            "police espagnole, M. Pablo Ruiz. Ils ont évoqué la migration.",
            "Rabat",
            "MA",
        ),
        (
            "The Director General of National Security, Mr Karim Alaoui, on Monday chaired in Sidi Kacem a working "
            "meeting with the head of the Spanish police, Mr Pablo Ruiz. They discussed migration.",
            "Sidi Kacem",
            None,
        ),
        (
            "Le Directeur général de la Sûreté nationale, M. Karim Alaoui, a présidé lundi à Sidi Kacem une réunion "
            "de travail avec le chef de la police espagnole, M. Pablo Ruiz. Ils ont évoqué la migration.",
            "Sidi Kacem",
            None,
        ),
        (
            "The Director General of National Security, Mr Sidi Kacem Alaoui, on Monday received in Rabat the head "
            "of the Spanish police, Mr Pablo Ruiz. They discussed migration.",
            "Rabat",
            "MA",
        ),
    ],
)
def test_a_town_named_like_a_person_is_read_by_its_place_in_the_sentence(
    text: str, city: str, country: str | None
) -> None:
    meeting = _one(text)
    assert meeting.location.city == city
    if country is not None:
        assert meeting.location.country == country


@pytest.mark.parametrize(
    "text",
    [
        "The Inspector-General of Police, Mr John Okafor, on Monday met the Minister of Interior of Senegal, General "
        "Moussa Diop, during a working visit to Senegal. They discussed cybercrime.",
        "Le ministre de l'Intérieur, M. Halim Dorsa, a été reçu lundi par son homologue sénégalais, le général Moussa "
        "Diop, lors d'une visite de travail au Sénégal. Ils ont évoqué la cybercriminalité.",
    ],
)
def test_a_visit_to_a_country_gives_its_country_and_no_city_the_text_does_not_name(text: str) -> None:
    meeting = _one(text)
    assert (meeting.location.city, meeting.location.country) == (None, "SN")


@pytest.mark.parametrize(
    "lines",
    [
        (
            "- Lomé, 3 March 2026: talks with the Togolese Minister of Security, General Kodjo Amavi, on piracy.",
            "- Cotonou, 4 March 2026: working session with the Beninese Minister of Interior, Mr Sylvain Houngbo, on "
            "border crime.",
        ),
        (
            "- Lomé, 3 mars 2026 : entretien avec le ministre togolais de la Sécurité, le général Kodjo Amavi, sur la "
            "piraterie.",
            "- Cotonou, 4 mars 2026 : séance de travail avec le ministre béninois de l'Intérieur, M. Sylvain Houngbo, sur "
            "la criminalité transfrontalière.",
        ),
    ],
)
def test_the_lines_of_a_tour_programme_each_give_their_place_and_day(lines: tuple[str, str]) -> None:
    """The place and the day a programme's line opens with are its encounter's, not a dateline to strip."""
    lead = (
        "Ghana's Minister of the Interior Kwesi Ampofo's tour of the coast this week took in two capitals."
        if "talks" in lines[0]
        else "La tournée du ministre ghanéen de l'Intérieur, Kwesi Ampofo, cette semaine l'a conduit dans deux capitales."
    )
    analysis = read_offline("\n".join([lead, "", *lines]), "2026-03-06")
    assert [(_iso(m.date), m.location.city, m.location.country) for m in analysis.meetings] == [
        ("2026-03-03", "Lomé", "TG"),
        ("2026-03-04", "Cotonou", "BJ"),
    ]


@pytest.mark.parametrize(
    ("text", "day", "city", "country"),
    [
        (
            "Ahead of the visit of the Ghanaian Minister of the Interior, Kwesi Ampofo, to Lomé on Monday, 23 March "
            "2026, officials of both ministries have drafted a plan on maritime piracy.\n\nMinister Ampofo will hold "
            "talks with the Togolese Minister of Security, General Kodjo Amavi, on the patrols of the gulf.",
            "2026-03-23",
            "Lomé",
            "TG",
        ),
        (
            "En prévision de la visite du ministre ghanéen de l'Intérieur, Kwesi Ampofo, le lundi 23 mars 2026 à Lomé, "
            "les services des deux ministères ont préparé un plan contre la piraterie.\n\nM. Ampofo aura des "
            "entretiens avec le ministre togolais de la Sécurité, le général Kodjo Amavi, sur les patrouilles du golfe.",
            "2026-03-23",
            "Lomé",
            "TG",
        ),
    ],
)
def test_talks_to_come_on_a_visit_the_sentence_before_prepares_take_its_day_and_place(
    text: str, day: str, city: str, country: str
) -> None:
    meeting = _one(text)
    assert (_iso(meeting.date), meeting.location.city, meeting.location.country) == (day, city, country)
    assert meeting.status.value == "announced"


@pytest.mark.parametrize(
    "text",
    [
        "A six-member team from the Zambia Police Service, led by Commissioner Mwila Chanda, was at the National "
        "Police Headquarters in Gaborone on 4 March 2026.\n\nThe Commissioner of Police, Tumelo Sebego, welcomed the "
        "team. The two sides went over the return of stolen vehicles.",
        "Une délégation de six membres de la Police du Mali, conduite par le commissaire Oumar Sidibé, était au siège "
        "de la Police nationale à Niamey le 4 mars 2026.\n\nLe directeur général de la Police nationale, Issa Garba, a "
        "accueilli la délégation. Les deux parties ont examiné le retour des véhicules volés.",
    ],
)
def test_a_team_said_to_be_somewhere_on_a_day_is_welcomed_there_that_day(text: str) -> None:
    meeting = _one(text)
    assert (_iso(meeting.date), meeting.location.country) == (
        "2026-03-04",
        "BW" if "Gaborone" in text else "NE",
    )
    assert meeting.location.city == ("Gaborone" if "Gaborone" in text else "Niamey")


@pytest.mark.parametrize(
    "text",
    [
        "À l'issue de son séjour à Niamey, du 2 au 5 mars 2026, le directeur général de la Police du Togo, Kodjo "
        "Amavi, a dressé le bilan de ses échanges avec son homologue nigérien, le contrôleur général Issa Garba. Les "
        "deux responsables ont retenu l'échange de renseignements.",
        "At the end of his stay in Niamey, from 2 to 5 March 2026, the Director General of the Togolese Police, Kodjo "
        "Amavi, reviewed his talks with his Nigerien counterpart, Controller General Issa Garba. The two officers "
        "agreed to share intelligence.",
    ],
)
def test_a_stay_that_frames_the_talks_gives_their_days_and_place(text: str) -> None:
    meeting = _one(text)
    assert (_iso(meeting.date), _iso(meeting.end_date)) == ("2026-03-02", "2026-03-05")
    assert (meeting.location.city, meeting.location.country) == ("Niamey", "NE")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Victoria, 9 March 2026. Commissioner of Police Ted Barbé sat down with the visiting Director of the "
            "Mauritius Police, Commissioner Anil Doorgah, to review their joint patrols against drug smuggling.",
            "9 March 2026",
        ),
        (
            "Moroni, le 9 mars 2026. Le Directeur général de la Police nationale, M. Said Abdou, a reçu en audience "
            "l'attaché de sécurité intérieure de l'ambassade de France, le commandant Paul Girard. Les échanges ont "
            "porté sur la lutte contre les passeurs.",
            "le 9 mars 2026",
        ),
    ],
)
def test_a_dateline_written_as_a_sentence_dates_the_one_encounter_that_names_no_day(
    text: str, words: str
) -> None:
    meeting = _one(text, None)
    assert (_iso(meeting.date), meeting.date_text) == ("2026-03-09", words)


@pytest.mark.parametrize(
    ("dateline", "city"),
    [("KAFANCHAN, Kaduna State (NAN) – ", "Kafanchan"), ("KADUNA — ", "Kaduna"), ("", None)],
)
def test_a_state_named_after_its_city_is_not_that_city(dateline: str, city: str | None) -> None:
    text = (
        f"{dateline}The Commissioner of Police in Kaduna State, Aliyu Sani Garba, on Monday received a delegation of "
        "the Niger Republic's National Guard led by its Deputy Commander, Colonel Moussa Issoufou. They discussed "
        "terrorism."
    )
    meeting = _one(text)
    assert meeting.location.city == city
    assert meeting.location.country == "NG"
