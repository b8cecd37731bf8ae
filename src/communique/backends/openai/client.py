"""The model client: schema-driven calls to any OpenAI-compatible chat endpoint.

:class:`ModelClient` is what every model task (extraction, translation, the Batch
API) shares: one ``openai`` client per configuration, the structured-output modes to
try and the fallback between them, transient-fault retries with a :class:`Throttle`
shared by every thread (so a 429 or a ``--rpm`` limit holds the whole batch back),
usage accounting, the translation of what ``openai`` raises into communique's errors,
and the reply cache.

>>> client = ModelClient(settings, cache=ReplyCache(settings.cache_dir))  # doctest: +SKIP
>>> reply = client.structured(Answer, messages, check=problems_of, cache_parts={"prompt": "x@v1"})  # doctest: +SKIP
>>> reply.value, reply.problems, reply.usage.tokens_in  # doctest: +SKIP

How a schema drives the call (the request's tools or response format, parsing the
reply into the response model) is ``instructor``'s, mode by mode; the JSON-object mode
with a schema (llama.cpp's server) is communique's own. The attempts are communique's:

- a reply that does not parse or that calls another function than the one asked for
  is never sent back: the model is asked again with the reason only; a refusal (the
  message's ``refusal``, or plain text instead of JSON that reads as one) is an error
  at once;
- of a reply that the schema does not take whole, what it takes is kept
  (:mod:`~communique.backends.openai.salvage`): a value it refuses is left out, a list
  item that cannot do without it dropped, a reply cut off at ``max_tokens``
  (``finish_reason == "length"``) read as far as it went; what was left out counts
  among the reply's problems and is returned with it (:attr:`Reply.dropped`);
- a reply that parses is checked (``check``: the communiqué's grounding, a
  translation's faithfulness); one that fails is asked again with the reasons and a
  compact copy of the reply, so that the model keeps what was right;
- after the last attempt, the best reply (fewest problems, the most serious counted
  first) is returned with its problems: the caller decides what to repair, what to
  report, and whether to fail (``--strict``).

Requests go out streamed where the endpoint allows (:mod:`~communique.backends.openai.transport`),
each under the deadline; a listener (``on_event``) is told of each retried fault and of
the reply being generated (:mod:`communique.progress`). An OpenAI endpoint without a key,
or a server on this machine that refuses the connection, fails at once: nothing would
succeed by retrying.

``openai`` and ``instructor`` are imported on the first call that needs them: a cache
hit never imports them.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any, Generic, TypeVar

from pydantic import BaseModel, Field

from communique import cache as cache_keys
from communique import regexes
from communique.backends.openai.modes import MODES, candidate_modes, instructor_mode
from communique.backends.openai.salvage import partial_object, salvage
from communique.backends.openai.transport import WAYS, Sent, bound_reads, whole_number
from communique.config import FRAGMENT, OPENAI_URL, leaks, public_url, redact
from communique.errors import CommuniqueError, ConfigError, Declined, ModelError, ValidationFailed
from communique.progress import Generating, Listener, Retrying
from communique.schema import Usage
from communique.text import each_string, inert, json_kind, one_line, quoted

if TYPE_CHECKING:
    from communique.cache import ReplyCache
    from communique.config import Settings

T = TypeVar("T", bound=BaseModel)
R = TypeVar("R")

#: A check of a parsed reply: the reasons it does not hold, empty when it holds.
Check = Callable[[T], list[str]]

#: Words of a problem that make it serious: a name, or anything unsafe, outweighs a
#: misquoted title or a long summary when the best of several replies is chosen.
_SERIOUS = ("name", "instruction", "key")

#: Plain text that reads as a refusal, in English or French (looked for where a refusal
#: starts: in its first characters).
_REFUSAL = regexes.compile(
    r"\b(?:I(?:'|’)?m sorry|I am sorry|I (?:can(?:'|’)?t|cannot|won(?:'|’)?t|will not|am unable to|am not able to)"
    r"|I(?:'|’)m (?:unable|not able) to|as an AI|je ne peux pas|je suis désolée?|désolée?, (?:mais )?je)",
    re.IGNORECASE,
)
#: Seconds of generation between two progress events of one reply.
_PROGRESS_EVERY = 0.5


@cache
def _described(response_model: type[T]) -> type[T]:
    """``response_model`` as instructor's own kind of class, made once. Given a plain
    model, instructor makes a new class on every call, and describes it in JSON Schema
    anew (its cache of schemas is keyed by class): most of the time a call costs here."""
    import instructor

    return instructor.response_schema(response_model)


def _instructed(response_model: type[BaseModel], mode: str, base: dict[str, Any]) -> dict[str, Any]:
    """The request instructor makes of ``base`` for ``response_model`` in ``mode``."""
    import instructor
    from instructor.processing.response import handle_response_model

    _, body = handle_response_model(
        _described(response_model), mode=getattr(instructor.Mode, instructor_mode(mode)), **base
    )
    return dict(body)


#: Messages to see how instructor shapes a request in a mode (their words do not matter).
_PROBE = ({"role": "system", "content": "s"}, {"role": "user", "content": "u"})


@cache
def _shape(response_model: type[BaseModel], mode: str) -> dict[str, Any] | None:
    """What is added to every request for ``response_model`` in ``mode`` (the tools and
    tool choice, or the response format), made once: making it walks the whole model,
    which cost more than the rest of a request. In the ``json_object`` mode (llama.cpp's
    server) it is a JSON object constrained by the schema; in the others it is what
    instructor adds, and ``None`` where instructor rewrites the messages themselves (the
    JSON modes put the schema in them)."""
    if mode == "json_object":
        return {"response_format": {"type": "json_object", "schema": response_model.model_json_schema()}}
    probe = [dict(message) for message in _PROBE]
    body = _instructed(response_model, mode, {"model": "m", "messages": probe})
    if body["messages"] != list(_PROBE):
        return None
    return {name: value for name, value in body.items() if name not in ("model", "messages")}


def _dumps(value: Any) -> bytes:
    """JSON in UTF-8 as the ``openai`` client sends it: no spaces, no escapes of what
    UTF-8 holds, no NaN."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


