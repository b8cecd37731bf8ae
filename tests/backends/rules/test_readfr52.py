"""Classes of misreading found on French pages not read before (readfr52, the train half of a train/test split).
Every sentence invented."""

from __future__ import annotations

import pytest
from support import only_meeting, read_offline, sides_of

from communique.schema import Role, Topic


# an audience told by its participle, the participle left masculine though « audience » is feminine (a slip pages
# make): the audience is still an encounter, its two sides still named
@pytest.mark.parametrize(
    "text",
    [
        "Retour sur l'audience accordé par l'ambassadeur du Portugal au Bénin, S.E Rui Matos, au directeur général "
        "de la police républicaine, le contrôleur général Séverin Dossou, le 4 mai dernier.",
        "Cotonou, 6 mai 2026 – Audience accordé lundi par le ministre de l'Intérieur, Alain Gbaguidi, au chef de la "
        "police fédérale autrichienne, Franz Huber.",
        "Le directeur général de la police, Séverin Dossou, a salué la coopération avec le Nigeria lors de l'audience "
        "qu'il a accordé au commissaire nigérian Musa Bello.",
        "A look back at the audience granted by the Ambassador of Portugal to Benin, H.E. Rui Matos, to the "
        "Director General of the Republican Police, Séverin Dossou, on 4 May.",
    ],
)
def test_an_audience_granted_whatever_the_participle_names_both_sides(text: str) -> None:
    record = read_offline(text, published="2026-05-06")
    assert record.is_meeting_report
    names = {p.name for m in record.meetings for p in m.participants if p.name}
    assert len(names) == 2, names


# an envoy is his sender's: « l'envoyé(e) spécial(e) du Canada en Haïti » is Canada's, posted to Haiti
@pytest.mark.parametrize(
    ("text", "envoy", "party"),
    [
        ("Le directeur général de la police nationale, Marc Joseph, a reçu mardi à Port-au-Prince l'envoyé spécial "
         "du Japon en Haïti, Kenji Ito.", "Kenji Ito", "JP"),
        ("Le ministre de la Sécurité, Ibrahim Maïga, s'est entretenu à Bamako avec l'envoyée spéciale de la Norvège "
         "au Mali, Ingrid Dahl.", "Ingrid Dahl", "NO"),
        ("Une délégation conduite par l'envoyé spécial de l'Allemagne au Niger, Klaus Weber, a rencontré à Niamey "
         "le directeur général de la police nationale, Moussa Issa.", "Klaus Weber", "DE"),
    ],
)  # fmt: skip
def test_a_special_envoy_is_his_senders(text: str, envoy: str, party: str) -> None:
    meeting = only_meeting(text)
    assert next(p for p in meeting.participants if p.name == envoy).party == party


# « Coordonnateur », « Coordonnatrice »: the Francophone spellings of an office, never part of the name after them
@pytest.mark.parametrize("title", ["Coordonnateur", "Coordonnatrice", "Coordinatrice"])
def test_a_coordinators_office_is_not_his_name(title: str) -> None:
    text = f"Le {title} Jean Mensah a été reçu jeudi à Cotonou par le directeur général de la police, Séverin Dossou."
    names = {p.name for p in only_meeting(text).participants}
    assert "Jean Mensah" in names
    assert not any(title in (n or "") for n in names)


# where an officer is posted, told by « en poste à » or "posted at", is not where the meeting is
@pytest.mark.parametrize(
    "text",
    [
        "Le commissaire Paul Roux, en poste à l'ambassade de France à Abuja, a été reçu mardi à Cotonou par le "
        "directeur général de la police, Séverin Dossou.",
        "Superintendent Mary Cole, posted at the British Embassy in Abuja, was received on Tuesday in Cotonou by the "
        "Director General of Police, Séverin Dossou.",
    ],
)
def test_an_officers_posting_is_not_the_meetings_place(text: str) -> None:
    location = only_meeting(text).location
    assert location is not None
    assert location.city == "Cotonou"


# an encounter told by its end in a clause that opens the sentence: the one met is named in the clause, the one who
# met him after it (« À l'issue d'une rencontre avec B, A a … »), as "At a meeting with B, A said" is read
@pytest.mark.parametrize(
    "text",
    [
        "À l'issue d'une rencontre avec le ministre de la Sécurité, Yacouba Sanou, le ministre ivoirien de "
        "l'Intérieur, Bamba Koné, a déclaré vendredi à Ouagadougou que les patrouilles conjointes reprendraient.",
        "Au sortir d'une séance de travail avec le directeur général de la police, le contrôleur général Yacouba "
        "Sanou, le ministre ivoirien de l'Intérieur, Bamba Koné, a annoncé vendredi à Ouagadougou des patrouilles "
        "conjointes.",
    ],
)
def test_the_one_met_in_a_fronted_clause_hosts_the_one_named_after_it(text: str) -> None:
    roles = sides_of(text)
    assert roles["Yacouba Sanou"] == ("BF", Role.HOST)
    assert roles["Bamba Koné"] == ("CI", Role.GUEST)


# trainers sent are training: « l'envoi de formateurs », "will deploy instructors"
@pytest.mark.parametrize(
    "text",
    [
        "Le ministre de la Sécurité, Yacouba Sanou, a reçu mardi à Ouagadougou l'ambassadeur du Canada, Marc Roy, qui "
        "a annoncé l'envoi de formateurs en police de proximité.",
        "The Inspector-General of Police, Kofi Asante, received the Ambassador of Canada, Marc Roy, in Accra on "
        "Tuesday; Canada will deploy two instructors in community policing.",
    ],
)
def test_trainers_sent_are_training(text: str) -> None:
    assert Topic.TRAINING in only_meeting(text).topics


# an office after a name, its comma and its article, that a verb ends (no comma closing it) opens the next clause:
# « …, B, le ministre ivoirien a indiqué » — the office is not B's, B keeps his own side
@pytest.mark.parametrize(
    "text",
    [
        "Le ministre ivoirien de l'Intérieur, Bamba Koné, a exprimé vendredi à Ouagadougou le souhait d'une coopération "
        "renforcée. S'exprimant à l'issue d'une rencontre avec le ministre de la Sécurité, Yacouba Sanou, le ministre "
        "ivoirien a indiqué que les patrouilles conjointes reprendraient.",
        "Ivorian Interior Minister Bamba Koné was in Ouagadougou on Friday. Speaking after a meeting with the Minister "
        "of Security, Yacouba Sanou, the Ivorian minister said joint patrols would resume.",
    ],
)
def test_an_office_that_a_verb_ends_is_not_the_apposition_of_the_name_before(text: str) -> None:
    roles = sides_of(text)
    assert roles["Yacouba Sanou"] == ("BF", Role.HOST)
    assert roles["Bamba Koné"] == ("CI", Role.GUEST)
