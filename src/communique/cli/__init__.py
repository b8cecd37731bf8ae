"""The command line: a thin layer over the library API (:mod:`communique.api`).

Each module registers one group of commands on the typer application
(:mod:`~communique.cli.app`): it parses options, calls the API, and prints. Results go
to stdout (or ``-o FILE``), messages and errors to stderr, one line each.
Exit codes: 0 ok, 1 model or validation failure, 2 usage, 3 input or output error,
4 config error, 5 done with problems (named in ``provenance.problems``);
130 interrupted (Ctrl-C), 143 terminated (SIGTERM).

:func:`main` first looks for a replay of the command (:mod:`communique.replay`): the
same ``summarise`` run again with nothing changed is answered before typer, pydantic
or the reader are imported, and so is the first run of it answered from the cache (from
the hit the run that made its record kept). Every other run is
:func:`communique.cli.run.main`'s.
"""

from __future__ import annotations

import sys
import time

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (see communique)
if TYPE_CHECKING:
    from typing import NoReturn

    from communique.config import Settings
    from communique.replay import Recording, Replay


def main() -> None:
    """Console entry point: a replay if there is one, else the run (which a replay may
    be kept of)."""
    started = time.perf_counter()
    _no_pydantic_plugins()
    _standard_streams()
    try:
        recording = _replayed(started)
    except KeyboardInterrupt:
        print("communique: interrupted", file=sys.stderr)
        sys.exit(130)
    except BrokenPipeError:  # the reader of stdout went away: nothing more to say
        sys.stderr.close()
        sys.exit(0)
    except OSError as exc:  # stdout or stderr cannot be written (a full disk, …)
        print(f"communique: error: {exc.strerror or exc}", file=sys.stderr)
        sys.exit(3)
    from communique.cli.run import main as run

    if recording is None:
        run()
        return
    with recording:
        run()


def _no_pydantic_plugins() -> None:
    """Tell pydantic, before it is imported, that the command line uses no plugins:
    otherwise the first model it builds looks for them among the entry points of every
    installed distribution (a scan of their metadata that grows with the packages
    installed beside communique, some 15 ms of a run here). Set only if the user has not
    set it; the library, imported by another program, leaves this to that program."""
    import os

    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if os.environ["PYDANTIC_DISABLE_PLUGINS"] in _NO_PLUGINS and _PLUGIN_LOADER not in sys.modules:
        # pydantic's loader answers "none" then too, but its module imports importlib.metadata
        # first (and with it email, zipfile, csv and socket): a tenth of an offline summarise's
        # CPU time, for nothing. Its one function, as it answers when plugins are off, instead.
        import types

        loader = types.ModuleType(_PLUGIN_LOADER, "pydantic's plugin loader, plugins off (communique.cli)")
        loader.get_plugins = tuple  # type: ignore[attr-defined]  # no plugins: ()
        # (anything else a later pydantic asks of its loader comes from the real one, then imported)
        loader.__getattr__ = _from_the_real_loader  # type: ignore[method-assign]
        sys.modules[_PLUGIN_LOADER] = loader


def _from_the_real_loader(name: str) -> object:
    """What pydantic asks of its plugin loader that the stand-in of :func:`_no_pydantic_plugins` lacks:
    the real loader put back and asked (a pydantic newer than this stand-in may want more of it)."""
    if name.startswith("__"):  # (what the import system looks for on any module: "__path__", "__file__")
        raise AttributeError(name)
    import importlib

    sys.modules.pop(_PLUGIN_LOADER, None)
    return getattr(importlib.import_module(_PLUGIN_LOADER), name)


#: What ``PYDANTIC_DISABLE_PLUGINS`` is set to when no plugin is to load (as pydantic reads it).
_NO_PLUGINS = frozenset(["__all__", "1", "true"])
#: The module of pydantic that finds plugins (imported when the first model is built).
_PLUGIN_LOADER = "pydantic.plugin._loader"


