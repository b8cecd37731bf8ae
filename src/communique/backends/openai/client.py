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

- a reply cut off at ``max_tokens`` (``finish_reason == "length"``) or that does not
  parse is never sent back: the model is asked again with the reason only;
- a reply that parses is checked (``check``: the communiqué's grounding, a
  translation's faithfulness); one that fails is asked again with the reasons and a
  compact copy of the reply, so that the model keeps what was right;
- after the last attempt, the best reply (fewest problems, the most serious counted
  first) is returned with its problems: the caller decides what to repair, what to
  report, and whether to fail (``--strict``).

``openai`` and ``instructor`` are imported on the first call that needs them: a cache
hit never imports them.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pydantic import BaseModel

from communique import cache as cache_keys
from communique.backends.openai.modes import MODES, candidate_modes, instructor_mode
from communique.config import leaks, redact
from communique.errors import CommuniqueError, ConfigError, ModelError, ValidationFailed
from communique.schema import Usage

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


@cache
def code_sha256() -> str:
    """A fingerprint of communique's code and data: what checks a reply. A cached reply
    checked by the same code need not be checked again; after an upgrade it is."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).resolve().parents[2].rglob("*")):
        if path.suffix in (".py", ".json") and path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


@cache
def _described(response_model: type[T]) -> type[T]:
    """``response_model`` as instructor's own kind of class, made once. Given a plain
    model, instructor makes a new class on every call, and describes it in JSON Schema
    anew (its cache of schemas is keyed by class): most of the time a call costs here."""
    import instructor

    return instructor.response_schema(response_model)


@dataclass(frozen=True)
class Reply(Generic[T]):
    """A parsed reply, what it cost (all attempts included), and what its check still
    found wrong after the last attempt (empty for a reply that holds)."""

    value: T
    usage: Usage
    problems: tuple[str, ...] = ()


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
    """

    def __init__(self, settings: Settings, *, cache: ReplyCache | None = None, refresh: bool = False) -> None:
        if not settings.model:
            raise ConfigError("the openai backend needs a model: --model or COMMUNIQUE_MODEL")
        self.settings = settings
        self.cache = cache
        self.refresh = refresh
        self.modes = candidate_modes(settings.mode, settings.base_url)
        remembered = (
            self.cache.get(self._mode_key) if self.cache is not None and len(self.modes) > 1 else None
        )
        self._saved_mode = remembered.get("mode") if remembered else None
        #: The mode requests are made in: the first candidate, or the one that worked last time.
        self.mode = self._saved_mode if self._saved_mode in self.modes else self.modes[0]
        self._client: Any = None
        self._throttle: Any = None
        self._chat: Callable[..., Any] | None = None
        self._lock = threading.Lock()

    @property
    def endpoint(self) -> str:
        """The endpoint's URL, without a trailing slash (never the key)."""
        return (self.settings.base_url or "https://api.openai.com/v1").rstrip("/")

    @property
    def _mode_key(self) -> str:
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
        cache_parts: Mapping[str, Any],
    ) -> Reply[T]:
        """Ask for a ``response_model`` that ``check`` finds nothing wrong with: from the
        cache when the same request was answered before, else from the model, asked
        again with the reasons at most ``max_retries`` times. What the best reply still
        fails after the last attempt is in :attr:`Reply.problems`."""
        cached = self._cached(response_model, messages, check, cache_parts)
        if cached is not None:
            return cached
        value, cost, problems = self._ask(response_model, messages, check)
        self._store(messages, cache_parts, value, cost, problems)  # under the mode that worked
        return Reply(value, _usage(cost), tuple(problems))

    def _cached(
        self,
        response_model: type[T],
        messages: list[dict[str, str]],
        check: Check[T] | None,
        parts: Mapping[str, Any],
    ) -> Reply[T] | None:
        if self.cache is None or self.refresh:
            return None
        stored = self.cache.get(self.cache_key(messages, parts))
        if stored is None:
            return None
        try:
            value = response_model.model_validate(stored["value"])
        except (KeyError, ValueError):  # an old layout
            return None
        if stored.get("checked") == code_sha256():
            problems = [str(p) for p in stored.get("problems", [])]
        else:  # the code that checks replies has changed since: check again
            problems = check(value) if check else []
        usage = _usage({**stored, "model": stored.get("model") or self.settings.model}, cached=True)
        return Reply(value, usage, tuple(problems))

    def _store(
        self,
        messages: list[dict[str, str]],
        parts: Mapping[str, Any],
        value: BaseModel,
        cost: dict[str, Any],
        problems: Sequence[str],
    ) -> None:
        if self.cache is not None:
            stored = {"value": value.model_dump(mode="json"), "checked": code_sha256(), "problems": list(problems),
                      **cost}  # fmt: skip
            self.cache.set(self.cache_key(messages, parts), stored)

    def openai(self) -> Any:
        """The ``openai.OpenAI`` client (created once), for calls beyond chat completions."""
        with self._lock:
            if self._client is None:
                import openai

                from communique.backends.openai.retry import Throttle

                s = self.settings
                self._client = openai.OpenAI(
                    base_url=s.base_url,
                    api_key=s.api_key or "not-needed",  # local servers take any key
                    timeout=s.request_timeout,
                    max_retries=0,  # transient faults are retried by communique.retry
                )
                self._throttle = Throttle(rpm=s.rpm)
            return self._client

    def api(self, call: Callable[..., R], *args: Any, **kwargs: Any) -> R:
        """Make any other endpoint call (files, batches) with the same retries, throttle
        and error translation as a chat completion."""
        from communique.backends.openai.retry import with_retries

        self.openai()
        try:
            return with_retries(call, total_seconds=self.settings.retry_seconds, throttle=self._throttle)(
                *args, **kwargs
            )
        except Exception as exc:
            raise self._error(exc, None) from None

    def _ask(
        self, response_model: type[T], messages: list[dict[str, str]], check: Check[T] | None
    ) -> tuple[T, dict[str, Any], list[str]]:
        """The attempts: ask, parse, check; ask again with the reasons (never with a reply
        that was cut off or did not parse); return the first reply that holds, else the
        best one with its problems."""
        cost: dict[str, Any] = {"attempts": 0, "tokens_in": 0, "tokens_out": 0, "model": self.settings.model}
        best: tuple[T, list[str]] | None = None
        unusable: _Unusable | None = None
        conversation = messages
        for _ in range(1 + self.settings.max_retries):
            response, mode = self._complete(response_model, conversation, cost)
            try:
                value = self._parse(response_model, response, mode)
            except _Unusable as exc:
                unusable = exc
                conversation = [
                    *messages,
                    {"role": "user", "content": _retry_note(exc, self.settings.max_tokens)},
                ]
                continue
            problems = check(value) if check else []
            if not problems:
                return value, cost, []
            if best is None or rank(problems) < rank(best[1]):
                best = (value, problems)
            conversation = [
                *messages,
                {"role": "assistant", "content": compact(value)},
                {"role": "user", "content": _reask(problems)},
            ]
        if best is not None:
            return best[0], cost, best[1]
        assert unusable is not None  # at least one attempt was made
        raise self._unusable(unusable, cost)

    def _complete(
        self, response_model: type[BaseModel], messages: list[dict[str, str]], cost: dict[str, Any]
    ) -> tuple[Any, str]:
        """One chat completion and the mode it was made in. In ``auto`` mode, move on to
        the next mode when the endpoint rejects the request's shape, and remember the
        mode that worked; transient faults are retried underneath."""
        from communique.backends.openai.retry import rejects_request

        modes = self.modes[self.modes.index(self.mode) :]
        for index, mode in enumerate(modes):
            try:
                response = self._create()(**self.request_body(response_model, messages, mode=mode))
            except Exception as exc:
                if index + 1 < len(modes) and rejects_request(exc):
                    continue
                raise self._error(exc, cost) from None
            self._remember(mode)
            usage = getattr(response, "usage", None)
            cost["attempts"] += 1
            cost["tokens_in"] += int(getattr(usage, "prompt_tokens", 0) or 0)
            cost["tokens_out"] += int(getattr(usage, "completion_tokens", 0) or 0)
            cost["model"] = getattr(response, "model", None) or cost["model"]
            return response, mode
        raise AssertionError("unreachable")  # pragma: no cover

    def _remember(self, mode: str) -> None:
        """Make ``mode`` the one requests are made in, and keep it for the endpoint."""
        self.mode = mode
        if self.cache is not None and len(self.modes) > 1 and mode != self._saved_mode:
            self.cache.set(self._mode_key, {"mode": mode})
            self._saved_mode = mode

    def _create(self) -> Callable[..., Any]:
        """The chat call, transient faults retried underneath; made once."""
        from communique.backends.openai.retry import with_retries

        client = self.openai()
        with self._lock:
            if self._chat is None:
                self._chat = with_retries(
                    client.chat.completions.create,
                    total_seconds=self.settings.retry_seconds,
                    throttle=self._throttle,
                )
            return self._chat

    def _parse(self, response_model: type[T], response: Any, mode: str) -> T:
        """The reply as a ``response_model``, or :class:`_Unusable` with the reasons."""
        choices = getattr(response, "choices", None) or []
        if not choices:
            raise _Unusable(["the reply has no choices"])
        choice = choices[0]
        refusal = getattr(choice.message, "refusal", None)
        if refusal:
            raise ModelError(f"the model refused: {redact(str(refusal), self.settings.api_key)}")
        if leaks(response.model_dump_json(), self.settings.api_key):
            raise ModelError("the reply contains the API key (or a piece of it): refused, and not cached")
        if choice.finish_reason == "length":
            raise _Unusable(
                [f"the reply was cut off at max_tokens ({self.settings.max_tokens})"], cut_off=True
            )
        try:
            if mode == "json_object":
                return response_model.model_validate_json(choice.message.content or "")
            import instructor
            from instructor.processing.response import process_response

            value: T = process_response(
                response,
                response_model=_described(response_model),
                stream=False,
                mode=getattr(instructor.Mode, instructor_mode(mode)),
            )
            return value
        except (ValueError, AssertionError, KeyError, TypeError, AttributeError, IndexError) as exc:
            if isinstance(exc, AssertionError) and "Unable to generate a response" in str(exc):
                raise ModelError(f"the model refused: {redact(str(exc), self.settings.api_key)}") from None
            raise _Unusable(_problems(exc)) from None

    def _unusable(self, last: _Unusable, cost: dict[str, Any]) -> ModelError:
        """The error when no attempt gave a reply that parses."""
        attempts = cost["attempts"]
        if last.cut_off:
            error: ModelError = ModelError(
                f"every reply was cut off at the token limit (finish_reason=length, max_tokens="
                f"{self.settings.max_tokens}, {attempts} attempt(s)); raise --max-tokens or use a larger model"
            )
        else:
            error = ValidationFailed(
                f"the model's reply failed validation after {attempts} attempt(s): "
                + "; ".join(last.reasons[:5]),
                attempts=attempts,
                problems=last.reasons,
            )
        error.attempts, error.tokens_in, error.tokens_out = attempts, cost["tokens_in"], cost["tokens_out"]
        return error

    # -- requests and results made elsewhere (the Batch API) ---------------------------
    def request_body(
        self, response_model: type[BaseModel], messages: list[dict[str, str]], *, mode: str | None = None
    ) -> dict[str, Any]:
        """The body of a chat request for ``response_model`` in ``mode`` (by default the
        current one): the messages, the tools or response format, model and sampling."""
        s = self.settings
        mode = mode or self.mode
        base: dict[str, Any] = {"model": s.model, "messages": messages, "temperature": s.temperature,
                                "max_tokens": s.max_tokens}  # fmt: skip
        if mode == "json_object":  # llama.cpp's server: a JSON object constrained by the schema
            schema = response_model.model_json_schema()
            return {**base, "response_format": {"type": "json_object", "schema": schema}}
        import instructor
        from instructor.processing.response import handle_response_model

        _, body = handle_response_model(
            _described(response_model), mode=getattr(instructor.Mode, instructor_mode(mode)), **base
        )
        return dict(body)

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
            tokens_in=usage.prompt_tokens if usage else 0,
            tokens_out=usage.completion_tokens if usage else 0,
            model=response.model or cost["model"],
        )
        try:
            value = self._parse(response_model, response, self.mode)
        except _Unusable as exc:
            raise self._unusable(exc, cost) from None
        problems = check(value) if check else []
        self._store(messages, cache_parts, value, cost, problems)
        return Reply(value, _usage(cost), tuple(problems))

    # -- errors -------------------------------------------------------------------------
    def _error(self, exc: Exception, cost: dict[str, Any] | None) -> CommuniqueError:
        """Translate what instructor and openai raise into communique's errors, with what
        the failed call spent."""
        error = self._translate(exc)
        if isinstance(error, ModelError) and cost is not None:
            error.attempts, error.tokens_in, error.tokens_out = (
                cost["attempts"], cost["tokens_in"], cost["tokens_out"],
            )  # fmt: skip
        return error

    def _translate(self, exc: Exception) -> CommuniqueError:
        import openai

        key = self.settings.api_key
        host = self.settings.endpoint_host
        if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
            return ConfigError(
                f"{host} refused the API key ({exc.status_code}); check COMMUNIQUE_API_KEY / OPENAI_API_KEY"
            )
        if isinstance(exc, openai.NotFoundError):
            return ConfigError(
                f"{host} does not know model {self.settings.model!r} or the endpoint path (404); check --model and --base-url"
            )
        if isinstance(exc, openai.APITimeoutError):
            return ModelError(
                f"{host} did not answer within {self.settings.request_timeout:g} s, after retries"
            )
        if isinstance(exc, openai.APIConnectionError):
            return ModelError(f"cannot reach {host} after retries: {redact(str(exc.__cause__ or exc), key)}")
        if isinstance(exc, openai.APIStatusError):
            from communique.backends.openai.retry import rejects_request

            detail = redact(_api_message(exc), key)
            hint = ""
            if rejects_request(exc):
                others = ", ".join(f"--mode {m}" for m in MODES if m != self.mode)
                hint = f" (the endpoint may not support --mode {self.mode}; try {others})"
            return ModelError(f"{host} answered {exc.status_code}: {detail}{hint}")
        if isinstance(exc, CommuniqueError):
            return exc
        return ModelError(f"model call failed: {redact(type(exc).__name__ + ': ' + str(exc), key)}")


def _usage(cost: Mapping[str, Any], *, cached: bool = False) -> Usage:
    """The usage a cost record (a call's running count, or a cached entry) says."""
    return Usage(
        model=cost.get("model"),
        cached=cached,
        attempts=int(cost.get("attempts", 0)),
        tokens_in=int(cost.get("tokens_in", 0)),
        tokens_out=int(cost.get("tokens_out", 0)),
    )


def _api_message(error: Any) -> str:
    """The endpoint's own message, on one line and short."""
    body = getattr(error, "body", None)
    message = str(getattr(error, "message", error))
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and inner.get("message"):
            message = str(inner["message"])
    message = " ".join(message.split())
    return message if len(message) <= 240 else message[:239] + "…"


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


def compact(value: BaseModel) -> str:
    """A reply as short JSON (no nulls, no defaults): what is sent back when the model is
    asked to correct it, never the raw reply that may have run on."""
    return value.model_dump_json(exclude_none=True, exclude_defaults=True)


def _reask(problems: Sequence[str]) -> str:
    """What the model is told when its reply does not hold."""
    listed = "\n".join(f"- {p}" for p in problems[:8])
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
