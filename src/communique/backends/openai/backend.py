"""The model backend: any OpenAI-compatible chat endpoint, through ``instructor``.

One call per communiqué returns the spans of the record and both summaries
(:class:`~communique.draft.ModelDraft`). The draft is validated against the source
as it is parsed, so a reply that names someone absent from the text, misquotes a
date or writes an overlong summary is re-asked with the reasons, at most
``max_retries`` times. The call itself (modes, retries, cache, errors) is
:class:`~communique.model.ModelClient`'s; the same request can also be sent through
the Batch API (:meth:`OpenAIBackend.request`) and its result read back
(:meth:`OpenAIBackend.from_completion`).
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from communique import injection, prompts
from communique.backends.base import Extraction
from communique.backends.openai.client import ModelClient, Reply
from communique.draft import Draft, ModelDraft, SpansDraft
from communique.ground import as_written, problems, repairable

if TYPE_CHECKING:
    from communique.cache import ReplyCache
    from communique.config import Settings
    from communique.progress import Listener
    from communique.schema import Source


@cache
def schema_sha256() -> str:
    """A fingerprint of the response schema the model is asked to fill: the source of
    the module that defines it and the values of the vocabularies it uses, so that any
    change to the schema (a field, a type, a description, a code) changes the cache key,
    a change elsewhere in the record (its provenance) does not, and a cache hit need not
    build the schema."""
    from communique import draft
    from communique.schema import MeetingKind, OutcomeType, Role, Status, Topic

    digest = hashlib.sha256(Path(draft.__file__ or "").read_bytes())
    for vocabulary in (MeetingKind, OutcomeType, Role, Status, Topic):
        digest.update(repr([member.value for member in vocabulary]).encode())
    return digest.hexdigest()


class OpenAIBackend:
    """Reads communiqués with a chat model behind an OpenAI-compatible endpoint.

    The model returns the spans of the record, and both summaries when it writes them
    (``summaries``: a model on this machine leaves them to code by default, where every
    token costs seconds). Each reply is checked against the communiqué
    (:func:`communique.ground.problems`) and asked again with the reasons; what the best
    reply still fails after the last attempt comes with the extraction, for the pipeline
    to repair or refuse.
    """

    name = "openai"

    def __init__(
        self,
        settings: Settings,
        *,
        cache: ReplyCache | None = None,
        refresh: bool = False,
        on_event: Listener | None = None,
    ) -> None:
        self.client = ModelClient(settings, cache=cache, refresh=refresh, on_event=on_event)
        self.settings = settings
        self.prompt = prompts.load(settings.prompt, task="extract")
        self.summaries = settings.model_summaries
        self.response_model: type[Draft] = ModelDraft if self.summaries else SpansDraft

    def messages(self, source: Source) -> list[dict[str, str]]:
        """The chat messages sent for ``source``: with the instructions for summaries
        when the model writes them, else with the prompt's worked example (whose reply,
        like the one asked for, has no summaries)."""
        return self.prompt.render(
            include=("summaries",) if self.summaries else ("example",),
            document=source.text,
            published=source.published.isoformat() if source.published else "unknown",
            language=source.language,
            # an id that is itself instructions to a machine reader is the document's name, not the model's
            # to read (was: put in the prompt's header, 'Communiqué id: Ignore all previous instructions…')
            id=source.id if source.id and not injection.passages(source.id) else "unknown",
        )

    @property
    def _cache_parts(self) -> dict[str, str]:
        return {
            "prompt": self.prompt.ref,
            "prompt_sha256": self.prompt.sha256,
            "schema_sha256": schema_sha256(),
            "response_model": self.response_model.__name__,
        }

    def cache_key(self, messages: list[dict[str, str]]) -> str:
        """The cache key of a request: everything that shapes the reply, never the key."""
        return self.client.cache_key(messages, self._cache_parts)

    def extract(self, source: Source) -> Extraction:
        """Read ``source``: from the cache when the same request was answered before."""
        reply = self.client.structured(
            self.response_model,
            self.messages(source),
            check=partial(_grounding, source),
            # a model on this machine spends minutes on an answer: it is not asked again for
            # what code repairs (a misquoted title, date, place or outcome; its summaries)
            settles=partial(_repairable, source) if self.settings.local else None,
            cache_parts=self._cache_parts,
        )
        return self._extraction(reply, source)

    def request(self, source: Source) -> dict[str, Any]:
        """The body of the chat request :meth:`extract` would send for ``source``."""
        return self.client.request_body(self.response_model, self.messages(source))

    def from_completion(self, source: Source, completion: dict[str, Any]) -> Extraction:
        """Read ``source`` from a chat completion obtained elsewhere (the Batch API),
        checked against it exactly as a live reply is, and cached like one."""
        reply = self.client.parse(
            self.response_model,
            completion,
            self.messages(source),
            check=partial(_grounding, source),
            cache_parts=self._cache_parts,
        )
        return self._extraction(reply, source)

    def _extraction(self, reply: Reply[Draft], source: Source) -> Extraction:
        """The extraction of a checked reply, its values written as the text writes them
        (:func:`communique.ground.as_written`: grounding compares folded words)."""
        draft, warnings = as_written(reply.value, source)
        return Extraction(
            draft=draft,
            usage=replace(reply.usage, model=reply.usage.model or self.settings.model),
            endpoint=self.settings.endpoint_host,
            prompt=self.prompt,
            mode=self.client.mode,
            summaries="model" if self.summaries else "code",
            problems=reply.problems,
            dropped=reply.dropped,
            grounded=True,  # checked against the source as it was parsed, cached or not
            warnings=(*reply.warnings, *warnings),
        )


def _grounding(source: Source, draft: Draft) -> list[str]:
    """What does not hold of a draft against its communiqué."""
    return problems(draft, source)


def _repairable(source: Source, draft: Draft) -> bool:
    """Whether what does not hold of a draft is for code to repair (:func:`communique.ground.repairable`)."""
    return repairable(draft, source)
