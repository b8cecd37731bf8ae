"""The model backend: any OpenAI-compatible chat endpoint, through ``instructor``.

- :mod:`~communique.backends.openai.backend`: :class:`OpenAIBackend`, one call per communiqué;
- :mod:`~communique.backends.openai.client`: the schema-driven client every model job shares;
- :mod:`~communique.backends.openai.modes`: the structured-output modes and how ``auto`` picks one;
- :mod:`~communique.backends.openai.retry`: transient faults, backoff, the shared throttle;
- :mod:`~communique.backends.openai.batchapi`: the OpenAI Batch API.

Nothing is imported here: choosing a mode or reading the registry stays light.
"""
