"""Transient faults: which endpoint errors are retried, and how long to wait.

Rate limits (429), server errors (5xx), timeouts and dropped connections are retried
with exponential backoff and jitter, honouring ``Retry-After``, for a bounded total
time (the retry budget). They are retried here, below the model call, never as a
validation re-ask, so an API error never reaches the model as a prompt. A
:class:`Throttle` shared by the calls of one backend makes a 429 slow every call down,
not just the one that got it.

No wait outlives the budget: a wait that would end past it is never started (the last
error is raised instead), and a server that asks for a longer pause than the whole
budget (``Retry-After: 3600``) is given up at once (:class:`WaitTooLong`) rather than
allowed to pause every call of a batch. What cannot succeed by waiting is not retried:
a refused connection to this machine (nothing listens on the port), an account whose
quota or credit is spent (a 429 ``insufficient_quota``, a 402), a server that answers
with what is not HTTP (headers too large to read, a status line of its own) or with a
reply it will send the same again (over the size read, a body its encoding does not decode).
"""

from __future__ import annotations

import email.utils
import math
import re
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt
from tenacity.stop import stop_base
from tenacity.wait import wait_exponential_jitter

from communique.config import loopback
from communique.text import one_line

T = TypeVar("T")

#: The shortest ``Retry-After`` honoured as it is: a shorter one (``0``, a date gone by, a
#: server's clock running ahead) is taken as none, and backed off from.
LEAST_WAIT = 0.25

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


def api_message(error: Any) -> str:
    """The endpoint's own message in an error, on one line and short; a web page (a
    proxy's ``502 Bad Gateway``) by its title (was: its markup, cut at 240 characters)."""
    message = _said(getattr(error, "body", None)) or str(getattr(error, "message", error))
    response = getattr(error, "response", None)
    if response is not None and (page := web_page(_read(response), response.headers.get("content-type", ""))):
        message = page
    message = " ".join(message.split())
    return message if len(message) <= 240 else message[:239] + "…"


def _said(body: Any) -> str | None:
    """What an error's body says in words, as the APIs write it (was, for the last three:
    openai's "Error code: 422 - {'detail': [{'loc': …", the body as Python writes it):
    ``{"error": {"message": "…"}}``; an error that is a sentence itself, ``{"error": "…"}``
    (openai gives its value as the body); FastAPI's ``{"detail": "…"}`` and its
    validation errors ``{"detail": [{"loc": ["body", "messages"], "msg": "…"}]}``; and a
    list of such errors (Gemini's OpenAI-compatible API sends ``[{"error": {…}}]``)."""
    if isinstance(body, list) and body:
        return "; ".join(said for said in map(_said, body[:3]) if said) or None
    if isinstance(body, str):
        return body if body.strip() else None
    if not isinstance(body, dict):
        return None
    inner = body.get("error", body)
    if isinstance(inner, dict) and inner.get("message"):
        return str(inner["message"])
    detail = body.get("detail")
    if isinstance(detail, str) and detail.strip():
        return detail
    if isinstance(detail, list):  # each error where it is and what it says: "body.messages: Field required"
        return _said(
            [{"message": _placed(item)} for item in detail if isinstance(item, dict) and item.get("msg")]
        )
    return None


def _placed(item: dict[str, Any]) -> str:
    """A FastAPI validation error's message, after where it is when it says so."""
    where = item.get("loc")
    place = ".".join(map(str, where)) if isinstance(where, list) and where else ""
    return f"{place}: {item['msg']}" if place else str(item["msg"])


def _read(response: Any) -> bytes:
    """The body of an error's response, as far as it was read (nothing if it was not)."""
    try:
        return bytes(response.content)
    except Exception:  # a response not read (streamed): nothing to show
        return b""


