"""The draft: what a backend reads off a communiqué, as surface spans.

A backend (a model or the offline rules) fills a :class:`Draft` with the words of
the text: the date words, names and titles as written, the country and topic words
(or their codes, which :mod:`communique.normalise` accepts as well). Code then decides
what code decides better: ISO dates, ISO country codes, sorted parties, topic codes.
Whether the words are really in the text is :mod:`communique.ground`'s to check.

The draft is also the response schema sent to a model, so its field descriptions are
instructions, and its JSON Schema is bounded: every string has a ``maxLength`` that
fits the field and every list a ``maxItems`` (``uniqueItems`` for sets), so that a
decoder constrained by the schema (llama.cpp's grammars, vLLM's guided decoding)
cannot loop in a field until the token limit. The bounds are the schema's only:
validation takes a longer value, and grounding judges it. This module imports nothing
but the schema.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema, field_validator
from pydantic.json_schema import SkipJsonSchema

from communique.schema import MeetingKind, OutcomeType, Role, Status, Topic, empty


def _at_most(max_length: int) -> WithJsonSchema:
    """The schema of a string of at most ``max_length`` characters."""
    return WithJsonSchema({"type": "string", "maxLength": max_length})


def _items(max_items: int, *, unique: bool = False) -> dict[str, Any]:
    """What bounds a list in the schema: at most ``max_items``, each once if ``unique``."""
    return {"maxItems": max_items, **({"uniqueItems": True} if unique else {})}


#: The longest string of each kind that the schema allows (grounding holds a reply's
#: longer value for no phrase of the text, whatever validation takes).
NAME_MOST, TITLE_MOST, WORDS_MOST, PHRASE_MOST = 80, 160, 60, 200

#: Strings by what they hold, each with its bound in the schema.
Name = Annotated[str, _at_most(NAME_MOST)]
Title = Annotated[str, _at_most(TITLE_MOST)]
Words = Annotated[str, _at_most(WORDS_MOST)]
Phrase = Annotated[str, _at_most(PHRASE_MOST)]
SummaryText = Annotated[str, _at_most(700)]

#: Combining marks past the second on one letter.
_STACKED = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]{3,}")

#: A topic: a code of the vocabulary, or the words of the text that name one
#: ("stupéfiants", "organized crime"); a model is shown the codes.
TopicWord = Annotated[str, WithJsonSchema({"type": "string", "enum": [topic.value for topic in Topic]})]


class _Draft(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)


def _code(value: Any, words: dict[str, str]) -> Any:
    """A value of an enumeration as a model may spell it, as its code: in capitals, with
    spaces or hyphens ('Working meeting', 'official-visit'), or by a word of its own
    (``words``: 'phone call' for ``call``). What is none of these is left to validation
    to refuse (and the model to be asked again): code repairs a spelling, never a guess."""
    if not isinstance(value, str):
        return value
    code = "_".join(value.replace("-", " ").split()).lower()
    return words.get(code, code)


def _listed(value: Any) -> Any:
    """A list a model left out as ``null``: an empty one (as if it had left the key out)."""
    return empty() if value is None else value


def _by_word(words: dict[str, str]) -> dict[str, str]:
    """Each word (spaces written ``_``) of ``words``' values, to the code it is the key of."""
    return {word: code for code, listed in words.items() for word in listed.split()}