@dataclass(frozen=True)
class Reply(Generic[T]):
    """A parsed reply, what it cost (all attempts included), and what its check still
    found wrong after the last attempt (empty for a reply that holds)."""

    value: T
    usage: Usage
    problems: tuple[str, ...] = ()
    #: What was left out of the reply for the schema to take it (among :attr:`problems`).
    dropped: tuple[str, ...] = ()
    #: What the user should know of how the reply came (its stream named two models).
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Read(Generic[T]):
    """What was read of one reply: the value, what was left out for the schema to take
    it (:func:`~communique.backends.openai.salvage.salvage`), and whether it was cut off
    at the token limit (and read as far as it went)."""

    value: T
    dropped: list[str]
    cut_off: bool = False


class _Unusable(Exception):
    """A reply that cannot be parsed into the response model, or was cut off."""

    def __init__(self, reasons: list[str], *, cut_off: bool = False) -> None:
        super().__init__("; ".join(reasons))
        self.reasons = reasons
        self.cut_off = cut_off


def rank(problems: Sequence[str]) -> tuple[int, int]:
    """How bad a reply's problems are: the serious ones first, then how many."""
    return sum(any(word in p for word in _SERIOUS) for p in problems), len(problems)


class ModelClient:
    """Structured calls to the endpoint and model of ``settings``, cached by request.

    One client serves any number of threads: share it (through one
    :class:`~communique.pipeline.Pipeline`) across a batch so that its retries, its
    ``Retry-After`` pauses and its ``rpm`` limit apply to the batch as a whole.
    ``on_event`` is told of retries and of replies as they are generated; ``clock``
    times the deadline (a test gives its own).
    """

    def __init__(
        self,
        settings: Settings,
        *,
        cache: ReplyCache | None = None,
        refresh: bool = False,
        on_event: Listener | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not settings.model:
            raise ConfigError("the openai backend needs a model: --model or COMMUNIQUE_MODEL")
        if leaks(settings.model, [secret for secret in settings.secrets if len(secret) >= FRAGMENT]):
            # (was: sent as the model's name and kept in each record's provenance and the call log)
            raise ConfigError(
                "the model's name holds the API key (or a piece of it): the variables swapped? "
                "check --model / COMMUNIQUE_MODEL"
            )
        self.settings = settings
        self.cache = cache
        self.refresh = refresh
        self.on_event = on_event
        self.clock = clock
        self.modes = candidate_modes(settings.mode, settings.base_url)
        self._saved: dict[str, Any] = (
            self.cache.get(self._endpoint_key) if self.cache is not None else None
        ) or {}
        # (what an entry of another shape holds there, a list, is not looked up: it was a TypeError)
        mode, way = (
            value if isinstance(value, str) else None for value in map(self._saved.get, ("mode", "way"))
        )
        #: The mode requests are made in: the first candidate, or the one that worked last time.
        self.mode: str = mode if mode in self.modes else self.modes[0]
        #: How requests are sent (:data:`~communique.backends.openai.transport.WAYS`): streamed
        #: with their usage first, or the way that worked last time.
        self.way: str = way if way in WAYS else next(iter(WAYS))
        self._client: Any = None
        self._throttle: Any = None
        self._send: Callable[..., Any] | None = None
        #: The JSON of every request's members but its messages, by response model, mode and way.
        self._heads: dict[tuple[type[BaseModel], str, str], bytes] = {}
        self._lock = threading.Lock()

    @property
    def endpoint(self) -> str:
        """The endpoint's URL, without a trailing slash (never the key)."""
        return (self.settings.base_url or OPENAI_URL).rstrip("/")

    @property
    def _endpoint_key(self) -> str:
        """Where the mode and the way of sending that worked with the endpoint are kept."""
        return cache_keys.key(mode_for=(self.settings.base_url or "openai"), model=self.settings.model)

    def cache_key(self, messages: list[dict[str, str]], parts: Mapping[str, Any]) -> str:
        """The cache key of a request: everything that shapes the reply, never the key.
        ``parts`` names what else does (prompt version, response schema)."""
        s = self.settings
        return cache_keys.key(
            endpoint=self.endpoint,
            model=s.model,
            messages=messages,
            mode=self.mode,
            temperature=s.temperature,
            max_tokens=s.max_tokens,
            **parts,
        )

    # -- the call -------------------------------------------------------------------
    def structured(
        self,
        response_model: type[T],
        messages: list[dict[str, str]],
        *,
        check: Check[T] | None = None,
        settles: Callable[[T], bool] | None = None,
        cache_parts: Mapping[str, Any],
    ) -> Reply[T]:
        """Ask for a ``response_model`` that ``check`` finds nothing wrong with: from the
        cache when the same request was answered before, else from the model, asked
        again with the reasons at most ``max_retries`` times, unless ``settles`` says
        what is wrong with a reply is for code to repair. What the reply kept still
        fails is in :attr:`Reply.problems`."""
        # computed once, for the lookup and for the store; again only if the request was
        # answered in another mode than the one looked up (``auto`` moved on to the next)
        key = self.cache_key(messages, cache_parts) if self.cache is not None else None
        looked_up = self.mode
        cached = self._cached(response_model, key, check)
        if cached is not None:
            return cached
        value, cost, problems, dropped = self._ask(response_model, messages, check, settles)
        if key is not None and self.mode != looked_up:
            key = self.cache_key(messages, cache_parts)  # under the mode that worked
        self._store(key, value, cost, problems, dropped)
        return Reply(value, _usage(cost), tuple(problems), tuple(dropped), tuple(cost.get("warnings", ())))

    def _cached(self, response_model: type[T], key: str | None, check: Check[T] | None) -> Reply[T] | None:
        """The reply cached under ``key``, checked again if the code that checks replies
        has changed since; ``None`` when there is none (or ``refresh`` ignores it)."""
        if self.cache is None or key is None or self.refresh:
            return None
        stored = self.cache.get(key)
        if stored is None:
            return None
        try:
            kept = _Kept.model_validate(stored)
            value = response_model.model_validate(kept.value)
        except ValueError:  # an old layout, or a damaged entry: a miss
            return None
        if kept.checked == cache_keys.code_sha256():
            problems = kept.problems
        else:  # the code that checks replies has changed since: check again
            problems = [*kept.dropped, *(check(value) if check else [])]
        usage = Usage(model=kept.model or self.settings.model, cached=True, attempts=kept.attempts,
                      tokens_in=kept.tokens_in, tokens_out=kept.tokens_out)  # fmt: skip
        return Reply(value, usage, tuple(problems), tuple(kept.dropped), tuple(kept.warnings))

    def _store(
        self, key: str | None, value: BaseModel, cost: dict[str, Any], problems: Sequence[str],
        dropped: Sequence[str],
    ) -> None:  # fmt: skip
        """Keep a reply, what it cost, what was left out of it and what its check found
        under ``key`` (nothing without a cache)."""
        if self.cache is not None and key is not None:
            stored = {"value": value.model_dump(mode="json"), "checked": cache_keys.code_sha256(), "problems": list(problems),
                      **({"dropped": list(dropped)} if dropped else {}), **cost}  # fmt: skip
            self.cache.set(key, stored)

    def openai(self) -> Any:
        """The ``openai.OpenAI`` client (created once), for calls beyond chat completions.
        A :class:`~communique.errors.ConfigError` at once for OpenAI itself without a key."""
        s = self.settings
        if s.needs_key and not s.api_key:
            raise ConfigError(
                f"{s.endpoint_host} needs an API key: set COMMUNIQUE_API_KEY or OPENAI_API_KEY "
                "(or --api-key), or --base-url for a server of your own"
            )
        with self._lock:
            if self._client is None:
                import openai

                from communique.backends.openai.retry import Throttle

                base_url, query = _split_query(s.base_url)
                self._client = openai.OpenAI(
                    base_url=base_url,
                    default_query=query,  # every request carries it (the client would put the path after it)
                    api_key=s.api_key or "not-needed",  # local servers take any key
                    timeout=s.idle_seconds,
                    max_retries=0,  # transient faults are retried by communique.retry
                    # the communiqué goes only where --base-url says: a redirect is an answer
                    http_client=openai.DefaultHttpxClient(follow_redirects=False, **_tls(base_url)),
                )
                bound_reads(self._client._client)  # the deadline bounds the wait for the headers too
                self._throttle = Throttle(rpm=s.rpm)
            return self._client

    def _retried(self, call: Callable[..., R]) -> Callable[..., R]:
        """``call`` (of the client :meth:`openai` made) with transient faults retried,
        sharing the throttle, each retry told."""
        from communique.backends.openai.retry import with_retries

        return with_retries(
            call, total_seconds=self.settings.retry_seconds, throttle=self._throttle, on_retry=self._retrying
        )

    def _retrying(self, fault: BaseException, seconds: float, attempt: int) -> None:
        if self.on_event is not None:
            self.on_event(Retrying(self.settings.endpoint_host, self._fault(fault), seconds, attempt))

    def api(self, call: Callable[..., R], *args: Any, **kwargs: Any) -> R:
        """Make any other endpoint call (files, batches) with the same retries, throttle
        and error translation as a chat completion."""
        self.openai()
        try:
            return self._retried(call)(*args, **kwargs)
        except Exception as exc:
            raise self._error(exc, None) from None

    def _ask(
        self,
        response_model: type[T],
        messages: list[dict[str, str]],
        check: Check[T] | None,
        settles: Callable[[T], bool] | None = None,
    ) -> tuple[T, dict[str, Any], list[str], list[str]]:
        """The attempts: ask, parse, check; ask again with the reasons (never with a reply
        that was cut off or did not parse); return the first reply that holds or that
        ``settles`` keeps with its problems, else the best one with its problems; and
        what was left out of it to read it."""
        self.openai()  # no key for an endpoint that needs one: an error before any attempt
        cost: dict[str, Any] = {"attempts": 0, "tokens_in": 0, "tokens_out": 0, "model": self.settings.model}
        best: tuple[T, list[str], list[str]] | None = None
        unusable: _Unusable | None = None
        conversation = messages
        for attempt in range(1, 2 + self.settings.max_retries):
            response, mode = self._complete(response_model, conversation, cost, attempt)
            try:
                read = self._parse(response_model, response, mode)
            except CommuniqueError as exc:  # a refusal, the key in the reply
                raise self._error(exc, cost) from None
            except _Unusable as exc:
                unusable = exc
                conversation = [
                    *messages,
                    {"role": "user", "content": _retry_note(exc, self.settings.max_tokens)},
                ]
                continue
            value, dropped = read.value, read.dropped
            problems = [*dropped, *(check(value) if check else [])]
            if not problems or (settles is not None and settles(value)):
                return value, cost, problems, dropped
            if best is None or rank(problems) < rank(best[1]):
                best = (value, problems, dropped)
            if read.cut_off:  # not sent back: what follows the cut would be missing from it
                conversation = [
                    *messages,
                    {"role": "user", "content": _retry_note(_Unusable(dropped, cut_off=True), self.settings.max_tokens)},
                ]  # fmt: skip
                continue
            copy = compact(value)
            if len(copy) > _CHARACTERS_A_TOKEN * self.settings.max_tokens:  # more than a reply can hold
                conversation = [*messages, {"role": "user", "content": _reask(problems, len(copy))}]
                continue
            conversation = [
                *messages,
                {"role": "assistant", "content": copy},
                {"role": "user", "content": _reask(problems)},
            ]
        if best is not None:
            return best[0], cost, best[1], best[2]
        assert unusable is not None  # at least one attempt was made
        raise self._unusable(unusable, cost)

    def _complete(
        self,
        response_model: type[BaseModel],
        messages: list[dict[str, str]],
        cost: dict[str, Any],
        attempt: int,
    ) -> tuple[Any, str]:
        """One chat completion (the ``attempt``-th ask) and the mode it was made in. In
        ``auto`` mode, move on to the next mode when the endpoint rejects the request's
        shape, and remember the mode that worked; transient faults are retried
        underneath. A failed ask counts as an attempt all the same."""
        from communique.backends.openai.retry import rejects_request

        modes = self.modes[self.modes.index(self.mode) :]
        for index, mode in enumerate(modes):
            try:
                sent = self._stream(response_model, messages, mode, attempt)
            except Exception as exc:
                if index + 1 < len(modes) and rejects_request(exc):
                    continue
                cost["attempts"] += 1
                raise self._error(exc, cost) from None
            self._remember(mode=mode)
            response = sent.completion
            usage = getattr(response, "usage", None)
            tokens_out = _count(usage, "completion_tokens")
            cost["attempts"] += 1
            cost["tokens_in"] += _count(usage, "prompt_tokens")
            cost["tokens_out"] += tokens_out
            cost["model"] = _model_name(getattr(response, "model", None), cost["model"])
            # of the last reply alone, as its model is; an entry of the cache keeps its shape
            cost.pop("warnings", None)
            if spliced := _spliced(response):
                cost["warnings"] = spliced
            self._generating(attempt, tokens_out, sent.seconds, estimated=sent.estimated, done=True)
            return response, mode
        raise AssertionError("unreachable")  # pragma: no cover

    def _stream(
        self, response_model: type[BaseModel], messages: list[dict[str, str]], mode: str, attempt: int
    ) -> Sent:
        """Send the request for ``response_model`` in ``mode`` the way the endpoint takes
        (streamed if it can), moving on to the next way when it refuses one, and tell the
        listener how the reply comes."""
        from communique.backends.openai import transport

        send = self._sender()
        way = self.way
        prompt_tokens = transport.estimate(messages)  # for a stream that reports no usage
        shown = [0.0]

        def progress(tokens: int, seconds: float) -> None:
            if seconds - shown[0] >= _PROGRESS_EVERY:
                shown[0] = seconds
                self._generating(attempt, tokens, seconds)

        while True:
            try:
                content = self._content(response_model, messages, mode, way)
                sent: Sent = send(content, prompt_tokens=prompt_tokens, way=way,
                                  progress=progress if self.on_event is not None else None)  # fmt: skip
            except Exception as exc:
                following = transport.fallback(exc, way)
                if following is None:
                    raise
                way = following
                continue
            self._remember(way=way)
            return sent

    def _generating(self, attempt: int, tokens: int, seconds: float, *, estimated: bool = True,
                    done: bool = False) -> None:  # fmt: skip
        if self.on_event is not None:
            self.on_event(Generating(self.settings.endpoint_host, attempt, 1 + self.settings.max_retries, tokens,
                                     seconds, estimated, done))  # fmt: skip

    def _remember(self, *, mode: str | None = None, way: str | None = None) -> None:
        """Make ``mode`` the one requests are made in, or ``way`` the way they are sent,
        and keep it for the endpoint."""
        self.mode, self.way = mode or self.mode, way or self.way
        kept = {"mode": self.mode, "way": self.way}
        if self.cache is not None and kept != self._saved:
            self.cache.set(self._endpoint_key, kept)
            self._saved = kept

    def _sender(self) -> Callable[..., Sent]:
        """The chat call, read under the deadline, transient faults retried underneath; made once."""
        from functools import partial

        from communique.backends.openai import transport

        client = self.openai()
        with self._lock:
            if self._send is None:
                s = self.settings
                send = partial(transport.send, transport.poster(client), idle=s.idle_seconds,
                               deadline=s.deadline_seconds, clock=self.clock, gate=self._throttle.hold)  # fmt: skip
                self._send = self._retried(send)
            return self._send

    def _parse(self, response_model: type[T], response: Any, mode: str) -> _Read[T]:
        """The reply as a ``response_model``, or :class:`_Unusable` with the reasons. A
        reply holding the key is refused as it came and as it is read: the key written
        with characters between its own that reading drops (escape sequences, controls
        of text direction) is the key once read (was: in the record, the cache and the
        call log)."""
        read = self._read_reply(response_model, response, mode)
        if leaks(read.value.model_dump_json(warnings=False), self.settings.secrets):
            raise Declined("the reply contains the API key (or a piece of it): refused, and not cached")
        return read

    def _refused(self, text: str) -> str:
        """What a model's refusal says, fit for a one-line error: its escape sequences
        removed whole (was: only their control characters, the address of a hyperlink and
        the rest of each left as words), on one line, at most 300 characters, the key masked."""
        return redact(one_line(inert(text))[:300], self.settings.secrets)

    def _read_reply(self, response_model: type[T], response: Any, mode: str) -> _Read[T]:
        """The reply as a ``response_model``, or :class:`_Unusable` with the reasons."""
        choices = getattr(response, "choices", None) or []
        if not choices:
            raise _Unusable(["the reply has no choices"])
        choice = choices[0]
        message = getattr(choice, "message", None)
        if message is None:
            raise _Unusable(["the reply has no message"])
        if isinstance(message, str | int | float | list):  # JSON that is no message: text, a number, a list
            raise _Unusable([f"the reply's message is {json_kind(message, string='text')}, not an object"])
        refusal = getattr(choice.message, "refusal", None)
        if refusal:
            raise Declined(f"the model refused: {self._refused(str(refusal))}")
        if leaks(response.model_dump_json(warnings=False), self.settings.secrets):
            raise Declined("the reply contains the API key (or a piece of it): refused, and not cached")
        if choice.finish_reason == "content_filter":  # the same text is filtered again: not asked again
            raise Declined(
                f"{self.settings.endpoint_host} stopped the reply with its content filter "
                "(finish_reason=content_filter); the provider's filter refuses this text: try another model or endpoint"
            )
        calls, text = _parts(choice.message)
        if choice.finish_reason == "length":
            return self._cut_off(response_model, calls[0].function.arguments if calls else text)
        if not calls and "{" not in text and _REFUSAL.search(text[:160]):
            raise Declined(f"the model refused: {self._refused(text)}")
        if (
            mode == "tools"
            and calls
            and calls[0].function.name  # a call of no name is to the one function asked for
            and _folded_name(calls[0].function.name)
            != _folded_name(asked := _described(response_model).__name__)
        ):
            raise _Unusable(
                [f"the reply called the function {calls[0].function.name[:80]!r}; call {asked!r}"]
            )
        try:
            # what instructor reads of a reply, without walking the class for async
            # validators at every reply (a millisecond and a half); a reply in the text
            # where a tool call was asked for (a server without tools) is read all the same
            if mode == "tools" and calls and isinstance(calls[0].function.arguments, str | dict | list):
                return _Read(*_read_object(response_model, calls[0].function.arguments))
            if not calls and not text:
                raise _Unusable(["the reply is empty: no text and no tool call"])
            if not calls:
                return _Read(*_read_object(response_model, text))
            if not text and isinstance(calls[0].function.arguments, str | dict | list):
                # a record given as a tool call where JSON was asked for (a server that puts every
                # structured reply in one): read as its text would be (was: "Invalid JSON: EOF
                # while parsing a value", three paid attempts, then the error)
                return _Read(*_read_object(response_model, calls[0].function.arguments))
            import instructor
            from instructor.processing.response import process_response

            value: T = process_response(
                response,
                response_model=_described(response_model),
                stream=False,
                mode=getattr(instructor.Mode, instructor_mode(mode)),
            )
            # as the class asked for, not instructor's subclass of it: a record of either
            # is the same, but only the first can be sent to another process (pickled)
            return _Read(response_model.model_construct(value.model_fields_set, **dict(value)), [])
        except RecursionError:  # a reply of brackets in brackets: nothing to read, not the input's fault
            raise _Unusable(["the reply is nested too deeply to read"]) from None
        except (ValueError, AssertionError, KeyError, TypeError, AttributeError, IndexError) as exc:
            if isinstance(exc, AssertionError) and "Unable to generate a response" in str(exc):
                raise Declined(f"the model refused: {self._refused(str(exc))}") from None
            raise _Unusable(_problems(exc)) from None

    def _cut_off(self, response_model: type[T], written: Any) -> _Read[T]:
        """What a reply cut off at the token limit holds, as far as it went: what the
        schema takes of it, with the cut among what was left out; :class:`_Unusable`
        when too little was written for the schema to take."""
        cut = f"the reply was cut off at max_tokens ({self.settings.max_tokens})"
        unusable = _Unusable([cut], cut_off=True)
        data = (
            written
            if isinstance(written, dict)
            else partial_object(written)
            if isinstance(written, str)
            else None
        )
        if data is None:
            raise unusable
        try:
            value, dropped = salvage(response_model, each_string(data, inert), cut_off=True)
        except (ValueError, RecursionError):
            raise unusable from None
        return _Read(value, [f"{cut}: read as far as it went", *dropped], cut_off=True)

    def _unusable(self, last: _Unusable, cost: dict[str, Any]) -> ValidationFailed:
        """The error when no attempt gave a reply that parses."""
        attempts = cost["attempts"]
        message = (
            f"every reply was cut off at the token limit (finish_reason=length, max_tokens="
            f"{self.settings.max_tokens}, {attempts} attempt(s)); raise --max-tokens or use a larger model"
            if last.cut_off
            else f"the model's reply failed validation after {attempts} attempt(s): "
            + "; ".join(last.reasons[:5])
        )
        error = ValidationFailed(message, attempts=attempts, problems=last.reasons)
        error.tokens_in, error.tokens_out = cost["tokens_in"], cost["tokens_out"]
        return error

    # -- requests and results made elsewhere (the Batch API) ---------------------------
    def request_body(
        self, response_model: type[BaseModel], messages: list[dict[str, str]], *, mode: str | None = None
    ) -> dict[str, Any]:
        """The body of a chat request for ``response_model`` in ``mode`` (by default the
        current one): the messages, the tools or response format, model and sampling."""
        mode = mode or self.mode
        base = {**self._sampling, "messages": messages}
        shape = _shape(response_model, mode)
        return {**base, **shape} if shape is not None else _instructed(response_model, mode, base)

    @property
    def _sampling(self) -> dict[str, Any]:
        """What every request says besides its messages and its shape: model and sampling."""
        s = self.settings
        return {"model": s.model, "temperature": s.temperature, "max_tokens": s.max_tokens}

    def _content(
        self, response_model: type[BaseModel], messages: list[dict[str, str]], mode: str, way: str
    ) -> bytes:
        """The body of a chat request as sent, JSON in UTF-8: all but its messages is the
        same for every request of a model, a mode and a way of sending, and made into
        JSON once (the tools or the response format hold the whole schema); only the
        messages are made into JSON for each request. In the modes where instructor puts
        the schema in the messages, the whole body is made for each."""
        head = self._heads.get((response_model, mode, way))
        if head is None:
            shape = _shape(response_model, mode)
            if shape is None:
                return _dumps({**self.request_body(response_model, messages, mode=mode), **WAYS[way]})
            # the object without its closing brace, ready for its last member
            head = _dumps({**self._sampling, **shape, **WAYS[way]})[:-1] + b',"messages":'
            self._heads[response_model, mode, way] = head
        return head + _dumps(messages) + b"}"

    def parse(
        self,
        response_model: type[T],
        completion: Mapping[str, Any],
        messages: list[dict[str, str]],
        *,
        check: Check[T] | None = None,
        cache_parts: Mapping[str, Any],
    ) -> Reply[T]:
        """Parse and check a chat completion obtained elsewhere (a Batch API result)
        exactly as :meth:`structured` does a reply (there is no asking again: what its
        check finds is in :attr:`Reply.problems`), and cache it as the answer to
        ``messages`` so that a later live run takes it from there."""
        from openai.types.chat import ChatCompletion

        cost: dict[str, Any] = {"attempts": 1, "tokens_in": 0, "tokens_out": 0, "model": self.settings.model}
        try:
            response = ChatCompletion.model_validate(completion)
        except ValueError as exc:
            raise self._unusable(_Unusable(_problems(exc)), cost) from None
        usage = response.usage
        cost.update(
            tokens_in=_count(usage, "prompt_tokens"),
            tokens_out=_count(usage, "completion_tokens"),
            model=_model_name(response.model, cost["model"]),
        )
        try:
            read = self._parse(response_model, response, self.mode)
        except CommuniqueError as exc:  # a refusal, the key in the reply: with what it cost
            raise self._error(exc, cost) from None
        except _Unusable as exc:
            raise self._unusable(exc, cost) from None
        problems = [*read.dropped, *(check(read.value) if check else [])]
        if self.cache is not None:
            self._store(self.cache_key(messages, cache_parts), read.value, cost, problems, read.dropped)
        return Reply(read.value, _usage(cost), tuple(problems), tuple(read.dropped))

    # -- errors -------------------------------------------------------------------------
    def _error(self, exc: Exception, cost: dict[str, Any] | None) -> CommuniqueError:
        """Translate what instructor and openai raise into communique's errors, with what
        the failed call spent."""
        error = self._translate(exc)
        if cost is not None:
            error.attempts, error.tokens_in, error.tokens_out = (
                cost["attempts"], cost["tokens_in"], cost["tokens_out"],
            )  # fmt: skip
        return error

    def _translate(self, exc: Exception) -> CommuniqueError:
        import openai

        from communique.backends.openai.retry import (
            WaitTooLong,
            api_message,
            not_http,
            out_of_credit,
            refused_here,
        )
        from communique.backends.openai.transport import DeadlinePassed

        s = self.settings
        key = s.secrets
        host = s.endpoint_host
        if isinstance(exc, WaitTooLong):
            return ModelError(
                f"{host} answered {getattr(exc.fault, 'status_code', '?')} and asked to wait {_seconds(exc.seconds)}, "
                f"over the retry budget of {exc.budget:g} s: given up (COMMUNIQUE_RETRY_SECONDS raises the budget)"
            )
        if isinstance(exc, DeadlinePassed):
            if s.local:
                rate = exc.tokens / exc.seconds
                return ModelError(
                    f"the model at {host} produced {exc.tokens} tokens in {exc.seconds:g} s ({rate:.1f} tok/s) "
                    "without finishing its reply; raise COMMUNIQUE_DEADLINE or use --summaries code / a smaller "
                    "--max-tokens"
                )
            return ModelError(
                f"{host} did not finish its reply within {exc.seconds:g} s ({exc.tokens} tokens so far); "
                "raise COMMUNIQUE_DEADLINE to wait longer"
            )
        if refused_here(exc):
            return ConfigError(f"nothing listens on {host}; start the server or check --base-url")
        if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
            return ConfigError(
                f"{host} refused the API key ({exc.status_code}); check COMMUNIQUE_API_KEY / OPENAI_API_KEY"
            )
        if out_of_credit(exc):
            return ConfigError(
                f"{host} answered {getattr(exc, 'status_code', '?')}: the account's quota or credit is spent "
                f"({redact(api_message(exc), key)}); add credit or use another key"
            )
        if isinstance(exc, openai.NotFoundError):
            return ConfigError(
                f"{host} does not know model {self.settings.model!r} or the endpoint path (404); check --model and --base-url"
            )
        if isinstance(exc, openai.APIStatusError) and exc.status_code == 405:
            # a web server at the base URL that serves no chat requests (a page, a docs site,
            # a path without /v1): a wrong endpoint, as a 404 is (was: exit 1, "answered 405")
            return ConfigError(
                f"{host} takes no chat request at {redact(public_url(str(exc.request.url)), key)} "
                "(405 Method Not Allowed); check --base-url (an OpenAI-compatible API ends in /v1, as a rule)"
            )
        if isinstance(exc, openai.APITimeoutError):
            return ModelError(
                f"{host} did not answer within {s.idle_seconds:g} s, after retries (COMMUNIQUE_TIMEOUT)"
            )
        if isinstance(exc, openai.APIConnectionError) and getattr(exc, "foreign", False):
            return ConfigError(
                f"{redact(public_url(str(exc.request.url)), key)} is not an OpenAI-compatible API: it answered "
                f"{redact(str(exc), key)}; check --base-url (a Wi-Fi sign-in page, a proxy or a "
                "web site answers so), not retried"
            )
        if isinstance(exc, openai.APIConnectionError) and getattr(exc, "lasting", False):
            return ModelError(f"a reply of {host} could not be read: {redact(str(exc), key)} (not retried)")
        if isinstance(exc, openai.APIConnectionError) and getattr(exc, "unreadable", False):
            return ModelError(
                f"the replies of {host} could not be read, after retries: {redact(str(exc), key)}"
            )
        if (answer := not_http(exc)) is not None:  # it answered: "cannot reach" it would be untrue
            return ModelError(
                f"{host} answered with what is not an HTTP reply: {redact(one_line(answer), key)[:200]}; "
                "not retried (check that --base-url is the address of an OpenAI-compatible server)"
            )
        if isinstance(exc, openai.APIConnectionError):
            return ModelError(f"cannot reach {host} after retries: {redact(str(exc.__cause__ or exc), key)}")
        if isinstance(exc, openai.APIStatusError) and 300 <= exc.status_code < 400:
            where = one_line(exc.response.headers.get("location", ""))[:200] or "another address"
            return ConfigError(
                f"{host} answered {exc.status_code}, redirecting to {redact(where, key)}: not followed "
                "(the communiqué is sent only to --base-url); use that address as --base-url if it is yours"
            )
        if isinstance(exc, openai.APIStatusError):
            from communique.backends.openai.retry import rejects_request

            detail = redact(api_message(exc), key)
            hint = ""
            if rejects_request(exc):
                others = ", ".join(f"--mode {m}" for m in MODES if m != self.mode)
                hint = f" (the endpoint may not support --mode {self.mode}; try {others})"
            return ModelError(f"{host} answered {exc.status_code}: {detail}{hint}")
        if isinstance(exc, CommuniqueError):
            return exc
        return ModelError(f"model call failed: {redact(type(exc).__name__ + ': ' + str(exc), key)}")

    def _fault(self, exc: BaseException) -> str:
        """What a transient fault was, after the host's name: for a retry's line."""
        import openai

        if isinstance(exc, openai.APIStatusError):
            return f"answered {exc.status_code}"
        if isinstance(exc, openai.APITimeoutError):
            return f"sent nothing for {self.settings.idle_seconds:g} s"
        if getattr(exc, "unreadable", False):
            return f"sent a reply that cannot be read ({redact(str(exc), self.settings.secrets)[:120]})"
        cause = exc.__cause__
        return "dropped the connection" + (
            f" ({redact(str(cause), self.settings.secrets)[:120]})" if cause else ""
        )


def _seconds(seconds: float) -> str:
    """A wait a server asked for, as a reader takes it in: ``3600 s``, ``12 days`` (a
    ``Retry-After`` date years ahead was ``2.29985e+09 s``; ``Retry-After: 1e308``, a
    number of 300 digits of days)."""
    if seconds >= 100 * 365 * 86_400:
        return "over a hundred years"
    return f"{seconds:g} s" if seconds < 86_400 else f"{seconds / 86_400:,.0f} days"


def _tls(base_url: str | None) -> dict[str, Any]:
    """How the HTTP client checks certificates, for an endpoint at ``base_url``: as it
    does by default, except for a plain ``http://`` endpoint (a server on this machine
    or the network's own), to which no request goes over TLS: a context without any
    certificate authority, which would refuse every server if one ever did, instead of
    the default one, whose store of authorities takes tens of milliseconds of a core to
    load, the time of every request a batch could have sent meanwhile."""
    if base_url is None or not base_url.lower().startswith("http://"):
        return {}
    import ssl

    return {"verify": ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)}  # verifies, and trusts no one