#: How a web page begins (after blanks): a doctype, or an ``<html>``, ``<head>`` or ``<body>`` tag.
_PAGE = re.compile(rb"\s*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
#: A page's title.
_TITLE = re.compile(r"<title[^>]*>([^<]{1,2000})</title", re.IGNORECASE)
#: A tag, and what a page does not show (its scripts and styles).
_TAG = re.compile(r"<[^<>]{0,2000}>")
_HIDDEN = re.compile(r"<(script|style)\b[^<]{0,100000}</\1\s*>", re.IGNORECASE)


def web_page(data: bytes, kind: str) -> str | None:
    """``an HTML page titled '…' (N bytes)`` if ``data`` (its content type ``kind``) is a
    web page, by its content type or how it begins; None otherwise."""
    if "html" not in kind.casefold() and not _PAGE.match(data[:1000]):
        return None
    import html

    head = data[:65536].decode("utf-8", "replace")
    if found := _TITLE.search(head):
        said = f" titled {one_line(html.unescape(found.group(1)))[:80]!r}"
    else:  # its first words
        words = one_line(html.unescape(_TAG.sub(" ", _HIDDEN.sub(" ", head))))[:80]
        said = f" saying {words!r}" if words else ""
    return f"an HTML page{said} ({len(data):,} bytes)"


def refused_here(exc: BaseException) -> bool:
    """Whether a connection to this machine was refused: nothing listens on the port,
    and nothing will by waiting."""
    import openai

    if not isinstance(exc, openai.APIConnectionError) or not loopback(exc.request.url.host):
        return False
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ConnectionRefusedError):
            return True
        cause = cause.__cause__ or cause.__context__
    return False


#: What the HTTP library says of a server that hung up, as a dropped connection does:
#: worth another try. Every other violation of HTTP in what a server sent back (a status
#: line or a header that is not HTTP's, headers too large to read, a broken chunk) is the
#: server's answer, and it answers the same way again.
_HUNG_UP = ("server disconnected", "peer closed", "incomplete", "connection closed", "without sending")
_BYTES = re.compile(r"bytearray\(b(['\"])(.*?)\1\)|b(['\"])(.*?)\3")


def not_http(exc: BaseException) -> str | None:
    """What a server that answered sent instead of an HTTP reply, said for a reader
    (``its headers are too large to read (over 100 KB)``, ``illegal status line 'HELLO'``),
    or None: the error is no such answer. (The HTTP library's protocol errors, found by
    their class's name, are not imported here.)"""
    import openai

    if not isinstance(exc, openai.APIConnectionError) or getattr(exc, "unreadable", False):
        return None
    cause: BaseException | None = exc.__cause__ or exc.__context__
    while cause is not None:
        if any(c.__name__ == "RemoteProtocolError" for c in type(cause).__mro__):
            said = str(cause)
            if not said or any(word in said.casefold() for word in _HUNG_UP):
                return None
            if "receive buffer too long" in said.casefold():
                return "its headers are too large to read (over 100 KB)"
            return _BYTES.sub(lambda m: f"'{m.group(2) or m.group(4) or ''}'", said)
        cause = cause.__cause__ or cause.__context__
    return None


#: How an endpoint says that the account has no credit left: OpenAI answers 429 with the
#: code ``insufficient_quota`` (a rate limit's status, but no wait ends it); others 402.
_NO_CREDIT = ("insufficient_quota", "exceeded your current quota", "insufficient credit", "out of credit")


def out_of_credit(exc: BaseException) -> bool:
    """Whether the endpoint refused the call because the account's quota or credit is
    spent (429 ``insufficient_quota``, 402 Payment Required): no retry, and no other
    document of a batch, would succeed before someone pays."""
    import openai

    if not isinstance(exc, openai.APIStatusError) or exc.status_code not in (402, 429):
        return False
    return exc.status_code == 402 or any(
        word in f"{exc.message} {exc.body}".casefold() for word in _NO_CREDIT
    )


def is_transient(exc: BaseException) -> bool:
    """Whether an openai error is worth retrying as is."""
    import openai

    if isinstance(exc, openai.APIConnectionError):  # includes timeouts
        return not refused_here(exc) and not_http(exc) is None and not getattr(exc, "lasting", False)
    return (
        isinstance(exc, openai.APIStatusError)
        and exc.status_code in RETRYABLE_STATUS
        and not rejects_request(exc)
        and not out_of_credit(exc)
    )


