"""Cue words of the genre, in French and English, as patterns over raw sentences.

Each family answers one question the offline reader asks of a sentence: does it
report an encounter, of what kind, to come or past, only as background; does it say
who took part; is it boilerplate about the cooperation in general; is it text trying
to instruct the reader.

Patterns ignore case and accents ("a reçu" matches "a recu" in a text typed without
accents) and keep the offsets of the sentence they search.
"""

from __future__ import annotations

from enum import Enum

from communique.schema import MeetingKind
from communique.text import Cue


class Relation(Enum):
    """How the subject of a meeting sentence stands to its object."""

    RECEIVES = "receives"  # "A a reçu B": A hosts, B is the guest
    RECEIVED = "received"  # "A a été reçu par B": B hosts, A is the guest
    VISITS = "visits"  # "A s'est rendu à / a visité B": A is the guest
    WITH = "with"  # "A s'est entretenu avec B": A hosts unless the place says otherwise
    TOGETHER = "together"  # calls, conferences, joint signings, "a meeting was held"


#: An adverb inside a verb phrase, or two: "a ensuite été reçu", "was later received", « a par
#: ailleurs rencontré ».
_ADVERB = r"(?:(?:\w+ment|\w+ly|ensuite|aussi|déjà|later|then|also|subsequently|par ailleurs|en outre|d'abord) ){0,2}"

#: The day told inside a verb phrase: between a passive's auxiliary and its participle ("was on Tuesday welcomed by",
#: « a été mardi accueilli par »), or between a verb and its object or preposition, as agencies write it ("initialled on
#: Tuesday a memorandum", « ont échangé mardi les instruments », "played host on Tuesday to").
_DAY_INSIDE = (
    r"(?:(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|hier|aujourd'hui),? )?"
)

#: A French weekday, and a French day of a month: « mardi », « 20 mai », « 1er juin ».
_FR_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_FR_DATE = (
    r"\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
)

#: The day, and maybe the place, told right after a French verb in the present, as a programme or a text written the
#: day before writes them: « reçoit le 20 mai à Niamey son homologue », « s'entretient jeudi 11 mars à Lomé avec »
#: (whether it is to come or gone by is the day's to say, against the publication).
_FR_DAY_AFTER_PRESENT = (
    rf"(?:(?:(?:le |ce )?(?:{_FR_WEEKDAY} )?{_FR_DATE}(?: \d{{4}})?|(?:ce |le )?{_FR_WEEKDAY}|aujourd'hui|demain),? )?"
    r"(?:(?:à|au) (?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?,? )?"
)

#: The day of a stay, in French and in English: « a séjourné mardi à Dakar », « le 3 mars », "stayed in Accra on Tuesday".
_FR_STAY_DAY = rf"(?:(?:ce |le )?(?:{_FR_WEEKDAY}|hier)(?: {_FR_DATE})?|le {_FR_DATE})"
_EN_STAY_DAY = r"(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|last week),? "

#: "signed" as agencies' texts sometimes misspell it, when an instrument follows.
_MISSPELT_SIGNED = r"(?:singed|sined) (?:a|an|the) (?:\S+ ){0,3}?(?:memorandum|agreement|arrangement|protocol|convention|MoU)"

#: An agreement the two sides conclude by exchanging its instruments of ratification, or letters, as others sign one:
#: "exchanged the instruments of ratification of the treaty", « ont procédé à l'échange des lettres ».
_EXCHANGED_INSTRUMENTS = (
    rf"(?:exchanged|(?:a|ont) échangé|(?:a|ont) procédé (?:\S+ ){{0,4}}?à l['’]échange) {_DAY_INSIDE}(?:the |les |des |de )?"
    r"(?:instruments (?:of|de) ratification|letters|lettres)\b"
    # (not courtesy's letters: "exchanged letters of congratulations", « des lettres de félicitations »)
    r"(?! (?:of|de) (?:congratulation|condolence|condoléance|félicitation|credence|créance|thanks|remerciement))"
)

#: An instrument initialled or inked, in the passive, as "was signed" is: "A memorandum … was initialled in Dhaka on
#: Thursday in the presence of the two ministers", "the accord was inked".
_INITIALLED_PASSIVE = (
    r"(?:was|were|has been|have been|had been|will be) (?:\w+ly )?(?:initialled|initialed|inked)\b"
)

#: A signing told in a photo's caption, in the present: "A (L) and B sign a cooperation plan … on June 3 (Photo:
#: VNA)", the caption ending on its credit or, that credit stripped, with no full stop; a headline's drops the
#: article: "Minister A and Ambassador B sign memorandum on police training".
_CAPTION_SIGN = (
    r"(?:sign|seal) (?:(?:a|an|the|their) )?(?:\S+ ){0,6}?(?:plan|programme|program|memorandum|agreement|arrangement|protocol|MoU|accord|pact)s?\b"
    r"(?=[^.;]{0,80}?\((?:photo|ảnh)\b|[^.;!?()]{0,40}$)"
)

#: "will", and the day agencies often put right after it: "will on Friday host"; or what one could do, which
#: happened: "was able to receive" (the tense is :data:`FUTURE`'s to tell, not the verb's).
_WILL = (
    r"(?:will|(?:is|are) (?:due |expected |scheduled |set |slated |poised )?to|(?:was|were) able to) "
    r"(?:on \w+ |today |tomorrow |(?:this|next) \w+ )?"
)

#: The French modals before an encounter's infinitive: to come (« va recevoir », « doit se rendre », « devrait
#: échanger »), or what one could do, which happened (« a pu recevoir »); and the purpose one came for (« est venu
#: mardi à Dakar pour s'entretenir avec »).
_FR_MODAL = r"(?:va|vont|doit|doivent|devrait|devraient|(?:a|ont|avait|avaient) (?:\S+ )?pu)"
_FR_CAME_FOR = r"(?:venue?s?|rendue?s?) (?:\S+ ){0,4}?pour"

#: A trip someone is sent on, to come: « le président a chargé le ministre X de se rendre à Niamey », « a demandé au
#: ministre … de se rendre à Rabat », "has asked the Inspector-General, X, to travel to Accra", "directed the IGP to
#: visit Lusaka" (the infinitive after the order; not an invitation, which is the host's wish, nor one asked to "meet
#: the needs" of anyone: only a journey follows). ``SENDING_*`` are the order's verbs alone, its sender their subject:
#: ``sides`` and ``venue`` read them too.
SENDING_FR = r"(?:a|ont|avait|avaient) (?:\S+ )?(?:demandé|chargé|mandaté|instruit)"
SENDING_EN = r"(?:asked|directed|instructed|tasked|mandated|charged)"
_FR_SENT = rf"{SENDING_FR} (?:\S+ ){{0,12}}?(?:de|d')"
EN_SENT = rf"{SENDING_EN} (?:\S+ ){{0,12}}?to"

#: What a host grants or gives a guest, done or to come: « a accordé », « accordera », « va accorder » an audience;
#: « a offert », « offrira », « doit offrir » a meal (the reader knew them only in the past).
_FR_GRANTED = (
    rf"(?:(?:a|ont|avait|avaient) accordé|accordera|accorderont|{_FR_MODAL} (?:\S+ ){{0,2}}?accorder)"
)
_FR_OFFERED = rf"(?:(?:a|ont|avait|avaient) offert|offrira|offriront|{_FR_MODAL} (?:\S+ ){{0,2}}?offrir)"

#: A call told by who spoke to whom: "Home Secretary X yesterday evening spoke again to Y,
#: Australia's Minister …" (a name of two words, or a counterpart; not "spoke to reporters").
_SPOKE_TO = (
    r"spoke (?:again |by (?:tele)?phone |on the (?:tele)?phone )?(?:to|with)(?= (?:his|her|their) (?:\w+ )?counterpart\b| "
    r"(?!Reuters\b|Bloomberg\b|Al Jazeera\b)(?-i:[A-Z])[\w'’-]+ (?-i:[A-Z]))"
)
#: What one calls on an office-holder to do when the call is a visit, not an appeal: "called on the Minister to
#: discuss …", "to bid farewell", "to present his credentials".
_CALL_PURPOSE = (
    r"(?:the|a|an|his|her|their|its|discuss|explore|review|present|brief|bid|congratulate|introduce|seek|exchange|"
    r"express|thank|deliberate|share|update|inform|hand|deliver|convey|extend|sign|pay|say|receive|invite|"
    r"acquaint|familiari[sz]e|appraise|apprise|assess|follow|request|solicit|formally)"
)
#: A call told by its verb and who was called: "X called her Danish counterpart Y on Friday", "telephoned his
#: Fijian counterpart", « a appelé lundi son homologue italienne », « a téléphoné dimanche à son homologue ».
#: (Not a call on someone, a visit, nor an appeal: "called on the public to", « a appelé ses homologues à une
#: coopération accrue », « a appelé à la vigilance ».)
_CALLED = (
    r"(?:called|phoned|telephoned) (?!on\b|upon\b|for\b)(?:\S+ ){0,2}?(?:his|her|their) (?:\w+ ){0,2}?counterparts?\b",
    r"(?:phoned|telephoned) (?=(?:the |his |her |their )?(?-i:[A-Z]))",
    r"(?:a|ont) appelé (?:\S+ ){0,3}?(?:son|sa|leur|leurs|ses) (?:\w+ ){0,2}?homologues?\b"
    r"(?![^.;]{0,80}?\bà (?:(?:une?|la|le|les|l'|plus|davantage|mieux)\b|\w+(?:er|ir|re)\b))",
    # (read unaccented, « a téléphoné » is also "a telephone call")
    r"(?:a|ont) téléphoné (?!(?:call|conversation|conference|line|number|hotline)s?\b)(?=(?:\S+ ){0,3}?(?:à|au|aux) )",
)
#: A signing told as an instrument concluded: « ont conclu aujourd'hui un protocole d'accord »,
#: "concluded a working arrangement".
_INSTRUMENT_CONCLUDED = (
    r"(?:protocole|accord|mémorandum|convention|arrangement|entente|agreement|memorandum|protocol|MoU)\b"
)
_CONCLUDED = (
    rf"(?:ont|a) conclu (?:\S+ ){{0,3}}?(?:un|une|le|la|les|des) (?:\S+ ){{0,2}}?{_INSTRUMENT_CONCLUDED}",
    rf"concluded (?:\S+ ){{0,3}}?(?:a|an|the) (?:\S+ ){{0,3}}?{_INSTRUMENT_CONCLUDED}",
    # ... or made formal by its signatories: « ont formalisé ce jeudi, à Maastricht, un nouvel accord »
    rf"(?:ont|a) formalisé (?:\S+ ){{0,4}}?(?:un|une|le|la|les|leur|leurs) (?:\S+ ){{0,2}}?{_INSTRUMENT_CONCLUDED}",
    rf"formali[sz]ed (?:\S+ ){{0,4}}?(?:a|an|the|their) (?:\S+ ){{0,3}}?{_INSTRUMENT_CONCLUDED}",
    # ... or formalised between two sides: "A Memorandum of Understanding … was formalised between the X and the Y"
    r"(?:was|were|has been|have been) formali[sz]ed between",
    r"(?:a|ont) été formalisée?s? entre",
)

#: A signing announced as expected: "Both countries are expected to ink the Memorandum of Understanding".
#: An instrument signed, told in the French passive: « Un accord a été signé lundi entre … ».
_SIGNED_PASSIVE = r"(?:a|ont) été (?:signée?s?|paraphée?s?)\b"

_TO_INK = (
    # (or bare, the two sides its subject: "The two police forces are to sign a memorandum next week"; not "is to
    # sign", which tells a purpose as often: "The purpose of his trip is to sign an agreement")
    # (or to give their cooperation its form: "are expected to formalise the agreement at a signing ceremony")
    r"(?:(?:is|are|was|were) (?:expected|set|due|scheduled|poised)|are) to (?:ink|sign|formali[sz]e) "
    r"(?=(?:a|an|the|two|three|several|their) )"
)

#: The English encounter verbs in the infinitive, after the purpose of a stay ("was in Accra on Tuesday to hold talks")
#: or what announces them ("is expected to meet"; not to receive or host, as a visitor: "was in Geneva to receive an award").
_EN_TO_MEET = r"(?:meet|visit|hold|have talks|confer|call on|pay|sign|attend|take part)\b"

#: … or any encounter announced as expected: "is expected to meet", "are expected to hold talks" (the encounter
#: itself, not a commitment made at it).
ENCOUNTER_EXPECTED = Cue(
    _TO_INK,
    rf"(?:is|are) (?:also )?expected to (?:{_EN_TO_MEET}|receive|host|welcome|travel|take place|be held)",
)
#: A deal told as sealed: "The deal was sealed at the Boroko Police station".
_DEAL_SEALED = r"(?:deal|agreement|accord|pact|partnership) (?:was|has been|were|have been) sealed\b"

#: An office-holder, a delegation or a person by his honorific right after a verb, within a few words: "the visiting Commissioner", "his Ghanaian
#: counterpart", « l'ambassadeur de France », « son homologue malien ». Verbs that also take things or the public ("welcomes
#: the decision", "exchanged views with residents", "Receiving the award, …", "had an interactive session with students")
#: report an encounter only with one of them after them.
_SOMEONE_AFTER = (
    r"(?=(?:the |a |an |his |her |their |its |son |sa |ses |leurs? |le |la |les |une? )?(?:[\w'’-]+ ){0,4}?(?:l['’])?"
    r"(?:delegations?|counterparts?|ambassad\w*|high commissioners?|envoys?|ministers?|commissioners?|inspector\w*|directors?|"
    r"chiefs?|secretar\w*|heads? of|command(?:er|ant)s?|délégations?|homologues?|ministres?|direct(?:eur|rice)s?|commissaires?|inspecteurs?|"
    r"chefs?|générale?s?|secrétaires?|présidente?s?|patron(?:ne)?s?)\b"
    # … or a person named with his honorific, his office after: « reçoit M. Jean X, ministre de la Sécurité »
    r"|(?-i:M|Mme|Mr|Mrs|Ms|Dr)\.? (?-i:[A-Z])"
    # … or the one a host receives, by his relation: "Welcoming his guest, …", « recevant son hôte » (not the public)
    r"|(?:his|her|their|son|sa|leurs?) (?:\w+ )?(?:guests?|visitors?|hôtes?|visiteurs?|invitée?s?)\b)"
)

#: An envoy posted abroad right after a verb, within a few words: "the outgoing New Zealand Police liaison officer", « l'attaché
#: de sécurité intérieure » (who calls on a chief, or takes leave of him).
_ENVOY_AFTER = (
    r"(?=(?:the |his |her |their |l['’]|le |la )?(?:[\w'’-]+ ){0,5}?(?:liaison officers?|attach[ée]e?s?|consuls?(?:[- ]general)?|"
    r"officiers? de liaison|advis[eo]rs?|conseill(?:er|ère)s?)\b)"
)

#: The day and place told in commas between a verb and its object, as French agencies write them: « a eu, ce mardi
#: 10 mars 2026, en son cabinet au siège du ministère à Nouakchott, un entretien avec », "met, on Tuesday, at the Force
#: Headquarters in Abuja, his Ghanaian counterpart" (its own commas inside; no full stop).
_ASIDE = r", [^;.]{3,160}?,"

#: A day told after a signing's noun, before its object, bare or in commas: « la signature, aujourd'hui vendredi 5 juin,
#: d'un accord », « la signature aujourd'hui, vendredi 11 septembre, d'un accord », "the signing today, Friday 5 June, of
#: an agreement", "the signing on Friday, 11 September, of" (not a time to come: « la signature, avant la fin de
#: l'année, d'un accord »).
_DAY_WORD = (
    r"(?:aujourd'hui|hier|ce jour|today|yesterday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)"
)
SIGNING_DAY = (
    rf"(?: (?:aujourd'hui|hier|ce jour|today|yesterday|on {_DAY_WORD}))?"
    rf"(?:,\s(?:[^;.,]{{0,20}}?\b)?(?:{_DAY_WORD}\b|\d{{1,2}}\b)[^;.,]{{0,24}}?(?:,\s[^;.,]{{3,20}}?)?,)?"
)


#: A meal or a reception given in someone's honour, told in the passive (its host, if named, after « par », "by").
MEAL_GIVEN = (
    r"(?:un|une|a|an) (?:\S+ )?(?:dîner|déjeuner|réception|cocktail|banquet|dinner|luncheon|lunch|reception)s? "
    r"(?:officiel |officielle |official |de travail )?(?:a|avait|was|had been) (?:été )?(?:offerte?|donnée?|organisée?|hosted|given|"
    r"offered|held|organi[sz]ed|thrown)\b(?= (?:\S+ ){0,16}?(?:en l'honneur (?:de|du|des|d')|in honou?r of)\b)"
)

#: A stop of a tour or a line of a programme, a verbless line opening on the encounter's noun and whom it was with, its
#: place and day maybe before a colon: "Doha, 12 May: talks with the Qatari Minister", "- Working session with the
#: Director", « Bamako, 4 mars : audience auprès du ministre malien ». Its subject is the one whose tour the text told.
_STOP_LINE = (
    r"^\s*(?:[-–•*]\s*)?(?:[^:;.]{2,50}?\s?:\s*)?(?:talks|meeting|working session|work session|bilateral meeting|bilateral talks|"
    r"audience|courtesy call|tête-à-tête|entretiens?|séance de travail|réunion de travail|visite de courtoisie) "
    rf"(?:\S+ ){{0,2}}?(?:with |avec |auprès (?:du |de la |de l'|des |de ))(?:the |his |her |their |le |la |les |l'|son |sa |ses |leurs? )?"
    rf"{_SOMEONE_AFTER}"
)
STOP_LINE = Cue(_STOP_LINE)

#: Verb phrases that report an encounter, with the relation they set between sides.
#: A gathering named after a verb of taking part, within a few words: « (depuis mardi à Alger) à la 43e session du
#: Conseil », "in the annual meeting of", "the summit" (not « à la lutte contre », "in the fight against").
_A_GATHERING = (
    r"(?:\S+ ){0,6}?(?:à|aux?|in|at)? ?(?:la |l['’]|le |les |the |an? )?(?:\S+ ){0,3}?"
    r"(?:réunions?|sessions?|conférences?|sommets?|forums?|assemblées?|congrès|séminaires?|ateliers?|travaux|"
    r"meetings?|conferences?|summits?|assembl(?:y|ies)|seminars?|workshops?|congress)\b"
)


