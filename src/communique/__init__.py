"""communique: press communiqués about security cooperation as validated records.

>>> import communique
>>> record = communique.analyse(open("brief.txt").read())  # doctest: +SKIP
>>> record.meetings[0].parties  # doctest: +SKIP
['DK', 'MA']
>>> communique.analyse_many(communique.load(["briefs/"]), output=Path("records.jsonl"))  # doctest: +SKIP
Tally(total=12, done=12, failed=0, skipped=0, cached=0, tokens=0)

Every job of the command line is a function of :mod:`communique.api`, re-exported
here. The names below are imported on first use, so ``import communique`` stays light.
"""

from __future__ import annotations

from communique.version import __version__

#: typing.TYPE_CHECKING, without importing typing: a replay answers before anything needs it
#: (see :mod:`communique.replay`), and importing it took some 4 ms of a cache hit's 65.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from communique.api import (
        analyse,
        analyse_many,
        batch_status,
        configure,
        corpus,
        export_records,
        fetch_batch,
        load,
        make_translator,
        submit_batch,
        translate,
        translate_many,
    )
    from communique.batch import Tally
    from communique.config import Settings
    from communique.errors import (
        CommuniqueError,
        ConfigError,
        InputError,
        ModelError,
        OutputError,
        UsageError,
        ValidationFailed,
    )
    from communique.pipeline import Pipeline
    from communique.schema import Analysis, Source, Usage

_EXPORTS = {
    **dict.fromkeys(
        ("analyse", "analyse_many", "batch_status", "configure", "corpus", "export_records", "fetch_batch", "load",
         "make_translator", "submit_batch", "translate", "translate_many"),
        "api",
    ),
    "Tally": "batch",
    "Settings": "config",
    **dict.fromkeys(
        ("CommuniqueError", "ConfigError", "InputError", "ModelError", "OutputError", "UsageError",
         "ValidationFailed"),
        "errors",
    ),
    "Pipeline": "pipeline",
    **dict.fromkeys(("Analysis", "Source", "Usage"), "schema"),
}  # fmt: skip

__all__ = [
    "Analysis",
    "CommuniqueError",
    "ConfigError",
    "InputError",
    "ModelError",
    "OutputError",
    "Pipeline",
    "Settings",
    "Source",
    "Tally",
    "Usage",
    "UsageError",
    "ValidationFailed",
    "__version__",
    "analyse",
    "analyse_many",
    "batch_status",
    "configure",
    "corpus",
    "export_records",
    "fetch_batch",
    "load",
    "make_translator",
    "submit_batch",
    "translate",
    "translate_many",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(f"communique.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module 'communique' has no attribute {name!r}")
