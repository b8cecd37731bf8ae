"""People in a sentence: names, the titles in apposition to them, and whom they represent.

Handles the genre's usual shapes: "TITLE (ACRONYM), NAME, ...", "NAME, TITLE, ...",
"son homologue danois, NAME", "le ministre espagnol de l'Intérieur, NAME",
"accompagné du TITLE, NAME", "côté marocain, ... NAME", ranks and honorifics
("M.", "Mme", "le Général de Division"). A name is only ever a run of words of the
sentence itself.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from communique import regexes
from communique.normalise import names, places
from communique.normalise.names import strip_honorifics
from communique.text import Cue, branched, caseless, fold

_HEADS = (
    r"direct(?:eur|rice)s?(?:[- ]g[ée]n[ée]ral(?:e)?(?: adjoint(?:e)?)?)?", r"sous-direct(?:eur|rice)",
    r"director(?:-general| general)?", r"ministre(?: délégué(?:e)?)?", r"minister", r"secr[ée]taire(?: d'[ée]tat| g[ée]n[ée]ral(?:e)?)?",
    r"secretary(?:[- ]general)?", r"under-?secretary",
    # an office named by its department first: "Home Minister X", "Union Home Secretary", "Senior Secretary"
    r"(?:union |federal |state )?(?:home|interior|justice|defen[cs]e|foreign|senior|joint|additional|principal|permanent) "
    r"(?:minister|secretary)", r"sous-secr[ée]taire", r"chef(?:fe)?", r"chief", r"head",
    r"commandant", r"haut[- ]commandant", r"commander", r"pr[ée]sident(?:e)?", r"chair(?:man|woman|person)?", r"inspect(?:eur|rice|or)(?:[- ]g[ée]n[ée]ral)?",
    r"procureur", r"prosecutor", r"attorney[- ]general", r"solicitor[- ]general", r"ambassad(?:eur|rice|or)", r"attach[ée]e?", r"consul(?: g[ée]n[ée]ral)?", r"commissaire",
    r"high commissioner", r"haut-commissaire", r"commissioner", r"pr[ée]fet", r"wali", r"gouverneur", r"governor", r"coordinat(?:eur|rice|or)", r"coordonnat(?:eur|rice)", r"conseill(?:er|ère)",
    r"advis[eo]r", r"deputy",
    # the one who seconds an office-holder, named by the office he seconds: « adjoint au Directeur général »,
    # « adjointe à la directrice » (not the office's own « directeur adjoint », which its head word opens)
    r"adjointe?s? (?:au|aux|à)", r"vice[- ]?pr[ée]sident(?:e)?", r"premier ministre", r"prime minister", r"haut(?:e)?[- ]représentant(?:e)?", r"high representative",
    r"charg[ée]e? d'affaires", r"charg[ée]e? de", r"d[ée]l[ée]gu[ée]e?(?: g[ée]n[ée]ral(?:e)?)?", r"représentant(?:e)?",
    r"representative", r"cabinet secretary", r"contr[ôo]leur g[ée]n[ée]ral", r"superintendent", r"envoy(?:ée?)?", r"officier", r"officer",
    r"assistant", r"acting", r"executive director", r"spokes(?:man|woman|person)", r"porte-parole", r"responsable",
    # an office by its initials, in capitals only, which an office's words follow: « Le DG de la Police nationale »,
    # « le DGA », "DIG Operations", "AIG Logistics" (not "IGP", "CP", which stand for the office alone and before a
    # name are read as honorifics); or the head of the national police or security by his initials, with his article,
    # in apposition before the name: « le DGSN, Martin X », « le DGPN, Y » (not the body: « au siège de la DGSN »)
    r"(?-i:DGA?|IG|AIG|DIG|(?<=[Ll]e )DG[SP]N(?=,))",
)  # fmt: skip
#: A police office by its initials, right before a name ("IGP Kayode Adeyemi", "CP Mary Wanjiku", « le CGP X »,
#: « le DGPN X »): read as an honorific, the name's title when the text gives no other (case minded: "Cp" is no office).
_INITIALS = r"(?-i:(IGP|DIG|AIG|DCP|ACP|CP|SSP|CSP|DSP|ASP|SP|CGP|DGPN|DGSN|DGA|DG|CoP|DCoP))\s+"
_INITIALS_BEFORE = regexes.compile(rf"(?<![\w'’]){_INITIALS}$")
#: (or the name's run opening on them, a capital after)
_INITIALS_FIRST = regexes.compile(rf"{_INITIALS}(?=[A-Z])")
#: A title word, on its own or after an elided article ("l'Ambassadeur du Ghana au Togo").
TITLE_HEAD = regexes.compile(
    r"(?:(?<![\w'’-])|(?<=\b[lLdD]['’]))(?:" + "|".join(_HEADS) + r")(?![\w'-])", re.IGNORECASE, branched
)
#: Ranks: honorifics inside titles ("le Général de Division", "Major General").
_RANK = regexes.compile(
    r"^(?:le |la |l'|the )?(?:g[ée]n[ée]ral(?: de (?:corps d'arm[ée]e|division|brigade|police)| d'arm[ée]e|[- ]major)?|"
    r"(?:lieutenant|major|brigadier)[- ](?:general|g[ée]n[ée]ral|colonel)|colonel(?:-major)?|lieutenant(?:-colonel)?|"
    r"commandant|capitaine|captain|amiral|admiral|commissaire divisionnaire|contr[ôo]leur g[ée]n[ée]ral|dr\.?|prof\.?|"
    r"sheikh|cheikh|igp|dig|aig|cop|dcop|cp|dcp|acp|ssp|csp|dsp|asp|cgp|m\.|mr\.?|mme|mrs\.?|ms\.?|his excellency|her excellency|son excellence|brigadier|"
    # ranks abbreviated, left at the end of an office written before the name ("the Head of Intelligence, Col. B"),
    # with or without their dots ("Lt Gen", "Col", « Cmdt »)
    r"(?:(?:pol|brig|gen|col|lt|maj|capt|cdr|cmdr|cmdt|supt|insp|adm)\.?\s*){1,3})$",
    re.IGNORECASE,
)
_BOUNDARY = Cue(
    r"avec", r"with", r"a", r"ont", r"est", r"sont", r"était", r"étaient", r"was", r"were", r"has", r"have", r"had", r"is",
    r"are", r"reçu", r"received", r"accueilli", r"hosted", r"met", r"rencontré", r"qui", r"who", r"lors", r"during",
    r"dont", r"whose", r"et son", r"et sa", r"and his", r"and her", r"ainsi que", r"as well as", r"held", r"holds",
    r"hold", r"took", r"signed", r"paid", r"chaired", r"opened", r"attended", r"visited", r"spoke", r"discussed",
    r"led(?! by)", r"headed(?! by)", r"while", r"whereas", r"tandis que", r"alors que",
    r"welcomed", r"will", r"s'est", r"se sont", r"se rendra", r"effectuera", r"tiendra", r"recevra", r"présidera",
    r"participera", r"accueillera", r"s'entretiendra", r"reviewed", r"focused", r"agreed", r"praised",
    r"visits", r"meets", r"receives", r"hosts", r"signs", r"calls", r"said", r"says", r"disclosed", r"stressed", r"noted",
    r"told", r"added", r"announced", r"declared", r"also", r"later", r"then", r"subsequently", r"afterwards", r"avait", r"avaient", r"a déclaré", r"a indiqué", r"a souligné", r"a annoncé",
    # the office handed over ends with who hands it: « le président sortant … à son successeur, le commandant … »
    r"(?:son|sa|leur) successeur", r"(?:his|her|their) successor",
    # the one called on, after the caller's office: "a courtesy visit of the Inspector General to the offices of the
    # Minister, X" (X is no Inspector General)
    r"(?:to|at) the offices? of",
    # one who goes with him: « Le ministre de l'Intérieur français, accompagné de l'Ambassadrice …, Mme X »
    r"accompagnée?s?", r"accompanied",
)  # fmt: skip
#: A place or thing named after someone: "le camp Mame Diop", "Avenue Ahmed Ben Ali".
_NAMED_AFTER = regexes.compile(
    r"\b(?:camp|caserne|barracks|place|square|plaza|stade|stadium|école|school|académie|academy|avenue|rue|boulevard|street|road|"
    r"hôpital|hospital|mosquée|mosque|pont|bridge|aéroport|airport|promotion|prix|award|salle|hall|cité|quartier|"
    r"centre|center|conf[ée]rences|conferences?|palais|palace|institut|institute|universit[ée]|university|complexe|complex|"
    r"h[ôo]tel|hotels?)"
    # … with what it teaches or houses, in lower case: « l'académie de police Idriss Farah », « l'école de gendarmerie X »
    r"(?:\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’])?(?-i:[a-zà-ÿ][\w-]*)){0,2}\s+$",
    re.IGNORECASE,
    branched,
)
#: A country called by its byname: « le pays des Hommes Intègres », « le pays de la Teranga », « le pays du Cèdre ».
_BYNAME_OF = regexes.compile(r"\bpays\s+(?:des|du|de\s+la|de\s+l['’]|de|d['’])\s*$", re.IGNORECASE)
#: A bare name right after a preposition of place is a place: "at Bukit Aman", "à Dar Naïm",
#: and so is one after the floor and tower of an address: "at Level 30, Tower 1, Bukit Aman"; not the one an audience
#: is granted to: « a accordé une audience à Ahmed Bouzid ».
_AT_PLACE = regexes.compile(
    r"(?<!audience )(?<!audiences )(?<!accordé )(?<!accordée )\b(?:at|in|à|au|aux|en|dans)\s+(?:(?:level|floor|tower|block|room|suite|wing|étage|bâtiment|salle)\b[^.;()]{0,30},\s+){0,3}$",
    re.IGNORECASE,
)
#: A run right after "the" is a thing's name, not a person's: "the Common Travel Area".
_THE = regexes.compile(r"\bthe\s+$", re.IGNORECASE)
_ROYAL = regexes.compile(r"(?:Roi|King|Majesté|Majesty|Émir|Emir|Prince|Princesse|Pape|Pope|Sultan)\s+$")
#: Gulf princes and emirs hold offices: "Minister of Interior Prince Abdulaziz bin Saud bin
#: Naif" is a minister. A royal title before a name with a patronymic particle is a rank.
_ROYAL_OFFICE = regexes.compile(r"(?:Émir|Emir|Prince|l'[ÉE]mir|émir)\s+$")
_PATRONYMIC = regexes.compile(r"\s(?:bin|ben|ibn|Bin|Ben|Ibn)\s")
#: Someone named as the one replaced or succeeded: « nommé à la place de X, démissionnaire »,
#: "succeeds X", "replacing X"; the head of state a participant advises or represents:
#: « conseiller spécial du Président X », "envoy of President X", « Envoyé Spécial du Président de la
#: République Fédérale du Nigeria, M. X », « créé en 2008 par le président de la République, X »,
#: "who stood in for Prime Minister X"; the head of state on whose instructions one acts ("On the instructions of
#: President X", « Sur instruction du Président de la République, M. X »); a martyr invoked ("the blood of Martyr X", « le martyr X »).
#: Not a participant.
_REPLACED = regexes.compile(
    r"(?:à la place d[eu']|en remplacement d[eu']|succ[èé]d\w* à|remplaçant|remplace|replacing|replaces|"
    r"succeeding|succeeds|who replaced|predecessor|prédécesseur|"
    r"(?:(?:conseill(?:er|ère)|advis[eo]r|envoy[ée]?|émissaire|représentante?|representative)(?: spéciale?| special)?"
    r" (?:du|de la|of|to)|(?:porteur|porteuse) d['’]un message (?:du|de la)|"
    # the head of state on whose orders one acts: "On the instructions of President X", « Sur instruction du
    # Président de la République, M. X » (he gave them; he is not at the meeting)
    r"(?:on|upon|following|acting on|sur|suivant|selon|conformément (?:à|aux)) (?:the |les |la |l['’])?"
    r"(?:hautes? |high |express |royal |royales )?(?:instructions?|directives?|orders?|directions?|ordres?|"
    r"orientations?|consignes?) (?:of|from|du|de la)|at the behest of|(?:bearer of|carrying|bearing) a (?:\w+ )?message from|stood in for|standing in for|stands in for|on behalf of|au nom du|représentant le|"
    # the head of state who founded an institution: « créé en 2008 par le président de la République, X »
    r"(?:créée?|fondée?|instituée?|created|founded|established|set up) (?:en|in) (?:19|20)\d\d (?:par le|by the|by))"
    r" (?:the )?(?:Président(?:e)?|President|Premier ministre|Prime Minister|Roi|King|chef de l'[ÉE]tat)"
    # … and of his country, before the name: "Special Envoy of the President of the Federal Republic of Nigeria, X"
    r"(?:\s+(?:of|de|du|de la|des)\s+[^,;.()]{1,60}?,)?|"
    r"martyr)\s*(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|SEM|S\.E\.M\.?|Son Excellence|His Excellency|Ratu|Sheikh|Cheikh|Alhaji|Datuk|Tan Sri)\s+)?$",
    re.IGNORECASE,
    branched,
)
#: A body that speaks of one of its own officers: "the Royal Brunei Police Force said its Commissioner of
#: Police, X, attended" (X is of the body's country).
_ITS_OFFICE = regexes.compile(
    r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,4}) (?:said|says|announced|stated|reported|added) (?:that )?its\s+$"
)
#: A delegation named before the title of another, after a comma: "In a meeting with a visiting US
#: delegation, Interior Minister X" (X is not of the delegation's country).
_DELEGATION_MET = regexes.compile(r"\b(?:delegation|délégation),\s*(?:the\s+|le\s+|la\s+|l['’])?$")
#: A diplomat's office, whose country is seldom that of the one named before him.
_ENVOY = regexes.compile(
    r"\b(?:ambassad\w*|high commissioner|haut-commissaire|charg[ée]e? d'affaires|envoy|consul)", re.IGNORECASE
)
#: An office in the plural before a list of names: "US Senators", "Congressmen", "the ministers".
_PLURAL_TITLE = regexes.compile(
    r"\b(?:Senators|Congressmen|Congresswomen|Ministers|Presidents|Commissioners|Ambassadors|Generals|Governors|"
    r"Inspectors[- ]General|ministres|ambassadeurs|présidents|sénateurs|généraux)\s+$"
)
#: Between two names of a bare list: ", ", " and ", « et ».
_BARE_LIST = regexes.compile(r"\s*(?:,\s*(?:and\s+|et\s+)?|\s+and\s+|\s+et\s+)")
#: A photograph's credit: "… in Harare yesterday :-Picture by X", « Photo : X ». The photographer took no part.
_CREDIT = regexes.compile(
    r"\b(?:Pictures?|Photos?|Photographs?|Pic|Crédit photo|Photo credit)\s*(?:by|par|:|-)\s*$", re.IGNORECASE
)
#: An inverted speech tag opening a sentence before a quote, its verb taken into the run of
#: capitals: "Said Banda: 'We are neighbours'" (the speaker is Banda, named before).
_QUOTE_TAG = regexes.compile(r"(?:Said|Says|Added|Asked)\s+(?=[A-Z][\w'’-]+\s*:)")
#: The one a message is carried to: « porteur d'un message du Président X à son homologue Y », "bearing
#: a message from President X to his counterpart Y" (Y, a head of state, is only the addressee).
_MESSAGE_TO = regexes.compile(
    r"\bmessage (?:du|de la|from|of)\b[^.;]{0,160}?\b(?:à|to) (?:son|sa|leur|his|her|their) (?:[\w-]+ )?(?:homologue|counterpart)"
    r"(?: [a-zé-]+)?,?\s*(?:(?:M\.|Mr\.?|Mme|Mrs\.?|Ms\.?)\s+)?$",
    re.IGNORECASE,
)
#: The absent office-holder someone stood in for, named after his title: "Deputy Commissioner A stood in for
#: the Inspector-General of Police, B, who was abroad" (B took no part).
_STOOD_IN_FOR = regexes.compile(r"\b(?:stood|standing|stands|stand) in for (?:the )?[^,;.()]{2,80},\s*$")
#: The signatory of the text that reports: "According to a press release signed by the Force
#: Public Relations Officer, CSP X", « selon un communiqué signé par le porte-parole, X » (not a
#: joint statement, which its signatories sign at the meeting).
_SIGNATORY = regexes.compile(
    r"\b(?<!joint )(?:press release|press statement|statement|communiqué|release|note)(?!\s+(?:conjointe?|commune?|joint))"
    r"\s+(?:\S+\s+){0,2}?(?:signed|issued|signé|signée)"
    r"\s+(?:by|par)\b[^,;.]{0,80}?(?:,\s*[^,;.]{0,40})?$",
    re.IGNORECASE,
)
#: Those of an earlier encounter the meeting follows: "met by video link … following a recent call
#: between President A and President B", « à la suite d'un entretien entre le Président A et … »
#: (not "following the talks between A and B", which are often the ones reported).
_EARLIER_ENCOUNTER = regexes.compile(
    r"\b(?:following|after|à la suite d'|suite à|après) ?(?:a|an|their|un|une|leur) (?:\w+ ){0,2}?"
    r"(?:call|meeting|talks|conversation|summit|appel|entretien|rencontre|sommet) (?:between|entre) "
    r"(?:[^,;.]{0,40}? (?:and|et) )?(?:(?:the |le |la )?(?:President|Prime Minister|Président(?:e)?|Premier ministre|"
    r"King|Roi|Emir|Émir)\s+)?$",
    re.IGNORECASE,
)
#: A recent call or talks recalled, and those between whom it was: « l'entretien téléphonique récent
#: entre le Président de la Transition, …, le Colonel A, et B, Président de … », "the recent phone
#: call between President A and …" (the meeting reported is another).
_RECALLED_CALL = regexes.compile(
    r"\b(?:(?:récente?s?|recent|previous|précédente?)\s+(?:\w+\s+){0,2}?(?:entretien|appel|conversation|échange|call)s?"
    r"|(?:entretien|appel|conversation|échange|call)s?\s+(?:téléphoniques?|telephone|phone)\s+(?:récente?s?|recent|précédente?))"
    r"\s+(?:\w+\s+)?(?:entre|between)\b(?:(?! with | avec | along)[^.;]){0,180}$",
    re.IGNORECASE,
)
#: Who speaks for a ministry and reports the meeting: '"…", said the ministry's spokesperson X',
#: "said the MIA of Russia Spokesperson X", « a indiqué le porte-parole du ministère, X ».
_SPOKESPERSON_SAID = regexes.compile(
    r"\b(?:said|says|told|added|according to|a (?:indiqué|déclaré|précisé|ajouté)|selon|indique|précise)\s+"
    r"(?:the |le |la |l['’])?[^,;.()\"“”]{0,50}?\b(?:spokes(?:person|man|woman)|porte-parole|press secretary)\b,?\s*$",
    re.IGNORECASE,
)
#: A spokesman's office and rank right before his name, and his saying right after it: "…, police spokesman Pol
#: Lt-General X said.", "…, the ministry's spokesperson X told reporters", « …, le porte-parole Jean Koffi a précisé ».
_SPOKESPERSON_BEFORE = regexes.compile(
    r"\b(?:spokes(?:person|man|woman)|porte-parole)\b,?\s*(?:(?:l[ea]|the) )?(?:[A-Z][\w.'’-]*\.?\s+){0,4}$"
)
#: A source the text quotes, her office as spokesman told after her name: « Selon le commissaire de police, X,
#: porte-parole de la police rwandaise, le pacte prévoit … », « D'après X, porte-parole du gouvernement, … »,
#: "According to Superintendent X, the police spokesman, the pact …": she tells of the encounter, she is not at it.
_ATTRIBUTED_TO = regexes.compile(
    r"\b(?:selon|d['’]après|according to)\s+(?:(?:le|la|l['’]|the)\s*)?(?:[^,;.()\"“”]{0,40}?,\s*)?$",
    re.IGNORECASE,
)
_SPOKESPERSON_AFTER = regexes.compile(
    r",\s*(?:(?:l[ea]|the|son|sa|its|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?(?:spokes(?:person|man|woman)|porte-parole)\b",
    re.IGNORECASE,
)
_SAID_AFTER = regexes.compile(
    r",?\s*(?:said|says|told|added|explained|stated|noted|(?:a|ont) (?:indiqué|déclaré|précisé|ajouté|expliqué))\b"
)
#: The one a monument or a grave honours: "laid a wreath at the monument to the national leader …
#: Heydar Aliyev", « a déposé une gerbe au monument à la mémoire de X ».
_HONOURED_BY_A_MONUMENT = regexes.compile(
    r"\b(?:monument|memorial|mausoleum|tomb|grave|statue|bust|mausolée|tombe|stèle)\s+"
    r"(?:to|of|for|à la mémoire d[eu']|d[eu']|à)\b[^.;()]{0,110}$",
    re.IGNORECASE,
)
#: An instrument and who signed it ("the cooperation accord signed by", « l'entente signée par »), and
#: a time gone by after their names ("last spring", « au printemps dernier », "in 2019"): the signers
#: of an earlier agreement, whom the meeting reported follows, not its participants.
_SIGNED_BY = regexes.compile(
    r"\b(?:accords?|agreements?|ententes?|memorand\w+|MoUs?|arrangements?|conventions?|protocoles?|protocols?|"
    r"traités?|treat(?:y|ies)|déclarations?|declarations?)\b[^.;]{0,160}?\b(?:signed|signée?s?|conclue?s?|concluded)"
    r" (?:by|par)\b[^.;]{0,90}$",
    re.IGNORECASE,
)
#: The leaders whose common perceptions or consensus a meeting is to carry out ("carry out the perceptions
#: reached between President A and his Vietnamese counterpart B", « le consensus atteint entre les deux chefs
#: d'État A et B »): what they agreed on before is the frame of the talks, they are not at them.
_PERCEPTIONS_OF = regexes.compile(
    r"\b(?:perceptions?|consensus)\b[^.;]{0,80}?\b(?:reached|agreed|arrived at|atteints?|obtenus?|dégagés?|trouvés?) "
    r"(?:\S+ ){0,2}?(?:between|by|entre|par)\b[^.;]{0,120}$",
    re.IGNORECASE,
)
_BEFORE_NOW = regexes.compile(
    r"[^.;]{0,90}?\b(?:last (?:year|spring|summer|autumn|fall|winter|month)|(?:au |à l')?(?:printemps|été|automne|hiver) "
    r"dernier|l'(?:an|année) derni[eè]re?|(?:in|en) (?:19|20)\d\d\b|earlier this year|(?:plus tôt )?cette année)",
    re.IGNORECASE,
)

#: The dead a ceremony honours, told by what befell them right after their names ("at the memorial
#: where General A and commander B were killed in 2019", « où le colonel A a trouvé la mort »): not participants.
_KILLED_AFTER = regexes.compile(
    r"(?:\s+(?:and|et)\s+[^,;.()]{1,60}?)?\s+(?:(?:were|was|had been|have been|ont été|a été|avaient été|avait été|"
    r"furent|fut)\s+(?:killed|assassinated|martyred|slain|murdered|tués?|assassinée?s?)|died|perished|lost (?:his|her|their) lives|"
    r"(?:a|ont|avait|avaient) (?:péri|trouvé la mort|perdu la vie))\b",
    re.IGNORECASE,
)


#: Where a diplomat is posted, after the title: "US Ambassador to Pakistan", « l'ambassadeur
#: de Suisse en Algérie », « conseiller de la délégation de l'UE au Burundi », "Police Attaché of the
#: Embassy of Japan in Malaysia", « ambassadeur des Émirats près la République du Bénin ». The posting is not the party.
_POSTING = regexes.compile(
    r"\b(?:ambassad\w*|embass\w*|high commissioner|haut-commissaire|charg[ée]e? d'affaires|envoy(?:ée?)?|représentante?|representative|"
    r"chef de (?:la )?mission|head of (?:the )?mission|délégation|delegation)\b.*?"
    r"\s(?:to|for|in|en|au|aux|à|(?:au)?près d[eu']|(?:au)?près de la|près)\s+(?:the\s+)?(?P<posting>[^,;]+?)\s*$",
    re.IGNORECASE,
)
#: The last country a title names after a preposition, as a posting: « … en Gambie et au |Cap-Vert| ».
_LAST_POSTING = regexes.compile(
    r"^.*\s(?:to|for|in|en|au|aux|à|(?:au)?près d[eu']|(?:au)?près de la|près)\s+(?:the\s+)?(?P<posting>[^,;]+?)\s*$",
    re.IGNORECASE,
)
#: The joint between two postings of one envoy, at the end of the words before the later one: « au Sénégal|, en|
#: Gambie », « en Gambie| et au| Cap-Vert », "to Belgium| and| Luxembourg".
_POSTING_JOINT = regexes.compile(
    r"(?:\s*,|\s+et|\s+and)\s+(?:(?:en|au|aux|à|to|in)\s+)?(?:(?:the|la|le|les)\s+|l['’])?$", re.IGNORECASE
)


#: A mission and where it is posted, in the words before a name: « une délégation de l'ambassade néerlandaise en
#: Haïti, conduite par X », "a team from the Embassy of Japan in Kenya, led by X" (the country it is in is not his).
_MISSION_POSTED = regexes.compile(
    r"\b(?:ambassade|embassy|haut-commissariat|high commission)\b[^,;]*?\s(?:en|au|aux|à|in|to)\s+(?:the\s+)?"
    r"(?P<posting>[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2})",
    re.IGNORECASE,
)


def _unposted(context: str) -> str:
    """``context`` without the country a mission it names is posted to (its own country, before, stays)."""
    for mission in reversed(list(_MISSION_POSTED.finditer(context))):
        if places.exact_country(mission["posting"]) is not None:
            context = context[: mission.start("posting")] + context[mission.end("posting") :]
    return context


def postings(title: str) -> tuple[int, list[str]]:
    """Where a diplomat's postings begin in his title, and the countries he is posted to, last first: one
    ("Ambassador to Pakistan"), or several he is accredited to at once (« ambassadeur du Niger en Belgique, aux
    Pays-Bas et au Luxembourg »: each a posting, the party the words before the first tell); (len, []) for none."""
    posting = _POSTING.search(title)
    if posting is None:
        return len(title), []
    # (the last country after a preposition, if the first preposition's words are not one: « au Sénégal, en Gambie
    # et au Cap-Vert » has none of its own)
    last = _LAST_POSTING.search(title)
    if last is not None and places.exact_country(last["posting"]):
        posting = last
    country = places.exact_country(posting["posting"])
    if country is None:
        return len(title), []
    start, posted = posting.start("posting"), [country]
    while (joint := _POSTING_JOINT.search(title[:start])) is not None:
        earlier = _LAST_POSTING.search(title[: joint.start()])
        country = places.exact_country(earlier["posting"]) if earlier else None
        if earlier is None or country is None:
            break
        start = earlier.start("posting")
        posted.append(country)
    return start, posted


#: Honorifics (and French rank abbreviations) left at the end of a title written before a
#: name: "Minister of State for Interior Affairs Sheikh", "Inspector General of Police Punjab
#: Dr", "Union Home Minister Shri", « Commandant supérieur de la Gendarmerie, le GCA », "the
#: Director of the Hellenic Police Mr.", "Central Director of Criminal Police Prefetto", a retired
#: officer's rank ("Inspector General of Police (IGP) Captain (Retd)").
_TRAILING_HONORIFIC = regexes.compile(
    r"(?:,?\s+(?:l'|le |the )?(?:Sheikh|Shaikh|Cheikh|Sayyid|Dr\.?|H\.? ?E\.?|Prince|Emir|Émir|émir|Ratu|Alhaji|Shri|Smt\.?|"
    r"GCA|GDI|GBR|GAR|LCL|CBA|Gal\.|Cne\.|Drs\.?|Pfr|H\.|Mr\.?|Mrs\.?|Ms\.?|M\.|Mme|Prefetto|Honourable|Honorable|Hon\.?|"
    r"[Mm]onsieur|[Mm]adame|Son Excellence|(?:His|Her) Excellency|S\.E\.M?\.?|SEM\.?|(?-i:SE)\.?|"
    # a retired officer's word before his rank ("the Agency Chairman, retired Maj.-Gen."), a navy rank (« directeur
    # de la coopération …, le vice-amiral »)
    r"[Rr]etired|[Vv]ice-amiral|[Cc]ontre-amiral|"
    # an ambassador's rank kept by one who now holds another office, after it and a comma ("Executive Director of
    # AFRIPOL, Ambassador X", « Commissaire aux affaires politiques, l'ambassadeur X »): not "the Japanese Ambassador"
    r"(?<=, )Ambassador|(?<=, )Amb\.|(?<=, )[Aa]mbassadeur|(?<=, l')[Aa]mbassadeur|"
    r"(?:Captain|Capt\.?|Colonel|Col\.?|Major|Brigadier)?\s*\(R(?:etd|td)\.?\)|"
    # a general's rank written right before his name: "Police Chief Gen", "Undersecretary Lt Gen",
    # "Chief Maj. Gen.", "chief, Pol Gen", "Chief of Indonesian Police General" (not "Director General")
    r"(?:(?:Pol\.?|Lt\.?|Maj\.?|Brig\.?|Lieutenant|Major|Brigadier)[- ])?Gen\.?|"
    r"(?:Lieutenant|Major|Brigadier)[- ]General|(?<=Police) General|(?<=, )Police (?:Lt\.?|Maj\.?|Brig\.?|Lieutenant|Major|Brigadier)[- ]Gen(?:eral|\.)?))+$"
)
#: A number after a run makes it an event's or an exercise's name: "Forum IV", "(Swift Sword 3)".
_ROMAN_AFTER = regexes.compile(r"^\s+(?:(?:I{1,3}|IV|V|VI{0,3}|IX|X{1,3})\b|\d{1,2}\))")
#: An initial between a given name and a surname ("Benigno S. Aquino"): a person's name.
_INITIAL_INSIDE = regexes.compile(r"\w \b[A-Z]\. \w")
_ACRONYM = regexes.compile(r"\s*\(([A-Z][\w./-]{1,20})\)")
#: What makes the person after it a companion of the one before: "accompanied by", « accompagné de », "along with"
#: (sides reads by it, too, who joins the side just named).
COMPANION = Cue(
    # (an aside may come between: « accompagné, à cette occasion, par », "accompanied, as on his first visit, by")
    r"(?:accompagnée?s?|assistée?s?|secondée?s?|entourée?s?),? (?:\S+ ){0,5}?(?:de|du|des|d'|par)",
    r"(?:accompanied|assisted|joined),? (?:\S+ ){0,5}?by", r"along with", r"together with",
    # one of the party he leads: "The delegation also included B", « La délégation comprenait également B »
    r"(?:delegation|délégation) (?:\S+ ){0,3}?(?:included|includes|comprised|comprenait|comprend|comptait)",
)  # fmt: skip
#: The subject's own encounter told after his companions, before the one he met: "X visited … along with a
#: delegation …, and met with IGP Y", « accompagné de …, et a rencontré Y » (Y is no companion of X, but the other side).
_THEN_MET = regexes.compile(
    r"\b(?:and|et) (?:then |later |also |puis |ensuite |également )?"
    r"(?:met|meets|held talks|received|called on|a rencontré|a reçu|s'est entretenue?|a eu)\b"
)
#: A surname alone as the subject of an encounter verb, at the start of a sentence ("Rostami
#: met the Iraqi minister", "Okafor held talks with"): a person, named as the text names him.
_BARE_SUBJECT = regexes.compile(
    r" (?:met|meets|held talks|holds talks|received|receives|hosted|visited|called on|"
    r"a reçu|a rencontré|s'est entretenue?|reçoit|rencontre)\b"
)
#: A country right after a name: "A of Malawi", « B du Mali », and the one a speaker
#: represents: "C representing Liberia", « D représentant le Congo » (whose side he is on).
_OF_COUNTRY = regexes.compile(
    r",? (?:of|from|du|de la|de l'|d'|(?:representing|représentante?) (?:le |la |l'|les )?)"
    r" ?(?:the )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})(?=[,;.]| and | et |$| [a-zà-ÿ])"
)
#: A country named before a name and its comma, as a list of envoys names them: « les ambassadeurs de France, A, »,
#: "the ambassadors of Belgium, A, of Austria, B".
_COUNTRY_THEN_NAME = regexes.compile(
    r"(?:\b(?:of|from|de|du|des) |\bd['’])(?:the |la |l['’])?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}),\s*$"
)
#: The body whose office a name bears, named right after it: "Director General Abena Osei of the Narcotics Control
#: Bureau (NACOB)", « le directeur X de la Direction de la surveillance du territoire » (its acronym kept).
_OF_BODY = regexes.compile(
    # (a body whose name goes on in small letters up to its acronym: « du Bureau national des enquêtes (BNE) »)
    r"\s+(?:of the|de la|de l['’]|du)\s*[A-Z][\w'’-]*(?:\s+(?!(?:a|ont|est|sont|was|were|has|have|had|met|received|hosted|"
    r"reçu|rencontré|accueilli|et|and|with|avec|on|le|la|les|the)\b)[\w'’-]+){0,6}?\s*\([A-Z][\w./-]{1,20}\)|"
    r"\s+(?:of the|de la|de l['’]|du)\s*(?:[A-Z][\w'’-]+ (?:(?:of|for|de|du|des|pour|de la|de l['’]|d['’])\s*(?:the )?)?){0,6}?"
    r"[A-Z][\w'’-]+(?:\s*\([A-Z][\w./-]{1,20}\))?(?=\s*[,;.:]|\s+(?!(?:of|for|de|du|des|pour|d['’])\b)[a-zà-ÿ]|$)"
)
#: A country's force named after "of" ("Commissioner X of the Royal Bahamas Police Force"): the country's.
_FORCE_END = regexes.compile(r" (?:Police|Force|Constabulary|Gendarmerie|Guard|Service)$")
#: What may open a sentence before its subject: a day or a link word and a comma ("On August
#: 25, 2017, Burt met", "Meanwhile, Okafor held talks", « Par ailleurs, Diallo a rencontré »).
_LEAD_IN = regexes.compile(
    r"(?:On [\w ]{1,20}(?:, \d{4})?|Yesterday|Today|Earlier|Later|Meanwhile|Separately|Hier|Aujourd'hui|"
    r"Par ailleurs|Ensuite|Le même jour|The same day)\s*,\s*"
)
#: Someone present at the subject's talks, named between the verb and the counterpart: "X met
#: on Wednesday, in the presence of Y, with Z", « X s'est entretenu, en présence de Y, avec Z »:
#: Y is on X's side.
_PRESENT_AT_TALKS = regexes.compile(
    r"\b(?:met|meets|held talks|s'est entretenue?|s'est réunie?|a rencontré)\b[^.;]{0,40}?,\s*"
    r"(?:in the presence of|en présence d)[^.;]{0,80}$",
    re.IGNORECASE,
)
#: Words that say which side the people after them are on: "côté marocain", "la
#: délégation française", "on the Spanish side", "the Emirati delegation".
_SIDE_BEFORE = r"(?:(?:du )?côté|la partie|délégation|on the)\s+([\w-]+)\b"
_SIDE = regexes.compile(rf"{_SIDE_BEFORE}|([\w-]+)\s+(?:side|delegation)\b", re.IGNORECASE)
#: The side's word after its name, which the second half of :data:`_SIDE` needs; a sentence without it
#: is read with the first half alone (the second tries a name before the word at every letter).
_SIDE_AFTER = regexes.compile(r"\s(?:side|delegation)\b", re.IGNORECASE)
_SIDE_BEFORE_ONLY = regexes.compile(_SIDE_BEFORE, re.IGNORECASE)
#: An encounter verb between a side's word and a name: the name is on the other side.
_MET = regexes.compile(
    r"\b(?:met|meets|received|receives|hosted|hosts|called on|visited|a reçu|a rencontré|a accueilli|reçoit|"
    r"rencontre|s'est entretenue? avec)\b"
)
#: Words one of which every match of :data:`_SIDE` has (a quick test: most sentences have none).
_SIDE_WORDS = ("côté", "la partie", "délégation", "on the", "side", "delegation")
#: A title right after a determiner: "Le Directeur général ...", "the Secretary General ...", or opening the clause,
#: with its indefinite article if any: "A Minister of Internal Affairs of Georgia met with …" (one office-holder, whom
#: a headline may name; the office then followed by what it is of: not "A Liaison Officer Agreement … was signed").
_LEADING_TITLE = regexes.compile(
    r"(?:^\s*(?:an?\s+(?=(?:(?-i:[A-Z][a-z]+) ){0,2}?(?:"
    + "|".join(_HEADS)
    + r")\s+(?:of|for|to)\b))?|\b(?:le|la|l'|les|the|son|sa|ses|his|her|its|their|leur|du|de la|de l'|au)\s*|(?<![\w'’])(?=(?:(?-i:[A-Z][a-z]+) )?(?-i:[A-Z][a-z]+)['’]s ))\s*"
    r"((?:(?:(?-i:[A-Z][a-z]+) )?(?-i:[A-Z][a-z]+)['’]s )?(?:(?!(?i:the|le|la|les|son|sa|ses|his|her|its|their|leur)\b)(?-i:[A-Z][a-z]+) (?:and )?){0,2}?(?:"
    + "|".join(_HEADS)
    + r")(?![\w'-]))",
    re.IGNORECASE,
)
#: Where the day comes between an office and its verb: "The Interior Minister on Tuesday".
_WHEN = regexes.compile(
    r"\s(?:on|this|today|yesterday|hier|aujourd'hui|ce|cette|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b",
    re.IGNORECASE,
)
#: A verb of speech ends an office: "the minister stressed ...", « le ministre a souligné ».
_SAYS = regexes.compile(
    r"\s(?:stressed|said|noted|underlined|highlighted|expressed|praised|reiterated|emphasi[sz]ed|called|pointed|"
    r"added|told|assured|thanked|urged|announced|(?:a|ont) (?:souligné|salué|affirmé|indiqué|exprimé|réitéré|insisté|"
    r"appelé|noté|précisé|déclaré|estimé|remercié|annoncé))\b",
    re.IGNORECASE,
)
#: "at the head of a delegation" is where someone stands, not an office.
_AT_THE_HEAD = regexes.compile(r"(?:\b(?:at|on) the head|à la tête)$", re.IGNORECASE)
_COUNTRY_TAIL = regexes.compile(r"\s+(?:au|aux|en|du|des|de la|de l'|d'|de|of|for|in)\s*(?:the\s+)?")


@dataclass(frozen=True)
class Person:
    """Someone the sentence names or singles out by title."""

    name: str | None
    title: str | None
    organisation: str | None
    party: str | None
    start: int  # where the mention starts in the sentence
    end: int
    companion_of: int | None = None  # index of the person they accompany, or SUBJECT


#: ``companion_of`` of someone accompanying the subject of the meeting, who is not named
#: in the same sentence ("The minister was accompanied by ...").
SUBJECT = -1


#: An office's remit, right before the organisation it names (folded text): "the Director in charge of Interpol affairs",
#: « le chef du bureau chargé des relations avec Europol », "the desk responsible for ASEANAPOL cooperation", « le
#: directeur des affaires Interpol » (not « le ministre des Affaires étrangères de l'Union africaine », whose body acts).
_REMIT_BEFORE = regexes.compile(
    r"\b(?:in charge of|responsible for|charged with|dealing with|chargee?s? d(?:e|es|u)|responsables? d(?:e|es|u)|"
    r"(?:des|of) affaires|affairs of)(?: (?:the|la|le|les|l|relations|cooperation|liaison|with|avec|affaires|affairs|"
    r"questions|dossier))* $"
)


def in_remit(folded: str, mention: places.Mention) -> bool:
    """Whether an organisation is named as what an office deals with, not as one who takes part: the office is of its
    own country's service, and someone of the organisation itself makes it a side. (A national service in a remit is
    the office's own: « le secrétaire d'État chargé de la Sûreté nationale ».)"""
    return (
        mention.organisation is not None
        and mention.organisation.country is None
        and _REMIT_BEFORE.search(folded, max(0, mention.start - 60), mention.start) is not None
    )


def qualified_by_demonym(text: str, mention: places.Mention, found: Sequence[places.Mention]) -> str | None:
    """The country whose demonym (or name) comes right after ``mention``, an organisation that several countries may
    have (« la Sûreté nationale tunisienne »), ``found`` being the ordered mentions of ``text``; else None."""
    if mention.organisation is None:
        return None
    after = next((other for other in found if other.start >= mention.end), None)
    if after is None or after.country is None or text[mention.end : after.start].strip():
        return None
    return after.country


def _party_of(*texts: str, countries: Collection[str], last: bool = False) -> str | None:
    """The party of the first (or ``last``) country, demonym or organisation word; an organisation that several
    countries have, qualified by the demonym right after it, is that country's (« la Sûreté nationale tunisienne »,
    however many countries with a Sûreté nationale the text names)."""
    for text in texts:
        found = places.mentions(text)
        for mention in reversed(found) if last else found:
            if (country := qualified_by_demonym(text, mention, found)) is not None:
                return country
            if mention.organisation is not None:
                if in_remit(fold(text), mention):
                    continue  # « le directeur des affaires Interpol de la police tunisienne »: of Tunisia
                placed = mention.organisation.in_country(countries)
                return placed.party if placed else None
            if mention.country is not None:
                return mention.country
    return None


#: A title that ends on the "to" of a thing handed over: « (des insignes d')officier de la Légion d'honneur au ».
_TO_WHOM = regexes.compile(r"\s(?:au|aux|à)$", re.IGNORECASE)


#: The chair of a body, in a title: "chairperson", « président en exercice ».
_CHAIR = regexes.compile(r"\b(?:chair(?:person|man|woman)?|président(?:e)? en exercice)\b", re.IGNORECASE)


#: A country's code (a party of two capitals).
_TWO_CAPITALS = regexes.compile(r"[A-Z]{2}")


def clean_title(raw: str, countries: Collection[str]) -> tuple[str | None, str | None, str | None]:
    """A title as written, without its acronym in brackets, ranks ("le Général d'armée"),
    a trailing country complement ("au Danemark") or a demonym ("ministre espagnol de
    l'Intérieur"). Returns ``(title, organisation, party)``."""
    title = " ".join(raw.split()).strip(" ,;:")
    organisation = None
    acronym = _ACRONYM.search(title)
    if acronym:
        organisation = acronym.group(1)
        title = (title[: acronym.start()] + title[acronym.end() :]).strip(" ,")
    title = ", ".join(
        part for part in title.split(", ") if not all(_RANK.match(piece.strip()) for piece in part.split("/"))
    ).strip(" ,")
    title = _TRAILING_HONORIFIC.sub("", title)
    start, posted = postings(title)
    if posted:
        # "Ambassador to Pakistan": posted there, the party is elsewhere (or unknown); so for every country of a
        # posting to several (« ambassadeur du Japon au Sénégal, en Gambie et au Cap-Vert »)
        party = _party_of(organisation or "", title[:start], countries=countries)
        party = None if party in posted else party
        result = " ".join(title.split()).strip(" ,") or None
        return result, organisation, party
    party = _party_of(organisation or "", title, countries=countries)
    if party is not None and _TWO_CAPITALS.fullmatch(party):
        # a demonym two countries share, and the country's own name after it: « Police nationale congolaise
        # (PNC) de la République démocratique du Congo »: the name's
        demonyms, mentions = places.tables().demonym_words, places.mentions(title)
        named = [m.country for m in mentions if m.country is not None and m.text not in demonyms]
        said = [m.country for m in mentions if m.country is not None and m.text in demonyms]
        if said[:1] == [party] and named and named[0] != party and len(set(named)) == 1:
            party = named[0]
    if party is not None and party not in places.tables().names and _CHAIR.search(title):
        # the chair of a body of states ("the SARPCCO chairperson, South Africa's National Commissioner", "National
        # Commissioner of the SAPS in his capacity as the chairperson of SARPCCO") is of the country whose office he holds
        home = {
            code
            for m in places.mentions(title)
            if (code := m.country or (m.organisation.country if m.organisation else None)) is not None
        }
        party = home.pop() if len(home) == 1 else party
    if organisation in places.tables().acronyms and places.defines_own_acronym(raw, organisation):
        # "Chief of Staff of the Guyana Defence Force (GDF)": Guyana's
        party = _party_of(title, countries=countries)
    # a trailing country complement says whom the title-holder represents
    for tail in reversed(list(_COUNTRY_TAIL.finditer(title))):
        code = places.exact_country(title[tail.end() :])
        if code is not None and tail.start() > 0:
            # it wins over a national office several countries have ("la Sûreté nationale du
            # Sénégal" in a text about Morocco), not over an international one
            party = code if party is None or party in places.tables().names else party
            if not places.territory(title[tail.end() :]):
                title = title[: tail.start()].rstrip(" ,")
            break
    # a demonym inside the title ("ministre espagnol de l'Intérieur")
    kept: list[str] = []
    for word in title.split():
        code = places.tables().countries.get(fold(word))
        if code and word[:1].islower() and kept and len(word) > 3:
            party = party or code
            continue
        kept.append(word)
    result = " ".join(kept).strip(" ,") or None
    if result and _RANK.match(result):
        result = None
    if result and _TO_WHOM.search(result):
        result = None  # what was handed to him, not his office: « la remise des insignes d'officier de la … au GCA X »
    if party is None and result and _PREFECT.match(result):
        # « préfet de la Haute-Savoie » in a Franco-Swiss text: the one country of the text that has prefects
        having = _PREFECTURAL.intersection(countries)
        party = next(iter(having)) if len(having) == 1 else None
    return result, organisation, party


#: A prefect's office, and the countries that have prefects (France and states whose territorial
#: administration follows hers).
_PREFECT = regexes.compile(r"(?:sous-)?pr[ée]f[eè]t(?:e)?\b", re.IGNORECASE)
_PREFECTURAL = frozenset(
    [
        "FR",
        "CM",
        "BF",
        "SN",
        "ML",
        "NE",
        "CI",
        "GN",
        "GA",
        "CG",
        "CD",
        "TD",
        "BJ",
        "TG",
        "CF",
        "MR",
        "DJ",
        "KM",
        "MG",
        "HT",
    ]
)


def _clean_stretch(stretch: str) -> bool:
    """A stretch of title crosses no verb, no preposition of encounter, no other name, no
    semicolon between the items of a list ("X was appointed Chairman; and Colonel Y")."""
    if len(stretch.split()) > 30 or ";" in stretch:
        return False
    # accents are ignored by cues: « à » is no verb ("Délégué général à la Sûreté nationale")
    if any(stretch[b.start() : b.end()].lower() != "à" for b in _BOUNDARY.finditer(stretch)):
        return False
    return not any(_names_someone(r.group(0)) for r in names.capitalised_runs(stretch))


def _names_someone(run: str) -> bool:
    """Whether a capitalised run names a person, a country borne as a surname included ("Nadia Israel",
    which :func:`names.trim` cuts to one word)."""
    return names.person_like(names.trim(run)) or names.person_like(run.strip())


#: What may stand between a name and the title in apposition after it: « A, le directeur de cabinet, B ».
#: A list's joining word: "A, Inspector General of Police of Uganda and Dr B" (A's office, then B).
_LIST_AND = regexes.compile(r"\b(?:and|et)\b")
#: Honorifics and ranks written between an office in apposition and the name it is of: "Mr", "Brig. Gen.", « le
#: général ».
_RANKS_BEFORE_NAME = (
    r"(?:(?:le|la|l['’]|the)\s+)?(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|(?-i:Brig|Gen|Col|Lt|Maj|Capt|Cdr|Cmdr|Cmdt|Supt|Insp|Adm|Pol|Cne|"
    r"Gal)\.?|Major|Lieutenant|Brigadier|General|Colonel|Commander|Captain|Superintendent|Inspector|Sergeant|Admiral|[Gg]énéral|[Cc]olonel|"
    r"[Cc]ommandante?|[Cc]apitaine|[Cc]ommissaire|[Ll]ieutenante|[Ss]ergente?|[Aa]djudante?|[Ii]nspect(?:eur|rice))\s+){0,3}"
)
#: An office in apposition that runs into the next name, an honorific or ranks at most between: "the Commissioner of
#: Police, Mr ", "the Head of Intelligence, Col. " (not "Director of Operations, and Superintendent ").
_RUNS_INTO_NAME = regexes.compile(rf"[^,]*,\s*{_RANKS_BEFORE_NAME}")
#: The next name, after an office in apposition and a comma, its ranks before it: ", Lieutenant General Z" (the office
#: is his: "A, Advisor to the Minister, Lieutenant General Z").
_NEXT_NAME = regexes.compile(rf"\s*,\s*{_RANKS_BEFORE_NAME}(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])")
#: What may stand between the previous name and a title word that is still his: a comma, an article, and capitalised
#: words that qualify the office ("Ms. A, Deputy Assistant Secretary of the Bureau, and included Mr. B": A's).
_RIGHT_AFTER = regexes.compile(
    r"\s*[,-]?\s*(?:(?:le|la|les|the|son|sa|his|her)\s+|l['’])?(?:(?-i:[A-Z][\w'’-]+)\s+){0,3}", re.IGNORECASE
)


def _title_before(sentence: str, start: int, floor: int = 0, floor_titled: bool = False) -> str | None:
    """The title in apposition before a name: from the earliest title word whose
    stretch up to the name is clean. A title right after the previous name (``floor``)
    is that person's: "X, chef d'état-major, le Colonel Y" gives Y no title; unless it runs
    into the name ("X, the Attorney General Mr Y", not "X, Inspector General of Police and
    Dr Y"), or that one's title came before his name (``floor_titled``): "the Attorney
    General A, the Commissioner of Police, Mr B"."""
    before = sentence[:start]
    for head in TITLE_HEAD.finditer(before):
        right_after = floor and _RIGHT_AFTER.fullmatch(before, floor, head.start())
        # (the next one's when it runs into his name, with no comma between: "A, the Attorney General Mr B"; or
        # when the one before has his own: "the Attorney General A, the Commissioner of Police, Mr B", not
        # "Commissioner A, Director of Operations, and Superintendent B")
        stretch = before[head.start() :]
        into_name = ("," not in stretch and not _LIST_AND.search(stretch)) or (
            floor_titled and _RUNS_INTO_NAME.fullmatch(before, head.start()) is not None
        )
        if head.start() < floor or (right_after and not into_name):
            continue
        if " and " in stretch and (second := _another_office(stretch)) is not None:
            # "Director General of the National Police and US Ambassador X": X is the ambassador only
            return stretch[second:] if _clean_stretch(stretch[second:]) else None
        if _clean_stretch(stretch) and not _BEFORE_AND.search(stretch):
            return _qualifiers_before(before, max(floor, head.start() - 40), head.start()) + stretch
    return None


#: A second office after "and", of a country of its own: "… and US Ambassador", "… and the French Ambassador".
_AND_COUNTRY_OFFICE = regexes.compile(
    r"\sand\s+(?:the\s+)?((?:(?-i:[A-Z])[\w'’-]*\s+){1,2}?)(?=" + TITLE_HEAD.pattern + ")", re.IGNORECASE
)


def _another_office(stretch: str) -> int | None:
    """A title that joins two people's offices by "and", the second of a country named before its head word
    ("Director General of the National Police and US Ambassador"): where the second begins, the name after it
    being the second's."""
    for match in _AND_COUNTRY_OFFICE.finditer(stretch):
        words = match.group(1).split()
        if all(
            (word.isupper() and 2 <= len(word) <= 3)
            or fold(word) in places.tables().demonym_words
            or places.exact_country(word) is not None
            for word in words
        ):
            return match.start(1)
    return None


#: Capitalised words that say whose an office is, right before its head word: "the Indonesian
#: Police Chief", "Cambodian National Police Commissioner", "Interior Ministry Undersecretary".
_QUALIFIERS = regexes.compile(r"(?:(?<=\s)|^)((?:(?-i:[A-Z][\w'’-]+) (?:and )?){1,3})$")
_QUALIFIER_WORDS = frozenset(
    [
        "police",
        "ministry",
        "interior",
        "national",
        "federal",
        "royal",
        "state",
        "metropolitan",
        "regional",
        "provincial",
        "home",
        "security",
        "public",
        "civil",
        "border",
        "customs",
        "immigration",
        "army",
        "coast",
        "guard",
        "defence",
        "defense",
        "union",
        "armed",
        "forces",
        "european",
        # an envoy's rank: "US Extraordinary and Plenipotentiary Ambassador to Kazakhstan"
        "extraordinary",
        "plenipotentiary",
    ]
)


_QUALIFIERS_FIRST = regexes.compile(
    r"(?:(?-i:[A-Z][\w-]+) ){1,3}?(?=" + TITLE_HEAD.pattern + ")", re.IGNORECASE
)


def _qualifiers_before(before: str, floor: int, head: int) -> str:
    """The capitalised words of country and office before a title's head word that belong to the
    title ("Indonesian Police" of "the Indonesian Police Chief, Gen. X"): none when one of them is
    some other word (a name, a verb, a place)."""
    words = _QUALIFIERS.search(before, floor, head)
    if words is None:
        return ""
    written = words.group(1).split()
    # the words of a country's possessive, of one word or more: "Kuwait's", "Sri Lanka's"
    owned = {
        at
        for end, word in enumerate(written)
        if word.endswith(("'s", "’s"))
        for start in range(max(0, end - 2), end + 1)
        if places.exact_country(" ".join([*written[start:end], word[:-2]])) is not None
        for at in range(start, end + 1)
    }
    for at, word in enumerate(written):
        if word == "and":  # "Kuwait's Interior and Defense Minister"
            continue
        folded = fold(word)
        acronym = word.isupper() and 2 <= len(word) <= 8  # a body's: "the FPF Commissioner"
        if (
            folded not in _QUALIFIER_WORDS
            and folded not in places.tables().demonym_words
            and not (acronym or at in owned)
        ):
            return ""
    return words.group(1)


#: A title that ends with « , et » or ", and" (or their bare « et », "and"; the next one's honorific or ranks after it: ", and Ms. ", « , et de la capitaine ») is the previous person's: « entre X, ministre
#: délégué auprès du ministre de l'Intérieur, et Y, … ».
_BEFORE_AND = regexes.compile(rf"(?:,\s*|\s)(?:et|and)\s+(?:(?:de|du|des)\s+|d['’])?{_RANKS_BEFORE_NAME}$")


def _country_after(sentence: str, end: int) -> str | None:
    """A country named alone after a title's comma: ", Trinidad and Tobago and …", ", Barbados.",
    ", St. Kitts and Nevis and …" (the longest country the words up to the next comma make; the dot of "St." is
    no stop)."""
    chunk = re.match(r"\s*,\s*([A-Z](?:[^,;.()]|(?<=\bSt)\.){1,60})", sentence[end:])
    if chunk is None:
        return None
    words = chunk.group(1).split()
    for size in range(min(len(words), 5), 0, -1):
        rest = words[size:]
        if rest and rest[0] not in ("and", "et"):
            continue  # the country is followed by the next name, or by nothing
        if code := places.exact_country(" ".join(words[:size])):
            return code
    return None


#: What parts a name from its title after it: a comma (and an article), a space before a small letter, a
#: dash; and an owner's possessive that opens the title ("Europol's Executive Director").
_TITLE_AFTER_NAME = regexes.compile(r"\s*,\s*(?:(?:le|la|l'|the)\s+)?|\s+(?=[a-zé])|-\s+(?=[A-Z])")
_POSSESSIVE = regexes.compile(r"[A-Z][\w-]+['’]s\s+")
#: A comma and an article right after a name, before the title: « B, le ministre … », "B, the Minister …".
_ARTICLE_AFTER_COMMA = regexes.compile(r"\s*,\s*(?:le|la|l'|the)\s")


def _quoted_source(sentence: str, end: int) -> bool:
    """Whether the name that ends at ``end``, after « selon », « d'après » or "according to", is the source the
    sentence quotes: his office in apposition and then what he tells (« D'après X, ministre délégué auprès du
    Premier ministre, le chef du gouvernement a salué … », "According to X, the police spokesman, the pact …"); he
    tells of the encounter, the text does not put him in it (not "According to IGP X, the visit shows …", whose
    clause follows his name directly: there he speaks as the meeting's own)."""
    if _SPOKESPERSON_AFTER.match(sentence, end):
        return True
    after = _past_apposition(sentence, end, len(sentence))
    return after > end and sentence.startswith(",", after)


def _past_apposition(sentence: str, end: int, limit: int) -> int:
    """Where the apposition after the name that ends at ``end`` ends, before ``limit`` (``end`` itself when none
    does): his title (", attaché de sécurité intérieure"), or the unit he is of (« , du cabinet du Directeur
    général », ", of the office of the Inspector General"); not the next one's office and name (« , du conseiller
    politique B »)."""
    if (title := _title_after(sentence, end)) and (after := sentence.find(title, end) + len(title)) <= limit:
        return after
    unit = _UNIT_AFTER.match(sentence, end, limit)
    return unit.end() if unit else end


#: The unit someone is of, in apposition after his name up to the next comma or « et »: « , du cabinet du ministre », ", of
#: the Directorate of Operations".
_UNIT_AFTER = regexes.compile(r"\s*,\s*(?:du|de la|de l['’]|des|of the|of)\s[^,;.]{2,80}(?=,|\s(?:et|and)\s)")


def _title_after(sentence: str, end: int) -> str | None:
    """The title in apposition after a name: ", Directeur général de la DGSN, ...", "- Director General"."""
    # (or, in French, an office in lower case right after the name: « M. X directeur général de ... »)
    # (or the office one acts in: « X en sa qualité de directeur général adjoint », "Y, in her capacity as Chair")
    match = _IN_CAPACITY.match(sentence, end) or _TITLE_AFTER_NAME.match(sentence[end:])
    if not match:
        return None
    rest = sentence[match.end() :] if match.re is _IN_CAPACITY else sentence[end + match.end() :]
    # "Catherine De Bolle, Europol's Executive Director": the possessive is the title's
    possessive = _POSSESSIVE.match(rest)
    head = rest[possessive.end() :] if possessive else rest
    qualified = False
    if not TITLE_HEAD.match(head):
        # … or the office's country and service are: "Mary Quinn, Australian Justice Minister, …"
        qualifiers = _QUALIFIERS_FIRST.match(head)  # (words that end where a head word starts)
        if qualifiers is None or not _qualifiers_before(qualifiers.group(0), 0, qualifiers.end()):
            return None
        qualified = True
    stop = next((stop for stop in _TITLE_STOP.finditer(rest) if not _ministry_goes_on(rest, stop)), None)
    title = rest[: stop.start()] if stop else rest
    if stop and stop.group(0)[0].isspace() and _ARTICLE_AFTER_COMMA.match(sentence, end):
        # « …, B, le ministre tchadien a indiqué que … »: an office after the comma and its article, ended by a verb
        # and not by a comma, is the next clause's subject, not B's apposition
        return None
    if (possessive or qualified) and not _clean_stretch(title):
        return None  # "with US Ambassador A, French Ambassador B, …": the next one's office, not A's
    for run in names.CAPITALISED_RUN.finditer(title, 1):
        trimmed = names.trim(run.group(0))
        if _names_someone(run.group(0)):
            # « X, conseiller spécial du Président Y »: the office is X's, up to the one served
            served = _OF_THE_HEAD.search(title, 0, max(run.start(), title.find(trimmed, run.start())))
            # "A, Director of Immigration B, Comptroller …": the next one's office and name
            return title[: served.end()].rstrip() if served else None
    return title


#: The head of state an office serves, named after it: « du Président », "of the President".
_OF_THE_HEAD = regexes.compile(
    r"\b(?:du|de la|of|of the|to the) (?:Président(?:e)?|President|Roi|King|Premier ministre|Prime Minister|[ÉE]mir)\s*$"
)


#: The office one acts in, after his name: « en sa qualité de », ", in his capacity as".
_IN_CAPACITY = regexes.compile(
    r",?\s+(?:en (?:sa|leur) qualité d(?:e\s+|')|in (?:his|her|their) capacity as\s+(?:(?:the|an?)\s+)?)"
)


#: Where a title after a name ends: a comma, a full stop, a verb, the next name's "and" (not an initialism's dots:
#: "commander of the U.S. Coast Guard's 14th District").
_TITLE_STOP = regexes.compile(
    r",|;|(?<![A-Z]\.[A-Z])\.(?:\s|$)|\s(?:a|ont|est|sont|was|were|has|had|who|qui|et|and|while|said|says|ainsi que|étaient|était|"
    r"en ont|y ont|accompagnée?s?|accompanied)\s|"
    # (nor into why he is there: « adjoint au Directeur général en visite à Djibouti », "on a visit to …")
    r"\s(?:en (?:visite|mission|tournée|séjour)|on an? (?:\w+ )?(?:visit|mission|tour|trip))\b"
)
#: The second half of a ministry's name after its "and": "Justice and Security", « de l'Intérieur et
#: de la Décentralisation », not the next person ("and Jan Peeters") nor a clause ("and his …").
_MINISTRY_AND = regexes.compile(
    r"(?:and|et) (?:(?:de la|de l'|des|du|de) ?)?([A-Z][\w'-]+(?: [A-Z][\w'-]+)*)"
)


def _ministry_goes_on(rest: str, stop: re.Match[str]) -> bool:
    """Whether the title goes on past an "and" that joins two halves of one office's name."""
    words = _MINISTRY_AND.match(rest, stop.start() + 1)
    return words is not None and not names.person_like(names.trim(words.group(1)))


def _side_markers(sentence: str) -> list[tuple[int, str]]:
    """Where the sentence says which side follows, and that side's party."""
    lowered = caseless(sentence)
    if not any(word in lowered for word in _SIDE_WORDS):
        return []
    found = []
    for match in (_SIDE if _SIDE_AFTER.search(sentence) else _SIDE_BEFORE_ONLY).finditer(sentence):
        # the name after the side's word (« côté marocain »), or before it ("Bangladesh side": only
        # the whole of _SIDE has that group)
        after_word, *before_word = match.groups()
        named_before = before_word[0] if before_word else None
        code = places.exact_country(after_word or named_before or "")
        if code is None and named_before:
            # a people of two words: "The Sri Lankan delegation", "the Saudi Arabian side"
            before = _WORD_BEFORE.search(sentence, 0, match.start())
            code = places.exact_country(f"{before.group(1)} {named_before}") if before else None
        if code is not None:
            found.append((match.start(), code))
    return found


_WORD_BEFORE = regexes.compile(r"([\w-]+)\s+$")
#: A wire dateline of a town the tables do not know, in capitals before its country and a dash, opening the
#: sentence: "OCHO RIOS, Jamaica – The Minister …" (a place, not a person).
_COUNTRY_DASH_AFTER = regexes.compile(r",\s*(?P<country>[A-Z][\w .'’-]{2,30}?)\s*[-–—]\s")


#: A title that ends on the "of" of the body it is an office of, the body left to the words after it.
_DANGLING_OF = regexes.compile(r"\bof\s*$")
#: A body's acronym in capitals before a name of two words or more ("ICA Phua Chiew").
_ACRONYM_FIRST = regexes.compile(r"[A-Z]{2,6}\s+(?=\S+\s+\S)")


def find(sentence: str, countries: Collection[str]) -> list[Person]:
    """Named people of a sentence, in order, with their titles and parties.
    ``countries`` are the countries the text is about, to place ambiguous acronyms."""
    found: list[Person] = []
    sides = _side_markers(sentence)
    listed_party = None  # the party of a list of names after a plural title
    titled_before = False  # whether the last one found was titled before his name
    for match in names.capitalised_runs(sentence):
        run = match.group(0)
        trimmed = names.trim(run)
        if not trimmed:
            continue
        trimmed = _without_place_end(sentence, match, trimmed)
        if not trimmed:
            continue
        # where the name is in the run; trimming may have closed up a run of spaces inside
        # it (then it is looked for by its words: a pattern compiled per name costs much)
        at = run.find(trimmed)
        if at < 0:
            located = re.search(r"\s+".join(map(re.escape, trimmed.split())), run)
            if located is None:
                continue
            at, trimmed = located.start(), located.group(0)
        # "Dato’ Sri X": the apostrophe ends the run before the honorific's second word
        if (sri := _SRI.match(trimmed)) and _DATO.search(
            sentence, max(0, match.start() + at - 8), match.start() + at
        ):
            at, trimmed = at + sri.end(), trimmed[sri.end() :]
        tag = _QUOTE_TAG.match(sentence, match.start() + at)
        if tag and not sentence[: tag.start()].strip():  # "Said Banda: '…'": Banda speaks
            at, trimmed = at + len(tag.group(0)), trimmed[len(tag.group(0)) :]
        whole = _kept_whole(sentence, match, trimmed, countries)
        start = match.start() + at
        end = start + len(trimmed)
        prefix = sentence[:start]
        if (
            trimmed.isupper()
            and not prefix.strip()
            and (dateline := _COUNTRY_DASH_AFTER.match(sentence, end))
            and places.exact_country(dateline["country"])
        ):
            continue
        near = prefix[-40:]  # what stands right before the name (bounded: work stays linear)
        honoured = bool(names.HONORIFIC_BEFORE.search(near))
        if not honoured and _in_capitals(trimmed, sentence) and not names.HONORIFIC_ENDING.search(near):
            # a line in capitals, a headline's (« PATROUILLES MIXTES : UN NOUVEL ACCORD … », « … L'AMBASSADEUR DU
            # JAPON LES MOYENS DE RENFORCER … »), has every word capitalised: a run of them is no name by its shape
            # (the body names its people in ordinary case, where they are found); one a civility opens, follows or
            # stands before in the headline's capitals ("HON. CHANDA MULENGA") is a name still
            continue
        bare_subject = (not prefix.strip() or _LEAD_IN.fullmatch(prefix) is not None) and _BARE_SUBJECT.match(
            sentence, end
        ) is not None
        if not (
            names.person_like(trimmed)
            or ((honoured or bare_subject) and names.person_shaped(trimmed))
            # a given name and a country borne as a surname, in a list of companions ("officer Nadia Israel,")
            or (whole != trimmed and names.person_like(whole))
            # a town borne as a given name, after a civility or an office: "Ms Sofia Lindqvist", « l'ambassadrice de
            # l'Union européenne, Sofia Lindqvist »
            or (
                names.town_given_name(trimmed)
                and (honoured or _title_before(sentence, start, found[-1].end if found else 0) is not None)
            )
        ):
            continue
        if _spelled_out(trimmed, sentence, end):
            continue  # "India's Seema Suraksha Dal (SSD)": a body's name, its acronym after it
        if whole != trimmed:  # a month or a country borne as a name: checked without it
            start = match.start() + run.index(whole)
            end = start + len(whole)
            prefix, trimmed = sentence[:start], whole
            near = prefix[-40:]
        royal = _ROYAL.search(near) and not (
            _ROYAL_OFFICE.search(near) and _PATRONYMIC.search(f" {trimmed} ")
        )
        if (
            royal
            or _NAMED_AFTER.search(near)
            or _BYNAME_OF.search(near)
            # (not a person's generation: "President Benigno S. Aquino III", "Mr. John Carter II")
            or (_ROMAN_AFTER.match(sentence[end:]) and not honoured and not _INITIAL_INSIDE.search(trimmed))
            or _REPLACED.search(near)
            or _CREDIT.search(near)
            # (the head of state after his country, further back: read only where a president is named)
            or ("sident" in prefix[-120:] and _REPLACED.search(prefix[-120:]))
            or ("message" in prefix[-200:] and _MESSAGE_TO.search(prefix[-200:]))
            or (" in for " in prefix[-120:] and _STOOD_IN_FOR.search(prefix[-120:]))
        ):
            continue
        if _SIGNATORY.search(prefix[-120:]):
            continue  # the one who signs the press release reports the meeting, he is not at it
        if _EARLIER_ENCOUNTER.search(prefix[-90:]):
            continue  # "met … following a recent call between President A and President B": that call's
        if ("entre" in prefix[-260:] or "between" in prefix[-260:]) and _RECALLED_CALL.search(prefix[-260:]):
            continue  # « avec comme point d'orgue, l'entretien téléphonique récent entre le Président A et B »
        if ("pokes" in near or "porte-parole" in near or "secretary" in near) and _SPOKESPERSON_SAID.search(
            prefix[-120:]
        ):
            continue  # '"…," said the ministry's spokesperson X': she reports the meeting, she is not at it
        if (
            ("pokes" in near or "porte-parole" in near)
            and _SPOKESPERSON_BEFORE.search(near)
            and _SAID_AFTER.match(sentence, end)
        ):
            continue  # "…, police spokesman Pol Lt-General X said.": he tells of the talks, he is not at them
        if _ATTRIBUTED_TO.search(prefix[-90:]) and _quoted_source(sentence, end):
            continue  # « D'après X, ministre délégué, le chef de l'État a salué … »: the source quoted
        if _HONOURED_BY_A_MONUMENT.search(prefix[-140:]):
            continue  # "laid a wreath at the monument to … Heydar Aliyev": the one honoured
        tail = prefix[-260:]
        if (
            ("sign" in tail or "conclu" in tail)
            and _SIGNED_BY.search(tail)
            and _BEFORE_NOW.match(sentence, end)
        ):
            continue  # "the accord signed by Governor A and Premier B last spring": that signing's
        if ("perception" in tail or "consensus" in tail) and _PERCEPTIONS_OF.search(tail):
            continue  # "the perceptions reached between President A and his counterpart B": the leaders'
        if _KILLED_AFTER.match(sentence, end):
            continue  # "the memorial where General A and commander B were killed": the dead honoured
        if not honoured and (_AT_PLACE.search(near) or _THE.search(near)):
            continue
        if _inside_known_name(trimmed, found):
            continue
        before_title = _title_before(sentence, start, found[-1].end if found else 0, titled_before)
        if before_title and _DANGLING_OF.search(before_title) and (acronym := _ACRONYM_FIRST.match(trimmed)):
            # "Deputy Director of ICA Phua Chiew": a title cannot end on its "of", the acronym after it is the body's
            start += acronym.end()
            prefix, trimmed = sentence[:start], trimmed[acronym.end() :]
            near = prefix[-40:]
            before_title = _title_before(sentence, start, found[-1].end if found else 0, titled_before)
        title_raw: str | None
        if before_title and _RANK.fullmatch(before_title.strip()) and sentence.startswith(",", end):
            # « du commandant B, chef du bureau … »: a rank is no office, the one in apposition after the name is his
            title_raw = _title_after(sentence, end) or before_title
        else:
            title_raw = before_title or _title_after(sentence, end)
        if before_title and (body := _OF_BODY.match(sentence, end)):
            # "Director General Abena Osei of the Narcotics Control Bureau (NACOB)": the office is the body's
            title_raw = f"{before_title.rstrip()} {body.group(0).strip()}"
        title, organisation, party = clean_title(title_raw, countries) if title_raw else (None, None, None)
        if title is None and (initials := _INITIALS_BEFORE.search(near) or _INITIALS_FIRST.match(trimmed)):
            # "IGP X", « le CGP X »: the office by its initials, as the text writes it
            title = initials.group(1)
        if party is None and title_raw and not before_title:
            # "Mr. A, Commissioner of Police, Trinidad and Tobago and B, …": the country after the title
            party = _country_after(sentence, sentence.find(title_raw, end) + len(title_raw))
        if (
            party is None
            and before_title
            and (after_title := _title_after(sentence, end))
            # (not the next one's, a foreign envoy's: "A, Acting US Ambassador B")
            and (_clean_stretch(after_title) or not _ENVOY.search(after_title))
            # (nor the next one's in a list of offices each before its name: "the General Director, Major General A,
            # Advisor to the Iraqi Minister, Lieutenant General B")
            and not _NEXT_NAME.match(sentence, sentence.find(after_title, end) + len(after_title))
        ):
            # "le chef de la délégation, X, secrétaire général du ministère équato-guinéen de ..."
            party = clean_title(after_title, countries)[2]
        # "US Ambassador to Pakistan NAME": the word before the title says whom he represents
        title_start = start - len(before_title) if before_title else start
        companion = None
        counterpart = _COUNTERPART_BEFORE.search(near)
        if counterpart is not None:
            # "together with her Swedish counterpart X": the other side, by its people
            party = party or _party_of(counterpart.group(0), countries=countries)
        if (
            found
            and counterpart is None
            and (
                COMPANION.search(sentence[found[-1].end : start])
                or _PRESENT_AT_TALKS.search(sentence, found[-1].end, start)
            )
            and _THEN_MET.search(sentence, found[-1].end, start) is None
        ):
            companion = found[-1].companion_of if found[-1].companion_of is not None else len(found) - 1
            party = party or found[companion].party
        elif (
            found
            and found[-1].companion_of is not None
            and _LISTED.fullmatch(sentence, _past_apposition(sentence, found[-1].end, start), start)
        ):
            # the list of those accompanying goes on: "accompanied by … Jacob Williams, Senior Regional
            # Security Officer Corynn Stratton, … and Maureen Mimnaugh", each perhaps after his office: « par le
            # colonel A, attaché de sécurité intérieure, du commandant B »
            companion = found[-1].companion_of
            party = party or found[-1].party
        elif not found and counterpart is None and COMPANION.search(prefix):
            # "Le ministre était accompagné de NAME": the subject's side (not « Accompagné par son homologue ivoirien,
            # X, le visiteur … »: the other side, who goes with him)
            companion = SUBJECT
        if (
            party is None
            and companion is None
            and (force := _CITY_FORCE.search(sentence, max(0, title_start - 40), start))
        ):
            seat = places.city(force.group(1) or force.group(2))
            party = seat.country if seat else None  # "Dhaka Metropolitan Police Commissioner X": Bangladesh's
        if (
            party is None
            and companion is None
            and (listed := _COUNTRY_THEN_NAME.search(sentence, max(0, start - 60), start))
            # (not the previous one's, his name right before it: "met A of Malawi, B of Mozambique")
            and not (found and not sentence[found[-1].end : listed.start()].strip())
        ):
            # « les ambassadeurs de France, A, d'Allemagne, B », "the ambassadors of Belgium, A, of Austria, B": the
            # country named right before the name is his; the one after it opens the next item of the list
            party = places.exact_country(listed.group(1))
        if party is None and companion is None and (country := _OF_COUNTRY.match(sentence, end)):
            party = places.exact_country(country.group(1))  # "met A of Malawi, B of Mozambique ..."
            if party is None and _FORCE_END.search(country.group(1)):
                party = _party_of(country.group(1), countries=countries)
        if party is None:
            # (not across an encounter verb: "A Danish delegation met Punjab IGP X" is Danish, X is not)
            marked = [
                code
                for position, code in sides
                if position < start and not _MET.search(sentence, position, start)
            ]
            party = marked[-1] if marked else None
        # (the title as cleaned: "with the US ambassador to Jordan, X" leaves a comma after it,
        # "the US Ambassador to Nigeria, His Excellency, X" an honorific)
        posted = _POSTING.search(title) if title else None
        # (nor back into the clause of a setting or a journey the title comes after: "On the sidelines of the Regional
        # Conference of Interpol in Accra, the Minister of Interior, X" is not Interpol's, "During his official visit
        # to Qatar, Interior Minister X" not Qatar's: one who travels is not of the place he goes to)
        setting = _SETTING_BEFORE.search(sentence, 0, title_start)
        setting_end = sentence.rfind(",", setting.end(), title_start) + 1 if setting else 0
        if party is None and companion is None:
            # the words right before the title, back to a comma ("called on US Ambassador")
            # (not back into the previous person's words: "X of Azerbaijan Y called on Interior Minister Z")
            floor = max(found[-1].end if found else 0, setting_end)
            context = _last_clause(sentence[max(0, title_start - 60, floor) : title_start])
            context = context.rsplit(",", 1)[-1] if title_start != start else context
            if posted:  # "called on US Ambassador to Pakistan": the words up to the posting
                context += " " + " ".join(title_raw.split())[: posted.start("posting")]  # type: ignore[union-attr]
            party = _party_of(_unposted(context), countries=countries, last=True)
        if party is None and companion is None and title_start != start and not posted:
            # (not back past the delegation met, before the title: "with a visiting US delegation, Interior Minister X")
            low = max(0, start - 60, found[-1].end if found else 0)
            if met := _DELEGATION_MET.search(sentence, low, title_start):
                low = met.end()
            low = max(low, setting_end)
            context = _last_clause(sentence[low:start])
            party = _party_of(_unposted(context), countries=countries, last=True)
        if (
            party is None
            and before_title
            and " its " in sentence[max(0, title_start - 6) : title_start + 1]
            and (body := _ITS_OFFICE.search(sentence, max(0, title_start - 100), title_start))
        ):
            party = _party_of(
                body.group(1), countries=countries
            )  # "the Royal Brunei Police Force said its Commissioner"
        if found and _BARE_LIST.fullmatch(sentence, found[-1].end, start):
            party = party or listed_party  # "US Senators A, B and C": the list's people
        else:
            listed_party = party if _PLURAL_TITLE.search(near) else None
        found.append(
            Person(strip_honorifics(trimmed, countries), title, organisation, party, start, end, companion)
        )
        titled_before = bool(before_title)
    # (not one another speaks for: "X, the Deputy Minister, on behalf of the Minister of Home Affairs, Y")
    found = [
        person
        for i, person in enumerate(found)
        if not _ON_BEHALF.search(sentence, found[i - 1].end if i else 0, person.start)
    ]
    return _leaders(sentence, _paired_sides(sentence, found))


#: The word after which a visit's or a call's host is named: "a courtesy call by A on", "a visit to".
_CALLED_TO = regexes.compile(
    r"\b(?:on|to|auprès d[eu]|chez)\s(?!(?:\w+day|\d+|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|the \d+\w*)\b)"
)  # (not a day: "with his Rwandan counterpart on Tuesday, Inspector General X")


def _spelled_out(run: str, sentence: str, end: int) -> bool:
    """Whether a run of three words or more is followed by an acronym of its initials: the
    name of a body, not of a person ("Seema Suraksha Dal (SSD)", "Coast Guard Intelligence
    Unit (CGIU)")."""
    words = [w for w in run.split() if w.lower() not in names.PARTICLES]
    if "(" not in sentence[end : end + 60]:
        return False
    acronym = _ACRONYM.match(sentence, end) if len(words) >= 3 else None
    if acronym is not None and acronym.group(1).upper() == "".join(w[0] for w in words).upper():
        return True
    # the last words of a longer body's name, its acronym after it: "the Southern Council of Cattle
    # Breeders Associations (SCCBA)", « au Commandement des Unités Mobiles (CUM) »
    body = _BODY_TAIL.match(sentence, end)
    if body is None:
        return False
    tail = [w for w in body.group(1).split() if w[0].isupper()]
    initials = fold("".join(w[0] for w in words + tail)).upper()
    return len(body.group(2)) > len(initials) and body.group(2).endswith(initials)


#: Capitalised words of a body's name after a run, up to the acronym in brackets that ends it.
_BODY_TAIL = regexes.compile(
    r"((?:\s+(?:[A-Z][\w'’-]*|of|for|and|de|des|du|et|pour)){0,4})\s*\(([A-Z]{2,8})\)"
)


#: A counterpart named right before his name, with his people: "her Swedish counterpart X", « son
#: homologue suédois, M. X ».
_COUNTERPART_BEFORE = regexes.compile(
    r"\b(?:his|her|their|its|son|sa|leurs?)\s+(?:[\w-]+\s+){0,2}?(?:counterparts?|homologues?)(?:\s+[\w-]+){0,2}?,?\s+"
    # (his office between: « son homologue ivoirien, le ministre X », "his Nigerian counterpart, the Inspector-General, Y")
    r"(?:(?:le|la|l['’]|the)\s*)?(?:[\w-]+,?\s+)?(?:(?:M\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Mme)\s+)?$",
    re.IGNORECASE,
)
#: The second word of a Malaysian honorific whose first ends on an apostrophe: "Dato’ Sri X", "Dato' Seri X".
_SRI = regexes.compile(r"(?:Sri|Seri)\s+(?=\S)")
_DATO = regexes.compile(r"\bDato['’]\s+$")


#: A city's force before a name and its title: "Delhi Police Commissioner", "Dhaka Metropolitan Police",
#: "the Lagos State Commissioner of Police", "Commissioner of Police, Kano" (the city's country is the office's).
_CITY_FORCE = regexes.compile(
    r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)??) (?:State |Metropolitan |City |Provincial |Capital )?(?:Police|Commissioner)\b"
    r"|\b(?:Commissioner of Police|Police Commissioner),? ([A-Z][\w'’-]+)(?: State)?,?\s*$"
)
#: Two people joined as one subject or object: "A and B", « A et B » (an honorific between).
_JOINED = regexes.compile(
    r"\s*,?\s*(?:et|and)\s+(?:(?:le|la|l'|the)\s*[^\W\d][^,;.]{0,40}?\s)?(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)?$"
)  # (the second's rank between: « le général A et le contrôleur général B »)
#: Two peoples or countries joined in the office of two people: "the Belgian and Dutch
#: ministers", « les ministres belge et néerlandais de l'Intérieur ».
_TWO_PEOPLES = regexes.compile(
    r"\b([\w-]+)\s+(?:et|and)\s+(?:(?:du|de la|de l'|des|de|d'|of|of the|the)\s*)?([\w-]+(?: [A-Z][\w-]+)?)\b"
)  # (or two countries: « ses homologues du Mali et du Burkina Faso, A et B »)


