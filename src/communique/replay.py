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
and logs its row again, marked as a cache hit.

A run of one document whose record was made (or read back from the cache) keeps a
*hit* beside the replays: the key of its record in the cache and the row a read-back
logs, under the same key less the cache's mark. The next run of the command, the first
answered from the cache, is answered from there as early: the record's JSON text read
from the cache's database (:func:`communique.cache.peek`; made and checked by this same
code, which the record's key holds) and printed as the run would print it, marked as
read back. Only a clean record is (no repairs, problems or warnings: their run says
more on stderr and may end otherwise), printed as JSON (the run's output was checked
to be that, when the hit was kept), and only if the record's text reads back as it
was written (a number or a character written otherwise would show). Only ``summarise`` with options that
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

from communique.cache import HIT, REPLAYS, WRITTEN, noting, peek
from communique.errors import database_errors

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (see communique)
if TYPE_CHECKING:
    from typing import Any, TextIO

#: Bump when what is kept, or how its key is made, changes.
FORMAT = 1
#: How many replays (and as many hits) a cache keeps; the oldest go when a new one is kept.
KEEP = 256
#: The ending of a replay's file.
_REPLAY = ".json"

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
    """The lines of a ``.env`` file, a key's value replaced by whether it is set. Only a
    regular file is read: a FIFO named so would hold the run before it starts (the
    settings then say what is wrong with it)."""
    if not os.path.isfile(path):
        return []
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


def keys(argv: Sequence[str], *, cache_dir: str, data_dir: str, max_bytes: int,
         environ: Mapping[str, str] | None = None) -> tuple[str, str] | None:  # fmt: skip
    """The keys of the replay and of the hit of the run of ``argv`` (the arguments after
    ``communique``), or None when such a run is never replayed (a file named larger than
    ``max_bytes`` among them). The hit's is the replay's less the cache's mark: a write
    to the cache leaves a hit as it is, since it names the record it reads there."""
    environ = os.environ if environ is None else environ
    arguments = _arguments(argv, max_bytes)
    if arguments is None:
        return None
    package = os.path.dirname(os.path.abspath(__file__))
    material = {
        "format": FORMAT,
        "arguments": arguments,
        "cwd": os.getcwd(),
        "environment": _settings_env(environ),
        "dotenv": _dotenv(environ.get("COMMUNIQUE_ENV_FILE") or ".env"),
        "terminals": [os.isatty(descriptor) for descriptor in (0, 1, 2)],
        "today": _today(),
        "python": [sys.version, sys.executable],
        "packages": [_stamp(folder) for folder in site.getsitepackages()],
        "code": _tree(package),
        "prompts": [_tree(environ.get("COMMUNIQUE_PROMPTS_DIR") or ""), _tree(_checkout_prompts(package))],
        "log": [data_dir, os.path.exists(os.path.join(data_dir, "logs-off"))],
    }
    hit = _digest(material)
    return _digest({**material, "written": _written(cache_dir)}), hit


def _today() -> str:
    """Today's date, which a text's relative dates are read against: a function of its own,
    so that a run (a test of replays) can be held to one day whatever the clock says."""
    return time.strftime("%Y-%m-%d")


