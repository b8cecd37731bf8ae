"""Ground and validate: every name, title, date phrase, venue and outcome of a draft
must be found in the communiqué, every side (a party, a country) must be one it names,
and its summaries must be in the right language, short, and name no one the record lacks.

:func:`problems` returns the reasons a draft fails, each a sentence a model can act
on when it is re-asked. :func:`repair` makes what code can make of a draft that still
fails after the last attempt: it removes what is not in the text (a name not in the
text is removed with its person, never kept with a warning; a misquoted title, date,
place, side or outcome is dropped; a meeting left with nothing of the text, beside others
that have something, is dropped; summaries that fail are dropped, for code to write) and
says what it did. One audit serves both, so what is reported is what is repaired.
Comparison folds case, accents, hyphens and apostrophes.

What the communiqué reports excludes its passages addressed to a machine reader
(:mod:`communique.injection`): a participant named only inside one is a reply that
followed injected instructions (:func:`unsafe`: refused, never repaired), a summary that
names such a person fails, and no repair repeats the name.
"""

from __future__ import annotations

from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from communique import injection, regexes
from communique.config import visible
from communique.draft import PHRASE_MOST, TITLE_MOST, WORDS_MOST
from communique.ingest import language
from communique.normalise import names, places
from communique.normalise.dates import MONTHS, resolve
from communique.normalise.names import strip_honorifics
from communique.normalise.record import hollow
from communique.schema import Status
from communique.text import (
    as_latin,
    ascii_digits,
    contains,
    disguised,
    fold,
    fold_map,
    mixed_words,
    quoted,
    sentences,
    unmasked,
    words,
)

if TYPE_CHECKING:
    from communique.draft import Draft, DraftMeeting, DraftParticipant, DraftSummary
    from communique.schema import Analysis, Source, Summary

MAX_SUMMARY_WORDS = 90
MAX_SUMMARY_SENTENCES = 3

#: A quoted value of a repair, and what provenance says instead of one found only in
#: instructions to the reader.
_QUOTED = regexes.compile(r"(?<!\w)(?:'[^'\n]*'|\"[^\"\n]*\")(?!\w)")
_UNNAMED = "(a name found only in instructions to the reader)"

#: What a problem says of a name that occurs only in instructions addressed to the
#: reader: a reply that names such a person followed them.
INJECTED = "is named only in text that gives instructions to the reader"


