"""Words that tell what kind of encounter a meeting is, beyond the kind cues' own.

The reader's ``_kind`` reads the opening sentence with :data:`cues.KIND_CUES`; these say
more: an encounter held by video (a call, or a conference when a multilateral or numbered
meeting is held that way), a numbered meeting (a recurring multilateral one), a meal with
the counterpart (a working meeting, not a visit), and a later sentence that calls the
encounter a visit.
"""

from __future__ import annotations

import re

from communique import regexes
from communique.text import Cue, branched

#: An encounter held by video: a call between two sides, a conference when the opening
#: names a multilateral meeting too ("held their 41st meeting through video conferencing").
VIDEO = Cue(
    r"vid[ée]o ?conf[ée]renc\w*",
    r"visio-?conf[ée]rences?",
    r"par visio",
    r"(?:through|by|via) video(?:[- ]?(?:link|call|conferenc\w*))?",  # the whole of "via video conference"
    r"virtual(?:ly)? (?:[\w'’-]+ ){0,3}?(?:meeting|session|dialogue|talks|mode|format|conference)",
    r"(?:held|met|talks|meeting|dialogue|conferred) virtually",
    # "held their first online meeting", « une réunion en ligne »
    r"online (?:[\w'’-]+ ){0,2}?(?:meeting|session|dialogue|talks|conference)",
    r"(?:réunion|rencontre|séance|session|conférence)s? en ligne",
    r"en (?:mode )?virtuel\w*",
)
#: A numbered meeting is a recurring multilateral one: "the 41st meeting of the interior
#: ministers", « la 9e réunion des directeurs », « la douzième session » (a first one may be
#: two people's first talks, so "1st" and « première » are not read).
NUMBERED = Cue(
    # (not one said to be of two sides: "the 21st bilateral meeting between the ministries", « la 9ème réunion
    # bilatérale entre »)
    r"(?:[2-9]|\d{2,})(?:st|nd|rd|th|e|ème|eme|è|ᵉ)\s+(?:(?!bilateral)\w+\s+){0,2}?(?:meeting|session|réunion|conférence|conference|édition|"
    r"edition|assemblée|congrès|congress|forum|AGM)\b(?!\s+bilatérale)",
    r"(?:deux|trois|quatr|cinqu|six|sept|huit|neuv|dix|onz|douz|treiz|quatorz|quinz|seiz|vingt)\w*ième\s+(?:\w+\s+){0,2}?"
    r"(?:réunion|session|conférence|édition|assemblée)",
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth)\s+(?:\w+\s+){0,2}?(?:meeting|session)",
)
#: A meeting of a body of several countries' office-holders: "the meeting of the interior
#: ministers of the member states", « la réunion des directeurs généraux de police de la
#: région », "a round table" (not "a meeting of the two ministers").
MULTILATERAL = Cue(
    r"(?:meeting|réunion|rencontre|session|conference) (?:of|des|of the) (?!(?:the )?(?:two|deux|both)\b)(?:\w+ ){0,2}?"
    r"(?:ministers|ministres|chiefs|chefs|heads|directors|directeurs|commissioners|commandants|inspectors|inspecteurs)\b",
    r"(?:member states|member countries|États membres|pays membres)",
    # office-holders of a region named as a body: "will host West African Police and Security Chiefs
    # to a meeting", "the GCC ministers of interior", "the 5th Regional Police Ministers' Meeting", « les ministres
    # arabes de l'Intérieur »
    r"(?:west|east|central|southern|north|northern) african (?:\w+ ){0,3}?(?:chiefs|ministers|heads|directors)\b",
    r"(?:arab|gulf|gcc|eu|european|african|asean|sahel|sahelian|maghreb|caribbean|pacific|commonwealth|g5|sadc|ecowas|cedeao|"
    r"eac|igad|sarpcco|eapcco|wapcco|ccpac|ceeac|cemac|uemoa|sica|caricom|oecs|saarc|sco|cis|csto|regional) (?:\w+ ){0,3}?"
    r"(?:chiefs|ministers|heads of police|police chiefs|directors general)\b",
    r"(?:ministres|chefs|directeurs généraux) (?:\w+ ){0,3}?(?:arabes|africains|sahéliens|maghrébins|européens|du g5 sahel)\b",
    # office-holders of a regional body: "the heads of police of the East African Community met",
    # « les ministres de l'Intérieur de l'Union du fleuve Mano »
    r"(?:heads|chiefs|ministers|directors|commissioners)(?: \S+){0,4}? of the (?:\w+ ){0,3}?(?:community|union|organisation|organization|league|commonwealth)\b",
    r"(?:chefs|ministres|directeurs|commandants)(?: \S+){0,4}? de (?:la |l')(?:communauté|union|organisation|ligue)\b",
    # office-holders of the countries of a body: « les directeurs généraux des polices des pays du
    # Conseil de l'Entente », "the police chiefs of the countries of the Sahel"
    r"(?:ministres|ministers|chefs|chiefs|directeurs|directors|heads|commandants|inspecteurs)(?: \S+){0,8}? (?:des pays|de l'espace|of the countries)\b",
    # office-holders of a region or a union together: "a common line among EU Chiefs of Police"
    # (not "between the chiefs of the two police forces": two sides)
    r"(?:among|amongst|parmi) (?:the |les )?(?:\w+ ){0,2}?(?:chiefs|heads|ministers|chefs|ministres|directors|directeurs) (?:of|de|des)\b",
    # office-holders of three countries or more: "Police chiefs from Palau, Nauru and Tonga will hold …"
    r"(?:chiefs|ministers|heads|commissioners|directors) (?:of police )?from [^.;,]{3,60},[^.;]{3,80}? and \w+",
    # ... or counted by their countries, as the sentence's subject: "Police and security officers from 18 Asia-Pacific
    # countries on Monday opened", « Des délégués de quatorze pays … » (not "from the two countries"; not those of
    # something else the sentence tells: "received police chiefs in the country to witness an exercise involving 60
    # officers from 12 countries")
    r"^\W*(?:\S+ ){0,4}?(?:officers|officials|delegates|delegations|participants|chiefs|ministers|représentants|délégués|délégations|"
    r"responsables) (?:\S+ ){0,2}?(?:from|de|venus de|venant de) (?!(?:the |les )?(?:two|deux|both)\b)"
    r"(?:\d{1,3}|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|trois|quatre|cinq|"
    r"six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante) (?:\S+ ){0,2}?"
    r"(?:countries|nations|member states|pays|États)\b",
    r"table ronde",
    r"round ?table",
    # a body's general meeting: "the Annual General Meeting of the Eastern Africa Police Chiefs ..."
    r"(?:annual )?general meeting",
    # the governing body of an organisation of several countries: « le comité de direction de FRANCOPOL »,
    # "the Executive Committee of AFRIPOL" (not a joint committee of two)
    r"(?:comité|conseil|bureau) (?:de direction|exécutif|directeur)\b",
    r"(?:executive|steering) (?:committee|board)\b",
    r"AGM",
)
#: A standing body of two countries, which a numbered session does not make multilateral: « la commission mixte de
#: sécurité », « le comité mixte », "the Joint Permanent Commission on Defence and Security", "their joint committee".
#: Its session is a working meeting when two countries sit on it (three or more make it a conference).
JOINT_BODY = Cue(
    r"(?:commission|comité|grande commission)s? (?:\w+ )?mixtes?",
    r"joint (?:(?:permanent|standing|ministerial|bilateral|technical|border|security) )*(?:commission|committee)s?",
)
#: A meal with the counterpart is a working meeting, not a visit: « s'est rendu à Madrid
#: pour un dîner de travail avec son homologue ».
MEAL = Cue(
    r"(?:dîner|déjeuner|petit-déjeuner) (?:de travail|avec)",
    r"working (?:dinner|lunch|breakfast)",
    r"(?:dinner|lunch) with",
)
#: A later sentence that calls the encounter a visit: "During this visit", "The visit
#: allowed both sides to ...", « La visite a permis de ... » (not "The visit follows an
#: invitation", which tells why it came about).
LATER_VISIT = regexes.compile(
    r"\s*(?:(?:Cette|Lors de cette|Au cours de cette|This|During the|During this) visite?\b|"
    r"(?:La|The) visite? (?:a permis|a été l'occasion|allowed|enabled|provided|offered|gave|was an opportunity|"
    r"was the occasion)\b)",
    re.IGNORECASE,
)


