"""The ways press texts in both languages name each field of cooperation, and the topic each must give.

On texts written from real pages the offline reader missed a third of the topics: real communiqués
name a field in words the topic lexicon did not know ("high-tech crime", « la grande criminalité »,
"experience sharing", « coopération en matière de renseignement ») or in a form it did not match (a
drug in a list of crimes fought, « le renforcement de leurs capacités »). The generator below puts each
wording of each topic in the forms a press text gives it (as written, in capitals, without accents,
hyphenated or not, inside "the fight against", « la lutte contre », "combating", "countering", a list),
first in a sentence of the lexicon, then in a short report of a meeting of two ministers, whose one
meeting must carry the topic. Rows where a word of a topic is something else (a treaty, a title, a
praise, a capacity of vehicles) or only background must give no such topic.
"""

from __future__ import annotations

import unicodedata

import pytest
from support import read_offline

from communique.normalise.topics import topics_in
from communique.schema import Topic

#: Each topic's wordings, in English and in French (as a press text writes them, with its accents).
WORDINGS: dict[Topic, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Topic.TERRORISM: (
        (
            "violent extremism",
            "counter-terrorism",
            "terrorist threats",
            "terror networks",
            "terror groups",
            "extremist groups",
            "counter-terror work",
            "radicalisation",
            "foreign terrorist fighters",
        ),
        (
            "la lutte antiterroriste",
            "le terrorisme",
            "la menace terroriste",
            "l'extrémisme violent",
            "les groupes extrémistes",
            "la radicalisation",
        ),
    ),
    Topic.ORGANISED_CRIME: (
        (
            "transnational organised crime",
            "organized criminal groups",
            "criminal networks",
            "gang violence",
            "organized criminality",
            "armed gangs",
            "crime syndicates",
        ),
        (
            "la criminalité transnationale organisée",
            "la grande criminalité",
            "les gangs armés",
            "les réseaux criminels",
            "le crime organisé",
        ),
    ),
    Topic.DRUG_TRAFFICKING: (
        (
            "drug trafficking",
            "narcotics",
            "illicit drugs",
            "counter-narcotics",
            "drug smuggling",
            "narco-trafficking",
            "terrorism, drugs and other crimes",
            "cross-border crimes, immigration and drugs",
            "drug precursors",
            "precursor chemicals",
            "marijuana",
            "the trafficking of Indian hemp",
            "drug law enforcement",
        ),
        (
            "la lutte contre les stupéfiants",
            "le narcotrafic",
            "les drogues",
            "le trafic de drogue",
            "le trafic illicite de stupéfiants",
            "la lutte antidrogue",
            "le chanvre indien",
            "les précurseurs chimiques",
        ),
    ),
    Topic.CYBERCRIME: (
        (
            "cyber threats",
            "online fraud",
            "cybersecurity",
            "cyber-crime",
            "high-tech crime",
            "technology-enabled crime",
            "phishing",
            "the dark web",
            "digital fraud",
            "crimes committed online",
            "sextortion",
        ),
        (
            "la cybersécurité",
            "la cybercriminalité",
            "la criminalité numérique",
            "les escroqueries en ligne",
            "les infractions informatiques",
            "les crimes informatiques",
            "la criminalité technologique",
        ),
    ),
    Topic.ILLEGAL_MIGRATION: (
        (
            "human smuggling",
            "trafficking in persons",
            "irregular migration",
            "migrant smuggling",
            "people trafficking",
            "illegal immigrants",
            "irregular migratory flows",
            "migration flows",
            "trafficking in women",
            "talks on migration",
            "migration management",
            "the trafficking of young women",
        ),
        (
            "les passeurs",
            "la migration irrégulière",
            "l'immigration clandestine",
            "la traite des êtres humains",
            "le trafic illicite de migrants",
            "les flux migratoires",
            "la lutte contre la traite",
            "les questions de sécurité, de migration",
            "la coopération en matière de migration",
        ),
    ),
    Topic.EXTRADITION: (
        (
            "fugitives",
            "red notices",
            "arrest warrants",
            "extradition requests",
            "wanted persons",
            "the most wanted",
            "mutual judicial assistance",
            "judicial cooperation in criminal matters",
            "Interpol notices",
            "the transfer of prisoners",
            "suspects wanted by both countries",
        ),
        (
            "les mandats d'arrêt",
            "les personnes recherchées",
            "les fugitifs",
            "l'entraide judiciaire",
            "les notices rouges",
            "les diffusions rouges",
            "la coopération judiciaire en matière pénale",
            "le transfert des détenus",
            "les criminels en fuite",
            "les individus recherchés par la justice",
        ),
    ),
    Topic.INTELLIGENCE_SHARING: (
        (
            "information sharing",
            "the exchange of intelligence",
            "data exchange",
            "intelligence-sharing",
            "sharing data",
            "information and experience sharing",
            "exchanges of delegations and information",
            "cooperation in the field of intelligence",
            "cooperation between their intelligence services",
            "police forces sharing what they know in real time",
            "exchange real-time information",
            "a common database of stolen vehicles",
            "exchange daily situation reports",
            "pool their records of stolen cattle",
        ),
        (
            "l'échange d'informations",
            "le partage de renseignements",
            "l'échange du renseignement",
            "la coopération en matière de renseignement",
            "une collaboration étroite en matière de renseignements",
            "la coopération entre les services de renseignement",
            "partager ce qu'ils savent",
            "le partage de fichiers sur les véhicules volés",
            "une base de données commune",
            "le renseignement sur les groupes armés",
        ),
    ),
    Topic.TRAINING: (
        (
            "capacity building",
            "training courses",
            "capacity-building",
            "training programmes",
            "building capacity",
            "strengthening the capacities of investigators",
            "skills development",
            "upgrading the skills of officers",
            "scholarships",
            "cooperation in police education",
            "a workshop on terrorist financing for police officers",
        ),
        (
            "les stages de formation",
            "le renforcement des capacités",
            "le renforcement de leurs capacités",
            "renforcer les capacités des enquêteurs",
            "le renforcement des compétences",
            "les cours de perfectionnement",
        ),
    ),
    Topic.EXPERTISE_EXCHANGE: (
        (
            "sharing of best practices",
            "the exchange of expertise",
            "experience sharing",
            "share experiences",
            "lessons learned",
            "knowledge sharing",
            "the transfer of knowledge",
            "benefiting from its know-how",
            "technical assistance",
            "to learn from each other's experience",
        ),
        (
            "le partage d'expériences",
            "l'échange de bonnes pratiques",
            "les retours d'expérience",
            "le transfert de compétences",
            "profiter du savoir-faire marocain",
            "échanger leurs expériences",
            "l'assistance technique",
        ),
    ),
    Topic.FORENSICS: (
        (
            "forensic science",
            "DNA analysis",
            "fingerprints",
            "ballistics",
            "crime laboratories",
            "disaster victim identification",
            "scientific police",
        ),
        (
            "la police scientifique",
            "la criminalistique",
            "la médecine légale",
            "l'expertise médico-légale",
            "l'identification des victimes",
            "les empreintes digitales",
        ),
    ),
    Topic.OPERATIONAL_COOPERATION: (
        (
            "joint operations",
            "joint investigation teams",
            "operational cooperation",
            "joint patrols",
            "joint investigative teams",
            "JITs",
            "cooperation on the ground",
            "joint regional operations",
            "cross-border patrols",
            "a joint team of investigators",
            "cooperation on operational matters",
            "patrolling together",
        ),
        (
            "les opérations conjointes",
            "les équipes communes d'enquête",
            "les enquêtes communes",
            "les actions conjointes",
            "les opérations coordonnées",
            "les opérations de police conjointes",
            "la coopération sur le terrain",
            "mieux coordonner les enquêtes",
            "la coordination des unités antiterroristes",
            "patrouiller ensemble",
        ),
    ),
    Topic.BORDER_SECURITY: (
        (
            "border control",
            "border surveillance",
            "the security of the common border",
            "frontier security",
            "the protection of their frontiers",
        ),
        (
            "les frontières communes",
            "la sécurité des frontières",
            "la gestion des frontières",
            "les frontières extérieures",
            "la surveillance des frontières terrestres",
        ),
    ),
    Topic.EVENT_SECURITY: (
        (
            "securing the World Cup",
            "security arrangements for the summit",
            "the security of the Games",
            "Expo 2030",
            "Euro 2028",
            "the Umrah season",
            "the Club World Cup",
            "security for the Olympics",
        ),
        (
            "la sécurisation de la Coupe du monde",
            "la sécurisation des Jeux",
            "la sécurité du sommet",
            "la CAN",
            "le Mondial",
            "les grands événements",
        ),
    ),
    Topic.MONEY_LAUNDERING: (
        (
            "financial crimes",
            "illicit financial flows",
            "money laundering",
            "illicit finance",
            "the confiscation of criminal assets",
            "asset forfeiture",
            "illegal financial flows",
        ),
        (
            "le financement du terrorisme",
            "le blanchiment d'argent",
            "les crimes financiers",
            "la saisie des avoirs",
            "les fonds illicites",
            "les avoirs illicites",
            "l'échange d'informations financières",
        ),
    ),
    Topic.REGIONAL_SECURITY: (
        (
            "the security situation in the region",
            "the Sahel",
            "regional security",
            "security in the region",
            "the regional situation",
            "emerging threats",
            "the security landscape in Europe",
            "the regional crime and security strategy",
        ),
        (
            "la situation sécuritaire dans la région",
            "l'évolution de la situation sécuritaire",
            "la situation sécuritaire",
            "la sécurité dans la sous-région",
            "la situation régionale",
            "les menaces émergentes",
            "le contexte sécuritaire",
        ),
    ),
}