def _paired_sides(sentence: str, found: list[Person]) -> list[Person]:
    """Two people named together, whose joint office names two peoples in the same order,
    before them or after them ("the Belgian and Dutch ministers, A and B", « A et B, les
    ministres français et allemand »): the first people is the first's, the second the
    second's."""
    table = places.tables().countries
    for i in range(len(found) - 1):
        first, second = found[i], found[i + 1]
        if not _JOINED.fullmatch(sentence, first.end, second.start):
            continue
        floor = found[i - 1].end if i else 0
        before = sentence[max(floor, first.start - 80) : first.start]
        # (after them, only in their apposition: « A et B, les ministres français et allemand, ... »)
        apposition = _APPOSITION.match(sentence, second.end)
        for text in (before, apposition.group(0) if apposition else ""):
            pairs = [
                (table.get(fold(m[1])), table.get(fold(m[2])))
                for m in _TWO_PEOPLES.finditer(text)
                if not _BOUNDARY.search(text[m.end() :])  # no verb between the office and the names
            ]
            sides = next((pair for pair in reversed(pairs) if all(pair) and pair[0] != pair[1]), None)
            if sides is not None:
                found[i] = replace(first, party=sides[0])
                found[i + 1] = replace(second, party=sides[1])
                break
    return found


_APPOSITION = regexes.compile(r",\s*(?:les|the|leurs|their)\s[^,;.]{3,80}")

