"""A misbehaving endpoint, found from the outside (the fiftieth adversarial reading): the
real command line against the fake server. (docs/hardening.md lists them.)"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conftest import EXAMPLES
from fakeserver import FakeOpenAI, RecordedRequest, raw
from runner import run
from support import GOOD_DRAFT, SECRET, model_env

BRIEF = EXAMPLES / "rabat-madrid-fr.txt"
#: The good record, as a model writes it in a tool call's arguments.
GOOD = json.dumps(GOOD_DRAFT)
#: The line a run that fell back to the offline reading ends with.
OFFLINE = "the record is the offline reading of the text"
#: « Fernando » with a Cyrillic « о » for its second « o »: a name that shows as a Latin one.
MIXED = "Fernand\u043e"


def _summarise(fake: FakeOpenAI, *args: str, brief: Path = BRIEF, **env: str) -> Any:
    result = run("summarise", str(brief), "--no-cache", "--mode", "tools", *args, env=model_env(fake, **env))
    assert SECRET not in result.stdout + result.stderr and "Traceback" not in result.stderr
    return result


def _completion(message: dict[str, Any], finish: str = "stop") -> dict[str, Any]:
    return {"id": "chatcmpl-50", "object": "chat.completion", "created": 1, "model": "m",
            "choices": [{"index": 0, "finish_reason": finish, "message": {"role": "assistant", **message}}]}  # fmt: skip


def _asked(request: RecordedRequest) -> str:
    return str(request.json["tool_choice"]["function"]["name"])


def _arguments(arguments: Any) -> Callable[[RecordedRequest], Any]:
    """A reply of one tool call, to the function asked for, whose arguments are ``arguments``."""

    def reply(request: RecordedRequest) -> Any:
        call = {"id": "t", "type": "function", "function": {"name": _asked(request), "arguments": arguments}}
        return raw(json.dumps(_completion({"content": None, "tool_calls": [call]}, finish="tool_calls")))

    return reply


def _mixed_brief(tmp_path: Path) -> Path:
    path = tmp_path / "mixed.txt"
    path.write_text(BRIEF.read_text(encoding="utf-8").replace("Fernando", MIXED), encoding="utf-8")
    return path


def test_a_name_the_text_writes_with_a_look_alike_letter_is_kept_as_written_and_warned_of(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    """The text writes « Fernand\\u043e » (a Cyrillic « о »), and so does the reply: the record
    quotes the text (grounding) and keeps the letters, and a warning in provenance says the
    name is not the Latin one it shows (was: kept without a word)."""
    fake_openai.responder = _arguments(GOOD.replace("Fernando", MIXED))
    result = _summarise(fake_openai, brief=_mixed_brief(tmp_path))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["meetings"][0]["participants"][1]["name"] == f"{MIXED} Grande-Marlaska"
    (warning,) = [w for w in record["provenance"]["warnings"] if "mixes Latin letters" in w]
    assert "'Fernand\\u043e Grande-Marlaska'" in warning and "'Fernando Grande-Marlaska'" in warning
    assert "mixes Latin letters" in result.stderr
