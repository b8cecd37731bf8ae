"""Careless input found from the outside (the twenty-seventh adversarial reading), through
the real command line: each gets one clear line naming what is wrong, or its result, and
never leaves a user's file half-written. (docs/hardening.md lists them.)"""

from __future__ import annotations

import json
import marshal
import os
import sqlite3
from pathlib import Path

import pytest
from conftest import EXAMPLES
from runner import run

from communique import regexes

BRIEF = str(EXAMPLES / "rabat-madrid-fr.txt")


@pytest.fixture(scope="module")
def record_line(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The example brief's record, as one JSON line."""
    result = run("summarise", BRIEF)
    assert result.returncode == 0, result.stderr
    return json.dumps(json.loads(result.stdout))


def other(line: str, document_id: str) -> str:
    record = json.loads(line)
    record["document"]["id"] = document_id
    return json.dumps(record)


def ids(database: Path) -> list[str]:
    with sqlite3.connect(database) as db:
        return [row[0] for row in db.execute("SELECT id FROM documents ORDER BY id")]


@pytest.mark.parametrize("existing", [False, True], ids=["new", "existing, --force"])
def test_an_export_to_sqlite_that_fails_midway_leaves_the_database_as_it_was(
    record_line: str, tmp_path: Path, existing: bool
) -> None:
    """Was: the records before the one SQLite refused stayed in a new database, and with
    --force an existing database was emptied first and left half-written (exit 3, though
    'export' says no output is made when a record is bad)."""
    database = tmp_path / "out.db"
    if existing:
        (tmp_path / "old.jsonl").write_text(other(record_line, "old-one") + "\n")
        assert run("export", str(tmp_path / "old.jsonl"), "-o", str(database)).returncode == 0
    twice = tmp_path / "twice.jsonl"
    twice.write_text("\n".join([other(record_line, "first"), record_line, record_line]) + "\n")
    result = run("export", str(twice), "-o", str(database), *(["--force"] if existing else []))
    assert result.returncode == 3, result.stderr
    assert "a database keeps one record a document" in result.stderr
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    if existing:
        assert ids(database) == ["old-one"]
    else:
        assert not database.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["twice.jsonl", *(["old.jsonl", "out.db"] if existing else [])]
    )  # no temporary file left


def test_an_export_over_an_existing_database_replaces_it_whole_with_force_only(
    record_line: str, tmp_path: Path
) -> None:
    database = tmp_path / "out.db"
    (tmp_path / "a.jsonl").write_text(other(record_line, "a") + "\n")
    (tmp_path / "b.jsonl").write_text(other(record_line, "b") + "\n")
    assert run("export", str(tmp_path / "a.jsonl"), "-o", str(database)).returncode == 0
    refused = run("export", str(tmp_path / "b.jsonl"), "-o", str(database))
    assert refused.returncode == 3 and "exists; use --force" in refused.stderr
    assert ids(database) == ["a"]
    replaced = run("export", str(tmp_path / "b.jsonl"), "-o", str(database), "--force")
    assert replaced.returncode == 0, replaced.stderr
    assert ids(database) == ["b"]  # replaced, not appended to


@pytest.mark.parametrize("name", ["jsonl", "sqlite"])
def test_a_whole_sink_stopped_midway_leaves_the_file_as_it_was(
    record_line: str, tmp_path: Path, name: str
) -> None:
    """Was: export wrote JSON Lines and SQLite record by record into the emptied file, as
    summarise writes them for --resume: an export stopped midway (a full disk, Ctrl-C)
    left half of it in place of the old one."""
    from communique.export import formats
    from communique.ingest.inputs import Document, Loaded
    from communique.schema import Analysis

    out = tmp_path / f"out.{name}"
    out.write_bytes(b"the user's own file")
    record = Analysis.model_validate_json(record_line)
    sink = formats.open_sink(name, out, force=True, resume=False, whole=True)
    sink.write(Loaded(Document(id="x", origin="x")), record)
    sink.abort()
    assert out.read_bytes() == b"the user's own file"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]
    sink = formats.open_sink(name, out, force=True, resume=False, whole=True)
    sink.write(Loaded(Document(id="x", origin="x")), record)
    sink.close()
    assert out.read_bytes() != b"the user's own file"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_records_with_a_byte_order_mark_are_read(record_line: str, tmp_path: Path) -> None:
    """Was: `FILE:1: not a record (record: Invalid JSON: expected value at line 1 column 1)`
    for JSON Lines saved by a Windows editor."""
    marked = tmp_path / "marked.jsonl"
    marked.write_bytes(b"\xef\xbb\xbf" + (record_line + "\n").encode())
    result = run("export", str(marked), "-f", "csv")
    assert result.returncode == 0, result.stderr
    assert "example-rabat-madrid" in result.stdout


