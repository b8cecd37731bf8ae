"""Hard-wrapped text made whole again: the lines of a paragraph joined.

A communiqué copied from a PDF, an e-mail or a plain-text wire feed is cut into lines
of about the same width, wherever a line was full: in the middle of a sentence, of a
name ("son homologue / Khaled Nouri"), of a word ("coopé- / ration"). Everything that
reads a text sentence by sentence (the offline reader, the checks of grounding) reads
such a line break as the end of something. Here the text is first told to be wrapped
or not, from the lines themselves; a wrapped text has the lines of each paragraph
joined, and a text that is not wrapped (a paragraph a line, as pages are scraped) is
left as it is.

    >>> unwrap("Le ministre a reçu\\nson homologue, M.\\nKhaled Nouri, pour un\\nentretien sur la coopé-\\nration et la coopération.")
    'Le ministre a reçu son homologue, M. Khaled Nouri, pour un entretien sur la coopération et la coopération.'
"""

from __future__ import annotations

import re
from itertools import pairwise

from communique import regexes
from communique.normalise import places
from communique.normalise.dates import parse_absolute
from communique.text import fold

#: The end of a line that ends a sentence (or a heading that says so).
_ENDS = regexes.compile(r"[.!?:;»\"”)\]]\s*$")
#: The start of a line that starts an item of a list (numbered, lettered, in roman numerals: "ii. "), a heading of
#: its own or a quote.
_ITEM = regexes.compile(r"\s*(?:[-–—]\s|[•*·▪►]\s?|\d{1,2}[.)]\s|[a-z][.)]\s|[ivx]{2,4}[.)]\s|#)")
#: A bulleted item of a list (numbered paragraphs, as a cable's, are prose).
_BULLETED = regexes.compile(r"\s*[•*·▪►]")
#: Words set apart by runs of spaces: a menu or a table's row, never a line of prose.
_SPACED = regexes.compile(r"\S {3,}\S")


def _spaced(line: str) -> bool:
    """Whether :data:`_SPACED` finds words set apart in a line: never in one without three
    spaces in a row (most lines), which is spared the search, tried at every character."""
    return "   " in line and _SPACED.search(line) is not None


#: A word broken by a hyphen at the end of a line.
_BROKEN = regexes.compile(r"(\w+)-$")
#: Lines longer than this are paragraphs, not lines of a wrapped text; lines shorter
#: are fields or items ("nom : …"), not lines a text was wrapped into.
_WIDEST = 120
_NARROWEST = 30


def unwrap(text: str) -> str:
    """``text`` with the lines of each paragraph joined when it is hard-wrapped, and as
    it is when it is not (see the module's docstring)."""
    lines = _with_dropped_capitals(text.split("\n"))
    width = _width(lines)
    if width is None:
        return "\n".join(_comma_breaks_joined(lines))
    out: list[str] = []
    previous = ""  # the line before, as it was: ``out[-1]`` may hold several joined
    for line in lines:
        if (
            line.strip()
            and previous.strip()
            and (
                _full(previous.rstrip(), line.split()[0], width)
                or _broken(previous, line)
                or _mid_sentence(previous)
            )
            and not (_ITEM.match(line) and not _dash_of_dateline(previous, line))
            and not _spaced(previous)
            # (a date alone on its line heads a page, but for one a preposition asks for: "… in Lomé on" / "Tuesday")
            and not (_date_alone(line) and not _dangles(previous))
            and not _heads(previous, line)
            and not _saluted(previous, line)
        ):
            out[-1] = _joined(out[-1].rstrip(), line.strip(), text)
        else:
            out.append(line)
        previous = line
    return "\n".join(out)


#: A paragraph's first word alone on its line, as a page sets a drop capital and a scrape keeps
#: it apart ("The" / "ambassador made the remarks …", "IG" / "Kanja, in turn, thanked …").
_DROPPED = regexes.compile(r"\s*[A-ZÀ-Ý][\w'’]{0,11}\s*")
#: The fewest characters of a line of prose that a comma ends ("was accompanied by the Police Liaison
#: Officer," / "Henk Jansen, …"): shorter, it may be an address's or a list's line of its own.
_PROSE_BEFORE_COMMA = 40


