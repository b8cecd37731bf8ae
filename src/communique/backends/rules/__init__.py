"""The offline backend: deterministic rules, no key, no network.

It is the default when no model is configured and the baseline every eval compares
the model path against. See :mod:`communique.backends.rules.reader` for what it reads.

Its modules are layers, each importing only those below it (import-linter keeps it so):

- ``reader``: a text to a draft (:func:`~communique.backends.rules.reader.read`);
- ``meeting``: one segment to one meeting; ``consolidate``: the meetings of a text together;
- ``sides``: participants, roles, parties; ``fields``: kind, topics, outcomes;
- ``segments``: headings, sentences and the segments of each encounter;
- ``venue``: a meeting's place; ``narrative``: what a sentence itself tells;
- ``encounters``: what one sentence tells (an encounter, date words, names);

beside the tables they read: ``cues`` (phrases), ``kinds``, ``outcomes`` and ``people``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.backends.base import Extraction

if TYPE_CHECKING:
    from communique.cache import ReplyCache
    from communique.config import Settings
    from communique.schema import Source


class RulesBackend:
    """Reads communiqués with the genre's cue words and the gazetteer."""

    name = "rules"

    def __init__(self, settings: Settings, *, cache: ReplyCache | None = None, refresh: bool = False) -> None:
        """Nothing to set up: the rules need no endpoint, and cache nothing."""

    def extract(self, source: Source) -> Extraction:
        """Read ``source`` into a draft; costs nothing, caches nothing. The rules read
        French and English only: another language is an input error, not a guess."""
        from communique.backends.rules.reader import read
        from communique.errors import InputError
        from communique.ingest import SUPPORTED_LANGUAGES

        if source.language not in SUPPORTED_LANGUAGES:
            raise InputError(
                f"the text looks like {source.language!r}; the offline rules read only French and English "
                "(use a model: --model, or set lang in the front matter if the guess is wrong)"
            )
        return Extraction(draft=read(source))
