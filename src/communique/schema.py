"""The analysis format: what one communiqué becomes.

These Pydantic models are the single definition in code of the contract in
``shared/spec/analysis-format.md``. Gold labels, predictions of every backend and
every exporter use them; ``communique schema`` prints their JSON Schema.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from communique import regexes

SCHEMA_VERSION: Final = "1"

#: A party: an ISO 3166-1 alpha-2 country code or an organisation code in capitals.
PartyCode = Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9-]{1,15}$")]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]


# --- the input: a communiqué read -------------------------------------------------------


def empty() -> list[Any]:
    """A new empty list: the default factory of the models' list fields. Not ``list``:
    pydantic reads a default factory's signature, and the signature of a builtin is read
    by Python's tokenizer, whose pattern then compiles (a tenth of an offline start)."""
    return []


def by_name(instance: Any) -> dict[str, Any]:
    """A dataclass's fields by name, as they are: :func:`dataclasses.asdict` copies every
    value deeply, which the flat dataclasses here do not need (and it costs a cache hit
    a sixth of its time)."""
    return {f.name: getattr(instance, f.name) for f in fields(instance)}


@dataclass(frozen=True)
class Source:
    """A communiqué ready for extraction: its clean text and what is known about it."""

    text: str
    language: str
    id: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    #: Where the publication date came from: "front matter", "dateline", "header" or None.
    published_from: str | None = None
    #: The place of the dateline ("Rabat" in "Rabat, 27 janvier 2026 (MAP) -"), if any.
    dateline: str | None = None
    #: With no publication date, the year a scraped header gives with its month alone (" date 2020-12"):
    #: the year of a day and month the text writes without one (« ce mercredi 23 décembre »).
    year: int | None = None
    #: Things the user should know about how the input was read (decoding, HTML, ...).
    notes: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Usage:
    """What making something cost: the model that answered, whether the answer came
    from the cache, the attempts (re-asks included) and the tokens. One value for every
    model call, extraction, translation and log row; a record's provenance shows it."""

    model: str | None = None
    cached: bool = False
    attempts: int = 0
    tokens_in: int = 0
    tokens_out: int = 0

    def __add__(self, other: Usage) -> Usage:
        """Two costs together: cached only if both were."""
        return Usage(
            model=other.model or self.model,
            cached=self.cached and other.cached,
            attempts=self.attempts + other.attempts,
            tokens_in=self.tokens_in + other.tokens_in,
            tokens_out=self.tokens_out + other.tokens_out,
        )

    def fields(self) -> dict[str, Any]:
        """The fields by name (as provenance and the call log have them)."""
        return by_name(self)


# --- the output: one Analysis per communiqué -----------------------------------------------


class MeetingKind(StrEnum):
    """What sort of encounter a meeting is."""

    WORKING_MEETING = "working_meeting"
    OFFICIAL_VISIT = "official_visit"
    SIGNING = "signing"
    CALL = "call"
    CONFERENCE = "conference"
    OTHER = "other"


class Status(StrEnum):
    """Whether the encounter happened or is announced."""

    HELD = "held"
    ANNOUNCED = "announced"


class Role(StrEnum):
    """The side a participant is on."""

    HOST = "host"
    GUEST = "guest"
    PARTICIPANT = "participant"


class Topic(StrEnum):
    """The fixed topic vocabulary."""

    TERRORISM = "terrorism"
    ORGANISED_CRIME = "organised_crime"
    DRUG_TRAFFICKING = "drug_trafficking"
    CYBERCRIME = "cybercrime"
    ILLEGAL_MIGRATION = "illegal_migration"
    EXTRADITION = "extradition"
    INTELLIGENCE_SHARING = "intelligence_sharing"
    TRAINING = "training"
    EXPERTISE_EXCHANGE = "expertise_exchange"
    FORENSICS = "forensics"
    OPERATIONAL_COOPERATION = "operational_cooperation"
    BORDER_SECURITY = "border_security"
    EVENT_SECURITY = "event_security"
    MONEY_LAUNDERING = "money_laundering"
    REGIONAL_SECURITY = "regional_security"