MEETING_VERBS: list[tuple[Cue, Relation]] = [
    (Cue(rf"(?:a|ont|avait|avaient|aura|auront|sera|seront) {_ADVERB}été {_ADVERB}{_DAY_INSIDE}(?:reçu|accueilli)e?s?",
         r"être (?:reçu|accueilli)e?s?", r"being (?:received|hosted|welcomed)",
         rf"(?:est|sont|sera|seront) {_ADVERB}(?:reçu|accueilli)e?s?",
         rf"(?:was|were|will be|is|are|has been|have been) {_ADVERB}{_DAY_INSIDE}(?:received|hosted|welcomed)",
         # an audience told by a participle with no auxiliary, as a headline writes it: « Engagement pris par
         # le général X, …, reçu en audience à Yaoundé par Y »; or by the audience the host granted the
         # subject: « … à la suite de l'audience que lui a accordée son homologue »
         r"reçue?s? (?:\S+ ){0,2}?en audience (?:\S+ ){0,4}?par\b", r"audience que (?:lui|leur) (?:a|avait) accordée?\b",
         # ... or a participle opening the sentence: « Accueilli par le ministre de la Sécurité, M. X, les deux
         # délégations se sont penchées sur … », "Welcomed by the Commissioner, the delegation toured …"
         # (its day before its place: « Reçu mardi à Dakar par le ministre, X a … »; not a greeting on arrival, of a
         # visit told before: « Accueillie à son arrivée par le Directeur, la délégation a tenu … »)
         r"^\s*(?:accueillie?s?|reçue?s?) (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|le \d{1,2}(?:er)? \w+) )?"
         r"(?:à [\w'’-]+ |\S+ )?par\b",
         r"^\s*(?:welcomed|received|hosted) (?:in [\w'’-]+ |\S+ )?by\b",
         # an audience granted to the subject: "The Ambassador was granted an audience by the Minister"
         rf"(?:was|were|has been|have been) {_DAY_INSIDE}granted (?:an )?audiences? (?:\S+ ){{0,4}}?by\b",
         # « acceuilli », as agencies sometimes misspell it
         rf"(?:a|ont) {_ADVERB}été {_ADVERB}acceuillie?s?",
         # the guest told as such: "was the guest on Tuesday of the Director", « a été l'hôte vendredi du délégué
         # général », « a été l'invité jeudi de son homologue » (a person's guest: not « la ville a été l'hôte de la
         # conférence », nor « l'invité de l'émission »)
         r"(?:was|were|has been|have been) (?:\S+ ){0,2}?the guests? (?:\S+ ){0,3}?of (?=(?:the |his |her |their )?(?-i:[A-Z]))",
         # … or opening the sentence, its day and place in commas: « Hôte, jeudi à Niamey, de son homologue nigérien, X, le
         # directeur … a évoqué », "Guest, on Monday in Accra, of his Ghanaian counterpart, …"
         r"^\s*(?:l')?(?:hôtes?|invitée?s?),?(?: [^,;.]{2,40},)? (?:du|de la|de l'|des|de (?=(?:son|sa|leurs?) ))",
         r"^\s*(?:the )?guests?,?(?: [^,;.]{2,40},)? of (?=(?:the |his |her |their )?(?:\w+ )?(?:counterparts?|ministers?|"
         r"commissioners?|inspectors?|directors?|chiefs?|heads?|(?-i:[A-Z])))",
         rf"(?:(?:a|ont|avait|avaient) été|était|étaient)(?: (?:\S+ ){{0,4}}?|{_ASIDE} )(?:l'hôte|les hôtes|l'invitée?|les invitée?s) "
         r"(?:\S+ ){0,3}?(?:du|de la|de l'|des|de (?=(?:son|sa|leurs?) ))?"
         r"(?=(?:\w+ )?(?:ministre|directeur|directrice|délégué|chef|général|générale|commandant|commissaire|inspecteur|"
         r"préfet|gouverneur|secrétaire|président|ambassadeur|homologue|patron|haut))"),
     Relation.RECEIVED),
    # (not what one received from someone: « a reçu du ministre l'étendard de la police »)
    # (the infinitive too, as what one says he did: « a indiqué avoir reçu mardi le ministre »)
    (Cue(rf"(?:a|ont|avait|avaient|aura|auront|avoir) {_ADVERB}(?:reçu|accueilli)e?s?(?! (?:des mains )?(?:du|de la|de l'|d'un|d'une) )",
         r"recevra", r"accueillera",
         r"a reçu en audience", rf"{_FR_GRANTED},? (?:\S+ ){{0,6}}?(?:une audience|des audiences)",
         # the day and place in commas between the auxiliary and its participle: « a, mardi à Rabat, reçu le chef … »
         rf"(?:a|ont){_ASIDE} (?:reçu|accueilli)e?s?(?! (?:des mains )?(?:du|de la|de l'|d'un|d'une) )",
         r"(?:accorde|accordent) (?:\S+ ){0,3}?(?:une audience|des audiences) (?:à|au|aux)\b",
         # a talk granted to an office-holder (not an interview granted to a paper): « a accordé un entretien à
         # l'ambassadeur du Japon »
         r"(?:a|ont) accordé (?:\S+ ){0,3}?(?:un|des) entretiens? (?:à|au|aux) (?=(?:l'|la |le |les |son |sa |ses |leurs? |une |un )?"
         r"(?:\w+ )?(?:ambassad|homologue|ministre|délégation|direct|chef|général|commissaire|représentant|consul|secrétaire|"
         r"président|haut|envoyé|commandant|inspect|préfet|gouverneur))",
         # the near future and the imperfect: « va recevoir vendredi », « qui recevait son homologue »
         rf"{_FR_MODAL} (?:\S+ ){{0,2}}?(?:recevoir|accueillir)", r"(?:recev|accueill)(?:ait|aient)", rf"audience accordée? {_DAY_INSIDE}(?:à|au|aux)\b",
         # the present, of those received: « accueillent aujourd'hui leurs homologues », « reçoit une délégation »
         # (any office-holder: « reçoit la directrice générale de la police béninoise »; not a gathering hosted, « accueille
         # la 25e assemblée générale »)
         rf"(?:accueille|accueillent|reçoit|reçoivent) (?:en audience )?(?:aujourd'hui |ce \w+ |\w+ |{_FR_DAY_AFTER_PRESENT})"
         r"(?:(?:leurs?|ses|son|sa|les|une|la|le |l') ?"
         r"(?:\w+ ){0,2}?(?:homologues?|délégations?|ministres?|ambassad\w+|hôtes?|direct(?:eur|rice)s?|chefs?|commissaires?|"
         r"inspecteurs?|secrétaires?|présidente?s?|commandants?|préfets?|gouverneurs?)\b|(?-i:M|Mme)\.? (?=(?-i:[A-Z])))",
         # « l'audience qu'il a accordée à », "the audience he granted to", which a pronoun before the verb
         # leads (« Il s'exprimait lors de »); not an audience before the encounter told (« après l'audience »)
         r"(?<!après l')audience qu'(?:il|elle) (?:a|avait) accordée? (?:à|au|aux)",
         # … its day between, or a talk so granted to an office-holder (not an interview to a paper): « au cours de
         # l'entretien qu'il a accordé lundi à l'ambassadeur d'Italie »
         r"(?<!après l')(?:audience|entretien) qu'(?:il|elle) (?:a|avait) accordée? (?:\S+ ){0,3}?(?:à|au|aux) (?=(?:l'|la |le |les |son |"
         r"sa |ses |leurs? |une |un )?(?:\w+ )?(?:ambassad|homologue|ministre|délégation|direct|chef|général|commissaire|représentant|"
         r"consul|secrétaire|président|haut|envoyé|commandant|inspect|préfet|gouverneur))",
         r"(?<!after the )audience (?:he|she) (?:had )?granted(?: to)?",
         # … or as the occasion of what the host said: "…, the Minister said on Tuesday during an audience granted to X"
         rf"(?:during|at|in the course of) (?:an|the) audience granted {_DAY_INSIDE}to\b",
         # "granted separate audiences to the outgoing High Commissioner and the Ambassador", "granted an audience to"
         rf"(?:granted|grants|gave|gives|{_WILL}(?:grant|give)) (?:\S+ ){{0,4}}?(?:an audience|audiences) (?:in [\w'-]+ )?{_DAY_INSIDE}"
         r"(?:(?:at|in) (?:the )?(?:(?-i:[A-Z])[\w'’-]* ){1,4})?to\b", rf"(?:played|plays|will play) host {_DAY_INSIDE}to", r"received", r"receives", r"recieved", r"recieves", r"hosted", r"hosts", r"welcomed", rf"welcomes {_SOMEONE_AFTER}", r"greeted", rf"{_WILL}(?:receive|host|welcome)",
         r"did (?:also )?(?:receive|host|welcome)",  # "the Minister … did host his counterparts from Namibia"
         r"(?:is|are) (?:currently |now )?(?:hosting|receiving)",
         # a reception told by a participle: "said this while receiving Tonga's Deputy Commissioner X", « en recevant »
         r"(?:while|when) (?:receiving|hosting|welcoming)\b", r"en (?:recevant|accueillant)\b",
         # … or opening the sentence, an office-holder or a delegation after it: "Receiving the delegation on Tuesday, the
         # IGP said …", « Accueillant mardi son homologue, le ministre a … » (not "Welcoming the decision, …")
         rf"^\s*(?:receiving|welcoming|hosting|recevant|accueillant) (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
         rf"hier|ce \w+) (?:à [\w'’-]+ )?)?{_SOMEONE_AFTER}",
         # a reception told by an infinitive after a noun: « a eu le plaisir de recevoir », "had the honour of hosting"
         r"(?:honneur|plaisir|joie) (?:pour (?:moi|nous) )?(?:de |d')(?:recevoir|accueillir)", r"(?:honou?r|pleasure|privilege) of (?:receiving|hosting|welcoming)",
         rf"(?:honou?r|pleasure|privilege) (?:for (?:me|us) )?to (?:receive|host|welcome) (?:\S+ ){{0,3}}?{_SOMEONE_AFTER}",
         # … or in the host's own speech: « Je me réjouis d'accueillir aujourd'hui mon homologue », "I am pleased to
         # welcome my Malawian counterpart" (an office-holder or a delegation after it: not "to welcome you all")
         rf"(?:je me réjouis|nous nous réjouissons|je suis (?:\w+ )?(?:heureux|heureuse|ravie?|honorée?)|nous sommes (?:\w+ )?"
         rf"(?:heureux|heureuses|ravie?s|honorée?s)) (?:de |d')(?:recevoir|accueillir) (?:\S+ ){{0,3}}?{_SOMEONE_AFTER}",
         rf"(?:i am|i'm|we are|we're) (?:\w+ )?(?:pleased|delighted|happy|glad|honou?red|privileged) to (?:welcome|receive|host) "
         rf"(?:\S+ ){{0,3}}?{_SOMEONE_AFTER}",
         # a reception given for the guest: "praised X … at a reception for the Ambassador in Hanoi"
         r"(?:at|during) a reception (?:for|in honou?r of)\b", r"(?:lors|au cours) d'une réception (?:offerte )?(?:en l'honneur|pour)\b",
         # a meal or a reception given in someone's honour: "gave a dinner in honour of his counterpart", « a offert un
         # dîner en l'honneur de son homologue » (the host gives it)
         rf"(?:gave|gives|offered|offers|threw|{_WILL}(?:give|offer|throw)) (?:a|an) (?:\S+ ){{0,2}}?(?:dinner|luncheon|lunch|reception|banquet)\b"
         r"(?= (?:\S+ ){0,4}?in honou?r of\b)",
         rf"{_FR_OFFERED} (?:\S+ ){{0,2}}?(?:un|une) (?:\S+ )?(?:dîner|déjeuner|réception|cocktail|banquet)\b"
         r"(?= (?:\S+ ){0,4}?en l'honneur (?:de|du|des|d'))",
         # … or a working meal given to someone: « a offert mardi un déjeuner de travail à l'ambassadeur »
         rf"{_FR_OFFERED} (?:\S+ ){{0,4}}?(?:un|une) (?:dîner|déjeuner|petit-déjeuner)s? de travail (?:à|au|aux)\b",
         # ... told in the passive, its host after « par », "by": « Une réception a été offerte mardi en l'honneur de
         # X par Y », "A dinner was hosted by Y in honour of X"
         MEAL_GIVEN,
         # a courtesy call told as what the host's words followed: "The Minister gave the assurance following a
         # courtesy call from the new Ambassador", « l'a annoncé à la suite d'une visite de courtoisie du nouvel ambassadeur »
         # … its caller after « of », as Nigerian and Bangladeshi releases write it: "The engagement followed a courtesy
         # visit of the IGP to the offices of the Minister", "during a courtesy call of the Deputy Chief of Mission"
         # (paid on the host, named by a pronoun: "said … during a courtesy call paid on him by the Deputy Inspector-General")
         # (or by its day, as what was raised at it: "was among the topics of a courtesy call paid on Tuesday by X to Y")
         # (not opening the sentence, where no host is named before it: "During the courtesy call paid by X to Y" names its
         # host after its guest, as the participle below does)
         r"(?<!^)(?:following|followed|follows|after|during|of) (?:a|the) (?:\w+ )?courtesy (?:call|visit) "
         r"(?:(?:paid|made) (?:(?:on|to) (?:him|her|them) )?(?:(?:on |last |this )?(?:monday|tuesday|wednesday|thursday|friday|"
         r"saturday|sunday|yesterday|today) )?)?(?:from|by|of)\b",
         r"(?:à la suite|à l'issue|au terme|lors) d'une visite de courtoisie (?:du|de la|de l'|des|de)\b"),
     Relation.RECEIVES),
    (Cue(r"(?:s'est|se sont|s'était|s'étaient) rendue?s?,? (?:\S+ ){0,3}?(?:au|à|en|aux|dans)",
         # (the present as a historic one: « Mardi, X se rend à Dakar auprès de son homologue »)
         r"se rend (?:\S+ ){0,3}?(?:au|à|en|aux|dans|auprès)\b",
         # a stay abroad: « une délégation … a séjourné en Italie du 3 au 9 mai »
         # (dated: not one who « a séjourné au Mali pendant deux ans », long ago)
         r"(?<!qui )(?:a|ont) séjourné (?=(?:\S+ ){0,8}?du \d{1,2}(?:er)? (?:\S+ )?au \d)",
         # … or on one day, told before the town or right after it, or with who invited or received the visitor: « a
         # séjourné mardi à Dakar », « a séjourné à Niamey lundi », « a séjourné à Dakar à l'invitation de son homologue »
         rf"(?<!qui )(?:a|ont) séjourné {_FR_STAY_DAY},? (?:à|au|aux|en) (?=(?-i:[A-Z]))",
         rf"(?<!qui )(?:a|ont) séjourné (?:à|au|aux|en) (?=(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?,? (?:{_FR_STAY_DAY}\b|"
         r"(?:\S+ ){0,3}?(?:à l'invitation|où (?:il|elle|ils|elles) (?:a|ont) été (?:reçue?s?|accueillie?s?))))",
         # … so told in English: "stayed in Accra on Tuesday", "stayed on Wednesday in Kigali, where it was received by"
         rf"(?<!who )(?<!which )stayed {_EN_STAY_DAY}in (?=(?-i:[A-Z]))",
         rf"(?<!who )(?<!which )stayed in (?=(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?,? (?:{_EN_STAY_DAY}|(?:\S+ ){{0,3}}?"
         r"(?:at the invitation of|as the guests? of|where (?:he|she|it|they) (?:was|were) (?:received|hosted|welcomed))))",
         # … or under way, in the present or the imperfect: « Une délégation … séjourne à Lomé depuis le 1er juin », « qui
         # séjournait depuis lundi à Dakar » (a town after it, its day between: not « séjourne en prison »)
         r"(?:séjourne|séjournent|séjournait|séjournaient) (?:depuis \S+ (?:\d{1,2}(?:er)? \w+ (?:\d{4} )?)?)?(?:à|au|aux|en) (?=(?-i:[A-Z]))",
         # a call on an institution told as a stop on the way: « Une délégation …, conduite par le colonel X,
         # était dans la matinée d'hier de passage au quartier général de la Gendarmerie »
         r"(?:était|étaient|est|sont) (?:\S+ ){0,6}?de passage (?:au|à la|à l'|aux|dans)\b",
         # a courtesy call told by the civilities paid: « a présenté ses civilités à son homologue gabonais »
         r"(?:(?:a|ont|avait|avaient|est allée?|sont allée?s) (?:\S+ ){0,2}?(?:présenté|rendu)|(?:aller|venir) (?:\S+ ){0,2}?"
         r"(?:présenter|rendre)) (?:\S+ ){0,4}?(?:ses|leurs) civilités (?:à|au|aux|auprès)\b",
         # at the home of his host: « s'est rendu ce mercredi 21 octobre chez le ministre de l'Intérieur »
         r"(?:s'est|se sont) rendue?s?,? (?:\S+ ){0,5}?chez (?:le|la|son|sa|leur|leurs|les) ",
         # a visit told by where the visitors are today: "are in Portugal today for a visit to the agency"
         # (or on a study tour, now: "is currently in Accra for a five-day study tour of the Ghana Police Service")
         r"(?:is|are) (?:currently |now )?in (?-i:[A-Z])(?:\S+ ){1,3}?(?:today |this week |on \w+day )?for (?:a|an|his|her|their) (?:\S+ ){0,2}?"
         r"(?:visit|(?:study|working|benchmarking|familiari[sz]ation) (?:tour|trip)|mission)\b",
         # ... or were, the day and the town's state between: "was in Lokoja, Kogi State, on Monday, November 16, on an
         # official visit"
         r"(?:is|are|was|were) in (?-i:[A-Z])[^.;]{0,60}? on (?:a|an) (?:[\w-]+ ){0,2}?visit\b",
         # (the day inside the verb: « s'est rendu le vendredi 15 mai 2015 en visite au Cameroun »)
         r"(?:s'est|se sont) rendue?s?,? (?:le |ce )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)? ?\d{1,2}(?:er)? \w+(?: \d{4})?,? (?:au|à|en|aux|dans|auprès)\b",
         rf"(?:s'est|se sont) rendue?s?{_ASIDE} (?:au|à|en|aux|dans|auprès|chez)\b", r"(?:s'est|se sont) déplacée?s?,? (?:\S+ ){0,3}?(?:au|à|en|aux|dans)",
         rf"{_FR_MODAL} (?:\S+ ){{0,2}}?se rendre", rf"{_FR_SENT} se rendre (?:à|au|aux|en)\b", rf"{EN_SENT} (?:travel|proceed) to\b",
         rf"{EN_SENT} visit (?=(?-i:[A-Z]))",
         # a stop on a tour: « a fait escale jeudi à Nouakchott », "made a stopover in Accra", "stopped over in Lomé"
         r"(?:a|ont|avait|avaient) fait (?:\S+ ){0,2}?escale (?:\S+ ){0,3}?(?:à|au|en|aux)\b", r"fera escale (?:\S+ ){0,3}?(?:à|au|en|aux)\b",
         r"(?:made|makes|will make) (?:a )?(?:stopover|stop-over|stop) (?:\S+ ){0,3}?in (?=(?-i:[A-Z]))", r"stopped over (?:\S+ ){0,3}?in\b",
         # a stay told by a participle opening the sentence: « Séjournant depuis mardi à Nouakchott, le général X … »
         r"^\s*séjournant (?:\S+ ){0,3}?(?:à|au|en|aux) ",
         r"(?:travelled|traveled|travels|will travel) (?:\S+ ){0,3}?to", r"se rendra", r"se rendent", r"se rendront", r"(?:a|ont|avait|avaient) effectué (?:\S+ ){0,6}?une visite",
         # the trip made, as French pages tell a visit: « a fait le déplacement à Libreville », « avaient fait le
         # déplacement de La Haye », « fera le déplacement à Dakar » (not without a place: who came to a gathering told)
         rf"(?:a|ont|avait|avaient|aura|auront) {_ADVERB}fait le déplacement (?:\S+ ){{0,3}}?(?:à|au|aux|en|de|jusqu'à) (?=(?-i:[A-Z]))",
         r"(?:fera|feront|(?:va|vont|doit|doivent) faire) le déplacement (?:\S+ ){0,3}?(?:à|au|aux|en|de|jusqu'à) (?=(?-i:[A-Z]))",
         r"(?:effectuera|effectueront) une visite", r"(?:effectue|effectuent) une visite",
         rf"{_FR_MODAL} (?:\S+ ){{0,2}}?effectuer (?:\S+ ){{0,2}}?une visite", r"(?:a|ont) visité", r"visitera",
         # (not a visit in apposition to a side, after a comma: « Un entretien entre A, et B, en visite de travail à Dakar, a eu
         # lieu »: the visit is the guest's stay, the encounter is told by other words)
         r"(?<!, )en visite (?:de travail|officielle)",
         # a visit told as it begins: « entame lundi une visite au Maroc », "begins a three-day visit to Tunisia on Monday"
         # (not a tour told by where it will lead: « a entamé mardi, par Niamey, une visite devant le conduire au Tchad »)
         r"(?:entame|entament|entamera|entameront|commence|commencent) (?:\S+ ){0,3}?une visite (?:(?:officielle|de travail|"
         r"de (?:\S+ )?jours?|éclair|de courtoisie|d'amitié(?: et de travail)?) )?(?:au|en|à|aux|dans)\b",
         rf"(?:begins|began|begin|starts|started|will begin|will start) {_DAY_INSIDE}(?:a|an|his|her|their) (?:[\w-]+ ){{0,3}}?visit to\b",
         # a mission made in a country: « a effectué sa deuxième mission en Centrafrique du 24 au 29 août », "undertook a
         # mission to Chad" (not a mission given: « a pour mission de »)
         r"(?:a|ont) effectué (?:sa|son|leur|une) (?:\S+ ){0,2}?mission (?:en|au|aux|à|dans)\b",
         r"(?:undertook|made|paid|carried out) (?:a|an|his|her|their) (?:\S+ ){0,2}?mission to\b",
         # a place toured: « a fait un tour lundi à l'Académie de police » (not « un tour d'horizon », « un tour de table »)
         r"(?:a|ont) fait un tour (?!d'horizon|de table)(?:\S+ ){0,2}?(?:à|au|aux|dans) ",
         # (of any manner: « une visite expresse de travail », « une visite éclair de travail »)
         r"(?<!, en )visite (?:[\w-]+ )?(?:de travail|officielle|d'amitié et de travail)", r"visited",
         # (not the noun after the kind of visits: "the security of important events, high-level visits, and …")
         r"(?<!level )(?<!reciprocal )(?<!mutual )(?<!regular )(?<!frequent )(?<!exchange of )(?<!exchanges of )visits",
         rf"{_WILL}visit",
         r"(?:paid|(?:is|are|was|were) paying) (?:a|an) (?:\S+ ){0,2}?visit",
         # a tour of study paid to an institution, its article at times left out: "have paid study tour to the Ghana
         # Police Service", "made a five-day benchmarking trip to"
         r"(?:paid|pays|made|makes|undertook|undertakes|(?:is|are|was|were) paying) (?:a |an )?(?:\S+ ){0,2}?"
         r"(?:study|working|benchmarking|familiari[sz]ation|fact-finding|learning) (?:tour|trip|visit)\b",
         # … or made, as Russian and Central Asian ministries write it: "made a working visit to the Ministry of Internal
         # Affairs" (to a place or a body: not "made a site visit" to one's own works, nor "made a visit possible")
         r"(?:made|makes|will make) (?:a|an) (?:[\w-]+ ){0,2}?visit to\b", r"embarked on (?:a|an) (?:\S+ ){0,3}?(?:visit|tour|trip) to", r"toured (?:the )?", rf"{_WILL}tour (?:the )?", r"(?:is|are|was|were) touring", r"(?:is|was|are|were) on (?:a|an) (?:\w+ )?(?:visit|courtesy call)", rf"{_WILL}pay (?:a|an) (?:\w+ )?visit",
         r"(?<!which )(?<!who )(?<!that )(?:arrived|arrives|will arrive) in",
         # « est arrivée dimanche soir à Ryad pour une visite de deux jours »
         r"(?<!qui )(?:est|sont) arrivée?s? (?:\S+ ){0,5}?(?:à|au|en) (?=[^.;]{0,80}?\b(?:visite|entretiens|séjour|mission)\b)", r"(?:led|headed) (?:a|an|the) (?:\S+ ){0,14}?to visit",
         # "headed a Chinese delegation on a visit to the Police General Headquarters"
         r"(?:led|headed) (?:a|an|the) (?:\S+ ){0,3}?delegation (?:(?:from|of) (?:\S+ ){1,5}?)?on (?:a|an) (?:\S+ ){0,2}?visit to\b",
         # (not the tour that opens the sentence, told of its subject: « En tournée au Niger, X a rencontré Y »)
         r"(?<!^en )tournée (?:de travail )?(?:en|au|dans)",
         # « a conduit une délégation de haut niveau de la Côte d'Ivoire pour une visite stratégique au Maroc »
         r"(?:a|ont) conduit (?:une|la|sa|leur) délégation (?:\S+ ){0,8}?(?:pour|en) (?:une )?visite\b",
         # a visit named by a noun in an aside, after the words it frames: "the commissioner gave the charge on
         # Friday during a familiarisation visit to the Comptroller …", « s'exprimait jeudi lors d'une visite de
         # prise de contact au directeur provincial »
         r"(?:during|in the course of|on) (?:a|an) (?:[\w-]+ ){0,2}?visit to\b",
         r"(?:lors|au cours) d'une visite (?:de (?:prise de contact|travail|courtoisie|familiarisation|terrain) )?(?:au|à|aux|chez)\b",
         r"(?:paid|pays|pay|made|makes|make) (?:a|an) (?:\w+ )?(?:visit and )?courtesy call",
         r"(?:paid|pays|pay|made|makes|make) (?:a|an) call on\b",
         # … or by the participle opening the sentence: "Calling on the Inspector-General on Tuesday, the Ambassador …",
         # "Paying a courtesy call on the Minister, X said …"
         rf"^\s*(?:calling on|paying (?:a|an) (?:\w+ )?(?:courtesy call|visit|call) (?:on|to)) {_SOMEONE_AFTER}",
         # a delegation led to a meeting: "led a delegation to meet the Inspector-General", « a conduit une délégation
         # auprès de son homologue »
         r"(?:led|leads|headed|heads) (?:a|an|the|his|her|their) (?:\S+ ){0,10}?(?:delegation|team) (?:\S+ ){0,6}?(?:to (?:meet|hold talks|"
         r"confer|call on)|for (?:\S+ ){0,2}?(?:talks|discussions|consultations|meetings?|(?:working |courtesy )?visit) with)\b",
         r"(?:a|ont) conduit (?:\S+ ){0,4}?(?:une|la|sa|leur) délégation (?:\S+ ){0,8}?auprès (?:de|du|des)\b",
         r"(?:a|ont) conduit (?:\S+ ){0,4}?(?:une|la|sa|leur) délégation (?:\S+ ){0,8}?pour (?:des|une|un) (?:échanges|entretiens|"
         r"discussions|séances? de travail|réunions?|consultations) avec\b",
         # a courtesy call named in a lead-in phrase: "During a courtesy call on the IGP, X, …, the High Commissioner, Y, said"
         r"^\s*(?:during|in the course of|at) (?:a|an|his|her|their) (?:\w+ )?(?:courtesy call|courtesy visit) (?:on|to)\b",
         # … or as the setting of what was said, by its article: "During the courtesy call, High Commissioner X offered …"
         r"^\s*(?:during|in the course of) the (?:\w+ )?(?:courtesy call|courtesy visit),", r"(?:called|calls) on(?! (?:the )?(?:\w+ )?(?:side|sides|public|people|population|government|authorities|international community|all|everyone|citizens|stakeholders|communities|countries|states) )"
         # (nor an appeal to one, told by what he is to do: "Chief Justice X called on the Inspector General to champion
         # democratic policing"; a call paid for a purpose is still one: "called on the Minister to discuss …")
         rf"(?![^.,;]{{0,60}}? to (?!{_CALL_PURPOSE}\b)(?-i:[a-z]))",
         # (in the present of several, or after a modal: "the two chiefs call on the Minister", an office-holder after it;
         # not the noun, "a call on Tuesday")
         rf"{_WILL}call on", rf"(?<!a )(?<!the )call on {_SOMEONE_AFTER}",
         # (or several: « a rendu mardi à Cotonou des visites de courtoisie au ministre … et au directeur … »)
         r"(?:a|ont|avait|avaient) rendu (?:\S+ ){0,3}?(?:une |des )?visites?", r"(?:rendra|rendront) (?:\S+ ){0,3}?(?:une |des )?visites?",
         rf"{_FR_MODAL} (?:\S+ ){{0,2}}?rendre (?:\S+ ){{0,3}}?(?:une )?visite", r"(?:rend|rendent) visite (?:à|au|aux)\b",
         # one who came to tell an office-holder something: « L'ambassadeur de l'UE, X, est venu, le 18 novembre à
         # Libreville, présenter au ministre de l'Intérieur, Y, le projet … »
         r"(?:est|sont) venue?s?,? (?:[^;.]{0,60}?,? )?(?:présenter|annoncer|remettre|exposer|expliquer|soumettre) (?:au|à la|à l'|aux) ?"
         r"(?=(?:\w+ ){0,2}?(?:ministre|président|directeur|chef|général|secrétaire|préfet|gouverneur))",
         r"(?:a|ont) effectué (?:\S+ ){0,3}?une visite de courtoisie", r"(?:is|are) (?:currently )?(?:visiting|travell?ing to)",
         r"(?:est|sont) (?:actuellement )?en visite", r"(?:est|sont) attendue?s? (?:\S+ ){0,3}?(?:à|au|en)",
         # … and in English, with what the visitor is expected for: "is expected in Kampala on Friday for talks with"
         r"(?:is|are) expected in (?:\S+ ){1,4}?(?=for (?:talks|consultations|discussions|meetings?|an? (?:\S+ ){0,2}?visit)\b)",
         # a stay told by where the visitor is and what for: « X est au Burkina Faso dans le cadre d'un séjour de travail »
         r"(?:est|sont) (?:actuellement |depuis \S+ )?(?:à|au|en|aux) [\w'’-]+(?: [\w'’-]+)? "
         r"(?=dans le cadre d'une? (?:\S+ )?(?:séjour|visite|mission)\b)",
         # a stay told by where and when the visitor was: « X était à Paris du 26 au 28 juin », "was in Rome from 3 to 5 May"
         # (cues read folded text: the place is any word or two)
         # ... or by what the visitor was there for: « était mardi à Vienne pour signer avec son homologue »
         r"(?:était|étaient|se trouvait|se trouvaient) (?:\S+ ){0,3}?(?:à|au|en) [\w'’-]+(?: [\w'’-]+)? "
         r"(?=du \d|les? \d|depuis le \d|pour (?:y )?(?:s')?\w+(?:er|ir|re)\b)",
         # (not a gathering held there: "The 12th Session … was held in Mombasa from 3 to 6 June")
         r"(?:was|were) (?!held\b|hosted\b|organi[sz]ed\b|convened\b)(?:\S+ ){0,2}?in [\w'’-]+(?: [\w'’-]+)? (?:(?:on |last )?\w+day |yesterday |today |this week )?"
         rf"(?=from \d|between \d|to {_EN_TO_MEET})",
         # a delegation's stay told by where it was, as a local paper tells the visit: « une délégation de gendarmes
         # français était présente à Gaspé », « était en visite à Rimouski », "a delegation of police officers was in
         # Kestrel Bay" (not one present at a meeting: « présente à la réunion »)
         r"(?<=délégation )(?:[^.;]{0,80}?)(?:était|étaient) (?:\S+ ){0,2}?(?:présente?s? |en visite )?(?:à (?!la |l'|l’|les )|au |aux |en )",
         r"(?<=delegation )(?:[^.;]{0,80}?)(?:was|were) (?:\S+ ){0,2}?in (?-i:[A-Z])[\w'’-]+",
         # the visit as a noun, to someone, its visitor between: « la visite à Rabat du patron de la police
         # nationale française, X, à Y »
         r"\bla visite (?:à|au|en) [\w'’-]+ d[ue] (?=[^;]{0,160}?, à (?!la |l'|l’|les )[\w-]+ [\w-]+)",
         # a call told by where the caller was: « L'ambassadeur … était ce mardi 10 mars au cabinet du ministre »
         r"(?:était|étaient) (?:\S+ ){0,6}?(?:au cabinet|au ministère|au siège|à la direction générale|à l'état-major) (?:du|de la|de l'|des)\b",
         # a visit told by its end: « a bouclé sa visite de travail au Gabon », "wrapped up his visit to Accra"
         r"(?:a|ont) (?:bouclé|achevé|terminé|conclu|clôturé) (?:\S+ ){0,2}?(?:sa|leur|une|la) visite",
         r"(?:concluded|wrapped up|completed|ended) (?:his|her|their|a) (?:\S+ ){0,3}?visit\b",
         # the visit as a noun, its visitor and where he went after it: « la visite, ce mardi, du Général
         # de division, X, …, à la direction générale de la police »
         # a group delegated somewhere, told by who led it (the guest): « Le ministère a délégué à Alger, du 30 mars
         # au 1er avril, un groupe conduit par la générale X »
         r"(?:a|ont|avoir) délégué (?:\S+ ){0,10}?(?:une|un|sa|son) (?:délégation|groupe|équipe|mission) (?:\S+ ){0,3}?(?:conduite?|dirigée?) par",
         # the journey as a noun, its traveller and where he went after it: « l'objet du déplacement de X, ministre de
         # l'Intérieur, à Apia, dimanche 1er mars »
         r"\b(?:du|le|au|ce) déplacement d[ue] (?=[^;.]{0,160}?(?:,|\S) (?:à|au|aux|en) (?-i:[A-Z])[\w'-]+,? (?:\S+ )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le \d|du \d|les? \d|\d))",
         r"\bla visite,? (?:[^,;.]{0,30}, )?d[ue] (?=[^;]{0,160}?, (?:à|au|aux) (?:la|l'|les)? ?(?:direction|siège|état-major|ministère|commandement|quartier)\b)",
         # the visit as the subject of what it was for, its visitor after its noun: "The visit of the Togolese IGP, X, to
         # Accra on Monday was aimed at deepening …", « La visite du ministre X à Cotonou s'inscrit dans le cadre de … »,
         # « … visait à renforcer » (not a visit with no one said: "The visit on Wednesday was aimed at")
         r"(?:^\s*|(?<=[-–—] ))(?:the|la) (?:[\w-]+ ){0,2}?(?:visit|visite) (?:[\w-]+ ){0,2}?(?:of|by|d[ue]|des|de la|de l')\s"
         r"(?=[^;]{3,200}?\b(?:(?:was|is|were|are) (?:aimed|meant|intended|designed) (?:at|to)|aimed at|aims (?:at|to)|sought to|"
         r"seeks to|s'inscri(?:t|vait|vent|vaient)|vis(?:e|ait|ent|aient) à|(?:a|avait) pour (?:but|objet|objectif))\b)",
         # a visit told in a relative clause: « lors de la visite de courtoisie qu'il a rendue lundi au ministre »
         r"visite (?:\S+ ){0,3}?qu'(?:il|elle|ils|elles) (?:lui |leur )?(?:a|ont) (?:rendue?|effectuée?)",
         # … or its visitor named there: "came out of a courtesy visit that the Inspector General paid on Friday to
         # the Minister", « la visite de courtoisie que le directeur a rendue lundi au ministre »
         r"(?:courtesy|official|working) (?:call|visit) (?:that|which) (?:\S+ ){1,6}?(?:paid|made) (?:\S+ ){0,3}?(?:to|on)\b",
         r"visite (?:\S+ ){0,3}?que (?:\S+ ){1,6}?(?:a|avait) (?:rendue?|effectuée?) (?:\S+ ){0,3}?(?:à|au|aux|auprès)\b",
         # a site inspected with the counterpart: "inspected the joint border post … with his Nigerien counterpart"
         r"(?:inspected|a inspecté|ont inspecté) (?=[^.;]{3,100}?\b(?:with (?:his|her|their)|avec (?:son|sa|leurs?)) (?:\w+ )?(?:counterparts?|homologues?)\b)",
         # an envoy sent to a counterpart: « a dépêché jeudi son ministre, X, auprès de son homologue Y »
         # (the envoy, between the verb and « auprès », is the guest: see the reader's _DISPATCHED)
         r"(?:a|ont) dépêché (?:\S+ ){1,20}?auprès (?:de (?:son|sa|leur|ses|leurs) (?=(?:\w+ )?(?:homologue|collègue|pair)s?\b)|"
         r"du (?=(?:président|chef de l'état|roi|premier ministre)\b))"),
     Relation.VISITS),
    (Cue(rf"(?:s'est|se sont|s'était|s'étaient) {_ADVERB}entretenue?s?", r"s'entretien(?:t|nent) (?:\S+ ){0,4}?avec\b",
         rf"s'entretien(?:t|nent) {_FR_DAY_AFTER_PRESENT}avec\b",
         # a caption's present, an office-holder after it: « Le ministre rencontre son homologue malien », « échange avec
         # l'ambassadeur », « en séance de travail avec » (not the noun: « la rencontre », « un échange avec »)
         rf"(?<!la )(?<!une )(?<!cette )(?<!de )(?<!leur )(?<!sa )(?<!son )(?<!un )(?<!l')(?<!cet )(?:rencontre|rencontrent|échange|"
         rf"échangent) {_FR_DAY_AFTER_PRESENT}(?:avec )?{_SOMEONE_AFTER}",
         r"\ben séance de travail avec\b",
         # « X et son collègue …, Y, se sont rencontrés le 21 décembre à Cinkansé »
         rf"se sont {_ADVERB}(?:rencontrée?s|vue?s)\b", r"s'entretiendra", r"s'entretiendront",
         rf"(?:a|ont|avait|avaient),? {_ADVERB}eu,? (?:\S+ ){{0,6}}?(?:des|un|une) (?:premiers? )?(?:entretiens?|échanges?|réunions?|séances?|rencontres?|contacts?|tête-à-têtes?|entrevues?|apartés?|discussions?|conversations?)",
         # ... its day and place in a long aside: « a eu, ce lundi en son bureau au siège du ministère à Nouakchott, un entretien avec »
         rf"(?:a|ont) eu{_ASIDE} (?:des|un|une) (?:entretiens?|échanges?|réunions?|séances? de travail|rencontres?|tête-à-têtes?|"
         rf"entrevues?|discussions?|conversations?|audiences?)(?: \S+){{0,2}}? avec\b",
         # an audience had with someone, maybe qualified: « a eu une audience « élargie » avec la cheffe de la MINUSCA »
         # (with « avec »: not « une audience » at a court)
         r"(?:a|ont),? eu,? (?:\S+ ){0,4}?(?:une|des) audiences? (?:\S+ ){0,4}?avec\b",
         # « Les deux officiers généraux ont ensuite eu un temps d'échanges et de travail »
         rf"(?:a|ont) {_ADVERB}eu (?:un|des) (?:temps|moments?) d'(?:échanges?|entretiens?)\b",
         # the encounter named before its verb, in a relative (the participle agrees with it): « C'est la teneur des
         # échanges que le ministre, X, a eus, ce mardi, avec une délégation », « la réunion qu'ils ont eue avec »
         r"(?:a|ont|avait|avaient) (?:eus|eue|eues),? (?:\S+ ){0,6}?avec\b",
         r"(?:a|ont|avait|avaient) tenu (?:\S+ ){0,6}?(?:une|des|un|sa|leur|ses|leurs) (?:réunions?|séances?|entretiens?|rencontres?|consultations|sessions?)",
         # … in the present or the imperfect (« tient ce jeudi une séance de travail », « tenait une réunion »), or after a
         # modal or a purpose, with whom (« va tenir une séance de travail avec », « est venu pour tenir une réunion avec »)
         # (not « se tenait une rencontre », the gathering held)
         r"(?<!se )(?:tient|tiennent|tenait|tenaient) (?:\S+ ){0,3}?(?:une|des|un) (?:réunions?|séances?|entretiens?|rencontres?|consultations|sessions?)\b",
         r"(?:tenir|tenant) (?:\S+ ){0,2}?(?:une|des|un) (?:réunions?|séances?|entretiens?|rencontres?|consultations|sessions?) (?:\S+ ){0,6}?avec\b",
         r"tiendra (?:une|des|un) (?:réunion|séance|entretiens?|rencontre)", rf"(?:a|ont) {_ADVERB}rencontré", r"rencontrera",
         # a meal shared: « a déjeuné avec la ministre belge », "dined with his counterpart", "had lunch with"
         r"(?:a|ont) (?:déjeuné|dîné) (?:\S+ ){0,4}?avec\b", r"(?:lunched|dined) (?:\S+ ){0,4}?with\b",
         r"(?:had|has|will have) (?:a )?(?:working )?(?:lunch|dinner|breakfast) with\b",
         # the near future and the imperfect: « va rencontrer », « il s'entretenait avec »
         rf"{_FR_MODAL} (?:\S+ ){{0,2}}?(?:rencontrer|s'entretenir)", r"(?:s'entretenai(?:en)?t|rencontrai(?:en)?t)",
         # … and those with « avec » (« va échanger lundi avec », « est venu pour échanger avec »), in the future too
         rf"(?:{_FR_MODAL}|{_FR_CAME_FOR}) (?:\S+ ){{0,2}}?(?:s'entretenir|échanger|discuter|dialoguer) (?:\S+ ){{0,8}}?avec\b",
         r"(?:échangera|échangeront|discutera|discuteront|échangeai(?:en)?t|discutai(?:en)?t) (?:\S+ ){0,8}?avec\b",
         # a talk had in another tense than the past (« avait un entretien avec », « aura un entretien », « va avoir une
         # séance de travail », « Ayant eu un entretien avec »), its counterpart after « avec » (not « a une réunion »,
         # which is also « à une réunion » read without accents)
         r"(?:avait|avaient|aura|auront|avoir|ayant(?: eu)?) (?:\S+ ){0,2}?(?:un|une|des) (?:entretiens?|réunions?|séances? de travail|"
         r"rencontres?|tête-à-têtes?|audiences?) (?:\S+ ){0,4}?avec\b",
         # … or told by the gerund opening the sentence: « Rencontrant mardi le ministre … », « S'entretenant avec … »
         rf"^\s*(?:rencontrant|s'entretenant|échangeant) (?:\S+ ){{0,2}}?(?:avec )?{_SOMEONE_AFTER}",
         r"rencontreront", r"(?:a|ont) (?:co-?)?présidé (?:\S+ ){0,6}?(?:une|la|les|un) (?:réunion|séance|travaux|rencontre|session)",
         # the chair told in the present, as the day's news: « préside ce jeudi à Lomé la réunion annuelle »
         r"préside (?:\S+ ){0,6}?(?:une|la|les|un) (?:réunion|séance|travaux|rencontre|session|conférence)",
         r"(?:held|holds|will hold|hold) (?:\S+ ){0,4}?(?:talks|a meeting|meetings|a working (?:meeting|session)|discussions|consultations|dialogue)",
         # a body's own sitting: "the joint committee held its annual session", "The Secretariat … held its first
         # gathering of the heads of its bureaus"
         r"(?:held|holds|will hold) (?:its|their) (?:\S+ ){0,3}?(?:meeting|session|sitting|gathering|assembly)\b",
         r"(?:had|has|have|having) (?:a |an )?(?:\w+ ){0,2}?(?:meeting|talks|discussions?|consultations|tête-à-tête|one-on-one) (?:\S+ ){0,5}?with",
         # … or a working session, an audience, an interaction or exchanges with an office-holder: "had a working session
         # with the Director General", "had an audience with the Ambassador" (not "had an interactive session with students")
         rf"(?:had|has|will have|held|holds|will hold) (?:a |an )?(?:(?:(?:working|bilateral|closed-door|private|joint) )?sessions?|audience|interactions?|"
         rf"exchanges|deliberations|bilateral) (?:\S+ ){{0,5}}?with {_SOMEONE_AFTER}",
         # … or the visitor briefed by his host: "briefed the visiting Zambian Inspector General on community policing"
         rf"(?:briefed|briefs|will brief) (?:the|his|her|their) visiting {_SOMEONE_AFTER}",
         # … or by a verb of its own: "conferred with the High Commissioner", "exchanged views with his counterpart",
         # "interacted with the visiting delegation", a caption's "in talks with his Ghanaian counterpart" (not one
         # conferred with a medal; nor one who exchanged views with residents, or is in talks with kidnappers)
         rf"(?<!was )(?<!were )(?<!been )(?:conferred|confers|confer|conferring|deliberated|deliberates|interacted|interacts|engaged|engages) with "
         rf"{_SOMEONE_AFTER}",
         # … or engaged with no "with", an office-holder its object: "engaged his Mozambican counterpart on cross-border
         # crime"; or engagements held: "was in Nairobi for bilateral engagements with his Kenyan counterpart"; or heads
         # put together: "the two police chiefs put heads together in Lusaka"
         rf"(?<!was )(?<!were )(?<!been )(?:engaged|engages) (?:\S+ ){{0,2}}?{_SOMEONE_AFTER}",
         rf"(?:bilateral |official |working )?engagements? (?:\S+ ){{0,5}}?with {_SOMEONE_AFTER}",
         r"(?:put|putting|puts) (?:their )?heads together\b",
         rf"exchanged (?:views|ideas|notes|opinions) (?:\S+ ){{0,8}}?with {_SOMEONE_AFTER}", rf"\bin talks with {_SOMEONE_AFTER}",
         # a word had on the sidelines: "he had a word with Thailand's Deputy Prime Minister", "had a brief chat with"
         rf"(?:had|has|will have) (?:a |an )?(?:brief |short |quick |private )?(?:word|chat|conversation) with {_SOMEONE_AFTER}",
         # "sat down with the visiting Inspector General on Thursday to discuss …"
         r"(?:sat|sits|will sit) down (?:\S+ ){0,2}?with\b",
         # an encounter told in an aside: "X and Y, during a meeting on Thursday, decided ..."
         r"(?:during|at|in the course of) (?:a|their) (?:\w+ )?meeting (?:on|held|in|last|yesterday|today)\b",
         r"(?:held|holds|will hold|hold) (?:their |the |a |an )(?:\S+ ){0,5}?dialogue\b",
         # talks told through the press conference that followed them: "speaking at a joint press
         # conference after their talks", « une conférence de presse conjointe à l'issue de leurs entretiens »
         r"(?:press|news) conference (?:\S+ ){0,3}?(?:after|following) (?:their|the) (?:talks|meeting|discussions)",
         r"conférence de presse (?:\S+ ){0,3}?(?:à l'issue|au terme) (?:de|des) (?:leurs? |ses )?(?:entretiens|discussions|réunion|travaux)",
         r"met (?:with )?", r"meets (?:with )?", rf"{_WILL}meet",
         # the two sides at the table: "X, leading a five-member delegation, is at the table with a … delegation"
         r"(?:is|are|was|were|sat|sits) (?:\S+ ){0,2}?at the (?:negotiating )?table with",
         # a clause between the verb and its counterpart: "met, in the presence of X, with Y"
         r"met,(?= (?:\S+ ){1,24}?\S+, with )", rf"met(?={_ASIDE} {_SOMEONE_AFTER})", r"(?:co-?)?chaired (?:\S+ ){0,4}?(?:a|the) (?:meeting|session)",
         # a sitting presided over, of a body two sides make up: "presided over the joint security commission with Burkina
         # Faso", "presided over a meeting of the joint border commission" (not a parade or a ceremony presided over)
         rf"(?:presided|presides|will preside) over {_DAY_INSIDE}(?:a|an|the) (?:\S+ ){{0,8}}?(?:meeting|session|sitting|talks|commission|"
         r"committee|working group|dialogue|consultations)\b",
         r"(?:a|ont) eu,? (?:\S+ ){0,8}?une série d'(?:entretiens|rencontres|réunions)", r"(?:a|ont) enchaîné (?:\S+ ){0,4}?les (?:rencontres|entretiens|réunions)",
         # "during a home minister-level meeting with", "During today's meeting with the Ambassador …"
         # ... its day in commas, as Gulf and Sudanese agencies write it: "During his meeting, Monday, with the Ambassador
         # …, the Minister stressed", "during her talks on Friday with"
         # … or a participle opening the sentence: "Meeting the visiting Commissioner on Tuesday, the Minister said …"
         rf"^\s*(?:meeting (?:with )?|(?:holding|having) (?:a |an )?(?:\w+ )?(?:talks|discussions|consultations|meeting|session) with )"
         rf"{_SOMEONE_AFTER}",
         # a line of a minister's agenda, its hour first: « 11h00 : Entretien avec M. X, ambassadeur de Pologne »,
         # "2:00 pm - Meeting with Ms X, High Commissioner of India" (an office-holder named in it: not « Rencontre
         # avec les maires », "Meeting with residents")
         r"^\s*\d{1,2} ?[h:.] ?\d{2}(?: ?[ap]\.? ?m\.?)? ?[:–—-] ?(?:entretiens?|rencontre|audience|séance de travail|"
         r"réunion de travail|(?:déjeuner|dîner|petit-déjeuner) de travail|meeting|talks|courtesy call|working (?:lunch|dinner))"
         r"(?: bilatéra(?:l|le|ux)| bilateral)? (?:avec|with) (?=[^;]{0,100}?\b(?:ambassad\w*|homologues?|counterparts?|ministres?|"
         r"ministers?|high commissioners?|directeur|directrice|director|chef|chief|commissaire|commissioner|délégation|delegation|"
         r"secrétaire général|secretary general|envoy|envoyée?)\b)",
         r"(?:in|during|at) (?:a|the|his|her|(?:today|yesterday)['’]s) (?:[\w-]+ ){0,3}?(?:meeting|talks)"
         r"(?:, (?:\S+ ){0,2}?\S+,)? (?:\S+ ){0,4}?with",
         # … or told as held, with no possessive: "During talks held on Wednesday with the Ambassador, …", « Lors d'un
         # entretien tenu mardi avec l'ambassadeur, … »
         r"(?:during|in the course of|at) (?:talks|a meeting|an audience) held (?:\S+ ){0,4}?with\b",
         r"(?:lors|au cours) d'(?:un entretien|une rencontre|une audience) tenue? (?:\S+ ){0,4}?avec\b",
         r"(?:at|during) (?:a|the) (?:\w+ )?meeting (?:in|at|held in) [A-Z]\w*", r"(?:held|had) (?:a series of|separate|several) (?:talks|meetings)",
         # what was discussed may be a long phrase before the counterpart: "has discussed joint border
         # patrol measures with", « a discuté des mesures de contrôle des frontières avec »
         r"discussed (?:\S+ ){0,12}?with", rf"(?:a|ont) {_ADVERB}(?:échangé|discuté|conféré|dialogué|fait le point) (?:\S+ ){{0,12}}?avec",
         rf"(?:a|ont) {_ADVERB}(?:échangé|discuté|conféré|dialogué|fait le point){_ASIDE} avec\b",
         # a visit told by its aims: « Renforcer, à travers des échanges avec son homologue X, la coopération », « a saisi
         # l'occasion de sa visite pour signer avec le ministre algérien Y une déclaration d'intention »
         r"(?:à travers|au travers|au cours|lors) (?:des|de ses|de leurs|d'|de) ?(?:échanges|entretiens|discussions) avec (?=(?:son|sa|ses|leurs?) (?:\w+ )?homologues?\b)",
         r"pour signer avec (?=(?:le|la|son|sa|leur|l')\s?(?:\w+ ){0,3}?(?:ministre|homologue|directeur|chef|président|secrétaire|ambassad))",
         # ... or addressed with office-holders: "He also addressed regional developments with the Ministers of Interior
         # of A, X, B, Y …", « a abordé la situation régionale avec ses homologues »
         r"addressed (?:\S+ ){0,8}?with (?:the|his|her|their) (?:\w+ ){0,2}?(?:ministers?|counterparts?|chiefs?|heads?|commissioners?|ambassadors?|delegations?)\b",
         r"(?:a|ont) abordé (?:\S+ ){0,8}?avec (?:les|ses|leurs|son|sa|le|la) (?:\w+ ){0,2}?(?:ministres?|homologues?|chefs?|ambassadeurs?|délégations?)\b",
         # what was examined, told with the day as the news opens (« a examiné mardi avec l'ambassadeur … »)
         r"(?:a|ont) (?:examiné|évoqué|abordé|étudié|passé en revue),? (?:ce |le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)"
         r"(?: \S+)?,? avec",
         r"(?:reviewed|examined|explored),? (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday),? with", r"^\s*(?:with|avec) [^.;]{3,200}?, (?:(?:he|she|they|il|elle|ils|elles) |(?:the|le|la|l['’])\s?(?:[\w'’-]+ ){1,5}?)(?:\w+ )?"
         r"(?:discussed|talked|spoke|exchanged|reviewed|(?:a|ont) (?:discuté|évoqué|abordé|examiné|passé en revue|parlé))", r"(?:a|ont) passé en revue,? (?:\S+ ){0,6}?avec",
         r"signing of (?:a|an|the) (?:\S+ ){0,6}?with", r"signature (?:d'un|d'une|du|de la|des) (?:\S+ ){0,6}?avec",
         # the encounter told by the words that end it: « à l'issue de sa rencontre avec X », "after his talks with X"
         r"(?:à l'issue|au terme|au sortir|dans le cadre) de (?:sa|son|leur) (?:rencontre|entretien|audience|séance de travail)"
         r"(?:,? (?:ce |le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier),?)? avec",
         # … or, opening a sentence, by the words that frame what was said at it: « Lors de son entretien avec X, … »
         # (its day in commas: « Lors de son entretien, mardi, avec l'ambassadeur … »)
         r"^\s*(?:lors|au cours) de (?:sa|son|leur) (?:rencontre|entretien|audience|séance de travail)(?:, (?:\S+ ){0,2}?\S+,)? avec",
         r"(?:at the end of|after|following) (?:his|her|their) (?:meeting|talks|audience)(?:, (?:\S+ ){0,2}?\S+,)? with",
         # ... or by the verb's participle, an office-holder or a person named after it: "…, X said on Tuesday after
         # meeting the Ghanaian Inspector-General, Y", "after meeting Y, the …" (not "after meeting the suspect")
         r"(?:after|following|while|when) meeting (?:with )?(?=(?:the |his |her |their |a |an )?(?:[\w-]+ ){0,3}?"
         r"(?:counterparts?|ministers?|ambassadors?|high commissioners?|inspectors?[- ]general|directors?|delegations?|"
         r"chiefs?|heads?|commissioners?|secretar(?:y|ies)|envoys?)\b|(?-i:[A-Z])[\w'-]+ (?-i:[A-Z])[\w'-]+,)",
         # ... or with no possessive: "made this known after talks with X", « l'a annoncé à l'issue d'un entretien avec X »
         r"(?:at the end of|after|following) (?:talks|an audience|a (?:working )?(?:meeting|session)) with",
         r"(?:à l'issue|au terme|au sortir) d'(?:un|une) (?:entretien|rencontre|audience|séance de travail|réunion) avec",
         # an encounter told in a relative clause: « après l'entretien qu'il a eu avec X »
         r"(?:entretiens?|audience|rencontre|réunion|séance de travail) qu'(?:il|elle|ils|elles) (?:a|ont) eue?s? avec",
         # … its subject named, its day and place between: « a dominé l'entretien que le ministre de l'Intérieur, X, a eu
         # mardi à Lomé avec Y »
         r"(?:entretiens?|audiences?|rencontres?|réunions?|séances? de travail|tête-à-tête) (?:que |qu['’])[^.;]{1,120}? "
         r"(?:a|ont|avait|avaient) eue?s? (?:\S+ ){0,4}?avec\b",
         # … or an English possessive, its day between: "The Commissioner's meeting on Monday with the visiting …"
         r"[\w-]+(?:'s|’s) (?:\w+ )?(?:meeting|talks|audience|discussions)(?:,? (?:on |last |this )?(?:monday|tuesday|wednesday|thursday|"
         r"friday|saturday|sunday|yesterday|today|earlier),?)? with\b",
         r"(?:talks|meeting|discussions) (?:he|she|they) (?:had|held) with",
         r"engaged in (?:\S+ ){0,2}?(?:discussions|talks) (?:\S+ ){0,10}?with",
         r"led (?:\S+ ){0,2}?(?:discussions|talks) with", r"(?:a|ont) mené (?:\S+ ){0,2}?(?:discussions|entretiens|échanges|pourparlers) avec",
         # "had the pleasure of participating in a meeting in San José with the Minister …"
         r"(?:participating|participated|took part|taking part) in (?:a |the )?(?:\S+ ){0,2}?(?:meetings?|talks|discussions) (?:\S+ ){0,4}?with\b",
         r"reached (?:an|a) (?:\w+ )?(?:agreement|understanding) with", r"(?:est|sont) parvenue?s? à (?:un|une) (?:\w+ )?(?:accord|entente) avec",
         # the encounter told as the chance a day gave, in the infinitive: « ce fut l'occasion pour cet officier de
         # s'entretenir avec le ministre », "On Monday he had the opportunity to meet with the Commissioner"
         r"(?:l'occasion|l'opportunité) (?:pour [^.;]{2,60}? )?de (?:s'entretenir|échanger|discuter) avec\b",
         r"(?:l'occasion|l'opportunité) (?:pour [^.;]{2,60}? )?de rencontrer\b",
         # … or as what one could do: « il a pu échanger avec le ministre », « ont pu rencontrer », "was able to meet"
         # (« a pu rencontrer », « a pu échanger avec »: the modals above; "was able to meet": _WILL's)
         r"(?:(?:he|she|they) )?(?:had|has|have|took|takes|seized|(?:was|were|has been|have been) given) the (?:opportunity|occasion|chance) (?:\S+ ){0,2}?to "
         r"(?:meet|hold talks|confer)(?: with)?\b"),
     Relation.WITH),
    # read apart from the verbs above, whose sentences they would otherwise all search (their
    # words, "counterpart", « homologue », are common):
    (Cue(
         # two sides as one subject: "X and his Iraqi counterpart Y discussed ...", "X and Y discussed,
         # Wednesday, ways to ..." (the day in commas, as Gulf agencies write it)
         # (a full stop inside a sentence is an abbreviation's: "M. Kwaku Boateng")
         r"and (?:his|her|their) (?:\w+ ){0,2}?counterparts?\b[^;]{0,100}?\b(?:(?:also|further|then) )?(?:discussed|reviewed|exchanged views|explored|examined|"
         r"stressed|underlined|emphasi[sz]ed|called for|agreed)\b",
         r"et (?:son|sa|leurs?) (?:\w+ ){0,2}?homologues?\b[^;]{0,100}?\b(?:ont|a) (?:(?:également|aussi|par ailleurs|en outre|ensuite) )?(?:discuté|évoqué|examiné|passé en revue|échangé|"
         r"appelé|plaidé|souligné|insisté|convenu|préconisé)\b",
         # a meeting named by a phrase of time: « s'exprimait lors d'une réunion de travail sur ... », its kind told
         # by an adjective too: « Il s'exprimait lors d'une rencontre bilatérale avec son homologue »
         r"(?:lors|au cours) d'une (?:réunion|séance|rencontre)(?: de travail)?"
         r"(?: (?:bilatérale|tripartite|restreinte|élargie|officielle|privée|informelle))? (?:avec|entre|sur|consacrée)",
         # the encounter named by a noun in a lead-in phrase: « Lors d'un entretien en marge de …, A et son homologue B ont … »
         r"^\s*(?:lors|au cours) d'(?:un|une) (?:entretien|audience|rencontre|séance de travail)\b(?=[^;]{0,200}?\b(?:et|avec) (?:son|sa|leurs?|l'|le|la) )",
         r"(?:discussed|reviewed|examined),? (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),",
         # two office-holders as one subject, the day before the verb: "Director General of the National Police and
         # US Ambassador X on Friday discussed means to …"
         r"\band (?:\S+ ){1,6}?(?:on|this|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) "
         r"(?:discussed|reviewed|examined|explored)\b",
         # two people as the subject of a discussion named by a pronoun: « A, …, et B, …, en ont discuté hier »
         r"\b(?:en|y) ont (?:\w+ )?(?:discuté|débattu|parlé)\b",
         # a meeting told by the one back from it: "X said this on return from a two-day meeting (March 30-31) in
         # Brisbane with Y", « à son retour d'une réunion de deux jours à Dakar avec Y »
         r"on (?:(?:his|her|their) )?return from (?:a|an|the) (?:\S+ ){0,4}?(?:meeting|talks|visit)\b(?=[^.;]{0,80}?\bwith\b)",
         r"à (?:son|leur) retour d['’](?:une|un) (?:\S+ ){0,4}?(?:réunion|rencontre|visite|séance de travail)\b(?=[^.;]{0,80}?\bavec\b)",
         # a farewell, by either side: "bade farewell to the outgoing Liaison Officer", "paid a farewell call on the
         # Minister", « a pris congé du ministre », « a fait ses adieux à son homologue », « une visite d'adieu au »
         rf"(?:bade|bid|bids|bidding) (?:a )?(?:\w+ )?(?:farewell|goodbye) (?:to )?(?:{_SOMEONE_AFTER}|{_ENVOY_AFTER})",
         r"(?:paid|pays|paying|made|makes|making) (?:a|his|her|their) farewell (?:call|visit)s? (?:on|to)\b",
         # … or by the verb Pacific releases use: "Commissioner X farewelled the outgoing adviser, Y"
         rf"farewelled (?:{_SOMEONE_AFTER}|{_ENVOY_AFTER})",
         rf"(?:a|ont|avait|avaient|est venue?|sont venue?s) (?:\S+ ){{0,2}}?pris congé (?:\S+ ){{0,6}}?(?:de |du |des |d')(?:\S+ ){{0,2}}?{_SOMEONE_AFTER}",
         rf"(?:a|ont|avait|avaient) fait ses adieux (?:\S+ ){{0,4}}?(?:à|au|aux) {_SOMEONE_AFTER}",
         r"(?:visite|audience) (?:d'adieu|de congé) (?:\S+ ){0,4}?(?:à|au|aux|auprès|du|de la|de l')\b",
         # the encounter told only in a quote of one side, in the first person: "My counterpart, A, and I agreed …",
         # "we agreed with my Kenyan counterpart", « Nous avons convenu avec mon homologue », « mon homologue et moi avons »
         r"\b(?:my|our) (?:\w+ ){0,2}?counterparts?\b[^.;]{0,100}? and (?:i|we|myself) (?:have )?(?:\w+ )?(?:agreed|discussed|reviewed|"
         r"talked|spoke|met|decided|resolved|examined|exchanged)\b",
         r"\b(?:i|we) (?:have )?(?:\w+ )?(?:agreed|discussed|reviewed|talked|spoke|met|decided|resolved|examined|exchanged views) (?:\S+ ){0,3}?"
         r"with (?:my|our) (?:\w+ ){0,2}?counterparts?\b",
         r"\b(?:nous avons|j'ai) (?:\w+ )?(?:convenu|discuté|échangé|évoqué|examiné|décidé|arrêté|passé en revue|parlé) (?:\S+ ){0,3}?avec "
         r"(?:mon|notre|mes|nos) (?:\w+ )?homologues?\b",
         r"\b(?:mon|notre) (?:\w+ )?homologues?\b[^.;]{0,100}? et moi(?:-même)? (?:avons|sommes)\b",
         _STOP_LINE,
     ),
     Relation.WITH),
    # read apart from the verbs above, whose anchors they would make common ("is in", « pour »):
    # a visit under way (or gone by) told by where the visitor is and what for: "is in Kigali to discuss ...", "was in
    # Abuja on Tuesday for talks with Y", "is in Kigali to explore avenues of cooperation", "is in Port Moresby this week to strengthen ties with", « est à Accra pour
    # discuter », « se trouve depuis lundi à Ouagadougou pour renforcer la coopération », « est au Rwanda pour explorer
    # les pistes » (a cooperation to explore or strengthen: not troops "in Mali to strengthen the mission")
    (Cue(r"(?:is|are|was|were) (?:currently |now )?in [\w'’-]+(?: [\w'’-]+)? (?:this week |today |since \w+ |(?:on|this|last) \w+ )?"
         r"(?:to discuss|for talks|to hold talks|for (?:a |an )?(?:[\w-]+ )?(?:meetings?|consultations|session) with|to explore (?:\w+ )?(?:avenues|ways|areas|opportunities|possibilities|cooperation)|"
         r"to (?:strengthen|deepen|boost|expand) (?:\w+ )?(?:ties|cooperation|relations|partnership|collaboration))\b",
         # (or, gone by, with its day: « était mercredi à La Haye pour des entretiens avec son homologue »)
         r"(?:est|sont|était|étaient|se trouve(?:nt)?|se trouvai(?:en)?t) (?:actuellement |depuis \w+ |cette semaine |(?:ce )?"
         r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier) )?"
         # (or where told by the island, the country or the town the paper is in: « est actuellement dans l'île pour
         # rencontrer les services de l'État »)
         r"(?:(?:à|au|en|aux) [\w'’-]+(?: [\w'’-]+)?|dans (?:l'île|l'archipel|le pays|la capitale|la ville|nos murs)) "
         # (the town's country after it: « était ce mercredi à La Haye aux Pays-Bas pour une réunion conjointe avec »)
         r"(?:(?:au|aux|en) [\w'’-]+(?: [\w'’-]+)? )?(?:depuis \w+ )?pour (?:discuter|des entretiens|(?:une|des) (?:réunions?|séances?) (?:de travail |conjointes? )?avec|explorer (?:les |des )?(?:pistes|voies|possibilités|opportunités|domaines)|"
         # (… or whom he came to meet: « pour rencontrer son homologue », « pour rencontrer les services de l'État »)
         r"rencontrer (?:son |ses |sa |leurs? |les |le |la |l'|des )|"
         r"(?:renforcer|approfondir|consolider|dynamiser) (?:la |les |le )?(?:coopération|liens|relations|partenariat))\b",
         # … or by what he came for, once where he is is told: « Le DGPR est au Rwanda. X est venu explorer les pistes de
         # coopération »
         r"(?:est|sont) venue?s? (?:explorer (?:les |des )?(?:pistes|voies|possibilités)|échanger sur)\b"),
     Relation.VISITS),
    # … and a gathering attended, told by where the one who attends is and what for: "is in Abuja to attend the meeting
    # of …", « est à Niamey pour prendre part à la réunion des … » (what brought a guest received by another is told
    # in an aside: "Y, who is in Abuja to attend the meeting, was received by X")
    (Cue(r"(?<!who )(?<!who is )(?:is|are|was|were) (?:currently |now )?in [\w'’-]+(?: [\w'’-]+)? (?:this week |today |since \w+ |(?:on|this|last) \w+ )?"
         rf"to (?:attend|take part in|participate in) (?={_A_GATHERING})",
         r"(?<!qui )(?:est|sont|se trouve(?:nt)?) (?:actuellement |depuis \w+ |cette semaine )?(?:à|au|en|aux) [\w'’-]+(?: [\w'’-]+)? "
         rf"(?:depuis \w+ )?pour (?:prendre part|participer|assister) (?:à|aux?) (?={_A_GATHERING})",
         # … or by the delegation a force sends to it: "The PNP will send a 20-member delegation to the 39th ASEANAPOL
         # Conference", « La police enverra une délégation à la 14e assemblée générale »
         rf"(?:will send|is sending|sent|sends|will lead|is leading|led|leads) (?:a|an|its|the|\w+'s) (?:\S+ ){{0,3}}?delegation "
         rf"(?:\S+ ){{0,8}}?to (?={_A_GATHERING})",
         rf"(?:enverra|enverront|a envoyé|ont envoyé|envoie) (?:une|sa|leur) délégation (?:\S+ ){{0,8}}?(?:à|aux?) (?={_A_GATHERING})"),
     Relation.TOGETHER),
    # a signing told by its noun and how it was done: "The virtual signing of the memorandum was done on Tuesday in ..."
    (Cue(r"signing (?:ceremony )?(?:of (?:the|a|an) (?:\S+ ){0,14}?)?(?:was (?:done|held|conducted|performed)|took place)\b",
         # the signing told by what followed it: "After the signing ceremony, the Minister said …", « À l'issue de la
         # cérémonie de signature, le ministre a déclaré … »
         r"(?:after|following|at the end of) the signing ceremony\b",
         r"(?:à l'issue|au terme|au sortir) de la cérémonie de signature\b", r"après la cérémonie de signature\b",
         r"signature (?:\S+ ){0,14}?(?:a eu lieu|s'est (?:déroulée|tenue|faite))\b",
         # a dialogue told by who led each side, or by what was decided at it: "In the first virtual police chiefs'
         # dialogue, the Maldivian delegation was led by A and the Sri Lankan team was led by B", "…, both sides decided to"
         r"^\s*(?:in|at|during) (?:the|a|their) (?:(?!of )\S+ ){0,6}?(?:dialogue|meeting|talks|consultations)\b,?"
         r"(?= [^.;]{0,200}?\b(?:(?:was|were) (?:led|headed) by|(?:also )?(?:agreed|decided|resolved) to)\b)",
         # … or by who led each side, as the sentence's subject: "A and B led their respective sides in the dialogue"
         r"(?:led|headed) (?:their|the|both) respective (?:sides?|delegations?|teams?) (?:in|at|to|during) (?:the|their|this) "
         r"(?:\S+ ){0,3}?(?:dialogue|talks|meeting|consultations|session)\b",
         # the two who met as the subject of what they talked about: « Les deux ministres, qui venaient de visiter
         # le centre commun, ont parlé de … », "The two ministers discussed …"
         r"^\s*(?:les deux|the two|both) (?:ministres|ministers|chefs|chiefs|directeurs|directors|commissaires|"
         r"commissioners)\b[^.;]{0,160}?\b(?:(?:ont|avaient) (?:parlé|discuté|débattu|échangé)|discussed|talked)\b",
         # a gathering told by its image, without « réunis »: « Des experts … sont en conclave depuis lundi à Niamey »,
         # "Senior officers from Kenya and Uganda are in conclave in Busia"
         r"(?:sont|est|étaient|était|seront|sera|entrent|entreront) en conclave\b",
         r"(?:are|is|were|was|will be|went) in (?:a )?conclave\b"),
     Relation.TOGETHER),
    (Cue(r"entretien téléphonique", r"entretiens téléphoniques", r"conférences? téléphoniques?", r"(?:par|au) téléphone", r"téléphoniquement",
         r"(?:par )?visio-?conférence", r"(?:phone|telephone|video) (?:call|conversation|conference|talk)",
         r"by (?:phone|telephone|video ?link)", r"videoconference", r"spoke (?:by phone )?with", r"conference call",
         r"(?:spoke|speaks|talked|talks) (?:\S+ ){0,2}?on the (?:tele)?phone with\b",
         # a call told by who spoke to whom: "Home Secretary X yesterday evening spoke again to Y, Australia's Minister …"
         _SPOKE_TO, *_CALLED,
         r"(?:met|meets|meet|held|hold|holds|was organi[sz]ed|were organi[sz]ed) (?:\S+ ){0,6}?virtually\b",
         # the signing told by a participle after what it opens: "will jointly target … after signing a new agreement"
         r"(?:after|following|upon) signing (?=(?:a|an|the|two|three|several)\b)", r"après avoir signé\b",
         # a signing told in the gerund: « ont lancé un plan, en signant un protocole d'accord par les ministres »
         r"en signant (?=(?:un|une|le|la|les|ce|cet|cette|deux|trois) (?:\S+ ){0,3}?(?:protocole|accord|mémorandum|convention|"
         r"feuille de route|plan|déclaration|charte)s?\b)", *_CONCLUDED, r"signent",
         # a photo's caption, in the present: "A (L) and B sign a cooperation plan for 2027-2028 on June 3 (Photo: VNA)"
         _CAPTION_SIGN,
         # … and in the passive, as the English "was signed": « Un protocole a été signé lundi entre la police du Togo et … »
         _SIGNED_PASSIVE,
         r"(?:ont|a) signé", r"signeront", r"signera", r"(?:va|vont|doit|doivent|devrait|devraient) signer", rf"inked {_DAY_INSIDE}(?=(?:a|an|the|two|three|several) )", r"sealed (?=(?:a|an|the) (?:\S+ ){0,3}?(?:memorandum|agreement|accord|pact|protocol|MoU))", r"(?:ont|a) procédé à la signature", r"signed", r"will sign", _MISSPELT_SIGNED, _EXCHANGED_INSTRUMENTS,
         # a signing announced: "Both countries are expected to ink the Memorandum of Understanding in Vientiane"
         _TO_INK,
         # the deal told as sealed: "The deal was sealed at the Boroko Police station during the signing of an MOU"
         _DEAL_SEALED,
         # an instrument initialled: « Les gendarmeries … ont paraphé mercredi une convention »
         r"(?:ont|a) paraphé", rf"(?:initialled|initialed) {_DAY_INSIDE}(?:a|an|the)\b",
         _INITIALLED_PASSIVE,
         # a gathering attended, told by the participation as a noun: « sera la participation du ministre X, mercredi,
         # au Forum international sur la coopération … »
         r"(?:la|sa|leur) participation (?:du|de la|de l'|des) (?:\S+ ){0,6}?(?:au|à la|à l') (?:forum|conférence|sommet|congrès|assemblée générale)\b",
         r"(?:summary|readout|read-out|compte rendu) (?:of|de) (?:a |an |the |la |l'|une |un )?(?:\w+ )?(?:meeting|call|conversation|réunion|entretien)",
         r"(?:a|ont) (?:pris part|participé)", r"witnessed the signing", r"(?:a|ont) assisté à la signature",
         r"(?:a|ont) été signée?s? (?:\S+ ){0,4}?par", r"prendra part", r"prendront part", r"participera", r"participeront",
         r"(?:took|take|will take) part", r"participated", r"attended", r"will attend",
         # … in the present, or by whom one represents there, with the gathering named after: « prend part depuis mardi à
         # la 43e session du Conseil », « participe à la réunion », "is taking part in the annual meeting", « représentera
         # le Mali à la réunion des chefs de police », "will represent Ghana at the conference" (not « participe à la
         # lutte contre … »)
         # (and in the imperfect of a French report: « Le ministre participait vendredi à la conférence sur … à Niamey »,
         # « prenait part à la réunion »; not "who was attending a meeting abroad", the one absent)
         rf"(?:(?:prend|prennent|prenait|prenaient) part|participent|participe|(?<!qui )participait|participaient|"
         rf"(?:is|are) (?:currently |now )?(?:taking part|participating|attending)|"
         rf"(?:représente|représentent|représentera|représenteront|(?:a|ont) représenté|represents?|represented|will represent) "
         rf"(?:\S+ ){{1,4}}?(?:à|au|at))(?= {_A_GATHERING})",
         # (not who attended the encounter a relative clause names, told before or after: « La rencontre, à laquelle a
         # assisté le secrétaire d'État X, a été l'occasion de … »; the encounter is the sentence that tells it)
         r"(?<!laquelle )(?<!lequel )(?<!auquel )(?<!auxquels )(?<!auxquelles )(?:a|ont) assisté",
         # one who graced a gathering attended it: "President X graced the opening of the 34th … Conference"
         r"graced (?:the )?(?:\S+ ){0,3}?(?:opening|closing|launch|ceremony|occasion|meeting|conference|summit|session)\b",
         # one who joined a gathering attended it: "the police chief together with five other officials have joined the
         # 90th General Assembly of Interpol in India", "Police chief joins INTERPOL assembly" (its name in words, up to
         # the clause's end: not "who joined the force in 1995, …, attended the meeting")
         r"(?:joined|joins|(?:will|to) join) (?:the|a|an) (?:[\w'’()-]+ ){0,6}?(?:meeting|conference|summit|forum|assembly|session|"
         r"congress|seminar|workshop|symposium)\b",
         # one who leads his side's delegation to a gathering attends it: "is today leading the Tuvalu delegation to
         # the 5th Pacific Police Ministers' Meeting in Luganville"
         r"(?:is|was|are|were) (?:\w+ )?leading (?:the|a|his|her|their) (?:\S+ ){0,3}?delegation to the (?:\S+ ){0,6}?"
         r"(?:meeting|conference|summit|forum|assembly)\b",
         # … told in the past, or in French: "led the Nigerian delegation to the West African Police Chiefs Committee
         # meeting", « a dirigé la délégation burkinabè à la réunion du comité des chefs de police »
         r"(?:led|leads|headed|heads|will lead) (?:the|a|his|her|their) (?:\S+ ){0,3}?delegation (?:\S+ ){0,3}?to the (?:\S+ ){0,8}?"
         r"(?:meeting|conference|summit|forum|assembly|session|congress)\b",
         r"(?:a|ont|avait) (?:conduit|dirigé) (?:\S+ ){0,3}?(?:la|une|sa|leur) délégation (?:\S+ ){0,3}?(?:à|aux?) (?:la |l')?(?:\S+ ){0,6}?"
         r"(?:réunion|conférence|sommet|forum|assemblée|session|congrès)\b",
         # a speech at the gathering, in its speaker's words: "I am greatly honoured to address this important meeting",
         # « M. X, ministre de l'Intérieur, qui nous a fait l'amitié de venir en personne … ouvrir cette visite de travail »
         r"(?:honou?red|humbled|privileged|pleased|delighted|honou?r(?: ?for me)?|privilege(?: for me)?) to address (?:this|the|today's) "
         r"(?:\w+ ){0,3}?(?:meeting|conference|session|assembly|gathering|summit)\b",
         r"(?:venir|venue?) (?:\S+ ){0,10}?ouvrir (?:cette|ce|la|le|les) (?:\w+ ){0,2}?(?:visite|séance|réunion|conférence|séminaire|session|travaux)\b",
         # one who spoke at a gathering attended it: "Speaking at the 1st Chiefs of Police Meeting for South
         # America in Lima on Monday, X said", « S'exprimant lors de la conférence des chefs de police, X a … »
         r"(?<![\w-])speaking (?:at|during) (?:the|a|an) (?:\S+ ){0,8}?(?:meeting|conference|summit|forum|session|assembly)\b",
         # … or who gave its keynote, its opening speech: "delivered the keynote address at the African Police Chiefs
         # Summit", « a prononcé mardi à Lomé le discours d'ouverture de la réunion des chefs de police »
         r"(?:delivered|gave|presented|will deliver) (?:a|an|the) (?:\w+ ){0,2}?(?:address|speech|remarks|statement) (?:at|to) "
         r"(?:the|a|an) (?:\S+ ){0,8}?(?:meeting|conference|summit|forum|session|assembly|congress)\b",
         r"(?:a|ont|avait) prononcé (?:\S+ ){0,5}?(?:le|un|son) discours (?:d'ouverture |de clôture |inaugural )?(?:de|à|lors de|devant) "
         r"(?:la|l'|le|les) ?(?:\S+ ){0,4}?(?:réunion|conférence|sommet|forum|session|assemblée|congrès)\b",
         r"s'exprimant (?:lors|à l'occasion|au cours|à l'ouverture) d[eu'] ?(?:la |l'|le )?(?:\S+ ){0,8}?"
         r"(?:réunion|conférence|sommet|forum|session|assemblée)\b",
         # one who spoke at the opening of a numbered gathering: « a appelé …, à l'ouverture lundi dernier à Malabo de la
         # 12ème conférence du comité … », "said at the opening last Monday in Apia of the 14th conference of …"
         r"à l'ouverture (?:\S+ ){0,6}?de la \d+(?:e|è|ème|ieme|ième) (?:conférence|réunion|session|assemblée|sommet)\b",
         r"at the opening (?:\S+ ){0,6}?of the \d+(?:st|nd|rd|th) (?:conference|meeting|session|assembly|summit)\b",
         # one who spoke at a gathering's plenary: « a déclaré le ministre X, lors de la séance plénière de la 14e réunion »
         r"(?:lors|au cours) de la séance plénière d[eu] (?:la |l')?(?:\S+ ){0,3}?(?:réunion|conférence|session|assemblée|"
         r"sommet|forum)\b",
         r"(?:at|during) the plenary (?:session|meeting) of the (?:\S+ ){0,3}?(?:meeting|conference|session|assembly|summit|"
         r"forum)\b",
         # (with an adverb between: « Le ministre s'est notamment réuni avec son homologue jordanien, X »)
         rf"(?:s'est|se sont) {_ADVERB}réunie?s?", r"réunie?s", r"se réuniront", r"se réunira", r"(?:a|ont) réuni", r"réunira",
         r"se réunissent", r"(?:are|were) (?:meeting|gathering|gathered) (?:at|in|for) (?:the |a |an )?(?:\S+ ){0,4}?"
         r"(?:conference|meeting|session|summit|forum|assembly|congress)\b",
         # a gathering to come, with its place or day first: "Police chiefs will gather in Gaborone next week for
         # the 30th Annual General Meeting"
         r"will (?:gather|convene|assemble) (?:in|at|on|next|this) (?:\S+ ){0,12}?for (?:the|a|an|their) (?:\S+ ){0,6}?"
         r"(?:conference|meeting|session|summit|forum|assembly|congress)\b",
         # « se retrouver » as a gathering, with its place or day: « se retrouveront à Genève le 3 décembre »
         r"se (?:retrouveront|retrouvera|retrouvent|sont retrouvée?s) (?=(?:à|au|aux|en|le|ce|cette|lundi|mardi|mercredi|"
         r"jeudi|vendredi|samedi|dimanche|demain)\b)",
         # delegations expected at a gathering just told: « Des délégations du Niger et du Togo sont attendues. »
         r"délégations (?:\S+ ){0,12}?sont attendues(?= *[.;])",
         r"participent à (?:cette|la|une|leur) (?:\S+ ){0,2}?(?:conférence|réunion|session|rencontre|assemblée)",
         r"cérémonie (?:officielle )?d'ouverture (?:\S+ ){0,3}?(?:a eu lieu|s'est (?:tenue|déroulée))",
         # a conference told by its end: "The 46th ASEANAPOL Conference concluded in Manila on Thursday"
         r"(?:conference|summit|general assembly|forum|session|meeting)(?: of (?:\S+ ){0,14}?\S+)?\)? (?:concluded|ended|closed)\b",
         # ... or by what was said at its close: « lors d'un point de presse animé en marge de la clôture de la rencontre
         # africaine des chefs de police », "told reporters at the close of the police chiefs' conference"
         r"(?:lors|en marge|au terme|à l'issue|à l'occasion) de la clôture (?:de la|du|des) (?:rencontre|réunion|conférence|session|assemblée|sommet|travaux)\b",
         r"(?:at|on the sidelines of|on the margins of) the clos(?:e|ing) of the (?:\S+ ){0,5}?(?:meeting|conference|session|summit|assembly)\b",
         # a body told by its sitting: « Le comité mixte franco-suisse a siégé jeudi à Genève »
         r"(?:commission|comité|conseil|committee|council)s? (?:\S+ ){0,9}?(?:a|ont) siégé\b",
         # a numbered gathering named by its members: "The 36th ASEAN Police Chiefs (Aseanapol) concluded on July 28"
         r"\d+(?:st|nd|rd|th) (?:\S+ ){1,5}?(?:\(\S+\) )?(?:concluded|ended|closed) (?:on|in|at|with|yesterday|today)\b",
         r"(?:a|ont) (?:ouvert|clôturé) (?:\S+ ){0,8}?travaux",
         # the proceedings opened or closed, in the passive: « Les travaux de la deuxième session ... ont été clôturés »
         r"travaux (?:\S+ ){0,16}?(?:ont été|ont) (?:clôturés|ouverts|lancés|clos)\b", r"travaux (?:\S+ ){0,16}?se sont (?:achevés|clôturés|terminés)\b",
         # talks told as what a commitment followed: "committed to …, following a working meeting at the GIS headquarters"
         r"(?:following|after) (?:a|their|the) (?:[\w-]+-(?:day|long) )?(?:working )?(?:meeting|talks|session|conference|summit) (?=(?:at|in|on|held|with)\b)",
         # what was agreed, said at the end of the gathering: "agreed Saturday to …, officials said at the end of a
         # two-day meeting of police chiefs in Lisbon"
         r"at the (?:end|close|conclusion) of an? (?:\S+ ){0,3}?(?:meeting|conference|summit|session)\b",
         # office-holders of several countries agreeing together: "Police chiefs from Austria, Hungary, Slovakia and
         # Slovenia agreed Saturday to set up …"
         r"(?:chiefs|ministers|heads|commissioners|directors) from [^.;]{3,80}? and [^.;]{3,40}? (?:agreed|decided|resolved)\b",
         # … or a gathering of some days: « se sont engagés à …, au terme d'une conférence de deux jours à Dakar »
         r"(?:à l'issue|au terme) d'(?:une|leur) (?:séance de travail|réunion|rencontre|conférence)(?: de travail)?(?: de (?:deux|trois|quatre|cinq|\d+) jours)? (?=(?:tenue|à|au|avec)\b)",
         # a body's meeting told by its end: "The Police Department concluded its third meeting of the Joint
         # Commission …", « La Police nationale a clôturé jeudi la quatrième réunion de la commission mixte »
         r"(?:concluded|ended|wrapped up|closed) (?:its|their|the|a) (?:\S+ ){0,3}?(?:meeting|session|round of talks)\b",
         r"(?:a|ont) (?:clôturé|achevé|conclu|bouclé|terminé) (?:\S+ ){0,3}?(?:la|sa|leur|une) (?:\S+ ){0,2}?(?:réunion|session|rencontre)\b",
         # ... or talks told by their end: "as their home secretaries concluded talks here", « ont conclu leurs entretiens »
         r"(?:concluded|wrapped up) (?:(?:their|two|three|\d+) )?(?:days? of )?talks\b",
         r"(?:a|ont) (?:conclu|achevé|terminé|clôturé) (?:leurs|ses|les) (?:entretiens|pourparlers|discussions)\b",
         # ... or by where it was hosted: "The high-level meeting was hosted at …", « La réunion … a été accueillie à »
         r"(?:meeting|talks|session|summit|conference)s? (?:was|were|will be|is being) (?:\w+ly )?hosted\b",
         r"(?:réunion|rencontre|session|conférence)(?: de haut niveau)? (?:a|ont) été (?:accueillie|abritée)s?\b",
         # ... or by who held consultations at it: "there were consultations among X … and the delegation …"
         r"there (?:were|was|have been|will be) (?:\w+ ){0,2}?(?:consultations|talks|discussions|exchanges) (?:among|between)\b",
         # the reunion of two sides: « les retrouvailles entre A et B »
         r"retrouvailles entre (?=[^.;]{3,160}? et )",
         # the talks of the day as the subject, as an opening speech tells them: "Today's talks were part of the dialogue
         # between …", « Les entretiens de ce jour s'inscrivent dans … »
         r"^\s*(?:today|yesterday)['’]s (?:[\w-]+ )?(?:talks|consultations|discussions) (?:were|are|was|is|have|has|will)\b",
         r"^\s*(?:les|nos) (?:entretiens|consultations|discussions|pourparlers) (?:de ce jour|d'aujourd'hui|d'hier)\b",
         # a meeting told by who it included: "Today's meeting, which included the Police Commissioner ..."
         r"meeting,? (?:which )?(?:included|was attended by|brought together)\b", r"(?:opened|closed) the (?:\S+ ){0,3}?(?:meeting|conference|session|workshop|seminar|summit|forum|symposium|colloquium|congress)",
         # « X a ouvert mardi à Paris la conférence des … », « a ouvert le 20ème colloque des attachés de sécurité »
         # (a day and a venue set between commas: « a ouvert, le 11 mai 2026, au Centre de conférences de Bamako, la
         # 5e session »)
         rf"(?:a|ont) (?:officiellement )?(?:ouvert|clôturé|clos)(?:{_ASIDE})? (?:\S+ ){{0,4}}?(?:la|le|les|l') ?(?:\S+ ){{0,2}}?"
         r"(?:réunion|conférence|colloque|session|sommet|forum|assemblée|congrès|symposium)s?\b",
         # ... or one of several countries' office-holders, by its indefinite article: « a ouvert lundi soir à Nantes une
         # réunion des ministres de l'Intérieur de cinq pays », « en ouvrant à Lyon une réunion dite du G6 de six ministres »
         r"(?:(?:a|ont) (?:officiellement )?ouvert|en ouvrant) (?:\S+ ){0,4}?une (?:\S+ ){0,2}?(?:réunion|conférence|rencontre) "
         r"(?=(?:\S+ ){0,4}?(?:des|de) (?:\S+ ){0,2}?(?:ministres|chefs|directeurs|responsables)\b)",
         # a gathering's opening presided over: "presided over the opening ceremony of the 12th General Assembly"
         rf"(?:presided|presides|will preside) over {_DAY_INSIDE}the (?:official )?(?:opening|closing)(?: ceremony)? of\b",
         # … or one it names first, a workshop or a seminar too, among several sides: « a ouvert mardi à Cotonou un
         # atelier sous-régional … réunissant des policiers du Bénin, du Togo et du Nigeria », "opened a three-day regional
         # workshop for officers from Niger, Chad and Cameroon" (not a training course: « un atelier de formation »)
         r"(?:a|ont) (?:officiellement )?(?:ouvert|clôturé|clos) (?:\S+ ){0,7}?(?:un|une) (?:\S+ ){0,2}?(?:ateliers?|séminaires?|réunions?|"
         r"conférences?|colloques?|sessions?|forums?|symposiums?)\b(?! (?:\S+ ){0,2}?de formation)(?=[^.;]{0,160}?\b(?:réunissant|"
         r"rassemblant|regroupant|avec la participation)\b)",
         r"(?:opened|closed) (?:a|an) (?:\S+ ){0,3}?(?:workshop|seminar|meeting|conference|session|forum|symposium)\b(?! (?:\S+ ){0,2}?"
         r"training)(?=[^.;]{0,160}?\b(?:for (?:\S+ ){0,3}?(?:from|of) (?:\S+ ){0,2}?(?-i:[A-Z])|bringing together|attended by)\b)",
         r"declared open", r"en (?:ouvrant|clôturant) (?:officiellement )?les travaux",
         r"(?:échangent|discutent|débattent|se concertent|réfléchissent),? depuis", r"(?:are|have been) (?:meeting|discussing),? since",
         # talks told by « se concerter », whatever the day's place: « Depuis mardi, les ministres … se concertent à
         # Lomé », « sont en concertation mercredi et jeudi à Cotonou »
         r"se concert(?:ent|eront|era|aient)\b", r"(?:se sont|s'est) concertée?s?\b", r"(?:sont|est|étaient|était|seront|sera) en concertation\b",
         r"(?:opening|closing) the (?:\S+ ){0,3}?(?:meeting|conference|session|workshop|seminar|summit|forum|symposium|colloquium|congress)", r"(?:a|ont) (?:co-?)?présidé (?:\S+ ){0,4}?(?:l'ouverture|la clôture|la cérémonie d'ouverture)",
         # … its kin, the opening done: « a procédé lundi à Libreville à l'ouverture d'un séminaire », « a procédé au lancement des travaux »
         r"(?:a|ont|avait|avaient) (?:officiellement )?procédé (?:\S+ ){0,8}?(?:à l'ouverture|à la clôture|au lancement) (?:officielle? )?(?:des travaux )?(?:de|du|des|d')\b",
         r"(?:au cœur|au centre) d'(?:un|une) (?:entretien|rencontre|réunion|séance)",
         # the encounter named by a noun and a pronoun for the two who met, named before: « la séance de
         # travail qui les a réunis mardi », "the meeting that brought them together"
         r"(?:rencontre|réunion|séance de travail|séance|entretien|audience)s? qui les a (?:réuni|reçu)e?s\b",
         r"(?:meeting|talks|session) (?:that|which) brought them together\b",
         # the encounter named by a noun and its two sides: « abordés lors de la rencontre entre A et B »
         r"(?:lors|au cours|à l'occasion) de la (?:rencontre|réunion|séance de travail) entre (?=[^.;]{3,120}? et )",
         r"(?:lors|au cours|à l'occasion) (?:de l'(?:entretien|audience)|du tête-à-tête) entre (?=[^.;]{3,120}? et )",
         # ... or an indefinite one, or talks after which something was agreed: « ont convenu mardi, lors d'une réunion à
         # Rabat entre A et B, de … », "agreed to …, after talks between A and B in Abuja"
         r"(?:lors|au cours|à l'occasion) d'une (?:rencontre|réunion|séance de travail) (?:\S+ ){0,3}?entre (?=[^.;]{3,120}? et )",
         # (indefinite too: "This was the highpoint of discussion during a meeting between the Chairman, A and the Attache, B")
         # (the sentence's dots being an abbreviation's: "between the Chairman, retired Maj.-Gen. A and …")
         r"(?:after|following|during) (?:the |their |an? )?(?:talks|meetings?|discussions) between (?=[^;]{3,120}? and )",
         # what the talks brought: "This was part of discussions between A and his Fijian counterpart B", or what they
         # were about: "This was the main point of a meeting between A and B on Friday in Abuja"
         r"(?:part|the outcome|the result|the (?:main |key |central )?(?:point|focus|highlight|thrust|subject)|the high ?point) "
         r"of (?:the |their |an? )?(?:talks|meetings?|discussions) (?:(?:in|at|on|this|next) [\w'’-]+ ){0,3}?between (?=[^;]{3,120}? and )",
         # … in French, the talks to come: « La sécurité sera au cœur des discussions prévues jeudi à Turin entre A et B »
         # (planned: the same words of talks told before are anaphora, « au centre des échanges entre les délégations »)
         r"(?:au cœur|au centre) des (?:discussions|entretiens|échanges|pourparlers) prévue?s (?:\S+ ){0,4}?entre (?=[^.;]{3,160}? et )",
         # … or what an encounter between two named had on its menu, a sentence opening on it: « Au menu de la rencontre
         # entre le ministre A et l'ambassadeur B, mardi à Yaoundé : … », "On the agenda of the talks between A and B …"
         r"^\s*(?:au menu|à l'ordre du jour) (?:de la|de l'|du) (?:rencontre|réunion|séance de travail|entretien|audience|tête-à-tête) "
         r"entre (?=[^.;]{3,160}? et )",
         r"^\s*on the agenda of (?:the|their) (?:meeting|talks|discussions|audience) between (?=[^;]{3,160}? and )",
         # the talks as the frame of what was agreed, named with their number: "have agreed to … at the 5th Home
         # Secretary Level Talks on Saturday"
         r"(?:at|during) the \d+(?:st|nd|rd|th) (?:[\w-]+ ){0,5}?(?:talks|meeting|dialogue|consultations)\b",
         # … or its number in words, each side's delegation and its head told after it: "The decision was taken in the
         # first virtual Police Chiefs' Dialogue, where the Indian delegation was led by A while …"
         r"(?:at|during|in) the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural) "
         r"(?:[\w'’-]+ ){0,5}?(?:talks|meeting|dialogue|consultations)\b(?=,? (?:where|in which|at which) the (?:\w+ ){0,2}?"
         r"delegations? (?:was|were) (?:led|headed) by\b)",
         # a signing ceremony hosted by an institution: "the Ministry hosted in Chisinau a signing ceremony of ..."
         r"(?:hosted|organised|organized|held) (?:\S+ ){0,4}?(?:a|the) signing ceremony",
         # a signing told by its noun and its two signatories: "following the signing of a memorandum … between A and B"
         # (its day told in commas before its object: « après la signature, aujourd'hui vendredi 5 juin, d'un accord entre
         # les deux pays … par A et son homologue B », "following the signing today, Friday 5 June, of an agreement between")
         rf"signing{SIGNING_DAY} of (?:a|an|the) (?:\S+ ){{0,8}}?between\b",
         rf"signature{SIGNING_DAY} (?:d'un|d'une|du|de la|des) (?:\S+ ){{0,8}}?entre\b",
         r"signature of (?:a|an|the) (?:\S+ ){0,8}?between\b",  # "welcomes the signature of the working arrangement between"
         r"(?:a|ont) (?:abrité|accueilli|organisé) (?:\S+ ){0,4}?(?:la|une) cérémonie de signature",
         r"(?:during|at) the (?:meeting|talks) between (?=[^.;]{3,120}? and )",
         # … or as the subject, who it was between told after its verb: "The brief meeting on Thursday was between A, B and
         # C", "The talks on Tuesday were between A and B"
         r"(?:the|a|this|that) (?:[\w-]+ )?(?:meeting|talks|discussions|session|encounter) (?:(?:on|of|this|last) [\w'’-]+ )?"
         r"(?:was|were|will be) (?:held )?between (?=[^;]{3,160}? and )",
         r"(?:ont|a) fait l'objet d'(?:un|une) (?:entretien|rencontre|réunion|séance)",
         r"(?:ont|a) été (?:passée?s? en revue|examinée?s?|abordée?s?|évoquée?s?) (?:\S+ ){0,6}?par",
         # ... and in English: "Border issues were discussed Monday in Tirana by Interior Minister A and his counterpart B"
         r"(?:was|were) (?:discussed|reviewed|examined|addressed) (?:\S+ ){0,6}?by (?=[^.;]{3,120}?\b(?:and|with)\b)",
         # two sides agreeing on a day, in a place: « Les ministres …, A et B, ont arrêté hier à Rabat un plan d'action »,
         # "agreed in Rabat on Tuesday to …"
         r"(?:ont|sont) (?:convenus?|acceptés?|accepté|arrêté|adopté|décidé) (?:\S+ ){0,2}?(?:à|au|en) (?=(?-i:[A-Z]))",
         r"(?:agreed|decided) (?:on \w+ |\w+day )?in (?-i:[A-Z])[\w'’-]+ (?:on \w+ )?(?:to|on|that)\b",
         # what was discussed, in the passive, at the encounter named by its noun: « Tous ces aspects ont été
         # évoqués lors de la séance de travail que la ministre … », "These issues were discussed at the meeting between"
         r"(?:ont|a) été (?:passée?s? en revue|examinée?s?|abordée?s?|évoquée?s?|discutée?s?) (?:\S+ ){0,3}?(?:lors|au cours) "
         r"(?:de la|d'une|de l'|d'un|du) (?:séance de travail|réunion|rencontre|audience|entretien)\b",
         r"(?:was|were) (?:discussed|reviewed|raised|addressed|examined) (?:\S+ ){0,3}?(?:during|at|in the course of) "
         r"(?:the|a) (?:[\w-]+ )?(?:meeting|talks|session|audience) (?:between|with)\b",
         r"(?:will|to) (?:head|lead) (?:a|the) (?:\w+ )?(?:team|delegation)",
         # a chief taking his officers to a gathering: "is leading senior police officers from Nigeria to Lyon"
         r"(?:is|are) (?:leading|heading) (?:\S+ ){0,6}?(?:officers|officials|team|delegation) (?:\S+ ){0,4}?to\b", r"(?:a|ont) procédé (?:\S+ ){0,4}?à la signature",
         # … or to come: « X et Y procéderont jeudi à la signature d'un protocole », « vont procéder à la signature »
         r"(?:procédera|procéderont|(?:va|vont|doit|doivent) procéder) (?:\S+ ){0,4}?à la signature",
         # … or the cooperation given its form at a ceremony: "will formalize their cooperation at a signing ceremony"
         r"(?:will|to) formali[sz]e (?:\S+ ){0,5}?(?:at|during) (?:a|the) (?:\S+ )?(?:signing )?ceremony\b",
         # (not people said to be gathered somewhere: "armed men were gathered at a house")
         r"(?:convened|(?<!were )(?<!was )(?<!had )gathered|brought together|will bring together)",
         # who was gathered, between the verb and its particle: "brought almost 40 heads of police … together in Cancún"
         r"(?:brought|brings|will bring) (?:\S+ ){1,12}?together (?=(?:in|at|for|on)\b)", r"(?:will|to) (?:jointly )?(?:organise|organize|host|hold)(?! (?:\S+ ){0,3}?(?:patrols|exercises|drills|manoeuvres|maneuvers|operations|raids|inspections|checks|searches)\b)",
         # a gathering its host country or force hosted: "The Royal Government of Thailand has hosted the 8th … Conference",
         # "The Ghana Police Service on Thursday hosted a tripartite meeting between Ghana, Togo and Benin"
         r"(?:(?:has|have|had) )?hosted (?:the|a|an) (?:\S+ ){0,6}?(?:conference|summit|forum|meeting|session|assembly|symposium)\b",
         # … and in French, the host city or country as the subject, its day between: « Niamey a abrité du 3 au 5 mars la
         # neuvième réunion des chefs de police », « La capitale tchadienne a abrité lundi la session du comité »
         r"(?:(?:a|ont) abrité|abrite|abritent) (?:\S+ ){0,8}?(?:la|le|les|l'|une|un) (?:\S+ ){0,4}?"
         r"(?:réunion|session|conférence|assemblée|sommet|forum|rencontre|séminaire|atelier|colloque|travaux)\b",
         # the members coming together: "The leaders came together for the 54th … conference", "X
         # joined police chiefs and commissioners from across the Pacific in Nuku'alofa"
         r"(?:came|come|comes|will come) together (?:for|at|in)\b",
         # … or converging on the host city: "police chiefs from the region converged on Arusha for the annual meeting"
         r"(?:converged|converge|converges|will converge) (?:on|in|at) (?:\S+ ){0,4}?(?:for|to attend)\b",
         # … or sat at one table: "The anti-drug chiefs of three countries sat down together in Islamabad"
         r"(?:sat|sit|sits|will sit) down together\b",
         # a courtesy call in the passive, its host after « to » and its guest after « by »: "A courtesy call was
         # paid to the Commissioner … by the Ambassador", « Une visite de courtoisie a été rendue au général … par »
         rf"(?:call|visit) was paid {_DAY_INSIDE}to\b", r"(?:call|visit) was paid (?:\S+ ){0,3}?by\b(?=[^;]{3,200}?\b(?:on|to)\b)", r"visite (?:\S+ ){0,3}?(?:a|ont) été rendue?s? (?:\S+ ){0,2}?(?:à|au|aux)\b",
         # ... or told by its participle alone, the day and place between: « Audience accordée mercredi par le ministre
         # … à l'ambassadeur », « Visite de courtoisie rendue lundi par X à Y », "Courtesy call paid on Thursday by X on Y",
         # "the audience granted by the Ambassador X to the Inspector-General Y"; the participle may not agree (« l'audience
         # accordé par »)
         r"audience accordée? (?:\S+ ){0,4}?par\b", r"audience granted (?:\S+ ){0,4}?by\b",
         # (also as the setting of what the sentence tells: « Lors de la visite de courtoisie rendue mardi par X à Y, les
         # deux hommes ont … », "During the courtesy call paid on Tuesday by X to Y, the two discussed …")
         r"^\s*(?:(?:lors|au cours|à l'issue|au terme) (?:de la|d'une) )?visites? (?:[\w'’-]+ ){0,3}?(?:rendue?s?|effectuée?s?) "
         r"(?:\S+ ){0,4}?par\b",
         r"^\s*(?:(?:during|at|in the course of|at the end of) (?:the|a) )?(?:courtesy|official|working|farewell) (?:call|visit)s? "
         r"(?:paid |made )?(?:\S+ ){0,4}?by\b(?=[^;]{3,200}?\b(?:on|to)\b)",
         # two sides as one subject of an exchange of views: "A and B exchanged views on …", « A et B ont échangé sur »
         r"exchanged views,? (?:\S+ ){0,3}?(?:on|about|over)\b", r"(?:ont|a) échangé,? (?:\S+ ){0,4}?sur\b",
         r"joined (?:\S+ ){0,3}?(?:chiefs|commissioners|counterparts|ministers|heads|leaders|delegates)\b",
         # the talks told by their end and what both sides did: « À l'issue des discussions, les deux parties ont
         # convenu … », "At the end of the talks, the two sides agreed …"
         r"(?:à l'issue|au terme|au sortir) (?:des|de ces|de leurs) (?:discussions|échanges|entretiens|pourparlers|consultations)"
         r",? (?=(?:les deux|les|the two|both) (?:parties|délégations|pays|sides|delegations|countries)\b)",
         r"(?:at the end|at the close|at the conclusion) of (?:the|their|these) (?:talks|discussions|consultations),? "
         r"(?=(?:the two|both|the) (?:sides|delegations|countries|parties)\b)"),
     Relation.TOGETHER),
]  # fmt: skip