def test_a_communique_given_where_records_are_asked_for_is_said_so() -> None:
    """Was: `brief.txt:1: not a record (record: Invalid JSON: invalid number at line 1
    column 2)`."""
    result = run("export", BRIEF)
    assert result.returncode == 3
    assert result.stderr.startswith(
        f"communique: error: {BRIEF}: not records (its first line is no JSON object)"
    )
    assert "'communique summarise' wrote" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_one_records_file_given_twice_is_said_as_an_input(record_line: str, tmp_path: Path) -> None:
    """Was: `a.jsonl and a.jsonl are the same file: give each output its own`."""
    records = tmp_path / "a.jsonl"
    records.write_text(record_line + "\n")
    result = run("export", str(records), str(records))
    assert result.returncode == 2
    assert result.stderr == f"communique: error: {records} is given twice as a records file: give each once\n"
    into = run("export", str(records), "-o", str(records), "--force")
    assert into.returncode == 2 and "is the same file as a records file read" in into.stderr


@pytest.fixture
def table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A compiled-pattern table of our own, in a temporary folder."""
    location = tmp_path / "__pycache__" / "regexes.marshal"
    location.parent.mkdir()
    monkeypatch.setattr(regexes, "_location", lambda: location)
    monkeypatch.setattr(regexes, "_TABLE", None)
    monkeypatch.setattr(regexes, "_USED", {})
    monkeypatch.setattr(regexes, "_NEW", False)
    return location


SOURCE = r"(?P<day>\d{1,2}) (mars|avril)"


@pytest.mark.parametrize(
    "entry", [(), "x", (0,), {1: 2}, None], ids=["empty tuple", "string", "short tuple", "dict", "none"]
)
def test_a_table_entry_of_another_shape_is_compiled_anew(table: Path, entry: object) -> None:
    """Was: an IndexError out of the import of the reader (a traceback before the command
    line could say anything) for a table whose entry is an empty tuple or a string."""
    table.write_bytes(marshal.dumps({(SOURCE, 0): entry}))
    pattern = regexes.compile(SOURCE)
    assert pattern.search("le 3 mars").group("day") == "3"  # type: ignore[union-attr]


@pytest.mark.parametrize("kind", ["fifo", "/dev/zero"])
def test_a_table_that_is_no_regular_file_is_not_read(table: Path, kind: str) -> None:
    """Was: the start blocked for ever on a FIFO in its place, and read a link to /dev/zero
    until the memory ran out."""
    if kind == "fifo":
        os.mkfifo(table)
    else:
        table.symlink_to(kind)
    pattern = regexes.compile(SOURCE)
    assert pattern.search("le 12 avril") is not None


def test_a_json_lines_lang_that_the_text_plainly_belies_gives_way(tmp_path: Path) -> None:
    """Was: a line's `lang` taken as --lang is (insisting): `lang: en` over the French
    brief gave a record in English (front matter had the fix of adversary 26)."""
    text = Path(BRIEF).read_text(encoding="utf-8")
    lines = tmp_path / "lines.jsonl"
    lines.write_text(
        json.dumps({"id": "belied", "text": text, "lang": "en"})
        + "\n"
        + json.dumps({"id": "kept", "text": text, "lang": "fr"})
        + "\n"
    )
    result = run("summarise", "--jsonl", str(lines))
    assert result.returncode == 0, result.stderr
    languages = {
        json.loads(line)["document"]["id"]: json.loads(line)["document"]["language"]
        for line in result.stdout.splitlines()
    }
    assert languages == {"belied": "fr", "kept": "fr"}
    insisted = run("summarise", "--jsonl", str(lines), "--lang", "en")
    assert {json.loads(line)["document"]["language"] for line in insisted.stdout.splitlines()} == {"en"}
    one = tmp_path / "one.jsonl"
    one.write_text(json.dumps({"id": "belied", "text": text, "lang": "en"}) + "\n")
    single = run("summarise", "--jsonl", str(one))
    assert json.loads(single.stdout)["document"]["language"] == "fr"
    wrong = tmp_path / "wrong.jsonl"
    wrong.write_text(json.dumps({"id": "w", "text": text, "lang": "french"}) + "\n")
    refused = run("summarise", "--jsonl", str(wrong))
    assert refused.returncode != 0 and "lang 'french' is not an ISO 639-1 code" in refused.stderr


@pytest.mark.parametrize("command", [("summarise", BRIEF), ("config",)], ids=["summarise", "config"])
def test_max_tokens_past_what_any_model_writes_is_a_configuration_error(command: tuple[str, ...]) -> None:
    """Was: COMMUNIQUE_MAX_TOKENS=10^22 accepted and sent with every request."""
    result = run(*command, env={"COMMUNIQUE_MAX_TOKENS": "10000000000000000000000"})
    assert result.returncode == 4
    assert result.stderr.startswith(
        "communique: error: max_tokens must be at most 1,000,000 (no model writes a longer reply), "
        "not COMMUNIQUE_MAX_TOKENS=10000000000000000000000"
    )
    assert run("config", env={"COMMUNIQUE_MAX_TOKENS": "1000000"}).returncode == 0


@pytest.mark.parametrize(
    ("make", "said"),
    [
        ("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)", "it holds the tables customers"),
        ("CREATE TABLE documents (id TEXT, body TEXT)", "it holds a table 'documents' of another shape"),
    ],
    ids=["a user's tables", "a documents table of another shape"],
)
def test_resuming_into_a_database_communique_did_not_write_leaves_it_untouched(
    tmp_path: Path, make: str, said: str
) -> None:
    """Was: `summarise --resume -o mine.db` on a user's own database added communique's
    five tables to it and wrote the record among the user's rows, exit 0 (a JSON Lines
    file of another program's was refused already); with a `documents` table of its own,
    four tables were added before the insert failed."""
    database = tmp_path / "mine.db"
    with sqlite3.connect(database) as db:
        db.execute(make)
        db.execute("INSERT INTO " + make.split()[2] + " VALUES (1, 'precious')")
    before = database.read_bytes()
    result = run("summarise", BRIEF, "-o", str(database), "--resume")
    assert result.returncode == 3
    assert result.stderr.splitlines()[-1] == (
        f"communique: error: {database} is a database communique did not write ({said}); not resuming into it: "
        "give another -o"
    )
    assert database.read_bytes() == before


def test_resuming_into_communiques_database_with_a_table_added_beside_goes_on(tmp_path: Path) -> None:
    database = tmp_path / "out.db"
    assert run("summarise", BRIEF, "-o", str(database)).returncode == 0
    with sqlite3.connect(database) as db:
        db.execute("CREATE TABLE my_notes (document_id TEXT, note TEXT)")  # the user's own, beside
    other = tmp_path / "other.txt"
    other.write_text(
        Path(BRIEF).read_text(encoding="utf-8").replace("example-rabat-madrid", "second"), encoding="utf-8"
    )
    result = run("summarise", BRIEF, str(other), "-o", str(database), "--resume")
    assert result.returncode == 0, result.stderr
    assert ids(database) == ["example-rabat-madrid", "second"]


@pytest.mark.parametrize(
    ("name", "value", "said"),
    [
        (
            "COMMUNIQUE_TIMEOUT",
            "1e300",
            "timeout must be at most 1,000,000 seconds (eleven days), not COMMUNIQUE_TIMEOUT=1e+300",
        ),
        (
            "COMMUNIQUE_DEADLINE",
            "2000000",
            "deadline must be at most 1,000,000 seconds (eleven days), not COMMUNIQUE_DEADLINE=2e+06",
        ),
        (
            "COMMUNIQUE_RETRY_SECONDS",
            "1e7",
            "retry_seconds must be at most 1,000,000 seconds (eleven days), not COMMUNIQUE_RETRY_SECONDS=1e+07",
        ),
        (
            "COMMUNIQUE_RPM",
            "9" * 400,
            "rpm must be at most 1,000,000 requests per minute, not COMMUNIQUE_RPM=" + "9" * 40 + "…",
        ),
    ],
    ids=["timeout", "deadline", "retry budget", "rpm of 400 digits"],
)
@pytest.mark.parametrize("command", [("summarise", BRIEF), ("config",)], ids=["summarise", "config"])
def test_a_wait_or_a_rate_past_any_use_is_a_configuration_error(
    name: str, value: str, said: str, command: tuple[str, ...]
) -> None:
    """Was: COMMUNIQUE_TIMEOUT=1e300 read as a dropped connection, retried, then `cannot
    reach HOST after retries: timestamp out of range for platform time_t`; an RPM of 400
    digits an `internal error: OverflowError: int too large to convert to float`."""
    env = {name: value, "COMMUNIQUE_MODEL": "m", "COMMUNIQUE_BASE_URL": "http://127.0.0.1:9/v1"}
    result = run(*command, env=env)
    assert result.returncode == 4, result.stderr
    assert result.stderr == f"communique: error: {said}\n"


def test_pins_from_a_fifo_a_folder_or_with_a_byte_order_mark(record_line: str, tmp_path: Path) -> None:
    """Was: `corpus --pins FIFO` waited for ever for a writer; a pins file a spreadsheet
    saved with a byte-order mark failed at its first line (`expected 'same' or
    'different', …`)."""
    records = tmp_path / "a.jsonl"
    records.write_text(record_line + "\n")
    fifo = tmp_path / "pins.fifo"
    os.mkfifo(fifo)
    blocked = run("corpus", str(records), "--pins", str(fifo), "-o", str(tmp_path / "c1"), timeout=60)
    assert blocked.returncode == 3
    assert blocked.stderr == f"communique: error: {fifo}: cannot read the pins (a device or FIFO)\n"
    folder = run("corpus", str(records), "--pins", str(tmp_path), "-o", str(tmp_path / "c2"))
    assert folder.returncode == 3 and folder.stderr.endswith("cannot read the pins (a folder)\n")
    marked = tmp_path / "pins.tsv"
    marked.write_bytes(b"\xef\xbb\xbfsame\tAbdelouafi Laftit\tA. Laftit\n")
    result = run("corpus", str(records), "--pins", str(marked), "-o", str(tmp_path / "c3"))
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("kind", ["folder", "fifo", "/dev/zero"])
def test_records_that_are_a_folder_or_no_file_are_said_so(tmp_path: Path, kind: str) -> None:
    """Was: `DIR: no such file` for a folder, a FIFO or a device that exist."""
    path = {"folder": tmp_path, "fifo": tmp_path / "r.fifo", "/dev/zero": Path("/dev/zero")}[kind]
    if kind == "fifo":
        os.mkfifo(path)
    result = run("export", str(path), timeout=60)
    assert result.returncode == 3
    said = (
        f"{path} is a folder: give the records files in it (FILE.jsonl or FILE.db)"
        if kind == "folder"
        else f"{path}: not a file (a device or a FIFO)"
    )
    assert result.stderr == f"communique: error: {said}\n"


@pytest.mark.parametrize("where", ["eval --compare", "COMMUNIQUE_GLOSSARY", "--glossary"])
def test_a_fifo_given_as_a_report_or_a_glossary_is_refused_at_once(tmp_path: Path, where: str) -> None:
    """Was: `eval --compare FIFO FIFO` and a glossary that is a FIFO waited for ever for a
    writer (the reports and glossaries are read whole)."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    model = {"COMMUNIQUE_MODEL": "m", "COMMUNIQUE_BASE_URL": "http://127.0.0.1:9/v1"}
    if where == "eval --compare":
        result = run("eval", "--compare", str(fifo), str(fifo), timeout=60)
        what = "report"
    elif where == "--glossary":
        result = run("translate", BRIEF, "--glossary", str(fifo), env=model, timeout=60)
        what = "glossary"
    else:
        result = run("translate", BRIEF, env={**model, "COMMUNIQUE_GLOSSARY": str(fifo)}, timeout=60)
        what = "glossary"
    assert result.returncode == 3, result.stderr
    assert result.stderr.splitlines()[-1] == (
        f"communique: error: {what} {fifo}: not a file (a device or a FIFO); give the file itself"
    )


@pytest.mark.parametrize("run_of", ["1" * 5000, "QUJD" * 2000], ids=["tracking number", "base64 blob"])
def test_a_run_of_thousands_of_characters_above_the_text_hides_not_its_language(
    tmp_path: Path, run_of: str
) -> None:
    """Was: `cannot tell the language of the text`: the run filled the whole sample the
    language is told by (the first 4,000 characters, or their words)."""
    page = tmp_path / "page.txt"
    page.write_text(f"Posted {run_of}\n" + (EXAMPLES / "interpol-call-en.txt").read_text(encoding="utf-8"))
    result = run("summarise", str(page))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["document"]["language"] == "en"