#: A courtesy call, which makes the encounter a visit whatever else the text calls it: "The
#: talks took place during a courtesy call by ... on ...", "The meeting was held when the
#: police chief paid a courtesy call on him", « L'entretien s'est déroulé lors de la visite de
#: courtoisie que ... » (a courtesy call of someone else, "who had paid a courtesy call", is
#: told of in a relative clause after a name, and is not read).
COURTESY = Cue(
    r"(?<!who )(?<!who had )(?<!qui )(?<!qui avait )(?:paid|pays|paying|made|makes) an? courtesy (?:call|visit)",
    r"(?:during|in the course of|at) an? courtesy (?:call|visit)",
    # the talks told as what followed it: "The engagement on Thursday followed a courtesy visit of the IGP to …"
    r"(?:followed|following) an? courtesy (?:call|visit)",
    r"(?:a|ont) rendu (?:une )?visite de courtoisie",
    r"(?:a|ont) effectué (?:une )?visite de courtoisie",
    r"(?:lors|au cours) d[e']\s*(?:la|une|cette) visite de courtoisie",
    # a farewell, a courtesy call at a mission's end: "bade farewell to", "a farewell call on", « a pris congé de »,
    # « une visite d'adieu », « a fait ses adieux à »
    r"(?:bade|bid|bids|bidding) (?:a )?(?:\w+ )?(?:farewell|goodbye)",
    r"farewell (?:call|visit)s?",
    r"pris congé (?:\S+ ){0,6}?(?:de|du|des|d')",
    r"(?:visite|audience) (?:d'adieu|de congé)",
    r"fait ses adieux",
)

