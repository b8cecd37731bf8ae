"""Replies of a hostile or sloppy model found from the outside (the twenty-fifth
adversarial reading), against the loopback fake: a summary that names a stranger by an
office and a surname, or after an honorific in lower case, is dropped; a stream that
falls silent once its reply is written is left after a few seconds, not at the idle
timeout."""

from __future__ import annotations

import copy
import time
from typing import Any

import pytest
from fakeserver import FakeOpenAI, chat_json, refusal
from runner import run
from support import BRIEF, GOOD_DRAFT, SECRET, model_env
from test_faults22 import BRIEF_PATH, record_of, silent_after, sse

from communique.backends.openai import transport
from communique.draft import DraftSummary
from communique.ground import summary_problems
from communique.schema import Analysis

PEOPLE = ["Abdelouafi Laftit", "Fernando Grande-Marlaska"]
FRENCH = "Mardi à Rabat, Abdelouafi Laftit a reçu Fernando Grande-Marlaska pour parler de migration."


def english(who: str) -> DraftSummary:
    return DraftSummary(
        fr=FRENCH,
        en=f"On Tuesday in Rabat, Abdelouafi Laftit met Fernando Grande-Marlaska and {who} on migration.",
    )


@pytest.mark.parametrize(
    "stranger",
    ["Prime Minister Sánchez", "Interior Minister Sánchez", "President Macron", "Mr. sánchez", "Mme dupont"],
)
def test_a_summary_naming_a_stranger_by_office_and_surname_or_in_lower_case_is_dropped(
    fake_openai: FakeOpenAI, stranger: str
) -> None:
    """The check of a summary's names read a lone surname as a name only after an office
    before its capitalised run ("M. Sánchez"), not one inside it ("Prime Minister
    Sánchez"), and no word in lower case at all. Was: kept, a person the record lacks."""
    draft = copy.deepcopy(GOOD_DRAFT)
    draft["summary"]["en"] = english(stranger).en
    record = record_of(fake_openai, draft)
    assert record.provenance is not None and record.provenance.summaries == "code"
    assert record.summary is not None
    assert "ánchez" not in record.summary.en and "Macron" not in record.summary.en
    assert "dupont" not in record.summary.en
    assert any("summaries were dropped" in line for line in record.provenance.repairs)


@pytest.mark.parametrize(
    "who", ["Minister Laftit", "Mr. laftit", "M. le ministre", "Mr. Grande-Marlaska", "his counterpart"]
)
def test_a_participant_by_office_and_surname_or_a_lower_case_word_of_the_text_passes(who: str) -> None:
    """Participants named by their surname after an office, in any case, and words of the
    text after an honorific are no strangers."""
    text = BRIEF + " le ministre"
    assert summary_problems(english(who), PEOPLE, text) == []


def test_a_stream_that_falls_silent_after_its_reply_is_left_within_seconds() -> None:
    """A server that streams the reply and its finish, then holds the connection open
    sending nothing. Was: the reply kept only at the idle timeout (here 60 s; 120 s
    remote, 600 s on loopback by default), for every document of a batch."""
    with silent_after(sse(GOOD_DRAFT)) as base_url:
        settings = {"COMMUNIQUE_MODEL": "fake-model", "COMMUNIQUE_BASE_URL": base_url, "OPENAI_API_KEY": SECRET,
                    "COMMUNIQUE_RETRY_SECONDS": "3", "COMMUNIQUE_TIMEOUT": "60", "COMMUNIQUE_SUMMARIES": "model",
                    "COMMUNIQUE_MODE": "tools"}  # fmt: skip
        started = time.monotonic()
        result = run("summarise", BRIEF_PATH, env=settings)
        took = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    assert took < 40, took  # AFTER_FINISH (5 s) and the start, far below the 60 s idle timeout
    record = Analysis.model_validate_json(result.stdout)
    assert record.meetings and record.summary is not None
    assert SECRET not in result.stdout + result.stderr


class _Network:
    """A stand-in for the HTTP library's stream of a response: records the timeout of each read."""

    def __init__(self, pieces: list[bytes]) -> None:
        self.pieces, self.timeouts = pieces, []  # type: tuple[list[bytes], list[Any]]

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.timeouts.append(timeout)
        return self.pieces.pop(0) if self.pieces else b""


def test_the_reads_after_the_finish_are_hastened_then_given_back() -> None:
    """After the finish each read waits at most what is left of the grace; once the
    stream is done the connection's own reads are back (a connection reused by the next
    request of a batch is not left with a five-second timeout)."""
    network = _Network([])
    now = [100.0]
    finish = b'data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\n'

    def stream() -> Any:
        yield b'data: {"choices":[{"index":0,"delta":{"content":"x"}}]}\n\n'
        yield finish
        network.read(10, 120.0)  # what the HTTP library does to get the next piece
        now[0] += 3
        network.read(10, 120.0)
        yield b"data: [DONE]\n\n"

    with transport._Ending(stream(), lambda: now[0], network) as ending:
        assert b"".join(ending).endswith(b"[DONE]\n\n")
    assert network.timeouts[0] == pytest.approx(transport.AFTER_FINISH)
    assert network.timeouts[1] == pytest.approx(transport.AFTER_FINISH - 3)
    assert "read" not in vars(network)  # given back
    network.read(10, 120.0)
    assert network.timeouts[-1] == 120.0


@pytest.mark.parametrize("mode", ["tools", "json"])
def test_a_refusal_is_said_without_its_escape_sequences_on_one_short_line(
    fake_openai: FakeOpenAI, mode: str
) -> None:
    """A refusal holding an OSC 8 hyperlink, a screen clear and a window's title. Was:
    `the model refused: I cannot ]8;;http://evil.example/click]8;; [2J…`: only the control
    characters removed, the address and the rest of each sequence left as words; a
    refusal of any length said whole."""
    words = (
        "I cannot \x1b]8;;http://evil.example/\x07click\x1b]8;;\x07 help\x1b[2J\x1b]0;owned\x07 "
        + "sorry " * 2000
    )
    reply = refusal(words) if mode == "tools" else chat_json({"x": 1})
    if mode == "json":  # a refusal written as the reply's text
        reply = chat_json(
            "I'm sorry, but I can't \x1b]8;;http://evil.example/\x07do that\x1b]8;;\x07. " + "no " * 3000
        )
    fake_openai.responder = lambda request: reply
    # strict, to see the error: by default the record is the offline reading (test_faults53)
    env = model_env(fake_openai, COMMUNIQUE_MODE=mode, COMMUNIQUE_STRICT="1")
    result = run("summarise", BRIEF_PATH, "--no-cache", env=env)
    assert result.returncode == 1, result.stderr
    line = result.stderr.splitlines()[-1]
    assert line.startswith("communique: error: the model refused: I")
    assert "evil.example" not in line and "]8;;" not in line and "[2J" not in line and "owned" not in line
    assert "\x1b" not in result.stderr and len(line) < 400
