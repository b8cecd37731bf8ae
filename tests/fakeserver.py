"""A scripted fake of an OpenAI-compatible HTTP server, for tests.

Standard library only.  It listens on 127.0.0.1 (free port) and serves from a
daemon thread, so tests exercise the real ``openai`` client HTTP stack
(connection pool, keep-alive, retries, timeouts, error mapping) without any
network access.

Usage::

    with FakeOpenAI() as fake:
        client = openai.OpenAI(base_url=fake.base_url, api_key="sk-test", max_retries=0)
        fake.enqueue(chat_auto({"name": "Ada"}), status(429, headers={"Retry-After": "1"}))
        ...
        fake.requests[0].json["messages"]

Scripted replies (``enqueue``) are consumed in order by POST
``/v1/chat/completions``.  When the queue is empty, ``fake.responder`` (a
callable ``RecordedRequest -> Reply``) is used; when there is no responder
either, the server answers 500 ``fakeserver: no scripted reply`` so that an
under-scripted test fails loudly.

Reply builders: :func:`chat_json`, :func:`chat_tool`, :func:`chat_auto`,
:func:`refusal`, :func:`status`, :func:`delay`, :func:`trickle`, :func:`drop`, :func:`raw`.
Queue items and responder results may also be callables
``RecordedRequest -> Reply``; a responder may return a plain dict / list /
pydantic model, which is wrapped with :func:`chat_auto`.

If a chat request has ``"stream": true``, chat replies are rendered as
Server-Sent Events (one role chunk, content / tool-call argument chunks, a
finish chunk, a usage chunk when ``stream_options.include_usage`` is set, and
``data: [DONE]``).

The Batch API is served too: POST ``/v1/files`` (multipart upload), GET
``/v1/files/{id}`` and ``/v1/files/{id}/content``, POST ``/v1/batches`` and GET
``/v1/batches/{id}``.  Each GET of a batch moves it one step along
``fake.batch_statuses`` (``validating``, ``in_progress``, ``finalizing``,
``completed`` by default); on reaching ``completed`` every line of its input
file is answered like a chat request (the queue, then ``fake.responder``) into
an output file (200 replies) and an error file (the others).  The requests a
batch answered are in ``fake.batch_requests``; uploaded files in
``fake.files``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import email.parser
import email.policy
import itertools
import json
import socket
import struct
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

__all__ = [
    "NO_SCRIPT_MESSAGE",
    "FakeOpenAI",
    "RecordedRequest",
    "Reply",
    "accepting",
    "chat_auto",
    "chat_json",
    "chat_tool",
    "delay",
    "drop",
    "raw",
    "raw_server",
    "refusal",
    "status",
    "trickle",
]

NO_SCRIPT_MESSAGE = "fakeserver: no scripted reply"

_ids = itertools.count(1)


@contextlib.contextmanager
def accepting(answer: Callable[[socket.socket], None]) -> Iterator[tuple[str, list[int]]]:
    """The base URL of a server of raw sockets on 127.0.0.1 that hands each connection it
    accepts to ``answer``, in a thread of its own, and the count of connections it
    accepted (a list of one). The listener is closed when the block ends, and so is every
    connection still open. What :func:`raw_server` and the tests of servers no HTTP
    server would be share."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    count = [0]
    held: list[socket.socket] = []

    def serve() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            count[0] += 1
            held.append(connection)
            threading.Thread(target=answer, args=(connection,), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/v1", count
    finally:
        listener.close()
        for connection in held:
            connection.close()


@contextlib.contextmanager
def raw_server(answer: bytes, *, hang_up: bool = True) -> Iterator[tuple[str, list[int]]]:
    """The base URL of a server that reads each request whole and answers it with the
    bytes ``answer``, as they are (what is not HTTP too), and the count of requests it
    was sent (a list of one). With ``hang_up`` it then closes the connection; without,
    it holds the connection open, sending nothing more, until the block ends.

    For what :class:`FakeOpenAI` cannot say, being an HTTP server: a status line or
    headers no server should send, a stream that falls silent after its reply."""

    def reply(connection: socket.socket) -> None:
        connection.settimeout(5)
        request = b""
        with contextlib.suppress(OSError):
            while b"\r\n\r\n" not in request and (piece := connection.recv(65536)):
                request += piece
            head, _, body = request.partition(b"\r\n\r\n")
            length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                           if line.lower().startswith(b"content-length")), 0)  # fmt: skip
            while len(body) < length and (piece := connection.recv(65536)):
                body += piece
            connection.sendall(answer)
        if hang_up:
            connection.close()

    with accepting(reply) as served:
        yield served


