"""The library API: every job of the command line, in-process."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest
from conftest import EVALS, EXAMPLES

import communique
from communique import api
from communique.errors import ConfigError, OutputError, UsageError

#: The public names of ``import communique``. A change here is a change of the public
#: API: make it on purpose, and say so in the changelog.
PUBLIC = [
    "Analysis",
    "CommuniqueError",
    "ConfigError",
    "InputError",
    "ModelError",
    "OutputError",
    "Pipeline",
    "Settings",
    "Source",
    "Tally",
    "Usage",
    "UsageError",
    "ValidationFailed",
    "__version__",
    "analyse",
    "analyse_many",
    "batch_status",
    "configure",
    "corpus",
    "export_records",
    "fetch_batch",
    "load",
    "make_translator",
    "submit_batch",
    "translate",
    "translate_many",
]


def test_public_names_are_pinned_and_importable() -> None:
    assert communique.__all__ == PUBLIC
    for name in PUBLIC:
        assert getattr(communique, name) is not None, name
    with pytest.raises(AttributeError):
        communique.not_a_name  # noqa: B018


def test_analyse_reads_one_text_offline() -> None:
    record = communique.analyse((EXAMPLES / "rabat-madrid-fr.txt").read_text(encoding="utf-8"))
    assert record.is_meeting_report and record.meetings[0].parties == ["ES", "MA"]
    assert record.provenance is not None and record.provenance.backend == "rules"


def test_analyse_many_writes_every_format_in_input_order(tmp_path: Path) -> None:
    items = communique.load([str(EXAMPLES)])
    assert [item.id for item in items] == ["interpol-call-en", "example-rabat-madrid"]  # front matter ids win
    out = tmp_path / "records.jsonl"
    tally = communique.analyse_many(items, output=out)
    assert (tally.total, tally.done, tally.failed) == (2, 2, 0)
    ids = [json.loads(line)["document"]["id"] for line in out.read_text().splitlines()]
    assert ids == ["interpol-call-en", "example-rabat-madrid"]
    database = tmp_path / "records.db"
    communique.analyse_many(items, format="sqlite", output=database)
    assert sqlite3.connect(database).execute("SELECT COUNT(*) FROM documents").fetchone() == (2,)


def test_analyse_many_resumes_and_refuses_what_cannot_be_done(tmp_path: Path) -> None:
    items = communique.load([str(EXAMPLES)])
    out = tmp_path / "records.jsonl"
    communique.analyse_many(items[:1], output=out)
    again = communique.analyse_many(items, output=out, resume=True)
    assert (again.skipped, again.done) == (1, 1) and len(out.read_text().splitlines()) == 2
    with pytest.raises(UsageError, match="json holds one record"):
        communique.analyse_many(items, format="json")
    with pytest.raises(UsageError, match="--resume needs -o FILE"):
        communique.analyse_many(items, format="csv", output=tmp_path / "x.csv", resume=True)
    with pytest.raises(OutputError, match="exists"):
        communique.analyse_many(items, output=out)


def test_configure_checks_names_against_the_registries() -> None:
    with pytest.raises(ConfigError, match="backend 'oracle' is not one of auto, rules, openai"):
        communique.configure({"backend": "oracle"})
    with pytest.raises(ConfigError, match="mode 'telepathy' is not one of"):
        communique.configure({"mode": "telepathy"})
    assert communique.configure({"backend": "rules"}).resolved_backend == "rules"


def test_translation_needs_a_model() -> None:
    with pytest.raises(ConfigError, match="needs a model"):
        communique.translate("Le ministre a reçu son homologue mardi.")


def test_evaluate_and_its_reports(tmp_path: Path) -> None:
    result = api.evaluate(
        EVALS / "holdout", settings=communique.configure({"backend": "rules"}), progress=False
    )
    assert len(result.cases) == 26 and result.report.hallucinated_names == 0
    api.save_report(result, tmp_path / "run.json")
    api.save_report(result, tmp_path / "run.html", html=True)
    comparison = api.compare_reports(tmp_path / "run.json", tmp_path / "run.json")
    assert not comparison.improved and not comparison.regressed
    assert api.failed_gates(result, min_score=1.0, minimums=api.eval_gates(["parties.f1=0"]))
    with pytest.raises(UsageError):
        api.eval_gates(["nonsense"])


def test_what_communique_knows_about_itself() -> None:
    assert api.json_schema()["title"] == "Analysis"
    assert any(prompt.ref.startswith("extract@v") for prompt in api.prompt_versions())
    assert api.reply_cache().info().entries == 0
    assert api.call_log().recent() == []


def test_offline_batches_run_in_worker_processes_in_input_order(tmp_path: Path) -> None:
    from communique.batch import PROCESS_BATCH

    folder = tmp_path / "briefs"
    folder.mkdir()
    texts = sorted(EVALS.glob("*.txt"))
    for number in range(PROCESS_BATCH + 5):
        (folder / f"doc-{number:03d}.txt").write_text(
            texts[number % len(texts)].read_text() + f"\nRef {number}.\n"
        )
    (folder / "doc-999-empty.txt").write_text("")
    items = communique.load([str(folder)])
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    settings = communique.configure({"backend": "rules"})
    first = communique.analyse_many(
        items, settings=settings, output=one, concurrency=1, errors=tmp_path / "e1"
    )
    second = communique.analyse_many(
        items, settings=settings, output=two, concurrency=2, errors=tmp_path / "e2"
    )
    # with another thread running, the workers are spawned rather than forked
    three, waiting = tmp_path / "three.jsonl", threading.Event()
    neighbour = threading.Thread(target=waiting.wait)
    neighbour.start()
    try:
        third = communique.analyse_many(
            items, settings=settings, output=three, concurrency=2, errors=tmp_path / "e3"
        )
    finally:
        waiting.set()
        neighbour.join()
    assert (first.done, first.failed) == (second.done, second.failed) == (PROCESS_BATCH + 5, 1)
    assert (third.done, third.failed) == (first.done, first.failed)
    strip = [
        [{**json.loads(line), "provenance": None} for line in path.read_text().splitlines()]
        for path in (one, two, three)
    ]
    assert strip[0] == strip[1] == strip[2]  # the same records, in input order
    assert (tmp_path / "e2").read_text().count('"status": "failed"') == 1
