"""Kinds, topics, outcomes and date spans as agencies word them, second round (issue 12):
each test names a way of writing seen in published communiqués, in invented words."""

from __future__ import annotations

import datetime as dt

import pytest
from support import read_offline as read

from communique.backends.rules import outcomes
from communique.normalise.dates import find_phrases
from communique.normalise.dates import resolve as resolve_date
from communique.normalise.topics import topics_in
from communique.schema import MeetingKind, OutcomeType, Topic


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Inspector General, John Okello, met his Rwandan counterpart, Felix Mugisha Karera, on Monday. "
         "The meeting was held when the Rwandan police chief paid a courtesy call on him in Kampala.",
         MeetingKind.OFFICIAL_VISIT),
        ("The talks took place during a courtesy call by a delegation of the British High Commission on the "
         "Inspector General, John Okello, in Kampala on Monday.", MeetingKind.OFFICIAL_VISIT),
        ("Le directeur général, M. Paul Ndong, s'est entretenu lundi avec son homologue congolais, M. Jean Mabiala. "
         "L'entretien s'est déroulé lors de la visite de courtoisie que l'hôte congolais a rendue au directeur.",
         MeetingKind.OFFICIAL_VISIT),
        # a courtesy call of another time, told of someone else, does not make it a visit
        ("The Inspector General, John Okello, held talks on Monday in Kampala with the Director, Ali Hassan Omar, "
         "who had paid a courtesy call on his predecessor in 2024.", MeetingKind.WORKING_MEETING),
    ],
)  # fmt: skip
def test_a_courtesy_call_makes_a_visit(text: str, kind: MeetingKind) -> None:
    assert read(text).meetings[0].kind is kind


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("cooperation against transnational crimes", Topic.ORGANISED_CRIME),
        ("reinforcing joint security operations", Topic.OPERATIONAL_COOPERATION),
        ("bilateral and operational collaboration", Topic.OPERATIONAL_COOPERATION),
    ],
)
def test_topic_wordings(words: str, topic: Topic) -> None:
    assert topic in topics_in(words)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Une réunion s'est tenue jeudi à Nouakchott entre les ministres de l'Intérieur de Mauritanie, "
            "du Mali, du Sénégal et de Gambie.",
            MeetingKind.CONFERENCE,
        ),
        (
            "The Home Secretary will host ministers in London on Friday for talks on smuggling. "
            "The meeting between the United States, Australian, Canadian and New Zealand counterparts will focus on returns.",
            MeetingKind.CONFERENCE,
        ),
        # two sides, and third countries only spoken of, are a working meeting
        (
            "The Minister, Karim Bensouda, held talks on Monday in Rabat with his Spanish counterpart, Luis Ortega, "
            "on the situation between Mali, Niger and Libya.",
            MeetingKind.WORKING_MEETING,
        ),
    ],
)
def test_a_meeting_among_three_countries_or_more_is_a_conference(text: str, kind: MeetingKind) -> None:
    assert read(text).meetings[0].kind is kind


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At the end of the talks, several agreements were signed by the two sides.",
         [(OutcomeType.AGREEMENT_SIGNED, "several agreements were signed")]),
        ("Plusieurs accords ont été signés à l'issue des entretiens.",
         [(OutcomeType.AGREEMENT_SIGNED, "Plusieurs accords ont été signés à l'issue des entretiens")]),
        ("The minister received an invitation from his host to visit Muscat in the coming months.",
         [(OutcomeType.FOLLOW_UP_PLANNED, "received an invitation from his host to visit Muscat in the coming months")]),
        ("Il a adressé à son hôte une invitation à se rendre à Dakar, que le ministre a acceptée.",
         [(OutcomeType.FOLLOW_UP_PLANNED, "une invitation à se rendre à Dakar")]),
        ('"I am going to visit Kuala Lumpur in the near future," he added.',
         [(OutcomeType.FOLLOW_UP_PLANNED, "going to visit Kuala Lumpur in the near future")]),
        ("Les deux ministres ont convenu qu'un accord de coopération soit signé dans les trente jours.",
         [(OutcomeType.AGREEMENT_PLANNED, "un accord de coopération soit signé dans les trente jours")]),
        ("Ils conviennent également de la tenue de rencontres périodiques entre les gouverneurs.",
         [(OutcomeType.FOLLOW_UP_PLANNED, "la tenue de rencontres périodiques entre les gouverneurs")]),
        (
            "He promised all possible cooperation from the Punjab police to train Jordanian investigators.",
            [(OutcomeType.OTHER, "train Jordanian investigators")],
        ),
        (
            "The two sides agreed to hold a Counter-Narcotics Dialogue in Amman.",
            [(OutcomeType.FOLLOW_UP_PLANNED, "hold a Counter-Narcotics Dialogue in Amman")],
        ),
        (
            "A joint communiqué of resolutions was signed by the two police chiefs.",
            [(OutcomeType.AGREEMENT_SIGNED, "A joint communiqué of resolutions was signed")],
        ),
        (
            "The sixth round of the consultations will be held in Bujumbura next year.",
            [(OutcomeType.FOLLOW_UP_PLANNED, "The sixth round of the consultations will be held in Bujumbura next year")],
        ),
        (
            "The agency commits to assisting the police in resolving technical issues.",
            [(OutcomeType.OTHER, "assisting the police in resolving technical issues")],
        ),
        # doing more of what is already done is not an outcome; a concrete thing stepped up is
        ("The two parties agreed to step up the real-time exchange of information between their services.", []),
        ("Les deux ministres sont convenus d'intensifier le travail commun sur les circuits de blanchiment.", []),
        (
            "The two chiefs pledged to step up joint patrols against people smugglers.",
            [(OutcomeType.OTHER, "step up joint patrols against people smugglers")],
        ),
        # a next meeting named as the time of a signing is not a follow-up of its own
        (
            "Ils ont décidé de préparer un accord, qui pourrait être signé lors d'une prochaine rencontre à Dakar.",
            [(OutcomeType.AGREEMENT_PLANNED, "préparer un accord")],
        ),
        # a commitment only reaffirmed is not one made at the meeting
        ("He reaffirmed its commitment to fighting crime.", []),
        # a wish is not a commitment, and a visit with no time to come is not a follow-up
        ("Le ministre a souhaité que la coopération soit renforcée.", []),
        ("He is going to visit the academy with his guest.", []),
    ],
)  # fmt: skip
def test_outcome_wordings(sentence: str, expected: list[tuple[OutcomeType, str]]) -> None:
    assert [(o.type, o.text) for o in outcomes.find(sentence)] == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Il effectue depuis lundi et jusqu'à mercredi une visite de travail.",
            "depuis lundi et jusqu'à mercredi",
        ),
        ("She is visiting Egypt from Monday until Wednesday.", "from Monday until Wednesday"),
    ],
)
def test_a_stay_from_one_weekday_until_another(text: str, phrase: str) -> None:
    """A stay told by its first and last weekdays is one phrase, with an end date."""
    assert [p[2] for p in find_phrases(text)] == [phrase]
    assert resolve_date(phrase, dt.date(2026, 9, 16)) == (dt.date(2026, 9, 14), dt.date(2026, 9, 16))


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        (
            "L'Algérie abrite à partir d'hier et pour une durée de trois jours la réunion.",
            "à partir d'hier et pour une durée de trois jours",
            (dt.date(2026, 9, 15), dt.date(2026, 9, 17)),
        ),
        (
            "The meeting opened from Monday for three days.",
            "from Monday for three days",
            (dt.date(2026, 9, 14), dt.date(2026, 9, 16)),
        ),
    ],
)
def test_a_stay_told_by_its_length(text: str, phrase: str, span: tuple[dt.date, dt.date]) -> None:
    """A stay told by its length from its first day ends that many days on."""
    assert [p[2] for p in find_phrases(text)] == [phrase]
    assert resolve_date(phrase, dt.date(2026, 9, 16)) == span
