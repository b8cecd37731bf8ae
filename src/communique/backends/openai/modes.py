"""Structured-output modes: how a request asks an endpoint for a reply of a schema.

The one list of modes (``--mode``, ``COMMUNIQUE_MODE``): each names the ``instructor``
mode it stands for. ``auto`` tries them in an order that suits the endpoint, moves on
when the endpoint rejects one, and remembers per endpoint the one that worked.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from communique.errors import ConfigError

#: ``--mode`` values, the instructor modes they stand for, and what they are.
MODES: dict[str, tuple[str, str]] = {
    "tools": ("TOOLS", "a named tool call (OpenAI; the llama.cpp server constrains it to the schema)"),
    "json_schema": ("JSON_SCHEMA", "the JSON-schema response format (OpenAI, vLLM, Ollama)"),
    "json": ("JSON", "a JSON object, the schema in the prompt"),
    "md_json": ("MD_JSON", "JSON in a Markdown code block, for endpoints with no structured output"),
}
#: What ``--mode`` accepts.
CHOICES = ("auto", *MODES)


def instructor_mode(mode: str) -> str:
    """The name of the ``instructor.Mode`` a mode stands for."""
    return MODES[mode][0]


def check(mode: str) -> str:
    """``mode`` if it is one of :data:`CHOICES`, else a :class:`~communique.errors.ConfigError`."""
    if mode not in CHOICES:
        raise ConfigError(f"mode {mode!r} is not one of {', '.join(CHOICES)}")
    return mode


def candidate_modes(mode: str, base_url: str | None) -> list[str]:
    """The modes to try, in order. An explicit mode is the only one; ``auto`` starts with
    tool calling for OpenAI itself and with the JSON-schema response format elsewhere
    (vLLM, Ollama, llama.cpp's server), then falls back when the endpoint rejects it (the
    llama-cpp-python server refuses ``json_schema`` but follows a named tool)."""
    if check(mode) != "auto":
        return [mode]
    host = urlsplit(base_url or "https://api.openai.com").hostname or ""
    return ["tools", "json_schema"] if host.endswith("openai.com") else ["json_schema", "tools", "json"]
