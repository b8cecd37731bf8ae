"""Careless input found from the outside (the twenty-sixth adversarial reading), through
the real command line: each gets one clear line naming what is wrong, or its record in
time. (docs/hardening.md lists them.)"""

from __future__ import annotations

import pytest
from conftest import EXAMPLES
from runner import run

BRIEF = str(EXAMPLES / "rabat-madrid-fr.txt")


@pytest.mark.parametrize(
    ("name", "value", "said"),
    [
        (
            "COMMUNIQUE_TEMPERATURE",
            "-5",
            "temperature must be between 0 and 2, not COMMUNIQUE_TEMPERATURE=-5",
        ),
        ("COMMUNIQUE_TEMPERATURE", "7", "temperature must be between 0 and 2, not COMMUNIQUE_TEMPERATURE=7"),
        (
            "COMMUNIQUE_TIMEOUT",
            "-1",
            "timeout must be a positive number of seconds, not COMMUNIQUE_TIMEOUT=-1",
        ),
        (
            "COMMUNIQUE_DEADLINE",
            "0",
            "deadline must be a positive number of seconds, not COMMUNIQUE_DEADLINE=0",
        ),
        (
            "COMMUNIQUE_MAX_TOKENS",
            "0",
            "max_tokens must be a positive number of tokens, not COMMUNIQUE_MAX_TOKENS=0",
        ),
        (
            "COMMUNIQUE_RETRY_SECONDS",
            "-1",
            "retry_seconds must be a number of seconds, 0 or more, not COMMUNIQUE_RETRY_SECONDS=-1",
        ),
        ("COMMUNIQUE_MAX_RETRIES", "-1", "max_retries must be 0 or more, not COMMUNIQUE_MAX_RETRIES=-1"),
        ("COMMUNIQUE_RPM", "0", "rpm must be a positive number of requests per minute, not COMMUNIQUE_RPM=0"),
        ("COMMUNIQUE_TIMEOUT", "nan", "timeout must be a finite number, a positive number of seconds, not"),
    ],
)
@pytest.mark.parametrize("command", [("summarise", BRIEF), ("config",)], ids=["summarise", "config"])
def test_a_setting_out_of_its_range_is_a_configuration_error_that_names_it(
    name: str, value: str, said: str, command: tuple[str, ...]
) -> None:
    """Was: a temperature of -5 or 1e10 and a negative retry budget accepted (the first
    sent as is to the endpoint, the second meaning no retry in silence), and a negative
    timeout or no tokens said as one line of every bound at once (`max_retries must be ≥
    0, and max_tokens, timeout, deadline and max_bytes positive`) that named no setting
    given."""
    result = run(*command, env={name: value})
    assert result.returncode == 4, result.stderr
    assert result.stderr.startswith(f"communique: error: {said}"), result.stderr
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr


def test_a_setting_in_its_range_is_taken() -> None:
    result = run("config", env={"COMMUNIQUE_TEMPERATURE": "2", "COMMUNIQUE_RETRY_SECONDS": "0"})
    assert result.returncode == 0, result.stderr
    assert "temperature" in result.stdout and "2.0" in result.stdout
