"""A corpus of records: one event however many communiqués report it, one person
however spelt, and an atlas of who met whom.

:mod:`~communique.corpus.read` reads saved records into meeting mentions,
:mod:`~communique.corpus.people` resolves who is who, :mod:`~communique.corpus.events`
merges the mentions of one encounter, :mod:`~communique.corpus.store` writes the
tables and :mod:`~communique.corpus.atlas` the page; :mod:`~communique.corpus.build`
runs them in that order.
"""
