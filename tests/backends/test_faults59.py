"""A misbehaving server, the fifty-ninth adversarial reading: names a model disguises
with letters of another width or script or with invisible joiners, party codes that are
none, and then the cache and the batch under a server that fails some documents. The real
command line against the fake server."""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, chat_auto, delay, raw, status
from runner import run
from support import GOOD_DRAFT, SECRET, assert_no_secret, corpus, document_id, ids_of, model_env, requested

from communique.config import resolve
from communique.draft import Draft, DraftMeeting, DraftParticipant
from communique.ground import problems, repair
from communique.ingest import parse
from communique.pipeline import Pipeline

BRIEF = EXAMPLES / "rabat-madrid-fr.txt"
GUEST = "Fernando Grande-Marlaska"


def _env(fake: FakeOpenAI, **extra: str) -> dict[str, str]:
    return model_env(fake, COMMUNIQUE_MODE="json", COMMUNIQUE_COMPLETE="gaps", **extra)


def _reply(**meeting: Any) -> dict[str, Any]:
    draft = copy.deepcopy(GOOD_DRAFT)
    draft["meetings"][0].update(meeting)
    return draft


#: The guest's name as a model may disguise it: each folds onto the name the text writes.
DISGUISED = {
    "full-width letters": "Ｆｅｒｎａｎｄｏ Ｇｒａｎｄｅ-Ｍａｒｌａｓｋａ",
    "Cyrillic look-alikes": "F\u0435rnando Grande-M\u0430rlaska",
    "a Greek look-alike": "Fernand\u03bf Grande-Marlaska",
    "zero-width joiners": "Fer\u200dnando Grande\u200c-Marla\u200bska",
    "all three and an honorific": "M. Ｆ\u0435r\u200dnando Grande-Marlaska",
}
#: A name disguised with invisible characters alone: the reply's strings lose them when
#: it is read (test_hardening22), so the name reaches grounding as the text writes it.
INVISIBLE_ONLY = {DISGUISED["zero-width joiners"]}


@pytest.mark.parametrize("name", list(DISGUISED.values()), ids=list(DISGUISED))
def test_a_name_the_model_disguises_is_kept_as_the_text_writes_it_with_a_warning(
    fake_openai: FakeOpenAI, name: str
) -> None:
    """Was: the guest removed (`not named in the text`) after a re-ask, or kept with the
    joiners the model wrote. Now the person as the text writes the name, and a warning."""
    draft = _reply()
    draft["meetings"][0]["participants"][1]["name"] = name
    fake_openai.responder = lambda request: chat_auto(draft)
    result = run("summarise", str(BRIEF), "--no-cache", env=_env(fake_openai))
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    record = json.loads(result.stdout)
    assert [p["name"] for p in record["meetings"][0]["participants"]] == ["Abdelouafi Laftit", GUEST]
    warned = [w for w in record["provenance"]["warnings"] if GUEST in w]
    if name in INVISIBLE_ONLY:  # gone from the reply before it is read: nothing to warn of
        assert warned == [], warned
    else:
        assert len(warned) == 1 and "as the text writes it" in warned[0], record["provenance"]["warnings"]
    assert len(fake_openai.chat_requests) == 1


@pytest.mark.parametrize(
    "name", ["Ｆｅｒｎａｎｄｏ Ｓáｎｃｈｅｚ", "P\u0435dro S\u0430nchez", "Pe\u200ddro Sánchez"]
)
def test_a_disguised_name_that_is_not_the_texts_is_still_removed(fake_openai: FakeOpenAI, name: str) -> None:
    draft = _reply()
    draft["meetings"][0]["participants"][1]["name"] = name
    fake_openai.responder = lambda request: chat_auto(draft)
    result = run("summarise", str(BRIEF), "--no-cache", env=_env(fake_openai))
    assert result.returncode in (0, 5) and "Traceback" not in result.stderr, result.stderr
    record = json.loads(result.stdout)
    names = [p["name"] for p in record["meetings"][0]["participants"]]
    assert "Sánchez" not in " ".join(names) and "Sanchez" not in " ".join(names), names


