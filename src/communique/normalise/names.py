"""People's names: telling them from the other capitalised words of a communiqué.

Titles, institutions, calendar words and places are capitalised too. These helpers
find runs of capitalised words and keep those that can be a person's name; they
serve the offline reader (to find names) and the summary check (to spot a name the
record lacks).
"""

from __future__ import annotations

import re
from functools import lru_cache

from communique.normalise import places
from communique.text import fold, tidy

#: Articles, titles, institutions and calendar words, which are capitalised too.
_NON_NAME_TEXT = """
    Le La Les L Un Une Des Du De Au Aux Et En À A Dans Sur Pour Par Avec Lors Ce Cette Ces Il Elle
    Ils Elles Selon Après Avant Depuis Durant Pendant Outre Ainsi Enfin Aussi The An Of In On At For
    With And By From To During His Her Their This These That Its It He She They After Before Since
    Also As According Both Mr Mrs Ms Miss Dr Prof Sir M Mme Mmes MM Mlle Pr Me SE HE S E H Directeur
    Directrice Director Directors Directeurs Général Générale General Generale Adjoint Adjointe
    Deputy Chef Cheffe Head Chief Ministre Minister Ministers Ministry Ministère Secrétaire
    Secretary Président Présidente President Vice Commandant Commander Ambassadeur Ambassadrice
    Ambassador Attaché Attachée Consul Inspecteur Inspector Procureur Prosecutor Commissaire
    Commissioner Préfet Wali Gouverneur Governor Haut Haute High Représentant Représentante
    Representative Délégué Déléguée Delegate Coordinateur Coordinator Conseiller Conseillère Adviser
    Advisor Colonel Colonel-major Capitaine Captain Lieutenant Major Amiral Admiral Brigadier
    Officier Officer Agent Sûreté Surveillance Territoire Sécurité Security Police Polizia Policía
    Gendarmerie Garde Guard Guardia Nationale National Nacional Intérieure Intérieur Interior Royale
    Royal Real Judiciaire Judicial Renseignement Renseignements Intelligence Services Service Office
    Bureau Direction Directorate Division Unité Unit Agency Agence Pôle Coopération Cooperation
    Co-operation Internationale International Affaires Affairs Etat État State States Royaume
    Kingdom République Republic Federal Fédérale Fédéral Union Européenne European Conseil Council
    Ligue League Arabe Arab Arabes Ministres Organisation Organization Commission Comité Committee
    Centre Center Académie Academy Forces Force Armées Armed Homeland Department Département
    Délégation Delegation Ambassade Embassy Siège Headquarters Mémorandum Memorandum Accord
    Agreement Convention Protocole Plan Action Conference Conférence Assemblée Assembly Sommet
    Summit Session Réunion Meeting Visite Visit Forum Séminaire Seminar Atelier Workshop Congrès
    Congress Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre
    Novembre Décembre January February March April May June July August September October November
    December Officials Responsables Crime Criminalité Organized Organised Lutte Fight Counter
    Terrorism Terrorisme Anti Drug Drugs Drogue Migration Frontières Frontière Border Borders
    Customs Douanes Douane Marine Navy Civil Civile Civils Excellence Excellency Son Sa Ses Majesté
    Majesty Roi King Reine Queen Prince Princesse Émir Emir Sultan Cheikh Sheikh Altesse Highness
    Nations Unies United Africaine African Africa Afrique Nord North Sud South Ouest West Est East
    Moyen-Orient Middle Gulf Golfe Maghreb Sahel Méditerranée Mediterranean Atlantique Atlantic
    Communiqué Communique Agence Presse Press News Map Aps Tap Afp Reuters Facebook Twitter Partager
    Share Olympiques Olympic Games Jeux Coupe Cup Monde World Nations CAN Mondial Programme Program
    Stratégie Strategy Stratégique Strategic Nouvelles Technologies Technology Ordre Jour Order Day
    Partie Party Parties Side Sides Pays Country Countries Frères Amis Partenaires Partners Groupe
    Group Cellule Cell Task Mission Missions Opération Operation Opérations Operations Investigation
    Investigations Investigative Bureau Federal Criminal Criminelle Crimes Cyber Scientifique
    Forensic Technique Technical Administration Pénitentiaire Prison Prisons Corps Brigade Régiment
    Escadron Compagnie Commandement Command Etat-major État-major Staff Provincial Préfectoral
    Régional Régionale Regional Local Central Centrale Supérieur Supérieure Superior Secrétariat
    Secretariat Permanent Permanente Executive Exécutif Exécutive Chargé Chargée Affaires Officer
    Attorney Justice Ministry Inspection Inspectorate Générales Généraux Judiciary Parquet Tribunal
    Court Cour Sénat Senate Parlement Parliament Chambre Sa Leurs Leur Notre Nos Our We Nous Vous Assistant Under-Secretary
    Undersecretary Palais Palace Congrès Hôtel Hotel Stade Stadium Aéroport Airport Acting
    You
"""
#: Capitalised words that are not people's names (folded).
NON_NAME_WORDS = frozenset(fold(w) for w in _NON_NAME_TEXT.split())

