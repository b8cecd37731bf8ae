"""Classes the 33rd reading of real communiqués found, fixed in the offline reader; every sentence
invented, none of them an eval case's."""

from __future__ import annotations

from support import only_meeting

from communique.schema import MeetingKind, Role

# -- K1: an encounter told only by its noun ------------------------------------------------------------


def test_talks_that_followed_a_courtesy_visit_of_the_guest_to_the_offices_of_the_hosts() -> None:
    meeting = only_meeting(
        "The talks on Monday followed a courtesy visit of the Commissioner of Police to the offices of the "
        "Minister of Security, Joyce Wanjiru, and the Principal Secretary, Daniel Otieno, in Nairobi.",
        published="2026-02-11",
    )
    assert meeting.kind is MeetingKind.OFFICIAL_VISIT
    roles = {p.name: p.role for p in meeting.participants}
    assert roles.get("Joyce Wanjiru") is Role.HOST
    assert roles.get("Daniel Otieno") is Role.HOST


def test_a_request_made_during_a_courtesy_call_of_an_envoy() -> None:
    meeting = only_meeting(
        "The Minister of Internal Affairs, Paul Chanda, made the request during a courtesy call of the "
        "Counsellor at the German Embassy, Anna Vogel, at his office on Tuesday.",
        published="2026-02-11",
    )
    roles = {p.name: p.role for p in meeting.participants}
    assert roles.get("Anna Vogel") is Role.GUEST


def test_the_main_point_of_a_meeting_between_two_named_with_an_abbreviated_rank() -> None:
    meeting = only_meeting(
        "Training was the main point of a meeting between the Bureau Director, retired Brig.-Gen. Ade Bello and "
        "the Liaison Officer of the UK-NCA, Ms Sarah Cole on Monday in Lagos.",
        published="2026-02-11",
    )
    titles = {p.name: p.title for p in meeting.participants}
    assert "Sarah Cole" in titles
    assert "retired" not in (titles.get("Ade Bello") or "retired")


def test_two_who_led_their_respective_sides_in_the_dialogue_held_it() -> None:
    meeting = only_meeting(
        "Chief Superintendent Lwazi Dube and Commissioner Neo Molefe led their respective sides in the border "
        "security dialogue, said a statement issued in Gaborone.",
        published="2026-02-11",
    )
    assert {"Lwazi Dube", "Neo Molefe"} <= {p.name for p in meeting.participants}


def test_a_navy_rank_after_a_title_is_not_part_of_it() -> None:
    meeting = only_meeting(
        "Le directeur général de la police, Omar Saadi, s'est entretenu mardi à Alger avec le directeur de la "
        "coopération de sécurité au ministère français des Armées, le vice-amiral Paul Girard.",
        published="2026-02-11",
    )
    titles = {p.name: p.title for p in meeting.participants}
    title = titles.get("Paul Girard") or ""
    assert title.startswith("directeur de la coopération") and "amiral" not in title


# -- K5: an envoy's office with its qualifier after "US" ---------------------------------------------------


def test_us_before_an_acting_ambassador_and_a_political_counselor_is_the_united_states() -> None:
    meeting = only_meeting(
        "Interior Minister Imran Baig met US Acting Ambassador Rose Keller on Monday in Islamabad. The meeting "
        "was attended by US Political Counselor Tom Reed.",
        published="2026-02-11",
    )
    parties = {p.name: p.party for p in meeting.participants}
    assert parties.get("Rose Keller") == "US" and parties.get("Tom Reed") == "US"
    assert "US" in meeting.parties


# -- K6: a seat named inside a title is not the venue ------------------------------------------------------


def test_a_ministry_inside_a_guests_title_is_not_the_venue() -> None:
    meeting = only_meeting(
        "Le directeur général de la police, Samir Haddad, a reçu hier à Tunis le conseiller pour la sécurité "
        "intérieure au ministère néerlandais de la Justice, Pieter de Vries.",
        published="2026-02-11",
    )
    assert meeting.location.venue is None


