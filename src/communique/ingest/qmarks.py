"""Letters lost as "?": a text whose every non-ASCII character a wrong code page at the
source, or a copy through a tool of ASCII only, replaced by a question mark, put back
when that is unambiguous.

« Coop?ration polici?re : le directeur g?n?ral … a rencontr?, ce mardi 3 mars 2026 ?
Gen?ve » hides a meeting from the reader: its verbs, titles and places are no words. The
proof that "?" stands for lost letters is where it stands, which no real question mark
does: inside a word (« g?n?ral », "Ghana?s"), at the head of a word ("?chang?"), at the
end of one before a comma or a full stop (« rencontr?, »), or alone between two words of
a sentence (« ? Gen?ve »). A text is repaired when it holds :data:`_PROOF` such marks or
more, at least one of them in or at the head of a word; the marks of a web address or of
code ("?id=3", "a?b:c" in a chunk with ``=``, ``/``, ``&`` …) are neither counted nor
touched, and neither is a question mark after a word at the end of a sentence (« Qui ? »,
"What?").

In a French text (as its front matter or its words say) the letters are put back so:

- "?" alone between two words of a sentence is « à » (« À » at the head of one), as it is
  after an apostrophe or between hyphens (« jusqu'? », « vis-?-vis »): by far the most
  frequent word of one non-ASCII letter (« où » is rarer: it stays « à »). Before a word
  that begins a sentence (« Le », « Il », « Les », « L' » …: no French writes « à Le ») it is a
  real question mark, but after a year or a bracket, or after the first word of a line,
  the dash of a dateline (« 2026 ? Le ministre », « (APS) ? La », « Paris ? Le »). A "?"
  before a comma or a full stop closes a quotation that the last lone "?" of its line
  opened: « ? nos ?changes ?, a-t-il dit » is « « nos échanges », a-t-il dit »;
- "?" after « l », « d », « qu », « jusqu » … and before a vowel or an h is an apostrophe
  (« d?Ha?ti » → « d'Haïti », « l??quipe » → « l'équipe »); after « s », « c », « n », « j »,
  « m », « t » only before the words they are seen elided before (« s?il », « c?est »), so
  that « s?ance » is « séance »; never after a hyphen (« sierra-l?onais »);
- a word is spelt as the vocabulary ``data/accents_fr.txt`` spells it (French words with
  accents from the project's own texts and a hand-written list, loaded at the first such
  text only), in the case of its other letters (a first « É » the vocabulary writes as a
  capital, « État », stays one);
- a word the vocabulary does not know is given its letters by their place: « è » before
  one or two consonants and a last « e » or « es » (« mod?le » → « modèle »), « ï » after a,
  o or u and before a consonant (« Ra?d » → « Raïd »), « ë » after e there (« No?l »), « ç »
  after a vowel (not the first letter) and before a, o or u (« re?u »), « é » everywhere
  else, at the end of a word after a consonant or between two consonants too (« r?union »,
  « ?lu », « d?l?gu? »): « é » is the most frequent accented letter, and the last letter of
  every past participle of the first group. A "?" at the end of a word after a vowel
  (« Pourquoi? ») stays: no rule tells a lost letter from a question there; so does one
  before a capital (« ?Coop?ration », a lost « « »). A capitalised name is given its
  letters by the same rules, never otherwise.

The names a record copies from the text are those letters: the note the repair leaves in
the record's provenance says the text was repaired. In an English text only the
apostrophes and quotation marks come back: "Ghana?s", "don?t", "we?re" take an apostrophe,
"?joint patrols?" its quotation marks; any other "?" stays as it is.

Every pass is one scan of the text, word by word (linear time).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from communique import regexes
from communique.ingest import language

#: How many marks prove a text lost its letters (see the module's docstring).
_PROOF = 3

_LETTER = r"[^\W\d_]"
#: "?" inside a word (« g?n?ral », "Ghana?s") or at the head of one ("?chang?").
_IN_WORD = regexes.compile(rf"(?:(?<={_LETTER})|(?<![^\s(\"'«\[]))\?+(?={_LETTER})")
#: "?" at the end of a word before a comma, a semicolon, a full stop or a bracket.
_WORD_END = regexes.compile(rf"(?<={_LETTER})\?+(?=[,;.)\]])")
#: "?" alone between two words of a line: « 2026 ? Gen?ve », « et ? la ».
_ALONE = regexes.compile(r"(?<=[\w,])[ \t]\?[ \t](?=[\w?])")
#: A whitespace-separated chunk of a web address or of code: its "?" are its own.
_CODE = regexes.compile(r"://|www\.|\?[\w.-]*=|/\S*\?|[=&@{}\\`_]")
_CHUNK = regexes.compile(r"\S+")
#: A closing quotation mark lost as "?": before a comma, a full stop or a bracket.
_CLOSING = regexes.compile(r"\?[,.;:)\]]+")
_BLANKS = regexes.compile(r"(\s+)")
_WORDS = regexes.compile(rf"(?:{_LETTER}|\?)+")
#: The longest word whose letters are put back: no French word is longer.
_LONGEST = 40
#: French words that begin a sentence: one after a lone "?" makes that a real question.
_STARTER_WORDS = (
    "Le Les Il Ils Elle Elles On Nous Vous Je Tu Ce Cette Ces Cet Mais Et Pour Selon Dans Si Oui Non "
    "Qui Que Quoi Comment Pourquoi Quand Quel Quelle Quels Quelles Un Une Des Du Au Aux En Par Sur "
    "Avec Ainsi Alors Puis Enfin Cependant Toutefois L"
)
_STARTERS = frozenset(_STARTER_WORDS.split())
#: The words that lose their vowel before another: « d?Ha?ti » is « d'Haïti »; those of one
#: letter but « l » and « d », only before the words they are seen before (« s?ance » is
#: « séance », « s?il » is « s'il »).
_ELISION_ALWAYS = frozenset(("l", "d", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"))
_ELISION = frozenset(("j", "n", "s", "c", "m", "t"))
_ELIDED_WORDS = (
    "il ils elle elles on en y a ai as avait avaient ont est agit agissait inscrit inscrivent "
    "ouvre ouvrira impose imposent engage engagent exprime explique entretient informe"
)
_ELIDED = frozenset(_ELIDED_WORDS.split())
_VOWELS = frozenset("aeiouy")
_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")
#: One or two consonants and a last « e » or « es »: « mod?le », « r?gles ».
_GRAVE_END = regexes.compile(r"[bcdfghjklmnpqrstvwxz]{1,2}es?")
_APOSTROPHE_EN = regexes.compile(rf"(?<={_LETTER})\?(?=(?:s|t|ll|re|ve|d|m)\b)")
_QUOTE_OPEN_EN = regexes.compile(r"^[(\[]?\?(?=[^\W_])")
_QUOTE_CLOSE_EN = regexes.compile(r"(?<=[\w.,!])\?(?=[,.;:)\]]*$)")
_FRONT_LANG = regexes.compile(r"(?m)^lang:[ \t]*[\"']?([A-Za-z]{2})")


def _marks(text: str) -> tuple[int, int]:
    """How many marks of lost letters ``text`` holds: all, and those in or at the head of a word."""
    strong = weak = 0
    for chunk in _CHUNK.finditer(text):
        word = chunk.group()
        if "?" not in word or _CODE.search(word):
            continue
        strong += len(_IN_WORD.findall(word))
        weak += len(_WORD_END.findall(word))
    weak += len(_ALONE.findall(text))
    return strong + weak, strong


def text_language(text: str) -> str | None:
    """The language a front matter declares, else the one the words say."""
    end = text.find("\n---", 3) if text.startswith("---") else -1
    if end > 0 and (declared := _FRONT_LANG.search(text, 0, end)) is not None:
        return declared.group(1).lower()
    code, _ = language.detect(text)
    return code


@cache
def vocabulary_words() -> tuple[str, ...]:
    """The French words with accents of ``data/accents_fr.txt``, the more frequent spelling first."""
    words = resources.files("communique").joinpath("data", "accents_fr.txt").read_text("utf-8")
    return tuple(word for line in words.splitlines() if not line.startswith("#") for word in line.split())


@cache
def _vocabulary() -> dict[str, str]:
    """French words with accents, by their form with each accented letter made "?"."""
    return {"".join(char if char.isascii() else "?" for char in word): word for word in vocabulary_words()}


def _by_place(word: str, at: int, before: str) -> str:
    """The letter a "?" at ``at`` of the lower-case ``word`` stands for by its place, or
    "?" if none; ``before``: the letter before it (put back if it was a "?")."""
    after = word[at + 1 :]
    own = word[at - 1] if at else ""
    if not after:  # « rencontr? », « agr?? »: a participle; « Pourquoi? »: a question
        return "é" if own in _CONSONANTS or (own == "?" and before == "é") else "?"
    if at and before not in "aeou" and _GRAVE_END.fullmatch(after):
        return "è"
    if at and after[0] in _CONSONANTS and own in ("a", "o", "u"):
        return "ï"
    if at and after[0] in _CONSONANTS and own == "e":
        return "ë"
    if at > 1 and own in _VOWELS and after[0] in "aou":
        return "ç"
    return "é"


def _elision(lower: str, head: int) -> bool:
    """Whether the first "?" of a lower-case word, at ``head``, is the apostrophe of a word
    that lost its vowel: « d?Ha?ti », « qu?il », « s?il », « jusqu?? »."""
    if head <= 0 or head + 1 >= len(lower):
        return False
    first, rest = lower[:head], lower[head + 1 :]
    if first in _ELISION_ALWAYS:
        return rest[0] in _VOWELS or rest[0] in "h?"
    return first in _ELISION and (rest in _ELIDED or rest[0] == "?")


def _restore_word(word: str, vocabulary: dict[str, str], capital: bool, *, elided: bool = True) -> str:
    """A French word with its "?" put back; ``capital``: it begins a sentence; ``elided``:
    it may begin with a word that lost its vowel (« d?Ha?ti »)."""
    if not word.strip("?") or len(word) > _LONGEST:
        return word
    if word[0] == "?" and word[1].isupper() and not word.replace("?", "").isupper():
        return "?" + _restore_word(word[1:], vocabulary, capital)  # « ?Coop?ration »: a « lost
    lower = word.lower()
    found = vocabulary.get(lower)
    head = lower.find("?")
    if found is None and elided and _elision(lower, head):
        rest = _restore_word(word[head + 1 :], vocabulary, capital=False)
        return word[:head] + "'" + ("à" if rest == "?" else rest)
    if found is None:
        letters: list[str] = []
        for at, char in enumerate(lower):
            letters.append(_by_place(lower, at, letters[-1] if letters else "") if char == "?" else char)
        found = "".join(letters)
    capitals = word.replace("?", "").isupper() and sum(map(str.isalpha, word)) > 1
    return "".join(
        old if old != "?" else new.upper() if capitals or (at == 0 and capital) else new
        for at, (old, new) in enumerate(zip(word, found, strict=True))
    )


def _french(text: str) -> str:
    vocabulary = _vocabulary()
    pieces = _BLANKS.split(text)
    out: list[str] = []
    line: list[str] = []  # the chunks of the line so far, put right
    quotes = _guillemets(pieces)
    sentence_start = True
    for index, written in enumerate(pieces):
        if index % 2:  # the blanks between two chunks
            out.append(written)
            if "\n" in written:
                sentence_start, line = True, []
            continue
        piece = written
        if index in quotes:
            piece = quotes[index]
        elif written == "?":
            piece = _alone(line, pieces[index + 1 : index + 3], sentence_start)
        elif "?" in written and not _CODE.search(written):
            piece = _words(written, vocabulary, sentence_start)
        if piece:
            sentence_start = piece in ("?", "–") or piece[-1] in ".!?"
        out.append(piece)
        line.append(piece)
    return "".join(out)


def _guillemets(pieces: list[str]) -> dict[int, str]:
    """The chunks of a French text that are quotation marks: "?" before a comma or a full
    stop (no question mark is) closes a quotation, opened by the last lone "?" of its line:
    « ? nous avons renforc? nos ?changes ?, a-t-il dit »."""
    quotes: dict[int, str] = {}
    opening: int | None = None
    for index in range(0, len(pieces), 2):
        if index and "\n" in pieces[index - 1]:
            opening = None
        if pieces[index] == "?":
            opening = index
        elif opening is not None and _CLOSING.fullmatch(pieces[index]):
            quotes[opening], quotes[index] = "«", "»" + pieces[index][1:]
            opening = None
    return quotes


def _words(chunk: str, vocabulary: dict[str, str], sentence_start: bool) -> str:
    """A chunk of a French text with the "?" of its words put back."""
    parts, last = [], 0
    for match in _WORDS.finditer(chunk):
        word = match.group()
        if word == "?" and chunk[match.start() - 1 : match.start()] in ("'", "-"):
            word = "à"  # « jusqu'? », « vis-?-vis »
        elif "?" in word:
            capital = sentence_start and not any(char.isalnum() for char in chunk[: match.start()])
            # no elision after a hyphen: « sierra-l?onais »
            elided = not chunk[: match.start()].endswith("-")
            word = _restore_word(word, vocabulary, capital, elided=elided)
        parts += [chunk[last : match.start()], word]
        last = match.end()
    parts.append(chunk[last:])
    return "".join(parts)


def _alone(line: list[str], following: list[str], sentence_start: bool) -> str:
    """A lone "?" after the chunks ``line`` of its line (put right) and before the blank and
    chunk ``following``: « à », « À », a dateline's dash, or itself."""
    gap = following[0] if following else "\n"
    after = following[1] if len(following) > 1 else ""
    before = line[-1] if line else ""
    if "\n" in gap or not after or not (after[0].isalnum() or (after[0] == "?" and after[1:2].isalpha())):
        return "?"
    head = _WORDS.match(after)
    starts = head is not None and head.group() in _STARTERS
    # a dateline: « Niamey, le 14 mai 2026 ? Le ministre », « (APS) ? La troisième », « Paris ? Le »
    if after[0].isupper() and (
        (
            (before[-1:].isdigit() or before.endswith(")"))
            and (starts or (head is not None and head.group() == "La"))
        )
        or (len(line) == 1 and before[:1].isupper() and starts)
    ):
        return "–"
    if starts:
        return "?"
    if not before or sentence_start:
        return "À"
    return "à" if before[-1].isalnum() or before[-1] in ",;)»\"'" else "?"