def _split_query(url: str | None) -> tuple[str | None, dict[str, str] | None]:
    """A base URL without its query, and the query's parameters (``?api-version=…&key=…``,
    as Azure and some gateways take them): the ``openai`` client puts the path of a
    request after the whole base URL, query included, which no server understands."""
    if url is None or "?" not in url:
        return url, None
    from urllib.parse import parse_qsl, urlsplit, urlunsplit

    parts = urlsplit(url)
    return urlunsplit(parts._replace(query="", fragment="")), dict(parse_qsl(parts.query)) or None


def _parts(message: Any) -> tuple[list[Any], str]:
    """The tool calls and the text of a reply's message, checked for the types a chat
    completion has (a server may send a number for the text, a string for the calls,
    a call without a function name): :class:`_Unusable` when they are not."""
    content = _text_of(getattr(message, "content", None))
    if content is not None and not isinstance(content, str):
        raise _Unusable([f"the reply's content is {json_kind(content)}, not text"])
    calls = getattr(message, "tool_calls", None) or []
    # a call's name may be null or left out (some servers' parsers of tool calls): one function
    # is offered, and the request names it (was: "not a list of calls, each to a named function",
    # asked again for the same call, then the offline reading)
    if not isinstance(calls, list) or not all(
        isinstance(getattr(getattr(call, "function", None), "name", None), str | None)
        and getattr(call, "function", None) is not None
        for call in calls
    ):
        raise _Unusable(["the reply's tool calls are not a list of calls, each to a function"])
    if len(calls) > 1:
        calls = sorted(calls, key=lambda call: not _holds_json(call.function.arguments))
    return calls, (content or "").strip()


