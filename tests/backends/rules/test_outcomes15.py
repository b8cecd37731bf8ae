"""Outcomes and topics as real communiqués with results word them (outcomes15): each test
names a way of stating a result, a commitment or a topic, in invented words other than
those of the world cases en-321..330 and fr-291..297."""

from __future__ import annotations

import pytest
from support import outcome_types

from communique.backends.rules import outcomes
from communique.draft import DraftOutcome
from communique.normalise.topics import topics_in
from communique.schema import OutcomeType, Topic

SIGNED, PLANNED = OutcomeType.AGREEMENT_SIGNED, OutcomeType.AGREEMENT_PLANNED
FOLLOW_UP, MECHANISM, OTHER = OutcomeType.FOLLOW_UP_PLANNED, OutcomeType.MECHANISM_CREATED, OutcomeType.OTHER


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a declaration named by what it declares, a record of the talks
        ("The two coast guards signed a Declaration of Intent on search and rescue at sea.", [SIGNED]),
        ("Les deux directeurs ont signé une déclaration de partenariat sur la formation.", [SIGNED]),
        ("Both commanders signed the Agreed Record of Discussions \"a roadmap for the border\".", [SIGNED]),
        # other signing verbs: executed, entered into, a gerund or a participle
        ("The two academies entered into a memorandum of understanding on cadet exchanges.", [SIGNED]),
        ("The customs chiefs executed a mutual assistance agreement on Friday.", [SIGNED]),
        ("They closed the visit by signing a protocol on the return of stolen cars.", [SIGNED]),
        ("Ils ont conclu la visite en signant une convention de coopération policière.", [SIGNED]),
        ("The chiefs met for two hours, signing an arrangement on liaison officers.", [SIGNED]),
        ("Officials attended the signing ceremony of the agreement on police training.", [SIGNED]),
        # a signing ahead is planned, a signing at the start of a cooperation or a tally is background
        ("The talks were held ahead of signing an agreement on extradition.", [PLANNED]),
        ("Both ministers said they look forward to signing a treaty on prisoner transfers.", [PLANNED]),
        ("The partnership dates back to 2012 with the signing of a first protocol.", []),
        ("Cette coopération a débuté en 2008 par la signature d'une convention.", []),
        ("The bureau has already signed memoranda with forty foreign units.", []),
        ("La direction a signé des conventions similaires avec une vingtaine de pays.", []),
        ("They signed a memorandum with three objectives: training, data and patrols.", [SIGNED]),
    ],
)  # fmt: skip
def test_signings(sentence: str, expected: list[OutcomeType]) -> None:
    assert outcome_types(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a decision told by a noun, an agreement told in the impersonal passive with an adverb or an agent
        ("The minister said the decision was taken to open a joint liaison office in Maputo.", [MECHANISM]),
        ("La décision a été prise d'organiser une réunion de suivi en mars.", [FOLLOW_UP]),
        ("Il a été expressément convenu par les deux chefs de désigner des points focaux.", [MECHANISM]),
        ("Il a finalement été admis de réactiver la cellule de liaison.", [MECHANISM]),
        # an adoption told by a noun
        ("The session led to the adoption of a regional action plan against arms smuggling.", [OTHER]),
        ("Les travaux ont abouti à l'adoption d'une feuille de route commune.", [OTHER]),
        # a group of any kind is a mechanism
        ("The two forces agreed to form a joint investigative group on kidnappings.", [MECHANISM]),
        ("Ils ont convenu de mettre sur pied un groupe mixte d'enquête.", [MECHANISM]),
        ("The heads agreed to create an expert group on drones.", [MECHANISM]),
        # developing an instrument is planning it; staff placed with the other side
        ("The ministries committed to developing a joint action plan on migrant smuggling.", [PLANNED]),
        ("They agreed to embed a customs officer at the port authority in Durban.", [MECHANISM]),
        ("The sides agreed to second staff to each other's cyber units.", [MECHANISM]),
        # talks as a follow-up
        ("They agreed to hold quarterly talks between regional commanders.", [FOLLOW_UP]),
        ("The next talks between the two services will take place in Nouakchott.", [FOLLOW_UP]),
        ("Les chefs se sont engagés à organiser des pourparlers périodiques.", [FOLLOW_UP]),
    ],
)  # fmt: skip
def test_commitments(sentence: str, expected: list[OutcomeType]) -> None:
    assert outcome_types(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a need or an importance agreed on is no act
        "The ministers agreed on the importance of sharing data on foreign fighters.",
        "Both sides recognised and agreed on the need to tackle online fraud.",
        "Les deux chefs ont convenu de la nécessité d'intensifier les patrouilles.",
        # more of the same fight
        "They resolved to step up their joint fight against piracy.",
        "Les ministres ont décidé de lutter plus efficacement contre le terrorisme.",
        "The heads agreed to focus on the fight against arms trafficking.",
        # promoting closer cooperation is more of the same
        "The ministers agreed to promote closer cooperation between their academies.",
        "Les deux parties ont convenu d'encourager davantage d'échanges entre leurs écoles.",
        # a prediction about the cooperation between the sides, not the sides' commitment
        "He said the partnership between the two services will improve response times.",
        # under an instrument, a plain future of the parties is its terms
        "Under the agreement, the two forces will exchange officers every year.",
    ],
)
def test_not_outcomes(sentence: str) -> None:
    assert outcomes.find(sentence) == []


