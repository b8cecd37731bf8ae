"""Classes the 30th reading of real communiqués found, fixed in the offline reader; every sentence
invented, none of them an eval case's."""

from __future__ import annotations

import datetime as dt

from support import only_meeting, read_offline

from communique.backends.rules import people
from communique.normalise import dates

# -- F2: an audience granted in English, two chiefs who « se sont rencontrés » -----------------------------


def test_an_audience_granted_to_a_visiting_chief_is_a_meeting() -> None:
    meeting = only_meeting(
        "The Minister of Home Affairs, Ruth Phiri, on Tuesday granted an audience to the visiting Inspector "
        "General of the Botswana Police Service, Keabetswe Molefe, in Gaborone.",
        published="2026-09-10",
    )
    names = {p.name for p in meeting.participants}
    assert {"Ruth Phiri", "Keabetswe Molefe"} <= names


def test_separate_audiences_granted_in_a_city_are_separate_meetings() -> None:
    record = read_offline(
        "The Minister of Security, Amos Nkemba, on 2 June 2026 granted separate audiences in Douala to the "
        "Ambassador of Spain, Luis Ortega, and to the High Commissioner of Nigeria, Bola Adeyemi.",
        published="2026-06-03",
    )
    assert record.is_meeting_report
    guests = [{p.name for p in m.participants} for m in record.meetings]
    assert any("Luis Ortega" in g and "Bola Adeyemi" not in g for g in guests)


def test_two_ministers_who_met_at_a_border_town_held_a_meeting_under_a_headline_of_arrests() -> None:
    record = read_offline(
        "Opération conjointe : 20 individus interpellés et 12 motos saisies\n\n"
        "Le ministre de la Sécurité du Mali, Oumar Keïta, et son collègue chargé de l'Intérieur de la Guinée, "
        "Sékou Camara, se sont rencontrés le 4 mars 2026 à Kouremalé pour faire le bilan de l'opération.",
        published="2026-03-06",
    )
    assert record.is_meeting_report
    (meeting,) = record.meetings
    assert meeting.date == dt.date(2026, 3, 4)
    assert {"GN", "ML"} <= set(meeting.parties)


# -- F3: who sent the delegation, a relative mourned, a country only in the meeting's context --------------


def test_who_dispatched_the_delegation_and_a_relative_mourned_take_no_part() -> None:
    meeting = only_meeting(
        "Le Président de la République du Bénin, Éric Sossa, a reçu le 3 mai 2026 à Parakou une délégation "
        "malienne.\n\nLa délégation, conduite par le ministre de la Sécurité, le colonel Adama Diarra, était "
        "dépêchée par le général Moussa Traoré.\n\nLa délégation a en outre présenté ses condoléances au chef "
        "de l'État, endeuillé par la disparition de la mère du Président de la République, Awa Sossa.",
        published="2026-05-04",
    )
    names = {p.name for p in meeting.participants}
    assert "Adama Diarra" in names
    assert not names & {"Moussa Traoré", "Awa Sossa"}


def test_a_foreign_army_in_what_the_meeting_came_after_is_no_party() -> None:
    meeting = only_meeting(
        "Le Premier ministre libanais Karim Saadé a reçu lundi à Saïda le directeur de la Sûreté générale, "
        "le général Walid Aoun.\n\nCette rencontre intervient après des frappes de l'armée israélienne sur "
        "un village du Sud.",
        published="2026-03-10",
    )
    assert meeting.parties == ["LB"]


def test_a_demonym_two_countries_share_gives_way_to_the_country_named_in_the_title() -> None:
    sentence = (
        "Le commissaire général de la Police nationale congolaise (PNC) de la République démocratique du Congo "
        "(RDC), le général Jean Kabongo, a ouvert mardi à Goma la réunion des chefs de police de la région."
    )
    (kabongo,) = people.find(sentence, frozenset({"CD"}))
    assert (kabongo.name, kabongo.party) == ("Jean Kabongo", "CD")


# -- F4: a delegation passing through, its companion, a speaker named after « Selon » ----------------------


def test_a_delegation_passing_through_a_headquarters_is_a_visit_led_by_its_head() -> None:
    meeting = only_meeting(
        "Une délégation d'officiers de la police hongroise, conduite par le colonel Gábor Nagy, était dans la "
        "matinée d'hier de passage au quartier général de la Gendarmerie nationale.\n\nLes deux parties se sont "
        "entretenues de la formation des personnels.",
        published="2026-10-15",
    )
    assert meeting.kind.value == "official_visit"
    assert [(p.name, p.role.value) for p in meeting.participants] == [("Gábor Nagy", "guest")]
    assert meeting.date == dt.date(2026, 10, 14)


def test_the_speaker_named_after_selon_took_part() -> None:
    meeting = only_meeting(
        "Le ministre nigérien de l'Intérieur, Ali Mahamane, a reçu en audience, jeudi 5 mars 2026, une "
        "délégation tchadienne en visite d'étude.\n\nSelon l'inspecteur général de la police tchadienne, Hassan "
        "Abakar, la police nigérienne est exemplaire.",
        published="2026-03-06",
    )
    assert "Hassan Abakar" in {p.name for p in meeting.participants}


