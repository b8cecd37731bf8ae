"""How the offline reader fares on a folder of real communiqués, without labels.

Runs the ``rules`` backend over every text of a folder (files, as ``communique
summarise`` reads them) and prints what can be told without knowing the answers:

    documents            texts found (``*.txt``: the ``*.md`` notes beside them, such as
                         LABELS.md, are not counted)
    unreadable           texts the tool refuses (too big, not a text, wrong language)
    crashes              texts whose analysis raised an unexpected error
    no publication date  texts in which no publication date was found (a day named
                         in them, "on Tuesday", cannot be placed)
    meeting reports      texts read as reporting at least one meeting
      with no named participant
      meetings with no date   the meetings of those texts that were given no date
    names not person-shaped   participant names that look like an office, a unit,
                              a document or a place (``names.person_shaped``)
    names not in the text     participant names that occur nowhere in the text
    instructions to a reader  texts in which passages addressed to a machine reader
                              were found (``provenance.warnings``): on genuine
                              communiqués, each is a false detection

    python scripts/survey.py FOLDER [--list]

``--list`` also prints, under each figure that is not zero, the files (and names).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import communique
from communique.normalise.names import person_shaped
from communique.text import fold


@dataclass
class Survey:
    """The figures of one run, with the files (and names) behind each."""

    documents: int = 0
    unreadable: list[str] = field(default_factory=list)
    crashes: list[str] = field(default_factory=list)
    no_publication_date: list[str] = field(default_factory=list)
    meeting_reports: list[str] = field(default_factory=list)
    no_named_participant: list[str] = field(default_factory=list)
    undated_meetings: list[str] = field(default_factory=list)
    not_person_shaped: list[str] = field(default_factory=list)
    not_in_text: list[str] = field(default_factory=list)
    instructions: list[str] = field(default_factory=list)

    def lines(self, *, details: bool = False) -> list[str]:
        """The report, one figure a line; with ``details``, what each figure counts."""
        rows: list[tuple[str, int, list[str]]] = [
            ("documents", self.documents, []),
            ("unreadable", len(self.unreadable), self.unreadable),
            ("crashes", len(self.crashes), self.crashes),
            ("no publication date", len(self.no_publication_date), self.no_publication_date),
            ("meeting reports", len(self.meeting_reports), []),
            ("  with no named participant", len(self.no_named_participant), self.no_named_participant),
            ("  meetings with no date", len(self.undated_meetings), self.undated_meetings),
            ("names not person-shaped", len(self.not_person_shaped), self.not_person_shaped),
            ("names not in the text", len(self.not_in_text), self.not_in_text),
            ("instructions to a reader", len(self.instructions), self.instructions),
        ]
        out = []
        for label, count, items in rows:
            out.append(f"{label:<32}{count:>6}")
            if details:
                out.extend(f"    {item}" for item in items)
        return out


#: The suffixes of the notes kept beside the texts of a folder (hand labels, a list of
#: sources), which ``communique summarise FOLDER`` reads as Markdown communiqués but the
#: survey does not count: the texts it surveys are the ``.txt`` files.
NOTES = (".md",)


def survey(folder: Path) -> Survey:
    """Read every text of ``folder`` with the offline rules and count what went wrong."""
    result = Survey()
    pipeline = communique.Pipeline(communique.configure({"backend": "rules", "cache": False}))
    for item in communique.load([str(folder)]):
        path = item.document.path
        if path is not None and path.suffix.lower() in NOTES:
            continue  # the folder's notes (LABELS.md, SOURCES.md): no communiqué of the survey
        result.documents += 1
        if item.source is None:
            result.unreadable.append(f"{item.id}: {item.error}")
            continue
        try:
            analysis = pipeline.run(item.source)
        except communique.CommuniqueError as error:
            result.unreadable.append(f"{item.id}: {error}")
            continue
        except Exception as error:  # a crash is what this figure counts
            result.crashes.append(f"{item.id}: {type(error).__name__}: {error}")
            continue
        if item.source.published is None:
            result.no_publication_date.append(item.id)
        made = analysis.provenance
        if made is not None and made.warnings:
            result.instructions.append(f"{item.id}: {'; '.join(made.warnings)}")
        if not analysis.is_meeting_report:
            continue
        result.meeting_reports.append(item.id)
        named = [p.name for meeting in analysis.meetings for p in meeting.participants if p.name]
        if not named:
            result.no_named_participant.append(item.id)
        result.undated_meetings.extend(
            f"{item.id}: meeting {number}" for number, m in enumerate(analysis.meetings, 1) if m.date is None
        )
        text = f" {fold(item.source.text)} "
        result.not_person_shaped.extend(f"{item.id}: {name}" for name in named if not person_shaped(name))
        result.not_in_text.extend(f"{item.id}: {name}" for name in named if f" {fold(name)} " not in text)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folder", type=Path, help="a folder of communiqués (text files)")
    parser.add_argument("--list", action="store_true", help="print the files and names behind each figure")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        parser.error(f"{args.folder} is not a folder")
    try:
        figures = survey(args.folder)
    except communique.CommuniqueError as error:  # a folder of no communiqué, say
        parser.exit(3, f"{parser.prog}: error: {error}\n")
    print("\n".join(figures.lines(details=args.list)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
