"""Batches through `communique summarise`: many inputs, input order kept under random
latency, failures isolated, resume after a kill or from a partial file, 429 pauses and
--rpm shared by every worker, every output format."""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import EXAMPLES
from fakeserver import FakeOpenAI, chat_auto, delay, status
from runner import run
from support import BRIEF_NO_ID as BRIEF
from support import GOOD_DRAFT, assert_no_secret, corpus, document_id, env, ids_of, requested, with_name

from communique.export.text import CSV_COLUMNS
from communique.schema import Analysis


def test_many_inputs_keep_their_order_under_random_latency(
    fake_openai: FakeOpenAI, tmp_path: Path, isolated_environment: Path
) -> None:
    ids = corpus(tmp_path / "briefs", 16)
    latency = random.Random(6)
    fake_openai.responder = lambda request: delay(latency.uniform(0.0, 0.3), chat_auto(GOOD_DRAFT))
    out = tmp_path / "out.jsonl"
    result = run("summarise", str(tmp_path / "briefs"), "-o", str(out), "-j", "8", env=env(fake_openai))
    assert result.returncode == 0, result.stderr
    assert ids_of(out) == ids  # input order, whatever order the replies came in
    assert sorted(requested(fake_openai)) == ids
    times = [r.time for r in fake_openai.chat_requests]
    assert sorted(times)[7] - times[0] < 0.5  # eight in flight at once (replies take up to 0.3 s)
    for line in out.read_text().splitlines():
        Analysis.model_validate_json(line)
    assert "16 done" in result.stderr and f"wrote {out}" in result.stderr
    assert_no_secret(tmp_path, isolated_environment)


