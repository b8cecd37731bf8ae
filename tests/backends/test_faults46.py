"""The library and the model client against hostile input and a misbehaving server (the
forty-sixth adversarial reading). (docs/hardening.md lists them.)"""

from __future__ import annotations

import contextlib
import json
import os
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, accepting, chat_auto, raw
from runner import run
from support import GOOD_DRAFT, SECRET, model_env, refused_as_no_api

import communique
from communique.errors import ConfigError, InputError, readable

BRIEF = EXAMPLES / "rabat-madrid-fr.txt"
TEXT = BRIEF.read_text(encoding="utf-8")

#: What a Wi-Fi sign-in page answers to any request.
PORTAL = (
    "<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>Connexion au Wi-Fi &laquo; Gare du Nord &raquo;"
    "</title></head><body><form>Accept the terms</form></body></html>"
)


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        (raw(PORTAL, content_type="text/html; charset=utf-8"), "an HTML page titled 'Connexion au Wi-Fi « Gare du Nord »'"),
        (raw(PORTAL), "an HTML page titled"),
        (raw("<html><body>It works!</body></html>", content_type="text/plain"), "an HTML page saying 'It works!' ("),
        (raw('{"status": "ok", "version": "2.4.1"}'), """JSON that is no chat completion ('{"status": "ok", "version": "2.4.1"}')"""),
        (raw("[1, 2, 3]"), "JSON that is no chat completion ('[1, 2, 3]')"),
    ],
    ids=["a sign-in page", "a page said to be JSON", "a page said to be text", "another API's JSON", "a list"],
)  # fmt: skip
def test_a_server_that_is_no_openai_api_is_said_so_at_once(
    fake_openai: FakeOpenAI, reply: Any, said: str
) -> None:
    """Was: retried for the whole retry budget (90 s by default) as a reply cut short, then
    `the replies of HOST could not be read, after retries: not a chat completion (text/html, …)`."""
    line = refused_as_no_api(fake_openai, reply)
    assert line.startswith(
        f"communique: error: {fake_openai.base_url}/chat/completions?api-key=**** is not an OpenAI-compatible API: "
        f"it answered 200 with {said}"
    ), line
    assert "check --base-url" in line