# --------------------------------------------------------------------------
# Data types
# --------------------------------------------------------------------------


@dataclass
class RecordedRequest:
    """One request as received by the fake."""

    method: str
    path: str  # path without the query string, e.g. "/v1/chat/completions"
    headers: dict[str, str]  # lower-cased header names
    body: bytes
    json: Any  # parsed body, or None when empty / not JSON
    time: float  # time.monotonic() when the request head was received
    query: str = ""  # raw query string (without "?")
    client_address: tuple[str, int] | None = None  # peer (host, port): same port = same connection

    # Convenience accessors for chat requests ---------------------------------
    def _get(self, key: str, default: Any = None) -> Any:
        return self.json.get(key, default) if isinstance(self.json, dict) else default

    @property
    def messages(self) -> list[dict[str, Any]]:
        return self._get("messages", []) or []

    @property
    def tools(self) -> list[dict[str, Any]] | None:
        return self._get("tools")

    @property
    def tool_choice(self) -> Any:
        return self._get("tool_choice")

    @property
    def response_format(self) -> Any:
        return self._get("response_format")

    @property
    def model(self) -> str | None:
        return self._get("model")

    @property
    def stream(self) -> bool:
        return bool(self._get("stream", False))


Render = Callable[[RecordedRequest], "Reply"]


@dataclass
class Reply:
    """What the fake should do for one request.

    Normally built with the module-level helpers rather than directly.
    ``render`` (if set) is called with the request to produce the actual
    reply (used by :func:`chat_auto` and by :func:`chat_tool` without a name);
    it goes out ``delay`` seconds after the request came; ``action`` is ``"respond"``, ``"drop"``
    (close without a response) or ``"reset"`` (close with a TCP RST).
    ``trickle`` seconds are slept between pieces of ``piece`` bytes of the body
    (a server that holds a connection open by sending a little at a time).
    ``completion`` holds the chat.completion dict for chat replies, so it can
    be rendered either as JSON or as an SSE stream.
    """

    status: int = 200
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"
    delay: float = 0.0
    action: str = "respond"
    render: Render | None = None
    completion: dict[str, Any] | None = None
    trickle: float = 0.0
    piece: int = 1


# --------------------------------------------------------------------------
# Reply builders
# --------------------------------------------------------------------------


def _to_jsonable(obj: Any) -> Any:
    if hasattr(obj, "model_dump"):  # pydantic v2
        return obj.model_dump(mode="json")
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    return obj


def _json_text(obj: Any) -> str:
    if isinstance(obj, str):
        return obj
    if isinstance(obj, bytes):
        return obj.decode("utf-8")
    return json.dumps(_to_jsonable(obj))


