"""Language identification for communiqués and summaries, without a model.

Counts frequent function words of a few languages; good enough to tell French from
English from the other languages a scraped text may be in, and to check that a
summary is in the language it claims.
"""

from __future__ import annotations

import itertools
from collections import Counter
from functools import lru_cache

from communique import regexes
from communique.text import strip_accents

_STOPWORDS_TEXT = {
    "fr": (
        "le la les un une des du de et en au aux est sont a ont avec pour par sur dans "
        "qui que ce cette ces son sa ses leur leurs ainsi entre lors il elle ils nous "
        "été etait était plus pas ne se s l d qu deux également notamment"
    ),
    "en": (
        "the of and to in a is are was were with for on by at from that this these "
        "his her their its it he she they has have had be been will would as an "
        "which also between during two"
    ),
    "es": (
        "el la los las un una de del y en con para por que se su sus es son fue "
        "entre al como este esta también"
    ),
    "de": (
        "der die das und ist mit für von zu den dem des ein eine auf im nicht sich "
        "auch wurde werden bei zwischen"
    ),
    "it": ("il lo la gli le un una di del della e con per che si sono è stato tra nel anche alla"),
    "pt": ("o a os as um uma de do da dos das e com para que se são foi entre no na também pelo pela"),
}
_STOPWORDS = {
    code: frozenset(strip_accents(w) for w in words.split()) for code, words in _STOPWORDS_TEXT.items()
}

#: The languages :func:`detect` tells.
TOLD = frozenset(_STOPWORDS) | {"ar", "ru"}
_LONGEST_STOPWORD = max(len(word) for words in _STOPWORDS.values() for word in words)
_WORD = regexes.compile(r"[^\W\d_]+")
#: A letter of the Arabic script: its block holds digits (Eastern Arabic ``٠``–``٩``, Persian
#: ``۰``–``۹``) and marks of punctuation too, and a French text dated in those digits was
#: told to be Arabic, its dateline set aside as an Arabic version.
_ARABIC = regexes.compile(r"(?=[^\W\d_])[\u0600-\u06ff]")
_CYRILLIC = regexes.compile(r"[\u0400-\u04ff]")
#: Scripts of a version of a text the offline reader cannot read: language, name, letters.
_SCRIPTS = (("ar", "Arabic", _ARABIC), ("ru", "Cyrillic", _CYRILLIC))
#: A letter of either script: most texts have none, which one look tells (not one for each).
_OTHER_SCRIPTS = regexes.compile(r"[\u0400-\u04ff\u0600-\u06ff]")
#: A version in another script is set aside when it has this many letters at least, and
#: what is left this many Latin letters in a language told with confidence.
_OTHER_LETTERS = 40
_LATIN_LETTERS = 150
_BLANK_RUN = regexes.compile(r"\n{3,}")
#: A run of non-blanks short enough to be a word: a longer one (a tracking number of
#: thousands of digits, a base64 blob above the article) filled the whole sample alone.
_NONBLANK = regexes.compile(r"(?<!\S)\S{1,40}(?!\S)")


@lru_cache(maxsize=1 << 14)
def _token(word: str) -> str | None:
    """A word as a function word would be written (:data:`_STOPWORDS`), or ``None`` if it is too
    long to be one. (Remembered: the words of a language recur from text to text, and most of
    each text's are asked for again by the next one.)"""
    if len(word) > _LONGEST_STOPWORD:
        return None
    return word.casefold() if word.isascii() else strip_accents(word).casefold()


def detect(text: str) -> tuple[str | None, float]:
    """Best guess of the language of ``text`` as an ISO 639-1 code, and a confidence
    in [0, 1]. ``(None, 0.0)`` when there is too little text to tell. The first few
    thousand characters are enough to tell: of its words, when blanks fill most of them
    (a scraper's padding, which left nothing to tell the language by) or a run of
    thousands of characters without a blank does (a tracking number, a base64 blob)."""
    sample = text[:4000]
    if len(text) > len(sample) and len(sample.split()) * 8 < len(sample):
        sample = " ".join(word.group() for word in itertools.islice(_NONBLANK.finditer(text), 700))[:4000]
    text = sample
    if not any(map(str.isalpha, text)):
        return None, 0.0
    if _OTHER_SCRIPTS.search(text):  # (most texts have none of either script's letters: one look)
        for code, script in (("ar", _ARABIC), ("ru", _CYRILLIC)):
            # (the letters counted only for a text in that script)
            if (found := len(script.findall(text))) and found > sum(map(str.isalpha, text)) / 2:
                return code, 0.9
    counts = Counter(_WORD.findall(text))
    total = counts.total()
    if total < 3:
        return None, 0.0
    # the words that may be function words, each folded once however often it occurs (a
    # letter folds to one character or more: a longer word is none; a word of ASCII
    # letters has no accent to strip); counted through the dict's own lookup, which a
    # word not yet counted, or one the text lacks (most), passes without a call of a
    # counter's ``__missing__``
    tokens: dict[str, int] = {}
    for word, count in counts.items():
        if (token := _token(word)) is not None:
            tokens[token] = tokens.get(token, 0) + count
    scores = {code: sum(map(tokens.get, words, itertools.repeat(0))) for code, words in _STOPWORDS.items()}
    best = max(scores, key=lambda code: scores[code])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] == 0:
        return None, 0.0
    margin = (ranked[0] - ranked[1]) / ranked[0]
    coverage = ranked[0] / total
    return best, round(min(1.0, margin * min(1.0, coverage * 4)), 3)


def other_version(text: str, declared: str | None = None) -> tuple[str, str | None]:
    """A page that gives a communiqué in two scripts (a Maghreb ministry's Arabic version
    above or below the French one): the text without the lines written in the other
    script, and a note saying so; else ``(text, None)``. A text mostly in that script
    with a few words of Latin letters (a name, an acronym), and a text ``declared`` in
    that script's language, stay whole."""
    if not _OTHER_SCRIPTS.search(text):
        return text, None
    for code, name, script in _SCRIPTS:
        if code == (declared or "").strip()[:2].lower() or not script.search(text):
            continue
        kept: list[str] = []
        lines = other = 0
        for line in text.split("\n"):
            in_script = len(script.findall(line))
            if in_script and in_script * 2 > sum(map(str.isalpha, line)):
                lines, other = lines + 1, other + in_script
            else:
                kept.append(line)
        rest = "\n".join(kept)
        if other < _OTHER_LETTERS or sum(map(str.isalpha, rest)) < _LATIN_LETTERS:
            continue
        found, confidence = detect(rest)
        if found is not None and found != code and confidence >= 0.3:
            note = f"set aside {lines} line{'s' if lines > 1 else ''} in {name} script (another version of the text)"
            return _BLANK_RUN.sub("\n\n", rest).strip("\n"), note
    return text, None
