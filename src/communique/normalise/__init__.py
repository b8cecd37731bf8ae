"""Normalise: the only place where the words of a text become codes, deterministically.

- :mod:`~communique.normalise.record`: a backend's draft to the record (the entry point);
- :mod:`~communique.normalise.dates`: date words against the publication date;
- :mod:`~communique.normalise.places`: the gazetteer: countries, demonyms, cities, organisations;
- :mod:`~communique.normalise.names`: people's names, honorifics;
- :mod:`~communique.normalise.topics`: topic words to the fixed vocabulary.

Nothing is imported here: reading a text's dates or places (ingest does, before any record
exists) must not pay for the record's models.
"""