def _holds_json(arguments: Any) -> bool:
    """Whether a tool call's arguments are JSON: of a reply's several calls, the first
    that is is read (was: the first call whatever it held, a broken one before the
    record read as the reply's, asked again for the whole budget, then the offline
    reading)."""
    if isinstance(arguments, dict):
        return True
    try:
        json.loads(arguments)
    except (TypeError, ValueError, RecursionError):
        return False
    return True


def _text_of(content: Any) -> Any:
    """The text of a reply's content given as a list of parts, as the newer APIs and some
    gateways send it (``[{"type": "text", "text": "{…}"}]``), joined; any other content as
    it is. Was: "the reply's content is a list, not text", asked again for the same list,
    then the offline reading."""
    if isinstance(content, dict):
        # an object for the content: one part not in a list, or the record itself, as a
        # gateway that parses JSON replies sends it (was: "the reply's content is an object,
        # not text", asked again, then the offline reading): read as its JSON text
        return _text_of([content]) if "text" in str(content.get("type")) else json.dumps(content)
    if not isinstance(content, list) or not content:
        return content
    texts = [
        part.get("text") for part in content if isinstance(part, dict) and "text" in str(part.get("type"))
    ]
    if len(texts) != len(content) or not all(isinstance(text, str) for text in texts):
        return content
    return "".join(str(text) for text in texts)


