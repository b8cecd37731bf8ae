"""Transient faults: which endpoint errors are retried, and how long to wait.

Rate limits (429), server errors (5xx), timeouts and dropped connections are retried
with exponential backoff and jitter, honouring ``Retry-After``, for a bounded total
time. They are retried here, below the model call, never as a validation re-ask, so
an API error never reaches the model as a prompt. A :class:`Throttle` shared by the
calls of one backend makes a 429 slow every call down, not just the one that got it.
"""

from __future__ import annotations

import email.utils
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, stop_before_delay
from tenacity.wait import wait_exponential_jitter

T = TypeVar("T")

RETRYABLE_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504, 520, 522, 524, 529})
MAX_ATTEMPTS = 8


_INCOMPATIBLE = (
    "response_format",
    "json_schema",
    "json_object",
    "tool_choice",
    "tools",
    "function",
    "not supported",
)


def rejects_request(exc: BaseException) -> bool:
    """Whether the endpoint refused the shape of the request (some local servers answer
    500 to an unsupported ``response_format``): retrying the same request is pointless."""
    import openai

    if not isinstance(exc, openai.APIStatusError) or exc.status_code not in (400, 404, 422, 500, 501):
        return False
    body = f"{exc.message} {exc.body}".casefold()
    return any(word in body for word in _INCOMPATIBLE)


def is_transient(exc: BaseException) -> bool:
    """Whether an openai error is worth retrying as is."""
    import openai

    if isinstance(exc, openai.APIConnectionError):  # includes timeouts
        return True
    return (
        isinstance(exc, openai.APIStatusError)
        and exc.status_code in RETRYABLE_STATUS
        and not rejects_request(exc)
    )


def retry_after(exc: BaseException | None) -> float | None:
    """Seconds the server asked to wait (``Retry-After`` or ``retry-after-ms``), if any."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    milliseconds = headers.get("retry-after-ms")
    if milliseconds:
        try:
            return max(0.0, float(milliseconds) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
        return max(0.0, parsed.timestamp() - time.time()) if parsed else None


class Throttle:
    """A pause shared by concurrent calls: after a 429, nobody sends until it is over.
    With ``rpm``, calls are also spaced so that at most ``rpm`` start in any minute."""

    def __init__(self, rpm: int | None = None) -> None:
        self._lock = threading.Lock()
        self._resume_at = 0.0
        self._interval = 60.0 / rpm if rpm else 0.0
        self._next_start = 0.0

    def pause(self, seconds: float) -> None:
        """Hold every call for ``seconds`` from now (a longer pause already set stays)."""
        with self._lock:
            self._resume_at = max(self._resume_at, time.monotonic() + seconds)

    def wait(self) -> None:
        """Sleep until the shared pause is over and this call's turn under ``rpm`` has
        come; then take the turn."""
        while True:
            with self._lock:
                now = time.monotonic()
                start = max(self._resume_at, self._next_start)
                if start <= now:
                    self._next_start = now + self._interval
                    return
            time.sleep(min(start - now, 1.0))


class _Wait:
    """Exponential backoff with jitter, or exactly what ``Retry-After`` asks."""

    def __init__(self, throttle: Throttle) -> None:
        self._backoff = wait_exponential_jitter(multiplier=0.5, max=20.0, jitter=0.5)
        self._throttle = throttle

    def __call__(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        asked = retry_after(exc)
        seconds = asked if asked is not None else self._backoff(state)
        if getattr(exc, "status_code", None) == 429:
            self._throttle.pause(seconds)
        return seconds


def with_retries(
    call: Callable[..., T],
    *,
    total_seconds: float,
    throttle: Throttle | None = None,
    on_retry: Callable[[BaseException, float], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Callable[..., T]:
    """Wrap ``call`` so that transient faults are retried for at most
    ``total_seconds`` (no wait is started that would end past it)."""
    throttle = throttle or Throttle()

    def before_sleep(state: RetryCallState) -> None:
        if on_retry is not None and state.outcome is not None and state.next_action is not None:
            exc = state.outcome.exception()
            if exc is not None:
                on_retry(exc, state.next_action.sleep)

    def wrapped(*args: Any, **kwargs: Any) -> T:
        retrying = Retrying(
            retry=retry_if_exception(is_transient),
            wait=_Wait(throttle),
            stop=stop_after_attempt(MAX_ATTEMPTS) | stop_before_delay(total_seconds),
            before_sleep=before_sleep,
            sleep=sleep,
            reraise=True,
        )
        for attempt in retrying:
            with attempt:
                throttle.wait()
                return call(*args, **kwargs)
        raise AssertionError("unreachable: tenacity re-raises the last error")  # pragma: no cover

    return wrapped