EN_FRAMES = (
    "{}",
    "They discussed {}.",
    "the fight against {}",
    "combating {}",
    "countering {} and terrorism",
)
FR_FRAMES = ("{}", "Ils ont évoqué {}.", "la lutte contre {}", "{} et la coopération")


def _unaccented(text: str) -> str:
    """The text as a site that drops accents writes it."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _forms(phrase: str) -> set[str]:
    """The phrase as written, in capitals, without accents, and with its hyphens as spaces or its
    spaces between two words as hyphens (« cyber-criminalité », "capacity building")."""
    forms = {phrase, phrase.upper(), _unaccented(phrase), phrase.replace("-", " ")}
    if " " in phrase and "-" not in phrase:
        forms.add(phrase.replace(" ", "-", 1))
    return forms


def _lexicon_rows() -> list[tuple[Topic, str]]:
    """Each wording of each topic in each form and frame of its language."""
    rows = []
    for topic, (english, french) in WORDINGS.items():
        for phrases, frames in ((english, EN_FRAMES), (french, FR_FRAMES)):
            for phrase in phrases:
                rows += [(topic, frame.format(form)) for form in sorted(_forms(phrase)) for frame in frames]
    return rows


@pytest.mark.parametrize(("topic", "text"), _lexicon_rows())
def test_each_wording_in_each_form_gives_its_topic(topic: Topic, text: str) -> None:
    assert topic in topics_in(text)


EN_REPORT = (
    "Accra, 10 March 2026 - Ghana's Interior Minister Kofi Dankwa-Mensah met his Togolese counterpart "
    "Yao Agbodjan on Tuesday in Accra. The two ministers discussed {}."
)
FR_REPORT = (
    "Lomé, le 10 mars 2026 - Le ministre togolais de la Sécurité, Yao Agbodjan, a reçu mardi à Lomé son "
    "homologue béninois, Codjo Houénou. Les deux ministres ont évoqué {}."
)


def _report_rows() -> list[object]:
    """Each wording as written, as what the two ministers of a report discussed (named by the wording)."""
    return [
        pytest.param(topic, report.format(phrase), id=f"{topic.value}-{phrase}")
        for topic, languages in WORDINGS.items()
        for phrases, report in zip(languages, (EN_REPORT, FR_REPORT), strict=True)
        for phrase in phrases
    ]


@pytest.mark.parametrize(("topic", "text"), _report_rows())
def test_each_wording_is_a_topic_of_the_meeting(topic: Topic, text: str) -> None:
    analysis = read_offline(text)
    assert analysis.is_meeting_report and len(analysis.meetings) == 1
    assert topic in analysis.meetings[0].topics


#: A word of a topic as something else, or the reason of a talk: no such topic.
NOT_TOPICS = [
    (Topic.ILLEGAL_MIGRATION, "Les ministres ont évoqué l'entrée en vigueur du nouveau traité de police."),
    (Topic.BORDER_SECURITY, "La délégation était conduite par le directeur général des gardes-frontières."),
    (Topic.TRAINING, "The visit aims to enhance operational capacity with new patrol vehicles."),
    (Topic.EXPERTISE_EXCHANGE, "L'ambassadrice a salué le savoir-faire des unités de la police."),
    (Topic.OPERATIONAL_COOPERATION, "They agreed to set up a joint task force on fuel smuggling."),
    (Topic.OPERATIONAL_COOPERATION, "L'opération coordonnée par le commissaire a permis la saisie."),
    (Topic.REGIONAL_SECURITY, "Ils ont évoqué la situation sécuritaire à la frontière commune."),
    (
        Topic.DRUG_TRAFFICKING,
        "The visit took place on Monday at the United Nations Office on Drugs and Crime.",
    ),
    (Topic.TERRORISM, "Les ministres ont évoqué le financement du terrorisme."),
    (Topic.OPERATIONAL_COOPERATION, "They agreed to set up a joint maritime operations room in the port."),
    (Topic.BORDER_SECURITY, "This will strengthen police cooperation against crimes that know no borders."),
    (
        Topic.BORDER_SECURITY,
        "Criminals do not respect borders, and neither should our cooperation, she said.",
    ),
    (
        Topic.BORDER_SECURITY,
        "Traffickers do not stop at our borders, so our cooperation must not stop there.",
    ),
]


@pytest.mark.parametrize(("topic", "sentence"), NOT_TOPICS)
def test_a_topic_word_as_something_else_is_no_topic(topic: Topic, sentence: str) -> None:
    assert topic not in topics_in(sentence)


def test_drugs_seized_in_a_story_with_no_meeting_give_no_topic() -> None:
    text = (
        "Kumasi, 10 March 2026 - Police on Monday seized 40 kilograms of marijuana and drug precursors "
        "in a warehouse and arrested two suspects, a spokesman said."
    )
    analysis = read_offline(text)
    assert not any(meeting.topics for meeting in analysis.meetings)


def test_the_fields_a_report_of_one_meeting_names_apart_from_it_are_its_topics() -> None:
    # the sentence of the encounter comes last and names no field; those before it say what it was for
    text = (
        "Laos' National Police Chief General Khamphanh Sisoulath said the Laos-Cambodia annual meeting lets both "
        "countries discuss cross-border crimes and keep up their cooperation in policing.\n\n"
        "He added that both forces will go on combating cross-border crime by exchanging intelligence, resources "
        "and expertise.\n\n"
        "Meanwhile, Cambodia's National Police Commissioner Sok Vannarith attended the meeting in Vientiane on "
        "Tuesday, with a delegation of six officers."
    )
    (meeting,) = read_offline(text, "2026-05-13").meetings
    assert meeting.topics == [
        Topic.EXPERTISE_EXCHANGE,
        Topic.INTELLIGENCE_SHARING,
        Topic.ORGANISED_CRIME,
    ]


def test_what_an_earlier_meeting_recalled_was_about_is_no_topic() -> None:
    text = (
        "Le ministre de l'Intérieur, Ibrahima Ndao Faye, a reçu mardi à Dakar l'ambassadeur d'Espagne, "
        "Luis Ortega Marín.\n\n"
        "Pour rappel, les deux pays avaient tenu en 2024 à Madrid une réunion consacrée à la lutte contre "
        "le terrorisme."
    )
    (meeting,) = read_offline(text, "2026-05-13").meetings
    assert meeting.topics == []


def test_the_field_a_headline_names_is_the_topic_of_a_meeting_its_text_names_none_of() -> None:
    text = (
        "Gabon, Congo gendarmerie chiefs meet over cross-border crime\n\n"
        "The Commander of the Gabonese Gendarmerie, General Serge Mboumba Nzé, on Monday received his Congolese "
        "counterpart, General Firmin Ondongo Ebata, in Libreville.\n\n"
        "The two commanders were accompanied by their senior staff."
    )
    (meeting,) = read_offline(text, "2026-05-13").meetings
    assert meeting.topics == [Topic.ORGANISED_CRIME]