def test_a_seat_after_a_director_and_his_verb_is_the_venue() -> None:
    meeting = only_meeting(
        "Le directeur général de la police, Samir Haddad, a reçu au siège de la Direction générale le "
        "commissaire divisionnaire belge Pieter Claes.",
        published="2026-02-11",
    )
    assert meeting.location.venue is not None and meeting.location.venue.startswith("siège")


# -- K7: a lead that tells who attended the encounter told after it ---------------------------------------


def test_a_lead_telling_who_attended_is_the_meeting_told_after_it() -> None:
    meeting = only_meeting(
        "La rencontre, à laquelle a assisté le directeur de la police judiciaire, Karim Zouari, a permis de "
        "faire le point sur la coopération. Le ministre de l'Intérieur, Sami Ben Salah, s'est entretenu lundi "
        "avec l'ambassadeur d'Italie en Tunisie, Marco Rossi.",
        published="2026-02-11",
    )
    roles = {p.name: p.role for p in meeting.participants}
    assert roles.get("Karim Zouari") is Role.HOST
    assert {"Sami Ben Salah", "Marco Rossi"} <= set(roles)


# -- K3: a delegation listed with each title after its name ------------------------------------------------


def test_a_title_after_a_name_and_its_qualifier_is_that_ones_not_the_next() -> None:
    meeting = only_meeting(
        "The Commissioner of Police, Ravi Sharma, received a British delegation on Monday in Port Louis. The "
        "delegation was led by Ms. Jane Hughes, Deputy Regional Director of the Agency, and included Mr. Tom "
        "Wells, Senior Adviser, and Mr. Sam Price, Head of the Agency office in Nairobi.",
        published="2026-02-11",
    )
    titles = {p.name: p.title for p in meeting.participants}
    assert titles.get("Jane Hughes") == "Deputy Regional Director of the Agency"
    assert "included" not in (titles.get("Tom Wells") or "")
    assert "Adviser" not in (titles.get("Sam Price") or "")


# -- K2: a body by its country's and its own acronyms is no one ------------------------------------------


def test_a_country_abbreviation_and_a_bodys_acronym_are_not_a_persons_name() -> None:
    from communique.normalise import names

    assert not names.person_shaped("US INL")
    assert not names.person_shaped("US AFRICOM")
    assert names.person_shaped("Ousmane KOUROUMA")


# -- K4: a name after mixed quotation marks is not inside a quotation -------------------------------------


def test_a_holder_named_after_mixed_quotes_names_the_one_his_office_tells_later() -> None:
    meeting = only_meeting(
        "Dakar, 3 juin (APD) - La coopération, \"solide'' et fondée sur la ''confiance'', doit se renforcer, a "
        "indiqué mardi à Dakar le ministre portugais de l'Intérieur, Rui Costa. Arrivé lundi à Dakar, le ministre "
        "de l'Intérieur portugais a eu une séance de travail avec son homologue sénégalais.",
        published="2026-06-03",
    )
    assert "Rui Costa" in {p.name for p in meeting.participants}


def test_the_caller_office_before_to_the_offices_of_is_not_the_hosts_title() -> None:
    meeting = only_meeting(
        "The talks on Monday followed a courtesy visit of the Commissioner of Police to the offices of the "
        "Minister of Security, Joyce Wanjiru, in Nairobi.",
        published="2026-02-11",
    )
    titles = {p.name: p.title for p in meeting.participants}
    assert "Commissioner" not in (titles.get("Joyce Wanjiru") or "")


# -- a seat's own adverbs of place and day are not part of it ---------------------------------------------


def test_here_and_yesterday_after_a_seat_are_not_its_name() -> None:
    meeting = only_meeting(
        "Commissioner Rahim Noor and General Budi Santoso signed the border pact at the Sabah Police "
        "Contingent Headquarters here yesterday.",
        published="2026-02-11",
    )
    assert meeting.location.venue == "Sabah Police Contingent Headquarters"
