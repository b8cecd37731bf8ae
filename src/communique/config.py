"""Configuration: flags, then environment, then ``.env``, then defaults.

Every setting has one environment variable (``COMMUNIQUE_*``; the endpoint and key
also answer to the ``OPENAI_*`` names the openai client uses). ``communique config``
prints the resolved values, where each came from, and the key masked.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from communique.errors import ConfigError

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (see communique)
if TYPE_CHECKING:
    from typing import Any

#: Who may write the summaries of a model's record.
SUMMARIES = ("auto", "model", "code")
#: What the offline reading may complete of a model's record.
COMPLETIONS = ("auto", "gaps", "decisions", "off")


def _default_cache_dir() -> str:
    from platformdirs import user_cache_dir

    return user_cache_dir("communique", appauthor=False)


def _default_data_dir() -> str:
    from platformdirs import user_data_dir

    return user_data_dir("communique", appauthor=False)


def _bool(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError(f"{value!r} is not a yes/no value")


def _choice(value: str) -> str:
    """One of a setting's words, as a careless ``.env`` or shell writes it: blanks around
    it (``COMMUNIQUE_MODE=tools `` , a line read with its break) and capitals
    (``COMMUNIQUE_BACKEND=Rules``) are not part of it (was: refused, ``backend 'rules\\n'
    is not one of auto, rules, openai``)."""
    return value.strip().lower()


@dataclass(frozen=True)
class _Spec:
    env: tuple[str, ...]
    parse: Callable[[str], Any]
    default: Callable[[], Any]
    help: str
    secret: bool = False


SPECS: dict[str, _Spec] = {
    "backend": _Spec(("COMMUNIQUE_BACKEND",), _choice, lambda: "auto",
                     "rules (offline), openai (any OpenAI-compatible endpoint), or auto: openai when a model is set"),
    "model": _Spec(("COMMUNIQUE_MODEL",), str, lambda: None, "model name, e.g. gpt-4o-mini or llama3.1"),
    "base_url": _Spec(("COMMUNIQUE_BASE_URL", "OPENAI_BASE_URL"), str, lambda: None,
                      "endpoint, e.g. http://localhost:11434/v1 (default: OpenAI)"),
    "api_key": _Spec(("COMMUNIQUE_API_KEY", "OPENAI_API_KEY"), str, lambda: None,
                     "API key of the endpoint", secret=True),
    "mode": _Spec(("COMMUNIQUE_MODE",), _choice, lambda: "auto",
                  "structured-output mode: tools, json_schema, json, md_json, or auto"),
    "prompt": _Spec(("COMMUNIQUE_PROMPT",), str, lambda: "extract", "prompt, e.g. extract@v1 (default: newest)"),
    "max_retries": _Spec(("COMMUNIQUE_MAX_RETRIES",), int, lambda: 2,
                         "re-asks after a reply fails validation"),
    "timeout": _Spec(("COMMUNIQUE_TIMEOUT",), float, lambda: None,
                     "seconds without a byte from the endpoint before a request is given up and retried "
                     "(default: 120, or 600 for a model on this machine)"),
    "deadline": _Spec(("COMMUNIQUE_DEADLINE",), float, lambda: None,
                      "longest time one reply may take in all, however steadily it comes (default: 600, or 1800 "
                      "for a model on this machine)"),
    "retry_seconds": _Spec(("COMMUNIQUE_RETRY_SECONDS",), float, lambda: 90.0,
                           "longest total time spent retrying transient faults (429, 5xx, timeouts)"),
    "temperature": _Spec(("COMMUNIQUE_TEMPERATURE",), float, lambda: 0.0, "sampling temperature"),
    "max_tokens": _Spec(("COMMUNIQUE_MAX_TOKENS",), int, lambda: 2048, "largest reply, in tokens"),
    "summaries": _Spec(("COMMUNIQUE_SUMMARIES",), _choice, lambda: "auto",
                       "who writes the summaries with a model: model, code, or auto (code for a model on this "
                       "machine, where every token costs seconds; the model elsewhere)"),
    "complete": _Spec(("COMMUNIQUE_COMPLETE",), _choice, lambda: "auto",
                      "what of a model's record the offline reading of the same text completes: gaps (what the "
                      "reply leaves empty), decisions (also kind, status, parties, topics, outcomes where it "
                      "read the encounter), off, or auto (decisions for a model on this machine, else gaps)"),
    "strict": _Spec(("COMMUNIQUE_STRICT",), _bool, lambda: False,
                    "fail a document whose reply keeps a problem after the last attempt, instead of giving the "
                    "best reply repaired, with its problems named"),
    "cache": _Spec(("COMMUNIQUE_CACHE",), _bool, lambda: True, "cache results on disk"),
    "log": _Spec(("COMMUNIQUE_LOG",), _bool, lambda: True, "log model calls (communique logs)"),
    "cache_dir": _Spec(("COMMUNIQUE_CACHE_DIR",), str, _default_cache_dir, "where the cache lives"),
    "data_dir": _Spec(("COMMUNIQUE_DATA_DIR",), str, _default_data_dir, "where the call log lives"),
    "max_bytes": _Spec(("COMMUNIQUE_MAX_BYTES",), int, lambda: 1_000_000, "largest input accepted, in bytes"),
    "rpm": _Spec(("COMMUNIQUE_RPM",), int, lambda: None,
                 "most requests per minute sent to the endpoint, across every thread (unset: no limit)"),
    "glossary": _Spec(("COMMUNIQUE_GLOSSARY",), str, lambda: None,
                      "a glossary file (TSV) that extends the shipped one for translate"),
}  # fmt: skip


@dataclass(frozen=True)
class Settings:
    """Resolved settings. Build with :func:`resolve`."""

    backend: str
    model: str | None
    base_url: str | None
    api_key: str | None
    mode: str
    prompt: str
    max_retries: int
    timeout: float | None
    deadline: float | None
    retry_seconds: float
    temperature: float
    max_tokens: int
    summaries: str
    complete: str
    strict: bool
    cache: bool
    log: bool
    cache_dir: str
    data_dir: str
    max_bytes: int
    rpm: int | None
    glossary: str | None
    #: Where each value came from: "flag", "env VAR", ".env VAR" or "default".
    origins: Mapping[str, str]

    def __repr__(self) -> str:  # never show the key, even in a traceback
        shown = ", ".join(f"{k}={v!r}" for k, v in self.public().items())
        return f"Settings({shown})"

    @property
    def resolved_backend(self) -> str:
        """The backend that runs: ``auto`` means the model backend when a model is set."""
        if self.backend == "auto":
            return "openai" if self.model else "rules"
        return self.backend

    @property
    def local(self) -> bool:
        """Whether the endpoint is on this machine (a loopback address): a local model is
        slow, not dead, and every token it writes costs seconds."""
        return loopback(urlsplit(self.base_url or OPENAI_URL).hostname or "")

    @property
    def needs_key(self) -> bool:
        """Whether the endpoint is OpenAI's own, which answers nothing without a key (a
        server of one's own takes any)."""
        return (urlsplit(self.base_url or OPENAI_URL).hostname or "").endswith("openai.com")

    @property
    def idle_seconds(self) -> float:
        """Seconds without a byte from the endpoint before a request is given up: the
        setting, else 120 (600 on this machine, which may think long before its first token)."""
        return self.timeout if self.timeout is not None else (600.0 if self.local else 120.0)

    @property
    def deadline_seconds(self) -> float:
        """Seconds one reply may take in all: the setting, else 600 (1800 on this machine)."""
        return self.deadline if self.deadline is not None else (1800.0 if self.local else 600.0)

    @property
    def model_summaries(self) -> bool:
        """Whether the model writes the summaries (else code writes them from the record)."""
        return self.summaries == "model" or (self.summaries == "auto" and not self.local)

    @property
    def decide(self) -> bool:
        """Whether the offline reading's decisions replace a model's (a small model reads
        the words well, not what they mean): see :mod:`communique.reconcile`."""
        return self.complete == "decisions" or (self.complete == "auto" and self.local)

    @property
    def endpoint_host(self) -> str:
        """The endpoint's host (and port), for provenance: never a path, query or key."""
        url = urlsplit(self.base_url or OPENAI_URL)
        return url.hostname + (f":{url.port}" if url.port else "") if url.hostname else "unknown"

    @property
    def secrets(self) -> tuple[str, ...]:
        """What must never be shown, logged or stored: the API key, and the credentials a
        base URL may carry (``https://user:KEY@host/v1``, ``…/v1?api-key=KEY``)."""
        return tuple(secret for secret in (self.api_key, *url_secrets(self.base_url)) if secret)

    def shaping(self) -> dict[str, Any]:
        """The settings a record may depend on, never the key: all but those that only
        say how and where the work is done (waits, rate, cache, logs, folders)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in _OPERATIONAL}

    def public(self) -> dict[str, Any]:
        """The settings with the key masked and the waits in effect, for display."""
        values = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "origins"}
        values["api_key"] = mask(self.api_key)
        values["base_url"] = public_url(self.base_url) if self.base_url else None
        values["timeout"], values["deadline"] = self.idle_seconds, self.deadline_seconds
        # the key pasted where another setting goes (a model's name, a folder) is masked there too
        secrets = [secret for secret in self.secrets if len(secret) >= FRAGMENT]
        return {name: redact(value, secrets) if isinstance(value, str) and name != "api_key" else value
                for name, value in values.items()}  # fmt: skip


#: Settings that change how and where a record is made, never what it says.
_OPERATIONAL = frozenset(
    {
        "api_key",
        "origins",
        "timeout",
        "deadline",
        "retry_seconds",
        "cache",
        "log",
        "cache_dir",
        "data_dir",
        "rpm",
    }
)

#: The endpoint when no base URL is set.
OPENAI_URL = "https://api.openai.com/v1"


def loopback(host: str) -> bool:
    """Whether ``host`` names this machine (``localhost``, ``127.x.x.x``, ``::1``)."""
    return host in {"localhost", "::1"} or host.startswith("127.")


#: The shortest piece of a secret that counts as leaking it.
FRAGMENT = 8


@lru_cache(maxsize=8)
def _fragments(secret: str) -> re.Pattern[str]:
    """Every piece of ``FRAGMENT`` characters of a secret (the whole of a shorter one)."""
    pieces = {secret[i : i + FRAGMENT] for i in range(max(1, len(secret) - FRAGMENT + 1))}
    return re.compile("(?=(" + "|".join(re.escape(p) for p in sorted(pieces)) + "))")


#: A secret: one, none, or several (:attr:`Settings.secrets`).
Secrets = str | Iterable[str] | None


def _each(secrets: Secrets) -> list[str]:
    if secrets is None or isinstance(secrets, str):
        return [secrets] if secrets else []
    return [secret for secret in secrets if secret]


#: A terminal's escape sequence whole: a control sequence (``ESC [ … m``, or its one-byte
#: introducer), an operating-system command to its end (``ESC ] 8 ; ; URL BEL``: a hyperlink,
#: a window's title), a string command (DCS, SOS, PM, APC), or ESC and one character.
#: (:data:`communique.text.ESCAPE_SEQUENCE` is the same: config is read on the replay's path,
#: which does not import the text's module.)
ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]{0,4096}(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -~]?"
)

#: Characters that show as nothing: controls, format characters (zero-width spaces and
#: joiners, soft hyphens, controls of text direction, tags), variation selectors, fillers.
_INVISIBLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb\U000e0000-\U000e0fff]"
)


def visible(text: str) -> str:
    """``text`` as it shows: without escape sequences and the characters that show as
    nothing, in compatibility form (fullwidth ``ｓｋ`` is ``sk``). A secret written with
    such characters between its own is the secret once they are dropped, as every
    message and record drops them."""
    return unicodedata.normalize("NFKC", _INVISIBLE.sub("", ESCAPE_SEQUENCE.sub("", text)))


def leaks(text: str, secrets: Secrets) -> bool:
    """Whether ``text`` holds a secret or any piece of one of ``FRAGMENT`` characters, as
    it is written or as it shows (:func:`visible`)."""
    each = _each(secrets)
    if not each:
        return False
    shown = visible(text)
    return any(
        _fragments(s).search(text) is not None or _fragments(s).search(shown) is not None for s in each
    )


def redact(text: str, secrets: Secrets) -> str:
    """``text`` with every piece of a secret of ``FRAGMENT`` characters or more (the
    whole of a shorter one) replaced by ``****``: fit to print, log or store. A secret
    hidden among characters that show as nothing is masked in the text as it shows
    (:func:`visible`), which is then what is returned."""
    if not _each(secrets):
        return text
    masked = _masked(text, secrets)
    if leaks(masked, secrets):
        masked = _masked(visible(masked), secrets)
    return masked


def _masked(text: str, secrets: Secrets) -> str:
    """``text`` with every piece of a secret as written replaced by ``****``."""
    covered = [False] * len(text)
    for secret in _each(secrets):
        for match in _fragments(secret).finditer(text):
            for i in range(match.start(), match.start() + len(match.group(1))):
                covered[i] = True
    if not any(covered):
        return text
    out, i = [], 0
    while i < len(text):
        if covered[i]:
            while i < len(text) and covered[i]:
                i += 1
            out.append("****")
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


#: The credentials of a URL: what comes between ``//`` and the last ``@`` before the
#: path, as HTTP clients read it (a password written with an ``@`` in it, unescaped,
#: is the whole of it: ``//user:p@ss@host``, not ``p``).
_USERINFO = re.compile(r"(?<=//)[^/?#]*@")
#: The shortest user name or value of a query that is taken for a credential (``admin``,
#: ``api-version=1`` are not; ``sk-…``, ``key=…`` are); a password always is.
_SHORTEST_KEY = 8


#: A segment of a URL's path that is a key, as some gateways take one: a key's prefix
#: (``/sk-…/v1``), or a long run of letters and digits mixed (a model's or a deployment's
#: name, ``gpt-4o-mini-2024-07-18``, is shorter; an account's id of 32 is masked with it).
_PATH_KEY = re.compile(r"(?:sk|rk|pk|key|token)[-_][\w-]{16,}|(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{32,}")


def _path_secrets(url: str) -> list[str]:
    """The keys written in ``url``'s path: a segment that is one (:data:`_PATH_KEY`), and a
    value of a segment's parameters long enough to be one (``/v1;token=…``)."""
    path = _USERINFO.sub("", url.partition("#")[0].partition("?")[0], count=1)
    path = path.partition("//")[2].partition("/")[2] if "//" in path else ""
    found = []
    for segment in path.split("/"):
        name, *parameters = segment.split(";")
        found += [name] if _PATH_KEY.fullmatch(name) else []
        found += [v for v in (p.partition("=")[2] for p in parameters) if len(v) >= _SHORTEST_KEY]
    return found


