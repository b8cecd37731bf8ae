"""Text helpers: the quick tests that spare patterns the texts they cannot match."""

from __future__ import annotations

import gc
import itertools
import random
import re
import sys
from pathlib import Path

import pytest

from communique import text
from communique.normalise import dates
from communique.normalise.dates import find_phrases
from communique.text import Cue, caseless, sentences, strip_accents, tidy, whole

#: Every character, so that what a pattern that ignores case takes for a letter is known.
_EVERY_CHARACTER = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code < 0xE000)


def test_caseless_keeps_every_character_a_case_insensitive_pattern_takes_for_a_plain_one() -> None:
    for plain in "abcdefghijklmnopqrstuvwxyz0123456789 '-àâçèéêëîïôùûüœæ":
        for seen in re.findall(re.escape(plain), _EVERY_CHARACTER, re.IGNORECASE):
            assert caseless(seen) == plain, (plain, seen)


def test_date_phrases_in_capitals_and_odd_letters_are_still_found() -> None:
    assert [p[2] for p in find_phrases("Réunion FRİDAY et HİER, puis TUESDAY")] == [
        "FRİDAY",
        "HİER",
        "TUESDAY",
    ]
    assert find_phrases("Aucune date ici.") == []


def _every_cue() -> list[Cue]:
    """The cues of the offline reader and of the injection screen."""
    import communique.backends.rules.reader  # noqa: F401  (imports every module of cues)
    from communique.injection import _cues

    _cues()
    return [cue for cue in gc.get_objects() if isinstance(cue, Cue)]


def test_a_cue_anchors_on_the_phrases_every_match_holds() -> None:
    # a phrase is tested by its longest word, if that is long enough
    assert Cue(r"(?:a|ont) signé", r"(?:will|shall) sign").anchors == ("shall", "signe", "will sign")
    assert Cue(r"ministres?", r"direct(?:eur|rice)s?").anchors == ("ministre", "directeur", "directrice")
    assert Cue(r"visites? (?:\S+ )?officielle").anchors == ("officielle",)
    years = ("en 19", "en 20", "in 19", "in 20", "last year")
    assert Cue(r"(?:en|in) (?:19|20)\d\d", r"last year").anchors == years
    assert Cue(r"M\.", r"ministre").anchors is None  # "m." is in too many texts
    assert Cue(r"\w+ment").anchors == ("ment",)
    assert Cue(r"\w+ment", r"\d+").anchors is None  # a match of "\d+" holds no letter
    # a group minding case is read like any other: its phrases are in a caseless text all the same
    assert Cue(r"(?-i:AI) systems?").anchors == ("system",)


def test_a_cue_finds_what_its_pattern_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text, "_TRIES_BEFORE_ANCHORS", 0)  # the anchors tested from the first search
    cues = _every_cue()
    assert sum(cue.anchors is not None for cue in cues) > len(cues) / 2
    for path in sorted((Path(__file__).parents[1] / "evals").glob("*.txt"))[:20]:
        for sentence in sentences(tidy(path.read_text(encoding="utf-8"))):
            for cue in cues:
                found = cue.search(sentence)
                expected = cue.pattern.search(strip_accents(sentence))
                assert (found and found.span()) == (expected and expected.span()), (cue.source, sentence)


def test_the_tree_of_a_pattern_finds_what_its_alternatives_find() -> None:
    # (ignoring case, a letter's cases as branches apart at the first level, as a class deeper)
    assert text.branched(r"(?:a|ont) reçu|accueilli", re.IGNORECASE) == (
        "(?-i:a)(?: reçu|(?-i:[cC])cueilli)|(?-i:A)(?: reçu|(?-i:[cC])cueilli)|(?-i:o)nt reçu|(?-i:O)nt reçu"
    )
    # not moved before an alternative that may start with the same character, nor past one unknown
    assert text.branched(r"ab|\w+c|ad|ae", 0) == r"ab|\w+c|a(?:d|e)"
    assert text.branched(r"(?<![\w])(?:ab|ac)(?!\w)", 0) == r"(?<![\w])(?:a(?:b|c))(?!\w)"
    assert text.branched(r"(ab)|ac", 0) == r"(ab)|ac"  # a group that captures keeps its number
    assert text.branched(r"(?:ab|ac)+d|(?:ab|ac)??e", 0) == r"(?:ab|ac)+d|(?:ab|ac)??e"
    # an optional group tried before its absence, as a greedy "?" does
    assert text.branched(r"(?:le )?lundi|mardi", 0) == r"l(?:e lundi|undi)|mardi"
    # a letter moved past what starts with a digit or « à », not a digit
    assert text.branched(r"ab|\d+x|àx|ac|1b|\d{0,2}y|1c", 0) == r"a(?:b|c)|\d+x|àx|1b|\d{0,2}y|1c"