def _english(text: str) -> str:
    """An English text with its apostrophes and quotation marks put back."""
    pieces = _BLANKS.split(text)
    opened: tuple[int, int] | None = None  # where a quotation opened and not yet closed is
    for index in range(0, len(pieces), 2):
        if index and "\n" in pieces[index - 1]:
            opened = None  # a quotation does not run on to the next line
        chunk = pieces[index]
        if "?" not in chunk or _CODE.search(chunk):
            continue
        chunk = _APOSTROPHE_EN.sub("'", chunk)
        if (opening := _QUOTE_OPEN_EN.match(chunk)) is not None:
            opened = (index, opening.end() - 1)
        if opened is not None and (closing := _QUOTE_CLOSE_EN.search(chunk)) is not None:
            chunk = chunk[: closing.start()] + '"' + chunk[closing.end() :]
            where, at = opened
            pieces[where] = (
                (chunk if where == index else pieces[where])[:at]
                + '"'
                + (chunk if where == index else pieces[where])[at + 1 :]
            )
            if where == index:
                chunk = pieces[where]
            opened = None
        pieces[index] = chunk
    return "".join(pieces)


def repair(text: str) -> tuple[str, str | None]:
    """``text`` with the letters it lost as "?" put back, and a note saying so, if it had."""
    if "?" not in text:
        return text, None
    total, strong = _marks(text)
    if total < _PROOF or not strong:
        return text, None
    code = text_language(text)
    if code == "fr":
        repaired, how = _french(text), "French accented letters and apostrophes"
    elif code == "en":
        repaired, how = _english(text), "English apostrophes and quotation marks"
    else:
        return text, None
    if repaired == text:
        return text, None
    return repaired, f"characters lost as '?' put back ({how}; names are spelt as repaired)"
