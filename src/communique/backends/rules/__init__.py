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
    from communique.draft import Draft
    from communique.schema import Source


class RulesBackend:
    """Reads communiqués with the genre's cue words and the gazetteer."""

    name = "rules"

    def __init__(self, settings: Settings, *, cache: ReplyCache | None = None, refresh: bool = False) -> None:
        """Nothing to set up: the rules need no endpoint, and cache nothing."""

    def extract(self, source: Source) -> Extraction:
        """Read ``source`` into a draft; costs nothing, caches nothing. The rules read
        French and English only: another language is an input error, not a guess."""
        from communique.errors import InputError
        from communique.ingest import SUPPORTED_LANGUAGES

        if source.language not in SUPPORTED_LANGUAGES:
            raise InputError(
                f"the text looks like {source.language!r}; the offline rules read only French and English "
                "(use a model: --model, or set lang in the front matter if the guess is wrong)"
            )
        return Extraction(draft=_read_as_written(source))


def _read_as_written(source: Source) -> Draft:
    """The draft of ``source``, names that mix scripts read as well: a word such as
    ``Ahm\\u0430d`` (a Cyrillic ``\\u0430`` among Latin letters) is read as the Latin word it
    shows, one letter for one, and given back in the draft as the text writes it (the
    record quotes the text; the pipeline warns of such a name). Was: no word of the
    reader's took it, the person left out without a word. A Latin spelling the text
    also writes stays Latin (the two are then told apart by nothing the reader sees)."""
    import dataclasses
    import re

    from communique.backends.rules.reader import read
    from communique.text import as_latin, each_string, mixed_words

    written = {as_latin(word): word for word in mixed_words(source.text)}
    if not written:
        return read(source)
    draft = read(dataclasses.replace(source, text=as_latin(source.text)))
    written = {latin: word for latin, word in written.items()
               if re.search(rf"(?<!\w){re.escape(latin)}(?!\w)", source.text) is None}  # fmt: skip
    if not written:
        return draft
    shown = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, written)) + r")(?!\w)")
    data = each_string(draft.model_dump(), lambda value: shown.sub(lambda word: written[word.group()], value))
    return type(draft).model_validate(data)
