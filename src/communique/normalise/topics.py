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
        # "terror" as the noun's attribute, the extremists' groups: "terror networks", "counter-terror work",
        # « groupes extrémistes »
        r"terror (?:groups?|organi[sz]ations?|networks?|threats?|cells?|attacks?|plots?|outfits?)", r"(?:counter|anti) ?terror",
        r"extremist (?:groups?|organi[sz]ations?|networks?|ideolog(?:y|ies)|threats?|violence)", r"groupes? extremistes?",
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
        # gangs as what is fought, in the plural (not the one gang a story is about, nor "gang investigations" taught):
        # "armed gangs", « la lutte contre les gangs armés », "gang violence"; « la grande criminalité »
        r"grande criminalite", r"organi[sz]ed criminality", r"gang violence", r"gangs? armes", r"(?:armed|street) gangs",
        *(rf"gangs(?<={fought} gangs)" for fought in ("contre les", "contre des", "against", "against the", "combating", "tackling", "countering")),
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
        # drugs in a list of the crimes fought ("combating terrorism, drugs and other crimes", "terrorism,
        # cross-border crimes, immigration and drugs"); cannabis by its other names; the chemicals drugs are made of
        # (the crime before them tested once "drugs" is found, behind it: a pattern that opens on common words is tried
        # at every one of them)
        *(
            rf"drugs(?<={crime}{joint}drugs)"
            for crime in ("terrorism", "terrorisme", "crime", "crimes", "trafficking", "smuggling", "immigration", "migration",
                          "extremism", "cybercrime", "weapons", "arms", "firearms")
            for joint in (" ", " and ")
        ),
        r"drugs (?:and )?(?:arms|weapons|firearms|terrorism|human trafficking)",
        r"drug law enforcement", r"chanvre indien", r"indian hemp", r"marijuana", r"(?:drug|chemical) precursors?", r"precursor chemicals?",
        r"precurseurs? (?:chimiques?|de (?:drogues?|stupefiants))",
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
        # crime told by its means: "high-tech crime", "technology-enabled crime", « les infractions informatiques »,
        # "phishing", "the dark web", "digital fraud"
        r"high ?tech(?:nology)? crimes?", r"(?:technology|tech|ict) (?:enabled |related |based )?crimes?",
        r"(?:crimes?|infractions?|delits?) (?:informatiques?|technologiques?|numeriques?|cybernetiques?)",
        r"criminalite (?:technologique|cybernetique|high tech|liee aux tic)", r"phishing", r"dark ?web", r"darknet",
        r"(?:digital|electronic|crypto\w*) (?:fraud|scams?)", r"crimes? committed online", r"sextortion",
        r"child sexual abuse material",
    ),
    Topic.ILLEGAL_MIGRATION: (
        r"immigration (?:clandestine|irreguliere|illegale)", r"migrations? (?:clandestine|irreguliere|illegale)s?",
        r"traite (?:des |d )?(?:etres|personnes) humain\w*", r"traite des personnes",
        r"trafic (?:illicite )?(?:de|des|d) (?:migrants|etres humains|personnes)", r"passeurs",
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
        r"(?:people|migrant|persons) trafficking", r"trafficking (?:in|of) (?:women|migrants)",
        r"(?:illegal|irregular|clandestine|undocumented) immigrants?", r"(?:irregular |illegal )?(?:migratory|migration) (?:flows?|pressures?)",
        r"(?:lutte|lutter) contre la traite",  # (not « le traité », a treaty, which folds alike)
        # migration as what security talks are about: "talks on migration", « les questions de sécurité, de migration »,
        # "migration management" (the gold counts it, by the spec's code name); trafficking of women and girls
        r"migrations?", r"trafficking of (?:young )?(?:women|girls|minors)",
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
        r"most wanted", r"(?:mutual|reciprocal) judicial assistance", r"judicial cooperation in criminal matters",
        r"judiciaire en matiere penale", r"diffusions? rouges?", r"interpol (?:red |yellow |blue |purple )?notices?",
        r"transfer of (?:sentenced |convicted )?(?:prisoners|detainees)", r"transferts? (?:de|des) (?:detenus|prisonniers)",
        r"(?:persons|individuals|suspects|criminals|fugitives) wanted (?:by|in|for)",
        r"recherches par (?:la justice|interpol|les autorites|leurs pays)", r"(?:criminels|suspects|individus|personnes) en fuite",
    ),
    Topic.INTELLIGENCE_SHARING: (
        r"echanges? (?:d |des |du |de l |de )?(?:informations?|renseignements?)",
        r"partage (?:d |des |du |de l |de )?(?:informations?|renseignements?)",
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
        # intelligence as the field of the cooperation: « une collaboration étroite en matière de renseignement »,
        # "cooperation in the field of intelligence", "cooperation between their intelligence services"; data shared;
        # information in a list of what is exchanged: "information and experience sharing", "exchanges of delegations
        # and information"
        r"(?:cooperation|collaboration|partenariat|coordination) (?:\w+ ){0,3}?(?:en matiere|dans le domaine|sur le plan|au plan) "
        r"(?:de |du |des )renseignements?",
        r"(?:cooperation|collaboration) (?:in|on) (?:the (?:fields?|areas?|domains?) of )?intelligence",
        r"cooperation (?:between|among) (?:the |their )?(?:\w+ )?intelligence (?:services|agencies)",
        r"cooperation entre (?:les |leurs )?services de renseignements?", r"(?:sharing|share|shared|exchanging|exchanged) (?:of )?data",
        r"(?:information|intelligence) and (?:\w+ )?(?:sharing|exchanges?)", r"exchanges? of (?:\w+ ){1,2}?and (?:of )?(?:information|intelligence)",
        # what each knows, shared: "police forces sharing what they know in real time", « partager ce qu'ils savent »
        r"(?:share|sharing|shared|pool|pooling) (?:what|all) (?:they|we|each (?:side|other)) (?:know|learn)\w*",
        r"partag\w* ce qu (?:ils|elles|on|nous) (?:savent|sait|savons|apprennent)",
        # information qualified ("exchange real-time information", "share timely intelligence"); records and files
        # pooled ("a common database of stolen vehicles", « le partage de fichiers », "exchange daily situation
        # reports"); intelligence about a target (« le renseignement sur les groupes armés »)
        r"(?:exchange|share|sharing|exchanging|exchanged|shared) (?:of )?(?:real time|timely|relevant|daily|operational|criminal|more)"
        r" (?:information|intelligence|data)",
        r"(?:common|shared|joint) (?:databases?|databanks?)", r"bases? de donnees communes?", r"(?:partage|echange)s? (?:de |des )fichiers",
        r"(?:exchange|share|pool)\w* (?:their |its )?(?:\w+ ){0,2}?(?:situation reports|records|databases|files)",
        r"(?:le |du )renseignement (?:sur|relatif)", r"intelligence on",
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
        # capacities and skills built: « le renforcement de leurs capacités », "strengthen the capacities of",
        # "skills development", "upgrading the skills of officers"; « cours de perfectionnement »; scholarships
        r"renforcement (?:de |de leurs |de leur )capacites", r"renforcer (?:les |leurs |des )capacites",
        # (not an operational capacity bolstered with vehicles: "enhance operational capacity")
        r"(?:build|strengthen|enhanc|develop|boost)\w* (?:the |their |its )?capacit(?:y|ies) (?:of|among)", r"building capacit(?:y|ies)",
        r"(?:skills|professional) development", r"renforcement des competences",
        r"(?:upgrad|enhanc|develop|sharpen|improv|build)\w* (?:the |their |its )?(?:\w+ )?skills",
        r"(?:cours|cycles?|sessions?|programmes?) de perfectionnement", r"scholarships?",
        r"police education", r"workshops? (?:on (?:\w+ ){1,4}?)?for (?:\w+ ){0,2}?(?:officers|investigators)",
        # trainers sent: « l'envoi de formateurs en police technique », "the deployment of instructors"
        r"(?:envoi|envoyer|deploiement|mise a disposition) (?:de |d |des )(?:\w+ )?(?:formateurs|instructeurs)",
        r"(?:send|sending|sent|deploy\w*|dispatch\w*) (?:\w+ ){0,2}?(?:trainers|instructors)",
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
        # know-how drawn on or handed over (not praised: « a salué le savoir-faire de »); experience and knowledge
        # shared in other words: "experience sharing", "share experiences", « retours d'expérience »
        r"(?:profit\w*|benefit\w*|beneficier|draw\w* on|leverag\w*|transfer\w*|transfert|partage\w*|shar\w*|exchang\w*|echang\w*)"
        r" (?:\w+ ){0,3}?(?:savoir faire|know how)",
        r"(?:experience|knowledge|expertise|skills) (?:sharing|exchanges?|transfers?)",
        r"(?:share|shared) (?:\w+ ){0,2}?(?:experiences?|knowledge|lessons)", r"lessons learn[et]d?", r"retours? d experiences?",
        r"transferts? de (?:competences|connaissances)", r"transfer of (?:knowledge|skills)", r"partage (?:des |de )?connaissances",
        r"mutual learning", r"(?:partag|echang)(?:er|ent|eront|era|ons) (?:\w+ ){0,2}?(?:leurs |leur |nos |des |les |d )?"
        r"(?:experiences?|expertises?|savoir faire|bonnes pratiques)",
        r"(?:secondment|deployment|mise a disposition) (?:of |d |des )experts",
        r"learn\w* from (?:each other s|one another s|the other s|its|their|\w+ s) (?:\w+ )?(?:experiences?|expertise|know how)",
    ),
    Topic.FORENSICS: (
        r"police (?:technique et )?scientifique", r"(?:sciences? )?forensiques?", r"forensics?",
        r"medecine legale", r"identification (?:judiciaire|criminelle|biometrique)",
        r"biometri\w*", r"empreintes(?: (?:digitales|genetiques))?", r"adn", r"dna", r"fingerprint\w*",
        r"(?:donnees|profils?|empreintes) genetiques?", r"genetic (?:data|profiles?|databases?)",
        r"laboratoires? (?:de police|d analyses?)", r"balisti\w*", r"crime scenes?", r"scenes? de crimes?",
        r"criminalistique", r"ballisti\w*", r"crime lab\w*", r"(?:forensic|criminal|police|crime) laborator(?:y|ies)",
        r"(?:disaster )?victim identification", r"identification (?:of|des) (?:victims|victimes|bodies|corps)",
        r"scientific police", r"medico legal\w*", r"afis",
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
        # (not "a joint task force on", "joint action against", nor « l'opération coordonnée par » one chief, which the
        # gold leaves out)
        r"(?:actions|interventions) conjointes", r"operations (?:mixtes|coordonnees)", r"operations (?:\w+ ){1,2}conjointes",
        r"(?:enquetes?|investigations?) communes?", r"jits?", r"joint (?:investigative|investigation) teams?",
        r"(?:cooperation|coordination|collaboration) (?:\w+ ){0,2}?(?:sur le terrain|on the ground)",
        # joint operations qualified ("joint regional operations", not "a joint maritime operations room", a mechanism);
        # investigations or units coordinated (« mieux
        # coordonner les enquêtes », « la coordination des unités antiterroristes »); patrols across the border
        r"joint (?:\w+ ){1,2}operations(?! (?:rooms?|centres?|centers?))", r"coordonn\w* (?:les |des |leurs )?(?:enquetes|investigations|unites)",
        r"coordination (?:des |de leurs )?(?:enquetes|investigations|unites)", r"cross border patrols?", r"patrouiller ensemble",
        r"patrol(?:ling)? together", r"joint teams? of investigators", r"operational matters",
    ),
    Topic.BORDER_SECURITY: (
        r"(?:securite|securisation|surveillance|controle|gestion|protection) (?:\w+ )?(?:des |aux |de la |du )?frontieres?",
        r"frontalier\w*", r"(?:comites?|commissions?|cooperation|securite|patrouilles?|brigades?|unites?) transfrontali\w*", r"border(?<!cross border)(?<!across border)(?<!crosses border)(?<!crossing border)(?<!know no border)(?<!knows no border)(?<!respect border)(?<!stop at our border)(?<!stop at the border)(?<!ignore border)\w*(?! crimes?\b)", r"postes? frontieres?",
        r"(?:le long|de part et d autre|aux abords) (?:de la|des|de leur|de nos) frontieres?",
        r"frontieres? communes?", r"police (?:des|aux) frontieres", r"(?:en poste|postes?|agents|policiers|controles?) aux frontieres",
        r"(?:surveillance|securite|securisation|controle) (?:des cotes|du littoral|cotiere|maritime|des eaux territoriales)",
        # (not a coast guard, an agency named as a side or a trainee: "met the Coast Guard", « la formation des
        # garde-côtes »; its work is: "coastal surveillance")
        r"le long du littoral", r"coastal (?:surveillance|security|patrols?)",
        r"trans ?border (?:security|issues|areas?|cooperation|patrols?)",
        r"patrouilles? (?:\w+ )?(?:maritimes?|frontalieres?|navales?)", r"maritime (?:patrols?|surveillance|borders?)",
        r"immigration (?:checks?|controls?)", r"passport (?:checks?|controls?)", r"controles? d immigration",
        # (not the borders of a saying: "crime knows no borders", "criminals do not respect borders", "traffickers do
        # not stop at our borders", above)
        # crossings of the border itself (not "cross-border crime": organised crime): "cross-border infiltration",
        # "cross-border smuggling"; what happens at it: « les trafics à la frontière », « la situation aux frontières »
        r"cross border (?:infiltrations?|smuggling|incursions?|movements?)",
        r"(?:situation|trafics?|securite|insecurite|incidents?|tensions?) (?:a la|aux) frontieres?",
        r"frontier (?:security|control|management|posts?|surveillance)",
        r"(?:security|control|surveillance|management|protection) of (?:the |their |our )?(?:\w+ )?frontiers?",
        r"frontieres? (?:exterieures?|terrestres?)",
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
        # the event kept safe named after its security (not the summit the talks were held on the sidelines of):
        # "security arrangements for the summit", « la sécurisation des Jeux »; events by their other names
        r"(?:security|securite|securisation|safety|safeguarding|policing) (?:arrangements |preparations |plans? |measures |dispositif )?"
        r"(?:of|for|des|du|de la|de l|ahead of) (?:the )?(?:\w+ ){0,3}?(?:games|jeux|summit|sommet|expo|mondial|tournament|tournoi|"
        r"jubilee|championships?|championnats?)",
        r"expo \d{4}", r"world expo", r"euro \d{4}", r"umrah", r"pilgrimages?", r"(?:la|de la|a la) can", r"(?:le|du|au|the) mondial",
        r"(?:club world|fifa world|rugby world|cricket world|asian|gold) cup",
    ),
    Topic.MONEY_LAUNDERING: (
        r"blanchiment\w*", r"blanchir", r"financement du terrorisme", r"criminalite (?:economique et )?financiere",
        r"delinquance (?:economique et )?financiere", r"aml cft", r"criminalite economique", r"crimes? economiques?",
        r"economic (?:and financial )?crimes?", r"money laundering", r"laundering", r"terrorist financing",
        r"financing of terrorism", r"financement des (?:groupes|activites|organisations) terroristes", r"financial crimes?", r"(?:terror|terrorism) financing",
        r"proceeds of (?:crime|drug trafficking|trafficking|corruption)", r"(?:illegal|illicit|criminal) proceeds", r"drug money", r"illicit (?:financial )?flows",
        r"flux (?:d argent|financiers illicites)", r"enquetes? financieres?", r"financial investigations?", r"produits? du (?:crime|trafic)", r"avoirs criminels", r"asset recovery",
        r"crimes? financiers?", r"illicit financ\w*", r"(?:illicit|illegal|criminal) (?:financial )?(?:funds|assets)",
        r"illegal financial flows", r"(?:confiscation|seizure|freezing|forfeiture) of (?:criminal |illicit |illegal )?(?:assets|proceeds)",
        r"asset (?:forfeiture|seizure|confiscation|freezing)", r"(?:saisie|confiscation|gel) des avoirs", r"avoirs illicites",
        r"fonds illicites",
        r"(?:echanges? |partage )d info\w* financieres", r"(?:exchange|sharing) of financial inform\w*",
    ),
    Topic.REGIONAL_SECURITY: (
        # the security situation (as "security situation" below; not the one at a border: border security)
        r"situation securitaire(?! (?:a la|aux) frontieres?\b)",
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
        # security and stability of the region in other words; threats seen ahead
        r"(?:securite|stabilite|paix) (?:dans|de) la (?:sous )?region", r"situation (?:dans|de) la (?:sous )?region",
        *(
            rf"region(?<={what} {of} the {sub}region)"  # (tested once "region" is found, as the drugs of a list above)
            for what in ("security", "stability", "peace", "security and stability", "peace and security",
                         "stability and security", "peace and stability")
            for of in ("in", "of")
            for sub in ("", "sub ")
        ),
        r"situation regionale",
        r"regional situation", r"(?:emerging|common|shared|evolving|transnational) (?:security )?threats",
        r"menaces (?:emergentes|communes|transnationales)", r"(?:security|threat) (?:environment|landscape)",
        r"(?:environnement|contexte) securitaire",
        r"regional crime and security",
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
