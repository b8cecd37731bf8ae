"""Faults of the offline reader a previous session listed, each read as a class of phrasing and tested over several
wordings in both languages; every sentence invented, none of them an eval case's.

1. A session of a joint commission or joint committee of two countries is bilateral: a working meeting, not a
   conference (a commission of three countries or more stays a conference).
2. The seat of a directorate many countries have (« au siège de la DGPN ») places the meeting in no country, and
   gives its director no side, unless the text says which country it is.
3. A headline whose subject is only an office's acronym ("IGP receives …", « Le DGSN reçoit … ») names the host.
4. Titles abbreviated without a dot (DG, Lt Gen, Maj Gen, Brig Gen) are read as titles and ranks.
5. A venue stops at the clause that tells what the meeting is for ("to discuss", « pour », « afin de »).
6. An embassy places a meeting in the country where it stands, never the country it represents.
8. A place told in other words: a commune before its city, « l'Hexagone », a country's capital told by its people's
   adjective (« la capitale sénégalaise », "the Kenyan capital", « la capitale économique ivoirienne »), and an
   "ABU DHABI / WAM" dateline.

(Not done: 7, a town in an officer's title, was not reproduced in the wordings tried.)
"""

from __future__ import annotations

import pytest
from support import only_meeting, sides_of

from communique.schema import MeetingKind, Role

# -- 1. a joint commission of two countries is bilateral ------------------------------------------------------------

JOINT_BODIES = [
    (
        "La deuxième session de la commission mixte de sécurité entre le Niger et le Bénin s'est tenue jeudi à Niamey.",
        MeetingKind.WORKING_MEETING,
    ),
    (
        "Le ministre de l'Intérieur, Moussa Traoré, a reçu mardi à Bamako son homologue burkinabè, Paul Ouédraogo, "
        "pour la troisième session du comité mixte de sécurité.",
        MeetingKind.WORKING_MEETING,
    ),
    (
        "The 5th session of the Kenya-Uganda Joint Permanent Commission on Security opened in Kampala on Monday.",
        MeetingKind.WORKING_MEETING,
    ),
    (
        "The Minister of Home Affairs, John Banda, and his Zambian counterpart, Peter Mwale, met in Lilongwe on "
        "Tuesday for the fourth session of their joint committee on security.",
        MeetingKind.WORKING_MEETING,
    ),
    (
        "La dixième session de la commission mixte de sécurité entre le Niger, le Mali et le Burkina Faso s'est "
        "tenue jeudi à Niamey.",
        MeetingKind.CONFERENCE,
    ),
    (
        "The 6th session of the Joint Commission of Kenya, Uganda and Tanzania on cross-border crime opened in "
        "Arusha on Monday.",
        MeetingKind.CONFERENCE,
    ),
]


@pytest.mark.parametrize(("text", "kind"), JOINT_BODIES)
def test_a_joint_commission_of_two_countries_is_a_working_meeting(text: str, kind: MeetingKind) -> None:
    assert only_meeting(text).kind is kind


# -- 2. the seat of a directorate many countries have --------------------------------------------------------------

SHARED_SEATS = [
    "Le directeur général de la Police nationale, le contrôleur général Jean Koffi, a reçu mardi au siège de la DGPN "
    "une délégation de la police ghanéenne conduite par le commissaire Kwame Mensah.",
    "Le directeur général de la Sûreté nationale, M. Ali Benali, a reçu lundi au siège de la DGSN le chef de la "
    "police malienne, Oumar Coulibaly.",
    "The Director General of the National Police received a delegation of the Ghana Police Service led by "
    "Commissioner Kwame Mensah at the DGPN headquarters on Tuesday.",
]


@pytest.mark.parametrize("text", SHARED_SEATS)
def test_a_shared_directorates_seat_gives_no_side(text: str) -> None:
    assert len(only_meeting(text).parties) == 1


# -- 3. a headline's subject that is only an office's acronym ------------------------------------------------------