#: A reception on the guest's arrival, which is a visit: "Upon his arrival in Amman, the
#: minister was received by his counterpart", « À son arrivée à Bamako, le ministre a été
#: accueilli par son homologue » (not talks held on arrival: « Dès son arrivée, il rencontrera »).
ARRIVAL = Cue(
    r"(?:upon|on) (?:his|her|their) arrival\b[^.;]{0,160}?\b(?:was|were) (?:received|welcomed|greeted)",
    r"(?:à|dès|a) (?:son|leur) arrivée\b[^.;]{0,160}?\b(?:a|ont) été (?:accueillie?s?|reçue?s?)",
    # … or where it was: « a été accueillie à sa descente d'avion par », "was welcomed at the airport by"
    r"(?:a|ont) été (?:accueillie?s?|reçue?s?) (?:\S+ ){0,2}?(?:à (?:sa|leur) descente d'avion|au pied de l'avion|à l'aéroport)\b",
    r"(?:was|were) (?:received|welcomed|greeted) (?:\S+ ){0,2}?(?:at the airport|on the tarmac|as (?:he|she|they) stepped off)\b",
)

#: A welcome on arrival by the staff of an embassy ("On arrival at the airport on Sunday, the
#: IGP and his delegation were received by officials of the Ghana Embassy in China", « À son
#: arrivée, il a été accueilli par le personnel de l'ambassade »): protocol, no encounter.
WELCOME_BY_EMBASSY = Cue(
    r"(?:upon|on) (?:his |her |their )?arrival\b[^.;]{0,160}?\b(?:received|welcomed|greeted|met) by (?:\S+ ){0,8}?"
    r"(?:embassy|high commission|consulate)\b",
    r"(?:à|dès|a) (?:son|leur) arrivée\b[^.;]{0,160}?\b(?:accueillie?s?|reçue?s?) par (?:\S+ ){0,8}?"
    r"(?:l'ambassade|ambassade|consulat|haut-commissariat)\b",
)

#: A later sentence that tells of the encounter itself, where a courtesy call says what it
#: was: "The meeting was held when ...", "The police said the meeting was held when ...",
#: « L'entretien s'est déroulé lors de ... ».
OF_THE_MEETING = regexes.compile(
    r"\b(?:(?:the|this|that) (?:meeting|talks|discussions?|encounter|engagement)s? (?:was|were|took|came)\b|"
    r"(?:l'|l’)(?:entretien|audience|échange)s? (?:s'est|s’est|a eu|ont eu|se sont)|"
    r"(?:la|cette) (?:rencontre|réunion|séance) (?:s'est|s’est|a eu)|(?:ces|les) entretiens (?:se sont|ont eu))",
    re.IGNORECASE,
    branched,
)

#: A meeting held among several sides, whose countries follow: « une réunion … entre les
#: ministres de l'Intérieur d'Italie, de Tunisie, de Malte et de Libye », "The meeting between
#: the United States, Australian, Canadian … counterparts" (three countries or more make it a
#: conference; what the meeting is on, after « consacrée à » or "on", is not read).
AMONG = regexes.compile(
    r"\b(?:entre|between|among|amongst|réunissant|bringing together)\b(?P<sides>[^;.]{0,160}?)"
    r"(?=\s(?:consacrée?s?|portant|pour|sur|afin|to|on|for|will|would|focus\w*|a|ont|has|have|was|were|is|are)\b|[;.]|$)",
    re.IGNORECASE,
)
#: Where the sides of a meeting are named: right after the meeting ("The meeting between
#: …"), or as office-holders (« entre les ministres de l'Intérieur de … »); not a subject
#: spoken of ("on the situation between Mali, Niger and Libya"). Its alternatives as a tree
#: (:func:`communique.text.branched`): it is tried on every sentence of a meeting.
MEETING_AMONG = regexes.compile(
    r"(?:meeting|talks|réunion|rencontre|session|consultations)\s+(?:between|among|entre|réunissant)\b|"
    r"\b(?:between|among|amongst|entre|réunissant|bringing together)\s+(?:les |the |their )?(?:\w+ ){0,2}?"
    r"(?:ministres|ministers|chefs|chiefs|heads|directeurs|directors|délégations|delegations|counterparts|homologues|"
    r"représentants|representatives|commissioners|inspecteurs|inspectors)\b",
    re.IGNORECASE,
    branched,
)


