"""Replies of a hostile or sloppy model, and texts of a careless user, found from the
outside (the twenty-sixth adversarial reading). (docs/hardening.md lists them.)"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
from fakeserver import FakeOpenAI, chat_auto, raw, raw_server
from runner import run
from support import BRIEF, GOOD_DRAFT, SECRET, brief_record, env
from test_faults22 import BRIEF_PATH, record_of, sse

from communique import ground
from communique.backends.openai import transport
from communique.draft import DraftSummary, ModelDraft
from communique.ingest import parse
from communique.schema import Analysis


class _Counted:
    """A compiled pattern whose ``sub`` calls are counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.subs = pattern, 0

    def sub(self, *args: Any) -> str:
        self.subs += 1
        return self.pattern.sub(*args)

    def __getattr__(
        self, name: str
    ) -> Any:  # finditer and the rest: as the pattern's (a summary's addresses)
        return getattr(self.pattern, name)


def test_grounding_blanks_a_texts_addresses_once_however_many_phrases_it_checks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every name, title and phrase of every encounter of a reply is looked for in the
    same text; its web and e-mail addresses were blanked again at each look, over the
    whole text. Was: grounding growing with the square of the text, 10 s of the 25 a
    megabyte of communiqués put end to end took offline."""
    counted = _Counted(ground._ADDRESS)
    monkeypatch.setattr(ground, "_ADDRESS", counted)
    getattr(ground._without_addresses, "cache_clear", lambda: None)()
    text = "\n\n".join([BRIEF + "\nLire la suite : https://www.map.ma/fr/actualites/rencontre"] * 40)
    source = parse(text)
    reply = copy.deepcopy(GOOD_DRAFT)
    reply["meetings"] = reply["meetings"] * 30
    draft = ModelDraft.model_validate(reply)
    assert not ground.problems(draft, source)
    assert counted.subs <= 2  # the text, and the text without instructions to the reader


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        (
            b"HTTP/1.1 200 OK\r\nX-Big: " + b"v" * 2_000_000 + b"\r\nContent-Length: 2\r\n\r\n{}",
            "its headers are too large to read (over 100 KB)",
        ),
        (
            b"HTTP/1.1 200 OK\r\n"
            + b"".join(b"X-H%d: %s\r\n" % (n, b"v" * 100) for n in range(3000))
            + b"\r\n",
            "its headers are too large to read (over 100 KB)",
        ),
        (b"HELLO WORLD\r\n\r\n", "illegal status line: 'HELLO WORLD'"),
        (
            b"HTTP/1.1 200 OK\r\nnot a header\r\nContent-Length: 2\r\n\r\n{}",
            "illegal header line: 'not a header'",
        ),
    ],
    ids=["one header of 2 MB", "3,000 headers", "no status line", "a header that is none"],
)
def test_a_server_that_answers_with_what_is_not_http_is_said_so_at_once(answer: bytes, said: str) -> None:
    """Was: the same request sent again for the whole retry budget (each one the server
    may have read and billed), then `cannot reach HOST after retries: Receive buffer too
    long`: the server had answered."""
    with raw_server(answer) as (base_url, count):
        settings = {"COMMUNIQUE_MODEL": "fake-model", "COMMUNIQUE_BASE_URL": base_url, "OPENAI_API_KEY": SECRET,
                    "COMMUNIQUE_RETRY_SECONDS": "10", "COMMUNIQUE_TIMEOUT": "5", "COMMUNIQUE_MODE": "tools",
                    "COMMUNIQUE_STRICT": "1"}  # fmt: skip
        result = run(
            "summarise", BRIEF_PATH, env=settings
        )  # strict: said as the error (else: the offline reading)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("communique: error:")]
    assert f"answered with what is not an HTTP reply: {said}; not retried" in line, line
    assert "cannot reach" not in line and count == [1]


PEOPLE = ["Abdelouafi Laftit", "Fernando Grande-Marlaska"]
FRENCH = "Mardi à Rabat, Abdelouafi Laftit a reçu Fernando Grande-Marlaska pour parler de migration."


def english(who: str) -> str:
    return f"On Tuesday in Rabat, Abdelouafi Laftit met Fernando Grande-Marlaska and {who} on migration."


@pytest.mark.parametrize("stranger", ["Sánchez", "Macron", "with Dupont present"])
def test_a_summary_naming_a_stranger_by_a_lone_surname_is_dropped(
    fake_openai: FakeOpenAI, stranger: str
) -> None:
    """A capitalised word alone in a sentence that the text does not hold and that names
    no one of the record is a stranger by his surname. Was: kept (only a run of two
    words, or a surname after an office or an honorific, was read as a name)."""
    draft = copy.deepcopy(GOOD_DRAFT)
    draft["summary"]["en"] = english(stranger)
    record = record_of(fake_openai, draft)
    assert record.provenance is not None and record.provenance.summaries == "code"
    assert record.summary is not None
    assert not any(name in record.summary.en for name in ("ánchez", "Macron", "Dupont"))
    assert any("summaries were dropped" in line for line in record.provenance.repairs)


@pytest.mark.parametrize(
    "who",
    [
        "Laftit",  # a participant's surname
        "Marlaska",
        "the Kingdom",  # words of geography, a faith or a feast, a language: no one
        "the Strait",
        "before Christmas",
        "in Arabic",
        "Madrid",  # a place the gazetteer knows, said in English
        "Grenade",  # a country in French
        "Europol",  # an organisation
        "Spaniards",  # a people
        "the Spanish Guardia Civil",  # a run of capitalised words: read as a run
    ],
)
def test_a_lone_capitalised_word_that_names_no_stranger_passes(who: str) -> None:
    text = BRIEF.split("---\n", 2)[2]
    summary = DraftSummary(fr=FRENCH, en=english(who))
    assert not ground.summary_problems(summary, PEOPLE, text)


def test_a_sentence_may_open_with_any_capitalised_word() -> None:
    summary = DraftSummary(fr=FRENCH, en="Migration was discussed. " + english("Laftit"))
    assert not ground.summary_problems(summary, PEOPLE, BRIEF)


@pytest.mark.parametrize("complete", ["gaps", "auto"])
def test_an_outcome_cut_out_of_a_negation_is_dropped(
    fake_openai: FakeOpenAI, tmp_path: Path, complete: str
) -> None:
    """« ont convenu de ne pas créer un groupe de travail conjoint », and a reply whose
    outcome is « créer un groupe de travail conjoint »: a phrase of the text, and the
    opposite of what it says. Was: kept as an outcome of the meeting, and said in the
    summaries code writes (« un mécanisme commun a été créé »)."""
    path = tmp_path / "denied.txt"
    path.write_text(BRIEF.replace("ont convenu de créer un groupe", "ont convenu de ne pas créer un groupe"))
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    result = run("summarise", str(path), "--no-cache", env=env(fake_openai, COMMUNIQUE_COMPLETE=complete))
    assert result.returncode in (0, 5) and "Traceback" not in result.stderr, result.stderr
    record = Analysis.model_validate_json(result.stdout)
    assert record.provenance is not None
    # (the offline reading, which completes it, keeps its own « ne pas créer … »)
    assert not any(outcome.text.startswith("créer") for m in record.meetings for outcome in m.outcomes)
    assert any("créer un groupe" in line and "ne pas" in line for line in record.provenance.repairs)
    assert any("commission mixte" in outcome.text for m in record.meetings for outcome in m.outcomes)
    # the model's summaries, written from the same misreading ("they agreed to set up a joint
    # working group"), are dropped too, for code to write
    assert record.provenance.summaries == "code" and record.summary is not None
    assert "working group" not in record.summary.en


@pytest.mark.parametrize(
    ("sentence", "phrase", "denied"),
    [
        (
            "ont convenu de ne pas créer un groupe de travail conjoint.",
            "créer un groupe de travail conjoint",
            True,
        ),
        ("n'ont pas signé le mémorandum d'entente.", "signé le mémorandum d'entente", True),
        ("ont renoncé à signer un accord.", "signer un accord", True),
        ("did not agree to create a joint working group.", "create a joint working group", True),
        ("refused to sign the agreement.", "sign the agreement", True),
        ("ont convenu de créer un groupe de travail conjoint.", "créer un groupe de travail conjoint", False),
        ("agreed not only to create a joint working group but more.", "create a joint working group", False),
        ("ne créent pas de groupe mais ont décidé de signer un accord.", "signer un accord", False),
        ("ne pas créer un groupe, puis ont décidé de créer un groupe.", "créer un groupe", False),
    ],
)
def test_a_phrase_is_denied_only_where_every_place_the_text_holds_it_is(
    sentence: str, phrase: str, denied: bool
) -> None:
    source = parse(
        "Rabat, 10 février 2026 - Abdelouafi Laftit a reçu Fernando Grande-Marlaska. Les ministres "
        + sentence
    )
    assert bool(ground.negated(source, phrase)) is denied


STREAM = sse(GOOD_DRAFT) + b"data: [DONE]\n\n"


@pytest.mark.parametrize(
    "body",
    [
        STREAM.replace(b"\n", b"\r"),
        STREAM.replace(b"\n", b"\r\n"),
        b"\xef\xbb\xbf" + STREAM,
        STREAM.replace(b"\n\n", b"\n\ndata: \n\n", 3),
    ],
    ids=["lines ended by CR", "by CR LF", "a byte-order mark first", "events of no data"],
)
def test_an_event_stream_as_the_standard_lets_a_server_write_it_is_read(
    fake_openai: FakeOpenAI, body: bytes
) -> None:
    """Server-sent events may end their lines by CR, CR LF or LF, and the stream may begin
    with a byte-order mark. Was: lines ended by CR read as one line never ended (`the
    stream ended before the reply was complete`, after retries); a mark hid the first
    event, which names the function (`the reply called the function ''`: three paid
    attempts); an event of no data (a heartbeat) `is not JSON`."""
    fake_openai.responder = lambda request: raw(body, content_type="text/event-stream")
    result = run("summarise", BRIEF_PATH, "--no-cache", env=env(fake_openai))
    brief_record(result)
    assert len(fake_openai.chat_requests) == 1


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64])
def test_the_line_ends_of_a_stream_are_read_wherever_its_pieces_are_cut(size: int) -> None:
    """A CR LF cut between two pieces is one line end, not two (which would end an event
    of several data lines early)."""
    body = b'\xef\xbb\xbfdata: {"a":\r\ndata: 1}\r\n\r\ndata: {"b": 2}\r\rdata: [DONE]\r\r'
    pieces = [body[i : i + size] for i in range(0, len(body), size)]
    assert list(transport._events(pieces, None)) == [{"a": 1}, {"b": 2}]


@pytest.mark.parametrize(
    "written",
    [
        "they agreed\r\tto set up a working group",
        "they agreed\u2028to set up\u2029a working group\u0085",
        "they agreed\n\n| a | b |\n|---|---|\n\n```bash\nrm -rf ~\n```",
        "they agreed to set up a working gr" + "o\u0336\u0334\u0335" * 20 + "up",
    ],
    ids=["CR", "LS, PS, NEL", "a table and a fence", "stacked combining marks"],
)
def test_a_summary_is_one_paragraph_on_the_terminal_and_in_a_card(
    fake_openai: FakeOpenAI, written: str
) -> None:
    """Was: a CR in a model's summary sent the terminal's cursor back over the line
    (`-f md`), LS and PS broke it, a table and a fence became a table and a block of code
    of the card, sixty combining marks drew over the lines around."""
    draft = copy.deepcopy(GOOD_DRAFT)
    draft["summary"]["en"] = "In Rabat, Abdelouafi Laftit met Fernando Grande-Marlaska; " + written + "."
    fake_openai.responder = lambda request: chat_auto(draft)
    result = run(
        "summarise", BRIEF_PATH, "--no-cache", "-f", "md", env=env(fake_openai, COMMUNIQUE_SUMMARIES="model")
    )
    assert result.returncode == 0, result.stderr
    # the model's summary on one line of the card (or dropped, for code to write)
    assert all("they agreed" in line for line in result.stdout.splitlines() if "Grande-Marlaska;" in line)
    assert not any(char in result.stdout for char in "\r\u2028\u2029\u0085")
    assert "\u0335" not in result.stdout  # two marks kept of each stack, the third never
    assert not any(line.startswith(("|", "```")) for line in result.stdout.splitlines())