def test_what_follows_a_distributed_group_is_written_once() -> None:
    """Each alternative distributed from a group ends with what followed the group: the tree
    holds it once (was: a copy for each, a cue of a few hundred characters a megabyte of code)."""
    source = r"(?:ont|a|avaient) (?:ensuite )?signé un accord de coopération"
    tree = text.branched(source, re.IGNORECASE)
    assert tree.count("un accord de coopération") == 1
    for sentence in ("Ils ont signé un accord de coopération.", "Il a ensuite signé un accord de coopération",
                     "Ils avaient signé un accord", "Avaient ENSUITE signé un accord de coopération"):  # fmt: skip
        found, expected = re.search(tree, sentence, re.IGNORECASE), re.search(source, sentence, re.IGNORECASE)
        assert (found and found.span()) == (expected and expected.span())
    # cut only where a part starts: not inside a group, nor before what repeats the part before it
    assert text.branched(r"(?:ab|cd)(?:efghijklmnopqrstuvw)+|(?:xb|yd)(?:efghijklmnopqrstuvw)+", 0) == (
        "(?:ab|cd|xb|yd)(?:efghijklmnopqrstuvw)+"
    )
    assert text.branched(r"(?:a(?:bc|efghijklmnopqrstuvw)|d(?:x|efghijklmnopqrstuvw))", 0) == (
        "a(?:bc|efghijklmnopqrstuvw)|d(?:x|efghijklmnopqrstuvw)"
    )


#: Patterns whose alternatives, distributed from a group below the tree's first level, end alike;
#: and sentences that they find, or nearly (other cases, "ſ" and "İ" that ignoring case takes).
_SHARED_TAILS = (
    r"(?<![\w])(?:(?:a|avait|avaient|ont) (?:(?:\w+ment|ensuite) )?signé un accord de coopération"
    r"|(?:a|ont) eu (?:un|des) entretiens? avec\b|accueilli (?:à|au) (?:\S+ ){0,2}le ministre)",
    r"(?:exchanged (?:the )?|(?:ont|a) echange les |l['’]echange des )(?:instruments|documents) de ratification",
)
_SENTENCES = (
    "Ils avaient ensuite signé un accord de coopération.",
    "Il AVAIT ſigné un accord de coopération ; il a eu des entretiens avec lui",
    "Ils ont eu un entretien avec le ministre, accueilli au siège par le ministre",
    "Elle a signé un accord de coopératio et avaient longuement signé un accord de coopération",
    "They exchanged the instruments de ratification; ils ont echange les documents de ratification",
    "L'échange des instruments de ratification, l'echange des documents de ratİfication",
)


@pytest.mark.parametrize(("source", "ends"), list(zip(_SHARED_TAILS, (4, 1), strict=True)))
def test_alternatives_that_end_alike_below_the_first_level_share_their_end(source: str, ends: int) -> None:
    """Alternatives of a branch below the tree's first level that end alike are written as a tree
    of what differs, then their end once (was: a copy for each, the largest cue 386k words of code)."""
    tree = text.branched(source, re.IGNORECASE)
    # (once in each branch of the first level that holds it: « a », « A », « o », « O »; was 14 times)
    assert tree.count("de ratification") + tree.count("un accord de coopération") == ends
    for sentence in _SENTENCES:
        for pos in range(len(sentence)):
            found = re.compile(tree, re.IGNORECASE).search(sentence, pos)
            expected = re.compile(source, re.IGNORECASE).search(sentence, pos)
            assert (found and found.span() + found.groups()) == (
                expected and expected.span() + expected.groups()
            ), (sentence, pos)


@pytest.mark.parametrize(
    ("source", "tree"),
    [
        # cut between two characters of a run, after a count (not within it) or what repeats
        (r"x(?:ab){1,6}cdefghijklmnopqrstu|y(?:ab){2,6}cdefghijklmnopqrstu",
         r"(?:x(?:ab){1,6}|y(?:ab){2,6})cdefghijklmnopqrstu"),
        (r"xa?bcdefghijklmnopqrstu|ya?bcdefghijklmnopqrstu", r"(?:x|y)a?bcdefghijklmnopqrstu"),
        # never within a class (was: "(?:x[^1|y[^2)abcdefghijklmnopq]", no pattern)
        (r"x[^1abcdefghijklmnopq]|y[^2abcdefghijklmnopq]", r"x[^1abcdefghijklmnopq]|y[^2abcdefghijklmnopq]"),
    ],
)  # fmt: skip
def test_an_end_written_once_is_cut_where_a_part_starts(source: str, tree: str) -> None:
    assert text.branched(source, 0) == tree


