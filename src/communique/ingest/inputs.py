"""Inputs of a batch: files, folders, globs and JSON Lines, as an ordered list of documents.

:func:`discover` turns what the user named into :class:`Document` s, in the order
given (a folder's communiqué files, :data:`SUFFIXES`, recursively, by path; a glob's matches
by path; a JSONL file, given by ``--jsonl`` or named ``*.jsonl`` or ``*.ndjson``, line
by line) without reading them; :func:`load` reads each into
a :class:`~communique.Source` or says why it cannot be read, and :func:`load_all` all
of them, each as it is asked for. A document that
cannot be read is an error of that document only; naming nothing that exists (an empty
folder, a glob without a match) is an :class:`~communique.errors.InputError`.

Every loaded document has an id, unique in the batch: the ``id`` of its JSONL line or
its front matter, else its file's stem (its path without suffix when two files share
a stem), else ``<jsonl stem>-<line>``; stdin goes by ``stdin`` (its record has no id).
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import logging
import os
import re
import stat
import sys
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, overload

from communique.errors import CommuniqueError, InputError
from communique.ingest.parse import aliased, document_id, iso_date
from communique.ingest.read import (
    DEFAULT_MAX_BYTES,
    MARK_BYTES,
    RAISE_IT,
    by_its_mark,
    decode,
    made_by_a_run,
    read_bytes,
    read_limited,
    read_path,
    read_regular,
)
from communique.schema import Source
from communique.text import json_kind, whole

#: The files a folder contributes: the kinds of file :func:`load` reads as a
#: communiqué when one is named (text, Markdown, a mail client's message, a saved page).
#: Was: ``.txt`` and ``.md`` only, a folder of ``.eml`` or ``.html`` files "a directory
#: with no files" although ``summarise FILE.eml`` read each.
SUFFIXES = (".txt", ".md", ".eml", ".html", ".htm")
#: The files named on the command line that are read as JSON Lines (as ``--jsonl``
#: reads one), not as the text of one communiqué.
JSONL_SUFFIXES = (".jsonl", ".ndjson")
#: The fields a JSONL line may give besides ``text``.
JSONL_FIELDS = ("id", "published", "source", "url", "lang")
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Document:
    """One input of a batch, not yet read."""

    #: The id it goes by until it is read (see the module's docstring).
    id: str
    #: Where it comes from, for messages: a path, ``"in.jsonl line 3"`` or ``"stdin"``.
    origin: str
    path: Path | None = None
    text: str | None = None
    data: bytes | None = None
    #: What a JSONL line says about it (id, published, source, url, lang).
    meta: tuple[tuple[str, str], ...] = ()
    #: Why it cannot be read at all (a JSONL line that is not an object with a text).
    problem: str | None = None
    #: The JSON Lines file that holds it, for a line of one (not stdin).
    within: Path | None = None

    @property
    def file(self) -> Path | None:
        """The file it is read from, if any: its own, or the JSON Lines file of its line."""
        return self.path or self.within

    def to_json(self) -> dict[str, Any]:
        """What it takes to read it again later (the Batch API's job file)."""
        if self.path is not None:
            return {"id": self.id, "origin": self.origin, "path": str(self.path.resolve())}
        text = (
            self.text
            if self.data is None
            else decode(self.data, name=self.origin, max_bytes=len(self.data))[0]
        )
        return {"id": self.id, "origin": self.origin, "text": text, "meta": dict(self.meta)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Document:
        """The document :meth:`to_json` describes."""
        path = Path(data["path"]) if data.get("path") else None
        meta = tuple(sorted((data.get("meta") or {}).items()))
        return cls(id=data["id"], origin=data["origin"], path=path, text=data.get("text"), meta=meta)


@dataclass(frozen=True)
class Loaded:
    """A document read: its source, or why it cannot be analysed."""

    document: Document
    source: Source | None = None
    error: CommuniqueError | None = None

    @property
    def id(self) -> str:
        return self.source.id if self.source is not None and self.source.id else self.document.id


def has_glob(argument: str) -> bool:
    """Whether a command-line argument is a glob pattern."""
    return any(ch in _GLOB_CHARS for ch in argument)


def is_single(arguments: Sequence[str], jsonl: str | None) -> bool:
    """Whether the inputs are one communiqué (a file or stdin), which keeps the
    one-record behaviour of ``communique summarise FILE``."""
    if jsonl is not None or len(arguments) != 1:
        return False
    argument = arguments[0]
    if argument == "-":
        return True
    path = Path(argument)
    return not has_glob(argument) and not path.is_dir() and path.suffix.lower() not in JSONL_SUFFIXES


@dataclass(frozen=True)
class Written:
    """Where a run writes translations (``-d DIR``, files named ``*SUFFIX``), which a folder
    or a glob it reads may hold. Was: read back as communiqués by the next run
    (``--resume``, ``--force``: ``brief.en.en.txt``); then every user's file of that name
    in the folder left out in silence, translation or not."""

    folder: Path | None = None
    suffix: str = ""

    def holds(self, path: Path) -> bool:
        """Whether ``path`` is a translation a run wrote in :attr:`folder`: its name, its
        place (its folder's, a link not followed) and the front matter a translation opens
        with (:meth:`~communique.translation.translator.Translation.to_text`: its id, then
        its language, the one of :attr:`suffix`)."""
        if self.folder is None or not path.name.endswith(self.suffix):
            return False
        if os.path.dirname(_place(path)) != os.path.realpath(self.folder):
            return False
        language = re.escape(self.suffix.split(".")[1].encode())
        return (
            re.match(rb"---\r?\n(?:id: [^\n]*\n)?lang: " + language + rb"\r?\n", _ends(path)[0]) is not None
        )


def _ends(path: Path) -> tuple[bytes, bytes]:
    """The first and the last :data:`~communique.ingest.read.MARK_BYTES` of a regular file;
    nothing of anything else, nor of one that cannot be read (each fails as a document when
    it is read). Opened without waiting: a FIFO a folder holds is never waited on."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return b"", b""
    with os.fdopen(fd, "rb") as file:
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return b"", b""
            head = file.read(MARK_BYTES)
            file.seek(max(0, file.seek(0, os.SEEK_END) - MARK_BYTES))
            return head, file.read()
        except OSError:
            return b"", b""


def _left_out(path: Path, written: Written) -> str | None:
    """Why a file a folder or a glob holds is not read as a communiqué: a run wrote it
    (:func:`~communique.ingest.read.made_by_a_run`, or a translation ``written``), or
    None. A file named as such is still read, and refused when a run wrote it."""
    if written.holds(path):
        return "a translation"
    return made_by_a_run(*_ends(path))


def _say_left_out(left: list[tuple[Path, str]]) -> None:
    """One warning for the files a folder or a glob held that a run wrote (none is left
    out in silence)."""
    if left:
        shown = ", ".join(f"{path} ({why})" for path, why in left[:3]) + (", …" if len(left) > 3 else "")
        _LOG.warning(f"left out {len(left)} file(s) communique wrote, not communiqués: {shown}")


_LOG = logging.getLogger("communique")


def _place(path: Path) -> str:
    """Where ``path`` is: its folder's real path and its name (a link not followed)."""
    absolute = os.path.abspath(path)
    return os.path.join(os.path.realpath(os.path.dirname(absolute)), os.path.basename(absolute))


def discover(
    arguments: Sequence[str],
    *,
    jsonl: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    written: Written = Written(),
) -> list[Document]:
    """The documents named by ``arguments`` (files, folders, globs, ``-`` for stdin,
    of which at most ``max_bytes`` and one byte are read) and by a JSONL file (``-``
    for stdin), in order, each file once. What a run wrote (:func:`~communique.ingest.read.made_by_a_run`,
    and the translations ``written`` says where) is left out of folders and globs, with one
    warning that names it; a file named as such is still read (and refused if a run wrote it)."""
    documents: list[Document] = []
    left: list[tuple[Path, str]] = []
    for argument in arguments:
        if not argument:  # Path("") is the working folder: all of it was read
            raise InputError("an empty argument names no file (a shell variable left unset?)")
        if argument == "-":
            documents.append(Document(id="stdin", origin="stdin", data=_stdin(max_bytes)))
        elif has_glob(argument) and not Path(argument).exists():
            matches = _kept(_matches(argument), written, left)
            if not matches:
                raise InputError(f"no file matches {argument}")
            documents += [_file(path) for path in matches]
        elif Path(argument).is_dir():
            found = _folder(Path(argument), written, left)
            if not found:
                raise InputError(
                    f"{argument} is a directory with no {', '.join(SUFFIXES[:-1])} or {SUFFIXES[-1]} files"
                )
            documents += found
        elif Path(argument).suffix.lower() in JSONL_SUFFIXES:
            documents += read_jsonl(argument, max_bytes)
        else:
            documents.append(_file(Path(argument)))
    if jsonl is not None:
        documents += read_jsonl(jsonl, max_bytes)
    _say_left_out(left)
    return _unique_files(documents)


def _matches(pattern: str) -> list[Path]:
    """The files a glob matches, by path. Python's ``**`` calls itself for each subfolder:
    a tree too deep for it is an :class:`~communique.errors.InputError` that says what reads
    it (was: the run's one line, "too large or too deeply nested to read")."""
    try:
        return sorted(Path(p) for p in glob.glob(pattern, recursive=True) if Path(p).is_file())
    except RecursionError:
        raise InputError(
            f"{pattern}: its folders are nested too deep for a glob; name the folder, which is read however deep"
        ) from None


def _kept(paths: list[Path], written: Written, left: list[tuple[Path, str]]) -> list[Path]:
    """The ``paths`` a run did not write; those it did go to ``left``, with why."""
    kept = []
    for path in paths:
        if (why := _left_out(path, written)) is None:
            kept.append(path)
        else:
            left.append((path, why))
    return kept


def _stdin(max_bytes: int, helps: str = RAISE_IT) -> bytes:
    """What is piped in: at most ``max_bytes`` (and one byte, to refuse more)."""
    if sys.stdin.isatty():
        raise InputError("no input: give files, a folder or --jsonl, or pipe a communiqué into '-'")
    return read_limited(sys.stdin.buffer, name="stdin", max_bytes=max_bytes, helps=helps)


def _file(path: Path) -> Document:
    return Document(id=_name(path.stem), origin=str(path), path=path)


def _name(name: str) -> str:
    """A file's name as a string a record can hold: bytes that are not UTF-8, which
    Python keeps as surrogates (``caf\\udce9``), are read as Windows-1252 (``café``),
    as the text of such a file is (:func:`~communique.ingest.read.decode`); a path too
    long for an id (files that share a stem go by theirs) is cut as one is."""
    raw = os.fsencode(name)
    try:
        return document_id(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return document_id(raw.decode("cp1252", "replace"))


def _folder(folder: Path, written: Written, left: list[tuple[Path, str]]) -> list[Document]:
    """The communiqués of a folder and its subfolders, however deep (links to folders not followed),
    hidden ones left out, by path. Every entry named as one is a document, whether it
    can be read or not: one that cannot (a FIFO, a socket, a link to nothing or to
    itself, a file without read permission) fails as a document of its own when it is
    read, and a subfolder that cannot be listed is a document that failed; neither is
    passed over in silence (was: left out, the run saying all was done). A folder
    given that cannot be listed at all is an :class:`~communique.errors.InputError`."""
    found: list[tuple[Path, Document]] = []
    named: list[Path] = []

    def unlisted(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else folder
        reason = exc.strerror or str(exc)
        if where == folder:
            raise InputError(f"{folder}: cannot list the folder ({reason})")
        problem = f"{where}: cannot list the folder ({reason}); its files were not read"
        name = _name(where.relative_to(folder).as_posix())
        found.append((where, Document(id=name, origin=str(where), problem=problem)))

    # a walk of its own, a stack of folders to list (was: os.walk, which calls itself for
    # each subfolder on Python 3.11: a tree 1,000 folders deep failed the whole run, "too
    # deeply nested")
    waiting = [folder]
    while waiting:
        try:
            with os.scandir(waiting.pop()) as listing:
                entries = [entry for entry in listing if not entry.name.startswith(".")]
        except OSError as exc:
            unlisted(exc)
            continue
        for entry in entries:
            if _is_folder(entry):
                waiting.append(Path(entry.path))
            elif os.path.splitext(entry.name)[1].lower() in SUFFIXES:
                named.append(Path(entry.path))
    found += [(path, _file(path)) for path in _kept(sorted(named), written, left)]
    return [document for _, document in sorted(found, key=lambda pair: pair[0])]


def _is_folder(entry: os.DirEntry[str]) -> bool:
    """Whether a folder's entry is a subfolder to walk: a link to one is not followed."""
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:  # gone meanwhile: nothing to walk
        return False


def _unique_files(documents: list[Document]) -> list[Document]:
    """Each file once (as first named); files that share a stem go by their path
    without suffix instead, and files that share that too (``x.txt`` beside ``x.md``)
    by their whole path."""
    seen: set[Path] = set()
    kept = []
    for document in documents:
        if document.path is not None:
            resolved = Path(os.path.realpath(document.path))  # never raises, not even on a symlink loop
            if resolved in seen:
                continue
            seen.add(resolved)
        kept.append(document)
    for named in (lambda path: path.with_suffix("").as_posix(), Path.as_posix):
        stems = Counter(d.id for d in kept if d.path is not None)
        kept = [
            replace(d, id=_name(named(d.path))) if d.path is not None and stems[d.id] > 1 else d for d in kept
        ]
    return kept


#: How many documents of the largest size (``COMMUNIQUE_MAX_BYTES``) a JSON Lines input
#: may hold, which is read whole: 500 MB by default, some hundred thousand communiqués.
#: (Was: no bound, and ``--jsonl -`` from a stream that never ends, ``/dev/urandom`` or a
#: process that never stops, grew the run past 16 GB until it was killed.)
JSONL_DOCUMENTS = 500
#: What raises that bound.
_RAISE_BOTH = f"JSON Lines may be {JSONL_DOCUMENTS} times COMMUNIQUE_MAX_BYTES: set it to raise both"


def read_jsonl(name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document]:
    """One document per line of a JSONL file (``-``: stdin) that is not blank (nor
    :data:`_ARRAY_MARKS` alone; a comma after its object is let be): an object with
    ``text`` and optionally ``id``, ``published``, ``source``, ``url``, ``lang`` (or their
    :data:`~communique.ingest.parse.ALIASES`). A line
    that is not one (not UTF-8, not JSON, nested too deep) is a document with a problem,
    named by its line number; the other lines go on. At most :data:`JSONL_DOCUMENTS` times
    ``max_bytes`` are read (a file larger is refused by its size, before any of it is)."""
    limit = max_bytes * JSONL_DOCUMENTS
    if name == "-":
        data = _stdin(limit, _RAISE_BOTH)
    else:
        data = read_regular(Path(name), max_bytes=limit, helps=_RAISE_BOTH)
    if (marked := by_its_mark(data, name=name)) is not None:  # (was: every line "not UTF-8")
        data = marked.encode("utf-8")
    stem = "stdin" if name == "-" else _name(Path(name).stem)
    documents = []
    for number, raw in enumerate(data.removeprefix(b"\xef\xbb\xbf").splitlines(), start=1):
        if raw.strip() not in _ARRAY_MARKS:
            origin, fallback_id = f"{name} line {number}", f"{stem}-{number}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                problem = f"{origin} is not UTF-8 (byte {exc.start + 1})"
                documents.append(Document(id=fallback_id, origin=origin, problem=problem))
                continue
            documents.append(_jsonl_line(line, origin, fallback_id))
    if not documents:
        raise InputError(f"{name} has no lines")
    return documents if name == "-" else [replace(document, within=Path(name)) for document in documents]


#: The lines of a JSON array written an object a line that are no object (``[``, ``]``, a
#: comma), as a careless export or an edit by hand leaves them: each alone says nothing.
_ARRAY_MARKS = (b"", b"[", b"]", b",")
#: A comma after a line's object (``{…},``), as in the lines of a JSON array. Was: the
#: line "not valid JSON (Extra data)", its communiqué not read.
_AFTER_AN_OBJECT = re.compile(r"(?<=\})\s*,\s*$")


def _jsonl_line(line: str, origin: str, fallback_id: str) -> Document:
    line = _AFTER_AN_OBJECT.sub("", line)
    try:
        # strict=False: a raw control character inside a string (a tab, a NUL a scraper
        # kept) is read as the escape would be, not a line "not valid JSON"
        value = json.loads(line, strict=False)
    except json.JSONDecodeError as exc:
        return Document(id=fallback_id, origin=origin, problem=f"{origin} is not valid JSON ({exc.msg})")
    except RecursionError:
        return Document(id=fallback_id, origin=origin, problem=f"{origin} is nested too deep to read")
    if isinstance(value, dict):
        value = {field: _field(value, field) for field in ("text", *JSONL_FIELDS)}
    if not isinstance(value, dict):
        return Document(
            id=fallback_id,
            origin=origin,
            problem=f"{origin} is {json_kind(value)}, not an object with a 'text'",
        )
    if not isinstance(value["text"], str) or not value["text"].strip():
        return Document(id=_scalar_id(value, fallback_id), origin=origin,
                        problem=f"{origin} has no 'text' (a non-empty string)")  # fmt: skip
    for field in JSONL_FIELDS:  # (a number is read as its text: an id 5 is "5")
        if isinstance(value[field], dict | list):
            return Document(id=fallback_id if field == "id" else _scalar_id(value, fallback_id), origin=origin,
                            problem=f"{origin}: '{field}' is {json_kind(value[field])}, not text")  # fmt: skip
    meta = tuple((k, _clean(str(value[k]))) for k in JSONL_FIELDS if value.get(k) not in (None, ""))
    return Document(id=_scalar_id(value, fallback_id), origin=origin, text=_clean(value["text"]), meta=meta)


def _clean(field: str) -> str:
    """A JSON Lines field as text a file could hold: no surrogate (:func:`whole`) and no
    NUL, debris of a scraper's C string or a padded buffer (``"\\u0000"`` or the raw
    byte), as NUL padding after a file's text is dropped (was: the whole line refused as
    "a binary file")."""
    return whole(field).replace("\x00", "")


def _scalar_id(value: dict[str, Any], fallback_id: str) -> str:
    """The id a JSON Lines line gives, as text (cut as a record's is), or ``fallback_id``."""
    return document_id(_clean(str(value["id"]))) if value.get("id") not in (None, "") else fallback_id


def _field(line: dict[str, Any], name: str) -> Any:
    """A field of a JSONL line, under its name or else under one of its aliases."""
    found = aliased(line, name)
    return found[1] if found else None


def load(
    document: Document,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: dt.date | None = None,
    lang: str | None = None,
) -> Source:
    """Read a document into a source; ``published`` and ``lang`` override what it says.
    Raises :class:`~communique.errors.InputError`."""
    if document.problem is not None:
        raise InputError(document.problem)
    if document.path is not None:
        source = read_path(document.path, max_bytes=max_bytes, published=published, lang=lang)
        if source.id == document.path.stem:  # no id of its own: the one it goes by
            source = replace(source, id=document.id)
        return source
    meta = dict(document.meta)
    if meta.get("published") and published is None:
        published = iso_date(meta["published"], what=f"{document.origin}: published")
    data = document.data if document.data is not None else (document.text or "").encode("utf-8")
    source = read_bytes(
        data, name=document.origin, max_bytes=max_bytes, id=meta.get("id"), published=published,
        source=meta.get("source"), url=meta.get("url"), lang=lang,
        lang_label=(meta["lang"], f"the line {document.origin}") if meta.get("lang") else None,
    )  # fmt: skip
    if source.id or document.data is not None:  # stdin has no name to go by: its record has no id
        return source
    return replace(source, id=document.id)


def load_all(
    documents: Iterable[Document],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: dt.date | None = None,
    lang: str | None = None,
) -> Reading:
    """Every document, read as it is asked for (:class:`Reading`); one that cannot be
    read, or whose id an earlier document already has, carries its error."""
    return Reading(documents, max_bytes=max_bytes, published=published, lang=lang)


class Reading(Sequence[Loaded]):
    """Documents read when they are first asked for, in input order, each once: asking
    for one reads every document before it not read yet (an id is known only once its
    document is read, and a document whose id an earlier one already has carries an
    error, whoever asks first). A batch reads each as it takes it, so that its first
    requests leave at once instead of after every document is read. Safe to share
    between threads; :attr:`documents` are there without reading any."""

    def __init__(
        self,
        documents: Iterable[Document],
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        published: dt.date | None = None,
        lang: str | None = None,
    ) -> None:
        self.documents: tuple[Document, ...] = tuple(documents)
        self._max_bytes, self._published, self._lang = max_bytes, published, lang
        self._read: list[Loaded] = []
        self._first: dict[str, str] = {}  # id -> the origin of the document that has it
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.documents)

    @overload
    def __getitem__(self, index: int) -> Loaded: ...

    @overload
    def __getitem__(self, index: slice) -> list[Loaded]: ...

    def __getitem__(self, index: int | slice) -> Loaded | list[Loaded]:
        if isinstance(index, slice):
            return [self[position] for position in range(*index.indices(len(self)))]
        position = range(len(self))[index]  # an IndexError past the end, as a list's
        with self._lock:
            while len(self._read) <= position:
                self._read.append(self._load(self.documents[len(self._read)]))
        return self._read[position]

    def _load(self, document: Document) -> Loaded:
        """The next document read, or why it cannot be."""
        try:
            source = load(document, max_bytes=self._max_bytes, published=self._published, lang=self._lang)
        except InputError as exc:
            return Loaded(document, error=exc)
        item = Loaded(document, source)
        if item.id in self._first:
            duplicate = InputError(
                f"id {item.id!r} is also the id of {self._first[item.id]}: give each document its own id"
            )
            return Loaded(document, error=duplicate)
        self._first[item.id] = document.origin
        return item


def documents_of(items: Sequence[Loaded]) -> list[Document]:
    """The documents of ``items``, without reading those of a :class:`Reading` not read yet."""
    return list(items.documents) if isinstance(items, Reading) else [item.document for item in items]
