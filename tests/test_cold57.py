"""Cold start: what a cache hit and an offline summarise of a plain text do without
importing (the command line's framework, the models, the reader, typing; the parser of HTML
pages), and that a page is still read as its article."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, chat_auto
from support import GOOD_DRAFT

#: the modules the run imported.
_IMPORTS_PROBE = """
import atexit, os, sys
from communique import replay
replay._today = lambda: "2026-03-17"  # (both runs on one day: a replay's key holds the date)
atexit.register(lambda: open(os.environ["PROBE_REPORT"], "w").write(" ".join(sys.modules)))
sys.argv = ["communique", *sys.argv[1:]]
from communique.cli import main
main()
"""

#: What a cache hit answered from what the run that made the record kept never imports:
#: the command line's framework, the models, the reader, and typing (was: imported by the
#: package for its TYPE_CHECKING alone, 4 ms of a hit's 65).
_NOT_ON_A_HIT = ("typing", "typer", "pydantic", "communique.backends.rules.reader")


@pytest.mark.parametrize("module", _NOT_ON_A_HIT)
def test_a_cache_hit_imports_nothing_it_does_not_use(
    module: str, fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    env = os.environ | {"COMMUNIQUE_MODEL": "fake-model", "COMMUNIQUE_BASE_URL": fake_openai.base_url,
                        "COMMUNIQUE_MODE": "tools", "OPENAI_API_KEY": "sk-test", "PROBE_REPORT": str(tmp_path / "report")}  # fmt: skip
    brief = tmp_path / "brief.txt"
    brief.write_bytes((EXAMPLES / "rabat-madrid-fr.txt").read_bytes())
    for _ in range(2):  # the first asks the model, the second is answered from the hit
        subprocess.run([sys.executable, "-c", _IMPORTS_PROBE, "summarise", str(brief)], env=env,
                       capture_output=True, text=True, timeout=120, check=True)  # fmt: skip
    assert len(fake_openai.requests) == 1
    assert module not in (tmp_path / "report").read_text().split()


#: What an offline summarise of a plain text never imports: the parser of HTML pages and its
#: table of entities (was: imported by every start, 2.5 ms), and pydantic's plugin loader's
#: scan of the installed packages (see :func:`communique.cli._no_pydantic_plugins`).
_NOT_OFFLINE = ("html", "html.parser", "html.entities", "communique.ingest.page", "importlib.metadata")


@pytest.mark.parametrize("module", _NOT_OFFLINE)
def test_an_offline_summarise_of_a_text_imports_nothing_it_does_not_use(module: str, tmp_path: Path) -> None:
    env = os.environ | {"PROBE_REPORT": str(tmp_path / "report")}
    subprocess.run([sys.executable, "-c", _IMPORTS_PROBE, "summarise", str(EXAMPLES / "rabat-madrid-fr.txt"),
                    "--backend", "rules", "--no-cache"], env=env, capture_output=True, text=True, timeout=120,
                   check=True)  # fmt: skip
    imported = (tmp_path / "report").read_text().split()
    assert "communique.backends.rules.reader" in imported
    assert module not in imported


def test_a_page_is_still_read_as_its_article() -> None:
    """The parser of pages, imported when a text is one, reads it as before."""
    from communique.ingest import read_text

    page = (
        "<html><head><title>Site</title><meta property='article:published_time' content='2026-11-20T09:12:00'>"
        "</head><body><nav>Accueil | Contact</nav><article><h1>Visite du ministre</h1><p>Le ministre a reçu "
        "son homologue &laquo; en visite &raquo; à Rabat.</p></article></body></html>"
    )
    document = read_text(page)
    assert "son homologue « en visite » à Rabat" in document.text
    assert "Accueil" not in document.text