class _Closed:
    """A standard stream the caller closed (``<&-``, ``>&-``, ``2>&-``), which Python
    gives as ``None``: reading or writing it is an :class:`OSError` that says so (was:
    ``internal error: AttributeError: 'NoneType' object has no attribute 'isatty'``, a
    traceback for a closed stdout)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def _closed(self, *args: object) -> NoReturn:
        import errno

        raise OSError(errno.EBADF, f"{self.name} is closed")

    read = readline = write = fileno = _closed

    @property
    def buffer(self) -> _Closed:
        return self

    def isatty(self) -> bool:
        return False

    def flush(self) -> None:
        pass


def _standard_streams() -> None:
    """Standard streams the caller closed: stdin and stdout are :class:`_Closed`, so
    that a command that needs one fails saying so; a closed stderr is the null device,
    so that messages are dropped, as asked (``print`` to a stream that is ``None``
    writes to stdout: messages went among the records)."""
    import os

    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115  (for the whole run)
    if sys.stdin is None:
        sys.stdin = _Closed("standard input")
    if sys.stdout is None:
        sys.stdout = _Closed("standard output")
    elif getattr(sys.stdout, "errors", None) == "strict" and hasattr(sys.stdout, "reconfigure"):
        import codecs

        codecs.register_error("communique", _escaped)
        sys.stdout.reconfigure(errors="communique")


def _escaped(error: UnicodeError) -> tuple[str, int]:
    """What standard output writes of characters its encoding cannot (``PYTHONIOENCODING=
    ascii``, a Latin-1 terminal): each as JSON escapes it, ``\\u00e9`` (a record printed
    as JSON is then the same record, in ASCII), and a byte of a name that is not UTF-8,
    which Python keeps as a surrogate, as ``\\xe9`` (was: ``internal error:
    UnicodeEncodeError`` at the first accented letter of a record, or of a path shown by
    ``config``)."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    written = []
    for char in error.object[error.start : error.end]:
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:
            written.append(f"\\x{code - 0xDC00:02x}")
        elif code > 0xFFFF:  # as a pair of UTF-16 halves, as JSON writes it
            code -= 0x10000
            written.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            written.append(f"\\u{code:04x}")
    return "".join(written), error.end


def _replayed(started: float) -> Recording | None:
    """Answer the command from its replay, and exit; else the recording of this run if
    it may become one, or None."""
    argv = sys.argv[1:]
    if not argv or argv[0] != "summarise":
        return None
    from communique import replay

    try:
        found = _replay_of(argv)
    except Exception:  # a replay only saves time: whatever fails here, the command runs
        return None
    if found is None:
        return None
    run_keys, kept, settings = found
    if kept is not None:
        sys.exit(replay.answer(kept, data_dir=settings.data_dir, started=started))
    return replay.Recording(run_keys, argv, cache_dir=settings.cache_dir, data_dir=settings.data_dir,
                            max_bytes=settings.max_bytes)  # fmt: skip


def _replay_of(argv: list[str]) -> tuple[tuple[str, str], Replay | None, Settings] | None:
    """The keys of this run's replay and hit, the replay if one is kept (or made of the
    hit, and kept for the next run), and the settings; None when the run is not one to
    replay. Settings that do not resolve raise (the caller then runs the command, which
    says why)."""
    from communique import replay
    from communique.config import resolve

    settings = resolve(quiet=True)  # the run says what there is to say of the settings
    if not (settings.cache and settings.log) or replay.offline(argv, settings.resolved_backend):
        return None
    run_keys = replay.keys(argv, cache_dir=settings.cache_dir, data_dir=settings.data_dir,
                           max_bytes=settings.max_bytes)  # fmt: skip
    if run_keys is None:
        return None
    kept = replay.load(settings.cache_dir, run_keys[0])
    if kept is None and (kept := replay.recall(settings.cache_dir, run_keys[1])) is not None:
        replay.keep(settings.cache_dir, run_keys[0], kept)
    return run_keys, kept, settings
