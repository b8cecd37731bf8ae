"""`communique translate` on the loopback fake: structure kept, glossary applied, a lost
name or title re-asked with the reason, batches to a folder or JSONL with resume, and
the offline backend refused. The checks themselves are tested without a server."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from fakeserver import FakeOpenAI, RecordedRequest, chat_auto, status
from runner import run
from support import assert_no_secret, env

from communique.translation.translator import load_glossary, losses, paragraphs, shipped_glossary

BRIEF = """---
published: 2026-01-27
source: MAP
---
Rabat, 27 janvier 2026 (MAP) - Le Directeur général de la Sûreté nationale et de la Surveillance du territoire, Abdellatif Hammouchi, a reçu mardi à Rabat le Directeur de la police danoise, Mikael Wern.

Les deux responsables ont passé en revue la coopération entre la DGSN, la DGST et la police danoise :
- l'échange d'informations sur 12 réseaux criminels ;
- la formation de 150 enquêteurs en 2026.

Ils sont convenus de signer un mémorandum d'entente avant le 15 mars.
"""

ENGLISH = {
    "Rabat, 27": "Rabat, 27 January 2026 (MAP) - The Director General of National Security and Territorial "
    "Surveillance, Abdellatif Hammouchi, received on Tuesday in Rabat the Danish Director of Police, Mikael Wern.",
    "Les deux ": "The two officials reviewed the cooperation between the DGSN, the DGST and the Danish police:\n"
    "- the exchange of information on 12 criminal networks;\n- the training of 150 investigators in 2026.",
    "Ils sont ": "They agreed to sign a memorandum of understanding before 15 March.",
}
#: The first paragraph, without the name of the host.
NAMELESS = ENGLISH["Rabat, 27"].replace(", Abdellatif Hammouchi,", "")
#: The first paragraph, with a title of its own instead of the glossary's.
RETITLED = ENGLISH["Rabat, 27"].replace("Director General of National Security", "Head of State Security")


def paragraph_of(request: RecordedRequest) -> str:
    """The paragraph a translation request asks for (the last fenced block)."""
    return re.findall(r"<communique>\n(.*?)\n</communique>", request.messages[1]["content"], re.S)[-1]


def translator(request: RecordedRequest) -> Any:
    """A model that translates the brief faithfully."""
    paragraph = paragraph_of(request)
    if paragraph.startswith("Référence"):
        return chat_auto({"text": paragraph.replace("Référence", "Reference")})
    return chat_auto({"text": ENGLISH[paragraph[:9]]})


@pytest.fixture
def brief(tmp_path: Path) -> Path:
    path = tmp_path / "brief.txt"
    path.write_text(BRIEF)
    return path


def test_translation_keeps_the_structure_and_applies_the_glossary(
    fake_openai: FakeOpenAI, brief: Path, isolated_environment: Path
) -> None:
    fake_openai.responder = translator
    result = run("translate", str(brief), env=env(fake_openai))
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "---\nid: brief\nlang: en\npublished: 2026-01-27\nsource: MAP\n---\n"
        + "\n\n".join(ENGLISH.values())
        + "\n"
    )
    first, second, third = fake_openai.chat_requests
    assert [paragraph_of(r)[:9] for r in (first, second, third)] == list(ENGLISH)
    user = first.messages[1]["content"]
    assert "Translate from French into English." in user
    assert "Directeur général de la Sûreté nationale → Director General of National Security" in user
    assert "Surveillance du territoire → Territorial Surveillance" in user
    assert "Ils sont convenus" in user  # the whole communiqué, for context
    assert "(none for this paragraph)" in third.messages[1]["content"]
    assert first.tools[0]["function"]["name"] == "TranslatedParagraph"
    assert_no_secret(brief.parent, isolated_environment)


@pytest.mark.parametrize(
    ("wrong", "reason"),
    [
        (NAMELESS, "the name 'Abdellatif Hammouchi' is missing"),
        (
            RETITLED,
            "the glossary renders 'Directeur général de la Sûreté nationale' as 'Director General of National",
        ),
    ],
)
def test_a_lost_name_or_title_is_reasked_with_the_reason(
    fake_openai: FakeOpenAI, brief: Path, wrong: str, reason: str
) -> None:
    fake_openai.enqueue(chat_auto({"text": wrong}))
    fake_openai.responder = translator
    result = run("translate", str(brief), env=env(fake_openai))
    assert result.returncode == 0, result.stderr
    assert (
        "Abdellatif Hammouchi" in result.stdout and "Director General of National Security" in result.stdout
    )
    bad, again, *_ = fake_openai.chat_requests
    assert len(fake_openai.chat_requests) == 4
    assert reason not in json.dumps(bad.messages, ensure_ascii=False)
    assert reason in json.dumps(again.messages, ensure_ascii=False)  # the re-ask says why


def test_a_translation_that_keeps_failing_is_given_with_its_problems(
    fake_openai: FakeOpenAI, brief: Path
) -> None:
    fake_openai.responder = lambda request: chat_auto({"text": NAMELESS})
    result = run("translate", str(brief), "--max-retries", "1", env=env(fake_openai))
    assert result.returncode == 5, result.stderr  # done, with problems
    front, _, text = result.stdout.partition("\n---\n")
    assert "problems:\n  - paragraph" in front and "Abdellatif Hammouchi" in front
    assert NAMELESS.strip() in text
    assert "problems:" in result.stderr and "Abdellatif Hammouchi" in result.stderr
    strict = run(
        "translate", str(brief), "--max-retries", "1", "--strict", "--no-cache", env=env(fake_openai)
    )
    assert strict.returncode == 1 and strict.stdout == ""
    assert "Abdellatif Hammouchi" in strict.stderr and strict.stderr.count("\n") == 1


def test_translations_are_in_the_call_log_failed_ones_too(fake_openai: FakeOpenAI, brief: Path) -> None:
    fake_openai.responder = translator
    assert run("translate", str(brief), env=env(fake_openai)).returncode == 0
    fake_openai.responder = lambda request: status(503)
    failed = run("translate", str(brief), "--no-cache", env=env(fake_openai, COMMUNIQUE_RETRY_SECONDS="1"))
    assert failed.returncode == 1
    newest, first = json.loads(run("logs", "--json").stdout)["calls"]
    assert [first[k] for k in ("outcome", "attempts", "tokens_in", "document_id")] == ["ok", 3, 33, "brief"]
    assert first["prompt"].startswith("translate@") and first["backend"] == "openai"
    assert newest["outcome"] == "failed" and newest["attempts"] == 1 and "answered 503" in newest["reason"]


def test_the_user_glossary_extends_the_shipped_one(
    fake_openai: FakeOpenAI, brief: Path, tmp_path: Path
) -> None:
    mine = tmp_path / "mine.tsv"
    mine.write_text("fr\ten\n# ours\nmémorandum d'entente\tmemorandum of understanding\n")
    fake_openai.responder = translator
    result = run("translate", str(brief), env=env(fake_openai, COMMUNIQUE_GLOSSARY=str(mine)))
    assert result.returncode == 0, result.stderr
    last = fake_openai.chat_requests[-1].messages[1]["content"]
    assert "mémorandum d'entente → memorandum of understanding" in last
    broken = tmp_path / "broken.tsv"
    broken.write_text("term\trendering\n")
    refused = run("translate", str(brief), "--glossary", str(broken), env=env(fake_openai))
    assert refused.returncode == 3 and "first line must name its columns" in refused.stderr
    missing = run("translate", str(brief), "--glossary", str(tmp_path / "none.tsv"), env=env(fake_openai))
    assert missing.returncode == 3 and "no such file" in missing.stderr


def test_the_offline_backend_is_refused(brief: Path) -> None:
    result = run("translate", str(brief))
    assert result.returncode == 4 and result.stdout == ""
    assert result.stderr == (
        "communique: error: translation needs a model endpoint: set --model (and --base-url for a local "
        "server) or COMMUNIQUE_MODEL; see 'communique config'\n"
    )


def test_a_batch_to_a_folder_resumes_and_never_clobbers(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    (tmp_path / "briefs").mkdir()
    for number in range(3):
        (tmp_path / "briefs" / f"brief-{number}.txt").write_text(f"{BRIEF}\nRéférence {number}.\n")
    (tmp_path / "briefs" / "english.txt").write_text(
        "---\nlang: en\n---\nThe minister met his counterpart.\n"
    )
    fake_openai.responder = translator
    out = tmp_path / "english"
    first = run("translate", str(tmp_path / "briefs"), "-d", str(out), env=env(fake_openai))
    assert first.returncode == 0, first.stderr
    assert sorted(p.name for p in out.iterdir()) == [f"brief-{n}.en.txt" for n in range(3)] + [
        "english.en.txt"
    ]
    assert (out / "brief-1.en.txt").read_text().endswith("before 15 March.\n\nReference 1.\n")
    assert (
        out / "english.en.txt"
    ).read_text() == "---\nid: english\nlang: en\n---\nThe minister met his counterpart.\n"
    assert len(fake_openai.chat_requests) == 3 * 4  # four paragraphs each; the English one is kept as it is
    before = (out / "brief-0.en.txt").read_text()
    refused = run("translate", str(tmp_path / "briefs"), "-d", str(out), env=env(fake_openai))
    assert refused.returncode == 3 and "exists" in refused.stderr and "--force" in refused.stderr
    (out / "brief-2.en.txt").unlink()  # as if the run had been stopped before it
    fake_openai.reset()
    fake_openai.responder = translator
    resumed = run("translate", str(tmp_path / "briefs"), "-d", str(out), "--resume", "--no-cache",
                  env=env(fake_openai))  # fmt: skip
    assert resumed.returncode == 0 and "1 done, 3 already in" in resumed.stderr
    assert {paragraph_of(r) for r in fake_openai.chat_requests} >= {"Référence 2."}
    assert len(fake_openai.chat_requests) == 4 and (out / "brief-0.en.txt").read_text() == before
    forced = run("translate", str(tmp_path / "briefs"), "-d", str(out), "--force", env=env(fake_openai))
    assert forced.returncode == 0 and "(3 from the cache)" in forced.stderr  # the English one needs no model


def test_a_batch_to_json_lines(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    lines = [json.dumps({"id": "one", "text": BRIEF}), json.dumps({"id": "two", "text": ""})]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n")
    fake_openai.responder = translator
    result = run("translate", "--jsonl", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"),
                 "--errors", str(tmp_path / "errors.jsonl"), env=env(fake_openai))  # fmt: skip
    assert result.returncode == 1  # the line without a text
    (translation,) = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert (translation["id"], translation["language"], translation["source_language"]) == ("one", "en", "fr")
    assert translation["text"] == "\n\n".join(ENGLISH.values())
    assert (
        translation["provenance"]["prompt"] == "translate@v1" and translation["provenance"]["attempts"] == 3
    )
    (failure,) = [json.loads(line) for line in (tmp_path / "errors.jsonl").read_text().splitlines()]
    assert failure["id"] == "two" and "line 2 has no 'text'" in failure["reason"]


# --- the checks, without a server -------------------------------------------------------


def test_a_faithful_translation_loses_nothing() -> None:
    glossary = load_glossary([shipped_glossary()], source="fr", target="en")
    french = paragraphs(BRIEF.split("---\n")[2])[::2]
    for original, english in zip(french, ENGLISH.values(), strict=True):
        found = glossary.found(original)
        assert losses(original, english, language="fr", target="en", glossary=found) == []


@pytest.mark.parametrize(
    ("original", "translation", "lost"),
    [
        ("La DGST a saisi 1 500 kg.", "The DGST seized 1,500 kg.", []),
        (
            "La DGST a saisi 1 500 kg.",
            "The agency seized 1,500 kg.",
            ["the acronym 'DGST' is missing; keep it as written"],
        ),
        ("La DGST a saisi 1 500 kg.", "The DGST seized 500 kg.", ["the number 1500 is missing"]),
        (
            "Réunion mardi 3 mars.",
            "Meeting on 3 March.",
            ["the date word 'mardi' is missing; translate every date word"],
        ),
        (
            "Réunion avant-hier.",
            "Meeting yesterday.",
            ["the date word 'avant hier' is missing; translate every date word"],
        ),
        ("COMMUNIQUÉ DE PRESSE\nLa réunion.", "PRESS RELEASE\nThe meeting.", []),  # a headline, not acronyms
        ("Une ligne.", "One\nline.", ["the paragraph has 1 line(s) and the translation 2; keep each line"]),
        ("L'UE et l'ONU.", "The EU and the UN.", []),  # the glossary renders these acronyms
    ],
)
def test_what_a_translation_must_keep(original: str, translation: str, lost: list[str]) -> None:
    glossary = load_glossary([shipped_glossary()], source="fr", target="en")
    found = losses(original, translation, language="fr", target="en", glossary=glossary.found(original))
    assert found == lost


def test_english_into_french_reads_the_glossary_backwards() -> None:
    glossary = load_glossary([shipped_glossary()], source="en", target="fr")
    original = "The Director General of National Security said in May that they may meet."
    assert glossary.found(original) == [
        ("Director General of National Security", "Directeur général de la Sûreté nationale")
    ]
    french = "Le Directeur général de la Sûreté nationale a dit en mai qu'ils pourraient se voir."
    assert losses(original, french, language="en", target="fr", glossary=glossary.found(original)) == []