def _with_dropped_capitals(lines: list[str]) -> list[str]:
    """``lines`` with a paragraph's first word alone on its line joined to the line that goes on with its
    sentence in lower case (no heading is followed by the middle of a sentence): the lines after it are
    then read as the text's own, wrapped or not."""
    out: list[str] = []
    for line in lines:
        if out and _DROPPED.fullmatch(out[-1]) and line[:1].islower():
            out[-1] = f"{out[-1].strip()} {line}"
        else:
            out.append(line)
    return out


def _mid_sentence(line: str) -> bool:
    """Whether a comma, a preposition, an article or a conjunction ends ``line`` (« l'équipe est ensuite
    reçue à » / « la DGSN par le patron … »): its sentence goes on on the next line."""
    return line.rstrip().endswith(",") or _dangles(line)


def _goes_on(line: str, after: str) -> bool:
    """Whether ``line`` is prose (not a line of an address or of a list, shorter than
    :data:`_PROSE_BEFORE_COMMA`) whose sentence goes on on the next line, ``after``: it ends
    mid-sentence, or it ends on no stop and ``after`` opens in lower case (« … le directeur de
    la police » / « ghanéenne, Kofi Mensah, … »: cut apart, neither half told the meeting)."""
    return len(line.strip()) >= _PROSE_BEFORE_COMMA and (
        _mid_sentence(line) or (after.lstrip()[:1].islower() and not _ENDS.search(line))
    )


def _comma_breaks_joined(lines: list[str]) -> list[str]:
    """The lines of a text that is not wrapped with a line of prose that goes on (:func:`_goes_on`) joined
    to the next, a blank line between or not, as a page's line break makes one ("was accompanied by the
    Police Liaison Officer," / "Henk Jansen, …"): not a salutation's, nor before an item of a list."""
    out: list[str] = []
    for line in lines:
        # (one blank line after a comma's line is looked past: the next line may go on with its sentence)
        blank_between = bool(out) and not out[-1].strip()
        previous = (out[-2] if len(out) > 1 else "") if blank_between else (out[-1] if out else "")
        if (
            line.strip()
            and _goes_on(previous, line)
            and not _ITEM.match(line)
            and not _saluted(previous, line)
        ):
            if blank_between:
                out.pop()
            out[-1] = f"{previous.rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


#: The words that open a speech's salutation: « Monsieur le Ministre, », "Distinguished guests,".
_SALUTATION = regexes.compile(
    r"\s*(?:Monsieur|Madame|Mesdames|Messieurs|Excellences?|Honou?rable|Distinguished|Ladies|Your Excellency)\b"
)


def _saluted(line: str, after: str) -> bool:
    """Whether ``line`` and ``after`` are two lines of a speech's salutations, the first ending on a
    comma (« Monsieur le Directeur Général de la Sûreté Nationale, / Mesdames et Messieurs les
    auditeurs, »): each is a line of its own."""
    return (
        line.rstrip().endswith(",")
        and _SALUTATION.match(line) is not None
        and _SALUTATION.match(after) is not None
    )


#: A word that opens a sentence, capitalised: a line that starts with one after a line
#: with no punctuation at its end starts a sentence of its own (a wrapped sentence goes on
#: in lower case), and the line before it is a heading.
_OPENING = regexes.compile(
    r"(?:Le|La|Les|L['’]|Un|Une|Des|Du|Au|Aux|Ce|Cet|Cette|Ces|Il|Elle|Ils|Elles|Dans|Lors|Selon|"
    r"The|A|An|In|On|At|During|This|These|It|He|She|They|Following|According)\b"
)


#: A dateline that opens a line: a place, a date with its year, an agency, then a dash
#: or a colon ("Abidjan, 5 novembre 2026 (AIP) - …").
_DATELINE = regexes.compile(
    r"[A-ZÀ-Ý][\w'’ .-]{1,40}?,\s*[^,\n]{4,30}?\d{4}\s*(?:\([^()\n]{2,40}\)\s*)?[-–—:]\s"
)


