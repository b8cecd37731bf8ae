"""A run registers its own command alone (:func:`communique.cli.run._register`): each
command must be registered by the module the run imports for it."""

from __future__ import annotations

import importlib

from communique.cli import run
from communique.cli.app import app


def test_each_command_is_registered_by_the_module_a_run_of_it_imports() -> None:
    for module in set(run._REGISTERS.values()):
        importlib.import_module(f"communique.cli.{module}")
    registered = {
        (info.name or info.callback.__name__.replace("_", "-")): {info.callback.__module__}
        for info in app.registered_commands
        if info.callback is not None
    }
    for group in app.registered_groups:
        assert group.typer_instance is not None and group.name is not None
        registered[group.name] = {
            info.callback.__module__ for info in group.typer_instance.registered_commands if info.callback
        }
    assert registered == {name: {f"communique.cli.{module}"} for name, module in run._REGISTERS.items()}
