"""People's names: telling them from the other capitalised words of a communiqué.

Titles, institutions, calendar words and places are capitalised too. These helpers
find runs of capitalised words and keep those that can be a person's name; they
serve the offline reader (to find names) and the summary check (to spot a name the
record lacks).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from communique import regexes
from communique.normalise import places
from communique.text import branched, fold, tidy

#: Capitalised words that are not people's names (folded): articles, titles and ranks,
#: institutions and units, documents, places, calendar words (``data/name_words.json``).
_NAME_WORDS = places.load_table("name_words.json")
NON_NAME_WORDS = frozenset(
    fold(word) for group in _NAME_WORDS.values() if isinstance(group, list) for word in group
)
#: The words of a news outlet's name ("Times", « Courrier », "News"), folded: an outlet
#: reports, it takes no side.
MEDIA_WORDS = frozenset(fold(word) for word in _NAME_WORDS["media"])

_PARTICLES = r"(?:de|du|des|del|della|di|da|do|dos|van|von|der|den|ben|bin|ibn|bint|el|al|ould|mint|ag|abou|abu|la|le|y|e|ter|ur|ul)"
#: Name particles ("de", "Ould", "al", the "ur" of "Aziz ur Rehman"), which join the words of a name.
PARTICLES = frozenset(_PARTICLES[3:-1].split("|"))
#: A name word: capitalised (with apostrophes and hyphens inside: "Wang’ombe", "Dang’i",
#: "Kollie-Dennis"; with a capital inside: "AbdulKarim", "McAllister"), all capitals, an
#: initial (with its full stop, or without it before a further name word: "Hendra R
#: Simatupang"), an abbreviated given name ("Md. Rafiqul Haque"), or a capitalised word
#: after a lower-case Arabic article ("al-Jubouri"), an Irish "O'" ("O’Neill") or the "N'" or "M'" of West
#: African names ("Kouadio N'Guessan", "Mamadou N'Diaye", "Paul M'Bemba"); Latin
#: Extended-A letters too ("Yıldız", "Šimić"), the Romanian ș and ț ("Cătălin-Ionuț") and Vietnamese letters of
#: Latin Extended Additional ("Tô Hải", "Nguyễn"); two initials
#: or three glued to a surname ("C.D.Perera"; one is an honorific: « M.Hammouchi »), or glued together
#: before it ("K.P. Jayasinghe", "D.M Swaminathan": the last full stop left out; "K.P. JAYASINGHE" too).
_WORD = (
    r"(?:(?:[A-Z]\.){2,3}[A-Z][a-z]+|(?:Md|Mohd|Muhd)\.|(?:(?:al|el|ad|ed|as|ash|at|ar|az|an)-|[OMN]['’])?[A-ZÀ-ÖØ-ÞĀ-ſȘ-țḀ-ỿ][a-zß-öø-ÿĀ-ſȘ-țḀ-ỿ]+(?:[A-Z][a-zß-öø-ÿ]{2,})?"
    r"(?:['’-][A-ZÀ-ÖØ-Þa-zß-öø-ÿĀ-ſȘ-țḀ-ỿ][a-zß-öø-ÿĀ-ſȘ-țḀ-ỿ]*)*"
    r"|(?:[OMN]['’])?[A-ZÀ-ÖØ-ÞĀ-ſȘ-țḀ-ỿ]{2,}(?:['’-][A-ZÀ-ÖØ-ÞĀ-ſȘ-țḀ-ỿ]{2,})*|(?:[A-Z]\.){2,3}(?=[ \u00a0]+[A-Z](?:[a-z]|[A-Z]{2}))|(?:[A-Z]\.){1,2}[A-Z](?=[ \u00a0]+[A-Z](?:[a-z]|[A-Z]{2}))|[A-Z]\.|[A-Z](?=[ \u00a0]+[A-Z][a-z]))"
)
#: A run of capitalised words, with name particles between them ("Mohamed Ould Ahmed");
#: long enough for a five-part name behind a chain of titles and honorifics; it may end on a
#: dash written before a space ("COP Samuel Kofi Mensah- Director General, Operations").
#: Particles written with a capital that only ever join a name ("Ahmed Ould Sidi Ould Salem").
_NAME_PARTICLES = r"(?:Ould|Mint|Ben|Bin|Ibn|Bint|Abu|Abou|Ag|Van|Von)"
_NAME_PARTICLE_WORDS = frozenset(_NAME_PARTICLES[3:-1].split("|"))
#: An initial ("T.", "R" inside a name) or an abbreviated given name ("Md.").
_INITIAL = regexes.compile(r"[A-Z]\.?|(?:Md|Mohd|Muhd)\.")
#: A nickname in quotes inside a name, as the press writes it: Ronald "Bato" de la Rosa,
#: Eduardo ‘Edong’ Salcedo. Never a run's first or last word: the name is kept whole, verbatim.
_NICKNAME = r"[\"“‘'][A-Z][a-z]+(?:-[A-Z]?[a-z]+)?[\"”’']"
#: A middle initial glued to the surname, after a given name ("Joey R.Hood"); at the start of a run a
#: single glued initial is an honorific's (« M.Hammouchi »). A run never starts on the second letter of a
#: dotted abbreviation ("the U.K. EMSOU team" names no "K. EMSOU").
_GLUED_MIDDLE = r"[A-Z]\.[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?"
CAPITALISED_RUN = regexes.compile(
    rf"(?<![\w'’-])(?!(?<=[A-Z]\.)[A-Z]\.){_WORD}(?:(?:[ \u00a0]+{_NICKNAME})?[ \u00a0]+(?:(?:{_PARTICLES}|{_NAME_PARTICLES})[ \u00a0]+)*(?:{_GLUED_MIDDLE}|{_WORD})){{0,11}}(?![\w'’]|-(?![ \u00a0]))",
    0,
    branched,
)
_QUOTED_NICKNAME = regexes.compile(_NICKNAME)


@lru_cache(maxsize=2048)
def capitalised_runs(text: str) -> tuple[re.Match[str], ...]:
    """Every :data:`CAPITALISED_RUN` of ``text``, in order, remembered for the document being
    read (the offline reader clears the memo): it looks for the names of a sentence when it
    asks whether the sentence names someone and again when it reads who they are."""
    return tuple(CAPITALISED_RUN.finditer(text))


HONORIFIC_BEFORE = regexes.compile(
    r"(?:\b(?:M|MM|Mme|Mmes|Mlle|Mr|Mrs|Ms|Dr|Pr)\.?|\b(?:Monsieur|Madame|Mister|Sir|Dame|"
    r"Général|General|Gen\.|Colonel(?:-major)?|Commissaire|Commandant|Sheikh|Cheikh|Lt\.?|IGP|"
    # an office written before a surname alone, as English writes it: "President Kagame", "Minister Wang",
    # "Liaison Officer Lindholt", "Special Agent Ruiz", "Director Buenrostro"
    r"(?-i:President|Minister|Commissioner|Governor|Ambassador|Secretary|Officer|Agent|Director)|"
    # a rank or an office in lower case after its article, as French writes it: « le lieutenant-colonel Morel »,
    # « du général Tiani », « le commissaire divisionnaire Garnier », « le préfet Durand »
    r"\b(?:[Ll]e|[Dd]u|[Aa]u|[Ll]a) (?:(?:lieutenant-|vice-|contre-)?(?:colonel(?:-major)?|amiral)|général(?: de (?:brigade|division))?|"
    r"commandant|capitaine|commissaire(?: divisionnaire| principal| général)?|contrôleur général|préfet|procureur|juge|"
    r"ministre|président|ambassadeur)"
    # and the adjective that says whose he is, or what kind: « le ministre luxembourgeois Feyder », « le général
    # nigérien Tiani », « le ministre délégué Martin » (a word of four letters at least, none of the prepositions)
    r"(?:\s+(?!(?:pour|avec|dans|chez|sans|sous|vers|lors|entre|depuis|selon|après|avant|contre|auprès)\b)"
    r"(?-i:[a-zàâçéèêëîïôûùü][a-zàâçéèêëîïôûùü-]{3,}))?))\s+$",
    0,
    branched,
)


_HONORIFICS = (
    r"m|mm|mme|mmes|mlle|mr|mrs|ms|miss|dr|pr|prof|me|ma[îi]tre|(?-i:S\.? ?E\.? ?M(?:me)?)|s\.? ?e|h\.? ?e|sir|dame|"
    r"monsieur|madame|mister|son excellence|his excellency|her excellency|"
    r"sheikh|cheikh|g[ée]n[ée]ral de (?:corps d'arm[ée]e|division|brigade)|general|général|gen|"
    r"lieutenant[- ]g[ée]n[ée]ral|lieutenant general|colonel(?:[- ]major)?|col|"
    r"commissaire(?: divisionnaire| principal)?|contr[ôo]leur g[ée]n[ée]ral|commandant|"
    r"capitaine|captain|admiral|amiral|brigadier(?: general)?|major[- ]g[ée]n[ée]ral|professeur|professor|"
    r"judge|juge|prefect|prefetto|pr[ée]fet|senator|sénateur|senateur|sen|shri|smt|shrimati|drs|pfr|h\.? ?h|hon|ratu|alhaji|tan sri|puan sri|datuk(?: seri)?|dato['’]? ?(?:sri|seri)?|paduka(?: seri)?|seri|hj|haji|lt|maj|capt|brig|cdt|cmdt|insp|sgt|igp|ig|dig|aig|cop|dcop|acp|supt|(?:chief )?superintendent|"
    # a Khmer dignitary's, with the titles it may carry: « Samdech Kralahom Sâr Kheng », « Samdech Techo Hun Sèn »
    r"samdech(?: (?:akka moha sena padei|moha bovor thipadei|kralahom|krolahom|techo|thipadei))*"
)
_HONORIFIC = regexes.compile(rf"^(?:(?:{_HONORIFICS})\.?\s+)+", re.IGNORECASE)


#: A civility right before a name, in any case: a headline in capitals writes them in capitals too ("…, HON.
#: CHANDA MULENGA, MP", « … REÇOIT MME … »), where :data:`HONORIFIC_BEFORE`, which keeps its case, cannot see them.
HONORIFIC_ENDING = regexes.compile(rf"(?:^|[\s,(])(?:{_HONORIFICS})\.?\s+$", re.IGNORECASE)


def strip_honorifics(name: str, countries: Collection[str] | None = None) -> str:
    """``"M. Abdellatif Hammouchi"`` → ``"Abdellatif Hammouchi"``; a name that is
    nothing but an honorific, or that bears « Cheikh » as a given name (by the ``countries``
    of the text, when known: see :func:`given_cheikh`), is returned unchanged."""
    return _stripped(name, None if countries is None else frozenset(countries))


@lru_cache(maxsize=4096)
def _stripped(name: str, countries: frozenset[str] | None) -> str:
    """:func:`strip_honorifics`, remembered: the spans, the summaries and the checks of a
    record strip the same few names again and again."""
    cleaned = " ".join(tidy(name).split())
    if given_cheikh(cleaned, countries):
        return cleaned
    bare = _HONORIFIC.sub("", cleaned).strip(" ,")
    return bare or cleaned


_ROMAN = frozenset({"ii", "iii", "iv", "vi", "vii", "viii"})


@lru_cache(maxsize=8192)
def is_name_token(folded_token: str) -> bool:
    """Whether a folded word may be part of a person's name."""
    if len(folded_token) < 2 or folded_token in NON_NAME_WORDS or folded_token.isdigit():
        return False
    if " " in folded_token and any(part in NON_NAME_WORDS for part in folded_token.split()):
        return False  # "Lieutenant-colonel", "Under-Secretary", "Euro-Police"
    if folded_token in _ROMAN:
        return False  # "Forum IV": a numbered event, not a name
    return not places.mentions(folded_token)