def test_one_failing_document_is_isolated(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    ids = corpus(tmp_path / "briefs", 6)
    (tmp_path / "briefs" / "brief-900-empty.txt").write_text("")
    answers = {"brief-002": "{not json", "brief-003": with_name("Lars Jensen")}
    fake_openai.responder = lambda request: chat_auto(answers.get(document_id(request), GOOD_DRAFT))
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = run("summarise", str(tmp_path / "briefs"), "-o", str(out), "--errors", str(errors), "--max-retries",
                 "1", env=env(fake_openai))  # fmt: skip
    assert result.returncode == 1, result.stderr  # a document failed
    assert ids_of(out) == ids  # brief-002 is in, the offline reading's; brief-003 is in, repaired
    failures = [json.loads(line) for line in errors.read_text().splitlines()]
    assert [(f["id"], f["status"]) for f in failures] == [
        ("brief-002", "problems"),
        ("brief-900-empty", "failed"),
    ]
    assert "validation" in failures[0]["reason"] and "Invalid JSON" in failures[0]["reason"]
    assert failures[0]["reason"].endswith("the record is the offline reading of the text")
    assert failures[1]["reason"].endswith("is empty") and failures[1]["input"].endswith("brief-900-empty.txt")
    assert all("\n" not in f["reason"] for f in failures)
    assert (
        "6 done: 4 clean, 1 repaired, 1 with problems (1 read offline: the model's reply was lost), 1 failed (see"
        in result.stderr
    )
    assert "Traceback" not in result.stderr


def test_failures_go_to_stderr_without_an_errors_file() -> None:
    result = run("summarise", str(EXAMPLES / "rabat-madrid-fr.txt"), "/nonexistent/brief.txt", "-q")
    assert result.returncode == 1
    assert (
        result.stderr.strip()
        == "communique: failed: brief (/nonexistent/brief.txt): /nonexistent/brief.txt: no such file"
    )
    assert [json.loads(line)["document"]["id"] for line in result.stdout.splitlines()] == [
        "example-rabat-madrid"
    ]


def test_resume_after_a_kill_recomputes_nothing(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    ids = corpus(tmp_path / "briefs", 10)
    fake_openai.responder = lambda request: delay(0.3, chat_auto(GOOD_DRAFT))
    out = tmp_path / "out.jsonl"
    # --no-cache: only the output file can spare the second run any work
    command = [sys.executable, "-m", "communique", "summarise", str(tmp_path / "briefs"), "-o", str(out), "-j",
               "2", "--no-cache"]  # fmt: skip
    process = subprocess.Popen(command, env={**os.environ, **env(fake_openai)}, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while not (out.exists() and out.read_text().count("\n") >= 3) and time.monotonic() < deadline:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    process.stderr.close()  # type: ignore[union-attr]
    kept = ids_of(out)
    assert 3 <= len(kept) < len(ids) and kept == ids[: len(kept)]
    asked_before = len(fake_openai.chat_requests)
    fake_openai.reset()
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    again = run("summarise", str(tmp_path / "briefs"), "-o", str(out), "--resume", "--no-cache",
                env=env(fake_openai))  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert sorted(requested(fake_openai)) == ids[len(kept) :]  # only what was not finished
    assert asked_before < len(ids) + 2  # the killed run was stopped short
    assert ids_of(out) == ids
    assert f"{len(kept)} already in {out}" in again.stderr


def test_resume_drops_a_partial_line(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    ids = corpus(tmp_path / "briefs", 5)
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    out = tmp_path / "out.jsonl"
    assert run("summarise", str(tmp_path / "briefs"), "-o", str(out), env=env(fake_openai)).returncode == 0
    lines = out.read_text().splitlines(keepends=True)
    out.write_text("".join(lines[:3]) + lines[3][: len(lines[3]) // 2])  # as a kill mid-line would leave it
    fake_openai.reset()
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    refused = run("summarise", str(tmp_path / "briefs"), "-o", str(out), env=env(fake_openai))
    assert refused.returncode == 3 and "--force" in refused.stderr  # never clobbered without being asked
    again = run(
        "summarise", str(tmp_path / "briefs"), "-o", str(out), "--resume", "--no-cache", env=env(fake_openai)
    )
    assert again.returncode == 0, again.stderr
    assert sorted(requested(fake_openai)) == ids[3:]
    assert ids_of(out) == ids


def test_resume_refuses_a_file_it_did_not_write(tmp_path: Path) -> None:
    out = tmp_path / "notes.jsonl"
    out.write_text('{"my": "notes"}\n')
    result = run("summarise", str(EXAMPLES), "-o", str(out), "--resume", "-q")
    assert result.returncode == 3 and "line 1 is not a record communique wrote" in result.stderr
    assert out.read_text() == '{"my": "notes"}\n'


def test_a_rerun_takes_every_document_from_the_cache(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    corpus(tmp_path / "briefs", 4)
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    first = run("summarise", str(tmp_path / "briefs"), env=env(fake_openai))
    second = run("summarise", str(tmp_path / "briefs"), env=env(fake_openai))
    assert first.returncode == second.returncode == 0
    assert len(fake_openai.chat_requests) == 4
    assert "4 done (4 from the cache)" in second.stderr
    assert [json.loads(line)["provenance"]["cached"] for line in second.stdout.splitlines()] == [True] * 4


def test_the_requests_in_flight_never_exceed_the_concurrency(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    ids = corpus(tmp_path / "briefs", 12)
    fake_openai.responder = lambda request: delay(0.15, chat_auto(GOOD_DRAFT))
    out = tmp_path / "out.jsonl"
    result = run("summarise", str(tmp_path / "briefs"), "-o", str(out), "-j", "3", "-q", env=env(fake_openai))
    assert result.returncode == 0, result.stderr
    assert ids_of(out) == ids
    requests = fake_openai.chat_requests
    # a request holds its slot from before it is sent until its reply (0.15 s later) is
    # read: the requests that arrive within less than 0.15 s of each other hold different
    # slots, so there are never more than three of them
    times = sorted(r.time for r in requests)
    assert len(times) == 12 and max(sum(a <= t < a + 0.14 for t in times) for a in times) <= 3
    assert len({r.client_address for r in requests}) <= 3  # a connection a slot, reused


def test_a_429_pauses_every_worker(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    corpus(tmp_path / "briefs", 8)
    fake_openai.enqueue(status(429, headers={"Retry-After": "1"}))
    # (replies of half a second: the requests queued for a slot before the 429 came back go out when one is free,
    # inside the pause, unless the pause is checked again then; was: replies of 0.1 s let them out before the window,
    # and on a loaded machine into it)
    fake_openai.responder = lambda request: delay(0.5, chat_auto(GOOD_DRAFT))
    result = run("summarise", str(tmp_path / "briefs"), "-j", "4", "-q", env=env(fake_openai))
    assert result.returncode == 0, result.stderr
    times = [r.time for r in fake_openai.chat_requests]
    limited = times[0]  # the first request got the 429
    # requests already past the gate when the 429 came back may go out just after it
    during = [t - limited for t in times[1:] if 0.3 < t - limited < 0.95]
    assert during == [], f"requests sent during the pause, {during} s after the 429"
    assert len(times) == 9 and max(times) - limited >= 1.0


def test_rpm_spaces_the_requests_of_every_worker(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    corpus(tmp_path / "briefs", 5)
    fake_openai.responder = lambda request: chat_auto(GOOD_DRAFT)
    result = run("summarise", str(tmp_path / "briefs"), "-j", "4", "--rpm", "120", "-q", env=env(fake_openai))
    assert result.returncode == 0, result.stderr
    times = sorted(r.time for r in fake_openai.chat_requests)
    gaps = [b - a for a, b in itertools.pairwise(times)]
    # 120 a minute: one every 0.5 s at most. The times are when the server read each
    # request, which a loaded machine delays by a few tens of milliseconds either way:
    # no two requests together, and the five spread over four intervals of 0.5 s.
    assert len(times) == 5 and min(gaps) >= 0.3 and times[-1] - times[0] >= 1.9, gaps


def test_jsonl_input_with_broken_lines(tmp_path: Path) -> None:
    interpol = {"text": (EXAMPLES / "interpol-call-en.txt").read_text(), "published": "2026-03-04", "source": "APS",
                "lang": "en"}  # fmt: skip
    lines = [
        json.dumps({"id": "madrid", "text": BRIEF}),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "no-text", "title": "nothing to read"}),
        "",
        json.dumps(interpol),
    ]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n")
    errors = tmp_path / "errors.jsonl"
    result = run("summarise", "--jsonl", str(tmp_path / "in.jsonl"), "--errors", str(errors), "-q")
    assert result.returncode == 1
    records = [Analysis.model_validate_json(line) for line in result.stdout.splitlines()]
    assert [r.document.id for r in records] == ["madrid", "in-5"]
    assert records[1].document.source == "APS" and str(records[1].document.published) == "2026-03-04"
    failures = [json.loads(line) for line in errors.read_text().splitlines()]
    assert [(f["id"], f["input"]) for f in failures] == [("in-2", f"{tmp_path}/in.jsonl line 2"),
                                                         ("no-text", f"{tmp_path}/in.jsonl line 3")]  # fmt: skip
    assert "line 2 is not valid JSON" in failures[0]["reason"] and "no 'text'" in failures[1]["reason"]


def test_jsonl_from_stdin_and_globs(tmp_path: Path) -> None:
    piped = run("summarise", "--jsonl", "-", "-q", stdin=json.dumps({"id": "piped", "text": BRIEF}) + "\n")
    assert piped.returncode == 0 and json.loads(piped.stdout)["document"]["id"] == "piped"
    corpus(tmp_path / "a", 2)
    corpus(tmp_path / "b", 1)
    matched = run("summarise", f"{tmp_path}/**/*.txt", "-q")
    assert matched.returncode == 0, matched.stderr
    # the same names in two folders: each goes by its path
    assert [json.loads(line)["document"]["id"] for line in matched.stdout.splitlines()] == [
        f"{tmp_path}/a/brief-000",
        "brief-001",
        f"{tmp_path}/b/brief-000",
    ]
    nothing = run("summarise", f"{tmp_path}/*.pdf")
    assert (
        nothing.returncode == 3
        and nothing.stderr.strip() == f"communique: error: no file matches {tmp_path}/*.pdf"
    )


def test_a_folder_without_inputs_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "empty" / "sub").mkdir(parents=True)
    (tmp_path / "empty" / "notes.pdf").write_text("x")
    result = run("summarise", str(tmp_path / "empty"))
    assert result.returncode == 3
    assert (
        result.stderr.strip()
        == f"communique: error: {tmp_path / 'empty'} is a directory with no .txt, .md, .eml, .html or .htm files"
    )


@pytest.mark.parametrize("target", ["/nonexistent/dir/out.jsonl", "{tmp}"])
def test_an_unwritable_output_is_refused_before_any_work(
    fake_openai: FakeOpenAI, tmp_path: Path, target: str
) -> None:
    corpus(tmp_path / "briefs", 3)
    result = run(
        "summarise", str(tmp_path / "briefs"), "-o", target.format(tmp=tmp_path), env=env(fake_openai)
    )
    assert result.returncode == 3 and result.stderr.count("\n") == 1 and "communique: error:" in result.stderr
    assert fake_openai.requests == []


# --- output formats (the offline backend: same records, no server) ---------------------


@pytest.fixture(scope="module")
def briefs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("briefs")
    for example in EXAMPLES.glob("*.txt"):
        (folder / example.name).write_text(example.read_text())
    (folder / "nothing.md").write_text(
        "Rabat, 3 mars 2026 (MAP) - La police a saisi deux tonnes de cannabis.\n"
    )
    return folder


def records_of(briefs: Path) -> list[Analysis]:
    result = run("summarise", str(briefs), "-q")
    assert result.returncode == 0, result.stderr
    return [Analysis.model_validate_json(line) for line in result.stdout.splitlines()]


def test_csv_has_a_row_per_meeting(briefs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert run("summarise", str(briefs), "-f", "csv", "-o", str(out), "-q").returncode == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert tuple(csv.DictReader(io.StringIO(out.read_text())).fieldnames or ()) == CSV_COLUMNS
    records = records_of(briefs)
    assert len(rows) == sum(max(1, len(r.meetings)) for r in records)
    assert [row["document_id"] for row in rows] == [r.document.id for r in records for _ in r.meetings or [0]]
    assert {row["meeting"] for row in rows if row["document_id"] == "nothing"} == {""}


def test_markdown_has_a_card_per_communique(briefs: Path) -> None:
    result = run("summarise", str(briefs), "-f", "md", "-q")
    assert result.returncode == 0
    cards = result.stdout.split("\n---\n\n")
    assert len(cards) == 3 and all(card.startswith("# ") for card in cards)
    assert (
        "Valdecy Urquiza" in cards[0] and "No meeting reported." in cards[1] and "Grande-Marlaska" in cards[2]
    )


class _Dom(HTMLParser):
    """Tags, classes and text of a page, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[tuple[str, str]] = []
        self._mark: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "mark":
            self._mark = dict(attrs).get("class") or ""

    def handle_data(self, data: str) -> None:
        if self._mark is not None:
            self.marks.append((self._mark, data))
            self._mark = None


def test_html_is_one_page_with_records_beside_their_text(briefs: Path, tmp_path: Path) -> None:
    hostile = briefs.parent / "hostile"
    hostile.mkdir(exist_ok=True)
    (hostile / "x.txt").write_text(BRIEF.replace("Au terme", "<script>alert(1)</script> Au terme"))
    out = tmp_path / "page.html"
    assert run("summarise", str(briefs), str(hostile), "-f", "html", "-o", str(out), "-q").returncode == 0
    page = out.read_text()
    dom = _Dom()
    dom.feed(page)
    sections = [attrs for tag, attrs in dom.tags if tag == "section"]
    assert [s["id"] for s in sections] == ["case-interpol-call-en", "case-nothing", "case-example-rabat-madrid",
                                           "case-x"]  # fmt: skip
    assert [tag for tag, _ in dom.tags].count("pre") == 4
    assert {"name", "date", "place"} <= {css for css, _ in dom.marks}
    assert ("name", "Fernando Grande-Marlaska") in dom.marks and ("date", "mardi") in dom.marks
    assert "script" not in [tag for tag, _ in dom.tags] and "&lt;script&gt;alert(1)" in page
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "http://" not in page and "https://" not in page  # self-contained


def test_sqlite_tables_are_joined_by_foreign_keys(briefs: Path, tmp_path: Path) -> None:
    out = tmp_path / "records.db"
    assert run("summarise", str(briefs), "-f", "sqlite", "-o", str(out), "-q").returncode == 0
    db = sqlite3.connect(out)
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"documents", "meetings", "participants", "topics", "outcomes"}
    links = {
        (t, row[2], row[3], row[4]) for t in tables for row in db.execute(f"PRAGMA foreign_key_list({t})")
    }
    assert links == {
        ("meetings", "documents", "document_id", "id"),
        ("participants", "meetings", "meeting_id", "id"),
        ("topics", "meetings", "meeting_id", "id"),
        ("outcomes", "meetings", "meeting_id", "id"),
    }
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    records = records_of(briefs)
    assert [r[0] for r in db.execute("SELECT id FROM documents ORDER BY rowid")] == [
        r.document.id for r in records
    ]
    people = db.execute(
        "SELECT d.id, p.name, p.role FROM participants p JOIN meetings m ON p.meeting_id = m.id"
        " JOIN documents d ON m.document_id = d.id WHERE d.id = 'example-rabat-madrid' ORDER BY p.id"
    ).fetchall()
    assert people == [
        ("example-rabat-madrid", p.name, p.role.value) for p in records[2].meetings[0].participants
    ]
    topics = [row[0] for row in db.execute("SELECT topic FROM topics JOIN meetings ON meetings.id = meeting_id"
                                          " WHERE document_id = 'example-rabat-madrid' ORDER BY topic")]  # fmt: skip
    assert topics == [t.value for t in records[2].meetings[0].topics]
    assert json.loads(
        db.execute("SELECT parties FROM meetings WHERE document_id = 'example-rabat-madrid'").fetchone()[0]
    ) == ["ES", "MA"]
    stored = db.execute("SELECT record FROM documents WHERE id = 'nothing'").fetchone()[0]
    timeless = {"provenance": {"duration_s"}}  # two runs never take the same time
    assert Analysis.model_validate_json(stored).model_dump(exclude=timeless) == records[1].model_dump(
        exclude=timeless
    )
    db.close()
    resumed = run("summarise", str(briefs), "-f", "sqlite", "-o", str(out), "--resume")
    assert resumed.returncode == 0 and "0 done, 3 already in" in resumed.stderr  # nothing added twice
    assert sqlite3.connect(out).execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-f", "json"], "json holds one record"),
        (["--resume"], "--resume needs -o FILE"),
        (["-f", "csv", "-o", "x.csv", "--resume"], "--resume needs -o FILE"),
        (["-f", "sqlite"], "needs a file"),
    ],
)
def test_batch_usage_errors(briefs: Path, args: list[str], message: str) -> None:
    result = run("summarise", str(briefs), *args, "-q")
    assert result.returncode in (2, 3) and message in result.stderr and "Traceback" not in result.stderr


@pytest.mark.browser
def test_html_page_in_a_real_browser(briefs: Path, tmp_path: Path) -> None:
    from support import Marked, chromium

    out = tmp_path / "page.html"
    assert run("summarise", str(briefs), "-f", "html", "-o", str(out), "-q").returncode == 0
    dom = chromium("--dump-dom", out.as_uri(), profile=tmp_path / "profile").stdout
    assert dom.count('<section class="case"') == 3 and dom.count('<pre class="source">') == 3
    assert "<title>communique</title>" in dom
    # the marks are drawn from the records' spans, and each value links to its own words
    marked = Marked(dom)
    marked.check_links()
    assert marked.words("Fernando Grande-Marlaska") == ["Fernando Grande-Marlaska"]
    assert marked.words("mardi") == ["mardi"] and marked.words("ES") == ["espagnol"]
    assert marked.words("working_meeting") == ["s'est entretenu"]  # the words that report the meeting
    assert marked.words("yesterday") == ["yesterday"] and marked.words("call") == ["video call"]
    assert (
        'id="case-example-rabat-madrid-127-135" class="party" title="meetings[0].parties[0]">espagnol</mark>'
        in dom
    )
    assert marked.nospan == [
        "value",
        "MA",
    ]  # the legend's, and Morocco: a party because the meeting is in Rabat, no word names it
