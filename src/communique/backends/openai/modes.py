"""Structured-output modes: how a request asks an endpoint for a reply of a schema.

The one list of modes (``--mode``, ``COMMUNIQUE_MODE``): each names the ``instructor``
mode it stands for, except ``json_object``, which is communique's own (llama.cpp's
server takes a schema with ``response_format: {"type": "json_object", "schema": …}``
and enforces it, ``maxLength`` and ``maxItems`` included). ``auto`` tries them in an
order that suits the endpoint, moves on when the endpoint rejects one, and remembers per
endpoint the one that worked; provenance records the mode a record was made in.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from communique.errors import ConfigError

#: ``--mode`` values, the instructor modes they stand for (None: communique's own), and
#: what they are.
MODES: dict[str, tuple[str | None, str]] = {
    "tools": ("TOOLS", "a named tool call (OpenAI; the llama.cpp server constrains it to the schema)"),
    "json_schema": ("JSON_SCHEMA", "the JSON-schema response format (OpenAI, vLLM, Ollama)"),
    "json_object": (None, "a JSON object constrained by a schema (the llama.cpp server)"),
    "json": ("JSON", "a JSON object, the schema in the prompt"),
    "md_json": ("MD_JSON", "JSON in a Markdown code block, for endpoints with no structured output"),
}
#: What ``--mode`` accepts.
CHOICES = ("auto", *MODES)


def instructor_mode(mode: str) -> str:
    """The name of the ``instructor.Mode`` a mode stands for."""
    name = MODES[mode][0]
    if name is None:
        raise ValueError(f"mode {mode!r} is not an instructor mode")
    return name


def check(mode: str) -> str:
    """``mode`` if it is one of :data:`CHOICES`, else a :class:`~communique.errors.ConfigError`."""
    if mode not in CHOICES:
        raise ConfigError(f"mode {mode!r} is not one of {', '.join(CHOICES)}")
    return mode


def candidate_modes(mode: str, base_url: str | None) -> list[str]:
    """The modes to try, in order. An explicit mode is the only one; ``auto`` starts with
    tool calling for OpenAI itself and with the JSON-schema response format elsewhere
    (vLLM, Ollama), then falls back when the endpoint rejects it: the llama-cpp-python
    server refuses ``json_schema`` but takes a schema with ``json_object``, and follows a
    named tool."""
    if check(mode) != "auto":
        return [mode]
    host = urlsplit(base_url or "https://api.openai.com").hostname or ""
    if host.endswith("openai.com"):
        return ["tools", "json_schema"]
    return ["json_schema", "json_object", "tools", "json"]