def _completion(
    message: dict[str, Any],
    *,
    finish_reason: str | None,
    prompt_tokens: int,
    completion_tokens: int,
    model: str,
) -> dict[str, Any]:
    msg = {"role": "assistant", "content": None, "refusal": None}
    msg.update(message)
    return {
        "id": f"chatcmpl-fake-{next(_ids)}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "system_fingerprint": "fp_fakeserver",
        "choices": [
            {
                "index": 0,
                "message": msg,
                "logprobs": None,
                "finish_reason": finish_reason,
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def chat_json(
    obj_or_text: Any,
    *,
    finish_reason: str | None = "stop",
    prompt_tokens: int = 11,
    completion_tokens: int = 7,
    model: str = "fake-model",
) -> Reply:
    """A chat.completion whose ``message.content`` is ``json.dumps(obj)``.

    A ``str`` is used verbatim (handy for malformed-JSON tests); pydantic
    models and dataclasses are serialised.
    """
    return Reply(
        completion=_completion(
            {"content": _json_text(obj_or_text)},
            finish_reason=finish_reason,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            model=model,
        )
    )


def _requested_tool_name(req: RecordedRequest | None) -> str:
    if req is not None:
        choice = req.tool_choice
        if isinstance(choice, dict):
            name = (choice.get("function") or {}).get("name")
            if name:
                return name
        for tool in req.tools or []:
            name = (tool.get("function") or {}).get("name") or tool.get("name")
            if name:
                return name
    return "fake_function"


def chat_tool(
    obj: Any,
    *,
    name: str | None = None,
    finish_reason: str | None = "tool_calls",
    prompt_tokens: int = 11,
    completion_tokens: int = 7,
    model: str = "fake-model",
) -> Reply:
    """A chat.completion with one tool call whose arguments are ``json.dumps(obj)``.

    ``name=None`` uses the function named by the request's ``tool_choice``, else
    the first entry of its ``tools`` (what instructor's TOOLS mode expects).
    A ``str`` ``obj`` is used verbatim as the arguments text.
    """

    def build(req: RecordedRequest | None) -> Reply:
        tool_name = name or _requested_tool_name(req)
        return Reply(
            completion=_completion(
                {
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "call_1",
                            "type": "function",
                            "function": {"name": tool_name, "arguments": _json_text(obj)},
                        }
                    ],
                },
                finish_reason=finish_reason,
                prompt_tokens=prompt_tokens,
                completion_tokens=completion_tokens,
                model=model,
            )
        )

    if name is not None:
        return build(None)
    return Reply(render=build)


def chat_auto(
    obj: Any,
    *,
    name: str | None = None,
    finish_reason: str | None = None,
    prompt_tokens: int = 11,
    completion_tokens: int = 7,
    model: str = "fake-model",
) -> Reply:
    """Tool-call reply if the request has ``tools``, else a JSON content reply.

    ``finish_reason`` defaults to ``"tool_calls"`` / ``"stop"`` respectively.
    """

    def build(req: RecordedRequest) -> Reply:
        kw = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "model": model,
        }
        if req.tools:
            return chat_tool(obj, name=name, finish_reason=finish_reason or "tool_calls", **kw)
        return chat_json(obj, finish_reason=finish_reason or "stop", **kw)

    return Reply(render=build)


def refusal(
    text: str,
    *,
    finish_reason: str | None = "stop",
    prompt_tokens: int = 11,
    completion_tokens: int = 7,
    model: str = "fake-model",
) -> Reply:
    """A chat.completion whose message has ``refusal=text`` and ``content=None``."""
    return Reply(
        completion=_completion(
            {"content": None, "refusal": text},
            finish_reason=finish_reason,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            model=model,
        )
    )


_ERROR_TYPES = {
    400: ("invalid_request_error", None),
    401: ("invalid_request_error", "invalid_api_key"),
    403: ("permission_error", None),
    404: ("invalid_request_error", "not_found"),
    409: ("conflict_error", None),
    422: ("invalid_request_error", None),
    429: ("requests", "rate_limit_exceeded"),
    500: ("server_error", None),
    502: ("server_error", None),
    503: ("server_error", "service_unavailable"),
}


def error_body(code: int, message: str | None = None) -> dict[str, Any]:
    etype, ecode = _ERROR_TYPES.get(code, ("server_error" if code >= 500 else "invalid_request_error", None))
    return {
        "error": {
            "message": message or f"fakeserver: HTTP {code}",
            "type": etype,
            "param": None,
            "code": ecode,
        }
    }


def status(code: int, body: Any = None, headers: dict[str, str] | None = None) -> Reply:
    """An HTTP error (or any status) reply.

    ``body`` may be bytes, str, or a JSON-able object; default is an
    OpenAI-style ``{"error": {"message", "type", "param", "code"}}``.
    """
    if body is None:
        payload = json.dumps(error_body(code)).encode()
    elif isinstance(body, bytes):
        payload = body
    elif isinstance(body, str):
        payload = body.encode()
    else:
        payload = json.dumps(_to_jsonable(body)).encode()
    return Reply(status=code, body=payload, headers=dict(headers or {}))


def delay(seconds: float, reply: Reply) -> Reply:
    """Sleep ``seconds`` before performing ``reply`` (delays add up when nested)."""
    return dataclasses.replace(reply, delay=reply.delay + seconds)


def trickle(seconds: float, reply: Reply, *, piece: int = 1) -> Reply:
    """Send the body of ``reply`` ``piece`` bytes at a time, ``seconds`` apart (the
    headers at once): each piece resets the client's idle timeout."""
    if reply.render is not None:
        render = reply.render
        return dataclasses.replace(
            reply, render=lambda req: trickle(seconds, _coerce(render(req)), piece=piece)
        )
    return dataclasses.replace(reply, trickle=seconds, piece=piece)