#: Words a model uses for a kind of encounter, by the kind's code: those of the spec's
#: kinds, in English and in French (a model reading a French text often answers in it).
_KIND_WORDS = _by_word({
    "working_meeting": "meeting bilateral_meeting talks working_session work_meeting entretien entretiens "
                       "réunion réunion_de_travail séance_de_travail séance rencontre réunion_bilatérale",
    "official_visit": "visit courtesy_call courtesy_visit state_visit working_visit tour visite visite_officielle "
                      "visite_de_travail visite_de_courtoisie tournée",
    "call": "phone_call telephone_call video_call videoconference video_conference appel appel_téléphonique "
            "entretien_téléphonique visioconférence",
    "conference": "summit multilateral_meeting seminar general_assembly forum sommet conférence séminaire "
                  "assemblée_générale réunion_multilatérale",
    "signing": "signing_ceremony signature cérémonie_de_signature",
    "other": "autre",
})  # fmt: skip
#: ... for whether it happened.
_STATUS_WORDS = _by_word({
    "held": "past took_place happened completed done tenu tenue passé passée",
    "announced": "planned upcoming scheduled future expected annoncé annoncée prévu prévue à_venir",
})  # fmt: skip
#: ... for what an encounter produced (never "agreement" alone: signed, or to be?).
_OUTCOME_WORDS = _by_word({
    "agreement_signed": "signed_agreement mou_signed memorandum_signed accord_signé",
    "agreement_planned": "planned_agreement agreement_to_sign accord_prévu",
    "follow_up_planned": "follow_up next_meeting suivi prochaine_réunion",
    "mechanism_created": "mechanism mechanism_established joint_mechanism mécanisme mécanisme_créé",
    "other": "autre",
})  # fmt: skip
#: ... for the side a participant is on; no role at all is the spec's "unclear".
_ROLE_WORDS = {**_by_word({"guest": "visitor invitee invité invitée visiteur", "host": "hôte",
                           "participant": "participante"}), "": "participant"}  # fmt: skip


class DraftOutcome(_Draft):
    """What an encounter produced, with a short phrase of the text."""

    type: OutcomeType
    text: Phrase = Field(min_length=1, description="A short phrase copied from the text.")

    @field_validator("type", mode="before")
    @classmethod
    def _type(cls, value: Any) -> Any:
        return _code(value, _OUTCOME_WORDS)


class DraftSummary(_Draft):
    """A summary in each language."""

    fr: SummaryText = Field(description="In French.")
    en: SummaryText = Field(description="In English.")

    @field_validator("fr", "en", mode="after")
    @classmethod
    def _one_paragraph(cls, text: str) -> str:
        """A summary is a paragraph of prose, printed as such on a terminal and in a card:
        its line breaks of every kind (CR, which sends a terminal's cursor back over what
        the line showed; LS, PS, NEL), tabs and runs of spaces are one space (a reply's
        ``\n| a | b |`` made a table of the card, a fence a block of code), and a letter
        bears at most two combining marks (dozens stacked drew over the lines around)."""
        return _STACKED.sub(lambda marks: marks.group(0)[:2], " ".join(text.split()))


class DraftParticipant(_Draft):
    """A person taking part, as the text names them."""

    name: Name | None = Field(
        None,
        description="The person's name exactly as written in the text, without honorifics "
        "(M., Mme, Mr, General, Dr). null for an office-holder the text does not name.",
    )
    title: Title | None = Field(
        None, description="Their office or title, copied verbatim from the text, in its language."
    )
    organisation: Words | None = Field(
        None, description="The acronym of their organisation when the text gives one (DGSN, BKA)."
    )
    country: Words | None = Field(
        None,
        description="The word(s) of the text that say which country or international "
        "organisation they represent: 'danois', 'Spain', 'Interpol' (or its ISO code).",
    )
    role: Role = Field(
        Role.PARTICIPANT,
        description="host (receives), guest (visits or is received), or participant "
        "(multilateral meeting or unclear).",
    )

    @field_validator("role", mode="before")
    @classmethod
    def _role(cls, value: Any) -> Any:
        return Role.PARTICIPANT if value is None else _code(value, _ROLE_WORDS)


class DraftCue(_Draft):
    """Words a backend read a field from (the encounter verb of a meeting, the words that
    say it is to come), with the sentence they are in, which tells one occurrence of the
    words from another. Only a backend that knows its cues gives them (the offline
    reader); a model is not asked for them."""

    words: str
    sentence: str


