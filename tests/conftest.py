"""Shared pytest fixtures."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Make ``import fakeserver`` work regardless of pytest's import mode / rootdir.
_TESTS_DIR = str(Path(__file__).resolve().parent)
if _TESTS_DIR not in sys.path:
    sys.path.insert(0, _TESTS_DIR)

from fakeserver import FakeOpenAI  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EVALS = ROOT / "evals"
EXAMPLES = ROOT / "examples"
#: Eval cases whose layout is what they test (a PDF's wrapped lines, an e-mail's header, a
#: page's lists of other articles and its ticker, which a line's width would cut, a cable's
#: hard-wrapped lines) or that a width cannot cut without changing what they say:
#: tests that lay every case out again (wrapped, with blank lines) leave them out.
LAYOUT_CASES = frozenset(
    {
        "x-09-pdf-copy-running-heads-mauritania-senegal",
        "x-10-forwarded-email-gambia-sierra-leone",
        "x-12-related-articles-under-text-mauritania-portugal",
        "x-13-ticker-related-news-most-popular-kenya-netherlands",
        "en-434-hard-wrapped-cable-title-runs-across-clause",
        "en-479-heads-of-delegation-list-broken-by-drs-davao",  # a wire archive's hard-wrapped lines
        # a headline with no stop over a sentence that opens on a name or a title, and a scraper's
        # date prefix on the first line: cut at a width, each reads as part of the next line
        "en-419-met-then-signed-by-titles-one-encounter-newry",
        "en-421-spoke-to-counterpart-is-a-phone-call",
        "fr-432-ville-dans-le-titre-et-place-beauvau-paris",
        "en-508-agency-credit-before-the-dateline-amman",
        # (the same, a headline as long as a wrapped line over a dateline or a speech's place and day, no blank line
        # between: rephrase49's retold cases)
        "en-928-headline-receives-body-verb-dropped-beirut",
        "en-934-spoke-during-a-courtesy-visit-by-envoy-harare",
        "en-935-during-talks-held-on-day-with-ambassador-mogadishu",
        "fr-925-accueillie-a-sa-descente-d-avion-puis-entretiens-dakar",
        "fr-940-c-est-un-honneur-de-recevoir-mon-homologue-discours-kinshasa",
        # a meeting's record, its fields and lists one a line: cut at a width, a list's lines run into one another
        "en-724-virtual-meeting-memo-attendee-lists-europol",
        "en-725-meeting-between-memo-date-venue-present-suva",
        # an agenda whose title, day and first hour line are short lines: headings over the page alone, the text's first
        # sentences under a site's chrome (whose lead-in then names the visitor's side)
        "en-1034-programme-lines-port-moresby",
        # a text of one sentence, its call's medium and day first: cut at a width, its first line has no stop and reads as a
        # headline over the rest (main's reader then found no meeting either)
        "en-1009-by-video-link-wellington",
        # a caption's one line of names under a capitals headline, a credit after it: cut at a width, its first half has no
        # stop and reads as a heading over the rest (nothing in a text so short tells the width it was cut at)
        "en-1128-caption-list-under-capitals-headline-freetown",
        # a ministry's masthead, the state's name in capitals over the text: under a news site's menu, that line reads
        # as the menu's last item, and the publisher's side it names is lost with it
        "fr-1241-en-tete-republique-togolaise-gendarmerie-belge",
        # a meeting whose people are named in its headline alone: set in capitals, a headline is read for no names (a
        # run of capitalised words is no name by its shape), and the meeting loses both its people
        "fr-807-la-rencontre-seulement-dans-le-titre-bamako",
    }
)
#: The steering material next to the checkout: the seed communiqués and the spec.
SHARED = Path(__import__("os").environ.get("COMMUNIQUE_SHARED_DIR", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"
SPEC = SHARED / "spec" / "analysis-format.md"
requires_shared = pytest.mark.skipif(
    not (SEEDS.is_dir() and SPEC.is_file()),
    reason=f"the seeds and spec are read from {SHARED} (set COMMUNIQUE_SHARED_DIR), which is absent",
)


def in_processes(target: Callable[..., None], folder: Path, workers: int, each: int) -> None:
    """Run ``target(str(folder), worker, each)`` in ``workers`` processes at once, and
    check that every one of them finished cleanly."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    processes = [context.Process(target=target, args=(str(folder), w, each)) for w in range(workers)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(60)
        assert process.exitcode == 0


def spec_example() -> dict:
    """The example record of the spec, as JSON data (its "…" placeholders filled)."""
    import json
    import re

    block = re.search(r"## Output: one `Analysis` per communiqué\s+```json\n(.*?)```", SPEC.read_text(), re.S)
    assert block is not None, f"no example record in {SPEC}"
    return json.loads(block.group(1).replace('"…"', '"resume"').replace('"3f2a9c…"', '"3f2a9c"'))


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test runs with its own cache and data folders, no model configured, and no
    developer's .env or API key leaking in."""
    home = tmp_path_factory.mktemp("communique-home")
    for name in list(__import__("os").environ):
        if name.startswith(("COMMUNIQUE_", "OPENAI_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(home / "cache"))
    monkeypatch.setenv("COMMUNIQUE_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("COMMUNIQUE_ENV_FILE", str(home / "no.env"))
    return home


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAI]:
    """A started :class:`fakeserver.FakeOpenAI` on 127.0.0.1 (stopped after the test)."""
    with FakeOpenAI() as fake:
        yield fake