#: A dateline its wrapping cut before its dash: a place, a comma, and a date that ends the line ("Nouméa, Grande Terre
#: (Service de presse) : 18 avril 2026" / "- Le haut-commissaire …").
_DATELINE_CUT = regexes.compile(r"[A-ZÀ-Ý][\w'’ .-]{1,40}?,[^\n]{4,90}?\b\d{4}\s*$")
#: The dash that opens a line, as a list's item or a dateline's separator does.
_DASHED = regexes.compile(r"\s*[-–—]\s")


def _dash_of_dateline(line: str, after: str) -> bool:
    """Whether ``after`` opens with the dash of the dateline ``line`` is, cut before it: the text's first
    sentence goes on there, no item of a list (was: kept apart, the dateline read without its date)."""
    return _DASHED.match(after) is not None and _DATELINE_CUT.match(line.strip()) is not None


def _heads(line: str, after: str) -> bool:
    """Whether ``line`` is a heading over ``after``: it has no punctuation at its end,
    and ``after`` opens a sentence ("Le ministre reçoit son homologue" / "Le ministre de
    l'Intérieur, M. …, a reçu …") or a dateline."""
    opening = after.lstrip()
    punctuated = _ENDS.search(line) is not None or line.rstrip().endswith(",")
    if punctuated or _dangles(line):
        return False  # (no heading ends on "to" or « de »: "… of great interest to" / "The Gambia, …")
    return (_OPENING.match(opening) or _DATELINE.match(opening)) is not None


#: The words no line ends a heading or a sentence with: a preposition, an article, a conjunction.
_DANGLING_WORDS = "to|of|the|a|an|and|or|for|with|in|on|at|by|from|into|de|du|des|la|le|les|à|au|aux|et|ou|en|pour|avec|par|sur|dans"
_DANGLING = regexes.compile(rf"\b(?:{_DANGLING_WORDS})$", re.IGNORECASE)
#: How far from its end a line is searched for one of them.
_DANGLING_REACH = max(map(len, _DANGLING_WORDS.split("|")))


def _dangles(line: str) -> bool:
    """Whether one of :data:`_DANGLING_WORDS` ends ``line``: only its last characters are
    searched (a search of the whole line tried the words at every character of it, for the
    end alone; ``\\b`` still reads the character before where the search starts)."""
    text = line.rstrip()
    return _DANGLING.search(text, max(0, len(text) - _DANGLING_REACH)) is not None


#: The most words of a date alone on its line ("mardi 14 avril 2026").
_DATE_WORDS = 5


def _date_alone(line: str) -> bool:
    """Whether a line is a date alone with no closing stop: a page's posting date under
    its headline, never the last line of a wrapped paragraph (which ends a sentence)."""
    stripped = line.strip()
    return (
        len(stripped.split()) <= _DATE_WORDS
        and not _ENDS.search(stripped)
        and parse_absolute(stripped) is not None
    )


