"""Corpus merge at scale: 100,000 generated records (encounters between invented
officials, each reported one to three times and spelt differently) read, resolved into
people and merged into events on one core, then written as the four files.

Goal: reading, people and merging under a minute of CPU on one core, memory bounded by
the compact mentions (no all-pairs comparison: each meeting meets only the events of
its parties on its own and the previous day). Also reports how well the merge found
the generator's encounters (pairs of records in one event).

    python benchmarks/corpus_merge.py [--records 100000] [--days 1500] [--no-write]
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "corpus"))

from synthetic import records  # noqa: E402

from communique.corpora import build, events, people, read  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--days", type=int, default=1500, help="the span of dates the encounters fall in")
    parser.add_argument("--no-write", action="store_true", help="merge only; do not write the four files")
    args = parser.parse_args()
    generated = records(args.records, days=args.days)
    truth = {json.loads(line)["document"]["id"]: encounter for line, encounter in generated}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "records.jsonl"
        path.write_text("".join(line + "\n" for line, _ in generated), encoding="utf-8")
        del generated
        clock = time.process_time()
        mentions = [m for record, fallback in read.records([path]) for m in read.mentions(record, fallback)]
        stages = {"read": time.process_time() - clock}
        clock = time.process_time()
        found = people.resolve(mentions)
        stages["people"] = time.process_time() - clock
        clock = time.process_time()
        merged = events.merge(mentions, found.of, {pid: p.name for pid, p in found.persons.items()})
        stages["events"] = time.process_time() - clock
        merge_total = sum(stages.values())
        if not args.no_write:
            clock = time.process_time()
            build.write(build.build([path]), Path(folder) / "corpus", force=False)
            stages["build and write again, end to end"] = time.process_time() - clock
    together = sum(
        1
        for e in merged
        for a, b in itertools.combinations(e.sources, 2)
        if truth[a.doc.id] == truth[b.doc.id]
    )
    apart = sum(
        1
        for e in merged
        for a, b in itertools.combinations(e.sources, 2)
        if truth[a.doc.id] != truth[b.doc.id]
    )
    wanted = sum(n * (n - 1) // 2 for n in Counter(truth.values()).values())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{args.records} records, {len(mentions)} meetings → {len(merged)} events, {len(found.persons)} people"
    )
    for name, seconds in stages.items():
        print(f"  {name:<36} {seconds:6.1f} s CPU")
    print(
        f"  read + people + merge              {merge_total:6.1f} s CPU (goal < 60 s)  peak memory {peak:.0f} MB"
    )
    print(
        f"  pairs merged: precision {together / max(1, together + apart):.4f}, recall {together / max(1, wanted):.4f}"
    )
    sys.exit(0 if merge_total < 60 else 1)


if __name__ == "__main__":
    main()