def url_secrets(url: str | None) -> list[str]:
    """The credentials a URL carries: the password before its host, a key written in its
    path, and a user name or value of its query long enough to be a key."""
    if not url:
        return []
    found = []
    for info in _USERINFO.findall(url):
        user, _, password = info[:-1].partition(":")
        found += [password, user if len(user) >= _SHORTEST_KEY else ""]
    found += _path_secrets(url)
    query = url.partition("?")[2].partition("#")[0]
    found += [value for _, value in parse_qsl(query) if len(value) >= _SHORTEST_KEY]
    fragment = url.partition("#")[2]  # never sent: whatever is written there is someone's note, or a key
    found += [fragment] if len(fragment) >= _SHORTEST_KEY else []
    return [secret for secret in found if secret]


def public_url(url: str) -> str:
    """``url`` fit to show: its credentials, a key in its path, the values of its query and
    a fragment long enough to be a key as ``****`` (``#top`` is shown)."""
    for secret in _path_secrets(url):
        url = url.replace(secret, "****")
    shown, hash_mark, fragment = _USERINFO.sub("****@", url, count=1).partition("#")
    fragment = "****" if len(fragment) >= _SHORTEST_KEY else fragment
    base, mark, query = shown.partition("?")
    if not mark:
        return base + hash_mark + fragment
    fields = [
        name + ("=****" if sep else "") for name, sep, _ in (p.partition("=") for p in query.split("&"))
    ]
    return base + "?" + "&".join(fields) + hash_mark + fragment