#: What goes between two of a list of names: a comma or "and", then perhaps the next one's
#: title in capitals (", Senior Regional Security Officer ", " et le Commissaire ").
_LISTED = regexes.compile(
    r"\s*(?:,\s*(?:and\s+|et\s+)?|and\s+|et\s+)(?:(?:de|du|des|de la|d['’]|par|by)\s*)?(?:the\s+|l[ea]\s+|l['’])?"
    r"(?:(?-i:[A-Z])[\w'’.-]*\s+|(?:of|of the|for|de|du|des|de la)\s+|(?-i:police|chief|director|deputy|head|"
    # (an English title in lower case, a place or unit before it: "and Kedah police chief NAME", "narcotics director")
    r"officer|commander|commissioner|superintendent|inspector|secretary|advis[eo]r|narcotics|senior|assistant|general|"
    r"regional|district|state|provincial|criminal|investigation|department)\s+){0,8}"
    # a French title in lower case: « du conseiller politique Jonas Albrecht », « et par la commandante B » (the
    # companion's preposition said again)
    r"|\s*(?:,\s*(?:et\s+)?|et\s+)(?:de|du|des|de la|d['’]|de l['’]|par)\s*(?:(?-i:[a-zà-ÿ])[\w'’-]*\s+){1,4}"
)

