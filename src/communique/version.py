"""The version of communique, recorded in every record's provenance."""

__version__ = "0.1.0"

#: The words the readable formats close on (``made by communique 0.1.0: rules``): a file that holds them near its
#: end was written by a run, and a later run that writes it again may leave it out of the communiqués it reads.
MADE_BY = "made by communique"
