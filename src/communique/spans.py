"""Spans: where the text says what each text-derived field of a record holds.

After extraction and normalisation, the same way for every backend, :func:`locate`
finds in the communiqué the words of each participant's name, title and organisation,
of the date phrase, the city, the venue, each party, each outcome, and the words that
report the encounter and decide its status (those a backend gives as cues: the offline
reader does, a model does not). Each is a :class:`~communique.schema.Span`: characters
``[start, end)`` of ``Source.text`` (the communiqué as read: front matter, HTML and web
debris removed, typography tidied; ``communique summarise FILE --format text`` prints
it), and how the words match the value: ``exact``, ``folded`` (case, accents, spaces,
apostrophes, hyphens), ``alias`` (the gazetteer's other name for a city or party) or
``fuzzy`` (nearly the same words, with a score of at least :data:`THRESHOLD`).

The text is searched folded, through a map back to the offsets of the text as written
(:func:`communique.text.fold_map`). A phrase found more than once is taken where it is
nearest to the words that report its meeting. A field whose words are not found has no
span: :func:`fields` lists every field that could have one, :func:`check` says whether
the spans of a record hold against its text.
"""

from __future__ import annotations

from collections.abc import Iterator
from difflib import SequenceMatcher
from enum import Enum
from functools import cached_property
from typing import TYPE_CHECKING

from communique.normalise import places
from communique.schema import Match, Span
from communique.text import fold, fold_map

if TYPE_CHECKING:
    from communique.draft import Draft, DraftCue, DraftMeeting
    from communique.schema import Analysis, Meeting

#: The lowest score of a fuzzy span: the share of words in common, in order.
THRESHOLD = 0.6
#: How many occurrences of a phrase's rarest word a fuzzy search looks around.
PLACES = 20

#: The kinds of text-derived field, in the order reports list them.
FAMILIES = ("name", "title", "organisation", "date", "city", "venue", "party", "outcome", "meeting", "status")


def fields(record: Analysis) -> Iterator[tuple[str, str]]:
    """Every text-derived field the record has a value for, as (path, family): the
    fields a span can point at."""
    for number, meeting in enumerate(record.meetings):
        where = f"meetings[{number}]"
        yield where, "meeting"
        yield f"{where}.status", "status"
        if meeting.date_text:
            yield f"{where}.date_text", "date"
        if meeting.location.city:
            yield f"{where}.location.city", "city"
        if meeting.location.venue:
            yield f"{where}.location.venue", "venue"
        for index in range(len(meeting.parties)):
            yield f"{where}.parties[{index}]", "party"
        for index, person in enumerate(meeting.participants):
            for name in ("name", "title", "organisation"):
                if getattr(person, name):
                    yield f"{where}.participants[{index}].{name}", name
        for index in range(len(meeting.outcomes)):
            yield f"{where}.outcomes[{index}].text", "outcome"


def locate(text: str, record: Analysis, draft: Draft | None = None) -> list[Span]:
    """The spans of a record's fields in ``text`` (``Source.text``); ``draft`` is the one
    the record was made from, whose meetings may carry cues (:class:`~communique.draft.DraftCue`)."""
    finder = _Finder(text)
    found: list[Span] = []
    for number, meeting in enumerate(record.meetings):
        drafted = draft.meetings[number] if draft is not None and number < len(draft.meetings) else None
        found.extend(finder.meeting(f"meetings[{number}]", meeting, drafted))
    return found


def check(text: str, record: Analysis) -> list[str]:
    """Why the spans of a record do not hold against ``text``; empty when they do: each
    span's words, folded, equal its field's value (``alias``: the gazetteer names the
    value so; ``fuzzy``: the recorded score, at least :data:`THRESHOLD`), within word
    boundaries. A meeting's and a status's span, which have no words in the record to
    compare, must be words of the text."""
    problems = []
    for span in record.spans:
        words = text[span.start : span.end]
        if span.end > len(text) or not fold(words):
            problems.append(f"{span.field}: [{span.start}, {span.end}) holds no words of the text")
            continue
        if _cut(text, span.start, span.end):
            problems.append(f"{span.field}: [{span.start}, {span.end}) cuts a word: {words!r}")
        value = record.at(span.field)
        if not isinstance(value, str) or isinstance(value, Enum):  # a meeting's or a status's span
            continue
        if not _matches(span, words, value):
            problems.append(f"{span.field}: {words!r} is not a {span.match.value} match of {value!r}")
    return problems