def test_a_branch_alone_after_a_character_ignores_case() -> None:
    """A letter that is the only branch after another is no alternative the engine may pass over:
    written as it is (two words of code), not as the class of its cases (six)."""
    assert text.branched(r"rencontre|rencontrent|echange", re.IGNORECASE) == (
        "(?-i:r)encontre(?:|(?-i:[nN])t)|(?-i:R)encontre(?:|(?-i:[nN])t)|(?-i:e)change|(?-i:E)change"
    )


def test_the_date_phrases_as_a_tree_are_those_as_written() -> None:
    tree = dates._date_phrase()
    written = re.compile(tree.pattern, tree.flags)
    for path in sorted((Path(__file__).parents[1] / "evals").glob("*.txt")):
        tidied = tidy(path.read_text(encoding="utf-8"))
        assert [m.span() for m in tree.finditer(tidied)] == [m.span() for m in written.finditer(tidied)]


def test_a_letter_as_a_pattern_ignoring_case_takes_it() -> None:
    for letter in "abcdefghijklmnopqrstuvwxyz":
        taken = set(re.findall(letter, _EVERY_CHARACTER, re.IGNORECASE))
        assert taken == {letter, letter.upper(), *text._OTHER_CASES.get(letter, "")}, letter


def test_every_cue_as_a_tree_finds_what_it_finds_as_written() -> None:
    cues = _every_cue()
    written = [re.compile(cue.source, cue.flags) for cue in cues]
    for path in sorted((Path(__file__).parents[1] / "evals").glob("*.txt")):
        for sentence in sentences(tidy(path.read_text(encoding="utf-8"))):
            plain = strip_accents(sentence)
            for cue, pattern in zip(cues, written, strict=True):
                found, expected = cue.pattern.search(plain, 3), pattern.search(plain, 3)
                assert (found and found.span() + found.groups()) == (
                    expected and expected.span() + expected.groups()
                ), (cue.source, sentence)


def test_patterns_anchored_together_are_spared_what_each_would_be(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text, "_TRIES_BEFORE_ANCHORS", 0)
    screened = [Cue(r"rencontres?", r"réunions? de travail"), Cue(r"renc"), Cue(r"\w+ment"), Cue(r"M\.")]
    anchored = text.Anchored(screened)
    assert set(anchored.held("la rencontre")) == {0, 1, 3}  # "rencontre" starts with "renc"; "m." has none
    assert set(anchored.held("une reunion de travail, seulement")) == {0, 2, 3}
    assert set(anchored.held("rien")) == {3}
    cues = _every_cue()
    anchored = text.AnchoredCues(cues)
    for path in sorted((Path(__file__).parents[1] / "evals").glob("*.txt"))[:20]:
        for sentence in sentences(tidy(path.read_text(encoding="utf-8"))):
            lowered = caseless(strip_accents(sentence))
            held = anchored.held(lowered)
            assert {index for index, cue in enumerate(cues) if not cue.spares(lowered)} == set(held)
            found = anchored.search(sentence)
            assert [m and m.span() for m in found] == [
                (m := cue.search(sentence)) and m.span() for cue in cues
            ]


def test_caseless_keeps_the_characters_of_every_anchor() -> None:
    for char in {char for cue in _every_cue() for anchor in cue.anchors or () for char in anchor}:
        for seen in re.findall(re.escape(char), _EVERY_CHARACTER, re.IGNORECASE):
            assert caseless(seen) == char, (char, seen)


def _fold_whole(value: str) -> str:
    """Folding as first written: the whole text tidied, its marks stripped, case-folded,
    and its words (letters and digits) joined by one space."""
    return " ".join(re.findall(r"[^\W_]+", strip_accents(tidy(value)).casefold()))