def blanked(cue: Cue, text: str) -> str:
    """``text`` with what a cue matches blanked out, offsets kept."""
    for match in cue.finditer(text):
        text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    return text


#: The gathering that brought the guests to the country, not the audience they were granted: « a reçu les ministres
#: …, présents au Niger pour la 5ème réunion des ministres », "in Abuja for the 12th meeting of", "who is in the
#: country to attend the symposium which starts on Monday" (neither its kind nor its day is the encounter's).
_STAY_FOR_FR = (
    r"(?:présente?s?|venue?s?|arrivée?s?|séjournant|(?:son|sa|leur) séjour) (?:(?:à|au|en|aux) [\w'’-]+(?: [\w'’-]+)? )?"
    r"(?:pour|dans le cadre d)[^;.]{1,120}"
)
_STAY_IN = r"(?:in|visiting) (?:the country|the capital|(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?) (?:for|to attend) the [^;.]{1,120}"
STAY_FOR = Cue(_STAY_FOR_FR, rf"(?:who (?:are|were|is|was) )?{_STAY_IN}")


#: A guest's visit told in apposition, which does not make the reception a visit: "a reçu
#: ... M. X, en visite de travail en Tunisie", "who is leading a delegation on a working
#: visit to Algeria" (a courtesy visit still does: « en visite de courtoisie »).
GUEST_ON_A_VISIT = Cue(
    r"en visite(?: (?:de travail|officielle|d'amitié et de travail|de travail et d'amitié|officielle et de travail))?"
    r"(?= (?:en|au|aux|à|dans)\b|,|\.)",
    r"(?:on|during) an? (?:[\w-]+ ){0,2}?(?:working |official )?visit to",
)
#: What the visitor did there, told in a relative clause after the visit: "paid a working
#: visit to Europol's headquarters, where he held talks with ..." (still a visit).
WHERE = regexes.compile(
    r"\b(?:where|où|during which|in the course of which|au cours de laquelle|lors de laquelle)\b", re.I
)
_HELD_TO = (
    r"(?:met|received|hosted|welcomed|se sont (?:réunis|rencontrés|retrouvés)|(?:a|ont) (?:reçu|accueilli))"
)
_TO_SIGN = r"(?:to sign|pour signer|afin de signer)"
#: Signings the kind cues do not read: "initialled a memorandum", « a été signé », « la
#: cérémonie de signature ».
SIGNED = Cue(
    r"(?:a|ont) été signée?s?",
    r"initiall?ed",
    r"(?:a|ont) paraphé",
    r"cérémonie de signature",
    r"signent",
    # a meeting held to sign: "met B near the border on Saturday to sign the terms of reference", « se sont
    # rencontrés lundi pour signer », « a reçu les chefs … afin de signer le renouvellement de l'Entente » (not
    # what was agreed to be signed: "agreed to sign")
    rf"\b(?:meet|meets|{_HELD_TO})\b[^.;]{{0,160}}?\b{_TO_SIGN}\b",
)
#: A meeting said held, to sign: "met B in Accra on Tuesday to sign an agreement" (held: its "to sign" is its
#: point, not the headline's "A and B to sign MoU", a signing to come).
HELD_TO_SIGN = Cue(rf"\b{_HELD_TO}\b[^.;]{{0,160}}?\b{_TO_SIGN}\b")
#: What a headline says the encounter was, in its present: "Ghana, Togo police sign security pact", "Envoy calls on
#: police chief", "Courtesy call at RSS headquarters", « Visite de courtoisie du ministre … à Lomé » (not one who calls
#: on others to do something: "IGP calls on public to report crimes").
HEADLINE_SIGNING = Cue(
    r"(?:sign|signs|ink|inks|seal|seals) (?:\S+ ){0,4}?(?:pact|deal|memorandum|agreement|accord|MoU|protocol|arrangement|"
    r"convention)s?",
)
HEADLINE_COURTESY = Cue(r"courtesy (?:call|visit)", r"visite de courtoisie", r"calls? on\b(?![^.;]*\bto\b)")
#: A later sentence that says the encounter's point was a signing: "The deal was sealed with the
#: signing of an MOU at the station", « L'accord a été scellé par la signature d'un protocole ».
SEALED = Cue(
    r"\b(?:deal|agreement|partnership|pact|accord) (?:was|has been|were) sealed (?:\S+ ){0,6}?(?:with|during|by|at) the signing\b",
    r"\b(?:accord|partenariat|entente) (?:a été|fut) scellée? (?:\S+ ){0,6}?(?:par|lors de|avec) la signature\b",
)
#: The words an agency's name ends with, case minded: a sentence that holds none (three of five) names no agency,
#: and is spared :data:`AGENCY_NAME`, tried at each of its capitalised words.
AGENCY_ENDS = (
    "Agency", "Centre", "Center", "Department", "Directorate", "Unit", "Bureau", "Office", "Division", "Command",
    "Authority", "Commission", "Task Force", "Cell", "Police", "Service", "Section", "Affairs", "Academy", "College",
)  # fmt: skip
#: An agency named in title case, whose name holds a topic word that says what the agency
#: does, not what was discussed: "the National Cyber Crime Investigation Agency", "the
#: European Cybercrime Centre", "the Counter Terrorism Department"; a school named as a
#: place, "at the Police Academy in Accra", is no training either.
AGENCY_NAME = regexes.compile(
    rf"\b(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|on|against|de|du|des|la)\s+)?){{1,6}}(?:{'|'.join(AGENCY_ENDS)})\b"
)


