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
        """Read ``source`` into a draft; costs nothing, caches nothing. The rules read
        French and English only: another language is an input error, not a guess."""
        from ..errors import InputError
        from ..ingest import SUPPORTED_LANGUAGES
        from ..rules.reader import read

        if source.language not in SUPPORTED_LANGUAGES:
            raise InputError(
                f"the text looks like {source.language!r}; the offline rules read only French and English "
                "(use a model: --model, or set lang in the front matter if the guess is wrong)"
            )
        return Extraction(draft=read(source))
