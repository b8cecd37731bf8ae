"""The interface every backend implements."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ..draft import Draft
    from ..ingest import Source
    from ..prompts import Prompt


@dataclass(frozen=True)
class Extraction:
    """A backend's reading of one communiqué, and what it cost."""

    draft: Draft
    model: str | None = None
    endpoint: str | None = None
    prompt: Prompt | None = None
    cached: bool = False
    attempts: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    #: Whether the draft was checked against the source as it was read (a model's reply
    #: is, so that it can be re-asked): the pipeline need not check it again.
    grounded: bool = False


class Backend(Protocol):
    """Reads a communiqué into a draft."""

    #: The name recorded in provenance ("rules", "openai").
    name: str

    def extract(self, source: Source) -> Extraction:
        """Read ``source``. Raise a :class:`~communique.errors.CommuniqueError` on failure."""
        ...
