"""The backends, by name: the one list that the configuration check, the CLI's choices
and the README take their names from.

A backend is one module (or package) under :mod:`communique.backends` with a class
that implements :class:`~communique.backends.base.Backend`. Adding one is adding an
entry here; it is imported only when it is chosen, so an unused backend costs nothing
at start-up.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from communique.errors import ConfigError

if TYPE_CHECKING:
    from communique.backends.base import Backend
    from communique.cache import ReplyCache
    from communique.config import Settings
    from communique.progress import Listener


@dataclass(frozen=True)
class Entry:
    """One backend: where its class is, what it is, and how many documents suit it at once."""

    target: str  # "module:Class"
    help: str
    #: Documents in flight in a batch when ``--concurrency`` is not given (None: one per
    #: core): a model endpoint serves many requests at once, the offline reader is
    #: CPU-bound.
    concurrency: int | None
    #: Cases in flight in an eval run (a shared endpoint is not flooded by one eval).
    eval_concurrency: int
    #: Whether it calls a model (it is logged, it can be cached, it needs a model name).
    model: bool
    #: Whether a batch runs it in worker processes (CPU-bound) rather than threads.
    processes: bool = False

    def workers(self, asked: int | None) -> int:
        """Documents in flight: ``asked``, else the entry's default (one per core if None)."""
        return asked or self.concurrency or os.cpu_count() or 1


BACKENDS: dict[str, Entry] = {
    "rules": Entry(
        "communique.backends.rules:RulesBackend",
        "offline, deterministic, no key",
        None,
        1,
        False,
        processes=True,
    ),
    "openai": Entry(
        "communique.backends.openai.backend:OpenAIBackend",
        "any OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, llama.cpp)",
        8,
        4,
        True,
    ),
}
#: What ``--backend`` accepts: ``auto`` is the model backend when a model is set, else ``rules``.
CHOICES = ("auto", *BACKENDS)


def entry(name: str) -> Entry:
    """The registry entry of a backend name, or a :class:`~communique.errors.ConfigError`."""
    try:
        return BACKENDS[name]
    except KeyError:
        raise ConfigError(f"backend {name!r} is not one of {', '.join(CHOICES)}") from None


def create(
    settings: Settings,
    *,
    cache: ReplyCache | None = None,
    refresh: bool = False,
    on_event: Listener | None = None,
) -> Backend:
    """The backend the settings ask for. Its module is imported only here, and only for
    the backend that runs: the model client's heavy imports stay off the offline path.
    A backend that calls a model tells ``on_event`` of its retries and replies."""
    chosen = entry(settings.resolved_backend)
    module, _, name = chosen.target.partition(":")
    backend_class = getattr(importlib.import_module(module), name)
    listening = {"on_event": on_event} if chosen.model else {}
    backend: Backend = backend_class(settings, cache=cache, refresh=refresh, **listening)
    return backend
