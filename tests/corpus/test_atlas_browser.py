"""The atlas of a generated corpus of 3,000 records, opened in a real headless Chromium:
drawn by its script, filtered from the address, markup in a record kept as text, and
rendered to a readable page. Needs Debian's ``chromium``, as the eval report's test."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from cases import record
from support import chromium, png_size_and_colours
from synthetic import records

import communique
from communique.corpora.atlas import SHOWN

pytestmark = pytest.mark.browser

INJECTED = record(
    {"doc": 'zz-<b>"inject"</b>', "date": "2026-06-30", "published": "2026-06-30", "parties": ["MA", "ZZ"],
     "people": [["Nour <script>document.title='pwned'</script> Elhadi", "MA", '<img src=x onerror="alert(1)">']],
     "city": "</script><i>Ville</i>", "country": "MA", "topics": ["terrorism"]}
)  # fmt: skip


@pytest.fixture(scope="module")
def atlas(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, communique.api.Corpus]:
    folder = tmp_path_factory.mktemp("atlas")
    lines = [line for line, _ in records(3000)] + [json.dumps(INJECTED)]
    (folder / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    made = communique.corpus([folder / "records.jsonl"], output=folder / "out")
    return folder / "out" / "atlas.html", made


def dom(page: str, profile: Path) -> str:
    return chromium("--dump-dom", page, profile=profile).stdout


def test_the_atlas_draws_every_part_of_a_large_corpus(
    atlas: tuple[Path, communique.api.Corpus], tmp_path: Path
) -> None:
    page, made = atlas
    html = dom(page.as_uri(), tmp_path / "profile")
    assert len(made.events) > SHOWN and f"{len(made.events)} events</strong>" in html
    assert html.count('class="event ') == SHOWN and f"showing {SHOWN} of {len(made.events)}" in html
    assert '<table class="matrix">' in html and html.count('<div class="person"') == len(made.people)
    # every link of the page leads somewhere on it: events, people, source documents
    targets = set(re.findall(r' id="([^"]+)"', html))
    links = set(re.findall(r'href="#([^"]+)"', html))
    assert {link.split("-")[0] for link in links} == {"event", "person", "doc"}
    assert links <= targets, sorted(links - targets)[:5]
    assert "http://" not in html and "https://" not in html  # nothing to fetch


def test_the_filters_narrow_everything(atlas: tuple[Path, communique.api.Corpus], tmp_path: Path) -> None:
    page, made = atlas
    wanted = [
        e
        for e in made.events
        if "DK" in e["parties"] and "cybercrime" in e["topics"] and e["date"] >= "2025-01-01"
    ]
    html = dom(page.as_uri() + "?country=DK&topic=cybercrime&from=2025-01-01", tmp_path / "profile")
    assert 0 < len(wanted) < SHOWN and f"{len(wanted)} events</strong>" in html
    shown = re.findall(r'<li id="event-([^"]+)" class="event', html)
    assert shown == [e["id"] for e in wanted]


def test_markup_in_a_record_stays_text(atlas: tuple[Path, communique.api.Corpus], tmp_path: Path) -> None:
    page, _ = atlas
    html = dom(page.as_uri() + "?country=ZZ", tmp_path / "profile")
    assert "1 events</strong>" in html
    assert "<img" not in html and "<i>" not in html and "<b>" not in html
    assert "Nour &lt;script&gt;document.title='pwned'&lt;/script&gt; Elhadi" in html
    assert "&lt;/script&gt;&lt;i&gt;Ville&lt;/i&gt;" in html and "<title>communique atlas</title>" in html


def test_the_atlas_renders_to_a_real_page(atlas: tuple[Path, communique.api.Corpus], tmp_path: Path) -> None:
    shot = tmp_path / "atlas.png"
    chromium(
        f"--screenshot={shot}", "--window-size=1280,2000", atlas[0].as_uri(), profile=tmp_path / "profile"
    )
    width, height, colours = png_size_and_colours(shot.read_bytes())
    assert (width, height) == (1280, 2000) and colours > 100
