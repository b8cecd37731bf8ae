"""Careless input and settings found from the outside (the forty-seventh adversarial
reading), through the real command line: one run a behaviour. (docs/hardening.md lists them.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES
from runner import run

from communique.errors import ConfigError

BRIEF = EXAMPLES / "rabat-madrid-fr.txt"
TEXT = BRIEF.read_text(encoding="utf-8")


def _with_front_matter(folder: Path, **fields: str) -> Path:
    """The example brief with ``fields`` added to its front matter."""
    head = "".join(f"{name}: {value}\n" for name, value in fields.items())
    path = folder / "brief.txt"
    text = TEXT.replace("source: MAP\n", "") if "source" in fields else TEXT
    path.write_text(text.replace("---\n", "---\n" + head, 1), encoding="utf-8")
    return path


def test_a_title_of_900_kb_is_cut_with_a_warning(tmp_path: Path) -> None:
    """Was: kept whole in the record (a line of 900 KB), every output and the cache."""
    path = _with_front_matter(tmp_path, title="Réunion de travail " * 45_000, source="Agence " * 10_000)
    result = run("summarise", str(path), "--backend", "rules")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout) < 20_000
    document = json.loads(result.stdout)["document"]
    assert document["title"].startswith("Réunion de travail Réunion") and document["title"].endswith("…")
    assert len(document["title"]) <= 501 and len(document["source"]) <= 201
    assert "the title is 854,999 characters: cut to 500" in result.stderr
    assert "the source is 69,999 characters: cut to 200" in result.stderr


def test_a_title_of_a_headline_s_length_is_kept_whole(tmp_path: Path) -> None:
    title = "Le ministre de l'Intérieur reçoit son homologue espagnol pour une séance de travail à Rabat"
    result = run("summarise", str(_with_front_matter(tmp_path, title=title)), "--backend", "rules")
    assert result.returncode == 0 and json.loads(result.stdout)["document"]["title"] == title
    assert "warning" not in result.stderr


@pytest.mark.parametrize("kind", ["a folder", "a FIFO", "a loop of links"])
def test_an_env_file_that_is_no_file_is_a_configuration_error(tmp_path: Path, kind: str) -> None:
    """Was: passed over in silence, the settings it was meant to hold (the model, the key)
    missing from the run without a word."""
    named = tmp_path / "settings.env"
    if kind == "a folder":
        named.mkdir()
    elif kind == "a FIFO":
        os.mkfifo(named)
    else:
        named.symlink_to(tmp_path / "other.env")
        (tmp_path / "other.env").symlink_to(named)
    for args in (("config",), ("summarise", str(BRIEF))):
        result = run(*args, env={"COMMUNIQUE_ENV_FILE": str(named)}, timeout=30)
        assert result.returncode == 4 and result.stdout == "", result.stderr
        (line,) = result.stderr.strip().splitlines()
        assert line.startswith(f"communique: error: the .env file {named} is ") and "KEY=value" in line, line


def test_an_env_file_not_named_or_not_there_is_no_error(tmp_path: Path) -> None:
    """./.env is often a virtual environment's folder; a file named that does not exist gives
    no settings; the variable set empty is unset."""
    (tmp_path / ".env").mkdir()
    for env in ({"COMMUNIQUE_ENV_FILE": ""}, {"COMMUNIQUE_ENV_FILE": str(tmp_path / "absent.env")}):
        result = run("summarise", str(BRIEF), env=env, cwd=tmp_path)
        assert result.returncode == 0 and "error" not in result.stderr, result.stderr


def test_an_env_file_that_cannot_be_read_is_a_configuration_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(A test run as root reads a file of mode 000: the refusal is the system's.)"""
    from communique.config import resolve

    named = tmp_path / "settings.env"
    named.write_text("COMMUNIQUE_MODEL=m\n")
    read = Path.read_text

    def refused(path: Path, *args: object, **kwargs: object) -> str:
        if path == named:
            raise PermissionError(13, "Permission denied")
        return read(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", refused)
    with pytest.raises(
        ConfigError, match=r"the \.env file .*settings\.env cannot be read \(Permission denied\)"
    ):
        resolve(environ={"COMMUNIQUE_ENV_FILE": str(named)})


def test_clearing_or_looking_at_a_cache_that_is_not_there_makes_none(tmp_path: Path) -> None:
    """Was: `cache clear` made an empty cache.db (and its folder) to clear it, then said
    `removed 0 cached replies`; `cache info` made one too."""
    folder = tmp_path / "no-cache-yet"
    env = {"COMMUNIQUE_CACHE_DIR": str(folder)}
    info = run("cache", "info", env=env)
    assert info.returncode == 0 and "entries    0" in info.stdout
    cleared = run("cache", "clear", env=env)
    assert cleared.returncode == 0, cleared.stderr
    assert cleared.stderr.strip() == f"communique: nothing to clear: there is no reply cache in {folder}"
    assert not folder.exists()


def test_nul_bytes_after_the_text_are_left_out_with_a_note(tmp_path: Path) -> None:
    """A file written in blocks and cut short, a C string's end. Was: `looks like a binary
    file, not text`, the whole communiqué refused."""
    path = tmp_path / "padded.txt"
    path.write_bytes(TEXT.encode() + b"\x00" * 4096)
    result = run("summarise", str(path))
    assert result.returncode == 0, result.stderr
    assert f"communique: note: {path} ends with 4,096 NUL bytes after its text; left out" in result.stderr
    assert json.loads(result.stdout)["meetings"]


@pytest.mark.parametrize(
    "data", [TEXT.replace("mardi", "mar\x00di").encode(), b"\x00" * 200], ids=["inside", "alone"]
)
def test_nul_bytes_inside_the_text_or_alone_are_still_binary(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    result = run("summarise", str(path))
    assert result.returncode == 3 and result.stderr.strip().endswith(
        "x.txt looks like a binary file, not text"
    )


def test_a_cache_folder_that_is_a_file_is_said_so(tmp_path: Path) -> None:
    """Was: `cannot be read ([Errno 17] File exists: …); 'communique cache clear' resets it`,
    which it could not; the file is left as it was."""
    path = tmp_path / "cache"
    path.write_text("mine\n")
    for command in ("info", "clear"):
        result = run("cache", command, env={"COMMUNIQUE_CACHE_DIR": str(path)})
        assert result.returncode == 4, result.stderr
        assert result.stderr.strip() == (
            f"communique: error: the reply cache {path} is a file, not a folder: set COMMUNIQUE_CACHE_DIR to a folder"
        )
    assert path.read_text() == "mine\n"


@pytest.mark.parametrize(
    ("front", "document"),
    [
        ("title: &visit Visite de travail\nsource: *visit", {"title": "Visite de travail", "source": "Visite de travail"}),
        ("title: !!str Visite\nlang: !!str fr", {"title": "Visite", "language": "fr"}),
        ('title: !!python/object/apply:os.system ["echo"]', {"title": '["echo"]'}),
        ("title: |\n  Visite de travail\n  # à Rabat\nsource: MAP", {"title": "Visite de travail # à Rabat", "source": "MAP"}),
        ("title: >-\n  Visite\n\n  de travail", {"title": "Visite de travail"}),
        ("title: !Alerte", {"title": "!Alerte"}),
    ],
    ids=["an anchor and its alias", "tags", "a tag of Python", "a literal block", "a folded block", "a title opening on !"],
)  # fmt: skip
def test_front_matter_written_as_yaml_writes_it_is_read_as_yaml_reads_it(
    tmp_path: Path, front: str, document: dict[str, str]
) -> None:
    """Was: the anchor kept in the title (« &visit Visite de travail »), the alias as the source
    (« *visit »), `lang: !!str fr` no language (exit 3), a block `malformed front matter`."""
    path = tmp_path / "brief.txt"
    path.write_text(
        TEXT.replace("source: MAP\n", "").replace("lang: fr\n", "").replace("---\n", f"---\n{front}\n", 1)
    )
    result = run("summarise", str(path), "--backend", "rules")
    assert result.returncode == 0, result.stderr
    got = json.loads(result.stdout)["document"]
    assert {key: got[key] for key in document} == document


def test_an_alias_without_its_anchor_is_malformed_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(TEXT.replace("source: MAP\n", "source: *agency\n"))
    result = run("summarise", str(path))
    assert result.returncode == 3
    assert result.stderr.strip().endswith(
        "malformed front matter: line 4: the alias '*agency' names no anchor before it"
    ), result.stderr


def test_controls_of_direction_and_zero_width_characters_inside_names_are_not_in_the_record(
    tmp_path: Path,
) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(
        TEXT.replace("Abdelouafi Laftit", "Abdel\u200bouafi La\u202eftit\u202c").replace(
            "Fernando", "Fer\u2066nando"
        )
    )
    result = run("summarise", str(path))
    assert result.returncode == 0, result.stderr
    names = [p["name"] for m in json.loads(result.stdout)["meetings"] for p in m["participants"]]
    assert names == ["Abdelouafi Laftit", "Fernando Grande-Marlaska"]
    assert not any(ch in result.stdout for ch in "\u200b\u202e\u202c\u2066")


def test_an_output_that_is_a_link_to_the_input_is_never_written_even_forced(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(TEXT)
    (tmp_path / "out.json").symlink_to(path)
    result = run("summarise", str(path), "-o", str(tmp_path / "out.json"), "--force")
    assert result.returncode == 2 and "is also an input" in result.stderr
    assert path.read_text() == TEXT


def test_the_errors_file_and_the_output_the_same_file_is_a_usage_error(tmp_path: Path) -> None:
    out = tmp_path / "same.jsonl"
    result = run("summarise", str(BRIEF), "-o", str(out), "--errors", str(out))
    assert result.returncode == 2 and "are the same file" in result.stderr and not out.exists()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_an_output_on_a_full_disk_is_one_line() -> None:
    for result in (run("summarise", str(BRIEF), "-o", "/dev/full"), _to_full_stdout()):
        assert result.returncode == 3 and "Traceback" not in result.stderr
        assert result.stderr.strip().splitlines()[-1].endswith("No space left on device"), result.stderr


def _to_full_stdout() -> subprocess.CompletedProcess[str]:
    """``communique summarise BRIEF > /dev/full``."""
    with open("/dev/full", "wb") as full:
        done = subprocess.run([sys.executable, "-m", "communique", "summarise", str(BRIEF)], stdout=full,
                              stderr=subprocess.PIPE, env=os.environ, timeout=120, check=False)  # fmt: skip
    return subprocess.CompletedProcess(done.args, done.returncode, "", done.stderr.decode())


def test_an_output_through_a_link_into_a_missing_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out.json").symlink_to(tmp_path / "nowhere" / "out.json")
    result = run("summarise", str(BRIEF), "-o", str(tmp_path / "out.json"))
    assert (
        result.returncode == 3 and "does not exist" in result.stderr and not (tmp_path / "nowhere").exists()
    )


def test_json_lines_with_a_byte_order_mark_crlf_and_an_id_that_is_a_number_are_read(tmp_path: Path) -> None:
    body = TEXT.split("---\n", 2)[2]
    lines = [json.dumps({"id": 17, "text": body}), json.dumps({"id": "b", "text": body + " Fin."})]
    path = tmp_path / "briefs.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode() + b"\r\n")
    result = run("summarise", "--jsonl", str(path))
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["document"]["id"] for line in result.stdout.splitlines()] == ["17", "b"]


@pytest.mark.parametrize("kept", ['{"document": 5}\n[1, 2]\n', '{"document": {"id": "a"\n\x00\xff\n'])
def test_resuming_from_an_output_that_holds_no_records_leaves_it_as_it_is(tmp_path: Path, kept: str) -> None:
    out = tmp_path / "records.jsonl"
    out.write_text(kept, encoding="utf-8", errors="surrogateescape")
    before = out.read_bytes()
    result = run("summarise", str(BRIEF), "-o", str(out), "--resume")
    assert (
        result.returncode == 3 and "is not a record communique wrote; not resuming from it" in result.stderr
    )
    assert out.read_bytes() == before


def test_a_dotenv_of_export_lines_is_read(tmp_path: Path) -> None:
    named = tmp_path / "settings.env"
    named.write_text("export COMMUNIQUE_MODEL=llama3.1\n")
    result = run("config", env={"COMMUNIQUE_ENV_FILE": str(named)})
    assert result.returncode == 0 and "llama3.1" in result.stdout, result.stderr
