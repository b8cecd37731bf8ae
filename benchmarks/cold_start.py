"""Cold start: what one `communique summarise` costs, against `python -c pass`, in CPU time.

Three paths: an offline summarise of a seed (the rules backend, no cache); a model's
record answered from the cache the first time (from the hit the run that made it kept:
the record's JSON text read from the cache's database and printed, before typer,
pydantic or the reader are imported); and the same command again, answered from its
replay (:mod:`communique.replay`). Each is timed as the CPU time (user + system) of a fresh
process, median of ``--runs``, in the same run as the bare interpreter, and printed as
a ratio. Goals (issue 13): offline ≤ 10×, cache hit ≤ 6×.
The last rows, with no goal, are the floor under every path that builds or reads a record:
importing the spec's models (:mod:`communique.schema`, so pydantic), and nothing else; and
under that, pydantic itself with one model of one field (what any model costs: pydantic's
lazily imported modules, and its plugin loader, which imports :mod:`importlib.metadata`).
Both with ``PYDANTIC_DISABLE_PLUGINS`` set, as the command line sets it.
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
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fakeserver import FakeOpenAI, chat_auto  # noqa: E402
from support import GOOD_DRAFT  # noqa: E402

SEED = ROOT.parent / "shared" / "seeds" / "seed-denmark-2026.txt"
EXAMPLE = ROOT / "examples" / "rabat-madrid-fr.txt"


def cpu_seconds(
    command: list[str], env: dict[str, str], before_each: Callable[[], None] | None = None
) -> float:
    """The CPU time (user + system) one run of ``command`` took (after ``before_each``)."""
    if before_each is not None:
        before_each()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, env=env, check=True, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median_cpu(command: list[str], env: dict[str, str], runs: int,
               before_each: Callable[[], None] | None = None) -> float:  # fmt: skip
    return statistics.median(cpu_seconds(command, env, before_each) for _ in range(runs))


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
        replays = Path(home) / "cache" / "replays"

        def forget() -> None:
            for kept in replays.glob("*.json"):
                kept.unlink()

        def remember() -> None:
            if not any(replays.glob("*.json")):
                subprocess.run(hit, env=model_env, check=True, capture_output=True)

        bare = median_cpu([sys.executable, "-c", "pass"], env, args.runs)
        models = [sys.executable, "-c", "import communique.schema"]
        pydantic = [sys.executable, "-c", "from pydantic import BaseModel\nclass One(BaseModel):\n    x: int"]
        floor_env = env | {"PYDANTIC_DISABLE_PLUGINS": "__all__"}
        figures = [("offline summarise", offline, env, None, 10), ("cache hit, first", hit, model_env, forget, 6),
                   ("cache hit, again", hit, model_env, remember, 6), ("the models alone", models, floor_env, None, None),
                   ("pydantic, one model", pydantic, floor_env, None, None)]  # fmt: skip
        measured = [median_cpu(command, e, args.runs, before) for _, command, e, before, _ in figures]
        heavy = []
        for _, command, e, before, _ in figures:
            if before is not None:
                before()
            heavy.append(heaviest_imports(command, e))
        assert len(fake.requests) == calls, "a cache hit must not call the model"
    print(f"python -c pass       {bare * 1000:7.1f} ms CPU (median of {args.runs})")
    for (label, *_, goal), seconds, imports in zip(figures, measured, heavy, strict=True):
        aim = f"goal ≤ {goal}×" if goal else "no goal: the floor of a record"
        print(f"{label:20} {seconds * 1000:7.1f} ms CPU  {seconds / bare:5.1f}×  ({aim})")
        print(f"  {'; '.join(imports)}")


if __name__ == "__main__":
    main()