#: Who someone else speaks or acts for, named after these words: absent.
_ON_BEHALF = regexes.compile(
    r"\b(?:on behalf of (?:the|his|her) (?:[\w-]+ ){0,4}?(?:minister|president|director|chief|commissioner|secretary|inspector)|"
    r"au nom (?:du|de son|de sa) (?:\w+ ){0,2}?(?:ministre|président|directeur|chef|commissaire|secrétaire))\b"
    # (to the name, through an honorific's full stop: "…, Hon. Peter Moshi")
    r"(?:[^.;]|\b(?:Hon|Dr|Mrs?|Ms|Gen|Col|Prof|Lt|Maj)\.){0,90}$",
    re.IGNORECASE,
)
#: A side led by the one named before it, within his clause: "X, Senior Secretary, …, led the
#: Bangladesh side", « Y … conduisait la délégation malienne », "Z headed the delegation of Chad".
_LEADS = regexes.compile(
    r"^[^.;]{0,160}?\b(?:led|leads|headed|heads|was leading|was heading|conduisait|a conduit|conduit|dirigeait|"
    r"a dirigé|dirige|présidait)\s+(?:the|la|une?|a)\s+(?:([\w-]+)\s+(?:side|delegation|team)\b|"
    r"(?:délégation|partie|side|delegation)\s+(?:of\s+|du\s+|de\s+la\s+|de\s+l['’]|des\s+|d['’])?([\w-]+))",
    re.IGNORECASE,
)