#: What the opening names that is not the encounter's kind: a press conference given
#: after the talks ("Speaking at a joint press conference after their talks"), a signing
#: recalled by its anniversary, and an
#: organisation named by its secretary general's title (« le Secrétaire général du
#: Conseil des ministres de l'Intérieur arabes » is a guest, not a council session).
#: An earlier stop of a tour, before the encounter told: « après sa visite à Londres hier, la ministre … était
#: aujourd'hui à Paris où elle s'est entretenue … », "after a stopover in Madrid on Tuesday" (up to its clause's end:
#: its place, its day and its kind are not the encounter's).
_EARLIER_STOP = (
    r"(?:apres|after|following) (?:sa|son|leur|une|un|his|her|their|a|the) (?:\w+ )?"
    r"(?:visite|escale|etape|sejour|passage|visit|stop|stopover|stay) (?:a|au|aux|en|in|to|at) [^,;.]{1,60}"
)
#: A French definite article, with the « à » or « de » before it or merged into it (folded).
_FR_THE = r"(?:(?:(?:a|de) )?(?:la |l['’]|le |les )|au |aux |du |des )"
#: What a subordinate opening must not tell for its words to be background: an encounter of its own ("When he met X
#: on Monday, …", « Après avoir reçu X, … ») or the arrival that places the encounter ("When the delegation arrived in
#: Accra on Monday, …"), read to the clause's end (folded).
_OWN_ENCOUNTER_WORD = (
    r"\b(?:met|meets?|meeting|receiv\w*|hosted|hosts?|welcom\w*|talks|visit\w*|call(?:ed)? on|sign\w*|"
    r"audiences?|arriv\w*|landed|reached|rencontr\w*|recu\w*|recev\w*|accueilli\w*|entreten\w*|entretien\w*|"
    r"reuni\w*|sejour\w*|in town)\b"
)
#: A subordinate clause at the sentence's start (or right after its dateline's dash), up to the comma before the main
#: clause: a French conjunction of time or concession, always a clause (« alors que », « pendant que », « lorsque »,
#: « après avoir »…); an English one with a subject and a verb ("When the bloc adopted", "As the two services
#: prepare": not "As the Minister of X, Y met", nor "While in Accra, X met", whose place is the encounter's). Not
#: "before" (« Avant de quitter Yaoundé vendredi, le ministre était au secrétariat … »: the departure that follows the
#: encounter often gives its day).
_OPENING_CLAUSE = (
    r"(?:^|(?<=[-–—] ))"
    r"(?:(?:alors|pendant|tandis|depuis|apres|des|bien) qu['’e]\s?|lorsqu['’e]\s?|quand |puisqu['’e]\s?|"
    r"apres (?:avoir|etre|s['’]etre) "
    r"|(?:when|whenever|while|whilst|as|once|since|after|although|though|even as) "
    r"(?:the|its|their|his|her|this|these|those|both|all|[A-Z][\w'’-]*) "
    rf"(?:(?!{_OWN_ENCOUNTER_WORD})[^,;.]){{0,80}}?"
    rf"\b(?!{_OWN_ENCOUNTER_WORD})(?:\w+ed|is|are|was|were|has|have|had|will|prepares?|continues?|seeks?|gets?|begins?)\b)"
    rf"(?:(?!{_OWN_ENCOUNTER_WORD})[^,;.]){{3,160}}(?=, )"
)
#: A gathering named as the encounter's background, at a time away from it, up to its clause's end: "Ahead of the
#: ASEAN summit in Jakarta, X met Y", "a week after the EAPCCO summit held in Kigali", "Following the Interpol General
#: Assembly in Lyon last month", « En prélude au sommet de la CEDEAO prévu à Abuja », « À la veille de l'Assemblée
#: générale d'AFRIPOL à Alger », « Une semaine après la réunion des chefs de police de l'EAPCCO à Kigali ». Its place,
#: its day, its kind and its organiser are not the encounter's (but its sidelines are: « en marge du sommet de la
#: CEDEAO à Abuja » places the encounter there, and is no background). A bare "after"/« après » takes only a
#: gathering that cannot be the encounter itself (a summit, a conference, an assembly…), not "the meeting": "After
#: the meeting, the two chiefs signed …" is the encounter's own.
_BACKGROUND_EVENT = (
    r"(?:(?:(?:ahead|in advance) of|in the (?:run|lead|build)-?up to|on the eve of|in preparation for|"
    r"(?:a|one|two|three|four|five|six|a few|several|\d+) (?:days?|weeks?|months?) (?:after|following|before)) the |"
    r"(?:en prelude|a la veille|dans la perspective|en prevision|au lendemain|"
    rf"(?:une|deux|trois|quatre|quelques|\d+) (?:jours?|semaines?|mois) (?:apres|avant)) {_FR_THE})"
    r"(?:[\w'’-]+ ){0,5}?"
    r"(?:summit|conference|assembly|forum|congress|ministerial|meeting|session|"
    r"sommet|conference|assemblee|forum|congres|reunion|session|rencontre)s?"
    r"\b[^,;.]{0,100}"
    # ... or bare "after", which only a gathering that cannot be the encounter itself follows: "Following the Interpol
    # General Assembly in Lyon", « Après le sommet de l'Union africaine » (a definite one: "following a two-day
    # conference" tells the encounter; "After the meeting, the two chiefs signed …" is the encounter's own)
    r"|(?:after|following) the (?:[\w'’-]+ ){0,5}?(?:summit|conference|general assembly|forum|congress)s?\b[^,;.]{0,100}"
    rf"|(?:apres|suite) {_FR_THE}(?:[\w'’-]+ ){{0,5}}?"
    r"(?:sommet|conference|assemblee generale|forum|congres)s?\b[^,;.]{0,100}"
    # ... or the subject's part in one, which the encounter follows: "The visit followed the Commissioner's
    # participation in INTERPOL's 91st General Assembly session, which took place in Vienna, Austria from 28 November"
    # (and the clause that tells where and when it was), « après sa participation au sommet de l'UA »
    r"|(?:followed|follows|came after|comes after|after|following|fait suite a|faisait suite a|apres) "
    r"(?:[\w'’-]+ ){0,3}?(?:participation|attendance)\b[^,;.]{0,100}(?:, (?:which|qui|held|tenue?s?)\b[^;.]{0,100})?"
    # ... or one the subject had attended before, up to its clause's end but for a time or place set off by commas:
    # "Mr X had attended the AU summit in Addis Ababa earlier this month", « Le ministre avait pris part, au début du
    # mois, au sommet de l'UA à Addis-Abeba » (not "X, who had attended the summit, met Y in Kigali": the encounter)
    r"|(?:had|avait|avaient) (?:\w+ ){0,2}?(?:attended|taken part|participated|pris part|participe|assiste)\b"
    r"(?:, (?:au|a|en|lors|in|at|during|earlier|last)\b[^,;.]{0,40},)?[^,;.]{0,100}"
    # ... or a subordinate clause the sentence opens on, before the clause that tells the encounter: "When the bloc
    # adopted its strategy in Bridgetown, …", "As the two services prepare a joint patrol, …", « Alors que la saison
    # approche, … », « Pendant que les ministres de la CEDEAO préparaient leur sommet d'Abuja, … », « Après avoir présidé
    # la cérémonie, … » (its place, day, kind, organiser and commitments are not the encounter's)
    rf"|{_OPENING_CLAUSE}"
)
_ELSEWHERE_CUE = Cue(_EARLIER_STOP, _BACKGROUND_EVENT)
#: A gathering named as background (:data:`_BACKGROUND_EVENT`), whose organiser is no party to the encounter.
BACKGROUND_EVENT = Cue(_BACKGROUND_EVENT)


