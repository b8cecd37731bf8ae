"""The model client: schema-driven calls to any OpenAI-compatible chat endpoint.

:class:`ModelClient` is what every model task (extraction, translation, the Batch
API) shares: one ``openai`` client per configuration, the structured-output modes to
try and the fallback between them, transient-fault retries with a :class:`Throttle`
shared by every thread (so a 429 or a ``--rpm`` limit holds the whole batch back),
usage accounting, the translation of what ``openai`` and ``instructor`` raise into
communique's errors, and the reply cache.

>>> client = ModelClient(settings, cache=ReplyCache(settings.cache_dir))  # doctest: +SKIP
>>> reply = client.structured(Answer, messages, cache_parts={"prompt": "x@v1"})  # doctest: +SKIP
>>> reply.value, reply.usage.cached, reply.usage.tokens_in  # doctest: +SKIP

A response model is validated as it is parsed; what it is checked against (the
communiqué, a glossary) is bound by ``validate_against``, a context manager entered
around the call, and around the validation of a cached reply when the code that
checked it has changed since (the validators it binds must check, never change, the
value). A reply that fails is re-asked with the reasons, at most ``max_retries``
times. Nothing is passed to instructor as a template context: a communiqué's braces
stay text.

``openai`` and ``instructor`` are imported on the first call that needs them: a cache
hit never imports them.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pydantic import BaseModel

from communique import cache as cache_keys
from communique.backends.openai.modes import MODES, candidate_modes, instructor_mode
from communique.errors import CommuniqueError, ConfigError, ModelError, ValidationFailed
from communique.schema import Usage

if TYPE_CHECKING:
    from communique.cache import ReplyCache
    from communique.config import Settings

T = TypeVar("T", bound=BaseModel)
R = TypeVar("R")

#: What binds the context a response model validates against; entered once per use.
Binding = Callable[[], AbstractContextManager[Any]]


def redact(text: str, secret: str | None) -> str:
    """Remove a secret (and its long fragments) from a message before showing it."""
    if not secret:
        return text
    for fragment in (secret, secret[:12], secret[-12:]):
        if len(fragment) >= 8:
            text = text.replace(fragment, "****")
    return text


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
    """A validated reply and what it cost (all attempts, re-asks included)."""

    value: T
    usage: Usage


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
        self._creates: dict[str, Callable[..., Any]] = {}
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
        validate_against: Binding | None = None,
        cache_parts: Mapping[str, Any],
    ) -> Reply[T]:
        """Ask for a ``response_model``: from the cache when the same request was
        answered before and the stored reply still validates, else from the model."""
        bind = validate_against or nullcontext
        cached = self._cached(response_model, messages, bind, cache_parts)
        if cached is not None:
            return cached
        value, cost = self._ask(response_model, messages, bind)
        self._store(messages, cache_parts, value, cost)  # under the mode that worked
        return Reply(value, _usage(cost))

    def _cached(
        self, response_model: type[T], messages: list[dict[str, str]], bind: Binding, parts: Mapping[str, Any]
    ) -> Reply[T] | None:
        if self.cache is None or self.refresh:
            return None
        stored = self.cache.get(self.cache_key(messages, parts))
        if stored is None:
            return None
        checked = stored.get("checked") == code_sha256()
        try:
            with nullcontext() if checked else bind():
                value = response_model.model_validate(stored["value"])
        except (KeyError, ValueError):  # an old layout, or rules that have changed since
            return None
        return Reply(
            value, _usage({**stored, "model": stored.get("model") or self.settings.model}, cached=True)
        )

    def _store(
        self, messages: list[dict[str, str]], parts: Mapping[str, Any], value: BaseModel, cost: dict[str, Any]
    ) -> None:
        if self.cache is not None:
            stored = {"value": value.model_dump(mode="json"), "checked": code_sha256(), **cost}
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
                    timeout=s.timeout,
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
        self, response_model: type[T], messages: list[dict[str, str]], bind: Binding
    ) -> tuple[T, dict[str, Any]]:
        """Ask the model; in ``auto`` mode, move on to the next mode when the endpoint
        rejects the request's shape, and remember the mode that worked."""
        from communique.backends.openai.retry import rejects_request

        cost: dict[str, Any] = {"attempts": 0, "tokens_in": 0, "tokens_out": 0, "model": self.settings.model}
        modes = self.modes[self.modes.index(self.mode) :]
        for index, mode in enumerate(modes):
            try:
                value = self._call(mode, response_model, messages, bind, cost)
            except Exception as exc:
                cause = exc.__cause__ if exc.__cause__ is not None else exc
                if index + 1 < len(modes) and rejects_request(cause):
                    continue
                raise self._error(exc, cost) from None
            self.mode = mode
            if self.cache is not None and len(self.modes) > 1 and mode != self._saved_mode:
                self.cache.set(self._mode_key, {"mode": mode})
                self._saved_mode = mode
            return value, cost
        raise AssertionError("unreachable")  # pragma: no cover

    def _call(
        self,
        mode: str,
        response_model: type[T],
        messages: list[dict[str, str]],
        bind: Binding,
        cost: dict[str, Any],
    ) -> T:
        """One instructor call in one mode: validation re-asks inside, transient faults
        retried underneath, usage of every attempt added to ``cost``."""
        from instructor.core.hooks import Hooks

        s = self.settings

        def count(response: Any) -> None:
            cost["attempts"] += 1
            usage = getattr(response, "usage", None)
            cost["tokens_in"] += int(getattr(usage, "prompt_tokens", 0) or 0)
            cost["tokens_out"] += int(getattr(usage, "completion_tokens", 0) or 0)
            cost["model"] = getattr(response, "model", None) or cost["model"]

        hooks = Hooks()
        hooks.on("completion:response", count)
        with bind():
            value: T = self._create(mode)(
                model=s.model,
                messages=messages,
                response_model=_described(response_model),
                max_retries=s.max_retries,
                temperature=s.temperature,
                max_tokens=s.max_tokens,
                hooks=hooks,
            )
        return value

    def _create(self, mode: str) -> Callable[..., Any]:
        """The chat call of a mode, patched by instructor, transient faults retried
        underneath; made once (patching costs more than parsing a reply)."""
        import instructor

        from communique.backends.openai.retry import with_retries

        client = self.openai()
        with self._lock:
            if mode not in self._creates:
                self._creates[mode] = instructor.patch(
                    create=with_retries(
                        client.chat.completions.create,
                        total_seconds=self.settings.retry_seconds,
                        throttle=self._throttle,
                    ),
                    mode=getattr(instructor.Mode, instructor_mode(mode)),
                )
            return self._creates[mode]

    # -- the Batch API ----------------------------------------------------------------
    def request_body(self, response_model: type[BaseModel], messages: list[dict[str, str]]) -> dict[str, Any]:
        """The body of the chat request :meth:`structured` sends first, in the current
        mode: same messages, tools or response format, model and sampling."""
        import instructor
        from instructor.processing.response import handle_response_model

        s = self.settings
        _, body = handle_response_model(
            _described(response_model),
            mode=getattr(instructor.Mode, instructor_mode(self.mode)),
            model=s.model,
            messages=messages,
            temperature=s.temperature,
            max_tokens=s.max_tokens,
        )
        return body

    def parse(
        self,
        response_model: type[T],
        completion: Mapping[str, Any],
        messages: list[dict[str, str]],
        *,
        validate_against: Binding | None = None,
        cache_parts: Mapping[str, Any],
    ) -> Reply[T]:
        """Validate a chat completion obtained elsewhere (a Batch API result) exactly as
        :meth:`structured` validates a reply, and cache it as the answer to ``messages``
        so that a later live run takes it from there."""
        import instructor
        from instructor.processing.response import process_response
        from openai.types.chat import ChatCompletion

        cost: dict[str, Any] = {"attempts": 1, "tokens_in": 0, "tokens_out": 0, "model": self.settings.model}
        try:
            response = ChatCompletion.model_validate(completion)
            usage = response.usage
            cost.update(
                tokens_in=usage.prompt_tokens if usage else 0,
                tokens_out=usage.completion_tokens if usage else 0,
                model=response.model or cost["model"],
            )
            with (validate_against or nullcontext)():
                value = process_response(
                    response,
                    response_model=_described(response_model),
                    stream=False,
                    mode=getattr(instructor.Mode, instructor_mode(self.mode)),
                )
        except ValueError as exc:  # not JSON, or not a valid reply (pydantic's errors are ValueErrors)
            problems = _problems(exc)
            raise ValidationFailed(
                "the model's reply failed validation: " + "; ".join(problems[:5]),
                attempts=1,
                problems=problems,
            ) from None
        except Exception as exc:
            raise self._error(exc, cost) from None
        self._store(messages, cache_parts, value, cost)
        return Reply(value, _usage(cost))

    # -- errors -------------------------------------------------------------------------
    def _error(self, exc: Exception, cost: dict[str, Any] | None) -> CommuniqueError:
        """Translate what instructor and openai raise into communique's errors, with what
        the failed call spent."""
        error = self._translate(exc, cost or {})
        if isinstance(error, ModelError) and cost is not None:
            error.attempts, error.tokens_in, error.tokens_out = (
                cost["attempts"], cost["tokens_in"], cost["tokens_out"],
            )  # fmt: skip
        return error

    def _translate(self, exc: Exception, cost: dict[str, Any]) -> CommuniqueError:
        import openai
        from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException

        key = self.settings.api_key
        host = self.settings.endpoint_host
        cause: BaseException = exc
        if isinstance(exc, InstructorRetryException) and exc.__cause__ is not None:
            cause = exc.__cause__
        if isinstance(cause, IncompleteOutputException) or isinstance(exc, IncompleteOutputException):
            return ModelError(
                f"the reply was cut off at the token limit (finish_reason=length, max_tokens="
                f"{self.settings.max_tokens}); raise --max-tokens"
            )
        if isinstance(cause, openai.AuthenticationError | openai.PermissionDeniedError):
            return ConfigError(
                f"{host} refused the API key ({cause.status_code}); check COMMUNIQUE_API_KEY / OPENAI_API_KEY"
            )
        if isinstance(cause, openai.NotFoundError):
            return ConfigError(
                f"{host} does not know model {self.settings.model!r} or the endpoint path (404); check --model and --base-url"
            )
        if isinstance(cause, openai.APITimeoutError):
            return ModelError(f"{host} did not answer within {self.settings.timeout:g} s, after retries")
        if isinstance(cause, openai.APIConnectionError):
            return ModelError(
                f"cannot reach {host} after retries: {redact(str(cause.__cause__ or cause), key)}"
            )
        if isinstance(cause, openai.APIStatusError):
            from communique.backends.openai.retry import rejects_request

            detail = redact(_api_message(cause), key)
            hint = ""
            if rejects_request(cause):
                others = ", ".join(f"--mode {m}" for m in MODES if m != self.mode)
                hint = f" (the endpoint may not support --mode {self.mode}; try {others})"
            return ModelError(f"{host} answered {cause.status_code}: {detail}{hint}")
        if isinstance(cause, AssertionError) and "Unable to generate a response" in str(cause):
            return ModelError(f"the model refused: {redact(str(cause), key)}")
        if isinstance(exc, InstructorRetryException):
            problems = _problems(exc)
            attempts = cost.get("attempts") or int(getattr(exc, "n_attempts", 0) or 0)
            return ValidationFailed(
                f"the model's reply failed validation after {attempts} attempt(s): "
                + "; ".join(problems[:5]),
                attempts=attempts,
                problems=problems,
            )
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


def _problems(exc: Any) -> list[str]:
    """The reasons of the last failed attempt, one line each."""
    last = (
        exc.failed_attempts[-1].exception if getattr(exc, "failed_attempts", None) else exc.__cause__ or exc
    )
    errors = getattr(last, "errors", None)
    if callable(errors):
        reasons = []
        for error in errors():
            message = str(error.get("msg", "")).removeprefix("Value error, ")
            where = ".".join(str(p) for p in error.get("loc", ()))
            reasons.append(f"{where}: {message}" if where else message)
        return reasons or [str(last)]
    return [str(last or exc).splitlines()[0]]
