"""Replays: a command answered from the cache, answered again by reading one file.

``communique summarise brief.txt`` run a second time finds its record in the cache,
but it first pays for starting: typer, pydantic and the reader's modules cost some
twenty times the record's lookup. So a run whose one record came from the cache, and
that wrote to stdout alone, is kept here: what it printed (stdout, stderr), its exit
code and the call-log row it wrote, under a SHA-256 of everything it depends on:

- the arguments, the working directory and the contents of the files they name;
- the settings' environment variables and ``.env`` file (whether a key is set, never
  the key), where the default folders are (``HOME``, ``XDG_*``), the locale and
  whether each stream is a terminal;
- today's date (the relative dates of a text that gives none of its own);
- communique's code, data and prompts, the interpreter and the installed packages
  (their sizes and times of change);
- the cache's mark of its last write (:data:`communique.cache.WRITTEN`): a new entry,
  a ``--refresh`` or a ``cache clear`` leaves every replay behind. (Not the database's
  own time of change: diskcache rewrites it each time it opens it.)

The same command run again is answered from here before anything heavy is imported,
and logs its row again, marked as a cache hit. Only ``summarise`` with options that
write nothing but stdout is kept (not ``-o``, ``--errors``, ``--no-cache``,
``--refresh``, ``--api-key`` …); never stdin, a folder or a glob. A replay that cannot
be read or written is passed over: the command then runs as usual.

This module imports nothing heavy: it runs before the command line exists.
"""

from __future__ import annotations

import hashlib
import json
import os
import site
import stat
import sys
import time
from collections.abc import Mapping, Sequence
from contextlib import ExitStack, suppress
from types import TracebackType
from typing import Any, TextIO

from communique.cache import REPLAYS, WRITTEN

#: Bump when what is kept, or how its key is made, changes.
FORMAT = 1
#: How many replays a cache keeps; the oldest go when a new one is kept.
KEEP = 256

#: The options of ``summarise`` that take a value and change nothing but what is printed.
_VALUED = frozenset({"--format", "-f", "--lang", "--published", "--backend", "-b", "--model", "-m", "--base-url",
                     "--mode", "--prompt", "-p", "--max-retries", "--summaries"})  # fmt: skip
#: ... and those that take none.
_FLAGS = frozenset({"--strict", "--lenient", "--quiet", "-q"})
#: The options that may choose a model for the run, whatever the settings say.
_CHOOSING = frozenset({"--backend", "-b", "--model", "-m", "--base-url"})
#: Environment variables a run may depend on besides the settings' own.
_AROUND = ("HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "TZ", "TERM", "NO_COLOR", "FORCE_COLOR",
           "COLUMNS", "LINES", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "PYTHONIOENCODING", "PYTHONUTF8")  # fmt: skip


class Replay:
    """What one run printed and logged, and how it ended (a plain class: a replay is
    read before ``dataclasses`` need be imported)."""

    __slots__ = ("calls", "code", "stderr", "stdout")

    def __init__(self, stdout: str, stderr: str, code: int, calls: list[dict[str, Any]]) -> None:
        self.stdout = stdout
        self.stderr = stderr
        self.code = code
        #: The call-log rows the run wrote, without their time.
        self.calls = calls


def _secret(name: str) -> bool:
    return "KEY" in name.upper()


def _settings_env(environ: Mapping[str, str]) -> list[tuple[str, str]]:
    """The settings' variables (a key only as set or not) and those around a run."""
    chosen = [(name, value) for name, value in environ.items() if name.startswith(("COMMUNIQUE_", "OPENAI_"))]
    chosen += [(name, environ[name]) for name in _AROUND if name in environ]
    return sorted((name, "set" if _secret(name) and value else value) for name, value in chosen)


def _dotenv(path: str) -> list[str]:
    """The lines of a ``.env`` file, a key's value replaced by whether it is set."""
    try:
        with open(path, "rb") as handle:
            lines = handle.read().decode("utf-8", "replace").splitlines()
    except OSError:
        return []
    return [line.split("=", 1)[0] + "=set" if _secret(line.split("=", 1)[0]) and "=" in line else line
            for line in lines]  # fmt: skip


def _stamp(path: str) -> list[int]:
    """The size and time of change of ``path`` ([] when it does not exist)."""
    try:
        status = os.stat(path)
    except OSError:
        return []
    return [status.st_size, status.st_mtime_ns]