class OutcomeType(StrEnum):
    """What an encounter produced or committed to."""

    AGREEMENT_SIGNED = "agreement_signed"
    AGREEMENT_PLANNED = "agreement_planned"
    FOLLOW_UP_PLANNED = "follow_up_planned"
    MECHANISM_CREATED = "mechanism_created"
    OTHER = "other"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Document(_Model):
    """What is known about the communiqué itself."""

    id: str | None = None
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
    published: dt.date | None = None
    source: str | None = None
    title: str | None = None


class Location(_Model):
    """Where a meeting took place; a field the text does not support is null."""

    city: str | None = None
    country: CountryCode | None = None
    venue: str | None = None


class Participant(_Model):
    """A named person taking part, or an unnamed office-holder leading a side."""

    name: str | None = None
    title: str | None = None
    organisation: str | None = None
    party: PartyCode | None = None
    role: Role = Role.PARTICIPANT

    @model_validator(mode="after")
    def _someone(self) -> Participant:
        if not self.name and not self.title:
            raise ValueError("a participant needs a name or a title")
        return self


class Outcome(_Model):
    """What an encounter produced, with a short phrase of the text."""

    type: OutcomeType
    text: str = Field(min_length=1)


class Meeting(_Model):
    """One distinct encounter: a different counterpart, day or place is another meeting."""

    kind: MeetingKind
    status: Status = Status.HELD
    date: dt.date | None = None
    end_date: dt.date | None = None
    date_text: str | None = None
    location: Location = Field(default_factory=Location)
    parties: list[PartyCode] = Field(default_factory=empty)
    participants: list[Participant] = Field(default_factory=empty)
    topics: list[Topic] = Field(default_factory=empty)
    outcomes: list[Outcome] = Field(default_factory=empty)

    @field_validator("parties", "topics")
    @classmethod
    def _sorted_unique(cls, values: list[str]) -> list[str]:
        return sorted(set(values))

    @model_validator(mode="after")
    def _consistent(self) -> Meeting:
        if self.end_date is not None and self.date is not None and self.end_date < self.date:
            raise ValueError(f"end_date {self.end_date} is before date {self.date}")
        for person in self.participants:
            if person.party is not None and person.party not in self.parties:
                raise ValueError(f"participant party {person.party} is not one of the meeting's parties")
        return self


class Summary(_Model):
    """A short summary in each language, whatever the source language."""

    fr: str
    en: str


class Match(StrEnum):
    """How a field's words were found in the text."""

    #: The words are the field's value, character for character.
    EXACT = "exact"
    #: The same after folding case, accents, spaces, apostrophes and hyphens.
    FOLDED = "folded"
    #: Another name the gazetteer gives the value ("Alger" for Algiers, "danois" for DK).
    ALIAS = "alias"
    #: Nearly the same words (a paraphrased outcome, a title with a word left out): see ``score``.
    FUZZY = "fuzzy"


#: A field of a record, by its path: ``meetings[0].participants[1].name``.
FIELD_PATH = r"^meetings\[\d+\](?:\.[a-z_]+(?:\[\d+\])?)*$"
_STEP = regexes.compile(r"([a-z_]+)(?:\[(\d+)\])?")


class Span(_Model):
    """Where the text says what a field holds: characters ``[start, end)`` of the text as
    communique read it (after front matter and web debris; ``--format text`` prints it).
    A meeting's own span (``meetings[0]``) is the words that report the encounter; its
    ``status`` span the words that say it is to come (or, held, the encounter words)."""

    field: Annotated[str, StringConstraints(pattern=FIELD_PATH)]
    start: int = Field(ge=0)
    end: int = Field(ge=1)
    match: Match
    #: How close fuzzy words are to the value, from 0 to 1; null for the other matches.
    score: float | None = Field(default=None, ge=0, le=1)

    @model_validator(mode="after")
    def _consistent(self) -> Span:
        if self.end <= self.start:
            raise ValueError(f"span of {self.field} ends at {self.end}, not after its start {self.start}")
        if (self.score is None) == (self.match is Match.FUZZY):
            raise ValueError(f"span of {self.field}: a fuzzy match has a score, and only a fuzzy one")
        return self


