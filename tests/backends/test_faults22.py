"""Replies of a hostile or sloppy model found from the outside (the twenty-second
adversarial reading), against the loopback fake: a value that matches the text only
once folded is written as the text writes it, a terminal's escape sequence goes whole,
and a stream that never says it is done keeps the reply it finished."""

from __future__ import annotations

import copy
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, chat_auto, raw, raw_server, trickle
from runner import run
from support import BRIEF, GOOD_DRAFT, SECRET, assert_no_secret, brief_record, env

from communique.schema import Analysis

BRIEF_PATH = str(EXAMPLES / "rabat-madrid-fr.txt")


def record_of(fake: FakeOpenAI, draft: dict[str, Any], **extra: str) -> Analysis:
    """The record the command line makes of the example brief when every reply is ``draft``."""
    fake.responder = lambda request: chat_auto(draft)
    result = run("summarise", BRIEF_PATH, "--no-cache", env=env(fake, **extra))
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert SECRET not in result.stdout + result.stderr
    return Analysis.model_validate_json(result.stdout)


def spelled(**fields: str) -> dict[str, Any]:
    """The good reply, its guest's name, the host's title, the date phrase and the first
    outcome replaced."""
    draft = copy.deepcopy(GOOD_DRAFT)
    meeting = draft["meetings"][0]
    meeting["participants"][1]["name"] = fields.get("name", "Fernando Grande-Marlaska")
    meeting["participants"][0]["title"] = fields.get("title", "ministre de l'Intérieur")
    meeting["date_text"] = fields.get("date", "mardi")
    meeting["outcomes"][0]["text"] = fields.get("outcome", "créer un groupe de travail conjoint")
    return draft


@pytest.mark.parametrize(
    "name",
    [
        "FERNANDO GRANDE-MARLASKA",  # another case
        "fernando grande marlaska",
        "Férnándo Grande-Marlaska",  # accents the text does not write
        "Fe\u0301rna\u0301ndo Grande-Marlaska",  # the same as combining marks
        "Fernando Gran\u034fde-Marlaska",  # an invisible joiner that folding drops
        "Fernando!!! Grande--Marlaska???",  # punctuation of its own
        "M. FERNANDO GRANDE MARLASKA",  # with an honorific
    ],
)
def test_a_name_the_text_holds_only_once_folded_is_written_as_the_text_writes_it(
    fake_openai: FakeOpenAI, name: str
) -> None:
    """Grounding compares folded words, so each of these passed it; was: the record gave
    the model's spelling (a name the text never writes, an invisible character in it)."""
    record = record_of(fake_openai, spelled(name=name))
    names = [p.name for m in record.meetings for p in m.participants]
    assert names == ["Abdelouafi Laftit", "Fernando Grande-Marlaska"], names
    assert record.spans is not None
    assert all(s.match.value == "exact" for s in record.spans if s.field.endswith(".name")), record.spans
    provenance = record.provenance
    assert provenance is not None and not provenance.repairs and not provenance.problems
    assert all(name not in line for line in provenance.completed)  # the text's spelling there too


def test_a_title_date_phrase_and_outcome_are_written_as_the_text_writes_them(fake_openai: FakeOpenAI) -> None:
    draft = spelled(
        title="MINISTRE DE L’INTÉRIEUR", date="MARDI", outcome="Créer Un Groupe De Travail Conjoint"
    )
    record = record_of(fake_openai, draft)
    meeting = record.meetings[0]
    assert meeting.participants[0].title == "ministre de l'Intérieur"
    assert meeting.date_text == "mardi"
    assert meeting.outcomes[0].text.startswith("créer un groupe de travail conjoint")  # the record's phrase
    assert "Créer Un" not in record.model_dump_json()


