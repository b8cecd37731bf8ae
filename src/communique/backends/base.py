"""The interface every backend implements.

A backend is a class built as ``Backend(settings, cache=cache, refresh=refresh)``
(:func:`communique.backends.registry.create` builds it) whose :meth:`Backend.extract`
reads one :class:`~communique.schema.Source` into an :class:`Extraction`: a draft of the
words of the text, and what reading it cost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from communique.schema import Usage

if TYPE_CHECKING:
    from communique.draft import Draft
    from communique.prompts import Prompt
    from communique.schema import Source


@dataclass(frozen=True)
class Extraction:
    """A backend's reading of one communiqué, and what it cost."""

    draft: Draft
    usage: Usage = field(default_factory=Usage)
    endpoint: str | None = None
    prompt: Prompt | None = None
    #: The structured-output mode of the model's reply, and who wrote its summaries.
    mode: str | None = None
    summaries: str | None = None
    #: What the draft still fails against the source after the last attempt (see
    #: :func:`communique.ground.problems`); meaningful when :attr:`grounded`.
    problems: tuple[str, ...] = ()
    #: What was left out of a model's reply for the schema to take it (values it
    #: refuses, what followed a cut at the token limit); among :attr:`problems`.
    dropped: tuple[str, ...] = ()
    #: Whether the draft was checked against the source as it was read (a model's reply
    #: is, so that it can be re-asked): the pipeline need not check it again.
    grounded: bool = False
    #: What the record keeps otherwise than the reply wrote it, for a reader to know (a
    #: name the reply disguised, kept as the text writes it): among the record's warnings.
    warnings: tuple[str, ...] = ()
    #: Why no reply of the model could be read at all (none parsed into the schema, or
    #: each was cut off before it said anything): the draft is then the offline reading
    #: of the text, and this is the first of the record's problems.
    unread: str | None = None


class Backend(Protocol):
    """Reads a communiqué into a draft."""

    #: The name recorded in provenance ("rules", "openai").
    name: str

    def extract(self, source: Source) -> Extraction:
        """Read ``source``. Raise a :class:`~communique.errors.CommuniqueError` on failure."""
        ...
