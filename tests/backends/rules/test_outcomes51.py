"""A generator of the ways press texts state what an encounter produced, in both languages:
each verb form of a signing, a plan to sign, a follow-up, a mechanism or another concrete
commitment, crossed with the documents and bodies it names, in the lead, a last paragraph or
a participle clause. Every sentence is invented; the outcome's ``text`` must be a phrase of it.
Background (an instrument signed before, a mere wish) gives none, as the spec's ``outcomes``
row says: what *the encounter* produced or committed to."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from support import read_offline

from communique.backends.rules import outcomes
from communique.schema import OutcomeType

SIGNED, PLANNED, FOLLOW, MECHANISM, OTHER = (
    OutcomeType.AGREEMENT_SIGNED,
    OutcomeType.AGREEMENT_PLANNED,
    OutcomeType.FOLLOW_UP_PLANNED,
    OutcomeType.MECHANISM_CREATED,
    OutcomeType.OTHER,
)

#: Documents, each with its indefinite article.
DOCUMENTS_EN = (
    "a memorandum of understanding on police training",
    "an MoU on border security",
    "an agreement on the exchange of criminal records",
    "a protocol on joint investigations",
    "a convention on mutual assistance",
    "a declaration of intent on cybercrime",
    "a joint action plan against drug trafficking",
    "a roadmap for 2027",
    "a working arrangement",
    "a letter of intent on forensic training",
    "a framework agreement on security cooperation",
)
DOCUMENTS_FR = (
    ("un", "mémorandum d'entente sur la formation des policiers"),
    ("un", "protocole d'accord sur les enquêtes conjointes"),
    ("un", "accord de coopération en matière de sécurité"),
    ("une", "convention d'entraide judiciaire"),
    ("une", "déclaration d'intention sur la cybercriminalité"),
    ("un", "plan d'action conjoint contre le trafic de drogue"),
    ("une", "feuille de route pour 2027"),
    ("un", "arrangement de travail"),
    ("une", "lettre d'intention sur la police scientifique"),
    ("un", "accord-cadre de coopération sécuritaire"),
)

#: How a signing is told: a frame around one document (English, then French with its article).
SIGNINGS_EN = (
    "Minister Talo Brenn and Commissioner Ivo Marsk signed {doc} on Tuesday.",
    "The two police chiefs inked {doc} at the end of their talks.",
    "The delegations concluded {doc} in Lomara.",
    "The heads of the two agencies initialled {doc}.",
    "During the visit, {doc} was signed by the two ministers.",
    "The visit ended with the signing of {doc}.",
    "The two sides held talks in Varnel, culminating in the signing of {doc}.",
    "The signing of {doc} crowned the visit.",
    "Both sides have signed {doc}.",
    "The two ministers signed, on Monday in Dorvik, {doc}.",
    "The meeting was capped by the signing of {doc}.",
    "The talks concluded with the signing of {doc}.",
)
SIGNINGS_FR = (
    "Les deux ministres ont signé {art} {doc}.",
    "Les deux directeurs ont paraphé {art} {doc}.",
    "Les deux parties ont procédé à la signature d'{art} {doc}.",
    "À l'issue des entretiens, {art} {doc} a été signé{e}.",
    "La visite a été couronnée par la signature d'{art} {doc}.",
    "La rencontre s'est achevée par la signature d'{art} {doc}.",
    "Les deux chefs de police ont conclu {art} {doc}.",
    "La séance de travail a été sanctionnée par la signature d'{art} {doc}.",
    "Les deux ministres ont signé, mardi à Dakoro, {art} {doc}.",
    "Les deux délégations ont apposé leur signature sur {art} {doc}.",
)
PLANNINGS_EN = (
    "The two sides agreed to finalise {doc} before June.",
    "The ministers will sign {doc} next month.",
    "The two chiefs are expected to sign {doc} in the coming weeks.",
    "They agreed to draw up {doc}.",
    "The delegations plan to sign {doc} during the next visit.",
    "The two forces are set to sign {doc}.",
    "Both sides pledged to conclude {doc} by the end of the year.",
    "The two ministers agreed to work towards the signing of {doc}.",
)
PLANNINGS_FR = (
    "Les deux parties ont convenu d'élaborer {art} {doc}.",
    "Les experts se sont réunis en vue de la signature d'{art} {doc}.",
    "Les deux ministres vont signer {art} {doc}.",
    "Les deux parties se sont engagées à finaliser {art} {doc}.",
    "Les deux délégations prévoient de signer {art} {doc} avant la fin de l'année.",
    "Les deux ministres ont convenu de la signature prochaine d'{art} {doc}.",
)
FOLLOW_UPS = (
    "The two sides agreed to meet again in June in Varnel.",
    "Commissioner Ivo Marsk will pay a return visit to Dorvik in the autumn.",
    "The next meeting will be held in Lomara in March.",
    "The next session of the joint committee will take place in Dorvik in May.",
    "They agreed to hold the next session of the joint commission in Varnel.",
    "A follow-up meeting is scheduled for October.",
    "The two chiefs agreed to hold regular meetings.",
    "Minister Brenn accepted an invitation to visit Dorvik.",
    "Une prochaine réunion est prévue à Dakoro en juin.",
    "Les deux parties ont convenu de la tenue de la prochaine session de la commission mixte à Dakoro.",
    "Les deux chefs ont convenu de se revoir en septembre.",
    "Les deux délégations ont convenu de se réunir tous les six mois.",
    "La prochaine rencontre aura lieu à Lomara au mois de mai.",
    "Une réunion de suivi se tiendra à Dakoro en octobre.",
    "Le ministre a invité son homologue à effectuer une visite de travail à Dakoro.",
)
MECHANISMS = (
    "The two sides agreed to set up a joint working group on cybercrime.",
    "The ministers established a joint working group on migrant smuggling.",
    "The two agencies agreed to designate focal points for the exchange of information.",
    "They will appoint liaison officers in each other's capitals.",
    "A joint cell against drug trafficking was set up.",
    "The two chiefs launched a joint task force against cattle rustling.",
    "The two services agreed to establish a hotline between their operations rooms.",
    "The sides agreed on the establishment of a joint working group.",
    "Les deux parties ont décidé la mise en place d'une cellule conjointe de renseignement.",
    "Les deux ministres ont convenu de désigner des points focaux.",
    "Les deux directeurs ont créé un groupe de travail conjoint sur la cybercriminalité.",
    "Une cellule commune de lutte contre le terrorisme a été créée.",
    "Les deux parties ont convenu de la mise en place d'une ligne directe entre les deux directions.",
    "Les deux ministres ont mis en place une cellule mixte de coordination.",
)
OTHERS = (
    "The two sides agreed to train 200 officers in forensic science.",
    "The ambassador pledged to donate ten patrol vehicles to the police.",
    "The commissioner promised to provide equipment to the border units.",
    "The minister committed to training 300 officers of the coast guard.",
    "La partie marocaine s'est engagée à former 50 officiers de police judiciaire.",
    "Le directeur a promis d'offrir des équipements de police scientifique.",
)
#: Background and wishes: no outcome of this encounter.
NOTHING = (
    "The two ministers recalled the memorandum of understanding signed in 2019.",
    "The 2019 memorandum remains the basis of their cooperation.",
    "Cooperation has grown since the signing of the protocol in 2015.",
    "The two sides expressed the wish to strengthen their cooperation.",
    "Les deux parties souhaitent renforcer leur coopération.",
    "Les deux pays sont liés par un accord de coopération signé en 2018.",
    "The two forces have already signed an agreement on training.",
    "Les deux ministres ont salué la qualité de leur coopération.",
)


def _rows() -> Iterator[tuple[str, OutcomeType]]:
    """Every frame crossed with every document, and the plain rows."""
    for frames, kind in ((SIGNINGS_EN, SIGNED), (PLANNINGS_EN, PLANNED)):
        for frame in frames:
            for doc in DOCUMENTS_EN:
                yield frame.format(doc=doc), kind
    for frames, kind in ((SIGNINGS_FR, SIGNED), (PLANNINGS_FR, PLANNED)):
        for frame in frames:
            for art, doc in DOCUMENTS_FR:
                yield frame.format(art=art, doc=doc, e="e" if art == "une" else ""), kind
    for rows, kind in ((FOLLOW_UPS, FOLLOW), (MECHANISMS, MECHANISM), (OTHERS, OTHER)):
        for sentence in rows:
            yield sentence, kind


ROWS = list(_rows())


@pytest.mark.parametrize(("sentence", "kind"), ROWS)
def test_each_way_of_telling_an_outcome_is_read(sentence: str, kind: OutcomeType) -> None:
    found = outcomes.find(sentence)
    assert kind in [o.type for o in found], found
    assert all(o.text in " ".join(sentence.split()) for o in found)


@pytest.mark.parametrize("sentence", NOTHING)
def test_background_and_wishes_are_no_outcome(sentence: str) -> None:
    assert outcomes.find(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a title's capitalised words between the article and the instrument
        (
            "The conference closed with the signing of the Regional Communication and Coordination Protocol.",
            SIGNED,
        ),
        ("The chiefs signed the Borvia Police Training Cooperation Agreement.", SIGNED),
        # qualifiers joined by "and"
        (
            "The two forces will target fraud rings after signing a new cooperation and information sharing agreement.",
            SIGNED,
        ),
        # the passive ended by its witnesses, a long place and day before them
        (
            "A memorandum on migrant smuggling between Borvia and Talmar was initialled in Varnel on 4 May 2026 "
            "in the presence of the two ministers.",
            SIGNED,
        ),
        ("Deux protocoles ont été adoptés au cours de la session de la commission mixte.", SIGNED),
        ("They settled on a hotline between their anti-drug units.", MECHANISM),
        ("La commission mixte tiendra ses réunions périodiquement à Dakoro et à Lomara.", FOLLOW),
        ("The joint committee will hold its meetings alternately in Varnel and Dorvik.", FOLLOW),
        ("The joint border committee will meet regularly to review the patrols.", FOLLOW),
    ],
)
def test_forms_found_in_pages_are_read(sentence: str, kind: OutcomeType) -> None:
    found = outcomes.find(sentence)
    assert kind in [o.type for o in found], found


@pytest.mark.parametrize(
    "sentence",
    [
        "The two forces established a joint working group on cybercrime in 2019.",
        "The ministries had set up a joint cell against smuggling.",
        "Les deux services ont créé une cellule commune en 2017.",
    ],
)
def test_a_mechanism_set_up_before_is_no_outcome(sentence: str) -> None:
    assert outcomes.find(sentence) == []


def test_a_planned_signing_in_a_report_of_talks_is_planned_not_signed() -> None:
    record = read_offline(
        "Varnel, 10 March 2026 - The Interior Minister of Borvia, Talo Brenn, met on Tuesday his Talmari "
        "counterpart, Ivo Marsk, in Varnel. The two ministers are set to sign a memorandum of understanding "
        "on border security during Mr Marsk's next visit."
    )
    types = [o.type for m in record.meetings for o in m.outcomes]
    assert PLANNED in types and SIGNED not in types


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "The two ministers exchanged the instruments of ratification of the bilateral extradition treaty.",
            SIGNED,
        ),
        (
            "Les deux parties ont échangé les instruments de ratification de la convention d'extradition.",
            SIGNED,
        ),
        (
            "Minister Talo Brenn and Commissioner Ivo Marsk put pen to paper on a memorandum of understanding.",
            SIGNED,
        ),
        # a signing noun with a plan around it
        ("The experts met in preparation for the signing of an agreement on extradition.", PLANNED),
        ("La signature d'un accord de coopération est prévue en juin.", PLANNED),
        # someone posted to the other side, to come; a designation in the French future
        ("Un officier de liaison sera affecté à Dakoro.", MECHANISM),
        ("A liaison officer will be posted to Varnel.", MECHANISM),
        ("Chaque partie désignera un point focal.", MECHANISM),
        # a set-up agreed, told by its noun first or by « procéder à »
        ("La création d'une cellule commune a été actée.", MECHANISM),
        ("The establishment of a joint cell was agreed upon.", MECHANISM),
        ("Les deux ministres ont procédé à l'installation d'une cellule conjointe.", MECHANISM),
        # the encounter's end told by what was agreed
        ("The meeting ended with an agreement to set up a liaison office at the secretariat.", MECHANISM),
        (
            "La réunion s'est achevée par un accord pour créer une cellule commune de renseignement.",
            MECHANISM,
        ),
        # a body called to meet is its next meeting, not its creation
        ("They agreed to convene the Joint Working Group on Border Management in Varnel in August.", FOLLOW),
        ("Les deux parties ont convenu de réunir le groupe de travail mixte en juin.", FOLLOW),
    ],
)
def test_more_forms_are_read(sentence: str, kind: OutcomeType) -> None:
    assert [o.type for o in outcomes.find(sentence)] == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two countries signed an extradition treaty in 2012.",
        "Les deux pays ont signé en 2016 un accord de coopération.",
        "The two ministers discussed the possible creation of a joint cell.",
        "They hope to sign an agreement one day.",
        "Les deux parties souhaitent la mise en place d'une cellule commune.",
    ],
)
def test_a_signing_in_a_year_gone_and_a_hope_are_no_outcome(sentence: str) -> None:
    assert outcomes.find(sentence) == []


def test_a_quoted_commitment_leaves_the_closing_quote_out() -> None:
    found = outcomes.find(
        "« Nous avons convenu de mettre en place une cellule conjointe », a déclaré le ministre."
    )
    assert [(o.type, o.text) for o in found] == [(MECHANISM, "mettre en place une cellule conjointe")]