#: The end of a record's first problem when a model backend's record is the offline
#: reading of the text: the model declined, no reply of it could be read, or the
#: endpoint failed (see :meth:`communique.pipeline.Pipeline.run`).
OFFLINE_READING: Final = "the record is the offline reading of the text"


#: What ``provenance.cached`` means, as a card and a page say it: the model's reply came
#: from the reply cache (no request was sent) and this version's code read it, checked,
#: repaired and completed as a live reply is (a record the cache keeps whole is kept only
#: for the same code and settings). Was: "cached", which read as a record of an earlier run.
CACHED_REPLY = "cached reply of the model, read by this version"


class Provenance(_Model):
    """How a record was made. Never scored, never holds a secret."""

    backend: str
    model: str | None = None
    endpoint: str | None = None
    prompt: str | None = None
    prompt_sha256: str | None = None
    #: The model's reply came from the cache, read by this version (:data:`CACHED_REPLY`);
    #: ``attempts`` and the tokens are what it cost when it was asked for.
    cached: bool = False
    attempts: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    duration_s: float = 0.0
    tool_version: str
    #: The structured-output mode the model answered in; who wrote the summaries
    #: ("model" or "code").
    mode: str | None = None
    summaries: str | None = None
    #: What code removed from the best reply because the text does not support it, and
    #: what still does not hold after that. Both empty for a clean record.
    repairs: list[str] = Field(default_factory=empty)
    problems: list[str] = Field(default_factory=empty)
    #: What a model's reply left empty and the offline reading of the same text filled
    #: in (``meeting 1: title of 'Rachid Elfassi'``); empty when nothing was.
    completed: list[str] = Field(default_factory=empty)
    #: What the user should know of the text though the record holds: passages that
    #: address instructions to a machine reader, found and ignored (where they are and
    #: why, never their words). They leave the status as it is.
    warnings: list[str] = Field(default_factory=empty)

    @property
    def usage(self) -> Usage:
        """What making the record cost, as the call log counts it."""
        return Usage(self.model, self.cached, self.attempts, self.tokens_in, self.tokens_out)

    @property
    def status(self) -> str:
        """``clean``, ``repaired`` (code removed what the text does not support) or
        ``problems`` (something still does not hold: see :attr:`problems`)."""
        return "problems" if self.problems else "repaired" if self.repairs else "clean"

    @property
    def read_offline(self) -> bool:
        """Whether a model backend's record is the offline reading of the text, the
        model's reply lost (:data:`OFFLINE_READING`): not the model's answer, which a
        later run asks for again (``--resume`` too)."""
        return self.backend != "rules" and bool(self.problems) and self.problems[0].endswith(OFFLINE_READING)


class Analysis(_Model):
    """One communiqué as a validated record."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    document: Document
    is_meeting_report: bool
    meetings: list[Meeting] = Field(default_factory=empty)
    summary: Summary | None = None
    #: Where the text says what each text-derived field holds; never scored, optional in gold files.
    spans: list[Span] = Field(default_factory=empty)
    provenance: Provenance | None = None

    @model_validator(mode="after")
    def _meetings_match_flag(self) -> Analysis:
        if not self.is_meeting_report and self.meetings:
            raise ValueError("is_meeting_report is false but meetings are listed")
        if self.is_meeting_report and not self.meetings:
            raise ValueError("is_meeting_report is true but no meeting is listed")
        return self

    @model_validator(mode="after")
    def _spans_point_at_values(self) -> Analysis:
        seen: set[str] = set()
        for span in self.spans:
            if span.field in seen:
                raise ValueError(f"two spans for {span.field}")
            seen.add(span.field)
            if self.at(span.field) is None:
                raise ValueError(f"a span points at {span.field}, which the record does not have")
        return self

    def at(self, path: str) -> Any:
        """The value of the field at ``path`` (``meetings[0].location.city``), or None
        when the record has nothing there."""
        value: Any = self
        for name, index in _STEP.findall(path):
            value = getattr(value, name, None) if isinstance(value, BaseModel) else None
            if index:
                value = value[int(index)] if isinstance(value, list) and int(index) < len(value) else None
        return value


def json_schema() -> dict[str, object]:
    """The JSON Schema of :class:`Analysis`, as ``communique schema`` prints it."""
    return Analysis.model_json_schema()