#: A web address or an e-mail address: its words (``…/pedro-sanchez-recu``,
#: ``jean.dupont@…``) name no one, and no phrase of the communiqué is in them. (Each
#: run of an address's characters is tried from its start only: linear in the text.)
_ADDRESS = regexes.compile(r"\b(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


#: A word, and the small words an organisation's name holds between its capitalised ones.
_WORD = regexes.compile(r"[^\W\d_][\w'’-]*")
_LINKS = frozenset(
    {"de", "la", "le", "les", "du", "des", "d", "l", "of", "the", "and", "et", "for", "pour", "on"}
)


@lru_cache(maxsize=4)
def _without_addresses(text: str) -> str:
    """``text`` with each web and e-mail address made a run of zeros as long: no word of
    it matches, none of its neighbours is joined to another, and every other character
    stays where it was. (Most texts hold none: they are returned at the cost of three
    substring tests.) Kept for the last few texts: every phrase of every encounter of a
    reply is looked for in the same text, and blanking it again at each made grounding
    grow with the square of the text (10 s of 25 for a megabyte of communiqués put end
    to end)."""
    if "@" not in text and "://" not in text and "www." not in text:
        return text
    return _ADDRESS.sub(lambda found: "0" * len(found.group(0)), text)


def unsafe(problems: list[str]) -> list[str]:
    """The problems no repair may pass over: a reply that follows instructions injected
    in the communiqué is refused, never repaired."""
    return [p for p in problems if INJECTED in p]


def reported_text(source: Source) -> str:
    """The folded text without its passages that address instructions to a machine
    reader (:func:`communique.injection.passages`): what the communiqué reports."""
    return fold(_without_addresses(injection.reported(source.text)))


#: How many words wider than a phrase the stretch of a sentence holding its words may be
#: (an article, an adjective, a clause of a few words the phrase leaves out).
_NEAR_SLACK = 4


def near_verbatim(source: Source, phrase: str) -> bool:
    """Whether a phrase is in the source verbatim (folded), or nearly: all its words of
    four letters or more occur in one stretch of a sentence of the source at most a few
    words longer than the phrase, in any order. Its web and e-mail addresses are no
    phrase of it. (Was: anywhere in one sentence, so that a phrase stitched from distant
    fragments of a long one, « créer des préparatifs sécuritaires » of « passé en revue les
    préparatifs sécuritaires …, et ont convenu de créer … », passed for one it says.)"""
    text = _without_addresses(source.text)
    if contains(fold(text), phrase):
        return True
    wanted = fold(phrase).split()
    content = {w for w in wanted if len(w) >= 4}
    if not content:
        return False
    widest = len(wanted) + _NEAR_SLACK
    return any(_close_together(fold(sentence).split(), content, widest) for sentence in sentences(text))


def _close_together(words: list[str], wanted: set[str], widest: int) -> bool:
    """Whether a run of at most ``widest`` of ``words`` holds every word of ``wanted``
    (the narrowest such run, found in one pass)."""
    if not wanted <= set(words):
        return False
    held: dict[str, int] = {}
    start = 0
    for end, word in enumerate(words):
        if word in wanted:
            held[word] = held.get(word, 0) + 1
        while len(held) == len(wanted):
            if end - start < widest:
                return True
            first = words[start]
            if first in held:
                held[first] -= 1
                if not held[first]:
                    del held[first]
            start += 1
    return False


#: A negation just before a phrase (folded text: « n'ont pas » is ``n ont pas``): « ne
#: pas », « n'… jamais », « sans », « renoncé à », "not", "never", "no longer", "refused
#: to", "declined to", with at most two words between it and the phrase ("did not agree
#: to create"); "not only", « non seulement » deny nothing.
_NEGATION = regexes.compile(
    r"(?:\b(?:ne|n)\s+(?:\w+\s+){0,2}?(?:pas|plus|jamais|point|aucun\w*)|\bsans|\brenonce\w*\s+a|\bnot|\bnever"
    r"|\bno\s+longer|\bwithout|\brefus\w*\s+(?:to|de|d)|\bdeclined?\s+to|\bfailed\s+to)"
    r"(?!\s+(?:only|seulement)\b)(?:\s+\w+){0,2}\s*$"
)


def negated(source: Source, phrase: str) -> str | None:
    """The negation before each place the text holds ``phrase`` (folded), when every one
    is denied: an outcome cut out of « ont convenu de ne pas créer un groupe … » is what
    the text says was not done, though it is a phrase of it. None when one place is not
    denied, or the text holds the phrase only nearly (its words in one sentence)."""
    text, needle = f" {reported_text(source)} ", f" {fold(phrase)} "
    if needle.isspace():
        return None
    denied: str | None = None
    start = text.find(needle)
    while start != -1:
        found = _NEGATION.search(text[max(0, start - 60) : start + 1].rstrip())
        if found is None:
            return None
        denied = denied or found.group(0).strip()
        start = text.find(needle, start + 1)
    return denied


#: A number as a summary or a text writes it: its digits, with a decimal comma or point
#: and thousands apart (« 12,5 », "3,500", « 3 500 »).
_NUMBER = regexes.compile(r"\d+(?:[,.]\d+|[ \u00a0\u202f]\d{3}(?!\d))*")
#: A month's name, which an English summary capitalises ("the march", "they may" are no month).
_MONTH_WORD = regexes.compile(
    r"(?<![\w'’-])(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
    r"|January|February|March|April|May|June|July|August|September|October|November|December)(?![\w'’-])"
)
#: A summary that writes markup: a tag, emphasis, code, a link or an image, a heading.
_MARKUP = regexes.compile(
    r"<\s*/?\s*[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>|\*\*|__|`|!?\[[^\]\n]*\]\(|(?:^|\s)#{1,6}\s"
)


def _number(written: str) -> str:
    """A number's digits without their separators or leading zeros: « 3 500 » is "3,500"."""
    return "".join(char for char in written if char.isdigit()).lstrip("0") or "0"


def _month(word: str, code: str) -> int | None:
    """The month a word of a summary in language ``code`` names: an English one
    capitalised, a French one in either case (« Mars » opens a sentence)."""
    if code == "en" and not word[0].isupper():
        return None
    return MONTHS.get(fold(word))


def _city_found(source_folded: str, city: str) -> bool:
    if contains(source_folded, city):
        return True
    known = places.city(city)
    if known is None:
        return False
    # named, or named as its country's capital (« arrivé dans la capitale sénégalaise »)
    found = places.mentions(source_folded)
    return any(
        mention.city == known
        or (mention.country == known.country and places.capital_meant(source_folded, found, index) == known)
        for index, mention in enumerate(found)
    )


def _other_script(word: str) -> bool:
    """Whether a word has a letter of another script than the Latin one."""
    return any(char.isalpha() and not _LATIN.match(char) for char in word)


#: A letter of the Latin script (its basic and extended blocks).
_LATIN = regexes.compile("[A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")


def summary_problems(
    summary: Summary | DraftSummary, people: list[str], text: str | None = None
) -> list[str]:
    """Why a summary pair fails: wrong language, too long, too many sentences, or a
    person named who is not among ``people`` (the record's participant names); with the
    communiqué's ``text``, a word in letters of another script that it does not hold
    (a name in Cyrillic or Arabic letters, a Latin name spelt with a Cyrillic ``Р``). The
    summaries are read as they show (:func:`communique.config.visible`): fullwidth letters
    and invisible characters inside a name hide it from no check."""
    found: list[str] = []
    allowed = {part for name in people for part in fold(name).split()}
    folded_text = fold(text) if text is not None else None
    for code, written in (("fr", summary.fr), ("en", summary.en)):
        text_shown = visible(" ".join(written.split()))
        label = f"summary.{code}"
        if folded_text is not None:
            for word in dict.fromkeys(w for w in text_shown.split() if _other_script(w)):
                if not contains(folded_text, word):
                    found.append(f"{label} writes {quoted(word)}, in letters the text does not have there")
        if not text_shown.strip():
            found.append(f"{label} is empty")
            continue
        detected, _ = language.detect(text_shown)
        if detected != code:
            found.append(f"{label} must be written in {'French' if code == 'fr' else 'English'}")
        count = len(words(text_shown))
        if count > MAX_SUMMARY_WORDS:
            found.append(f"{label} has {count} words; the limit is {MAX_SUMMARY_WORDS}")
        if len(sentences(text_shown)) > MAX_SUMMARY_SENTENCES:
            found.append(f"{label} has more than {MAX_SUMMARY_SENTENCES} sentences")
        for match in names.CAPITALISED_RUN.finditer(text_shown):
            run = names.trim(match.group(0))
            # an office inside the run names the surname after it ("Prime Minister Sánchez")
            # as one before the run does ("M. Sánchez")
            where = match.start() + max(match.group(0).rfind(run), 0) if run else match.start()
            honoured = bool(names.HONORIFIC_BEFORE.search(text_shown[:where]))
            if not run or not (names.person_like(run) or honoured):
                continue
            if not any(token in allowed for token in fold(run).split()):
                found.append(f"{label} names {quoted(run)}, who is not a participant of the record")
        for match in _HONOURED_LOWER.finditer(text_shown):
            # a name after an honorific, written in lower case ("Mr. sánchez"), which no
            # capitalised run reads: a person all the same, unless the text or the record holds it
            word = fold(match.group(1))
            if word in allowed or not names.is_name_token(word):
                continue
            if folded_text is not None and contains(folded_text, word):
                continue
            found.append(f"{label} names {quoted(match.group(0))}, who is not a participant of the record")
        if folded_text is not None and count <= MAX_SUMMARY_WORDS:  # (a longer one fails already)
            for word in _lone_strangers(text_shown, allowed, folded_text):
                found.append(f"{label} names {quoted(word)}, who is not a participant of the record")
    return found


_CAPITALISED_WORD = regexes.compile(r"(?<![\w'’.-])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]*[a-zß-öø-ÿ](?![\w'’-])")
_BESIDE_BEFORE = regexes.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+(?:(?:of|de|du|des|d'|of the|de la)\s+)?$")
_BESIDE_AFTER = regexes.compile(r"\s+(?:(?:of|de|du|des|d'|of the|de la)\s+)?[A-ZÀ-ÖØ-Þ]")
_SENTENCE_START = regexes.compile(r"[.!?:;«\"(\[]\s*$")
#: Words that open a sentence as who acts and name no one: people by their part, pronouns.
_SUBJECTS = frozenset([
    "counterpart", "counterparts", "negotiator", "negotiators", "official", "officials", "host", "hosts", "guest",
    "guests", "partner", "partners", "everyone", "everybody", "nobody", "each", "either", "neither", "another",
    "all", "those", "these", "both", "delegations", "participants", "teams", "agencies", "attendees", "commanders",
    "investigators", "guards", "troops", "soldiers", "neighbours", "neighbors", "envoys", "leaders", "equipe",
    "equipes", "homologue", "homologues", "seance", "responsable", "responsables", "hote", "hotes", "invite",
    "invites", "partenaire", "partenaires", "chacun", "chacune", "personne", "aucun", "aucune", "lequel", "celui",
    "celle", "celles", "ceux", "cela", "ceci", "tout", "tous", "toutes", "delegations", "autorites", "dirigeants",
    "agences", "negociateurs", "envoyes", "commandants",
])  # fmt: skip
#: Endings of nouns (« Délégations », 'Discussions', 'Agreements') that no surname has.
_NOUN_ENDS = ("tions", "sions", "ments", "ités", "ities")
#: What follows a sentence's first word that makes it the one who acts: a verb of an
#: encounter ("Sánchez met …", « Sánchez a reçu … »), or "and" another ("Sánchez and Laftit …").
_ACTS = regexes.compile(
    r"\s+(?:(?:also|then|later|has|had|have|was|were|is|and|et|puis|a|ont|avait|avaient|s'est|s’est|se sont|est|sont)\s+)?"
    r"(?:met|meets|meeting|received|receives|hosted|hosts|welcomed|welcomes|visited|visits|chaired|chairs|led|"
    r"leads|headed|signed|signs|spoke|speaks|talked|called|phoned|held|holds|discussed|thanked|told|said|"
    r"attended|joined|travelled|traveled|arrived|reçu|reçoit|rencontré|rencontre|accueilli|accueille|présidé|"
    r"préside|conduit|dirigé|signé|signe|entretenu|entretient|entretenus|tenu|tient|visité|visite|remercié|"
    r"déclaré|participé|rendu|échangé|réuni|réunis|and|et)\b"
)


def _lone_strangers(summary: str, allowed: set[str], folded_text: str) -> list[str]:
    """The capitalised words standing alone in a summary (``… met Laftit and Sánchez``)
    that name no one of the record and that the text does not hold: a stranger by his
    surname. A word beside another capitalised one is of a run (read as a run), the
    first word of a sentence may be any word, and a word of a country's, a city's or an
    organisation's name in either language (``Grenade``, ``Tobago``, ``Émirats``) names a
    place, and a word of geography, a faith or a feast, a language or a people, money
    (``the Strait``, ``Christmas``, ``Arabic``) no one: translations the text need not
    hold. (On the 30 gold summaries and 500 offline ones, none is refused more than
    before.)"""
    found: list[str] = []
    for match in _CAPITALISED_WORD.finditer(summary):
        # what is around it, a few words (a summary of a megabyte is looked at in linear time)
        word, start = match.group(0), match.start()
        before, after = summary[max(0, start - 60) : start], summary[match.end() : match.end() + 60]
        opening = (not before.strip() and start <= 60) or _SENTENCE_START.search(before)
        if _BESIDE_AFTER.match(after) or (not opening and _BESIDE_BEFORE.search(before)):
            continue
        if opening and (not _ACTS.match(after) or fold(word) in _SUBJECTS or word.endswith(_NOUN_ENDS)):
            continue  # a sentence may open with any word; a name that acts (« Sánchez a reçu … ») is someone
        folded = fold(word)
        if folded in allowed or contains(folded_text, folded) or folded in _place_words():
            continue
        if names.is_name_token(folded):
            found.append(word)
    return found


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Every word of the names of countries, cities and organisations the gazetteer
    knows, in French and English, and the words of geography a summary writes alone."""
    tables = places.tables()
    words = {
        part for variant in (*tables.countries, *tables.cities, *tables.organisations)
        for part in variant.replace("-", " ").split()
    }  # fmt: skip
    return frozenset(words | _NO_ONE)


#: Words a summary writes alone, capitalised, that name no one, and that a translation
#: need not find in the text (« Noël » is "Christmas", « l'arabe » "Arabic"): of
#: geography, faiths and feasts, languages and peoples, money, institutions, the web.
_NO_ONE = frozenset(
    fold(word)
    for word in [
        "Strait",
        "Détroit",
        "Gulf",
        "Golfe",
        "Sea",
        "Mer",
        "Ocean",
        "Océan",
        "Coast",
        "Côte",
        "Bay",
        "Baie",
        "Cape",
        "Cap",
        "Kingdom",
        "Royaume",
        "Republic",
        "République",
        "Emirates",
        "Émirats",
        "Sultanate",
        "Sultanat",
        "Union",
        "Federation",
        "Fédération",
        "Region",
        "Région",
        "Continent",
        "Sahel",
        "Sahara",
        "Sahelian",
        "Maghreb",
        "Mashreq",
        "Horn",
        "Corne",
        "Peninsula",
        "Péninsule",
        "Basin",
        "Bassin",
        "Schengen",
        "Islam",
        "Muslims",
        "Muslim",
        "Christians",
        "Christian",
        "Christianity",
        "Church",
        "Église",
        "Pope",
        "Pape",
        "Mosque",
        "Mosquée",
        "Christmas",
        "Noël",
        "Easter",
        "Pâques",
        "Ramadan",
        "Eid",
        "Aïd",
        "Hajj",
        "Omra",
        "Umrah",
        "Achoura",
        "Ashura",
        "Mawlid",
        "Mouloud",
        "English",
        "Anglais",
        "Arabic",
        "Arabe",
        "Arabs",
        "Arabes",
        "French",
        "Français",
        "Spanish",
        "Espagnol",
        "Portuguese",
        "Portugais",
        "Amazigh",
        "Berber",
        "Berbère",
        "Tamazight",
        "Kurdish",
        "Kurde",
        "Persian",
        "Persan",
        "Africans",
        "Africains",
        "Europeans",
        "Européens",
        "Euro",
        "Euros",
        "Dollar",
        "Dollars",
        "Dirham",
        "Dirhams",
        "Dinar",
        "Dinars",
        "Naira",
        "Francs",
        "CFA",
        "Crown",
        "Couronne",
        "Presidency",
        "Présidence",
        "Souverain",
        "Sovereign",
        "Francophonie",
        "Commonwealth",
        "Coastguard",
        "Desk",
        "Hospital",
        "Hôpital",
        "Harbour",
        "Consulate",
        "Consulat",
        "Crossing",
        "Exercise",
        "Festival",
        "Biennale",
        "Bundestag",
        "Arctic",
        "Olympics",
        "Internet",
        "Web",
        "Covid",
        "WhatsApp",
        "YouTube",
        "Facebook",
        "Twitter",
    ]
)


#: An honorific of a person (``M.``, ``Mr``, ``Mme``, ``Dr``…) followed by a word in lower case.
_HONOURED_LOWER = regexes.compile(r"(?<![\w'’-])(?:M|MM|Mme|Mlle|Mr|Mrs|Ms|Dr)\.?\s+([^\W\d_A-Z][\w'’-]*)")


def as_written(draft: Draft, source: Source) -> tuple[Draft, list[str]]:
    """The draft with each name, title, date phrase, place, venue and outcome that the text
    holds only once folded (another case, accents the text does not write, an invisible
    joiner, punctuation of its own: ``FÉRNANDO Grande--Marlaska``) written as the text
    writes it, and a warning for each name the reply disguised (full-width letters,
    Cyrillic or Greek look-alikes, invisible joiners: :func:`~communique.text.unmasked`),
    which grounding lets pass when the letters it shows are the text's. Grounding compares
    folded words, so such a value passes it; the record shows the words of the text,
    never a spelling the model made of them. A value the text holds as written, or does
    not hold at all, is left to grounding."""
    text, readable = source.text, _without_addresses(source.text)  # of one length: one offset
    folded, offsets = fold_map(readable)
    padded = f" {folded} "
    warnings: list[str] = []

    def located(value: str) -> str | None:
        needle = fold(value)
        at = padded.find(f" {needle} ") if needle else -1
        return " ".join(text[offsets[at] : offsets[at + len(needle) - 1] + 1].split()) if at >= 0 else None

    def written(value: str | None) -> str | None:
        if not value or value in readable:
            return value
        return located(value) or value

    def person(participant: DraftParticipant) -> DraftParticipant:
        name, bare = participant.name, participant.name and strip_honorifics(participant.name)
        if name and bare and disguised(name) and (shown := located(unmasked(bare))) is not None:
            # (the honorific goes too, as below)
            warnings.append(f"participant {quoted(name)} is written with letters of another width or script, "
                            f"or invisible ones: kept as the text writes it, {quoted(shown)}")  # fmt: skip
            name = shown
        elif bare and written(bare) != bare:  # the honorific goes too: the record has none
            name = written(bare)
        return participant.model_copy(
            update={
                "name": name,
                "title": written(participant.title),
                "organisation": written(participant.organisation),
            }
        )

    meetings = [
        meeting.model_copy(
            update={
                "date_text": written(meeting.date_text),
                "city": written(meeting.city),
                "venue": written(meeting.venue),
                "participants": [person(p) for p in meeting.participants],
                "outcomes": [o.model_copy(update={"text": written(o.text)}) for o in meeting.outcomes],
            }
        )
        for meeting in draft.meetings
    ]
    return draft.model_copy(update={"meetings": meetings}), list(dict.fromkeys(warnings))


def problems(draft: Draft, source: Source) -> list[str]:
    """Every reason the draft does not hold against its source; empty when it does."""
    return _Audit(source).draft(draft)[1]


def repairable(draft: Draft, source: Source) -> bool:
    """Whether what the draft fails is only what :func:`repair` drops without loss: a
    misquoted title, date, place, venue or outcome, or summaries, which code writes and
    which completion from the offline reading fills (:mod:`communique.reconcile`); not
    a person named who is not in the text, nor meetings that say otherwise than
    ``is_meeting_report``, which only the model can mend. A slow model is not asked again
    for what code repairs."""
    audit = _Audit(source)
    audit.draft(draft)
    return not audit.lossy


def repair(draft: Draft, source: Source) -> tuple[Draft, list[str]]:
    """The draft without what does not hold against its source, and what was removed.
    What :func:`problems` still finds after it is what code cannot repair."""
    return _Audit(source, fix=True).draft(draft)


class _Audit:
    """One walk over a draft: the reasons it fails (``fix=False``), or a copy without what
    fails and what was removed (``fix=True``)."""

    def __init__(self, source: Source, *, fix: bool = False) -> None:
        self.source, self.fix = source, fix
        self.text = fold(_without_addresses(source.text))  # an address names no one
        self.dateline = fold(source.dateline or "")
        self.reported = reported_text(source)
        self.found: list[str] = []
        #: Whether a problem found is one that a repair mends with a loss (see :func:`repairable`).
        self.lossy = False
        #: The outcomes of the reply that the text says were not reached (« ne pas créer … »).
        self.denied: list[str] = []

    def _note(self, problem: str, repair: str, *, lossy: bool = False) -> None:
        self.found.append(self._said(repair) if self.fix else problem)
        self.lossy = self.lossy or lossy

    def _said(self, repair: str) -> str:
        """A repair as provenance keeps it: a quoted name that the text has only inside
        instructions to the reader is not repeated (no record names such a person)."""
        if self.reported == self.text:
            return repair
        return _QUOTED.sub(
            lambda q: _UNNAMED if self._injected_only(q.group(0)[1:-1]) else q.group(0), repair
        )

    def _injected_only(self, phrase: str) -> bool:
        """Whether a word of ``phrase`` is in the text, but only inside instructions to the reader."""
        return any(contains(self.text, w) and not contains(self.reported, w) for w in fold(phrase).split())

    def draft(self, draft: Draft) -> tuple[Draft, list[str]]:
        report = draft.is_meeting_report
        if report and not draft.meetings:
            self._note("is_meeting_report is true but no meeting is listed",
                       "no meeting was listed: not a meeting report", lossy=True)  # fmt: skip
            report = False
        if not report and draft.meetings:
            self._note("is_meeting_report is false but meetings are listed; list none",
                       "meetings were listed: a meeting report", lossy=True)  # fmt: skip
            report = True
        meetings = [self._meeting(number, m) for number, m in enumerate(draft.meetings, start=1)]
        empty = [hollow(m) for m in meetings]
        if all(empty):
            # each encounter left with nothing of the text: those that had people, places,
            # dates or outcomes, all not in it, are another text's reading (a server that
            # mixed up its requests), whose kind and topics no more hold than its names
            # (was: kept, their kind and topics completed into a record of this text)
            empty = [e and not hollow(m) for e, m in zip(empty, draft.meetings, strict=True)]
        for number in (
            n for n, e in enumerate(empty, start=1) if e
        ):  # encounters the communiqué does not report
            self._note(f"meeting {number}: no one, side, place or date of it is in the text; list only the "
                       "encounters the text reports",
                       f"meeting {number}: dropped (no one, side, place or date of it is in the text)",
                       lossy=all(empty))  # fmt: skip
        meetings = [m for m, e in zip(meetings, empty, strict=True) if not e]
        report = report and bool(meetings or not draft.meetings)  # none left: as a reply that lists none
        summary = draft.summary
        if summary is not None:
            named = [strip_honorifics(p.name) for m in meetings for p in m.participants if p.name]
            failing = summary_problems(summary, named, self.source.text) + self._echoed(summary)
            failing += self._unsaid(summary, meetings)
            # summaries written from the same misreading say the opposite of the text too
            failing += [f"the summaries were written from the outcome {quoted(o)}, which the text denies"
                        for o in self.denied]  # fmt: skip
            if failing:
                dropped = "the model's summaries were dropped: " + "; ".join(failing)
                self.found.extend(failing if not self.fix else [self._said(dropped)])
                summary = None
        update = {"is_meeting_report": report, "meetings": meetings, "summary": summary}
        return draft.model_copy(update=update), self.found

    @cached_property
    def sides(self) -> frozenset[str]:
        """The party codes of every country, city, demonym and organisation that the
        communiqué names: in its text, its title, its publisher and its dateline, each
        read on its own. The text's places are those the reader found (the place finder
        keeps what it found for a text), not found again over the text with its title
        (a second pass over the whole text, some 3 % of the offline reader's time)."""
        parts = (self.source.title, self.source.source, self.source.dateline, self.source.text)
        found: set[str | None] = set()
        for mention in (mention for part in parts if part for mention in places.mentions(part)):
            found.add(mention.country)
            if mention.city is not None:
                found.add(mention.city.country)
            if mention.organisation is not None:
                found |= {mention.organisation.party, mention.organisation.country}
        found.add(places.agency_country(self.source.source or ""))
        # (a government's site publishing the page names its country: "Police (police.gov.sc)")
        found |= {
            places.government_site(address) for address in (self.source.source or "", self.source.url or "")
        }
        return frozenset(side for code in found if code for side in places.sharing(code))

    def _side_named(self, word: str, code: str | None) -> bool:
        """Whether a side a draft gives (a word, and the code it maps to) is one the
        communiqué names: by any of its names or by a place of it, or as the draft wrote
        it. A word that maps to no code reaches no record, and passes."""
        return code is None or code in self.sides or (len(fold(word)) > 3 and contains(self.text, word))

    @cached_property
    def organisations(self) -> frozenset[str]:
        """The codes of the organisations the communiqué names, by any of their names."""
        return frozenset(m.organisation.code for m in places.mentions(self.source.text) if m.organisation)

    def _organisation_named(self, word: str) -> bool:
        """Whether an organisation a draft gives is in the text: as written, or as one
        the text names otherwise (``DGSN`` for « la Direction générale de la Sûreté
        nationale »). Was: never looked at, an organisation the text never names kept."""
        if contains(self.text, word) or self._initials(word):
            return True
        known = places.organisation(word)
        return known is not None and known.code in self.organisations

    @cached_property
    def _capitalised_runs(self) -> list[str]:
        """The initials of each run of capitalised words of the text (``de``, ``of`` and the
        like between them passed over): « Australian Federal Police » gives ``AFP``."""
        runs, run = [], []
        for token in _WORD.findall(self.source.text):
            if token[0].isupper():
                run.append(fold(token)[:1])
            elif fold(token) not in _LINKS:
                if len(run) > 1:
                    runs.append("".join(run))
                run = []
        if len(run) > 1:
            runs.append("".join(run))
        return runs

    def _initials(self, word: str) -> bool:
        """Whether ``word`` is an acronym (2 to 8 capitals) of capitalised words of the text."""
        letters = word.strip()
        if not (2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()):
            return False
        wanted = fold(letters)
        return any(wanted in run for run in self._capitalised_runs)

    def _echoed(self, summary: DraftSummary) -> list[str]:
        """Why a summary fails for what it takes from outside what the communiqué reports:
        a capitalised word (a name) that the text has only inside instructions to the
        reader, and a web or e-mail address that the text has only inside them ('add the
        link … to every summary') or not at all (was: kept, printed in every format, where
        a renderer makes a bare address a link: a summary sends its readers only where
        the communiqué does)."""
        found = [
            f"summary.{code} names {quoted(match.group(0))}, found only in instructions to the reader"
            for code, text in (("fr", summary.fr), ("en", summary.en))
            for match in names.CAPITALISED_RUN.finditer(text)
            if self.reported != self.text and self._injected_only(match.group(0))
        ]
        for code, text in (("fr", summary.fr), ("en", summary.en)):
            for match in _ADDRESS.finditer(text):
                address = match.group(0).rstrip(".,;:!?)]»\"'’”")
                if address not in self.source.text:
                    found.append(
                        f"summary.{code} writes the address {quoted(address)}, which the text does not hold"
                    )
                elif self.reported != self.text and address not in injection.reported(self.source.text):
                    found.append(
                        f"summary.{code} writes the address {quoted(address)}, found only in instructions to the reader"
                    )
        return found

    def _unsaid(self, summary: DraftSummary, meetings: list[DraftMeeting]) -> list[str]:
        """Why a summary fails for what no communiqué's summary holds: a number or a month
        that neither the text nor the record's dates give (« 350 agents », "15 March 2027":
        the spec's summary has its dates and numbers as in the record), markup (a tag, a
        link, emphasis: plain sentences, whatever format shows them) or instructions to a
        machine reader (which whatever reads the record next would read as such)."""
        found: list[str] = []
        numbers, months = self._said_numbers(meetings)
        for code, text in (("fr", summary.fr), ("en", summary.en)):
            label = f"summary.{code}"
            for value in dict.fromkeys(
                [
                    n.group(0)
                    for n in _NUMBER.finditer(ascii_digits(text))
                    if _number(n.group(0)) not in numbers
                ]
                + [
                    m.group(0)
                    for m in _MONTH_WORD.finditer(text)
                    if _month(m.group(0), code) not in (None, *months)
                ]
            ):
                found.append(f"{label} gives {quoted(value)}, which the text and the record do not give")
            if mark := _MARKUP.search(text):
                found.append(
                    f"{label} writes markup ({quoted(mark.group(0).strip(), 24)}); write plain sentences"
                )
            if passage := next(iter(injection.passages(text)), None):
                said = text[passage.start : passage.end].strip()
                found.append(f"{label} gives instructions to a machine reader ({quoted(said, 60)})")
        return found

    def _said_numbers(self, meetings: list[DraftMeeting]) -> tuple[set[str], set[int]]:
        """The numbers (as :func:`_number` writes them) and the months the text gives,
        with those of the publication date and of each meeting's date, which the text may
        give only as « mardi »."""
        text = ascii_digits(self.source.text)
        numbers = {_number(n.group(0)) for n in _NUMBER.finditer(text)}
        months = {number for word in self.text.split() if (number := MONTHS.get(word)) is not None}
        published = self.source.published
        days = [published] if published else []
        for meeting in meetings:
            future = meeting.status is Status.ANNOUNCED
            days += [day for day in resolve(meeting.date_text, published, future=future) if day is not None]
        for day in days:
            numbers |= {str(day.year), str(day.month), str(day.day)}
            months.add(day.month)
        return numbers, months

    def _meeting(self, number: int, meeting: DraftMeeting) -> DraftMeeting:
        where = f"meeting {number}"
        update: dict[str, object] = {}
        if meeting.date_text and self._long(where, "date_text", meeting.date_text, WORDS_MOST):
            update["date_text"] = None
        elif meeting.date_text and not contains(self.text, meeting.date_text):
            self._note(f"{where}: date_text {quoted(meeting.date_text)} is not in the text; copy the date words verbatim",
                       f"{where}: dropped date_text {quoted(meeting.date_text)} (not in the text)")  # fmt: skip
            update["date_text"] = None
        if meeting.venue and self._long(where, "venue", meeting.venue, TITLE_MOST):
            update["venue"] = None
        elif meeting.venue and not near_verbatim(self.source, meeting.venue):
            self._note(f"{where}: venue {quoted(meeting.venue)} is not in the text",
                       f"{where}: dropped venue {quoted(meeting.venue)} (not in the text)")  # fmt: skip
            update["venue"] = None
        # (the dateline is the text's too, when ingest took it off with a byline: "By Staff Reporter | Accra")
        if meeting.city and not any(
            _city_found(placed, meeting.city) for placed in (self.text, self.dateline)
        ):
            self._note(f"{where}: city {quoted(meeting.city)} is not in the text",
                       f"{where}: dropped city {quoted(meeting.city)} (not in the text)")  # fmt: skip
            update["city"] = None
        if meeting.country and not self._side_named(meeting.country, places.country_code(meeting.country)):
            self._note(f"{where}: country {quoted(meeting.country)} is not named in the text",
                       f"{where}: dropped country {quoted(meeting.country)} (not named in the text)")  # fmt: skip
            update["country"] = None
        parties = []
        for side in meeting.parties:
            if self._side_named(side, places.party_code(side)):
                parties.append(side)
            else:
                self._note(f"{where}: party {quoted(side)} is not named in the text; list only the sides it names",
                           f"{where}: dropped party {quoted(side)} (not named in the text)")  # fmt: skip
        people = [
            kept for person in meeting.participants if (kept := self._person(where, person)) is not None
        ]
        outcomes = []
        for outcome in meeting.outcomes:
            if self._long(where, "outcome", outcome.text, PHRASE_MOST):
                continue
            # one word is no phrase of what was agreed: « créer » is in the text; what was made, it does not say
            if len(fold(outcome.text).split()) < 2:
                self._note(f"{where}: outcome text {quoted(outcome.text)} is one word; copy the phrase of the text "
                           "that says what was agreed or done",
                           f"{where}: dropped outcome {quoted(outcome.text)} (one word, no phrase)")  # fmt: skip
                continue
            if near_verbatim(self.source, outcome.text) and (negation := negated(self.source, outcome.text)):
                self.denied.append(outcome.text)
                self._note(f"{where}: outcome text {quoted(outcome.text)} is what the text says was not done "
                           f"({quoted(negation)})",
                           f"{where}: dropped outcome {quoted(outcome.text)} (the text says {quoted(negation)})")  # fmt: skip
            elif near_verbatim(self.source, outcome.text):
                outcomes.append(outcome)
            else:
                self._note(f"{where}: outcome text {quoted(outcome.text)} is not a phrase of the text",
                           f"{where}: dropped outcome {quoted(outcome.text)} (not a phrase of the text)")  # fmt: skip
        return meeting.model_copy(
            update={**update, "parties": parties, "participants": people, "outcomes": outcomes}
        )

    def _person(self, where: str, person: DraftParticipant) -> DraftParticipant | None:
        """The participant as kept: ``None`` when it must go (a name not in the text, or
        only in instructions to the reader: never kept, whatever else is right)."""
        if not person.name and not person.title:
            self._note(f"{where}: a participant has neither name nor title",
                       f"{where}: removed a participant with neither name nor title")  # fmt: skip
            return None
        if person.name:
            bare = strip_honorifics(person.name)
            if not contains(self.text, bare) and contains(self.text, unmasked(bare)):
                # a name the reply disguises as another (full-width letters, look-alikes of
                # another script) is the text's when the letters it shows are: the record
                # shows it as the text writes it (:func:`as_written`), with a warning
                bare = unmasked(bare)
            if not contains(self.text, bare):
                self._note(f"{where}: participant name {quoted(person.name)} does not occur in the text; "
                           "name only people the text names",
                           f"{where}: removed participant {quoted(person.name)} (not named in the text)",
                           lossy=True)  # fmt: skip
                return None
            if not contains(self.reported, bare):
                self._note(f"{where}: {quoted(person.name)} {INJECTED}; record only what the communiqué reports",
                           f"{where}: removed a participant named only in instructions to the reader",
                           lossy=True)  # fmt: skip
                return None
        if person.country and not self._side_named(person.country, places.party_code(person.country)):
            self._note(f"{where}: the country {quoted(person.country)} of a participant is not named in the text",
                       f"{where}: dropped country {quoted(person.country)} of a participant (not named in the text)")  # fmt: skip
            person = person.model_copy(update={"country": None})
        if person.organisation and not self._organisation_named(person.organisation):
            self._note(f"{where}: the organisation {quoted(person.organisation)} of a participant is not in the text",
                       f"{where}: dropped organisation {quoted(person.organisation)} of a participant (not in the text)")  # fmt: skip
            person = person.model_copy(update={"organisation": None})
        if person.title and (
            self._long(where, "title", person.title, TITLE_MOST)
            or not near_verbatim(self.source, person.title)
        ):
            if len(person.title) <= TITLE_MOST:
                self._note(f"{where}: title {quoted(person.title)} is not in the text; copy titles verbatim",
                           f"{where}: dropped title {quoted(person.title)} (not in the text)")  # fmt: skip
            if not person.name:
                return None  # nothing left of an unnamed office-holder
            person = person.model_copy(update={"title": None})
        return person

    def _long(self, where: str, what: str, value: str, most: int) -> bool:
        """Whether ``value`` is longer than the schema lets a ``what`` be: no phrase of the
        text, whatever the text holds (a reply's outcome of the whole communiqué was
        kept, being in it), said as a problem and as what was dropped."""
        if len(value) <= most:
            return False
        self._note(f"{where}: {what} {quoted(value)} is {len(value):,} characters; copy a short phrase of the text "
                   f"(at most {most})",
                   f"{where}: dropped {what} {quoted(value)} (longer than a phrase: {len(value):,} characters)")  # fmt: skip
        return True


def mixed_scripts(record: Analysis) -> list[str]:
    """A warning for each name or place of ``record`` that mixes Latin letters with
    Cyrillic or Greek look-alikes (``Ahm\\u0430d``, as the text writes it). The record
    quotes the text, so it keeps the letters (grounding), and says so: the name shows as a
    Latin one it is not, and a reader, a search or a join would take it for that one."""
    found: list[str] = []
    for number, meeting in enumerate(record.meetings, 1):
        values = [("city", meeting.location.city), ("venue", meeting.location.venue)]
        values += [(f"participant {field}", getattr(person, field))
                   for person in meeting.participants for field in ("name", "organisation")]  # fmt: skip
        for label, value in values:
            if value and mixed_words(value):
                found.append(
                    f"meeting {number}: {label} {quoted(value)} mixes Latin letters with Cyrillic or Greek"
                    f" ones, as the text writes it: kept so; it shows as {as_latin(value)!r}, which it is not"
                )
    return list(dict.fromkeys(found))
