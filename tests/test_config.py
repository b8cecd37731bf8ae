"""Configuration: precedence, parsing, and .env.example listing every variable."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT

from communique.api import configure
from communique.config import SPECS, resolve
from communique.errors import ConfigError


def test_env_example_lists_every_variable() -> None:
    listed = set(re.findall(r"^#?\s*(COMMUNIQUE_[A-Z_]+)=", (ROOT / ".env.example").read_text(), re.M))
    expected = {spec.env[0] for spec in SPECS.values()} | {"COMMUNIQUE_ENV_FILE", "COMMUNIQUE_PROMPTS_DIR"}
    assert listed == expected


def test_precedence_flag_then_environment_then_dotenv_then_default(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("COMMUNIQUE_MODEL=dotenv-model\nCOMMUNIQUE_MAX_RETRIES=5\nCOMMUNIQUE_TIMEOUT=7\n")
    environ = {"COMMUNIQUE_MODEL": "env-model", "OPENAI_BASE_URL": "http://localhost:11434/v1"}
    settings = resolve({"max_retries": 1}, environ=environ, env_file=env_file)
    assert (settings.model, settings.origins["model"]) == ("env-model", "env COMMUNIQUE_MODEL")
    assert (settings.max_retries, settings.origins["max_retries"]) == (1, "flag")
    assert (settings.timeout, settings.origins["timeout"]) == (7.0, ".env COMMUNIQUE_TIMEOUT")
    assert (
        settings.base_url == "http://localhost:11434/v1"
        and settings.origins["base_url"] == "env OPENAI_BASE_URL"
    )
    assert settings.origins["temperature"] == "default" and settings.resolved_backend == "openai"
    assert settings.endpoint_host == "localhost:11434"


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"COMMUNIQUE_BACKEND": "magic"}, "backend"),
        ({"COMMUNIQUE_MODE": "yaml"}, "mode"),
        ({"COMMUNIQUE_CACHE": "perhaps"}, "COMMUNIQUE_CACHE"),
        ({"COMMUNIQUE_BASE_URL": "ftp://x"}, "http"),
        ({"COMMUNIQUE_BACKEND": "openai"}, "needs a model"),
        ({"COMMUNIQUE_MAX_TOKENS": "0"}, "positive"),
    ],
)
def test_bad_values_are_config_errors(environ: dict[str, str], message: str, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=message):
        configure(environ=environ, env_file=tmp_path / "none")


def test_no_model_means_the_offline_backend(tmp_path: Path) -> None:
    assert resolve(environ={"OPENAI_API_KEY": "sk-x"}, env_file=tmp_path / "none").resolved_backend == "rules"