def test_a_purpose_clause_ends_the_commitment() -> None:
    sentence = "The agencies pledged to map trafficking routes with the aim to disrupt supply lines and to reduce demand."
    assert [(o.type, o.text) for o in outcomes.find(sentence)] == [(OTHER, "map trafficking routes")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers adopted a joint statement reflecting their determination to close smuggling routes, "
        "to share passenger data and to train border guards.",
        "Les chefs ont adopté un communiqué conjoint traduisant leur engagement à lutter contre la fraude, "
        "à échanger des données et à former leurs agents.",
    ],
)
def test_what_an_adopted_text_expresses_is_its_content(sentence: str) -> None:
    assert outcome_types(sentence) == [OTHER]


def test_a_generic_name_restates_what_was_signed() -> None:
    signed = outcomes.find("The two chiefs signed a memorandum of understanding on cyber training.")
    again = outcomes.find("The accord was signed in the presence of the ambassador.")
    assert [o.type for o in signed] == [SIGNED] and [o.type for o in again] == [SIGNED]
    assert outcomes.restates(again[0], signed)
    other = DraftOutcome(type=SIGNED, text="the protocol was signed")
    assert not outcomes.restates(other, signed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a strategy against organised and serious crime", {Topic.ORGANISED_CRIME}),
        ("la lutte contre la criminalité transnationale organisée", {Topic.ORGANISED_CRIME}),
        ("cases of drug crime at the airports", {Topic.DRUG_TRAFFICKING}),
        ("les questions migratoires et la mobilité", {Topic.ILLEGAL_MIGRATION}),
        ("the migration challenges facing the region", {Topic.ILLEGAL_MIGRATION}),
        ("to share good practices in community policing", {Topic.EXPERTISE_EXCHANGE}),
        ("la création de brigades transfrontalières", {Topic.BORDER_SECURITY}),
        ("la coopération transfrontalière entre les deux polices", {Topic.BORDER_SECURITY}),
        ("security for the Commonwealth Games", {Topic.EVENT_SECURITY}),
        ("la sécurité des Jeux africains", {Topic.EVENT_SECURITY}),
        # a cross-border crime is organised crime, not border security
        ("la criminalité transfrontalière", {Topic.ORGANISED_CRIME}),
        # smuggling networks alone are not organised crime
        ("the dismantling of migrant smuggling networks", {Topic.ILLEGAL_MIGRATION}),
    ],
)
def test_topic_wordings(text: str, expected: set[Topic]) -> None:
    assert topics_in(text) == expected