def earlier_stops(sentence: str) -> tuple[range, ...]:
    """The offsets inside each earlier stop of a tour (:data:`_EARLIER_STOP`) or gathering named as background
    (:data:`_BACKGROUND_EVENT`) the sentence tells: what is named there (a place, a day) is not the encounter's."""
    return tuple(range(stop.start() + 1, stop.end()) for stop in _ELSEWHERE_CUE.finditer(sentence))


#: An agreement signed before, which the encounter follows up: "met … to follow up on the memorandum of understanding
#: signed during the Sultan's visit to Jakarta", « pour faire le suivi de l'accord signé en 2024 », and the clause
#: that tells where, when or before whom it was signed.
_FOLLOWED_UP_SIGNING = (
    r"(?:follow(?:ing)? up on|the follow-up (?:of|to)|(?:faire )?le suivi d[eu']|donner suite à) [^,;.]{0,80}?"
    r"\bsign(?:ed|ée?s?)\b[^,;.]{0,80}"
)
_FOLLOWED_UP_SIGNING_CUE = Cue(_FOLLOWED_UP_SIGNING)


def followed_up_signings(sentence: str) -> tuple[range, ...]:
    """The offsets of each signing of before the sentence says an encounter follows up (:data:`_FOLLOWED_UP_SIGNING`):
    no encounter of its own, whoever it says witnessed it ("the memorandum signed at the palace that was witnessed by
    the King and the President"), and what it names (a place, a day) is not the encounter's."""
    return tuple(range(found.start(), found.end()) for found in _FOLLOWED_UP_SIGNING_CUE.finditer(sentence))


