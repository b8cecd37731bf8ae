"""French written without its accents, its words given them back.

Older sites, wire copy typed on a keyboard without French keys and posts written as text
messages print « le ministre a recu hier a Alger son homologue ... la securite » : no
accented letter at all. The reader's cues are words as French writes them (« reçu »,
« séance », « à Alger », « Sûreté »), so such a text hides its meeting, its day and its
place. A French text (as its front matter or its words say) with no accented letter in
its first :data:`_SAMPLE` characters, and at least :data:`_PROOF` words the vocabulary
``data/accents_fr.txt`` spells with accents, has them put back:

- a word is spelt as the vocabulary spells it (« securite » → « sécurité », « Interieur »
  → « Intérieur »: the case of its letters kept), but for the words that are French
  without accents too (« a », « ou », « la », « les », « cote » …), which are left as they
  are: a wrong accent is worse than none; a past participle whose only accent is its last
  « é » (« visite », « signe », « arrive ») is a word without it too, and takes it after an
  auxiliary only (« a effectue », « ont ete signes »);
- « a » is « à » before a capitalised word that does not open a sentence (« hier a Alger »:
  the verb is followed by its participle, not by a place or a name), before the words
  only a preposition takes (« a travers », « a partir », « a l'issue », « a cette
  occasion », « jusqu'a ») and before « la » or « l' » unless a pronoun stands before it
  (« il a la charge »).

A text with one accented letter or more in its body is left alone (a few names or words
written with accents among words without are a page's, not a keyboard's), and so is one
without « de » and an article (an English one: not scanned). One scan of the text, word by
word (linear time); the vocabulary is loaded at the first such text only. The record's names
are those letters: the note the repair leaves in the record's provenance says so.
"""

from __future__ import annotations

from functools import cache

from communique import regexes
from communique.ingest import qmarks
from communique.text import strip_accents

#: How much of a text tells whether it was written without accents.
_SAMPLE = 6000
#: How many words spelt with accents by the vocabulary prove a French text lost them.
_PROOF = 3
#: The accented letters of French: one among the first characters is a text with accents.
_FRENCH_ACCENTED = regexes.compile(r"[àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ]")
_WORD = regexes.compile(r"[A-Za-z]+")
#: French words without accents that lose none: never given one.
_PLAIN_TOO = frozenset(
    [
        "les",
        "des",
        "ses",
        "ces",
        "mes",
        "tes",
        "sur",
        "mur",
        "eut",
        "fut",
        "cote",
        "pres",
        "eleve",
        "eleves",
        "peche",
        "tache",
        "sale",
        "interesse",
        "interesses",
    ]
)
#: A past participle whose only accent is its last « é » is a French word without it too
#: (« visite », « porte », « signe », « arrive », « effectue »): given its accent after an
#: auxiliary only (« a effectue », « est arrive », « ont ete signes »).
_FINAL_E = regexes.compile(r"[^\W\d_]*és?")
_AUXILIARIES = frozenset(
    [
        "a",
        "ont",
        "est",
        "sont",
        "ete",
        "été",
        "etait",
        "etaient",
        "avait",
        "avaient",
        "aura",
        "auront",
        "sera",
        "seront",
        "etre",
        "être",
    ]
)
#: Words that only a preposition « à » stands before.
_AFTER_PREPOSITION = frozenset(
    [
        "travers",
        "partir",
        "compter",
        "cette",
        "cet",
        "ce",
        "ces",
        "son",
        "sa",
        "ses",
        "leurs",
        "leur",
        "l'issue",
        "l'occasion",
        "l'invitation",
        "l'initiative",
        "l'endroit",
        "l'attention",
        "l'aeroport",
        "l'ecole",
        "destination",
        "savoir",
        "huis",
        "titre",
        "cote",
        "cause",
        "l'heure",
        "l'egard",
        "l'instar",
        "l'ordre",
        "l'ouverture",
        "l'unanimite",
        "l'exception",
    ]
)
#: The articles every French text has, one at least, beside « de »: a quick test before the scan.
_ARTICLES = (" la ", " le ", " les ")
#: Words before « a la » that make « a » the verb: « il a la charge de ».
_PRONOUNS = frozenset(["il", "elle", "on", "qui", "cela", "ce"])


@cache
def _vocabulary() -> dict[str, str]:
    """French words with accents, by their form without them (lower case)."""
    words = qmarks.vocabulary_words()
    out: dict[str, str] = {}
    for word in words:
        plain = strip_accents(word).lower()
        if plain != word.lower() and plain not in _PLAIN_TOO and len(plain) > 2:
            out.setdefault(plain, word.lower())
    return out


@cache
def _participles() -> frozenset[str]:
    """The words of :func:`_vocabulary` whose only accent is a last « é »: French without it too."""
    return frozenset(
        plain
        for plain, word in _vocabulary().items()
        if _FINAL_E.fullmatch(word) and strip_accents(word.rstrip("es")) == word.rstrip("es")[:-1] + "e"
    )


def _spelt(word: str, accented: str) -> str:
    """``accented`` in the case of ``word``'s letters."""
    if word.isupper() and len(word) > 1:
        return accented.upper()
    if word[0].isupper():
        return accented[0].upper() + accented[1:]
    return accented


def _preposition(text: str, start: int, end: int, before: str) -> bool:
    """Whether the « a » at ``text[start:end]`` is « à », by the words around it."""
    after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if after is None:
        return False
    following = after.group().lower()
    if following == "l" and text[after.end() : after.end() + 1] in ("'", "’"):
        elided = _WORD.match(text, after.end() + 1)
        following = "l'" + (elided.group().lower() if elided else "")
    stop = text[:start].rstrip()[-1:]
    if after.group()[0].isupper():
        return bool(stop) and stop not in ".!?:\n"
    if following in _AFTER_PREPOSITION:
        return True
    return (following == "la" or following.startswith("l'")) and before.lower() not in _PRONOUNS


def repair(text: str) -> tuple[str, str | None]:
    """``text`` with the accents of its French words put back, and a note saying so, if it
    is French written without them."""
    # (the body's letters tell: a front matter written by hand may have accents its page has not)
    body = text.find("\n---", 3) + 4 if text.startswith("---") else 0
    if not text.isascii() and _FRENCH_ACCENTED.search(text, body, body + _SAMPLE):
        return text, None
    sample = text[body : body + _SAMPLE]
    if " de " not in sample or not any(word in sample for word in _ARTICLES):
        return text, None  # no French (most texts without accents are English): not scanned
    vocabulary = _vocabulary()
    found = 0
    for match in _WORD.finditer(sample):
        found += match.group().lower() in vocabulary
        if found >= _PROOF:
            break
    if found < _PROOF or qmarks.text_language(text) != "fr":
        return text, None
    pieces: list[str] = []
    at = 0
    before = ""
    for match in _WORD.finditer(text):
        word = match.group()
        lower = word.lower()
        if lower in vocabulary and (lower not in _participles() or before.lower() in _AUXILIARIES):
            pieces += [text[at : match.start()], _spelt(word, vocabulary[lower])]
            at = match.end()
        elif word == "a" and (
            text[max(0, match.start() - 7) : match.start()].lower() in ("jusqu'", "jusqu’")
            or _preposition(text, match.start(), match.end(), before)
        ):
            pieces += [text[at : match.start()], "à"]
            at = match.end()
        before = word
    pieces.append(text[at:])
    repaired = "".join(pieces)
    if repaired == text:
        return text, None
    return repaired, "French written without accents: accents put back by its words"
