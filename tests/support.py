"""What several test modules share: a good model reply for the example brief, the
fake key, environments for the command line against the fake server, corpus
helpers, and the headless browser."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from conftest import EXAMPLES, ROOT
from fakeserver import FakeOpenAI, RecordedRequest, raw
from runner import run

from communique import summarise
from communique.schema import Analysis, Meeting, MeetingKind, OutcomeType, Role, Status


@cache
def _rules() -> Any:
    from communique.config import resolve
    from communique.pipeline import Pipeline

    return Pipeline(resolve({"backend": "rules", "cache": False}))


def read_offline(text: str, published: str | None = "2026-03-12") -> Analysis:
    """The offline reader's record of ``text``, published on ``published`` (as front
    matter; ``None``: as the text alone), through one shared pipeline."""
    return _rules().analyse(text if published is None else f"---\npublished: {published}\n---\n{text}")


def only_meeting(text: str, published: str = "2026-05-13") -> Meeting:
    """The one meeting the offline reader finds in ``text`` (which it must read as a report
    of one meeting)."""
    analysis = read_offline(text, published)
    assert analysis.is_meeting_report and len(analysis.meetings) == 1
    return analysis.meetings[0]


def sides_of(text: str, published: str = "2026-05-13") -> dict[str, tuple[str | None, Role]]:
    """Each named participant's party and role, of the one meeting the offline reader finds in
    ``text`` (see :func:`only_meeting`)."""
    return {p.name: (p.party, p.role) for p in only_meeting(text, published).participants if p.name}


def outcome_types(sentence: str) -> list[OutcomeType]:
    """The types of the outcomes the offline reader finds in ``sentence``, in order."""
    from communique.backends.rules import outcomes

    return [outcome.type for outcome in outcomes.find(sentence)]


def offline_names(text: str, published: str | None = "2026-05-06") -> set[str]:
    """The names of everyone the offline reader finds taking part in ``text``."""
    record = read_offline(text, published)
    return {p.name for meeting in record.meetings for p in meeting.participants if p.name}


SECRET = "sk-test-0123456789abcdefSECRET"
BRIEF = (EXAMPLES / "rabat-madrid-fr.txt").read_text()
#: The two ministers the example brief tells of meeting, in order, as a right reply records them.
BRIEF_MINISTERS = ["Abdelouafi Laftit", "Fernando Grande-Marlaska"]


def brief_record(result: subprocess.CompletedProcess[str]) -> Analysis:
    """The record a ``communique summarise`` of the example brief printed, which must have
    ended well and name its two ministers."""
    assert result.returncode == 0, result.stderr
    record = Analysis.model_validate_json(result.stdout)
    assert [p.name for p in record.meetings[0].participants] == BRIEF_MINISTERS
    return record


#: What a good model returns for the example brief: spans, as the prompt asks.
GOOD_DRAFT: dict[str, Any] = {
    "is_meeting_report": True,
    "meetings": [
        {
            "kind": "working_meeting",
            "status": "held",
            "date_text": "mardi",
            "city": "Rabat",
            "country": None,
            "venue": None,
            "parties": ["Maroc", "espagnol"],
            "participants": [
                {"name": "Abdelouafi Laftit", "title": "ministre de l'Intérieur", "organisation": None,
                 "country": "Maroc", "role": "host"},
                {"name": "M. Fernando Grande-Marlaska", "title": None, "organisation": None,
                 "country": "espagnol", "role": "guest"},
            ],
            "topics": ["illegal migration", "drug_trafficking", "event_security", "operational_cooperation"],
            "outcomes": [
                {"type": "mechanism_created", "text": "créer un groupe de travail conjoint"},
                {"type": "follow_up_planned", "text": "la prochaine réunion de la commission mixte à Madrid"},
            ],
        }
    ],
    "summary": {
        "fr": "Le 10 février 2026 à Rabat, Abdelouafi Laftit a reçu son homologue espagnol Fernando Grande-Marlaska "
        "pour parler de migration, de drogue et de la Coupe du monde 2030 ; un groupe de travail sera créé.",
        "en": "On 10 February 2026 in Rabat, Abdelouafi Laftit met his Spanish counterpart Fernando Grande-Marlaska "
        "on migration, drug trafficking and World Cup security; they agreed to set up a joint working group.",
    },
}  # fmt: skip


def completion(message: dict[str, Any], finish: str = "stop") -> dict[str, Any]:
    """A chat completion of one choice holding ``message``, built by hand so that a test
    can send it whole, cut, compressed or wrongly shaped."""
    return {"id": "chatcmpl-fake", "object": "chat.completion", "created": 1, "model": "m",
            "choices": [{"index": 0, "finish_reason": finish, "message": {"role": "assistant", **message}}]}  # fmt: skip


def asked_function(request: RecordedRequest) -> str:
    """The name of the function a request's ``tool_choice`` asks for."""
    return str(request.json["tool_choice"]["function"]["name"])


