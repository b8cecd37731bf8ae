"""The draft: what a backend reads off a communiqué, as surface spans.

A backend (a model or the offline rules) fills a :class:`Draft` with the words of
the text: the date words, names and titles as written, the country and topic words
(or their codes, which :mod:`communique.normalise` accepts as well). Code then decides
what code decides better: ISO dates, ISO country codes, sorted parties, topic codes.
The draft is also the response schema sent to a model, so its field descriptions are
instructions.

Inside ``with checking(check):`` (or with ``check`` in the validation context),
validating a draft also runs ``check`` on it, a function that returns the reasons the
draft does not hold (:func:`communique.ground.grounding` binds one against a
communiqué): a model's hallucinated name then fails validation and is re-asked with
the reason. This module imports nothing but the schema.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, WithJsonSchema, model_validator

from communique.schema import MeetingKind, Outcome, Role, Status, Summary, Topic

#: A check of a draft: the reasons it does not hold, empty when it does.
Check = Callable[["Draft"], list[str]]

_BOUND_CHECK: ContextVar[Check | None] = ContextVar("communique_check", default=None)

#: A topic: a code of the vocabulary, or the words of the text that name one
#: ("stupéfiants", "organized crime"); a model is shown the codes.
TopicWord = Annotated[str, WithJsonSchema({"type": "string", "enum": [topic.value for topic in Topic]})]


@contextlib.contextmanager
def checking(check: Check) -> Iterator[None]:
    """Run ``check`` whenever a draft is validated inside this block (thread- and task-local)."""
    token = _BOUND_CHECK.set(check)
    try:
        yield
    finally:
        _BOUND_CHECK.reset(token)


class _Draft(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)


class DraftParticipant(_Draft):
    """A person taking part, as the text names them."""

    name: str | None = Field(
        None,
        description="The person's name exactly as written in the text, without honorifics "
        "(M., Mme, Mr, General, Dr). null for an office-holder the text does not name.",
    )
    title: str | None = Field(
        None, description="Their office or title, copied verbatim from the text, in its language."
    )
    organisation: str | None = Field(
        None, description="The acronym of their organisation when the text gives one (DGSN, BKA)."
    )
    country: str | None = Field(
        None,
        description="The word(s) of the text that say which country or international "
        "organisation they represent: 'danois', 'Spain', 'Interpol' (or its ISO code).",
    )
    role: Role = Field(
        Role.PARTICIPANT,
        description="host (receives), guest (visits or is received), or participant "
        "(multilateral meeting or unclear).",
    )


class DraftMeeting(_Draft):
    """One distinct encounter: a different counterpart, day or place is another one."""

    kind: MeetingKind = Field(
        description="working_meeting (talks, réunion/séance de travail), official_visit "
        "(visit to an institution or country, courtesy call), signing (the point is signing "
        "an agreement), call (phone or video), conference (multilateral), other."
    )
    status: Status = Field(Status.HELD, description="held if it happened; announced if it is to come.")
    date_text: str | None = Field(
        None,
        description="The words of the text that give the date, verbatim: 'mardi', 'hier', "
        "'le 5 mars', 'du 3 au 5 mars', 'last Thursday'. null if the text gives none.",
    )
    city: str | None = Field(None, description="The city where it took place, as written.")
    country: str | None = Field(
        None, description="The country where it took place, as written, if the text says."
    )
    venue: str | None = Field(
        None, description="The venue when the text names one, verbatim ('siège de la DGSN')."
    )
    parties: list[str] = Field(
        default_factory=list,
        description="Each country or international organisation represented, as the text "
        "names it ('Maroc', 'danois', 'Interpol') or by its ISO code.",
    )
    participants: list[DraftParticipant] = Field(default_factory=list)
    topics: list[TopicWord] = Field(
        default_factory=list,
        description="Topics the text says were discussed or are fields of the cooperation.",
    )
    outcomes: list[Outcome] = Field(
        default_factory=list,
        description="What the encounter produced or committed to, each with a short phrase "
        "copied from the text.",
    )


class Draft(_Draft):
    """Everything a backend reads off one communiqué."""

    is_meeting_report: bool = Field(
        description="true if the text reports at least one meeting, visit, call or signing "
        "between security actors (held or announced); false for an arrest, a seizure, or "
        "a statement with no encounter."
    )
    meetings: list[DraftMeeting] = Field(
        default_factory=list,
        description="One entry per distinct encounter. A meeting only recalled as "
        "background is not listed. Empty when is_meeting_report is false.",
    )
    summary: Summary | None = None

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Draft:
        check = (info.context or {}).get("check") or _BOUND_CHECK.get()
        if check is not None:
            found = check(self)
            if found:
                raise ValueError("the record does not match the communiqué: " + "; ".join(found))
        return self


class ModelDraft(Draft):
    """The draft a model must return: with both summaries."""

    summary: Summary = Field(
        description="fr: a summary in French; en: a summary in English. Each 1-3 sentences "
        "and at most 90 words, whatever the language of the text: who met whom, when, "
        "where, about what, with what result. Only what the text says; no one who is not "
        "a participant."
    )
