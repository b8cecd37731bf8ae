"""Batch throughput: 200 communiqués against the loopback fake, 200 ms per request, 16 in
flight, through the runner of `communique summarise` (`communique.api.analyse_many`: the
records kept from an earlier run looked up first, then threads over one shared Pipeline
for the rest, results written in order to a JSON Lines file).

Reports the first run's throughput as a share of the ideal N·L/C (goal ≥ 90 %), then a
second run, every reply from the cache, and its time as a share of the first (goal
< 5 %). The fake runs in a process of its own, as a server would; the model client is
warmed up (imports, connections) before the clock starts. Each round uses new
documents; the best round is reported (on a shared machine, the others measure the
neighbours too).

    python benchmarks/batch_throughput.py [--documents 200] [--latency 0.2] [--concurrency 16] [--rounds 3]
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fakeserver import FakeOpenAI, RecordedRequest, Reply, chat_auto, delay, made  # noqa: E402
from support import BRIEF_NO_ID as BRIEF  # noqa: E402
from support import GOOD_DRAFT  # noqa: E402

from communique import api  # noqa: E402
from communique.config import resolve  # noqa: E402
from communique.export import formats  # noqa: E402
from communique.ingest import inputs  # noqa: E402
from communique.pipeline import Pipeline  # noqa: E402

#: The fake's reply, made once for each way of asking (streamed or not, with the usage or
#: not, with tools or not): a server elsewhere takes none of the client's two cores, and
#: the fake's own rendering of the same draft, a hundred events of JSON a request, did.
_MADE: dict[tuple[bool, bool, bool], Reply] = {}


def _reply(latency: float, request: RecordedRequest) -> Any:
    way = (request.stream, "stream_options" in (request.json or {}), bool(request.tools))
    if way not in _MADE:
        _MADE[way] = made(chat_auto(GOOD_DRAFT), request)
    return delay(latency, _MADE[way])


def _serve(latency: float, link: Connection) -> None:
    """The fake endpoint, in its own process, until told to stop; then the requests it
    answered and the CPU it spent on them."""
    from functools import partial

    with FakeOpenAI(responder=partial(_reply, latency)) as fake:
        link.send(fake.base_url)
        started = time.process_time()
        link.recv()
        link.send((len(fake.chat_requests), time.process_time() - started))


def _documents(count: int, tag: str) -> list[inputs.Document]:
    return [
        inputs.Document(id=f"{tag}-{n:04d}", origin=f"{tag} {n}", text=f"{BRIEF}\nRéférence {tag} {n}.\n")
        for n in range(count)
    ]


def timed_run(
    settings: Any, documents: list[inputs.Document], out: Path, concurrency: int
) -> tuple[float, float, Any]:
    """One batch from the documents to a JSONL file, timed from the first read to the
    last line written: its seconds, the seconds of CPU this process spent on it (its
    threads', not its worker process's nor the fake's), and its tally."""
    with Pipeline(settings, offload=True) as pipeline:
        started, cpu = time.perf_counter(), time.process_time()
        items = inputs.load_all(documents, max_bytes=settings.max_bytes)
        sink = formats.open_sink("jsonl", out, force=True, resume=False)
        tally = api.analyse_many(items, pipeline=pipeline, sink=sink, concurrency=concurrency)
        return time.perf_counter() - started, time.process_time() - cpu, tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    server = context.Process(target=_serve, args=(args.latency, theirs), daemon=True)
    server.start()
    base_url = ours.recv()
    ideal = args.documents * args.latency / args.concurrency
    rounds = []
    with tempfile.TemporaryDirectory() as home:
        settings = resolve({"model": "fake-model", "base_url": base_url, "mode": "tools", "cache_dir": f"{home}/cache",
                            "data_dir": f"{home}/data"})  # fmt: skip
        out = Path(home) / "out.jsonl"
        timed_run(settings, _documents(args.concurrency, "warm-up"), out, args.concurrency)
        for number in range(args.rounds):
            documents = _documents(args.documents, f"round{number}")
            first, cpu, tally = timed_run(settings, documents, out, args.concurrency)
            assert tally.done == args.documents and tally.cached == 0, tally
            second, _, again = timed_run(settings, documents, out, args.concurrency)
            assert again.done == args.documents and again.cached == args.documents, again
            rounds.append((first, second, cpu))
            print(f"round {number + 1}: first run {first:.2f} s ({ideal / first:.1%} of ideal, "
                  f"{cpu / args.documents * 1000:.1f} ms of CPU a document), "
                  f"from the cache {second:.3f} s ({second / first:.1%})")  # fmt: skip
    ours.send("stop")
    requests, served = ours.recv()
    server.join(10)
    first, second, _ = min(rounds)
    cpu = min(cpu for _, _, cpu in rounds)
    print(f"{args.documents} documents, {args.latency * 1000:.0f} ms a request, {args.concurrency} in flight "
          f"({requests} requests in all, warm-up included); best round:")  # fmt: skip
    print(f"first run      {first:6.2f} s   ideal N·L/C {ideal:.2f} s   throughput {ideal / first:6.1%} of ideal "
          f"(goal ≥ 90 %)")  # fmt: skip
    print(f"client CPU     {cpu / args.documents * 1000:6.1f} ms a document (least of the rounds; this process "
          f"only); the fake's {served / requests * 1000:.2f} ms a request")  # fmt: skip
    print(f"from the cache {second:6.3f} s   {second / first:6.1%} of the first run (goal < 5 %)")


if __name__ == "__main__":
    main()
