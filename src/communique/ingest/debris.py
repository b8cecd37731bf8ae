"""Web-page debris: what a scraper drags in around a communiqué, and how to lose it.

Share buttons, comment forms, "Lire aussi" links, cookie notices and the like are
removed line by line; an agency credit line ("Article19.ma/Map", "(APS)") is kept aside
as the document's source; a scraped header line (" date 2026-01-27 Partager") gives the
publication date. A whole HTML page is first reduced to its article text (:mod:`communique.ingest.page`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from communique import regexes
from communique.normalise.dates import parse_absolute
from communique.normalise.places import agency, exact_country
from communique.text import branched, caseless, fold

_SHARE_WORDS = (
    r"(?:partager|share)(?: (?:on|sur|via|this(?: article| page| story)?|cet article|cette page))?|"
    r"facebook|twitter|x|whatsapp|linkedin|telegram|pinterest|email|e-mail|"
    r"imprimer|print|tweet|messenger|reddit|copier le lien|copy link|mail|viber"
)
#: The closing of a letter or an e-mail, alone on its line.
_SIGN_OFF = (
    r"(?:(?:best|kind|warm)\s+)?regards|sincerely(?: yours)?|yours (?:sincerely|faithfully)|"
    r"(?:bien |très )?cordialement|salutations distinguées|bien à vous"
)
#: Debris lines, by how they start (one pattern, matched at the start of a line) ...
_DEBRIS_START = regexes.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            rf"(?:(?:{_SHARE_WORDS})[\s|•·/,:-]*)+$",
            r"laisser un commentaire\b",
            r"leave a (?:comment|reply)\b",
            r"(?:\d+\s+)?(?:commentaires?|comments?|réponses?|replies)\s*:?\s*$",
            r"please enter your (?:comment|name|email)",
            r"you have entered an incorrect email",
            r"save my name, email",
            r"enregistrer mon nom",
            r"ce site utilise akismet",
            r"this site uses akismet",
            r"(?:à |a )?lire (?:aussi|également|egalement)\b",
            r"(?:read|see) (?:also|more)\b",
            r"related (?:articles?|posts?|news|stories)\b",
            r"(?:articles?|sur le même sujet|dans la même rubrique)\s*(?:liés|similaires|connexes)?\s*:?\s*$",
            # a consent banner's buttons, one or several on a line: « Accepter  Refuser  Personnaliser »
            r"(?:(?:j'accepte|(?:tout )?accepter|accept(?: all(?: cookies)?)?|(?:tout )?refuser|reject(?: all)?|decline|"
            r"deny|allow all|ok(?:, j'ai compris)?|got it|personnaliser|paramétrer|customi[sz]e|"
            r"(?:manage|cookie) (?:settings|preferences|options)|paramètres(?: des cookies)?|gérer (?:mes )?"
            r"(?:choix|préférences|cookies))[\s|•·/,-]*)+$",
            r"(?:publicité|advertisement|sponsored|sponsorisé)\s*$",
            r"(?:tags?|mots[- ]clés|étiquettes)\s*:",
            r"(?:abonnez-vous|subscribe|newsletter|inscrivez-vous)\b",
            r"(?:accueil|home)(?:\s*[>»/|›]\s*\S+)+$|(?:accueil|home)\s*[>»/|›]",
            r"(?:votre adresse (?:e-)?mail ne sera pas publiée|your email address will not be published)",
            r"(?:nom|name|e-?mail|site web|website)\s*\*?\s*:?\s*$",
            r"(?:publier le commentaire|post comment|envoyer|submit)\s*$",
            r"(?:en savoir plus|learn more|lire la suite|read more)\s*\.?$",
            r"(?:signed|signé|signature)\s*:",
            # captions, bylines, counters and page tools around an article
            r"\(?\s*(?:photos?|cr[ée]dits? photos?|photo credits?|images?|illustrations?|vid[ée]os?)\s*:",
            r"(?:posted|published|written) by\b|publié par\b|par la rédaction\s*$",
            r"by (?:a |our )?(?:staff|special) (?:reporter|correspondent|writer)\b",
            r"(?:views|vues|lectures|reads)\s*:\s*[\d\s.,]+$|[\d\s.,]+[km]?\s*(?:views|vues|lectures|reads|shares|partages|"
            r"likes|reactions|réactions|j'aime)\s*$|\d+(?:[.,]\d+)?\s*[km]\s*$",
            # a social network's buttons and tags under a post: "Like", "Comment", "#GhanaPolice #Service"
            r"(?:like|j'aime|comment|commenter|reply|répondre|yes|no|oui|non)\s*$|(?:#[^\W_][\w-]*[\s,]*)+$",
            # a site's questions about the page: "Is this page useful?", "Report a problem with this page"
            r"(?:is this page useful|was this (?:page |article )?helpful|cette page vous a-t-elle été utile)\b|"
            r"(?:report a problem|signaler un problème|signaler une erreur)\b[^.!?]*$",
            # where the page sits in the site: "You are here: Home > News", « Vous êtes ici : Accueil > … »
            r"(?:you are here|vous êtes ici)\s*:",
            r"(?:categories|category|catégories?|rubriques?|filed under|posted in|classé dans)\s*:",
            r"(?:temps de lecture|durée de lecture|reading time)\s*:|lecture\s*:\s*\d|\d+\s*min(?:ute)?s?\s*(?:read|de lecture)\s*$",
            r"(?:listen to this article|écouter (?:cet |l')article)\b",
            # an audio player's label while it loads: "Getting your Trinity Audio player ready..."
            r"getting your (?:[\w-]+ )?audio player ready\b",
            r"(?:copyright\b|©\s*\d{4})",
            r"(?:follow us|suivez-nous)\b",
            r"(?:bouton )?(?:back to top|(?:retour en )?haut de (?:la )?page|retour en haut)\s*$",
            # a site's own tools: reading on, signing in, the next video, a page's tabs
            r"(?:continuer la lecture|continue reading|afficher plus|voir plus|show more|fermer|close)\s*$",
            r"(?:s'abonner|se connecter|connectez-vous|log ?in|sign ?in|sign up|mot de passe oublié|"
            r"forgot (?:your )?password|découvr(?:ir|ez) (?:les|nos) (?:offres|abonnements))\b[^.]*$",
            r"(?:la suite après cette publicité|contenus? (?:partenaires?|sponsorisés?)|sponsored content)\s*$",
            r"(?:ne ratez pas|à ne pas manquer|a ne pas manquer|don't miss|do not miss)\s*[!:.]?\s*$",
            r"vidéo suivante dans\b|(?:autres|more) vid[ée]os\s*$",
            r"(?:comments?|commentaires?|réactions?)\s*\(\d+\)\s*$",
            r"(?:comments are closed|les commentaires sont fermés|laissez-nous (?:vos|un) commentaires?)\b",
            # an invitation to comment, or the count of none: « Réagissez à cet article », "No comments yet"
            r"(?:(?:réagissez|reagissez|réagir) à cet article|(?:vos|your|aucun|no|pas de) (?:commentaires?|comments?)|"
            r"rejoignez la discussion|join the (?:discussion|conversation)|be the first to comment|"
            r"soyez (?:le )?premier à (?:commenter|réagir))(?:\s*(?:yet|pour l'instant|pour le moment))?\s*[.!:]?\s*$",
            # an invitation to follow the site on a network: « Restez informé … sur WhatsApp | LinkedIn »
            r"(?:restez informés?|stay (?:informed|up to date|updated)|suivez(?:-nous)?|follow us|rejoignez-nous|"
            r"abonnez-vous)\b[^.!?]{0,80}\b(?:whatsapp|linkedin|facebook|twitter|telegram|instagram|youtube|"
            r"google news|tiktok)\b[^.!?]*$",
            r"%d bloggers like this|reproduction (?:in whole or in part|interdite|totale ou partielle)\b",
            r"\(?\s*(?:web )?editors?\s*:",
            r"(?:image|photo|news-picture|jpe?g|png|gif)\s*$",
            # a site's logo and a picture's alternative text, as a scrape keeps them: "logo Al-Watwan", "image article une"
            r"logo\b[^.!?]{0,40}$|(?:image|illustration)(?:\s+[\w-]+){1,3}\s*$",
            # a page's section over its article with an empty field beside it: "Politique | -", "News |"
            r"[^|.!?\d]{1,24}\|\s*[-–—]?\s*$",
            r"(?:par|by)\s*$",
            # an editor's initials or a wire's end mark under the text: "cmas", "S.H", "(end) am"
            r"(?-i:[a-z]{2,5}|[A-Z]\.[A-Z]\.?)\s*$|\(\s*(?:end|fin)\s*\)(?:\s+[a-z]{1,5})?\s*$",
            # a page's identifier alone, a source given as a link
            r"\S*\d{12,}\S*$|(?:source|lien|link)\s*:.*\bhttps?://\S+\s*$",
            # a counter or a time alone: "8,392", "1517", "06:42", "12:17 GMT" (not a year: a date's line)
            r"\d{1,3}(?:[,.\s]\d{3})*\s*$|(?!(?:19|20)\d\d\s*$)\d{1,7}\s*$|\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:gmt|utc)?\s*$",
            # a page's tabs or tools, a few words between bars: "Day|Week|Month", "Text: | Print|"
            r"(?:[^|.!?\d]{0,24}\|){2,}[^|.!?\d]{0,24}$",
            r"(?:previous|next) (?:article|post|story)\b|article (?:précédent|suivant)\b",
            r"(?:skip to (?:the )?(?:main )?content|aller au contenu(?: principal)?|search(?: for)?|rechercher|"
            r"recherche|menu|navigation)\s*:?\s*$",
            r"(?:download|télécharger)\b[^.!?]*$",
            r"(?:print|imprimer)(?: this| cette| cet)? (?:page|article)\s*$",
            # a page's print and mail tools, its text size: « Format imprimable Envoyer cet article à un ami »
            r"(?:format|version) imprimable\b[^.!?]*$|printer[- ]friendly(?: version)?\b[^.!?]*$|"
            r"(?:envoyer|transférer) (?:cet article |cette page )?à un(?:e)? ami(?:e)?\s*$|"
            r"(?:send|e-?mail) (?:this )?(?:article |page |story )?to a friend\s*$|"
            r"(?:partager|share) (?:cet article|cette page|this (?:article|page|story))\s*:?\s*$|"
            r"(?:taille du texte|taille de (?:la )?police|text size|font size|adjust font size)\b[^.!?]*$|"
            r"(?:a\s*[+-]\s*){2,}$|(?:a\s+){2,}a\s*$",
            # a staff byline without its "By": "OUR STAFF REPORT", « De notre correspondant à Dakar »
            r"(?:our )?staff (?:report(?:er)?|writer|correspondent)s?\s*$|"
            r"de notre (?:envoyée? spéciale?|correspondante?)(?: (?:à|au|aux|en) [^.,\d]{1,30})?(?:,\s*[^.,\d]{1,40})?\s*$",
            r"(?:share|like) this\s*:?\s*$|(?:loading|chargement)\s*(?:\.{3}|…)?\s*$",
            rf"(?:{_SIGN_OFF})\s*[,.!]?\s*$",
            r"(?:press release|communiqué de presse|end|fin|-?\s*ends?\s*-?|#+)\s*\.?$",
            # a page's number, as a PDF prints it: "Page 2", "2/3", "- 2 -", "Page 1 sur 2"
            r"(?:page\s+)?\d{1,3}(?:\s*(?:/|sur|of|de)\s*\d{1,3})?\s*$",
            r"[-–—]\s*\d{1,3}\s*[-–—]\s*$",
            # a link to another article, a video or a podcast: "ALSO READ: …", "RELATED: …", « VIDÉO. … »
            r"(?:also read|read also|related|(?:à |a )lire|watch|vid[ée]o|listen|podcast)\s*[:.|–—-]\s",
            r"(?:advertisement|publicité|sponsored|sponsorisé)\s*[-–—:|]",
            r"(?:click here|cliquez ici|tap here|appuyez ici)\b",
            # a picture's source and caption as some sites print them: "Image source, …", "Image caption, …"
            r"(?:image source|image caption|media caption|source de l'image|légende de l'image|légende)\s*,",
            # a wire's credits under its text: "(Reporting by …; Editing by …)"
            r"\(\s*(?:(?:additional )?reporting|writing|editing|compiled) by\b|\(\s*(?:reportage|rédaction|édité|édition)\b",
            # what is left of an embedded post: its picture's link, its author's signature and day
            r"pic\.twitter\.com/\S+\s*$",
            r"[-–—]\s*[^()\n]{1,80}\(@\w{1,30}\)(?:\s*[\w ,.]{0,30}\d{4})?\s*$",
        )
    ),
    re.IGNORECASE,
    branched,
)
#: ... or by what they say anywhere.
_DEBRIS_ANYWHERE = regexes.compile(
    r"\bcookies?\b.*\b(?:accept|accepter|consent|consentement|navigation|browsing|experience|expérience)"
    r"|\b(?:acceptez|accept|consent)\w*\b.*\bcookies?\b|\ben poursuivant (?:votre )?navigation\b"
    # the notice of Morocco's data-protection law under a site's forms: « Conformément à la loi 09-08 … »
    r"|\bconformément (?:à|a) la loi (?:n°\s*)?09[.-]08\b"
    r"|\b(?:all rights reserved|tous droits réservés)\b"
    # a site's or an office's contact line under its text: "12 Acacia Road … – Tel: +44 20 …", « Tél. : 01 … »
    r"|\b(?:t[ée]l(?:[ée]phone)?|phone|fax)\.?\s*:\s*\+?\(?\d"
    # the running head of a PDF's page, its number at the end: "MINISTÈRE …   Page 1 sur 2"
    r"|\bpage\s+\d{1,3}\s*(?:/|sur|of|de)\s*\d{1,3}\s*$"
    # the notice of a site's privacy policy, an invitation to write to the newsroom
    r"|\bdroit d'accès(?:,| et) de rectification"
    r"|\bcontactez(?:-nous| notre (?:équipe|rédaction)| la rédaction)\b|\bcontact (?:us|our newsroom)\b"
    # an embedded post's text, which ends with the link to its picture or to itself
    r"|\s(?:pic\.twitter\.com|https?://t\.co)/\w+\s*$",
    re.IGNORECASE,
)
#: What every match of :data:`_DEBRIS_ANYWHERE` holds: a quick test (a few letters tried at each place,
#: not nine alternatives) that spares it most lines, which hold none.
_DEBRIS_ANYWHERE_WORDS = regexes.compile(
    r"cookie|navigation|09|r[ée]serv|page|rectification|contact|t\.co/|twitter\.com/|t[ée]l|phone|fax",
    re.IGNORECASE,
    branched,
)
#: A photograph's caption with its credit: "The two delegations during the talks. Photo: Police
#: Media", « Les deux délégations. Crédit photo : DR », "… (Photo: MAP)": a line of a few words.
_CAPTION = regexes.compile(
    r"(?:[.!?,;]|\s[-–—|/])\s*(?:\(\s*)?(?:photos?|cr[ée]dits? photos?|photo credits?|crédit|credit|©)\s*(?::\s*)?"
    r"[^.!?:]{1,60}\)?\s*$",
    re.IGNORECASE,
)
_CAPTION_WORDS = 25
#: A photograph's caption told as a sentence under its label: "Photo: The Inspector-General received his
#: Ghanaian counterpart on Tuesday in Abuja." Its label is debris, its sentence may be the only one that
#: names who met (the body under it speaks of the topics alone): the sentence is kept. A credit
#: ("Photo: Police Media") is a few words with no full stop, and goes.
_LABEL = r"\(?[ \t]*(?:photos?|images?|légende|caption)[ \t]*:"
_CAPTION_SENTENCE = regexes.compile(rf"\s*{_LABEL}\s*(?P<sentence>[A-ZÀ-Ý][^:]*[.!])\s*$", re.IGNORECASE)
#: A caption's label, which opens its line, and the full stop that ends its sentence.
_CAPTION_LABEL = regexes.compile(rf"\s*{_LABEL}", re.IGNORECASE)
_CAPTION_END = regexes.compile(r"[.!]\s*$")
#: The fewest words of a caption's sentence kept.
_CAPTION_SENTENCE_WORDS = 8
#: The heading of a list of other articles ("Lire aussi", "Les plus lus – Politique",
#: "Related News:", "You may also like"), alone on its line: the headlines under it are
#: other articles', with their own meetings, dates and places.
_RELATED_HEADING = regexes.compile(
    r"(?:(?:à |a )?(?:lire|voir) (?:aussi|également|egalement)|(?:read|see) (?:also|more)(?: details)?|"
    r"related(?: (?:articles?|posts?|news|stories|content))?|"
    r"(?:articles?|actualités|contenus?|sujets?|vidéos?) (?:similaires|associé(?:e)?s|liés|liées|connexes|recommandés)|"
    r"sur le même (?:sujet|thème)|dans la même rubrique|(?:les )?(?:articles?|tags|sujets?|actualités) en relation|autres (?:articles|actualités|nouvelles|infos)|"
    r"(?:les )?plus (?:lus|populaires|partagés|commentés)|(?:the )?most (?:read|popular|viewed|shared)(?: in \w+)?|"
    r"la rédaction vous recommande|nous vous recommandons|recommended(?: for you)?|"
    r"(?:ces |d'autres |les )?(?:articles?|sujets?|contenus?) (?:(?:qui )?(?:devraient|pourraient|peuvent|pourrait|devrait)|"
    r"susceptibles? de) vous int\w*|(?:you (?:might|may) (?:also )?be )?interested in(?: these)?(?: articles| stories)?|"
    r"(?:you|vous) (?:may|might|pourriez|pouvez|aimerez)(?: also)? (?:like|aimer|aussi)(?: aimer)?|"
    r"(?:also|more) (?:on (?:site|this site)|stories|news|articles|from)(?: [^.!?]{0,40})?|"
    r"(?:dernières|latest|recent) (?:actualités|nouvelles|infos|articles|news|posts|stories)|trending now)"
    r"(?:\s*[–—:-]\s*[^.!?]{0,40})?\s*:?\s*$",
    re.IGNORECASE,
    branched,
)
#: The heading of the readers' comments under a text: "2 Comments", « 3 commentaires »,
#: "Leave a Reply", « Réactions (4) ».
_COMMENTS_HEADING = regexes.compile(
    r"(?:\d+\s+)?(?:comments?|commentaires?|responses?|réponses?|réactions?|reactions?)(?:\s*\(\d+\))?\s*:?\s*$|"
    r"(?:leave a (?:reply|comment)|laisser un commentaire|laissez un commentaire|add a comment|ajouter un commentaire)\b",
    re.IGNORECASE,
)
#: A paragraph of prose: a sentence of ten words or more, ended.
_PROSE = regexes.compile(r"(?:\S+\s+){9,}\S*[.!»\"”]\s*$")
#: The one article such a line links to, after a colon: "Read also: Minister receives an envoy".
_ONE_LINK = regexes.compile(r":\s*\S")
#: A headline in such a list: a few words, no full stop at the end (a question mark is a
#: headline's), a date alone, or a teaser cut short ("… après une victoire ...").
_HEADLINE_WORDS = 30
_SENTENCE_END = regexes.compile(r"[.!»\"”:;]\s*$")
#: How a paragraph of prose ends.
_PROSE_END = regexes.compile(r"[.!»\"”]\s*$")
#: How a paragraph of prose ends, or a text cut short by an ellipsis ("… maritime drug interdiction…").
_PROSE_OR_CUT_END = regexes.compile(r"[.!…»\"”]\s*$")
#: The fewest words of prose above readers' comments.
_PROSE_WORDS = 10
#: The end of a sentence, before the next one or the end of its line.
_SENTENCE_ENDS = regexes.compile(r"[.!…»\"”](?:\s+(?=[A-ZÀ-Ý«\"“])|\s*$)")
#: A bare "Comment" or « Commentaires », no count: as often a button under a photo's caption over
#: the lede (« Awa Traoré, ministre malienne de la Sécurité, et le chef de l'Etat. ») as the heading
#: of readers' comments, which then need two sentences of prose above them.
_BARE_COMMENTS = regexes.compile(r"(?:comments?|commentaires?)\s*:?\s*$", re.IGNORECASE)
_BARE_COMMENTS_SENTENCES = 2


def _prose_above(kept: list[str], sentences: int = 1) -> bool:
    """Whether the lines kept so far hold prose (ten words or more, as many sentences as asked,
    and a line that ends a sentence), whatever their width: a hard-wrapped text's lines are short."""
    return (
        any(_PROSE_OR_CUT_END.search(line) for line in kept)
        and sum(len(line.split()) for line in kept) >= _PROSE_WORDS
        and sum(len(_SENTENCE_ENDS.findall(line)) for line in kept) >= sentences
    )


