"""The spec's example record, end to end through the model path: the Denmark seed
(read from ../shared/seeds) against a fake endpoint that returns a correct reply."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import SEEDS, requires_shared, spec_example
from fakeserver import FakeOpenAI, chat_auto
from runner import run

pytestmark = requires_shared

FRONT_MATTER = "---\nid: dgsn-denmark-2026-01\npublished: 2026-01-27\nsource: MAP\nlang: fr\n---\n"

#: What a good model returns for the Denmark seed: spans, as the prompt asks.
DENMARK_DRAFT: dict[str, Any] = {
    "is_meeting_report": True,
    "meetings": [
        {
            "kind": "working_meeting",
            "status": "held",
            "date_text": "mardi",
            "city": "Rabat",
            "parties": ["Maroc", "Danemark"],
            "participants": [
                {"name": "Abdellatif Hammouchi",
                 "title": "Directeur général de la Sûreté nationale et de la Surveillance du territoire",
                 "organisation": "DGSN-DGST", "country": "DGSN-DGST", "role": "host"},
                {"name": "Mikael Wern",
                 "title": "Directeur de la police, chef de l'unité nationale chargée de la lutte contre le crime organisé",
                 "country": "Danemark", "role": "guest"},
            ],
            "topics": ["terrorism", "extradition", "organised crime", "training", "operational_cooperation"],
            "outcomes": [{"type": "agreement_planned", "text": "signer prochainement un mémorandum d’entente"}],
        }
    ],
    "summary": {
        "fr": "Le 27 janvier 2026 à Rabat, Abdellatif Hammouchi a tenu une réunion de travail avec Mikael Wern sur "
        "le crime organisé, le terrorisme et l'extradition ; les deux parties signeront un mémorandum d'entente.",
        "en": "On 27 January 2026 in Rabat, Abdellatif Hammouchi held a working meeting with Mikael Wern of Denmark "
        "on organised crime, terrorism and extradition; the two sides will sign a memorandum of understanding.",
    },
}  # fmt: skip

CONTRACT = ("schema_version", "document", "is_meeting_report", "meetings")


def test_summarise_gives_the_spec_record_byte_for_byte(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    fake_openai.responder = lambda request: chat_auto(DENMARK_DRAFT)
    brief = tmp_path / "seed.txt"
    brief.write_text(FRONT_MATTER + (SEEDS / "seed-denmark-2026.txt").read_text())
    env = {
        "COMMUNIQUE_MODEL": "fake-model",
        "COMMUNIQUE_BASE_URL": fake_openai.base_url,
        "COMMUNIQUE_MODE": "tools",
        "COMMUNIQUE_SUMMARIES": "model",
        "COMMUNIQUE_COMPLETE": "gaps",  # a model that decides as the spec does: its decisions kept
    }
    outputs = [run("summarise", str(brief), "--no-cache", env=env) for _ in range(2)]
    assert all(r.returncode == 0 for r in outputs), outputs[0].stderr
    assert outputs[0].stderr == ""  # a configured model: nothing to say
    records = [json.loads(r.stdout) for r in outputs]
    expected = spec_example()
    assert {k: records[0][k] for k in CONTRACT} == {k: expected[k] for k in CONTRACT}
    # stable: two runs print the same bytes but for the measured duration
    strip = [
        r.stdout.replace(str(rec["provenance"]["duration_s"]), "D")
        for r, rec in zip(outputs, records, strict=True)
    ]
    assert strip[0] == strip[1]
    assert (
        records[0]["provenance"]["prompt"] == "extract@v3" and records[0]["provenance"]["backend"] == "openai"
    )