@pytest.mark.parametrize("codes", [["XX", "UK", "EN"], ["XX"], ["ZZ", "EU-", "??"]])
def test_sides_that_all_stand_for_nothing_are_completed_from_the_offline_reading(
    fake_openai: FakeOpenAI, codes: list[str]
) -> None:
    """Was: `parties` empty, and each participant's `party` null: the codes that stand
    for no country or organisation passed grounding ("a word that maps to no code reaches
    no record") and left nothing for the offline reading to fill."""
    draft = _reply(parties=codes, country=codes[0])
    for person in draft["meetings"][0]["participants"]:
        person["country"] = codes[-1]
    fake_openai.responder = lambda request: chat_auto(draft)
    result = run("summarise", str(BRIEF), "--no-cache", env=_env(fake_openai))
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert SECRET[:14] not in result.stdout + result.stderr
    record = json.loads(result.stdout)
    (meeting,) = record["meetings"]
    assert meeting["parties"] == ["ES", "MA"]
    assert [p["party"] for p in meeting["participants"]] == ["MA", "ES"]
    completed = record["provenance"]["completed"]
    assert any(c.startswith("meeting 1: parties (in place of ") for c in completed), completed
    assert sum(": no country or organisation)" in c for c in completed) == 4, completed  # and the place's


def test_sides_that_stand_for_something_are_not_replaced(fake_openai: FakeOpenAI) -> None:
    """One code of the reply that stands for a side keeps the reply's sides as they are."""
    draft = _reply(parties=["XX", "Maroc"])
    fake_openai.responder = lambda request: chat_auto(draft)
    result = run("summarise", str(BRIEF), "--no-cache", env=_env(fake_openai))
    record = json.loads(result.stdout)
    assert record["meetings"][0]["parties"] == ["ES", "MA"]  # Spain from its participant
    assert not any("parties" in c for c in record["provenance"]["completed"]), record["provenance"]


#: The example brief, and replies for it of which no encounter holds anything of it.
SOURCE = parse(BRIEF.read_text(encoding="utf-8"))
FOREIGN = {
    "another text's reading": [DraftMeeting(kind="call", city="Algiers", date_text="yesterday", topics=["cybercrime"],
                                            participants=[DraftParticipant(name="Valdecy Urquiza")])],
    "two encounters of another text": [DraftMeeting(kind="call", participants=[DraftParticipant(name="Valdecy Urquiza")]),
                                       DraftMeeting(kind="signing", city="Lyon", topics=["terrorism"])],
}  # fmt: skip


@pytest.mark.parametrize("meetings", list(FOREIGN.values()), ids=list(FOREIGN))
def test_a_reading_of_another_text_leaves_no_encounter_to_complete(meetings: list[DraftMeeting]) -> None:
    """Was: the encounter kept with its kind and topics once its people, place and date
    were removed, then completed from the offline reading: a « call » about cybercrime."""
    draft = Draft(is_meeting_report=True, meetings=meetings)
    found = problems(draft, SOURCE)
    assert any("no one, side, place or date of it is in the text" in p for p in found), found
    repaired, said = repair(draft, SOURCE)
    assert (repaired.meetings, repaired.is_meeting_report) == ([], False)
    assert said[-1].endswith("dropped (no one, side, place or date of it is in the text)"), said
    assert problems(repaired, SOURCE) == []


def test_an_encounter_the_reply_leaves_bare_is_kept_for_the_offline_reading_to_complete() -> None:
    """An encounter of which the reply says nothing but its kind and topics lost nothing
    to grounding: kept, as before."""
    draft = Draft(
        is_meeting_report=True, meetings=[DraftMeeting(kind="working_meeting", topics=["drug_trafficking"])]
    )
    assert problems(draft, SOURCE) == []
    assert repair(draft, SOURCE)[0].meetings == draft.meetings


# -- a batch whose server fails some documents --------------------------------------------

OFFLINE = "the record is the offline reading of the text"
#: Document B of the batch, and the model's reading of it: a reply naming its people is
#: what a server that mixes up its requests sends for another document.
OTHER_TEXT = (EXAMPLES / "interpol-call-en.txt").read_text(encoding="utf-8")
OTHER_DRAFT: dict[str, Any] = {
    "is_meeting_report": True,
    "meetings": [{"kind": "call", "status": "held", "date_text": "yesterday", "city": "Algiers",
                  "country": None, "venue": None, "parties": ["Interpol", "Algeria"],
                  "participants": [{"name": "Valdecy Urquiza", "title": "Secretary General of Interpol",
                                    "organisation": "Interpol", "country": None, "role": "participant"}],
                  "topics": ["cybercrime"],
                  "outcomes": [{"type": "other", "text": "step up the exchange of information"}]}],
    "summary": None,
}  # fmt: skip
OTHERS = ("Urquiza", "Algiers", "exchange of information")


