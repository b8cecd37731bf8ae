"""Work the offline pipeline no longer does (the forty-ninth speed session): each test says that what
is now spared or remembered gives what the whole work gave. Behaviour only, never timings. Every
sentence invented."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES

from communique.backends.rules.fields import _topics_in
from communique.ingest import language
from communique.normalise.dates import stretch
from communique.schema import Topic


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ministers opened a three-day meeting in Vienna on Monday.", ("2026-03-02", "2026-03-04")),
        ("The Ministers opened a three day meeting in Vienna on Monday.", ("2026-03-02", "2026-03-04")),
        ("THE MINISTERS OPENED A THREE-DAY MEETING IN VIENNA ON MONDAY.", ("2026-03-02", "2026-03-04")),
        ("La réunion de trois jours s'est ouverte lundi à Vienne.", ("2026-03-02", "2026-03-04")),
        ("La réunion de 3-jours s'est ouverte lundi à Vienne.", ("2026-03-02", "2026-03-04")),
    ],
)
def test_a_stay_told_by_its_length_is_still_read(text: str, expected: tuple[str, str]) -> None:
    """A text is spared the pattern of a stay's length only when it holds none of the words each
    length ends in (" day", "-day", " jours", « -jours »): in any case, and after a hyphen too."""
    found = stretch(text, dt.date(2026, 3, 6), dt.date(2026, 3, 2))
    assert found == tuple(map(dt.date.fromisoformat, expected))


def test_a_weekday_is_no_length() -> None:
    """ "Tuesday" holds "day" but tells no length: nothing to stretch the meeting over."""
    assert (
        stretch(
            "The Ministers met on Tuesday and opened on Monday.", dt.date(2026, 3, 6), dt.date(2026, 3, 2)
        )
        is None
    )


@pytest.mark.parametrize(
    ("sentence", "kept", "dropped"),
    [
        (
            "Les deux hommes n'ont pas parlé de cybercriminalité mais de terrorisme.",
            set(),
            {Topic.CYBERCRIME},
        ),
        ("The two chiefs DID NOT DISCUSS cybercrime.", set(), {Topic.CYBERCRIME}),
        ("The two chiefs discussed cybercrime, not terrorism.", {Topic.CYBERCRIME}, set()),
        ("The two chiefs discussed cybercrime and terrorism.", {Topic.CYBERCRIME, Topic.TERRORISM}, set()),
    ],
)
def test_topics_said_not_discussed_are_still_left_out(
    sentence: str, kept: set[Topic], dropped: set[Topic]
) -> None:
    """The clause of a denial is looked for only in a sentence with « pas » or "not" (as any case
    writes them): a denial in capitals is one too, and a sentence without one keeps all its topics."""
    _topics_in.cache_clear()
    found = _topics_in(sentence)
    assert kept <= found
    assert not dropped & found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Le ministre a été reçu par son homologue et ils ont également évoqué la coopération entre les polices.",
            "fr",
        ),
        (
            "LE MINISTRE A ÉTÉ REÇU PAR SON HOMOLOGUE ET ILS ONT ÉGALEMENT ÉVOQUÉ LA COOPÉRATION ENTRE LES POLICES.",
            "fr",
        ),
        (
            "The minister was received by his counterpart and they also discussed cooperation between the police.",
            "en",
        ),
    ],
)
def test_function_words_are_counted_however_written(text: str, code: str) -> None:
    """A word is folded once and remembered: a word seen before, in another case or with its
    accents, counts as the function word it is."""
    for _ in range(2):  # the second time from the memo
        found, confidence = language.detect(text)
        assert found == code
        assert confidence > 0.3


def _plugins_probe(disabled: str | None) -> list[str]:
    """What a fresh process says after the command line's start-up: whether the entry points of the
    installed packages were read (importlib.metadata imported), and the plugins pydantic found."""
    probe = (
        "import sys\n"
        "from communique.cli import _no_pydantic_plugins\n"
        "_no_pydantic_plugins()\n"
        "import communique.schema\n"
        "from pydantic.plugin._loader import get_plugins\n"
        "print('importlib.metadata' in sys.modules, list(get_plugins()))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    if disabled is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = disabled
    done = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout.split()


@pytest.mark.parametrize("disabled", [None, "__all__", "1", "true"])
def test_the_command_line_reads_no_entry_points_when_plugins_are_off(disabled: str | None) -> None:
    """Was: pydantic's plugin loader imported importlib.metadata (and email, zipfile, csv, socket)
    before answering that plugins are off: a tenth of an offline summarise's CPU time."""
    assert _plugins_probe(disabled) == ["False", "[]"]


def test_plugins_named_off_one_by_one_leave_pydantic_its_loader() -> None:
    """A user who turns off only some plugins keeps pydantic's own loader, which finds the others."""
    imported, *_ = _plugins_probe("some-plugin")
    assert imported == "True"


def test_what_the_stand_in_loader_lacks_comes_from_pydantics_own() -> None:
    """A pydantic that asks its loader for more than ``get_plugins`` gets it from the real loader."""
    probe = (
        "import sys\n"
        "from communique.cli import _no_pydantic_plugins\n"
        "_no_pydantic_plugins()\n"
        "from pydantic.plugin import _loader\n"
        "print(_loader.__doc__.endswith('(communique.cli)'), callable(_loader._plugins.__class__),\n"
        "      sys.modules['pydantic.plugin._loader'] is not _loader)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    done = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["True", "True", "True"]


_RUNTIME_COMPILES = """
import runpy, sys, traceback
from re import _compiler
compile_ = _compiler.compile
where = []
def compiled(pattern, flags=0):
    caller = [f for f in traceback.extract_stack()[:-1] if "/re/" not in f.filename][-1]
    if "/communique/" in caller.filename and caller.name != "<module>" and "regexes.py" not in caller.filename:
        where.append(f"{caller.filename.split('/communique/')[-1]}:{caller.name}")
    return compile_(pattern, flags)
_compiler.compile = compiled
sys.argv = ["communique", "summarise", sys.argv[1], "--backend", "rules", "--no-cache", "-q"]
try:
    runpy.run_module("communique", run_name="__main__")
finally:
    print("\\n".join(where), file=sys.stderr)
"""


@pytest.mark.parametrize("name", ["rabat-madrid-fr.txt", "interpol-call-en.txt"])
def test_an_offline_summarise_compiles_no_pattern_of_the_reading_at_run_time(
    name: str, tmp_path: Path
) -> None:
    """Was: a pattern given to re.search, re.match, re.split, re.sub or re.findall in the reading's code
    was compiled anew by every process that used it (about 20 in one offline summarise, each a
    fraction of a millisecond), where one compiled by communique.regexes is read from disk. (The
    reader's encounter cues are another session's; the cache's and the settings' patterns are
    compiled at import on purpose: a cache hit never reads the file of compiled patterns.)"""
    env = os.environ | {"COMMUNIQUE_CACHE_DIR": str(tmp_path / "cache"), "COMMUNIQUE_DATA_DIR": str(tmp_path / "data"),
                        "COMMUNIQUE_ENV_FILE": str(tmp_path / "none")}  # fmt: skip
    done = subprocess.run([sys.executable, "-c", _RUNTIME_COMPILES, str(EXAMPLES / name)], env=env,
                          capture_output=True, text=True, check=True, timeout=120)  # fmt: skip
    compiled = [line for line in done.stderr.splitlines() if line and "encounters.py" not in line]
    assert compiled == []
