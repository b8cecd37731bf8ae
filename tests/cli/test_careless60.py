"""Careless input, round 60: ``-o FILE --force`` stopped short keeps the earlier file,
``-q`` silences warnings too, a Windows-1252 « ¤ » is no « € », careless ``.env`` files
(read as meant, a misspelt name said, no secret shown), and ``-j`` past any use offline."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fakeserver import FakeOpenAI, chat_auto, delay
from runner import run
from support import GOOD_DRAFT, corpus, env, ids_of
from test_careless58 import TEXT
from test_careless59 import _FULL_DISK

EARLIER = '{"document": {"id": "the-user-s-earlier-run"}}\n'

#: ``communique`` as a terminal's foreground job runs it: Ctrl-C raises KeyboardInterrupt. A command
#: started in the background by a shell without job control (``bash -c 'pytest … &'``, as a CI runner
#: may) ignores SIGINT, as POSIX asks, and so do its children: Python then installs no handler for it
#: (the signal was lost in two CI runs of this test, the run going on to its end).
_AT_A_TERMINAL = (
    "import signal, sys\n"
    "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
    "from communique.cli.run import main\n"
    "sys.argv[0] = 'communique'\n"
    "main()\n"
)


def test_a_forced_jsonl_run_stopped_by_ctrl_c_keeps_the_earlier_file_and_resumes(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    """Was: ``-f jsonl -o FILE --force`` emptied FILE at the start: Ctrl-C lost the earlier run."""
    ids = corpus(tmp_path / "briefs", 8)
    answered = itertools.count()
    # two replies come quickly, the third only after the interrupt is sent (the run cannot end first)
    fake_openai.responder = lambda request: delay(0.3 if next(answered) < 2 else 8, chat_auto(GOOD_DRAFT))
    out, partial = tmp_path / "out.jsonl", tmp_path / "out.jsonl.partial"
    out.write_text(EARLIER)
    command = ["summarise", str(tmp_path / "briefs"), "-o", str(out), "--force", "--no-cache", "-j", "1"]
    process = subprocess.Popen([sys.executable, "-c", _AT_A_TERMINAL, *command],
                               env={**os.environ, **env(fake_openai)}, stderr=subprocess.PIPE, text=True)  # fmt: skip
    deadline = time.monotonic() + 60
    while not (partial.exists() and partial.read_text().count("\n") >= 2) and time.monotonic() < deadline:
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130 and "Traceback" not in stderr, stderr
    assert out.read_text() == EARLIER  # the user's file, whole
    kept = ids_of(partial)
    assert 2 <= len(kept) < len(ids)
    fake_openai.reset()
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    again = run(*command, "--resume", env=env(fake_openai))
    assert again.returncode == 0, again.stderr
    assert len(fake_openai.chat_requests) == len(ids) - len(kept)  # the stopped run's records are kept
    assert ids_of(out) == ids and not partial.exists()


@pytest.mark.parametrize("option", ["-o", "--errors"])
def test_a_disk_full_in_a_forced_jsonl_run_keeps_the_earlier_file(tmp_path: Path, option: str) -> None:
    """Was: the earlier records (or failures) emptied at the start, then the disk full."""
    brief, empty = tmp_path / "brief.txt", tmp_path / "empty.txt"
    brief.write_text(TEXT)
    empty.write_text("")  # a failure, for --errors
    output = tmp_path / "out.jsonl"
    output.write_text(EARLIER)
    done = subprocess.run([sys.executable, "-c", _FULL_DISK, "summarise", str(brief), str(empty), "--backend",
                           "rules", option, str(output), "--force", "-q"], capture_output=True, text=True,
                          timeout=120, check=False)  # fmt: skip
    assert done.returncode == 3 and "Traceback" not in done.stderr, done.stderr
    assert (
        done.stderr.splitlines()[-1] == f"communique: error: cannot write {output}: No space left on device"
    )
    assert output.read_text() == EARLIER


def test_a_forced_run_replaces_the_file_whole_and_keeps_its_mode(tmp_path: Path) -> None:
    brief = tmp_path / "brief.txt"
    brief.write_text(TEXT)
    output = tmp_path / "out.jsonl"
    output.write_text(EARLIER)
    output.chmod(0o640)
    done = run("summarise", str(brief), "--backend", "rules", "-f", "jsonl", "-o", str(output), "--force")
    assert done.returncode == 0, done.stderr
    assert ids_of(output) == ["brief"] and output.stat().st_mode & 0o777 == 0o640
    assert sorted(path.name for path in tmp_path.iterdir()) == ["brief.txt", "out.jsonl"]


def test_a_stopped_run_s_records_are_never_dropped_without_force(tmp_path: Path) -> None:
    brief = tmp_path / "brief.txt"
    brief.write_text(TEXT)
    partial = tmp_path / "out.jsonl.partial"
    partial.write_text(EARLIER)
    done = run("summarise", str(brief), "--backend", "rules", "-o", str(tmp_path / "out.jsonl"))
    assert done.returncode == 3 and "use --resume to go on with it, or --force" in done.stderr
    assert partial.read_text() == EARLIER


def test_quiet_silences_the_warnings_that_are_not_errors(tmp_path: Path) -> None:
    """Was: ``-q`` silenced the notes, but not the files left out nor a ``.env`` line ignored."""
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    (briefs / "brief.txt").write_text(TEXT)
    assert (
        run(
            "summarise", str(briefs), "--backend", "rules", "-f", "md", "-o", str(briefs / "cards.md")
        ).returncode
        == 0
    )
    dotenv = tmp_path / "settings.env"
    dotenv.write_text("not a setting\nCOMMUNIQUE_TIMOUT=5\n")
    settings = {"COMMUNIQUE_ENV_FILE": str(dotenv)}
    loud = run("summarise", str(briefs), "--backend", "rules", "-o", os.devnull, env=settings)
    assert [line.split(":")[1] for line in loud.stderr.splitlines()] == [" warning"] * 3 + [
        " 1 done; wrote /dev/null"
    ]
    quiet = run("summarise", str(briefs), "--backend", "rules", "-o", os.devnull, "-q", env=settings)
    assert quiet.returncode == 0 and quiet.stderr == ""
    failing = run(
        "summarise", str(briefs), str(tmp_path / "gone.txt"), "--backend", "rules", "-q", env=settings
    )
    assert failing.returncode == 1 and failing.stderr.startswith("communique: failed: gone")  # errors stay


@pytest.mark.parametrize(
    ("text", "said", "read"),
    [
        ("¤ Coopération policière renforcée\n¤ Lutte contre le trafic\n", "Windows-1252", "¤ Coopération"),
        ("Le ministère a versé 12 M€ à l'opération Hélios.\n", "ISO-8859-15", "12 M€"),
        ("Le fonds de 3 000 € aide la sécurité.\n", "ISO-8859-15", "3 000 €"),
        ("€50 pour la sécurité.\n", "ISO-8859-15", "€50"),
    ],
    ids=["cp1252-bullet", "latin-9-millions", "latin-9-amount", "latin-9-before"],
)
def test_a_currency_sign_byte_is_a_euro_only_by_an_amount(
    tmp_path: Path, text: str, said: str, read: str
) -> None:
    """Was: any 0xA4 made a text ISO-8859-15, a Windows-1252 « ¤ » read « € »."""
    brief = tmp_path / "brief.txt"
    brief.write_bytes(text.encode("iso8859_15" if said == "ISO-8859-15" else "cp1252"))
    result = run("summarise", str(brief), "--backend", "rules", "--format", "text", "--lang", "fr")
    assert f"decoded as {said}" in result.stderr and read in result.stdout, result.stderr


def test_a_careless_dotenv_is_read_as_meant_and_shows_no_secret(tmp_path: Path) -> None:
    """A BOM, CRLF, ``export``, quotes, spaces around ``=``, a key twice (the last wins, as in
    a shell), a name not ours: each read as its writer meant."""
    dotenv = tmp_path / ".env"
    dotenv.write_bytes(
        b'\xef\xbb\xbfCOMMUNIQUE_MODEL = "gpt-4o-mini"\r\nexport OPENAI_API_KEY=sk-careless-0123456789\r\n'
        b"COMMUNIQUE_TIMEOUT=30\r\nCOMMUNIQUE_TIMEOUT = '45'\r\nOTHER_TOOL=1\r\n"
    )
    shown = run("config", env={"COMMUNIQUE_ENV_FILE": str(dotenv)})
    assert shown.returncode == 0 and shown.stderr == "", shown.stderr
    lines = {line.split()[0]: line.split()[1] for line in shown.stdout.splitlines() if line.strip()}
    assert (lines["model"], lines["timeout"], lines["api_key"]) == ("gpt-4o-mini", "45.0", "****6789")
    assert "careless" not in shown.stdout


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (
            "COMMUNIQUE_TIMOUT",
            "'COMMUNIQUE_TIMOUT' is no setting of communique (did you mean COMMUNIQUE_TIMEOUT?)",
        ),
        (
            "COMMUNIQUE_MODLE",
            "'COMMUNIQUE_MODLE' is no setting of communique (did you mean COMMUNIQUE_MODEL?)",
        ),
        ("COMMUNIQUE_WHATEVER", "'COMMUNIQUE_WHATEVER' is no setting of communique; ignored"),
    ],
)
def test_a_misspelt_name_in_a_dotenv_is_said_without_its_value(tmp_path: Path, name: str, said: str) -> None:
    """Was: ``COMMUNIQUE_TIMOUT=5`` passed over in silence, the run on the default timeout."""
    dotenv = tmp_path / ".env"
    dotenv.write_text(f"{name}=sk-secret-0123456789\n")
    shown = run("config", env={"COMMUNIQUE_ENV_FILE": str(dotenv)})
    assert shown.returncode == 0 and said in shown.stderr and "sk-secret" not in shown.stderr + shown.stdout


def test_concurrency_past_the_cores_offline_starts_no_more_processes_than_they_are(tmp_path: Path) -> None:
    """Was: ``-j 10000`` over a folder read offline forked ten thousand processes."""
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    for number in range(41):
        (briefs / f"brief-{number}.txt").write_text(TEXT + f"Référence {number}.\n")
    done = run("summarise", str(briefs), "--backend", "rules", "-j", "10000", "-o", os.devnull, timeout=300)
    assert done.returncode == 0 and "41 done" in done.stderr, done.stderr
