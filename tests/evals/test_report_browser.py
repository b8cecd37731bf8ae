"""The HTML report, opened in a real headless Chromium: parsed as intended, markup in a
communiqué escaped, and rendered to a readable page.

Uses Debian's ``chromium`` through its own command line (``apt-get install chromium``).
A missing browser fails the test unless ``COMMUNIQUE_SKIP_BROWSER=1``.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import EVALS
from support import Marked, chromium, png_size_and_colours

from communique.config import resolve
from communique.evals import run as evaluate
from communique.evals.report import render

pytestmark = pytest.mark.browser

# read at import: the isolated_environment fixture removes COMMUNIQUE_* variables
CASES = ("en-01-rabat-map-dateline-tuesday", "fr-08-ministre-trois-ambassadeurs")
INJECTED = (
    "Rabat, 3 mars 2026 (MAP) - Le Directeur général, Jean-Marc Falcone, a reçu mardi à Rabat son "
    'homologue danois, Mikael Wern. <script>document.title="pwned"</script><img src=x onerror="alert(1)"> '
    "Les deux parties ont évoqué la lutte contre le terrorisme.\n"
)
GOLD = """{"document": {"id": "zz-injected", "language": "fr", "published": "2026-03-03"},
 "is_meeting_report": true,
 "meetings": [{"kind": "working_meeting", "date": "2026-03-03", "date_text": "mardi",
               "location": {"city": "Rabat", "country": "MA"}, "parties": ["DK", "MA"],
               "participants": [{"name": "Jean-Marc Falcone", "party": "MA", "role": "host"},
                                {"name": "Mikael Wern", "party": "DK", "role": "guest"}],
               "topics": []}]}"""  # the terrorism the reader finds is a false item of the page


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The HTML report of a rules run over two real cases and one with markup in its text."""
    folder = tmp_path_factory.mktemp("evals")
    for name in CASES:
        for suffix in (".txt", ".json"):
            shutil.copy(EVALS / f"{name}{suffix}", folder)
    (folder / "zz-injected.txt").write_text(INJECTED)
    (folder / "zz-injected.json").write_text(GOLD)
    settings = resolve({"backend": "rules", "cache": False})
    result = evaluate.run(evaluate.load_cases(folder), settings, progress=False)
    out = tmp_path_factory.mktemp("report") / "report.html"
    out.write_text(render(result), encoding="utf-8")
    return out


def test_the_browser_parses_the_report_as_intended(page: Path, tmp_path: Path) -> None:
    dom = chromium("--dump-dom", page.as_uri(), profile=tmp_path / "profile").stdout
    assert '<table class="metrics">' in dom and "headline score" in dom
    assert dom.count('<section class="case"') == 3
    # the predictions' fields marked from their spans, each predicted value linked to its words
    marked = Marked(dom)
    marked.check_links()
    for css in ("name", "date", "place", "party", "title", "cue"):
        assert re.search(rf'<mark id="case-[^"]+" class="{css}"', dom), css
    assert marked.words("Mikael Wern") == ["Mikael Wern"] and marked.words("DK") == ["danois"]
    assert marked.words("mardi") == ["mardi"] and marked.words("Tuesday") == ["Tuesday"]
    for mismatch in ('class="item miss"', 'class="item false"', 'class="wrong"'):
        assert mismatch in dom, mismatch
    # the communiqué's markup stayed text: no script element, no image, title untouched
    assert "<script" not in dom and "<img" not in dom
    assert "&lt;script&gt;document.title" in dom
    assert "<title>communique eval: rules</title>" in dom
    assert "http://" not in dom and "https://" not in dom  # nothing to fetch


def test_the_report_renders_to_a_real_page(page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    chromium(f"--screenshot={shot}", "--window-size=1280,2000", page.as_uri(), profile=tmp_path / "profile")
    data = shot.read_bytes()
    width, height, colours = png_size_and_colours(data)
    assert (width, height) == (1280, 2000)
    assert len(data) > 50_000 and colours > 100  # text, tables and highlights, not a blank page
