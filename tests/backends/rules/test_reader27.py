"""Classes left open by the twenty-second to twenty-fourth readings of real communiqués,
fixed in the offline reader; every sentence invented, none of them an eval case's."""

from __future__ import annotations

from support import only_meeting, read_offline

# -- a signing told again as a caption: « X signe avec Y l'accord » ---------------------------------


def test_the_one_a_visitor_signs_with_in_a_caption_took_part() -> None:
    meeting = only_meeting(
        "Pierre Rochat, conseiller fédéral, a signé jeudi à Rome un accord de réadmission entre la Suisse et "
        "l'Italie.\n\nLe conseiller fédéral Pierre Rochat signe avec le ministre italien de l'Intérieur Marco "
        "Gallo le nouvel accord.",
        published="2026-05-08",
    )
    assert {p.name for p in meeting.participants} == {"Pierre Rochat", "Marco Gallo"}
    assert {"CH", "IT"} <= set(meeting.parties)


def test_signing_with_in_a_sentence_of_its_own_opens_no_second_meeting() -> None:
    record = read_offline(
        "Le ministre belge de l'Intérieur, Luc Maes, a signé lundi à Luxembourg un accord de police avec son "
        "homologue luxembourgeois, Paul Weber.\n\nLuc Maes signe avec Paul Weber un texte qui renforce les "
        "patrouilles communes.",
        published="2026-05-08",
    )
    assert len(record.meetings) == 1
    assert {p.name for p in record.meetings[0].participants} == {"Luc Maes", "Paul Weber"}


# -- an ambassador to a country is of the country that sends him -------------------------------------


def test_an_extraordinary_and_plenipotentiary_ambassador_is_of_the_sending_country() -> None:
    record = read_offline(
        "Talks were held between Kyrgyz Interior Minister Almaz Osmonov and US Extraordinary and "
        "Plenipotentiary Ambassador to Kyrgyzstan Mark Ellis, the ministry reported.",
        published="2026-05-08",
    )
    meeting = record.meetings[0]
    parties = {p.name: p.party for p in meeting.participants}
    assert parties == {"Almaz Osmonov": "KG", "Mark Ellis": "US"}
    assert {"KG", "US"} <= set(meeting.parties)


# -- talks at the seat of one side's ministry: that side hosts ---------------------------------------


def test_talks_at_the_seat_of_a_national_ministry_are_hosted_by_its_country() -> None:
    record = read_offline(
        "Park Jae-won, Commissioner of the Korean National Police Agency, held talks with Somchai Wong, Minister "
        "of Interior of Thailand, at the headquarters of the Thai Ministry of Interior on Monday.",
        published="2026-05-08",
    )
    meeting = record.meetings[0]
    assert meeting.location.country == "TH"
    roles = {p.name: p.role.value for p in meeting.participants}
    assert roles == {"Park Jae-won": "guest", "Somchai Wong": "host"}


def test_a_country_named_by_its_name_in_a_long_venue_gives_the_host_no_party() -> None:
    record = read_offline(
        "The Minister of Interior Khalid Nasser received in his office at the ministry today Minister of "
        "Interior of the Republic of Ghana Kofi Mensah.",
        published="2026-05-08",
    )
    meeting = record.meetings[0]
    hosts = [p for p in meeting.participants if p.name == "Khalid Nasser"]
    assert hosts and hosts[0].party != "GH"


# -- talks told only through what each side said, then « À l'issue des discussions » -----------------


def test_the_statements_before_the_close_of_the_talks_are_the_talks() -> None:
    meeting = only_meeting(
        "Entouré du secrétaire général du ministère, Ousmane Diallo, le ministre de la Sécurité a exprimé, "
        "mardi à Bamako, sa gratitude envers le gouvernement coréen.\n\nDe son côté, l'ambassadeur coréen, "
        "Lee Min-ho, a assuré que son pays soutiendrait la police malienne.\n\nAu terme des échanges, les deux "
        "parties ont convenu d'élaborer un accord de coopération.",
        published="2026-06-12",
    )
    assert {"Ousmane Diallo", "Lee Min-ho"} <= {p.name for p in meeting.participants}
    assert meeting.location.city == "Bamako"
    assert str(meeting.date) == "2026-06-09"
    assert {"KR", "ML"} <= set(meeting.parties)


# -- two officials met, one of them never named --------------------------------------------------------


def test_the_two_ministers_who_talked_of_something_met() -> None:
    record = read_offline(
        "Les deux ministres, qui venaient de visiter le poste frontière commun, ont parlé de patrouilles "
        "mixtes, selon le ministère.\n\nLa cheffe du département et le ministre autrichien de l'Intérieur ont "
        "salué la coopération entre les deux pays. La conseillère fédérale Nora Frei a qualifié l'Autriche de "
        "partenaire essentiel.",
        published="2026-06-12",
    )
    assert record.is_meeting_report
    meeting = record.meetings[0]
    assert "AT" in meeting.parties
    assert "Nora Frei" in {p.name for p in meeting.participants}
    unnamed = [p for p in meeting.participants if p.name is None]
    assert [p.party for p in unnamed] == ["AT"]


def test_a_named_official_and_an_unnamed_one_add_no_one_twice() -> None:
    record = read_offline(
        "La conseillère fédérale Nora Frei et le ministre britannique de l'Intérieur ont signé jeudi un accord "
        "de coopération policière.\n\nLa conseillère fédérale Nora Frei et le ministre britannique ont salué "
        "l'accord.",
        published="2026-06-12",
    )
    meeting = record.meetings[0]
    assert [p.party for p in meeting.participants if p.name is None] == []


# -- a surname that starts with a capitalised particle: « Le », « La », « De » ----------------------------


