"""The model path against an HTTP-level fake of an OpenAI-compatible server: what is
sent, what comes back, re-asks, transient faults, modes, the cache."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from fakeserver import FakeOpenAI, chat_auto, chat_json, chat_tool, delay, drop, raw, refusal, status
from runner import run
from support import BRIEF, BRIEF_MINISTERS, GOOD_DRAFT, SECRET, model_env, refused_port, with_name

from communique.config import resolve
from communique.errors import ConfigError, ModelError, ValidationFailed
from communique.ingest import parse
from communique.pipeline import Pipeline
from communique.prompts import load


def pipeline(fake: FakeOpenAI, **flags: Any) -> Pipeline:
    base = {"model": "fake-model", "base_url": fake.base_url, "api_key": SECRET, "retry_seconds": 5.0,
            "timeout": 5.0, "summaries": "model"}  # fmt: skip
    return Pipeline(resolve({**base, **flags}))


def test_valid_reply_in_tools_mode(fake_openai: FakeOpenAI) -> None:
    fake_openai.enqueue(chat_auto(GOOD_DRAFT))
    record = pipeline(fake_openai, mode="tools").run(parse(BRIEF))
    (request,) = fake_openai.requests
    assert request.headers["authorization"] == f"Bearer {SECRET}"  # sent to the endpoint, and only there
    assert request.json["model"] == "fake-model" and request.json["temperature"] == 0
    (tool,) = request.tools
    assert tool["function"]["name"] == "ModelDraft"
    assert "is_meeting_report" in json.dumps(tool["function"]["parameters"])
    prompt = load("extract")
    # the versioned prompt, as released, with its summaries section: the model writes them
    assert request.messages[0]["content"] == "\n".join([prompt.system, prompt.sections["summaries"]])
    assert (
        "<communique>" in request.messages[1]["content"]
        and "Grande-Marlaska" in request.messages[1]["content"]
    )
    assert "2026-02-12" in request.messages[1]["content"]  # the publication date is given
    assert record.provenance is not None
    p = record.provenance
    assert (p.backend, p.model, p.endpoint, p.prompt, p.cached, p.attempts) == (
        "openai", "fake-model", f"127.0.0.1:{fake_openai.port}", prompt.ref, False, 1,
    )  # fmt: skip
    assert (p.tokens_in, p.tokens_out) == (11, 7) and p.prompt_sha256 == prompt.sha256[:12]
    (meeting,) = record.meetings
    assert str(meeting.date) == "2026-02-10" and meeting.parties == ["ES", "MA"]  # normalised by code
    assert [(p.name, p.party, p.role.value) for p in meeting.participants] == [
        ("Abdelouafi Laftit", "MA", "host"), ("Fernando Grande-Marlaska", "ES", "guest"),
    ]  # fmt: skip
    assert [t.value for t in meeting.topics] == ["drug_trafficking", "event_security", "illegal_migration",
                                                 "operational_cooperation"]  # fmt: skip
    assert record.summary is not None and record.summary.en.startswith("On 10 February 2026")


def test_json_schema_mode_sends_the_schema(fake_openai: FakeOpenAI) -> None:
    fake_openai.enqueue(chat_auto(GOOD_DRAFT))
    pipeline(fake_openai, mode="json_schema").run(parse(BRIEF))
    (request,) = fake_openai.requests
    assert request.tools is None
    assert request.response_format["type"] == "json_schema"
    assert request.response_format["json_schema"]["name"] == "ModelDraft"
    assert "date_text" in json.dumps(request.response_format["json_schema"]["schema"])


def test_invalid_json_then_valid_is_reasked_and_counted(fake_openai: FakeOpenAI) -> None:
    fake_openai.enqueue(chat_json("{not json at all"), chat_auto(GOOD_DRAFT))
    record = pipeline(fake_openai, mode="json_schema").run(parse(BRIEF))
    assert len(fake_openai.requests) == 2
    assert record.provenance is not None
    assert (record.provenance.attempts, record.provenance.tokens_in, record.provenance.tokens_out) == (
        2,
        22,
        14,
    )


def test_hallucinated_name_is_reasked_with_the_reason(fake_openai: FakeOpenAI) -> None:
    fake_openai.enqueue(chat_auto(with_name("Lars Jensen")), chat_auto(GOOD_DRAFT))
    record = pipeline(fake_openai, mode="tools").run(parse(BRIEF))
    assert [p.name for p in record.meetings[0].participants] == BRIEF_MINISTERS
    second = json.dumps(fake_openai.requests[1].messages, ensure_ascii=False)
    assert "Lars Jensen" in second and "does not occur in the text" in second


def test_persistent_validation_failure_gives_the_repaired_record(fake_openai: FakeOpenAI) -> None:
    fake_openai.responder = lambda request: chat_auto(with_name("Lars Jensen"))
    record = pipeline(fake_openai, mode="tools", max_retries=1).run(parse(BRIEF))
    assert len(fake_openai.requests) == 2
    made = record.provenance
    assert made is not None and made.attempts == 2 and made.status == "repaired" and not made.problems
    assert "Lars Jensen" not in record.model_dump_json(exclude={"provenance"})  # removed, never kept
    assert any("Lars Jensen" in r and "not named in the text" in r for r in made.repairs)
    assert made.summaries == "code"  # the model's summaries named him: code wrote them from the record
    second = fake_openai.requests[1].messages
    assert second[-2]["role"] == "assistant" and "Lars Jensen" in second[-2]["content"]  # compact, to correct
    assert "Lars Jensen" in second[-1]["content"] and "does not occur in the text" in second[-1]["content"]


def test_persistent_validation_failure_is_a_typed_error_when_strict(fake_openai: FakeOpenAI) -> None:
    fake_openai.responder = lambda request: chat_auto(with_name("Lars Jensen"))
    with pytest.raises(ValidationFailed) as caught:
        pipeline(fake_openai, mode="tools", max_retries=1, strict=True).run(parse(BRIEF))
    assert caught.value.attempts == 2 and len(fake_openai.requests) == 2
    assert any("Lars Jensen" in p for p in caught.value.problems)


def test_rate_limit_honours_retry_after_and_is_not_a_reask(fake_openai: FakeOpenAI) -> None:
    fake_openai.enqueue(status(429, headers={"Retry-After": "1"}), chat_auto(GOOD_DRAFT))
    started = time.monotonic()
    record = pipeline(fake_openai, mode="tools").run(parse(BRIEF))
    first, second = fake_openai.requests
    assert second.time - first.time >= 0.95
    assert second.messages == first.messages  # an API error never becomes a re-ask prompt
    assert record.provenance is not None and record.provenance.attempts == 1
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("fault", [status(500), status(502), status(503), drop(), drop(reset=True)])
def test_transient_fault_then_success(fake_openai: FakeOpenAI, fault: Any) -> None:
    fake_openai.enqueue(fault, chat_auto(GOOD_DRAFT))
    record = pipeline(fake_openai, mode="tools").run(parse(BRIEF))
    assert record.is_meeting_report and len(fake_openai.requests) == 2


def test_persistent_server_error_gives_the_offline_reading_and_one_line(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    fake_openai.responder = lambda request: status(500)
    brief = tmp_path / "brief.txt"
    brief.write_text(BRIEF)
    result = run("summarise", str(brief), env=model_env(fake_openai, COMMUNIQUE_RETRY_SECONDS="4"))
    assert result.returncode == 5  # the offline reading, the fault first among its problems
    *retries, error = result.stderr.splitlines()
    assert error.startswith("communique: problems: ") and "500" in error
    assert error.endswith("the record is the offline reading of the text")
    assert json.loads(result.stdout)["provenance"]["problems"][0].startswith("127.0.0.1")
    assert all(" answered 500; retrying in " in line for line in retries)
    assert SECRET not in result.stderr
    assert 2 <= len(fake_openai.requests) <= 8  # retried, within the bounded time


def test_timeout_is_reported(fake_openai: FakeOpenAI) -> None:
    fake_openai.responder = lambda request: delay(3, chat_auto(GOOD_DRAFT))
    with pytest.raises(ModelError, match=r"did not answer within 0\.5 s"):
        pipeline(fake_openai, mode="tools", timeout=0.5, retry_seconds=1.0, strict=True).run(parse(BRIEF))


#: A reply cut off at the token limit before anything the schema takes.
CUT_EARLY = '{"is_meeting_report": true, "meetings": [{"kind": "working_meet'


def test_truncated_reply_is_never_sent_back(fake_openai: FakeOpenAI) -> None:
    fake_openai.enqueue(chat_json(CUT_EARLY, finish_reason="length"), chat_auto(GOOD_DRAFT))
    record = pipeline(fake_openai, mode="tools").run(parse(BRIEF))
    first, second = fake_openai.requests
    assert len(second.messages) == len(first.messages) + 1  # a note, never the reply that ran on
    assert second.messages[-1]["role"] == "user" and "cut off" in second.messages[-1]["content"]
    assert (
        record.provenance is not None
        and record.provenance.attempts == 2
        and record.provenance.status == "clean"
    )


def test_replies_cut_off_every_time_are_one_clear_error(fake_openai: FakeOpenAI) -> None:
    fake_openai.responder = lambda request: chat_json(CUT_EARLY, finish_reason="length")
    with pytest.raises(ModelError, match=r"cut off .*max-tokens"):
        pipeline(fake_openai, mode="tools", max_retries=1, strict=True).run(parse(BRIEF))
    assert len(fake_openai.requests) == 2


def test_refusal_is_reported(fake_openai: FakeOpenAI) -> None:
    fake_openai.enqueue(refusal("I cannot help with that."))
    with pytest.raises(ModelError, match="refused"):  # strict: else the offline reading (test_faults53)
        pipeline(fake_openai, mode="tools", strict=True).run(parse(BRIEF))


@pytest.mark.parametrize(("code", "message"), [(401, "refused the API key"), (404, "does not know model")])
def test_key_and_model_errors_are_config_errors(fake_openai: FakeOpenAI, code: int, message: str) -> None:
    fake_openai.enqueue(status(code))
    with pytest.raises(ConfigError, match=message) as caught:
        pipeline(fake_openai, mode="tools").run(parse(BRIEF))
    assert SECRET not in str(caught.value) and len(fake_openai.requests) == 1


def test_endpoint_down_at_start() -> None:
    started = time.monotonic()
    with (
        refused_port() as base_url,
        pytest.raises(ConfigError, match=r"^nothing listens on 127\.0\.0\.1:\d+; start"),
    ):
        Pipeline(resolve({"model": "m", "base_url": base_url})).run(parse(BRIEF))  # the default retry budget
    assert time.monotonic() - started < 5  # a refused local port is not retried


def test_auto_mode_falls_back_when_the_endpoint_rejects_json_schema(fake_openai: FakeOpenAI) -> None:
    rejected = status(
        500, body={"error": {"message": "Input should be 'text' or 'json_object'", "type": "server_error"}}
    )

    def llama_like(request: Any) -> Any:
        kind = (request.response_format or {}).get("type")
        return rejected if kind == "json_schema" else chat_auto(GOOD_DRAFT)

    def formats() -> list[str | None]:
        return [(r.response_format or {}).get("type") for r in fake_openai.requests]

    fake_openai.responder = llama_like
    first = pipeline(fake_openai).run(parse(BRIEF))
    assert formats() == ["json_schema", "json_object"]  # refused, then the schema in a JSON object
    schema = fake_openai.requests[1].response_format["schema"]
    assert schema["$defs"]["DraftParticipant"]["properties"]["name"]["anyOf"][0]["maxLength"] == 80
    assert (
        first.provenance is not None
        and not first.provenance.cached
        and first.provenance.mode == "json_object"
    )
    fake_openai.reset()
    fake_openai.responder = llama_like
    again = pipeline(fake_openai).run(
        parse(BRIEF + "\n\nSource : ministère.")
    )  # another document, the mode remembered
    assert again.meetings == first.meetings
    assert formats() == ["json_object"]


def test_cache_hit_skips_the_model_and_never_stores_the_key(
    fake_openai: FakeOpenAI, isolated_environment: Path
) -> None:
    fake_openai.enqueue(chat_auto(GOOD_DRAFT))
    first = pipeline(fake_openai, mode="tools").run(parse(BRIEF))
    second = pipeline(fake_openai, mode="tools").run(parse(BRIEF))
    assert len(fake_openai.requests) == 1
    assert second.provenance is not None and second.provenance.cached and second.meetings == first.meetings
    for path in (isolated_environment / "cache").rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes() and b"0123456789abcdef" not in path.read_bytes()
    fake_openai.enqueue(chat_auto(GOOD_DRAFT))
    refreshed = Pipeline(
        resolve(
            {"model": "fake-model", "base_url": fake_openai.base_url, "mode": "tools", "summaries": "model"}
        ),
        refresh=True,
    )
    assert refreshed.run(parse(BRIEF)).provenance.cached is False  # type: ignore[union-attr]
    assert len(fake_openai.requests) == 2


def test_the_record_made_of_a_reply_is_kept_until_the_code_or_a_setting_changes(
    fake_openai: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A document run again costs a lookup: neither the model nor the offline reading
    behind completion runs; another version of communique, or a setting that shapes the
    record, makes it again from the cached reply."""
    from communique import cache
    from communique.backends.rules import reader
    from communique.draft import Draft

    fake_openai.enqueue(chat_auto(GOOD_DRAFT))
    first = pipeline(fake_openai, mode="tools").run(parse(BRIEF))
    readings = []
    monkeypatch.setattr(
        reader, "read", lambda source: readings.append(source) or Draft(is_meeting_report=False)
    )
    again = pipeline(fake_openai, mode="tools").run(parse(BRIEF))
    assert again.provenance is not None and again.provenance.cached and not readings
    assert again.model_dump(exclude={"provenance"}) == first.model_dump(exclude={"provenance"})
    monkeypatch.setattr(cache, "code_sha256", lambda: "another version")
    upgraded = pipeline(fake_openai, mode="tools").run(parse(BRIEF))
    assert len(readings) == 1 and upgraded.provenance is not None and upgraded.provenance.cached
    pipeline(fake_openai, mode="tools", strict=True).run(parse(BRIEF))
    assert len(readings) == 2 and len(fake_openai.requests) == 1