#: A congress as a gathering (« son cinquième congrès international »), not the hall it is held in (« au Palais des
#: congrès ») nor the assembly that bears the name, by its office-holders or its territory (« la présidente du Congrès de
#: la Nouvelle-Calédonie », « le Congrès américain »).
_CONGRESS = (
    r"(?<!palais des )(?<!président du )(?<!présidente du )(?<!membre du )(?<!membres du )"
    r"congrès(?! (?:de la Nouvelle-Calédonie|américain|des [EÉ]tats-Unis))"
)

#: Nouns that name an encounter; with :data:`OCCURRED` in the same sentence they report one
#: ("une réunion de haut niveau s'est tenue", "talks held on Tuesday").
ENCOUNTER_NOUN = Cue(
    # (not the island: « le préfet de La Réunion »)
    r"(?:(?<!la )|(?-i:(?=r)))réunions?", r"rencontres?", r"entretiens?", r"audiences?", r"séances? de travail", r"visites?", r"conférences?", r"sommet",
    r"assemblée générale", r"séminaire", r"atelier", r"forum", r"session", r"consultations", r"pourparlers", _CONGRESS,
    # gatherings of scholars' names that security chiefs hold too: « la journée de colloque organisée mardi à Comines »
    r"colloques?", r"symposiums?", r"symposia", r"tables? rondes?", r"round ?tables?",
    # a dialogue two governments hold under that name: "the Kenya-UK High-Level Security Dialogue took place", « le
    # dialogue stratégique s'est tenu »
    r"dialogues?",
    r"meetings?", r"talks", r"visits?", r"conference", r"summit", r"general assembly", r"seminar", r"workshop",
    r"session", r"consultations", r"discussions", r"call", r"joint working group", r"groupe de travail (?:conjoint|mixte)",
    r"joint (?:(?:permanent|standing|ministerial|bilateral|technical|border) )?(?:commission|committee)", r"joint sitting", r"extended sitting", r"commission mixte", r"comité mixte",
    # the board two ministries sit on together, by its numbered sitting: "The fourth sitting of the joint collegium of
    # the Internal Affairs Ministries … has started its work", « la session du conseil conjoint … a entamé ses travaux »
    r"sittings?(?= of (?:the|a|their) )", r"joint (?:board|collegium)", r"(?:conseil|collège) conjoint",
)  # fmt: skip
OCCURRED = Cue(
    r"(?:s'est|se sont) (?:tenue?s?|déroulée?s?)", r"se tiendra", r"se tiendront", r"a eu lieu", r"ont eu lieu",
    # in the imperfect of the scene: « Mardi 6 octobre, à Maripasoula, se tenait une rencontre officielle regroupant … »
    r"se tenai(?:t|ent)(?= (?:une?|la|le|les|l'|des)\b)",
    r"aura lieu", r"auront lieu", r"avai(?:t|ent) eu lieu", r"tenue?s?",
    # to come, by a modal: « doit se tenir lundi », « devrait avoir lieu », "is expected to take place"
    r"(?:doit|doivent|devrait|devraient|va|vont) (?:se tenir|avoir lieu|se dérouler)",
    r"(?:is|are) (?:expected|scheduled|due|set) to (?:take place|be held)", r"(?:se tient|se tiennent|se déroulent?)(?= (?:la|le|les|l'|depuis|du|ce|cette|à|au|en)\b)", r"organisée?s?", r"(?:a|ont) (?:co-?)?présidé", r"présidera",
    r"(?:was|were|will be|is being) held", r"held", r"took place", r"occurred", r"will take place", r"takes place", r"organised",
    r"(?:has|have) taken place",
    # to come, as planned: « Une réunion des ministres … est prévue le 14 mars », "a meeting of … is planned for May"
    r"(?:est|sont|sera|seront) (?:\S+ )?prévue?s? (?=(?:le|les|du|pour|à|au|en|ce|cette|dans|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)",
    r"(?:is|are) (?:\S+ )?(?:planned|slated) (?=(?:for|on|in|at|to)\b)",
    # … or told by its close: « a refermé ses portes jeudi », "closed its doors", "came to a close", "drew to a close"
    r"(?:a|ont) (?:re)?fermé (?:ses|leurs) portes", r"(?:s'est|se sont) refermée?s?", r"closed (?:its|their) doors",
    r"(?:came|comes|drew|draws|has come|have come) to (?:a|an) (?:\w+ )?(?:close|end)\b",
    # a gathering under way: "The meeting continues in Nadi", « les travaux se poursuivent »
    r"(?:continues|continue) (?=(?:in|at|today|tomorrow|until|on)\b)", r"(?:se poursuit|se poursuivent) (?=(?:à|au|en|jusqu|demain|aujourd)\b)",
    r"organized", r"(?:co-?)?chaired", r"opened", r"brought together", r"will bring together",
    # a gathering under way as it is told: "The Joint Border Security Meeting, currently underway in Mangochi,
    # brings together senior officers of both forces"
    r"brings together", r"(?:is|are) bringing together", r"(?:currently|now|is|are) under ?way",
    # … or as hosted when it is told: « accueille actuellement la 25e assemblée générale du comité »
    r"(?:accueille|accueillent|abrite|abritent) (?:actuellement|en ce moment|depuis (?:ce )?(?:hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))(?= (?:la|le|les|l'))",
    # those a gathering pooled: "The two-day ministerial conference pooled the interior ministers of …"
    r"pooled (?=the )",
    # those who spoke at it: "interior ministers of the region said at a conference in Ohrid"
    r"(?<=said )at a (?=(?:\w+ )?(?:conference|meeting|summit|forum) in\b)",
    r"(?:ont|a) (?:débuté|commencé|démarré)", r"(?:s'est|se sont) ouverte?s?", r"(?:a|ont) entamé (?:ses|leurs) travaux",
    # a gathering told on its first day, in the present: « L'assemblée générale s'ouvre aujourd'hui à Alger »
    r"s'ouvr(?:e|ent) (?=(?:aujourd'hui|ce (?:matin|jour|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))\b)", r"began", r"started", r"commenced", r"got under way", r"kicked off",
    # the encounter told by its end: "at the ninth meeting that ended in Hong Kong today", « la réunion qui s'est achevée jeudi »
    r"(?<=that |hich )(?:ended|concluded|closed)", r"(?:qui )?(?:s'est|se sont) (?:achevée?s?|clôturée?s?|terminée?s?)", r"(?:a|ont) pris fin",
    # the encounter as the frame of its topic: « X a été au centre de l'entretien du ministre ... avec ... »
    r"(?:a|ont) été au (?:centre|coeur|cœur) (?:de l'|des |de la )", r"(?:was|were) at the (?:centre|center|heart) of (?:the )?",
)  # fmt: skip

