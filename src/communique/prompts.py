"""Versioned prompts: ``prompts/<id>/v<N>.md`` files with a small header.

A prompt file starts with a front-matter header (``id``, ``version``, ``changed``)
and has a ``## system`` and a ``## user`` section. Placeholders of the user section
(``{{document}}``, ``{{published}}``, ...) are filled in by plain substitution (never a
template engine, so braces in a communiqué stay text). Released versions are recorded
with their SHA-256 in ``prompts/released.json``; a test keeps them unchanged, so
changing a prompt means adding a version. ``prompts/glossary.tsv`` is the glossary of
``communique translate``.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from communique import regexes
from communique.errors import ConfigError
from communique.text import as_markup, quoted

_SECTION = regexes.compile(r"^## (\w+)\s*$", re.MULTILINE)
#: A tag of the fence around a communiqué in a prompt, with blanks where a model reads past
#: them (``< / communique >``), searched in :func:`~communique.text.as_markup`'s form of a text.
_FENCE = regexes.compile(r"<\s*/?\s*communiqu[eé]\s*>", re.IGNORECASE)
_PLACEHOLDER = regexes.compile(r"\{\{(\w+)\}\}")
#: The sections that are chat turns of a worked example rather than instructions.
_TURNS = frozenset({"example", "example_reply"})
#: Values that are one short line of metadata, never a text: ids, dates, languages.
ONE_LINE = frozenset({"id", "published", "language", "source_language", "target_language"})


@dataclass(frozen=True)
class Prompt:
    """One version of one prompt."""

    id: str
    version: int
    changed: str
    system: str
    user: str
    sha256: str
    #: Sections beyond ``system`` and ``user``, used when the rendering asks for them:
    #: ``summaries`` is added to the system message; ``example`` and ``example_reply``
    #: are a worked example, one user turn and its answer before the real request.
    sections: Mapping[str, str] = field(default_factory=dict)

    @property
    def ref(self) -> str:
        """``"extract@v1"``: how the prompt is named on the command line and in provenance."""
        return f"{self.id}@v{self.version}"

    def render(self, *, include: Sequence[str] = (), **values: str) -> list[dict[str, str]]:
        """The chat messages, every ``{{name}}`` of the user message replaced by its value
        in one pass: a value's own braces stay text (a communiqué that says ``{{id}}`` is
        not rendered again). Every value is fenced, so that no text of a communiqué (its
        body, a paragraph, an id from its front matter) can close the fence and pose as
        instructions; a value of :data:`ONE_LINE` keys is also kept on one line, so that an
        id cannot forge the lines of the header around it. Of the sections named in
        ``include`` that the prompt has, ``example`` comes as a user turn answered by
        ``example_reply``, and the others are added to the system message."""

        def value(match: re.Match[str]) -> str:
            key = match.group(1)
            if key not in values:
                return match.group(0)
            text = _unfenced(values[key])
            return " ".join(text.split())[:200] if key in ONE_LINE else text

        user = _PLACEHOLDER.sub(value, self.user)
        added = [self.sections[name] for name in include if name in self.sections and name not in _TURNS]
        messages = [{"role": "system", "content": "\n".join([self.system, *added])}]
        if "example" in include and self.sections.keys() >= _TURNS:
            messages += [{"role": "user", "content": self.sections["example"]},
                         {"role": "assistant", "content": self.sections["example_reply"]}]  # fmt: skip
        return [*messages, {"role": "user", "content": user}]


def _unfenced(text: str) -> str:
    """``text`` with each tag of the fence it holds, however written, as ``[tag removed]``:
    found in the form a model reads (:func:`~communique.text.as_markup`, of the same
    offsets), put in place of the characters of ``text`` itself."""
    pieces, last = [], 0
    for tag in _FENCE.finditer(as_markup(text)):
        pieces += [text[last : tag.start()], "[tag removed]"]
        last = tag.end()
    return "".join(pieces) + text[last:] if pieces else text


def prompts_dir() -> Path:
    """Where prompts are read from: ``COMMUNIQUE_PROMPTS_DIR``, else the copy installed
    with the package, else the ``prompts/`` folder of a source checkout."""
    override = os.environ.get("COMMUNIQUE_PROMPTS_DIR")
    if override:
        return Path(override)
    installed = Path(str(resources.files("communique"))) / "prompts"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / "prompts"


def parse(text: str, *, origin: str = "prompt") -> Prompt:
    """Parse a prompt file's text."""
    header = re.match(r"---\n(.*?)\n---\n", text, re.DOTALL)
    if header is None:
        raise ConfigError(f"{origin}: a prompt file starts with a '---' header")
    meta = {
        k.strip(): v.strip()
        for k, _, v in (line.partition(":") for line in header.group(1).splitlines())
        if k.strip()
    }
    parts = _SECTION.split(text[header.end() :])
    sections = dict(zip(parts[1::2], (p.strip() for p in parts[2::2]), strict=True))
    if {"id", "version"} - meta.keys() or {"system", "user"} - sections.keys():
        raise ConfigError(
            f"{origin}: needs id and version in its header, and '## system' and '## user' sections"
        )
    return Prompt(
        id=meta["id"],
        version=int(meta["version"]),
        changed=meta.get("changed", ""),
        system=sections["system"],
        user=sections["user"],
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        sections={name: body for name, body in sections.items() if name not in ("system", "user")},
    )


def versions(prompt_id: str, directory: Path | None = None) -> list[int]:
    """The versions of a prompt that exist, in order."""
    folder = (directory or prompts_dir()) / prompt_id
    found = (re.fullmatch(r"v(\d+)\.md", p.name) for p in folder.glob("v*.md"))
    return sorted(int(m.group(1)) for m in found if m)


@cache
def _load(path: Path) -> Prompt:
    return parse(path.read_text(encoding="utf-8"), origin=str(path))


def load(ref: str = "extract", directory: Path | None = None, *, task: str | None = None) -> Prompt:
    """Load ``"extract"`` (newest version) or ``"extract@v1"``/``"extract@1"``. With
    ``task``, a prompt of another one is a :class:`~communique.errors.ConfigError` naming
    the task's own (was: ``summarise --prompt translate@v1`` sent the translation prompt
    to read a record, and every reply failed validation)."""
    prompt_id, _, version_text = ref.partition("@")
    directory = directory or prompts_dir()
    if task is not None and prompt_id != task:
        listed = ", ".join(f"{task}@v{v}" for v in versions(task, directory)) or task
        raise ConfigError(f"prompt {quoted(ref, 60)} is not a prompt for {task}; use {listed}")
    available = versions(prompt_id, directory)
    if not available:
        raise ConfigError(f"no prompt named {quoted(prompt_id, 60)} in {directory}")
    if version_text:
        match = re.fullmatch(r"v?(\d+)", version_text)
        if not match or int(match.group(1)) not in available:
            listed = ", ".join(f"{prompt_id}@v{v}" for v in available)
            raise ConfigError(f"no prompt {quoted(ref, 60)}; available: {listed}")
        version = int(match.group(1))
    else:
        version = available[-1]
    prompt = _load(directory / prompt_id / f"v{version}.md")
    if prompt.id != prompt_id or prompt.version != version:
        raise ConfigError(f"{directory / prompt_id / f'v{version}.md'}: its header says {prompt.ref}")
    return prompt
