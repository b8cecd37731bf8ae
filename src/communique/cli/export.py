"""``communique export``: saved records in another format, with no model call."""

from __future__ import annotations

from communique.cli.app import app, say
from communique.cli.options import ForceOpt, FormatOpt, OutputOpt, QuietOpt, RecordsArg
from communique.export.formats import for_path


@app.command("export")
def export_command(
    records: RecordsArg,
    output: OutputOpt = None,
    format: FormatOpt = None,
    force: ForceOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Write saved records in another format: PLOVER events, a page, a table, a database.

    Reads the JSON Lines or SQLite files of 'summarise' (no model is called, nothing is
    analysed again) and writes their records in --format (default: jsonl, or what the
    name of -o ends in). Every record is checked before anything is written: a line that
    is not a record is an error naming FILE:LINE (exit 3), and no output is made. An
    output that exists is replaced only with --force. A page made from records has no
    source texts to mark: they are not in the records.

    \b
    Examples:
      communique export records.jsonl -f plover -o events.jsonl
      communique export records.db more.jsonl -f html -o records.html
      communique export records.jsonl -o records.db --force
      communique summarise briefs/ | communique export - -f csv -o records.csv
    """
    from communique import api

    count = api.export_records(
        records, format=format or for_path(output) or "jsonl", output=output, force=force
    )
    if not quiet:
        say(
            f"communique: exported {count} record{'s' if count != 1 else ''}"
            + (f"; wrote {output}" if output else "")
        )