#: A document that is only signed by its author: "a statement signed by the Director of
#: Public Affairs", « un communiqué signé par le porte-parole ». No encounter.
SIGNED_DOCUMENT = Cue(
    r"(?:statement|press release|release|communiqué|communique|letter|note|message|notice|circular|lettre|circulaire)s? "
    r"(?:\S+ ){0,3}?(?:signed|signée?s?|issued and signed)",
)  # fmt: skip

#: A signing: the one encounter that organisations, not only people, are said to hold
#: ("Europol and the national police signed a working arrangement").
SIGNING = Cue(r"(?:ont|a) signé", r"(?:ont|a) paraphé", _SIGNED_PASSIVE, rf"(?:initialled|initialed) {_DAY_INSIDE}(?:a|an|the)\b", r"signeront", r"signera", r"signent",
              # (an agreement given its form at a ceremony: "will formalise the agreement at a ceremony in Banjul")
              r"formali[sz]e (?:\S+ ){0,5}?(?:at|during) (?:a|the) (?:\S+ )?(?:signing )?ceremony\b",
              _INITIALLED_PASSIVE,
              # a signing to come as the encounter's point: « M. X doit signer le 21 octobre avec son homologue » (not one
              # planned within a visit, the visit being the encounter: « une visite …, au cours de laquelle elle doit signer »)
              r"(?<!laquelle il )(?<!laquelle elle )(?<!lequel il )(?<!lequel elle )(?:doit|doivent|devrait|devraient) signer",
              r"pour (?:y )?signer avec", r"to sign with",  # « était mardi à Vienne pour signer avec son homologue »
              *_CONCLUDED,
              # (its day in commas: « la signature, aujourd'hui vendredi 5 juin, d'un accord », "the signing today, Friday
              # 5 June, of an agreement")
              r"procédé (?:\S+ ){0,4}?à la signature", rf"signature{SIGNING_DAY} (?:d'un|d'une|du|de la|des)", r"signature of (?:a|an|the)\b",
              r"signed", r"will sign", rf"signing{SIGNING_DAY} (?:of|ceremony|was done|was held|took place)", _MISSPELT_SIGNED, _CAPTION_SIGN,
              _EXCHANGED_INSTRUMENTS, r"ratification ceremony", r"cérémonie de ratification",
              rf"inked {_DAY_INSIDE}(?=(?:a|an|the|two|three|several) )", _TO_INK,
              # the lawyers' word: "the two directors executed a Memorandum of Understanding"
              r"executed (?=(?:a|an|the|two|three|several) (?:\S+ ){0,3}?(?:memorandum|memoranda|agreements?|accords?|protocols?|MoUs?|"
              r"arrangements?|conventions?|treaty|treaties)\b)", _DEAL_SEALED, r"sealed (?=(?:a|an|the) (?:\S+ ){0,3}?(?:memorandum|agreement|accord|pact|protocol|MoU))")  # fmt: skip