def retry_after(exc: BaseException | None) -> float | None:
    """Seconds the server asked to wait (``Retry-After`` or ``retry-after-ms``), if any; a
    value that is neither a number of seconds (0 or more) nor an HTTP date counts as none."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    for name, scale in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = headers.get(name)
        if not value:
            continue
        try:
            number = float(value)
        except ValueError:
            pass
        else:
            if math.isfinite(number) and number >= 0:
                return number / scale
            continue  # a negative or endless wait: as if the server had said nothing
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):  # "soon": as if the server had said nothing
            continue
        return max(0.0, when.timestamp() - time.time())
    return None


class WaitTooLong(Exception):
    """The server asked to wait longer than the whole retry budget: given up at once."""

    def __init__(self, seconds: float, budget: float, fault: BaseException) -> None:
        super().__init__(f"asked to wait {seconds:g} s, over the retry budget of {budget:g} s")
        self.seconds, self.budget, self.fault = seconds, budget, fault


class Throttle:
    """A pause shared by concurrent calls: after a 429, nobody sends until it is over.
    With ``rpm``, calls are also spaced so that at most ``rpm`` start in any minute."""

    def __init__(
        self,
        rpm: int | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._clock, self._sleep = clock, sleep
        self._lock = threading.Lock()
        self._resume_at = 0.0
        self._interval = 60.0 / rpm if rpm else 0.0
        self._next_start = 0.0

    def pause(self, seconds: float) -> None:
        """Hold every call for ``seconds`` from now (a longer pause already set stays)."""
        with self._lock:
            self._resume_at = max(self._resume_at, self._clock() + seconds)

    def wait(self) -> None:
        """Sleep until the shared pause is over and this call's turn under ``rpm`` has
        come; then take the turn."""
        self._sleep_until(take_turn=True)

    def hold(self) -> None:
        """Sleep until the shared pause is over, taking no turn: for a call that waited for
        something else after its turn (a batch's request slot), so that a 429 that came back
        meanwhile holds it too (was: a request queued for a slot before the 429 went out as
        soon as the slot was free, inside the pause)."""
        self._sleep_until(take_turn=False)

    def _sleep_until(self, *, take_turn: bool) -> None:
        # sleeps in steps of at most a second, so that a pause set or lengthened meanwhile
        # by another call's 429 is seen
        while True:
            with self._lock:
                now = self._clock()
                start = max(self._resume_at, self._next_start) if take_turn else self._resume_at
                if start <= now:
                    if take_turn:
                        self._next_start = now + self._interval
                    return
            self._sleep(min(start - now, 1.0))


class _Budget(stop_base):
    """The waits of one call: exponential backoff with jitter, or exactly what
    ``Retry-After`` asks, never past ``total`` seconds from the first attempt (as a
    stop condition, it stops rather than start a wait that would end past them)."""

    def __init__(self, total: float, clock: Callable[[], float]) -> None:
        self._backoff = wait_exponential_jitter(multiplier=0.5, max=20.0, jitter=0.5)
        self.total, self._clock = total, clock
        self._started = clock()

    def left(self) -> float:
        return self.total - (self._clock() - self._started)

    def wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        asked = retry_after(exc)
        if asked is not None and asked > self.total and exc is not None:
            raise WaitTooLong(asked, self.total, exc)
        # a wait of (next to) nothing, "Retry-After: 0" or a date gone by, is no wait asked for:
        # backed off all the same (was: each retry sent at once, the whole storm of 429 in 10 ms)
        return asked if asked is not None and asked >= LEAST_WAIT else self._backoff(state)

    def __call__(self, state: RetryCallState) -> bool:
        return state.upcoming_sleep > self.left()


def with_retries(
    call: Callable[..., T],
    *,
    total_seconds: float,
    throttle: Throttle | None = None,
    on_retry: Callable[[BaseException, float, int], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Callable[..., T]:
    """Wrap ``call`` so that transient faults are retried for at most
    ``total_seconds`` (no wait is started that would end past it). ``on_retry`` is told
    of each retry: the fault, the seconds before it, and the number of the attempt to
    come. A 429 pauses ``throttle`` (every call sharing it) for the wait."""
    throttle = throttle or Throttle(clock=clock, sleep=sleep)

    def before_sleep(state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome is not None else None
        if exc is None or state.next_action is None:
            return
        if getattr(exc, "status_code", None) == 429:
            throttle.pause(state.next_action.sleep)
        if on_retry is not None:
            on_retry(exc, state.next_action.sleep, state.attempt_number + 1)

    def wrapped(*args: Any, **kwargs: Any) -> T:
        budget = _Budget(total_seconds, clock)
        retrying = Retrying(
            retry=retry_if_exception(is_transient),
            wait=budget.wait,
            stop=stop_after_attempt(MAX_ATTEMPTS) | budget,
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