ACRONYM_HEADLINES = [
    (
        "DGSN receives Malian police chief\n\nThe Director General of the Malian National Police, Soumaila Dembélé, "
        "was received on Tuesday in Rabat. Talks focused on terrorism.",
        ["MA"],
    ),
    (
        "Le DGSN reçoit le chef de la police malienne\n\nLe directeur général de la police malienne, Soumaila "
        "Dembélé, a été reçu mardi à Rabat. Les échanges ont porté sur le terrorisme.",
        ["MA"],
    ),
    (
        "IGP receives Togolese Police Chief\n\nThe Director General of the Togolese National Police, Yao Agbeko, was "
        "received on Tuesday at the Police Headquarters in Accra. They discussed cross-border crime.",
        ["GH"],
    ),
]


@pytest.mark.parametrize(("text", "host_parties"), ACRONYM_HEADLINES)
def test_an_acronym_in_a_headline_is_the_host(text: str, host_parties: list[str]) -> None:
    meeting = only_meeting(text)
    assert [p.party for p in meeting.participants if p.role is Role.HOST] == host_parties
    assert set(host_parties) <= set(meeting.parties)


# -- 4. titles abbreviated without a dot ---------------------------------------------------------------------------

ABBREVIATED = [
    (
        "Le DG de la Police nationale togolaise, Yao Agbeko, a reçu mardi à Lomé le commissaire ghanéen Kwame "
        "Mensah.",
        ("Yao Agbeko", "DG de la Police nationale"),
    ),
    (
        "Le DGA de la Police nationale, Awa Ndiaye, a reçu lundi à Dakar une délégation de la police gambienne "
        "conduite par Musa Jallow.",
        ("Awa Ndiaye", "DGA de la Police nationale"),
    ),
    (
        "The Chief of Army Staff, Lt Gen Musa Bello, on Monday received the Kenyan Army Commander, Maj Gen "
        "Peter Okoth, in Abuja.",
        ("Musa Bello", "Chief of Army Staff"),
    ),
    (
        "The Commander of the Kenyan Army, Col Peter Okoth, was received on Monday in Abuja by the Chief of Army "
        "Staff, Lt Gen Musa Bello.",
        ("Peter Okoth", "Commander of the Kenyan Army"),
    ),
    (
        "Le commandant de la Garde nationale, le Cmdt Issa Hamani, a reçu lundi à Niamey le colonel malien "
        "Seydou Traoré.",
        ("Issa Hamani", "commandant de la Garde nationale"),
    ),
]


@pytest.mark.parametrize(("text", "titled"), ABBREVIATED)
def test_an_abbreviated_title_is_read(text: str, titled: tuple[str, str]) -> None:
    assert titled in {(p.name, p.title) for p in only_meeting(text).participants}


# -- 5. a venue stops where its clause does ------------------------------------------------------------------------

VENUES = [
    (
        "The Chief of the Philippine National Police, General Ramon Cruz, met with the Australian Federal Police "
        "Commissioner, Mark Davies, on Tuesday at the PNP headquarters to discuss joint operations.",
        "PNP headquarters",
    ),
    (
        "The Inspector General, John Okello, received the Kenyan police chief, Peter Mwangi, on Monday at the "
        "Police Headquarters in order to review border security.",
        "Police Headquarters",
    ),
    (
        "Le ministre de l'Intérieur, Amadou Ba, a reçu mardi son homologue malien, Daoud Keita, au siège du "
        "ministère pour discuter de la sécurité des frontières.",
        "siège du ministère",
    ),
    (
        "Le directeur général, Amadou Sy, a reçu lundi le chef de la police gambienne, Musa Jallow, au siège de la "
        "Police nationale afin de renforcer la coopération.",
        "siège de la Police nationale",
    ),
]


@pytest.mark.parametrize(("text", "venue"), VENUES)
def test_a_venue_stops_at_its_purpose(text: str, venue: str) -> None:
    assert only_meeting(text).location.venue == venue