#: Crimes committed by telephone, after "telephone", « téléphonique »: no call.
_PHONE_CRIME = r"(?:(?:financial|banking) )?(?:fraud|frauds|scams?|extortion|phishing)"

KIND_CUES: list[tuple[MeetingKind, Cue]] = [
    # (a crime committed by telephone is no call: "telephone financial fraud", « escroqueries téléphoniques »)
    (MeetingKind.CALL, Cue(rf"(?<!escroqueries )(?<!arnaques )(?<!fraudes )(?<!fraude )téléphon\w*(?! {_PHONE_CRIME})",
                           r"visio-?conférence", rf"phone(?! {_PHONE_CRIME})", rf"telephone(?! {_PHONE_CRIME})", r"video ?(?:call|conference|link)",
                           r"conference call", r"audio ?conference", r"audioconférence",
                           r"videoconference", r"virtual (?:meeting|talks|session)", r"virtually", r"réunions? virtuelles?",
                           _SPOKE_TO, *_CALLED)),
    (MeetingKind.SIGNING, SIGNING),
    # (not the hall it is held in: « au Palais des congrès », « au Centre international de conférences », "at the
    # International Conference Centre")
    (MeetingKind.CONFERENCE, Cue(r"(?<!centre international de )(?<!centre de )conférence", r"assemblée générale", r"sommet",
                                 r"forum", r"séminaire", _CONGRESS, r"colloque", r"assises",
                                 # the general assembly told again by its noun: "Held at the Palais des Congrès, the
                                 # Assembly was hosted by …"
                                 r"(?:the|this|cette|l') ?assembl(?:y|ée)(?! (?:nationale|national|populaire))\b",
                                 r"symposium", r"atelier", r"session (?:ordinaire|extraordinaire)", r"\d+e session",
                                 r"réunion (?:\w+ ){0,2}?(?:ministérielle|multilatérale|régionale|des ministres|des chefs|des directeurs)",
                                 r"conseil des ministres", r"conference(?! (?:centre|center|hall))", r"general assembly", r"summit", r"seminar",
                                 r"workshop", r"congress(?! (?:centre|center|hall))", r"ministerial meeting", r"multilateral", r"regional meeting",
                                 r"plenary",
                                 # the meeting of a region's chiefs or ministers: "the annual meeting of West African police
                                 # chiefs", "meeting of the Heads of Immigration" (« réunion des chefs » above); not "of the two
                                 # ministers"
                                 r"meeting of (?!(?:the )?(?:two|both)\b)(?:the )?(?:\S+ ){0,4}?(?:chiefs|heads|ministers|commissioners|directors)\b")),
    (MeetingKind.WORKING_MEETING, Cue(r"entretiens?", r"réunion de travail", r"séances? de travail", r"réunion", r"talks",
                                      r"working (?:meeting|session)", r"meetings?", r"discussions", r"consultations",
                                      rf"(?:s'est|se sont) {_ADVERB}entretenue?s?", r"s'entretiendra", r"séance",
                                      # a meeting of two, however a visit frames it (« rencontre » alone may be a forum)
                                      r"rencontres? bilatérales?")),
    (MeetingKind.OFFICIAL_VISIT, Cue(r"visite", r"visited", r"visit", r"s'est rendue?", r"se rendra", r"tournée", r"tour",
                                     r"courtesy call", r"visite de courtoisie")),
]  # fmt: skip

