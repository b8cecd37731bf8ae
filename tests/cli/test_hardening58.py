"""Terminal safety of the human-readable formats (the fifty-eighth adversarial reading):
what they print comes from the text or from the model, and neither may send the terminal
a control of its own. Earlier rounds tried ESC, BEL and a bidi override; these are the
8-bit controls a terminal obeys as well (CSI ``\\x9b``, OSC ``\\x9d``, DCS ``\\x90``, ST
``\\x9c``), an OSC 8 hyperlink, a backspace and a carriage return (which print over what a
line showed), and the separators of lines that some terminals break at, in every field of
a reply and in the communiqué itself."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, chat_auto
from runner import run
from support import GOOD_DRAFT, model_env

#: What a terminal obeys, or shows as a break of its own.
TRAPS = ["\x1b[2J", "\x9b31m", "\x1b]8;;http://evil.example/\x07", "\x9d0;owned\x9c", "\x90q\x9c",
         "\x1bP0;1|x\x1b\\", "\x07", "\x08\x08", "\r", "\x85", "\u2028", "\u2029", "\u202e", "\u2067"]  # fmt: skip
TRAP = "".join(TRAPS)
#: A character a terminal must not be sent raw: a C0 control but a line break or a tab,
#: DEL, a C1 control, a separator of lines or paragraphs, a control of direction.
FORBIDDEN = {chr(c) for c in [*range(32), *range(0x7F, 0xA0)] if chr(c) not in "\n\t"} | set(
    "\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def _trapped() -> dict[str, object]:
    """The good reply with a trap in each of its strings."""
    draft = copy.deepcopy(GOOD_DRAFT)
    meeting = draft["meetings"][0]
    host, guest = meeting["participants"]
    host["name"], host["title"] = f"Abdelouafi{TRAP} Laftit", f"ministre{TRAP} de l'Intérieur"
    guest["name"] = f"Stranger{TRAP} Evil"  # (not in the text: removed, and quoted in what says so)
    meeting.update(venue=f"siège{TRAP}", date_text=f"mardi{TRAP}", city=f"Rabat{TRAP}")
    meeting["parties"].append(f"Evil{TRAP}")
    meeting["outcomes"][0]["text"] += TRAP
    draft["summary"] = {"fr": TRAP + GOOD_DRAFT["summary"]["fr"], "en": GOOD_DRAFT["summary"]["en"] + TRAP}
    return draft


@pytest.mark.parametrize("output", ["md", "text", "csv", "plover"])
def test_no_control_a_reply_or_a_text_writes_reaches_the_terminal(
    fake_openai: FakeOpenAI, tmp_path: Path, output: str
) -> None:
    brief = tmp_path / "brief.txt"
    text = (EXAMPLES / "rabat-madrid-fr.txt").read_text(encoding="utf-8")
    brief.write_text(
        text.replace("Garde civile.", f"Garde civile.{TRAP} Selon{TRAP} Rabat."), encoding="utf-8"
    )
    fake_openai.responder = lambda request: chat_auto(_trapped())
    for env in (
        model_env(fake_openai, COMMUNIQUE_RETRY_SECONDS="2"),
        {},
    ):  # the model's reading, then the offline one
        result = run("summarise", str(brief), "--no-cache", "-f", output, env=env)
        assert result.returncode in (0, 5) and "Traceback" not in result.stderr, result.stderr
        shown = result.stdout + result.stderr
        assert "Laftit" in shown and not FORBIDDEN & set(shown), sorted(FORBIDDEN & set(shown))
