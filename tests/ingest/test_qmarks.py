"""Letters lost as "?" (every non-ASCII character of a page replaced by a question mark):
« Coop?ration polici?re … a rencontr?, ce mardi 3 mars 2026 ? Gen?ve ». They are put back
when "?" stands where no question mark does, and only then."""

from __future__ import annotations

import time

import pytest

from communique.ingest import qmarks
from communique.ingest.mojibake import repair as mojibake_repair
from communique.ingest.parse import parse
from communique.ingest.qmarks import repair


def _lost(text: str) -> str:
    """``text`` as a copy of ASCII only leaves it."""
    return "".join(char if char.isascii() else "?" for char in text)


GENEVA = (
    "Coopération policière : le directeur général de la Police républicaine à Genève\n\n"
    "Le directeur général de la Police républicaine du Bénin, Aboubakar Dramane Tossou, a rencontré, "
    "ce mardi 3 mars 2026 à Genève, le commandant de la police cantonale genevoise, Yves Marti.\n\n"
    "Les deux responsables ont échangé sur la formation des officiers et la lutte contre la cybercriminalité."
)


def test_a_french_text_gets_its_accents_and_its_lone_a_back() -> None:
    repaired, note = repair(_lost(GENEVA))
    assert repaired == GENEVA
    assert note is not None and "lost as '?'" in note and "names are spelt as repaired" in note


def test_apostrophes_of_elision_come_back_as_apostrophes() -> None:
    text = _lost(
        "La délégation de la Police nationale d’Haïti a rencontré l’équipe qu’il dirige jusqu’à Vienne."
    )
    assert repair(text)[0] == (
        "La délégation de la Police nationale d'Haïti a rencontré l'équipe qu'il dirige jusqu'à Vienne."
    )


def test_a_word_of_a_letter_before_a_vowel_is_no_elision_unless_it_is_one() -> None:
    text = _lost("La séance a été présidée par le préfet, s’il le faut, à Lomé.")
    assert repair(text)[0] == "La séance a été présidée par le préfet, s'il le faut, à Lomé."


@pytest.mark.parametrize(
    ("lost", "put_back"),
    [
        ("Kpatch?", "Kpatché"),  # at the end of a word after a consonant: « é »
        ("Zoungr?na", "Zoungréna"),  # between a consonant and a vowel: « é »
        ("Dj?mb?", "Djémbé"),
        ("Ra?d", "Raïd"),  # after a, o or u before a consonant: « ï »
        ("Bazoun?le", "Bazounèle"),  # before a consonant and a last « e »: « è »
    ],
)
def test_a_word_the_vocabulary_does_not_know_gets_its_letters_by_their_place(
    lost: str, put_back: str
) -> None:
    text = f"Le d?l?gu? g?n?ral a re?u M. {lost} ? Lom?."
    assert repair(text)[0] == f"Le délégué général a reçu M. {put_back} à Lomé."


def test_a_capital_and_a_word_in_capitals_keep_their_case() -> None:
    text = _lost(
        "COOPÉRATION POLICIÈRE\nÉchanges entre délégations à Genève ; le chef d’État a reçu l’équipe."
    )
    assert repair(text)[0] == (
        "COOPÉRATION POLICIÈRE\nÉchanges entre délégations à Genève ; le chef d'État a reçu l'équipe."
    )


def test_a_dateline_dash_before_the_first_sentence_comes_back_as_a_dash() -> None:
    text = _lost("Niamey, le 14 mai 2026 – Le ministre a reçu à Niamey la délégation générale du Bénin.")
    assert (
        repair(text)[0]
        == "Niamey, le 14 mai 2026 – Le ministre a reçu à Niamey la délégation générale du Bénin."
    )


def test_french_quotation_marks_around_words_come_back() -> None:
    text = _lost("Le préfet a déclaré : « nous avons renforcé nos échanges », a-t-il précisé à Lomé.")
    assert (
        repair(text)[0]
        == "Le préfet a déclaré : « nous avons renforcé nos échanges », a-t-il précisé à Lomé."
    )


@pytest.mark.parametrize(
    "text",
    [
        "« Qui ? » demanda le ministre. Pourquoi ? Parce que. Et alors ? Rien.",
        "What? Who? Why did the minister go? Nobody knows?",
        "Voir https://exemple.org/page?id=3&x=4 et https://exemple.org/?s=a?b pour le texte ?id=5.",
        "x = a?b:c; y = c?d:e; z = e?f:g; print(f'{x?y}')",
        "Le ministre a re?u la d?legation.",  # two marks: not proof enough
        "Texte sans point d'interrogation.",
    ],
)
def test_real_question_marks_addresses_and_code_are_left_as_they_are(text: str) -> None:
    assert repair(text) == (text, None)


def test_an_address_in_a_repaired_text_keeps_its_question_mark() -> None:
    text = _lost("La délégation générale a été reçue à Genève. Source : https://exemple.org/article?id=3")
    repaired = repair(text)[0]
    assert repaired.endswith("https://exemple.org/article?id=3")
    assert repaired.startswith("La délégation générale a été reçue à Genève.")


def test_a_real_question_in_a_repaired_text_stays_a_question() -> None:
    text = "La d?l?gation g?n?rale a ?t? re?ue ? Gen?ve. Que faire ? Les deux parties ont ?chang?."
    assert repair(text)[0] == (
        "La délégation générale a été reçue à Genève. Que faire ? Les deux parties ont échangé."
    )


def test_an_english_text_gets_its_apostrophes_and_quotation_marks_only() -> None:
    text = "Ghana?s police chief met Nigeria?s envoy; they didn?t sign but agreed on ?joint patrols? ? and more. Why? Nobody said."
    assert repair(text)[0] == (
        "Ghana's police chief met Nigeria's envoy; they didn't sign but agreed on \"joint patrols\" ? and more."
        " Why? Nobody said."
    )


@pytest.mark.parametrize(
    "text",
    ["?" * 100_000, "a?" * 50_000, " ? a" * 25_000, "?x " * 33_000, "l?" * 50_000, "?a ?," * 20_000],
)
def test_the_repair_is_linear_on_any_text(text: str) -> None:
    started = time.process_time()
    repair(text)
    repair("Le d?l?gu? g?n?ral a re?u " + text)
    assert time.process_time() - started < 2


def test_the_vocabulary_is_loaded_only_for_a_text_that_lost_its_letters() -> None:
    qmarks._vocabulary.cache_clear()
    mojibake_repair("Le ministre a reçu la délégation à Genève. Pourquoi ? Parce que.")
    assert qmarks._vocabulary.cache_info().currsize == 0
    mojibake_repair(_lost(GENEVA))
    assert qmarks._vocabulary.cache_info().currsize == 1


def test_parse_reads_a_text_that_lost_its_letters_and_says_so() -> None:
    source = parse("---\nlang: fr\npublished: 2026-03-04\n---\n" + _lost(GENEVA))
    assert source.language == "fr"
    assert "Aboubakar Dramane Tossou, a rencontré, ce mardi 3 mars 2026 à Genève" in source.text
    assert any("lost as '?'" in note for note in source.notes)


def test_a_page_of_question_marks_is_parsed_at_once() -> None:
    """100 KB of "?" after a sentence: a text that lost all its letters, read in linear time."""
    started = time.process_time()
    source = parse("Le ministre a reçu la délégation. " + "?" * 100_000)
    assert source.language == "fr"
    assert time.process_time() - started < 3
