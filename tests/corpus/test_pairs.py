"""Merge precision and recall on hand-labelled pairs of reports (``pairs.json``): 22
pairs that report one encounter in different words, 15 traps that do not."""

from __future__ import annotations

from pathlib import Path

from cases import pairs, write

from communique.corpora import build

#: The floors: a false merge loses a meeting from the record, so precision matters most.
MIN_PRECISION, MIN_RECALL = 1.0, 0.9


def merged(pair: dict, folder: Path) -> bool:
    """Whether the corpus of the pair's two records has one event."""
    records = write(folder / f"{pair['id']}.jsonl", [pair["a"], pair["b"]])
    return len(build.build([records]).events) == 1


def test_merge_precision_and_recall_on_labelled_pairs(tmp_path: Path) -> None:
    labelled = pairs()
    assert len(labelled) >= 30 and sum(not p["same"] for p in labelled) >= 10
    outcome = {p["id"]: merged(p, tmp_path) for p in labelled}
    true_pos = sum(outcome[p["id"]] and p["same"] for p in labelled)
    false_pos = [p["id"] + ": " + p["why"] for p in labelled if outcome[p["id"]] and not p["same"]]
    missed = [p["id"] + ": " + p["why"] for p in labelled if p["same"] and not outcome[p["id"]]]
    precision = true_pos / max(1, true_pos + len(false_pos))
    recall = true_pos / sum(p["same"] for p in labelled)
    print(f"\nmerge precision {precision:.3f}, recall {recall:.3f} on {len(labelled)} labelled pairs")
    assert precision >= MIN_PRECISION, false_pos
    assert recall >= MIN_RECALL, missed
