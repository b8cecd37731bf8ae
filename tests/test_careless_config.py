"""Careless configuration and folders: a base URL the HTTP client cannot use, a ``.env``
that is not text, settings past any sensible bound, a cache folder that is one of the
user's own. Each is one line and exit 4 before any work (was: ``internal error``, a
run that never ended, or the user's files deleted); none quotes a credential."""

from __future__ import annotations

from pathlib import Path

import pytest
from runner import run

from communique.cache import ReplyCache
from communique.config import public_url, resolve, url_secrets
from communique.errors import ConfigError

KEY = "sk-careless-0123456789abcdef"


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("http://127.0.0.1:99999/v1", "is not a valid URL (Port out of range 0-65535)"),
        ("http://127.0.0.1:abc/v1", "is not a valid URL (Port could not be cast to integer value as 'abc')"),
        ("http://[::1/v1", "is not a valid URL (Invalid IPv6 URL)"),
        ("http:///v1", "names no host"),
        ("https://?key=1", "names no host"),
        ("http://llm .example/v1", "holds spaces or control characters"),
        ("http://llm.example/v1\n", "holds spaces or control characters"),
        ("http://llm.example/\x1b[31mv1", "holds spaces or control characters"),
        ("localhost:8080", "is not an http(s) URL"),
        ("file:///etc/passwd", "is not an http(s) URL"),
    ],
)
def test_a_base_url_that_cannot_be_used_is_a_config_error(tmp_path: Path, url: str, said: str) -> None:
    """Was: ``internal error: ValueError: Port out of range``, ``InvalidURL``, or a minute of
    retries to "unknown" for a URL with no host."""
    with pytest.raises(ConfigError) as caught:
        resolve({"model": "m", "base_url": url}, environ={}, env_file=tmp_path / "none")
    assert str(caught.value).endswith(said), caught.value


def test_a_bad_base_url_is_one_line_on_the_command_line() -> None:
    result = run("summarise", "-", "-m", "m", "--base-url", f"http://user:{KEY}@host:70000/v1", stdin="x")
    assert (result.returncode, result.stdout) == (4, "")
    assert result.stderr == (
        "communique: error: base_url 'http://****@host:70000/v1' is not a valid URL (Port out of range 0-65535)\n"
    )


@pytest.mark.parametrize(
    ("url", "shown", "secrets"),
    [
        ("http://h/v1", "http://h/v1", []),
        (f"https://user:{KEY}@h/v1", "https://****@h/v1", [KEY]),
        (f"https://{KEY}@h/v1", "https://****@h/v1", [KEY]),
        ("https://admin:pw@h/v1", "https://****@h/v1", ["pw"]),
        (f"https://h/v1?api-version=2024-06-01&api-key={KEY}#top", "https://h/v1?api-version=****&api-key=****#top",
         ["2024-06-01", KEY]),
        ("https://h/v1?flag", "https://h/v1?flag", []),
        # a key in the path, as some gateways take one: a segment, or a segment's parameter
        (f"https://h/{KEY}/v1", "https://h/****/v1", [KEY]),
        (f"https://h/v1;token={KEY}", "https://h/v1;token=****", [KEY]),
        ("https://h/v1/0123456789abcdef0123456789abcdef/openai", "https://h/v1/****/openai",
         ["0123456789abcdef0123456789abcdef"]),
        # (a deployment's or a model's name is no key)
        ("https://h.example/openai/deployments/gpt-4o-mini-2024-07-18", "https://h.example/openai/deployments/gpt-4o-mini-2024-07-18", []),
        ("http://127.0.0.1:8080/v1", "http://127.0.0.1:8080/v1", []),
    ],
)  # fmt: skip
def test_the_credentials_of_a_base_url_are_secrets(url: str, shown: str, secrets: list[str]) -> None:
    assert public_url(url) == shown
    assert url_secrets(url) == secrets
    settings = resolve({"model": "m", "base_url": url, "api_key": "sk-other-key-000"}, environ={})
    assert settings.secrets == ("sk-other-key-000", *secrets)
    assert settings.public()["base_url"] == shown


@pytest.mark.parametrize(
    "content",
    [b"COMMUNIQUE_MODEL=\xff\xfe\n", b"\x00\xff garbage\nCOMMUNIQUE_API_KEY=" + KEY.encode() + b"\n",
     "COMMUNIQUE_MODEL=m\n".encode("utf-16")],
    ids=["Latin-1 bytes", "binary with a key", "UTF-16"],
)  # fmt: skip
def test_a_dotenv_that_is_not_text_is_a_config_error_that_quotes_none_of_it(
    tmp_path: Path, content: bytes
) -> None:
    """Was: ``internal error: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff…``."""
    env_file = tmp_path / ".env"
    env_file.write_bytes(content)
    result = run("config", env={"COMMUNIQUE_ENV_FILE": str(env_file)})
    assert (result.returncode, result.stdout) == (4, "")
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"communique: error: the .env file {env_file} is not UTF-8 text (byte ")
    assert KEY[3:12] not in line


@pytest.mark.parametrize(
    ("name", "value", "said"),
    [
        ("COMMUNIQUE_MAX_RETRIES", "100000", "max_retries must be at most 10"),
        ("COMMUNIQUE_MAX_BYTES", "9" * 400, "max_bytes must be at most 1,000,000,000"),
    ],
)
def test_settings_past_any_sensible_bound_are_config_errors(name: str, value: str, said: str) -> None:
    """Was: a run that re-asked a model a hundred thousand times, and ``internal error:
    OverflowError`` for an input limit no file could reach."""
    result = run("summarise", "-", "--backend", "rules", env={name: value}, stdin="x")
    assert result.returncode == 4 and result.stderr.startswith(f"communique: error: {said}"), result.stderr


def test_clearing_a_corrupt_cache_removes_its_own_files_only(tmp_path: Path) -> None:
    """A cache folder set to a folder of the user's (``COMMUNIQUE_CACHE_DIR=~/work``) that
    holds an unreadable ``cache.db``: clearing it removes the database and the cache's
    value folders, never the user's files (was: the whole folder deleted)."""
    folder = tmp_path / "work"
    (folder / "notes").mkdir(parents=True)
    (folder / "thesis.tex").write_text("precious")
    (folder / "notes" / "a.txt").write_text("precious")
    (folder / "ab").mkdir()
    (folder / "ab" / "plan.md").write_text("precious: a folder named like the cache's, not the cache's")
    (folder / "cd" / "ef").mkdir(parents=True)
    (folder / "cd" / "ef" / "0123.val").write_bytes(b"a value")
    (folder / "cache.db").write_bytes(b"not a database" * 100)
    assert ReplyCache(folder).clear() == 0
    left = sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))
    assert left == ["ab", "ab/plan.md", "notes", "notes/a.txt", "thesis.tex"]
    only_the_cache = tmp_path / "cache"
    only_the_cache.mkdir()
    (only_the_cache / "cache.db").write_bytes(b"not a database")
    ReplyCache(only_the_cache).clear()
    assert not only_the_cache.exists()
