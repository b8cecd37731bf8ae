"""Backends: one module per way of reading a communiqué, behind one interface.

- :mod:`~communique.backends.base`: the interface (``Backend``) and what it returns
  (``Extraction``);
- :mod:`~communique.backends.registry`: the backends by name, and ``create``;
- :mod:`~communique.backends.rules`: the offline, deterministic reader;
- :mod:`~communique.backends.openai`: any OpenAI-compatible endpoint through ``instructor``
  (the client, its modes and retries, the Batch API).

Each returns a draft of the words of the text; everything after (ground, normalise,
summarise) is shared. Nothing is imported here, so reading the registry stays light.
"""