#: A day to come, or one that a present tense of a journey makes to come (:data:`JOURNEY_TO_COME`).
_COMING_DAY = r"(?:tomorrow|demain|(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
#: A journey in the present to a day to come: "travels to Colombo on Friday", "heads to Nairobi on Monday for a
#: two-day visit", « se rend samedi à Cotonou », « effectue à partir de demain une visite » (not one under way:
#: « effectue depuis lundi », « entame ce lundi une visite », the day of the text). The encounter it leads to may come
#: well after its verb, and is looked for there.
JOURNEY_TO_COME = Cue(
    rf"(?:travels|heads|flies|leaves|departs) (?:to|for) (?:(?!this )\S+ ){{0,3}}?(?:on )?{_COMING_DAY}",
    # (read unaccented, « a effectué », « ont entamé » are the present's letters: a past)
    rf"(?<!\ba )(?<!ont )(?<!avait )(?<!avaient )(?<!ayant )(?:se rend|se rendent|effectue|effectuent|entame|entament) (?:(?!depuis |ce |cette )\S+ ){{0,3}}?(?:(?:à partir d[e'] ?|dès )?){_COMING_DAY}",
)  # fmt: skip

FUTURE = Cue(
    r"se rendra", r"se rendront", r"rendra", r"rendront", r"effectuera", r"effectueront", r"recevra", r"accueillera", r"tiendra", r"tiendront",
    r"accordera", r"accorderont", r"offrira", r"offriront",
    r"participera", r"participeront", r"prendra part", r"prendront part", r"présidera", r"signeront", r"signera", r"se réuniront",
    r"procédera", r"procéderont",  # « procéderont jeudi à la signature d'un protocole »
    r"représentera", r"représenteront",
    # a gathering convened, in the present, for days it names: « se réunissent à Lomé, les 17, 18 et 19 avril »
    r"se réunissent (?:\S+ ){0,4}?(?:les|du|le) \d+",
    r"se réunira", r"se tiendra", r"se tiendront", r"aura lieu", r"auront lieu", r"s'entretiendra", r"rencontrera",
    r"se retrouveront", r"se retrouvera", r"sera (?:la|sa|leur) participation",  # « Le point culminant sera la participation du ministre »
    r"visitera", r"réunira", r"prochainement", r"sera reçue?", r"seront reçue?s", r"sera accueillie?", r"seront accueillie?s",
    r"est attendue?s?", r"sont attendue?s?", r"will",
    r"(?:va|vont|doit|doivent|devrait|devraient) (?:\S+ ){0,2}?(?:recevoir|accueillir|rencontrer|s'entretenir|échanger|avoir|tenir|"
    r"se rendre|rendre|signer|procéder|effectuer|participer|prendre part|se tenir|accorder|offrir)",
    r"échangera", r"échangeront", r"aura (?:\S+ ){0,2}?(?:un|une|des) ", r"auront (?:\S+ ){0,2}?(?:un|une|des) ", r"(?:is|are) (?:also |further )?(?:to|scheduled to|expected to|due to|set to|slated to|poised to) \w+", r"(?:is|are) (?:expected|due) (?:in|at) ",
    # (not the chance one had or was given: "had the opportunity to hold talks with", which happened)
    r"(?<!opportunity )(?<!occasion )(?<!chance )(?<!able )(?<!day )to hold",
    # talks planned: « au cœur des discussions prévues jeudi à Turin » (a noun of talks right before)
    r"(?:discussions|entretiens|échanges|pourparlers|consultations|réunions?|rencontres?) prévue?s\b",
    # … or said planned: « Une réunion des ministres … est prévue le 14 mars », "is planned for May" (not what a text
    # provides: « prévue par la loi »)
    r"(?:est|sont) (?:\S+ )?prévue?s?\b(?! par)", r"(?:is|are) (?:\S+ )?(?:planned|slated)\b(?! by)",
    # a headline's "is to": "Police chiefs A and B to sign MoU on cross-border crime" (a signing to come)
    rf"to {_CAPTION_SIGN}",
    # (not one who "was honored to host" a visitor: it happened)
    r"(?<!honored )(?<!honoured )(?<!pleased )(?<!delighted )(?<!privileged )(?<!proud )(?<!happy )(?<!glad )(?<!able )to host", r"next week", r"la semaine prochaine", r"(?:arrives?|arriving|lands?|travels?) (?:\S+ ){0,3}?tomorrow",

    # a trip under way this week, its meetings to come: "is travelling to Fiji and Samoa this week", "plans to meet
    # police leaders"
    r"(?:is|are) (?:travell?ing|heading|departing|leaving) (?:to|for) (?:\S+ ){0,5}?this week\b", r"plans? to (?:meet|visit|hold)\b",
    r"le mois prochain", r"next month", r"upcoming",
    # an encounter in the present on the morrow: « reçoit demain à Abidjan le ministre », « s'entretient demain avec »
    r"(?:reçoit|reçoivent|accueille|accueillent|rencontrent?|s'entretien(?:t|nent)) demain\b",
    # a trip someone is sent on: « a chargé le ministre de se rendre à Niamey », "asked the IGP to travel to Accra"
    rf"{_FR_SENT} se rendre\b", rf"{EN_SENT} (?:travel|proceed|visit)\b",
)  # fmt: skip

#: The participles of an encounter's verbs, in any gender and number: « reçu », « entretenus », « réunies ».
_FR_MET = (
    r"(?:reçu|rencontré|eu|tenu|signé|paraphé|accueilli|effectué|présidé|coprésidé|co-présidé|"
    r"entretenu|rendu|réuni|visité|conféré|retrouvé)(?:e|es|s)?"
)
#: The verb of an encounter in a past tense (searched from just before its cue to its end): "met", "held talks", "has
#: received", "was welcomed", « a reçu », « ont été reçus », « s'est entretenu », « se sont réunis ».
TOLD_PAST = Cue(
    r"(?:met|held|received|hosted|welcomed|visited|paid|signed|called on|spoke|talked|conferred|chaired|co-chaired|"
    r"convened|had)",
    r"(?:has|have|had|was|were) (?:\w+ )?\w+ed",
    # (its participles named: read unaccented, « à Lomé » has the letters of « a » and a participle)
    rf"(?:a|ont|avait|avaient)(?: été)? (?:\S+ )?{_FR_MET}",
    rf"(?:s'est|se sont|s'était|s'étaient) (?:\S+ )?{_FR_MET}",
)

#: A meeting recalled as background, not reported: "lors de leur rencontre de 2019".
BACKGROUND = Cue(
    r"(?:lors|au cours) de (?:leur|la|sa|notre) (?:précédente |dernière |première )?(?:rencontre|réunion|visite|entretien)s? (?:de|en|du mois) ",
    # (not the first of its kind for years: "hosted the Senior Officers' Meeting, the first since 2019")
    r"(?:en|in) (?:19|20)\d\d", r"(?<!first )(?<!première )(?<!premier )(?:depuis|since) (?:19|20)\d\d", r"l'an(?:née)? (?:dernier|dernière|passée?)", r"last year",
    r"(?:précédente|dernière) (?:rencontre|réunion|visite|session)", r"previous (?:meeting|visit|session)",
    r"(?:rappelé|rappelant|rappelle|recalled|recalling|recall|remembered|évoqué le souvenir)",
    r"avai(?:t|ent) (?:été )?\w+ée?s?", r"had (?:been )?\w+ed", r"s['’](?:était|étaient) (?:déjà )?\w+",
    r"il y a (?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|quelques|plusieurs|\d+)(?:[- ]\w+)? (?:ans|mois|années)", r"(?:years|months|decades) ago",
    r"depuis (?:son|leur|l') ?indépendance", r"since (?:its|their) independence",
)  # fmt: skip

#: A year's tally of encounters, as a yearly review gives it: "During the year, the Service held 14 working meetings
#: with …", « Au cours de l'année, la police a tenu 12 réunions de travail … et a signé trois accords » (no encounter
#: of its own, whatever it counts).
YEAR_TALLY = Cue(
    r"(?:during|throughout|in the course of|over|in) the (?:past |last )?year", r"over the (?:past|last) (?:twelve|12) months",
    r"(?:au cours|tout au long) de l'année", r"(?:durant|pendant) l'année", r"au cours des (?:douze|12) derniers mois",
)  # fmt: skip

#: How a body works, not one of its sittings: "The committee holds its meetings under the framework of the decision
#: issued by X", « La commission mixte se réunit une fois par an, alternativement à Rabat et à Madrid », "meets every
#: quarter" (a rule or a habit: no encounter of its own, nor are those it names at one).
ROUTINE = Cue(
    r"(?:holds|hold) (?:its|their) (?:\w+ )?(?:meetings|sessions)",
    r"(?:tient|tiennent) (?:ses|leurs) (?:\w+ )?(?:réunions|sessions)",
    r"(?:meets|meet|se réunit|se réunissent) (?:regularly|periodically|every|each|once a|twice a|régulièrement|périodiquement|"
    r"chaque|tous les|toutes les|une fois (?:par|l')|deux fois (?:par|l'))",
)

#: A sentence that recalls the past whatever dates it gives: « Pour rappel, X avait reçu
#: en janvier 2020 Y, alors directeur ... », "It will be recalled that ...", "had already met".
#: An earlier gathering of the series the text tells: "The previous meeting was held in Lima", « La précédente réunion
#: s'était tenue à N'Djamena »; the first one, in the pluperfect or dated with its year: "The first meeting took place
#: in Guayaquil, Ecuador, on Nov. 14, 2025, where …" (not the first told as today's: "the first meeting took place on
#: Monday"). Read on the whole sentence, its year may come late.
EARLIER_OF_SERIES = Cue(
    r"(?:the|la|le) (?:previous|last|preceding|précédente?|dernière|dernier) (?:\S+ ){0,3}?(?:meeting|session|edition|réunion|"
    r"édition|rencontre|conference|conférence)s? (?:\S+ ){0,4}?(?:took place|was held|had been held|had taken place|"
    r"s'(?:est|était) tenue?|(?:a|avait) eu lieu)\b",
    r"(?:the|la|le) (?:first|inaugural|première|premier) (?:\S+ ){0,3}?(?:meeting|session|edition|réunion|édition|rencontre|"
    r"conference|conférence)s? (?:\S+ ){0,4}?(?:had been held|had taken place|s'était tenue|avait eu lieu|"
    r"(?:took place|was held|s'est tenue|a eu lieu)(?=[^;]{0,60}?\b(?:19|20)\d\d\b))",
)  # fmt: skip

#: Not right after a bare pronoun subject ("This comes after …", « Cela fait suite à … ») nor a noun of what was said
#: or decided ("Her remarks came after …", « Cette annonce fait suite à … »): the subject stands for the news just
#: told, and the encounter it came after is the one reported, not background.
_NOT_AFTER_THE_NEWS = "".join(
    rf"(?<!\b{subject} )"
    for subject in (
        "this", "it", "that", "cela", "ceci",
        "remarks", "statement", "comments", "announcement", "decision", "pledge", "assurance", "assurances",
        "déclaration", "déclarations", "annonce", "décision", "propos",
    )
)  # fmt: skip

RECALLED = Cue(
    r"pour rappel", r"rappelons que", r"il (?:est|convient) (?:à|de) rappeler", r"(?:it will|it should|it may) be recalled",
    r"it is (?:worth )?recalling", r"for the record,", r"it will be remembered", r"(?:l'on|on) se souviendra", r"on se souvient (?:que|qu')", r"avai(?:t|ent) déjà (?:reçu|rencontré|accueilli|effectué|tenu|visité)",
    r"had (?:previously|already) (?:received|hosted|met|visited|held)",
    # an encounter the speaker recalls, told in the pluperfect (the day is the speaker's, not the encounter's): "X
    # recalled on Tuesday that he had met Y last year", « X a rappelé mardi qu'il avait rencontré Y l'an dernier »
    r"(?:recalled|recalling|remembered|rappelée?|rappelant|rappelle|rappelait)\b[^.;]{0,60}? (?:that |qu['’]|que )"
    r"(?:\S+ ){0,4}?(?:had|avai(?:t|ent))",
    # ... or by its noun and a year gone by, whatever the clause after: "recalled that during his 2024 meeting with Y the
    # two forces had agreed", « a rappelé que lors de leur rencontre de 2024 à Dakar, les deux ministres … »
    r"(?:recalled|recalling|remembered|rappelée?|rappelant|rappelle|rappelait)\b[^.;]{0,60}? (?:that |qu['’]|que )(?:\S+ ){0,3}?"
    r"(?:(?:his|her|their|the|its) (?:19|20)\d\d (?:\S+ )?(?:meeting|talks|visit|call|summit|conference)|(?:meeting|talks|visit|"
    r"rencontre|réunion|visite|entretiens?|sommet|conférence) (?:in|of|de|en) (?:\S+ )?(?:19|20)\d\d)\b",
    # ... or named by its noun and who held it: "recalled talks she held two years ago with Y", « a évoqué vendredi les
    # entretiens qu'il avait eus en 2025 avec Y »
    r"(?:recalled|recalling|remembered|rappelée?|rappelant|évoquée?|évoquant)\b[^.;]{0,60}? (?:the |his |her |their |les |la |le |l['’]|ses |sa |son )?"
    r"(?:\S+ ){0,2}?(?:talks|meetings?|discussions|visit|entretiens?|rencontres?|réunions?|échanges|visite)\b (?:that |which |qu['’])?"
    r"(?:he|she|they|il|elle|ils|elles) (?:had |avai(?:t|ent) |a |ont )?(?:held|had|paid|made|eue?s?|tenue?s?|effectuée?s?)\b",
    # earlier encounters referred to by their noun, whoever held them: "The LNP Chief referenced past engagements between
    # the two countries, notably in X, where he and Y had briefed …", « a évoqué les précédentes rencontres entre … »
    r"(?:referenced|referred to|recalled|recalling|cited|citing|pointed to) (?:the |their |his |her )?(?:past|previous|"
    r"earlier|former|prior) (?:\S+ )?(?:engagements|meetings|encounters|visits|talks|exchanges|contacts)\b",
    r"(?:évoqué|évoquant|rappelé|rappelant) (?:les|leurs|ses) (?:précédentes|anciennes|dernières) (?:rencontres|réunions|"
    r"visites|entrevues)\b",
    # a gathering a side hosted before: « Il a rappelé que son pays avait abrité l'assemblée générale de l'Afripol »
    r"(?:avai(?:t|ent)|had) (?:abrité|accueilli|hosted) (?:la |le |l['’]|les |the |a |an )(?:\S+ ){0,3}?(?:assemblée|réunion|"
    r"conférence|sommet|session|assembly|meeting|conference|summit)\b",
    r"s'(?:était|étaient) déjà (?:rendue?s?|entretenue?s?|réunie?s?|rencontrée?s?)",
    # the encounters the one told followed: "The visit followed meetings between A and B in Canberra",
    # « Cette visite fait suite aux entretiens entre A et B »
    # (not a courtesy call, the setting of the talks told: "The engagement on Thursday followed a courtesy visit of the
    # IGP to the offices of the Minister", as "following a courtesy call from" is)
    # (nor what a bare pronoun stands for, the news the text leads on: "The two forces agreed to set up committees.
    # This comes after a meeting between A and B": that meeting is the one reported)
    rf"{_NOT_AFTER_THE_NEWS}(?:followed|follows|came after|comes after) (?!(?:a|an|the) (?:\w+ )?courtesy )(?:\S+ ){{0,2}}?(?:meetings?|talks|"
    r"discussions|visits?|calls?) (?:between|with|by|of)\b",
    rf"{_NOT_AFTER_THE_NEWS}(?:fait|faisait|faisant) suite (?:à|aux) (?:\S+ ){{0,2}}?(?:l['’])?(?:rencontres?|entretiens?|visites?|réunions?|échanges?)\b",
    # … named by a pronoun: « cette visite fait suite à celle effectuée en mars par le ministre », "follows the one paid in March"
    r"(?:fait|faisait|faisant) suite (?:à celle|à celles|à celui|à ceux)\b", r"(?:followed|follows) (?:the one|that) (?:paid|made|held)\b",
    # « leur visite s'inscrit dans la suite de celle effectuée les 3 et 4 juillet derniers par le ministre X », "the visit
    # is a follow-up to the one paid in July by Minister X"
    r"dans la suite (?:de celle|de celui|de celles|de ceux)\b", r"(?:a|the) follow-up (?:to|of) (?:the one|that)\b",
    # the encounter told as coming after an earlier one: « Cet entretien survient une semaine après le séjour en Tunisie
    # du secrétaire d'État », "The talks come two weeks after the minister's visit to Rabat"
    rf"{_NOT_AFTER_THE_NEWS}(?:survient|intervient|vient|arrive|comes?|came) (?:\S+ ){{0,4}}?(?:après|after) (?:le|la|l'|les|the|a|an|his|her|its) ?"
    r"(?:\S+ ){0,3}?(?:séjour|visite|rencontre|réunion|entretiens?|visit|trip|meeting|talks)\b",
    # another gathering, dated in the past, a speaker is quoted at: "At the closing of a workshop on firearms in
    # March, the Canadian High Commissioner said …"
    r"(?:at|during) the (?:opening|closing|close|end) of (?:a|an|another) (?:\S+ ){0,5}?(?:in (?:january|february|march|"
    r"april|may|june|july|august|september|october|november|december)|last (?:week|month|year)|earlier this (?:month|year))\b",
    # what the encounter builds on: "These talks build on the President's recent state visit to Malaysia",
    # « Cette rencontre s'inscrit dans le prolongement de la récente visite du Président »
    r"(?:build|builds|built|building) (?:on|upon) (?:\S+ ){0,6}?(?:recent|earlier|previous|last) (?:\S+ ){0,2}?(?:visit|meeting|talks|summit)\b",
    r"(?:dans le prolongement|dans la continuité|dans le sillage) (?:de la|du|des|de l') (?:\S+ ){0,2}?(?:visite|rencontre|réunion|sommet|entretiens?)\b",
    # the outcomes of a gathering held before: "reviewed the outcomes of a quadripartite ministerial meeting held in
    # Amman on February 17", « les conclusions de la réunion tenue à Niamey le 3 mars »
    r"(?:outcomes?|results?|conclusions?|recommendations?) of (?:a|an|the) (?:\S+ ){0,3}?(?:meeting|session|conference|summit) held\b",
    r"(?:résultats|conclusions|recommandations) (?:de la|d'une|du|d'un) (?:\S+ ){0,3}?(?:réunion|session|conférence|rencontre|sommet) tenue?\b",
    # … or what was decided there: « évaluer les recommandations prises lors de la 9e session du CCPAC tenue du 4 au 8
    # novembre à Malabo », "the recommendations adopted at the 9th session held in Malabo"
    r"(?:recommandations|décisions|résolutions) (?:prises|adoptées|formulées) (?:lors|au cours) (?:de la|de l'|du|d'une|d'un)\b",
    r"(?:recommendations|decisions|resolutions) (?:made|adopted|taken) (?:at|during) (?:the|a|an)\b",
    # a sentence that opens on how long ago it was, as an anniversary tells a past visit: "Ten years ago today, the then
    # Inspector-General travelled to …", « Il y a vingt ans jour pour jour, le général effectuait … », "On this day in 2006"
    r"^\s*(?:\S+ ){1,2}?(?:years|months|decades) ago\b", r"^\s*il y a (?:\S+ ){1,2}?(?:ans|mois|années)\b",
    r"^\s*on this (?:day|date) in (?:19|20)\d\d\b", r"^\s*(?:à pareille date|un jour comme aujourd'hui),? en (?:19|20)\d\d\b",
)  # fmt: skip

#: A sentence that opens on a month gone by, no day said: « En février dernier, Afripol a signé un accord
#: avec Interpol », "Last January, the agency signed …": what it tells is background to another encounter.
MONTH_GONE_BY = Cue(
    r"^\s*(?:en|au mois de) (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) dernier,",
    r"^\s*last (?:january|february|march|april|may|june|july|august|september|october|november|december),",
)  # fmt: skip

#: Someone who can meet: an office, a delegation, a counterpart (a name also does).
ACTOR = Cue(
    r"direct(?:eur|rice|or)s?", r"ministres?", r"ministers?", r"secr[ée]taires?", r"secretar(?:y|ies)", r"chefs?", r"chiefs?",
    r"heads?", r"commandants?", r"commanders?", r"pr[ée]sident(?:e)?", r"inspect(?:eur|or)", r"ambassad(?:eur|rice|or)s?",
    r"prosecutors?", r"procureurs?", r"advisers?", r"conseillers?",
    r"attach[ée]e?", r"consul", r"commissaire", r"commissioners?", r"wali", r"gouverneurs?", r"governors?", r"g[ée]n[ée]ral",
    r"general", r"homologues?", r"counterparts?", r"délégations?", r"delegations?", r"responsables", r"officials",
    r"représentants?", r"representatives?", r"experts", r"participants", r"delegates", r"délégués", r"officiers", r"officers", r"M\.", r"Mme",
    r"governments?", r"gouvernements?", r"ministries", r"ministères",
    r"Mr", r"Mrs", r"Ms", r"envoy[ée]?", r"émissaire", r"hauts? cadres", r"senior officials", r"services", r"polices?",
    r"gendarmeries?", r"guardia civil", r"border guards?", r"coast guards?",
    # a meeting named by the border it coordinates: « une réunion de coordination transfrontalière »
    r"(?:réunions?|rencontres?) (?:\S+ ){0,2}?(?:trans)?frontalières?", r"(?:cross-border|border) (?:\S+ ){0,2}?meetings?",
    # … or by the number of its sides, who are named after it: « La réunion tripartite sur la sécurité du lac Tchad
    # s'est tenue vendredi », then « Participaient à la réunion A, B et C »
    r"(?:réunions?|rencontres?|sommets?|concertations?) (?:bi|tri|quadri)partites?", r"(?:réunions?|rencontres?) binationales?",
    r"(?:tripartite|trilateral|quadrilateral|quadripartite) (?:\S+ ){0,2}?(?:meetings?|talks|summits?)",
    # two forces as the subject: "The militaries of Guyana and Brazil began …", « Les armées des deux pays »
    r"militaries", r"armies", r"armed forces", r"armées", r"forces armées",
    r"comit[ée]s? mixtes?", r"commissions? mixtes?", r"joint (?:committee|commission)s?",
    r"the two countries", r"both countries", r"les deux pays", r"the two (?:heads|chiefs|leaders|discussed|agreed)",
    # the two sides of a meeting as its subject: "The two sides held talks", « Les deux parties ont eu des entretiens »
    r"(?:the two|both) (?:sides|governments|agencies|institutions)", r"les deux (?:parties|gouvernements|institutions)",
    r"the sides", r"les parties",
    # one just named, speaking where the meeting is held: "He was speaking at the hotel where the two-day meeting
    # … is being held", « Il s'exprimait à Nouakchott, où se tient la réunion »
    r"^\s*(?:he|she|il|elle) (?:was speaking|spoke|s'exprimait)\b",
    r"\b(?:he|she) told (?:a |the )?(?:press|news) conference\b",
)  # fmt: skip