#: ... or a side named before the one who leads it: « La délégation guinéenne était conduite par A,
#: celle de la Sierra Leone par le ministre …, B », "the Seychelles delegation by Commissioner B".
_LED_BY = regexes.compile(
    r"\b(?:(?:celle|celui|délégation|delegation|partie|side|team)\s+(?:(?:de la|du|de l['’]|des|de|d['’]|of the|of)\s*)?"
    r"([\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)|([\w'’-]+)\s+(?:side|delegation|team))\s+(?:(?:était|was|is|est)\s+)?"
    r"(?:(?:conduite?|dirigée?|menée?|présidée?|led|headed)\s+)?(?:par|by)\s+[^;.]{0,80}?$",
    re.IGNORECASE,
)


def _leaders(sentence: str, found: list[Person]) -> list[Person]:
    """Those who lead a side named after them, before the next person: the side's party,
    whatever a side named before them said ("The Indian delegation was led by A while B,
    Senior Secretary, led the Bangladesh side": B is Bangladesh's)."""
    for i, person in enumerate(found):
        if person.companion_of is not None:
            continue
        stop = found[i + 1].start if i + 1 < len(found) else len(sentence)
        led = _LEADS.match(sentence[person.end : stop]) or _LED_BY.search(
            sentence, found[i - 1].end if i else 0, person.start
        )
        if led and (code := places.exact_country(next(side for side in led.groups() if side))) is not None:
            found[i] = replace(person, party=code)
    return found