def _width(lines: list[str]) -> int | None:
    """The width the text is wrapped at, or ``None`` when it is not wrapped: a width
    between :data:`_NARROWEST` and :data:`_WIDEST` characters that nearly no line
    passes, lines followed by another line of the same paragraph, most of those near
    that width and, of those, most ending in the middle of a sentence. Lines of words set
    apart by runs of spaces (:data:`_SPACED`) are not prose, and are not counted."""
    prose = ["" if _spaced(line) else line for line in lines]  # a row of a table, a running head
    # (a list's items are lines of their own, wrapped or not: "*Border security;")
    present = [line.rstrip() for line in prose if line.strip() and not _BULLETED.match(line)]
    followed = [line.rstrip() for line, after in pairwise(prose) if line.strip() and after.strip()]
    if len(followed) < 2 or len(followed) < len(present) / 3:
        return None
    lengths = sorted(len(line) for line in present)
    width = lengths[(len(lengths) - 1) * 9 // 10]
    if (
        not _NARROWEST <= width <= _WIDEST
        or sum(length > 1.2 * width for length in lengths) > len(lengths) / 10
    ):
        return None
    full = [line for line in followed if len(line) >= 0.6 * width]
    running_on = [line for line in full if not _ENDS.search(line)]
    if len(full) < 0.6 * len(followed) or len(running_on) < 0.5 * len(full):
        return None
    return width


def _full(line: str, word: str, width: int) -> bool:
    """Whether ``line`` was cut where it is because ``word``, the first of the next
    line, would not fit on it: what wrapping does, and a break made on purpose (after a
    headline, at the end of a paragraph) seldom does. Some slack is left for a text set
    in a proportional font (a PDF's), whose lines hold more or fewer characters."""
    return len(line) + 1 + len(word) > 0.85 * width


def _broken(line: str, after: str) -> bool:
    """Whether ``line`` ends in a word broken by a hyphen that ``after`` goes on with: a
    line cut there was wrapped, however short it is."""
    return _BROKEN.search(line.rstrip()) is not None and after.lstrip()[:1].isalpha()


#: More characters than the part of a word broken at the end of a line has.
_LONGEST_WORD = 100

#: Particles a name is written with, then a hyphen, in lower case ("al-", "el-").
_PARTICLES = frozenset(["al", "el", "ad", "ar", "as", "at", "az", "ben", "bin", "ibn", "abu", "ould"])
#: Words that begin compounds, titles above all, written with a capital at the head of a
#: sentence or a title ("Lieutenant-" "colonel", "Sous-" "préfet", "Vice-" "président",
#: "Anti-" "terrorism"): a capital before the break does not make them a name's first part.
_COMPOUND_HEADS = frozenset(
    ["lieutenant", "sous", "vice", "contre", "ex", "co", "major", "brigadier", "procureur", "inspecteur",
     "secrétaire", "commissaire", "médecin", "directeur", "chef", "porte", "garde", "premier", "anti", "inter",
     "counter", "non", "post", "pre", "pro", "self", "trans", "multi", "cross", "deputy", "attorney", "aide"]
)  # fmt: skip


def _joined(line: str, after: str, text: str) -> str:
    """Two lines of a paragraph as one. A word broken at the end of the first, its
    second part in lower case, is made whole where the text writes it whole elsewhere
    ("coopé-" "ration"), where its second part is a word's end (:data:`_ENDING`:
    "immigra-" "tion"), and where it is a name broken in two ("Gi-" "rardin": the parts
    of a name written with a hyphen each take a capital); it keeps its hyphen otherwise,
    as a text wrapped at the hyphens of its compounds breaks them ("sous-" "directeur",
    "sahélo-" "saharienne", "Jean-" "Marc", "Lieutenant-" "colonel")."""
    # ``line`` holds the paragraph joined so far: its end alone is looked at (a search of
    # the whole at every line made a long paragraph quadratic, minutes for a megabyte)
    end = line[-_LONGEST_WORD:]
    broken = _BROKEN.search(end) if line.endswith("-") else None
    if broken and after[:1].isalpha():
        first = broken[1]
        # (a compound's middle part: « fédérale-provinciale- » « territoriale »)
        chained = end[broken.start() - 1 : broken.start()] == "-"
        head = after.split(maxsplit=1)[0].rstrip('.,;:!?»)"”')
        whole = after[:1].islower() and (
            _written(first + head, text)
            or _ENDING.fullmatch(head) is not None
            or (
                first[:1].isupper()
                and first.casefold() not in _PARTICLES | _COMPOUND_HEADS
                and not _written(f"{first}-{head}", text)
            )
            or (first.islower() and not chained and not _compound(first, head, text))
        )
        return line[:-1] + after if whole else line + after
    return f"{line} {after}"


#: Words in lower case that begin compounds, and a hyphen after them is the compound's own: numbers ("two-"
#: "day"), common English words ("cross-" "border", "follow-" "up", "drug-" "control") and French ones
#: (« porte- » « parole », « rendez- » « vous », « après- » « midi »), prefixes (« mi- » « janvier »).
_LOWER_HEADS = frozenset(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "twenty", "thirty", "forty", "fifty",
     "hundred", "first", "second", "third", "high", "low", "long", "short", "full", "half", "well", "follow", "drug",
     "real", "sub", "cyber", "crypto", "semi", "mid", "over", "under", "law", "state", "large", "small", "open", "wide",
     "world", "day", "year", "week", "month", "night", "end", "run", "stand", "check", "lock", "sworn", "by", "up",
     "down", "in", "border", "officer", "colonel", "twin", "passing", "intelligence", "information", "data",
     "gender", "community", "état", "états", "après", "avant", "tête", "tout", "toute", "grand", "grande", "demi",
     "mi", "outre", "au", "rendez", "savoir", "procès", "sud", "nord", "ouest", "quatre", "trente", "quarante",
     "cinquante", "soixante", "vingt", "dix", "celle", "celui", "ceux", "celles", "lui", "elle", "eux", "peut", "là",
     "ci", "néo", "auto", "micro", "macro", "ultra", "infra", "lieutenant", "sous", "vice", "contre", "ex", "co",
     "major", "brigadier", "porte", "garde", "premier", "anti", "counter", "non", "post", "self", "multi", "cross",
     "deputy", "aide", "al", "el", "ben", "bin", "ibn", "abu", "ould"]
)  # fmt: skip
#: A nationality's adjective, the second part of a compound of countries after a first part in -o
#: (« sahélo- » « saharienne », « algéro- » « mauritanienne », « franco- » « allemand »).
_NATIONALITY = regexes.compile(
    r"\w{3,}(?:iens?|iennes?|éens?|éennes?|ains?|aines?|ais|aises?|ois|oises?|ans?|anes?|ols?|oles?|ese|ish|ands?|"
    r"andes?|iques?)|belges?|suisses?|russes?|arabes?|turcs?|turques?|grecs?|grecques?|perses?"
)
#: The fewest letters of a first part in -o of such a compound: shorter, it begins a word (« pro- » « chaine »,
#: « euro- » « péen »); its adjective has three letters or more before its ending, or it is the end of a
#: country's own adjective (« congo- » « laise »).
_LEAST_COMBINING = 5
#: English words that end compounds ("intelligence-" "sharing", "gender-" "based", "south-" "west").
_TAIL = regexes.compile(
    r"(?:sharing|based|oriented|related|level|owned|funded|backed|sponsored|focused|driven|scale|term|offs?|"
    r"west|east|north|south|cadre)"
)
#: A French word that follows a hyphen after a verb, a pronoun or an adverb (« peut- » « être »,
#: « celle- » « ci », « au- » « delà », « lui- » « même », « a-t- » « il »).
_CLITIC = regexes.compile(
    r"(?:ci|là|même|mêmes|il|ils|elle|elles|on|nous|vous|être|delà|dessus|dessous|dedans|dehors|bas|haut|t)"
)


