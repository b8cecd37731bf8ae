"""Work the offline pipeline no longer does (the fifty-eighth speed session): each test says, by the shape of
what is compiled or by what is called, never by timings, that the quicker way finds what the old one found.
Every sentence and name invented."""

from __future__ import annotations

import re

import pytest

from communique import text


@pytest.mark.parametrize(
    ("phrases", "tree"),
    [
        # (phrases of several words, as re.escape writes them: one branch for each first character)
        (
            ["will make a stop ", "to take part in ", "will host", "within", " on a ", " with"],
            r"wi(?:ll (?:make\ a\ stop\ |host)|thin)|to\ take\ part\ in\ | (?:on\ a\ |with)",
        ),
        # (an escaped character that opens several: one branch, however it is written)
        ([".net", ".org", "x"], r"\.(?:net|org)|x"),
        # (a hyphen or a comma, escaped or not, is written as it stands for itself)
        (["--x", "--y", "ab"], r"--(?:x|y)|ab"),
        ([", a", "x", ", b", "y"], ", (?:a|b)|x|y"),
    ],
)
def test_phrases_that_open_with_an_escaped_character_share_a_branch(phrases: list[str], tree: str) -> None:
    """An alternative that opens with an escaped character (a space, a hyphen, a full stop) has a known first
    character: it joins the branch of that character (was: each was a branch of its own, and parted the
    branches of the same letter before and after it: a tree of 500 anchors had 82 branches at its first
    level, tried one after the other at every character of a sentence; now 24)."""
    assert text.branched("|".join(map(re.escape, phrases)), 0) == tree


_PHRASES = [
    "a pas ",
    "avait",
    "met a ",
    " on a ",
    " ce qu ",
    "en 19",
    "a-t-il",
    "re-elected",
    "u.s. ",
    "avant",
]
_TEXTS = [
    "il n'a pas dit, a-t-il ajoute, ce qu il avait vu en 1998 avant de partir",
    "they met a delegation on a tuesday; the u.s. envoy was re-elected",
    "rien de tout cela",
]


@pytest.mark.parametrize("sample", _TEXTS)
def test_a_tree_of_escaped_phrases_finds_what_they_find(sample: str) -> None:
    """Where each anchor starts, the tree finds the longest there, as the phrases written one after the
    other (longest first) do: the test of which anchors a text holds (``Anchored``) is unchanged."""
    source = "|".join(map(re.escape, sorted(_PHRASES, key=len, reverse=True)))
    written = re.compile(f"(?=({source}))")
    tree = re.compile(text._wherever(source, 0))
    assert tree.findall(sample) == written.findall(sample)
    for pos in range(len(sample)):
        found, expected = (
            re.compile(text.branched(source, 0)).search(sample, pos),
            re.search(source, sample[pos:]),
        )
        assert (found and found.start() - pos, found and found.group()) == (
            expected and expected.start(),
            expected and expected.group(),
        )


#: Titles of seventy words (more than are distributed one by one): said after a space or an elision.
_TITLES = [head + tail for head in ("dir", "min", "sec", "spo", "com", "ins", "sup", "adj", "ass", "che")
           for tail in ("ecteur", "istre", "ond", "ier", "ant", "eur", "al")]  # fmt: skip
_TITLED = rf"(?:(?<![\w'’-])|(?<=\b[lLdD]['’]))(?:{'|'.join(_TITLES)})(?![\w'-])"


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_the_group_that_follows_what_alternatives_share_is_a_tree(flags: int) -> None:
    """The group of a pattern's alternatives that follows the lookbehinds it opens with (a title after a
    space or an elision, « l'inspecteur ») is a tree of their first characters (was: the end the two
    lookbehinds share was written once as it stood, its seventy alternatives tried one by one at every
    place), and finds what it found."""
    tree = text.branched(_TITLED, flags)
    assert "|".join(_TITLES) not in tree
    assert tree.count("teur") == 10  # (once in the branch of each first syllable, "dir", "min", …)
    written = re.compile(_TITLED, flags)
    sample = "L'adjecteur et le Directeur, d'inspecteur; l’assistre, xsecond, le chal, chal-x et CHEANT"
    assert [m.span() for m in re.finditer(tree, sample, flags)] == [
        m.span() for m in written.finditer(sample)
    ]
    assert len(written.findall(sample)) == (4 if flags else 2)
