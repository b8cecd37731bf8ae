"""Translation: French communiqués into English in full, or English into French.

A communiqué is translated paragraph by paragraph (its blank lines and line breaks
kept), each paragraph sent with the whole communiqué as context, through the same
:class:`~communique.model.ModelClient` as extraction (modes, retries, the reply
cache), with a versioned prompt of its own (``prompts/translate/``).

Each reply is checked against its paragraph as it is parsed: every person's name,
acronym, number and date word must survive, each glossary term must be rendered as the
glossary says, and the paragraph must keep its number of lines. A reply that fails is
re-asked with the reasons, as extraction is. Each translation is a row of the call log,
a failed one too. The glossary (``prompts/glossary.tsv``,
extended by ``--glossary FILE`` or ``COMMUNIQUE_GLOSSARY``) holds office titles and
institutions, a term and its rendering per line.

>>> translator = Translator(resolve({"model": "gpt-4o-mini"}))  # doctest: +SKIP
>>> translator.translate(ingest.read_path(Path("brief.txt"))).text  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import operator
import re
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, reduce
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from communique import prompts, regexes
from communique.backends.openai.client import ModelClient
from communique.calllog import CallLog
from communique.errors import ConfigError, InputError, ModelError, ValidationFailed
from communique.normalise import dates, names
from communique.schema import Provenance, Usage
from communique.text import contains, fold, strip_accents
from communique.translation import LANGUAGES
from communique.version import __version__

if TYPE_CHECKING:
    from communique.backends.openai.client import Reply
    from communique.cache import ReplyCache
    from communique.config import Settings
    from communique.progress import Listener
    from communique.schema import Source


_PARAGRAPH_BREAK = regexes.compile(r"(\n[ \t]*\n\s*)")
_ACRONYM = regexes.compile(r"(?<![\w-])[A-Z][A-Z0-9]*[A-Z](?:-[A-Z0-9]+)*(?![\w-])")
_NUMBER = regexes.compile(r"(?<![\d.,])\d{1,3}(?:[ .,]\d{3})+(?![\d])|\d+(?:[.,]\d+)?")
_WORD = regexes.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


# --- the glossary -----------------------------------------------------------------------


@dataclass(frozen=True)
class Glossary:
    """Terms and their renderings, for one direction of translation."""

    entries: tuple[tuple[str, str], ...]

    def found(self, text: str) -> list[tuple[str, str]]:
        """The entries whose term occurs in ``text`` (ignoring case and accents); a term
        that is part of a longer one found there does not count on its own."""
        folded = fold(text)
        hits: list[tuple[str, str]] = []
        for term, rendering in sorted(self.entries, key=lambda e: -len(e[0])):
            if contains(folded, term) and not any(contains(fold(longer), term) for longer, _ in hits):
                hits.append((term, rendering))
        return hits


def shipped_glossary() -> Path:
    """The glossary installed with the prompts."""
    return prompts.prompts_dir() / "glossary.tsv"


def load_glossary(paths: Sequence[Path], *, source: str, target: str) -> Glossary:
    """The entries of glossary files, from ``source`` into ``target``. A file's first
    line names the languages of its two columns (``fr<TAB>en``); ``#`` starts a comment.
    A later file's rendering of a term replaces an earlier one's."""
    entries: dict[str, tuple[str, str]] = {}
    for path in paths:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            raise InputError(f"glossary {path}: no such file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"glossary {path}: cannot read it as UTF-8 text ({exc})") from None
        rows = [
            (n, line) for n, line in enumerate(lines, start=1) if line.strip() and not line.startswith("#")
        ]
        if not rows or sorted(rows[0][1].split("\t")) != sorted(LANGUAGES):
            raise InputError(f"glossary {path}: its first line must name its columns, e.g. 'fr<TAB>en'")
        columns = [c.strip() for c in rows[0][1].split("\t")]
        for number, line in rows[1:]:
            cells = [c.strip() for c in line.split("\t")]
            if len(cells) != 2 or not all(cells):
                raise InputError(f"glossary {path} line {number}: expected two terms separated by a tab")
            row = dict(zip(columns, cells, strict=True))
            entries[fold(row[source])] = (row[source], row[target])
    return Glossary(tuple(entries.values()))


# --- what must survive ------------------------------------------------------------------


@cache
def _date_words() -> dict[str, str]:
    """Folded date words and what they stand for: full month and weekday names (an
    abbreviation such as "sept" may be another word) and the days before and after."""
    months = {
        word: f"month {n}"
        for word, n in dates.MONTHS.items()
        if not any(other != word and other.startswith(word) and m == n for other, m in dates.MONTHS.items())
    }
    weekdays = {word: f"weekday {n}" for word, n in dates.WEEKDAYS.items()}
    days = {fold(word): f"day {n:+d}" for word, n in dates.RELATIVE_DAYS.items() if n}
    return {**months, **weekdays, **days}


def _dates(text: str, language: str) -> dict[str, list[str]]:
    """The date words of a text, by meaning ("weekday 1": ["mardi"]); in English only
    capitalised month and day names count ("May", not "may")."""
    table = _date_words()
    found: dict[str, list[str]] = {}
    for word in _WORD.findall(strip_accents(text)):
        meaning = table.get(word.casefold())
        if meaning and (language != "en" or word[0].isupper() or meaning.startswith("day")):
            found.setdefault(meaning, []).append(word)
    folded = f" {fold(text)} "
    for phrase, meaning in table.items():
        if " " in phrase:
            found.setdefault(meaning, []).extend([phrase] * folded.count(f" {phrase} "))
    return found


def _numbers(text: str) -> Counter[str]:
    """The numbers of a text, separators removed: "1 500", "1,500" and "1500" alike."""
    return Counter(re.sub(r"\D", "", n) for n in _NUMBER.findall(text))


def _acronyms(text: str) -> list[str]:
    """Acronyms, outside lines written in capitals (a headline's words are not acronyms)."""
    found = []
    for line in text.splitlines():
        letters = [c for c in line if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
            continue
        found += _ACRONYM.findall(line)
    return found


def _people(text: str) -> list[str]:
    runs = (names.trim(m.group(0)) for m in names.CAPITALISED_RUN.finditer(text))
    return [run for run in runs if run and names.person_like(run)]


def losses(
    original: str, translation: str, *, language: str, target: str, glossary: Sequence[tuple[str, str]] = ()
) -> list[str]:
    """What the translation of ``original`` (in ``language``) into ``target`` lost: names,
    acronyms, numbers, date words, glossary renderings, lines. Empty when nothing."""
    problems: list[str] = []
    folded = fold(translation)
    governed = " ".join(fold(term) for term, _ in glossary)  # the glossary says how to render these
    for term, rendering in glossary:
        if not contains(folded, rendering):
            problems.append(f"the glossary renders {term!r} as {rendering!r}, which the translation lacks")
    for kind, tokens in (("name", _people(original)), ("acronym", _acronyms(original))):
        for token in dict.fromkeys(tokens):
            if not contains(folded, token) and not contains(governed, token):
                problems.append(f"the {kind} {token!r} is missing; keep it as written")
    for number in (_numbers(original) - _numbers(translation)).elements():
        problems.append(f"the number {number} is missing")
    kept = _dates(translation, target)
    for meaning, words in _dates(original, language).items():
        if len(words) > len(kept.get(meaning, [])):
            problems.append(f"the date word {words[0]!r} is missing; translate every date word")
    lines, translated_lines = len(original.strip().splitlines()), len(translation.strip().splitlines())
    if lines != translated_lines:
        problems.append(
            f"the paragraph has {lines} line(s) and the translation {translated_lines}; keep each line"
        )
    return problems


def restore_terms(translation: str, found: Sequence[tuple[str, str]]) -> tuple[str, list[str]]:
    """Put the glossary's rendering in where a translation left a term as it was in the
    original ("Garde civile" kept in an English text); what was put in."""
    restored = []
    for term, rendering in found:
        if contains(fold(translation), rendering):
            continue
        pattern = re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)
        translation, count = pattern.subn(rendering, translation)
        if count:
            restored.append(f"the glossary's {rendering!r} put in for {term!r}")
    return translation, restored


class TranslatedParagraph(BaseModel):
    """The reply a model must return for one paragraph."""

    text: str = Field(
        description="The paragraph translated in full into the requested language: every sentence, "
        "the same line breaks, names, acronyms and numbers exactly as written."
    )


# --- translating ------------------------------------------------------------------------


class Translation(BaseModel):
    """A communiqué translated in full."""

    id: str | None = None
    language: str
    source_language: str
    published: str | None = None
    source: str | None = None
    url: str | None = None
    text: str
    provenance: Provenance

    def to_text(self) -> str:
        """The translation as a communiqué file: front matter (id, language, what is
        known of the original, and the problems the translation still has, one per
        line), then the text; ``communique summarise`` reads it. Every value is kept
        on one line: an id cannot forge the lines of the front matter."""
        known = {"id": self.id, "lang": self.language, "published": self.published, "source": self.source,
                 "url": self.url}  # fmt: skip
        header = "".join(f"{key}: {_one_line(value)}\n" for key, value in known.items() if value)
        if self.provenance.problems:
            header += "problems:\n" + "".join(f"  - {_one_line(p)}\n" for p in self.provenance.problems)
        return f"---\n{header}---\n{self.text.strip()}\n"


def _one_line(value: str) -> str:
    return " ".join(value.replace("---", "- - -").split())


def paragraphs(text: str) -> list[str]:
    """The text cut before and after each blank-line break: paragraphs at even
    positions, the breaks themselves (kept as they are) at odd ones."""
    return _PARAGRAPH_BREAK.split(text.strip())


class Translator:
    """Translates communiqués into ``target`` with the model of ``settings``; ``on_event``
    is told of its model calls' retries and replies."""

    def __init__(
        self,
        settings: Settings,
        *,
        target: str = "en",
        glossaries: Sequence[Path] = (),
        prompt: str = "translate",
        cache: ReplyCache | None = None,
        refresh: bool = False,
        on_event: Listener | None = None,
    ) -> None:
        if settings.resolved_backend == "rules":
            raise ConfigError(
                "translation needs a model endpoint: set --model (and --base-url for a local server) "
                "or COMMUNIQUE_MODEL; see 'communique config'"
            )
        if target not in LANGUAGES:
            raise ConfigError(f"cannot translate into {target!r}; only into {', '.join(LANGUAGES)}")
        self.settings, self.target = settings, target
        self.client = ModelClient(settings, cache=cache, refresh=refresh, on_event=on_event)
        self.log = CallLog.of_run(settings.data_dir, on=settings.log)
        self.prompt = prompts.load(prompt, task="translate")
        self._cache_parts = {"prompt": self.prompt.ref, "prompt_sha256": self.prompt.sha256,
                             "schema_sha256": _schema_sha256()}  # fmt: skip
        files = [shipped_glossary(), *([Path(settings.glossary)] if settings.glossary else []), *glossaries]
        source_language = next(code for code in LANGUAGES if code != target)
        self.glossary = load_glossary(files, source=source_language, target=target)

    def translate(self, source: Source) -> Translation:
        """Translate ``source`` in full; a text already in the target language is kept.
        The model calls are logged, as one call, failed or not."""
        started = time.perf_counter()
        if source.language == self.target:
            return self._translation(source, source.text, [], started)
        if source.language not in LANGUAGES:
            raise InputError(f"cannot translate from {source.language!r}; only from {', '.join(LANGUAGES)}")
        replies: list[Reply[TranslatedParagraph]] = []
        try:
            translation = self._paragraphs(source, replies, started)
        except (ModelError, ConfigError) as exc:
            self._log(source, replies, started, failure=exc)
            raise
        self._log(source, replies, started, made=translation.provenance)
        return translation

    def _log(self, source: Source, replies: Sequence[Reply[TranslatedParagraph]], started: float, *,
             made: Provenance | None = None, failure: BaseException | None = None) -> None:  # fmt: skip
        if self.log is not None:
            self.log.add(backend="openai", endpoint=self.settings.endpoint_host, prompt=self.prompt.ref,
                         document_id=source.id, usage=_spent(replies), model=self.settings.model,
                         seconds=time.perf_counter() - started,
                         reasked=any(r.usage.attempts > 1 for r in replies), made=made, failure=failure)  # fmt: skip

    def _paragraphs(
        self, source: Source, replies: list[Reply[TranslatedParagraph]], started: float
    ) -> Translation:
        """Translate ``source`` paragraph by paragraph, each reply added to ``replies``."""
        parts = paragraphs(source.text)
        repairs: list[str] = []
        problems: list[str] = []
        for index in range(0, len(parts), 2):
            original = parts[index]
            found = tuple(self.glossary.found(original))
            reply = self._paragraph(source, original, found)
            text = reply.value.text.strip()
            if reply.problems:  # after the last attempt: repair what code can, name the rest
                if self.settings.strict:
                    raise ValidationFailed(
                        f"paragraph {index // 2 + 1}: the translation is not faithful: "
                        + "; ".join(reply.problems),
                        attempts=reply.usage.attempts,
                        problems=list(reply.problems),
                    )
                text, restored = restore_terms(text, found)
                where = f"paragraph {index // 2 + 1}: "
                repairs += [where + r for r in (*reply.dropped, *restored)]
                problems += [where + p for p in self._losses(source, original, text, found)]
            parts[index] = text
            replies.append(reply)
        return self._translation(source, "".join(parts), replies, started, repairs=repairs, problems=problems)

    def _losses(
        self, source: Source, original: str, text: str, found: Sequence[tuple[str, str]]
    ) -> list[str]:
        return losses(original, text, language=source.language, target=self.target, glossary=tuple(found))

    def _paragraph(
        self, source: Source, paragraph: str, found: tuple[tuple[str, str], ...]
    ) -> Reply[TranslatedParagraph]:
        messages = self.prompt.render(
            source_language=LANGUAGES[source.language],
            target_language=LANGUAGES[self.target],
            document=source.text,
            glossary="\n".join(f"{term} → {rendering}" for term, rendering in found)
            or "(none for this paragraph)",
            paragraph=paragraph,
        )
        return self.client.structured(
            TranslatedParagraph,
            messages,
            check=lambda reply: self._losses(source, paragraph, reply.text, found),
            cache_parts=self._cache_parts,
        )

    def _translation(self, source: Source, text: str, replies: list[Reply[TranslatedParagraph]], started: float,
                     *, repairs: Sequence[str] = (), problems: Sequence[str] = ()) -> Translation:  # fmt: skip
        usage = _spent(replies)
        provenance = Provenance(
            backend="openai",
            endpoint=self.settings.endpoint_host if replies else None,
            prompt=self.prompt.ref if replies else None,
            prompt_sha256=self.prompt.sha256[:12] if replies else None,
            **usage.fields(),
            duration_s=round(time.perf_counter() - started, 3),
            tool_version=__version__,
            mode=self.client.mode if replies else None,
            repairs=list(repairs),
            problems=list(problems),
        )
        return Translation(
            id=source.id,
            language=self.target,
            source_language=source.language,
            published=source.published.isoformat() if source.published else None,
            source=source.source,
            url=source.url,
            text=text,
            provenance=provenance,
        )


def _spent(replies: Sequence[Reply[TranslatedParagraph]]) -> Usage:
    """What the replies of a translation cost together."""
    return reduce(operator.add, (r.usage for r in replies)) if replies else Usage()


@cache
def _schema_sha256() -> str:
    """A fingerprint of what a reply is checked against: this module's source."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