_PARTICLES = r"(?:de|du|des|del|della|di|da|do|dos|van|von|der|den|ben|bin|ibn|bint|el|al|ould|ag|abou|abu|la|le|y|e|ter)"
#: Name particles ("de", "Ould", "al"), which join the words of a name.
PARTICLES = frozenset(_PARTICLES[3:-1].split("|"))
_WORD = r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:['’-][A-ZÀ-ÖØ-Þa-zß-öø-ÿ][a-zß-öø-ÿ]+)*|[A-ZÀ-ÖØ-Þ]{2,}(?:-[A-ZÀ-ÖØ-Þ]{2,})*|[A-Z]\.)"
#: A run of capitalised words, with name particles between them ("Mohamed Ould Ahmed").
CAPITALISED_RUN = re.compile(
    rf"(?<![\w'’-]){_WORD}(?:[ \u00a0]+(?:{_PARTICLES}[ \u00a0]+)*{_WORD}){{0,5}}(?![\w'’-])"
)
HONORIFIC_BEFORE = re.compile(
    r"(?:\b(?:M|MM|Mme|Mmes|Mlle|Mr|Mrs|Ms|Dr|Pr)\.?|\b(?:Monsieur|Madame|Mister|Sir|Dame|"
    r"Général|General|Gen\.|Colonel(?:-major)?|Commissaire|Commandant|Sheikh|Cheikh|Lt\.?))\s+$"
)


_HONORIFICS = (
    r"m|mm|mme|mmes|mlle|mr|mrs|ms|miss|dr|pr|prof|me|s\.? ?e|h\.? ?e|sir|dame|"
    r"monsieur|madame|mister|son excellence|his excellency|her excellency|"
    r"sheikh|cheikh|general|général|gen|lieutenant[- ]g[ée]n[ée]ral|lieutenant general|"
    r"g[ée]n[ée]ral de (?:corps d'arm[ée]e|division|brigade)|colonel(?:[- ]major)?|col|"
    r"commissaire(?: divisionnaire| principal)?|contr[ôo]leur g[ée]n[ée]ral|commandant|"
    r"capitaine|captain|admiral|amiral|brigadier(?: general)?|professeur|professor"
)
_HONORIFIC = re.compile(rf"^(?:(?:{_HONORIFICS})\.?\s+)+", re.IGNORECASE)


def strip_honorifics(name: str) -> str:
    """``"M. Abdellatif Hammouchi"`` → ``"Abdellatif Hammouchi"``; a name that is
    nothing but an honorific is returned unchanged."""
    cleaned = " ".join(tidy(name).split())
    bare = _HONORIFIC.sub("", cleaned).strip(" ,")
    return bare or cleaned


@lru_cache(maxsize=8192)
def is_name_token(folded_token: str) -> bool:
    """Whether a folded word may be part of a person's name."""
    if len(folded_token) < 2 or folded_token in NON_NAME_WORDS or folded_token.isdigit():
        return False
    if " " in folded_token and all(part in NON_NAME_WORDS for part in folded_token.split()):
        return False  # "Lieutenant-colonel", "Under-Secretary"
    return not places.mentions(folded_token)


def trim(run: str) -> str:
    """Drop the words at either end of a capitalised run that cannot be part of a name:
    ``"Directeur Abdellatif Hammouchi"`` → ``"Abdellatif Hammouchi"``."""
    tokens = run.split()
    while tokens and not is_name_token(fold(tokens[0])):
        tokens.pop(0)
    # a word after a particle is a name whatever it means ("Ould Cheikh", "El Général")
    while (
        len(tokens) > 1
        and not is_name_token(fold(tokens[-1]))
        and not re.fullmatch(_PARTICLES, tokens[-2].lower())
    ):
        tokens.pop()
    if len(tokens) == 1 and not is_name_token(fold(tokens[0])):
        tokens.pop()
    return " ".join(tokens)


def person_like(run: str) -> bool:
    """Whether a trimmed run looks like a person's name: at least two words, most of
    them possible name words."""
    words = run.split()
    tokens = [(fold(w), i > 0 and bool(re.fullmatch(_PARTICLES, words[i - 1].lower())))
              for i, w in enumerate(words) if not re.fullmatch(_PARTICLES, w.lower())]  # fmt: skip
    # a word after a particle is a name whatever it means ("Ould Cheikh")
    return len(tokens) >= 2 and all(after_particle or is_name_token(t) for t, after_particle in tokens)
