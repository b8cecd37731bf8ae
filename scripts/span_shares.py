"""How the words of each kind of field are found in the text: the share of fields with an
exact, folded, alias or fuzzy span, or none.

Runs the ``rules`` backend over every text of each folder (as ``communique summarise``
reads them), checks every span against its text (``communique.spans.check``) and prints
one Markdown table per folder: a row per kind of field (participant names, titles and
organisations, date phrases, cities, venues, parties, outcomes, the words that report a
meeting and those that decide its status), how many the records hold, and the share of
each kind of match.

With ``--gold``, the records are the folder's hand labels (``NAME.json``) instead, their
spans found as the pipeline finds a model's: what a model that answers as the labels
do would get (a model gives no cue words, so meetings and statuses have no span).

    python scripts/span_shares.py [--gold] [FOLDER ...]        (default: evals evals/holdout)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from communique import ingest, spans
from communique.config import resolve
from communique.errors import InputError
from communique.pipeline import Pipeline
from communique.schema import Analysis

ROOT = Path(__file__).resolve().parents[1]
#: The columns of the table: how a field's words matched, or ``none``.
MATCHES = ("exact", "folded", "alias", "fuzzy", "none")


def shares(folder: Path, pipeline: Pipeline | None) -> tuple[dict[str, Counter[str]], int, list[str]]:
    """For each kind of field, how its spans matched over the texts of ``folder`` (the
    records of ``pipeline``, or without one the gold records next to the texts); the
    number of texts read; the spans that do not hold against their text."""
    tallies: dict[str, Counter[str]] = {family: Counter() for family in spans.FAMILIES}
    read, broken = 0, []
    for path in sorted(folder.glob("*.txt")):
        try:
            source = ingest.read_path(path)
        except InputError:
            continue
        read += 1
        if pipeline is not None:
            record = pipeline.run(source)
        else:
            record = Analysis.model_validate_json(path.with_suffix(".json").read_text(encoding="utf-8"))
            record.spans = spans.locate(source.text, record)
        broken += [f"{path.name}: {problem}" for problem in spans.check(source.text, record)]
        found = {span.field: span.match.value for span in record.spans}
        for field, family in spans.fields(record):
            tallies[family][found.get(field, "none")] += 1
    return tallies, read, broken


def table(tallies: dict[str, Counter[str]]) -> list[str]:
    """The Markdown table: a row per kind of field and one for all, shares in percent."""
    rows = [*tallies.items(), ("all", sum(tallies.values(), Counter()))]
    out = ["| field | count | " + " | ".join(MATCHES) + " |", "| --- | ---: |" + " ---: |" * len(MATCHES)]
    for family, counts in rows:
        total = sum(counts.values())
        cells = [f"{100 * counts[m] / total:.1f} %" if total else "—" for m in MATCHES]
        out.append(f"| {family} | {total} | " + " | ".join(cells) + " |")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folders", nargs="*", type=Path, help="folders of .txt files (default: evals evals/holdout)"
    )
    parser.add_argument(
        "--gold", action="store_true", help="the spans of the gold records, not the rules' records"
    )
    args = parser.parse_args(argv)
    folders = args.folders or [ROOT / "evals", ROOT / "evals" / "holdout"]
    pipeline = None if args.gold else Pipeline(resolve({"backend": "rules", "cache": False, "log": False}))
    failed = False
    for folder in folders:
        tallies, read, broken = shares(folder, pipeline)
        shown = folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder
        print(f"{shown} ({read} texts, {'gold records' if args.gold else 'rules backend'})\n")
        print("\n".join(table(tallies)))
        print(f"\nspans that do not hold against their text: {len(broken)}")
        print("".join(f"  {line}\n" for line in broken))
        failed |= bool(broken)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
