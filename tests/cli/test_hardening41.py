"""Careless input and settings found from the outside (the forty-first adversarial
reading), through the real command line: one run a behaviour. (docs/hardening.md lists them.)"""

from __future__ import annotations

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, chat_auto
from runner import run
from support import GOOD_DRAFT, model_env

BRIEF = EXAMPLES / "rabat-madrid-fr.txt"


@pytest.mark.parametrize(
    ("command", "prompt", "right"),
    [
        ("summarise", "translate@v1", "use extract@v1, extract@v2, extract@v3"),
        ("translate", "extract@v3", "use translate@v1"),
        ("summarise", "../translate@v1", "use extract@v1"),
    ],
    ids=["summarise with a translation prompt", "translate with a reading prompt", "a path"],
)
def test_a_prompt_of_another_task_is_refused_in_one_line(
    fake_openai: FakeOpenAI, command: str, prompt: str, right: str
) -> None:
    """Was: `summarise --prompt translate@v1` sent the translation prompt to read the
    record (every reply then failed validation, after the re-asks of each document)."""
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    result = run(command, str(BRIEF), "--prompt", prompt, "--no-cache", env=model_env(fake_openai))
    assert result.returncode != 0 and result.stdout == "" and "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert f"prompt '{prompt}' is not a prompt for" in line and right in line
    assert fake_openai.chat_requests == []