def _tree(folder: str) -> list[Any]:
    """Every file under ``folder`` (compiled caches aside) with its size and time of change."""
    found: list[Any] = []
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return found
    for entry in entries:
        if entry.name == "__pycache__":
            continue
        if entry.is_dir():
            found.append([entry.name, _tree(entry.path)])
        else:
            status = entry.stat()
            found.append([entry.name, status.st_size, status.st_mtime_ns])
    return found


def _checkout_prompts(package: str) -> str:
    """The ``prompts/`` folder of a source checkout, beside ``src/``: where prompts are read
    from when they were not installed with the package (which :func:`_tree` of the package
    covers), unless ``COMMUNIQUE_PROMPTS_DIR`` says otherwise
    (:func:`communique.prompts.prompts_dir`, not imported here: it compiles patterns)."""
    return os.path.join(os.path.dirname(os.path.dirname(package)), "prompts")


def _arguments(argv: Sequence[str], max_bytes: int) -> list[Any] | None:
    """The arguments with the contents of the files they name, or None when the
    command is not one to replay."""
    if not argv or argv[0] != "summarise":
        return None
    found: list[Any] = []
    expects_value = False
    for token in argv[1:]:
        if not expects_value and token.startswith("-"):
            name = token.split("=", 1)[0]
            if token == "-" or (name not in _VALUED and name not in _FLAGS):
                return None
            expects_value = name in _VALUED and "=" not in token
            found.append(token)
            continue
        expects_value = False
        if any(mark in token for mark in "*?["):
            return None
        try:
            status = os.stat(token)
        except (OSError, ValueError):  # no such file (an option's value, or the run's error to say)
            found.append(token)
            continue
        if not stat.S_ISREG(status.st_mode) or status.st_size > max_bytes:
            return None  # a folder, a pipe or a device (never read twice), or too large to read
        with open(token, "rb") as handle:
            found.append([token, hashlib.sha256(handle.read()).hexdigest()])
    return found if not expects_value else None


def offline(argv: Sequence[str], backend: str) -> bool:
    """Whether the run of ``argv`` (the arguments after ``communique``) reads offline:
    ``backend`` is the one the settings resolve to, and no option chooses another. The
    offline reader's records are never cached, so such a run is never replayed and its
    key need not be made (which costs as much as a tenth of the run)."""
    return backend == "rules" and not any(token.split("=", 1)[0] in _CHOOSING for token in argv[1:])