def _digest(material: dict[str, Any]) -> str:
    payload = json.dumps(material, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


def _written(cache_dir: str) -> str:
    """The mark every write to the cache rewrites (:data:`communique.cache.WRITTEN`)."""
    try:
        with open(os.path.join(cache_dir, REPLAYS, WRITTEN), "rb") as handle:
            return handle.read().hex()
    except OSError:
        return ""


def _path(cache_dir: str, name: str) -> str:
    return os.path.join(cache_dir, REPLAYS, name)


def load(cache_dir: str, replay_key: str) -> Replay | None:
    """The replay kept under ``replay_key``, or None."""
    try:
        with open(_path(cache_dir, replay_key + _REPLAY), encoding="utf-8") as handle:
            kept = json.load(handle)
        return Replay(kept["stdout"], kept["stderr"], int(kept["code"]), list(kept["calls"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def keep(cache_dir: str, replay_key: str, replay: Replay) -> None:
    """Keep ``replay`` under ``replay_key``."""
    _keep(cache_dir, replay_key + _REPLAY, {"stdout": replay.stdout, "stderr": replay.stderr, "code": replay.code,
                                            "calls": replay.calls})  # fmt: skip


def _keep(cache_dir: str, name: str, content: dict[str, Any]) -> None:
    """Keep ``content`` as the file ``name`` of the replays' folder (written whole, then
    renamed into place), and drop the oldest files of its ending beyond :data:`KEEP`."""
    folder = os.path.join(cache_dir, REPLAYS)
    target = _path(cache_dir, name)
    partial = f"{target}.{os.getpid()}.partial"
    ending = os.path.splitext(name)[1]
    try:
        os.makedirs(folder, exist_ok=True)
        with open(partial, "w", encoding="utf-8", errors="surrogatepass") as handle:
            json.dump(content, handle, ensure_ascii=False)
        os.replace(partial, target)
        kept = sorted((entry for entry in os.scandir(folder) if entry.name.endswith(ending)),
                      key=lambda entry: entry.stat().st_mtime_ns)  # fmt: skip
        for entry in kept[:-KEEP]:
            os.unlink(entry.path)
    except OSError:
        with suppress(OSError):
            os.unlink(partial)


def _printed(stored: str, *, cached: bool, duration: float) -> str | None:
    """What ``summarise`` prints of the one record kept as ``stored`` (the JSON text
    pydantic wrote), marked ``cached`` and as taking ``duration`` seconds; None for a
    record whose run says more (repairs, problems or warnings, on stderr), or whose text
    would not be written back here as it was (a number or a character that ``json``
    writes otherwise than pydantic)."""
    record = json.loads(stored)
    if json.dumps(record, ensure_ascii=False, separators=(",", ":")) != stored:
        return None
    provenance = record["provenance"]
    if any(provenance[name] for name in ("repairs", "problems", "warnings")):
        return None
    provenance.update(cached=cached, duration_s=duration)
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def recall(cache_dir: str, hit_key: str) -> Replay | None:
    """The run of the hit kept under ``hit_key`` (see above) as a replay: its record read
    back from the cache, printed as marked so and as taking the time the lookup took, and
    the row a read-back logs; None when there is no such hit, or no such record in the
    cache any more, or not one a hit prints."""
    started = time.perf_counter()
    try:
        with open(_path(cache_dir, hit_key + HIT), encoding="utf-8") as handle:
            kept = json.load(handle)
        stored = peek(cache_dir, kept["record"])
        if stored is None:
            return None
        printed = _printed(stored, cached=True, duration=round(time.perf_counter() - started, 3))
        return None if printed is None else Replay(printed, "", 0, [dict(kept["row"])])
    except database_errors(OSError, ValueError, KeyError, TypeError):
        return None


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
    kept, and at its end (its ``SystemExit``) it is kept as the replay of the first of
    ``run_keys`` (:func:`keys`) if its one record came from the cache (one call-log row,
    a cache hit), it ended with 0 or 5, nothing wrote under the text streams, no warning
    was logged, and the key is still the same (the run changed nothing it depends on).
    A run of one record, made or read back, that ended with 0 and printed nothing on
    stderr keeps a hit under the second key, if it is still the same, and if it printed
    the record as a hit prints it."""

    def __init__(self, run_keys: tuple[str, str], argv: Sequence[str], *, cache_dir: str, data_dir: str,
                 max_bytes: int) -> None:  # fmt: skip
        self.keys = run_keys
        self.max_bytes = max_bytes
        self.argv = list(argv)
        self.cache_dir = cache_dir
        self.data_dir = data_dir
        self._stack = ExitStack()
        self._tees: tuple[_Tee, _Tee] | None = None
        self._rows: list[dict[str, Any]] = []
        self._noted: list[str] = []
        self._warned = False

    def __enter__(self) -> Recording:
        import logging

        from communique.calllog import watching

        out, err = _Tee(sys.stdout), _Tee(sys.stderr)
        self._tees = (out, err)
        sys.stdout, sys.stderr = out, err
        self._stack.callback(self._restore)
        self._rows = self._stack.enter_context(watching())
        self._noted = self._stack.enter_context(noting())
        recording = self

        class _Warned(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                recording._warned = True

        handler = _Warned(logging.WARNING)
        logging.getLogger("communique").addHandler(handler)
        self._stack.callback(logging.getLogger("communique").removeHandler, handler)
        return self

    def _keys_now(self) -> tuple[str, str] | None:
        """The run's keys at its end: where it left what they hold as it was, the same (a
        failure to tell, the working folder gone, is None: the run is simply not kept)."""
        try:
            return keys(self.argv, cache_dir=self.cache_dir, data_dir=self.data_dir, max_bytes=self.max_bytes)
        except Exception:
            return None

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
        if code not in (0, 5) or len(self._rows) != 1 or out.bypassed or err.bypassed or self._warned:
            return
        (row,) = [{name: value for name, value in row.items() if name != "time"} for row in self._rows]
        replayed = bool(row.get("cached"))
        hit = code == 0 and not err.written and len(self._noted) == 1
        now = self._keys_now() if replayed or hit else None
        if now is None:
            return
        if replayed and now[0] == self.keys[0]:
            keep(
                self.cache_dir,
                self.keys[0],
                Replay("".join(out.written), "".join(err.written), int(code), [row]),
            )
        if hit and now[1] == self.keys[1]:
            self._keep_hit(self._noted[0], row, "".join(out.written))

    def _keep_hit(self, record_key: str, row: dict[str, Any], printed: str) -> None:
        """Keep the hit of this run, which printed ``printed`` of the record kept under
        ``record_key`` and logged ``row``, if a hit prints it as the run did and logs a row."""
        from communique.calllog import recalled

        again = recalled(row)
        try:
            stored = peek(self.cache_dir, record_key)
            shown = json.loads(printed)["provenance"]
            same = (
                stored is not None
                and _printed(stored, cached=shown["cached"], duration=shown["duration_s"]) == printed
            )
        except database_errors(ValueError, KeyError, TypeError):
            return
        if again is not None and same:
            _keep(self.cache_dir, self.keys[1] + HIT, {"record": record_key, "row": again})
