"""The offline backend: deterministic rules, no key, no network.

It is the default when no model is configured and the baseline every eval compares
the model path against. See :mod:`communique.rules.reader` for what it reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Extraction

if TYPE_CHECKING:
    from ..ingest import Source


class RulesBackend:
    """Reads communiqués with the genre's cue words and the gazetteer."""

    name = "rules"

    def extract(self, source: Source) -> Extraction:
        """Read ``source`` into a draft; costs nothing, caches nothing."""
        from ..rules.reader import read

        return Extraction(draft=read(source))
