"""Summarise: a French and an English summary of a record, written by code from templates.

A model writes its own summaries (checked by :mod:`communique.ground`); the offline
backend, and any record without them, gets these.
"""

from __future__ import annotations

from communique.summarise.templates import in_city_fr, in_country_fr, write

__all__ = ["in_city_fr", "in_country_fr", "write"]