def _is_name_word(token: str) -> bool:
    """Whether a word of a run may be part of a name (initials glued to a surname are read
    without them: "R.M.Gunasekara" is a name word as "Gunasekara" is; initials glued together,
    "W.A." of "W.A. Gunasekara", are one unless they abbreviate a country or a body: "U.S.")."""
    if "." in token and _INITIALS.fullmatch(token):
        return token.replace(".", "").lower() not in _DOTTED_PLACES
    if _QUOTED_NICKNAME.fullmatch(token):
        return True  # a run holds one only between name words
    if _GLOTTAL.fullmatch(token):
        return True  # a name with an apostrophe inside a word, whatever its parts mean: "Sa'eed", "Ha'apio"
    if _PREFIXED.match(token):
        return is_name_token(
            fold(token[2:])
        )  # the name after its "N'", "M'" or "O'": "M'Bemba" ("M" is Monsieur)
    if token.isupper() and token.isalpha() and (not _VOWEL.search(token) or places.organisation(token)):
        return False  # a body's acronym before a name: "India's SSB Amrit Mohan Prasad", "DGSN Abdellatif Hammouchi"
    return is_name_token(fold(_GLUED_PREFIX.sub("", token) if "." in token else token))


#: (an accented capital is a vowel too: « Said Ali MZÉ » is a name, not an acronym)
_VOWEL = regexes.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ý]")
_GLOTTAL = regexes.compile(r"[A-Z][a-z]{1,3}['’][a-z]{2,}")
#: The "N'", "M'" or "O'" a name word may open on (:data:`_WORD`).
_PREFIXED = regexes.compile(r"[OMN]['’](?=[A-Z])")
_GLUED_PREFIX = regexes.compile(r"^(?:[A-Z]\.){2,3}(?=[A-Z][a-z])")
_INITIALS = regexes.compile(r"(?:[A-Z]\.){2,3}|(?:[A-Z]\.){1,2}[A-Z]")
#: Countries and bodies written with dotted capitals, which are not initials: "U.S. Ambassador".
_DOTTED_PLACES = frozenset(["us", "uk", "un", "eu", "uae", "usa", "ussr", "drc", "rdc"])


