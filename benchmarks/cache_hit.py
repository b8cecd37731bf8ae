"""Cache-hit start-up: `communique summarise` answered from the cache, against
`python -c pass`, in the same run.

Goal: a cache hit costs at most 6× a bare interpreter start, because the model
client (openai, instructor) is imported only on the path that calls a model.

    python benchmarks/cache_hit.py [--runs 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def installed_environment() -> dict[str, str]:
    """The environment of an ordinary installation: Python may cache bytecode (some
    sandboxes set PYTHONDONTWRITEBYTECODE, which recompiles communique at every start)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


sys.path.insert(0, str(ROOT / "tests"))

from fakeserver import FakeOpenAI, chat_auto  # noqa: E402
from support import GOOD_DRAFT  # noqa: E402

EXAMPLE = ROOT / "examples" / "rabat-madrid-fr.txt"


def timed(command: list[str], env: dict[str, str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home, FakeOpenAI() as fake:
        fake.responder = lambda request: chat_auto(GOOD_DRAFT)
        env = {**installed_environment(), "COMMUNIQUE_MODEL": "fake-model", "COMMUNIQUE_BASE_URL": fake.base_url,
               "COMMUNIQUE_CACHE_DIR": f"{home}/cache", "COMMUNIQUE_DATA_DIR": f"{home}/data",
               "COMMUNIQUE_ENV_FILE": f"{home}/none", "COMMUNIQUE_MODE": "tools"}  # fmt: skip
        command = [sys.executable, "-m", "communique", "summarise", str(EXAMPLE)]
        subprocess.run(command, env=env, check=True, capture_output=True)  # fill the cache
        calls = len(fake.requests)
        imports = subprocess.run([sys.executable, "-X", "importtime", *command[1:]], env=env, check=True,
                                 capture_output=True, text=True).stderr  # fmt: skip
        baseline = timed([sys.executable, "-c", "pass"], env, args.runs)
        hit = timed(command, env, args.runs)
        assert len(fake.requests) == calls, "a cache hit must not call the model"
    base, cached = statistics.median(baseline), statistics.median(hit)
    heavy = [
        m
        for m in ("openai", "instructor", "httpx2", "tenacity")
        if f" {m}\n" in imports or f"| {m}\n" in imports
    ]
    print(f"python -c pass        median {base * 1000:7.1f} ms over {args.runs} runs")
    print(f"summarise (cache hit) median {cached * 1000:7.1f} ms over {args.runs} runs")
    print(f"ratio                 {cached / base:7.2f}×  (goal ≤ 6×)")
    print(f"model client imported on a hit: {', '.join(heavy) or 'none'}")


if __name__ == "__main__":
    main()