def test_a_value_the_text_does_not_hold_is_still_refused_not_respelled(fake_openai: FakeOpenAI) -> None:
    """The re-spelling finds the words of the text only: two names of the text put
    together are still not in it. A homoglyph (a Cyrillic 'а') or fullwidth letters are
    the text's name disguised: kept as the text writes it, with a warning (harden59)."""
    for name in ("Fern\u0430ndo Grande-Marlaska", "Ｆｅｒｎａｎｄｏ Grande-Marlaska", "Laftit Marlaska"):
        record = record_of(fake_openai, spelled(name=name))
        assert name not in record.model_dump_json(exclude={"provenance"})
        assert record.provenance is not None
        said = record.provenance.warnings if name.isascii() is False else record.provenance.repairs
        assert any(("as the text writes it" if name.isascii() is False else "not named in the text") in line
                   for line in said), said  # fmt: skip


def test_a_terminal_escape_sequence_in_a_reply_goes_whole(fake_openai: FakeOpenAI) -> None:
    """Was: its control characters removed, the rest kept as words: `[31m` of a colour,
    the address of a hyperlink (`]8;;http://evil.example/`), a window's title."""
    draft = copy.deepcopy(GOOD_DRAFT)
    draft["summary"]["en"] = (
        "On Tuesday in Rabat, \x1b[1;31mAbdelouafi Laftit\x1b[0m met "
        "\x1b]8;;http://evil.example/\x07Fernando Grande-Marlaska\x1b]8;;\x1b\\ on migration."
        "\x1b]0;owned\x07\x9b2J"
    )
    record = record_of(fake_openai, draft)
    assert record.summary is not None
    assert (
        record.summary.en
        == "On Tuesday in Rabat, Abdelouafi Laftit met Fernando Grande-Marlaska on migration."
    )


def sse(draft: dict[str, Any]) -> bytes:
    """A streamed tool call of ``draft``: its chunks and its finish, no usage, no `[DONE]`."""
    head = {"id": "x", "object": "chat.completion.chunk", "created": 1, "model": "fake-model"}
    arguments = json.dumps(draft)
    chunks = [{"index": 0, "delta": {"role": "assistant", "tool_calls": [
        {"index": 0, "id": "c1", "type": "function", "function": {"name": "ModelDraft", "arguments": ""}}]},
        "finish_reason": None}]  # fmt: skip
    chunks += [
        {"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": arguments[i : i + 200]}}]},
         "finish_reason": None}
        for i in range(0, len(arguments), 200)
    ]  # fmt: skip
    chunks.append({"index": 0, "delta": {}, "finish_reason": "tool_calls"})
    return b"".join(f"data: {json.dumps({**head, 'choices': [c]})}\n\n".encode() for c in chunks)


def test_a_stream_that_keeps_the_connection_alive_after_its_reply_keeps_the_reply(
    fake_openai: FakeOpenAI,
) -> None:
    """A server that sends the reply, its finish, then keep-alive comments for ever and
    never `[DONE]`. Was: waited for to the deadline, then `… without finishing its reply`:
    the whole reply lost."""
    body = sse(GOOD_DRAFT)
    fake_openai.responder = lambda request: trickle(
        0.5, raw(body + b": keep-alive\n\n" * 10_000, content_type="text/event-stream"), piece=len(body)
    )
    started = time.monotonic()
    result = run("summarise", BRIEF_PATH, env=env(fake_openai, COMMUNIQUE_DEADLINE="60"))
    brief_record(result)
    assert time.monotonic() - started < 30
    assert len(fake_openai.chat_requests) == 1


