"""How a chat request travels: streamed when the endpoint can, whole when it cannot,
each under an overall deadline.

The reply is read piece by piece as it comes. The HTTP client's timeout is the idle
timeout (``COMMUNIQUE_TIMEOUT``: no byte for that long, and the request is given up,
then retried); the deadline (``COMMUNIQUE_DEADLINE``) is checked on every piece, so that
a server keeping a connection alive with a byte now and then is stopped all the same
(:class:`DeadlinePassed`, never retried: a model too slow once is too slow again).

A streamed reply (server-sent events) is put together into the chat completion the
endpoint would have sent whole, so that parsing, checks and the cache see no
difference, and says on the way how far the model has got. Its usage comes in a last
chunk where the endpoint accepts ``stream_options``; a server that never reports it
when streaming (llama-cpp-python's) gets an estimate: a piece of text streamed is about
a token, and a prompt about a token for every four characters.

The ways of asking (:data:`WAYS`) are tried in order: an endpoint that refuses
``stream_options`` is asked to stream without them, one that refuses to stream is asked
for the reply whole (:func:`fallback`), and the client remembers the way that worked,
as it does the structured-output mode.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import math
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from typing import Any, NamedTuple

from communique import regexes
from communique.text import each_string, one_line, quoted, whole

#: How a chat request may be sent, most informative first: streamed with the usage at
#: the end, streamed, whole.
WAYS: dict[str, dict[str, Any]] = {
    "stream": {"stream": True, "stream_options": {"include_usage": True}},
    "stream_without_usage": {"stream": True},
    "whole": {},
}

_STREAMING = regexes.compile(r"\bstream(_options|ing)?\b", re.IGNORECASE)

#: Characters of a prompt per token, for an estimate.
_CHARACTERS_PER_TOKEN = 4
#: The most a reply may hold, as sent (a stream's events and all, some 200 bytes a
#: token: about 40,000 tokens streamed): a record and its summaries are a few
#: kilobytes, and a server that sends more is not read into memory.
MAX_REPLY_BYTES = 8_000_000


#: The request slots of the batch that the current thread works for, if it bounds them
#: (:mod:`communique.batch` sets them in its threads): a request holds one while it is in
#: flight, from its first byte sent to its last byte read, so that the endpoint has at
#: most the batch's concurrency of requests at once, while the batch's other threads
#: get their documents ready or make the records of their replies.
SLOTS: ContextVar[threading.BoundedSemaphore | None] = ContextVar("communique_request_slots", default=None)


#: When the reply the current thread waits for must have come (a :func:`time.monotonic`
#: time), if it waits for one: no read of its connection waits past it (:func:`bound_reads`).
READ_BY: ContextVar[float | None] = ContextVar("communique_read_by", default=None)


def bound_reads(http_client: Any) -> None:
    """Have every connection the HTTP client ``http_client`` opens wait in no read past
    :data:`READ_BY`: the deadline bounds the wait for the status line and the headers
    too, not only for the body (was: a server that sent a header line now and then,
    within the idle timeout, held the request for as long as it went on: twenty minutes
    before its headers were too large, for ever with longer pauses). The HTTP library's
    connections are made by the network backend of each pool of the client (its own,
    and those of proxies it mounts), which is wrapped; a library of another make is let
    be, its body's reads still bounded (:func:`send`)."""
    for mounted in (getattr(http_client, "_transport", None), *getattr(http_client, "_mounts", {}).values()):
        pool = getattr(mounted, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if backend is not None and not isinstance(backend, _BoundedBackend):
            pool._network_backend = _BoundedBackend(backend)  # type: ignore[union-attr]


class _BoundedBackend:
    """A network backend whose streams are :class:`_BoundedStream`."""

    def __init__(self, backend: Any) -> None:
        self._backend = backend

    def connect_tcp(self, *args: Any, **kwargs: Any) -> Any:
        return _BoundedStream(self._backend.connect_tcp(*args, **kwargs))

    def connect_unix_socket(self, *args: Any, **kwargs: Any) -> Any:
        return _BoundedStream(self._backend.connect_unix_socket(*args, **kwargs))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._backend, name)


