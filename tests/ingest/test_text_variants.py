"""One communiqué, however it is laid out or marked up, gives one record: Windows or old
Mac line ends, blank lines between lines, indents, tabs, HTML entities a scraper left,
Markdown (a ``.md`` file: bold names, a ``#`` headline, links). Checked on every eval
and world case."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

import pytest
from conftest import EVALS, LAYOUT_CASES

import communique
from communique.ingest.markup import plain
from communique.ingest.parse import parse
from communique.pipeline import Pipeline
from communique.schema import Analysis

#: Every eval case but those whose layout is what they test (a PDF's lines, an e-mail's
#: header): laid out again, they would be other texts.
CASES = sorted(
    p for p in [*EVALS.glob("*.txt"), *(EVALS / "world").glob("*.txt")] if p.stem not in LAYOUT_CASES
)

VARIANTS: dict[str, Callable[[str], str]] = {
    "CRLF line ends": lambda body: body.replace("\n", "\r\n"),
    "CR line ends": lambda body: body.replace("\n", "\r"),
    "a blank line after each line": lambda body: body.replace("\n", "\n\n"),
    "indented lines": lambda body: "\n".join(
        "    " + line if line.strip() else line for line in body.split("\n")
    ),
    "tabs between words": lambda body: body.replace(" ", "\t", 5),
    "HTML entities": lambda body: (
        html.escape(body, quote=False).replace("é", "&eacute;").replace("'", "&#39;")
    ),
    "Markdown": lambda body: "# " + re.sub(r"\b([A-Z][a-zé]+ [A-Z][a-zé]+)\b", r"**\1**", body.lstrip()),
}


def split(text: str) -> tuple[str, str]:
    """The front matter (with its fences) and the body."""
    if not text.startswith("---"):
        return "", text
    end = text.index("\n---", 3) + len("\n---\n")
    return text[:end], text[end:]


def essentials(record: Analysis) -> dict:
    """What a record says of the meetings, without offsets, summaries and provenance."""
    return record.model_dump(mode="json", include={"is_meeting_report", "meetings"})


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    return Pipeline(communique.configure({"backend": "rules"}))


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_every_case_in_another_layout_gives_the_same_record(rules: Pipeline, variant: str) -> None:
    differ = []
    for path in CASES:
        front, body = split(path.read_text())
        as_written = rules.run(parse(front + body))
        if essentials(rules.run(parse(front + VARIANTS[variant](body)))) != essentials(as_written):
            differ.append(path.stem)
    assert differ == []


@pytest.mark.parametrize(
    ("marked", "words"),
    [
        ("l&#39;Intérieur, M.&nbsp;Nouri &amp; la DGSN", "l'Intérieur, M.\xa0Nouri & la DGSN"),
        ("## Le ministre reçoit son homologue ##", "Le ministre reçoit son homologue"),
        ("reçu par **Ana Ruiz** et __Karim Zid__, *chef* de _division_", "reçu par Ana Ruiz et Karim Zid, chef de division"),
        ("selon [la DGSN](https://www.dgsn.ma/x) ![logo](logo.png)", "selon la DGSN "),
        ("> Le ministre a reçu `M. Zid`.", "Le ministre a reçu M. Zid."),
        ("avant\n***\naprès", "avant\n\naprès"),
    ],
)  # fmt: skip
def test_marks_are_taken_off_and_words_kept(marked: str, words: str) -> None:
    assert plain(marked) == words


@pytest.mark.parametrize(
    "text",
    [
        "- la lutte contre le terrorisme ;\n* la formation des cadres ;",
        "Un 5*3 m, le fichier mot_de_passe, et 2 * 3 = 6.",
        "Le 3 mars, à 10 h, au siège : entretien.",
    ],
)
def test_text_without_markup_is_left_as_it_is(text: str) -> None:
    assert plain(text) == text


def test_a_page_flattened_to_one_line_keeps_its_text() -> None:
    """A JSON Lines field whose line breaks were lost starts with the page's menu or
    breadcrumbs: the line is a paragraph all the same, never dropped as debris (a
    scraped header's date and share buttons at its head may go)."""
    for path in CASES:
        front, body = split(path.read_text())
        flat = " ".join(body.split())
        assert len(parse(front + flat).text.split()) >= 0.9 * len(flat.split()), path.stem