def _may_join_a_name(tokens: list[str], index: int) -> bool:
    """Whether the word at ``index`` of a run may stand inside a name: a name word, a
    particle, an initial, any word after a particle ("Ould Cheikh", "El Général"), or
    before a particle that only ever joins a name ("Ely Cheikh Ould Baba")."""
    token = tokens[index]
    if _is_name_word(token) or token.lower() in PARTICLES or _INITIAL.fullmatch(token):
        return True
    if _given_name_first(tokens[index:]):
        return True  # "To Van Hung", "Cheikh Tidiane Ba"
    if (
        0 < index < len(tokens) - 1
        and _is_name_word(tokens[index - 1])
        and _is_name_word(tokens[index + 1])
        and (_city_only(token) or token.title() in _TITLE_SURNAMES)
    ):
        # a city's name or a title between two name words is a surname: "Andrés Milano Rojas", "Omar Haji Ameir"
        return True
    if (
        0 < index < len(tokens) - 2
        and _is_name_word(tokens[index - 1])
        and all(len(t) > 1 and _is_name_word(t) for t in tokens[index + 1 : index + 3])
        and fold(token) in places.tables().countries
    ):
        return True  # a country's name as a given name, before two surnames: "María Montserrat Marín López"
    particle = tokens[index - 1].lower() if index > 0 else ""
    # after an article, a word that is never a name's is an office's: "DG de la Police"; not after one written
    # with a capital between a given name and the name it goes on to, which starts a surname: "Alexis Le Cour
    # Grandmaison" (not "Mikael Wern Le Directeur général", whose office follows his name)
    surname_particle = (
        1 < index < len(tokens) - 1
        and tokens[index - 1][:1].isupper()
        and tokens[index - 2].lower() not in PARTICLES
        and _is_name_word(tokens[index - 2])
        and _is_name_word(tokens[index + 1])
    )
    after = particle in PARTICLES and (
        surname_particle or not (particle in _ARTICLES and fold(token) in NON_NAME_WORDS)
    )
    before = index + 1 < len(tokens) and tokens[index + 1] in _NAME_PARTICLE_WORDS
    return after or before