def test_a_surname_that_opens_on_a_capitalised_article_is_kept_whole() -> None:
    record = read_offline(
        "The Director of the Public Security Department, Maj. Gen. Omar Haddad, on Monday met with Canada's "
        "Ambassador to Jordan, Louise Le Port Marchand. Cooperation between the two police services was "
        "discussed.",
        published="2026-06-12",
    )
    names_found = {p.name for p in record.meetings[0].participants}
    assert "Louise Le Port Marchand" in names_found


def test_an_office_after_a_name_is_not_a_surname() -> None:
    from communique.backends.rules import people

    sentence = "a reçu lundi à Tunis son homologue Paul Martin Le Directeur général de la police, M. Karim Ben Salah."
    found = [p.name for p in people.find(sentence, set())]
    assert "Karim Ben Salah" in found
    assert not any(name and name.endswith("Directeur") for name in found)


# -- the next leg of a trip is not where the encounter was ---------------------------------------------


def test_the_city_a_visitor_moves_on_to_is_not_the_meetings() -> None:
    record = read_offline(
        "On Tuesday, Lee Sung-ho, Commissioner of the Korean National Police Agency, visited the New Zealand "
        "Police and met with Deputy Commissioner Anna Brooks. They signed a memorandum on cybercrime.\n\n"
        "Commissioner Lee will then travel on to Auckland for a meeting with the Korean consulate.",
        published="2026-06-12",
    )
    meeting = record.meetings[0]
    assert meeting.location.city is None
    assert meeting.location.country == "NZ"


def test_an_announced_trip_to_a_city_is_still_where_they_will_meet() -> None:
    record = read_offline(
        "The Minister of Interior will travel to Rabat on Monday to meet his Moroccan counterpart, Karim Alaoui.",
        published="2026-06-12",
    )
    assert record.meetings[0].location.city == "Rabat"


# -- a programme's name is no one's -------------------------------------------------------------------


def test_a_programme_named_among_the_participants_is_no_person() -> None:
    record = read_offline(
        "A regional seminar on border security took place in Bishkek on Tuesday. It brought together experts "
        "from the OSCE, the Counter-Terrorism Cargo Tracing Programme (CT Cargo) of the United Nations and the "
        "European Union. OSCE expert Paul Ferris opened the seminar.",
        published="2026-06-12",
    )
    found = {p.name for m in record.meetings for p in m.participants}
    assert "Paul Ferris" in found
    assert not any(name and "Tracing" in name for name in found)


def test_the_words_before_programme_are_no_name() -> None:
    from communique.normalise import names

    assert names.trim("Counter-Terrorism Cargo Tracing Programme") == ""
    assert names.trim("Regional Travel Screening Program") == ""


# -- a gathering announced, then named by its number ------------------------------------------------------


def test_a_numbered_gathering_takes_the_day_and_place_the_sentence_before_announced() -> None:
    record = read_offline(
        "The Regional Security System (RSS) will hold a two-day meeting in Barbados from Thursday, focusing on "
        "maritime security.\n\nThe RSS said that the 9th meeting of the Council of Police Chiefs will bring "
        "together senior officials from seven member states.",
        published="2026-06-08",
    )
    assert record.is_meeting_report
    meeting = record.meetings[0]
    assert str(meeting.date) == "2026-06-11"
    assert meeting.location.country == "BB"


# -- territories are parties; a country's name borne as a given name is no place -----------------------


def test_territories_in_an_attendance_list_are_parties() -> None:
    record = read_offline(
        "The annual meeting of Caribbean police commissioners was held in Bridgetown on Tuesday. In attendance "
        "were Commissioners of Police from Barbados, Jamaica, Montserrat, Anguilla and the Cayman Islands.",
        published="2026-06-12",
    )
    assert {"MS", "AI", "KY"} <= set(record.meetings[0].parties)


def test_a_given_name_that_is_a_territorys_stays_in_the_name() -> None:
    record = read_offline(
        "The Executive Director of CEPOL, Mrs. Ana Montserrat Ruiz Gómez, visited the Italian police academy in "
        "Rome on Monday and met its director, Marco Bellini.",
        published="2026-06-12",
    )
    meeting = record.meetings[0]
    assert "Ana Montserrat Ruiz Gómez" in {p.name for p in meeting.participants}
    assert "MS" not in meeting.parties


# -- talks told by their noun between two offices, the visitor introduced before --------------------------


def test_the_visitor_introduced_before_is_the_office_the_talks_were_between() -> None:
    record = read_offline(
        "Le ministre danois de la Justice, Lars Holm, est arrivé ce mardi 10 mars à Bamako.\n\nLors de "
        "l'entretien entre le président malien et le ministre danois au palais de Koulouba, la lutte contre le "
        "terrorisme a dominé les échanges.",
        published="2026-03-10",
    )
    meeting = record.meetings[0]
    assert "Lars Holm" in {p.name for p in meeting.participants}
    assert {"DK", "ML"} <= set(meeting.parties)
    assert str(meeting.date) == "2026-03-10"


# -- a Quebec mission abroad: Quebec's side is Canada's --------------------------------------------------


def test_quebec_officials_abroad_are_of_canada() -> None:
    record = read_offline(
        "Deux enquêteurs québécois, Marc Tremblay et Chantal Gagnon, se sont rendus le 4 mai dernier en Belgique "
        "pour rencontrer leurs homologues belges au sujet de la cybercriminalité.\n\nÀ Bruxelles, ils se sont "
        "entretenus avec le directeur de la police judiciaire fédérale.",
        published="2026-06-12",
    )
    assert {"BE", "CA"} <= set(record.meetings[0].parties)
