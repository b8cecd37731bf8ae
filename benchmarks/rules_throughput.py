"""The offline rules backend: documents per second on one core, and start-up time.

Goal: at least 200 documents per second through the whole pipeline (ingest,
extract, ground, normalise, summarise), on the project's eval texts.

    python benchmarks/rules_throughput.py [--seconds 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def installed_environment() -> dict[str, str]:
    """The environment of an ordinary installation: Python may cache bytecode (some
    sandboxes set PYTHONDONTWRITEBYTECODE, which recompiles communique at every start)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def throughput(seconds: float) -> tuple[float, int]:
    from communique.config import resolve
    from communique.ingest import read_bytes
    from communique.pipeline import Pipeline

    texts = [p.read_bytes() for p in sorted((ROOT / "evals").glob("*.txt"))]
    pipeline = Pipeline(resolve({"backend": "rules", "cache": False}))
    for data in texts:  # warm up: tables loaded, patterns compiled
        pipeline.run(read_bytes(data))
    done, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        for data in texts:
            # a document never seen before, so that no memo of an earlier pass helps
            pipeline.run(read_bytes(data + f"\n\nRef. {done}.".encode()))
            done += 1
    return done / (time.perf_counter() - started), len(texts)


def startup(runs: int) -> tuple[float, float]:
    env = {**installed_environment(), "COMMUNIQUE_BACKEND": "rules"}
    command = [
        sys.executable,
        "-m",
        "communique",
        "summarise",
        str(ROOT / "examples" / "rabat-madrid-fr.txt"),
        "-q",
    ]

    def median(cmd: list[str]) -> float:
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(cmd, env=env, check=True, capture_output=True)
            times.append(time.perf_counter() - started)
        return statistics.median(times)

    return median([sys.executable, "-c", "pass"]), median(command)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    rate, corpus = throughput(args.seconds)
    base, cli = startup(args.runs)
    print(f"rules pipeline     {rate:8.0f} documents/s on one core ({corpus} eval texts, goal ≥ 200)")
    print(f"python -c pass     {base * 1000:8.1f} ms (median of {args.runs})")
    print(
        f"summarise, offline {cli * 1000:8.1f} ms (median of {args.runs}), {cli / base:.1f}× python -c pass"
    )


if __name__ == "__main__":
    main()
