"""Classes of faults the offline reader left open, each tested over several wordings, invented names and both languages.

1. A visit told by a tour ("who is touring Kenya", "on a tour of Pakistan", « en tournée au Niger », told before its
   subject or after him) gives the host the toured country, as a visit ("visiting Kenya") does, when nothing else
   says his.
2. A people's adjective inside a common noun ("Indian hemp", « chanvre indien », "German shepherds", "Chinese New
   Year", "Turkish coffee", "Nigerian naira", « francs guinéens ») names no side: no party. A side named by the
   adjective still is one ("the Indian delegation").
3. Two sides who exchange the instruments of ratification of a treaty, or letters, conclude an agreement as others
   sign one: the exchange is the encounter, of the kind signing, and the treaty the agreement signed.
4. Whether a country is named only after a participant is read in one text, the folded opening: a ligature (« œ »)
   or a decomposed accent before him, which folding lengthens or shortens, does not shift it.
5. (No test: a table shared, 0 records change.)
6. A caption, a headline that tells the encounter over a verbless list of people ("IGP RECEIVES GHANA POLICE
   DELEGATION", then "IGP X, Commissioner of Police Y, DCP Z" and a photo credit), names who took part: the one
   listed by the headline's subject's office is its host, the others take part, of no side said.
"""

from __future__ import annotations

import unicodedata

import pytest
from support import only_meeting, read_offline, sides_of

from communique.schema import MeetingKind, OutcomeType, Role

# (text, host's name, host's country, guest's name, guest's country): no dateline, no town, so the tour alone
# tells the host's country
TOURS = [
    (
        "The Director General of Police, Samuel Otieno, received on Tuesday the Chief of the Tajik Police, "
        "Farid Rahimov, who is touring Kenya with a delegation.",
        "Samuel Otieno",
        "KE",
        "Farid Rahimov",
        "TJ",
    ),
    (
        "The Minister of the Interior, Grace Wanjiru, held talks on Monday with the Rwandan Commissioner General "
        "of Police, Eric Habimana, who is touring Tanzania this week.",
        "Grace Wanjiru",
        "TZ",
        "Eric Habimana",
        "RW",
    ),
    (
        "The Inspector General, Asif Raza, received the Turkish Police Chief, Mehmet Yildiz, on a tour of "
        "Pakistan, on Monday.",
        "Asif Raza",
        "PK",
        "Mehmet Yildiz",
        "TR",
    ),
    (
        "The Interior Minister, Omar Baloch, met on Monday the Turkish Police Chief, Kemal Aydin, who is on a "
        "week-long tour of Pakistan.",
        "Omar Baloch",
        "PK",
        "Kemal Aydin",
        "TR",
    ),
    (
        "Touring Pakistan, the Turkish Police Chief, Mehmet Yildiz, met the Inspector General, Asif Raza, on Monday.",
        "Asif Raza",
        "PK",
        "Mehmet Yildiz",
        "TR",
    ),
    (
        "Visiting Malawi, the Zambian Police Chief, Chanda Mulenga, met the Inspector General, Peter Banda, on "
        "Monday.",
        "Peter Banda",
        "MW",
        "Chanda Mulenga",
        "ZM",
    ),
    (
        "En tournée au Niger, le chef de la police gambienne, Lamin Touray, a rencontré mardi le ministre de "
        "l'Intérieur, Issoufou Maman.",
        "Issoufou Maman",
        "NE",
        "Lamin Touray",
        "GM",
    ),
    (
        "Le ministre de l'Intérieur, Abdou Sani, s'est entretenu mardi avec le chef de la police gambienne, "
        "Ebrima Ceesay, qui est en tournée au Bénin.",
        "Abdou Sani",
        "BJ",
        "Ebrima Ceesay",
        "GM",
    ),
    (
        "Le ministre de la Sécurité, Paul Kaboré, a reçu lundi la directrice de la police togolaise, Afi Mensah, "
        "en tournée de travail au Burkina Faso.",
        "Paul Kaboré",
        "BF",
        "Afi Mensah",
        "TG",
    ),
]


@pytest.mark.parametrize(("text", "host", "home", "guest", "abroad"), TOURS)
def test_a_tour_gives_the_host_the_toured_country(
    text: str, host: str, home: str, guest: str, abroad: str
) -> None:
    sides = sides_of(text, "2026-05-14")
    assert sides[host] == (home, Role.HOST)
    assert sides[guest] == (abroad, Role.GUEST)


