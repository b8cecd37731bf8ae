"""Cold start: what one `communique summarise` costs, against `python -c pass`, in CPU time.

Two paths a user meets first: an offline summarise of a seed (the rules backend, no
cache), and a model's reply answered from the cache. Each is timed as the CPU time
(user + system) of a fresh process, median of ``--runs``, in the same run as the bare
interpreter, and printed as a ratio. Goals (issue 13): offline ≤ 10×, cache hit ≤ 6×.
The imports each path pays for are listed from ``python -X importtime`` (cumulative,
the largest first), so that a regression says where it comes from.

    python benchmarks/cold_start.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fakeserver import FakeOpenAI, chat_auto  # noqa: E402
from support import GOOD_DRAFT  # noqa: E402

SEED = ROOT.parent / "shared" / "seeds" / "seed-denmark-2026.txt"
EXAMPLE = ROOT / "examples" / "rabat-madrid-fr.txt"


def cpu_seconds(command: list[str], env: dict[str, str]) -> float:
    """The CPU time (user + system) one run of ``command`` took."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, env=env, check=True, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median_cpu(command: list[str], env: dict[str, str], runs: int) -> float:
    return statistics.median(cpu_seconds(command, env) for _ in range(runs))


def heaviest_imports(command: list[str], env: dict[str, str], count: int = 6) -> list[str]:
    """The top-level imports with the largest cumulative time, as ``name ms``."""
    trace = subprocess.run([sys.executable, "-X", "importtime", *command[1:]], env=env, check=True,
                           capture_output=True, text=True).stderr  # fmt: skip
    rows = []
    for line in trace.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[1].strip().isdigit() and not parts[2].startswith("  "):
            rows.append((int(parts[1]), parts[2].strip()))
    return [f"{name} {micros / 1000:.0f} ms" for micros, name in sorted(rows, reverse=True)[:count]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    seed = SEED if SEED.exists() else EXAMPLE
    with tempfile.TemporaryDirectory() as home, FakeOpenAI() as fake:
        # an ordinary installation: bytecode cached (some sandboxes turn that off)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env |= {"COMMUNIQUE_CACHE_DIR": f"{home}/cache", "COMMUNIQUE_DATA_DIR": f"{home}/data",
                "COMMUNIQUE_ENV_FILE": f"{home}/none", "HOME": home}  # fmt: skip
        offline = [
            sys.executable,
            "-m",
            "communique",
            "summarise",
            str(seed),
            "--backend",
            "rules",
            "--no-cache",
        ]
        fake.responder = lambda request: chat_auto(GOOD_DRAFT)
        model_env = env | {"COMMUNIQUE_MODEL": "fake-model", "COMMUNIQUE_BASE_URL": fake.base_url,
                           "COMMUNIQUE_MODE": "tools"}  # fmt: skip
        hit = [sys.executable, "-m", "communique", "summarise", str(EXAMPLE)]
        subprocess.run(hit, env=model_env, check=True, capture_output=True)  # fill the cache
        calls = len(fake.requests)
        bare = median_cpu([sys.executable, "-c", "pass"], env, args.runs)
        figures = {"offline summarise": (offline, env), "cache hit": (hit, model_env)}
        measured = {label: median_cpu(command, e, args.runs) for label, (command, e) in figures.items()}
        assert len(fake.requests) == calls, "a cache hit must not call the model"
        heavy = {label: heaviest_imports(command, e) for label, (command, e) in figures.items()}
    print(f"python -c pass       {bare * 1000:7.1f} ms CPU (median of {args.runs})")
    for (label, seconds), goal in zip(measured.items(), (10, 6), strict=True):
        print(f"{label:20} {seconds * 1000:7.1f} ms CPU  {seconds / bare:5.1f}×  (goal ≤ {goal}×)")
        print(f"  {'; '.join(heavy[label])}")


if __name__ == "__main__":
    main()