def mask(secret: str | None) -> str | None:
    """``"sk-abc…"`` → ``"****wxyz"``: enough to tell keys apart, not to use one."""
    if not secret:
        return None
    return "****" + secret[-4:] if len(secret) >= 12 else "****"


def _env_file(environ: Mapping[str, str], given: Path | None = None) -> tuple[Path, bool]:
    """The ``.env`` file to read (``given``, else ``COMMUNIQUE_ENV_FILE``, else ``./.env``;
    the variable empty is unset, as every setting's is), and whether it was named: one
    named must be a file that can be read, while ``./.env`` may be anything or nothing (a
    virtual environment's folder is often called so)."""
    if given is not None:
        return given, True
    named = environ.get("COMMUNIQUE_ENV_FILE") or ""
    return Path(named or ".env"), bool(named)


def _dotenv(path: Path, *, quiet: bool = False, named: bool = False) -> dict[str, str]:
    """The settings of a ``.env`` file. Its lines that are not ``KEY=value`` are left
    out, and said once a run by their numbers (their words are never quoted: a key may
    be among them) instead of python-dotenv's own line on stderr (``python-dotenv could
    not parse statement starting at line 1``, outside communique's one-line messages);
    ``quiet``: not said (a look for a replay, before the run that says it). A file
    ``named`` (:func:`_env_file`) that is a folder, a FIFO or a device is a
    :class:`ConfigError` (was: passed over in silence, the settings it was meant to give
    missing from the run without a word), and so is one that cannot be read; one that
    does not exist gives no settings."""
    if not path.is_file():
        if named and (what := _not_a_file(path)) is not None:
            raise ConfigError(f"the .env file {path} is {what}: name a file of KEY=value lines")
        return {}
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:  # its bytes are never quoted: a key may be among them
        raise ConfigError(
            f"the .env file {path} is not UTF-8 text (byte {exc.start + 1}); it holds KEY=value lines"
        ) from None
    except OSError as exc:
        raise ConfigError(f"the .env file {path} cannot be read ({exc.strerror or exc})") from None
    values, unparsed = _parsed(text)
    if unparsed:
        # a quote left open runs on to the next quote, lines below, taking the settings between
        # as its value (was: those settings lost without a word, the warning naming line 1
        # alone); no setting of communique spans lines, so each line is read on its own too
        lines = [_parsed(line) for line in text.split("\n")]  # python-dotenv's lines
        values = {**values, **{k: v for each, _ in lines for k, v in each.items()}}
        unparsed = [number for number, (_, bad) in enumerate(lines, 1) if bad]
    if unparsed and not quiet and (said := (str(path), tuple(unparsed))) not in _SAID:
        import logging

        _SAID.add(said)
        lines_said = ", ".join(map(str, unparsed[:10])) + (", …" if len(unparsed) > 10 else "")
        logging.getLogger("communique").warning(
            f"the .env file {path}: line{'s' if len(unparsed) > 1 else ''} {lines_said} not KEY=value; ignored"
        )
    if not quiet:
        _unknown_names(path, values)
    return values


