"""Encounter phrasings agencies publish (issue 12), one family per case; sentences invented."""

from __future__ import annotations

import pytest

from communique.backends.rules.cues import Relation
from communique.backends.rules.encounters import _meeting_cue
from communique.config import resolve
from communique.pipeline import Pipeline


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        # courtesy calls and "called on": the subject is the visitor
        ("The Togolese police chief paid a courtesy call on his Beninese counterpart on Monday.", Relation.VISITS),
        ("The Chief of Staff paid a working visit and courtesy call to the Inspector-General.", Relation.VISITS),
        ("Ghana's ambassador, Kofi Mensah Boateng, here on Friday called on the Interior Minister.", Relation.VISITS),
        ("Le directeur a rendu jeudi une visite de courtoisie à son homologue malien.", Relation.VISITS),
        ("The commissioner paid a three-day working visit to the northern command.", Relation.VISITS),
        # the day between "will" and the verb
        ("The Inspector-General will on Friday host his Ghanaian counterpart in Abuja.", Relation.RECEIVES),
        ("The minister will today meet the visiting Ambassador of Japan.", Relation.WITH),
        # visits under way and expected
        ("The Police Commissioner is visiting Tonga this week to meet police leaders.", Relation.VISITS),
        ("Le secrétaire général d'Interpol est attendu dimanche à Bamako.", Relation.VISITS),
        # delegations, also with a common misspelling
        ("The Inspector-General recieved a delegation led by the head of the regional bureau.", Relation.RECEIVES),
        # meetings without a main meeting verb
        ("The minister, in a meeting with the Dutch ambassador on Sunday, agreed to share data.", Relation.WITH),
        ("Le ministre a eu, durant trois jours, à Lisbonne, une série d'entretiens avec ses homologues.", Relation.WITH),
        ("Le ministre a enchaîné lundi les rencontres avec ses homologues européens.", Relation.WITH),
        ("The minister discussed today with a visiting delegation the security of the border.", Relation.WITH),
        # the counterpart first: "With X, he discussed ..."
        ("With the Head of the Border Guard, Anna Nowak Lis, she discussed the patrols.", Relation.WITH),
        ("Avec le ministre de l'Intérieur, Paul Mensah Kodjo, il a évoqué la formation.", Relation.WITH),
        # a signing told as a noun: "following the signing of a memorandum with X"
        ("Speaking after the signing of a memorandum of understanding with the Chief of Defence Staff, he said.",
         Relation.WITH),
        ("Lors de la signature d'un protocole d'accord avec le directeur de la police, le ministre a salué.",
         Relation.WITH),
        # nominal and passive encounters, openings, signings
        ("La coopération était mardi au cœur d'un entretien entre le ministre et l'ambassadeur du Japon.",
         Relation.TOGETHER),
        ("Les questions migratoires ont fait l'objet d'une rencontre, jeudi, entre le ministre et son hôte.",
         Relation.TOGETHER),
        ("Les dossiers ont été passés en revue hier à Oran par le directeur et la directrice italienne.",
         Relation.TOGETHER),
        ("Le directeur général a ouvert lundi à Oran les activités et travaux de la réunion régionale.",
         Relation.TOGETHER),
        ("The Inspector-General declared open the meeting of the region's police chiefs.", Relation.TOGETHER),
        ("Le ministre a présidé mardi l'ouverture d'un séminaire régional sur la cybercriminalité.",
         Relation.TOGETHER),
        ("The IGP will head a team of senior officers at the annual conference in Lisbon.", Relation.TOGETHER),
        ("Les deux directeurs ont procédé jeudi à Dakar à la signature d'une convention.", Relation.TOGETHER),
        ("Europol and the Federal Investigation Bureau signed a working arrangement on Thursday.", Relation.TOGETHER),
        ("Les travaux de la réunion des chefs de police ont débuté dimanche à Alger.", Relation.TOGETHER),
        # a readout's only encounter words, and "signed" misspelt
        ("Readout of a meeting between the Home Secretary and the Minister for Justice.", Relation.TOGETHER),
        ("The two ministers singed a memorandum of understanding on policing.", Relation.TOGETHER),
    ],
)  # fmt: skip
def test_agency_phrasings_open_a_meeting(sentence: str, relation: Relation) -> None:
    cue = _meeting_cue(sentence)
    assert cue is not None and cue[0] is relation


@pytest.mark.parametrize(
    "sentence",
    [
        "Information received through Europol led to the seizure of two tonnes of cannabis.",
        "The new Inspector-General was appointed by decree on Friday.",
        "Le ministre a rappelé le rôle des polices dans la lutte contre la criminalité.",
    ],
)
def test_sentences_without_an_encounter_open_none(sentence: str) -> None:
    assert _meeting_cue(sentence) is None


PIPELINE = Pipeline(resolve({"backend": "rules", "cache": False}))


def _is_meeting_report(text: str) -> bool:
    return PIPELINE.analyse(text).is_meeting_report