#: The particles that are articles or prepositions too, of French, Spanish and Italian
#: names ("de la Fuente") and of offices (« directeur de la Police »).
_ARTICLES = frozenset({"de", "du", "des", "del", "della", "di", "da", "la", "le"})


#: Words that end the name of a building, a street, a port or a school named after someone:
#: "Louis Edet House", "Kofi Annan Building", "Ahmadu Bello Stadium", "Khalifa bin Salman Port",
#: "Gaddafi Memorial Academy" name no one taking part; nor do
#: units named after their towns, in the plural ("the Valmiera and VRS Smiltene Boards").
_NAMED_PLACE_END = frozenset(
    [
        "house",
        "building",
        "tower",
        "towers",
        "barracks",
        "complex",
        "plaza",
        "square",
        "street",
        "avenue",
        "boulevard",
        "road",
        "hall",
        "stadium",
        "mosque",
        "hospital",
        "bridge",
        "airport",
        "port",
        "causeway",
        "highway",
        "palace",
        "academy",
        "university",
        "college",
        "school",
        "institute",
        "centre",
        "center",
        "hotel",
        "park",
        "museum",
        "library",
        "boards",
        "units",
        "offices",
        "commands",
        "directorates",
    ]
)


#: The honorifics of a person only, which no building's name opens with: "Mr James Park", "Mrs Ama Hall",
#: « M. Min-ho Park » are people (Park, Hall, House are surnames too), where "Louis Edet House" is a building.
_MISTER = frozenset({"mr", "mrs", "ms", "m", "mme", "mlle", "miss", "madame", "monsieur", "mister"})


#: Words that end a company's or an association's name: "Nordlys Secure Limited", "Baltic
#: Shield Holdings", "ASEAN Association" are no one's name, however their words look.
_FIRM_END = frozenset(
    ["limited", "ltd", "inc", "plc", "llc", "gmbh", "corporation", "company", "holdings", "association"]
)
#: The last word of a settlement's name: "Nicholls Town", "Fresh Creek", "Governor's Harbour" (or "San Diego Harbor", as
#: American English writes it)
_SETTLEMENT_END = frozenset(["town", "creek", "harbour", "harbor", "village", "beach"])

#: The last word of a course's, a memorial's, a cemetery's or a programme's name: "Senior Officer Basic Course",
#: "Bomana War Cemetery", "Kokoda Memorial", "Counter-Terrorism Travel Tracing Programme".
_OCCASION_END = frozenset(
    [
        "course",
        "courses",
        "cemetery",
        "memorial",
        "cimetiere",
        "programme",
        "program",
        "programmes",
        "programs",
    ]
)

#: Words that begin a place's name and take the next word with them: Malay and Indonesian
#: hills, villages, roads and islands ("Bukit Aman", the Malaysian police headquarters,
#: "Kampung Baru", "Jalan Ampang"), Maghreb quarters (« Hay Riad »), camps and forts ("Camp
#: Aguinaldo", "Fort Dauphin"). A run of two words that opens with one is a place.
#: Words that end the name of a seat of government, which no surname ends with: « le Grand Sérail » (Beirut).
_SEAT_END = frozenset({"serail"})

