"""The marks of an HTML page, drawn from a record's spans: nested where spans nest,
cut where one runs past the end of the mark it starts in, and escaped."""

from __future__ import annotations

from communique.export.html import NO_SPAN, Highlights
from communique.schema import Analysis

TEXT = "Le ministre <b>marocain</b> de l'Intérieur a signé un accord, à Rabat."


def record(spans: list[dict[str, object]]) -> Analysis:
    return Analysis.model_validate(
        {"document": {"language": "fr"}, "is_meeting_report": True,
         "meetings": [{"kind": "signing", "location": {"city": "Rabat"}, "parties": ["MA"],
                       "participants": [{"title": "ministre <b>marocain</b> de l'Intérieur"}],
                       "outcomes": [{"type": "agreement_signed", "text": "de l'Intérieur a signé un accord"}]}],
         "spans": spans}
    )  # fmt: skip


def span(field: str, words: str, match: str = "exact") -> dict[str, object]:
    start = TEXT.index(words)
    return {"field": field, "start": start, "end": start + len(words), "match": match}


def test_marks_nest_and_one_that_runs_past_its_mark_is_cut() -> None:
    marks = Highlights(
        record([
            span("meetings[0].participants[0].title", "ministre <b>marocain</b> de l'Intérieur"),
            span("meetings[0].parties[0]", "marocain", "alias"),
            span("meetings[0].outcomes[0].text", "de l'Intérieur a signé un accord"),
            span("meetings[0]", "a signé"),
        ]),
        TEXT,
        "k",
    )  # fmt: skip
    # the party nests in the title; the outcome starts inside the title and runs past it:
    # it is cut at the title's end, and keeps its id (its span's offsets)
    assert marks.source() == (
        'Le <mark id="k-3-42" class="title" title="meetings[0].participants[0].title">ministre &lt;b&gt;'
        '<mark id="k-15-23" class="party" title="meetings[0].parties[0]">marocain</mark>&lt;/b&gt; '
        '<mark id="k-28-60" class="outcome" title="meetings[0].outcomes[0].text">de l&#x27;Intérieur</mark></mark> '
        '<mark id="k-43-50" class="cue" title="meetings[0]">a signé</mark> un accord, à Rabat.'
    )


def test_values_link_to_their_words_and_one_without_is_marked() -> None:
    marks = Highlights(record([span("meetings[0].parties[0]", "marocain", "alias")]), TEXT, "k")
    start = TEXT.index("marocain")
    assert marks.item("meetings[0].parties[0]", "MA") == (
        f'<a class="item" href="#k-{start}-{start + 8}" title="“marocain” · characters {start}–{start + 8} · alias">'
        "MA</a>"
    )
    assert marks.item("meetings[0].location.city", "Rabat") == (
        f'<span class="item nospan" title="{NO_SPAN}">Rabat</span>'
    )
    assert marks.item(None, "2026-03-03") == '<span class="item">2026-03-03</span>'  # not read from words
    # read back from a file, a record has no text: nothing drawn, nothing marked missing
    bare = Highlights(record([]), "", "k")
    assert (
        bare.source() == ""
        and bare.item("meetings[0].location.city", "Rabat") == '<span class="item">Rabat</span>'
    )