#: Every ``COMMUNIQUE_*`` variable communique reads: its settings' (:data:`SPECS`) and the others.
_KNOWN_NAMES = (
    *(name for spec in SPECS.values() for name in spec.env if name.startswith("COMMUNIQUE_")),
    "COMMUNIQUE_ENV_FILE",
    "COMMUNIQUE_PROMPTS_DIR",
)


def _unknown_names(path: Path, values: Mapping[str, str]) -> None:
    """Warn, once a run, of a ``COMMUNIQUE_*`` name of a ``.env`` file that is none of
    communique's, naming the nearest (was: ``COMMUNIQUE_TIMOUT=5`` passed over in silence,
    the run with the default timeout). Other names are let be: a ``.env`` serves other
    tools too. Only names are said, never values."""
    for name in values:
        if not name.startswith("COMMUNIQUE_") or name in _KNOWN_NAMES:
            continue
        if (said := (str(path), name)) in _SAID:
            continue
        import logging

        from communique.text import quoted  # here only: the reader's patterns, 6 ms of every start

        _SAID.add(said)
        near = _nearest(
            name.removeprefix("COMMUNIQUE_"), [other.removeprefix("COMMUNIQUE_") for other in _KNOWN_NAMES]
        )
        logging.getLogger("communique").warning(
            f"the .env file {path}: {quoted(name, 40)} is no setting of communique"
            + (f" (did you mean COMMUNIQUE_{near[0]}?)" if near else "")
            + "; ignored"
        )


