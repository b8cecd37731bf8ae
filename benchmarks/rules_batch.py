"""Offline batches on every core: 1,000 communiqués through the rules with ``-j 1`` and
with ``-j 2`` (worker processes), records in input order either way.

Goal: ``-j 2`` gives at least 1.8× the throughput of ``-j 1`` on two cores. The two
are run in turn ``--rounds`` times and the best time of each is compared (on a shared
machine, the others measure the neighbours too).

    python benchmarks/rules_batch.py [--documents 1000] [--workers 2] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus(folder: Path, count: int) -> list[str]:
    """``count`` distinct communiqués made from the eval set's texts (each with its own id)."""
    texts = sorted((ROOT / "evals").glob("*.txt"))
    ids = []
    for number in range(count):
        # without the case's own id: one id for two documents is an input error
        source = re.sub(
            r"^id: .*\n", "", texts[number % len(texts)].read_text(encoding="utf-8"), count=1, flags=re.M
        )
        ids.append(f"doc-{number:05d}")
        (folder / f"{ids[-1]}.txt").write_text(source + f"\nRéférence {number}.\n", encoding="utf-8")
    return ids


def timed(items: list, workers: int, out: Path) -> float:
    import communique

    errors = out.with_suffix(".errors.jsonl")  # the eval texts' planted instructions, one warning each
    for written in (out, errors):
        written.unlink(missing_ok=True)  # the round before wrote it
    started = time.perf_counter()
    tally = communique.analyse_many(
        items,
        settings=communique.configure({"backend": "rules"}),
        output=out,
        errors=errors,
        concurrency=workers,
    )
    elapsed = time.perf_counter() - started
    assert tally.failed == 0 and tally.done == len(items), tally
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    import communique

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "briefs"
        folder.mkdir()
        ids = corpus(folder, args.documents)
        items = communique.load([str(folder)])
        ones, manys = [], []
        for _ in range(args.rounds):
            ones.append(timed(items, 1, Path(scratch) / "one.jsonl"))
            manys.append(timed(items, args.workers, Path(scratch) / "many.jsonl"))
        one, many = min(ones), min(manys)
        lines = [(Path(scratch) / name).read_text().splitlines() for name in ("one.jsonl", "many.jsonl")]
        order = [json.loads(line)["document"]["id"] for line in lines[1]]
        assert order == ids, "records out of input order"
        same = [json.loads(a)["meetings"] == json.loads(b)["meetings"] for a, b in zip(*lines, strict=True)]
    print(
        f"-j 1: {args.documents / one:.0f} documents/s; -j {args.workers}: {args.documents / many:.0f} documents/s"
    )
    print(f"ratio {one / many:.2f} (goal ≥ 1.8 on 2 cores); identical records: {all(same)}")
    sys.exit(0 if all(same) else 1)


if __name__ == "__main__":
    main()