# (a sentence naming a common noun with a people's adjective, the people's country): after a meeting of two
# sides told with their countries, in the language of the sentence
NO_SIDE = [
    ("en", "They discussed the trafficking of Indian hemp across the border.", "IN"),
    ("en", "They reviewed the seizure of 2 tonnes of Indian hemp at the port.", "IN"),
    ("en", "The Minister then handed over six German shepherds to the canine unit.", "DE"),
    ("en", "The meeting, held over Turkish coffee, focused on border crime.", "TR"),
    ("en", "The two chiefs later attended the Chinese New Year reception of the police college.", "CN"),
    ("en", "They reviewed the seizure of 40,000 Nigerian naira at the border post.", "NG"),
    ("fr", "Ils ont évoqué le trafic de chanvre indien le long de la frontière.", "IN"),
    ("fr", "Le ministre a remis quatre bergers allemands à l'unité cynophile.", "DE"),
    ("fr", "Ils ont fait le point sur la saisie de 3 millions de francs guinéens au poste frontière.", "GN"),
    ("fr", "La rencontre a été suivie d'un café turc offert par la police.", "TR"),
]
OPENINGS = {
    "en": "The Inspector-General of Police, Kofi Asante, met the Commissioner of Police of Togo, Yao Agbeko, "
    "in Accra on Tuesday to discuss border crime. ",
    "fr": "Le ministre de l'Intérieur, Ibrahima Ndiaye, a reçu mardi à Dakar le directeur de la police "
    "gambienne, Lamin Touray, pour parler de la criminalité transfrontalière. ",
}


@pytest.mark.parametrize(("language", "sentence", "country"), NO_SIDE)
def test_a_peoples_adjective_in_a_common_noun_names_no_side(
    language: str, sentence: str, country: str
) -> None:
    for text in (OPENINGS[language] + sentence, sentence.rstrip(".") + ", " + OPENINGS[language][0].lower()
                 + OPENINGS[language][1:]):  # fmt: skip
        meeting = only_meeting(text, "2026-05-14")
        assert country not in meeting.parties
        assert all(p.party != country for p in meeting.participants)


@pytest.mark.parametrize(
    "text",
    [
        "The Inspector-General of Police, Kofi Asante, met in Accra on Tuesday the Indian delegation led by "
        "Raj Kumar to discuss the trafficking of Indian hemp.",
        "Le ministre de l'Intérieur, Ibrahima Ndiaye, a reçu mardi à Dakar la délégation indienne conduite par "
        "Raj Kumar, pour parler du trafic de chanvre indien.",
    ],
)
def test_a_side_named_by_the_adjective_is_still_one(text: str) -> None:
    assert "IN" in only_meeting(text, "2026-05-14").parties