def test_a_server_that_is_no_openai_api_stops_a_batch(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    """Every document would get the same page: the first stops the batch, as a refused key does."""
    for number in range(4):
        (tmp_path / f"brief-{number}.txt").write_text(TEXT.replace("id: example-rabat-madrid\n", ""))
    fake_openai.responder = lambda request: raw(PORTAL, content_type="text/html")
    result = run("summarise", str(tmp_path), "-j", "1", "--no-cache", env=model_env(fake_openai))
    assert result.returncode == 4, result.stderr
    assert "is not an OpenAI-compatible API" in result.stderr and "the batch stopped" in result.stderr
    assert len(fake_openai.chat_requests) == 1


def test_a_chat_completion_sent_as_html_is_still_read(fake_openai: FakeOpenAI) -> None:
    """A server that labels its JSON wrongly is no web page: the body is what counts."""
    fake_openai.responder = lambda request: _relabelled(chat_auto(GOOD_DRAFT), request)
    result = run("summarise", str(BRIEF), "--no-cache", "--mode", "tools",
                 env=model_env(fake_openai, COMMUNIQUE_SUMMARIES="code"))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["meetings"]


def _relabelled(reply: Any, request: Any) -> Any:
    """``reply`` sent whole (never streamed) with a content type of ``text/html``."""
    from fakeserver import _body, _resolve

    made, _ = _resolve(reply, request)
    request.json.pop("stream", None)
    body, _ = _body(made, request)
    return raw(body, content_type="text/html")


@pytest.mark.parametrize(
    "message",
    [
        "caf\udce9.txt: no such file",
        "lang 'x\\udce9' is not an ISO 639-1 code",
        "half of a pair \ud83d alone",
    ],
    ids=["a byte kept as a surrogate", "one that repr escaped", "a half of a UTF-16 pair"],
)
def test_a_library_error_is_readable_and_printable(message: str) -> None:
    """Was: the error's message held the surrogate (`print(error)` an `UnicodeEncodeError`)
    or, quoted with repr, `\\udce9`."""
    error = InputError(message)
    str(error).encode("utf-8")  # printable
    assert "\\udc" not in str(error)
    assert readable("a \\\\udce9 written so") == "a \\\\udce9 written so"  # a backslash escaped is no escape
    assert readable("a pair \ud83d\udcf0 made whole") == "a pair \U0001f4f0 made whole"


def test_library_errors_name_a_file_or_a_value_that_is_not_utf8_by_its_bytes(tmp_path: Path) -> None:
    missing = os.fsdecode(bytes(tmp_path) + b"/absent\xe9.txt")
    (loaded,) = communique.load([missing])
    assert str(loaded.error).endswith("absent\\xe9.txt: no such file")
    with pytest.raises(InputError) as caught:
        communique.analyse(TEXT, lang="x\udce9")
    assert "'x\\xe9'" in str(caught.value)
    with pytest.raises(ConfigError) as refused:
        communique.configure(model="gpt\udce9")
    assert "'gpt\\xe9' is no model's name (a byte that is not UTF-8 in it)" in str(refused.value)


@pytest.mark.parametrize(
    ("key", "held"),
    [
        (SECRET + " ", "a blank or a line break"),
        (SECRET[:10] + "\n" + SECRET[10:], "a blank or a line break"),
        ("\u201c" + SECRET + "\u201d", "a character that is not ASCII (U+201C)"),
        (SECRET[:5] + "\udce9" + SECRET[5:], "a byte that is not UTF-8"),
    ],
    ids=["a blank at its end", "a line break", "typographic quotes", "a byte that is not UTF-8"],
)
def test_an_api_key_no_header_can_carry_is_a_configuration_error(
    fake_openai: FakeOpenAI, key: str, held: str
) -> None:
    """Was: a blank or a line break failed every request as a dropped connection (`Illegal
    header value`), retried for the whole retry budget, then `cannot reach HOST`; a quote
    or an accent `model call failed: UnicodeEncodeError … (header 'Authorization')`."""
    result = run("summarise", str(BRIEF), "--no-cache", env=model_env(fake_openai, OPENAI_API_KEY=key))
    assert result.returncode == 4 and fake_openai.requests == [], result.stderr
    assert result.stderr.strip() == (
        f"communique: error: the API key (OPENAI_API_KEY) holds {held}, which no key holds and no HTTP header "
        "carries: give the key alone"
    )
    with pytest.raises(ConfigError, match=r"the API key \(--api-key\) holds"):
        communique.configure(api_key=key, model="m")


def _called(name: Callable[[str], str], arguments: str) -> Any:
    """A reply whose one tool call is to ``name`` of the function asked for."""

    def reply(request: Any) -> Any:
        called = name(request.tool_choice["function"]["name"])
        message = {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": called, "arguments": arguments}}]}  # fmt: skip
        return raw(json.dumps({"id": "c", "object": "chat.completion", "created": 0, "model": "m", "choices": [
            {"index": 0, "message": message, "finish_reason": "tool_calls"}]}))  # fmt: skip

    return reply


@pytest.mark.parametrize(
    ("name", "arguments", "said"),
    [
        (str.lower, json.dumps(GOOD_DRAFT), ""),
        (lambda asked: re.sub("(?<=.)([A-Z])", r"_\1", asked).lower(), json.dumps(GOOD_DRAFT), ""),
        (str, json.dumps(json.dumps(GOOD_DRAFT)), "the reply's object came as the text of a JSON string (encoded twice)"),
    ],
    ids=["in lower case", "with an underscore", "arguments encoded twice"],
)  # fmt: skip
def test_a_tool_call_a_small_model_spells_its_own_way_is_read_at_once(
    fake_openai: FakeOpenAI, name: Callable[[str], str], arguments: str, said: str
) -> None:
    """Was: asked again at every attempt, each paid for, then the offline reading (exit 5):
    `the reply called the function 'modeldraft'; call 'ModelDraft'`, and `Input should be
    a valid dictionary` for arguments sent as a JSON string holding the object's JSON."""
    fake_openai.responder = _called(name, arguments)
    result = run("summarise", str(BRIEF), "--no-cache", "--mode", "tools",
                 env=model_env(fake_openai, COMMUNIQUE_SUMMARIES="code"))  # fmt: skip
    assert result.returncode == 0 and len(fake_openai.chat_requests) == 1, result.stderr
    assert json.loads(result.stdout)["meetings"] and said in result.stderr


def test_a_function_of_another_name_is_still_asked_again(fake_openai: FakeOpenAI) -> None:
    fake_openai.responder = _called(lambda asked: "DeleteAllRecords", json.dumps(GOOD_DRAFT))
    result = run(
        "summarise", str(BRIEF), "--no-cache", "--mode", "tools", "--strict", env=model_env(fake_openai)
    )
    assert result.returncode == 1 and "the reply called the function 'DeleteAllRecords'" in result.stderr


@pytest.mark.parametrize(
    ("reply", "said", "requests"),
    [
        (
            raw(b"\x1f\x8b\x08\x00" + b"\x00" * 40),
            "its body is gzip-compressed, which its headers do not say",
            1,
        ),
        (
            raw(b"\x00\xff\xfe\x80 binary"),
            "not a chat completion (application/json, 11 bytes: not UTF-8 text)",
            3,
        ),
        (
            raw(b"", status=429, headers={"Retry-After": "1e308"}),
            "asked to wait over a hundred years, over",
            1,
        ),
    ],
    ids=["gzip its headers do not say", "bytes of no text", "a wait of 1e308 seconds"],
)
def test_a_reply_of_bytes_or_a_wait_past_reading_is_said_in_words(
    fake_openai: FakeOpenAI, reply: Any, said: str, requests: int
) -> None:
    """Was: a gzip body without its header retried for the budget and shown, like any bytes
    of no text, as a line of U+FFFD and symbols; a `Retry-After: 1e308` said as a number of
    300 digits of days."""
    fake_openai.responder = lambda request: reply
    result = run("summarise", str(BRIEF), "--no-cache", env=model_env(fake_openai))
    assert result.returncode == 5 and len(fake_openai.chat_requests) == requests, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert said in last and "\ufffd" not in result.stderr and len(last) < 300, last


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        (raw("<html><head><title>502 Bad Gateway</title></head><body>" + "<p>upstream down</p>" * 20_000 + "</body></html>",
             status=502, content_type="text/html"), "answered 502: an HTML page titled '502 Bad Gateway' (400,"),
        (raw("<!doctype html><html><head><style>p{color:red}</style></head><body><h1>Bad request</h1>"
             f"<p>Missing &amp; wrong {SECRET}</p></body></html>", status=400, content_type="text/html"),
         "answered 400: an HTML page saying 'Bad request Missing & wrong ****' ("),
    ],
    ids=["a proxy's error page", "a page without a title"],
)  # fmt: skip
def test_an_error_page_is_said_by_its_title_or_its_words(
    fake_openai: FakeOpenAI, reply: Any, said: str
) -> None:
    """Was: its markup, `answered 502: <html><head><title>502 Bad Gateway</title></head><body><p>…`."""
    fake_openai.responder = lambda request: reply
    result = run(
        "summarise", str(BRIEF), "--no-cache", env=model_env(fake_openai, COMMUNIQUE_RETRY_SECONDS="1")
    )
    assert result.returncode == 5, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert said in last and "<" not in last and SECRET[:8] not in result.stderr, last


