"""Never nothing: after the last attempt, the best reply, repaired where code can, with
its problems named, instead of an error; a hard failure only for what is unsafe.

A loopback fake plays a weak model: for every case of the eval sets and every example,
the gold spans spoiled the way small models spoil them (an invented participant, a
title that is not in the text, a paraphrased outcome, an invented venue, a summary of
four sentences naming a stranger), every time it is asked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import EVALS, EXAMPLES
from fakeserver import FakeOpenAI, RecordedRequest, chat_auto, chat_json, refusal, status
from runner import run
from support import document_id, model_env, perfect_draft

import communique
from communique.config import leaks, redact
from communique.errors import ModelError, ValidationFailed
from communique.ingest import parse
from communique.pipeline import Pipeline
from communique.schema import Analysis

STRANGER = "Nadia Imaginaire"
KEY = "sk-proj-Zq8sT2vLmN4pXc7RkB9wYd3FhJ6aGe5U"
FOLDERS = (
    EVALS,
    EVALS / "holdout",
    EVALS / "world",
    EVALS / "holdout-world",
    EVALS / "holdout-real17",
    EVALS / "holdout-real20",
    EVALS / "holdout-real27",
)


def spoiled(gold: Analysis) -> dict[str, Any]:
    """What a weak model makes of a gold record."""
    draft = perfect_draft(gold)
    if not draft["meetings"]:
        draft["is_meeting_report"] = True  # says it is a meeting report, lists no meeting
    for meeting in draft["meetings"]:
        for person in meeting["participants"][:1]:
            person["title"] = "Commissaire général aux affaires imaginaires"
        meeting["participants"].append({"name": STRANGER, "role": "guest", "country": "Atlantide"})
        meeting["outcomes"].append(
            {"type": "other", "text": "resolved to deepen ties in every conceivable field"}
        )
        meeting["venue"] = "Palais des Congrès Fantômes"
    draft["summary"] = {
        "fr": f"{STRANGER} a tout organisé. Ce fut long. Ce fut utile. Ce fut tout.",
        "en": f"{STRANGER} arranged it all. It was long. It was useful. That was all.",
    }
    return draft


def gold_of(request: RecordedRequest, golds: dict[str, Analysis]) -> Analysis:
    return golds[document_id(request)]


def corpus(tmp_path: Path) -> tuple[list[communique.Source], dict[str, Analysis]]:
    """Every eval case and example, with a gold record for each (the examples': the
    rules' record, good enough to spoil)."""
    sources, golds = [], {}
    for folder in FOLDERS:
        for text in sorted(folder.glob("*.txt")):
            source = parse(text.read_text(encoding="utf-8"), id=f"{folder.name}-{text.stem}")
            sources.append(source)
            golds[source.id or ""] = Analysis.model_validate_json(text.with_suffix(".json").read_text())
    for text in sorted(EXAMPLES.glob("*.txt")):
        source = parse(text.read_text(encoding="utf-8"), id=f"example-{text.stem}")
        sources.append(source)
        golds[source.id or ""] = communique.analyse(text.read_text(encoding="utf-8"), backend="rules")
    return sources, golds


def weak_model(fake: FakeOpenAI, **flags: Any) -> Pipeline:
    settings = {"model": "weak", "base_url": fake.base_url, "mode": "tools", "max_retries": 1,
                "summaries": "model", "api_key": KEY, "retry_seconds": 2.0, "timeout": 10.0}  # fmt: skip
    return Pipeline(communique.configure({**settings, **flags}))


def test_every_case_gives_a_record_repaired_and_never_the_invented_name(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    sources, golds = corpus(tmp_path)
    assert len(sources) >= 130
    fake_openai.responder = lambda request: chat_auto(spoiled(gold_of(request, golds)))
    pipeline = weak_model(fake_openai)
    statuses: dict[str, int] = {}
    for source in sources:
        record = pipeline.run(source)
        made = record.provenance
        assert made is not None and made.attempts == 2  # asked once more, with the reasons
        statuses[made.status] = statuses.get(made.status, 0) + 1
        shown = record.model_dump_json(exclude={"provenance"})
        assert STRANGER not in shown and "Fantômes" not in shown and "imaginaires" not in shown
        assert record.summary is not None and made.summaries == "code"  # the model's failed: code wrote them
        assert any(STRANGER in r for r in made.repairs) or not golds[source.id or ""].meetings
    assert statuses == {"repaired": len(sources)}, statuses


def test_strict_keeps_all_or_nothing(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    sources, golds = corpus(tmp_path)
    fake_openai.responder = lambda request: chat_auto(spoiled(gold_of(request, golds)))
    pipeline = weak_model(fake_openai, strict=True)
    for source in sources[:5]:
        with pytest.raises(ValidationFailed, match=STRANGER):
            pipeline.run(source)


def test_a_batch_counts_clean_repaired_with_problems_and_failed(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    folder = tmp_path / "briefs"
    folder.mkdir()
    brief = (EXAMPLES / "rabat-madrid-fr.txt").read_text().replace("id: example-rabat-madrid\n", "")
    for name in ("a-clean", "b-repaired", "c-unread", "d-refused", "e-failed"):
        (folder / f"{name}.txt").write_text(brief + f"\n{name}\n")
    gold = communique.analyse(brief, backend="rules")
    answers = {"a-clean": perfect_draft(gold), "b-repaired": spoiled(gold), "c-unread": "{not json"}

    def answer(request: RecordedRequest) -> Any:
        name = document_id(request)
        if name == "e-failed":  # an endpoint's error: the offline reading too, the error among its problems
            return status(400, body={"error": {"message": "bad request"}})
        return refusal("I cannot help with that.") if name == "d-refused" else chat_auto(answers[name])

    fake_openai.responder = answer
    items = communique.load([str(folder)])
    errors, out = tmp_path / "errors.jsonl", tmp_path / "out.jsonl"
    tally = communique.analyse_many(items, pipeline=weak_model(fake_openai), output=out, errors=errors)
    # a refusal and an endpoint's error are the offline reading with their problem named, never a document lost
    assert (tally.done, tally.clean, tally.repaired, tally.problems, tally.failed) == (5, 1, 1, 3, 0)
    logged = [json.loads(line) for line in errors.read_text().splitlines()]
    assert sorted((e["id"], e["status"]) for e in logged) == [
        ("c-unread", "problems"),
        ("d-refused", "problems"),
        ("e-failed", "problems"),
    ]


def test_a_reply_that_holds_the_key_is_refused_and_never_cached(fake_openai: FakeOpenAI) -> None:
    source = parse((EXAMPLES / "rabat-madrid-fr.txt").read_text())
    gold = communique.analyse(source.text, backend="rules")
    leaky = perfect_draft(gold)
    leaky["meetings"][0]["venue"] = f"room {KEY[9:21]}"  # a piece from the middle of the key
    fake_openai.responder = lambda request: chat_auto(leaky)
    pipeline = weak_model(fake_openai, strict=True)  # else the offline reading (test_faults53)
    with pytest.raises(ModelError, match="API key") as caught:
        pipeline.run(source)
    assert KEY[9:21] not in str(caught.value)
    assert pipeline.cache is not None and pipeline.cache.info().entries <= 1  # the remembered mode at most


def test_key_pieces_of_eight_characters_are_redacted_anywhere() -> None:
    text = f"refused: {KEY[-10:]} and {KEY[3:11]}, not {KEY[5:12]}"
    shown = redact(text, KEY)
    assert not leaks(shown, KEY) and shown.startswith("refused: **** and ****,")
    assert KEY[5:12] in shown  # seven characters: not a piece that counts


@pytest.mark.parametrize("complete", ["gaps", "decisions"])
def test_a_reply_that_claims_a_report_but_lists_no_meeting_gives_the_offline_meetings(
    fake_openai: FakeOpenAI, complete: str
) -> None:
    """A reply saying the text reports a meeting but listing none (a key given twice, the second
    empty, is one way to it) is not "no meeting": the meetings the offline reading finds fill it."""
    source = parse((EXAMPLES / "rabat-madrid-fr.txt").read_text())
    reference = communique.analyse(source.text, backend="rules")
    fake_openai.responder = lambda request: chat_auto({"is_meeting_report": True, "meetings": []})
    record = weak_model(fake_openai, complete=complete).run(source)
    assert record.is_meeting_report and len(record.meetings) == len(reference.meetings) >= 1
    assert {p.name for p in record.meetings[0].participants} == {
        p.name for p in reference.meetings[0].participants
    }
    assert record.provenance is not None and any("added" in note for note in record.provenance.completed)


#: Replies no attempt can read, each every time it is asked: what a small local model or a
#: misconfigured server sends.
UNREADABLE: dict[str, Any] = {
    "prose": chat_json("Sure! The ministers met and it went well."),
    "JSON that fails the schema": chat_json({"meetings": "many"}),
    "cut off before anything readable": chat_json('{"is_meeting_report": tr', finish_reason="length"),
    "empty": chat_json(""),
}


@pytest.mark.parametrize("reply", list(UNREADABLE), ids=list(UNREADABLE))
def test_replies_that_cannot_be_read_leave_the_record_to_the_offline_reading(
    fake_openai: FakeOpenAI, reply: str
) -> None:
    """Was: an error and no record, after minutes of a local model's generating. The record
    is the offline reading of the text, the model's attempts and tokens counted, and why
    among its problems (so a batch counts it 'with problems' and exits 5)."""
    fake_openai.responder = lambda request: UNREADABLE[reply]
    text = (EXAMPLES / "rabat-madrid-fr.txt").read_text()
    record = weak_model(fake_openai, cache=False).run(parse(text))
    offline = communique.analyse(text, backend="rules")
    assert record.model_dump(exclude={"provenance"}) == offline.model_dump(exclude={"provenance"})
    made = record.provenance
    assert made is not None and made.backend == "openai" and made.status == "problems"
    assert made.attempts == 2 and made.summaries == "code"
    assert made.problems == [made.problems[0]] and made.problems[0].endswith(
        "; the record is the offline reading of the text"
    )
    assert made.tokens_out > 0 and not made.repairs


def test_an_unread_record_is_not_kept_so_the_next_run_asks_again(fake_openai: FakeOpenAI) -> None:
    fake_openai.responder = lambda request: UNREADABLE["prose"]
    source = parse((EXAMPLES / "rabat-madrid-fr.txt").read_text())
    weak_model(fake_openai).run(source)
    fake_openai.responder = lambda request: chat_auto(
        perfect_draft(communique.analyse(source.text, backend="rules"))
    )
    again = weak_model(fake_openai).run(source)
    assert again.provenance is not None and again.provenance.status == "clean" and not again.provenance.cached


@pytest.mark.parametrize("flags", [{"strict": True}, {"complete": "off"}], ids=["strict", "no completing"])
def test_strict_or_no_completing_keeps_the_error(fake_openai: FakeOpenAI, flags: dict[str, Any]) -> None:
    fake_openai.responder = lambda request: UNREADABLE["prose"]
    with pytest.raises(ValidationFailed, match="failed validation after 2 attempt"):
        weak_model(fake_openai, cache=False, **flags).run(
            parse((EXAMPLES / "rabat-madrid-fr.txt").read_text())
        )


def test_a_language_the_offline_reading_cannot_read_keeps_the_error(fake_openai: FakeOpenAI) -> None:
    fake_openai.responder = lambda request: UNREADABLE["prose"]
    german = "Der Innenminister empfing am Dienstag in Berlin seinen polnischen Amtskollegen zu Gesprächen."
    with pytest.raises(ValidationFailed, match="failed validation"):
        weak_model(fake_openai, cache=False).run(parse(german))


def test_on_the_command_line_an_unread_reply_is_a_record_with_problems(fake_openai: FakeOpenAI) -> None:
    fake_openai.responder = lambda request: UNREADABLE["prose"]
    result = run("summarise", str(EXAMPLES / "rabat-madrid-fr.txt"), "--no-cache", env=model_env(fake_openai))
    assert result.returncode == 5, result.stderr
    record = Analysis.model_validate_json(result.stdout)
    assert record.meetings and record.provenance is not None and record.provenance.status == "problems"
    (said,) = result.stderr.splitlines()
    assert said.startswith("communique: problems: example-rabat-madrid") and "Invalid JSON" in said, said
    assert said.endswith("the record is the offline reading of the text") and "Traceback" not in result.stderr