# (text, the words the agreement signed is told by): the exchange is the encounter
EXCHANGES = [
    (
        "Lisbon, 6 May 2026. Portugal's Minister of Internal Administration, Rita Sousa, and Angola's Minister of "
        "the Interior, Manuel Neto, exchanged the instruments of ratification of the extradition treaty at a "
        "ceremony in Lisbon on Tuesday. The two ministers also discussed drug trafficking.",
        "exchanged the instruments of ratification of the extradition treaty",
    ),
    (
        "Dakar, 6 mai 2026. Le ministre de l'Intérieur du Sénégal, Ibrahima Ndiaye, et le ministre de la Sécurité "
        "de la Gambie, Lamin Touray, ont procédé mardi à Dakar à l'échange des instruments de ratification de "
        "l'accord d'extradition. Les deux ministres ont aussi évoqué la sécurité des frontières.",
        "instruments de ratification de l'accord d'extradition",
    ),
    (
        "Kigali, 6 May 2026. Rwanda's Minister of Internal Security, Eric Habimana, and Burundi's Minister of the "
        "Interior, Jean Ndayisaba, exchanged letters on the creation of a joint border patrol at a ceremony in "
        "Kigali on Tuesday.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "signed"), EXCHANGES)
def test_an_exchange_of_instruments_is_a_signing(text: str, signed: str | None) -> None:
    meeting = only_meeting(text, "2026-05-14")
    assert meeting.kind is MeetingKind.SIGNING
    assert len(meeting.participants) == 2
    if signed is not None:
        assert any(o.type is OutcomeType.AGREEMENT_SIGNED and signed in o.text for o in meeting.outcomes)


#: « entre X, …, et Y, secrétaire d'État espagnol »: X, of no country said, is of the place's side, not of Spain
#: (named after him only); before him the opening folds to a text of another length.
BETWEEN = (
    "La réunion, tenue à Rabat mardi, a réuni {before}Karim Benali, ministre délégué chargé de la sécurité, et "
    "Luis Ortega, secrétaire d'État espagnol à la sécurité."
)


@pytest.mark.parametrize(
    "before",
    ["", "au siège de l'Œuvre de bienfaisance de la police, ", "sous l’égide de la Cœur de sécurité, "],
)
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_named_after_only_reads_one_folded_text(before: str, form: str) -> None:
    text = unicodedata.normalize(form, BETWEEN.format(before=before))
    meeting = only_meeting(text, "2026-05-14")
    parties = {p.name: p.party for p in meeting.participants}
    assert parties["Luis Ortega"] == "ES"
    assert parties["Karim Benali"] == "MA"


def test_no_side_of_a_common_noun_even_in_a_headline() -> None:
    record = read_offline(
        "Police chiefs discuss Indian hemp trafficking\n\nThe Inspector-General of Police, Kofi Asante, met the "
        "Commissioner of Police of Togo, Yao Agbeko, in Accra on Tuesday."
    )
    assert record.meetings and "IN" not in record.meetings[0].parties


@pytest.mark.parametrize(
    "text",
    [
        "Interior Minister Rashid Qureshi has met with Anna Berg, a senior official from the US Department of "
        "Justice, who heads an American team now touring Pakistan.",
        "Le ministre de l'Intérieur, Moussa Abdou, a reçu Anna Berg, haute responsable du Département d'État "
        "américain, qui conduit une équipe américaine en tournée au Niger.",
    ],
)
def test_a_country_in_his_own_apposition_is_his(text: str) -> None:
    meeting = only_meeting(text, "2026-05-14")
    assert {p.name: p.party for p in meeting.participants}["Anna Berg"] == "US"


# (a caption: its headline tells the encounter, its body lists who is in the photo, then its credit; the office the
# headline's subject is, the host, then the others, whose sides it does not tell)
CAPTIONS = [
    (
        "IGP RECEIVES GHANA POLICE DELEGATION\n\nIGP Usman Bello, Commissioner of Police Kofi Mensah, DCP Ama Owusu, "
        "ACP Yaw Darko.\n\nPhoto: Force Public Relations Department",
        "Usman Bello",
        ["Kofi Mensah", "Ama Owusu", "Yaw Darko"],
    ),
    (
        "CHIEF OF POLICE HOSTS TOGOLESE GENDARMERIE DELEGATION\n\nChief of Police Samuel Otieno, Colonel Yao Agbeko "
        "and Major Kossi Amegan.\n\nPhotos: Police Media Unit",
        "Samuel Otieno",
        ["Yao Agbeko", "Kossi Amegan"],
    ),
    (
        "LE DIRECTEUR GÉNÉRAL DE LA POLICE REÇOIT UNE DÉLÉGATION DE LA POLICE GAMBIENNE\n\nLe directeur général de "
        "la police Ibrahima Ndiaye, le commissaire Lamin Touray, le capitaine Ebrima Jallow.\n\nCrédit photo : "
        "Cellule de communication",
        "Ibrahima Ndiaye",
        ["Lamin Touray", "Ebrima Jallow"],
    ),
    (
        "Le ministre de l'Intérieur accueille une délégation ivoirienne\n\nLe ministre de l'Intérieur Moussa Abdou "
        "(au centre), le général Koffi Yao (à gauche) et le colonel Issa Kaboré.",
        "Moussa Abdou",
        ["Koffi Yao", "Issa Kaboré"],
    ),
]


@pytest.mark.parametrize(("text", "host", "others"), CAPTIONS)
def test_a_caption_names_who_took_part(text: str, host: str, others: list[str]) -> None:
    meeting = only_meeting(text, "2026-05-14")
    roles = {p.name: p.role for p in meeting.participants}
    assert roles[host] is Role.HOST
    assert all(roles[name] is Role.PARTICIPANT for name in others)


def test_a_sentence_that_tells_is_no_caption() -> None:
    meeting = only_meeting(
        "IGP RECEIVES GHANA POLICE DELEGATION\n\nThe IGP, Usman Bello, received a delegation of the Ghana Police "
        "led by Commissioner Kofi Mensah at the Force Headquarters on Tuesday.",
        "2026-05-14",
    )
    roles = {p.name: p.role for p in meeting.participants}
    assert roles == {"Usman Bello": Role.HOST, "Kofi Mensah": Role.GUEST}


def test_letters_of_courtesy_are_no_signing() -> None:
    record = read_offline(
        "The Minister of the Interior, Kofi Asante, and the Togolese Minister of Security, Yao Agbeko, exchanged "
        "letters of congratulations on Tuesday."
    )
    assert all(m.kind is not MeetingKind.SIGNING for m in record.meetings)