def _matches(span: Span, words: str, value: str) -> bool:
    if span.match is Match.EXACT:
        return words == value
    if span.match is Match.FOLDED:
        return fold(words) == fold(value)
    if span.match is Match.ALIAS:
        return alias(words, value)
    return span.score is not None and span.score >= THRESHOLD and span.score == similarity(words, value)


def alias(words: str, value: str) -> bool:
    """Whether the gazetteer takes ``words`` for ``value``: a city's other name, or the
    country or organisation of a party code."""
    city = places.city(words)
    if city is not None and city.name == value:
        return True
    organisation = places.organisation(words)
    if organisation is not None:
        return value in (organisation.party, *organisation.also)
    return places.country_code(words) == value


def similarity(words: str, value: str) -> float:
    """How close two phrases are, from 0 to 1: twice the folded words they have in common,
    in order, over their number of words (rounded to three places)."""
    return round(SequenceMatcher(None, fold(words).split(), fold(value).split(), autojunk=False).ratio(), 3)


def _cut(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` begins or ends inside a word."""
    return (start > 0 and text[start - 1].isalnum() and text[start].isalnum()) or (
        end < len(text) and text[end - 1].isalnum() and text[end].isalnum()
    )


class _Finder:
    """One text, folded once, searched for the fields of each meeting."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded, self.offsets = fold_map(text)

    # --- where words are ------------------------------------------------------------

    def occurrences(self, phrase: str, within: tuple[int, int] | None = None) -> list[tuple[int, int]]:
        """Every place the folded phrase occurs on word boundaries, as offsets in the text."""
        needle = fold(phrase)
        if not needle:
            return []
        found, folded, size = [], self.folded, len(needle)
        at = folded.find(needle)
        while at != -1:
            end = at + size
            if (at == 0 or folded[at - 1] == " ") and (end == len(folded) or folded[end] == " "):
                span = (self.offsets[at], self.offsets[end - 1] + 1)
                if within is None or within[0] <= span[0] < within[1]:
                    found.append(span)
            at = folded.find(needle, at + 1)
        return found

    @cached_property
    def mentions(self) -> list[tuple[places.Mention, int, int]]:
        """The gazetteer's words in the text (countries, demonyms, cities,
        organisations), with their offsets in the text; none for the rare text that folds
        differently whole and character by character, whose offsets would not map."""
        if fold(self.text) != self.folded:
            return []
        return [
            (mention, self.offsets[mention.start], self.offsets[mention.end - 1] + 1)
            for mention in places.mentions(self.text)
        ]

    @cached_property
    def tokens(self) -> list[tuple[str, int, int]]:
        """The folded words of the text, with their offsets in the folded text."""
        tokens, at = [], 0
        for word in self.folded.split(" "):
            tokens.append((word, at, at + len(word)))
            at += len(word) + 1
        return tokens

    @cached_property
    def positions(self) -> dict[str, list[int]]:
        """Where each folded word of the text is, as indexes in :attr:`tokens`."""
        found: dict[str, list[int]] = {}
        for index, (word, _, _) in enumerate(self.tokens):
            found.setdefault(word, []).append(index)
        return found

    def fuzzy(self, phrase: str, anchor: int | None) -> tuple[int, int, float] | None:
        """The run of words most like ``phrase``, as (start, end, score), if its
        :func:`similarity` reaches :data:`THRESHOLD`; the nearest to ``anchor`` among
        equals. Runs are looked for around the rarest long word of the phrase that the text
        has (at most :data:`PLACES` of its occurrences, the nearest): the work stays linear
        in the text."""
        wanted = fold(phrase).split()
        content = [w for w in wanted if len(w) > 3] or wanted
        present = [word for word in content if word in self.positions]
        hits = min((self.positions[word] for word in present), key=len, default=[])
        if anchor is not None:
            hits = sorted(hits, key=lambda index: abs(self.offsets[self.tokens[index][1]] - anchor))
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(wanted)
        best: tuple[float, int, int, int] | None = None  # score, -distance to the anchor, start, end
        for hit in hits[:PLACES]:
            low = max(0, hit - len(wanted))
            matcher.set_seq1([token[0] for token in self.tokens[low : hit + len(wanted) + 1]])
            blocks = [block for block in matcher.get_matching_blocks() if block.size]
            first, last = (
                self.tokens[low + blocks[0].a],
                self.tokens[low + blocks[-1].a + blocks[-1].size - 1],
            )
            start, end = self.offsets[first[1]], self.offsets[last[2] - 1] + 1
            score = similarity(self.text[start:end], phrase)  # as cut from the text, as a reader checks it
            rank = (score, -abs(start - anchor) if anchor is not None else 0, start, end)
            if best is None or rank[:2] > best[:2]:
                best = rank
        if best is None or best[0] < THRESHOLD:
            return None
        return best[2], best[3], best[0]

    # --- spans ------------------------------------------------------------------------

    def span(self, path: str, value: str, anchor: int | None, *, fuzzy: bool = False) -> Span | None:
        """The span of a field's value: its nearest occurrence, else (``fuzzy``) the
        nearest run of words like it."""
        found = _nearest(self.occurrences(value), anchor)
        if found is not None:
            return self._spanned(path, value, found)
        near = self.fuzzy(value, anchor) if fuzzy else None
        if near is None:
            return None
        return Span(field=path, start=near[0], end=near[1], match=Match.FUZZY, score=near[2])

    def _spanned(self, path: str, value: str, where: tuple[int, int]) -> Span:
        words = self.text[where[0] : where[1]]
        match = Match.EXACT if words == value else Match.FOLDED if fold(words) == fold(value) else Match.ALIAS
        return Span(field=path, start=where[0], end=where[1], match=match)

    def cue(self, path: str, cue: DraftCue | None) -> Span | None:
        """The span of a backend's cue: its words within its sentence."""
        if cue is None:
            return None
        sentence = next(iter(self.occurrences(cue.sentence)), None)
        found = self.occurrences(cue.words, within=sentence) or self.occurrences(cue.words)
        if not found:
            return None
        return self._spanned(path, cue.words, found[0])

    def gazetteer(self, path: str, value: str, anchor: int | None, party: bool) -> Span | None:
        """The span of a city or party through the gazetteer's names for it."""
        candidates = []
        for mention, start, end in self.mentions:
            if party:
                org = mention.organisation
                hit = (value in (org.party, *org.also)) if org is not None else mention.country == value
            else:
                hit = mention.city is not None and mention.city.name == value
            if hit:
                candidates.append((start, end))
        found = _nearest(candidates, anchor)
        return self._spanned(path, value, found) if found is not None else None

    def meeting(self, where: str, meeting: Meeting, drafted: DraftMeeting | None) -> list[Span]:
        """The spans of one meeting's fields."""
        spans: list[Span | None] = []
        cue = self.cue(where, drafted.cue if drafted else None)
        anchor = cue.start if cue is not None else self._anchor(meeting)
        spans.append(cue)
        spans.append(self.cue(f"{where}.status", drafted.status_cue if drafted else None))
        if meeting.date_text:
            spans.append(self.span(f"{where}.date_text", meeting.date_text, anchor))
        city = meeting.location.city
        if city:
            path = f"{where}.location.city"
            spans.append(self.span(path, city, anchor) or self.gazetteer(path, city, anchor, party=False))
        if meeting.location.venue:
            spans.append(self.span(f"{where}.location.venue", meeting.location.venue, anchor, fuzzy=True))
        for index, code in enumerate(meeting.parties):
            spans.append(self.gazetteer(f"{where}.parties[{index}]", code, anchor, party=True))
        for index, person in enumerate(meeting.participants):
            who = f"{where}.participants[{index}]"
            if person.name:
                spans.append(self.span(f"{who}.name", person.name, anchor))
            if person.title:
                spans.append(self.span(f"{who}.title", person.title, anchor, fuzzy=True))
            if person.organisation:
                spans.append(self.span(f"{who}.organisation", person.organisation, anchor))
        for index, outcome in enumerate(meeting.outcomes):
            spans.append(self.span(f"{where}.outcomes[{index}].text", outcome.text, anchor, fuzzy=True))
        return [span for span in spans if span is not None]

    def _anchor(self, meeting: Meeting) -> int | None:
        """Where a meeting without a cue is spoken of: its first participant's name, else
        its date phrase, where they first occur."""
        for phrase in [p.name for p in meeting.participants if p.name] + [meeting.date_text or ""]:
            found = self.occurrences(phrase)
            if found:
                return found[0][0]
        return None


def _nearest(candidates: list[tuple[int, int]], anchor: int | None) -> tuple[int, int] | None:
    """The candidate nearest ``anchor`` (the first when there is none), the earlier of two as near."""
    if not candidates:
        return None
    if anchor is None:
        return candidates[0]
    return min(candidates, key=lambda span: (abs(span[0] - anchor), span[0]))
