"""Backends: one module per way of reading a communiqué, behind one interface.

``rules`` is the offline, deterministic reader; ``openai`` talks to any
OpenAI-compatible endpoint through ``instructor``. Each returns an
:class:`~communique.backends.base.Extraction`; everything after (normalise, ground,
summarise) is shared.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Backend, Extraction

if TYPE_CHECKING:
    from ..cache import ReplyCache
    from ..config import Settings

__all__ = ["Backend", "Extraction", "create"]


def create(settings: Settings, *, cache: ReplyCache | None = None, refresh: bool = False) -> Backend:
    """The backend the settings ask for. Model clients are imported only here, and
    only for the backend that needs them."""
    if settings.resolved_backend == "rules":
        from .rules import RulesBackend

        return RulesBackend()
    from .openai import OpenAIBackend

    return OpenAIBackend(settings, cache=cache, refresh=refresh)