@pytest.mark.parametrize("block", range(0, 0x3400, 0x400))
def test_fold_by_character_is_fold_of_the_whole(block: int) -> None:
    """Every character of the Basic Multilingual Plane's alphabets and punctuation, alone,
    between letters and before a combining mark, folds through the table as the whole
    text would: typography, ligatures, "ß", a dotted "İ", marks that compose."""
    for code in range(max(block, 0x20), block + 0x400):
        char = chr(code)
        for value in (char, f"Ab{char}cD", f"{char}\u0301 x", f"É{char}"):
            assert text.fold.__wrapped__(value) == _fold_whole(value), repr(value)


def test_a_long_text_folds_through_the_table_as_character_by_character() -> None:
    """A long text beyond ASCII is folded by replacements (quicker): the same as through the
    table, character by character, for every character, among ASCII and French letters."""
    for start in range(0, len(_EVERY_CHARACTER), 1000):
        for value in (
            _EVERY_CHARACTER[start : start + 1000],
            "Le général Jean-Marc Falcône a reçu à Paris " + _EVERY_CHARACTER[start : start + 40],
        ):
            assert text._folded(value) == value.translate(text._FOLD_TABLE), start


def test_fold_of_names_as_written() -> None:
    assert text.fold("Jean-Marc  FALCONE") == "jean marc falcone"
    assert text.fold("Sûreté nationale (DGSN)") == "surete nationale dgsn"
    assert text.fold("l’Intérieur") == text.fold("l'Interieur") == "l interieur"
    assert text.fold("Straße") == "strasse"
    assert text.fold("e\u0301te\u0301") == "ete"
    assert text.fold("\u200bAb\u00addel") == "abdel"


def test_whole_leaves_characters_and_makes_surrogates_characters() -> None:
    assert whole("Sûreté 📰") == "Sûreté 📰"
    assert whole("a\ud83d\udcf0b") == "a📰b"  # the two halves of a pair: the character they make
    assert whole("a\ud800b\udc80") == "a\ufffdb\ufffd"  # a lone half: no character
    assert whole("a\ud800b").encode("utf-8")


@pytest.mark.parametrize(
    ("glued", "parts"),
    [("Talks were held in Tunisia.In the meeting they spoke.", 2),
     ("La réunion s'est tenue à Dakar.Les deux ministres ont signé.", 2),
     ("Mr. Smith of the U.S. Embassy met Mme.Dupont and St.Louis police on ASP.NET.", 1),
     ("He thanked Gen.Traoré and the U.N.Mission.", 1)],
)  # fmt: skip
def test_a_full_stop_glued_to_the_next_sentence_ends_it_not_an_abbreviation(glued: str, parts: int) -> None:
    assert len(sentences(glued)) == parts


def test_a_malay_honorific_abbreviated_does_not_end_a_sentence() -> None:
    """ "Dato' Hj. Azman bin Osman": Haji, shortened; the list of names goes on."""
    text = "Also present were SAC Dato' Hj. Azman bin Osman and ACP Hjh. Noraini binti Yusof. They met later."
    assert sentences(text) == (
        "Also present were SAC Dato' Hj. Azman bin Osman and ACP Hjh. Noraini binti Yusof.",
        "They met later.",
    )


def test_a_french_quotation_closed_after_its_full_stop_and_a_space_ends_the_sentence() -> None:
    text = "« Nous avons parlé de formation. » Ensuite le ministre est parti. « C'est fini. », a-t-il dit."
    assert sentences(text) == (
        "« Nous avons parlé de formation. »",
        "Ensuite le ministre est parti.",
        "« C'est fini. », a-t-il dit.",
    )


def test_sentence_ends_are_the_patterns_own() -> None:
    """Sentence ends, tried only after a stop mark, are those the pattern finds at every character:
    after abbreviations, initials, quotes, glued full stops, inside a slice of the text."""
    pieces = ["a", "ab", "A", "Ab", "M", "Mr", "U.S.", ".", "!", "?", " ", "\n", '"', "»", "«", "1", "é", "É"]
    rng = random.Random(18)
    for _ in range(20_000):
        sample = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        start, stop = sorted(rng.randint(0, len(sample)) for _ in range(2))
        expected = [m.span() for m in text._SENTENCE_END.finditer(sample, start, stop)]
        assert [m.span() for m in text._sentence_ends(sample, start, stop)] == expected, sample
    for sample in itertools.product(["in Tunisia.", "M.", "said:"], [" ", ""], ["In the", '"The', "le"]):
        joined = "".join(sample)
        expected = [m.span() for m in text._SENTENCE_END.finditer(joined)]
        assert [m.span() for m in text._sentence_ends(joined, 0, len(joined))] == expected
