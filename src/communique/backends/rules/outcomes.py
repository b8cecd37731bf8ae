"""Outcomes: what an encounter produced or committed to, as phrases of the text.

Two shapes are read. A signing: "ont signé un mémorandum d'entente", "signed a
memorandum of understanding". A commitment: "les deux parties ont convenu de créer
une cellule commune et d'organiser des stages", "agreed to set up a joint working
group and to meet again in October" — each clause is an outcome, typed by what it
commits to (an agreement to sign, a mechanism to create, a follow-up, or other).
A commitment may also be a plain future ("the two sides will exchange data on ..."),
and a result handed over at the meeting is one too ("handed over ten vehicles to ...",
« a remis au ministre un lot de ... »). Announced follow-ups are read too: "une visite
de retour", "the next session will be held in March". Phrases end at a comma, semicolon or subordinate clause, so quotes
stay short, and always come from the sentence itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from communique import regexes
from communique.backends.rules import cues, kinds
from communique.draft import DraftOutcome
from communique.schema import OutcomeType
from communique.text import Cue, fold

_INSTRUMENT = (
    r"(?:mémorandum|memoranda|memorandum|MoU|accord|agreement|convention|protocole|protocol|pact|pacte|déclaration d'intention|"
    r"declaration of intent|declarations? of principles|déclaration de principes|plan d'action|action plan|(?:cooperation|work|working) plans?|plans? (?:de coopération|de travail)|arrangement|feuille de route|roadmap|charte|charter|"
    r"traité|treaty|entente|joint orders?|procès-verba(?:l|ux)|relevés? (?:des|de) conclusions|agreed minutes|minutes of (?:the|their) (?:meeting|talks|session)|lettre d'intention|letter of intent|déclarations? (?:conjointes?|communes?)|joint declarations?|"
    r"joint statements?|joint communiqu[ée]s?|communiqués? conjoints?|programmes? (?:de coopération|d'action conjoint)|"
    r"(?:joint |bilateral )?cooperation programmes?|programmes? of cooperation|(?:joint )?records? of (?:the )?discussions?|"
    r"terms of reference|termes de référence|(?:cooperation|cooperative) documents?|documents? de coopération|"
    # a declaration named by what it declares: "a Declaration of Partnership"
    r"declarations?|déclarations?)"
)
_MECHANISM = (
    r"(?:cellules?|groupes? (?:de travail|de coordination|de contact)|groupe mixte|working groups?|(?:coordination|contact) groups?|task ?force|mécanisme|mechanism|"
    r"joint (?:\w+ ){0,2}?(?:cell|unit|team|centre|center|task force|group|desk)s?|(?:help|liaison|border) desks?|(?:technical|expert) groups?|groupes? (?:\w+ )?(?:conjoints?|mixtes?|communs?)|équipe commune|équipe conjointe|centre (?:commun|arabe|régional)|"
    r"bureau de liaison|liaison (?:office|officers?|post|channel)|(?:police )?liaisons|officiers? de liaison|officier de liaison|"
    r"canal de liaison|cadres? (?:permanents? )?de concertation|points? focaux|points? focal|focal points?|nodal (?:points?|officers?)|points? nodaux|(?:points?|personnes?) de contact|contact points?|ligne (?:directe|rouge)|hotline|direct line|plate-?forme|platform|"
    r"observatoire|unité (?:commune|mixte|conjointe)|équipe (?:de soutien|mixte)|salles? d'opérations|"
    r"centres? d'opérations|operations? (?:room|centre|center)|(?:joint )?(?:operational )?headquarters|états?-majors? (?:communs?|conjoints?)|(?:police |joint |common )?cooperation (?:offices?|centres?|centers?)|"
    r"joint (?:\w+ ){0,3}?offices?|centres? de coopération (?:policière|douanière)|bureaux? (?:communs?|conjoints?)|"
    r"commissariats? (?:communs?|conjoints?)|postes? (?:de (?:police|contrôle) )?(?:frontaliers? |frontière )?(?:communs?|conjoints?|juxtaposés?)|"
    r"(?:joint|one-stop|shared) (?:border |police )?(?:posts?|stations?)|(?:permanent|joint|standing) secretariat|"
    r"regional (?:\w+ ){0,2}?(?:centre|center|hub|desk)|secrétariat (?:permanent|conjoint|commun)|brigades? (?:mixtes?|conjointes?|communes?)|joint (?:\w+ )?brigades?|(?:joint|combined) (?:\w+ )?force\b|forces? (?:mixtes?|conjointes?|communes?))"
)
_FOLLOW_UP = (
    r"(?:visite de retour|return visit|prochaine (?:réunion|rencontre|session|édition|assemblée)|"
    r"next (?:[\w-]+ ){0,3}?(?:meeting|session|round|general assembly|edition|conference|summit)|commissions? (?:\w+ )?mixtes?|comités? (?:\w+ )?mixtes?|"
    r"comité bilatéral|joint (?:\w+ )?(?:committee|commission)|réunion de suivi|follow-up (?:meeting|visit|committee)|"
    r"comités? de (?:suivi|pilotage)|monitoring committee|"
    r"se réunir|se rencontrer|se retrouver|se retrouveront|se réuniront|se revoir|meet again|meet(?:ing)? (?:more )?(?:regularly|frequently|often|annually|in|every|each|once|twice|quarterly|monthly|periodically)|would meet|will meet|"
    # convening people: "convene their border commanders in Tororo", « convoquer les experts »
    r"convene|convening|convoquer|"
    r"(?:hold(?:ing)?(?: of)?|tenir|tenue|organiser|organisation|organi[sz]e|organi[sz]ing|convene|convening|réunir),? (?:[\w',’\"“”«»-]+ ){0,6}?"
    r"(?:meeting|réunion|rencontre|dialogue|consultations|round|talk|pourparlers)s?|"
    r"missions? (?:d'experts|d'évaluation|technique)|(?:expert|technical|assessment) missions?|"
    r"(?:rencontres?|réunions?|consultations|pourparlers) (?:périodiques|régulières|réguliers|mensuelles|annuelles|trimestrielles)|"
    r"(?:regular|periodic|monthly|annual|quarterly|yearly) (?:meetings?|consultations|talks|dialogue)|"
    # talks to be taken up again: "resume the talks as soon as possible", « reprendre les pourparlers »
    r"(?:restart|resume|reprendre|relancer) (?:the |their |les |leurs )?(?:\w+ ){0,2}?(?:meetings|talks|consultations|sessions|"
    r"réunions|pourparlers)|(?:réunions?|rencontres?) (?:annuelles?|semestrielles?)|"
    r"meet(?:ing)? again|visit|visite|visiter|se rendre|travel to)"
)
#: The end of a quoted phrase: before a comma, a semicolon, a bracket, a subordinate clause
#: or a second verb ("signed a joint declaration on ... and initialled a memorandum"); else,
#: in a long clause, at the end of a word some way on.
_END = (
    r"(?:[^,;.()«»\"]{0,110}?(?=\s*(?:[,;.()«»\"“”]|\s(?:qui|lequel|laquelle|which|so as|afin|en vue|dans le but|in order|while|as (?:their|the two|both))\s|$)"
    r"|\s(?:and|et)\s(?:(?:also|également|then|ont|a|sont|have|has|se sont|s'est)\s)?(?:\w+ed|signé|paraphé|convenue?s?|décidée?s?|"
    r"engagée?s?|remis|adopté)\b)"
    r"|[^,;.()«»\"]{1,110}(?<=\w)(?!\w))"
)

#: A day or place between the verb and what was signed: "ont signé mardi à Accra un ...",
#: "signed on 5 March in Berlin a ..." (a few words, only when a determiner follows).
_WHEN_WHERE = r"(?:(?:(?:[^\s;.]+\s+){1,6}?|[^;.,]{1,40},[^;.]{1,80}?,\s+)(?=«?\s*(?:(?:un|une|le|la|les|a|an|the|deux|two|trois|three)\s|l['’])))?"
#: A time set for an act to come: "are set to", "plans to", "is scheduled to".
_SET_TO = r"(?:(?:is|are) (?:set|due|scheduled|slated|poised)|plans?|planning|intends?) to"
#: A day as agencies put it between a verb and its object: "agreed Saturday to", « ont convenu
#: lundi de ».
_DAY = (
    r"(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche|hier|aujourd'hui)"
)
#: The words that qualify what was signed: "a new cooperation and information sharing agreement", "the Regional
#: Communication and Coordination Protocol" (a title's capitalised words).
_QUALIFIERS = (
    r"(?:[\w-]+\s+){0,2}?(?:(?:and|et)\s+(?:[\w-]+\s+){1,2}?)?"
    r"(?:(?-i:[A-Z])[\w-]*\s+(?:(?:and|for|of|on|et|de|des|du|pour)\s+)?){0,4}?"
)
_SIGNED = Cue(
    # a treaty put in force by the two sides exchanging its instruments: "exchanged the instruments of ratification
    # of the extradition treaty", « ont procédé à l'échange des instruments de ratification de l'accord »
    rf"(?:(?:exchanged (?:the )?|(?:ont|a) échangé les |l['’]échange des )instruments (?:of|de) ratification (?:of|de|du|des)|"
    rf"(?:ont|a|avaient|have|has) (?:(?:ensuite|également|aussi|enfin|then|also|finally) )?(?:procédé à la )?sign(?:é|ature)|signed|singed|renewed|(?:ont|a) (?:renouvelé|reconduit|formalisé)|formali[sz]ed|signature{cues.SIGNING_DAY} (?:d'un|d'une|du|de la|de l['’]|des|de (?:plusieurs|deux|trois|nouveaux)|of)|"
    rf"signing{cues.SIGNING_DAY} of|(?:(?<=, )|(?<=\bby )|(?<=\band )|(?<=\bthe )|(?<=\bof )|(?<=\bto )|(?<=\bafter ))signing|en signant|"
    # the signing as what the meeting was the occasion for: « L'occasion pour les trois parties de signer un protocole »
    rf"(?:l['’]occasion|the occasion|an occasion) (?:pour|for) (?:\S+ ){{0,4}}?(?:de signer|to sign)|executed|entered into|(?:va|vont|devrait|devraient|doit|doivent) (?:\w+ment |aussi |également )?signer|(?:will|would) (?:also |soon |then )?sign|"
    # a signing set for later: "are set to sign", "plan to sign", « prévoient de signer »
    rf"{_SET_TO}\s+sign|(?:prévoi(?:t|ent)|envisag(?:e|ent)) de signer|compte(?:nt)? signer|"
    # « ont apposé leur signature sur un accord », "affixed their signatures to a memorandum"
    rf"(?:(?:ont|a) apposé|affixed) (?:leurs?|sa|their|his|her) signatures? (?:sur|au bas d[eu']|à|to|on)|put pen to paper on|(?:a été|ont été|was|were) signée?s?|initiall?ed|(?:ont|a) paraphé|paraphe (?:d'un|d'une|du|de la|de l['’]|des))"
    # a comma may follow the verb when a day and place are inserted: "signed, on Tuesday in Agadir, a memorandum"
    rf"(?:,?\s+|(?<=['’])){_WHEN_WHERE}"
    rf"«?\s*(?:(?:un|une|le|la|les|des|a|an|the|their|its|leur|leurs|two|deux|trois|three)\s+|l['’]\s*)?"
    # (the instrument's title may be quoted: 'signed the revised "Memorandum of Understanding on …"')
    rf"{_QUALIFIERS}[\"“«]?\s*{_INSTRUMENT}{_END}"
)
#: A signing told in the present by a caption or a headline, with no stop after it: "Minister A and Ambassador B sign
#: memorandum on police training", « A et B signent un accord de coopération » (held: a caption tells what the photo
#: shows; not "to sign", "will sign", "could sign", a signing to come).
_CAPTION_SIGNED = Cue(
    rf"(?<!to )(?<!will )(?<!would )(?<!shall )(?<!could )(?<!should )(?<!may )(?<!can )(?<!must )"
    rf"(?:sign|signs|signent|signe) (?:(?:a|an|the|their|un|une|le|la|les|leur) |l['’])?(?:[\w-]+\s+){{0,2}}?"
    rf"{_INSTRUMENT}[^.;!?()«»\"]{{0,80}}(?=\s*\((?:photo|ảnh)\b|\s*$)"
)
#: A signing to come, told by a headline's "is to": "Uganda and South Sudan police chiefs to sign MoU on cattle raids".
_CAPTION_TO_SIGN = Cue(
    rf"to sign (?:(?:a|an|the|their) )?(?:[\w-]+\s+){{0,2}}?{_INSTRUMENT}[^.;!?()«»\"]{{0,80}}(?=\s*$)"
)
#: A signing in other words, right before what was signed: "inked a memorandum", "sealed an
#: agreement", "exchanged two memoranda of understanding", « ont conclu un accord » (no day or
#: place between: "exchanged views on the agreement" is no signing).
_SEALED = Cue(
    rf"(?:inked|sealed|concluded|exchanged|(?:ont|a) (?:conclu|scellé|échangé)|(?:the )?exchange of|(?:l'|l’)échange (?:de|des|du))\s+"
    rf"(?:{_DAY}\s+)?"  # « ont conclu aujourd'hui un protocole »
    # "exchanged the instruments of ratification of the treaty", « ont échangé les instruments de ratification de la convention »
    # (the instrument then qualified as a title is: "of the bilateral extradition treaty")
    rf"(?:(?:the|les)\s+instruments?\s+(?:of|de)\s+ratification\s+(?:of|de|d['’]|du)\s*(?:(?:the|la|le)\s+|l['’]\s*)?{_QUALIFIERS}"
    # (not "a few agreements" reached in talk: « ont conclu quelques accords pour améliorer leur collaboration »)
    rf"|(?:(?:un|une|le|la|les|des|a|an|the|two|deux|three|trois|several|plusieurs)\s+|l['’]\s*)?(?:(?!quelques\b|some\b|few\b)\w+\s+)?)"
    rf"{_INSTRUMENT}{_END}"
)
#: What was signed named before a passive verb: "A Liaison Officer Agreement between X and
#: Y was signed in Doha on Monday", « Un mémorandum d'entente a été signé mardi ».
_WAS_SIGNED = Cue(
    rf"(?:(?:un|une|le|la|les|des|a|an|the|two|deux|three|trois|several|some|plusieurs|quelques|new|nouveaux|nouvelles)\s+|l['’]\s*)"
    rf"(?:[\w'’-]+\s+){{0,4}}?{_INSTRUMENT}[^,;.()«»\"]{{0,90}}?\s"
    rf"(?:a été|ont été|was|were|has been|have been)\s+(?:(?:officiellement|formally|officially|also|également)\s+)?"
    rf"(?:signée?s?|signed|paraphée?s?|initiall?ed|concluded|conclue?s?|adopted|adoptée?s?)\b[^,;.()«»\"]{{0,50}}?"
    rf"(?=\s*(?:[,;.()]|\s(?:by|par|between|entre|in the presence|en présence|during|lors|au cours|at the)\s|$))"
)
#: ... or in a relative clause: "finalised the 43rd Joint Communiqué, which was signed by the heads of delegation".
_WHICH_WAS_SIGNED = Cue(
    rf"(?:(?:a|an|the|un|une|le|la|les)\s+|l['’]\s*)(?:[\w'’-]+\s+){{0,2}}?{_INSTRUMENT},?\s+(?:which|that|qui)\s+"
    rf"(?:was|were|has been|a été|ont été)\s+(?:signée?s?|signed)\b"
)
#: What was signed at the encounter, named before its participle: "reaffirmed their commitment
#: through a Memorandum of Understanding signed after the meeting", « par un protocole d'accord
#: signé à l'issue de la rencontre » (the encounter named, not a past day: "the accord signed in 2019").
_SIGNED_AT_IT = Cue(
    rf"(?:un|une|a|an)\s+(?:[\w'’-]+\s+){{0,4}}?{_INSTRUMENT}[^,;.()«»\"]{{0,60}}?\s(?:signed|signée?s?)\s+"
    rf"(?:after|following|at the (?:end|close) of|during|à l['’]issue d[eu] |au terme d[eu] |lors d[eu] )\s*"
    rf"(?:the |this |their |la |cette |leur |l['’]\s*)?(?:meeting|talks|visit|session|encounter|rencontre|réunion|visite|"
    rf"entretiens?|séance|audience)\b"
)
#: What is to be signed, named before a passive future: "A memorandum of understanding ...
#: will be finalised in the coming weeks", "is expected to be signed before the end of the
#: year", « Un accord sera signé prochainement » (an agreement planned, not signed).
_TO_BE_SIGNED = Cue(
    rf"(?:(?:un|une|le|la|les|des|a|an|the|new|nouveaux?|nouvelles?)\s+|l['’]\s*)(?:[\w'’-]+\s+){{0,4}}?{_INSTRUMENT}"
    rf"[^;.«»\"]{{0,90}}?\s(?:will|would|shall|is to|are to|is expected to|are expected to|(?:is|are) due to|due to|should|sera|seront|devrait|devraient|"
    rf"doit|doivent|va|vont|to(?= be\b))\s+(?:(?:soon|also|then|prochainement|également|bientôt|être)\s+)?(?:be\s+)?(?:(?:soon|also|then)\s+)?"
    rf"(?:signed|finali[sz]ed|formali[sz]ed|concluded|initiall?ed|drafted|prepared|adopted|signée?s?|finalisée?s?|formalisée?s?|conclue?s?|"
    rf"paraphée?s?|adoptée?s?|élaborée?s?|rédigée?s?|signer|finaliser|conclure|adopter)\b[^,;.()«»\"]{{0,60}}",
    # (or said to be in view: « Un accord écrit est envisagé avant décembre », "a protocol is being drafted")
    rf"(?:(?:un|une|a|an|new|nouvel|nouveaux?|nouvelles?)\s+)(?:[\w'’-]+\s+){{0,4}}?{_INSTRUMENT}[^;.«»\"]{{0,40}}?\s"
    rf"(?:(?:est|sont) (?:envisagée?s?|en préparation|en cours d'élaboration)|(?:is|are) (?:envisaged|planned|being (?:drafted|prepared|negotiated)))"
    rf"\b[^,;.()«»\"]{{0,60}}",
)
#: Support that a side will give, told in the passive: "all possible cooperation for the
#: training of Iraqi police would be provided", « un appui technique sera apporté ».
_TO_BE_PROVIDED = Cue(
    r"(?:(?:all possible|full|every|further|additional|technical|financial|logistical)\s+)?(?:cooperation|support|assistance|help|"
    r"equipment|training)\s+(?:for|in|to|with)\b[^,;.()«»\"]{0,80}?\s(?:will|would|shall)\s+be\s+(?:provided|extended|given|offered)\b",
    r"(?:un |une |l'|le |la |tout )(?:appui|soutien|assistance|aide)\b[^,;.()«»\"]{0,60}?\s(?:sera|seront)\s+(?:apportée?s?|fournie?s?|accordée?s?)\b",
)
#: The verbs of :data:`_TO_BE_SIGNED` and :data:`_TO_BE_PROVIDED`, rarer than what they
#: follow (an instrument, "cooperation"): a sentence without them is spared those patterns.
_SIGNED_LATER = Cue(
    r"(?:signed|finali[sz]ed|formali[sz]ed|concluded|initiall?ed|drafted|prepared|adopted|signée?s?|finalisée?s?|formalisée?s?|conclue?s?|"
    r"paraphée?s?|adoptée?s?|élaborée?s?|rédigée?s?|signer|finaliser|conclure|adopter|envisagée?s?|en préparation|en cours d'élaboration|"
    r"envisaged|planned|being)"
)
_PROVIDED_LATER = Cue(
    r"be (?:provided|extended|given|offered)", r"(?:sera|seront) (?:apportée?s?|fournie?s?|accordée?s?)"
)
#: A mechanism set up at the meeting itself: "launched a joint task force against cyber
#: fraud", "inaugurated a joint liaison office", "established a joint working group", « ont
#: inauguré un poste frontalier commun », « ont mis en place une cellule mixte » (not one set up
#: in a year gone: see :data:`_LONG_AGO`).
_LAUNCHED = Cue(
    rf"(?:launched|inaugurated|unveiled|commissioned|established|(?<!to )(?<!will )(?<!would )(?<!shall )set up|created|formed|instituted|"
    rf"(?:a|ont) (?:officiellement )?(?:lancé|inauguré|installé|créé|institué|constitué|mis en place|mis sur pied))\s+"
    rf"(?:a|an|the|their|un|une|le|la|les|l'|leur)\s*(?:new\s+|nouv\w+\s+)?(?:[\w'’-]+\s+){{0,2}}?{_MECHANISM}[^,;.()«»\"]{{0,80}}?"
    rf"(?=\s*(?:[,;.()]|\s(?:which|qui|and|et)\s|$))"
)
#: A mechanism whose opening the encounter was, told by a noun: "took part in the opening of a joint border liaison
#: office", "closer cooperation with the establishment of a joint working group", « ont assisté à l'inauguration
#: d'un poste frontalier commun » (not "discussed the creation of": a subject of the talks).
_OPENING_OF = Cue(
    rf"(?:(?:took part|participated) in|attended|witnessed|presided over|with|through) the (?:official )?(?:opening|establishment|"
    rf"creation|setting up|inauguration|launch) of (?:a|an|the|their) (?:new )?(?:[\w'’-]+ ){{0,3}}?{_MECHANISM}[^,;.()«»\"]{{0,60}}?"
    rf"(?=\s*(?:[,;.()]|\s(?:which|and|according|said)\s|$))",
    rf"(?:(?:a|ont) (?:assisté|pris part|participé)|(?:a|ont) (?:présidé|procédé)) (?:à )?(?:l['’](?:ouverture|inauguration|installation|"
    rf"lancement)|la (?:création|mise en place)) (?:officielle )?d['’]?(?:un|une|le|la|du|de la) ?(?:nouv\w+ )?(?:[\w'’-]+ ){{0,3}}?{_MECHANISM}[^,;.()«»\"]{{0,60}}?"
    rf"(?=\s*(?:[,;.()]|\s(?:qui|et)\s|$))",
)
#: A new joint strategy the sides launched together: "they launched a new three-year strategy to tackle
#: cross-border policing challenges", « ont lancé une nouvelle stratégie commune ».
_LAUNCHED_STRATEGY = Cue(
    r"(?:launched|unveiled|(?:a|ont) (?:lancé|dévoilé)) (?:a|an|their|une|leur) (?:new|joint|nouvelle) (?:[\w-]+ ){0,2}?"
    r"(?:strategy|stratégie)[^,;.()«»\"]{0,80}?(?=\s*(?:[,;.()]|$))"
)
#: A signing that was the point of the encounter, told as its purpose: "met B near the border on Saturday to sign
#: the terms of reference of ...", « était mardi à Vienne pour signer avec son homologue, X, un accord », « a reçu
#: les chefs … afin de signer le renouvellement de l'Entente » (what was signed there; see :data:`_MET_FOR`).
_TO_SIGN = Cue(
    rf"(?:to sign|pour signer|afin de signer)(?:,?\s+){_WHEN_WHERE}«?\s*(?:(?:un|une|le|la|les|des|a|an|the|their|its|leur|leurs)\s+|l['’]\s*)?"
    rf"(?:[\w-]+\s+|(?:de|d['’]|l['’])\s*){{0,3}}?[\"“«]?\s*{_INSTRUMENT}{_END}"
)
#: The encounter before a purpose to sign (:data:`_TO_SIGN`): "met", "received", « était à Vienne », « a saisi
#: l'occasion de sa visite ».
_MET_FOR = regexes.compile(
    r"\b(?:meet|met|meets|received|hosted|welcomed|visited|travelled|traveled|arrived|(?:was|were) in|(?:était|étaient) "
    r"(?:\S+ ){0,3}?(?:à|au|en)|se sont (?:réunis|rencontrés|retrouvés)|(?:a|ont) (?:reçu|accueilli|rencontré)|"
    r"(?:a|ont) (?:\S+ )?saisi l['’]occasion)\b[^.;]{0,200}$",
    re.I,
)
#: The words of a purpose before "sign", left out of the quote.
_PURPOSE_WORD = regexes.compile(r"(?:to|pour|afin de)\s+", re.I)
#: What puts a purpose to sign in the future, a wish or a plan: "agreed to sign", « sont prêts à signer »,
#: "expected to sign", « a invité … pour signer ».
_INTENT_BEFORE = regexes.compile(
    r"\b(?:agreed|decided|expected|plans?|planned|planning|intends?|intended|going|ready|prepared|aims?|aimed|seeks?|"
    r"hopes?|wants?|wish\w*|pledged|resolved|committed|invited|convenu\w*|décidé\w*|prêts?|prévu\w*|envisag\w*|"
    r"souhait\w*|veulent|veut|compte\w*|vise|visent|visait|visaient|invité\w*)\b[^.;]{0,30}$",
    re.I,
)
#: A gathering recalled, whose purpose was an earlier signing: « a rappelé que "le 3 avril 2019, les pays se sont
#: retrouvés à Nouakchott pour signer un accord" », "recalled that the chiefs met in 2015 to sign the charter".
_RECALLED = regexes.compile(r"\b(?:rappel\w*|recall\w*|remind\w*|souvenir)\b", re.I)
#: A signing after which the future is told: "Officers will be posted abroad following the signing of a memorandum"
#: (signed at the encounter; what follows it is to come).
_AFTER = regexes.compile(
    r"\b(?:following|after|à la suite d[eu']|suite à|à l['’]issue d[eu'])\s*(?:the\s+|la\s+)?$", re.I
)
#: A signing told as a noun in a sentence about the future: « Cette visite sera sanctionnée
#: par la signature d'un accord », "the visit will end with the signing of a memorandum".
_FUTURE = regexes.compile(
    rf"\b(?:{_SET_TO}|pr[ée]voi(?:t|ent)|compte(?:nt)?|will|would|shall|is expected|are expected|is to|are to|sera|seront|devrait|devraient|doit|doivent|va|vont|prévue?s?|planned|scheduled|"
    r"envisag\w*|envision\w*|contemplat\w*|towards|vers|in preparation for|preparations? for|en préparation d[eu]|progress|progrès|avancement|possibilit\w*|perspective|with a view to|ahead of|en vue d[eu]|look\w* forward to)\b",
    re.I,
)
#: A signing recalled by its anniversary: "the tenth anniversary of the signing of", « le
#: dixième anniversaire de la signature du »; or as the start of a cooperation: "began in
#: 2016 with the signing of", « remonte à 2010 avec la signature de ».
_ANNIVERSARY = regexes.compile(
    r"(?:(?:anniversary of|anniversaire de)\s*(?:the\s+|la\s+)?"
    r"|\b(?:began|begun|started|dates? back|dating back|goes back|remonte\w*|(?:a|ont) (?:commencé|débuté))\b[^.;]{0,40}?"
    r"\b(?:with|by|avec|par)\s+(?:the\s+|la\s+)?)$",
    re.I,
)
#: A signing as the time a state of things began: "since the signing of the MoU", « depuis la signature de
#: l'accord » (an instrument signed before the encounter told).
_SINCE = regexes.compile(r"\b(?:since|depuis)\s+(?:the\s+|la\s+)?$", re.I)
#: A tally of instruments signed before, not at this encounter: "has signed similar memoranda
#: with twelve countries", « a déjà signé des accords de ce type avec quinze pays ».
_TALLY = regexes.compile(
    r"\b(?:with|avec)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"several|many|numerous|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|"
    r"plusieurs|de nombreux|une (?:dizaine|quinzaine|vingtaine|trentaine))(?:\s+[\w'’-]+)?\s+(?:countries|pays|states|états|nations|"
    r"partners|partenaires|counterparts|homologues|agencies|agences|institutions|organi[sz]ations|services|fius?|units|cellules|forces)\b",
    re.I,
)
#: What is agreed not to be done: « convenu de ne pas créer un groupe », "decided never to".
_NOT_TO = regexes.compile(r"\s*(?:(?:ne|n')\s*(?:pas|plus|jamais|point)|not|never|no longer)\b", re.I)
#: "already" right before a verb of signing: an instrument signed before the encounter told.
_ALREADY = regexes.compile(r"\balready\s+$", re.I)
#: "signed" as what qualifies an instrument, after a determiner: "the signed agreements" (signed before).
_SIGNED_AS_ADJECTIVE = regexes.compile(r"signed\s", re.I)
_DETERMINER_BEFORE = regexes.compile(r"\b(?:the|its|their|these|those)\s+$", re.I)
#: A signing of nothing: "signed no memorandum", « n'a signé aucun accord ».
_SIGNED_NONE = regexes.compile(r"(?:signed|(?:a|ont) signé)\s+(?:no|aucun|aucune)\b", re.I)
#: An earlier occasion a commitment is told of: « lors de la dernière visite du Président », "during his previous
#: visit" (what was agreed then, not at this encounter).
_EARLIER_OCCASION = regexes.compile(
    r"\b(?:lors|au cours) de (?:la|sa|leur) (?:dernière|précédente) (?:visite|rencontre|réunion|session)\b[^.;!?]*$"
    r"|\b(?:during|at) (?:the|his|her|their) (?:last|previous|earlier) (?:visit|meeting|session)\b[^.;!?]*$",
    re.I,
)
#: A year gone by, when something was set up before the encounter: "in 2019", « depuis 2015 », "last year".
_LONG_AGO = regexes.compile(
    r"\b(?:in|en|depuis|since) (?:19|20)\d\d\b|\blast year\b|\bl['’]an dernier\b|\bl['’]année dernière\b",
    re.I,
)
#: A gift (or a mechanism) told in the pluperfect, before the encounter: "the Government had handed over 1,000 acres".
_PLUPERFECT_BEFORE = regexes.compile(r"\b(?:had|avait|avaient)\s+(?:\w+\s+)?$", re.I)
#: A signing named by its noun and said to be set for later: « la signature d'un accord est prévue en juin ».
_IS_PLANNED = regexes.compile(
    r"\b(?:est|sont|is|are) (?:pr[ée]vue?s?|planned|scheduled|envisag[ée]e?s?|expected|attendue?s?)\b", re.I
)
_SIGNING_NOUN = regexes.compile(r"\s*(?:la |une |the |a )?(?:signature|signing)\b", re.I)


#: A meal or a reception, which a host gives a guest as part of their encounter, no gift nor pledge: « offrira un dîner
#: en l'honneur de », « a offert un déjeuner de travail à ».
_MEAL = r"(?:dîner|déjeuner|diner|dejeuner|réception|reception|cocktail|repas|banquet|gala)s?\b"
#: « offrir », « offrira » as a pledge, not of a meal.
_OFFER = rf"offrir(?!(?:a|ont)?\s+(?:\S+\s+){{0,4}}?{_MEAL})"

#: A concrete act one side says it will do for the other, after "will" or a reported "would":
#: send, fund, train, post officers, exchange instructors, support a training (not "cooperate").
_CONCRETE_ACT = (
    r"(?:set up|establish|create|open (?:\S+ ){0,3}?(?:offices?|units?|desks?|centres?|centers?|posts?|stations?|branch\w*)|deploy|second|station|post|designate|appoint|provide|donate|supply|fund|finance|equip|"
    r"train|send|dispatch|build|renovate|support (?:the )?training|exchange (?:\w+ )?(?:instructors|trainers|officers|trainees|"
    r"experts|cadets|students|liaison))\b"
)


#: "sont convenus de", "ont décidé de", "agreed to", "decided to", "expected to".
COMMIT = Cue(
    r"(?:sont|ont|a|est|se sont|s'est|have|has|had)?\s*(?:été\s+)?(?:convenue?s?|décidée?s?|résolue?s?|engagée?s?)\s+(?:de|d'|à|que|qu')",
    r"il a (?:\w+ment )?été (?:\w+ment )?(?:convenu|décidé|retenu|arrêté|admis)(?: d'un commun accord| (?:entre|par) [^,;.]{1,50}?)?,? (?:de|d')",
    r"(?:la |une )?décision a été prise (?:de|d')", r"(?:a |the )?decision (?:has been |had been |was )(?:made|taken|reached) to",
    # an adoption told by a noun: « La rencontre a permis l'adoption d'une déclaration »
    r"(?:a|ont) (?:permis|abouti à|débouché sur) (?=l['’]adoption\b)", r"(?:resulted in|led to) (?=the adoption of\b)",
    # what the cooperation took shape in: « s'est matérialisée par la création de groupes de travail »
    # what the meeting made possible, when it sets something up: « La rencontre a permis de mettre en place une cellule »
    r"(?:a|ont) permis (?:de |d')(?=(?:mettre en place|créer|installer|instituer|ouvrir|lancer|signer)\b)",
    r"(?:s'est|se sont|s'était) (?:matérialisée?s?|traduite?s?|concrétisée?s?) par (?=la création|la mise en place|l['’]ouverture|l['’]installation)",
    r"(?:resulted in|led to) (?=the (?:creation|establishment|setting up|opening) of\b)",
    r"il a été (?:retenu|arrêté) (?=(?:la|le|l'|les|un|une)\b)",
    r"conviennent (?:(?:également|aussi|en outre) )?(?:de|d')", r"décident (?:(?:également|aussi) )?(?:de|d')", r"convenir (?:de|d')",
    # a decision told by its noun: « ont décidé la mise en place d'un comité de suivi »
    r"(?:ont|a) (?:également )?décidé (?=(?:la|le|l')\s?(?:mise en place|création|ouverture|installation|tenue|organisation)\b)",
    r"(?:a|ont|et) annoncé (?=(?:l'envoi|la livraison|le déploiement|la remise|l'octroi|la mise à disposition|le don|la création|"
    r"la mise en place|l'ouverture)\b)",
    # a joint body made known at the encounter: "announced a joint analysis group on gang crime"
    r"(?:announced|unveiled) (?=(?:a|an) (?:new )?(?:joint|common|bilateral|shared) )",
    r"(?:announced|pledged|promised) (?=(?:the |a |an )?(?:dispatch|delivery|deployment|donation|provision|creation|establishment|opening|"
    r"funding|financing|grant|supply)\b)",
    r"(?:prévoit|prévoient|provides for|provide for|porte sur|portent sur)(?= (?:la création|la mise en place|l'ouverture|the creation|the establishment|"
    r"the setting up|the opening)\b)",
    r"agreed (?:to|on|that)", r"decided (?:to|on|that)", r"settled on",
    r"agreed (?:in|during|over|for) (?:the )?(?:\w+ ){0,3}?(?:period|term|months?|weeks?|years?|future) to",
    r"(?:are|is|were|was) (?:also )?preparing to (?=sign)", r"s'apprêtent à (?=signer)",
    # the point of the visit: "the visit aims to \"sign a protocol on …\"", « la visite vise à signer un accord »
    r"(?:aims?|aimed|seeks?|sought) to [\"“«]?\s*(?=sign|conclude|ink\b)",
    r"(?:vise|visent|visait|visaient) à [\"“«]?\s*(?=signer|conclure|parapher)", r"it (?:was|has been) (?:agreed|decided) with [^,;.]{1,40}? (?:to|that)", r"resolved to", r"pledged to", r"committed (?:themselves |ourselves |us )?to (?=\w+ing\b|(?:the |a |an )(?:\w+ )?(?:establishment|creation|setting up|signing|opening|holding|deployment|exchange)\b)",
    # the day between the verb and what it governs: "agreed Saturday to set up", « ont convenu lundi de »
    # (and the date and place: "agreed on Tuesday in Abuja to", « ont convenu jeudi 8 mai à Niamey, de mettre en place »)
    rf"(?:agreed|decided|pledged|resolved) {_DAY}(?: in [\w'’-]+)? (?:to|on|that)",
    rf"(?:ont|a|sont) (?:convenu|décidé)e?s? {_DAY}(?: \d{{1,2}}(?: [^\W\d]+)?)?(?: (?:à|au|en) [\w'’-]+)?,? (?:de|d')",
    # the encounter inserted between the verb and what it governs: « ont convenu jeudi, lors d'une réunion à Bamako
    # entre A et B, d'installer … »
    rf"(?:ont|a|sont) (?:convenu|décidé)e?s?(?: {_DAY})?, (?:lors|au cours|à l'issue|en marge|à l'occasion)[^;.]{{3,160}}?, (?:de |d')",
    # a list after a colon: "they agreed: to promote ...; to designate ..."
    r"agreed\s*:", r"(?:sont|ont) convenus?\s*:",
    r"(?:ont|a) (?:exprimé|manifesté|affiché|affirmé|réaffirmé|réitéré|confirmé) (?:leur|sa) (?:volonté|souhait|désir|intention) (?:de|d')",
    r"expressed (?:their|its|his|her|the) (?:willingness|readiness|wish|desire|intention) to",
    r"(?:ont|a) donné (?:leur|son) accord (?:pour|à)", r"gave (?:their|its|his|her) (?:agreement|approval|consent) (?:to|for)",
    r"reaffirmed (?:their|its|his|her) commitment to (?=(?:a|an) )",  # a thing to do, not "the fight against"
    r"undertook to", r"(?<!his )(?<!its )(?<!their )commits? (?:itself |themselves )?to (?=\w+ing\b)", r"(?:are|is|were) (?:also )?expected to",
    r"offered (?:to|the (?:help|support|assistance))",
    r"(?:offered|promised) (?:(?:his|her|their|its|[\w'’]+['’]s|all possible|full|every) (?:[\w'’-]+ ){0,3}?)?"
    r"(?:help|support|assistance|expertise|cooperation|scholarships|training slots|places|slots|seats)(?: from (?:the |his |her |its )?[\w'’-]+(?: [\w'’-]+){0,3}?)?"
    r"(?= (?:to (?!the |a |an |his |her |their |its )\w+|in \w+ing|for \w+))",
    rf"look(?:s|ed|ing)? forward to (?=\w+ing\b[^.;]{{0,60}}?{_INSTRUMENT})",
    r"(?:ont|a) (?:\w+ ){0,2}?(?:retenu|arrêté) le principe", r"agreed in principle", r"(?:a|ont) proposé (?:de|d')",
    rf"(?:approved|(?:a|ont) approuvé)(?:,? (?:in principle|en principe),?)?(?= (?:the|a|an|la|le|l'|les|un|une)\s*(?:\w+ ){{0,2}}?"
    rf"(?:establishment|creation|setting up|création|mise en place|institution|ouverture|opening|plan|strat[ée]g\w+|programme|concept|"
    rf"program|{_INSTRUMENT}))",
    rf"(?:proposed|(?:a|ont) proposé)(?= (?:a|an|the|un|une|la|le|l')\s*(?:\w+\s+){{0,3}}?{_INSTRUMENT})",
    r"(?:a|ont) invité", r"invited", r"assured (?:\S+ ){0,4}?that",
    # through the services: "instructed their experts to finalise", « ont chargé leurs services d'élaborer »
    r"(?:instructed|directed|mandated|tasked) (?:(?:their|both) )?(?:respective |technical |relevant |senior )?"
    r"(?:experts|services|teams|officials|departments|agencies) (?:to|with)",
    r"(?:ont|a) (?:instruit|chargé|mandaté) (?:leurs|les) (?:experts|services|équipes|responsables|départements) (?:\w+ ){0,2}?(?:de|d')",
    # adopting something (not a participle: "the strategies adopted in the capital")
    r"(?:a|ont|et) (?:adopté|ratifié)", r"(?<!was )(?<!were )(?:adopted|endorsed|ratified)(?= (?:a|an|the|their|its|new|joint|several|two|three)\b)",
    r"promised (?:to|that)", r"(?:a|ont) assuré (?:\S+ ){0,4}?que", r"(?:a|ont) promis (?:de|d')",
    r"(?:a|ont) promis (?=(?:l'envoi|la livraison|le déploiement|la remise|l'octroi|la mise à disposition|le don|la création|"
    r"la mise en place|l'ouverture)\b)",
    # support promised as a noun: « L'ambassadeur a promis un appui en équipements »
    r"(?:a|ont) promis (?=(?:un|une|son|leur|le|l')\s*(?:appui|soutien|aide|assistance|accompagnement|don)\b)",
    # (not what a meeting set out to plan: "met to outline how the two forces will work together")
    r"(?<!which )(?<!where )(?<!when )(?<!between )(?<!among )(?<!how )(?:the (?:two |both )?|both )(?:sides|parties|countries|services|forces|agencies|ministries|institutions) "
    r"will(?: (?:now|also|then|jointly))?",
    r"(?:les deux (?:parties|pays|services|partenaires)) (?:vont|allaient)",
    # joint action to be stepped up, whoever the sides are: "Malaysia and Thailand will step up joint patrols",
    # « Le Sénégal et la Mauritanie vont renforcer leurs patrouilles conjointes »
    r"will (?=(?:step up|intensify|increase|expand|reinforce|strengthen) (?:their |its )?(?:joint|common|combined|coordinated) "
    r"(?:patrols?|operations?|actions?|investigations?)\b)",
    r"(?:vont|allaient) (?=(?:renforcer|intensifier|multiplier|accroître|étendre) (?:leurs|les) (?:patrouilles|opérations|actions|enquêtes) "
    r"(?:conjointes|communes|mixtes|coordonnées)\b)",
    # a further meeting of two sides named by their countries: "Pakistan and the US will hold a dialogue in June",
    # « Le Niger et le Tchad tiendront leur prochaine session à Niamey » (not "The minister will hold talks", the encounter)
    r"\b(?:and|et) (?:the |l[ae] |l')?(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)? (?:will|tiendront) (?=(?:hold )?(?:a|an|the|their|leur|une|la)\b)",
    rf"will (?={_CONCRETE_ACT})",
    # the same act reported by whoever speaks for a side: "The ambassador said Japan would fund a training
    # programme", "said the two institutions would exchange instructors" (not "would continue to cooperate")
    rf"\b(?:said|says|announced|stated|indicated|added|noted|told [^,;.]{{1,40}}?|assured [^,;.]{{1,40}}?)(?: that)?"
    rf"[^.;:]{{1,80}}?\bwould (?:also |soon )?(?={_CONCRETE_ACT})",
    # the same in French, told in the future: « La partie malienne enverra 40 élèves en formation », « La
    # gendarmerie va continuer de former les enquêteurs » (not « que le pays organisera »: an event)
    rf"(?:va|vont) (?:continuer (?:de|à) )?(?=(?:former|envoyer|financer|déployer|fournir|{_OFFER}|équiper|détacher|"
    r"dépêcher)\b)",
    # (not a meal given in someone's honour: « offrira un dîner en l'honneur de son homologue », the encounter itself)
    rf"(?<=\s)(?=(?:enverr|financer|former|déploier|fournir|{_OFFER}|équiper|détacher|dépêcher|désigner|nommer|créer|installer|"
    r"ouvrir|mettr(?=(?:a|ont) en place))(?:a|ont)\b)",
)  # fmt: skip


@lru_cache(maxsize=1024)
def commitment(sentence: str) -> re.Match[str] | None:
    """The first commitment verb of a sentence (:data:`COMMIT`), remembered: the reader asks
    for it again of the same sentence as it cuts out, places and dates a meeting and reads
    what was agreed at it, and a sentence with none has no commitment to read."""
    return next(_commit_verbs(sentence), None)


def _commit_verbs(sentence: str) -> Iterator[re.Match[str]]:
    """Each commitment verb of a sentence (:data:`COMMIT`) but those told as background (:func:`kinds.earlier_stops`):
    "After the region's chiefs endorsed a plan in April, X hosted Y" commits to nothing at the encounter, nor plans it."""
    verbs = COMMIT.finditer(sentence)
    stops = kinds.earlier_stops(sentence) if COMMIT.search(sentence) else ()
    return (verb for verb in verbs if not any(verb.start() + 1 in stop for stop in stops))


#: A commitment or an agreement told by a noun, read apart from :data:`COMMIT` (its words
#: are rarer): "an agreement was reached to", "reached a consensus on", "made a commitment
#: to", "gave an undertaking to", « ont pris l'engagement de », « se sont mis d'accord
#: pour », « se sont accordés sur », « ont acté la création ».
NOUN_COMMIT = Cue(
    r"(?:agreement|consensus|understanding) was reached (?:to|on)",
    # the agreement named before its passive: "an agreement to designate a liaison officer … was reached"
    r"(?:an |the )?agreement to (?=[^.;]{3,120}? (?:was|has been) reached\b)", r"(?:resulted in|led to) (?:an |the )?agreement (?:by which|under which|to|that)",
    # the encounter's end told by what was agreed: "The meeting ended with an agreement to set up …", « s'est achevée par un
    # accord pour créer … »
    r"(?:ended|closed|concluded|culminated) (?:with|in) (?:an |the |a )?(?:agreement|decision|commitment) (?:to|on|that)",
    r"(?:s'est|se sont) (?:achevée?s?|terminée?s?|conclue?s?|soldée?s?) (?:par|sur) (?:un|une|l['’]) ?(?:accord|décision|engagement) (?:pour|de|d'|sur)", r"reached (?:a |an )?(?:consensus|agreement|understanding) (?:with [^,;.]{1,80}? to|to|on)",
    r"(?:made|gave|took) (?:a |an )?(?:firm )?(?:commitment|undertaking|pledge) to", r"(?:a|ont) pris l'engagement (?:de|d')",
    r"(?:se sont|s'est) mise?s? d'accord (?:pour|sur)", r"(?:se sont|s'est) accordée?s? (?:pour|sur)", r"s'accorder (?:pour|sur)",
    r"(?:se sont|s'est) entendue?s? (?:pour|sur)",
    # the decision named before its passive: « la décision de créer une ligne directe … a été prise »
    r"(?:la |une )?décision (?:de|d')(?=[^.;]{3,120}? a (?:\w+ )?été prise\b)",
    r"(?:the |a )?decision to (?=[^.;]{3,120}? (?:was|has been) (?:\w+ )?(?:taken|made)\b)",
    r"(?:a|ont) (?:acté|entériné)(?= (?:la|le|l'|les|un|une)\b)",
)  # fmt: skip
#: Where one commitment ends and the next begins: "..., et de ...", "... and to ...".
_INFINITIVE = r"(?:de |d'(?!autres?\b)|à )(?:se |s')?\w+(?:er|ir|re|oir)\b"
_NEXT = regexes.compile(
    rf",?\s+(?:et|ainsi que|and|as well as|as also)\s+(?={_INFINITIVE}|to \w+)|,\s+(?={_INFINITIVE})|\s+and also\s+(?=\w)|"
    # a second object of the same verb: « se sont accordés sur l'envoi … et sur la tenue … », « convenu que … et qu'une … »
    r",?\s+(?:et|and)\s+(?:sur|on)\s+(?=(?:la|le|les|the)\s|l['’])|,?\s+et\s+qu['’]",
    re.I,
)
#: Where a commitment ends: a semicolon, the sentence's final stop (a full stop inside a
#: sentence is an abbreviation's: "a invité M. X à se rendre ..."), or a subordinate clause.
_STOP = regexes.compile(
    r";|\.\s*$|\s(?:qui|lequel|laquelle|which|so as|afin de|en vue de|dans le but|in order to|with the aim(?: to| of)?|selon|according to|while|as (?:their|the two|both))\s|"
    r"\s(?:et|and)\s(?:ont|have|had)\s|"
    # the passive that ends a decision named first: "the decision to set up a hotline … was taken"
    r"\s(?:was|has been|had been) (?:\w+ )?(?:taken|made|reached)\b|\sa (?:\w+ )?été prise\b",
    re.I,
)
#: The conjunction before a second commitment verb: "resolved to post ... and undertook to".
_TRAILING_AND = regexes.compile(r"(?:,?\s+(?:and|et|as well as|ainsi que))?[\s,]*$", re.I)
#: A commitment that goes on after a relative clause: "de réactiver la commission, qui ne
#: s'est plus réunie depuis 2024, et de désigner ...".
_RESUMED = regexes.compile(
    rf",\s+(?:et|and)\s+(?={_INFINITIVE}|to \w+)|;\s*(?:and\s+|et\s+)?(?={_INFINITIVE}|to \w+)", re.I
)
#: A result handed over at the meeting: "handed over ten vehicles to ...", "a remis au
#: ministre un lot de ...", « la remise officielle ... d'un lot de ... », "donated
#: equipment"; up to fourteen words, within the clause, before what it is for.
_GIVEN = (
    r"(?:\s+(?!(?:on behalf|au nom|destin|intended|in the presence|en presence|qui|which|(?:a|ont) (?:cloture|conclu|marque))\w*\b)"
    r"[^,;.()«»\"\s]+){1,14}"
)
#: What is delivered on behalf of someone, not given: a letter, a message (« a remis un message écrit du Président »;
#: an invitation handed over still counts: it invites to a visit).
_MESSAGE = regexes.compile(
    r"^\S+(?:\s+\S+)?\s+(?:(?:à|au|aux|to)\s+(?:\S+\s+){1,5}?)?(?:a|an|the|his|her|their|un|une|le|la|sa|son|leur)\s+"
    r"(?:\S+\s+)?(?:letters?|messages?|lettres?|missives?|notes? verbales?)\b",
    re.I,
)
#: A count of things given, in figures or words.
_NUMBER = r"\d+|deux|trois|quatre|cinq|six|dix|vingt|trente|quarante|cinquante|cent"
_HANDED = Cue(
    rf"(?:handed over|donated)(?!\s+to\b){_GIVEN}",
    # "presented forensic equipment to the Force": a gift of equipment, not a presentation
    rf"presented(?= (?:\S+ ){{0,3}}?(?:equipment|vehicles|motorcycles|kits|robots|computers|drones|scanners)\b){_GIVEN}", rf"(?:a|ont) (?:officiellement )?remis(?=\s+(?:au|aux|à|un|une|des|le|la|les|l'|\d)){_GIVEN}",
    rf"(?:a|ont) fait (?:un )?don\b{_GIVEN}",
    # (its beneficiary may come first, then a number: « a offert au ministère nigérien trente bourses », not « a offert à
    # ses hôtes un aperçu », nor a meal or a reception given in someone's honour: « a offert un dîner en l'honneur des
    # délégations », the occasion the encounter is part of)
    rf"(?:a|ont) (?:également |aussi )?offert(?!\s+(?:\S+\s+){{0,2}}?{_MEAL})(?=\s+(?:(?:un|une|des|du|{_NUMBER})|(?:à|au|aux)\s+(?:\S+\s+){{1,5}}?(?:{_NUMBER}))\b)"
    rf"{_GIVEN}",
    rf"(?:va|vont) offrir(?!\s+(?:\S+\s+){{0,2}}?{_MEAL})(?=\s+(?:un|une|des|du|\d+|deux|trois|quatre|cinq|six|dix|vingt|cent)\b){_GIVEN}",
    rf"offered(?= (?:\d+|two|three|four|five|six|ten|twenty|fifty|a hundred) ){_GIVEN}", rf"(?:a|ont) (?:également )?mis à (?:la )?disposition{_GIVEN}",
    rf"(?:mettra|mettront|(?:va|vont) mettre) à (?:la )?disposition{_GIVEN}", rf"(?:la |une )?remise officielle{_GIVEN}",
    rf"(?:la |une )?remise (?:d'un lot|d'un don|de dons?|de (?:matériels?|véhicules|équipements)|d'équipements){_GIVEN}",
)  # fmt: skip
_FOLLOWS = Cue(
    r"(?:une |la |a )?visite de retour[^,;.]{0,80}", r"(?:la |the )?(?:prochaine|next) (?:[\w-]+ ){0,2}?(?:réunion|session|rencontre|assemblée générale|general assembly|meeting|conference|conférence|talks|édition|edition)"
    # (its number in apposition: "the next committee meeting, the 42nd, will be hosted by Laos")
    r"(?:, (?:the|la) \d+(?:st|nd|rd|th|e|ème),)?[^,;.]{0,80}",
    r"(?:se retrouveront|will meet again|(?:nous nous|ils se|elles se|se) reverr\w+)[^,;.»]{0,80}",
    # « Ils se réuniront de nouveau à N'Djamena », "They will reconvene in Moyale in December"
    r"(?:se réuniront|se réunira) (?:de nouveau|à nouveau|une nouvelle fois)[^,;.»]{0,80}", r"(?:will|shall|would) reconvene[^;.»]{0,80}",
    # the experts to meet again: « Les experts des deux pays se réuniront en mars », "technical teams will meet in June"
    r"(?:les |the )?(?:experts|techniciens|technical (?:teams|committees?)|comités? techniques?)(?: \S+){0,4}? (?:se réuniront|will meet)[^,;.»]{0,80}",
    r"(?:accepted|(?:a|ont) accepté) (?:an |the |l'|une )?invitation[^,;.]{0,80}",
    # the next edition's host: "Singapore will host the 37th Aseanapol Conference", « accueillera la prochaine session »
    r"(?:will|is to|is set to) host the (?:next|\d+(?:st|nd|rd|th)) (?:[\w’'-]+ ){0,4}?(?:conference|meeting|session|assembly|summit|edition)\b[^,;.]{0,60}",
    r"accueillera (?:la prochaine|la \d+(?:e|ème)) (?:[\w’'-]+ ){0,4}?(?:conférence|réunion|session|assemblée|édition|sommet)\b[^,;.]{0,60}",
    # a gathering one side is to host at a time to come: "Jordan will be hosting a regional meeting next September"
    r"(?:will be hosting|will host|is to host|is set to host) (?:a|an) (?:[\w’'-]+ ){0,4}?(?:conference|meeting|session|summit|forum)\b"
    r"(?=[^,;.]{0,40}?\b(?:next|in the coming|later this)\b)[^,;.]{0,60}",
    # a meeting named to be held soon: « ont évoqué la tenue prochaine d'une rencontre entre les responsables »
    r"(?:la |une |l')?(?:tenue|organisation) prochaine d(?:'une?|e la|u|es) (?:[\w’'-]+ ){0,3}?"
    r"(?:rencontre|réunion|session|commission|conférence|mission)s?\b[^,;.]{0,80}",
    # meetings to be held again: "keen to restart subcommittee meetings", « reprendre les réunions du comité »
    r"(?:restart|resume|revive|reactivate|relaunch) (?:the |their |regular )?(?:[\w’'-]+ ){0,2}?(?:meetings|talks|consultations|sessions)\b[^,;.]{0,60}",
    r"(?:reprendre|relancer|réactiver|redynamiser) (?:les |leurs )?(?:réunions|rencontres|consultations|sessions|travaux)\b[^,;.]{0,60}",
    r"(?:the )?(?:next|first|\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|special|further|follow-up|another) (?:[\w’'-]+ ){0,6}?(?:round|session|meeting|edition)\b"
    r"[^,;.]{0,80}? (?:(?:will|would) be (?:held|convened)|(?:is|are) (?:expected|scheduled|due|set) to (?:take place|be held)|(?:will|would) take place)[^,;.]{0,60}",
    # "The next round of talks is scheduled for June" (not "whose first session is scheduled for September")
    r"(?:the |a |an )?(?:next|follow-up|further|another) (?:[\w’'-]+ ){0,4}?(?:round|session|meeting|visit)\b[^,;.]{0,60}? (?:is|are) "
    r"(?:scheduled|planned|set) for[^,;.]{0,60}",
    # a visit in return, or a meeting to follow up, to come: "will pay a return visit", « une réunion de suivi se tiendra »
    r"(?:a |the )?(?:return|reciprocal) visit\b[^,;.]{0,80}",
    r"(?:une |la )?(?:réunion|rencontre|session|mission)s? de suivi\b[^,;.]{0,40}? (?:se tiendr(?:a|ont)|aur(?:a|ont) lieu|(?:est|sont) "
    r"prévue?s?|ser(?:a|ont) organisée?s?)\b[^,;.]{0,60}",
    r"(?:received|extended|conveyed|delivered|handed|passed on) (?:an |the |his |her |their )?invitation\b[^;.]{0,60}?\bto (?:visit|travel to|pay a)\b[^,;.]{0,60}",
    r"(?:une |l')invitation (?:\w+ ){0,4}?à (?:se rendre|visiter|effectuer)\b[^,;.]{0,60}",
    r"(?:going|plans?|intends?|planning) to (?:visit|travel to|pay a (?:\w+ )?visit to)\b[^,;.\"”]{0,40}?"
    r"(?:in the near future|soon|in the coming (?:weeks|months)|later this year|next year)[^,;.\"”]{0,40}",
    r"(?:se rendra|effectuera|compte (?:se rendre|effectuer)) (?:très )?prochainement\b[^,;.»]{0,60}",
    # a joint body's session set for a time: "a joint Counter-Terrorism Dialogue planned for September", « la commission
    # mixte prévue en juin »
    r"(?:joint|bilateral) (?:[\w’'-]+ ){0,3}?(?:dialogue|committee|commission|consultations|talks)\b(?: meeting| session)? (?:scheduled|planned|set) "
    r"(?:for|in)\b[^,;.]{0,60}",
    r"(?:commission|comité|réunion|session) (?:mixte|conjointe|bilatérale)(?: \S+){0,3}? prévue? (?:en|pour|le|à)\b[^,;.]{0,60}",
    # the next session of a joint body: "the preparations for the upcoming Joint Committee Meeting"
    r"(?:(?:the )?preparations? for )?(?:the )?(?:upcoming|forthcoming) (?:(?:session|meeting|round) of (?:the |their )?)?"
    r"(?:joint|bilateral) (?:[\w’'-]+ ){0,3}?(?:committee|commission)(?: (?:meeting|session)s?)?\b",
)  # fmt: skip
#: A meeting made a recurring one, a follow-up too: "The meeting will now be held every six months", « Un comité
#: mixte de suivi se réunira deux fois par an », "the joint committee will meet quarterly". (A cue of its own, not one
#: more of :data:`_FOLLOWS`: its run of any words before the noun was tried at every word of every sentence that
#: holds one of _FOLLOWS' many anchors, a quarter of that cue's time; its own anchors, its verbs, spare it nearly all.)
_RECURRING = Cue(
    r"(?:(?:the|this|a|their|la|le|cette|ce|un|une|leur) )?(?:[\w'’-]+ ){0,3}?(?:meetings?|sessions?|talks|dialogue|forum|committee|commission|"
    r"réunions?|rencontres?|sessions?|comités?|commissions?)(?: [\w'’-]+){0,4}? (?:will (?:now |henceforth |then )?(?:be held|meet|take place)|"
    r"(?:se réunira|se réuniront|se tiendra|se tiendront|aura lieu|auront lieu)(?: désormais| dorénavant)?) "
    r"(?:every|each|twice|once|three times|quarterly|annually|monthly|yearly|tous les|toutes les|chaque|deux fois|une fois|"
    r"trois fois|annuellement|mensuellement|(?:regularly|periodically|alternately|régulièrement|périodiquement|alternativement)\b)"
    r"\b[^,;.»]{0,40}",
    # « La commission mixte tiendra ses réunions périodiquement », "the committee will hold its meetings twice a year"
    r"(?:tiendra|tiendront|will hold) (?:ses|leurs|its|their) (?:réunions|sessions|meetings)(?: \S+){0,2}? (?:every|each|twice|once|"
    r"quarterly|annually|regularly|periodically|alternately|in turn|tous les|chaque|deux fois|une fois|régulièrement|périodiquement|"
    r"alternativement|à tour de rôle)\b[^,;.»]{0,60}",
)


#: Something set up in the passive future, with no commitment verb: "A follow-up
#: committee will be established to ...", « une cellule conjointe sera créée » (not a
#: "would be", which reports what someone said of his own country).
_TO_BE_SET_UP = Cue(
    r"(?:un|une|le|la|l'|les|des|a|an|the|new|nouvelles?|nouveaux?)\s+(?:[\w'’-]+\s+){0,8}?"
    r"(?:sera|seront|will be|shall be|(?:is|are) to be|a été|ont été|(?:has|have) been|was|were)\s+"
    r"(?:(?:également|aussi|also|soon|prochainement|then)\s+)?(?:mise?s? en place|mise?s? sur pied|créée?s?|instituée?s?|installée?s?|"
    r"set up|established|created|launched|opened|formed)\b(?![^,;.()«»\"]{0,80}?\b(?:in|en|depuis|since) (?:19|20)\d\d)"
    r"(?![^,;.()«»\"]{0,80}?\b(?:last year|l'an dernier|l'année dernière))[^,;.()«»\"]{0,80}",
    # someone posted to the other side, to come: "A liaison officer will be posted to Varnel", « Un officier de liaison sera
    # affecté à Dakar » (a mechanism when :data:`_MECHANISMS` names it)
    r"(?:un|une|des|a|an|two|deux|\d+)\s+(?:[\w'’-]+\s+){0,4}?(?:sera|seront|will be|shall be|(?:is|are) to be)\s+"
    r"(?:posted|stationed|seconded|deployed|designated|appointed|affectée?s?|détachée?s?|déployée?s?|désignée?s?|nommée?s?)\b"
    r"[^,;.()«»\"]{0,80}",
    # a set-up agreed, told by its noun first: « La création d'une cellule commune a été actée », "the establishment of a
    # joint cell was agreed"
    r"(?:la |the )?(?:création|mise en place|installation|ouverture|désignation|creation|establishment|setting up|opening|"
    r"designation) (?:d['’]|de |of )[^,;.()«»\"]{3,80}?\s(?:a été|ont été|was|were|has been|have been)\s+"
    r"(?:actée?s?|décidée?s?|retenue?s?|convenue?s?|arrêtée?s?|agreed(?: upon)?|decided)\b",
)
_PLANNING = Cue(r"sign\w*", r"ink(?:s|ing)?", r"conclu\w*", r"finalis\w*", r"élabor\w*", r"prépar\w*", r"draft\w*", r"negoti\w*",
                r"négoci\w*", r"conclusion", r"prepare", r"recommend\w*", r"recommand\w*", r"consideration", r"approval", r"formali[sz]\w*",
                r"examen", r"approbation", r"extend", r"renew", r"renouvel\w*", r"proroger", r"reconduire",
                r"draw(?:s|ing|n)? up", r"work(?:ed)? out", r"develop(?:s|ing|ed)? (?:a|an|new|joint|common|shared)", r"mettre au point", r"rédiger", r"projet d[e']")  # fmt: skip
_INSTRUMENTS = Cue(_INSTRUMENT)
_MECHANISMS = Cue(_MECHANISM)
_COMMITTEES = Cue(r"commissions?", r"comités?", r"committees?")
#: A committee of experts works on its own, as a working group does (set up, it is a mechanism).
_EXPERTS = Cue(r"d'experts", r"of experts", r"experts?' (?:committee|group)")
_FOLLOW_UPS = Cue(_FOLLOW_UP)


#: Setting up something that lasts: "mettre en place une patrouille conjointe" (a mechanism;
#: "organiser des patrouilles conjointes" or "step up joint patrols" is not).
_SET_UP = Cue(
    r"mettre en place", r"la mise en place", r"créer", r"set up", r"establish", r"create", r"instituer"
)
_STANDING = Cue(
    r"patrouilles? (?:\w+ )?(?:conjointes?|mixtes?|communes?|permanentes?)",
    r"joint (?:\w+ )?patrols?",
    # a unit or a team that lasts: « la mise en place d'une Unité Permanente de Renseignements », « une équipe mixte »
    r"unités? (?:\w+ )?(?:permanentes?|spéciales?|spécialisées?|mixtes?|communes?|conjointes?)",
    r"équipes? (?:mixtes?|communes?|conjointes?)",
    r"(?:permanent|special|joint) (?:\w+ )?(?:units?|teams?)",
)


#: Officers lent to the other side, a liaison post by another name: "second an investigator
#: each to the other's drug unit", « détacher deux officiers auprès de … ».
_SECONDED = Cue(
    r"(?:second|seconding|station|post|embed|détacher|affecter) (?:\S+ ){0,3}?(?:officers?|officials?|investigators?|agents?|experts?|"
    r"detectives?|analysts?|personnel|staff|officiers?|enquêteurs?|policiers?|gendarmes|analystes?)\b"
)
#: Opening a standing office: "open a second unit at the port", « ouvrir une antenne à Kidal ».
_OPENED = Cue(
    r"(?:open|ouvrir) (?:\S+ ){0,3}?(?:units?|offices?|desks?|unités?|antennes?|bureaux?|centres?|centers?)\b"
)
#: How far into a clause the mechanism it sets up is named: « installer un mécanisme conjoint »;
#: further on, a mechanism is only what the act is about (« financer la rénovation de la salle
#: d'analyse de la cellule »).
_MECHANISM_WORDS = 8
#: A clause that opens on a conjunction: the verb before it governed nothing after it.
_CONJUNCTION = regexes.compile(r"(?:and|et|or|ou|but|mais)\b", re.I)
#: The agent of a passive, where a commitment's object would be: "as agreed to by the two parties".
_AGENT = regexes.compile(r"(?:by|par)\b", re.I)
#: A list announced right after a clause: "… will focus on include:".
_LIST_FOLLOWS = regexes.compile(r"\s*:")
#: A commitment to a signing, the instrument named after the clause's end: « le principe de la
#: signature dans les prochains jours, d'un protocole d'entente », "to sign, next month, a …".
_SIGNING_FIRST = regexes.compile(r"(?:\S+ ){0,4}?(?:sign|signer|signing|signature)\b", re.I)


#: A thing to be studied, not set up: « étudier le projet d'observatoire », "study the creation of a joint centre".
_STUDIED = Cue(
    r"(?:étudier|examiner|explorer|réfléchir (?:à|sur)|envisager|study|explore|examine|consider|look into)\b"
)


#: A body called to meet: "convene the joint working group in June", « réunir le groupe mixte » (its next meeting,
#: not its creation).
_CONVENED = Cue(r"(?:re)?conven(?:e|ing)\b", r"convoquer", r"réunir")


def _classify(clause: str) -> OutcomeType:
    """The kind of commitment a clause makes."""
    if (_INSTRUMENTS.search(clause) and _PLANNING.search(clause)) or _SIGNING_FIRST.match(clause):
        return OutcomeType.AGREEMENT_PLANNED
    if _CONVENED.match(clause):
        return (
            OutcomeType.FOLLOW_UP_PLANNED
        )  # "convene the Joint Working Group in August": a body's next meeting
    mechanism = None if _STUDIED.match(clause) else _MECHANISMS.search(clause)
    if (
        (
            mechanism
            and len(clause[: mechanism.start()].split()) <= _MECHANISM_WORDS
            and not _COMMITTEES.search(clause)
        )
        or _SECONDED.match(clause)
        or _OPENED.match(clause)
    ):
        return OutcomeType.MECHANISM_CREATED
    if _SET_UP.match(clause) and _STANDING.search(clause):
        return OutcomeType.MECHANISM_CREATED
    if _SET_UP.match(clause) and _COMMITTEES.search(clause) and _EXPERTS.search(clause):
        return OutcomeType.MECHANISM_CREATED  # « la mise en place d'un comité d'experts »: a working group
    if _SET_UP.match(clause) and _COMMITTEES.search(clause):
        return (
            OutcomeType.FOLLOW_UP_PLANNED
        )  # « la mise en place d'un comité de dialogue »: a committee follows up
    if _FOLLOW_UPS.search(clause):
        return OutcomeType.FOLLOW_UP_PLANNED
    return OutcomeType.OTHER


def _commitments(sentence: str) -> list[tuple[int, int, bool]]:
    """The spans of the clauses a commitment verb governs, each ending where the next
    commitment verb begins ("resolved to post ... and undertook to train ..."), and
    whether the verb governs a statement ("agreed that ...") rather than an act."""
    spans: list[tuple[int, int, bool]] = []
    verbs = _commit_verbs(sentence) if commitment(sentence) else iter(())
    triggers = sorted((*verbs, *NOUN_COMMIT.finditer(sentence)), key=lambda m: m.start())
    if _UNDER_INSTRUMENT.match(sentence):  # "Under the memorandum, Germany will provide ...": its terms
        triggers = [t for t in triggers if not _PLAIN_FUTURE.search(t.group(0))]
    for index, trigger in enumerate(triggers):
        start = trigger.end()
        following = triggers[index + 1] if index + 1 < len(triggers) else None
        limit = following.start() if following else len(sentence)
        if following:  # "... to Accra and undertook to ...": the conjunction is the next one's
            limit = start + len(_TRAILING_AND.sub("", sentence[start:limit]))
        statement = bool(_THAT.search(trigger.group(0)))
        while True:
            stop = _STOP.search(sentence, start, limit)
            end = stop.start() if stop else limit
            for boundary in _NEXT.finditer(sentence, start, end):
                if _EXPRESSING.search(sentence, start, boundary.start()):
                    break  # « une déclaration exprimant la volonté de …, de … »: what it says
                spans.append((start, boundary.start(), statement))
                start = boundary.end()
            spans.append((start, end, statement))
            # after a relative clause, or after a semicolon in a list of commitments ("to promote ...; to designate ...")
            listed = stop is not None and stop.group(0) == ";"
            resumed = (
                _RESUMED.search(sentence, end, limit)
                if stop and (stop.group(0)[0].isspace() or listed)
                else None
            )
            if resumed is None or ";" in sentence[end : resumed.start()]:
                break
            start = resumed.end()
    return [(s, e, said) for s, e, said in spans if len(sentence[s:e].split()) >= 2]


#: A text adopted or signed, told with what it expresses: « une déclaration exprimant la
#: volonté des deux pays de … », "a statement reflecting their determination to ..." (the
#: infinitives that follow are its content, not further commitments).
_EXPRESSING = regexes.compile(
    r"\b(?:marquant|exprimant|affirmant|réaffirmant|traduisant|reflecting|expressing|marking|affirming|stating) "
    r"(?:le|la|leur|son|sa|the|their|its|l['’]) ?(?:[\w-]+ ){0,2}?(?:souhait|volonté|engagement|détermination|désir|"
    r"intention|wish|will|commitment|determination|resolve|desire)\b",
    re.I,
)
#: A sentence that tells what an instrument provides: "Under the memorandum, Germany will
#: provide ...", « En vertu de cet accord, ... » (its plain futures are the instrument's terms).
_UNDER_INSTRUMENT = regexes.compile(
    rf"\s*(?:under|in terms of|pursuant to|en vertu d[eu'] ?|aux termes d[eu'] ?|dans le cadre d[eu'] ?)\s*"
    rf"(?:the|this|that|its|their|ce|cet|cette|l'|le|la|ledit|ladite)?\s*(?:\w+\s+){{0,2}}?{_INSTRUMENT}",
    re.I,
)
#: A plain future among the commitment verbs: "will", "the two countries will", « les deux
#: parties vont » (under an instrument, its terms).
_PLAIN_FUTURE = regexes.compile(r"\b(?:will|vont|allaient)\b", re.I)
#: An invitation, whose object is whom it invites.
_INVITED = regexes.compile(r"\b(?:invité|invited)\s*$", re.I)
#: What an exhortation invites to: more of the same effort (« à renforcer », "to remain vigilant").
_EXHORTED = regexes.compile(
    r"\b(?:à|to) (?:renforcer|redoubler|intensifier|poursuivre|maintenir|rester|demeurer|consolider|œuvrer|travailler|"
    r"remain|stay|redouble|strengthen|intensify|continue|maintain|step up|work)\b",
    re.I,
)
#: A commitment verb that governs a statement: "agreed that ...", « ont convenu que ».
_THAT = regexes.compile(r"\b(?:that|que|qu')\s*$", re.I)
#: What makes a statement a commitment: "agreed that a delegation would travel to Madrid"
#: (not "agreed that the phenomenon calls for closer coordination").
_MODAL = Cue(
    r"will",
    r"would",
    r"shall",
    r"should",
    r"must",
    r"(?:is|are) to",
    r"sera",
    r"seront",
    r"serait",
    r"seraient",
    r"devra",
    r"devront",
    r"devrait",
    r"devraient",
    r"doit",
    r"doivent",
    r"allaient",
    r"vont",
    r"va",
    r"soit",
    r"soient",
)
#: A need or an importance agreed on, not a commitment: "agreed on the need for better
#: communication", « ont convenu de la nécessité d'une meilleure coordination ».
_NEED = regexes.compile(
    r"\s*(?:(?:on|upon) )?(?:the |a |la |l['’])?(?:need|necessity|importance|nécessité)\b", re.I
)
#: An event said to happen, not a commitment: "is expected to take place", « devrait se tenir ».
_HAPPENS = regexes.compile(r"\s*(?:take place|be held|avoir lieu|se tenir|se dérouler)\b", re.I)
#: A purpose clause after a commitment: "engager les négociations en vue de la conclusion
#: d'un arrangement de travail" plans an agreement.
_PURPOSE = regexes.compile(r"\s*(?:en vue de|with a view to|afin de|in order to)\b", re.I)


#: Commitments too general to be an outcome: "renforcer la coopération", "un cadre".
_VAGUE = Cue(
    r"(?:la |leur |une |un |the |their |a )?(?:coopération|co-?operation|cadre|framework|relations|partenariat|partnership|"
    r"coordination|efforts|liens|ties|dialogue|concertation|consultations|contacts)",
    # working together in general: "continue to work together on matters of mutual interest"
    r"work(?:ing)? (?:together|closely|hand in hand)",
    r"travailler (?:ensemble|étroitement|main dans la main)",
)


#: Doing more of what is already done, said of a general object: "step up the real-time
#: exchange of information", « intensifier le travail commun », « renforcer les moyens de
#: surveillance » (by design not an outcome, as "intensify cooperation" is not; "step up
#: joint patrols" names something concrete, and is).
_MORE_OF = regexes.compile(
    r"(?:lutter|fight|combat)\s+(?:davantage|plus|more|harder|further)\b|"
    # more care, said of anything: "pay more attention to preventing cybercrime", « accorder plus d'attention à »
    r"(?:pay|give|devote|accorder|porter|prêter)\s+(?:more|greater|closer|increased|special|particular|plus d['’]|une attention "
    r"(?:accrue|particulière|soutenue))\s*(?:attention)?\b|"
    r"(?:step(?:ping)? up|intensif\w*|strengthen\w*|renforcer|enhanc\w*|bolster\w*|deepen\w*|accroître|consolid\w*|"
    r"boost\w*|improv\w*|améliorer|redoubler|focus\w* on|promot\w*|foster\w*|favoriser|encourager)\s+(?:(?:the|their|leur|leurs|les|le|la|l'|des|de)\s+)?(?:[\w-]+\s+|d['’]){0,3}?"
    r"(?:exchanges?|échanges?|work|travail|moyens|means|actions|collaboration|capacit\w+|synergies?|mechanisms?|mécanismes?|"
    r"cooperation|coopération|coordination|fight|lutte)\b",
    re.IGNORECASE,
)


def _is_vague(clause: str) -> bool:
    """Whether a commitment's object is the cooperation itself, not something concrete:
    its first noun phrase (within four words of the verb) is a general word, or it only
    does more of what is already done ("step up the exchange of information")."""
    return bool(_VAGUE.search(" ".join(clause.split()[1:5]))) or bool(_MORE_OF.match(clause))


#: A commitment whose first comma comes within this many words has an inserted place or
#: day ("organiser à Paris, en janvier, une rencontre"): it goes on after the comma.
_INSERTED = 3


#: A word as the length of a quotation counts it; the word that leads a commitment's clause.
_NONBLANK = regexes.compile(r"\S+")
_CLAUSE_LEAD = regexes.compile(r"\s*(?:à |to |de |d')?", re.I)


def find(sentence: str) -> list[DraftOutcome]:
    """The outcomes a sentence reports, each with its phrase."""
    return list(in_sentence(sentence))


@cache  # a memo of one document (reader.read)
def in_sentence(sentence: str) -> tuple[DraftOutcome, ...]:
    """:func:`find`'s outcomes, remembered for the document being read (the reader clears
    the memo): a sentence told in two meetings is read for each. No outcome is changed once
    made, so that two meetings may hold the same ones."""
    found: list[tuple[int, int, OutcomeType]] = []

    def take(start: int, end: int, kind: OutcomeType) -> None:
        while start < end and sentence[start] in " ,;:":
            start += 1
        while (
            end > start and sentence[end - 1] in " ,;:»”"
        ):  # (not the quote's end: « … une cellule conjointe », a déclaré)
            end -= 1
        words = list(_NONBLANK.finditer(sentence[start:end]))
        if len(words) > 18:  # keep quotes short
            end = start + words[17].end()
        if end > start and not any(s < end and start < e for s, e, _ in found):
            found.append((start, end, kind))

    if _SIGNED_LATER.search(sentence):
        for match in _TO_BE_SIGNED.finditer(sentence):
            take(match.start(), match.end(), OutcomeType.AGREEMENT_PLANNED)
    for match in _CAPTION_TO_SIGN.finditer(sentence):
        take(match.start(), match.end(), OutcomeType.AGREEMENT_PLANNED)
    for cue in (_SIGNED, _WAS_SIGNED, _WHICH_WAS_SIGNED, _SIGNED_AT_IT, _SEALED, _CAPTION_SIGNED):
        for match in cue.finditer(sentence):
            if _ANNIVERSARY.search(sentence, max(0, match.start() - 80), match.start()):
                continue  # "on the tenth anniversary of the signing of ...": a signing recalled
            if _SINCE.search(sentence, max(0, match.start() - 16), match.start()):
                continue  # "the benefits realised since the signing of the MoU", « depuis la signature du protocole »
            if _TALLY.search(sentence, match.start(), match.end() + 40):
                continue  # "has signed similar memoranda with twelve countries": earlier ones
            if _ALREADY.search(sentence, max(0, match.start() - 12), match.start()):
                continue  # "The two forces have already signed memoranda on training": before this encounter
            if _SIGNED_AS_ADJECTIVE.match(match.group(0)) and _DETERMINER_BEFORE.search(
                sentence, max(0, match.start() - 8), match.start()
            ):
                continue  # "in accordance with the signed agreements between the two sides": signed before
            if _SIGNED_NONE.match(match.group(0)):
                continue  # "The sides signed no memorandum": none signed
            if _LONG_AGO.search(match.group(0)):
                continue  # "signed an extradition treaty in 2012", « ont signé en 2016 un accord »: before
            planned = (
                _FUTURE.match(match.group(0))
                or (
                    _SIGNING_NOUN.match(match.group(0))
                    and not _AFTER.search(sentence, max(0, match.start() - 20), match.start())
                    and (
                        _FUTURE.search(sentence, 0, match.start())
                        or COMMIT.search(sentence[max(0, match.start() - 60) : match.start()])
                        or _IS_PLANNED.search(match.group(0))
                    )
                )
            )  # "envisagent la signature d'un accord", "agreed to work towards the signing of", « la signature … est prévue »
            take(
                match.start(),
                match.end(),
                OutcomeType.AGREEMENT_PLANNED if planned else OutcomeType.AGREEMENT_SIGNED,
            )
    for match in _TO_SIGN.finditer(sentence):
        before = sentence[max(0, match.start() - 200) : match.start()]
        if _MET_FOR.search(before) and not _INTENT_BEFORE.search(before) and not _RECALLED.search(before):
            planned = _FUTURE.search(before)  # "will meet on Monday to sign": a signing to come
            lead = _PURPOSE_WORD.match(match.group(0))
            take(
                match.start() + (lead.end() if lead else 0),
                match.end(),
                OutcomeType.AGREEMENT_PLANNED if planned else OutcomeType.AGREEMENT_SIGNED,
            )
    for cue in (_LAUNCHED, _OPENING_OF):
        for match in cue.finditer(sentence):
            if _LONG_AGO.search(match.group(0)) or _PLUPERFECT_BEFORE.search(
                sentence, max(0, match.start() - 24), match.start()
            ):
                continue  # "the two forces established a joint cell in 2019", "had set up a hotline": before
            take(match.start(), match.end(), OutcomeType.MECHANISM_CREATED)
    for match in _LAUNCHED_STRATEGY.finditer(sentence):
        take(match.start(), match.end(), OutcomeType.OTHER)
    if _PROVIDED_LATER.search(sentence):
        for match in _TO_BE_PROVIDED.finditer(sentence):
            take(match.start(), match.end(), OutcomeType.OTHER)
    for span_start, span_end, statement in _commitments(sentence):
        lead = _CLAUSE_LEAD.match(sentence[span_start:span_end])
        start = span_start + (lead.end() if lead else 0)
        comma = sentence.find(",", start, span_end)
        end = comma if comma > start else span_end
        if len(sentence[start:end].split()) <= _INSERTED:  # "tenir à Cotonou, en mars, une réunion ..."
            end = span_end
        clause = sentence[start:end]
        if _CONJUNCTION.match(clause):
            continue  # "a memorandum … which Fiji had agreed to and was now awaiting …": agreed to what was named before
        if (
            statement
            and not _MODAL.search(sentence[start:span_end])
            and _classify(clause) is OutcomeType.OTHER
        ):
            continue  # "agreed that the threat calls for ..." (but « convenu que X désigne un point focal »)
        if _EARLIER_OCCASION.search(sentence, max(0, span_start - 160), span_start):
            continue  # « lors de la dernière visite du Président …, les deux chefs d'État ont convenu que … »: agreed then
        if _NEED.match(clause) or _NOT_TO.match(clause):
            continue  # "agreed on the need for better communication", « de ne pas créer … »: no act agreed
        if _HAPPENS.match(clause):
            continue  # "The first meeting ... is expected to take place in February": a follow-up, read below
        kind = _classify(clause)
        if kind is OutcomeType.OTHER and end == span_end and _PURPOSE.match(sentence, end):
            instrument = _INSTRUMENTS.search(sentence[end : end + 120])
            if instrument and _PLANNING.search(sentence[start : end + instrument.end()]):
                kind, end = OutcomeType.AGREEMENT_PLANNED, end + instrument.end()
        if (kind is OutcomeType.OTHER and _is_vague(clause)) or _MORE_OF.match(clause):
            continue  # "strengthen the existing cooperation mechanisms" creates none
        if kind is OutcomeType.OTHER and (
            _AGENT.match(clause) or _LIST_FOLLOWS.match(sentence, end) or ":" in clause
        ):
            # "as agreed to by the two parties": who agreed, not what; "Fields both parties will focus on
            # include:": what the list below says, not a commitment of its own
            continue
        if (
            kind is OutcomeType.OTHER
            and _INVITED.search(sentence, max(0, span_start - 20), span_start)
            and _EXHORTED.search(sentence, start, span_end)
        ):
            continue  # « a invité les participants … à renforcer … »: an exhortation, not an invitation to something
        take(start, end, kind)
    for match in _TO_BE_SET_UP.finditer(sentence):
        kind = _classify(match.group(0))
        if kind is not OutcomeType.OTHER:
            take(match.start(), match.end(), kind)
    for match in _HANDED.finditer(sentence):
        if _MESSAGE.search(match.group(0)):
            continue  # "handed over a letter from his minister", « a remis un message écrit »: a message, not a result
        if not _PLUPERFECT_BEFORE.search(sentence, max(0, match.start() - 24), match.start()):
            take(match.start(), match.end(), OutcomeType.OTHER)
    for match in (m for cue in (_FOLLOWS, _RECURRING) for m in cue.finditer(sentence)):
        if _WHEN.search(sentence, max(0, match.start() - 25), match.start()):
            continue  # "qui pourrait être signé lors d'une prochaine rencontre": a time, not a plan
        take(match.start(), match.end(), OutcomeType.FOLLOW_UP_PLANNED)
    found.sort()
    return tuple(DraftOutcome(type=kind, text=" ".join(sentence[s:e].split())) for s, e, kind in found)


#: A next meeting named as the time of something else: « lors d'une prochaine rencontre »,
#: "at the next meeting".
_WHEN = regexes.compile(
    r"(?:lors d'une|lors de la|au cours de la|à la|pendant la|at the|at a|during the|during a|by the)\s*$",
    re.I,
)


#: A determiner that names again what the text has already named: "The Working Arrangement
#: was signed by ...", after "signed a Working Arrangement".
_DEFINITE = regexes.compile(
    r"(?:(?:signed|(?:a|ont) signé|initiall?ed|(?:a|ont) paraphé|en signant|(?:by )?signing) |"
    # the signing named by its noun: "The signing of the memorandum follows …", « La signature de ce mémorandum »
    r"(?:(?:the|this|la|cette) )?(?:signing|signature) (?:of |de ))?(?:the|this|le|la|l'|ce|cet|cette|ledit|ladite)\b|"
    r"(?:(?:la|cette) )?signature (?:du|des)\b",
    re.I,
)


def restates(outcome: DraftOutcome, earlier: list[DraftOutcome]) -> bool:
    """Whether a signing is one already reported, named again with a definite article:
    "The Working Arrangement was signed by ..." after "signed a Working Arrangement", "The signing of the
    memorandum follows …" after "signed a memorandum"."""
    if outcome.type is not OutcomeType.AGREEMENT_SIGNED or not _DEFINITE.match(outcome.text):
        return False
    named = _INSTRUMENTS.search(outcome.text)
    return named is not None and any(
        known.type is OutcomeType.AGREEMENT_SIGNED
        and (_GENERIC.fullmatch(named.group(0)) or _plain_name(named.group(0)) in _plain_name(known.text))
        for known in earlier
    )


#: An instrument's generic name, that names again whatever was signed: "the agreement was
#: signed in the presence of ..." after "signed a memorandum of understanding".
_GENERIC = regexes.compile(r"agreements?|accords?|pacts?|pactes?", re.I)


#: An acronym of an instrument's name: "the MoU" is the memorandum of understanding.
_ACRONYMS = regexes.compile(r"\bmou\b")


def _plain_name(text: str) -> str:
    """Folded text with an instrument's acronym spelt out: "the MoU" → "the memorandum"."""
    return _ACRONYMS.sub("memorandum", fold(text))
