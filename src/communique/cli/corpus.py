"""``communique corpus``: saved records to one event per encounter, one entry per person, and an atlas."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from communique.cli.app import app, say
from communique.cli.options import FOLDER_NAME, ForceOpt, QuietOpt, RecordsArg


@app.command("corpus")
def corpus_command(
    records: RecordsArg,
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", metavar="DIR", **FOLDER_NAME, help="Folder for the four files (made if need be)"
        ),
    ],
    pins: Annotated[
        Path | None,
        typer.Option(
            "--pins",
            metavar="FILE",
            help="same<TAB>name A<TAB>name B / different<TAB>... lines the matching obeys",
        ),
    ] = None,
    force: ForceOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Merge the meetings of saved records into events and their participants into people.

    Writes DIR/events.jsonl (each event with the ids of all its source documents, why
    they were merged and where they disagree), DIR/people.jsonl, DIR/corpus.db (tables
    for Datasette) and DIR/atlas.html (a timeline, a who-met-whom matrix and a page per
    person, in one self-contained file). No model is called.

    \b
    Examples:
      communique corpus records.jsonl more.db -o corpus/
      communique corpus records.jsonl -o corpus/ --pins pins.tsv --force
    """
    from communique import api

    made = api.corpus(records, output=output, pins=pins, force=force)
    if not quiet:
        say(
            f"communique: {made.meetings} meetings of {len(made.documents)} records → {len(made.events)} events "
            f"({made.merged} reports merged), {len(made.people)} people, {len(made.review)} names to review"
            + (f", {made.duplicates} duplicate records skipped" if made.duplicates else "")
        )
        say(f"communique: wrote {output}/events.jsonl, people.jsonl, corpus.db, atlas.html")