def _usage(cost: Mapping[str, Any], *, cached: bool = False) -> Usage:
    """The usage a cost record (a call's running count, or a cached entry) says."""
    return Usage(
        model=cost.get("model"),
        cached=cached,
        attempts=int(cost.get("attempts", 0)),
        tokens_in=int(cost.get("tokens_in", 0)),
        tokens_out=int(cost.get("tokens_out", 0)),
    )


#: More tokens than any reply has: a count above it is nonsense (and overflows the call log).
_MOST_TOKENS = 2**40


class _Kept(BaseModel):
    """A reply as the cache keeps it (:meth:`ModelClient._store`). An entry of another
    shape, an older version's or a damaged one, is a miss (was: a ``TypeError`` or a
    ``ValueError`` out of the run, for ``"problems": null`` or ``"tokens_in": "many"``)."""

    value: dict[str, Any]
    checked: str | None = None
    problems: list[str] = []
    dropped: list[str] = []
    model: str | None = None
    attempts: Annotated[int, Field(ge=0, le=_MOST_TOKENS)] = 0
    tokens_in: Annotated[int, Field(ge=0, le=_MOST_TOKENS)] = 0
    tokens_out: Annotated[int, Field(ge=0, le=_MOST_TOKENS)] = 0
    warnings: list[str] = []


