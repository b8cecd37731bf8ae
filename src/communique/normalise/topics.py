"""Topic words to the fixed vocabulary, in French and English.

The lexicon is a list of patterns over folded text (lower case, no accents, hyphens
and apostrophes as spaces). :func:`topics_in` finds the topics a passage speaks of;
:func:`topic_code` maps one word or label, as a model may write it, to its code.
"""

from __future__ import annotations

from functools import cache

from communique.regexes import compile
from communique.schema import Topic
from communique.text import Anchored, Screened, fold

_LEXICON: dict[Topic, tuple[str, ...]] = {
    Topic.TERRORISM: (
        r"terroris\w*", r"antiterroris\w*", r"contre ?terroris\w*", r"counter ?terroris\w*",
        r"extremism\w*", r"extremis\w* violent\w*", r"violent extremis\w*", r"radicalis\w*",
        r"radicaliz\w*", r"d?jihadis\w*", r"isis", r"daesh", r"daech", r"etat islamique", r"islamic state", r"al qa[ie]da",
        r"aqmi", r"boko haram", r"al shabaab", r"iswap", r"jnim", r"foreign (?:terrorist )?fighters", r"combattants (?:terroristes )?etrangers",
        # the South Asian press's word ("information on militancy"); not « militants », activists in French
        r"militancy", r"(?:armed|islamist|jihadist) militants?", r"insurgen(?:cy|cies|ts?)",
    ),
    Topic.ORGANISED_CRIME: (
        r"crime organise\w*", r"criminalite organisee", r"organi[sz]ed crimes", r"criminalite transnationale",
        r"crime transnational", r"reseaux? (?:de (?:la )?)?criminel\w*", r"reseaux criminels",
        r"reseaux de (?:la )?criminalite", r"organi[sz]ed crime", r"transnational (?:organi[sz]ed )?crimes?",
        r"criminal (?:networks?|organi[sz]ations?|gangs?)", r"organi[sz]ed (?:[\w-]+ ){1,2}?crimes?", r"criminalite (?:\w+ )?organisee", r"(?:drug|crime|criminal|fraud|robbery|smuggling) (?:cartels?|syndicates?)", r"cartels", r"organi[sz]ed criminals?", r"mafias?", r"mafieu\w*",
        r"bandes? organisees?", r"grand banditisme", r"organisations? criminelles?", r"groupes? criminels?",
        r"bandes? criminelles?", r"criminal groups?", r"trafics? transfrontaliers?", r"(?:cross (?:border|boundary)|transfrontaliere?s?) (?:crimes?|criminalite)",
        r"criminalite (?:organisee )?transfrontal\w*", r"cross (?:border|boundary) criminality", r"stolen vehicles?", r"vehicules? voles?", r"vols? de vehicules?",
        r"(?:motor )?vehicle thefts?", r"thefts? of (?:motor )?vehicles?", r"car thefts?",
        r"crimes? (?:that|which) cross(?:es)? (?:national )?borders", r"criminalite qui (?:traverse|franchit|ignore) les frontieres", r"crime (?:organise )?transfrontal\w*", r"delinquance transfrontal\w*",
    ),
    Topic.DRUG_TRAFFICKING: (
        r"trafic (?:international )?(?:de |des )?(?:drogues?|stupefiants)", r"stupefiants",
        r"psychotropes?", r"narco ?trafi\w*", r"narco ?traff\w*", r"cannabis", r"cocaine", r"heroine",
        r"drug related (?:crimes?|offences?|offenses?|criminality)", r"drug crimes?",
        r"drugs? traffick\w*", r"drugs? smuggl\w*", r"(?:counter|anti)?narcotics?", r"illicit drugs?", r"anti ?drogues?", r"anti ?drugs?",
        r"chira", r"haschich", r"hashish", r"comprimes psychotropes", r"drogues?",
        r"(?:synthetic|illicit|illegal|hard) drugs?", r"(?:meth)?amphetamines?", r"methamphetamine", r"heroin",
        r"fentanyl", r"captagon", r"ecstasy", r"opium", r"psychotropic\w*", r"yaba", r"tramadol", r"crystal meth", r"crack",
        r"traffick\w* (?:of|in) (?:drugs?|narcotics|cocaine|cannabis|heroin)",
        r"(?:combat(?:ing)?|fight(?:ing)? against|counter(?:ing)?|tackl(?:e|ing)|war on|scourge of) (?:illicit |illegal )?drugs",
        r"drug (?:cartels?|syndicates?|lords?|barons?|routes?|smugglers?|traffickers?|dealers?|seizures?|trade)",
        r"(?:including|notably|such as|especially|particularly) (?:illicit |illegal )?drugs", r"smuggling of (?:drugs|narcotics)",
        # drugs as what was talked of or fought: "talked about cyber threats and drugs", "maritime drug interdiction"
        # (not drugs seized, nor the UN Office on Drugs and Crime, a party, whose name the reader may cut before "on")
        r"(?:about|on|against|concerning|regarding|moving|move|moves)(?: [\w-]+){0,3}?(?: and|,)? (?:illegal |illicit )?drugs"
        r"(?! and crime\b)", r"drug (?:interdiction|control|investigations?|enforcement|offences?|offenses?)",
    ),
    Topic.CYBERCRIME: (
        r"cyber ?criminalite", r"cyber ?crimes?", r"cyber ?attaques?", r"cyber ?securite",
        r"criminalite (?:liee aux|des) (?:nouvelles|hautes) technologies", r"criminalite liee aux technologies de l information",
        r"online (?:\w+ ){1,2}?(?:scams?|fraud)", r"(?:scams?|fraud) (?:committed )?online", r"internet (?:scams?|fraud)",
        r"criminalite (?:informatique|numerique)", r"cyber ?security", r"cyber ?attacks?",
        r"digital crime", r"computer crime", r"online (?:fraud|crime)", r"(?:online )?scam (?:centres?|centers?|compounds?|networks?|syndicates?)", r"online scams?", r"cyber\w*",
        r"(?:electronic|online|internet) crimes?", r"criminalite (?:electronique|en ligne)", r"(?:escroqueries|arnaques|fraudes?) (?:en ligne|sur internet)", r"crimes? (?:electroniques?|en ligne)",
        r"online (?:child )?(?:sexual )?(?:exploitation|abuse)", r"ransomware", r"rancongiciels?",
        r"hackers?", r"hacking", r"pirates? informatiques?", r"piratage\w* informatique\w*",
    ),
    Topic.ILLEGAL_MIGRATION: (
        r"immigration (?:clandestine|irreguliere|illegale)", r"migrations? (?:clandestine|irreguliere|illegale)s?",
        r"traite (?:des |d )?(?:etres|personnes) humain\w*", r"traite des personnes",
        r"trafic (?:de|des|d) (?:migrants|etres humains|personnes)", r"passeurs",
        r"(?:illegal|irregular|clandestine) (?:migration|immigration)", r"migrant smuggling",
        r"smuggling of migrants", r"human trafficking", r"trafficking (?:in|of) (?:human beings|persons|people)",
        r"people smuggling", r"human smuggling", r"child trafficking", r"traffick\w* (?:in|of) children", r"traite des enfants", r"traffick\w* (?:in|of) women and children",
        r"(?:irregular|illegal|clandestine) (?:border |sea |channel )?crossings?", r"smuggling of (?:people|human beings)", r"organi[sz]ed immigration crime", r"(?:e|im)migrations? (?:clandestine|irreguliere|illegale)s?", r"emigration",
        r"flux migratoires?", r"dossier migratoire", r"(?:problematiques?|questions?|enjeux|defis) migratoires?",
        r"migration (?:issues|challenges|crisis|pressures?)", r"(?:irregular )?migrant (?:boats?|flows?|routes?|arrivals?|landings?)",
        r"arrivals? of (?:irregular )?migrants", r"(?:arrivees?|debarquements?) (?:de|des) migrants",
        r"traversees? (?:clandestines?|irregulieres?)", r"pirogues?", r"reseaux d (?:e|im)migration",
        r"(?:people|migrant|human) smugglers?", r"(?:human|people) traffickers?", r"small boats?",
        r"(?:irregular|illegal|undocumented) migrants?", r"migrants? in an irregular situation",
        r"migrants? (?:en situation irreguliere|clandestins?|irreguliers?)", r"departs? (?:irreguliers?|clandestins?)",
    ),
    Topic.EXTRADITION: (
        r"extradition\w*", r"extradit\w*", r"extrade\w*", r"personnes recherchees", r"individus recherches",
        r"fugitifs?", r"fugitives?", r"criminels en fuite", r"(?:recherche|traque) (?:des |de )?(?:criminels|malfaiteurs|suspects)",
        r"(?:search|hunt) for (?:wanted )?(?:criminals|suspects)", r"wanted (?:persons|individuals|people|fugitives|criminals|suspects|offenders)",
        r"entraide judiciaire", r"entraide (?:penale|judiciaire en matiere penale)", r"mutual legal assistance", r"remise de (?:personnes|detenus)",
        r"red notices?", r"notices? rouges?", r"(?:international )?arrest warrants?", r"mandats? d arret",
        r"transfer of (?:sentenced|convicted) (?:persons|prisoners)", r"transferement\w* (?:des |de )?(?:personnes|detenus|condamnes)",
        r"(?:handover|handing over|surrender) of (?:\w+ ){0,2}?(?:suspects|fugitives|offenders|wanted persons)",
        r"remise (?:de |des )(?:\w+ )?(?:suspects|fugitifs|personnes recherchees)",
    ),
    Topic.INTELLIGENCE_SHARING: (
        r"echanges? (?:d |des |de )?(?:informations?|renseignements?)",
        r"partage (?:d |des |du |de )?(?:informations?|renseignements?)",
        r"(?:partager|echanger) (?:\w+ ){0,6}?(?:d |des |de |les )?(?:informations?|renseignements?)",
        r"rapports? d analyses?", r"analyses? strategiques?",
        r"(?:information|intelligence) (?:exchanges?|sharing)",
        r"(?:exchange|sharing|exchanging|share) (?:of |more |their |its )?(?:information|intelligence)",
        r"exchanges? of (?:strategic|operational|criminal|timely|relevant|real time|police) (?:information|intelligence)",
        r"renseignements? operationnels?", r"intelligence cooperation", r"cooperation (?:en matiere )?de renseignement", r"partage (?:\w+ ){0,3}(?:des |d )?informations?", r"partage (?:\w+ ){0,2}(?:du |des |de |d )renseignements?",
        r"echanges? (?:\w+ ){0,2}(?:d |des )informations?", r"croiser les informations", r"exchange (?:of )?data",
        r"sharing of (?:\w+ ){0,2}?(?:information|intelligence)", r"criminal intelligence", r"data (?:sharing|exchange)", r"(?:exchange|sharing) of (?:[\w-]+ ){0,3}?(?:criminal records|fingerprints|data)",
        r"echanges? (?:des |de )?(?:casiers judiciaires|donnees)",
        r"(?:advance )?passenger (?:name records?|data|information)", r"donnees (?:\w+ ){0,2}passagers", r"pnr",
        # the verb in other tenses and persons: "shared information on", « échangent des informations », "exchange radar
        # data"; what is pooled: « la mise en commun des informations », « mutualiser leurs renseignements »
        r"(?:shared|exchanged|shares|exchanges) (?:more |their |its |real time )?(?:information|intelligence)",
        r"(?:exchange|exchanged|share|shared|sharing|exchanging) (?:\w+ ){1,2}?data",
        r"(?:partag|echang)(?:ent|ons|eront|era|ez) (?:\w+ ){0,4}?(?:d |des |de |les |leurs )?(?:informations?|renseignements?)",
        r"(?:mise en commun|mutualis\w*) (?:des |de |d |leurs |les )?(?:informations?|renseignements?)",
        r"partage (?:des |de )?donnees", r"cooperation en matiere de (?:\w+ ){0,3}?renseignement",
        r"joint intelligence (?:cells?|centres?|centers?|units?|platforms?|hubs?)",
    ),
    Topic.TRAINING: (
        r"formations?", r"training\w*", r"renforcement des capacites", r"capacity (?:building|development)",
        r"academies?", r"academy", r"stages? de (?:formation|perfectionnement)",
        r"sessions? de formation", r"formation policiere", r"ecoles? de police", r"(?:des |les )stages", r"stages? (?:de|d|au profit|pour|a l)",
        r"stagiaires", r"trained", r"(?:investigation|training|specialised|specialized|joint) courses?",
        r"workshops? for (?:investigators|officers)", r"police colleges?", r"train (?:\w+ )?officers",
        r"train (?:\w+ ){0,2}?(?:investigators|detectives|cadets|recruits|police ?(?:men|women|officers)?|personnel)",
        r"speciali[sz]ed (?:workshops?|courses?)", r"stages? speciali\w*",
        r"places for (?:\w+ ){0,2}?(?:officers|recruits|cadets|students|trainees|policemen)",
        r"courses (?:run|organi[sz]ed|offered|given|held) by", r"places? (?:dans|a) (?:l ecole|l academie|les ecoles)",
        # training told by its verb: "help train its new unit", "to train together", « former ensemble leurs policiers »;
        # the gendarmerie's schools as the police's (not a joint exercise: the gold calls it training or not)
        r"(?:help|helping|to) train\b", r"train(?:ing)? together",
        r"former (?:ensemble |conjointement )?(?:les |des |leurs |nos |ses |de )?(?:\w+ )?(?:enqueteurs|policiers|gendarmes|agents|"
        r"officiers|cadres|personnels?|recrues|formateurs|specialistes|unites)",
        r"ecoles? (?:nationales? )?(?:superieures? )?de (?:gendarmerie|sous officiers)",
    ),
    Topic.EXPERTISE_EXCHANGE: (
        r"echanges? (?:d |des |de )?(?:expertises?|experiences?|savoir faire|bonnes pratiques)",
        r"partage (?:d |des )?(?:expertises?|experiences?|bonnes pratiques)",
        r"assistance technique", r"cooperation technique", r"appui technique",
        r"(?:exchange|exchanging|sharing) (?:of )?(?:\w+ ){0,2}?(?:expertise|experiences?|best practices|know how)",
        r"(?:echanger|partager) (?:leurs |leur |nos |des |les |de )?(?:expertises?|experiences?|savoir faire|bonnes pratiques)",
        r"technical (?:assistance|cooperation|support)", r"(?:best|good) practices", r"bonnes pratiques",
        r"transfert d expertise", r"expertise",
        r"(?:programmes? d )?echanges? d (?:officiers|personnels?|cadres|agents)(?! de liaison)", r"exchange (?:programmes?|of (?:officers|personnel|staff))",
        r"(?:officer|staff|personnel) exchanges?", r"shared? (?:its|their|his|her|our) (?:\w+ )?(?:experiences?|expertise)",
    ),
    Topic.FORENSICS: (
        r"police (?:technique et )?scientifique", r"(?:sciences? )?forensiques?", r"forensics?",
        r"medecine legale", r"identification (?:judiciaire|criminelle|biometrique)",
        r"biometri\w*", r"empreintes(?: (?:digitales|genetiques))?", r"adn", r"dna", r"fingerprint\w*",
        r"(?:donnees|profils?|empreintes) genetiques?", r"genetic (?:data|profiles?|databases?)",
        r"laboratoires? (?:de police|d analyses?)", r"balisti\w*", r"crime scenes?", r"scenes? de crimes?",
    ),
    Topic.OPERATIONAL_COOPERATION: (
        r"cooperation operationnelle", r"coordination operationnelle", r"operations? (?:conjointes?|communes?)",
        r"enquetes? conjointes?", r"investigations? conjointes?", r"coordination securitaire",
        r"operational (?:cooperation|coordination|collaboration)", r"coordinated (?:\w+ )?(?:patrols?|operations?)", r"joint (?:operations?|investigations?|(?:\w+ )?patrols?)",
        r"joint (?:security|police|law enforcement) operations?",
        r"equipes? (?:communes?|conjointes?) d enquete", r"patrouilles? (?:\w+ )?(?:mixtes?|conjointes?|coordonnees?)", r"equipes? mixtes?",
        r"(?:cross border|transfrontalieres?) (?:investigations?|enquetes?)", r"enquetes? transfrontalieres?",
        r"mixed (?:teams|patrols|units)", r"coordinat\w* (?:\w+ ){0,2}operations?",
        r"coordination entre (?:les )?(?:forces|services|unites|gardes)",
        r"coordination (?:des |d )?(?:engagements|interventions) operationnel\w*",
        r"(?:hot|cross border) pursuit", r"pursue (?:\w+ ){0,2}?(?:suspects|criminals|offenders|fugitives)", r"droit de poursuite",
    ),
    Topic.BORDER_SECURITY: (
        r"(?:securite|securisation|surveillance|controle|gestion|protection) (?:\w+ )?(?:des |aux |de la |du )?frontieres?",
        r"frontalier\w*", r"(?:comites?|commissions?|cooperation|securite|patrouilles?|brigades?|unites?) transfrontali\w*", r"(?<!cross )(?<!across )(?<!crosses )(?<!crossing )border\w*(?! crimes?\b)", r"postes? frontieres?",
        r"(?:le long|de part et d autre|aux abords) (?:de la|des|de leur|de nos) frontieres?",
        r"frontieres? communes?", r"police (?:des|aux) frontieres", r"(?:en poste|postes?|agents|policiers|controles?) aux frontieres",
        r"(?:surveillance|securite|securisation|controle) (?:des cotes|du littoral|cotiere|maritime|des eaux territoriales)",
        # (not a coast guard, an agency named as a side or a trainee: "met the Coast Guard", « la formation des
        # garde-côtes »; its work is: "coastal surveillance")
        r"le long du littoral", r"coastal (?:surveillance|security|patrols?)",
        r"trans ?border (?:security|issues|areas?|cooperation|patrols?)",
        r"patrouilles? (?:\w+ )?(?:maritimes?|frontalieres?|navales?)", r"maritime (?:patrols?|surveillance|borders?)",
        r"immigration (?:checks?|controls?)", r"passport (?:checks?|controls?)", r"controles? d immigration",
        # crossings of the border itself (not "cross-border crime": organised crime): "cross-border infiltration",
        # "cross-border smuggling"; what happens at it: « les trafics à la frontière », « la situation aux frontières »
        r"cross border (?:infiltrations?|smuggling|incursions?|movements?)",
        r"(?:situation|trafics?|securite|insecurite|incidents?|tensions?) (?:a la|aux) frontieres?",
    ),
    Topic.EVENT_SECURITY: (
        r"(?:securisation|securite) (?:des |de |d )?(?:grands? )?(?:evenements?|manifestations?)",
        r"grands? evenements?", r"jeux olympiques", r"olympic games", r"olympics",
        r"coupe du monde", r"world cup", r"(?:asian|african|commonwealth|pan american|mediterranean|pacific|arab|island|paralympic|youth olympic) games",
        r"jeux (?:paralympiques|africains|asiatiques|mediterraneens|panarabes|panafricains|de la francophonie|du commonwealth)", r"mondial \d{4}", r"coupe d afrique(?: des nations)?",
        r"africa cup of nations", r"african cup of nations", r"afcon", r"\bcan \d{4}", r"major (?:sporting )?events?",
        r"grandes? manifestations? sportives?", r"(?:securing|security of) (?:major )?events?",
        r"(?:competitions?|rendez vous|evenements?|rencontres?) sporti\w*", r"sporting events?", r"(?:large|mass) gatherings?",
        r"grands? rassemblements?", r"hajj", r"pelerinages?", r"pilgrims?", r"pelerins",
        # an election or a gathering kept safe: "security during the elections", "the security of polling stations",
        # "keep the provincial elections safe", « la sécurisation du scrutin », "securing the Forum leaders' meeting",
        # "public order during regional events", "the festival season"
        r"(?:security|safety|securing|secure|safe|policing) (?:\w+ ){0,3}?(?:elections?|polls|polling|electoral)",
        r"(?:elections?|polls) (?:\w+ ){0,2}?(?:safe|secure|peaceful)", r"polling (?:stations?|centres?|centers?|units?)",
        r"(?:securite|securisation) (?:\w+ ){0,2}?(?:elections?|scrutins?|processus electoral|electorale?s?)",
        r"securing the (?:\w+ ){0,5}?(?:summit|forum|games|championships?|tournament|(?:leaders )?meeting|conference)",
        r"(?:regional|international|public|mass|large scale) events", r"festival season",
    ),
    Topic.MONEY_LAUNDERING: (
        r"blanchiment\w*", r"blanchir", r"financement du terrorisme", r"criminalite (?:economique et )?financiere",
        r"delinquance (?:economique et )?financiere", r"aml cft", r"criminalite economique", r"crimes? economiques?",
        r"economic (?:and financial )?crimes?", r"money laundering", r"laundering", r"terrorist financing",
        r"financing of terrorism", r"financement des (?:groupes|activites|organisations) terroristes", r"financial crimes?", r"(?:terror|terrorism) financing",
        r"proceeds of (?:crime|drug trafficking|trafficking|corruption)", r"(?:illegal|illicit|criminal) proceeds", r"drug money", r"illicit (?:financial )?flows",
        r"flux (?:d argent|financiers illicites)", r"enquetes? financieres?", r"financial investigations?", r"produits? du (?:crime|trafic)", r"avoirs criminels", r"asset recovery",
    ),
    Topic.REGIONAL_SECURITY: (
        r"situation securitaire (?:regionale|internationale|dans la region|au sahel)",
        r"situation securitaire aux niveaux? (?:national, )?(?:international|regional)\w*",
        # (not a name that holds the word: "EUCAP Sahel Niger", « le programme Sahel de l'ONUDC »)
        r"securite regionale", r"stabilite regionale", r"(?<!eucap )(?<!programme )(?<!programme de )sahel(?! niger\b)",
        r"sahelo saharienne", r"(?:bande|region|zone) sahelienne",
        r"(?:actualite|situation|contexte|conjoncture|evolution de la situation) (?:\w+ ){0,2}?securitaire\w* (?:\w+ ){0,3}?(?:regional\w*|(?:dans|de) (?:la|l) (?:sous )?region|au sahel)",
        r"securitaire\w* (?:[\w,]+ ){0,4}?(?:dans|de) (?:l ensemble de )?la sous region",
        r"menaces? (?:securitaires )?regionales?", r"defis securitaires", r"enjeux securitaires",
        r"regional security(?! officers?| system)",  # (not the Caribbean's "Regional Security System", a body)
        # (not the situation at a border: "the security situation along the border", border security)
        r"security situation(?! (?:along|at|on|across) (?:the|their|our|its) (?:\w+ )?borders?\b)", r"regional (?:stability|threats?)",
        r"regional (?:and international )?(?:developments|issues|challenges)", r"developments in (?:the|their) (?:region|sub region)",
        r"threat assessment", r"evaluation de la menace", r"regional (?:peace|security) and stability", r"paix et (?:la )?(?:stabilite|securite) (?:dans la|de la) (?:sous )?region",
        r"situation in the (?:horn of africa|great lakes|lake chad basin|gulf of guinea)", r"insecurite (?:dans|de) (?:la|l) (?:zone|region|sous region|bande)", r"situation in the (?:region|sub region|sahel)",
        r"situation securitaire (?:autour|dans|le long) (?:du|de la|de l|des|la|le|l) (?:\w+ )?(?:lac|bassin|region|zone|sous region|corne|golfe)",
    ),
}  # fmt: skip