# -- 6. an embassy stands in its host country ----------------------------------------------------------------------

EMBASSIES = [
    "The Inspector General of the Liberia National Police, Joseph Kollie, was received at the Embassy of Ghana by "
    "the Ambassador, Kwesi Owusu, on Tuesday. They discussed border security.",
    "L'inspecteur général de la police libérienne, Joseph Kollie, a été reçu mardi à l'ambassade du Ghana par "
    "l'ambassadeur Kwesi Owusu.",
    "The Ghanaian Ambassador, Kwesi Owusu, received the Liberian police chief, Joseph Kollie, at the Ghana Embassy "
    "on Tuesday.",
]


@pytest.mark.parametrize("text", SHARED_SEATS + EMBASSIES)
def test_a_seat_that_says_no_country_where_it_stands_places_none(text: str) -> None:
    assert only_meeting(text).location.country is None


# -- 8. a place told in other words --------------------------------------------------------------------------------

PLACES = [
    (
        "Le ministre de la Sécurité, Vagondo Diomandé, a reçu mardi dans la commune de Cocody, Abidjan, son "
        "homologue ghanéen, Kofi Mensah.",
        "Abidjan",
        "CI",
    ),
    (
        "Le ministre de l'Intérieur, Amadou Ba, a reçu mardi dans la capitale sénégalaise son homologue malien, "
        "Daoud Keita.",
        "Dakar",
        "SN",
    ),
    (
        "Le directeur général de la police burkinabè, Issouf Sawadogo, a été reçu lundi dans la capitale économique "
        "ivoirienne par son homologue, Alain Konan.",
        "Abidjan",
        "CI",
    ),
    (
        "Le ministre tchadien de la Sécurité, Ali Mahamat, a rencontré mardi dans la capitale économique du Cameroun "
        "son homologue camerounais, Paul Atanga.",
        "Douala",
        "CM",
    ),
    (
        "The Spanish Interior Minister, Luis Romero, held talks with his counterpart in the Moroccan economic capital "
        "on Monday.",
        "Casablanca",
        "MA",
    ),
    (
        "The Inspector General of Police of Uganda, John Okello, met his counterpart Peter Mwangi in the Kenyan "
        "capital on Tuesday.",
        "Nairobi",
        "KE",
    ),
    (
        "The Tanzanian police chief, Simon Sirro, held talks with his counterpart in the Rwandan capital on Monday.",
        "Kigali",
        "RW",
    ),
    (
        "Le ministre malien de la Sécurité, Daoud Keita, séjourne dans l'Hexagone où il a rencontré mardi son "
        "homologue français, Pierre Martin.",
        None,
        "FR",
    ),
    (
        "ABU DHABI / WAM\nThe Minister of Interior received on Tuesday the Minister of Interior of Oman, Said Al "
        "Busaidi.",
        "Abu Dhabi",
        "AE",
    ),
    (
        "ABU DHABI, 3rd March, 2026 (WAM) -- The Minister of Interior received today the Minister of Interior of "
        "Oman, Said Al Busaidi.",
        "Abu Dhabi",
        "AE",
    ),
    (
        "DUBAI / WAM\nThe Commander-in-Chief of Dubai Police received on Tuesday the Minister of Interior of Oman, "
        "Said Al Busaidi.",
        "Dubai",
        "AE",
    ),
]


@pytest.mark.parametrize(("text", "city", "country"), PLACES)
def test_a_place_told_in_other_words(text: str, city: str | None, country: str) -> None:
    location = only_meeting(text).location
    assert (location.city, location.country) == (city, country)


def test_sides_of_an_embassy_meeting_are_read() -> None:
    assert sides_of(EMBASSIES[0]) == {"Joseph Kollie": ("LR", Role.GUEST), "Kwesi Owusu": ("GH", Role.HOST)}