#: What follows a name whose last word is a country borne as a surname ("General Suryo Haiti
#: received"): a lower-case word, a verb or a link word, not a possessive, a comma or an office.
_LOWER_NEXT = regexes.compile(r" [a-zà-ÿ]")

#: What may follow such a name in a list of companions, each after his office: "Minister in the
#: Ministry Keith Scotland, deputy director … Nadia Israel, and …": a comma and a lower-case word.
_LISTED_NEXT = regexes.compile(r",? [a-zà-ÿ]")

#: An office right before such a name, its last word in lower case or an office's head: "deputy director
#: of international affairs Nadia Israel", "Minister in the Ministry Keith Scotland" (not a place's
#: preposition or a conjunction: "the police of Kenya and Uganda").
_OFFICE_BEFORE = regexes.compile(
    r"\b(?:[a-zà-ÿ]{3,}|(?-i:Ministry|Minister|Director|Officer|Secretary|Commissioner|Adviser|Advisor|Counsellor))\s+$"
)
_NOT_AN_OFFICE_WORD = frozenset(
    ["and", "with", "from", "for", "the", "des", "avec", "pour", "par", "between", "entre"]
)


def _without_place_end(sentence: str, match: re.Match[str], trimmed: str) -> str:
    """The trimmed name without a first word that ends a place begun before the run, with
    lower-case words inside it: "the United States of America Kristi Noem" names "Kristi
    Noem", « la République de Corée Kim Min-jun » names "Kim Min-jun"."""
    first = trimmed.split(" ", 1)[0]
    if not sentence.startswith(first, match.start()) or " " not in trimmed:
        return trimmed
    end = match.start() + len(first)
    if not _LOWER_WORD_BEFORE.search(sentence, max(0, match.start() - 4), match.start()):
        return trimmed
    window = sentence[max(0, match.start() - 40) : end]
    offset = max(0, match.start() - 40)
    if any(
        " " in m.text and offset + m.start < match.start() and offset + m.end == end
        for m in places.mentions(window)
    ):
        return trimmed.split(" ", 1)[1]
    return trimmed