def tool_call_reply(arguments: Any) -> Callable[[RecordedRequest], Any]:
    """A responder of one tool call, to the function asked for, whose arguments are ``arguments``."""

    def reply(request: RecordedRequest) -> Any:
        call = {
            "id": "t",
            "type": "function",
            "function": {"name": asked_function(request), "arguments": arguments},
        }
        return raw(json.dumps(completion({"content": None, "tool_calls": [call]}, finish="tool_calls")))

    return reply


def with_name(name: str) -> dict[str, Any]:
    draft = json.loads(json.dumps(GOOD_DRAFT))
    draft["meetings"][0]["participants"][1]["name"] = name
    return draft


@contextmanager
def refused_port() -> Iterator[str]:
    """The base URL of a loopback port that refuses connections: bound, never listening,
    so that no other server (of a test running alongside) can take it meanwhile."""
    with socket.socket() as bound:
        bound.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{bound.getsockname()[1]}/v1"


def model_env(fake: FakeOpenAI, **extra: str) -> dict[str, str]:
    return {"COMMUNIQUE_MODEL": "fake-model", "COMMUNIQUE_BASE_URL": fake.base_url, "OPENAI_API_KEY": SECRET,
            "COMMUNIQUE_RETRY_SECONDS": "3", "COMMUNIQUE_TIMEOUT": "5", "COMMUNIQUE_SUMMARIES": "model",
            **extra}  # fmt: skip


def refused_as_no_api(fake: FakeOpenAI, reply: object) -> str:
    """The one line ``summarise`` of the example brief writes when ``fake`` answers every request with ``reply``,
    its URL carrying the key: checked to have failed at once, as against a wrong endpoint it must (exit 4, nothing on
    stdout, one request, well inside the retry budget, the key never shown)."""
    fake.responder = lambda request: reply
    started = time.monotonic()
    result = run("summarise", str(EXAMPLES / "rabat-madrid-fr.txt"), "--no-cache",
                 env=model_env(fake, COMMUNIQUE_BASE_URL=f"{fake.base_url}?api-key={SECRET}",
                               COMMUNIQUE_RETRY_SECONDS="60"))  # fmt: skip
    assert result.returncode == 4 and result.stdout == "", result.stderr
    assert time.monotonic() - started < 30 and len(fake.chat_requests) == 1
    (line,) = result.stderr.strip().splitlines()
    assert SECRET[:8] not in line
    return line


#: The example brief without its id, so that each copy goes by its file's name.
BRIEF_NO_ID = (EXAMPLES / "rabat-madrid-fr.txt").read_text().replace("id: example-rabat-madrid\n", "")