#: The last word of a security body's name, that a run ending on it is ("US Coast Guard", "Border Guards",
#: "Royal Malaysian Customs"), or of a unit's, which French texts keep in English too (« la Quick Response Team »,
#: "Special Support Unit"): cut off, the words before it would pass for a name ("US Coast", "Quick Response").
_BODY_END = frozenset(
    {
        "guard",
        "guards",
        "customs",
        "gendarmerie",
        "constabulary",
        "team",
        "teams",
        "unit",
        "units",
        "squad",
        "squads",
    }
)
#: … and the last two words of a police force's name ("Thunder Bay Police Service", "Kenora Police Force"): the place
#: before them would pass for a name ("Thunder Bay").
_POLICE_BODY_END = frozenset({"service", "services", "force", "command", "department"})

_PLACE_START = frozenset(
    [
        "hay",
        "bukit",
        "kampung",
        "kampong",
        "jalan",
        "pulau",
        "sungai",
        "tanjung",
        "bandar",
        "taman",
        "gunung",
        "camp",
        "fort",
    ]
)


@lru_cache(maxsize=4096)
def trim(run: str) -> str:
    """Drop the words at either end of a capitalised run that cannot be part of a name:
    ``"Directeur Abdellatif Hammouchi"`` → ``"Abdellatif Hammouchi"``; a building named
    after someone (``"Louis Edet House"``) or a firm (``"Nordlys Secure Limited"``) is no
    one's name; a run that ends on a possessive names its owner when he is named whole
    (``"Farid Hassan Kamali's"`` → ``"Farid Hassan Kamali"``; one word, « Sheikh Saif's office »,
    is a way to call someone named in full elsewhere, and stays unread). (Remembered: the reader
    trims the runs of a sentence several times, and names recur from one text to the next.)"""
    tokens = run.split()
    if (
        tokens
        and len(last := tokens[-1]) > 3
        and last.endswith(_POSSESSIVE)
        and last[:-2].replace("-", "").isalpha()
    ):
        owner = _trimmed([*tokens[:-1], last[:-2]])
        if " " in owner:
            return owner
    return _trimmed(tokens)


#: An English possessive at the end of a run's last word: "Kamali's tour", "Kamali’s visit".
_POSSESSIVE = ("'s", "’s")


def _trimmed(tokens: list[str]) -> str:
    """:func:`trim` of a run's words."""
    whole = tokens
    if (
        (
            len(whole) > 2
            and whole[-1].lower() in _NAMED_PLACE_END
            and fold(whole[0]).rstrip(".") not in _MISTER
        )
        or (len(whole) > 1 and fold(whole[-1]) in _SEAT_END)
        or (len(whole) > 1 and fold(whole[-1]) in _FIRM_END | _SETTLEMENT_END | _OCCASION_END | _BODY_END)
        or (len(whole) > 2 and fold(whole[-2]) == "police" and fold(whole[-1]) in _POLICE_BODY_END)
        or (len(whole) == 2 and fold(whole[0]) in _PLACE_START)
    ):
        return ""
    # honours after the name, in capitals or lower case ("Daniel Osei AO CSC", "Musa Bello mni"),
    # are dropped first: the office before the name is cut after its last word, not after theirs
    # (not a surname in capitals that is a city's or a title's, which it is in small letters too:
    # « Godfrey MWANZA », « Ahmed CHEIKH »)
    while (
        len(tokens) > 2
        and not tokens[-1].istitle()
        and not _is_name_word(tokens[-1])
        and not (tokens[-1].isupper() and (_surname_like_city(tokens[-2:]) or _title_as_surname(tokens[-2:])))
    ):
        tokens = tokens[:-1]
    # the country one comes from, after his name: « le col X Y du Togo »
    if len(tokens) > 3 and tokens[-2] in ("du", "de") and fold(tokens[-1]) in places.tables().countries:
        tokens = tokens[:-2]
    # ... or the body whose office he holds: « la directrice générale X Y du Bureau national … », « de la Direction »
    body = 3 if tokens[-3:-1] == ["de", "la"] else 2
    if len(tokens) > body + 1 and tokens[-2] in ("du", "des", "la") and not _is_name_word(tokens[-1]):
        tokens = tokens[:-body]
    # the name is the end of a run that starts with an office or a unit ("NZ Police
    # Andrew Coster"): cut after the last word that cannot be in a name (particles,
    # initials and a word after a particle can)
    # (a town borne as a given name is kept for the caller to judge: "Ms Sofia Lindqvist")
    cut = max(
        (
            i + 1
            for i, token in enumerate(tokens[:-1])
            if not _may_join_a_name(tokens, i) and not town_given_name(" ".join(tokens[i:]))
        ),
        default=0,
    )
    # and after a place of several words ("Ambassador of Oman to Saudi Arabia Salim Al-Rawahi"),
    # whose last word alone may pass for a name
    cut = max(cut, _after_place(tokens))
    # and after the word a place's first word takes with it ("Bukit Aman Commercial Crime
    # Investigation Department director Lim Wei Ming")
    cut = max(
        cut,
        max(
            (
                i + 2
                for i, token in enumerate(tokens[:-2])
                # (not a given name before its patronymic: "Bandar bin Saeed Al-Harthy")
                if fold(token) in _PLACE_START and fold(tokens[i + 1]) not in _PATRONYMIC_WORDS
            ),
            default=0,
        ),
    )
    tokens = tokens[cut:]
    while (
        tokens
        and not _is_name_word(tokens[0])
        and not _given_name_first(tokens)
        and not _initials_first(tokens)
        and not _particle_surname(tokens)
        and not town_given_name(" ".join(tokens))
    ):
        tokens.pop(0)
    # a word after a particle is a name whatever it means ("Ould Cheikh", "El Général")
    while (
        len(tokens) > 1
        and not _is_name_word(tokens[-1])
        and tokens[-2].lower() not in PARTICLES
        and not _surname_like_city(tokens)
        and not _title_as_surname(tokens)
        and not _month_as_surname(tokens)
    ):
        tokens.pop()
    if len(tokens) == 1 and not _is_name_word(tokens[0]):
        tokens.pop()
    if (
        len(tokens) < 2
    ):  # or its start, when an office follows the name ("Muhterem Ince Turkish Deputy Minister")
        tokens = _leading_name(whole) or tokens
    return " ".join(tokens)