# -- F6: a courtesy visit paid during a summit is a visit ----------------------------------------------------


def test_a_courtesy_visit_paid_during_a_stay_for_a_summit_is_a_visit() -> None:
    meeting = only_meeting(
        "Profitant de son séjour à Victoria dans le cadre du sommet de la COI, le directeur régional d'INTERPOL, "
        "Samuel Otieno, a effectué une visite de courtoisie auprès du commissaire de police, Joseph Hoarau, hier.",
        published="2026-04-09",
    )
    assert meeting.kind.value == "official_visit"


# -- F7: a day and month months after the publication, a relative day and the date it is -------------------


def test_a_day_and_month_of_a_meeting_held_months_after_the_publication_is_last_years() -> None:
    assert dates.resolve("le 20 août", dt.date(2026, 4, 2)) == (dt.date(2025, 8, 20), None)
    assert dates.resolve("le 20 août", dt.date(2026, 4, 2), future=True) == (dt.date(2026, 8, 20), None)
    assert dates.resolve("le 20 mai", dt.date(2026, 4, 2)) == (dt.date(2026, 5, 20), None)


def test_a_relative_day_and_the_full_date_in_apposition_give_the_date() -> None:
    meeting = only_meeting(
        "Le ministre de l'Intérieur, Georges Khalil, a visité ce matin, le 12/6/2026, le quartier général de la "
        "police à Zahlé, où il a été accueilli par le commandant, le général Toufic Abi Nader."
    )
    assert meeting.date == dt.date(2026, 6, 12)


# -- F4 (more): whose view a quotation gives, the country a delegation is named for --------------------------


def test_the_officer_whose_view_a_quotation_gives_took_part_without_his_country_in_his_name() -> None:
    meeting = only_meeting(
        "Une rencontre sur la sécurité des frontières a réuni les délégations du Bénin et du Nigeria le 3 août "
        "à Kétou.\n\nPour le commandant Firmin Adjovi du Bénin, « la coordination doit devenir permanente ».",
        published="2026-08-05",
    )
    assert "Firmin Adjovi" in {p.name for p in meeting.participants}


def test_a_country_named_before_the_delegation_its_minister_heads_is_a_side() -> None:
    meeting = only_meeting(
        "Interior Minister Lina Tamatea met the Prime Minister of Fiji, Josaia Rabuka, in Suva this week. "
        "Minister Tamatea is heading a Tonga police and prisons delegation during a three-day visit to Fiji.",
        published="2026-08-05",
    )
    assert {"FJ", "TO"} <= set(meeting.parties)


# -- F3 (more): the seat of government named where the news was posted is no one ----------------------------


def test_the_grand_serail_of_a_post_is_no_participant() -> None:
    meeting = only_meeting(
        "Le Premier ministre libanais Nabil Frem a reçu jeudi le chef de la Sécurité de l'État, le général "
        "Fouad Khoury, a-t-on annoncé sur le compte X du Grand Sérail.",
        published="2026-06-12",
    )
    assert {p.name for p in meeting.participants} == {"Nabil Frem", "Fouad Khoury"}


# -- F1/F3 (more): officials received, then called the delegation; a mourned relative after a message -------


def test_officials_received_then_called_the_delegation_are_of_their_country() -> None:
    meeting = only_meeting(
        "Le Président de la République, Paul Mensah, a reçu le 2 juin 2026 à Lomé plusieurs officiels, membres "
        "du gouvernement du Niger.\n\nLa délégation, conduite par le ministre de la Sécurité, le colonel Issa "
        "Moussa, était porteuse d'un message.",
        published="2026-06-03",
    )
    moussa = next(p for p in meeting.participants if p.name == "Issa Moussa")
    assert (moussa.party, moussa.role.value) == ("NE", "guest")


def test_a_relative_mourned_after_a_message_of_condolences_takes_no_part() -> None:
    meeting = only_meeting(
        "Le Président de la République, Paul Mensah, a reçu le 2 juin 2026 à Lomé une délégation nigérienne "
        "conduite par le ministre de la Sécurité, le colonel Issa Moussa.\n\nLa délégation a transmis le "
        "message de condoléances des autorités nigériennes au chef de l'État, endeuillé par la disparition de "
        "la sœur du Président de la République, Ama Mensah.",
        published="2026-06-03",
    )
    assert "Ama Mensah" not in {p.name for p in meeting.participants}


def test_what_was_handed_to_an_officer_is_not_his_title() -> None:
    title, _, _ = people.clean_title(
        "insignes de commandeur de l'ordre national du Mérite au", frozenset({"FR"})
    )
    assert title is None


def test_the_country_an_envoy_is_posted_to_is_no_further_audience_of_a_series() -> None:
    record = read_offline(
        "The Minister of Security, Amos Nkemba, on 2 June 2026 received separately the British High "
        "Commissioner, Jane Porter, and the Ambassador of Spain to Cameroon, Luis Ortega.",
        published="2026-06-03",
    )
    assert len(record.meetings) == 2
