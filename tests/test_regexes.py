"""The compiled-pattern table (:mod:`communique.regexes`): the patterns it gives behave
as :func:`re.compile`'s, it survives a restart, and a damaged or unwritable file only
costs time."""

from __future__ import annotations

import re
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

from communique import config, regexes

#: Patterns with what the program's own use: flags, named and numbered groups,
#: lookarounds, backreferences, Unicode classes, repeats.
PATTERNS = [
    (r"(?<![\w-])(?P<day>\d{1,2})(?:er)?\s+(?P<month>janvier|février|mars)\b", re.IGNORECASE),
    (r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.MULTILINE),
    (r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", 0),
    (r"[^\W\d_]+(?:'[^\W\d_]+)?", 0),
    (r"(?i:a reçu|received)\s+(?:(?:\S+ ){0,6}?)(?:his|son)\s+homologue", 0),
    (r"«[^«»]{1,800}»|“[^“”]{1,800}”", re.DOTALL),
]
TEXTS = [
    "Le 3 mars, le ministre a reçu son homologue. ## Titre ##\n**gras** et __souligné__",
    "On 12 février he received  his  homologue «citation» “quoted” d'Ahmed",
    "",
]


@pytest.fixture
def table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A table of our own, in a temporary folder, empty at first."""
    location = tmp_path / "__pycache__" / "regexes.marshal"
    monkeypatch.setattr(regexes, "_location", lambda: location)
    monkeypatch.setattr(regexes, "_TABLE", None)
    monkeypatch.setattr(regexes, "_USED", {})
    monkeypatch.setattr(regexes, "_NEW", False)
    return location


def kept(table: Path) -> dict[object, object]:
    """The patterns the file holds, by key."""
    entries = regexes._read(table)
    assert entries is not None
    return dict(entries)


def same(ours: re.Pattern[str], source: str, flags: int) -> None:
    theirs = re.compile(source, flags)
    assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == (
        theirs.pattern,
        theirs.flags,
        theirs.groups,
        theirs.groupindex,
    )
    for text in TEXTS:
        assert [m.span() + m.groups() for m in ours.finditer(text)] == [
            m.span() + m.groups() for m in theirs.finditer(text)
        ]


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
def test_a_pattern_behaves_as_re_compiles_it_whether_compiled_or_read(
    table: Path, source: str, flags: int
) -> None:
    same(regexes.compile(source, flags), source, flags)  # compiled here
    regexes._save()
    assert table.exists()
    regexes._TABLE = None
    regexes._USED = {}
    same(regexes.compile(source, flags), source, flags)  # read from the file
    assert not regexes._NEW


def test_a_rewritten_pattern_is_kept_with_its_code_and_rewritten_once(table: Path) -> None:
    """A rewriting that is slow to make (a tree of alternatives) is made at the first start."""
    made = []

    def ordered(source: str, flags: int) -> str:
        made.append(source)
        return "|".join(sorted(source.split("|"), key=len, reverse=True))

    source = r"ab|abc|\d+"
    for _ in range(2):
        pattern = regexes.compile(source, 0, ordered)
        assert pattern.pattern == source  # as written
        assert [m.group(0) for m in pattern.finditer("abc 42")] == ["abc", "42"]  # as rewritten
        regexes._save()
        regexes._TABLE = None
        regexes._USED = {}
    assert made == [source]
    assert (source, 0, regexes._version(ordered)) in kept(table)


def test_the_table_is_written_once_with_every_new_pattern(table: Path) -> None:
    for source, flags in PATTERNS:
        regexes.compile(source, flags)
    regexes._save()
    held = kept(table)
    assert set(held) == {(source, int(flags)) for source, flags in PATTERNS}
    written = table.stat().st_mtime_ns
    regexes._save()  # nothing new: not written again
    assert table.stat().st_mtime_ns == written


def test_a_damaged_table_costs_only_time(table: Path) -> None:
    table.parent.mkdir()
    table.write_bytes(b"\x00not a table\xff" * 10)
    source, flags = PATTERNS[0]
    same(regexes.compile(source, flags), source, flags)
    regexes._save()
    assert (source, int(flags)) in kept(table)


def test_wrong_code_in_the_table_is_refused_and_compiled_anew(table: Path) -> None:
    source, flags = PATTERNS[0]
    good = regexes._compiled(source, int(flags))[1]
    bad = (
        good[0],
        array(regexes._WORD, [99999] * (len(good[1]) // regexes._sre.CODESIZE)).tobytes(),
        *good[2:],
    )
    table.parent.mkdir()
    table.write_bytes(regexes._dumps({(source, int(flags)): bad}))
    same(regexes.compile(source, flags), source, flags)
    assert regexes._NEW


def test_an_unwritable_place_is_no_error(table: Path) -> None:
    table.parent.write_text("a file where the folder should be")
    regexes.compile(*PATTERNS[1])
    regexes._save()  # no exception, nothing written
    assert table.parent.is_file()


def test_a_secret_never_reaches_the_table(table: Path) -> None:
    key = "sk-test-0123456789abcdefSECRET"
    assert config.leaks(f"echo {key[5:20]}", key)
    assert config.redact(f"key={key}", key) == "key=****"
    regexes._save()
    assert not table.exists() or b"SECRET" not in table.read_bytes()
    assert not any("SECRET" in source for source, _ in regexes._USED)


def test_a_new_process_reads_what_the_last_one_wrote(tmp_path: Path) -> None:
    """The table of the installation itself: after one run, the next one compiles nothing."""
    program = (
        "import communique.ingest, communique.backends.rules.reader, communique.regexes as r, sys;"
        "sys.stdout.write(str(r._NEW))"
    )
    first = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert first.stdout in {"True", "False"}  # False when an earlier run wrote it
    assert second.stdout == "False"


def test_patterns_of_changed_sources_do_not_pile_up(table: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Old patterns are kept while they weigh little; once they outweigh the live ones
    the file keeps only what the writing process used (a start reads all of it)."""
    monkeypatch.setattr(regexes, "_SLACK", 0)
    sizes = []
    for number in range(3):  # three versions of a source, each run by a process of its own
        monkeypatch.setattr(regexes, "_TABLE", None)
        monkeypatch.setattr(regexes, "_USED", {})
        regexes.compile(rf"(?:alpha|beta|gamma|delta)\s+v{number}\b")
        regexes._save()
        sizes.append(len(kept(table)))
    assert sizes == [1, 2, 1]  # one old pattern weighs less than twice the live one; two more
    assert (r"(?:alpha|beta|gamma|delta)\s+v2\b", 0) in kept(table)
    monkeypatch.setattr(regexes, "_SLACK", 10**6)  # old patterns that weigh little stay
    for number in range(3, 6):
        monkeypatch.setattr(regexes, "_TABLE", None)
        monkeypatch.setattr(regexes, "_USED", {})
        regexes.compile(rf"(?:alpha|beta|gamma|delta)\s+v{number}\b")
        regexes._save()
    assert len(kept(table)) == 4  # v2 to v5
