"""Careless input and configuration found from the outside (the sixteenth adversarial
reading), through the real command line: each gets a correct record or one clear line,
never a traceback, a key shown or a file passed over in silence. (docs/hardening.md
lists them.)"""

from __future__ import annotations

import json

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, chat_auto
from runner import run
from support import GOOD_DRAFT, SECRET, model_env

BRIEF = str(EXAMPLES / "rabat-madrid-fr.txt")


def pieces_of(secret: str, text: str) -> list[str]:
    """The pieces of 8 characters of ``secret`` that ``text`` holds."""
    return [secret[i : i + 8] for i in range(len(secret) - 7) if secret[i : i + 8] in text]


# -- secrets in the base URL ------------------------------------------------------------------


def test_a_password_with_an_at_sign_is_masked_whole_and_is_no_one_letter_secret(
    fake_openai: FakeOpenAI,
) -> None:
    """`http://user:p@ss…@host/v1`: HTTP clients read the password up to the last `@`.
    Was: the password taken to be `p`, so that `config` showed the rest of it, and every
    reply (any `p` in it) was refused as 'containing the API key'."""
    password = "p@ss-" + SECRET
    base = fake_openai.base_url.replace("http://", f"http://user:{password}@")
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    environment = model_env(fake_openai, COMMUNIQUE_BASE_URL=base, COMMUNIQUE_MODE="tools")
    result = run("summarise", BRIEF, env=environment)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["meetings"][0]["participants"]  # the record, not a refusal
    shown = run("config", env=environment)
    assert shown.returncode == 0
    (line,) = [line for line in shown.stdout.splitlines() if line.startswith("base_url")]
    assert f"http://****@127.0.0.1:{fake_openai.port}/v1" in line
    assert pieces_of(password, shown.stdout + result.stdout + result.stderr) == []


@pytest.mark.parametrize("where", ["the base URL's fragment", "the model's name"])
def test_the_key_written_where_another_setting_goes_is_masked_by_config(where: str) -> None:
    """A key pasted after a `#` of the base URL, or as the model (the variables swapped):
    `config` showed it whole."""
    environment = {"COMMUNIQUE_API_KEY": SECRET, "COMMUNIQUE_BASE_URL": "http://127.0.0.1:9/v1"}
    if where == "the model's name":
        environment["COMMUNIQUE_MODEL"] = SECRET
    else:
        environment["COMMUNIQUE_BASE_URL"] += "#" + SECRET
    for shown in (run("config", env=environment), run("config", "--json", env=environment)):
        assert shown.returncode == 0, shown.stderr
        assert pieces_of(SECRET, shown.stdout + shown.stderr) == [], shown.stdout
    if where != "the model's name":
        assert "base_url" in shown.stdout and "/v1#****" in shown.stdout