def _particle_surname(tokens: list[str]) -> bool:
    """Whether a run is a surname that opens on its particle written with a capital, after an office: "Director De
    Smet", "Commissioner Le Goff" (the particle was dropped as an office's article, and the one word left was no
    name). Not a place's article: « Le Caire », "La Paz" stay places."""
    first, *rest = tokens
    return (
        len(rest) == 1
        and first[:1].isupper()
        and first.lower() in _SURNAME_PARTICLES
        and _is_name_word(rest[0])
        and fold(f"{first} {rest[0]}") not in places.tables().cities
        and fold(rest[0]) not in places.tables().countries
    )


#: The particles a surname may open on, capitalised, after an office ("De Smet", "Van Dyk", "Do Rosário").
_SURNAME_PARTICLES = _ARTICLES | {"do", "dos", "das", "van", "von", "der", "den", "ter"}


def _initials_first(tokens: list[str]) -> bool:
    """Whether a run starts with initials written apart before a surname: "C. D. Wickramaratne"."""
    rest = 0
    while rest < len(tokens) and _SPACED_INITIAL.fullmatch(tokens[rest]):
        rest += 1
    return 0 < rest < len(tokens) and tokens[rest][:1].isupper() and _is_name_word(tokens[rest])


_SPACED_INITIAL = regexes.compile(r"[A-Z]\.")


#: Words that are given names in the middle of a Vietnamese name, after the surname ("To Van
#: Hung", "Le Thi Hoa"): the short word before them is a surname, not an English or French word.
_VIETNAMESE_MIDDLE = frozenset(["Van", "Thi", "Văn", "Thị"])
#: The Vietnamese surname that folds to the English "to", written with or without its accent.
_VIETNAMESE_TO = frozenset(["To", "Tô"])
#: Particles of a patronymic chain, after which "Cheikh" is a prince's honorific ("Cheikh Tamim
#: ben Hamad Al Thani"); without them it is a given name ("le commissaire Cheikh Tidiane Ba").
_PATRONYMIC_WORDS = frozenset(["bin", "ben", "ibn", "bint", "al", "el", "ould"])


def _given_name_first(tokens: list[str]) -> bool:
    """Whether the first word of a run, a word that is not a name elsewhere, is a name here:
    a given name before its patronymic particle, a Vietnamese surname before a middle name ("To Van Hung") or before a given name that ends
    the run ("To Quan"), or « Cheikh » as a West African given name, not followed by a
    patronymic chain."""
    first = tokens[0]
    if len(tokens) >= 3 and tokens[1].lower() in ("bin", "ben", "ibn", "bint"):
        return True  # "Bandar bin Saeed Al-Harthy": a word that is a place's elsewhere, here a given name
    if first in _VIETNAMESE_TO and len(tokens) == 2 and _is_name_word(tokens[1]) and tokens[1].istitle():
        return True  # "General To Quan", « le général Tô Quân »: a surname before one given name
    if len(tokens) < 3:
        return False
    if tokens[1] in _VIETNAMESE_MIDDLE:
        return len(first) <= 3 and first.istitle() and fold(first) != "the"
    return first in SHEIKHS and given_cheikh(" ".join(tokens))