def test_cache_key_changes_with_every_input_and_ignores_the_key(fake_openai: FakeOpenAI) -> None:
    from communique.backends.openai.backend import OpenAIBackend

    base = {"model": "m", "base_url": fake_openai.base_url, "mode": "tools", "api_key": SECRET}
    backend = OpenAIBackend(resolve(base))
    messages = backend.messages(parse(BRIEF))
    key = backend.cache_key(messages)
    assert key == OpenAIBackend(resolve({**base, "api_key": "sk-another-key-000000"})).cache_key(messages)
    assert SECRET not in key
    variants = [{"model": "m2"}, {"base_url": fake_openai.base_url + "/x"}, {"mode": "json_schema"},
                {"temperature": 0.5}, {"max_tokens": 100}]  # fmt: skip
    keys = {OpenAIBackend(resolve({**base, **v})).cache_key(messages) for v in variants}
    keys.add(backend.cache_key(backend.messages(parse(BRIEF + " Une phrase de plus."))))
    assert key not in keys and len(keys) == len(variants) + 1


def test_the_cache_key_recipe_is_unchanged() -> None:
    """Replies cached by earlier versions are still found: the key of a request is the
    same digest as it always was."""
    from communique.backends.openai.client import ModelClient

    settings = resolve({"model": "m", "base_url": "http://127.0.0.1:9/v1", "mode": "tools", "temperature": 0.0,
                        "max_tokens": 2000})  # fmt: skip
    messages = [{"role": "system", "content": "Lis le communiqué."},
                {"role": "user", "content": "Le ministre a reçu son homologue."}]  # fmt: skip
    parts = {"prompt": "extract@v1", "response_model": "ModelDraft"}
    assert ModelClient(settings).cache_key(messages, parts) == (
        "ba976d3d2094e59fad356b98487faa9e88b426b43efba2c4ffccb4bcd2a0b5bd"
    )