NOT_THE_KIND = Cue(
    _EARLIER_STOP,
    _BACKGROUND_EVENT,
    _FOLLOWED_UP_SIGNING,
    r"(?:joint |a |the )?(?:press|news) conference",
    r"(?:une |la )?conférence de presse(?: conjointe| commune)?",
    r"point de presse",
    # the statement that tells of it, signed by its author: "According to a statement signed by X, the IGP welcomed …"
    r"(?:statement|press release|release|communiqué|communique|note)s? (?:\S+ ){0,3}?(?:signed|signée?s?) (?:by|par)\b",
    # a room or a hall named for conferences is the venue: "in the Main Conference Room, ..."
    r"conference (?:room|hall|centre|center)",
    r"salle de (?:conférence|réunion)s?",
    # (up to a relative clause, no longer the body's name: "… of the Council of X which was held … by video")
    r"(?:secrétaire général|secrétariat général|secretary[- ]general|general secretariat)\s+(?:du|de la|de l'|des|of the|of)\s+"
    r"(?:(?! (?:which|who|qui|où|where)\b)[^,;.]){1,80}",
    # the body one heads, in his title: "The Executive Director of the Pacific Islands Chiefs of Police, X, paid …"
    r"(?:executive |deputy )?(?:director|chair(?:man|person)?|president)(?: general)? of the [^,;.]{1,80}",
    # what a participant says of other gatherings is not the encounter's kind: "saying that
    # conferences of ... will be held by video conference", « indiquant que ... »
    r"(?:saying|adding|noting|stressing) that [^;.]{1,240}",
    r"(?:indiquant|ajoutant|soulignant|précisant) que [^;.]{1,240}",
    # a signing recalled by its anniversary is not this encounter's: "on the tenth anniversary
    # of the signing of the first agreement", « à l'occasion du dixième anniversaire de la signature »
    r"anniversary of (?:the )?signing of",
    r"anniversaire de la signature (?:d'un|d'une|du|de la|de l['’]|des)",
    # (not the subject's own stay when the opening tells it, which is the encounter: "X is in Abuja to attend the
    # meeting of …")
    _STAY_FOR_FR,
    rf"(?:who (?:are|were|is|was) |(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )){_STAY_IN}",
)
#: A later sentence that calls the encounter a courtesy visit: « Cette visite de courtoisie
#: s'inscrit dans ... », "This courtesy call was part of ...".
LATER_COURTESY = regexes.compile(
    r"\s*(?:cette|this|the|la|that) (?:visite de courtoisie|courtesy (?:call|visit))\b"
    # ... or its guest, said to have paid it: "Mr X had paid a courtesy visit to Commissioner Y to discuss …", « M. X
    # avait rendu une visite de courtoisie au ministre », or saying so himself, quoted: "“I paid a courtesy call on the
    # IG and discussed …,” said Ambassador X", "We have paid a courtesy call on …", « J'ai rendu une visite de courtoisie »
    r"|[^.;]{0,60}?\b(?:had|has|(?-i:I|We|we)(?: have| had)?) paid (?:a|an) courtesy (?:call|visit)\b"
    r"|[^.;]{0,60}?\b(?:avait rendu|j['’]ai rendu|nous avons rendu) une visite de courtoisie\b"
    # ... or said to be one: "This was the first courtesy call the High Commissioner received", "It was a courtesy
    # visit", « Il s'agissait d'une visite de courtoisie », « C'était une visite de courtoisie »
    r"|\s*(?:this|it|that) (?:was|is) (?:a|an|the|his|her|their) (?:\w+ ){0,2}?courtesy (?:call|visit)\b"
    r"|\s*(?:il s['’]agissait|il s['’]agit|c['’]était|c['’]est) (?:d['’]une|une|de la|la|sa) (?:\w+ ){0,2}?visite de courtoisie\b",
    re.IGNORECASE,
)
#: The record of a gathering signed by three sides or more at its close: « Le relevé des conclusions a été signé par
#: les trois Directeurs Généraux », "the agreed minutes were signed by the four police chiefs" (the gathering's).
RECORD_SIGNED_BY_MANY = regexes.compile(
    r"\b(?:relevé des conclusions|procès-verbal|agreed minutes|minutes of the meeting|record of discussions?)\b[^.;]{0,40}?"
    r"\b(?:signée?s?|signed) (?:par|by) (?:les |the )?(?:trois|quatre|cinq|six|sept|huit|three|four|five|six|seven|eight)\b",
    re.IGNORECASE,
)
#: The encounter named again, anywhere in a later sentence, as the guests' presentation of their
#: respects: « Le ministre a saisi l'instant de cette présentation des civilités pour … ».
CIVILITIES = regexes.compile(
    r"\b(?:cette|la|sa|leur) (?:présentation des|visite de) civilités?\b", re.IGNORECASE
)
#: Office-holders of several countries as the subject: « Les ministres de l'Intérieur du
#: Maroc, de l'Espagne, du Portugal et de la France se sont réunis » (three countries or
#: more make it a conference).
OFFICE_HOLDERS = regexes.compile(
    r"\b(?:ministres|ministers|chefs|chiefs|heads|directeurs|directors|commissioners|inspecteurs|inspectors|"
    r"commandants|commanders)\b",
    re.IGNORECASE,
)