def _parsed(text: str) -> tuple[dict[str, str], list[int]]:
    """The settings python-dotenv reads in ``text``, and the numbers of the lines where
    it could read none, said by communique instead of python-dotenv's own line on stderr
    (``python-dotenv could not parse statement starting at line 1``, outside communique's
    one-line messages)."""
    import io
    import logging

    from dotenv import dotenv_values

    unparsed: list[int] = []

    def kept(record: logging.LogRecord) -> bool:
        if "could not parse statement" not in str(record.msg):
            return True
        args = record.args if isinstance(record.args, tuple) else (record.args,)
        unparsed.extend(line for line in args if isinstance(line, int))
        return False

    told = logging.getLogger("dotenv.main")
    told.addFilter(kept)
    try:
        values = dotenv_values(stream=io.StringIO(text))
    finally:
        told.removeFilter(kept)
    return {k: v for k, v in values.items() if v is not None}, unparsed


def _not_a_file(path: Path) -> str | None:
    """What is at ``path``, which is no regular file: a folder, a FIFO, a link that leads
    round in a loop, … ; None if nothing is."""
    import stat

    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:  # a loop of links, a name too long, a folder on the way that is a file
        return f"not to be opened ({exc.strerror or exc})"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    return "a device or a socket"


#: The lines of .env files said not to be settings, and their names said to be none of
#: communique's (once a run, not at each reading).
_SAID: set[tuple[str, tuple[int, ...] | str]] = set()


def resolve(
    flags: Mapping[str, Any] | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    env_file: Path | None = None,
    quiet: bool = False,
) -> Settings:
    """Resolve every setting: a flag that is not None wins, then the environment, then
    the ``.env`` file (``COMMUNIQUE_ENV_FILE`` or ``./.env``), then the default.
    ``quiet``: lines of the ``.env`` file that are not settings are not said (yet)."""
    flags = {} if flags is None else flags
    environ = os.environ if environ is None else environ
    path, named = _env_file(environ, env_file)
    dotenv = _dotenv(path, quiet=quiet, named=named)
    try:
        return _resolved(_checked_flags(flags), environ, dotenv)
    except ConfigError as exc:  # the key pasted where another setting goes is quoted masked
        secrets = _given(flags if isinstance(flags, Mapping) else {}, environ, dotenv)
        raise ConfigError(redact(str(exc), secrets)) from None


def _checked_flags(flags: object) -> dict[str, Any]:
    """The flags a caller gave (the command line's options, or a library caller's
    ``configure(model=…)``), each a known setting of its type: a number given as text
    (``"3"``) read as the environment's would be, a path as its text. An unknown name
    is a :class:`~communique.errors.ConfigError` naming the nearest setting (was: passed
    over in silence, ``{"modle": "x"}`` running without a model); a value of the wrong
    type one naming the setting and the type (was: a ``TypeError`` from deep inside,
    ``'<' not supported between instances of 'str' and 'int'``)."""
    if not isinstance(flags, Mapping):
        raise ConfigError(
            f"the settings must be a mapping of names to values (a dict), not {type(flags).__name__}"
        )
    checked: dict[str, Any] = {}
    for name, value in flags.items():
        if not isinstance(name, str) or name not in SPECS:
            from communique.text import quoted  # here only: the reader's patterns, 6 ms of every start

            near = _nearest(str(name).lower().replace("-", "_"), list(SPECS))
            raise ConfigError(
                f"unknown setting {quoted(name, 40)}"
                + (f"; did you mean {near[0]!r}?" if near else f"; the settings are {', '.join(SPECS)}")
            )
        checked[name] = None if value is None else _typed(name, value)
    return checked