@contextlib.contextmanager
def _trickling_headers() -> Iterator[tuple[str, list[int]]]:
    """The base URL of a server that answers each request with a status line, then a
    header line every tenth of a second, never ending its headers; and its count of
    connections."""
    stop = threading.Event()

    def answer(connection: socket.socket) -> None:
        with contextlib.suppress(OSError), connection:
            connection.recv(65536)
            connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
            for number in range(100_000):
                if stop.wait(0.1):
                    return
                connection.sendall(f"X-Pad-{number}: aaaaaaaaaa\r\n".encode())

    with accepting(answer) as served:
        try:
            yield served
        finally:
            stop.set()


def test_a_server_that_never_ends_its_headers_is_stopped_at_the_deadline() -> None:
    """Was: a header line now and then, within the idle timeout, held the request past the
    deadline (checked only on the body's pieces): twenty minutes before the headers were
    too large, for ever with longer pauses."""
    with _trickling_headers() as (base, count):
        env = {"COMMUNIQUE_MODEL": "m", "COMMUNIQUE_BASE_URL": base, "OPENAI_API_KEY": SECRET,
               "COMMUNIQUE_TIMEOUT": "2", "COMMUNIQUE_DEADLINE": "3", "COMMUNIQUE_RETRY_SECONDS": "1"}  # fmt: skip
        started = time.monotonic()
        result = run("summarise", str(BRIEF), "--no-cache", "--strict", env=env, timeout=60)
        took = time.monotonic() - started
    assert result.returncode == 1 and count[0] == 1, result.stderr
    assert result.stderr.strip().endswith(
        "produced 0 tokens in 3 s (0.0 tok/s) without finishing its reply; raise COMMUNIQUE_DEADLINE or use "
        "--summaries code / a smaller --max-tokens"
    ), result.stderr
    assert took < 30, took
