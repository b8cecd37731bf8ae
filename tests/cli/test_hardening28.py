"""Careless input and settings found from the outside (the twenty-eighth adversarial
reading), through the real command line. (docs/hardening.md lists them.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EXAMPLES
from runner import run

from communique.ingest import split_front_matter

BRIEF = EXAMPLES / "rabat-madrid-fr.txt"
KEY = "sk-test-0123456789abcdefSECRET"


def test_front_matter_of_a_file_with_lines_ended_by_cr_alone_is_read(tmp_path: Path) -> None:
    """Was: the front matter of a file saved with CR alone (an old Mac editor's) not
    read: its id, source and date lost, its lines read as the text's first, and the
    meeting dated the day of the dateline instead of « mardi »."""
    plain = json.loads(run("summarise", str(BRIEF)).stdout)
    for name, ending in (("cr.txt", b"\r"), ("crlf.txt", b"\r\n")):
        path = tmp_path / name
        path.write_bytes(BRIEF.read_bytes().replace(b"\n", ending))
        result = run("summarise", str(path))
        assert result.returncode == 0, result.stderr
        record = json.loads(result.stdout)
        assert record["document"] == plain["document"]
        assert record["meetings"] == plain["meetings"]
    assert split_front_matter("---\rid: x\r---\rtext\r") == ({"id": "x"}, "text")


@pytest.mark.parametrize(
    ("args", "environ"),
    [
        ((), {"COMMUNIQUE_MAX_TOKENS": KEY}),
        ((), {"COMMUNIQUE_TIMEOUT": KEY}),
        ((), {"COMMUNIQUE_MODE": KEY}),
        ((), {"COMMUNIQUE_BACKEND": KEY}),
        (("--mode", KEY), {}),
        (("--max-retries", KEY), {}),
    ],
    ids=["max tokens", "timeout", "mode", "backend", "--mode", "--max-retries"],
)
def test_the_key_pasted_where_another_setting_goes_is_masked_in_the_error(
    args: tuple[str, ...], environ: dict[str, str], tmp_path: Path
) -> None:
    """Was: `communique: error: COMMUNIQUE_MAX_TOKENS='sk-test-…SECRET' is not a valid
    max_tokens`, `mode 'sk-…' is not one of …`, `Invalid value for '--mode': 'sk-…'`:
    the key quoted whole (`config` masked it already)."""
    dotenv = tmp_path / ".env"
    dotenv.write_text(f"OPENAI_API_KEY={KEY}\n")
    result = run(
        "summarise", str(BRIEF), "--model", "m", "--base-url", "http://127.0.0.1:9/v1", *args,
        env={"COMMUNIQUE_ENV_FILE": str(dotenv), **environ},
    )  # fmt: skip
    assert result.returncode in (2, 4), result.stderr
    assert "****" in result.stderr and len(result.stderr.splitlines()) == 1
    for piece in (KEY, KEY[:8], KEY[-8:], KEY[5:13]):
        assert piece not in result.stderr + result.stdout


def test_a_base_url_s_credentials_pasted_elsewhere_are_masked_in_the_error() -> None:
    url = f"http://user:{KEY}@127.0.0.1:9/v1"
    result = run("summarise", str(BRIEF), "--model", "m", "--base-url", url, "--mode", KEY)
    assert result.returncode == 2 and KEY not in result.stderr and "****" in result.stderr


@pytest.mark.parametrize("name", ["mode", "backend", "summaries", "complete"])
def test_the_library_masks_the_key_pasted_as_a_setting_too(name: str) -> None:
    import communique

    with pytest.raises(communique.ConfigError) as raised:
        communique.configure({name: KEY, "api_key": KEY})
    assert KEY[:8] not in str(raised.value) and "****" in str(raised.value)


def test_an_escape_sequence_in_a_text_goes_whole_and_leaves_no_word_glued_to_a_name(tmp_path: Path) -> None:
    """Was: only its control characters removed at ingest, `[2J` left glued to the name
    after it (`[2JFernando Grande-Marlaska`), `]0;pwned` in the id."""
    brief = BRIEF.read_text(encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text(
        brief.replace("id: example-rabat-madrid", "id: example\x1b]0;pwned\x07-rabat").replace(
            "homologue espagnol, Fernando", "homologue espagnol, \x1b[2J\x1b[1;31mFernando"
        ),
        encoding="utf-8",
    )
    result = run("summarise", str(page), "-f", "text")
    assert result.returncode == 0, result.stderr
    assert "homologue espagnol, Fernando Grande-Marlaska" in result.stdout
    assert "[2J" not in result.stdout and "[1;31m" not in result.stdout
    record = json.loads(run("summarise", str(page)).stdout)
    assert record["document"]["id"] == "example-rabat"
    assert "Fernando Grande-Marlaska" in [p["name"] for p in record["meetings"][0]["participants"]]


def test_a_lang_of_a_thousand_characters_is_quoted_short() -> None:
    """Was: the whole value quoted, a line of a thousand characters."""
    result = run("summarise", str(BRIEF), "--lang", "x" * 1000)
    assert result.returncode == 3
    assert "is not an ISO 639-1 code" in result.stderr and len(result.stderr) < 200


def test_a_short_key_of_a_local_server_garbles_no_message() -> None:
    """A local server takes any key ('e', 'x'): masking it in every message would mask
    every such letter (`communique: ****rror: nothing list****ns …`)."""
    result = run("summarise", "/nonexistent/file.txt", env={"OPENAI_API_KEY": "e"})
    assert result.stderr.strip() == "communique: error: /nonexistent/file.txt: no such file"
