"""communique: press communiqués about security cooperation as validated records.

>>> import communique
>>> record = communique.analyse(open("brief.txt").read())  # doctest: +SKIP
>>> record.meetings[0].parties  # doctest: +SKIP
['DK', 'MA']

The names below are imported on first use, so ``import communique`` stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .errors import CommuniqueError, ConfigError, InputError, ModelError, ValidationFailed
    from .pipeline import Pipeline, analyse
    from .schema import Analysis

_EXPORTS = {
    "analyse": "pipeline",
    "Pipeline": "pipeline",
    "Analysis": "schema",
    "CommuniqueError": "errors",
    "ConfigError": "errors",
    "InputError": "errors",
    "ModelError": "errors",
    "ValidationFailed": "errors",
}

__all__ = [
    "Analysis",
    "CommuniqueError",
    "ConfigError",
    "InputError",
    "ModelError",
    "Pipeline",
    "ValidationFailed",
    "__version__",
    "analyse",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'communique' has no attribute {name!r}")