@pytest.mark.parametrize(
    "text",
    [
        "Le directeur général, le général Sidi Ould Mahmoud, s'est réuni samedi à Kiffa avec ses cadres "
        "et officiers pour faire le bilan de l'année.",
        "The Inspector-General of Police, Dr Kwesi Adjei Boateng, visited the Ashanti Regional Police Command "
        "on Monday and addressed the officers.",
    ],
)
def test_a_chief_with_his_own_service_is_not_a_meeting_report(text: str) -> None:
    assert not _is_meeting_report(text)


def test_a_meeting_with_a_counterpart_and_ones_own_officers_still_is() -> None:
    assert _is_meeting_report(
        "Le directeur général, Sidi Ould Mahmoud, s'est réuni samedi à Kiffa avec ses officiers et son "
        "homologue malien, Moussa Diarra Keita."
    )


def test_a_headline_in_capitals_and_a_passive_signing_add_no_meeting() -> None:
    analysis = PIPELINE.analyse(
        "---\npublished: 2026-06-12\n---\nPOLICE SIGNS ARRANGEMENT WITH EUROPOL\n\n"
        "Europol and the Ghana Police Service signed a working arrangement on Thursday in The Hague. "
        "The arrangement was signed by Europol's Executive Director, Anneke Visser Bos, and the "
        "Inspector-General of Police, Kwame Ofori Asante."
    )
    assert len(analysis.meetings) == 1
    assert {p.name for p in analysis.meetings[0].participants} == {"Anneke Visser Bos", "Kwame Ofori Asante"}


def test_an_assurance_given_in_a_meeting_is_an_outcome_not_another_meeting() -> None:
    analysis = PIPELINE.analyse(
        "---\npublished: 2026-06-12\n---\n"
        "The Inspector-General of Police, Musa Bala Danladi, received a delegation led by Ms Karin Holm Berg "
        "on Tuesday in Abuja. The Inspector-General assured the delegation that the Force will host a "
        "regional course on digital evidence later this year."
    )
    assert len(analysis.meetings) == 1
    assert [o.type.value for o in analysis.meetings[0].outcomes] == ["other"]


def test_a_series_of_talks_with_people_of_one_country_is_one_meeting_each() -> None:
    analysis = PIPELINE.analyse(
        "---\npublished: 2026-06-12\n---\n"
        "Le ministre de l'Intérieur, Karim Ben Slimane, a eu cette semaine à Lisbonne une série d'entretiens "
        "avec de hauts responsables portugais, notamment le ministre de l'Intérieur, Rui Mendes Faria, et la "
        "directrice de la police, Ana Lopes Vidal. Avec M. Faria, il a été question des migrations. "
        "L'entretien avec Mme Vidal a porté sur la formation."
    )
    guests = [{p.name for p in m.participants if p.name} - {"Karim Ben Slimane"} for m in analysis.meetings]
    assert guests == [{"Rui Mendes Faria"}, {"Ana Lopes Vidal"}]


def test_a_reception_with_an_adverb_before_the_passive_opens_a_meeting() -> None:
    cue = _meeting_cue("Le ministre a également été reçu par le commandant de la garde, Paolo Neri Conti.")
    assert cue is not None and cue[0] is Relation.RECEIVED


def test_an_agreement_between_two_people_names_its_signatories() -> None:
    analysis = PIPELINE.analyse(
        "---\npublished: 2026-06-12\n---\n"
        "Norway and Europol signed an agreement on Tuesday in The Hague. The agreement was between the "
        "Norwegian Police Commissioner, Ola Berg Hansen, and Europol's Executive Director, Marta Silva Rocha."
    )
    assert {p.name for m in analysis.meetings for p in m.participants} == {
        "Ola Berg Hansen",
        "Marta Silva Rocha",
    }


@pytest.mark.parametrize(
    "later",
    [
        "Also at the table was the Director of Operations, Ama Serwaa Boateng.",
        "Also attending was the Director of Operations, Ama Serwaa Boateng.",
        "L'accord a été paraphé au siège par la directrice des opérations, Ama Serwaa Boateng.",
    ],
)
def test_people_at_the_table_or_initialling_take_part(later: str) -> None:
    analysis = PIPELINE.analyse(
        "---\npublished: 2026-06-12\n---\n"
        f"The Inspector-General of Police, Kofi Badu Mensah, received a delegation on Tuesday in Accra. {later}"
    )
    assert "Ama Serwaa Boateng" in {p.name for m in analysis.meetings for p in m.participants}


def test_a_capitalised_name_after_the_is_a_things_not_a_persons() -> None:
    analysis = PIPELINE.analyse(
        "---\npublished: 2026-02-10\n---\n"
        "The Minister for Justice, Niamh Gallagher Burke, met the Home Secretary on the Common Travel Area."
    )
    assert [p.name for m in analysis.meetings for p in m.participants if p.name] == ["Niamh Gallagher Burke"]