def drop(*, reset: bool = False) -> Reply:
    """Close the connection without sending any response.

    The client sees "server disconnected without sending a response"; with
    ``reset=True`` the socket is closed with SO_LINGER 0 (TCP RST, i.e.
    "connection reset by peer").  Either way openai raises APIConnectionError.
    """
    return Reply(action="reset" if reset else "drop")


def raw(
    body: bytes | str,
    status: int = 200,
    content_type: str = "application/json",
    headers: dict[str, str] | None = None,
) -> Reply:
    """Send ``body`` verbatim."""
    if isinstance(body, str):
        body = body.encode()
    return Reply(status=status, body=body, content_type=content_type, headers=dict(headers or {}))


# --------------------------------------------------------------------------
# SSE rendering for stream=True
# --------------------------------------------------------------------------


def _chunks(text: str, size: int = 16) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


def _render_sse(completion: dict[str, Any], include_usage: bool) -> bytes:
    choice = completion["choices"][0]
    message = choice["message"]
    base = {
        "id": completion["id"],
        "object": "chat.completion.chunk",
        "created": completion["created"],
        "model": completion["model"],
        "system_fingerprint": completion.get("system_fingerprint"),
    }

    def chunk(delta: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
        return dict(
            base,
            choices=[{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}],
        )

    events = [chunk({"role": "assistant", "content": ""})]
    if message.get("refusal") is not None:
        for piece in _chunks(message["refusal"]):
            events.append(chunk({"refusal": piece}))
    if message.get("content"):
        for piece in _chunks(message["content"]):
            events.append(chunk({"content": piece}))
    for idx, call in enumerate(message.get("tool_calls") or []):
        events.append(
            chunk(
                {
                    "tool_calls": [
                        {
                            "index": idx,
                            "id": call["id"],
                            "type": "function",
                            "function": {"name": call["function"]["name"], "arguments": ""},
                        }
                    ]
                }
            )
        )
        for piece in _chunks(call["function"]["arguments"]):
            events.append(chunk({"tool_calls": [{"index": idx, "function": {"arguments": piece}}]}))
    events.append(chunk({}, choice.get("finish_reason")))
    if include_usage:
        events.append(dict(base, choices=[], usage=completion["usage"]))
    out = "".join(f"data: {json.dumps(e)}\n\n" for e in events) + "data: [DONE]\n\n"
    return out.encode()


# --------------------------------------------------------------------------
# Server
# --------------------------------------------------------------------------


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256
    block_on_close = False
    fake: FakeOpenAI


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive; every response sets Content-Length
    disable_nagle_algorithm = True  # low per-request latency
    server_version = "fakeserver/1.0"
    sys_version = ""
    server: _Server

    # quiet
    def log_message(self, format: str, *args: Any) -> None:
        pass

    def setup(self) -> None:
        super().setup()
        self.server.fake._track(self.connection, True)

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass
        finally:
            self.server.fake._track(self.connection, False)

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except (ConnectionError, BrokenPipeError, TimeoutError, OSError):
            self.close_connection = True

    # -- helpers -------------------------------------------------------------
    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            parts = []
            while True:
                line = self.rfile.readline()
                size = int(line.split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    # trailers until blank line
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    break
                parts.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(parts)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _send(
        self,
        code: int,
        body: bytes,
        content_type: str = "application/json",
        headers: dict[str, str] | None = None,
        trickle: float = 0.0,
        piece: int = 1,
    ) -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        sent = {"content-type", "content-length"}
        for k, v in (headers or {}).items():
            if k.lower() in sent:
                continue
            self.send_header(k, str(v))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command == "HEAD":
            pass
        elif trickle > 0:
            self.wfile.flush()
            for start in range(0, len(body), piece):
                if self.server.fake._stopping.wait(trickle):
                    return
                self.wfile.write(body[start : start + piece])
                self.wfile.flush()
        else:
            self.wfile.write(body)
        self.wfile.flush()

    def _send_json(self, code: int, obj: Any, headers: dict[str, str] | None = None) -> None:
        self._send(code, json.dumps(obj).encode(), headers=headers)

    # -- dispatch ------------------------------------------------------------
    def _handle(self) -> None:
        t = time.monotonic()
        body = self._read_body()
        parsed_json = None
        if body:
            try:
                parsed_json = json.loads(body)
            except (ValueError, UnicodeDecodeError):
                parsed_json = None
        split = urlsplit(self.path)
        req = RecordedRequest(
            method=self.command,
            path=split.path,
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            json=parsed_json,
            time=t,
            query=split.query,
            client_address=tuple(self.client_address[:2]),
        )
        fake = self.server.fake
        fake._record(req)

        route = split.path.rstrip("/")
        if route.startswith("/v1/"):
            route = route[3:]
        if self.command == "POST" and route == "/chat/completions":
            self._chat(req)
        elif self.command == "POST" and route == "/files":
            self._send_json(*fake._upload(req))
        elif self.command in ("GET", "HEAD") and route.startswith("/files/"):
            self._file(route[len("/files/") :])
        elif self.command == "POST" and route == "/batches":
            self._send_json(*fake._create_batch(req))
        elif self.command in ("GET", "HEAD") and route.startswith("/batches/"):
            self._send_json(*fake._advance_batch(route[len("/batches/") :]))
        elif self.command in ("GET", "HEAD") and route == "/models":
            self._send_json(200, {"object": "list", "data": [_model_obj(m) for m in fake.models]})
        elif self.command in ("GET", "HEAD") and route.startswith("/models/"):
            mid = route[len("/models/") :]
            if mid in fake.models:
                self._send_json(200, _model_obj(mid))
            else:
                self._send_json(404, error_body(404, f"fakeserver: model {mid!r} not found"))
        else:
            self._send_json(404, error_body(404, f"fakeserver: unknown route {self.command} {split.path}"))

    def _chat(self, req: RecordedRequest) -> None:
        fake = self.server.fake
        try:
            reply = fake._next_reply(req)
            if reply is None:
                fake.unscripted.append(req)
                self._send_json(500, error_body(500, NO_SCRIPT_MESSAGE), headers={"x-should-retry": "false"})
                return
            reply, total_delay = _resolve(reply, req)
        except Exception as exc:  # responder / render bug: fail loudly
            fake.errors.append(exc)
            msg = f"fakeserver: responder raised {exc!r}\n{traceback.format_exc()}"
            self._send_json(500, error_body(500, msg), headers={"x-should-retry": "false"})
            return

        # the reply is made before the wait, and goes out ``delay`` seconds after the request
        # came: a server's latency is all it takes to answer, reading the request included
        # (a benchmark of the client measures the client, not the fake's own work)
        body, content_type = _body(reply, req)
        wait = req.time + total_delay - time.monotonic()
        if total_delay > 0 and fake._stopping.wait(max(wait, 0.0)):
            self.close_connection = True
            return

        if reply.action in ("drop", "reset"):
            self.close_connection = True
            with contextlib.suppress(OSError):
                if reply.action == "reset":  # SO_LINGER 0: close() sends RST
                    linger = struct.pack("ii", 1, 0)
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
                else:  # orderly FIN without any response bytes
                    self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._send(
            reply.status, body, content_type, dict(reply.headers), trickle=reply.trickle, piece=reply.piece
        )

    def _file(self, rest: str) -> None:
        file_id, _, content = rest.partition("/")
        stored = self.server.fake.files.get(file_id)
        if stored is None:
            self._send_json(404, error_body(404, f"fakeserver: no file {file_id!r}"))
        elif content == "content":
            self._send(200, stored["content"], "application/octet-stream")
        else:
            self._send_json(200, _file_obj(file_id, stored))

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _handle


def _file_obj(file_id: str, stored: dict[str, Any]) -> dict[str, Any]:
    return {"id": file_id, "object": "file", "bytes": len(stored["content"]), "created_at": int(time.time()),
            "filename": stored["filename"], "purpose": stored["purpose"], "status": "processed"}  # fmt: skip


def _multipart(req: RecordedRequest) -> dict[str, tuple[str | None, bytes]]:
    """The fields of a multipart/form-data body: name -> (filename, content)."""
    head = f"Content-Type: {req.headers.get('content-type', '')}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + req.body)
    fields = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        fields[str(name)] = (part.get_filename(), part.get_payload(decode=True) or b"")
    return fields


def _model_obj(mid: str) -> dict[str, Any]:
    return {"id": mid, "object": "model", "created": 0, "owned_by": "fakeserver"}


def made(reply: Reply, req: RecordedRequest) -> Reply:
    """``reply`` made for ``req`` once and for all: its render chain followed, its body
    the bytes sent, its delay the whole chain's. Sent again to requests asked the same
    way, it costs the fake nothing to make (a benchmark's server is no client's CPU)."""
    resolved, total_delay = _resolve(reply, req)
    body, content_type = _body(resolved, req)
    return dataclasses.replace(
        resolved, render=None, completion=None, body=body, content_type=content_type, delay=total_delay
    )


def _body(reply: Reply, req: RecordedRequest) -> tuple[bytes, str]:
    """The body of a reply and its content type: as given, or its chat completion as an
    SSE stream (asked for with ``stream``) or whole."""
    if reply.body is not None:
        return reply.body, reply.content_type
    if reply.completion is None:
        return b"", reply.content_type
    if req.stream:
        include_usage = bool((req._get("stream_options") or {}).get("include_usage"))
        return _render_sse(reply.completion, include_usage), "text/event-stream"
    return json.dumps(reply.completion).encode(), reply.content_type


def _resolve(reply: Reply, req: RecordedRequest) -> tuple[Reply, float]:
    """Follow a reply's render chain; the reply to send and the delay before it."""
    total_delay = 0.0
    for _ in range(20):
        total_delay += reply.delay
        if reply.render is None:
            break
        reply = _coerce(reply.render(req))
    return reply, total_delay


def _coerce(value: Any) -> Reply:
    if isinstance(value, Reply):
        return value
    if callable(value):
        return Reply(render=value)
    return chat_auto(value)


class FakeOpenAI:
    """A scripted OpenAI-compatible server on 127.0.0.1.

    Attributes:
        base_url: ``"http://127.0.0.1:PORT/v1"`` (valid once started)
        requests: every request received, in arrival order
        responder: optional ``fn(RecordedRequest) -> Reply`` used when the queue is empty
        models: ids listed by ``GET /v1/models``
        unscripted: chat requests that found neither a queued reply nor a responder
        errors: exceptions raised by responders / render callables
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        responder: Callable[[RecordedRequest], Any] | None = None,
        models: list[str] | None = None,
    ) -> None:
        self.host = host
        self._port = port
        self.responder = responder
        self.models: list[str] = list(models or ["fake-model"])
        self.requests: list[RecordedRequest] = []
        self.unscripted: list[RecordedRequest] = []
        self.errors: list[BaseException] = []
        self.files: dict[str, dict[str, Any]] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.batch_statuses: list[str] = ["validating", "in_progress", "finalizing", "completed"]
        self.batch_requests: list[RecordedRequest] = []
        self._queue: deque[Any] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._conns: set[socket.socket] = set()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ----------------------------------------------------------
    def start(self) -> FakeOpenAI:
        if self._server is not None:
            return self
        self._stopping.clear()
        server = _Server((self.host, self._port), _Handler)
        server.fake = self
        self._server = server
        self._port = server.server_address[1]
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"FakeOpenAI:{self._port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        self._stopping.set()  # wake up delayed replies
        server.shutdown()
        server.server_close()
        with self._lock:
            conns = list(self._conns)
        for conn in conns:  # end idle keep-alive connections so handler threads exit
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=5)

    close = stop

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # -- addresses ----------------------------------------------------------
    @property
    def port(self) -> int:
        return self._port

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self._port}"

    @property
    def base_url(self) -> str:
        return f"{self.url}/v1"

    # -- scripting ----------------------------------------------------------
    def enqueue(self, *replies: Any) -> FakeOpenAI:
        """Queue replies for POST /v1/chat/completions, consumed in order.

        Items are :class:`Reply` objects or callables ``RecordedRequest -> Reply``.
        """
        with self._lock:
            for r in replies:
                if not isinstance(r, Reply) and not callable(r):
                    raise TypeError(f"enqueue() expects Reply or callable, got {type(r).__name__}")
                self._queue.append(r)
        return self

    @property
    def pending(self) -> int:
        """Number of queued replies not yet consumed."""
        with self._lock:
            return len(self._queue)

    def assert_all_consumed(self) -> None:
        n = self.pending
        assert n == 0, f"fakeserver: {n} scripted repl{'y' if n == 1 else 'ies'} not consumed"

    def reset(self) -> None:
        """Forget queued replies, recorded requests, responder and errors."""
        with self._lock:
            self._queue.clear()
            self.requests.clear()
            self.batch_requests.clear()
            self.unscripted.clear()
            self.errors.clear()
            self.responder = None

    @property
    def chat_requests(self) -> list[RecordedRequest]:
        with self._lock:
            return [
                r
                for r in self.requests
                if r.method == "POST" and r.path.rstrip("/").endswith("/chat/completions")
            ]

    # -- internals ----------------------------------------------------------
    def _track(self, conn: socket.socket, add: bool) -> None:
        with self._lock:
            if add:
                self._conns.add(conn)
            else:
                self._conns.discard(conn)

    def _record(self, req: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(req)

    # -- the Batch API --------------------------------------------------------
    def _upload(self, req: RecordedRequest) -> tuple[int, dict[str, Any]]:
        fields = _multipart(req)
        if "file" not in fields:
            return 400, error_body(400, "fakeserver: no 'file' field in the upload")
        file_id = f"file-fake-{next(_ids)}"
        with self._lock:
            self.files[file_id] = {"filename": fields["file"][0] or "upload", "content": fields["file"][1],
                                   "purpose": fields.get("purpose", (None, b""))[1].decode()}  # fmt: skip
        return 200, _file_obj(file_id, self.files[file_id])

    def _create_batch(self, req: RecordedRequest) -> tuple[int, dict[str, Any]]:
        body = req.json if isinstance(req.json, dict) else {}
        if body.get("input_file_id") not in self.files:
            return 400, error_body(400, f"fakeserver: no input file {body.get('input_file_id')!r}")
        batch_id = f"batch_fake{next(_ids)}"
        batch = {"id": batch_id, "object": "batch", "endpoint": body.get("endpoint"), "errors": None,
                 "input_file_id": body["input_file_id"], "completion_window": body.get("completion_window"),
                 "status": self.batch_statuses[0], "output_file_id": None, "error_file_id": None,
                 "created_at": int(time.time()), "metadata": body.get("metadata"),
                 "request_counts": {"total": 0, "completed": 0, "failed": 0}}  # fmt: skip
        with self._lock:
            self.batches[batch_id] = batch
        return 200, dict(batch)

    def _advance_batch(self, batch_id: str) -> tuple[int, dict[str, Any]]:
        batch = self.batches.get(batch_id)
        if batch is None:
            return 404, error_body(404, f"fakeserver: no batch {batch_id!r}")
        steps = self.batch_statuses
        position = steps.index(batch["status"]) if batch["status"] in steps else len(steps) - 1
        batch["status"] = steps[min(position + 1, len(steps) - 1)]
        if batch["status"] == "completed" and batch["output_file_id"] is None:
            self._run_batch(batch)
        return 200, dict(batch)

    def _run_batch(self, batch: dict[str, Any]) -> None:
        """Answer every line of the batch's input file as a chat request would be."""
        outputs, failures = [], []
        for line in self.files[batch["input_file_id"]]["content"].decode().splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            body = json.dumps(item["body"]).encode()
            req = RecordedRequest("POST", item["url"], {}, body, item["body"], time.monotonic())
            self.batch_requests.append(req)
            reply = self._next_reply(req)
            reply, _ = _resolve(reply, req) if reply is not None else (status(500), 0.0)
            result = {"id": f"batch_req_{next(_ids)}", "custom_id": item["custom_id"], "error": None,
                      "response": {"status_code": reply.status, "request_id": f"req_{next(_ids)}"}}  # fmt: skip
            if reply.action != "respond":
                result.update(response=None, error={"code": "server_error", "message": "fakeserver: dropped"})
            elif reply.completion is not None:
                result["response"]["body"] = reply.completion
            else:
                result["response"]["body"] = json.loads(reply.body or b"{}")
            (outputs if result["error"] is None and reply.status == 200 else failures).append(result)
        for kind, results in (("output_file_id", outputs), ("error_file_id", failures)):
            if results:
                file_id = f"file-fake-{next(_ids)}"
                content = "".join(json.dumps(r) + "\n" for r in results).encode()
                self.files[file_id] = {
                    "filename": f"{kind}.jsonl",
                    "content": content,
                    "purpose": "batch_output",
                }
                batch[kind] = file_id
        batch["request_counts"] = {"total": len(outputs) + len(failures), "completed": len(outputs),
                                   "failed": len(failures)}  # fmt: skip

    def _next_reply(self, req: RecordedRequest) -> Reply | None:
        with self._lock:
            item = self._queue.popleft() if self._queue else None
            responder = self.responder
        if item is not None:
            return _coerce(item)
        if responder is not None:
            return _coerce(responder(req))
        return None