#: « Cheikh » as French writes it, "Sheikh" as English does: a given name in West Africa and
#: South Asia (« Cheikh Tidiane Ba », "Sheikh Md. Sazzad Ali"), a prince's title in the Gulf.
SHEIKHS = frozenset(["Cheikh", "Sheikh"])
#: The monarchies whose princes bear « Cheikh » as a title ("Cheikh Tamim", "Cheikh Saif").
GULF_MONARCHIES = frozenset(["QA", "AE", "KW", "BH", "SA", "OM"])


def given_cheikh(name: str, countries: Collection[str] | None = None) -> bool:
    """Whether a name that starts with « Cheikh » bears it as a given name: two name words
    at least follow, with no patronymic particle among them ("Cheikh Tidiane Ba", not
    "Cheikh Saif bin Zayed Al Nahyan"); or one, in a text whose ``countries`` are known; never
    in a text about a Gulf monarchy (« le commissaire Cheikh Ndiaye » of a Senegalese text,
    not "Sheikh Khalid Mubarak Hamdan" of a Kuwaiti one)."""
    words = name.split()
    if len(words) < 2 or words[0] not in SHEIKHS:
        return False
    if any(w.lower() in _PATRONYMIC_WORDS or w.lower().startswith(("al-", "el-")) for w in words[1:]):
        return False
    if countries is not None and GULF_MONARCHIES & set(countries):
        return False  # a prince's, in a text about a Gulf monarchy ("Sheikh Khalid Mubarak Hamdan")
    return len(words) >= 3 or countries is not None


def _surname_like_city(tokens: list[str]) -> bool:
    """Whether a run's last word is a city's name borne as a surname: after name words
    ("Ricardo Ferreira Lima", "Ana Paula Sousa Braga", "Peter Monaghan", "David Kingston"),
    a city alone (not a country, a people or an organisation) ends the name."""
    if len(tokens) < 2 or not all(_is_name_word(token) for token in tokens[-3:-1]):
        return False
    if len(tokens) == 2 and (not tokens[0].istitle() or tokens[0] in _BEFORE_A_CITY):
        return False  # a body's acronym or a part of the city before it: "INL Abuja", "Greater Georgetown"
    return _city_only(tokens[-1])


#: Words that make a part of a city, not a given name, before its name ("Greater Accra", "Old Delhi").
_BEFORE_A_CITY = frozenset(["Greater", "Metropolitan", "Old", "Grand", "Downtown", "Inner", "Outer"])


def town_given_name(run: str) -> bool:
    """Whether a run is a town's name borne as a given name, then a surname ("Sofia Lindqvist", "Florence Adjei",
    "Victoria Mensah"): a person's shape when an office or a civility names her so (the run alone may be a place and
    its people: the caller asks for the title). Not a town before a full name: "commissioner of Philadelphia Charles
    Ramsey"."""
    tokens = run.split()
    return (
        len(tokens) == 2
        and tokens[0].istitle()
        and tokens[0] not in _BEFORE_A_CITY
        and _city_only(tokens[0])
        and all(_is_name_word(token) and (token.istitle() or token.isupper()) for token in tokens[1:])
    )


def _city_only(token: str) -> bool:
    """Whether a word is a city's name and nothing else (not a country, a people or an
    organisation): one a surname may bear."""
    folded = fold(token)
    t = places.tables()
    return folded in t.cities and folded not in t.countries and folded not in t.organisations


#: Titles that are surnames too, the last word of a name after name words: "Alyson King", "Omar Haji", « Karim
#: Hadj », "Ali Sheikh" (not "King Abdullah", "the Saudi King", "Sheikh Tamim": a title before a name, or after no
#: name; not "Prince": "Crown Prince" is an office).
_TITLE_SURNAMES = frozenset(
    ["King", "Haji", "Hajji", "Hadj", "Alhaji", "Sheikh", "Cheikh", "Imam", "Malam", "Mallam"]
)


def _title_as_surname(tokens: list[str]) -> bool:
    """Whether a run's last word is such a title borne as a surname, after name words only (and an initial,
    maybe: « M. Karim Cheikh », whose « M. » is stripped later)."""
    before = tokens[:-1]
    return (
        len(tokens) >= 2
        and tokens[-1].title() in _TITLE_SURNAMES
        and all(_is_name_word(t) or _INITIAL.fullmatch(t) for t in before)
        and any(map(_is_name_word, before))
    )