#: A person, as opposed to an institution: titles, counterparts, delegations.
PERSON = Cue(
    r"direct(?:eur|rice|or)s?", r"ministres?", r"ministers?", r"secr[ée]taires?", r"secretary", r"chefs?", r"chief",
    r"head", r"commandants?", r"commander", r"pr[ée]sident(?:e)?", r"ambassad(?:eur|rice|or)s?", r"homologues?",
    r"counterparts?", r"délégations?", r"delegations?", r"responsables", r"officials", r"représentants?",
    r"representatives?", r"M\.", r"Mme", r"Mr", r"Mrs", r"Ms", r"g[ée]n[ée]ral", r"general", r"wali", r"envoy[ée]?",
    r"commissioners?", r"commissaires?", r"inspect(?:eur|or)s?", r"police chiefs?", r"chefs de (?:la )?police",
    # the press's word for a chief: « le patron des renseignements marocains », "the police boss"
    r"patron(?:ne)?s? (?:de|du|des|d')", r"(?:police|intelligence|security) boss",
    # officers sent by a country or force: "Police officers from Bhutan visited …", "Senior officers of the X Police",
    # « des officiers (supérieurs) venus du Niger »
    r"officers (?:from|of)\b", r"officiers (?:supérieurs |généraux |subalternes )?(?:venus )?(?:de|du|des)\b",
)  # fmt: skip

#: An encounter said not to have happened: "aucune rencontre n'a eu lieu".
NEGATED = Cue(
    r"aucune? (?:rencontre|réunion|entretien|visite)", r"n'(?:a|ont) (?:pas |jamais )?eu lieu",
    r"ne s'est (?:pas |jamais )?(?:tenue?|déroulée?)", r"did not take place", r"never took place", r"no (?:meeting|talks)",
    r"was not held", r"démenti", r"denied",
)  # fmt: skip

#: An encounter told by its verb negated, missed or only wished: « n'a pas rencontré », « ne s'est pas entretenu avec »,
#: "did not meet", "has never met", "should have met", "would like to hold talks with". No encounter, and, as one
#: recalled, its people, place and day are not another's.
UNMET = Cue(
    r"n['’](?:a|ont|avait|avaient) (?:pas|jamais|point) (?:encore )?(?:rencontré|reçu|accueilli|eu d['’](?:entretien|échange)|"
    r"échangé|visité|pu (?:rencontrer|recevoir|accueillir|s'entretenir|échanger|se rendre|effectuer))",
    r"ne (?:s'est|se sont|s'était|s'étaient) (?:pas|jamais) (?:encore )?(?:entretenue?s?|rencontrée?s|rendue?s?|réunie?s?)",
    r"(?:did not|didn['’]t|has not|have not|had not|hasn['’]t|haven['’]t|never|could not|couldn['’]t|(?:was|were) unable to) "
    r"(?:yet )?(?:meet|met|receive|received|host|hosted|"
    r"visit|visited|hold talks|held talks)\b",
    r"(?:should|would|could|might) have (?:met|received|hosted|visited|held talks)\b",
    r"(?:would like|wishes|wish|wished|hopes|hope|hoped|hoping|would love) to (?:meet|hold talks|visit|receive|host)\b",
    # … in its kin, English and French: "looks forward to meeting", « souhaite rencontrer », « a exprimé le souhait de
    # recevoir », « espère s'entretenir avec » (a wish, no encounter)
    r"(?:look|looks|looked|looking) forward to (?:meeting|hosting|receiving|visiting|holding talks)\b",
    r"(?:souhait|espér|esper|aimer|voud)\w* (?:\S+ ){0,2}?(?:rencontrer|recevoir|accueillir|s'entretenir|se rendre|visiter)\b",
    r"(?:le |son |leur )?(?:souhait|désir|voeu|vœu|espoir) (?:de |d')(?:\S+ ){0,2}?(?:rencontrer|recevoir|accueillir|s'entretenir|se rendre|visiter)\b",
)  # fmt: skip

#: An encounter of a criminal case: a suspect's with an undercover agent, or with detectives posing as buyers ("discussed
#: the sale of ivory with an undercover officer", "met an undercover FBI agent", « a discuté de la vente d'armes avec
#: un agent infiltré »): a police operation, no meeting of cooperation (not the use of such agents, a topic).
STING = Cue(
    r"(?:with|met|meet|meets|meeting|contacted|to) (?:an?|the|two|three|several) undercover (?:[\w-]+ ){0,2}?(?:officers?|"
    r"agents?|detectives?|police(?:m[ae]n|wom[ae]n)?|operatives?|investigators?|cops?)\b",
    r"(?:avec|rencontré|contacté|à) (?:un|une|des|deux|l'|le|la|les) (?:agents?|policiers?|policières?|officiers?|enquêteurs?|"
    r"enquêtrices?|gendarmes?) (?:\S+ ){0,2}?(?:infiltrée?s?|sous couverture)\b",
    r"(?:posing|posed) as (?:\S+ ){0,2}?(?:buyers?|sellers?|customers?|clients?|dealers?)\b",
    r"(?:se faisant|s'étant fait) passer pour (?:\S+ ){0,2}?(?:acheteurs?|acquéreurs?|vendeurs?|clients?)\b",
    # a deal's other party, whoever he was: "after they met a buyer at a petrol station", « avaient rencontré un acheteur »
    r"(?:met|meet|meets|meeting) (?:a|an|the|their|his|her|two) (?:\S+ ){0,2}?(?:buyers?|sellers?|customers?|dealers?)\b",
    r"(?:rencontré|rencontrer|rencontre) (?:un|une|des|l'|le|leur|son|sa) (?:\S+ ){0,2}?(?:acheteurs?|acquéreurs?|vendeurs?|"
    r"trafiquants?)\b",
    # the arrest the encounter ended in: "were arrested on Friday after they met …", « interpellés après avoir rencontré »
    r"(?:arrested|apprehended|nabbed|caught) (?:\S+ ){0,8}?(?:after|when|as) (?:they|he|she|the suspects?) (?:had )?met\b",
    r"(?:arrested|apprehended|nabbed|caught) (?:\S+ ){0,8}?(?:after|while) meeting\b",
    r"(?:interpellée?s?|arrêtée?s?|appréhendée?s?) (?:\S+ ){0,8}?(?:après avoir|alors qu'(?:il|elle)s?) (?:\S+ )?(?:rencontré|retrouvé)\b",
    # the undercover agent who met the suspect: "after an undercover officer met the suspect at a hotel"
    r"undercover (?:[\w-]+ ){0,2}?(?:officers?|agents?|detectives?|operatives?|investigators?) (?:had )?met\b",
    # criminals who met among themselves: "Members of the gang met in a warehouse to plan the attack", "the suspects had met
    # several times with their accomplices", « les membres du réseau se sont réunis dans un entrepôt »
    r"members of (?:the|a|an) (?:[\w-]+ ){0,2}?(?:gang|syndicate|cartel|ring|cell|network)s? (?:\S+ ){0,3}?(?:had )?(?:met|gathered)\b",
    r"(?:^\s*|\b(?:the|these|their|that|where) )(?:gang members|suspects|accomplices|kidnappers|robbers|gangsters|bandits|"
    r"traffickers|smugglers|fraudsters) (?:\S+ ){0,3}?(?:had |have )?(?:met|gathered)\b",
    r"\bmet (?:\S+ ){0,3}?with (?:their|his|her) (?:\S+ ){0,2}?(?:accomplices|co-conspirators|gang)\b",
    r"membres (?:du|de la|d'un|d'une|de ce|de cette) (?:\S+ ){0,2}?(?:gang|réseau|bande|cartel|cellule)s? (?:\S+ ){0,3}?"
    r"(?:se sont réunis|se réunissaient|s'étaient réunis|se retrouvaient|se sont retrouvés|ont rencontré|avaient rencontré)\b",
    r"(?:^\s*|\b(?:les|ces|leurs|que|où) )(?:suspects|complices|malfaiteurs|bandits|trafiquants|ravisseurs|braqueurs|passeurs) "
    r"(?:\S+ ){0,3}?(?:se sont réunis|se réunissaient|s'étaient réunis|se retrouvaient|se sont retrouvés|ont rencontré|avaient rencontré)\b",
    r"(?:rencontré|retrouvé) (?:\S+ ){0,3}?(?:ses|leurs) (?:\S+ ){0,2}?complices\b",
)  # fmt: skip

#: People said to take part: accompanying, composing or leading a delegation, present.
PARTICIPATION = Cue(
    # a list of those present, announced: "The Honourable Ministers are; the Co-Chairman, …", « Les participants sont : »
    r"(?:ministers|officials|delegates|members|participants|ministres|responsables|délégués|membres) (?:are|were|sont|étaient)\s*[;:]",
    # (an aside may come between: « était accompagné dans ce cadre, par le colonel X »)
    r"accompagnée?s?(?:,? [^,;.]{2,40},)? (?:de|du|des|par)", r"assistée?s? (?:de|du|des|par)", r"délégation", r"composée? (?:de|du|des)",
    r"délégations (?:\S+ ){0,12}?sont attendues",
    # (the chairs of the group or talks just told, two of them too: « Ce groupe est coprésidé par le préfet et X »)
    r"conduite? par", r"(?:co-?)?présidée?s? par", r"sous la (?:co-?)?présidence (?:de|du|des|d')", r"en présence (?:de|du|des)", r"(?:ont|a) été présente?s?", r"étai(?:en)?t (?:également |aussi |en outre )?présente?s?", r"présente?s? (?:à|lors de) (?:la|cette|l') ?(?:rencontre|réunion|audience|séance|entretien)",
    r"present (?:at|during) (?:the|this) (?:meeting|talks|audience|visit|occasion|courtesy call)", r"(?:la|sa|leur) présence (?:de|du|des|d')", r"aux côtés (?:de|du|des)", r"représentée?s? (?:\S+ ){0,4}?par",
    r"(?:a|ont) pris part", r"(?:a|ont) participé", r"comprenait",
    # a list of those present, after what they took part in: "Participating in the meeting were A, B and C", "Taking
    # part in the talks are A and B"
    r"(?:participating|taking part) in (?:the|this|these) (?:\w+ ){0,2}?(?:meeting|talks|session|conference|discussions|"
    r"consultations|summit) (?:are|were|is|was)\b",
    # … or who the visitors were, the list after its verb: "Visiting were the Liaison Officer, A, and his deputy, B"
    r"^\s*(?:visiting|attending|present) (?:were|was|are|is)\b",
    # … or those who took part, as the subject: "Those taking part included A, B and C"
    r"(?:those|officials|delegates) (?:taking part|participating|attending|present) (?:\S+ ){0,3}?(?:included|include|were|are)\b",
    # who led the work: « Les travaux sont dirigés par le secrétaire général X »
    r"(?:sont|est|étaient|était|ont été|a été) dirigée?s? par",
    # the counterpart or host beside the one who visits: « Il a, avec son homologue togolais X, assisté à une
    # démonstration », « Il a, avec le ministre de l'Intérieur X, assisté à une présentation »
    r"(?:a|ont), avec (?:son|sa|ses|leurs?|le|la|les|l') ?(?:\w+ ){0,2}?(?:homologues?|ministres?|hôtes?)\b",
    r"together with (?:his|her|their) (?:\w+ ){0,2}?counterparts?\b",
    # in the imperfect, as a later sentence adds one: « Le ministre X prenait également part aux discussions »
    r"prenai(?:en)?t (?:\w+ )?part", r"participai(?:en)?t", r"(?:was|were|is|are) (?:also )?taking part",
    # those at the host's side: « Le chef de l'État était entouré du ministre … », « avait à ses côtés A, B et C »
    r"(?:étai(?:en)?t|est|sont) entourée?s? (?:de|du|des|d')",
    # the visitors' companion: « Les visiteurs étaient en compagnie de l'ambassadeur de Roumanie à Djibouti, X »
    r"(?:étai(?:en)?t|est|sont) (?:également |aussi )?en compagnie (?:de|du|des|d')", r"(?:avai(?:en)?t|a) à (?:ses|leurs) côtés", r"côté \w+", r"du côté", r"la partie \w+",
    r"la participation", r"(?:ouverte?|présidée?|animée?)s? par", r"allocutions?", r"discours", r"intervention",
    r"en compagnie (?:de|du|des|d')", r"(?:at|during) (?:the|this) (?:\w+ )?(?:conference|summit|forum|session|assembly)\b",
    r"(?:opened|chaired|addressed) by", r"speech(?:es)?",
    # one who spoke at its opening: "Speaking at the official opening of the officials' meeting, X urged …"
    r"(?<![\w-])speaking (?:at|during) the (?:\w+ )?(?:opening|closing)\b",
    # the one who will chair it: "X, who chairs the organisation, will preside over the meeting", « présidera la réunion »
    r"(?:preside|presides|presided) over (?:the|this) (?:\w+ )?(?:meeting|session|conference|assembly|talks)\b",
    r"(?:présidera|a présidé|présidait) (?:la|cette|les) (?:\w+ )?(?:réunion|session|conférence|assemblée|travaux)\b", r"(?:keynote|opening|welcome|closing|inaugural) (?:address|remarks)",
    r"keynote speakers?", r"accompanied by", r"delegation", r"led by", r"headed by", r"comprising", r"included", r"among (?:them|whom) (?:were|was)",
    r"parmi (?:eux|elles|lesquels|lesquelles) (?:figurai(?:en)?t|(?:se )?trouvai(?:en)?t|il y avait)",
    # those a plural received is said to be, one by one: "They were Ms A, …", « Il s'agit de M. A, … »
    r"(?:they|these) were (?=(?:mr|mrs|ms|dr)\.?\s)", r"il s'agi(?:ssai)?t (?:de |d')(?=(?:m\.|mme|mlle)\s)",
    # a list of those who attended: "Prominent among attendees were X and Y", « Parmi les participants figuraient X »
    r"among (?:the )?(?:attendees|participants|delegates|guests|those (?:present|attending))\b",
    r"parmi les (?:participants|délégués|invités|personnalités)(?: présente?s)? (?:figurai(?:en)?t|(?:se )?trouvai(?:en)?t|il y avait|on notait)",
    # the one who convened it: "The extraordinary meeting was called by the director general, X", « convoquée par »
    r"(?:was|were|been) (?:called|convened|convoked) by", r"(?:a|ont) été convoquée?s? par",
    r"in the presence of", r"alongside", r"joined by", r"along with",
    # one who spoke at the gathering's ceremony: « S'exprimant lors de la cérémonie de clôture, le général X »
    r"(?:s'exprimant|intervenant|prenant la parole) (?:(?:lors|au cours) de (?:la|cette) (?:cérémonie|conférence|réunion|rencontre|séance)|à cette occasion)",
    # those a gathering brought together: « Cette rencontre réunit des délégations venues de …, le directeur X »
    r"réuni(?:t|ssait|ssaient|ssent) (?:\S+ ){0,3}?(?:délégations|délégués|représentants|participants|responsables|chefs)\b",
    r"(?:brought|brings|bring) together", r"pooled (?=the )", r"(?:assumed|took over|takes over|assumes) the chair(?:manship)?\b",
    # those a speaker addressed, present: « a plaidé devant ses homologues du Mali …, A et B »
    r"devant (?:ses|leurs|les) (?:\w+ )?(?:homologues|pairs|délégués)",
    # one whose presentation is reported: « De la présentation faite par le colonel X, il ressort que »
    r"(?:présentation|exposé|communication) (?:faite?|présentée?|donnée?) par", r"(?:presentation|briefing|lecture) (?:made|given|delivered) by",
    # the president of the association whose board meets: "Current President of SEPCA is X"
    r"(?:president|chair(?:man|woman|person)?|présidente?) (?:of|de|du|de la|des) (?:the )?(?:\S+ ){1,5}?(?:is|est)\b",
    # visitors named after the meeting, where they are: "A, B and C are in Honiara on a one-day visit"
    r"(?:is|are|was|were) in [\w'’-]+(?: [\w'’-]+)? on (?:a|an) (?:[\w-]+ )?visit\b",
    # one who tells what the talks covered: « Selon le directeur de cabinet …, X, les discussions ont porté sur »
    r"^\s*(?:selon|d'après) (?:le|la|l') ?[^,;]{3,80}, [^,;]{3,60}, (?:les|leurs) (?:discussions|échanges|entretiens|travaux)\b",
    r"^\s*according to (?:the )?[^,;]{3,80}, [^,;]{3,60}, the (?:talks|discussions|meeting)\b",
    # one who spoke to the gathering: "X updated the chiefs on …", "briefed the meeting"
    r"(?:updated|briefed|addressed) the (?:\w+ )?(?:chiefs|delegates|participants|ministers|meeting|council|conference|assembly)\b", r"spoke before (?:his|her|their|the) (?:\w+ )?(?:counterparts|peers|delegates)", r"(?:took|take) part", r"attended",
    r"(?:was|were) (?:also )?present", r"also present", r"represented (?:\S+ ){0,4}?by", r"on the \w+ side",
    r"signed by", r"signée?s? par", r"paraphée?s? (?:\S+ ){0,6}?par", r"initialled by", r"(?:also )?at the table",
    r"in attendance", r"also attending",
    # one who sat in on the talks: "Secretary of the Interior X also sat in", « a également assisté à l'entretien »
    r"(?:sat|sits|was sitting) in\b", r"(?:a|ont) (?:également |aussi )?assisté (?:à|aux) (?:l'|la |les |cet |cette |ces )?(?:entretiens?|audiences?|échanges|réunion|séance|rencontre|discussions)\b",
    # … told by the encounter it attended: « La rencontre, à laquelle a assisté le secrétaire d'État X, … »
    r"(?:à laquelle|auquel|auxquel(?:le)?s) (?:a|ont) (?:également |aussi )?assisté\b",
    # one who took the chair, or spoke at the opening: « X a pris la présidence du comité », "The opening session
    # heard statements by X and Dr. Y"
    r"(?:a|ont) (?:pris|assumé) la présidence\b",
    r"(?:statements|remarks|addresses|speeches) (?:were )?(?:made |delivered |given )?(?:by|from)\b",
    # those the gathering chose to chair it: "X, Director General of …, was appointed Chairman; and Y … Vice
    # Chairman", « X a été élu président de la session »
    r"(?:was|were) (?:appointed|elected|named) (?:as )?(?:the )?(?:vice[- ]|co-)?(?:chairman|chairwoman|chairperson|chair)\b",
    r"(?:a|ont) été (?:élue?s?|désignée?s?|nommée?s?) (?:vice-|co-)?présidente?s? (?:de la|du|de cette) (?:session|réunion|conférence|assemblée|rencontre)\b",
    # those who came along: « Le vice-amiral A et le GB B étaient aussi de la partie », « était du voyage »
    r"(?:étai(?:en)?t|sont|est) (?:également |aussi |en outre )?(?:de la partie|du voyage)\b",
    # those who lead the meeting or a side of it: "Colonel A led the meeting while B … led the Indian side",
    # « le commissaire A a conduit la réunion, tandis que le colonel B a dirigé la délégation nigérienne »
    r"(?:led|headed) the (?:meeting|talks|(?:\w+ ){0,2}?(?:side|delegation|team))\b",
    # the chair passed from one side to the other at the gathering: "handed over the rotating chairmanship to", « a passé
    # la présidence tournante à son homologue », « a transmis le témoin »
    r"(?:handed|passed|hands|passes) (?:over )?the (?:rotating )?(?:chair|chairmanship|presidency)\b",
    r"(?:a|ont) (?:passé|transmis|cédé) (?:la présidence|le témoin|le flambeau)\b",
    # a gathering to come, who will chair it and who said they will come: "will chair the meeting on 28 April", "have
    # confirmed attendance", « ont confirmé leur participation »
    r"(?:will|to|shall) (?:co-?)?chair (?:the|this) (?:\w+ ){0,2}?(?:meeting|session|conference|assembly|talks|summit|forum|dialogue|consultations)\b",
    r"(?:has|have) (?:also )?confirmed (?:their |his |her )?(?:attendance|participation)\b", r"(?:a|ont) (?:également )?confirmé (?:sa|leur) (?:présence|participation)\b", r"co-?chaired (?:the|this) (?:\w+ )?(?:meeting|talks|session|dialogue|consultations)\b",
    r"(?:a|ont) (?:conduit|dirigé|mené) (?:la|les) (?:réunion|rencontre|séance|travaux|délégation|échanges)\b", r"(?:was|were) (?:signed |concluded )?between", r"(?:a|ont) été (?:signée?s? |conclue?s? )?entre",
)  # fmt: skip

#: Closing boilerplate about the cooperation in general: not what was discussed.
BOILERPLATE = Cue(
    r"s'inscri(?:t|vent|vait) dans (?:le cadre|la dynamique|la continuité)", r"(?:elle|il|cette \w+) (?:traduit|témoigne|reflète|illustre)",
    r"traduit (?:également )?l'engagement", r"témoigne de", r"is part of", r"comes as part of", r"reflects",
    r"underscores the", r"in line with", r"within the framework of the (?:strong|excellent|close)",
    # a note on the cooperation in general: « Il convient de noter que la Mauritanie et l'Espagne renforcent leur
    # coopération », « Les deux ministères entretiennent une coopération exemplaire qui vise à lutter contre … »
    r"il (?:convient|faut) de noter", r"(?:il faut|à) noter que", r"it (?:should|must) be noted", r"it is worth noting",
    r"entretiennent (?:une|d'excellentes|de bonnes) (?:\w+ )?coopération",
)  # fmt: skip

#: Anaphora that refer back to the encounter being described, not a new one.
SAME_MEETING = Cue(
    r"(?:cette|cet|ces|la même|la|les) (?:rencontre|réunion|visite|entretiens?|séance|occasion|audience|conversation|session|séance de travail|signature|cérémonie|étape)s?"
    r"(?! (?:de|du|des|d') (?:retour|suivi))",
    r"\bl['’](?:audience|entretien|entrevue|échange)s?\b(?! (?:de|du|des|d') (?:retour|suivi))",
    # the visit named again by a synonym and a demonstrative: « Au cours de ce déplacement, le ministre aura des
    # entretiens avec » (not "Later in the trip the delegation is due to meet": a further encounter)
    r"\bce (?:déplacement|séjour)\b(?! (?:de|du|des|d') (?:retour|suivi))",
    # the encounter told, then said what it was: « Il s'est agi d'une séance de travail relative à … »
    r"\bil s['’]est agi d['’](?:une?|de la) (?:séance|réunion|rencontre|audience|visite|entretien)",
    # a gathering named again by a demonstrative: « Quelque 300 officiers … participent à cette conférence »
    r"\b(?:cette|ces) (?:conférence|assemblée|rencontre régionale)s?\b", r"\b(?:this|these) (?:conference|summit|forum|assembly)s?\b",
    # ... or by its length: "the three-day gathering from October 5 to October 7", "this gathering"
    r"(?:the|this) (?:[a-z]+-day )?gathering\b", r"the [a-z]+-day (?:meeting|conference|session|summit|forum)\b",
    r"(?:this|these|the same|during the|during this|at the|at this|after the|following the) (?:meeting|talks|visit|session|call|conversation|discussions?|occasion|audience|signing|ceremony)\b(?! (?:of|de) (?:a|an|the|un|une|new)\b)",
    # the encounter named by its people's possessive: "During their virtual meeting on Monday, A and B reviewed …"
    r"(?:during|at|after|following|in the course of) their (?:[\w-]+ )?(?:meeting|talks|session|call|conversation|discussions?)\b",
    # ... or by its article and how it was held: "The virtual meeting was chaired by Col X" (after "X participated in the
    # meeting of INTERPOL")
    r"\bthe (?:virtual|online) (?:meeting|talks|session|dialogue|discussions?)\b",
    # the instrument named again: « Le ministre a signé ce mémorandum avec son homologue », "signed this agreement"
    r"(?:ce|cet|cette|ces) (?:mémorandum|memorandum|accord|texte|protocole|convention|document|arrangement)s?\b",
    r"(?:this|these|the said) (?:memorandum|agreement|accord|protocol|convention|document|arrangement)s?\b",
    # the talks named again by the one who led them: "AFP Commissioner X hosted the talks on Wednesday"
    r"(?:hosted|chaired|led|opened|co-chaired) the (?:talks|meeting|discussions|session)\b",
    # the signing told again: "The signing of the document took place at ..."
    r"signing (?:ceremony |of the (?:\w+ ){0,2}?)?(?:took place|was held)",
    # ... or as the event: "The event was held on March 4 at the Royal Thai Police Headquarters"
    r"the event (?:was held|took place)\b", r"l['’]événement (?:s'est (?:tenu|déroulé)|a eu lieu)\b",
    r"les deux (?:parties|responsables|ministres|délégations|chefs|hommes|services|pays|directeurs)",
    r"both (?:sides|parties|officials|ministers|delegations|men)", r"the two (?:sides|parties|officials|ministers|delegations|men|chiefs|heads|commanders|directors|leaders|met|held)\b",
    r"les (?:deux )?parties", r"the parties",
    # the meeting just told, by its subject: "Soylu said during his meeting with Iran's X"
    r"(?:during|in|at) (?:his|her|their) (?:\w+ )?(?:meeting|talks|conversation) with",
    # the visit's stay as the frame of the talks: "During his stay in Harare, the Commissioner and Y covered …", « Au
    # cours de son séjour à Bamako, X et Y ont … »
    r"(?:during|in the course of) (?:his|her|their) (?:[\w-]+ )?(?:stay|trip|sojourn) (?:in|at)\b",
    r"(?:durant|pendant|lors de|au cours de) (?:son|leur) (?:\w+ )?séjour (?:à|au|en|aux)\b",
    # a meeting named by a phrase of time, after the encounter was told: « s'exprimait lors d'une réunion de travail »
    r"(?:lors|au cours) d'une (?:réunion|séance|rencontre)(?: de travail)? (?:avec|entre|sur|consacrée)",
    # "this took place during Sheikh Fahad's meeting with the Bahraini minister"
    r"took place (?:during|in the course of)", r"['’]s (?:meeting|talks) with",
    r"(?:lors|au cours) d[e'] ?(?:son|leur) (?:\w+ )?(?:entretien|rencontre|audience) avec",
    r"(?:à l'issue|au terme|au sortir) de (?:sa|son|leur) (?:rencontre|entretien|audience|séance de travail) avec",
    r"(?:at the end of|after|following) (?:his|her|their) (?:meeting|talks|audience) with",
    # the encounters of a series, told together again: "During his meeting with the ambassadors, ..."
    r"(?:during|in|at) (?:his|her|their|the) meetings? with (?:the|his|her|their) (?:\w+ )?(?:ambassadors|counterparts|delegations|guests)",
    r"(?:lors|au cours) d[e'] ?(?:ses|leurs|ces) (?:entretiens|rencontres|audiences) avec (?:les|ses|leurs) (?:\w+ )?(?:ambassadeurs|homologues|délégations|hôtes)",
    r"(?:was|were) (?:signed|initialled) by", r"(?:a|ont) été (?:signée?s?|paraphée?s?) (?:\S+ ){0,6}?par",  # the instrument just named, signed by its signatories
    # the visit just told, by its kind: « la visite … du Général X … », then « En visite de courtoisie, le chef … a été reçu »
    r"^\s*en visite de courtoisie,",
    # the visitor just told, welcomed by his host: "headed a delegation on a visit to …", then "X welcomed the
    # Chinese official", « Le général X a accueilli l'hôte du jour »
    r"(?:welcomed|greeted) the (?:\w+ )?(?:official|guest|visitor|envoy|diplomat)s?\b", r"(?:a|ont) accueilli (?:l'hôte|les hôtes|le visiteur)\b",
    # those who came to a gathering just told, welcomed by its host: "Delegates were welcomed by Mr. X"
    r"(?:delegates|participants|delegations|guests) (?:were|had been) (?:\w+ )?(?:welcomed|greeted|received) by\b",
    r"(?:les )?(?:participants|délégués|délégations) ont été (?:\w+ )?(?:accueillie?s|reçue?s) par\b",
    # … or its host welcoming them: "X welcomed the heads of customs from fourteen member administrations", « X a
    # souhaité la bienvenue aux délégués »
    r"(?:welcomed|greeted) (?:all )?the (?:\w+ ){0,2}?(?:delegates|participants|delegations|heads|chiefs|attendees)\b",
    r"(?:a|ont) souhaité la bienvenue (?:aux|à tous les|à l'ensemble des) (?:\w+ ){0,2}?(?:délégués|participants|délégations|chefs|invités)\b",
)  # fmt: skip

