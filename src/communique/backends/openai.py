"""The model backend: any OpenAI-compatible chat endpoint, through ``instructor``.

One call per communiqué returns the spans of the record and both summaries
(:class:`~communique.draft.ModelDraft`). The draft is validated against the source
as it is parsed, so a reply that names someone absent from the text, misquotes a
date or writes an overlong summary is re-asked with the reasons, at most
``max_retries`` times. Transient faults are retried underneath by
:mod:`communique.retry`. Replies are cached on disk by request.

``openai`` and ``instructor`` are imported on the first call that needs them: a
cache hit never imports them.
"""

from __future__ import annotations

import hashlib
import threading
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import cache as cache_keys
from .. import prompts
from ..draft import ModelDraft, grounding
from ..errors import ConfigError, ModelError, ValidationFailed
from .base import Extraction

if TYPE_CHECKING:
    from ..cache import ReplyCache
    from ..config import Settings
    from ..ingest import Source

#: ``--mode`` values and the instructor modes they stand for.
MODES = {"tools": "TOOLS", "json_schema": "JSON_SCHEMA", "json": "JSON", "md_json": "MD_JSON"}


@cache
def schema_sha256() -> str:
    """A fingerprint of the response schema the model is asked to fill: the source of
    the modules that define it, so that any change to the schema (a field, a type, a
    description) changes the cache key, and a cache hit need not build the schema."""
    digest = hashlib.sha256()
    for module in ("draft.py", "schema.py"):
        digest.update(Path(__file__).resolve().parents[1].joinpath(module).read_bytes())
    return digest.hexdigest()


def candidate_modes(mode: str, base_url: str | None) -> list[str]:
    """The modes to try, in order. An explicit mode is the only one; ``auto`` starts with
    tool calling for OpenAI itself and with the JSON-schema response format elsewhere
    (vLLM, Ollama, llama.cpp's server), then falls back when the endpoint rejects it (the
    llama-cpp-python server refuses ``json_schema`` but follows a named tool)."""
    if mode != "auto":
        return [mode]
    host = (base_url or "https://api.openai.com").split("//", 1)[-1].split("/", 1)[0]
    return ["tools", "json_schema"] if host.endswith("openai.com") else ["json_schema", "tools", "json"]


def redact(text: str, secret: str | None) -> str:
    """Remove a secret (and its long fragments) from a message before showing it."""
    if not secret:
        return text
    for fragment in (secret, secret[:12], secret[-12:]):
        if len(fragment) >= 8:
            text = text.replace(fragment, "****")
    return text