def test_a_reply_is_looked_up_and_stored_under_one_key_computed_once(
    fake_openai: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key of a request is computed once for the lookup and the store, and the reply
    is stored under the key a later run looks up (in the mode that worked, when ``auto``
    moved on to another)."""
    from communique.backends.openai.client import ModelClient
    from communique.cache import ReplyCache

    computed: list[str] = []
    original = ModelClient.cache_key
    monkeypatch.setattr(
        ModelClient, "cache_key", lambda self, *a: computed.append(original(self, *a)) or computed[-1]
    )
    fake_openai.enqueue(chat_auto(GOOD_DRAFT))
    made = pipeline(fake_openai, mode="tools")
    made.run(parse(BRIEF))
    assert len(computed) == 1
    backend: Any = made.backend
    assert computed[0] == backend.cache_key(backend.messages(parse(BRIEF)))
    assert ReplyCache(made.settings.cache_dir).get(computed[0]) is not None

    rejected = status(500, body={"error": {"message": "Input should be 'text' or 'json_object'"}})
    fake_openai.responder = lambda request: (
        rejected if (request.response_format or {}).get("type") == "json_schema" else chat_auto(GOOD_DRAFT)
    )
    computed.clear()
    ReplyCache(made.settings.cache_dir).clear()  # the mode that worked with tools is forgotten
    auto = pipeline(fake_openai, mode="auto")
    auto.run(parse(BRIEF))
    backend = auto.backend
    assert (
        backend.client.mode == "json_object" and len(computed) == 2
    )  # looked up in json_schema, stored after
    assert (
        ReplyCache(auto.settings.cache_dir).get(backend.cache_key(backend.messages(parse(BRIEF)))) is not None
    )


def test_code_summaries_leave_them_out_of_the_schema_and_the_prompt(fake_openai: FakeOpenAI) -> None:
    """A model on this machine writes the spans only: no summary in the schema or the
    prompt; one it adds anyway is dropped, and code writes them from the record."""
    fake_openai.enqueue(chat_auto(GOOD_DRAFT))
    record = pipeline(fake_openai, mode="tools", summaries="auto").run(parse(BRIEF))
    (request,) = fake_openai.requests
    (tool,) = request.tools
    assert tool["function"]["name"] == "SpansDraft"
    assert "summary" not in tool["function"]["parameters"]["properties"]
    assert "summary.fr" not in request.messages[0]["content"]
    made = record.provenance
    assert made is not None and made.summaries == "code" and made.status == "clean"
    assert record.summary is not None and record.summary.en != GOOD_DRAFT["summary"]["en"]


@pytest.mark.parametrize("mode", ["tools", "json_schema", "json", "md_json"])
def test_a_request_is_the_one_instructor_makes_in_every_mode(mode: str) -> None:
    """The shape of a request (tools, response format) is made once per model and mode;
    the request is still the one instructor would make, whatever the messages."""
    from communique.backends.openai import client
    from communique.draft import Draft

    settings = resolve({"model": "m", "base_url": "http://127.0.0.1:9/v1", "mode": mode})
    made = client.ModelClient(settings)
    for words in ("Le ministre a reçu son homologue.", "Another text, another request."):
        messages = [{"role": "system", "content": "Read the text."}, {"role": "user", "content": words}]
        base = {"model": "m", "messages": messages, "temperature": settings.temperature,
                "max_tokens": settings.max_tokens}  # fmt: skip
        assert made.request_body(Draft, messages, mode=mode) == client._instructed(Draft, mode, base)
    assert (client._shape(Draft, mode) is None) == (mode in ("json", "md_json"))


def test_a_line_break_written_raw_inside_a_string_is_read_in_json_object_mode(
    fake_openai: FakeOpenAI,
) -> None:
    """A small model under llama.cpp's JSON grammar may put a raw line break in a string
    (JSON forbids it): the reply is read, not thrown away; a reply that is not JSON at
    all still says why."""
    english = GOOD_DRAFT["summary"]["en"]
    text = json.dumps(GOOD_DRAFT, ensure_ascii=False).replace(english, english.replace(" ", "\n\t", 1))
    assert "\n" in text
    fake_openai.enqueue(chat_json(text))
    record = pipeline(fake_openai, mode="json_object").run(parse(BRIEF))
    assert record.provenance is not None and record.provenance.attempts == 1 and record.meetings
    fake_openai.enqueue(chat_json('{"is_meeting_report": tru'), chat_json('{"is_meeting_report": tru'))
    with pytest.raises(ValidationFailed, match="Invalid JSON"):
        pipeline(fake_openai, mode="json_object", max_retries=1, strict=True).run(parse(BRIEF + " Encore."))


def test_streamed_replies_share_one_connection(fake_openai: FakeOpenAI) -> None:
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    made = pipeline(fake_openai, mode="tools", cache=False, log=False)
    for number in range(3):
        made.run(parse(f"{BRIEF}\nRéférence {number}.\n"))
    requests = fake_openai.chat_requests
    assert len(requests) == 3 and all(request.stream for request in requests)
    # the body is read to its end after [DONE], so its connection serves the next request
    assert len({request.client_address for request in requests}) == 1


def test_what_follows_the_end_of_a_stream_is_not_read_as_the_reply(fake_openai: FakeOpenAI) -> None:
    from fakeserver import _render_sse

    events = _render_sse(chat_tool(GOOD_DRAFT, name="ModelDraft").completion or {}, True)
    after = b'data: {"error": {"message": "not a chunk"}}\n\ndata: [DONE]\n\n'
    fake_openai.enqueue(raw(events + after, content_type="text/event-stream"), chat_auto(GOOD_DRAFT))
    made = pipeline(fake_openai, mode="tools", cache=False, log=False)
    first = made.run(parse(BRIEF))
    second = made.run(parse(f"{BRIEF}\nRéférence.\n"))
    assert first.provenance is not None and first.provenance.attempts == 1
    assert first.meetings == second.meetings
    requests = fake_openai.chat_requests
    assert len({request.client_address for request in requests}) == 1


def test_a_plain_http_endpoint_loads_no_certificate_store() -> None:
    """An ``http://`` endpoint is reached without TLS: its client is given a context that
    trusts no authority (loading the store costs a batch's first requests tens of
    milliseconds); any other endpoint keeps the default checks."""
    import ssl

    from communique.backends.openai.client import _tls

    plain = _tls("http://127.0.0.1:8080/v1")["verify"]
    assert isinstance(plain, ssl.SSLContext)
    assert plain.verify_mode == ssl.CERT_REQUIRED and plain.check_hostname
    assert plain.cert_store_stats()["x509_ca"] == 0
    assert _tls("https://api.example.com/v1") == {} and _tls(None) == {}
