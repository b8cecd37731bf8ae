"""Evals: score records against hand-labelled cases, as the spec's scoring says.

- :mod:`~communique.evals.scoring`: the spec's metrics and the headline score;
- :mod:`~communique.evals.run`: loading cases, running the pipeline over them, gates, comparisons;
- :mod:`~communique.evals.report`: the one-page HTML report of a run.
"""