def key(argv: Sequence[str], *, cache_dir: str, data_dir: str, max_bytes: int,
        environ: Mapping[str, str] | None = None) -> str | None:  # fmt: skip
    """The key of the run of ``argv`` (the arguments after ``communique``), or None when
    such a run is never replayed (a file named larger than ``max_bytes`` among them)."""
    environ = os.environ if environ is None else environ
    arguments = _arguments(argv, max_bytes)
    if arguments is None:
        return None
    database = os.path.join(cache_dir, "cache.db")
    if not os.path.exists(database):
        return None
    package = os.path.dirname(os.path.abspath(__file__))
    material = {
        "format": FORMAT,
        "arguments": arguments,
        "cwd": os.getcwd(),
        "environment": _settings_env(environ),
        "dotenv": _dotenv(environ.get("COMMUNIQUE_ENV_FILE", ".env")),
        "terminals": [os.isatty(descriptor) for descriptor in (0, 1, 2)],
        "today": time.strftime("%Y-%m-%d"),
        "python": [sys.version, sys.executable],
        "packages": [_stamp(folder) for folder in site.getsitepackages()],
        "code": _tree(package),
        "prompts": [_tree(environ.get("COMMUNIQUE_PROMPTS_DIR") or ""), _tree(_checkout_prompts(package))],
        "written": _written(cache_dir),
        "log": [data_dir, os.path.exists(os.path.join(data_dir, "logs-off"))],
    }
    payload = json.dumps(material, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


def _written(cache_dir: str) -> str:
    """The mark every write to the cache rewrites (:data:`communique.cache.WRITTEN`)."""
    try:
        with open(os.path.join(cache_dir, REPLAYS, WRITTEN), "rb") as handle:
            return handle.read().hex()
    except OSError:
        return ""


def _path(cache_dir: str, replay_key: str) -> str:
    return os.path.join(cache_dir, REPLAYS, replay_key + ".json")


def load(cache_dir: str, replay_key: str) -> Replay | None:
    """The replay kept under ``replay_key``, or None."""
    try:
        with open(_path(cache_dir, replay_key), encoding="utf-8") as handle:
            kept = json.load(handle)
        return Replay(kept["stdout"], kept["stderr"], int(kept["code"]), list(kept["calls"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def keep(cache_dir: str, replay_key: str, replay: Replay) -> None:
    """Keep ``replay`` under ``replay_key`` (written whole, then renamed into place), and
    drop the oldest replays beyond :data:`KEEP`."""
    folder = os.path.join(cache_dir, REPLAYS)
    target = _path(cache_dir, replay_key)
    partial = f"{target}.{os.getpid()}.partial"
    try:
        os.makedirs(folder, exist_ok=True)
        with open(partial, "w", encoding="utf-8", errors="surrogatepass") as handle:
            json.dump({"stdout": replay.stdout, "stderr": replay.stderr, "code": replay.code,
                       "calls": replay.calls}, handle, ensure_ascii=False)  # fmt: skip
        os.replace(partial, target)
        kept = sorted((entry for entry in os.scandir(folder) if entry.name.endswith(".json")),
                      key=lambda entry: entry.stat().st_mtime_ns)  # fmt: skip
        for entry in kept[:-KEEP]:
            os.unlink(entry.path)
    except OSError:
        with suppress(OSError):
            os.unlink(partial)


def answer(replay: Replay, *, data_dir: str, started: float) -> int:
    """Print what ``replay`` printed, log its rows again (now, with this run's duration,
    unless the log is off) and return its exit code."""
    sys.stdout.write(replay.stdout)
    sys.stdout.flush()
    sys.stderr.write(replay.stderr)
    sys.stderr.flush()
    if replay.calls:
        from communique.calllog import CallLog, now

        log = CallLog(data_dir)
        if log.enabled:
            for row in replay.calls:
                log.insert({**row, "time": now(), "duration_s": round(time.perf_counter() - started, 3)})
    return replay.code


class _Tee:
    """A text stream that passes on what is written to it, and keeps it."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.written: list[str] = []
        #: Set when something asked for the bytes underneath, which are not kept.
        self.bypassed = False

    def write(self, text: str) -> int:
        self.written.append(text)
        return self.stream.write(text)

    @property
    def buffer(self) -> Any:
        self.bypassed = True
        return self.stream.buffer

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


class Recording:
    """A run of the command line that may become a replay: what it prints and logs is
    kept, and at its end (its ``SystemExit``) it is kept as the replay of ``replay_key``
    if its one record came from the cache (one call-log row, a cache hit), it ended with
    0 or 5, nothing wrote under the text streams, no warning was logged, and the key is
    still the same (the run changed nothing it depends on)."""

    def __init__(self, replay_key: str, argv: Sequence[str], *, cache_dir: str, data_dir: str,
                 max_bytes: int) -> None:  # fmt: skip
        self.key = replay_key
        self.max_bytes = max_bytes
        self.argv = list(argv)
        self.cache_dir = cache_dir
        self.data_dir = data_dir
        self._stack = ExitStack()
        self._tees: tuple[_Tee, _Tee] | None = None
        self._rows: list[dict[str, Any]] = []
        self._warned = False

    def __enter__(self) -> Recording:
        import logging

        from communique.calllog import watching

        out, err = _Tee(sys.stdout), _Tee(sys.stderr)
        self._tees = (out, err)
        sys.stdout, sys.stderr = out, err
        self._stack.callback(self._restore)
        self._rows = self._stack.enter_context(watching())
        recording = self

        class _Warned(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                recording._warned = True

        handler = _Warned(logging.WARNING)
        logging.getLogger("communique").addHandler(handler)
        self._stack.callback(logging.getLogger("communique").removeHandler, handler)
        return self

    def _unchanged(self) -> bool:
        """Whether the run left everything its key holds as it was (a failure to tell, the
        working folder gone, is a no: the run is simply not kept)."""
        try:
            now = key(self.argv, cache_dir=self.cache_dir, data_dir=self.data_dir, max_bytes=self.max_bytes)
        except Exception:
            return False
        return now == self.key

    def _restore(self) -> None:
        assert self._tees is not None
        sys.stdout, sys.stderr = self._tees[0].stream, self._tees[1].stream

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:  # fmt: skip
        self._stack.close()
        code: object = 0 if kind is None else exc.code if isinstance(exc, SystemExit) else 1
        code = 0 if code is None else code
        assert self._tees is not None
        out, err = self._tees
        if (
            code in (0, 5)
            and isinstance(code, int)
            and len(self._rows) == 1
            and self._rows[0].get("cached")
            and not (out.bypassed or err.bypassed or self._warned)
            and self._unchanged()
        ):
            calls = [{name: value for name, value in row.items() if name != "time"} for row in self._rows]
            keep(
                self.cache_dir, self.key, Replay("".join(out.written), "".join(err.written), int(code), calls)
            )