class DraftMeeting(_Draft):
    """One distinct encounter: a different counterpart, day or place is another one."""

    kind: MeetingKind = Field(
        description="working_meeting (talks, réunion/séance de travail), official_visit "
        "(visit to an institution or country, courtesy call), signing (the point is signing "
        "an agreement), call (phone or video), conference (multilateral), other."
    )
    status: Status = Field(Status.HELD, description="held if it happened; announced if it is to come.")
    date_text: Words | None = Field(
        None,
        description="The words of the text that give the date, verbatim: 'mardi', 'hier', "
        "'le 5 mars', 'du 3 au 5 mars', 'last Thursday'. null if the text gives none.",
    )
    city: Words | None = Field(None, description="The city where it took place, as written.")
    country: Words | None = Field(
        None, description="The country where it took place, as written, if the text says."
    )
    venue: Title | None = Field(
        None, description="The venue when the text names one, verbatim ('siège de la DGSN')."
    )
    parties: list[Words] = Field(
        default_factory=empty,
        json_schema_extra=_items(8, unique=True),
        description="Each country or international organisation represented, as the text "
        "names it ('Maroc', 'danois', 'Interpol') or by its ISO code.",
    )
    participants: list[DraftParticipant] = Field(default_factory=empty, json_schema_extra=_items(10))
    topics: list[TopicWord] = Field(
        default_factory=empty,
        json_schema_extra=_items(8, unique=True),
        description="Topics the text says were discussed or are fields of the cooperation.",
    )
    outcomes: list[DraftOutcome] = Field(
        default_factory=empty,
        json_schema_extra=_items(4),
        description="What the encounter produced or committed to, each with a short phrase "
        "copied from the text.",
    )
    #: The words that report the encounter, and those that decide its status: kept out
    #: of the schema a model fills, like the summaries of :class:`Draft`.
    cue: SkipJsonSchema[DraftCue | None] = None
    status_cue: SkipJsonSchema[DraftCue | None] = None

    @field_validator("kind", mode="before")
    @classmethod
    def _kind(cls, value: Any) -> Any:
        return _code(value, _KIND_WORDS)

    @field_validator("status", mode="before")
    @classmethod
    def _status(cls, value: Any) -> Any:
        return Status.HELD if value is None else _code(value, _STATUS_WORDS)

    @field_validator("parties", "participants", "topics", "outcomes", mode="before")
    @classmethod
    def _lists(cls, value: Any) -> Any:
        return _listed(value)


class Draft(_Draft):
    """Everything a backend reads off one communiqué."""

    is_meeting_report: bool = Field(
        description="true if the text reports at least one meeting, visit, call or signing "
        "between security actors (held or announced); false for an arrest, a seizure, or "
        "a statement with no encounter."
    )
    meetings: list[DraftMeeting] = Field(
        default_factory=empty,
        json_schema_extra=_items(6),
        description="One entry per distinct encounter. A meeting only recalled as "
        "background is not listed. Empty when is_meeting_report is false.",
    )
    #: Summaries are asked for only of a model that writes them (:class:`ModelDraft`):
    #: left out of this schema, a model is not led to spend tokens on them.
    summary: SkipJsonSchema[DraftSummary | None] = None

    @field_validator("meetings", mode="before")
    @classmethod
    def _meetings(cls, value: Any) -> Any:
        return _listed(value)


def _summary_required(schema: dict[str, Any]) -> None:
    """The schema of :class:`ModelDraft` asks for its summaries (see there)."""
    schema["required"] = [*schema.get("required", ()), "summary"]
    for extra in ("default", "title"):
        schema["properties"]["summary"].pop(extra, None)


class ModelDraft(Draft):
    """The draft a model must return: with both summaries."""

    # (the docstring is the schema's description, which the model reads) The schema
    # requires the summaries; a reply read without them (cut off at the token limit while
    # it wrote them) is read all the same, and code writes them from the record, as it
    # does summaries that fail.
    model_config = ConfigDict(json_schema_extra=_summary_required)

    summary: SkipJsonSchema[None] | DraftSummary = Field(
        None,
        description="fr: a summary in French; en: a summary in English. Each 1-3 sentences "
        "and at most 90 words, whatever the language of the text: who met whom, when, "
        "where, about what, with what result. Only what the text says; no one who is not "
        "a participant.",
    )


class SpansDraft(Draft):
    """The draft a model must return when code writes the summaries: the spans alone (a
    summary it adds anyway is dropped as it is read, never checked nor kept)."""

    @field_validator("summary", mode="before")
    @classmethod
    def _written_by_code(cls, value: Any) -> None:
        return None