def corpus(folder: Path, count: int) -> list[str]:
    """``count`` briefs in ``folder`` (distinct texts, so distinct requests); their ids."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = [f"brief-{n:03d}" for n in range(count)]
    for number, name in enumerate(ids):
        (folder / f"{name}.txt").write_text(f"{BRIEF_NO_ID}\nRéférence {number}.\n")
    return ids


def document_id(request: RecordedRequest) -> str:
    """The id of the communiqué an extraction request is about: the last one named (a
    worked example may come first; a re-ask carries the first request's messages, then
    the reply and the reasons)."""
    asked = " ".join(m["content"] for m in request.messages if m["role"] == "user")
    found = re.findall(r"Communiqué id: (\S+)", asked)
    assert found, asked[:200]
    return str(found[-1])


def requested(fake: FakeOpenAI) -> list[str]:
    return [document_id(r) for r in fake.chat_requests]


def ids_of(path: Path) -> list[str]:
    return [json.loads(line)["document"]["id"] for line in path.read_text().splitlines()]


def assert_no_secret(*folders: Path) -> None:
    """The API key is in no file written under ``folders``."""
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                assert SECRET.encode() not in path.read_bytes(), path


def env(fake: FakeOpenAI, **extra: str) -> dict[str, str]:
    return model_env(fake, COMMUNIQUE_MODE="tools", **extra)


SKIP = os.environ.get("COMMUNIQUE_SKIP_BROWSER") == "1"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    if SKIP:
        pytest.skip("COMMUNIQUE_SKIP_BROWSER=1")
    if not Path(CHROMIUM).is_file():
        pytest.fail(
            f"no headless browser at {CHROMIUM}: install Debian's Chromium with 'apt-get install -y chromium' "
            "(or set COMMUNIQUE_SKIP_BROWSER=1 to skip the browser tests)"
        )
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        *args,
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def perfect_draft(gold: Analysis) -> dict[str, Any]:
    """The spans of a gold record, as the prompt asks a model to give them."""
    summary = summarise.write(gold)  # gold summaries are references; ours keep the rules by construction
    return {
        "is_meeting_report": gold.is_meeting_report,
        "meetings": [
            {
                "kind": m.kind.value, "status": m.status.value, "date_text": m.date_text,
                "city": m.location.city, "country": m.location.country, "venue": m.location.venue,
                "parties": m.parties,
                "participants": [
                    {"name": p.name, "title": p.title, "organisation": p.organisation, "country": p.party,
                     "role": p.role.value}
                    for p in m.participants
                ],
                "topics": [t.value for t in m.topics],
                "outcomes": [o.model_dump(mode="json") for o in m.outcomes],
            }
            for m in gold.meetings
        ],
        "summary": summary.model_dump(),
    }  # fmt: skip


def png_size_and_colours(data: bytes) -> tuple[int, int, int]:
    """Width, height and the number of distinct byte values of the pixel data."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    pixels, offset = b"", 8
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        if kind == b"IDAT":
            pixels += data[offset + 8 : offset + 8 + length]
        offset += 12 + length
    return width, height, len(set(zlib.decompress(pixels)))


class Marked(HTMLParser):
    """What a page draws from spans, as a browser's parser gives it: each ``<mark>`` by
    id with all its words (nested marks included), each value linked to a mark as
    (mark id, value, title), and the values marked ``nospan``."""

    def __init__(self, dom: str) -> None:
        super().__init__()
        self.marks: dict[str, str] = {}
        self.links: list[tuple[str, str, str]] = []
        self.nospan: list[str] = []
        self._open: list[str | None] = []  # ids of the marks open
        self._item: tuple[str, str, str] | None = (
            None  # a link or nospan value being read: kind, target, title
        )
        self._value = ""
        self.feed(dom)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        css = (found.get("class") or "").split()
        if tag == "mark":
            self._open.append(found.get("id"))
            if found.get("id"):
                self.marks[found["id"] or ""] = ""
        elif "item" in css and (tag == "a" or "nospan" in css):
            self._item = (
                "a" if tag == "a" else "nospan",
                (found.get("href") or "#")[1:],
                found.get("title") or "",
            )
            self._value = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._open:
            self._open.pop()
        elif tag in ("a", "span") and self._item is not None:
            kind, target, title = self._item
            if kind == "a":
                self.links.append((target, self._value, title))
            else:
                self.nospan.append(self._value)
            self._item = None

    def handle_data(self, data: str) -> None:
        for mark in filter(None, self._open):
            self.marks[mark] += data
        if self._item is not None:
            self._value += data

    def words(self, value: str) -> list[str]:
        """The words of the marks the links of ``value`` point at."""
        return [self.marks[target] for target, shown, _ in self.links if shown == value]

    def check_links(self) -> None:
        """Every link points at a mark of the page whose words are its value's (folded,
        the gazetteer's other name, or fuzzy: the span's own check); a value of a
        vocabulary (a kind, a status, an outcome's type) points at the words it was read
        from (the encounter words, the outcome's phrase)."""
        from communique import spans
        from communique.text import fold

        assert self.links, "no value links to its words"
        for target, value, title in self.links:
            assert target in self.marks, f"{value!r} links to #{target}, which is not on the page"
            words = self.marks[target]
            assert title.startswith(f"“{words}”"), (title, words)
            if value in {*Status, *MeetingKind, *OutcomeType}:
                continue
            assert (
                fold(words) == fold(value)
                or spans.alias(words, value)
                or (spans.similarity(words, value) >= spans.THRESHOLD)
            ), (value, words)


def load_script(name: str) -> ModuleType:
    """The module of ``scripts/NAME.py``, imported as ``NAME``."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # a dataclass of the script looks its module up
    spec.loader.exec_module(module)
    return module