#: A lower-case word right before a run ("of", "de", "and"): inside a place's name, perhaps.
_LOWER_WORD_BEFORE = regexes.compile(r"\b(?:of|de|du|and|et|of the)\s+$")


#: Vietnamese surnames that trim takes for French articles or words: "Le Hong Anh", "Do Ba Ty".
_VIETNAMESE_SURNAMES = frozenset(["Le", "Lê", "Do", "Ho"])


def _kept_whole(sentence: str, match: re.Match[str], trimmed: str, countries: Collection[str]) -> str:
    """The trimmed name, with the word trim took for a calendar word, a place, an article or
    a title given back when it is a name's: a month's name right after an honorific opens the
    name ("Mme Mai Thanh Huong"); a Vietnamese surname that is a French article, in a text
    about Vietnam ("General Le Hong Anh"); « Cheikh » before one name word, as a West African
    given name, in a text about no Gulf monarchy, where it is a prince's title (« le commissaire
    Cheikh Ndiaye », not « Cheikh Tamim »); a country's name that ends a run after a rank and a
    given name, with a lower-case word after it, is a surname ("General Suryo Haiti received"),
    and so is one in capitals after a surname in capitals ("Luis Felipe ARANGO JORDAN")."""
    run = match.group(0)
    at = run.find(trimmed)
    if at < 0:
        return trimmed
    head = run[:at].split()
    if head and (
        (head[-1] in _VIETNAMESE_SURNAMES and "VN" in countries and len(trimmed.split()) >= 2)
        or (head[-1] in names.SHEIKHS and names.given_cheikh(f"{head[-1]} {trimmed}", countries))
    ):
        return f"{head[-1]} {trimmed}"
    if head and fold(head[-1]) in names.MONTH_NAMES:
        month = match.start() + run.rfind(head[-1], 0, at)
        if names.HONORIFIC_BEFORE.search(sentence[max(0, month - 40) : month]):
            return f"{head[-1]} {trimmed}"
    tail = run[at + len(trimmed) :].split()
    if (
        len(tail) == 1
        and fold(tail[0]) in places.tables().countries
        and (
            (
                _LOWER_NEXT.match(sentence, match.end())
                and names.HONORIFIC_BEFORE.search(
                    sentence[max(0, match.start() + at - 40) : match.start() + at]
                )
            )
            # … or in a list of companions, each after his office: "officer Nadia Israel, and …"
            or (_LISTED_NEXT.match(sentence, match.end()) and _office_before(sentence[: match.start() + at]))
            # surnames in capitals, the second a country's name: "Luis Felipe ARANGO JORDAN"
            or (tail[0].isupper() and trimmed.rsplit(maxsplit=1)[-1].isupper() and len(tail[0]) > 3)
        )
    ):
        return f"{trimmed} {tail[0]}"
    return trimmed