@cache
def _patterns() -> list[tuple[Topic, Screened]]:
    """Each topic's pattern, which passages that hold none of its anchors are spared."""
    return [
        (topic, Screened(rf"(?<![a-z0-9])(?:{'|'.join(patterns)})(?![a-z0-9])"))
        for topic, patterns in _LEXICON.items()
    ]


@cache
def _anchored() -> Anchored:
    """The topics' patterns, whose anchors are tested for all at once."""
    return Anchored([lexicon for _, lexicon in _patterns()])


_FINANCING = compile(
    r"(?<![a-z0-9])(?:(?:counter(?:ing)? (?:the )?)?financ\w* (?:of|du|des) (?:international )?terroris\w*"
    r"|(?:terrorist|terrorism|terror) financ\w*|financement des (?:groupes|activites|organisations) terroristes)(?![a-z0-9])"
)
"""A phrase of the financing of terrorism: the spec files it under money laundering, and
it alone does not make terrorism a topic (the text must speak of terrorism itself)."""


_LABELS = {fold(topic.value.replace("_", " ")): topic for topic in Topic}


def topics_in(text: str) -> set[Topic]:
    """The topics a passage speaks of, by the lexicon."""
    folded = fold(text)
    held = _anchored().held(folded)
    found = {
        topic
        for index, (topic, lexicon) in enumerate(_patterns())
        if index in held and lexicon.pattern.search(folded)
    }
    if Topic.TERRORISM in found and "financ" in folded:
        rest = _FINANCING.sub(" ", folded)
        if rest != folded and not dict(_patterns())[Topic.TERRORISM].pattern.search(rest):
            found.discard(Topic.TERRORISM)
    return found


def topic_code(word: str) -> Topic | None:
    """Map a code ("drug_trafficking"), a label ("drug trafficking", "organized crime")
    or a topic word of either language ("stupéfiants") to the vocabulary; ``None`` when
    the word is not a topic."""
    folded = fold(word)
    if folded in _LABELS:
        return _LABELS[folded]
    found = topics_in(word)
    return found.pop() if len(found) == 1 else None
