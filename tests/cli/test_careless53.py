"""Careless input found from the outside (the fifty-third adversarial reading): the real
command line given what a user gets wrong. (docs/hardening.md lists them.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EXAMPLES
from runner import run

#: ``.env`` files with a quote left open, what `config --json` reads of a setting below it,
#: and the warning's lines.
OPEN_QUOTES: dict[str, tuple[str, str, str, str]] = {
    "a double quote, another quote lines below": (
        'COMMUNIQUE_MODEL="gpt-4o\nCOMMUNIQUE_MAX_RETRIES=1\nCOMMUNIQUE_BASE_URL="http://127.0.0.1:8080/v1"\n',
        "max_retries",
        "1",
        "line 1 not KEY=value",
    ),
    "the same, the URL read too": (
        'COMMUNIQUE_MODEL="gpt-4o\nCOMMUNIQUE_MAX_RETRIES=1\nCOMMUNIQUE_BASE_URL="http://127.0.0.1:8080/v1"\n',
        "base_url",
        "http://127.0.0.1:8080/v1",
        "line 1 not KEY=value",
    ),
    "a single quote, and a line of no key": (
        "COMMUNIQUE_MODEL='gpt-4o\n=x\nCOMMUNIQUE_TEMPERATURE='0.5'\n",
        "temperature",
        "0.5",
        "lines 1, 2 not KEY=value",
    ),
}


@pytest.mark.parametrize("case", list(OPEN_QUOTES), ids=list(OPEN_QUOTES))
def test_a_quote_left_open_in_a_dotenv_loses_no_setting_below_it(tmp_path: Path, case: str) -> None:
    """Was: the open quote ran on to the next quote, lines below, and python-dotenv read
    nothing of the lines between: the settings there lost without a word, the warning
    naming line 1 alone."""
    text, name, value, lines = OPEN_QUOTES[case]
    named = tmp_path / "settings.env"
    named.write_text(text)
    result = run("config", "--json", env={"COMMUNIQUE_ENV_FILE": str(named)})
    assert result.returncode == 0, result.stderr
    assert str(json.loads(result.stdout)[name]["value"]) == value
    assert result.stderr == f"communique: warning: the .env file {named}: {lines}; ignored\n"


def test_a_value_on_several_lines_in_quotes_is_still_read(tmp_path: Path) -> None:
    """Another program's value that spans lines, its quotes closed, is no fault: nothing said."""
    named = tmp_path / "settings.env"
    named.write_text('CERT="-----BEGIN-----\nabc\n-----END-----"\nCOMMUNIQUE_MAX_RETRIES=1\n')
    result = run("config", "--json", env={"COMMUNIQUE_ENV_FILE": str(named)})
    assert result.returncode == 0 and result.stderr == ""
    assert json.loads(result.stdout)["max_retries"]["value"] == 1


BRIEF_TEXT = (EXAMPLES / "rabat-madrid-fr.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("where", "date"),
    [
        ("front matter", "10000-01-01"),
        ("--published", "10000-01-01"),
        ("front matter", "123456-03-01T08:00:00Z"),
    ],
)
def test_a_publication_date_past_the_year_9999_is_said_implausible(
    tmp_path: Path, where: str, date: str
) -> None:
    """Was: `published '10000-01-01' is not an ISO date (YYYY-MM-DD)`, which it has the shape
    of, while 9999-12-31 was said to be no plausible publication date."""
    path = tmp_path / "brief.txt"
    if where == "front matter":
        path.write_text(BRIEF_TEXT.replace("published: 2026-02-12", f"published: {date}"), encoding="utf-8")
        result = run("summarise", str(path))
    else:
        result = run("summarise", str(EXAMPLES / "rabat-madrid-fr.txt"), "--published", date)
    assert result.returncode == 3 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("communique: error: ")
    assert line.endswith(f"published '{date}' is not a plausible publication date (years 1900 to 2199)"), line


KEY = "sk-proj-Zq81QuotedKeyThatMustNeverShow4242"


@pytest.mark.parametrize("quote", ['"', "'"])
@pytest.mark.parametrize("where", ["environment", "flag"])
def test_an_api_key_between_quote_marks_is_said_before_any_request(quote: str, where: str) -> None:
    """As Docker's --env-file passes `OPENAI_API_KEY="sk-…"` on, quotes and all. Was: sent
    with its quotes, and the endpoint's 401 said as `refused the API key`, whose cause the
    user could not see: the key is masked in every message."""
    given = f"{quote}{KEY}{quote}"
    env = {"COMMUNIQUE_MODEL": "m", "COMMUNIQUE_BASE_URL": "http://127.0.0.1:9/v1"}
    flags = ["--api-key", given] if where == "flag" else []
    result = run("summarise", str(EXAMPLES / "rabat-madrid-fr.txt"), *flags,
                 env={**env, **({"OPENAI_API_KEY": given} if where == "environment" else {})})  # fmt: skip
    assert result.returncode == 4 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert "is written between quote marks" in line and "give the key alone" in line, line
    assert KEY[3:11] not in line
