"""Classes the 31st reading of real communiqués found, fixed in the offline reader; every sentence
invented, none of them an eval case's."""

from __future__ import annotations

from support import only_meeting

# -- G2: the last words of a body's name, its acronym after it, are not a person ----------------------


def test_the_last_words_of_a_body_named_with_its_acronym_are_not_a_person() -> None:
    meeting = only_meeting(
        "Interior Minister Tomas Reyes signed the protocol with his Ghanaian counterpart, Kofi Mensah, on the "
        "sidelines of the congress of the Western Union of Rice Growers Cooperatives (WURGC) in Accra on Friday.",
        published="2026-02-14",
    )
    names = {p.name for p in meeting.participants}
    assert {"Tomas Reyes", "Kofi Mensah"} <= names
    assert not any("Growers" in (n or "") or "Rice" in (n or "") for n in names)


def test_a_unit_named_with_its_acronym_is_not_a_host() -> None:
    meeting = only_meeting(
        "Le général Paul Ravel a effectué mercredi une visite de travail à Toliara. Il a été reçu au "
        "Commandement des Escadrons Mobiles (CEM) par le colonel Jean Razafy, qui lui a présenté les "
        "formations dispensées aux gendarmes.",
        published="2026-04-09",
    )
    names = {p.name for p in meeting.participants}
    assert "Jean Razafy" in names
    assert not any("Escadrons" in (n or "") for n in names)


def test_a_person_whose_acronym_is_not_spelled_by_the_name_stays() -> None:
    meeting = only_meeting(
        "The Chief of Defence Staff, General Peter Mwale (CDS), received the visiting Inspector General "
        "of Police, Ann Kiprop, on Monday in Lusaka.",
        published="2026-02-11",
    )
    assert "Peter Mwale" in {p.name for p in meeting.participants}


# -- G3: a spokesperson who reports, a recalled call's presidents, the one a monument honours ----------


def test_a_spokesperson_who_reports_the_talks_takes_no_part() -> None:
    meeting = only_meeting(
        '"Today the Interior Minister of Armenia, Karen Sahakyan, and the Interior Minister of Georgia, '
        "Levan Beridze, held talks in Yerevan,\" said the ministry's spokesperson Anna Petrosyan.",
        published="2026-05-05",
    )
    names = {p.name for p in meeting.participants}
    assert {"Karen Sahakyan", "Levan Beridze"} <= names
    assert "Anna Petrosyan" not in names


def test_presidents_of_a_recent_phone_call_recalled_take_no_part() -> None:
    meeting = only_meeting(
        "Le ministre de la Sécurité, Amadou Traoré, a reçu en audience ce lundi l'ambassadeur de Turquie, "
        "Mehmet Yilmaz. Les échanges ont porté sur la formation. Le diplomate a salué les relations entre les "
        "deux pays, avec comme point d'orgue, l'entretien téléphonique récent entre le Président de la "
        "Transition, le Colonel Ibrahim Sow, et Recep KAYA, Président de la Turquie.",
        published="2026-03-10",
    )
    names = {p.name for p in meeting.participants}
    assert {"Amadou Traoré", "Mehmet Yilmaz"} <= names
    assert not ({"Ibrahim Sow", "Recep KAYA"} & names)


def test_the_one_a_monument_honours_takes_no_part() -> None:
    meeting = only_meeting(
        "The visiting Minister of Internal Affairs of Mongolia, Bat Erdene, laid a wreath at the monument to "
        "the founder of the nation Gabriel Morane and was then received by his counterpart, Interior Minister "
        "Ana Lungu, in Chisinau on Tuesday.",
        published="2026-06-10",
    )
    names = {p.name for p in meeting.participants}
    assert "Gabriel Morane" not in names
    assert "Bat Erdene" in names