#: The guest's visit told as its own event, in a sentence of its own: « a bouclé jeudi sa visite
#: de travail au Niger », « séjourne à Dakar dans le cadre d'une mission », "has returned from a
#: working visit to Malaysia" (not « en visite de travail » in apposition to the guest): the
#: reception it tells then is the visit.
VISIT_TOLD = Cue(
    r"(?:a|ont) (?:bouclé|achevé|terminé|clôturé|clos|entamé|commencé|débuté) (?:\S+ ){0,3}?(?:sa|leur|une|la|cette) (?:\S+ ){0,4}?"
    r"(?:visite|mission|séjour|tournée)",
    r"(?<!avait )(?<!avaient )(?<!déjà )(?<!a )(?<!ont )(?:séjourne|séjournent)\b",
    r"(?:est|sont) en séjour\b",
    r"(?:effectue|effectuent) (?:depuis \S+ )?(?:une|sa|leur) (?:\S+ ){0,3}?(?:visite|mission)",
    # the journey itself: « s'est rendu mardi en visite au Gabon », « est arrivé lundi à Niamey pour une visite de
    # travail », « effectue le déplacement … pour une visite », "arrived in Suva on Monday for a three-day visit"
    r"(?:s'est|se sont) rendue?s? (?:\S+ ){0,6}?en visite\b",
    r"(?:est|sont) arrivée?s? (?:\S+ ){0,8}?pour une (?:\S+ ){0,3}?(?:visite|mission|séjour)\b",
    r"(?:effectue|effectuent) (?:le|un) déplacement\b",
    r"arrived (?:\S+ ){0,8}?(?:for|on) an? (?:\S+ ){0,3}?(?:visit|mission|trip)\b",
    r"(?:concluded|wrapped up|ended|completed|rounded off|began|started|(?:has|have) returned from|returned from|is on|are on) "
    r"(?:\S+ ){0,3}?(?:his|her|their|a|an|the) (?:\S+ ){0,4}?(?:visit|mission|trip|tour)\b",
)

#: The guest's visit to come, told as its own event: « est attendue lundi à Rabat pour une visite », "is due in Baku
#: on Thursday", "is expected in Accra", « En prévision de la visite du ministre », "Ahead of the visit of the
#: minister" (not a tour's start, whose first stop's talks are no visit of their own): the guest's talks told next
#: are the visit.
VISIT_COMING = Cue(
    r"(?:est|sont) attendue?s? (?:\S+ ){0,8}?pour une (?:\S+ ){0,3}?(?:visite|mission|séjour)\b",
    r"(?:is|are) (?:due|expected) (?:in|at) (?!(?:the|a|an|this|that|least)\b)\w+",
    r"(?:ahead of|in preparation for|en prévision de|à la veille de|en prélude à) (?:the|la) visite?\b",
)