def _office_before(before: str) -> bool:
    """Whether the words before a name end with an office ("international affairs officer"), not with a
    link word that would make what follows a list of places."""
    office = _OFFICE_BEFORE.search(before)
    return office is not None and fold(office.group(0).strip()) not in _NOT_AN_OFFICE_WORD


def _in_capitals(run: str, sentence: str) -> bool:
    """Whether ``run`` is written in capitals in a sentence that has no letter in lower case (a headline in
    capitals) without a civility: a surname in capitals in a sentence of ordinary case ("Luis Felipe ARANGO
    JORDAN") is not."""
    return (
        run.isupper()
        and not any(ch.islower() for ch in sentence)
        # (one a civility opens is a name: « M. OUSMANE NDIAYE »)
        and strip_honorifics(run) == run
    )


def _inside_known_name(run: str, found: list[Person]) -> bool:
    """A later mention of someone already found: "Carvalho Mendes" after "Inês Carvalho Mendes"."""
    folded = f" {fold(run)} "
    return any(p.name and folded in f" {fold(p.name)} " for p in found)


#: A compound adjective of two sides ("algéro-italien", "franco-marocaine"): no one's party.
_BILATERAL = regexes.compile(r"\b\w+o-\w+\b")


#: What joins the clauses of a title: a semicolon, « et », "and", « avec », "with".
_CLAUSE_JOINS = regexes.compile(r"(?:;|\bet\b|\band\b|\bavec\b|\bwith\b)")


def _last_clause(text: str) -> str:
    """The words just before a name, back to the last clause break ("son homologue
    danois,") or the word that names whom one came to ("on", "to"), without compounds of
    two sides. A full stop inside a sentence ends an
    abbreviation ("Col.", "M."), not a clause."""
    last = _CLAUSE_JOINS.split(text)[-1]
    verbs = list(_BOUNDARY.finditer(last))
    last = last[verbs[-1].end() :] if verbs else last
    # (not back past the word that names whom someone came to: "a courtesy call by a U.S.
    # Embassy delegation on Inspector General X" says nothing of X's side)
    last = _CALLED_TO.split(last)[-1]
    return _BILATERAL.sub(lambda m: m[0] if places.exact_country(m[0]) else " ", last)


#: The journey of one who came, told before what he did there: "During his official visit to Qatar, …", « Lors de sa
#: visite officielle au Qatar, … ». The place he went to is not his side.
_JOURNEY = (
    r"(?:during|in the course of) (?:his|her|their|a|an) (?:\w+ )?(?:visit|trip|tour|mission|stay) (?:to|in)\b|"
    r"(?:lors|au cours|pendant|durant) d[eu'’] ?(?:sa|son|leur|une?) (?:\w+ )?(?:visite|déplacement|séjour|mission|tournée) "
    r"(?:\w+ )?(?:à|au|aux|en)\b|"
    # … or the visit its subject is on, in apposition: "On a working visit to Pakistan, X met Y", « En visite de travail
    # au Niger, X a rencontré Y » (the visit is the frame, the encounter the verb after it)
    r"on (?:a|an|his|her|their) (?:[\w-]+ ){0,2}?(?:visit|trip|tour|mission) (?:to|in)\b|"
    r"en (?:visite|tournée|mission) (?:[\w'’-]+ ){0,3}?(?:à|au|aux|en)\b"
)
#: A sentence that opens on a journey (:data:`_JOURNEY`).
JOURNEY_OPENS = regexes.compile(rf"^\s*(?:{_JOURNEY})", re.IGNORECASE)
#: The setting of an encounter told before those who had it: the sidelines of another event, whose organiser is not
#: a side of the encounter held there, or a journey (:data:`_JOURNEY`).
_SETTING_BEFORE = regexes.compile(
    rf"\b(?:on the (?:side[- ]?lines|margins) of|en marge d|{_JOURNEY})", re.IGNORECASE
)


#: What an encounter is for, after the office-holder it is with: " to explore", « pour évoquer ».
_PURPOSE = regexes.compile(r"\s(?:to|pour|afin de|in order to) (?=[a-zé]+\b)(?!the\b|la\b|le\b|les\b|l')")
#: The seat the office-holder is met at ends the office: "met the Director of Criminal Investigations at the DCI
#: headquarters in …", « a rencontré le directeur de la Police judiciaire au siège de la DPJ ».
_AT_SEAT_AFTER = regexes.compile(
    r"\s(?:at (?:the |its |his |her )?(?:[\w'’-]+ ){0,4}?(?:headquarters|head office|offices|premises)|au siège)\b",
    re.IGNORECASE,
)


#: A second office-holder after the first's title: « … de la police fédérale belge et l'ambassadrice d'Italie », "… and
#: the Ambassador of Italy".
_ANOTHER_HOLDER = regexes.compile(
    r"\s+(?:et|and)\s+(?:l['’]|le\s+|la\s+|the\s+)(?=(?:[\w-]+\s+)?(?:" + "|".join(_HEADS) + r")(?![\w'-]))",
    re.IGNORECASE,
)


#: A plural determiner before an office (« Les directeurs des services … »: many people); company named after
#: a leader (« accompagné de », "assisted by"); a quotation mark.
_PLURAL_BEFORE = regexes.compile(r"\b(?:les|leurs|ses|des)\s*$", re.IGNORECASE)
_COMPANY_AFTER = regexes.compile(r",\s*(?:accompagn|assist|entour|accompan)")
_QUOTATION_MARK = regexes.compile(r"[«»\"“”]")


def unnamed_leader(
    clause: str, countries: Collection[str], one: bool = False
) -> tuple[str, str | None, str | None] | None:
    """A title that stands for an unnamed office-holder leading a side ("Le Directeur
    général de la Sûreté nationale a reçu ..."): ``(title, organisation, party)``. With ``one``
    (those received, each in turn), the first of two joined by « et le », "and the"."""
    head = _LEADING_TITLE.search(clause)
    if head is None or _AT_THE_HEAD.search(clause[: head.end(1)]):
        return None
    if _PLURAL_BEFORE.search(clause[head.start() : head.start(1)]):
        return None  # « Les directeurs des services … »: many people, no one office-holder
    stretch = clause[head.start(1) :]
    stop = _BOUNDARY.search(stretch)
    raw = stretch[: stop.start()] if stop else stretch
    raw = _COMPANY_AFTER.split(raw)[0]
    raw = _WHEN.split(raw)[0]  # "The Interior Minister on Tuesday received ..."
    raw = _SAYS.split(raw)[0]  # "the minister stressed his keenness to ..."
    raw = _PURPOSE.split(raw)[0]  # "… with Malaysia's Inspector-General of Police to explore cooperation"
    # "… the Director of Criminal Investigations at the DCI headquarters in …"
    raw = _AT_SEAT_AFTER.split(raw)[0]
    if " et " in raw or " and " in raw:
        # « le directeur … belge et l'ambassadrice d'Italie »: two people, each received in turn (``one``), or the two
        # who met ("The Iraqi Interior Minister and the Jordanian Ambassador met"): the first leads
        raw = _ANOTHER_HOLDER.split(raw, 1)[0]
    raw = _QUOTATION_MARK.split(raw)[0]
    if any(names.person_like(names.trim(r.group(0))) for r in names.CAPITALISED_RUN.finditer(raw)):
        return None
    title, organisation, party = clean_title(raw, countries)
    # (the office-holder may end the sentence: "… received the Defence Secretary.")
    title = title.rstrip(" .;:,") if title else title
    if not title or len(title.split()) < 2:
        return None
    return title, organisation, party