class _BoundedStream:
    """A connection whose reads wait at most until :data:`READ_BY`, where it is set: at
    that time, a read times out as an idle connection's does."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        by = READ_BY.get()
        if by is not None:
            left = max(by - time.monotonic(), 0.001)
            timeout = left if timeout is None else min(timeout, left)
        data: bytes = self._stream.read(max_bytes, timeout)
        return data

    def start_tls(self, *args: Any, **kwargs: Any) -> Any:
        return _BoundedStream(self._stream.start_tls(*args, **kwargs))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class Sent(NamedTuple):
    """A reply read in full."""

    completion: Any  # an openai.types.chat.ChatCompletion
    #: Whether its usage is an estimate (a stream that reported none).
    estimated: bool
    #: How long it took, from the request to the last byte.
    seconds: float


class DeadlinePassed(Exception):
    """The reply did not complete within the deadline."""

    def __init__(self, seconds: float, tokens: int) -> None:
        super().__init__(f"no complete reply within {seconds:g} s ({tokens} tokens)")
        self.seconds, self.tokens = seconds, tokens


def fallback(exc: BaseException, way: str) -> str | None:
    """The way to ask next when asking ``way`` failed with ``exc``, if the endpoint
    refused that way: an error that says the request is at fault and names
    ``stream_options`` (``Unrecognized request argument supplied: stream_options``) or
    streaming (``Streaming is not supported``)."""
    import openai

    from communique.backends.openai.retry import api_message

    if (
        way == "whole"
        or not isinstance(exc, openai.APIStatusError)
        or exc.status_code not in (400, 422, 500, 501)
    ):
        return None
    named = _STREAMING.search(api_message(exc))
    if named is None:
        return None
    return "stream_without_usage" if named.group(1) == "_options" and way == "stream" else "whole"


def poster(client: Any) -> Callable[..., contextlib.AbstractContextManager[Any]]:
    """How :func:`send` makes a chat request with the ``openai`` client ``client``: the
    body posted as the bytes it is given (made by the caller, of JSON made once for
    every request but the messages: given as arguments, openai would walk and transform
    the messages and the whole schema of the tools or response format, then make them
    into JSON, at every request), and the response read as it comes (what the client's
    ``with_streaming_response`` does), closed at the end. The client's errors, headers
    and key are as for any of its calls."""
    from openai import Stream
    from openai.types.chat import ChatCompletion, ChatCompletionChunk

    chunks = Stream[ChatCompletionChunk]

    @contextlib.contextmanager
    def post(content: bytes, *, stream: bool, timeout: Any) -> Iterator[Any]:
        response = client.post("/chat/completions", cast_to=ChatCompletion, content=content, stream=stream,
                               stream_cls=chunks, options={"headers": {_RAW_RESPONSE: "stream"}, "timeout": timeout})  # fmt: skip
        try:
            yield response
        finally:
            response.close()

    return post


#: The header that has the ``openai`` client give a response as it comes, unread.
_RAW_RESPONSE = "X-Stainless-Raw-Response"


def send(
    post: Callable[..., contextlib.AbstractContextManager[Any]],
    content: bytes,
    *,
    prompt_tokens: int,
    way: str,
    idle: float,
    deadline: float,
    clock: Callable[[], float],
    progress: Callable[[int, float], None] | None,
    gate: Callable[[], None] | None = None,
) -> Sent:
    """Send the chat request ``content`` (its body as JSON, asking for the reply ``way``)
    with ``post`` (:func:`poster`), and read the reply in at most ``deadline`` seconds;
    ``idle`` seconds without a byte of a stream give an ``openai.APITimeoutError`` (a
    reply asked for whole has no byte before its end: it is given the deadline).
    ``progress`` is told the tokens so far and the seconds since the request was sent,
    at each piece of text streamed; ``prompt_tokens`` (:func:`estimate`) is the usage of
    the prompt of a stream that reports none.

    In a batch that bounds its requests in flight (:data:`SLOTS`), the request waits for
    a slot first, then for ``gate`` (a pause a 429 set meanwhile); the deadline starts
    once it has both. Without ``progress`` (no one
    watches the reply come), a stream is only read in the slot, to its ``[DONE]``
    (:func:`_read`), and its events are read once the slot is free: the hundreds of
    events of a reply are parsed beside the requests in flight, not in one of their
    slots, where they kept the next request of the batch waiting (and the thread that
    parsed them waited for the GIL on each)."""
    import openai

    slots = SLOTS.get()
    whole: bytes | None = None  # the body of a reply that was not streamed
    coding: str | None = None  # the content coding of the body, if one not asked for (_not_asked)
    streamed: bytes | None = None  # the events of a stream, to read after the slot
    with slots if slots is not None else contextlib.nullcontext():
        if gate is not None and slots is not None:
            gate()
        started = clock()
        timeout = openai.Timeout(idle if WAYS[way] else deadline, connect=idle)
        reply = _Reply()
        bounded = READ_BY.set(time.monotonic() + deadline)
        try:
            with post(content, stream="stream" in WAYS[way], timeout=timeout) as response:
                request = response.http_response.request

                def pieces() -> Iterator[bytes]:
                    size = 0
                    for piece in response.iter_bytes():
                        if clock() - started > deadline:
                            raise DeadlinePassed(deadline, reply.tokens)
                        size += len(piece)
                        if size > MAX_REPLY_BYTES:
                            raise _unreadable(
                                f"the reply is over {MAX_REPLY_BYTES:,} bytes; not read further",
                                request,
                                lasting=True,
                            )
                        yield piece

                try:
                    kind = response.headers.get("content-type", "")
                    code = response.http_response.status_code
                    charset = _charset(kind)
                    coding = _not_asked(response.headers, request)
                    with _coded(coding, request):
                        if not kind.startswith("text/event-stream"):
                            whole = b"".join(pieces())  # the endpoint does not stream
                        else:
                            network = response.http_response.extensions.get("network_stream")
                            with _Ending(pieces(), clock, network) as ending:
                                if progress is None:
                                    streamed = _read(ending)
                                else:
                                    for event in _events(
                                        ending, request, lambda: reply.written, code, charset
                                    ):
                                        if reply.add(event, request):
                                            progress(reply.tokens, clock() - started)
                                if not ending.left:  # a server that holds on past the end is not waited for
                                    _rest(ending.stream)
                except (DeadlinePassed, openai.OpenAIError):
                    raise
                except Exception as exc:  # the connection failed while the reply came
                    if _timed_out(exc):
                        raise openai.APITimeoutError(request=request) from exc
                    if _is(exc, "DecodingError"):  # a body that is not what its Content-Encoding says
                        raise _unreadable(
                            f"its body cannot be decoded ({exc})", request, lasting=True
                        ) from exc
                    raise _broken(str(exc), request) from exc
        except openai.APITimeoutError:
            if not WAYS[way] or clock() - started >= deadline:
                raise DeadlinePassed(deadline, reply.tokens) from None
            raise
        finally:
            READ_BY.reset(bounded)
        seconds = clock() - started
    # the last byte is read and the slot free for the next request: the completion is
    # made of the reply beside the requests in flight, not in one of their slots
    if whole is not None and _STREAM.match(whole):  # a stream labelled otherwise: read as one
        whole, streamed = None, whole
    with _coded(coding, request):
        if whole is not None:
            return Sent(_whole(whole, kind, request, code, charset), False, seconds)
        if streamed is not None:  # no one watched it come: its events are read now
            for event in _events((streamed,), request, lambda: reply.written, code, charset):
                reply.add(event, request)
    return Sent(reply.completion(request, prompt_tokens), reply.usage is None, seconds)


#: How an event stream begins, whatever its content type says (``application/json``,
#: ``text/plain`` or none, from a proxy or a server of its own make): a comment or a
#: field, after the byte-order mark and blank lines it may begin with. Such a body was
#: "not a chat completion", asked again for the whole retry budget, then lost.
_STREAM = re.compile(rb"(?:\xef\xbb\xbf)?[\r\n]*(?::|(?:data|event|id|retry):)")

#: A choice's reason to stop, as a chunk gives it once the reply is written (``null`` or, from
#: some servers, ``""`` before).
_FINISHED = re.compile(rb'"finish_reason"\s*:\s*"[^"]')
#: How long the end of a stream (its usage, its ``[DONE]``) is waited for once the reply is written.
AFTER_FINISH = 5.0


class _Ending:
    """The pieces of a stream, to its end or to a little after the reply is written: once
    a chunk has given the reply's ``finish_reason``, only its usage and ``[DONE]`` are to
    come, and a server that sends neither but holds the connection open (with keep-alive
    comments, or nothing) is left after :data:`AFTER_FINISH` seconds, the reply kept (was:
    the whole reply lost, waited for to the deadline, then "without finishing its reply").
    ``left``: whether it was so left.

    A server that falls silent sends no piece to look at the clock on: once the reply is
    written, each read of the connection (``network``, the HTTP library's stream of the
    response, when it gives one) waits at most what is left of :data:`AFTER_FINISH` (was:
    the idle timeout, 120 s, 600 s on loopback, for every document). Used as a context,
    which gives the connection its own reads back for the requests that reuse it."""

    def __init__(self, stream: Iterator[bytes], clock: Callable[[], float], network: Any = None) -> None:
        self.stream, self.clock = stream, clock
        self.finished: float | None = None  # when the reply was written
        self.tail = b""  # the end of the last piece, where a reason cut in two starts
        self.left = False
        read = getattr(network, "read", None)
        self._network: Any = network if callable(read) else None
        self._read: Callable[..., Any] | None = read if callable(read) else None

    def __enter__(self) -> _Ending:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._network is not None and "read" in vars(self._network):
            with contextlib.suppress(AttributeError):
                del self._network.read

    def _hasten(self) -> None:
        """From now on, each read of the connection waits at most what is left of the
        grace after the finish (never longer than the client's own timeout)."""
        if self._network is None or self._read is None:
            return
        read, finished = self._read, self.finished

        def hastened(max_bytes: int, timeout: float | None = None) -> Any:
            left = max(0.05, (finished or 0.0) + AFTER_FINISH - self.clock())
            return read(max_bytes, left if timeout is None else min(timeout, left))

        with contextlib.suppress(AttributeError, TypeError):
            self._network.read = hastened

    def __iter__(self) -> Iterator[bytes]:
        while True:
            try:
                piece = next(self.stream)
            except StopIteration:
                return
            except Exception:
                if self.finished is None:
                    raise
                self.left = True  # the idle timeout or the deadline, after the reply
                return
            if self.finished is None:
                if _FINISHED.search(self.tail + piece):
                    self.finished = self.clock()
                    self._hasten()
                self.tail = (self.tail + piece)[-64:]
            elif self.clock() - self.finished > AFTER_FINISH:
                self.left = True
                return
            yield piece


#: The last event of a stream, as servers send it: ``data: [DONE]`` alone, after the end
#: of an event (or at the start of the stream).
_DONE = re.compile(rb"\n\r?\ndata: ?\[DONE\][ \t]*\r?\n\r?\n")


def _read(stream: Iterable[bytes]) -> bytes:
    """The bytes of an event stream up to the piece that ends its ``[DONE]`` event, or
    to its end, read without looking at its other events (:func:`_events` reads them,
    and stops at ``[DONE]`` as it would have on the way): what follows that piece is
    :func:`_rest`'s, as it was. A ``[DONE]`` sent otherwise than as servers do (after
    other fields of its event) is not looked for: the stream is read to its end."""
    received = bytearray(b"\n\n")  # a stream starts as after the end of an event
    for piece in stream:
        searched = max(0, len(received) - 64)  # where a [DONE] cut between pieces may start
        received += piece
        if _DONE.search(received, searched):
            break
    return bytes(received[2:])


def _rest(stream: Iterator[bytes]) -> None:
    """Read what is left of a stream after its ``[DONE]``: nothing, from a server that
    ends the body there, but the HTTP client gives the connection back for the next
    request only once the body is read to its end (otherwise it closes it, and every
    request pays for a new one). The reply is complete already: what follows is not
    looked at, and a failure to read it (a server that sends on, past the size limit or
    the deadline, or breaks off) is no failure of the reply; the connection is then
    closed as before."""
    with contextlib.suppress(Exception):
        for _ in stream:
            pass


def _timed_out(exc: BaseException) -> bool:
    """Whether an exception of the HTTP library (``httpx``) is one of its timeouts."""
    return isinstance(exc, TimeoutError) or _is(exc, "TimeoutException")


def _is(exc: BaseException, name: str) -> bool:
    """Whether ``exc`` is of a class called ``name`` (of ``httpx``, not imported here)."""
    return any(c.__name__ == name for c in type(exc).__mro__)


def _broken(reason: str, request: Any) -> Exception:
    """A connection that failed while the reply came: transient."""
    import openai

    return openai.APIConnectionError(message=f"the reply broke off: {reason}", request=request)


def _unreadable(reason: str, request: Any, *, lasting: bool = False, foreign: bool = False) -> Exception:
    """A reply that came whole but is not one (a body cut short, an error event): retried
    like a dropped connection, and said as what it is (its ``unreadable`` is true). A
    ``lasting`` one is what the server sends again to the same request (a reply over
    :data:`MAX_REPLY_BYTES`, a body its ``Content-Encoding`` does not decode): not
    retried (was: asked again and read again for the whole retry budget, ~90 s). A
    ``foreign`` one is lasting and says that the server is no OpenAI-compatible API at all
    (:func:`_foreign`): the base URL is at fault, not the reply."""
    import openai

    error = openai.APIConnectionError(message=reason, request=request)
    error.unreadable = True  # type: ignore[attr-defined]
    error.lasting = lasting or foreign  # type: ignore[attr-defined]
    error.foreign = foreign  # type: ignore[attr-defined]
    return error


def _whole(data: bytes, kind: str, request: Any, code: int = 200, charset: str | None = None) -> Any:
    """A chat completion sent whole (``kind``: its content type; ``code``: its status;
    ``charset``: the one ``kind`` names, :func:`_charset`)."""
    try:
        completion = json.loads(_decoded(data, charset), parse_int=whole_number)
    except (ValueError, RecursionError):
        completion = _NOT_JSON
    if isinstance(completion, dict) and "choices" in completion:
        completion = _listed(completion)
    if isinstance(completion, dict) and isinstance(completion.get("choices"), list):
        return _chat_completion(completion)
    if isinstance(completion, dict) and completion.get("error"):
        raise _unreadable(f"the endpoint sent an error: {_message(completion['error'])}", request)
    if (answered := _foreign(data, kind, completion, code)) is not None:
        raise _unreadable(f"{code} with {answered}", request, foreign=True)
    if data.startswith(_GZIP):  # sent again as it is: not retried
        raise _unreadable(
            "its body is gzip-compressed, which its headers do not say (no Content-Encoding: gzip)",
            request,
            lasting=True,
        )
    # bytes of no text are not shown (was: a line of U+FFFD and symbols)
    seen = repr(_seen(data)) if _text(data) else "not UTF-8 text"
    raise _unreadable(
        f"not a chat completion ({one_line(kind)[:40] or 'no content type'}, "
        f"{len(data)} bytes{': ' + seen if data else ''})",
        request,
    )


def _listed(completion: dict[str, Any]) -> dict[str, Any]:
    """A chat completion whose lists a server sent otherwise, as lists: ``choices: null``
    as none (was: "not a chat completion", a server's fault retried for the budget, then
    no record, where ``choices: []`` is a reply with nothing in it, asked again, then the
    offline reading); ``choices`` or a message's ``tool_calls`` given as one object as a
    list of that one (was: the calls "not a list", asked again, then the offline reading)."""
    choices = completion["choices"]
    choices = [] if choices is None else [choices] if isinstance(choices, dict) else choices
    if isinstance(choices, list):
        choices = [_calls_listed(choice) for choice in choices]
    return {**completion, "choices": choices}


def _calls_listed(choice: Any) -> Any:
    """A choice whose message's ``tool_calls`` is one call, with it in a list of one."""
    message = choice.get("message") if isinstance(choice, dict) else None
    if isinstance(message, dict) and isinstance(message.get("tool_calls"), dict):
        return {**choice, "message": {**message, "tool_calls": [message["tool_calls"]]}}
    return choice


#: What a body that is no JSON is read as.
_NOT_JSON = object()

#: How gzip-compressed data begins.
_GZIP = b"\x1f\x8b"


def _foreign(data: bytes, kind: str, completion: Any, code: int = 200) -> str | None:
    """What a server that is no OpenAI-compatible API answered a chat request with, said
    for a reader, if it is so: a web page (a Wi-Fi sign-in page, a web site a wrong base
    URL points at; by its content type or how it begins), JSON of another shape than a
    chat completion's (another service's API), text that is no JSON at all (a health
    check's ``OK``, a ``Hello world``: no chat completion cut short begins otherwise than
    with ``{``), or no body under a status that says there is none (``204 No Content``).
    Sent again to every request, and for every document: it was retried for the whole
    retry budget (~90 s) as if the reply had been cut short. A body cut short, an empty
    ``200`` or bytes that are not text are still retried."""
    from communique.backends.openai.retry import web_page

    if (page := web_page(data, kind)) is not None:
        return page
    if completion is not _NOT_JSON and not (isinstance(completion, dict) and "choices" in completion):
        return f"JSON that is no chat completion ({_seen(data)!r})"
    if not data.strip():
        return None if code == 200 else "no body"
    if not data.lstrip().startswith((b"{", b"[")) and _text(data):
        return f"text that is no JSON ({one_line(kind)[:40] or 'no content type'}: {_seen(data)!r})"
    return None


def _seen(data: bytes) -> str:
    """The first words of a body, on one short line."""
    return one_line(data[:200].decode("utf-8", "ignore"))[:80]


def _text(data: bytes) -> bool:
    """Whether ``data`` is UTF-8 text."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _message(error: Any) -> str:
    """What an error object of a reply says, on one short line."""
    message = error.get("message") if isinstance(error, dict) else error
    return one_line(str(message))[:200]


def _events(
    pieces: Iterable[bytes],
    request: Any,
    finished: Callable[[], bool] = lambda: False,
    code: int = 200,
    charset: str | None = None,
) -> Iterator[dict[str, Any]]:
    """The data of each server-sent event, until ``[DONE]`` or the end of the stream.
    Once ``finished`` (the reply is written: a chunk gave its ``finish_reason``), an
    event that cannot be read (not JSON, not a chunk) ends the stream instead of making
    the reply unreadable: only its usage and ``[DONE]`` were to come (was: a complete
    reply thrown away, asked for again and paid for, for a proxy's error event after it).

    The lines of a piece are read where they lie, and what is left of it (a line not
    ended yet) is kept once per piece: a piece holds many events (a whole reply, from a
    server that sends it at once), and cutting each line off the front of the buffer
    moved the rest of it every time.

    A server that is no OpenAI-compatible API (``code``: its status) and labels a page
    an event stream is said so (:func:`_unreadable`, ``foreign``): a stream whose events
    are a web page, or that ends without one ``data:`` line, having sent lines that are
    no field of an event stream (a page's, a ``Hello world``). It was retried for the
    whole retry budget, as a stream cut short or an event garbled on the way.

    An event that is not UTF-8 is read in ``charset``, the one the stream's content type
    names (:func:`_decoded`)."""
    buffer, data, named = b"", [], b""
    # the first lines that are no field of an event stream; None once a data line came
    stray: bytearray | None = bytearray()
    for piece in _lines_ended_by_lf(pieces):
        scanned = len(buffer)  # no line ends before: look only at what comes next
        buffer = buffer + piece if buffer else bytes(piece)
        start = 0
        while (end := buffer.find(b"\n", scanned)) >= 0:
            line = buffer[start:end].rstrip(b"\r")
            start = scanned = end + 1
            if line.startswith(b"data:"):
                data.append(line[5:].removeprefix(b" "))
                stray = None
            elif line.startswith(b"event:"):
                named = line[6:].strip()
            elif not line and data:
                text, data, error, named = b"\n".join(data), [], named == b"error", b""
                if text.strip() == b"[DONE]":
                    return
                if not text.strip():  # an event of no data (a heartbeat): nothing to read
                    continue
                try:
                    event = _json(text, charset)
                except ValueError:
                    if finished():
                        return
                    if (page := _page(text)) is not None:
                        raise _unreadable(
                            f"{code} with {page} as an event stream", request, foreign=True
                        ) from None
                    raise _unreadable("an event of the stream is not JSON", request) from None
                except RecursionError:  # brackets in brackets: no chunk, and no broken connection
                    if finished():
                        return
                    raise _unreadable(
                        "an event of the stream is nested too deeply to read", request
                    ) from None
                if not isinstance(event, dict):
                    if finished():
                        return
                    raise _unreadable("an event of the stream is not a chunk", request)
                # an error sent as an event named so, its data the error itself (``event: error``,
                # ``data: {"message": …}``): said as the error it is (was: passed over, "the stream
                # ended before the reply was complete", the server's words lost)
                yield {"error": event} if error and "error" not in event else event
            elif line and stray is not None and len(stray) < 65536 and not _FIELD.match(line):
                stray += line + b"\n"
        buffer = buffer[start:]
    if stray is not None:  # no data line came
        if not _FIELD.match(buffer):  # (the last line, not ended)
            stray += buffer
        if stray.strip():
            said = _page(bytes(stray)) or f"text that is no event ({_seen(bytes(stray))!r})"
            raise _unreadable(f"{code} with {said} as an event stream", request, foreign=True)


#: A line of an event stream: a comment, or a field it names.
_FIELD = re.compile(rb":|(?:data|event|id|retry)(?::|$)")


def _page(data: bytes) -> str | None:
    """What a web page sent in an event stream's stead is (:func:`retry.web_page`)."""
    from communique.backends.openai.retry import web_page

    return web_page(data, "")


_BOM = b"\xef\xbb\xbf"


def _lines_ended_by_lf(pieces: Iterable[bytes]) -> Iterator[bytes]:
    """The pieces of an event stream with its lines ended by LF alone, as the standard
    of server-sent events lets a server end them by CR LF, LF or CR, and without the
    byte-order mark it lets a stream begin with. (A stream of lines ended by CR alone
    was read as one line, never ended: "the stream ended before the reply was
    complete"; a mark before the first ``data:`` hid the first event, which names the
    function called: "the reply called the function ''", asked again and paid for.)
    A piece with no CR, as most are, is given as it came."""
    head: bytes | None = b""  # the first bytes, until they are known to begin with a mark or not
    after_cr = False
    for came in pieces:
        piece = came
        if head is not None:
            head += piece
            if len(head) < len(_BOM) and _BOM.startswith(head):
                continue  # (a mark cut between pieces)
            piece, head = head.removeprefix(_BOM), None
        if after_cr and piece.startswith(b"\n"):  # the LF of a CR LF cut between two pieces
            piece = piece[1:]
        if b"\r" in piece:
            after_cr = piece.endswith(b"\r")
            piece = piece.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        else:
            after_cr = after_cr and not piece
        yield piece


#: The most digits of a whole number that a reply's JSON is read with: Python refuses to
#: make an ``int`` of more (4,300), and ``json`` then refuses the whole text.
_DIGITS_MOST = 4000


def whole_number(digits: str) -> int | float:
    """A whole number of a reply's JSON: an ``int``, or, past :data:`_DIGITS_MOST` digits,
    an endless ``float`` (no count nor value of a record is one: what reads it refuses it
    alone). A number of thousands of digits in a stream's usage or a field of the record
    made the whole event or reply "not JSON" (was: a complete reply asked for again, then
    lost)."""
    return int(digits) if len(digits) <= _DIGITS_MOST else (-math.inf if digits[0] == "-" else math.inf)


#: Reads the JSON of an event.
_DECODER = json.JSONDecoder(parse_int=whole_number)


def _json(data: bytes, charset: str | None = None) -> Any:
    """The JSON value ``data`` holds, as :func:`json.loads` reads it. An event is a
    value in UTF-8 and nothing else, read straight from its text: a third of the time
    ``json.loads`` takes over bytes (finding their encoding, then the space around the
    value), for every one of the hundreds of events of a reply. Anything else (space
    around it, another encoding, no JSON) is left to ``json.loads``, to read or refuse;
    bytes that are not UTF-8 are first read in ``charset`` (:func:`_decoded`)."""
    try:
        text = data.decode()
        value, end = _DECODER.raw_decode(text)
    except ValueError:
        return json.loads(_decoded(data, charset), parse_int=whole_number)
    return value if end == len(text) else json.loads(data, parse_int=whole_number)


def _charset(kind: str) -> str | None:
    """The charset the content type ``kind`` names (``application/json; charset=…``), if
    Python knows it and it is no name of UTF-8."""
    if (named := _CHARSET.search(kind)) is None:
        return None
    try:
        name = codecs.lookup(named[1]).name
    except LookupError:
        return None
    return None if name == "utf-8" else name


#: The charset parameter of a content type, quoted or not.
_CHARSET = re.compile(r';\s*charset\s*=\s*"?([\w.:-]+)', re.IGNORECASE)


def _decoded(data: bytes, charset: str | None) -> bytes | str:
    """``data`` as :func:`json.loads` is to read it: as it is when it is UTF-8 (what JSON
    is written in, and what ``json.loads`` tells from UTF-16 and UTF-32 by itself, whatever
    the header says: a server labelling UTF-8 ``iso-8859-1`` is common), else the text of
    ``charset``, which the reply's content type names (a Java servlet's or an old proxy's
    default, ``ISO-8859-1``, in which it wrote the JSON and labelled it so). Was: "not a
    chat completion (…, not UTF-8 text)", asked again for the retry budget, then lost."""
    if charset is None or _text(data):
        return data
    try:
        return data.decode(charset)
    except (UnicodeDecodeError, LookupError):
        return data


def _not_asked(headers: Any, request: Any) -> str | None:
    """The content coding of a reply's body (``Content-Encoding``) that its request did
    not ask for (``Accept-Encoding``: what the HTTP client decodes, gzip and deflate),
    if it has one: ``br``, ``zstd``, which the client leaves undecoded."""
    accepted = {
        c.split(";")[0].strip().lower() for c in request.headers.get("accept-encoding", "").split(",")
    }
    for coding in headers.get("content-encoding", "").split(","):
        if (name := coding.strip().lower()) and name not in accepted | {"identity", "*"}:
            return one_line(coding.strip())[:40]
    return None


@contextlib.contextmanager
def _coded(coding: str | None, request: Any) -> Iterator[None]:
    """Say a reply that cannot be read, whose body is in the content coding ``coding``
    that was not asked for (:func:`_not_asked`), as coded so, and give it up: the server
    codes every reply so. Was: "not a chat completion (…, not UTF-8 text)", asked again for
    the whole retry budget (a stream: "text that is no event", a wrong base URL), the
    coding never named. A body that reads all the same (``Content-Encoding: utf-8``, a
    charset put in the wrong header) is read as before."""
    try:
        yield
    except Exception as exc:
        if coding is None or not (getattr(exc, "unreadable", False) or _is(exc, "DecodingError")):
            raise
        accepted = one_line(request.headers.get("accept-encoding", ""))[:40]
        raise _unreadable(
            f"its body is compressed as {coding!r} (Content-Encoding), which was not asked for "
            f"(Accept-Encoding: {accepted}) and is not read",
            request,
            lasting=True,
        ) from exc


#: The models of a stream named in its record at most (a server naming one a chunk is not listed whole).
_MODELS_MOST = 4


class _Mixed(Exception):
    """The chunks of a stream that weave two replies together (how it shows)."""


class _Reply:
    """A chat completion put together from the chunks of its stream."""

    def __init__(self) -> None:
        self.head: dict[str, Any] = {}
        self.content: list[str] = []
        self.refusal: list[str] = []
        self.calls: dict[int, dict[str, Any]] = {}
        self.finish: str | None = None
        self.usage: dict[str, Any] | None = None
        #: Pieces of text so far: about a token each.
        self.tokens = 0
        #: The models the chunks name, in the order they first do: a proxy may splice the
        #: chunks of two (was: the first named alone in the record, as if it wrote it all).
        self.models: list[str] = []
        #: The ids of the chunks so far (a set: some servers give each chunk its own), and the last.
        self.ids: set[str] = set()
        self.last_id = ""

    def add(self, chunk: dict[str, Any], request: Any) -> bool:
        """Take one chunk in; whether it carried text. A chunk that is not shaped as a
        chat completion's (choices that are not a list of objects, text that is a number)
        makes the reply unreadable, as an event that is not JSON does."""
        if self.finish is not None and (chunk.get("error") or not _chunk_shaped(chunk)):
            return False  # after the reply is written: an error of the endpoint's, not of the reply
        if chunk.get("error"):
            raise _unreadable(f"the endpoint sent an error: {_message(chunk['error'])}", request)
        try:
            return self._add(chunk)
        except _Mixed as mixed:
            raise _unreadable(f"the stream mixes two replies ({mixed})", request) from None
        except (AttributeError, TypeError):
            raise _unreadable("a chunk of the stream is not shaped as a chat completion's", request) from None

    @property
    def written(self) -> bool:
        """Whether a chunk has given the reply's ``finish_reason``: only its usage and
        ``[DONE]`` may follow."""
        return self.finish is not None

    def _add(self, chunk: dict[str, Any]) -> bool:
        self.head = self.head or {
            key: chunk.get(key) for key in ("id", "created", "model", "system_fingerprint")
        }
        self._interleaved(chunk)
        model = chunk.get("model")
        if (
            isinstance(model, str)
            and model.strip()
            and model not in self.models
            and len(self.models) < _MODELS_MOST
        ):
            self.models.append(model)
        usage = chunk.get("usage")
        self.usage = usage if isinstance(usage, dict) and usage else self.usage  # else none, or an estimate
        text = False
        choices = chunk.get("choices")
        for choice in [choices] if isinstance(choices, dict) else _typed(choices, list) or []:
            if choice.get("index", 0) != 0:
                continue
            # a server that streams whole messages, as a reply sent whole holds them (a proxy's
            # own make): read as deltas (was: "the reply is empty", the offline reading)
            delta = _typed(choice.get("delta"), dict) or _typed(choice.get("message"), dict) or {}
            for part, pieces in (("content", self.content), ("refusal", self.refusal)):
                if _typed(delta.get(part), str):
                    pieces.append(delta[part])
                    text = True
            for call in _typed(delta.get("tool_calls"), list) or []:
                known = self.calls.setdefault(call.get("index", 0), {"id": None, "name": "", "arguments": []})
                function = _typed(call.get("function"), dict) or {}
                known["id"] = _typed(call.get("id"), str) or known["id"]
                known["name"] = known["name"] or _typed(function.get("name"), str) or ""
                if _typed(function.get("arguments"), str):
                    known["arguments"].append(function["arguments"])
                    text = True
            self.finish = _typed(choice.get("finish_reason"), str) or self.finish
        self.tokens += text
        return text

    def _interleaved(self, chunk: dict[str, Any]) -> None:
        """A :class:`_Mixed` reply where a chunk's id comes back after another one: two
        replies woven together (a server giving each chunk an id of its own never goes back
        to one; a message's ``role`` tells nothing, which some servers put in every chunk).
        Was: the two read as one text, which is no JSON, asked again as
        ``is_meeting_report: Field required``."""
        ident = chunk.get("id")
        if isinstance(ident, str) and ident and ident != self.last_id:
            if ident in self.ids:
                raise _Mixed(f"chunks of ids {quoted(self.last_id, 40)} and {quoted(ident, 40)} alternate")
            self.ids.add(ident)
            self.last_id = ident

    def completion(self, request: Any, prompt_tokens: int) -> Any:
        """The chat completion the chunks make, with their usage or an estimate."""
        if self.finish is None:
            raise _unreadable("the stream ended before the reply was complete", request)
        calls = [
            {"id": call["id"] or f"call_{index}", "type": "function",
             "function": {"name": call["name"], "arguments": "".join(call["arguments"])}}
            for index, call in sorted(self.calls.items())
        ]  # fmt: skip
        message = {"role": "assistant", "content": "".join(self.content) if self.content else None,
                   "refusal": "".join(self.refusal) or None, "tool_calls": calls or None}  # fmt: skip
        usage = self.usage or {"prompt_tokens": prompt_tokens, "completion_tokens": self.tokens,
                               "total_tokens": prompt_tokens + self.tokens}  # fmt: skip
        return _chat_completion({
            **self.head,
            **({"model": ", ".join(self.models), "communique_models": self.models} if len(self.models) > 1 else {}),
            "object": "chat.completion",
            "choices": [{"index": 0, "message": message, "finish_reason": self.finish, "logprobs": None}],
            "usage": usage,
        })  # fmt: skip


def _chat_completion(data: dict[str, Any]) -> Any:
    """The ``openai`` chat completion ``data`` makes, each half of a UTF-16 pair made a
    character (:func:`~communique.text.whole`: a model's reply or a stream cut between the
    halves of one sends them): validated by pydantic, a tenth of
    the time openai's ``construct`` takes to walk it, or, where a server's reply is not
    shaped as the type says (a null id, a finish reason of its own, text that is a
    number), constructed as it is, for the checks of the reply to say what is wrong."""
    from openai.types.chat import ChatCompletion
    from pydantic import ValidationError

    data = each_string(data, whole)  # "\\ud800": half of a pair, which no UTF-8 holds
    try:
        return ChatCompletion.model_validate(data)
    except ValidationError:
        return ChatCompletion.construct(**data)


def _chunk_shaped(chunk: dict[str, Any]) -> bool:
    """Whether a chunk's choices are a list of objects (what :meth:`_Reply.add` reads)."""
    choices = chunk.get("choices")
    choices = [choices] if isinstance(choices, dict) else choices
    return choices is None or (
        isinstance(choices, list)
        and all(isinstance(c, dict) and isinstance(c.get("delta", {}) or {}, dict) for c in choices)
    )


def _typed(value: Any, kind: type) -> Any:
    """``value`` if it is of ``kind`` or null; a :class:`TypeError` otherwise."""
    if value is not None and not isinstance(value, kind):
        raise TypeError(f"{type(value).__name__} where {kind.__name__} was expected")
    return value


def estimate(messages: Iterable[dict[str, Any]]) -> int:
    """About how many tokens a prompt of ``messages`` holds."""
    characters = sum(len(str(message.get("content") or "")) for message in messages)
    return -(-characters // _CHARACTERS_PER_TOKEN)