_TEASER_CUT = regexes.compile(r"\s(?:\.{3}|…)\s*$")
#: A ticker of headlines flattened onto one line, set apart by runs of spaces.
_TICKER_GAP = regexes.compile(r"[ \t]{3,}")
#: ... or by bullets after a run of spaces ("…report  • Storm warning…"), as some sites print theirs.
_BULLET_GAP = regexes.compile(r"(?<![ \t])[ \t]{2,}[•·▪●][ \t]+")
#: The bullets of :data:`_BULLET_GAP`: a line with none (most) is spared it, which is tried at
#: every character (its look-behind gives the engine no first character to look for).
_GAP_BULLET = regexes.compile(r"[•·▪●]")
#: A list's bullet before a line ("• Publié le …", "- Par …").
_BULLET = regexes.compile(r"^[•·▪●◦∙‣*]+\s*")
_HEADER_DATE = regexes.compile(
    r"^\s*(?:date|pub ?date|release date|date of release|posted(?: on)?|publié le|publie le|mis en ligne le|published(?: on)?|(?:dernière )?mise? à jour(?: le)?|(?:last )?updated(?: on)?|"
    r"(?:last )?modified(?: on)?|dernière modification(?: le)?)"
    r"\s*:?\s*(.+)$",
    re.IGNORECASE,
)
#: The day of a meeting's record, labelled as a header's would be ("Date: 4 March 2026"), when a line just
#: after it (a caption or two may come between) is another of its fields: its hour, its venue, who attended.
_MEMO_DATE = regexes.compile(r"^\s*date\s*:", re.IGNORECASE)
_MEMO_REACH = 10  # (lines with words: what a page puts between paragraphs may come before the next field)
_MEMO_FIELD = regexes.compile(
    r"^\s*(?:\d+\.\s*)?(?:time|heure|venue|lieu|location|participants?|present|présents?|attendees?)\s*:",
    re.IGNORECASE,
)
#: A byline with its date: "Par L'Economiste | Le 12/12/2023 – 16:40 | Partager",
#: "By Staff Writer - April 14, 2026" (a few words, no full stop at the end).
_BYLINE = regexes.compile(
    # (a "by" or « par » before a word in small letters opens a sentence, not a byline, but for the words
    # of a newsroom's: "By video link on Tuesday 21 July 2026, …", cut there by a wrap, is no author's line)
    r"(?:(?:par|by)\b(?!\s+(?-i:[a-zà-ÿ])(?!(?:our|staff|the|a|an|notre|nos|la|le|les|l'|un|une)\b))"
    r"|(?:publié|posted|published|written|rédigé|écrit|mis en ligne)\b)[^.]*$",
    re.IGNORECASE,
)
_BYLINE_WORDS = 14
#: The longest line read as a credit: the pattern splits a run of dashes every way it can
#: (a line of 60,000 dashes took minutes), and a credit is a few words.
_LONGEST_CREDIT = 80
_CREDIT_LINE = regexes.compile(
    r"^[\s(—–-]*(?:(?:source|crédit|credit|avec|with)\s*:?\s*)?(?:©\s*)?"
    r"(?P<credit>(?:[\w.-]+\s*/\s*)?[A-Za-z]{2,8}(?:\s*/\s*[A-Za-z.]{2,12})?)[\s.)]*$"
)