#: Month names that are also given names ("Mai Thanh Huong", "May Ahmed Ali"): the first
#: word of a name of three words or more.
MONTH_NAMES = frozenset(
    [
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


#: Month names borne as surnames, the last word of a name after name words: "Theresa May", « Caroline May »
#: (a date's month follows a day or a weekday, neither a name word: "12 May", "Monday May 12"). Only "May": the
#: other months are seldom surnames and often capitalised in datelines and headlines.
_MONTH_SURNAMES = frozenset(["May"])


def _month_as_surname(tokens: list[str]) -> bool:
    """Whether a run's last word is a month borne as a surname, after name words only ("Theresa May")."""
    return len(tokens) >= 2 and tokens[-1] in _MONTH_SURNAMES and all(map(_is_name_word, tokens[:-1]))


def _surname_like_country(tokens: list[str]) -> bool:
    """Whether a run's last word is a country's name (one word, not a people's) borne as a
    surname after name words ("Suryo Haiti"); :func:`trim` still cuts it, the reader gives it
    back where the sentence shows it is a name's."""
    if len(tokens) < 2 or " " in fold(tokens[-1]) or not all(_is_name_word(t) for t in tokens[:-1]):
        return False
    t = places.tables()
    last = fold(tokens[-1])
    return last in t.countries and last not in t.demonym_words


def _after_place(tokens: list[str]) -> int:
    """Where the words after the last place of two or three words of a run begin, when
    two name words at least follow it ("Saudi Arabia Salim Al-Rawahi" → 2); else 0."""
    cut = 0
    starts = places.tables().starts  # most words start no place: spared the look-up
    for size in (2, 3):
        for i in range(len(tokens) - size - 1):
            if fold(tokens[i]) not in starts:
                continue
            words = " ".join(tokens[i : i + size])
            if any(m.text == fold(words) for m in places.mentions(words)):
                cut = max(cut, i + size)
    return cut


def _leading_name(tokens: list[str]) -> list[str]:
    """The name words a run starts with, when an office or a place follows them."""
    lead: list[str] = []
    for token in tokens:
        if _is_name_word(token) or (lead and token.lower() in PARTICLES):
            lead.append(token)
        else:
            break
    while lead and lead[-1].lower() in PARTICLES:
        lead.pop()
    return lead if len(lead) >= 2 and len(lead) < len(tokens) else []


#: A country or a union by its abbreviation, before a body's acronym: "US INL", "UK NCA", "EU EUCAP".
_COUNTRY_ABBREVIATIONS = frozenset({"US", "U.S.", "USA", "UK", "U.K.", "EU", "UN"})


@lru_cache(maxsize=8192)
def person_shaped(name: str) -> bool:
    """Whether a name has the shape of a person's: every word may be part of a name (a
    word next to a particle whatever it means: "Ould Cheikh", "El Général", "Ely Cheikh
    Ould Baba"), and no place or organisation of two words or more is inside it ("New
    Zealand", "San Diego"). Titles, offices, units, documents and regions are not:
    "Public Relations", "Working Arrangement", "Kurdistan Region", "DIG Logistics"."""
    words = name.split()
    if len(words) >= 2 and words[0] in _COUNTRY_ABBREVIATIONS and all(w.isupper() for w in words[1:]):
        return False  # a body by its country's and its own acronyms, as a headline names it: "US INL", "US AFRICOM"
    tokens = [fold(w) for w in words if w.lower() not in PARTICLES]
    # an initial inside a name ("Samuel T. Kollie") is a name word too
    last = len(words) - 1
    if not tokens or not all(
        _may_join_a_name(words, i)
        or (i == last and (_surname_like_city(words) or _surname_like_country(words)))
        or (i == 0 and last >= 2 and fold(words[0]) in MONTH_NAMES)
        or (i == last and _month_as_surname(words))  # "Theresa May"
        or (i == 0 and last >= 1 and words[0] in SHEIKHS)  # a given name ("Sheikh Hasina") or a title
        or (i == last and _title_as_surname(words))  # "Alyson King"
        for i in range(len(words))
    ):
        return False
    if all(len(t) < 2 for t in tokens):
        return False
    return not any(" " in mention.text for mention in places.mentions(name))


def person_like(run: str) -> bool:
    """Whether a trimmed run looks like a person's full name: person-shaped and at least
    two words besides particles."""
    split = run.split()
    # (a particle joins the words of a name and so ends none: one written with a capital last is a name word, as
    # a Chinese given name is: "Zhao Bin", "Li Ben")
    words = [
        w
        for i, w in enumerate(split)
        if w.lower() not in PARTICLES or (0 < i == len(split) - 1 and w[:1].isupper())
    ]
    # initials glued to a surname count as a given name ("R.M.Gunasekara")
    return (
        len(words) >= 2 or (len(words) == 1 and _GLUED_INITIALS.fullmatch(words[0]) is not None)
    ) and person_shaped(run)


_GLUED_INITIALS = regexes.compile(r"(?:[A-Z]\.){2,3}[A-Z][a-z]+")
