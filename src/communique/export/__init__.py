"""Export: records written out, one registry of formats.

- :mod:`~communique.export.formats`: the registry (name → writer, resumable, needs a file);
- :mod:`~communique.export.text`: JSON, Markdown cards, CSV rows;
- :mod:`~communique.export.html`: a page of records beside their highlighted texts;
- :mod:`~communique.export.sqlite`: a database of joined tables;
- :mod:`~communique.export.sinks`: where a batch's results go as they come;
- :mod:`~communique.export.files`: safe writes (atomic, never clobbering without force).
"""
