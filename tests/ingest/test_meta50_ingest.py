"""French typed without its accents (an old site, a wire keyboard without French keys, a post
written as a text message): the accents are put back by the words, so that the reader finds
the meeting, its day and its place as it does in the text with them. Every text invented."""

from __future__ import annotations

from support import read_offline

from communique.ingest import accents
from communique.text import strip_accents

BAMAKO = (
    "Le ministre de la Sécurité du Niger, le général Issoufou Tandja, a effectué hier à Bamako une visite de "
    "travail. Il a été reçu au ministère par son homologue malien, le colonel Sidiki Konaté, à l'issue d'une "
    "séance de travail consacrée à la sécurité des frontières.\n\n"
    "Les deux ministres ont échangé sur la lutte contre le terrorisme et ont convenu de se retrouver à Niamey."
)


def test_french_without_accents_is_read_as_with_them() -> None:
    written = read_offline(BAMAKO, "2026-04-09")
    plain = read_offline(strip_accents(BAMAKO), "2026-04-09")
    assert plain.is_meeting_report and written.is_meeting_report
    assert [(m.date, m.location.city if m.location else None) for m in plain.meetings] == [
        (m.date, m.location.city if m.location else None) for m in written.meetings
    ]
    assert plain.meetings[0].location is not None and plain.meetings[0].location.city == "Bamako"
    assert str(plain.meetings[0].date) == "2026-04-08"


def test_the_lone_a_before_a_place_is_a_preposition_the_verb_before_a_participle() -> None:
    text, note = accents.repair(
        "Le directeur general de la Surete a recu hier a Dakar son homologue. Il a la charge de la securite "
        "jusqu'a la fin du mois. Les accords ont ete signes a l'issue de la reunion."
    )
    assert note is not None
    assert "a reçu hier à Dakar" in text
    assert "Il a la charge" in text  # the verb before « la », after a pronoun
    assert "jusqu'à la fin" in text and "ont été signés à l'issue de la réunion" in text


def test_a_past_participle_that_is_a_word_without_its_accent_takes_it_after_an_auxiliary_only() -> None:
    text, _ = accents.repair(
        "Le ministre a effectue une visite de travail a Lome. La delegation est arrivee mardi. La securite "
        "et la cooperation ont ete au centre des echanges."
    )
    assert (
        "a effectué une visite de travail à Lomé" in text or "a effectué une visite de travail à Lome" in text
    )
    assert "une visite " in text  # a noun, not « visité »


def test_a_text_with_accents_or_in_english_is_left_as_it_is() -> None:
    for text in (
        BAMAKO,
        "The minister of security received his counterpart at the ministry in Abuja on Tuesday.",
        "Le ministre a recu son homologue du Niger a Lome ce mardi. La rencontre a porté sur la sécurité.",
    ):
        assert accents.repair(text) == (text, None)


def test_the_accents_of_a_front_matter_do_not_hide_a_body_without_them() -> None:
    text = "---\nsource: Préfecture de l'Ariège\nlang: fr\n---\nLa reunion s'est deroulee hier a Foix au siege de la gendarmerie."
    repaired, note = accents.repair(text)
    assert note is not None and "s'est déroulée hier à Foix au siège" in repaired
    assert repaired.startswith("---\nsource: Préfecture de l'Ariège\n")
