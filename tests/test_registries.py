"""One registry each for backends, structured-output modes and output formats: the
command line's choices and the README's lists come from them."""

from __future__ import annotations

import re

from conftest import ROOT
from runner import run

from communique.backends.openai.modes import CHOICES as MODES
from communique.backends.registry import BACKENDS, CHOICES
from communique.export.formats import FORMATS

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_command_line_offers_what_the_registries_hold() -> None:
    shown = run("summarise", "--help").stdout
    assert f"[{'|'.join(FORMATS)}]" in shown
    assert f"[{'|'.join(CHOICES)}]" in shown and f"[{'|'.join(MODES)}]" in shown


def test_a_name_outside_a_registry_is_a_usage_error() -> None:
    for option in ("--format", "--backend", "--mode"):
        result = run("summarise", "examples/rabat-madrid-fr.txt", option, "nonsense", cwd=ROOT)
        assert result.returncode == 2 and "is not one of" in result.stderr, option


def test_the_readme_names_every_format_backend_and_mode() -> None:
    for name in [*FORMATS, *BACKENDS, *MODES]:
        assert re.search(rf"`(?:--\w+ )?{re.escape(name)}`", README), name