#: Words that make an encounter a further one, after the one just told: "He later met",
#: "The delegation also held talks with", « Il a ensuite été reçu par », "Finally, he spoke with".
SEQUEL = Cue(
    r"later", r"then", r"afterwards", r"subsequently", r"thereafter", r"also", r"finally", r"next",
    r"ensuite", r"puis", r"par la suite", r"également", r"aussi", r"enfin", r"avant d'être",
)  # fmt: skip

#: Where a sentence goes on to a further encounter: "il rencontrera X, avant d'être reçu
#: mardi par Y", "met X and later held talks with Y".
SEQUEL_CLAUSE = Cue(
    r"avant d'(?:être|aller|se rendre|rencontrer|s'entretenir)", r"puis", r"et (?:a |ont |sera |seront )?(?:ensuite|également)",
    r"before (?:being|meeting|holding|calling on)", r"and (?:later|then|subsequently)", r"then",
)  # fmt: skip

#: Where a sentence goes on to talks of the same subject, with whom they tell (« Il sera reçu par A et aura un
#: entretien avec B », "was received by A and held talks with B"): a further encounter after any but a visit, whose
#: talks are its own ("first visited the RMP and held a meeting with its Assistant Director").
SEQUEL_TALKS = Cue(
    r"et (?:aura|auront|a eu|ont eu|tiendra|tiendront|a tenu|ont tenu) (?:un|une|des) (?:entretiens?|séances? de travail|"
    r"réunions?|rencontres?|tête-à-têtes?)\b(?= (?:\S+ ){0,3}?avec\b)",
    r"et (?:s'est|se sont) (?:\S+ ){0,2}?entretenue?s? avec", r"et s'entretiendr(?:a|ont) (?:\S+ ){0,2}?avec",
    r"and (?:held|holds|will hold|had|has had|will have) (?:talks|discussions|a meeting|meetings)\b(?= (?:\S+ ){0,3}?with\b)",
)  # fmt: skip

#: Words that make one sentence announce several separate encounters.
SEPARATELY = Cue(
    r"successivement", r"(?:audiences|rencontres|entretiens) successi(?:fs|ves)", r"tour à tour", r"séparément", r"respectivement", r"separately", r"in turn", r"one after another",
    r"bilateral meetings", r"bilateral talks with", r"entretiens bilatéraux", r"réunions bilatérales", r"series of",
    # one visitor's meetings, calls or visits, in the plural, with the people listed after: "has held meetings with A
    # and B", "as well as meetings with A; B", "paid courtesy calls on A, B and C", « a rendu des visites de
    # courtoisie à A et à B », « a eu des rencontres avec A et avec B »
    r"(?:held|had|hold|holds|holding|as well as) meetings with", r"courtesy calls on", r"visites de courtoisie (?:à|au|aux|auprès)", r"des rencontres avec",
    r"with (?:his|her|their) counterparts", r"avec (?:ses|leurs) homologues",
    r"série d'(?:entretiens|rencontres|réunions)", r"entretiens séparés", r"audiences séparées", r"separate (?:talks|meetings|audiences)", r"enchaîné",
    r"individually", r"individuellement", r"one by one", r"un à un", r"l'un après l'autre", r"tête-à-tête with each",
)  # fmt: skip

#: A service's own people and places: an event among them is internal.
OWN_SERVICE = Cue(
    # the chief among his aides: « Entouré de ses plus proches collaborateurs, le DGSN délivre son message »
    # (not the aides of one he calls on: « présenter ses civilités au gouverneur et à ses proches collaborateurs »)
    r"(?:entourée?|surrounded by|flanked by) (?:de )?(?:ses|his|her) (?:plus proches |proches |closest |close )?(?:collaborateurs|aides)",
    r"(?:ses|leurs|his|her|its|their|the) (?:propres )?(?:collaborateurs|cadres|personnels?|staff|men|personnel|"
    r"officiers|officers|troops|commanders|directeurs centraux|chefs de service)",
    r"(?:les|ses|leurs) (?:hauts )?(?:responsables|cadres|officiers|directeurs(?: centraux| régionaux)?)(?: et (?:officiers|cadres|agents))? "
    r"(?:du secteur|de la direction|de l'institution|du corps|du ministère|de son (?:ministère|département))",
    r"(?:au|le|son) personnel (?:relevant )?de son (?:ministère|département)",
    r"heads of (?:all )?(?:the )?(?:\w+ )?departments", r"police stations",
    # a chief's tour of his force's commands: "held a command conference and a meeting with senior officers of the region"
    r"command conference", r"(?:senior )?officers of the (?:region|command|division|state|province|district|zone)\b",
    # ... or his inspection of one of its units: « a tenu une réunion de travail à l'état-major de la Légion N°2 »
    r"(?:à |at )?l'état[- ]major (?:de la|du|de l') ?(?:légion|région|compagnie|groupement|brigade|zone|secteur)\b",
    r"(?:mission|tournée|visite) d'inspection", r"inspection (?:tour|visit)",
    # ... or the officers posted where he goes: "met local police officers", "officers posted on the island"
    r"local (?:police )?officers", r"officers posted (?:on|in|at)\b",
    r"(?:tour|tournée) (?:of|de|des) (?:all |toutes )?(?:the |les )?(?:regional |divisional |state )?(?:commands|commandements|régions)",
    # the staff of one of his stations: "met with the station officials to hear their problems"
    r"(?:station|post|outpost|district|divisional|unit) (?:officials|staff|officers|personnel|commanders)", r"jawans",
    # the rank and file: « Plusieurs cadres, officiers et gardiens de la paix … ont participé à cet évènement »
    r"gardiens de la paix", r"rank and file",
    # a minister's tour of his own services: « une visite des structures relevant de son département »
    r"(?:structures|services|directions|unités) (?:\S+ ){0,2}?(?:relevant|dépendant) de (?:son|leur) (?:département|ministère)",
    r"(?:units|formations|departments|directorates) under (?:his|her|their|its) (?:command|ministry|authority)",
    r"(?:state|area|divisional|regional) (?:police )?command", r"commissariats?",
    # the heads of his force's own regions, or of the Service he leads: "met with Commissioners of Police of the 36 states",
    # "senior officers of the Service", « les directeurs centraux et les commissaires régionaux », « les gouverneurs de région »
    r"commissioners of police (?:of|in|from) (?:the |all )?(?:\S+ )?(?:states|regions|provinces|commands|zones|divisions)",
    # (met with: not those a chief leads abroad, "will head a team of Senior Officers of the Force at the conference")
    r"with (?:the )?(?:senior|top|management) (?:officers|officials|staff|team) of the (?:service|force|command|agency|corps)\b",
    r"(?:les|ses|leurs) directeurs (?:centraux|régionaux|départementaux)", r"(?:les|ses|leurs) commissaires (?:régionaux|centraux|départementaux)",
    r"(?:les|ses|leurs) gouverneurs (?:de région|des régions)",
    # … or of his services across the country: « une réunion des chefs de services régionaux de la police », "a meeting of
    # the heads of the regional units"
    r"(?:les|ses|leurs|des|aux) (?:chefs|responsables) (?:des |de )?services? (?:régionaux|départementaux|provinciaux|territoriaux|déconcentrés)",
    r"heads of (?:the |its |his |her )?(?:regional|provincial|divisional|district|state) (?:\w+ )?(?:units|services|commands|offices)\b",
    r"(?:regional|provincial|divisional|district|zonal|state|area) (?:police )?commanders\b", r"commandants (?:de région|régionaux|de légion)",
    # ... or of a border post of his country, and its officers' lot: "visited the Elubo border post", « s'est rendu
    # au poste frontière de Rosso pour s'enquérir des conditions de travail des agents »
    # (a visit to it, not a border post talked of: « l'entretien a porté sur la situation au poste frontalier »)
    r"(?:visit\w*|toured|tours?|inspect\w*|went to|arrived at) (?:the )?(?:[\w'’-]+ ){0,3}?(?:border|frontier) "
    r"(?:posts?|stations?|crossing points?)",
    r"(?:rendue?s? (?:lundi |mardi |mercredi |jeudi |vendredi |samedi |dimanche )?|visité |visite |inspecté |inspection )"
    r"(?:au|aux|le|les|du|des) (?:\S+ ){0,2}?postes? (?:frontières?|frontaliers?)",
    r"conditions de (?:travail|vie) (?:des|de ses) (?:agents|éléments|personnels?|policiers|gendarmes|hommes)",
    r"working conditions of (?:the |his |her )?(?:officers|personnel|staff|men)",
    # his own men at work: « pour constater le travail de ses hommes », « rencontrer et féliciter les enquêteurs »,
    # « à la rencontre des gendarmes engagés sur place », a fair's police stand
    r"(?:ses|leurs) (?:propres )?(?:hommes|agents|éléments|enquêteurs)",
    r"(?:(?:rencontrer|féliciter|saluer|échanger avec)(?: et \w+)? les|(?:à la rencontre|au contact) des) (?:enquêteurs|gendarmes|policiers|militaires)",
    r"(?:his|her|their) (?:own )?investigators", r"(?:brigades?|casernes?) de (?:la )?gendarmerie",
    # the heads of his units just appointed, before they take up their posts: « a eu une séance de travail avec les
    # douze nouveaux chefs de services provinciaux », « avec les commandants de région nouvellement nommés », "held a
    # working session with the newly appointed heads of the provincial police units"
    r"(?:nouveaux|nouvelles) (?:chefs|commandants|responsables|directeurs|directrices|commissaires)\b",
    r"(?:chefs|commandants|responsables|directeurs|commissaires) (?:\S+ ){0,3}?(?:nouvellement|récemment) (?:nommée?s|promue?s|affectée?s)",
    r"newly (?:appointed|posted|promoted) (?:\w+ ){0,3}?(?:heads|commanders|chiefs|directors|commissioners)\b",
    r"(?:rendue? (?:à|dans)|visité) (?:la|les|une|plusieurs) (?:brigades?|casernes?)\b", r"stands? de la (?:police|gendarmerie)", r"police (?:stand|booth)",
)  # fmt: skip

#: A message sent to a gathering by video or recording: those it names spoke from afar ("video messages were received
#: from", "in a recorded address", « des messages vidéo de … ont été diffusés », « par message vidéo »).
FROM_AFAR = Cue(
    r"(?:video|recorded|pre-?recorded|televised) (?:messages?|address(?:es)?|remarks|statements?|greetings)\b",
    r"(?:messages?|allocutions?|interventions?|adresses?) (?:vidéo|enregistrée?s?|préenregistrée?s?)\b",
)  # fmt: skip

#: Someone from outside the service: a counterpart, a delegation, an envoy, a visitor.
OUTSIDER = Cue(
    r"homologues?", r"counterparts?",
    # (not the chief's own party: "led a delegation to Eleuthera", "Minister X and the delegation toured")
    r"(?<!led a )(?<!led the )(?<!headed a )(?<! and the )(?:délégations?|delegations?)", r"ambassad(?:eur|rice|or)s?", r"consul",
    r"high commissioner", r"envoy[ée]?s?", r"émissaire", r"visit(?:eur|euse|or)s?", r"visiting", r"hôtes?",
    r"guests?", r"invités?", r"foreign", r"étrang(?:er|ère)s?",
    # (not one of the chief's own aides: « entouré de ses collaborateurs, dont le secrétaire général »)
    r"(?<!dont le )(?<!including the )(?:secr[ée]taire g[ée]n[ée]ral|secretary[- ]general)",
    # a courtesy call comes from outside, even from a sister force: « En visite de courtoisie, le Général X a été reçu par »
    r"visite de courtoisie", r"courtesy (?:call|visit)",
    # officers sent by another force: "Police officers from Bhutan visited …"
    r"officers from", r"officiers venus (?:de|du|des)",
    # visitors named by their nationality, one side of talks between two: « une séance de travail entre les
    # Equato-guinéens et le DGSN, assisté de ses directeurs centraux » (not « entre les responsables et »)
    r"entre les [\w-]+(?:ens|ais|ois|ains|ites|ans) et\b",
)  # fmt: skip

#: What a verb of reception may receive that is no one: equipment, a donation, a report, an
#: event ("received patrol vehicles and radios", "received a report from the Uganda Police",
#: "hosted a ceremony to celebrate ..."), read right after the verb.
RECEIVED_THING = Cue(
    # (not the head of a service named after it: "received the Deputy Director of the Togolese intelligence service")
    r"(?:(?!(?:director|directeur|directrice|minister|ministre|chief|chef|head|commissioner|commissaire|ambassad\w+|"
    r"officials?|officers?|delegation|délégation|representatives?|représentants?)\b)\S+ ){0,6}?(?:vehicles?|equipments?|motorcycles?|computers?|radios|uniforms|items|donations?|consignments?|cheques?|"
    r"deliver(?:y|ies)|vests|kits|gifts?|livraisons?|"
    r"boats|reports?|letters?|messages?|copies|véhicules?|équipements?|matériels?|motos|ordinateurs|lots?|dons?|rapports?|"
    r"lettres?|messages?|information|intelligence|tip-?offs?|complaints?|informations|renseignements|plaintes|"
    r"instructions|ordres|consignes|directives|orders|renforts?|reinforcements?|"
    # a post given up, a paper handed in: "received the resignation of Mr. X from his role as Police Commissioner",
    # « a reçu la démission du directeur »
    r"resignations?|démissions?|applications?|candidatures?|petitions?|pétitions?)\b",
    # … or an honour, but one a foreign envoy or counterpart presents: "received an award for leadership", « a reçu le
    # prix du meilleur service » (not "received the award presented by the Indonesian Ambassador")
    r"(?:\S+ ){0,6}?(?:awards?|prizes?|medals?|trophy|trophies|certificates?|prix|médailles?|trophées?|distinctions?|"
    r"décorations?)\b(?![^.;]*\b(?:ambassad\w+|counterparts?|homologues?|delegations?|délégations?|envoys?|"
    r"high commissioners?|haut-commissaire)\b)",
    # reinforcements sent to a unit, told a while after the verb: « a reçu cette semaine, pour la première fois,
    # le renfort de quatre homologues »
    r"(?:\S+ ){0,10}?(?:le|un|du|des|the) (?:renforts?|reinforcements?)\b",
    r"(?:a|an|the|its|their|une?|la|sa|leur) (?:\w+ )?(?:ceremony|cérémonie|event|événement|exhibition|exposition|"
    r"graduation|parade|défilé)\b",
    # what is welcomed may be a step, not a guest: "the Ministers welcomed the expansion of cooperation"
    # (its day first: "welcomed on Tuesday the arrest of a suspected trafficker")
    r"(?:(?:on|this) \w+ )?(?:the|this|these|their|his|her|its|la|le|les|cette|ce|leur) (?:\w+ )?(?:expansion|progress|efforts?|decision|"
    r"initiative|steps|results|achievements|proposal|outcome|establishment|adoption|progrès|décision|résultats|"
    # ... or an appointment: "The US Embassy has welcomed the appointment of a new Inspector General"
    r"appointments?|nominations?|move|reforms?|measures|nomination|mesures|réformes?|"
    # ... or a police success: "welcomed the arrest of", "the seizure of", « a salué l'arrestation »
    r"arrests?|seizures?|capture|dismantling|arrestations?|saisies?|interpellations?|démantèlement|"
    # ... or a text's coming into effect, the news of a page about an agreement or a strategy, not of a meeting: "the
    # Inspector General welcomed the entry into force", "welcomed the ratification", « a salué l'entrée en vigueur »
    r"ratifications?|entry into force|promulgation|enactment|publication|validation)\b",
    r"l['’](?:entrée en vigueur|adoption|ratification|promulgation|publication|arrestation|interpellation)\b",
    # ... or what someone said: "welcomed on Friday the remarks of President X", « a salué les propos du ministre »
    r"(?:(?:on|this|ce|le) \w+ )?(?:the|his|her|these|les|ces|la|sa|ses) (?:\w+ )?(?:remarks|statements?|comments|"
    r"announcement|speech|pledge|propos|déclarations?|annonce|discours) (?:of|by|made|de|du|des|d')",
)  # fmt: skip

#: A ceremony of handing equipment over, and a part in a ceremony no sentence told as an
#: encounter: who attends or officiates it does not meet ("The handover ceremony was attended
#: by …", "The handover was officiated by the Ambassador and received by Commissioner X", "had
#: also participated in the ceremony", « la cérémonie de remise s'est déroulée en présence de »).
HANDOVER = Cue(
    r"handover", r"hand-over", r"handing[- ]over (?:ceremony|event)", r"donation ceremony", r"cérémonie de (?:remise|don)",
    r"(?:participated|took part) in the (?:\w+ )?(?:ceremony|event)(?! of)\b", r"^\s*the event was (?:also )?attended by",
    # letters of appointment handed to officers: "presented letters of appointment in a ceremony attended by"
    r"letters? of appointment", r"lettres? de nomination",
)  # fmt: skip

#: A ceremony the sentence before told (a handover, a donation), followed by talks between those it named: "The
#: handover was followed by talks between the two", « La cérémonie a été suivie d'un entretien entre les deux
#: personnalités ». The talks are an encounter, of that sentence's people, day and place, whatever a handover alone is.
CEREMONY_THEN_TALKS = Cue(
    r"^\s*(?:the|this) (?:\w+ )?(?:handover|hand-over|ceremony|presentation|donation|event) (?:was|were) (?:then )?followed by "
    r"(?:[\w-]+ )?(?:talks|(?:a |an )?(?:[\w-]+ )?(?:meeting|discussions?|audience|session|tête-à-tête))",
    r"^\s*(?:la|cette) (?:cérémonie|remise|rencontre) (?:\S+ ){0,3}?(?:a|avait) été (?:ensuite )?suivie (?:d'une?|de) (?:\S+ )?"
    r"(?:entretien|séance de travail|réunion|audience|tête-à-tête|échanges?|discussions?)",
)  # fmt: skip

#: A training course: a seminar, a workshop or a session « de formation », "training workshop",
#: is no encounter of its own (trainings are not meetings).
TRAINING_EVENT = Cue(
    r"(?:séminaires?|ateliers?|sessions?|stages?) (?:\S+ ){0,2}?de formation",
    r"(?:training|capacity[- ]building) (?:workshops?|seminars?|courses?|sessions?)",
)  # fmt: skip

#: A service's own ceremony of its trainees: a graduation, a passing-out parade, « la sortie
#: de promotion »; or of its dead: « a rendu hommage à ses militaires décédés », a chief gone
#: where comrades lost their life (« s'est rendu à Limoges, où … ont perdu la vie »), "paid
#: tribute to its fallen officers"; no encounter (trainings and commemorations are not meetings).
OWN_CEREMONY = Cue(
    # a service's own session to prepare for an exercise: "organised a session in the presence of its commanders,
    # as part of preparations for the … exercise", « a organisé une séance … dans le cadre des préparatifs de l'exercice »
    r"(?:organi[sz]ed|held|a organisé|a tenu) (?:a|an|une) (?:\w+ )?(?:session|séance|briefing)\b[^;]{0,200}?"
    r"\b(?:as part of (?:its |the )?preparations? for|dans le cadre des préparatifs (?:de|du|des|pour))\b",
    r"graduation", r"graduates?", r"passing[- ]out", r"sortie (?:de (?:la )?)?promotion",
    # its officers honoured for their service: "eight officers … received commendations from the Minister", « des
    # policiers ont reçu des lettres de félicitations »
    r"(?:received|receive|were awarded|were presented with) (?:\S+ ){0,2}?commendations?\b", r"commendation ceremony",
    r"(?:ont|a) reçu (?:des|une|les) (?:lettres? de félicitations|témoignages? de satisfaction)\b",
    # the intake of its trainees: « a assisté à l'incorporation de 80 élèves officiers »
    r"incorporation (?:de|des|du) (?:\S+ ){0,3}?(?:élèves|recrues|stagiaires|officiers|agents|policiers|gendarmes)\b", r"remise des (?:diplômes|attestations|certificats)",
    r"(?:rendu|rend|rendre|rendra) (?:un )?(?:\w+ )?hommage (?:à|aux) (?:ses|leurs|nos|des|les)? ?(?:\w+ )?(?:militaires|policiers|gendarmes|agents|camarades|héros|morts|disparus|défunts)",
    r"où,? [^.;]{0,200}?(?:(?:ont|a) perdu la vie|(?:était|a été) ôtée|(?:ont|a) été tuée?s?)",
    r"(?:paid|pays|pay) (?:a |their |its )?(?:\w+ )?tribute to (?:its|their|the|our) (?:\w+ )?(?:fallen|dead|officers who (?:died|lost))",
)  # fmt: skip

#: A verb of exchange or examination, in its forms, voices and kin, or an exchange told by its noun and whom it was
#: with: what two sides did together when a text tells their encounter by what they went over rather than by a verb
#: of meeting ("A and B reviewed …", « ont passé en revue », "exchanged views", « a évoqué avec son hôte », "focused
#: on", "a session with his counterpart", « l'occasion pour A et B d'examiner »). Alone it tells no encounter (a
#: chief reviews his own troops' work): only the last-resort reading (:mod:`.exchange`) asks it, with named sides.
EXCHANGED = Cue(
    r"(?:échang|examin|évoqu|abord|discut|analys|étudi)(?:er|é|ée|és|ées|ant|eant|ent|ons|ez|era|eront|ait|aient|eait|eaient)",
    r"(?:passé|passée|passés|passées|passer|passant|passent|passeront|passera) en revue", r"(?:ont|a|avoir) débattu", r"débattre",
    r"(?:fait|faire|font|faisant|feront|fera) le (?:point|tour|bilan)", r"(?:dressé|dresser) (?:\S+ ){0,4}?(?:le|un) bilan",
    r"(?:se sont|s'est|s'être|se|se sont tous deux) penchée?s?", r"(?:se )?pench(?:er|ent|ant|eront)",
    r"(?:ont|a|avoir) consacré (?:\S+ ){0,6}?(?:à|au|aux)", r"(?:échanges|entretiens?|discussions?|séances?|entrevues?|tête-à-tête) (?:\S+ ){0,2}?(?:avec|entre)",
    r"exchang(?:e|ed|es|ing)", r"discuss(?:ed|es|ing)?", r"review(?:ed|s|ing)?", r"examin(?:e|ed|es|ing)", r"(?:went|go|goes|going|gone) (?:over|through)",
    r"look(?:ed|s|ing)? (?:at|into)", r"focus(?:s?ed|s?es|s?ing)? on", r"(?:took|take|takes|taking) stock", r"deliberat(?:ed|e|es|ing)", r"conferr(?:ed|ing)",
    r"explor(?:ed|e|es|ing)", r"assess(?:ed|es|ing)?", r"talk(?:ed|s|ing)? (?:about|over|through)", r"compared notes", r"set out (?:\S+ ){0,2}?steps",
    r"(?:session|sessions|talks|discussions|exchanges|consultations|meeting|encounter|tête-à-tête) (?:\S+ ){0,2}?(?:with|between)",
)  # fmt: skip

#: What reaches a counterpart at a distance or is no encounter though it names one: a message, a letter, condolences,
#: congratulations, an appointment, a seizure or an arrest on shared information, a press conference. The last-resort
#: reading (:mod:`.exchange`) refuses a sentence that tells one.
AT_A_DISTANCE = Cue(
    r"messages?", r"lettres?", r"letters?", r"condol\w+", r"sympathy", r"félicit\w+", r"congratulat\w+", r"décrets?", r"decrees?",
    r"appoint\w*", r"nommée?s?", r"seiz\w+", r"saisi\w*", r"arrest\w*", r"interpell\w+", r"press conference", r"conférence de presse",
    r"tweet\w*", r"op-ed", r"opinion",
)  # fmt: skip