def _nearest(word: str, names: Sequence[str]) -> list[str]:
    """The name nearest ``word`` by its edits (a letter added, dropped, changed, or two
    swapped: ``modle`` is ``model``, not ``mode``), if it is near at all."""

    def edits(a: str, b: str) -> int:
        rows = [list(range(len(b) + 1))]
        for i in range(1, len(a) + 1):
            row = [i] + [0] * len(b)
            for j in range(1, len(b) + 1):
                row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (a[i - 1] != b[j - 1]))
                if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                    row[j] = min(row[j], rows[-2][j - 2] + 1)
            rows.append(row)
        return rows[-1][-1]

    if len(word) > 40:
        return []
    scored = sorted((edits(word, name), abs(len(word) - len(name)), name) for name in names)
    best = scored[0]
    return [best[2]] if best[0] <= max(1, len(best[2]) // 3) else []


def _typed(name: str, value: object) -> Any:
    """A flag's value as its setting takes it, or a :class:`~communique.errors.ConfigError`."""
    spec = SPECS[name]
    if isinstance(value, os.PathLike) and spec.parse is str:
        value = os.fspath(value)
    if isinstance(value, str):
        if spec.parse is str:
            return value
        with contextlib.suppress(ValueError):
            return spec.parse(value)
    elif isinstance(value, bool):
        if spec.parse is _bool:
            return value
    elif isinstance(value, int):
        if spec.parse is int or spec.parse is float:
            return spec.parse(value)
        if spec.parse is _bool and value in (0, 1):
            return bool(value)
    elif isinstance(value, float) and spec.parse is float:
        return value
    kind = {str: "text", int: "a whole number", float: "a number"}.get(spec.parse, "true or false")  # type: ignore[call-overload]
    from communique.text import quoted  # here only, as above

    shown = "****" if spec.secret else quoted(value, 40)
    raise ConfigError(f"{name} must be {kind}, not {type(value).__name__} {shown}")


def _given(flags: Mapping[str, Any], environ: Mapping[str, str], dotenv: Mapping[str, str]) -> list[str]:
    """The secrets given by the flags, the environment and the ``.env`` file, read as they
    were given (the settings may be what fails): every API key, and the credentials of
    every base URL; those of :data:`FRAGMENT` characters or more (a local server takes any
    key: every "e" of a message masked for the key "e" would say nothing)."""
    keys = [flags.get("api_key"), *(m.get(v) for m in (environ, dotenv) for v in SPECS["api_key"].env)]
    urls = [flags.get("base_url"), *(m.get(v) for m in (environ, dotenv) for v in SPECS["base_url"].env)]
    return [
        secret
        for secret in [*keys, *(part for url in urls if isinstance(url, str) for part in url_secrets(url))]
        if isinstance(secret, str)
        and len(secret) >= FRAGMENT  # a key "x" for a local server is no secret to mask
    ]


def given_secrets(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> list[str]:
    """The secrets a command line may have been given, found without resolving its
    settings (which may be what failed, or never started: a usage error): ``--api-key``
    and ``--base-url`` in ``argv``, and those of the environment and ``.env`` file. For
    a message to mask them (was: a key pasted as ``COMMUNIQUE_MAX_TOKENS`` or ``--mode``
    quoted whole in the error saying that it is no number or mode)."""
    environ = os.environ if environ is None else environ
    flags: dict[str, str] = {}
    for index, arg in enumerate(argv):
        for name, option in (("api_key", "--api-key"), ("base_url", "--base-url")):
            if arg == option and index + 1 < len(argv):
                flags[name] = argv[index + 1]
            elif arg.startswith(option + "="):
                flags[name] = arg[len(option) + 1 :]
    try:
        dotenv = _dotenv(_env_file(environ)[0], quiet=True)
    except (ConfigError, OSError, ValueError):  # an unreadable .env gives no secret: the others are masked
        dotenv = {}
    return _given(flags, environ, dotenv)


def _resolved(flags: Mapping[str, Any], environ: Mapping[str, str], dotenv: Mapping[str, str]) -> Settings:
    """The settings of :func:`resolve`, checked."""
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for name, spec in SPECS.items():
        if flags.get(name) is not None:
            values[name], origins[name] = flags[name], "flag"
            continue
        for where, mapping in (("env", environ), (".env", dotenv)):
            var = next((v for v in spec.env if mapping.get(v)), None)
            if var is not None:
                try:
                    values[name] = spec.parse(mapping[var])
                except ValueError:
                    raise ConfigError(
                        f"{var}={'****' if spec.secret else mapping[var]!r} is not a valid {name}"
                    ) from None
                origins[name] = f"{where} {var}"
                break
        else:
            values[name], origins[name] = spec.default(), "default"
    settings = Settings(**values, origins=origins)
    _check(settings)
    return settings


#: The most re-asks of one reply, and the largest input, that a setting may ask for.
MAX_RETRIES = 10
MAX_BYTES = 1_000_000_000


def _check_url(url: str) -> None:
    """A base URL the HTTP client can use: http(s), a host, a port in range, nothing
    unprintable. Said with its credentials masked."""
    shown = public_url(url)
    if any(char.isspace() or not char.isprintable() for char in url):
        raise ConfigError(f"base_url {shown!r} holds spaces or control characters")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises for a port that is not a number or out of range)
    except ValueError as exc:
        raise ConfigError(f"base_url {shown!r} is not a valid URL ({exc})") from None
    if parts.scheme not in {"http", "https"}:
        raise ConfigError(f"base_url {shown!r} is not an http(s) URL")
    if not parts.hostname:
        raise ConfigError(f"base_url {shown!r} names no host")


#: The most tokens a reply may be allowed: no model writes more, and a number past it
#: (``COMMUNIQUE_MAX_TOKENS=10000000000000000000000``, a slip of the finger) was sent as it
#: is, for the endpoint to refuse each request, or for a server to take as no limit at all.
MAX_TOKENS_MOST = 1_000_000

#: The longest wait a timeout, a deadline or a retry budget may set: past what the system's
#: clock counts (``COMMUNIQUE_TIMEOUT=1e300`` was read as a dropped connection, retried,
#: then 'timestamp out of range for platform time_t'), a wait no one means.
SECONDS_MOST = 1_000_000

#: The shortest idle timeout or deadline: no endpoint answers a request sooner, so a wait
#: below it (``COMMUNIQUE_DEADLINE=1e-300``, a unit slipped: milliseconds meant as seconds)
#: failed every request as a timeout, retried for the whole retry budget, then said as a
#: server that did not answer.
SECONDS_LEAST = 0.1

#: The most requests a minute a rate may allow (a rate of hundreds of digits overflowed
#: the limiter's arithmetic: an internal error).
RPM_MOST = 1_000_000

#: The longest model name: the endpoints' are a few dozen characters (``org/model-GGUF:Q4_K_M``).
MODEL_MOST = 256

#: The sampling temperature an OpenAI-compatible endpoint takes (OpenAI's documented range).
TEMPERATURE_MOST = 2.0


def _setting(settings: Settings, name: str) -> str:
    """A setting as the user gave it, for a message: ``COMMUNIQUE_TEMPERATURE=-5`` (the
    variable of the environment or ``.env`` file it came from), ``--max-retries -1`` for a
    flag, or its bare name; a value of hundreds of digits cut short."""
    value = getattr(settings, name)
    shown = f"{value:g}" if isinstance(value, float) else str(value)
    shown = shown if len(shown) <= 40 else shown[:40] + "…"
    given = _given_as(settings, name)
    return f"{given}={shown}" if given.isupper() else f"{given} {shown}"


def _given_as(settings: Settings, name: str) -> str:
    """Where a setting was given: its variable (of the environment or ``.env``), its flag,
    or its bare name."""
    origin = settings.origins.get(name, "")
    if origin.startswith(("env ", ".env ")):
        return origin.split(" ", 1)[1]
    return f"--{name.replace('_', '-')}" if origin == "flag" else name


def _undecoded(text: str) -> bool:
    """Whether ``text`` holds a byte that is not UTF-8, as Python keeps one it read from the
    environment or an argument (``\\udc80`` to ``\\udcff``)."""
    return any("\udc80" <= char <= "\udcff" for char in text)


def _no_key(key: str) -> str | None:
    """What an API key holds that no key does and no HTTP header carries, if it does: a
    blank or a line break (pasted with it, or a line of a file read whole), a typographic
    quote or another character that is not ASCII, a byte that is not UTF-8. Such a key
    was sent: a blank at its end or a line break failed every request as a dropped
    connection, retried for the whole retry budget; the others failed each request as
    ``model call failed: UnicodeEncodeError``."""
    for char in key:
        if char.isspace():
            return "a blank or a line break"
        if _undecoded(char):
            return "a byte that is not UTF-8"
        if not char.isascii():
            return f"a character that is not ASCII (U+{ord(char):04X})"
        if not char.isprintable():
            return "a control character"
    return None


def _quoted(value: str) -> bool:
    """Whether ``value`` is between a pair of ASCII quote marks, as a value of a ``.env``
    file is written and ``docker run --env-file`` passes it on, quotes and all. A key so
    given was sent with its quotes, and refused (401) by an endpoint: a refusal the user
    could not see the cause of, the key being masked in every message."""
    return len(value) > 2 and value[0] == value[-1] and value[0] in "\"'"


def _no_model_name(model: str) -> str | None:
    """Why ``model`` can name no model, if it cannot: blanks only (``--model " "``, was sent
    as it is, the offline reader taking an empty one), a byte that is not UTF-8 (was: said
    to be a control character), control characters (an escape sequence pasted, a line
    break), or a length no endpoint's names have."""
    if model and not model.strip():
        return "blank"
    if _undecoded(model):
        return "a byte that is not UTF-8 in it"
    if not model.isprintable():
        return "control characters in it"
    if len(model) > MODEL_MOST:
        return f"{len(model):,} characters, over {MODEL_MOST}"
    return None


def _check(settings: Settings) -> None:
    """Each setting in its range, or one line naming it as given (the variable or flag)
    and the range: a negative temperature or timeout, a reply of no tokens, a negative
    retry budget are meaningless for any endpoint."""
    bounds: tuple[tuple[str, bool, str], ...] = (
        (
            "timeout",
            settings.timeout is not None and not settings.timeout > 0,
            "a positive number of seconds",
        ),
        (
            "deadline",
            settings.deadline is not None and not settings.deadline > 0,
            "a positive number of seconds",
        ),
        ("retry_seconds", not settings.retry_seconds >= 0, "a number of seconds, 0 or more"),
        (
            "temperature",
            not 0 <= settings.temperature <= TEMPERATURE_MOST,
            f"between 0 and {TEMPERATURE_MOST:g}",
        ),
        ("max_tokens", settings.max_tokens < 1, "a positive number of tokens"),
        ("max_retries", settings.max_retries < 0, "0 or more"),
        ("max_bytes", settings.max_bytes < 1, "a positive number of bytes"),
    )
    for name, wrong, wanted in bounds:
        value = getattr(settings, name)
        if isinstance(value, float) and not math.isfinite(value):
            raise ConfigError(f"{name} must be a finite number, {wanted}, not {_setting(settings, name)}")
        if wrong:
            raise ConfigError(f"{name} must be {wanted}, not {_setting(settings, name)}")
    if settings.model is not None and (why := _no_model_name(settings.model)) is not None:
        shown = settings.model if len(settings.model) <= 40 else settings.model[:40] + "…"
        raise ConfigError(
            f"model {visible(shown)!r} is no model's name ({why}): give the name the endpoint knows, "
            "e.g. gpt-4o-mini or llama3.1"
        )
    if settings.summaries not in SUMMARIES:
        raise ConfigError(f"summaries {settings.summaries!r} is not one of {', '.join(SUMMARIES)}")
    if settings.complete not in COMPLETIONS:
        raise ConfigError(f"complete {settings.complete!r} is not one of {', '.join(COMPLETIONS)}")
    if settings.rpm is not None and settings.rpm < 1:
        raise ConfigError(
            f"rpm must be a positive number of requests per minute, not {_setting(settings, 'rpm')}"
        )
    if settings.max_retries > MAX_RETRIES:
        raise ConfigError(
            f"max_retries must be at most {MAX_RETRIES} (each re-ask is a paid request), "
            f"not {_setting(settings, 'max_retries')}"
        )
    for name in ("timeout", "deadline", "retry_seconds"):
        value = getattr(settings, name)
        if value is not None and value > SECONDS_MOST:
            raise ConfigError(
                f"{name} must be at most {SECONDS_MOST:,} seconds (eleven days), not {_setting(settings, name)}"
            )
        if name != "retry_seconds" and value is not None and value < SECONDS_LEAST:
            raise ConfigError(
                f"{name} must be at least {SECONDS_LEAST:g} seconds (no endpoint answers sooner), "
                f"not {_setting(settings, name)}"
            )
    if settings.rpm is not None and settings.rpm > RPM_MOST:
        raise ConfigError(
            f"rpm must be at most {RPM_MOST:,} requests per minute, not {_setting(settings, 'rpm')}"
        )
    if settings.max_tokens > MAX_TOKENS_MOST:
        raise ConfigError(
            f"max_tokens must be at most {MAX_TOKENS_MOST:,} (no model writes a longer reply), "
            f"not {_setting(settings, 'max_tokens')}"
        )
    if settings.max_bytes > MAX_BYTES:
        raise ConfigError(f"max_bytes must be at most {MAX_BYTES:,}, not {_setting(settings, 'max_bytes')}")
    if settings.base_url:
        _check_url(settings.base_url)
    if settings.api_key and _quoted(settings.api_key):
        raise ConfigError(
            f"the API key ({_given_as(settings, 'api_key')}) is written between quote marks, which no key "
            "holds (Docker's --env-file and some loaders of .env files keep them): give the key alone"
        )
    if settings.api_key and (held := _no_key(settings.api_key)) is not None:
        raise ConfigError(
            f"the API key ({_given_as(settings, 'api_key')}) holds {held}, which no key holds and no HTTP "
            "header carries: give the key alone"
        )
    if settings.backend == "openai" and not settings.model:
        raise ConfigError("the openai backend needs a model: --model or COMMUNIQUE_MODEL")
