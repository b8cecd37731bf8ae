"""Language identification for communiqués and summaries, without a model.

Counts frequent function words of a few languages; good enough to tell French from
English from the other languages a scraped text may be in, and to check that a
summary is in the language it claims.
"""

from __future__ import annotations

from collections import Counter

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

_LONGEST_STOPWORD = max(len(word) for words in _STOPWORDS.values() for word in words)
_WORD = regexes.compile(r"[^\W\d_]+")
_ARABIC = regexes.compile(r"[\u0600-\u06ff]")
_CYRILLIC = regexes.compile(r"[\u0400-\u04ff]")


def detect(text: str) -> tuple[str | None, float]:
    """Best guess of the language of ``text`` as an ISO 639-1 code, and a confidence
    in [0, 1]. ``(None, 0.0)`` when there is too little text to tell. The first few
    thousand characters are enough to tell."""
    text = text[:4000]
    letters = sum(map(str.isalpha, text))
    if letters == 0:
        return None, 0.0
    for code, script in (("ar", _ARABIC), ("ru", _CYRILLIC)):
        if len(script.findall(text)) > letters / 2:
            return code, 0.9
    counts = Counter(_WORD.findall(text))
    total = counts.total()
    if total < 3:
        return None, 0.0
    # the words that may be function words, each folded once however often it occurs (a
    # letter folds to one character or more: a longer word is none; a word of ASCII
    # letters has no accent to strip)
    tokens: Counter[str] = Counter()
    for word, count in counts.items():
        if len(word) <= _LONGEST_STOPWORD:
            tokens[word.casefold() if word.isascii() else strip_accents(word).casefold()] += count
    scores = {code: sum(tokens[word] for word in words) for code, words in _STOPWORDS.items()}
    best = max(scores, key=lambda code: scores[code])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] == 0:
        return None, 0.0
    margin = (ranked[0] - ranked[1]) / ranked[0]
    coverage = ranked[0] / total
    return best, round(min(1.0, margin * min(1.0, coverage * 4)), 3)