#: A field of the header of an e-mail a communiqué was forwarded in ("From: …",
#: « Objet : … »): its name, and its value.
_MAIL_FIELD = regexes.compile(
    r"(?P<name>from|to|cc|bcc|sent|date|subject|reply-to|de|à|a|envoyé|objet|répondre à)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
#: What a subject line is headed with: a reply, a forward, the kind of message.
_SUBJECT_HEAD = regexes.compile(
    r"^(?:\s*(?:re|tr|fwd?|fw|aw|wg|press release|communiqué de presse|communique)\s*:)+\s*", re.IGNORECASE
)


@dataclass
class Cleaned:
    """A text without its debris, and what the debris told."""

    text: str
    published: dt.date | None = None
    source: str | None = None
    title: str | None = None
    removed: list[str] = field(default_factory=list)
    #: The year of a header's month alone (" date 2018-09"), which dates no publication.
    year: int | None = None


#: What parts the words of a credit ("MAP / AFP", "(APS)").
_CREDIT_PARTS = regexes.compile(r"[\s/|,()-]+")


def _agency(credit: str) -> str | None:
    for part in _CREDIT_PARTS.split(credit):
        if (found := agency(part)) is not None:
            return found
    return None


#: An agency's credit in brackets after the stop of a text's last sentence: "… convenu. (AFP)".
_CLOSING_CREDIT = regexes.compile(r"(?<=[.!?»”\"])\s*\((?P<credit>[A-Za-z]{2,8})\)\s*$")

#: The sections of a site as its menu names them ("Home", "Politics", « Faits divers »,
#: "Contact Us"), folded: a line of these words alone is a menu's item.
_SECTIONS = (
    "home news latest top stories breaking politics business economy sports sport world international "
    "national nation local metro regional region regions africa europe asia americas society culture arts "
    "entertainment lifestyle life health education technology tech science sciences environment opinion "
    "opinions editorial editorials columns columnists features videos video photos gallery multimedia "
    "podcasts contact contacts us about more media press releases newsroom events agenda publications "
    "careers jobs downloads faq links weather travel "
    "accueil actualites actualite actu actus infos info politique economie societe monde afrique sante "
    "environnement tribune tribunes chroniques galerie medias presse communiques evenements emplois "
    "recrutement telechargements liens faits divers diaspora insolite technologie finance finances "
    "entreprises qui sommes nous"
)
_MENU_WORDS = frozenset(_SECTIONS.split())
#: The most words of a menu's item, and the fewest items in a row that make a menu (one
#: section's name alone may be a heading of the text).
_MENU_ITEM_WORDS = 3
_MENU_ITEMS = 3
#: The most short lines of other words in a row that a menu's run takes between sections.
_MENU_ASIDES = 2


def _menu_words(line: str) -> int:
    """How many words a line has if each is a section's name (else 0)."""
    words = fold(line).split()
    return len(words) if all(word in _MENU_WORDS for word in words) else 0


def _menus(lines: list[str]) -> set[int]:
    """The lines of a site's menus: runs of :data:`_MENU_ITEMS` items or more, one per
    line (blank lines between them passed over; a country among them is a section too,
    "Home / Nigeria / Politics / Metro"), and menus flattened onto one line ("Home News
    Politics Business Sports")."""
    found: set[int] = set()
    run: list[int] = []
    sections = 0
    # short lines of other words between a run's sections ("Accueil / Politique / Pedro
    # Sánchez / Sport": a topic of the day): items of the menu when a section follows them
    between: list[int] = []
    asides = 0
    for index, line in enumerate([*lines, "."]):  # a last line that ends any run
        if not line.strip():
            continue
        words = _menu_words(line)
        if 0 < words <= _MENU_ITEM_WORDS or (run and exact_country(line)):
            if words > 0 and between:
                run.extend(between)
                asides += len(between)
            between = []
            run.append(index)
            sections += words > 0
            continue
        if (
            run
            and len(between) < _MENU_ASIDES
            and len(line.split()) <= _MENU_ITEM_WORDS
            and line.strip()[-1:] not in ".:!?"
        ):
            between.append(index)
            continue
        if sections >= _MENU_ITEMS and asides < sections:
            found.update(run)
        run, sections, between, asides = [], 0, [], 0
        if words > _MENU_ITEM_WORDS:
            found.add(index)
    return found


#: The most words of a PDF's running head (a ministry's, a department's name, the document's title).
_RUNNING_HEAD_WORDS = 12
#: A page's number alone on its line, as a PDF prints it: "Page 2", "2/3", "Page 1 sur 2", "- 2 -".
_PAGE_NUMBER = regexes.compile(
    r"\s*(?:(?:page\s+)?\d{1,3}\s*(?:/|sur|of|de)\s*\d{1,3}|page\s+\d{1,3}|[-–—]\s*\d{1,3}\s*[-–—])\s*$",
    re.IGNORECASE,
)


def _page_furniture(lines: list[str]) -> set[int]:
    """The lines a PDF repeats on each page: its numbers, and a short line that is no
    sentence written again as it was before (the running head: « MINISTÈRE DE
    L'INTÉRIEUR », the headline a page's copy and its title both give). The first of a
    repeated line is kept: it heads the text."""
    seen: set[str] = set()
    found: set[int] = set()
    for index, line in enumerate(lines):
        if _PAGE_NUMBER.match(line):
            found.add(index)
            continue
        key = " ".join(line.split())
        if not key or len(key.split()) > _RUNNING_HEAD_WORDS or _PROSE_END.search(key):
            continue
        if key in seen:
            found.add(index)
        seen.add(key)
    return found


#: The fewest words of a line that repeats a line above it cut short (fewer is a heading said twice, or a word).
_CUT_COPY_WORDS = 3
#: How many lines above a cut copy its whole line may stand (the page's section, a picture's text between).
_CUT_COPY_REACH = 4


def _cut_copies(lines: list[str]) -> set[int]:
    """The lines that repeat a line just above them cut short, at a word or inside one, with no mark of
    the cut: the headline a news page prints again under itself where its teaser box ended ("… and
    Internal Secu", « Ce que la patronne d'Interpol a proposé au »). Read, the cut's last words made a
    name ("Internal Secu"); joined to the lead under it, the copy hid the lead's dateline. A copy says
    nothing its line has not said: dropping it loses no word (and, unlike a page's furniture, it joins
    nothing around it)."""
    found: set[int] = set()
    above: list[str] = []
    for index, line in enumerate(lines):
        key = " ".join(line.split())
        if not key:
            continue
        if len(key.split()) >= _CUT_COPY_WORDS and any(
            len(key) < len(a) and a.startswith(key) for a in above
        ):
            found.add(index)
            continue  # a second cut copy is compared to the whole line too
        above = [*above[-_CUT_COPY_REACH + 1 :], key]
    return found


def strip(text: str) -> Cleaned:
    """Remove debris lines, keep the credit as source and a header date as publication
    date. Paragraph breaks of the communiqué are kept."""
    kept: list[str] = []
    cleaned = Cleaned(text="")
    lines = _mail_header(text.splitlines(), cleaned)
    menus = _menus(lines) | _cut_copies(lines)
    captions = _captions(lines)
    furniture = _page_furniture(lines)
    # a page's end cuts a sentence: the blank lines around its furniture are no paragraph's end
    rejoin = False
    in_related = False
    # the posting dates a list of other articles at the head of the page gives
    header_dates: list[tuple[str, dt.date]] = []
    last_credit: tuple[int, str] | None = None
    dating = _Dating()
    for index, raw in enumerate(lines):
        # a bullet is looked through ("• Publié le …", "• 06:42"), and kept on a line kept
        line, bulleted = _BULLET.sub("", raw.strip()), raw.strip()
        if not line:
            if not rejoin:
                kept.append("")
            continue
        if index in furniture:
            cleaned.removed.append(line)
            if (
                not rejoin
                and (text_above := [k for k in kept if k.strip()])
                and not _SENTENCE_END.search(text_above[-1])
            ):
                rejoin = True
                while kept and not kept[-1].strip():
                    kept.pop()
            continue
        rejoin = False
        if index in menus:
            cleaned.removed.append(line)
            continue
        if _COMMENTS_HEADING.match(line) and _prose_above(
            kept, _BARE_COMMENTS_SENTENCES if _BARE_COMMENTS.match(line) else 1
        ):
            # readers' comments under the text, to its end: their names and days are no one's meeting
            cleaned.removed.extend(later.strip() for later in lines[index:] if later.strip())
            break
        if in_related:
            if _is_debris(line) or (_is_headline(line) and not _wrapped_prose(lines, index)):
                if not _prose_above(kept) and (date := _posted(line) or _stamped(line)):
                    header_dates.append((line, date))
                cleaned.removed.append(line)
                continue
            in_related = False
            if len(header_dates) == 1 and not _prose_above(kept):
                # "Latest news" over the article's own headline and posting date ("07.03.2025 | 01:35 |"), the
                # first prose under them: the one date of that list is the article's
                dating.take(*header_dates[0], kept, cleaned)
            header_dates = []
        if _RELATED_HEADING.match(line):
            # "Read also: <the one article linked>" is no list's heading: what follows is the text
            in_related = _ONE_LINK.search(line) is None
            cleaned.removed.append(line)
            continue
        if index < _HEADER_LINES and _SITE_CLOCK.match(line):
            # « mardi, novembre 17, 2026 » over the page: the day it was saved, not the article's
            cleaned.removed.append(line)
            continue
        if _is_ticker(line) or _TEASER_CUT.search(line):
            cleaned.removed.append(line)
            continue
        header = _HEADER_DATE.match(line)
        if (
            header
            and _MEMO_DATE.match(line)
            and any(
                map(
                    _MEMO_FIELD.match,
                    [n for n in lines[index + 1 : index + 4 * _MEMO_REACH] if n.strip()][:_MEMO_REACH],
                )
            )
        ):
            # "Date: 4 March 2026 (Wednesday)" over "Time: 10.00 AM", "Venue: …", « Participants : »: a meeting's
            # record gives its day so, not the day it was published
            kept.append(line)
            continue
        if header and (month := _MONTH_ONLY.match(header.group(1))) is not None:
            # " date 2018-09 Le directeur …": a month is no publication date, and the text runs on
            cleaned.removed.append(line[: len(line) - len(header.group(1)) + month.end()].strip())
            cleaned.year = cleaned.year or int(month.group(0)[:4])
            if rest := header.group(1)[month.end() :].strip():
                kept.append(rest)
            continue
        if header and (date := _leading_date(header.group(1), whole=_is_header(header.group(1)))) is not None:
            dating.take(line, date, kept, cleaned)
            paragraph = _run_into(header.group(1))
            cleaned.removed.append(line.removesuffix(paragraph or "").rstrip())
            if paragraph:
                kept.append(paragraph)
            continue
        if (tail := _byline_tail(line)) is not None:
            # « … se sont entretenus sur le sujet. Par P.J. - Publié le Mercredi 22 Mars 2023 à 14:02 »
            dating.take(line[tail[1] :], tail[0], kept, cleaned)
            cleaned.removed.append(line[tail[1] :].strip())
            kept.append(line[: tail[1]].rstrip())
            continue
        if (
            (_BYLINE.match(line) and len(line.split()) <= _BYLINE_WORDS and (date := parse_absolute(line)))
            or (index < _HEADER_LINES and (date := _posted(line) or _stamped(line)))
            or (date := _posted_then_updated(line))
        ):
            dating.take(line, date, kept, cleaned)
            cleaned.removed.append(line)
            continue
        if index in captions:
            kept.append(bulleted)
            continue
        if _is_debris(line):
            cleaned.removed.append(line)
            continue
        credit = _CREDIT_LINE.match(line) if len(line) <= _LONGEST_CREDIT else None
        if credit and (agency := _agency(credit.group("credit"))):
            last_credit = (len(kept), agency)
        kept.append(bulleted)
    # an agency's credit is the source when nothing but debris follows it (a list of
    # other articles under it is debris too)
    if last_credit and not any(later.strip() for later in kept[last_credit[0] + 1 :]):
        cleaned.source = cleaned.source or last_credit[1]
        cleaned.removed.append(kept.pop(last_credit[0]))
    elif (
        last := next((index for index in range(len(kept) - 1, -1, -1) if kept[index].strip()), None)
    ) is not None:
        # the same credit closing the last sentence's line ("… d'informations. (AFP)"): a wrap
        # that puts it alone on a line of its own must not make it another text's credit
        closing = _CLOSING_CREDIT.search(kept[last])
        if closing and (agency := _agency(closing.group("credit"))):
            cleaned.source = cleaned.source or agency
            cleaned.removed.append(closing.group().strip())
            kept[last] = kept[last][: closing.start()]
    cleaned.text = _BLANK_LINES.sub("\n\n", "\n".join(kept)).strip()
    return cleaned


#: Three line breaks or more (made two): written so that it opens with line breaks, which the engine
#: looks for as a string (``\n{3,}`` opens with a repeat, and was tried at every character of a text).
_BLANK_LINES = regexes.compile(r"\n\n\n+")


#: The clock of a site's top bar, as French themes print it (a weekday, then the month before
#: the day, in the English order no French writer uses: « vendredi, mars 29, 2024 »): the day
#: the page was served, which may be years after the article's.
_SITE_CLOCK = regexes.compile(
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*,\s*(?:janvier|février|fevrier|mars|avril|mai|juin|"
    r"juillet|août|aout|septembre|octobre|novembre|décembre|decembre)\s+\d{1,2}\s*,\s*\d{4}\s*$",
    re.IGNORECASE,
)
#: The lines of a page's header, where its parts set apart by bars are looked for.
_HEADER_LINES = 10
#: The longest part of such a line (and the longest date a page's markup gives in words, :mod:`communique.ingest.page`).
PART_WORDS = 6


def _date_weight(line: str) -> int:
    """How surely a header line's date is the article's own: 2 when the line says so or gives
    the hour too ("Published on: Tuesday, February 28, 2017", "Wednesday 26 July 2017 - 12:15"),
    else 1 (a date alone, as a crawler's stamp at the top of a page is: "Wed, 24 Apr 2024")."""
    return 2 if _LABELLED_DATE.match(line) or _HOUR.search(line) else 1


@dataclass
class _Dating:
    """The publication date a page's header lines give, as they are read one by one."""

    #: How surely the publication date kept so far is the article's (see :func:`_date_weight`).
    weight: int = 0
    #: How many of the first lines kept are known to hold no date alone, having been looked
    #: through already: only the lines kept since are looked through at the next labelled
    #: date (was: every line kept, at each one, so that files put end to end, each with its
    #: `published:`, took minutes).
    unstamped: int = 0

    def take(self, line: str, date: dt.date | None, kept: list[str], cleaned: Cleaned) -> None:
        """Take ``line``'s date as the publication date when it is surer than the one kept
        so far. A crawler's date alone above the article's own "Published on: …" goes, not
        to be read as a dateline."""
        weight = _date_weight(line)
        if date is not None and weight > self.weight:
            cleaned.published, self.weight = date, weight
        if _LABELLED_DATE.match(line):
            stamps = [
                i
                for i in range(min(self.unstamped, len(kept)), len(kept))
                if len(kept[i].split()) <= _STAMP_WORDS and parse_absolute(kept[i])
            ]
            for i in reversed(stamps):
                cleaned.removed.append(kept.pop(i).strip())
            self.unstamped = len(kept)


#: The most words of a date alone on a line, a crawler's stamp ("Wed, 24 Apr 2024").
_STAMP_WORDS = 5
#: A line that says its date is the article's.
_LABELLED_DATE = regexes.compile(
    r"\s*(?:published|publié|posted|mis en ligne|date de publication)\b", re.IGNORECASE
)
#: An hour of the day.
_HOUR = regexes.compile(r"\b\d{1,2}\s?[:h]\s?\d{2}\b")


def _posted(line: str) -> dt.date | None:
    """The date of a page's header line of short parts set apart by bars: the site's
    name and the posting date ("Alwihda Info | 8 Mai 2025", « Actualités | 12/03/2026 |
    3 min de lecture », « Alwihda Info | Par Peter Kum - 8 Mai 2025 »: a dash is no word)."""
    parts = line.split("|")
    if (
        len(parts) < 2
        or len(line.split()) > _BYLINE_WORDS
        or any(sum(any(c.isalnum() for c in word) for word in p.split()) > PART_WORDS for p in parts)
        or _PROSE_END.search(line)  # "Tuesday, 14 April 2026 | The Minister received him."
    ):
        return None
    return next((date for part in parts if (date := parse_absolute(part)) is not None), None)


#: A page's header line that ends on the date in figures it was posted, and its hour: "GreenWatch Desk
#: Diplomacy 2023-08-30, 7:31pm", « Rédaction Société 14/05/2025 10:06 ».
_STAMPED = regexes.compile(
    r"^[^\d.!?]{0,60}?(?:^|\s)(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})"
    r"(?:,?\s+\d{1,2}[:h]\d{2}\s*(?:[ap]\.?m\.?)?)?\s*$",
    re.IGNORECASE,
)


#: The words before a date that make it a place's or a signature's: « Fait à Dakar le », "on".
_DATED_AT = regexes.compile(r"\b(?:le|on|du|fait|done|issued)\s*$", re.IGNORECASE)


def _stamped(line: str) -> dt.date | None:
    """The date of a page's header line of a few words, a desk's or a site's, that ends on
    its posting date in figures (:data:`_STAMPED`)."""
    match = _STAMPED.match(line) if len(line.split()) <= PART_WORDS + 2 else None
    before = line[: match.start("date")] if match else ""
    if not any(c.isalpha() for c in before) or "," in before or _DATED_AT.search(before):
        return None  # (a date alone, or a place's, « Nouakchott, le 14/04/2026 », is a dateline's to read)
    return parse_absolute(match["date"]) if match else None


#: A posting date, then its update on the same line: « vendredi 13 mai 2016 Dernière mise à
#: jour le Vendredi 13 Mai 2016 à 14:41 », "14 April 2026, last updated 15 April 2026 10:20".
_THEN_UPDATED = regexes.compile(
    # (the gaps bounded: two unbounded runs of blanks split a long one every way, minutes for a line of them)
    r"(?P<date>[^|.!?]{6,45}?)\s{0,4}(?:[|,;–—-]\s{0,4})?(?:(?:dernière )?mise? à jour|modifié|(?:last )?updated|"
    r"(?:last )?modified)\b[^.!?]{0,45}$",
    re.IGNORECASE,
)
#: What every update that :data:`_THEN_UPDATED` finds says (as :func:`caseless` has it).
_UPDATE_WORDS = ("jour", "modifi", "updated")
#: The most words of the posting date of such a line.
_POSTED_WORDS = 6


def _posted_then_updated(line: str) -> dt.date | None:
    """The posting date of a line that gives it and then the page's last update (a line
    with none of the words of an update, most, is spared the pattern)."""
    lowered = caseless(line)
    if not any(word in lowered for word in _UPDATE_WORDS):
        return None
    match = _THEN_UPDATED.match(line)
    if match is None or len(match["date"].split()) > _POSTED_WORDS:
        return None
    return parse_absolute(match["date"])


def _mail_header(lines: list[str], cleaned: Cleaned) -> list[str]:
    """The lines without the header of the e-mail they open with, if they do (two
    fields or more, one of them who sent it or its subject): its date is kept as the
    publication date, its subject as the title."""
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    end = start
    fields: dict[str, str] = {}
    while end < len(lines) and (field := _MAIL_FIELD.match(lines[end].strip())):
        fields.setdefault(field["name"].casefold(), field["value"].strip())
        end += 1
    if end - start < 2 or not fields.keys() & {"from", "de", "subject", "objet"}:
        return lines
    for name in ("sent", "date", "envoyé"):
        if cleaned.published is None and (value := fields.get(name)):
            cleaned.published = parse_absolute(value)
    subject = _SUBJECT_HEAD.sub("", fields.get("subject") or fields.get("objet") or "").strip()
    cleaned.title = subject or None
    cleaned.removed.extend(line.strip() for line in lines[start:end])
    return lines[end:]


def _is_headline(line: str) -> bool:
    """Whether a line reads as a headline in a list of other articles: a few words not
    closed by a full stop (or a list's item), a date alone, or a teaser cut short."""
    short = len(line.split()) <= _HEADLINE_WORDS
    return (short and (not _SENTENCE_END.search(line) or bool(_LIST_ITEM.match(line)))) or bool(
        _TEASER_CUT.search(line)
    )


#: A list's item: a bullet, a dash or a number before a headline ("- …", "2. …").
_LIST_ITEM = regexes.compile(r"\s*(?:[-–—•·▪●◦*]|\d{1,2}[.)])\s")
#: The most lines looked at ahead for the end of a paragraph.
_LOOKAHEAD = 12


def _wrapped_prose(lines: list[str], index: int) -> bool:
    """Whether the line at ``index`` opens a hard-wrapped paragraph of prose (lines cut at
    a width, the last one closed by a full stop) rather than headlines: two lines or more
    up to the next blank line or debris line, not a list's items."""
    run = []
    for line in lines[index : index + _LOOKAHEAD]:
        if not line.strip() or _is_debris(line):  # a comment form under a list ends it
            break
        run.append(line)
    return (
        len(run) >= 2 and bool(_PROSE_END.search(run[-1])) and not all(_LIST_ITEM.match(line) for line in run)
    )


def _is_ticker(line: str) -> bool:
    """Whether a line is a ticker: four headlines or more (a few words from a capital
    letter or a digit) set apart by runs of spaces, as a scraper flattens a scrolling band
    of headlines onto one line."""
    if _GAP_BULLET.search(line) and _BULLET_GAP.search(line):
        # "Oil prices steady  • Storm warning lifted  • …": headlines of three words or more
        parts = [part.strip() for part in _BULLET_GAP.split(line) if part.strip()]
        headlines = sum(
            3 <= len(part.split()) <= 20 and (part[0].isupper() or part[0].isdigit()) for part in parts
        )
        return len(parts) >= 4 and headlines * 4 >= len(parts) * 3
    if "   " not in line and "\t" not in line:
        return False
    parts = [part.strip() for part in _TICKER_GAP.split(line) if part.strip()]
    headlines = sum(len(part.split()) <= 20 and (part[0].isupper() or part[0].isdigit()) for part in parts)
    return len(parts) >= 4 and headlines * 4 >= len(parts) * 3


def _leading_date(header: str, *, whole: bool = True) -> dt.date | None:
    """The date a header line starts with: the shortest run of its first words that is a
    date ("2025-10-06 Tuesday, 02 January 2024 12:17 GMT" is of 6 October 2025, the rest
    a site's clock), else, with ``whole``, the date found in the whole line."""
    words = header.split()
    for end in range(1, min(len(words), 6) + 1):
        if (date := parse_absolute(" ".join(words[:end]))) is not None:
            return date
    return parse_absolute(header) if whole else None


#: A posting date that ends a line of prose, after the article's lede: « … sur le sujet. Publié le
#: Mercredi 22 Mars 2023 à 14:02 », "… on Monday. Posted on March 3, 2026".
_TRAILING_POSTED = regexes.compile(
    r"(?<=[.!?»\"”–—-] )(?:publié|publie|mis en ligne|posted|published)(?: le| on)?\s*:?\s*(?P<date>[^|.]{6,40}?)"
    r"(?:\s*(?:à|at)\s*\d{1,2}\s?[:h]\s?\d{2})?\s*$",
    re.IGNORECASE,
)
#: The writer's initials or name before such a date: « Par P.J. - ».
_TRAILING_WRITER = regexes.compile(r"(?:par|by)\s+\S+(?:\s+\S+)?\s*[-–—|]\s*$", re.IGNORECASE)


def _byline_tail(line: str) -> tuple[dt.date, int] | None:
    """The posting date a line of prose ends with, and where its byline starts."""
    posted = _TRAILING_POSTED.search(line)
    if posted is None or (date := parse_absolute(posted["date"])) is None:
        return None
    writer = _TRAILING_WRITER.search(line, max(0, posted.start() - 40), posted.start())
    return date, writer.start() if writer else posted.start()


#: A scraped header's date of a month alone ("2018-09"): no day, so no publication date.
_MONTH_ONLY = regexes.compile(r"\d{4}-(?:0[1-9]|1[0-2])(?![-\d])")


def _is_header(value: str) -> bool:
    """Whether what follows a header's label is a header alone (a few words, not a
    paragraph of prose that runs on from it): only then may its date be anywhere in it."""
    return len(value.split()) <= _BYLINE_WORDS and not _PROSE.search(value)


#: What may follow a header's date before the text: a time, share buttons, separators.
_AFTER_DATE = regexes.compile(
    rf"(?:(?:à|at)|\d{{1,2}}[:h]\d{{2}}|{_SHARE_WORDS}|[|•·/,:–—-]+)$", re.IGNORECASE
)


def _run_into(header: str) -> str | None:
    """The paragraph a scraped header line runs into ("2026-01-27 Partager Le ministre a
    reçu …", the header's line break lost), or ``None`` when the line is the header alone:
    the words after the shortest run of words that is the date, the time and share
    buttons after it, when at least six words are left."""
    words = header.split()
    for end in range(1, min(len(words), 6) + 1):
        if parse_absolute(" ".join(words[:end])) is not None:
            break
    else:
        return None
    while end < len(words) and _AFTER_DATE.match(words[end]):
        end += 1
    return " ".join(words[end:]) if len(words) - end >= 6 else None


#: A line of more words than this is a paragraph, whatever it starts with: a page whose
#: line breaks were lost (a JSON Lines field flattened) starts with its menu, and is kept.
_LONGEST_DEBRIS = 40


#: The most lines a caption's sentence is read over when its lines were cut at a width.
_CAPTION_LINES = 4


def _captions(lines: list[str]) -> set[int]:
    """The lines that open a caption told as a sentence (:func:`_is_caption_sentence`), read over the lines after
    its label up to the full stop that ends it when they were cut at a width (a PDF's, an e-mail's): kept with
    their label, which :func:`unlabelled` takes off once the text is unwrapped."""
    found: set[int] = set()
    for index, line in enumerate(lines):
        if not _CAPTION_LABEL.match(line):
            continue
        end = index + 1
        while not _CAPTION_END.search(lines[end - 1]) and end < min(len(lines), index + _CAPTION_LINES):
            if not lines[end].strip():
                break
            end += 1
        if _is_caption_sentence(" ".join(part.strip() for part in lines[index:end])):
            found.add(index)
    return found


#: A caption's label opening a paragraph, its sentence after it (see :func:`_is_caption_sentence`).
_LABELLED = regexes.compile(rf"^[ \t]*{_LABEL}[ \t]*(?=[A-ZÀ-Ý])", re.IGNORECASE | re.MULTILINE)


def unlabelled(text: str) -> str:
    """The text with the label of each caption kept for its sentence taken off ("Photo: The Minister
    received …" is read as "The Minister received …")."""
    if ":" not in text:  # (a label needs its colon)
        return text
    return _LABELLED.sub("", text)


#: The fewest words of a lead that a page repeats above its text as an excerpt: a shorter line said twice
#: is a heading (a running head, a headline: kept once by :func:`_page_furniture`).
_EXCERPT_WORDS = 8
#: The mark of an excerpt cut short: « … », "...", « […] » (looked for in the last characters of a
#: paragraph its blanks are stripped from: a ``\s*`` before it, searched for, tried every start in a run
#: of a hundred thousand spaces)
_EXCERPT_CUT = regexes.compile(r"\[?(?:\.{3}|…)\]?$")


def excerpts_dropped(text: str) -> str:
    """The text without the excerpt a page shows above it (a site's « chapô », a feed's
    summary): a paragraph the next one begins with, word for word, whole or cut short. Read
    twice, the lead's meeting was read as two."""
    paragraphs = text.split("\n\n")
    if len(paragraphs) < 2:  # (most texts: no paragraph to compare)
        return text
    after = [*paragraphs[1:], ""]
    return "\n\n".join(
        p for p, next_one in zip(paragraphs, after, strict=True) if not _excerpt_of(p, next_one)
    )


def _excerpt_of(paragraph: str, after: str) -> bool:
    """Whether ``paragraph`` repeats the words ``after`` begins with (a cut one, all but its
    last word, which the cut may have split)."""
    paragraph = paragraph.rstrip()
    cut = _EXCERPT_CUT.search(paragraph, max(0, len(paragraph) - len("[...]")))
    words = (paragraph[: cut.start()] if cut else paragraph).split()[: -1 if cut else None]
    return len(words) >= _EXCERPT_WORDS and after.split()[: len(words)] == words


def _is_caption_sentence(line: str) -> bool:
    """Whether a line is a photograph's caption told as a sentence under its label (not a credit)."""
    match = _CAPTION_SENTENCE.match(line) if len(line.split()) <= _LONGEST_DEBRIS else None
    return match is not None and len(match["sentence"].split()) >= _CAPTION_SENTENCE_WORDS


def _is_debris(line: str) -> bool:
    line = line.strip()
    return (
        bool(line)
        and len(line.split()) <= _LONGEST_DEBRIS
        and (
            _DEBRIS_START.match(line) is not None
            or (_DEBRIS_ANYWHERE_WORDS.search(line) is not None and _DEBRIS_ANYWHERE.search(line) is not None)
            or (len(line.split()) <= _CAPTION_WORDS and _CAPTION.search(line) is not None)
        )
    )


#: A tag of a page's prose: paragraphs, divisions, links, headings, articles, list items.
_PROSE_TAG = regexes.compile(r"</?(?:p|div|span|a|br|h[1-6]|article|section|li)\b[^>]*>", re.I)


def looks_like_html(text: str) -> bool:
    """Whether the text is an HTML page rather than plain text."""
    head = text.lstrip()[:500].casefold()
    if head.startswith(("<!doctype html", "<html", "<?xml")):
        return True
    tags = len(_PROSE_TAG.findall(text))
    return tags >= 5 and tags * 40 > len(text.split())