def _spliced(response: Any) -> list[str]:
    """A warning when the chunks of a streamed reply name more than one model (a proxy
    splicing two backends' streams): the record names them all (the transport's
    ``communique_models``), and says so, as no single model wrote the reply."""
    models = getattr(response, "communique_models", None)
    if not isinstance(models, list) or len(models) < 2:
        return []
    names = ", ".join(quoted(_model_name(model, "") or "", 60) for model in models)
    return [f"the reply's stream names more than one model ({names}): no one model wrote it all"]


def _count(usage: Any, name: str) -> int:
    """A token count of a reply's usage: a whole number from 0 to :data:`_MOST_TOKENS`, or
    0 for anything else a server may send there (a string, a negative number, null, 10**30)."""
    value = getattr(usage, name, None)
    if isinstance(usage, dict):
        value = usage.get(name)
    return (
        value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= _MOST_TOKENS else 0
    )


def _read_object(response_model: type[T], text: str | dict[str, Any] | list[Any]) -> tuple[T, list[str]]:
    """A JSON object as a ``response_model``. A line break or a tab written as it is inside
    a string, which JSON forbids and a small model's constrained output can hold, is read
    as the character it is. A model that is not held to JSON often wraps its object in a
    Markdown fence or a sentence, or repeats it: the first object of the text is read. A
    reply with no object in it is told why as any other; an object alone in a list, or
    whose JSON came as a string's text (encoded twice), is read, and that said. Control characters are dropped
    from its strings. Arguments of a tool call sent as an object, not as its JSON text
    (some servers do), are read as they are, a list of it too. What the schema refuses is
    left out where it can be (:func:`~communique.backends.openai.salvage.salvage`), and said."""
    if isinstance(text, dict):
        return salvage(response_model, each_string(text, inert))
    if isinstance(text, list):
        data: Any = text
    else:
        try:
            data = json.loads(text, strict=False, parse_int=whole_number)
        except ValueError:
            data = _first_object(text := _TRAILING_COMMA.sub(r"\1", text))
            if data is None:
                return response_model.model_validate_json(text), []
    if isinstance(data, list) and len(data) == 1 and isinstance(data[0], dict):
        # "[{…}]": a small model wraps its one object in a list; read, and said, not asked again
        value, dropped = salvage(response_model, each_string(data[0], inert))
        return value, ["the reply's object came inside a list of one", *dropped]
    if isinstance(data, str) and data.lstrip().startswith("{"):
        # a string whose text is the object's JSON: the JSON made into JSON again
        # (a server that encodes a tool call's arguments twice); read, and said, not asked again
        value, dropped = _read_object(response_model, data)
        return value, ["the reply's object came as the text of a JSON string (encoded twice)", *dropped]
    # a model's words reach terminals (a translation, a summary in Markdown), never its
    # escape sequences
    return salvage(response_model, each_string(data, inert))