@contextmanager
def silent_after(body: bytes) -> Iterator[str]:
    """The base URL of a server that streams ``body`` and then holds the connection open,
    sending nothing more."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\n"
    with raw_server(head + body, hang_up=False) as (base_url, _):
        yield base_url


def test_a_stream_that_falls_silent_after_its_reply_keeps_the_reply() -> None:
    """Was: the idle timeout taken for a server that did not answer, asked again, then
    `did not answer within N s, after retries`."""
    with silent_after(sse(GOOD_DRAFT)) as base_url:
        settings = {"COMMUNIQUE_MODEL": "fake-model", "COMMUNIQUE_BASE_URL": base_url, "OPENAI_API_KEY": SECRET,
                    "COMMUNIQUE_RETRY_SECONDS": "3", "COMMUNIQUE_TIMEOUT": "3", "COMMUNIQUE_SUMMARIES": "model",
                    "COMMUNIQUE_MODE": "tools"}  # fmt: skip
        result = run("summarise", BRIEF_PATH, env=settings)
    assert result.returncode == 0, result.stderr
    record = Analysis.model_validate_json(result.stdout)
    assert record.meetings and record.summary is not None
    assert BRIEF  # the example the reply is for


@pytest.mark.parametrize(
    "line",
    [
        "Lire la suite : https://www.map.ma/fr/actualites/pedro-sanchez-rencontre-laftit",
        "Contact presse : pedro.sanchez@interieur.gov.ma",
        '<p>Voir aussi <a href="https://x.ma/pedro-sanchez">notre dossier</a></p>',
        "Dossier : www.map.ma/pedro-sanchez",
    ],
    ids=["url", "e-mail", "html link", "www"],
)
def test_a_name_found_only_in_a_web_or_mail_address_is_not_in_the_text(
    fake_openai: FakeOpenAI, tmp_path: Path, line: str
) -> None:
    """Folding makes `pedro-sanchez` and `pedro.sanchez@` the words `pedro sanchez`: was,
    a participant the text never names kept (as `Pedro Sanchez`, or the slug itself)."""
    text = tmp_path / "brief.txt"
    text.write_text(BRIEF + "\n" + line + "\n", encoding="utf-8")
    draft = copy.deepcopy(GOOD_DRAFT)
    draft["meetings"][0]["participants"].append({"name": "Pedro Sanchez", "role": "guest"})
    fake_openai.responder = lambda request: chat_auto(draft)
    result = run("summarise", str(text), "--no-cache", env=env(fake_openai))
    record = brief_record(result)
    assert record.provenance is not None
    assert (
        "meeting 1: removed participant 'Pedro Sanchez' (not named in the text)" in record.provenance.repairs
    )


def _hidden(secret: str, how: str) -> str:
    """``secret`` written with characters that show as nothing between its own, or in
    fullwidth letters."""
    if how == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in secret)
    return {"bidi": "\u202c", "escape": "\x1b[0m", "zero-width": "\u200b", "soft hyphen": "\u00ad"}[how].join(
        secret
    )


HOW = ["bidi", "escape", "zero-width", "soft hyphen", "fullwidth"]


@pytest.mark.parametrize("how", HOW)
def test_a_key_hidden_among_invisible_characters_of_a_reply_is_refused(
    fake_openai: FakeOpenAI, how: str
) -> None:
    """Was (controls of text direction): the reply passed the check for the key, then
    reading it dropped the controls: the key whole in the record, on stdout and in the
    call log. Strict, to see the error (by default the record is the offline reading: test_faults53)."""
    draft = copy.deepcopy(GOOD_DRAFT)
    draft["summary"]["en"] += " " + _hidden(SECRET, how)
    fake_openai.responder = lambda request: chat_auto(draft)
    result = run("summarise", BRIEF_PATH, env=env(fake_openai, COMMUNIQUE_STRICT="1"))
    assert result.returncode == 1 and result.stdout == ""
    assert (
        result.stderr
        == "communique: error: the reply contains the API key (or a piece of it): refused, and not cached\n"
    )
    assert_no_secret(Path(os.environ["COMMUNIQUE_CACHE_DIR"]), Path(os.environ["COMMUNIQUE_DATA_DIR"]))
    assert any(Path(os.environ["COMMUNIQUE_DATA_DIR"]).rglob("*"))  # the call log was written


@pytest.mark.parametrize("how", HOW[:3])
def test_a_key_hidden_among_invisible_characters_of_a_server_message_is_masked(
    fake_openai: FakeOpenAI, how: str
) -> None:
    """Was (controls of text direction): `answered 500: bad key sk-…` on stderr, the
    controls dropped from the one-line message after the key was looked for."""
    from fakeserver import status

    fake_openai.responder = lambda request: status(
        500, {"error": {"message": f"bad key {_hidden(SECRET, how)}"}}
    )
    # (strict: the fault is the error; by default it heads the offline reading's problems, as masked)
    result = run("summarise", BRIEF_PATH, "--strict", env=env(fake_openai, COMMUNIQUE_RETRY_SECONDS="1"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert SECRET not in result.stderr and SECRET[:8] not in result.stderr
    assert result.stderr.splitlines()[-1].endswith("answered 500: bad key ****")


@pytest.mark.parametrize(
    ("organisation", "kept"),
    [("Mossad", None), ("CIA", None), ("Garde civile", "Garde civile"), ("GARDE CIVILE", "Garde civile")],
)
def test_an_organisation_the_text_does_not_name_is_dropped(
    fake_openai: FakeOpenAI, organisation: str, kept: str | None
) -> None:
    """Was: a participant's organisation never looked at: `Mossad` kept in the record of a
    text that never names it."""
    draft = copy.deepcopy(GOOD_DRAFT)
    draft["meetings"][0]["participants"][1]["organisation"] = organisation
    record = record_of(fake_openai, draft)
    assert record.meetings[0].participants[1].organisation == kept
    assert record.provenance is not None
    dropped = f"meeting 1: dropped organisation {organisation!r} of a participant (not in the text)"
    assert (dropped in record.provenance.repairs) == (kept is None)


def test_an_acronym_of_capitalised_words_of_the_text_is_named_by_them() -> None:
    """`AFP` for « the Australian Federal Police Commissioner », `DGSN` for « la Direction
    Générale de la Sûreté Nationale »: named, though not as written; `CIA` is not."""
    from communique.ground import problems
    from communique.ingest import parse

    source = parse(
        "---\nlang: en\n---\nNational Police Chief Suryo Haiti received the Australian Federal Police "
        "Commissioner, Karen Whitfield, and the head of the Direction Générale de la Sûreté Nationale "
        "in Jakarta on Thursday to discuss people smuggling."
    )
    from communique.draft import SpansDraft

    def reasons(organisation: str) -> list[str]:
        draft = SpansDraft.model_validate(
            {
                "is_meeting_report": True,
                "meetings": [
                    {
                        "kind": "working_meeting",
                        "participants": [
                            {"name": "Karen Whitfield", "organisation": organisation, "role": "guest"}
                        ],
                    }
                ],
            }
        )
        return [p for p in problems(draft, source) if "organisation" in p]

    assert reasons("AFP") == [] and reasons("DGSN") == []
    assert reasons("CIA") == ["meeting 1: the organisation 'CIA' of a participant is not in the text"]


@pytest.mark.parametrize(
    "stranger",
    [
        "\u0420edro Sánchez",  # a Cyrillic 'Р'
        "Ｐｅｄｒｏ Ｓáｎｃｈｅｚ",  # fullwidth letters
        "Pe\u200bdro Sán\u200bchez",  # zero-width spaces inside the name
        "محمد بن سلمان",  # a name in another script
    ],
    ids=["homoglyph", "fullwidth", "zero-width", "arabic"],
)
def test_a_summary_naming_a_stranger_in_disguise_is_dropped(fake_openai: FakeOpenAI, stranger: str) -> None:
    """The check of the names of a summary read capitalised Latin runs as written: each
    of these named someone the record lacks and was kept (and a zero-width space reached
    the output)."""
    draft = copy.deepcopy(GOOD_DRAFT)
    draft["summary"]["en"] = (
        f"On Tuesday in Rabat, Abdelouafi Laftit met Fernando Grande-Marlaska and {stranger}."
    )
    record = record_of(fake_openai, draft)
    assert record.provenance is not None and record.provenance.summaries == "code"
    assert record.summary is not None and "Sánchez" not in record.summary.en and "بن" not in record.summary.en
    assert any("summaries were dropped" in line for line in record.provenance.repairs)


def test_words_of_another_script_that_the_text_holds_may_stay_in_a_summary() -> None:
    from communique.draft import DraftSummary
    from communique.ground import summary_problems

    summary = DraftSummary(
        fr="Le ministre Karim Alaoui a reçu à Rabat son homologue; le communiqué cite « الأمن ».",
        en="Minister Karim Alaoui received his counterpart in Rabat; the statement quotes « الأمن ».",
    )
    text = "Le ministre Karim Alaoui a reçu mardi à Rabat son homologue. « الأمن » est la priorité."
    assert summary_problems(summary, ["Karim Alaoui"], text) == []
    assert summary_problems(summary, ["Karim Alaoui"], "Le ministre Karim Alaoui a reçu son homologue.") == [
        "summary.fr writes 'الأمن', in letters the text does not have there",
        "summary.en writes 'الأمن', in letters the text does not have there",
    ]


def test_a_value_longer_than_a_phrase_is_dropped_though_the_text_holds_it(fake_openai: FakeOpenAI) -> None:
    """An outcome that is the whole communiqué, a venue or a date phrase of a whole
    paragraph: in the text, so kept (with `COMMUNIQUE_COMPLETE=gaps`, as a remote model's
    decisions are). The schema bounds each string; grounding now holds a longer value for
    no phrase of the text."""
    body = BRIEF.split("---\n", 2)[2].strip()
    paragraph = body.split("\n\n")[0]
    draft = copy.deepcopy(GOOD_DRAFT)
    meeting = draft["meetings"][0]
    meeting["outcomes"] = [{"type": "other", "text": body}, meeting["outcomes"][0]]
    meeting["venue"] = paragraph
    meeting["date_text"] = paragraph
    record = record_of(fake_openai, draft, COMMUNIQUE_COMPLETE="gaps")
    shown = record.model_dump_json(exclude={"provenance", "spans"})
    assert paragraph not in shown
    kept = record.meetings[0]
    assert [o.text for o in kept.outcomes] == ["créer un groupe de travail conjoint"]
    assert kept.location.venue is None and kept.date_text in (None, "mardi")
    assert record.provenance is not None
    dropped = [line for line in record.provenance.repairs if "longer than a phrase" in line]
    assert len(dropped) == 3, record.provenance.repairs
    assert all(len(line) < 200 for line in dropped)  # the value quoted short


def test_a_stream_whose_chunks_give_an_empty_finish_reason_is_read_to_its_end(
    fake_openai: FakeOpenAI,
) -> None:
    """Some servers send `"finish_reason": ""` on every chunk: no reason, so no finished
    reply, however long the rest of the stream takes (here 8 s, past the 5 s waited for
    the end of a finished one)."""
    body = sse(GOOD_DRAFT).replace(b'"finish_reason": null', b'"finish_reason": ""') + b"data: [DONE]\n\n"
    assert body.count(b'"finish_reason": ""') > 5
    piece = len(body) // 16 + 1
    fake_openai.responder = lambda request: trickle(
        0.5, raw(body, content_type="text/event-stream"), piece=piece
    )
    result = run("summarise", BRIEF_PATH, env=env(fake_openai, COMMUNIQUE_DEADLINE="60"))
    brief_record(result)
    assert len(fake_openai.chat_requests) == 1


def test_a_message_with_the_key_both_plain_and_hidden_is_masked_in_both() -> None:
    """Was (before the fix of hidden keys): a hidden key was looked for only when none was
    written plainly: `redact` masked the plain one and left the hidden one to reappear
    once the message was put on one line."""
    from communique.config import leaks, redact

    for how in HOW:
        shown = redact(f"bad key {SECRET} and {_hidden(SECRET, how)}", SECRET)
        assert not leaks(shown, SECRET) and shown.startswith("bad key **** and "), (how, shown)
    assert redact("nothing secret here", SECRET) == "nothing secret here"
