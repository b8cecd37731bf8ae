"""A corpus of records: one event however many communiqués report it, one person
however spelt, and an atlas of who met whom.

:mod:`~communique.corpora.read` reads saved records into meeting mentions,
:mod:`~communique.corpora.people` resolves who is who, :mod:`~communique.corpora.events`
merges the mentions of one encounter, :mod:`~communique.corpora.store` writes the
tables and :mod:`~communique.corpora.atlas` the page; :mod:`~communique.corpora.build`
runs them in that order.
"""