class OpenAIBackend:
    """Reads communiqués with a chat model behind an OpenAI-compatible endpoint."""

    name = "openai"

    def __init__(self, settings: Settings, *, cache: ReplyCache | None = None, refresh: bool = False) -> None:
        if not settings.model:
            raise ConfigError("the openai backend needs a model: --model or COMMUNIQUE_MODEL")
        self.settings = settings
        self.cache = cache
        self.refresh = refresh
        self.modes = candidate_modes(settings.mode, settings.base_url)
        self.prompt = prompts.load(settings.prompt)
        remembered = (
            self.cache.get(self._mode_key) if self.cache is not None and len(self.modes) > 1 else None
        )
        self._saved_mode = remembered.get("mode") if remembered else None
        self.mode = self._saved_mode if self._saved_mode in self.modes else self.modes[0]
        self._client: Any = None
        self._client_lock = threading.Lock()
        self._throttle: Any = None

    @property
    def _mode_key(self) -> str:
        return cache_keys.key(mode_for=(self.settings.base_url or "openai"), model=self.settings.model)

    # -- request -------------------------------------------------------------------
    def messages(self, source: Source) -> list[dict[str, str]]:
        """The chat messages sent for ``source``."""
        return self.prompt.render(
            document=source.text,
            published=source.published.isoformat() if source.published else "unknown",
            language=source.language,
            id=source.id or "unknown",
        )

    def cache_key(self, messages: list[dict[str, str]]) -> str:
        """The cache key of a request: everything that shapes the reply, never the key."""
        s = self.settings
        return cache_keys.key(
            endpoint=(s.base_url or "https://api.openai.com/v1").rstrip("/"),
            model=s.model,
            messages=messages,
            prompt=self.prompt.ref,
            prompt_sha256=self.prompt.sha256,
            schema_sha256=schema_sha256(),
            mode=self.mode,
            temperature=s.temperature,
            max_tokens=s.max_tokens,
        )

    # -- the call -------------------------------------------------------------------
    def extract(self, source: Source) -> Extraction:
        """Read ``source``: from the cache when the same request was answered before."""
        messages = self.messages(source)
        key = self.cache_key(messages)
        if self.cache is not None and not self.refresh:
            stored = self.cache.get(key)
            if stored is not None:
                try:
                    draft = ModelDraft.model_validate(stored["draft"])
                except (KeyError, ValueError):
                    draft = None
                if draft is not None:
                    return self._extraction(draft, stored, cached=True)
        draft, cost = self._ask(messages, source)
        if self.cache is not None:  # under the mode that worked
            self.cache.set(self.cache_key(messages), {"draft": draft.model_dump(mode="json"), **cost})
        return self._extraction(draft, cost, cached=False)

    def _extraction(self, draft: ModelDraft, cost: dict[str, Any], *, cached: bool) -> Extraction:
        return Extraction(
            draft=draft,
            model=cost.get("model") or self.settings.model,
            endpoint=self.settings.endpoint_host,
            prompt=self.prompt,
            cached=cached,
            attempts=int(cost.get("attempts", 0)),
            tokens_in=int(cost.get("tokens_in", 0)),
            tokens_out=int(cost.get("tokens_out", 0)),
        )

    def _openai(self) -> Any:
        with self._client_lock:
            if self._client is None:
                import openai

                from ..retry import Throttle

                s = self.settings
                self._client = openai.OpenAI(
                    base_url=s.base_url,
                    api_key=s.api_key or "not-needed",  # local servers take any key
                    timeout=s.timeout,
                    max_retries=0,  # transient faults are retried by communique.retry
                )
                self._throttle = Throttle()
            return self._client

    def _ask(self, messages: list[dict[str, str]], source: Source) -> tuple[ModelDraft, dict[str, Any]]:
        """Ask the model; in ``auto`` mode, move on to the next mode when the endpoint
        rejects the request's shape, and remember the mode that worked."""
        from ..retry import rejects_request

        cost: dict[str, Any] = {"attempts": 0, "tokens_in": 0, "tokens_out": 0, "model": self.settings.model}
        modes = self.modes[self.modes.index(self.mode) :]
        for index, mode in enumerate(modes):
            try:
                draft = self._call(mode, messages, source, cost)
            except Exception as exc:
                cause = exc.__cause__ if exc.__cause__ is not None else exc
                if index + 1 < len(modes) and rejects_request(cause):
                    continue
                error = self._error(exc, cost)
                if isinstance(error, ModelError):
                    error.attempts, error.tokens_in, error.tokens_out = (
                        cost["attempts"], cost["tokens_in"], cost["tokens_out"],
                    )  # fmt: skip
                raise error from None
            self.mode = mode
            if self.cache is not None and len(self.modes) > 1 and mode != self._saved_mode:
                self.cache.set(self._mode_key, {"mode": mode})
                self._saved_mode = mode
            return draft, cost
        raise AssertionError("unreachable")  # pragma: no cover

    def _call(
        self, mode: str, messages: list[dict[str, str]], source: Source, cost: dict[str, Any]
    ) -> ModelDraft:
        """One instructor call in one mode: validation re-asks inside, transient faults
        retried underneath, usage of every attempt added to ``cost``."""
        import instructor
        from instructor.core.hooks import Hooks

        from ..retry import with_retries

        client = self._openai()
        s = self.settings

        def count(response: Any) -> None:
            cost["attempts"] += 1
            usage = getattr(response, "usage", None)
            cost["tokens_in"] += int(getattr(usage, "prompt_tokens", 0) or 0)
            cost["tokens_out"] += int(getattr(usage, "completion_tokens", 0) or 0)
            cost["model"] = getattr(response, "model", None) or cost["model"]

        hooks = Hooks()
        hooks.on("completion:response", count)
        create = instructor.patch(
            create=with_retries(
                client.chat.completions.create, total_seconds=s.retry_seconds, throttle=self._throttle
            ),
            mode=getattr(instructor.Mode, MODES[mode]),
        )
        with grounding(source):
            return create(
                model=s.model,
                messages=messages,
                response_model=ModelDraft,
                max_retries=s.max_retries,
                temperature=s.temperature,
                max_tokens=s.max_tokens,
                hooks=hooks,
            )

    def _error(self, exc: Exception, cost: dict[str, Any]) -> Exception:
        """Translate what instructor and openai raise into communique's errors."""
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
            from ..retry import rejects_request

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
            attempts = cost["attempts"] or int(getattr(exc, "n_attempts", 0) or 0)
            return ValidationFailed(
                f"the model's record failed validation after {attempts} attempt(s): "
                + "; ".join(problems[:5]),
                attempts=attempts,
                problems=problems,
            )
        return ModelError(f"model call failed: {redact(type(exc).__name__ + ': ' + str(exc), key)}")


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
    last = exc.failed_attempts[-1].exception if getattr(exc, "failed_attempts", None) else exc.__cause__
    errors = getattr(last, "errors", None)
    if callable(errors):
        reasons = []
        for error in errors():
            message = str(error.get("msg", "")).removeprefix("Value error, ")
            where = ".".join(str(p) for p in error.get("loc", ()))
            reasons.append(f"{where}: {message}" if where else message)
        return reasons or [str(last)]
    return [str(last or exc).splitlines()[0]]