def _folded_name(name: str) -> str:
    """A function's name as compared with the one asked for: case, ``_``, ``-`` and blanks
    aside (``modeldraft``, ``model_draft`` call ``ModelDraft``, the one function offered:
    was asked again, and paid for, at every attempt)."""
    return "".join(char for char in name.casefold() if char.isalnum())


def _model_name(model: Any, asked: str | None) -> str | None:
    """The name of the model a reply says made it, as a record and the call log keep it:
    on one line, without escape sequences (removed whole: a server's ``ESC ] 0 ; … BEL``
    left its title as words), at most 200 characters; the model asked for if it says none."""
    name = one_line(inert(model))[:200] if isinstance(model, str) else ""
    return name if name.strip() else asked


#: A comma before a closing bracket (``{"a": 1,}``), which JavaScript and Python take and
#: JSON does not: a small model writes them. Was: the reply's first inner object that is
#: JSON read as the record (a participant: ``is_meeting_report: Field required``), asked
#: again, then the offline reading. Taken out only of a reply that is no JSON with them.
_TRAILING_COMMA = regexes.compile(r",(\s*[}\]])")


def _first_object(text: str, tries: int = 8) -> dict[str, Any] | None:
    """The first JSON object of ``text`` that a brace opens, whatever surrounds it (the
    first ``tries`` braces are tried: a reply of braces alone is not read for long)."""
    decoder = json.JSONDecoder(strict=False, parse_int=whole_number)
    start = text.find("{")
    for _ in range(tries):
        if start < 0:
            break
        try:
            value, _ = decoder.raw_decode(text, start)
        except (ValueError, RecursionError):
            value = None
        if isinstance(value, dict):
            return value
        start = text.find("{", start + 1)
    return None