def _compound(first: str, head: str, text: str) -> bool:
    """Whether ``first``, in lower case before a hyphen at a line's end, and ``head``, the next line's
    first word, are a compound's two parts, which a text wrapped at its hyphens breaks (a word broken
    anywhere, as hyphenation breaks it, is made whole): its first part is one compounds begin with, the
    text writes another compound with that first part elsewhere (« cross-border » then « cross- »
    « sectoral »), the next word is a compound's rest, or its parts are a first part in -o and a
    nationality's adjective, an English compound's last word or a French clitic (« peut- » « être »)."""
    return (
        first.casefold() in _LOWER_HEADS
        or "-" in head  # a compound of three parts goes on: « fédérale- » « provinciale-territoriale »
        or re.search(rf"\b{re.escape(first)}-\w", text) is not None
        or (
            first.endswith("o")
            and len(first) >= _LEAST_COMBINING
            and _NATIONALITY.fullmatch(head) is not None
        )
        # (a country's adjective after a country's name or part: « bissau- » « guinéen », « mali- » « mauritanienne »)
        or any(mention.country and mention.text == fold(head) for mention in places.mentions(head))
        or _TAIL.fullmatch(head) is not None
        or _CLITIC.fullmatch(head) is not None
    )


#: The end of a word, which the second part of a compound seldom is: what follows a
#: break in "coopéra-" "tion", "immigra-" "tion", "renforce-" "ment", "sécu-" "rité",
#: "arrange-" "ments", "meet-" "ings" (words a text may write only once, broken).
_ENDING = regexes.compile(
    r"[a-zé]?(?:ations?|tions?|sions?|ments?|ités?|iques?|ances?|ences?|trices?|ities|ity)"
    r"|ings?|eurs?|euses?|ives?|ibles?|ables?|elles?|ales?|aux|ées?"
)


def _written(word: str, text: str) -> bool:
    """Whether ``text`` holds ``word`` as a word of its own, in any case."""
    return re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE) is not None