def _mixed_server(fake: FakeOpenAI) -> None:
    """Fails three documents (a 500, a timeout, a body that is no JSON), answers one with
    document B's reading, and the rest as it should."""
    faults = {
        "brief-001": status(500),
        "brief-002": delay(3, chat_auto(GOOD_DRAFT)),
        "brief-003": raw("{'choices': [", content_type="application/json"),
        "brief-004": chat_auto(OTHER_DRAFT),
        "brief-008": chat_auto(OTHER_DRAFT),
    }
    fake.responder = lambda request: faults.get(document_id(request), chat_auto(GOOD_DRAFT))


def test_a_batch_the_server_fails_in_part_keeps_order_mixes_nothing_and_resumes_what_failed(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    ids = corpus(tmp_path / "in", 8)
    (tmp_path / "in" / "brief-008.txt").write_text(OTHER_TEXT, encoding="utf-8")
    ids.append("brief-008")
    out = tmp_path / "out.jsonl"
    env = _env(fake_openai, COMMUNIQUE_TIMEOUT="1", COMMUNIQUE_RETRY_SECONDS="2", COMMUNIQUE_MAX_RETRIES="1")
    _mixed_server(fake_openai)
    first = run("summarise", str(tmp_path / "in"), "-o", str(out), "-j", "8", env=env)
    assert first.returncode == 5 and "Traceback" not in first.stderr, first.stderr
    assert SECRET[:14] not in first.stdout + first.stderr
    records = {r["document"]["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert list(records) == ids  # in input order, every one
    for failed in ("brief-001", "brief-002", "brief-003"):
        assert records[failed]["provenance"]["problems"][0].endswith(OFFLINE), records[failed]["provenance"]
        assert [p["name"] for p in records[failed]["meetings"][0]["participants"]] == [
            "Abdelouafi Laftit",
            GUEST,
        ]
    # the reply for another document: nothing of it but what provenance says was removed
    mixed = records["brief-004"]
    said = json.dumps({k: v for k, v in mixed.items() if k != "provenance"}, ensure_ascii=False)
    assert not [word for word in OTHERS if word in said], said
    assert (
        mixed["meetings"][0]["kind"] == "working_meeting"
        and "cybercrime" not in mixed["meetings"][0]["topics"]
    )
    assert [p["name"] for p in mixed["meetings"][0]["participants"]] == ["Abdelouafi Laftit", GUEST]
    assert (
        "meeting 1: dropped (no one, side, place or date of it is in the text)"
        in mixed["provenance"]["repairs"]
    )
    assert "Urquiza" in json.dumps(records["brief-008"])
    for good in ("brief-000", "brief-005", "brief-006", "brief-007"):
        assert records[good]["provenance"]["problems"] == [], records[good]["provenance"]
    assert_no_secret(tmp_path, Path(os.environ["COMMUNIQUE_CACHE_DIR"]))

    # the server well again: --resume asks for the three read offline and nothing else
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    before = len(fake_openai.chat_requests)
    resumed = run("summarise", str(tmp_path / "in"), "-o", str(out), "--resume", "-j", "8", env=env)
    assert resumed.returncode in (0, 5) and "Traceback" not in resumed.stderr, resumed.stderr
    assert sorted(requested(fake_openai)[before:]) == ["brief-001", "brief-002", "brief-003"]
    again = {r["document"]["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert sorted(again) == ids
    assert all(again[f]["provenance"]["problems"] == [] for f in ("brief-001", "brief-002", "brief-003"))

    # no failure was cached as a success: a new run into another file asks for none but
    # what the cache lacks (nothing now), and gives the model's records
    before = len(fake_openai.chat_requests)
    fresh = run("summarise", str(tmp_path / "in"), "-o", str(tmp_path / "fresh.jsonl"), "-j", "8", env=env)
    assert fresh.returncode in (0, 5), fresh.stderr
    assert len(fake_openai.chat_requests) == before
    assert ids_of(tmp_path / "fresh.jsonl") == ids


# -- the cache ------------------------------------------------------------------------------

#: What an older version, or a damaged file, may hold in the reply cache's bookkeeping.
DAMAGED = {
    "problems null": {"problems": None},
    "problems a number": {"problems": 5},
    "dropped a number": {"dropped": 7},
    "tokens a word": {"tokens_in": "many"},
    "tokens below zero": {"tokens_out": -3},
    "attempts past any count": {"attempts": 10**30},
    "the model a number": {"model": 5},
    "the value null": {"value": None},
    "the value of another layout": {"value": {"is_meeting_report": True, "meetings": "x"}},
}


@pytest.mark.parametrize("damage", list(DAMAGED.values()), ids=list(DAMAGED))
def test_a_cached_reply_of_another_shape_is_a_miss_never_a_crash(
    fake_openai: FakeOpenAI, damage: dict[str, Any]
) -> None:
    """Was: a TypeError (``'NoneType' object is not iterable``), a ValueError or a
    ValidationError of the provenance out of the run, for the first five or six."""
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    settings = resolve({"model": "fake-model", "base_url": fake_openai.base_url, "mode": "tools"})
    made = Pipeline(settings)
    first = made.run(SOURCE)
    assert made.cache is not None
    kept, key = made._kept(SOURCE), made.backend.cache_key(made.backend.messages(SOURCE))  # type: ignore[attr-defined]
    good = made.cache.get(key)
    assert kept is not None and good is not None
    made.cache._open().delete(kept)  # the record made of the reply: made again from the reply
    made.cache.set(key, {**good, **damage})
    again = Pipeline(settings).run(SOURCE)
    assert again.provenance is not None and not again.provenance.cached  # asked again
    assert again.meetings == first.meetings and len(fake_openai.chat_requests) == 2


@pytest.mark.parametrize(
    "remembered", [{"mode": ["tools"], "way": {"stream": True}}, {"mode": 5, "way": None}, {"way": [1]}]
)
def test_a_remembered_mode_of_another_shape_is_forgotten(
    fake_openai: FakeOpenAI, remembered: dict[str, Any]
) -> None:
    """Was: ``TypeError: unhashable type`` before the first request."""
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    settings = resolve({"model": "fake-model", "base_url": fake_openai.base_url, "mode": "tools"})
    made = Pipeline(settings)
    assert made.cache is not None
    made.cache.set(made.backend.client._endpoint_key, remembered)  # type: ignore[attr-defined]
    record = Pipeline(settings).run(SOURCE)
    assert [p.name for p in record.meetings[0].participants] == ["Abdelouafi Laftit", GUEST]


#: Settings a record depends on, what the record made under each shows of it, and whether
#: the model must be asked again (the reply does not depend on what code completes of it).
SHAPING: dict[str, tuple[dict[str, str], Callable[[dict[str, Any]], bool], bool]] = {
    "the model": ({"COMMUNIQUE_MODEL": "another-model"}, lambda r: not r["provenance"]["cached"], True),
    "the base URL": ({"COMMUNIQUE_BASE_URL": "{localhost}"}, lambda r: r["provenance"]["endpoint"].startswith("localhost"), True),
    "who writes the summaries": ({"COMMUNIQUE_SUMMARIES": "code"}, lambda r: r["provenance"]["summaries"] == "code", True),
    "what is completed": ({"COMMUNIQUE_COMPLETE": "off"}, lambda r: r["provenance"]["completed"] == [], False),
}  # fmt: skip


@pytest.mark.parametrize("change", list(SHAPING), ids=list(SHAPING))
def test_a_record_cached_under_some_settings_is_never_served_under_others(
    fake_openai: FakeOpenAI, change: str
) -> None:
    draft = _reply(parties=[], country=None)  # (something for the offline reading to complete)
    fake_openai.responder = lambda request: chat_auto(draft)
    env = _env(fake_openai)
    first = run("summarise", str(BRIEF), env=env)
    assert first.returncode == 0 and json.loads(first.stdout)["provenance"]["completed"], first.stderr
    assert json.loads(run("summarise", str(BRIEF), env=env).stdout)["provenance"]["cached"]
    other, shows, asked = SHAPING[change]
    localhost = fake_openai.base_url.replace("127.0.0.1", "localhost")
    result = run(
        "summarise", str(BRIEF), env={**env, **{k: v.format(localhost=localhost) for k, v in other.items()}}
    )
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    record = json.loads(result.stdout)
    assert shows(record), record["provenance"]
    assert len(fake_openai.chat_requests) == 1 + asked


# -- a stream whose chunks change their id or model midway ---------------------------------------

TEXT = json.dumps(GOOD_DRAFT, ensure_ascii=False)
HALF = len(TEXT) // 2


def _chunk(ident: str, model: str, delta: dict[str, str], finish: str | None = None) -> dict[str, Any]:
    return {"id": ident, "object": "chat.completion.chunk", "created": 1, "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}  # fmt: skip


#: Streams a server or a proxy splices: the pieces of one reply under two ids or two models
#: (some servers give each chunk an id of its own), and two replies interleaved.
SPLICED = {
    "the id changes": [_chunk("a", "m", {"role": "assistant", "content": TEXT[:HALF]}),
                       _chunk("b", "m", {"content": TEXT[HALF:]}), _chunk("b", "m", {}, "stop")],
    "the model changes": [_chunk("a", "m1", {"role": "assistant", "content": TEXT[:HALF]}),
                          _chunk("a", "m2", {"content": TEXT[HALF:]}), _chunk("a", "m2", {}, "stop")],
    "two replies interleaved": [_chunk("a", "m", {"role": "assistant", "content": TEXT[:HALF]}),
                                _chunk("b", "m", {"role": "assistant", "content": TEXT[:HALF]}),
                                _chunk("a", "m", {"content": TEXT[HALF:]}), _chunk("b", "m", {"content": TEXT[HALF:]}),
                                _chunk("a", "m", {}, "stop")],
}  # fmt: skip


@pytest.mark.parametrize("spliced", list(SPLICED), ids=list(SPLICED))
def test_a_stream_whose_chunks_change_id_or_model_gives_the_reply_or_the_offline_reading(
    fake_openai: FakeOpenAI, spliced: str
) -> None:
    """Found sound: the pieces of one reply make it whatever their ids or models say; two
    replies interleaved are no reply, asked again, then the offline reading, one line."""
    body = "".join(f"data: {json.dumps(c)}\n\n" for c in SPLICED[spliced]) + "data: [DONE]\n\n"
    fake_openai.responder = lambda request: raw(body, content_type="text/event-stream")
    result = run("summarise", str(BRIEF), "--no-cache", env=_env(fake_openai, COMMUNIQUE_MAX_RETRIES="1"))
    assert "Traceback" not in result.stderr and SECRET[:14] not in result.stdout + result.stderr
    record = json.loads(result.stdout)
    assert [p["name"] for p in record["meetings"][0]["participants"]] == ["Abdelouafi Laftit", GUEST]
    if spliced == "two replies interleaved":
        assert result.returncode == 5 and record["provenance"]["problems"][0].endswith(OFFLINE)
        # said as what it is, retried, then the offline reading (harden60; was: one line, `Field required`)
        last = result.stderr.splitlines()[-1]
        assert last.startswith("communique: problems: ") and "the stream mixes two replies" in last
    else:
        assert result.returncode == 0 and record["provenance"]["problems"] == [], result.stderr
        assert len(fake_openai.chat_requests) == 1


@pytest.mark.parametrize("folder", ["/proc/communique-cache", "/sys/communique-cache"], ids=["proc", "sys"])
def test_a_cache_folder_that_cannot_be_made_leaves_a_batch_whole_with_one_warning(
    fake_openai: FakeOpenAI, tmp_path: Path, folder: str
) -> None:
    """Found sound but for the advice: a folder /proc will not make was told that
    `'communique cache clear' resets it`, which cannot."""
    ids = corpus(tmp_path / "in", 4)
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    out = tmp_path / "out.jsonl"
    result = run("summarise", str(tmp_path / "in"), "-o", str(out), "-j", "8",
                 env=_env(fake_openai, COMMUNIQUE_CACHE_DIR=folder))  # fmt: skip
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    (warning,) = [line for line in result.stderr.splitlines() if "warning" in line]
    assert "is unusable" in warning and "a folder you can write" in warning and "cache clear" not in warning
    assert ids_of(out) == ids