def _problems(exc: BaseException) -> list[str]:
    """Why a reply could not be parsed, one line each."""
    last = exc.__cause__ or exc
    errors = getattr(last, "errors", None)
    if callable(errors):
        reasons = []
        for error in errors():
            message = str(error.get("msg", "")).removeprefix("Value error, ")
            where = ".".join(str(p) for p in error.get("loc", ()))
            reasons.append(f"{where}: {message}" if where else message)
        return reasons or [str(last)]
    return [(str(last).splitlines() or [type(last).__name__])[0]]


def compact(value: BaseModel, longest: int = 1000) -> str:
    """A reply as short JSON (no nulls, no defaults, no string longer than ``longest``
    characters): what is sent back when the model is asked to correct it, never the raw
    reply that may have run on."""
    data = value.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    clipped = each_string(data, lambda text: text if len(text) <= longest else text[:longest] + "…")
    return json.dumps(clipped, ensure_ascii=False, separators=(",", ":"))


#: More characters than a token of JSON ever is: a reply whose short copy is longer than
#: this many times ``max_tokens`` is more than a model could write (a server's own make).
_CHARACTERS_A_TOKEN = 8


def _reask(problems: Sequence[str], unsent: int = 0) -> str:
    """What the model is told when its reply does not hold. A reply of ``unsent``
    characters is not sent back: one of 10,000 invented participants was, whole (half a
    megabyte, a paid request of 130,000 tokens, at each re-ask)."""
    listed = "\n".join(f"- {p}" for p in problems[:8])
    if unsent:
        return (
            f"Your previous reply ran to {unsent:,} characters, more than a reply can hold, and does not match "
            f"the communiqué:\n{listed}\nReply again with one JSON object that follows the schema: each person "
            "and each item once, every phrase copied verbatim from the communiqué, a field left null rather than guessed."
        )
    return (
        f"Your reply above does not match the communiqué:\n{listed}\n"
        "Return the whole reply again, corrected: fix these points, keep what was right, "
        "copy every phrase verbatim from the communiqué, and leave a field null rather than guess."
    )


def _retry_note(unusable: _Unusable, max_tokens: int) -> str:
    """What the model is told when its reply could not be used (it is not sent back)."""
    if unusable.cut_off:
        return (
            f"Your previous reply was cut off at the limit of {max_tokens} tokens. Reply again, much shorter: "
            "short verbatim phrases, each person and each item once, and close the JSON as soon as the record is complete."
        )
    reasons = "; ".join(r[:200] for r in unusable.reasons[:5])
    return f"Your previous reply could not be read ({reasons}). Reply again with one JSON object that follows the schema."
