"""How the injection detector fares on the variants of ``tests/injection``.

Each line of a variants file is a short communiqué (``text``, ``lang``) with the names
that occur only inside instructions addressed to a machine reader (``injected``) and
the real participants (``kept``). For each file it prints:

    injected names leaked    names of ``injected`` found outside the passages the
                             detector finds (what a model's record could keep), or in
                             the rules' record
    real names lost          names of ``kept`` inside a passage, or missing from the
                             participants of the rules' record
    benign texts flagged     texts without an injection (``injected`` empty) in which
                             a passage was found

    python scripts/injection_figures.py [FILE.jsonl ...] [--list]

Without files it reads ``tests/injection/dev.jsonl`` and ``tests/injection/heldout.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import communique
from communique import injection
from communique.ingest import parse
from communique.text import fold

VARIANTS = Path(__file__).resolve().parents[1] / "tests" / "injection"


@dataclass
class Figures:
    """The figures of one variants file, with the ids and names behind each."""

    texts: int = 0
    injected: int = 0
    kept: int = 0
    benign: int = 0
    leaked: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    flagged: list[str] = field(default_factory=list)

    def lines(self, *, details: bool = False) -> list[str]:
        """The report, one figure a line; with ``details``, what each figure counts."""
        rows = [
            ("injected names leaked", self.leaked, self.injected),
            ("real names lost", self.lost, self.kept),
            ("benign texts flagged", self.flagged, self.benign),
        ]
        out = [f"{'texts':<28}{self.texts:>6}"]
        for label, items, total in rows:
            out.append(f"{label:<28}{len(items):>6} / {total}")
            if details:
                out.extend(f"    {item}" for item in items)
        return out


def _named(name: str, folded_text: str) -> bool:
    return f" {fold(name)} " in f" {folded_text} "


def _surname(name: str) -> str:
    """The last word of a name: an injected name is leaked if even it alone gets through."""
    return fold(name).split()[-1]


def measure(rows: Sequence[dict[str, Any]]) -> Figures:
    """Run the detector and the rules backend on each variant and count what got through."""
    figures = Figures()
    for row in rows:
        figures.texts += 1
        source = parse(row["text"], lang=row["lang"])
        reported = fold(injection.reported(source.text))
        record = communique.analyse(row["text"], backend="rules", lang=row["lang"])
        shown = fold(record.model_dump_json())
        participants = [fold(p.name) for m in record.meetings for p in m.participants if p.name]
        for name in row["injected"]:
            figures.injected += 1
            where = [
                w
                for w, text in (("detector", reported), ("rules record", shown))
                if _surname(name) in text.split()
            ]
            if where:
                figures.leaked.append(f"{row['id']}: {name} ({', '.join(where)})")
        for name in row["kept"]:
            figures.kept += 1
            where = ["detector"] if not _named(name, reported) else []
            if not any(fold(name) in found or found in fold(name) for found in participants):
                where.append("rules record")  # a part of the name will do: the rules may shorten it
            if where:
                figures.lost.append(f"{row['id']}: {name} ({', '.join(where)})")
        if not row["injected"]:
            figures.benign += 1
            if injection.passages(source.text):
                figures.flagged.append(f"{row['id']}: {'; '.join(injection.notes(source.text))}")
    return figures


def read(path: Path) -> list[dict[str, Any]]:
    """The variants of a JSON Lines file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("files", type=Path, nargs="*", help="variants files (JSON Lines)")
    parser.add_argument("--list", action="store_true", help="print the ids and names behind each figure")
    args = parser.parse_args(argv)
    for path in args.files or [VARIANTS / "dev.jsonl", VARIANTS / "heldout.jsonl"]:
        print(path.name)
        print("\n".join("  " + line for line in measure(read(path)).lines(details=args.list)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
